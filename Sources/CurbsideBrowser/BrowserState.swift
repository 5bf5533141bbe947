import Foundation
import CurbsideCore

/// A place the browser can show; history is a list of these.
public enum Location: Hashable, Sendable {
    case library
    case article(String)
    case page(String)
    case answer(question: String, from: String?)
    case bookmarks
    case history
    /// The library files that could not be used, each with its reason.
    case problems
}

/// Something the runner must do outside the pure state machine (I/O), then report back.
public enum Effect: Equatable, Sendable {
    case quit
    case savePersona(String)
    case saveBookmarks([String])
    case saveHistory([String])
    case saveQuestions([String])
    case submit(question: String, from: String?, persona: String?)
    /// Delete entries of a list from disk (nil: the whole list, its file included).
    case forget(Forgetting.Target, entries: [String]?)
}

/// Something the reader must answer y or n to before it happens.
public enum Confirmation: Equatable, Sendable {
    case deleteEntry(list: Location, id: String)
    case clearList(Location)
    case submit(question: String, from: String?)
}

/// The whole browser's state. `handle(_:)` changes it for one input event; `render()` draws it.
public struct BrowserState {
    public struct Visit: Sendable {
        public var location: Location
        public var scroll = 0
        public var selectedLink: Int? = nil
        /// The block at the top of the screen, so a reflow keeps the reading position.
        public var topBlock = 0
        /// How many lines into that block the screen starts.
        public var lineInBlock = 0
    }

    public enum Prompt: Sendable, Equatable { case filter, search, followUp }

    public struct PageSearch: Sendable {
        public var query: String
        public var matches: [(line: Int, x: Int, width: Int)]
        public var current: Int
    }

    public private(set) var library: Library
    public private(set) var width: Int
    public private(set) var height: Int
    public var glyphs: Glyphs
    public private(set) var persona: Persona?
    /// The persona picker, open with its highlighted row.
    public private(set) var picker: Int?
    public private(set) var showingHelp = false
    public private(set) var prompt: (kind: Prompt, editor: LineEditor)?
    public private(set) var visits: [Visit]
    public private(set) var current = 0
    public private(set) var document: Document?
    public private(set) var search: PageSearch?
    public private(set) var message: String?
    /// A private session records nothing on its own: no history, past questions or persona.
    public var isPrivate = false
    /// A question waiting for y or n on the status line.
    public private(set) var confirmation: Confirmation?

    public private(set) var filter = ""
    public private(set) var rows: [LibraryList.Row] = []
    /// How many questions the filter shows (rows minus group headers).
    public private(set) var shownCount = 0
    public private(set) var selection = 0
    public private(set) var libraryScroll = 0
    var list: LibraryList
    private var glosserBox: Lazy<Glosser>
    /// Built when first needed: only lay readers of articles use it.
    var glosser: Glosser { glosserBox.value }
    private var engineBox: Lazy<FollowUpEngine>
    /// Builds the follow-up engine for a library; the runner supplies one that uses the saved index.
    private let makeEngine: @Sendable (Library) -> FollowUpEngine

    public private(set) var bookmarks: [String]
    public private(set) var visited: [String]
    public private(set) var pastQuestions: [String]
    private var submittedQuestions: Set<String> = []
    /// Recently laid-out pages, so going back and forward does not lay them out again.
    private var documentCache = DocumentCache()

    public static let minimumWidth = 20, minimumHeight = 6

    public init(library: Library, width: Int, height: Int, persona: Persona?, glyphs: Glyphs = .unicode,
                bookmarks: [String] = [], visited: [String] = [], pastQuestions: [String] = [],
                makeEngine: (@Sendable (Library) -> FollowUpEngine)? = nil) {
        self.library = library
        self.makeEngine = makeEngine ?? { FollowUpEngine(library: $0) }
        self.width = width
        self.height = height
        self.persona = persona
        self.glyphs = glyphs
        self.bookmarks = bookmarks
        self.visited = visited
        self.pastQuestions = pastQuestions
        list = LibraryList(library: library)
        glosserBox = Lazy { [glossary = library.glossary] in Glosser(glossary: glossary) }
        engineBox = Lazy { [library, makeEngine = self.makeEngine] in makeEngine(library) }
        visits = [Visit(location: .library)]
        rows = list.rows(filter: "")
        shownCount = rows.reduce(0) { if case .article = $1 { $0 + 1 } else { $0 } }
        selection = rows.firstIndex { if case .article = $0 { true } else { false } } ?? 0
        if persona == nil { picker = 0 }
    }

