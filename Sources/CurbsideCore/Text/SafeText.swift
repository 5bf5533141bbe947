/// Makes untrusted text safe to draw: no control codes, escape sequences or bidi overrides
/// ever reach the terminal. Control characters become visible (`^[`, `␀`), tabs become spaces.
public enum SafeText {
    public static func clean(_ text: String) -> String {
        // Fast path: most text is already clean.
        if !text.unicodeScalars.contains(where: { isUnsafe($0) || isEmojiJoiner($0) }) { return text }
        return drawableEmoji(controlsCleaned(text))
    }

    /// Emoji sequences that terminals draw at different widths (tmux 3.3: a skin tone as two more
    /// columns, VS16 ignored; xterm: a ZWJ family as four emoji) are reduced to what every terminal
    /// draws alike, so the screen never shifts or keeps stale cells: a ZWJ sequence becomes its
    /// first emoji, skin tones and VS16 are dropped, a flag is written as its two letters (🇫🇷 → FR).
    static func drawableEmoji(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEmojiJoiner) else { return text }
        var out = String.UnicodeScalarView()
        for cluster in text {
            let scalars = cluster.unicodeScalars
            if let first = scalars.first, scalars.contains(where: { $0.value == 0x200D }),
               first.properties.isEmojiPresentation || first.value >= 0x1F000 {
                out.append(first)
                continue
            }
            for scalar in scalars where scalar.value != 0xFE0F && !(0x1F3FB...0x1F3FF).contains(scalar.value) {
                // A flag is two regional indicators, which ncurses cannot put in one cell: its letters.
                if (0x1F1E6...0x1F1FF).contains(scalar.value) { out.append(Unicode.Scalar(scalar.value - 0x1F1E6 + 0x41)!) }
                else { out.append(scalar) }
            }
        }
        return String(out)
    }

    static func isEmojiJoiner(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x200D || s.value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(s.value) || (0x1F1E6...0x1F1FF).contains(s.value)
    }

    static func controlsCleaned(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: isUnsafe) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x09: out.append(" ")
            case 0x0A: out.append(" ")
            case 0x0D: break
            case 0x00: out.append("␀")
            case 0x01..<0x20: out.append("^"); out.append(Unicode.Scalar(s.value + 0x40)!)
            case 0x7F: out.append("^"); out.append("?")
            case 0x80..<0xA0: out.append("�")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: break // bidi controls
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Multi-line text (Markdown) made safe line by line, keeping its line breaks.
    public static func cleanLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }.joined(separator: "\n")
    }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F..<0xA0).contains(s.value) || (0x202A...0x202E).contains(s.value)
            || (0x2066...0x2069).contains(s.value) || s.value == 0x200E || s.value == 0x200F || s.value == 0x061C
    }
}
