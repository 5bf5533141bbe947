import ArgumentParser
import CurbsideCore
import CurbsideTerminal
import Foundation

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser on a library (the default command).",
        discussion: "Keys: press ? inside the browser for the full list (generated from the same table that drives the keymap)."
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp("Read as this persona for this run only (e.g. patient, physician).", valueName: "ID"))
    var persona: String?

    @OptionGroup var privacy: PrivacyOptions

    func run() throws {
        // A library opens from an outline at once and loads fully in the background: the saved
        // index's, read where it lies (its cost does not grow with the library), else the catalog
        // cache's. A private session reads the caches when they are current but never writes them.
        let startup = LibraryStartup(repository: try library.repository(), cacheDirectory: LibraryStartup.standardCacheDirectory(),
                                     savesCaches: !privacy.isPrivate)
        let submissions = SubmissionStore()
        let withSubmissions: @Sendable (Library) -> Library = { submissions.merged(into: $0) }
        // The saved index's fingerprint is taken just before the full library is read (a change made
        // while reading then makes the index stale); from an outline, that is in the background,
        // so the first frame does not wait for another listing of the articles folder.
        let fingerprint = SharedValue<String>()
        // The reader's own submitted questions, never in the saved index, are merged into its outline's list.
        let outline = startup.savedOutlineStart() ?? startup.outline()
        if outline == nil { fingerprint.set(startup.indexFingerprint()) }
        let lib = withSubmissions(outline ?? ProgressBar.during("Reading articles") { startup.full(progress: $0) })
        if let persona {
            do { _ = try Persona.resolve(persona, in: lib) } catch { throw ValidationError(error.message) }
        }
        var complete: (@Sendable () -> Library)? = nil
        if outline != nil {
            complete = {
                fingerprint.set(startup.indexFingerprint())
                // Sorted here, in the loader's thread: the screen that receives it then waits 1 ms, not 300, at 100,000.
                var full = withSubmissions(startup.full())
                full.keepDisplayOrder()
                return full
            }
        }
        let repository = startup.repository
        let app = BrowserApp(library: lib, completeLibrary: complete, readArticle: { repository.loadArticle($0) },
                             store: UserStateStore(), submissions: submissions, personaOverride: persona,
                             makeEngine: Self.engineFactory(startup: startup, fingerprint: fingerprint, submissions: submissions),
                             isPrivate: privacy.isPrivate)
        do {
            let status = try app.run()
            if status != 0 { throw ExitCode(status) }
        } catch let error as Terminal.StartError {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}

extension Browse {
    /// Follow-up engines that use the saved index: at once on an outline (reading the articles an
    /// answer quotes from their files), and for the full library instead of building it (the
    /// outline's index, still current, is used again rather than read twice). The reader's own
    /// submissions are not in the saved index; with any, the index is built, except on the saved
    /// index's own outline (a question submitted there is searchable once the library has loaded).
    static func engineFactory(startup: LibraryStartup, fingerprint: SharedValue<String>, submissions: SubmissionStore) -> @Sendable (Library) -> FollowUpEngine {
        let outlineIndex = SharedValue<SearchIndex>()
        return { library in
            guard library.savedOutline != nil || submissions.load().0.isEmpty else { return FollowUpEngine(library: library) }
            if library.isOutline {
                guard let index = startup.cachedIndex(glossary: library.glossary), index.count == library.savedOutline?.count ?? library.articles.count else {
                    return FollowUpEngine(library: library)
                }
                outlineIndex.set(index)
                let repository = startup.repository
                // Should the saved file turn out damaged mid-question, the library is loaded and
                // indexed then (an edited article's text is read fresh anyway, and the background
                // load checks every article's stamp).
                let fallback = FollowUpEngine.Fallback(changed: { _ in false }, engine: {
                    let fingerprint = startup.indexFingerprint()
                    let full = startup.full()
                    return FollowUpEngine(library: full, index: startup.index(for: full, fingerprint: fingerprint))
                })
                return FollowUpEngine(library: library, index: index, fetch: { repository.loadArticle($0) ?? library.article($0) }, fallback: fallback)
            }
            let index = startup.index(for: library, fingerprint: fingerprint.value, reusing: outlineIndex.value)
            outlineIndex.set(nil)
            return FollowUpEngine(library: library, index: index)
        }
    }
}

/// A value set on one thread and read later on another.
final class SharedValue<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    func set(_ value: T?) { lock.withLock { stored = value } }
    var value: T? { lock.withLock { stored } }
}

extension LibraryOptions {
    /// The library plus the reader's own submitted questions.
    func loadWithSubmissions() throws -> Library {
        let repository = try repository()
        return SubmissionStore().merged(into: ProgressBar.during("Reading articles") { repository.load(progress: $0) })
    }

    /// The engine for `search` and `ask`. When the saved index is current and the reader has no
    /// submissions of their own, nothing is decoded up front: the index is used where it lies,
    /// titles come from its outline and the few articles an answer quotes are read from their
    /// files; should one of those have changed since (or the saved file turn out damaged), the
    /// library is loaded and indexed before answering. Otherwise the library is loaded, and its
    /// index is taken from the cache or built and saved for next time.
    /// `libraryFiles: false` for a plain search, which needs none of personas, glossary or red flags.
    func searchEngine(savesCaches: Bool = true, libraryFiles: Bool = true) throws -> FollowUpEngine {
        try Self.searchEngine(data, savesCaches: savesCaches, libraryFiles: libraryFiles)
    }

    /// `searchEngine` for the library `--data` names (nil: the default).
    static func searchEngine(_ data: String?, savesCaches: Bool = true, libraryFiles: Bool = true) throws -> FollowUpEngine {
        let repo = try repository(data)
        let startup = LibraryStartup(repository: repo, cacheDirectory: LibraryStartup.standardCacheDirectory(), savesCaches: savesCaches)
        let submissions = SubmissionStore().load().0
        let loadAndIndex: @Sendable () -> FollowUpEngine = {
            let fingerprint = startup.indexFingerprint()
            let full = ProgressBar.during("Reading articles") { startup.full(progress: $0) }
            return FollowUpEngine(library: full, index: ProgressBar.during("Indexing") { startup.index(for: full, fingerprint: fingerprint, progress: $0) })
        }
        if submissions.isEmpty {
            // A later start answers from the saved index; a first start builds it while reading
            // the articles, without holding them, and answers from it; a private one, or one that
            // cannot save it, loads the whole library and indexes it in memory.
            var engine = startup.savedEngine(libraryFiles: libraryFiles, rebuild: loadAndIndex)
                ?? ProgressBar.during("Indexing articles") { startup.firstStartEngine(libraryFiles: libraryFiles, progress: $0, rebuild: loadAndIndex) }
                ?? loadAndIndex()
            // (Only `ask` analyses articles: a plain search need not even stat the glossary for it.)
            if libraryFiles { engine.analysisStore = startup.analysisStore() }
            return engine
        }
        let full = ProgressBar.during("Reading articles") { startup.full(progress: $0) }
        // The reader's own submissions are not in the saved index: index the merged library.
        let merged = SubmissionStore().merged(into: full)
        return FollowUpEngine(library: merged, index: ProgressBar.during("Indexing") { SearchIndex(articles: merged.articles, glossary: merged.glossary, progress: $0) })
    }
}
