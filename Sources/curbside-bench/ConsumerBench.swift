import ArgumentParser
import CurbsideCore
import Foundation

/// Consumer questions over the whole MedQuAD collection (issue "questions understood the way
/// people ask them"): each written as a person would type it, with the MedQuAD answer(s) that
/// answer it, split into a dev half that tuning may look at and a test half it never does.
struct ConsumerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consumer",
        abstract: "Right answer first / in the top 5 for consumer questions over an imported MedQuAD library, against SQLite FTS5.")

    @Option(help: "A library made by 'curbside import medquad' (made here from ../shared/datasets/medquad when missing).")
    var library = "/tmp/curbside-bench/medquad-library"
    @Flag(help: "List every question whose right answer is not first (dev split only: the test split is never read for tuning).")
    var misses = false

    struct Case: Decodable { var query: String; var expected: [String]; var qtype: String; var split: String }

    func run() throws {
        let dir = URL(fileURLWithPath: library)
        if !FileManager.default.fileExists(atPath: dir.appendingPathComponent("articles").path) { try Self.importCollection(into: dir) }
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: sourceRoot.appendingPathComponent("Tests/Fixtures/medquad-consumer-questions.json")))
        let loaded = JSONFileRepository(directory: dir).load()
        FileHandle.standardError.write(Data("\(loaded.articles.count) articles; indexing…\n".utf8))
        let engine = FollowUpEngine(library: loaded)
        let fts = try FTS5Baseline(articles: loaded.articles)
        print("Consumer questions over the MedQuAD collection (\(loaded.articles.count) articles), Tests/Fixtures/medquad-consumer-questions.json:\n")
        print("| split | questions | Curbside first | Curbside top 5 | FTS5 first | FTS5 top 5 | first-hit ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for split in ["dev", "test"] {
            let part = cases.filter { $0.split == split }
            var ours = (first: 0, top5: 0), theirs = (first: 0, top5: 0)
            var missed: [String] = []
            for c in part {
                let expected = Set(c.expected)
                let a = engine.search(c.query, limit: 5).map(\.id)
                let b = fts.search(c.query, limit: 5)
                if let top = a.first, expected.contains(top) { ours.first += 1 } else if split == "dev" {
                    let understood = engine.index.interpret(c.query).understood
                    missed.append("  [\(c.qtype) → \(understood.type); focus \(understood.focus)] \(c.query.prefix(110)) → \(a.prefix(3)) want \(c.expected[0])")
                }
                if a.contains(where: expected.contains) { ours.top5 += 1 }
                if let top = b.first, expected.contains(top) { theirs.first += 1 }
                if b.contains(where: expected.contains) { theirs.top5 += 1 }
            }
            let n = Double(max(part.count, 1))
            let ratio = theirs.first == 0 ? "∞" : String(format: "%.2f×", Double(ours.first) / Double(theirs.first))
            print(String(format: "| %@ | %d | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %@ |", split, part.count,
                         Double(ours.first) / n * 100, Double(ours.top5) / n * 100,
                         Double(theirs.first) / n * 100, Double(theirs.top5) / n * 100, ratio))
            if misses && split == "dev" { missed.forEach { FileHandle.standardError.write(Data(($0 + "\n").utf8)) } }
        }
    }

    /// Unpacks the collection from ../shared/datasets/medquad and imports it.
    static func importCollection(into dir: URL) throws {
        let archive = sourceRoot.appendingPathComponent("../shared/datasets/medquad/medquad-public-xml.tgz").standardizedFileURL
        guard FileManager.default.fileExists(atPath: archive.path) else {
            throw ValidationError("no library at \(dir.path) and no MedQuAD archive at \(archive.path)")
        }
        let xml = dir.deletingLastPathComponent().appendingPathComponent("medquad-xml")
        try FileManager.default.createDirectory(at: xml, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
        tar.arguments = ["xzf", archive.path, "-C", xml.path]
        try tar.run(); tar.waitUntilExit()
        FileHandle.standardError.write(Data("importing MedQuAD into \(dir.path)…\n".utf8))
        let stamp = ISO8601DateFormatter().string(from: Date())
        _ = try MedQuADImport(source: xml, into: JSONFileRepository(directory: dir),
                              conversion: MedQuADConversion(day: String(stamp.prefix(10)), time: stamp, importer: "curbside-bench")).run()
    }
}
