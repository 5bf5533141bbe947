import Testing
@testable import CurbsideCore

/// "He takes probenecid, can he have ketorolac?" asks whether the two go together: the label's
/// contraindication that names probenecid answers it, not a study of ketorolac's bleeding risk
/// (which had led, the question typed as nothing).
@Suite struct TakenTogetherTests {
    @Test func aMedicineTakenThenAnotherAskedForIsAnInteraction() {
        leads("my husband takes probenecid, can he have ketorolac?", from: "ketorolac-safe-use", .lay, with: "probenecid")
    }

    /// A sentence that cites only the label is the label speaking: it answers "is there anything on
    /// the label about fertility" (infertility is the pregnancy question's answer too), and "what
    /// does the label say about that" for a pregnant buyer.
    @Test func theLabelsOwnSentenceAnswersWhatTheLabelSays() {
        leads("my wife and i have started at a fertility clinic and they asked about my propecia. is there anything on its label about fertility?", from: "finasteride-acne-29-year-old-man", .lay, with: "male infertility")
        leads("pregnant lady wants to get ferrous sulfate OTC for herself - what does the label say about that?", from: "iron-deficiency-anemia-oral-iron", .clinical, with: "pregnancy")
    }

    /// A medicine told before "is that combination ok" is one of the two weighed: not the label
    /// the reader asks of (nearly every article names one), nor the same medicine by its brand.
    @Test func theMedicineToldBeforeTheComboIsWeighed() {
        leads("pt on zoloft 100 and the cardiologist added pimozide. is that combination ok per the label?", from: "depression-starting-ssri", .clinical, with: "pimozide")
        leads("my mum takes sertraline and her new psychiatrist wants her on pimozide too. is that combo safe?", from: "depression-starting-ssri", .lay, with: "pimozide")
    }

    /// "…has started St John's wort tablets. Can she keep on with both?": the other of the two is
    /// what the story says is taken, though the library has no word for it; an answer about
    /// sertraline alone does not answer whether the two go together.
    @Test func whatTheStorySaysIsTakenIsOneOfBoth() {
        let engine = RelevanceTests.engine
        for (q, persona) in [("my mum takes sertraline and has started St John's wort tablets from the health shop. can she keep on with both?", Audience.lay),
                             ("pharmacy customer on sertraline also buys St John's wort. ok for him to continue taking both?", .clinical)] {
            let answer = engine.answer(q, from: "depression-starting-ssri", audience: persona)
            #expect(!answer.confident, "\(q) → \(answer.lead)")
            #expect(answer.unheard?.contains("wort") == true, "\(q) → \(answer.unheard ?? [])")
        }
    }

    /// "A script for minocycline for a bad rosacea flare. Any label concern with the combo?": what
    /// the new medicine is for is the reader's circumstance, "together" is the kind of answer, and a
    /// sentence citing only the label is the label asked about; its "avoid tetracyclines" answers.
    @Test func aLabelConcernWithTheComboIsTheLabelsWarning() {
        leads("on accutane and my gp has sent a script for minocycline for a bad rosacea flare. any label concern with the combo?", from: "isotretinoin-severe-acne", .clinical, with: "tetracyclines")
    }
}

/// One medicine named twice, by its name and by its kind ("glipizide, a sulfonylurea"), is one
/// thing: the kind they share is not a third medicine the answer must name, so the label's
/// warning about insulin secretagogues answers for both.
@Suite struct OneMedicineNamedTwiceTests {
    @Test func aMedicineAndItsKindShareNoKindOfTheirOwn() {
        leads("been on metformin a year, now the diabetes nurse added glipizide (a sulfonylurea). will the two together give me hypos?", from: "type-2-diabetes-first-line-metformin", .lay, with: "insulin secretagogues")
    }

    /// "Is there a problem with the two together": the pair asked about, not the number two, which
    /// no sentence named (the label's "do not take tetracycline antibiotics with it" had been
    /// withheld). And "acne that other treatments do not help" is no warning: a sentence on who
    /// gets isotretinoin does not say whether it goes with finasteride.
    @Test func theTwoTogetherAreThePairAsked() {
        #expect(Shorthand.expanded("is there a problem with the two together") == "is there a problem with both together")
        leads("on accutane and the dentist wants me on doxycycline for an abscess. is there a problem with the two together?",
              from: "isotretinoin-severe-acne", .lay, with: "tetracycline")
        #expect(!AnswerTest.givesAVerdict("Isotretinoin pills are for severe or scarring acne, or acne that other treatments do not help [4]."))
        #expect(AnswerTest.givesAVerdict("Do not take tetracycline antibiotics with it [2]."))
        #expect(!AnswerTest.givesAVerdict("Pills are for acne that creams don't help."))
        #expect(AnswerTest.givesAVerdict("Don't take it with aspirin."))
    }
}
