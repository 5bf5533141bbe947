/// A key press or other input event, as the terminal adapter decodes it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheelUp, wheelDown

    /// How the key is written in help texts.
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-\(c.uppercased())"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .resize: "resize"
        case .click: "click"
        case .wheelUp: "wheel up"
        case .wheelDown: "wheel down"
        }
    }
}

extension Key {
    /// Decodes the body of an SGR (1006) mouse report, "b;x;yM" after "ESC [ <": coordinates
    /// are 1-based and not limited to column 223 as the old encoding is. Releases, motion and
    /// other buttons are nil.
    public static func sgrMouse(_ body: String) -> Key? {
        guard let final = body.last, final == "M" || final == "m" else { return nil }
        let numbers = body.dropLast().split(separator: ";").compactMap { Int($0) }
        guard numbers.count == 3, final == "M", numbers[1] >= 1, numbers[2] >= 1 else { return nil }
        let (button, x, y) = (numbers[0], numbers[1] - 1, numbers[2] - 1)
        if button & 32 != 0 { return nil } // motion
        switch button & ~(4 | 8 | 16) { // shift, meta, ctrl do not change what a click means here
        case 0: return .click(x: x, y: y)
        case 64: return .wheelUp
        case 65: return .wheelDown
        default: return nil
        }
    }
}
