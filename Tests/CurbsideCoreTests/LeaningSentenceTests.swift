import Testing
@testable import CurbsideCore

/// "On its own, it rarely makes blood sugar too low": a sentence whose pronoun, after a short
/// opening, stands for what the sentence before named is joined to that sentence, never shown alone.
@Suite struct LeaningSentenceTests {
    @Test func aPronounAfterAnOpeningPhraseLeansOnTheSentenceBefore() {
        #expect(AnswerTest.cannotStandAlone("On its own, it rarely makes blood sugar too low, and it does not add weight [1]."))
        #expect(AnswerTest.cannotStandAlone("Over ten years, it cut diabetes problems by 32% [2]."))
        // A clause with its own subject: the pronoun is that subject's.
        #expect(!AnswerTest.cannotStandAlone("If the person could get pregnant, they need pregnancy tests before they start [2]."))
        #expect(!AnswerTest.cannotStandAlone("When you stop it, bone loss can resume [1]."))
        #expect(!AnswerTest.cannotStandAlone("Metformin lowers blood sugar well and costs little [1]."))
    }

    /// A patient asking "does it make you lose weight" from the metformin article is answered first
    /// in the patient's own words, with the sentence that names metformin before it.
    @Test func theLaySentenceLeadsJoinedToItsSubject() {
        let answer = RelevanceTests.engine.answer("does it make you lose weight", from: "type-2-diabetes-first-line-metformin", audience: .lay)
        let lead = answer.answer.first?.text ?? ""
        #expect(answer.confident)
        #expect(lead.hasPrefix("Metformin") && lead.contains("does not add weight"), "\(answer.answer.map(\.text))")
    }

    /// "Some people have heart disease… For them, an SGLT2 inhibitor… is advised too": the first
    /// only says who the second is for, so it is never a point alone ("what if my kidneys get
    /// worse" led with it).
    @Test func aSentenceThatSetsUpTheNextIsNotAPointAlone() {
        #expect(AnswerTest.setsUp(for: "For them, an SGLT2 inhibitor or a GLP-1 drug with proven benefit is advised too [1]."))
        #expect(!AnswerTest.setsUp(for: "For these infections in adults it gives 500 mg every 12 hours [3]."))
        let answer = RelevanceTests.engine.answer("i have heart failure too, does that change anything", from: "type-2-diabetes-first-line-metformin", audience: .lay)
        #expect(answer.confident, "\(answer.answer.map(\.text))")
        #expect(!answer.answer.contains { $0.text.hasPrefix("Some people have") && !$0.text.contains("For them") }, "\(answer.answer.map(\.text))")
    }
}
