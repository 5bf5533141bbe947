import Foundation
import Testing

/// The man page in docs/man is generated from the argument parser; completions come from the binary.
@Suite struct ManualAndCompletionTests {
    struct HelpNode: Decodable {
        var commandName: String
        var abstract: String?
        var subcommands: [HelpNode]?
        func all() -> [HelpNode] { [self] + (subcommands ?? []).flatMap { $0.all() } }
    }

    struct HelpDump: Decodable { var command: HelpNode }

    /// Fails when a command was added or its abstract changed without regenerating the page
    /// (`swift package plugin generate-manual`, then copy curbside.1 to docs/man/).
    @Test func committedManPageCoversEveryCommand() throws {
        let dump = try TmuxSession.run([Built.binary.path, "--experimental-dump-help"])
        #expect(dump.status == 0)
        let tree = try JSONDecoder().decode(HelpDump.self, from: Data(dump.output.utf8)).command
        let page = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/man/curbside.1").standardizedFileURL, encoding: .utf8)
        let commands = tree.all().dropFirst()
        #expect(commands.count >= 14)
        for command in commands {
            #expect(page.contains(".It Em \(command.commandName)\n"), "the man page lacks '\(command.commandName)'")
            if let abstract = command.abstract {
                #expect(page.contains(abstract), "the man page has an old abstract for '\(command.commandName)'")
            }
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsKnowEveryCommand(shell: String) throws {
        let r = try TmuxSession.run([Built.binary.path, "--generate-completion-script", shell])
        #expect(r.status == 0)
        for word in ["browse", "show", "search", "ask", "submit", "review", "approve", "validate", "import", "medquad", "openfda", "--persona", "--format"] {
            // fish names options without their dashes.
            let expected = shell == "fish" && word.hasPrefix("--") ? "'\(word.dropFirst(2))'" : word
            #expect(r.output.contains(expected), "\(shell) completion lacks \(word)")
        }
        if shell == "bash" {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-completion-\(UUID().uuidString).bash")
            defer { try? FileManager.default.removeItem(at: file) }
            try Data(r.output.utf8).write(to: file)
            #expect(try TmuxSession.run(["bash", "-n", file.path]).status == 0, "the bash completion script does not parse")
        }
    }
}
