/// How an article is arranged for a persona: data in personas.json, not code branches, so an
/// editor can change what a pharmacist or a caregiver sees first.
public struct PersonaReading: Codable, Equatable, Sendable {
    /// Which summary to show, first that exists: "lay", "caregiver", "clinical".
    public var summary: [String]?
    /// The evidence sections in the order shown: "guidelines", "drugLabel", "research", "healthInformation".
    public var sectionOrder: [String]?
    /// A block before the sections that gathers the sentences a persona looks for first.
    public var lead: Lead?
    /// Words whose sentences are emphasised (bold) wherever they appear.
    public var emphasis: [String]?
    /// Glossary terms are marked and open their definition on demand.
    public var definitions: Bool?
    /// "Questions to ask your doctor" at the end of the answer.
    public var questionsToAsk: Bool?

    public struct Lead: Codable, Equatable, Sendable {
        public var title: String
        /// A sentence belongs in the lead when it contains one of these (case-insensitive).
        public var words: [String]
        /// At most this many sentences.
        public var limit: Int?

        public init(title: String, words: [String], limit: Int? = nil) { self.title = title; self.words = words; self.limit = limit }
    }

    public init(summary: [String]? = nil, sectionOrder: [String]? = nil, lead: Lead? = nil, emphasis: [String]? = nil,
                definitions: Bool? = nil, questionsToAsk: Bool? = nil) {
        self.summary = summary; self.sectionOrder = sectionOrder; self.lead = lead; self.emphasis = emphasis
        self.definitions = definitions; self.questionsToAsk = questionsToAsk
    }

    public static let sectionNames = ["guidelines", "drugLabel", "research", "healthInformation"]
    public static let summaryNames = ["lay", "caregiver", "clinical"]

    /// What is left out follows the audience: lay readers get the lay summary, definitions and
    /// questions to ask; clinicians the clinical summary.
    public func filled(for audience: Audience) -> PersonaReading {
        var r = self
        if r.summary == nil { r.summary = audience == .lay ? ["lay", "clinical"] : ["clinical", "lay"] }
        if r.sectionOrder == nil { r.sectionOrder = Self.sectionNames }
        if r.emphasis == nil { r.emphasis = [] }
        if r.definitions == nil { r.definitions = audience == .lay }
        if r.questionsToAsk == nil { r.questionsToAsk = audience == .lay }
        return r
    }

    /// The summary text this persona reads, by its fallback order.
    public func summaryText(_ summary: Summary) -> String? {
        for name in self.summary ?? [] {
            switch name {
            case "lay": if let t = summary.lay { return t }
            case "caregiver": if let t = summary.caregiver { return t }
            case "clinical": if let t = summary.clinical { return t }
            default: continue
            }
        }
        return summary.lay ?? summary.clinical
    }

    /// Problems with the fields, for `validate`.
    public var problems: [String] {
        var out: [String] = []
        for name in summary ?? [] where !Self.summaryNames.contains(name) { out.append("unknown summary '\(name)'; use \(Self.summaryNames.joined(separator: ", "))") }
        for name in sectionOrder ?? [] where !Self.sectionNames.contains(name) { out.append("unknown section '\(name)'; use \(Self.sectionNames.joined(separator: ", "))") }
        if let lead, lead.words.isEmpty { out.append("lead '\(lead.title)' has no words") }
        return out
    }
}
