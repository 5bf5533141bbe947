import CurbsidePatterns
import Foundation
import Synchronization

/// Regular expressions (`TextPattern`) compiled when first used and kept for the process, and
/// cheaper checks that give exactly what a pattern would.
///
/// Pattern texts written inline (`matches(_:in:)`, `firstRange`) are compiled once here: before,
/// `String.range(of:options: .regularExpression)` built its cache key by printing the options (a
/// reflection walk through the runtime's conformance records), which cost more than matching a
/// short text. `hasWord(startingWith:in:)` decides the common case of `"\\b" + escaped word` on
/// bytes and asks the expression otherwise.
enum Patterns {
    private static let compiledPatterns = Mutex<[String: TextPattern]>([:])

    private static let literalsOfPatterns = Mutex<[String: [[UInt8]]?]>([:])

    /// `RequiredLiterals.of(pattern)`, read once per process.
    static func requiredLiterals(_ pattern: String) -> [[UInt8]]? {
        if let known = literalsOfPatterns.withLock({ $0[pattern] }) { return known }
        let literals = RequiredLiterals.bytes(of: pattern)
        literalsOfPatterns.withLock { $0[pattern] = .some(literals) }
        return literals
    }

    /// The expression for `pattern`, compiled once per process; nil when it does not compile.
    static func compiled(_ pattern: String, caseInsensitive: Bool = false) -> TextPattern? {
        let key = (caseInsensitive ? "i " : "- ") + pattern
        if let known = compiledPatterns.withLock({ $0[key] }) { return known }
        guard let regex = try? TextPattern(pattern, options: caseInsensitive ? [.caseInsensitive] : []) else { return nil }
        compiledPatterns.withLock { $0[key] = regex }
        return regex
    }

    /// Whether `pattern` matches anywhere in `text` (ignoring case when asked).
    /// (A text that holds none of the pattern's required strings cannot match: it is not compiled for it.)
    static func matches(_ pattern: String, in text: String, caseInsensitive: Bool = false) -> Bool {
        guard RequiredLiterals.mayMatch(requiredLiterals(pattern), text), let regex = compiled(pattern, caseInsensitive: caseInsensitive) else { return false }
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// The first match of `pattern` in `text`, as a range of its indices.
    static func firstRange<S: StringProtocol>(_ pattern: String, in text: S, caseInsensitive: Bool = false) -> Range<String.Index>? {
        let whole = String(text)
        guard RequiredLiterals.mayMatch(requiredLiterals(pattern), whole), let regex = compiled(pattern, caseInsensitive: caseInsensitive),
              let m = regex.firstMatch(in: whole, range: NSRange(location: 0, length: whole.utf16.count)) else { return nil }
        let start = text.utf16.index(text.startIndex, offsetBy: m.range.location)
        return start..<text.utf16.index(start, offsetBy: m.range.length)
    }

    /// The text of group 1 of every match of `pattern` in `text`.
    static func captures(_ pattern: String, in text: String) -> [String] {
        guard RequiredLiterals.mayMatch(requiredLiterals(pattern), text), let regex = compiled(pattern) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text).compactMap { m in m.range(at: 1).location == NSNotFound ? nil : ns.substring(with: m.range(at: 1)) }
    }

    /// `text` with every match of `pattern` replaced by `replacement` (taken as it is).
    static func replacing(_ pattern: String, in text: String, with replacement: String) -> String {
        guard RequiredLiterals.mayMatch(requiredLiterals(pattern), text), let regex = compiled(pattern) else { return text }
        return regex.replacingMatches(in: text, range: NSRange(location: 0, length: text.utf16.count), with: replacement)
    }

    /// Whether `word` stands in `text` at the start of a word: exactly
    /// `matches("\\b" + TextPattern.escaped(word), in: text)`.
    ///
    /// For a word of ASCII letters, digits and `_` (every analysed term but concepts), each place
    /// the word's bytes occur is a match when it opens the text or follows an ASCII byte that is
    /// not one of those (ICU's `\b`: a change between a word character and another; ASCII holds no
    /// combining marks, which ICU would skip). A place after a non-ASCII character is left to the
    /// expression, as is any other word.
    static func hasWord(startingWith word: String, in text: String) -> Bool {
        let pattern = { "\\b" + TextPattern.escaped(word) }
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
