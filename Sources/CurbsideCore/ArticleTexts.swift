/// Walks every prose text of an article with its JSON path; validation, search and glossing share it.
public enum ArticleTexts {
    public struct Item: Sendable {
        public var path: String
        public var text: String
        /// Which part of the answer the text belongs to.
        public var part: Part
    }

    public enum Part: String, Sendable, CaseIterable {
        case summaryLay = "Summary"
        case summaryClinical = "Clinical summary"
        case guidelines = "From the Guidelines"
        case drugLabel = "From the FDA Drug Label"
        case research = "From the Research"
    }

    public static func all(_ article: Article) -> [Item] {
        var items: [Item] = []
        if let lay = article.summary.lay { items.append(Item(path: "summary.lay", text: lay, part: .summaryLay)) }
        if let clinical = article.summary.clinical { items.append(Item(path: "summary.clinical", text: clinical, part: .summaryClinical)) }
        if let g = article.sections.guidelines {
            for (i, t) in g.paragraphs.enumerated() { items.append(Item(path: "sections.guidelines.paragraphs[\(i)]", text: t, part: .guidelines)) }
            for (i, t) in g.keyConsiderations.enumerated() { items.append(Item(path: "sections.guidelines.keyConsiderations[\(i)]", text: t, part: .guidelines)) }
        }
        if let d = article.sections.drugLabel {
            for (i, t) in d.paragraphs.enumerated() { items.append(Item(path: "sections.drugLabel.paragraphs[\(i)]", text: t, part: .drugLabel)) }
            for (i, t) in d.covers.enumerated() { items.append(Item(path: "sections.drugLabel.covers[\(i)]", text: t, part: .drugLabel)) }
            for (i, t) in d.doesNotCover.enumerated() { items.append(Item(path: "sections.drugLabel.doesNotCover[\(i)]", text: t, part: .drugLabel)) }
        }
        if let r = article.sections.research {
            for (g, group) in r.groups.enumerated() {
                for (i, t) in group.bullets.enumerated() {
                    items.append(Item(path: "sections.research.groups[\(g)].bullets[\(i)]", text: t, part: .research))
                }
            }
        }
        return items
    }
}
