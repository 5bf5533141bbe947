import Foundation

/// The summaries lay readers get (issue 13): the patient's (`summary.lay`, to "you"), the
/// caregiver's (`summary.caregiver`, about "they" or "your child") and the questions to take to a
/// clinician (`questionsToAsk`). See docs/data-format.md, "Lay summaries".
///
/// The rules apply to every article that is not `submitted` and has a lay summary, except answers
/// imported from MedQuAD, which carry the collection's own opening sentences until an editor
/// writes their summaries (an openFDA label entry has only a clinical summary).
///
/// "States a fact" is decided simply: every sentence of a lay or caregiver summary states a
/// fact, and so must carry a citation marker, except a question ("…?") and a short referral that
/// starts with "Ask" ("Ask your doctor which dose is right for you.", at most 12 words).
extension LibraryValidator {
    /// How many questions a lay reader gets to take to their clinician.
    public static let questionsToAskCount = 2...4

    /// After "your", the words that name the person a caregiver looks after ("your child");
    /// every other "you"/"your" in a caregiver summary would be talking to the patient.
    public static let caredForWords: Set<String> = [
        "child", "child's", "children", "children's", "baby", "baby's", "infant", "infant's",
        "son", "son's", "daughter", "daughter's", "teen", "teen's", "teenager", "teenager's",
    ]

    /// Whether the lay-summary rules apply to an article.
    public static func needsLaySummaries(_ article: Article) -> Bool {
        guard article.status != .submitted, article.summary.lay != nil else { return false }
        let imported = !article.references.isEmpty && article.references.allSatisfy { $0.source.contains(Article.medQuADMarker) }
        return !imported
    }

    /// Problems with the caregiver summary, the questions to ask and the citing of lay texts.
    func checkSummaries(_ article: Article, into found: inout [(path: String, message: String)]) {
        guard Self.needsLaySummaries(article), let lay = article.summary.lay else { return }
        for sentence in Self.uncitedSentences(lay) {
            found.append(("summary.lay", "sentence states a fact without a citation marker: \"\(sentence.prefix(60))\""))
        }
        if let caregiver = article.summary.caregiver {
            let path = "summary.caregiver"
            let grade = Readability.fleschKincaidGrade(caregiver)
            if grade > Self.maximumLayGrade {
                found.append((path, String(format: "caregiver summary reads at grade %.1f; keep it at %.0f or below", grade, Self.maximumLayGrade)))
            }
            // Empty text and markers are checked with every other text when ArticleTexts walks
            // the caregiver summary; checked here only while it does not.
            if !ArticleTexts.all(article).contains(where: { $0.path == path }) {
                if caregiver.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { found.append((path, "empty text")) }
                let count = article.references.count
                for marker in CitationMarkers.malformed(in: caregiver) {
                    found.append((path, "\(marker) is not a citation marker a reader can follow (references are numbered from 1 to \(count))"))
                }
                for n in CitationMarkers.numbers(in: caregiver) where n > count {
                    found.append((path, "citation [\(n)] has no reference (the article has \(count))"))
                }
            }
            for sentence in Self.uncitedSentences(caregiver) {
                found.append((path, "sentence states a fact without a citation marker: \"\(sentence.prefix(60))\""))
            }
            let words = Self.secondPersonWords(inCaregiverText: caregiver)
            if !words.isEmpty {
                found.append((path, "speaks to the patient (\(words.joined(separator: ", "))); write about \"they\", \"them\" or \"your child\""))
            }
        } else {
            found.append(("summary", "no caregiver summary; caregivers would read the lay one, written to the patient (add summary.caregiver about \"they\" or \"your child\")"))
        }
        let questions = article.questionsToAsk
        if !Self.questionsToAskCount.contains(questions.count) {
            found.append((questions.isEmpty ? "summary" : "questionsToAsk",
                          "\(questions.count) questions to ask a clinician; give \(Self.questionsToAskCount.lowerBound) to \(Self.questionsToAskCount.upperBound)"))
        }
        for (i, question) in questions.enumerated() where !question.trimmingCharacters(in: .whitespaces).hasSuffix("?") {
            found.append(("questionsToAsk[\(i)]", "not a question (end it with \"?\")"))
        }
    }

    /// A summary's sentences: text up to ".", "!" or "?" followed by a space and a capital
    /// letter, a digit or a quotation mark, or by the end ("1.5 mg" and "e.g. the" do not split).
    public static func sentences(_ text: String) -> [String] {
        let chars = Array(text)
        var out: [String] = [], start = 0
        for i in chars.indices where ".!?".contains(chars[i]) {
            var j = i + 1
            guard j == chars.count || chars[j].isWhitespace else { continue }
            while j < chars.count && chars[j].isWhitespace { j += 1 }
            guard j == chars.count || chars[j].isUppercase || chars[j].isNumber || "\"“(".contains(chars[j]) else { continue }
            out.append(String(chars[start...i]).trimmingCharacters(in: .whitespacesAndNewlines))
            start = j
        }
        let rest = String(chars[min(start, chars.count)...]).trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { out.append(rest) }
        return out.filter { !$0.isEmpty }
    }

    /// Whether a summary sentence states a fact (and so needs a citation): all but a question
    /// and a short "Ask…" referral.
    public static func statesAFact(_ sentence: String) -> Bool {
        let plain = CitationMarkers.stripped(sentence).trimmingCharacters(in: .whitespacesAndNewlines)
        if plain.hasSuffix("?") { return false }
        let words = plain.split(whereSeparator: \.isWhitespace)
        if words.first == "Ask" && words.count <= 12 { return false }
        return true
    }

    /// The sentences of a lay text that state a fact without a citation marker.
    public static func uncitedSentences(_ text: String) -> [String] {
        sentences(text).filter { statesAFact($0) && CitationMarkers.markers(in: $0).isEmpty }
    }

    /// "you", "yourself", or "your" not followed by a word naming the person cared for.
    public static func secondPersonWords(inCaregiverText text: String) -> [String] {
        let words = text.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’") })
            .map { $0.lowercased().replacingOccurrences(of: "’", with: "'") }
        var found: [String] = []
        for (i, word) in words.enumerated() {
            switch word {
            case "you", "you're", "you'll", "you've", "you'd", "yours", "yourself", "yourselves": found.append(word)
            case "your":
                let next = i + 1 < words.count ? words[i + 1] : ""
                if !caredForWords.contains(next) { found.append("your \(next)") }
            default: break
            }
        }
        return found
    }
}
