/// A `TextPattern` compiled into instructions for a backtracking matcher (`TextPatternMatcher`):
/// the main program ends at `.match`; each lookaround's body follows it as a sub-program that
/// ends at `.lookEnd`.
struct TextPatternProgram: Sendable {
    enum Op: Sendable {
        /// One code point, case folded when case is ignored.
        case char(UInt32)
        /// Code points in a row, case folded when case is ignored.
        case string([UInt32])
        case set(Int)
        case any
        /// A run of one code-point items (`sets[set]`, or `.` when `set` is -1).
        case run(set: Int, min: Int, max: Int, greedy: Bool)
        /// Go on at the first; come back to the second when that fails.
        case split(Int, Int)
        case jump(Int)
        case save(Int)
        /// Remember where an unbounded loop's turn starts; loop only when the turn moved on.
        case mark(Int)
        case loopIfMoved(register: Int, to: Int)
        case start, end
        case wordBoundary(negated: Bool)
        case look(entry: Int, ahead: Bool, negated: Bool, minLength: Int, maxLength: Int)
        case match, lookEnd
    }

    var ops: [Op] = []
    var sets: [CharacterClass] = []
    /// Each set's ASCII members (closed over case when case is ignored), as two 64-bit masks.
    var ascii: [(UInt64, UInt64)] = []
    /// The characters a match may start with (nil: any, or an empty match).
    var first: FirstCharacters?
    /// Whether every match starts at the region's start (the pattern opens with `^`): no other
    /// place is tried.
    var anchoredAtStart = false
    let slotCount: Int
    var registerCount = 0
    let caseInsensitive: Bool

    init(_ tree: PatternNode, groups: Int, caseInsensitive: Bool) throws {
        slotCount = (groups + 1) * 2
        self.caseInsensitive = caseInsensitive
        var pending: [(at: Int, body: PatternNode)] = []
        ops.append(.save(0))
        try emit(tree, &pending)
        ops.append(.save(1))
        ops.append(.match)
        // Lookaround bodies, each after the code that uses it (a body may hold lookarounds too).
        while !pending.isEmpty {
            let (at, body) = pending.removeFirst()
            let entry = ops.count
            try emit(body, &pending)
            ops.append(.lookEnd)
            guard case let .look(_, ahead, negated, minLength, maxLength) = ops[at] else { continue }
            ops[at] = .look(entry: entry, ahead: ahead, negated: negated, minLength: minLength, maxLength: maxLength)
        }
        ascii = sets.map { Self.asciiMembers(of: $0, caseInsensitive: caseInsensitive) }
        first = Self.firstCharacters(tree, caseInsensitive: caseInsensitive)
        anchoredAtStart = Self.opensWithStart(tree)
    }

    private mutating func emit(_ node: PatternNode, _ pending: inout [(at: Int, body: PatternNode)]) throws {
        switch node {
        case .char(let c):
            ops.append(.char(caseInsensitive ? TextPatternUnicode.fold(c) : c))
        case .literal(let cs):
            ops.append(.string(caseInsensitive ? cs.map(TextPatternUnicode.fold) : cs))
        case .set(let set):
            ops.append(.set(addSet(set)))
        case .any:
            ops.append(.any)
        case .sequence(let items):
            for item in items { try emit(item, &pending) }
        case .alternation(let branches):
            // split(b1, next) b1 jump(end) next: split(b2, next2) b2 jump(end) … bn end:
            var jumps: [Int] = []
            for (i, branch) in branches.enumerated() {
                if i < branches.count - 1 {
                    let split = ops.count
                    ops.append(.split(split + 1, 0))
                    try emit(branch, &pending)
                    jumps.append(ops.count)
                    ops.append(.jump(0))
                    ops[split] = .split(split + 1, ops.count)
                } else {
                    try emit(branch, &pending)
                }
            }
            for j in jumps { ops[j] = .jump(ops.count) }
        case .group(let body, let capture):
            if let capture { ops.append(.save(capture * 2)) }
            try emit(body, &pending)
            if let capture { ops.append(.save(capture * 2 + 1)) }
        case .look(let body, let ahead, let negated):
            var lengths = (min: 0, max: 0)
            if !ahead {
                guard let l = Self.lengths(body), let maximum = l.max else { throw TextPattern.Failure(message: "a lookbehind without a bounded length", offset: 0) }
                lengths = (l.min, maximum)
            }
            pending.append((ops.count, body))
            ops.append(.look(entry: -1, ahead: ahead, negated: negated, minLength: lengths.min, maxLength: lengths.max))
        case .repetition(let body, let minimum, let maximum, let greedy):
            if let one = oneCodePoint(body) {
                ops.append(.run(set: one, min: minimum, max: maximum ?? Int.max, greedy: greedy))
                return
            }
            for _ in 0..<minimum { try emit(body, &pending) }
            if let maximum {
                // Each optional turn: split(turn, end) — or the other way round when lazy.
                var splits: [Int] = []
                for _ in minimum..<max(minimum, maximum) {
                    splits.append(ops.count)
                    ops.append(.split(0, 0))
                    try emit(body, &pending)
                }
                for s in splits { ops[s] = greedy ? .split(s + 1, ops.count) : .split(ops.count, s + 1) }
            } else {
                let register = registerCount
                registerCount += 1
                let loop = ops.count
                ops.append(.split(0, 0))
                ops.append(.mark(register))
                try emit(body, &pending)
                ops.append(.loopIfMoved(register: register, to: loop))
                ops[loop] = greedy ? .split(loop + 1, ops.count) : .split(ops.count, loop + 1)
            }
        case .start: ops.append(.start)
        case .end: ops.append(.end)
        case .wordBoundary(let negated): ops.append(.wordBoundary(negated: negated))
        }
    }

