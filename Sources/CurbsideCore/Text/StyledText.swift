/// The meaning of a piece of text on screen; the terminal adapter maps roles to colours.
public enum TextRole: UInt8, Sendable, Hashable, CaseIterable {
    case normal, title, heading, subheading, dim, link, citation, gloss, warning, accent, match, currentMatch, status, selection, error
}

/// How a run of text looks: its role plus emphasis flags.
public struct TextStyle: Hashable, Sendable {
    public var role: TextRole
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(_ role: TextRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role; self.bold = bold; self.underline = underline; self.reverse = reverse
    }

    public static let plain = TextStyle()
}

/// A run of text with one style, optionally the visible part of a link.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: TextStyle
    /// Index of the link this span belongs to, in the document's link list.
    public var link: Int?

    public init(_ text: String, _ style: TextStyle = .plain, link: Int? = nil) {
        self.text = text; self.style = style; self.link = link
    }
}

/// One laid-out line: spans that fit the width.
public struct StyledLine: Hashable, Sendable {
    public var spans: [Span]
    public init(_ spans: [Span] = []) { self.spans = spans }
    public var text: String { spans.map(\.text).joined() }
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }
}
