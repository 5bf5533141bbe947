/// Finds glossary terms (and their abbreviations/synonyms) in text, as whole words.
///
/// Short all-capital names (VT, BMD, Hct) match case-sensitively so that "vt" or "bmd" in
/// ordinary words never gloss; longer names match regardless of case.
public struct GlossaryMatcher: Sendable {
    public struct Match: Equatable, Sendable {
        public var range: Range<String.Index>
        public var entry: Int
    }

    struct Name: Sendable {
        var words: [String]   // folded words of the name
        var caseSensitive: Bool
        var original: [String]
        var entry: Int
    }

    public let entries: [GlossaryEntry]
    /// Names by their first folded word, longest first so "bone density scan" beats "bone".
    private var byFirstWord: [String: [Name]] = [:]

    public init(entries: [GlossaryEntry]) {
        self.entries = entries
        for (i, entry) in entries.enumerated() {
            for name in entry.names {
                let words = Self.words(in: name).map { String(name[$0]) }
                guard let first = words.first else { continue }
                let caseSensitive = name.count <= 5 && name.contains(where: \.isUppercase)
                let n = Name(words: words.map { $0.lowercased() }, caseSensitive: caseSensitive, original: words, entry: i)
                byFirstWord[first.lowercased(), default: []].append(n)
            }
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// Every glossary name in the text, left to right, never overlapping.
    public func matches(in text: String) -> [Match] {
        let ranges = Self.words(in: text)
        var out: [Match] = []
        var i = 0
        outer: while i < ranges.count {
            let word = String(text[ranges[i]])
            if let candidates = byFirstWord[word.lowercased()] {
                for name in candidates where i + name.words.count <= ranges.count {
                    var ok = true
                    for k in 0..<name.words.count {
                        let w = String(text[ranges[i + k]])
                        if name.caseSensitive ? w != name.original[k] : w.lowercased() != name.words[k] { ok = false; break }
                    }
                    if ok {
                        out.append(Match(range: ranges[i].lowerBound..<ranges[i + name.words.count - 1].upperBound, entry: name.entry))
                        i += name.words.count
                        continue outer
                    }
                }
            }
            i += 1
        }
        return out
    }

    /// Word ranges: letters, digits and inner hyphens/apostrophes.
    static func words(in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var start: String.Index? = nil
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let isWord = c.isLetter || c.isNumber || ((c == "-" || c == "'") && start != nil)
            if isWord { if start == nil { start = i } }
            else if let s = start { out.append(s..<trimTrailing(text, s, i)); start = nil }
            i = text.index(after: i)
        }
        if let s = start { out.append(s..<trimTrailing(text, s, text.endIndex)) }
        return out
    }

    private static func trimTrailing(_ text: String, _ s: String.Index, _ e: String.Index) -> String.Index {
        var e = e
        while e > s, let p = Optional(text.index(before: e)), text[p] == "-" || text[p] == "'" { e = p }
        return e
    }
}

/// Persona tailoring of article text: lay readers get a plain gloss the first time a
/// glossary term appears in each section; clinical readers see the text untouched.
public struct Glosser: Sendable {
    public let matcher: GlossaryMatcher

    public init(glossary: [GlossaryEntry]) { matcher = GlossaryMatcher(entries: glossary) }

    /// Splits text into spans, adding a gloss after each term not yet glossed in this section.
    /// `glossed` holds the entries already explained in the current section.
    public func gloss(_ text: String, style: TextStyle, glossed: inout Set<Int>) -> [Span] {
        var spans: [Span] = []
        var cursor = text.startIndex
        for match in matcher.matches(in: text) where !glossed.contains(match.entry) && shouldGloss(match, in: text) {
            glossed.insert(match.entry)
            spans.append(Span(String(text[cursor..<match.range.upperBound]), style))
            spans.append(Span(" (\(Self.shortGloss(matcher.entries[match.entry].definition)))", TextStyle(.gloss)))
            cursor = match.range.upperBound
        }
        if cursor < text.endIndex { spans.append(Span(String(text[cursor...]), style)) }
        return spans
    }

    /// Long names (organisations, trials) explain themselves, and a term the writer already
    /// explained in brackets needs no second explanation.
    func shouldGloss(_ match: GlossaryMatcher.Match, in text: String) -> Bool {
        if text[match.range].split(separator: " ").count >= 4 { return false }
        let after = text[match.range.upperBound...].prefix(2)
        if after.hasPrefix(" (") || after.hasPrefix("(") { return false }
        if match.range.lowerBound > text.startIndex, text[text.index(before: match.range.lowerBound)] == "(" { return false }
        return true
    }

    /// A short aside from the definition: the whole sentence when short, else up to a clause
    /// boundary (", which", ", so", "; ") or about a dozen words marked with "…". Never cut at a
    /// plain comma: in "a break of the hip, spine or wrist" that would change the meaning.
    static func shortGloss(_ definition: String) -> String {
        var d = definition.trimmingCharacters(in: .whitespaces)
        if d.hasSuffix(".") { d.removeLast() }
        if d.split(separator: " ").count > 14 {
            let boundaries = [", which ", ", so ", ", where ", ", because ", "; ", " — "]
            let cut = boundaries.compactMap { d.range(of: $0)?.lowerBound }.filter {
                d[..<$0].split(separator: " ").count >= 4 && d[..<$0].split(separator: " ").count <= 14
            }.min()
            if let cut {
                d = String(d[..<cut])
            } else {
                var short = d.split(separator: " ").prefix(12).joined(separator: " ")
                // Do not leave a bracket open inside the aside: end before it.
                if short.filter({ $0 == "(" }).count > short.filter({ $0 == ")" }).count, let open = short.lastIndex(of: "(") {
                    short = String(short[..<open])
                }
                d = short.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
            }
        }
        let firstWord = d.prefix { $0 != " " }
        if let first = d.first, first.isUppercase, d.dropFirst().first?.isLowercase == true || ["A", "An", "The"].contains(firstWord) {
            d = first.lowercased() + d.dropFirst()
        }
        return d
    }
}

import Foundation
