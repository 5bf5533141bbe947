import Foundation
import Testing
@testable import CurbsideCore

/// Lay summaries that cite and give the numbers (issue 13): counts over the bundled library,
/// and the validator's checks on small broken articles.
@Suite struct LaySummaryTests {
    let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
    var answered: [Article] { library.articles.filter { $0.status != .submitted } }

    @Test func everyFactInALayOrCaregiverSummaryIsCited() {
        var uncited: [String] = []
        var sentences = 0
        for article in answered {
            for (name, text) in [("lay", article.summary.lay), ("caregiver", article.summary.caregiver)] {
                guard let text else { uncited.append("\(article.id): no \(name) summary"); continue }
                sentences += LibraryValidator.sentences(text).count
                uncited += LibraryValidator.uncitedSentences(text).map { "\(article.id) (\(name)): \($0)" }
            }
        }
        #expect(uncited == [])
        #expect(sentences >= 4 * answered.count, "summaries of one or two sentences cannot give the answer and its numbers")
    }

    @Test func caregiverSummariesTalkAboutThePersonCaredFor() {
        var offending: [String] = []
        for article in answered {
            guard let text = article.summary.caregiver else { offending.append("\(article.id): none"); continue }
            let words = LibraryValidator.secondPersonWords(inCaregiverText: text)
            if !words.isEmpty { offending.append("\(article.id): \(words)") }
            #expect(text != article.summary.lay, "\(article.id): the caregiver text is the lay text")
        }
        #expect(offending == [])
    }

    /// A summary sentence that points back ("these drugs raised thoughts of suicide") is joined to
    /// the one before it, so it must name what it means when the one before is about something
    /// else (the sodium warning): a worried parent's lead is the suicide warning, alone.
    @Test func aSummarySentenceOnItsOwnTopicLeadsAlone() {
        let answer = RelevanceTests.engine.answer("my son is 19 and just started sertraline. his mate told him these tablets can give lads his age dark thoughts at first, is that actually a thing?",
                                                  from: "depression-starting-ssri", audience: .lay)
        let lead = answer.answer.first?.text ?? ""
        #expect(answer.confident && lead.hasPrefix("In young people, antidepressants raised thoughts of suicide") && !lead.contains("sodium"), "\(lead)")
    }

