import CurbsideCore
import Foundation
import Testing
@testable import CurbsideBrowser

/// Bad data, hostile text and every terminal size: the browser starts with what is sound, says
/// what it skipped, and never lets a control code through or draws outside the frame.
@Suite struct ReliabilityTests {
    /// A library directory with one sound article and one file for each way a file can be bad.
    static func brokenLibrary() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-broken-\(UUID().uuidString)")
        let articles = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try Data(#"{"title": "Broken", "reviewedBy": "Tests", "formatVersion": 1}"#.utf8).write(to: root.appendingPathComponent("library.json"))
        try ArticleJSON.encode(["personas": Persona.standard]).write(to: root.appendingPathComponent("personas.json"))
        var good = BrowserFixture.article("good", "A sound article?", related: ["good", "nowhere", "cycle"])
        good.summary.lay = "Text citing a reference that does not exist [9]."
        try ArticleJSON.encode(good).write(to: articles.appendingPathComponent("good.json"))
        let cycle = BrowserFixture.article("cycle", "An article in a cycle?", related: ["good"])
        try ArticleJSON.encode(cycle).write(to: articles.appendingPathComponent("cycle.json"))
        try ArticleJSON.encode(cycle).write(to: articles.appendingPathComponent("cycle-copy.json"))
        try Data("{ \"id\": \"malformed\", ".utf8).write(to: articles.appendingPathComponent("malformed.json"))
        try Data("[1, 2, 3]".utf8).write(to: articles.appendingPathComponent("wrong-shape.json"))
        try Data().write(to: articles.appendingPathComponent("empty.json"))
        // 100,000 levels of nesting: the diagnosis of a bad file once recursed until the stack overflowed.
        try Data(repeating: UInt8(ascii: "["), count: 100_000).write(to: articles.appendingPathComponent("deep.json"))
        try Data([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D]).write(to: articles.appendingPathComponent("bad-utf8.json"))
        // An unreadable "file": reading a directory fails as a permission error would (root reads any file).
        try FileManager.default.createDirectory(at: articles.appendingPathComponent("unreadable.json"), withIntermediateDirectories: true)
        // A 50 MB article: refused by size before anything tries to decode it.
        let huge = articles.appendingPathComponent("huge.json")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 50 * 1_048_576)
        try handle.close()
        return root
    }

    static let badFiles = ["deep.json", "unreadable.json", "malformed.json", "wrong-shape.json", "empty.json", "bad-utf8.json", "huge.json", "cycle-copy.json"]

    @Test func brokenLibraryOpensWithASkippedFilesScreen() throws {
        let root = try Self.brokenLibrary()
        defer { try? FileManager.default.removeItem(at: root) }
        let library = JSONFileRepository(directory: root, displayRoot: "Lib").load()
        #expect(library.articles.map(\.id) == ["cycle", "good"])
        var s = BrowserState(library: library, width: 100, height: 40, persona: Persona.standard[0])
        let first = s.render().text
        #expect(first.contains("\(library.problems.count) files skipped: press !"))
        #expect(library.problems.count >= Self.badFiles.count)
        _ = s.handle(.char("!"))
        var screen = ""
        for _ in 0..<6 { screen += s.render().text; _ = s.handle(.pageDown) }
        #expect(screen.contains("Skipped files"))
        for file in Self.badFiles { #expect(screen.contains("Lib/articles/\(file)"), "\(file) not listed") }
        #expect(screen.contains("over the 8 MB limit"))
        #expect(screen.contains("skipped: a directory, not a regular file"))
        #expect(screen.contains("duplicate of Lib/articles/cycle.json: id 'cycle' does not match the file name"))
        // The sound article opens; its dangling link and self-link lead somewhere safe.
        _ = s.follow(.article("good"))
        #expect(s.render().text.contains("A sound article?"))
        _ = s.follow(.article("nowhere"))
        #expect(s.render().text.contains("There is no article 'nowhere'"))
        // validate reports every one of them.
        let report = LibraryValidator(repository: JSONFileRepository(directory: root, displayRoot: "Lib")).validate()
        let text = report.problems.map(\.description).joined(separator: "\n")
        for file in Self.badFiles { #expect(text.contains(file)) }
        #expect(text.contains("an article cannot be related to itself"))
        #expect(text.contains("related question 'nowhere' does not exist"))
        #expect(text.contains("citation [9] has no reference"))
    }

    @Test func emptyAndMissingLibrariesStillOpen() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-empty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try LibraryScaffold.prepare(root, title: "Empty")
        let empty = JSONFileRepository(directory: root).load()
        #expect(empty.articles.isEmpty && empty.problems.isEmpty)
        var s = BrowserState(library: empty, width: 80, height: 24, persona: Persona.standard[0])
        #expect(s.render().text.contains("0 questions"))
        _ = s.handle(.char("f")); for c in "what is a dexa scan" { _ = s.handle(.char(c)) }; _ = s.handle(.enter)
        #expect(s.render().text.contains("The library does not answer this yet"))

        let missing = JSONFileRepository(directory: root.appendingPathComponent("nowhere"), displayRoot: "nowhere").load()
        var m = BrowserState(library: missing, width: 80, height: 24, persona: nil)
        _ = m.render()
        _ = m.handle(.char("!"))
        // The picker comes first on a library with no personas; the problems stay listed.
        #expect(missing.problems.map(\.description) == ["nowhere: no library here: the directory does not exist"])
    }

    /// Text that tries to drive the terminal: escape sequences, C0 and C1 controls, NUL, bidi overrides.
    static let hostile = "Evil\u{1B}[2J\u{1B}]0;pwned\u{07} \u{9B}31m title\u{0} with \u{202E}desrever\u{202C} and \u{2066}isolate\u{2069}\u{8}\u{7F}"

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F..<0xA0).contains(s.value) || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    @Test func hostileTextNeverReachesTheFrameAsControlCodes() throws {
        var article = BrowserFixture.article("evil", Self.hostile, related: [])
        article.summary.lay = Self.hostile + " " + String(repeating: "x", count: 3000) + " [1]"
        article.tags = [Self.hostile]
        article.sections.research = ResearchSection(groups: [ResearchGroup(heading: Self.hostile, bullets: [Self.hostile + " [1]"])])
        article.references[0].title = Self.hostile
        let library = Library(
            info: LibraryInfo(title: Self.hostile, reviewedBy: Self.hostile),
            personas: BrowserFixture.personas,
            glossary: [GlossaryEntry(term: "Evil", synonyms: ["\u{1B}[5m"], definition: Self.hostile)],
            pages: ["disclaimer": PolicyPage(id: "disclaimer", title: Self.hostile, paragraphs: [Self.hostile])],
            articles: [article])
        for (w, h) in [(80, 24), (20, 8), (300, 100)] {
            var s = BrowserState(library: library, width: w, height: h, persona: BrowserFixture.personas[0])
            var frames = [s.render()]
            _ = s.follow(.article("evil")); frames.append(s.render())
            for _ in 0..<20 { _ = s.handle(.pageDown); frames.append(s.render()) }
            // A typed (or pasted) question with control characters.
            _ = s.handle(.char("f"))
            for c in "why \u{1B}[31m\u{202E}" { _ = s.handle(.char(c)) }
            frames.append(s.render())
            _ = s.handle(.enter); frames.append(s.render())
            for frame in frames {
                #expect(frame.lines.count == h)
                for line in frame.lines {
                    #expect(!line.unicodeScalars.contains(where: Self.isControl), "control code in \(w)x\(h): \(line.debugDescription)")
                    #expect(DisplayWidth.of(line) <= w, "line wider than \(w): \(line)")
                }
            }
        }
    }

    @Test func everySizeFromOneByOneTo300x100() throws {
        let widths = [1, 2, 3, 5, 8, 13, 20, 33, 40, 59, 80, 120, 200, 300]
        let heights = [1, 2, 3, 4, 5, 8, 13, 24, 50, 100]
        for w in widths {
            for h in heights {
                var s = BrowserFixture.state(width: w, height: h)
                var frames = [s.render()]
                _ = s.handle(.enter); frames.append(s.render())
                _ = s.handle(.pageDown); frames.append(s.render())
                _ = s.handle(.char("?")); frames.append(s.render())
                _ = s.handle(.char("?")); _ = s.handle(.char("f")); frames.append(s.render())
                for frame in frames {
                    #expect(frame.lines.count == h && frame.lines.allSatisfy { DisplayWidth.of($0) <= w }, "\(w)x\(h)")
                }
            }
        }
    }

    @Test func resizeStormKeepsStateSound() throws {
        var s = BrowserFixture.state(width: 80, height: 24)
        _ = s.follow(.article("dexa"))
        _ = s.handle(.pageDown)
        var generator = SeededRandom(seed: 42)
        for _ in 0..<500 {
            let w = Int(generator.next() % 301), h = Int(generator.next() % 101)
            _ = s.handle(.resize(width: w, height: h))
            if generator.next() % 4 == 0 {
                let frame = s.render()
                #expect(frame.lines.count == h && frame.lines.allSatisfy { DisplayWidth.of($0) <= w })
            }
        }
        _ = s.handle(.resize(width: 80, height: 24))
        #expect(s.render().text.contains("What if my DEXA scan is worse?"))
    }
}
