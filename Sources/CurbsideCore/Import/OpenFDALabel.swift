import Foundation

/// One openFDA drug label: its identity, names and the label sections Curbside uses.
public struct OpenFDALabel: Equatable, Sendable {
    public var setID: String
    public var effectiveTime: String
    public var brandNames: [String]
    public var genericNames: [String]
    public var manufacturers: [String]
    public var routes: [String]
    public var pharmClasses: [String]
    /// Section key (e.g. `indications_and_usage`) → its text, section number and heading stripped.
    public var sections: [String: String]

    /// The sections Curbside shows, in the order a reader needs them, with their headings.
    public static let shownSections: [(key: String, heading: String)] = [
        ("boxed_warning", "Boxed warning"),
        ("indications_and_usage", "Indications and usage"),
        ("dosage_and_administration", "Dosage and administration"),
        ("contraindications", "Contraindications"),
        ("warnings_and_cautions", "Warnings and precautions"),
        ("warnings", "Warnings"),
        ("drug_interactions", "Drug interactions"),
        ("use_in_specific_populations", "Use in specific populations"),
        ("information_for_patients", "Information for patients"),
    ]

    public var genericName: String? { genericNames.first.map(Self.titleCased) }
    public var brandName: String? { brandNames.first.map(Self.titleCased) }
    /// "Brand (generic)", or whichever of the two the label has.
    public var displayName: String {
        switch (brandName, genericName) {
        case let (b?, g?) where b.lowercased() != g.lowercased(): "\(b) (\(g.lowercased()))"
        case let (b?, _): b
        case let (nil, g?): g
        default: "Unnamed drug"
        }
    }

    /// "20240115" → "2024-01-15", when it is a real date.
    public var effectiveDay: String? {
        let t = effectiveTime
        guard t.count == 8, t.allSatisfy(\.isASCIIDigit) else { return nil }
        let day = "\(t.prefix(4))-\(t.dropFirst(4).prefix(2))-\(t.suffix(2))"
        return LibraryValidator.parseDay(day) == nil ? nil : day
    }

    public var dailyMedURL: String? {
        setID.isEmpty ? nil : "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=\(setID)"
    }

    /// Labels write names in capitals ("KETOROLAC TROMETHAMINE"); readers expect "Ketorolac Tromethamine".
    static func titleCased(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed == trimmed.uppercased() else { return trimmed }
        return trimmed.lowercased().split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

/// Reads openFDA label JSON: one label object, the API/bulk form `{"meta": …, "results": [ … ]}`,
/// or a bare array of labels. Missing fields are normal; unknown fields are ignored.
public enum OpenFDAReader {
    public struct Failure: Error, CustomStringConvertible {
        /// Why, in a few words, for the summary's counts; the message says which entry.
        public var reason: String
        public var message: String
        public var description: String { message }
        init(reason: String = "unreadable file", message: String) { self.reason = reason; self.message = message }
    }

    /// The labels, or for each unusable entry the reason it was skipped.
    public static func read(_ data: Data) throws(Failure) -> [Result<OpenFDALabel, Failure>] {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw Failure(message: "not valid JSON" + (detail.map { " (\($0))" } ?? ""))
        }
        let entries: [Any]
        if let object = json as? [String: Any], let results = object["results"] {
            guard let list = results as? [Any] else { throw Failure(message: "'results' is not a list of labels") }
            entries = list
        } else if let object = json as? [String: Any] {
            entries = [object]
        } else if let list = json as? [Any] {
            entries = list
        } else {
            throw Failure(message: "not an openFDA label file: expected a label object or {\"results\": [labels]}")
        }
        return entries.enumerated().map { i, entry in
            guard let object = entry as? [String: Any] else { return .failure(Failure(reason: "entry that is not a label object", message: "entry \(i + 1) is not an object")) }
            return label(from: object)
        }
    }

    static func label(from object: [String: Any]) -> Result<OpenFDALabel, Failure> {
        let openfda = object["openfda"] as? [String: Any] ?? [:]
        func strings(_ value: Any?) -> [String] {
            switch value {
            case let list as [Any]: list.compactMap { $0 as? String }.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            case let text as String: text.isEmpty ? [] : [text]
            default: []
            }
        }
        var sections: [String: String] = [:]
        for (key, _) in OpenFDALabel.shownSections {
            let text = strings(object[key]).map { stripHeading($0, key: key) }.filter { !$0.isEmpty }.joined(separator: " ")
            if !text.isEmpty { sections[key] = text }
        }
        if sections["indications_and_usage"] == nil {
            // OTC labels: "Uses" (indications_and_usage is rare there) or "Purpose".
            let uses = strings(object["purpose"]).map { stripHeading($0, key: "purpose") }.joined(separator: " ")
            if !uses.isEmpty { sections["indications_and_usage"] = uses }
        }
        let label = OpenFDALabel(
            setID: object["set_id"] as? String ?? "",
            effectiveTime: object["effective_time"] as? String ?? "",
            brandNames: strings(openfda["brand_name"]),
            genericNames: strings(openfda["generic_name"]),
            manufacturers: strings(openfda["manufacturer_name"]),
            routes: strings(openfda["route"]),
            pharmClasses: strings(openfda["pharm_class_epc"]),
            sections: sections)
        if label.brandNames.isEmpty && label.genericNames.isEmpty {
            return .failure(Failure(reason: "label naming no drug", message: "label \(label.setID.isEmpty ? "without a set id" : label.setID) names no drug (no openfda.brand_name or generic_name)"))
        }
        if sections.isEmpty {
            return .failure(Failure(reason: "label without any section Curbside shows", message: "label \(label.setID) for \(label.displayName) has none of the sections Curbside shows"))
        }
        return .success(label)
    }

    /// Prescription label text starts with its section number and heading ("1 INDICATIONS AND USAGE
    /// Ketorolac is …"); OTC text with a heading word ("Uses", "Purpose"). Both are dropped.
    static func stripHeading(_ raw: String, key: String) -> String {
        var words = raw.split(whereSeparator: { $0.isWhitespace })[...]
        if let first = words.first, first.first?.isNumber == true, first.allSatisfy({ $0.isNumber || $0 == "." }) {
            words = words.dropFirst()
            // The heading: capitals only, at most eight words ("WARNINGS AND PRECAUTIONS").
            var taken = 0
            while let w = words.first, taken < 8, w.contains(where: \.isLetter), w == w.uppercased(), w.count > 1 || w == "&" || w == "A" {
                words = words.dropFirst(); taken += 1
            }
        } else if let first = words.first {
            let heading = first.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if ["uses", "use", "purpose", "warnings", "warning", "contraindications", "indications"].contains(heading), words.count > 1,
               first == first.uppercased() || first.hasSuffix(":") || heading == "uses" || heading == "purpose" {
                words = words.dropFirst()
            }
        }
        return words.joined(separator: " ")
    }
}
