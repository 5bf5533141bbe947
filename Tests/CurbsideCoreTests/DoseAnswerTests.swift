import Testing
@testable import CurbsideCore

/// A product's strength ("ergocalciferol in 50,000 IU capsules") is not a dose to take: it never
/// answers "how much should I take a day", but it does answer "what strength is the capsule".
@Suite struct DoseAnswerTests {
    /// "The lowest dose that works" is what to take, though it gives no figure: "my hrt dose hasn't
    /// changed in 5 years, should someone be reviewing it" (a dose question by its story) is answered by it.
    @Test func theLowestDoseThatWorksIsADose() {
        #expect(AnswerTest.passes("Use the lowest dose that works, and review it with your doctor from time to time [3].", type: .dose))
        #expect(AnswerTest.passes("Use the lowest effective dose for the shortest time [1].", type: .dose))
        #expect(!AnswerTest.passes("Hormone therapy is the most effective treatment for hot flashes [1].", type: .dose))
        let hrt = RelevanceTests.engine.answer("my hrt dose hasnt changed in 5 years, should someone be reviewing it?", from: "menopause-hormone-therapy", audience: .lay)
        #expect(hrt.confident && hrt.answer.first?.text.contains("lowest dose that works") == true, "\(hrt.answer.map(\.text))")
    }

    /// "Is there a stronger dose I can go up to": the label's "some patients may benefit from 140 mg"
    /// is the dose to go up to, not the usual 70 mg the reader is on.
    @Test func theDoseSomePatientsMayBenefitFromIsTheOneToGoUpTo() {
        leads("is there a stronger dose i can go up to? the 70mg aimovig isnt doing much", from: "migraine-prevention", .lay, with: "140 mg")
        // Asking for a stronger dose is asking for the dose to go up, without saying "go up".
        leads("im on aimovig 70 and its only helped a bit, is there a stronger dose?", from: "migraine-prevention", .lay, with: "140 mg")
    }

    @Test func aStrengthIsNotADose() {
        #expect(AnswerTest.givesOnlyAStrength("The prescription form is ergocalciferol in 50,000 IU capsules [5]."))
        #expect(!AnswerTest.givesOnlyAStrength("Take one 50,000 IU capsule once a week for 8 weeks [5]."))
        #expect(!AnswerTest.givesOnlyAStrength("Most adults need 600 IU a day [2]."))
        let engine = RelevanceTests.engine
        let daily = engine.answer("how much of it should i take a day", from: "vitamin-d-supplement-dose-adults", audience: .lay)
        #expect(daily.confident && daily.answer.first?.text.contains("600 IU") == true)
        #expect(!daily.answer.contains { $0.text.contains("50,000 IU capsules") }, "\(daily.answer.map(\.text))")
        let strength = engine.answer("which strength do the prescription vitamin d capsules come in", from: "vitamin-d-supplement-dose-adults", audience: .clinical)
        #expect(strength.answer.prefix(3).contains { $0.text.contains("50,000 IU") }, "\(strength.answer.map(\.text))")
    }

    /// "Whats the daily treatment strength?" asks a dose, and only an amount answers it (the label's
    /// list of uses led, as a treatment sentence; "tabs" was an unknown word).
    @Test func aStrengthAskedIsAnAmount() {
        let understood = QuestionUnderstander.understand("whats the daily treatment strength?")
        #expect(understood.types.first == .dose, "\(understood.types)")
        let answer = RelevanceTests.engine.answer("pt on alendronate wants daily tabs instead of the weekly one - whats the daily treatment strength?",
                                                  from: "osteopenia-femoral-neck-t-score", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("10 mg daily") == true, "\(answer.answer.map(\.text))")
    }

