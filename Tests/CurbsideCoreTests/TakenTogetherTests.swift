import Testing
@testable import CurbsideCore

/// "He takes probenecid, can he have ketorolac?" asks whether the two go together: the label's
/// contraindication that names probenecid answers it, not a study of ketorolac's bleeding risk
/// (which had led, the question typed as nothing).
@Suite struct TakenTogetherTests {
    @Test func aMedicineTakenThenAnotherAskedForIsAnInteraction() {
        let answer = RelevanceTests.engine.answer("my husband takes probenecid, can he have ketorolac?", from: "ketorolac-safe-use", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("probenecid") == true, "\(answer.answer.map(\.text))")
    }
}
