/// Walks every prose text of an article with its JSON path; validation, search and glossing share it.
public enum ArticleTexts {
    public struct Item: Sendable {
        public var path: String
        public var text: String
        /// Which part of the answer the text belongs to.
        public var part: Part
        /// The heading of the group a bullet stands in ("The MRC Vitamin Study"): what its
        /// sentences are about, as an article's title is what all of its sentences are about.
        public var heading: String? = nil
    }

    public enum Part: String, Sendable, CaseIterable {
        case summaryLay, summaryCaregiver, summaryClinical, guidelines, drugLabel, research, healthInformation

        /// The summary's name as personas.json spells it ("lay", "caregiver", "clinical"); nil for a section.
        public var summaryName: String? {
            switch self {
            case .summaryLay: "lay"
            case .summaryCaregiver: "caregiver"
            case .summaryClinical: "clinical"
            default: nil
            }
        }

        /// How the part is named to a reader (an answer point says where it comes from).
        public var title: String {
            switch self {
            // As the reader saw it headed in the article.
            case .summaryLay, .summaryCaregiver: SectionTitles.summaryLay
            case .summaryClinical: SectionTitles.summaryClinical
            case .guidelines: SectionTitles.guidelines
            case .drugLabel: SectionTitles.drugLabel
            case .research: SectionTitles.research
            case .healthInformation: SectionTitles.healthInformation
            }
        }
    }

    /// Every text in reading order. The path is built only when asked for: indexing 100,000
    /// articles does not need millions of path strings.
    public static func forEach(_ article: Article, _ body: (_ text: String, _ part: Part, _ heading: String?, _ path: () -> String) -> Void) {
        if let lay = article.summary.lay { body(lay, .summaryLay, nil) { "summary.lay" } }
        if let caregiver = article.summary.caregiver { body(caregiver, .summaryCaregiver, nil) { "summary.caregiver" } }
        if let clinical = article.summary.clinical { body(clinical, .summaryClinical, nil) { "summary.clinical" } }
        if let g = article.sections.guidelines {
            for (i, t) in g.paragraphs.enumerated() { body(t, .guidelines, nil) { "sections.guidelines.paragraphs[\(i)]" } }
            for (i, t) in g.keyConsiderations.enumerated() { body(t, .guidelines, nil) { "sections.guidelines.keyConsiderations[\(i)]" } }
        }
        if let d = article.sections.drugLabel {
            for (i, t) in d.paragraphs.enumerated() { body(t, .drugLabel, nil) { "sections.drugLabel.paragraphs[\(i)]" } }
            for (i, t) in d.covers.enumerated() { body(t, .drugLabel, nil) { "sections.drugLabel.covers[\(i)]" } }
            for (i, t) in d.doesNotCover.enumerated() { body(t, .drugLabel, nil) { "sections.drugLabel.doesNotCover[\(i)]" } }
        }
        if let r = article.sections.research {
            for (g, group) in r.groups.enumerated() {
                for (i, t) in group.bullets.enumerated() { body(t, .research, group.heading) { "sections.research.groups[\(g)].bullets[\(i)]" } }
            }
        }
        if let h = article.sections.healthInformation {
            for (g, group) in h.groups.enumerated() {
                for (i, t) in group.bullets.enumerated() { body(t, .healthInformation, group.heading) { "sections.healthInformation.groups[\(g)].bullets[\(i)]" } }
            }
        }
    }

    public static func all(_ article: Article) -> [Item] {
        var items: [Item] = []
        forEach(article) { text, part, heading, path in items.append(Item(path: path(), text: text, part: part, heading: heading)) }
        return items
    }
}
