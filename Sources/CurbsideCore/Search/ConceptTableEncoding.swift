import Foundation

/// The concept table as text, saved in the index file: building it analyses every glossary name
/// (most of a one-shot question's time with a large glossary), reading it back is a split.
/// One line per phrase ("P", concept, its terms), per concept with broader ones ("A", concept,
/// ancestors), per concept's name ("N", concept, name) and its spellings ("S", concept, names
/// split by U+001F); fields split by tabs, lists by spaces (analysed terms and concept terms
/// hold neither), names escaped.
extension ConceptTable {
    var encoded: String {
        var lines: [String] = []
        for (_, list) in phrasesByFirst.sorted(by: { $0.key < $1.key }) {
            for p in list { lines.append("P\t\(p.concept)\t\(p.terms.joined(separator: " "))") }
        }
        for (concept, list) in ancestors.sorted(by: { $0.key < $1.key }) { lines.append("A\t\(concept)\t\(list.joined(separator: " "))") }
        for (concept, name) in names.sorted(by: { $0.key < $1.key }) { lines.append("N\t\(concept)\t\(Self.escape(name))") }
        for (concept, list) in spellings.sorted(by: { $0.key < $1.key }) {
            lines.append("S\t\(concept)\t\(list.map(Self.escape).joined(separator: "\u{1F}"))")
        }
        return lines.joined(separator: "\n")
    }

    /// Reads `encoded` back, on bytes: splitting thousands of lines as `Character`s took longer
    /// than building the table.
    init?(encoded bytes: UnsafeRawBufferPointer) {
        func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeRawBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) }
        func words(_ from: Int, _ to: Int) -> [String] {
            var out: [String] = [], start = from
            for i in from...to where i == to || bytes[i] == 0x20 {
                if i > start { out.append(text(start, i)) }
                start = i + 1
            }
            return out
        }
        var start = 0
        while start < bytes.count {
            var end = start, tabs: [Int] = []
            while end < bytes.count, bytes[end] != 0x0A {
                if bytes[end] == 0x09, tabs.count < 2 { tabs.append(end) }
                end += 1
            }
            defer { start = end + 1 }
            if end == start { continue }
            guard tabs.count == 2, tabs[0] == start + 1 else { return nil }
            let concept = text(tabs[0] + 1, tabs[1])
            switch bytes[start] {
            case UInt8(ascii: "P"):
                let terms = words(tabs[1] + 1, end)
                guard let first = terms.first else { return nil }
                phrasesByFirst[first, default: []].append((terms, concept))
            case UInt8(ascii: "A"): ancestors[concept] = words(tabs[1] + 1, end)
            case UInt8(ascii: "N"): names[concept] = Self.unescape(text(tabs[1] + 1, end))
            case UInt8(ascii: "S"):
                spellings[concept] = tabs[1] + 1 == end ? [] : text(tabs[1] + 1, end).split(separator: "\u{1F}", omittingEmptySubsequences: false).map { Self.unescape(String($0)) }
            default: return nil
            }
        }
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\u{1F}", with: "\\u")
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        var out = "", escaped = false
        for c in s {
            if escaped { out.append(c == "t" ? "\t" : c == "n" ? "\n" : c == "u" ? "\u{1F}" : c); escaped = false }
            else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }
}
