import CurbsidePatterns
import Foundation
import Testing
@testable import CurbsideCore

/// `TextPattern` gives ICU's answers (`NSRegularExpression`, which it replaced) for what it
/// accepts, and refuses what it does not support.
@Suite struct TextPatternTests {
    /// Every match with every group's range, as ICU gives them.
    static func icu(_ pattern: String, _ text: String, caseInsensitive: Bool, range: NSRange? = nil) throws -> [[NSRange]] {
        let regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        return regex.matches(in: text, range: range ?? NSRange(location: 0, length: text.utf16.count)).map { m in (0..<m.numberOfRanges).map { m.range(at: $0) } }
    }

    static func ours(_ pattern: String, _ text: String, caseInsensitive: Bool, range: NSRange? = nil) throws -> [[NSRange]] {
        let pattern = try TextPattern(pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        return pattern.matches(in: text, range: range ?? NSRange(location: 0, length: text.utf16.count)).map(\.ranges)
    }

    @Test(arguments: [
        (#"\bfever\b"#, "Fever, feverish; a FEVER."),
        (#"colou?r|shade"#, "color colour shade"),
        (#"\b(\d+(?:\.\d+)?)\s*(mg|mcg|µg|ug|iu|units|ml|g)\b"#, "take 2.5 mg or 10mcg, 400 IU, 5 µg, 3 g/day"),
        (#"(?<!non-)(?<!not )\bpregnant\b"#, "non-pregnant women; not pregnant; pregnant now"),
        (#"\b(a|b)+c"#, "aabac abc c bc"),
        (#"(ab)*?c|x{2,3}?"#, "ababc xxxx"),
        (#"[^?.]{0,40}\b(cut|cuts)\b"#, "how much did it cut the risk? cuts."),
        (#"^how\b|\bnow$"#, "How is it now\n"),
        (#"\bcafé\b|\bnaïve"#, "un café naïve, cafe\u{301} here"),
        (#"\w+"#, "e\u{301}tude 😀 x_1 ١٢٣"),
        (#"."#, "a😀\nb"),
        (#"(?=.*\bheart attack\b)(?!.*\b(never|prior)\b)^"#, "I think it's a heart attack"),
        (#"\bk\b"#, "K 5.6 and \u{212A} 5"),
        (#"ſtraße|\x{212A}elvin"#, "STRAßE kelvin KELVIN"),
        (#"straße"#, "STRAßE Straße"),
        (#"[a-z–-]+"#, "well–known long-term"),
        (#"\s\S\d\D\W"#, "x a1-\u{00A0}b2c"),
        (#"(\d{1,2})\s*(?:weeks?|wks?)\b(?!\s*(?:pregnan|ago))"#, "6 weeks ago, 8 wks pregnant, 10 weeks"),
        (#"(?<=\bage )\d+|(?<!\d)\d{3}(?!\d)"#, "age 70, 1234, 120/80"),
        (#"\Qa.b\E|c\.d"#, "a.b axb c.d"),
        (#"x*"#, "axxb"),
        (#"^(The|A) \w+|^ ?\[\d+\]"#, "The cat. A dog. [1]"), (#"(^x)*y"#, "xxy y"),
    ])
    func matchesLikeICU(_ pattern: String, _ text: String) throws {
        for caseInsensitive in [false, true] {
            #expect(try Self.ours(pattern, text, caseInsensitive: caseInsensitive) == Self.icu(pattern, text, caseInsensitive: caseInsensitive), "\(pattern) on \(text)")
        }
    }

    /// A search range is a region of its own: nothing outside it is seen.
    @Test func aRangeIsARegion() throws {
        let text = "xx fever yy"
        for pattern in [#"^fever$"#, #"\bfev"#, #"ver\b"#, #"(?<=x )fever"#, #"fever(?= y)"#] {
            let range = NSRange(location: 3, length: 5)
            #expect(try Self.ours(pattern, text, caseInsensitive: false, range: range) == Self.icu(pattern, text, caseInsensitive: false, range: range), "\(pattern)")
        }
        let cut = NSRange(location: 0, length: 6)
        #expect(try Self.ours(#"\bfe\b"#, text, caseInsensitive: false, range: cut) == Self.icu(#"\bfe\b"#, text, caseInsensitive: false, range: cut))
    }

    /// The one difference known: case is ignored code point by code point, so "ß" is not "ss".
    @Test func caseIsIgnoredByCodePoint() throws {
        #expect(try Self.ours("straße", "STRASSE", caseInsensitive: true).isEmpty)
        #expect(try Self.icu("straße", "STRASSE", caseInsensitive: true).count == 1)
    }

    @Test func replacesEveryMatch() throws {
        let pattern = try TextPattern(#"\b(um|er)\b"#, options: [.caseInsensitive])
        #expect(pattern.replacingMatches(in: "Um, is er errant?", range: NSRange(location: 0, length: 17), with: " ") == " , is   errant?")
        #expect(try TextPattern(TextPattern.escaped("a.b (c)?")).firstMatch(in: "x a.b (c)? y")?.range == NSRange(location: 2, length: 8))
    }

    @Test(arguments: [#"(?<name>x)"#, #"(a)\1"#, #"(?>a)"#, #"a*+"#, #"(?i)a"#, #"[[a]]"#, #"[a&&b]"#, #"\p{L}"#, #"(a"#, #"a)"#,
                      #"*a"#, #"a{2"#, #"a{3,1}"#, #"[a"#, #"\y"#, #"(?<=a+)b"#, #"\b+"#])
    func refusesWhatItDoesNotSupport(_ pattern: String) {
        #expect(throws: TextPattern.Failure.self) { try TextPattern(pattern) }
    }

    /// The program's own patterns and the bundled emergency signs, ignoring case and not, over
    /// every fixture question, emergency phrasing and library sentence (~20 s).
    @Test func programPatternsMatchLikeICUOnTheLibraryAndTheQuestions() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        var texts: [String] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasPrefix("followups") && $0.hasSuffix(".json") }
        for name in names {
            let cases = try JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent(name))) as? [[String: Any]] ?? []
            texts += cases.compactMap { $0["query"] as? String }
        }
        let phrasings = try JSONDecoder().decode([String: [String: [String]]].self, from: Data(contentsOf: fixtures.appendingPathComponent("red-flag-phrasings.json")))
        texts += phrasings.values.flatMap { $0.values.flatMap { $0 } }
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        texts += library.articles.flatMap { ArticleTexts.all($0).flatMap { Sentences.split($0.text) } }
        #expect(texts.count > 3000)
        let patterns = RequiredLiteralsTable.known.keys.sorted()
        #expect(patterns.count > 150)
        var compared = 0, differing: [String] = []
        for pattern in patterns {
            for caseInsensitive in [true, false] {
                let icu = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
                let ours = try TextPattern(pattern, options: caseInsensitive ? [.caseInsensitive] : [])
                for text in texts {
                    let whole = NSRange(location: 0, length: text.utf16.count)
                    let expected = icu.matches(in: text, range: whole).map { m in (0..<m.numberOfRanges).map { m.range(at: $0) } }
                    if ours.matches(in: text, range: whole).map(\.ranges) != expected { differing.append("\(pattern) on \(text)") }
                    compared += 1
                }
            }
        }
        print("TextPattern: \(compared) pattern × text pairs compared with ICU, \(differing.count) differ")
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }
}
