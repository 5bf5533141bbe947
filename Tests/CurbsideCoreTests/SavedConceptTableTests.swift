import Foundation
import Testing
@testable import CurbsideCore

/// The glossary's concept table as saved in the index file is read where it lies: nothing is
/// decoded at open, and every look-up answers exactly as the built table does.
@Suite struct SavedConceptTableTests {
    static let library = JSONFileRepository(directory: BundledLibraryTests.data).load()

    func builtAndSaved() throws -> (built: SearchIndex, saved: SearchIndex, bytes: Data) {
        let built = SearchIndex(articles: Self.library.articles, glossary: Self.library.glossary)
        let bytes = built.encoded(fingerprint: "f", library: Self.library)
        return (built, try #require(SearchIndex.load(bytes: bytes, fingerprint: "f", glossary: [])), bytes)
    }

    @Test func savedTableLooksUpExactlyLikeTheBuiltOne() throws {
        let (built, saved, _) = try builtAndSaved()
        let table = built.concepts, read = saved.concepts
        #expect(read.saved != nil && read.phrasesByFirst.isEmpty && read.names.isEmpty && read.ancestors.isEmpty)
        #expect(table.phrasesByFirst.count > 100 && table.names.count > 100 && !table.ancestors.isEmpty && !table.signs.isEmpty)
        for (first, list) in table.phrasesByFirst {
            let found = try #require(read.phrases(startingWith: first), "\(first)")
            #expect(found.map(\.terms) == list.map(\.terms) && found.map(\.concept) == list.map(\.concept), "\(first)")
            #expect(read.phrases(startingWith: first + "zz") == nil) // a near miss in byte order
        }
        for term in ["", "zzzz", "a", "\u{10FFFF}", "§0"] { #expect(read.phrases(startingWith: term) == nil, "\(term)") }
        for concept in Set(table.names.keys).union(table.ancestors.keys).union(table.spellings.keys) {
            #expect(read.name(of: concept) == table.name(of: concept) && read.spellings(of: concept) == table.spellings(of: concept)
                    && read.ancestors(of: concept) == table.ancestors(of: concept) && read.signs(of: concept) == table.signs(of: concept), "\(concept)")
        }
        for concept in ["§", "§-1", "§01", "§\(table.names.count)", "x", ""] {
            #expect(read.name(of: concept) == nil && read.ancestors(of: concept) == nil && read.signs(of: concept) == nil && read.spellings(of: concept) == nil, "\(concept)")
        }
        // Expansion, grouping and the whole table decoded again are the same.
        for text in ["DEXA scan for osteoporosis", "bone density scan after warfarin", "nothing known here"] {
            let terms = built.analyzer.terms(text)
            #expect(read.expand(terms) == table.expand(terms) && read.expand(terms, broader: false) == table.expand(terms, broader: false))
        }
        #expect(read.encoded == table.encoded && read.materialized.phrasesByFirst.count == table.phrasesByFirst.count)
        #expect(!saved.isDamaged)
    }

    /// A damaged byte in a concept's lines is found when the index is opened (the section is
    /// checked whole, as it is small): the saved index is not used, and is rebuilt.
    @Test func aDamagedConceptLineIsNeverUsed() throws {
        let (built, _, bytes) = try builtAndSaved()
        let concept = try #require(built.concepts.names.keys.first { built.concepts.name(of: $0)?.isEmpty == false })
        var damaged = bytes
        let line = try #require(damaged.range(of: Data("N\t\(concept)\t".utf8)))
        damaged[line.upperBound] ^= 0x20
        #expect(SearchIndex.load(bytes: damaged, fingerprint: "f", glossary: []) == nil)
        #expect(SearchIndex.load(bytes: bytes, fingerprint: "f", glossary: [])?.conceptName(concept) == built.conceptName(concept))
    }
}
