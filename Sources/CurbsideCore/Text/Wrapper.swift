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
        // Words are gathered across spans first: "[1]" and the "." after it are one word, so the
        // full stop never starts a line on its own.
        for word in words(spans) {
            if word.pieces.isEmpty {
                if used > lineStartWidth(lines.isEmpty) { pendingSpace = word.space }
                continue
            }
            let w = word.pieces.reduce(0) { $0 + DisplayWidth.of($1.text) }
            let spaceWidth = pendingSpace == nil ? 0 : 1
            if used + spaceWidth + w <= width {
                if let space = pendingSpace { append(" ", space); used += 1 }
                for piece in word.pieces { append(piece.text, piece) }
                used += w
            } else if w <= width - lineStartWidth(false) {
                endLine()
                for piece in word.pieces { append(piece.text, piece) }
                used += w
            } else {
                // A word longer than any line (a long URL): from a fresh line, broken after a
                // slash, hyphen or the like where it can be, else between characters.
                if used > lineStartWidth(lines.isEmpty) { endLine() }
                for piece in word.pieces {
                    let chars = Array(piece.text)
                    var i = 0
                    while i < chars.count {
                        var end = i, room = width - used, taken = 0, lastBreak: Int? = nil
                        while end < chars.count, taken + DisplayWidth.of(chars[end]) <= room {
                            taken += DisplayWidth.of(chars[end])
                            if "/-?&=_.".contains(chars[end]) { lastBreak = end + 1 }
                            end += 1
                        }
                        if end < chars.count, let cut = lastBreak, cut > i { end = cut }
                        if end == i {
                            // The hanging indent leaves no room for a wide character: drop the indent on this line.
                            if used > lineStartWidth(false) { endLine(); continue }
                            current = []; used = 0
                            append(String(chars[i]), piece); used += DisplayWidth.of(chars[i]); i += 1
                            continue
                        }
                        let text = String(chars[i..<end])
                        append(text, piece); used += DisplayWidth.of(text)
                        i = end
                        if i < chars.count { endLine() }
                    }
                }
            }
            pendingSpace = nil
        }
        if !current.isEmpty && used > lineStartWidth(lines.isEmpty) || lines.isEmpty { lines.append(StyledLine(current)) }
        return lines
    }

    /// A word made of pieces of one or more spans, or (no pieces) a run of spaces.
    struct Word { var pieces: [Span] = []; var space: Span? = nil }

    static func words(_ spans: [Span]) -> [Word] {
        var out: [Word] = []
        var word = Word()
        for span in spans {
            for token in tokens(span.text) {
                if token.allSatisfy({ $0 == " " }) {
                    if !word.pieces.isEmpty { out.append(word); word = Word() }
                    out.append(Word(pieces: [], space: Span(" ", span.style, link: span.link)))
                } else {
                    word.pieces.append(Span(token, span.style, link: span.link))
                }
            }
        }
        if !word.pieces.isEmpty { out.append(word) }
        return out
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
