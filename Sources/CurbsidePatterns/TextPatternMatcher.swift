import Foundation

/// Runs a `TextPatternProgram` over a text's UTF-16 units inside a region, by backtracking:
/// the alternatives not yet tried wait on a stack (no recursion but for lookarounds, so a long
/// text cannot exhaust a thread's stack).
struct TextPatternMatcher {
    private enum Back {
        case branch(pc: Int, pos: Int)
        case slot(Int, Int)
        case register(Int, Int)
        /// A greedy run that may give back code points down to `min`, not before `floor`.
        case greedy(pc: Int, pos: Int, count: Int, min: Int, floor: Int)
        /// A lazy run that may take more, up to `max`.
        case lazy(pc: Int, pos: Int, count: Int, max: Int, set: Int)
    }

    private let program: TextPatternProgram
    private let units: [UInt16]
    private let lower: Int, upper: Int
    private var slots: [Int]
    private var registers: [Int]
    /// The alternatives not yet tried; a lookaround's run uses the part above its base.
    private var stack: [Back] = []

    init(_ program: TextPatternProgram, _ units: [UInt16], _ range: NSRange) {
        self.program = program
        self.units = units
        lower = max(0, min(range.location, units.count))
        upper = max(lower, min(range.location + range.length, units.count))
        slots = [Int](repeating: -1, count: program.slotCount)
        registers = [Int](repeating: -1, count: program.registerCount)
    }

    /// The first match starting at `from` or later, or nil.
    mutating func next(from: Int) -> TextPattern.Match? {
        var start = max(from, lower)
        if program.anchoredAtStart && start > lower { return nil }
        while start <= upper {
            if let first = program.first {
                // Skip places where no match can start.
                guard start < upper else { break }
                let u = units[start]
                if u < 128 ? first.ascii & (1 << UInt128(u)) == 0 : !first.other { start += width(at: start); continue }
            }
            for i in slots.indices { slots[i] = -1 }
            if run(entry: 0, at: start, target: nil) {
                let ranges = stride(from: 0, to: slots.count, by: 2).map { i -> NSRange in
                    slots[i] >= 0 && slots[i + 1] >= 0 ? NSRange(location: slots[i], length: slots[i + 1] - slots[i]) : NSRange(location: NSNotFound, length: 0)
                }
                return TextPattern.Match(ranges: ranges)
            }
            if start == upper || program.anchoredAtStart { break }
            start += width(at: start)
        }
        return nil
    }

    /// How many units the code point at `p` takes (1 at the region's end).
    func width(at p: Int) -> Int { p < upper ? scalar(at: p).width : 1 }

