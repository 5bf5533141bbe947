import Foundation

/// Definitions on demand: which glossary terms a lay reader sees marked (and can open) in a text.
extension Glosser {
    /// The glossary terms to mark in one text, left to right, never nested or overlapping.
    ///
    /// `marked` holds the entries already marked in the current section (pass one set per
    /// section), so each term is marked at its first mention only. A term the writer explains
    /// counts as marked too: the reader has its meaning, and a later mark would repeat it.
    /// Never marked: an `everyday` entry, a name whose definition starts by repeating it, a name
    /// inside its entry's `notIn` phrases (see `GlossaryMatcher`), anything inside a bracket that
    /// explains another term, and a term the sentence already explains.
    public func marks(in text: String, marked: inout Set<Int>) -> [GlossaryMatcher.Match] {
        let matches = matcher.matches(in: text)
        let brackets = Self.brackets(in: text)
        var out: [GlossaryMatcher.Match] = []
        for (k, match) in matches.enumerated() {
            let entry = matcher.entries[match.entry]
            if entry.everyday || marked.contains(match.entry) || repeatsDefinition(match, in: text) { continue }
            if let bracket = brackets.last(where: { $0.contains(match.range.lowerBound) }) {
                // "(osteoporosis)" after "thin, weak bones": the words before were its explanation.
                if holdsOnlyNames(of: match.entry, text[bracket]) { marked.insert(match.entry); continue }
                // Inside "DEXA (an X-ray that measures bone density)": part of another term's explanation.
                if k > 0, Self.opensRightAfter(matches[k - 1], bracket, in: text) { continue }
            }
            if text[match.range].split(separator: " ").count >= 4 || writerExplains(match, in: text, brackets: brackets) {
                marked.insert(match.entry)
                continue
            }
            marked.insert(match.entry)
            out.append(match)
        }
        return out
    }

    /// "taken by mouth" for an entry defined as "Taken by mouth, such as…": the panel would only
    /// say the words back.
    func repeatsDefinition(_ match: GlossaryMatcher.Match, in text: String) -> Bool {
        let matched = String(text[match.range])
        let name = GlossaryMatcher.words(in: matched).map { matched[$0].lowercased() }
        let definition = matcher.entries[match.entry].definition
        let opening = GlossaryMatcher.words(in: definition).prefix(name.count + 3).map { definition[$0].lowercased() }
        guard opening.count >= name.count else { return false }
        return (0...(opening.count - name.count)).contains { Array(opening[$0..<($0 + name.count)]) == name }
    }

    /// Whether the bracket holds nothing but names of the entry, with filler such as "or" or
    /// "also called": "(DXA)", "(osteoporosis)", "(also called BMD)".
    func holdsOnlyNames(of entry: Int, _ content: Substring) -> Bool {
        var rest = " " + Patterns.replacing(#"\[[0-9,–\- ]+\]"#, in: content.lowercased(), with: " ") + " "
        for name in matcher.entries[entry].names.sorted(by: { $0.count > $1.count }) {
            rest = rest.replacingOccurrences(of: " \(name.lowercased()) ", with: "  ")
        }
        let filler: Set<String> = ["or", "and", "also", "called", "known", "as", "the", "a", "an", "its", "your"]
        let left = GlossaryMatcher.words(in: rest).map { String(rest[$0]) }
        return left.count < GlossaryMatcher.words(in: String(content)).count && left.allSatisfy { filler.contains($0) }
    }

    /// The writer's own explanation right at the term: "osteopenia (thin bones)", "FRAX, a
    /// calculator that…, ", "Osteopenia means…", "bones that are thin, called osteopenia".
    func writerExplains(_ match: GlossaryMatcher.Match, in text: String, brackets: [Range<String.Index>]) -> Bool {
        var after = text[match.range.upperBound...]
        // A citation between the term and its explanation does not separate them.
        if let cite = Patterns.firstRange(#"^ ?\[[0-9,–\- ]+\]"#, in: after) { after = after[cite.upperBound...] }
        if after.hasPrefix(" (") || after.hasPrefix("(") {
            let open = after.firstIndex(of: "(")!
            if let bracket = brackets.first(where: { $0.lowerBound == text.index(after: open) }) {
                let content = text[bracket]
                // "(DXA)" only names it again, and "(800 IU a day)" is an amount, not a meaning.
                let isAmount = content.first?.isNumber ?? true
                return !isAmount && !holdsOnlyNames(of: match.entry, content)
            }
            return true
        }
        let explainingAfter = [#"^ (means|refers to|is defined as|is the name for) "#,
                               #"^, (which means|meaning|also called|known as|that is) "#,
                               #"^ ?[—–] (a|an|the) "#,
                               #"^, (a|an) [^,.;:()]{3,80}, "#]
        if explainingAfter.contains(where: { Patterns.firstRange($0, in: after) != nil }) { return true }
        // "Osteopenia is a…" defines it only when the term is what the sentence is about.
        if startsSentence(match, in: text), Patterns.firstRange(#"^ (is|are) (a|an|when|what) "#, in: after) != nil { return true }
        let before = text[..<match.range.lowerBound]
        return Patterns.firstRange(#"\b(called|known as|termed) (an? |the )?$"#, in: before, caseInsensitive: true) != nil
    }

    /// Whether the term opens its sentence, allowing a leading "A", "An" or "The".
    func startsSentence(_ match: GlossaryMatcher.Match, in text: String) -> Bool {
        var before = text[..<match.range.lowerBound].trimmingCharacters(in: .whitespaces)
        for article in ["A", "An", "The"] where before == article || before.hasSuffix(" " + article) {
            before = String(before.dropLast(article.count)).trimmingCharacters(in: .whitespaces)
        }
        return before.isEmpty || [".", "!", "?", ":"].contains(before.last!)
    }

    /// Whether the bracket opens right after the match ("term (…", "term [2] (…").
    static func opensRightAfter(_ match: GlossaryMatcher.Match, _ bracket: Range<String.Index>, in text: String) -> Bool {
        guard match.range.upperBound < bracket.lowerBound else { return false }
        let between = text[match.range.upperBound..<text.index(before: bracket.lowerBound)]
        return Patterns.firstRange(#"^ ?(\[[0-9,–\- ]+\] ?)?$"#, in: between) != nil
    }

    /// The contents of every round bracket (without the brackets), outer before inner.
    static func brackets(in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var open: [String.Index] = []
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "(" { open.append(text.index(after: i)) }
            else if text[i] == ")", let start = open.popLast() { out.append(start..<i) }
            i = text.index(after: i)
        }
        return out.sorted { $0.lowerBound < $1.lowerBound }
    }
}
