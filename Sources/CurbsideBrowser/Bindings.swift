/// Every key the browser knows, with its help text, in one table: the keymap, the help
/// overlay, the footer hints, the line editor and README's key table all come from it.
public enum Action: String, CaseIterable, Sendable {
    case help, quit, lineDown, lineUp, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom
    case open, back, forward, nextLink, previousLink
    case nextSection, previousSection, section, references
    case filter, searchPage, nextMatch, previousMatch, clear
    case followUp, submit, persona, bookmark, bookmarks, history, home, problems, terms
    case deleteEntry, clearList, privacy
    // The persona picker.
    case pickerDown, pickerUp, pickerChoose, pickerNumber, pickerKeep
    // The line editor of the prompts.
    case editLeft, editRight, editStart, editEnd, editBackspace, editDelete
    case editClearBefore, editClearAfter, editDeleteWord, editPrevious, editNext, editSend, editCancel
}

/// Where a binding applies: one per screen, plus the prompt line.
public enum Context: String, CaseIterable, Sendable, Hashable {
    case library, article, answer, list, picker, prompt

    /// Where a binding works, as README's table says it.
    public var place: String {
        switch self {
        case .library: "library"
        case .article: "article or page"
        case .answer: "answer"
        case .list: "bookmarks, history, skipped files"
        case .picker: "persona picker"
        case .prompt: "prompts (filter, search, follow-up)"
        }
    }
}

public struct Binding: Sendable {
    public var action: Action
    public var keys: [Key]
    public var help: String
    public var contexts: Set<Context>
}

public enum Keymap {
    static let screens: Set<Context> = [.library, .article, .answer, .list]
    static let pages: Set<Context> = [.article, .answer, .list]
    static let digits: [Key] = (1...9).map { .char(Character(String($0))) }

    public static let bindings: [Binding] = [
        Binding(action: .help, keys: [.char("?")], help: "show or hide this help", contexts: screens),
        Binding(action: .quit, keys: [.char("q"), .ctrl("c")], help: "quit", contexts: screens),
        Binding(action: .lineDown, keys: [.char("j"), .down, .wheelDown], help: "move down / scroll down", contexts: screens),
        Binding(action: .lineUp, keys: [.char("k"), .up, .wheelUp], help: "move up / scroll up", contexts: screens),
        Binding(action: .halfPageDown, keys: [.ctrl("d")], help: "half a page down", contexts: screens),
        Binding(action: .halfPageUp, keys: [.ctrl("u")], help: "half a page up", contexts: screens),
        Binding(action: .pageDown, keys: [.char(" "), .pageDown, .ctrl("f")], help: "page down", contexts: screens),
        Binding(action: .pageUp, keys: [.pageUp, .ctrl("b")], help: "page up", contexts: screens),
        Binding(action: .top, keys: [.char("g"), .home], help: "go to the top", contexts: screens),
        Binding(action: .bottom, keys: [.char("G"), .end], help: "go to the bottom", contexts: screens),
        Binding(action: .open, keys: [.enter], help: "open the selected question, entry or link", contexts: screens),
        Binding(action: .back, keys: [.backspace, .char("h"), .left], help: "back", contexts: screens),
        Binding(action: .forward, keys: [.char("l"), .right], help: "forward", contexts: screens),
        Binding(action: .nextLink, keys: [.tab], help: "select the next link", contexts: [.article, .answer]),
        Binding(action: .previousLink, keys: [.backTab], help: "select the previous link", contexts: [.article, .answer]),
        Binding(action: .nextSection, keys: [.char("]")], help: "next section", contexts: [.article, .answer]),
        Binding(action: .previousSection, keys: [.char("[")], help: "previous section (or the top of this one)", contexts: [.article, .answer]),
        Binding(action: .section, keys: digits, help: "go to section 1–9", contexts: [.article, .answer]),
        Binding(action: .references, keys: [.char("r")], help: "go to the references", contexts: [.article]),
        Binding(action: .filter, keys: [.char("/")], help: "filter the questions (titles, tags, synonyms); ↑ recalls the last filter", contexts: [.library]),
        Binding(action: .searchPage, keys: [.char("/")], help: "search in the page (matches light up as you type)", contexts: [.article, .answer]),
        Binding(action: .nextMatch, keys: [.char("n")], help: "next match", contexts: [.article, .answer]),
        Binding(action: .previousMatch, keys: [.char("N")], help: "previous match", contexts: [.article, .answer]),
        Binding(action: .clear, keys: [.escape], help: "clear the filter or search", contexts: screens),
        Binding(action: .followUp, keys: [.char("f")], help: "ask a follow-up question", contexts: screens),
        Binding(action: .submit, keys: [.char("s")], help: "send an unanswered question to the editors", contexts: [.answer]),
        Binding(action: .persona, keys: [.char("p")], help: "choose who you are (persona)", contexts: screens),
        Binding(action: .bookmark, keys: [.char("b")], help: "bookmark this article (again to remove)", contexts: [.article]),
        Binding(action: .terms, keys: [.char("d")], help: "list the words this article defines", contexts: [.article]),
        Binding(action: .bookmarks, keys: [.char("B")], help: "list bookmarks", contexts: screens),
        Binding(action: .history, keys: [.char("H")], help: "list history", contexts: screens),
        Binding(action: .home, keys: [.char("L")], help: "go to the library", contexts: screens),
        Binding(action: .problems, keys: [.char("!")], help: "list the library files that were skipped, and why", contexts: screens),
        Binding(action: .deleteEntry, keys: [.char("d")], help: "delete the selected entry (history, bookmarks)", contexts: [.list]),
        Binding(action: .clearList, keys: [.char("D")], help: "clear the whole list (history, bookmarks)", contexts: [.list]),
        Binding(action: .privacy, keys: [.char("P")], help: "what Curbside keeps about you, and how to forget it", contexts: screens),

        Binding(action: .pickerDown, keys: [.char("j"), .down, .tab, .wheelDown], help: "next persona", contexts: [.picker]),
        Binding(action: .pickerUp, keys: [.char("k"), .up, .backTab, .wheelUp], help: "previous persona", contexts: [.picker]),
        Binding(action: .pickerChoose, keys: [.enter], help: "read as the highlighted persona", contexts: [.picker]),
        Binding(action: .pickerNumber, keys: digits, help: "read as persona 1–9", contexts: [.picker]),
        Binding(action: .pickerKeep, keys: [.escape, .char("q")], help: "keep the current persona (q quits at the first start)", contexts: [.picker]),

        Binding(action: .editLeft, keys: [.left, .ctrl("b")], help: "cursor left", contexts: [.prompt]),
        Binding(action: .editRight, keys: [.right, .ctrl("f")], help: "cursor right", contexts: [.prompt]),
        Binding(action: .editStart, keys: [.home, .ctrl("a")], help: "start of the line", contexts: [.prompt]),
        Binding(action: .editEnd, keys: [.end, .ctrl("e")], help: "end of the line", contexts: [.prompt]),
        Binding(action: .editBackspace, keys: [.backspace, .ctrl("h")], help: "delete before the cursor (on an empty line: cancel)", contexts: [.prompt]),
        Binding(action: .editDelete, keys: [.delete, .ctrl("d")], help: "delete at the cursor", contexts: [.prompt]),
        Binding(action: .editClearBefore, keys: [.ctrl("u")], help: "delete to the start of the line", contexts: [.prompt]),
        Binding(action: .editClearAfter, keys: [.ctrl("k")], help: "delete to the end of the line", contexts: [.prompt]),
        Binding(action: .editDeleteWord, keys: [.ctrl("w")], help: "delete the word before the cursor", contexts: [.prompt]),
        Binding(action: .editPrevious, keys: [.up], help: "an earlier entry (past questions, the last filter)", contexts: [.prompt]),
        Binding(action: .editNext, keys: [.down], help: "a later entry", contexts: [.prompt]),
        Binding(action: .editSend, keys: [.enter], help: "send", contexts: [.prompt]),
        Binding(action: .editCancel, keys: [.escape, .ctrl("c"), .ctrl("g")], help: "cancel", contexts: [.prompt]),
    ]

