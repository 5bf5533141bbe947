import Testing
@testable import CurbsideCore

/// What a question asks may be answered in other words than its own: a concept's name spelled
/// out across a sentence, or an age limit that leaves the reader out (which is the answer).
@Suite struct HeardInOtherWordsTests {
    /// "Iron deficiency in anemia" is the concept iron deficiency anaemia; "to diagnose iron
    /// deficiency in people with anaemia" spells its name out, and hears it (the answer was withheld).
    @Test func aConceptSpelledOutIsHeard() {
        let answer = RelevanceTests.engine.answer("ferritin cutoff for iron deficiency in anemia?", from: "hematocrit-34-35-african-american-woman", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("45 ng/mL") == true, "\(answer.answer.map(\.text))")
    }

    /// The library's own words for what readers say: ringing and muffled ears are hearing
    /// impairment, worms are helminth infections, fertility is male infertility (each had been
    /// withheld as a word the library never uses, or answered by the wrong warning).
    /// "The trade off" of a benefit against a harm is the balance the article weighs.
    @Test func aTradeOffIsABalance() {
        leads("is the trade off between hip fractures prevented and atypical ones worse in asian women on these drugs?", from: "bisphosphonate-drug-holiday", .lay, with: "less favorable in Asian women")
    }

    @Test func whatReadersSayIsTheLibrarysWord() {
        leads("a bit of ringing in one ear on isotretinoin, could the tablets be doing it?", from: "isotretinoin-severe-acne", .lay, with: "hearing loss")
        leads("does the dupixent label mention anything about worms?", from: "atopic-dermatitis-adult-treatment", .clinical, with: "helminth")
        leads("im on propecia - could it affect my fertility? we want a baby next year", from: "finasteride-acne-29-year-old-man", .lay, with: "male infertility")
        // Dying is mortality, as studies say it (the glossary's "death").
        leads("everyone says HRT killed women in the WHI study. did more of them actually die on it?", from: "menopause-hormone-therapy", .lay, with: "all-cause mortality was not affected")
    }

    /// "Renal" is the kidney's learned word: a lead that says "kidney function" hears "the renal
    /// limits" (withheld as a word its article never uses). Only the lead itself: a lead silent on
    /// kidneys still leaves "renal" unheard, since nothing else ranks by it.
    @Test func anOrgansLearnedWordIsHeardByItsPlainOne() {
        leads("eGFR 40 and K 4.6 - is he inside the renal and potassium limits for an MRA?", from: "heart-failure-reduced-ef-medications", .clinical, with: "eGFR is above 30")
        let silent = RelevanceTests.engine.answer("is there a renal cut-off for starting spironolactone in HFrEF?", from: "heart-failure-reduced-ef-medications", audience: .clinical)
        #expect(!silent.confident, "\(silent.answer.map(\.text))")
    }

    /// "Is the pancreas mentioned in its warnings" is heard by "pancreas and liver problems" (the
    /// glossary's pancreas, which pancreatitis is a disease of); gallstones and a gallbladder told
    /// in the story are known things, not topics the library lacks. "Repeat DEXA" is heard by "BMD
    /// monitoring", since a DEXA scan is how bone density is measured.
    @Test func anOrganItsDiseaseAndItsTestAreHeard() {
        leads("had pancreatitis 3 yrs ago from gallstones (gallbladder out since). derm wants me on isotretinoin - is the pancreas mentioned anywhere in its warnings?",
              from: "isotretinoin-severe-acne", .lay, with: "pancreas")
        leads("how often repeat dexa high risk low bmd", from: "osteopenia-guidelines", .clinical, with: "every 1 to 3 years")
    }

