import Testing
@testable import CurbsideCore

/// Shorthand typed in a question is read as the words articles use; names in capitals are not.
@Suite struct ShorthandTests {
    /// A shrugged value is the value; an idiom of "wrong", a trial's "effect size" and a "stronger
    /// dose" are said as articles say them. Other uses of the same words stay as typed.
    @Test func shruggedValuesAndIdiomsAreTheArticlesWords() {
        #expect(Shorthand.expanded("a lowish number like 40, and a highish ldl") == "a low number like 40, and a high ldl")
        #expect(Shorthand.expanded("the figures look back to front") == "the figures look wrong")
        #expect(Shorthand.expanded("what effect size did the trial report") == "what effect did the trial report")
        #expect(Shorthand.expanded("is there a stronger dose of it") == "is there a higher dose of it")
        #expect(Shorthand.expanded("my back hurts and the side effect was mild") == "my back hurts and the side effect was mild")
        #expect(Shorthand.expanded("is the stronger one better") == "is the stronger one better")
        // The BMJ's "rapid rec" is its Rapid Recommendation (the reader asking whether it applies
        // to a woman starting IVF had been withheld on the unknown "rec").
        #expect(Shorthand.expanded("does the bmj rapid rec apply to her") == "does the bmj rapid recommendation apply to her")
        // A menopause before 45 is an early one, before 40 a premature one; a trade-off is a balance.
        #expect(Shorthand.expanded("my menopause at 43 and hrt") == "my early menopause at 43 and hrt")
        #expect(Shorthand.expanded("went through menopause at 38") == "went through premature menopause at 38")
        #expect(Shorthand.expanded("menopause at 52, still flushing") == "menopause at 52, still flushing")
        #expect(Shorthand.expanded("is the trade off worth it, what tradeoffs are there") == "is the balance worth it, what balance are there")
        // Two products "equivalent between them" are interchangeable; an equivalent dose stays as typed.
        #expect(Shorthand.expanded("are the strengths equivalent between the two") == "are the strengths interchangeable between the two")
        #expect(Shorthand.expanded("what is the equivalent dose") == "what is the equivalent dose")
    }

