import Foundation
import Testing
@testable import CurbsideCore

/// The reader's files are theirs alone, and forgetting deletes them.
@Suite struct PrivacyTests {
    static func modes(under root: URL) -> [String: mode_t] {
        var out: [String: mode_t] = [:]
        for name in FileManager.default.subpaths(atPath: root.path) ?? [] {
            var info = stat()
            if lstat(root.path + "/" + name, &info) == 0 { out[name] = info.st_mode & 0o7777 | (info.st_mode & S_IFMT == S_IFDIR ? 0o40000 : 0) }
        }
        return out
    }

    static func isDirectory(_ mode: mode_t) -> Bool { mode & 0o40000 != 0 }

    static func fixture() -> (UserDirectories, URL, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-privacy-\(UUID().uuidString)")
        let dirs = UserDirectories(config: root.appendingPathComponent("config/curbside"), state: root.appendingPathComponent("state/curbside"),
                                   data: root.appendingPathComponent("data/curbside"))
        return (dirs, root.appendingPathComponent("cache/curbside"), root)
    }

    /// Every kind of file Curbside writes, written in-process: state, submissions, both caches.
    @Test func everyFileIsOwnerOnlyAndEveryDirectoryToo() throws {
        let (dirs, cache, root) = Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = UserStateStore(directories: dirs)
        try store.savePersona("patient")
        try store.saveBookmarks(["a"], previous: [])
        try store.saveHistory(["a"], previous: [])
        try store.saveQuestions(["q"], previous: [])
        let lib = try LibraryFixture()
        defer { try? FileManager.default.removeItem(at: lib.root) }
        _ = try lib.writeArticle(LibraryFixture.article("a1"))
        _ = try SubmissionStore(directories: dirs).submit(question: "is this private", from: nil, persona: nil, library: lib.repository.load())
        let startup = LibraryStartup(repository: lib.repository, cacheDirectory: cache)
        let fingerprint = startup.indexFingerprint()
        let full = startup.full()
        _ = startup.index(for: full, fingerprint: fingerprint)
        let modes = Self.modes(under: root)
        let files = modes.filter { !Self.isDirectory($0.value) }
        #expect(Set(files.keys.map { URL(fileURLWithPath: $0).pathExtension }).isSuperset(of: ["json", "tsv", "bin"]), "\(files.keys.sorted())")
        // config, bookmarks, history, questions, three lock files, a submission, the catalog and the index.
        #expect(files.count == 10, "\(files.keys.sorted())")
        for (path, mode) in modes {
            #expect(mode & 0o777 == (Self.isDirectory(mode) ? 0o700 : 0o600), "\(path) is \(String(mode & 0o777, radix: 8))")
        }
    }

    /// A file or directory an older version left 0644/0755 is tightened by the next write, with
    /// one line saying so; a second write says nothing more.
    @Test func widerFilesAreTightenedOnTheNextWriteWithOneLine() throws {
        let (dirs, _, root) = Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = UserStateStore(directories: dirs)
        try FileManager.default.createDirectory(at: dirs.data.appendingPathComponent("submitted/articles"), withIntermediateDirectories: true)
        for dir in [dirs.data, dirs.data.appendingPathComponent("submitted"), dirs.data.appendingPathComponent("submitted/articles")] {
            chmod(dir.path, 0o755)
        }
        try Data("[\"old\"]".utf8).write(to: store.bookmarksFile)
        try Data("{}".utf8).write(to: dirs.data.appendingPathComponent("submitted/articles/old.json"))
        chmod(store.bookmarksFile.path, 0o644)
        chmod(dirs.data.appendingPathComponent("submitted/articles/old.json").path, 0o644)
        let lines = Collected()
        PrivateFiles.setNoticeHandler { lines.add($0) }
        defer { PrivateFiles.setNoticeHandler { FileHandle.standardError.write(Data(($0 + "\n").utf8)) } }
        try store.saveBookmarks(["new", "old"], previous: ["old"])
        try store.saveBookmarks(["newer", "new", "old"], previous: ["new", "old"])
        let mine = lines.values.filter { $0.contains(dirs.data.path) }
        #expect(mine == ["curbside: \(dirs.data.path) was readable by other users; made it private (2 files to 0600, 3 directories to 0700)."])
        for (path, mode) in Self.modes(under: dirs.data) {
            #expect(mode & 0o777 == (Self.isDirectory(mode) ? 0o700 : 0o600), "\(path) is \(String(mode & 0o777, radix: 8))")
        }
        #expect(store.load().bookmarks == ["newer", "new", "old"])
    }

