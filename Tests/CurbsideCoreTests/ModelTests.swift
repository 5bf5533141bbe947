import Foundation
import Testing
@testable import CurbsideCore

@Suite struct ModelTests {
    static let sample = Article(
        id: "sample", question: "What is a T-score of −2.5?", specialty: "Bone health",
        tags: ["DEXA", "T-score"], status: .underReview, lastUpdated: "2026-03-01",
        summary: Summary(lay: "It means thin bones.", clinical: "Osteoporosis threshold [1]."),
        sections: Sections(
            guidelines: GuidelineSection(paragraphs: ["Treat [1]."], keyConsiderations: ["Check vitamin D [1]."]),
            drugLabel: DrugLabelSection(paragraphs: ["The label [2]."], covers: ["Osteoporosis [2]."], doesNotCover: ["Osteopenia [2]."]),
            research: ResearchSection(groups: [ResearchGroup(heading: "Trials", bullets: ["Fewer fractures [3]."])])
        ),
        references: [
            Reference(kind: .guideline, title: "G", source: "S", year: 2022, url: "https://example.org"),
            Reference(kind: .drugLabel, title: "L", source: "FDA", year: 2019),
            Reference(kind: .research, title: "R", source: "J", year: 2010, pmid: "1", doi: "10.1/x"),
        ],
        related: ["other"],
        submission: Submission(askedFrom: "other", persona: "patient", submittedAt: "2026-03-01T10:00:00Z"),
        reviewHistory: [ReviewEvent(status: .underReview, by: "ed", at: "2026-03-02T10:00:00Z")]
    )

    @Test func articleRoundTripsThroughJSON() throws {
        let data = try ArticleJSON.encode(Self.sample)
        let back = try JSONDecoder().decode(Article.self, from: data)
        #expect(back == Self.sample)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"under-review\""))
        #expect(text.contains("\"drug-label\""))
        #expect(text.contains("https://example.org")) // slashes not escaped: editors read these files
    }

    @Test func optionalFieldsDefault() throws {
        let json = #"{"id":"x","question":"Q?","specialty":"S","status":"submitted","lastUpdated":"2026-01-01","summary":{},"sections":{}}"#
        let a = try JSONDecoder().decode(Article.self, from: Data(json.utf8))
        #expect(a.tags == [] && a.related == [] && a.references == [] && a.sections.isEmpty)
        #expect(PersonaReading().filled(for: .lay).summaryText(a.summary) == nil)
    }

    @Test func summaryFallsBackToTheOtherAudience() {
        #expect(PersonaReading().filled(for: .lay).summaryText(Summary(lay: nil, clinical: "C")) == "C")
        #expect(PersonaReading().filled(for: .clinical).summaryText(Summary(lay: "L", clinical: nil)) == "L")
        #expect(PersonaReading().filled(for: .lay).summaryText(Summary(lay: "L", clinical: "C")) == "L")
        // A caregiver reads the caregiver text, else the lay one.
        let caregiver = PersonaReading(summary: ["caregiver", "lay", "clinical"]).filled(for: .lay)
        #expect(caregiver.summaryText(Summary(lay: "L", caregiver: "G", clinical: "C")) == "G")
        #expect(caregiver.summaryText(Summary(lay: "L", clinical: "C")) == "L")
        #expect(PersonaReading(summary: ["lay"], sectionOrder: ["drugLabl"]).problems == ["unknown section 'drugLabl'; use guidelines, drugLabel, research, healthInformation"])
    }

    @Test func citationMarkers() {
        #expect(CitationMarkers.numbers(in: "A [1]. B [2, 3]. C [4-6]. D [sic] [x] [] [3].") == [1, 2, 3, 4, 5, 6])
        // The bytes' fast reading and the general one agree on every form, usual or not.
        for inner in ["1", "1, 2", "2-4", "2 - 4", "10,11", " 3 ", "1 2", "1,,2", ",1", "1,", "-3", "3-1", "1-60", "0", "2–4",
                      "1234567890", "99999999999999999999", "sic", "1a", "x, 2", "", "5, 7-8, 12"] {
            let fast = CitationMarkers.parseASCII(Substring(inner).utf8)
            if let fast { #expect((fast.isEmpty ? nil : fast) == CitationMarkers.parseAnyForm(Substring(inner)), "[\(inner)]") }
        }
        #expect(CitationMarkers.parseASCII(Substring("1, 2").utf8) == [1, 2])
        #expect(CitationMarkers.parseASCII(Substring("2-4").utf8) == [2, 3, 4])
        #expect(CitationMarkers.stripped("Take it daily [1, 2].") == "Take it daily.")
        // For analysis a marker is a space, so its numbers are never a reader's; brackets that are
        // not markers stay.
        #expect(CitationMarkers.blankedForAnalysis("Stop at 3 months [2, 3].") == "Stop at 3 months  .")
        #expect(CitationMarkers.blankedForAnalysis("Lp(a) [sic] 50") == "Lp(a) [sic] 50")
    }

    @Test func readabilityRanksPlainTextBelowDenseText() {
        let plain = Readability.fleschKincaidGrade("Your bones are a bit thin. Walk every day. Eat food with calcium.")
        let dense = Readability.fleschKincaidGrade("Pharmacological antiresorptive intervention necessitates individualised multidisciplinary evaluation of densitometric characteristics.")
        #expect(plain < 4)
        #expect(dense > 16)
        #expect(Readability.syllableCount("osteoporosis") >= 5)
        #expect(Readability.syllableCount("bone") == 1)
    }

    @Test func atomicWriteReplacesWholeFilesAndLeavesNoTemporaries() throws {
        let lib = try LibraryFixture()
        let repo = lib.repository
        var article = Self.sample
        try repo.save(article)
        // A reader running beside many writes only ever sees a complete article.
        let done = ManagedFlag()
        let reader = Thread {
            while !done.value {
                if let data = try? Data(contentsOf: repo.articleURL("sample")) {
                    if (try? JSONDecoder().decode(Article.self, from: data)) == nil { done.failed = true }
                }
            }
        }
        reader.start()
        for i in 0..<200 {
            article.question = "Version \(i) " + String(repeating: "long text ", count: i * 20)
            try repo.save(article)
        }
        done.value = true
        Thread.sleep(forTimeInterval: 0.05)
        #expect(!done.failed)
        let names = try FileManager.default.contentsOfDirectory(atPath: lib.root.appendingPathComponent("articles").path)
        #expect(names == ["sample.json"])
        #expect(repo.load().article("sample")?.question.hasPrefix("Version 199") == true)
    }

    @Test func saveRefusesUnsafeIDs() throws {
        let lib = try LibraryFixture()
        var article = Self.sample
        article.id = "../escape"
        #expect(throws: LibraryError.invalidID("../escape")) { try lib.repository.save(article) }
    }
}

final class ManagedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var _value = false
    private var _failed = false
    var value: Bool { get { lock.withLock { _value } } set { lock.withLock { _value = newValue } } }
    var failed: Bool { get { lock.withLock { _failed } } set { lock.withLock { _failed = newValue } } }
}
