/// Literal string searches in Swift itself, for the texts every `ask` reads: Foundation's
/// `replacingOccurrences`, `components(separatedBy:)` and `range(of:)` bridge to `NSString`, and
/// their first use in a process costs more than the rest of reading a question (issue 15).
/// Matching is by UTF-8 bytes, which for a separator is matching by code points.
extension StringProtocol {
    /// The text with every `scalar` replaced by `replacement`.
    func replacingScalar(_ scalar: Unicode.Scalar, with replacement: Unicode.Scalar) -> String {
        guard unicodeScalars.contains(scalar) else { return String(self) }
        var out = String.UnicodeScalarView()
        for s in unicodeScalars { out.append(s == scalar ? replacement : s) }
        return String(out)
    }

    /// Where `separator` first occurs, as a range of the text (nil when it does not).
    func rangeOfPlain(_ separator: String) -> Range<Index>? {
        let needle = Array(separator.utf8)
        guard let first = needle.first else { return nil }
        let bytes = utf8
        var i = bytes.startIndex
        while i != bytes.endIndex {
            if bytes[i] == first {
                var j = i, k = 0
                while k < needle.count, j != bytes.endIndex, bytes[j] == needle[k] { bytes.formIndex(after: &j); k += 1 }
                if k == needle.count { return i..<j }
            }
            bytes.formIndex(after: &i)
        }
        return nil
    }

    /// What comes before the first `separator`: the whole text when there is none
    /// (`components(separatedBy:).first`).
    func before(_ separator: String) -> SubSequence {
        rangeOfPlain(separator).map { self[..<$0.lowerBound] } ?? self[...]
    }

    /// The text without blanks at either end: `trimmingCharacters(in: .whitespacesAndNewlines)`, or
    /// `.whitespaces` (spaces and tabs, not line ends) when `newlines` is false. Code point by code
    /// point, as Foundation does.
    func trimmingBlanks(newlines: Bool = true) -> String {
        let scalars = unicodeScalars
        // Foundation's sets: spaces (Zs, the tab and U+200B), and line ends when asked.
        func isBlank(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: newlines
            default: false
            }
        }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}
