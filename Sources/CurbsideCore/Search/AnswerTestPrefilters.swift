import CurbsidePatterns
import Foundation

extension AnswerTest {
    /// The words `dependent` can open with: every alternative starts with one of them, followed by
    /// a space or a word boundary.
    static let dependentOpeners: Set<String> = [
        "You", "We", "They", "It", "This", "Doctors", "Adults", "Its", "Their", "Them", "These", "That", "Those", "He", "She",
        "Such", "Both", "Neither", "Here", "The", "Also", "For", "However", "But", "If", "In", "Otherwise", "Even", "Instead", "Then", "So", "Therefore", "Thus", "Hence",
    ]

    /// Exactly `matches(dependent, sentence)`: the pattern is anchored and case-sensitive, so a
    /// sentence whose first run of ASCII letters is none of `dependentOpeners` cannot match (every
    /// alternative is such a word followed by a space or a word boundary, which ends the run);
    /// the others are left to the pattern.
    static func isDependent(_ sentence: String) -> Bool {
        if leansAfterItsOpening(sentence) { return true }
        guard checksApply.dependent else { return matches(dependent, sentence) }
        let opener = sentence.utf8.prefix { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
        guard opener.count >= 2, opener.count <= 9, dependentOpeners.contains(String(decoding: opener, as: UTF8.self)) else { return false }
        return matches(dependent, sentence)
    }

    /// "On its own, it rarely makes blood sugar too low": a short opening phrase, then a pronoun
    /// for what the sentence before named. (Not after a clause with its own subject: "If the person
    /// could get pregnant, they need…". Read only when ", it", ", they"… is near the start.)
    static func leansAfterItsOpening(_ sentence: String) -> Bool {
        // (The pattern's comma stands within its first 42 characters, counted as code points.)
        let head = sentence.unicodeScalars.prefix(43)
        guard head.contains(","), let first = head.first, first.isASCII, first.properties.isUppercase else { return false }
        return matches(pronounAfterOpening, sentence)
    }
    static let pronounAfterOpening = try! TextPattern(#"^(?!(If|When|Whenever|Once|Until|Because|Although|Though|While|Unless|As|Since|Where|Whether|Before|After) )[A-Z][^,.;:()\[]{1,40}, (it|they|this|these|its|their)\b"#)

    /// Exactly `matches(caveat, text)`, without the pattern for a text that holds none of the
    /// strings every match of it holds ("does not", "says nothing"…: `RequiredLiterals`, read from
    /// the pattern itself, so they cannot go stale): most sentences say nothing of what a source
    /// leaves out.
    static func isCaveat(_ text: String) -> Bool {
        RequiredLiterals.mayMatch(caveatLiterals, text) && matches(caveat, text)
    }
    static let caveatLiterals = RequiredLiterals.bytes(of: caveat.pattern)

    /// Every match of `studyReport` holds one of these (ASCII, any case), or a digit and one of
    /// `studyReportCounted` ("4,778 infants").
    static let studyReportWords = ["random", "trial", "cohort", "meta-analys", "systematic review", "observational", "hazard ratio",
                                   "odds ratio", "relative risk", "placebo", "follow", "study of", "studies of"]
    static let studyReportCounted = ["patients", "men", "people", "adults", "children", "infants", "participants"]

    /// The patterns the checks here were derived from, as written when they were. A check applies
    /// only while its pattern is still exactly that: a pattern edited later (a new word for the
    /// treatment test) is then decided by the pattern alone until its words are derived again,
    /// so stale words can never say no where the new pattern says yes. (A test fails meanwhile.)
    static let derivedFrom: (dependent: String, studyReport: String, types: [QuestionType: String]) = (
        #"^((You|We|They|It|This|Doctors|Adults) also|For (them|these|those|him|her|such)|It|Its|They|Their|Them|This|These|That|Those|He|She|Such|Both|Neither|Here|The label|The guideline|The same|The trial|The study|The committee|The review|The panel|The authors|Also|However|But|If (that|this|so|not|these|they|it)|In (that|this|such) case|Otherwise|Even so|Instead|Then|So|Therefore|Thus|Hence)\b"#, #"\b(randomi[sz]ed|randomly|trials?|cohort|meta-analys[ie]s|systematic review|observational|hazard ratios?|odds ratio|relative risk|placebo|follow(ed)?[- ]up for|stud(y|ies) of|\d[\d,]* ([a-z-]+ )?(patients|women|men|people|adults|children|infants|participants))\b"#,
        [.definition: #"\b(is|are) (a|an|the|not|when|what|usually|often|common|rare|caused|called)\b|\bmeans?\b|\brefers? to\b|\bdefined as\b|\bknown as\b|\bclassif(y|ies|ied)\b|\bcounts? as\b"#,
         .treatment: #"\b(treat\w*|therap\w*|\w+-intensity|medicines?|medications?|drugs?|surgery|recommend\w*|first[- ]line|options?|take|taking|uses?|used|indicat\w*|start\w*|prescrib\w*|offer\w*|manag\w*|splint\w*|exercise|swap\w*|instead|alternatives?|substitut\w*|in place of|rather than|replac\w*|relie\w*|favou?red|preferred|help(s|ed)?|needs?)\b"#]
    )
    static let checksApply: (dependent: Bool, studyReport: Bool) = (
        dependent.pattern == derivedFrom.dependent, studyReport.pattern == derivedFrom.studyReport
    )
    /// The type checks that apply (see `derivedFrom`).
    static let typeWords: [QuestionType: [String]] = typeWordsDerived.filter { patternSources[$0.key] == derivedFrom.types[$0.key] }

    /// For a type whose pattern needs one of these words (ASCII, any case), a text without any
    /// cannot pass: "is a", "are the"… ("is"/"are" and the first letter of the word the pattern
    /// lets follow), "means", "refers to", "defined as", "known as", "classif…", "count(s) as" for a definition; each word
    /// of the treatment pattern (its stem where the pattern takes any ending).
    static let typeWordsDerived: [QuestionType: [String]] = [
        .definition: ["is a", "is t", "is n", "is w", "is u", "is o", "is c", "is r", "are a", "are t", "are n", "are w", "are u",
                      "are o", "are c", "are r", "mean", "refer", "defined as", "known as", "classif", "count as", "counts as"],
        .treatment: ["treat", "therap", "-intensity", "medicine", "medication", "drug", "surgery", "recommend", "first", "option",
                     "take", "taking", "use", "indicat", "start", "prescrib", "offer", "manag", "splint", "exercise", "swap", "instead", "alternative",
                     "substitut", "in place of", "rather than", "replac", "relie", "favored", "favoured", "preferred", "help", "need"],
    ]

    /// False only where `studyReport` cannot match: a text with none of its words (a count needs
    /// a digit: an ASCII one, or any other `\d` matches, which a text with only ASCII lacks).
    static func mayBeStudyReport(_ text: String) -> Bool {
        guard checksApply.studyReport else { return true }
        if Patterns.mayHold(anyOf: studyReportWords, in: text) { return true }
        return text.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }) && Patterns.mayHold(anyOf: studyReportCounted, in: text)
    }
}

extension Patterns {
    /// False only when `text` holds none of `words` (lowercase ASCII), ignoring ASCII case: then
    /// no case-insensitive pattern that needs one of them can match. True for a text holding a
    /// character other than ASCII that folds to an ASCII letter ("ſ", "ı", Kelvin's "K": `foldedBytes`).
    static func mayHold(anyOf words: [String], in text: String) -> Bool {
        guard let lowered = foldedBytes(text) else { return true }
        return lowered.withUnsafeBytes { haystack in
            words.contains { word in
                var word = word
                return word.withUTF8 { needle in
                    contains(haystack, needle)
                }
            }
        }
    }

    /// Whether `needle` occurs in `haystack` (`memchr` for its first byte, then `memcmp`).
    static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
        var at = 0
        let last = haystack.count - needle.count
        while at <= last, let found = memchr(base + at, Int32(first), last - at + 1) {
            let offset = base.distance(to: UnsafeRawPointer(found))
            if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return true }
            at = offset + 1
        }
        return false
    }
}
