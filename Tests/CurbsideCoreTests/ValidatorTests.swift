import Foundation
import Testing
@testable import CurbsideCore

@Suite struct ValidatorTests {
    @Test func soundLibraryHasNoProblems() throws {
        let lib = try LibraryFixture()
        try lib.writeArticle(LibraryFixture.article("alpha", related: ["beta"]))
        try lib.writeArticle(LibraryFixture.article("beta", related: ["alpha"]))
        let report = lib.validate()
        #expect(report.problems.map(\.description) == [])
        #expect(report.layGrades.count == 2)
    }

    /// Every kind of problem, each in its own small library, with the file and line in the message.
    /// (kind, message, text on the reported line, line offset from that text's line)
    @Test(arguments: [
        ("dangling related", "does not exist", "\"nowhere\"", 0),
        ("self link", "related to itself", "\"related\" : [", 1),
        ("citation without reference", "citation [7] has no reference", "A finding [2] and another [7].", 0),
        ("reference never cited", "reference [2] is never cited", "\"kind\" : \"research\"", -1),
        ("empty section", "empty section", "\"guidelines\" : {", 0),
        ("bad date", "is not a date", "15.01.2026", 0),
        ("future date", "is in the future", "2027-03-01", 0),
        ("impossible date", "is not a date", "2026-02-30", 0),
        ("missing field", "missing required field 'question'", "{", 0),
        ("wrong type", "expected a whole number", "twenty twenty", 0),
        ("unknown status", "unknown value", "\"published\"", 0),
        ("hard lay text", "reads at grade", "Pharmacological", 0),
        ("no references", "no references", "\"references\" : [", 0),
    ])
    func catchesProblem(kind: String, message: String, needle: String, offset: Int) throws {
        let lib = try LibraryFixture()
        var a = LibraryFixture.article("alpha")
        var ref = (a["references"] as! [[String: Any]])
        var sections = a["sections"] as! [String: Any]
        switch kind {
        case "dangling related": a["related"] = ["nowhere"]
        case "self link": a["related"] = ["alpha"]
        case "citation without reference":
            sections["research"] = ["groups": [["heading": "Findings", "bullets": ["A finding [2] and another [7]."]]]]
        case "reference never cited":
            sections["guidelines"] = ["paragraphs": ["Guidance text [1]."]]
            sections["research"] = ["groups": [["heading": "Findings", "bullets": ["A finding [1]."]]]]
        case "empty section": sections["guidelines"] = ["paragraphs": [], "keyConsiderations": []]
        case "bad date": a["lastUpdated"] = "15.01.2026"
        case "future date": a["lastUpdated"] = "2027-03-01"
        case "impossible date": a["lastUpdated"] = "2026-02-30"
        case "missing field": a.removeValue(forKey: "question")
        case "wrong type": ref[0]["year"] = "twenty twenty"
        case "unknown status": a["status"] = "published"
        case "hard lay text":
            a["summary"] = ["lay": "Pharmacological antiresorptive intervention considerations necessitate individualised multidisciplinary evaluation, incorporating densitometric longitudinal characterisation and comprehensive fracture-probability stratification methodologies."]
        case "no references":
            ref = []
            sections = ["guidelines": ["paragraphs": ["Guidance text."]]]
            a["summary"] = ["lay": "A short answer."]
        default: Issue.record("unknown kind \(kind)")
        }
        a["references"] = ref
        a["sections"] = sections
        let text = try lib.writeArticle(a)
        try lib.writeArticle(LibraryFixture.article("beta"))

        let report = lib.validate()
        #expect(!report.isSound)
        let hit = report.problems.first { $0.message.contains(message) }
        #expect(hit != nil, "expected '\(message)' among \(report.problems.map(\.description))")
        guard let hit else { return }
        #expect(hit.file == "Lib/articles/alpha.json")
        // The message carries the line of the offending value.
        let expectedLine = try #require(LibraryFixture.line(of: needle, in: text))
        #expect(hit.position?.line == expectedLine + offset, "\(hit)")
        #expect(hit.description.hasPrefix("Lib/articles/alpha.json:\(hit.position!.line):\(hit.position!.column): "))
    }

