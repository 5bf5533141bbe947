/// JSON written directly, in exactly the form `JSONEncoder` gives with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indents, `"key" : value`, keys in
/// order, an empty list as `[` and `]` with a blank line between).
///
/// Why: `ask` and `search` print one small value each, and `JSONEncoder` spent ~0.4 ms of a
/// one-shot `ask` on it, most of it the runtime looking up protocol conformances for each type it
/// meets. A test compares the two on every fixture question's answer.
public enum PrettyJSON {
    public indirect enum Value {
        case object([(key: String, value: Value)])
        case array([Value])
        case string(String)
        case number(Double)
        case integer(Int)
        case bool(Bool)
    }

    public static func text(_ value: Value) -> String {
        var out = ""
        write(value, into: &out, indent: 0)
        return out
    }

    private static func write(_ value: Value, into out: inout String, indent: Int) {
        switch value {
        case .object(let pairs):
            let sorted = pairs.sorted { $0.key < $1.key }
            out += "{\n"
            if sorted.isEmpty { out += "\n" }
            for (i, pair) in sorted.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                quote(pair.key, into: &out)
                out += " : "
                write(pair.value, into: &out, indent: indent + 2)
                out += i < sorted.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        case .array(let items):
            out += "[\n"
            if items.isEmpty { out += "\n" }
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                write(item, into: &out, indent: indent + 2)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .string(let s):
            quote(s, into: &out)
        case .number(let d):
            var s = d.description
            if s.hasSuffix(".0") { s.removeLast(2) }
            out += s
        case .integer(let n):
            out += String(n)
        case .bool(let b):
            out += b ? "true" : "false"
        }
    }

    private static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension FollowUpAnswer {
    /// The answer as `ask --json` prints it (the fields its `Codable` form has; nil ones left out).
    public var prettyJSON: PrettyJSON.Value {
        var pairs: [(key: String, value: PrettyJSON.Value)] = [
            ("confident", .bool(confident)),
            ("answer", .array(answer.map(\.prettyJSON))),
            ("matches", .array(matches.map(\.prettyJSON))),
        ]
        if let understood { pairs.append(("understood", understood.prettyJSON)) }
        if let urgent { pairs.append(("urgent", .string(urgent))) }
        if let unheard { pairs.append(("unheard", .array(unheard.map { .string($0) }))) }
        return .object(pairs)
    }
}

extension FollowUpAnswer.Item {
    public var prettyJSON: PrettyJSON.Value {
        .object([("text", .string(text)), ("articleId", .string(articleId)), ("section", .string(section)),
                 ("citations", .array(citations.map { .integer($0) }))])
    }
}

extension FollowUpAnswer.Match {
    public var prettyJSON: PrettyJSON.Value {
        .object([("id", .string(id)), ("title", .string(title)), ("score", .number(score))])
    }
}

extension UnderstoodQuestion {
    public var prettyJSON: PrettyJSON.Value {
        .object([("type", .string(type)), ("types", .array(types.map { .string($0) })), ("focus", .array(focus.map { .string($0) })),
                 ("constraints", .array(constraints.map(\.prettyJSON))), ("searchText", .string(searchText))])
    }
}

extension UnderstoodQuestion.Constraint {
    public var prettyJSON: PrettyJSON.Value {
        var pairs: [(key: String, value: PrettyJSON.Value)] = [("kind", .string(kind)), ("text", .string(text))]
        if let value { pairs.append(("value", .string(value))) }
        return .object(pairs)
    }
}
