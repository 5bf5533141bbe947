import Foundation

/// A library stored as a directory of JSON files (see docs/data-format.md).
public struct JSONFileRepository: LibraryRepository, Sendable {
    public let directory: URL
    /// How file names appear in messages, e.g. `Data/articles/x.json`.
    public let displayRoot: String
    /// Who may read the files it saves: `.shared` for a library, `.ownerOnly` for the reader's submissions.
    public var access: FileAccess = .shared

    public static let articlesFolder = "articles"
    public static let pagesFolder = "pages"
    /// Larger files are skipped rather than decoded: no real article comes near this.
    public static let maximumFileSize = 8 * 1024 * 1024

    public init(directory: URL, displayRoot: String? = nil) {
        self.directory = directory.standardizedFileURL
        self.displayRoot = displayRoot ?? directory.path
    }

    var articlesDirectory: URL { directory.appendingPathComponent(Self.articlesFolder, isDirectory: true) }

    public func display(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : (displayRoot.hasSuffix("/") ? displayRoot : displayRoot + "/") + relative
    }

    public func articleURL(_ id: String) -> URL { articlesDirectory.appendingPathComponent("\(id).json") }

    // MARK: Loading

    /// The whole library; `progress` hears how many article files are decoded.
    public func load(progress: ProgressReport?) -> Library {
        var library = loadLibraryFiles()
        guard exists else { return library }
        let (articles, articleProblems) = loadArticles(progress: progress)
        library.setArticles(articles)
        library.problems += articleProblems
        return library
    }

    var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Everything but the articles: library info, personas, glossary, pages.
    public func loadLibraryFiles() -> Library {
        var library = Library()
        guard exists else {
            library.problems.append(LibraryProblem(file: displayRoot, message: "no library here: the directory does not exist"))
            return library
        }
        var problems: [LibraryProblem] = []
        if let info: LibraryInfo = decodeFile("library.json", required: true, problems: &problems) { library.info = info }
        if let file: PersonaFile = decodeFile("personas.json", required: true, problems: &problems) { library.personas = file.personas }
        if let file: GlossaryFile = decodeFile("glossary.json", required: false, problems: &problems) { library.glossary = file.entries }
        for name in jsonFiles(in: directory.appendingPathComponent(Self.pagesFolder)) {
            if let page: PolicyPage = decodeFile("\(Self.pagesFolder)/\(name)", required: true, problems: &problems) {
                library.pages[page.id] = page
            }
        }
        library.problems = problems
        return library
    }

    func jsonFiles(in dir: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }

