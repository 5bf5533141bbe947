import Testing
@testable import CurbsideCore

/// "How long will I be on it" is answered by a length of treatment, not by a sentence that says
/// when treatment is withheld ("not on its own a reason to withhold anticoagulation").
@Suite struct DurationAnswerTests {
    @Test func withholdingIsNotALength() {
        #expect(!AnswerTest.passes("A high bleeding score is a prompt to fix modifiable bleeding risks, not on its own a reason to withhold anticoagulation [1].", type: .duration))
        #expect(AnswerTest.passes("Metformin is withheld for 48 hours after the scan [2].", type: .duration))
        #expect(AnswerTest.passes("It should be withheld until kidney function is rechecked [2].", type: .duration))
        // The atrial fibrillation article does not say how long a blood thinner is taken.
        let answer = RelevanceTests.engine.answer("how long will i be on it", from: "atrial-fibrillation-anticoagulation", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }

    /// "For them, the second dose can come…" leans on the sentence that says who "they" are.
    @Test func forThemLeansOnTheSentenceBefore() {
        #expect(AnswerTest.cannotStandAlone("For them, the second dose can come 1 to 2 months after the first [1]."))
        #expect(!AnswerTest.cannotStandAlone("For adults 50 and older, two doses are advised [1]."))
    }
}
