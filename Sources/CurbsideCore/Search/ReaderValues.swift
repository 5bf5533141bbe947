import CurbsidePatterns
import Foundation

/// The numbers a reader gives about themselves ("my 15 day old", "39 weeks pregnant", "tsh >10",
/// "bp is 190/125") and whether a sentence's stated ranges take them in. A sentence that says
/// "infants aged 8 to 21 days" answers for a 15-day-old; one that says "at 22 to 28 days" does
/// not, nor does "at 76 or older" for a 55-year-old. Only ranges tied to the same kind of value
/// are compared (an age needs an age word or "old", a lab value its name nearby): a bare number
/// never decides anything.
public struct ReaderValue: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// An age, in days.
        case age
        /// Weeks of pregnancy.
        case gestation
        /// A measurement, known by these names in articles (lowercased).
        case measure([String])
        /// A body weight, in kilograms.
        case weight
        /// How long ago something happened ("had amoxicillin 3 weeks ago"), in days.
        case elapsed
    }
    public var kind: Kind
    /// What the reader's value is known to lie in ("> 10" is above 10; "190/125" keeps both numbers).
    public var range: StatedRange

    public init(kind: Kind, range: StatedRange) { self.kind = kind; self.range = range }
}

/// A range of values a text states: "8 to 21 days", "above 180/120 mm Hg", "50 and older".
/// Bounds carry a second number for blood pressure ("180/120").
public struct StatedRange: Equatable, Sendable {
    public var lower: Double?, upper: Double?
    public var lowerSecond: Double? = nil, upperSecond: Double? = nil
    /// The unit as written (lowercased), when one follows.
    public var unit: String?
    /// Where the range sits in the text (UTF-16 offsets), for "is it next to the measure's name".
    public var location: Int = 0, length: Int = 0
    /// "In the past 30 days": a stretch of time back from now, compared only with how long ago
    /// the reader says something happened.
    public var backFromNow = false

    /// Whether two ranges share a value. Blood pressure counts when either number does (a
    /// category is "systolic X or diastolic Y"); strict bounds were nudged when they were read.
    func overlaps(_ other: StatedRange) -> Bool {
        func meets(_ lo: Double?, _ hi: Double?, _ oLo: Double?, _ oHi: Double?) -> Bool {
            (lo == nil || oHi == nil || lo! <= oHi!) && (hi == nil || oLo == nil || oLo! <= hi!)
        }
        let first = meets(lower, upper, other.lower, other.upper)
        guard lowerSecond != nil || upperSecond != nil, other.lowerSecond != nil || other.upperSecond != nil else { return first }
        let second = meets(lowerSecond, upperSecond, other.lowerSecond, other.upperSecond)
        // Above a threshold: either number above it; below one: both below.
        return (other.lower != nil && other.upper == nil) ? (first || second) : (first && second)
    }
}

public enum ReaderValues {
    public enum Verdict: Equatable, Sendable {
        /// The text says nothing comparable about the reader's values.
        case silent
        /// Some stated range takes in a reader's value (how many values are taken in).
        case satisfied(Int)
        /// The text's ranges for a value all leave the reader out.
        case contradicted

        public var takesReaderIn: Bool { if case .satisfied = self { true } else { false } }
    }

    /// Names of the measurements the question understander recognises, as articles write them.
    static let measureNames: [String: [String]] = [
        "a1c": ["a1c", "hba1c"], "hba1c": ["a1c", "hba1c"], "ldl": ["ldl"], "hdl": ["hdl"], "cholesterol": ["cholesterol", "ldl"],
        "tsh": ["tsh"], "egfr": ["egfr", "gfr"], "gfr": ["egfr", "gfr"], "creatinine": ["creatinine"], "creat": ["creatinine"], "cr": ["creatinine"],
        "crcl": ["crcl", "creatinine clearance"], "creatinine clearance": ["crcl", "creatinine clearance"],
        "potassium": ["potassium", "k+"], "sodium": ["sodium"],
        "hematocrit": ["hematocrit", "haematocrit", "hct"], "haematocrit": ["hematocrit", "haematocrit", "hct"], "hct": ["hematocrit", "haematocrit", "hct"],
        "hemoglobin": ["hemoglobin", "haemoglobin", "hb"], "haemoglobin": ["hemoglobin", "haemoglobin", "hb"], "hb": ["hemoglobin", "haemoglobin", "hb"],
        "ferritin": ["ferritin"], "inr": ["inr"], "t-score": ["t-score", "t score"], "tscore": ["t-score", "t score"], "t score": ["t-score", "t score"], "z-score": ["z-score"],
        "blood pressure": ["blood pressure", "bp", "mm hg", "mmhg"], "bp": ["blood pressure", "bp", "mm hg", "mmhg"], "psa": ["psa"],
        "vitamin d": ["25-hydroxyvitamin d", "25(oh)d", "vitamin d level"], "frax": ["frax"],
        "ef": ["ef", "lvef", "ejection fraction"], "ejection fraction": ["ef", "lvef", "ejection fraction"],
        "score": ["score", "cha2ds2-vasc"], "cha2ds2-vasc": ["score", "cha2ds2-vasc"],
        "lp(a)": ["lipoprotein(a)", "lp(a)"], "lipoprotein(a)": ["lipoprotein(a)", "lp(a)"],
        "glucose": ["glucose", "blood sugar"], "blood sugar": ["glucose", "blood sugar"], "sugar": ["glucose", "blood sugar"],
    ]

