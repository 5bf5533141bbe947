import Foundation

/// Told how much of a long job is done: `done` of `total` items. May be called from any thread.
public typealias ProgressReport = @Sendable (_ done: Int, _ total: Int) -> Void

/// Adds up the items finished by concurrent workers and passes the running total on, in order.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: ProgressReport?

    init(total: Int, report: ProgressReport?) {
        self.total = total
        self.report = report
        report?(0, total)
    }

    func add(_ n: Int) {
        guard let report else { return }
        lock.withLock {
            done += n
            report(done, total)
        }
    }
}
