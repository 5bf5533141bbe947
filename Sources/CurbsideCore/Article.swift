import Foundation

/// Where an article stands in the editorial workflow.
public enum ReviewStatus: String, Codable, CaseIterable, Sendable {
    case submitted
    case underReview = "under-review"
    case approved

    public var label: String {
        switch self {
        case .submitted: "Submitted"
        case .underReview: "Under review"
        case .approved: "Approved"
        }
    }
}

/// Who a text is written for. Personas map onto one of these.
public enum Audience: String, Codable, CaseIterable, Sendable {
    case lay
    case clinical
}

/// One question and its evidence-organised answer: the unit of the library.
public struct Article: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var question: String
    public var specialty: String
    public var tags: [String]
    /// What kind of question the article answers (QuestionType raw values, main one first): the
    /// ranking prefers an article whose question asks what the reader's question asks.
    public var questionTypes: [String] = []
    /// What the question is about, when the source names it (MedQuAD's focus): ranked like the title.
    public var focus: [String] = []
    public var status: ReviewStatus
    public var lastUpdated: String
    public var summary: Summary
    public var sections: Sections
    public var references: [Reference]
    public var related: [String]
    /// Two to four questions a lay reader can take to their clinician.
    public var questionsToAsk: [String] = []
    public var submission: Submission?
    public var reviewHistory: [ReviewEvent]

    public init(
        id: String, question: String, specialty: String, tags: [String] = [], questionTypes: [String] = [], focus: [String] = [],
        status: ReviewStatus, lastUpdated: String, summary: Summary = Summary(),
        sections: Sections = Sections(), references: [Reference] = [], related: [String] = [],
        submission: Submission? = nil, reviewHistory: [ReviewEvent] = []
    ) {
        self.id = id; self.question = question; self.specialty = specialty; self.tags = tags
        self.questionTypes = questionTypes; self.focus = focus
        self.status = status; self.lastUpdated = lastUpdated; self.summary = summary
        self.sections = sections; self.references = references; self.related = related
        self.submission = submission; self.reviewHistory = reviewHistory
    }

    enum CodingKeys: String, CodingKey {
        case id, question, specialty, tags, questionTypes, focus, status, lastUpdated, summary, sections, references, related, questionsToAsk, submission, reviewHistory
    }

    /// Marks the reference of an answer imported from MedQuAD (see MedQuADConversion).
    static let medQuADMarker = "in the MedQuAD collection"

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        question = try c.decode(String.self, forKey: .question)
        specialty = try c.decode(String.self, forKey: .specialty)
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        questionTypes = try c.decodeIfPresent([String].self, forKey: .questionTypes) ?? []
        focus = try c.decodeIfPresent([String].self, forKey: .focus) ?? []
        status = try c.decode(ReviewStatus.self, forKey: .status)
        lastUpdated = try c.decode(String.self, forKey: .lastUpdated)
        summary = try c.decode(Summary.self, forKey: .summary)
        sections = try c.decode(Sections.self, forKey: .sections)
        references = try c.decodeIfPresent([Reference].self, forKey: .references) ?? []
        related = try c.decodeIfPresent([String].self, forKey: .related) ?? []
        questionsToAsk = try c.decodeIfPresent([String].self, forKey: .questionsToAsk) ?? []
        submission = try c.decodeIfPresent(Submission.self, forKey: .submission)
        reviewHistory = try c.decodeIfPresent([ReviewEvent].self, forKey: .reviewHistory) ?? []
        migrateImportedHealthInformation()
    }

    /// Libraries imported before NIH consumer pages had a section of their own hold them as
    /// "From the Research": read them as what they are (and a rewrite saves the new form).
    mutating func migrateImportedHealthInformation() {
        guard sections.healthInformation == nil, let research = sections.research,
              !references.isEmpty, references.allSatisfy({ $0.source.contains(Self.medQuADMarker) }) else { return }
        sections.healthInformation = HealthInformationSection(groups: research.groups)
        sections.research = nil
        for i in references.indices { references[i].kind = .healthInformation }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(question, forKey: .question)
        try c.encode(specialty, forKey: .specialty)
        if !tags.isEmpty { try c.encode(tags, forKey: .tags) }
        if !questionTypes.isEmpty { try c.encode(questionTypes, forKey: .questionTypes) }
        if !focus.isEmpty { try c.encode(focus, forKey: .focus) }
        try c.encode(status, forKey: .status)
        try c.encode(lastUpdated, forKey: .lastUpdated)
        try c.encode(summary, forKey: .summary)
        try c.encode(sections, forKey: .sections)
        try c.encode(references, forKey: .references)
        if !related.isEmpty { try c.encode(related, forKey: .related) }
        if !questionsToAsk.isEmpty { try c.encode(questionsToAsk, forKey: .questionsToAsk) }
        try c.encodeIfPresent(submission, forKey: .submission)
        if !reviewHistory.isEmpty { try c.encode(reviewHistory, forKey: .reviewHistory) }
    }
}

/// The article's short answer, one text per reading audience.
public struct Summary: Codable, Equatable, Sendable {
    /// Plain words, to the reader about their own health ("you").
    public var lay: String?
    /// Plain words, to someone looking after another person ("they", "your child").
    public var caregiver: String?
    public var clinical: String?

