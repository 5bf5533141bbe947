/// A line and column in a text file, both counted from 1 (columns in Unicode scalars).
public struct SourcePosition: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public var description: String { "\(line):\(column)" }
}

/// Where every value of a JSON document starts, by JSON path (`sections.research.groups[1].bullets[2]`).
///
/// Foundation's decoder reports *which* value is wrong but not *where* it is in the file;
/// editors need the line. This small scanner is run only when a problem must be reported.
public struct JSONSourceMap: Sendable {
    public private(set) var positions: [String: SourcePosition] = [:]

    /// A syntax error found while scanning, with its position.
    public struct SyntaxError: Error, Equatable, Sendable {
        public var position: SourcePosition
        public var message: String
    }

    public init(bytes: [UInt8]) throws(SyntaxError) {
        var scanner = Scanner(bytes: bytes)
        scanner.skipWhitespace()
        try scanner.value(path: "", into: &positions)
        scanner.skipWhitespace()
        if scanner.index < bytes.count {
            throw scanner.error("unexpected text after the end of the JSON value")
        }
    }

    /// The position of a path, or of its nearest ancestor that has one.
    public func position(of path: String) -> SourcePosition? {
        var p = path
        while true {
            if let found = positions[p] { return found }
            if p.isEmpty { return nil }
            p = JSONSourceMap.parent(of: p)
        }
    }

    static func parent(of path: String) -> String {
        guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
        return String(path[..<cut])
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var column = 1

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // Skip a UTF-8 byte-order mark, which some editors write.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        var here: SourcePosition { SourcePosition(line: line, column: column) }

        func error(_ message: String) -> SyntaxError { SyntaxError(position: here, message: message) }

        mutating func advance() {
            let b = bytes[index]
            index += 1
            if b == UInt8(ascii: "\n") { line += 1; column = 1 }
            else if b & 0xC0 != 0x80 { column += 1 } // count scalars, not continuation bytes
        }

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { advance() }
        }

        mutating func expect(_ c: Character) throws(SyntaxError) {
            guard index < bytes.count, bytes[index] == c.asciiValue! else {
                throw error(index < bytes.count ? "expected '\(c)'" : "unexpected end of file, expected '\(c)'")
            }
            advance()
        }

        /// Nesting deeper than this is refused rather than recursed into: the scanner recurses per
        /// level, and "[[[[…" 100,000 deep overflowed the stack (found by fuzzing). Foundation's
        /// JSON parser stops at 512 too.
        static let maximumDepth = 512
        var depth = 0

        mutating func value(path: String, into map: inout [String: SourcePosition]) throws(SyntaxError) {
            guard index < bytes.count else { throw error("unexpected end of file, expected a value") }
            guard depth < Self.maximumDepth else { throw error("nested more than \(Self.maximumDepth) levels deep") }
            depth += 1
            defer { depth -= 1 }
            map[path] = here
            switch bytes[index] {
            case UInt8(ascii: "{"):
                advance(); skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { advance(); return }
                while true {
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                        throw error("expected a quoted key")
                    }
                    let key = try string()
                    skipWhitespace(); try expect(":"); skipWhitespace()
                    try value(path: path.isEmpty ? key : path + "." + key, into: &map)
                    skipWhitespace()
                    guard index < bytes.count else { throw error("unexpected end of file inside an object") }
                    if bytes[index] == UInt8(ascii: ",") { advance(); continue }
                    if bytes[index] == UInt8(ascii: "}") { advance(); return }
                    throw error("expected ',' or '}' after an object member")
                }
            case UInt8(ascii: "["):
                advance(); skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { advance(); return }
                var n = 0
                while true {
                    skipWhitespace()
                    try value(path: path + "[\(n)]", into: &map)
                    n += 1
                    skipWhitespace()
                    guard index < bytes.count else { throw error("unexpected end of file inside an array") }
                    if bytes[index] == UInt8(ascii: ",") { advance(); continue }
                    if bytes[index] == UInt8(ascii: "]") { advance(); return }
                    throw error("expected ',' or ']' after an array element")
                }
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            default:
                throw error("unexpected character, expected a value")
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            for c in word.utf8 {
                guard index < bytes.count, bytes[index] == c else { throw error("invalid literal, expected '\(word)'") }
                advance()
            }
        }

        mutating func number() throws(SyntaxError) {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { advance() }
            var digits = 0
            while index < bytes.count, let b = Optional(bytes[index]),
                  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e")
                    || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                advance(); digits += 1
            }
            if digits == 0 || index == start { throw error("invalid number") }
        }

        /// Scans a string and returns its text (escapes decoded), for object keys.
        mutating func string() throws(SyntaxError) -> String {
            try expect("\"")
            var out: [UInt8] = []
            while true {
                guard index < bytes.count else { throw error("unterminated string") }
                let b = bytes[index]
                if b == UInt8(ascii: "\"") { advance(); break }
                if b < 0x20 { throw error("control character inside a string (use \\n for a new line)") }
                if b == UInt8(ascii: "\\") {
                    advance()
                    guard index < bytes.count else { throw error("unterminated string") }
                    let e = bytes[index]
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"): break
                    case UInt8(ascii: "u"):
                        for _ in 0..<4 {
                            advance()
                            guard index < bytes.count, (bytes[index] as UInt8).isHexDigit else { throw error("invalid \\u escape") }
                        }
                    default: throw error("invalid escape sequence")
                    }
                    advance()
                    continue
                }
                out.append(b)
                advance()
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
