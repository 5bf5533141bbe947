import Foundation

/// Writes files so that readers see either the old or the new content, never a mix.
public enum AtomicFile {
    /// `mkdir -p` with the system's own reason on failure ("Read-only file system"), for messages.
    public static func makeDirectory(_ dir: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw LibraryError.writeFailed(dir.path, "a file is in the way of this directory")
        }
        let parent = dir.deletingLastPathComponent()
        if parent.path != dir.path { try makeDirectory(parent) }
        if mkdir(dir.path, 0o755) != 0 && errno != EEXIST {
            throw LibraryError.writeFailed(dir.path, String(cString: strerror(errno)))
        }
    }

    /// Writes to a unique temporary file in the same directory, flushes it, then renames over the target.
    /// A bulk writer may pass `durable: false` to skip the per-file flush and call `sync()` once at the end.
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        try write(to: url, durable: durable) { try $0.write(contentsOf: data) }
    }

    /// The same, for a file written in pieces by `produce` (a large one need not be in memory whole).
    public static func write(to url: URL, durable: Bool = true, _ produce: (FileHandle) throws -> Void) throws {
        let dir = url.deletingLastPathComponent()
        try makeDirectory(dir)
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
            throw LibraryError.writeFailed(url.path, String(cString: strerror(errno)))
        }
        do {
            let handle = try FileHandle(forWritingTo: temp)
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
