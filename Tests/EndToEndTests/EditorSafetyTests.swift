import Foundation
import Testing
@testable import CurbsideCore

/// Imports and review rewrite library files: an editor's work in a file that does not parse, or
/// in one of two files with the same id, must never be lost or overlooked (docs/reliability.md).
@Suite struct EditorSafetyTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures").standardizedFileURL

    /// Every file under `dir` with its bytes, to prove that nothing was written.
    static func snapshot(_ dir: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!
        for case let url as URL in walker where !url.hasDirectoryPath {
            files[url.path] = try Data(contentsOf: url)
        }
        return files
    }

    /// Once: the glossary (764 entries) was replaced by the one imported entry.
    @Test func importMedQuADStopsOnAGlossaryWithASyntaxError() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let lib = try CommandLineTests.copyOfBundledLibrary(in: home)
        let glossary = lib.appendingPathComponent("glossary.json")
        var text = try String(contentsOf: glossary, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"definition\"", with: "\"definition\" oops", options: [], range: text.range(of: "\"definition\""))
        try text.write(to: glossary, atomically: true, encoding: .utf8)
        let before = try Self.snapshot(lib)
        let r = try CommandLineTests.curbside(["import", "medquad", Self.fixtures.appendingPathComponent("medquad").path, "--into", lib.path], home: home)
        #expect(r.status == 1, "\(r.output)")
        #expect(r.output.contains("nothing was written"), "\(r.output)")
        #expect(r.output.range(of: "\(lib.path)/glossary.json:[0-9]+:[0-9]+: ", options: .regularExpression) != nil, "\(r.output)")
        #expect(try Self.snapshot(lib) == before)
    }

    /// Once: an article that failed to parse was overwritten by the label import (hand edits lost).
    @Test func importOpenFDAStopsOnAnArticleThatDoesNotParse() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let lib = home.appendingPathComponent("labels")
        let bulk = Self.fixtures.appendingPathComponent("openfda/bulk.json").path
        #expect(try CommandLineTests.curbside(["import", "openfda", bulk, "--into", lib.path], home: home).status == 0)
        let article = lib.appendingPathComponent("articles/drug-label-examplofen-sodium.json")
        let edited = try String(contentsOf: article, encoding: .utf8).replacingOccurrences(of: "\"question\"", with: "\"question\" MY UNSAVED EDIT")
        try edited.write(to: article, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: lib.appendingPathComponent("articles/drug-label-sample-carbonate.json"))
        let before = try Self.snapshot(lib)
        let r = try CommandLineTests.curbside(["import", "openfda", bulk, "--into", lib.path], home: home)
        #expect(r.status == 1, "\(r.output)")
        #expect(r.output.contains("articles/drug-label-examplofen-sodium.json:"), "\(r.output)")
        #expect(try Self.snapshot(lib) == before)
        #expect(try String(contentsOf: article, encoding: .utf8).contains("MY UNSAVED EDIT"))
    }

    /// Once: with `ID-old.json` beside `ID.json`, approving ID approved the backup and wrote it
    /// over the newest edit. Now both files are named and nothing changes.
    @Test func duplicateIDsStopReviewAndImports() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let lib = try CommandLineTests.copyOfBundledLibrary(in: home)
        let id = "osteopenia-worsening-dexa"
        let articles = lib.appendingPathComponent("articles")
        try FileManager.default.copyItem(at: articles.appendingPathComponent("\(id).json"), to: articles.appendingPathComponent("\(id)-old.json"))
        let before = try Self.snapshot(lib)
        for step in [["review", "approve", id], ["review", "start", id], ["review", "reject", id, "--reason", "x"]] {
            let r = try CommandLineTests.curbside(step + ["--data", lib.path], home: home)
            #expect(r.status == 1, "\(step): \(r.output)")
            #expect(r.output.contains("more than one file claims this id"), "\(r.output)")
            #expect(r.output.contains("articles/\(id).json") && r.output.contains("articles/\(id)-old.json"), "\(r.output)")
        }
        let imported = try CommandLineTests.curbside(["import", "medquad", Self.fixtures.appendingPathComponent("medquad").path, "--into", lib.path], home: home)
        #expect(imported.status == 1)
        #expect(imported.output.contains("articles/\(id)-old.json"), "\(imported.output)")
        #expect(try Self.snapshot(lib) == before)
        // A review step on an article whose own file does not parse is refused too.
        let broken = articles.appendingPathComponent("rett-syndrome.json")
        try Data("{ \"id\": \"rett-syndrome\", oops }".utf8).write(to: broken)
        let r = try CommandLineTests.curbside(["review", "approve", "rett-syndrome", "--data", lib.path], home: home)
        #expect(r.status == 1)
        #expect(r.output.contains("its file could not be read"), "\(r.output)")
        #expect(try Data(contentsOf: broken) == Data("{ \"id\": \"rett-syndrome\", oops }".utf8))
    }

    /// 4,000 labels took 129 s (every label read every article); now each costs its candidates.
    @Test func aBulkLabelFileImportsInLinearTime() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let labels = (0..<4_000).map { i in
            "{\"set_id\":\"set-\(i)\",\"effective_time\":\"20240101\",\"indications_and_usage\":[\"Testdrug \(i) is indicated for tests.\"],\"openfda\":{\"brand_name\":[\"BRANDX\(i)\"],\"generic_name\":[\"GENERICUM\(i) SODIUM\"]}}"
        }
        let file = home.appendingPathComponent("labels.json")
        try Data("{\"meta\":{},\"results\":[\(labels.joined(separator: ","))]}".utf8).write(to: file)
        let start = Date()
        let r = try CommandLineTests.curbside(["import", "openfda", file.path, "--into", home.appendingPathComponent("lib").path], home: home)
        let seconds = Date().timeIntervalSince(start)
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("imported 4000 articles"))
        #expect(seconds < 60, "took \(seconds) s")
        // Matching still works through the index: a second file naming a drug entry attaches to it.
        let again = home.appendingPathComponent("again.json")
        try Data("{\"results\":[{\"set_id\":\"new-set\",\"effective_time\":\"20250101\",\"indications_and_usage\":[\"Newer.\"],\"openfda\":{\"brand_name\":[\"OTHERBRAND\"],\"generic_name\":[\"GENERICUM17 SODIUM\"]}}]}".utf8).write(to: again)
        let second = try CommandLineTests.curbside(["import", "openfda", again.path, "--into", home.appendingPathComponent("lib").path], home: home)
        #expect(second.status == 0, "\(second.output)")
        #expect(second.output.contains("Attached to 1 existing article"), "\(second.output)")
    }
}
