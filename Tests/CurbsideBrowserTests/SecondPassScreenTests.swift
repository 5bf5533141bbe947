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

    /// Writing over half of a wide character left the other half for the terminal to draw stale.
    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var f = Frame(width: 6, height: 1)
        f.put("中文", x: 0, y: 0)
        f.put("x", x: 1, y: 0)   // the right half of 中
        #expect(f.lines == [" x文"])
        f.put("y", x: 2, y: 0)   // the left half of 文
        #expect(f.lines == [" xy"])
        #expect((0..<6).allSatisfy { !(f[$0, 0].text.isEmpty && ($0 == 0 || DisplayWidth.of(f[$0 - 1, 0].text) != 2)) })
    }

    /// Outside a UTF-8 locale, ncurses dropped every non-ASCII character.
    @Test func asciiScreensSpellSymbolsInsteadOfDroppingThem() {
        var library = BrowserFixture.library
        var article = library.articles[0]
        article.summary.clinical = "A T-score between −1.0 and −2.5 means osteopenia; ≥ 800 IU/day, 20 µg, 38 °C, café [1]."
        library.upsert(article)
        var s = BrowserState(library: library, width: 100, height: 40, persona: BrowserFixture.personas[1], glyphs: .ascii)
        _ = s.follow(.article(article.id))
        let frame = s.render()
        let text = frame.text
        #expect(text.contains("between -1.0 and -2.5 means osteopenia; >= 800 IU/day, 20 ug, 38 deg C, cafe [1]."), "\(text)")
        #expect(frame.cells.allSatisfy { $0.text.unicodeScalars.allSatisfy(\.isASCII) })
    }
}
