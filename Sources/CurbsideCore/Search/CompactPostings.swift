import Foundation

/// A term's postings while an index is built: for each document in order, the gap from the
/// previous document and the weighted term frequency, as variable-length numbers. Weighted
/// frequencies are sums of the field weights (`SearchIndex.FieldWeight`), all halves, so twice
/// the weight is a small whole number: most postings take two bytes instead of the eight of a
/// `Posting`. (At 100,000 articles a build holds ~49 million postings: 395 MB as `Posting`s
/// plus the arrays' growth slack, ~110 MB like this.) Any other weight is kept exactly, as its
/// four bytes after a marker.
struct CompactPostings {
    /// The encoded bytes, in memory of their own (an `[UInt8]` costs a capacity and uniqueness
    /// check, and a generic copy, per posting: a tenth of a first start). Freed by `release()`,
    /// which the one owner of the lists calls once (`join`, `UnpackedPostings`).
    private var base: UnsafeMutablePointer<UInt8>? = nil
    private(set) var byteCount = 0
    private var capacity = 0
    private(set) var count = 0
    private var lastDoc: Int32 = -1

    /// The longest posting: a five-byte gap, a marker and four bytes of weight.
    private static let longest = 10

    mutating func append(doc: Int32, weight: Float) {
        precondition(doc > lastDoc, "postings are added in document order")
        if capacity - byteCount < Self.longest { grow() }
        let p = base! + byteCount
        var at = 0
        func put(_ value: UInt32) {
            var v = value
            while v >= 0x80 { p[at] = UInt8(truncatingIfNeeded: v) | 0x80; at += 1; v >>= 7 }
            p[at] = UInt8(v); at += 1
        }
        put(UInt32(doc - lastDoc))
        let twice = weight * 2
        if twice >= 1, twice < Float(1 << 27), twice == twice.rounded(.towardZero) {
            put(UInt32(twice) << 1)          // even: twice the weight
        } else {
            put(1)                             // odd: the weight's bits follow
            withUnsafeBytes(of: weight.bitPattern.littleEndian) { bits in for b in bits { p[at] = b; at += 1 } }
        }
        byteCount += at
        lastDoc = doc
        count += 1
    }

    private mutating func grow() {
        let bigger = max(32, capacity * 2)
        let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        if let base {
            memory.update(from: base, count: byteCount)
            base.deallocate()
        }
        base = memory
        capacity = bigger
    }

    /// Frees the bytes; the list is empty after.
    mutating func release() {
        base?.deallocate()
        self = CompactPostings()
    }

    /// Each posting in order: its document and its weight, exactly as appended.
    func forEach(_ body: (Int32, Float) -> Void) {
        guard let base else { return }
        let b = UnsafeBufferPointer(start: base, count: byteCount)
        var at = 0
        func next() -> UInt32 {
            var v: UInt32 = 0, shift: UInt32 = 0
            while true {
                let byte = b[at]
                at += 1
                v |= UInt32(byte & 0x7F) << shift
                if byte < 0x80 { return v }
                shift += 7
            }
        }
        var doc: Int32 = -1
        while at < b.count {
            doc += Int32(bitPattern: next())
            let code = next()
            if code & 1 == 0 {
                body(doc, Float(code >> 1) / 2)
            } else {
                var bits: UInt32 = 0
                withUnsafeMutableBytes(of: &bits) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(b)[at..<(at + 4)])) }
                at += 4
                body(doc, Float(bitPattern: UInt32(littleEndian: bits)))
            }
        }
    }
}

/// The postings of an index built only to be written (`SearchIndex(…, packs: false)`): each
/// part's compact lists as they were built, a term's joined list decoded when it is read (the
/// writer reads each once). Joining them into one packed allocation would need 8 bytes a posting.
final class UnpackedPostings: @unchecked Sendable {
    private let parts: [[CompactPostings]]
    /// Per part: the joined term id → the part's own, or -1.
    private let localID: [[Int32]]
    private let docOffsets: [Int32]
    private let offsets: [Int]

    /// Takes over the parts' lists (and frees them when done).
    init(parts: [[CompactPostings]], globalID: [[Int32]], docOffsets: [Int32], offsets: [Int]) {
        self.parts = parts
        self.docOffsets = docOffsets
        self.offsets = offsets
        let terms = offsets.count - 1
        localID = globalID.map { map in
            var local = [Int32](repeating: -1, count: terms)
            for (t, g) in map.enumerated() { local[Int(g)] = Int32(t) }
            return local
        }
    }

    deinit {
        for lists in parts { for var list in lists { list.release() } }
    }

    func count(_ t: Int) -> Int { offsets[t + 1] - offsets[t] }

    /// Term `t`'s postings across the parts, in document order, each weight turned into its
    /// score by `scored` (weight, document) as `join` would.
    func list(_ t: Int, scored: (Float, Int) -> Float) -> [SearchIndex.Posting] {
        var out: [SearchIndex.Posting] = []
        out.reserveCapacity(count(t))
        for (p, lists) in parts.enumerated() {
            let local = localID[p][t]
            guard local >= 0 else { continue }
            let offset = docOffsets[p]
            lists[Int(local)].forEach { doc, weight in
                let doc = doc + offset
                out.append(SearchIndex.Posting(doc: doc, weight: scored(weight, Int(doc))))
            }
        }
        return out
    }
}

/// A value handed to concurrent workers that only read it (a non-escaping closure called from
/// `DispatchQueue.concurrentPerform`, whose callers make it safe to call at once).
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
