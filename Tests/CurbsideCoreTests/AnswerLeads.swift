import Testing
@testable import CurbsideCore

/// Expects the bundled library's answer to `question`, asked from `article`, to be confident with
/// its first point holding `text` (the shape most answer tests share).
func leads(_ question: String, from article: String, _ audience: Audience, with text: String,
           sourceLocation: SourceLocation = #_sourceLocation) {
    let answer = RelevanceTests.engine.answer(question, from: article, audience: audience)
    #expect(answer.confident && answer.answer.first?.text.contains(text) == true, "\(answer.answer.map(\.text))", sourceLocation: sourceLocation)
}
