import Testing
@testable import CurbsideCore

/// Questions that leave what they are about to the article being read, or ask how it is given.
@Suite struct UnnamedSubjectAnswerTests {
    /// "Pt is 70 - lower dose?", asked from the ketorolac article: the reader's age and "lower" name
    /// no topic, so the question is about ketorolac, and the dose for people 65 or older answers it.
    /// ("Lower" had been the focus every point had to hold, and "70" matched other articles' 70 mg.)
    @Test func anAgeAndALowerDoseAreAboutWhatIsRead() {
        let answer = RelevanceTests.engine.answer("pt is 70 - lower dose?", from: "ketorolac-safe-use", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("65 or older") == true, "\(answer.answer.map(\.text))")
        // "Was ferritin higher or lower" still asks which: the comparison is heard.
        let ferritin = RelevanceTests.engine.answer("revising haem - in the black vs white adults comparison, was ferritin higher or lower in the african american group",
                                                    from: "hematocrit-34-35-african-american-woman", audience: .clinical)
        #expect(ferritin.confident && ferritin.answer.first?.text.contains("higher ferritin") == true, "\(ferritin.answer.map(\.text))")
    }

    /// "Is dupixent a tablet or an injection" asks how it is given: a sentence on its eye problems led.
    @Test func aTabletOrAnInjectionIsAnsweredByHowItIsGiven() {
        #expect(AnswerTest.asksTheForm("is dupixent a tablet or an injection"))
        #expect(AnswerTest.asksTheForm("is there a tablet version of these cgrp drugs"))
        #expect(!AnswerTest.asksTheForm("is the tablet ok with food"))
        let answer = RelevanceTests.engine.answer("is dupixent a tablet or an injection", from: "atopic-dermatitis-adult-treatment", audience: .lay)
        #expect(answer.confident && answer.answer.first.map { AnswerTest.matches(AnswerTest.givesTheForm, $0.text) && $0.text.localizedCaseInsensitiveContains("dupilumab") } == true, "\(answer.answer.map(\.text))")
        // "Taken by mouth" answers it without the word "injection": the forms asked between are
        // answered, not left unheard (this was withheld in the browser).
        let pill = RelevanceTests.engine.answer("is alendronate a tablet or an injection", from: "low-femoral-neck-normal-spine-hip", audience: .lay)
        #expect(pill.confident && pill.answer.first?.text.contains("by mouth") == true, "\(pill.answer.map(\.text))")
    }

    /// A trial that found no effect answers whether something prevents it: "did not lower invasive cancer".
    @Test func aTrialThatFoundNoEffectAnswersWhetherItPrevents() {
        #expect(AnswerTest.passes("In the VITAL trial, 2,000 IU of vitamin D3 daily did not lower invasive cancer [3].", type: .prevention))
        let answer = RelevanceTests.engine.answer("customer buying 2000 IU D3 because she read it prevents cancer - any trial evidence for that?",
                                                  from: "vitamin-d-supplement-dose-adults", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("did not lower invasive cancer") == true, "\(answer.answer.map(\.text))")
    }
}
