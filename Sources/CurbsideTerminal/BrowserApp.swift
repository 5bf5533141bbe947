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
    /// Records nothing on its own: no history, past questions or persona (the runner's caches are off too).
    let isPrivate: Bool

    public init(library: Library, completeLibrary: (@Sendable () -> Library)? = nil, store: UserStateStore,
                submissions: SubmissionStore, personaOverride: String?, makeEngine: (@Sendable (Library) -> FollowUpEngine)? = nil,
                isPrivate: Bool = false) {
        self.library = library; self.completeLibrary = completeLibrary; self.makeEngine = makeEngine
        self.store = store; self.submissions = submissions; self.personaOverride = personaOverride
        self.isPrivate = isPrivate
    }

    /// Returns the exit status: 0 on a normal quit, 128+signal when a signal ended it.
    public func run() throws -> Int32 {
        var reader = store
        reader.setsCorruptFilesAside = !isPrivate
        let saved = reader.load()
        // Notices about files made private must not scribble over the screen: shown on the status
        // line, and printed on standard error once the terminal is back.
        let notices = NoticeQueue()
        PrivateFiles.setNoticeHandler { notices.add($0) }
        defer { notices.flushToStandardError() }
        let terminal = try Terminal()
        defer { terminal.stop() }
        let personaID = personaOverride ?? saved.persona
        let persona = personaID.flatMap { id in library.persona(id) ?? Persona.defaults.first { $0.id == id } }
        let size = terminal.size
        var state = BrowserState(library: library, width: size.width, height: size.height, persona: persona,
                                 glyphs: terminal.unicode ? .unicode : .ascii, bookmarks: saved.bookmarks,
                                 visited: saved.history, pastQuestions: saved.questions, makeEngine: makeEngine)
        state.isPrivate = isPrivate
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
                    case .savePersona(let id): if personaOverride == nil && !isPrivate { try store.savePersona(id) }
                    case .saveBookmarks(let ids): try store.saveBookmarks(ids, previous: lastBookmarks); lastBookmarks = ids
                    case .saveHistory(let ids): if !isPrivate { try store.saveHistory(ids, previous: lastHistory); lastHistory = ids }
                    case .saveQuestions(let list): if !isPrivate { try store.saveQuestions(list, previous: lastQuestions); lastQuestions = list }
                    case .forget(let target, let entries):
                        let forgetting = Forgetting(directories: store.directories)
                        if let entries {
                            try forgetting.forget(entries: Set(entries), from: target)
                        } else {
                            try forgetting.forget(target)
                        }
                        // What this process last saw no longer holds them, so no later save brings them back.
                        switch target {
                        case .history: lastHistory.removeAll { entries?.contains($0) ?? true }
                        case .bookmarks: lastBookmarks.removeAll { entries?.contains($0) ?? true }
                        case .questions: lastQuestions.removeAll { entries?.contains($0) ?? true }
                        case .all: break
                        }
                    case .submit(let question, let from, let persona):
                        let stub = try submissions.submit(question: question, from: from, persona: persona, library: state.library)
                        state.didSubmit(stub)
                        state.prepareEngineInBackground()
                    }
                } catch {
                    state.report("Not saved (reading still works): \(error)")
                }
            }
            if let notice = notices.takeNew() { state.report(notice) }
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

/// Lines for standard error that arrive while the browser owns the screen.
final class NoticeQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    private var shown = 0
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    /// The latest line not yet shown on the status line.
    func takeNew() -> String? {
        lock.withLock {
            defer { shown = lines.count }
            return lines.count > shown ? lines.last : nil
        }
    }
    func flushToStandardError() {
        let all = lock.withLock { lines }
        for line in all { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        PrivateFiles.setNoticeHandler { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    }
}

/// A value produced on another thread, picked up once by the main loop.
final class BackgroundResult<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?
    func set(_ v: T) { lock.withLock { value = v } }
    func take() -> T? { lock.withLock { defer { value = nil }; return value } }
}
