import Foundation

/// Turns text into search terms the way a medical reader expects: case and accent folding,
/// British/American spellings, light English stemming, stop words dropped, numbers (signed,
/// decimal) kept, hyphenated and slashed forms indexed both split and joined.
public struct TextAnalyzer: Sendable {
    public init() {}

    /// Analysed terms of a text, in order (repeats kept, for term frequencies).
    public func terms(_ text: String) -> [String] {
        var out: [String] = []
        out.reserveCapacity(text.utf8.count / 5)
        forEachTerm(text) { out.append($0) }
        return out
    }

    /// Calls `body` for each analysed term: the hot path of indexing, so it works on bytes.
    public func forEachTerm(_ text: String, _ body: (String) -> Void) {
        let folded = Self.fold(text)
        let bytes = Array(folded.utf8)
        var i = 0
        let n = bytes.count
        // "t score" is how readers type "T-score": a lone letter joins the next word too.
        var loneLetter: (letter: UInt8, end: Int)? = nil
        while i < n {
            let b = bytes[i]
            // Signed numbers: "-2.5" or "−2.5" (folded to "-") when the minus starts a word.
            let isMinus = b == 0x2D && i + 1 < n && Self.isDigit(bytes[i + 1]) && (i == 0 || !Self.isAlnum(bytes[i - 1]))
            if Self.isAlnum(b) || isMinus {
                let start = i
                i += 1
                var parts: [Range<Int>] = []
                var partStart = start
                while i < n {
                    let c = bytes[i]
                    if Self.isAlnum(c) { i += 1; continue }
                    // A decimal point between digits stays inside the number.
                    if c == 0x2E, i + 1 < n, Self.isDigit(bytes[i + 1]), i > start, Self.isDigit(bytes[i - 1]) { i += 1; continue }
                    // Hyphens and slashes join parts of one compound: T-score, m/s, 5-alpha.
                    if (c == 0x2D || c == 0x2F), i + 1 < n, Self.isAlnum(bytes[i + 1]) {
                        parts.append(partStart..<i); i += 1; partStart = i; continue
                    }
                    break
                }
                parts.append(partStart..<i)
                if let lone = loneLetter, bytes[lone.end..<start].allSatisfy({ $0 == 0x20 }), parts.count == 1, i - start > 1 {
                    emit(([lone.letter] + bytes[start..<i])[...], body, isCompound: true)
                }
                // "a" and "i" are words of their own, not halves of a compound.
                let letter = bytes[start]
                loneLetter = (i - start == 1 && parts.count == 1 && letter >= 0x61 && letter != 0x61 && letter != 0x69) ? (letter, i) : nil
                if parts.count == 1, let split = Self.letterDigitSplit(bytes[start..<i]) {
                    // "ckd3", "24h": index the parts too, so "CKD3" finds "CKD stage 3".
                    emit(bytes[start..<i], body, isCompound: true)
                    for p in split { emit(bytes[p], body) }
                } else if parts.count == 1 {
                    emit(bytes[start..<i], body)
                } else {
                    for p in parts { emit(bytes[p], body) }
                    let joined = parts.flatMap { bytes[$0] }
                    if joined.count <= 24 { emit(joined[...], body, isCompound: true) }
                }
            } else {
                i += 1
            }
        }
    }

    private func emit(_ word: ArraySlice<UInt8>, _ body: (String) -> Void, isCompound: Bool = false) {
        guard !word.isEmpty else { return }
        let s = String(decoding: word, as: UTF8.self)
        if !isCompound && StopWords.contains(s) { return }
        body(Self.isNumeric(word) ? Self.normalizeNumber(s) : Stemmer.stem(Spelling.americanize(s)))
    }

