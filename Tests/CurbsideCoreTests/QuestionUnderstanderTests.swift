import Foundation
import Testing
@testable import CurbsideCore

/// The question understander on phrasings the way people type them: type, constraints, and
/// what is left out of the search.
@Suite struct QuestionUnderstanderTests {
    static let typed: [(String, QuestionType)] = [
        // definition
        ("what is rett syndrome", .definition), ("whats osteopenia", .definition), ("what does ckd stage 3 mean", .diagnosis),
        ("tell me about trimethylaminuria", .definition),
        // what follows a dash asks; waiting for an appointment is whether to seek care sooner; the licence is who it is for
        ("the holter caught a 10 beat run of vt. the appointment isnt for another 6 weeks - is it ok to just wait for that?", .urgency),
        ("script for toradol 10mg tabs qds x5d for back pain, pt hasnt had any IM/IV dose - is PO-only use within the licence?", .eligibility),
        // whether the story's finding is the cause; whether one option is better; how strong the evidence; whether it is allowed
        ("his echo showed a trivial mitral leak - is the bp likely why, or is it just one of those things", .causes),
        ("surgeon says they can plate it or just put it in a cast - at her age is the op actually any better long term?", .treatment),
        ("does the ADA want metformin first and an SGLT2i only added on later?", .treatment),
        ("ergocalciferol 50,000 IU caps - what are the labelled indications?", .treatment),
        ("GAS pharyngitis, pt had anaphylaxis to penicillin as a kid - is keflex ok?", .treatment),
        ("on propecia 2 yrs. someone on reddit said it causes breast cancer in men?? is that actually on the label", .sideEffects),
        ("how strong is the trial evidence for sertraline in GAD specifically?", .outlook),
        ("is the diarrhoea on daybue really that common? our daughter is 6", .outlook),
        ("gp mentioned starting metformin - is he even allowed it with kidneys like that?", .eligibility),
        ("my eyelids are constantly red and flaky now. could the jab be doing that??", .sideEffects),
        ("sorry probably a daft q but where exactly is the 'femoral neck' on my dexa??", .definition),
        ("she's still got a fever after 3 days of antibiotics, should i take her back", .urgency),
        ("home BP 190/125, no symptoms. does the guideline want him sent to ED?", .urgency),
        // "mixed up" at a pharmacy is compounded, not taken together
        ("her hormone creams are mixed up at a special pharmacy, are they safer?", .information),
        ("can too much vitamin d hurt you", .dose),
        ("ive had a bad back on and off for about a year, could i get some toradol tablets for it", .eligibility),
        ("my tsh came back at 23 with a normal t4, does the dont-bother-with-tablets advice apply to me", .eligibility),
        // "how much did it cut" asks how well it works; "the highest they can take" asks a dose
        ("how much did entresto actually cut deaths compared with the old ace inhibitor", .outlook),
        // Dying (or breaking a bone) more often is an outcome, not how often to do something.
        ("were people on the trial drug dying more often than on placebo?", .outlook),
        ("do women on hrt die less often from heart attacks", .outlook),
        ("whats the highest they can take my zoloft up to", .dose), ("how much does shingrix cost", .information),
        // "by how much", "how much extra bleeding does it cause": how large an effect, not an amount to take
        ("my mate said that big uk study showed it cut deaths from the diabetes itself - by how much?", .outlook),
        ("she is stopping alendronate for a holiday, roughly how much bone density will she lose?", .outlook),
        ("how much weight do people gain on it", .outlook),
        ("how much extra serious bleeding does warfarin actually cause compared with aspirin?", .outlook),
        ("how much more vitamin d should i take in winter", .dose),
        // how many did badly (in a trial) asks how it turned out, whoever the babies were
        ("in the trial of babies given antibiotic or a dummy medicine, how many did badly without it?", .outlook),
        // protecting someone from an illness is preventing it
        ("would starting HRT now help protect me from getting dementia like her?", .prevention),
        // A "low-dose" medicine names the medicine; whether to use it is asked, not how much.
        ("is low-dose amitriptyline reasonable for migraine prevention in a teacher?", .prevention),
        // what a drug is licensed for is what it treats; a licence told in passing is not the question
        ("what is metoprolol succinate actually licensed for?", .treatment),
        ("is a heart attack actually one of the things lisinopril is meant for?", .treatment),
        ("does any of that make a difference to which antidepressant the gp picks for me?", .treatment),
        // waiting to see whether it clears is a way to treat it, not whether to seek care
        ("she's 3 with a mild ear infection in both ears - can we wait and see or does she need antibiotics straight away?", .treatment),
        // what a label flags about something is its warnings; the odds of another one are the outlook,
        // whenever it happened ("at night" is when to take it only after taking or using)
        ("Pt on metformin 1g bd has a CT with IV contrast booked Thursday. Does the label flag anything about contrast?", .sideEffects),
        ("my one and only seizure happened while i was asleep. does it being at night change the odds of another one?", .outlook),
        // the rules a department uses are not a question of urgency; an add-on is a treatment
        ("my son is 12 and went over on his ankle. are those ottawa rules the A&E use ok for kids or just adults?", .children),
        ("HFrEF, still NYHA III on ARNi + bisoprolol + spironolactone + dapagliflozin. What's the guideline add-on?", .treatment),
        // whether a medicine affects a test result is a question of its effects
        ("been on propecia 1mg for 3 yrs and im due my first PSA blood test at 50. does the finasteride affect that result at all?", .sideEffects),
        // whether a finding rules a treatment out, and whether everyone gets a test, ask who should have it
        ("74M AF, HAS-BLED 3. GP reluctant to start apixaban because of the bleeding score. Is a high HAS-BLED a reason not to anticoagulate?", .eligibility),
        ("they want a blood test for anaemia around her first birthday. is that something every baby gets?", .eligibility),
        // whether a medicine helps a complaint is a treatment question; whether one event already
        // counts as a condition asks what the condition is
        ("will levothyroxine help my tiredness? tsh is 8 and i'm exhausted all the time", .treatment),
        ("does having one seizure mean i have epilepsy now", .definition),
        // getting better quicker, or clearing up by itself, is what to expect
        ("does the penicillin actually make my sons strep throat better quicker or would it clear up by itself anyway", .outlook),
        // "been on X…, can I still take Y" asks whether the two go together
        ("been on sertraline 50 for a fortnight, can i still take ibuprofen for my bad back?", .interactions),
        // on one thing, "any risk with that" other thing told: the two together
        ("im on metformin and they've booked me a CT scan with dye next week. is there any risk with that?", .interactions),
        ("having a scan with contrast on friday - is there an issue with the contrast and my metformin?", .interactions),
        // starting one while on another
        ("our daughter is about to start daybue and she's on movicol every day for constipation. does that need changing?", .interactions),
        // whether someone carries on with a medicine is how long to take it
        ("osteoporosis clinic - lady has just had her third yearly zoledronic acid infusion. is that the point where someone should be reviewing whether she carries on?", .duration),
        // a pharmacist's "pt on X wants Y for back pain - any issue?"
        ("pt on sertraline 100mg wants ibuprofen 400mg for back pain - any issue?", .interactions),
        // two given on the same day are two things together
        ("can shingrix be given the same day as the flu shot", .interactions),
        // a breastfed baby is not a question about breastfeeding
        ("hes 4 months, fully breastfed, and since we started the iron drops hes been really constipated. could that be the iron?", .sideEffects),
        // a number needed to treat is how much it helps
        ("3yo with AOM, parents keen on abx for the pain. per cochrane what's the NNT for pain at 2-3 days?", .outlook),
        // a grown son is not a question about children
        ("my son is 18 and starts chemo next month. can an 18 year old even have it?", .eligibility),
        // "putting together a slide" is not two things taken together
        ("putting together a teaching slide - the review that pooled the ottawa data, how many studies did it include?", .information),
        ("is sertraline approved for GAD?", .treatment),
        ("hers isnt even licensed for GAD - how strong is the trial evidence for sertraline?", .outlook),
        // all-cause death is a trial's outcome, not a question about causes
        ("PARADIGM-HF - leaving the composite aside, what were the all-cause death rates on sacubitril/valsartan vs enalapril?", .information),
        // better than a dummy pill asks how well it works, whatever the story said before
        ("my flatmate keeps saying antidepressants are just placebo with side effects. did the big comparison of all the different ones actually find them better than a dummy pill?", .outlook),
        // how often something happens (a share), not a schedule; how much something changed in a study
        ("how often do the scans actually find anything", .outlook),
        ("ottawa negative, discharged without films - how often do we end up picking up a missed fracture afterwards?", .outlook),
        ("how often should she have a repeat dexa", .frequency),
        ("the iron tablets make me feel sick every morning, can i take them less often or do they have to be daily", .frequency),
        ("toprol xl for HFrEF - how fast to uptitrate", .frequency),
        // whether it should have worked by now is when it works
        ("ive been on sertraline 3 weeks and feel no different is that normal", .timing),
        ("2 weeks in and the tablets arent working yet, should i be worried", .urgency),
        ("in FLEX how much total hip bmd did women lose by stopping alendronate compared with staying on it", .outlook),
        // causes
        ("what causes kidney stones", .causes), ("why do my legs swell at night? im 60", .causes),
        ("what causes leber's hereditary optic neuropathy? my cousin lost his sight", .causes), ("who gets hemochromatosis", .causes),
        // symptoms
        ("what are the symptoms of nocardia", .symptoms), ("how do i know if im sleep deprived", .symptoms), ("warning signs of a stroke in women", .symptoms),
        // diagnosis
        ("how do doctors diagnose gardner diamond syndrome", .diagnosis), ("what blood pressure number counts as stage 2", .diagnosis),
        ("what does my t-score of -2.1 mean for my bones", .diagnosis),
        // treatment
        ("stargardt disease any treatment", .treatment), ("the top of my thigh bone is a bit thin on the scan what treatment", .treatment),
        ("i have osteopenia what can i do apart from taking tablets", .treatment), ("is metformin still the first choice", .treatment),
        ("what else should he be on", .treatment), ("my fingers go numb at night what can fix it", .treatment),
        // dose
        ("how much vitamin d for someone over 70", .dose), ("what dose of amoxicillin for a 20 kg child", .dose), ("apixaban dose esrd?", .dose),
        ("how many mg of levothyroxine is normal", .dose),
        // frequency
        ("how often should the dexa scan be repeated", .frequency), ("how frequently do i need my potassium checked", .frequency),
        // duration
        ("how long before sertraline starts working", .duration), ("is it the full 10 days or shorter at his age", .duration), ("we want to try for a baby next year, is it safe for the baby", .pregnancy), ("how long do kids need to take amoxicillin for strep", .duration),
        ("my doctor switched me from coumadin, how long do i keep taking it", .duration), ("ive taken fosamax for 6 years, can i stop now", .duration),
        ("for how long after a dvt", .duration),
        // keeping going until an age, and how long something would have to last
        ("the clinic said keep going with the patches until i'm at least fifty, is that right", .duration),
        ("how long would a fast heartbeat have to go on for before they call it sustained", .duration),
        // "how long am I…" asks a length of time like "how long do I…"
        ("how long am i meant to stay on the gel?", .duration),
        // an effect on the gut is a side effect
        ("any gut effects to expect with the powder", .sideEffects), ("does veltassa have GI effects?", .sideEffects),
        // whether it is still all right to keep taking it asks who may take it, unless a length is named
        ("my kidneys have got worse this year. is it still ok to keep taking it?", .eligibility),
        ("is it ok to keep taking it for another few years?", .duration),
        // the prognostic weight of something is its outlook
        ("prognostic significance of a short run of VT in HCM?", .outlook),
        // after a condition ("if…, are his…"), the main clause asks; the blood test is the condition's
        ("my dad has psoriasis. if the gp starts him on a statin after his blood test, are his muscles a known problem area with it?", .sideEffects),
        // "a known issue" is a side effect; "when does it count as…" asks what it is, not when
        ("he gets awful heartburn on these tablets, known issue?", .sideEffects),
        ("she's come out in a rash three days into the course. could it be the antibiotic?", .sideEffects),
        ("when does a high reading count as stage 2", .diagnosis),
        // whether a medicine is allowed after an operation is who may have it
        ("is ibuprofen actually allowed after stomach surgery", .eligibility),
        // whether treating now changes remission is what to expect
        ("if she starts the tablets now, does that change remission later on", .outlook),
        // timing
        ("when should i take levothyroxine", .timing), ("how far apart should calcium and thyroid pills be", .timing),
        ("is it better to take my statin at night or in the morning", .timing),
        ("does it have to go in at night or can he take it whenever suits", .timing),
        // What to do about one medicine before starting another is how the two go together.
        ("my son starts daybue on monday, should we do anything about his lactulose before?", .interactions),
        // Where a source stands is not what a word means.
        ("what's the AAFP position on hip protectors for care home residents?", .information),
        ("what is NICE's stance regarding vitamin D for everyone", .information),
        ("took her last ramipril this morning. When's the earliest the first sacubitril/valsartan dose can go in?", .timing),
        ("a&e said the ligaments get looked at later - when's the best time to assess the ligament damage?", .timing),
        // The gap between stopping one medicine and starting another.
        ("washout period between lisinopril and starting entresto?", .timing),
        ("ramipril stopped this morning and theres an entresto script to start tonight - too soon?", .timing),
        // side effects
        ("nitrofurantoin pulmonary toxicity on the label?", .sideEffects),
        ("side effects of finasteride", .sideEffects), ("can isotretinoin make me depressed", .sideEffects), ("is ketorolac dangerous for kidneys", .sideEffects),
        // interactions
        ("can i take aleve while on my blood thinner", .interactions), ("can i take ibuprofen with eliquis", .interactions),
        ("is it safe with my other pills", .interactions), ("sertraline and tramadol together", .interactions),
        ("my dad keeps taking his nurofen as well as the ketorolac they gave him, is doubling up like that ok", .interactions),
        // pregnancy
        ("can i take sertraline while breastfeeding", .interactions), ("im pregnant can i have shingrix", .pregnancy),
        ("how much folic acid when trying to get pregnant", .dose), ("is it ok in pregnancy", .pregnancy),
        // children
        ("do kids get this", .children), ("is it different in kids", .children),
        // eligibility
        ("who should take a statin", .eligibility), ("do i need a bone scan at 55", .eligibility), ("should my mom get the shingles shot", .eligibility),
        ("when do doctors say thin bones need a drug", .eligibility), ("pharmacotherapy thresholds for low bone mass", .eligibility),
        // prevention
        ("how do you prevent peripheral artery disease", .prevention), ("how to lower my risk of a second stroke", .prevention),
        // outlook
        ("will my rett syndrome daughter live long", .outlook), ("what is the outlook for als", .outlook), ("will it go away on its own", .outlook),
        // inheritance
        ("is it hereditary", .inheritance), ("does marfan run in families", .inheritance), ("can i pass it on to my kids", .inheritance),
        // urgency
        ("my baby is 6 weeks old and has a fever of 38.2 should we go to the er", .urgency), ("is chest pain after running an emergency", .urgency),
        ("whats a normal blood pressure for a 70 year old", .diagnosis), ("what's the normal range for tsh", .diagnosis),
        ("should i worry about this rash", .urgency), ("my 6 week old has a temp of 38.2, do i need to take him in", .urgency),
        ("should i bring her to the doctor, she is 2 months and has a fever", .urgency), ("can i take him in the bath", .information),
        ("his throat is better after 3 days, does he really have to finish all of it", .duration), ("does she have to finish the whole course", .duration),
        ("pt started it 10 days ago, when are the bloods due", .timing),
        // The ER in the story is where they were, not what is asked.
        ("how many days in a row am i allowed to take these, the ER gave me a box of 20", .duration),
        ("can it be taken with doxycycline", .interactions), ("can it be taken with food", .timing),
        ("the a&e doctor said its a sprain, how long till i can run", .duration), ("should i take him to a&e", .urgency), ("is this an ER thing", .urgency),
        // nothing specific
        ("warfarin", .information), ("osteopenia and exercise", .information),
        // the ask after a story told first; "should I take it" giving way to what is asked of it
        ("the iron pills make me sick, can i take them every other day instead", .frequency),
        ("we're trying for a baby and my tsh is slightly high, does the advice change", .pregnancy),
        ("should i take atorvastatin at night or in the morning", .timing), ("should i take vitamin d", .eligibility),
        ("my clot happened after knee surgery, do i have to be on the blood thinner forever?", .duration),
        ("cant i just take a baby aspirin instead of eliquis for my afib", .treatment),
        ("erenumab warnings - does it cause hypertension?", .sideEffects), ("does propecia mess with a psa test", .sideEffects),
        // readers' and clinicians' ways of asking what kind of fact they want
        ("can i wait until monday to see my doctor", .urgency), ("is ibuprofen ok during labour", .pregnancy),
        ("daily protein intake for kidney disease", .dose), ("my mum is so tired lately, could it be the pills", .sideEffects),
        ("will the cream stain my clothes", .sideEffects), ("ppx for migraine in adults", .prevention),
        ("how well does the shingles shot work after 70", .outlook), ("do i still need a blood thinner at 80", .eligibility),
        ("what goes into the chads score", .diagnosis), ("why did they put him on a water pill", .treatment),
        ("she's allergic to penicillin, what can she take instead", .treatment), ("is 66 too old to start a statin", .eligibility),
        ("can my son get the chickenpox shot", .eligibility), ("isotretinoin and doxycycline, why can't i take both", .interactions),
        ("he's allergic to amoxicillin, what can he have", .treatment), ("what hba1c defines diabetes", .diagnosis),
        ("alendronate how to take", .timing), ("how should i take my iron tablets", .timing),
        // How often people get something is how common it is; how often to take it is a frequency.
        ("how often do people get a severe reaction after shingrix", .outlook), ("how common is hair loss on it", .outlook),
        ("how often do i take it", .frequency), ("does it have to be 3 times a day? she fights us every dose", .frequency), ("how often do kids need a booster", .outlook),
        ("in that pooled data how often did the spine and femoral neck t scores differ by more than 2 sd", .outlook),
        ("my sister takes naproxen most days for her back, could that have anything to do with her low count", .causes),
        ("pt on ferrous sulfate just got doxycycline for acne, any problem", .interactions),
        // Whether the reader is likely to reach an outcome; who is more prone to something (its causes);
        // whether to use something every day (how often).
        ("im 69, am i likely to be full blown osteoporosis by the next scan", .outlook),
        ("are some kidney pts more prone to high potassium than others?", .causes),
        ("can i use the steroid cream every day", .frequency),
        ("does rett syndrome shorten life", .outlook), ("what happens if i miss a dose of warfarin", .sideEffects),
        // A reaction told between "gave him" and what it was; whether it is a known effect; whether
        // something rules a medicine out or it may still be given; a lower starting strength.
        ("the last course gave him a horrendous nappy rash and the runs - is that a recognised thing with it?", .sideEffects),
        ("metformin script for a pt just discharged after an episode of DKA - is that a contraindication?", .eligibility),
        ("post op pt, looks quite dry - is IM ketorolac still ok to give her?", .eligibility),
        ("is there a lower starting strength than 49/51?", .dose),
        // Whether something is part of a condition, or a known feature of it; what comes next;
        // what to rule out first; whether a child is old enough.
        ("my daughter is 4 and has rett, when shes awake she holds her breath - is that part of rett or something else", .symptoms),
        ("gp gave me iron tablets to start now but my sister says i should wait till after the test?", .timing),
        ("if my fracture risk is still high whats the longest i can stay on alendronate?", .duration),
        ("our 6yo with rett grinds her teeth constantly, day and night. is that a rett thing or something separate?", .symptoms),
        ("my daughter with rett stares right into your eyes when she wants something, is that a recognised rett thing", .symptoms),
        ("my daughter has done cbt, then sertraline, then venlafaxine. what comes next under the nice steps", .treatment),
        ("my daughter is 24, hct stuck at 34-35, shes veggie - whats the first thing they should rule out", .causes),
        ("my son is 11 and his acne is scarring, is he old enough for accutane", .eligibility),
        // Taking it with food is when to take it, not a second medicine.
        ("can i take them with food or does it have to be an empty stomach", .timing),
        // Whether to admit is whether care is needed now.
        ("BP 186/124 in clinic, asymptomatic, no signs of end organ damage - admit or manage as an outpatient?", .urgency),
    ]

