import Foundation

/// Whether an environment variable is set: `ProcessInfo.processInfo.environment[name] != nil`
/// without building the whole environment as a dictionary (each answer asked three times).
func environmentHas(_ name: String) -> Bool { getenv(name) != nil }

extension CitationMarkers {
    /// Exactly `stripped(text).contains(where: \.isNumber)`. Stripping only takes markers and
    /// spaces away, so it leaves no number where the text had none; an ASCII text without a digit
    /// has none (no other ASCII character has a numeric type).
    static func holdsNumberOutsideMarkers(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x30 && $0 <= 0x39) }) { return false }
        return stripped(text).contains(where: \.isNumber)
    }
}
