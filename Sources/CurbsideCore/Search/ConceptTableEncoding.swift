import Foundation
import Synchronization

/// The concept table as saved in the index file, to be read where it lies: building it analyses
/// every glossary name, and even reading a whole saved table back (thousands of lines into
/// dictionaries) was a fifth of a one-shot search; a question looks up a handful of words.
///
/// Layout (little-endian 32-bit numbers): the number of phrase groups G and of concepts C; G + 1
/// offsets where each group's lines start; C + 1 offsets where each concept's lines start (both
/// into the text that follows); then the text. A group holds every phrase sharing a first term
/// (groups in that term's byte order, for binary search), one line each ("P", concept, its terms);
/// concept `§n` (glossary entry n) has up to five lines: broader ones ("A", concept, ancestors),
/// the signs among them ("G", concept, signs), its name ("N", concept, name) and its spellings
/// ("S", concept, names split by U+001F), and what it names ("K", concept, kind). Fields
/// split by tabs, lists by spaces (analysed terms and concept terms hold neither), names escaped.
extension ConceptTable {
    var encoded: Data {
        if let saved { return saved.whole().encoded }
        func line(_ kind: String, _ concept: String, _ rest: String) -> Data { Data("\(kind)\t\(concept)\t\(rest)\n".utf8) }
        var text = Data()
        var groupStarts: [UInt32] = [0]
        for key in phrasesByFirst.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            for p in phrasesByFirst[key]! { text.append(line("P", p.concept, p.terms.joined(separator: " "))) }
            groupStarts.append(UInt32(text.count))
        }
        // Concepts are glossary entries, `§n` (as `init(glossary:analyzer:)` names them).
        let numbers = Set(names.keys).union(ancestors.keys).union(signs.keys).union(spellings.keys).union(kinds.keys).compactMap { Self.number($0) }
        var conceptStarts: [UInt32] = [UInt32(text.count)]
        for n in 0..<((numbers.max() ?? -1) + 1) {
            let concept = "§\(n)"
            if let list = ancestors[concept] { text.append(line("A", concept, list.joined(separator: " "))) }
            if let list = signs[concept] { text.append(line("G", concept, list.joined(separator: " "))) }
            if let name = names[concept] { text.append(line("N", concept, Self.escape(name))) }
            if let list = spellings[concept] { text.append(line("S", concept, list.map(Self.escape).joined(separator: "\u{1F}"))) }
            if let kind = kinds[concept] { text.append(line("K", concept, Self.escape(kind))) }
            conceptStarts.append(UInt32(text.count))
        }
        let head = [UInt32(groupStarts.count - 1), UInt32(conceptStarts.count - 1)] + groupStarts + conceptStarts
        return head.map(\.littleEndian).withUnsafeBytes { Data($0) } + text
    }

    /// The number of concept `§n`, or nil.
    static func number(_ concept: String) -> Int? {
        guard concept.hasPrefix("§"), let n = Int(concept.dropFirst()), n >= 0, "§\(n)" == concept else { return nil }
        return n
    }

    /// A table read from a saved index, where it lies.
    init(saved: SavedConceptTable) { self.saved = saved }

    /// Lines of the text above into dictionaries, on bytes: splitting thousands of lines as
    /// `Character`s took longer than building the table.
    init?(lines bytes: UnsafeRawBufferPointer) {
        func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeRawBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) }
        func words(_ from: Int, _ to: Int) -> [String] {
            var out: [String] = [], start = from
            for i in from...to where i == to || bytes[i] == 0x20 {
                if i > start { out.append(text(start, i)) }
                start = i + 1
            }
            return out
        }
        var start = 0
        while start < bytes.count {
            var end = start, tabs: [Int] = []
            while end < bytes.count, bytes[end] != 0x0A {
                if bytes[end] == 0x09, tabs.count < 2 { tabs.append(end) }
                end += 1
            }
            defer { start = end + 1 }
            if end == start { continue }
            guard tabs.count == 2, tabs[0] == start + 1 else { return nil }
            let concept = text(tabs[0] + 1, tabs[1])
            switch bytes[start] {
            case UInt8(ascii: "P"):
                let terms = words(tabs[1] + 1, end)
                guard let first = terms.first else { return nil }
                phrasesByFirst[first, default: []].append((terms, concept))
            case UInt8(ascii: "A"): ancestors[concept] = words(tabs[1] + 1, end)
            case UInt8(ascii: "G"): signs[concept] = words(tabs[1] + 1, end)
            case UInt8(ascii: "N"): names[concept] = Self.unescape(text(tabs[1] + 1, end))
            case UInt8(ascii: "K"): kinds[concept] = Self.unescape(text(tabs[1] + 1, end))
            case UInt8(ascii: "S"):
                spellings[concept] = tabs[1] + 1 == end ? [] : text(tabs[1] + 1, end).split(separator: "\u{1F}", omittingEmptySubsequences: false).map { Self.unescape(String($0)) }
            default: return nil
            }
        }
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\u{1F}", with: "\\u")
    }

    static func unescape(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "\\")) else { return s } // (Foundation's `contains` bridges to NSString)
        var out = "", escaped = false
        for c in s {
            if escaped { out.append(c == "t" ? "\t" : c == "n" ? "\n" : c == "u" ? "\u{1F}" : c); escaped = false }
            else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }
}

