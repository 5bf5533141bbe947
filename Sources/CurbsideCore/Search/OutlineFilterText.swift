import Foundation

/// What the library filter searches for every question of a saved outline (title, specialty,
/// status label and tags, folded), as one byte buffer in display order. Made in one pass over
/// the mapped outline when a filter is first typed; each later keystroke scans these bytes
/// (`memmem`) instead of reading and folding the mapped file again, and no `String` is made per
/// question. At 100,000 questions: about 100 ms once, then a few milliseconds per keystroke.
public struct OutlineFilterText: Sendable {
    /// Each group's specialty and range of display positions (the outline's groups).
    let groups: [(specialty: String, positions: Range<Int>)]
    let bytes: [UInt8]
    /// Where each display position's text lies in `bytes` (empty for one the file cannot give).
    let spans: [Range<Int>]

    init(_ outline: SavedOutline) {
        let saved = outline.saved
        groups = outline.groups
        var bytes: [UInt8] = []
        var spans = [Range<Int>](repeating: 0..<0, count: outline.count)
        let statusLabels = [ReviewStatus.submitted, .underReview, .approved].map { ($0, Array(TextAnalyzer.fold($0.label).utf8)) }
        for (specialty, range) in groups {
            let folded = Array(TextAnalyzer.fold(specialty).utf8)
            for position in range {
                let start = bytes.count
                // A question the damaged file cannot give keeps no text: no filter matches it.
                guard let doc = saved.displayedDoc(position), let title = saved.titleBytes(doc), let tags = saved.tagBytes(doc),
                      let status = saved.status(doc), let label = statusLabels.first(where: { $0.0 == status })?.1 else { continue }
                TextAnalyzer.appendFolded(title, to: &bytes)
                bytes.append(0x20); bytes += folded
                bytes.append(0x20); bytes += label
                bytes.append(0x20); TextAnalyzer.appendFolded(tags, to: &bytes, separatorAsSpace: 0x1F)
                spans[position] = start..<bytes.count
            }
        }
        self.bytes = bytes
        self.spans = spans
    }

    /// The display positions a filter keeps, group by group, as `SavedOutline.filter` defines it:
    /// every word (one of its folded alternatives) must appear in the question's text.
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
