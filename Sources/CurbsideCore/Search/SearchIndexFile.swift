import Foundation

/// The built index saved as one binary file, so a large library is searchable in a fraction of a
/// second instead of being decoded and indexed anew (100,000 articles: about 30 s). The file
/// is only ever read by the binary that wrote it (the format version and a fingerprint of the
/// library guard it); all numbers are little-endian, every section 4-byte aligned.
///
/// Layout: "CSIX", version, fingerprint, average length, articles (ids, lengths), terms,
/// then per term its posting count and the postings as raw (doc, weight) pairs, and last a
/// 64-bit checksum of everything before it. The file lives in a cache anyone can damage (a disk
/// error, a power cut, an editor): postings are used in place, so a file that does not match its
/// checksum, or whose counts do not add up, is never trusted; it is rebuilt.
extension SearchIndex {
    static let fileMagic = Array("CSIX".utf8)
    static let fileVersion: UInt32 = 2

    /// The whole file in memory (for comparisons; large indexes are written in pieces below).
    public func encoded(fingerprint: String) -> Data {
        var whole = Data()
        try? write(fingerprint: fingerprint) { whole.append($0) }
        return whole
    }

    /// The file's bytes, handed to `sink` a few megabytes at a time: at 100,000 articles the file
    /// is ~370 MB, which a first start would otherwise hold in memory beside the index itself.
    public func write(fingerprint: String, piece: Int = 1 << 22, to sink: (Data) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { try write(fingerprint: fingerprint, into: ByteWriter(sink: $0, piece: piece)) }
    }

    private func write(fingerprint: String, into writer: ByteWriter) throws {
        var w = writer
        w.bytes(Self.fileMagic)
        w.u32(Self.fileVersion)
        w.strings([fingerprint])
        w.f32(averageLength)
        w.strings(articleIDs)
        docLength.withUnsafeBytes { w.bytes($0) }
        var terms = [String](repeating: "", count: termIDs.count)
        for (term, id) in termIDs { terms[Int(id)] = term }
        w.strings(terms)
        w.u32(UInt32(termCount))
        for t in 0..<termCount { w.u32(UInt32(documentFrequency(t))) }
        try w.flushIfFull()
        for t in 0..<termCount {
            withPostings(t) { w.bytes(UnsafeRawBufferPointer($0)) }
            try w.flushIfFull()
        }
        try w.finish()
    }

    /// Restores a saved index from its file, mapped into memory rather than read: the postings
    /// (most of the file) are used in place and paged in only when a query needs them.
    public static func load(from url: URL, fingerprint: String, glossary: [GlossaryEntry]) -> SearchIndex? {
        FileMapping(url).flatMap { load(mapping: $0, fingerprint: fingerprint, glossary: glossary) }
    }

    /// Restores a saved index from bytes in memory (the fuzzer's way in; the same checks).
    public static func load(bytes: Data, fingerprint: String, glossary: [GlossaryEntry]) -> SearchIndex? {
        load(mapping: FileMapping(copying: bytes), fingerprint: fingerprint, glossary: glossary)
    }

    static func load(mapping: FileMapping, fingerprint: String, glossary: [GlossaryEntry]) -> SearchIndex? {
        let whole = mapping.bytes
        guard whole.count >= 16, whole.count % 4 == 0 else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: whole[..<(whole.count - 8)])
        var sum = Checksum()
        sum.add(body)
        guard UInt64(littleEndian: whole.loadUnaligned(fromByteOffset: whole.count - 8, as: UInt64.self)) == sum.value else { return nil }
        var r = ByteReader(body)
        guard r.bytes(4).map(Array.init) == fileMagic, r.u32() == fileVersion,
              r.strings()?.first == fingerprint, let average = r.f32(),
              let ids = r.strings(), let lengths: [Float] = r.array(ids.count),
              let terms = r.strings(), let termCount = r.u32(), Int(termCount) == terms.count,
              let counts: [UInt32] = r.array(terms.count),
              average.isFinite, lengths.allSatisfy({ $0.isFinite && $0 >= 0 }), counts.allSatisfy({ $0 <= ids.count })
        else { return nil }
        var offsets = [Int](repeating: 0, count: counts.count + 1)
        for (i, n) in counts.enumerated() { offsets[i + 1] = offsets[i] + Int(n) }
        guard let all = r.bytes(offsets.last! * MemoryLayout<Posting>.stride), r.atEnd,
              Int(bitPattern: all.baseAddress) % MemoryLayout<Posting>.alignment == 0 else { return nil }
        let postings = PackedPostings(mapping: mapping, base: all.baseAddress?.assumingMemoryBound(to: Posting.self), offsets: offsets)
        let index = SearchIndex(glossary: glossary, articleIDs: ids, docLength: lengths, terms: terms, packed: postings, averageLength: average)
        index.savedFingerprint = fingerprint
        return index
    }
}