    /// Whether every match of the node must start with `^` (a group or alternation only when all
    /// of it does).
    static func opensWithStart(_ node: PatternNode) -> Bool {
        switch node {
        case .start: return true
        case .sequence(let items): return items.first.map(opensWithStart) ?? false
        case .group(let body, _): return opensWithStart(body)
        case .alternation(let branches): return branches.allSatisfy(opensWithStart)
        default: return false
        }
    }

    /// A set's ASCII members as two masks, closed over case when case is ignored ("K", Kelvin,
    /// and "ſ", long s, are the non-ASCII letters whose other case is ASCII).
    static func asciiMembers(of set: CharacterClass, caseInsensitive: Bool) -> (UInt64, UInt64) {
        var bits: UInt128 = 0
        for r in set.ranges where r.lowerBound < 128 {
            for c in r.lowerBound...min(r.upperBound, 127) { bits |= 1 << UInt128(c) }
        }
        for (kind, negated) in set.kinds {
            let members = Self.asciiKinds[kind.rawValue]
            bits |= negated ? ~members : members
        }
        if caseInsensitive {
            let upperLetters: UInt128 = ((1 << 26) - 1) << 0x41, lowerLetters: UInt128 = ((1 << 26) - 1) << 0x61
            bits |= ((bits & upperLetters) << 0x20) | ((bits & lowerLetters) >> 0x20)
            if set.ranges.contains(where: { $0.contains(0x212A) }) { bits |= (1 << 0x4B) | (1 << 0x6B) }
            if set.ranges.contains(where: { $0.contains(0x17F) }) { bits |= (1 << 0x53) | (1 << 0x73) }
        }
        if set.negated { bits = ~bits }
        return (UInt64(truncatingIfNeeded: bits), UInt64(truncatingIfNeeded: bits >> 64))
    }

    /// The ASCII members of `\w`, `\d` and `\s`, by `Kind.rawValue`.
    private static let asciiKinds: [UInt128] = [CharacterClass.Kind.word, .digit, .space].map { kind in
        var bits: UInt128 = 0
        for c in UInt32(0)..<128 where CharacterClass.isMember(c, of: kind) { bits |= 1 << UInt128(c) }
        return bits
    }

    /// What a match may start with: ASCII characters, and whether a non-ASCII one too.
    struct FirstCharacters: Sendable {
        var ascii: UInt128 = 0
        var other = false
        /// Whether the node may match without taking a character.
        var empty = false
    }

    /// `FirstCharacters` of the whole pattern, or nil when a match may be empty.
    static func firstCharacters(_ tree: PatternNode, caseInsensitive: Bool) -> FirstCharacters? {
        let found = firstOf(tree, caseInsensitive)
        return found.empty ? nil : found
    }