    static let table: [Context: [Key: Action]] = {
        var t: [Context: [Key: Action]] = [:]
        for binding in bindings { for context in binding.contexts { for key in binding.keys { t[context, default: [:]][key] = binding.action } } }
        return t
    }()

    public static func action(for key: Key, in context: Context) -> Action? { table[context]?[key] }

    /// The keys of an action as help writes them ("j ↓").
    public static func keyLabels(_ action: Action, in context: Context, first count: Int = .max) -> String {
        guard let b = bindings.first(where: { $0.action == action && $0.contexts.contains(context) }) else { return "" }
        if b.keys == digits { return "1–9" }
        return b.keys.prefix(count).map(\.label).joined(separator: " ")
    }

    /// Help lines for a context: keys, then what they do.
    public static func helpLines(for context: Context) -> [(keys: String, help: String)] {
        bindings.filter { $0.contexts.contains(context) }.map { b in (keyLabels(b.action, in: context), b.help) }
    }

    /// The short hints on the status line, keys from the table: "j/k move · Enter open".
    public static func footer(for context: Context) -> String {
        let hints: [([Action], String)] = switch context {
        case .library: [([.lineDown, .lineUp], "move"), ([.open], "open"), ([.filter], "filter"), ([.followUp], "ask"), ([.help], "help")]
        case .article: [([.followUp], "ask"), ([.nextLink], "links"), ([.previousSection, .nextSection], "sections"), ([.bookmark], "bookmark"), ([.help], "help")]
        case .answer: [([.nextLink], "links"), ([.submit], "submit"), ([.back], "back"), ([.help], "help")]
        case .list: [([.lineDown, .lineUp], "select"), ([.open], "open"), ([.deleteEntry], "delete"), ([.back], "back"), ([.help], "help")]
        case .picker: [([.pickerDown, .pickerUp], "choose"), ([.pickerChoose], "confirm"), ([.pickerNumber], "pick")]
        case .prompt: [([.editSend], "send"), ([.editCancel], "cancel")]
        }
        return hints.map { actions, words in
            actions.map { keyLabels($0, in: context, first: 1) }.joined(separator: "/") + " " + words
        }.joined(separator: " · ")
    }

    /// README's key table, generated from the bindings (a test keeps README equal to this).
    public static var readmeTable: String {
        var table = "| keys | what they do | where |\n|---|---|---|\n"
        for b in bindings {
            let keys = b.keys == digits ? "`1`–`9`" : b.keys.map { "`\($0.label)`" }.joined(separator: " ")
            let places = b.contexts == screens ? "everywhere"
                : Context.allCases.filter(b.contexts.contains).map(\.place).joined(separator: ", ")
            table += "| \(keys) | \(b.help) | \(places) |\n"
        }
        return table
    }
}
