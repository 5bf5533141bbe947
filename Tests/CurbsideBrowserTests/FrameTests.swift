import CurbsideCore
import Testing
@testable import CurbsideBrowser

@Suite struct FrameTests {
    func open(_ id: String, _ state: inout BrowserState) {
        _ = state.follow(.article(id))
    }

    @Test func articleReaderAt80x24() throws {
        var s = BrowserFixture.state()
        open("dexa", &s)
        try expectFrame(s.render(), golden: "article-80x24")
    }

    @Test func articleReaderAt40x12() throws {
        var s = BrowserFixture.state(width: 40, height: 12)
        open("dexa", &s)
        try expectFrame(s.render(), golden: "article-40x12")
    }

    @Test func articleForAClinicianHasNoGlosses() throws {
        var s = BrowserFixture.state(persona: "physician")
        open("dexa", &s)
        try expectFrame(s.render(), golden: "article-80x24-physician")
    }

    @Test func wideCharactersKeepColumnsAligned() throws {
        var s = BrowserFixture.state(width: 50, height: 16)
        open("wide", &s)
        let frame = s.render()
        try expectFrame(frame, golden: "article-wide-50x16")
        // Every wide grapheme is followed by its continuation cell, and no row overflows.
        for y in 0..<frame.height {
            for x in 0..<frame.width where DisplayWidth.of(frame[x, y].text) == 2 {
                #expect(x + 1 < frame.width && frame[x + 1, y].text.isEmpty)
            }
            #expect(DisplayWidth.of(frame.lines[y]) <= 50)
        }
        #expect(frame.text.contains("骨密度"))
        #expect(frame.text.contains("flags JP"))  // a flag is written as its letters (see SafeText)
    }

    @Test func personaPickerOnFirstRun() throws {
        let s = BrowserFixture.state(persona: nil)
        try expectFrame(s.render(), golden: "persona-picker-80x24")
    }

    @Test func libraryFiltered() throws {
        var s = BrowserFixture.state()
        for key: Key in [.char("/"), .char("o"), .char("s"), .char("t"), .char("e"), .char("o")] { _ = s.handle(key) }
        try expectFrame(s.render(), golden: "library-filtered-80x24")
    }

    @Test func helpOverlay() throws {
        var s = BrowserFixture.state(width: 80, height: 50)
        open("dexa", &s)
        _ = s.handle(.char("?"))
        let frame = s.render()
        try expectFrame(frame, golden: "help-80x50")
        // The help lists every binding of the article screen, from the same table as the keymap.
        for binding in Keymap.bindings where binding.contexts.contains(.article) {
            #expect(frame.text.contains(binding.help), "help is missing: \(binding.help)")
        }
    }

    @Test func tooSmallSaysSo() {
        let s = BrowserFixture.state(width: 12, height: 4)
        #expect(s.render().text.contains("Terminal too"))
        let one = BrowserFixture.state(width: 1, height: 1)
        #expect(one.render().lines.count == 1)
    }
}
