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
        /// The punctuation between consecutive words ("E. coli": "."), which the text must repeat.
        var gaps: [String]
    }

    public let entries: [GlossaryEntry]
    /// Names by their first folded word, longest first so "bone density scan" beats "bone".
    private var byFirstWord: [String: [Name]] = [:]
    /// Each entry's `notIn` phrases by their first folded word: where its names mean something else.
    private var blockersByFirstWord: [String: [(words: [String], entry: Int)]] = [:]

    public init(entries: [GlossaryEntry]) {
        self.entries = entries
        for (i, entry) in entries.enumerated() {
            for name in entry.names {
                let ranges = Self.words(in: name)
                let words = ranges.map { String(name[$0]) }
                guard let first = words.first else { continue }
                // "°C" or "K+" keeps only a lone letter, which would match "type C" or "vitamin K".
                if words.count == 1 && first.count == 1 { continue }
                let caseSensitive = name.count <= 5 && name.contains(where: \.isUppercase)
                let gaps = zip(ranges, ranges.dropFirst()).map { Self.gapMarks(name[$0.upperBound..<$1.lowerBound]) }
                let n = Name(words: words.map { $0.lowercased() }, caseSensitive: caseSensitive, original: words, entry: i, gaps: gaps)
                byFirstWord[first.lowercased(), default: []].append(n)
            }
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        for (i, entry) in entries.enumerated() {
            for phrase in entry.notIn {
                let words = Self.words(in: phrase).map { phrase[$0].lowercased() }
                if let first = words.first { blockersByFirstWord[first, default: []].append((words, i)) }
            }
        }
    }

    /// Word spans (first and last word index) of `notIn` phrases in the text, by entry.
    private func blockedSpans(_ folded: [String]) -> [Int: [ClosedRange<Int>]] {
        guard !blockersByFirstWord.isEmpty else { return [:] }
        var out: [Int: [ClosedRange<Int>]] = [:]
        for (i, word) in folded.enumerated() {
            for blocker in blockersByFirstWord[word] ?? [] where i + blocker.words.count <= folded.count
                && Array(folded[i..<(i + blocker.words.count)]) == blocker.words {
                out[blocker.entry, default: []].append(i...(i + blocker.words.count - 1))
            }
        }
        return out
    }

    /// Every glossary name in the text, left to right, never overlapping. A name inside one of
    /// its entry's `notIn` phrases is skipped, so a shorter name of another entry may match there.
    public func matches(in text: String) -> [Match] {
        let ranges = Self.words(in: text)
        let folded = ranges.map { text[$0].lowercased() }
        let blocked = blockedSpans(folded)
        var out: [Match] = []
        var i = 0
        outer: while i < ranges.count {
            if let candidates = byFirstWord[folded[i]] {
                for name in candidates where i + name.words.count <= ranges.count {
                    let last = i + name.words.count - 1
                    if let spans = blocked[name.entry], spans.contains(where: { $0.contains(i) && $0.contains(last) }) { continue }
                    var ok = true
                    for k in 0..<name.words.count {
                        let w = String(text[ranges[i + k]])
                        if name.caseSensitive ? w != name.original[k] : w.lowercased() != name.words[k] { ok = false; break }
                        // A name never runs across a bracket, comma or full stop it does not have
                        // itself: "(ACE) inhibitor", "starting dose, titration", "falls. Prevention".
                        if k > 0, Self.gapMarks(text[ranges[i + k - 1].upperBound..<ranges[i + k].lowerBound]) != name.gaps[k - 1] { ok = false; break }
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

    /// The separating punctuation in the gap between two words; spaces, dashes and slashes join.
    static func gapMarks(_ gap: Substring) -> String {
        gap.filter { ",.;:()[]".contains($0) }
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

/// Persona tailoring of article text: which glossary words are marked for a reader, so that
/// their definitions open on demand (see TermMarks.swift); clinical readers see the text untouched.
public struct Glosser: Sendable {
    public let matcher: GlossaryMatcher

    public init(glossary: [GlossaryEntry]) { matcher = GlossaryMatcher(entries: glossary) }
}

import Foundation
