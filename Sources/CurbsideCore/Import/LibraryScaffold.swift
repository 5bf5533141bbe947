import Foundation

/// Makes a directory into an (empty) library that every command opens, so an importer may be
/// pointed at a new or empty folder. An existing library is left as it is.
public enum LibraryScaffold {
    public enum Failure: Error, CustomStringConvertible {
        case notALibrary(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .notALibrary(let dir): "\(dir) is not empty and is not a Curbside library (it has no library.json); choose an empty or new directory"
            case .cannotWrite(let dir, let why): "cannot write to \(dir): \(why)"
            }
        }
    }

    /// Returns true when it created the library files.
    @discardableResult
    public static func prepare(_ directory: URL, title: String) throws(Failure) -> Bool {
        let fm = FileManager.default
        if fm.fileExists(atPath: directory.appendingPathComponent("library.json").path) { return false }
        let contents = (try? fm.contentsOfDirectory(atPath: directory.path)) ?? []
        guard contents.allSatisfy({ $0.hasPrefix(".") }) else { throw .notALibrary(directory.path) }
        do {
            try fm.createDirectory(at: directory.appendingPathComponent(JSONFileRepository.articlesFolder), withIntermediateDirectories: true)
            try fm.createDirectory(at: directory.appendingPathComponent(JSONFileRepository.pagesFolder), withIntermediateDirectories: true)
            try AtomicFile.write(ArticleJSON.encode(LibraryInfo(title: title, reviewedBy: "no editor yet")), to: directory.appendingPathComponent("library.json"))
            try AtomicFile.write(ArticleJSON.encode(PersonaFile(personas: Persona.standard)), to: directory.appendingPathComponent("personas.json"))
            try AtomicFile.write(ArticleJSON.encode(GlossaryFile(entries: [])), to: directory.appendingPathComponent("glossary.json"))
            let disclaimer = PolicyPage(id: PolicyPage.disclaimerID, title: "About this library", paragraphs: [
                "This library was made by curbside import from public sources. Its articles are under review: no editor has checked them yet.",
                "It is general information, not medical advice. Ask a health professional about your own situation.",
            ])
            try AtomicFile.write(ArticleJSON.encode(disclaimer), to: directory.appendingPathComponent("\(JSONFileRepository.pagesFolder)/\(PolicyPage.disclaimerID).json"))
        } catch {
            throw .cannotWrite(directory.path, "\(error)")
        }
        return true
    }
}

public extension Persona {
    /// The six personas a new library starts with: the bundled library's personas.json, word
    /// for word (a test keeps the two equal).
    static let standard: [Persona] = {
        let file = try! JSONDecoder().decode(PersonaFile.self, from: Data(standardJSON.utf8))
        return file.personas
    }()

    static let standardJSON = #"""
{
  "personas": [
    {
      "id": "patient",
      "label": "Patient",
      "description": "Choose this if you are reading about your own health and want plain-language answers.",
      "audience": "lay",
      "reading": {
        "summary": ["lay", "clinical"],
        "definitions": true,
        "questionsToAsk": true
      }
    },
    {
      "id": "caregiver",
      "label": "Caregiver / family member",
      "description": "Choose this if you are looking after, or helping make decisions for, a child, partner, parent or friend.",
      "audience": "lay",
      "reading": {
        "summary": ["caregiver", "lay", "clinical"],
        "definitions": true,
        "questionsToAsk": true
      }
    },
    {
      "id": "nurse",
      "label": "Nurse or allied health",
      "description": "Choose this if you are a nurse, midwife, physiotherapist, paramedic or other health professional who wants the clinical detail.",
      "audience": "clinical",
      "reading": {
        "summary": ["clinical", "lay"],
        "lead": {
          "title": "Monitoring and patient teaching",
          "words": ["monitor", "check", "recheck", "repeat", "follow-up", "review", "teach", "counsel", "advise", "tell", "warn", "signs of", "taken on", "upright", "with water", "before food", "missed dose"],
          "limit": 6
        },
        "definitions": false,
        "questionsToAsk": false
      }
    },
    {
      "id": "physician",
      "label": "Physician",
      "description": "Choose this if you are a doctor, nurse practitioner or physician assistant who diagnoses and prescribes.",
      "audience": "clinical",
      "reading": {
        "summary": ["clinical", "lay"],
        "lead": {
          "title": "Bottom line",
          "words": ["≥", "threshold", "%", " mg", "mmhg", "nnt", "treated to prevent", "number needed", "first-line", "first line", "recommend"],
          "limit": 5
        },
        "definitions": false,
        "questionsToAsk": false
      }
    },
    {
      "id": "pharmacist",
      "label": "Pharmacist",
      "description": "Choose this if you are a pharmacist or pharmacy professional checking doses, labels and interactions.",
      "audience": "clinical",
      "reading": {
        "summary": ["clinical", "lay"],
        "sectionOrder": ["drugLabel", "guidelines", "research", "healthInformation"],
        "emphasis": [" mg", "mcg", " units", "dose", "daily", "once a week", "twice", "interact", "contraindicat", "do not use", "should not be", "avoid", "boxed warning", "renal", "kidney", "pregnan"],
        "definitions": false,
        "questionsToAsk": false
      }
    },
    {
      "id": "student",
      "label": "Student",
      "description": "Choose this if you are studying medicine, nursing, pharmacy or another health profession and want the clinical version with its sources.",
      "audience": "clinical",
      "reading": {
        "summary": ["clinical", "lay"],
        "emphasis": ["mechanism", "works by", "blocks", "inhibit", "because", "lowers", "raises"],
        "definitions": true,
        "questionsToAsk": false
      }
    }
  ]
}
"""#
}