    /// Lowercase, accents off, typographic minus and dashes to "-".
    public static func fold(_ text: String) -> String {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII { return text.lowercased() }
        var s = text.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "–", with: "-")
            .replacingOccurrences(of: "’", with: "'")
        s = s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        return s.lowercased()
    }

    /// Where a word switches between letters and digits ("ckd3" → "ckd", "3"); nil if it never does.
    static func letterDigitSplit(_ w: ArraySlice<UInt8>) -> [Range<Int>]? {
        guard w.count >= 2, w.count <= 12, w.allSatisfy({ $0 < 0x80 }) else { return nil }
        var out: [Range<Int>] = []
        var start = w.startIndex
        for i in w.indices.dropFirst() where isDigit(w[i]) != isDigit(w[i - 1]) {
            if isDigit(w[start]) && w[i - 1] == 0x2E { continue }
            out.append(start..<i); start = i
        }
        guard !out.isEmpty else { return nil }
        out.append(start..<w.endIndex)
        return out
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isAlnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || isDigit(b) || b >= 0x80 }
    static func isNumeric(_ w: ArraySlice<UInt8>) -> Bool {
        w.allSatisfy { isDigit($0) || $0 == 0x2E || $0 == 0x2D } && w.contains(where: isDigit)
    }
    /// "2.50" and "2.5" are the same number; "-0" is "0".
    static func normalizeNumber(_ s: String) -> String {
        guard s.contains(".") else { return s == "-0" ? "0" : s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}

/// British to American spelling, so "anaemia" finds "anemia" and "oedema" finds "edema".
enum Spelling {
    static func americanize(_ w: String) -> String {
        guard w.count > 3 else { return w }
        var s = w
        if s.hasPrefix("oe") { s = "e" + s.dropFirst(2) }                       // oedema, oestrogen
        if s.contains("ae") && !s.hasPrefix("ae") { s = s.replacingOccurrences(of: "ae", with: "e") } // anaemia, haem
        if s.hasPrefix("paed") { s = "ped" + s.dropFirst(4) }
        if s.hasSuffix("our") && s.count > 5 { s = String(s.dropLast(3)) + "or" } // tumour, colour
        if s.hasSuffix("ise") || s.hasSuffix("ised") || s.hasSuffix("ising") || s.hasSuffix("isation") {
            if let r = s.range(of: "is", options: .backwards) { s.replaceSubrange(r, with: "iz") }
        }
        if s.hasSuffix("tre") && s.count > 5 { s = String(s.dropLast(3)) + "ter" } // centre, litre
        return s
    }
}

enum StopWords {
    static let words: Set<String> = [
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
        "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "of", "on", "once", "only",
        "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "you", "your", "yours", "yourself", "s", "t", "don", "im", "ive", "whats",
        "mean", "means", "tell", "know", "please", "get", "got", "need", "want", "thing", "things", "way",
        "ok", "okay", "really", "anymore", "ever", "bad", "good", "worried", "worry", "said", "say", "says", "cant",
        "dont", "isnt", "arent", "wont", "myself", "also", "still", "even", "much", "many", "lot", "lots", "something",
        "anything", "everything", "someone", "anyone", "maybe", "probably", "actually", "kind", "sort",
    ]
    static func contains(_ w: String) -> Bool { words.contains(w) }
}

/// A light English stemmer (Porter's step 1 and common suffixes): plurals and word forms meet.
enum Stemmer {
    static func stem(_ word: String) -> String {
        var w = word
        guard w.count > 3, w.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return w }
        func ends(_ s: String) -> Bool { w.hasSuffix(s) }
        func drop(_ n: Int) { w.removeLast(n) }
        // Plurals.
        if ends("sses") { drop(2) }
        else if ends("ies") && w.count > 4 { drop(3); w += "y" }
        else if ends("s") && !ends("ss") && !ends("us") && !ends("is") && w.count > 3 { drop(1) }
        // Verb forms.
        if ends("eed") { if w.count > 4 { drop(1) } }
        else if (ends("ing") && w.count > 5) || (ends("ed") && w.count > 4) {
            let base = String(w.dropLast(ends("ing") ? 3 : 2))
            if base.contains(where: { "aeiouy".contains($0) }) {
                w = base
                if w.hasSuffix("at") || w.hasSuffix("bl") || w.hasSuffix("iz") { w += "e" }
                else if w.count > 2, let last = w.last, let prev = w.dropLast().last, last == prev, !"lsz".contains(last) { drop(1) }
            }
        }
        if ends("y") && w.count > 3, let prev = w.dropLast().last, !"aeiou".contains(prev) { drop(1); w += "i" }
        // Derivational suffixes that readers mix freely.
        for (suffix, replacement) in [("ational", "ate"), ("ization", "ize"), ("fulness", "ful"), ("iveness", "ive"),
                                      ("ically", "ic"), ("ation", "ate"), ("ness", ""), ("ment", ""), ("ally", "al"), ("ly", "")] {
            if ends(suffix) && w.count - suffix.count >= 4 { drop(suffix.count); w += replacement; break }
        }
        if ends("e") && w.count > 4 { drop(1) }
        return w
    }
}
