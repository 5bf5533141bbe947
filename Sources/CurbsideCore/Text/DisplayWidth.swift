/// How many terminal columns text occupies, measured per grapheme cluster (Swift `Character`).
///
/// Summing `wcwidth` over scalars gets ZWJ families, skin tones, VS16 and flags wrong, and depends
/// on the locale; this is deterministic and matches what modern terminals draw.
public enum DisplayWidth {
    public static func of(_ c: Character) -> Int {
        // Fast path: nearly all text is ASCII, and Unicode property look-ups are costly.
        if let a = c.asciiValue { return a >= 0x20 && a != 0x7F ? 1 : 0 }
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        if scalars.count > 1 {
            // Emoji sequences (VS16, ZWJ, keycaps, flags, skin tones) draw two columns wide.
            if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
            if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
            if scalars.contains(where: { $0.value == 0x200D }) && first.properties.isEmoji { return 2 }
        }
        return width(of: first)
    }

    public static func of<S: StringProtocol>(_ s: S) -> Int {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        // Common narrow ranges, decided without property look-ups: Latin-1 and Latin Extended
        // letters, general punctuation (– − • ’ “ ”), superscripts, currency, arrows and maths.
        if (0xA0..<0x300).contains(v) { return 1 }
        if (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || (0x2070...0x20CF).contains(v) { return 1 }
        if (0x2190...0x21FF).contains(v) || (0x2200...0x22FF).contains(v) { return 1 }
        let p = scalar.properties
        switch p.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return v == 0x00AD ? 1 : 0
        default: break
        }
        // Hangul medial vowels and final consonants (they join the syllable), zero-width space.
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) || v == 0x200B { return 0 }
        // A lone regional indicator is narrow (East_Asian_Width N); a pair, a flag, is measured above.
        if p.isEmojiPresentation && !(0x1F1E6...0x1F1FF).contains(v) { return 2 }
        if isEastAsianWide(v) { return 2 }
        return 1
    }

    static func isEastAsianWide(_ v: UInt32) -> Bool { EastAsianWidth.isWide(v) }

}