    /// "And vit d, how much a day?", asked from the osteopenia article, is answered by what that
    /// article advises (800 to 1,000 units), before the vitamin D article's amounts for all adults.
    /// (And by an amount given per day, as asked: "Low-dose here means 400 IU of vitamin D or
    /// less" came first once its "[3]" stopped counting as a number of the reader's.)
    @Test func theArticleBeingReadSpeaksFirst() {
        #expect(AnswerTest.matches(AnswerTest.amountPerDay, "Take 800 to 1,000 units of vitamin D a day as needed [1]."))
        #expect(!AnswerTest.matches(AnswerTest.amountPerDay, "Low-dose here means 400 IU of vitamin D or less [3]."))
        let answer = RelevanceTests.engine.answer("and vit d, how much a day?", from: "osteopenia-management", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("800 to 1,000 units") == true, "\(answer.answer.map(\.text))")
    }

    /// "The amoxil leaflet says carry on after the symptoms go - for how long after": the leaflet
    /// is the label, and carrying on is continuing (the ear-pain sentence led).
    @Test func theLeafletIsTheLabel() {
        let answer = RelevanceTests.engine.answer("hes loads better after 4 days but the amoxil leaflet says carry on after the symptoms go - for how long after",
                                                  from: "acute-otitis-media-children-amoxicillin", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("48 to 72 hours after symptoms resolve") == true, "\(answer.answer.map(\.text))")
    }

    /// "Can I take too much", asked from the vitamin D article: "Do not take more than 4,000 IU a
    /// day…" is said of the article's subject without naming it.
    @Test func theMostIsAnsweredFromTheArticleBeingRead() {
        let answer = RelevanceTests.engine.answer("can i take too much", from: "vitamin-d-supplement-dose-adults", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("4,000 IU") == true, "\(answer.answer.map(\.text))")
    }

    /// "Any caveat?" names the kind of answer wanted (a limit of what was said), not a topic the
    /// answer must name: it had withheld the fosfomycin dose.
    @Test func aCaveatAskedForIsTheKindOfAnswer() {
        leads("what fosfomycin dose does IDSA give for cystitis, and any caveat?", from: "uncomplicated-uti-women", .clinical, with: "3 g")
    }

    /// "What daily salt limit should she stick to" asks for an amount a day (the question had been
    /// typed by its story's "stage 3a" as a diagnosis, and withheld).
    @Test func aDailyLimitIsAnAmount() {
        #expect(QuestionUnderstander.understand("what daily sodium limit do the kidney guidelines give").types.first == .dose)
        leads("mum has stage 3a ckd, what daily salt limit should she stick to?", from: "ckd-stage-3-what-it-means", .lay, with: "2 g a day")
    }

    /// "The minimum gap between dose increases" on the label is the interval at which doses may be
    /// raised: a label sentence hears "label", and "dose increases" is the asked rise.
    @Test func theGapBetweenDoseIncreasesIsTheLabelsInterval() {
        leads("GP wants to go from 50 to 100 mg of sertraline after 3 days. What minimum gap between dose increases does the label give?",
              from: "depression-starting-ssri", .clinical, with: "no less than one week")
    }

    /// "Is it more than for younger people": an amount given by age band ("from age 71") hears the
    /// ages weighed; "because of my age" is not a word the lead must say.
    @Test func amountsByAgeBandHearTheAgesWeighed() {
        #expect(AnswerTest.matches(AnswerTest.namesAnAgeBand, "800 IU (20 micrograms) from age 71 [2]."))
        #expect(AnswerTest.matches(AnswerTest.namesAnAgeBand, "People aged 65 or older take 10 mg doses [1]."))
        #expect(!AnswerTest.matches(AnswerTest.namesAnAgeBand, "Take 10 mg every 4 to 6 hours, at most 40 mg a day [1]."))
        leads("how much vitamin d does my dad need at 80 - is it more than when he was younger?",
              from: "vitamin-d-supplement-dose-adults", .lay, with: "from age 71")
        leads("is my toradol dose lower because of my age? im 68", from: "ketorolac-safe-use", .lay, with: "65 or older")
    }
}
