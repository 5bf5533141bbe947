import CurbsidePatterns
import Foundation

/// Composes a follow-up answer from the best articles: a direct lead (the one unit that best states
/// what was asked), then at most two supporting points that add something new. A unit is a
/// sentence or bullet that can stand alone; each keeps its citations, article and section.
struct AnswerComposer {
    let engine: FollowUpEngine
    let query: SearchIndex.Query
    let understood: UnderstoodQuestion
    let audience: Audience
    let question: String
    /// The summary the reader reads, first that an article has ("caregiver", "lay", "clinical").
    let summaries: [String]
    /// The best article's words (its vocabulary, analysed once by the engine).
    let topWords: Set<String>
    /// The question as typed words, and each word as analysed (nil for a stop word or a clause's
    /// end): made once, read by every check of what a typed word is.
    let sentence: TypedSentence
    let typedTerms: [String?]
    /// "Can boys get it": the sex asked about ("male"/"female"); the one sex the question names
    /// its person by ("my husband"), when it names just one. Read once per answer.
    let askedSex: String?, readerSex: String?

    init(engine: FollowUpEngine, query: SearchIndex.Query, understood: UnderstoodQuestion, audience: Audience, question: String,
         summaries: [String], topWords: Set<String>) {
        (self.engine, self.query, self.understood, self.audience, self.question, self.summaries, self.topWords) =
            (engine, query, understood, audience, question, summaries, topWords)
        sentence = TypedSentence(question)
        typedTerms = sentence.words.map { engine.index.analyzer.terms($0).first }
        askedSex = Self.asksAboutASex(question)
        let sexes = Set(understood.constraints.filter { $0.kind == "sex" }.map(\.value))
        readerSex = sexes.count == 1 ? sexes.first! : nil
    }

    /// Set when the article the question was asked from stands in for what it points at ("take
    /// it"): the concepts its title names. Then only a unit that names one of them (or something
    /// narrower) answers ("If strep is confirmed, … penicillin or amoxicillin for 10 days" for
    /// "When does a sore throat need antibiotics?"), not any amount or time the article gives
    /// ("10-year fracture risk" under "How is osteopenia managed?"), and not a trial's report: "how
    /// much of it should I take" is not answered by the dose a trial gave.
    var standingSubject: Set<String> = []
    /// The article the standing subject is from: there "the pill" or "this medicine" is it too.
    var standingArticle: String? = nil
    /// The terms only the standing subject brought (none the reader typed): never "more asked"
    /// that a unit must hear (its title holds them anyway).
    var subjectOnlyTerms: Set<String> = []
    /// The article the reader asked from (its sentences were written for what they are reading).
    var readingArticle: String? = nil

    /// At most this many points: a lead and two that add something.
    static let maximumPoints = 3
    static let wholeQuestionBoost = 1.5
    static let laySummaryBoost = 1.5
    /// Measured over the dev sets (lay readers only): +2 first points and +4 in the first three at
    /// 0.3, fewer at 0.2; letting clinicians read lay summaries too cost two unanswerable questions.
    static let otherRegisterFactor = 0.3
    /// Each pair of words asked side by side that a unit keeps within two places of each other
    /// (either order: "long-term benefit" keeps "benefit long term") multiplies its score by
    /// 1 + 0.5 × pairs. Measured over 22 dev sets: +5 first points, +4 in the first three (windows
    /// of 1, 3 and 5 places, and factors of 0.25 and 1, did less; leaving out pairs with the focus, less).
    static let phraseBoost = 0.5
    static let phraseWindow = 2
    /// A study's report, when the question asks what a study found: +1 first point over the dev sets.
    static let studyAskedFactor = 1.5
    /// An average as a noun ("the average T-score", "mean age 74.8", "(median 10.7 years)"), not the verb "mean".
    static let anAverage = #"\b(average|median)\b|\b(the|a|their|its|and|,|\() ?mean\b(?! (that|to|you|it|they|she|he|i|we)\b)|\bmean (age|value|level|follow|duration|[\w-]+[- ]score)"#
    /// A question whether age changes it ("people her age", "at my age", "the elderly"), and a
    /// sentence that says how it does.
    static let askedAge = #"(\b(my|his|her|their|your|our) age\b|\b(older|elderly) (people|patients|adults|women|men)\b|\bthe elderly\b)[^?.]{0,40}\b(risk|riskier|likely|prone|chance|dangerous)|\b(risk|riskier|likely|prone|chance|dangerous)\b[^?.]{0,40}\b((my|his|her|their|your|our) age|(older|elderly) (people|patients|adults|women|men)|the elderly)\b"#
    static let ageChangesIt = #"\b((greater|higher|increased|more) risks? (in|for|among|with) (the )?(older|elderly|age)|risks? (rose|rises|increase[sd]?|climb(s|ed)?) with (age|older age)|(older|elderly) (people|patients|adults)[^.;]{0,20}\b(greater|higher|more) risk)"#
    /// "Does surgery give better results at her age": whether a treatment helps at the reader's age,
    /// answered by what it does for an age band ("in patients 65 and older surgery does not improve…").
    static let askedBenefitAtAge = #"\b(better|improv\w*|work|works|help|helps|benefit\w*|worth it)\b[^?.]{0,40}\b(at|for) (my|his|her|their|your|our) age\b|\b(at|for) (my|his|her|their|your|our) age\b[^?.]{0,40}\b(better|improv\w*|work|help|benefit\w*|worth it)\b"#
    static let benefitByAge = #"\b(better|improv\w*|outcomes?|benefit\w*)\b"#
    /// "Don't they both have to be over the line": whether two limits must both be met, answered by
    /// the rule that one is enough ("meeting either threshold is enough", "does not cancel it").
    static let askedWhetherBoth = #"\bboth (have|need|has|got) to\b|\b(do|does|must|should|would) (they |we |you )?both (have|need|be|count)\b|\b(have|has|need|needs) to (meet|pass|be over|be above|exceed|hit) both\b"#
    static let oneIsEnough = #"\beither\b[^.;]{0,60}\b(is|are) enough\b|\b(does|do) not cancel\b|\bany one\b[^.;]{0,40}\benough\b"#
    /// "Does anything need to change before she starts it": what must be stopped or done first,
    /// answered by a sentence that says so ("asks that laxatives be stopped before starting").
    static let askedWhatFirst = #"\b(need|needs|have|has) to (change|stop|be stopped|come off)\b[^?.]{0,40}\bbefore\b|\bbefore (she|he|they|i|we|you) (start|starts|begin|begins|can start)\b(?! to\b)"#
    static let doneBeforeStarting = #"\b(stopp?ed|stop|discontinu\w*|held|withheld|paused?|completed?|treated)\b[^.;]{0,40}\bbefore (start|starting|beginning|treatment|the first dose)\b|\bbefore (starting|beginning)\b[^.;]{0,60}\b(stop|stopped|discontinu\w*|complete|completed|treat|treated)\b"#
    /// "Does it stop it working", "will it affect them": one medicine acting on another, named before.
    static let stopsItWorking = #"\b(stop|stops) (it|them) (from )?work(ing)?\b|\b(affect|affects|interfere with|interferes with|weaken|weakens|cancel out|cancels out|block|blocks) (it|them)\b"#
    /// Glossary concepts that name an age group, which a sentence's stated ages can speak of.
    static let ageGroups: Set<String> = ["infant", "neonate"]
    /// How a reader asks for a kind ("which type of"), in analysed form.
    static let kindWords = Set(["type", "types", "kind", "kinds", "sort", "sorts"].compactMap { TextAnalyzer().terms($0).first })
    /// A question asking how many a study took in, and a sentence's count of people or studies.
    static let askedStudySize = #"\bhow (many|big|large)\b[^?.]{0,40}\b(wom[ae]n|m[ae]n|people|patients?|adults?|child(ren)?|kids|bab(y|ies)|infants?|participants?|subjects?|studies|trials|were (in|enrolled|included|studied)|(did|does|do) (it|they) (include|pool|enrol+|combine|cover)|(the|that|this) (study|trial|review|analysis|meta-?analysis)|(was|is) (it|that|the (study|trial)))\b|\bsample size\b"#
    /// A question asking when or whether the dose goes up ("how soon do they put the dose up", "is
    /// there a stronger dose", which `Shorthand` reads as a higher one), and a sentence that says so
    /// ("the dose doubles after 2 to 4 weeks").
    static let askedDoseRise = #"\b(put|bump|push|step|move|go|goes|went)(s|ed|ing)? (the |his |her |my |their )?(dose )?up\b|\bstepp(ed|ing) up\b|\bup(ping)? (the|his|her|my|their) dose\b|\b(increas|rais|doubl)\w* (the |his |her |my |their )?dose\b|\bdose (be |is |gets? |got )?(increased|raised|doubled|go(es)? up|went up|put up)\b|\bdose (increases|increments|rises|raises|escalations?)\b|\b(up-?)?titrat\w*|\bhigher (dose|dosage|strength)s?\b"#
    /// The verbs `askedDoseRise` hears ("up" is a stop word, never a term).
    static let doseRiseVerbs = Set(["put", "bump", "push", "step", "stepped", "move", "increase", "raise", "double"].compactMap { TextAnalyzer().terms($0).first })
    /// (A label's "some patients may benefit from 140 mg" is the dose to go up to.)
    static let doseRise = #"\b(doubl(e|es|ed|ing)|increas(e|es|ed|ing)|(up-?)?titrat\w*|rais(e|es|ed|ing)|stepp?(ed|ing)? up|higher (dose|dosage|strength)|may benefit from (a (dose|dosage) of )?\d+)\b"#
    static let studySize = #"\b\d[\d,.]*\s+(\w+\s+){0,2}(women|men|people|patients|adults|children|participants|infants|babies|studies|trials|subjects|girls|boys|residents)\b"#

    /// Whether two terms stand within `window` places of each other (either order) in a unit's terms.
    static func standClose(_ a: String, _ b: String, in terms: [String], within window: Int) -> Bool {
        for (i, term) in terms.enumerated() where term == a {
            for j in max(0, i - window)...min(terms.count - 1, i + window) where j != i && terms[j] == b { return true }
        }
        return false
    }
    static let supportShare = 0.3, otherArticleShare = 0.5
    /// A plain word in at most this share of the library's articles is specific to a topic.
    static let rareWordShare = 0.05

    struct Unit {
        var item: FollowUpAnswer.Item
        var terms: Set<String>
        var part: ArticleTexts.Part
        var score: Double
        var passes: Bool
        /// From the best article, or naming the focus itself: only such a unit may lead.
        var mayLead: Bool
        /// Its article's title and tags (analysed): what every sentence of the article is about.
        var context: Set<String>
        /// Its words and the concepts it and its title name themselves (no broader ones): what it
        /// hears of the question. A sentence about benzodiazepines does not hear "hydroxyzine",
        /// though both are anxiolytics; one about anxiolytics does.
        var named: Set<String>
        /// Its score without the factor for naming the focus itself: what a supporting point is weighed by.
        var supportScore = 0.0
        /// The parts of the answer test it fails (debug listing only).
        var failing = ""
        /// Why it scored as it did (for CURBSIDE_DEBUG_GATE).
        var features = UnitFeatures()
        /// It cites only drug labels: the label speaks.
        var ofLabel = false
    }

    /// Set by `compose`: whether the lead also holds most of the question's specific words.
    private(set) var leadIsStrong = false
    /// Words of the question the lead answers without using them ("empty stomach" by "taken with
    /// food": `MealTiming`): they count as covered.
    private(set) var answeredWithoutNaming: Set<String> = []
    /// Concepts the reader typed as who cares for them ("the gp wants…"): never the topic.
    private(set) var carerConcepts: Set<String> = []
    /// Set by `compose`: the units of the reader's dose ("doxycycline 100mg"), unless the focus:
    /// not a topic the article must cover.
    private(set) var readersDoseUnits: Set<String> = []
    /// In a question of two things together, the words of what a medicine is taken for ("for a
    /// chest infection"): the reader's circumstance, not the topic.
    private(set) var purposeTerms: Set<String> = []
    /// The article an interaction question points at with "it" while naming the other thing
    /// ("can I take it with aspirin"): only its units say whether the two go together.
    var pointedArticle: String? = nil
    /// Set by `compose`: the lead's features and the share of the question it holds (for CURBSIDE_DEBUG_GATE).
    private(set) var leadFeatures: [Double] = [], leadCoverage = 0.0
    /// Set by `compose`: whether the lead keeps two of the reader's words together as the reader
    /// put them ("runs of VT", "alternate-day dosing"), not just somewhere in its article.
    /// (Stating the kind of fact beside the question's names was tried too: it answered "will the
    /// patch make me put on weight" with the patch's lower clot risk.)
    var leadKeepsTheReadersPhrase: Bool { leadFeatures.indices.contains(UnitFeatures.Name.keepsPhrases.rawValue) && leadFeatures[UnitFeatures.Name.keepsPhrases.rawValue] > 0 }
    /// Set by `compose`: the question's words that neither the lead nor its article speaks to
    /// ("coffee" in "can I still drink coffee after 10 beats of VT"). An answer that leaves part
    /// of the question unheard is not confident.
    private(set) var unaccounted: [String] = []

    /// What was left unheard, as the reader would read it: a concept's name, or the word as typed.
    /// (`among`: only these terms, when given.)
    func unaccountedNames(among terms: Set<String>? = nil) -> [String] {
        let words = question.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" }.map(String.init)
        return unaccounted.filter { terms?.contains($0) ?? true }.compactMap { term in
            if ConceptTable.isConcept(term) { return engine.index.conceptName(term) }
            return words.first { engine.index.analyzer.terms($0.lowercased()).first == term }
        }.uniqued()
    }

    /// The question's specific units (not general words, not numbers): the focus a point must hold.
    var specificUnits: [SearchIndex.Unit] {
        query.units.filter { !$0.isNumber && !$0.terms.contains(where: GeneralWords.contains) && !QuestionWords.isComparative($0.terms) }
    }

