import Foundation

/// Articles, library.json, personas.json and red-flags.json read straight from their parsed JSON,
/// without `JSONDecoder`: for the few files a one-shot `ask` reads, the decoder's generic machinery
/// (type lookups and protocol checks made anew in every process) cost more than the reading. Every
/// load of these files goes through here (a first start at 10k reads its articles as fast as before:
/// 2.0–2.5 s either way).
///
/// Only the plain form is read here (`isPlainText`): every field of the type it must have, no key
/// twice, strict JSON without `\u` escapes. Anything else gives nil, and `JSONDecoder` reads the file as
/// before (with its error for a broken one), so both ways always give the same value.
enum PlainJSON {
    /// The value of a type read here, or nil (another type, or not the plain form).
    static func decoded<T>(_ type: T.Type, from data: Data) -> T? {
        guard T.self == Article.self || T.self == LibraryInfo.self || T.self == PersonaFile.self || T.self == RedFlagFile.self,
              data.count < 16_777_216, isPlainText(data), let document = JSONDocument.parse(data),
              let reading = Reading(document) else { return nil }
        if T.self == Article.self { return reading.article as? T }
        if T.self == LibraryInfo.self { return reading.libraryInfo as? T }
        if T.self == PersonaFile.self { return reading.personaFile as? T }
        return reading.redFlagFile as? T
    }

    /// Valid UTF-8 in JSON's strict form, where `JSONDocument` (lenient, for merging hand-edited
    /// files) and `JSONDecoder` cannot differ: no byte-order mark, no `\u` escape, only JSON's
    /// other escapes, no control character in a string, and only whole numbers ("year": 2021)
    /// without a leading zero or sign other than "-".
    static func isPlainText(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return false }
            var inString = false, escaped = false
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for byte in bytes {
                defer { beforePrevious = previous; previous = byte }
                if inString {
                    if escaped {
                        guard "\"\\/bfnrt".utf8.contains(byte) else { return false }
                        escaped = false
                        continue
                    }
                    if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false } else if byte < 0x20 { return false }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
                     UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                    // ("-" must lead a number: "-" then a non-digit fails below or in the parser.)
                    continue
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    // "01": a number's leading zero followed by a digit.
                    if previous == UInt8(ascii: "0") && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(beforePrevious) { return false }
                default:
                    return false
                }
            }
            return !inString && String(validating: bytes, as: UTF8.self) != nil
        }
    }
}

