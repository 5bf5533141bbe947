import Foundation

/// Questions readers submitted from the follow-up prompt, stored as article stubs with status
/// *submitted* in the user's data directory (never inside an installed library).
public struct SubmissionStore: Sendable {
    public let repository: JSONFileRepository
    public static let unsorted = "Unsorted"

    public init(directories: UserDirectories = .standard()) {
        var repository = JSONFileRepository(directory: directories.submittedQuestions, displayRoot: directories.submittedQuestions.path)
        repository.access = .ownerOnly(root: directories.data)
        self.repository = repository
    }

    public init(directory: URL) {
        var repository = JSONFileRepository(directory: directory, displayRoot: directory.path)
        repository.access = .ownerOnly(root: directory)
        self.repository = repository
    }

    /// Stores a question. Every submission gets its own file with a unique id, so two processes
    /// submitting at once can never overwrite each other.
    public func submit(question: String, from articleID: String?, persona: String?, library: Library, now: Date = Date()) throws -> Article {
        let text = SafeText.clean(question).trimmingCharacters(in: .whitespaces)
        let time = ISO8601DateFormatter().string(from: now)
        let day = String(time.prefix(10))
        let id = "submitted-\(Self.slug(text))-\(UInt64(now.timeIntervalSince1970 * 1000))-\(UInt32.random(in: 0...UInt32.max) % 1_000_000)"
        let specialty = articleID.flatMap { library.article($0)?.specialty } ?? Self.unsorted
        let stub = Article(id: id, question: text, specialty: specialty, status: .submitted, lastUpdated: day,
                           submission: Submission(askedFrom: articleID, persona: persona, submittedAt: time),
                           reviewHistory: [ReviewEvent(status: .submitted, by: persona.map { "reader (\($0))" } ?? "reader", at: time)])
        try repository.save(stub)
        return stub
    }

    /// Every stored submission, and the files that could not be read.
    public func load() -> ([Article], [LibraryProblem]) {
        guard FileManager.default.fileExists(atPath: repository.articlesDirectory.path) else { return ([], []) }
        let (articles, problems, _) = repository.loadArticles()
        return (articles, problems)
    }

    static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for c in TextAnalyzer.fold(text) {
            if c.isASCII && (c.isLetter || c.isNumber) { out.append(c); dash = false }
            else if !dash && !out.isEmpty { out.append("-"); dash = true }
            if out.count >= 40 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "question" : out
    }
}

public extension SubmissionStore {
    /// The library with readers' submitted questions added, so they show beside the articles.
    func merged(into library: Library) -> Library {
        var library = library
        let (stubs, problems) = load()
        for stub in stubs where library.article(stub.id) == nil { library.upsert(stub) }
        library.problems += problems
        return library
    }
}
