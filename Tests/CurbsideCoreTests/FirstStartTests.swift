import Foundation
import Testing
@testable import CurbsideCore

/// The first start of a one-shot `search` or `ask` (no saved index yet): the index is built while
/// the articles are read, saved, and the question answered from the saved file
/// (`LibraryStartup.firstStartEngine`). What it saves must be the index a full load saves, and
/// what it answers a full load's answers.
@Suite struct FirstStartTests {
    /// A copy of the bundled library, with an article file that is not used (named after another
    /// id) and one that does not decode, so the streamed build skips what a full load skips.
    struct Copy {
        let root: URL
        let repository: JSONFileRepository
        let startup: LibraryStartup

        init(savesCaches: Bool = true) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-first-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: BundledLibraryTests.data, to: root.appendingPathComponent("lib"))
            repository = JSONFileRepository(directory: root.appendingPathComponent("lib"))
            let articles = repository.articlesDirectory
            try FileManager.default.copyItem(at: articles.appendingPathComponent("rett-syndrome.json"), to: articles.appendingPathComponent("rett-syndrome-old.json"))
            try Data("{ not json".utf8).write(to: articles.appendingPathComponent("broken.json"))
            Thread.sleep(forTimeInterval: 0.03) // older than a clock tick, so stamps and the fingerprint can be trusted
            startup = LibraryStartup(repository: repository, cacheDirectory: root.appendingPathComponent("cache"), savesCaches: savesCaches)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// Everything a saved index holds, by article id and term rather than by number (term numbers
    /// follow the glossary table's dictionary order, which differs between two tables).
    static func contents(_ index: SearchIndex) throws -> [String] {
        let saved = try #require(index.saved)
        var out: [String] = ["docs \(saved.docCount) terms \(saved.termCount) postings \(saved.postingCount) avg \(saved.averageLength) sorted \(saved.idsAreSorted)"]
        for doc in 0..<saved.docCount {
            let tags = saved.tagBytes(doc).map { String(decoding: $0, as: UTF8.self) } ?? "?"
            out.append([saved.articleID(doc), saved.title(doc), saved.specialtyNumber(doc).flatMap(saved.specialty(number:)),
                        saved.status(doc).map(\.rawValue), tags, saved.lastUpdated(doc), saved.stamp(doc).map(\.text)].map { $0 ?? "?" }.joined(separator: "|"))
        }
        out.append("order " + (0..<saved.docCount).map { saved.displayedDoc($0).flatMap(saved.articleID) ?? "?" }.joined(separator: ","))
        out += (0..<saved.groupCount).map { g in saved.group(g).map { "group \($0.specialty) \($0.positions)" } ?? "?" }
        out += (0..<saved.termCount).map { t in
            "\(saved.term(t) ?? "?") " + saved.postings(t).map { "\(saved.articleID(Int($0.doc)) ?? "?"):\($0.weight.bitPattern)" }.joined(separator: ",")
        }.sorted()
        out.append("concepts \(index.concepts.encoded.count)")
        return out
    }

