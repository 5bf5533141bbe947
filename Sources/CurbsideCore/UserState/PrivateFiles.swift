import Foundation

/// The reader's files are theirs alone: what Curbside writes under the XDG directories is 0600
/// (directories 0700), and whatever an older version left readable by others is tightened.
public enum PrivateFiles {
    public static let fileMode: mode_t = 0o600
    public static let directoryMode: mode_t = 0o700

    private static let lock = NSLock()
    nonisolated(unsafe) private static var swept: Set<String> = []
    nonisolated(unsafe) private static var handler: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Where the one-line notices about tightened modes go (standard error unless set; the
    /// browser collects them while it owns the screen).
    public static func setNoticeHandler(_ handle: @escaping @Sendable (String) -> Void) {
        lock.withLock { handler = handle }
    }

    /// Once per process and root, before its first write: every file and directory under `root`
    /// (symbolic links are neither followed nor changed) that others may read or write is made
    /// 0600 or 0700, and one line says so.
    public static func tighten(root: URL) {
        let path = root.standardizedFileURL.path
        let first = lock.withLock { swept.insert(path).inserted }
        guard first else { return }
        var files = 0, directories = 0
        func visit(_ path: String) {
            var info = stat()
            guard lstat(path, &info) == 0 else { return }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if info.st_mode & 0o077 != 0, chmod(path, directoryMode) == 0 { directories += 1 }
                for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { visit(path + "/" + name) }
            case S_IFREG:
                if info.st_mode & 0o077 != 0, chmod(path, fileMode) == 0 { files += 1 }
            default: break
            }
        }
        visit(path)
        guard files + directories > 0 else { return }
        var what: [String] = []
        if files > 0 { what.append("\(files) file\(files == 1 ? "" : "s") to 0600") }
        if directories > 0 { what.append("\(directories) director\(directories == 1 ? "y" : "ies") to 0700") }
        let line = "curbside: \(path) was readable by other users; made it private (\(what.joined(separator: ", ")))."
        let handle = lock.withLock { handler }
        handle(line)
    }

    /// Forgets which roots were tightened, so a test can watch the next write do it again.
    static func resetForTesting() { lock.withLock { swept = [] } }
}