    private static func firstOf(_ node: PatternNode, _ caseInsensitive: Bool) -> FirstCharacters {
        switch node {
        case .char(let c):
            return charFirst(c, caseInsensitive)
        case .literal(let cs):
            return charFirst(cs[0], caseInsensitive)
        case .set(let set):
            return setFirst(set, caseInsensitive)
        case .any:
            var all = FirstCharacters(ascii: ~0, other: true)
            for c in [0x0A, 0x0B, 0x0C, 0x0D] { all.ascii &= ~(1 << UInt128(c)) }
            return all
        case .sequence(let items):
            var total = FirstCharacters(empty: true)
            for item in items {
                let f = firstOf(item, caseInsensitive)
                total.ascii |= f.ascii; total.other = total.other || f.other
                if !f.empty { total.empty = false; break }
            }
            return total
        case .alternation(let branches):
            var total = FirstCharacters()
            for branch in branches {
                let f = firstOf(branch, caseInsensitive)
                total.ascii |= f.ascii; total.other = total.other || f.other; total.empty = total.empty || f.empty
            }
            return total
        case .group(let body, _):
            return firstOf(body, caseInsensitive)
        case .look, .start, .end, .wordBoundary:
            return FirstCharacters(empty: true)
        case .repetition(let body, let minimum, _, _):
            var f = firstOf(body, caseInsensitive)
            if minimum == 0 { f.empty = true }
            return f
        }
    }

    private static func charFirst(_ c: UInt32, _ caseInsensitive: Bool) -> FirstCharacters {
        // A non-ASCII letter may fold to an ASCII one ("ſ" to "s", Kelvin to "k").
        let c = caseInsensitive ? TextPatternUnicode.fold(c) : c
        guard c < 128 else { return FirstCharacters(ascii: 0, other: true) }
        var bits: UInt128 = 1 << UInt128(c)
        if caseInsensitive, (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) { bits |= 1 << UInt128(c ^ 0x20) }
        // "k" and "s" may start as Kelvin and long s when case is ignored.
        return FirstCharacters(ascii: bits, other: caseInsensitive)
    }

    private static func setFirst(_ set: CharacterClass, _ caseInsensitive: Bool) -> FirstCharacters {
        let (low, high) = asciiMembers(of: set, caseInsensitive: caseInsensitive)
        // Any set may hold a non-ASCII character or one that folds to ASCII; only a plain ASCII
        // character or range is known not to.
        let onlyASCII = !set.negated && set.kinds.isEmpty && set.ranges.allSatisfy { $0.upperBound < 128 } && !caseInsensitive
        return FirstCharacters(ascii: UInt128(low) | (UInt128(high) << 64), other: !onlyASCII)
    }

    private mutating func addSet(_ set: CharacterClass) -> Int {
        sets.append(set)
        return sets.count - 1
    }

    /// A single code-point item as a set index (-1 for `.`), or nil for anything longer.
    private mutating func oneCodePoint(_ node: PatternNode) -> Int? {
        switch node {
        case .char(let c): var set = CharacterClass(); set.ranges = [c...c]; return addSet(set)
        case .set(let set): return addSet(set)
        case .any: return -1
        case .group(let body, capture: nil): return oneCodePoint(body)
        default: return nil
        }
    }

    /// The shortest and longest text (UTF-16 units) a node matches; max nil when unbounded.
    static func lengths(_ node: PatternNode) -> (min: Int, max: Int?)? {
        switch node {
        case .char(let c): return c < 0x10000 ? (1, 1) : (2, 2)
        case .literal(let cs):
            let total = cs.reduce(0) { $0 + ($1 < 0x10000 ? 1 : 2) }
            return (total, total)
        case .set(let set): return set.isBMPOnly ? (1, 1) : (1, 2)
        case .any: return (1, 2)
        case .sequence(let items):
            var total = (min: 0, max: Optional(0))
            for item in items {
                guard let l = lengths(item) else { return nil }
                total.min += l.min
                total.max = total.max.flatMap { a in l.max.map { a + $0 } }
            }
            return total
        case .alternation(let branches):
            let all = branches.compactMap(lengths)
            guard all.count == branches.count else { return nil }
            let maximum: Int? = all.contains { $0.max == nil } ? nil : all.map { $0.max! }.max()
            return (all.map(\.min).min() ?? 0, maximum)
        case .group(let body, _): return lengths(body)
        case .look, .start, .end, .wordBoundary: return (0, 0)
        case .repetition(let body, let minimum, let maximum, _):
            guard let l = lengths(body) else { return nil }
            let top: Int? = maximum.flatMap { m in l.max.map { m * $0 } }
            return (l.min * minimum, top)
        }
    }
}
