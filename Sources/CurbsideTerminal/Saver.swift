import CurbsideBrowser
import CurbsideCore

/// Carries out the commands that write the reader's files, merging with what other Curbside
/// processes wrote meanwhile; a failure becomes a message, never a lost screen.
struct Saver {
    let store: UserStateStore
    let submissions: SubmissionStore
    let personaOverride: String?
    let isPrivate: Bool
    /// What this process last saw of each list, so saves merge with other processes' changes.
    var lastBookmarks: [String], lastHistory: [String], lastQuestions: [String]

    init(store: UserStateStore, submissions: SubmissionStore, personaOverride: String?, isPrivate: Bool, saved: UserStateStore.Snapshot) {
        self.store = store; self.submissions = submissions; self.personaOverride = personaOverride; self.isPrivate = isPrivate
        lastBookmarks = saved.bookmarks; lastHistory = saved.history; lastQuestions = saved.questions
    }

    /// The message to give the state afterwards, if any.
    mutating func perform(_ command: Command, library: Library) -> Message? {
        do {
            switch command {
            case .savePersona(let id): if personaOverride == nil && !isPrivate { try store.savePersona(id) }
            case .saveBookmarks(let ids): try store.saveBookmarks(ids, previous: lastBookmarks); lastBookmarks = ids
            case .saveHistory(let ids): if !isPrivate { try store.saveHistory(ids, previous: lastHistory); lastHistory = ids }
            case .saveQuestions(let list): if !isPrivate { try store.saveQuestions(list, previous: lastQuestions); lastQuestions = list }
            case .forget(let target, let entries):
                let forgetting = Forgetting(directories: store.directories)
                if let entries { try forgetting.forget(entries: Set(entries), from: target) } else { try forgetting.forget(target) }
                // What this process last saw no longer holds them, so no later save brings them back.
                switch target {
                case .history: lastHistory.removeAll { entries?.contains($0) ?? true }
                case .bookmarks: lastBookmarks.removeAll { entries?.contains($0) ?? true }
                case .questions: lastQuestions.removeAll { entries?.contains($0) ?? true }
                case .all: lastHistory = []; lastBookmarks = []; lastQuestions = []
                }
            case .submit(let question, let from, let persona):
                return .submitted(try submissions.submit(question: question, from: from, persona: persona, library: library))
            case .quit, .loadLibrary, .readArticle, .buildEngine, .answer: break
            }
        } catch {
            return .saveFailed("\(error)")
        }
        return nil
    }
}