    @Test func typesOfEveryPhrasing() {
        #expect(Self.typed.count >= 60)
        var wrong: [String] = []
        for (question, expected) in Self.typed {
            let got = QuestionUnderstander.understand(question).types.first
            if got != expected { wrong.append("“\(question)”: \(got?.rawValue ?? "-"), expected \(expected.rawValue)") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) of \(Self.typed.count) wrong:\n\(wrong.joined(separator: "\n"))")
    }

    /// "Urgent care:" at the head of a note is where the asker works, not how urgent the question is
    /// (going to urgent care still is).
    @Test func urgentCareAsASettingIsNoUrgency() {
        #expect(!QuestionUnderstander.understand("Urgent care: 9yo with strep who refuses tablets. Is a single injection an option?").types.contains(.urgency))
        #expect(QuestionUnderstander.understand("should i go to urgent care with this rash").types.contains(.urgency))
        // ("The urgent care doc told me to come back": who said it, not how soon.)
        #expect(!QuestionUnderstander.understand("the urgent care doc told me to come back in a few days, when is the best time to check it?").types.contains(.urgency))
        // ("When should I go get the blood test done" is when, not whether to go in now.)
        #expect(QuestionUnderstander.understand("when should i go get the potassium blood test done?").types.first == .timing)
        #expect(QuestionUnderstander.understand("when should we go in with her fever?").types.first == .urgency)
    }

    /// "Clots run in my family so I'm nervous… are gels any safer?": a family history told is why
    /// the reader worries, not a question whether it is inherited (asked, it still is); and "what
    /// are my chances of having another one" asks the outlook.
    @Test func aFamilyHistoryToldIsNotAskedAndChancesOfAnotherAreAnOutlook() {
        #expect(!QuestionUnderstander.understand("clots run in my family so im nervous about HRT. are gels any safer than tablets?").types.contains(.inheritance))
        #expect(QuestionUnderstander.understand("my mum had clots. does it run in families?").types.first == .inheritance)
        #expect(QuestionUnderstander.understand("first seizure last month, what are my chances of having another one?").types.first == .outlook)
        leads("clots run in my family so im nervous about starting HRT for hot flushes. are gels any safer than the tablets for clot risk?", from: "menopause-hormone-therapy", .lay, with: "less risk of clots")
    }

    /// "28yo, not pregnant, cystitis": a pregnancy ruled out is neither the question's type nor its
    /// focus (it had led the nitrofurantoin question to withhold its dose and days); the shorthand
    /// drops it before the question is understood.
    @Test func aPregnancyRuledOutIsNotAsked() {
        #expect(!QuestionUnderstander.understand(Shorthand.expanded("28yo, not pregnant, cystitis - what dose of nitrofurantoin and how many days?")).types.contains(.pregnancy))
        #expect(!Shorthand.expanded("28yo, not pregnant, cystitis").contains("pregnant"))
        #expect(!Shorthand.expanded("a non-pregnant woman with cystitis").contains("pregnant"))
        #expect(QuestionUnderstander.understand("can i take nitrofurantoin while pregnant?").types.contains(.pregnancy))
        leads("ED triage: 31F, not pregnant, simple cystitis, nitrofurantoin per IDSA - dose and how many days?", from: "uncomplicated-uti-women", .clinical, with: "100 mg twice daily for 5 days")
    }

    /// "Does my age count towards needing an X-ray": the age a rule starts at answers, though it
    /// leaves a 50-year-old out ("55 or older"); "towards" and "whether" carry the question.
    @Test func whetherAgeCountsIsAnsweredByTheAgeARuleStartsAt() {
        leads("banged my knee on the stairs, walking ok. I'm 50 - does my age count towards needing an x-ray?", from: "fall-wrist-knee-ankle-numbness", .lay, with: "55 or older")
    }

    /// What the question itself asks, apart from a story told before it; not when it points back.
    @Test func theAskedPartLeavesTheStoryOut() {
        #expect(QuestionUnderstander.askedPart("the iron pills make me sick, can i take them every other day") == "can i take them every other day")
        #expect(QuestionUnderstander.storyPart("the iron pills make me sick, can i take them every other day") == "the iron pills make me sick,")
        #expect(QuestionUnderstander.askedPart("echo says trivial mitral regurgitation, is that bad") == "echo says trivial mitral regurgitation, is that bad")
        // It points back at the sentence just before, not at the story before that.
        #expect(QuestionUnderstander.askedPart("filling in an insurance form with a tick box. my echo said trivial MR - does that count as valve disease?")
                == "my echo said trivial MR - does that count as valve disease?")
        #expect(QuestionUnderstander.storyPart("filling in an insurance form with a tick box. my echo said trivial MR - does that count as valve disease?")
                == "filling in an insurance form with a tick box.")
        #expect(QuestionUnderstander.askedPart("my TSH was 5.6 - is that high?") == "my TSH was 5.6 - is that high?")
        // A clause of when something happens, inside a sentence that tells, is story; a question
        // reported in the story ("asking when") is what is asked.
        #expect(QuestionUnderstander.askedPart("my knee clicks when i kneel. how long do clicky knees last?") == "how long do clicky knees last?")
        #expect(QuestionUnderstander.askedPart("she keeps asking when she can stop. is there a set time?") == "when she can stop. is there a set time?")
        // A last sentence that asks on a condition asks; the sentence before it is the story.
        let hrt = "52, flushes are awful, but my mum had a DVT in her 50s. if i do go on HRT would patches be safer than tablets for clots?"
        #expect(QuestionUnderstander.askedPart(hrt) == "if i do go on HRT would patches be safer than tablets for clots?")
        #expect(QuestionUnderstander.storyPart(hrt) == "52, flushes are awful, but my mum had a DVT in her 50s.")
        #expect(QuestionUnderstander.askedPart("i'm 40. if i miss a dose it's fine. can i take it at night?") == "can i take it at night?")
        // Within that sentence, "that" points at the nearest thing told: the clause after its last ", and".
        #expect(QuestionUnderstander.askedPart("shes 10 months, exclusively breastfed till 6 months, and the health visitor wants a blood test for anaemia. is that something every baby gets?")
                == "the health visitor wants a blood test for anaemia. is that something every baby gets?")
        #expect(QuestionUnderstander.askedPart("got a clot after knee surgery how long do i need it") == "how long do i need it")
        #expect(QuestionUnderstander.storyPart("escitalopram starting dose for GAD and when can it be titrated") == nil)
        // "Which" after a preposition and before its clause's subject says where, it does not ask;
        // before a noun it asks ("to which group").
        #expect(QuestionUnderstander.askedPart("CrCl 33. is there a kidney cut-off below which it should not be used?") == "is there a kidney cut-off below which it should not be used?")
        #expect(QuestionUnderstander.askedPart("the T-score is worked out relative to which group of people?") == "which group of people?")
        // A wh-word after "like" or "than" opens a clause inside the question, not the question.
        let amoxil = "the gp gave him amoxil again, is it still the full 10 days like when he was a toddler"
        #expect(QuestionUnderstander.askedPart(amoxil) == "is it still the full 10 days like when he was a toddler")
        #expect(QuestionUnderstander.storyPart(amoxil) == "the gp gave him amoxil again,")
        #expect(QuestionUnderstander.askedPart("my rash is worse than when i started, what's next") == "what's next")
        #expect(QuestionUnderstander.storyPart("can i take it with food") == nil)
        // A statement after the question tells the story too; another question after it does not.
        #expect(QuestionUnderstander.askedPart("daybue side effects? our neurologist suggested it") == "daybue side effects?")
        #expect(QuestionUnderstander.storyPart("daybue side effects? our neurologist suggested it") == "our neurologist suggested it")
        #expect(QuestionUnderstander.storyPart("my son has strep, how long is he contagious? he had it last year") == "my son has strep, he had it last year")
        #expect(QuestionUnderstander.storyPart("is it safe? can i take it with food") == nil)
        // A sentence of story, then a sentence that asks (with whatever it asks about after the opener).
        let flushes = "im 53, the hot flushes are unbearable and my last scan said osteopenia. would HRT help my bones aswell as the flushes"
        #expect(QuestionUnderstander.askedPart(flushes) == "would HRT help my bones aswell as the flushes")
        #expect(QuestionUnderstander.storyPart(flushes) == "im 53, the hot flushes are unbearable and my last scan said osteopenia.")
        #expect(QuestionUnderstander.storyPart("my dose is 2.5 mg. can i take it at night") == "my dose is 2.5 mg.")
        #expect(QuestionUnderstander.storyPart("it was 2.5 mg. is that a lot") == nil) // it points back
    }

    /// With the story set apart, osteopenia told in it is the reader's circumstance: the menopause
    /// article's sentence on bone loss answers (it was withheld, as if osteopenia went unheard).
    @Test func aStoryToldInItsOwnSentenceIsTheReadersCircumstance() {
        let answer = RelevanceTests.engine.answer("im 53, the hot flushes are unbearable and my last scan said osteopenia. would HRT help my bones aswell as the flushes",
                                                  from: "osteopenia-guidelines", audience: .lay)
        #expect(answer.confident && answer.answer.first.map { Patterns.matches(#"bone loss|protecting bones|bone protection"#, in: $0.text) } == true, "\(answer.answer.map(\.text))")
    }

    /// "Dad has stage 3b ckd, does it run in families?": the clause that asks points back at the
    /// CKD, and still says what is asked (whether it is inherited, not what a stage means). With
    /// nothing in the library on that, it is not answered with the stages.
    @Test func aClauseThatPointsBackStillSaysWhatIsAsked() {
        let question = "dad has stage 3b ckd, does it run in families? should me and my brother get our kidneys checked"
        #expect(QuestionUnderstander.understand(question).types.first == .inheritance)
        #expect(QuestionUnderstander.askedPart("dad has stage 3b ckd, does it run in families?") == "dad has stage 3b ckd, does it run in families?")
        let answer = RelevanceTests.engine.answer(question, from: "ckd-stage-3-what-it-means", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }

    @Test func twoQuestionsInOneGetBothTypes() {
        let types = QuestionUnderstander.understand("my mother was told she has X, she is 70, what are the treatment options and is it hereditary?").types
        #expect(types.prefix(2) == [.treatment, .inheritance])
    }

    /// "Metformin 1g bd": the regimen the reader tells (an amount, then how often) is not a
    /// question of how often; "how often… twice a day?" still is.
    @Test func aToldRegimenIsNotAskedFrequency() {
        #expect(!QuestionUnderstander.understand(Shorthand.expanded("metformin 1g bd pt booked for a contrast CT next week. what does the label say about contrast?")).types.contains(.frequency))
        #expect(QuestionUnderstander.understand("should i take it twice a day or once?").types.first == .frequency)
    }

    /// "K 5.6", "na 131": a lab's chemical symbol with a value is that lab, searched by its name;
    /// "hold or continue" asks whether to go on with the drug.
    @Test func aLabSymbolWithItsValueIsThatLab() {
        let k = QuestionUnderstander.understand("K 5.6 on lisinopril 20 mg, hold or continue?")
        #expect(k.types.first == .duration)
        #expect(k.constraints.contains { $0.kind == "lab" && $0.value == "potassium 5.6" })
        #expect(k.searchText.contains("potassium 5.6") && !k.searchText.contains("K 5.6"))
        #expect(QuestionUnderstander.understand("na 131 on sertraline").constraints.contains { $0.kind == "lab" && $0.value == "sodium 131" })
        // Not a lab: a run's length, a weight, a year.
        for other in ["i ran a 5k today", "vitamin k 10 mg dose", "k 70 kg"] {
            #expect(!QuestionUnderstander.understand(other).constraints.contains { $0.kind == "lab" }, "\(other)")
        }
        // A negative number read at a bone site is its T-score; one beyond any T-score is not.
        #expect(QuestionUnderstander.understand("my femoral neck came back -1.7 and im 69").constraints.contains { $0.kind == "lab" && $0.value == "t-score -1.7" })
        #expect(QuestionUnderstander.understand("hip -2.1, spine -0.8, do i need a drug").constraints.contains { $0.kind == "lab" && $0.value == "t-score -2.1" })
        #expect(!QuestionUnderstander.understand("my spine was -12 on the chart").constraints.contains { $0.kind == "lab" })
    }

    /// "My 2 and a half yr old": an age in whole years, so "children under 3 are usually not
    /// tested" takes the child in (the half had hidden the age, and an adult's rule had led).
    @Test func anAgeAndAHalf() {
        #expect(QuestionUnderstander.understand("my 2 and a half yr old has a sore throat").constraints.contains { $0.kind == "age" && $0.value == "2 years" })
        leads("my 2 and a half year old has a sore throat and a fever and her friend at nursery has strep. should i ask for a swab?", from: "strep-throat-antibiotics", .lay, with: "under 3")
    }

    @Test func circumstancesAreContextNotSearchWords() {
        let (_, constraints, search) = QuestionUnderstander.understand("im a 64 year old man and my a1c came back 7.9, is metformin still the first choice")
        #expect(constraints.contains { $0.kind == "age" && $0.value == "64 years" })
        #expect(constraints.contains { $0.kind == "sex" && $0.value == "male" })
        #expect(constraints.contains { $0.kind == "lab" && $0.value == "a1c 7.9" })
        #expect(!search.contains("64") && !search.contains("man") && !search.contains("came back"))
        #expect(search.contains("a1c") && search.contains("metformin"))
        // A couple ("my wife and i", "me and my husband") tells no one sex: the reader is the other.
        for couple in ["my wife and i are trying for a baby", "me and my husband take iron", "me and my wife are at a fertility clinic"] {
            #expect(!QuestionUnderstander.understand(couple).constraints.contains { $0.kind == "sex" }, "\(couple)")
        }
        #expect(QuestionUnderstander.understand("my wife is on iron tablets").constraints.contains { $0.kind == "sex" && $0.value == "female" })

        #expect(QuestionUnderstander.understand("she is 7 weeks and 38.4, can we wait").constraints.contains { $0.kind == "age" && $0.value == "7 weeks" })
        // "Our daughter is 22 months" is 22 months old, not 22 years.
        #expect(QuestionUnderstander.understand("our daughter is 22 months with a MECP2 variant").constraints.filter { $0.kind == "age" }.map(\.value) == ["22 months"])
        #expect(!QuestionUnderstander.understand("she is 7 weeks pregnant").constraints.contains { $0.kind == "age" })
        // Other relatives' ages ("my niece is 16", "my brother's 45").
        #expect(QuestionUnderstander.understand("my niece is 16 and her hb came back 11.7").constraints.contains { $0.kind == "age" && $0.value == "16 years" })
        #expect(QuestionUnderstander.understand("my brother's 45, should he be on a statin").constraints.contains { $0.kind == "age" && $0.value == "45 years" })
        // ... and typed without the apostrophe ("my mums 74").
        #expect(QuestionUnderstander.understand("my mums 74 and her bp is 150/90").constraints.contains { $0.kind == "age" && $0.value == "74 years" })
        // A patient's or customer's age, told as a pharmacist or nurse tells it (not a reading, "120/80").
        #expect(QuestionUnderstander.understand("patient is 70 - lower dose?").constraints.contains { $0.kind == "age" && $0.value == "70 years" })
        #expect(QuestionUnderstander.understand("customer's 82, is that ok").constraints.contains { $0.kind == "age" && $0.value == "82 years" })
        #expect(!QuestionUnderstander.understand("patient is 120/80 on lisinopril").constraints.contains { $0.kind == "age" })
        let baby = QuestionUnderstander.understand("my 6 week old daughter has a temperature of 38.2, 12 weeks pregnant sister, 500 mg amoxicillin")
        #expect(baby.constraints.contains { $0.kind == "age" && $0.value == "6 weeks" })
        #expect(baby.constraints.contains { $0.kind == "sex" && $0.value == "female" })
        #expect(baby.constraints.contains { $0.kind == "pregnancy" && $0.value == "12 weeks" })
        #expect(baby.constraints.contains { $0.kind == "dose" && $0.value == "500 mg" })
        // How far along a pregnancy is, told with "at"; a baby's age is told without it.
        #expect(QuestionUnderstander.understand("cystitis in a woman at 39 weeks, ok for nitrofurantoin?").constraints.contains { $0.kind == "pregnancy" && $0.value == "39 weeks" })
        #expect(!QuestionUnderstander.understand("she's 6 weeks and feeding well").constraints.contains { $0.kind == "pregnancy" })
        #expect(!QuestionUnderstander.understand("my daughter at 8 weeks had a temperature").constraints.contains { $0.kind == "pregnancy" })
        leads("she's at 38 weeks with a bladder infection, is macrobid still ok this late?", from: "uncomplicated-uti-women", .clinical, with: "term pregnancy")
        // A duration is not an age: "for 3 months" stays in the search.
        let (_, c2, s2) = QuestionUnderstander.understand("do i take it for 3 months")
        #expect(!c2.contains { $0.kind == "age" } && s2.contains("3 months"))
        let (_, c3, _) = QuestionUnderstander.understand("she is 70 and takes lisinopril")
        #expect(c3.contains { $0.kind == "age" && $0.value == "70 years" })
        // A child's age in years told without "old"; not a dose or a time.
        #expect(QuestionUnderstander.understand("my son just turned 4, is it the full 10 days").constraints.contains { $0.kind == "age" && $0.value == "4 years" })
        #expect(QuestionUnderstander.understand("my grandson is 6 and has heart failure").constraints.contains { $0.kind == "age" && $0.value == "6 years" })
        #expect(!QuestionUnderstander.understand("my son is 5 weeks old").constraints.contains { $0.kind == "age" && $0.value == "5 years" })
        #expect(!QuestionUnderstander.understand("turned 5 mg up to 10").constraints.contains { $0.kind == "age" })
    }

    @Test func focusComesFromTheGlossaryAndItsHierarchy() {
        let glossary = [
            GlossaryEntry(term: "anticoagulant", synonyms: ["blood thinner"], definition: "A medicine that slows clotting."),
            GlossaryEntry(term: "vitamin K antagonist", synonyms: ["VKA"], broader: ["anticoagulant"], definition: "A kind of anticoagulant."),
            GlossaryEntry(term: "warfarin", synonyms: ["Coumadin", "Jantoven"], broader: ["vitamin K antagonist"], definition: "A blood thinner."),
            GlossaryEntry(term: "NSAID", synonyms: ["NSAIDs", "anti-inflammatory"], definition: "A pain medicine such as ibuprofen."),
            GlossaryEntry(term: "naproxen", synonyms: ["Aleve"], broader: ["NSAID"], definition: "An NSAID."),
        ]
        let articles = [
            Article(id: "bleeding", question: "Do NSAIDs raise bleeding risk with anticoagulants?", specialty: "Cardiology", questionTypes: ["interactions"],
                    status: .underReview, lastUpdated: "2026-01-01", summary: Summary(clinical: "NSAIDs with anticoagulants raise bleeding risk [1].")),
            Article(id: "afib", question: "Who with atrial fibrillation needs an anticoagulant?", specialty: "Cardiology", questionTypes: ["eligibility"],
                    status: .underReview, lastUpdated: "2026-01-01", summary: Summary(clinical: "Most people with AF and risk factors need an anticoagulant [1].")),
            Article(id: "hip", question: "How is hip arthritis treated?", specialty: "Orthopaedics",
                    status: .underReview, lastUpdated: "2026-01-01", summary: Summary(clinical: "Exercise first; paracetamol or an NSAID for pain [1].")),
        ]
        let index = SearchIndex(articles: articles, glossary: glossary)
        let (understood, query) = index.interpret("can i take aleve while on my coumadin")
        #expect(understood.type == "interactions")
        #expect(understood.focus == ["naproxen", "warfarin"])
        // Neither Aleve nor Coumadin is in any article: their broader concepts are what is searched.
        #expect(!query.terms.isEmpty)
        #expect(index.search(query, limit: 3).first?.articleID == "bleeding")
        // A broad name finds articles that name only a narrower concept.
        #expect(index.search("blood thinner bleeding", limit: 1).first?.articleID == "bleeding")
    }

    /// What the reader says they do not have sets the scene and is not searched; a bare reading
    /// that can only be a blood pressure is searched as one.
    @Test func deniedSignsAreCircumstanceAndABareReadingIsABloodPressure() {
        let (_, constraints, search) = QuestionUnderstander.understand("cuff read 184/122 twice, no headache or chest pain, feel ok. can it wait for my gp?")
        #expect(constraints.contains { $0.kind == "without" && $0.value == "headache or chest pain, feel ok" })
        #expect(!search.contains("headache") && !search.contains("chest") && search.hasSuffix(" blood pressure"))
        // Not a denial: one that runs on ("no chest pain until today…"), asks ("no dose change needed?") or is an idiom.
        for q in ["no chest pain until today when it started", "is no dose change needed?", "no idea why, is it the tablets",
                  "i take my levothyroxine without food. is that ok?"] {
            #expect(!QuestionUnderstander.understand(q).constraints.contains { $0.kind == "without" }, "\(q)")
        }
        // A reading that names itself, or is not a pressure, adds nothing.
        #expect(!QuestionUnderstander.understand("my bp is 150/95, tablets?").searchText.hasSuffix("blood pressure"))
        #expect(!QuestionUnderstander.understand("took 20/12.5 for 3/12").searchText.contains("blood pressure"))
    }

    /// A reader names what they notice ("tingly"); a label names the condition that shows as it.
    @Test func aConditionIsFoundByTheSignsItShowsAs() {
        let glossary = [
            GlossaryEntry(term: "paraesthesia", synonyms: ["tingling", "tingly"], definition: "Pins and needles."),
            GlossaryEntry(term: "peripheral neuropathy", synonyms: ["neuropathy"], signs: ["paraesthesia"], definition: "Nerve damage."),
            GlossaryEntry(term: "diabetic neuropathy", broader: ["peripheral neuropathy"], definition: "Nerve damage from diabetes."),
        ]
        let articles = [
            Article(id: "uti", question: "How are bladder infections treated?", specialty: "Urology", questionTypes: ["side-effects"],
                    status: .underReview, lastUpdated: "2026-01-01", summary: Summary(clinical: "Its label warns of peripheral neuropathy [1].")),
            Article(id: "gout", question: "How is gout treated?", specialty: "Rheumatology", questionTypes: ["side-effects"],
                    status: .underReview, lastUpdated: "2026-01-01", summary: Summary(clinical: "Its label warns of a rash [1].")),
        ]
        let index = SearchIndex(articles: articles, glossary: glossary)
        let tingling = index.analyse("my feet are tingly").filter(ConceptTable.isConcept)
        #expect(tingling.count == 1)
        // The condition's names carry its sign, and so do the names of a narrower condition.
        #expect(index.analyse("peripheral neuropathy").contains(tingling[0]))
        #expect(index.analyse("diabetic neuropathy").contains(tingling[0]))
        // A sign does not name the condition.
        #expect(index.analyse("tingling").filter(ConceptTable.isConcept) == tingling)
        #expect(index.search("my feet have gone tingly", limit: 1).first?.articleID == "uti")
    }

    /// An article that answers the kind of question asked wins over one with the same words.
    @Test func theSameQuestionTypeRanksFirst() {
        func article(_ id: String, _ type: String, _ question: String) -> Article {
            Article(id: id, question: question, specialty: "Genetics", questionTypes: [type], status: .underReview, lastUpdated: "2026-01-01",
                    summary: Summary(clinical: "Alport syndrome affects the kidneys, the ears and the eyes [1]."))
        }
        let index = SearchIndex(articles: [article("a-1", "definition", "What is Alport syndrome?"),
                                           article("a-3", "inheritance", "Is Alport syndrome inherited?"),
                                           article("a-4", "treatment", "What are the treatments for Alport syndrome?")], glossary: [])
        #expect(index.search("my brother has alport syndrome, will my kids get it? is it genetic", limit: 1).first?.articleID == "a-3")
        #expect(index.search("alport syndrome what can be done for it", limit: 1).first?.articleID == "a-4")
        #expect(index.search("alport syndrome", limit: 1).first?.articleID == "a-1")
    }

    /// What is asked points back at the story when it opens or ends on "that"/"this", or opens on an
    /// "it" that stands for what the story named; not on an "it" that only carries the sentence.
    @Test func theQuestionPointsBackAtTheStory() {
        for asked in ["is that a problem with my metformin", "does this mean I need surgery", "can it cause that",
                      "does it cause hypertension?", "is it even approved for kids", "does shingrix say anything about that",
                      "could i ask for that instead of the sertraline", "can i switch to those instead",
                      "is there a specific warning about that with apixaban?"] {
            #expect(QuestionUnderstander.pointsBackAtStory(asked), "\(asked)")
        }
        for asked in ["is it alright to take ibuprofin or does that slow down the healing", "is it too late to start HRT",
                      "is it the full 10 days", "ok to dispense?", "can children even take entresto",
                      "what does the label say about that drug"] {
            #expect(!QuestionUnderstander.pointsBackAtStory(asked), "\(asked)")
        }
    }

    /// Having been to A&E is the story, not a question of whether to go ("sent home from a&e with
    /// toradol tablets, what should her dose be" asks a dose); going there still asks it.
    @Test func beingSentHomeFromAandEIsNotAskingWhetherToGo() {
        #expect(QuestionUnderstander.understand("mum is 78 and was sent home from a&e with toradol tablets, what should her dose be").types.first == .dose)
        #expect(QuestionUnderstander.understand("we were in a&e last night, how long does the rash last").types.first != .urgency)
        #expect(QuestionUnderstander.understand("should i take him to a&e").types.first == .urgency)
        #expect(QuestionUnderstander.understand("is this an er thing or can it wait").types.first == .urgency)
    }

    /// "Is calpol ok with the antibiotic", "ok with ibuprofen?": whether two things go together;
    /// "is she ok with a temp of 38" is not.
    @Test func okWithAnotherMedicineAsksAboutTakingThemTogether() {
        for asked in ["is calpol ok with the antibiotic", "ok with ibuprofen?", "is it safe with warfarin", "are the iron tablets fine with my levothyroxine"] {
            #expect(QuestionUnderstander.understand(asked).types.first == .interactions, "\(asked)")
        }
        for asked in ["is she ok with a temp of 38", "is it ok with food", "is he ok with that rash", "are they fine with a high temperature"] {
            #expect(QuestionUnderstander.understand(asked).types.first != .interactions, "\(asked)")
        }
    }

    /// A shot given "in the ER" is the story; "how much is the first tablet" asks a dose.
    @Test func aShotInTheERIsTheStoryAndTheFirstTabletADose() {
        let asked = QuestionUnderstander.understand("im 40 and got a toradol shot in the ER, now they gave me tablets - how much is the first tablet")
        #expect(asked.types.first == .dose, "\(asked.types)")
        #expect(!asked.types.contains(.urgency), "\(asked.types)")
        #expect(QuestionUnderstander.understand("how much is the risk of a bleed").types.first != .dose)
        let answer = RelevanceTests.engine.answer("im 40 and got a toradol shot in the ER, now they gave me tablets - how much is the first tablet", from: "ketorolac-safe-use", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("first pill is 20 mg") == true, "\(answer.answer.map(\.text))")
    }

    /// "Could she have children of her own one day" asks about fertility, not about children: any
    /// sentence of the Rett article that mentions a child does not answer it.
    @Test func havingChildrenIsNotAQuestionAboutChildren() {
        let asked = QuestionUnderstander.understand("could she have children of her own one day")
        #expect(!asked.types.contains(.children) && asked.types.first == .pregnancy, "\(asked.types)")
        #expect(QuestionUnderstander.understand("can children have it").types.contains(.children))
        #expect(QuestionUnderstander.understand("can my baby have it").types.contains(.children))
        let answer = RelevanceTests.engine.answer("could she have children of her own one day", from: "rett-syndrome", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }

    /// "…will make her put on weight, does it": a bare tag asks what the story said, so the story
    /// is the question ("weight" must be heard; the Lexapro label's list of uses does not).
    @Test func aBareTagAsksWhatTheStorySaid() {
        let text = "my daughter is scared lexapro will make her put on weight, does it"
        #expect(QuestionUnderstander.askedPart(text) == text)
        // ("- why?" is a question of its own: the story before it is the reader's circumstance.)
        #expect(QuestionUnderstander.askedPart("been on metformin 10 yrs and the gp wants to check my b12 - why?") == "why?")
        let answer = RelevanceTests.engine.answer(text, from: "generalized-anxiety-treatment", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }

    /// "Does my boyfriend need antibiotics too": the article (a woman's bladder infection) says
    /// nothing of partners, so it does not answer, and the reader is told what nothing speaks of.
    @Test func someoneElseAskedAboutMustBeHeard() {
        #expect(QuestionUnderstander.someoneElseAskedAbout("does my boyfriend need antibiotics too") == "boyfriend")
        #expect(QuestionUnderstander.someoneElseAskedAbout("should my husband be taking folic acid too while were trying") == "husband")
        #expect(QuestionUnderstander.someoneElseAskedAbout("my husband says i should stop, is that right") == nil)
        let answer = RelevanceTests.engine.answer("does my boyfriend need antibiotics too", from: "uncomplicated-uti-women", audience: .lay)
        #expect(!answer.confident && answer.unheard == ["boyfriend"], "\(answer.answer.map(\.text)) \(answer.unheard ?? [])")
        // (A father-to-be is someone else too.)
        #expect(QuestionUnderstander.someoneElseAskedAbout("should dads-to-be take folic acid too?") == "father")
        #expect(QuestionUnderstander.someoneElseAskedAbout("does the male partner's folate matter?") == "father")
        for question in ["should dads-to-be take folic acid too?", "Is there evidence the male partner's folate intake matters for neural tube defects?"] {
            let folate = RelevanceTests.engine.answer(question, from: "folic-acid-before-pregnancy", audience: .lay)
            #expect(!folate.confident, "\(question): \(folate.answer.map(\.text))")
        }
    }

    /// "I use the combined pill. Does levetiracetam stop it working?": what "it" is, told before, is
    /// the other medicine asked about, and an article that never speaks of it does not answer.
    @Test func whatAMedicineMayStopWorkingIsAsked() {
        let answer = RelevanceTests.engine.answer("i use the combined pill for contraception. does levetiracetam stop it working?", from: "first-seizure-adult", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
        #expect(Patterns.matches(AnswerComposer.stopsItWorking, in: "will the antibiotics stop it working"))
        #expect(!Patterns.matches(AnswerComposer.stopsItWorking, in: "when can i stop it"))
    }

    /// Who cares for the reader ("gp wants to put me on doxycycline…") is not what the answer must
    /// speak of: a reader told what nothing speaks to is not told "primary care".
    @Test func theReadersDoctorIsNotATopic() {
        let answer = RelevanceTests.engine.answer("gp wants to put me on doxycycline for a chest infection but im 8 weeks into roaccutane, is that ok together", from: "isotretinoin-severe-acne", audience: .lay)
        #expect(!(answer.unheard ?? []).contains { $0.lowercased().contains("primary care") || $0.lowercased() == "gp" }, "\(answer.unheard ?? [])")
        // Nor does what the doxycycline is for ("a chest infection") keep the label's warning from
        // answering: doxycycline is a tetracycline.
        #expect(answer.confident && answer.answer.first?.text.contains("tetracycline") == true, "\(answer.answer.map(\.text))")
    }

    /// "The camera tests" are named by the kind of camera test a sentence gives ("bidirectional
    /// endoscopy"); a test's umbrella word needs no sentence of its own.
    @Test func aTestOfTheKindAskedNamesIt() {
        let answer = RelevanceTests.engine.answer("im 38, my periods are really heavy and they found my iron is low. do i have to have the camera tests or can i just try iron tablets first?", from: "hematocrit-34-35-african-american-woman", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("bidirectional endoscopy") == true, "\(answer.answer.map(\.text)) \(answer.unheard ?? [])")
    }

    /// "How many months will he have to stop driving" asks a count of months about driving: the
    /// library's "early medicine does not change the long-term outlook" is neither, and it says
    /// nothing about driving times, so the answer is withheld.
    @Test func aCountOfMonthsIsAnsweredByOneAndStoppingDrivingIsNotStoppingAMedicine() {
        let answer = RelevanceTests.engine.answer("my husband had his first seizure last week, we're in the uk. how many months will he have to stop driving for?", from: "first-seizure-adult", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
        #expect(!AnswerTest.matches(AnswerTest.asksToStop, "how many months will he have to stop driving for?"))
        #expect(AnswerTest.matches(AnswerTest.asksToStop, "will he have to stop the tablets?"))
        #expect(AnswerTest.matches(AnswerTest.countOfTime, "usually for 3 to 6 months") && !AnswerTest.matches(AnswerTest.countOfTime, "the long-term outlook"))
        // "Every 6 to 12 months" says how often, as "every 6 months" does.
        #expect(AnswerTest.passes("labelled 'possible' RTT and reassessed every 6 to 12 months [1].", type: .frequency))
    }

    /// Two vaccines on the same day: Shingrix's own label, which calls Shingrix "the vaccine", does
    /// not speak of the flu jab beside it.
    @Test func aKindBothShareDoesNotSpeakForEither() {
        let answer = RelevanceTests.engine.answer("can shingrix be given the same day as the flu shot", from: "shingles-vaccine-adults", audience: .clinical)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }

    /// "Makes me go dizzy", "feel this wiped out on it" tell of a side effect; "go on warfarin with
    /// all the blood tests" is not taking two things together.
    @Test func feelingsOnAMedicineAreSideEffects() {
        for asked in ["lisinipril makes me go dizzy when i stand up, is that a reason to stop it", "is it normal to feel this wiped out on it", "it makes him sick"] {
            #expect(QuestionUnderstander.understand(asked).types.contains(.sideEffects), "\(asked)")
        }
        #expect(!QuestionUnderstander.understand("do i have to go on warfarin with all the blood tests or can i have one of the newer ones like xarelto").types.contains(.interactions))
        #expect(QuestionUnderstander.understand("can i take it with my other tablets").types.contains(.interactions))
    }

    /// A question of question words only asks about what was said before it.
    @Test func aBareQuestionAsksAboutTheStory() {
        let question = "my mate said that big uk study showed it cut deaths from the diabetes itself - by how much?"
        #expect(QuestionUnderstander.askedPart(question) == question)
        #expect(QuestionUnderstander.storyPart(question) == nil)
        #expect(QuestionUnderstander.askedPart("my bp is 150/95 - what should it be?") == "what should it be?")
    }

    /// How readers ask whether, for what, and how much, in their own idiom: "is X a problem with Y"
    /// weighs two things together; "still ok on it", "ok to dispense?" and "does that argue for"
    /// ask whether it is right for this person; "what's the mg/kg" asks a dose; "what range" a
    /// target. (Each question was withheld or led with a point on something else.)
    @Test func idiomsOfWhetherAndHowMuch() {
        let typed: [(String, QuestionType)] = [
            ("got a CT with contrast booked, is the contrast a problem with metformin?", .interactions),
            ("72F on alendronate 70 weekly, latest CrCl 31 mL/min. is she still ok on it per the label?", .eligibility),
            ("macrobid 100 bd x5d for a 74yo lady, her CrCl is 45. ok to dispense?", .eligibility),
            ("CAC came back 0. does that argue for holding off the statin?", .eligibility),
            ("confirmed GAS in a 25kg child. what's the mg/kg and max?", .dose),
            ("my level came back at 62 ng/ml - is that too much? what range am i supposed to be in?", .diagnosis),
            ("at what creatinine rise should the ACEi be stopped?", .eligibility),
            ("wants to take 5mg folic acid, any downside to taking that much?", .sideEffects),
            // Whether it is for a kind of person: who may take it.
            ("my wife is losing hair too, is it ok for women?", .eligibility),
            ("can teenagers take it or only adults", .eligibility),
            // Whether the reader will be given a medicine; another way to have one.
            ("am i going to be put on a bone tablet?", .eligibility),
            ("is there any way to get iron in without tablets?", .treatment),
            // Whether to act on a result or test again: what confirms it.
            ("potassium 5.9 on a sample that sat around for hours - do we act on it or repeat first?", .diagnosis),
        ]
        for (asked, type) in typed {
            #expect(QuestionUnderstander.understand(asked).types.contains(type), "\(asked): \(QuestionUnderstander.understand(asked).types)")
        }
        // "How much weight should I put on that number" asks how far to trust it, not an amount to take.
        let trust = QuestionUnderstander.understand("MVA of 3.6 cm2 by pressure half-time on a normal valve. how much weight should i put on that number?")
        #expect(!trust.types.contains(.dose), "\(trust.types)")
    }

    /// How far a measure moves, where a body part is, what goes into a score, what a label warns
    /// of, a regimen, something to take, and a vaccine that stops catching a disease: each was
    /// typed as nothing (or as the dose's "twice a day") and withheld.
    @Test func idiomsOfChangePlaceAndWarning() {
        let typed: [(String, QuestionType)] = [
            ("if she comes off the tablets how much will her spine score fall?", .outlook),
            ("the letter mentions the wrist. where the radius is - is it the forearm?", .definition),
            ("what went into that number on the frax sheet, just the hip?", .diagnosis),
            ("what cut-off figure do they use for a normal reading?", .diagnosis),
            ("does the warfarin leaflet warn about dental work?", .sideEffects),
            ("which regimen does the label give for a kidney infection?", .dose),
            ("is there anything she could take before the flight to settle it?", .treatment),
            ("will the flu jab stop him getting the cold going round?", .prevention),
            ("pt on lithium brought in a naproxen script. ok to supply?", .eligibility),
            ("what is the least gap you can leave between doses of it?", .frequency),
            // A medicine taken, then whether another may be had: whether the two go together.
            ("she takes lithium - can she have ibuprofen?", .interactions),
        ]
        for (asked, type) in typed {
            #expect(QuestionUnderstander.understand(asked).types.contains(type), "\(asked): \(QuestionUnderstander.understand(asked).types)")
        }
        // (Not when the second is the same thing again.)
        #expect(!QuestionUnderstander.understand("he takes a tablet - can he have it?").types.contains(.interactions))
        // A duration by its name, how long past getting better, and a check repeated every so
        // often or a scan done again: each was typed as something else ("urgency" from an old
        // anaphylaxis named in passing, the dose of "same dose").
        let timed: [(String, QuestionType)] = [
            ("pt has a clear anaphylaxis history to penicillin. if we go with azithromycin, what duration does IDSA give?", .duration),
            ("does the label say how long past feeling better to carry on?", .duration),
            ("same dose for 3 years, no review. is it supposed to get checked again every so often?", .frequency),
            ("they said no tablets for now - roughly when should she be rescanned?", .frequency),
            // "It goes up - how quickly and to how high": how often the dose steps up, and to what.
            ("started him on toprol xl 25mg. the nurse mentioned it goes up - how quickly and to how high?", .dose),
        ]
        for (asked, type) in timed {
            #expect(QuestionUnderstander.understand(asked).types.first == type, "\(asked): \(QuestionUnderstander.understand(asked).types)")
        }
        #expect(QuestionUnderstander.understand("the nurse mentioned it goes up - how quickly and to how high?").types.contains(.frequency))
        leads("husbands echo showed a weak heart after his 10 beat vt and they started him on toprol xl 25mg. the nurse mentioned it goes up - how quickly and to how high?",
              from: "ventricular-tachycardia-10-beats", .lay, with: "doubling the dose every two weeks")
        // Where someone is going is not a question of what a thing is.
        #expect(!QuestionUnderstander.understand("my son is at uni, where my parents are staying is far").types.contains(.definition))
    }

    /// "The scary stuff", "the rare stuff on the leaflet": what a medicine can do wrong; "your jaw
    /// bone dying" is osteonecrosis of the jaw (not death), and "scary" is how it is put.
    @Test func theScaryStuffIsASideEffect() {
        #expect(QuestionUnderstander.understand("whats the scary stuff with fosamax").types.first == .sideEffects)
        #expect(QuestionUnderstander.understand("whats the rare stuff on the leaflet").types.first == .sideEffects)
        #expect(QuestionUnderstander.understand("what rare stuff does the trial report").types.first != .sideEffects)
        leads("whats the scary stuff with fosamax, someone said your jaw bone dying?", from: "osteopenia-management", .lay, with: "osteonecrosis of the jaw")
    }
}
