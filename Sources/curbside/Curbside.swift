import ArgumentParser
import CurbsideCore
import Foundation

@main
struct Curbside: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curbside",
        abstract: "A keyboard-driven terminal browser for guideline-backed medical answers.",
        version: CurbsideVersion.string,
        subcommands: [Browse.self, Show.self, Search.self, Ask.self, Submit.self, Review.self, Validate.self, Import.self, Forget.self],
        defaultSubcommand: Browse.self
    )

    /// ArgumentParser's own `main`, except that every message goes through `SafeText`: an error
    /// may quote what was typed (an id, a path, a persona), and that must never drive the terminal.
    static func main() {
        do {
            if let plain = PlainCommand(Array(CommandLine.arguments.dropFirst())) {
                try plain.run()
            } else {
                var command = try quickParse() ?? parseAsRoot()
                try command.run()
            }
        } catch let exit as ExitCode where exit.rawValue == 0 || exit.rawValue == 1 {
            // A plain exit status (`ask`'s "not answered") says nothing: ArgumentParser's
            // `exitCode(for:)` and `fullMessage(for:)` would build the help text to find that out.
            Foundation.exit(exit.rawValue)
        } catch {
            var code = exitCode(for: error)
            // `ask` answers like grep: 0 answered, 1 not answered, 2 for any error.
            if CommandLine.arguments.dropFirst().first(where: { !$0.hasPrefix("-") }) == "ask", code != .success, code.rawValue != 1 || !(error is ExitCode) {
                code = ExitCode(2)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let safe = SafeText.cleanLines(message)
                if code == .success { print(safe) } else { printError(safe) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

extension Curbside {
    /// Help, version and completion requests: the root parser's to answer, whatever else is typed.
    static func asksTheRootParser(_ arguments: [String]) -> Bool {
        arguments.contains { $0 == "-h" || $0 == "--help" || $0 == "help" || $0 == "--version" || $0.hasPrefix("--generate-completion")
            || $0.hasPrefix("--experimental") }
    }

    /// The commands a script or the shell runs again and again (`search`, `ask`, and the browser)
    /// parsed as that one command: parsing as the root reflects over every command and option of
    /// the tool first (a one-shot `search` at 10k articles: 13.9 → 12.4 ms, docs/performance.md).
    /// Anything else, and any arguments the command itself rejects, go through `parseAsRoot` (and
    /// its messages).
    static func quickParse(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> ParsableCommand? {
        if asksTheRootParser(arguments) { return nil }
        guard let first = arguments.first else { return try? Browse.parse([]) }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "search": return try? Search.parse(rest)
        case "ask": return try? Ask.parse(rest)
        case "browse": return try? Browse.parse(rest)
        // The browser is the default command: `curbside --data DIR`.
        case _ where first.hasPrefix("-"): return try? Browse.parse(arguments)
        default: return nil
        }
    }
}

enum CurbsideVersion {
    static let string = "0.1.0"
}

/// `--data DIR`, shared by every command.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library directory (default: $CURBSIDE_DATA, else the bundled Data/).", valueName: "DIR"))
    var data: String?

    /// The library to open; an error when it is not one (a typo in `--data` must not read as an
    /// empty library, nor create a directory).
    func repository() throws -> JSONFileRepository { try Self.repository(data) }

    /// The library `--data` names (nil: the default), as `repository()` opens it.
    static func repository(_ data: String?) throws -> JSONFileRepository {
        let location = LibraryLocation.resolve(explicit: data)
        if let problem = LibraryLocation.problem(with: location.url, display: location.display) {
            throw CommandFailure("curbside: \(problem)")
        }
        return JSONFileRepository(directory: location.url, displayRoot: location.display)
    }
}

/// Errors that end a command with a message and a non-zero status, without a stack trace.
/// The message is cleaned here too, since it often quotes what the user typed.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = SafeText.cleanLines(message) }
}

/// Ends a one-shot command once its output is written, without taking apart what it built: the
/// index, the analyses and the engine are freed with the process. Their teardown was ~0.3 ms of
/// a one-shot `ask` (docs/performance.md). `keeping` holds the value alive up to here, so its
/// teardown cannot run earlier either. Nothing is written in the background by these commands.
func endProcess<T>(_ status: Int32, keeping value: T) -> Never {
    withExtendedLifetime(value) { fflush(nil) }
    Foundation.exit(status)
}

/// A line to standard output, written at once (after whatever `print` holds in its buffer, so
/// lines keep their order). `print` is generic, and its first call looks its argument's type up
/// among every protocol conformance of this static binary (~0.6 ms of a one-shot `search`,
/// docs/performance.md).
func printLine(_ text: String) {
    fflush(nil)
    var bytes = Array((text + "\n").utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        bytes = bytes.dropFirst(written)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
