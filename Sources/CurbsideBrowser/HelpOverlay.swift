import CurbsideCore

/// The keys of the screen shown, from the one key table, in a box over the screen.
enum HelpOverlay {
    static func lines(for context: Context, glyphs: Glyphs) -> [(String, String)] {
        var lines = Keymap.helpLines(for: context).map { ($0.keys, $0.help) }
        if context == .library { lines.append(("", "")); lines += LibraryScreen.legend(glyphs) }
        lines.append(("", ""))
        lines.append(("In prompts", Keymap.helpLines(for: .prompt).map { "\($0.keys.split(separator: " ").first ?? "") \($0.help)" }.joined(separator: " · ")))
        lines.append(("Mouse", "wheel scrolls · click follows a link"))
        return lines
    }

    static func render(into f: inout Frame, context: Context, glyphs: Glyphs) {
        let width = f.width, height = f.height
        let lines = lines(for: context, glyphs: glyphs)
        let keyWidth = min(20, lines.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let boxWidth = min(width - 2, 90)
        let textWidth = max(1, boxWidth - keyWidth - 6)
        // Long help texts wrap under themselves instead of running off the box.
        var rows: [(String, StyledLine)] = []
        for (keys, help) in lines {
            let wrapped = Wrapper.wrap([Span(help)], width: textWidth)
            for (k, line) in (wrapped.isEmpty ? [StyledLine()] : wrapped).enumerated() { rows.append((k == 0 ? keys : "", line)) }
        }
        let boxHeight = min(height - 2, rows.count + 4)
        let x0 = (width - boxWidth) / 2, y0 = max(0, (height - boxHeight) / 2)
        for y in y0..<(y0 + boxHeight) { f.put(String(repeating: " ", count: boxWidth), x: x0, y: y, style: .plain) }
        let border = TextStyle(.accent, bold: true)
        f.put(String(repeating: glyphs.rule, count: boxWidth), x: x0, y: y0, style: border)
        f.put(" Keys \(glyphs.bullet) press ? or Esc to close ", x: x0 + 2, y: y0, style: border, limit: boxWidth - 2)
        f.put(String(repeating: glyphs.rule, count: boxWidth), x: x0, y: y0 + boxHeight - 1, style: border)
        let shown = max(0, boxHeight - 3)
        for (i, row) in rows.prefix(shown).enumerated() {
            let y = y0 + 2 + i
            f.put(row.0, x: x0 + 2, y: y, style: TextStyle(.accent, bold: true), limit: keyWidth)
            f.put(row.1, x: x0 + 4 + keyWidth, y: y, limit: textWidth)
        }
        if rows.count > shown, shown > 0 {
            f.put(" \(glyphs.down) more: make the window taller ", x: x0 + 2, y: y0 + boxHeight - 1, style: border, limit: boxWidth - 2)
        }
    }
}
