import Foundation
import Testing
@testable import CurbsideCore

/// The reader's own files: atomic, set aside when corrupt, merged when two processes write.
@Suite struct UserStateTests {
    static func store() throws -> (UserStateStore, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-state-\(UUID().uuidString)")
        let dirs = UserDirectories(config: root.appendingPathComponent("config"), state: root.appendingPathComponent("state"), data: root.appendingPathComponent("data"))
        return (UserStateStore(directories: dirs), root)
    }

    @Test func corruptFilesAreMovedAsideAndDefaultsUsed() throws {
        let (store, root) = try Self.store()
        defer { try? FileManager.default.removeItem(at: root) }
        try store.saveBookmarks(["a", "b"], previous: [])
        try store.savePersona("nurse")
        try Data("{\"persona\": ".utf8).write(to: store.configFile)
        try Data([0xFF, 0x00, 0x13]).write(to: store.bookmarksFile)
        let snapshot = store.load()
        #expect(snapshot.persona == nil)
        #expect(snapshot.bookmarks.isEmpty)
        #expect(snapshot.warnings.count == 2)
        #expect(snapshot.warnings.allSatisfy { $0.contains("was unreadable; moved it to") })
        let aside = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("data").path).filter { $0.contains(".corrupt-") }
        #expect(aside.count == 1, "the corrupt bookmarks file is kept for the reader, not deleted")
        #expect(FileManager.default.fileExists(atPath: store.bookmarksFile.path) == false)
        // The next run starts clean and saves normally.
        try store.saveBookmarks(["c"], previous: [])
        #expect(store.load().bookmarks == ["c"])
    }

    @Test func mergeKeepsBothWritersChanges() {
        #expect(UserStateStore.merged(["a1"], previous: [], disk: ["b1"]) == ["a1", "b1"])
        #expect(UserStateStore.merged([], previous: ["a1"], disk: ["b1", "a1"]) == ["b1"])
        #expect(UserStateStore.merged(["x", "a"], previous: ["a", "x"], disk: ["a", "x", "new"]) == ["x", "a", "new"])
    }

    /// Two writers, each with its own store and open file descriptions (flock locks between them
    /// as between processes), bookmarking 100 articles each at the same time.
    @Test func twoWritersAtOnceLoseNothing() async throws {
        let (store, root) = try Self.store()
        defer { try? FileManager.default.removeItem(at: root) }
        let other = UserStateStore(directories: store.directories)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (writer, s) in [("a", store), ("b", other)] {
                group.addTask {
                    var mine: [String] = []
                    for i in 0..<100 {
                        let previous = mine
                        mine.insert("\(writer)\(i)", at: 0)
                        try s.saveBookmarks(mine, previous: previous)
                        try s.saveHistory(mine, previous: previous)
                    }
                }
            }
            try await group.waitForAll()
        }
        let snapshot = store.load()
        #expect(snapshot.warnings.isEmpty)
        #expect(Set(snapshot.bookmarks).count == 200)
        #expect(Set(snapshot.history).count == 200)
    }
}
