import Testing
@testable import CurbsideCore

/// "What is that test going to tell them" is answered by what a result points to ("a positive
/// D-dimer one month after stopping… point toward continuing"), which the diagnosis test did not
/// count as its kind of answer: the lead was "Most people take a blood thinner for about 3 months".
@Suite struct TestResultAnswerTests {
    @Test func whatAResultPointsToAnswersWhatATestWillShow() {
        #expect(AnswerTest.passes("A positive D-dimer one month after stopping points toward continuing [3].", type: .diagnosis))
        #expect(AnswerTest.passes("Fever usually predicted abnormal spinal fluid [2].", type: .diagnosis))
        #expect(!AnswerTest.passes("Most people take a blood thinner for about 3 months [1].", type: .diagnosis))
        let answer = RelevanceTests.engine.answer("they want to do a d-dimer blood test a month after i stop the eliquis, what is that going to tell them",
                                                  from: "dvt-anticoagulation-duration", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("positive D-dimer one month after stopping") == true, "\(answer.answer.map(\.text))")
    }

    /// "Does it clash with the pill" asks about the contraceptive pill, which no article speaks of:
    /// not answered (the migraine article's CGRP sentences were given as if they answered it).
    @Test func theContraceptivePillIsNotAnyPill() {
        let answer = RelevanceTests.engine.answer("does it clash with the pill", from: "migraine-prevention", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }
}
