/// Everything a library holds once loaded, plus what could not be loaded and why.
public struct Library: Sendable {
    public var info: LibraryInfo
    public var personas: [Persona]
    public var glossary: [GlossaryEntry]
    public var pages: [String: PolicyPage]
    /// Emergency signs and the urgent-care line for each (red-flags.json).
    public var redFlags: [RedFlag] = []
    /// Articles in a stable order (by id).
    public private(set) var articles: [Article]
    /// Files that were skipped or only partly usable, with the reason for each.
    public var problems: [LibraryProblem]
    /// True while only an outline of the articles is loaded (titles, no bodies): the catalog's,
    /// or the saved index's.
    public var isOutline = false
    /// The saved index's outline, when the browser started from it: `articles` then holds only
    /// the articles read since, and every other id is looked up in the outline (no bodies).
    public var savedOutline: SavedOutline? { didSet { if savedOutline != nil { isOutline = true } } }
    /// Each loaded article's file stamp (a library read from its files), to tell whether a saved
    /// index was built from these very files.
    public internal(set) var fileStamps: [String: FileStamp] = [:]
    private var indexByID: [String: Int] = [:]
    /// The library view's groups when the articles arrived already in display order (catalog).
    private var displayGroups: [(specialty: String, indices: [Int])]?

    public init(
        info: LibraryInfo = LibraryInfo(), personas: [Persona] = [], glossary: [GlossaryEntry] = [],
        pages: [String: PolicyPage] = [:], articles: [Article] = [], problems: [LibraryProblem] = []
    ) {
        self.info = info; self.personas = personas; self.glossary = glossary; self.pages = pages
        self.problems = problems
        self.articles = []
        setArticles(articles)
    }

    public func article(_ id: String) -> Article? {
        if let i = indexByID[id] { return articles[i] }
        return savedOutline?.article(id: id)
    }

    public func persona(_ id: String) -> Persona? { personas.first { $0.id == id } }

    /// Adds an article or replaces the one with the same id.
    public mutating func upsert(_ article: Article) {
        displayGroups = nil
        if let i = indexByID[article.id] { articles[i] = article } else { setArticles(articles + [article]) }
    }

    /// Articles already sorted for display (by specialty, then question), as the catalog stores
    /// them: no sorting at start-up.
    mutating func setArticles(inDisplayOrder list: [Article]) {
        articles = list
        indexByID = Dictionary(minimumCapacity: list.count)
        var groups: [(specialty: String, indices: [Int])] = []
        for (i, a) in list.enumerated() {
            indexByID[a.id] = i
            if groups.last?.specialty == a.specialty { groups[groups.count - 1].indices.append(i) }
            else { groups.append((a.specialty, [i])) }
        }
        displayGroups = groups
    }

    mutating func setArticles(_ list: [Article]) {
        displayGroups = nil
        // Keep the first of any duplicate id: validate reports the rest. Sort indices, not
        // articles: moving large structs 100,000 times costs seconds in reference counting.
        var seen = Set<String>()
        seen.reserveCapacity(list.count)
        let order = list.indices.filter { seen.insert(list[$0].id).inserted }.sorted { list[$0].id < list[$1].id }
        articles = order.map { list[$0] }
        indexByID = Dictionary(minimumCapacity: articles.count)
        for (i, a) in articles.enumerated() { indexByID[a.id] = i }
    }

    /// Works out the library view's order once and keeps it (until an article is added or
    /// replaced): done where a library is loaded in the background, so the screen that receives
    /// it does not sort 100,000 titles while the reader waits.
    public mutating func keepDisplayOrder() {
        displayGroups = articleIndicesBySpecialty
    }

    /// Specialties in display order, each with its articles sorted by question.
    public var articlesBySpecialty: [(specialty: String, articles: [Article])] {
        articleIndicesBySpecialty.map { ($0.specialty, $0.indices.map { articles[$0] }) }
    }

    /// Specialties in order, each with the positions of its articles sorted by question.
    /// Works on positions and folded keys computed once (ICU comparisons and struct moves are
    /// far too slow for 100,000 titles).
    public var articleIndicesBySpecialty: [(specialty: String, indices: [Int])] {
        if let displayGroups { return displayGroups }
        var groups: [String: [Int]] = [:]
        for (i, a) in articles.enumerated() { groups[a.specialty, default: []].append(i) }
        let keys = articles.map { TextAnalyzer.fold($0.question) }
        return groups.keys.sorted().map { specialty in
            (specialty, groups[specialty]!.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 })
        }
    }
}

import Foundation
