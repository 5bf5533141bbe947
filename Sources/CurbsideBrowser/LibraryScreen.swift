import CurbsideCore
import Foundation

/// The library view: questions grouped by specialty, narrowed by a filter, one selected. Rows
/// hold display positions, not articles: at 100,000 questions only the rows drawn are read.
public struct LibraryScreen: Sendable {
    public enum Row: Equatable, Sendable {
        case group(String, count: Int)
        /// A question, by its display position in the listing.
        case article(position: Int)
    }

    let listing: LibraryListing
    public private(set) var filter = ""
    /// The last filter sent, offered again by ↑ in a fresh filter prompt.
    public private(set) var lastFilter: String?
    public private(set) var rows = LibraryRows([])
    /// How many questions the filter shows (rows minus group headers).
    public private(set) var shownCount = 0
    public private(set) var selection = 0
    public private(set) var scroll = 0
    /// Rows for the list (the screen minus its header and status line).
    var height = 1
    static let headerRows = 2

    init(library: Library) {
        listing = LibraryListing(library: library)
        setFilter("", library: library)
        // Start on the first question that has an answer, not on a reader's unanswered submission.
        if let first = rows.firstIndex(where: isAnswered) { selection = first; clamp() }
    }

    /// For a changed library: the same filter, the same question selected, the same scroll.
    init(library: Library, keeping old: LibraryScreen) {
        listing = LibraryListing(library: library)
        lastFilter = old.lastFilter; scroll = old.scroll; height = old.height
        show(filter: old.filter, selecting: old.selectedID)
    }

    func isAnswered(_ row: Row) -> Bool {
        guard case .article(let position) = row, let entry = listing.entry(at: position) else { return false }
        return entry.status != .submitted
    }

    func isArticle(_ i: Int) -> Bool { if case .article = rows[i] { true } else { false } }

    public var selectedID: String? {
        guard rows.indices.contains(selection), case .article(let position) = rows[selection] else { return nil }
        return listing.entry(at: position)?.id
    }

    mutating func setFilter(_ text: String, library: Library) {
        let previous = rows.indices.contains(selection) ? rows[selection] : nil
        show(filter: text)
        if case .article(let position)? = previous, let kept = rows.row(of: position) { selection = kept; clamp() }
    }

    /// The rows a filter keeps, with the first question (or `id`, when shown) selected.
    private mutating func show(filter text: String, selecting id: String? = nil) {
        filter = text
        rows = LibraryRows(listing.filter(text))
        shownCount = rows.questionCount
        let wanted = id.flatMap(listing.position(of:)).flatMap(rows.row(of:))
        selection = wanted ?? (rows.isEmpty ? 0 : 1) // a group's header comes first, then its first question
        clamp()
    }

    mutating func remember(filter text: String) { if !text.isEmpty { lastFilter = text } }

    /// Steps over group headers from the selection: no pass over every row per keystroke.
    mutating func move(_ delta: Int) {
        guard shownCount > 0 else { return }
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
        clamp()
    }

    /// The row under a click, selected; nil when the click is not on a question.
    mutating func select(screenRow y: Int) -> String? {
        let row = scroll + y - Self.headerRows
        guard rows.indices.contains(row), isArticle(row) else { return nil }
        selection = row
        return selectedID
    }

    mutating func resize(height h: Int) { height = max(1, h - Self.headerRows); clamp() }

    mutating func clamp() {
        // Near the top, the top is shown (with the first group's header).
        if selection < height - 1 { scroll = 0 }
        if selection < scroll + 1 { scroll = max(0, selection - 1) } // keep the group header in view
        if selection >= scroll + height { scroll = selection - height + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - height)))
    }
}

extension LibraryScreen {
    /// The header (title bar and filter line) and the visible rows only.
    func render(into f: inout Frame, library: Library, glyphs: Glyphs, persona: Persona?, isPrivate: Bool,
                filtering: Bool, visited: Set<String>, bookmarks: Set<String>) {
        let width = f.width
        let total = listing.count
        f.fill(y: 0, style: TextStyle(.status, reverse: true))
        var title = " Curbside \(glyphs.bullet) \(total) question\(total == 1 ? "" : "s")"
        if let persona { title += " \(glyphs.bullet) Reading as \(SafeText.clean(persona.label))" }
        if isPrivate { title += " \(glyphs.bullet) Private session" }
        f.put(Wrapper.truncate(title, width: width), x: 0, y: 0, style: TextStyle(.status, bold: true, reverse: true))
        if !library.problems.isEmpty {
            let note = " \(library.problems.count) file\(library.problems.count == 1 ? "" : "s") skipped: press ! "
            if DisplayWidth.of(title) + DisplayWidth.of(note) < width {
                f.put(note, x: width - DisplayWidth.of(note), y: 0, style: TextStyle(.error, bold: true, reverse: true))
            }
        }
        if filter.isEmpty && !filtering {
            f.put(Wrapper.truncate(" Press / to filter, Enter to open, ? for help.", width: width), x: 0, y: 1, style: TextStyle(.dim))
        } else {
            f.put(Wrapper.truncate(" Filter: \(filter)  (\(shownCount) of \(total))", width: width), x: 0, y: 1, style: TextStyle(.accent))
        }
        if rows.isEmpty {
            let note = total == 0
                ? " This library has no questions yet. Press ! to see any files that were skipped, or q to quit."
                : " No question matches “\(filter)”. Esc clears the filter."
            f.put(Wrapper.truncate(note, width: width), x: 0, y: Self.headerRows, style: TextStyle(.dim))
            return
        }
        for i in min(scroll, rows.count)..<min(rows.count, scroll + height) {
            let y = Self.headerRows + i - scroll
            switch rows[i] {
            case .group(let name, let count):
                f.put(Wrapper.truncate(" \(SafeText.clean(name)) (\(count))", width: width), x: 0, y: y, style: TextStyle(.heading, bold: true))
            case .article(let position):
                // A row the saved outline cannot read (a damaged file) stays blank until the library arrives.
                guard let a = listing.entry(at: position) else { continue }
                let id = a.id
                let selected = i == selection
                let style = TextStyle(selected ? .selection : .normal, reverse: selected)
                let dim = TextStyle(selected ? .selection : .dim, reverse: selected)
                if selected { f.fill(y: y, style: style) }
                var x = f.put(" \(selected ? glyphs.selected : " ") ", x: 0, y: y, style: style)
                // One column each: review status, then bookmarked or read.
                x = f.put(glyphs.statusMark(a.status), x: x, y: y, style: dim)
                let mark = bookmarks.contains(id) ? glyphs.bookmarked : visited.contains(id) ? glyphs.read : " "
                x = f.put(" \(mark) ", x: x, y: y, style: dim)
                f.put(Wrapper.truncate(SafeText.clean(a.title), width: width - x), x: x, y: y, style: style)
                if selected { f.cursor = (1, y) }
            }
        }
    }

    /// What the marks of a row mean, for the help overlay.
    static func legend(_ glyphs: Glyphs) -> [(String, String)] {
        [(glyphs.statusMark(.approved) + " " + glyphs.statusMark(.underReview) + " " + glyphs.statusMark(.submitted),
          "approved · under review · submitted (not answered yet)"),
         (glyphs.bookmarked + " " + glyphs.read, "bookmarked · read")]
    }
}
