/// Finds citation markers such as `[3]`, `[1, 2]` or `[2-4]` in article text.
public enum CitationMarkers {
    /// A marker found in a text: where it is and which reference numbers it cites.
    public struct Marker: Equatable, Sendable {
        public var range: Range<String.Index>
        public var numbers: [Int]
    }

    public static func markers(in text: String) -> [Marker] {
        bracketed(text).compactMap { range, inner in parse(inner).map { Marker(range: range, numbers: $0) } }
    }

    /// Every `[…]` in a text (from each `[` to the next `]`) with what it holds.
    /// (Found in the UTF-8 bytes: "[" and "]" are ASCII, so each is a character of its own and
    /// its index a character boundary; walking characters costs several times more.)
    static func bracketed(_ text: String) -> [(range: Range<String.Index>, inner: Substring)] {
        var found: [(Range<String.Index>, Substring)] = []
        let bytes = text.utf8
        var i = bytes.startIndex
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "[")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "]")) else { break }
            found.append((open..<bytes.index(after: close), text[bytes.index(after: open)..<close]))
            i = bytes.index(after: open)
        }
        return found
    }

    /// All reference numbers a text cites, in order of first appearance.
    public static func numbers(in text: String) -> [Int] {
        var seen = Set<Int>()
        return markers(in: text).flatMap(\.numbers).filter { seen.insert($0).inserted }
    }

    /// The text with its markers removed (for reading-grade measurement and snippets).
    public static func stripped(_ text: String) -> String {
        var out = ""
        var i = text.startIndex
        for m in markers(in: text) {
            out += text[i..<m.range.lowerBound]
            i = m.range.upperBound
        }
        out += text[i...]
        return out.replacingOccurrences(of: " .", with: ".").replacingOccurrences(of: "  ", with: " ")
    }

    /// The text with each marker made a space, for analysis ("[2, 3]" is not a reader's "3"): no
    /// Foundation calls (they bridge to `NSString`, a cost on every unit of a one-shot `ask`), and
    /// no copy when the text holds no `[`.
    public static func blankedForAnalysis(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
        let found = markers(in: text)
        guard !found.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = text.startIndex
        for m in found {
            out += text[i..<m.range.lowerBound]
            out += " "
            i = m.range.upperBound
        }
        out += text[i...]
        return out
    }

    /// Brackets that hold only digits, commas and dashes but are not a marker a reader could
    /// follow: `[0]`, `[99999999999999999999]`, `[3-1]`. (`[sic]` is prose, not listed.)
    public static func malformed(in text: String) -> [String] {
        bracketed(text).compactMap { _, inner in
            guard !inner.isEmpty, inner.contains(where: \.isASCIIDigit),
                  inner.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "-" || $0 == "–" || $0 == " " }), parse(inner) == nil else { return nil }
            return "[\(inner.prefix(40))]"
        }
    }

    /// "1, 2", "3-5" or "3–5"; nil when the brackets hold anything else (e.g. "[sic]").
    static func parse(_ inner: Substring) -> [Int]? {
        if let numbers = parseASCII(inner.utf8) { return numbers.isEmpty ? nil : numbers }
        return parseAnyForm(inner)
    }

    /// `parse` for any form ("3–5", "1,,2"), on characters.
    static func parseAnyForm(_ inner: Substring) -> [Int]? {
        guard !inner.isEmpty, inner.count <= 40 else { return nil }
        var numbers: [Int] = []
        for part in inner.split(separator: ",") {
            let piece = part.trimmingCharacters(in: .whitespaces)
            let bounds = piece.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.trimmingCharacters(in: .whitespaces) }
            guard (1...2).contains(bounds.count), bounds.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
                  let lo = Int(bounds[0]), let hi = Int(bounds.last!), lo >= 1, hi >= lo, hi - lo < 50 else { return nil }
            numbers.append(contentsOf: lo...hi)
        }
        return numbers
    }
}

extension CitationMarkers {
    /// `parse` for the usual marker, "3", "1, 2" or "2-4", read on its bytes (every answer reads
    /// the markers of a few hundred sentences; trimming and splitting strings cost a tenth of
    /// composing one). Empty when it holds an ASCII letter (no marker); nil for anything but the
    /// usual form (an en dash, a stray comma): `parse` decides those.
    static func parseASCII(_ bytes: Substring.UTF8View) -> [Int]? {
        guard !bytes.isEmpty, bytes.count <= 40 else { return nil }
        var numbers: [Int] = []
        var lo: Int? = nil, current: Int? = nil, digits = 0
        func close() -> Bool {
            guard let hi = current else { return false }
            let low = lo ?? hi
            guard low >= 1, hi >= low, hi - low < 50 else { return false }
            numbers.append(contentsOf: low...hi)
            lo = nil; current = nil; digits = 0
            return true
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if current != nil && digits == 0 { return nil }   // "1 2"
                digits += 1
                guard digits <= 9 else { return nil }
                current = (current ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: " "):
                if current != nil { digits = 0 }
            case UInt8(ascii: ","):
                guard close() else { return nil }
            case UInt8(ascii: "-"):
                guard lo == nil, let n = current else { return nil }
                lo = n; current = nil; digits = 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                return []
            default:
                return nil
            }
        }
        return close() ? numbers : nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

import Foundation
