import Foundation

/// A value built on first use and kept: costly things (search index, glossary matcher, filter
/// text) that start-up should not wait for. Thread-safe, since the runner may load in background.
final class Lazy<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var built: T?
    private let make: () -> T

    init(_ make: @escaping () -> T) { self.make = make }

    var value: T {
        lock.withLock {
            if let built { return built }
            let v = make()
            built = v
            return v
        }
    }
}
