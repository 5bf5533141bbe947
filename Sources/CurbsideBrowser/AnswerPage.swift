import CurbsideCore

/// A follow-up answer: the urgent line if any, the lead and what adds to it, each with its
/// article and section, then Read more; or, when the library does not hold an answer, the
/// nearest questions and a way to send this one to the editors.
struct AnswerPage {
    let library: Library
    let glyphs: Glyphs

    /// `engineReady`: false while the search index is still being built (a large library's first
    /// start), which the waiting page says, so a long wait is not taken for a hang.
    func document(question: String, from: String?, result: AnswerResult?, submitted: Bool, engineReady: Bool, builder: DocumentBuilder) -> Document {
        let g = glyphs
        let q = SafeText.clean(question)
        var b = builder
        b.paragraph([Span("Follow-up question", TextStyle(.dim))])
        b.paragraph([Span(q, TextStyle(.title, bold: true))])
        if let from, let origin = library.article(from) {
            b.paragraph([Span("Asked while reading: ", TextStyle(.dim)),
                         Span(SafeText.clean(origin.question), TextStyle(.link), link: b.newLink(.article(from)))])
        }
        guard let result else {
            b.blank()
            b.paragraph([Span(engineReady ? "Looking this up in the library…"
                              : "Looking this up in the library… (its search index is still being built)", TextStyle(.dim))])
            return b.build()
        }
        let answer = result.answer
        // An emergency sign in the question: the urgent-care line before anything else, for every reader.
        if let urgent = answer.urgent {
            b.blank()
            b.paragraph([Span("\(g.warning) " + SafeText.clean(urgent), TextStyle(.warning, bold: true))])
        }
        if answer.confident {
            for (i, item) in answer.answer.enumerated() {
                if i == 0 { b.heading("The answer") } else if i == 1 { b.heading("Also") }
                let title = library.article(item.articleId)?.question ?? item.articleId
                b.paragraph(Self.highlighted(item.text, words: result.highlight), first: "  \(g.bullet) ", rest: "    ")
                b.paragraph([Span("\(item.section) \(g.bullet) ", TextStyle(.dim)),
                             Span(SafeText.clean(title), TextStyle(.link), link: b.newLink(.article(item.articleId)))],
                            first: "    ", rest: "    ")
            }
            b.blank()
            b.paragraph([Span("Citation numbers refer to the references of the article each point comes from.", TextStyle(.dim))])
        } else {
            b.heading("The library does not answer this yet")
            b.paragraph([Span("No article in the library states an answer to this question. The nearest questions are below; you can also send the question to the editors.")])
            if let unheard = answer.unheard {
                b.paragraph([Span("The closest articles say nothing about: ", TextStyle(.dim)), Span(SafeText.clean(unheard.joined(separator: ", ")), TextStyle(.dim, bold: true))])
            }
            b.blank()
            if submitted {
                b.paragraph([Span("\(g.done) Submitted. It is stored with status Submitted and appears in the library for the editors.", TextStyle(.accent, bold: true))])
            } else {
                b.line([Span("Submit this question to the editors", TextStyle(.link, underline: true), link: b.newLink(.submitQuestion(question))),
                        Span(" (press \(Keymap.keyLabels(.submit, in: .answer)))", TextStyle(.dim))])
            }
        }
        let listed = answer.readMore
        b.heading(listed.isEmpty ? "No matching questions" : answer.confident ? "Read more" : "The nearest questions")
        for (i, m) in listed.enumerated() {
            guard let article = library.article(m.id) else { continue }
            b.paragraph([Span(SafeText.clean(article.question), TextStyle(.link), link: b.newLink(.article(m.id)))],
                        first: "\(i + 1). ", rest: "   ")
            if let snippet = result.snippets[m.id] {
                b.paragraph(Self.highlighted(snippet, words: result.highlight), first: "   ", rest: "   ")
            }
        }
        return b.build()
    }

    /// Marks the words of a text that the answer's worker found to match the question.
    static func highlighted(_ raw: String, words: Set<String>) -> [Span] {
        let text = SafeText.clean(raw)
        var spans: [Span] = []
        var plain = ""
        for token in Wrapper.tokens(text) {
            let core = token.trimmingCharacters(in: .punctuationCharacters)
            if !core.isEmpty, words.contains(core) {
                if !plain.isEmpty { spans.append(Span(plain)); plain = "" }
                spans.append(Span(token, TextStyle(.match, bold: true)))
            } else {
                plain += token
            }
        }
        if !plain.isEmpty { spans.append(Span(plain)) }
        return spans
    }
}
