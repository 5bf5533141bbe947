import CurbsideCore

/// The saved outline's display order with the few articles it does not hold (the reader's own
/// submitted questions, which are never in the saved index) merged in where the loaded library
/// would list them: by specialty, then folded question, then id. Positions here count both; the
/// outline's rows keep their order, so an outline position is a position minus the merged
/// articles before it.
struct OutlineListing: Sendable {
    let outline: SavedOutline
    /// The merged articles in display order, and the position of each (ascending).
    let extras: [Article]
    let extraPositions: [Int]
    let groups: [(specialty: String, positions: Range<Int>)]

    init(_ outline: SavedOutline, adding articles: [Article]) {
        self.outline = outline
        let outlineGroups = outline.groups
        // Where each article goes: its specialty, and the outline position it comes before.
        struct Placed { var article: Article; var key: String; var before: Int }
        var placed: [Placed] = articles.map { a in
            let key = TextAnalyzer.fold(a.question)
            guard let group = outlineGroups.first(where: { $0.specialty == a.specialty }) else {
                // A specialty the outline has not: its own group, before the first group that sorts after it.
                let next = outlineGroups.first { $0.specialty > a.specialty }
                return Placed(article: a, key: key, before: next?.positions.lowerBound ?? outline.count)
            }
            var lo = group.positions.lowerBound, hi = group.positions.upperBound
            while lo < hi {
                let mid = (lo + hi) / 2
                let row = outline.row(at: mid)
                let rowKey = row.map { TextAnalyzer.fold($0.title) } ?? ""
                if (rowKey, row?.id ?? "") < (key, a.id) { lo = mid + 1 } else { hi = mid }
            }
            return Placed(article: a, key: key, before: lo)
        }
        // Articles at the same place: by specialty (a new group sorts among its kind), then question, then id.
        placed.sort { ($0.before, $0.article.specialty, $0.key, $0.article.id) < ($1.before, $1.article.specialty, $1.key, $1.article.id) }
        let extraPositions = placed.enumerated().map { $0.element.before + $0.offset }

        // Groups: the outline's, each widened by the articles merged into it, and a group of
        // their own for specialties the outline has not, where they sort.
        var merged: [(specialty: String, positions: Range<Int>)] = []
        var e = 0
        func takeNewGroup() {
            let first = e, name = placed[e].article.specialty
            while e < placed.count, placed[e].article.specialty == name { e += 1 }
            merged.append((name, extraPositions[first]..<(extraPositions[first] + e - first)))
        }
        for (specialty, range) in outlineGroups {
            while e < placed.count, placed[e].before <= range.lowerBound, placed[e].article.specialty != specialty { takeNewGroup() }
            let start = range.lowerBound + e
            while e < placed.count, placed[e].article.specialty == specialty { e += 1 }
            merged.append((specialty, start..<(range.upperBound + e)))
        }
        while e < placed.count { takeNewGroup() }
        extras = placed.map(\.article)
        self.extraPositions = extraPositions
        groups = merged
    }

    var count: Int { outline.count + extras.count }

    /// The merged article at a position, if one is there.
    func extra(at position: Int) -> Article? {
        let i = firstExtra(atOrAfter: position)
        return i < extraPositions.count && extraPositions[i] == position ? extras[i] : nil
    }

    /// The outline position shown at a position that holds no merged article.
    func outlinePosition(_ position: Int) -> Int { position - firstExtra(atOrAfter: position) }

    /// The position showing an outline position: after every merged article placed before it.
    func position(ofOutline p: Int) -> Int {
        var lo = 0, hi = extraPositions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if extraPositions[mid] - mid <= p { lo = mid + 1 } else { hi = mid }
        }
        return p + lo
    }

    private func firstExtra(atOrAfter position: Int) -> Int {
        var lo = 0, hi = extraPositions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if extraPositions[mid] < position { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
