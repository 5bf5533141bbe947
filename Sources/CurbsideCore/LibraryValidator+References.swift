import Foundation

/// The reference audit: every source can be found again, and every drug label is pinned to the
/// one label it was read from (its DailyMed set id), not to a search that may return another.
extension LibraryValidator {
    /// Problems with how an article's references can be looked up, as (JSON path, message).
    static func referenceProblems(in article: Article) -> [(path: String, message: String)] {
        var found: [(path: String, message: String)] = []
        for (i, ref) in article.references.enumerated() {
            let path = "references[\(i)]"
            if !ref.hasIdentifier {
                found.append((path, "reference [\(i + 1)] has no PMID, DOI or URL; give whichever the source has"))
            }
            if ref.kind == .drugLabel, ref.dailyMedSetID == nil {
                found.append((ref.url == nil ? path : path + ".url",
                              "drug label [\(i + 1)] is not pinned to a DailyMed set id; link the label read as \(Reference.dailyMedPattern)"))
            }
        }
        return found
    }
}

extension Reference {
    /// How a drug label's `url` names the label: its DailyMed page by set id.
    public static let dailyMedPattern = "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=SET_ID"

    /// The DailyMed set id the reference's `url` names (a DailyMed address with `setid=` and a
    /// UUID), lowercased; nil for any other address, a search, or none.
    public var dailyMedSetID: String? {
        guard let url, let components = URLComponents(string: url.trimmingCharacters(in: .whitespaces)),
              let host = components.host?.lowercased(), host == "dailymed.nlm.nih.gov" || host.hasSuffix(".dailymed.nlm.nih.gov"),
              let value = components.queryItems?.first(where: { $0.name.lowercased() == "setid" })?.value,
              UUID(uuidString: value) != nil else { return nil }
        return value.lowercased()
    }

    /// Whether the reference gives a PMID, a DOI or a web address a reader can follow.
    var hasIdentifier: Bool {
        [pmid, doi, url].contains { ($0?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true) == false }
    }
}