    /// The reader's values from what the question was understood to say.
    public static func of(_ understood: UnderstoodQuestion) -> [ReaderValue] {
        understood.constraints.compactMap { c -> ReaderValue? in
            guard let value = c.value else { return nil }
            switch c.kind {
            case "age":
                // "70 years", or ">70 years" / "<50 years" / "≥75 years" for "someone over 70" / "under 50" / "age 75+".
                var text = Substring(value)
                let comparison = text.first.flatMap { "<>≥".contains($0) ? $0 : nil }
                if comparison != nil { text = text.dropFirst() }
                let parts = text.split(separator: " ")
                guard parts.count == 2, let n = Double(parts[0]), let days = days(n, unit: String(parts[1])) else { return nil }
                switch comparison {
                case ">": return ReaderValue(kind: .age, range: StatedRange(lower: days + 1, upper: nil))
                case "≥": return ReaderValue(kind: .age, range: StatedRange(lower: days, upper: nil))
                case "<": return ReaderValue(kind: .age, range: StatedRange(lower: nil, upper: days - 1))
                default: return ReaderValue(kind: .age, range: StatedRange(lower: days, upper: days))
                }
            case "pregnancy":
                guard let n = Double(value.split(separator: " ").first ?? "") else { return nil }
                return ReaderValue(kind: .gestation, range: StatedRange(lower: n, upper: n))
            case "weight":
                guard let n = Double(value.split(separator: " ").first ?? "") else { return nil }
                return ReaderValue(kind: .weight, range: StatedRange(lower: n, upper: n))
            case "happened":
                // "3 weeks ago"
                let parts = value.split(separator: " ")
                guard parts.count == 3, parts[2] == "ago", let n = Double(parts[0]), let days = days(n, unit: String(parts[1])) else { return nil }
                return ReaderValue(kind: .elapsed, range: StatedRange(lower: days, upper: days))
            case "lab":
                guard let space = value.lastIndex(of: " ") else { return nil }
                let name = String(value[..<space])
                let raw = String(value[value.index(after: space)...])
                guard let range = readerRange(raw) else { return nil }
                return ReaderValue(kind: .measure(measureNames[name] ?? [name]), range: range)
            default: return nil
            }
        }
    }

