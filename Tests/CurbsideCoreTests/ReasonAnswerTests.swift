import Testing
@testable import CurbsideCore

/// "Why does he have to finish all 10 days…" asks a reason: the answer says what the 10 days are
/// for, not that the course is 10 days (which the reader just said). Before, the course length led.
@Suite struct ReasonAnswerTests {
    @Test func aWhyQuestionIsAnsweredByAReason() {
        #expect(AnswerTest.matches(AnswerTest.asksWhy, "why does he have to finish all 10 days of the amoxicillin"))
        #expect(AnswerTest.matches(AnswerTest.asksWhy, "hes not even diabetic, why would he need a diabetes pill"))
        #expect(!AnswerTest.matches(AnswerTest.asksWhy, "what causes a sore throat"))
        #expect(AnswerTest.matches(AnswerTest.givesAReason, "Taking the full 10 days helps prevent rheumatic fever [3]."))
        #expect(!AnswerTest.matches(AnswerTest.givesAReason, "If strep is confirmed, the usual treatment is penicillin or amoxicillin for 10 days [1]."))
        let engine = RelevanceTests.engine
        let strep = engine.answer("why does he have to finish all 10 days of the amoxicillin when his throat is fine by day 3", from: "strep-throat-antibiotics", audience: .lay)
        #expect(strep.confident && strep.answer.first?.text.contains("rheumatic fever") == true, "\(strep.answer.map(\.text))")
        let heart = engine.answer("theyve added dapagliflozin for his heart but hes not even diabetic, why would he need a diabetes pill", from: "heart-failure-reduced-ef-medications", audience: .lay)
        #expect(heart.confident && heart.answer.first?.text.contains("with or without diabetes") == true, "\(heart.answer.map(\.text))")
    }

    /// "Why won't they give antibiotics without swabbing her": "without" is how the reader asks, the
    /// swab is what (it had been a rare word no sentence held, and the answer was withheld).
    @Test func whatTheReaderWouldSkipIsNamedByTheWordsAfterWithout() {
        let strep = RelevanceTests.engine.answer("her tonsils have white spots so surely its strep, why wont they give her antibiotics without swabbing her?",
                                                 from: "strep-throat-antibiotics", audience: .lay)
        #expect(strep.confident && strep.answer.prefix(2).contains { $0.text.contains("Symptoms alone cannot tell strep") }, "\(strep.answer.map(\.text))")
    }

    /// "Why test me for coeliac": a sentence that names the mechanism it is checked for
    /// ("malabsorption as common mechanisms of iron deficiency") gives the reason; "hovering" is
    /// how the reader puts a value, not a topic.
    @Test func aMechanismIsAReason() {
        #expect(AnswerTest.matches(AnswerTest.givesAReason, "malabsorption as common mechanisms of iron deficiency"))
        leads("why is my doctor testing me for coeliac when my hct has just been hovering around 34?", from: "hematocrit-34-35-african-american-woman", .lay, with: "screening for coeliac disease")
    }

    /// Who is looking after her ("ortho and neuro", however spelt) tells the story: not what the
    /// answer must be about.
    @Test func theTeamsWhoCareAreNotTheTopic() {
        leads("her ortho and neuro teams never talk to each other about her rett, is there anything to coordinate her care?", from: "rett-syndrome", .lay, with: "checklist")
    }
}
