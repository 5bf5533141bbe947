/// Symbols drawn by the browser, with ASCII stand-ins for terminals that cannot show Unicode.
public struct Glyphs: Sendable, Equatable {
    public var bullet, arrow, stepLine, current, done, pending, rule, warning, selected, more: String

    public static let unicode = Glyphs(bullet: "•", arrow: "→", stepLine: "──", current: "●", done: "✓", pending: "○",
                                       rule: "─", warning: "⚠", selected: "▸", more: "…")
    public static let ascii = Glyphs(bullet: "*", arrow: "->", stepLine: "--", current: "(*)", done: "(v)", pending: "( )",
                                     rule: "-", warning: "!", selected: ">", more: "...")
}
