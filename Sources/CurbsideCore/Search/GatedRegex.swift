import CurbsidePatterns
import Foundation
import Synchronization

/// A regular expression compiled the first time a text may match it: a text that holds none of
/// the pattern's required strings (`RequiredLiterals`) gets no match without compiling or running
/// it. The answers are the expression's own.
final class GatedRegex: Sendable {
    let pattern: String
    let options: TextPattern.Options
    let literals: [[UInt8]]?
    private let compiled = Mutex<TextPattern?>(nil)

    init(_ pattern: String, options: TextPattern.Options = []) {
        self.pattern = pattern
        self.options = options
        literals = RequiredLiterals.bytes(of: pattern)
    }

    /// The expression itself (compiled once).
    var regex: TextPattern {
        if let known = compiled.withLock({ $0 }) { return known }
        let regex = try! TextPattern(pattern, options: options)
        compiled.withLock { $0 = regex }
        return regex
    }

    func mayMatch(_ text: String) -> Bool { RequiredLiterals.mayMatch(literals, text) }

    func firstMatch(in text: String, range: NSRange) -> TextPattern.Match? {
        mayMatch(text) ? regex.firstMatch(in: text, range: range) : nil
    }

    func matches(in text: String, range: NSRange) -> [TextPattern.Match] {
        mayMatch(text) ? regex.matches(in: text, range: range) : []
    }
}
