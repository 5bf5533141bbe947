import Foundation

/// A regular expression in the dialect the program's rules and the library's emergency signs are
/// written in (ICU's, as `NSRegularExpression` reads it), compiled and matched by us.
///
/// Why not ICU: its matcher builds its Unicode sets on the first compile in a process (~1.2 ms,
/// a sixth of a one-shot `search`), and every question compiles a few patterns. This engine has
/// nothing to set up. It gives ICU's answers for what it accepts (a test compares the two over
/// every pattern and the library's sentences and the fixtures' questions) and refuses the rest
/// with an error: named groups, backreferences, atomic groups, possessive quantifiers, inline
/// flags, nested or intersected sets, `\p{…}`.
///
/// Semantics kept from ICU: positions and ranges are UTF-16 offsets (`NSRange`); a search range
/// is an opaque region (nothing outside it is seen by `^`, `$`, `\b` or a lookaround); `\w` is
/// letters, marks, decimal digits, connector punctuation and the two joiners; `\b` skips
/// combining marks; `.` is any code point but a line end; `$` also matches before a final
/// line end. Case is ignored by simple case mapping, not ICU's full folding ("ß" is not "ss").
public final class TextPattern: Sendable {
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let caseInsensitive = Options(rawValue: 1)
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let message: String
        public let offset: Int
        public var description: String { "\(message) (at character \(offset + 1))" }
    }

    /// One match: the whole match's range, then each group's (`NSNotFound` when the group took
    /// no part), in UTF-16 offsets of the searched text.
    public struct Match: Sendable {
        public let ranges: [NSRange]
        public var range: NSRange { ranges[0] }
        public var numberOfRanges: Int { ranges.count }
        public func range(at group: Int) -> NSRange { ranges[group] }
    }

    public let pattern: String
    let program: TextPatternProgram

    public init(_ pattern: String, options: Options = []) throws {
        self.pattern = pattern
        var parser = TextPatternParser(pattern)
        let tree = try parser.parse()
        program = try TextPatternProgram(tree, groups: parser.groupCount, caseInsensitive: options.contains(.caseInsensitive))
    }

    /// The first match in `range` of `text`, or nil.
    public func firstMatch(in text: String, range: NSRange) -> Match? {
        var matcher = TextPatternMatcher(program, TextPatternUnicode.utf16(text), range)
        return matcher.next(from: range.location)
    }

    public func firstMatch(in text: String) -> Match? { firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) }

    /// Every match in `range`, left to right, none overlapping (after an empty match the search
    /// moves on one character).
    public func matches(in text: String, range: NSRange) -> [Match] {
        matches(in: TextPatternUnicode.utf16(text), range: range)
    }

    private func matches(in units: [UInt16], range: NSRange) -> [Match] {
        var matcher = TextPatternMatcher(program, units, range)
        var found: [Match] = []
        var from = range.location
        let end = range.location + range.length
        while from <= end, let m = matcher.next(from: from) {
            found.append(m)
            let after = m.range.location + m.range.length
            from = m.range.length > 0 ? after : after + matcher.width(at: after)
        }
        return found
    }

    public func matches(in text: String) -> [Match] { matches(in: text, range: NSRange(location: 0, length: text.utf16.count)) }

    /// `text` with every match in `range` replaced by `replacement` (taken as it is: no `$1`).
    public func replacingMatches(in text: String, range: NSRange, with replacement: String) -> String {
        let units = TextPatternUnicode.utf16(text)
        var out: [UInt16] = []
        var at = 0
        for m in matches(in: units, range: range) {
            out += units[at..<m.range.location]
            out += replacement.utf16
            at = m.range.location + m.range.length
        }
        out += units[at...]
        return String(decoding: out, as: UTF16.self)
    }

    /// `text` as a pattern that matches exactly it: every ASCII character other than a letter,
    /// a digit, a space or `_` is escaped.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII && !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || scalar == "_") { out.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