    /// A reader's number, with a comparison before it when they gave one ("> 10", "≤7").
    static func readerRange(_ raw: String) -> StatedRange? {
        var text = raw.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "%", with: "")
        var comparator: Character?
        if let first = text.first, "<>≤≥".contains(first) { comparator = first; text.removeFirst() }
        if text.first == "=" { text.removeFirst() }
        let numbers = text.split(separator: "/").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard let n = numbers.first else { return nil }
        let second = numbers.count > 1 ? numbers[1] : nil
        switch comparator {
        case ">": return StatedRange(lower: n + epsilon, upper: nil, lowerSecond: second.map { $0 + epsilon })
        case "≥": return StatedRange(lower: n, upper: nil, lowerSecond: second)
        case "<": return StatedRange(lower: nil, upper: n - epsilon, upperSecond: second.map { $0 - epsilon })
        case "≤": return StatedRange(lower: nil, upper: n, upperSecond: second)
        default: return StatedRange(lower: n, upper: n, lowerSecond: second, upperSecond: second)
        }
    }

    static let epsilon = 1e-6

    static func days(_ n: Double, unit: String) -> Double? {
        let u = unit.lowercased()
        if u.hasPrefix("day") { return n }
        if u.hasPrefix("week") || u.hasPrefix("wk") { return n * 7 }
        if u.hasPrefix("month") || u.hasPrefix("mo") { return n * 30.4 }
        if u.hasPrefix("year") || u.hasPrefix("yr") { return n * 365.25 }
        return nil
    }

    /// Whether a text's stated ranges take in the reader's values.
    /// `before`: the sentence the text follows, which may name what its numbers measure ("…with a
    /// T-score of −1.01 to −1.49. At −1.50 to −1.99 it took about 5 years").
    public static func verdict(_ values: [ReaderValue], in text: String, after before: String = "") -> Verdict {
        guard !values.isEmpty else { return .silent }
        let ranges = stated(in: text)
        let lower = text.lowercased() as NSString
        let namesElderly = Patterns.matches(Self.elderly, in: lower as String)
        guard !ranges.isEmpty || namesElderly else { return .silent }
        var satisfied = 0, contradicted = false
        for value in values {
            var comparable = comparableRanges(ranges, for: value, in: lower, previous: before.lowercased())
            // "Small, fragile or elderly patients may start at 2.5 mg": elderly is 65 and older.
            if value.kind == .age, namesElderly {
                comparable.append(StatedRange(lower: 65 * 365.25, upper: nil, unit: "years"))
            }
            guard !comparable.isEmpty else { continue }
            // Each range that takes the value in counts: "30–59, of which 45–59 is 3a" says more
            // about an eGFR of 52 than "30 to 59" alone.
            // Two open-ended ranges that together close an interval bound each other ("a child under
            // 2 …, from age 6 months" is 6 months to 2 years, which a 3-year-old is not in); ones that
            // cannot ("A1 below 30 … A3 above 300") are alternatives.
            let leavesOut = comparable.filter { !value.range.overlaps($0) }
            let bounded = { (r: StatedRange) -> Bool in
                if let lo = r.lower, r.upper == nil { return leavesOut.contains { $0.lower == nil && ($0.upper ?? -.infinity) > lo } }
                if let hi = r.upper, r.lower == nil { return leavesOut.contains { $0.upper == nil && ($0.lower ?? .infinity) < hi } }
                return false
            }
            let taking = comparable.filter { value.range.overlaps($0) && !bounded($0) }.count
            if taking > 0 { satisfied += min(taking, 3) } else { contradicted = true }
        }
        if satisfied > 0 { return .satisfied(satisfied) }
        return contradicted ? .contradicted : .silent
    }

    /// Whether a text sorts the reader among bands ("Stage 3a is 45 to 59, and stage 3b is 30 to
    /// 44" for an eGFR of 41): one of its ranges takes a value in and another leaves it out.
    public static func sortsAmongBands(_ values: [ReaderValue], in text: String) -> Bool {
        let ranges = stated(in: text)
        guard ranges.count > 1 else { return false }
        let lower = text.lowercased() as NSString
        return values.contains { value in
            let comparable = comparableRanges(ranges, for: value, in: lower, previous: "")
            return comparable.contains { value.range.overlaps($0) } && comparable.contains { !value.range.overlaps($0) }
        }
    }

    /// The text's ranges that state a value of the reader's kind, in its measure.
    static func comparableRanges(_ ranges: [StatedRange], for value: ReaderValue, in lower: NSString, previous: String) -> [StatedRange] {
        var comparable = ranges.compactMap { comparableRange($0, for: value.kind, in: lower, previous: previous) }
        // "At 6 to 23 months, and … at 24 months and older": beside a range said as an age, one
        // in the same units of time said the same way ("at …") is an age too.
        if value.kind == .age && !comparable.isEmpty {
            let ageUnits = Set(ranges.filter { comparableRange($0, for: .age, in: lower) != nil }.compactMap(\.unit))
            comparable += ranges.filter { range in
                guard let unit = range.unit, ageUnits.contains(unit), !range.backFromNow,
                      comparableRange(range, for: .age, in: lower) == nil, let d = days(1, unit: unit), d > 0 else { return false }
                let justBefore = lower.substring(with: NSRange(location: max(0, range.location - 4), length: min(range.location, 4)))
                return justBefore.hasSuffix("at ")
            }.compactMap { range in days(1, unit: range.unit!).map { scaled(range, $0) } }
        }
        return comparable
    }

    /// Older people named without an age ("elderly patients", "the elderly").
    static let elderly = #"\b(elderly|the aged|older (adults|people|patients|persons))\b"#

    static let ageWords = try! TextPattern(#"\b(old|aged?|ages|older|younger|adults?|infants?|bab(y|ies)|child(ren)?|kids?|people|patients|persons|women|men|born|newborns?)\b"#)
    static let pregnancyWords = try! TextPattern(#"\b(pregnan\w*|term|gestation\w*|trimester|weeks' gestation)\b"#)

    /// The range as a value of this kind (an age in days), or nil when it is about something else.
    static func comparableRange(_ range: StatedRange, for kind: ReaderValue.Kind, in text: NSString, previous: String = "") -> StatedRange? {
        let before = NSRange(location: max(0, range.location - 20), length: min(range.location, 20))
        let after = NSRange(location: range.location + range.length, length: min(12, text.length - range.location - range.length))
        let near = NSRange(location: before.location, length: after.location + after.length - before.location)
        func has(_ regex: TextPattern, _ where_: NSRange) -> Bool { regex.firstMatch(in: text as String, range: where_) != nil }
        guard range.backFromNow == (kind == .elapsed) else { return nil }
        switch kind {
        case .elapsed:
            guard let unit = range.unit, let d = days(1, unit: unit) else { return nil }
            return scaled(range, d)
        case .age:
            guard has(ageWords, near) else { return nil }
            guard let unit = range.unit else {
                // "adults 50 and older", "at 76 or older", "from age 55": years, when the number
                // itself is said as an age. (A bare "1–99" near "patients" is a score, not an age.)
                let stated = text.substring(with: NSRange(location: range.location, length: range.length)).lowercased()
                let justBefore = text.substring(with: NSRange(location: max(0, range.location - 12), length: min(range.location, 12))).lowercased()
                guard Patterns.matches(#"\b(older|younger|age[ds]?|aged)\b"#, in: stated) || Patterns.matches(#"\b(age[ds]?|aged|from|adults?|people|persons?|patients|women|men|child(ren)?|kids?|infants?|bab(y|ies)|those|anyone)\s*$"#, in: justBefore) else { return nil }
                return scaled(range, 365.25)
            }
            guard let d = days(1, unit: unit) else { return nil }
            return scaled(range, d)
        case .gestation:
            guard range.unit?.hasPrefix("week") == true, has(pregnancyWords, near) else { return nil }
            return range
        case .weight:
            // Only a range in kilograms or pounds is a weight ("body weight 60 kg or less").
            guard let unit = range.unit else { return nil }
            if unit.hasPrefix("kg") { return range }
            if unit.hasPrefix("lb") || unit.hasPrefix("pound") { return scaled(range, 0.4536) }
            return nil
        case .measure(let names):
            let window = text.substring(with: NSRange(location: max(0, range.location - 45), length: min(range.location, 45) + range.length + after.length))
            let namesOtherMeasure = { (stretch: String) in
                measureNames.keys.contains { key in !names.contains(key) && Patterns.matches("\\b" + TextPattern.escaped(key) + "\\b", in: stretch) }
            }
            // Named next to the number; or in the sentence before, when this one names no other
            // measure; or, for a bare band, further back in a list of bands ("a score of zero favours
            // holding off in many patients, 1–99 favours a statin"), when nothing between names
            // another measure (not a share or an amount: "low potassium … occurred in about 2–4%").
            let named = names.contains(where: { window.contains($0) })
                || names.contains(where: { previous.contains($0) }) && !namesOtherMeasure(text as String)
                || range.unit == nil && {
                    let reach = min(range.location, 100)
                    let earlier = text.substring(with: NSRange(location: range.location - reach, length: reach))
                    return names.contains(where: { earlier.contains($0) }) && !namesOtherMeasure(earlier)
                }()
            guard named else { return nil }
            // A time ("within 2–4 weeks") or a weight is never a lab value.
            if let unit = range.unit, days(1, unit: unit) != nil || unit.hasPrefix("kg") || unit.hasPrefix("lb") { return nil }
            // Nor is a level that defines what happened to people ("low potassium (below 3.5 mEq/L)
            // occurred in about 2–4%"): an outcome, not whom the sentence is about.
            let end = range.location + range.length
            let following = text.substring(with: NSRange(location: end, length: min(40, text.length - end)))
            if Patterns.matches(#"^\s*[\w/.]*\)?,?\s*(occurred|developed|was (seen|reported|found|noted)|were (seen|reported|found|noted)|happened)\b"#, in: following) { return nil }
            return range
        }
    }

    static func scaled(_ r: StatedRange, _ factor: Double) -> StatedRange {
        var out = r
        out.lower = r.lower.map { $0 * factor }; out.upper = r.upper.map { $0 * factor }
        return out
    }

    static let number: String = #"(-?\d+(?:\.\d+)?(?:/\d+)?)"#
    static let unit: String = #"(?:\s*(days?|weeks?|months?|years?|yrs?|mm ?hg|mu/l|miu/l|mg/dl|mmol/l|meq/l|ml/min(?:/1\.73 ?m2)?|ng/ml|nmol/l|%|kg|lbs?|pounds|mg|iu))?"#
    static let span: String = #"(?:\s*(?:–|-|to)\s*"# + number + unit + ")?"
    static let abovePattern: String = #"(?:\babove|\bover|\bmore than|\bgreater than|\bhigher than|>|≥|\bat least|\bexceeding|\bfrom)\s*(?:about |age |aged )?"# + number + unit + span
    static let belowPattern: String = #"(?:\bbelow|\bunder|\bless than|\blower than|\byounger than|<|≤|\bup to|\bat most)\s*(?:about |age |aged )?"# + number + unit + span
    static let betweenPattern: String = #"\bbetween (?:about )?"# + number + unit + #" and "# + number + unit
    static let toPattern: String = number + unit + #"\s*(?:to|–|-)\s*"# + number + unit + #"(?! ?(?:times|doses?|tablets?|x))"#
    static let aboveAfterPattern: String = number + unit + #"\s*(?:or|and) (?:older|over|above|higher|more|greater)\b"#
    static let belowAfterPattern: String = number + unit + #"\s*(?:or|and) (?:younger|under|below|lower|less)\b"#
    static let backFromNowPattern: String = #"\b(?:in|within|during|over) the (?:past|last|previous|preceding) "# + number + unit
    static let rangePatterns: [(TextPattern, Shape)] = {
        let shapes: [(String, Shape)] = [(backFromNowPattern, .backFromNow), (betweenPattern, .between), (abovePattern, .above), (belowPattern, .below),
                                         (toPattern, .between), (aboveAfterPattern, .aboveAfter), (belowAfterPattern, .belowAfter)]
        return shapes.map { (try! TextPattern($0.0, options: [.caseInsensitive]), $0.1) }
    }()

    enum Shape { case between, above, below, aboveAfter, belowAfter, backFromNow }

    /// Every range a text states, leftmost first; a stretch claimed by one pattern is not read again.
    public static func stated(in text: String) -> [StatedRange] {
        let normal = text.replacingScalar("−", with: "-")
        let ns = normal as NSString
        var found: [StatedRange] = []
        var claimed: [NSRange] = []
        for (regex, shape) in rangePatterns {
            for m in regex.matches(in: normal, range: NSRange(location: 0, length: ns.length)) {
                if claimed.contains(where: { NSIntersectionRange($0, m.range).length > 0 }) { continue }
                func g(_ i: Int) -> String? { i >= m.numberOfRanges || m.range(at: i).location == NSNotFound ? nil : ns.substring(with: m.range(at: i)) }
                guard let first = g(1).flatMap(parse) else { continue }
                let second = g(3).flatMap(parse)
                let unit = (g(4) ?? g(2))?.lowercased()
                var r = StatedRange(unit: unit, location: m.range.location, length: m.range.length)
                let strict = Patterns.matches(#"^(above|over|more than|greater than|higher than|>|below|under|less than|lower than|younger than|<)"#, in: ns.substring(with: m.range).lowercased())
                let nudge = strict ? epsilon : 0
                switch shape {
                case .backFromNow:
                    guard unit != nil else { continue }
                    r.lower = 0; r.upper = first.0; r.backFromNow = true
                case .between:
                    guard let second else { continue }
                    // "children 6 months to 12 years": each end in its own unit, read in the second's.
                    var start = first.0
                    if let u1 = g(2), let u2 = g(4), u1.lowercased() != u2.lowercased(), let d1 = days(1, unit: u1), let d2 = days(1, unit: u2) { start = first.0 * d1 / d2 }
                    let lo = min(start, second.0), hi = max(start, second.0)
                    r.lower = lo; r.upper = hi
                case .above, .aboveAfter:
                    r.lower = first.0 + nudge; r.lowerSecond = first.1.map { $0 + nudge }
                case .below, .belowAfter:
                    // "under about 65–70 years": the upper end of the span.
                    let top = second ?? first
                    r.upper = top.0 - nudge; r.upperSecond = top.1.map { $0 - nudge }
                }
                found.append(r)
                claimed.append(m.range)
            }
        }
        return found.sorted { $0.location < $1.location }
    }

    static func parse(_ s: String) -> (Double, Double?)? {
        let parts = s.split(separator: "/")
        guard let a = Double(parts[0]) else { return nil }
        return (a, parts.count > 1 ? Double(parts[1]) : nil)
    }
}
