import CurbsideCore
import ArgumentParser
import Foundation

/// Whole processes, side by side: `curbside search --json` and `curbside ask --json` against the
/// `sqlite3` program answering the same words over an FTS5 database of the same articles (same
/// fields and weights), each started anew for every question, as a script or a shell completion
/// runs them. Later starts: the caches are made by one run first (its time is the first start).
struct OneShotBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oneshot",
        abstract: "Time one-shot curbside search/ask processes against the sqlite3 program on FTS5 (median and peak memory)."
    )
    @Option(help: "Library sizes (synthetic), comma-separated.") var sizes = "1000,10000,100000"
    @Option(help: "Also this library (e.g. a MedQuAD import), named by its folder.") var library: [String] = []
    @Option(help: "Where synthetic libraries, caches and FTS5 databases are kept.") var work = "/tmp/curbside-bench"
    @Option(help: "Runs of each command per question.") var runs = 15
    @Option(help: "Questions per library.") var questions = 3
    @Option(help: "The curbside binary (default: next to this one).") var curbside: String?
    @Flag(help: "Remove the caches first and time the first start too.") var cold = false
    @Option(help: "A name for this binary's caches (to compare two builds side by side).") var label = "current"

    func run() throws {
        let work = URL(fileURLWithPath: self.work)
        let binary = curbside ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("curbside").path
        guard let sqlite = ProcessRun.which("sqlite3") else { throw ValidationError("the sqlite3 program is needed (apt-get install sqlite3)") }
        var libraries: [(String, URL)] = try sizes.split(separator: ",").compactMap { Int($0) }.map { ("\($0) synthetic", try syntheticLibrary(count: $0, work: work)) }
        libraries += library.map { (URL(fileURLWithPath: $0).lastPathComponent, URL(fileURLWithPath: $0)) }
        libraries = libraries.map { ($0.0, $0.1.resolvingSymlinksInPath()) } // sizes on disk are measured through links
        print("One-shot processes, each started anew: wall time over \(runs) runs × \(questions) questions; peak memory (GNU time's maximum resident size) the median of one run per question.\n")
        print("| library | articles | on disk | command | wall p50 | wall p90 | peak memory | vs sqlite3 |")
        print("|---|---:|---:|---|---:|---:|---:|---:|")
        var askRatios: [String] = []
        var firstStarts: [String] = []
        for (name, dir) in libraries {
            let slug = dir.lastPathComponent
            let home = work.appendingPathComponent("oneshot-home-\(label)-\(slug)")
            let cache = home.appendingPathComponent("cache")
            if cold { try? FileManager.default.removeItem(at: home) }
            try FileManager.default.createDirectory(at: home.appendingPathComponent("data"), withIntermediateDirectories: true)
            let env = ["HOME=\(home.path)", "XDG_CACHE_HOME=\(cache.path)", "XDG_DATA_HOME=\(home.appendingPathComponent("data").path)",
                       "XDG_STATE_HOME=\(home.appendingPathComponent("state").path)", "XDG_CONFIG_HOME=\(home.appendingPathComponent("config").path)",
                       "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
            // The FTS5 database and the questions, made once per library (this loads every article).
            let db = work.appendingPathComponent("fts-\(slug).db"), questionFile = work.appendingPathComponent("oneshot-questions-\(slug).txt")
            var articleCount = 0
            if !FileManager.default.fileExists(atPath: db.path) || !FileManager.default.fileExists(atPath: questionFile.path) {
                FileHandle.standardError.write(Data("building FTS5 database for \(name)\n".utf8))
                let loaded = JSONFileRepository(directory: dir).load()
                try? FileManager.default.removeItem(at: db)
                _ = try FTS5Baseline(articles: loaded.articles, path: db.path)
                let picked = SyntheticLibrary.queries(for: loaded, count: 40).enumerated().filter { $0.offset % 4 == 0 || $0.offset % 4 == 1 }.map(\.element)
                try picked.joined(separator: "\n").write(to: questionFile, atomically: true, encoding: .utf8)
            }
            articleCount = (try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("articles").path).count) ?? 0
            let qs = Array(try String(contentsOf: questionFile, encoding: .utf8).split(separator: "\n").map(String.init).prefix(questions))
            // The first start makes the caches (timed when they were removed).
            let firstCommand = [binary, "search", "--json", "--limit", "3", "--data", dir.path, qs[0]]
            if cold {
                let first = try ProcessRun.run(firstCommand, environment: env)
                try? FileManager.default.removeItem(at: cache) // and again, for its peak memory
                let peak = try ProcessRun.peakMemory(firstCommand, environment: env)
                firstStarts.append(String(format: "| %@ | %.2f s | %@ | %@ |", name, first.seconds, Measure.mb(peak), Measure.mb(Measure.directorySize(dir))))
            } else {
                _ = try ProcessRun.run(firstCommand, environment: env)
            }
            let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
            let commands: [(String, (String) -> [String])] = [
                ("`sqlite3` FTS5", { [sqlite, db.path, FTS5Baseline.sql($0, limit: 3)] }),
                ("`curbside search --json`", { [binary, "search", "--json", "--limit", "3", "--data", dir.path, $0] }),
                ("`curbside ask --json`", { [binary, "ask", "--json", "--data", dir.path, $0] }),
            ] + (label == "current" ? [("first frame's rows from the saved outline", { _ in [bench, "outline-rows", "--data", dir.path, "--cache", cache.appendingPathComponent("curbside").path] })] : [])
            // The commands take turns, run by run: a machine that is busier for a few seconds then
            // slows each of them alike, not whichever was being timed (the ratios are the point).
            var times = Array(repeating: [Double](), count: commands.count), peaks = Array(repeating: [Int](), count: commands.count)
            for q in qs {
                for (_, command) in commands { _ = try ProcessRun.run(command(q), environment: env) } // warm the page cache
                for _ in 0..<runs {
                    for (c, (_, command)) in commands.enumerated() { times[c].append(try ProcessRun.run(command(q), environment: env).seconds) }
                }
                for (c, (_, command)) in commands.enumerated() { peaks[c].append(try ProcessRun.peakMemory(command(q), environment: env)) }
            }
            let medians = times.map { ProcessRun.percentile($0, 50) * 1000 }
            for (c, (label, _)) in commands.enumerated() {
                let p90 = ProcessRun.percentile(times[c], 90) * 1000
                print(String(format: "| %@ | %d | %@ | %@ | %.1f ms | %.1f ms | %@ | %@ |", name, articleCount, Measure.mb(Measure.directorySize(dir.appendingPathComponent("articles"))),
                             label, medians[c], p90, Measure.mb(peaks[c].sorted()[peaks[c].count / 2]),
                             c == 0 ? "1.00×" : String(format: "%.2f×", medians[c] / medians[0])))
            }
            askRatios.append(String(format: "%@: `ask` / `search` %.2f×", name, medians[2] / medians[1]))
        }
        print("\n" + askRatios.joined(separator: "; "))
        if cold {
            print("\nFirst start (no caches: every article decoded, the index built and saved), one run:\n")
            print("| library | wall | peak memory | library on disk |")
            print("|---|---:|---:|---:|")
            firstStarts.forEach { print($0) }
        }
    }
}

