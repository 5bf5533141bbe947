import Foundation

/// Moves articles through review: submitted → under review → approved, or back with a reason.
/// Each step is recorded in the article's review history (who and when).
public struct ReviewWorkflow: Sendable {
    public enum Refusal: Error, CustomStringConvertible, Equatable {
        case wrongStatus(id: String, status: ReviewStatus, action: String)
        case notReady(id: String, reasons: [String])

        public var description: String {
            switch self {
            case .wrongStatus(let id, let status, let action):
                "cannot \(action) '\(id)': it is \(status.label.lowercased())"
            case .notReady(let id, let reasons):
                "cannot approve '\(id)': " + reasons.joined(separator: "; ")
            }
        }
    }

    public let reviewer: String
    public let now: Date

    public init(reviewer: String, now: Date = Date()) {
        self.reviewer = reviewer
        self.now = now
    }

    var timestamp: String { ISO8601DateFormatter().string(from: now) }
    var today: String { String(timestamp.prefix(10)) }

    /// A submitted question is taken up for writing and review.
    public func start(_ article: Article) throws -> Article {
        guard article.status == .submitted else { throw Refusal.wrongStatus(id: article.id, status: article.status, action: "start review of") }
        return moved(article, to: .underReview, note: nil)
    }

    /// An article under review is approved, only if it has an answer worth approving.
    public func approve(_ article: Article) throws -> Article {
        guard article.status == .underReview else { throw Refusal.wrongStatus(id: article.id, status: article.status, action: "approve") }
        var reasons: [String] = []
        if article.sections.isEmpty { reasons.append("its evidence sections are empty") }
        if article.references.isEmpty { reasons.append("it cites no references") }
        if article.summary.lay == nil && article.summary.clinical == nil { reasons.append("it has no summary") }
        guard reasons.isEmpty else { throw Refusal.notReady(id: article.id, reasons: reasons) }
        return moved(article, to: .approved, note: nil)
    }

    /// An article under review (or approved) goes back to submitted, with the reason recorded.
    public func reject(_ article: Article, reason: String) throws -> Article {
        guard article.status != .submitted else { throw Refusal.wrongStatus(id: article.id, status: article.status, action: "reject") }
        return moved(article, to: .submitted, note: reason)
    }

    func moved(_ article: Article, to status: ReviewStatus, note: String?) -> Article {
        var a = article
        a.status = status
        a.lastUpdated = today
        a.reviewHistory.append(ReviewEvent(status: status, by: reviewer, at: timestamp, note: note))
        return a
    }
}
