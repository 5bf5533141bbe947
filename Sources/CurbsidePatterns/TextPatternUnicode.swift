/// The character classes and case mapping `TextPattern` uses, as ICU's regular expressions
/// define them; ASCII is decided without the Unicode tables.
enum TextPatternUnicode {
    /// ICU's word characters: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`.
    static func isWord(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F }
        if c == 0x200C || c == 0x200D { return true }
        guard let scalar = Unicode.Scalar(c) else { return false }
        let p = scalar.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// `\d`: a decimal digit (`\p{Nd}`).
    static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        return Unicode.Scalar(c)?.properties.generalCategory == .decimalNumber
    }

    /// `\s`: `\p{White_Space}`.
    static func isSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        return Unicode.Scalar(c)?.properties.isWhitespace ?? false
    }

    /// What `\b` looks through: a combining mark (Grapheme_Extend) or a format character.
    static func isSkippedByBoundary(_ c: UInt32) -> Bool {
        guard c >= 0x80, let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format
    }

    /// What `.` does not match, and what `$` may stand before at the end.
    static func isLineEnd(_ c: UInt32) -> Bool {
        (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029
    }

    /// Case folding for comparing code points when case is ignored (simple mappings only).
    static func fold(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
        return lower(upper(c))
    }

    /// The code point in lower case, when that is one code point (else itself).
    static func lower(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
        guard let scalar = Unicode.Scalar(c) else { return c }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : c
    }

    /// The code point in upper case, when that is one code point (else itself).
    static func upper(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A ? c - 0x20 : c }
        guard let scalar = Unicode.Scalar(c) else { return c }
        let mapped = scalar.properties.uppercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : c
    }
}