    private func scalar(at p: Int) -> (value: UInt32, width: Int) {
        let u = units[p]
        if u & 0xFC00 == 0xD800, p + 1 < upper, units[p + 1] & 0xFC00 == 0xDC00 {
            return (0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(units[p + 1]) - 0xDC00), 2)
        }
        return (UInt32(u), 1)
    }

    private func scalar(before p: Int, floor: Int) -> (value: UInt32, width: Int) {
        let u = units[p - 1]
        if u & 0xFC00 == 0xDC00, p - 2 >= floor, units[p - 2] & 0xFC00 == 0xD800 {
            return (0x10000 + ((UInt32(units[p - 2]) - 0xD800) << 10) + (UInt32(u) - 0xDC00), 2)
        }
        return (UInt32(u), 1)
    }

    private func isMember(_ c: UInt32, of set: Int) -> Bool {
        if set < 0 { return !TextPatternUnicode.isLineEnd(c) }
        if c < 64 { return program.ascii[set].0 & (1 << UInt64(c)) != 0 }
        if c < 128 { return program.ascii[set].1 & (1 << UInt64(c - 64)) != 0 }
        let s = program.sets[set]
        if s.contains(c) { return true }
        return program.caseInsensitive && (s.contains(TextPatternUnicode.lower(c)) || s.contains(TextPatternUnicode.upper(c)))
    }

    /// ICU's `\b`: a word character on one side and not on the other, looking through combining
    /// marks; the region's ends count as non-word.
    private func isBoundary(_ pos: Int) -> Bool {
        var here = false
        if pos < upper {
            let c = scalar(at: pos).value
            if TextPatternUnicode.isSkippedByBoundary(c) { return false }
            here = TextPatternUnicode.isWord(c)
        }
        var before = false, p = pos
        while p > lower {
            let (c, w) = scalar(before: p, floor: lower)
            p -= w
            if !TextPatternUnicode.isSkippedByBoundary(c) { before = TextPatternUnicode.isWord(c); break }
        }
        return here != before
    }

    private func isEnd(_ pos: Int) -> Bool {
        if pos == upper { return true }
        if pos == upper - 1 { return TextPatternUnicode.isLineEnd(UInt32(units[pos])) }
        return pos == upper - 2 && units[pos] == 0x0D && units[pos + 1] == 0x0A
    }

    /// Runs from `entry` at `at`; true when it reaches `.match`, or `.lookEnd` (at `target` when given).
    private mutating func run(entry: Int, at: Int, target: Int?) -> Bool {
        let base = stack.count
        defer { stack.removeSubrange(base...) }
        var pc = entry, pos = at
        let ops = program.ops
        while true {
            var ok = true
            switch ops[pc] {
            case .char(let c):
                if pos < upper {
                    let (value, w) = scalar(at: pos)
                    if (program.caseInsensitive ? TextPatternUnicode.fold(value) : value) == c { pos += w; pc += 1 } else { ok = false }
                } else { ok = false }
            case .string(let cs):
                var p = pos
                for c in cs {
                    guard p < upper else { ok = false; break }
                    let (value, w) = scalar(at: p)
                    guard (program.caseInsensitive ? TextPatternUnicode.fold(value) : value) == c else { ok = false; break }
                    p += w
                }
                if ok { pos = p; pc += 1 }
            case .set(let set):
                if pos < upper, case let (value, w) = scalar(at: pos), isMember(value, of: set) { pos += w; pc += 1 } else { ok = false }
            case .any:
                if pos < upper, case let (value, w) = scalar(at: pos), !TextPatternUnicode.isLineEnd(value) { pos += w; pc += 1 } else { ok = false }
            case let .run(set, minimum, maximum, greedy):
                var p = pos, count = 0
                let limit = greedy ? maximum : minimum
                while count < limit, p < upper {
                    let (value, w) = scalar(at: p)
                    guard isMember(value, of: set) else { break }
                    p += w; count += 1
                }
                if count < minimum { ok = false; break }
                if greedy {
                    if count > minimum { stack.append(.greedy(pc: pc + 1, pos: p, count: count, min: minimum, floor: pos)) }
                } else if minimum < maximum {
                    stack.append(.lazy(pc: pc + 1, pos: p, count: count, max: maximum, set: set))
                }
                pos = p; pc += 1
            case let .split(first, second):
                stack.append(.branch(pc: second, pos: pos)); pc = first
            case .jump(let to):
                pc = to
            case .save(let slot):
                stack.append(.slot(slot, slots[slot])); slots[slot] = pos; pc += 1
            case .mark(let register):
                stack.append(.register(register, registers[register])); registers[register] = pos; pc += 1
            case let .loopIfMoved(register, to):
                pc = pos != registers[register] ? to : pc + 1
            case .start:
                if pos == lower { pc += 1 } else { ok = false }
            case .end:
                if isEnd(pos) { pc += 1 } else { ok = false }
            case .wordBoundary(let negated):
                if isBoundary(pos) != negated { pc += 1 } else { ok = false }
            case let .look(lookEntry, ahead, negated, minLength, maxLength):
                let saved = slots
                var found = false
                if ahead {
                    found = run(entry: lookEntry, at: pos, target: nil)
                } else {
                    var s = pos - minLength
                    while !found && s >= max(lower, pos - maxLength) {
                        found = run(entry: lookEntry, at: s, target: pos)
                        s -= 1
                    }
                }
                if negated || !found { slots = saved }
                if found != negated { pc += 1 } else { ok = false }
            case .match:
                return true
            case .lookEnd:
                if target == nil || target == pos { return true }
                ok = false
            }
            if ok { continue }
            // Back to the latest alternative not yet tried.
            var resumed = false
            while !resumed, stack.count > base, let back = stack.popLast() {
                switch back {
                case let .branch(p, q):
                    pc = p; pos = q; resumed = true
                case let .slot(slot, value):
                    slots[slot] = value
                case let .register(register, value):
                    registers[register] = value
                case let .greedy(p, q, count, minimum, floor):
                    let back = scalar(before: q, floor: floor).width
                    if count - 1 > minimum { stack.append(.greedy(pc: p, pos: q - back, count: count - 1, min: minimum, floor: floor)) }
                    pc = p; pos = q - back; resumed = true
                case let .lazy(p, q, count, maximum, set):
                    guard q < upper else { continue }
                    let (value, w) = scalar(at: q)
                    guard isMember(value, of: set) else { continue }
                    if count + 1 < maximum { stack.append(.lazy(pc: p, pos: q + w, count: count + 1, max: maximum, set: set)) }
                    pc = p; pos = q + w; resumed = true
                }
            }
            if !resumed { return false }
        }
    }
}