    @Test func writesOutShorthandAndLeavesTheRestAsTyped() {
        #expect(Shorthand.expanded("pt on abx for 2 wks, any sx?") == "patient on antibiotics for 2 weeks, any symptoms?")
        // Antibiotics by their clipped names.
        #expect(Shorthand.expanded("once-daily amox or azithro? she had doxy before") == "once-daily amoxicillin or azithromycin? she had doxycycline before")
        #expect(Shorthand.expanded("azithro course length for strep in pen allergy?") == "azithromycin course length for strep in penicillin allergy?")
        #expect(Shorthand.expanded("my epi pen expired") == "my epi pen expired")
        #expect(Shorthand.expanded("my kid's meds w/ food") == "my child's medicines with food")
        // Walking on an injured leg is bearing weight on it (the Ottawa rules' test; the library says "bear weight" or "four steps").
        #expect(Shorthand.expanded("knee is sore but i can walk on it fine") == "knee is sore but i can bear weight on it fine")
        #expect(Shorthand.expanded("Pts with a tibial shaft fx - incidence at 24h?") == "patients with a tibial shaft fracture - incidence at 24 hours?")
        #expect(Shorthand.expanded("can i take my vit d") == "can i take my vitamin d")
        // A number typed against its unit of time; a dose and a reading stay as typed.
        #expect(Shorthand.expanded("our 9mo has a rash, 3wks after the 1yr shots") == "our 9 months has a rash, 3 weeks after the 1 year shots")
        #expect(Shorthand.expanded("10mg for 2yrs, bp 140/90") == "10mg for 2 years, bp 140/90")
        #expect(Shorthand.expanded("1wks, 1mo, 5hrs") == "1 week, 1 month, 5 hours")
        // The evening meal by its British name; "around then" is at that time; a dose "rise" is raised.
        #expect(Shorthand.expanded("one at breakfast and one at teatime") == "one at breakfast and one at evening meal")
        #expect(Shorthand.expanded("something to take around then, or around that time of the month") == "something to take then, or at that time of the month")
        #expect(Shorthand.expanded("how long between dose rises") == "how long between dose raises")
        // Whether it is imagined is not a question about a head; a pain in the head is.
        #expect(Shorthand.expanded("is the tiredness real or in my head?") == "is the tiredness real or not?")
        #expect(Shorthand.expanded("is it all in her head") == "is it not real")
        #expect(Shorthand.expanded("a pain in my head") == "a pain in my head")
        #expect(Shorthand.expanded("the dose rise was last week") == "the dose raise was last week")
        // A fracture's fixation is its surgery, as the articles say ("operative treatment", "surgery").
        #expect(Shorthand.expanded("carpal tunnel release at the time of fixation? or after orif") == "carpal tunnel release at the time of surgery? or after surgery")
        // Keeping a sprained ankle still is immobilising it.
        #expect(Shorthand.expanded("is keeping it still actually good") == "is immobilising it actually good")
        // A walk-in centre is a clinic, who gave the medicine, not something to walk.
        #expect(Shorthand.expanded("walk in centre gave me amoxicillin") == "clinic gave me amoxicillin")
        #expect(Shorthand.expanded("her temp is 38.4") == "her temperature is 38.4")
        // Being awake for an operation is having it under local anaesthesia; a local jab is a local shot.
        #expect(Shorthand.expanded("is being awake for it actually standard") == "is being under local anaesthesia for it actually standard")
        #expect(Shorthand.expanded("can it be done wide awake") == "can it be done under local anaesthesia")
        #expect(Shorthand.expanded("will i be awake during the operation") == "will i be under local anaesthesia during the operation")
        // A baby who brings up his drops vomits them; who brought up a subject mentioned it.
        #expect(Shorthand.expanded("he brings up half his drops") == "he vomits half his drops")
        #expect(Shorthand.expanded("nobody has brought up my bones") == "nobody has brought up my bones")
        // A fortnight is two weeks, as articles count time.
        #expect(Shorthand.expanded("been on sertraline 50 for a fortnight") == "been on sertraline 50 for 2 weeks")
        #expect(Shorthand.expanded("see you in a fortnight") == "see you in 2 weeks")
        // What a medicine may cover up, articles say it hides.
        #expect(Shorthand.expanded("can it cover up some other problem") == "can it hide some other problem")
        // Boots the pharmacy is not a walking boot.
        #expect(Shorthand.expanded("the machine at boots gave me 188/121") == "the machine at the pharmacy gave me 188/121")
        // U&Es are urea and electrolytes; A&E is left as typed.
        #expect(Shorthand.expanded("When should we be rechecking U&Es?") == "When should we be rechecking urea and electrolytes?")
        #expect(Shorthand.expanded("went to A&E") == "went to A&E")
        #expect(Shorthand.expanded("im 29 and getting spots like i did at 15") == "im 29 and getting acne like i did at 15")
        // A contraction typed without its apostrophe is the contraction.
        #expect(Shorthand.expanded("they didnt xray it, theyve missed it") == "they didn't xray it, they've missed it")
        // A pharmacist's workflow: what the record says, a script for a medicine.
        #expect(Shorthand.expanded("Rx for doxycycline 100mg for a pt whose profile shows he's on Absorica") == "script for doxycycline 100mg for a patient whose profile says he's on Absorica")
        #expect(Shorthand.expanded("no rx needed?") == "no prescription needed?")
        #expect(Shorthand.expanded("booked a ct scan with dye") == "booked a scan with dye")
        #expect(Shorthand.expanded("a CT with contrast, and a CT of the head") == "a scan with contrast, and a CT of the head")
        // Where a tablet was bought is not what it is.
        #expect(Shorthand.expanded("a 400 unit vit d tablet from holland and barrett") == "a 400 unit vitamin d tablet from the health shop")
        // A medicine's leaflet is its label; a heart valve's leaflets are not.
        #expect(Shorthand.expanded("the leaflet says 1200mg calcium") == "the label says 1200mg calcium")
        #expect(Shorthand.expanded("echo says trivial MR, leaflets normal") == "echo says trivial MR, leaflets normal")
        // A first birthday is being a year old, as articles say it.
        #expect(Shorthand.expanded("a blood test around her first birthday") == "a blood test around her 1 year of age")
    }

