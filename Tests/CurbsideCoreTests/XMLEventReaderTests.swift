import Foundation
import Testing
@testable import CurbsideCore

/// The strict XML reader behind `import medquad`: what it reads, and what it refuses with which line.
@Suite struct XMLEventReaderTests {
    static func events(_ text: String) throws(XMLEventReader.Failure) -> [XMLEventReader.Event] {
        var reader = try XMLEventReader(Data(text.utf8))
        var out: [XMLEventReader.Event] = []
        while let event = try reader.next() { out.append(event) }
        return out
    }

    /// The failure for a text, or nil when it reads.
    static func failure(_ text: String) -> XMLEventReader.Failure? {
        do { _ = try events(text); return nil } catch { return error }
    }

    @Test func readsElementsAttributesTextAndEmptyElements() throws {
        let got = try Self.events("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Doc id=\"7\" url='https://x.org/?a=1&amp;b=2'>\n <Focus>Gout</Focus><Empty/>\n</Doc>\n")
        #expect(got == [
            .start(name: "Doc", attributes: ["id": "7", "url": "https://x.org/?a=1&b=2"]),
            .text("\n "), .start(name: "Focus", attributes: [:]), .text("Gout"), .end(name: "Focus"),
            .start(name: "Empty", attributes: [:]), .end(name: "Empty"), .text("\n"), .end(name: "Doc"),
        ])
    }

    @Test func readsReferencesCDATACommentsAndLineEnds() throws {
        let got = try Self.events("\u{FEFF}<a><!-- a note --><b>5 &lt; 6 &amp;&amp; don&apos;t &quot;x&quot; &#233;&#x2014;</b><c><![CDATA[<raw> & ]]></c><d>one\r\ntwo\rthree</d></a>")
        #expect(got.contains(.text("5 < 6 && don't \"x\" é—")))
        #expect(got.contains(.text("<raw> & ")))
        #expect(got.contains(.text("one\ntwo\nthree")))
        #expect(!got.contains { if case .text(let t) = $0 { return t.contains("note") } else { return false } })
    }

    @Test func anAttributeValuesTabsAndLineEndsAreSpaces() throws {
        #expect(try Self.events("<a t=\"x\ty\nz\r\nw\"/>").first == .start(name: "a", attributes: ["t": "x y z w"]))
        // A line end written as a reference stays one; "]]>" is allowed in an attribute value.
        #expect(try Self.events("<a t=\"x&#10;y ]]>\"/>").first == .start(name: "a", attributes: ["t": "x\ny ]]>"]))
    }

    @Test func refusesWhatIsNotWellFormedWithItsLine() {
        let cases: [(text: String, line: Int, says: String)] = [
            ("<a>\n<b>\n</a>", 3, "</a> where </b> was expected"),
            ("<a>\n<b>text", 2, "the file ends inside <b>"),
            ("<a>x &nbsp; y</a>", 1, "unknown reference &nbsp;"),
            ("<a>fish & chips</a>", 1, "'&' that starts no reference"),
            ("<a>&#0;</a>", 1, "unknown reference &#0;"),
            ("<a x=1/>", 1, "is not quoted"),
            ("<a x=\"1\" x=\"2\"/>", 1, "attribute x twice"),
            ("<a x=\"1\"y=\"2\"/>", 1, "separated by space"),
            ("<a x=\"<\"/>", 1, "'<' inside attribute"),
            ("<a/><b/>", 1, "a second root element <b>"),
            ("<a/>\ntrailing", 2, "text outside the root element"),
            ("</a>", 1, "</a> closes no element"),
            ("<a>\n<!-- a -- b --></a>", 2, "'--' inside a comment"),
            ("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", 1, "document type declarations are not read"),
            ("<a>\n<?pi?></a>", 2, "unexpected processing instruction"),
            ("<?xml?>\n<a/>", 1, "unexpected processing instruction"),
            ("<a>\u{1}</a>", 1, "a control character"),
            ("<a>x ]]> y</a>", 1, "']]>' in text"),
            ("", 1, "no root element"),
            ("<1a/>", 1, "a tag without a proper name"),
        ]
        for c in cases {
            let failure = Self.failure(c.text)
            #expect(failure?.message.contains(c.says) == true, "\(c.text.debugDescription): \(String(describing: failure))")
            #expect(failure?.line == c.line, "\(c.text.debugDescription): line \(String(describing: failure?.line))")
        }
    }

    @Test func refusesTextThatIsNotUTF8WithTheLineOfTheBadByte() {
        var data = Data("<a>\nok\n".utf8)
        data.append(contentsOf: [0xFF, 0xFE])
        data.append(contentsOf: Array("</a>".utf8))
        do {
            _ = try XMLEventReader(data)
            Issue.record("bytes that are not UTF-8 were read")
        } catch {
            #expect(error.message == "not UTF-8 text" && error.line == 3)
        }
    }

    /// Bytes cut at every place of a MedQuAD fixture never crash the reader: each prefix either reads or fails.
    @Test func everyPrefixOfARealFileReadsOrFails() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/medquad/standard.xml").standardizedFileURL
        let bytes = try Data(contentsOf: url)
        var failures = 0
        for end in stride(from: 0, to: bytes.count, by: 7) {
            do {
                var reader = try XMLEventReader(bytes.prefix(end))
                while try reader.next() != nil {}
            } catch { failures += 1 }
        }
        #expect(failures > 0)
        var whole = try XMLEventReader(bytes)
        while try whole.next() != nil {}
    }
}
