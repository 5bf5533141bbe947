import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One MedQuAD file: a focus (the topic) and its question–answer pairs.
public struct MedQuADDocument: Equatable, Sendable {
    public struct Pair: Equatable, Sendable {
        public var pid: String
        public var qid: String
        public var qtype: String
        public var question: String
        /// Empty when the collection withheld the answer (MedlinePlus copyright).
        public var answer: String
    }

    public var id: String
    public var source: String
    public var url: String
    public var focus: String
    public var synonyms: [String]
    public var category: String?
    public var pairs: [Pair]
}

/// Reads the MedQuAD XML variants: `<Document id source url>`, `<DiseaseFile fid source url>` and the
/// lowercase `<doc docid corpus url>` with `<doctitle-focus>`, `<qaPairs>`, `<pair>`, `<question>`, `<answer>`.
public enum MedQuADReader {
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "line \(line): \(message)" : message }
    }

    public static func read(_ data: Data) throws(Failure) -> MedQuADDocument {
        // FoundationXML traps on invalid UTF-8 inside a comment (found by fuzzing): check first.
        if String(data: data, encoding: .utf8) == nil {
            let valid = String(decoding: data, as: UTF8.self).prefix { $0 != "\u{FFFD}" }
            let line = valid.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            throw Failure(line: line, message: "not UTF-8 text")
        }
        // FoundationXML also crashes (strlen of a null pointer) on a processing instruction without
        // data, such as a malformed `<?xml?>` (found by fuzzing). MedQuAD files have no processing
        // instructions but their XML declaration: anything else in `<?…?>` is refused first.
        if let line = firstProcessingInstruction(in: data) {
            throw Failure(line: line, message: "not a MedQuAD document: unexpected processing instruction (<?…?>)")
        }
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if let failure = collector.failure { throw failure }
        if !parsed {
            throw Failure(line: parser.lineNumber, message: "not well-formed XML")
        }
        guard let doc = collector.document else { throw Failure(line: 0, message: "empty file") }
        return doc
    }

    /// The line of the first `<?` that is not a proper leading XML declaration (`<?xml version=…?>`), if any.
    static func firstProcessingInstruction(in data: Data) -> Int? {
        let bytes = [UInt8](data)
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }                        // UTF-8 byte order mark
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        var line = 1
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A { line += 1 }
            if bytes[i] == 0x3C, bytes[i + 1] == 0x3F {                                 // "<?"
                let declaration = Array("<?xml version=".utf8)
                let end = bytes[i...].firstIndex(of: 0x3E) ?? bytes.count
                let isDeclaration = i == start && bytes[i...].starts(with: declaration) && end > i + declaration.count && bytes[end - 1] == 0x3F
                if !isDeclaration { return line }
                i = end
                continue
            }
            i += 1
        }
        return nil
    }

    /// Element names compared in lowercase; the variants differ only in case and in these aliases.
    static let roots: Set<String> = ["document", "doc", "diseasefile"]
    static let focusNames: Set<String> = ["focus", "doctitle-focus"]
    static let pairNames: Set<String> = ["qapair", "pair"]

    final class Collector: NSObject, XMLParserDelegate {
        var document: MedQuADDocument?
        var failure: Failure?
        private var text = ""
        private var pair: MedQuADDocument.Pair?
        private var depth = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = name.lowercased()
            depth += 1
            text = ""
            if depth == 1 {
                guard MedQuADReader.roots.contains(element) else {
                    failure = Failure(line: parser.lineNumber, message: "not a MedQuAD document: the root element is <\(name)>, expected <Document>, <doc> or <DiseaseFile>")
                    parser.abortParsing()
                    return
                }
                let attrs = Dictionary(attributes.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
                document = MedQuADDocument(
                    id: attrs["id"] ?? attrs["docid"] ?? attrs["fid"] ?? "",
                    source: attrs["source"] ?? attrs["corpus"] ?? "",
                    url: attrs["url"] ?? "", focus: "", synonyms: [], category: nil, pairs: [])
                return
            }
            if MedQuADReader.pairNames.contains(element) {
                pair = MedQuADDocument.Pair(pid: attributes["pid"] ?? "", qid: "", qtype: "", question: "", answer: "")
            } else if element == "question" {
                pair?.qid = attributes["qid"] ?? ""
                pair?.qtype = attributes["qtype"] ?? ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        /// libxml2 may recover from a mismatched tag and go on; a file with any such error is refused.
        func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
            if failure == nil { failure = Failure(line: parser.lineNumber, message: "not well-formed XML (error \((error as NSError).code))") }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            let element = name.lowercased()
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            text = ""
            switch element {
            case _ where MedQuADReader.focusNames.contains(element): document?.focus = value
            case "synonym": if !value.isEmpty { document?.synonyms.append(value) }
            case "category": if !value.isEmpty { document?.category = value }
            case "question": pair?.question = value
            case "answer": pair?.answer = value
            case _ where MedQuADReader.pairNames.contains(element):
                if let p = pair { document?.pairs.append(p) }
                pair = nil
            default: break
            }
        }
    }
}
