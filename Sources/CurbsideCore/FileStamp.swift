import Foundation

/// What a file looked like when it was read: its size, modification and change times (to the
/// nanosecond) and inode. Any write changes the change time, which no tool can set (not even
/// one that puts the modification time back, or a clock moved backwards: it is compared for
/// equality, never as older/newer); a file replaced by a rename (editors, `git checkout`) is
/// another inode. The saved index keeps one per article, so an article shown from it can be
/// checked with one `stat` instead of the whole library being stat'ed at every start.
public struct FileStamp: Equatable, Sendable {
    public var size: Int64
    public var modified: Int64
    public var changed: Int64
    public var inode: Int64

    /// Never equal to a real file's stamp: an article whose file state is unknown.
    public static let unknown = FileStamp(size: -1, modified: 0, changed: 0, inode: 0)

    public init(size: Int64, modified: Int64, changed: Int64, inode: Int64) {
        self.size = size; self.modified = modified; self.changed = changed; self.inode = inode
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = Int64(bitPattern: UInt64(info.st_ino))
    }

    /// The stamp of the file at `path` now, or nil when it is missing.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        return stat(path, &info) == 0 ? FileStamp(info) : nil
    }

    /// Whether the file changed so recently that another write could still come within the same
    /// tick of the file system's clock (a few milliseconds) and leave the stamp as it is: such a
    /// stamp is not trusted to stand for the contents (git calls these entries "racily clean").
    var isRacy: Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        return abs(nanoseconds - changed) < Self.racyWindow
    }

    static let racyWindow: Int64 = 25_000_000

    /// The stamp to record for a file just read: `unknown` when racy, so the next look at the
    /// file finds it changed rather than trusting a stamp that may hide a write.
    var trusted: FileStamp { isRacy ? .unknown : self }

    /// A short text form, for fingerprints.
    var text: String { "\(size):\(modified):\(changed):\(inode)" }
}
