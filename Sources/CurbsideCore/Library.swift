/// Everything a library holds once loaded, plus what could not be loaded and why.
public struct Library: Sendable {
    public var info: LibraryInfo
    public var personas: [Persona]
    public var glossary: [GlossaryEntry]
    public var pages: [String: PolicyPage]
    /// Articles in a stable order (by id).
    public private(set) var articles: [Article]
    /// Files that were skipped or only partly usable, with the reason for each.
    public var problems: [LibraryProblem]
    /// True while only the catalog's outline of the articles is loaded (titles, no bodies).
    public var isOutline = false
    private var indexByID: [String: Int] = [:]

    public init(
        info: LibraryInfo = LibraryInfo(), personas: [Persona] = [], glossary: [GlossaryEntry] = [],
        pages: [String: PolicyPage] = [:], articles: [Article] = [], problems: [LibraryProblem] = []
    ) {
        self.info = info; self.personas = personas; self.glossary = glossary; self.pages = pages
        self.problems = problems
        self.articles = []
        setArticles(articles)
    }

    public func article(_ id: String) -> Article? { indexByID[id].map { articles[$0] } }

    public func persona(_ id: String) -> Persona? { personas.first { $0.id == id } }

    /// Adds an article or replaces the one with the same id.
    public mutating func upsert(_ article: Article) {
        if let i = indexByID[article.id] { articles[i] = article } else { setArticles(articles + [article]) }
    }

    mutating func setArticles(_ list: [Article]) {
        // Keep the first of any duplicate id: validate reports the rest.
        var seen = Set<String>()
        articles = list.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
        indexByID = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
    }

    /// Specialties in display order, each with its articles sorted by question.
    public var articlesBySpecialty: [(specialty: String, articles: [Article])] {
        let groups = Dictionary(grouping: articles, by: \.specialty)
        return groups.keys.sorted().map { key in
            (key, groups[key]!.sorted { $0.question.localizedStandardCompare($1.question) == .orderedAscending })
        }
    }
}

import Foundation
