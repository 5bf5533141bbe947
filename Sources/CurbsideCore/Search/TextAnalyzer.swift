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

    /// Calls `body` for each analysed term.
    public func forEachTerm(_ text: String, _ body: (String) -> Void) {
        forEachToken(Self.foldedBytes(text)) { word, isCompound in
            if let term = analysed(word, isCompound: isCompound) { body(term) }
        }
    }

    /// Splits folded text into raw tokens (words, numbers, compounds), before stemming.
    /// The hot path of indexing: bytes only, no allocation per token.
    public func forEachToken(_ bytes: [UInt8], _ emit: (ArraySlice<UInt8>, _ isCompound: Bool) -> Void) {
        var i = 0
        let n = bytes.count
        var parts: [Range<Int>] = []
        var joined: [UInt8] = []
        // "t score" is how readers type "T-score": a lone letter joins the next word too.
        var loneLetter: (letter: UInt8, end: Int)? = nil
        while i < n {
            let b = bytes[i]
            // Signed numbers: "-2.5" or "−2.5" (folded to "-") when the minus starts a word.
            let isMinus = b == 0x2D && i + 1 < n && Self.isDigit(bytes[i + 1]) && (i == 0 || !Self.isAlnum(bytes[i - 1]))
            guard Self.isAlnum(b) || isMinus else { i += 1; continue }
            let start = i
            i += 1
            parts.removeAll(keepingCapacity: true)
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
                // So does a letter in brackets right after a word: "Lp(a)" is not "LP" (lumbar puncture).
                if c == 0x28, i + 2 < n, Self.isAlnum(bytes[i + 1]), bytes[i + 2] == 0x29, !Self.isDigit(bytes[i + 1]) {
                    parts.append(partStart..<i); partStart = i + 1; i += 2
                    break
                }
                break
            }
            let single = parts.isEmpty
            parts.append(partStart..<i)
            if let lone = loneLetter, single, i - start > 1, bytes[lone.end..<start].allSatisfy({ $0 == 0x20 }) {
                joined.removeAll(keepingCapacity: true)
                joined.append(lone.letter)
                joined.append(contentsOf: bytes[start..<i])
                emit(joined[...], true)
            }
            // "a" and "i" are words of their own, not halves of a compound; nor is the "s" or "t"
            // after an apostrophe ("it's the", "don't know" are not "sthe", "tknow").
            let letter = bytes[start]
            let afterApostrophe = start > 0 && bytes[start - 1] == 0x27
            loneLetter = (i - start == 1 && single && letter >= 0x62 && letter <= 0x7A && letter != 0x69 && !afterApostrophe) ? (letter, i) : nil
            if single {
                if let split = Self.letterDigitSplit(bytes[start..<i]) {
                    // "ckd3", "24h": index the parts too, so "CKD3" finds "CKD stage 3".
                    emit(bytes[start..<i], true)
                    for p in split { emit(bytes[p], false) }
                } else {
                    emit(bytes[start..<i], false)
                }
            } else {
                for p in parts { emit(bytes[p], false) }
                joined.removeAll(keepingCapacity: true)
                for p in parts { joined.append(contentsOf: bytes[p]) }
                if joined.count <= 24 { emit(joined[...], true) }
            }
        }
    }

    /// The search term for a raw token: stemmed and respelled; nil for a stop word.
    public func analysed(_ word: ArraySlice<UInt8>, isCompound: Bool) -> String? {
        guard !word.isEmpty else { return nil }
        let s = String(decoding: word, as: UTF8.self)
        if !isCompound && StopWords.contains(s) { return nil }
        if Self.isNumeric(word) { return Self.normalizeNumber(s) }
        return RespellAndStem.term(word) ?? Stemmer.stem(Spelling.americanize(s))
    }

    /// `fold` as UTF-8 bytes, without building a String: the tokenizer's input.
    public static func foldedBytes(_ text: String) -> [UInt8] {
        var text = text
        var out = [UInt8]()
        text.withUTF8 { buf in
            out.reserveCapacity(buf.count)
            appendFolded(UnsafeRawBufferPointer(buf), to: &out)
        }
        return out
    }

    /// Folds UTF-8 bytes onto `out` (`separator`, if given, becomes a space).
    static func appendFolded(_ buf: UnsafeRawBufferPointer, to out: inout [UInt8], separatorAsSpace separator: UInt8? = nil) {
        var i = 0
        let n = buf.count
        while i < n {
            let b = buf[i]
            if b < 0x80 { out.append(b == separator ? 0x20 : b &- 0x41 < 26 ? b + 0x20 : b); i += 1; continue }
            // One multi-byte scalar: fold it through the table, or keep it as it is.
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            let end = min(n, i + length)
            var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in (i + 1)..<end { scalar = scalar << 6 | UInt32(buf[k] & 0x3F) }
            if let folded = FoldTable.bytes[scalar] { out.append(contentsOf: folded) } else { out.append(contentsOf: buf[i..<end]) }
            i = end
        }
    }

    static func appendFolded(_ text: String.UTF8View, to out: inout [UInt8]) {
        var text = String(text)
        text.withUTF8 { appendFolded(UnsafeRawBufferPointer($0), to: &out) }
    }

    /// Lowercase, accents off, typographic minus and dashes to "-". Works scalar by scalar with a
    /// precomputed table, because Foundation's folding is far too slow for indexing.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
            } else if let folded = FoldTable.map[scalar.value] {
                out.append(contentsOf: folded.unicodeScalars)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    /// Where a word switches between letters and digits ("ckd3" → "ckd", "3"); nil if it never does.
    /// A decimal point is part of its number (the tokenizer keeps one only between digits): "38.2"
    /// never splits, and "2.5mg" is "2.5", "mg" (not "2", ".", "5": a reader's "38.2" is not "age 2").
    static func letterDigitSplit(_ w: ArraySlice<UInt8>) -> [Range<Int>]? {
        guard w.count >= 2, w.count <= 12 else { return nil }
        let numeric = { (b: UInt8) in isDigit(b) || b == 0x2E }
        var numericBytes = 0
        for b in w { if b >= 0x80 { return nil }; if numeric(b) { numericBytes += 1 } }
        guard numericBytes > 0, numericBytes < w.count else { return nil }
        var out: [Range<Int>] = []
        var start = w.startIndex
        for i in w.indices.dropFirst() where numeric(w[i]) != numeric(w[i - 1]) {
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
    /// An ASCII word (nearly every term) is rewritten on its bytes; any other goes through
    /// `americanizeText`, the same rules on `String`s. (Foundation's `contains`, `range(of:)`
    /// and `replacingOccurrences` bridge to `NSString`: a tenth of a one-shot `ask`, which
    /// analyses every sentence of the articles it quotes.)
    static func americanize(_ w: String) -> String {
        var w = w
        let ascii = w.withUTF8 { word -> [UInt8]? in
            guard word.allSatisfy({ $0 < 0x80 }) else { return nil }
            return americanizeASCII(Array(word))
        }
        guard let ascii else { return americanizeText(w) }
        return ascii.elementsEqual(w.utf8) ? w : String(decoding: ascii, as: UTF8.self)
    }

    /// The rules below on ASCII bytes, exactly (for ASCII, characters are bytes).
    static func americanizeASCII(_ w: [UInt8]) -> [UInt8] {
        guard w.count > 3 else { return w }
        func bytes(_ text: StaticString) -> [UInt8] { Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }
        func hasPrefix(_ s: [UInt8], _ p: StaticString) -> Bool { s.starts(with: bytes(p)) }
        func hasSuffix(_ s: [UInt8], _ p: StaticString) -> Bool { s.count >= p.utf8CodeUnitCount && s.suffix(p.utf8CodeUnitCount).elementsEqual(bytes(p)) }
        let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), sByte = UInt8(ascii: "s")
        var s = w
        if hasPrefix(s, "oe") { s = [e] + s.dropFirst(2) }
        if !hasPrefix(s, "ae"), s.indices.dropLast().contains(where: { s[$0] == a && s[$0 + 1] == e }) {
            var out: [UInt8] = [], k = 0
            out.reserveCapacity(s.count)
            while k < s.count {
                if k + 1 < s.count, s[k] == a, s[k + 1] == e { out.append(e); k += 2 } else { out.append(s[k]); k += 1 }
            }
            s = out
        }
        if hasPrefix(s, "paed") { s = bytes("ped") + s.dropFirst(4) }
        if hasSuffix(s, "our") && s.count > 5 { s = s.dropLast(3) + bytes("or") }
        if hasSuffix(s, "ise") || hasSuffix(s, "ised") || hasSuffix(s, "ises") || hasSuffix(s, "ising") || hasSuffix(s, "isation") || hasSuffix(s, "isations"),
           let at = s.indices.dropLast().last(where: { s[$0] == i && s[$0 + 1] == sByte }) {
            s[at + 1] = UInt8(ascii: "z")
        }
        if hasSuffix(s, "tre") && s.count > 5 { s = s.dropLast(3) + bytes("ter") }
        return s
    }

    static func americanizeText(_ w: String) -> String {
        guard w.count > 3 else { return w }
        var s = w
        if s.hasPrefix("oe") { s = "e" + s.dropFirst(2) }                       // oedema, oestrogen
        if s.contains("ae") && !s.hasPrefix("ae") { s = s.replacingOccurrences(of: "ae", with: "e") } // anaemia, haem
        if s.hasPrefix("paed") { s = "ped" + s.dropFirst(4) }
        if s.hasSuffix("our") && s.count > 5 { s = String(s.dropLast(3)) + "or" } // tumour, colour
        if s.hasSuffix("ise") || s.hasSuffix("ised") || s.hasSuffix("ises") || s.hasSuffix("ising") || s.hasSuffix("isation") || s.hasSuffix("isations") {
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
        // Contractions typed without the apostrophe ("hes", "theres").
        "hes", "shes", "theres", "thats", "doesnt", "didnt", "wasnt", "havent", "hasnt", "shouldnt", "couldnt",
        "wouldnt", "youre", "theyre", "weve", "youve",
    ]
    static func contains(_ w: String) -> Bool { words.contains(w) }
}

/// A light English stemmer (Porter's step 1 and common suffixes): plurals and word forms meet.
enum Stemmer {
    /// Plurals no suffix rule reaches: a reader's "teeth" is the library's "tooth". And the verb a
    /// reader uses for the library's noun: "how much bone did they lose", "she's lost her words"
    /// ask about bone loss and loss of speech; "swelling up" is "swollen".
    static let irregular: [String: String] = ["teeth": "tooth", "feet": "foot", "women": "woman", "men": "man", "children": "child",
                                              "mice": "mouse", "lice": "louse", "criteria": "criterion", "phenomena": "phenomenon",
                                              "lose": "loss", "loses": "loss", "losing": "loss", "lost": "loss", "swollen": "swell",
                                              // Fear is not a scar: "im scared of my skin thinning".
                                              "scare": "scare", "scared": "scare", "scares": "scare", "scaring": "scare", "scary": "scare",
                                              // Nor is naming the Menopause Society: "is contrast named among the risk
                                              // factors" ("named" would lose its e as "nam", which is "NAMS").
                                              "named": "name", "naming": "name"]

    static func stem(_ word: String) -> String {
        if let singular = irregular[word] { return singular }
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
                // A doubled consonant only ("running" → "run"; "peeing" stays "pee", not "pe", which is PE;
                // "adding" stays "add", not "ad", which is AD).
                else if w.count > 3, let last = w.last, let prev = w.dropLast().last, last == prev, !"lsz".contains(last), !"aeiou".contains(last) { drop(1) }
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

/// Folded forms of the non-ASCII characters that medical text uses most: Latin letters with
/// accents, typographic dashes, minus and quotes.
enum FoldTable {
    static let map: [UInt32: String] = {
        var m = accented // `foldedByFoundation()`, written out
        for (v, s) in [(0x2212, "-"), (0x2013, "-"), (0x2014, "-"), (0x2010, "-"), (0x2011, "-"), (0x2019, "'"), (0x2018, "'"),
                       (0x201C, "\""), (0x201D, "\""), (0x00B5, "u"), (0x03BC, "u"), (0x00DF, "ss")] as [(UInt32, String)] {
            m[v] = s
        }
        return m
    }()

    static let bytes: [UInt32: [UInt8]] = map.mapValues { Array($0.utf8) }

    /// Latin letters with accents (U+00C0–U+024F) as Foundation folds them, where that changes them.
    static func foldedByFoundation() -> [UInt32: String] {
        var m: [UInt32: String] = [:]
        for v in UInt32(0xC0)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            if folded != String(scalar) { m[v] = folded }
        }
        return m
    }
}
