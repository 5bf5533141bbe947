/// One thing wrong with a library, located as precisely as we can: file, line:column, JSON path.
public struct LibraryProblem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var position: SourcePosition?
    public var path: String
    public var message: String
    /// For an article file skipped because its name is not its id: the id it claims (review and
    /// imports refuse to touch an id that two files claim).
    public var claimedID: String?

    public init(file: String, position: SourcePosition? = nil, path: String = "", message: String, claimedID: String? = nil) {
        self.file = file; self.position = position; self.path = path; self.message = message; self.claimedID = claimedID
    }

    /// `file:line:col`, for a heading.
    public var location: String {
        position.map { "\(file):\($0.line):\($0.column)" } ?? file
    }

    /// `path: message`, what is wrong there.
    public var explanation: String { path.isEmpty ? message : "\(path): \(message)" }

    /// `file:line:col: path: message`, the shape compilers use so editors can jump to it.
    public var description: String {
        var s = file
        if let position { s += ":\(position.line):\(position.column)" }
        s += ": "
        if !path.isEmpty { s += path + ": " }
        return s + message
    }
}