    @Test func capitalsAndWordsThatOnlyContainShorthandAreNames() {
        #expect(Shorthand.expanded("PT/INR and HR for this pt") == "PT/INR and HR for this patient")
        #expect(Shorthand.expanded("TX results") == "TX results")
        #expect(Shorthand.expanded("ptosis after botox, 5 yo") == "ptosis after botox, 5 yo")
        #expect(Shorthand.expanded("tx/ppx") == "tx/ppx")
        #expect(Shorthand.expanded("erenumab most common AEs per AES") == "erenumab most common adverse effects per AES")
    }

    /// Dosing times read the same in capitals; a tablet is a tablet however short.
    @Test func dosingTimesAndTabletsAreWrittenOut() {
        #expect(Shorthand.expanded("amox 500 TDS or BID?") == "amoxicillin 500 three times a day or twice a day?")
        #expect(Shorthand.expanded("pt wants daily tabs, prn") == "patient wants daily tablets, as needed")
        #expect(Shorthand.expanded("Carry on after the symptoms go?") == "continue after the symptoms go?")
        #expect(Shorthand.expanded("carry one bag") == "carry one bag")
        #expect(Shorthand.expanded("im on the pill, stopping the pill, the combined pill") == "im on the contraceptive pill, stopping the pill, the combined contraceptive pill")
        #expect(Shorthand.expanded("does it clash with the pill") == "does it clash with the contraceptive pill")
        #expect(Shorthand.expanded("stop it cold turkey? 2 agents up front, always on edge, counsel on?") == "stop it abruptly? 2 agents at the start, always with anxiety, advise on?")
        #expect(Shorthand.expanded("cold turkeys on edges up frontal") == "cold turkeys on edges up frontal")
        #expect(Shorthand.expanded("i had a temperature, how do i take a temperature") == "i had a fever, how do i take a temperature")
        #expect(Shorthand.expanded("she has a temp of 38.2, take her temp") == "she has a fever of 38.2, take her temperature")
        #expect(Shorthand.expanded("does he have to finish all of it, or finish it early") == "does he have to keep taking it in full, or finish it early")
        #expect(Shorthand.expanded("an ache in my testicles") == "an ache in my testicular")
        #expect(Shorthand.expanded("hepatic impairment, a sore nipple") == "liver impairment, a sore breast")
        #expect(Shorthand.expanded("will the bedroom problems go away") == "will the sexual problems go away")
        #expect(Shorthand.expanded("a clot in my leg, then a clot in her lungs") == "a DVT blood clot, then a pulmonary embolism blood clot")
    }

    /// "Gunky pink eye" is purulent conjunctivitis, which the ear-infection article says changes the
    /// antibiotic; "for my pharmacology essay" is why a student asks, not what (both were withheld).
    @Test func everydayWordsReadAsTheArticlesWords() {
        #expect(Shorthand.expanded("gunky pink eye") == "purulent pink eye")
        // "The runs" that something gives is diarrhoea; runs of VT stay runs.
        #expect(Shorthand.expanded("will it give him the runs") == "will it give him diarrhoea")
        #expect(Shorthand.expanded("has the runs again") == "has diarrhoea again")
        #expect(Shorthand.expanded("the runs of VT on the monitor") == "the runs of VT on the monitor")
        #expect(Shorthand.expanded("he had the runs of VT again") == "he had the runs of VT again")
        // A clinician's fraction of a year, week or month is a length of time; a reading is left alone.
        #expect(Shorthand.expanded("finishing 3/12 of apixaban") == "finishing 3 months of apixaban")
        #expect(Shorthand.expanded("6/52 post op, 1/7 of pain") == "6 weeks post op, 1 day of pain")
        #expect(Shorthand.expanded("bp 140/90, on 20/12.5") == "bp 140/90, on 20/12.5")
        let engine = RelevanceTests.engine
        let eye = engine.answer("she's got gunky pink eye now as well as the ear infection, does that change which antibiotic they give her", from: "acute-otitis-media-children-amoxicillin", audience: .lay)
        #expect(eye.confident && eye.answer.first?.text.contains("conjunctivitis") == true, "\(eye.answer.map(\.text))")
        let essay = engine.answer("for my pharmacology essay - roughly how much does warfarin cut stroke in AF compared with no treatment", from: "atrial-fibrillation-anticoagulation", audience: .clinical)
        #expect(essay.confident && essay.answer.first?.text.contains("64%") == true, "\(essay.answer.map(\.text))")
    }

