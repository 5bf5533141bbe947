import Foundation
import Testing
@testable import CurbsideCore

/// The openFDA importer on our own label fixtures (a single label, the bulk form, broken files).
@Suite struct OpenFDAImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/openfda").standardizedFileURL

    static func data(_ name: String) throws -> Data { try Data(contentsOf: fixtures.appendingPathComponent(name)) }

    static func importer(_ repository: JSONFileRepository) -> OpenFDAImport {
        OpenFDAImport(into: repository, day: "2026-11-27", time: "2026-11-27T12:00:00Z", importer: "tester")
    }

    /// A library with one article naming the drug, one naming it only by a glossary synonym, one not at all.
    static func library() throws -> LibraryFixture {
        let fixture = try LibraryFixture()
        try fixture.write("glossary.json", #"{"entries": [{"term": "Examplofen", "synonyms": ["EXF"], "definition": "A pain reliever."}]}"#)
        var named = LibraryFixture.article("examplofen-back-pain")
        named["question"] = "Is examplofen safe for back pain?"
        try fixture.writeArticle(named)
        var synonym = LibraryFixture.article("pain-relievers-and-stomach")
        synonym["question"] = "Do pain relievers upset the stomach?"
        synonym["tags"] = ["EXF", "stomach"]
        synonym["status"] = "approved"
        try fixture.writeArticle(synonym)
        try fixture.writeArticle(LibraryFixture.article("unrelated"))
        return fixture
    }

    @Test func readsASingleLabelAndStripsSectionHeadings() throws {
        let entries = try OpenFDAReader.read(try Self.data("single-label.json"))
        #expect(entries.count == 1)
        let label = try entries[0].get()
        #expect(label.setID == "0a1b2c3d-1111-4222-8333-944455566677")
        #expect(label.effectiveDay == "2023-04-12")
        #expect(label.displayName == "Examplofen (examplofen sodium)")
        #expect(label.manufacturers == ["Example Pharma Inc."])
        #expect(label.pharmClasses == ["Nonsteroidal Anti-inflammatory Drug [EPC]"])
        #expect(label.sections["indications_and_usage"]?.hasPrefix("Examplofen sodium tablets are indicated for") == true)
        #expect(label.sections["contraindications"]?.hasPrefix("Do not use in people") == true)
        #expect(label.sections["boxed_warning"]?.hasPrefix("RISK OF SERIOUS STOMACH BLEEDING") == true)
        #expect(label.dailyMedURL == "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=0a1b2c3d-1111-4222-8333-944455566677")
    }

    @Test func readsTheBulkFormAndSaysWhyEntriesAreUnusable() throws {
        let entries = try OpenFDAReader.read(try Self.data("bulk.json"))
        #expect(entries.count == 6)
        let labels = entries.compactMap { try? $0.get() }
        #expect(labels.map(\.setID) == ["older-examplofen-set", "5f5f5f5f-2222-4333-8444-955566677788", "7a7a7a7a-3333-4444-8555-966677788899"])
        // A section given as a plain string rather than a list is still read.
        #expect(labels[1].sections["indications_and_usage"]?.hasPrefix("Examplofen sodium tablets") == true)
        // OTC labels: the "Uses" heading word is dropped.
        #expect(labels[2].sections["indications_and_usage"] == "relieves heartburn, acid indigestion and sour stomach")
        let reasons = entries.compactMap { entry -> String? in if case .failure(let f) = entry { return f.reason } else { return nil } }
        #expect(reasons == ["label naming no drug", "label without any section Curbside shows", "entry that is not a label object"])
    }

    /// The reader's error for a file, or nil when it read.
    static func failure(_ data: Data) -> String? {
        do { _ = try OpenFDAReader.read(data); return nil } catch { return error.message }
    }

    @Test func brokenFilesGiveAClearError() throws {
        #expect(Self.failure(try Self.data("truncated.json"))?.hasPrefix("not valid JSON") == true)
        #expect(Self.failure(try Self.data("wrong-shape.json"))?.contains("expected a label object") == true)
        #expect(Self.failure(Data(#"{"results": 5}"#.utf8)) == "'results' is not a list of labels")
        #expect(Self.failure(Data()) != nil)
    }

    @Test func attachesToArticlesNamingTheDrugOrItsGlossarySynonym() throws {
        let fixture = try Self.library()
        let summary = try Self.importer(fixture.repository).run(try Self.data("single-label.json"))
        #expect(summary.attached == 2)
        #expect(summary.imported == 0)
        let library = fixture.repository.load()
        let named = try #require(library.article("examplofen-back-pain"))
        #expect(named.references.count == 3)
        let reference = try #require(named.references.last)
        #expect(reference.kind == .drugLabel)
        #expect(reference.title == "Examplofen (examplofen sodium) prescribing information (FDA label)")
        #expect(reference.source == "Example Pharma Inc.; DailyMed set id 0a1b2c3d-1111-4222-8333-944455566677; effective 2023-04-12")
        #expect(reference.year == 2023)
        #expect(named.sections.drugLabel?.paragraphs.last?.hasSuffix("[3]") == true)
        #expect(named.sections.drugLabel?.paragraphs.last?.contains("indicated for the short-term relief") == true)
        // An approved article changed by an import goes back to review, and says why.
        let synonym = try #require(library.article("pain-relievers-and-stomach"))
        #expect(synonym.status == .underReview)
        #expect(synonym.reviewHistory.last?.note?.contains("openFDA label 0a1b2c3d") == true)
        #expect(library.article("unrelated")?.references.count == 2)
        #expect(fixture.validate().problems.isEmpty, "\(fixture.validate().problems)")

        let again = try Self.importer(fixture.repository).run(try Self.data("single-label.json"))
        #expect(again.attached == 0)
        #expect(again.skipped["label already cited by the article"] == 2)
        #expect(fixture.repository.load().article("examplofen-back-pain")?.references.count == 3)
    }

    @Test func unmatchedDrugsBecomeEntriesInANewLibrary() throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-openfda-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: target) }
        let repository = JSONFileRepository(directory: target)
        let summary = try Self.importer(repository).run(try Self.data("bulk.json"))
        #expect(summary.imported == 2)
        #expect(summary.skipped == [
            "older label of the same drug (the newest is used)": 1,
            "label naming no drug": 1,
            "label without any section Curbside shows": 1,
            "entry that is not a label object": 1,
        ])
        let library = repository.load()
        #expect(library.articles.map(\.id) == ["drug-label-examplofen-sodium", "drug-label-sample-carbonate"])
        let entry = try #require(library.article("drug-label-examplofen-sodium"))
        #expect(entry.question == "What does the FDA label say about Examplofen (examplofen sodium)?")
        #expect(entry.references.first?.source.hasPrefix("New Maker Co.") == true, "the newest label is the one used")
        #expect(entry.sections.drugLabel?.covers == ["Indications and usage", "Warnings and precautions"])
        #expect(entry.status == .underReview)
        let otc = try #require(library.article("drug-label-sample-carbonate"))
        #expect(otc.summary.clinical?.contains("Relieves heartburn") == true)
        let report = LibraryValidator(repository: repository).validate()
        #expect(report.problems.isEmpty, "\(report.problems)")
    }
}