/// A child process timed from just before it is started to its exit, with its peak memory.
enum ProcessRun {
    struct Result { var seconds: Double; var peakBytes: Int; var status: Int32 }

    static func which(_ name: String) -> String? {
        ["/usr/bin", "/bin", "/usr/local/bin"].map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `arguments` with its output thrown away; an exit status other than 0 or 1 (ask says
    /// 1 when it has no confident answer) is an error.
    static func run(_ arguments: [String], environment: [String]) throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else { throw ValidationError("cannot start \(arguments[0])") }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { throw ValidationError("wait4 failed") }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = (status >> 8) & 0xFF
        guard status & 0x7F == 0, exit == 0 || exit == 1 else { throw ValidationError("\(arguments.prefix(3).joined(separator: " ")) … failed (status \(status))") }
        return Result(seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, status: exit)
    }

    /// The command's peak resident memory, measured by GNU time in a run of its own: a child
    /// started by `posix_spawn` inherits this process's own peak as its `ru_maxrss` (the memory
    /// it shared until `exec`), while GNU time forks a small process first.
    static func peakMemory(_ arguments: [String], environment: [String]) throws -> Int {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-bench-time-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try run(["/usr/bin/time", "-f", "%M", "-o", out.path] + arguments, environment: environment)
        let text = try String(contentsOf: out, encoding: .utf8)
        guard let kb = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw ValidationError("no figure from /usr/bin/time: \(text)")
        }
        return kb * 1024
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, max(0, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))]
    }
}
