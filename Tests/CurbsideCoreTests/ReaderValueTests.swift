import Foundation
import Testing
@testable import CurbsideCore

/// The reader's own numbers against the ranges a sentence states.
@Suite struct ReaderValueTests {
    func values(_ question: String) -> [ReaderValue] {
        let (types, constraints, search) = QuestionUnderstander.understand(question)
        return ReaderValues.of(UnderstoodQuestion(type: types[0].rawValue, types: types.map(\.rawValue), focus: [], constraints: constraints, searchText: search))
    }

    /// "Children 6 months to 12 years" takes in an 18-month-old (read as 6 to 12 years, it had left
    /// them out); "my 18 month olds ear" is an age, apostrophe or not.
    @Test func eachEndOfARangeKeepsItsOwnUnit() {
        let toddler = values("my 18 month olds ear is bulging, is that an infection?")
        #expect(toddler.count == 1)
        #expect(ReaderValues.verdict(toddler, in: "The guideline (children 6 months to 12 years with uncomplicated AOM) requires bulging [1].") == .satisfied(1))
        #expect(ReaderValues.verdict(toddler, in: "For children 2 to 12 years, watchful waiting is an option [1].") == .contradicted)
    }

    /// "At 6 to 23 months, and … at 24 months and older": the first range is an age too, said
    /// like the second (a 20-month-old had been left out by the second alone); "within 48 to 72
    /// hours" is not an age.
    /// A level that defines what happened to people in a trial is an outcome, not whom the
    /// sentence is about: a reader with a potassium of 5.7 is not left out by "low potassium
    /// (below 3.5 mEq/L) occurred in about 2–4%".
    @Test func aLevelThatDefinesAnOutcomeDoesNotLeaveTheReaderOut() {
        let high = values("new rx for patiromer, K 5.7 on lisinopril. main side effect?")
        #expect(!high.isEmpty)
        #expect(ReaderValues.verdict(high, in: "Constipation was the most common side effect, and low potassium (below 3.5 mEq/L) occurred in about 2–4% of participants [4].") == .silent)
        #expect(ReaderValues.verdict(high, in: "Binders are used when potassium stays below 5.5 mmol/L [1].") == .contradicted)
    }

    /// "Elderly patients" is 65 and older: it takes in an 88-year-old and leaves out a 40-year-old.
    @Test func elderlyIsAnAgeRange() {
        let rule = "Small, fragile or elderly patients and those with liver impairment may start at 2.5 mg [3]."
        #expect(ReaderValues.verdict(values("gran is 88, isn't 5 mg a lot to start on?"), in: rule) == .satisfied(1))
        #expect(ReaderValues.verdict(values("i'm 40, is 5 mg a lot to start on?"), in: rule) == .contradicted)
    }

    @Test func aRangeSaidLikeAnAgeBesideOneIsAnAge() {
        let toddler = values("my 20 month old has an ear infection in just one ear")
        let rule = "For non-severe unilateral AOM at 6 to 23 months, and non-severe unilateral or bilateral AOM at 24 months and older, antibiotics start if the child does not improve within 48 to 72 hours [1]."
        #expect(ReaderValues.verdict(toddler, in: rule) == .satisfied(1))
        #expect(ReaderValues.verdict(values("my 30 month old has an ear infection"), in: rule) == .satisfied(1))
        #expect(ReaderValues.verdict(values("my 4 month old has an ear infection"), in: rule) == .contradicted)
    }

    /// "Which one am I" with an eGFR of 41: the sentence that sorts 41 among stage 3's bands
    /// (G3a 45–59, G3b 30–44) leads, not "Stage 3 CKD means an eGFR of 30 to 59".
    @Test func whichOneAmIIsAnsweredByTheBandsThatSortTheReader() {
        let egfr = values("my egfr is 41, the letter says ckd stage 3 but whats the a and b bit about, which one am i")
        #expect(ReaderValues.sortsAmongBands(egfr, in: "Stage 3 = eGFR 30–59 for at least 3 months; G3a is 45–59 and G3b is 30–44 [1]."))
        #expect(!ReaderValues.sortsAmongBands(egfr, in: "Stage 3 CKD means an eGFR of 30 to 59 [1]."))
        leads("my egfr is 41, the letter says ckd stage 3 but whats the a and b bit about, which one am i",
              from: "ckd-stage-3-what-it-means", .lay, with: "30–44")
    }

