import Foundation

/// A compact list of a library's articles (title, specialty, status, tags, related) kept in the
/// user's cache directory, so a large library's list appears at once while the full articles
/// load in the background. It is checked against the articles folder and rebuilt when stale.
public struct LibraryCatalog: Sendable {
    public static let formatVersion = 3


    var version: Int
    /// The library it describes, and the articles folder's modification time when it was made.
    var library: String
    var folderModified: Double
    var fileCount: Int
    /// In display order (by specialty, then question). Decoded ones are outlines: no bodies.
    var entries: [Article]

    init(library: Library, directory: URL, folderModified: Double, fileCount: Int) {
        version = Self.formatVersion
        self.library = directory.path
        self.folderModified = folderModified
        self.fileCount = fileCount
        // Stored in display order, so a start from the catalog needs no sorting.
        entries = library.articleIndicesBySpecialty.flatMap(\.indices).map { library.articles[$0] }
    }

    /// The file: a header line, then one line per article with tab-separated fields and lists
    /// joined by U+001F. Plain text, because decoding 100,000 JSON objects takes seconds.
    func encoded() -> Data {
        func clean(_ s: String) -> String {
            s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\u{1F}" || $0 == "\r" })
                ? String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\u{1F}" || $0 == "\r" ? " " : $0 }) : s
        }
        var out = "curbside-catalog\t\(version)\t\(folderModified)\t\(fileCount)\t\(clean(library))\n"
        for e in entries {
            out += [e.id, e.question, e.specialty, e.status.rawValue, e.tags.map(clean).joined(separator: "\u{1F}"),
                    e.lastUpdated, e.related.joined(separator: "\u{1F}")].map(clean).joined(separator: "\t")
            out += "\n"
        }
        return Data(out.utf8)
    }

    init?(decoding data: Data) {
        // Bytes, not Characters: Character-level splitting of 25 MB of text takes seconds.
        let bytes = [UInt8](data)
        func text(_ b: ArraySlice<UInt8>) -> String { String(decoding: b, as: UTF8.self) }
        guard let headerEnd = bytes.firstIndex(of: 0x0A) else { return nil }
        let header = bytes[..<headerEnd].split(separator: 0x09, omittingEmptySubsequences: false)
        guard header.count == 5, text(header[0]) == "curbside-catalog", let v = Int(text(header[1])),
              let m = Double(text(header[2])), let c = Int(text(header[3])) else { return nil }
        version = v; folderModified = m; fileCount = c; library = text(header[4])
        // Lines are independent: a large catalog is cut at line ends into one piece per core,
        // decoded at once (this is most of the time to a 100,000-article library's first frame).
        let body = (headerEnd + 1)..<bytes.count
        let parts = body.count >= 2_000_000 ? ProcessInfo.processInfo.activeProcessorCount : 1
        var cuts = [body.lowerBound]
        for part in 1..<max(1, parts) {
            let guess = body.lowerBound + part * body.count / parts
            cuts.append(bytes[guess...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count)
        }
        cuts.append(bytes.count)
        let pieces = zip(cuts, cuts.dropFirst()).map { $0..<max($0, $1) }
        let decoded = ResultSlots<[Article]>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            decoded[part] = bytes.withUnsafeBufferPointer { Self.entries($0, pieces[part]) }
        }
        var entries: [Article] = []
        for part in decoded.values {
            guard let part else { return nil } // a damaged line anywhere: the whole catalog is unusable
            entries += part
        }
        self.entries = entries
    }

