import ArgumentParser
import CurbsideCore
import Foundation

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the browser on a library (the default command).")

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let lib = library.repository().load()
        for (specialty, articles) in lib.articlesBySpecialty {
            print("\(specialty) (\(articles.count))")
            for a in articles { print("  [\(a.status.label)] \(a.question)") }
        }
    }
}
