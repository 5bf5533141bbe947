import Foundation

/// Writes files so that readers see either the old or the new content, never a mix.
public enum AtomicFile {
    /// Writes to a unique temporary file in the same directory, flushes it, then renames over the target.
    /// A bulk writer may pass `durable: false` to skip the per-file flush and call `sync()` once at the end.
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
            throw LibraryError.writeFailed(url.path, String(cString: strerror(errno)))
        }
        do {
            let handle = try FileHandle(forWritingTo: temp)
            try handle.write(contentsOf: data)
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
