import Foundation
import Testing
@testable import CurbsideCore

/// Every way a library changes under a saved index (docs/reliability.md, "A library edited
/// after its index was saved"), each followed by a one-shot question as `curbside search` and
/// `ask` ask it: the answer must be the one a fresh load gives. "At once" means the saved index
/// is not used at all (the folder's stamp changed); "when shown" means the saved index answers,
/// sees that an article it would show changed, and the library is loaded and indexed anew.
@Suite struct StalenessTests {
    struct Library5 {
        let fixture: LibraryFixture
        let startup: LibraryStartup
        var articles: URL { fixture.root.appendingPathComponent("articles") }

        /// `fillers` more articles make the saved file span many checksummed blocks.
        init(fillers: Int = 0) throws {
            fixture = try LibraryFixture()
            startup = LibraryStartup(repository: fixture.repository, cacheDirectory: fixture.root.appendingPathComponent("cache"))
            for (id, word) in [("a1", "mango"), ("a2", "kiwi"), ("a3", "papaya"), ("a4", "lychee"), ("a5", "durian")] {
                try write(id, word)
            }
            for n in 0..<fillers { try write(String(format: "filler-%03d", n), "filler number \(n) with words of its own \(n * 7919)") }
            Self.settle()
            _ = oneShot()                       // builds and saves the index
            Self.settle()
            #expect(oneShot().saved, "a second start uses the saved index")
        }

        func write(_ id: String, _ word: String, file: String? = nil) throws {
            var article = LibraryFixture.article(id)
            article["question"] = "What is \(id) about \(word)?"
            try fixture.writeArticle(article, file: file)
        }

        /// Longer than a file system clock tick, so the next change gets a time of its own.
        static func settle() { Thread.sleep(forTimeInterval: 0.03) }

        /// What `search`/`ask` do: the saved index if current, else load and index.
        func oneShot() -> (engine: FollowUpEngine, saved: Bool) {
            let startup = self.startup
            let rebuild: @Sendable () -> FollowUpEngine = {
                let fingerprint = startup.indexFingerprint()
                let full = startup.full()
                return FollowUpEngine(library: full, index: startup.index(for: full, fingerprint: fingerprint))
            }
            if let engine = startup.savedEngine(rebuild: rebuild) { return (engine, true) }
            return (rebuild(), false)
        }

        /// The top result's id and title for `query`, and how the answer was reached.
        func ask(_ query: String) -> (id: String?, title: String?, saved: Bool, replaced: Bool) {
            let (engine, saved) = oneShot()
            let top = engine.search(query, limit: 3).first
            return (top?.id, top?.title, saved, engine.isReplaced)
        }

        func fresh(_ query: String) -> String? {
            let library = fixture.repository.load()
            return FollowUpEngine(library: library).search(query, limit: 3).first?.id
        }
    }

