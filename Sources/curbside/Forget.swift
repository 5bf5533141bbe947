import ArgumentParser
import CurbsideCore
import Foundation

extension Forgetting.Target: ExpressibleByArgument {}

struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Delete what Curbside keeps about you: history, questions, bookmarks, or all.",
        discussion: """
        history: the articles you opened. questions: your past follow-up questions, the questions you submitted, and the cache of what \
        `ask` read of the articles it answered from. \
        bookmarks: your bookmarks. all: every Curbside file in your config, state, data and cache directories \
        (your persona and the caches too). The files are deleted from disk. It lists what it will delete and asks \
        first; without a terminal to ask on, add --yes. Quit the browser first: one still open saves what it \
        holds in memory again.
        """
    )

    @Argument(help: ArgumentHelp("What to forget: history, questions, bookmarks or all.", valueName: "WHAT")) var what: Forgetting.Target
    @Flag(name: [.short, .long], help: "Delete without asking.") var yes = false

    func run() throws {
        let forgetting = Forgetting()
        let items = forgetting.items(what)
        guard !items.isEmpty else {
            print("Nothing to forget: Curbside keeps no \(what == .all ? "files" : what.rawValue) for you.")
            return
        }
        print("curbside forget \(what.rawValue) deletes:")
        for item in items { print("  \(SafeText.clean(item.url.path)) (\(item.holds))") }
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                throw CommandFailure("curbside: nothing deleted: forget asks before deleting and standard input is not a terminal. Run it in a terminal, or add --yes.")
            }
            print("Delete \(items.count == 1 ? "it" : "them")? [y/N] ", terminator: "")
            fflush(nil)
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
            guard answer == "y" || answer == "yes" else {
                print("Nothing deleted.")
                return
            }
        }
        try forgetting.forget(what)
        print("Deleted.")
    }
}

/// `--private`, for the commands that would otherwise leave a trace (history, past questions, caches).
struct PrivacyOptions: ParsableArguments {
    @Flag(name: .customLong("private"), help: "Read without recording: no history, past questions or caches are written (also CURBSIDE_PRIVATE=1).")
    var privateFlag = false

    var isPrivate: Bool { privateFlag || Self.environmentAsks() }

    /// CURBSIDE_PRIVATE set to anything but empty, 0, false or no.
    static func environmentAsks(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard let value = environment["CURBSIDE_PRIVATE"]?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return !["", "0", "false", "no"].contains(value)
    }
}
