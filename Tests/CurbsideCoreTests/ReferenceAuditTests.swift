import Foundation
import Testing
@testable import CurbsideCore

/// The reference audit of `validate`: every reference can be found again (a PMID, DOI or URL), and
/// every drug label names the one label it was read from (its DailyMed set id), not a search.
@Suite struct ReferenceAuditTests {
    static let setID = "e9481622-7cc6-418a-acb6-c5450daae9b0"

    /// A library of one article whose second reference is `ref` (cited, so only the audit can object).
    func report(with ref: [String: Any]) throws -> (LibraryValidator.Report, String) {
        let lib = try LibraryFixture()
        var a = LibraryFixture.article("alpha")
        var refs = a["references"] as! [[String: Any]]
        refs[1] = ref
        a["references"] = refs
        let text = try lib.writeArticle(a)
        return (lib.validate(), text)
    }

    static func label(_ url: String?) -> [String: Any] {
        var ref: [String: Any] = ["kind": "drug-label", "title": "ELIQUIS (apixaban) tablets — prescribing information",
                                  "source": "E.R. Squibb & Sons (DailyMed)", "year": 2025]
        if let url { ref["url"] = url }
        return ref
    }

    @Test(arguments: [
        "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=\(setID)",
        "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=\(setID)&version=19",
        "http://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=\(setID.uppercased())",
    ])
    func aLabelPinnedToItsSetIDIsSound(url: String) throws {
        let (report, _) = try report(with: Self.label(url))
        #expect(report.problems.map(\.description) == [])
    }

    /// A search, an openFDA query, another site that names the set id, a set id that is no UUID, none.
    @Test(arguments: [
        "https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=00003089321",
        "https://api.fda.gov/drug/label.json?search=set_id%3A%22\(setID)%22",
        "https://fda.report/DailyMed/\(setID)",
        "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=eliquis",
        "https://dailymed.nlm.nih.gov.example.org/dailymed/drugInfo.cfm?setid=\(setID)",
    ])
    func aLabelNotPinnedToASetIDIsReported(url: String) throws {
        let (report, text) = try report(with: Self.label(url))
        let hits = report.problems.filter { $0.message.contains("drug label [2] is not pinned to a DailyMed set id") }
        #expect(hits.count == 1, "\(report.problems.map(\.description))")
        guard let hit = hits.first else { return }
        // It points at the label's url, names the form wanted, and is the only problem.
        #expect(hit.position?.line == LibraryFixture.line(of: "\"url\" : \"\(url.replacingOccurrences(of: "/", with: "\\/"))\"", in: text))
        #expect(hit.message.contains(Reference.dailyMedPattern))
        #expect(report.problems.count == 1, "\(report.problems.map(\.description))")
    }

    @Test func aLabelWithoutAnyLinkIsReportedTwice() throws {
        let (report, _) = try report(with: Self.label(nil))
        let messages = report.problems.map(\.message)
        #expect(messages.contains { $0.contains("reference [2] has no PMID, DOI or URL") }, "\(messages)")
        #expect(messages.contains { $0.contains("drug label [2] is not pinned to a DailyMed set id") }, "\(messages)")
        #expect(!report.isSound)
    }

    @Test(arguments: ["guideline", "research", "health-information"])
    func aReferenceWithoutAnIdentifierIsReported(kind: String) throws {
        let (report, text) = try report(with: ["kind": kind, "title": "An unfindable source", "source": "A journal", "year": 2020])
        let hit = try #require(report.problems.first { $0.message.contains("reference [2] has no PMID, DOI or URL") },
                               "\(report.problems.map(\.description))")
        #expect(hit.file == "Lib/articles/alpha.json")
        // The reference object's own line: the "{" that opens it (keys sorted: kind, source, title).
        #expect(hit.position?.line == LibraryFixture.line(of: "An unfindable source", in: text).map { $0 - 3 }, "\(hit)")
        #expect(report.problems.count == 1, "\(report.problems.map(\.description))")
    }

    /// Any one of the three identifiers is enough; blank ones are none.
    @Test func anyOneIdentifierIsEnoughAndABlankOneIsNone() throws {
        for (key, value) in [("pmid", "12345"), ("doi", "10.1056/NEJMoa1207541"), ("url", "https://example.org/study")] {
            let (report, _) = try report(with: ["kind": "research", "title": "A study", "source": "A journal", "year": 2020, key: value])
            #expect(report.problems.map(\.description) == [], "\(key)")
        }
        let (blank, _) = try report(with: ["kind": "research", "title": "A study", "source": "A journal", "year": 2020, "doi": " "])
        #expect(blank.problems.contains { $0.message.contains("reference [2] has no PMID, DOI or URL") })
    }

    @Test func setIDIsReadFromTheDailyMedAddressOnly() {
        func id(_ url: String?) -> String? {
            Reference(kind: .drugLabel, title: "T", source: "S", year: 2025, url: url).dailyMedSetID
        }
        #expect(id("https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=\(Self.setID.uppercased())&audience=consumer") == Self.setID)
        #expect(id("https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=\(Self.setID)") == nil)
        #expect(id("https://pillsync.com/drug/x/ndc/\(Self.setID)?setid=\(Self.setID)") == nil)
        #expect(id(nil) == nil)
    }

    /// The bundled library passes the audit: every reference has an identifier, every label a set id.
    @Test func bundledLibraryPassesTheAudit() {
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        #expect(library.articles.count >= 40)
        var labels = 0
        for article in library.articles {
            let problems = LibraryValidator.referenceProblems(in: article)
            #expect(problems.isEmpty, "\(article.id): \(problems.map { "\($0.path): \($0.message)" })")
            labels += article.references.filter { $0.kind == .drugLabel }.count
        }
        #expect(labels >= 30, "the bundled library cites \(labels) drug labels")
    }
}