    @Test func citationProblemPointsAtTheBullet() throws {
        let lib = try LibraryFixture()
        var a = LibraryFixture.article("alpha")
        a["sections"] = [
            "guidelines": ["paragraphs": ["Guidance text [1]."]],
            "research": ["groups": [["heading": "One", "bullets": ["A [2]."]], ["heading": "Two", "bullets": ["B [2].", "C [2].", "D [7]."]]]],
        ]
        let text = try lib.writeArticle(a)
        let problem = try #require(lib.validate().problems.first { $0.message.contains("[7]") })
        #expect(problem.path == "sections.research.groups[1].bullets[2]")
        #expect(problem.position?.line == LibraryFixture.line(of: "D [7].", in: text))
        #expect(problem.description.contains(":\(problem.position!.line):"))
    }

    @Test func syntaxErrorGivesLineAndColumn() throws {
        let lib = try LibraryFixture()
        try lib.write("articles/broken.json", "{\n  \"id\": \"broken\",\n  \"question\": \"Why?\"\n  \"specialty\": \"X\"\n}")
        let problem = try #require(lib.validate().problems.first { $0.file.hasSuffix("broken.json") })
        #expect(problem.message.contains("invalid JSON"))
        #expect(problem.position == SourcePosition(line: 4, column: 3))
    }

    @Test func duplicateIDsAcrossFilesAreReported() throws {
        let lib = try LibraryFixture()
        try lib.writeArticle(LibraryFixture.article("alpha"))
        try lib.writeArticle(LibraryFixture.article("alpha"), file: "zeta")
        let report = lib.validate()
        #expect(report.problems.contains { $0.message.contains("duplicate of") && $0.message.contains("alpha.json") && $0.file.hasSuffix("zeta.json") && $0.claimedID == "alpha" })
        #expect(lib.repository.load().articles.count == 1)
    }

    @Test func unknownPersonaAudienceIsReported() throws {
        let lib = try LibraryFixture()
        try lib.write("personas.json", """
        {"personas": [
          {"id": "patient", "label": "Patient", "description": "Me.", "audience": "layperson"}
        ]}
        """)
        let problem = try #require(lib.validate().problems.first { $0.file.hasSuffix("personas.json") })
        #expect(problem.path == "personas[0].audience")
        let line = #"  {"id": "patient", "label": "Patient", "description": "Me.", "audience": "layperson"}"#
        let column = line.distance(from: line.startIndex, to: line.range(of: "\"layperson\"")!.lowerBound) + 1
        #expect(problem.position == SourcePosition(line: 2, column: column))
        #expect(problem.message.contains("lay, clinical"))
    }

    @Test func oneMalformedFileDoesNotStopTheRest() throws {
        let lib = try LibraryFixture()
        for id in ["a1", "a2", "a3", "a4"] { try lib.writeArticle(LibraryFixture.article(id)) }
        try lib.write("articles/bad.json", "{ \"id\": ")
        try lib.write("articles/empty.json", "")
        try lib.write("articles/binary.json", String(decoding: [0x7B, 0xFF, 0xFE, 0x7D], as: UTF8.self))
        try Data([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D]).write(to: lib.root.appendingPathComponent("articles/latin1.json"))
        let library = lib.repository.load()
        #expect(library.articles.map(\.id) == ["a1", "a2", "a3", "a4"])
        #expect(library.problems.count == 4)
        #expect(library.problems.contains { $0.file.hasSuffix("empty.json") && $0.message == "empty file" })
        #expect(library.problems.contains { $0.file.hasSuffix("latin1.json") && $0.message.contains("not valid UTF-8") })
    }

    @Test func missingDirectoryIsAProblemNotACrash() {
        let repo = JSONFileRepository(directory: URL(fileURLWithPath: "/nonexistent/curbside"), displayRoot: "/nonexistent/curbside")
        let library = repo.load()
        #expect(library.articles.isEmpty)
        #expect(library.problems.first?.message.contains("does not exist") == true)
    }
}

