import ArgumentParser
import CurbsideCore
import Foundation

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List questions awaiting review and move articles through review.",
        discussion: "Statuses: submitted, then under review, then approved. Each step records who ($USER) and when in the article's reviewHistory.",
        subcommands: [List.self, Start.self, Approve.self, Reject.self]
    )

    /// The reviewer's name for the history: $USER, else "unknown".
    static var reviewer: String { ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown" }

    /// Finds an article in the library or among the reader's submissions and saves it back to
    /// the library (a submission taken up for review moves into the library).
    static func change(_ id: String, in options: LibraryOptions, _ step: (Article) throws -> Article) throws {
        let repository = try options.repository()
        let library = ProgressBar.during("Reading articles") { repository.load(progress: $0) }
        // The step acts on ID.json and nothing else: refused when that file could not be read (its
        // text may be an editor's unsaved work) or when another file claims the same id.
        let ownFile = repository.display("\(JSONFileRepository.articlesFolder)/\(id).json")
        let blocking = library.problems.filter { $0.file == ownFile || $0.claimedID == id }
        if !blocking.isEmpty {
            let names = ([ownFile] + blocking.map(\.file)).uniqued()
            throw CommandFailure("curbside: cannot review '\(id)': \(names.count > 1 ? "more than one file claims this id (\(names.joined(separator: ", ")))" : "its file could not be read"); nothing was changed.\n"
                + blocking.map { "  " + $0.description }.joined(separator: "\n"))
        }
        let submissions = SubmissionStore()
        let fromSubmissions = library.article(id) == nil
        let article: Article
        if let a = library.article(id) { article = a }
        else if let a = submissions.load().0.first(where: { $0.id == id }) { article = a }
        else { throw CommandFailure("curbside: no article or submitted question '\(id)'. See 'curbside review list'.") }
        let changed: Article
        do { changed = try step(article) } catch let refusal as ReviewWorkflow.Refusal {
            throw CommandFailure("curbside: \(refusal)")
        }
        do { try repository.save(changed) } catch {
            throw CommandFailure("curbside: cannot save '\(id)' in \(repository.displayRoot): \(error)")
        }
        if fromSubmissions { try? FileManager.default.removeItem(at: submissions.repository.articleURL(id)) }
        print("\(id): \(article.status.label) → \(changed.status.label) (by \(reviewer))")
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List submitted and under-review questions.")
        @OptionGroup var library: LibraryOptions

        func run() throws {
            let lib = try library.loadWithSubmissions()
            for status in [ReviewStatus.submitted, .underReview] {
                let items = lib.articles.filter { $0.status == status }
                print("\(status.label) (\(items.count))")
                for a in items {
                    var line = "  \(a.id)  \(SafeText.clean(a.question))"
                    if let s = a.submission { line += "  [\(s.submittedAt)\(s.askedFrom.map { ", from \($0)" } ?? "")]" }
                    print(line)
                }
            }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", abstract: "Take up a submitted question: from submitted to under review.")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "The article id.") var id: String
        func run() throws { try Review.change(id, in: library) { try ReviewWorkflow(reviewer: Review.reviewer).start($0) } }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve an article under review (refused while it has no answer).")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "The article id.") var id: String
        func run() throws { try Review.change(id, in: library) { try ReviewWorkflow(reviewer: Review.reviewer).approve($0) } }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reject", abstract: "Send an article back to submitted, with a reason.")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "The article id.") var id: String
        @Option(help: "Why it goes back (recorded in its review history).") var reason: String
        func run() throws { try Review.change(id, in: library) { try ReviewWorkflow(reviewer: Review.reviewer).reject($0, reason: reason) } }
    }
}
