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

    /// The engine for `search` and `ask`. When the catalog and the saved index are current and the
    /// reader has no submissions of their own, nothing is decoded up front: titles come from the
    /// catalog and the few articles an answer quotes are read from their files. Otherwise the
    /// library is loaded, and its index is taken from the cache or built and saved for next time.
    func searchEngine() -> FollowUpEngine {
        let repo = repository()
        let startup = LibraryStartup(repository: repo, cacheDirectory: LibraryStartup.standardCacheDirectory())
        let submissions = SubmissionStore().load().0
        if submissions.isEmpty, let outline = startup.outline(),
           let index = startup.cachedIndex(glossary: outline.glossary), index.count == outline.articles.count {
            return FollowUpEngine(library: outline, index: index, fetch: { repo.loadArticle($0) })
        }
        let fingerprint = startup.indexFingerprint()
        let full = startup.full()
        let index = startup.index(for: full, fingerprint: fingerprint)
        if submissions.isEmpty { return FollowUpEngine(library: full, index: index) }
        // The reader's own submissions are not in the saved index: index the merged library.
        return FollowUpEngine(library: SubmissionStore().merged(into: full))
    }
}
