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

    /// "Some people have heart disease… For them, an SGLT2 inhibitor… is advised too": the first
    /// only says who the second is for, so it is never a point alone ("what if my kidneys get
    /// worse" led with it).
    @Test func aSentenceThatSetsUpTheNextIsNotAPointAlone() {
        #expect(AnswerTest.setsUp(for: "For them, an SGLT2 inhibitor or a GLP-1 drug with proven benefit is advised too [1]."))
        #expect(!AnswerTest.setsUp(for: "For these infections in adults it gives 500 mg every 12 hours [3]."))
        let answer = RelevanceTests.engine.answer("i have heart failure too, does that change anything", from: "type-2-diabetes-first-line-metformin", audience: .lay)
        #expect(answer.confident, "\(answer.answer.map(\.text))")
        #expect(!answer.answer.contains { $0.text.hasPrefix("Some people have") && !$0.text.contains("For them") }, "\(answer.answer.map(\.text))")
    }

    /// "It also suggests…" after a paragraph that opens with its guideline is named from that opening
    /// and stands alone (it was part of a chain of "it" sentences that could not be joined at all);
    /// a label's "It is taken twice daily" is the drug's, and is left as written.
    @Test func aGuidelinesItIsNamedFromTheParagraphsOpening() {
        let opening = "The Endocrine Society's 2024 guideline looked at whether extra vitamin D prevents disease [1]."
        #expect(SourceNaming.resolved("It also suggests against routine 25(OH)D blood testing [1].", paragraphOpening: opening)
                == "The Endocrine Society's 2024 guideline also suggests against routine 25(OH)D blood testing [1].")
        #expect(SourceNaming.resolved("For healthy adults younger than 75, it suggests against more [1].", paragraphOpening: opening)
                == "For healthy adults younger than 75, the Endocrine Society's 2024 guideline suggests against more [1].")
        #expect(SourceNaming.resolved("It is taken twice daily [4].", paragraphOpening: "The DAYBUE (trofinetide) label covers Rett syndrome [4].") == nil)
        #expect(SourceNaming.resolved("It also suggests more [1].", paragraphOpening: "Vitamin D helps bones [1].") == nil)
        let answer = RelevanceTests.engine.answer("pt with darker skin asking us to check her 25-OH D level, is that routinely recommended for her?",
                                                  from: "vitamin-d-supplement-dose-adults", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("darker skin") == true, "\(answer.answer.map(\.text))")
    }

    /// A fact only the clinical summary states is given to a lay reader in its clinical words rather
    /// than not at all ("wet wraps" for eczema was withheld: no lay sentence names them).
    @Test func aLayReaderGetsWhatOnlyTheClinicalSummarySays() {
        let answer = RelevanceTests.engine.answer("my husbands eczema flares every night and he scratches till it bleeds, is it worth trying those wet wrap things",
                                                  from: "atopic-dermatitis-adult-treatment", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("wet wraps") == true, "\(answer.answer.map(\.text))")
        // Where the lay summary says it, its own words still lead.
        let daily = RelevanceTests.engine.answer("how much of it should i take a day", from: "vitamin-d-supplement-dose-adults", audience: .lay)
        #expect(daily.answer.first?.text.hasPrefix("Most adults need 600 IU") == true, "\(daily.answer.map(\.text))")
    }

    /// "So her low major-break figure does not cancel it": a sentence that opens with "So" draws its
    /// conclusion from the one before, and is shown joined to it.
    @Test func aSentenceOpeningWithSoLeansOnTheOneBefore() {
        #expect(AnswerTest.cannotStandAlone("So her low major-break figure of 1.51% does not cancel it [1]."))
        #expect(AnswerTest.cannotStandAlone("Therefore the test should be repeated [2]."))
        #expect(!AnswerTest.cannotStandAlone("Some people need a second test [2]."))
        let answer = RelevanceTests.engine.answer("her hip number is 4.6% and the major one is 1.51%. doesnt she have to be over both limits to get tablets?",
                                                  from: "osteopenia-83-year-old-frax", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.hasPrefix("Meeting either") == true, "\(answer.answer.map(\.text))")
    }
}
