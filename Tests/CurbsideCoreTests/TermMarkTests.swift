import Foundation
import Testing
@testable import CurbsideCore

/// Definitions on demand: which glossary terms a lay reader sees marked, over the bundled library
/// and over phrases where a term must (or must not) be marked.
@Suite struct TermMarkTests {
    static let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
    static let glosser = Glosser(glossary: library.glossary)

    /// One lay view's sections, each as its texts in reading order (as the browser lays them out).
    static func sections(of article: Article, summary: String?) -> [(name: String, texts: [String])] {
        var out: [(String, [String])] = []
        if let summary { out.append(("summary", [summary])) }
        let s = article.sections
        if let g = s.guidelines { out.append(("guidelines", g.paragraphs + g.keyConsiderations)) }
        if let d = s.drugLabel { out.append(("drugLabel", d.paragraphs + d.covers + d.doesNotCover)) }
        if let r = s.research { out.append(("research", r.groups.flatMap(\.bullets))) }
        if let h = s.healthInformation { out.append(("healthInformation", h.groups.flatMap(\.bullets))) }
        return out.map { ($0.0, $0.1.map(SafeText.clean)) }
    }

    /// The patient's and the caregiver's view of every article.
    static var layViews: [(id: String, sections: [(name: String, texts: [String])])] {
        library.articles.flatMap { a in
            [(a.id, sections(of: a, summary: (a.summary.lay ?? a.summary.clinical))),
             ("\(a.id) (caregiver)", sections(of: a, summary: a.summary.caregiver ?? (a.summary.lay ?? a.summary.clinical)))]
        }
    }

    @Test func bundledLibraryMarksAreFirstMentionsNeverNestedNeverEveryday() {
        var total = 0
        for view in Self.layViews {
            for section in view.sections {
                var marked = Set<Int>()
                var counts: [Int: Int] = [:]
                for text in section.texts {
                    let marks = Self.glosser.marks(in: text, marked: &marked)
                    total += marks.count
                    for (a, b) in zip(marks, marks.dropFirst()) {
                        #expect(a.range.upperBound <= b.range.lowerBound, "\(view.id) \(section.name): '\(text[a.range])' overlaps '\(text[b.range])'")
                    }
                    for m in marks {
                        counts[m.entry, default: 0] += 1
                        #expect(!Self.library.glossary[m.entry].everyday, "\(view.id) \(section.name): everyday word '\(text[m.range])' marked")
                    }
                }
                for (entry, n) in counts where n > 1 {
                    Issue.record("\(view.id) \(section.name): '\(Self.library.glossary[entry].term)' marked \(n) times")
                }
            }
        }
        #expect(total > 300, "too few marks (\(total)): the glossary stopped matching")
    }

    /// The figure for the issue: marks in the patient view (the inline glosses they replaced
    /// numbered 2,146 with the old glossary).
    @Test func patientViewCount() {
        var marks = 0
        for article in Self.library.articles {
            for section in Self.sections(of: article, summary: article.summary.lay ?? article.summary.clinical) {
                var marked = Set<Int>()
                for text in section.texts { marks += Self.glosser.marks(in: text, marked: &marked).count }
            }
        }
        if let path = ProcessInfo.processInfo.environment["CURBSIDE_MARKS_DUMP"] { Self.dump(to: path) }
        print("Patient view of the bundled library: \(marks) marked terms")
        #expect(marks > 1000, "the glossary stopped matching")
    }

    /// Every mark with its context, for an editor reviewing senses (CURBSIDE_MARKS_DUMP=file).
    static func dump(to path: String) {
        var lines: [String] = []
        for view in layViews {
            for section in view.sections {
                var marked = Set<Int>()
                for text in section.texts {
                    for m in glosser.marks(in: text, marked: &marked) {
                        let before = text[..<m.range.lowerBound].suffix(40), after = text[m.range.upperBound...].prefix(40)
                        lines.append("\(library.glossary[m.entry].term)\t\(view.id) \(section.name)\t\(before){\(text[m.range])}\(after)")
                    }
                }
            }
        }
        try? lines.sorted().joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    struct Phrase: Decodable { var text: String; var notMarked: String? ; var marked: String? }

    static let phrases: [Phrase] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/wrong-sense-phrases.json")
        return (try? JSONDecoder().decode([Phrase].self, from: Data(contentsOf: url))) ?? []
    }()

    static func markedTerms(_ text: String) -> [String] {
        var marked = Set<Int>()
        return glosser.marks(in: text, marked: &marked).map { library.glossary[$0.entry].term }
    }

    @Test func wrongSensePhrasesAreNotMarked() {
        let wrong = Self.phrases.filter { $0.notMarked != nil }
        #expect(wrong.count >= 15)
        for phrase in wrong {
            let term = phrase.notMarked!
            #expect(Self.library.glossary.contains { $0.term == term }, "no glossary entry '\(term)'")
            #expect(!Self.markedTerms(phrase.text).contains(term), "'\(term)' marked in: \(phrase.text)")
        }
    }

    @Test func rightSensePhrasesAreMarked() {
        let right = Self.phrases.filter { $0.marked != nil }
        #expect(right.count >= 5)
        for phrase in right {
            #expect(Self.markedTerms(phrase.text).contains(phrase.marked!), "'\(phrase.marked!)' not marked in: \(phrase.text)")
        }
    }

