import Foundation

/// Drives a real terminal: a private tmux server running a shell, typed into with send-keys
/// and read with capture-pane. Waits for text instead of sleeping for fixed times.
final class TmuxSession {
    let socket = "curbside-e2e-\(UUID().uuidString.prefix(8))"
    let name = "e2e"
    let home: URL
    private var commandsRun = 0

    struct Failure: Error, CustomStringConvertible { var description: String }

    static var isAvailable: Bool { (try? run(["tmux", "-V"]).status) == 0 }

    init(width: Int, height: Int, environment: [String: String]) throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-e2e-\(UUID().uuidString)")
        _ = Self.removeAtExit
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        // HISTFILE empty: the shell saves no history into a home a test has already removed.
        var env = ["HOME": home.path, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PS1": "e2e$ ", "HISTFILE": "",
                   "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                   "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                   "XDG_DATA_HOME": home.appendingPathComponent("data").path]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  "env -i PATH=/usr/bin:/bin TERM=tmux-256color \(exports) bash --norc --noprofile"])
        try waitFor("e2e$")
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: home)
        // A program the killed server hung up on may still save its state into the home after
        // this (recreating it): the homes are removed again when the test process exits.
        Self.lock.withLock { Self.homes.append(home) }
    }

    nonisolated(unsafe) private static var homes: [URL] = []
    private static let lock = NSLock()
    private static let removeAtExit: Void = { atexit { TmuxSession.removeHomes() } }()

    static func removeHomes() {
        for url in lock.withLock({ homes }) { try? FileManager.default.removeItem(at: url) }
    }

    /// Runs a command and returns its status and output. Uses posix_spawn and waitpid directly:
    /// output goes through a file (the tmux server inherits descriptors and would hold a pipe open).
    @discardableResult
    static func run(_ args: [String]) throws -> (status: Int32, output: String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-e2e-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = (["/usr/bin/env"] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Test runners block most signals on their threads, and children inherit the mask:
        // start every child with an empty mask and default handlers, like a login shell would.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/usr/bin/env", &actions, &attr, argv, environ)
        guard rc == 0 else { throw Failure(description: "cannot run \(args): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), (try? String(contentsOf: out, encoding: .utf8)) ?? "")
    }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let r = try Self.run(["tmux", "-L", socket] + args)
        guard r.status == 0 else { throw Failure(description: "tmux \(args.joined(separator: " ")) failed: \(r.output)") }
        return r.output
    }

    /// Types keys by tmux name (Enter, Tab, BTab, Escape, C-c) or literal text with `literal: true`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    func type(_ text: String) throws { try send(text, literal: true) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    var lines: [String] { ((try? screen()) ?? "").components(separatedBy: "\n") }

    /// Waits until the screen satisfies a condition and has stopped changing; fails with the
    /// screen shown.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) {
                // tmux may show a frame half drawn: hand back a screen only once it holds still.
                Thread.sleep(forTimeInterval: 0.05)
                let again = try screen()
                if again == last { return last }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "timed out waiting for \(what); screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
        try waitUntil("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// The next frame: the screen once it differs from `previous` and has stopped changing
    /// (as every wait returns it); `previous` itself if nothing changes within `timeout`.
    func settledScreen(after previous: String, timeout: TimeInterval = 1) -> String {
        (try? waitUntil("a change", timeout: timeout) { $0 != previous }) ?? previous
    }

    /// Clears the pane, runs a shell command and waits for that very command to finish: its
    /// status is printed as "EXIT<status>. (run N)" with N new for every call, so neither the
    /// typed line (which holds printf's format) nor an earlier command's marker can match.
    @discardableResult
    func shell(_ command: String, timeout: TimeInterval = 20) throws -> String {
        commandsRun += 1
        let run = commandsRun
        try type("clear; \(command); printf 'EXIT%s. (run %s)\\n' $? \(run)"); try send("Enter")
        return try waitUntil("command \(run) to finish", timeout: timeout) {
            $0.range(of: #"EXIT[0-9]+\. \(run "# + "\(run)" + #"\)"#, options: .regularExpression) != nil
        }
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }
}

/// The `curbside` binary built beside the tests, and the bundled library.
enum Built {
    static var binary: URL {
        let testBundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        var dir = testBundle.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("curbside")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/curbside").standardizedFileURL
    }

    static var data: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Data").standardizedFileURL
    }
}
