import CurbsideCore

/// Where a link leads.
public enum LinkTarget: Hashable, Sendable {
    case article(String)
    case citation(Int)
    case page(String)
    case followUpPrompt
    case submitQuestion(String)
    /// A library file that was skipped (the problems list).
    case file(String)
    /// A glossary entry (by index): opens its definition.
    case term(Int)
}

/// A page laid out for one width: styled lines plus the links on them.
public struct Document: Sendable {
    public struct Link: Sendable {
        public var target: LinkTarget
        /// Every place the link's text occupies: line, first column, width.
        public var places: [(line: Int, x: Int, width: Int)]
        public var firstLine: Int { places.first?.line ?? 0 }
    }

    public var title: String
    public var lines: [StyledLine] = []
    public var links: [Link] = []
    /// For each line, the index of the source block it came from: resize keeps the reader at the same block.
    public var blockOfLine: [Int] = []
    /// The first line of each numbered reference, for citation jumps.
    public var referenceLine: [Int: Int] = [:]
    /// Each heading and its line, for the section keys ([ ] 1–9).
    public var sections: [(title: String, line: Int)] = []
    /// One line (title, status, date) shown at the top once the page is scrolled.
    public var compactHeader: StyledLine?
    /// The page as it was written, before wrapping: what Markdown and other structured
    /// exports are made from, so they say exactly what the screen says.
    public var blocks: [Block] = []

    public struct Block: Sendable {
        public enum Kind: Sendable { case heading, paragraph }
        public var kind: Kind
        public var spans: [Span]
        /// The bullet, number or arrow the block starts with ("" for none).
        public var prefix: String
    }

    public init(title: String) { self.title = title }

    public func firstLine(ofBlock block: Int) -> Int {
        blockOfLine.firstIndex { $0 >= block } ?? max(0, lines.count - 1)
    }
}

/// Builds a Document block by block, wrapping each to the width and recording link positions.
public struct DocumentBuilder {
    public private(set) var document: Document
    public let width: Int
    let margin: Int
    private var block = 0

    /// Every text spelled in ASCII (a terminal outside a UTF-8 locale), before wrapping, so
    /// that lines are measured as they will be drawn.
    let asciiOnly: Bool

    /// Text is at most `readingWidth` columns wide; on a wider screen it is centred.
    public init(title: String, width: Int, asciiOnly: Bool = false, readingWidth: Int = .max) {
        document = Document(title: asciiOnly ? ASCIIText.transliterate(title) : title)
        let edge = width >= 60 ? 2 : (width >= 30 ? 1 : 0)
        let text = max(1, min(width - 2 * edge, readingWidth))
        margin = max(edge, (width - text) / 2)
        self.width = text
        self.asciiOnly = asciiOnly
    }

    public mutating func newLink(_ target: LinkTarget) -> Int {
        document.links.append(Document.Link(target: target, places: []))
        return document.links.count - 1
    }

    public mutating func blank() {
        if let last = document.lines.last, last.spans.isEmpty { return }
        if document.lines.isEmpty { return }
        append([StyledLine()])
    }

    /// A paragraph or bullet: wrapped spans, with optional bullet/indent prefixes.
    public mutating func paragraph(_ spans: [Span], first: String = "", rest: String = "", prefixStyle: TextStyle = .plain) {
        var spans = spans, first = first, rest = rest
        if asciiOnly {
            for i in spans.indices { spans[i].text = ASCIIText.transliterate(spans[i].text) }
            first = ASCIIText.transliterate(first); rest = ASCIIText.transliterate(rest)
        }
        document.blocks.append(Document.Block(kind: .paragraph, spans: spans, prefix: first))
        let lines = Wrapper.wrap(spans, width: width,
                                 firstPrefix: first.isEmpty ? nil : Span(first, prefixStyle),
                                 restPrefix: rest.isEmpty ? nil : Span(rest, .plain))
        append(lines)
    }

    public mutating func line(_ spans: [Span]) { paragraph(spans) }

    public mutating func heading(_ text: String, role: TextRole = .heading) {
        blank()
        document.sections.append((text, document.lines.count))
        paragraph([Span(text, TextStyle(role, bold: true))])
        document.blocks[document.blocks.count - 1].kind = .heading
    }

    public mutating func setCompactHeader(_ spans: [Span]) {
        document.compactHeader = StyledLine(spans.map { span in
            var s = span
            if asciiOnly { s.text = ASCIIText.transliterate(s.text) }
            return s
        })
    }

    public mutating func rule(_ glyph: String) {
        append([StyledLine([Span(String(repeating: glyph, count: width), TextStyle(.dim))])])
    }

    public mutating func markReference(_ n: Int) { document.referenceLine[n] = document.lines.count }

    private mutating func append(_ lines: [StyledLine]) {
        for line in lines {
            let y = document.lines.count
            var x = margin
            var shifted = line
            if margin > 0, !line.spans.isEmpty { shifted.spans.insert(Span(String(repeating: " ", count: margin)), at: 0) }
            for span in line.spans {
                let w = DisplayWidth.of(span.text)
                if let link = span.link { document.links[link].places.append((y, x, w)) }
                x += w
            }
            document.lines.append(shifted)
            document.blockOfLine.append(block)
        }
        block += 1
    }

    public func build() -> Document { document }
}