    /// Where the reader has been ("back from a year in SE Asia") is their story, even when the
    /// question points back at all of it; what the paper is called ("the care plan sheet") and
    /// when they take it ("whenever she likes") are how they put it, not topics the library lacks.
    @Test func whereTheyWereAndWhatTheyReadAreNotTopics() {
        leads("Pt back from a year in SE Asia where she had worms treated. Anything in the Dupixent label on that?", from: "atopic-dermatitis-adult-treatment", .clinical, with: "helminth")
        leads("my care plan sheet says ferritin under 45 means low iron - is that right if im anaemic?", from: "hematocrit-34-35-african-american-woman", .lay, with: "45 ng/mL")
        leads("can she take her lipitor whenever she likes or only at night?", from: "statin-primary-prevention", .lay, with: "any time of day")
    }

    /// Whether a thing will do ("an acceptable option", "criteria met") is how the reader weighs
    /// it, not more that an answer must speak to.
    @Test func whetherItWillDoIsNoTopic() {
        leads("is repeat ultrasound an acceptable option instead of anticoagulating an isolated calf DVT?", from: "dvt-anticoagulation-duration", .clinical, with: "repeat ultrasound")
        leads("Eliquis AF pt aged 82 weighing 55kg - criteria met for dose reduction?", from: "atrial-fibrillation-anticoagulation", .clinical, with: "at least two of")
    }

