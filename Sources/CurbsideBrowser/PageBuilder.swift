import CurbsideCore

/// Lays out the page for a location: a pure function of the state (library, persona, width,
/// answers received). Articles go through ArticleLayout, like every export.
struct PageBuilder {
    let state: BrowserState

    var context: LayoutContext {
        LayoutContext(width: state.width, persona: state.persona ?? Persona.defaults[0],
                      glyphs: state.glyphs, readingWidth: state.readingWidth, interactive: true)
    }

    func builder(_ title: String) -> DocumentBuilder {
        DocumentBuilder(title: title, width: state.width, asciiOnly: state.glyphs == .ascii, readingWidth: state.readingWidth)
    }

    func document(for location: Location) -> Document {
        let library = state.library
        switch location {
        case .library: return Document(title: "Library")
        case .article(let id):
            guard let article = library.article(id) else {
                var b = builder("Not found")
                b.paragraph([Span("There is no article '\(SafeText.clean(id))' in this library.", TextStyle(.error))])
                return b.build()
            }
            return ArticleLayout(library: library, glosser: state.glosser.value, context: context).document(for: article)
        case .page(let id):
            let page = library.pages[id] ?? (id == PolicyPage.privacyID ? PolicyPage.privacy : nil)
                ?? PolicyPage(id: id, title: "Missing page", paragraphs: ["This library has no page '\(id)'."])
            return ListPages.policy(page, builder: builder(SafeText.clean(page.title)))
        case .answer(let question, let from):
            return AnswerPage(library: library, glyphs: state.glyphs).document(
                question: question, from: from, result: state.answerResult,
                submitted: state.submittedQuestions.contains(question), engineReady: state.engineReady, builder: builder("Follow-up: \(SafeText.clean(question))"))
        case .bookmarks:
            return ListPages.articles(title: "Bookmarks", ids: state.bookmarks, empty: "No bookmarks yet: press b on an article.",
                                      library: library, glyphs: state.glyphs, builder: builder("Bookmarks"))
        case .history:
            return ListPages.articles(title: "History", ids: state.visited, empty: "No articles read yet.",
                                      library: library, glyphs: state.glyphs, builder: builder("History"))
        case .problems:
            return ListPages.problems(library.problems, builder: builder("Skipped files"))
        case .terms(let id):
            // The words the reader's own view of the article marks, in the order they appear.
            let article = document(for: .article(id))
            var entries: [Int] = []
            for link in article.links { if case .term(let e) = link.target, !entries.contains(e) { entries.append(e) } }
            return ListPages.terms(entries, of: library.article(id)?.question ?? id, glossary: state.glosser.value.matcher.entries,
                                   builder: builder("Words used"))
        }
    }
}
