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

    /// A text's UTF-16 code units, decoded from its UTF-8 (`Array(text.utf16)`, which walks the
    /// view a character at a time, was most of matching a pattern against a sentence).
    static func utf16(_ text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            return [UInt16](unsafeUninitializedCapacity: n) { out, count in
                var i = 0, k = 0
                while i < n {
                    let b = UInt32(bytes[i])
                    if b < 0x80 { out[k] = UInt16(b); i += 1; k += 1; continue }
                    // A Swift string's UTF-8 is valid: the lead byte says how many follow.
                    let scalar: UInt32
                    if b < 0xE0 {
                        scalar = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                    } else if b < 0xF0 {
                        scalar = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                    } else {
                        scalar = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                    }
                    if scalar < 0x10000 {
                        out[k] = UInt16(scalar); k += 1
                    } else {
                        let v = scalar - 0x10000
                        out[k] = UInt16(0xD800 + (v >> 10)); out[k + 1] = UInt16(0xDC00 + (v & 0x3FF)); k += 2
                    }
                }
                count = k
            }
        }
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
