/// Names the drug label a sentence speaks of. In an article, "The label warns that oral iron can
/// interfere with certain antibiotics [5]" is clear under its section heading; as an answer point
/// on its own it is not ("which label?"). Its citation says which: the cited reference's title
/// ("FERROUS SULFATE 325 mg tablets — over-the-counter Drug Facts label") names the drug.
public enum LabelNaming {
    /// The drug a label's title names, as a reader writes it: the brand in title case
    /// ("FOSAMAX (alendronate sodium) tablets" → "Fosamax", "TOPROL-XL (…)" → "Toprol-XL"), a
    /// generic in lower case ("FERROUS SULFATE 325 mg tablets" → "ferrous sulfate",
    /// "NITROFURANTOIN (MONOHYDRATE/MACROCRYSTALS) capsules" → "nitrofurantoin"); nil when the title
    /// does not start with a name.
    public static func drugName(inTitle title: String) -> String? {
        let head = title.before(" — ")
        // "ABSORICA and ABSORICA LD": the first name is enough.
        let firstName = head.before(" (").before(" and ")
        // The name is the run of capitalised words before the form ("tablets", "325 mg", "elixir").
        let words = firstName.split(separator: " ").prefix { word in
            word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase)
        }
        guard !words.isEmpty else { return nil }
        // A brand is followed by its generic in lower case: "(alendronate sodium)".
        let parenthesis = head.rangeOfPlain(" (").map { head[$0.upperBound...] }
        let isBrand = parenthesis?.prefix(while: { $0 != ")" }).contains(where: \.isLowercase) ?? false
        if !isBrand { return words.joined(separator: " ").lowercased() }
        return words.map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { i, part in
                // A short suffix is an initialism ("XL", "LD"); the rest reads as a name.
                i > 0 && part.count <= 2 ? String(part) : part.prefix(1) + part.dropFirst().lowercased()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// What a label does, after an opening "It" that can only be the label ("It also warns about
    /// hypoglycemia…", "It carries a boxed warning…": a drug does not warn or carry warnings).
    static let labelVerbAfterIt = #"^It (also )?(warns|lists|carries|contraindicates|limits|labels)\b"#

    /// The sentence with its opening "The label", or "It" before what a label does, named from the
    /// one drug label it cites ("The Fosamax label says…", "The metformin hydrochloride label also
    /// warns…"), and "Each tablet…" likewise ("Each Fosamax tablet is taken on waking…"); nil when
    /// it does not open so, or cites no label or several.
    public static func resolved(_ sentence: String, references: [Reference]) -> String? {
        let opening: String
        if sentence.hasPrefix("The label"),
           sentence.dropFirst("The label".count).first.map({ $0 == " " || $0 == "'" || $0 == "’" }) ?? false {
            opening = "The label"
        } else if sentence.hasPrefix("It "), Patterns.matches(labelVerbAfterIt, in: sentence) {
            opening = "It"
        } else if Patterns.matches(#"^Each (tablet|capsule|dose|injection) "#, in: sentence) {
            // "Each tablet is taken on waking… [7]": which tablet, as an answer on its own.
            opening = "Each"
        } else {
            return nil
        }
        let cited = Set(CitationMarkers.numbers(in: sentence))
        guard !cited.isEmpty, cited.allSatisfy({ (1...references.count).contains($0) }) else { return nil }
        let labels = cited.map { references[$0 - 1] }
        guard labels.allSatisfy({ $0.kind == .drugLabel }) else { return nil }
        let names = Set(labels.map { drugName(inTitle: $0.title) })
        guard names.count == 1, let only = names.first, let name = only else { return nil }
        if opening == "Each" { return "Each \(name)" + sentence.dropFirst(opening.count) }
        return "The \(name) label" + sentence.dropFirst(opening.count)
    }
}
