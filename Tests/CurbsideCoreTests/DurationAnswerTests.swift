import Testing
@testable import CurbsideCore

/// "How long will I be on it" is answered by a length of treatment, not by a sentence that says
/// when treatment is withheld ("not on its own a reason to withhold anticoagulation").
@Suite struct DurationAnswerTests {
    @Test func withholdingIsNotALength() {
        #expect(!AnswerTest.passes("A high bleeding score is a prompt to fix modifiable bleeding risks, not on its own a reason to withhold anticoagulation [1].", type: .duration))
        #expect(AnswerTest.passes("Metformin is withheld for 48 hours after the scan [2].", type: .duration))
        #expect(AnswerTest.passes("It should be withheld until kidney function is rechecked [2].", type: .duration))
        // The atrial fibrillation article does not say how long a blood thinner is taken.
        let answer = RelevanceTests.engine.answer("how long will i be on it", from: "atrial-fibrillation-anticoagulation", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }

    /// "When can I stop" asks how long to go on: not answered by the daily amount for pregnancy.
    @Test func whenToStopIsHowLong() {
        leads("found out im pregnant last week, when can i stop the folic acid?", from: "folic-acid-before-pregnancy", .lay, with: "first 2 to 3 months")
    }

    /// "When should I notice it working": when it works; noticing is how the reader will know, not
    /// a topic the answer must name (it had withheld the 4 weeks).
    /// "Is it supposed to get checked again every so often" asks how often a check is repeated:
    /// "re-checking … at regular intervals" tells it. (The dose sentences still lead: "same dose"
    /// in the story is read as a second question about the dose.)
    @Test func aCheckRepeatedIsNotADoseSchedule() {
        let question = "dad started apixaban for his AF three years ago and honestly no one has looked at it since, same dose, no review. is it supposed to get checked again every so often?"
        let answer = RelevanceTests.engine.answer(question, from: "atrial-fibrillation-anticoagulation", audience: .lay)
        #expect(answer.answer.prefix(3).contains { $0.text.contains("regular intervals") }, "\(answer.answer.map(\.text))")
    }

    /// "How long past feeling better to carry on" asks how long to go on after it works, not when
    /// it works; "bouncing around" is the child's story.
    @Test func pastFeelingBetterIsHowLongAfterItWorks() {
        leads("son is on amoxicillin for his ear and by day 3 hes bouncing around, no pain. the pharmacist said keep going but does the actual drug label say how long past feeling better to carry on?",
              from: "acute-otitis-media-children-amoxicillin", .lay, with: "48 to 72 hours after symptoms resolve")
    }

    /// "For at least 3 months" is how long something lasts, not how often it is done: "how often
    /// should eGFR and ACR be repeated" is not answered by the stage's definition.
    @Test func atLeastSoLongIsNotHowOften() {
        #expect(!AnswerTest.passes("Stage 3 = eGFR 30–59 for at least 3 months; G3a is 45–59 and G3b is 30–44 [1].", type: .frequency))
        #expect(AnswerTest.passes("Repeat the scan in about 2 years.", type: .frequency))
        let answer = RelevanceTests.engine.answer("Practice nurse: newly coded CKD G3a A1, no diabetes. How often should eGFR and ACR be repeated - yearly or more often?",
                                                  from: "ckd-stage-3-what-it-means", audience: .clinical)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }

    @Test func noticingItWorkIsWhenItWorks() {
        leads("on sertraline 3 weeks now, how soon should i notice a change?", from: "depression-starting-ssri", .lay, with: "4 weeks")
    }

    /// "Diagnosed with premature ovarian insufficiency… how long am I supposed to stay on it": a
    /// length said just after a long name ("primary ovarian insufficiency or early menopause … until
    /// at least the average age of menopause") is near it, though the name starts far before.
    /// (A length said of another medicine in the list stays too far: azithromycin's is not 10 days.)
    @Test func aLengthNearALongNamesEndIsItsLength() {
        let near = AnswerTest.wordExpressions(["primary ovarian insufficiency"])
        #expect(AnswerTest.passes("Women with primary ovarian insufficiency or early menopause are advised to use HT until at least the average age of menopause unless there is a contraindication [1].",
                                  type: .duration, near: near))
        #expect(!AnswerTest.passes("Penicillin or amoxicillin for 10 days remains first choice, with cephalexin, cefadroxil, clindamycin, azithromycin or clarithromycin for penicillin allergy [1].",
                                   type: .duration, near: AnswerTest.wordExpressions(["azithromycin"])))
        leads("had POI diagnosed at 36, now on HRT - how long am I meant to keep taking it?", from: "menopause-hormone-therapy", .lay, with: "average age of menopause")
    }

    /// "Had my menopause at 44": an early menopause, and its rule says how long.
    @Test func aMenopauseAtFortyFourIsAnEarlyOne() {
        leads("had my menopause at 44, is hrt only meant to be for 5 years?", from: "menopause-hormone-therapy", .lay, with: "average age of menopause")
    }

    /// "How long do people stay on Fosamax": that the best length of treatment is unknown answers it,
    /// said next to the drug it is about (the years to consider stopping after came too far from
    /// "Fosamax" to count as its duration, and the sentence had been withheld).
    /// "How long do they keep them in": a time after which treatment is stopped or the baby goes
    /// home ("if cultures are negative at 24 to 36 hours… discharged") is a length; the time of a
    /// test alone is not.
    @Test func aTimeToGoHomeIsALength() {
        #expect(AnswerTest.passes("If cultures are negative at 24 to 36 hours and the infant stays well, antimicrobials can be stopped and the infant discharged [1].", type: .duration))
        #expect(!AnswerTest.passes("A urine test is done at 24 hours [1].", type: .duration))
        // A limit on doses in a day is no length either: the Tylenol label's liver warning had been
        // an "Also" point to how long a baby stays in hospital.
        #expect(!AnswerTest.passes("Severe liver damage may occur with more than 5 doses in 24 hours [3].", type: .duration))
        #expect(AnswerTest.passes("Take it for 5 days [1].", type: .duration))
        let answer = RelevanceTests.engine.answer("they've admitted my 2 week old for iv antibiotics because of a fever, how long do they usually keep them in",
                                                  from: "fever-infant-under-3-months", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("24 to 36 hours") == true, "\(answer.answer.map(\.text))")
        #expect(!answer.answer.contains { $0.text.contains("Tylenol") }, "\(answer.answer.map(\.text))")
    }

    /// "How soon will they check it" is answered by a time after starting ("as early as four weeks"),
    /// not by when in the day the tablet is taken ("once a day, at any time of day"), which had led.
    @Test func howSoonIsATimeAfterStarting() {
        let answer = RelevanceTests.engine.answer("he just started atorvastatin 10mg for his heart risk. how soon will they test his cholesterol to see if it has come down?",
                                                  from: "statin-primary-prevention", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("four weeks") == true, "\(answer.answer.map(\.text))")
    }

    @Test func anUnknownBestLengthIsALength() {
        #expect(AnswerTest.passes("The label says the best length of treatment is unknown [7].", type: .duration))
        let answer = RelevanceTests.engine.answer("if my mum starts fosamax is she on it for good? how long do people usually take it",
                                                  from: "low-femoral-neck-normal-spine-hip", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("best length of treatment") == true, "\(answer.answer.map(\.text))")
    }

    /// "For them, the second dose can come…" leans on the sentence that says who "they" are.
    @Test func forThemLeansOnTheSentenceBefore() {
        #expect(AnswerTest.cannotStandAlone("For them, the second dose can come 1 to 2 months after the first [1]."))
        #expect(!AnswerTest.cannotStandAlone("For adults 50 and older, two doses are advised [1]."))
    }
}

