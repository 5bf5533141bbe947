/// Flesch–Kincaid grade level, used to keep lay texts at about US grade 8 or below.
public enum Readability {
    public static func fleschKincaidGrade(_ text: String) -> Double {
        let plain = CitationMarkers.stripped(text)
        let words = plain.split(whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == "—" })
            .map { $0.filter { $0.isLetter || $0.isNumber || $0 == "'" } }
            .filter { !$0.isEmpty }
        guard !words.isEmpty else { return 0 }
        let sentences = max(1, sentenceCount(plain))
        let syllables = words.reduce(0) { $0 + syllableCount($1) }
        return 0.39 * Double(words.count) / Double(sentences) + 11.8 * Double(syllables) / Double(words.count) - 15.59
    }

    static func sentenceCount(_ text: String) -> Int {
        var count = 0
        var previousWasEnd = false
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            let isEnd = c == "." || c == "!" || c == "?"
            // "1.5" and "e.g." are not sentence ends: require a space or the end of text after.
            if isEnd && !previousWasEnd && (i + 1 == chars.count || chars[i + 1].isWhitespace) { count += 1 }
            previousWasEnd = isEnd
        }
        return count
    }

    /// Vowel-group count with the usual English corrections; exact enough for a grade estimate.
    public static func syllableCount(_ word: String) -> Int {
        let w = word.lowercased().filter(\.isLetter)
        if w.isEmpty { return 1 } // numbers and symbols: count as one syllable
        if w.count <= 3 { return 1 }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousVowel = false
        for c in w {
            let v = vowels.contains(c)
            if v && !previousVowel { count += 1 }
            previousVowel = v
        }
        if w.hasSuffix("e") && !w.hasSuffix("le") && !w.hasSuffix("ee") && count > 1 { count -= 1 }
        if w.hasSuffix("ed") && !w.hasSuffix("ted") && !w.hasSuffix("ded") && count > 1 { count -= 1 }
        if w.hasSuffix("es") && !w.hasSuffix("ses") && !w.hasSuffix("ces") && !w.hasSuffix("ges") && count > 1 { count -= 1 }
        return max(1, count)
    }
}
