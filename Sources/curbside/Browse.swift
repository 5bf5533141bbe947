import ArgumentParser
import CurbsideCore
import CurbsideTerminal
import Foundation

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the browser on a library (the default command).",
        discussion: "Keys: press ? inside the browser for the full list (generated from the same table that drives the keymap)."
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp("Read as this persona for this run only (e.g. patient, physician).", valueName: "ID"))
    var persona: String?

    func run() throws {
        // A large library opens from its catalog cache at once and loads fully in the background.
        let startup = LibraryStartup(repository: library.repository(), cacheDirectory: LibraryStartup.standardCacheDirectory())
        let submissions = SubmissionStore()
        let withSubmissions: @Sendable (Library) -> Library = { submissions.merged(into: $0) }
        let outline = startup.outline()
        let lib = withSubmissions(outline ?? startup.full())
        if let persona, lib.persona(persona) == nil {
            throw ValidationError("unknown persona '\(persona)'; choose one of: \(lib.personas.map(\.id).joined(separator: ", "))")
        }
        var complete: (@Sendable () -> Library)? = nil
        if outline != nil { complete = { withSubmissions(startup.full()) } }
        let app = BrowserApp(library: lib, completeLibrary: complete, store: UserStateStore(),
                             submissions: submissions, personaOverride: persona)
        do {
            let status = try app.run()
            if status != 0 { throw ExitCode(status) }
        } catch let error as Terminal.StartError {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}

extension LibraryOptions {
    /// The library plus the reader's own submitted questions.
    func loadWithSubmissions() -> Library {
        SubmissionStore().merged(into: repository().load())
    }
}
