import Foundation
import Testing
@testable import CurbsideCore

/// The plain-text commands print library text to terminals too: hostile text must come out inert.
@Suite struct HostileTextCommandTests {
    static let hostile = "Evil\u{1B}[2J\u{1B}]0;pwned\u{07} \u{9B}31m\u{0}\u{202E}desrever\u{202C}\u{2066}x\u{2069}\u{8}\u{7F}"

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s.value != 0x0A) || (0x7F..<0xA0).contains(s.value) || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    @Test func showSearchAskReviewAndValidateNeverPrintControlCodes() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let root = home.appendingPathComponent("lib")
        try LibraryScaffold.prepare(root, title: Self.hostile)
        let repository = JSONFileRepository(directory: root)
        try repository.saveGlossary([GlossaryEntry(term: "Evil", synonyms: ["wicked"], definition: Self.hostile)])
        let article = Article(
            id: "evil", question: "Is this evil question safe? " + Self.hostile, specialty: Self.hostile, tags: [Self.hostile],
            status: .submitted, lastUpdated: "2026-11-01",
            summary: Summary(lay: "Evil and wicked text " + Self.hostile + " [1]", clinical: "Evil " + Self.hostile + " [1]"),
            sections: Sections(research: ResearchSection(groups: [ResearchGroup(heading: Self.hostile, bullets: ["Evil bullet " + Self.hostile + " [1]"])])),
            references: [Reference(kind: .research, title: Self.hostile, source: Self.hostile, year: 2020)])
        try repository.save(article)
        let runs: [[String]] = [
            ["show", "--data", root.path, "evil"],
            ["show", "--data", root.path, "--persona", "physician", "--format", "markdown", "evil"],
            ["show", "--data", root.path, "--color", "always", "evil"],
            ["search", "--data", root.path, "evil question"],
            ["ask", "--data", root.path, "is this evil question safe"],
            ["review", "list", "--data", root.path],
            ["validate", "--data", root.path],
            ["show", "--data", root.path, "no-such-\u{1B}[2J-id"],
        ]
        for args in runs {
            let r = try CommandLineTests.curbside(args, home: home)
            var output = r.output
            if args.contains("always") {
                // Our own colour codes are the only escapes allowed: ESC [ digits/semicolons m.
                output = output.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            }
            #expect(!output.unicodeScalars.contains(where: Self.isControl), "\(args[0]) printed a control code: \(output.debugDescription.prefix(300))")
            #expect(output.lowercased().contains("evil") || output.contains("no article 'no-such-^[[2J-id'"), "\(args): \(output.prefix(200))")
        }
    }

    /// `validate` quotes dates, ids, related ids, terms and file names in its problems.
    @Test func validateNeverPrintsControlCodesFromAnyField() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let root = home.appendingPathComponent("lib")
        try LibraryScaffold.prepare(root, title: "Test")
        let esc = "\u{1B}]52;c;aGk=\u{07}\u{1B}[2J"
        try JSONFileRepository(directory: root).saveGlossary([GlossaryEntry(term: "T" + esc, synonyms: ["t" + esc], definition: "")])
        let article = Article(
            id: "evil" + esc, question: "Is it safe?", specialty: "S", status: .submitted, lastUpdated: "2026-13-99" + esc,
            summary: Summary(lay: "Text [7]", clinical: "Text [1]"), related: ["missing" + esc, "evil" + esc],
            submission: Submission(askedFrom: "nowhere" + esc, persona: "p" + esc, submittedAt: "yesterday" + esc),
            reviewHistory: [ReviewEvent(status: .underReview, by: "me" + esc, at: "noon" + esc)])
        let data = try ArticleJSON.encode(article)
        try data.write(to: root.appendingPathComponent("articles/file" + esc + ".json"))
        try data.write(to: root.appendingPathComponent("articles/second.json"))
        let r = try CommandLineTests.curbside(["validate", "--data", root.path], home: home)
        #expect(r.status == 1)
        #expect(!r.output.unicodeScalars.contains(where: Self.isControl), "validate printed: \(r.output.debugDescription.prefix(600))")
        #expect(r.output.contains("^[]52;c;aGk=^G"), "\(r.output.prefix(600))")
    }
}
