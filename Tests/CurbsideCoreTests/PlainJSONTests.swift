import Foundation
import Testing
@testable import CurbsideCore

/// The plain-form article reader gives exactly what `JSONDecoder` gives, and leaves every other
/// form to it.
@Suite struct PlainJSONTests {
    static func decoded(_ text: String) -> Article? { try? JSONDecoder().decode(Article.self, from: Data(text.utf8)) }

    @Test func everyBundledArticleReadsTheSameBothWays() throws {
        let folder = BundledLibraryTests.data.appendingPathComponent("articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 40)
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let fast = PlainJSON.decoded(Article.self, from: data)
            #expect(fast != nil, "\(file) is not read in the plain form")
            #expect(fast == (try JSONDecoder().decode(Article.self, from: data)), "\(file)")
        }
    }

    /// library.json, personas.json and red-flags.json read the same both ways, and an odd form
    /// (a wrong type, a key twice, an escape) is left to the decoder.
    @Test func theBundledLibraryFilesReadTheSameBothWays() throws {
        func check<T: Decodable & Equatable>(_ type: T.Type, _ name: String) throws {
            let data = try Data(contentsOf: BundledLibraryTests.data.appendingPathComponent(name))
            let fast = PlainJSON.decoded(T.self, from: data)
            #expect(fast != nil, "\(name) is not read in the plain form")
            #expect(fast == (try JSONDecoder().decode(T.self, from: data)), "\(name)")
        }
        try check(LibraryInfo.self, "library.json")
        try check(PersonaFile.self, "personas.json")
        try check(RedFlagFile.self, "red-flags.json")
        #expect(PlainJSON.decoded(GlossaryFile.self, from: Data("{}".utf8)) == nil)
        let personas = #"{"personas": [{"id": "p", "label": "P", "description": "D", "audience": "lay", "reading": {"lead": {"title": "T", "words": ["w"], "limit": 3}, "definitions": true}}]}"#
        #expect(PlainJSON.decoded(PersonaFile.self, from: Data(personas.utf8)) == (try JSONDecoder().decode(PersonaFile.self, from: Data(personas.utf8))))
        for odd in [personas.replacingOccurrences(of: "\"limit\": 3", with: "\"limit\": \"3\""),
                    personas.replacingOccurrences(of: "\"definitions\": true", with: "\"definitions\": 1"),
                    personas.replacingOccurrences(of: "\"lay\"", with: "\"layperson\""),
                    personas.replacingOccurrences(of: "\"id\": \"p\",", with: "\"id\": \"p\", \"id\": \"q\",")] {
            #expect(PlainJSON.decoded(PersonaFile.self, from: Data(odd.utf8)) == nil, "\(odd)")
        }
        let flags = #"{"redFlags": [{"id": "x", "patterns": ["\\bchest pain\\b"], "line": "Call now."}]}"#
        #expect(PlainJSON.decoded(RedFlagFile.self, from: Data(flags.utf8)) == (try JSONDecoder().decode(RedFlagFile.self, from: Data(flags.utf8))))
        #expect(PlainJSON.decoded(LibraryInfo.self, from: Data(#"{"title": "T", "reviewedBy": "R"}"#.utf8)) == nil)
    }

    static let plain = #"""
    {"id": "a", "question": "Q?", "specialty": "s", "status": "approved", "lastUpdated": "2024-01-01",
     "summary": {"lay": "L \"quoted\" \\ back", "clinical": null},
     "sections": {"guidelines": {"paragraphs": ["P [1]."]}, "research": {"groups": [{"heading": "H", "bullets": ["B"]}]}},
     "references": [{"kind": "guideline", "title": "T", "source": "S", "year": 2020, "url": null}],
     "reviewHistory": [{"status": "approved", "by": "x", "at": "2024-01-02"}], "extra": [1, -2, true, false, null]}
    """#

    @Test func thePlainFormReadsTheSame() throws {
        let fast = try #require(PlainJSON.decoded(Article.self, from: Data(Self.plain.utf8)))
        #expect(fast == Self.decoded(Self.plain))
        #expect(fast.summary.lay == #"L "quoted" \ back"#)
        // Imported NIH pages held as research are read as health information, as the decoder does.
        let imported = Self.plain.replacingOccurrences(of: #""source": "S""#, with: #""source": "NIH, in the MedQuAD collection""#)
        #expect(PlainJSON.decoded(Article.self, from: Data(imported.utf8))?.sections.healthInformation != nil)
        #expect(PlainJSON.decoded(Article.self, from: Data(imported.utf8)) == Self.decoded(imported))
    }

    @Test func otherFormsAreLeftToTheDecoder() {
        let variants = [
            Self.plain.replacingOccurrences(of: #""Q?""#, with: #""Q\u00e9?""#),            // a \u escape
            Self.plain.replacingOccurrences(of: #""Q?""#, with: "\"Q\t?\""),                  // a raw tab in a string
            Self.plain.replacingOccurrences(of: #""Q?""#, with: #""Q\x?""#),                 // not an escape
            Self.plain.replacingOccurrences(of: "2020", with: "02020"),                      // a leading zero
            Self.plain.replacingOccurrences(of: "2020", with: "2020.0"),
            Self.plain.replacingOccurrences(of: "-2", with: "+2"),
            Self.plain.replacingOccurrences(of: #""id": "a","#, with: #""id": "a", "id": "b","#),   // a key twice
            Self.plain.replacingOccurrences(of: #""id": "a","#, with: ""),                   // a required field missing
            Self.plain.replacingOccurrences(of: #""id": "a""#, with: #""id": 7"#),            // a wrong type
            Self.plain.replacingOccurrences(of: #""approved", "lastUpdated""#, with: #""done", "lastUpdated""#),
            Self.plain.replacingOccurrences(of: #"{"heading": "H", "#, with: "{"),             // a group without its heading
            "\u{FEFF}" + Self.plain,
            String(Self.plain.dropLast()),
        ]
        for text in variants {
            #expect(PlainJSON.decoded(Article.self, from: Data(text.utf8)) == nil, "\(text.prefix(120))")
        }
        // Invalid UTF-8 is the decoder's to report.
        var bytes = Array(Self.plain.utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "Q"))!] = 0xFF
        #expect(PlainJSON.decoded(Article.self, from: Data(bytes)) == nil)
    }
}
