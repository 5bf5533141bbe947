import Foundation
import Testing
@testable import CurbsideCore

/// Questions typed the way readers type them, each with the articles that answer it.
struct RelevanceCase: Decodable, CustomStringConvertible {
    var query: String
    var expected: [String]
    var from: String?
    var kind: String
    var description: String { "“\(query)”\(from.map { " from \($0)" } ?? "") → \(expected[0])" }

    static func load(_ name: String) throws -> [RelevanceCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name).json")
        return try JSONDecoder().decode([RelevanceCase].self, from: Data(contentsOf: url))
    }
}

@Suite struct RelevanceTests {
    nonisolated(unsafe) static let engine = FollowUpEngine(library: JSONFileRepository(directory: BundledLibraryTests.data).load())

    @Test func rightArticleFirstAndInTopThree() throws {
        let cases = try RelevanceCase.load("relevance")
        #expect(cases.count >= 80)
        var first = 0, top3 = 0
        var misses: [String] = []
        for c in cases {
            let ids = Self.engine.search(c.query, limit: 3, from: c.from).map(\.id)
            if ids.first == c.expected[0] { first += 1 }
            if ids.contains(c.expected[0]) { top3 += 1 } else { misses.append("\(c) got \(ids)") }
        }
        let firstRate = Double(first) / Double(cases.count), top3Rate = Double(top3) / Double(cases.count)
        print(String(format: "relevance: %d cases, first %.1f%%, top-3 %.1f%%", cases.count, firstRate * 100, top3Rate * 100))
        for m in misses { print("  miss: \(m)") }
        #expect(firstRate >= 0.80, "right article first for only \(Int(firstRate * 100))%")
        #expect(top3Rate >= 0.90, "right article in the top 3 for only \(Int(top3Rate * 100))%")
    }

    /// Brand names, everyday names and incidental details (ages, sexes, lab values, other
    /// medicines): Tests/CurbsideCoreTests/Fixtures/relevance-everyday.json.
    @Test func everydayNamesAndIncidentalDetails() throws {
        let cases = try RelevanceCase.load("relevance-everyday")
        #expect(cases.count >= 40)
        var first = 0
        var misses: [String] = []
        for c in cases {
            let ids = Self.engine.search(c.query, limit: 3, from: c.from).map(\.id)
            if ids.first == c.expected[0] { first += 1 } else { misses.append("\(c) got \(ids)") }
        }
        let rate = Double(first) / Double(cases.count)
        print(String(format: "everyday names: %d cases, first %.1f%%", cases.count, rate * 100))
        for m in misses { print("  miss: \(m)") }
        #expect(rate >= 0.90, "right article first for only \(Int(rate * 100))%")
    }

    @Test func outOfLibraryQuestionsAreNotConfident() throws {
        let questions = try JSONDecoder().decode([String].self, from: Data(contentsOf:
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/out-of-library.json")))
        var wrong: [String] = []
        for q in questions + ["how do I renew my passport", "best treatment for a broken phone screen"] {
            if Self.engine.answer(q).confident { wrong.append(q) }
        }
        #expect(wrong == [], "confident on out-of-library questions: \(wrong)")
    }

    @Test func inLibraryQuestionsAreMostlyConfident() throws {
        let cases = try RelevanceCase.load("relevance")
        var confident = 0
        for c in cases {
            if Self.engine.answer(c.query, from: c.from).confident { confident += 1; continue }
            let q = Self.engine.index.understand(c.query)
            let top = Self.engine.search(c.query, limit: 1, from: c.from).first?.id ?? "-"
            let cov = Self.engine.library.article(top).map { Self.engine.coverage(of: q, by: $0) } ?? 0
            print(String(format: "  not confident (%.2f): %@ top=%@ unknown=%@", cov, c.description, top, q.unknown.joined(separator: ",")))
        }
        print("confident on \(confident) of \(cases.count) in-library questions")
        // Confident now means a point states what was asked (the answer test, docs/search.md), not
        // that the right article was found: these questions ask for an article as often as for a
        // fact, so about a third get the matches without a composed answer. Never confident out
        // of the library (the test above).
        #expect(Double(confident) / Double(cases.count) >= 0.65)
    }
}