    /// "Any guideline support for CoQ10?": a short name written with a number ("CoQ10" is analysed
    /// "coq") is what the answer must speak to, like a longer word the library never uses.
    @Test func aShortNameWithANumberIsATopic() {
        let answer = RelevanceTests.engine.answer("is there good evidence that CoQ10 prevents migraines?", from: "migraine-prevention", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }

    /// "Is he old enough for accutane" at 11: the label's "aged 12 years and older" answers (no),
    /// though it leaves him out; it had been marked down as a rule for other ages.
    @Test func anAgeLimitAnswersWhetherOldEnough() {
        let answer = RelevanceTests.engine.answer("my son is 11 and his acne is scarring, is he old enough for accutane", from: "isotretinoin-severe-acne", audience: .lay)
        #expect(answer.confident, "\(answer.answer.map(\.text))")
        #expect(answer.answer.prefix(3).contains { $0.text.contains("12") }, "\(answer.answer.map(\.text))")
    }

    /// Whether two things go together is said by a unit that names both, itself or in its
    /// article's question; an article's tags list what it mentions anywhere, and do not count.
    /// (The UTI article's tags list antibiotics, so every sentence of it heard them, and "can I have
    /// sex while on antibiotics" was answered, confidently, by "Nitrofurantoin is taken with food".)
    @Test func anArticlesTagsDoNotHearTheOtherThing() {
        let engine = RelevanceTests.engine
        let sex = engine.answer("can i have sex while im on antibiotics for a uti", from: "uncomplicated-uti-women", audience: .lay)
        #expect(!sex.confident, "\(sex.answer.map(\.text))")
        let nsaid = engine.answer("can i take ibuprofen as well as the toradol", from: "ketorolac-safe-use", audience: .lay)
        #expect(nsaid.confident && nsaid.answer.first?.text.contains("ibuprofen") == true, "\(nsaid.answer.map(\.text))")
    }

    /// "Ladies" are women and a "bloke" a man, as the articles' rules say who they are for (the
    /// three-site rule was withheld for a word the library never uses).
    @Test func ladiesAreWomen() {
        leads("is the any-of-three-sites rule for ladies only, or does it count for men over 50 as well?", from: "low-femoral-neck-normal-spine-hip", .lay, with: "men over 50")
        // "Lowest" says what kind of answer, so the sites are the focus (it had led with a study
        // of the lowest hip T-score in women).
        leads("is the lowest-of-three-sites rule just for ladies or for blokes like me too? im 58", from: "low-femoral-neck-normal-spine-hip", .lay, with: "men over 50")
    }

    /// A volume asked of a dose is answered in mL; and of two things offered as a choice
    /// ("intramuscular or subcutaneous"), a sentence that names one answers (both were withheld).
    @Test func aChoiceIsAnsweredByEitherOption() {
        leads("what volume is one dose of shingrix?", from: "shingles-vaccine-adults", .clinical, with: "0.5 mL")
        leads("does shingrix go in intramuscular or subcutaneous?", from: "shingles-vaccine-adults", .clinical, with: "intramuscular")
        // Not two weighed against each other: "which is better" asks which, so naming one is not enough.
        let weighed = RelevanceTests.engine.answer("which is better for shingrix, intramuscular or subcutaneous?", from: "shingles-vaccine-adults", audience: .clinical)
        #expect(!weighed.confident, "\(weighed.answer.map(\.text))")
    }

    /// "Named" is a verb, not the Menopause Society: stemmed as "nam" it was "NAMS", and the
    /// question was withheld for naming something no sentence about metformin holds.
    @Test func namingIsNotTheMenopauseSociety() {
        #expect(Stemmer.stem("named") == Stemmer.stem("name"))
        #expect(Stemmer.stem("named") != Stemmer.stem("nams"))
        leads("is iodinated contrast named among the lactic acidosis risk factors for metformin?", from: "type-2-diabetes-first-line-metformin", .clinical, with: "radiological studies with contrast")
    }

    /// Who asks and when are not topics: a "pharm student", "boards prep", an "upcoming" test
    /// (each was withheld for a word no sentence holds).
    @Test func whoAsksAndWhenAreNotTopics() {
        leads("pharm student here: does AACE let you diagnose osteoporosis at a T-score of -1.9?", from: "osteopenia-guidelines", .clinical, with: "FRAX")
        leads("boards prep - KDIGO daily protein goal in g/kg for CKD G3?", from: "ckd-stage-3-what-it-means", .clinical, with: "0.8 g/kg")
        leads("will finasteride change my upcoming PSA result?", from: "finasteride-acne-29-year-old-man", .lay, with: "PSA")
    }

    /// Capsules typed as "caps", and sexual problems told as "problems in the bedroom" by a reader
    /// who wonders whether they are "in my head".
    @Test func capsAndTheBedroom() {
        leads("are absorica ld caps interchangeable with absorica?", from: "isotretinoin-severe-acne", .clinical, with: "not interchangeable")
        leads("on accutane and having problems in the bedroom since - is that a known side effect or is it in my head?", from: "isotretinoin-severe-acne", .lay, with: "sexual dysfunction")
    }

    /// Everyday ways of saying what articles say: to "keep an eye on" is to monitor, "when should
    /// she be seen" asks when she is reviewed, "typing" is keyboard use, and "what gave me" asks
    /// what caused it (each was withheld for a word no sentence holds).
    @Test func everydayIdioms() {
        leads("is my samsung watch good enough to keep an eye on my blood pressure with?", from: "hypertension-first-line-treatment", .lay, with: "smartwatches")
        leads("my daughter is 19 and just started sertraline - the gp wants to see her in 2 weeks. when should she be seen at her age?", from: "depression-starting-ssri", .lay, with: "18 to 25")
        leads("i do a lot of typing at work - is that what gave me carpal tunnel?", from: "carpal-tunnel-syndrome-treatment", .lay, with: "keyboard use")
    }

    /// "Narrow angles" in the eye are the risk of angle-closure glaucoma, which the sertraline label
    /// warns of (the question had been withheld on the unheard words).
    @Test func aRiskStateIsHeardAsItsCondition() {
        leads("i have narrow angles in my eyes, does sertraline carry any warning about that?",
              from: "depression-starting-ssri", .clinical, with: "angle-closure glaucoma")
    }

    /// "Camera tests top and bottom" are the bidirectional endoscopy the AGA speaks of; a "bleed
    /// score" is a bleeding risk score.
    @Test func cameraTestsAndBleedScoresInLayWords() {
        leads("heavy periods and low iron at 34 - do I have to have camera tests top and bottom?", from: "hematocrit-34-35-african-american-woman", .lay, with: "bidirectional endoscopy")
        leads("the GP says mums bleed score is high, does that mean no anticoagulant?", from: "atrial-fibrillation-anticoagulation", .lay, with: "not on its own a reason")
    }

    /// "A contraindication or just a caution": a lead that says the one ("contraindicates use
    /// with… arterial thromboembolic disease") answers which, without the other word.
    @Test func oneOfTwoCategoriesNamedAnswersWhich() {
        leads("does the estradiol label treat a past stroke as a contraindication or only a caution", from: "menopause-hormone-therapy", .clinical, with: "arterial thromboembolic disease")
    }

    /// Swollen eyelids are blepharitis, which the dupilumab label lists; the "injections" typed with
    /// the medicine name it, and are not more asked. (A patch weighed against tablets still is.)
    @Test func swollenEyelidsOnDupilumabInjections() {
        leads("been on dupixent injections a month and my eyelids are swollen, could it be the medicine?", from: "atopic-dermatitis-adult-treatment", .lay, with: "blepharitis")
        #expect(!RelevanceTests.engine.answer("customer asking if an estradiol patch is any safer for clots than the tablets", from: "menopause-hormone-therapy", audience: .clinical).confident)
    }

    /// "Instead of a cuff" is heard by "cuffless devices"; a swab sent "to the lab" is a culture
    /// (and only a swab: "go to the lab for bloods" is not).
    @Test func aThingNamedByItsLackAndASwabSentToTheLab() {
        #expect(AnswerComposer.namesByItsLack("cuff", "cuffless devices such as smartwatches"))
        #expect(!AnswerComposer.namesByItsLack("cuff", "a cuff on the upper arm"))
        leads("my smartwatch says my bp is high, can that be used instead of a cuff to decide on pills?", from: "hypertension-first-line-treatment", .lay, with: "cuffless")
        #expect(Shorthand.expanded("why did they send a swab to the lab") == "why did they send a swab for culture")
        #expect(Shorthand.expanded("i have to go to the lab for bloods") == "i have to go to the lab for blood tests")
        let swab = RelevanceTests.engine.answer("his quick strep test was negative so why did they send a swab to the lab?", from: "strep-throat-antibiotics", audience: .lay)
        #expect(swab.confident && swab.answer.prefix(3).contains { $0.text.contains("negative quick test should be checked with a culture") }, "\(swab.answer.map(\.text))")
    }

    /// Where the reader is going ("a trip to Brazil") and who sent them ("the travel clinic") tell
    /// the story, and so does what the patient is ("frail 90yo"): none of them is asked about.
    @Test func aDestinationAndWhoToldAreStory() {
        leads("im on dupixent and going on a trip to brazil, the travel clinic wants to give me the yellow fever shot. is that safe with my injections?",
              from: "atopic-dermatitis-adult-treatment", .lay, with: "live vaccines")
        leads("Frail 90yo man on weekly Fosamax, CrCl about 28. Under what clearance does the label say not to give it?",
              from: "bisphosphonate-drug-holiday", .clinical, with: "35 mL/min")
        // (A word the library lacks that is asked about, not told, still keeps the answer back.)
        #expect(!RelevanceTests.engine.answer("is dupixent ok with a tattoo?", from: "atopic-dermatitis-adult-treatment", audience: .lay).confident)
    }

    /// A "general anaesthetic" is general anaesthesia, answered by the local one; a peroneal
    /// (calf) clot is an isolated distal DVT; someone "not making sense" who "almost fell" is
    /// confused and unsteady, as the sertraline label lists the signs of low sodium.
    @Test func anaesthesiaACalfClotAndSignsOfLowSodium() {
        leads("does carpal tunnel release need a general anaesthetic, or is there another way?", from: "carpal-tunnel-syndrome-treatment", .lay, with: "local anaesthesia")
        leads("Isolated peroneal vein thrombosis, mild symptoms, no risk factors for extension. Is serial ultrasound an option instead of anticoagulating?",
              from: "dvt-anticoagulation-duration", .clinical, with: "two weeks of repeat ultrasound")
        leads("dad is 80 and started sertraline last month, now hes not making sense and almost fell twice. could the tablets do that?",
              from: "depression-starting-ssri", .lay, with: "lower the salt (sodium)")
        #expect(Shorthand.expanded("they sent another swab off to the lab") == "they sent swab for culture")
    }
}