    @Test func forgetRemovesExactlyWhatItNames() throws {
        let (dirs, cache, root) = Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = UserStateStore(directories: dirs)
        func fill() throws {
            try store.savePersona("patient")
            try store.saveBookmarks(["b1"], previous: [])
            try store.saveHistory(["h1", "h2"], previous: [])
            try store.saveQuestions(["q1"], previous: [])
            try AtomicFile.write(Data("x".utf8), to: cache.appendingPathComponent("catalog-1.tsv"), access: .ownerOnly(root: cache))
            ArticleAnalysisStore(directory: cache.appendingPathComponent("analysis-1"), key: "k", savesFiles: true, access: .ownerOnly(root: cache))
                .save("strep-throat-antibiotics", ["Amoxicillin for 10 days.": (["amoxicillin", "10", "day"], ["amoxicillin", "10", "day"])])
            try Data("[".utf8).write(to: dirs.state.appendingPathComponent("history.json.corrupt-1"))
            if SubmissionStore(directories: dirs).load().0.isEmpty {
                _ = try SubmissionStore(directories: dirs).submit(question: "mine", from: nil, persona: nil, library: Library())
            }
        }
        try fill()
        let forgetting = Forgetting(directories: dirs, cacheDirectory: cache)
        func snapshot() -> [String: Data] {
            var out: [String: Data] = [:]
            for path in FileManager.default.subpaths(atPath: root.path) ?? [] {
                if let d = FileManager.default.contents(atPath: root.path + "/" + path) { out[path] = d }
            }
            return out
        }
        let expected: [Forgetting.Target: Set<String>] = [
            .history: ["state/curbside/history.json", "state/curbside/history.json.corrupt-1"],
            .bookmarks: ["data/curbside/bookmarks.json"],
            .questions: ["state/curbside/questions.json", "data/curbside/submitted/articles/\(try #require(SubmissionStore(directories: dirs).load().0.first).id).json",
                         "cache/curbside/analysis-1/strep-throat-antibiotics"],
        ]
        for (target, gone) in expected {
            let before = snapshot()
            #expect(forgetting.items(target).isEmpty == false)
            try forgetting.forget(target)
            let after = snapshot()
            #expect(Set(before.keys).subtracting(after.keys) == gone, "\(target)")
            for (path, data) in after { #expect(before[path] == data, "\(path) changed") }
            #expect(forgetting.items(target).isEmpty)
            try fill()
        }
        try forgetting.forget(.all)
        let left = FileManager.default.subpaths(atPath: root.path) ?? []
        #expect(left.filter { $0.contains("curbside") }.isEmpty, "\(left)")
        #expect(snapshot().isEmpty, "no file at all is left: \(left)")
    }

    @Test func forgettingOneEntryKeepsTheRestAndTheLastOneTakesTheFile() throws {
        let (dirs, cache, root) = Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = UserStateStore(directories: dirs)
        try store.saveHistory(["h1", "h2", "h3"], previous: [])
        let forgetting = Forgetting(directories: dirs, cacheDirectory: cache)
        try forgetting.forget(entries: ["h2"], from: .history)
        #expect(store.load().history == ["h1", "h3"])
        try forgetting.forget(entries: ["h1", "h3"], from: .history)
        #expect(!FileManager.default.fileExists(atPath: store.historyFile.path))
    }
}

final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func add(_ s: String) { lock.withLock { stored.append(s) } }
    var values: [String] { lock.withLock { stored } }
}
