import CurbsideCore
import Foundation
import Testing
@testable import CurbsideBrowser

/// A small in-memory library for screen and state tests: stable, so frames can be compared whole.
enum BrowserFixture {
    static let personas = [
        Persona(id: "patient", label: "Patient", description: "I want to understand my own health.", audience: .lay),
        Persona(id: "physician", label: "Physician", description: "I diagnose and treat patients.", audience: .clinical),
    ]

    static let glossary = [
        GlossaryEntry(term: "DEXA", synonyms: ["DXA", "bone density scan"], definition: "An X-ray scan that measures how strong your bones are."),
        GlossaryEntry(term: "osteopenia", synonyms: [], definition: "Bones that are thinner than normal."),
        GlossaryEntry(term: "T-score", synonyms: [], definition: "A number that compares your bones with a young adult's."),
    ]

    static func article(_ id: String, _ question: String, related: [String], status: ReviewStatus = .underReview) -> Article {
        Article(
            id: id, question: question, specialty: "Bone health", tags: ["DEXA"], status: status, lastUpdated: "2026-05-14",
            summary: Summary(lay: "Your DEXA scan shows osteopenia. Walk often and eat calcium [1].",
                             clinical: "Serial DXA decline in osteopenia warrants FRAX reassessment [1]."),
            sections: Sections(
                guidelines: GuidelineSection(paragraphs: ["Confirm the loss on the same DEXA machine before acting [1]. Recalculate fracture risk [1]."],
                                             keyConsiderations: ["Check vitamin D [1].", "Treat when FRAX hip risk is 3% or more [2]."]),
                drugLabel: DrugLabelSection(paragraphs: ["Alendronate is approved for osteoporosis [3]."],
                                            doesNotCover: ["Osteopenia on its own [3]."]),
                research: ResearchSection(groups: [ResearchGroup(heading: "Does treatment help?", bullets: ["Zoledronate cut fractures in osteopenia [2]."])])
            ),
            references: [
                Reference(kind: .guideline, title: "Clinician's guide to prevention and treatment of osteoporosis", source: "Osteoporosis International", year: 2022, pmid: "35478046"),
                Reference(kind: .research, title: "Fracture prevention with zoledronate in older women with osteopenia", source: "N Engl J Med", year: 2018, pmid: "30575489"),
                Reference(kind: .drugLabel, title: "FOSAMAX (alendronate sodium) tablets", source: "Organon", year: 2026),
            ],
            related: related
        )
    }

    static var library: Library {
        var wide = article("wide", "骨密度が下がっています 😀 what now — café naïve?", related: ["dexa"])
        wide.summary.lay = "日本語の説明です。Emoji 👍🏽 and flags 🇯🇵 stay aligned; e\u{301} combines [1]."
        return Library(
            info: LibraryInfo(title: "Fixture", reviewedBy: "Fixture editors"),
            personas: personas, glossary: glossary,
            pages: [
                "editorial-policy": PolicyPage(id: "editorial-policy", title: "Editorial policy", paragraphs: ["We cite everything."]),
                "disclaimer": PolicyPage(id: "disclaimer", title: "Disclaimer", paragraphs: ["Education only."]),
            ],
            articles: [
                article("dexa", "What if my DEXA scan is worse?", related: ["manage", "wide"]),
                article("manage", "How is osteopenia managed?", related: ["dexa"], status: .approved),
                {
                    var a = article("vt", "What do 10 beats of VT mean?", related: [])
                    a.specialty = "Cardiology"; a.tags = ["VT", "ventricular tachycardia"]
                    return a
                }(),
                wide,
            ]
        )
    }

    static func state(width: Int = 80, height: Int = 24, persona: String? = "patient") -> BrowserState {
        BrowserState(library: library, width: width, height: height, persona: persona.flatMap { id in personas.first { $0.id == id } })
    }
}

/// Compares a frame with a golden file in Tests/CurbsideBrowserTests/Golden: its text, then its
/// styles (one letter per cell, '.' for plain text, with a legend), so a lost underline or a
/// selection drawn in the wrong place fails like a wrong word.
/// Set CURBSIDE_UPDATE_GOLDEN=1 to write the files after a deliberate change.
func expectFrame(_ frame: Frame, golden name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).txt")
    let actual = frame.text + "\n" + styleMap(frame)
    if ProcessInfo.processInfo.environment["CURBSIDE_UPDATE_GOLDEN"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "frame differs from Golden/\(name).txt:\n\(actual)", sourceLocation: sourceLocation)
}

func styleMap(_ frame: Frame) -> String {
    var letters: [TextStyle: Character] = [:]
    var legend: [String] = []
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    var rows: [String] = []
    for y in 0..<frame.height {
        var row = ""
        for x in 0..<frame.width {
            let style = frame[x, y].style
            if style == .plain || (style.role == .normal && !style.bold && !style.underline && !style.reverse) { row.append("."); continue }
            if letters[style] == nil {
                let letter = alphabet[min(letters.count, alphabet.count - 1)]
                letters[style] = letter
                legend.append("\(letter) \(style.role)" + (style.bold ? " bold" : "") + (style.underline ? " underline" : "") + (style.reverse ? " reverse" : ""))
            }
            row.append(letters[style]!)
        }
        while row.hasSuffix(".") { row.removeLast() }
        rows.append(row)
    }
    return "--- styles ---\n" + rows.joined(separator: "\n") + "\n--- legend ---\n" + legend.joined(separator: "\n") + "\n"
}

extension BrowserState {
    /// A key, as the runner would handle it but without threads: answers are computed at once and
    /// sent back as messages, an article's file is read with `read` (kept back without it);
    /// engine builds and loads are dropped. The other commands are returned.
    mutating func handle(_ key: Key, reading read: ((String) -> Article?)? = nil) -> [Command] { settle(update(.key(key)), reading: read) }

    mutating func settle(_ commands: [Command], reading read: ((String) -> Article?)? = nil) -> [Command] {
        var out: [Command] = []
        for command in commands {
            switch command {
            case .answer(let request):
                let result = AnswerResult.compute(request, engine: FollowUpEngine(library: library))
                out += settle(update(.answerReady(request, result)), reading: read)
            case .readArticle(let id) where read != nil:
                out += settle(update(.articleRead(id, read?(id))), reading: read)
            case .buildEngine, .loadLibrary: break
            default: out.append(command)
            }
        }
        return out
    }
}