/// "Can I stop taking it" is answered by a sentence about stopping or going on, not by any length.
@Suite struct StoppingAnswerTests {
    @Test func askingToStopWantsASentenceAboutStopping() {
        #expect(AnswerTest.matches(AnswerTest.asksToStop, "my cholesterol is normal now on the statin, can i stop taking it"))
        #expect(!AnswerTest.matches(AnswerTest.asksToStop, "how long does a course last"))
        let engine = RelevanceTests.engine
        // The statin article gives a starting dose with "once daily", but says nothing of stopping.
        let statin = engine.answer("my cholesterol is normal now on the statin, can i stop taking it", from: "statin-primary-prevention", audience: .lay)
        #expect(!statin.confident, "\(statin.answer.map(\.text))")
        let heart = engine.answer("my EF went up to 50% on the meds, can i stop taking them now", from: "heart-failure-reduced-ef-medications", audience: .lay)
        #expect(heart.confident && heart.answer.first?.text.contains("keep taking") == true, "\(heart.answer.map(\.text))")
        // "What if I want to stop" (read as a plain question) is answered by what the article says
        // of stopping, not by its first sentence ("SSRIs such as sertraline are a common first medicine").
        #expect(AnswerTest.matches(AnswerTest.asksToStop, "what if i want to stop"))
        let ssri = engine.answer("what if i want to stop", from: "depression-starting-ssri", audience: .lay)
        #expect(ssri.confident && ssri.answer.first?.text.contains("Do not stop all at once") == true, "\(ssri.answer.map(\.text))")
    }