    /// How a reader names what they heard ("something called…", "an actual treatment") is not what
    /// the answer must speak of: both questions were withheld, "actual" as a word the library never uses.
    @Test func howTheReaderNamesWhatTheyHeardIsNotTheTopic() {
        leads("my gp mentioned something called applied relaxation instead of tablets, is that an actual treatment for this",
              from: "generalized-anxiety-treatment", .lay, with: "applied relaxation")
        leads("for my uni assignment - in that pooled data how often did the spine and femoral neck T scores differ by more than 2 SD",
              from: "low-femoral-neck-normal-spine-hip", .clinical, with: "more than 2 SD in 2.5%")
        // Who the reader will ask is not what they ask about: "bloods" are blood tests, and the GP
        // was the question's focus (the rarest word) and then a topic every point had to name.
        leads("what bloods should i ask my gp for to work out why mine is always 34", from: "hematocrit-34-35-african-american-woman", .lay, with: "full blood count")
        // "Counsel on" is advising, and "the main side effect" is the most common one, in the answer's words.
        leads("counsel on what main side effect?", from: "type-2-diabetes-first-line-metformin", .clinical, with: "most common side effects")
        // Whether it is right ("has something gone wrong") or real ("a proper first option") carries
        // the question: both were withheld for a word nothing in the library speaks of.
        leads("alendronate 5mg daily rx for a lady with just a low FN T score - is 5 a day the prevention strength or has something gone wrong",
              from: "osteopenia-femoral-neck-t-score", .clinical, with: "5 mg daily")
        leads("really dont want to go on tablets. is talking therapy on its own a proper first option for depression or is that only for mild stuff",
              from: "depression-starting-ssri", .lay, with: "first choice")
        // A parent named as who fills in or asks is the teller: "the parent questionnaire" is the
        // caregiver-rated one.
        leads("our daughter is 7 with Rett and might start Daybue. how much did it improve things on the parent questionnaire in the trial?",
              from: "rett-syndrome", .lay, with: "aregiver")
        // A boot or a cast holds an ankle still: the library's word is immobilisation.
        leads("a&e put me in one of those big boots for my sprain, am i supposed to keep it on for weeks or what",
              from: "ankle-sprain-ottawa-rules", .lay, with: "brace or tape")
    }

