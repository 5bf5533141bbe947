import CurbsideCore
import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal
/// (scripts and logs get the summary alone), redrawn at most ten times a second, and only once
/// the work has taken `delay` seconds (a small library never flashes a bar). Safe to update
/// from several threads.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let showFrom: Double
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var drawn = false

    init(label: String, delay: Double = 0, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.label = label
        self.enabled = enabled
        showFrom = ProcessInfo.processInfo.systemUptime + delay
    }

    /// Runs `work` with a bar (shown after half a second) that `work` reports its progress to.
    static func during<T>(_ label: String, _ work: (@escaping ProgressReport) -> T) -> T {
        let bar = ProgressBar(label: label, delay: 0.5)
        defer { bar.finish() }
        return work { done, total in bar.update(done: done, total: total) }
    }

    static func line(label: String, done: Int, total: Int, width: Int = 30) -> String {
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        return "\(label) [\(bar)] \(Int((fraction * 100).rounded(.down)))%  \(done)/\(total)"
    }

    func update(done: Int, total: Int) {
        guard enabled else { return }
        let now = ProcessInfo.processInfo.systemUptime
        guard now >= showFrom else { return }
        lock.withLock {
            guard done >= total || now - lastDraw >= 0.1 else { return }
            lastDraw = now
            drawn = true
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.line(label: label, done: done, total: total)).utf8))
        }
    }

    /// Clears the bar so that the summary starts on a clean line.
    func finish() {
        lock.withLock {
            guard enabled, drawn else { return }
            drawn = false
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }
}