    public var location: Location { visits[current].location }
    public var visit: Visit { visits[current] }
    public var screen: ScreenKind { location == .library ? .library : .page }
    public var audience: Audience { persona?.audience ?? .lay }
    /// Rows available to the page or list (the last row is the status or prompt line).
    public var viewHeight: Int { max(1, height - 1) }
    var personas: [Persona] { library.personas.isEmpty ? Persona.defaults : library.personas }

    /// The follow-up engine, built on first use so start-up never waits for the index.
    public var engine: FollowUpEngine { engineBox.value }

    /// Starts building the follow-up engine on another thread, so that the reader's first
    /// question does not wait for it (on a large library's first start that is the whole index
    /// build). Asking before it is ready waits for this build rather than starting another.
    public func prepareEngineInBackground() {
        let box = engineBox
        Thread.detachNewThread { _ = box.value }
    }

    // MARK: Input

    /// One input event. Whatever path changed the reading history (open, follow, back,
    /// forward, click), it is saved once, here.
    public mutating func handle(_ key: Key) -> [Effect] {
        let history = visited
        var effects = react(to: key)
        if visited != history { effects.append(.saveHistory(visited)) }
        return effects
    }

    mutating func react(to key: Key) -> [Effect] {
        message = nil
        if case .resize(let w, let h) = key { resize(width: w, height: h); return [] }
        if picker != nil { return handlePicker(key) }
        if prompt != nil { return handlePrompt(key) }
        if confirmation != nil { return handleConfirmation(key) }
        if showingHelp {
            if key == .char("q") || key == .escape || key == .char("?") || key == .enter { showingHelp = false }
            return []
        }
        if case .click(let x, let y) = key { return click(x: x, y: y) }
        guard let action = Keymap.action(for: key, on: screen) else {
            if case .char(let c) = key, c != " " { message = "Unknown key '\(c)'. Press ? for help." }
            return []
        }
        return perform(action)
    }

