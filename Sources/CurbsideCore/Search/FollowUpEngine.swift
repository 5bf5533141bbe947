import Foundation

/// A follow-up question answered from the library: ranked articles, a short composed answer
/// made of their most relevant cited sentences, and an honest flag when nothing fits well.
public struct FollowUpAnswer: Codable, Equatable, Sendable {
    public struct Item: Codable, Equatable, Sendable {
        public var text: String
        public var articleId: String
        public var section: String
        public var citations: [Int]
    }

    public struct Match: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var score: Double
    }

    public var confident: Bool
    public var answer: [Item]
    public var matches: [Match]
    /// What the question was understood to ask (type, focus, constraints).
    public var understood: UnderstoodQuestion?
    /// The library's urgent-care line, when the question names one of its red-flag signs: shown
    /// first, confident or not, for every reader.
    public var urgent: String?
    /// What the question asks about that the closest articles say nothing about ("coffee"), when
    /// that is why it was not answered.
    public var unheard: [String]? = nil

    /// Where to read more under a confident answer: the articles its points come from, in the
    /// order of the points (not the nearest articles, most of which the answer did not draw on).
    /// Without an answer, the nearest articles.
    public var readMore: [Match] {
        guard confident, !answer.isEmpty else { return matches }
        var seen: [String] = []
        for item in answer where !seen.contains(item.articleId) { seen.append(item.articleId) }
        return seen.map { id in matches.first { $0.id == id } ?? Match(id: id, title: id, score: 0) }
    }
}

public struct FollowUpEngine: Sendable {
    public let library: Library
    public let index: SearchIndex
    /// Where a one-shot `ask` keeps what it analysed of the articles it quoted, for the next
    /// (nil: analysed afresh in every process; the browser keeps its analyses in memory).
    public var analysisStore: ArticleAnalysisStore? = nil
    /// Share of the question's weight the best article must cover to count as an answer.
    public static let confidenceThreshold = 0.5
    /// Context: the article being read, and its related questions, rank this much higher.
    public static let currentArticleBoost = 1.5, relatedArticleBoost = 1.35

    /// The whole article for an id. The library's own copy by default; for an outline library
    /// (titles only, from the catalog) the article's file, read when an answer needs it.
    let fetch: @Sendable (String) -> Article?

    /// For an engine over a saved index: how it tells that what it would show is out of date,
    /// and the engine that answers instead (the library loaded and indexed anew).
    public struct Fallback: Sendable {
        /// Whether any of these articles' files changed since the index was saved.
        public var changed: @Sendable ([String]) -> Bool
        public var engine: @Sendable () -> FollowUpEngine
        public init(changed: @escaping @Sendable ([String]) -> Bool, engine: @escaping @Sendable () -> FollowUpEngine) {
            self.changed = changed; self.engine = engine
        }
    }
    private let fallback: Fallback?
    private let replacement = ReplacementEngine()

    public init(library: Library, index: SearchIndex? = nil, fetch: (@Sendable (String) -> Article?)? = nil, fallback: Fallback? = nil) {
        self.library = library
        self.index = index ?? SearchIndex(articles: library.articles, glossary: library.glossary)
        self.fetch = fetch ?? { [library] id in library.article(id) }
        self.fallback = fallback
    }

    /// The engine answering instead of this one, when what this one would show is out of date:
    /// the saved index's file turned out damaged where it was read, or an article to be shown
    /// changed since it was saved. Made once, then used for every later question.
    func replacement(showing ids: [String]) -> FollowUpEngine? {
        if let made = replacement.engine { return made }
        guard let fallback, index.isDamaged || fallback.changed(ids) else { return nil }
        return replacement.make(fallback.engine)
    }

    /// Whether this engine now answers from a replacement (tests and the browser ask).
    public var isReplaced: Bool { replacement.engine != nil }

    /// The title of an article: the library's, else the saved index's outline.
    public func title(_ id: String) -> String? {
        if let a = library.article(id) { return a.question }
        guard let doc = index.documentNumber(id) else { return nil }
        return index.savedTitle(doc)
    }

