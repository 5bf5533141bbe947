import ArgumentParser
import CurbsideCore
import Foundation

struct Submit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Submit questions for the editors (each is stored with status Submitted).",
        discussion: "Each argument is one question; with none, one question per line is read from standard input. Submissions are kept in the user's data directory ($XDG_DATA_HOME/curbside/submitted) and show up in the library view and in 'curbside review list'."
    )

    @OptionGroup var library: LibraryOptions
    @Argument(help: "Questions to submit.") var questions: [String] = []
    @Option(name: .customLong("from"), help: ArgumentHelp("The article the questions were asked from.", valueName: "ARTICLE_ID")) var from: String?
    @Option(help: ArgumentHelp("The persona of the reader asking.", valueName: "ID")) var persona: String?

    func run() throws {
        let repository = try library.repository()
        let lib = ProgressBar.during("Reading articles") { repository.load(progress: $0) }
        if let from, lib.article(from) == nil { throw CommandFailure("curbside: no article '\(from)' to submit from.") }
        if let persona { _ = try resolvePersona(persona, in: lib) } // an unknown persona is refused, not stored
        var list = questions
        if list.isEmpty {
            while let line = readLine() { list.append(line) }
        }
        let store = SubmissionStore()
        var stored = 0
        for q in list where !q.trimmingCharacters(in: .whitespaces).isEmpty {
            let stub = try store.submit(question: q, from: from, persona: persona, library: lib)
            print(stub.id)
            stored += 1
        }
        if stored == 0 { throw CommandFailure("curbside: no question to submit.") }
    }
}
