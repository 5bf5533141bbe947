import Foundation
import Testing
@testable import CurbsideBrowser

/// The README's key table and the help screen come from the same bindings.
@Suite struct HelpTableTests {
    @Test func readmeListsEveryBindingExactly() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md"), encoding: .utf8)
        for binding in Keymap.bindings {
            let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
            #expect(readme.contains("| \(keys) | \(binding.help) |"), "README lacks: | \(keys) | \(binding.help) |")
        }
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == Keymap.bindings.count, "README has key rows that are not bindings")
    }

    @Test func everyActionHasABindingAndNoKeyIsBoundTwiceOnAScreen() {
        #expect(Set(Keymap.bindings.map(\.action)) == Set(Action.allCases))
        for screen in [ScreenKind.library, .page] {
            let keys = Keymap.bindings.filter { $0.screens.contains(screen) }.flatMap(\.keys)
            #expect(keys.count == Set(keys).count, "a key is bound twice on \(screen)")
        }
    }
}
