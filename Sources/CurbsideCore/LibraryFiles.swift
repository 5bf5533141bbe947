import Foundation

/// A reader persona: who they are, which audience's texts they read, and how an article is
/// arranged for them (`reading`, from personas.json; the audience's defaults when absent).
public struct Persona: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var label: String
    public var description: String
    public var audience: Audience
    public var reading: PersonaReading?

    public init(id: String, label: String, description: String, audience: Audience, reading: PersonaReading? = nil) {
        self.id = id; self.label = label; self.description = description; self.audience = audience; self.reading = reading
    }

    /// How this persona reads, with the audience's defaults for what personas.json leaves out.
    public var view: PersonaReading { (reading ?? PersonaReading()).filled(for: audience) }
}

struct PersonaFile: Codable, Equatable { var personas: [Persona] }

/// A medical term with its abbreviations/synonyms and a plain-language definition.
public struct GlossaryEntry: Codable, Equatable, Sendable {
    public var term: String
    public var synonyms: [String]
    /// The terms of broader entries (warfarin → vitamin K antagonist → anticoagulant): a search
    /// for the broader concept finds what names the narrower one, and the other way round.
    public var broader: [String]
    /// The terms of entries for what a reader notices of this one (peripheral neuropathy:
    /// paraesthesia; hyponatraemia: confusion): search reads a name of this entry as also naming its signs, so
    /// "my feet have gone tingly, could it be the tablets" finds the label's "peripheral neuropathy".
    public var signs: [String]
    public var definition: String
    /// Phrases in which this entry's names mean something else and are never marked for a
    /// lay reader ("fall prevention" for falls, "Dietary Guidelines" for guideline).
    public var notIn: [String]
    /// A plain word a lay reader already knows, kept for search synonyms: never marked.
    public var everyday: Bool
    /// What the entry names (`kinds`): an amount asked of a medicine is that medicine's, where
    /// an amount asked of a condition is not (`AnswerComposer`). Nil when the library does not say.
    public var kind: String?
    /// The kinds an entry may be.
    public static let kinds = ["medicine", "nutrient", "condition", "test", "procedure", "body", "other"]

    public init(term: String, synonyms: [String] = [], broader: [String] = [], signs: [String] = [], definition: String,
                notIn: [String] = [], everyday: Bool = false, kind: String? = nil) {
        self.term = term; self.synonyms = synonyms; self.broader = broader; self.signs = signs; self.definition = definition
        self.notIn = notIn; self.everyday = everyday; self.kind = kind
    }

    enum CodingKeys: String, CodingKey { case term, kind, synonyms, broader, signs, definition, notIn, everyday }
    /// Every key an entry may have, for the validator's unknown-key check.
    static let knownKeys = ["term", "kind", "synonyms", "broader", "signs", "definition", "notIn", "everyday"]

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        term = try c.decode(String.self, forKey: .term)
        synonyms = try c.decodeIfPresent([String].self, forKey: .synonyms) ?? []
        broader = try c.decodeIfPresent([String].self, forKey: .broader) ?? []
        signs = try c.decodeIfPresent([String].self, forKey: .signs) ?? []
        definition = try c.decode(String.self, forKey: .definition)
        notIn = try c.decodeIfPresent([String].self, forKey: .notIn) ?? []
        everyday = try c.decodeIfPresent(Bool.self, forKey: .everyday) ?? false
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(term, forKey: .term)
        if let kind { try c.encode(kind, forKey: .kind) }
        try c.encode(synonyms, forKey: .synonyms)
        if !broader.isEmpty { try c.encode(broader, forKey: .broader) }
        if !signs.isEmpty { try c.encode(signs, forKey: .signs) }
        try c.encode(definition, forKey: .definition)
        if !notIn.isEmpty { try c.encode(notIn, forKey: .notIn) }
        if everyday { try c.encode(everyday, forKey: .everyday) }
    }

    /// The term and every synonym: all the names this entry is known by.
    public var names: [String] { [term] + synonyms }
}

struct GlossaryFile: Codable { var entries: [GlossaryEntry] }

/// A page of the library that is not an article: editorial policy, disclaimer.
public struct PolicyPage: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var paragraphs: [String]

    public init(id: String, title: String, paragraphs: [String]) {
        self.id = id; self.title = title; self.paragraphs = paragraphs
    }
}

/// The library's own description: its title and who reviews its articles.
public struct LibraryInfo: Codable, Equatable, Sendable {
    public var title: String
    public var reviewedBy: String
    public var formatVersion: Int

    public init(title: String = "Curbside library", reviewedBy: String = "the library's editors", formatVersion: Int = 1) {
        self.title = title; self.reviewedBy = reviewedBy; self.formatVersion = formatVersion
    }
}

public extension PolicyPage {
    static let editorialPolicyID = "editorial-policy"
    static let disclaimerID = "disclaimer"
}
