import ArgumentParser
import CurbsideBrowser
import CurbsideCore
import Foundation

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curbside-bench",
        abstract: "Measure Curbside and print figures (see docs/performance.md). Build with -c release.",
        subcommands: [Generate.self, SearchBench.self, SearchOne.self, OneShotBench.self, OutlineRows.self, BrowserBench.self, FirstFrame.self, Calibrate.self, ConsumerBench.self]
    )
}

let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL
let bundledData = sourceRoot.appendingPathComponent("Data")

/// Generates (or reuses) a synthetic library of `count` articles under `work`.
func syntheticLibrary(count: Int, work: URL) throws -> URL {
    let dir = work.appendingPathComponent("synthetic-\(count)")
    if (try? String(contentsOf: dir.appendingPathComponent(".complete"), encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) == "\(count)" {
        return dir
    }
    let source = JSONFileRepository(directory: bundledData).load()
    FileHandle.standardError.write(Data("generating \(count) articles in \(dir.path)\n".utf8))
    try SyntheticLibrary(source: source).write(count: count, to: dir) { n in
        FileHandle.standardError.write(Data("\r  \(n * 100 / count)% (\(n)/\(count))".utf8))
    }
    FileHandle.standardError.write(Data("\r  100% (\(count)/\(count))\n".utf8))
    return dir
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a synthetic library of N articles (~600 words each).")
    @Option var count = 1000
    @Option(help: "Directory to write into (replaced).") var into: String

    func run() throws {
        let source = JSONFileRepository(directory: bundledData).load()
        let dir = URL(fileURLWithPath: into)
        let seconds = try Measure.seconds {
            try SyntheticLibrary(source: source).write(count: count, to: dir) { n in
                FileHandle.standardError.write(Data("\r\(n * 100 / max(count, 1))%".utf8))
            }
        }
        print(String(format: "\nwrote %d articles (%@) in %.1f s to %@", count, Measure.mb(Measure.directorySize(dir)), seconds, dir.path))
    }
}

/// One size, in its own process so peak memory is its own.
struct SearchOne: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure one library (used by 'search'); prints one JSON line.")
    @Option var data: String
    @Option var queries = 200
    @Flag var skipFTS = false
    @Option(help: "Cache folder: the cold run saves the catalog and index there; --warm starts from them.") var cache: String?
    @Flag(help: "Start as the browser and 'search' do on a second run: the catalog outline and the saved index, no article decoded.") var warm = false
    @Option(help: "Index the library in this many parts at once (default: one per core from 4,000 articles).") var parts: Int?

    struct Result: Codable {
        var articles: Int, diskBytes: Int, loadSeconds: Double, indexSeconds: Double, peakBytes: Int
        var p50: Double, p99: Double
        var ftsBuildSeconds: Double? = nil, ftsP50: Double? = nil, ftsP99: Double? = nil, overlapTop1: Double? = nil
    }

    func run() throws {
        let dir = URL(fileURLWithPath: data)
        let startup = cache.map { LibraryStartup(repository: JSONFileRepository(directory: dir), cacheDirectory: URL(fileURLWithPath: $0)) }
        let fingerprint = warm ? nil : startup?.indexFingerprint() // before loading, as the browser takes it
        var library = Library()
        var index: SearchIndex!
        let load: Double, build: Double
        if warm, let startup {
            load = Measure.seconds { library = startup.outline() ?? Library() }
            build = Measure.seconds { index = startup.cachedIndex(glossary: library.glossary) }
            guard library.isOutline, index != nil else { throw ValidationError("no current catalog or saved index in \(cache!); run without --warm first") }
        } else {
            load = Measure.seconds { library = JSONFileRepository(directory: dir).load() }
            build = Measure.seconds { index = SearchIndex(articles: library.articles, glossary: library.glossary, parts: parts) }
        }
        // The cold run writes its queries next to the cache, so the warm run (whose outline keeps
        // tags as one string) asks exactly the same ones.
        let queryFile = cache.map { URL(fileURLWithPath: $0).appendingPathComponent("queries.txt") }
        var qs = SyntheticLibrary.queries(for: library, count: queries)
        if warm, let queryFile, let saved = try? String(contentsOf: queryFile, encoding: .utf8) {
            qs = saved.split(separator: "\n").map(String.init)
        } else if let queryFile {
            try? FileManager.default.createDirectory(at: queryFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? qs.joined(separator: "\n").write(to: queryFile, atomically: true, encoding: .utf8)
        }
        for q in qs.prefix(20) { _ = index.search(q) } // warm up
        var times: [UInt64] = []
        var ours: [[String]] = []
        for q in qs {
            let t = Measure.now()
            let hits = index.search(q, limit: 10)
            times.append(Measure.now() - t)
            ours.append(hits.map(\.articleID))
        }
        // Peak resident memory over loading, indexing and all the queries (the saved index's pages
        // count once a query has touched them), before FTS5 adds its own.
        let peak = Measure.peakMemory()
        var result = Result(articles: library.articles.count, diskBytes: Measure.directorySize(dir), loadSeconds: load, indexSeconds: build,
                            peakBytes: peak, p50: Measure.percentile(times, 50), p99: Measure.percentile(times, 99))
        if !skipFTS {
            var fts: FTS5Baseline!
            result.ftsBuildSeconds = try Measure.seconds { fts = try FTS5Baseline(articles: library.articles) }
            for q in qs.prefix(20) { _ = fts.search(q) }
            var ftsTimes: [UInt64] = []
            var agree = 0
            for (i, q) in qs.enumerated() {
                let t = Measure.now()
                let hits = fts.search(q)
                ftsTimes.append(Measure.now() - t)
                if hits.first != nil && hits.first == ours[i].first { agree += 1 }
            }
            result.ftsP50 = Measure.percentile(ftsTimes, 50)
            result.ftsP99 = Measure.percentile(ftsTimes, 99)
            result.overlapTop1 = Double(agree) / Double(qs.count)
        }
        if !warm, let startup {
            // Save the catalog and the index for the --warm run, after every figure is taken.
            _ = startup.full()
            _ = startup.index(for: library, fingerprint: fingerprint)
        }
        let encoder = JSONEncoder()
        print(String(decoding: try encoder.encode(result), as: UTF8.self))
    }
}

struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Load, index and query synthetic libraries; compare with SQLite FTS5; score relevance on the bundled library."
    )
    @Option(help: "Library sizes, comma-separated.") var sizes = "1000,10000,100000"
    @Option(help: "Where synthetic libraries are kept between runs.") var work = "/tmp/curbside-bench"
    @Option var queries = 200

    func run() throws {
        let work = URL(fileURLWithPath: self.work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        print("Search benchmark: \(queries) queries per size, limit 10; FTS5 = SQLite \(String(cString: sqlite3Version())) porter/unicode61, bm25 with the same field weights.\n")
        print("| articles | on disk | load | index | peak memory | p50 | p99 | FTS5 build | FTS5 p50 | FTS5 p99 | p50 speed-up | same top hit |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        var warmRows: [String] = []
        for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
            let dir = try syntheticLibrary(count: size, work: work)
            let cache = work.appendingPathComponent("cache-\(size)")
            try? FileManager.default.removeItem(at: cache)
            let out = try runSelf(["search-one", "--data", dir.path, "--queries", "\(queries)", "--cache", cache.path])
            let r = try JSONDecoder().decode(SearchOne.Result.self, from: Data(out.utf8))
            print(String(format: "| %d | %@ | %.2f s | %.2f s | %@ | %.3f ms | %.3f ms | %.2f s | %.3f ms | %.3f ms | %.1f× | %.0f%% |",
                         r.articles, Measure.mb(r.diskBytes), r.loadSeconds, r.indexSeconds, Measure.mb(r.peakBytes), r.p50, r.p99,
                         r.ftsBuildSeconds ?? .nan, r.ftsP50 ?? .nan, r.ftsP99 ?? .nan, (r.ftsP50 ?? .nan) / r.p50, (r.overlapTop1 ?? .nan) * 100))
            // The same library started again, as every start after the first is: in its own process.
            let warm = try runSelf(["search-one", "--data", dir.path, "--queries", "\(queries)", "--cache", cache.path, "--warm", "--skip-fts"])
            let w = try JSONDecoder().decode(SearchOne.Result.self, from: Data(warm.utf8))
            let cacheBytes = Measure.directorySize(cache)
            warmRows.append(String(format: "| %d | %@ | %@ | %.2f s | %.2f s | %.2f s | %@ | %.3f ms | %.3f ms |",
                                   w.articles, Measure.mb(w.diskBytes), Measure.mb(cacheBytes), w.loadSeconds, w.indexSeconds,
                                   w.loadSeconds + w.indexSeconds, Measure.mb(w.peakBytes), w.p50, w.p99))
        }
        print("\nEvery later start (catalog outline + saved index, each size in its own process):\n")
        print("| articles | on disk | cache files | load outline | load index | load + index | peak memory | p50 | p99 |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        warmRows.forEach { print($0) }
        try relevance()
    }

    /// The relevance set of the tests, scored for the index and for FTS5 on the bundled library.
    func relevance() throws {
        struct Case: Decodable { var query: String; var expected: [String]; var from: String? }
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: sourceRoot.appendingPathComponent("Tests/CurbsideCoreTests/Fixtures/relevance.json")))
        let library = JSONFileRepository(directory: bundledData).load()
        let engine = FollowUpEngine(library: library)
        let fts = try FTS5Baseline(articles: library.articles)
        var ours = (first: 0, top3: 0), theirs = (first: 0, top3: 0)
        for c in cases {
            let a = engine.search(c.query, limit: 3, from: c.from).map(\.id)
            let b = fts.search(c.query, limit: 3)
            if a.first == c.expected[0] { ours.first += 1 }
            if a.contains(c.expected[0]) { ours.top3 += 1 }
            if b.first == c.expected[0] { theirs.first += 1 }
            if b.contains(c.expected[0]) { theirs.top3 += 1 }
        }
        let n = Double(cases.count)
        print("\nRelevance on the bundled library (\(cases.count) reader questions, Tests/CurbsideCoreTests/Fixtures/relevance.json):\n")
        print("| engine | right article first | in top 3 |")
        print("|---|---:|---:|")
        print(String(format: "| Curbside index | %.1f%% | %.1f%% |", Double(ours.first) / n * 100, Double(ours.top3) / n * 100))
        print(String(format: "| SQLite FTS5 (porter, bm25) | %.1f%% | %.1f%% |", Double(theirs.first) / n * 100, Double(theirs.top3) / n * 100))
    }
}

func sqlite3Version() -> UnsafePointer<CChar> { FTS5Version.string }

/// Runs this benchmark binary again with other arguments and returns its standard output.
func runSelf(_ args: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { throw ValidationError("\(args.joined(separator: " ")) failed") }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
