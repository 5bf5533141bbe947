import Foundation
import Testing
@testable import CurbsideCore

@Suite struct CatalogTests {
    /// A catalog big enough to be decoded in pieces on every core reads back exactly, in order;
    /// one damaged line in any piece makes the whole catalog unusable rather than short.
    @Test func largeCatalogDecodedInPiecesReadsBackExactly() throws {
        let statuses: [ReviewStatus] = [.submitted, .underReview, .approved]
        var library = Library()
        library.setArticles((0..<30_000).map { i in
            Article(id: String(format: "article-%05d", i), question: "Question number \(i) about é and 漢字?",
                    specialty: ["Cardiology", "Neurology", "Endocrinology"][i % 3], tags: i % 4 == 0 ? [] : ["tag \(i)", "other"],
                    status: statuses[i % 3], lastUpdated: "2026-01-\(String(format: "%02d", i % 28 + 1))")
        })
        let encoded = LibraryCatalog(library: library, directory: URL(fileURLWithPath: "/lib"), folderModified: 1.5, fileCount: 30_000).encoded()
        #expect(encoded.count > 2_000_000, "big enough for the parallel path")
        let decoded = try #require(LibraryCatalog(decoding: encoded))
        let expected = library.articleIndicesBySpecialty.flatMap(\.indices).map { library.articles[$0] }
        #expect(decoded.entries.map(\.id) == expected.map(\.id))
        #expect(decoded.entries.map(\.question) == expected.map(\.question))
        #expect(decoded.entries.map(\.status) == expected.map(\.status))
        #expect(decoded.entries.map(\.specialty) == expected.map(\.specialty))
        #expect(decoded.entries.map(\.lastUpdated) == expected.map(\.lastUpdated))
        #expect(decoded.entries.map { $0.tags.joined() } == expected.map { $0.tags.joined(separator: " ") })
        #expect(decoded.folderModified == 1.5 && decoded.fileCount == 30_000 && decoded.library == "/lib")

        var damaged = [UInt8](encoded)
        let lateLine = damaged.indices.reversed().first { damaged[$0] == 0x09 }! // a tab in the last line
        damaged[lateLine] = 0x20
        #expect(LibraryCatalog(decoding: Data(damaged)) == nil)
    }

    @Test func outlineComesFromACurrentCacheOnly() throws {
        let lib = try LibraryFixture()
        for id in ["a1", "a2", "a3"] { try lib.writeArticle(LibraryFixture.article(id)) }
        let cache = lib.root.appendingPathComponent("cache")
        let startup = LibraryStartup(repository: lib.repository, cacheDirectory: cache)
        #expect(startup.outline() == nil) // no cache yet

        let full = startup.full()
        #expect(!full.isOutline)
        let outline = try #require(startup.outline())
        #expect(outline.isOutline)
        #expect(outline.articles.map(\.id) == full.articles.map(\.id))
        #expect(outline.articles.map(\.question) == full.articles.map(\.question))
        #expect(outline.articles.allSatisfy { $0.sections.isEmpty }) // bodies are not in the catalog
        #expect(outline.personas == full.personas)

        // Adding an article makes the cache stale: the next start loads everything again.
        Thread.sleep(forTimeInterval: 0.01)
        try lib.writeArticle(LibraryFixture.article("a4"))
        #expect(startup.outline() == nil)
        _ = startup.full()
        #expect(startup.outline()?.articles.count == 4)

        // A corrupt cache is ignored, never fatal.
        try Data("not json".utf8).write(to: startup.cacheFile)
        #expect(startup.outline() == nil)
    }

