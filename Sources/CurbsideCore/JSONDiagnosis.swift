import Foundation

/// Turns "this JSON could not be decoded" into one precise line for an editor.
enum JSONDiagnosis {
    /// Problems visible before decoding: an empty file, invalid UTF-8, a syntax error.
    static func precheck(_ data: Data, file: String) -> LibraryProblem? {
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            return LibraryProblem(file: file, message: "empty file")
        }
        if String(validating: data, as: UTF8.self) == nil {
            let offset = firstInvalidUTF8Offset(data)
            return LibraryProblem(file: file, message: "not valid UTF-8 (first bad byte at offset \(offset))")
        }
        do {
            _ = try JSONSourceMap(bytes: Array(data))
        } catch {
            return LibraryProblem(file: file, position: error.position, message: "invalid JSON: \(error.message)")
        }
        return nil
    }

    static func problem(for error: Error, in data: Data, file: String) -> LibraryProblem {
        guard let decoding = error as? DecodingError else {
            return LibraryProblem(file: file, message: "cannot decode: \(error)")
        }
        let map = try? JSONSourceMap(bytes: Array(data))
        func located(_ codingPath: [CodingKey], _ message: String) -> LibraryProblem {
            let path = pathString(codingPath)
            return LibraryProblem(file: file, position: map?.position(of: path), path: path, message: message)
        }
        switch decoding {
        case .keyNotFound(let key, let context):
            return located(context.codingPath, "missing required field '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            return located(context.codingPath, "expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return located(context.codingPath, "expected \(describe(type)), found null")
        case .dataCorrupted(let context):
            if let last = context.codingPath.last, ["status", "audience", "kind"].contains(last.stringValue) {
                let allowed: String = switch last.stringValue {
                case "status": ReviewStatus.allCases.map(\.rawValue).joined(separator: ", ")
                case "audience": Audience.allCases.map(\.rawValue).joined(separator: ", ")
                default: Reference.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                }
                return located(context.codingPath, "unknown value; use one of: \(allowed)")
            }
            // The decoder calls a number too large for any Swift number "not valid JSON"; it is
            // valid JSON (the source map read it), so name the number and where it is.
            if map != nil, context.codingPath.isEmpty, let document = JSONDocument.parse(data),
               let (path, text) = outOfRangeNumber(in: document, path: "") {
                return LibraryProblem(file: file, position: map?.position(of: path), path: path,
                                      message: "the number \(text.prefix(40)) is out of range (too large to read)")
            }
            return located(context.codingPath, "invalid value: \(context.debugDescription)")
        @unknown default:
            return LibraryProblem(file: file, message: "cannot decode: \(error)")
        }
    }

    /// The first number that does not fit a 64-bit integer (when written as one) or a finite double.
    static func outOfRangeNumber(in value: JSONDocument, path: String) -> (String, String)? {
        switch value {
        case .number(let text):
            let integral = !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
            let fits = integral ? Int64(text) != nil : (Double(text)?.isFinite ?? false)
            return fits ? nil : (path, text)
        case .object(let pairs):
            for pair in pairs {
                if let found = outOfRangeNumber(in: pair.value, path: path.isEmpty ? pair.key : "\(path).\(pair.key)") { return found }
            }
        case .array(let items):
            for (i, item) in items.enumerated() {
                if let found = outOfRangeNumber(in: item, path: "\(path)[\(i)]") { return found }
            }
        default: break
        }
        return nil
    }

    static func pathString(_ codingPath: [CodingKey]) -> String {
        var s = ""
        for key in codingPath {
            if let i = key.intValue { s += "[\(i)]" } else { s += s.isEmpty ? key.stringValue : "." + key.stringValue }
        }
        return s
    }

    static func describe(_ type: Any.Type) -> String {
        if type is String.Type { return "a string" }
        if type is Int.Type { return "a whole number" }
        if type is Double.Type { return "a number" }
        if type is Bool.Type { return "true or false" }
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "an array" }
        return "an object"

    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        let bytes = Array(data)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0x6 ? 2 : b >> 4 == 0xE ? 3 : b >> 3 == 0x1E ? 4 : 0
            if length == 0 || i + length > bytes.count { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return i
    }
}
