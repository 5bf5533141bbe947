import Testing
@testable import CurbsideCore

/// "With food or on an empty stomach?": answered only by a sentence that says how the medicine
/// is taken around meals, which also speaks to the other side of the either/or; a drink the
/// reader names is heard only by a sentence about any drink. (Phrasings not in the fixtures.)
@Suite struct MealTimingTests {
    @Test func readsTheQuestionAndTheAnswer() {
        for asked in ["should I take nitrofurantoin with a meal or without food", "is it better on an empty stomach",
                      "can i have my fosamax with a cup of tea", "do i take it before breakfast", "ok to swallow them with milk?"] {
            #expect(MealTiming.isAsked(asked), "\(asked)")
        }
        for other in ["can i take it with ibuprofen", "what dose should i take", "is it ok with my blood pressure tablets", "can i eat grapefruit"] {
            #expect(!MealTiming.isAsked(other), "\(other)")
        }
        #expect(MealTiming.isStated("Take one tablet daily, preferably after meals [5]."))
        #expect(MealTiming.isStated("Taken with plain water at least 30 minutes before any food, drink or other medicine."))
        #expect(!MealTiming.isStated("Iron-rich foods include meat and beans."))
        #expect(MealTiming.coversDrinks("before any food, drink or other medicine") && !MealTiming.coversDrinks("preferably after meals"))
    }

    @Test func answersWhenTheLibrarySaysAndOnlyThen() {
        let engine = RelevanceTests.engine
        let answered: [(String, String, String)] = [
            ("should I take nitrofurantoin with a meal or without food", "uncomplicated-uti-women", "with food"),
            ("is it better to take my ferrous sulfate on an empty stomach", "iron-deficiency-anemia-oral-iron", "after meals"),
            ("can i have my fosamax with a cup of tea in the morning", "osteopenia-management", "before any food, drink"),
        ]
        for (question, from, fact) in answered {
            let answer = engine.answer(question, from: from, audience: .lay)
            #expect(answer.confident && answer.answer.first?.text.contains(fact) == true, "\(question): \(answer.answer.map(\.text))")
        }
        // Asked from the article with "it": the medicine its own sentence says is taken with food.
        let pointing = engine.answer("do i take it with food or on an empty stomach", from: "uncomplicated-uti-women", audience: .lay)
        #expect(pointing.confident && pointing.answer.first?.text.contains("taken with food") == true, "\(pointing.answer.map(\.text))")
        #expect(!engine.answer("do i take it with food or on an empty stomach", from: "isotretinoin-severe-acne", audience: .lay).confident)
        // A question that names nothing beyond how it asks is about the article it is asked from.
        let course = engine.answer("how long is a course", from: "isotretinoin-severe-acne", audience: .lay)
        #expect(course.confident && course.answer.first?.text.contains("15 to 20 weeks") == true, "\(course.answer.map(\.text))")
        // The library says nothing of metformin and meals, nor of iron and orange juice ("after meals" is not about juice).
        #expect(!engine.answer("should i take metformin with food or on an empty stomach", from: "type-2-diabetes-first-line-metformin", audience: .lay).confident)
        let juice = engine.answer("is it ok to take my iron pill with orange juice", from: "iron-deficiency-anemia-oral-iron", audience: .lay)
        #expect(!juice.confident && (juice.unheard ?? []).contains { $0.contains("juice") || $0.contains("orange") }, "\(juice.unheard ?? [])")
        // Nor does the alendronate label's advice answer for vitamin D, asked from an article that holds both.
        #expect(!engine.answer("should i take vitamin d with food or on an empty stomach", from: "osteopenia-management", audience: .lay).confident)
    }

    /// "Is it better to take BP tablets at night": only a sentence that names a time of day
    /// answers; the library says nothing of bedtime dosing, so it is not answered (when pills are
    /// started, "at 130/80", had led).
    @Test func aTimeOfDayAskedMustBeNamed() {
        let answer = RelevanceTests.engine.answer("my dad takes ramipril every morning. is it better to take bp tablets at night?", from: "hypertension-first-line-treatment", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
    }
}

/// Whether two things go together is said only by a unit that speaks of both: the other drink or
/// drug by name, a glossary synonym or its kind, and the medicine itself or through its article.
/// (Phrasings not in the fixtures.)
@Suite struct BothThingsAskedTests {
    /// What the other drug is taken for is the reader's story, even a word the library never uses
    /// ("gout"), and "takes X …, any problem?" asks whether the two go together.
    @Test func whatTheOtherDrugIsForIsTheStory() {
        let engine = RelevanceTests.engine
        let gout = engine.answer("toradol tabs for a pt who takes probenecid for gout - any problem?", from: "ketorolac-safe-use", audience: .clinical)
        #expect(gout.confident && gout.answer.first?.text.contains("probenecid") == true, "\(gout.answer.map(\.text))")
        let acne = engine.answer("pt on ferrous sulfate just got doxycycline for acne, any problem", from: "iron-deficiency-anemia-oral-iron", audience: .clinical)
        #expect(acne.confident && acne.answer.first?.text.contains("absorption of certain antibiotics") == true, "\(acne.answer.map(\.text))")
    }

    @Test func anInteractionAnswerNamesBoth() {
        let engine = RelevanceTests.engine
        let booze = engine.answer("does booze at the weekend matter with my metformin", from: "type-2-diabetes-first-line-metformin", audience: .lay)
        #expect(booze.confident && booze.answer.first?.text.contains("heavy drinking") == true, "\(booze.answer.map(\.text))")
        #expect(!booze.answer.contains { $0.text.contains("kidney test") }, "a unit about metformin alone is not about drinking with it")
        let senna = engine.answer("my daughter takes senna most nights, is that a problem with daybue", from: "rett-syndrome", audience: .lay)
        #expect(senna.answer.first?.text.contains("laxatives be stopped before starting") == true, "\(senna.answer.map(\.text))")
    }

    /// "Can I take it with aspirin", asked from an article: "it" is that article's medicine, so
    /// another article's "do not take it with aspirin" (about its own drug) never answers; and a
    /// sentence that only lists the two together ("combining them") is no verdict.
    @Test func itIsTheMedicineBeingReadAbout() {
        let engine = RelevanceTests.engine
        let doxy = engine.answer("can it be taken with doxycycline", from: "isotretinoin-severe-acne", audience: .lay)
        #expect(doxy.confident && doxy.answer.first?.text.contains("tetracycline") == true, "\(doxy.answer.map(\.text))")
        #expect(!engine.answer("can i take it with aspirin", from: "isotretinoin-severe-acne", audience: .lay).confident)
        #expect(!engine.answer("can it be taken with doxycycline", from: "finasteride-acne-29-year-old-man", audience: .lay).confident)
        let ketorolac = engine.answer("can i take it with aspirin", from: "ketorolac-safe-use", audience: .lay)
        #expect(ketorolac.confident && ketorolac.answer.allSatisfy { $0.articleId == "ketorolac-safe-use" })
        #expect(!engine.answer("can i take it with aspirin", from: "atrial-fibrillation-anticoagulation", audience: .lay).answer.contains { $0.articleId == "ketorolac-safe-use" })
    }
}