    /// When the reader is next seen, "trouble down there", a woman's period, being put under and
    /// "years in total" say what the articles say in other words, or only how the reader asks: each
    /// question was withheld for the word alone.
    @Test func whatTheReaderSaysAroundTheQuestion() {
        #expect(Shorthand.expanded("can i wait for my gp appt next week") == "can i wait for my gp appt week")
        #expect(Shorthand.expanded("our next baby") == "our next baby")
        #expect(Shorthand.expanded("right before my period every month") == "right before my menstrual every month")
        #expect(Shorthand.expanded("a period of 3 months") == "a period of 3 months")
        #expect(Shorthand.expanded("do they have to do it under a general?") == "do they have to do it under general anaesthesia?")
        #expect(Shorthand.expanded("how many years in total") == "how many years")
        #expect(Shorthand.expanded("a total knee replacement") == "a total knee replacement")
        // (Every phrase is read in full: "under a general anaesthetic" had been cut short.)
        #expect(Shorthand.phrases.values.joined().allSatisfy { $0.rest.count + 2 <= Shorthand.phraseLookahead })
        #expect(Shorthand.expanded("do they do it under a general anaesthetic?") == "do they do it under general anaesthesia?")
        #expect(Shorthand.expanded("in what age group?") == "in what age?")
        #expect(Shorthand.expanded("on doxycycline for my spots") == "on doxycycline for my acne")
        #expect(Shorthand.expanded("spots on the scan") == "spots on the scan")
        leads("i was on doxycycline for my spots before this, can i take it with these", from: "isotretinoin-severe-acne", .lay, with: "tetracycline")
        #expect(Shorthand.expanded("a seizure in the middle of the night") == "a seizure during sleep")
        leads("his seizure was in the middle of the night while he was asleep, does that make a 2nd one more likely",
              from: "first-seizure-adult", .lay, with: "during sleep")
        leads("my boyfriend is on acutane and is having trouble down there, can it cause that",
              from: "isotretinoin-severe-acne", .lay, with: "sexual dysfunction")
        leads("mine only come right before my period every month, is there a preventive just for those",
              from: "migraine-prevention", .lay, with: "menstrual migraine")
        leads("my potassium came back high and my heart keeps pounding, can i wait for my gp appt next week",
              from: "hyperkalemia-ace-inhibitor", .lay, with: "same day")
        // (The review after 3 years of drips may come first: one of the first three states the longest course.)
        let total = RelevanceTests.engine.answer("mum has had 3 of the yearly reclast drips and they say her risk is still high, how many years in total can she keep having them",
                                                 from: "bisphosphonate-drug-holiday", audience: .lay)
        #expect(total.confident && total.answer.prefix(3).contains { $0.text.contains("6 years of drips") }, "\(total.answer.map(\.text))")
    }

