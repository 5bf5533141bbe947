import CurbsideCore

/// What the library view lists, by display position (specialty, then question): the loaded
/// library's articles, or the saved index's outline while the library loads. From the outline a
/// row is read where it lies when it is drawn, and a filter folds titles as bytes, so the first
/// frame costs the same at 40 and at 100,000 articles.
struct LibraryListing: Sendable {
    /// One listed question, as its row shows it.
    struct Entry: Equatable {
        var id: String
        var title: String
        var status: ReviewStatus
    }

    private enum Source: Sendable {
        case loaded(Library, Lazy<LoadedOrder>)
        /// The outline (with the reader's own submitted questions merged in), and its folded
        /// filter text made on the first filter.
        case outline(OutlineListing, text: Lazy<LibraryFilterText>)
    }

    /// A loaded library's display order, worked out on first use (it sorts every title).
    struct LoadedOrder: Sendable {
        /// The article (its index in `library.articles`) at each display position.
        var articleAt: [Int]
        var groups: [(specialty: String, positions: Range<Int>)]
        /// Folded question, specialty, status and tags per question, made on the first filter.
        var text: Lazy<LibraryFilterText>
    }

    private let source: Source
    /// Glossary names by folded name, so "DXA" also finds "DEXA".
    private let synonyms: Lazy<[String: [String]]>
    /// How many questions, i.e. display positions.
    let count: Int

    init(library: Library) {
        if let outline = library.savedOutline {
            // Articles read since are in the outline; the reader's own submitted questions are not.
            let merged = OutlineListing(outline, adding: library.articles.filter { outline.article(id: $0.id) == nil })
            source = .outline(merged, text: Lazy { outline.filterText() })
            count = merged.count
        } else {
            source = .loaded(library, Lazy { [library] in
                var articleAt: [Int] = []
                articleAt.reserveCapacity(library.articles.count)
                var groups: [(specialty: String, positions: Range<Int>)] = []
                let displayGroups = library.articleIndicesBySpecialty
                for (specialty, indices) in displayGroups {
                    groups.append((specialty, articleAt.count..<(articleAt.count + indices.count)))
                    articleAt += indices
                }
                let text = Lazy { [library] in LibraryFilterText(library, displayGroups: displayGroups) }
                return LoadedOrder(articleAt: articleAt, groups: groups, text: text)
            })
            count = library.articles.count
        }
        synonyms = Lazy { [glossary = library.glossary] in
            var map: [String: [String]] = [:]
            for entry in glossary {
                let names = entry.names.map(TextAnalyzer.fold)
                for name in names { map[name, default: []].append(contentsOf: names) }
            }
            return map
        }
    }

    /// Whether rows come from the saved index's outline (tests tell the two apart).
    var isOutline: Bool { if case .outline = source { true } else { false } }

    /// The question at a display position (nil when a damaged saved file cannot say).
    func entry(at position: Int) -> Entry? {
        switch source {
        case .loaded(let library, let order):
            let articleAt = order.value.articleAt
            guard articleAt.indices.contains(position) else { return nil }
            let a = library.articles[articleAt[position]]
            return Entry(id: a.id, title: a.question, status: a.status)
        case .outline(let merged, _):
            if let a = merged.extra(at: position) { return Entry(id: a.id, title: a.question, status: a.status) }
            return merged.outline.row(at: merged.outlinePosition(position)).map { Entry(id: $0.id, title: $0.title, status: $0.status) }
        }
    }

    /// Where an article is listed; a scan, for keeping the selection when the listing changes.
    func position(of id: String) -> Int? {
        switch source {
        case .loaded(let library, let order):
            return order.value.articleAt.firstIndex { library.articles[$0].id == id }
        case .outline(let merged, _):
            if let i = merged.extras.firstIndex(where: { $0.id == id }) { return merged.extraPositions[i] }
            return merged.outline.position(of: id).map(merged.position(ofOutline:))
        }
    }

    /// The positions a filter keeps, group by group: every filter word (or one of its glossary
    /// synonyms) must appear in the question, tags, specialty or status. An empty filter keeps all.
    func filter(_ text: String) -> [(specialty: String, positions: [Int])] {
        let words = TextAnalyzer.fold(text).split(separator: " ").map(String.init)
        let alternatives = words.map { [$0] + (synonyms.value[$0] ?? []) }
        let groups: [(specialty: String, positions: Range<Int>)]
        switch source {
        case .outline(let merged, _): groups = merged.groups
        case .loaded(_, let order): groups = order.value.groups
        }
        // Unfiltered, the groups say it all: no question's text is read.
        guard !alternatives.isEmpty else { return groups.filter { !$0.positions.isEmpty }.map { ($0.specialty, Array($0.positions)) } }
        switch source {
        case .loaded(_, let order):
            return order.value.text.value.filter(alternatives)
        case .outline(let merged, let text):
            let kept = text.value.filter(alternatives)
            guard !merged.extras.isEmpty else { return kept }
            // Outline positions moved past the merged articles, and the merged articles kept, by group.
            var bySpecialty: [String: [Int]] = [:]
            for (specialty, positions) in kept { bySpecialty[specialty, default: []] += positions.map(merged.position(ofOutline:)) }
            for (i, a) in merged.extras.enumerated() where LibraryFilterText.keeps(a, alternatives) {
                bySpecialty[a.specialty, default: []].append(merged.extraPositions[i])
            }
            return groups.compactMap { group in bySpecialty[group.specialty].map { (group.specialty, $0.sorted()) } }
        }
    }
}
