import CurbsideCore

/// A place the browser can show; history is a list of these.
public enum Location: Hashable, Sendable {
    case library
    case article(String)
    case page(String)
    case answer(question: String, from: String?)
    case bookmarks
    case history
    /// The library files that could not be used, each with its reason.
    case problems
    /// The words an article defines, with their definitions.
    case terms(String)

    var isList: Bool {
        switch self {
        case .bookmarks, .history, .problems, .terms: true
        default: false
        }
    }

    var context: Context {
        switch self {
        case .library: .library
        case .answer: .answer
        case .bookmarks, .history, .problems, .terms: .list
        case .article, .page: .article
        }
    }
}

/// The reading history and the view of the page shown: where it is scrolled, which link is
/// selected, what the search in page found. Knows nothing of how pages are laid out.
public struct Reader: Sendable {
    public struct Visit: Sendable {
        public var location: Location
        public var scroll = 0
        public var selectedLink: Int? = nil
        /// The block at the top of the screen, so a reflow keeps the reading position.
        public var topBlock = 0
        /// How many lines into that block the screen starts.
        public var lineInBlock = 0
    }

    public private(set) var visits = [Visit(location: .library)]
    public private(set) var current = 0
    public private(set) var document: Document?
    public var search: PageSearch?
    /// Rows between the top of the screen and the status line.
    var rows = 1

    public var location: Location { visits[current].location }
    public var visit: Visit { visits[current] }

    // MARK: History

    mutating func push(_ location: Location, scroll: Int = 0) {
        saveViewState()
        visits.removeSubrange((current + 1)...)
        visits.append(Visit(location: location, scroll: scroll))
        current = visits.count - 1
        search = nil
        document = nil
    }

    mutating func step(_ delta: Int) -> Bool {
        let target = current + delta
        guard visits.indices.contains(target) else { return false }
        saveViewState()
        current = target
        search = nil
        document = nil
        return true
    }

    mutating func saveViewState() {
        guard let document, visits[current].scroll < document.blockOfLine.count else { return }
        let block = document.blockOfLine[max(0, visits[current].scroll)]
        visits[current].topBlock = block
        visits[current].lineInBlock = visits[current].scroll - document.firstLine(ofBlock: block)
    }

    /// Shows a freshly laid-out page, keeping the reading position of the visit (by block, so a
    /// reflow to another width lands on the same paragraph).
    mutating func show(_ doc: Document?) {
        document = doc
        guard let doc else { return }
        let v = visits[current]
        var line = v.scroll
        if v.topBlock != 0 || v.lineInBlock != 0 {
            let first = doc.firstLine(ofBlock: v.topBlock)
            let blockEnd = doc.blockOfLine[first...].firstIndex { $0 != v.topBlock } ?? doc.lines.count
            line = first + min(v.lineInBlock, max(0, blockEnd - first - 1))
        }
        visits[current].scroll = clamp(line)
        if let sel = visits[current].selectedLink, !doc.links.indices.contains(sel) { visits[current].selectedLink = nil }
        if location.isList, visits[current].selectedLink == nil, !doc.links.isEmpty { visits[current].selectedLink = 0 }
        if let s = search { runSearch(s.query, jump: false) }
    }

    mutating func forgetLayout() { saveViewState(); document = nil }

    // MARK: The view

    /// The compact header takes the first row once the page is scrolled past its top.
    public var headerRows: Int { visit.scroll > 0 && document?.compactHeader != nil ? 1 : 0 }
    /// Rows for the page's own lines.
    public var pageRows: Int { max(1, rows - headerRows) }

    func clamp(_ line: Int) -> Int {
        let total = document?.lines.count ?? 0
        let rowsWhenScrolled = max(1, rows - (document?.compactHeader != nil ? 1 : 0))
        return max(0, min(line, max(0, total - rowsWhenScrolled)))
    }

    mutating func scroll(to line: Int) { visits[current].scroll = clamp(line) }

    mutating func scroll(by delta: Int) {
        let target = delta.magnitude > 1_000_000 ? (delta < 0 ? 0 : Int.max / 4) : visit.scroll + delta
        scroll(to: target)
        // A selected link that scrolled out of sight is no longer selected.
        if let sel = visit.selectedLink, let doc = document, !isVisible(doc.links[sel]) { visits[current].selectedLink = nil }
    }

    /// Brings a line into view a third of the way down, if it is not in view already.
    mutating func reveal(_ line: Int) {
        if line < visit.scroll || line >= visit.scroll + pageRows { scroll(to: line - pageRows / 3) }
    }

