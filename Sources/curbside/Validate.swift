import ArgumentParser
import CurbsideCore
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a library; exit 0 only when it is sound.",
        discussion: "Prints one line per problem (file:line:column: JSON path: message) and the reading grade of every lay summary."
    )

    @OptionGroup var library: LibraryOptions

    @Flag(name: .long, help: "Print only problems, not the reading grades.")
    var quiet = false

    func run() throws {
        let repository = try library.repository()
        let report = ProgressBar.during("Reading articles") { LibraryValidator(repository: repository).validate(progress: $0) }
        if !quiet {
            print("Reading grade (Flesch–Kincaid) of lay summaries, limit \(Int(LibraryValidator.maximumLayGrade)):")
            for (id, grade) in report.layGrades {
                print(SafeText.clean(String(format: "  %5.1f  %@", grade, id)))
            }
        }
        // Problems quote the library's own text (ids, dates, terms, file names): never raw.
        for problem in report.problems { print(SafeText.clean(problem.description)) }
        let articles = report.articleCount
        if report.isSound {
            print(SafeText.clean("\(repository.displayRoot): sound (\(articles) articles)."))
        } else {
            print(SafeText.clean("\(repository.displayRoot): \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") (\(articles) articles loaded)."))
            throw ExitCode(1)
        }
    }
}
