import Foundation
import Synchronization

/// A saved file whose bytes are read from it (`FileMapping.load`) and checked against their
/// checksums only when first used, one block at a time: opening costs the same for 1,000 articles as for 100,000
/// (nothing is read but the header and the block table), yet no byte that a damaged file holds
/// is ever used. The file is split into `blockSize`-byte blocks; the file ends with a table of
/// one 64-bit checksum per block, then the table's offset and the table's own checksum.
///
/// A block that does not match makes `isDamaged` true and every read of it nil: the caller
/// stops trusting the whole file and rebuilds (see `SearchIndex.isDamaged`).
final class VerifiedMapping: @unchecked Sendable {
    static let blockSize = 1 << 14
    static let trailerSize = 16

    let mapping: FileMapping
    var bytes: UnsafeRawBufferPointer { mapping.bytes }
    /// Where the block table starts: the checked part of the file ends there.
    let checkedEnd: Int
    private let table: UnsafeRawBufferPointer
    /// One bit per block: checked and sound. Blocks are checked under the lock (parallel
    /// scoring reads postings from several threads); a check is a few microseconds.
    private let verified: Mutex<[UInt64]>
    private let damage = Atomic<Bool>(false)

    init?(_ mapping: FileMapping) {
        let whole = mapping.bytes
        guard whole.count >= Self.trailerSize, whole.count % 8 == 0, mapping.load((whole.count - Self.trailerSize)..<whole.count) else { return nil }
        let tableStart = Int(UInt64(littleEndian: whole.loadUnaligned(fromByteOffset: whole.count - 16, as: UInt64.self)) & 0xFFFF_FFFF_FFFF)
        let tableEnd = whole.count - Self.trailerSize
        guard tableStart <= tableEnd, tableStart % 8 == 0 else { return nil }
        let blocks = (tableStart + Self.blockSize - 1) / Self.blockSize
        guard tableEnd - tableStart == blocks * 8, mapping.load(tableStart..<tableEnd) else { return nil }
        let table = UnsafeRawBufferPointer(rebasing: whole[tableStart..<tableEnd])
        // The table is 1/2048 of the file (~180 KB at 100,000 articles): checked whole, at once.
        guard Checksum.of(table) == UInt64(littleEndian: whole.loadUnaligned(fromByteOffset: whole.count - 8, as: UInt64.self)) else { return nil }
        self.mapping = mapping
        self.checkedEnd = tableStart
        self.table = table
        verified = Mutex([UInt64](repeating: 0, count: (blocks + 63) / 64))
    }

    var isDamaged: Bool { damage.load(ordering: .relaxed) }

    /// `count` bytes at `offset`, once every block they touch is checked; nil when out of
    /// bounds or damaged.
    func read(_ offset: Int, _ count: Int) -> UnsafeRawBufferPointer? {
        guard offset >= 0, count >= 0, offset <= checkedEnd - count else { damage.store(true, ordering: .relaxed); return nil }
        guard count > 0 else { return UnsafeRawBufferPointer(start: bytes.baseAddress! + offset, count: 0) }
        let first = offset / Self.blockSize, last = (offset + count - 1) / Self.blockSize
        let sound = verified.withLock { bits -> Bool in
            func isChecked(_ block: Int) -> Bool { bits[block >> 6] & (1 << UInt64(block & 63)) != 0 }
            var block = first
            while block <= last {
                if isChecked(block) { block += 1; continue }
                // A run of blocks not read yet: read from the file at once, then each checked.
                var end = block
                while end < last, !isChecked(end + 1) { end += 1 }
                guard mapping.load((block * Self.blockSize)..<min((end + 1) * Self.blockSize, checkedEnd)) else { return false }
                for b in block...end {
                    guard check(b) else { return false }
                    bits[b >> 6] |= 1 << UInt64(b & 63)
                }
                block = end + 1
            }
            return true
        }
        guard sound else { damage.store(true, ordering: .relaxed); return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    /// A little-endian value at `offset` (checked like `read`), or nil.
    func u32(_ offset: Int) -> UInt32? { read(offset, 4).map { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) } }
    func u64(_ offset: Int) -> UInt64? { read(offset, 8).map { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) } }

    /// Checks the whole file at once (the browser does so in the background before it keeps
    /// using a saved index for the whole session), a megabyte at a time, without keeping it:
    /// what is read later is read and checked then.
    func verifyAll() -> Bool {
        guard checkedEnd > 0 else { return true }
        let chunk = 64 * Self.blockSize
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var start = 0
        while start < checkedEnd {
            let end = min(start + chunk, checkedEnd)
            guard mapping.read(start..<end, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<(end - start)])) else {
                damage.store(true, ordering: .relaxed); return false
            }
            var block = start / Self.blockSize
            while block * Self.blockSize < end {
                let from = block * Self.blockSize - start, to = min((block + 1) * Self.blockSize, checkedEnd) - start
                guard Checksum.of(UnsafeRawBufferPointer(rebasing: buffer[from..<to])) == UInt64(littleEndian: table.loadUnaligned(fromByteOffset: block * 8, as: UInt64.self)) else {
                    damage.store(true, ordering: .relaxed); return false
                }
                block += 1
            }
            start = end
        }
        return true
    }

    private func check(_ block: Int) -> Bool {
        let start = block * Self.blockSize
        let piece = UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + Self.blockSize, checkedEnd)])
        return Checksum.of(piece) == UInt64(littleEndian: table.loadUnaligned(fromByteOffset: block * 8, as: UInt64.self))
    }

    /// The block checksums of a file being written, fed its bytes in order (as `ByteWriter`
    /// flushes them): the table and trailer that `finish` returns go at the file's end.
    struct Builder {
        private var sums: [UInt64] = []
        private var current = Checksum()
        private var inBlock = 0
        private(set) var written = 0

        mutating func add(_ raw: UnsafeRawBufferPointer) {
            var at = 0
            while at < raw.count {
                let n = min(VerifiedMapping.blockSize - inBlock, raw.count - at)
                current.add(UnsafeRawBufferPointer(rebasing: raw[at..<(at + n)]))
                at += n; inBlock += n; written += n
                if inBlock == VerifiedMapping.blockSize { sums.append(current.value); current = Checksum(); inBlock = 0 }
            }
        }

        /// The table and trailer; the bytes fed so far must be a whole number of 8-byte words.
        mutating func finish() -> Data {
            precondition(written % 8 == 0, "the checked part ends on a word")
            if inBlock > 0 { sums.append(current.value); current = Checksum(); inBlock = 0 }
            var out = Data(capacity: sums.count * 8 + VerifiedMapping.trailerSize)
            for s in sums { withUnsafeBytes(of: s.littleEndian) { out.append(contentsOf: $0) } }
            let tableSum = out.withUnsafeBytes { Checksum.of($0) }
            withUnsafeBytes(of: UInt64(written).littleEndian) { out.append(contentsOf: $0) }
            withUnsafeBytes(of: tableSum.littleEndian) { out.append(contentsOf: $0) }
            return out
        }
    }
}
