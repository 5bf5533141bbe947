import Foundation
import Testing
@testable import CurbsideCore

/// What editors meet in `validate`, `show` and every rewrite of a library file (docs/reliability.md,
/// "Second pass").
@Suite struct LibraryFileTests {
    static func edit(_ file: URL, _ change: (String) -> String) throws {
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    /// Lines removed plus lines added between two texts (through their longest common subsequence,
    /// as `diff` counts them).
    static func changedLines(_ a: String, _ b: String) -> Int {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        var row = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            var diagonal = 0
            for j in 1...y.count {
                let up = row[j]
                row[j] = x[i - 1] == y[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                diagonal = up
            }
        }
        return x.count + y.count - 2 * row[y.count]
    }

    @Test func validateNamesEveryUnusableFileAndValuePrecisely() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let lib = try CommandLineTests.copyOfBundledLibrary(in: home)
        let articles = lib.appendingPathComponent("articles")
        try Self.edit(articles.appendingPathComponent("rett-syndrome.json")) { $0.replacingOccurrences(of: "\"year\": 2010", with: "\"year\": 1000000000000000000000000000000") }
        try Self.edit(articles.appendingPathComponent("ankle-sprain-ottawa-rules.json")) {
            $0.replacingOccurrences(of: "\"keyConsiderations\"", with: "\"keyConsideratons\"").replacingOccurrences(of: "\"related\"", with: "\"relatd\"")
                .replacingOccurrences(of: "[1]", with: "[0]").replacingOccurrences(of: "[2]", with: "[99999999999999999999]")
        }
        try FileManager.default.createDirectory(at: articles.appendingPathComponent("folder.json"), withIntermediateDirectories: true)
        #expect(mkfifo(articles.appendingPathComponent("pipe.json").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: articles.appendingPathComponent("zero.json").path, withDestinationPath: "/dev/zero")
        var evil = try String(contentsOf: articles.appendingPathComponent("migraine-prevention.json"), encoding: .utf8)
        evil = evil.replacingOccurrences(of: "\"id\": \"migraine-prevention\"", with: "\"id\": \"../../evil\"")
        try evil.write(to: articles.appendingPathComponent("evil.json"), atomically: true, encoding: .utf8)
        let r = try CommandLineTests.curbside(["validate", "--quiet", "--data", lib.path], home: home)
        #expect(r.status == 1)
        let out = r.output
        let a = "\(lib.path)/articles/"
        #expect(out.contains("\(a)rett-syndrome.json:") && out.contains("the number 1000000000000000000000000000000 is out of range"), "\(out)")
        #expect(!out.contains("not valid JSON"))
        #expect(out.contains("\(a)folder.json: skipped: a directory, not a regular file"))
        #expect(out.contains("\(a)pipe.json: skipped: a FIFO (named pipe), not a regular file"))
        #expect(out.contains("\(a)zero.json: skipped: a character device, not a regular file"))
        #expect(!out.contains("Inappropriate ioctl") && !out.contains("Success"))
        #expect(out.contains("sections.guidelines.keyConsideratons: unknown key 'keyConsideratons' (its content is not read); did you mean 'keyConsiderations'?"))
        #expect(out.contains("relatd: unknown key 'relatd' (its content is not read); did you mean 'related'?"))
        #expect(out.contains("[0] is not a citation marker a reader can follow"))
        #expect(out.contains("[99999999999999999999] is not a citation marker a reader can follow"))
        #expect(out.contains("\(a)evil.json:1:1: id: id '../../evil' is not a safe file name"), "\(out)")
        #expect(!out.contains("articles/../../evil.json"))
        // show says why an article it cannot show was skipped.
        let shown = try CommandLineTests.curbside(["show", "--data", lib.path, "rett-syndrome"], home: home)
        #expect(shown.status == 1)
        #expect(shown.output.contains("article 'rett-syndrome' was skipped because its file could not be used"), "\(shown.output)")
        #expect(shown.output.contains("is out of range"))
        // openFDA import of something that is not a regular file.
        let dir = try CommandLineTests.curbside(["import", "openfda", home.path, "--into", home.appendingPathComponent("new").path], home: home)
        #expect(dir.output.contains("is a directory, not a JSON file"), "\(dir.output)")
    }

    /// validate said "sound (0 articles)" when the articles folder could not be read.
    @Test func anUnreadableArticlesFolderIsAProblem() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let lib = home.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: lib, withIntermediateDirectories: true)
        for name in ["library.json", "personas.json", "glossary.json"] {
            try FileManager.default.copyItem(at: Built.data.appendingPathComponent(name), to: lib.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(atPath: lib.appendingPathComponent("articles").path, withDestinationPath: lib.appendingPathComponent("articles").path)
        let r = try CommandLineTests.curbside(["validate", "--quiet", "--data", lib.path], home: home)
        #expect(r.status == 1, "\(r.output)")
        #expect(r.output.contains("cannot read the articles folder: Too many levels of symbolic links"), "\(r.output)")
        #expect(!r.output.contains("sound"))
    }

    /// Review and imports rewrote whole files (unknown fields dropped, keys reshuffled): every
    /// change was a whole-file diff in git. Now a change is a few lines and unknown fields stay.
    @Test func rewritesKeepUnknownFieldsKeyOrderAndFormatting() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let lib = try CommandLineTests.copyOfBundledLibrary(in: home)
        let file = lib.appendingPathComponent("articles/rett-syndrome.json")
        try Self.edit(file) {
            $0.replacingOccurrences(of: "  \"question\":", with: "  \"editorNote\": \"check [3] again\",\n  \"question\":")
              .replacingOccurrences(of: "\"kind\": \"guideline\"", with: "\"internalRef\": 17,\n      \"kind\": \"guideline\"")
        }
        let before = try String(contentsOf: file, encoding: .utf8)
        let r = try CommandLineTests.curbside(["review", "approve", "rett-syndrome", "--data", lib.path], home: home)
        #expect(r.status == 0, "\(r.output)")
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(after.contains("\"editorNote\": \"check [3] again\""))
        #expect(after.contains("\"internalRef\": 17"))
        #expect(after.contains("\"status\": \"approved\""))
        #expect(Self.changedLines(before, after) <= 14, "a whole-file rewrite:\n\(after.prefix(600))")
        #expect(after.hasPrefix("{\n  \"id\": \"rett-syndrome\",\n  \"editorNote\""))

        // A MedQuAD import adds glossary entries at the end; nothing else in the file moves.
        let glossary = lib.appendingPathComponent("glossary.json")
        let glossaryBefore = try String(contentsOf: glossary, encoding: .utf8)
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/medquad").path
        let imported = try CommandLineTests.curbside(["import", "medquad", fixtures, "--into", lib.path], home: home)
        #expect(imported.status == 0, "\(imported.output)")
        let glossaryAfter = try String(contentsOf: glossary, encoding: .utf8)
        #expect(glossaryAfter != glossaryBefore)
        #expect(Self.changedLines(glossaryBefore, glossaryAfter) < 40, "glossary rewritten whole")
    }

    /// The corrupt-state message was lost when `show`/`ask` moved a file aside.
    @Test func corruptStateFilesAreReportedByShowAndAsk() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        for command in [["show", "osteopenia-management"], ["ask", "how often is the dexa repeated"]] {
            let config = home.appendingPathComponent("config/curbside/config.json")
            try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("{ not json".utf8).write(to: config)
            let r = try CommandLineTests.curbside(command + ["--data", Built.data.path], home: home)
            #expect(r.output.contains("config.json") && r.output.contains("unreadable"), "\(command[0]): \(r.output.prefix(300))")
        }
    }
}
