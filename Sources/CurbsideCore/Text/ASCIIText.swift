import Foundation

/// Text for a terminal that is not in a UTF-8 locale: ncurses cannot draw non-ASCII characters
/// there and silently drops them, so "T-score between −1.0 and −2.5" would read "between  1.0 and
/// 2.5". Every character is spelled in ASCII instead: signs and symbols as their usual ASCII
/// forms, accented letters without their accents, anything else as "?" (never dropped).
public enum ASCIIText {
    static let table: [Unicode.Scalar: String] = [
        "−": "-", "–": "-", "—": "--", "‐": "-", "‑": "-", "‒": "-", "―": "--", "⁃": "-",
        "≥": ">=", "≤": "<=", "≠": "!=", "≈": "~", "±": "+/-", "×": "x", "÷": "/", "∞": "inf",
        "µ": "u", "μ": "u", "°": "deg ", "℃": "deg C", "℉": "deg F", "‰": " per mille",
        "‘": "'", "’": "'", "‚": ",", "′": "'", "“": "\"", "”": "\"", "„": "\"", "″": "\"", "«": "<<", "»": ">>",
        "…": "...", "•": "*", "·": ".", "‧": ".", "●": "*", "○": "o", "◐": "~", "✓": "v", "✔": "v", "✗": "x", "⚠": "!",
        "→": "->", "←": "<-", "↑": "^", "↓": "v", "⇒": "=>", "↔": "<->", "▸": ">", "▶": ">", "■": "#", "□": "[ ]",
        "½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "²": "2", "³": "3", "¹": "1", "⁰": "0",
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "©": "(c)", "®": "(R)", "™": "(TM)", "€": "EUR", "£": "GBP", "¥": "JPY", "§": "S", "¶": "P",
        "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ", "\u{2002}": " ", "\u{2003}": " ", "\u{200B}": "", "\u{00AD}": "",
        "ℹ": "i", "─": "-", "━": "-", "│": "|", "┃": "|", "═": "=", "║": "|",
    ]

    public static func transliterate(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII { out.unicodeScalars.append(scalar); continue }
            if let ascii = table[scalar] { out += ascii; continue }
            // Accented letters: the letter without its marks (é → e, Å → A).
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
            if !base.isEmpty { out.unicodeScalars.append(contentsOf: base); continue }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue // parts of the letter before, or invisible
            case .spaceSeparator: out += " "
            case .dashPunctuation: out += "-"
            default: out += "?"
            }
        }
        return out
    }
}
