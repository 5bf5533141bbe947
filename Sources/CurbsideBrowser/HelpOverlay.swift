import CurbsideCore

/// The keys of the screen shown, from the one key table, in a band over the screen that
/// scrolls when the window is too short for all of it.
enum HelpOverlay {
    static func entries(for context: Context, glyphs: Glyphs) -> [(String, String)] {
        var lines: [(String, String)] = []
        if context == .library { lines += LibraryScreen.legend(glyphs); lines.append(("", "")) }
        lines += Keymap.helpLines(for: context).map { ($0.keys, $0.help) }
        lines.append(("", ""))
        lines.append(("In prompts", Keymap.helpLines(for: .prompt).map { "\($0.keys.split(separator: " ").first ?? "") \($0.help)" }.joined(separator: " · ")))
        lines.append(("Mouse", "wheel scrolls · click follows a link"))
        return lines
    }

    static let keyWidth = 18
    static func boxWidth(_ width: Int) -> Int { min(width, 92) }
    static func textWidth(_ width: Int) -> Int { max(1, boxWidth(width) - keyWidth - 6) }

    /// The rows of the help, long texts wrapped under themselves.
    static func lines(for context: Context, glyphs: Glyphs, width: Int) -> [(String, StyledLine)] {
        var rows: [(String, StyledLine)] = []
        for (keys, help) in entries(for: context, glyphs: glyphs) {
            let wrapped = Wrapper.wrap([Span(help)], width: textWidth(width))
            for (k, line) in (wrapped.isEmpty ? [StyledLine()] : wrapped).enumerated() { rows.append((k == 0 ? keys : "", line)) }
        }
        return rows
    }

    static func render(into f: inout Frame, context: Context, glyphs: Glyphs, scroll: Int) {
        let width = f.width, height = f.height
        let rows = lines(for: context, glyphs: glyphs, width: width)
        let boxWidth = boxWidth(width)
        let boxHeight = max(3, min(height - 1, rows.count + 4))
        let x0 = (width - boxWidth) / 2, y0 = max(0, (height - 1 - boxHeight) / 2)
        // Whole rows are cleared, so nothing of the screen beneath shows at the edges.
        for y in y0..<min(height - 1, y0 + boxHeight) { f.fill(y: y, style: .plain) }
        let border = TextStyle(.accent, bold: true)
        f.put(String(repeating: glyphs.rule, count: boxWidth), x: x0, y: y0, style: border)
        f.put(" Keys \(glyphs.bullet) ? or Esc closes ", x: x0 + 2, y: y0, style: border, limit: boxWidth - 2)
        f.put(String(repeating: glyphs.rule, count: boxWidth), x: x0, y: y0 + boxHeight - 1, style: border)
        let shown = max(0, boxHeight - 3)
        let top = max(0, min(scroll, rows.count - shown))
        for (i, row) in rows.dropFirst(top).prefix(shown).enumerated() {
            let y = y0 + 2 + i
            f.put(row.0, x: x0 + 2, y: y, style: TextStyle(.accent, bold: true), limit: keyWidth)
            f.put(row.1, x: x0 + 4 + keyWidth, y: y, limit: textWidth(width))
        }
        if rows.count > shown, shown > 0 {
            let cue = top + shown < rows.count ? " \(glyphs.down) more: j or Space scrolls " : " \(glyphs.up) k scrolls back "
            f.put(cue, x: x0 + 2, y: y0 + boxHeight - 1, style: border, limit: boxWidth - 2)
        }
    }
}
