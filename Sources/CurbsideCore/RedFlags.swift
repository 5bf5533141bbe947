import CurbsidePatterns
import Foundation

/// An emergency sign the library's editors list (red-flags.json): when a question names it, the
/// urgent-care line is shown first, confident or not, for every reader. Each sign is a list of
/// patterns (case-insensitive regular expressions); a question matches when any pattern does.
public struct RedFlag: Codable, Equatable, Sendable {
    public var id: String
    public var patterns: [String]
    public var line: String

    public init(id: String, patterns: [String], line: String) {
        self.id = id; self.patterns = patterns; self.line = line
    }

    /// (A sign the reader says they do not have, "no headache or chest pain, feel ok", is not one.)
    public func matches(_ question: String) -> Bool {
        let text = QuestionUnderstander.withoutDeniedSigns(question.replacingOccurrences(of: "’", with: "'"))
        return patterns.contains { pattern in
            // A case-insensitive `TextPattern` (ICU's dialect), compiled once.
            Patterns.matches(pattern, in: text, caseInsensitive: true)
        }
    }

    /// Patterns that are not regular expressions `TextPattern` reads (validate reports them).
    public var invalidPatterns: [String] {
        patterns.filter { (try? TextPattern($0)) == nil }
    }
}

struct RedFlagFile: Codable, Equatable { var redFlags: [RedFlag] }
