import Foundation
import Testing
@testable import CurbsideCore

/// What Curbside leaves on disk, run as a reader runs it with the usual umask 022: every file
/// 0600 and every directory 0700, nothing at all in a private session, nothing after forget, and
/// no network connection ever.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct PrivacyEndToEndTests {
    let exe = Built.binary.path
    let data = Built.data.path

    struct Entry: Equatable, CustomStringConvertible {
        var path: String, mode: mode_t, isDirectory: Bool, bytes: Data?, modified: Int
        var description: String { "\(String(mode, radix: 8)) \(path)" }
    }

    /// Everything under the reader's four XDG directories, with modes, contents and change times.
    static func walk(_ home: URL) -> [Entry] {
        var out: [Entry] = []
        for top in ["config", "state", "data", "cache"] {
            let root = home.appendingPathComponent(top)
            var info = stat()
            guard lstat(root.path, &info) == 0 else { continue }
            for relative in [""] + (FileManager.default.subpaths(atPath: root.path) ?? []).sorted() {
                let path = relative.isEmpty ? root.path : root.path + "/" + relative
                guard lstat(path, &info) == 0 else { continue }
                let isDirectory = info.st_mode & S_IFMT == S_IFDIR
                out.append(Entry(path: top + (relative.isEmpty ? "" : "/" + relative), mode: info.st_mode & 0o7777, isDirectory: isDirectory,
                                 bytes: isDirectory ? nil : FileManager.default.contents(atPath: path),
                                 modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)))
            }
        }
        return out
    }

    static func expectPrivate(_ entries: [Entry], sourceLocation: SourceLocation = #_sourceLocation) {
        for e in entries {
            #expect(e.mode == (e.isDirectory ? 0o700 : 0o600), "\(e) is not private", sourceLocation: sourceLocation)
        }
    }

    static func home() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-privacy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    static func environment(_ home: URL) -> [String] {
        ["HOME=\(home.path)", "XDG_CONFIG_HOME=\(home.path)/config", "XDG_STATE_HOME=\(home.path)/state",
         "XDG_DATA_HOME=\(home.path)/data", "XDG_CACHE_HOME=\(home.path)/cache"]
    }

    /// Runs curbside with umask 022, as most accounts have it.
    func curbside(_ args: [String], home: URL, extra: [String] = [], stdin: String = "/dev/null") throws -> (status: Int32, output: String) {
        try TmuxSession.run(["bash", "-c", "umask 022; exec \"$@\" < \(stdin)", "curbside-umask", "env"]
                            + Self.environment(home) + extra + [exe] + args)
    }

    func session(_ home: URL, width: Int = 100, height: Int = 30, private: Bool = false) throws -> TmuxSession {
        var env: [String: String] = [:]
        for pair in Self.environment(home) {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            env[parts[0]] = parts[1]
        }
        if `private` { env["CURBSIDE_PRIVATE"] = "1" }
        let t = try TmuxSession(width: width, height: height, environment: env)
        try t.type("umask 022"); try t.send("Enter")
        return t
    }

    @Test func showSearchAskAndSubmitCreateOnlyPrivateFiles() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        for args in [["show", "--data", data, "osteopenia-worsening-dexa"],
                     ["search", "--data", data, "DXA getting worse"],
                     ["ask", "--data", data, "--from", "strep-throat-antibiotics", "how long do kids need to take amoxicillin for strep"],
                     ["submit", "--data", data, "is my question readable by other users"]] {
            let r = try curbside(args, home: home)
            #expect(r.status == 0, "\(args[0]): \(r.output)")
            #expect(!r.output.contains("readable by other users;"), "nothing was there to tighten")
            Self.expectPrivate(Self.walk(home))
        }
        let names = Self.walk(home).map(\.path)
        #expect(names.contains { $0.hasPrefix("cache/curbside/catalog-") }, "\(names)")
        #expect(names.contains { $0.hasPrefix("cache/curbside/index-") }, "\(names)")
        #expect(names.contains { $0.hasPrefix("data/curbside/submitted/articles/submitted-is-my-question") }, "\(names)")
        #expect(names.contains("data") && names.contains("cache"), "the XDG directories Curbside created are 0700 too")
    }

    /// Files and directories an older version left 0644/0755 are made private by the next write,
    /// with one line on standard error.
    @Test func anExisting0644FileBecomes0600AfterTheNextWrite() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let articles = home.appendingPathComponent("data/curbside/submitted/articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let old = articles.appendingPathComponent("submitted-old.json")
        try Data("{}".utf8).write(to: old)
        for (path, mode) in [(home.appendingPathComponent("data").path, 0o755), (home.appendingPathComponent("data/curbside").path, 0o755),
                             (home.appendingPathComponent("data/curbside/submitted").path, 0o755), (articles.path, 0o755), (old.path, 0o644)] {
            chmod(path, mode_t(mode))
        }
        let r = try curbside(["submit", "--data", data, "a question"], home: home)
        #expect(r.status == 0, "\(r.output)")
        let lines = r.output.split(separator: "\n").filter { $0.contains("readable by other users") }
        #expect(lines == ["curbside: \(home.path)/data/curbside was readable by other users; made it private (1 file to 0600, 3 directories to 0700)."])
        let after = Self.walk(home).filter { $0.path != "data" } // above Curbside's own directory: not ours to change
        Self.expectPrivate(after)
        #expect(after.contains { $0.path.hasSuffix("submitted-old.json") && $0.mode == 0o600 })
        let again = try curbside(["submit", "--data", data, "another question"], home: home)
        #expect(!again.output.contains("readable by other users"), "once private, nothing more is said")
    }

    /// The browser in a terminal: persona, history, bookmarks, a follow-up question and both
    /// caches, all private; then d and D in the history and bookmark lists delete from disk.
    @Test func browsingWritesPrivateFilesAndTheListsForgetFromDisk() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        // An older version's bookmarks, readable by all.
        let bookmarks = home.appendingPathComponent("data/curbside/bookmarks.json")
        try FileManager.default.createDirectory(at: bookmarks.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("[\"rett-syndrome\"]".utf8).write(to: bookmarks)
        chmod(bookmarks.path, 0o644)
        chmod(bookmarks.deletingLastPathComponent().path, 0o755)
        let t = try session(home, width: 200)
        try t.type("\(exe) --data \(data); echo E2E-EXIT=$?"); try t.send("Enter")
        try t.waitFor("Which best describes you?")
        try t.send("Enter")
        try t.waitFor("Reading as Patient")
        try t.send("Enter") // the first question
        try t.waitFor("Review:")
        try t.send("b")
        // The status line says the old bookmarks were made private (the same line goes to stderr at the end).
        try t.waitFor("was readable by other users; made it private")
        try t.send("L"); try t.waitFor("Reading as Patient")
        try t.send("j"); try t.send("Enter"); try t.waitFor("Review:")
        try t.send("f"); try t.type("how often should the scan be repeated"); try t.send("Enter")
        try t.waitFor("Follow-up question")
        let store = UserStateStore(directories: UserDirectories(config: home.appendingPathComponent("config/curbside"),
                                                                 state: home.appendingPathComponent("state/curbside"),
                                                                 data: home.appendingPathComponent("data/curbside")))
        var saved = store.load()
        #expect(saved.history.count == 2 && saved.bookmarks.count == 2 && saved.questions.count == 1 && saved.persona == "patient")
        try t.waitUntil("the index to be saved", timeout: 30) { _ in Self.walk(home).contains { $0.path.hasPrefix("cache/curbside/index-") } }
        // (XDG_DATA_HOME itself was made by this test, above Curbside's own directory.)
        Self.expectPrivate(Self.walk(home).filter { $0.path != "data" })
        // The history list: Tab selects the newest entry, d asks, y deletes it from disk.
        try t.send("H"); try t.waitFor("History")
        try t.send("Tab"); try t.send("d")
        try t.waitFor("from history? y/n")
        try t.send("y"); try t.waitFor("Deleted.")
        saved = store.load()
        #expect(saved.history.count == 1)
        try t.send("D"); try t.waitFor("Delete all 1 entries of your history from disk? y/n")
        try t.send("y"); try t.waitFor("No articles read yet.")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("state/curbside/history.json").path))
        try t.send("B"); try t.waitFor("Bookmarks")
        try t.send("D"); try t.waitFor("Delete all 2 bookmarks from disk? y/n")
        try t.send("n"); try t.waitFor("Nothing changed.")
        #expect(store.load().bookmarks.count == 2)
        try t.send("D"); try t.waitFor("y/n"); try t.send("y"); try t.waitFor("No bookmarks yet")
        #expect(!FileManager.default.fileExists(atPath: bookmarks.path))
        try t.send("q")
        let end = try t.waitFor("E2E-EXIT=0")
        // The old bookmarks' directory was tightened on the first write, and the line shown once the screen was back.
        #expect(end.contains("data/curbside was readable by other users; made it private"), "\(end)")
        let after = Self.walk(home).filter { $0.path != "data" }
        Self.expectPrivate(after)
        #expect(after.contains { $0.path == "config" && $0.mode == 0o700 }, "XDG_CONFIG_HOME, which Curbside made")
        #expect(Set(after.filter { !$0.isDirectory }.map(\.path)).isSuperset(of: ["config/curbside/config.json", "state/curbside/questions.json"]))
    }

    /// A private session (--private, or CURBSIDE_PRIVATE=1) reads the reader's history and
    /// bookmarks but leaves every file byte for byte as it was, and writes no cache.
    @Test(arguments: [false, true])
    func aPrivateSessionLeavesTheUserDirectoriesUnchanged(byEnvironment: Bool) throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try curbside(["submit", "--data", data, "an earlier question"], home: home).status == 0)
        let store = UserStateStore(directories: UserDirectories(config: home.appendingPathComponent("config/curbside"),
                                                                 state: home.appendingPathComponent("state/curbside"),
                                                                 data: home.appendingPathComponent("data/curbside")))
        try store.saveHistory(["rett-syndrome"], previous: [])
        try store.saveBookmarks(["rett-syndrome"], previous: [])
        try store.saveQuestions(["an earlier question"], previous: [])
        // A corrupt file, which a normal session would move aside, is left as it is.
        try store.savePersona("nurse")
        try Data("{\"persona\": ".utf8).write(to: home.appendingPathComponent("config/curbside/config.json"))
        let before = Self.walk(home)
        #expect(before.filter { !$0.isDirectory }.count >= 7)
        #expect(!before.contains { $0.path.hasPrefix("cache") }, "no caches yet, so a written one would show")
        let t = try session(home, private: byEnvironment)
        try t.type("\(exe) --data \(data)\(byEnvironment ? "" : " --private"); echo E2E-EXIT=$?"); try t.send("Enter")
        try t.waitFor("Which best describes you?")
        try t.send("2")
        try t.waitFor("for this private session")
        #expect(t.lines[0].contains("Private session"))
        try t.send("Enter"); try t.waitFor("Review:")
        #expect(t.lines.last { !$0.isEmpty }?.contains("Private") == true)
        try t.send("f"); try t.type("how often should the scan be repeated"); try t.send("Enter")
        try t.waitFor("Follow-up question")
        try t.send("H"); try t.waitFor("Rett syndrome")
        try t.send("B"); try t.waitFor("Bookmarks")
        try t.send("P"); try t.waitFor("Curbside never sends anything anywhere.")
        Thread.sleep(forTimeInterval: 1) // time for a background cache write, were there one
        try t.send("q")
        try t.waitFor("E2E-EXIT=0")
        #expect(Self.walk(home) == before)
        // search and ask under CURBSIDE_PRIVATE=1 (or --private) read the library but write no cache.
        #expect(try curbside(["search", "--data", data, "rett syndrome"], home: home, extra: ["CURBSIDE_PRIVATE=1"]).status == 0)
        #expect([0, 1].contains(try curbside(["ask", "--private", "--data", data, "is rett syndrome inherited"], home: home).status)) // answered or not: what matters here is what it writes
        #expect(Self.walk(home) == before)
    }

    @Test func forgetRemovesExactlyWhatItNamesAndAllLeavesNothing() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let store = UserStateStore(directories: UserDirectories(config: home.appendingPathComponent("config/curbside"),
                                                                 state: home.appendingPathComponent("state/curbside"),
                                                                 data: home.appendingPathComponent("data/curbside")))
        func fill() throws {
            #expect(try curbside(["search", "--data", data, "rett syndrome"], home: home).status == 0)
            try store.savePersona("nurse")
            try store.saveHistory(["rett-syndrome"], previous: [])
            try store.saveBookmarks(["rett-syndrome"], previous: [])
            try store.saveQuestions(["an earlier question"], previous: [])
            if SubmissionStore(directories: store.directories).load().0.isEmpty {
                #expect(try curbside(["submit", "--data", data, "a submitted question"], home: home).status == 0)
            }
        }
        try fill()
        // Without a terminal to ask on and without --yes, nothing is deleted.
        let before = Self.walk(home)
        let refused = try curbside(["forget", "all"], home: home)
        #expect(refused.status != 0)
        #expect(refused.output.contains("nothing deleted: forget asks before deleting and standard input is not a terminal"), "\(refused.output)")
        #expect(Self.walk(home) == before)
        let files = { Set(Self.walk(home).filter { !$0.isDirectory }.map(\.path)) }
        let submitted = try #require(files().first { $0.hasPrefix("data/curbside/submitted/articles/") })
        for (target, gone) in [("history", ["state/curbside/history.json"]), ("bookmarks", ["data/curbside/bookmarks.json"]),
                               ("questions", ["state/curbside/questions.json", submitted])] {
            try fill()
            let had = Self.walk(home).filter { !$0.isDirectory }
            let r = try curbside(["forget", target, "--yes"], home: home)
            #expect(r.status == 0 && r.output.contains("Deleted."), "\(r.output)")
            let left = Self.walk(home).filter { !$0.isDirectory }
            #expect(Set(had.map(\.path)).subtracting(left.map(\.path)) == Set(gone), "forget \(target)")
            #expect(left.allSatisfy { had.contains($0) }, "forget \(target) changed a file it does not name")
        }
        try fill()
        let r = try curbside(["forget", "all", "--yes"], home: home)
        #expect(r.status == 0, "\(r.output)")
        let left = Self.walk(home)
        #expect(left.allSatisfy { $0.isDirectory && !$0.path.contains("curbside") }, "\(left)")
        #expect(try curbside(["forget", "all"], home: home).output.contains("Nothing to forget"))
    }

    /// At a terminal, forget lists what it will delete and asks; only y deletes.
    @Test func forgetAsksAtATerminal() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let store = UserStateStore(directories: UserDirectories(config: home.appendingPathComponent("config/curbside"),
                                                                 state: home.appendingPathComponent("state/curbside"),
                                                                 data: home.appendingPathComponent("data/curbside")))
        try store.saveHistory(["rett-syndrome", "osteopenia-worsening-dexa"], previous: [])
        let t = try session(home, width: 200)
        try t.type("\(exe) forget history"); try t.send("Enter")
        let screen = try t.waitFor("[y/N]")
        #expect(screen.contains("state/curbside/history.json (2 articles read)"))
        try t.send("n"); try t.send("Enter")
        try t.waitFor("Nothing deleted.")
        #expect(store.load().history.count == 2)
        try t.type("\(exe) forget history"); try t.send("Enter")
        try t.waitUntil("a second question") { $0.components(separatedBy: "[y/N]").count == 3 }
        try t.send("y"); try t.send("Enter")
        try t.waitFor("Deleted.")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("state/curbside/history.json").path))
    }

    /// Curbside makes no network connection: the commands give the same output with no network
    /// at all (a new network namespace, `unshare -n`), and strace sees no internet socket.
    @Test(.enabled(if: (try? TmuxSession.run(["unshare", "-n", "true"]).status) == 0, "needs unshare -n (root or user namespaces)"))
    func commandsGiveTheSameResultsWithNoNetwork() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let commands = [["show", "--data", data, "osteopenia-worsening-dexa", "--format", "json"],
                        ["search", "--data", data, "--json", "DXA getting worse"],
                        ["ask", "--data", data, "--json", "--from", "strep-throat-antibiotics", "how long do kids need to take amoxicillin for strep"],
                        ["validate", "--data", data]]
        for args in commands {
            let normal = try curbside(args, home: home)
            let offline = try TmuxSession.run(["unshare", "-n", "env"] + Self.environment(home) + [exe] + args)
            #expect(normal.status == 0 && offline.status == 0, "\(args[0]): \(offline.output)")
            #expect(offline.output == normal.output, "\(args[0]) differs without a network")
            #expect(normal.output.count > 100)
        }
        guard (try? TmuxSession.run(["strace", "-V"]).status) == 0 else { return }
        let trace = home.appendingPathComponent("trace")
        let strace = ["strace", "-f", "-qq", "-e", "signal=none", "-e", "trace=socket,connect,sendto,sendmsg", "-o", trace.path]
        // The trace does see a connection when there is one (bash's /dev/tcp).
        _ = try TmuxSession.run(strace + ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9"])
        #expect(try String(contentsOf: trace, encoding: .utf8).contains("sa_family=AF_INET"))
        for args in commands {
            let r = try TmuxSession.run(strace + ["env"] + Self.environment(home) + [exe] + args)
            #expect(r.status == 0)
            let calls = try String(contentsOf: trace, encoding: .utf8)
            #expect(!calls.contains("AF_INET"), "\(args[0]) opened a network socket:\n\(calls)")
            #expect(calls.split(separator: "\n").filter { !$0.contains("exited") }.isEmpty, "\(args[0]) used sockets:\n\(calls)")
        }
    }
}
