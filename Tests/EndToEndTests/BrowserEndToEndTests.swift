import Foundation
import Testing
@testable import CurbsideCore

/// The real binary in a real terminal, the way a reader meets it.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct BrowserEndToEndTests {
    let library = JSONFileRepository(directory: Built.data).load()

    @Test func firstRunReadFollowAskResizeQuit() throws {
        let t = try TmuxSession(width: 100, height: 30, environment: [:])
        let exe = Built.binary.path
        // Record the terminal settings, run the browser, then record them again.
        try t.type("stty -g > \(t.home.path)/before; \(exe) --data \(Built.data.path); stty -g > \(t.home.path)/after; echo E2E-EXIT=$?")
        try t.send("Enter")

        // First run: the persona picker. Choose Patient.
        try t.waitFor("Which best describes you?")
        #expect(try t.screen().contains("1. Patient"))
        try t.send("Enter")
        try t.waitFor("Reading as Patient")

        // Filter the library to osteopenia and open the worsening-DEXA article.
        let target = try #require(library.article("osteopenia-worsening-dexa"))
        try t.send("/"); try t.type("osteopenia"); try t.send("Enter")
        try t.waitFor("Filter: osteopenia")
        // One step at a time: each j is sent only after the last one's frame is fully drawn, so
        // a slow machine cannot make the loop overshoot.
        func selectedRow(_ screen: String) -> String { screen.components(separatedBy: "\n").first { $0.contains("▸") } ?? "" }
        var list = t.settledScreen(after: "")
        for _ in 0..<20 {
            if selectedRow(list).contains(String(target.question.prefix(40))) { break }
            try t.send("j")
            list = t.settledScreen(after: list, timeout: 10)
        }
        try t.send("Enter")
        var page = try t.waitFor("Review: ✓ Submitted ── ● Under review ── ○ Approved")
        #expect(page.contains(String(target.question.prefix(40))))
        #expect(page.contains("Educational purpose only"))

        // Definitions on demand, no inline glosses: d lists the words the article marks, Enter on
        // the first one opens its whole definition, Esc closes it and h returns to the article.
        try t.send("d")
        try t.waitFor("Words used")
        try t.send("Enter")
        let panel = try t.waitFor("Definition • Esc closes")
        let joined = panel.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(library.glossary.contains { joined.contains($0.definition) }, "no whole definition on screen:\n\(panel)")
        try t.send("Escape")
        try t.waitUntil("the panel to close") { !$0.contains("Definition • Esc closes") }
        try t.send("h")
        page = try t.waitFor("Review: ✓ Submitted")

        // Page through: the three evidence sections are all there.
        var seen = page
        for _ in 0..<12 {
            let before = try t.screen()
            try t.send("Space")
            // Each page is read once it is fully drawn; at the end of the article Space changes nothing.
            seen += t.settledScreen(after: before)
        }
        for title in ["From the Guidelines", "From the FDA Drug Label", "From the Research", "References", "Related questions"] {
            #expect(seen.contains(title), "missing \(title)")
        }

        // Follow the last related question (G, then Shift-Tab past the follow-up and privacy links).
        let relatedID = try #require(target.related.last)
        let related = try #require(library.article(relatedID))
        try t.send("G"); try t.send("BTab"); try t.send("BTab"); try t.send("BTab"); try t.send("Enter")
        try t.waitUntil("the related article") { screen in screen.split(separator: "\n").prefix(3).contains { $0.contains(related.question.prefix(30)) } }

        // Back returns to the DEXA article.
        try t.send("h"); try t.send("g")
        try t.waitUntil("the DEXA article again") { $0.split(separator: "\n").prefix(3).contains { $0.contains(target.question.prefix(30)) } }

        // Ask a follow-up from the article.
        try t.send("f"); try t.type("how do i know if the change on my scan is real"); try t.send("Enter")
        page = try t.waitFor("The answer")
        #expect(page.contains("Asked while reading"))
        // The lead, what adds to it, each with its section and article, then Read more.
        #expect(page.contains("least significant change"))
        #expect(page.contains("Also") && page.contains("In short •"))
        try t.send("G")
        _ = try t.waitFor("Read more")
        // Something no article speaks to: said plainly, with what it is, and a way to submit it.
        try t.send("h")
        _ = try t.waitUntil("the DEXA article again") { $0.contains("In short") }
        try t.send("f"); try t.type("can i drink coffee with my bone tablet"); try t.send("Enter")
        page = try t.waitFor("The library does not answer this yet")
        #expect(page.contains("The closest articles say nothing about: coffee"))
        #expect(page.contains("Submit this question to the editors"))

        // Resize: the text reflows to the new width at once.
        try t.send("h")
        try t.waitUntil("article") { $0.contains("In short") }
        let wide = t.lines
        #expect(wide.contains { $0.count > 70 })
        try t.resize(width: 60, height: 30)
        try t.waitUntil("reflow to 60 columns") { s in
            let rows = s.components(separatedBy: "\n")
            return rows.allSatisfy { $0.count <= 60 } && rows.contains { $0.contains("In short") }
        }

        // Quit: the shell prompt is back and the terminal settings are as before.
        try t.send("q")
        try t.waitFor("E2E-EXIT=0")
        let before = try String(contentsOf: t.home.appendingPathComponent("before"), encoding: .utf8)
        let after = try String(contentsOf: t.home.appendingPathComponent("after"), encoding: .utf8)
        #expect(before == after)
        #expect(try t.screen().contains("e2e$"))

        // The persona was remembered for the next run.
        let config = try String(contentsOf: t.home.appendingPathComponent("config/curbside/config.json"), encoding: .utf8)
        #expect(config.contains("patient"))
    }

    /// At 250 columns: a click past column 223 (SGR mouse reports) opens a question, the text
    /// stays within the reading width, and the section, reference and list keys work.
    @Test func wideTerminalClicksSectionsAndLists() throws {
        let t = try TmuxSession(width: 250, height: 40, environment: [:])
        try t.type("\(Built.binary.path) --data \(Built.data.path) --persona patient; echo E2E-EXIT=$?"); try t.send("Enter")
        try t.waitFor("Reading as Patient")
        // A click reported in SGR form at column 241, on the first question row.
        let rows = t.lines
        let row = try #require(rows.firstIndex { $0.contains("▸") })
        try t.type("\u{1B}[<0;241;\(row + 1)M")
        var page = try t.waitFor("Review: ")
        // Every row but the status line (the last one with text).
        let text = page.components(separatedBy: "\n").filter { !$0.isEmpty }.dropLast()
        let longest = text.map { $0.trimmingCharacters(in: .whitespaces).count }.max() ?? 0
        #expect(longest <= 100, "text runs \(longest) columns at 250")
        // ] walks to the next section heading; r jumps to the references; h comes back.
        try t.send("]")
        page = t.settledScreen(after: page)
        try t.send("r")
        page = try t.waitUntil("the references") { $0.contains("[1] ") && $0.contains("References") }
        try t.send("h")
        page = t.settledScreen(after: page)
        // b bookmarks; in the bookmark list j/k select and Enter opens.
        try t.send("b"); try t.send("B")
        page = try t.waitFor("Bookmarks")
        try t.send("Enter")
        try t.waitFor("Review: ")
        try t.send("q")
        try t.waitFor("E2E-EXIT=0")
    }

    /// Starts the browser through `shell` (a command line for the pane's shell that writes `stty -g`
    /// to before/after around the browser and then prints E2E-42), signals it, and checks that the
    /// terminal is as it was: tty modes, and tmux's alternate screen, mouse tracking and cursor.
    func signalTheBrowser(_ signal: String, through shell: (_ dir: String) -> String) throws {
        let t = try TmuxSession(width: 80, height: 24, environment: [:])
        try t.type(shell(t.home.path))
        try t.send("Enter")
        try t.waitFor("Reading as Physician")
        // Signal exactly this session's browser: the child of the pane's shell.
        let pane = try t.tmux(["list-panes", "-t", t.name, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try TmuxSession.run(["pkill", "-\(signal)", "-P", pane, "curbside"]).status == 0)
        try t.waitFor("E2E-42")
        let before = try String(contentsOf: t.home.appendingPathComponent("before"), encoding: .utf8)
        let after = try String(contentsOf: t.home.appendingPathComponent("after"), encoding: .utf8)
        #expect(before == after, "tty modes changed by SIG\(signal)")
        let flags = try t.tmux(["display-message", "-p", "-t", t.name, "#{alternate_on} #{mouse_any_flag} #{cursor_flag}"])
        #expect(flags.trimmingCharacters(in: .whitespacesAndNewlines) == "0 0 1", "alternate screen, mouse, cursor after SIG\(signal): \(flags)")
    }

    /// Quit signals end the browser cleanly; crash signals go through the crash handler. Either
    /// way the terminal is as it was.
    @Test(arguments: ["INT", "TERM", "HUP", "SEGV", "ABRT"])
    func signalsLeaveTheTerminalAsItWas(signal: String) throws {
        try signalTheBrowser(signal) { dir in
            "stty -g > \(dir)/before; \(Built.binary.path) --data \(Built.data.path) --persona physician & fg >/dev/null; stty -g > \(dir)/after; echo E2E-$((40+2))"
        }
    }

    /// Signals whose default action ends a process (USR1, ALRM, PIPE, …) once left the alternate
    /// screen, mouse tracking and a hidden cursor behind, and under dash (which does not restore
    /// tty modes as bash does) a terminal without echo. Each must end the browser cleanly.
    @Test(arguments: ["USR1", "USR2", "ALRM", "PIPE", "QUIT", "VTALRM", "TERM"])
    func everyEndingSignalRestoresTheTerminalUnderDash(signal: String) throws {
        try signalTheBrowser(signal) { dir in
            "exec dash -c 'stty -g > \(dir)/before; \(Built.binary.path) --data \(Built.data.path) --persona physician; stty -g > \(dir)/after; echo E2E-$((40+2)); exec sleep 600'"
        }
    }

    @Test func ctrlZSuspendsAndResumes() throws {
        let t = try TmuxSession(width: 80, height: 24, environment: [:])
        try t.type("\(Built.binary.path) --data \(Built.data.path) --persona patient")
        try t.send("Enter")
        try t.waitFor("Reading as Patient")
        try t.send("C-z")
        try t.waitUntil("the shell after suspend") { $0.contains("Stopped") }
        try t.type("fg"); try t.send("Enter")
        try t.waitFor("Reading as Patient")
        try t.send("q")
        try t.waitUntil("the prompt after quit") { $0.hasSuffix("e2e$") || $0.components(separatedBy: "\n").last { !$0.isEmpty }?.hasPrefix("e2e$") == true }
    }
}
