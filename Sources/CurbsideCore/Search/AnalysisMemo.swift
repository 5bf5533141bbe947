import Synchronization

/// Texts an index has analysed (both ways: `analyseWithNamed`), kept so the same text is not
/// analysed again: `ask` analyses the best article's texts for its vocabulary, then the same
/// title and every one-sentence text again as units of the answer (and the focus check, when it
/// runs, every sentence a third time). The analysis depends only on the text and the index, so
/// what is kept is what would be computed. At most `limit` texts are kept (then it starts over).
///
/// Which article a text came from is noted while an answer reads that article (`reading`), so
/// `ask` can keep each article's analyses for the next process (`ArticleAnalysisStore`).
public final class AnalysisMemo: Sendable {
    public typealias Analysis = (all: [String], named: [String])
    static let limit = 4_096

    private struct State {
        var known: [String: Analysis] = [:]
        /// The article being read, and each article's texts (those made afresh noted apart).
        var reading: String? = nil
        var textsOf: [String: Set<String>] = [:]
        var madeFor: Set<String> = []
    }
    private let state = Mutex(State())

    func analysis(of text: String, _ compute: () -> Analysis) -> Analysis {
        if let found = state.withLock({ s -> Analysis? in
            guard let found = s.known[text] else { return nil }
            if let article = s.reading { s.textsOf[article, default: []].insert(text) }
            return found
        }) { return found }
        let made = compute()
        state.withLock { s in
            if s.known.count >= Self.limit { s = State(reading: s.reading) }
            s.known[text] = made
            if let article = s.reading { s.textsOf[article, default: []].insert(text); s.madeFor.insert(article) }
        }
        return made
    }

    /// Texts analysed from now on come from this article (nil: from no article).
    func setReading(_ articleID: String?) {
        state.withLock { $0.reading = articleID }
    }

    /// Analyses kept from an earlier process (`ArticleAnalysisStore.load`).
    func add(_ entries: [String: Analysis]) {
        state.withLock { s in
            guard s.known.count + entries.count < Self.limit else { return }
            s.known.merge(entries) { mine, _ in mine }
        }
    }

    /// An article's analysed texts, when any of them was analysed afresh (nil when all were known).
    func madeAfresh(for articleID: String) -> [String: Analysis]? {
        state.withLock { s in
            guard s.madeFor.contains(articleID) else { return nil }
            return Dictionary(uniqueKeysWithValues: (s.textsOf[articleID] ?? []).compactMap { text in s.known[text].map { (text, $0) } })
        }
    }

    var count: Int { state.withLock { $0.known.count } }
}
