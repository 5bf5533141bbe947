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
