import Foundation
import Testing
@testable import CurbsideCore

/// The plain-text commands, run as a user runs them.
@Suite struct CommandLineTests {
    static func curbside(_ args: [String], home: URL) throws -> (status: Int32, output: String) {
        let env = ["HOME=\(home.path)", "XDG_DATA_HOME=\(home.path)/data", "XDG_CONFIG_HOME=\(home.path)/config", "XDG_STATE_HOME=\(home.path)/state"]
        return try TmuxSession.run(["env"] + env + [Built.binary.path] + args)
    }

    /// A copy of the bundled library in `home`, for tests that change or damage it.
    static func copyOfBundledLibrary(in home: URL) throws -> URL {
        let library = home.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: Built.data, to: library)
        return library
    }

    static func temporaryHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    @Test func twoProcessesSubmittingAtOnceLoseNothing() throws {
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        // Two real processes, started together, each submitting 100 questions.
        let script = (1...2).map { p in
            "env HOME=\(home.path) XDG_DATA_HOME=\(home.path)/data \(Built.binary.path) submit --data \(Built.data.path) "
                + (1...100).map { "'question \($0) from process \(p)'" }.joined(separator: " ") + " > \(home.path)/out\(p) &"
        }.joined(separator: "\n") + "\nwait"
        let r = try TmuxSession.run(["bash", "-c", script])
        #expect(r.status == 0, "\(r.output)")
        let (stubs, problems) = SubmissionStore(directory: home.appendingPathComponent("data/curbside/submitted")).load()
        #expect(problems.isEmpty, "\(problems)")
        #expect(stubs.count == 200)
        #expect(Set(stubs.map(\.question)).count == 200)
        #expect(stubs.allSatisfy { $0.status == .submitted && $0.submission != nil })
    }

    @Test func submittedQuestionsAppearInTheLibrary() throws {
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let r = try Self.curbside(["submit", "--data", Built.data.path, "--from", "rett-syndrome", "--persona", "caregiver", "is rett syndrome inherited from the father"], home: home)
        #expect(r.status == 0, "\(r.output)")
        let search = try Self.curbside(["search", "--data", Built.data.path, "--json", "rett syndrome inherited father"], home: home)
        let hits = try JSONDecoder().decode(SearchJSON.self, from: Data(search.output.utf8)).results
        let id = r.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(hits.contains { $0.id == id })
        let shown = try Self.curbside(["show", "--data", Built.data.path, id], home: home)
        #expect(shown.output.contains("is rett syndrome inherited from the father"))
        #expect(shown.output.contains("● Submitted"))
    }

    @Test func searchAndAskJSONContracts() throws {
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let search = try Self.curbside(["search", "--data", Built.data.path, "--json", "--limit", "3", "DXA osteopenia worse"], home: home)
        #expect(search.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(search.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["understood", "results"])
        let understood = try #require(object["understood"] as? [String: Any])
        #expect(Set(understood.keys) == ["type", "types", "focus", "constraints", "searchText"])
        let list = try #require(object["results"] as? [[String: Any]])
        #expect(list.count == 3)
        #expect(list.allSatisfy { Set($0.keys) == ["id", "title", "score"] })
        let ask = try Self.curbside(["ask", "--data", Built.data.path, "--json", "--from", "strep-throat-antibiotics", "how long do kids need to take amoxicillin for strep"], home: home)
        let askObject = try #require(try JSONSerialization.jsonObject(with: Data(ask.output.utf8)) as? [String: Any])
        #expect(Set(askObject.keys) == ["confident", "answer", "matches", "understood"])
        #expect(askObject["confident"] as? Bool == true)
        let items = try #require(askObject["answer"] as? [[String: Any]])
        #expect(items.allSatisfy { Set($0.keys) == ["text", "articleId", "section", "citations"] })
        let out = try Self.curbside(["ask", "--data", Built.data.path, "how do I renew my passport"], home: home)
        #expect(out.output.contains("The library does not answer this yet."))
        // Like grep: 1 when not answered, with the way to ask the editors; 0 when answered; 2 on error.
        #expect(out.status == 1)
        #expect(out.output.contains("curbside submit 'how do I renew my passport'"))
        #expect(ask.status == 0)
        #expect(try Self.curbside(["ask", "--data", Built.data.path, "--from", "no-such-article", "x"], home: home).status == 2)
    }

    @Test func validateFailsWithPreciseMessages() throws {
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let ok = try Self.curbside(["validate", "--data", Built.data.path], home: home)
        #expect(ok.status == 0, "\(ok.output)")
        #expect(ok.output.contains("sound"))
        let broken = home.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: broken.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data("{\"title\":\"x\",\"reviewedBy\":\"y\",\"formatVersion\":1}".utf8).write(to: broken.appendingPathComponent("library.json"))
        try Data("{ \"id\": \"x\",\n  \"question\": 3 }".utf8).write(to: broken.appendingPathComponent("articles/x.json"))
        let bad = try Self.curbside(["validate", "--data", broken.path, "--quiet"], home: home)
        #expect(bad.status == 1)
        #expect(bad.output.contains("\(broken.path)/articles/x.json:2:15: question: expected a string"))
        #expect(bad.output.contains("personas.json: missing file"))
    }

    @Test func browserRefusesAPipeWithAClearMessage() throws {
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let r = try Self.curbside(["--data", Built.data.path], home: home)
        #expect(r.status == 2)
        #expect(r.output.contains("needs an interactive terminal"))
        #expect(!r.output.contains("\u{1B}["))
    }

    /// Persona choice is decided in one place: a library without personas.json offers the
    /// default personas to the browser as to `show` (it once said "choose one of: " with none).
    @Test func aLibraryWithoutPersonasStillTakesTheDefaultPersonas() throws {
        let home = try Self.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let library = try Self.copyOfBundledLibrary(in: home)
        try FileManager.default.removeItem(at: library.appendingPathComponent("personas.json"))
        let browser = try Self.curbside(["--data", library.path, "--persona", "patient"], home: home)
        #expect(!browser.output.contains("unknown persona"), "\(browser.output)")
        #expect(browser.output.contains("needs an interactive terminal"))
        let show = try Self.curbside(["show", "osteopenia-management", "--data", library.path, "--persona", "patient"], home: home)
        #expect(show.status == 0)
        let wrong = try Self.curbside(["--data", library.path, "--persona", "pharmacist"], home: home)
        #expect(wrong.output.contains("unknown persona 'pharmacist'; choose one of: patient, physician"))
    }
}

