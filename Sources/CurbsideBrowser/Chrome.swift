import CurbsideCore

/// What every screen shares: the status line (or prompt) at the bottom and, on a scrolled page,
/// a one-line header at the top.
enum Chrome {
    static func drawCompactHeader(_ f: inout Frame, _ header: StyledLine) {
        f.fill(y: 0, style: TextStyle(.status, reverse: true))
        var line = header
        for i in line.spans.indices { line.spans[i].style.reverse = true; if line.spans[i].style.role == .normal { line.spans[i].style.role = .status } }
        f.put(StyledLine([Span(" ", TextStyle(.status, reverse: true))] + line.spans), x: 0, y: 0, limit: f.width)
    }

    /// A marked word's whole definition in a band above the status line; never cut off (at
    /// worst it takes the screen).
    static func drawDefinition(_ f: inout Frame, _ entry: GlossaryEntry, glyphs: Glyphs, readingWidth: Int) {
        let width = min(f.width - 4, readingWidth)
        let x = max(2, (f.width - width) / 2)
        var lines = Wrapper.wrap([Span(SafeText.clean(entry.term), TextStyle(.gloss, bold: true)), Span(": " + SafeText.clean(entry.definition))], width: max(1, width))
        if !entry.synonyms.isEmpty {
            lines += Wrapper.wrap([Span("Also called: " + entry.synonyms.map(SafeText.clean).joined(separator: ", "), TextStyle(.dim))], width: max(1, width))
        }
        let top = max(0, f.height - 1 - lines.count - 2)
        for y in top..<(f.height - 1) { f.fill(y: y, style: .plain) }
        f.put(String(repeating: glyphs.rule, count: f.width), x: 0, y: top, style: TextStyle(.accent, bold: true))
        f.put(" Definition \(glyphs.bullet) Esc closes ", x: 2, y: top, style: TextStyle(.accent, bold: true))
        for (i, line) in lines.enumerated() where top + 1 + i < f.height - 1 { f.put(line, x: x, y: top + 1 + i) }
    }

    static func drawStatusLine(_ f: inout Frame, state: BrowserState) {
        let width = f.width, y = f.height - 1
        f.fill(y: y, style: TextStyle(.status, reverse: true))
        if let (kind, editor) = state.prompt {
            let label: String = switch kind {
            case .filter: "Filter: "
            case .search: "Search page: "
            case .followUp: "Ask a follow-up: "
            }
            let x = f.put(label, x: 0, y: y, style: TextStyle(.status, bold: true, reverse: true))
            var note = editor.refused > 0 ? " (limit \(LineEditor.maximumLength) characters)" : ""
            if kind == .search, let s = state.search, !editor.string.isEmpty { note = s.matches.isEmpty ? " no match " : " \(s.matches.count) found " }
            let (text, cursor) = editor.visible(width: max(1, width - x - 1 - DisplayWidth.of(note)))
            f.put(text, x: x, y: y, style: TextStyle(.status, reverse: true))
            if !note.isEmpty { f.put(note, x: max(x, width - DisplayWidth.of(note)), y: y, style: TextStyle(.status, bold: true, reverse: true)) }
            f.cursor = (x + cursor, y)
            return
        }
        var right = ""
        if state.context == .library {
            right = "\(state.libraryScreen.shownCount) shown "
        } else if let doc = state.document {
            if let s = state.search, !s.matches.isEmpty { right += "[\(s.current + 1)/\(s.matches.count)] " }
            let bottom = min(doc.lines.count, state.visit.scroll + state.reader.pageRows)
            right += "\(doc.lines.isEmpty ? 100 : bottom * 100 / doc.lines.count)% "
        }
        if state.isPrivate { right = "Private " + right }
        if state.confirmation != nil { right = "" } // the question needs the room
        let room = max(0, width - (right.isEmpty ? 1 : DisplayWidth.of(right) + 3))
        let left: String
        if let question = state.confirmationQuestion {
            // However narrow, the reader sees what to press.
            let asking = question.hasSuffix(" y/n") ? String(question.dropLast(4)) : question
            left = Wrapper.truncate(" " + asking, width: max(1, room - 4)) + " y/n"
        }
        else if let message = state.message { left = Wrapper.truncate(" " + message, width: room) }
        else {
            let title = state.context == .library ? "" : Wrapper.truncate(state.document?.title ?? "", width: max(8, width / 3)) + "  "
            var hints = Keymap.footer(for: state.context)
            // "s submit" only where there is something to submit.
            if state.context == .answer, state.answerResult?.answer.confident ?? true {
                hints = hints.components(separatedBy: " · ").filter { !$0.hasSuffix(" submit") }.joined(separator: " · ")
            }
            left = " " + title + fitting(hints, room: room - 1 - DisplayWidth.of(title))
        }
        f.put(left, x: 0, y: y, style: TextStyle(.status, reverse: true), limit: room)
        if DisplayWidth.of(right) < width { f.put(right, x: width - DisplayWidth.of(right), y: y, style: TextStyle(.status, reverse: true)) }
    }

    /// As many whole hints as fit: never a hint cut in the middle.
    static func fitting(_ hints: String, room: Int) -> String {
        var out = ""
        for hint in hints.components(separatedBy: " · ") {
            let next = out.isEmpty ? hint : out + " · " + hint
            guard DisplayWidth.of(next) <= room else { break }
            out = next
        }
        return out
    }
}
