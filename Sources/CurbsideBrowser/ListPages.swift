import CurbsideCore

/// Pages that are lists or plain text: bookmarks, history, skipped files, policy pages.
enum ListPages {
    static func policy(_ page: PolicyPage, builder: DocumentBuilder) -> Document {
        var b = builder
        b.paragraph([Span(SafeText.clean(page.title), TextStyle(.title, bold: true))])
        for p in page.paragraphs { b.blank(); b.paragraph([Span(SafeText.clean(p))]) }
        return b.build()
    }

    /// Every file the library could not use, with where and why; each is an entry j/k select.
    static func problems(_ problems: [LibraryProblem], builder: DocumentBuilder) -> Document {
        var b = builder
        b.paragraph([Span("Skipped files", TextStyle(.title, bold: true))])
        b.blank()
        if problems.isEmpty {
            b.paragraph([Span("Every file of this library loaded.", TextStyle(.dim))])
            return b.build()
        }
        b.paragraph([Span("\(problems.count) file\(problems.count == 1 ? " was" : "s were") skipped or had problems; everything else loaded. An editor can fix them (curbside validate lists the same).", TextStyle(.dim))])
        for problem in problems {
            b.blank()
            b.paragraph([Span(SafeText.clean(problem.location), TextStyle(.accent, bold: true), link: b.newLink(.file(problem.location)))])
            b.paragraph([Span(SafeText.clean(problem.explanation))], first: "  ", rest: "  ")
        }
        return b.build()
    }

    /// A list of articles (bookmarks or history), newest first, each with its status mark.
    static func articles(title: String, ids: [String], empty: String, library: Library, glyphs: Glyphs, builder: DocumentBuilder) -> Document {
        var b = builder
        b.paragraph([Span(title, TextStyle(.title, bold: true))])
        b.blank()
        let articles = ids.compactMap { library.article($0) }
        if articles.isEmpty { b.paragraph([Span(empty, TextStyle(.dim))]) }
        for a in articles {
            b.paragraph([Span(SafeText.clean(a.question), TextStyle(.link), link: b.newLink(.article(a.id)))],
                        first: "\(glyphs.statusMark(a.status)) ", rest: "  ", prefixStyle: TextStyle(.dim))
        }
        return b.build()
    }

    /// The words an article defines, each with its whole definition.
    static func terms(_ entries: [Int], of question: String, glossary: [GlossaryEntry], builder: DocumentBuilder) -> Document {
        var b = builder
        b.paragraph([Span("Words used", TextStyle(.title, bold: true))])
        b.paragraph([Span("in “\(SafeText.clean(question))”", TextStyle(.dim))])
        b.blank()
        if entries.isEmpty { b.paragraph([Span("No words are marked in this article for your persona.", TextStyle(.dim))]) }
        for e in entries {
            let entry = glossary[e]
            b.paragraph([Span(SafeText.clean(entry.term), TextStyle(.gloss, bold: true), link: b.newLink(.term(e)))])
            b.paragraph([Span(SafeText.clean(entry.definition))], first: "  ", rest: "  ")
        }
        return b.build()
    }
}
