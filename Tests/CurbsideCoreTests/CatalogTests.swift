import Foundation
import Testing
@testable import CurbsideCore

@Suite struct CatalogTests {
    @Test func outlineComesFromACurrentCacheOnly() throws {
        let lib = try LibraryFixture()
        for id in ["a1", "a2", "a3"] { try lib.writeArticle(LibraryFixture.article(id)) }
        let cache = lib.root.appendingPathComponent("cache")
        let startup = LibraryStartup(repository: lib.repository, cacheDirectory: cache)
        #expect(startup.outline() == nil) // no cache yet

        let full = startup.full()
        #expect(!full.isOutline)
        let outline = try #require(startup.outline())
        #expect(outline.isOutline)
        #expect(outline.articles.map(\.id) == full.articles.map(\.id))
        #expect(outline.articles.map(\.question) == full.articles.map(\.question))
        #expect(outline.articles.allSatisfy { $0.sections.isEmpty }) // bodies are not in the catalog
        #expect(outline.personas == full.personas)

        // Adding an article makes the cache stale: the next start loads everything again.
        Thread.sleep(forTimeInterval: 0.01)
        try lib.writeArticle(LibraryFixture.article("a4"))
        #expect(startup.outline() == nil)
        _ = startup.full()
        #expect(startup.outline()?.articles.count == 4)

        // A corrupt cache is ignored, never fatal.
        try Data("not json".utf8).write(to: startup.cacheFile)
        #expect(startup.outline() == nil)
    }
}
