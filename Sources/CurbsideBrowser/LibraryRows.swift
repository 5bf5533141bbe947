import CurbsideCore

/// The library view's rows for one filter: each group's header, then its questions. A row is
/// worked out from the groups when asked for, so 100,000 questions never become 100,000 row
/// values (making them took 5 ms of a 100,000-article first frame).
public struct LibraryRows: RandomAccessCollection, Sendable {
    /// Each group's specialty and the display positions it shows, in order.
    let groups: [(specialty: String, positions: [Int])]
    /// The row of each group's header.
    private let headers: [Int]
    public let endIndex: Int
    public var startIndex: Int { 0 }

    init(_ groups: [(specialty: String, positions: [Int])]) {
        self.groups = groups
        var headers: [Int] = [], row = 0
        for group in groups {
            headers.append(row)
            row += 1 + group.positions.count
        }
        self.headers = headers
        endIndex = row
    }

    /// How many questions (rows minus group headers).
    var questionCount: Int { endIndex - groups.count }

    public subscript(row: Int) -> LibraryScreen.Row {
        let g = group(of: row)
        let offset = row - headers[g]
        return offset == 0 ? .group(groups[g].specialty, count: groups[g].positions.count) : .article(position: groups[g].positions[offset - 1])
    }

    /// The row that shows a display position, if the filter keeps it (positions within a group
    /// are in order: a binary search per group).
    func row(of position: Int) -> Int? {
        for (g, group) in groups.enumerated() {
            var lo = 0, hi = group.positions.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if group.positions[mid] < position { lo = mid + 1 } else { hi = mid }
            }
            if lo < group.positions.count, group.positions[lo] == position { return headers[g] + 1 + lo }
        }
        return nil
    }

    /// The group a row belongs to: the last header at or before it (a binary search).
    private func group(of row: Int) -> Int {
        var lo = 0, hi = headers.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if headers[mid] <= row { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