    /// "Is that over the cut-off?" is answered by the limit the reader's value is past: a rule that
    /// leaves them out says so. (A ferritin told is a reader's value too.)
    @Test func aLimitTheReaderIsPastAnswersWhetherTheyArePastIt() {
        leads("HFrEF pt on entresto, bisoprolol and dapagliflozin. cardiology want to add spironolactone but his K is 5.2 - is that over the cut-off?",
              from: "heart-failure-reduced-ef-medications", .clinical, with: "potassium is below 5.0")
        leads("my ferritin came back 28 and the lab flagged it as normal (their range is 15-200) but my hct has been 34 for ages. is 28 actually ok?",
              from: "hematocrit-34-35-african-american-woman", .lay, with: "below 45 ng/mL")
    }

    @Test func anAgeFallsInsideOrOutsideAStatedAgeRange() {
        let baby = values("febrile 15 day old, LP needed?")
        #expect(ReaderValues.verdict(baby, in: "Infants aged 8 to 21 days need full evaluation including CSF [1].") == .satisfied(1))
        #expect(ReaderValues.verdict(baby, in: "At 22 to 28 days old, inflammatory markers should be measured [1].") == .contradicted)
        let adult = values("im 55 with type 2 diabetes should i be on a statin")
        #expect(ReaderValues.verdict(adult, in: "At 76 or older, there is little evidence for starting a statin [1].") == .contradicted)
        #expect(ReaderValues.verdict(adult, in: "Adults aged 40 to 75 with diabetes should take a moderate-intensity statin [1].") == .satisfied(1))
        #expect(ReaderValues.verdict(adult, in: "Younger patients (under about 65–70 years) may be treated [2].") == .satisfied(1))
    }

    /// A bare number near a word about people is an age only when said as one ("at 76 or older",
    /// "people under 30", "from age 55"): a score's "1–99" beside "patients" is not.
    /// "Under 2 …, from age 6 months" bound each other: 6 months to 2 years, which a 3-year-old is
    /// not in (the caregiver asking "shes 3 and got a temp of 39, does she need the amoxicillin" was
    /// first told the rule for under-2s). Open ends that cannot bound each other are alternatives.
    @Test func openEndedRangesThatCloseAnIntervalBoundEachOther() {
        let three = values("shes 3 years old and got a temp of 39")
        #expect(ReaderValues.verdict(three, in: "Amoxicillin is also advised for a child under 2 with both ears infected, from age 6 months [1].") == .contradicted)
        #expect(ReaderValues.verdict(three, in: "Antibiotics are advised for children aged 6 months or older with severe symptoms [1].") == .satisfied(1))
        #expect(ReaderValues.verdict(three, in: "A course is often 10 days under age 2 and 7 days at ages 2 to 5 [1].") == .satisfied(1))
        let nine = values("my son is 9 years old")
        #expect(ReaderValues.verdict(nine, in: "Children under age 2 need 10 days; children over age 6 need 5 to 7 days [1].") == .satisfied(1))
        // "A reason for amoxicillin" says who should have it.
        #expect(AnswerTest.passes("A fever of 39°C or higher is another reason for amoxicillin [1].", type: .eligibility))
        let answer = RelevanceTests.engine.answer("shes 3 and got a temp of 39, does she need the amoxicillin", from: "acute-otitis-media-children-amoxicillin", audience: .lay)
        #expect(answer.answer.first?.text.contains("39°C") == true, "\(answer.answer.map(\.text))")
    }

