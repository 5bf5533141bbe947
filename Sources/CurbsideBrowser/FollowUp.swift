import CurbsideCore

/// Asking a follow-up question, receiving its answer, and sending an unanswered one to the editors.
extension BrowserState {
    /// The question the current page asks, if it is an answer page.
    var answerRequest: AnswerRequest? {
        guard case .answer(let question, let from) = location else { return nil }
        return AnswerRequest(question: question, from: from, audience: audience, summaries: persona?.reading?.filled(for: audience).summary)
    }

    public var answerResult: AnswerResult? { answerRequest.flatMap { answers[$0] } }

    mutating func ask(_ raw: String) -> [Command] {
        let question = SafeText.clean(raw).trimmingCharacters(in: .whitespaces)
        guard !question.isEmpty else { return [] }
        pastQuestions.removeAll { $0 == question }
        pastQuestions.append(question)
        if pastQuestions.count > 100 { pastQuestions.removeFirst(pastQuestions.count - 100) }
        var from: String? = nil
        switch location {
        case .article(let id): from = id
        case .answer(_, let origin): from = origin
        default: break
        }
        navigate(to: .answer(question: question, from: from))
        return [.saveQuestions(pastQuestions)]
    }

    /// The runner stored a submitted question: show it in the library and on the answer page,
    /// and have the engine rebuilt for the library that now holds it. The answer shown stays:
    /// a submitted question never becomes an answer to itself.
    mutating func didSubmit(_ stub: Article) -> [Command] {
        library.upsert(stub)
        submittedQuestions.insert(stub.question)
        documentCache = DocumentCache()
        libraryScreen = LibraryScreen(library: library, keeping: libraryScreen)
        relayout()
        message = "Submitted: the question is now in the library as Submitted."
        return [.buildEngine(library)]
    }

    // MARK: Forgetting and confirmations

    mutating func askToDeleteEntry() {
        guard location == .history || location == .bookmarks else {
            message = "d deletes an entry of your history (H) or bookmarks (B)."; return
        }
        guard case .article(let id)? = reader.selectedTarget else { message = "The list is empty."; return }
        confirmation = .deleteEntry(list: location, id: id)
    }

    mutating func askToClearList() {
        guard location == .history || location == .bookmarks else {
            message = "D clears your history (H) or bookmarks (B)."; return
        }
        guard !(location == .history ? visited : bookmarks).isEmpty else { message = "The list is already empty."; return }
        confirmation = .clearList(location)
    }

    /// The question on the status line for a pending confirmation.
    public var confirmationQuestion: String? {
        guard let confirmation else { return nil }
        switch confirmation {
        case .deleteEntry(let list, let id):
            let title = library.article(id).map { SafeText.clean($0.question) } ?? id
            return "Delete “\(title)” from \(list == .history ? "history" : "bookmarks")? y/n"
        case .clearList(let list):
            let count = list == .history ? visited.count : bookmarks.count
            return list == .history ? "Delete all \(count) entries of your history from disk? y/n"
                : "Delete all \(count) bookmarks from disk? y/n"
        case .submit:
            return "Private session: submitting stores this question on this computer. Submit? y/n"
        }
    }

    mutating func answerConfirmation(_ key: Key) -> [Command] {
        guard let pending = confirmation else { return [] }
        confirmation = nil
        guard key == .char("y") || key == .char("Y") else { message = "Nothing changed."; return [] }
        var commands: [Command] = []
        switch pending {
        case .deleteEntry(let list, let id):
            if list == .history { visited.removeAll { $0 == id }; commands = [.forget(.history, entries: [id])] }
            else { bookmarks.removeAll { $0 == id }; commands = [.forget(.bookmarks, entries: [id])] }
            message = "Deleted."
        case .clearList(let list):
            if list == .history { visited = []; commands = [.forget(.history, entries: nil)] }
            else { bookmarks = []; commands = [.forget(.bookmarks, entries: nil)] }
            message = list == .history ? "History deleted." : "Bookmarks deleted."
        case .submit(let question, let from):
            return [.submit(question: question, from: from, persona: persona?.id)]
        }
        // The selection stays at its place: on the entry that took the deleted one's place.
        relayout()
        return commands
    }
}
