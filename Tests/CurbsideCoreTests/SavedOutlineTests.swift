import Foundation
import Testing
@testable import CurbsideCore

/// The outline the browser's first frame can draw from: read from the saved index where it lies,
/// it must show exactly what the loaded library shows, in the same order and groups.
@Suite struct SavedOutlineTests {
    @Test func theSavedOutlineShowsTheLibrarysRowsGroupsAndFilters() throws {
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        let built = SearchIndex(articles: library.articles, glossary: library.glossary)
        let index = try #require(SearchIndex.load(bytes: built.encoded(fingerprint: "f", library: library), fingerprint: "f", glossary: library.glossary))
        #expect(SavedOutline(built) == nil, "a built index has no file to read an outline from")
        let outline = try #require(SavedOutline(index))
        let groups = library.articleIndicesBySpecialty
        #expect(outline.count == library.articles.count)
        #expect(outline.groups.map(\.specialty) == groups.map(\.specialty))
        #expect(outline.groups.map(\.positions.count) == groups.map(\.indices.count))
        let displayed = groups.flatMap(\.indices).map { library.articles[$0] }
        for (position, a) in displayed.enumerated() {
            #expect(outline.row(at: position) == SavedOutline.Row(id: a.id, title: a.question, specialty: a.specialty, status: a.status))
            let outlined = try #require(outline.article(at: position))
            #expect(outlined.tags == a.tags && outlined.lastUpdated == a.lastUpdated && outlined.sections.isEmpty)
        }
        #expect(outline.row(at: outline.count) == nil)
        for (position, a) in displayed.enumerated() { #expect(outline.position(of: a.id) == position) }
        #expect(outline.position(of: "no-such-article") == nil)
        // The filter keeps what the library view's filter keeps (folded words in title, tags,
        // specialty or status; any of a word's alternatives).
        for words in [[["bone"]], [["dexa", "dxa"]], [["migraine"], ["child"]], [["approved"]], [["zzzz"]], [["under review"]], [["a"], ["e"]], [["hip", "femoral"], ["neck"]], []] {
            let expected = groups.compactMap { group -> (String, [Int])? in
                let kept = group.indices.enumerated().filter { _, i in
                    let a = library.articles[i]
                    let hay = TextAnalyzer.fold(([a.question, a.specialty, a.status.label] + a.tags).joined(separator: " "))
                    return words.allSatisfy { options in options.contains { hay.contains($0) } }
                }.map { offset, _ in offset }
                guard !kept.isEmpty else { return nil }
                let start = displayed.firstIndex { $0.id == library.articles[group.indices[0]].id }!
                return (group.specialty, kept.map { start + $0 })
            }
            let got = outline.filter(words)
            #expect(got.map(\.specialty) == expected.map(\.0) && got.map(\.positions) == expected.map(\.1), "\(words)")
            // The loaded library's filter text keeps the same, by the same display positions.
            let loaded = LibraryFilterText(library, displayGroups: groups).filter(words)
            #expect(loaded.map(\.specialty) == expected.map(\.0) && loaded.map(\.positions) == expected.map(\.1), "loaded: \(words)")
        }
        #expect(!outline.isDamaged)
    }

    /// Before the library has loaded, an id is looked up in the outline: titles of bookmarks,
    /// history and related questions, and the outline article an opened row starts from.
    @Test func anOutlinedLibraryFindsEveryArticleByIDInTheOutline() throws {
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        let built = SearchIndex(articles: library.articles, glossary: library.glossary)
        let index = try #require(SearchIndex.load(bytes: built.encoded(fingerprint: "f", library: library), fingerprint: "f", glossary: library.glossary))
        let outline = try #require(SavedOutline(index))
        var outlined = Library(info: library.info, personas: library.personas)
        outlined.savedOutline = outline
        #expect(outlined.isOutline && outlined.articles.isEmpty)
        for a in library.articles {
            let found = try #require(outlined.article(a.id), "\(a.id)")
            #expect(found.question == a.question && found.specialty == a.specialty && found.status == a.status && found.tags == a.tags)
            #expect(found.sections.isEmpty, "an outline article has no bodies")
        }
        #expect(outlined.article("no-such-article") == nil)
        // An article read from its file is what the library gives from then on.
        var read = library.articles[0]
        read.question = "Read from its file"
        outlined.upsert(read)
        #expect(outlined.article(read.id)?.question == "Read from its file")
    }

    /// The byte search the outline filter runs per question.
    @Test func theFilterTextFindsWordsAnywhereInAQuestionsText() {
        func has(_ hay: String, _ needle: String) -> Bool {
            Array(hay.utf8).withUnsafeBytes { LibraryFilterText.contains($0, Array(needle.utf8)) }
        }
        #expect(has("bone density", "bone") && has("bone density", "density") && has("bone density", "e d"))
        #expect(has("aab", "ab") && has("ababac", "abac") && has("x", "x") && has("anything", ""))
        #expect(!has("bone", "bones") && !has("bone density", "dense") && !has("", "a") && !has("abab", "bb"))
    }

    /// The browser starts from the saved outline only when the saved index is current and reads
    /// back; otherwise `savedOutlineStart` gives nothing and it starts from the catalog as before.
    @Test func aDamagedOrStaleSavedIndexGivesNoOutlineStart() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-outline-start-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = root.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BundledLibraryTests.data, to: dir)
        Thread.sleep(forTimeInterval: 0.03) // past the file system's racy window
        let startup = LibraryStartup(repository: JSONFileRepository(directory: dir), cacheDirectory: root.appendingPathComponent("cache"))
        func saveCaches() {
            let fingerprint = startup.indexFingerprint()
            _ = startup.index(for: startup.full(), fingerprint: fingerprint)
        }
        #expect(startup.savedOutlineStart() == nil, "no saved index yet")
        saveCaches()
        let library = try #require(startup.savedOutlineStart())
        #expect(library.savedOutline?.count == startup.full().articles.count && library.articles.isEmpty && library.isOutline && !library.personas.isEmpty)

        // A byte changed in the file's first block (its header) makes it unusable.
        var bytes = try Data(contentsOf: startup.indexFile)
        bytes[60] ^= 0xFF
        try bytes.write(to: startup.indexFile)
        #expect(startup.savedOutlineStart() == nil)
        #expect(startup.outline() != nil, "the catalog is still there to start from")

        // An article added after the index was saved makes it stale.
        saveCaches()
        #expect(startup.savedOutlineStart() != nil)
        let articles = dir.appendingPathComponent("articles")
        var added = try JSONSerialization.jsonObject(with: Data(contentsOf: articles.appendingPathComponent("rett-syndrome.json"))) as! [String: Any]
        added["id"] = "rett-syndrome-copy"
        try JSONSerialization.data(withJSONObject: added).write(to: articles.appendingPathComponent("rett-syndrome-copy.json"))
        Thread.sleep(forTimeInterval: 0.03)
        #expect(startup.savedOutlineStart() == nil)
    }
}