/// A read-only memory mapping of a whole file, unmapped when released. Populated at once: at
/// 100,000 articles that costs ~0.1 s at start and saves the page faults that otherwise fell
/// on the first queries (median 1.06 against 0.96 ms), for ~130 MB more resident memory.
final class FileMapping: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init?(_ url: URL) {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0,
              let start = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), start != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: start, count: Int(info.st_size))
        owned = false
    }

    /// A copy of `data` in memory of its own, aligned like a mapping.
    init(copying data: Data) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 16)
        data.withUnsafeBytes { memory.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[..<data.count])
        owned = true
    }

    private let owned: Bool

    deinit {
        if owned { UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate() }
        else { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
    }
}

/// A fast 64-bit checksum over 4-byte words (four independent lanes, so it runs at memory speed:
/// tens of milliseconds for a 370 MB index), fed in pieces whose sizes are multiples of 4.
struct Checksum {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x27D4_EB2F_1656_67C5)
    private var words = 0
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    mutating func add(_ raw: UnsafeRawBufferPointer) {
        precondition(raw.count % 4 == 0, "checksummed pieces are whole words")
        let n = raw.count / 4
        var i = 0
        // Until word `words` sits in lane 0 again, one at a time; then four at a time.
        while i < n, (words + i) & 3 != 0 { mix(raw, i); i += 1 }
        var (a, b, c, d) = lanes
        while i + 4 <= n {
            a = (a ^ UInt64(raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))) &* Self.prime
            b = (b ^ UInt64(raw.loadUnaligned(fromByteOffset: i * 4 + 4, as: UInt32.self))) &* Self.prime
            c = (c ^ UInt64(raw.loadUnaligned(fromByteOffset: i * 4 + 8, as: UInt32.self))) &* Self.prime
            d = (d ^ UInt64(raw.loadUnaligned(fromByteOffset: i * 4 + 12, as: UInt32.self))) &* Self.prime
            i += 4
        }
        lanes = (a, b, c, d)
        while i < n { mix(raw, i); i += 1 }
        words += n
    }

    private mutating func mix(_ raw: UnsafeRawBufferPointer, _ i: Int) {
        let w = UInt64(raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
        switch (words + i) & 3 {
        case 0: lanes.0 = (lanes.0 ^ w) &* Self.prime
        case 1: lanes.1 = (lanes.1 ^ w) &* Self.prime
        case 2: lanes.2 = (lanes.2 ^ w) &* Self.prime
        default: lanes.3 = (lanes.3 ^ w) &* Self.prime
        }
    }

    var value: UInt64 {
        var h = UInt64(words) &* 0x9E37_79B9_7F4A_7C15
        for lane in [lanes.0, lanes.1, lanes.2, lanes.3] {
            h = (h ^ (lane ^ (lane >> 29))) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 32
        }
        return h
    }
}

/// Every term's postings back to back, `offsets[t]..<offsets[t+1]` being term t's: in a mapped
/// file (a saved index) or in one allocation of exactly their size (a built one).
final class PackedPostings: @unchecked Sendable {
    /// What keeps `base` valid: the file mapping, or nil when the postings are owned here.
    private let mapping: FileMapping?
    let base: UnsafePointer<SearchIndex.Posting>?
    let offsets: [Int]

