import CurbsideCore

/// Drawing: the state becomes a frame. Nothing here changes state.
extension BrowserState {
    public func render() -> Frame {
        var f = Frame(width: width, height: height)
        f.asciiOnly = glyphs == .ascii
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            let lines = Wrapper.wrap([Span("Terminal too small (\(width)×\(height)). Curbside needs at least \(Self.minimumWidth)×\(Self.minimumHeight).", TextStyle(.warning))], width: max(1, width))
            for (y, line) in lines.prefix(height).enumerated() { f.put(line, x: 0, y: y) }
            return f
        }
        if picker != nil {
            drawPicker(&f)
            return f
        }
        switch screen {
        case .library: drawLibrary(&f)
        case .page: drawPage(&f)
        }
        drawStatus(&f)
        if showingHelp { drawHelp(&f) }
        return f
    }

    // MARK: Library

    func statusMark(_ status: ReviewStatus) -> String {
        switch status {
        case .submitted: glyphs.pending
        case .underReview: glyphs == .ascii ? "(~)" : "◐"
        case .approved: glyphs.current
        }
    }

    func drawLibrary(_ f: inout Frame) {
        let total = library.articles.count
        let shown = shownCount
        f.fill(y: 0, style: TextStyle(.status, reverse: true))
        var title = " Curbside \(glyphs.bullet) \(total) question\(total == 1 ? "" : "s")"
        if let persona { title += " \(glyphs.bullet) Reading as \(persona.label)" }
        if isPrivate { title += " \(glyphs.bullet) Private session" }
        f.put(Wrapper.truncate(title, width: width), x: 0, y: 0, style: TextStyle(.status, bold: true, reverse: true))
        if !library.problems.isEmpty {
            let note = " \(library.problems.count) file\(library.problems.count == 1 ? "" : "s") skipped: press ! "
            if DisplayWidth.of(title) + DisplayWidth.of(note) < width {
                f.put(note, x: width - DisplayWidth.of(note), y: 0, style: TextStyle(.error, bold: true, reverse: true))
            }
        }
        if filter.isEmpty && prompt?.kind != .filter {
            f.put(Wrapper.truncate(" Press / to filter, Enter to open, ? for help.", width: width), x: 0, y: 1, style: TextStyle(.dim))
        } else {
            f.put(Wrapper.truncate(" Filter: \(filter)  (\(shown) of \(total))", width: width), x: 0, y: 1, style: TextStyle(.accent))
        }
        if rows.isEmpty {
            let note = total == 0
                ? " This library has no questions yet. Press ! to see any files that were skipped, or q to quit."
                : " No question matches “\(filter)”. Esc clears the filter."
            f.put(Wrapper.truncate(note, width: width), x: 0, y: libraryHeaderHeight, style: TextStyle(.dim))
            return
        }
        let showLabels = width >= 60
        for (i, row) in rows.enumerated().dropFirst(libraryScroll).prefix(libraryListHeight) {
            let y = libraryHeaderHeight + i - libraryScroll
            switch row {
            case .group(let name, let count):
                f.put(Wrapper.truncate(" \(SafeText.clean(name)) (\(count))", width: width), x: 0, y: y, style: TextStyle(.heading, bold: true))
            case .article(let id):
                guard let a = library.article(id) else { continue }
                let selected = i == selection
                let style = TextStyle(selected ? .selection : .normal, reverse: selected)
                if selected { f.fill(y: y, style: style) }
                let marker = selected ? glyphs.selected : " "
                let status = showLabels ? "\(statusMark(a.status)) \(a.status.label.padding(toLength: 12, withPad: " ", startingAt: 0))" : statusMark(a.status)
                var x = f.put("  \(marker) ", x: 0, y: y, style: style)
                x = f.put(status + " ", x: x, y: y, style: TextStyle(selected ? .selection : .dim, reverse: selected))
                f.put(Wrapper.truncate(SafeText.clean(a.question), width: width - x), x: x, y: y, style: style)
                if selected { f.cursor = (2, y) }
            }
        }
    }

    // MARK: Page

    func drawPage(_ f: inout Frame) {
        guard let doc = document else { return }
        let top = visit.scroll
        for y in 0..<viewHeight where top + y < doc.lines.count {
            f.put(doc.lines[top + y], x: 0, y: y)
        }
        if let s = search {
            for (i, m) in s.matches.enumerated() where m.line >= top && m.line < top + viewHeight {
                f.restyle(x: m.x, y: m.line - top, count: m.width) { style in
                    style = TextStyle(i == s.current ? .currentMatch : .match, bold: true, reverse: i == s.current)
                }
            }
        }
        if let sel = visit.selectedLink, doc.links.indices.contains(sel) {
            for place in doc.links[sel].places where place.line >= top && place.line < top + viewHeight {
                f.restyle(x: place.x, y: place.line - top, count: place.width) { $0.reverse = true; $0.role = .selection }
                if f.cursor == nil { f.cursor = (place.x, place.line - top) }
            }
        }
    }

    // MARK: Status line and prompt

    func drawStatus(_ f: inout Frame) {
        let y = height - 1
        f.fill(y: y, style: TextStyle(.status, reverse: true))
        if let (kind, editor) = prompt {
            let label: String = switch kind {
            case .filter: "Filter: "
            case .search: "Search page: "
            case .followUp: "Ask a follow-up: "
            }
            let x = f.put(label, x: 0, y: y, style: TextStyle(.status, bold: true, reverse: true))
            let note = editor.refused > 0 ? " (limit \(LineEditor.maximumLength) characters)" : ""
            let (text, cursor) = editor.visible(width: max(1, width - x - 1 - DisplayWidth.of(note)))
            f.put(text, x: x, y: y, style: TextStyle(.status, reverse: true))
            if !note.isEmpty { f.put(note, x: max(x, width - DisplayWidth.of(note)), y: y, style: TextStyle(.status, bold: true, reverse: true)) }
            f.cursor = (x + cursor, y)
            return
        }
        var right = ""
        if screen == .page, let doc = document {
            if let s = search, !s.matches.isEmpty { right += "[\(s.current + 1)/\(s.matches.count)] " }
            let bottom = min(doc.lines.count, visit.scroll + viewHeight)
            let percent = doc.lines.isEmpty ? 100 : bottom * 100 / doc.lines.count
            right += "\(percent)% "
        } else if screen == .library {
            right = "\(shownCount) shown "
        }
        if isPrivate { right = "Private " + right }
        let left: String
        if let question = confirmationQuestion { left = " " + question }
        else if let message { left = " " + message }
        else if screen == .page, let doc = document {
            let hint = (location.isArticle ? "  f ask · Tab links · b bookmark · ? help" : "  Tab links · h back · ? help")
            left = " " + Wrapper.truncate(doc.title, width: max(8, width / 2)) + hint
        } else { left = " j/k move · Enter open · / filter · p persona · f ask · ? help · q quit" }
        let rightWidth = DisplayWidth.of(right)
        f.put(Wrapper.truncate(left, width: max(0, width - rightWidth - 1)), x: 0, y: y, style: TextStyle(.status, reverse: true))
        if rightWidth < width { f.put(right, x: width - rightWidth, y: y, style: TextStyle(.status, reverse: true)) }
    }

    // MARK: Overlays

    func drawHelp(_ f: inout Frame) {
        var lines: [(String, String)] = Keymap.helpLines(for: screen)
        lines.append(("", ""))
        lines.append(("In prompts", "← → move · Backspace · Ctrl-U clear · Ctrl-W word · ↑ ↓ past · Enter send · Esc cancel"))
        lines.append(("Mouse", "wheel scrolls · click follows a link"))
        let keyWidth = min(24, lines.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let helpWidth = lines.map { DisplayWidth.of($0.1) }.max() ?? 0
        let boxWidth = min(width - 2, keyWidth + helpWidth + 7)
        let boxHeight = min(height - 2, lines.count + 4)
        let x0 = (width - boxWidth) / 2, y0 = max(0, (height - boxHeight) / 2)
        for y in y0..<(y0 + boxHeight) {
            for x in x0..<(x0 + boxWidth) { f.put(" ", x: x, y: y, style: TextStyle(.normal, reverse: false)) }
        }
        let border = TextStyle(.accent, bold: true)
        f.put(String(repeating: glyphs.rule, count: boxWidth), x: x0, y: y0, style: border)
        f.put(" Keys \(glyphs.bullet) press ? or Esc to close ", x: x0 + 2, y: y0, style: border)
        f.put(String(repeating: glyphs.rule, count: boxWidth), x: x0, y: y0 + boxHeight - 1, style: border)
        for (i, line) in lines.prefix(boxHeight - 3).enumerated() {
            let y = y0 + 2 + i
            f.put(Wrapper.truncate(line.0, width: keyWidth), x: x0 + 2, y: y, style: TextStyle(.accent, bold: true))
            f.put(Wrapper.truncate(line.1, width: boxWidth - keyWidth - 5), x: x0 + 4 + keyWidth, y: y)
        }
    }

    /// Persona picker rows: (screen row, persona index) for each persona's label line.
    func pickerLayout() -> (intro: [StyledLine], rows: [(y: Int, index: Int, description: [StyledLine])]) {
        let w = max(1, width - 4)
        let intro = Wrapper.wrap([Span("Your choice helps us use language that's most understandable for you.", TextStyle(.dim))], width: w)
        var y = 3 + intro.count
        var rows: [(Int, Int, [StyledLine])] = []
        for (i, p) in personas.enumerated() {
            let desc = Wrapper.wrap([Span(SafeText.clean(p.description), TextStyle(.dim))], width: max(1, w - 5))
            rows.append((y, i, desc))
            y += 1 + (height >= 20 ? desc.count : 0)
        }
        return (intro, rows)
    }

    func pickerRow(atScreenY y: Int) -> Int? {
        pickerLayout().rows.last { $0.y <= y }?.index
    }

    func drawPicker(_ f: inout Frame) {
        let layout = pickerLayout()
        f.put("Which best describes you?", x: 2, y: 1, style: TextStyle(.title, bold: true))
        for (i, line) in layout.intro.enumerated() { f.put(line, x: 2, y: 2 + i) }
        for row in layout.rows where row.y < height - 1 {
            let p = personas[row.index]
            let selected = row.index == picker
            let style = TextStyle(selected ? .selection : .normal, bold: selected, reverse: selected)
            let label = " \(selected ? glyphs.selected : " ") \(row.index + 1). \(SafeText.clean(p.label)) "
            let end = f.put(label, x: 1, y: row.y, style: style)
            if selected { f.cursor = (2, row.y) }
            if height >= 20 {
                for (k, line) in row.description.enumerated() where row.y + 1 + k < height - 1 { f.put(line, x: 7, y: row.y + 1 + k) }
            } else {
                f.put(Wrapper.truncate(" \(glyphs.bullet) " + SafeText.clean(p.description), width: max(0, width - end - 1)), x: end, y: row.y, style: TextStyle(.dim))
            }
        }
        let hint = persona == nil ? " ↑↓ choose · Enter confirm · 1-\(personas.count) pick · q quit" : " ↑↓ choose · Enter confirm · Esc keep \(persona!.label)"
        f.fill(y: height - 1, style: TextStyle(.status, reverse: true))
        // A warning from start-up (a corrupt config moved aside) is why the picker is open: show it here.
        if let message {
            f.put(Wrapper.truncate(" " + message, width: width), x: 0, y: height - 1, style: TextStyle(.warning, bold: true, reverse: true))
        } else {
            f.put(Wrapper.truncate(hint, width: width), x: 0, y: height - 1, style: TextStyle(.status, reverse: true))
        }
    }
}

extension Location {
    var isArticle: Bool { if case .article = self { true } else { false } }
}
