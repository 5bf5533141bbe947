/// The keys each object of an article file may have. A key outside these is an error in
/// `validate`: the decoder ignores it, so a misspelled optional key (`keyConsideratons`,
/// `relatd`) would make its content silently disappear. (Rewrites keep such keys; see JSONDocument.)
public enum ArticleSchema {
    static let keys: [String: [String]] = [
        "": ["id", "question", "specialty", "tags", "questionTypes", "focus", "status", "lastUpdated", "summary", "sections", "references", "related", "questionsToAsk", "submission", "reviewHistory"],
        "summary": ["lay", "caregiver", "clinical"],
        "sections": ["guidelines", "drugLabel", "research", "healthInformation"],
        "sections.healthInformation": ["groups"],
        "sections.healthInformation.groups[]": ["heading", "bullets"],
        "sections.guidelines": ["paragraphs", "keyConsiderations"],
        "sections.drugLabel": ["paragraphs", "covers", "doesNotCover"],
        "sections.research": ["groups"],
        "sections.research.groups[]": ["heading", "bullets"],
        "references[]": ["kind", "title", "source", "year", "url", "pmid", "doi"],
        "submission": ["askedFrom", "persona", "submittedAt"],
        "reviewHistory[]": ["status", "by", "at", "note"],
    ]

    /// The keys of `glossary.json`: a misspelt `notIn` or `everyday` would silently mark a wrong sense.
    static let glossaryKeys: [String: [String]] = ["": ["entries"], "entries[]": GlossaryEntry.knownKeys]

    /// Every key the schema does not know, as (JSON path, message), with the likely intended key.
    public static func unknownKeys(in document: JSONDocument) -> [(path: String, message: String)] {
        unknownKeys(in: document, schema: keys)
    }

    /// The same check with another file's key table (`glossaryKeys`).
    static func unknownKeys(in document: JSONDocument, schema: [String: [String]]) -> [(path: String, message: String)] {
        var found: [(String, String)] = []
        visit(document, path: "", pattern: "", schema: schema, into: &found)
        return found
    }

    private static func visit(_ value: JSONDocument, path: String, pattern: String, schema: [String: [String]], into found: inout [(String, String)]) {
        switch value {
        case .object(let pairs):
            guard let allowed = schema[pattern] else { return }
            for pair in pairs {
                let child = path.isEmpty ? pair.key : "\(path).\(pair.key)"
                guard allowed.contains(pair.key) else {
                    let guess = allowed.min { distance(pair.key, $0) < distance(pair.key, $1) }
                    let hint = guess.flatMap { distance(pair.key, $0) <= max(2, $0.count / 3) ? "; did you mean '\($0)'?" : nil } ?? ""
                    found.append((child, "unknown key '\(pair.key)' (its content is not read)\(hint)"))
                    continue
                }
                visit(pair.value, path: child, pattern: pattern.isEmpty ? pair.key : "\(pattern).\(pair.key)", schema: schema, into: &found)
            }
        case .array(let items):
            for (i, item) in items.enumerated() { visit(item, path: "\(path)[\(i)]", pattern: pattern + "[]", schema: schema, into: &found) }
        default: return
        }
    }

    /// Edit distance (insert, delete, replace), for suggestions; keys are short.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        guard x.count < 64, y.count < 64 else { return Int.max / 2 }
        var row = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, y.count) where !y.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return x.isEmpty ? y.count : row[y.count]
    }
}
