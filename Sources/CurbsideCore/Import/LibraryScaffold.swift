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
    /// The six personas every library offers; the bundled Data/personas.json holds the same (tested).
    static let standard: [Persona] = [
        Persona(id: "patient", label: "Patient", description: "Choose this if you are reading about your own health and want plain-language answers.", audience: .lay),
        Persona(id: "caregiver", label: "Caregiver / family member", description: "Choose this if you are looking after, or helping make decisions for, a child, partner, parent or friend.", audience: .lay),
        Persona(id: "nurse", label: "Nurse or allied health", description: "Choose this if you are a nurse, midwife, physiotherapist, paramedic or other health professional who wants the clinical detail.", audience: .clinical),
        Persona(id: "physician", label: "Physician", description: "Choose this if you are a doctor, nurse practitioner or physician assistant who diagnoses and prescribes.", audience: .clinical),
        Persona(id: "pharmacist", label: "Pharmacist", description: "Choose this if you are a pharmacist or pharmacy professional checking doses, labels and interactions.", audience: .clinical),
        Persona(id: "student", label: "Student", description: "Choose this if you are studying medicine, nursing, pharmacy or another health profession and want the clinical version with its sources.", audience: .clinical),
    ]
}