extension PlainJSON {
    /// The fields of one object, each read at most once; nil for a wrong type.
    fileprivate struct Reading {
        let fields: [String: JSONDocument]

        init?(_ document: JSONDocument) {
            guard case .object(let pairs) = document else { return nil }
            var fields: [String: JSONDocument] = [:]
            for pair in pairs {
                guard fields.updateValue(pair.value, forKey: pair.key) == nil else { return nil }
            }
            self.fields = fields
        }

        /// A field's value, nil when absent or null (the decoder's `decodeIfPresent`).
        func present(_ key: String) -> JSONDocument? {
            guard let value = fields[key] else { return nil }
            if case .null = value { return nil }
            return value
        }

        func string(_ key: String) -> String?? {
            guard let value = present(key) else { return .some(nil) }
            guard case .string(let s) = value else { return nil }
            return .some(s)
        }

        func strings(_ key: String) -> [String]?? {
            guard let value = present(key) else { return .some(nil) }
            guard case .array(let items) = value else { return nil }
            var out: [String] = []
            out.reserveCapacity(items.count)
            for item in items {
                guard case .string(let s) = item else { return nil }
                out.append(s)
            }
            return .some(out)
        }

        func objects(_ key: String) -> [Reading]?? {
            guard let value = present(key) else { return .some(nil) }
            guard case .array(let items) = value else { return nil }
            var out: [Reading] = []
            for item in items {
                guard let reading = Reading(item) else { return nil }
                out.append(reading)
            }
            return .some(out)
        }

        func object(_ key: String) -> Reading?? {
            guard let value = present(key) else { return .some(nil) }
            guard let reading = Reading(value) else { return nil }
            return .some(reading)
        }

        var article: Article? {
            guard let id = string("id"), let id, let question = string("question"), let question,
                  let specialty = string("specialty"), let specialty, let tags = strings("tags"), let types = strings("questionTypes"),
                  let focus = strings("focus"), let statusText = string("status"), let statusText, let status = ReviewStatus(rawValue: statusText),
                  let lastUpdated = string("lastUpdated"), let lastUpdated, let summaryField = object("summary"), let summaryField,
                  let summary = summaryField.summary, let sectionsField = object("sections"), let sectionsField,
                  let sections = sectionsField.sections, let referenceFields = objects("references"),
                  let related = strings("related"), let questionsToAsk = strings("questionsToAsk"),
                  let submissionField = object("submission"), let eventFields = objects("reviewHistory") else { return nil }
            var references: [Reference] = []
            for field in referenceFields ?? [] {
                guard let reference = field.reference else { return nil }
                references.append(reference)
            }
            var submission: Submission? = nil
            if let submissionField {
                guard let made = submissionField.submission else { return nil }
                submission = made
            }
            var events: [ReviewEvent] = []
            for field in eventFields ?? [] {
                guard let event = field.reviewEvent else { return nil }
                events.append(event)
            }
            var article = Article(id: id, question: question, specialty: specialty, tags: tags ?? [], questionTypes: types ?? [],
                                  focus: focus ?? [], status: status, lastUpdated: lastUpdated, summary: summary, sections: sections,
                                  references: references, related: related ?? [], submission: submission, reviewHistory: events)
            article.questionsToAsk = questionsToAsk ?? []
            article.migrateImportedHealthInformation()
            return article
        }

        var summary: Summary? {
            guard let lay = string("lay"), let caregiver = string("caregiver"), let clinical = string("clinical") else { return nil }
            return Summary(lay: lay, caregiver: caregiver, clinical: clinical)
        }

        var sections: Sections? {
            guard let guidelines = object("guidelines"), let drugLabel = object("drugLabel"), let research = object("research"),
                  let health = object("healthInformation") else { return nil }
            var out = Sections()
            if let guidelines {
                guard let paragraphs = guidelines.strings("paragraphs"), let key = guidelines.strings("keyConsiderations") else { return nil }
                out.guidelines = GuidelineSection(paragraphs: paragraphs ?? [], keyConsiderations: key ?? [])
            }
            if let drugLabel {
                guard let paragraphs = drugLabel.strings("paragraphs"), let covers = drugLabel.strings("covers"),
                      let doesNotCover = drugLabel.strings("doesNotCover") else { return nil }
                out.drugLabel = DrugLabelSection(paragraphs: paragraphs ?? [], covers: covers ?? [], doesNotCover: doesNotCover ?? [])
            }
            if let research {
                guard let groups = research.groups else { return nil }
                out.research = ResearchSection(groups: groups)
            }
            if let health {
                guard let groups = health.groups else { return nil }
                out.healthInformation = HealthInformationSection(groups: groups)
            }
            return out
        }

        /// A research or health-information section's groups: required, each with a heading and bullets.
        var groups: [ResearchGroup]? {
            guard let fields = objects("groups"), let fields else { return nil }
            var out: [ResearchGroup] = []
            for field in fields {
                guard let heading = field.string("heading"), let heading, let bullets = field.strings("bullets"), let bullets else { return nil }
                out.append(ResearchGroup(heading: heading, bullets: bullets))
            }
            return out
        }

        var reference: Reference? {
            guard let kindText = string("kind"), let kindText, let kind = Reference.Kind(rawValue: kindText),
                  let title = string("title"), let title, let source = string("source"), let source,
                  case .number(let yearText)? = present("year"), let year = Int(yearText),
                  let url = string("url"), let pmid = string("pmid"), let doi = string("doi") else { return nil }
            return Reference(kind: kind, title: title, source: source, year: year, url: url, pmid: pmid, doi: doi)
        }

        var submission: Submission? {
            guard let askedFrom = string("askedFrom"), let persona = string("persona"),
                  let submittedAt = string("submittedAt"), let submittedAt else { return nil }
            return Submission(askedFrom: askedFrom, persona: persona, submittedAt: submittedAt)
        }

        var reviewEvent: ReviewEvent? {
            guard let statusText = string("status"), let statusText, let status = ReviewStatus(rawValue: statusText),
                  let by = string("by"), let by, let at = string("at"), let at, let note = string("note") else { return nil }
            return ReviewEvent(status: status, by: by, at: at, note: note)
        }

        func bool(_ key: String) -> Bool?? {
            guard let value = present(key) else { return .some(nil) }
            guard case .bool(let b) = value else { return nil }
            return .some(b)
        }

        func int(_ key: String) -> Int?? {
            guard let value = present(key) else { return .some(nil) }
            guard case .number(let text) = value, let n = Int(text) else { return nil }
            return .some(n)
        }

        var libraryInfo: LibraryInfo? {
            guard let title = string("title"), let title, let reviewedBy = string("reviewedBy"), let reviewedBy,
                  let version = int("formatVersion"), let version else { return nil }
            return LibraryInfo(title: title, reviewedBy: reviewedBy, formatVersion: version)
        }

        var redFlagFile: RedFlagFile? {
            guard let fields = objects("redFlags"), let fields else { return nil }
            var flags: [RedFlag] = []
            for field in fields {
                guard let id = field.string("id"), let id, let patterns = field.strings("patterns"), let patterns,
                      let line = field.string("line"), let line else { return nil }
                flags.append(RedFlag(id: id, patterns: patterns, line: line))
            }
            return RedFlagFile(redFlags: flags)
        }

        var personaFile: PersonaFile? {
            guard let fields = objects("personas"), let fields else { return nil }
            var personas: [Persona] = []
            for field in fields {
                guard let persona = field.persona else { return nil }
                personas.append(persona)
            }
            return PersonaFile(personas: personas)
        }

        var persona: Persona? {
            guard let id = string("id"), let id, let label = string("label"), let label,
                  let description = string("description"), let description, let audienceText = string("audience"), let audienceText,
                  let audience = Audience(rawValue: audienceText), let readingField = object("reading") else { return nil }
            var reading: PersonaReading? = nil
            if let readingField {
                guard let summary = readingField.strings("summary"), let order = readingField.strings("sectionOrder"),
                      let leadField = readingField.object("lead"), let emphasis = readingField.strings("emphasis"),
                      let definitions = readingField.bool("definitions"), let questionsToAsk = readingField.bool("questionsToAsk") else { return nil }
                var lead: PersonaReading.Lead? = nil
                if let leadField {
                    guard let title = leadField.string("title"), let title, let words = leadField.strings("words"), let words,
                          let limit = leadField.int("limit") else { return nil }
                    lead = PersonaReading.Lead(title: title, words: words, limit: limit)
                }
                reading = PersonaReading(summary: summary, sectionOrder: order, lead: lead, emphasis: emphasis,
                                         definitions: definitions, questionsToAsk: questionsToAsk)
            }
            return Persona(id: id, label: label, description: description, audience: audience, reading: reading)
        }
    }
}