/// `search` and `ask` save the catalog and the built index, start from them next time, and never
/// use them once the library has changed.
@Suite struct SavedIndexCommandTests {
    @Test func secondRunUsesTheSavedIndexAndAChangedLibraryIsNeverServedStale() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let library = home.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: Built.data, to: library)
        let search = ["search", "--data", library.path, "--json", "--limit", "5", "DXA osteopenia worse"]
        let ask = ["ask", "--data", library.path, "--json", "--from", "strep-throat-antibiotics", "how long do kids need to take amoxicillin for strep"]
        let first = try CommandLineTests.curbside(search, home: home)
        let firstAsk = try CommandLineTests.curbside(ask, home: home)
        let cache = home.appendingPathComponent(".cache/curbside")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        #expect(files.contains { $0.hasPrefix("index-") && $0.hasSuffix(".bin") }, "\(files)")
        #expect(files.contains { $0.hasPrefix("catalog-") })
        // From the saved index: the same results and the same composed answer, context included.
        #expect(try CommandLineTests.curbside(search, home: home).output == first.output)
        #expect(try CommandLineTests.curbside(ask, home: home).output == firstAsk.output)
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(firstAsk.output.utf8)) as? [String: Any])
        #expect(answer["confident"] as? Bool == true)

        // A new article: the saved index is stale and must not hide it.
        Thread.sleep(forTimeInterval: 0.02)
        var article = try JSONSerialization.jsonObject(with: Data(contentsOf: library.appendingPathComponent("articles/rett-syndrome.json"))) as! [String: Any]
        article["id"] = "zebra-stripes-question"
        article["question"] = "Why do zebras have stripes on their xylophone?"
        article["related"] = []
        try JSONSerialization.data(withJSONObject: article).write(to: library.appendingPathComponent("articles/zebra-stripes-question.json"))
        let after = try CommandLineTests.curbside(["search", "--data", library.path, "--json", "zebras xylophone stripes"], home: home)
        let hits = try JSONDecoder().decode(SearchJSON.self, from: Data(after.output.utf8)).results
        #expect(hits.first?.id == "zebra-stripes-question")

        // An article rewritten in place, as some editors save (no new file, no rename): the next
        // search must see its new words and its new title.
        Thread.sleep(forTimeInterval: 0.02)
        let edited = library.appendingPathComponent("articles/zebra-stripes-question.json")
        let text = try String(contentsOf: edited, encoding: .utf8).replacingOccurrences(of: "xylophone", with: "glockenspiel")
        let handle = try FileHandle(forWritingTo: edited)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        let rewritten = try CommandLineTests.curbside(["search", "--data", library.path, "--json", "zebras glockenspiel stripes"], home: home)
        let match = try #require(try JSONDecoder().decode(SearchJSON.self, from: Data(rewritten.output.utf8)).results.first)
        #expect(match.id == "zebra-stripes-question" && match.title.contains("glockenspiel"), "\(match)")
    }
}

