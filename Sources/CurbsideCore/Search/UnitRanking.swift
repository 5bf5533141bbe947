import Foundation

/// What tells one answer unit from another for a question, as numbers: each is the logarithm
/// of a factor the unit's score is multiplied by, so the score is `exp(Σ weight × feature)` and a
/// weight of 1 keeps the factor as written. `Tests/CurbsideCoreTests/Fixtures/fit-ranking.py`
/// fits the weights on the dev follow-ups (never the test split) and checks the fit across the two
/// dev sets: fitted on one, it won nothing on the other (docs/search.md), so the factors stay as
/// written and the script stays to check any new feature the same way. (Session 41, over 38 dev
/// sets: fitting on 37 and checking on the one left out gained 18 first points in all, but the
/// fitted weights lost facts the answer tests guard, and lay leads; docs/search.md.)
struct UnitFeatures {
    enum Name: Int, CaseIterable {
        /// The question's words in the unit, by rarity (the title's, a little), and how long the unit is.
        case relevance, length
        /// The unit comes from the best article, or a lower one.
        case articleRank
        /// The reader's own numbers in the unit; the reader's values inside or outside its ranges.
        case readerNumbers, takesReaderIn, leavesReaderOut
        /// States what the main question type asks; or what another type asked in the same breath asks.
        case statesMain, statesOther
        /// Hears every word the question asks about (or its article's title does).
        case hearsWholeQuestion
        /// Where the unit stands: the section a question type's facts are best stated in.
        case sectionPrior
        /// A lay reader's summary, in the reader's own register.
        case readersSummary
        /// Opens as a study's report; an item of a label's list of topics; opens by naming its source.
        case studyReport, labelTopic, namesSource
        /// Names the circumstances the reader told before the question.
        case circumstances
        /// Says which end of a range was asked (the most, the starting dose).
        case qualifier
        /// Names the question's focus itself, not only through its article's title.
        case namesFocus
        /// The first sentence of its paragraph or bullet.
        case opensItsText
        /// States the amount or time asked next to the word it is asked of ("holiday length": the
        /// years stand by "holiday", not by the years of treatment the reader told).
        case statesNearAsked
        /// Comes from the article the reader asked from: it was written for what they are reading
        /// ("and vit d, how much a day?" from the osteopenia article: its 800 to 1,000 units, before
        /// the vitamin D article's amounts for all adults). Measured over the dev sets: +4 first points
        /// at a weight of 1, +1 at 0.3 (docs/search.md, session 18).
        case ofReadingArticle
        /// A summary written for another register than the reader's.
        case otherRegister
        /// Two words asked side by side stand side by side in the unit too ("what valve area defines
        /// severe MS": "severe MS requires a valve area of…", not a sentence on the gradient that
        /// names stenosis and severity apart).
        case keepsPhrases
    }

    var values = [Double](repeating: 0, count: Name.allCases.count)

    subscript(_ name: Name) -> Double {
        get { values[name.rawValue] }
        set { values[name.rawValue] = newValue }
    }

    /// The weights, in `Name` order (1 keeps a factor as written; a feature at 0 is measured but not used).
    static let weights: [Double] = Name.allCases.map { name in
        switch name {
        case .namesFocus: 0.4
        case .opensItsText: 0
        default: 1
        }
    }

    var score: Double { score(without: []) }

    /// The score with some features left out. (Lists and positions, not sets and dictionaries
    /// keyed by `Name`: those would make the runtime look up `Name: Hashable` at every start,
    /// a scan of the binary's conformance records, ~70 µs of a one-shot `ask`.)
    func score(without left: [Name]) -> Double {
        var sum = 0.0
        for i in values.indices where !left.contains(where: { $0.rawValue == i }) { sum += Self.weights[i] * values[i] }
        return exp(sum)
    }

    /// The features as JSON numbers, in `Name` order (for the fitting script).
    var json: String { "[" + values.map { String(format: "%.5f", $0) }.joined(separator: ",") + "]" }
}
