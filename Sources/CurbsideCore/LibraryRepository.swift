import Foundation

/// Reads and writes a library. The browser and the commands talk to this, not to files.
public protocol LibraryRepository: Sendable {
    /// Loads everything that is sound; every problem is reported in `Library.problems`.
    /// `progress` hears how many article files are read, for a progress bar on long loads.
    func load(progress: ProgressReport?) -> Library
    /// Writes one article atomically (a crash never leaves it half-written).
    func save(_ article: Article) throws
    /// Locates a JSON path inside the file that holds an article, for precise messages.
    func locate(path: String, inArticle id: String) -> (file: String, position: SourcePosition?)
}

extension LibraryRepository {
    public func load() -> Library { load(progress: nil) }
}

public enum LibraryError: Error, CustomStringConvertible, Equatable {
    case notADirectory(String)
    case unreadable(String, String)
    case writeFailed(String, String)
    case invalidID(String)

    public var description: String {
        switch self {
        case .notADirectory(let p): "\(p): no library here (not a directory)"
        case .unreadable(let p, let why): "\(p): cannot read: \(why)"
        case .writeFailed(let p, let why): "\(p): cannot write: \(why)"
        case .invalidID(let id): "'\(id)' is not a valid article id (use lowercase letters, digits and '-')"
        }
    }
}

public enum ArticleID {
    /// Ids are file names: keep them to a safe, portable alphabet.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 120 && id.first != "-"
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
