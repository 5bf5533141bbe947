extension AnswerTest {
    /// The words `dependent` can open with: every alternative starts with one of them, followed by
    /// a space or a word boundary.
    static let dependentOpeners: Set<String> = [
        "You", "We", "They", "It", "This", "Doctors", "Adults", "Its", "Their", "Them", "These", "That", "Those", "He", "She",
        "Such", "Both", "Neither", "Here", "The", "Also", "However", "But", "If", "In", "Otherwise", "Even", "Instead",
    ]

    /// Exactly `matches(dependent, sentence)`: the pattern is anchored and case-sensitive, so a
    /// sentence whose first run of ASCII letters is none of `dependentOpeners` cannot match (every
    /// alternative is such a word followed by a space or a word boundary, which ends the run);
    /// the others are left to the pattern.
    static func isDependent(_ sentence: String) -> Bool {
        let opener = sentence.utf8.prefix { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
        guard opener.count >= 2, opener.count <= 9, dependentOpeners.contains(String(decoding: opener, as: UTF8.self)) else { return false }
        return matches(dependent, sentence)
    }

    /// Every match of `caveat` holds one of these (ASCII, any case): "does not…", "doesn't…",
    /// "says nothing", "is silent", "not covered", "outside the scope", "not approved for".
    static let caveatWords = ["not", "n't", "silent", "outside"]

    /// Exactly `matches(caveat, text)`, without the pattern for an ASCII text that holds none of
    /// `caveatWords` (for ASCII, ignoring case is ASCII's case; other texts go to the pattern).
    static func isCaveat(_ text: String) -> Bool {
        Patterns.mayHold(anyOf: caveatWords, in: text) && matches(caveat, text)
    }

    /// Every match of `studyReport` holds one of these (ASCII, any case), or a digit and one of
    /// `studyReportCounted` ("4,778 infants").
    static let studyReportWords = ["random", "trial", "cohort", "meta-analys", "systematic review", "observational", "hazard ratio",
                                   "odds ratio", "relative risk", "placebo", "follow"]
    static let studyReportCounted = ["patients", "men", "people", "adults", "children", "infants", "participants"]

    /// False only where `studyReport` cannot match: an ASCII text with none of its words (a
    /// count needs a digit, and in ASCII `\d` is an ASCII digit).
    static func mayBeStudyReport(_ text: String) -> Bool {
        if Patterns.mayHold(anyOf: studyReportWords, in: text) { return true }
        return text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) && Patterns.mayHold(anyOf: studyReportCounted, in: text)
    }
}

extension Patterns {
    /// False only when `text` is ASCII and holds none of `words` (lowercase ASCII), ignoring
    /// ASCII case: then no case-insensitive ASCII pattern that needs one of them can match (an
    /// ASCII text holds none of the characters that fold to ASCII letters, such as "ſ" or "K").
    /// True for any text that is not ASCII.
    static func mayHold(anyOf words: [String], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return true }
            func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
            for word in words {
                let needle = Array(word.utf8)
                guard let first = needle.first, bytes.count >= needle.count else { continue }
                var at = 0
                while at <= bytes.count - needle.count {
                    if lower(bytes[at]) == first, (1..<needle.count).allSatisfy({ lower(bytes[at + $0]) == needle[$0] }) { return true }
                    at += 1
                }
            }
            return false
        }
    }
}
