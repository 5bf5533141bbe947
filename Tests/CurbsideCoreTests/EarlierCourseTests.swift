import Testing
@testable import CurbsideCore

/// What an earlier course was for is the reader's story, not what the answer must speak to:
/// "she finished amoxicillin like 3 weeks ago for a chest thing and now its her ear" asks about
/// the ear infection (it was withheld, as if "chest" went unheard).
@Suite struct EarlierCourseTests {
    @Test func anEarlierCoursesPurposeIsTheStory() {
        let answer = RelevanceTests.engine.answer("she finished amoxicillin like 3 weeks ago for a chest thing and now its her ear, will they just give her the same one again",
                                                  from: "acute-otitis-media-children-amoxicillin", audience: .lay)
        #expect(answer.confident && answer.answer.first?.text.contains("past 30 days") == true, "\(answer.answer.map(\.text))")
    }
}
