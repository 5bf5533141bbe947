import Foundation

/// Turns one MedQuAD document into library articles: one per answered pair, status under review,
/// the answer under "From NIH health information" (consumer pages, not research) citing the source
/// page, the question's MedQuAD type and focus kept as structured fields for ranking.
public struct MedQuADConversion: Sendable {
    /// The import's date (YYYY-MM-DD) and time (ISO 8601), and who ran it, for each article's history.
    public var day: String
    public var time: String
    public var importer: String

    public init(day: String, time: String, importer: String) {
        self.day = day; self.time = time; self.importer = importer
    }

    /// The year MedQuAD was published: the most precise date the collection gives its pages.
    public static let collectionYear = 2019

    public struct Result: Sendable {
        public var articles: [Article] = []
        public var withheld = 0
        public var unusable: [String] = []
        public var glossaryEntry: GlossaryEntry?
    }

    public func convert(_ doc: MedQuADDocument) -> Result {
        var result = Result()
        let source = doc.source.isEmpty ? "MedQuAD" : doc.source
        let focus = Self.clean(doc.focus)
        var answered: [(pair: MedQuADDocument.Pair, id: String)] = []
        var seen = Set<String>()
        for pair in doc.pairs {
            if pair.answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { result.withheld += 1; continue }
            let id = Self.articleID(source: source, doc: doc, pair: pair)
            guard !Self.clean(pair.question).isEmpty, ArticleID.isValid(id), seen.insert(id).inserted else {
                result.unusable.append(pair.qid.isEmpty ? "pair \(pair.pid)" : pair.qid)
                continue
            }
            answered.append((pair, id))
        }
        let reference = Reference(
            kind: .healthInformation,
            title: focus.isEmpty ? "\(Self.sourceName(source)) health topic page" : "\(focus) (\(Self.sourceName(source)))",
            source: "\(Self.sourceName(source)), in the MedQuAD collection (Ben Abacha and Demner-Fushman, 2019)",
            year: Self.collectionYear,
            url: doc.url.hasPrefix("http") ? doc.url : nil)
        let ids = answered.map(\.id)
        for (pair, id) in answered {
            let groups = Self.groups(of: pair.answer, defaultHeading: "From \(Self.sourceName(source))")
            guard !groups.isEmpty else { result.unusable.append(pair.qid); continue }
            let summaryText = Self.summary(from: groups)
            let lay = Readability.fleschKincaidGrade(summaryText) <= LibraryValidator.maximumLayGrade
            var tags = [focus] + doc.synonyms.map(Self.clean)
            if !pair.qtype.isEmpty { tags.append(pair.qtype) }
            result.articles.append(Article(
                id: id,
                question: Self.question(pair.question),
                specialty: Self.specialty(source: source, category: doc.category),
                tags: tags.filter { !$0.isEmpty }.uniqued(),
                questionTypes: pair.qtype.isEmpty ? [] : [QuestionType.fromMedQuAD(pair.qtype).rawValue],
                focus: focus.isEmpty ? [] : [focus],
                status: .underReview,
                lastUpdated: day,
                summary: lay ? Summary(lay: summaryText + " [1]") : Summary(clinical: summaryText + " [1]"),
                sections: Sections(healthInformation: HealthInformationSection(groups: groups)),
                references: [reference],
                related: Array(ids.filter { $0 != id }.prefix(8)),
                reviewHistory: [ReviewEvent(status: .underReview, by: importer, at: time,
                                            note: "imported from MedQuAD (\(source) document \(doc.id)); not yet checked by an editor")]))
        }
        result.glossaryEntry = glossaryEntry(focus: focus, synonyms: doc.synonyms.map(Self.clean), from: result.articles)
        return result
    }

    /// A glossary entry only for a focus that has synonyms, defined by the first sentence of its
    /// answer when that sentence defines the focus ("X is …", "An X is …") and is short enough
    /// to serve as a gloss. Any other first sentence would make a wrong definition.
    func glossaryEntry(focus: String, synonyms: [String], from articles: [Article]) -> GlossaryEntry? {
        let names = synonyms.filter { !$0.isEmpty && $0.lowercased() != focus.lowercased() }
        guard !focus.isEmpty, !names.isEmpty, let first = articles.first?.sections.healthInformation?.groups.first?.bullets.first else { return nil }
        guard let sentence = Sentences.split(CitationMarkers.stripped(first)).first?.trimmingCharacters(in: .whitespaces),
              sentence.split(separator: " ").count <= 30, sentence.hasSuffix("."),
              Self.defines(sentence, focus) else { return nil }
        return GlossaryEntry(term: focus, synonyms: names, definition: sentence)
    }

