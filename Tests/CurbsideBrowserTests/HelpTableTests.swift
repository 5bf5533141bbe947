import Foundation
import Testing
@testable import CurbsideBrowser

/// The README's key table and the help screen come from the same bindings.
@Suite struct HelpTableTests {
    /// README's key section is the generated tables, word for word
    /// (CURBSIDE_UPDATE_README=1 writes them after a deliberate change).
    @Test func readmeKeyTablesAreGeneratedFromTheBindings() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        var readme = try String(contentsOf: url, encoding: .utf8)
        let start = "<!-- keys: generated from Keymap.bindings -->\n", end = "<!-- end of keys -->"
        let from = try #require(readme.range(of: start)), to = try #require(readme.range(of: end))
        if ProcessInfo.processInfo.environment["CURBSIDE_UPDATE_README"] == "1" {
            readme.replaceSubrange(from.upperBound..<to.lowerBound, with: Keymap.readmeTable)
            try readme.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(readme[from.upperBound..<to.lowerBound]) == Keymap.readmeTable)
        for binding in Keymap.bindings where binding.keys != Keymap.digits {
            let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
            #expect(readme.contains("| \(keys) | \(binding.help) | "), "README lacks: | \(keys) | \(binding.help) |")
        }
    }

    @Test func everyActionHasABindingAndNoKeyIsBoundTwiceInAContext() {
        #expect(Set(Keymap.bindings.map(\.action)) == Set(Action.allCases))
        for context in Context.allCases {
            let keys = Keymap.bindings.filter { $0.contexts.contains(context) }.flatMap(\.keys)
            #expect(keys.count == Set(keys).count, "a key is bound twice in \(context)")
        }
    }

    /// The footer hints and the help overlay name keys that really do what they say.
    @Test func footerHintsUseTheBoundKeys() {
        #expect(Keymap.footer(for: .library).hasPrefix("j/k move · Enter open · / filter · f ask"))
        #expect(Keymap.footer(for: .list).hasPrefix("j/k select · Enter open · d delete"))
        #expect(Keymap.footer(for: .answer).contains("s submit"))
        let help = HelpOverlay.entries(for: .article, glyphs: .unicode).map { $0.0 + " " + $0.1 }
        #expect(help.contains("Ctrl-D half a page down"))
        #expect(help.contains("] next section"))
        #expect(help.contains { $0.hasPrefix("In prompts") && $0.contains("Ctrl-K delete to the end of the line") })
    }
}