@Suite struct LibraryLocationTests {
    @Test func bundledLibraryIsFoundFromAnyDirectoryAndTheEnvironmentOverridesIt() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        // Started from / with no --data: the bundled library is found next to the build.
        let r = try TmuxSession.run(["sh", "-c", "cd / && HOME=\(home.path) \(Built.binary.path) validate --quiet"])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("sound (4"))
        // CURBSIDE_DATA points elsewhere: that library is used.
        let empty = home.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let other = try TmuxSession.run(["sh", "-c", "cd / && HOME=\(home.path) CURBSIDE_DATA=\(empty.path) \(Built.binary.path) validate --quiet"])
        #expect(other.status == 1)
        #expect(other.output.contains("'\(empty.path)' is not a Curbside library"))
    }
}

@Suite struct ReviewCommandTests {
    @Test func reviewWorkflowThroughTheCommandLine() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let lib = home.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: Built.data, to: lib)
        func run(_ args: [String]) throws -> (status: Int32, output: String) {
            try TmuxSession.run(["env", "HOME=\(home.path)", "XDG_DATA_HOME=\(home.path)/data", "USER=tester",
                                 Built.binary.path] + args + ["--data", lib.path])
        }
        // A reader's question waits in the list.
        let submitted = try run(["submit", "can I take my thyroid pill with coffee"])
        let id = submitted.output.trimmingCharacters(in: .whitespacesAndNewlines)
        var list = try run(["review", "list"])
        #expect(list.output.contains("Submitted (2)"))
        #expect(list.output.contains(id))

        // Taking it up moves it into the library, under review, recorded with who did it.
        let start = try run(["review", "start", id])
        #expect(start.status == 0, "\(start.output)")
        let moved = try JSONDecoder().decode(Article.self, from: Data(contentsOf: lib.appendingPathComponent("articles/\(id).json")))
        #expect(moved.status == .underReview)
        #expect(moved.reviewHistory.last?.by == "tester")
        list = try run(["review", "list"])
        #expect(list.output.contains("Submitted (1)"))

        // It cannot be approved while it has no answer.
        let refused = try run(["review", "approve", id])
        #expect(refused.status != 0)
        #expect(refused.output.contains("its evidence sections are empty"))

        // A written article can be approved, and sent back with a reason.
        let approve = try run(["review", "approve", "osteopenia-worsening-dexa"])
        #expect(approve.status == 0, "\(approve.output)")
        var article = try JSONDecoder().decode(Article.self, from: Data(contentsOf: lib.appendingPathComponent("articles/osteopenia-worsening-dexa.json")))
        #expect(article.status == .approved)
        let reject = try run(["review", "reject", "osteopenia-worsening-dexa", "--reason", "check the alendronate dose"])
        #expect(reject.status == 0)
        article = try JSONDecoder().decode(Article.self, from: Data(contentsOf: lib.appendingPathComponent("articles/osteopenia-worsening-dexa.json")))
        #expect(article.status == .submitted)
        #expect(article.reviewHistory.last?.note == "check the alendronate dose")
        // Approving something not under review is refused with the reason.
        let wrong = try run(["review", "approve", "levothyroxine-and-calcium-timing"])
        #expect(wrong.output.contains("it is submitted"))
        // Validate flags only the question taken up but not yet written: under review needs an answer.
        let validate = try run(["validate", "--quiet"])
        #expect(validate.status == 1)
        let problems = validate.output.split(separator: "\n").filter { $0.contains(".json:") }
        #expect(!problems.isEmpty && problems.allSatisfy { $0.contains(id) }, "\(validate.output)")
    }
}

/// `curbside show` output for one article, two personas, three formats, against golden files
/// (CURBSIDE_UPDATE_GOLDEN=1 rewrites them after a deliberate change).
@Suite struct ShowGoldenTests {
    @Test(arguments: ["patient", "physician"], ["text", "markdown", "json"])
    func showMatchesGolden(persona: String, format: String) throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let r = try CommandLineTests.curbside(["show", "osteopenia-worsening-dexa", "--data", Built.data.path,
                                               "--persona", persona, "--format", format, "--width", "80"], home: home)
        #expect(r.status == 0)
        #expect(!r.output.contains("\u{1B}["), "no escape codes without --color always")
        let ext = ["text": "txt", "markdown": "md", "json": "json"][format]!
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/show-\(persona).\(ext)")
        if ProcessInfo.processInfo.environment["CURBSIDE_UPDATE_GOLDEN"] == "1" {
            try r.output.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(r.output == (try String(contentsOf: url, encoding: .utf8)), "differs from \(url.lastPathComponent)")
        if format == "text" {
            #expect(r.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
        }
        if format == "json" {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
            #expect(object["persona"] as? String == persona)
        }
    }
}

