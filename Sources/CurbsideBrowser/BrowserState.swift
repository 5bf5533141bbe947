import CurbsideCore

/// Something the reader must answer y or n to before it happens.
public enum Confirmation: Equatable, Sendable {
    case deleteEntry(list: Location, id: String)
    case clearList(Location)
    case submit(question: String, from: String?)
}

/// The whole browser: `update` turns a message into a new state and the commands the runner
/// must carry out; `render` draws it. Neither does I/O or starts a thread.
public struct BrowserState: Sendable {
    public enum Prompt: Sendable, Equatable { case filter, search, followUp }

    public internal(set) var library: Library
    public internal(set) var width: Int
    public internal(set) var height: Int
    public var glyphs: Glyphs
    /// The widest a page's text runs; wider screens centre it.
    public var readingWidth = 100 { didSet { documentCache = DocumentCache(); relayout() } }
    public internal(set) var persona: Persona?
    /// A private session records nothing on its own: no history, past questions or persona.
    public var isPrivate = false
    public internal(set) var picker: PickerScreen?
    /// The help overlay's scroll, when it is open.
    public internal(set) var helpScroll: Int?
    public var showingHelp: Bool { helpScroll != nil }
    public internal(set) var prompt: (kind: Prompt, editor: LineEditor)?
    public internal(set) var libraryScreen: LibraryScreen
    public internal(set) var reader = Reader()
    public internal(set) var message: String?
    /// The glossary entry whose definition is open under the page.
    public internal(set) var definition: Int?
    /// A question waiting for y or n on the status line.
    public internal(set) var confirmation: Confirmation?

    public internal(set) var bookmarks: [String]
    public internal(set) var visited: [String]
    public internal(set) var pastQuestions: [String]
    var submittedQuestions: Set<String> = []
    /// Answers as they arrive from the runner, with their highlight words.
    public internal(set) var answers: [AnswerRequest: AnswerResult] = [:]
    var requested: Set<AnswerRequest> = []
    /// Articles whose files were asked for while the library is only outlined.
    var articlesRead: Set<String> = []
    public internal(set) var engineReady = false
    /// Recently laid-out pages, so going back and forward does not lay them out again.
    var documentCache = DocumentCache()
    let glosser: Lazy<Glosser>

    public static let minimumWidth = 20, minimumHeight = 6

    public init(library: Library, width: Int, height: Int, persona: Persona?, glyphs: Glyphs = .unicode,
                bookmarks: [String] = [], visited: [String] = [], pastQuestions: [String] = []) {
        self.library = library
        self.width = width
        self.height = height
        self.persona = persona
        self.glyphs = glyphs
        self.bookmarks = bookmarks
        self.visited = visited
        self.pastQuestions = pastQuestions
        libraryScreen = LibraryScreen(library: library)
        glosser = Lazy { [glossary = library.glossary] in Glosser(glossary: glossary) }
        if persona == nil { picker = PickerScreen(personas: Persona.available(in: library), current: nil) }
        resize(width: width, height: height)
    }

    /// What the runner does first: load the library behind an outline, build the follow-up engine.
    public var startCommands: [Command] {
        (library.isOutline ? [.loadLibrary] : []) + [.buildEngine(library)]
    }

    public var location: Location { reader.location }
    public var visit: Reader.Visit { reader.visit }
    public var document: Document? { reader.document }
    public var search: Reader.PageSearch? { reader.search }
    public var context: Context { location.context }
    public var audience: Audience { persona?.audience ?? .lay }
    /// Rows for the page or list: the last row is the status or prompt line.
    public var viewHeight: Int { max(1, height - 1) }
    var personas: [Persona] { Persona.available(in: library) }

    // MARK: Update

