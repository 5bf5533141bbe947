import CurbsidePatterns
import Foundation
import Testing
@testable import CurbsideCore

/// The cheaper forms `ask` uses give exactly what the forms they replace give: sentences split on
/// bytes, words found on bytes, patterns compiled once, concepts found once for both expansions.
@Suite struct AnswerCostTests {
    static let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
    static let texts: [String] = library.articles.flatMap { a in
        [a.question] + ArticleTexts.all(a).map(\.text)
    }

    /// `CharacterSet.whitespaces`, which the `Character` path trims with, holds exactly tab and
    /// space among ASCII characters: the byte path trims those.
    @Test func whitespacesInASCIIAreTabAndSpace() {
        for byte in 0..<128 {
            #expect(CharacterSet.whitespaces.contains(Unicode.Scalar(UInt8(byte))) == (byte == 0x09 || byte == 0x20), "\(byte)")
        }
    }

    @Test func sentencesSplitOnBytesAsByCharacter() {
        var ascii = 0
        let crafted = [
            "", " ", ".", "a.", "One. Two. three. 4 more? Yes! ok", "Dose is 5 mg. [1] Then", "Dose is 5 mg. [1] then",
            "It works. [1, 2] And so. [3]", "Far. [1 2 3 4 5 6 7 8 9 10 11 12 13] Next.", "Open. [never closed. Next",
            "Tabs.\tNext. \tNext.  Two spaces.", "Ends with space. ", "A.B. C. 1. 2.", "Why? [2]", "Why?[2] No",
            "Line one.\nLine two. Three.", "Mid.\u{0B}Vertical tab. Form\u{0C}feed. X", "x. _y. Z", "CR line.\r\nNext. A",
            "Dose 5–10 mg. Next. ≥ 3. Then", "Café. Über. Next", "e\u{301}. A. B", "Mark .\u{301} Next. A",
        ]
        var rng = SeededRandom(seed: 15)
        let pieces = [".", "!", "?", " ", "  ", "\t", "[", "]", "[1]", " [2]", "1", "A", "Z", "a", "word", "\n", "_", ",", "9"]
        var random: [String] = []
        for _ in 0..<3_000 {
            random.append((0..<Int.random(in: 0...24, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        // And by `Character` on texts that are not ASCII: combining marks, a carriage return and
        // line feed, no-break and other spaces, non-ASCII capitals and digits, a zero-width joiner.
        let unicodePieces = pieces + ["\u{301}", "\r\n", "\u{A0}", "\u{2009}", "\u{200B}", "\u{3000}", "É", "é", "Ω", "①", "٣", "Ⅷ",
                                      "–", "≥", "µ", "\u{200D}", "👍🏽", ".\u{301}", " \u{301}", "[\u{301}", "]\u{301}", "\u{FEFF}"]
        for _ in 0..<3_000 {
            random.append((0..<Int.random(in: 0...24, using: &rng)).map { _ in unicodePieces.randomElement(using: &rng)! }.joined())
        }
        for text in Self.texts + crafted + random {
            #expect(Sentences.splitUnicode(text) == Sentences.splitByCharacter(text), "\(text.debugDescription)")
            let bytes = Sentences.splitASCII(text)
            #expect(bytes == nil || bytes == Sentences.splitByCharacter(text), "\(text.debugDescription)")
            #expect(Sentences.split(text) == Sentences.splitByCharacter(text), "\(text.debugDescription)")
            // The byte path takes every ASCII text without a carriage return, and no other.
            #expect((bytes != nil) == text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }, "\(text.debugDescription)")
            if bytes != nil { ascii += 1 }
        }
        #expect(ascii > Self.texts.count / 2)
        #expect(Sentences.split("It is 5 mg. [1] Take it daily. then more! 2 tablets") == ["It is 5 mg. [1]", "Take it daily. then more!", "2 tablets"])
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

    /// The cheap checks before the answer test's fixed patterns never say no where the pattern says yes.
    @Test func prefilteredPatternsMatchAsThePatterns() {
        var texts = Self.texts.flatMap(Sentences.split) + Self.texts
        texts += ["It is", "Its dose", "It's", "It2 x", "Itá", "The label says", "THE LABEL", "They also", "In that case", "Inside",
                  "Instead", "Otherwise,", "Even so", "Evenly", "Doctors also", "Doctor", " It", "\u{FEFF}It", "", "I", "If so",
                  "Heparin does not cover", "DOESN'T SAY", "says nothing", "is ſilent", "not covered", "outside its label",
                  "not labelled for", "NoT ApProVeD FoR", "Outſide the scope", "n’t", "a randomised trial", "In ARISTOTLE, 18,201 patients",
                  "4,778 infants aged", "FOLLOWED-UP FOR", "Meta-analyses show", "RELATIVE RISK", "placebo", "the ﬁrst trial",
                  "On its own, it rarely", "For them, the second", "For themselves", "Form", "For", "If the person could, they need", "In a long study, it cut", "Ｏn its own, it", "Oñ its own, it",
                  "On \u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}\u{1F600}, it"]
        var rng = SeededRandom(seed: 7)
        let words = ["It", "it", "On its own,", "The", "label", "does", "not", "doesn't", "say", "cover", "trial", "12", "patients", "women", "ſ", "K", "é",
                     " ", ",", ".", "In", "that", "case", "outside", "its", "scope", "silent", "is", "follow", "up", "for", "RANDOMIZED"]
        for _ in 0..<4_000 { texts.append((0..<Int.random(in: 1...8, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: [" ", "", "-"].randomElement(using: &rng)!)) }
        var dependent = 0, caveat = 0, study = 0
        for text in texts {
            let isDependent = AnswerTest.matches(AnswerTest.dependent, text) || AnswerTest.matches(AnswerTest.pronounAfterOpening, text), isCaveat = AnswerTest.matches(AnswerTest.caveat, text)
            let ns = text as NSString
            let isStudy = AnswerTest.studyReport.firstMatch(in: text, range: NSRange(location: 0, length: min(ns.length, 70))) != nil
            #expect(AnswerTest.isDependent(text) == isDependent, "\(text.debugDescription)")
            #expect(AnswerTest.isCaveat(text) == isCaveat, "\(text.debugDescription)")
            #expect(AnswerTest.opensAsStudyReport(text) == isStudy, "\(text.debugDescription)")
            #expect(AnswerTest.cannotStandAlone(text) == (isDependent || isCaveat))
            dependent += isDependent ? 1 : 0; caveat += isCaveat ? 1 : 0; study += isStudy ? 1 : 0
        }
        #expect(dependent > 50 && caveat > 50 && study > 50)
        // Every check applies to today's patterns (written as they were derived from).
        #expect(AnswerTest.checksApply == (true, true))
        #expect(AnswerTest.typeWords.count == AnswerTest.typeWordsDerived.count && AnswerTest.typeWords.count == 2)
        // Each type's test, with its cheap check first where it has one, is its pattern's answer.
        texts += ["What is it?", "It IS A bone disease", "they are Rare", "This means", "is defined as", "also known as", "isa", "arent"]
        for type in QuestionType.allCases {
            guard let source = AnswerTest.patternSources[type] else { continue }
            let regex = try! NSRegularExpression(pattern: source, options: [.caseInsensitive])
            var passed = 0
            for text in texts {
                let expected = regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
                #expect(AnswerTest.passes(text, type: type) == expected, "\(type) \(text.debugDescription)")
                passed += expected ? 1 : 0
            }
            #expect(passed > 20, "\(type)")
        }
        // The words each prefilter looks for are in every match of its pattern.
        #expect(!Patterns.mayHold(anyOf: ["not"], in: "Take it daily") && Patterns.mayHold(anyOf: ["not"], in: "NOTE") && !Patterns.mayHold(anyOf: ["not"], in: "é") && Patterns.mayHold(anyOf: ["not"], in: "é NOT") && Patterns.mayHold(anyOf: ["sit"], in: "ſit"))
        #expect(Patterns.mayHold(anyOf: ["xyz", "ily"], in: "Take it daILY") && !Patterns.mayHold(anyOf: ["daily!"], in: "daily") && !Patterns.mayHold(anyOf: [""], in: "x"))
        #expect(Patterns.mayHold(anyOf: ["aab"], in: "aaab") && !Patterns.mayHold(anyOf: ["aab"], in: "aaa") && !Patterns.mayHold(anyOf: ["a"], in: ""))
    }

    /// `Patterns.matches` gives what ICU (`range(of:options: .regularExpression)`) gives, with and
    /// without case, but for ICU's full case folding ("ß" is "ss"), which `TextPattern` does not do.
    @Test func compiledOnceMatchesAsRangeOf() {
        let patterns = [#"\badults?\b"#, #"\b(child\w*|infants?|bab(y|ies)|newborns?|toddlers?|kids?|pediatric)\b"#,
                        #"\b(not cover|doesn'?t (say|cover)|does not (say|cover)|label say|left out)\b"#, "(unclosed", "ſ", "K"]
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
        #expect(!Patterns.matches("ß", in: "strasse", caseInsensitive: true) && Patterns.matches("ß", in: "STRAẞE", caseInsensitive: true))
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

    /// Finding the glossary's phrases once gives both expansions exactly, for a built and a saved table.
    @Test func conceptsFoundOnceExpandBothWays() throws {
        let built = SearchIndex(articles: Self.library.articles, glossary: Self.library.glossary)
        let bytes = built.encoded(fingerprint: "f", library: Self.library)
        let saved = try #require(SearchIndex.load(bytes: bytes, fingerprint: "f", glossary: []))
        var withConcepts = 0
        for index in [built, saved] {
            for text in Self.texts.flatMap(Sentences.split) + ["DEXA scan for osteoporosis on warfarin", "", "nothing known here"] {
                let terms = index.analyzer.terms(text)
                let both = index.concepts.expandedBothWays(terms)
                // The expansion as the groups give it.
                func byGroups(broader: Bool) -> [String] {
                    index.concepts.groups(terms).flatMap { g in
                        g.words + (g.concept.map { [$0] + (broader ? index.concepts.ancestors(of: $0) ?? [] : []) } ?? [])
                    }
                }
                #expect(both.all == byGroups(broader: true) && both.named == byGroups(broader: false), "\(text)")
                #expect(both.all == index.concepts.expand(terms) && both.named == index.concepts.expand(terms, broader: false), "\(text)")
                #expect(index.analyseWithNamed(text) == both && index.analyse(text) == both.all)
                if both.all.contains(where: ConceptTable.isConcept) { withConcepts += 1 }
            }
        }
        #expect(withConcepts > 500)
    }

    /// Respelling and stemming on bytes gives what the `String` rules give, for every word of the
    /// bundled library and many made up.
    @Test func respellAndStemOnBytesAsOnStrings() {
        var words: Set<String> = ["oedema", "anaemia", "paediatric", "paed", "tumour", "colour", "centre", "litre", "organised",
            "organising", "organisation", "hospitalisation", "caresses", "ponies", "ties", "cats", "caress", "us", "this", "agreed",
            "feed", "plastered", "bled", "motoring", "sing", "conflated", "troubled", "sized", "hopping", "tanned", "falling",
            "hissing", "fizzed", "happy", "sky", "relational", "digitization", "hopefulness", "effectiveness", "clinically",
            "vaccination", "kindness", "treatment", "normally", "quickly", "rate", "aeae", "oeae", "ise", "isis", "", "a", "abcd", "teeth", "men", "women", "children", "feet", "criteria"]
        for text in Self.texts { for w in TextAnalyzer.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { words.insert(String(w)) } }
        var rng = SeededRandom(seed: 1515)
        let letters = Array("aeiouysltrnzdgbpc").map(String.init) + ["ing", "ed", "es", "ies", "our", "tre", "ise", "ae", "oe", "ation", "ly", "1", "Q", "-"]
        for _ in 0..<20_000 { words.insert((0..<Int.random(in: 1...7, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined()) }
        #expect(words.count > 15_000)
        for w in words where w.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(RespellAndStem.term(Array(w.utf8)[...]) == Stemmer.stem(Spelling.americanize(w)), "\(w)")
        }
        #expect(RespellAndStem.term(Array("anaemié".utf8)[...]) == nil)
        #expect(TextAnalyzer().terms("Organised anaemia and oedema") == ["organiz", "anemia", "edema"])
        // Every form of a word in "-ise" is one term: "raises" is "raised" and "raising".
        #expect(Set(TextAnalyzer().terms("raises raised raising")).count == 1)
        #expect(Set(TextAnalyzer().terms("advises advised")).count == 1)
    }

    /// A covers item's numbers are looked for outside its markers only when it has any; the
    /// points of an answer carry their citations (worked out for the points picked only).
    @Test func numbersAndCitationsAsBefore() {
        for text in Self.texts + ["Adult titration and maximum dose.", "Dose [1].", "Dose 5 mg [1].", "[1, 2]", "½ tablet", "Ⅷ", "٣ doses", "",
                     "[1] and [2-3].", "Covers [1, 2] only", "x [sic] 4", "[4", "4]", "[a [1] b]", "Dose\r\n[2] 5", "Adult [1]\r\n", "[0] dose", "[1]2"] {
            #expect(CitationMarkers.holdsNumberOutsideMarkers(text) == CitationMarkers.stripped(text).contains(where: \.isNumber), "\(text)")
        }
        #expect(environmentHas("PATH") == (ProcessInfo.processInfo.environment["PATH"] != nil))
        #expect(!environmentHas("CURBSIDE_NO_SUCH_VARIABLE_15"))
        var cited = 0
        for c in FollowUpAnswerTests.cases.prefix(60) {
            let answer = RelevanceTests.engine.answer(c.query, from: c.from, audience: .lay)
            for item in answer.answer {
                #expect(item.citations == CitationMarkers.numbers(in: item.text), "\(item.text)")
                cited += item.citations.isEmpty ? 0 : 1
            }
        }
        #expect(cited > 20)
    }

    /// A text analysed again is given what analysing it gives; the memo keeps at most its limit.
    @Test func analysedTextsKeptAreWhatAnalysisGives() {
        let index = SearchIndex(articles: Self.library.articles, glossary: Self.library.glossary)
        let texts = Array(Self.texts.flatMap(Sentences.split).prefix(300)) + Self.texts.prefix(50)
        for _ in 0..<2 {
            for text in texts {
                let fresh = index.concepts.expandedBothWays(index.analyzer.terms(text))
                #expect(index.analyseWithNamed(text) == fresh && index.analyse(text) == fresh.all, "\(text)")
            }
        }
        #expect(index.analysisMemo.count == Set(texts).count)
        let memo = AnalysisMemo()
        for i in 0..<(AnalysisMemo.limit + 10) { _ = memo.analysis(of: "\(i)") { ([], []) } }
        #expect(memo.count == 10)
        #expect(memo.analysis(of: "x") { (["a"], ["b"]) } == (["a"], ["b"]) && memo.analysis(of: "x") { ([], []) } == (["a"], ["b"]))
    }

    /// The accented letters' folding, written out, is what Foundation gives.
    @Test func foldTableWrittenOutIsFoundations() {
        #expect(FoldTable.accented == FoldTable.foldedByFoundation())
        #expect(FoldTable.accented.count > 300 && FoldTable.map[0xE9] == "e" && FoldTable.map[0x2013] == "-" && FoldTable.map[0xDF] == "ss")
        #expect(TextAnalyzer.fold("Café – crème") == "cafe - creme")
    }
}
