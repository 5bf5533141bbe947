import CurbsideCore

/// "Which best describes you?": the persona picker, with its highlighted row and scroll.
public struct PickerScreen: Sendable {
    let personas: [Persona]
    public private(set) var row: Int
    /// The first persona shown when they do not all fit.
    private(set) var top = 0

    public enum Outcome: Equatable { case stay, choose(Int), keep, quit }

    init(personas: [Persona], current: String?) {
        self.personas = personas
        row = personas.firstIndex { $0.id == current } ?? 0
    }

    /// `firstStart`: no persona yet, so there is nothing to keep and q quits.
    mutating func update(_ key: Key, firstStart: Bool, height: Int) -> Outcome {
        if case .click(_, let y) = key {
            if let hit = layout(height: height).rows.first(where: { $0.y == y })?.index { return .choose(hit) }
            return .stay
        }
        if key == .ctrl("c") { return .quit }
        switch Keymap.action(for: key, in: .picker) {
        case .pickerDown: row = min(personas.count - 1, row + 1)
        case .pickerUp: row = max(0, row - 1)
        case .pickerChoose: return .choose(row)
        case .pickerNumber:
            if case .char(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= personas.count { return .choose(n - 1) }
        case .pickerKeep:
            if firstStart { return key == .char("q") ? .quit : .stay }
            return .keep
        default: break
        }
        scrollToRow(height: height)
        return .stay
    }

    static let firstRow = 5
    /// Rows between the intro and the status line (one kept for the "more" cue when they do not all fit).
    func listRows(height: Int) -> Int {
        let all = max(1, height - 1 - Self.firstRow)
        return personas.count <= all ? all : max(1, all - 1)
    }
    func showsDescriptions(height: Int) -> Bool { height >= 20 && personas.count * 3 <= listRows(height: height) }
    func fittingPersonas(height: Int) -> Int { max(1, listRows(height: height) / (showsDescriptions(height: height) ? 3 : 1)) }

    mutating func scrollToRow(height: Int) {
        let fit = fittingPersonas(height: height)
        if row < top { top = row }
        if row >= top + fit { top = row - fit + 1 }
        top = max(0, min(top, max(0, personas.count - fit)))
    }

    struct Layout {
        var intro: [StyledLine]
        var rows: [(y: Int, index: Int)]
        var moreAbove: Bool
        var moreBelow: Bool
    }

    func layout(height: Int, width: Int = 80) -> Layout {
        let intro = Wrapper.wrap([Span("Your choice helps us use language that's most understandable for you.", TextStyle(.dim))], width: max(1, width - 4))
        let tall = showsDescriptions(height: height)
        var rows: [(Int, Int)] = []
        var y = Self.firstRow
        for i in personas.indices.dropFirst(top).prefix(fittingPersonas(height: height)) {
            rows.append((y, i))
            y += tall ? 3 : 1
        }
        return Layout(intro: Array(intro.prefix(2)), rows: rows, moreAbove: top > 0, moreBelow: (rows.last?.1 ?? 0) < personas.count - 1)
    }

    func render(into f: inout Frame, glyphs: Glyphs, current: Persona?, message: String?) {
        let height = f.height, width = f.width
        let layout = layout(height: height, width: width)
        f.put("Which best describes you?", x: 2, y: 1, style: TextStyle(.title, bold: true))
        for (i, line) in layout.intro.enumerated() { f.put(line, x: 2, y: 2 + i) }
        let tall = showsDescriptions(height: height)
        for (y, index) in layout.rows {
            let p = personas[index]
            let selected = index == row
            let style = TextStyle(selected ? .selection : .normal, bold: selected, reverse: selected)
            let label = " \(selected ? glyphs.selected : " ") \(index + 1). \(SafeText.clean(p.label)) "
            let end = f.put(label, x: 1, y: y, style: style)
            if selected { f.cursor = (2, y) }
            if tall {
                let desc = Wrapper.wrap([Span(SafeText.clean(p.description), TextStyle(.dim))], width: max(1, width - 9))
                for (k, line) in desc.prefix(2).enumerated() { f.put(line, x: 7, y: y + 1 + k) }
            } else {
                f.put(Wrapper.truncate(" \(glyphs.bullet) " + SafeText.clean(p.description), width: max(0, width - end - 1)), x: end, y: y, style: TextStyle(.dim))
            }
        }
        // More personas than rows: say so where they are hidden.
        if layout.moreAbove { f.put("\(glyphs.up) \(top) more above", x: 2, y: Self.firstRow - 1, style: TextStyle(.accent, bold: true)) }
        if layout.moreBelow { f.put("\(glyphs.down) \(personas.count - 1 - (layout.rows.last?.index ?? 0)) more below", x: 2, y: height - 2, style: TextStyle(.accent, bold: true)) }
        f.fill(y: height - 1, style: TextStyle(.status, reverse: true))
        // A warning from start-up (a corrupt config moved aside) is why the picker is open: show it here.
        if let message {
            f.put(Wrapper.truncate(" " + message, width: width), x: 0, y: height - 1, style: TextStyle(.warning, bold: true, reverse: true))
        } else {
            var hint = " " + Keymap.footer(for: .picker)
            hint += current.map { " · Esc keep \(SafeText.clean($0.label))" } ?? " · q quit"
            f.put(Wrapper.truncate(hint, width: width), x: 0, y: height - 1, style: TextStyle(.status, reverse: true))
        }
    }
}
