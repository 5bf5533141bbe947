import Foundation
import Synchronization

/// Regular expressions compiled when first used and kept for the process, and cheaper checks
/// that give exactly what a pattern would.
///
/// `String.range(of:options: .regularExpression)` compiles through a cache of its own, but builds
/// that cache's key by printing the options (a reflection walk through the runtime's conformance
/// records), which costs more than matching a short text: composing one answer called it for every
/// sentence of three articles. These give the same answers: `matches(_:in:)` is that call's
/// expression (the same pattern and options) compiled once; `hasWord(startingWith:in:)` decides
/// the common case of `"\\b" + escaped word` on bytes and asks the expression otherwise.
enum Patterns {
    private static let compiledPatterns = Mutex<[String: NSRegularExpression]>([:])

    private static let literalsOfPatterns = Mutex<[String: [[UInt8]]?]>([:])

    /// `RequiredLiterals.of(pattern)`, read once per process.
    static func requiredLiterals(_ pattern: String) -> [[UInt8]]? {
        if let known = literalsOfPatterns.withLock({ $0[pattern] }) { return known }
        let literals = RequiredLiterals.bytes(of: pattern)
        literalsOfPatterns.withLock { $0[pattern] = .some(literals) }
        return literals
    }

    /// The expression for `pattern`, compiled once per process; nil when it does not compile.
    static func compiled(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression? {
        let key = (caseInsensitive ? "i " : "- ") + pattern
        if let known = compiledPatterns.withLock({ $0[key] }) { return known }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else { return nil }
        compiledPatterns.withLock { $0[key] = regex }
        return regex
    }

    /// Exactly `text.range(of: pattern, options: .regularExpression) != nil` (with
    /// `.caseInsensitive` added when asked): Foundation compiles the pattern with the same
    /// options and takes the first match in the whole text.
    /// (A text that holds none of the pattern's required strings cannot match: it is not compiled for it.)
    static func matches(_ pattern: String, in text: String, caseInsensitive: Bool = false) -> Bool {
        guard RequiredLiterals.mayMatch(requiredLiterals(pattern), text), let regex = compiled(pattern, caseInsensitive: caseInsensitive) else { return false }
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// Whether `word` stands in `text` at the start of a word: exactly
    /// `text.range(of: "\\b" + NSRegularExpression.escapedPattern(for: word), options: .regularExpression) != nil`.
    ///
    /// For a word of ASCII letters, digits and `_` (every analysed term but concepts), each place
    /// the word's bytes occur is a match when it opens the text or follows an ASCII byte that is
    /// not one of those (ICU's `\b`: a change between a word character and another; ASCII holds no
    /// combining marks, which ICU would skip). A place after a non-ASCII character is left to the
    /// expression, as is any other word.
    static func hasWord(startingWith word: String, in text: String) -> Bool {
        let pattern = { "\\b" + NSRegularExpression.escapedPattern(for: word) }
        let needle = Array(word.utf8)
        guard let first = needle.first, needle.allSatisfy(isASCIIWordByte) else { return matches(pattern(), in: text) }
        var text = text
        let decided: Bool? = text.withUTF8 { bytes -> Bool? in
            guard bytes.count >= needle.count else { return false }
            var at = 0
            let last = bytes.count - needle.count
            while at <= last {
                if bytes[at] == first && (1..<needle.count).allSatisfy({ bytes[at + $0] == needle[$0] }) {
                    if at == 0 { return true }
                    let before = bytes[at - 1]
                    if before >= 0x80 { return nil }
                    if !isASCIIWordByte(before) { return true }
                }
                at += 1
            }
            return false
        }
        return decided ?? matches(pattern(), in: text)
    }

    /// ASCII letters, digits and `_`: the ASCII members of ICU's word characters
    /// (`\p{Alphabetic}\p{M}\p{Nd}\p{Pc}` and the two joiners).
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }
}
