import Foundation
import Testing
@testable import CurbsideCore

/// Long work (reading every article, building the index) tells the command line how far it is,
/// from every worker thread, so a progress bar can be drawn.
@Suite struct ProgressTests {
    /// Every report, in the order received.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [(done: Int, total: Int)] = []
        var values: [(done: Int, total: Int)] { lock.withLock { list } }
        var report: ProgressReport { { done, total in self.lock.withLock { self.list.append((done, total)) } } }
    }

    func checkRunsToCompletion(_ reports: [(done: Int, total: Int)], total: Int) {
        #expect(reports.first?.done == 0, "the total is known at once")
        #expect(reports.allSatisfy { $0.total == total })
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.done <= $1.done }, "never goes back")
        #expect(reports.last?.done == total)
        #expect(reports.count >= 2)
    }

    @Test func loadingReportsEveryArticleFileIncludingBrokenOnes() throws {
        let lib = try LibraryFixture()
        for i in 0..<150 { try lib.writeArticle(LibraryFixture.article("a\(i)")) }
        try lib.write("articles/broken.json", "{ not json")
        let reports = Reports()
        let library = JSONFileRepository(directory: lib.root).load(progress: reports.report)
        #expect(library.articles.count == 150)
        checkRunsToCompletion(reports.values, total: 151)
    }

    @Test(arguments: [1, 3])
    func indexingReportsEveryArticle(parts: Int) throws {
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        let reports = Reports()
        _ = SearchIndex(articles: library.articles, glossary: library.glossary, parts: parts, progress: reports.report)
        checkRunsToCompletion(reports.values, total: library.articles.count)
    }
}
