import CurbsideCore
import Foundation

/// The library view's content: questions grouped by specialty, narrowed by a filter.
public struct LibraryList: Sendable {
    public enum Row: Equatable, Sendable {
        case group(String, count: Int)
        case article(String)
    }

    let library: Library
    /// Every glossary name (folded) → all names of its entry, so "DXA" also finds "DEXA".
    let synonyms: [String: [String]]
    /// Folded text per article, built on the first filter (start-up does not pay for it).
    private let haystacks: Lazy<[String: String]>
    /// The sorted groups, computed once per library.
    private let groups: Lazy<[(specialty: String, indices: [Int])]>

    public init(library: Library) {
        self.library = library
        var map: [String: [String]] = [:]
        for entry in library.glossary {
            let names = entry.names.map(TextAnalyzer.fold)
            for name in names { map[name, default: []].append(contentsOf: names) }
        }
        synonyms = map
        haystacks = Lazy { [library] in
            var hay: [String: String] = [:]
            for a in library.articles {
                hay[a.id] = TextAnalyzer.fold(([a.question, a.specialty, a.status.label] + a.tags).joined(separator: " "))
            }
            return hay
        }
        groups = Lazy { [library] in library.articleIndicesBySpecialty }
    }

    /// Rows for a filter: every filter word (or one of its glossary synonyms) must appear in
    /// the article's question, tags, specialty or status.
    public func rows(filter: String) -> [Row] {
        let words = TextAnalyzer.fold(filter).split(separator: " ").map(String.init)
        let alternatives = words.map { [$0] + (synonyms[$0] ?? []) }
        let hay = alternatives.isEmpty ? [:] : haystacks.value
        var rows: [Row] = []
        for (specialty, indices) in groups.value {
            let kept = alternatives.isEmpty ? indices : indices.filter { i in
                let text = hay[library.articles[i].id] ?? ""
                return alternatives.allSatisfy { options in options.contains { text.contains($0) } }
            }
            guard !kept.isEmpty else { continue }
            rows.append(.group(specialty, count: kept.count))
            rows.append(contentsOf: kept.map { .article(library.articles[$0].id) })
        }
        return rows
    }
}
