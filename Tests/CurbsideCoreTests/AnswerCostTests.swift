import Foundation
import Testing
@testable import CurbsideCore

/// The cheaper forms `ask` uses give exactly what the forms they replace give: words found on
/// bytes, patterns compiled once.
@Suite struct AnswerCostTests {
    static let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
    static let texts: [String] = library.articles.flatMap { a in
        [a.question] + ArticleTexts.all(a).map(\.text)
    }

    /// `Patterns.hasWord` gives what `range(of: "\\b" + escaped word, options: .regularExpression)` gives.
    @Test func wordsFoundOnBytesAsByTheExpression() {
        let engine = RelevanceTests.engine
        var texts = FollowUpAnswerTests.cases.map { TextAnalyzer.fold(QuestionUnderstander.fromQuestionWord($0.query)).lowercased() }
        texts += FollowUpAnswerTests.cases.map { TextAnalyzer.fold($0.query).lowercased() }
        texts += ["", "d", "vitamin d for", "t score", "t-score", "x_d", "_d", "2d", "é d", "éd", "e\u{301}d", "d\u{301}", "dd d",
                  "β-blocker", "µg dose", "ca++ and d", "the d-dimer", "\u{200D}d", "a\u{00AD}d"]
        var terms = Set(texts.flatMap { engine.index.analyse($0) })
        terms.formUnion(["d", "dd", "_d", "2d", "d-dimer", "µg", "β", "§12", "t-score", "a+b", "(x)", "e\u{301}", ""])
        #expect(terms.count > 300)
        for text in texts {
            for term in terms {
                let expected = text.range(of: "\\b" + NSRegularExpression.escapedPattern(for: term), options: .regularExpression) != nil
                #expect(Patterns.hasWord(startingWith: term, in: text) == expected, "\(term.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    /// `Patterns.matches` gives what `range(of:options: .regularExpression)` gives, with and without case.
    @Test func compiledOnceMatchesAsRangeOf() {
        let patterns = [#"\badults?\b"#, #"\b(child\w*|infants?|bab(y|ies)|newborns?|toddlers?|kids?|pediatric)\b"#,
                        #"\b(not cover|doesn'?t (say|cover)|does not (say|cover)|label say|left out)\b"#, "(unclosed", "ß", "K"]
        let texts = ["Adults over 50", "for ADULTS", "children and adults", "does the label say", "DOESN'T COVER it", "", "strasse", "STRASSE",
                     "ſtraße", "kelvin K", "Kelvin"] + Self.texts.prefix(200)
        for pattern in patterns {
            for text in texts {
                for caseless in [false, true] {
                    let options: String.CompareOptions = caseless ? [.regularExpression, .caseInsensitive] : .regularExpression
                    #expect(Patterns.matches(pattern, in: text, caseInsensitive: caseless) == (text.range(of: pattern, options: options) != nil),
                            "\(pattern) in \(text.debugDescription) caseless \(caseless)")
                }
            }
        }
        #expect(Patterns.compiled("(unclosed") == nil)
        #expect(Patterns.compiled(#"\bx\b"#) === Patterns.compiled(#"\bx\b"#))
    }

    /// The answer test's patterns, compiled only when a question needs one, all compile, and each

    /// type still finds what it is for.
    @Test func everyAnswerPatternCompiles() throws {
        for (type, source) in AnswerTest.patternSources {
            #expect(Patterns.compiled(source, caseInsensitive: true) != nil, "\(type)")
        }
        for (asked, answer) in AnswerTest.qualifiers {
            #expect(Patterns.compiled(asked, caseInsensitive: true) != nil && Patterns.compiled(answer, caseInsensitive: true) != nil, "\(asked)")
        }
        #expect(AnswerTest.pattern(for: .information) == nil && AnswerTest.passes("anything", type: .information))
        #expect(AnswerTest.passes("Take 800 IU a day.", type: .dose) && !AnswerTest.passes("Take it with water.", type: .dose))
        #expect(AnswerTest.passes("Repeat the scan every 2 years.", type: .frequency))
        let most = try #require(AnswerTest.qualifier(in: "what is the most I can take"))
        #expect(AnswerTest.matches(most, "The upper limit is 4,000 IU.") && !AnswerTest.matches(most, "Take 600 IU."))
        #expect(AnswerTest.qualifier(in: "how much vitamin d") == nil)
    }
}