    public mutating func update(_ message: Message) -> [Command] {
        let history = visited
        var commands: [Command] = []
        switch message {
        case .key(let key): commands = react(to: key)
        case .libraryLoaded(let full): commands = replaceLibrary(full)
        case .articleRead(let id, let article): didRead(id, article)
        case .engineReady:
            engineReady = true
            if case .answer = location, answerResult == nil { documentCache = DocumentCache(); relayout() }
        case .answerReady(let request, let result):
            answers[request] = result
            if case .answer = location, request == answerRequest { documentCache = DocumentCache(); relayout() }
        case .submitted(let stub): commands = didSubmit(stub)
        case .saveFailed(let text): self.message = "Not saved (reading still works): \(text)"
        case .notice(let text): self.message = text
        }
        if visited != history { commands.append(.saveHistory(visited)) }
        // The page shown is an article known only by its outline: ask the runner for its file, once.
        if let id = outlinedArticleShown, !articlesRead.contains(id) {
            articlesRead.insert(id)
            commands.append(.readArticle(id))
        }
        // The page shown is an answer not yet asked for: ask the runner once.
        if let request = answerRequest, answers[request] == nil, !requested.contains(request) {
            requested.insert(request)
            commands.append(.answer(request))
        }
        return commands
    }

    mutating func react(to key: Key) -> [Command] {
        message = nil
        if case .resize(let w, let h) = key { resize(width: w, height: h); return [] }
        if picker != nil { return updatePicker(key) }
        if prompt != nil { return updatePrompt(key) }
        if confirmation != nil { return answerConfirmation(key) }
        if definition != nil {
            // The definition closes with Esc, Enter or q; any other key closes it and does its own work.
            definition = nil
            if [.escape, .enter, .char("q")].contains(key) { return [] }
        }
        if let scroll = helpScroll {
            // The help scrolls with the keys that scroll a page; the keys that close things close it.
            let rows = HelpOverlay.lines(for: context, glyphs: glyphs, width: width).count
            switch Keymap.action(for: key, in: context) {
            case .lineDown: helpScroll = min(max(0, rows - 1), scroll + 1)
            case .lineUp: helpScroll = max(0, scroll - 1)
            case .pageDown, .halfPageDown: helpScroll = min(max(0, rows - 1), scroll + viewHeight / 2)
            case .pageUp, .halfPageUp: helpScroll = max(0, scroll - viewHeight / 2)
            case .help, .quit, .clear, .open: helpScroll = nil
            default: break
            }
            return []
        }
        if case .click(let x, let y) = key { return click(x: x, y: y) }
        guard let action = Keymap.action(for: key, in: context) else {
            if case .char(let c) = key, c != " " { message = "Unknown key '\(c)'. Press ? for help." }
            return []
        }
        return perform(action, key: key)
    }

    public mutating func perform(_ action: Action, key: Key? = nil) -> [Command] {
        let half = max(1, viewHeight / 2), page = max(1, viewHeight - 2)
        switch action {
        case .help: helpScroll = 0
        case .quit: return [.quit]
        case .lineDown: move(1)
        case .lineUp: move(-1)
        case .halfPageDown: move(half)
        case .halfPageUp: move(-half)
        case .pageDown: move(page)
        case .pageUp: move(-page)
        case .top: move(Int.min / 2)
        case .bottom: move(Int.max / 2)
        case .open: return openSelected()
        case .back: if !go(-1) { message = "Nothing to go back to." }
        case .forward: if !go(1) { message = "Nothing to go forward to." }
        case .nextLink, .previousLink:
            if !reader.cycleLink(action == .nextLink ? 1 : -1) { message = "No links on this page." }
        case .nextSection, .previousSection:
            if !reader.jumpSection(action == .nextSection ? 1 : -1) { message = action == .nextSection ? "This is the last section." : "This is the top." }
        case .section:
            if case .char(let c)? = key, let n = c.wholeNumberValue {
                if let title = reader.jumpToSection(n) { message = "\(n). \(title)" } else { message = "This page has \(document?.sections.count ?? 0) sections." }
            }
        case .references:
            if let line = document?.sections.first(where: { $0.title == SectionTitles.references })?.line {
                reader.pushPosition(line: line); message = "References. Press Backspace or h to return."
            } else { message = "This page has no references." }
        case .filter:
            // A fresh filter each time; the last one is a ↑ away.
            prompt = (.filter, LineEditor(past: [libraryScreen.filter, libraryScreen.lastFilter].compactMap { $0 }.filter { !$0.isEmpty }.uniqued()))
            libraryScreen.setFilter("", library: library)
        case .searchPage: prompt = (.search, LineEditor(past: search.map { [$0.query] } ?? []))
        case .nextMatch, .previousMatch:
            if !reader.stepMatch(action == .nextMatch ? 1 : -1) { message = "No search. Press / to search the page." }
        case .clear:
            if context == .library { libraryScreen.setFilter("", library: library) } else { reader.search = nil }
        case .followUp: prompt = (.followUp, LineEditor(past: pastQuestions))
        case .submit:
            guard case .answer(let question, _) = location, let result = answerResult, !result.answer.confident else {
                message = "Only an unanswered question can be sent to the editors."; return []
            }
            return follow(.submitQuestion(question))
        case .persona: picker = PickerScreen(personas: personas, current: persona?.id); picker?.scrollToRow(height: height)
        case .bookmark: return toggleBookmark()
        case .bookmarks: navigate(to: .bookmarks)
        case .problems: navigate(to: .problems)
        case .history: navigate(to: .history)
        case .home: navigate(to: .library)
        case .deleteEntry: askToDeleteEntry()
        case .clearList: askToClearList()
        case .privacy: navigate(to: .page(PolicyPage.privacyID))
        case .terms:
            guard case .article(let id) = location else { return [] }
            navigate(to: .terms(id))
        default: break // picker and editor actions are handled by their screens
        }
        return []
    }