    @Test func theIndexBuiltWhileReadingIsByteForByteTheOneAFullLoadBuilds() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let library = copy.repository.load()
        #expect(library.problems.count == 2, "the renamed copy and the broken file are skipped")
        let concepts = ConceptTable(glossary: library.glossary, analyzer: TextAnalyzer())
        // Built from the whole library in memory, one part, with the same glossary table (so
        // that terms are numbered alike) …
        let built = SearchIndex(concepts: concepts, count: library.articles.count, parts: 1, packs: true, progress: nil) { _, range, add in
            for article in library.articles[range] { add(article) }
        }
        let expected = built.encoded(fingerprint: "f", library: library)
        // … and while reading, in one part or several, packed or left compact as a first start leaves it.
        for (parts, packs) in [(1, false), (3, false), (4, true), (60, false)] {
            let (streamed, outline) = copy.startup.streamedIndex(packs: packs, concepts: concepts, parts: parts)
            #expect(streamed.encoded(fingerprint: "f", library: outline) == expected, "\(parts) parts, packed: \(packs)")
            // The outline keeps no article's text: only what the saved outline and catalog hold.
            #expect(outline.articles.map(\.id) == library.articles.map(\.id) && outline.fileStamps == library.fileStamps)
            #expect(outline.articles.allSatisfy { $0.sections == Sections() && $0.summary == Summary() && $0.references.isEmpty })
            #expect(zip(outline.articles, library.articles).allSatisfy { $0.question == $1.question && $0.related == $1.related && $0.tags == $1.tags })
            if packs {
                #expect(streamed.search("DXA T-score -2.5", limit: 5) == built.search("DXA T-score -2.5", limit: 5))
            }
        }
    }

    @Test func aFirstStartSavesWhatAFullLoadSavesAndAnswersFromTheSavedFile() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let startup = copy.startup
        #expect(startup.cachedIndex(glossary: []) == nil)
        let rebuild: @Sendable () -> FollowUpEngine = { Issue.record("rebuilt though nothing changed"); return FollowUpEngine(library: Library()) }
        let engine = try #require(startup.firstStartEngine(rebuild: rebuild))
        // It holds no article: the library is the small files, the index the file just saved.
        #expect(engine.library.isOutline && engine.library.articles.isEmpty && engine.index.saved != nil)
        #expect(engine.library.personas.count > 0, "ask needs the personas")
        let savedBytes = try Data(contentsOf: startup.indexFile)
        let catalogBytes = try Data(contentsOf: startup.cacheFile)
        // A later start finds both current.
        #expect(startup.savedEngine(rebuild: rebuild) != nil && startup.outline() != nil)

        // What a first start saved before (the whole library loaded, then indexed and saved).
        let fingerprint = startup.indexFingerprint()
        try FileManager.default.removeItem(at: startup.indexFile)
        try FileManager.default.removeItem(at: startup.cacheFile)
        let full = startup.full()
        let fullEngine = FollowUpEngine(library: full, index: startup.index(for: full, fingerprint: fingerprint))
        #expect(try Data(contentsOf: startup.cacheFile) == catalogBytes, "the same catalog")
        let fromFirst = try #require(SearchIndex.load(bytes: savedBytes, fingerprint: fingerprint ?? "", glossary: []))
        let fromFull = try #require(startup.cachedIndex(glossary: []))
        #expect(try Self.contents(fromFirst) == Self.contents(fromFull), "the same saved index")

        struct Case: Decodable { var query: String; var from: String? }
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent("Fixtures/relevance.json")))
        for (i, c) in cases.enumerated() {
            #expect(engine.search(c.query, limit: 10, from: c.from) == fullEngine.search(c.query, limit: 10, from: c.from), "\(c.query)")
            guard i % 4 == 0 else { continue } // composing answers is slow in a debug build
            let audience: Audience = i % 8 == 0 ? .lay : .clinical
            let a = engine.answer(c.query, from: c.from, audience: audience), b = fullEngine.answer(c.query, from: c.from, audience: audience)
            #expect(a.confident == b.confident && a.answer == b.answer && a.matches == b.matches, "\(c.query)")
        }
        #expect(!engine.isReplaced)
    }

    /// Postings kept compact while building read back exactly: halves in a byte or two, any
    /// other weight by its bits, gaps from 1 to millions of documents.
    @Test func compactPostingsReadBackExactly() {
        let weights: [Float] = [0.5, 1, 1.5, 3, 31.5, 64, 1000.5, 0.1, 1e-9, 1e9, .ulpOfOne, 2.25, 0, 8_388_607.5]
        var docs: [Int32] = []
        var doc: Int32 = 0
        for i in 0..<weights.count * 3 {
            docs.append(doc)
            doc += [1, 127, 128, 16_384, 2_000_000][i % 5]
        }
        var list = CompactPostings()
        for (i, d) in docs.enumerated() { list.append(doc: d, weight: weights[i % weights.count]) }
        var read: [(Int32, UInt32)] = []
        list.forEach { read.append(($0, $1.bitPattern)) }
        #expect(read.map(\.0) == docs && read.map(\.1) == docs.indices.map { weights[$0 % weights.count].bitPattern })
        #expect(list.count == docs.count && list.byteCount < docs.count * 8)
        list.release()
        #expect(list.count == 0 && list.byteCount == 0)
    }

    /// The build's word table gives each word (and each compound apart from the same plain
    /// word) the id made the first time, as a dictionary keyed by the word would, through growth.
    @Test func wordTableRemembersEachWordAsADictionaryWould() {
        var table = WordTable()
        var reference: [String: Int32] = [:]
        var made: Int32 = 0
        let words = (0..<5_000).map { "w\($0 % 3_001)\(String(repeating: "x", count: $0 % 23))" } + ["", "a", "ab", "ba", "a"]
        for (i, word) in words.enumerated() {
            let compound = i % 7 == 0
            let key = (compound ? "C" : "P") + word
            let id = table.id(ArraySlice(Array(word.utf8)), compound: compound) { made += 1; return made }
            if let known = reference[key] { #expect(id == known, "\(key)") } else { #expect(id == made); reference[key] = id }
        }
        #expect(Int(made) == reference.count)
    }

    @Test func aPrivateOrUnwritableFirstStartLeavesItToTheFullLoad() throws {
        let copy = try Copy(savesCaches: false)
        defer { copy.remove() }
        let rebuild: @Sendable () -> FollowUpEngine = { FollowUpEngine(library: Library()) }
        #expect(copy.startup.firstStartEngine(rebuild: rebuild) == nil)
        #expect(!FileManager.default.fileExists(atPath: copy.startup.cacheDirectory.path), "a private session writes nothing")

        // A cache directory that cannot be written: nothing is read or built for nothing.
        let blocked = copy.root.appendingPathComponent("blocked")
        try Data().write(to: blocked) // a file where the directory would be
        let unwritable = LibraryStartup(repository: copy.repository, cacheDirectory: blocked.appendingPathComponent("cache"))
        #expect(unwritable.firstStartEngine(rebuild: rebuild) == nil)
    }
}