    /// Whether the library holds an article with this id.
    public func contains(_ id: String) -> Bool {
        if let made = replacement.engine { return made.contains(id) }
        return library.article(id) != nil || (library.isOutline && index.documentNumber(id) != nil)
    }

    /// The article a question was asked from, when the question points at something ("it",
    /// "them") and names no topic of its own: no concept, or only concepts that name what is asked
    /// ("side effects", "pregnancy" in "is it safe in pregnancy"). Nil otherwise, and when not
    /// asked from one.
    func standingArticle(for query: SearchIndex.Query, _ understood: UnderstoodQuestion, from articleID: String?) -> Article? {
        guard let articleID, let article = fetch(articleID) else { return nil }
        // It must point at something ("take it", "stay on them"): a question without ("how many
        // weeks do i wear the brace") is about what it says, and the article may not hold it.
        // ("They" is as often the doctors: "do they compare my score against young women".)
        // (Or it names nothing at all beyond how it asks: "how long is a course", or which way:
        // "pt is 70 - lower dose?", whose age is not searched for.)
        let namesNothing = query.unknown.isEmpty && query.units.allSatisfy { unit in
            unit.concept == nil && unit.terms.allSatisfy { GeneralWords.contains($0) || QuestionWords.namesNoTopic($0) || QuestionWords.comparatives.contains($0) }
        }
        guard Self.points(understood) || namesNothing else { return nil }
        let types = understood.types.compactMap(QuestionType.init(rawValue:)).filter { $0 != .information }
        let namesATopic = query.units.contains { unit in
            guard let concept = unit.concept, let name = index.conceptName(concept) else { return false }
            return !types.contains { AnswerTest.passes(name, type: $0) }
        }
        return namesATopic ? nil : article
    }

    /// A word that names no topic: a general word, or one of how the question asks.
    static func isPlain(_ term: String) -> Bool {
        GeneralWords.contains(term) || QuestionWords.namesNoTopic(term) || QuestionWords.answerKind.contains(term)
    }

    /// The units of the question that name something (a concept, or a word that is not plain).
    static func namedUnits(_ query: SearchIndex.Query) -> [SearchIndex.Unit] {
        query.units.filter { unit in unit.concept != nil || !unit.terms.allSatisfy(isPlain) }
    }

    /// Whether one of the units is what the article is about (its title and tags). (A concept by
    /// itself, not by the broader ones it brings: ibuprofen is not the NSAID article's subject.)
    func isSubject(of article: Article, namedIn units: [SearchIndex.Unit]) -> Bool {
        let subject = Set(index.analyse(article.question + " , " + article.tags.joined(separator: " , ")))
        return units.contains { unit in unit.concept.map(subject.contains) ?? unit.terms.contains(where: subject.contains) }
    }

    /// Whether the question names words (beyond general words and how it asks) but none that any
    /// of these articles is about, and no word the library lacks.
    func namesNoSubject(of articles: [Article], in query: SearchIndex.Query) -> Bool {
        let named = Self.namedUnits(query)
        guard !named.isEmpty, query.unknown.allSatisfy(Self.isPlain) else { return false }
        return !articles.contains { isSubject(of: $0, namedIn: named) }
    }

    /// Whether every word and concept the question names (beyond general words and how it asks)
    /// is in the article, and none is what the article is about: then the question leaves its
    /// subject unsaid.
    func namesOnlyWhat(_ article: Article, holds query: SearchIndex.Query) -> Bool {
        let named = Self.namedUnits(query)
        guard !named.isEmpty || !query.unknown.isEmpty, !isSubject(of: article, namedIn: named) else { return false }
        let words = vocabulary(of: article)
        return named.allSatisfy { unit in unit.concept.map(words.contains) ?? unit.terms.contains(where: words.contains) }
            && query.unknown.allSatisfy { Self.isPlain($0) || QuestionWords.isShortOrSlip($0, ofOneIn: words) }
    }

