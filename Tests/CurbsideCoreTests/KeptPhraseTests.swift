import Testing
@testable import CurbsideCore

/// How the question is worded picks among units that all pass the answer test: words asked side
/// by side ("valve area", "severe MS") are best answered by a unit that keeps them side by side, in
/// either order, with a word or two between; a question about a study, by the study's report; an
/// aim asked, by the goal.
@Suite struct KeptPhraseTests {
    @Test func termsStandCloseWithinTheWindowInEitherOrder() {
        let terms = ["sever", "ms", "requir", "valv", "area"]
        #expect(AnswerComposer.standClose("valv", "area", in: terms, within: 2))
        #expect(AnswerComposer.standClose("area", "valv", in: terms, within: 2))
        #expect(AnswerComposer.standClose("sever", "requir", in: terms, within: 2))
        #expect(!AnswerComposer.standClose("sever", "area", in: terms, within: 2))
        #expect(!AnswerComposer.standClose("sever", "sever", in: terms, within: 2))
        #expect(!AnswerComposer.standClose("sever", "absent", in: terms, within: 2))
    }

    /// "What valve area defines severe MS": the guideline's staging ("severe MS has an MVA of 1.5 cm²
    /// or less") leads; a sentence on the peak gradient had, naming "MS" and "valve area" apart.
    @Test func theUnitThatKeepsTheAskedWordsTogetherLeads() {
        let answer = RelevanceTests.engine.answer("what valve area defines severe MS?", from: "mitral-valve-echo-normal-findings", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("severe MS has an MVA of 1.5 cm² or less") == true, "\(answer.answer.map(\.text))")
    }

    /// "The US randomised trial of vitamin D in exclusively breastfed babies, which daily doses did
    /// they randomise the infants to?": what a study found is asked, so the trial's report leads
    /// (the advice of 400 IU a day had), where otherwise a study's report gives way to advice.
    @Test func aQuestionAboutAStudyIsLedByTheStudysReport() {
        let answer = RelevanceTests.engine.answer("paeds placement question - the US randomised trial of vitamin D in exclusively breastfed babies, which daily doses did they randomise the infants to?",
                                                  from: "infant-vitamin-d-iron", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("200, 400, 600 or 800 IU/day") == true, "\(answer.answer.map(\.text))")
    }

    /// "My top number sits around 135, what am I actually supposed to be aiming for": the goal
    /// (below 130) leads, not the categories a reading of 135 falls in.
    @Test func anAimAskedIsAnsweredByTheGoal() {
        let answer = RelevanceTests.engine.answer("on 2 bp tablets now and my top number sits around 135, what am i actually supposed to be aiming for",
                                                  from: "hypertension-first-line-treatment", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("goal for the top number is below 130") == true, "\(answer.answer.map(\.text))")
    }

    /// A bullet under a study's heading is about the study although it does not name it ("A mixture
    /// of seven other vitamins showed no significant protective effect" under "The MRC Vitamin
    /// Study"); each question below was answered by a sentence that only named the study.
    @Test func aBulletIsAboutItsGroupsHeading() {
        #expect(ArticleTexts.all(JSONFileRepository(directory: BundledLibraryTests.data).load().article("folic-acid-before-pregnancy")!).contains { $0.heading == "The MRC Vitamin Study" && $0.text.contains("seven other vitamins") })
        let other = RelevanceTests.engine.answer("in the MRC vitamin study did the other vitamins (not folic acid) do anything",
                                                 from: "folic-acid-before-pregnancy", audience: .clinical)
        #expect(other.confident && other.answer.prefix(3).contains { $0.text.contains("seven other vitamins") }, "\(other.answer.map(\.text))")
    }
}
