import Testing
@testable import CurbsideBrowser

@Suite struct LineEditorTests {
    /// Pasting 30,000 characters once froze the screen (each frame was O(n²) in the text).
    @Test func aHugePasteIsCappedAndStaysResponsive() {
        var editor = LineEditor()
        for i in 0..<30_000 {
            _ = editor.handle(.char(Character(String(i % 10))))
            _ = editor.visible(width: 60)
        }
        #expect(editor.text.count == LineEditor.maximumLength)
        #expect(editor.refused == 30_000 - LineEditor.maximumLength)
        let (shown, cursor) = editor.visible(width: 40)
        #expect(shown.count == 39 && cursor == 39)
        #expect(shown == String(editor.text.suffix(39)))
    }

    @Test func visibleKeepsTheCursorOnScreenWithWideCharacters() {
        var editor = LineEditor(text: "中文中文中文中文")
        for _ in 0..<3 { _ = editor.handle(.left) }
        // Five characters (ten columns) before the cursor: only the last two fit beside it.
        let (shown, cursor) = editor.visible(width: 5)
        #expect(shown == "文中")
        #expect(cursor == 4)
        _ = editor.handle(.home)
        #expect(editor.visible(width: 5) == ("中文", 0))
    }
}
