import CurbsideCore
import Foundation
import Testing
@testable import CurbsideBrowser

/// The browser started from the saved index's outline (rows read where they lie, articles read
/// from their files when opened) must look and behave exactly like the browser on the loaded
/// library: same frames, same filter rows, same articles opened.
@Suite struct SavedOutlineScreenTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Data").standardizedFileURL

    /// The bundled library loaded in full, and as the browser's first frame gets it from a saved
    /// index (saved in a cache folder of the test's own, as a first start saves it).
    struct Pair {
        var full: Library
        var outlined: Library
        var repository: JSONFileRepository
    }

    static func pair() throws -> Pair {
        let repository = JSONFileRepository(directory: data)
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-outline-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let startup = LibraryStartup(repository: repository, cacheDirectory: cache)
        let fingerprint = startup.indexFingerprint()
        let full = startup.full()
        _ = startup.index(for: full, fingerprint: fingerprint)
        let outlined = try #require(startup.savedOutlineStart(), "a current saved index gives an outline start")
        #expect(outlined.savedOutline != nil && outlined.articles.isEmpty, "nothing decoded for the first frame")
        return Pair(full: full, outlined: outlined, repository: repository)
    }

    static func states(_ pair: Pair, width: Int, height: Int, persona: String = "patient",
                       bookmarks: [String] = [], visited: [String] = []) -> (full: BrowserState, outlined: BrowserState) {
        func make(_ library: Library) -> BrowserState {
            BrowserState(library: library, width: width, height: height, persona: library.persona(persona),
                         bookmarks: bookmarks, visited: visited)
        }
        return (make(pair.full), make(pair.outlined))
    }

    static func same(_ a: BrowserState, _ b: BrowserState, _ note: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (x, y) = (a.render(), b.render())
        #expect(x.text == y.text, "\(note): text differs\n--- loaded ---\n\(x.text)\n--- outline ---\n\(y.text)", sourceLocation: sourceLocation)
        #expect(styleMap(x) == styleMap(y), "\(note): styles differ", sourceLocation: sourceLocation)
    }

    @Test func theFirstFrameAndScrollingMatchTheLoadedLibrary() throws {
        let pair = try Self.pair()
        let ids = pair.full.articles.map(\.id)
        // Read and bookmarked marks, at sizes that show the whole list and a part of it.
        for (width, height) in [(100, 40), (80, 24), (60, 12)] {
            var (full, outlined) = Self.states(pair, width: width, height: height, bookmarks: [ids[3], ids[20]], visited: [ids[5], ids[30]])
            #expect(outlined.libraryScreen.listing.isOutline && !full.libraryScreen.listing.isOutline)
            Self.same(full, outlined, "first frame \(width)x\(height)")
            for (n, key) in [Key.char("j"), .char("j"), .pageDown, .char("G"), .char("k"), .pageUp, .char("g"), .char("j")].enumerated() {
                _ = full.handle(key)
                _ = outlined.handle(key)
                #expect(full.libraryScreen.selectedID == outlined.libraryScreen.selectedID)
                Self.same(full, outlined, "\(width)x\(height) after key \(n) \(key)")
            }
        }
    }

    @Test func filteringGivesTheSameRows() throws {
        let pair = try Self.pair()
        for filter in ["bone", "dxa", "migraine child", "approved", "under review", "zzzz", "a"] {
            var (full, outlined) = Self.states(pair, width: 100, height: 40)
            for key in [Key.char("/")] + filter.map({ Key.char($0) }) + [.enter] {
                _ = full.handle(key)
                _ = outlined.handle(key)
            }
            let shown = { (s: BrowserState) in
                s.libraryScreen.rows.map { row -> String in
                    switch row {
                    case .group(let name, let count): "\(name) (\(count))"
                    case .article(let position): s.libraryScreen.listing.entry(at: position)?.id ?? "?"
                    }
                }
            }
            #expect(shown(full) == shown(outlined), "filter \(filter)")
            #expect(full.libraryScreen.shownCount == outlined.libraryScreen.shownCount, "filter \(filter)")
            Self.same(full, outlined, "filter \(filter)")
        }
    }

    @Test func openingARowReadsItsFileAndShowsTheArticle() throws {
        let pair = try Self.pair()
        let read: (String) -> Article? = { pair.repository.loadArticle($0) }
        // Every row of the bundled library (the submitted question's page too), as a patient.
        var (full, outlined) = Self.states(pair, width: 90, height: 30)
        _ = full.handle(.char("g")); _ = outlined.handle(.char("g"))
        for row in 0..<pair.full.articles.count {
            let id = try #require(outlined.libraryScreen.selectedID)
            _ = full.handle(.enter)
            _ = outlined.handle(.enter, reading: read)
            #expect(outlined.location == .article(id))
            Self.same(full, outlined, "row \(row): \(id) opened")
            for key in [Key.backspace, .char("j")] { _ = full.handle(key); _ = outlined.handle(key, reading: read) }
        }
        // As a physician, with links followed (related questions' titles come from the outline) and back.
        (full, outlined) = Self.states(pair, width: 90, height: 30, persona: "physician")
        for key in [Key.char("j"), .char("j"), .char("j")] { _ = full.handle(key); _ = outlined.handle(key) }
        let id = try #require(outlined.libraryScreen.selectedID)
        // Without the runner the file is asked for and the page says it is loading.
        var waiting = outlined
        #expect(waiting.handle(.enter).contains(.readArticle(id)))
        #expect(waiting.render().text.contains("still loading"))
        for key in [Key.enter, .tab, .tab, .char(" "), .backspace, .tab, .enter] {
            _ = full.handle(key); _ = outlined.handle(key, reading: read)
            Self.same(full, outlined, "physician: \(id) after \(key)")
        }
    }

    @Test func theFileIsAskedForOnceAndAnUnreadableOneIsSaid() throws {
        let pair = try Self.pair()
        var (_, outlined) = Self.states(pair, width: 90, height: 30)
        let id = try #require(outlined.libraryScreen.selectedID)
        let commands = outlined.update(.key(.enter))
        #expect(commands.filter { $0 == .readArticle(id) }.count == 1)
        #expect(!outlined.update(.key(.char("j"))).contains(.readArticle(id)), "asked for once")
        _ = outlined.update(.articleRead(id, nil))
        #expect(outlined.message?.contains("could not be read") == true)
        #expect(outlined.render().text.contains("still loading"))
        // A submitted question not in the library's folder (the reader's own) is shown as it is, unremarked.
        let submitted = try #require(pair.full.articles.first { $0.status == .submitted }?.id)
        _ = outlined.update(.key(.char("j")))
        _ = outlined.update(.articleRead(submitted, nil))
        #expect(outlined.message == nil)
    }

    @Test func bookmarksAndHistoryTitlesComeFromTheOutline() throws {
        let pair = try Self.pair()
        let ids = pair.full.articles.map(\.id)
        var (full, outlined) = Self.states(pair, width: 90, height: 30, bookmarks: [ids[1], ids[7]], visited: [ids[2], ids[9]])
        for key in [Key.char("B")] { _ = full.handle(key); _ = outlined.handle(key) }
        Self.same(full, outlined, "bookmarks")
        for key in [Key.char("H")] { _ = full.handle(key); _ = outlined.handle(key) }
        Self.same(full, outlined, "history")
    }

    @Test func theLoadedLibraryReplacesTheOutlineKeepingFilterAndSelection() throws {
        let pair = try Self.pair()
        var (full, outlined) = Self.states(pair, width: 100, height: 40)
        for key in [Key.char("/"), .char("b"), .char("o"), .char("n"), .char("e"), .enter, .char("j"), .char("j")] {
            _ = full.handle(key); _ = outlined.handle(key)
        }
        let selected = outlined.libraryScreen.selectedID
        let commands = outlined.update(.libraryLoaded(pair.full))
        #expect(commands.contains(.buildEngine(pair.full)))
        #expect(!outlined.libraryScreen.listing.isOutline)
        #expect(outlined.libraryScreen.filter == "bone" && outlined.libraryScreen.selectedID == selected)
        Self.same(full, outlined, "after the library arrived")
    }

    /// The reader's own submitted questions are never in the saved index: merged into the
    /// outline's list where the loaded library lists them (first, last and between rows of a
    /// group, tied with a title already there, and in specialties of their own first, between
    /// and last), they show, filter and open exactly as there.
    @Test func theReadersOwnSubmittedQuestionsAreListedWhereTheLoadedLibraryListsThem() throws {
        var pair = try Self.pair()
        let existing = try #require(pair.full.articles.first { $0.specialty == "Cardiology" })
        let stubs: [(String, String, String)] = [
            ("stub-first", "Aaa, the first question of all?", "Bone health & endocrinology"),
            ("stub-last", "Zzz, the last one in its group?", "Cardiology"),
            ("a-stub-tied", existing.question, "Cardiology"), ("zz-stub-tied", existing.question, "Cardiology"),
            ("stub-new-first", "Is this in a specialty of its own?", "Aaa new specialty"),
            ("stub-new-between", "Between two groups?", "Kidney and more"), ("stub-new-between-2", "Also between?", "Kidney and more"),
            ("stub-new-last", "After every group?", "Zzz new specialty"),
        ]
        for (id, question, specialty) in stubs {
            let stub = Article(id: id, question: question, specialty: specialty, tags: ["own-question"], status: .submitted, lastUpdated: "2026-12-01",
                               submission: Submission(askedFrom: existing.id, persona: "patient", submittedAt: "2026-12-01T10:00:00Z"))
            pair.full.upsert(stub)
            pair.outlined.upsert(stub)
        }
        var (full, outlined) = Self.states(pair, width: 100, height: 20)
        #expect(outlined.libraryScreen.listing.isOutline && outlined.libraryScreen.listing.count == pair.full.articles.count)
        Self.same(full, outlined, "first frame with the reader's questions")
        // Every row, opened and back (the reader's questions are read from no file: shown as they are).
        for row in 0..<pair.full.articles.count {
            #expect(full.libraryScreen.selectedID == outlined.libraryScreen.selectedID, "row \(row)")
            Self.same(full, outlined, "row \(row)")
            _ = full.handle(.enter); _ = outlined.handle(.enter, reading: { pair.repository.loadArticle($0) })
            Self.same(full, outlined, "row \(row) opened")
            for key in [Key.backspace, .char("j")] { _ = full.handle(key); _ = outlined.handle(key) }
        }
        for filter in ["own question", "cardiology", "aaa", "between", "kidney", "submitted", "bone", "zzzz"] {
            (full, outlined) = Self.states(pair, width: 100, height: 20)
            for key in [Key.char("/")] + filter.map({ Key.char($0) }) + [.enter] { _ = full.handle(key); _ = outlined.handle(key) }
            #expect(full.libraryScreen.shownCount == outlined.libraryScreen.shownCount, "filter \(filter)")
            for _ in 0..<full.libraryScreen.shownCount {
                #expect(full.libraryScreen.selectedID == outlined.libraryScreen.selectedID, "filter \(filter)")
                Self.same(full, outlined, "filter \(filter)")
                _ = full.handle(.char("j")); _ = outlined.handle(.char("j"))
            }
        }
    }
}