    @Test func aScoreBesidePeopleIsNotAnAge() {
        let old = values("mum is 78 and never had a heart attack, is it worth her starting one of these")
        #expect(QuestionUnderstander.understand("mum is 78 and never had a heart attack").constraints.contains { $0.kind == "age" && $0.value == "78 years" })
        #expect(ReaderValues.verdict(old, in: "A score of zero favours holding off in many patients, 1–99 favours a statin [1].") == .silent)
        #expect(ReaderValues.verdict(old, in: "Men with a score of 2 or more and women with 3 or more should be offered one [1].") == .silent)
        #expect(ReaderValues.verdict(old, in: "At 76 or older, there is little evidence for starting a statin [1].") == .satisfied(1))
        #expect(ReaderValues.verdict(old, in: "It favours starting one, especially from age 55 [1].") == .satisfied(1))
        #expect(ReaderValues.verdict(old, in: "For people under 30 started on an SSRI, warn about early risks [1].") == .contradicted)
        // The reader's own score is a value of its own, found beside the word "score".
        let score = values("im a 67 year old woman, nurse said my score is 3. do i need a blood thinner")
        #expect(ReaderValues.verdict(score, in: "A blood thinner is advised at 2 or more for a man, or 3 or more for a woman [1].",
                                     after: "The CHA2DS2-VASc score adds up risk factors [1].").takesReaderIn)
        #expect(ReaderValues.verdict(values("im a 67 year old woman"), in: "A blood thinner is advised at 2 or more for a man, or 3 or more for a woman [1].") == .silent)
    }

    /// In a list of bands the measure is named once, at the first band ("a score of zero favours
    /// holding off in many patients, 1–99 favours a statin"): a reader's score of 40 is in the
    /// second band although the word "score" is far from it. Another measure named on the way
    /// keeps the number to itself.
    @Test func aBandFarAlongAListKeepsTheMeasureNamedAtItsStart() {
        let score = values("my calcium score came back 40, do i need a statin")
        #expect(ReaderValues.verdict(score, in: "When the choice stays unclear, a coronary calcium score can help: a score of zero favours holding off in many patients, 1–99 favours a statin, and 100 or more favours one clearly [1].").takesReaderIn)
        #expect(ReaderValues.verdict(score, in: "A score of zero favours holding off in many of these older patients with diabetes, while 100 or more favours a statin [1].") == .contradicted)
        #expect(ReaderValues.verdict(score, in: "A score of zero favours holding off, although people with an LDL of 160 or a family history, 1–99 in the list, differ [1].") == .silent)
        // So the band the reader is in leads, not the band of zero.
        leads("does a calcium score of 40 mean i should be on a statin?", from: "statin-primary-prevention", .lay, with: "1–99 favours a statin")
    }

    /// A lipoprotein(a) level, typed as "lp(a)" or in full, is the reader's value for the
    /// guideline's "lipoprotein(a) of 50 mg/dL or more".
    @Test func aLipoproteinLittleALevelIsTheReadersValue() {
        let level = values("my lipoprotein(a) was 90 mg/dL - does that matter for the statin decision?")
        #expect(ReaderValues.verdict(level, in: "Risk-enhancing factors include hsCRP of 2 mg/L or more and lipoprotein(a) of 50 mg/dL or more [1].").takesReaderIn)
        #expect(ReaderValues.verdict(values("lp(a) 30 mg/dL"), in: "Risk-enhancing factors include lipoprotein(a) of 50 mg/dL or more [1].") == .contradicted)
        leads("does an lp(a) of 72 mg/dL push me towards a statin?", from: "statin-primary-prevention", .lay, with: "lipoprotein(a) of 50 mg/dL or more")
        leads("lp(a) is 64 mg/dL, 10 year risk 11%. does the lp(a) change anything about a statin?", from: "statin-primary-prevention", .lay, with: "lipoprotein(a) of 50 mg/dL or more")
    }

    @Test func anAgeGivenAsARange() {
        let older = values("how much vitamin D for someone over 70")
        #expect(ReaderValues.verdict(older, in: "Most adults need 600 IU a day, and 800 IU from age 71 [2].") == .satisfied(1))
        #expect(ReaderValues.verdict(older, in: "Adults aged 19 to 50 need 600 IU a day [2].") == .contradicted)
        let younger = values("is it safe for adults under 50")
        #expect(ReaderValues.verdict(younger, in: "Adults aged 19 to 50 need 600 IU a day [2].") == .satisfied(1))
        #expect(ReaderValues.verdict(younger, in: "People over 70 need 800 IU a day [2].") == .contradicted)
        // "Age 80+", "patients 65 and over": that age and everyone older, the age itself included.
        let eighty = values("how much more bleeding at age 80+ on this drug")
        #expect(eighty == [ReaderValue(kind: .age, range: StatedRange(lower: 80 * 365.25, upper: nil))])
        #expect(ReaderValues.verdict(eighty, in: "Bleeding was more common in those aged 80 or older [2].") == .satisfied(1))
        #expect(ReaderValues.verdict(values("any dose change for patients 65 and over?"), in: "Adults aged 18 to 64 take 10 mg [1].") == .contradicted)
    }

    /// A study's subgroup answers a question of how much risk changes for the reader's group,
    /// although it is no rule for them.
    @Test func aStudysSubgroupAnswersHowMuchTheRiskChangesForIt() {
        leads("what was the GI bleed odds ratio for age 75+ in the ketorolac cohort of 10,272 courses?", from: "ketorolac-safe-use", .clinical, with: "odds ratio 1.66")
    }

    /// "3 weeks ago" is compared with a stretch back from now ("in the past 30 days"), and only with one.
    @Test func howLongAgoAgainstAStretchBackFromNow() {
        let recent = values("she had amoxicillin like 3 weeks ago for her other ear, do they just give the same one again?")
        #expect(recent == [ReaderValue(kind: .elapsed, range: StatedRange(lower: 21, upper: 21))])
        #expect(ReaderValues.verdict(recent, in: "Amoxicillin is the first choice if the child has not had it in the past 30 days [1].") == .satisfied(1))
        #expect(ReaderValues.verdict(recent, in: "Use another antibiotic if amoxicillin was given within the last 14 days [1].") == .contradicted)
        #expect(ReaderValues.verdict(recent, in: "Children aged 6 to 23 months with ear pain get amoxicillin [1].") == .silent)
        // A child's age is never compared with a stretch back from now.
        let toddler = values("my 2 year old has an ear infection")
        #expect(ReaderValues.verdict(toddler, in: "A child who had amoxicillin in the past 30 days gets amoxicillin-clavulanate [1].") == .silent)
        #expect(values("i had a clot two months ago").first?.range == StatedRange(lower: 60.8, upper: 60.8))
    }

    @Test func aRangeAboutSomethingElseSaysNothing() {
        let adult = values("im 55, how long do i take it")
        // A time that is not an age, a dose, a bare count.
        #expect(ReaderValues.verdict(adult, in: "Recheck potassium within 2 to 4 weeks of starting [1].") == .silent)
        #expect(ReaderValues.verdict(adult, in: "Take 400 to 800 micrograms a day [1].") == .silent)
        #expect(ReaderValues.verdict(adult, in: "A course lasts 15 to 20 weeks [2].") == .silent)
        #expect(ReaderValues.verdict([], in: "Adults 50 and older should get two doses.") == .silent)
    }

    @Test func bodyWeightAndShortenedLabNames() {
        let reader = values("eliquis dose for 82 yo 55kg creat 1.2")
        let rule = "For AF the usual dose is 5 mg twice daily, lowered to 2.5 mg twice daily when a patient has at least two of: age 80 or older, body weight 60 kg or less, or serum creatinine 1.5 mg/dL or higher [4]."
        // Age and weight are taken in; the creatinine is not (one value in, one out: still a rule for this reader).
        #expect(ReaderValues.verdict(reader, in: rule) == .satisfied(2))
        #expect(ReaderValues.verdict(values("eliquis dose, she weighs 70 kg"), in: rule) == .contradicted)
        #expect(ReaderValues.verdict(values("eliquis dose, 150 lbs"), in: rule) == .contradicted)
        #expect(ReaderValues.verdict(values("eliquis dose, 120 lbs"), in: rule) == .satisfied(1))
    }

    @Test func pregnancyWeeksAndLabValues() {
        #expect(ReaderValues.verdict(values("nitrofurantoin at 39 weeks pregnant?"), in: "Contraindication at term pregnancy (38 to 42 weeks) [2].") == .satisfied(1))
        #expect(ReaderValues.verdict(values("nitrofurantoin at 30 weeks pregnant?"), in: "Contraindication at term pregnancy (38 to 42 weeks) [2].") == .contradicted)
        let tsh = values("SCH tsh >10 age 50 treat?")
        #expect(ReaderValues.verdict(tsh, in: "It recommends levothyroxine with TSH above 10 mU/L even without symptoms [1].") == .satisfied(1))
        #expect(ReaderValues.verdict(tsh, in: "With TSH of 10 mU/L or less, it advises careful follow-up [1].") == .contradicted)
        let bp = values("my dads bp is 190/125 but he feels fine")
        #expect(ReaderValues.verdict(bp, in: "BP above 180/120 mm Hg without signs of acute organ damage is severe hypertension [1].") == .satisfied(1))
        #expect(ReaderValues.verdict(bp, in: "Normal blood pressure is below 120/80 mm Hg [1].") == .contradicted)
        let t = values("my t score is -2.3 is that osteoporosis")
        #expect(ReaderValues.verdict(t, in: "A T-score between −1.0 and −2.5 means low bone mass [1].") == .satisfied(1))
        #expect(ReaderValues.verdict(t, in: "A T-score of −2.5 or lower means osteoporosis [1].") == .contradicted)
        // A sentence that goes on from one naming the measure: its ranges are of that measure.
        let first = "With a T-score of −1.01 to −1.49 it took about 17 years [5]."
        let next = "At −1.50 to −1.99 it took about 5 years, and at −2.00 to −2.49 about 1 year [5]."
        #expect(ReaderValues.verdict(values("my t score is -1.7, how long until osteoporosis"), in: next, after: first) == .satisfied(1))
        #expect(ReaderValues.verdict(values("my t score is -1.7, how long until osteoporosis"), in: next) == .silent)
        // Not when the sentence names a measure of its own.
        #expect(ReaderValues.verdict(t, in: "An eGFR of 30 to 59 is stage 3 [1].", after: "A T-score near −2.5 is low [1].") == .silent)
    }

    /// An unknown word counts as a word the article uses only when it shortens it or slips one letter.
    @Test func shorteningsAndSlipsButNotOtherWords() {
        let words: Set<String> = ["regurgit", "ottawa", "creatinin", "cold"]
        #expect(QuestionWords.isShortOrSlip("regurg", ofOneIn: words))
        #expect(QuestionWords.isShortOrSlip("creat", ofOneIn: words))
        #expect(QuestionWords.isShortOrSlip("otawa", ofOneIn: words))
        #expect(!QuestionWords.isShortOrSlip("cola", ofOneIn: words), "four letters: one edit from 'cold' is another word")
        #expect(!QuestionWords.isShortOrSlip("coffe", ofOneIn: words))
        #expect(!QuestionWords.isShortOrSlip("reg", ofOneIn: words))
    }

    /// "Is 30 low?" of the reader's own ferritin is answered by the rule that takes 30 in, even
    /// when the question's other words are spread over the article; not when nothing asks whether
    /// the result is off ("will my haematocrit of 35 slow me down on hills").
    @Test func whetherTheReadersResultIsLowIsAnsweredByTheRuleThatTakesItIn() {
        leads("anaemic and my ferritin was 30, lab says its in range, but is 30 low for me?",
              from: "hematocrit-34-35-african-american-woman", .lay, with: "below 45 ng/mL")
        #expect(!RelevanceTests.engine.answer("i do a lot of cycling, will my haematocrit of 35 slow me down on hills?",
                                              from: "hematocrit-34-35-african-american-woman", audience: .lay).confident)
    }

    /// What the reader has had before ("a baby born with spina bifida") is taken in by a rule
    /// about "a previous NTD-affected pregnancy", whether it is for or against them: either says
    /// whether the usual advice is theirs (both led with the trial's figures, or the usual dose).
    @Test func whatTheReaderHadBeforeIsTakenIn() {
        leads("had a pregnancy affected by an NTD. is the usual folic acid advice for me?", from: "folic-acid-before-pregnancy", .lay, with: "previous NTD-affected pregnancy")
        leads("we had a baby born with spina bifida two years ago; is the standard folic acid amount right for my next pregnancy?", from: "folic-acid-before-pregnancy", .lay, with: "previous NTD-affected pregnancy")
        // Not what the reader denies.
        let denied = RelevanceTests.engine.answer("no history of spina bifida in the family - how much folic acid should i take before getting pregnant?", from: "folic-acid-before-pregnancy", audience: .lay)
        #expect(denied.answer.first?.text.contains("400") == true, "\(denied.answer.map(\.text))")
    }
}
