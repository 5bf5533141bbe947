import Testing
@testable import CurbsideCore

/// What a question asks for beyond its type (a study's size, an average), and the sentences that give it.
@Suite struct AskedQualifierTests {
    /// "Which kind of light therapy": the sentence naming a kind of it ("phototherapy, usually
    /// narrowband UVB") says which; the word "kind" is how the reader asks, and a "derm referral"
    /// is how they get there, not what the question is about (it had been the focus).
    @Test func aKindOfTheFocusIsWhatWhichKindAsks() {
        for question in ["which kind of light therapy do they usually use for eczema",
                         "derm referral for phototherapy for a pt with mod-severe AD - which type of light treatment is usually used"] {
            let answer = RelevanceTests.engine.answer(question, from: "atopic-dermatitis-adult-treatment", audience: .clinical)
            #expect(answer.confident && answer.answer.prefix(3).contains { $0.text.contains("narrowband UVB") }, "\(answer.answer.map(\.text))")
        }
        let first = RelevanceTests.engine.answer("which kind of light therapy do they usually use for eczema", from: "atopic-dermatitis-adult-treatment", audience: .clinical)
        #expect(first.answer.first?.text.contains("narrowband UVB") == true, "\(first.answer.map(\.text))")
    }

    /// "Does she meet the criteria for the reduced dose": whether a rule applies, which the rule
    /// itself answers ("meet" had been something more asked that no sentence heard).
    @Test func meetingTheCriteriaIsAnsweredByTheRule() {
        let answer = RelevanceTests.engine.answer("does she meet the criteria for the reduced apixaban dose? shes 84 and 55 kg",
                                                  from: "atrial-fibrillation-anticoagulation", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("2.5 mg twice daily") == true, "\(answer.answer.map(\.text))")
    }

    @Test func aStudysSizeIsAskedAndGivenByACount() {
        let asks = { (q: String) in Patterns.matches(AnswerComposer.askedStudySize, in: q) }
        #expect(asks("how many women were in it, what age were they and how long were they followed?"))
        #expect(asks("the systematic review that pooled the ottawa data, how many studies and patients did it include?"))
        #expect(asks("how big was the trial"))
        #expect(!asks("how many tablets can i take a day"))
        #expect(!asks("how many days of amoxicillin does she need"))
        let gives = { (t: String) in Patterns.matches(AnswerComposer.studySize, in: t) }
        #expect(gives("In 4,957 women aged 67 or older followed for up to 15 years, the time was 17.3 years [5]."))
        #expect(gives("A systematic review of 27 studies with 15,581 patients found pooled ratios of 0.08 [2]."))
        #expect(gives("In the Framingham Osteoporosis Study (802 adults, mean age 74.8), loss was linked to fractures [7]."))
        #expect(!gives("Take 400 IU a day for 12 months [1]."))
    }

    @Test func anAverageIsTheNounNotTheVerb() {
        let average = { (t: String) in Patterns.matches(AnswerComposer.anAverage, in: t.lowercased()) }
        #expect(average("what was the average femoral neck t score of the women they enrolled?"))
        #expect(average("A trial in 2,000 women aged 65 or older; the mean femoral neck T-score was −1.6 [6]."))
        #expect(average("In the Framingham Osteoporosis Study (802 adults, mean age 74.8) [7]."))
        #expect(!average("what does the G3a part actually mean in normal words?"))
        #expect(!average("does that mean i have kidney disease now"))
        #expect(!average("A low score does not mean you will break a bone [1]."))
    }

    /// "How soon do they put the dose up" asks when the dose is raised: the label's doubling after
    /// 2 to 4 weeks answers it, not the 36 hours to leave after an ACE inhibitor, which had led.
    @Test func aDoseRiseIsAnsweredByWhenTheDoseIsRaised() {
        let asks = { (q: String) in Patterns.matches(AnswerComposer.askedDoseRise, in: q) }
        #expect(asks("how soon do they usually put the dose up"))
        #expect(asks("when can we up his dose"))
        #expect(asks("will they increase the dose"))
        #expect(!asks("does it increase my risk of bleeding"))
        #expect(!asks("can i take it with food"))
        let answer = RelevanceTests.engine.answer("just started entresto 49/51, how soon do they usually put the dose up",
                                                  from: "heart-failure-reduced-ef-medications", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("doubles") == true, "\(answer.answer.map(\.text))")
        // The reader's verb ("stepped up") need not be the sentence's ("increases").
        #expect(asks("how quickly can it be stepped up"))
        let keppra = RelevanceTests.engine.answer("New Keppra 500 mg bd for a 34M after a first unprovoked seizure. How quickly can it be stepped up and what's the max?",
                                                  from: "first-seizure-adult", audience: .clinical)
        #expect(keppra.confident && keppra.answer.first?.text.contains("every 2 weeks") == true, "\(keppra.answer.map(\.text))")
        // Feeling nothing yet does not turn it into a question of when it starts to work: the
        // label's interval between rises ("no less than one week") answers it.
        let sertraline = RelevanceTests.engine.answer("been on 50mg sertraline 5 days and feel nothing yet, how soon can they put the dose up",
                                                      from: "depression-starting-ssri", audience: .lay)
        #expect(sertraline.confident && sertraline.answer.first?.text.contains("no less than one week") == true, "\(sertraline.answer.map(\.text))")
        // Asked from the anxiety article, whose tags name sertraline: not escitalopram's step to
        // 20 mg ("mg" in "50mg" had been the focus, which every dose sentence holds).
        let fromAnxiety = RelevanceTests.engine.answer("been on 50mg sertraline 5 days and feel nothing yet, how soon can they put the dose up",
                                                       from: "generalized-anxiety-treatment", audience: .lay)
        #expect(!fromAnxiety.answer.contains { $0.text.contains("Escitalopram") }, "\(fromAnxiety.answer.map(\.text))")
        #expect(fromAnxiety.confident && fromAnxiety.answer.first?.text.contains("no less than one week") == true, "\(fromAnxiety.answer.map(\.text))")
    }

