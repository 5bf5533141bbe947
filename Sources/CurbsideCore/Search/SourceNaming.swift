import CurbsidePatterns
import Foundation

/// Names the source a sentence's "it" stands for. A paragraph that opens with its source ("The
/// Endocrine Society's 2024 guideline looked at…") goes on with "It also suggests against routine
/// 25(OH)D testing…" or "For healthy adults younger than 75, it suggests…": clear in the paragraph,
/// not as an answer point on its own, and a chain of such sentences could not be joined to the
/// opening at all. Here "it" becomes the opening's source ("The Endocrine Society's 2024 guideline
/// also suggests…"). Only for what a guideline, panel or review says (a label's "It is taken twice
/// daily" is the drug: `LabelNaming` names labels from their citation).
enum SourceNaming {
    /// The source a paragraph opens with: "The" and up to a few words ending in the kind of source.
    private static let opening = try! TextPattern(
        #"^The [A-Z0-9][^,;:.\[]{0,70}?\b(guideline|guidelines|panel|review|statement|task force|committee|consensus|report|update)\b"#)
    /// "It" (at the start, or after a short opening phrase) before what a source does.
    private static let itSays = try! TextPattern(
        #"^(It|[A-Z][^,.\[]{0,45}, it) (also )?(suggests|recommends|advises|lists|stages|calls|defines|prefers|supports|makes|sets|classifies|notes|says|grades|endorses|favou?rs|gives|uses)\b"#)

    /// `sentence` with its "it" named from `paragraphOpening`, nil when either does not read so.
    static func resolved(_ sentence: String, paragraphOpening: String) -> String? {
        guard sentence.hasPrefix("It ") || sentence.contains(", it "), let said = itSays.firstMatch(in: sentence),
              let source = opening.firstMatch(in: paragraphOpening) else { return nil }
        let name = (paragraphOpening as NSString).substring(with: source.range)
        let text = sentence as NSString
        let head = text.substring(with: said.range)
        if head.hasPrefix("It ") { return name + text.substring(from: 2) }
        guard let comma = head.range(of: ", it ", options: .backwards) else { return nil }
        let before = String(head[..<comma.lowerBound])
        return before + ", the" + name.dropFirst(3) + " " + text.substring(from: before.utf16.count + ", it ".utf16.count)
    }
}
