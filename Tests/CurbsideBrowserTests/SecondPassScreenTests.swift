import CurbsideCore
import Testing
@testable import CurbsideBrowser

/// Screen defects found in the second reliability pass (docs/reliability.md).
@Suite struct SecondPassScreenTests {
    /// The empty library said `No question matches “”` although no filter was set.
    @Test func anEmptyLibrarySaysSoWithoutMentioningAFilter() {
        let s = BrowserState(library: Library(personas: BrowserFixture.personas), width: 80, height: 24, persona: BrowserFixture.personas[0])
        let text = s.render().text
        #expect(text.contains("This library has no questions yet"))
        #expect(!text.contains("No question matches"))
    }

    /// The picker opens when the config was corrupt (and moved aside): the warning used to vanish behind it.
    @Test func thePickerShowsAStartupWarning() {
        var s = BrowserState(library: BrowserFixture.library, width: 80, height: 24, persona: nil)
        s.report("/home/u/.config/curbside/config.json was unreadable; moved it aside and started with defaults.")
        let frame = s.render().text
        #expect(frame.contains("Which best describes you?"))
        #expect(frame.contains("config.json was unreadable"))
    }

    /// A related id that the library lacks was silently left out; it now opens "Not found".
    @Test func aMissingRelatedQuestionIsAVisibleLinkToNotFound() {
        var library = BrowserFixture.library
        var article = library.articles[0]
        article.related = ["no-such-question"] + article.related
        library.upsert(article)
        var s = BrowserState(library: library, width: 100, height: 60, persona: BrowserFixture.personas[1])
        _ = s.follow(.article(article.id))
        var page = ""
        for _ in 0..<4 { page += s.render().text; _ = s.handle(.pageDown) }
        #expect(page.contains("Missing question ‘no-such-question’ (not in this library)"))
        _ = s.follow(.article("no-such-question"))
        #expect(s.render().text.contains("Not found"))
    }
}