    /// "Pt on warfarin - ok to dispense?", "ok to fill?": the medicine to hand over goes unnamed.
    static func asksToDispense(_ question: String) -> Bool {
        Patterns.matches(#"\b(ok|okay|safe|fine|alright) to (dispense|fill|supply|give|start|prescribe)\b\s*\??\s*$"#, in: question.lowercased())
    }

    /// Whether a question points at something it does not name ("take it", "stay on them").
    static func points(_ understood: UnderstoodQuestion) -> Bool {
        let pointing: Set<Substring> = ["it", "its", "them", "this", "these", "those"]
        return understood.searchText.lowercased().split(whereSeparator: { !$0.isLetter }).contains(where: pointing.contains)
    }

    /// Context boosts for a question asked from an article.
    public func boosts(from articleID: String?) -> [String: Double] {
        if let made = replacement.engine { return made.boosts(from: articleID) }
        guard let articleID, let article = fetch(articleID) else { return [:] }
        var boost = [articleID: Self.currentArticleBoost]
        for id in article.related where id != articleID { boost[id] = Self.relatedArticleBoost }
        return boost
    }

    public func search(_ text: String, limit: Int = 10, from articleID: String? = nil) -> [FollowUpAnswer.Match] {
        searchExplained(text, limit: limit, from: articleID).matches
    }

    /// The matches and what the question was understood to ask.
    public func searchExplained(_ text: String, limit: Int = 10, from articleID: String? = nil) -> (understood: UnderstoodQuestion, matches: [FollowUpAnswer.Match]) {
        if let made = replacement.engine { return made.searchExplained(text, limit: limit, from: articleID) }
        let (understood, query) = index.interpret(Shorthand.expanded(text))
        let matches = index.search(query, limit: limit, boost: boosts(from: articleID)).map {
            FollowUpAnswer.Match(id: $0.articleID, title: title($0.articleID) ?? $0.articleID, score: $0.score)
        }
        if let other = replacement(showing: matches.map(\.id) + [articleID].compactMap { $0 }) {
            return other.searchExplained(text, limit: limit, from: articleID)
        }
        return (understood, matches)
    }

    /// `summaries`: the summary the reader reads, first that an article has ("caregiver", "lay",
    /// "clinical", a persona's `reading.summary`); by default the audience's.
    public func answer(_ question: String, from articleID: String? = nil, audience: Audience = .clinical, summaries: [String]? = nil, limit: Int = 5) -> FollowUpAnswer {
        if let made = replacement.engine { return made.answer(question, from: articleID, audience: audience, summaries: summaries, limit: limit) }
        let answer = answerHere(question, from: articleID, audience: audience, summaries: summaries, limit: limit)
        if let other = replacement(showing: answer.matches.map(\.id) + [articleID].compactMap { $0 }) {
            return other.answer(question, from: articleID, audience: audience, summaries: summaries, limit: limit)
        }
        return answer
    }

    private func answerHere(_ typed: String, from articleID: String?, audience: Audience, summaries: [String]?, limit: Int) -> FollowUpAnswer {
        // Emergency signs are matched as typed (their patterns were written for how people type).
        let urgent = library.redFlags.first { $0.matches(typed) }?.line
        let question = Shorthand.expanded(typed)
        var (understood, query) = index.interpret(question)
        // "How many days does he need to take it", asked from the strep throat article, is about
        // strep throat: a question that names no topic of its own is about the article it was asked from.
        // (Its words find and focus the answer, and count toward how much of the question the
        // answer covers; what else the reader asks must still be heard: `subjectOnlyTerms`.)
        let askedQuery = query
        let standing = standingArticle(for: query, understood, from: articleID)
        if let standing {
            let asked = understood
            (understood, query) = index.interpret(question, subject: ([standing.question] + standing.tags).joined(separator: " , "))
            (understood.focus, understood.searchText) = (asked.focus, asked.searchText)
        }
        // A question naming an emergency sign and asking nothing more specific asks whether to act
        // now; so does "what should I do" after one ("my 6 week old has a fever of 38.5, what should i do").
        let asksWhatToDo = understood.questionType == .treatment
            && Patterns.matches(#"\bwhat (should|do|can|shall) (i|we|he|she|they) do\b"#, in: question.lowercased())
        // (Not one that asks what a study found: "PECARN rule for febrile infants - what NPV did they
        // report?" is a clinician's question about the data; the urgent line still shows first.)
        let asksWhatAStudyFound = Patterns.matches(#"\b(stud(y|ies)|trials?|data|reported|did (they|it) report|meta-?analys[ie]s|cohort|npv|ppv|sensitivity|specificity)\b"#, in: question.lowercased())
        if urgent != nil && ([.information, .children, .definition].contains(understood.questionType) && !asksWhatAStudyFound || asksWhatToDo) {
            understood.type = QuestionType.urgency.rawValue
            understood.types = [QuestionType.urgency.rawValue] + understood.types.filter { ![QuestionType.information.rawValue, QuestionType.children.rawValue].contains($0) }
        }
        let hits = index.search(query, limit: limit, boost: boosts(from: articleID))
        let matches = hits.map {
            FollowUpAnswer.Match(id: $0.articleID, title: title($0.articleID) ?? $0.articleID, score: $0.score)
        }
        // Never an answer to itself: a reader's submitted question has no answer in it.
        // A question that leaves its subject unsaid and names only what the article being read
        // speaks of ("renal dose adjustment?", "ok with ibuprofen?" while reading about ketorolac)
        // is about that article: another article's renal dose is another medicine's.
        var candidates = hits.prefix(3).compactMap { fetch($0.articleID) }.filter { $0.status != .submitted || !$0.sections.isEmpty }
        // (Or it names nothing any of the articles it finds is about: "renal cutoffs for starting vs
        // stopping?" while reading about metformin is not about ketorolac, whose sentences say "renal".)
        let reading = standing == nil ? articleID.flatMap(fetch).flatMap { article in
            namesOnlyWhat(article, holds: askedQuery) || namesNoSubject(of: candidates + [article], in: askedQuery) ? article : nil
        } : nil
        if let reading, !candidates.contains(where: { $0.id == reading.id }) { candidates.append(reading) }
        // The article being read, when the search finds it at all, is weighed beside the three best:
        // five articles on osteopenia rank close, and the reader asks of the one in front of them.
        else if standing == nil, let articleID, !candidates.contains(where: { $0.id == articleID }),
                hits.contains(where: { $0.articleID == articleID }), let article = fetch(articleID) {
            candidates.append(article)
        }
        guard let top = candidates.first else {
            return FollowUpAnswer(confident: false, answer: [], matches: matches, understood: understood, urgent: urgent)
        }
        // What an earlier `ask` analysed of these articles' texts.
        if let store = analysisStore { for article in candidates { index.analysisMemo.add(store.load(article.id)) } }
        // The best article's words, analysed once for the composer and for coverage.
        index.analysisMemo.setReading(top.id)
        let topWords = vocabulary(of: top)
        index.analysisMemo.setReading(nil)
        var composer = AnswerComposer(engine: self, query: query, understood: understood, audience: audience, question: question,
                                      summaries: summaries ?? PersonaReading().filled(for: audience).summary ?? [], topWords: topWords)
        composer.readingArticle = articleID
        if let standing {
            composer.standingSubject = Set(index.analyseWithNamed(standing.question).named.filter(ConceptTable.isConcept))
            composer.standingArticle = standing.id
            composer.subjectOnlyTerms = Set(query.units.flatMap(\.terms)).subtracting(askedQuery.units.flatMap(\.terms))
        }
        // "Can I take it with aspirin", asked from the apixaban article: "it" is what the reader is
        // reading about, so only that article says whether the two go together (another article's
        // "do not take it with aspirin" is about its own drug).
        // (So does "pt on warfarin - ok to dispense?": what is dispensed is what the reader reads about.)
        if standing == nil, understood.questionType == .interactions, Self.points(understood) || Self.asksToDispense(question), let articleID, fetch(articleID) != nil {
            composer.pointedArticle = articleID
        }
        if let reading, composer.pointedArticle == nil { composer.pointedArticle = reading.id }
        let items = composer.compose(candidates)
        if let store = analysisStore {
            for article in candidates { if let made = index.analysisMemo.madeAfresh(for: article.id) { store.save(article.id, made) } }
        }
        // Confident when a point passes the answer test; for types whose test any article on the
        // topic passes (treatment, definition…), the best article must also cover the question.
        // Plain words of a story told before the question count for less: they are the reader's
        // circumstances ("the pills make me sick, can I…"), not what the article must speak to.
        // (So does what a medicine is taken for, when the question is whether two go together:
        // "doxycycline for a chest infection while on roaccutane" is not a question about chests.)
        let storyWords = (QuestionUnderstander.storyPart(understood.searchText).map { story in
            Set(index.analyse(story)).subtracting(index.analyse(QuestionUnderstander.askedPart(understood.searchText)))
        } ?? []).union(composer.purposeTerms)
        let coveredWords = topWords.union(composer.answeredWithoutNaming)
        // (Nor who told the reader, nor the unit of the reader's dose.)
        let notTopics = composer.carerConcepts.union(composer.readersDoseUnits)
        let covered = coverage(of: query, within: coveredWords, specificOnly: false, story: storyWords, ignoring: notTopics) >= Self.confidenceThreshold
        // Without a strong lead, some sentence of the article (or its title) must hold most of the
        // question's specific words together (the focus, read only when needed).
        // (Or the lead keeps two of the reader's words together as the reader put them: it speaks
        // to the question even where the article's other sentences spread its words apart.)
        let confident = !items.isEmpty && covered && composer.unaccounted.isEmpty
            && (composer.leadIsStrong || composer.leadKeepsTheReadersPhrase || focus(of: query, in: top, ignoring: composer.readersDoseUnits) >= Self.focusThreshold)
        if environmentHas("CURBSIDE_DEBUG_ANSWER") {
            FileHandle.standardError.write(Data("coverage \(coverage(of: query, within: coveredWords, specificOnly: false, story: storyWords, ignoring: notTopics)) strong \(composer.leadIsStrong) focus \(focus(of: query, in: top, ignoring: composer.readersDoseUnits)) unknown \(query.unknown)\n".utf8))
        }
        // CURBSIDE_DEBUG_GATE=1: what decides confidence, and the points it would show (for tuning on dev sets).
        if environmentHas("CURBSIDE_DEBUG_GATE") {
            let gate: [String: Any] = ["coverage": coverage(of: query, within: coveredWords, specificOnly: false, story: storyWords, ignoring: notTopics), "strong": composer.leadIsStrong,
                                       "focus": focus(of: query, in: top, ignoring: composer.readersDoseUnits), "unaccounted": composer.unaccounted.count, "names": composer.unaccounted.map { ConceptTable.isConcept($0) ? "C:" + (index.conceptName($0) ?? $0) : $0 }, "unknown": query.unknown.count,
                                       "points": items.map(\.text), "type": understood.type, "lead": composer.leadFeatures, "leadCoverage": composer.leadCoverage]
            if let data = try? JSONSerialization.data(withJSONObject: gate) { FileHandle.standardError.write(Data("GATE ".utf8) + data + Data("\n".utf8)) }
        }
        // (What was left unheard is named only from the reader's own words, not the standing subject's.)
        let typedTerms = Set(askedQuery.terms + askedQuery.units.flatMap(\.terms) + askedQuery.unknown)
        let unheard = confident ? [] : composer.unaccountedNames(among: standing == nil ? nil : typedTerms)
        return FollowUpAnswer(confident: confident, answer: confident ? items : [], matches: matches, understood: understood, urgent: urgent,
                              unheard: unheard.isEmpty ? nil : unheard)
    }

    /// Weight of a word the library has never seen, as a share of the rarest possible word's.
    /// Lay questions carry everyday words the library lacks, so they count, but not in full;
    /// a long unknown word is most likely the very term the question is about (psoriasis).

    /// Weight of a plain word of the story told before the question, as a share of its own.
    static let storyWordShare = 0.3
    static let olderAgeWords = Set(["elderly", "senior", "seniors"].compactMap { TextAnalyzer().terms($0).first })
    static let olderAges: Set<String> = ["60", "65", "70", "75", "80"]

    public static let unknownWordShare = 0.4, unknownNumberShare = 0.15, focusThreshold = 0.55

    /// How much of the question (weighted by rarity) the article speaks to, from 0 to 1.
    public func coverage(of query: SearchIndex.Query, by article: Article) -> Double {
        coverage(of: query, within: vocabulary(of: article), specificOnly: false)
    }

    /// CURBSIDE_DEBUG_COVERAGE: print each unit the coverage counts (read once: coverage runs per sentence).
    static let debuggingCoverage = environmentHas("CURBSIDE_DEBUG_COVERAGE")

    /// The share of the question's weight found in a set of terms. With `specificOnly`, general
    /// words (treatment, doctor, children) and numbers are left out of the question.
    /// (`ignoring`: concepts that are not the question's topic, such as who told the reader.)
    func coverage(of query: SearchIndex.Query, within vocabulary: Set<String>, specificOnly: Bool, story: Set<String> = [], ignoring: Set<String> = []) -> Double {
        let maxWeight = log(1 + Double(max(index.count, 1)))
        var total = 0.0, covered = 0.0
        for unit in query.units where !(specificOnly && (unit.isNumber || unit.terms.contains(where: GeneralWords.contains))) {
            if let concept = unit.concept, ignoring.contains(concept) { continue }
            // A word naming the kind of answer ("emergency", "dose"), carrying the sentence ("instead",
            // "still"), telling the story ("tonight") or the time of day asked about is not a topic
            // the article must cover.
            if unit.concept == nil && unit.terms.allSatisfy(QuestionWords.namesNoTopic) { continue }
            let w = (unit.terms.map(index.idf).max() ?? 0) * (unit.concept == nil && unit.terms.allSatisfy(story.contains) ? Self.storyWordShare : 1)
            total += w
            if Self.debuggingCoverage { FileHandle.standardError.write(Data("cover \(unit.terms) \(String(format: "%.2f", w)) \(unit.terms.contains(where: vocabulary.contains))\n".utf8)) }
            // "Elderly" is covered by an article that states the ages it means ("65 or older").
            if unit.terms.contains(where: vocabulary.contains) || unit.terms.allSatisfy(Self.olderAgeWords.contains) && Self.olderAges.contains(where: vocabulary.contains) { covered += w }
        }
        // Everyday words the library lacks ("fine", "tonight", "banged") are the reader's phrasing.
        for word in query.unknown where !GeneralWords.contains(word) && !QuestionWords.namesNoTopic(word) {
            let isNumber = word.first.map { $0.isNumber || $0 == "-" } ?? false
            if isNumber && specificOnly { continue }
            let weight = maxWeight * (isNumber ? Self.unknownNumberShare : word.count >= 8 ? 1.0 : Self.unknownWordShare) * (story.contains(word) ? Self.storyWordShare : 1)
            total += weight
            if Self.debuggingCoverage { FileHandle.standardError.write(Data("cover unknown \(word) \(String(format: "%.2f", weight))\n".utf8)) }
            // A shortening or slip of a word the article uses ("creat", "regurg", "otawa") is that word.
            if !isNumber && (vocabulary.contains(word) || QuestionWords.isShortOrSlip(word, ofOneIn: vocabulary)) { covered += weight }
        }
        return total > 0 ? covered / total : 0
    }

    /// The best share of the question's specific words that one sentence of the article (or its
    /// title) holds together: words scattered over unrelated sentences ("broken" here, "screen"
    /// there) are not an answer.
    public func focus(of query: SearchIndex.Query, in article: Article, ignoring: Set<String> = []) -> Double {
        var best = coverage(of: query, within: Set(index.analyse(article.question + " , " + article.tags.joined(separator: " , "))), specificOnly: true, ignoring: ignoring)
        for item in ArticleTexts.all(article) {
            for sentence in Sentences.split(item.text) {
                best = max(best, coverage(of: query, within: Set(index.analyse(sentence)), specificOnly: true, ignoring: ignoring))
            }
        }
        return best
    }

    func vocabulary(of article: Article) -> Set<String> {
        var v = Set(index.analyse(article.question + " , " + article.tags.joined(separator: " , ")))
        for item in ArticleTexts.all(article) {
            v.formUnion(index.analyse(item.text))
        }
        return v
    }

}

/// Splits prose into sentences, keeping each sentence's citation markers with it.
public enum Sentences {
    public static func split(_ text: String) -> [String] {
        splitASCII(text) ?? splitUnicode(text)
    }

    static func splitByCharacter(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            current.append(chars[i])
            if ".!?".contains(chars[i]) {
                // Absorb trailing citation markers like " [1]" that belong to this sentence.
                var j = i + 1
                if j < chars.count, chars[j] == " ", j + 1 < chars.count, chars[j + 1] == "[" {
                    if let close = chars[(j + 1)...].firstIndex(of: "]"), close - j < 20 {
                        current += String(chars[j...close]); j = close + 1; i = close
                    }
                }
                let next = j < chars.count ? chars[j] : nil
                let after = j + 1 < chars.count ? chars[j + 1] : nil
                if next == nil || (next == " " && (after?.isUppercase == true || after?.isNumber == true)) {
                    let s = current.trimmingBlanks(newlines: false)
                    if !s.isEmpty { out.append(s) }
                    current = ""
                }
            }
            i += 1
        }
        let rest = current.trimmingBlanks(newlines: false)
        if !rest.isEmpty { out.append(rest) }
        return out
    }
}

/// Words so general in health questions that they never identify a topic on their own
/// (analysed forms). They still rank articles; they just cannot make an answer confident.
enum GeneralWords {
    static let words: Set<String> = Set([
        "best", "better", "worse", "treatment", "treat", "treated", "symptom", "sign", "disease", "condition", "problem",
        "doctor", "nurse", "medicine", "medication", "drug", "pill", "tablet", "dose", "take", "taking", "stop", "start",
        "long", "short", "early", "late", "old", "new", "normal", "high", "low", "day", "week", "month", "year", "time",
        "child", "children", "kid", "adult", "elderly", "senior", "seniors", "woman", "women", "man", "men", "baby", "people", "person", "patient", "patients", "age",
        "risk", "test", "help", "cause", "effect", "side", "safe", "use", "work", "feel", "see", "go", "come", "make",
        "care", "health", "healthy", "body", "pain", "red", "cream", "home", "first", "right", "left", "get", "bit",
        "often", "soon", "much", "many", "usual", "usually", "typical", "need", "still", "again", "ever", "actually", "ok", "okay",
        "someone", "anyone", "something", "thing", "way", "kind", "lot", "fine", "worse", "bad", "one", "actual", "machine",
    ].map { TextAnalyzer().terms($0).first ?? $0 })
    static func contains(_ term: String) -> Bool { words.contains(term) }
}

/// The engine a `FollowUpEngine` hands over to, made at most once (questions can come from
/// several threads in the browser).
final class ReplacementEngine: @unchecked Sendable {
    private let lock = NSLock()
    private var made: FollowUpEngine?
    var engine: FollowUpEngine? { lock.withLock { made } }
    func make(_ build: () -> FollowUpEngine) -> FollowUpEngine {
        lock.withLock {
            if let made { return made }
            let engine = build()
            made = engine
            return engine
        }
    }
}