    /// Whether the reader asks about what a source leaves out ("does the label cover…").
    var asksWhatIsNotCovered: Bool {
        Patterns.matches(#"\b(not cover|doesn'?t (say|cover)|does not (say|cover)|label say|left out)\b"#, in: question, caseInsensitive: true)
    }

    static let asksWhatNext = #"\b(try|give|use|move) next\b|\bnext ([\w-]+ )?(step|steps|option|options|line|move|thing|drug|drugs|medicine|medication|treatment|choice)\b|\bwhat next\b"#

    mutating func compose(_ articles: [Article]) -> [FollowUpAnswer.Item] {
        let type = understood.questionType
        // The bodies the question names by their initials ("per the ISCD review", "what does ASH say").
        // (Not a label's opening: "The ZOLOFT label…" is a drug's name in capitals, not a body.)
        let initials = { (text: String) in Set(Patterns.captures(#"\b([A-Z]{3,})\b"#, in: text)) }
        let askedInitials = initials(understood.searchText)
        let opensWithAskedSource = { (text: String) -> Bool in
            let opening = String(text.prefix(70))
            return !askedInitials.isEmpty && !Patterns.matches(#"\blabel"#, in: opening) && !askedInitials.isDisjoint(with: initials(opening))
        }
        let wanted = Set(query.terms)
        let specific = specificUnits
        // The question's other specific words: the focus is its first concept, or its rarest word.
        // Only words the reader typed: "vitamin D for" also gives the joined term "dfor" ("t score"
        // → "tscore"), which no answer should have to contain.
        // Only what is asked, not the story before it (`QuestionUnderstander.askedPart`: "got a clot
        // after knee surgery, how long do I need the blood thinner" asks how long, about the blood thinner).
        let askedText = QuestionUnderstander.askedPart(understood.searchText)
        // (With each word also in American spelling, as analysis writes it: "hypocalcaemia" is
        // typed as the term "hypocalcemia".)
        let typedAsIs = TextAnalyzer.fold(askedText).lowercased()
        let respelled = typedAsIs.split { !$0.isLetter }.map { Spelling.americanize(String($0)) }.filter { !typedAsIs.contains($0) }
        let typed = respelled.isEmpty ? typedAsIs : typedAsIs + " " + respelled.joined(separator: " ")
        // The words an answer must hear: what the reader typed in the asking part (not the joined
        // forms analysis adds), beyond words that only carry the sentence along.
        // (More or less of something is never the focus: "pt is 70 - lower dose?" is about the dose of
        // what the reader reads about, and for an amount or a time only says which way. Otherwise it
        // is heard: "was ferritin higher or lower" asks which.)
        let comparatives = AnswerTest.measured.contains(type) ? [] : query.units.filter { !$0.isNumber && QuestionWords.isComparative($0.terms) }
        // "What do they try next", "what's the next step": the next treatment is what is asked, and
        // a sentence need not say "next" to give it ("if it does not help, another SSRI…").
        let asksWhatNext = Patterns.matches(Self.asksWhatNext, in: typedAsIs)
        // "How quickly can it be stepped up": a sentence that says the dose increases gives it,
        // without the reader's verb.
        let asksToRaiseTheDose = Patterns.matches(Self.askedDoseRise, in: askedText.lowercased())
        let heard = (specific + comparatives).filter { unit in
            !(asksWhatNext && unit.concept == nil && unit.terms == ["next"])
                && !(asksToRaiseTheDose && unit.concept == nil && unit.terms.allSatisfy(Self.doseRiseVerbs.contains)) && (unit.concept != nil || unit.terms.contains { term in
                !QuestionWords.carrier.contains(term) && term.contains(where: { $0.isLetter || $0.isNumber })
                    && Patterns.hasWord(startingWith: term, in: typed)
            })
        }
        // The focus: the first concept asked about (in the asking part, else anywhere), else the rarest word asked.
        // Words of the story before the question proper (not the joined forms, not general words).
        let storyText = TextAnalyzer.fold(understood.searchText).lowercased()
        let index = engine.index
        // (Never who told it: "gp gave him amoxicillin" names primary care, not what is asked.)
        // A concept the reader typed as one of these words ("gp" for primary care).
        // (As analysis spells it: "orthopaedic" is the term "orthoped".)
        let storyRespelled = Spelling.americanizeText(storyText)
        let typedAsOneOf = { (concept: String, words: Set<String>) -> Bool in
            (index.conceptSpellings(concept) ?? []).contains { name in
                let terms = index.analyzer.terms(name)
                return terms.count == 1 && words.contains(terms[0]) && Patterns.hasWord(startingWith: terms[0], in: storyRespelled)
            }
        }
        let tellsWho = { (unit: SearchIndex.Unit) -> Bool in unit.concept.map { typedAsOneOf($0, QuestionWords.story) } ?? false }
        carerConcepts = Set(specific.compactMap(\.concept).filter { typedAsOneOf($0, QuestionWords.carers) })
        // (Nor, where the question names something else, a word of the kind of answer: in "is the
        // lowest-of-three-sites rule for men too" the focus is the sites, not "lowest".)
        let focusable = (heard.isEmpty ? specific : heard).filter { unit in
            !tellsWho(unit) && !QuestionWords.isComparative(unit.terms)
        }
        let namesMore = focusable.filter { !$0.terms.allSatisfy(QuestionWords.answerKind.contains) }
        let wordsToFocusOn: [SearchIndex.Unit] = namesMore.isEmpty ? focusable : namesMore
        // (Nor, when the question asks when the dose goes up, a dose unit: in "been on 50mg
        // sertraline…, how soon can they put the dose up" the focus is sertraline, not "mg", which
        // every dose sentence holds. Only then: "is 5mg twice a day of eliquis right for my mum"
        // is answered by the lower-dose rule that takes her in, found with "mg" as its focus.)
        let isDoseUnit = { (unit: SearchIndex.Unit) -> Bool in
            guard asksToRaiseTheDose, let concept = unit.concept, let names = index.conceptSpellings(concept), !names.isEmpty else { return false }
            return names.allSatisfy { name in Set(index.analyzer.terms(name)).isSubset(of: QuestionWords.doseUnits) }
        }
        // A concept named in the story by its words ("my first pregnancy had spina bifida"), not in the ask.
        let namedOnlyInStory = { (unit: SearchIndex.Unit) -> Bool in
            guard let concept = unit.concept else { return false }
            let names = (index.conceptSpellings(concept) ?? []).map { TextAnalyzer.fold($0).lowercased() }
            return !names.contains { typed.contains($0) } && names.contains { storyText.contains($0) }
        }
        let mayFocus = { (unit: SearchIndex.Unit) in unit.concept != nil && !tellsWho(unit) && !isDoseUnit(unit) }
        let focusUnit = heard.first(where: mayFocus) ?? specific.first(where: mayFocus) ?? wordsToFocusOn.max { a, b in
            (a.terms.map(engine.index.idf).max() ?? 0) < (b.terms.map(engine.index.idf).max() ?? 0)
        }
        // The focus is shared by every sentence of an article about it: beyond holding it, what tells
        // units apart is the rest of the question (its other words, its numbers).
        let focusTerms = Set(focusUnit?.terms ?? [])
        // An amount or a time asked of something named ("propranolol dose for migraine ppx") is
        // that thing's: an article about another thing asked (migraine) does not make its
        // sentences about it (AIMOVIG's 70 mg a month is not propranolol's dose).
        // (Something of a kind, a medicine of its class: a schedule or a condition named first is not.)
        // (So is when its dose goes up: "how soon can they put the sertraline dose up" is not
        // answered by escitalopram's step to 20 mg in an article whose tags name sertraline.)
        // (A medicine, where the glossary says what its entries name; else anything of a kind.)
        let amountOfNamedFocus = (AnswerTest.measured.contains(type) || asksToRaiseTheDose)
            && (focusUnit?.concept.map { concept in
                engine.index.conceptKind(concept).map { $0 == "medicine" } ?? !engine.index.conceptAncestors(concept).isEmpty
            } ?? false)
        // How the focus is written in articles: its glossary names (for "how much calcium", where
        // the amount must stand next to the word).
        let focusNames = AnswerTest.wordExpressions({
            guard let unit = focusUnit else { return [] }
            if let concept = unit.concept ?? unit.terms.first(where: ConceptTable.isConcept),
               let names = engine.index.conceptSpellings(concept) { return names }
            return unit.terms.filter { !ConceptTable.isConcept($0) }
        }())
        // ("Safe to dispense together?" asks one thing: whether the two go together, not who may
        // have either.)
        let otherTypes = understood.types.dropFirst().compactMap(QuestionType.init(rawValue:))
            .filter { ![.information, .definition, .children].contains($0) && !(type == .interactions && $0 == .eligibility) }
        let askedTypes = [type] + otherTypes
        let storyTerms = Set(specific.filter(namedOnlyInStory).compactMap(\.terms.first)).union(specific.flatMap(\.terms).filter { term in
            !ConceptTable.isConcept(term) && !QuestionWords.carrier.contains(term)
                && !Patterns.hasWord(startingWith: term, in: typed)
                && Patterns.hasWord(startingWith: term, in: storyText)
        })
        // What of the question a unit leaves unheard (neither it nor its article's title names it;
        // `named` holds both).
        // A concept is heard when the unit names it, or spells out the words of one of its names
        // ("drops … vitamin D" hears "vitamin D drops").
        let conceptWords: [String: [Set<String>]] = Dictionary(heard.compactMap(\.concept).map { concept in
            (concept, (engine.index.conceptSpellings(concept) ?? []).map { Set(engine.index.analyzer.terms($0)) }.filter { !$0.isEmpty })
        }, uniquingKeysWith: { first, _ in first })
        // A sentence about a broader kind speaks to the one asked about ("bleeding risk with NSAIDs"
        // hears "advil"); one about a sibling kind does not (benzodiazepines do not hear hydroxyzine,
        // though both are anxiolytics): `named` holds what a sentence names itself, never its ancestors.
        let broaderOfHeard: [String: [String]] = Dictionary(heard.compactMap(\.concept).map { ($0, engine.index.conceptAncestors($0)) },
                                                            uniquingKeysWith: { first, _ in first })
        // A concept that names the kind of answer ("dose", "dosing") is the answer test's to find.
        // ("is this an ER thing or can it wait": where to go is what an urgency answer says.)
        let namesAnswerKind = { (unit: SearchIndex.Unit) -> Bool in
            (unit.concept.flatMap { conceptWords[$0] } ?? []).contains { spelling in
                spelling.isSubset(of: QuestionWords.answerKind)
                    || (askedTypes.contains(.urgency) && !spelling.isDisjoint(with: QuestionWords.answerKind)
                        && spelling.isSubset(of: QuestionWords.answerKind.union(QuestionWords.placesOfCare)))
                    || (askedTypes.contains(.urgency) && !spelling.isEmpty && spelling.isSubset(of: QuestionWords.caregivers))
            }
        }
        // "Hip fracture rates on risedronate vs placebo": a trial's two figures side by side ("1.9% vs
        // 3.2%") are the drug's and its comparison's, though the sentence does not say "placebo".
        let placeboTerms = Set(heard.compactMap(\.concept).filter { engine.index.conceptName($0)?.lowercased() == "placebo" })
        // "In that pooled data", "the big meta-analysis": the reader points at a study by its design,
        // which an article may describe in other words ("10 cohorts", "a systematic review").
        let studyDesignTerms = Set(QuestionWords.studyDesigns.flatMap { engine.index.analyzer.terms($0) })
        let namesStudyDesign = { (unit: SearchIndex.Unit) -> Bool in
            (unit.concept.flatMap { conceptWords[$0] } ?? []).contains { !$0.isEmpty && $0.isSubset(of: studyDesignTerms) }
        }
        // "lisinopril 20 mg": the unit of the reader's dose is not something the answer must name,
        // nor how often that dose is taken ("metformin 1g bd", read as "1g twice a day").
        let lowered = question.lowercased()
        let readersSchedule = Patterns.firstRange(#"(?<=\d(?: ?(?:mg|g|mcg|ml|units?))? )((once|twice|three times|four times) a day|as needed)\b"#, in: lowered)
            .map { String(lowered[$0]) }
        let namesDoseUnit = { (unit: SearchIndex.Unit) -> Bool in
            let spellings = unit.concept.flatMap { conceptWords[$0] } ?? [Set(unit.terms.filter { !ConceptTable.isConcept($0) })]
            return !spellings.isEmpty && spellings.allSatisfy { !$0.isEmpty && $0.isSubset(of: QuestionWords.doseUnits) }
                || readersSchedule.map { schedule in (unit.concept.flatMap(index.conceptSpellings) ?? []).contains { $0.lowercased() == schedule } } ?? false
        }
        readersDoseUnits = Set(heard.filter { $0.terms != focusUnit?.terms && namesDoseUnit($0) }.compactMap(\.concept))
        // "can i take advil for headaches while on sertraline": what the drug is taken for is the
        // reader's circumstance; the answer is about the two drugs together.
        // (So is a word the library has never seen: "takes probenecid for gout - any problem?".)
        // (And, whatever is asked, what an earlier medicine was for in the story before the question:
        // "she had amox 3 wks ago for a chest infection - still amox?")
        let toldStory = QuestionUnderstander.storyPart(understood.searchText)
        let toldBefore = toldStory.map { TextAnalyzer.fold($0).lowercased() }
        let loweredQuestion = question.lowercased()
        let typedAsPurpose = { (name: String, ending: String) -> Bool in
            // ("For a separate rosacea flare": a word or two may stand before it.)
            let purpose = #"\bfor (my |his |her |their |the |a |an |some |bad )?([\w'-]+ ){0,2}"# + TextPattern.escaped(name) + ending
            return askedTypes.contains(.interactions) && Patterns.matches(purpose, in: storyText)
                || toldBefore.map { Patterns.matches(purpose, in: $0) } ?? false
                // What an earlier course was for ("she had amox 3 wks ago for a chest infection",
                // "finished amoxicillin like 3 weeks ago for a chest thing"): a past medicine's purpose.
                || Patterns.matches(#"\b(ago|last (week|month|year)|finished|had|took|was on)\b[^,.;?]{0,40}"# + purpose, in: storyText)
                // What another medicine the reader is on is for ("already on lamictal for my mood - my
                // neuro says it won't work as a migraine preventer"): why they take it, not the topic.
                || Patterns.matches(#"\b(already|also) (on|taking) [\w-]+ "# + purpose, in: loweredQuestion)
        }
        let namedAsPurpose = { (unit: SearchIndex.Unit) -> Bool in
            guard let concept = unit.concept else { return false }
            return (index.conceptSpellings(concept) ?? []).contains { spelling in
                typedAsPurpose(TextAnalyzer.fold(spelling).lowercased(), #"s?\b"#)
            }
        }
        // "Lokelma vs patiromer, which binder is better": a comparison is answered only by what speaks
        // of both by name (not of potassium binders, the kind both belong to).
        let asksToCompare = AnswerTest.asksToCompare(question)
        // A condition named speaks to the signs it shows as ("peripheral neuropathy" to "my feet
        // have gone tingly"); a narrower kind does not hear its broader one.
        func namesWhatShowsAs(_ sign: String, _ named: Set<String>) -> Bool {
            named.contains { ConceptTable.isConcept($0) && engine.index.conceptSigns($0).contains(sign) }
        }
        // Whether two go together: a kind both belong to does not speak for either ("the vaccine"
        // in Shingrix's label is Shingrix, not the flu jab asked about beside it).
        // (Only of two different things: one named twice, or by its kind beside it, "gliclazide …
        // a sulfonylurea", is one thing, and "insulin secretagogues" speaks for it.)
        // (So is which of two is better: "an operation or a cast" is heard in "operative treatment
        // … non-operative care", a kind the cast belongs to and the operation does not.)
        let comparedConcepts = Set(heard.compactMap(\.concept))
        let sharedKinds: Set<String> = type != .interactions && !asksToCompare ? [] : {
            let concepts = Array(comparedConcepts)
            let kinds = concepts.map { Set(engine.index.conceptAncestors($0)) }
            let different = { (i: Int, j: Int) in !kinds[i].contains(concepts[j]) && !kinds[j].contains(concepts[i]) }
            return Set(kinds.indices.flatMap { i in kinds.indices.filter { $0 > i && different(i, $0) }.flatMap { kinds[i].intersection(kinds[$0]) } })
        }()
        // A test asked about by its everyday umbrella ("the camera tests") is named by the test of
        // that kind a sentence gives ("bidirectional endoscopy"); so are nutrients ("rechecking
        // U&Es" by "recheck potassium"). Only these: a sentence about warfarin does not speak for
        // all blood thinners.
        func namesAKindOfTest(_ asked: String, _ named: Set<String>) -> Bool {
            guard let kind = engine.index.conceptKind(asked), ["test", "procedure", "nutrient"].contains(kind) else { return false }
            return named.contains { ConceptTable.isConcept($0) && $0 != asked && engine.index.conceptAncestors($0).contains(asked) }
        }
        // "Is it intramuscular or subcutaneous?": two things offered as a choice are answered by a
        // sentence that names either (not when the two are weighed, or taken together). (A capital
        // "IM" is not read: "im" is "I'm".)
        // (A word the glossary lacks is typed as its stem and an ending: "subcut", "subcutaneous".)
        // (Only read when the question says "or": each pair is a pattern to compile.)
        let offeredWith: [String: Set<String>] = type == .interactions || asksToCompare || !typedAsIs.contains(" or ") ? [:] : {
            let concepts = Array(Set(heard.compactMap { $0.concept ?? ($0.terms.count == 1 ? $0.terms[0] : nil) }))
            let spellings = concepts.map { concept in
                ConceptTable.isConcept(concept) ? (index.conceptSpellings(concept) ?? []).map { TextPattern.escaped(TextAnalyzer.fold($0).lowercased()) }
                    : [TextPattern.escaped(concept) + #"\w*"#]
            }
            var offered: [String: Set<String>] = [:]
            for i in concepts.indices { for j in concepts.indices where i != j && !spellings[i].isEmpty && !spellings[j].isEmpty {
                let choice = #"\b("# + spellings[i].joined(separator: "|") + #") or ("# + spellings[j].joined(separator: "|") + #")\b"#
                if Patterns.matches(choice, in: typedAsIs) { offered[concepts[i], default: []].insert(concepts[j]); offered[concepts[j], default: []].insert(concepts[i]) }
            } }
            return offered
        }()
        func unheard(by named: Set<String>) -> [String] {
            heard.filter { unit in
                // A drug the library never names stands in by its kind ("Lokelma" by potassium
                // binders): enough for what the kind shares, never for its own dose or schedule.
                let standsIn = unit.concept.map { !unit.terms.contains($0) } ?? false
                // Nor, when two are weighed against each other, for either one ("xarelto vs eliquis"
                // is not answered by what blood thinners share; a kind only one of them belongs to is
                // kept, as sharedKinds says).
                let kindHears = !(standsIn && AnswerTest.measured.contains(type))
                // (Nor who told the reader: "gp wants to put me on doxycycline" is not answered only
                // by a sentence about primary care.)
                return !namedAsPurpose(unit) && !(unit.concept.map(carerConcepts.contains) ?? false)
                    && !(kindHears ? unit.terms.filter { $0 == unit.concept || !sharedKinds.contains($0) } : [unit.concept!]).contains(where: named.contains)
                    && !(kindHears && (unit.concept.flatMap { broaderOfHeard[$0] } ?? []).contains { named.contains($0) && !sharedKinds.contains($0) })
                    && !(unit.concept.map { namesWhatShowsAs($0, named) } ?? false)
                    && !(unit.concept.map { namesAKindOfTest($0, named) } ?? false)
                    // (Not by a spelling of only general words: "working out" is not heard in "if it does not work".)
                    && !(unit.concept.flatMap { conceptWords[$0] } ?? []).contains { !$0.allSatisfy(GeneralWords.contains) && $0.isSubset(of: named) }
                    && !unit.terms.contains { word in QuestionWords.answerKind.contains(word) || askedTypes.contains { $0 != .information && AnswerTest.passes(word, type: $0) } }
                    && !namesAnswerKind(unit)
                    && !namesStudyDesign(unit)
                    && !namesDoseUnit(unit)
                    && !((unit.concept ?? unit.terms.first).map { (offeredWith[$0] ?? []).contains(where: named.contains) } ?? false)
            }.compactMap { $0.concept ?? $0.terms.first }
        }
        // A plain word asked about (no glossary concept), which the reader qualified with a word
        // the library lacks, is not held by a unit that has it only inside the name of something
        // the question does not name ("normal cows milk" is not the "human milk" that is
        // breastfeeding; but "what bloods" may be a "full blood count").
        let typedInOrder = typedTerms.compactMap { $0 }
        let plainFocus = focusUnit.flatMap { $0.concept == nil ? $0.terms.first : nil }.flatMap { focus in
            typedInOrder.indices.contains { i in i > 0 && typedInOrder[i] == focus && query.unknown.contains(typedInOrder[i - 1]) } ? focus : nil
        }
        let askedConcepts = Set(heard.compactMap(\.concept))
        func hasPlainFocusOnlyInsideAnotherName(_ text: String, named: [String]) -> Bool {
            guard let plainFocus else { return false }
            var rest = text.lowercased(), inside = false
            for concept in named where !askedConcepts.contains(concept) {
                for spelling in engine.index.conceptSpellings(concept) ?? [] where spelling.contains(" ") {
                    let spelled = spelling.lowercased()
                    guard rest.contains(spelled), engine.index.analyzer.terms(spelled).contains(plainFocus) else { continue }
                    inside = true
                    rest = rest.replacingOccurrences(of: spelled, with: " ")
                }
            }
            return inside && !engine.index.analyzer.terms(rest).contains(plainFocus)
        }
        // A concept told in the story ("the iron pills make me sick, can I take them every other
        // day") is the reader's circumstance, not something more the answer must speak to; only a
        // story set apart from the question ("…, can I"; not "X and when can it be titrated").
        let storySetApart = toldStory != nil
        let toldInStory = { (unit: SearchIndex.Unit) in storySetApart && namedOnlyInStory(unit) }
        // When the question itself names the two weighed together ("got a CT with contrast booked…
        // is the contrast a problem with metformin"), what else the story names is circumstance.
        let toldOnlyInStory = Set(heard.filter(toldInStory).compactMap(\.concept))
        // (Not the source asked of, which nearly every article names: "is that combo contraindicated
        // on the Zoloft label" weighs the pimozide told before it, not the label.)
        // (Nor one thing by two names: "sertraline… on the Zoloft label".)
        let asksOfTwo = Set(heard.compactMap { unit in unit.concept.flatMap { !toldInStory(unit) && !namesAnswerKind(unit) && engine.index.articleShare($0) < 0.9 ? $0 : nil } }).count >= 2
        // What the reader tells they have had ("my first pregnancy was affected by spina bifida"): a
        // rule for people with, or without, "a previous NTD-affected pregnancy" speaks to them
        // (whether the advice applies is the answer). (Not what they deny: "no history of it".)
        let hadBefore: String? = {
            let had = #"\b(had|affected (by|with)|previous|prior|past|history of|diagnosed with|born with)\b[^,.;?]{0,25}\b"#
            let denied = #"\b(no|never|not|without|denies)\b[^,.;?]{0,30}\b"#
            // (Every name of it: "spina bifida" told is "a previous NTD-affected pregnancy" read.)
            let concepts: [[String]] = heard.filter(toldInStory).compactMap(\.concept).map { concept in
                (index.conceptSpellings(concept) ?? []).map { TextPattern.escaped(TextAnalyzer.fold($0).lowercased()) }
            }
            let names: [String] = concepts.filter { names in
                names.contains { Patterns.matches(had + $0 + #"\b"#, in: storyText) } && !names.contains { Patterns.matches(denied + $0 + #"\b"#, in: storyText) }
            }.flatMap { $0 }
            return names.isEmpty ? nil : #"\b(previous|prior|past|earlier) ([\w-]+ ){0,2}?("# + names.joined(separator: "|") + #")\b"#
        }()
        // "Which type of light treatment is usually used": a kind of the focus is asked for; the
        // word "type" is how, not what (`askedKindOf`).
        let asksWhichKind = Patterns.matches(#"\b(which|what) (types?|kinds?|sorts?) of\b"#, in: question.lowercased())
        let kindWords = asksWhichKind ? Self.kindWords : []
        let asksWhenDue = { (term: String) -> Bool in type == .timing && term == "due" }
        // "Dupilumab jabs", "metformin tablets": the form typed with the medicine is how the reader
        // names it, not more asked (unless the form is what is asked, or two are weighed: "is a
        // patch any safer than the tablets").
        let formsTyped = Set(Patterns.captures(#"\b"# + Self.formWord + #"\b"#, in: understood.searchText.lowercased()))
        let formOfFocus: Set<String> = AnswerTest.asksTheForm(question) || formsTyped.count > 1 ? [] : Set((focusUnit?.concept.flatMap(engine.index.conceptSpellings) ?? []).flatMap { spelling in
            Patterns.captures(#"\b"# + TextPattern.escaped(TextAnalyzer.fold(spelling).lowercased()) + " " + Self.formWord + #"\b"#, in: TextAnalyzer.fold(understood.searchText).lowercased())
        }.flatMap(engine.index.analyzer.terms))
        let otherTerms = Set(heard.filter { $0.terms != focusUnit?.terms && !toldInStory($0) && !namesAnswerKind($0) && !tellsWho($0) && !($0.concept == nil && $0.terms.allSatisfy(formOfFocus.contains)) }.flatMap(\.terms)
            .filter { !subjectOnlyTerms.contains($0) }
            .filter { !kindWords.contains($0) }
            .filter { ConceptTable.isConcept($0) || Patterns.hasWord(startingWith: $0, in: typed) }
            // A word that names the kind of answer ("inherited") is the answer test's to find.
            // ("When is the first up-titration due": when, asked; "before the next one is due" in a
            // question of what to take is still heard.)
            .filter { ConceptTable.isConcept($0) || !QuestionWords.answerKind.contains($0) && !asksWhenDue($0) }
            .filter { ConceptTable.isConcept($0) || !AnswerTest.passes($0, type: understood.questionType) || understood.questionType == .information }
            // How the reader puts it ("go higher", "fights us", "a bit") is not more asked; a verb
            // may be ("can the drops stain her teeth").
            .filter { ConceptTable.isConcept($0) || !isTypedAsNoThing($0, verbs: false) })
        // A unit that names a broader kind of something else asked hears it ("do not take
        // tetracycline antibiotics with it" hears doxycycline), as `unheard` reads it.
        let broaderOfOther = Set(otherTerms.flatMap { broaderOfHeard[$0] ?? [] })
        // Or spells out the words of its name ("iron deficiency in people with anaemia" hears
        // "iron deficiency anaemia"), as `unheard` reads it.
        let spelledOther = otherTerms.filter(ConceptTable.isConcept).flatMap { conceptWords[$0] ?? [] }.filter { $0.count > 1 }
        // How the other words asked are written ("holiday", "aim"): the typed word cut to what it
        // shares with its analysed term, so "aiming" also finds "aimed". (Any type that has a test:
        // "what makes a run of vt count as sustained" is answered where "sustained" stands by the
        // length that defines it.)
        let askedNames: [TextPattern] = {
            guard type != .information else { return [] }
            let stems: [String] = zip(sentence.words, typedTerms).compactMap { word, term in
                guard let term, otherTerms.contains(term), !ConceptTable.isConcept(term) else { return nil }
                let typedWord = word.lowercased()
                let shared = String(zip(typedWord, term).prefix { $0 == $1 }.map(\.0))
                return shared.count >= 4 || shared == typedWord ? shared : nil
            }
            return Set(stems).compactMap { try? TextPattern("\\b" + TextPattern.escaped($0) + "\\w*", options: [.caseInsensitive]) }
        }()
        // How long something lasts may be said of the other thing asked ("how long after Shingrix is
        // the GBS risk raised": "…Guillain-Barré syndrome, in the 42 days after the shot").
        let otherConceptNames = type == .duration ? AnswerTest.wordExpressions(otherTerms.filter(ConceptTable.isConcept).flatMap { engine.index.conceptSpellings($0) ?? [] }) : []
        // The reader's own numbers (an age, a week of pregnancy, a lab value): a unit whose ranges
        // take them in speaks to this reader; one whose ranges leave them out does not.
        let readerValues = ReaderValues.of(understood)
        // Which end of a range the question asks for, if any ("the most", "starting dose").
        let askedEnd = AnswerTest.qualifier(in: question)
        let asksPerDay = type == .dose && AnswerTest.matches(AnswerTest.perDay, question)
        let asksForATarget = Patterns.matches(#"\b(aim(ing)? (for|at)|targets?|goals?)\b"#, in: askedText.lowercased())
        // A reader who says it is getting worse ("tingly and going numb, worse since this morning") is
        // told first what to do if it worsens ("go to the ER now if the numbness gets worse"), the
        // more so when they ask whether it can wait.
        let toldItWorsens = Patterns.matches(#"\b(worse|worsening)\b"#, in: question.lowercased())
        // "Once I'm pregnant how long do I keep taking it": how long it goes on ("keep taking it for
        // the first 2 to 3 months"), not when it starts ("start at least 1 month before").
        let asksHowLongItGoesOn = type == .duration && Patterns.matches(Self.goesOn, in: askedText.lowercased())
        // "How long before it actually starts stopping breaks": how long it takes to help ("bone drugs
        // took about a year to prevent one break"), not how long it is taken for.
        let asksTimeToBenefit = [.duration, .timing, .outlook].contains(type) && Patterns.matches(Self.timeToBenefitAsked, in: askedText.lowercased())
        // "Metformin egfr cutoff": a unit that puts a number on a limit ("when eGFR is below 30").
        // (Not what is said of a cutoff: "their main criticism of the WHO Hb cut-offs".)
        let asksForACutoff = Patterns.matches(#"\b(cut-?offs?|cut offs?|thresholds?)\b"#, in: askedText.lowercased())
            && !Patterns.matches(#"\b(criticis\w*|why|reasons?|based on|basis)\b"#, in: askedText.lowercased())
        // "What temperature counts as a fever": the word to be defined, so that the unit saying what a
        // fever is ("a fever is a temperature of 38°C or higher") comes before one that only names the
        // threshold in passing (a guideline covering infants "with a temperature of 38.0°C or higher").
        let definedWord: String? = Patterns.firstRange(#"\b(counts?|classed|classified|considered|defined) as (an? )?[a-z][a-z-]{2,}"#, in: askedText.lowercased())
            .flatMap { range in askedText.lowercased()[range].split(separator: " ").last.map(String.init) }
        // A unit that states a goal hears "aiming for", "target" or "goal", whichever the reader said
        // ("what should his blood pressure be aiming for": "the usual goal for the top number…").
        let targetTerms = asksForATarget ? wanted.intersection(["aim", "goal", "target"].compactMap { engine.index.analyzer.terms($0).first }) : []
        // "How long do I need to take…": the measure is what is asked; "need" adds no other type.
        // ("When should I start…" asks for a time in the same way; "when can I stop", for how long.)
        var asksForAMeasure = AnswerTest.measured.contains(type)
            && Patterns.matches(#"^\W*(how (long|often|much|many|soon|frequently)|for how long)\b"#, in: askedText.lowercased())
            || [.timing, .duration].contains(type) && Patterns.matches(#"^\W*(when|what time|how soon)\b"#, in: askedText.lowercased())
            || type == .dose && Patterns.matches(#"^\W*(what|which)('?s| is| are)?\b[^?.]{0,30}\b(doses?|dosage|dosing|strengths?|amount|mg)\b"#, in: askedText.lowercased())
            // ("propranolol dose range for migraine ppx", "apixaban initial dosing for acute DVT".)
            || type == .dose && Patterns.matches(#"^\W*(?!(is|are|can|could|should|do|does|did|will|would|my|i|im|if|when|why|how|the|a|an)\b)([\w/-]+ ){1,4}?(doses?|dosage|dosing)\b"#, in: askedText.lowercased())
        // "Is he old enough for accutane" (at 11): the age a rule starts at answers, though it leaves him out.
        // (So does "can she take trofinetide", of an 18-month-old: its "2 years and older" says no.
        // Only of a child: at 45, "can I get Shingrix" is answered by who is eligible younger.)
        let asksWhetherOldEnough = Patterns.matches(#"\b((old|young) enough|too (old|young)|(at )?what age|how old (do|does|must|should|can)|(my|his|her|their|your|our) age (count|counts|matter|matters)|only for (older|younger|old|young) (people|adults|patients|ones|women|men))\b"#, in: askedText.lowercased())
            || [.eligibility, .children].contains(type) && readerValues.contains { $0.kind == .age && ($0.range.upper ?? .infinity) < 18 * 365.25 } && Patterns.matches(#"\bcan (she|he|they|my \w+|our \w+|i|we) (take|have|use|get|start|be given|be on)\b"#, in: askedText.lowercased())
        // "His K is 5.2 - is that over the cut-off?": so does the limit that leaves the reader's value
        // out (it says they are past it).
        let asksWhetherPastALimit = asksForACutoff || Patterns.matches(#"\b(too (high|low)|(over|above|under|below|past) the (cutoff|limit|threshold))\b"#, in: askedText.lowercased())
        // "How soon do they put the dose up": a sentence that says when the dose is raised answers
        // it, not another timing of the same medicine ("not within 36 hours of an ACE inhibitor"),
        // nor when it starts to work, though the reader feels nothing yet.
        let asksWhenItWorks = [.duration, .timing].contains(type) && AnswerTest.matches(AnswerTest.whenItWorks, question) && !AnswerTest.matches(AnswerTest.afterItWorks, question) && !asksToRaiseTheDose
        // "How does quetiapine compare with other meds": a sentence that sets it against others
        // ("showed the largest effect", "more than", "versus") states it, whatever the type asks.
        let asksHowItCompares = Patterns.matches(#"\bhow (does|do|did|would|will) [^?.]{1,40}\bcompare\b"#, in: askedText.lowercased())
        // "Is a big monthly dose just as good as a daily one", "is the injection better than
        // tablets": only a comparison answers it, not the monthly dose (or the injection) again.
        let asksWhetherAsGood = Patterns.matches(#"\b(just |equally )?as (good|effective|safe|strong) as\b|\b(is|are|was|were|would|will) (the |a |an |that |this )?[\w-]+( [\w-]+)? (any |much |really )?(better|worse|more effective|less effective|safer|stronger) than\b"#, in: askedText.lowercased())
        // "Why does he have to finish all 10 days": a reason, not the 10 days again.
        let asksWhy = type == .causes && AnswerTest.matches(AnswerTest.asksWhy, question)
        // "How does finasteride actually work": what it does in the body, not what it is for.
        // (A question that names the mechanism asks it whatever else it asks: "why does metformin
        // lower b12, whats the mechanism" is not answered by the link alone.)
        let asksHowItWorks = !asksWhenItWorks && (AnswerTest.matches(AnswerTest.namesTheMechanism, question)
            || [.definition, .information, .outlook, .treatment].contains(type) && AnswerTest.asksHowItWorks(question))
        // "Is dupixent a tablet or an injection": how it is given, not what it is for.
        let asksTheForm = [.definition, .information, .treatment, .timing].contains(type) && AnswerTest.asksTheForm(question)
        // "Rett syndrome prevalence in females": how many people have it, not how well a trial went.
        // "What time of day should I take it": answered by a time of day (or how it goes with meals),
        // not by when to check a blood test again.
        // (So does one that asks of a time of day: "do bp pills work better if you take them at bedtime".)
        let asksTimeOfDay = type == .timing && (Patterns.matches(#"\b(what|which) time of (the )?day\b|\bwhat time (should|do|does|to|is best)\b|\b(morning|night|evening|bedtime) or (morning|night|evening|bedtime)\b"#, in: question.lowercased())
            || Patterns.matches(#"\b(at (bed ?time|night)|in the (morning|evening)|before bed)\b"#, in: askedText.lowercased()))
        let asksHowCommon = type == .outlook && AnswerTest.matches(AnswerTest.asksHowCommon, question)
        let asksForRates = AnswerTest.matches(AnswerTest.asksForRates, askedText)
        let asksHowMuchItChanges = AnswerTest.matches(AnswerTest.asksHowMuchItChanges, askedText)
        let asksForNumberNeeded = AnswerTest.matches(AnswerTest.asksForNumberNeeded, askedText)
        // "How many months will he have to stop driving": a count of them answers, not "long-term".
        let asksHowManyUnitsOfTime = type == .duration && Patterns.matches(#"\bhow many (days|weeks|months|years)\b"#, in: question.lowercased())
        // "How soon will they do a blood test": "as early as four weeks", not "once a day, at any time of day".
        let asksHowSoon = type == .timing && !asksTimeOfDay && Patterns.matches(#"^\W*how soon\b"#, in: askedText.lowercased())
        // ("How often do the scans find anything" is answered by how often, not by which scans are done.)
        if asksHowCommon { asksForAMeasure = true }
        let asksToStop = [.duration, .information, .sideEffects].contains(type) && AnswerTest.matches(AnswerTest.asksToStop, question)
        // "Is it supposed to get checked again every so often": how often a check is repeated, which
        // a dose's "5 mg twice a day" does not tell.
        let asksHowOftenChecked = type == .frequency && AnswerTest.matches(AnswerTest.checking, askedText)
        let asksForTheMost = type == .dose && AnswerTest.asksForTheMost(question)
        // Asked once: the property is read for every text and sentence below.
        let asksWhatIsNotCovered = self.asksWhatIsNotCovered
        // "What strength is the capsule" is answered by a product's strength; "how much should I
        // take" is not (`AnswerTest.givesOnlyAStrength`).
        let asksForAStrength = type == .dose && Patterns.matches(#"\b(strengths?|forms?|formulations?|capsules?|caps|come in|comes in|available)\b"#, in: question.lowercased())
        // "In that big trial where women either carried on or stopped, how much bone did…": what a
        // study found is asked, and a study's report answers it.
        // (The words a study's report opens with, or the reader's own: "study", "RCT", "Cochrane", "randomise".)
        // (In the sentence that asks: "in the trial of babies that age, how many did badly".)
        let askingSentence = understood.searchText.components(separatedBy: CharacterSet(charactersIn: "?.!\n")).first { $0.contains(askedText.trimmingCharacters(in: CharacterSet(charactersIn: "?.! "))) } ?? askedText
        // (A trial asked about by name is a study: "ARISTOTLE - how big was it", where the glossary
        // also spells it "ARISTOTLE trial".)
        let namesATrial = specific.contains { unit in
            unit.concept.flatMap { engine.index.conceptSpellings($0) }?.contains { $0.lowercased().hasSuffix(" trial") } ?? false
        }
        let asksAboutAStudy = namesATrial || AnswerTest.matches(AnswerTest.studyReport, askedText) || Patterns.matches(#"\b(study|studies|rct|meta-?analys[ie]s|cochrane|randomi[sz]e|trials|(the|that|this|those|these) trials?)\b"#, in: askingSentence.lowercased())
        // "How many women were in it", "how many studies did it pool": a study's size, told by a
        // count of its people or studies ("In 4,957 women aged 67…", "27 studies with 15,581 patients").
        let asksHowManyStudied = asksAboutAStudy && Patterns.matches(Self.askedStudySize, in: askingSentence.lowercased())
        // "What was the average T-score of the women enrolled": a sentence giving a mean or median.
        // (Not "what does G3a mean": the verb.)
        let asksForAnAverage = Patterns.matches(Self.anAverage, in: askingSentence.lowercased())
        // "Are people her age more at risk": a sentence that says how age changes it ("greater
        // risk in older people", "rose with age 75 or older").
        let asksWhetherAgeMatters = Patterns.matches(Self.askedAge, in: askingSentence.lowercased())
        let asksBenefitAtAge = Patterns.matches(Self.askedBenefitAtAge, in: askingSentence.lowercased())
        let asksWhetherBoth = Patterns.matches(Self.askedWhetherBoth, in: askingSentence.lowercased())
        let asksWhatFirst = Patterns.matches(Self.askedWhatFirst, in: askingSentence.lowercased())
        // "Which type of light treatment is usually used": a unit naming a kind of the focus
        // ("phototherapy, usually narrowband UVB") says which.
        let askedKindOf = asksWhichKind ? focusUnit?.concept : nil
        // "How long do we wait before starting the amoxil if she doesn't get better": how long to
        // watch first ("antibiotics start if the child … does not improve within 48 to 72 hours"),
        // not how long a course lasts.
        // "How many days does he need it for": the length of a course ("A course is often 10 days
        // under age 2"), not how long to watch before starting one.
        // "Which one am I", "what stage is she": a sentence that sorts the reader's value among
        // bands ("stage 3b is 30 to 44"), not one that only takes it in ("stage 3 is 30 to 59").
        let asksWhichBand = !readerValues.isEmpty && Patterns.matches(#"\bwhich (one|stage|category|group|band|grade|class|level|bit|type) (am|is|are|does|do|would|will)\b|\bwhat (stage|category|grade|class|band) (am|is|are|does|would)\b|\bwhere (do|does|would) (i|he|she|they|it|my \w+|his \w+|her \w+) (fall|sit|fit|come)\b"#, in: askingSentence.lowercased())
        // "Is it actually FDA approved": the sentence that says what the FDA did or did not find
        // ("has not been found by the FDA to be safe and effective"), not the label's dose.
        let asksAboutApproval = Patterns.matches(#"\bfda\b|\b(is|are|was) (it|they|this|that|these|those) (actually |even |really )?approved\b"#, in: askingSentence.lowercased())
        let asksHowLongACourse = type == .duration && Patterns.matches(#"\bhow many (days|weeks)\b|\bhow long (do|does|should|will|must|is) ([\w']+ ){0,3}(take|need|stay on|be on|have|give)\b[^?.]{0,30}\bfor\b|\bcourse\b"#, in: askingSentence.lowercased())
        let asksHowLongToWait = Patterns.matches(#"\bhow long (do|should|can|would|will|must|to) ((we|i|you|they|he|she) )?(wait|watch|hold off|leave (it|her|him|them))\b"#, in: askingSentence.lowercased())
        // "Is stopping it all at once dangerous": the warning about stopping suddenly answers it.
        let asksAboutStoppingAtOnce = Patterns.matches(#"\b(stop\w*|quit\w*|com(e|ing) off)\b[^?.]{0,30}\b(all at once|suddenly|abruptly|cold turkey|overnight|straight away|just like that)\b"#, in: askingSentence.lowercased())
        // (How long and when only: a trial's dose or schedule is often what a reader checks.)
        let asksOfAMeasureNotAStudy = [.duration, .timing].contains(type) && !AnswerTest.matches(AnswerTest.studyReport, question)
            && !Patterns.matches(#"\b(study|studies|arm|nma|rct|data|evidence)\b"#, in: question.lowercased())
        // "With food or on an empty stomach?": only a sentence on taking it around meals answers,
        // and it hears the meal words asked; a drink only when it speaks of drinks (`MealTiming`).
        let asksAboutMeals = [.timing, .interactions].contains(type) && MealTiming.isAsked(question)
        let analyzer = engine.index.analyzer
        let spelled = { (words: [String]) in Set(words.flatMap { [$0] + analyzer.terms($0) }) }
        let (mealTerms, drinkTerms) = asksAboutMeals ? (spelled(MealTiming.mealWords), spelled(MealTiming.drinkWords + MealTiming.drinkMeasures)) : ([], [])

        // Pairs of words asked side by side (neither carrying the sentence along nor naming the kind
        // of answer, "maximum daily dose", which the answer test reads; not two words of one glossary
        // name, which any unit naming it keeps together).
        let askedPairs: [(String, String)] = {
            var groups: [String] = []
            engine.index.concepts.forEachGroup(analyzer.terms(askedText)) { words, concept in
                if let term = concept ?? words.first, words.count == 1 || concept != nil { groups.append(term) }
            }
            let usable = groups.map { wanted.contains($0) && !QuestionWords.carrier.contains($0) && !QuestionWords.answerKind.contains($0) && !GeneralWords.contains($0) ? $0 : nil }
            // (Nor the parts of one hyphenated word: "cut-offs" is one thing asked.)
            let hyphenated = askedText.split(whereSeparator: \.isWhitespace).filter { $0.contains("-") }.map { analyzer.terms(String($0)) }
            let oneWord = { (a: String, b: String) in
                hyphenated.contains { terms in zip(terms, terms.dropFirst()).contains { $0 == (a, b) } }
            }
            return zip(usable, usable.dropFirst()).compactMap { a, b in a.flatMap { a in b.flatMap { a == $0 || oneWord(a, $0) ? nil : (a, $0) } } }
        }()
        // The reader's numbers that are not lengths of time ("CrCl 28", not "for 28 days").
        let timelessNumbers = Set(query.units.filter(\.isNumber).flatMap(\.terms).filter { !Self.statesAsTime($0, in: question) })
        // The medicine or condition asked about, where the reader's own words name it in the ask
        // (not only in their story, and not a pregnancy they tell of): the best article's sentences
        // are about it only where they or its title name it. ("Never had chickenpox… would Shingrix
        // stop me catching it": a sentence of the shingles vaccine article on who should get
        // Shingrix is not about chickenpox; its label's "not indicated to prevent varicella" is.)
        let focusAskedAbout: String? = focusUnit.flatMap { unit in
            guard let concept = unit.concept, ["medicine", "condition"].contains(index.conceptKind(concept) ?? ""),
                  !namedOnlyInStory(unit),
                  !(index.conceptName(concept).map { AnswerTest.passes($0, type: .pregnancy) } ?? false) else { return nil }
            return unit.terms.first
        }
        // A sentence that cites only a drug label is the label's word: it hears "is that combo
        // contraindicated on the Zoloft label", "anything on the label about fertility" (for
        // whether it answers a risk asked of the label, not for ranking, where a sentence that says
        // "the label" still tells units apart; nor for what it is "licensed for", where the label's
        // list of uses is what is asked).
        let labelWord = Set(engine.index.analyseWithNamed("drug label").all)
        var units: [Unit] = []
        let debugging = environmentHas("CURBSIDE_DEBUG_ANSWER")
        // CURBSIDE_DUMP_UNITS=1 writes every unit's features (for fit-ranking.py).
        let dumping = environmentHas("CURBSIDE_DUMP_UNITS")
        defer { engine.index.analysisMemo.setReading(nil) }
        for (rank, article) in articles.enumerated() {
            engine.index.analysisMemo.setReading(article.id)
            // The best article speaks first; others add only what passes the same test.
            let rankWeight = [1.0, 0.6, 0.45][min(rank, 2)]
            // A sentence of an article about X is about X ("People over 70 should get 800 IU a day"
            // in "How much vitamin D should adults take?"), so the title counts toward the focus.
            let title = engine.index.analyseWithNamed(article.question + " , " + article.tags.joined(separator: " , "))
            let articleTitleTerms = Set(title.all), articleTitleNamed = Set(title.named)
            // (The best article speaks of the focus somewhere, yet its title does not name it.)
            let mustNameFocus = rank == 0 && focusAskedAbout.map { topWords.contains($0) && !articleTitleTerms.contains($0) } ?? false
            // The article being read, whose title names the focus, may lead wherever it ranked: "how
            // long before that tips into osteoporosis", asked of the femoral-neck article, is answered
            // by its "about 1 year for −2.00 to −2.49", though a broader osteopenia article ranked first.
            let ofReadArticleOnFocus = article.id == readingArticle && focusUnit?.concept != nil && (focusUnit?.terms.first.map(articleTitleTerms.contains) ?? false)
            // For an amount of a named medicine, and for two things taken together: what the
            // article's question names itself (not its tags, which list all the article mentions;
            // not all its terms, where "ketorolac" brings in NSAIDs).
            let articleQuestionNamed = amountOfNamedFocus || type == .interactions
                ? Set(engine.index.analyseWithNamed(article.question).named) : []
            // An article whose title is about other people ("a baby under 3 months" for a
            // 3-year-old) answers this reader only where a sentence of it takes them in.
            let titleLeavesReaderOut = ReaderValues.verdict(readerValues, in: article.question) == .contradicted
            // A sentence that cites only a drug label speaks of that label's drug ("For adults the
            // label starts at 49/51 mg twice daily [4]", where [4] is the ENTRESTO label): the
            // drug the label's title names is part of what it is about, like the article's title.
            let labelNames: [Int: (all: Set<String>, named: Set<String>)] = Dictionary(uniqueKeysWithValues: article.references.enumerated().compactMap { i, reference in
                guard reference.kind == .drugLabel else { return nil }
                let analysed = engine.index.analyseWithNamed(String(reference.title.before(" — ")))
                return (i + 1, (Set(analysed.all), Set(analysed.named)))
            })
            // (Each group's heading is read once, not once for each of its bullets.)
            var namedByHeading: [String: Set<String>] = [:]
            for text in ArticleTexts.all(article) {
                // The reader's register: the lay summary for lay readers, the clinical one for clinicians.
                // A lay reader also gets the clinical summary's sentences, for less (`otherRegisterFactor`):
                // a fact only it states ("wet wraps" for eczema) is better said in clinical words than
                // not at all. A clinician's summary holds what the lay one says.
                let otherRegister = text.part.summaryName.map { $0 != readSummary(of: article) } ?? false
                if otherRegister && (audience != .lay || text.part.summaryName != "clinical") { continue }
                let isCaveatList = text.path.rangeOfPlain("doesNotCover") != nil
                // A bullet under "The MRC Vitamin Study" is about that study whether or not it names it.
                let headingNamed: Set<String> = text.heading.map { heading in
                    if let known = namedByHeading[heading] { return known }
                    let named = Set(engine.index.analyseWithNamed(heading).named)
                    namedByHeading[heading] = named
                    return named
                } ?? []
                // A label's list of what it covers ("Adult titration and maximum dose.") names a topic
                // without stating it, unless the item gives the figures, or says what the label warns
                // of or rules out ("fainting warnings", "contraindications: … use with pentoxifylline").
                let isCoversItem = text.path.rangeOfPlain(".covers[") != nil
                if isCoversItem && !CitationMarkers.holdsNumberOutsideMarkers(text.text) && !Self.namesAWarning(text.text) { continue }
                if isCaveatList && !asksWhatIsNotCovered { continue }
                // "The label warns…" names its label from the citation, and then stands alone.
                let written = Sentences.split(text.text)
                // So does "It also suggests…" after a paragraph that opens with its guideline.
                let sentences = written.map { sentence in
                    LabelNaming.resolved(sentence, references: article.references)
                        ?? written.first.flatMap { SourceNaming.resolved(sentence, paragraphOpening: $0) } ?? sentence
                }
                for (i, sentence) in sentences.enumerated() {
                    // "Some people have heart disease… For them, an SGLT2 inhibitor is advised": the
                    // first says only who the next is for; it is used joined to it, not alone.
                    if i + 1 < sentences.count, AnswerTest.setsUp(for: sentences[i + 1]) { continue }
                    var unitText = sentence
                    if AnswerTest.isDependent(sentence) {
                        // A sentence that leans on the one before is joined to it, or not used; when
                        // that one leans on its own ("They also need one at the end. They will have
                        // blood tests…"), to the two before, or not used.
                        guard i > 0 else { continue }
                        if !AnswerTest.isDependent(sentences[i - 1]) {
                            unitText = sentences[i - 1] + " " + sentence
                        } else {
                            guard i > 1, !AnswerTest.isDependent(sentences[i - 2]) else { continue }
                            unitText = sentences[i - 2] + " " + sentences[i - 1] + " " + sentence
                        }
                    }
                    if !asksWhatIsNotCovered && AnswerTest.isCaveat(unitText) { continue }
                    // (Without its citation markers: "[2, 3]" is not the reader's "3 weeks ago".)
                    let analysed = engine.index.analyseWithNamed(CitationMarkers.blankedForAnalysis(unitText))
                    var terms = Set(analysed.all)
                    let statesATarget = asksForATarget && Patterns.matches(#"\b(goals?|targets?|aim(s|ed)?)\b"#, in: unitText.lowercased())
                    if statesATarget { terms.formUnion(targetTerms) }
                    // The focus is shared by every sentence of an article about it: beyond holding it,
                    // what tells units apart is the rest of the question (its other words, its numbers).
                    // (Not of an article its title does not name it in: "another swab after the
                    // amoxicillin", asked of the strep article, is about repeat testing.)
                    let hit = wanted.intersection(terms).reduce(0.0) {
                        $0 + engine.index.idf($1) * (focusTerms.contains($1) && articleTitleTerms.contains($1) ? 0.35 : GeneralWords.contains($1) || QuestionWords.answerKind.contains($1) ? 0.3 : 1)
                    }
                    let mealStated = asksAboutMeals && MealTiming.isStated(unitText)
                    guard hit > 0 || type != .information && AnswerTest.passes(unitText, type: type) || mealStated else { continue }
                    let cited = CitationMarkers.numbers(in: unitText)
                    let citedLabels = cited.isEmpty ? [] : cited.compactMap { labelNames[$0] }
                    let ofLabel = !citedLabels.isEmpty && citedLabels.count == cited.count
                    let titleTerms = ofLabel ? citedLabels.reduce(articleTitleTerms) { $0.union($1.all) } : articleTitleTerms
                    let titleNamed = ofLabel ? citedLabels.reduce(articleTitleNamed) { $0.union($1.named) } : articleTitleNamed
                    // How to take it around meals, said of the medicine asked about (by name, or by
                    // the label it cites), or of the one the reader points at.
                    let statesMealTiming = mealStated
                        && (!standingSubject.isEmpty || focusUnit?.terms.first.map { focus in terms.contains(focus) || citedLabels.contains { $0.all.contains(focus) } } ?? true)
                    // A unit from a lower article may lead when it is about the focus itself: it names it,
                    // or it says how to take it from the focus's own label (it cites only that label).
                    let focusNamedByLabel = ofLabel && (focusUnit?.terms.first.map { focus in citedLabels.contains { $0.all.contains(focus) } } ?? false)
                    // "Boxed warnings cover…", citing only ketorolac's label: a sentence of the label of what the reader reads about.
                    let labelNamesSubject = ofLabel && citedLabels.contains { !$0.named.isDisjoint(with: standingSubject) }
                    let heardAsMeals = statesMealTiming ? mealTerms.union(MealTiming.coversDrinks(unitText) ? drinkTerms : []) : []
                    terms.formUnion(heardAsMeals)
                    // It must hold the focus (through the hierarchy), when the question names one.
                    // The focus is the narrowest concept the library uses (a sentence about another
                    // RAAS inhibitor does not hold "Entresto").
                    let focusInText = focusUnit?.terms.first.map { terms.contains($0) && !hasPlainFocusOnlyInsideAnotherName(unitText, named: analysed.named) || headingNamed.contains($0) } ?? false
                    // (Or it gives the number needed to treat that was asked for: "NNT" names the kind
                    // of answer, which the sentence gives in its own words.)
                    let givesNumberNeeded = asksForNumberNeeded && AnswerTest.matches(AnswerTest.givesNumberNeeded, unitText)
                    // (Or, weighing two things, names in the article being read a kind only the focus
                    // belongs to: "non-operative care" for a cast beside an operation, in the wrist
                    // article, though the ankle article ranks first.)
                    let namesFocusKindHere = asksToCompare && article.id == readingArticle
                        && (focusUnit?.terms.dropFirst().contains { analysed.named.contains($0) && !sharedKinds.contains($0) } ?? false)
                    let mayLead = rank == 0 || focusInText || focusNamedByLabel || article.id == pointedArticle || ofReadArticleOnFocus || givesNumberNeeded || namesFocusKindHere
                    // A broader concept counts when the unit names it itself ("NSAIDs can…" for a question
                    // on ibuprofen), not when it names another member of it (ketorolac's 40 mg maximum
                    // does not answer ibuprofen's). Or the title names the focus, another concept asked
                    // about, or something narrower: the article is about it (a class its tags name,
                    // "NSAID" in ketorolac's, does not make its sentences about ibuprofen).
                    let namedHere = Set(analysed.named)
                    let holdsFocus = specific.isEmpty || focusInText || (focusUnit?.terms.dropFirst().contains(where: namedHere.contains) ?? false)
                        || specific.contains { unit in
                            (unit.concept != nil && !mustNameFocus || unit.terms == focusUnit?.terms) && !amountOfNamedFocus && (unit.terms.first.map(titleTerms.contains) ?? false)
                        }
                        // (An amount asked of a medicine is of it where the article's question names
                        // it or its kind ("starting an SSRI" for sertraline), or the label the unit cites
                        // names it: the migraine article's tags list propranolol, but its 70 mg of
                        // AIMOVIG is not propranolol's dose; ketorolac's 40 mg maximum is not ibuprofen's.)
                        || amountOfNamedFocus && (focusUnit?.terms.contains(where: articleQuestionNamed.contains) ?? false)
                        || amountOfNamedFocus && focusNamedByLabel
                    // And something of what is asked about it beyond the focus ("with food", "long term").
                    // ("Is there any point carrying on": a unit that says when to stop or go on hears it.)
                    let asksMore = otherTerms.isEmpty || statesMealTiming || !otherTerms.isDisjoint(with: terms) || !otherTerms.isDisjoint(with: titleTerms)
                        || ofLabel && otherTerms.isSubset(of: labelWord) && [.interactions, .pregnancy, .sideEffects, .dose, .frequency, .duration, .timing].contains(type)
                        || (asksToStop && AnswerTest.matches(AnswerTest.saysWhenToStop, unitText))
                        // ("A tablet or an injection": a unit that says how it is given hears which.)
                        || (asksTheForm && AnswerTest.matches(AnswerTest.givesTheForm, unitText))
                        || !broaderOfOther.isDisjoint(with: analysed.named)
                        || spelledOther.contains { $0.isSubset(of: terms) }
                        || (!otherTerms.isDisjoint(with: QuestionWords.timesOfDay) && AnswerTest.matches(QuestionWords.namesATimeOfDay, unitText))
                        || (otherTerms.contains("second") && Self.namesTwoDoses(unitText))
                        // ("How often do they check her again": checking is what the frequency is of.)
                        || (type == .frequency && otherTerms.isSubset(of: Self.checkingVerbs))
                        // ("Is it more than younger people?": a rule stated by age band hears the ages weighed.)
                        || (otherTerms.isSubset(of: Self.ageComparisons) && AnswerTest.matches(AnswerTest.namesAnAgeBand, unitText))
                        // ("Instead of a proper cuff": "cuffless devices" speak of it.)
                        || otherTerms.contains { Self.namesByItsLack($0, unitText) }
                    // In a joined unit the dependent sentence's "It" is the focus named before it ("AIMOVIG
                    // is labelled for… It is injected once a month"): its amounts and times are about it.
                    // (So is a sentence whose "It also warns…" was the label named before it: the
                    // label is the drug's, and so are its amounts.)
                    let joined = unitText != sentence || (sentence != written[i] && written[i].hasPrefix("It "))
                    func statesType(_ asked: QuestionType) -> Bool {
                        states(unitText, asked, focusInText: focusInText, near: asked == .duration ? focusNames + otherConceptNames : focusNames)
                            || (joined && focusInText && states(sentence, asked, focusInText: false, near: []))
                    }
                    // "How long until it works" is answered by when it works, not by any length of time.
                    // "The most I can take" is answered by a limit, not by the usual amount.
                    // "Can I take X with Y" is answered by a verdict (a warning, or that they go together
                    // safely), not by a sentence that only puts the two in one list ("combining them").
                    let statesMain = asksAboutMeals ? statesMealTiming
                        : ((asksHowItCompares && Patterns.matches(#"\b(largest|greatest|smallest|strongest|weakest|best|worst|than|versus|vs|compared with|compared to|relative to)\b"#, in: unitText.lowercased())) || (asksForNumberNeeded ? givesNumberNeeded : asksTheForm ? AnswerTest.matches(AnswerTest.givesTheForm, unitText) : asksHowItWorks ? AnswerTest.matches(AnswerTest.givesAMechanism, unitText) : asksWhy ? AnswerTest.matches(AnswerTest.givesAReason, unitText) : statesType(type))) && (!asksWhenItWorks || AnswerTest.matches(AnswerTest.itWorks, unitText))
                        && (!asksToStop || AnswerTest.matches(AnswerTest.saysWhenToStop, unitText))
                        && (!asksHowOftenChecked || !AnswerTest.matches(AnswerTest.amount, unitText) || AnswerTest.matches(AnswerTest.checking, unitText))
                        && (!asksHowCommon || AnswerTest.matches(AnswerTest.givesAShare, unitText))
                        && (!asksForRates || AnswerTest.matches(AnswerTest.givesAFigure, unitText))
                        && (!asksHowMuchItChanges || AnswerTest.matches(AnswerTest.givesAMagnitude, unitText))
                        && (!asksTimeOfDay || AnswerTest.matches(QuestionWords.namesATimeOfDay, unitText))
                        && (!asksHowManyUnitsOfTime || AnswerTest.matches(AnswerTest.countOfTime, unitText))
                        && (!asksHowSoon || Patterns.matches(#"\b(\d+|one|two|three|four|five|six|eight|ten|twelve|a few|several)([\s–-]*(to|-|–)[\s–-]*\d+)?[\s-]*(hours?|days?|weeks?|months?|years?)\b"#, in: unitText.lowercased()))
                        && (type != .interactions || AnswerTest.givesAVerdict(unitText))
                        && (type != .dose || asksForAStrength || !AnswerTest.givesOnlyAStrength(unitText))
                        && (!asksForTheMost || askedEnd.map { AnswerTest.matches($0, unitText) } ?? true)
                    // Or what else the question asks in the same breath ("dose interval": how often),
                    // worth less than the main thing asked.
                    // ("How long / how often / how much…" asks for that measure: nothing else answers it.)
                    // ("Does it run in families?" is answered by whether it is inherited, or not at all.)
                    let statesOther = !statesMain && !asksForAMeasure && !asksAboutMeals && !asksWhy && !asksHowItWorks && !asksTheForm && type != .inheritance && otherTypes.contains(where: statesType)
                    let verdict = ReaderValues.verdict(readerValues, in: unitText, after: i > 0 ? sentences[i - 1] : "")
                    // A rule whose ranges take this reader in ("age 76 or older…" for a 78-year-old) answers
                    // "should I / what about me" whatever its wording.
                    let ruleForReader = verdict.takesReaderIn && [.eligibility, .treatment, .prevention, .information, .diagnosis].contains(type)
                    let statesIt = (statesMain || statesOther || ruleForReader)
                        && (!asksWhetherAsGood || Patterns.matches(#"\b(better|worse|preferred|safer|more effective|less effective|most effective|best|(less|lower|higher|greater|fewer|smaller|larger)\b[^.;]{0,40}\bthan|as (good|effective|well) as|versus|vs|compared with|compared to|relative to)\b"#, in: unitText.lowercased()))
                    let respects = respectsConstraints(unitText)
                    // (A rule that takes the reader in answers "should I / what about me"; a question
                    // for a specific measure, "what CRP counts as abnormal", is answered by a unit
                    // that names what is measured.)
                    let hearsEnough = asksMore || (verdict != .silent && !AnswerTest.specific.contains(type))
                    let named = Set(analysed.named).union(titleNamed).union(heardAsMeals).union(headingNamed)
                    // "Is that a problem with my metformin" after a few pints: whether two things go
                    // together is said only by a unit that speaks of both (itself, or its title).
                    // (So is which of two is better: "local steroid injection vs oral pred".)
                    // (Its title is its question, not its tags: the UTI article's list antibiotics, and
                    // "Nitrofurantoin is taken with food" does not say whether sex on antibiotics is fine.)
                    let bothNamed = Set(analysed.named).union(articleQuestionNamed).union(heardAsMeals)
                        .union(ofLabel ? citedLabels.reduce(into: labelWord) { $0.formUnion($1.named) } : [])
                    let hearsBoth = type != .interactions && !asksToCompare || !unheard(by: type == .interactions ? bothNamed : named).contains { term in
                        // (Nor, when two are weighed, what the story told: "my mum had a DVT… would
                        // patches be safer than tablets for clots".)
                        ConceptTable.isConcept(term) && !((asksOfTwo || asksToCompare) && toldOnlyInStory.contains(term))
                            && !(placeboTerms.contains(term) && Self.setsFiguresSideBySide(unitText))
                    }
                    // A trial's length ("16 weeks of dupilumab in SOLO 1") is how long it ran, not advice:
                    // it answers how long or when only a question about the study.
                    let trialMeasure = asksOfAMeasureNotAStudy && AnswerTest.opensAsStudyReport(unitText)
                    let ofStandingSubject = standingSubject.isEmpty || (!standingSubject.isDisjoint(with: terms) || article.id == standingArticle && (Self.refersToItsSubject(unitText) || statesMealTiming || labelNamesSubject || text.part.summaryName != nil))
                        && !AnswerTest.opensAsStudyReport(unitText)
                    let ofPointedArticle = pointedArticle == nil || article.id == pointedArticle
                    let reachesReader = !titleLeavesReaderOut || verdict.takesReaderIn
                    let passes = holdsFocus && hearsBoth && !trialMeasure && ofPointedArticle && hearsEnough && statesIt && respects && reachesReader && ofStandingSubject
                    // Words of the question in the unit (the title's count for a little: context).
                    // Words of the question in the title only count for a little (context), except the
                    // focus: a sentence of an article about X need not name X again to be about it.
                    let titleOnly = wanted.subtracting(terms).intersection(titleTerms)
                    let fromTitle = titleOnly.reduce(0.0) { $0 + engine.index.idf($1) * (focusTerms.contains($1) ? 2.5 : 1) }
                    var f = UnitFeatures()
                    f[.relevance] = log(max(hit + 0.1 * fromTitle, 0.01))
                    f[.length] = -log(1 + 0.025 * Double(terms.count))
                    f[.articleRank] = log(rankWeight)
                    // The reader's own numbers (an age, a value) found in the unit.
                    // (A value is not found in a time: "CrCl 28" is not "through day 28".)
                    // (A zero may be written as a word: "a score of zero" holds the reader's "0". Only
                    // zero: "10 beats of VT" is not the "Ten beats in a row" that defines a run.)
                    let numbers = query.units.filter(\.isNumber).filter { unit in
                        unit.terms.contains { terms.contains($0) || $0 == "0" && terms.contains("zero") }
                            && !unit.terms.contains { timelessNumbers.contains($0) && Self.statesAsTime($0, in: unitText) }
                    }.count
                    f[.readerNumbers] = log(1 + 1.0 * Double(numbers))
                    // A rule for other ages or values speaks to this reader only as a limit ("from 2
                    // years" for an 18-month-old): it gives way to one that takes them in.
                    // (A study's population is not a rule for the reader: "among 4,778 infants aged 60
                    // days or younger" takes in a 15-day-old without saying what to do for one.)
                    let isStudyReport = AnswerTest.opensAsStudyReport(unitText)
                    // "What number should she be aiming for": the goal is the answer, whether or not
                    // the reader is there yet; a rule that takes their value in ("medicines are started
                    // at 130/80 or higher") does not say where to get to.
                    // (Except to an outlook question, which a study's subgroup answers: "by how much did
                    // age 75+ raise the odds".)
                    if case .satisfied(let n) = verdict, !isStudyReport || type == .outlook, !asksForATarget || statesATarget { f[.takesReaderIn] = log(1 + 3 * Double(n)) }
                    if verdict == .contradicted && !statesATarget {
                        if (asksWhetherOldEnough || asksWhetherPastALimit) && !isStudyReport { f[.takesReaderIn] = log(1 + 3) } else { f[.leavesReaderOut] = log(0.3) }
                    }
                    if let hadBefore, Patterns.matches(hadBefore, in: unitText.lowercased()) { f[.takesReaderIn] = max(f[.takesReaderIn], log(1 + 3)) }
                    if passes { if statesMain { f[.statesMain] = log(3) } else { f[.statesOther] = log(type == .urgency ? 1.0 : 2.2) } }
                    // "Can I take X with Y" is answered by a warning ("do not take … with it"), less by
                    // a sentence that only puts the two together ("combining them with creams").
                    if passes && statesMain && type == .interactions && !AnswerTest.matches(AnswerTest.warning, unitText) { f[.statesMain] = log(1.8) }
                    // A unit that hears the whole question answers it better than one that hears part.
                    if unheard(by: named).isEmpty { f[.hearsWholeQuestion] = log(Self.wholeQuestionBoost) }
                    f[.sectionPrior] = log(Self.sectionPrior(text.part, type: type))
                    if audience == .lay && text.part.summaryName != nil { f[.readersSummary] = log(Self.laySummaryBoost) }
                    // A trial's report ("In ARISTOTLE, 18,201 patients…") backs an answer; it leads only
                    // when the question asks how well something works or what to expect.
                    if ![.outlook, .treatment].contains(type) && isStudyReport && !asksAboutAStudy { f[.studyReport] = log(0.55) }
                    if asksAboutAStudy && isStudyReport { f[.studyReport] = log(Self.studyAskedFactor) }
                    if isCoversItem { f[.labelTopic] = log(0.35) }
                    // "The 2018 update of the … guideline recommends applying…": who says comes first;
                    // a sentence that states the fact itself leads before it.
                    // (Not when the reader asks what that source says: "…per the ISCD review" is
                    // answered by "The ISCD's 2019 review found…".)
                    if AnswerTest.opensWithSource(unitText) && !opensWithAskedSource(unitText) { f[.namesSource] = log(0.7) }
                    // The reader's circumstances, told before the question ("got a clot after knee
                    // surgery, how long…"): a unit that names them speaks to their case.
                    // (Not when what is asked is what a thing is: "…mild osteopenia, spine fine. where
                    // is the femoral neck" is answered by where it is, not by the reader's result.)
                    if type != .definition { f[.circumstances] = log(1 + 0.6 * Double(storyTerms.intersection(terms).count)) }
                    // "The most I can take", "the starting dose": the unit that says which end of the range.
                    if let askedEnd, AnswerTest.matches(askedEnd, unitText) { f[.qualifier] = log(1.8) }
                    // "How much a day": the amount given per day ("800 to 1,000 units … a day"), not a
                    // limit that defines a term ("400 IU of vitamin D or less").
                    if asksPerDay && AnswerTest.matches(AnswerTest.amountPerDay, unitText) { f[.qualifier] += log(1.8) }
                    // "What am I supposed to be aiming for": a unit that gives the goal or target, not
                    // one that only says where a value falls.
                    if statesATarget { f[.qualifier] += log(3.5) }
                    if asksHowManyStudied && Patterns.matches(Self.studySize, in: unitText) { f[.qualifier] += log(1.8) }
                    if asksForAnAverage && Patterns.matches(Self.anAverage, in: unitText.lowercased()) { f[.qualifier] += log(1.8) }
                    if asksForACutoff && Patterns.matches(Self.statesALimit, in: unitText.lowercased()) { f[.qualifier] += log(1.8) }
                    if asksHowLongItGoesOn && Patterns.matches(Self.goesOn, in: unitText.lowercased()) { f[.qualifier] += log(1.8) }
                    if asksTimeToBenefit && Patterns.matches(Self.timeToBenefit, in: unitText.lowercased()) { f[.qualifier] += log(3) }
                    if toldItWorsens && Patterns.matches(#"\bif\b[^.]{0,80}\b(gets?|getting|becomes?|grows?) worse\b|\bworsens\b"#, in: unitText.lowercased()) { f[.qualifier] += log(type == .urgency ? 5 : 1.8) }
                    if let definedWord, Patterns.matches(#"\b(an? )?"# + TextPattern.escaped(definedWord) + #" (is|means|is defined as) "#, in: unitText.lowercased()) { f[.qualifier] += log(1.8) }
                    if asksHowLongToWait && Patterns.matches(#"\b(observ\w*|watchful waiting|wait(ing)?|watch(ing)?|(does not|doesn't|fails? to|not) improve|worsens)\b"#, in: unitText.lowercased()) { f[.qualifier] += log(1.8) }
                    // (Not how long a symptom lasts before treatment is due: "pain for 2 days or more".)
                    if asksHowLongACourse && !asksHowLongToWait && Patterns.matches(#"\b(course|\d+[- ]days? of|for (\d+|one|two|three|five|seven|ten) (days|weeks)(?! or (more|longer)))\b|\((\d+|one|two|three|five|seven|ten)[- ](days|weeks)\)"#, in: unitText.lowercased()) { f[.qualifier] += log(1.8) }
                    if asksWhichBand && ReaderValues.sortsAmongBands(readerValues, in: unitText) { f[.qualifier] += log(1.8) }
                    if asksAboutApproval && Patterns.matches(#"\b(fda[- ]approved|approved by (the )?fda|found by (the )?fda|unapproved|(labell?ing|label) (has )?not (been )?approved|fda[- ]labell?ed)\b"#, in: unitText.lowercased()) { f[.qualifier] += log(3.5) }
                    if asksWhetherAgeMatters && Patterns.matches(Self.ageChangesIt, in: unitText.lowercased()) { f[.qualifier] += log(3.5) }
                    if asksWhatFirst && Patterns.matches(Self.doneBeforeStarting, in: unitText.lowercased()) { f[.qualifier] += log(3.5) }
                    if asksWhetherBoth && Patterns.matches(Self.oneIsEnough, in: unitText.lowercased()) { f[.qualifier] += log(3.5) }
                    if asksBenefitAtAge && AnswerTest.matches(AnswerTest.namesAnAgeBand, unitText) && Patterns.matches(Self.benefitByAge, in: unitText.lowercased()) { f[.qualifier] += log(3.5) }
                    if asksToRaiseTheDose && Patterns.matches(Self.doseRise, in: unitText.lowercased()) { f[.qualifier] += log(1.8) }
                    if let askedKindOf, namedHere.contains(where: { $0 != askedKindOf && engine.index.conceptAncestors($0).contains(askedKindOf) }) { f[.qualifier] += log(1.8) }
                    if asksAboutStoppingAtOnce && Patterns.matches(#"\b(stopp(ed|ing)|discontinu\w*|withdraw\w*|cessation)\b[^.;]{0,30}\b(sudden(ly)?|abrupt(ly)?)\b|\b(sudden(ly)?|abrupt(ly)?)\b[^.;]{0,15}\b(stop\w*|discontinu\w*|withdraw\w*|cessation)\b"#, in: unitText.lowercased()) { f[.qualifier] += log(1.8) }
                    // "Where exactly is the femoral neck": a sentence that opens by saying what the thing
                    // asked is ("The femoral neck is the narrow part…"), before one that only names it
                    // ("The femoral neck score is the one used in FRAX").
                    if type == .definition && Self.opensByDefining(unitText, names: focusNames) { f[.qualifier] += log(1.8) }
                    // Names the condition that the reader's sign shows as ("peripheral neuropathy" for
                    // "my hands feel tingly, is that the pills"): what the reader asks is whether it is that.
                    if askedConcepts.contains(where: { namesWhatShowsAs($0, namedHere) }) { f[.qualifier] += log(1.8) }
                    // Names the drug or condition asked about, or its kind ("benzodiazepines" for Xanax),
                    // itself: in an article about several, the sentence about this one. So does a
                    // sentence citing only its label ("the label starts at 500 mg…" for Keppra).
                    if let focus = focusUnit?.concept ?? focusUnit?.terms.first,
                       analysed.named.contains(focus) || headingNamed.contains(focus) || (broaderOfHeard[focus] ?? []).contains(where: analysed.named.contains)
                        || focusNamedByLabel || namesWhatShowsAs(focus, namedHere) { f[.namesFocus] = 1 }
                    if otherRegister { f[.otherRegister] = log(Self.otherRegisterFactor) }
                    if i == 0 { f[.opensItsText] = 1 }
                    if article.id == readingArticle { f[.ofReadingArticle] = 1 }
                    if statesMain && !askedNames.isEmpty && AnswerTest.matchesNear(unitText, type: type, names: askedNames, window: 50) { f[.statesNearAsked] = log(1.6) }
                    if !askedPairs.isEmpty {
                        // (Two words of the article's title stand together in many of its sentences:
                        // "breastfed infant" in the infant article tells none of them apart.)
                        let kept = askedPairs.filter { a, b in
                            !(articleTitleTerms.contains(a) && articleTitleTerms.contains(b))
                                && Self.standClose(a, b, in: analysed.named, within: Self.phraseWindow)
                        }.count
                        f[.keepsPhrases] = log(1 + Self.phraseBoost * Double(kept))
                    }
                    let score = f.score
                    // Which conditions a unit fails, for the debug listing and the dump (f focus, b both,
                    // t trial's measure, p pointed article, m hears more, s states, c constraints,
                    // r reaches the reader, S standing subject).
                    let why = debugging || dumping ? zip("fbtpmscrS", [holdsFocus, hearsBoth, !trialMeasure, ofPointedArticle, hearsEnough, statesIt, respects, reachesReader, ofStandingSubject]).filter { !$0.1 }.map { String($0.0) }.joined() : ""
                    if dumping {
                        let quoted = String(data: try! JSONEncoder().encode(unitText), encoding: .utf8)!
                        FileHandle.standardError.write(Data("UNIT {\"passes\":\(passes),\"mayLead\":\(mayLead),\"why\":\"\(why)\",\"f\":\(f.json),\"text\":\(quoted)}\n".utf8))
                    }
                    let item = FollowUpAnswer.Item(text: unitText, articleId: article.id, section: text.part.title,
                                                   citations: []) // filled in for the points picked
                    units.append(Unit(item: item, terms: terms, part: text.part, score: score, passes: passes, mayLead: mayLead, context: titleTerms, named: named, supportScore: f.score(without: [.namesFocus, .statesNearAsked]), failing: why, features: f, ofLabel: ofLabel))
                }
            }
        }
        units = Self.ranked(units, by: \.score)
        // CURBSIDE_DEBUG_ANSWER=1 lists the 12 best-scored units on standard error (for tuning on the
        // dev split); a larger number lists that many.
        if debugging {
            let listed = Int(String(cString: getenv("CURBSIDE_DEBUG_ANSWER"))) ?? 1
            for u in units.prefix(listed > 1 ? listed : 12) { FileHandle.standardError.write(Data(String(format: "%7.2f %@ %@ %@\n", u.score, u.passes ? (u.mayLead ? "P" : "P(no lead)") : "-" + u.failing, u.item.articleId, String(u.item.text.prefix(listed > 1 ? 1000 : 110))).utf8)) }
        }
        // Left unheard: a named concept (a glossary entry) the lead and its article's title do not
        // speak to. Plain words left out are as often the reader's phrasing ("few", "always",
        // "stay on") as a topic: they lower the lead's score, they do not withhold it.
        // (The lead's article naming the concept anywhere is enough: the question is about what it
        // discusses.) With no lead, what the best article names stands in for it, so a reader who
        // gets no answer is still told what nothing speaks to.
        let lead = Self.inReadersWords(units.first(where: { $0.passes && $0.mayLead }), among: units, audience: audience, asked: Set(query.terms))
        let leadArticle = lead?.item.articleId ?? articles.first?.id
        let articleNamed = units.filter { $0.item.articleId == leadArticle }.reduce(into: Set<String>()) { $0.formUnion($1.named) }
        let leadHears = (lead?.named ?? []).union(articleNamed)
        // (Who cares for the reader, "why does the gp want a cystatin c test", is never unheard:
        // `carerConcepts`.)
        unaccounted = unheard(by: leadHears).filter(ConceptTable.isConcept)
        if let lead, Self.setsFiguresSideBySide(lead.item.text) { unaccounted.removeAll(where: placeboTerms.contains) }
        // "Can babies have it", from a reader whose baby is 7 months: a lead whose stated ages take
        // the reader's in ("from 6 months of age") speaks of babies without the word.
        let ages = readerValues.filter { $0.kind == .age }
        if let lead, !ages.isEmpty, case .satisfied = ReaderValues.verdict(ages, in: lead.item.text) {
            unaccounted.removeAll { term in Self.ageGroups.contains(engine.index.conceptName(term)?.lowercased() ?? "") }
        }
        // So is a rare plain word asked about (in few articles of the library: "magnesium" for
        // migraine, "sex" on antibiotics) that nothing in the lead's article uses: the library has
        // it, but not here. Common words are as often the reader's phrasing.
        // (Not a word of another name of a concept the question names: "subclinical hypothyroidism
        // … is my thyroid underactive" says the condition again in its everyday words.)
        let restated = Set(conceptWords.values.joined().joined())
        // (Nor an organ's learned adjective, "within the renal limits", where the lead itself says
        // "kidney": only the lead, as nothing else ranks by it.)
        unaccounted += unheard(by: leadHears.union(leadArticle == articles.first?.id ? topWords : [])).filter { term in
            !ConceptTable.isConcept(term) && term.count >= 3 && engine.index.articleShare(term) <= Self.rareWordShare && isTypedAsTopic(term) && !typedAsPurpose(term, "")
                && !restated.contains(term) && !(Self.organOfAdjective[term].map { lead?.terms.contains($0) ?? false } ?? false)
        }
        // A word the library has never seen is most likely what the answer would have to be about
        // ("coffee", "grommets"), unless it is how people talk about who they are or what happened.
        // A shortening or a slip of a word the best article uses ("regurg", "amox", "otawa") is that word.
        // A three-letter one counts when it is the very thing asked about ("is it safe to fly"),
        // not when it tells the story ("a clot in my leg") or is shorthand ("abx", "vit").
        // So is a three-letter one the reader owns ("could our dog be passing strep to the kids").
        // (An activity counts as typed: "diving" is analysed "div".)
        // (Nor where, in the story, something happened: "turned my ankle on a pothole", "just back from denmark".)
        let askedWords = Set(index.analyzer.terms(askedText))
        // (A short one written with a number is a name: "CoQ10" is analysed "coq".)
        let writtenWithNumber = { (word: String) in Patterns.matches(#"\b"# + TextPattern.escaped(word) + #"\d"#, in: askedText.lowercased()) }
        unaccounted += query.unknown.filter { word in (word.count >= 4 || isTypedAsActivity(word) || isAskedAction(word) || isOwned(word) || writtenWithNumber(word)) && isTypedAsTopic(word) && !(lead?.named.contains(word) ?? false) && !typedAsPurpose(word, "")
            && !describesThePatient(word)
            && !(!askedWords.contains(word) && isToldAsPlace(word)) && !isToldAsRegion(word) && !isToldAsDestination(word) }
        // "Does my boyfriend need antibiotics too": someone else than the reader the article is
        // for is what the answer must speak of.
        if let other = QuestionUnderstander.someoneElseAskedAbout(question), let term = analyzer.terms(other).last,
           !(lead?.terms.contains(term) ?? false), !unaccounted.contains(term) {
            unaccounted.append(term)
        }
        // A drink named with the medicine ("with my morning tea") is heard only by a lead that
        // speaks of drinks, however short its word.
        if asksAboutMeals {
            let drinks = Set(MealTiming.drinkWords.flatMap { [$0] + analyzer.terms($0) })
            unaccounted += Set(query.terms + query.unknown).intersection(drinks).subtracting(lead?.terms ?? []).subtracting(unaccounted).sorted()
        }
        // What the story told apart from the question names ("rolled my ankle at netball, is it
        // alright to take ibuprofen") is the reader's circumstance, unless the question points back
        // at it ("I have a few pints most weekends, is that a problem with my metformin").
        // ("lokelma vs patiromer, which binder is better": two things set side by side are the topic.)
        let storyIsCircumstance = storySetApart && !QuestionUnderstander.pointsBackAtStory(askedText)
            && !Patterns.matches(#"\b(vs|versus|or|compared)\b"#, in: toldStory?.lowercased() ?? "")
        // (Compared as analysed: "gynaecomastia" in the story is the term "gynecomastia".)
        let askedTerms = Set(index.analyzer.terms(askedText))
        // ("pt with mild asthma - is propranolol ok": whether it is all right is asked of the
        // condition told; the netball the ankle was rolled at stays the story's.)
        let asksWhetherAllRight = askedText.lowercased().split { !$0.isLetter }.contains { QuestionWords.askingWhetherAllRight.contains(String($0)) }
        // What the person has ("pt with mild asthma", "has gout", "hx of ulcers"), as the story tells it.
        let (words, analysedWords) = (sentence.words, typedTerms)
        let hasCondition = { (term: String) -> Bool in
            zip(words, analysedWords).contains { word, analysed in
                analysed == term && Patterns.matches(#"\b(with|has|have|had|hx of|history of)( (mild|moderate|severe|known|bad|brittle|chronic))? "# + TextPattern.escaped(word.lowercased()) + #"\b"#, in: storyText)
            }
        }
        // "…also takes St John's wort capsules. Is it safe to carry on with both": what the story
        // says is taken is one of the two asked about.
        let takenInStory: Set<String> = Patterns.matches(#"\bboth\b"#, in: askedText.lowercased())
            ? Set(Patterns.captures(#"\b(?:takes?|taking|took|uses?|using|on|start(?:s|ed|ing)?|buys?|bought|buying) ([^.,;!?]{1,60}?)(?= (?:for|and|but|from|at|since|because)\b|[.,;!?]|$)"#, in: storyText).flatMap { index.analyzer.terms($0) })
            : []
        if storyIsCircumstance {
            unaccounted.removeAll { term in
                if ConceptTable.isConcept(term) { return !asksWhetherAllRight && specific.contains { $0.concept == term && namedOnlyInStory($0) } }
                return !askedTerms.contains(term) && !takenInStory.contains(term) && !(asksWhetherAllRight && hasCondition(term))
            }
        }
        // "I'm on the combined pill - does Keppra stop it working?": what "it" is, told before, is
        // the other of the two asked about, and the lead must speak of it.
        if type == .interactions && Patterns.matches(Self.stopsItWorking, in: askedText.lowercased()) {
            unaccounted += storyTerms.filter { term in
                !ConceptTable.isConcept(term) && term.count >= 4 && engine.index.articleShare(term) <= Self.rareWordShare
                    && !QuestionWords.namesNoTopic(term) && !(lead?.terms.contains(term) ?? false) && !unaccounted.contains(term)
            }.sorted()
        }
        // "A contraindication or just a caution?": which of the two it is, so a lead that says
        // the one ("contraindicates use with…") answers without the other word.
        if let lead {
            for pair in Patterns.captures(#"\b([\w-]+ or (?:is it |it'?s )?(?:just|only|merely|simply) (?:a |an )?[\w-]+)"#, in: askedText.lowercased()) {
                let words = pair.split(separator: " ")
                let (one, other) = (Set(analyzer.terms(String(words.first ?? ""))), Set(analyzer.terms(String(words.last ?? ""))))
                if !one.isEmpty, one.isSubset(of: lead.terms) { unaccounted.removeAll(where: other.contains) }
                if !other.isEmpty, other.isSubset(of: lead.terms) { unaccounted.removeAll(where: one.contains) }
            }
        }
        if debugging { FileHandle.standardError.write(Data("focus \(focusTerms.sorted()) other \(otherTerms.sorted().map { "\($0):\(String(format: "%.2f", engine.index.articleShare($0)))" }) story \(storyTerms.sorted()) types \(askedTypes.map(\.rawValue))\n".utf8)) }
        if debugging { FileHandle.standardError.write(Data("unaccounted: \(unaccounted.map { "\($0)=\(String(format: "%.2f", engine.index.idf($0)))" })\n".utf8)) }
        guard let lead else { return [] }
        let askedTokens = askedText.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "." }.map(String.init)
        let asksWhetherItsResultIsOff = readerValues.contains { if case .measure = $0.kind { return true } else { return false } }
            && askedTokens.contains { $0.first?.isNumber ?? false } && Patterns.matches(#"\b(low|high|normal|abnormal|raised|elevated)\b"#, in: askedText.lowercased())
        answeredWithoutNaming = lead.terms.intersection(mealTerms.union(drinkTerms))
        // "A tablet or an injection", answered by "taken by mouth": the forms asked between are answered.
        let formsAnswered: Set<String> = asksTheForm && AnswerTest.matches(AnswerTest.givesTheForm, lead.item.text)
            ? Set(query.units.flatMap(\.terms).filter { AnswerTest.matches(AnswerTest.givesTheForm, $0) }) : []
        answeredWithoutNaming.formUnion(formsAnswered)
        // (So is one of two offered as a choice, when the lead names the other.)
        answeredWithoutNaming.formUnion(offeredWith.filter { !$0.value.isDisjoint(with: lead.named.union(lead.terms)) }.keys)
        // (And a thing the lead names by its lack: "cuffless devices" speaks of the cuff.)
        answeredWithoutNaming.formUnion(otherTerms.filter { Self.namesByItsLack($0, lead.item.text) })
        // Strong: the lead itself (or its article's title) holds most of what the question names,
        // never when it names nothing the library knows. (Words naming the kind of answer, "course
        // length", are the answer test's to find.)
        // (Not who told the story: "gp gave him amoxicillin".)
        // (Nor what a medicine is taken for, when two are asked about together: "doxycycline for a
        // chest infection".)
        purposeTerms = askedTypes.contains(.interactions) ? Set(QuestionUnderstander.purposes(in: understood.searchText).flatMap(engine.index.analyse)) : []
        // (Nor the unit of the reader's dose, "doxycycline 100mg", unless nothing else was found to
        // focus on.)
        let topical = heard.filter { !$0.terms.allSatisfy(QuestionWords.answerKind.contains) && !($0.concept == nil && $0.terms.allSatisfy(formOfFocus.contains)) && !($0.terms.count == 1 && asksWhenDue($0.terms[0])) && !tellsWho($0) && !namedAsPurpose($0) && $0.terms.allSatisfy { !formsAnswered.contains($0) }
            && !(!purposeTerms.isEmpty && $0.concept == nil && $0.terms.allSatisfy(purposeTerms.contains)) && !(namesDoseUnit($0) && $0.terms != focusUnit?.terms) }
        // (A medicine is held by a lead that names its kind, as it is heard: "avoid tetracyclines"
        // holds doxycycline.)
        let leadCoverage = topical.isEmpty ? 0 : Double(topical.filter { u in
            u.terms.contains(where: { lead.terms.contains($0) || lead.context.contains($0) })
                || (u.concept.flatMap { broaderOfHeard[$0] } ?? []).contains { lead.terms.contains($0) || lead.context.contains($0) }
                || u.terms == ["second"] && Self.namesTwoDoses(lead.item.text)
                || u.terms.contains { Self.namesByItsLack($0, lead.item.text) }
                // ("Any label concern with the combo": a lead that cites only the label is the label speaking.)
                || lead.ofLabel && labelWord.isSuperset(of: u.terms)
                || (u.concept.flatMap { conceptWords[$0] } ?? []).contains { $0.count > 1 && $0.isSubset(of: lead.terms) }
        }.count) / Double(topical.count)
        if debugging { FileHandle.standardError.write(Data("topical \(topical.map { $0.terms.joined(separator: " ") }) lead coverage \(leadCoverage)\n".utf8)) }
        // (A long unknown word counts against it as the likely topic, unless the reader typed it as
        // no thing: "she's miserable" describes her.)
        leadIsStrong = leadCoverage >= 0.6 && query.unknown.allSatisfy { $0.count < 8 || QuestionWords.namesNoTopic($0) || isTypedAsNoThing($0, verbs: false) }
        // A question that names nothing ("what if she is not better in 2 days", reading about ear
        // infections) is answered strongly by a lead that hears every word of it, the reader's number too.
            || topical.isEmpty && query.unknown.isEmpty && lead.features[.hearsWholeQuestion] > 0 && lead.features[.readerNumbers] > 0
            // So is a question whether the reader's own result is low or high ("my ferritin is 36 … is
            // 36 actually low"), asked with the number again, by a lead whose rule for that measure
            // takes the result in ("a ferritin below 45 ng/mL points to low iron").
            || lead.features[.takesReaderIn] > 0 && lead.features[.statesMain] > 0 && asksWhetherItsResultIsOff
        self.leadCoverage = leadCoverage
        leadFeatures = lead.features.values
        var picked = [lead]
        // Supporting points must be nearly as much about the question as the lead: a weak third
        // point from a neighbouring article ("400 IU for a breastfed baby" under "over 70") is noise.
        // One from another article than the lead's must come closer still (`otherArticleShare`):
        // amlodipine's label under "does erenumab cause hypertension", DVT dosing under AF criteria.
        // (Measured without naming the focus itself, which picks the lead among near-equals.)
        for unit in Self.ranked(units, by: \.supportScore) where picked.count < Self.maximumPoints && unit.passes
            && unit.supportScore >= (unit.item.articleId == lead.item.articleId ? Self.supportShare : Self.otherArticleShare) * lead.supportScore {
            // Something new: not the same fact in other words, not a unit that contains another.
            if picked.contains(where: { Self.overlap($0, unit) > 0.6 || $0.item.text.contains(unit.item.text) || unit.item.text.contains($0.item.text) }) { continue }
            picked.append(unit)
        }
        return picked.map { var item = $0.item; item.citations = CitationMarkers.numbers(in: item.text); return item }
    }

    /// Whether `text` names `term` by its lack ("cuffless" for "cuff"): a plain word only.
    static func namesByItsLack(_ term: String, _ text: String) -> Bool {
        !ConceptTable.isConcept(term) && term.count >= 3 && Patterns.hasWord(startingWith: term + "less", in: text.lowercased())
    }

    /// A form a medicine is given in, singular or plural; group 1 is the singular ("jabs" → "jab").
    static let formWord = #"(shot|jab|injection|tablet|pill|capsule|cream|patch)(?:e?s)?"#

    /// Words that weigh ages against each other ("more than younger people").
    static let ageComparisons: Set<String> = Set(["younger", "older", "age", "ages", "elderly", "young", "old"].compactMap { TextAnalyzer().terms($0).first })

    /// How a reader says something is looked at again ("how often do they check her"): in a question
    /// of how often, the kind of answer, which "reassessed every 6 to 12 months" gives.
    static let checkingVerbs: Set<String> = Set(["check", "checked", "checking", "checks", "recheck", "rechecked", "review", "reviewed",
        "monitor", "monitored", "see", "seen", "reassess", "reassessed", "test", "tested"].compactMap { TextAnalyzer().terms($0).first })

    /// For a lay reader, the same fact in the lay summary's words ("a course is often 10 days under
    /// age 2 and 7 days at ages 2 to 5") leads before a guideline's ("the AAP suggests a 10-day
    /// course for children under 2 years…"): a unit of the lay summary that passes, states what was
    /// asked, scores nearly as well, holds every number of the best unit and hears every word of
    /// the question it hears ("would HRT help my bones": not a lay sentence silent on bones).
    /// (A best unit without numbers keeps the lead: word overlap alone let lay sentences that do
    /// not state the fact lead.)
    static func inReadersWords(_ best: Unit?, among units: [Unit], audience: Audience, asked: Set<String>) -> Unit? {
        guard audience == .lay, let best, !isLaySummary(best) else { return best }
        // (A sentence's closing full stop is not part of its last number: "at ages 2 to 5.")
        let numbers = { (u: Unit) in Set(CitationMarkers.stripped(u.item.text).split { !$0.isNumber && $0 != "." }
            .map { String($0.reversed().drop { $0 == "." }.reversed()) }.filter { $0.first?.isNumber ?? false }) }
        let bestNumbers = numbers(best)
        guard !bestNumbers.isEmpty else { return best }
        let heardByBest = asked.intersection(best.terms)
        return units.first { u in
            u.passes && u.mayLead && isLaySummary(u) && u.item.articleId == best.item.articleId && u.features[.statesMain] > 0
                && u.score >= Self.layLeadShare * best.score
                && bestNumbers.isSubset(of: numbers(u)) && heardByBest.isSubset(of: u.terms.union(u.context))
        } ?? best
    }
    static let layLeadShare = 0.4
    static func isLaySummary(_ u: Unit) -> Bool { u.features[.readersSummary] > 0 && u.features[.otherRegister] == 0 }

    /// Units best first. Sums over sets are added in an order that differs from run to run, so
    /// equal scores can differ in their last bits: scores are compared to nine significant digits,
    /// and ties keep the units' order in the articles, so the same question always gets the same answer.
    static func ranked(_ units: [Unit], by score: (Unit) -> Double) -> [Unit] {
        units.enumerated().sorted { a, b in
            let (x, y) = (comparable(score(a.element)), comparable(score(b.element)))
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    /// A score rounded to nine significant digits (see `ranked`).
    static func comparable(_ score: Double) -> Double {
        guard score.isFinite, score != 0 else { return score }
        let scale = pow(10, 8 - floor(log10(abs(score))))
        return (score * scale).rounded() / scale
    }

    /// Whether a text opens with one of `names` (after "The", "A" or "An") followed by "is", "are",
    /// "means" or "refers to": it says what that thing is.
    static func opensByDefining(_ text: String, names: [TextPattern]) -> Bool {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        return names.contains { name in
            name.matches(in: text, range: whole).contains { m in
                let before = ns.substring(to: m.range.location).lowercased()
                guard ["", "the ", "a ", "an "].contains(before) else { return false }
                let after = ns.substring(from: m.range.location + m.range.length)
                return Patterns.matches(#"^,? (\([^)]*\) )?(is|are|means|refers to)\b"#, in: after)
            }
        }
    }

    /// "Can boys get Rett", "do men get osteoporosis": the sex is what is asked ("male"/"female").
    static func asksAboutASex(_ question: String) -> String? {
        let lower = question.lowercased()
        let asks = { (sex: String) in
            Patterns.matches(#"\b(can|do|does|could|will|are) ("# + sex + #") (also |too |ever |even )?(get|have|develop|be affected|be born|inherit|carry)\b"#, in: lower)
        }
        return asks("boys|men|males|guys") ? "male" : asks("girls|women|females") ? "female" : nil
    }

    /// Whether a sentence speaks of its article's treatment without naming it: "If the pill helps,
    /// the benefit usually shows within 4 weeks" in the SSRI article; "A course is often 10 days…";
    /// "Do not take more than 4,000 IU a day…".
    static func refersToItsSubject(_ text: String) -> Bool {
        Patterns.matches(#"\b(the|this|these|your|each|one) (pills?|tablets?|capsules?|medicines?|medications?|drugs?|antibiotics?|injections?|shots?|jabs?|vaccines?|drops|cream|ointment|course)\b|^A course\b|^(Do not |Don't |Never )?(take|use|give) (more|no more|up to|at least|one|it|them)\b"#, in: text, caseInsensitive: true)
    }

    /// Whether a text gives this number as a length or point of time ("day 28", "28 days").
    static func statesAsTime(_ number: String, in text: String) -> Bool {
        let n = TextPattern.escaped(number)
        let unit = #"(days?|d|weeks?|wks?|w|months?|mos?|mths?|years?|yrs?|y|hours?|hrs?|h)"#
        return Patterns.matches(#"\b(days?|weeks?|months?|years?|hours?) "# + n + #"\b|\b"# + n + #" ?-?"# + unit + #"\b"#, in: text.lowercased())
    }

    /// Whether a label's covers item says what the label warns of or rules out.
    static func namesAWarning(_ text: String) -> Bool {
        Patterns.matches(#"\b(contraindicat\w*|warnings?|warns|precautions?|interactions?|do not use|not (be )?used with)\b"#, in: text, caseInsensitive: true)
    }

    /// The summary of an article this reader reads.
    func readSummary(of article: Article) -> String? {
        summaries.first { name in
            switch name {
            case "lay": article.summary.lay != nil
            case "caregiver": article.summary.caregiver != nil
            case "clinical": article.summary.clinical != nil
            default: false
            }
        }
    }

    /// Whether a plain (analysed) word the reader typed names a topic an answer would have to be
    /// about: a thing (not a verb, a describing word, a contraction or an amount: `TypedSentence`),
    /// not the story, the kind of answer, a carrier or a time of day, and not a shortening or slip
    /// of a word the best article uses ("regurg", "amox", "otawa").
    /// (A superlative, "the angriest nappy rash", says how much, not what.) (What the reader asks
    /// is all right to do is a topic wherever else they typed it as a verb: "we fly on friday - is
    /// it safe for him to fly?")
    func isTypedAsTopic(_ word: String) -> Bool {
        word.allSatisfy(\.isLetter) && !QuestionWords.namesNoTopic(word) && !GeneralWords.contains(word) && !(word.count >= 7 && word.hasSuffix("iest"))
            && !QuestionWords.isShortOrSlip(word, ofOneIn: topWords) && isTypedAlone(word) && (isAskedAction(word) || !isTypedAsNoThing(word))
    }

    /// Whether the reader typed this (analysed) word as a word of its own, not as a join analysis
    /// makes of neighbours ("vitamin d does" also gives "ddoe").
    func isTypedAlone(_ term: String) -> Bool {
        typedTerms.contains(term)
    }

    /// Whether the reader typed this (analysed) word as an activity of five letters or more
    /// ("diving", not the shorthand "haem" or "recs").
    func isTypedAsActivity(_ term: String) -> Bool {
        zip(sentence.words, typedTerms).contains { word, analysed in analysed == term && word.count >= 5 && word.lowercased().hasSuffix("ing") }
    }

    /// Whether the reader typed this (analysed) word just before "patient" ("gout pt maintained on
    /// probenecid"), before who the patient is or their age ("frail 88yo lady"), or before who told
    /// them ("the travel clinic says"): the story, not what is asked.
    func describesThePatient(_ term: String) -> Bool {
        typedTerms.indices.contains { i in
            guard typedTerms[i] == term, i + 1 < sentence.words.count else { return false }
            let next = sentence.words[i + 1].lowercased()
            return ["pt", "pts", "patient", "patients", "lady", "gentleman", "gent", "woman", "man", "clinic", "centre", "center", "nurse", "team", "service"].contains(next)
                || ["yo", "yr", "yrs", "year"].contains(next) && Patterns.matches(#"\b"# + TextPattern.escaped(sentence.words[i]) + #",? \d{1,3} ?-?"# + next + #"\b"#, in: question.lowercased())
        }
    }

    /// Whether the reader typed this (analysed) word after "my", "our", "his"…: a thing of theirs.
    func isOwned(_ term: String) -> Bool {
        typedTerms.indices.contains { i in
            typedTerms[i] == term && i > 0 && ["my", "our", "his", "her", "their", "your"].contains(sentence.words[i - 1].lowercased())
        }
    }

    /// A number put on a limit: "below 30", "≥140/90", "45 or more".
    static let statesALimit = #"\b(below|above|under|over|less than|more than|greater than|at least)\s*[≥≤<>]?\s*\d|\d[^.;]{0,20}\bor (less|lower|more|higher|above|below)\b|[≥≤<>]\s*\d"#

    /// How long something goes on: "keep taking it", "stay on it". (Not "continue": "how long should
    /// anticoagulation continue" is any length of treatment.)
    static let goesOn = #"\b(keep (taking|on|using|giving)|carry on (taking|with)|stay on)\b"#
    /// "How long before it actually starts working", and a sentence that says how long it took to
    /// help ("took about a year to prevent one break").
    static let timeToBenefitAsked = #"\bbefore (it|they|the \w+|you|she|he) (actually |really )?(starts?|begins?) (to )?(work|help|stop|prevent|cut|reduc|lower)\w*|\bbefore (it|they) (actually |really )?(works?|helps?|kicks? in|takes? effect)\b"#
    static let timeToBenefit = #"\b(took|takes|take|taking) (about |around |roughly |at least |up to )?(a|an|one|\d+(\.\d+)?)( to \d+)? ?(days?|weeks?|months?|years?)\b[^.;]{0,30}\bto (prevent|work|help|show|reduce|cut|lower)\b|\b(benefit|effect)s? [^.;]{0,30}\bwithin (about )?\d+"#

    /// "When do I need the second one": a unit giving "two doses, 2 to 6 months apart" says which.
    static func namesTwoDoses(_ text: String) -> Bool {
        Patterns.matches(#"\b(two|2) (doses|shots|injections)\b"#, in: text.lowercased())
    }

    /// Whether the reader told this (analysed) word as where something happened: "on a pothole",
    /// "in denmark", "back from spain", "at netball", "a locum from Denmark".
    func isToldAsPlace(_ term: String) -> Bool {
        typedTerms.indices.contains { i in
            guard typedTerms[i] == term, i > 0 else { return false }
            let (first, last) = (i > 1 ? sentence.words[i - 2].lowercased() : "", sentence.words[i - 1].lowercased())
            // ("A locum from Denmark": what comes after a person "from" is where they come from.)
            return ["in", "at"].contains(last) || first == "back" && last == "from"
                || last == "from" && QuestionWords.namesNoTopic(engine.index.analyzer.terms(first).first ?? first)
                || ["on", "over", "into", "in", "at"].contains(first) && ["a", "an"].contains(last)
                // (Not "on the": "on the depo jab" is taking it.)
                || ["over", "into", "in", "at"].contains(first) && last == "the"
        }
    }

    /// Whether the reader names the word as where they are going ("booked a trip to Ghana, is that
    /// jab ok"): a place, even when the question points back at the whole story.
    func isToldAsDestination(_ term: String) -> Bool {
        typedTerms.indices.contains { i in
            typedTerms[i] == term && i > 1 && sentence.words[i - 1] == "to" && Self.journeyWords.contains(sentence.words[i - 2])
        }
    }

    /// Words for a journey, after which "to" names a place ("a trip to Ghana", "flying to Spain").
    /// (Not "going to", which as often leads a verb: "is it going to hurt".)
    static let journeyWords: Set<String> = ["trip", "trips", "holiday", "holidays", "travel", "travelling", "traveling", "flying", "flight", "cruise", "journey"]

    /// Whether the reader names the word as a region they went to ("just back from 6 months in SE
    /// Asia"): where they were, even when the question points back at the whole story.
    func isToldAsRegion(_ term: String) -> Bool {
        typedTerms.indices.contains { i in
            guard typedTerms[i] == term, i > 1 else { return false }
            return ["in", "from"].contains(sentence.words[i - 2].lowercased()) && Self.compassPoints.contains(sentence.words[i - 1].lowercased())
        }
    }

    /// The organ a learned adjective names, analysed ("renal" is the kidney's).
    static let organOfAdjective: [String: String] = Dictionary(uniqueKeysWithValues: [("renal", "kidney"), ("hepatic", "liver"),
        ("cardiac", "heart"), ("pulmonary", "lung"), ("gastric", "stomach"), ("ocular", "eye"), ("cutaneous", "skin"),
        ("dermal", "skin"), ("neural", "nerve"), ("intestinal", "bowel"), ("urinary", "urine")].compactMap { adjective, organ in
        let analyser = TextAnalyzer()
        guard let a = analyser.terms(adjective).first, let o = analyser.terms(organ).first else { return nil }
        return (a, o)
    })

    static let compassPoints: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "se", "sw", "ne", "nw", "southeast", "southwest", "northeast", "northwest"]

    /// Whether the reader asks whether doing this is all right: "is it safe to fly", "ok to run".
    func isAskedAction(_ term: String) -> Bool {
        typedTerms.indices.contains { i in typedTerms[i] == term && sentence.asksWhetherAllRight(at: i) }
    }

    /// Whether the reader wrote this (analysed) word as something other than a thing somewhere in
    /// the question ("do I need to send a culture", "could that be pushing his potassium up",
    /// "how exactly"): how the story goes or how the reader puts it, not what the answer is about.
    func isTypedAsNoThing(_ term: String, verbs: Bool = true) -> Bool {
        typedTerms.indices.contains { i in typedTerms[i] == term && sentence.namesNoThing(at: i, verbs: verbs) }
    }

    /// Whether a unit states the kind of fact a type asks for; amounts and times must stand next
    /// to the focus when the unit names it.
    func states(_ text: String, _ type: QuestionType, focusInText: Bool, near names: [TextPattern]) -> Bool {
        // (How often is said at the end of a long rule: "a child under 3 with a MECP2 variant and
        // suggestive features … is reassessed every 6 to 12 months".)
        AnswerTest.measured.contains(type) && focusInText ? AnswerTest.passes(text, type: type, near: names, window: type == .frequency ? 120 : 70) : AnswerTest.passes(text, type: type)
    }

    /// Whether a text sets two figures side by side ("1.9% vs 3.2%", "1.27% per year versus 1.60%").
    static func setsFiguresSideBySide(_ text: String) -> Bool {
        Patterns.matches(#"\d(\.\d+)?\s*%?( per \w+)?( (with|on|for|in) [\w-]+)?,?\s*(vs\.?|versus|compared with)\s*\d"#, in: text.lowercased())
    }

    /// How much two units say the same: shared terms over the smaller unit's terms.
    static func overlap(_ a: Unit, _ b: Unit) -> Double {
        let smaller = min(a.terms.count, b.terms.count)
        return smaller == 0 ? 0 : Double(a.terms.intersection(b.terms).count) / Double(smaller)
    }

    /// Where each kind of fact is best stated: doses, side effects and interactions on the FDA
    /// label; who and when in the guidelines; how much benefit in the research.
    static func sectionPrior(_ part: ArticleTexts.Part, type: QuestionType) -> Double {
        switch (type, part) {
        case (.dose, .drugLabel), (.sideEffects, .drugLabel), (.interactions, .drugLabel), (.pregnancy, .drugLabel): 1.3
        case (.eligibility, .guidelines), (.timing, .guidelines), (.frequency, .guidelines), (.urgency, .guidelines), (.diagnosis, .guidelines): 1.2
        case (.outlook, .research), (.treatment, .research): 1.1
        case (_, .summaryLay), (_, .summaryClinical): 1.1
        default: 1.0
        }
    }

    /// An answer about adults is not an answer about a 6-week-old, nor one about children an
    /// answer for a 64-year-old.
    func respectsConstraints(_ text: String) -> Bool {
        // A pregnant reader is left out by a rule for women who are not pregnant.
        if understood.constraints.contains(where: { $0.kind == "pregnancy" }),
           Patterns.matches(#"\b(not pregnant|non-?pregnant|not be pregnant|outside (of )?pregnancy)\b"#, in: text.lowercased()) { return false }
        // "Can boys get it": only a unit that speaks of boys or males answers.
        if let asked = askedSex {
            let words = asked == "male" ? #"\b(men|man|boys?|males?)\b"# : #"\b(women|woman|girls?|females?)\b"#
            if !Patterns.matches(words, in: text.lowercased()) { return false }
        }
        // A rule for women only does not answer about a man or a boy, nor one for men about a woman.
        if let sex = readerSex {
            let lower = text.lowercased()
            let women = Patterns.matches(#"\b(women|woman|girls?|females?|mothers?|pregnan\w*|postmenopausal|premenopausal|menstrua\w*|periods?)\b"#, in: lower)
            let men = Patterns.matches(#"\b(men|man|boys?|males?|fathers?)\b"#, in: lower)
            // (A rule for mothers about their baby answers about "my son".)
            let anyone = Patterns.matches(#"\b(people|persons?|adults?|child\w*|infants?|bab(y|ies)|kids?|everyone|anyone|patients?|both sexes|either sex)\b"#, in: lower)
            if sex == "male" && women && !men && !anyone { return false }
            if sex == "female" && men && !women && !anyone { return false }
        }
        guard let age = understood.constraints.first(where: { $0.kind == "age" })?.value else { return true }
        guard let years = QuestionUnderstander.years(age) else { return true }
        let lower = text.lowercased()
        let aboutChildren = Patterns.matches(#"\b(child\w*|infants?|bab(y|ies)|newborns?|toddlers?|kids?|pa?ediatric|adolescen\w*|teen(s|agers?)?)\b"#, in: lower)
        let aboutAdults = Patterns.matches(#"\badults?\b"#, in: lower)
        if years < 18 && aboutAdults && !aboutChildren { return false }
        if years >= 18 && aboutChildren && !aboutAdults { return false }
        return true
    }
}
