import Foundation
import Testing
@testable import CurbsideCore

/// Broken escapes in a library file are read, never a crash: a high surrogate followed by
/// another high one (what the fuzzer found, `\uDADA\uDADA`) gives two replacement characters,
/// and a proper pair still gives its one character.
@Suite struct JSONDocumentTests {
    @Test func aHighSurrogateWithoutItsLowOneIsAReplacementCharacter() {
        #expect(JSONDocument.parse(Data(#""a\uDADA\uDADAb""#.utf8)) == .string("a\u{FFFD}\u{FFFD}b"))
        #expect(JSONDocument.parse(Data(#""\uD83D\uDE00""#.utf8)) == .string("😀"))
        #expect(JSONDocument.parse(Data(#""\uD83Dx""#.utf8)) == .string("\u{FFFD}x"))
    }
}