    init(mapping: FileMapping, base: UnsafePointer<SearchIndex.Posting>?, offsets: [Int]) {
        self.mapping = mapping; self.base = base; self.offsets = offsets
    }

    /// Takes ownership of `owned`, which holds `offsets.last` postings.
    init(owned: UnsafeMutablePointer<SearchIndex.Posting>, offsets: [Int]) {
        mapping = nil; base = UnsafePointer(owned); self.offsets = offsets
    }

    deinit { if mapping == nil { base.map { UnsafeMutablePointer(mutating: $0).deallocate() } } }

    var termCount: Int { offsets.count - 1 }
    func count(_ t: Int) -> Int { offsets[t + 1] - offsets[t] }
    func list(_ t: Int) -> UnsafeBufferPointer<SearchIndex.Posting> {
        UnsafeBufferPointer(start: base.map { $0 + offsets[t] }, count: count(t))
    }
}

struct ByteWriter {
    var data = Data()
    /// Where each buffer goes once it holds `piece` bytes, and the rest at `flush()`.
    let sink: (Data) throws -> Void
    let piece: Int
    private var flushed = 0
    private var checksum = Checksum()

    init(sink: @escaping (Data) throws -> Void, piece: Int) { self.sink = sink; self.piece = piece }

    mutating func flushIfFull() throws { if data.count >= piece { try flush() } }
    mutating func flush() throws {
        guard !data.isEmpty else { return }
        data.withUnsafeBytes { checksum.add($0) } // every flush ends on a word: pad() keeps sections aligned
        try sink(data)
        flushed += data.count
        data.removeAll(keepingCapacity: true)
    }

    /// The last piece, then the checksum of everything written before it.
    mutating func finish() throws {
        try flush()
        withUnsafeBytes(of: checksum.value.littleEndian) { data.append(contentsOf: $0) }
        try sink(data)
        data.removeAll()
    }

    mutating func bytes(_ b: [UInt8]) {
        data.append(contentsOf: b)
        pad()
    }
    mutating func bytes(_ b: UnsafeRawBufferPointer) {
        data.append(contentsOf: b)
        pad()
    }
    mutating func pad() { while (flushed + data.count) % 4 != 0 { data.append(0) } } // from the file's start
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }

    /// A count, each string's byte length, then all the bytes.
    mutating func strings(_ list: [String]) {
        u32(UInt32(list.count))
        var lengths: [UInt32] = []
        lengths.reserveCapacity(list.count)
        var blob: [UInt8] = []
        for s in list { lengths.append(UInt32(s.utf8.count).littleEndian); blob.append(contentsOf: s.utf8) }
        lengths.withUnsafeBytes { bytes($0) }
        bytes(blob)
    }
}

struct ByteReader {
    let raw: UnsafeRawBufferPointer
    var offset = 0
    init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

    var atEnd: Bool { offset == raw.count }

    mutating func bytes(_ n: Int) -> UnsafeRawBufferPointer? {
        guard n >= 0, offset + n <= raw.count else { return nil }
        defer { offset += (n + 3) & ~3 }
        return UnsafeRawBufferPointer(rebasing: raw[offset..<offset + n])
    }
    mutating func u32() -> UInt32? { bytes(4).map { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) } }
    mutating func f32() -> Float? { u32().map(Float.init(bitPattern:)) }

    /// `count` values of a plain type stored as raw bytes.
    mutating func array<T>(_ count: Int) -> [T]? {
        guard let b = bytes(count * MemoryLayout<T>.stride) else { return nil }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: b)
            initialized = count
        }
    }

    mutating func strings() -> [String]? {
        guard let n = u32().map(Int.init), let lengths: [UInt32] = array(n) else { return nil }
        let total = lengths.reduce(0) { $0 + Int($1) }
        guard let blob = bytes(total) else { return nil }
        var out: [String] = []
        out.reserveCapacity(n)
        var at = 0
        for length in lengths {
            out.append(String(decoding: UnsafeRawBufferPointer(rebasing: blob[at..<at + Int(length)]), as: UTF8.self))
            at += Int(length)
        }
        return out
    }
}
