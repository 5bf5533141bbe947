import CurbsideCore

// Stand-in until the core's term marking lands: the first mention of each entry per section.
extension Glosser {
    func marks(in text: String, marked: inout Set<Int>) -> [GlossaryMatcher.Match] {
        var out: [GlossaryMatcher.Match] = []
        for match in matcher.matches(in: text) where !marked.contains(match.entry) && !text[match.range.upperBound...].hasPrefix(" (") {
            marked.insert(match.entry)
            out.append(match)
        }
        return out
    }
}
