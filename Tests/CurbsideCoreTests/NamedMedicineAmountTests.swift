import Testing
@testable import CurbsideCore

/// An amount asked of a named medicine is that medicine's, and what the reader says around the
/// question (how they point at a study, how they describe a rash) does not have to be answered.
@Suite struct NamedMedicineAmountTests {
    /// "Propranolol dose range for migraine ppx", read from the migraine article: its tags list
    /// propranolol, but the only amount it states is AIMOVIG's (70 mg a month), which had answered,
    /// confidently. The library holds no propranolol dose: it says so.
    @Test func anotherMedicinesAmountIsNoAnswer() {
        let engine = RelevanceTests.engine
        for question in ["propranolol dose range for migraine ppx?", "atogepant dose for episodic migraine prevention?"] {
            let answer = engine.answer(question, from: "migraine-prevention", audience: .clinical)
            #expect(!answer.confident, "\(question): \(answer.answer.map(\.text))")
            #expect(!answer.answer.contains { $0.text.contains("70 mg") }, "\(question): \(answer.answer.map(\.text))")
        }
        // It is the glossary's kind that makes propranolol a medicine here, not its broader entry
        // (beta blocker): called a condition, the other medicine's 70 mg would answer for it.
        var relabelled = JSONFileRepository(directory: BundledLibraryTests.data).load()
        relabelled.glossary = relabelled.glossary.map { entry in
            var entry = entry
            if entry.term == "propranolol" { entry.kind = "condition" }
            return entry
        }
        let asCondition = FollowUpEngine(library: relabelled).answer("propranolol dose range for migraine ppx?", from: "migraine-prevention", audience: .clinical)
        #expect(asCondition.answer.contains { $0.text.contains("70 mg") }, "\(asCondition.answer.map(\.text))")
        // AIMOVIG's own schedule is still answered from that article.
        let own = engine.answer("how often do i inject aimovig", from: "migraine-prevention", audience: .lay)
        #expect(own.confident && own.answer.first?.text.contains("once a month") == true, "\(own.answer.map(\.text))")
    }

    /// "In the big ottawa ankle rules meta-analysis": the reader names the study by its design,
    /// which the article calls a systematic review; the design is not a topic left unanswered.
    @Test func aStudyNamedByItsDesignIsNotATopic() {
        let answer = RelevanceTests.engine.answer("in the big ottawa ankle rules meta-analysis, by roughly how much would using the rules cut unnecessary xrays?",
                                                  from: "ankle-sprain-ottawa-rules", audience: .clinical)
        #expect(!(answer.unheard ?? []).contains("meta-analysis"), "\(answer.unheard ?? [])")
        // A reader who asks about a study design the library has nothing on is still told so.
        let other = RelevanceTests.engine.answer("is there a meta-analysis on acupuncture for ankle sprains?", from: "ankle-sprain-ottawa-rules", audience: .clinical)
        #expect(!other.confident, "\(other.answer.map(\.text))")
    }

    /// "Just discharged after an episode of DKA - is that a contraindication?": DKA is diabetic
    /// ketoacidosis (a glossary name now), and whether something rules a medicine out is answered
    /// by the label's contraindication.
    @Test func aContraindicationAskedIsAnswered() {
        let answer = RelevanceTests.engine.answer("metformin script for a pt just discharged after an episode of DKA - is that a contraindication?",
                                                  from: "type-2-diabetes-first-line-metformin", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("diabetic ketoacidosis") == true, "\(answer.answer.map(\.text))")
    }

    /// "My 1st seizure", "the eardrum is bulging … or a bit of fluid behind it": an ordinal's ending
    /// and a word of where things sit are not topics (each had withheld a right answer).
    @Test func wordsOfHowItIsToldAreNotTopics() {
        let engine = RelevanceTests.engine
        let seizure = engine.answer("had my 1st seizure last month at 34, is it going to mess up my driving and my job or is that only if you have epilepsy",
                                    from: "first-seizure-adult", audience: .lay)
        #expect(seizure.confident, "\(seizure.answer.map(\.text))")
        let ear = engine.answer("gp looked in my 18 month olds ear and said the eardrum is 'bulging' - is that what actually makes it a proper ear infection or could it just be a bit of fluid behind it",
                                from: "acute-otitis-media-children-amoxicillin", audience: .lay)
        #expect(ear.confident && ear.answer.first?.text.contains("bulging") == true, "\(ear.answer.map(\.text))")
    }
}
