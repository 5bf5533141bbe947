import Foundation
import Testing
@testable import CurbsideCore

@Suite struct TextAnalysisTests {
    let a = TextAnalyzer()

    @Test func foldsCaseAndAccents() {
        #expect(a.terms("NAÏVE Café") == a.terms("naive cafe"))
        #expect(a.terms("Ménière") == a.terms("meniere"))
    }

    @Test func stemsWordForms() {
        #expect(a.terms("fractures") == a.terms("fracture"))
        #expect(a.terms("treated treating treats") == Array(repeating: a.terms("treat")[0], count: 3))
        #expect(a.terms("bisphosphonates") == a.terms("bisphosphonate"))
        #expect(a.terms("studies") == a.terms("study"))
        // A doubled consonant is undoubled, a doubled vowel is not: "peeing" is "pee", not "pe" (PE).
        #expect(a.terms("running") == a.terms("run"))
        #expect(a.terms("peeing") == a.terms("pee") && a.terms("peeing") != a.terms("PE"))
        // Nor is a three-letter base's: "adding" is "add", not "ad" (AD, atopic dermatitis).
        #expect(a.terms("adding") == a.terms("add") && a.terms("added") == a.terms("add") && a.terms("adding") != a.terms("AD"))
        // Fear is not a scar: "im scared of my skin thinning" had been read as asking about scarring.
        #expect(a.terms("scars") == a.terms("scar") && a.terms("scarring") == a.terms("scar"))
        #expect(a.terms("scared") != a.terms("scar") && a.terms("scary") != a.terms("scar"))
    }

    @Test func dropsStopWords() {
        #expect(a.terms("what is the dose of it") == ["dose"])
    }

    @Test func keepsNumbersAndSignedNumbers() {
        #expect(a.terms("T-score −2.5").contains("-2.5"))
        #expect(a.terms("T-score -2.50").contains("-2.5"))
        #expect(a.terms("1.2 m/s").contains("1.2"))
        #expect(a.terms("35%").contains("35"))
        #expect(a.terms("range 34-35") .contains("34"))
    }

    @Test func hyphenatedAndSlashedFormsMatchBothWays() {
        let hyphen = Set(a.terms("T-score"))
        #expect(hyphen.isSuperset(of: a.terms("tscore")))
        #expect(hyphen.isSuperset(of: a.terms("score")))
        #expect(Set(a.terms("t score")).isSuperset(of: a.terms("tscore"))) // typed with a space
        #expect(Set(a.terms("m/s")).contains("ms"))
        #expect(!Set(a.terms("i need")).contains("ineed")) // "i" and "a" are words, not halves
        // Nor is the "s" or "t" after an apostrophe: "it's the same stuff" has no term "sthe".
        #expect(!a.terms("it's the same stuff").contains("sthe"))
        #expect(a.terms("dad\u{2019}s meant to").filter { $0.hasPrefix("sm") }.isEmpty)
        #expect(!a.terms("i don't know").contains { $0.hasPrefix("tkn") })
        // The verb meets the library's noun: "how much bone did they lose" is bone loss.
        #expect(a.terms("lose lost losing") == a.terms("loss loss loss"))
        #expect(a.terms("swelling up") == a.terms("swollen up"))
        // A letter in brackets right after a word joins it: "Lp(a)" is lipoprotein(a), not "LP".
        #expect(a.terms("my lp(a) came back high").contains("lpa"))
        #expect(a.terms("lipoprotein(a) of 50 mg/dL").starts(with: ["lipoprotein", "lipoproteina"]))
        #expect(!a.terms("the dose (a) and (b)").contains("dosea"))
    }

    @Test func lettersAndDigitsSplit() {
        #expect(Set(a.terms("CKD3")).isSuperset(of: ["ckd", "3"]))
        #expect(Set(a.terms("24h holter")).contains("24"))
        // A decimal stays one number: "38.2" is not "38", "." and "2" (a reader's 38.2 °C is not "age 2").
        #expect(a.terms("a temp of 38.2") == ["temp", "38.2"])
        #expect(Set(a.terms("2.5mg")).isSuperset(of: ["2.5", "mg"]))
        #expect(!a.terms("2.5mg twice").contains("."))
    }

    @Test func britishAndAmericanSpellingsMeet() {
        #expect(a.terms("anaemia") == a.terms("anemia"))
        #expect(a.terms("haematocrit") == a.terms("hematocrit"))
        #expect(a.terms("oedema") == a.terms("edema"))
        #expect(a.terms("paediatric") == a.terms("pediatric"))
        #expect(a.terms("tumour") == a.terms("tumor"))
    }
}

