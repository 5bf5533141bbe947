import Foundation

/// A JSON value that keeps what `Codable` forgets: the order of an object's keys, the exact text of
/// each number, and keys no Curbside type knows. Library files are edited by hand and kept in git,
/// so every write Curbside makes (review, imports) goes through here: what did not change is
/// written back exactly as it was, fields it does not know are kept, and a change is a small diff.
public indirect enum JSONDocument: Equatable, Sendable {
    case object([(key: String, value: JSONDocument)])
    case array([JSONDocument])
    case string(String)
    /// The number's text as written (`1.50` stays `1.50`).
    case number(String)
    case bool(Bool)
    case null

    public static func == (a: JSONDocument, b: JSONDocument) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let x), .array(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.number(let x), .number(let y)): x == y || (Double(x) != nil && Double(x) == Double(y))
        case (.bool(let x), .bool(let y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    /// The same value regardless of key order (what a decoder sees).
    func sameContent(_ other: JSONDocument) -> Bool {
        switch (self, other) {
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            let other = Dictionary(y.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            return x.allSatisfy { pair in other[pair.key].map { pair.value.sameContent($0) } ?? false }
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { $0.sameContent($1) }
        default: return self == other
        }
    }

    subscript(key: String) -> JSONDocument? {
        if case .object(let pairs) = self { return pairs.first { $0.key == key }?.value }
        return nil
    }

    // MARK: Reading

    struct SyntaxError: Error {}

    /// Parses a whole document; nil when it is not JSON (such a file is never merged into).
    public static func parse(_ data: Data) -> JSONDocument? {
        var reader = Reader(bytes: [UInt8](data))
        guard let value = try? reader.value(depth: 0) else { return nil }
        reader.skipSpace()
        return reader.at == reader.bytes.count ? value : nil
    }

    private struct Reader {
        let bytes: [UInt8]
        var at = 0
        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
        }

        mutating func skipSpace() {
            while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) { at += 1 }
        }

        mutating func expect(_ literal: String) throws {
            for b in literal.utf8 { guard at < bytes.count, bytes[at] == b else { throw SyntaxError() }; at += 1 }
        }

        mutating func value(depth: Int) throws -> JSONDocument {
            guard depth < 512 else { throw SyntaxError() }
            skipSpace()
            guard at < bytes.count else { throw SyntaxError() }
            switch bytes[at] {
            case UInt8(ascii: "{"):
                at += 1
                var pairs: [(key: String, value: JSONDocument)] = []
                skipSpace()
                if at < bytes.count, bytes[at] == UInt8(ascii: "}") { at += 1; return .object(pairs) }
                while true {
                    skipSpace()
                    let key = try string()
                    skipSpace()
                    try expect(":")
                    pairs.append((key, try value(depth: depth + 1)))
                    skipSpace()
                    guard at < bytes.count else { throw SyntaxError() }
                    if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                    try expect("}")
                    return .object(pairs)
                }
            case UInt8(ascii: "["):
                at += 1
                var items: [JSONDocument] = []
                skipSpace()
                if at < bytes.count, bytes[at] == UInt8(ascii: "]") { at += 1; return .array(items) }
                while true {
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard at < bytes.count else { throw SyntaxError() }
                    if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                    try expect("]")
                    return .array(items)
                }
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try expect("true"); return .bool(true)
            case UInt8(ascii: "f"): try expect("false"); return .bool(false)
            case UInt8(ascii: "n"): try expect("null"); return .null
            default:
                let start = at
                while at < bytes.count, (0x30...0x39).contains(bytes[at]) || [0x2D, 0x2B, 0x2E, 0x65, 0x45].contains(bytes[at]) { at += 1 }
                let text = String(decoding: bytes[start..<at], as: UTF8.self)
                guard !text.isEmpty, Double(text) != nil else { throw SyntaxError() }
                return .number(text)
            }
        }

        mutating func string() throws -> String {
            try expect("\"")
            var out: [UInt8] = []
            while at < bytes.count {
                let b = bytes[at]
                at += 1
                switch b {
                case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard at < bytes.count else { throw SyntaxError() }
                    let e = bytes[at]; at += 1
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800..<0xDC00).contains(scalar), at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") {
                            at += 2
                            let low = try hex4()
                            // (A high surrogate followed by anything but a low one is two broken
                            // characters, each a replacement character, never a subtraction below zero.)
                            if (0xDC00..<0xE000).contains(low) {
                                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                out.append(contentsOf: "\u{FFFD}".utf8)
                                scalar = low
                            }
                        }
                        out.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
                    default: out.append(e)
                    }
                default: out.append(b)
                }
            }
            throw SyntaxError()
        }

        mutating func hex4() throws -> UInt32 {
            guard at + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16) else { throw SyntaxError() }
            at += 4
            return v
        }
    }

    // MARK: Writing

    /// How a file is laid out: the library's house style is two spaces and `"key": value`;
    /// a file written another way keeps its own indent and colon.
    public struct Style: Equatable, Sendable {
        public var indent: String = "  "
        public var colon: String = ": "
        public static let house = Style()

        /// The style of an existing file, from its first indented line and its first colon.
        public static func of(_ data: Data) -> Style {
            var style = Style()
            let text = String(decoding: data.prefix(4096), as: UTF8.self)
            if let line = text.split(separator: "\n").dropFirst().first(where: { $0.first == " " || $0.first == "\t" }) {
                style.indent = String(line.prefix { $0 == " " || $0 == "\t" })
            }
            if text.contains("\" : ") { style.colon = " : " }
            return style
        }
    }

    /// The document as text, one value per line, ending with a newline.
    public func text(style: Style = .house) -> String {
        var out = ""
        write(into: &out, level: 0, style: style)
        out += "\n"
        return out
    }

    private func write(into out: inout String, level: Int, style: Style) {
        let pad = String(repeating: style.indent, count: level + 1)
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, pair) in pairs.enumerated() {
                out += pad + Self.quoted(pair.key) + style.colon
                pair.value.write(into: &out, level: level + 1, style: style)
                out += i + 1 < pairs.count ? ",\n" : "\n"
            }
            out += String(repeating: style.indent, count: level) + "}"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                item.write(into: &out, level: level + 1, style: style)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: style.indent, count: level) + "]"
        case .string(let s): out += Self.quoted(s)
        case .number(let n): out += n
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    // MARK: Merging

    /// The order keys are written in when a value is new: the order of the library's own files
    /// (docs/data-format.md). Keys not listed follow, in alphabetical order.
    static let keyOrder: [String: Int] = Dictionary(uniqueKeysWithValues: [
        "id", "question", "specialty", "tags", "questionTypes", "focus", "status", "lastUpdated", "summary", "questionsToAsk", "sections", "references", "related",
        "submission", "reviewHistory", "lay", "caregiver", "clinical", "guidelines", "drugLabel", "research", "healthInformation", "paragraphs",
        "keyConsiderations", "covers", "doesNotCover", "groups", "heading", "bullets", "kind", "title", "source", "year",
        "url", "pmid", "doi", "askedFrom", "persona", "submittedAt", "by", "at", "note", "entries", "term", "synonyms", "broader",
        "signs", "definition", "reviewedBy", "formatVersion", "personas", "audience", "label",
    ].enumerated().map { ($1, $0) })

    /// Keys in the library's order (for values written fresh).
    func ordered() -> JSONDocument {
        switch self {
        case .object(let pairs):
            let sorted = pairs.sorted { a, b in
                let x = Self.keyOrder[a.key] ?? Int.max, y = Self.keyOrder[b.key] ?? Int.max
                return x != y ? x < y : a.key < b.key
            }
            return .object(sorted.map { ($0.key, $0.value.ordered()) })
        case .array(let items): return .array(items.map { $0.ordered() })
        default: return self
        }
    }

    /// The value to write when `original` (the file as it is) was read as `before` (the decoded value,
    /// encoded again) and is now `after`. Unchanged values stay as written; keys `before` lacks are
    /// fields Curbside does not know, kept where they were; keys `after` adds are appended in the
    /// library's order; keys `after` drops are removed.
    static func merge(original: JSONDocument, before: JSONDocument, after: JSONDocument) -> JSONDocument {
        if before.sameContent(after) { return original }
        switch (original, before, after) {
        case (.object(let o), .object(let b), .object(let a)):
            let known = Set(b.map(\.key)), now = Dictionary(a.map { ($0.key, $0.value) }, uniquingKeysWith: { x, _ in x })
            let was = Dictionary(b.map { ($0.key, $0.value) }, uniquingKeysWith: { x, _ in x })
            var out: [(key: String, value: JSONDocument)] = []
            for pair in o {
                if let value = now[pair.key] {
                    out.append((pair.key, was[pair.key].map { merge(original: pair.value, before: $0, after: value) } ?? value.ordered()))
                } else if !known.contains(pair.key) {
                    out.append(pair) // unknown to Curbside, or written empty and left out when encoded: kept
                }
            }
            let present = Set(o.map(\.key))
            let added = JSONDocument.object(a.filter { !present.contains($0.key) }).ordered()
            if case .object(let extra) = added { out += extra }
            return .object(out)
        case (.array(let o), .array(let b), .array(let a)) where o.count == b.count:
            // Same length: element by element. Otherwise (items added or removed) an element keeps
            // its text only where it is unchanged at the same place; the rest is written anew.
            if a.count == b.count { return .array(zip(zip(o, b), a).map { merge(original: $0.0, before: $0.1, after: $1) }) }
            return .array(a.enumerated().map { i, value in i < b.count && b[i].sameContent(value) ? o[i] : value.ordered() })
        default:
            return after.ordered()
        }
    }
}