    /// British and everyday words for a seizure, an injection, a fever, sleep and X-rays: each
    /// question was withheld, or led with a point on something else, for the word alone.
    @Test func everydayWordsForWhatArticlesName() {
        #expect(Shorthand.expanded("my wife found me fitting in bed") == "my wife found me having a seizure in bed")
        #expect(Shorthand.expanded("he had a fit at school") == "he had a seizure at school")
        #expect(Shorthand.expanded("a fit and healthy 40 year old") == "a fit and healthy 40 year old")
        #expect(Shorthand.expanded("her sore throat and a temp") == "her sore throat and a fever")
        #expect(Shorthand.expanded("the dupixent jabs") == "the dupixent shots")
        #expect(Shorthand.expanded("it happened while i was asleep") == "it happened during sleep")
        leads("my wife found me fitting in bed at 3am, first time ever. does it happening while i was asleep change the odds of another one?",
              from: "first-seizure-adult", .lay, with: "seizure during sleep")
        leads("triage: rolled ankle, weight bearing ok, no malleolar tenderness but tender over the navicular. foot films or nothing?",
              from: "ankle-sprain-ottawa-rules", .clinical, with: "navicular")
        // A "camera test" is an endoscopy or a colonoscopy; waiting "till after" it asks when to start.
        leads("GP wants to do a camera test but no date yet - should i hold off starting the iron tablets till after",
              from: "iron-deficiency-anemia-oral-iron", .lay, with: "Do not delay iron")
        #expect(Shorthand.expanded("we're combi feeding") == "we're partly breastfeeding")
        // A baby "born at 33 weeks" or who "came at 35 wks" was born preterm; the weeks are not her age.
        #expect(Shorthand.expanded("she was born at 33 weeks") == "she was born preterm")
        #expect(Shorthand.expanded("our little one came at 35 wks, now 3 weeks old") == "our little one came preterm, now 3 weeks old")
        #expect(Shorthand.expanded("she came at 9am") == "she came at 9am")
        // "Throw off the reading" is messing with it; "to be extra safe" is to be safe.
        #expect(Shorthand.expanded("does the finasteride throw off the reading") == "does the finasteride mess with the reading")
        #expect(Shorthand.expanded("to be extra safe") == "to be safe")
        leads("29, on propecia 1mg for 2 years. dad had prostate cancer so my gp wants to start checking my PSA. does the finasteride throw off the reading?",
              from: "finasteride-acne-29-year-old-man", .lay, with: "lowers PSA")
        leads("our little one came at 33 weeks, fully breastfed, now 3 weeks old. when does she need to start iron drops and how much?",
              from: "infant-vitamin-d-iron", .lay, with: "2 mg/kg/day by 1 month")
        // A "big brother" is an older sibling; a label's "paediatric patients" are children.
        #expect(Shorthand.expanded("her big brother just had strep") == "her older sibling just had strep")
        leads("my 2 year old has a sore throat and a temp and her big brother just had strep. will they swab her as well?",
              from: "strep-throat-antibiotics", .lay, with: "an older brother or sister has strep")
        leads("my son is 9 and worries about everything constantly, the camhs doctor mentioned lexapro. is it actually approved for kids that young?",
              from: "generalized-anxiety-treatment", .lay, with: "7 years and older")
        // A clinician's "K" after a check or a possessive is potassium; "vitamin K" is not.
        #expect(Shorthand.expanded("do we recheck k after the dose change") == "do we recheck potassium after the dose change")
        #expect(Shorthand.expanded("his K is 5.2") == "his potassium is 5.2")
        #expect(Shorthand.expanded("foods high in vitamin k") == "foods high in vitamin k")
        #expect(Shorthand.expanded("2 months into roaccutane. ok to hand that out?") == "2 months on roaccutane. ok to dispense that?")
        leads("ramipril doubled on monday. when should we recheck k?",
              from: "hyperkalemia-ace-inhibitor", .clinical, with: "within 2–4 weeks")
        // Runny poos and being bunged up are diarrhoea and constipation; a 2nd scan is the second.
        #expect(Shorthand.expanded("runny poos since the antibiotic") == "diarrhoea since the antibiotic")
        #expect(Shorthand.expanded("he's bunged up on the new tablets") == "he's constipated on the new tablets")
        #expect(Shorthand.expanded("my 2nd scan, is it riskier now") == "my second scan, is it higher risk now")
        // "Ends up better" is turning out better; "how often does it end up needing" is kept; "a few weeks back" is ago.
        #expect(Shorthand.expanded("does the op end up better than the splint") == "does the op be better than the splint")
        #expect(Shorthand.expanded("how often does it end up needing surgery") == "how often does it end up needing surgery")
        #expect(Shorthand.expanded("started it a few weeks back") == "started it a few weeks ago")
        // "Prem babies" were born preterm; a "samsung watch" is a smartwatch.
        leads("our little one came at 33 weeks and is on breast milk only. is the iron amount different for prem babies?",
              from: "infant-vitamin-d-iron", .lay, with: "2 mg")
        leads("can i go by my samsung watch blood pressure readings? it keeps saying 135/85",
              from: "hypertension-first-line-treatment", .lay, with: "smartwatches")
    }


    /// "Levo" beside "cipro" is levofloxacin (alone it stays the thyroid pill's nickname); ladies
    /// and blokes are women and men.
    @Test func whatANicknameMeansBesideAnother() {
        #expect(Shorthand.expanded("not cipro/levo, what else?") == "not ciprofloxacin or levofloxacin, what else?")
        #expect(Shorthand.expanded("on levo 50") == "on levo 50")
        #expect(Shorthand.expanded("only for ladies or blokes too") == "only for women or men too")
    }

    @Test func capsTheBedroomAndTheHead() {
        #expect(Shorthand.expanded("the caps with food?") == "the capsules with food?")
        #expect(Shorthand.expanded("trouble in the bedroom since") == "sexual problems since")
        #expect(Shorthand.expanded("a side effect or is it in my head") == "a side effect or is it not real")
        #expect(Shorthand.expanded("or is it all in his head") == "or is it not real")
        // (A word in capitals is a name.)
        #expect(Shorthand.expanded("CAPS") == "CAPS")
    }