@Suite struct SearchIndexTests {
    static let glossary = [
        GlossaryEntry(term: "DEXA", synonyms: ["DXA", "dual-energy X-ray absorptiometry", "bone density scan"], definition: "A bone scan."),
        GlossaryEntry(term: "VT", synonyms: ["VTach", "ventricular tachycardia"], definition: "A fast heart rhythm."),
        GlossaryEntry(term: "Hct", synonyms: ["haematocrit", "hematocrit"], definition: "Share of blood that is red cells."),
    ]

    static func article(_ id: String, _ question: String, _ body: String, related: [String] = []) -> Article {
        Article(id: id, question: question, specialty: "S", status: .underReview, lastUpdated: "2026-01-01",
                summary: Summary(lay: body, clinical: body), sections: Sections(guidelines: GuidelineSection(paragraphs: [body])),
                references: [], related: related)
    }

    static let articles = [
        article("dexa", "What does my DXA result mean?", "The scan measures bone mineral density at the hip and spine."),
        article("vt", "What is ventricular tachycardia on a monitor?", "Runs of ventricular tachycardia can be brief and need an echocardiogram."),
        article("hct", "Why is my hematocrit low?", "A low hematocrit can come from iron deficiency or kidney disease.", related: ["iron"]),
        article("iron", "How do I take iron tablets?", "Iron tablets are taken once a day or on alternate days to correct low iron in the blood."),
        article("kidney", "What does kidney disease do to the blood?", "Kidney disease lowers red cell production and can cause low iron levels in the blood."),
    ]

    let index = SearchIndex(articles: SearchIndexTests.articles, glossary: SearchIndexTests.glossary)

    @Test func abbreviationsAndSynonymsFindEachOther() {
        #expect(index.search("DEXA").first?.articleID == "dexa")
        #expect(index.search("bone density scan").first?.articleID == "dexa")
        #expect(index.search("VTach").first?.articleID == "vt")
        #expect(index.search("VT").first?.articleID == "vt")
        #expect(index.search("Hct").first?.articleID == "hct")
        #expect(index.search("haematocrit").first?.articleID == "hct")
    }

    @Test func oneTypoInALongerWordIsForgiven() {
        #expect(index.search("ventriclar tachycardia").first?.articleID == "vt")
        #expect(index.search("hematokrit").first?.articleID == "hct")
        #expect(index.understand("echocardiogarm").terms.contains(TextAnalyzer().terms("echocardiogram")[0]))
        // Short words are not "corrected" into other words.
        #expect(index.understand("meal").unknown == ["meal"])
    }

    /// A hyphenated or slashed form the library lacks joined is not unknown: its parts speak for it.
    @Test func anUnknownJoinOfTypedPartsIsNotUnknown() {
        let query = index.understand("mild-moderate foo/bar tachycardia")
        #expect(!query.unknown.contains { $0.hasPrefix("mildmoder") || $0 == "foobar" }, "\(query.unknown)")
        #expect(query.unknown.contains("foo") && query.unknown.contains("bar"))
        // Nor is a lone letter joined to the next word ("t score" for T-score) the library lacks.
        #expect(!index.understand("more tachycardia d than echocardiogram").unknown.contains("dthan"))
        #expect(index.understand("more tachycardia dthan echocardiogram").unknown.contains("dthan"))
    }

    @Test func contextRaisesTheCurrentArticleAndItsRelatedQuestions() {
        let library = Library(articles: Self.articles)
        let engine = FollowUpEngine(library: library, index: index)
        // Without context the kidney article edges ahead for this question...
        let question = "kidney disease and low iron in the blood"
        let plain = engine.search(question)
        #expect(plain.first?.id == "kidney", "\(plain)")
        // ...asked while reading about hematocrit, that article and its related iron article move above it.
        let withContext = engine.search(question, from: "hct").map(\.id)
        #expect(withContext.first == "hct", "\(withContext)")
        let ironPlain = plain.first { $0.id == "iron" }!.score, kidneyPlain = plain.first { $0.id == "kidney" }!.score
        let ironAbove = withContext.firstIndex(of: "iron")! < withContext.firstIndex(of: "kidney")!
        #expect(ironAbove == (ironPlain * FollowUpEngine.relatedArticleBoost > kidneyPlain))
        let before = plain.first { $0.id == "iron" }!.score
        let after = engine.search(question, from: "hct").first { $0.id == "iron" }!.score
        #expect(abs(after / before - FollowUpEngine.relatedArticleBoost) < 0.01)
        // Context never drowns a clearly better answer.
        #expect(engine.search("ventricular tachycardia", from: "hct").first?.id == "vt")
    }

