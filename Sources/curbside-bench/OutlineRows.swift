import ArgumentParser
import CurbsideCore
import Foundation

/// What the browser's first frame needs from a library, from the saved index's outline: the
/// library's small files, the saved index opened, and the first screenful of rows and groups.
/// Timed as a whole process by `oneshot` (the drawing itself is not included).
struct OutlineRows: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outline-rows", abstract: "Read a first screenful of the library view from the saved index (used by 'oneshot').")
    @Option var data: String
    @Option(help: "Cache directory (holds the saved index).") var cache: String
    @Option var rows = 40

    func run() throws {
        let startup = LibraryStartup(repository: JSONFileRepository(directory: URL(fileURLWithPath: data)), cacheDirectory: URL(fileURLWithPath: cache))
        // As the browser starts: the small files and the outline, not the index's concept table.
        guard let outline = startup.savedOutlineStart()?.savedOutline else {
            throw ValidationError("no current saved index in \(cache)")
        }
        let groups = outline.groups
        var shown = 0
        for position in 0..<min(rows, outline.count) where outline.row(at: position) != nil { shown += 1 }
        print("\(outline.count) articles, \(groups.count) groups, \(shown) rows")
    }
}
