import Foundation

/// Deletes what Curbside keeps about a reader (`curbside forget`, and the browser's history and
/// bookmark lists). Deleted means the files are gone from disk, not emptied or hidden.
public struct Forgetting: Sendable {
    public enum Target: String, CaseIterable, Sendable {
        case history, questions, bookmarks, all
    }

    public let directories: UserDirectories
    public let cacheDirectory: URL

    public init(directories: UserDirectories = .standard(), cacheDirectory: URL = LibraryStartup.standardCacheDirectory()) {
        self.directories = directories
        self.cacheDirectory = cacheDirectory
    }

    var store: UserStateStore { UserStateStore(directories: directories) }

    /// One thing that would be deleted, with what it holds, for the confirmation.
    public struct Item: Sendable, Equatable {
        public var url: URL
        public var holds: String
    }

    /// What `target` names that exists now.
    public func items(_ target: Target) -> [Item] {
        let fm = FileManager.default
        func list(_ url: URL, _ noun: String, _ plural: String) -> [Item] {
            var items: [Item] = []
            if let data = fm.contents(atPath: url.path) {
                let count = (try? JSONDecoder().decode([String].self, from: data))?.count
                items.append(Item(url: url, holds: count.map { "\($0) \($0 == 1 ? noun : plural)" } ?? "an unreadable list"))
            }
            // Copies set aside when corrupt, and temporaries a crash left behind, hold the same.
            for name in leftovers(of: url) {
                items.append(Item(url: url.deletingLastPathComponent().appendingPathComponent(name), holds: "an old copy of this list"))
            }
            return items
        }
        switch target {
        case .history: return list(store.historyFile, "article read", "articles read")
        case .bookmarks: return list(store.bookmarksFile, "bookmark", "bookmarks")
        case .questions:
            var items = list(store.questionsFile, "past question", "past questions")
            let submitted = directories.submittedQuestions
            if fm.fileExists(atPath: submitted.path) {
                let count = ((try? fm.contentsOfDirectory(atPath: submitted.appendingPathComponent(JSONFileRepository.articlesFolder).path)) ?? [])
                    .filter { $0.hasSuffix(".json") }.count
                items.append(Item(url: submitted, holds: "\(count) submitted question\(count == 1 ? "" : "s")"))
            }
            // Which articles `ask` quoted (`ArticleAnalysisStore`) tells something of what was asked.
            let caches = ((try? fm.contentsOfDirectory(atPath: cacheDirectory.path)) ?? []).filter { $0.hasPrefix("analysis-") }.sorted()
            for name in caches {
                let folder = cacheDirectory.appendingPathComponent(name)
                let count = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.count
                items.append(Item(url: folder, holds: "what was read of \(count) article\(count == 1 ? "" : "s") your questions were answered from"))
            }
            return items
        case .all:
            let roots: [(URL, String)] = [(directories.config, "your persona"),
                                          (directories.state, "history and past questions"),
                                          (directories.data, "bookmarks and submitted questions"),
                                          (cacheDirectory, "caches of the libraries you opened")]
            return roots.filter { fm.fileExists(atPath: $0.0.path) }.map { Item(url: $0.0, holds: $0.1) }
        }
    }

    /// Names beside `url` that are old copies of it: `NAME.corrupt-TIME` and `.NAME.….tmp`.
    func leftovers(of url: URL) -> [String] {
        let name = url.lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
        return names.filter { $0.hasPrefix(name + ".corrupt-") || ($0.hasPrefix(".\(name).") && $0.hasSuffix(".tmp")) }.sorted()
    }

    /// Deletes everything `items(target)` lists (under the lock that writers take, so a save
    /// running at the same moment does not write a list back halfway). Returns what was deleted.
    @discardableResult
    public func forget(_ target: Target) throws -> [URL] {
        let items = items(target)
        for item in items {
            let lockDirectory = target == .all ? item.url : item.url.deletingLastPathComponent()
            let remove = {
                do { try FileManager.default.removeItem(at: item.url) } catch {
                    if FileManager.default.fileExists(atPath: item.url.path) {
                        throw LibraryError.writeFailed(item.url.path, (error as NSError).localizedDescription)
                    }
                }
            }
            if FileManager.default.fileExists(atPath: lockDirectory.appendingPathComponent(".lock").path) {
                try FileLock.withLock(lockDirectory.appendingPathComponent(".lock"), remove)
            } else {
                try remove()
            }
        }
        if target == .all {
            // The lock files were inside what was just removed; nothing of Curbside's is left.
            for root in [directories.config, directories.state, directories.data, cacheDirectory] {
                try? FileManager.default.removeItem(at: root)
            }
        }
        return items.map(\.url)
    }

    /// Deletes some entries of the history, bookmark or past-question list on disk (entries
    /// another process added stay); the file itself goes when nothing is left in it.
    public func forget(entries: Set<String>, from target: Target) throws {
        let url: URL
        switch target {
        case .history: url = store.historyFile
        case .bookmarks: url = store.bookmarksFile
        case .questions: url = store.questionsFile
        case .all: return
        }
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let access = store.access(url)
        try FileLock.withLock(url.deletingLastPathComponent().appendingPathComponent(".lock"), access: access) {
            var ignored: [String] = []
            let kept = (store.read([String].self, from: url, warnings: &ignored) ?? []).filter { !entries.contains($0) }
            if kept.isEmpty {
                try FileManager.default.removeItem(at: url)
            } else {
                try AtomicFile.write(try ArticleJSON.encode(kept), to: url, access: access)
            }
        }
    }
}
