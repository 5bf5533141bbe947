import ArgumentParser
import CurbsideBrowser
import CurbsideCore
import Foundation

struct BrowserBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browser",
        abstract: "Per-keystroke work (update + render) at 100×40, and process start to first frame."
    )
    @Option var keystrokes = 5000
    @Option(help: "Where synthetic libraries are kept between runs.") var work = "/tmp/curbside-bench"
    @Option(help: "Also time the first frame on a synthetic library of this size.") var large = 100_000
    @Option(help: "Keep the caches here between runs (default: a temporary folder, removed after).") var cache: String?
    @Option(help: "Later starts timed per library and kind of start.") var runs = 15
    @Flag(help: "Remove the caches first and time a start without them too.") var cold = false

    func run() throws {
        let library = JSONFileRepository(directory: bundledData).load()
        var state = BrowserState(library: library, width: 100, height: 40, persona: library.persona("patient"))
        _ = state.render()
        // A reading session: open articles, scroll, cycle links, search, go back, filter the library.
        let script: [Key] = [.char("j"), .char("j"), .enter, .char(" "), .char(" "), .tab, .tab, .char("j"), .char("k"),
                             .char("/"), .char("b"), .char("o"), .char("n"), .char("e"), .enter, .char("n"), .char("n"), .char("N"),
                             .pageDown, .pageUp, .char("G"), .char("g"), .backspace, .char("/"), .char("o"), .char("s"), .enter,
                             .char("j"), .char("k"), .escape, .char("j")]
        var times: [UInt64] = []
        var i = 0
        while times.count < keystrokes {
            let key = script[i % script.count]
            i += 1
            let t = Measure.now()
            _ = state.update(.key(key))
            _ = state.render()
            times.append(Measure.now() - t)
        }
        print("Per keystroke (update + render of the whole 100×40 frame), bundled library, \(times.count) keys:")
        print(String(format: "  p50 %.3f ms   p99 %.3f ms   max %.3f ms", Measure.percentile(times, 50), Measure.percentile(times, 99), Measure.percentile(times, 100)))
        let resize = (0..<200).map { n -> UInt64 in
            let t = Measure.now()
            _ = state.update(.key(.resize(width: 60 + n % 80, height: 20 + n % 30)))
            _ = state.render()
            return Measure.now() - t
        }
        print(String(format: "Resize (reflow + render): p50 %.3f ms   p99 %.3f ms", Measure.percentile(resize, 50), Measure.percentile(resize, 99)))

        // Three starts per library: without caches (a first run, or after the library changed), from
        // the catalog cache (how the browser started before the saved outline) and from the saved
        // index's outline (how it starts now). Caches are kept per library under --cache.
        let cacheRoot = cache.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("curbside-bench-cache-\(getpid())")
        defer { if cache == nil { try? FileManager.default.removeItem(at: cacheRoot) } }
        var libraries = [("bundled library", bundledData)]
        if large > 0 { libraries.append(("\(large) synthetic articles", try syntheticLibrary(count: large, work: URL(fileURLWithPath: work)))) }
        for (name, dir) in libraries {
            let cacheDir = cacheRoot.appendingPathComponent(dir.lastPathComponent)
            // Timed from just before the process is spawned to the moment its first frame is ready.
            func firstFrame(_ start: String) throws -> UInt64 {
                let spawned = Date().timeIntervalSince1970
                let ready = Double(try runSelf(["first-frame", "--data", dir.path, "--cache", cacheDir.path, "--start", start])) ?? .nan
                return UInt64(max(0, (ready - spawned) * 1e9))
            }
            func median(_ start: String) throws -> String {
                let times = try (0..<runs).map { _ in try firstFrame(start) }
                return String(format: "median %.1f ms, p90 %.1f ms", Measure.percentile(times, 50), Measure.percentile(times, 90))
            }
            if cold {
                try? FileManager.default.removeItem(at: cacheDir)
                print(String(format: "Process start to first frame, %@, no caches: %.1f ms", name, Double(try firstFrame("catalog")) / 1e6))
            }
            // Both caches made if missing (not timed: at 100,000 articles this loads and indexes every article).
            _ = try runSelf(["first-frame", "--data", dir.path, "--cache", cacheDir.path, "--start", "make-caches"])
            print("Process start to first frame, \(name), \(runs) runs: from the catalog \(try median("catalog")); from the saved outline \(try median("saved-outline"))")
            // Typing a filter before the library has loaded: each key filters every question again.
            let startup = LibraryStartup(repository: JSONFileRepository(directory: dir), cacheDirectory: cacheDir)
            for (start, opened) in [("catalog", startup.outline()), ("saved outline", startup.savedOutlineStart())] {
                guard let opened else { continue }
                var state = BrowserState(library: opened, width: 100, height: 40, persona: opened.persona("patient"))
                var keys: [UInt64] = []
                for _ in 0..<3 {
                    for key in [Key.char("/"), .char("d"), .char("e"), .char("x"), .char("a"), .enter, .char("j"), .escape] {
                        let t = Measure.now()
                        _ = state.update(.key(key))
                        _ = state.render()
                        keys.append(Measure.now() - t)
                    }
                }
                print(String(format: "  filter keys from the %@: p50 %.1f ms, max %.1f ms", start, Measure.percentile(keys, 50), Measure.percentile(keys, 100)))
            }
            // The full library arriving (loaded in the background) replaces the saved outline: what
            // the reader waits for then, without and with a filter typed.
            guard dir != bundledData, let opened = startup.savedOutlineStart() else { continue }
            var full = startup.full()
            let unordered = full
            let ordering = Measure.seconds { full.keepDisplayOrder() }
            for (note, library) in [("order not kept", unordered), ("order kept by the loader", full)] {
                for filter in ["", "dexa"] {
                    var state = BrowserState(library: opened, width: 100, height: 40, persona: opened.persona("patient"))
                    if !filter.isEmpty { for key in [Key.char("/")] + filter.map({ Key.char($0) }) + [.enter] { _ = state.update(.key(key)) } }
                    let t = Measure.now()
                    _ = state.update(.libraryLoaded(library))
                    _ = state.render()
                    print(String(format: "  library arriving (%@, filter '%@'): %.1f ms", note, filter, Double(Measure.now() - t) / 1e6))
                }
            }
            print(String(format: "  keeping the display order, in the loader's thread: %.1f ms", ordering * 1000))
        }
    }
}