    func isVisible(_ link: Document.Link) -> Bool {
        let top = visit.scroll
        return link.places.contains { $0.line >= top && $0.line < top + pageRows }
    }

    // MARK: Links and list entries

    /// Tab: the next link in view, or the first one below.
    mutating func cycleLink(_ step: Int) -> Bool {
        guard let doc = document, !doc.links.isEmpty else { return false }
        let top = visit.scroll
        let next: Int
        if let sel = visit.selectedLink, isVisible(doc.links[sel]) {
            next = (sel + step + doc.links.count) % doc.links.count
        } else if step > 0 {
            next = doc.links.firstIndex { $0.firstLine >= top } ?? 0
        } else {
            next = doc.links.lastIndex { $0.firstLine < top + pageRows } ?? doc.links.count - 1
        }
        select(next)
        return true
    }

    /// j/k in a list: the next entry, stopping at either end.
    mutating func moveEntry(_ step: Int) {
        guard let doc = document, !doc.links.isEmpty else { return }
        let now = visit.selectedLink ?? (step > 0 ? -1 : doc.links.count)
        let next: Int
        if step.magnitude > 1_000_000 { next = step < 0 ? 0 : doc.links.count - 1 }
        else { next = max(0, min(doc.links.count - 1, now + step)) }
        select(next)
        if next == 0 { scroll(to: 0) }
    }

    mutating func select(_ link: Int) {
        visits[current].selectedLink = link
        if let doc = document { reveal(doc.links[link].firstLine) }
    }

    public var selectedTarget: LinkTarget? {
        guard let sel = visit.selectedLink, let doc = document, doc.links.indices.contains(sel) else { return nil }
        return doc.links[sel].target
    }

    // MARK: Sections

    /// ] and [: the next heading below the top of the screen, or the one above.
    mutating func jumpSection(_ step: Int) -> Bool {
        guard let doc = document, !doc.sections.isEmpty else { return false }
        let top = visit.scroll
        let target = step > 0 ? doc.sections.first { $0.line > top } : doc.sections.last { $0.line < top }
        guard let line = target?.line ?? (step < 0 ? 0 : nil) else { return false }
        scroll(to: line)
        return true
    }

    /// 1–9: the nth section of the page; nil when there is no such section.
    mutating func jumpToSection(_ n: Int) -> String? {
        guard let doc = document, doc.sections.indices.contains(n - 1) else { return nil }
        scroll(to: doc.sections[n - 1].line)
        return doc.sections[n - 1].title
    }

    /// A citation or the references key: a step in history, so Back returns to the text.
    mutating func pushPosition(line: Int) {
        guard let doc = document else { return }
        let location = self.location
        push(location)
        document = doc
        scroll(to: line)
    }

    // MARK: Search in page

    public struct PageSearch: Sendable {
        public var query: String
        public var matches: [(line: Int, x: Int, width: Int)]
        public var current: Int
    }

    /// Finds every match (the screen lights them all up); jumps to the first one at or below the top.
    mutating func runSearch(_ query: String, jump: Bool = true) {
        guard let doc = document, !query.isEmpty else { search = nil; return }
        let needle = TextAnalyzer.fold(query)
        var matches: [(Int, Int, Int)] = []
        for (i, line) in doc.lines.enumerated() {
            let text = line.text
            let folded = TextAnalyzer.fold(text)
            // Folding keeps character counts for nearly all text; fall back to exact text when it does not.
            let hay = folded.count == text.count ? folded : text.lowercased()
            var start = hay.startIndex
            while let r = hay.range(of: needle, range: start..<hay.endIndex) {
                let offset = hay.distance(from: hay.startIndex, to: r.lowerBound)
                let x = DisplayWidth.of(text.prefix(offset))
                let w = DisplayWidth.of(text.dropFirst(offset).prefix(hay.distance(from: r.lowerBound, to: r.upperBound)))
                matches.append((i, x, w))
                start = r.upperBound
            }
        }
        let first = matches.firstIndex { $0.0 >= visit.scroll } ?? 0
        search = PageSearch(query: query, matches: matches, current: matches.isEmpty ? 0 : first)
        if jump, !matches.isEmpty { reveal(matches[first].0) }
    }

    mutating func stepMatch(_ step: Int) -> Bool {
        guard var s = search, !s.matches.isEmpty else { return false }
        s.current = (s.current + step + s.matches.count) % s.matches.count
        search = s
        reveal(s.matches[s.current].line)
        return true
    }
}