    mutating func move(_ delta: Int) {
        switch context {
        case .library: libraryScreen.move(delta)
        case .list: reader.moveEntry(delta)
        default: reader.scroll(by: delta)
        }
    }

    mutating func updatePicker(_ key: Key) -> [Command] {
        guard var screen = picker else { return [] }
        let outcome = screen.update(key, firstStart: persona == nil, height: height)
        picker = screen
        switch outcome {
        case .stay: return []
        case .quit: return [.quit]
        case .keep: picker = nil; return []
        case .choose(let row): return choosePersona(row)
        }
    }

    mutating func choosePersona(_ row: Int) -> [Command] {
        let chosen = personas[row]
        picker = nil
        persona = chosen
        relayout()
        message = "Reading as \(chosen.label)\(isPrivate ? " for this private session" : "")."
        return isPrivate ? [] : [.savePersona(chosen.id)]
    }

    mutating func updatePrompt(_ key: Key) -> [Command] {
        guard case (let kind, var editor)? = prompt else { return [] }
        switch editor.handle(key) {
        case .editing:
            prompt = (kind, editor)
            // The filter narrows and the search lights up as you type.
            if kind == .filter { libraryScreen.setFilter(editor.string, library: library) }
            if kind == .search { reader.runSearch(editor.string) }
        case .cancelled:
            prompt = nil
            if kind == .filter { libraryScreen.setFilter("", library: library) }
            if kind == .search { reader.search = nil }
        case .submitted(let text):
            prompt = nil
            switch kind {
            case .filter: libraryScreen.setFilter(text, library: library); libraryScreen.remember(filter: text)
            case .search:
                reader.runSearch(text)
                if text.isEmpty { break }
                if search?.matches.isEmpty ?? true { message = "No match for “\(SafeText.clean(text))”." }
            case .followUp: return ask(text)
            }
        }
        return []
    }

    public mutating func report(_ text: String) { message = text }
}

/// A small most-recently-used cache of laid-out pages.
struct DocumentCache: Sendable {
    struct Key: Hashable { var location: Location; var width: Int; var persona: String?; var ascii: Bool }
    private var entries: [(key: Key, document: Document)] = []
    static let capacity = 16

    subscript(key: Key) -> Document? {
        get { entries.first { $0.key == key }?.document }
        set {
            entries.removeAll { $0.key == key }
            if let newValue { entries.insert((key, newValue), at: 0) }
            if entries.count > Self.capacity { entries.removeLast() }
        }
    }
}
