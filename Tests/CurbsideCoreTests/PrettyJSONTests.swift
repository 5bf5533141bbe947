import Foundation
import Testing
@testable import CurbsideCore

/// `PrettyJSON` writes what `JSONEncoder` (pretty, sorted keys, slashes unescaped) writes for the
/// same values: `ask --json` and `search --json` print it.
@Suite struct PrettyJSONTests {
    static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    struct SearchOutput: Encodable { var understood: UnderstoodQuestion; var results: [FollowUpAnswer.Match] }

    @Test func answersAndSearchesAsJSONEncoderWritesThem() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        var questions: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) where name.hasPrefix("followups") && name.hasSuffix(".json") {
            let cases = try JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent(name))) as? [[String: Any]] ?? []
            questions += cases.compactMap { $0["query"] as? String }
        }
        #expect(questions.count > 900)
        questions = questions.enumerated().filter { $0.offset % 3 == 0 }.map(\.element) // a third of them: ~10 s
        let engine = RelevanceTests.engine
        var urgent = 0, unheard = 0, constrained = 0
        for (i, question) in questions.enumerated() {
            let answer = engine.answer(question, audience: i % 2 == 0 ? .lay : .clinical)
            #expect(PrettyJSON.text(answer.prettyJSON) == (try Self.encoded(answer)), "\(question)")
            let (understood, matches) = engine.searchExplained(question, limit: 3)
            let search = PrettyJSON.Value.object([("understood", understood.prettyJSON), ("results", .array(matches.map(\.prettyJSON)))])
            #expect(PrettyJSON.text(search) == (try Self.encoded(SearchOutput(understood: understood, results: matches))), "\(question)")
            if answer.urgent != nil { urgent += 1 }
            if answer.unheard != nil { unheard += 1 }
            if answer.understood?.constraints.isEmpty == false { constrained += 1 }
        }
        // Each optional field was present somewhere, so each was compared.
        #expect(urgent > 0 && unheard > 0 && constrained > 0)
    }

    @Test func stringsNumbersAndEmptyListsAsJSONEncoderWritesThem() throws {
        let odd = "quote \" back \\ slash / tab \t line \n return \r bell \u{7} bs \u{8} ff \u{C} del \u{7F} é 😀"
        let match = FollowUpAnswer.Match(id: odd, title: "", score: 3)
        for score in [3.0, -0.0, 0.1, 1e21, 1e-7, 21.55316162109375, Double(Float(21.553162))] {
            var m = match; m.score = score
            #expect(PrettyJSON.text(m.prettyJSON) == (try Self.encoded(m)))
        }
        let empty = FollowUpAnswer(confident: false, answer: [], matches: [], understood: nil, urgent: nil)
        #expect(PrettyJSON.text(empty.prettyJSON) == (try Self.encoded(empty)))
    }
}