    /// Decodes every article file, in parallel: one broken file never stops the rest.
    func loadArticles(progress: ProgressReport? = nil) -> ([Article], [LibraryProblem]) {
        let names = jsonFiles(in: articlesDirectory)
        let results = ResultSlots<(Article?, LibraryProblem?)>(count: names.count)
        let counter = ProgressCounter(total: names.count, report: progress)
        // One worker per core, each with its own decoder, taking every `workers`-th file.
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, names.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let decoder = JSONDecoder()
            var i = worker
            var unreported = 0
            while i < names.count {
                var problems: [LibraryProblem] = []
                let article: Article? = decodeFile("\(Self.articlesFolder)/\(names[i])", required: true, problems: &problems, decoder: decoder)
                results[i] = (article, problems.first)
                i += workers
                unreported += 1
                if unreported == 64 { counter.add(64); unreported = 0 }
            }
            counter.add(unreported)
        }
        // An article lives in the file named after its id, and only there: that is where a saved
        // index, `show` and `review` look it up. A file under another name (a rename, a backup
        // copy `ID-old.json`) is skipped, so every way of opening the library sees the same articles.
        var articles: [Article] = []
        var problems: [LibraryProblem] = []
        for (i, slot) in results.values.enumerated() {
            if let p = slot?.1 { problems.append(p) }
            guard let article = slot?.0 else { continue }
            let file = "\(Self.articlesFolder)/\(names[i])"
            guard names[i] == "\(article.id).json" else {
                let owner = "\(Self.articlesFolder)/\(article.id).json"
                let also = names.contains("\(article.id).json") ? "duplicate of \(display(owner)): " : ""
                problems.append(LibraryProblem(file: display(file), position: SourcePosition(line: 1, column: 1), path: "id",
                    message: "\(also)id '\(article.id)' does not match the file name; name the file \(article.id).json (this file was skipped)",
                    claimedID: article.id))
                continue
            }
            articles.append(article)
        }
        return (articles, problems)
    }

    /// Reads and decodes one file; on failure appends one precise problem and returns nil.
    func decodeFile<T: Decodable>(_ relative: String, required: Bool, problems: inout [LibraryProblem], decoder: JSONDecoder = JSONDecoder()) -> T? {
        let url = directory.appendingPathComponent(relative)
        let shown = display(relative)
        // stat(2) rather than FileManager: this runs once per file, 100,000 times for a large library.
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            if required || errno != ENOENT { problems.append(LibraryProblem(file: shown, message: errno == ENOENT ? "missing file" : "cannot read: \(String(cString: strerror(errno)))")) }
            return nil
        }
        if Int(info.st_size) > Self.maximumFileSize {
            problems.append(LibraryProblem(file: shown, message: "skipped: file is \(Int(info.st_size) / 1_048_576) MB, over the \(Self.maximumFileSize / 1_048_576) MB limit"))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            problems.append(LibraryProblem(file: shown, message: "cannot read: \(String(cString: strerror(errno)))"))
            return nil
        }
        do {
            return try decoder.decode(T.self, from: data)
        } catch {
            // Only a file that failed to decode pays for the precise diagnosis.
            problems.append(JSONDiagnosis.precheck(data, file: shown) ?? JSONDiagnosis.problem(for: error, in: data, file: shown))
            return nil
        }
    }

    /// One article read from its file, or nil when it is missing or unreadable.
    public func loadArticle(_ id: String) -> Article? {
        guard ArticleID.isValid(id) else { return nil }
        var ignored: [LibraryProblem] = []
        let article: Article? = decodeFile("\(Self.articlesFolder)/\(id).json", required: true, problems: &ignored)
        return article?.id == id ? article : nil
    }

    // MARK: Writing

    public func save(_ article: Article) throws {
        try save(article, durable: true)
    }

    /// `durable: false` is for bulk imports, which flush everything once at the end.
    public func save(_ article: Article, durable: Bool) throws {
        guard ArticleID.isValid(article.id) else { throw LibraryError.invalidID(article.id) }
        try AtomicFile.write(try ArticleJSON.encode(article), to: articleURL(article.id), durable: durable, access: access)
    }

    public func saveGlossary(_ entries: [GlossaryEntry]) throws {
        try AtomicFile.write(try ArticleJSON.encode(GlossaryFile(entries: entries)), to: directory.appendingPathComponent("glossary.json"))
    }

    /// The ids of the article files present, without decoding them.
    public func storedArticleIDs() -> Set<String> {
        Set(jsonFiles(in: articlesDirectory).map { String($0.dropLast(5)) })
    }

    public func locate(path: String, inArticle id: String) -> (file: String, position: SourcePosition?) {
        let relative = "\(Self.articlesFolder)/\(id).json"
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(relative)),
              let map = try? JSONSourceMap(bytes: Array(data)) else { return (display(relative), nil) }
        return (display(relative), map.position(of: path))
    }
}

/// Article encoding in the library's house style: sorted-free, readable, stable.
public enum ArticleJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}

/// Fixed-size slots written from concurrent workers, each slot by exactly one worker.
final class ResultSlots<T>: @unchecked Sendable {
    private(set) var values: [T?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    subscript(i: Int) -> T? {
        get { lock.withLock { values[i] } }
        set { lock.withLock { values[i] = newValue } }
    }
}
