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

    public func matches(_ question: String) -> Bool {
        let text = question.replacingOccurrences(of: "’", with: "'")
        return patterns.contains { pattern in
            // As `text.range(of: pattern, options: [.regularExpression, .caseInsensitive])`, compiled once.
            Patterns.matches(pattern, in: text, caseInsensitive: true)
        }
    }

    /// Patterns that are not valid regular expressions (validate reports them).
    public var invalidPatterns: [String] {
        patterns.filter { (try? NSRegularExpression(pattern: $0)) == nil }
    }
}

struct RedFlagFile: Codable, Equatable { var redFlags: [RedFlag] }
