import CurbsideCore

/// One screen's worth of styled cells, rendered from state and copied to the terminal by the adapter.
/// Tests read it as text.
public struct Frame: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        /// The grapheme drawn here; empty for the second column of a wide character.
        public var text: String
        public var style: TextStyle
        public static let blank = Cell(text: " ", style: .plain)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should sit (selected item or prompt), for screen readers.
    public var cursor: (x: Int, y: Int)?
    /// Outside a UTF-8 locale every character is spelled in ASCII (see ASCIIText).
    public var asciiOnly = false

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Draws text from column x, clipped at `limit` columns (default: the right edge). Returns the end column.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: TextStyle = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        var col = x
        // The last gate before the terminal: whatever a layout forgot, no control code gets through.
        let safe = SafeText.clean(text)
        for c in asciiOnly ? ASCIIText.transliterate(safe) : safe {
            let w = DisplayWidth.of(c)
            if w == 0 {
                // Combining marks and the like join the previous cell's grapheme.
                if col > 0, col - 1 < width, col - 1 >= x { cells[y * width + col - 1].text.append(c) }
                continue
            }
            if col + w > end { break }
            if col >= 0 {
                clearWideCharacter(at: col, y: y)
                if w == 2 { clearWideCharacter(at: col + 1, y: y) }
                cells[y * width + col] = Cell(text: String(c), style: style)
                if w == 2 { cells[y * width + col + 1] = Cell(text: "", style: style) }
            }
            col += w
        }
        return col
    }

    /// Before a cell is overwritten: if it is one half of a wide character, the other half becomes
    /// a blank, so no half character is left for the terminal to draw stale or shifted.
    private mutating func clearWideCharacter(at col: Int, y: Int) {
        guard col >= 0, col < width else { return }
        let i = y * width + col
        if cells[i].text.isEmpty, col > 0 { cells[i - 1] = Cell(text: " ", style: cells[i - 1].style) }
        else if col + 1 < width, cells[i + 1].text.isEmpty, DisplayWidth.of(cells[i].text) == 2 { cells[i + 1] = Cell(text: " ", style: cells[i + 1].style) }
    }

    public mutating func put(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) {
        var col = x
        let end = limit.map { x + $0 } ?? width
        for span in line.spans {
            col = put(span.text, x: col, y: y, style: span.style, limit: max(0, end - col))
        }
    }

    /// Sets the style of existing cells (highlighting) without changing their text.
    public mutating func restyle(x: Int, y: Int, count: Int, _ change: (inout TextStyle) -> Void) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + count) { change(&cells[y * width + col].style) }
    }

    public mutating func fill(y: Int, style: TextStyle) {
        guard y >= 0, y < height else { return }
        for col in 0..<width { cells[y * width + col] = Cell(text: " ", style: style) }
    }

    /// Each row as plain text, trailing spaces removed.
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width { s += cells[y * width + x].text }
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}
