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
}