    @Test func anArticleEditedInPlaceIsNeverShownStaleAndIsRebuiltWhenShown() throws {
        let lib = try Library5()
        let file = lib.articles.appendingPathComponent("a1.json")
        let inode = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        // Rewritten in place (truncate and write, as nano or VS Code save): same inode, same folder.
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "about mango", with: "about mango and feijoa")
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int == inode)
        // Its old words still find it in the saved index; showing it finds the file changed, so
        // the answer comes from the library loaded anew: the new title, and the new words found.
        let shown = lib.ask("mango")
        #expect(shown.saved && shown.replaced)
        #expect(shown.id == "a1" && shown.title == "What is a1 about mango and feijoa?")
        #expect(lib.ask("feijoa").id == "a1")
        #expect(lib.fresh("feijoa") == "a1")
    }

    @Test func anAddedArticleIsSeenAtOnce() throws {
        let lib = try Library5()
        try lib.write("a6", "rambutan")
        let r = lib.ask("rambutan")
        #expect(!r.saved && r.id == "a6")
    }

    @Test func aRemovedArticleIsSeenAtOnce() throws {
        let lib = try Library5()
        try FileManager.default.removeItem(at: lib.articles.appendingPathComponent("a2.json"))
        let r = lib.ask("kiwi")
        #expect(!r.saved && r.id == nil)
    }

    @Test func aRenamedArticleIsSeenAtOnce() throws {
        let lib = try Library5()
        // Renamed to a file that no longer matches its id: the article is skipped (validate says why).
        try FileManager.default.moveItem(at: lib.articles.appendingPathComponent("a3.json"), to: lib.articles.appendingPathComponent("a3-old.json"))
        let r = lib.ask("papaya")
        #expect(!r.saved && r.id == nil && lib.fresh("papaya") == nil)
    }

    @Test func aTouchedArticleAnswersTheSame() throws {
        let lib = try Library5()
        let file = lib.articles.appendingPathComponent("a4.json")
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
        Library5.settle()
        // Same text, a new time: shown, it counts as changed (a rebuild that changes nothing).
        let r = lib.ask("lychee")
        #expect(r.saved && r.replaced && r.id == "a4" && r.title == "What is a4 about lychee?")
        Library5.settle()
        #expect(lib.ask("lychee") == (id: "a4", title: "What is a4 about lychee?", saved: true, replaced: false), "rebuilt once, then saved again")
    }

    @Test func aClockMovedBackwardsHidesNoChange() throws {
        let lib = try Library5()
        let file = lib.articles.appendingPathComponent("a5.json")
        let folderTime = try #require(FileManager.default.attributesOfItem(atPath: lib.articles.path)[.modificationDate] as? Date)
        let fileTime = try #require(FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        // An edit in place whose modification time is then set back to exactly the old one (a
        // clock put back, `touch -d`, `cp -p`): only the change time, which nothing sets back, differs.
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "about durian", with: "about durian and salak")
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: fileTime], ofItemAtPath: file.path)
        let edited = lib.ask("durian")
        #expect(edited.saved && edited.replaced && edited.title == "What is a5 about durian and salak?")
        // A new article, the folder's time then set back to before it: its change time still moved.
        Library5.settle()
        try lib.write("a7", "jabuticaba")
        try FileManager.default.setAttributes([.modificationDate: folderTime.addingTimeInterval(-3600)], ofItemAtPath: lib.articles.path)
        let added = lib.ask("jabuticaba")
        #expect(!added.saved && added.id == "a7")
    }

    @Test func aFileReplacedFromAnEditorsTemporaryFileIsSeenAtOnce() throws {
        let lib = try Library5()
        // Written beside it under a temporary name, then renamed over it (vim, emacs, atomic saves).
        var article = LibraryFixture.article("a1")
        article["question"] = "What is a1 about cherimoya?"
        let data = try JSONSerialization.data(withJSONObject: article)
        let temporary = lib.articles.appendingPathComponent(".a1.json.swp")
        try data.write(to: temporary)
        #expect(rename(temporary.path, lib.articles.appendingPathComponent("a1.json").path) == 0)
        let r = lib.ask("cherimoya")
        #expect(!r.saved && r.id == "a1" && r.title == "What is a1 about cherimoya?")
        #expect(lib.ask("mango").id == nil)
    }

    @Test func aGitCheckoutOfAnotherBranchIsSeenAtOnce() throws {
        let lib = try Library5()
        // What `git checkout` does to the work tree: changed files written anew and renamed into
        // place, a file only on the old branch removed, one only on the new branch created.
        let staging = lib.fixture.root.appendingPathComponent("other-branch")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        for (id, word) in [("a1", "guava"), ("a2", "tamarind")] {
            var article = LibraryFixture.article(id)
            article["question"] = "What is \(id) about \(word)?"
            let copy = staging.appendingPathComponent("\(id).json")
            try JSONSerialization.data(withJSONObject: article).write(to: copy)
            #expect(rename(copy.path, lib.articles.appendingPathComponent("\(id).json").path) == 0)
        }
        try FileManager.default.removeItem(at: lib.articles.appendingPathComponent("a3.json"))
        try lib.write("b1", "soursop")
        let results = ["guava", "tamarind", "mango", "kiwi", "papaya", "soursop", "lychee"].map { lib.ask($0).id }
        #expect(results == ["a1", "a2", nil, nil, nil, "b1", "a4"])
        #expect(results == ["guava", "tamarind", "mango", "kiwi", "papaya", "soursop", "lychee"].map(lib.fresh))
    }

    @Test func aDamagedSavedIndexFoundMidQuestionIsReplacedByAFreshOne() throws {
        let lib = try Library5(fillers: 150)
        let engine = lib.oneShot().engine
        // Damage the postings of "durian" only: opening checks the header, not the postings.
        let index = try #require(SearchIndex.load(from: lib.startup.indexFile, fingerprint: lib.startup.indexFingerprint() ?? "", glossary: engine.library.glossary))
        let term = try #require(index.understand("durian").terms.first)
        let range = try #require(index.saved?.postingByteRange(Int(index.termID(term)!)))
        var bytes = [UInt8](try Data(contentsOf: lib.startup.indexFile))
        #expect(range.lowerBound >= VerifiedMapping.blockSize, "the postings lie beyond the header's block")
        bytes[range.lowerBound + 5] ^= 0x40
        try Data(bytes).write(to: lib.startup.indexFile)
        let damaged = try #require(SearchIndex.load(from: lib.startup.indexFile, fingerprint: lib.startup.indexFingerprint() ?? "", glossary: engine.library.glossary))
        // Questions whose postings lie in other blocks are answered; the damaged block is found when read.
        #expect(!damaged.isDamaged && damaged.search("1179931", limit: 1).first?.articleID == "filler-149" && !damaged.isDamaged)
        _ = damaged.search("durian", limit: 1)
        #expect(damaged.isDamaged)
        #expect(!damaged.verifyAll())
        let r = lib.ask("durian")
        #expect(r.saved && r.replaced && r.id == "a5")
    }
}