@Suite struct GlossaryHierarchyValidationTests {
    @Test func unknownBroaderTermsAndCyclesAreReported() {
        let glossary = [
            GlossaryEntry(term: "warfarin", broader: ["vitamin K antagonist"], definition: "A blood thinner."),
            GlossaryEntry(term: "vitamin K antagonist", broader: ["anticoagulant"], definition: "A kind of blood thinner."),
            GlossaryEntry(term: "anticoagulant", broader: ["warfarin"], definition: "A blood thinner."),
            GlossaryEntry(term: "naproxen", broader: ["NSAID"], definition: "A pain medicine."),
        ]
        let problems = LibraryValidator.hierarchyProblems(glossary).map(\.message)
        #expect(problems.contains("'naproxen' names 'NSAID' as broader, but no entry has that term"))
        #expect(problems.contains("'warfarin' is broader than itself (a cycle in 'broader')"))
        #expect(problems.contains("'anticoagulant' is broader than itself (a cycle in 'broader')"))
        #expect(LibraryValidator.hierarchyProblems(Array(glossary.dropFirst(3))).count == 1)
    }

    @Test func signsThatNameNoEntryOrTheEntryItselfAreReported() {
        let glossary = [
            GlossaryEntry(term: "peripheral neuropathy", signs: ["paraesthesia", "burning feet"], definition: "Nerve damage."),
            GlossaryEntry(term: "paraesthesia", signs: ["Paraesthesia"], definition: "Tingling."),
        ]
        let problems = LibraryValidator.hierarchyProblems(glossary).map(\.message)
        #expect(problems == ["'peripheral neuropathy' names 'burning feet' as a sign, but no entry has that term",
                             "'paraesthesia' names itself as a sign"])
        #expect(LibraryValidator.hierarchyProblems([GlossaryEntry(term: "peripheral neuropathy", signs: ["paraesthesia"], definition: "Nerve damage."),
                                                    GlossaryEntry(term: "paraesthesia", definition: "Tingling.")]).isEmpty)
    }

    @Test func aTermWithTwoEntriesOrANameOfTwoIsReported() {
        let glossary = [
            GlossaryEntry(term: "lipoprotein(a)", synonyms: ["Lp(a)"], definition: "A particle."),
            GlossaryEntry(term: "Lipoprotein(a)", definition: "A particle in the blood."),
            GlossaryEntry(term: "lumbar puncture", synonyms: ["LP(A)"], definition: ""),
        ]
        let problems = LibraryValidator.entryProblems(glossary).map(\.message)
        #expect(problems.contains("'Lipoprotein(a)' has two entries"))
        #expect(problems.contains("'LP(A)' belongs to both 'lipoprotein(a)' and 'lumbar puncture'"))
        #expect(problems.contains("'lumbar puncture' has no definition"))
        // What an entry names is one of the known kinds.
        #expect(LibraryValidator.entryProblems([GlossaryEntry(term: "warfarin", definition: "A blood thinner.", kind: "drug")]).map(\.message)
                == ["'warfarin' has kind 'drug', which is not one of medicine, nutrient, condition, test, procedure, body, other"])
        #expect(LibraryValidator.entryProblems([GlossaryEntry(term: "warfarin", definition: "A blood thinner.", kind: "medicine")]).isEmpty)
        #expect(LibraryValidator.entryProblems(Array(glossary.prefix(1))).isEmpty)
    }

    @Test func theBundledHierarchyIsSound() {
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        #expect(LibraryValidator.hierarchyProblems(library.glossary).isEmpty)
        #expect(library.glossary.filter { !$0.broader.isEmpty }.count >= 100)
        // Every entry says what it names (an amount asked of a medicine is that medicine's).
        #expect(library.glossary.allSatisfy { $0.kind != nil })
        // Every article says what kind of question it answers.
        #expect(library.articles.allSatisfy { !$0.questionTypes.isEmpty || $0.status == .submitted })
    }
}
