import Foundation

/// A strict reader of plain XML 1.0, the form data collections ship in: elements, attributes,
/// text, CDATA sections, comments, the XML declaration, the five named entities and character
/// references. Anything else (a document type declaration, another processing instruction) and
/// anything not well-formed is refused with its line.
///
/// Ours rather than FoundationXML's `XMLParser`: linking that one loads libxml2 (and with it a
/// second ICU, lzma and zlib) into every process at start, about 1.5 ms of each one-shot
/// `search` for the sake of `import medquad` alone; and it crashed on two fuzzed inputs.
struct XMLEventReader {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String])
        case text(String)
        case end(name: String)
    }

    struct Failure: Error, Equatable {
        var line: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var at = 0
    private var open: [String] = []
    private var rootSeen = false
    /// The end of an empty element (`<a/>`), given on the next call.
    private var pendingEnd: String?

    /// Fails unless `data` is UTF-8 text (after an optional byte-order mark).
    init(_ data: Data) throws(Failure) {
        guard let text = String(data: data, encoding: .utf8) else {
            let valid = String(decoding: data, as: UTF8.self).prefix { $0 != "\u{FFFD}" }
            throw Failure(line: valid.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }, message: "not UTF-8 text")
        }
        bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
    }

    /// The line of the place read up to (1-based).
    var line: Int { Self.line(of: at, in: bytes) }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws(Failure) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while at < bytes.count {
            if bytes[at] != lessThan {
                let start = at
                while at < bytes.count, bytes[at] != lessThan { at += 1 }
                let raw = bytes[start..<at]
                if open.isEmpty {
                    if let stray = raw.firstIndex(where: { !Self.isSpace($0) }) { throw failure(at: stray, "text outside the root element") }
                    continue
                }
                return .text(try decodeText(raw, from: start))
            }
            if starts(with: "<!--") {
                try skipComment()
            } else if starts(with: "<![CDATA[") {
                guard !open.isEmpty else { throw failure(at: at, "a CDATA section outside the root element") }
                let start = at + 9
                guard let end = find("]]>", from: start) else { throw failure(at: at, "a CDATA section that never ends") }
                try checkCharacters(start..<end)
                at = end + 3
                return .text(Self.normalisingLineEnds(bytes[start..<end]))
            } else if starts(with: "<!") {
                throw failure(at: at, "document type declarations are not read (<!…>)")
            } else if starts(with: "<?") {
                try skipDeclaration()
            } else if starts(with: "</") {
                return try endTag()
            } else {
                return try startTag()
            }
        }
        if let innermost = open.last { throw failure(at: at, "the file ends inside <\(innermost)>") }
        guard rootSeen else { throw failure(at: at, "no root element") }
        return nil
    }

    // MARK: - Markup

    private mutating func startTag() throws(Failure) -> Event {
        let tagStart = at
        at += 1
        let name = try readName()
        if rootSeen && open.isEmpty { throw failure(at: tagStart, "a second root element <\(name)>") }
        var attributes: [String: String] = [:]
        while true {
            let spaced = skipSpace()
            guard at < bytes.count else { throw failure(at: tagStart, "the tag <\(name) never ends") }
            if bytes[at] == greaterThan { at += 1; break }
            if starts(with: "/>") { at += 2; pendingEnd = name; break }
            guard spaced else { throw failure(at: at, "attributes of <\(name)> must be separated by space") }
            let attribute = try readName()
            skipSpace()
            guard at < bytes.count, bytes[at] == equals else { throw failure(at: at, "attribute \(attribute) of <\(name)> has no value") }
            at += 1
            skipSpace()
            guard at < bytes.count, bytes[at] == quote || bytes[at] == apostrophe else {
                throw failure(at: at, "attribute \(attribute) of <\(name)> is not quoted")
            }
            let mark = bytes[at]
            let start = at + 1
            at = start
            while at < bytes.count, bytes[at] != mark {
                guard bytes[at] != lessThan else { throw failure(at: at, "'<' inside attribute \(attribute) of <\(name)>") }
                at += 1
            }
            guard at < bytes.count else { throw failure(at: start, "attribute \(attribute) of <\(name)> never ends") }
            guard attributes[attribute] == nil else { throw failure(at: start, "attribute \(attribute) twice in <\(name)>") }
            // XML reads a tab or a line end typed in an attribute value as a space (one written
            // as a reference, "&#10;", stays what it is), and allows "]]>" there.
            attributes[attribute] = try decodeText(bytes[start..<at], from: start, inAttribute: true)
            at += 1
        }
        if pendingEnd == nil { open.append(name) }
        rootSeen = true
        return .start(name: name, attributes: attributes)
    }

    private mutating func endTag() throws(Failure) -> Event {
        let tagStart = at
        at += 2
        let name = try readName()
        skipSpace()
        guard at < bytes.count, bytes[at] == greaterThan else { throw failure(at: tagStart, "the end tag </\(name) never ends") }
        at += 1
        guard let innermost = open.last else { throw failure(at: tagStart, "</\(name)> closes no element") }
        guard innermost == name else { throw failure(at: tagStart, "</\(name)> where </\(innermost)> was expected") }
        open.removeLast()
        return .end(name: name)
    }

    private mutating func skipComment() throws(Failure) {
        let start = at + 4
        guard let end = find("--", from: start) else { throw failure(at: at, "a comment that never ends") }
        guard end + 2 < bytes.count, bytes[end + 2] == greaterThan else { throw failure(at: end, "'--' inside a comment") }
        try checkCharacters(start..<end)
        at = end + 3
    }

    /// Only the XML declaration, at the start of the file: any other `<?…?>` is refused.
    private mutating func skipDeclaration() throws(Failure) {
        let first = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let atStart = !rootSeen && bytes[first..<at].allSatisfy(Self.isSpace)
        guard atStart, starts(with: "<?xml"), at + 5 < bytes.count, Self.isSpace(bytes[at + 5]),
              let end = find("?>", from: at + 5) else {
            throw failure(at: at, "unexpected processing instruction (<?…?>)")
        }
        let content = String(decoding: bytes[(at + 5)..<end], as: UTF8.self)
        guard content.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("version") else {
            throw failure(at: at, "unexpected processing instruction (<?…?>): an XML declaration without a version")
        }
        at = end + 2
    }

    // MARK: - Pieces

    private mutating func readName() throws(Failure) -> String {
        let start = at
        guard at < bytes.count, Self.startsName(bytes[at]) else { throw failure(at: at, "a tag without a proper name") }
        at += 1
        while at < bytes.count, Self.continuesName(bytes[at]) { at += 1 }
        return String(decoding: bytes[start..<at], as: UTF8.self)
    }

    /// Skips spaces and line ends; whether there were any.
    @discardableResult private mutating func skipSpace() -> Bool {
        let start = at
        while at < bytes.count, Self.isSpace(bytes[at]) { at += 1 }
        return at > start
    }

    /// Character data with its references read and its line ends made "\n"; in an attribute value,
    /// its typed tabs and line ends made spaces.
    private func decodeText(_ raw: ArraySlice<UInt8>, from offset: Int, inAttribute: Bool = false) throws(Failure) -> String {
        try checkCharacters(raw.startIndex..<raw.endIndex)
        if inAttribute {
            let spaced = raw.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
                ? ArraySlice(Self.spacingLineEnds(raw)) : raw
            return try decodeReferences(spaced, checkingCDATAEnd: false)
        }
        return try decodeReferences(raw, checkingCDATAEnd: true)
    }

    private func decodeReferences(_ raw: ArraySlice<UInt8>, checkingCDATAEnd: Bool) throws(Failure) -> String {
        guard raw.contains(ampersand) else {
            if checkingCDATAEnd, let end = firstOccurrence(of: "]]>", in: raw) { throw failure(at: end, "']]>' in text") }
            return Self.normalisingLineEnds(raw)
        }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let byte = raw[i]
            guard byte == ampersand else {
                if checkingCDATAEnd, byte == greaterThan, i - raw.startIndex >= 2, raw[i - 1] == rightBracket, raw[i - 2] == rightBracket {
                    throw failure(at: i - 2, "']]>' in text")
                }
                out.append(byte); i += 1; continue
            }
            guard let semicolon = raw[i...].prefix(12).firstIndex(of: semicolon) else { throw failure(at: i, "'&' that starts no reference") }
            let reference = String(decoding: raw[(i + 1)..<semicolon], as: UTF8.self)
            guard let scalar = Self.scalar(of: reference) else { throw failure(at: i, "unknown reference &\(reference);") }
            out += Array(String(Character(scalar)).utf8)
            i = semicolon + 1
        }
        return Self.normalisingLineEnds(out[...])
    }

    /// XML's characters: no control character but tab and line ends, no U+FFFE or U+FFFF.
    private func checkCharacters(_ range: Range<Int>) throws(Failure) {
        for i in range {
            let byte = bytes[i]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { throw failure(at: i, "a control character (\(byte))") }
            if byte == 0xBF, i >= 2, bytes[i - 2] == 0xEF, bytes[i - 1] == 0xBF { throw failure(at: i, "a character XML does not allow (U+FFFF)") }
            if byte == 0xBE, i >= 2, bytes[i - 2] == 0xEF, bytes[i - 1] == 0xBF { throw failure(at: i, "a character XML does not allow (U+FFFE)") }
        }
    }

    static func scalar(of reference: String) -> Unicode.Scalar? {
        switch reference {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        let value: UInt32?
        if reference.hasPrefix("#x") { value = UInt32(reference.dropFirst(2), radix: 16) }
        else if reference.hasPrefix("#") { value = UInt32(reference.dropFirst(), radix: 10) }
        else { return nil }
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        let allowed = value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || value >= 0x10000
        return allowed ? scalar : nil
    }

    /// A CR LF pair, a CR, an LF or a tab each made one space (XML's attribute-value rule).
    static func spacingLineEnds(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let byte = raw[i]
            if byte == 0x0D || byte == 0x0A || byte == 0x09 {
                out.append(0x20)
                if byte == 0x0D, i + 1 < raw.endIndex, raw[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(byte)
            }
            i += 1
        }
        return out
    }

    static func normalisingLineEnds(_ raw: ArraySlice<UInt8>) -> String {
        guard raw.contains(0x0D) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            if raw[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < raw.endIndex, raw[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(raw[i])
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    private func failure(at offset: Int, _ message: String) -> Failure {
        Failure(line: Self.line(of: offset, in: bytes), message: message)
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        let pointer = text.utf8Start
        for k in 0..<count where bytes[at + k] != pointer[k] { return false }
        return true
    }

    private func find(_ text: StaticString, from start: Int) -> Int? {
        firstOccurrence(of: text, in: bytes[start...])
    }

    private func firstOccurrence(of text: StaticString, in slice: ArraySlice<UInt8>) -> Int? {
        let count = text.utf8CodeUnitCount
        let pointer = text.utf8Start
        guard slice.count >= count else { return nil }
        var i = slice.startIndex
        while i + count <= slice.endIndex {
            if slice[i] == pointer[0] {
                var k = 1
                while k < count, slice[i + k] == pointer[k] { k += 1 }
                if k == count { return i }
            }
            i += 1
        }
        return nil
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    /// ASCII letters, "_" and ":", and any character beyond ASCII.
    static func startsName(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x3A || byte >= 0x80
    }
    static func continuesName(_ byte: UInt8) -> Bool {
        startsName(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }
}

private let lessThan: UInt8 = 0x3C, greaterThan: UInt8 = 0x3E, ampersand: UInt8 = 0x26, semicolon: UInt8 = 0x3B
private let equals: UInt8 = 0x3D, quote: UInt8 = 0x22, apostrophe: UInt8 = 0x27, rightBracket: UInt8 = 0x5D