    @Test func everydayIdioms() {
        #expect(Shorthand.expanded("to keep an eye on it") == "to monitor it")
        #expect(Shorthand.expanded("when should he be seen?") == "when should he be reviewed?")
        // Whether it shows is left as typed.
        #expect(Shorthand.expanded("can it be seen on an x-ray?") == "can it be seen on an x-ray?")
        #expect(Shorthand.expanded("is typing what gave me this?") == "is keyboard use what caused this?")
    }

    /// "Her eyesight is going" is failing eyesight; "headachey" is with headaches (both were withheld).
    @Test func eyesightGoingAndHeadachey() {
        #expect(Shorthand.expanded("her eyesight is going and") == "her failing eyesight and")
        #expect(Shorthand.expanded("muddled and headachey, tingly fingertips") == "muddled and with headaches, tingly fingers")
        leads("my nan is 80, her eyesight is going and she takes a sleeping tablet every night. does any of that matter for her bones?", from: "osteopenia-worsening-dexa", .lay, with: "poor vision")
        leads("dad is 81 and on sertraline since last month, now confused and headachey. could it be the tablets?", from: "depression-starting-ssri", .lay, with: "sodium")
    }

    /// A dose reduction is a lower dose, written with a space or a hyphen; "wt" is weight.
    /// A cut-off is one word wherever it stands ("a renal cut-off", "what CrCl cut off"); "that
    /// combo" is taking the two together, a combination pill is still a pill.
    @Test func aCutOffAndACombo() {
        #expect(Shorthand.expanded("a renal cut-off below 35") == "a renal cutoff below 35")
        #expect(Shorthand.expanded("what eGFR cut offs") == "what eGFR cutoffs")
        #expect(Shorthand.expanded("is that combo ok") == "is taking both together ok")
        #expect(Shorthand.expanded("the combo pill") == "the combination pill")
        leads("72 yo on weekly fosamax, CrCl now 33. is there a kidney cut-off below which the label says to stop using it?", from: "bisphosphonate-drug-holiday", .clinical, with: "below 35 mL/min")
    }

    /// Being "knocked flat" by a vaccine is a severe reaction, as the trials grade it.
    @Test func knockedFlatIsSevere() {
        #expect(Shorthand.expanded("will it knock me flat") == "will it severe")
        #expect(Shorthand.expanded("knocked flat for a day") == "severe for a day")
        leads("how likely is the shingles vaccine to knock me flat?", from: "shingles-vaccine-adults", .lay, with: "grade 3")
    }

    @Test func aDoseReductionIsALowerDose() {
        #expect(Shorthand.expanded("the dose-reduction criteria, wt 57 kg") == "the lower dose criteria, weight 57 kg")
        #expect(Shorthand.expanded("a dose reduction?") == "a lower dose?")
        leads("apixaban for AF, 83 years old, wt 57 kg, creatinine 1.0 - does she meet the dose-reduction criteria?", from: "atrial-fibrillation-anticoagulation", .clinical, with: "at least two of")
    }

    /// "Serial ultrasound" is the repeat ultrasound articles speak of (a "serial DEXA" stays as
    /// typed: articles say it so); "neuro" is the neurologist, "thal" thalassaemia, an "inversion
    /// injury" a sprain.
    @Test func serialImagingIsRepeatImaging() {
        #expect(Shorthand.expanded("serial ultrasound or a DOAC") == "repeat ultrasound or a DOAC")
        #expect(Shorthand.expanded("falling on serial dexa") == "falling on serial dexa")
        #expect(Shorthand.expanded("neuro says thal trait") == "neurologist says thalassaemia trait")
        #expect(Shorthand.expanded("an inversion injury") == "an sprain")
        leads("isolated calf DVT, mild symptoms. is serial ultrasound an option instead of anticoagulating straight away?", from: "dvt-anticoagulation-duration", .clinical, with: "repeat ultrasound")
    }

