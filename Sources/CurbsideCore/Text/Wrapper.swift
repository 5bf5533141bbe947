/// Greedy word wrapping of styled text to a column width, by display width.
public enum Wrapper {
    /// Wraps spans into lines no wider than `width`. `firstPrefix` starts the first line
    /// (e.g. "  • "), `restPrefix` the others (a hanging indent). Words longer than a line are split.
    public static func wrap(_ spans: [Span], width: Int, firstPrefix: Span? = nil, restPrefix: Span? = nil) -> [StyledLine] {
        let width = max(1, width)
        var lines: [StyledLine] = []
        var current: [Span] = []
        var used = 0
        var pendingSpace: Span? = nil

        func startLine() {
            let prefix = lines.isEmpty ? firstPrefix : restPrefix
            current = []
            used = 0
            if let prefix, DisplayWidth.of(prefix.text) < width {
                current.append(prefix); used = DisplayWidth.of(prefix.text)
            }
        }
        func append(_ text: String, _ template: Span) {
            if let last = current.last, last.style == template.style, last.link == template.link, current.count > 0 {
                current[current.count - 1].text += text
            } else {
                current.append(Span(text, template.style, link: template.link))
            }
        }
        func endLine() { lines.append(StyledLine(current)); startLine() }
        let lineStartWidth = { (isFirst: Bool) -> Int in
            let p = isFirst ? firstPrefix : restPrefix
            return p.map { DisplayWidth.of($0.text) < width ? DisplayWidth.of($0.text) : 0 } ?? 0
        }

        startLine()
        for span in spans {
            for token in tokens(span.text) {
                if token.allSatisfy({ $0 == " " }) {
                    if used > lineStartWidth(lines.isEmpty) { pendingSpace = Span(" ", span.style, link: span.link) }
                    continue
                }
                let w = DisplayWidth.of(token)
                let spaceWidth = pendingSpace == nil ? 0 : 1
                if used + spaceWidth + w <= width {
                    if let space = pendingSpace { append(" ", space); used += 1 }
                    append(token, span); used += w
                } else if w <= width - lineStartWidth(false) {
                    endLine()
                    append(token, span); used += w
                } else {
                    // A word longer than any line: fill the line, then continue on the next.
                    if let space = pendingSpace, used + 1 < width { append(" ", space); used += 1 }
                    for c in token {
                        let cw = DisplayWidth.of(c)
                        if used + cw > width { endLine() }
                        // The hanging indent leaves no room for a wide character: drop the indent on this line.
                        if used + cw > width && used > 0 { current = []; used = 0 }
                        append(String(c), span); used += cw
                    }
                }
                pendingSpace = nil
            }
        }
        if !current.isEmpty && used > lineStartWidth(lines.isEmpty) || lines.isEmpty { lines.append(StyledLine(current)) }
        return lines
    }

    /// Splits into words and runs of spaces, keeping both.
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        var inSpace = false
        for c in text {
            let space = c == " "
            if space != inSpace && !word.isEmpty { out.append(word); word = "" }
            inSpace = space
            word.append(c)
        }
        if !word.isEmpty { out.append(word) }
        return out
    }

    /// Cuts a string to at most `width` columns, adding "…" when it had to cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = DisplayWidth.of(c)
            if used + w > width - 1 { break }
            out.append(c); used += w
        }
        return out + "…"
    }
}
