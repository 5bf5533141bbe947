import Foundation
import Testing
@testable import CurbsideCore

/// Broken terminals, crashes, resize storms and unwritable state, with the real binary in tmux.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TerminalReliabilityTests {
    var exe: String { Built.binary.path }
    var data: String { Built.data.path }

    func settings(_ t: TmuxSession, _ name: String) throws -> String {
        try String(contentsOf: t.home.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func unusableTERMGivesAMessageAndPlainCommandsStillWork() throws {
        let t = try TmuxSession(width: 100, height: 30, environment: [:])
        var screen = try t.shell("env -u TERM \(exe) --data \(data) --persona patient")
        #expect(screen.contains("this terminal (TERM=unset) cannot run a full-screen program"))
        #expect(screen.contains("EXIT2."))
        screen = try t.shell("TERM=dumb \(exe) --data \(data)")
        #expect(screen.contains("(TERM=dumb) cannot run a full-screen program"))
        screen = try t.shell("TERM=no-such-terminal \(exe) --data \(data)")
        #expect(screen.contains("cannot start the terminal interface for TERM=no-such-terminal"))
        #expect(screen.contains("EXIT2."))
        // The plain-text commands do not need the terminal at all.
        screen = try t.shell("TERM=dumb \(exe) show --data \(data) --width 60 rett-syndrome | head -3 | cat -v")
        #expect(screen.contains("Rett syndrome"))
        #expect(!screen.contains("^["), "escape codes in plain output")
        screen = try t.shell("env -u TERM \(exe) search --data \(data) --limit 1 'rett syndrome'")
        #expect(screen.contains("rett-syndrome") && screen.contains("EXIT0."))
    }

    @Test func nonUTF8LocaleFallsBackToASCIIGlyphs() throws {
        let t = try TmuxSession(width: 100, height: 30, environment: ["LANG": "C", "LC_ALL": "C"])
        try t.type("\(exe) --data \(data) --persona patient"); try t.send("Enter")
        try t.waitFor("Reading as Patient")
        try t.send("Enter")
        let page = try t.waitFor("Review:")
        #expect(page.contains("(v) Submitted -- (*) Under review -- ( ) Approved") || page.contains("(*) Submitted"))
        #expect(!page.contains("●") && !page.contains("─") && !page.contains("•"))
        // Non-ASCII text is spelled in ASCII, never dropped (it read "between  1.0 and  2.5").
        try t.send("L"); try t.send("/"); try t.type("osteopenia managed"); try t.send("Enter"); try t.send("Enter")
        var text = try t.waitFor("How is osteopenia managed?")
        for _ in 0..<3 { try t.send("Space"); text += try t.screen() }
        #expect(text.contains("between -1.0 and -2.5"), "\(text)")
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII reached a C-locale terminal")
        try t.send("q")
        try t.waitFor("e2e$")
    }

    /// Emoji sequences once garbled the line and left stale cells behind in later frames.
    @Test func emojiSequencesDrawCleanlyAndLeaveNothingBehind() throws {
        let t = try TmuxSession(width: 70, height: 20, environment: [:])
        let root = t.home.appendingPathComponent("lib")
        try LibraryScaffold.prepare(root, title: "Emoji")
        try JSONFileRepository(directory: root).save(Article(
            id: "emoji", question: "Family 👨‍👩‍👧‍👦 thumbs 👍🏽 flag 🇫🇷 heart ❤️ key 1️⃣ 中文 end?", specialty: "Tests", status: .underReview,
            lastUpdated: "2026-11-01", summary: Summary(lay: "Text with 👨‍👩‍👧‍👦 and 👍🏽 inside [1].", clinical: "Text [1]."),
            sections: Sections(research: ResearchSection(groups: [ResearchGroup(heading: "Group", bullets: ["A bullet [1]."])])),
            references: [Reference(kind: .research, title: "T", source: "S", year: 2020)]))
        try t.type("\(exe) --data \(root.path) --persona patient"); try t.send("Enter")
        try t.waitFor("Reading as Patient")
        try t.send("Enter")
        try t.waitFor("Review:")
        try t.send("h"); try t.waitFor("Reading as Patient")
        try t.send("Enter")
        let screen = try t.waitFor("Review:")
        #expect(screen.contains("Family 👨 thumbs 👍 flag FR heart ❤ key 1⃣ 中文 end?"), "\(screen)")
        #expect(!screen.contains("🏽") && !screen.contains("👩"))
        for line in screen.split(separator: "\n") { #expect(DisplayWidth.of(line) <= 70, "a line wider than the terminal: \(line)") }
        // The cursor column after the title agrees with our measure: nothing shifted.
        try t.send("q")
        try t.waitFor("e2e$")
    }

    @Test func aFatalErrorInsideAScreenLeavesTheTerminalAsItWas() throws {
        let t = try TmuxSession(width: 80, height: 24, environment: ["CURBSIDE_FAULT": "render"])
        try t.type("stty -g > \(t.home.path)/before; \(exe) --data \(data) --persona patient; code=$?; stty -g > \(t.home.path)/after; echo RC-$code")
        try t.send("Enter")
        try t.waitFor("Reading as Patient")
        try t.send("j")   // the first key handled crashes the next draw
        let screen = try t.waitUntil("the shell after the crash") { $0.range(of: #"RC-[0-9]+"#, options: .regularExpression) != nil }
        #expect(screen.contains("RC-132") || screen.contains("RC-133") || screen.contains("RC-134"), "\(screen)")
        #expect(try settings(t, "before") == settings(t, "after"))
        // The shell still echoes what is typed: the terminal is usable.
        try t.type("echo still-$((6*7))"); try t.send("Enter")
        try t.waitFor("still-42")
    }

    @Test func resizeStormAndExtremeSizes() throws {
        let t = try TmuxSession(width: 80, height: 24, environment: [:])
        try t.type("\(exe) --data \(data) --persona patient; echo RC-$?"); try t.send("Enter")
        try t.waitFor("Reading as Patient")
        try t.send("Enter")
        try t.waitFor("Review:")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<40 {
            try t.resize(width: Int.random(in: 1...300, using: &generator), height: Int.random(in: 1...100, using: &generator))
        }
        for (w, h) in [(1, 1), (2, 1), (300, 100), (10, 3)] { try t.resize(width: w, height: h) }
        try t.resize(width: 90, height: 28)
        try t.waitUntil("the article redrawn at 90x28") { s in
            let rows = s.components(separatedBy: "\n")
            return rows.contains { $0.contains("Review:") } && rows.allSatisfy { $0.count <= 90 }
        }
        try t.send("q")
        try t.waitFor("RC-0")
    }

    @Test func unwritableStateGivesAMessageAndReadingStillWorks() throws {
        // /proc refuses new files even to root: the state and data directories cannot be made.
        let t = try TmuxSession(width: 100, height: 30, environment: ["XDG_STATE_HOME": "/proc/curbside-state", "XDG_DATA_HOME": "/proc/curbside-data", "XDG_CONFIG_HOME": "/proc/curbside-config"])
        try t.type("\(exe) --data \(data) --persona patient; echo RC-$?"); try t.send("Enter")
        try t.waitFor("Reading as Patient")
        try t.send("Enter")
        let page = try t.waitFor("Not saved (reading still works)")
        #expect(page.contains("/proc/curbside-state"))
        #expect(page.contains("Review:"))
        try t.send("q")
        try t.waitFor("RC-0")
        let submit = try t.shell("\(exe) submit --data \(data) 'a question with nowhere to go'")
        #expect(submit.contains("EXIT1."))
        #expect(submit.contains("/proc/curbside-data"))
    }

    @Test func readOnlyLibraryCanBeReadButNotChanged() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-ro-\(UUID().uuidString)")
        defer { _ = try? TmuxSession.run(["chmod", "-R", "u+w", root.path]); try? FileManager.default.removeItem(at: root) }
        _ = try TmuxSession.run(["cp", "-r", data, root.path])
        _ = try TmuxSession.run(["chmod", "-R", "a+rX,a-w", root.path])
        // Permissions bind everyone but root: run as 'nobody' when we are root.
        let asReader = geteuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-ro-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        _ = try TmuxSession.run(["chmod", "777", home.path])
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["env", "HOME=\(home.path)", "XDG_DATA_HOME=\(home.path)/data", "XDG_STATE_HOME=\(home.path)/state", "XDG_CACHE_HOME=\(home.path)/cache"]
        let search = try TmuxSession.run(asReader + env + [exe, "search", "--data", root.path, "--limit", "1", "rett syndrome"])
        #expect(search.status == 0 && search.output.contains("rett-syndrome"), "\(search.output)")
        let review = try TmuxSession.run(asReader + env + ["USER=nobody", exe, "review", "start", "--data", root.path, "levothyroxine-and-calcium-timing"])
        #expect(review.status != 0)
        #expect(review.output.contains("cannot save 'levothyroxine-and-calcium-timing' in \(root.path)"), "\(review.output)")
        let untouched = try String(contentsOf: root.appendingPathComponent("articles/levothyroxine-and-calcium-timing.json"), encoding: .utf8)
        #expect(untouched.contains("\"status\": \"submitted\","))
    }

    @Test func pipedOutputOrInputGetsAMessageAndNoEscapeCodes() throws {
        let t = try TmuxSession(width: 100, height: 30, environment: [:])
        var screen = try t.shell("\(exe) --data \(data) | cat -v")
        #expect(screen.contains("needs an interactive terminal"))
        #expect(!screen.contains("^["), "escape codes went into the pipe")
        screen = try t.shell("\(exe) --data \(data) < /dev/null")
        #expect(screen.contains("needs an interactive terminal"))
        #expect(screen.contains("EXIT2."))
    }

    @Test func suspendAndResumeRestoreTheTerminalEachTime() throws {
        let t = try TmuxSession(width: 80, height: 24, environment: [:])
        try t.type("stty -g > \(t.home.path)/before; \(exe) --data \(data) --persona patient"); try t.send("Enter")
        try t.waitFor("Reading as Patient")
        try t.send("C-z")
        try t.waitUntil("the shell after suspend") { $0.contains("Stopped") }
        // While suspended, the shell has the terminal as it was.
        try t.type("stty -g > \(t.home.path)/suspended; fg"); try t.send("Enter")
        try t.waitFor("Reading as Patient")
        #expect(try settings(t, "before") == settings(t, "suspended"))
        try t.send("q")
        try t.type("stty -g > \(t.home.path)/after; echo AF$((1+1))TER"); try t.send("Enter")
        try t.waitFor("AF2TER")
        #expect(try settings(t, "before") == settings(t, "after"))
    }
}
