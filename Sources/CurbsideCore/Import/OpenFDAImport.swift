import Foundation

/// Imports openFDA drug labels into a library: each label is attached, as a citable drug-label
/// reference with the label's own words, to the articles that name its drug (by generic or brand
/// name, or a glossary synonym of either); a label no article names becomes a drug entry of its own.
public struct OpenFDAImport {
    public let repository: JSONFileRepository
    public let day: String
    public let time: String
    public let importer: String

    public init(into repository: JSONFileRepository, day: String, time: String, importer: String) {
        self.repository = repository; self.day = day; self.time = time; self.importer = importer
    }

    public enum Failure: Error, CustomStringConvertible {
        case input(String)
        case library(String)
        public var description: String {
            switch self {
            case .input(let why), .library(let why): why
            }
        }
    }

    public func run(_ data: Data, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> ImportSummary {
        let entries: [Result<OpenFDALabel, OpenFDAReader.Failure>]
        do { entries = try OpenFDAReader.read(data) } catch { throw Failure.input(error.description) }
        do { try LibraryScaffold.prepare(repository.directory, title: "openFDA drug labels") } catch { throw Failure.library("\(error)") }

        var summary = ImportSummary()
        summary.filesRead = 1
        var labels: [OpenFDALabel] = []
        for entry in entries {
            switch entry {
            case .success(let label): labels.append(label)
            case .failure(let failure):
                summary.skip(failure.reason)
                summary.fileProblems.append(failure.message)
            }
        }
        // Many manufacturers label the same drug: the newest label of each drug stands for it.
        var newest: [String: OpenFDALabel] = [:]
        for label in labels {
            let key = Self.drugKey(label)
            if let kept = newest[key] {
                summary.skip("older label of the same drug (the newest is used)")
                if kept.effectiveTime >= label.effectiveTime { continue }
            }
            newest[key] = label
        }

        let library = repository.load()
        // Nothing is written while any file it could touch is unreadable (see WriteSafety).
        do { try WriteSafety.check(library, repository: repository) } catch { throw Failure.library(error.description) }
        let matcher = DrugNameMatcher(glossary: library.glossary)
        var articles = library.articles
        // Which articles name a drug, found through the words of their question and tags rather
        // than by reading every article for every label (that made a bulk file quadratic).
        var mentions = DrugMentions()
        for article in articles { mentions.add(article, matcher: matcher) }
        var storedIDs = repository.storedArticleIDs() // by file name: a file that did not load is still there
        var changed = Set<Int>()
        let ordered = newest.values.sorted { Self.drugKey($0) < Self.drugKey($1) }
        for (n, label) in ordered.enumerated() {
            defer { if n % 64 == 63 || n + 1 == ordered.count { progress(n + 1, ordered.count) } }
            let names = matcher.names(of: label)
            let matches = mentions.articles(naming: names).filter { articles[$0].status != .submitted }
            if matches.isEmpty {
                let entry = drugEntry(label)
                guard storedIDs.insert(entry.id).inserted else { summary.skip("drug entry already in the library"); continue }
                articles.append(entry)
                mentions.add(entry, matcher: matcher)
                changed.insert(articles.count - 1)
                summary.imported += 1
                continue
            }
            for i in matches {
                if attach(label, to: &articles[i]) { changed.insert(i); summary.attached += 1 }
                else { summary.skip("label already cited by the article") }
            }
        }
        for i in changed.sorted() {
            do { try repository.save(articles[i], durable: false) } catch {
                throw Failure.library("cannot write \(repository.articleURL(articles[i].id).path): \(error)")
            }
        }
        sync()
        return summary
    }

    static func drugKey(_ label: OpenFDALabel) -> String {
        (label.genericNames.first ?? label.brandNames.first ?? "").lowercased()
    }

    func reference(_ label: OpenFDALabel) -> Reference {
        var source = label.manufacturers.first ?? "Manufacturer not named"
        if !label.setID.isEmpty { source += "; DailyMed set id \(label.setID)" }
        if let d = label.effectiveDay { source += "; effective \(d)" }
        let year = label.effectiveDay.flatMap { Int($0.prefix(4)) } ?? Int(day.prefix(4)) ?? 2026
        return Reference(kind: .drugLabel, title: "\(label.displayName) prescribing information (FDA label)", source: source, year: year, url: label.dailyMedURL)
    }

    /// Adds the label's indications (or first section) to the article's drug-label section.
    /// Returns false when the article already cites this label.
    func attach(_ label: OpenFDALabel, to article: inout Article) -> Bool {
        if let url = label.dailyMedURL, article.references.contains(where: { $0.url == url }) { return false }
        article.references.append(reference(label))
        let n = article.references.count
        let (heading, text) = Self.leadSection(label)
        var section = article.sections.drugLabel ?? DrugLabelSection()
        section.paragraphs.append("The \(label.displayName) label (\(label.effectiveDay.map { "effective \($0)" } ?? "undated")), \(heading.lowercased()): \(Self.excerpt(text)) [\(n)]")
        article.sections.drugLabel = section
        article.lastUpdated = day
        // New label text is unchecked: an approved article goes back to review.
        if article.status == .approved { article.status = .underReview }
        article.reviewHistory.append(ReviewEvent(status: article.status, by: importer, at: time,
            note: "openFDA label \(label.setID) for \(label.displayName) attached by curbside import; not yet checked by an editor"))
        return true
    }

    func drugEntry(_ label: OpenFDALabel) -> Article {
        var paragraphs: [String] = []
        var covers: [String] = []
        for (key, heading) in OpenFDALabel.shownSections {
            guard let text = label.sections[key] else { continue }
            paragraphs.append("\(heading): \(Self.excerpt(text)) [1]")
            covers.append(heading)
        }
        let (_, lead) = Self.leadSection(label)
        var what = label.displayName
        if let cls = label.pharmClasses.first { what += ", \(Self.plainClass(cls))," }
        let summary = "\(what) has an FDA label from \(Self.withoutFinalPeriod(label.manufacturers.first ?? "its manufacturer")). \(Self.excerpt(lead, sentences: 1)) [1]"
        var tags = label.brandNames.map(OpenFDALabel.titleCased) + label.genericNames.map(OpenFDALabel.titleCased)
        tags += label.pharmClasses.map(Self.plainClass) + label.routes.map { $0.lowercased() }
        return Article(
            id: "drug-label-" + MedQuADConversion.slug(Self.drugKey(label)).prefix(100),
            question: "What does the FDA label say about \(label.displayName)?",
            specialty: "Drug labels",
            tags: tags.uniqued(),
            status: .underReview,
            lastUpdated: day,
            summary: Summary(clinical: summary),
            sections: Sections(drugLabel: DrugLabelSection(
                paragraphs: paragraphs, covers: covers,
                doesNotCover: ["How this drug compares with other treatments", "Uses the FDA has not approved"])),
            references: [reference(label)],
            reviewHistory: [ReviewEvent(status: .underReview, by: importer, at: time,
                                        note: "made by curbside import from openFDA label \(label.setID); not yet checked by an editor")])
    }

    /// Indications when the label has them, else its first shown section.
    static func leadSection(_ label: OpenFDALabel) -> (heading: String, text: String) {
        if let text = label.sections["indications_and_usage"] { return ("Indications and usage", text) }
        let first = OpenFDALabel.shownSections.first { label.sections[$0.key] != nil }!
        return (first.heading, label.sections[first.key]!)
    }

    /// The first sentences of a label section, up to about 80 words.
    static func excerpt(_ text: String, sentences: Int = 3) -> String {
        var picked: [String] = []
        var words = 0
        for sentence in Sentences.split(text).prefix(sentences) {
            let n = sentence.split(separator: " ").count
            if !picked.isEmpty && words + n > 80 { break }
            picked.append(sentence.trimmingCharacters(in: .whitespaces))
            words += n
        }
        var out = picked.joined(separator: " ")
        if let first = out.first, first.isLowercase { out = first.uppercased() + out.dropFirst() }
        if out.split(separator: " ").count > 120 { out = out.split(separator: " ").prefix(80).joined(separator: " ") + " …" }
        return out
    }

    /// "New Maker Co." ends a sentence without a second period.
    static func withoutFinalPeriod(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    /// "Nonsteroidal Anti-inflammatory Drug [EPC]" → "nonsteroidal anti-inflammatory drug".
    static func plainClass(_ epc: String) -> String {
        var s = epc
        if let r = s.range(of: " [EPC]") { s.removeSubrange(r) }
        return s.lowercased()
    }
}

/// Finds articles that name a drug, by whole words in their question and tags.
struct DrugNameMatcher {
    let synonymsByName: [String: [String]]

    init(glossary: [GlossaryEntry]) {
        var map: [String: [String]] = [:]
        for entry in glossary {
            let names = entry.names.map { $0.lowercased() }
            for name in names { map[name, default: []] += names }
        }
        synonymsByName = map
    }

    /// Salt and form words that articles leave out: "ketorolac tromethamine" is named "ketorolac".
    static let saltWords: Set<String> = ["hydrochloride", "hcl", "sodium", "potassium", "tromethamine", "sulfate", "maleate", "besylate",
        "mesylate", "tartrate", "succinate", "citrate", "acetate", "phosphate", "bromide", "fumarate", "monohydrate", "dihydrate",
        "hyclate", "calcium", "magnesium", "disodium", "extended-release", "er", "xr", "tablets", "capsules", "injection", "oral"]

    func names(of label: OpenFDALabel) -> [String] {
        var names: [String] = []
        for raw in label.genericNames + label.brandNames {
            let name = raw.lowercased()
            names.append(name)
            let base = name.split(separator: " ").filter { !Self.saltWords.contains(String($0)) }.joined(separator: " ")
            if !base.isEmpty { names.append(base) }
        }
        // Names cut down from a label are kept only when long enough to mean something; the
        // glossary's own abbreviations (EXF, HCTZ) were chosen by an editor and always count.
        names = names.filter { $0.count >= 4 }
        for name in names { names += synonymsByName[name] ?? [] }
        return names.map(Self.normalized).uniqued()
    }

    func mentions(_ article: Article, names: [String]) -> Bool {
        let haystack = Self.haystack(article)
        return names.contains { haystack.contains($0) }
    }

    /// The text a drug name is looked for in: the question and the tags, normalized.
    static func haystack(_ article: Article) -> String {
        normalized(([article.question] + article.tags).joined(separator: " | "))
    }

    /// Lowercased words separated by single spaces, padded, so that `contains` matches whole words.
    static func normalized(_ text: String) -> String {
        " " + text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ") + " "
    }
}

/// The articles of a library by the words of their question and tags, so the articles that name a
/// drug are found from the name's first word: each label costs its candidates, not the library.
struct DrugMentions {
    private var haystacks: [String] = []
    private var byWord: [Substring: [Int]] = [:]

    mutating func add(_ article: Article, matcher: DrugNameMatcher) {
        let haystack = DrugNameMatcher.haystack(article)
        let index = haystacks.count
        haystacks.append(haystack)
        for word in Set(haystack.split(separator: " ")) { byWord[word, default: []].append(index) }
    }

    /// Indices, ascending, of the articles whose question or tags contain one of `names` (each
    /// normalized, as `DrugNameMatcher.names` gives them) as whole words.
    func articles(naming names: [String]) -> [Int] {
        var found = Set<Int>()
        for name in names {
            guard let first = name.split(separator: " ").first, let candidates = byWord[first] else { continue }
            for i in candidates where !found.contains(i) && haystacks[i].contains(name) { found.insert(i) }
        }
        return found.sorted()
    }
}
