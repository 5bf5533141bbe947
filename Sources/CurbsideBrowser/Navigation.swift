import CurbsideCore

/// Going places: opening, following links and clicks, and laying out the page arrived at.
extension BrowserState {
    mutating func navigate(to location: Location) {
        reader.push(location)
        arrived()
    }

    /// Back or forward: false when there is nowhere to go.
    mutating func go(_ step: Int) -> Bool {
        guard reader.step(step) else { return false }
        arrived()
        return true
    }

    /// Whatever path led to an article (open, follow, back, forward, click), it moves to the top
    /// of the history, and the page is laid out.
    mutating func arrived() {
        if case .article(let id) = location, visited.first != id {
            visited.removeAll { $0 == id }
            visited.insert(id, at: 0)
            if visited.count > 200 { visited.removeLast(visited.count - 200) }
        }
        relayout()
    }

    /// Lays the current page out for the width and persona (from the cache when it can),
    /// keeping the reading position.
    mutating func relayout() {
        guard location != .library else { reader.show(nil); return }
        let key = DocumentCache.Key(location: location, width: width, persona: persona?.id, ascii: glyphs == .ascii)
        // The history and bookmark lists change as one reads; they are laid out afresh each time.
        let doc = (location.isList ? nil : documentCache[key]) ?? PageBuilder(state: self).document(for: location)
        documentCache[key] = doc
        reader.show(doc)
    }

    mutating func resize(width w: Int, height h: Int) {
        reader.forgetLayout()
        width = max(0, w); height = max(0, h)
        reader.rows = viewHeight
        libraryScreen.resize(height: viewHeight)
        picker?.scrollToRow(height: height)
        relayout()
    }

    mutating func openSelected() -> [Command] {
        if context == .library {
            guard let id = libraryScreen.selectedID else { return [] }
            navigate(to: .article(id))
            return []
        }
        guard let target = reader.selectedTarget else {
            message = context == .list ? "This list is empty." : "Select a link with Tab first."
            return []
        }
        return follow(target)
    }

    mutating func follow(_ target: LinkTarget) -> [Command] {
        switch target {
        case .article(let id): navigate(to: .article(id))
        case .page(let id): navigate(to: .page(id))
        case .citation(let n):
            guard let line = document?.referenceLine[n] else { message = "Reference [\(n)] is missing."; return [] }
            reader.pushPosition(line: line)
            message = "Reference [\(n)]. Press Backspace or h to return."
        case .followUpPrompt: prompt = (.followUp, LineEditor(past: pastQuestions))
        case .term(let entry): definition = entry
        case .file(let path): message = "Fix \(SafeText.clean(path)) in an editor; curbside validate explains the same."
        case .submitQuestion(let q):
            guard !submittedQuestions.contains(q) else { message = "Already submitted."; return [] }
            var from: String? = nil
            if case .answer(_, let origin) = location { from = origin }
            // Submitting stores the question on this machine, which a private session otherwise never does.
            if isPrivate { confirmation = .submit(question: q, from: from); return [] }
            return [.submit(question: q, from: from, persona: persona?.id)]
        }
        return []
    }

    mutating func click(x: Int, y: Int) -> [Command] {
        if context == .library {
            guard libraryScreen.select(screenRow: y) != nil else { return [] }
            return openSelected()
        }
        guard let doc = document else { return [] }
        let line = visit.scroll + y - reader.headerRows
        guard let i = doc.links.firstIndex(where: { $0.places.contains { $0.line == line && x >= $0.x && x < $0.x + $0.width } }) else { return [] }
        reader.select(i)
        return follow(doc.links[i].target)
    }

    mutating func toggleBookmark() -> [Command] {
        guard case .article(let id) = location else { message = "Only articles can be bookmarked."; return [] }
        if let i = bookmarks.firstIndex(of: id) {
            bookmarks.remove(at: i); message = "Bookmark removed."
        } else {
            bookmarks.insert(id, at: 0); message = "Bookmarked. B lists bookmarks."
        }
        return [.saveBookmarks(bookmarks)]
    }

    /// The article on screen when only its outline may be known (no bodies; a submitted stub's
    /// outline lacks where it was asked from): the library started from an outline and has not
    /// fully loaded.
    var outlinedArticleShown: String? {
        guard library.isOutline, case .article(let id) = location, let article = library.article(id),
              article.sections.isEmpty else { return nil }
        return id
    }

    /// An article's file, read while the library is still an outline: shown at once (fresh from
    /// its file, even if the outline's title is older). Once the full library has arrived it
    /// holds the article already.
    mutating func didRead(_ id: String, _ article: Article?) {
        guard library.isOutline else { return }
        guard let article, article.id == id else {
            // The reader's own submitted questions live with their submissions, not in the
            // library: their pages are whole already.
            if library.article(id)?.status != .submitted {
                message = "This article's file could not be read; it appears once the library has loaded."
            }
            return
        }
        library.upsert(article)
        documentCache = DocumentCache()
        relayout()
    }

    /// The full library arrived (after a start from an outline): swap it in, keeping
    /// the reader's place, filter and history.
    mutating func replaceLibrary(_ full: Library) -> [Command] {
        library = full
        documentCache = DocumentCache()
        libraryScreen = LibraryScreen(library: full, keeping: libraryScreen)
        relayout()
        return [.buildEngine(full)]
    }
}
