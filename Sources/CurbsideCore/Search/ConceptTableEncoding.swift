import Foundation

/// The concept table as text, saved in the index file: building it analyses every glossary name
/// (most of a one-shot question's time with a large glossary), reading it back is a split.
/// One line per phrase ("P", concept, its terms), per concept with broader ones ("A", concept,
/// ancestors) and per concept's name ("N", concept, name); fields split by tabs, lists by spaces
/// (analysed terms and concept terms hold neither), names escaped.
extension ConceptTable {
    var encoded: String {
        var lines: [String] = []
        for (_, list) in phrasesByFirst.sorted(by: { $0.key < $1.key }) {
            for p in list { lines.append("P\t\(p.concept)\t\(p.terms.joined(separator: " "))") }
        }
        for (concept, list) in ancestors.sorted(by: { $0.key < $1.key }) { lines.append("A\t\(concept)\t\(list.joined(separator: " "))") }
        for (concept, name) in names.sorted(by: { $0.key < $1.key }) { lines.append("N\t\(concept)\t\(Self.escape(name))") }
        return lines.joined(separator: "\n")
    }

    init?(encoded text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            let concept = String(fields[1])
            switch fields[0] {
            case "P":
                let terms = fields[2].split(separator: " ").map(String.init)
                guard let first = terms.first else { return nil }
                phrasesByFirst[first, default: []].append((terms, concept))
            case "A": ancestors[concept] = fields[2].split(separator: " ").map(String.init)
            case "N": names[concept] = Self.unescape(String(fields[2]))
            default: return nil
            }
        }
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        var out = "", escaped = false
        for c in s {
            if escaped { out.append(c == "t" ? "\t" : c == "n" ? "\n" : c); escaped = false }
            else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }
}
