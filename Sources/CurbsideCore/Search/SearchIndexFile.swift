import Foundation

/// The built index saved as one binary file that is searched where it lies: it is read a block
/// at a time when first used (`FileMapping`) and nothing in it is decoded at open, so a process that asks one question costs the
/// same at 1,000 articles as at 100,000 (like an SQLite database, whose file is its index).
/// Only the binary that wrote it reads it (the format version and a fingerprint of the library
/// guard it); numbers are little-endian, every section 8-byte aligned.
///
/// Layout: a header (magic "CSIX", version, header length, section count, article, term and
/// posting counts, average length, flags, each section's offset and length, the fingerprint),
/// then the sections (`SavedIndex.Section`): article ids; terms by id, and their ids in byte
/// order for binary search; each term's first posting, then all postings as raw (doc, weight)
/// pairs; each article's file stamp; the outline (title, specialty, status, tags, date, display
/// order and its specialty groups); the glossary's concept table. Last come a checksum per 16 KB block and the table's own checksum
/// (`VerifiedMapping`): a block is checked the first time anything in it is read, so a damaged
/// file is never trusted, without reading the whole file at every start.
extension SearchIndex {
    static let fileMagic = Array("CSIX".utf8)
    /// (Raised when the analyser's terms or the file's layout change, so an old saved index is
    /// rebuilt: 14 added each concept's kind to the concept table; 15 respells "-ises" as the
    /// other forms of the word, "raises" as "raised"; 16 stems "named" as "name", not "NAMS".)
    static let fileVersion: UInt32 = 17

    /// The whole file in memory (for comparisons; large indexes are written in pieces below).
    public func encoded(fingerprint: String, library: Library? = nil) -> Data {
        var whole = Data()
        try? write(fingerprint: fingerprint, library: library) { whole.append($0) }
        return whole
    }

    /// The file's bytes, handed to `sink` a few megabytes at a time: at 100,000 articles the file
    /// is ~370 MB, which a first start would otherwise hold in memory beside the index itself.
    /// `library` gives each article's file stamp and outline (titles for results without
    /// decoding articles); without it, stamps are unknown and titles are ids.
    public func write(fingerprint: String, library: Library? = nil, piece: Int = 1 << 22, to sink: (Data) throws -> Void) throws {
        precondition(saved == nil, "only a built index is written")
        try withoutActuallyEscaping(sink) { sink in
            var w = ByteWriter(sink: sink, piece: piece)
            try write(fingerprint: fingerprint, library: library, into: &w)
        }
    }