    public init(lay: String? = nil, caregiver: String? = nil, clinical: String? = nil) {
        self.lay = lay; self.caregiver = caregiver; self.clinical = clinical
    }

}

/// The answer's body, organised by source of evidence.
public struct Sections: Codable, Equatable, Sendable {
    public var guidelines: GuidelineSection?
    public var drugLabel: DrugLabelSection?
    public var research: ResearchSection?
    /// Consumer health pages from a named public source (NIH, via MedQuAD): not research.
    public var healthInformation: HealthInformationSection?

    public init(guidelines: GuidelineSection? = nil, drugLabel: DrugLabelSection? = nil, research: ResearchSection? = nil,
                healthInformation: HealthInformationSection? = nil) {
        self.guidelines = guidelines; self.drugLabel = drugLabel; self.research = research; self.healthInformation = healthInformation
    }

    public var isEmpty: Bool {
        (guidelines?.isEmpty ?? true) && (drugLabel?.isEmpty ?? true) && (research?.isEmpty ?? true) && (healthInformation?.isEmpty ?? true)
    }
}

/// "From the Guidelines": prose and key-consideration bullets.
public struct GuidelineSection: Codable, Equatable, Sendable {
    public var paragraphs: [String]
    public var keyConsiderations: [String]

    public init(paragraphs: [String] = [], keyConsiderations: [String] = []) {
        self.paragraphs = paragraphs; self.keyConsiderations = keyConsiderations
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        paragraphs = try c.decodeIfPresent([String].self, forKey: .paragraphs) ?? []
        keyConsiderations = try c.decodeIfPresent([String].self, forKey: .keyConsiderations) ?? []
    }

    public var isEmpty: Bool { paragraphs.allBlank && keyConsiderations.allBlank }
}

/// "From the FDA Drug Label": what the label says, covers, and plainly does not cover.
public struct DrugLabelSection: Codable, Equatable, Sendable {
    public var paragraphs: [String]
    public var covers: [String]
    public var doesNotCover: [String]

    public init(paragraphs: [String] = [], covers: [String] = [], doesNotCover: [String] = []) {
        self.paragraphs = paragraphs; self.covers = covers; self.doesNotCover = doesNotCover
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        paragraphs = try c.decodeIfPresent([String].self, forKey: .paragraphs) ?? []
        covers = try c.decodeIfPresent([String].self, forKey: .covers) ?? []
        doesNotCover = try c.decodeIfPresent([String].self, forKey: .doesNotCover) ?? []
    }

    public var isEmpty: Bool { paragraphs.allBlank && covers.allBlank && doesNotCover.allBlank }
}

/// "From the Research": sub-headed groups of bullets.
public struct ResearchSection: Codable, Equatable, Sendable {
    public var groups: [ResearchGroup]

    public init(groups: [ResearchGroup] = []) { self.groups = groups }

    public var isEmpty: Bool { groups.allSatisfy { $0.bullets.allBlank } }
}

/// "From NIH health information": a public consumer health page, in sub-headed groups.
public struct HealthInformationSection: Codable, Equatable, Sendable {
    /// The section's heading, wherever it is shown (screen and every export).
    public static let title = SectionTitles.healthInformation
    public var groups: [ResearchGroup]

    public init(groups: [ResearchGroup] = []) { self.groups = groups }

    public var isEmpty: Bool { groups.allSatisfy { $0.bullets.allBlank } }
}

public struct ResearchGroup: Codable, Equatable, Sendable {
    public var heading: String
    public var bullets: [String]

    public init(heading: String, bullets: [String]) { self.heading = heading; self.bullets = bullets }
}

/// A numbered source. Its number is its position in the article's list, from 1.
public struct Reference: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case guideline
        case drugLabel = "drug-label"
        case research
        case healthInformation = "health-information"

        public var label: String {
            switch self {
            case .guideline: "Guideline"
            case .drugLabel: "Drug label"
            case .research: "Research"
            case .healthInformation: "Health information"
            }
        }
    }

    public var kind: Kind
    public var title: String
    public var source: String
    public var year: Int
    public var url: String?
    public var pmid: String?
    public var doi: String?

    public init(kind: Kind, title: String, source: String, year: Int, url: String? = nil, pmid: String? = nil, doi: String? = nil) {
        self.kind = kind; self.title = title; self.source = source; self.year = year
        self.url = url; self.pmid = pmid; self.doi = doi
    }
}

/// Where a reader-submitted question came from.
public struct Submission: Codable, Equatable, Sendable {
    public var askedFrom: String?
    public var persona: String?
    public var submittedAt: String

    public init(askedFrom: String?, persona: String?, submittedAt: String) {
        self.askedFrom = askedFrom; self.persona = persona; self.submittedAt = submittedAt
    }
}

/// One step of the review workflow: who moved the article to which status, and when.
public struct ReviewEvent: Codable, Equatable, Sendable {
    public var status: ReviewStatus
    public var by: String
    public var at: String
    /// Why, when it matters (a rejection's reason).
    public var note: String?

    public init(status: ReviewStatus, by: String, at: String, note: String? = nil) {
        self.status = status; self.by = by; self.at = at; self.note = note
    }
}

extension Array where Element == String {
    var allBlank: Bool { allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
}
