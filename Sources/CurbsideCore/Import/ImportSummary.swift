import Foundation

/// What an import did: counts for the closing summary, and each file it could not use and why.
public struct ImportSummary: Sendable {
    public var filesRead = 0
    public var imported = 0
    public var attached = 0
    public var glossaryAdded = 0
    /// Skipped items by reason, e.g. "answer withheld (empty <Answer>)": 12.
    public var skipped: [String: Int] = [:]
    /// Files that could not be read, as "path: reason".
    public var fileProblems: [String] = []

    public init() {}

    mutating func skip(_ reason: String, _ count: Int = 1) {
        if count > 0 { skipped[reason, default: 0] += count }
    }

    /// Plain lines for the terminal.
    public func lines(into directory: String) -> [String] {
        var out = ["Read \(filesRead) file\(filesRead == 1 ? "" : "s"); imported \(imported) article\(imported == 1 ? "" : "s") into \(directory)."]
        if attached > 0 { out.append("Attached to \(attached) existing article\(attached == 1 ? "" : "s").") }
        if glossaryAdded > 0 { out.append("Added \(glossaryAdded) glossary entr\(glossaryAdded == 1 ? "y" : "ies").") }
        if skipped.isEmpty { out.append("Skipped nothing.") } else {
            out.append("Skipped:")
            for (reason, count) in skipped.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                out.append("  \(count)  \(reason)")
            }
        }
        for problem in fileProblems.prefix(20) { out.append("  \(problem)") }
        if fileProblems.count > 20 { out.append("  … and \(fileProblems.count - 20) more unreadable files") }
        return out
    }
}
