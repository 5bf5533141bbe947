import Foundation

/// A parsed `TextPattern`, before it is compiled.
indirect enum PatternNode: Sendable {
    case char(UInt32)
    /// Characters in a row (a word of the pattern): one node, not one per character.
    case literal([UInt32])
    case set(CharacterClass)
    case any
    case sequence([PatternNode])
    case alternation([PatternNode])
    /// A group; `capture` is its number (from 1) when it captures.
    case group(PatternNode, capture: Int?)
    case look(PatternNode, ahead: Bool, negated: Bool)
    case repetition(PatternNode, min: Int, max: Int?, greedy: Bool)
    case start, end
    case wordBoundary(negated: Bool)
}

/// A set of code points: ranges, the `\w \d \s` classes (or their complements), perhaps negated.
struct CharacterClass: Sendable {
    enum Kind: Int, Sendable { case word, digit, space }
    var ranges: [ClosedRange<UInt32>] = []
    var kinds: [(kind: Kind, negated: Bool)] = []
    var negated = false

    func contains(_ c: UInt32) -> Bool {
        var found = ranges.contains { $0.contains(c) }
        if !found { found = kinds.contains { Self.isMember(c, of: $0.kind) != $0.negated } }
        return found != negated
    }

    static func isMember(_ c: UInt32, of kind: Kind) -> Bool {
        switch kind {
        case .word: return TextPatternUnicode.isWord(c)
        case .digit: return TextPatternUnicode.isDigit(c)
        case .space: return TextPatternUnicode.isSpace(c)
        }
    }

    /// Whether every member is a single UTF-16 unit (for a lookbehind's length).
    var isBMPOnly: Bool { !negated && kinds.isEmpty && ranges.allSatisfy { $0.upperBound < 0x10000 } }
}

/// Reads ICU's regular-expression syntax (the part `TextPattern` supports) into a `PatternNode`.
struct TextPatternParser {
    private let scalars: [UInt32]
    private var at = 0
    private(set) var groupCount = 0

    init(_ pattern: String) { scalars = pattern.unicodeScalars.map(\.value) }

    mutating func parse() throws -> PatternNode {
        let node = try alternation()
        guard at == scalars.count else { throw fail(peek == ch(")") ? "a “)” without its “(”" : "unexpected character") }
        return node
    }

    private var peek: UInt32? { at < scalars.count ? scalars[at] : nil }
    private func ch(_ c: Unicode.Scalar) -> UInt32 { c.value }
    private func fail(_ message: String) -> TextPattern.Failure { TextPattern.Failure(message: message, offset: at) }

