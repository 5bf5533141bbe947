import Foundation

/// The library's outline as the saved index holds it (title, specialty, status, tags, date of
/// every article, in the library view's order, grouped by specialty), read where it lies: what
/// the browser needs for its first frame, whatever the library's size. Nothing is decoded up
/// front; a row is read when it is drawn, and a filter reads titles as bytes (folded per
/// article, never made into `String`s).
public struct SavedOutline: Sendable {
    let saved: SavedIndex

    /// The outline of a saved index; nil for a built one (which has no file to read it from).
    public init?(_ index: SearchIndex) {
        guard let saved = index.saved else { return nil }
        self.saved = saved
    }

    /// The outline of the saved index file at `url` when it was built under `fingerprint`, opened
    /// on its own: the header and block table only, not the glossary's concept table a search
    /// needs (decoding that took 5 ms, a quarter of the bundled library's first frame).
    public init?(file url: URL, fingerprint: String) {
        guard let mapping = FileMapping(url), let file = VerifiedMapping(mapping),
              let saved = SavedIndex(file, fingerprint: fingerprint) else { return nil }
        self.saved = saved
    }

    /// How many articles, i.e. display positions.
    public var count: Int { saved.docCount }

    /// Whether something read so far did not check out (see `SearchIndex.isDamaged`): the
    /// outline must then be given up for the loaded library.
    public var isDamaged: Bool { saved.isDamaged }

    /// One row of the library view.
    public struct Row: Equatable, Sendable {
        public var id: String
        public var title: String
        public var specialty: String
        public var status: ReviewStatus
    }

    /// The specialties in display order, each with its range of display positions.
    public var groups: [(specialty: String, positions: Range<Int>)] {
        (0..<saved.groupCount).compactMap { saved.group($0) }
    }

    /// The row at a display position (nil if the file is damaged there).
    public func row(at position: Int) -> Row? {
        guard let doc = saved.displayedDoc(position), let id = saved.articleID(doc), let title = saved.title(doc),
              let number = saved.specialtyNumber(doc), let specialty = saved.specialty(number: number), let status = saved.status(doc)
        else { return nil }
        return Row(id: id, title: title, specialty: specialty, status: status)
    }

    /// The article at a display position as an outline (no bodies), like the catalog's entries.
    public func article(at position: Int) -> Article? {
        saved.displayedDoc(position).flatMap(article(doc:))
    }

    /// The outline article with this id (binary search over the saved ids), nil if the index
    /// does not hold it: how titles of bookmarks, history and related questions are found
    /// before the library has loaded.
    public func article(id: String) -> Article? {
        saved.doc(of: id).flatMap(article(doc:))
    }

    /// The display position of an article id: a binary search, then a scan of the display order
    /// (numbers only, no titles read).
    public func position(of id: String) -> Int? {
        guard let doc = saved.doc(of: id) else { return nil }
        return (0..<count).first { saved.displayedDoc($0) == doc }
    }

    func article(doc: Int) -> Article? {
        guard let id = saved.articleID(doc), let title = saved.title(doc), let number = saved.specialtyNumber(doc),
              let specialty = saved.specialty(number: number), let status = saved.status(doc),
              let tags = saved.tagBytes(doc), let updated = saved.lastUpdated(doc) else { return nil }
        let tagList = tags.isEmpty ? [] : String(decoding: tags, as: UTF8.self).split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        return Article(id: id, question: title, specialty: specialty, tags: tagList, status: status, lastUpdated: updated)
    }

    /// The display positions an article filter keeps, group by group, as the library view's
    /// filter does (`LibraryListing.filter`): every word (or one of its alternatives, e.g.
    /// glossary synonyms, all folded) must appear in the article's title, tags, specialty or
    /// status label. Titles are folded as bytes; a browser keeps `filterText()` between keystrokes.
    public func filter(_ alternatives: [[String]]) -> [(specialty: String, positions: [Int])] {
        filterText().filter(alternatives)
    }

    /// Every question's filter text, folded, in one buffer (one pass over the outline).
    public func filterText() -> LibraryFilterText { LibraryFilterText(self) }
}