/// Importers run as a user runs them, then the library they made opened by other commands.
@Suite struct ImportCommandTests {
    @Test func importMedQuADThenSearchFindsItsQuestions() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/medquad").standardizedFileURL
        let library = home.appendingPathComponent("imported")
        let r = try CommandLineTests.curbside(["import", "medquad", fixtures.path, "--into", library.path], home: home)
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("Read 4 files; imported 5 articles into \(library.path)."))
        #expect(r.output.contains("2  answer withheld by the collection (empty <Answer>)"))
        let search = try CommandLineTests.curbside(["search", "--data", library.path, "--json", "restless legs treatment iron"], home: home)
        let hits = try JSONDecoder().decode(SearchJSON.self, from: Data(search.output.utf8)).results
        #expect(hits.first?.id == "medquad-ninds-0000901-2")
        #expect(hits.first?.title == "What are the treatments for restless legs syndrome?")
        let validate = try CommandLineTests.curbside(["validate", "--data", library.path, "--quiet"], home: home)
        #expect(validate.status == 0, "\(validate.output)")
        // NIH consumer pages are shown and exported as health information, never as research.
        for format in ["text", "markdown"] {
            let shown = try CommandLineTests.curbside(["show", "--data", library.path, "--format", format, "--persona", "physician", "medquad-ninds-0000901-2"], home: home)
            #expect(shown.output.contains("From NIH health information"), "\(shown.output.prefix(500))")
            #expect(!shown.output.contains("From the Research"))
            #expect(shown.output.contains("Health information"))
        }
        let broken = try CommandLineTests.curbside(["import", "medquad", home.appendingPathComponent("nowhere").path, "--into", library.path], home: home)
        #expect(broken.status != 0)
        #expect(broken.output.contains("no MedQuAD .xml files in"))
    }

    @Test func importShowsAProgressBarOnATerminalOnly() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/medquad").standardizedFileURL
        // On a terminal (script(1) gives the command a pseudo-terminal): the bar, then the summary.
        let tty = try TmuxSession.run(["script", "-qec", "\(Built.binary.path) import medquad \(fixtures.path) --into \(home.path)/a", "/dev/null"])
        #expect(tty.status == 0, "\(tty.output)")
        #expect(tty.output.contains("Importing [##############################] 100%  4/4"))
        #expect(tty.output.contains("imported 5 articles"))
        // Into a file or a pipe: the summary alone, no bar and no escape codes.
        let plain = try CommandLineTests.curbside(["import", "medquad", fixtures.path, "--into", "\(home.path)/b"], home: home)
        #expect(!plain.output.contains("Importing ["))
        #expect(!plain.output.contains("\u{1B}"))
        #expect(plain.output.contains("imported 5 articles"))
    }

    @Test func importOpenFDAIntoANewLibraryAndRefuseABrokenFile() throws {
        let home = try CommandLineTests.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/openfda").standardizedFileURL
        let library = home.appendingPathComponent("labels")
        let r = try CommandLineTests.curbside(["import", "openfda", fixtures.appendingPathComponent("bulk.json").path, "--into", library.path], home: home)
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("imported 2 articles into \(library.path)"))
        #expect(r.output.contains("1  label naming no drug"))
        let shown = try CommandLineTests.curbside(["show", "--data", library.path, "--width", "200", "drug-label-examplofen-sodium"], home: home)
        #expect(shown.output.contains("has an FDA label from New Maker Co. Examplofen sodium tablets are indicated"))
        #expect(shown.output.contains("DailyMed set id 5f5f5f5f-2222-4333-8444-955566677788; effective 2024-03-01"))
        let broken = try CommandLineTests.curbside(["import", "openfda", fixtures.appendingPathComponent("truncated.json").path, "--into", library.path], home: home)
        #expect(broken.status != 0)
        #expect(broken.output.contains("truncated.json: not valid JSON"))
        let notEmpty = home.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notEmpty, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: notEmpty.appendingPathComponent("todo.txt"))
        let refused = try CommandLineTests.curbside(["import", "openfda", fixtures.appendingPathComponent("bulk.json").path, "--into", notEmpty.path], home: home)
        #expect(refused.status != 0)
        #expect(refused.output.contains("is not empty and is not a Curbside library"))
    }
}

/// `search --json`: what was understood and the results.
struct SearchJSON: Decodable {
    var understood: UnderstoodQuestion
    var results: [FollowUpAnswer.Match]
}
