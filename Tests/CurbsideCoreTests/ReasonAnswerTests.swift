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
}
