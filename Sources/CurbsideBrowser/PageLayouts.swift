import CurbsideCore

/// Pages other than articles: a follow-up answer, a policy page, the bookmark and history lists.
public enum PageLayouts {
    public static func answer(_ answer: FollowUpAnswer, question: String, from: String?, library: Library,
                              index: SearchIndex, submitted: Bool, context: LayoutContext) -> Document {
        let g = context.glyphs
        let q = SafeText.clean(question)
        var b = DocumentBuilder(title: "Follow-up: \(q)", width: context.width, asciiOnly: context.glyphs == .ascii)
        b.paragraph([Span("Follow-up question", TextStyle(.dim))])
        b.paragraph([Span(q, TextStyle(.title, bold: true))])
        if let from, let origin = library.article(from) {
            b.paragraph([Span("Asked while reading: ", TextStyle(.dim)),
                         Span(SafeText.clean(origin.question), TextStyle(.link), link: b.newLink(.article(from)))])
        }
        let words = Set(index.understand(question).terms)
        // An emergency sign in the question: the urgent-care line before anything else, for every reader.
        if let urgent = answer.urgent {
            b.blank()
            b.paragraph([Span("\(g.warning) " + SafeText.clean(urgent), TextStyle(.warning, bold: true))])
        }
        if answer.confident {
            // The direct answer first, then what adds to it, each with its article and section.
            for (i, item) in answer.answer.enumerated() {
                if i == 0 { b.heading("The answer") } else if i == 1 { b.heading("Also") }
                let title = library.article(item.articleId)?.question ?? item.articleId
                b.paragraph(highlighted(item.text, words: words, index: index), first: "  \(g.bullet) ", rest: "    ")
                b.paragraph([Span("\(item.section) \(g.bullet) ", TextStyle(.dim)),
                             Span(SafeText.clean(title), TextStyle(.link), link: b.newLink(.article(item.articleId)))],
                            first: "    ", rest: "    ")
            }
            b.blank()
            b.paragraph([Span("Citation numbers refer to the references of the article each point comes from.", TextStyle(.dim))])
        } else {
            b.heading("The library does not answer this yet")
            b.paragraph([Span("No article in the library states an answer to this question. The nearest questions are below; you can also send the question to the editors.")])
            b.blank()
            if submitted {
                b.paragraph([Span("\(g.done) Submitted. It is stored with status Submitted and appears in the library for the editors.", TextStyle(.accent, bold: true))])
            } else {
                b.line([Span("Submit this question to the editors", TextStyle(.link, underline: true), link: b.newLink(.submitQuestion(question)))])
            }
        }
        b.heading(answer.matches.isEmpty ? "No matching questions" : answer.confident ? "Read more" : "The nearest questions")
        for (i, m) in answer.matches.enumerated() {
            guard let article = library.article(m.id) else { continue }
            b.paragraph([Span(SafeText.clean(article.question), TextStyle(.link), link: b.newLink(.article(m.id)))],
                        first: "\(i + 1). ", rest: "   ")
            if let snippet = snippet(for: article, words: words, index: index) {
                b.paragraph(highlighted(snippet, words: words, index: index), first: "   ", rest: "   ")
            }
        }
        return b.build()
    }

    /// Marks the words of a text that match the query's analysed terms.
    static func highlighted(_ raw: String, words: Set<String>, index: SearchIndex) -> [Span] {
        let text = SafeText.clean(raw)
        var spans: [Span] = []
        var plain = ""
        for token in Wrapper.tokens(text) {
            let core = token.trimmingCharacters(in: .punctuationCharacters)
            if !core.isEmpty, !token.contains(" "), index.analyse(core).contains(where: words.contains) {
                if !plain.isEmpty { spans.append(Span(plain)); plain = "" }
                spans.append(Span(token, TextStyle(.match, bold: true)))
            } else {
                plain += token
            }
        }
        if !plain.isEmpty { spans.append(Span(plain)) }
        return spans
    }

    /// The sentence of an article that best matches the query.
    static func snippet(for article: Article, words: Set<String>, index: SearchIndex) -> String? {
        var best: (String, Int)? = nil
        for item in ArticleTexts.all(article) {
            for sentence in Sentences.split(item.text) where !AnswerTest.cannotStandAlone(sentence) {
                let hits = Set(index.analyse(sentence)).intersection(words).count
                if hits > (best?.1 ?? 0) { best = (sentence, hits) }
            }
        }
        return best.map { CitationMarkers.stripped($0.0) }
    }

    public static func policy(_ page: PolicyPage, context: LayoutContext) -> Document {
        var b = DocumentBuilder(title: SafeText.clean(page.title), width: context.width, asciiOnly: context.glyphs == .ascii)
        b.paragraph([Span(SafeText.clean(page.title), TextStyle(.title, bold: true))])
        for p in page.paragraphs { b.blank(); b.paragraph([Span(SafeText.clean(p))]) }
        return b.build()
    }

    /// Every file the library could not use, with where and why, so a reader knows what is missing.
    public static func problems(_ problems: [LibraryProblem], context: LayoutContext) -> Document {
        var b = DocumentBuilder(title: "Skipped files", width: context.width, asciiOnly: context.glyphs == .ascii)
        b.paragraph([Span("Skipped files", TextStyle(.title, bold: true))])
        b.blank()
        if problems.isEmpty {
            b.paragraph([Span("Every file of this library loaded.", TextStyle(.dim))])
            return b.build()
        }
        b.paragraph([Span("\(problems.count) file\(problems.count == 1 ? " was" : "s were") skipped or had problems; everything else loaded. An editor can fix them (curbside validate lists the same).", TextStyle(.dim))])
        for problem in problems {
            b.blank()
            b.paragraph([Span(SafeText.clean(problem.location), TextStyle(.accent, bold: true))])
            b.paragraph([Span(SafeText.clean(problem.explanation))], first: "  ", rest: "  ")
        }
        return b.build()
    }

    /// A list of articles (bookmarks or history), newest first.
    public static func articleList(title: String, ids: [String], empty: String, library: Library, context: LayoutContext) -> Document {
        var b = DocumentBuilder(title: title, width: context.width, asciiOnly: context.glyphs == .ascii)
        b.paragraph([Span(title, TextStyle(.title, bold: true))])
        b.blank()
        let articles = ids.compactMap { library.article($0) }
        if articles.isEmpty { b.paragraph([Span(empty, TextStyle(.dim))]) }
        for a in articles {
            b.paragraph([Span(SafeText.clean(a.question), TextStyle(.link), link: b.newLink(.article(a.id)))],
                        first: "\(context.glyphs.arrow) ", rest: "   ", prefixStyle: TextStyle(.link))
        }
        return b.build()
    }
}

import Foundation