    static func defines(_ sentence: String, _ focus: String) -> Bool {
        var rest = sentence.lowercased()[...]
        for article in ["a ", "an ", "the "] where rest.hasPrefix(article) { rest = rest.dropFirst(article.count); break }
        guard rest.hasPrefix(focus.lowercased()) else { return false }
        rest = rest.dropFirst(focus.count)
        if rest.hasPrefix(" (") , let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] } // "X (XYZ) is"
        return [" is ", " are ", " refers to ", " means "].contains { rest.hasPrefix($0) }
    }

    // MARK: Text

    static func articleID(source: String, doc: MedQuADDocument, pair: MedQuADDocument.Pair) -> String {
        let key = pair.qid.isEmpty ? "\(doc.id)-\(pair.pid)" : pair.qid
        return "medquad-" + slug(source) + "-" + slug(key)
    }

    static func slug(_ text: String) -> String {
        var out = ""
        for s in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(s) || ("0"..."9").contains(s) { out.unicodeScalars.append(s) }
            else if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// Whitespace runs (no-break spaces included: the collection pads sentences with them)
    /// collapsed to one space, control characters dropped, ends trimmed.
    /// Works on bytes: answers run to tens of kilobytes and there are tens of thousands.
    static func clean(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var afterC2 = false // the first byte of U+00A0 (C2 A0) waits to see what follows
        for byte in text.utf8 {
            if afterC2 {
                afterC2 = false
                if byte == 0xA0 { pendingSpace = !out.isEmpty; continue }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(0xC2)
            }
            if byte == 0xC2 {
                afterC2 = true
            } else if byte <= 0x20 || byte == 0x7F {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
            }
        }
        if afterC2 { out.append(0xC2) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Splits a cleaned paragraph at " - ", the collection's flattened list marker.
    static func dashParts(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x20 && bytes[i + 1] == 0x2D && bytes[i + 2] == 0x20 {
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += 3
                start = i
            } else { i += 1 }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// "what is (are) holmes-adie syndrome ?" → "What is (are) holmes-adie syndrome?"
    static func question(_ raw: String) -> String {
        var q = clean(raw)
        while let r = q.range(of: " ?") { q.replaceSubrange(r, with: "?") }
        while let r = q.range(of: "??") { q.replaceSubrange(r, with: "?") }
        if let first = q.first, first.isLowercase { q = first.uppercased() + q.dropFirst() }
        return q
    }

    /// The answer as research groups: paragraphs and the items of lists that the collection
    /// flattened into "lead - item - item" become bullets; a short lead line becomes a heading.
    static func groups(of answer: String, defaultHeading: String) -> [ResearchGroup] {
        var groups: [ResearchGroup] = []
        var current = ResearchGroup(heading: defaultHeading, bullets: [])
        func flush() { if !current.bullets.isEmpty { groups.append(current) } }
        for (p, rawParagraph) in paragraphs(of: answer).enumerated() {
            var paragraph = clean(rawParagraph)
            if p == 0 { paragraph = droppingRestatedQuestion(paragraph) }
            var parts = dashParts(paragraph).filter { !$0.isEmpty }
            if !looksLikeFlattenedList(rawParagraph, parts: parts.count) {
                parts = [paragraph]
            } else {
                parts = splittingTableHeader(parts[0]) + parts.dropFirst()
            }
            for (i, part) in parts.enumerated() {
                var text = part
                if text.hasPrefix("Summary : ") { text.removeFirst("Summary : ".count) }
                if text.hasPrefix("- ") { text.removeFirst(2) }
                if text.isEmpty { continue }
                if i == 0 && isHeading(text) {
                    flush()
                    current = ResearchGroup(heading: text, bullets: [])
                } else {
                    current.bullets.append(text + " [1]")
                }
            }
        }
        flush()
        return groups
    }

    /// Many answers (most of GARD's) open by repeating their question, which says nothing and
    /// would lead the summary: a first sentence that is a question is dropped when more follows.
    static func droppingRestatedQuestion(_ paragraph: String) -> String {
        guard let mark = paragraph.range(of: "? "), !paragraph[..<mark.lowerBound].contains(where: { ".!:".contains($0) }),
              paragraph.distance(from: paragraph.startIndex, to: mark.lowerBound) < 200 else { return paragraph }
        let rest = paragraph[mark.upperBound...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? paragraph : rest
    }

    /// GARD's symptom tables lost their layout in the collection: the header row runs between the
    /// lead sentences and the first symptom. The header goes; the first symptom gets its own item.
    static let tableHeaders = ["Signs and Symptoms Approximate number of patients (when available)",
                               "Approximate number of patients (when available)"]

    static func splittingTableHeader(_ lead: String) -> [String] {
        for header in tableHeaders {
            guard let r = lead.range(of: header) else { continue }
            return [lead[..<r.lowerBound], lead[r.upperBound...]]
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return [lead]
    }

    /// The collection flattened lists into "lead    - item    - item": a dash after a run of spaces,
    /// or at the start. Otherwise three or more " - " make a list; one or two are dashes in prose.
    static func looksLikeFlattenedList(_ raw: String, parts: Int) -> Bool {
        guard parts >= 2 else { return false }
        let trimmed = raw.drop(while: \.isWhitespace)
        return trimmed.hasPrefix("- ") || raw.contains("  - ") || raw.contains("\t- ") || parts >= 4
    }

    /// Paragraphs are separated by lines holding only whitespace.
    static func paragraphs(of answer: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        var line: [UInt8] = []
        var lineIsBlank = true
        func endLine() {
            if lineIsBlank {
                if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)); current = [] }
            } else {
                if !current.isEmpty { current.append(0x20) }
                current += line
            }
            line = []; lineIsBlank = true
        }
        for byte in answer.utf8 {
            if byte == 0x0A { endLine(); continue }
            line.append(byte)
            if byte > 0x20 { lineIsBlank = false }
        }
        endLine()
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// "Key Points", "Signs and symptoms": short, no sentence punctuation.
    static func isHeading(_ text: String) -> Bool {
        text.split(separator: " ").count <= 6 && !text.contains(where: { ".:;?!,".contains($0) })
    }

    /// The first sentences of the answer, up to about 45 words.
    static func summary(from groups: [ResearchGroup]) -> String {
        let first = groups.first?.bullets.first.map(CitationMarkers.stripped) ?? ""
        var words = 0
        var picked: [String] = []
        for sentence in Sentences.split(first) {
            let n = sentence.split(separator: " ").count
            if !picked.isEmpty && words + n > 45 { break }
            picked.append(sentence.trimmingCharacters(in: .whitespaces))
            words += n
        }
        return picked.joined(separator: " ")
    }

    /// The collection's sources are NIH and CDC sites; each maps to the specialty it covers.
    static func specialty(source: String, category: String?) -> String {
        switch source.lowercased() {
        case "cancergov": "Cancer"
        case "gard": "Genetic and rare diseases"
        case "ghr": "Genetics"
        case "niddk": "Diabetes, digestive and kidney diseases"
        case "ninds": "Neurology"
        case "nhlbi": "Heart, lung and blood"
        case "cdc": "Public health and infections"
        case "nihseniorhealth": "Healthy ageing"
        case "mplushealthtopics": category == "Drug" ? "Medicines" : "General health"
        case "mplusdrugs", "mplusherbssupplements": "Medicines"
        case "adam": "General health"
        default: "Imported (\(sourceName(source)))"
        }
    }

    static func sourceName(_ source: String) -> String {
        switch source.lowercased() {
        case "cancergov": "National Cancer Institute (cancer.gov)"
        case "gard": "Genetic and Rare Diseases Information Center (GARD)"
        case "ghr": "Genetics Home Reference"
        case "niddk": "NIDDK"
        case "ninds": "NINDS"
        case "nhlbi": "NHLBI"
        case "cdc": "CDC"
        case "nihseniorhealth": "NIHSeniorHealth"
        case "mplushealthtopics": "MedlinePlus Health Topics"
        case "mplusdrugs": "MedlinePlus Drug Information"
        case "mplusherbssupplements": "MedlinePlus Herbs and Supplements"
        default: source
        }
    }
}
