/// Every user action, with its keys and help text, in one table: the keymap and the help
/// screen are both generated from it, so help can never disagree with the real bindings.
public enum Action: String, CaseIterable, Sendable {
    case help, quit, lineDown, lineUp, pageDown, pageUp, top, bottom
    case open, back, forward, nextLink, previousLink
    case filter, searchPage, nextMatch, previousMatch, clear
    case followUp, persona, bookmark, bookmarks, history, home, problems
    case deleteEntry, clearList, privacy
}

/// The screens a binding applies to.
public enum ScreenKind: Sendable, Hashable { case library, page }

public struct Binding: Sendable {
    public var action: Action
    public var keys: [Key]
    public var help: String
    public var screens: Set<ScreenKind>
}

public enum Keymap {
    static let both: Set<ScreenKind> = [.library, .page]

    public static let bindings: [Binding] = [
        Binding(action: .help, keys: [.char("?")], help: "show or hide this help", screens: both),
        Binding(action: .quit, keys: [.char("q"), .ctrl("c")], help: "quit", screens: both),
        Binding(action: .lineDown, keys: [.char("j"), .down, .wheelDown], help: "move down / scroll down", screens: both),
        Binding(action: .lineUp, keys: [.char("k"), .up, .wheelUp], help: "move up / scroll up", screens: both),
        Binding(action: .pageDown, keys: [.char(" "), .pageDown, .ctrl("f")], help: "page down", screens: both),
        Binding(action: .pageUp, keys: [.pageUp, .ctrl("b")], help: "page up", screens: both),
        Binding(action: .top, keys: [.char("g"), .home], help: "go to the top", screens: both),
        Binding(action: .bottom, keys: [.char("G"), .end], help: "go to the bottom", screens: both),
        Binding(action: .open, keys: [.enter], help: "open the selected question / follow the selected link", screens: both),
        Binding(action: .back, keys: [.backspace, .char("h"), .left], help: "back", screens: both),
        Binding(action: .forward, keys: [.char("l"), .right], help: "forward", screens: both),
        Binding(action: .nextLink, keys: [.tab], help: "select the next link", screens: [.page]),
        Binding(action: .previousLink, keys: [.backTab], help: "select the previous link", screens: [.page]),
        Binding(action: .filter, keys: [.char("/")], help: "filter the questions (titles, tags, synonyms)", screens: [.library]),
        Binding(action: .searchPage, keys: [.char("/")], help: "search in the page", screens: [.page]),
        Binding(action: .nextMatch, keys: [.char("n")], help: "next match", screens: [.page]),
        Binding(action: .previousMatch, keys: [.char("N")], help: "previous match", screens: [.page]),
        Binding(action: .clear, keys: [.escape], help: "clear the filter or search", screens: both),
        Binding(action: .followUp, keys: [.char("f")], help: "ask a follow-up question", screens: both),
        Binding(action: .persona, keys: [.char("p")], help: "choose who you are (persona)", screens: both),
        Binding(action: .bookmark, keys: [.char("b")], help: "bookmark this article (again to remove)", screens: [.page]),
        Binding(action: .bookmarks, keys: [.char("B")], help: "list bookmarks", screens: both),
        Binding(action: .history, keys: [.char("H")], help: "list history", screens: both),
        Binding(action: .home, keys: [.char("L")], help: "go to the library", screens: both),
        Binding(action: .problems, keys: [.char("!")], help: "list the library files that were skipped, and why", screens: both),
        Binding(action: .deleteEntry, keys: [.char("d")], help: "delete the selected entry (history, bookmarks)", screens: [.page]),
        Binding(action: .clearList, keys: [.char("D")], help: "clear the whole list (history, bookmarks)", screens: [.page]),
        Binding(action: .privacy, keys: [.char("P")], help: "what Curbside keeps about you, and how to forget it", screens: both),
    ]

    static let table: [ScreenKind: [Key: Action]] = {
        var t: [ScreenKind: [Key: Action]] = [.library: [:], .page: [:]]
        for binding in bindings { for screen in binding.screens { for key in binding.keys { t[screen]![key] = binding.action } } }
        return t
    }()

    public static func action(for key: Key, on screen: ScreenKind) -> Action? { table[screen]?[key] }

    /// Help lines for a screen: keys, then what they do.
    public static func helpLines(for screen: ScreenKind) -> [(keys: String, help: String)] {
        bindings.filter { $0.screens.contains(screen) }.map { b in
            (b.keys.map(\.label).joined(separator: " "), b.help)
        }
    }
}
