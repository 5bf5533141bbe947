import ArgumentParser
import CurbsideCore
import Foundation

@main
struct Curbside: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curbside",
        abstract: "A keyboard-driven terminal browser for guideline-backed medical answers.",
        version: CurbsideVersion.string,
        subcommands: [Browse.self, Show.self, Search.self, Ask.self, Submit.self, Review.self, Validate.self, Import.self],
        defaultSubcommand: Browse.self
    )
}

enum CurbsideVersion {
    static let string = "0.1.0"
}

/// `--data DIR`, shared by every command.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library directory (default: $CURBSIDE_DATA, else the bundled Data/).", valueName: "DIR"))
    var data: String?

    func repository() -> JSONFileRepository {
        let location = LibraryLocation.resolve(explicit: data)
        return JSONFileRepository(directory: location.url, displayRoot: location.display)
    }
}

/// Errors that end a command with a message and a non-zero status, without a stack trace.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
