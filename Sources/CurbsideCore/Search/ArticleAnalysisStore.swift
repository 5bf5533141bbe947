import Foundation

/// What `ask` analysed of an article's texts (`SearchIndex.analyseWithNamed`), kept in the cache
/// directory so the next `ask` that quotes the same article reads it instead of analysing every
/// sentence again with the glossary: a good part of a one-shot `ask` (issue 15).
///
/// One file per article, named by its id. Entries are keyed by the text itself, so an article
/// edited since is never answered from what its old text gave: its new sentences are simply not
/// found and are analysed afresh. The file's first line names what the analysis depends on
/// besides the text (the analyser's version and the glossary's stamp); a file written under
/// another is ignored and replaced. Files are the reader's alone (0600 in a 0700 directory),
/// never written in a private session, and `curbside forget questions` deletes them, since
/// which articles questions were answered from says something of what was asked.
public struct ArticleAnalysisStore: Sendable {
    public let directory: URL
    /// What the analysis depends on besides the text.
    public let key: String
    public let savesFiles: Bool
    let access: FileAccess
    /// At most this many articles' analyses are kept (a script asking about every article of a
    /// large library would otherwise keep one file per article): past it, the least recently
    /// written tenth goes.
    let limit: Int

    public init(directory: URL, key: String, savesFiles: Bool, access: FileAccess, limit: Int = 2_000) {
        (self.directory, self.key, self.savesFiles, self.access, self.limit) = (directory, key, savesFiles, access, limit)
    }

    static let magic = "curbside-analysis 1"

    func file(_ articleID: String) -> URL? {
        ArticleID.isValid(articleID) ? directory.appendingPathComponent(articleID) : nil
    }

    /// The analyses kept for an article's texts (empty when there are none, or they were made
    /// under another key, or the file is damaged).
    public func load(_ articleID: String) -> [String: AnalysisMemo.Analysis] {
        guard let url = file(articleID), let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        return Self.decode(data, key: key) ?? [:]
    }

    /// Keeps these analyses for an article (replacing what was kept).
    public func save(_ articleID: String, _ entries: [String: AnalysisMemo.Analysis]) {
        guard savesFiles, !entries.isEmpty, let url = file(articleID) else { return }
        try? AtomicFile.makeDirectory(directory, access: access)
        try? AtomicFile.write(Self.encode(entries, key: key), to: url, durable: false, access: access)
        prune()
    }

    /// Keeps the folder within `limit` files (only a write, never a read, pays for looking).
    func prune() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let files = names.filter { !$0.hasPrefix(".") }
        guard files.count > limit else { return }
        let dated = files.map { name -> (String, Int64) in (name, FileStamp.of(directory.appendingPathComponent(name).path)?.modified ?? 0) }
        for (name, _) in dated.sorted(by: { $0.1 < $1.1 }).prefix(files.count - limit + limit / 10) {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// A header line, then one line per text: the text (backslash, tab and newline escaped), a
    /// tab, its terms, a tab, the terms it names itself ("=" when the same; terms are single
    /// words: no blanks).
    static func encode(_ entries: [String: AnalysisMemo.Analysis], key: String) -> Data {
        var out = Array(header(key))
        for (text, analysis) in entries.sorted(by: { $0.key < $1.key }) {
            // (Escaped byte by byte: Foundation's replacingOccurrences cost more than the rest of an `ask`.)
            for byte in text.utf8 {
                switch byte {
                case 0x5C: out += [0x5C, 0x5C]
                case 0x09: out += [0x5C, 0x74]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                default: out.append(byte)
                }
            }
            out.append(0x09); out += analysis.all.joined(separator: " ").utf8
            out.append(0x09); out += (analysis.named == analysis.all ? "=" : analysis.named.joined(separator: " ")).utf8
            out.append(0x0A)
        }
        return Data(out)
    }

    /// The first line: the magic and the key (on one line).
    static func header(_ key: String) -> String.UTF8View {
        "\(magic)\t\(key.replacingScalar("\n", with: " "))\n".utf8
    }

    /// Read on bytes: a one-shot `ask` reads three of these files, and splitting Swift strings
    /// cost as much as analysing the texts again.
    static func decode(_ data: Data, key: String) -> [String: AnalysisMemo.Analysis]? {
        let header = Array(header(key))
        return data.withUnsafeBytes { raw -> [String: AnalysisMemo.Analysis]? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            guard n >= header.count, bytes.prefix(header.count).elementsEqual(header), n == header.count || bytes[n - 1] == 0x0A else { return nil }
            func words(_ from: Int, _ to: Int) -> [String] {
                var out: [String] = []
                var start = from
                for i in from...to where i == to || bytes[i] == 0x20 {
                    if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                    start = i + 1
                }
                return out
            }
            var entries: [String: AnalysisMemo.Analysis] = [:]
            var i = header.count
            while i < n {
                var tabs: [Int] = [], end = i
                while end < n, bytes[end] != 0x0A { if bytes[end] == 0x09 { tabs.append(end) }; end += 1 }
                guard tabs.count == 2 else { return nil }
                let text = unescape(UnsafeBufferPointer(rebasing: bytes[i..<tabs[0]]))
                let all = words(tabs[0] + 1, tabs[1])
                let named = end - tabs[1] == 2 && bytes[tabs[1] + 1] == 0x3D ? all : words(tabs[1] + 1, end)
                entries[text] = (all, named)
                i = end + 1
            }
            return entries
        }
    }

    static func unescape(_ field: UnsafeBufferPointer<UInt8>) -> String {
        guard field.contains(0x5C) else { return String(decoding: field, as: UTF8.self) }
        var out: [UInt8] = [], escaping = false
        out.reserveCapacity(field.count)
        for b in field {
            if escaping {
                switch b { case 0x6E: out.append(0x0A); case 0x74: out.append(0x09); case 0x72: out.append(0x0D); default: out.append(b) }
                escaping = false
            } else if b == 0x5C { escaping = true } else { out.append(b) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
