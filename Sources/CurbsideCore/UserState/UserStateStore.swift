import Foundation

/// The reader's persona, bookmarks, history and past questions, each in its own small JSON file,
/// written atomically under an advisory lock. A corrupt file is moved aside and reported, never fatal.
public struct UserStateStore: Sendable {
    public struct Config: Codable, Equatable, Sendable { public var persona: String? }

    public let directories: UserDirectories

    public init(directories: UserDirectories = .standard()) { self.directories = directories }

    /// False in a private session: a corrupt file is reported but left where it is.
    public var setsCorruptFilesAside = true

    var configFile: URL { directories.config.appendingPathComponent("config.json") }
    var bookmarksFile: URL { directories.data.appendingPathComponent("bookmarks.json") }
    var historyFile: URL { directories.state.appendingPathComponent("history.json") }
    var questionsFile: URL { directories.state.appendingPathComponent("questions.json") }

    /// Reads a file; a missing file gives nil, a corrupt one is renamed `*.corrupt-TIME` and reported.
    func read<T: Decodable>(_ type: T.Type, from url: URL, warnings: inout [String]) -> T? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        if let value = try? JSONDecoder().decode(T.self, from: data) { return value }
        guard setsCorruptFilesAside else {
            warnings.append("\(url.path) is unreadable; started with defaults (a private session leaves it as it is).")
            return nil
        }
        let aside = url.appendingPathExtension("corrupt-\(Int(Date().timeIntervalSince1970))")
        try? FileManager.default.moveItem(at: url, to: aside)
        warnings.append("\(url.path) was unreadable; moved it to \(aside.lastPathComponent) and started with defaults.")
        return nil
    }

    func write<T: Encodable>(_ value: T, to url: URL) throws {
        let access = self.access(url)
        try FileLock.withLock(url.deletingLastPathComponent().appendingPathComponent(".lock"), access: access) {
            try AtomicFile.write(try ArticleJSON.encode(value), to: url, access: access)
        }
    }

    /// Every file here is the reader's alone (0600, in 0700 directories).
    func access(_ url: URL) -> FileAccess {
        let root = [directories.config, directories.state, directories.data].first { url.path.hasPrefix($0.path + "/") }
        return .ownerOnly(root: root ?? url.deletingLastPathComponent())
    }

    public struct Snapshot: Sendable {
        public var persona: String?
        public var bookmarks: [String] = []
        public var history: [String] = []
        public var questions: [String] = []
        /// Messages for the reader about files that had to be set aside.
        public var warnings: [String] = []
    }

    public func load() -> Snapshot {
        var s = Snapshot()
        s.persona = read(Config.self, from: configFile, warnings: &s.warnings)?.persona
        s.bookmarks = read([String].self, from: bookmarksFile, warnings: &s.warnings) ?? []
        s.history = read([String].self, from: historyFile, warnings: &s.warnings) ?? []
        s.questions = read([String].self, from: questionsFile, warnings: &s.warnings) ?? []
        return s
    }

    public func savePersona(_ id: String) throws { try write(Config(persona: id), to: configFile) }
    public func saveBookmarks(_ ids: [String], previous: [String]) throws { try merge(ids, previous: previous, into: bookmarksFile) }
    public func saveHistory(_ ids: [String], previous: [String]) throws { try merge(ids, previous: previous, into: historyFile) }
    public func saveQuestions(_ list: [String], previous: [String]) throws { try merge(list, previous: previous, into: questionsFile) }

    /// Another Curbside process may have written the list since this one read it: under the lock,
    /// this process's additions and removals (`list` against `previous`, what it last saw) are applied
    /// to what is on disk, so neither process loses the other's entries.
    func merge(_ list: [String], previous: [String], into url: URL) throws {
        let access = self.access(url)
        try FileLock.withLock(url.deletingLastPathComponent().appendingPathComponent(".lock"), access: access) {
            var ignored: [String] = []
            let disk = read([String].self, from: url, warnings: &ignored) ?? []
            let merged = Self.merged(list, previous: previous, disk: disk)
            // An empty list is no file at all (a cleared history leaves nothing behind).
            if merged.isEmpty {
                if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
                return
            }
            try AtomicFile.write(try ArticleJSON.encode(merged), to: url, access: access)
        }
    }

    /// `list` in its own order, then the entries only the other writers added.
    public static func merged(_ list: [String], previous: [String], disk: [String]) -> [String] {
        let removed = Set(previous).subtracting(list)
        let mine = Set(list)
        return list + disk.filter { !mine.contains($0) && !removed.contains($0) }
    }
}

/// An advisory lock (flock) on a lock file, so concurrent Curbside processes take turns.
public enum FileLock {
    public static func withLock<T>(_ lockFile: URL, access: FileAccess = .shared, _ body: () throws -> T) throws -> T {
        try AtomicFile.makeDirectory(lockFile.deletingLastPathComponent(), access: access)
        let fd = open(lockFile.path, O_CREAT | O_RDWR | O_CLOEXEC, access == .shared ? 0o644 : PrivateFiles.fileMode)
        guard fd >= 0 else { throw LibraryError.writeFailed(lockFile.path, String(cString: strerror(errno))) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw LibraryError.writeFailed(lockFile.path, String(cString: strerror(errno))) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
