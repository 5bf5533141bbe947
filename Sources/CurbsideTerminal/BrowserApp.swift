import CurbsideBrowser
import CurbsideCore
import Foundation

/// Runs the browser: reads keys, updates state, performs effects (saving state, submitting
/// questions) and draws frames, until the reader quits or a signal asks to.
public struct BrowserApp {
    let library: Library
    /// Loads the full library when `library` is only the catalog outline; run in the background.
    let completeLibrary: (@Sendable () -> Library)?
    let store: UserStateStore
    let submissions: SubmissionStore
    let personaOverride: String?
    let makeEngine: (@Sendable (Library) -> FollowUpEngine)?

    public init(library: Library, completeLibrary: (@Sendable () -> Library)? = nil, store: UserStateStore,
                submissions: SubmissionStore, personaOverride: String?, makeEngine: (@Sendable (Library) -> FollowUpEngine)? = nil) {
        self.library = library; self.completeLibrary = completeLibrary; self.makeEngine = makeEngine
        self.store = store; self.submissions = submissions; self.personaOverride = personaOverride
    }

    /// Returns the exit status: 0 on a normal quit, 128+signal when a signal ended it.
    public func run() throws -> Int32 {
        let saved = store.load()
        let terminal = try Terminal()
        defer { terminal.stop() }
        let personaID = personaOverride ?? saved.persona
        let persona = personaID.flatMap { id in library.persona(id) ?? Persona.defaults.first { $0.id == id } }
        let size = terminal.size
        var state = BrowserState(library: library, width: size.width, height: size.height, persona: persona,
                                 glyphs: terminal.unicode ? .unicode : .ascii, bookmarks: saved.bookmarks,
                                 visited: saved.history, pastQuestions: saved.questions, makeEngine: makeEngine)
        if let warning = saved.warnings.first { state.report(warning) }
        // What this process last saw of each list, so saves merge with other processes' changes.
        var lastBookmarks = saved.bookmarks, lastHistory = saved.history, lastQuestions = saved.questions
        terminal.draw(state.render())
        state.prepareEngineInBackground()
        let background = BackgroundResult<Library>()
        if let completeLibrary {
            Thread.detachNewThread { background.set(completeLibrary()) }
        }
        while true {
            if let sig = TerminalGuard.requestedQuit { return 128 + sig }
            if let full = background.take() {
                state.replaceLibrary(full)
                state.prepareEngineInBackground()
                terminal.draw(state.render())
            }
            guard let key = terminal.readKey() else { continue }
            let effects = state.handle(key)
            var quit = false
            for effect in effects {
                do {
                    switch effect {
                    case .quit: quit = true
                    case .savePersona(let id): if personaOverride == nil { try store.savePersona(id) }
                    case .saveBookmarks(let ids): try store.saveBookmarks(ids, previous: lastBookmarks); lastBookmarks = ids
                    case .saveHistory(let ids): try store.saveHistory(ids, previous: lastHistory); lastHistory = ids
                    case .saveQuestions(let list): try store.saveQuestions(list, previous: lastQuestions); lastQuestions = list
                    case .submit(let question, let from, let persona):
                        let stub = try submissions.submit(question: question, from: from, persona: persona, library: state.library)
                        state.didSubmit(stub)
                        state.prepareEngineInBackground()
                    }
                } catch {
                    state.report("Not saved (reading still works): \(error)")
                }
            }
            if quit { return 0 }
            // Fault injection for the reliability tests: a fatal error inside a screen must still
            // leave the terminal as it was (docs/reliability.md).
            if Self.injectedFault { fatalError("injected fault (CURBSIDE_FAULT=render)") }
            terminal.showCursor(state.prompt != nil)
            terminal.draw(state.render())
        }
    }
}

extension BrowserApp {
    static let injectedFault = ProcessInfo.processInfo.environment["CURBSIDE_FAULT"] == "render"
}

/// A value produced on another thread, picked up once by the main loop.
final class BackgroundResult<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?
    func set(_ v: T) { lock.withLock { value = v } }
    func take() -> T? { lock.withLock { defer { value = nil }; return value } }
}
