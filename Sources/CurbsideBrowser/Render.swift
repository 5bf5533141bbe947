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
        if let picker {
            picker.render(into: &f, glyphs: glyphs, current: persona, message: message)
            return f
        }
        if context == .library {
            libraryScreen.render(into: &f, library: library, glyphs: glyphs, persona: persona, isPrivate: isPrivate,
                                 filtering: prompt?.kind == .filter, visited: Set(visited), bookmarks: Set(bookmarks))
        } else {
            drawPage(&f)
        }
        if let definition { Chrome.drawDefinition(&f, glosser.value.matcher.entries[definition], glyphs: glyphs, readingWidth: readingWidth) }
        Chrome.drawStatusLine(&f, state: self)
        if let helpScroll { HelpOverlay.render(into: &f, context: context, glyphs: glyphs, scroll: helpScroll) }
        return f
    }

    func drawPage(_ f: inout Frame) {
        guard let doc = document else { return }
        let top = visit.scroll, first = reader.headerRows, rows = reader.pageRows
        if first > 0, let header = doc.compactHeader { Chrome.drawCompactHeader(&f, header) }
        for y in 0..<rows where top + y < doc.lines.count {
            f.put(doc.lines[top + y], x: 0, y: first + y)
        }
        if let s = search {
            for (i, m) in s.matches.enumerated() where m.line >= top && m.line < top + rows {
                f.restyle(x: m.x, y: first + m.line - top, count: m.width) { style in
                    style = TextStyle(i == s.current ? .currentMatch : .match, bold: true, reverse: i == s.current)
                }
            }
        }
        if let sel = visit.selectedLink, doc.links.indices.contains(sel) {
            for place in doc.links[sel].places where place.line >= top && place.line < top + rows {
                f.restyle(x: place.x, y: first + place.line - top, count: place.width) { $0.reverse = true; $0.role = .selection }
                if f.cursor == nil { f.cursor = (place.x, first + place.line - top) }
            }
        }
    }
}
