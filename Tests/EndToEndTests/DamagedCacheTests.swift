import Foundation
import Testing
@testable import CurbsideCore

/// The saved index and catalog live in a cache anyone can damage; the library can hold files the
/// loader skips. Saved and fresh runs must answer alike in every case (docs/reliability.md).
@Suite struct DamagedCacheTests {
    static func indexFile(_ home: URL) throws -> URL {
        let cache = home.appendingPathComponent(".cache/curbside")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasPrefix("index-") })
        return cache.appendingPathComponent(name)
    }

    /// Negative or out-of-range document numbers (once an out-of-bounds write: SIGSEGV on every
    /// later search), NaN weights, zeroed postings, a cut file: each is noticed and rebuilt.
    @Test(arguments: ["negative", "out-of-range", "nan", "zeroed", "truncated", "one-bit"])
    func aDamagedSavedIndexIsRebuiltAndAnswersAsAFreshOne(damage: String) throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let library = try CommandLineTests.copyOfBundledLibrary(in: home)
        let queries = [["search", "--json", "--limit", "8", "DXA osteopenia worse"], ["search", "--json", "warfarin bleeding"],
                       ["ask", "--json", "--from", "strep-throat-antibiotics", "how long do kids need to take amoxicillin for strep"]]
        let fresh = try queries.map { try CommandLineTests.curbside($0 + ["--data", library.path], home: home).output }
        let file = try Self.indexFile(home)
        var bytes = [UInt8](try Data(contentsOf: file))
        // The postings the first question reads (blocks are checked when read, so damage there
        // must be caught then; damage nowhere near what is read cannot change an answer).
        let repository = JSONFileRepository(directory: library)
        let fingerprint = try #require(LibraryStartup(repository: repository, cacheDirectory: file.deletingLastPathComponent()).indexFingerprint())
        let saved = try #require(SearchIndex.load(from: file, fingerprint: fingerprint, glossary: repository.loadLibraryFiles().glossary))
        let ranges = saved.understand("DXA osteopenia worse").terms.compactMap { term in
            saved.termID(term).flatMap { saved.saved?.postingByteRange(Int($0)) }
        }
        let postings = ranges.flatMap { stride(from: $0.lowerBound, to: $0.upperBound, by: 8) }
        #expect(postings.count >= 3)
        func put32(_ value: UInt32, at offset: Int) { withUnsafeBytes(of: value.littleEndian) { for (i, b) in $0.enumerated() { bytes[offset + i] = b } } }
        switch damage {
        case "negative": for (k, at) in postings.enumerated() { put32(UInt32(bitPattern: -1_000_000 - Int32(k)), at: at) }
        case "out-of-range": for at in postings { put32(9_999_999, at: at) }
        case "nan": for at in postings { put32(Float.nan.bitPattern, at: at + 4) }
        case "zeroed": for r in ranges { for i in r { bytes[i] = 0 } }
        case "truncated": bytes.removeLast(bytes.count / 3)
        default: bytes[postings[postings.count / 2] + 2] ^= 0x10
        }
        try Data(bytes).write(to: file)
        for _ in 0..<2 { // the damaged file, then the rebuilt one
            let again = try queries.map { try CommandLineTests.curbside($0 + ["--data", library.path], home: home) }
            #expect(again.map(\.status) == [0, 0, 0], "\(again.map(\.output))")
            #expect(again.map(\.output) == fresh)
        }
        #expect(try Data(contentsOf: Self.indexFile(home)) != Data(bytes), "the damaged index was not replaced")
    }

    /// A file named other than its id, and a backup copy `ID-old.json` of the same id: the first
    /// run answered from one file and later runs (from the saved index) from another, or not at all.
    @Test func savedAndFreshRunsAgreeOnMisnamedAndDuplicateFiles() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let library = try CommandLineTests.copyOfBundledLibrary(in: home)
        let articles = library.appendingPathComponent("articles")
        // A renamed file (its id no longer matches), and a backup copy that says something else.
        try FileManager.default.moveItem(at: articles.appendingPathComponent("rett-syndrome.json"), to: articles.appendingPathComponent("rett.json"))
        let original = try String(contentsOf: articles.appendingPathComponent("osteopenia-worsening-dexa.json"), encoding: .utf8)
        try original.replacingOccurrences(of: "DEXA", with: "BACKUPWORD").write(to: articles.appendingPathComponent("osteopenia-worsening-dexa-old.json"), atomically: true, encoding: .utf8)
        let runs = [["ask", "--json", "what causes rett syndrome"], ["search", "--json", "rett syndrome"],
                    ["ask", "--json", "--from", "osteopenia-management", "what is recommended when a DEXA scan shows osteopenia getting worse"],
                    ["search", "--json", "BACKUPWORD"], ["show", "osteopenia-worsening-dexa"]]
        let first = try runs.map { try CommandLineTests.curbside($0 + ["--data", library.path], home: home) }
        let later = try runs.map { try CommandLineTests.curbside($0 + ["--data", library.path], home: home) }
        #expect(first.map(\.output) == later.map(\.output))
        // What validate says was skipped is never quoted.
        #expect(!first[3].output.contains("osteopenia-worsening-dexa"), "\(first[3].output)")
        #expect(!first[4].output.contains("BACKUPWORD"))
        #expect(!first[1].output.contains("\"rett-syndrome\""), "a misnamed file is skipped, as validate says")
        let validate = try CommandLineTests.curbside(["validate", "--quiet", "--data", library.path], home: home)
        #expect(validate.output.contains("articles/rett.json:1:1: id: id 'rett-syndrome' does not match the file name; name the file rett-syndrome.json (this file was skipped)"), "\(validate.output)")
        #expect(validate.output.contains("osteopenia-worsening-dexa-old.json"), "\(validate.output)")
    }
}
