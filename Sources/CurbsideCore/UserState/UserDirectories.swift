import Foundation

/// Where a user's own state and caches live (XDG base directories, looked up here only), never inside a library.
public struct UserDirectories: Sendable {
    public var config: URL
    public var state: URL
    public var data: URL
    /// Caches (catalog outline, saved search index): nothing about the reader.
    public var cache: URL

    public init(config: URL, state: URL, data: URL, cache: URL? = nil) {
        self.config = config; self.state = state; self.data = data
        self.cache = cache ?? data.deletingLastPathComponent().appendingPathComponent("cache")
    }

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> UserDirectories {
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        func base(_ variable: String, _ fallback: String) -> URL {
            if let v = environment[variable], v.hasPrefix("/") { return URL(fileURLWithPath: v) }
            return home.appendingPathComponent(fallback)
        }
        return UserDirectories(
            config: base("XDG_CONFIG_HOME", ".config").appendingPathComponent("curbside"),
            state: base("XDG_STATE_HOME", ".local/state").appendingPathComponent("curbside"),
            data: base("XDG_DATA_HOME", ".local/share").appendingPathComponent("curbside"),
            cache: base("XDG_CACHE_HOME", ".cache").appendingPathComponent("curbside")
        )
    }

    public var submittedQuestions: URL { data.appendingPathComponent("submitted") }
}
