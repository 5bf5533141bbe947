import Foundation

/// Whether an environment variable is set: `ProcessInfo.processInfo.environment[name] != nil`
/// without building the whole environment as a dictionary (each answer asked three times).
func environmentHas(_ name: String) -> Bool { getenv(name) != nil }

extension CitationMarkers {
    /// Exactly `stripped(text).contains(where: \.isNumber)`. Stripping only takes markers and
    /// spaces away, so it leaves no number where the text had none; an ASCII text without a digit
    /// has none (no other ASCII character has a numeric type).
    /// In an ASCII text the numbers are its digits (a "\r\n" pair, the one character of two
    /// bytes, is not a number), so a digit outside every marker is what is looked for.
    static func holdsNumberOutsideMarkers(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return stripped(text).contains(where: \.isNumber) }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        guard text.utf8.contains(where: isDigit) else { return false }
        var from = text.startIndex
        for marker in markers(in: text) {
            if text.utf8[from..<marker.range.lowerBound].contains(where: isDigit) { return true }
            from = marker.range.upperBound
        }
        return text.utf8[from...].contains(where: isDigit)
    }
}
