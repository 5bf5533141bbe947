import ArgumentParser
import CurbsideCore
import Foundation

/// `search` and `ask` in the plain form a script, a shell loop or an editor plugin runs them
/// (words, `--json`, `--data DIR`, `--limit N`, `--from ID`…), read without ArgumentParser:
/// its parse reflects over the command and parses the arguments twice more for completion-script
/// requests, about 2 ms of a 12 ms one-shot `search` (docs/performance.md). Anything else —
/// an unknown or repeated option, a value that looks like an option or fails validation, no
/// words, help, a version or completion request — is nil and goes to ArgumentParser, so every
/// message stays its own. `PlainCommandTests` checks that both read the same values.
enum PlainCommand: Equatable {
    case search(SearchRequest)
    case ask(AskRequest)

    init?(_ arguments: [String]) {
        if Curbside.asksTheRootParser(arguments) { return nil }
        guard let command = arguments.first else { return nil }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "search":
            guard let plain = PlainArguments(rest, flags: ["--json", "--explain", "--private"], options: ["--data", "--limit"]) else { return nil }
            var limit = 10
            if let given = plain.values["--limit"] {
                guard let n = Int(given), (1...Search.maximumLimit).contains(n) else { return nil }
                limit = n
            }
            self = .search(SearchRequest(data: plain.values["--data"], privateFlag: plain.flags.contains("--private"), query: plain.words,
                                         limit: limit, json: plain.flags.contains("--json"), explain: plain.flags.contains("--explain")))
        case "ask":
            guard let plain = PlainArguments(rest, flags: ["--json", "--explain", "--private"], options: ["--data", "--from", "--persona"]) else { return nil }
            self = .ask(AskRequest(data: plain.values["--data"], privateFlag: plain.flags.contains("--private"), question: plain.words,
                                   from: plain.values["--from"], persona: plain.values["--persona"],
                                   json: plain.flags.contains("--json"), explain: plain.flags.contains("--explain")))
        default:
            return nil
        }
    }

    func run() throws {
        switch self {
        case .search(let request): try request.run()
        case .ask(let request): try request.run()
        }
    }
}

/// Words, flags and `--name value` / `--name=value` options, each at most once; nil for anything
/// else (the full parser's to read and explain).
struct PlainArguments {
    var words: [String] = []
    var flags: Set<String> = []
    var values: [String: String] = [:]

    init?(_ arguments: [String], flags known: Set<String>, options: Set<String>) {
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            guard argument.hasPrefix("-") else { words.append(argument); continue }
            if known.contains(argument) {
                guard flags.insert(argument).inserted else { return nil }
                continue
            }
            var name = argument, value: String? = nil
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else if i < arguments.count {
                value = arguments[i]
                i += 1
            }
            guard options.contains(name), let value, !value.hasPrefix("-"), values[name] == nil else { return nil }
            values[name] = value
        }
        guard !words.isEmpty else { return nil }
    }
}

/// What `curbside search` was asked, however it was read.
struct SearchRequest: Equatable {
    var data: String?
    var privateFlag: Bool
    var query: [String]
    var limit: Int
    var json: Bool
    var explain: Bool

    init(data: String?, privateFlag: Bool, query: [String], limit: Int, json: Bool, explain: Bool) {
        (self.data, self.privateFlag, self.query, self.limit, self.json, self.explain) = (data, privateFlag, query, limit, json, explain)
    }

    init(_ command: Search) {
        self.init(data: command.library.data, privateFlag: command.privacy.privateFlag, query: command.query, limit: command.limit,
                  json: command.json, explain: command.explain)
    }

    func run() throws {
        let isPrivate = privateFlag || PrivacyOptions.environmentAsks()
        let engine = try LibraryOptions.searchEngine(data, savesCaches: !isPrivate, libraryFiles: false)
        let (understood, results) = engine.searchExplained(query.joined(separator: " "), limit: limit)
        if json {
            writeJSON(.object([("understood", understood.prettyJSON), ("results", .array(results.map(\.prettyJSON)))]))
        } else {
            if explain { printExplanation(understood) }
            if results.isEmpty { printLine("No matching articles.") }
            for (i, r) in results.enumerated() {
                printLine(String(format: "%2d. %6.2f  %@", i + 1, r.score, r.id))
                printLine("              \(SafeText.clean(r.title))")
            }
        }
        endProcess(0, keeping: engine)
    }
}

/// What `curbside ask` was asked, however it was read.
struct AskRequest: Equatable {
    var data: String?
    var privateFlag: Bool
    var question: [String]
    var from: String?
    var persona: String?
    var json: Bool
    var explain: Bool

    init(data: String?, privateFlag: Bool, question: [String], from: String?, persona: String?, json: Bool, explain: Bool) {
        (self.data, self.privateFlag, self.question, self.from, self.persona, self.json, self.explain) = (data, privateFlag, question, from, persona, json, explain)
    }

    init(_ command: Ask) {
        self.init(data: command.library.data, privateFlag: command.privacy.privateFlag, question: command.question, from: command.from,
                  persona: command.persona, json: command.json, explain: command.explain)
    }

    func run() throws {
        let isPrivate = privateFlag || PrivacyOptions.environmentAsks()
        let engine = try LibraryOptions.searchEngine(data, savesCaches: !isPrivate)
        let lib = engine.library
        if let from, !engine.contains(from) { throw CommandFailure("curbside: no article '\(from)' to ask from. Try 'curbside search WORDS'.") }
        let who = try resolvePersona(persona, in: lib)
        let text = question.joined(separator: " ")
        let answer = engine.answer(text, from: from, audience: who.audience, summaries: who.reading?.filled(for: who.audience).summary)
        if json { writeJSON(answer.prettyJSON); endProcess(answer.confident ? 0 : 1, keeping: engine) }
        if explain, let understood = answer.understood { printExplanation(understood) }
        // An emergency sign comes first, whatever else is said.
        if let urgent = answer.urgent { printLine("⚠ \(SafeText.clean(urgent))\n") }
        if answer.confident {
            printLine("From the library:")
            for item in answer.answer {
                printLine("  • \(SafeText.clean(item.text))")
                printLine("      — \(item.section), \(SafeText.clean(engine.title(item.articleId) ?? item.articleId)) (\(item.articleId))")
            }
        } else {
            printLine("The library does not answer this yet.")
            if let unheard = answer.unheard { printLine("The closest articles say nothing about: \(unheard.joined(separator: ", ")).") }
        }
        if !answer.matches.isEmpty {
            printLine(answer.confident ? "\nRead more:" : "\nThe nearest articles:")
            for m in answer.readMore { printLine(String(format: "  %6.2f  %@  %@", m.score, m.id, SafeText.clean(m.title))) }
        }
        if !answer.confident {
            // Like grep: 1 when the library does not hold an answer; the way to ask the editors.
            printLine("\nAsk the editors to answer it:\n  curbside submit \(shellQuoted(text))\(from.map { " --from \($0)" } ?? "")")
            endProcess(1, keeping: engine)
        }
        endProcess(0, keeping: engine)
    }
}
