import Foundation
import Testing
@testable import CurbsideCore

/// The plain-form article reader gives exactly what `JSONDecoder` gives, and leaves every other
/// form to it.
@Suite struct ArticleFastDecodingTests {
    static func decoded(_ text: String) -> Article? { try? JSONDecoder().decode(Article.self, from: Data(text.utf8)) }

    @Test func everyBundledArticleReadsTheSameBothWays() throws {
        let folder = BundledLibraryTests.data.appendingPathComponent("articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 40)
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let fast = Article.fastDecoded(data)
            #expect(fast != nil, "\(file) is not read in the plain form")
            #expect(fast == (try JSONDecoder().decode(Article.self, from: data)), "\(file)")
        }
    }

    static let plain = #"""
    {"id": "a", "question": "Q?", "specialty": "s", "status": "approved", "lastUpdated": "2024-01-01",
     "summary": {"lay": "L \"quoted\" \\ back", "clinical": null},
     "sections": {"guidelines": {"paragraphs": ["P [1]."]}, "research": {"groups": [{"heading": "H", "bullets": ["B"]}]}},
     "references": [{"kind": "guideline", "title": "T", "source": "S", "year": 2020, "url": null}],
     "reviewHistory": [{"status": "approved", "by": "x", "at": "2024-01-02"}], "extra": [1, -2, true, false, null]}
    """#

    @Test func thePlainFormReadsTheSame() throws {
        let fast = try #require(Article.fastDecoded(Data(Self.plain.utf8)))
        #expect(fast == Self.decoded(Self.plain))
        #expect(fast.summary.lay == #"L "quoted" \ back"#)
        // Imported NIH pages held as research are read as health information, as the decoder does.
        let imported = Self.plain.replacingOccurrences(of: #""source": "S""#, with: #""source": "NIH, in the MedQuAD collection""#)
        #expect(Article.fastDecoded(Data(imported.utf8))?.sections.healthInformation != nil)
        #expect(Article.fastDecoded(Data(imported.utf8)) == Self.decoded(imported))
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
            #expect(Article.fastDecoded(Data(text.utf8)) == nil, "\(text.prefix(120))")
        }
        // Invalid UTF-8 is the decoder's to report.
        var bytes = Array(Self.plain.utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "Q"))!] = 0xFF
        #expect(Article.fastDecoded(Data(bytes)) == nil)
    }
}
