import Synchronization

/// Texts an index has analysed (both ways: `analyseWithNamed`), kept so the same text is not
/// analysed again: `ask` analyses the best article's texts for its vocabulary, then the same
/// title and every one-sentence text again as units of the answer (and the focus check, when it
/// runs, every sentence a third time). The analysis depends only on the text and the index, so
/// what is kept is what would be computed. At most `limit` texts are kept (then it starts over).
final class AnalysisMemo: Sendable {
    typealias Analysis = (all: [String], named: [String])
    static let limit = 4_096
    private let known = Mutex<[String: Analysis]>([:])

    func analysis(of text: String, _ compute: () -> Analysis) -> Analysis {
        if let found = known.withLock({ $0[text] }) { return found }
        let made = compute()
        known.withLock { memo in
            if memo.count >= Self.limit { memo.removeAll() }
            memo[text] = made
        }
        return made
    }

    var count: Int { known.withLock { $0.count } }
}