    private func write(fingerprint: String, library: Library?, into w: inout ByteWriter) throws {
        let docs = articleIDs.count
        var terms = [[UInt8]](repeating: [], count: termIDs.count)
        for (term, id) in termIDs { terms[Int(id)] = Array(term.utf8) }
        let sorted = terms.indices.sorted { terms[$0].lexicographicallyPrecedes(terms[$1]) }
        var starts = [UInt64](repeating: 0, count: termCount + 1)
        for t in 0..<termCount { starts[t + 1] = starts[t] + UInt64(documentFrequency(t)) }
        let postingCount = Int(starts[termCount])

        // The outline and stamps, by document (looked up, not copied: 100,000 articles are large).
        let articles = ArticleLookup(library: library, ids: articleIDs)
        var stamps = Data(capacity: docs * 32)
        for id in articleIDs {
            let s = library?.article(id) != nil ? (library?.fileStamps[id] ?? .unknown) : .unknown
            for v in [s.size, s.modified, s.changed, s.inode] { withUnsafeBytes(of: v.littleEndian) { stamps.append(contentsOf: $0) } }
        }
        var specialtyNames: [String] = [], specialtyNumber: [String: UInt32] = [:]
        var specialties = Data(capacity: docs * 4), statuses = Data(capacity: docs)
        for d in 0..<docs {
            let a = articles[d]
            let name = a?.specialty ?? ""
            let n = specialtyNumber[name] ?? { specialtyNumber[name] = UInt32(specialtyNames.count); specialtyNames.append(name); return UInt32(specialtyNames.count - 1) }()
            withUnsafeBytes(of: n.littleEndian) { specialties.append(contentsOf: $0) }
            statuses.append(SavedIndex.statusCode(a?.status ?? .approved))
        }
        // The library view's order: by specialty, then question (as `Library.articleIndicesBySpecialty`).
        var display: [Int] = Array(0..<docs)
        if let library {
            var docOf: [String: Int] = Dictionary(minimumCapacity: docs)
            for (d, id) in articleIDs.enumerated() { docOf[id] = d }
            let ordered = library.articleIndicesBySpecialty.flatMap(\.indices).compactMap { docOf[library.articles[$0].id] }
            if ordered.count == docs { display = ordered }
        }
        var groups: [UInt32] = []
        var position = 0
        while position < display.count {
            let name = articles[display[position]]?.specialty ?? ""
            var end = position + 1
            while end < display.count, (articles[display[end]]?.specialty ?? "") == name { end += 1 }
            groups += [specialtyNumber[name]!, UInt32(position), UInt32(end - position)]
            position = end
        }

        let ids = Self.blob(articleIDs.map { Array($0.utf8) }), termBlob = Self.blob(terms)
        let titles = Self.blob(articleIDs.indices.map { Array((articles[$0]?.question ?? articleIDs[$0]).utf8) })
        let specialtyBlob = Self.blob(specialtyNames.map { Array($0.utf8) })
        let tags = Self.blob((0..<docs).map { Array((articles[$0]?.tags ?? []).joined(separator: "\u{1F}").utf8) })
        let updated = Self.blob((0..<docs).map { Array((articles[$0]?.lastUpdated ?? "").utf8) })
        let sections: [SavedIndex.Section: Data] = [
            .ids: ids.offsets, .idBytes: ids.bytes, .terms: termBlob.offsets, .termBytes: termBlob.bytes,
            .sortedTerms: Self.words(sorted.map(UInt32.init)),
            .postingStarts: starts.withUnsafeBytes { Data($0) },
            .stamps: stamps,
            .titles: titles.offsets, .titleBytes: titles.bytes,
            .specialtyOfDoc: specialties, .specialties: specialtyBlob.offsets, .specialtyBytes: specialtyBlob.bytes,
            .statuses: statuses, .tags: tags.offsets, .tagBytes: tags.bytes, .updated: updated.offsets, .updatedBytes: updated.bytes,
            .displayOrder: Self.words(display.map(UInt32.init)), .groups: Self.words(groups),
            .concepts: concepts.encoded,
        ]
        func length(_ s: SavedIndex.Section) -> Int { s == .postings ? postingCount * MemoryLayout<Posting>.stride : sections[s]!.count }

        // The header, then each section at the next 8-byte boundary.
        let fingerprintBytes = Array(fingerprint.utf8)
        let sectionCount = SavedIndex.Section.allCases.count
        let headerLength = SavedIndex.fixedHeader + sectionCount * 16 + 4 + fingerprintBytes.count
        var offset = ByteWriter.aligned(headerLength)
        var table: [(Int, Int)] = []
        for s in SavedIndex.Section.allCases {
            table.append((offset, length(s)))
            offset = ByteWriter.aligned(offset + length(s))
        }
        w.bytes(Self.fileMagic)
        w.u32(Self.fileVersion); w.u32(UInt32(headerLength)); w.u32(UInt32(sectionCount))
        w.u64(UInt64(docs)); w.u64(UInt64(termCount)); w.u64(UInt64(postingCount))
        w.u32(averageLength.bitPattern); w.u32(idsAreSorted ? 1 : 0)
        for (o, l) in table { w.u64(UInt64(o)); w.u64(UInt64(l)) }
        w.u32(UInt32(fingerprintBytes.count)); w.bytes(fingerprintBytes)
        for s in SavedIndex.Section.allCases {
            w.pad()
            precondition(w.position == table[s.rawValue].0, "sections are laid out as the header says")
            if s == .postings {
                for t in 0..<termCount {
                    withPostings(t) { w.bytes(UnsafeRawBufferPointer($0)) }
                    try w.flushIfFull()
                }
            } else {
                w.bytes(sections[s]!)
            }
            try w.flushIfFull()
        }
        w.pad()
        try w.finish()
    }

    /// Byte strings as a table of `count + 1` offsets and the bytes back to back.
    static func blob(_ list: [[UInt8]]) -> (offsets: Data, bytes: Data) {
        var offsets = [UInt32](repeating: 0, count: list.count + 1)
        var bytes = Data()
        for (i, s) in list.enumerated() { bytes.append(contentsOf: s); offsets[i + 1] = UInt32(bytes.count) }
        return (words(offsets), bytes)
    }

    static func words(_ values: [UInt32]) -> Data { values.map(\.littleEndian).withUnsafeBytes { Data($0) } }

    /// Opens a saved index where it lies: the header checked, nothing decoded.
    public static func load(from url: URL, fingerprint: String, glossary: [GlossaryEntry]) -> SearchIndex? {
        FileMapping(url).flatMap { load(mapping: $0, fingerprint: fingerprint, glossary: glossary) }
    }

    /// Opens a saved index from bytes in memory (the fuzzer's way in; the same checks).
    public static func load(bytes: Data, fingerprint: String, glossary: [GlossaryEntry]) -> SearchIndex? {
        load(mapping: FileMapping(copying: bytes), fingerprint: fingerprint, glossary: glossary)
    }

    /// The glossary's concept table is read from the file (saved with it, and the fingerprint
    /// covers the glossary): `glossary` is no longer analysed (nor used; callers may pass []),
    /// so a process that needs no glossary entries (`search`, `ask`) need not decode it.
    static func load(mapping: FileMapping, fingerprint: String, glossary: [GlossaryEntry]) -> SearchIndex? {
        guard let file = VerifiedMapping(mapping), let saved = SavedIndex(file, fingerprint: fingerprint),
              let concepts = saved.concepts() else { return nil }
        return SearchIndex(concepts: concepts, saved: saved)
    }
}

