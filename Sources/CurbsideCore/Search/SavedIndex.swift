import Foundation

/// A saved index file read where it lies (layout: SearchIndexFile.swift). Opening reads the
/// header only; a term is found by binary search over the terms in byte order, an article id or
/// title is read when a result needs it. Every read goes through `VerifiedMapping`, and every
/// count and offset read is bounds-checked before use: a damaged file gives nil (and
/// `isDamaged`), never a crash or a wrong number.
final class SavedIndex: @unchecked Sendable {
    enum Section: Int, CaseIterable {
        case ids, idBytes, terms, termBytes, sortedTerms, postingStarts, postings, stamps
        case titles, titleBytes, specialtyOfDoc, specialties, specialtyBytes, statuses, tags, tagBytes, updated, updatedBytes, displayOrder
        /// The display order's groups: (specialty number, first position, count) each.
        case groups
        /// The glossary's concept table (`ConceptTable.encoded`).
        case concepts
    }

    /// Magic, version, header length, section count, three counts, average length, flags.
    static let fixedHeader = 48

    let file: VerifiedMapping
    let docCount: Int, termCount: Int, postingCount: Int, specialtyCount: Int, groupCount: Int
    let averageLength: Float
    let idsAreSorted: Bool
    let fingerprint: String
    private let sections: [(offset: Int, length: Int)]

    init?(_ file: VerifiedMapping, fingerprint expected: String) {
        self.file = file
        guard let head = file.read(0, Self.fixedHeader), Array(head[0..<4]) == SearchIndex.fileMagic,
              head.loadUnaligned(fromByteOffset: 4, as: UInt32.self) == SearchIndex.fileVersion.littleEndian else { return nil }
        func u32(_ at: Int) -> Int { Int(UInt32(littleEndian: head.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        func u64(_ at: Int) -> Int { Int(truncatingIfNeeded: UInt64(littleEndian: head.loadUnaligned(fromByteOffset: at, as: UInt64.self)) & 0xFFFF_FFFF_FFFF) }
        let headerLength = u32(8), count = u32(12)
        guard count == Section.allCases.count, headerLength >= Self.fixedHeader + count * 16 + 4,
              let header = file.read(0, headerLength) else { return nil }
        docCount = u64(16); termCount = u64(24); postingCount = u64(32)
        averageLength = Float(bitPattern: UInt32(u32(40)))
        idsAreSorted = u32(44) == 1
        var table: [(Int, Int)] = []
        for s in 0..<count {
            let at = Self.fixedHeader + s * 16
            table.append((Int(UInt64(littleEndian: header.loadUnaligned(fromByteOffset: at, as: UInt64.self)) & 0xFFFF_FFFF_FFFF),
                          Int(UInt64(littleEndian: header.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self)) & 0xFFFF_FFFF_FFFF)))
        }
        sections = table
        let fingerprintAt = Self.fixedHeader + count * 16
        let fingerprintLength = Int(UInt32(littleEndian: header.loadUnaligned(fromByteOffset: fingerprintAt, as: UInt32.self)))
        guard fingerprintAt + 4 + fingerprintLength == headerLength else { return nil }
        fingerprint = String(decoding: UnsafeRawBufferPointer(rebasing: header[(fingerprintAt + 4)..<headerLength]), as: UTF8.self)
        let specialtyTable = table[Section.specialties.rawValue].1
        specialtyCount = specialtyTable / 4 - 1
        // Sizes that follow from the counts (each element is checked again where it is read).
        let docs = docCount, terms = termCount
        let sizes: [Section: Int] = [.ids: 4 * (docs + 1), .terms: 4 * (terms + 1), .sortedTerms: 4 * terms,
                                        .postingStarts: 8 * (terms + 1), .postings: MemoryLayout<SearchIndex.Posting>.stride * postingCount,
                                        .stamps: 32 * docs, .titles: 4 * (docs + 1), .specialtyOfDoc: 4 * docs, .statuses: docs,
                                        .tags: 4 * (docs + 1), .updated: 4 * (docs + 1), .displayOrder: 4 * docs]
        groupCount = table[Section.groups.rawValue].1 / 12
        guard fingerprint == expected, averageLength.isFinite, docs < Int(Int32.max), terms < Int(Int32.max), specialtyTable >= 4,
              table.allSatisfy({ $0.0 % 8 == 0 && $0.0 >= headerLength && $0.0 <= file.checkedEnd - $0.1 }),
              sizes.allSatisfy({ table[$0.key.rawValue].1 == $0.value }) else { return nil }
    }

    var isDamaged: Bool { file.isDamaged }

    private func at(_ s: Section) -> Int { sections[s.rawValue].offset }
    private func length(_ s: Section) -> Int { sections[s.rawValue].length }

    /// Element `i` of a section of 4-byte numbers.
    private func word(_ s: Section, _ i: Int) -> Int? {
        guard i >= 0, i < length(s) / 4 else { return nil }
        return file.u32(at(s) + 4 * i).map(Int.init)
    }

    /// String `i` of an offsets + bytes pair of sections.
    private func bytes(_ offsets: Section, _ blob: Section, _ i: Int) -> UnsafeRawBufferPointer? {
        guard let start = word(offsets, i), let end = word(offsets, i + 1), start <= end, end <= length(blob) else { return nil }
        return file.read(at(blob) + start, end - start)
    }

    private func string(_ offsets: Section, _ blob: Section, _ i: Int) -> String? {
        bytes(offsets, blob, i).map { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: Terms and postings

    /// The term's number, by binary search over the terms in byte order.
    func termID(_ term: String) -> Int32? {
        var term = term
        return term.withUTF8 { key -> Int32? in
            var lo = 0, hi = termCount
            while lo < hi {
                let mid = (lo + hi) / 2
                guard let id = word(.sortedTerms, mid), id < termCount, let bytes = bytes(.terms, .termBytes, id) else { return nil }
                switch Self.compare(bytes, UnsafeRawBufferPointer(key)) {
                case 0: return Int32(id)
                case ..<0: lo = mid + 1
                default: hi = mid
                }
            }
            return nil
        }
    }

    /// Term `t` itself.
    func term(_ t: Int) -> String? { string(.terms, .termBytes, t) }

    static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let n = min(a.count, b.count)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa, pb, n)
            if c != 0 { return Int(c) }
        }
        return a.count - b.count
    }

    /// Term `t`'s postings, or an empty list when the file is damaged there.
    func postings(_ t: Int) -> UnsafeBufferPointer<SearchIndex.Posting> {
        guard let range = postingRange(t) else { return UnsafeBufferPointer(start: nil, count: 0) }
        let stride = MemoryLayout<SearchIndex.Posting>.stride
        guard let raw = file.read(at(.postings) + range.lowerBound * stride, range.count * stride), let base = raw.baseAddress else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(start: base.assumingMemoryBound(to: SearchIndex.Posting.self), count: range.count)
    }

    func postingCount(_ t: Int) -> Int { postingRange(t)?.count ?? 0 }

    /// Where term `t`'s postings lie in the file (tests damage them there).
    func postingByteRange(_ t: Int) -> Range<Int>? {
        postingRange(t).map { (at(.postings) + $0.lowerBound * 8)..<(at(.postings) + $0.upperBound * 8) }
    }

    private func postingRange(_ t: Int) -> Range<Int>? {
        guard t >= 0, t < termCount, let pair = file.read(at(.postingStarts) + 8 * t, 16) else { return nil }
        let start = Int(truncatingIfNeeded: UInt64(littleEndian: pair.loadUnaligned(as: UInt64.self)) & 0xFFFF_FFFF_FFFF)
        let end = Int(truncatingIfNeeded: UInt64(littleEndian: pair.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & 0xFFFF_FFFF_FFFF)
        guard start <= end, end <= postingCount, end - start <= docCount else { return nil }
        return start..<end
    }

    // MARK: Articles

    func articleID(_ doc: Int) -> String? { string(.ids, .idBytes, doc) }

    /// The document number of an article id: binary search when ids are in order (always, for
    /// an index built from a library), else a scan.
    func doc(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { key -> Int? in
            let key = UnsafeRawBufferPointer(key)
            guard idsAreSorted else {
                return (0..<docCount).first { bytes(.ids, .idBytes, $0).map { Self.compare($0, key) == 0 } ?? false }
            }
            var lo = 0, hi = docCount
            while lo < hi {
                let mid = (lo + hi) / 2
                guard let bytes = bytes(.ids, .idBytes, mid) else { return nil }
                switch Self.compare(bytes, key) {
                case 0: return mid
                case ..<0: lo = mid + 1
                default: hi = mid
                }
            }
            return nil
        }
    }

    /// The stamp of the article file the document was built from.
    func stamp(_ doc: Int) -> FileStamp? {
        guard doc >= 0, doc < docCount, let raw = file.read(at(.stamps) + 32 * doc, 32) else { return nil }
        func v(_ i: Int) -> Int64 { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * i, as: Int64.self)) }
        return FileStamp(size: v(0), modified: v(1), changed: v(2), inode: v(3))
    }