/// What `curbside` does before its first frame (open the library, build the state, render),
/// timed from this process's start: from the saved index's outline, or from the catalog (or the
/// whole library when there is no catalog), as `curbside` started before the saved outline.
struct FirstFrame: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "first-frame", abstract: "Time process start to first frame (used by 'browser').")
    @Option var data: String
    @Option(help: "Cache directory (catalog and saved index).") var cache: String
    @Option(help: "saved-outline, catalog, or make-caches (load, index and save both caches if missing; prints nothing timed).") var start = "saved-outline"

    func run() throws {
        let startup = LibraryStartup(repository: JSONFileRepository(directory: URL(fileURLWithPath: data)), cacheDirectory: URL(fileURLWithPath: cache))
        let submissions = SubmissionStore(directory: FileManager.default.temporaryDirectory.appendingPathComponent("curbside-bench-none"))
        if start == "make-caches" {
            if startup.savedOutlineStart() == nil || startup.outline() == nil {
                let fingerprint = startup.indexFingerprint()
                let full = startup.full()
                _ = startup.index(for: full, fingerprint: fingerprint)
            }
            guard startup.savedOutlineStart() != nil, startup.outline() != nil else { throw ValidationError("the caches were not made in \(cache)") }
            return
        }
        let library: Library
        if start == "saved-outline" {
            guard let saved = startup.savedOutlineStart() else { throw ValidationError("no current saved index in \(cache)") }
            library = submissions.merged(into: saved)
        } else {
            library = submissions.merged(into: startup.outline() ?? startup.full())
        }
        let state = BrowserState(library: library, width: 100, height: 40, persona: library.persona("patient"))
        _ = state.render()
        print(String(format: "%.6f", Date().timeIntervalSince1970))
    }
}

/// The confidence calibration: in-library and out-of-library questions at the chosen cut-offs.
struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Report how often answers are confident on in- and out-of-library questions.")

    func run() throws {
        struct Case: Decodable { var query: String; var from: String? }
        let fixtures = sourceRoot.appendingPathComponent("Tests/CurbsideCoreTests/Fixtures")
        let inside = try JSONDecoder().decode([Case].self, from: Data(contentsOf: fixtures.appendingPathComponent("relevance.json")))
        let outside = try JSONDecoder().decode([String].self, from: Data(contentsOf: fixtures.appendingPathComponent("out-of-library.json")))
        let engine = FollowUpEngine(library: JSONFileRepository(directory: bundledData).load())
        let a = inside.filter { engine.answer($0.query, from: $0.from).confident }.count
        let b = outside.filter { engine.answer($0).confident }
        print("confident: \(a) of \(inside.count) in-library questions; \(b.count) of \(outside.count) out-of-library questions \(b)")
    }
}
