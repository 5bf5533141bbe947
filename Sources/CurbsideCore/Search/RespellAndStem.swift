/// `Stemmer.stem(Spelling.americanize(word))` for an ASCII word, on one buffer of bytes: the same
/// rules, in the same order, without the `String` operations (`count`, `hasSuffix`, `removeLast`
/// walk characters) and the small arrays each rule made. Every word of every sentence `ask`
/// quotes passes through here; for ASCII, characters are bytes, so the result is the same.
enum RespellAndStem {
    /// Nil when the word is not ASCII (the `String` rules take it).
    static func term(_ word: ArraySlice<UInt8>) -> String? {
        var w: [UInt8] = []
        w.reserveCapacity(word.count + 2)
        for b in word {
            if b >= 0x80 { return nil }
            w.append(b)
        }
        americanize(&w)
        stem(&w)
        return String(decoding: w, as: UTF8.self)
    }

    static func hasPrefix(_ w: [UInt8], _ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard w.count >= n else { return false }
        let s = p.utf8Start
        for k in 0..<n where w[k] != s[k] { return false }
        return true
    }

    static func hasSuffix(_ w: [UInt8], _ p: StaticString) -> Bool {
        let n = p.utf8CodeUnitCount
        guard w.count >= n else { return false }
        let s = p.utf8Start, from = w.count - n
        for k in 0..<n where w[from + k] != s[k] { return false }
        return true
    }

    static func append(_ w: inout [UInt8], _ p: StaticString) {
        w.append(contentsOf: UnsafeBufferPointer(start: p.utf8Start, count: p.utf8CodeUnitCount))
    }

    static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), s = UInt8(ascii: "s")

    /// `Spelling.americanizeASCII`, in place.
    static func americanize(_ w: inout [UInt8]) {
        guard w.count > 3 else { return }
        // oedema → edema
        if hasPrefix(w, "oe") { w.removeFirst(); w[0] = e }
        // anaemia → anemia: every "ae", unless the word opens with one
        if !hasPrefix(w, "ae") {
            var from = 0, to = 0
            let n = w.count
            while from < n {
                if from + 1 < n, w[from] == a, w[from + 1] == e { w[to] = e; from += 2 } else { w[to] = w[from]; from += 1 }
                to += 1
            }
            w.removeLast(n - to)
        }
        // paediatric → pediatric
        if hasPrefix(w, "paed") { w.removeFirst(); w[0] = UInt8(ascii: "p"); w[1] = e; w[2] = UInt8(ascii: "d") }
        // tumour → tumor
        if hasSuffix(w, "our") && w.count > 5 { w.removeLast(3); append(&w, "or") }
        // organise → organize: the last "is" (every form: "raises" as "raised")
        if hasSuffix(w, "ise") || hasSuffix(w, "ised") || hasSuffix(w, "ises") || hasSuffix(w, "ising") || hasSuffix(w, "isation") || hasSuffix(w, "isations") {
            var at = w.count - 2
            while at >= 0 && !(w[at] == i && w[at + 1] == s) { at -= 1 }
            if at >= 0 { w[at + 1] = UInt8(ascii: "z") }
        }
        // centre → center
        if hasSuffix(w, "tre") && w.count > 5 { w.removeLast(3); append(&w, "ter") }
    }

    static func isVowel(_ b: UInt8, orY: Bool) -> Bool {
        b == a || b == e || b == i || b == UInt8(ascii: "o") || b == UInt8(ascii: "u") || (orY && b == UInt8(ascii: "y"))
    }

    /// `Stemmer.irregular` as bytes.
    static let irregular: [[UInt8]: [UInt8]] = Dictionary(uniqueKeysWithValues: Stemmer.irregular.map { (Array($0.key.utf8), Array($0.value.utf8)) })
    /// The longest of them: a longer word skips the lookup.
    static let irregularLongest = irregular.keys.map(\.count).max() ?? 0

    /// `Stemmer.stem`, in place.
    static func stem(_ w: inout [UInt8]) {
        if w.count <= irregularLongest, let singular = irregular[w] { w = singular; return }
        guard w.count > 3, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return }
        // Plurals.
        if hasSuffix(w, "sses") { w.removeLast(2) }
        else if hasSuffix(w, "ies") && w.count > 4 { w.removeLast(3); w.append(UInt8(ascii: "y")) }
        else if hasSuffix(w, "s") && !hasSuffix(w, "ss") && !hasSuffix(w, "us") && !hasSuffix(w, "is") && w.count > 3 { w.removeLast() }
        // Verb forms.
        if hasSuffix(w, "eed") { if w.count > 4 { w.removeLast() } }
        else if (hasSuffix(w, "ing") && w.count > 5) || (hasSuffix(w, "ed") && w.count > 4) {
            let baseCount = w.count - (hasSuffix(w, "ing") ? 3 : 2)
            if w[..<baseCount].contains(where: { isVowel($0, orY: true) }) {
                w.removeLast(w.count - baseCount)
                if hasSuffix(w, "at") || hasSuffix(w, "bl") || hasSuffix(w, "iz") { w.append(e) }
                else if w.count > 3, w[w.count - 1] == w[w.count - 2], ![UInt8(ascii: "l"), s, UInt8(ascii: "z")].contains(w[w.count - 1]),
                        !isVowel(w[w.count - 1], orY: false) { w.removeLast() }
            }
        }
        if hasSuffix(w, "y") && w.count > 3, !isVowel(w[w.count - 2], orY: false) { w.removeLast(); w.append(i) }
        // Derivational suffixes that readers mix freely.
        for (suffix, replacement) in suffixes {
            if hasSuffix(w, suffix) && w.count - suffix.utf8CodeUnitCount >= 4 {
                w.removeLast(suffix.utf8CodeUnitCount); append(&w, replacement); break
            }
        }
        if hasSuffix(w, "e") && w.count > 4 { w.removeLast() }
    }

    static let suffixes: [(StaticString, StaticString)] = [
        ("ational", "ate"), ("ization", "ize"), ("fulness", "ful"), ("iveness", "ive"),
        ("ically", "ic"), ("ation", "ate"), ("ness", ""), ("ment", ""), ("ally", "al"), ("ly", ""),
    ]
}
