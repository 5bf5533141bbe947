import CurbsideCore

/// Symbols drawn by the browser, with ASCII stand-ins for terminals that cannot show Unicode.
public struct Glyphs: Sendable, Equatable {
    public var bullet, arrow, stepLine, current, done, pending, rule, warning, selected, more, up, down, read, bookmarked: String

    public static let unicode = Glyphs(bullet: "•", arrow: "→", stepLine: "──", current: "●", done: "✓", pending: "○",
                                       rule: "─", warning: "⚠", selected: "▸", more: "…",
                                       up: "↑", down: "↓", read: "·", bookmarked: "★")
    public static let ascii = Glyphs(bullet: "*", arrow: "->", stepLine: "--", current: "(*)", done: "(v)", pending: "( )",
                                     rule: "-", warning: "!", selected: ">", more: "...",
                                     up: "^", down: "v", read: ".", bookmarked: "*")

    /// One column per review status, for list rows (the legend is in help).
    public func statusMark(_ status: ReviewStatus) -> String {
        switch status {
        case .submitted: self == .ascii ? "?" : "○"
        case .underReview: self == .ascii ? "~" : "◐"
        case .approved: self == .ascii ? "+" : "●"
        }
    }
}