    @Test func everyArticleHasTwoToFourQuestionsToAsk() {
        for article in answered {
            #expect(LibraryValidator.questionsToAskCount.contains(article.questionsToAsk.count), "\(article.id): \(article.questionsToAsk.count) questions")
            for question in article.questionsToAsk { #expect(question.hasSuffix("?"), "\(article.id): \(question)") }
            #expect(Set(article.questionsToAsk).count == article.questionsToAsk.count, "\(article.id): a question is repeated")
        }
        // Specific to the article, not filler shared across the library.
        let all = answered.flatMap(\.questionsToAsk)
        let shared = Dictionary(grouping: all, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(shared == [])
    }

    @Test func layAndCaregiverSummariesReadAtGradeEightOrBelow() {
        var lay: [Double] = [], caregiver: [Double] = []
        for article in answered {
            if let text = article.summary.lay { lay.append(Readability.fleschKincaidGrade(text)) }
            if let text = article.summary.caregiver { caregiver.append(Readability.fleschKincaidGrade(text)) }
        }
        #expect(lay.count == answered.count && caregiver.count == answered.count)
        for (name, grades) in [("lay", lay), ("caregiver", caregiver)] {
            #expect(grades.allSatisfy { $0 <= LibraryValidator.maximumLayGrade }, "\(name): \(grades.filter { $0 > LibraryValidator.maximumLayGrade })")
            print(Self.distribution(name, grades))
        }
    }

    /// "lay: 41 summaries, median 5.2, max 6.9; ≤4: 3, 4–5: 10, …" for the test log and docs/data-format.md.
    static func distribution(_ name: String, _ grades: [Double]) -> String {
        let sorted = grades.sorted()
        guard !sorted.isEmpty else { return "\(name): none" }
        let bands: [(String, ClosedRange<Double>)] = [("≤4", -99...4), ("4–5", 4.0001...5), ("5–6", 5.0001...6), ("6–7", 6.0001...7), ("7–8", 7.0001...8), (">8", 8.0001...99)]
        let counts = bands.map { label, range in "\(label): \(sorted.filter { range.contains($0) }.count)" }
        return String(format: "%@: %d summaries, median %.1f, max %.1f, at or below grade 6: %d; ", name, sorted.count,
                      sorted[sorted.count / 2], sorted.last!, sorted.filter { $0 <= 6 }.count) + counts.joined(separator: ", ")
    }

    // MARK: The validator's checks

    @Test func sentencesAndWhatStatesAFact() {
        #expect(LibraryValidator.sentences("Take 1.5 mg a day [1]. Ask your doctor. Is it safe? Yes [2].") ==
                ["Take 1.5 mg a day [1].", "Ask your doctor.", "Is it safe?", "Yes [2]."])
        #expect(LibraryValidator.uncitedSentences("Most adults need 600 IU a day. Ask your doctor which dose is right for you. Why? Because [1].") ==
                ["Most adults need 600 IU a day."])
        #expect(LibraryValidator.uncitedSentences("Ask your doctor to check your blood level, your kidney tests and your calcium every single year.").count == 1,
                "a long \"Ask\" sentence states facts")
        #expect(LibraryValidator.secondPersonWords(inCaregiverText: "Your child needs 400 IU [1]. Give your baby drops; ask their doctor.") == [])
        #expect(LibraryValidator.secondPersonWords(inCaregiverText: "You can give them the pill with your meal.") == ["you", "your meal"])
    }

    @Test func validatorReportsMissingAndUncitedSummaries() throws {
        let lib = try LibraryFixture()
        try lib.writeArticle(LibraryFixture.article("beta"))
        var bad = LibraryFixture.article("alpha")
        bad["summary"] = ["lay": "Most adults need 600 IU a day. Ask your doctor.", "clinical": "A clinical answer [1, 2]."]
        bad.removeValue(forKey: "questionsToAsk")
        try lib.writeArticle(bad)
        var messages = lib.validate().problems.filter { $0.file.hasSuffix("alpha.json") }.map(\.explanation)
        #expect(messages.contains { $0.hasPrefix("summary.lay: sentence states a fact without a citation marker: \"Most adults need 600 IU a day.\"") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("summary: no caregiver summary") }, "\(messages)")
        #expect(messages.contains("summary: 0 questions to ask a clinician; give 2 to 4"), "\(messages)")
        #expect(messages.count == 3, "\(messages)")

        bad["summary"] = ["lay": "Most adults need 600 IU a day [1].", "caregiver": "You should give them 600 IU. Your dose is [9].",
                          "clinical": "A clinical answer [1, 2]."]
        bad["questionsToAsk"] = ["Is it safe?", "What dose", "Why?", "When?", "How?"]
        try lib.writeArticle(bad)
        messages = lib.validate().problems.filter { $0.file.hasSuffix("alpha.json") }.map(\.explanation)
        #expect(messages.contains("summary.caregiver: citation [9] has no reference (the article has 2)"), "\(messages)")
        #expect(messages.contains("summary.caregiver: sentence states a fact without a citation marker: \"You should give them 600 IU.\""), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("summary.caregiver: speaks to the patient (you, your dose)") }, "\(messages)")
        #expect(messages.contains("questionsToAsk: 5 questions to ask a clinician; give 2 to 4"), "\(messages)")
        #expect(messages.contains("questionsToAsk[1]: not a question (end it with \"?\")"), "\(messages)")
    }

    @Test func submittedQuestionsAndImportedAnswersAreLeftAlone() throws {
        let lib = try LibraryFixture()
        var stub = LibraryFixture.article("stub")
        stub["status"] = "submitted"
        stub["summary"] = ["lay": "No answer yet."]
        stub.removeValue(forKey: "questionsToAsk")
        try lib.writeArticle(stub)
        var imported = LibraryFixture.article("imported")
        imported["summary"] = ["lay": "Plantar fasciitis is heel pain. It is common [1]."]
        imported["sections"] = ["healthInformation": ["groups": [["heading": "From MedlinePlus", "bullets": ["Heel pain [1]."]]]]]
        imported["references"] = [["kind": "health-information", "title": "Plantar fasciitis", "source": "NIH, in the MedQuAD collection", "year": 2019,
                                  "url": "https://medlineplus.gov/plantarfasciitis.html"]]
        imported.removeValue(forKey: "questionsToAsk")
        try lib.writeArticle(imported)
        #expect(lib.validate().problems.map(\.description) == [])
    }

    /// What lay readers ask is said in their summaries, and leads their answer: a toddler is
    /// usually not swabbed for strep (unless an older sibling has it); after a hysterectomy no
    /// progestogen is needed (the answer test hears "if you have had…").
    @Test func whatLayReadersAskIsSaidInTheirSummary() {
        leads("does my 2 yr old need a strep swab, her brother has strep", from: "strep-throat-antibiotics", .lay,
              with: "Children under 3 are usually not tested")
        leads("had a hysterectomy, do i need the progesterone too", from: "menopause-hormone-therapy", .lay,
              with: "you do not need a progestogen")
        // The same figures in the lay summary's words lead for a lay reader, the guideline's for a clinician.
        let asked = "my 3 year old has an ear infection and got amoxicillin, how many days is the course for her age"
        leads(asked, from: "acute-otitis-media-children-amoxicillin", .lay, with: "A course is often 10 days under age 2")
        leads(asked, from: "acute-otitis-media-children-amoxicillin", .clinical, with: "The AAP suggests a 10-day course")
        // How long a symptom has lasted ("pain for 2 days or more") is not how long to take it.
        #expect(!AnswerTest.passes("Amoxicillin is advised when a child has bad ear pain or pain for 2 days or more [1].", type: .duration))
        leads("my 4 year old has an ear infection and got amoxicillin, how many days does she take it for",
              from: "acute-otitis-media-children-amoxicillin", .lay, with: "7 days at ages 2 to 5")
    }
}