    @Test func savedIndexSearchesExactlyLikeABuiltOneAndGoesStaleWithTheLibrary() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: BundledLibraryTests.data, to: root.appendingPathComponent("lib"))
        Thread.sleep(forTimeInterval: 0.03) // older than a clock tick, so the fingerprint can be trusted
        let repository = JSONFileRepository(directory: root.appendingPathComponent("lib"))
        let startup = LibraryStartup(repository: repository, cacheDirectory: root.appendingPathComponent("cache"))
        #expect(startup.cachedIndex(glossary: []) == nil)

        let fingerprint = startup.indexFingerprint()
        let library = repository.load()
        let built = startup.index(for: library, fingerprint: fingerprint)
        let restored = try #require(startup.cachedIndex(glossary: library.glossary))
        #expect(restored.count == built.count)
        // Written in pieces (as a large index is), the file is byte for byte the same.
        var pieces: [Data] = []
        try built.write(fingerprint: fingerprint ?? "", library: library, piece: 1_000) { pieces.append($0) }
        #expect(pieces.count > 10 && pieces.reduce(Data(), +) == built.encoded(fingerprint: fingerprint ?? "", library: library))
        #expect(try Data(contentsOf: startup.indexFile) == built.encoded(fingerprint: fingerprint ?? "", library: library))
        // The glossary's concept table is read back from the file, not built again.
        #expect(restored.concepts.encoded == built.concepts.encoded && !built.concepts.names.isEmpty)
        // So is what each entry names: alendronate is a medicine, osteopenia is not.
        let entry = { (term: String) in library.glossary.firstIndex { $0.term == term }.map { "§\($0)" } ?? "" }
        #expect(restored.conceptKind(entry("alendronate")) == "medicine" && restored.conceptKind(entry("osteopenia")) == "condition")
        // Nothing is decoded at open: the ids and terms stay in the file and are read there.
        #expect(restored.articleIDs.isEmpty && restored.termIDs.isEmpty && restored.saved != nil)
        #expect((0..<built.count).allSatisfy { restored.articleID($0) == built.articleID($0) })
        #expect(built.articleIDs.allSatisfy { restored.documentNumber($0) == built.documentNumber($0) } && restored.documentNumber("no-such-article") == nil)
        #expect(built.termIDs.allSatisfy { restored.termID($0.key) == $0.value } && restored.termID("zzzz-not-a-term") == nil)
        // The outline holds each article's title, and the stamp of the file it came from.
        #expect(library.articles.allSatisfy { a in restored.documentNumber(a.id).flatMap(restored.savedTitle) == a.question })
        #expect(library.articles.allSatisfy { a in restored.documentNumber(a.id).flatMap(restored.savedStamp) == library.fileStamps[a.id] })
        // A saved index already in memory is used again only under the same fingerprint.
        #expect(restored.savedFingerprint == fingerprint && built.savedFingerprint == nil)
        #expect(startup.index(for: library, fingerprint: fingerprint, reusing: restored) === restored)
        #expect(startup.index(for: library, fingerprint: "another", reusing: restored) !== restored) // builds and saves anew
        struct Case: Decodable { var query: String }
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent("Fixtures/relevance.json")))
        for c in cases + [Case(query: "osteopnia"), Case(query: "VT 10 beats"), Case(query: "hct 34")] {
            #expect(restored.search(c.query, limit: 10) == built.search(c.query, limit: 10), "\(c.query)")
            #expect(restored.understand(c.query).terms == built.understand(c.query).terms)
        }

        // A changed glossary or a new article makes it stale; a damaged file is never used.
        Thread.sleep(forTimeInterval: 0.01)
        let glossary = repository.directory.appendingPathComponent("glossary.json")
        try Data(contentsOf: glossary).write(to: glossary)
        #expect(startup.cachedIndex(glossary: library.glossary) == nil)
        Thread.sleep(forTimeInterval: 0.03) // a fingerprint taken within a clock tick of a change never matches
        _ = startup.index(for: library, fingerprint: startup.indexFingerprint())
        #expect(startup.cachedIndex(glossary: library.glossary) != nil)
        var bytes = try Data(contentsOf: startup.indexFile)
        bytes.removeLast(9)
        try bytes.write(to: startup.indexFile)
        #expect(startup.cachedIndex(glossary: library.glossary) == nil)
        let rebuilt = startup.index(for: library, fingerprint: startup.indexFingerprint())
        #expect(rebuilt.search("osteopenia", limit: 3) == built.search("osteopenia", limit: 3))

        // An article rewritten in place (as some editors save): same folder time, same file count.
        // The folder's stamp cannot see it (so the saved index still opens); the article's own
        // stamp does, whether the article is shown (`changedArticles`) or the library loaded.
        Thread.sleep(forTimeInterval: 0.03)
        let saved = try #require(startup.cachedIndex(glossary: library.glossary))
        let folderBefore = try #require(startup.folderState())
        let article = repository.articlesDirectory.appendingPathComponent("rett-syndrome.json")
        let edited = try String(contentsOf: article, encoding: .utf8).replacingOccurrences(of: "Rett syndrome", with: "Rett syndrome (zebrafinch)")
        let handle = try FileHandle(forWritingTo: article)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        let folderAfter = try #require(startup.folderState())
        #expect(folderAfter.modified == folderBefore.modified && folderAfter.count == folderBefore.count)
        let changed = startup.changedArticles(since: saved)
        #expect(changed(["rett-syndrome"]) && !changed(["osteopenia-management", "strep-throat-antibiotics"]))
        let reloaded = repository.load()
        #expect(!startup.isCurrent(saved, for: reloaded), "an in-place edit must make the saved index stale for a full load")
        let fresh = startup.index(for: reloaded, fingerprint: startup.indexFingerprint(), reusing: saved)
        #expect(fresh !== saved)
        #expect(fresh.search("zebrafinch", limit: 1).first?.articleID == "rett-syndrome")
    }

    /// `search`, `ask` and the browser answer from the catalog outline and the saved index,
    /// reading only the quoted articles from disk: the answers must be the full library's.
    @Test func answersFromTheOutlineAndSavedIndexEqualTheFullLibrarys() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-outline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let repository = JSONFileRepository(directory: BundledLibraryTests.data)
        let startup = LibraryStartup(repository: repository, cacheDirectory: root)
        let fingerprint = startup.indexFingerprint()
        let full = startup.full()
        let fullEngine = FollowUpEngine(library: full, index: startup.index(for: full, fingerprint: fingerprint))
        let rebuild: @Sendable () -> FollowUpEngine = { Issue.record("rebuilt though nothing changed"); return fullEngine }
        let outlineEngine = try #require(startup.savedEngine(rebuild: rebuild))
        #expect(outlineEngine.library.isOutline && outlineEngine.library.articles.isEmpty)
        struct Case: Decodable { var query: String; var from: String? }
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent("Fixtures/relevance.json")))
        // Every third question (41, with and without context), the audiences alternating: composing
        // answers is slow in a debug build.
        for (i, c) in cases.enumerated() where i % 3 == 0 {
            let audience: Audience = i % 2 == 0 ? .lay : .clinical
            let a = outlineEngine.answer(c.query, from: c.from, audience: audience)
            let b = fullEngine.answer(c.query, from: c.from, audience: audience)
            #expect(a.confident == b.confident && a.answer == b.answer && a.matches == b.matches, "\(c.query)")
        }
    }
}
