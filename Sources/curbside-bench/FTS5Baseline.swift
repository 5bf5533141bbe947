import CSQLite
import CurbsideCore
import Foundation

/// The same articles in SQLite FTS5 (porter tokenizer, bm25 ranking): the baseline the
/// in-memory index is measured against.
final class FTS5Baseline {
    private var db: OpaquePointer?
    private var query: OpaquePointer?
    private var ids: [String] = []

    init(articles: [Article], path: String = ":memory:") throws {
        guard sqlite3_open(path, &db) == SQLITE_OK else { throw Failure("cannot open SQLite") }
        try exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
        // Same fields and weights as the index: question, tags, summaries, sections, reference titles.
        try exec("CREATE VIRTUAL TABLE docs USING fts5(question, tags, summary, body, refs, tokenize='porter unicode61 remove_diacritics 2')")
        // The article ids beside it, for the `sqlite3` program's one-shot query (rowid = position).
        try exec("CREATE TABLE ids(id TEXT)")
        try exec("BEGIN")
        var insert: OpaquePointer?
        sqlite3_prepare_v2(db, "INSERT INTO docs(rowid, question, tags, summary, body, refs) VALUES (?,?,?,?,?,?)", -1, &insert, nil)
        for (i, a) in articles.enumerated() {
            let items = ArticleTexts.all(a)
            let summary = items.filter { $0.part == .summaryLay || $0.part == .summaryClinical }.map(\.text).joined(separator: " ")
            let body = items.filter { $0.part != .summaryLay && $0.part != .summaryClinical && $0.part != .summaryCaregiver }.map(\.text).joined(separator: " ")
            sqlite3_bind_int64(insert, 1, Int64(i))
            for (k, text) in [a.question, a.tags.joined(separator: " "), summary, body, a.references.map(\.title).joined(separator: " ")].enumerated() {
                sqlite3_bind_text(insert, Int32(k + 2), text, -1, cs_sqlite_transient())
            }
            guard sqlite3_step(insert) == SQLITE_DONE else { throw Failure("insert failed") }
            sqlite3_reset(insert)
            try exec("INSERT INTO ids(rowid, id) VALUES (\(i), '\(a.id.replacingOccurrences(of: "'", with: "''"))')")
            ids.append(a.id)
        }
        sqlite3_finalize(insert)
        try exec("COMMIT")
        sqlite3_prepare_v2(db, "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3.0, 2.0, 1.5, 1.0, 0.5) LIMIT ?", -1, &query, nil)
    }

    deinit {
        sqlite3_finalize(query)
        sqlite3_close(db)
    }

    struct Failure: Error { var message: String; init(_ m: String) { message = m } }

    func exec(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw Failure(String(cString: sqlite3_errmsg(db))) }
    }

    /// Words of a reader's question as an FTS5 OR query (each word quoted, so no syntax errors).
    /// The same query as one SQL statement for the `sqlite3` program (same words, same weights).
    static func sql(_ text: String, limit: Int) -> String {
        let expression = matchExpression(text).replacingOccurrences(of: "'", with: "''")
        return "SELECT ids.id FROM docs JOIN ids ON ids.rowid = docs.rowid WHERE docs MATCH '\(expression)' ORDER BY bm25(docs, 3.0, 2.0, 1.5, 1.0, 0.5) LIMIT \(limit);"
    }

    static func matchExpression(_ text: String) -> String {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !StopWordsForBaseline.words.contains($0) }
        return words.map { "\"\($0)\"" }.joined(separator: " OR ")
    }

    func search(_ text: String, limit: Int = 10) -> [String] {
        let expression = Self.matchExpression(text)
        guard !expression.isEmpty else { return [] }
        sqlite3_reset(query)
        sqlite3_bind_text(query, 1, expression, -1, cs_sqlite_transient())
        sqlite3_bind_int(query, 2, Int32(limit))
        var out: [String] = []
        while sqlite3_step(query) == SQLITE_ROW { out.append(ids[Int(sqlite3_column_int64(query, 0))]) }
        return out
    }
}

/// The baseline gets the same stop-word treatment, so it is not penalised for "what" and "the".
enum StopWordsForBaseline {
    static let words: Set<String> = ["a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "if",
                                     "in", "is", "it", "my", "of", "on", "or", "should", "that", "the", "this", "to", "what", "when",
                                     "which", "who", "why", "will", "with", "you", "your"]
}

enum FTS5Version {
    static var string: UnsafePointer<CChar> { sqlite3_libversion() }
}
