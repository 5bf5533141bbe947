import CurbsideBrowser
import CurbsideCore
import Foundation
import Synchronization

/// Runs the browser: turns keys and finished work into messages for the state, carries out the
/// commands the state returns (saving, submitting, loading, answering) and draws frames, until
/// the reader quits or a signal asks to.
public struct BrowserApp {
    let library: Library
    /// Loads the full library when `library` is only an outline; run in the background.
    let completeLibrary: (@Sendable () -> Library)?
    /// Reads one article's file, for an article opened while `library` is only an outline.
    let readArticle: (@Sendable (String) -> Article?)?
    let store: UserStateStore
    let submissions: SubmissionStore
    let personaOverride: String?
    let makeEngine: @Sendable (Library) -> FollowUpEngine
    /// Records nothing on its own: no history, past questions or persona (the runner's caches are off too).
    let isPrivate: Bool

    public init(library: Library, completeLibrary: (@Sendable () -> Library)? = nil, readArticle: (@Sendable (String) -> Article?)? = nil,
                store: UserStateStore, submissions: SubmissionStore, personaOverride: String?,
                makeEngine: (@Sendable (Library) -> FollowUpEngine)? = nil, isPrivate: Bool = false) {
        self.library = library; self.completeLibrary = completeLibrary; self.readArticle = readArticle
        self.makeEngine = makeEngine ?? { FollowUpEngine(library: $0) }
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
        let persona = personaID.flatMap { try? Persona.resolve($0, in: library) }
        let size = terminal.size
        var state = BrowserState(library: library, width: size.width, height: size.height, persona: persona,
                                 glyphs: terminal.unicode ? .unicode : .ascii, bookmarks: saved.bookmarks,
                                 visited: saved.history, pastQuestions: saved.questions)
        state.isPrivate = isPrivate
        if let width = ProcessInfo.processInfo.environment["CURBSIDE_READING_WIDTH"].flatMap(Int.init), width >= 20 { state.readingWidth = width }
        if let warning = saved.warnings.first { state.report(warning) }
        terminal.draw(state.render())

        let inbox = Inbox()
        let worker = Worker(makeEngine: makeEngine, inbox: inbox)
        var saver = Saver(store: store, submissions: submissions, personaOverride: personaOverride, isPrivate: isPrivate, saved: saved)
        var quit = false
        func carryOut(_ commands: [Command]) {
            for command in commands {
                switch command {
                case .quit: quit = true
                case .loadLibrary:
                    if let completeLibrary { DispatchQueue.global().async { inbox.post(.libraryLoaded(completeLibrary())) } }
                case .readArticle(let id):
                    // One small file, read here: the page then draws whole in the next frame.
                    carryOut(state.update(.articleRead(id, readArticle?(id))))
                case .buildEngine(let library): worker.build(library)
                case .answer(let request): worker.answer(request)
                default:
                    if let reply = saver.perform(command, library: state.library) { carryOut(state.update(reply)) }
                }
            }
        }
        carryOut(state.startCommands)
        while true {
            if let sig = TerminalGuard.requestedQuit { return 128 + sig }
            var changed = false
            for message in inbox.takeAll() { carryOut(state.update(message)); changed = true }
            if let notice = notices.takeNew() { carryOut(state.update(.notice(notice))); changed = true }
            if quit { return 0 }
            if changed { terminal.draw(state.render()) }
            // Shorter waits while work is out, so its result shows as soon as it is done.
            guard let key = terminal.readKey(waitMilliseconds: worker.isBusy ? 20 : 250) else { continue }
            carryOut(state.update(.key(key)))
            if let notice = notices.takeNew() { carryOut(state.update(.notice(notice))) }
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

/// Messages from other threads, picked up by the main loop.
final class Inbox: Sendable {
    private let messages = Mutex<[Message]>([])
    func post(_ message: Message) { messages.withLock { $0.append(message) } }
    func takeAll() -> [Message] { messages.withLock { m in defer { m = [] }; return m } }
}

/// Builds the follow-up engine and answers questions on one background queue, in order: a
/// question asked while the engine is being built waits for it rather than building another.
final class Worker: Sendable {
    private let queue = DispatchQueue(label: "curbside.answers")
    private let engine = Mutex<FollowUpEngine?>(nil)
    private let pending = Atomic<Int>(0)
    let makeEngine: @Sendable (Library) -> FollowUpEngine
    let inbox: Inbox

    init(makeEngine: @escaping @Sendable (Library) -> FollowUpEngine, inbox: Inbox) {
        self.makeEngine = makeEngine; self.inbox = inbox
    }

    var isBusy: Bool { pending.load(ordering: .relaxed) > 0 }

    func build(_ library: Library) {
        pending.add(1, ordering: .relaxed)
        queue.async { [self] in
            let built = makeEngine(library)
            engine.withLock { $0 = built }
            pending.subtract(1, ordering: .relaxed)
            inbox.post(.engineReady)
        }
    }

    func answer(_ request: AnswerRequest) {
        pending.add(1, ordering: .relaxed)
        queue.async { [self] in
            if let current = engine.withLock({ $0 }) {
                inbox.post(.answerReady(request, AnswerResult.compute(request, engine: current)))
            }
            pending.subtract(1, ordering: .relaxed)
        }
    }
}

/// Lines for standard error that arrive while the browser owns the screen.
final class NoticeQueue: Sendable {
    private let state = Mutex<(lines: [String], shown: Int)>(([], 0))
    func add(_ line: String) { state.withLock { $0.lines.append(line) } }
    /// The latest line not yet shown on the status line.
    func takeNew() -> String? {
        state.withLock { s in
            defer { s.shown = s.lines.count }
            return s.lines.count > s.shown ? s.lines.last : nil
        }
    }
    func flushToStandardError() {
        let all = state.withLock { $0.lines }
        for line in all { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        PrivateFiles.setNoticeHandler { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    }
}
