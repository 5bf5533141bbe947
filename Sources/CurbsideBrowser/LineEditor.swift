import CurbsideCore

/// A one-line text editor for prompts, its keys from the prompt bindings (see Keymap).
/// Input stops at `maximumLength` characters (a paste of a whole document must not freeze the
/// screen); `refused` counts what was dropped so the prompt can say so.
public struct LineEditor: Equatable, Sendable {
    public static let maximumLength = 1_000
    public private(set) var refused = 0
    public private(set) var text: [Character] = []
    public private(set) var cursor = 0
    var past: [String]
    var pastIndex: Int? = nil
    var draft: [Character] = []

    public init(text: String = "", past: [String] = []) {
        self.text = Array(text)
        self.cursor = self.text.count
        self.past = past
    }

    public var string: String { String(text) }

    public enum Outcome: Equatable { case editing, submitted(String), cancelled }

    /// Keys come from the prompt bindings of the one key table; any other character is typed.
    public mutating func handle(_ key: Key) -> Outcome {
        guard let action = Keymap.action(for: key, in: .prompt) else {
            if case .char(let c) = key { insert(c) }
            return .editing
        }
        switch action {
        case .editSend: return .submitted(string)
        case .editCancel: return .cancelled
        case .editBackspace:
            if cursor > 0 { text.remove(at: cursor - 1); cursor -= 1 } else if text.isEmpty { return .cancelled }
        case .editDelete: if cursor < text.count { text.remove(at: cursor) }
        case .editLeft: cursor = max(0, cursor - 1)
        case .editRight: cursor = min(text.count, cursor + 1)
        case .editStart: cursor = 0
        case .editEnd: cursor = text.count
        case .editClearBefore: text.removeFirst(cursor); cursor = 0
        case .editClearAfter: text.removeLast(text.count - cursor)
        case .editDeleteWord:
            var i = cursor
            while i > 0 && text[i - 1] == " " { i -= 1 }
            while i > 0 && text[i - 1] != " " { i -= 1 }
            text.removeSubrange(i..<cursor); cursor = i
        case .editPrevious: recall(-1)
        case .editNext: recall(1)
        default: break
        }
        return .editing
    }

    mutating func insert(_ c: Character) {
        // Typed or pasted text is untrusted: never keep control characters.
        let clean = SafeText.clean(String(c))
        for ch in clean {
            guard text.count < Self.maximumLength else { refused += 1; return }
            text.insert(ch, at: cursor); cursor += 1
        }
    }

    mutating func recall(_ step: Int) {
        guard !past.isEmpty else { return }
        if pastIndex == nil { draft = text }
        let next = (pastIndex ?? past.count) + step
        if next >= past.count { pastIndex = nil; text = draft }
        else if next >= 0 { pastIndex = next; text = Array(past[next]) }
        cursor = text.count
    }

    /// The text to show in `width` columns, scrolled so the cursor is visible, and the cursor's column.
    /// Linear in the text: walks back from the cursor once, then forward once (it runs every frame).
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = cursor, before = 0
        while start > 0 {
            let w = DisplayWidth.of(text[start - 1])
            if before + w > width - 1 { break }
            before += w; start -= 1
        }
        var shown = ""
        var used = 0
        for c in text[start...] {
            let w = DisplayWidth.of(c)
            if used + w > width { break }
            shown.append(c); used += w
        }
        return (shown, before)
    }
}
