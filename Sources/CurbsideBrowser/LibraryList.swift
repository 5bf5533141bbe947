import CurbsideCore

/// The library view's content: questions grouped by specialty, narrowed by a filter.
public struct LibraryList: Sendable {
    public enum Row: Equatable, Sendable {
        case group(String, count: Int)
        case article(String)
    }

    /// Lower-cased text each article is filtered on: question, tags, specialty and the
    /// names of every glossary entry it mentions, so "DXA" finds the DEXA questions.
    let haystacks: [String: String]
    let library: Library

    public init(library: Library) {
        self.library = library
        let matcher = GlossaryMatcher(entries: library.glossary)
        var hay: [String: String] = [:]
        for a in library.articles {
            var text = ([a.question, a.specialty, a.status.label] + a.tags).joined(separator: " ")
            let names = Set(matcher.matches(in: text).map(\.entry)).flatMap { library.glossary[$0].names }
            text += " " + names.joined(separator: " ")
            hay[a.id] = TextAnalyzer.fold(text)
        }
        haystacks = hay
    }

    /// Rows for a filter: every filter word must appear in the article's text.
    public func rows(filter: String) -> [Row] {
        let words = TextAnalyzer.fold(filter).split(separator: " ").map(String.init)
        var rows: [Row] = []
        for (specialty, articles) in library.articlesBySpecialty {
            let kept = articles.filter { a in words.allSatisfy { haystacks[a.id]?.contains($0) ?? false } }
            guard !kept.isEmpty else { continue }
            rows.append(.group(specialty, count: kept.count))
            rows.append(contentsOf: kept.map { .article($0.id) })
        }
        return rows
    }
}