    @Test func composedAnswerKeepsCitationsAndNamesItsArticle() throws {
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        let engine = FollowUpEngine(library: library)
        let answer = engine.answer("how long do kids need to take amoxicillin for strep", from: "strep-throat-antibiotics", audience: .clinical)
        #expect(answer.confident)
        #expect((1...3).contains(answer.answer.count))
        // The lead states the fact asked: the duration.
        #expect(answer.answer.first?.text.contains("10 days") == true)
        #expect(answer.answer.allSatisfy { library.article($0.articleId) != nil && !$0.section.isEmpty })
        #expect(answer.answer.contains { !$0.citations.isEmpty && $0.text.contains("[\($0.citations[0])") })
        // Lay readers get lay summary sentences, never the clinical summary.
        let lay = engine.answer("how long do kids need to take amoxicillin for strep", from: "strep-throat-antibiotics", audience: .lay)
        #expect(!lay.answer.contains { $0.section == ArticleTexts.Part.summaryClinical.rawValue })
    }

    @Test func outOfLibraryQuestionsAreNotConfident() {
        let engine = FollowUpEngine(library: JSONFileRepository(directory: BundledLibraryTests.data).load())
        #expect(!engine.answer("how do I renew my passport").confident)
        #expect(!engine.answer("best treatment for a broken phone screen").confident)
        #expect(engine.answer("how do I renew my passport").answer.isEmpty)
    }

    /// A large query is scored on several cores, each over its own range of documents: the
    /// ranking must be exactly the one-core ranking, ties and context boosts included.
    @Test func scoringSplitAcrossCoresRanksExactlyAsOneCore() throws {
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        let index = SearchIndex(articles: library.articles, glossary: library.glossary)
        let queries = ["osteopenia", "what is the treatment", "DXA T-score -2.5", "the and of", "vitamin d dose adults", "risk", "heart failure ACE inhibitor potassium"]
        let boost = ["osteopenia-management": 1.5, "statin-primary-prevention": 1.35]
        for q in queries {
            let query = index.understand(q)
            for limit in [1, 3, 10, 50] {
                let one = index.search(query, limit: limit, boost: boost, parts: 1)
                for parts in [2, 3, 7] {
                    #expect(index.search(query, limit: limit, boost: boost, parts: parts) == one, "\(q) limit \(limit) parts \(parts)")
                }
            }
        }
    }

    /// A large library is indexed in parts at once and joined: the result must be the index a
    /// single pass builds (term numbers aside, which follow dictionary order even between two
    /// single passes): the same terms with the same postings and scores, lengths and ids.
    @Test func indexBuiltInPartsIsExactlyTheOneBuiltInOnePass() throws {
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        func contents(_ index: SearchIndex) -> [String: [String]] {
            index.termIDs.mapValues { id in index.withPostings(Int(id)) { $0.map { "\($0.doc):\($0.weight.bitPattern)" } } }
        }
        let single = SearchIndex(articles: library.articles, glossary: library.glossary, parts: 1)
        let expected = contents(single)
        for parts in [2, 3, 7, library.articles.count + 5] {
            let split = SearchIndex(articles: library.articles, glossary: library.glossary, parts: parts)
            #expect(split.articleIDs == single.articleIDs && split.docIndex == single.docIndex)
            #expect(split.docLength == single.docLength && split.averageLength == single.averageLength)
            #expect(contents(split) == expected, "\(parts) parts")
            #expect(split.search("DXA T-score -2.5", limit: 5) == single.search("DXA T-score -2.5", limit: 5))
        }
    }
}

@Suite struct GlossTests {
    @Test func marksOncePerSectionAndSkipsExplainedTerms() {
        let glosser = Glosser(glossary: [GlossaryEntry(term: "DEXA", synonyms: ["DXA"], definition: "A bone scan.")])
        var marked = Set<Int>()
        #expect(glosser.marks(in: "A DEXA scan, then another DXA scan.", marked: &marked).count == 1)
        var fresh = Set<Int>()
        #expect(glosser.marks(in: "A DEXA (bone scan) result.", marked: &fresh).isEmpty)
        // Short all-capital names match case-sensitively: "dexa" in running text is left alone.
        var other = Set<Int>()
        #expect(glosser.marks(in: "dexamethasone", marked: &other).isEmpty)
    }
}
