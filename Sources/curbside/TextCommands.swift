import ArgumentParser
import CurbsideBrowser
import CurbsideCore
import Foundation

/// The width for plain-text output: --width, else the terminal's, else 80.
func outputWidth(_ explicit: Int?) -> Int {
    if let explicit { return max(20, explicit) }
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
}

func resolvePersona(_ id: String?, in library: Library) throws -> Persona {
    var saved: String? = nil
    if id == nil {
        // The reader's saved choice. Only read: a corrupt file is the browser's to set aside (and a
        // private session's to leave alone), but it is said on standard error, never passed over silently.
        var store = UserStateStore()
        store.setsCorruptFilesAside = false
        let state = store.load()
        for warning in state.warnings { printError("curbside: \(SafeText.clean(warning))") }
        saved = state.persona
    }
    do { return try Persona.resolve(id, saved: saved, in: library) } catch { throw CommandFailure("curbside: " + error.message) }
}

/// `ask --json` and `search --json`: the same text as `writeJSON` of their `Codable` forms, written
/// directly (see `PrettyJSON`).
func writeJSON(_ value: PrettyJSON.Value) {
    printLine(JSONText.escapingInvisibles(PrettyJSON.text(value)))
}

func writeJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    printLine(JSONText.escapingInvisibles(String(decoding: try encoder.encode(value), as: UTF8.self)))
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one article as text, Markdown or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }
    enum ColorMode: String, ExpressibleByArgument, CaseIterable { case never, always }

    @OptionGroup var library: LibraryOptions
    @Argument(help: "The article id (see 'curbside search').") var id: String
    @Option(help: ArgumentHelp("Tailor to this persona (default: your saved choice).", valueName: "ID")) var persona: String?
    @Option(help: "Output format: text, markdown or json.") var format: Format = .text
    @Option(help: "Wrap text to this many columns (default: the terminal's, or 80).") var width: Int?
    @Option(help: "Colour: never (default) or always.") var color: ColorMode = .never

    func run() throws {
        let lib = try library.loadWithSubmissions()
        guard let article = lib.article(id) else {
            let repository = try library.repository()
            // A file that is there but was skipped: say why, rather than that there is no article.
            let own = repository.display("\(JSONFileRepository.articlesFolder)/\(id).json")
            let why = lib.problems.filter { $0.file == own || $0.claimedID == id }
            if !why.isEmpty {
                throw CommandFailure("curbside: article '\(id)' was skipped because its file could not be used:\n"
                    + why.map { "  " + $0.description }.joined(separator: "\n") + "\nRun 'curbside validate' for every problem.")
            }
            throw CommandFailure("curbside: no article '\(id)' in \(repository.displayRoot). Try 'curbside search WORDS'.")
        }
        let export = ArticleExport(library: lib, persona: try resolvePersona(persona, in: lib))
        switch format {
        case .text: print(color == .always ? export.ansiText(article, width: outputWidth(width)) : export.text(article, width: outputWidth(width)), terminator: "")
        case .markdown: print(SafeText.cleanLines(export.markdown(article)), terminator: "")
        case .json: print(JSONText.escapingInvisibles(try export.json(article)), terminator: "")
        }
    }
}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Find articles that match words, best first.")

    @OptionGroup var library: LibraryOptions
    @OptionGroup var privacy: PrivacyOptions
    @Argument(help: "What to look for.") var query: [String]
    @Option(parsing: .unconditional, help: ArgumentHelp("How many results at most (1 to \(Self.maximumLimit)).", valueName: "N"))
    var limit = 10
    @Flag(help: "Print JSON: {\"understood\": {\"type\",\"types\",\"focus\",\"constraints\",\"searchText\"}, \"results\": [{\"id\",\"title\",\"score\"}]}.") var json = false
    @Flag(help: "Say first how the question was understood: its type, what it is about, and the circumstances kept as context.") var explain = false

    static let maximumLimit = 1_000


    func validate() throws {
        guard (1...Self.maximumLimit).contains(limit) else {
            throw ValidationError("--limit must be a whole number from 1 to \(Self.maximumLimit) (got \(limit)).")
        }
    }

    func run() throws { try SearchRequest(self).run() }
}

struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a follow-up question from the library, offline.",
        discussion: "Prints a direct answer (the cited sentence that states what was asked) and at most two supporting points, then the articles those points come from; or says plainly that the library does not answer it yet. An emergency sign in the question puts the library's urgent-care line first. Exit status: 0 answered, 1 not answered (like grep), 2 on error."
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var privacy: PrivacyOptions
    @Argument(help: "The question.") var question: [String]
    @Option(name: .customLong("from"), help: ArgumentHelp("The article the question is asked from (context).", valueName: "ARTICLE_ID")) var from: String?
    @Option(help: ArgumentHelp("Tailor to this persona.", valueName: "ID")) var persona: String?
    @Flag(help: "Print JSON: {\"confident\", \"answer\": [{\"text\",\"articleId\",\"section\",\"citations\"}], \"matches\": [...], \"understood\": {...}, \"urgent\", \"unheard\": [...] when set}.") var json = false
    @Flag(help: "Say first how the question was understood: its type, what it is about, and the circumstances kept as context.") var explain = false

    func run() throws { try AskRequest(self).run() }
}

/// How a question was understood, for a person (`--explain`).
func printExplanation(_ u: UnderstoodQuestion) {
    print("Understood as: \(u.types.joined(separator: " + ")) question")
    print("About: \(u.focus.isEmpty ? "(no topic recognised)" : SafeText.clean(u.focus.joined(separator: ", ")))")
    if !u.constraints.isEmpty {
        print("Circumstances (context, not search words): " + u.constraints.map { c in
            SafeText.clean("\(c.kind) \(c.value ?? c.text)")
        }.joined(separator: "; "))
    }
    print("Searched for: \(SafeText.clean(u.searchText))")
    print("")
}

/// A question as one shell word, for the `curbside submit …` line.
func shellQuoted(_ text: String) -> String {
    "'" + SafeText.clean(text).replacingOccurrences(of: "'", with: "'\\''") + "'"
}