/// A whole file's bytes at fixed addresses, read from the file a piece at a time when first
/// needed (`load`): an address range the size of the file is reserved (anonymous memory, which
/// costs nothing until written), and each piece a question needs is copied into place with
/// `pread`. A question reads a few hundred kilobytes of a 400 MB index, and only those count
/// toward the process's memory. (A memory mapping of the file did the same in principle, but
/// the kernel maps whole page-cache folios, up to megabytes, for every page touched: a one-shot
/// search at 100,000 articles held ~20 MB of the file for ~3 MB read.)
final class FileMapping: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    /// The open file, or -1 when the bytes are all in memory already (`init(copying:)`).
    private let fd: Int32
    private let owned: Bool

    init?(_ url: URL) {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0,
              let start = mmap(nil, Int(info.st_size), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0),
              start != MAP_FAILED else { close(fd); return nil }
        self.fd = fd
        bytes = UnsafeRawBufferPointer(start: start, count: Int(info.st_size))
        owned = false
    }

    /// A copy of `data` in memory of its own, aligned like a mapping.
    init(copying data: Data) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 16)
        data.withUnsafeBytes { memory.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[..<data.count])
        owned = true
        fd = -1
    }

    /// Copies `range` of the file into place; false when the file is shorter or unreadable there
    /// (the bytes are then not to be used). Callers load each range once, before reading it, and
    /// never while another thread reads it (`VerifiedMapping` does so under its lock).
    func load(_ range: Range<Int>) -> Bool {
        guard fd >= 0 else { return true }
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return false }
        var at = range.lowerBound
        while at < range.upperBound {
            let n = pread(fd, UnsafeMutableRawPointer(mutating: bytes.baseAddress! + at), range.upperBound - at, off_t(at))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            at += n
        }
        return true
    }

    /// Reads `range` of the file into `buffer` without keeping it (for checking a whole file
    /// without holding it in memory); false when it cannot be read.
    func read(_ range: Range<Int>, into buffer: UnsafeMutableRawBufferPointer) -> Bool {
        guard fd >= 0 else {
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[range]))
            return true
        }
        var at = range.lowerBound
        while at < range.upperBound {
            let n = pread(fd, buffer.baseAddress! + (at - range.lowerBound), range.upperBound - at, off_t(at))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            at += n
        }
        return true
    }

    deinit {
        if owned { UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate() }
        else { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count); close(fd) }
    }
}

/// Every term's postings back to back, `offsets[t]..<offsets[t+1]` being term t's, in one
/// allocation of exactly their size (a built index; a saved one reads them from its file).
final class PackedPostings: @unchecked Sendable {
    let base: UnsafePointer<SearchIndex.Posting>?
    let offsets: [Int]

    /// Takes ownership of `owned`, which holds `offsets.last` postings.
    init(owned: UnsafeMutablePointer<SearchIndex.Posting>, offsets: [Int]) {
        base = UnsafePointer(owned); self.offsets = offsets
    }

    deinit { base.map { UnsafeMutablePointer(mutating: $0).deallocate() } }

    var termCount: Int { offsets.count - 1 }
    func count(_ t: Int) -> Int { offsets[t + 1] - offsets[t] }
    func list(_ t: Int) -> UnsafeBufferPointer<SearchIndex.Posting> {
        UnsafeBufferPointer(start: base.map { $0 + offsets[t] }, count: count(t))
    }
}

/// Writes the file in pieces, keeping the block checksums as it goes.
struct ByteWriter {
    var data = Data()
    /// Where each buffer goes once it holds `piece` bytes, and the rest at `finish()`.
    let sink: (Data) throws -> Void
    let piece: Int
    private var flushed = 0
    private var blocks = VerifiedMapping.Builder()

    init(sink: @escaping (Data) throws -> Void, piece: Int) { self.sink = sink; self.piece = piece }

    static func aligned(_ n: Int) -> Int { (n + 7) & ~7 }
    var position: Int { flushed + data.count }

    mutating func flushIfFull() throws { if data.count >= piece { try flush() } }
    mutating func flush() throws {
        // Flushed on whole words (the block checksums take words): keep a ragged end for later.
        let whole = data.count & ~7
        guard whole > 0 else { return }
        let head = Data(data.prefix(whole))
        head.withUnsafeBytes { blocks.add($0) }
        try sink(head)
        flushed += whole
        // Not `removeFirst`: on a large `Data` it only moves the start, and the buffer kept
        // growing to the whole file (~400 MB more at a first start of 100,000 articles).
        let rest = Data(data.suffix(data.count - whole))
        data.removeAll(keepingCapacity: true)
        data.append(rest)
    }

    /// The last piece, then the block table and trailer.
    mutating func finish() throws {
        pad()
        try flush()
        try sink(blocks.finish())
    }

    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func bytes(_ b: Data) { data.append(b) }
    mutating func bytes(_ b: UnsafeRawBufferPointer) { data.append(contentsOf: b) }
    mutating func pad() { while position % 8 != 0 { data.append(0) } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
}

/// The library's article for each document, looked up when asked for.
private struct ArticleLookup {
    let library: Library?
    let ids: [String]
    subscript(doc: Int) -> Article? { library?.article(ids[doc]) }
}