    public mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .help: showingHelp = true
        case .quit: return [.quit]
        case .lineDown: move(1)
        case .lineUp: move(-1)
        case .pageDown: move(max(1, viewHeight - 2))
        case .pageUp: move(-max(1, viewHeight - 2))
        case .top: move(Int.min / 2)
        case .bottom: move(Int.max / 2)
        case .open: return openSelected()
        case .back: goBack()
        case .forward: goForward()
        case .nextLink: cycleLink(1)
        case .previousLink: cycleLink(-1)
        case .filter: prompt = (.filter, LineEditor(text: filter))
        case .searchPage: prompt = (.search, LineEditor(text: search?.query ?? ""))
        case .nextMatch: stepMatch(1)
        case .previousMatch: stepMatch(-1)
        case .clear:
            if screen == .library { setFilter("") } else { search = nil }
        case .followUp: prompt = (.followUp, LineEditor(past: pastQuestions))
        case .persona: picker = personas.firstIndex { $0.id == persona?.id } ?? 0
        case .bookmark: return toggleBookmark()
        case .bookmarks: navigate(to: .bookmarks)
        case .problems: navigate(to: .problems)
        case .history: navigate(to: .history)
        case .home: navigate(to: .library)
        case .deleteEntry: askToDeleteEntry()
        case .clearList: askToClearList()
        case .privacy: navigate(to: .page(PolicyPage.privacyID))
        }
        return []
    }

    mutating func handlePicker(_ key: Key) -> [Effect] {
        guard var row = picker else { return [] }
        let count = personas.count
        switch key {
        case .down, .char("j"), .tab, .wheelDown: row = min(count - 1, row + 1)
        case .up, .char("k"), .backTab, .wheelUp: row = max(0, row - 1)
        case .char(let c) where c.isNumber: if let n = c.wholeNumberValue, n >= 1, n <= count { row = n - 1; return choosePersona(row) }
        case .enter: return choosePersona(row)
        case .click(_, let y):
            if let hit = pickerRow(atScreenY: y) { return choosePersona(hit) }
        case .escape, .char("q"):
            if persona == nil { return key == .char("q") ? [.quit] : [] }
            picker = nil; return []
        case .ctrl("c"): return [.quit]
        default: break
        }
        picker = row
        return []
    }

    mutating func choosePersona(_ row: Int) -> [Effect] {
        let chosen = personas[row]
        picker = nil
        persona = chosen
        relayout()
        message = "Reading as \(chosen.label)\(isPrivate ? " for this private session" : "")."
        return isPrivate ? [] : [.savePersona(chosen.id)]
    }

    mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard var (kind, editor) = prompt else { return [] }
        let outcome = editor.handle(key)
        switch outcome {
        case .editing:
            prompt = (kind, editor)
            if kind == .filter { setFilter(editor.string) } // narrow as you type
        case .cancelled:
            prompt = nil
            if kind == .filter { setFilter("") }
        case .submitted(let text):
            prompt = nil
            switch kind {
            case .filter: setFilter(text)
            case .search: runSearch(text)
            case .followUp: return ask(text)
            }
        }
        return []
    }

    // MARK: Navigation

    mutating func navigate(to location: Location) {
        saveViewState()
        visits.removeSubrange((current + 1)...)
        visits.append(Visit(location: location))
        current = visits.count - 1
        enterCurrent()
    }

    mutating func goBack() {
        guard current > 0 else { message = "Nothing to go back to."; return }
        saveViewState()
        current -= 1
        enterCurrent()
    }

    mutating func goForward() {
        guard current + 1 < visits.count else { message = "Nothing to go forward to."; return }
        saveViewState()
        current += 1
        enterCurrent()
    }

    mutating func saveViewState() {
        if let document, visits[current].scroll < document.blockOfLine.count {
            let block = document.blockOfLine[max(0, visits[current].scroll)]
            visits[current].topBlock = block
            visits[current].lineInBlock = visits[current].scroll - document.firstLine(ofBlock: block)
        }
    }

    mutating func enterCurrent() {
        search = nil
        document = nil
        if case .article(let id) = location, visited.first != id {
            visited.removeAll { $0 == id }
            visited.insert(id, at: 0)
            if visited.count > 200 { visited.removeLast(visited.count - 200) }
        }
        relayout()
    }

    /// Rebuilds the current page for the width and persona, keeping the reading position.
    mutating func relayout() {
        guard location != .library else { document = nil; clampLibrary(); return }
        let key = DocumentCache.Key(location: location, width: width, persona: persona?.id, ascii: glyphs == .ascii)
        // The history and bookmark lists change as one reads; they are laid out afresh each time.
        let isList = location == .history || location == .bookmarks
        let doc = (isList ? nil : documentCache[key]) ?? build(location)
        documentCache[key] = doc
        document = doc
        let v = visits[current]
        var line = 0
        if v.scroll != 0 || v.topBlock != 0 {
            let first = doc.firstLine(ofBlock: v.topBlock)
            let blockEnd = doc.blockOfLine[first...].firstIndex { $0 != v.topBlock } ?? doc.lines.count
            line = first + min(v.lineInBlock, max(0, blockEnd - first - 1))
        }
        visits[current].scroll = clampScroll(line)
        if let s = search { runSearch(s.query, jump: false) }
    }

    func build(_ location: Location) -> Document {
        let context = LayoutContext(width: width, audience: audience, personaLabel: persona?.label ?? "Patient", glyphs: glyphs)
        switch location {
        case .library: return Document(title: "Library")
        case .article(let id):
            guard let article = library.article(id) else {
                var b = DocumentBuilder(title: "Not found", width: width, asciiOnly: glyphs == .ascii)
                b.paragraph([Span("There is no article '\(SafeText.clean(id))' in this library.", TextStyle(.error))])
                return b.build()
            }
            return ArticleLayout(library: library, glosser: glosser, context: context).document(for: article)
        case .page(let id):
            if let page = library.pages[id] ?? (id == PolicyPage.privacyID ? PolicyPage.privacy : nil) {
                return PageLayouts.policy(page, context: context)
            }
            return PageLayouts.policy(PolicyPage(id: id, title: "Missing page", paragraphs: ["This library has no page '\(id)'."]), context: context)
        case .answer(let question, let from):
            let answer = engine.answer(question, from: from, audience: audience)
            return PageLayouts.answer(answer, question: question, from: from, library: library, index: engine.index,
                                      submitted: submittedQuestions.contains(question), context: context)
        case .bookmarks:
            return PageLayouts.articleList(title: "Bookmarks", ids: bookmarks, empty: "No bookmarks yet: press b on an article.", library: library, context: context)
        case .history:
            return PageLayouts.articleList(title: "History", ids: visited, empty: "No articles read yet.", library: library, context: context)
        case .problems:
            return PageLayouts.problems(library.problems, context: context)
        }
    }

    mutating func resize(width w: Int, height h: Int) {
        saveViewState()
        width = max(0, w); height = max(0, h)
        relayout()
    }

    mutating func move(_ delta: Int) {
        if screen == .library {
            // Step over group headers from the selection: no pass over every row per keystroke.
            guard shownCount > 0 else { return }
            func isArticle(_ i: Int) -> Bool { if case .article = rows[i] { true } else { false } }
            if delta.magnitude > 1_000_000 {
                selection = delta < 0 ? rows.indices.first(where: isArticle)! : rows.indices.last(where: isArticle)!
            } else {
                var i = selection, remaining = delta.magnitude
                let step = delta < 0 ? -1 : 1
                while remaining > 0 {
                    var j = i + step
                    while j >= 0, j < rows.count, !isArticle(j) { j += step }
                    guard j >= 0, j < rows.count else { break }
                    i = j; remaining -= 1
                }
                selection = i
            }
            clampLibrary()
        } else {
            let target = delta.magnitude > 1_000_000 ? (delta < 0 ? 0 : Int.max / 4) : visits[current].scroll + delta
            visits[current].scroll = clampScroll(target)
            // A selected link that scrolled out of sight is no longer selected.
            if let sel = visits[current].selectedLink, let doc = document, !isVisible(doc.links[sel]) { visits[current].selectedLink = nil }
        }
    }

    func clampScroll(_ line: Int) -> Int {
        let total = document?.lines.count ?? 0
        return max(0, min(line, max(0, total - viewHeight)))
    }

    func isVisible(_ link: Document.Link) -> Bool {
        let top = visits[current].scroll
        return link.places.contains { $0.line >= top && $0.line < top + viewHeight }
    }

    mutating func cycleLink(_ step: Int) {
        guard let doc = document, !doc.links.isEmpty else { message = "No links on this page."; return }
        let top = visits[current].scroll
        let next: Int
        if let sel = visits[current].selectedLink, isVisible(doc.links[sel]) {
            next = (sel + step + doc.links.count) % doc.links.count
        } else if step > 0 {
            next = doc.links.firstIndex { $0.firstLine >= top } ?? 0
        } else {
            next = doc.links.lastIndex { $0.firstLine < top + viewHeight } ?? doc.links.count - 1
        }
        visits[current].selectedLink = next
        let line = doc.links[next].firstLine
        if line < top || line >= top + viewHeight { visits[current].scroll = clampScroll(line - viewHeight / 3) }
    }

    mutating func openSelected() -> [Effect] {
        if screen == .library {
            guard rows.indices.contains(selection), case .article(let id) = rows[selection] else { return [] }
            navigate(to: .article(id))
            return []
        }
        guard let sel = visits[current].selectedLink, let doc = document, doc.links.indices.contains(sel) else {
            message = "Select a link with Tab first."
            return []
        }
        return follow(doc.links[sel].target)
    }

    mutating func follow(_ target: LinkTarget) -> [Effect] {
        switch target {
        case .article(let id): navigate(to: .article(id))
        case .page(let id): navigate(to: .page(id))
        case .citation(let n):
            guard let line = document?.referenceLine[n] else { message = "Reference [\(n)] is missing."; return [] }
            // Jumping to a reference is a step in history: Back returns to the citation.
            let location = self.location
            saveViewState()
            visits.removeSubrange((current + 1)...)
            visits.append(Visit(location: location, scroll: clampScroll(line), selectedLink: nil,
                                topBlock: document!.blockOfLine[clampScroll(line)], lineInBlock: clampScroll(line) - document!.firstLine(ofBlock: document!.blockOfLine[clampScroll(line)])))
            current += 1
            message = "Reference [\(n)]. Press Backspace or h to return."
        case .followUpPrompt: prompt = (.followUp, LineEditor(past: pastQuestions))
        case .submitQuestion(let q):
            guard !submittedQuestions.contains(q) else { return [] }
            var from: String? = nil
            if case .answer(_, let origin) = location { from = origin }
            // Submitting stores the question on this machine, which a private session otherwise never does.
            if isPrivate { confirmation = .submit(question: q, from: from); return [] }
            return [.submit(question: q, from: from, persona: persona?.id)]
        }
        return []
    }

    mutating func click(x: Int, y: Int) -> [Effect] {
        if screen == .library {
            let row = libraryScroll + y - libraryHeaderHeight
            if rows.indices.contains(row), case .article = rows[row] {
                selection = row
                return openSelected()
            }
            return []
        }
        guard let doc = document else { return [] }
        let line = visits[current].scroll + y
        if let i = doc.links.firstIndex(where: { $0.places.contains { $0.line == line && x >= $0.x && x < $0.x + $0.width } }) {
            visits[current].selectedLink = i
            return follow(doc.links[i].target)
        }
        return []
    }

    mutating func toggleBookmark() -> [Effect] {
        guard case .article(let id) = location else { message = "Only articles can be bookmarked."; return [] }
        if let i = bookmarks.firstIndex(of: id) {
            bookmarks.remove(at: i); message = "Bookmark removed."
        } else {
            bookmarks.insert(id, at: 0); message = "Bookmarked. B lists bookmarks."
        }
        return [.saveBookmarks(bookmarks)]
    }

    // MARK: Forgetting and confirmations

    mutating func askToDeleteEntry() {
        guard location == .history || location == .bookmarks else {
            message = "d deletes an entry of your history (H) or bookmarks (B)."; return
        }
        guard let sel = visit.selectedLink, let doc = document, doc.links.indices.contains(sel),
              case .article(let id) = doc.links[sel].target else {
            message = "Select an entry with Tab, then press d to delete it."; return
        }
        confirmation = .deleteEntry(list: location, id: id)
    }

    mutating func askToClearList() {
        guard location == .history || location == .bookmarks else {
            message = "D clears your history (H) or bookmarks (B)."; return
        }
        guard !(location == .history ? visited : bookmarks).isEmpty else { message = "The list is already empty."; return }
        confirmation = .clearList(location)
    }

    /// The question on the status line for a pending confirmation.
    public var confirmationQuestion: String? {
        guard let confirmation else { return nil }
        switch confirmation {
        case .deleteEntry(let list, let id):
            let title = library.article(id).map { SafeText.clean($0.question) } ?? id
            return "Delete “\(title)” from \(list == .history ? "history" : "bookmarks")? y/n"
        case .clearList(let list):
            let count = list == .history ? visited.count : bookmarks.count
            return list == .history ? "Delete all \(count) entries of your history from disk? y/n"
                : "Delete all \(count) bookmarks from disk? y/n"
        case .submit:
            return "Private session: submitting saves this question on this computer for the editors. Submit? y/n"
        }
    }

    mutating func handleConfirmation(_ key: Key) -> [Effect] {
        guard let pending = confirmation else { return [] }
        confirmation = nil
        guard key == .char("y") || key == .char("Y") else { message = "Nothing changed."; return [] }
        var effects: [Effect] = []
        switch pending {
        case .deleteEntry(let list, let id):
            if list == .history {
                visited.removeAll { $0 == id }
                effects = [.forget(.history, entries: [id])]
            } else {
                bookmarks.removeAll { $0 == id }
                effects = [.forget(.bookmarks, entries: [id])]
            }
            message = "Deleted."
        case .clearList(let list):
            if list == .history { visited = []; effects = [.forget(.history, entries: nil)] }
            else { bookmarks = []; effects = [.forget(.bookmarks, entries: nil)] }
            message = list == .history ? "History deleted." : "Bookmarks deleted."
        case .submit(let question, let from):
            return [.submit(question: question, from: from, persona: persona?.id)]
        }
        documentCache = DocumentCache()
        relayout()
        // The selection moves to the entry that took the deleted one's place, if any.
        if let sel = visits[current].selectedLink, let doc = document {
            visits[current].selectedLink = doc.links.isEmpty ? nil : min(sel, doc.links.count - 1)
        }
        return effects
    }

    // MARK: Library filter

    var libraryHeaderHeight: Int { 2 }
    var libraryListHeight: Int { max(1, viewHeight - libraryHeaderHeight) }

    mutating func setFilter(_ text: String) {
        let previous = rows.indices.contains(selection) ? rows[selection] : nil
        filter = text
        rows = list.rows(filter: text)
        shownCount = rows.reduce(0) { if case .article = $1 { $0 + 1 } else { $0 } }
        selection = previous.flatMap { rows.firstIndex(of: $0) }
            ?? rows.firstIndex { if case .article = $0 { true } else { false } } ?? 0
        clampLibrary()
    }

    mutating func clampLibrary() {
        let h = libraryListHeight
        if selection < libraryScroll + 1 { libraryScroll = max(0, selection - 1) } // keep the group header in view
        if selection >= libraryScroll + h { libraryScroll = selection - h + 1 }
        libraryScroll = max(0, min(libraryScroll, max(0, rows.count - h)))
    }

    // MARK: Search in page

    mutating func runSearch(_ query: String, jump: Bool = true) {
        guard let doc = document, !query.isEmpty else { search = nil; return }
        let needle = TextAnalyzer.fold(query)
        var matches: [(Int, Int, Int)] = []
        for (i, line) in doc.lines.enumerated() {
            let text = line.text
            let folded = TextAnalyzer.fold(text)
            // Folding keeps character counts for nearly all text; fall back to exact text when it does not.
            let hay = folded.count == text.count ? folded : text.lowercased()
            var start = hay.startIndex
            while let r = hay.range(of: needle, range: start..<hay.endIndex) {
                let x = DisplayWidth.of(text.prefix(hay.distance(from: hay.startIndex, to: r.lowerBound)))
                let w = DisplayWidth.of(text.dropFirst(hay.distance(from: hay.startIndex, to: r.lowerBound)).prefix(hay.distance(from: r.lowerBound, to: r.upperBound)))
                matches.append((i, x, w))
                start = r.upperBound
            }
        }
        let top = visits[current].scroll
        let first = matches.firstIndex { $0.0 >= top } ?? 0
        search = PageSearch(query: query, matches: matches, current: matches.isEmpty ? 0 : first)
        if matches.isEmpty { message = "No match for “\(SafeText.clean(query))”." }
        else if jump { scrollToMatch() }
    }

    mutating func stepMatch(_ step: Int) {
        guard var s = search, !s.matches.isEmpty else { message = "No search. Press / to search the page."; return }
        s.current = (s.current + step + s.matches.count) % s.matches.count
        search = s
        scrollToMatch()
    }

    mutating func scrollToMatch() {
        guard let s = search, !s.matches.isEmpty else { return }
        let line = s.matches[s.current].line
        let top = visits[current].scroll
        if line < top || line >= top + viewHeight { visits[current].scroll = clampScroll(line - viewHeight / 3) }
    }

    // MARK: Follow-up

    mutating func ask(_ raw: String) -> [Effect] {
        let question = SafeText.clean(raw).trimmingCharacters(in: .whitespaces)
        guard !question.isEmpty else { return [] }
        pastQuestions.removeAll { $0 == question }
        pastQuestions.append(question)
        if pastQuestions.count > 100 { pastQuestions.removeFirst(pastQuestions.count - 100) }
        var from: String? = nil
        switch location {
        case .article(let id): from = id
        case .answer(_, let origin): from = origin
        default: break
        }
        navigate(to: .answer(question: question, from: from))
        return [.saveQuestions(pastQuestions)]
    }

    /// The runner stored a submitted question: show it in the library and on the answer page.
    public mutating func didSubmit(_ stub: Article) {
        library.upsert(stub)
        submittedQuestions.insert(stub.question)
        documentCache = DocumentCache()
        list = LibraryList(library: library)
        engineBox = Lazy { [library, makeEngine] in makeEngine(library) }
        setFilter(filter)
        relayout()
        message = "Submitted: the question is now in the library as Submitted."
    }

    public mutating func report(_ text: String) { message = text }

    /// The full library arrived (after a start from the catalog outline): swap it in, keeping
    /// the reader's place, filter and history.
    public mutating func replaceLibrary(_ full: Library) {
        library = full
        documentCache = DocumentCache()
        list = LibraryList(library: full)
        glosserBox = Lazy { [glossary = full.glossary] in Glosser(glossary: glossary) }
        engineBox = Lazy { [full, makeEngine] in makeEngine(full) }
        setFilter(filter)
        relayout()
    }
}

/// A small most-recently-used cache of laid-out pages.
struct DocumentCache {
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

public extension Persona {
    /// Used when a library has no personas file, so the browser still works.
    static let defaults: [Persona] = [
        Persona(id: "patient", label: "Patient", description: "I want to understand my own health.", audience: .lay),
        Persona(id: "physician", label: "Physician", description: "I am a doctor.", audience: .clinical),
    ]
}
