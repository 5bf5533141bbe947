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

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

import Foundation
