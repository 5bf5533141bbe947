import Foundation

/// The plain strings of which every match of a regular expression holds at least one, read from
/// the pattern's own text: `\b(how often|every (day|week))` gives ["how often", "every "]. A text
/// (lower-cased ASCII) that holds none of them cannot match, so the pattern need not be compiled
/// or run for it; ICU compiles a pattern in tens of microseconds, and the question rules and
/// emergency signs are a few hundred patterns of which a question touches a few.
///
/// Conservative by construction: a part that may be absent (`?`, `*`, `{0,…}`), a character class,
/// `\d`, `.` and the like end a run of letters and add nothing; a group whose alternatives do not
/// all give strings gives nothing; a positive lookahead's strings are required of the text (a
/// negative one is skipped). Anything the
/// reader does not know (`\Q`, inline flags, a backreference) gives nil: no gate.
enum RequiredLiterals {
    /// Lower-cased strings (at least one per match), or nil when the pattern gives none.
    static func of(_ pattern: String) -> [String]? {
        bytes(of: pattern).map { Array(Set($0.map { String(decoding: $0, as: UTF8.self) })).sorted() }
    }

    /// `of` as lower-cased ASCII bytes, as `mayMatch` reads them (duplicates kept: cheaper than
    /// removing them). The program's own patterns and the bundled emergency signs are read once,
    /// when the program is built (`RequiredLiteralsTable`, which a test keeps current): reading
    /// them again at every start was a twentieth of a one-shot `ask`.
    static func bytes(of pattern: String) -> [[UInt8]]? {
        if let known = RequiredLiteralsTable.known[pattern] { return known.isEmpty ? nil : known.map { Array($0.utf8) } }
        return parsedBytes(of: pattern)
    }