    /// A trial asked about by its name is a study, though the question never says "trial": "how big
    /// was it" asks its size, which its report gives ("In ARISTOTLE, 18,201 patients…"). A summary
    /// sentence naming the trial's result had led.
    @Test func aTrialNamedAloneIsAskedAboutAsAStudy() {
        #expect(Patterns.matches(AnswerComposer.askedStudySize, in: "aristotle - how big was it and what entry criterion did pts need?"))
        let answer = RelevanceTests.engine.answer("ARISTOTLE - how big was it and what stroke-risk entry criterion did pts need?",
                                                  from: "atrial-fibrillation-anticoagulation", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("18,201") == true, "\(answer.answer.map(\.text))")
    }

    /// "Are people her age more at risk of the stomach bleeding": the sentence saying the risk is
    /// greater in older people answers, not a dose for people aged 65 or older (a rule for an age
    /// group is not how age changes the risk) nor the list of harms.
    @Test func whetherAgeRaisesTheRiskIsAnsweredByHowAgeChangesIt() {
        #expect(Patterns.matches(AnswerComposer.askedAge, in: "are people her age more at risk of the stomach bleeding side effect?"))
        #expect(!Patterns.matches(AnswerComposer.askedAge, in: "does that really apply to someone my age"))
        #expect(!Patterns.matches(AnswerComposer.ageChangesIt, in: "people aged 65 or older, under 50 kg, or with kidney problems take 10 mg doses [1]."))
        leads("mum is 77 and theyve given her toradol injections for her back pain. are people her age more at risk of the stomach bleeding side effect?",
              from: "ketorolac-safe-use", .lay, with: "greater risk in older people")
    }

    /// "Is it an FDA-approved medicine": the listing's "has not been found by the FDA to be safe and
    /// effective" answers, not the tablet's iron content. "Can she take trofinetide", of an
    /// 18-month-old: the label's "2 years and older" is the answer (no), not a rule for under-3s.
    @Test func approvalAndAChildsAgeLimitAreAnsweredByWhatSaysThem() {
        let approved = RelevanceTests.engine.answer("customer asked whether the 325mg ferrous sulfate we sell over the counter is an FDA-approved medicine like her prescription ones. is it?",
                                                    from: "iron-deficiency-anemia-oral-iron", audience: .clinical)
        #expect(approved.confident && approved.answer.prefix(3).contains { $0.text.contains("not been found by the FDA") }, "\(approved.answer.map(\.text))")
        leads("my daughter is 18 months old with rett can she take trofinetide", from: "rett-syndrome", .lay, with: "2 years and older")
    }