    /// "Is there any point carrying on" asks whether to stop: "Stop them if you feel no better" says
    /// so without any of the reader's words (it was not heard, and a trial's doses led).
    @Test func anyPointCarryingOnAsksWhetherToStop() {
        #expect(AnswerTest.matches(AnswerTest.asksToStop, "is there any point continuing"))
        #expect(AnswerTest.matches(AnswerTest.asksToStop, "is it worth keeping on with it"))
        #expect(AnswerTest.matches(AnswerTest.asksToStop, "tsh is normal now but im just as tired. do i just keep going with it?"))
        #expect(AnswerTest.matches(AnswerTest.asksToStop, "should we carry on with the tablets"))
        #expect(!AnswerTest.matches(AnswerTest.asksToStop, "what is the point of the scan"))
        // "Do I have to stop": asked whether to stop, which a checking sentence does not answer.
        #expect(AnswerTest.matches(AnswerTest.asksToStop, "potassium came back 5.4 do i have to stop my lisinopril"))
        #expect(AnswerTest.matches(AnswerTest.asksToStop, "mum reports new aggression. hold drug or keep going til next visit?"))
        let potassium = RelevanceTests.engine.answer("potassium came back 5.4 do i have to stop my lisinopril", from: "hyperkalemia-ace-inhibitor", audience: .lay)
        #expect(potassium.confident && potassium.answer.prefix(3).contains { $0.text.contains("without stopping") }, "\(potassium.answer.map(\.text))")
        let levo = RelevanceTests.engine.answer("been on levo 25mcg about 5 months for the subclinical thing, tsh is normal now but honestly i feel exactly the same, tired all the time. is there any point carrying on",
                                                from: "subclinical-hypothyroidism-treatment", audience: .lay)
        // (The persona's summary says "Stop them if you feel no better"; the guideline's sentence, "stopping if there is no improvement".)
        #expect(levo.confident && levo.answer.first.map { $0.text.contains("no better") || $0.text.contains("stopping if there is no improvement") } == true, "\(levo.answer.map(\.text))")
    }
}

/// "When should I expect to feel any different", asked from the SSRI article: a time, said of its
/// subject in the reader's words ("expect" only carries the question).
@Suite struct WhenItHelpsTests {
    /// "Before it stops a break happening": what happens is the break; the time a bone drug takes
    /// to prevent one answers, though it does not say "happen" (and "how much bone density she'll
    /// lose" asks how large an effect, not a dose).
    @Test func whatHappensIsNamedByTheWordsAroundIt() {
        leads("nan is 83 and realistically might not have many years left. how long does a bone drug have to be taken before it actually stops a break happening",
              from: "osteopenia-83-year-old-frax", .lay, with: "about a year to prevent one")
        leads("osteoporosis nurse here - pt stopping alendronate after 5 yrs for a holiday wants to know roughly how much bone density she'll lose. what did FLEX show?",
              from: "bisphosphonate-drug-holiday", .clinical, with: "2.4%")
    }

