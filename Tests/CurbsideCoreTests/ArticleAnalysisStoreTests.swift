import Foundation
import Testing
@testable import CurbsideCore

/// What `ask` keeps of the articles it analysed (`ArticleAnalysisStore`): read back exactly,
/// never trusted under another glossary, never written in a private session, and never the
/// reason an answer differs.
struct ArticleAnalysisStoreTests {
    static func store(_ directory: URL, key: String = "8|glossary", saves: Bool = true) -> ArticleAnalysisStore {
        ArticleAnalysisStore(directory: directory, key: key, savesFiles: saves, access: .shared)
    }

    static func temporary() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("curbside-analysis-\(UUID().uuidString)")
    }

    @Test func whatIsSavedIsReadBackExactly() {
        let dir = Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let entries: [String: AnalysisMemo.Analysis] = [
            "Plain sentence [1].": (["plain", "sentenc", "1"], ["plain", "sentenc", "1"]),
            "Tab\there, a new\nline, a back\\slash and \\n typed.": (["tab", "§12"], ["tab"]),
            "Nothing analysed": ([], []),
            "A carriage\rreturn, “quotes” and −2.5 ≥ 1 µg": (["carriag", "2.5"], ["carriag"]),
            "Named but not all": (["a1", "b2"], []),
        ]
        Self.store(dir).save("strep-throat-antibiotics", entries)
        let read = Self.store(dir).load("strep-throat-antibiotics")
        #expect(read.count == entries.count)
        for (text, analysis) in entries {
            #expect(read[text]?.all == analysis.all, "\(text)")
            #expect(read[text]?.named == analysis.named, "\(text)")
        }
    }

    @Test func anotherKeyADamagedFileOrAPrivateSessionGivesNothing() throws {
        let dir = Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        Self.store(dir).save("a", ["x": (["x"], ["x"])])
        #expect(Self.store(dir, key: "8|another glossary").load("a").isEmpty)
        let file = dir.appendingPathComponent("a")
        var data = try Data(contentsOf: file)
        data.removeLast() // cut short: no final newline
        try data.write(to: file)
        #expect(Self.store(dir).load("a").isEmpty)
        try Data("curbside-analysis 1\t8|glossary\nno tabs here\n".utf8).write(to: file)
        #expect(Self.store(dir).load("a").isEmpty)
        Self.store(dir, saves: false).save("b", ["x": (["x"], ["x"])])
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("b").path))
        // Never a path outside the folder.
        Self.store(dir).save("../escape", ["x": (["x"], ["x"])])
        #expect(!FileManager.default.fileExists(atPath: dir.deletingLastPathComponent().appendingPathComponent("escape").path))
    }

    /// The folder never holds more than its limit: the least recently written go first.
    @Test func theOldestGoPastTheLimit() throws {
        let dir = Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = ArticleAnalysisStore(directory: dir, key: "k", savesFiles: true, access: .shared, limit: 10)
        for i in 0..<15 {
            store.save("article-\(i)", ["x": (["x"], ["x"])])
            // Distinct modification times, oldest first.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: Double(1_000_000 + i))],
                                                  ofItemAtPath: dir.appendingPathComponent("article-\(i)").path)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left.count <= 10)
        #expect(left.contains("article-14") && !left.contains("article-0"), "\(left.sorted())")
    }

    /// An engine that keeps its analyses answers as one that does not, at the first ask and the
    /// next (read back), and after an article's text changed (its new sentences analysed afresh).
    @Test func answersAreTheSameWithAndWithoutTheStore() throws {
        let dir = Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        let questions = [("how long do kids need to take amoxicillin for strep", "strep-throat-antibiotics"),
                         ("can i take ibuprofen with my zoloft", "depression-starting-ssri"),
                         ("what blood pressure number counts as stage 2", "hypertension-first-line-treatment")]
        let plain = FollowUpEngine(library: library)
        func keeping() -> FollowUpEngine { var e = FollowUpEngine(library: library); e.analysisStore = Self.store(dir); return e }
        for (question, from) in questions {
            let expected = plain.answer(question, from: from, audience: .lay)
            #expect(keeping().answer(question, from: from, audience: .lay) == expected, "first: \(question)")
            #expect(!Self.store(dir).load(from).isEmpty, "saved for \(from)")
            #expect(keeping().answer(question, from: from, audience: .lay) == expected, "read back: \(question)")
        }
        // The strep article rewritten: its sentences are new texts, not found in what was kept.
        var edited = library
        var article = try #require(edited.article("strep-throat-antibiotics"))
        article.summary.lay = "Strep throat is treated with amoxicillin for 5 days in this edited copy [1]."
        edited.upsert(article)
        var keepingEdited = FollowUpEngine(library: edited)
        keepingEdited.analysisStore = Self.store(dir)
        let question = "how long do kids need to take amoxicillin for strep"
        #expect(keepingEdited.answer(question, from: "strep-throat-antibiotics", audience: .lay)
                == FollowUpEngine(library: edited).answer(question, from: "strep-throat-antibiotics", audience: .lay))
    }
}