    /// What the reader's words single out among units that all pass: a course's length, not how long
    /// pain lasts before treatment ("pain for 2 days or more"); what a fever is, not a guideline's
    /// scope that names the threshold in passing; "the second one" answered by "two doses, 2 to 6
    /// months apart" (and "leave it till next year" asks when); and for a reader whose numbness is
    /// getting worse and who asks whether it can wait, what to do if it worsens.
    @Test func theReadersWordsSingleOutTheUnit() {
        leads("my 20 month old has ear infections in both ears, GP gave amoxicillin. how many days is the course supposed to be for a baby this age",
              from: "acute-otitis-media-children-amoxicillin", .lay, with: "10 days under age 2")
        leads("my 6 week old feels warm and the ear thermometer says 37.9. what temperature actually counts as a fever in a baby this young?",
              from: "fever-infant-under-3-months", .lay, with: "a fever is a temperature of 38°C")
        leads("had my first shingrix jab last week, arm was sore for 2 days. when do i need the second one - can i leave it till next year?",
              from: "shingles-vaccine-adults", .lay, with: "2 to 6 months apart")
        leads("fell down the stairs last night, wrist is swollen and my thumb and first two fingers are tingly and going numb, worse since this morning. is it ok to wait for my gp appt on thursday?",
              from: "fall-wrist-knee-ankle-numbness", .lay, with: "ER now if the numbness")
        // "How often will they review her" is answered by how often she is reassessed, said at the
        // end of a long rule.
        leads("my toddler has a MECP2 change but hasnt lost any skills, the doctor said possible rett. how often will they review her?",
              from: "rett-syndrome", .lay, with: "reassessed every 6 to 12 months")
        // A course length in brackets ("azithromycin (5 days)") is how long a course is.
        leads("strep throat, allergic to penicillin so the gp gave azithromycin. how many days is the course?",
              from: "strep-throat-antibiotics", .lay, with: "azithromycin (5 days)")
        // "Metformin egfr cutoff" is answered by a number put on the limit.
        leads("metformin egfr cutoff", from: "type-2-diabetes-first-line-metformin", .clinical, with: "below 30")
        // "How long do I keep taking it" is answered by how long it goes on, not when it starts.
        leads("once im pregnant how long do i keep taking the folic acid for", from: "folic-acid-before-pregnancy", .lay, with: "first 2 to 3 months of pregnancy")
        // The reader's "200 mg twice a day" is how often their dose is taken, not something the
        // answer must name.
        leads("Customer's been told to take ferrous sulfate 200 mg twice a day. Is splitting the iron into two doses any better for absorption than one dose in the morning?",
              from: "iron-deficiency-anemia-oral-iron", .clinical, with: "Splitting a 120 mg daily dose")
        // "How long before they actually start stopping breaks" asks how long it takes to help.
        leads("nan is 83 and fairly frail. if she does start the bone tablets, how long does it take before they actually start stopping breaks? dont want her going through it all for nothing",
              from: "osteopenia-83-year-old-frax", .lay, with: "about a year to prevent one")
        // "2 months into roaccutane. ok to hand that out?" asks whether the two go together: "into"
        // a medicine is on it, to "hand it out" is to dispense it, and "ok to dispense" gives way
        // to the interaction asked.
        leads("script for doxycycline 100mg from out of hours for a 19 yo who's 2 months into roaccutane. ok to hand that out?",
              from: "isotretinoin-severe-acne", .clinical, with: "avoid tetracyclines")
        // "The next drug option" asks what comes next, said without the word "next".
        leads("GAD pt has failed sertraline and then venlafaxine because of side effects. under NICE, what's the next drug option?",
              from: "generalized-anxiety-treatment", .clinical, with: "pregabalin")
        // "An extra year" of a treatment is a year more.
        leads("haematologist says i should stay on apixaban long term after my unprovoked clot but im scared of bleeding. in the trial where people carried on for an extra year, did they bleed a lot more?",
              from: "dvt-anticoagulation-duration", .lay, with: "Major bleeding was uncommon")
    }

    /// "Would an operation give him better results at his age" is answered by what surgery does for
    /// the reader's age band ("in patients 65 and older surgery does not improve…"), not by how often
    /// a break needs urgent surgery; a wrist he "broke" is a fractured one.
    @Test func aBenefitAskedAtTheReadersAgeIsAnsweredForTheirAgeBand() {
        leads("dad is 68 and broke his wrist on the ice. would an operation give him better results at his age?",
              from: "fall-wrist-knee-ankle-numbness", .lay, with: "65 and older surgery does not improve")
        #expect(Shorthand.expanded("she broke her wrist last year") == "she fractured her wrist last year")
        #expect(Shorthand.expanded("my heart broke") == "my heart broke")
    }

    /// "Doesn't she have to be over both limits" is answered by the rule that one is enough.
    @Test func whetherBothLimitsMustBeMetIsAnsweredByTheRuleThatOneIsEnough() {
        #expect(Patterns.matches(AnswerComposer.askedWhetherBoth, in: "dont they both have to be over the line?"))
        #expect(!Patterns.matches(AnswerComposer.askedWhetherBoth, in: "do they both come as tablets?"))
        #expect(Patterns.matches(AnswerComposer.oneIsEnough, in: "meeting either threshold is enough [1, 2]."))
    }

    /// "Is there anything we should stop before she begins it" is answered by what the label says
    /// to stop first, not by the rule that takes the child's age in.
    @Test func whatToStopBeforeStartingIsAnsweredByThatStep() {
        leads("our daughter with rett takes lactulose daily. is there anything we should stop before she begins trofinetide?",
              from: "rett-syndrome", .lay, with: "laxatives be stopped before starting")
        #expect(!Patterns.matches(AnswerComposer.askedWhatFirst, in: "how long before she starts to improve?"))
    }
}
