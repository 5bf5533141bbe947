import Synchronization

/// A value built on first use and kept: costly things (glossary matcher, filter text) that
/// start-up should not wait for. Safe to share between threads.
final class Lazy<T: Sendable>: Sendable {
    private let built = Mutex<T?>(nil)
    private let make: @Sendable () -> T

    init(_ make: @escaping @Sendable () -> T) { self.make = make }

    var value: T {
        built.withLock { value in
            if let value { return value }
            let v = make()
            value = v
            return v
        }
    }
}
