import Testing
@testable import CurbsideCore

/// A question that points at the article being read ("now i have this", "people with it") is
/// answered by that article's own summary for readers: every sentence of it is about the
/// article's subject, whether or not it names it ("Salt should stay under 2 g a day" in the CKD
/// summary is for people with CKD). Before, such sentences had to name the subject, and all
/// three questions below were withheld.
@Suite struct StandingSummaryTests {
    @Test(arguments: [
        ("how much salt am i allowed a day now i have this", "ckd-stage-3-what-it-means", "under 2 g"),
        ("our girl was just diagnosed, how long do people with it usually live", "rett-syndrome", "50s"),
        ("i now have a temp and pain in my side, will it still work if its gone to my kidneys", "uncomplicated-uti-women", "kidney infection"),
    ])
    func theSummaryAnswersForItsSubject(question: String, article: String, fact: String) {
        let answer = RelevanceTests.engine.answer(question, from: article, audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains(fact) == true, "\(answer.answer.map(\.text))")
    }

    /// "One of these" names nothing: "In one study…" of the summary does not answer whether one may drive.
    @Test func oneNamesNothing() {
        #expect(GeneralWords.contains("one"))
        let answer = RelevanceTests.engine.answer("is it ok to drive after taking one of these", from: "ketorolac-safe-use", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }
}
