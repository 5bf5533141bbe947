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
        let (articles, articleProblems, stamps) = loadArticles(progress: progress)
        library.setArticles(articles)
        library.fileStamps = stamps
        library.problems += articleProblems
        return library
    }

    var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Everything but the articles: library info, personas, glossary, pages. Without
    /// `glossaryAndPages`, only library info, personas and red flags (what an engine over a saved
    /// index needs: the index holds the glossary's concepts; a large glossary is slow to decode).
    public func loadLibraryFiles(glossaryAndPages: Bool = true) -> Library {
        var library = Library()
        guard exists else {
            library.problems.append(LibraryProblem(file: displayRoot, message: "no library here: the directory does not exist"))
            return library
        }
        var problems: [LibraryProblem] = []
        if let info: LibraryInfo = decodeFile("library.json", required: true, problems: &problems) { library.info = info }
        if let file: PersonaFile = decodeFile("personas.json", required: true, problems: &problems) { library.personas = file.personas }
        if glossaryAndPages, let file: GlossaryFile = decodeFile("glossary.json", required: false, problems: &problems) { library.glossary = file.entries }
        if let file: RedFlagFile = decodeFile("red-flags.json", required: false, problems: &problems) { library.redFlags = file.redFlags }
        for name in glossaryAndPages ? jsonFiles(in: directory.appendingPathComponent(Self.pagesFolder)) : [] {
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
    /// Each article comes with its file's stamp, taken by the same `stat` that checks the file
    /// before it is read (so a change made while reading makes the stamp stale, never wrong).
    func loadArticles(progress: ProgressReport? = nil) -> ([Article], [LibraryProblem], [String: FileStamp]) {
        // A folder that exists but cannot be listed (permissions, a symlink loop) is a problem,
        // never a library of 0 articles.
        let listing = opendir(articlesDirectory.path)
        if listing == nil, errno != ENOENT {
            return ([], [LibraryProblem(file: display(Self.articlesFolder + "/"), message: "cannot read the articles folder: \(String(cString: strerror(errno)))")], [:])
        }
        if let listing { closedir(listing) }
        let names = jsonFiles(in: articlesDirectory)
        let results = ResultSlots<(Article?, LibraryProblem?, FileStamp?)>(count: names.count)
        let counter = ProgressCounter(total: names.count, report: progress)
        // One worker per core, each with its own decoder, taking every `workers`-th file.
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, names.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let decoder = JSONDecoder()
            var i = worker
            var unreported = 0
            while i < names.count {
                var problems: [LibraryProblem] = []
                var stamp: FileStamp? = nil
                let article: Article? = decodeFile("\(Self.articlesFolder)/\(names[i])", required: true, problems: &problems, decoder: decoder, stamp: &stamp)
                results[i] = (article, problems.first, stamp)
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
        var stamps: [String: FileStamp] = Dictionary(minimumCapacity: names.count)
        for (i, slot) in results.values.enumerated() {
            if let p = slot?.1 { problems.append(p) }
            guard let article = slot?.0 else { continue }
            let file = "\(Self.articlesFolder)/\(names[i])"
            guard ArticleID.isValid(article.id) else {
                problems.append(LibraryProblem(file: display(file), position: SourcePosition(line: 1, column: 1), path: "id",
                    message: "id '\(article.id)' is not a safe file name (use lowercase letters, digits and '-'); this file was skipped"))
                continue
            }
            guard names[i] == "\(article.id).json" else {
                let owner = "\(Self.articlesFolder)/\(article.id).json"
                let also = names.contains("\(article.id).json") ? "duplicate of \(display(owner)): " : ""
                problems.append(LibraryProblem(file: display(file), position: SourcePosition(line: 1, column: 1), path: "id",
                    message: "\(also)id '\(article.id)' does not match the file name; name the file \(article.id).json (this file was skipped)",
                    claimedID: article.id))
                continue
            }
            articles.append(article)
            stamps[article.id] = slot?.2 ?? .unknown
        }
        return (articles, problems, stamps)
    }

    /// The ids of the article files that can hold an article (a file is used only when it is
    /// named after its article's id, a valid one: see `loadArticles`), in the order of the
    /// library's articles (by id). Nothing is read.
    func articleCandidates() -> [String] {
        jsonFiles(in: articlesDirectory).map { String($0.dropLast(5)) }.filter(ArticleID.isValid).sorted()
    }

    /// The article in the file of candidate `id`, with the file's stamp, when it decodes and is
    /// that article (as `loadArticles` accepts it); problems are not reported.
    func candidateArticle(_ id: String, decoder: JSONDecoder) -> (article: Article, stamp: FileStamp)? {
        var problems: [LibraryProblem] = []
        var stamp: FileStamp? = nil
        guard let article: Article = decodeFile("\(Self.articlesFolder)/\(id).json", required: true, problems: &problems, decoder: decoder, stamp: &stamp),
              article.id == id else { return nil }
        return (article, stamp ?? .unknown)
    }

    /// Reads and decodes one file; on failure appends one precise problem and returns nil.
    func decodeFile<T: Decodable>(_ relative: String, required: Bool, problems: inout [LibraryProblem], decoder: JSONDecoder = JSONDecoder()) -> T? {
        var stamp: FileStamp? = nil
        return decodeFile(relative, required: required, problems: &problems, decoder: decoder, stamp: &stamp)
    }

    /// The same, also giving the stamp of the file as it was checked before reading.
    func decodeFile<T: Decodable>(_ relative: String, required: Bool, problems: inout [LibraryProblem], decoder: JSONDecoder = JSONDecoder(),
                                  stamp: inout FileStamp?) -> T? {
        let url = directory.appendingPathComponent(relative)
        let shown = display(relative)
        // stat(2) rather than FileManager: this runs once per file, 100,000 times for a large library.
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            if required || errno != ENOENT { problems.append(LibraryProblem(file: shown, message: errno == ENOENT ? "missing file" : "cannot read: \(String(cString: strerror(errno)))")) }
            return nil
        }
        if let kind = Self.notARegularFile(info) {
            problems.append(LibraryProblem(file: shown, message: "skipped: \(kind), not a regular file"))
            return nil
        }
        stamp = FileStamp(info).trusted
        if Int(info.st_size) > Self.maximumFileSize {
            problems.append(LibraryProblem(file: shown, message: "skipped: file is \(Int(info.st_size) / 1_048_576) MB, over the \(Self.maximumFileSize / 1_048_576) MB limit"))
            return nil
        }
        let data: Data
        switch Self.read(url) {
        case .success(let bytes): data = bytes
        case .failure(let reason):
            problems.append(LibraryProblem(file: shown, message: "cannot read: \(reason.text)"))
            return nil
        }
        // An article or library file in JSON's plain form is read without the decoder's generic
        // machinery (`PlainJSON`; the same value).
        if let value = PlainJSON.decoded(T.self, from: data) { return value }
        do {
            return try decoder.decode(T.self, from: data)
        } catch {
            // Only a file that failed to decode pays for the precise diagnosis.
            problems.append(JSONDiagnosis.precheck(data, file: shown) ?? JSONDiagnosis.problem(for: error, in: data, file: shown))
            return nil
        }
    }

    struct ReadFailure: Error { var text: String }

    /// A file's bytes, or the system's reason it could not be read (taken right after the failing
    /// call, so it is never a stale "Success").
    static func read(_ url: URL) -> Result<Data, ReadFailure> {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return .failure(ReadFailure(text: String(cString: strerror(errno)))) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do { return .success(try handle.readToEnd() ?? Data()) } catch {
            return .failure(ReadFailure(text: (error as NSError).localizedDescription))
        }
    }

    /// What a path is when it is not a regular file ("a directory", "a FIFO", …), else nil. Such
    /// a path is never opened: reading a FIFO would wait forever, /dev/zero would never end.
    public static func notARegularFile(_ info: stat) -> String? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "a special file"
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
        let url = articleURL(article.id)
        try AtomicFile.write(try ArticleJSON.encode(article, over: Self.smallFile(url)), to: url, durable: durable, access: access)
    }

    public func saveGlossary(_ entries: [GlossaryEntry]) throws {
        let url = directory.appendingPathComponent("glossary.json")
        try AtomicFile.write(try ArticleJSON.encode(GlossaryFile(entries: entries), over: Self.smallFile(url)), to: url)
    }

    /// A file's bytes when it is a regular file within the size limit (what a rewrite merges into).
    static func smallFile(_ url: URL) -> Data? {
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= maximumFileSize else { return nil }
        return FileManager.default.contents(atPath: url.path)
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

/// Library files in the house style: two-space indent, keys in the library's order (see
/// `JSONDocument`), a final newline; and rewrites that change only what changed.
public enum ArticleJSON {
    struct Unencodable: Error {}

    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        Data(try document(value).ordered().text().utf8)
    }

    /// `value` written over `existing` (the file's bytes as they are): unchanged values keep their
    /// text, unknown fields and key order are kept, and the file's own indent and colon are used.
    /// A file that does not parse as JSON of this type is not merged into (callers refuse to
    /// overwrite such a file before they get here; see WriteSafety).
    public static func encode<T: Codable>(_ value: T, over existing: Data?) throws -> Data {
        guard let existing, let original = JSONDocument.parse(existing),
              let old = try? JSONDecoder().decode(T.self, from: existing) else { return try encode(value) }
        let merged = JSONDocument.merge(original: original, before: try document(old), after: try document(value))
        return Data(merged.text(style: .of(existing)).utf8)
    }

    static func document<T: Encodable>(_ value: T) throws -> JSONDocument {
        guard let document = JSONDocument.parse(try JSONEncoder().encode(value)) else { throw Unencodable() }
        return document
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
