import Foundation

/// Who may read what Curbside writes.
public enum FileAccess: Sendable, Equatable {
    /// Modes follow the umask: a library's files, which editors share.
    case shared
    /// The reader's own state and caches, under `root` (one Curbside directory such as
    /// `~/.local/state/curbside`): files 0600 and directories 0700 whatever the umask, and anything
    /// under `root` left wider by an older version tightened on the first write (`PrivateFiles`).
    case ownerOnly(root: URL)
}

/// Writes files so that readers see either the old or the new content, never a mix.
public enum AtomicFile {
    /// `mkdir -p` with the system's own reason on failure ("Read-only file system"), for messages.
    public static func makeDirectory(_ dir: URL) throws {
        try makeDirectory(dir, mode: 0o755)
    }

    /// The same for the reader's own directories: every directory created is 0700 (XDG's rule),
    /// and the Curbside directory above it is tightened if an older version left it wider.
    public static func makeDirectory(_ dir: URL, access: FileAccess) throws {
        switch access {
        case .shared: try makeDirectory(dir, mode: 0o755)
        case .ownerOnly(let root):
            try makeDirectory(dir, mode: 0o700)
            PrivateFiles.tighten(root: root)
        }
    }

    static func makeDirectory(_ dir: URL, mode: mode_t) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw LibraryError.writeFailed(dir.path, "a file is in the way of this directory")
        }
        let parent = dir.deletingLastPathComponent()
        if parent.path != dir.path { try makeDirectory(parent, mode: mode) }
        if mkdir(dir.path, mode) != 0 {
            if errno == EEXIST { return }
            throw LibraryError.writeFailed(dir.path, String(cString: strerror(errno)))
        }
        // The umask may have taken bits away; a private directory is exactly 0700.
        if mode == 0o700 { chmod(dir.path, mode) }
    }

    /// Writes to a unique temporary file in the same directory, flushes it, then renames over the target.
    /// A bulk writer may pass `durable: false` to skip the per-file flush and call `sync()` once at the end.
    public static func write(_ data: Data, to url: URL, durable: Bool = true, access: FileAccess = .shared) throws {
        try write(to: url, durable: durable, access: access) { try $0.write(contentsOf: data) }
    }

    /// The same, for a file written in pieces by `produce` (a large one need not be in memory whole).
    /// With `.ownerOnly` the temporary file is 0600 from its first byte, so the renamed file is too.
    public static func write(to url: URL, durable: Bool = true, access: FileAccess = .shared, _ produce: (FileHandle) throws -> Void) throws {
        let dir = url.deletingLastPathComponent()
        try makeDirectory(dir, access: access)
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString).tmp")
        let owner = access != .shared
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, owner ? 0o600 : 0o666)
        guard fd >= 0 else { throw LibraryError.writeFailed(url.path, String(cString: strerror(errno))) }
        do {
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            if owner && fchmod(fd, 0o600) != 0 { throw LibraryError.writeFailed(url.path, String(cString: strerror(errno))) }
            try produce(handle)
            if durable { try handle.synchronize() }
            try handle.close()
            guard rename(temp.path, url.path) == 0 else {
                throw LibraryError.writeFailed(url.path, String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }
}