    /// `bytes(of:)` read from the pattern itself.
    static func parsedBytes(of pattern: String) -> [[UInt8]]? {
        var reader = Reader(Array(pattern.utf8))
        // (A non-ASCII letter may match an ASCII one when case is ignored: "K", Kelvin, is "k".)
        guard let found = reader.alternation(), reader.at == reader.characters.count, !found.isEmpty,
              found.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 < 0x80 } }) else { return nil }
        return found.map { literal in literal.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 } }
    }

    /// Whether a text may match a pattern with these literals (`bytes(of:)`): nil literals, or a
    /// text holding a character that folds to an ASCII letter (`foldedBytes`), always may.
    static func mayMatch(_ literals: [[UInt8]]?, _ text: String) -> Bool {
        guard let literals else { return true }
        guard let lowered = foldedBytes(text) else { return true }
        return lowered.withUnsafeBufferPointer { text in
            literals.contains { needle in
                guard needle.count <= text.count else { return false }
                let first = needle[0]
                var at = 0
                while at <= text.count - needle.count {
                    if text[at] == first {
                        var k = 1
                        while k < needle.count && text[at + k] == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                    at += 1
                }
                return false
            }
        }
    }

    private struct Reader {
        let characters: [UInt8]
        var at = 0
        /// Set when the pattern holds something not understood: the whole answer is then nil.
        var unknown = false

        init(_ characters: [UInt8]) { self.characters = characters }

        var next: UInt8? { at < characters.count ? characters[at] : nil }

        /// Alternatives up to a ")" or the end: the union of theirs, or nil if any gives none.
        mutating func alternation() -> [ArraySlice<UInt8>]? {
            var union: [ArraySlice<UInt8>] = []
            var known = true
            while true {
                let branch = sequence()
                if let branch { union += branch } else { known = false }
                if next == UInt8(ascii: "|") { at += 1; continue }
                break
            }
            return known && !unknown ? union : nil
        }

        /// One alternative: the best of the runs and groups every match of it must hold (the one
        /// whose shortest string is longest; then the one with fewer strings). A run is a slice of
        /// the pattern itself (an escaped character starts a new one), so nothing is copied.
        mutating func sequence() -> [ArraySlice<UInt8>]? {
            var best: [ArraySlice<UInt8>]? = nil, bestShortest = 0
            func consider(_ strings: [ArraySlice<UInt8>]) {
                let shortest = strings.lazy.map(\.count).min() ?? 0
                guard shortest > 0 else { return }
                if best == nil || shortest > bestShortest || (shortest == bestShortest && strings.count < best!.count) {
                    best = strings
                    bestShortest = shortest
                }
            }
            var runStart = -1, runEnd = -1
            func flush() {
                if runStart >= 0 && (best == nil || runEnd - runStart > bestShortest || (runEnd - runStart == bestShortest && best!.count > 1)) {
                    consider([characters[runStart..<runEnd]])
                }
                runStart = -1
            }
            while let c = next, c != UInt8(ascii: "|"), c != UInt8(ascii: ")") {
                let atom = self.atom()
                if unknown { return nil }
                let (optional, repeated) = quantifier()
                switch atom {
                case .zeroWidth:
                    continue
                case .character(let position):
                    if optional { flush(); continue }
                    if runStart < 0 || position != runEnd { flush(); runStart = position }
                    runEnd = position + 1
                    if repeated { flush() }
                case .other:
                    flush()
                case .group(let strings), .assertion(let strings):
                    flush()
                    if !optional, let strings, !strings.contains(where: \.isEmpty) { consider(strings) }
                }
            }
            flush()
            return best
        }

        /// `assertion`: a positive lookahead or lookbehind, which matches no text but must hold
        /// ("^(?=.*heart attack)…": the text holds "heart attack").
        enum Atom { case character(at: Int), other, zeroWidth, group([ArraySlice<UInt8>]?), assertion([ArraySlice<UInt8>]?) }

        func nextIs(_ ascii: Unicode.Scalar) -> Bool { next == UInt8(ascii.value) }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isLetterOrDigit(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }

        /// Moves past the next `close` (inclusive).
        mutating func skip(past close: Unicode.Scalar) {
            while let n = next, n != UInt8(close.value) { at += 1 }
            at += 1
        }

        mutating func atom() -> Atom {
            let c = characters[at]
            at += 1
            switch Unicode.Scalar(c) {
            case "\\":
                guard let e = next else { unknown = true; return .other }
                at += 1
                switch Unicode.Scalar(e) {
                case "b", "B", "A", "Z", "z", "G": return .zeroWidth
                case "d", "D", "w", "W", "s", "S", "h", "H", "v", "V", "R", "X", "N", "t", "n", "r", "f", "e", "a": return .other
                case "p", "P":
                    // \p{…}: one character of a class.
                    if nextIs("{") { skip(past: "}") }
                    return .other
                case "u", "x":
                    // \uXXXX, \x{…}: one character, which the reader does not decode.
                    if nextIs("{") { skip(past: "}") } else { at = min(characters.count, at + (e == UInt8(ascii: "u") ? 4 : 2)) }
                    return .other
                case _ where isLetterOrDigit(e):
                    unknown = true
                    return .other
                default:
                    return .character(at: at - 1)
                }
            case "[":
                // A class: skip to its closing "]" (a "]" first, or escaped, is a member).
                if nextIs("^") { at += 1 }
                if nextIs("]") { at += 1 }
                while let n = next, n != UInt8(ascii: "]") {
                    at += 1
                    if n == UInt8(ascii: "\\") { at += 1 }
                    if n == UInt8(ascii: "[") { unknown = true; return .other }
                }
                at += 1
                return .other
            case ".": return .other
            case "^", "$": return .zeroWidth
            case "(":
                if nextIs("?") {
                    at += 1
                    if nextIs(":") {
                        at += 1
                    } else if nextIs("!") || (nextIs("<") && at + 1 < characters.count && characters[at + 1] == UInt8(ascii: "!")) {
                        at += nextIs("!") ? 1 : 2
                        skipGroup()
                        return .zeroWidth
                    } else if nextIs("=") || (nextIs("<") && at + 1 < characters.count && characters[at + 1] == UInt8(ascii: "=")) {
                        at += nextIs("=") ? 1 : 2
                        let inner = alternation()
                        guard nextIs(")") else { unknown = true; return .other }
                        at += 1
                        return .assertion(inner)
                    } else if nextIs("<") {
                        // A named group: (?<name>…).
                        skip(past: ">")
                    } else {
                        unknown = true
                        return .other
                    }
                }
                let inner = alternation()
                guard nextIs(")") else { unknown = true; return .other }
                at += 1
                return .group(inner)
            case "*", "+", "?", "{", ")", "|":
                unknown = true
                return .other
            default:
                return .character(at: at - 1)
            }
        }

        /// Skips a lookaround's body and its ")".
        mutating func skipGroup() {
            var depth = 1
            while let c = next {
                at += 1
                switch Unicode.Scalar(c) {
                case "\\": at += 1
                case "[":
                    while let n = next, n != UInt8(ascii: "]") { at += 1; if n == UInt8(ascii: "\\") { at += 1 } }
                    at += 1
                case "(": depth += 1
                case ")":
                    depth -= 1
                    if depth == 0 { return }
                default: break
                }
            }
            unknown = true
        }

        /// The quantifier after an atom: whether the atom may be absent, and whether it may repeat.
        mutating func quantifier() -> (optional: Bool, repeated: Bool) {
            guard let c = next else { return (false, false) }
            var result: (Bool, Bool)
            switch Unicode.Scalar(c) {
            case "?": at += 1; result = (true, false)
            case "*": at += 1; result = (true, true)
            case "+": at += 1; result = (false, true)
            case "{":
                var i = at + 1, least = 0, digits = 0
                while i < characters.count, isDigit(characters[i]) { least = least * 10 + Int(characters[i] - 0x30); digits += 1; i += 1 }
                guard digits > 0, i < characters.count, characters[i] == UInt8(ascii: ",") || characters[i] == UInt8(ascii: "}") else { return (false, false) }
                while i < characters.count, characters[i] != UInt8(ascii: "}") { i += 1 }
                at = i + 1
                result = (least == 0, true)
            default: return (false, false)
            }
            // Lazy or possessive forms.
            if nextIs("?") || nextIs("+") { at += 1 }
            return result
        }
    }
}