    /// "Her 12 month jabs" are a child's vaccinations (not any shot): asked with the amoxicillin
    /// she is on, it is a question the library does not answer.
    @Test func aChildsMonthJabsAreVaccinations() {
        #expect(Shorthand.expanded("shes due her 12 month jabs on thursday").contains("12 month vaccinations"))
        let answer = RelevanceTests.engine.answer("shes due her 12 month jabs on thursday, is it ok for her to have them while shes on the amoxicillin",
                                                  from: "acute-otitis-media-children-amoxicillin", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }

    /// A "needle" is an injection (not in "pins and needles", the tingling); to "push toward" a
    /// choice is to favour it; hating needles is how the reader feels, not a topic.
    @Test func needlesArePinsOrInjections() {
        #expect(Shorthand.expanded("hates needles") == "hates injections")
        #expect(Shorthand.expanded("pins and needles at night") == "pins and needles at night")
        #expect(Shorthand.expanded("which findings push toward surgery") == "which findings favour surgery")
        leads("carpal tunnel pt who hates needles: any trial data on oral steroids compared with a local injection?", from: "carpal-tunnel-syndrome-treatment", .clinical, with: "greater after local injection")
        leads("distal radius fracture at 45 - which post-reduction findings push it towards surgery?", from: "fall-wrist-knee-ankle-numbness", .clinical, with: "radial shortening")
    }

    /// Everyday idioms: someone who "keeps toppling over" falls; things "not working downstairs"
    /// are sexual problems; an infection "dealt with" first is treated first.
    @Test func idiomsOfFallsSexAndTreatment() {
        #expect(Shorthand.expanded("she keeps toppling over") == "she keeps falling")
        #expect(Shorthand.expanded("things aren't working downstairs").contains("sexual problems"))
        #expect(Shorthand.expanded("does the label want that dealt with first") == "does the label want that treated first")
        leads("on isotretinoin a few months and things are not working downstairs any more - is that on the label?", from: "isotretinoin-severe-acne", .lay, with: "sexual dysfunction")
        leads("my nan keeps toppling over and her doctor suggested risedronate, did it cut hip breaks in women over 80?", from: "osteopenia-83-year-old-frax", .lay, with: "risedronate did not")
    }

    /// A whole group checked for something is screened for it ("when do they check babies for
    /// anemia"); one person checked stays as typed.
    @Test func aGroupCheckedForSomethingIsScreened() {
        #expect(Shorthand.expanded("when do they check babies for anemia") == "when do they screen babies for anemia")
        #expect(Shorthand.expanded("they checked him for a fracture") == "they checked him for a fracture")
    }

    /// "Out of curiosity" is why the reader asks, not what; "the next couple of years" is 2 of them;
    /// "how far ahead of" is how long before; a "starter pack" is the starting dose.
    @Test func asidesCountsAndStarterPacks() {
        #expect(!Shorthand.expanded("out of curiosity how much does it lower DHT").contains("curiosity"))
        #expect(Shorthand.expanded("in the next couple of years") == "in the next 2 years")
        #expect(Shorthand.expanded("how far ahead of getting pregnant") == "how long before getting pregnant")
        #expect(Shorthand.expanded("asking about the starter pack") == "asking about the starting dose")
        leads("on propecia for my hairline - out of curiosity, by how much does it lower DHT in the blood?", from: "finasteride-acne-29-year-old-man", .lay, with: "about 70%")
        leads("pt collecting apixaban for a new DVT asks about the starter pack: how many days of 10 mg twice daily?", from: "dvt-anticoagulation-duration", .clinical, with: "for seven days")
    }

    /// A "ceiling dose" is the most that may be given.
    @Test func aCeilingDoseIsTheMaximum() {
        #expect(Shorthand.expanded("whats the ceiling dose of sertraline") == "whats the maximum dose of sertraline")
        #expect(Shorthand.expanded("the ceiling fan") == "the ceiling fan")
        leads("whats the ceiling dose for keppra in an adult?", from: "first-seizure-adult", .clinical, with: "maximum recommended 1,500 mg")
    }
}
