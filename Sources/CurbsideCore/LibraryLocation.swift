import Foundation

/// Finds the library to open: `--data`, then `CURBSIDE_DATA`, then the bundled `Data/`.
public enum LibraryLocation {
    public static let environmentVariable = "CURBSIDE_DATA"

    /// The directory and how to name it in messages.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                               executable: String = CommandLine.arguments.first ?? "") -> (url: URL, display: String) {
        if let explicit, !explicit.isEmpty { return (URL(fileURLWithPath: explicit), explicit) }
        if let env = environment[environmentVariable], !env.isEmpty { return (URL(fileURLWithPath: env), env) }
        let bundled = bundledData(executable: executable)
        return (bundled, bundled.path)
    }

    /// Why `url` is not a library that can be opened, or nil when it is one: a directory holding
    /// `library.json` (or, for a library being built by hand, an `articles` folder).
    public static func problem(with url: URL, display: String) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            return "no library at '\(display)': \(errno == ENOENT ? "no such directory" : String(cString: strerror(errno)))"
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return "'\(display)' is not a directory, so it is not a library" }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let hasInfo = fm.fileExists(atPath: url.appendingPathComponent("library.json").path)
        let hasArticles = fm.fileExists(atPath: url.appendingPathComponent("articles").path, isDirectory: &isDirectory) && isDirectory.boolValue
        guard hasInfo || hasArticles else {
            return "'\(display)' is not a Curbside library (it has no library.json and no articles folder)"
        }
        return nil
    }

    /// The bundled library wherever the binary is started from: beside an installed binary
    /// (`../share/curbside/Data`), above a build folder (`.build/debug/curbside`), or the source checkout.
    static func bundledData(executable: String) -> URL {
        let fm = FileManager.default
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        candidates.append(dir.appendingPathComponent("../share/curbside/Data").standardizedFileURL)
        for _ in 0..<5 {
            candidates.append(dir.appendingPathComponent("Data"))
            dir = dir.deletingLastPathComponent()
        }
        // The checkout this binary was built from (Sources/CurbsideCore/ -> ../../Data).
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Data").standardizedFileURL)
        for candidate in candidates where fm.fileExists(atPath: candidate.appendingPathComponent("library.json").path) {
            return candidate.standardizedFileURL
        }
        return candidates.last!
    }
}
