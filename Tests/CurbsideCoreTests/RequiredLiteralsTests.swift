import CurbsidePatterns
import Foundation
import Testing
@testable import CurbsideCore

/// A pattern's required strings are a shortcut only: a text the pattern matches always holds one.
@Suite struct RequiredLiteralsTests {
    @Test func stringsReadFromPatterns() {
        #expect(RequiredLiterals.of(#"\b(how often|every (day|week))"#) == ["every ", "how often"])
        #expect(RequiredLiterals.of(#"\bwhat'?s\b"#) == ["what"])
        #expect(RequiredLiterals.of(#"(?<!non-)\bpregnant\b"#) == ["pregnant"])
        #expect(RequiredLiterals.of(#"\b\d+ ?(mg|mcg) (a|per) day"#) == [" day"])
        #expect(RequiredLiterals.of(#"\bChest\s+pain"#) == ["chest"])
        #expect(RequiredLiterals.of(#"colou?r"#) == ["colo"])
        #expect(RequiredLiterals.of(#"ab+c"#) == ["ab"])
        #expect(RequiredLiterals.of(#"^(?=.*\bheart attack\b)(?!.*\b(never|prior)\b)"#) == ["heart attack"])
        // Nothing to require: an optional part, an empty alternative, a class, an unknown construct.
        #expect(RequiredLiterals.of(#"(a|b)?\d+"#) == nil)
        #expect(RequiredLiterals.of(#"(fever|)"#) == nil)
        #expect(RequiredLiterals.of(#"[a-z]+"#) == nil)
        #expect(RequiredLiterals.of(#"(?i)fever"#) == nil)
        #expect(RequiredLiterals.of(#"\bµg\b"#) == nil)
    }

