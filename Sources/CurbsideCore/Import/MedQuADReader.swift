import Foundation

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
        var collector = Collector()
        do throws(XMLEventReader.Failure) {
            var reader = try XMLEventReader(data)
            while let event = try reader.next() {
                if let message = collector.take(event) { throw XMLEventReader.Failure(line: reader.line, message: message) }
            }
        } catch {
            throw Failure(line: error.line, message: error.message.hasPrefix("not ") ? error.message : "not well-formed XML: \(error.message)")
        }
        guard let doc = collector.document else { throw Failure(line: 0, message: "empty file") }
        return doc
    }

    /// Element names compared in lowercase; the variants differ only in case and in these aliases.
    static let roots: Set<String> = ["document", "doc", "diseasefile"]
    static let focusNames: Set<String> = ["focus", "doctitle-focus"]
    static let pairNames: Set<String> = ["qapair", "pair"]

    /// Builds the document from the reader's events; the text of an element is what it holds
    /// after its last child.
    struct Collector {
        var document: MedQuADDocument?
        private var text = ""
        private var pair: MedQuADDocument.Pair?
        private var depth = 0

        /// Takes one event; a message when the file is not a MedQuAD document.
        mutating func take(_ event: XMLEventReader.Event) -> String? {
            switch event {
            case .start(let name, let attributes): return start(name, attributes)
            case .text(let string): text += string
            case .end(let name): end(name)
            }
            return nil
        }

        private mutating func start(_ name: String, _ attributes: [String: String]) -> String? {
            let element = name.lowercased()
            depth += 1
            text = ""
            if depth == 1 {
                guard MedQuADReader.roots.contains(element) else {
                    return "not a MedQuAD document: the root element is <\(name)>, expected <Document>, <doc> or <DiseaseFile>"
                }
                let attrs = Dictionary(attributes.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
                document = MedQuADDocument(
                    id: attrs["id"] ?? attrs["docid"] ?? attrs["fid"] ?? "",
                    source: attrs["source"] ?? attrs["corpus"] ?? "",
                    url: attrs["url"] ?? "", focus: "", synonyms: [], category: nil, pairs: [])
                return nil
            }
            if MedQuADReader.pairNames.contains(element) {
                pair = MedQuADDocument.Pair(pid: attributes["pid"] ?? "", qid: "", qtype: "", question: "", answer: "")
            } else if element == "question" {
                pair?.qid = attributes["qid"] ?? ""
                pair?.qtype = attributes["qtype"] ?? ""
            }
            return nil
        }

        private mutating func end(_ name: String) {
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
