import CurbsideCore

/// Everything that can happen to the browser: the only way its state changes.
public enum Message: Sendable {
    /// A key press, a click, the wheel or a resize, as the terminal decoded it.
    case key(Key)
    /// The full library arrived (the browser started from an outline).
    case libraryLoaded(Library)
    /// One article read from its file while the library is only outlined (nil: unreadable).
    case articleRead(String, Article?)
    /// The follow-up engine for the current library is built: answers come without waiting.
    case engineReady
    case answerReady(AnswerRequest, AnswerResult)
    /// The runner stored a submitted question as this stub.
    case submitted(Article)
    /// A save, submit or forget failed; reading still works.
    case saveFailed(String)
    /// A notice for the status line (a file made private, a start-up warning).
    case notice(String)
}

/// Work with effects outside the state (I/O, threads), done by the runner, which posts back a message.
public enum Command: Equatable, Sendable {
    case quit
    case savePersona(String)
    case saveBookmarks([String])
    case saveHistory([String])
    case saveQuestions([String])
    case submit(question: String, from: String?, persona: String?)
    /// Delete entries of a list from disk (nil: the whole list, its file included).
    case forget(Forgetting.Target, entries: [String]?)
    /// Load the whole library behind the outline; answered by `.libraryLoaded`.
    case loadLibrary
    /// Read the file of one article opened while the library is only outlined; answered by `.articleRead`.
    case readArticle(String)
    /// Build the follow-up engine for this library in the background; answered by `.engineReady`.
    case buildEngine(Library)
    /// Answer a follow-up question; answered by `.answerReady`.
    case answer(AnswerRequest)

    public static func == (a: Command, b: Command) -> Bool {
        switch (a, b) {
        case (.quit, .quit), (.loadLibrary, .loadLibrary): true
        case let (.savePersona(x), .savePersona(y)), let (.readArticle(x), .readArticle(y)): x == y
        case let (.saveBookmarks(x), .saveBookmarks(y)), let (.saveHistory(x), .saveHistory(y)), let (.saveQuestions(x), .saveQuestions(y)): x == y
        case let (.submit(q1, f1, p1), .submit(q2, f2, p2)): q1 == q2 && f1 == f2 && p1 == p2
        case let (.forget(t1, e1), .forget(t2, e2)): t1 == t2 && e1 == e2
        case let (.buildEngine(x), .buildEngine(y)): x.articles.map(\.id) == y.articles.map(\.id)
        case let (.answer(x), .answer(y)): x == y
        default: false
        }
    }
}

/// A follow-up question as asked: what, from where, for whom.
public struct AnswerRequest: Hashable, Sendable {
    public var question: String
    public var from: String?
    public var audience: Audience
    /// The summary the reader reads (the persona's order), for answers in the reader's register.
    public var summaries: [String]? = nil
}

/// An answer and the words to highlight in it, computed off the screen's thread.
public struct AnswerResult: Sendable {
    public var answer: FollowUpAnswer
    /// Words (as written in the texts shown) that match the question's terms.
    public var highlight: Set<String>
    /// For each nearest article, the sentence that best matches the question.
    public var snippets: [String: String]

    public init(answer: FollowUpAnswer, highlight: Set<String>, snippets: [String: String]) {
        self.answer = answer; self.highlight = highlight; self.snippets = snippets
    }

    /// Answers a request with an engine: what the runner does on its worker thread.
    public static func compute(_ request: AnswerRequest, engine: FollowUpEngine) -> AnswerResult {
        let answer = engine.answer(request.question, from: request.from, audience: request.audience, summaries: request.summaries)
        let index = engine.index
        let words = Set(index.understand(request.question).terms)
        var snippets: [String: String] = [:]
        for m in answer.readMore {
            guard let article = engine.library.article(m.id) else { continue }
            var best: (String, Int)? = nil
            for item in ArticleTexts.all(article) {
                for sentence in Sentences.split(item.text) where !AnswerTest.cannotStandAlone(sentence) {
                    let hits = Set(index.analyse(sentence)).intersection(words).count
                    if hits > (best?.1 ?? 0) { best = (sentence, hits) }
                }
            }
            if let best { snippets[m.id] = CitationMarkers.stripped(best.0) }
        }
        var highlight = Set<String>()
        let shown = answer.answer.map(\.text) + Array(snippets.values)
        for text in shown {
            for token in Wrapper.tokens(SafeText.clean(text)) {
                let core = token.trimmingCharacters(in: .punctuationCharacters)
                if !core.isEmpty, !core.contains(" "), index.analyse(core).contains(where: words.contains) { highlight.insert(core) }
            }
        }
        return AnswerResult(answer: answer, highlight: highlight, snippets: snippets)
    }
}