    @Test func aTextWithoutThemCannotMatch() {
        let literals = RequiredLiterals.bytes(of: #"\b(how often|every (day|week))"#)
        #expect(!RequiredLiterals.mayMatch(literals, "How long should I take it?"))
        #expect(RequiredLiterals.mayMatch(literals, "How OFTEN should I take it?"))
        // Other characters are not ASCII letters ("ó", "–"), but for those that fold to one.
        #expect(!RequiredLiterals.mayMatch(literals, "Hów long – should I take it?"))
        #expect(RequiredLiterals.mayMatch(literals, "Hów – how OFTEN, µg"))
        #expect(RequiredLiterals.mayMatch(literals, "Ho\u{212A} long") && RequiredLiterals.mayMatch(literals, "é ſ") && RequiredLiterals.mayMatch(literals, "ı"))
        #expect(RequiredLiterals.mayMatch(RequiredLiterals.bytes(of: #"\bkeep\b"#), "\u{212A}eep"))
    }

    /// The characters other than ASCII that a case-insensitive `TextPattern` matches to an ASCII
    /// letter are exactly `nonASCIIFoldingToASCII`: every code point is tried against every letter.
    @Test func onlyTheListedCharactersMatchAnASCIILetter() throws {
        var all = String.UnicodeScalarView()
        for value in UInt32(0x80)...0x10FFFF { if let scalar = Unicode.Scalar(value) { all.append(scalar); all.append(" ") } }
        let text = String(all)
        var found: Set<Unicode.Scalar> = []
        for letter in "abcdefghijklmnopqrstuvwxyz" {
            let pattern = try TextPattern(String(letter), options: [.caseInsensitive])
            for m in pattern.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)) {
                found.formUnion((text as NSString).substring(with: m.range).unicodeScalars)
            }
        }
        #expect(found == Set(nonASCIIFoldingToASCII), "\(found.map { String(format: "U+%04X", $0.value) })")
    }

    /// Every question, emergency phrasing and library sentence against every question rule,
    /// circumstance rule, emergency sign and answer-test pattern: where the pattern matches, the
    /// text holds one of its strings.
    @Test func neverSaysNoWhereThePatternMatches() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        var texts: [String] = []
        for name in ["followups", "followups-dev2", "followups-dev3", "followups-dev4", "followups-dev5", "followups-dev6", "followups-dev7", "followups-dev8", "followups-dev9"] {
            let cases = try JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent("\(name).json"))) as? [[String: Any]] ?? []
            texts += cases.compactMap { $0["query"] as? String }
        }
        let phrasings = try JSONDecoder().decode([String: [String: [String]]].self, from: Data(contentsOf: fixtures.appendingPathComponent("red-flag-phrasings.json")))
        texts += phrasings.values.flatMap { $0.values.flatMap { $0 } }
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        let sentences = library.articles.flatMap { ArticleTexts.all($0).flatMap { Sentences.split($0.text) } }
        #expect(texts.count > 900 && sentences.count > 1000)

        var patterns = QuestionUnderstander.typeRules.map(\.1.pattern) + QuestionUnderstander.constraintRules.map(\.pattern.pattern)
        patterns += library.redFlags.flatMap(\.patterns)
        let answerPatterns = Array(AnswerTest.patternSources.values) + [AnswerTest.caveat.pattern] + MealTiming.patterns
        var checked = 0, skipped = 0
        for (pattern, corpus) in patterns.map({ ($0, texts) }) + answerPatterns.map({ ($0, texts + sentences) }) {
            let literals = RequiredLiterals.bytes(of: pattern)
            let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            for text in corpus where regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil {
                #expect(RequiredLiterals.mayMatch(literals, text), "\(pattern) matches \(text) but requires \(RequiredLiterals.of(pattern) ?? [])")
                checked += 1
            }
            if literals == nil { skipped += 1 }
        }
        for (family, list) in [("question types", QuestionUnderstander.typeRules.map(\.1.pattern)), ("circumstances", QuestionUnderstander.constraintRules.map(\.pattern.pattern)),
                               ("emergency signs", library.redFlags.flatMap(\.patterns)), ("answer tests", answerPatterns)] {
            print("required strings: \(list.filter { RequiredLiterals.of($0) != nil }.count) of \(list.count) \(family) patterns")
        }
        #expect(checked > 1000)
        // Most patterns give strings to require (else the shortcut buys little).
        #expect(skipped * 4 < patterns.count + answerPatterns.count, "\(skipped) patterns give none")
    }

    /// The patterns read when the program is built, each with what reading it now gives.
    static func programPatterns() -> [String] {
        var patterns = QuestionUnderstander.typeRules.map(\.1.pattern) + QuestionUnderstander.constraintRules.map(\.pattern.pattern)
        patterns += [QuestionUnderstander.reading.pattern, QuestionUnderstander.labSymbol.pattern]
        patterns += AnswerTest.patternSources.values
        patterns += [AnswerTest.caveat.pattern] + MealTiming.patterns
        patterns += JSONFileRepository(directory: BundledLibraryTests.data).load().redFlags.flatMap(\.patterns)
        return Array(Set(patterns)).sorted()
    }

    /// `RequiredLiteralsTable` holds exactly what reading each pattern gives (so the soundness
    /// test above covers it); with CURBSIDE_WRITE_LITERALS_TABLE=1 a stale table is rewritten.
    @Test func tableIsCurrent() throws {
        let patterns = Self.programPatterns()
        let current = Dictionary(uniqueKeysWithValues: patterns.map { pattern in
            (pattern, RequiredLiterals.parsedBytes(of: pattern).map { $0.map { String(decoding: $0, as: UTF8.self) } } ?? [])
        })
        if current != RequiredLiteralsTable.known, ProcessInfo.processInfo.environment["CURBSIDE_WRITE_LITERALS_TABLE"] == "1" {
            func quoted(_ s: String) -> String { "##\"" + s + "\"##" }
            var out = """
            // Generated by RequiredLiteralsTests.tableIsCurrent (CURBSIDE_WRITE_LITERALS_TABLE=1 swift test
            // --filter RequiredLiteralsTests): do not edit by hand.

            /// `RequiredLiterals.parsedBytes(of:)` of the program's own patterns and the bundled emergency
            /// signs, as strings (an empty list: the pattern gives none).
            enum RequiredLiteralsTable {
                static let known: [String: [String]] = [

            """
            for pattern in patterns {
                out += "        \(quoted(pattern)):\n            [\(current[pattern]!.map(quoted).joined(separator: ", "))],\n"
            }
            out += "    ]\n}\n"
            let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/CurbsideCore/Search/RequiredLiteralsTable.swift").standardizedFileURL
            try out.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(current == RequiredLiteralsTable.known, "RequiredLiteralsTable is stale: run CURBSIDE_WRITE_LITERALS_TABLE=1 swift test --filter RequiredLiteralsTests")
        // A pattern not in the table is still read (a library's own emergency signs).
        let unknown = #"\bhow (on earth|in the world)\b"#
        #expect(RequiredLiteralsTable.known[unknown] == nil)
        #expect(RequiredLiterals.bytes(of: unknown) != nil && RequiredLiterals.bytes(of: unknown) == RequiredLiterals.parsedBytes(of: unknown))
    }
}