    @Test func everyDefinitionIsAWholeSentence() {
        for entry in Self.library.glossary {
            let d = entry.definition.trimmingCharacters(in: .whitespaces)
            #expect([".", "?", "!"].contains(d.last), "'\(entry.term)': definition is not a whole sentence: \(d)")
        }
    }

    // The rules, one by one, on a small glossary.
    static let small = Glosser(glossary: [
        GlossaryEntry(term: "osteoporosis", definition: "Thin, fragile bones."),
        GlossaryEntry(term: "DEXA", synonyms: ["DXA", "bone density scan"], definition: "An X-ray scan of bone density."),
        GlossaryEntry(term: "BMD", synonyms: ["bone density"], definition: "How dense a bone is."),
        GlossaryEntry(term: "falls", synonyms: ["fall prevention"], definition: "Unplanned drops to the ground.", notIn: ["fall prevention", "falls prevention"]),
        GlossaryEntry(term: "infant", synonyms: ["baby", "babies"], definition: "A child in the first year of life.", everyday: true),
        GlossaryEntry(term: "oral", synonyms: ["by mouth"], definition: "Taken by mouth, such as a tablet."),
        GlossaryEntry(term: "BHOF", synonyms: ["Bone Health and Osteoporosis Foundation"], definition: "A US charity for bone health."),
    ])

    static func marked(_ text: String, _ set: inout Set<Int>) -> [String] {
        small.marks(in: text, marked: &set).map { String(text[$0.range]) }
    }

    static func marked(_ text: String) -> [String] {
        var set = Set<Int>()
        return marked(text, &set)
    }

    @Test func firstMentionPerSectionOnly() {
        var section = Set<Int>()
        #expect(Self.marked("Osteoporosis is common.", &section) == ["Osteoporosis"])
        #expect(Self.marked("Treat osteoporosis early; DXA shows it.", &section) == ["DXA"])
        #expect(Self.marked("A DEXA scan again.", &section) == [])
        var next = Set<Int>()
        #expect(Self.marked("Treat osteoporosis early.", &next) == ["osteoporosis"])
    }

    @Test func longestNameWinsAndMarksNeverOverlap() {
        #expect(Self.marked("Get a bone density scan.") == ["bone density scan"])
        #expect(Self.marked("Your bone density is low.") == ["bone density"])
    }

    @Test func notWhereTheWriterExplains() {
        #expect(Self.marked("Osteoporosis (thin bones) is common.") == [])
        #expect(Self.marked("Thin, fragile bones (osteoporosis) are common.") == [])
        #expect(Self.marked("Thin bones, called osteoporosis, are common.") == [])
        #expect(Self.marked("Osteoporosis means your bones are thin.") == [])
        #expect(Self.marked("Osteoporosis is a disease of thin bones.") == [])
        // An abbreviation or an amount in brackets is no explanation.
        #expect(Self.marked("A bone density scan (DXA) is quick.") == ["bone density scan"])
        // A term the writer explained is not marked later in the section either.
        var section = Set<Int>()
        _ = Self.marked("Osteoporosis (thin bones) is common.", &section)
        #expect(Self.marked("Treat osteoporosis early.", &section) == [])
    }

    @Test func notInsideAnotherTermsExplanation() {
        #expect(Self.marked("A DEXA (a scan that measures bone density) is quick.") == [])
        #expect(Self.marked("Medicines (such as those for osteoporosis) help.") == ["osteoporosis"])
    }

    @Test func notPlainWordsCircularOrWrongSense() {
        #expect(Self.marked("Babies need vitamin D.") == [])
        #expect(Self.marked("Tablets taken by mouth work.") == [])
        #expect(Self.marked("Ask about fall prevention classes.") == [])
        #expect(Self.marked("Ask about falls prevention classes.") == [])
        #expect(Self.marked("Falls break bones.") == ["Falls"])
        // A long name explains itself.
        #expect(Self.marked("The Bone Health and Osteoporosis Foundation advises it.") == [])
    }

    @Test func glossaryFieldsRoundTripAndAreEncodedOnlyWhenSet() throws {
        let plain = GlossaryEntry(term: "x", definition: "X.")
        let encoded = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!encoded.contains("notIn") && !encoded.contains("everyday"))
        let set = GlossaryEntry(term: "x", definition: "X.", notIn: ["x y"], everyday: true)
        #expect(try JSONDecoder().decode(GlossaryEntry.self, from: JSONEncoder().encode(set)) == set)
        let decoded = try JSONDecoder().decode(GlossaryEntry.self, from: Data(#"{"term": "x", "definition": "X."}"#.utf8))
        #expect(decoded.notIn == [] && decoded.everyday == false)
    }

    @Test func validatorReportsAMisspeltGlossaryKey() throws {
        let document = try #require(JSONDocument.parse(Data(#"{"entries": [{"term": "x", "definition": "X.", "notin": ["x y"]}]}"#.utf8)))
        let found = ArticleSchema.unknownKeys(in: document, schema: ArticleSchema.glossaryKeys)
        #expect(found.map(\.path) == ["entries[0].notin"])
        #expect(found.first?.message.contains("did you mean 'notIn'") == true)
    }
}