    /// "How long do we wait before starting the amoxil" asks how long to watch first; "how many
    /// days does he need it for" asks how long a course lasts. Each is led by its own sentence.
    @Test func howLongToWaitIsNotHowLongACourse() {
        leads("my 20 month old has an ear infection in just one ear, not too bad, and the gp suggested watching it first. how long do we wait before starting the amoxil if she doesnt get better?",
              from: "acute-otitis-media-children-amoxicillin", .lay, with: "48 to 72 hours")
        leads("how many days of amoxicilin does my 18 month old need for his ear infection",
              from: "acute-otitis-media-children-amoxicillin", .lay, with: "10 days under age 2")
    }

    /// "What's the longest I can stay on alendronate" asks how long (it had been read as "what is"),
    /// and the longest course answers, not when treatment is reviewed.
    @Test func theLongestIsTheLongestCourse() {
        leads("if my fracture risk is still high whats the longest i can stay on alendronate? been on it 5 yrs",
              from: "bisphosphonate-drug-holiday", .lay, with: "10 years of pills")
    }

    @Test func withinAboutFourWeeksIsATime() {
        // Asked with "when" it wants the time until it helps, not any time ("go on for 6 months after you feel well").
        #expect(AnswerTest.matches(AnswerTest.whenItWorks, "when should i expect to feel any different"))
        #expect(!AnswerTest.matches(AnswerTest.whenItWorks, "when should i take it"))
        // "When will i start feeling better" is a time too (it was read as a plain question, and the GAD
        // article's "escitalopram is approved for GAD" led); the GAD article does not say when.
        #expect(QuestionUnderstander.understand("when will i start feeling better").types.first == .timing)
        #expect(!RelevanceTests.engine.answer("when will i start feeling better", from: "generalized-anxiety-treatment", audience: .lay).confident)
        // "…once I start feeling better" asks how long to go on after it works.
        #expect(AnswerTest.matches(AnswerTest.afterItWorks, "how long do i have to stay on sertraline once i start feeling better"))
        #expect(!AnswerTest.matches(AnswerTest.afterItWorks, "how long until i start feeling better"))
        #expect(AnswerTest.passes("Expect any benefit to appear within about 4 weeks [1].", type: .timing))
        let answer = RelevanceTests.engine.answer("when should i expect to feel any different", from: "depression-starting-ssri", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("within 4 weeks") == true, "\(answer.answer.map(\.text))")
    }

    /// A lapse since something else ("the minimum gap since his last jab") is when, answered by
    /// "at least 8 weeks after"; a lapse in seconds is a length ("lasts more than 30 seconds").
    @Test func aLapseSinceSomethingIsWhenAndSecondsAreALength() {
        #expect(QuestionUnderstander.understand("what's the minimum gap since his last jab before the new one").types.first == .timing)
        #expect(AnswerTest.passes("Give it at least 8 weeks after the first vaccine [1].", type: .timing))
        #expect(!AnswerTest.passes("Give it to adults with weak immune systems [1].", type: .timing))
        #expect(AnswerTest.passes("It is called sustained when it lasts more than 30 seconds [1].", type: .duration))
    }
}

/// "How many days does he need it for, hes 4": "hes 4" is the child's age, and the article's "A
/// course is often … 7 days at ages 2 to 5" answers it (it was "pain for 2 days or more").
@Suite struct CourseLengthForAChildTests {
    @Test func aChildsAgeChoosesTheCourse() {
        #expect(QuestionUnderstander.understand("how many days does he need it for, hes 4").constraints.contains { $0.kind == "age" && $0.value == "4 years" })
        #expect(!QuestionUnderstander.understand("shes 38.5 and floppy").constraints.contains { $0.kind == "age" })
        #expect(!QuestionUnderstander.understand("she is 5 in the morning").constraints.contains { $0.kind == "age" })
        let answer = RelevanceTests.engine.answer("how many days does he need it for, hes 4", from: "acute-otitis-media-children-amoxicillin", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("7 days at ages 2 to 5") == true, "\(answer.answer.map(\.text))")
    }

    /// "How soon can she go home" is answered by the time at which treatment stops and the baby is
    /// discharged ("if cultures are negative at 24 to 36 hours…").
    @Test func theTimeABabyGoesHomeAnswersHowSoon() {
        leads("our 2 week old is in hospital on antibiotics after a spinal tap - if the cultures are clear how soon can she go home?",
              from: "fever-infant-under-3-months", .lay, with: "24 to 36 hours")
    }
}
