import Foundation

/// Checks a loaded library for everything an editor must fix before it ships.
public struct LibraryValidator {
    /// The reading grade every lay text must stay at or below.
    public static let maximumLayGrade = 8.0

    public struct Report: Sendable {
        public var problems: [LibraryProblem]
        /// Flesch–Kincaid grade of each article's lay summary, by article id.
        public var layGrades: [(articleID: String, grade: Double)]
        /// How many articles loaded.
        public var articleCount: Int
        public var isSound: Bool { problems.isEmpty }
    }

    let repository: LibraryRepository
    let today: Date

    public init(repository: LibraryRepository, today: Date = Date()) {
        self.repository = repository
        self.today = today
    }

    public func validate(progress: ProgressReport? = nil) -> Report {
        let library = repository.load(progress: progress)
        var problems = library.problems
        var grades: [(String, Double)] = []
        let ids = Set(library.articles.map(\.id))

        for article in library.articles {
            var found: [(path: String, message: String)] = []
            check(article, knownIDs: ids, into: &found)
            checkSummaries(article, into: &found)
            found += Self.referenceProblems(in: article)
            if let lay = article.summary.lay {
                let grade = Readability.fleschKincaidGrade(lay)
                grades.append((article.id, grade))
                if grade > Self.maximumLayGrade {
                    found.append(("summary.lay", String(format: "lay summary reads at grade %.1f; keep it at %.0f or below", grade, Self.maximumLayGrade)))
                }
            }
            if let file = repository as? JSONFileRepository,
               let data = JSONFileRepository.smallFile(file.articleURL(article.id)), let document = JSONDocument.parse(data) {
                found += ArticleSchema.unknownKeys(in: document)
            }
            for item in found {
                let where_ = repository.locate(path: item.path, inArticle: article.id)
                problems.append(LibraryProblem(file: where_.file, position: where_.position, path: item.path, message: item.message))
            }
        }
        if library.personas.isEmpty && !library.problems.contains(where: { $0.file.hasSuffix("personas.json") }) {
            problems.append(LibraryProblem(file: "personas.json", message: "no personas defined"))
        }
        var seenPersonas = Set<String>()
        for persona in library.personas where !seenPersonas.insert(persona.id).inserted {
            problems.append(LibraryProblem(file: "personas.json", message: "duplicate persona id '\(persona.id)'"))
        }
        for persona in library.personas {
            for message in persona.reading?.problems ?? [] {
                problems.append(LibraryProblem(file: "personas.json", message: "persona '\(persona.id)': \(message)"))
            }
        }
        problems += Self.entryProblems(library.glossary)
        problems += Self.hierarchyProblems(library.glossary)
        if let file = repository as? JSONFileRepository,
           let data = JSONFileRepository.smallFile(file.directory.appendingPathComponent("glossary.json")), let document = JSONDocument.parse(data) {
            let map = try? JSONSourceMap(bytes: Array(data))
            for item in ArticleSchema.unknownKeys(in: document, schema: ArticleSchema.glossaryKeys) {
                problems.append(LibraryProblem(file: "glossary.json", position: map?.position(of: item.path), path: item.path, message: item.message))
            }
        }
        for flag in library.redFlags {
            for pattern in flag.invalidPatterns { problems.append(LibraryProblem(file: "red-flags.json", message: "'\(flag.id)': '\(pattern)' is not a valid regular expression")) }
            if flag.line.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(LibraryProblem(file: "red-flags.json", message: "'\(flag.id)' has no urgent-care line")) }
        }
        return Report(problems: problems, layGrades: grades, articleCount: library.articles.count)
    }

    /// Broader terms and signs that name no entry, an entry broader than itself or its own sign, and cycles.
    /// Names shared by two entries, a term with two entries, and entries without a definition.
    static func entryProblems(_ glossary: [GlossaryEntry]) -> [LibraryProblem] {
        var problems: [LibraryProblem] = []
        var seenTerms = [String: String]()
        var seenEntries = Set<String>()
        for entry in glossary {
            // Two entries of one term: the reader would see whichever the matcher met first.
            if !seenEntries.insert(entry.term.lowercased()).inserted {
                problems.append(LibraryProblem(file: "glossary.json", message: "'\(entry.term)' has two entries"))
            }
            for name in entry.names {
                let key = name.lowercased()
                if let other = seenTerms[key], other != entry.term {
                    problems.append(LibraryProblem(file: "glossary.json", message: "'\(name)' belongs to both '\(other)' and '\(entry.term)'"))
                }
                seenTerms[key] = entry.term
            }
            if entry.definition.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(LibraryProblem(file: "glossary.json", message: "'\(entry.term)' has no definition"))
            }
            if let kind = entry.kind, !GlossaryEntry.kinds.contains(kind) {
                problems.append(LibraryProblem(file: "glossary.json", message: "'\(entry.term)' has kind '\(kind)', which is not one of \(GlossaryEntry.kinds.joined(separator: ", "))"))
            }
        }
        return problems
    }

    static func hierarchyProblems(_ glossary: [GlossaryEntry]) -> [LibraryProblem] {
        var problems: [LibraryProblem] = []
        let byTerm = Dictionary(glossary.map { ($0.term.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        for entry in glossary {
            for parent in entry.broader where byTerm[parent.lowercased()] == nil {
                problems.append(LibraryProblem(file: "glossary.json", message: "'\(entry.term)' names '\(parent)' as broader, but no entry has that term"))
            }
            for sign in entry.signs where byTerm[sign.lowercased()] == nil {
                problems.append(LibraryProblem(file: "glossary.json", message: "'\(entry.term)' names '\(sign)' as a sign, but no entry has that term"))
            }
            if entry.signs.contains(where: { $0.lowercased() == entry.term.lowercased() }) {
                problems.append(LibraryProblem(file: "glossary.json", message: "'\(entry.term)' names itself as a sign"))
            }
            // Walk up; meeting the entry itself again is a cycle.
            var seen = Set<String>(), queue = entry.broader.map { $0.lowercased() }
            while let next = queue.first {
                queue.removeFirst()
                if next == entry.term.lowercased() {
                    problems.append(LibraryProblem(file: "glossary.json", message: "'\(entry.term)' is broader than itself (a cycle in 'broader')"))
                    break
                }
                guard seen.insert(next).inserted, let parent = byTerm[next] else { continue }
                queue += parent.broader.map { $0.lowercased() }
            }
        }
        return problems
    }

    /// Problems inside one article, as (JSON path, message).
    func check(_ article: Article, knownIDs: Set<String>, into found: inout [(path: String, message: String)]) {
        if !ArticleID.isValid(article.id) {
            found.append(("id", "'\(article.id)' is not a valid id (lowercase letters, digits and '-')"))
        }
        if article.question.trimmingCharacters(in: .whitespaces).isEmpty { found.append(("question", "empty question")) }
        if article.specialty.trimmingCharacters(in: .whitespaces).isEmpty { found.append(("specialty", "empty specialty")) }
        checkDate(article.lastUpdated, path: "lastUpdated", into: &found)

        for (i, id) in article.related.enumerated() {
            if id == article.id { found.append(("related[\(i)]", "an article cannot be related to itself")) }
            else if !knownIDs.contains(id) { found.append(("related[\(i)]", "related question '\(id)' does not exist")) }
        }
        if Set(article.related).count != article.related.count { found.append(("related", "the same related question is listed twice")) }

        let isStub = article.status == .submitted
        if article.summary.lay == nil && article.summary.clinical == nil && !isStub {
            found.append(("summary", "needs a lay or a clinical summary"))
        }
        if article.sections.isEmpty && !isStub {
            found.append(("sections", "no evidence section has any text; only submitted questions may be empty"))
        }
        if article.references.isEmpty && !isStub {
            found.append(("references", "no references; every claim must be cited"))
        }

        // Empty sections that are present, and citation markers.
        var cited = Set<Int>()
        let count = article.references.count
        for (path, text) in texts(of: article) {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { found.append((path, "empty text")) }
            for marker in CitationMarkers.malformed(in: text) {
                found.append((path, "\(marker) is not a citation marker a reader can follow (references are numbered from 1 to \(count))"))
            }
            for n in CitationMarkers.numbers(in: text) {
                cited.insert(n)
                if n > count { found.append((path, "citation [\(n)] has no reference (the article has \(count))")) }
            }
        }
        let s = article.sections
        if let g = s.guidelines, g.isEmpty { found.append(("sections.guidelines", "empty section")) }
        if let d = s.drugLabel, d.isEmpty { found.append(("sections.drugLabel", "empty section")) }
        if let h = s.healthInformation, h.isEmpty { found.append(("sections.healthInformation", "empty section")) }
        for (i, type) in article.questionTypes.enumerated() where QuestionType(rawValue: type) == nil {
            found.append(("questionTypes[\(i)]", "unknown question type '\(type)'; use one of: \(QuestionType.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        if let r = s.research {
            if r.isEmpty { found.append(("sections.research", "empty section")) }
            for (i, group) in r.groups.enumerated() where group.heading.trimmingCharacters(in: .whitespaces).isEmpty {
                found.append(("sections.research.groups[\(i)].heading", "empty heading"))
            }
        }
        for (i, ref) in article.references.enumerated() {
            let path = "references[\(i)]"
            if !cited.contains(i + 1) { found.append((path, "reference [\(i + 1)] is never cited")) }
            if ref.title.trimmingCharacters(in: .whitespaces).isEmpty { found.append((path + ".title", "empty title")) }
            if ref.source.trimmingCharacters(in: .whitespaces).isEmpty { found.append((path + ".source", "empty source")) }
            let thisYear = Calendar(identifier: .gregorian).component(.year, from: today)
            if ref.year < 1900 || ref.year > thisYear { found.append((path + ".year", "year \(ref.year) is not plausible")) }
            if let pmid = ref.pmid, pmid.isEmpty || !pmid.allSatisfy(\.isASCIIDigit) { found.append((path + ".pmid", "a PMID is digits only")) }
            if let url = ref.url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) { found.append((path + ".url", "not a web address")) }
        }
        if let sub = article.submission, ISO8601DateFormatter().date(from: sub.submittedAt) == nil {
            found.append(("submission.submittedAt", "'\(sub.submittedAt)' is not an ISO 8601 time"))
        }
        for (i, event) in article.reviewHistory.enumerated() where ISO8601DateFormatter().date(from: event.at) == nil {
            found.append(("reviewHistory[\(i)].at", "'\(event.at)' is not an ISO 8601 time"))
        }
    }

    func checkDate(_ text: String, path: String, into found: inout [(path: String, message: String)]) {
        guard let date = Self.parseDay(text) else {
            found.append((path, "'\(text)' is not a date (use YYYY-MM-DD)"))
            return
        }
        if date > today.addingTimeInterval(86_400) { found.append((path, "\(text) is in the future")) }
    }

    /// Parses `YYYY-MM-DD` strictly (no 2025-02-30).
    public static func parseDay(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: y, month: m, day: d)
        guard let date = calendar.date(from: components) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == y && back.month == m && back.day == d ? date : nil
    }

    /// Every text of an article with its JSON path: summaries, section prose and bullets.
    public func texts(of article: Article) -> [(String, String)] {
        ArticleTexts.all(article).map { ($0.path, $0.text) }
    }
}
