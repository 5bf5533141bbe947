import Testing
@testable import CurbsideCore

/// A follow-up that leaves its subject unsaid ("renal dose adjustment?" while reading about
/// ketorolac) and names only what the article being read speaks of is about that article: another
/// article's dose for the elderly is another medicine's (it was amlodipine's).
@Suite struct UnsaidSubjectTests {
    let engine = RelevanceTests.engine

    /// "Does exercise help my generalised anxiety": the anxiety article never speaks of exercise.
    /// It had been heard through one of its spellings, "working out", in "if it does not work".
    @Test func aConceptIsNotHeardThroughASpellingOfGeneralWords() {
        for question in ["does exercise help my generalised anxiety",
                         "my gp reckons getting out running 3 times a week will help my generalised anxiety. is there actual evidence exercise works as well as the tablets or cbt?"] {
            let answer = engine.answer(question, from: "generalized-anxiety-treatment", audience: .lay)
            #expect(!answer.confident, "\(question): \(answer.answer.map(\.text))")
        }
    }

    @Test func aTerseQuestionIsAnsweredFromTheArticleBeingRead() {
        let renal = engine.answer("renal dose adjustment?", from: "ketorolac-safe-use", audience: .clinical)
        #expect(renal.confident && renal.answer.first?.articleId == "ketorolac-safe-use", "\(renal.answer.map(\.text))")
        #expect(renal.answer.first?.text.contains("renal impairment") == true)
        let elderly = engine.answer("max daily dose in elderly", from: "ketorolac-safe-use", audience: .clinical)
        #expect(elderly.answer.allSatisfy { $0.articleId == "ketorolac-safe-use" }, "\(elderly.answer.map(\.text))")
        #expect(!elderly.answer.contains { $0.text.contains("2.5 mg") }, "amlodipine's dose for the elderly")
    }

    /// A question that names what the article does not speak of is answered where the library has it.
    @Test func aQuestionNamingAnotherSubjectStillFindsItsArticle() {
        let other = engine.answer("how much vitamin d should i take a day", from: "ketorolac-safe-use", audience: .lay)
        #expect(other.confident && other.answer.first?.articleId == "vitamin-d-supplement-dose-adults", "\(other.answer.map(\.text))")
    }

    /// "Pt on warfarin - ok to dispense?": whether what the reader reads about goes with warfarin.
    @Test func okToDispenseAsksAboutTheArticlesMedicine() {
        let ssri = engine.answer("pt on warfarin - ok to dispense?", from: "depression-starting-ssri", audience: .clinical)
        #expect(ssri.understood?.type == QuestionType.interactions.rawValue)
        #expect(ssri.confident && ssri.answer.first?.text.contains("anticoagulants") == true, "\(ssri.answer.map(\.text))")
        // The ketorolac article says nothing of warfarin: no answer (it was the AF article's "DOACs over warfarin").
        let ketorolac = engine.answer("pt on warfarin - ok to dispense?", from: "ketorolac-safe-use", audience: .clinical)
        #expect(!ketorolac.confident, "\(ketorolac.answer.map(\.text))")
    }

    /// "Renal cutoffs for starting vs stopping?" while reading about metformin names nothing any
    /// article it finds is about: it is not answered with ketorolac's renal dosing.
    @Test func aQuestionNamingNoSubjectStaysWithTheArticleBeingRead() {
        let renal = engine.answer("renal cutoffs for starting vs stopping?", from: "type-2-diabetes-first-line-metformin", audience: .clinical)
        #expect(renal.answer.allSatisfy { $0.articleId == "type-2-diabetes-first-line-metformin" }, "\(renal.answer.map(\.text))")
    }

    /// "How much of it can I take", asked from the ketorolac article by a clinician: the label's
    /// sentences ("Total combined duration… beyond 40 mg a day", citing only ketorolac's label) are
    /// about what "it" is, though they name no drug; another article's label is not.
    @Test func aLabelSentenceSpeaksOfTheArticlesMedicine() {
        let most = engine.answer("how much of it can i take", from: "ketorolac-safe-use", audience: .clinical)
        #expect(most.confident && most.answer.first?.articleId == "ketorolac-safe-use", "\(most.answer.map(\.text))")
        let pregnancy = engine.answer("is it safe in pregnancy", from: "isotretinoin-severe-acne", audience: .clinical)
        #expect(pregnancy.confident && pregnancy.answer.first?.text.contains("birth defects") == true, "\(pregnancy.answer.map(\.text))")
    }

    /// "What if she is not better in 2 days", reading about ear infections, names nothing but how
    /// it asks: the lead that hears all of it, her 2 days too, answers it (it was withheld, with
    /// that very sentence shown as the nearest article's snippet).
    @Test func aQuestionThatNamesNothingIsAnsweredByALeadThatHearsAllOfIt() {
        let answer = RelevanceTests.engine.answer("what if she is not better in 2 days", from: "acute-otitis-media-children-amoxicillin", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("not better in 2 to 3 days") == true, "\(answer.answer.map(\.text))")
    }

    /// A pharmacist's terse "how many days max?", "max dose in a 70 yo?" from the ketorolac article:
    /// "max" is "maximum", and "elderly" is covered by an article that says "65 or older" (all
    /// three were withheld, or answered only because another article says "elderly").
    @Test func terseMaximumQuestionsAreAnsweredFromTheArticle() {
        #expect(Shorthand.expanded("max dose?") == "maximum dose?")
        let engine = RelevanceTests.engine
        let days = engine.answer("how many days max?", from: "ketorolac-safe-use", audience: .clinical)
        #expect(days.confident && days.answer.first?.text.contains("5 days") == true, "\(days.answer.map(\.text))")
        for asked in ["max dose in a 70 yo?", "maximum daily dose in elderly"] {
            let dose = engine.answer(asked, from: "ketorolac-safe-use", audience: .clinical)
            #expect(dose.confident && dose.answer.first?.text.contains("65 or older") == true, "\(asked): \(dose.answer.map(\.text))")
        }
    }
}
