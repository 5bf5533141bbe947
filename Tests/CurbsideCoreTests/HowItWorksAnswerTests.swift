import Testing
@testable import CurbsideCore

/// "How does finasteride actually work, what is it blocking" asks what the medicine does in the body.
/// Any sentence that says what something is passed as its answer, so a sentence on acne led.
@Suite struct HowItWorksAnswerTests {
    @Test func howItWorksIsAskedAndAnsweredByWhatItDoes() {
        #expect(AnswerTest.asksHowItWorks("how does finasteride actually work on the hair"))
        #expect(AnswerTest.asksHowItWorks("what is it blocking"))
        #expect(!AnswerTest.asksHowItWorks("how long does it take to work"))
        #expect(!AnswerTest.asksHowItWorks("how do they work out the dose"))
        #expect(AnswerTest.matches(AnswerTest.givesAMechanism, "Finasteride inhibits type 2 5-alpha-reductase [2]."))
        #expect(!AnswerTest.matches(AnswerTest.givesAMechanism, "Acne is not listed as a side effect on the US label for finasteride 1 mg [1]."))
        let engine = RelevanceTests.engine
        for audience in [Audience.lay, .clinical] {
            let answer = engine.answer("how does finasteride actually work on the hair, what is it blocking", from: "finasteride-acne-29-year-old-man", audience: audience)
            #expect(answer.confident && answer.answer.first.map { AnswerTest.matches(AnswerTest.givesAMechanism, $0.text) && $0.text.contains("DHT") } == true, "\(answer.answer.map(\.text))")
        }
    }

    /// "How likely is it to give him the runs or a rash" asks about side effects (how likely is how
    /// much of them), not about how the illness turns out.
    @Test func howLikelyASideEffectIsASideEffectQuestion() {
        #expect(QuestionUnderstander.understand("how likely is it to give him a rash").types.first == .sideEffects)
        #expect(QuestionUnderstander.understand("how likely is it to come back").types.first == .outlook)
    }
}
