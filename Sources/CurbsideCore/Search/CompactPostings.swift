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

/// The term id of each raw word an index build has met (-1: a stop word), looked up by the
/// word's bytes: no `String` is made and no seeded hash computed per word (with a `[String:
/// Int32]` those were a seventh of a first start). Open addressing over a power-of-two table,
/// the words' bytes back to back in one array.
struct WordTable {
    private var slots: [Int32]           // entry + 1, or 0 for an empty slot
    private var hashes: [UInt64] = []
    private var starts: [Int32] = [0]
    private var ids: [Int32] = []
    private var bytes: [UInt8] = []

    init() { slots = Array(repeating: 0, count: 1024) }

    private static func hash(_ word: UnsafeBufferPointer<UInt8>, _ compound: Bool) -> UInt64 {
        var h: UInt64 = compound ? 0x84222325cbf29ce4 : 0xcbf29ce484222325 // FNV-1a
        for b in word { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h ^ (h >> 29)
    }

    /// The id recorded for `word`, or, the first time, the one `make` gives (then recorded).
    mutating func id(_ word: ArraySlice<UInt8>, compound: Bool, make: () -> Int32) -> Int32 {
        word.withUnsafeBufferPointer { w in
            let h = Self.hash(w, compound)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] != 0 {
                let e = Int(slots[slot] - 1)
                if hashes[e] == h {
                    let start = Int(starts[e]), end = Int(starts[e + 1])
                    if end - start == w.count && bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + start, w.baseAddress!, w.count) == 0 }) {
                        return ids[e]
                    }
                }
                slot = (slot + 1) & mask
            }
            let id = make()
            slots[slot] = Int32(ids.count + 1)
            hashes.append(h)
            ids.append(id)
            bytes.append(contentsOf: w)
            starts.append(Int32(bytes.count))
            if ids.count * 2 > slots.count { rehash() }
            return id
        }
    }

    private mutating func rehash() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (e, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(e + 1)
        }
    }
}
