/// An import or a review step rewrites library files. A file it could not read (a syntax error, a
/// wrong shape, two files claiming one id) may hold an editor's unsaved work: rewriting it, or
/// writing beside it, would lose that work or act on the wrong copy. So the write stops, before
/// anything is written, with each such file's `file:line:col` and what is wrong.
public enum WriteSafety {
    public struct Refusal: Error, CustomStringConvertible {
        public var problems: [LibraryProblem]
        public var description: String {
            "the library has files that could not be read; nothing was written. Fix them first (curbside validate):\n"
                + problems.map { "  " + $0.description }.joined(separator: "\n")
        }
    }

    /// The loading problems of files a write may replace: the glossary, library and persona files,
    /// and every article file (any of them may be the one an import or review would write).
    public static func blockingProblems(_ library: Library, repository: JSONFileRepository) -> [LibraryProblem] {
        let guarded = ["glossary.json", "library.json", "personas.json"].map(repository.display)
        let articles = repository.display(JSONFileRepository.articlesFolder + "/")
        return library.problems.filter { p in
            guarded.contains(p.file) && !p.message.hasPrefix("missing file") || p.file.hasPrefix(articles)
        }
    }

    /// Throws the refusal when `library` (just loaded from `repository`) has any blocking problem.
    public static func check(_ library: Library, repository: JSONFileRepository) throws(Refusal) {
        let blocking = blockingProblems(library, repository: repository)
        if !blocking.isEmpty { throw Refusal(problems: blocking) }
    }
}