    private mutating func alternation() throws -> PatternNode {
        var branches = [try sequence()]
        while peek == ch("|") { at += 1; branches.append(try sequence()) }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func sequence() throws -> PatternNode {
        var items: [PatternNode] = []
        var run: [UInt32] = []
        func endRun() {
            if run.count == 1 { items.append(.char(run[0])) } else if run.count > 1 { items.append(.literal(run)) }
            run.removeAll()
        }
        while let c = peek, c != ch("|"), c != ch(")") {
            let atom = try quantified(try self.atom())
            if case .char(let c) = atom { run.append(c); continue }
            endRun()
            items.append(atom)
        }
        endRun()
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func quantified(_ atom: PatternNode) throws -> PatternNode {
        var node = atom
        while let c = peek {
            var minimum = 0, maximum: Int? = nil
            let before = at
            switch c {
            case ch("?"): maximum = 1; at += 1
            case ch("*"): at += 1
            case ch("+"): minimum = 1; at += 1
            case ch("{"):
                at += 1
                guard let low = number() else { throw fail("a “{” that is not a count") }
                minimum = low
                if peek == ch(",") {
                    at += 1
                    maximum = number()
                } else {
                    maximum = low
                }
                guard peek == ch("}") else { throw fail("a count without its “}”") }
                at += 1
                if let maximum, maximum < minimum { throw fail("a count whose maximum is below its minimum") }
            default: return node
            }
            switch node {
            case .start, .end, .wordBoundary, .look: at = before; throw fail("a repeated assertion")
            default: break
            }
            var greedy = true
            if peek == ch("?") { greedy = false; at += 1 } else if peek == ch("+") { throw fail("a possessive quantifier (not supported)") }
            node = .repetition(node, min: minimum, max: maximum, greedy: greedy)
        }
        return node
    }

    private mutating func number() -> Int? {
        var value: Int? = nil
        while let c = peek, c >= ch("0"), c <= ch("9") {
            value = (value ?? 0) * 10 + Int(c - ch("0"))
            guard value! < 100_000 else { return nil }
            at += 1
        }
        return value
    }

    private mutating func atom() throws -> PatternNode {
        guard let c = peek else { throw fail("unexpected end") }
        at += 1
        switch c {
        case ch("("): return try group()
        case ch("["): return .set(try characterClass())
        case ch("."): return .any
        case ch("^"): return .start
        case ch("$"): return .end
        case ch("*"), ch("+"), ch("?"), ch("{"): at -= 1; throw fail("a quantifier with nothing to repeat")
        case ch("\\"): return try escape()
        default: return .char(c)
        }
    }

    private mutating func group() throws -> PatternNode {
        var kind: (look: Bool, ahead: Bool, negated: Bool, capture: Bool) = (false, true, false, true)
        if peek == ch("?") {
            at += 1
            let next = peek
            switch next {
            case ch(":"): kind.capture = false; at += 1
            case ch("="): kind = (true, true, false, false); at += 1
            case ch("!"): kind = (true, true, true, false); at += 1
            case ch("<"):
                at += 1
                if peek == ch("=") { kind = (true, false, false, false) } else if peek == ch("!") { kind = (true, false, true, false) } else { throw fail("a named group (not supported)") }
                at += 1
            default: throw fail("this kind of group (not supported)")
            }
        }
        var number: Int? = nil
        if kind.capture { groupCount += 1; number = groupCount }
        let body = try alternation()
        guard peek == ch(")") else { throw fail("a “(” without its “)”") }
        at += 1
        return kind.look ? .look(body, ahead: kind.ahead, negated: kind.negated) : .group(body, capture: number)
    }

    /// After a backslash, outside a set.
    private mutating func escape() throws -> PatternNode {
        guard let c = peek else { throw fail("a “\\” at the end") }
        switch c {
        case ch("b"): at += 1; return .wordBoundary(negated: false)
        case ch("B"): at += 1; return .wordBoundary(negated: true)
        case ch("Q"):
            at += 1
            var items: [PatternNode] = []
            while at < scalars.count {
                if scalars[at] == ch("\\"), at + 1 < scalars.count, scalars[at + 1] == ch("E") { at += 2; break }
                items.append(.char(scalars[at])); at += 1
            }
            return .group(.sequence(items), capture: nil)
        default:
            if let kind = try classEscape() { var set = CharacterClass(); set.kinds = [kind]; return .set(set) }
            return .char(try literalEscape())
        }
    }

    /// `\d \w \s` and their capitals, or nil (nothing read) for another escape.
    private mutating func classEscape() throws -> (kind: CharacterClass.Kind, negated: Bool)? {
        guard let c = peek else { throw fail("a “\\” at the end") }
        let found: (CharacterClass.Kind, Bool)
        switch c {
        case ch("w"): found = (.word, false)
        case ch("W"): found = (.word, true)
        case ch("d"): found = (.digit, false)
        case ch("D"): found = (.digit, true)
        case ch("s"): found = (.space, false)
        case ch("S"): found = (.space, true)
        default: return nil
        }
        at += 1
        return found
    }

    /// An escaped character: `\n \t \r \f \e \a`, `\uhhhh`, `\x{h…}`, `\xhh`, or any character
    /// that is not a letter or digit, as itself.
    private mutating func literalEscape() throws -> UInt32 {
        guard let c = peek else { throw fail("a “\\” at the end") }
        at += 1
        switch c {
        case ch("n"): return 0x0A
        case ch("t"): return 0x09
        case ch("r"): return 0x0D
        case ch("f"): return 0x0C
        case ch("e"): return 0x1B
        case ch("a"): return 0x07
        case ch("u"): return try hex(count: 4)
        case ch("x"):
            if peek == ch("{") {
                at += 1
                var value: UInt32 = 0, digits = 0
                while let d = peek, let v = Self.hexValue(d) { value = value * 16 + v; digits += 1; at += 1; guard digits <= 6 else { throw fail("a bad \\x{…}") } }
                guard digits > 0, peek == ch("}"), value <= 0x10FFFF else { throw fail("a bad \\x{…}") }
                at += 1
                return value
            }
            return try hex(count: 2)
        default:
            let isAlnum = (c >= ch("a") && c <= ch("z")) || (c >= ch("A") && c <= ch("Z")) || (c >= ch("0") && c <= ch("9"))
            if isAlnum { at -= 1; throw fail("an escape that is not supported") }
            return c
        }
    }

    private mutating func hex(count: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let d = peek, let v = Self.hexValue(d) else { throw fail("a bad hexadecimal escape") }
            value = value * 16 + v; at += 1
        }
        return value
    }

    private static func hexValue(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    /// After “[”: ranges, single characters and class escapes up to the closing “]”.
    private mutating func characterClass() throws -> CharacterClass {
        var set = CharacterClass()
        if peek == ch("^") { set.negated = true; at += 1 }
        var first = true
        while true {
            guard let c = peek else { throw fail("a “[” without its “]”") }
            if c == ch("]") && !first { at += 1; return set }
            first = false
            if c == ch("[") { throw fail("a set inside a set (not supported)") }
            if c == ch("&"), at + 1 < scalars.count, scalars[at + 1] == ch("&") { throw fail("set intersection (not supported)") }
            let low: UInt32
            if c == ch("\\") {
                at += 1
                if let kind = try classEscape() { set.kinds.append(kind); continue }
                if peek == ch("p") || peek == ch("P") || peek == ch("N") { throw fail("a property escape (not supported)") }
                low = try literalEscape()
            } else {
                low = c; at += 1
            }
            // “a-z”; a “-” before the “]” is itself.
            if peek == ch("-"), at + 1 < scalars.count, scalars[at + 1] != ch("]") {
                at += 1
                var high: UInt32
                if peek == ch("\\") {
                    at += 1
                    if try classEscape() != nil { throw fail("a range that ends in a class") }
                    high = try literalEscape()
                } else {
                    guard let h = peek, h != ch("[") else { throw fail("a range without its end") }
                    high = h; at += 1
                }
                guard high >= low else { throw fail("a range whose end is before its start") }
                set.ranges.append(low...high)
            } else {
                set.ranges.append(low...low)
            }
        }
    }
}
