import Foundation

/// Imports a MedQuAD collection (a folder of XML files, searched recursively) into a library folder.
public struct MedQuADImport: Sendable {
    public let source: URL
    public let repository: JSONFileRepository
    public let conversion: MedQuADConversion

    public init(source: URL, into repository: JSONFileRepository, conversion: MedQuADConversion) {
        self.source = source; self.repository = repository; self.conversion = conversion
    }

    public enum Failure: Error, CustomStringConvertible {
        case noFiles(String)
        case library(String)
        public var description: String {
            switch self {
            case .noFiles(let path): "no MedQuAD .xml files in \(path)"
            case .library(let why): why
            }
        }
    }

    struct Converted {
        var result: MedQuADConversion.Result
        var encoded: [Data]
        var pairCount: Int
    }

    func convert(_ file: URL) -> Result<Converted, MedQuADReader.Failure> {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failure(.init(line: 0, message: "cannot read: \(String(cString: strerror(errno)))"))
        }
        let doc: MedQuADDocument
        do throws(MedQuADReader.Failure) { doc = try MedQuADReader.read(data) } catch { return .failure(error) }
        let result = conversion.convert(doc)
        // Encoding these plain value types cannot fail.
        let encoded = result.articles.map { try! ArticleJSON.encode($0) }
        return .success(Converted(result: result, encoded: encoded, pairCount: doc.pairs.count))
    }

    /// The .xml files under the source, in a stable order.
    public func files() -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory) else { return [] }
        if !isDirectory.boolValue { return [source] }
        var found: [URL] = []
        let walker = FileManager.default.enumerator(at: source, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            if url.pathExtension.lowercased() == "xml" { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Parses files in parallel batches, writes each batch's articles, and reports progress after each.
    public func run(progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> ImportSummary {
        let files = files()
        guard !files.isEmpty else { throw Failure.noFiles(source.path) }
        do { try LibraryScaffold.prepare(repository.directory, title: "MedQuAD import") } catch {
            throw Failure.library("\(error)")
        }
        // Nothing is written while any file it could touch is unreadable (see WriteSafety).
        let current = repository.load(progress: nil)
        do { try WriteSafety.check(current, repository: repository) } catch { throw Failure.library(error.description) }
        var existing = repository.storedArticleIDs()
        var glossary = current.glossary
        var claimed = Set(glossary.flatMap(\.names).map { $0.lowercased() })
        var summary = ImportSummary()
        let batchSize = 256
        progress(0, files.count)
        for start in stride(from: 0, to: files.count, by: batchSize) {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            // Reading, parsing, converting and encoding run in parallel; writing and bookkeeping do not.
            let converted = ResultSlots<Result<Converted, MedQuADReader.Failure>>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                converted[i] = convert(batch[i])
            }
            for (i, outcome) in converted.values.enumerated() {
                summary.filesRead += 1
                switch outcome {
                case .failure(let failure)?:
                    summary.skip("unreadable file")
                    summary.fileProblems.append("\(batch[i].path): \(failure)")
                case .success(let item)?:
                    let result = item.result
                    summary.skip("answer withheld by the collection (empty <Answer>)", result.withheld)
                    summary.skip("question without text or id", result.unusable.count)
                    if item.pairCount == 0 { summary.skip("file without question–answer pairs") }
                    for (article, data) in zip(result.articles, item.encoded) {
                        guard existing.insert(article.id).inserted else { summary.skip("already in the library"); continue }
                        do { try AtomicFile.write(data, to: repository.articleURL(article.id), durable: false) } catch {
                            throw Failure.library("cannot write \(repository.articleURL(article.id).path): \(error)")
                        }
                        summary.imported += 1
                    }
                    if let entry = result.glossaryEntry {
                        let names = entry.names.map { $0.lowercased() }
                        if names.contains(where: claimed.contains) { summary.skip("glossary entry whose name the glossary already has") }
                        else { glossary.append(entry); claimed.formUnion(names); summary.glossaryAdded += 1 }
                    }
                case nil: break
                }
            }
            progress(min(start + batchSize, files.count), files.count)
        }
        if summary.glossaryAdded > 0 {
            do { try repository.saveGlossary(glossary) } catch { throw Failure.library("cannot write the glossary: \(error)") }
        }
        sync()
        return summary
    }
}