    /// Outline articles from the catalog lines in `range` of `bytes`, or nil when a line is damaged.
    private static func entries(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Article]? {
        func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
        var list: [Article] = []
        var specialties: [String: String] = [:] // a few distinct values: share one string each
        var tabs = (0, 0, 0, 0, 0, 0)
        var start = range.lowerBound
        while start < range.upperBound {
            // One pass over the line: its six tabs and its end.
            var n = 0, i = start
            while i < range.upperBound, bytes[i] != 0x0A {
                if bytes[i] == 0x09 {
                    switch n { case 0: tabs.0 = i; case 1: tabs.1 = i; case 2: tabs.2 = i; case 3: tabs.3 = i; case 4: tabs.4 = i; case 5: tabs.5 = i; default: break }
                    n += 1
                }
                i += 1
            }
            defer { start = i + 1 }
            if i == start { continue } // an empty line
            guard n == 6 else { return nil }
            let status: ReviewStatus
            switch bytes[tabs.2 + 1] {
            case UInt8(ascii: "s"): status = .submitted
            case UInt8(ascii: "u"): status = .underReview
            case UInt8(ascii: "a"): status = .approved
            default: return nil
            }
            let rawSpecialty = text((tabs.1 + 1)..<tabs.2)
            let specialty = specialties[rawSpecialty] ?? { specialties[rawSpecialty] = rawSpecialty; return rawSpecialty }()
            // The outline keeps tags as one string (the filter only searches their text) and skips
            // related ids, which are not needed until the full library arrives.
            let tagRange = (tabs.3 + 1)..<tabs.4
            list.append(Article(id: text(start..<tabs.0), question: text((tabs.0 + 1)..<tabs.1),
                                specialty: specialty,
                                tags: tagRange.isEmpty ? [] : [String(decoding: bytes[tagRange].map { $0 == 0x1F ? 0x20 : $0 }, as: UTF8.self)],
                                status: status, lastUpdated: text((tabs.4 + 1)..<tabs.5)))
        }
        return list
    }

}

/// Opens a library for the browser: from the catalog cache when it is current (fast), then the
/// full library in the background; or fully, at once, when there is no usable cache.
public struct LibraryStartup: Sendable {
    public let repository: JSONFileRepository
    public let cacheDirectory: URL
    /// False in a private session: caches are read when current, never written.
    public var savesCaches: Bool

    public init(repository: JSONFileRepository, cacheDirectory: URL, savesCaches: Bool = true) {
        self.repository = repository
        self.cacheDirectory = cacheDirectory
        self.savesCaches = savesCaches
    }

    /// Cache files are the reader's alone: 0600 in a 0700 directory.
    var cacheAccess: FileAccess { .ownerOnly(root: cacheDirectory) }

