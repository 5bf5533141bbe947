import Foundation
import Testing
@testable import CurbsideCore

/// A saved index file is read a block at a time, when a block is first used: what a question
/// never reads is never copied into the process (it costs no memory), and every byte used is
/// the file's, checked.
@Suite struct FileMappingTests {
    func savedFile() throws -> (url: URL, bytes: Data) {
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        let bytes = SearchIndex(articles: library.articles, glossary: library.glossary).encoded(fingerprint: "f", library: library)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-mapping-\(UUID().uuidString).bin")
        try bytes.write(to: url)
        return (url, bytes)
    }

    @Test func onlyTheBlocksReadAreHeldAndTheyHoldTheFile() throws {
        let (url, bytes) = try savedFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try #require(FileMapping(url).flatMap(VerifiedMapping.init))
        let size = VerifiedMapping.blockSize
        #expect(file.checkedEnd > 6 * size)
        func held(_ block: Int) -> Bool { file.bytes[(block * size)..<((block + 1) * size)].contains { $0 != 0 } }
        let blocks = (0..<(file.checkedEnd / size)).filter { bytes[($0 * size)..<(($0 + 1) * size)].contains { $0 != 0 } }
        #expect(blocks.count > 4)
        #expect(blocks.allSatisfy { !held($0) }) // opening read the header's block table only
        // A piece across two blocks: both are read, and nothing else.
        let (a, b) = (blocks[2], blocks[2] + 1)
        let piece = try #require(file.read(b * size - 4, 8))
        #expect(Array(piece) == Array(bytes[(b * size - 4)..<(b * size + 4)]))
        #expect(held(a) && Array(file.bytes[(a * size)..<((b + 1) * size)]) == Array(bytes[(a * size)..<min((b + 1) * size, file.checkedEnd)]))
        #expect(blocks.filter { $0 != a && $0 != b }.allSatisfy { !held($0) })
        // Checking the whole file reads it through without keeping it.
        #expect(file.verifyAll() && !file.isDamaged)
        #expect(blocks.filter { $0 != a && $0 != b }.allSatisfy { !held($0) })
        // A search over the saved index answers as over one in memory.
        let fromFile = try #require(SearchIndex.load(from: url, fingerprint: "f", glossary: []))
        let inMemory = try #require(SearchIndex.load(bytes: bytes, fingerprint: "f", glossary: []))
        for q in ["osteoporosis DEXA", "rett syndrome", "hematocrit 34"] { #expect(fromFile.search(q, limit: 5) == inMemory.search(q, limit: 5)) }
    }

    @Test func aDamagedBlockIsFoundWhenReadOrChecked() throws {
        let (url, original) = try savedFile()
        var bytes = original
        defer { try? FileManager.default.removeItem(at: url) }
        let size = VerifiedMapping.blockSize
        bytes[3 * size + 10] ^= 0x01
        try bytes.write(to: url)
        let file = try #require(FileMapping(url).flatMap(VerifiedMapping.init))
        #expect(file.read(size, 16) != nil && !file.isDamaged)
        #expect(file.read(3 * size, 16) == nil && file.isDamaged)
        let other = try #require(FileMapping(url).flatMap(VerifiedMapping.init))
        #expect(!other.verifyAll() && other.isDamaged)
        // A file shorter than its block table says is not opened.
        try bytes.prefix(bytes.count - 8).write(to: url)
        #expect(FileMapping(url).flatMap(VerifiedMapping.init) == nil)
    }
}