    /// The concept table saved with the index, read where it lies (nil when its section is
    /// damaged or its counts do not read back).
    func concepts() -> ConceptTable? {
        SavedConceptTable(file: file, offset: at(.concepts), length: length(.concepts)).map { ConceptTable(saved: $0) }
    }

    // MARK: Outline

    func title(_ doc: Int) -> String? { string(.titles, .titleBytes, doc) }
    func titleBytes(_ doc: Int) -> UnsafeRawBufferPointer? { bytes(.titles, .titleBytes, doc) }
    func tagBytes(_ doc: Int) -> UnsafeRawBufferPointer? { bytes(.tags, .tagBytes, doc) }
    func lastUpdated(_ doc: Int) -> String? { string(.updated, .updatedBytes, doc) }
    func specialtyNumber(_ doc: Int) -> Int? { word(.specialtyOfDoc, doc).flatMap { $0 < specialtyCount ? $0 : nil } }
    func specialty(number: Int) -> String? { string(.specialties, .specialtyBytes, number) }
    func displayedDoc(_ position: Int) -> Int? { word(.displayOrder, position).flatMap { $0 < docCount ? $0 : nil } }

    /// Group `g` of the display order: its specialty and its range of positions.
    func group(_ g: Int) -> (specialty: String, positions: Range<Int>)? {
        guard let number = word(.groups, 3 * g), let start = word(.groups, 3 * g + 1), let count = word(.groups, 3 * g + 2),
              start <= docCount - count, let name = specialty(number: number) else { return nil }
        return (name, start..<(start + count))
    }

    func status(_ doc: Int) -> ReviewStatus? {
        guard doc >= 0, doc < docCount, let raw = file.read(at(.statuses) + doc, 1) else { return nil }
        return Self.status(code: raw[0])
    }

    static func statusCode(_ s: ReviewStatus) -> UInt8 {
        switch s { case .submitted: 0; case .underReview: 1; case .approved: 2 }
    }
    static func status(code: UInt8) -> ReviewStatus? {
        switch code { case 0: .submitted; case 1: .underReview; case 2: .approved; default: nil }
    }
}