    public static func standardCacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        UserDirectories.standard(environment: environment).cache
    }

    /// One cache file of each kind per library directory.
    var cacheFile: URL { cacheDirectory.appendingPathComponent("catalog-\(directoryHash).tsv") }
    var indexFile: URL { cacheDirectory.appendingPathComponent("index-\(directoryHash).bin") }

    var directoryHash: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a of the path: stable across runs, unlike Hasher
        for b in repository.directory.path.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    /// What the saved index was built from, checked with two `stat`s whatever the library's size:
    /// the library's path, the articles folder's stamp, and the glossary's (synonyms shape the
    /// index). An article added, removed or renamed (and so any file an editor or `git checkout`
    /// replaces by a rename) changes the folder's modification and change times. An article
    /// rewritten in place changes only its own file: that is caught by each shown article's own
    /// stamp (`changedArticles`) and by the full load (`index(for:)`); see docs/reliability.md.
    /// Take it before loading, so a change made while loading makes the index stale, not wrong.
    public func indexFingerprint() -> String? {
        guard let folder = FileStamp.of(repository.articlesDirectory.path) else { return nil }
        let glossary = FileStamp.of(repository.directory.appendingPathComponent("glossary.json").path)
        // A folder or glossary changed within the file system's clock tick could change again
        // unseen: such a fingerprint is made never to match, so the next start rebuilds.
        let racy = folder.isRacy || glossary?.isRacy == true ? "|racy-\(UUID().uuidString)" : ""
        return "\(repository.directory.path)|\(folder.text)|\(glossary?.text ?? "none")\(racy)"
    }

    /// Where `ask` keeps what it analysed of the articles it quoted (`ArticleAnalysisStore`): beside
    /// the saved index, keyed by the analyser's version and the glossary's stamp.
    public func analysisStore() -> ArticleAnalysisStore {
        let glossary = FileStamp.of(repository.directory.appendingPathComponent("glossary.json").path)
        return ArticleAnalysisStore(directory: cacheDirectory.appendingPathComponent("analysis-\(directoryHash)"),
                                    key: "\(SearchIndex.fileVersion)|\(glossary?.text ?? "none")", savesFiles: savesCaches && glossary?.isRacy != true,
                                    access: cacheAccess)
    }

    /// The saved index when it was built from the library as it is now (by its fingerprint), else
    /// nil. Opening it reads its header only.
    public func cachedIndex(glossary: [GlossaryEntry]) -> SearchIndex? {
        guard let fingerprint = indexFingerprint() else { return nil }
        return SearchIndex.load(from: indexFile, fingerprint: fingerprint, glossary: glossary)
    }

    /// Whether any of these articles' files differ from the files the saved index was built
    /// from (one `stat` each): how an engine over a saved index checks what it shows.
    public func changedArticles(since index: SearchIndex) -> @Sendable ([String]) -> Bool {
        let repository = self.repository
        return { ids in
            ids.contains { id in
                let now = ArticleID.isValid(id) ? FileStamp.of(repository.articleURL(id).path) : nil
                guard let doc = index.documentNumber(id) else { return now != nil } // a file the index does not know
                return now == nil || index.savedStamp(doc) != now
            }
        }
    }

    /// The engine `search` and `ask` start with: the library's small files and the saved index
    /// where it lies, no article decoded (titles come from the index's outline, the few articles
    /// an answer quotes from their files). It checks what it shows and falls back to `rebuild`
    /// when a shown article's file changed or the saved file is damaged. Nil when there is no
    /// current saved index.
    /// Its library holds the library's info, personas and red flags (`ask` needs them), or with
    /// `libraryFiles: false` nothing (a plain search); never the glossary, whose concepts and
    /// spellings the saved index holds (decoding a large glossary is a good part of a question).
    public func savedEngine(libraryFiles: Bool = true, rebuild: @escaping @Sendable () -> FollowUpEngine) -> FollowUpEngine? {
        savedEngine(fingerprint: nil, libraryFiles: libraryFiles, rebuild: rebuild)
    }

    /// The same over the saved index written under `fingerprint` (the current one when nil).
    func savedEngine(fingerprint: String?, libraryFiles: Bool, rebuild: @escaping @Sendable () -> FollowUpEngine) -> FollowUpEngine? {
        var library = libraryFiles ? repository.loadLibraryFiles(glossaryAndPages: false) : Library()
        let opened = fingerprint.map { SearchIndex.load(from: indexFile, fingerprint: $0, glossary: []) } ?? cachedIndex(glossary: library.glossary)
        guard let index = opened else { return nil }
        library.isOutline = true
        let repository = self.repository
        return FollowUpEngine(library: library, index: index, fetch: { repository.loadArticle($0) },
                              fallback: FollowUpEngine.Fallback(changed: changedArticles(since: index), engine: rebuild))
    }

    /// The engine for the first start of `search` or `ask`, when there is no current saved index:
    /// the index is built while the articles are read — each article decoded, indexed and let
    /// go, only its outline (title, specialty, status, tags, date, related ids) and file stamp
    /// kept — then saved with the catalog, and the question is answered from the file just
    /// written, as at a later start (`savedEngine`). The library's articles are never all in
    /// memory, nor the postings at 8 bytes each (see `CompactPostings`): at 100,000 articles
    /// this peaks well below the library's size on disk, where loading it whole took 1.4 GB.
    /// Nil in a private session or when the saved index cannot be written (the caller then
    /// loads the library whole, as before); `rebuild` as for `savedEngine`.
    public func firstStartEngine(libraryFiles: Bool = true, progress: ProgressReport? = nil,
                                 rebuild: @escaping @Sendable () -> FollowUpEngine) -> FollowUpEngine? {
        guard savesCaches, let fingerprint = indexFingerprint() else { return nil }
        let before = folderState()
        var outline: Library? = nil
        do {
            // The file is opened first: a cache that cannot be written costs nothing more.
            try AtomicFile.write(to: indexFile, access: cacheAccess) { handle in
                let (index, library) = streamedIndex(progress: progress)
                try index.write(fingerprint: fingerprint, library: library) { try handle.write(contentsOf: $0) }
                outline = library
            }
        } catch {
            return nil
        }
        if let before, let library = outline {
            let catalog = LibraryCatalog(library: library, directory: repository.directory, folderModified: before.modified, fileCount: before.count)
            try? AtomicFile.write(catalog.encoded(), to: cacheFile, durable: false, access: cacheAccess)
        }
        outline = nil
        FreedMemory.returnToSystem()
        return savedEngine(fingerprint: fingerprint, libraryFiles: libraryFiles, rebuild: rebuild)
    }

    /// The library's articles indexed as they are read, each part of the build decoding its own
    /// range of the article files (`SearchIndex.init(concepts:count:parts:packs:progress:feed:)`),
    /// and the library's small files with each article's outline (no bodies) and file stamp: the
    /// index and outline that loading the whole library and indexing it give, without the bodies.
    /// (`concepts` and `parts` are for tests: a given concept table, and a number of parts.)
    func streamedIndex(packs: Bool = false, concepts: ConceptTable? = nil, parts: Int? = nil, progress: ProgressReport? = nil) -> (SearchIndex, Library) {
        var library = repository.loadLibraryFiles()
        let candidates = repository.articleCandidates()
        // Reading dominates here, so even a small library is read on every core (any number
        // of parts gives the same index).
        let parts = parts ?? (candidates.count >= 64 ? ProcessInfo.processInfo.activeProcessorCount : 1)
        let outlines = ResultSlots<[(Article, FileStamp)]>(count: parts)
        let repository = self.repository
        let index = SearchIndex(concepts: concepts ?? ConceptTable(glossary: library.glossary, analyzer: TextAnalyzer()), count: candidates.count,
                                parts: parts, packs: packs, progress: progress) { part, range, add in
            let decoder = JSONDecoder()
            var kept: [(Article, FileStamp)] = []
            for i in range {
                let found = repository.candidateArticle(candidates[i], decoder: decoder)
                add(found?.article)
                if let (a, stamp) = found {
                    kept.append((Article(id: a.id, question: a.question, specialty: a.specialty, tags: a.tags, status: a.status,
                                         lastUpdated: a.lastUpdated, related: a.related), stamp))
                }
            }
            outlines[part] = kept
        }
        // Each part's outlines are let go as they are taken (100,000 `Article` values are large).
        var articles: [Article] = []
        articles.reserveCapacity(candidates.count)
        var stamps: [String: FileStamp] = Dictionary(minimumCapacity: candidates.count)
        for part in 0..<parts {
            for (article, stamp) in outlines[part] ?? [] {
                articles.append(article)
                stamps[article.id] = stamp
            }
            outlines[part] = nil
        }
        library.setArticles(articles)
        library.fileStamps = stamps
        return (index, library)
    }

    /// The saved index if current; else one built from `library` (loaded after `fingerprint` was
    /// taken) and saved for next time. Saving is best effort: a read-only cache only costs time.
    /// `reusing` is a saved index already in memory (the outline's, when the full library
    /// arrives): when it was read under the same fingerprint, the file is not read again.
    /// A saved index is kept only when every article's file is the one it was built from (the
    /// full load took each file's stamp) and its whole file checks out.
    public func index(for library: Library, fingerprint: String?, reusing loaded: SearchIndex? = nil,
                      progress: ProgressReport? = nil) -> SearchIndex {
        if let fingerprint, let loaded, loaded.savedFingerprint == fingerprint, isCurrent(loaded, for: library) {
            return loaded
        }
        if let fingerprint, let index = SearchIndex.load(from: indexFile, fingerprint: fingerprint, glossary: library.glossary),
           isCurrent(index, for: library) {
            return index
        }
        let index = SearchIndex(articles: library.articles, glossary: library.glossary, progress: progress)
        if let fingerprint, savesCaches {
            try? AtomicFile.write(to: indexFile, access: cacheAccess) { handle in
                try index.write(fingerprint: fingerprint, library: library) { try handle.write(contentsOf: $0) }
            }
        }
        return index
    }

    /// Whether a saved index holds exactly the library's articles, each from the same file.
    func isCurrent(_ index: SearchIndex, for library: Library) -> Bool {
        guard index.count == library.articles.count, !library.fileStamps.isEmpty else { return false }
        for doc in 0..<index.count {
            let id = index.articleID(doc)
            guard library.article(id) != nil, let stamp = library.fileStamps[id], index.savedStamp(doc) == stamp else { return false }
        }
        return index.verifyAll()
    }

    /// What the catalog is checked against: the articles folder's modification time and its
    /// number of JSON files, which change with any added, removed or renamed article.
    struct FolderState {
        var modified: Double
        var count: Int
    }

    func folderState() -> FolderState? {
        var info = stat()
        guard stat(repository.articlesDirectory.path, &info) == 0 else { return nil }
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        // Count without sorting: this runs on every start.
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: repository.articlesDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
        return FolderState(modified: modified, count: names.count)
    }

    /// The outline library from a current cache (personas, glossary and pages loaded as usual), or nil.
    public func outline() -> Library? {
        folderState().flatMap { outline(state: $0) }
    }

    func outline(state: FolderState) -> Library? {
        guard let data = FileManager.default.contents(atPath: cacheFile.path),
              let catalog = LibraryCatalog(decoding: data),
              catalog.version == LibraryCatalog.formatVersion, catalog.library == repository.directory.path,
              state.modified == catalog.folderModified, state.count == catalog.fileCount
        else { return nil }
        var library = repository.loadLibraryFiles()
        library.setArticles(inDisplayOrder: catalog.entries)
        library.isOutline = true
        return library
    }

    /// The library for a first frame drawn from the saved index where it lies: the library's
    /// small files and the saved outline, no article decoded and the articles folder not even
    /// listed (two `stat`s decide it is current). Nil when there is no current saved index or
    /// its outline does not read back; the caller then starts from the catalog. The index for
    /// questions is opened apart (`cachedIndex`), off the first frame's path.
    public func savedOutlineStart() -> Library? {
        guard let fingerprint = indexFingerprint(), let outline = SavedOutline(file: indexFile, fingerprint: fingerprint) else { return nil }
        // The groups are read for every first frame anyway; a damaged file shows here.
        guard !outline.groups.isEmpty || outline.count == 0, !outline.isDamaged else { return nil }
        var library = repository.loadLibraryFiles()
        library.savedOutline = outline
        return library
    }

    /// Loads everything and refreshes the cache.
    public func full(progress: ProgressReport? = nil) -> Library {
        let before = folderState()
        let library = repository.load(progress: progress)
        if let before, savesCaches {
            let catalog = LibraryCatalog(library: library, directory: repository.directory, folderModified: before.modified, fileCount: before.count)
            // Not synced to disk (that cost the bundled library's first frame 5–20 ms): a catalog
            // damaged by a power cut fails to decode and is rebuilt. The index is synced, since
            // zeroed postings would still decode.
            try? AtomicFile.write(catalog.encoded(), to: cacheFile, durable: false, access: cacheAccess)
        }
        return library
    }
}