/// A saved concept table (`ConceptTable.encoded`) read where it lies in the index file: opening
/// checks the section's blocks (a glossary of 1,400 entries saves ~150 KB: a fraction of a
/// millisecond) and reads two counts; a word's phrases are found by binary search over the
/// groups' first terms and a concept's lines by its number, each decoded once and kept. A
/// damaged section is not opened (the whole index then is not used, and is rebuilt).
final class SavedConceptTable: @unchecked Sendable {
    /// Keeps the mapping that `bytes` lies in alive.
    private let file: VerifiedMapping
    /// The section, checked.
    private let bytes: UnsafeRawBufferPointer
    let groupCount: Int, conceptCount: Int
    /// Where the text starts, from the section's start.
    private let textStart: Int
    private let phraseCache = Mutex<[String: [ConceptTable.Phrase]]>([:])

    init?(file: VerifiedMapping, offset: Int, length: Int) {
        guard length >= 8, let bytes = file.read(offset, length) else { return nil }
        let groups = Int(UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self)))
        let concepts = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        guard groups < length / 4, concepts < length / 4, 8 + 4 * (groups + concepts + 2) <= length else { return nil }
        self.file = file; self.bytes = bytes
        groupCount = groups; conceptCount = concepts
        textStart = 8 + 4 * (groups + concepts + 2)
    }

    /// Offset `i` of the two tables (groups' first, then concepts').
    private func start(_ i: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 + 4 * i, as: UInt32.self))) }

    /// Text from `from` to `to` (offsets into the text), or nil when out of bounds.
    private func text(_ from: Int, _ to: Int) -> UnsafeRawBufferPointer? {
        guard from <= to, to <= bytes.count - textStart else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[(textStart + from)..<(textStart + to)])
    }

    private func group(_ g: Int) -> UnsafeRawBufferPointer? { text(start(g), start(g + 1)) }

    /// A group's first term: its first line's terms up to the first space.
    private func firstTerm(_ lines: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        var tabs = 0, at = 0
        while at < lines.count, tabs < 2 { if lines[at] == 0x09 { tabs += 1 }; at += 1 }
        guard tabs == 2 else { return nil }
        var end = at
        while end < lines.count, lines[end] != 0x20, lines[end] != 0x0A { end += 1 }
        return UnsafeRawBufferPointer(rebasing: lines[at..<end])
    }

    func phrases(startingWith term: String) -> [ConceptTable.Phrase]? {
        if let known = phraseCache.withLock({ $0[term] }) { return known.isEmpty ? nil : known }
        var key = term
        let found = key.withUTF8 { key -> [ConceptTable.Phrase] in
            var lo = 0, hi = groupCount
            while lo < hi {
                let mid = (lo + hi) / 2
                guard let lines = group(mid), let first = firstTerm(lines) else { return [] }
                switch SavedIndex.compare(first, UnsafeRawBufferPointer(key)) {
                case 0: return ConceptTable(lines: lines)?.phrasesByFirst[term] ?? []
                case ..<0: lo = mid + 1
                default: hi = mid
                }
            }
            return []
        }
        phraseCache.withLock { $0[term] = found }
        return found.isEmpty ? nil : found
    }

    /// Concept `§n`'s line of one kind ("A", "G", "N" or "S"): what follows its second tab, or nil
    /// when it has none (or there is no such concept).
    private func line(_ kind: UInt8, of concept: String) -> UnsafeRawBufferPointer? {
        guard let n = ConceptTable.number(concept), n < conceptCount, let lines = text(start(groupCount + 1 + n), start(groupCount + 2 + n)) else { return nil }
        var at = 0
        while at < lines.count {
            var end = at
            while end < lines.count, lines[end] != 0x0A { end += 1 }
            if lines[at] == kind {
                var tabs = 0, from = at
                while from < end, tabs < 2 { if lines[from] == 0x09 { tabs += 1 }; from += 1 }
                return tabs == 2 ? UnsafeRawBufferPointer(rebasing: lines[from..<end]) : nil
            }
            at = end + 1
        }
        return nil
    }

    /// Each field decoded once, when first asked for (most concepts a question meets need only
    /// their broader ones).
    final class Memo<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String: Value?] = [:]
        func value(_ key: String, _ make: () -> Value?) -> Value? {
            if let known = lock.withLock({ values[key] }) { return known }
            let made = make()
            lock.withLock { values[key] = .some(made) }
            return made
        }
    }
    private let ancestorMemo = Memo<[String]>(), signMemo = Memo<[String]>(), nameMemo = Memo<String>(), spellingMemo = Memo<[String]>(), kindMemo = Memo<String>()

    func ancestors(_ concept: String) -> [String]? {
        ancestorMemo.value(concept) {
            line(UInt8(ascii: "A"), of: concept).map { raw in raw.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }
        }
    }

    func signs(_ concept: String) -> [String]? {
        signMemo.value(concept) {
            line(UInt8(ascii: "G"), of: concept).map { raw in raw.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }
        }
    }

    func name(_ concept: String) -> String? {
        nameMemo.value(concept) { line(UInt8(ascii: "N"), of: concept).map { ConceptTable.unescape(String(decoding: $0, as: UTF8.self)) } }
    }

    func kind(_ concept: String) -> String? {
        kindMemo.value(concept) { line(UInt8(ascii: "K"), of: concept).map { ConceptTable.unescape(String(decoding: $0, as: UTF8.self)) } }
    }

    func spellings(_ concept: String) -> [String]? {
        spellingMemo.value(concept) {
            line(UInt8(ascii: "S"), of: concept).map { raw in
                raw.isEmpty ? [] : raw.split(separator: 0x1F, omittingEmptySubsequences: false).map { ConceptTable.unescape(String(decoding: $0, as: UTF8.self)) }
            }
        }
    }

    /// The whole table in dictionaries (empty when it does not read back).
    func whole() -> ConceptTable {
        text(0, bytes.count - textStart).flatMap { ConceptTable(lines: $0) } ?? ConceptTable(lines: UnsafeRawBufferPointer(start: nil, count: 0))!
    }
}
