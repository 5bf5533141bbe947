import Testing
@testable import CurbsideCore

/// "Rett syndrome prevalence in females?" asks how many people have it: a share of people answers
/// ("about 1 in 10,000 live female births"), not how well a trial went ("improved by 4.9 points"),
/// which led before because "prevalence" read as no type at all.
@Suite struct HowCommonAnswerTests {
    @Test func howCommonIsAskedAsAnOutlook() {
        for question in ["rett syndrome prevalence in females?", "how common is rett", "what's the incidence of compartment syndrome"] {
            #expect(QuestionUnderstander.understand(question).types.first == .outlook, "\(question)")
            #expect(AnswerTest.matches(AnswerTest.asksHowCommon, question), "\(question)")
        }
        #expect(!AnswerTest.matches(AnswerTest.asksHowCommon, "how long will the diarrhoea last"))
    }

    @Test func aShareOfPeopleAnswersIt() {
        #expect(AnswerTest.matches(AnswerTest.givesAShare, "It affects about 1 in 10,000 live female births [1]."))
        #expect(AnswerTest.matches(AnswerTest.givesAShare, "About 15% of people get it."))
        #expect(!AnswerTest.matches(AnswerTest.givesAShare, "The questionnaire improved by 4.9 points with trofinetide [5]."))
        let answer = RelevanceTests.engine.answer("rett syndrome prevalence in females?", from: "rett-syndrome", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("1 in 10,000") == true, "\(answer.answer.map(\.text))")
    }

    /// "How much higher was the risk" asks how large a risk is, not a dose; a risk "about 3 times"
    /// another states it.
    @Test func howMuchHigherARiskIsAnOutlook() {
        #expect(QuestionUnderstander.understand("how much higher was the hip fracture risk in that cohort").types.first == .outlook)
        #expect(QuestionUnderstander.understand("how much higher can the dose go").types.first == .dose)
        leads("Study of Osteoporotic Fractures: how much higher was the hip fracture risk in women with osteoporosis at the hip only?", from: "low-femoral-neck-normal-spine-hip", .clinical, with: "about 3 times")
    }
}
