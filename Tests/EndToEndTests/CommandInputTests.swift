import Foundation
import Testing
@testable import CurbsideCore

/// What a user can type at the commands: limits, huge queries, hostile arguments, mistyped
/// libraries. Each case once failed (docs/reliability.md, "Second pass").
@Suite struct CommandInputTests {
    static func run(_ args: [String]) throws -> (status: Int32, output: String) {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        return try CommandLineTests.curbside(args, home: home)
    }

    @Test(arguments: ["99999999999", "9223372036854775807", "0", "-5"])
    func outOfRangeLimitsAreRefusedClearly(limit: String) throws {
        for args in [["--limit", limit], ["--limit=\(limit)"]] {
            let r = try Self.run(["search", "--data", Built.data.path, "dexa"] + args)
            #expect(r.status == 64, "\(args): \(r.output)")
            #expect(r.output.contains("--limit must be a whole number from 1 to 1000 (got \(limit))"), "\(r.output)")
        }
        let two = try Self.run(["search", "--data", Built.data.path, "--json", "--limit", "2", "dexa"])
        #expect(two.status == 0)
        let list = try JSONDecoder().decode(SearchJSON.self, from: Data(two.output.utf8)).results
        #expect(list.count == 2)
    }

    /// A 100,000-character word took minutes (typo correction was quadratic in its length).
    @Test func aHugeQueryWordAnswersPromptly() throws {
        let word = String(repeating: "osteopenia", count: 10_000)
        for command in ["search", "ask"] {
            let start = Date()
            let r = try Self.run([command, "--data", Built.data.path, word, "dexa"])
            #expect(r.status == 0 || r.status == 1, "\(r.output.prefix(300))")
            #expect(Date().timeIntervalSince(start) < 20, "\(command) took \(Date().timeIntervalSince(start)) s")
        }
    }

    /// Every argument an error message may quote comes out inert.
    @Test func errorMessagesNeverEchoControlCodes() throws {
        let evil = "x\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}[2J\u{9B}1m"
        let runs: [[String]] = [
            ["ask", "--data", Built.data.path, "--from", evil, "question"],
            ["submit", "--data", Built.data.path, "--from", evil, "question"],
            ["review", "start", "--data", Built.data.path, evil],
            ["review", "approve", "--data", Built.data.path, evil],
            ["review", "reject", "--data", Built.data.path, evil, "--reason", "r"],
            ["show", "--data", Built.data.path, "--persona", evil, "osteopenia-management"],
            ["ask", "--data", Built.data.path, "--persona", evil, "dexa"],
            ["search", "--data", "/tmp/no-such-\(evil)", "dexa"],
            ["search", "--data", Built.data.path, "--limit", evil, "dexa"],
        ]
        for args in runs {
            let r = try Self.run(args)
            #expect(r.status != 0, "\(args) should fail")
            #expect(!r.output.unicodeScalars.contains(where: HostileTextCommandTests.isControl), "\(args[0]) echoed: \(r.output.debugDescription.prefix(300))")
            #expect(r.output.contains("x^[]52;c;aGVsbG8=^G^[[2J"), "\(args): \(r.output.prefix(300))")
        }
    }

    /// C1 controls, DEL and bidi overrides are valid in JSON strings, and a terminal obeys them.
    @Test func jsonOutputEscapesInvisibleControls() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let root = home.appendingPathComponent("lib")
        try LibraryScaffold.prepare(root, title: "Test")
        let nasty = "Nasty \u{9B}31m \u{98}x\u{9C} \u{7F} \u{202E}rev\u{202C} \u{2066}iso\u{2069}"
        try JSONFileRepository(directory: root).save(Article(
            id: "nasty", question: "Is nasty text escaped? " + nasty, specialty: "Tests", tags: [],
            status: .underReview, lastUpdated: "2026-11-01",
            summary: Summary(lay: "Nasty text " + nasty + " [1]", clinical: "Nasty text " + nasty + " [1]"),
            sections: Sections(research: ResearchSection(groups: [ResearchGroup(heading: "Nasty", bullets: ["Nasty text is here " + nasty + " [1]"])])),
            references: [Reference(kind: .research, title: "Nasty", source: "Journal", year: 2020)]))
        for args in [["search", "--json", "nasty text"], ["ask", "--json", "is nasty text escaped"], ["show", "--format", "json", "nasty"]] {
            let r = try CommandLineTests.curbside(args + ["--data", root.path], home: home)
            #expect(r.status == 0, "\(args): \(r.output)")
            #expect(!r.output.unicodeScalars.contains(where: HostileTextCommandTests.isControl), "\(args[0]): \(r.output.debugDescription.prefix(400))")
            #expect(r.output.contains("\\u009b31m"), "\(args): \(r.output.prefix(400))")
            // Still JSON, and the text decodes back to what the library holds.
            let value = try JSONSerialization.jsonObject(with: Data(r.output.utf8))
            let again = try JSONSerialization.data(withJSONObject: value)
            #expect(String(decoding: again, as: UTF8.self).contains("\u{202E}rev"))
        }
    }

    /// A mistyped --data is an error, not an empty library (and nothing is created or moved).
    @Test func aDataDirectoryThatIsNotALibraryIsAnError() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let typo = home.appendingPathComponent("typo")
        let plainFile = home.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: plainFile)
        let notALibrary = home.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: notALibrary, withIntermediateDirectories: true)
        let submitted = try CommandLineTests.curbside(["submit", "--data", Built.data.path, "my private question about a rash"], home: home)
        #expect(submitted.status == 0)
        let id = submitted.output.trimmingCharacters(in: .whitespacesAndNewlines)
        for dir in [typo.path, plainFile.path, notALibrary.path] {
            for args in [["search", "dexa"], ["ask", "dexa"], ["show", "osteopenia-management"], ["review", "list"], ["review", "start", id],
                         ["validate"], ["submit", "a question"]] {
                let r = try CommandLineTests.curbside(args + ["--data", dir], home: home)
                #expect(r.status == (args[0] == "ask" ? 2 : 1), "\(args) --data \(dir): \(r.output)")
                #expect(r.output.contains("no library at") || r.output.contains("is not a directory") || r.output.contains("is not a Curbside library"), "\(r.output)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: typo.path), "a mistyped --data was created")
        let stillThere = SubmissionStore(directory: home.appendingPathComponent("data/curbside/submitted")).load().0
        #expect(stillThere.map(\.id) == [id], "the reader's submission moved")
        // import --into is the one command that makes a library where there was none.
        let made = try CommandLineTests.curbside(["import", "medquad", URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/medquad").path, "--into", typo.path], home: home)
        #expect(made.status == 0, "\(made.output)")
    }

    @Test func submitRefusesAnUnknownPersona() throws {
        let r = try Self.run(["submit", "--data", Built.data.path, "--persona", "bogus", "a question"])
        #expect(r.status == 1)
        #expect(r.output.contains("unknown persona 'bogus'; choose one of: patient"), "\(r.output)")
    }
}
