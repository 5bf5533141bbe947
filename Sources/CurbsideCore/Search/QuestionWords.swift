import CurbsidePatterns
import Foundation

/// Word lists that tell the parts of a question apart (all in analysed form): words that only carry
/// the sentence, words of the reader's story, words naming the kind of answer wanted; and how to
/// tell a slip of the keyboard from another word.
enum QuestionWords {
    /// Words that carry a question along without naming anything an answer must speak to.
    static let carrier: Set<String> = Set(["another", "because", "accepted", "chose", "chosen", "hover", "hovering", "hovered", "hovers", "count", "counts", "toward", "towards", "whether", "fix", "instead", "no", "not", "now", "vs", "versus",
        "well", "like", "since", "every", "still", "just", "really", "appear", "appearing", "term", "prior", "after", "before",
        "good", "bad", "nasty", "scary", "horrible", "ok", "fine", "mean", "means", "say", "says", "said", "tell", "know", "think", "want", "try", "trying",
        "give", "given", "yet", "put", "keep", "yes", "change", "changes", "different", "full",
        "slightly", "bit", "little", "mildly", "somewhat", "quite", "pretty", "abit", "roughly", "approximately", "approx", "nothing", "something", "anything",
        "regular", "normal", "usual", "issue", "issues", "mess", "thing", "things", "stuff",
        // ("What schedule applies to her rather than the standard one": which of the rules is hers.)
        "standard", "rather",
        // ("does the guidance flag this situation", "what share of ordinary adults")
        "situation", "situations", "ordinary",
        // What is left of a contraction ("we're", "they've", "you'll").
        "re", "ve", "ll", "m", "s", "d", "t", "didn", "doesn", "wasn", "weren", "isn", "aren", "shouldn", "couldn", "wouldn", "haven", "hasn", "hadn", "won", "report", "result", "results", "reading", "sure", "possible", "able", "allowed", "supposed", "whole", "also", "too", "very",
        // How a reader says how someone seems, or until when ("seems happy", "wait till morning").
        "happy", "seems", "seem", "till", "til", "per", "kick", "kicks",
        // Whether the reader will see it ("how long till I notice it working"): when, not what.
        "notice", "noticed", "noticing",
        // A prescriber's and a pharmacist's workflow ("new script just came in, ok to dispense", "anything to flag").
        "script", "scripts", "rx", "dispense", "dispensing", "flag", "came", "come", "comes", "collect", "collects", "collecting", "collected",
        // ("For a pt whose profile shows he's mid-course on Absorica": what the pharmacy record says.)
        "whose", "profile",
        // Getting the tablets again, or not bothering to ("can i just not bother reordering").
        "reorder", "reordering", "reordered", "refill", "refills", "refilled", "bother",
        "book", "booking", "booked", "request", "requests", "requested",
        // Where something sits, told in passing ("just a bit of fluid behind it"); how the reader
        // shrugs ("or would it clear up by itself anyway"); who told them ("told im stage 3b").
        "behind", "anyway", "anyways", "told",
        // "Never had an ACEi", "ever been on it": when, not what.
        "never", "ever",
        // How the reader names a dose, a guideline or a study ("a catch up dose", "the latest
        // advice", "the febrile infant pathway", "the implementation study"), and what happens to
        // them ("will I get sent to a specialist"). (Not "extra": "can I take extra vitamin D
        // myself" asks about more of it.)
        "catch", "latest", "pathway", "implementation", "sent",
        // Whether something will do ("is serial imaging an acceptable alternative", "two criteria
        // met"): how the reader weighs it, not what is weighed.
        "acceptable", "acceptabl", "met",
        // ("Is thal trait testing the logical next step".)
        "logical",
        // When, by season or month ("broke her hip last winter", "tripping on a kerb in march").
        "winter", "summer", "autumn", "january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december",
        // How a reader says how something feels or where it stands ("weird zaps", "where does it sit").
        "weird", "funny", "strange", "odd", "sit", "sits",
        // "Nowhere near 20": how far off, not what.
        "nowhere",
        // How far along a plan is, or how the reader puts it ("before initiation", "keep going
        // with it", "looked at properly").
        "initiation", "initiate", "initiating", "going", "properly",
        // "Get it looked at properly".
        "look", "looked",
        // "Does it go down better after a meal".
        "down",
        // How often the reader does something, told as habit ("I always take it with my coffee").
        "always", "usually", "normally", "sometimes", "constantly", "continually",
        // "Can it be taken with…": the verb of taking, like "take" (a general word).
        "taken",
        // When, relative to what ("beforehand", "in the meantime"), and how the reader frames it
        // ("coincidence?", "what is their stance", "is it meant to", "on what basis can they call it that").
        "beforehand", "meantime", "meanwhile", "afterwards", "afterward", "halfway", "coincidence", "stance", "position", "basis", "grounds",
        "assume", "assuming", "meant", "gone", "mine", "expect", "expected",
        // "Does the drug throw off the reading", "does that argue for holding off": how the reader asks whether.
        "throw", "throws", "throwing", "argue", "argues",
        // "Do seizures come up anywhere in the warnings", "which does IDSA name as fallback
        // options": where, and what stands in reserve, not what is asked about.
        "anywhere", "anywher", "fallback", "fallbacks",
        // "Is the metformin likely to blame": whether it causes it.
        "blame", "blamed",
        // "Can I leave it till next year": when, not what.
        "leave", "leaving",
        // Why a student asks ("for my pharmacology essay", "my lecturer said").
        "essay", "essays", "assignment", "coursework", "homework", "lecturer", "lecture", "uni", "university", "college",
        "dissertation", "thesis", "slide", "slides", "journal", "club", "prep",
        // How the reader weighs advice ("is it just an ED convention", "are they being overly cautious").
        "convention", "conventional", "cautious", "overcautious",
        // How a reader asks how a test makes it sure ("how do they prove it"). (Not "push": "does
        // losartan push K up" asks what raises it.)
        "prove", "proves", "proven", "proof",
        // How the reader names what is given ("is IM allowed for that product").
        "product", "products",
        // ("A teaching session on it", "what was their main criticism", "who did the trial enrol",
        // "how much am I meant to get altogether", "hardly any sun").
        "teach", "teaching", "session", "seminar", "tutorial", "presentation", "criticism", "criticisms",
        "enrol", "enroll", "enrolled", "enrolment", "enrollment", "altogether", "hardly", "barely",
        // ("Is there a specific warning about that", "any particular reason").
        "specific", "particular", "official", "officially",
        // Where the reader read it ("read it on a forum", "googled it").
        "forum", "forums", "online", "internet", "google", "googled", "facebook", "reddit", "tiktok", "thread", "threads",
        // How a reader says it goes on or gets worse ("is ongoing review recommended", "her bones
        // are going downhill").
        "ongoing", "downhill",
        // How a reader names or relates what they heard ("something called applied relaxation", "what
        // does 3.6 cm² correspond to", "the letter says G3b").
        "called", "mentioned", "ask", "asks", "asking", "asked", "worth", "awful", "everywhere",
        // "The main side effect": the most common, which the answer says in its own words.
        "main", "correspond", "corresponds", "equate", "equates", "letter",
        // "Before it stops a break happening": what happens is named by the words around it.
        "happen", "happens", "happening",
        // How a reader apologises, feels, or weighs it up ("sorry, what is…", "the flushes are
        // unbearable", "how on earth", "is that a bad idea", "big enough", "the FRAX output").
        "sorry", "unbearable", "aswell", "earth", "idea", "big", "output",
        // Whether it is right or real ("has something gone wrong", "a proper first option"), and
        // what a student is writing or revising for ("my radiography module", "a preconception
        // handout", "EM rotation q").
        "wrong", "proper", "module", "placement", "rotation", "rotations", "handout", "revising", "revision",
        // How a reader says more or less of something ("full blown osteoporosis", "creeping up",
        // "more prone to it than others").
        "blown", "creeping", "creep", "creeps", "prone", "other", "others",
        // A sample of urine or blood is the urine or blood ("how do they get a urine sample from a baby").
        // An episode of something is that thing ("is an acute HF episode one of the risk factors").
        "sample", "samples", "episode", "episodes",
        // What the reader heard and whether it holds ("ive heard they…", "my sister reckons", "is
        // that actually true", "probably a daft q"), and how a monitor or a test found it ("the
        // holter caught a run of VT"), weighed up ("on the fence", "realistically") or placed
        // ("or somewhere else").
        "heard", "hear", "hears", "reckon", "reckons", "reckoned", "true", "daft", "silly", "stupid", "dumb",
        "caught", "fence", "realistically", "somewhere",
        // Whether it is established ("is that a recognised rett thing", "a recognised first line option").
        "recognised", "recognized", "recognise", "recognize",
        // A form a medicine comes in, named beside it ("the one-off sachet (fosfomycin)").
        "sachet", "sachets",
        // How the reader sizes or sways it ("seems massive", "what would tip it one way", "so
        // lukewarm on splinting") or asks ("the question they asked").
        "massive", "huge", "enormous", "tip", "tips", "lukewarm", "question", "questions",
        // Whether a rule applies ("does he meet the criteria", "a separate check for the foot",
        // "do we act on it or repeat first", "nobody has looked at it").
        "separate", "meet", "meets", "act", "nobody",
        // "Without swabbing him", "without tablets": what the reader would rather skip is named by
        // the words after it (a denied sign is read apart, `QuestionUnderstander`).
        "without",
        // Who raised it, how it was printed, where along a course ("nobody has ever brought up my
        // bones", "the FRAX printout", "mid-course on it"), and whether it holds ("any truth in it",
        // "women of east asian background").
        "brought", "printout", "mid", "truth", "background",
        // Who does it ("she'd rather do it herself").
        "herself", "himself", "themselves", "themself",
        // Where a pharmacist reads it ("a pt whose profile shows he's on…"), and how good a thing
        // is said to be ("decent evidence", "a decent dose").
        "profile", "decent",
        // How a reader weighs where a guideline stands or how it went ("where do the recs land",
        // "does either one end up better", "was I fobbed off").
        "land", "lands", "either", "fobbed", "materially", "tempted", "complaining", "complains", "refresher",
        // ("What's the key safety warning for iron around small children": which warning, and where.)
        "key", "around",
        // What paper it is on ("the lab sheet says"), and whether
        // it helps or fits ("is splitting it actually helpful", "take it whenever suits").
        "sheet", "sheets", "helpful", "useful", "worthwhile", "whenever", "suit", "suits",
        // Sending someone on ("instead of sending everyone for nerve studies"), like "sent"; and
        // the article the reader is reading ("the article says pills usually aren't advised").
        "send", "sends", "sending", "article", "articles"]
        .map { TextAnalyzer().terms($0).first ?? $0 })

    /// Who cares for the reader ("the gp wants…", "the ER gave me…"): never what a question asks about.
    static let carers: Set<String> = Set(["gp", "doctor", "dr", "physician", "pharmacist", "chemist", "nurse", "consultant", "specialist", "surgeon", "er", "ed", "a&e", "ae",
        // Specialists by name ("the oncologist mentioned shingrix", "the haematologist called it provoked").
        "oncologist", "haematologist", "hematologist", "cardiologist", "neurologist", "rheumatologist", "endocrinologist",
        "gastroenterologist", "nephrologist", "urologist", "paediatrician", "pediatrician", "obstetrician", "gynaecologist",
        "midwife", "physio", "physiotherapist", "dietitian", "dietician", "optician", "dentist", "registrar", "psychiatrist", "podiatrist",
        // Who passed the result on ("the receptionist told me i have kidney disease").
        "receptionist",
        // A stand-in doctor, and a registrar by the ward's shortening ("the locum from Denmark
        // asked…", "the reg has written up toradol").
        "locum", "locums", "reg",
        // Who wrote the scan's report ("the radiology letter says mild osteopenia").
        "radiology", "radiologist", "radiologists", "radiographer"]
        .compactMap { TextAnalyzer().terms($0).first })

    /// Everyday words about the reader's people and story, never the topic of an answer.
    static let story: Set<String> = Set(["football", "soccer", "rugby", "tennis", "gym", "running", "playing", "rolled", "went",
        "turn", "turned", "ruin", "ruining", "tiny", "grown", "gran", "granny", "nan", "nana", "nanna", "nannas", "grandma", "grandpa", "grandad", "xmas", "christmas", "toddler", "toddlers", "hubby",
        "partner", "boyfriend", "girlfriend", "friend", "mate", "mates", "work", "job", "holiday", "yesterday", "today", "tonight", "morning", "afternoon", "sat",
        "last", "late", "later", "week", "weekend", "ago", "lately", "recently", "suddenly", "honestly", "basically", "banged", "bumped", "pick", "picking", "picked", "buy", "buying", "bought",
        "finish", "finishing", "finished", "bouncing", "bounced", "insist", "insists", "insisted", "insisting",
        // ("My aunt swears vitamin B6 sorted hers": how sure someone in the story is.)
        "swear", "swears", "swore", "sworn",
        "fell", "falling", "tripped", "slipped", "knocked", "twisted", "stairs", "temp", "fine", "okay", "pt", "ptn", "straight",
        // Who the reader saw or heard it from: the teller, not the topic.
        "neurologist", "dermatologist", "ortho", "orthoped", "orthopedics", "orthopedic", "derm", "cardiologist", "gp", "consultant", "specialist", "pharmacist", "midwife",
        // ("Derm referral for phototherapy": the referral is how the reader gets there, not the topic.)
        "referral", "referrals",
        "surgeon", "surgeons", "physio", "physiotherapist", "customer", "customers", "client", "clients", "parent", "parents",
        // Who is asking and where they are learning ("med student:", "cardiology placement:").
        "student", "students", "placement", "trainee", "trainees", "registrar", "intern", "interns",
        // ("Pharm student q:", "studying for boards".)
        "pharm", "boards",
        // What the reader does for a living ("software dev, 10+ hrs a day on the keyboard").
        "software", "dev", "devs", "developer", "developers", "programmer", "programmers", "coder", "coders",
        "suggested", "happened", "dad", "dads", "mum", "mums", "mom", "moms", "mother", "father", "husband", "wife", "son",
        "daughter", "feel", "feels", "feeling", "hate", "hates", "hated", "dread", "dreads", "terrified", "scared", "afraid", "tomorrow", "grandson", "granddaughter", "grandchild", "grandchildren", "grandkids",
        "niece", "nephew", "brother", "sister", "aunt", "uncle", "cousin", "nurse", "neighbour", "neighbours", "neighbor", "neighbors",
        // Where and at what cost the reader is offered it ("a private clinic", "am i wasting money").
        "private", "money", "wasting", "shop", "shops", "store", "supermarket",
        // When the reader is next seen ("can it wait till my appt monday").
        "appt", "appointment", "upcoming", "birthday", "visitor", "sofa", "couch", "settee", "armchair", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        .map { TextAnalyzer().terms($0).first ?? $0 })

    /// Words that name the kind of answer wanted rather than a topic ("dose interval", "course
    /// length", "the chance of"): the answer test looks for them, a unit need not repeat them.
    /// More or less of something ("pt is 70 - lower dose?"): names no topic by itself, though in
    /// "was ferritin higher or lower" it is what is asked, so it stays a word the answer should hear.
    static let comparatives: Set<String> = Set(["lower", "higher", "smaller", "bigger", "reduced"].map { TextAnalyzer().terms($0).first ?? $0 })
    static func isComparative(_ terms: [String]) -> Bool { !terms.isEmpty && terms.allSatisfy(comparatives.contains) }

    static let answerKind: Set<String> = Set(["length", "duration", "interval", "amount", "dose", "dosage", "dosing", "criteria",
        "criterion", "chance", "odds", "likelihood", "proportion", "percentage", "number", "nnt", "level", "cutoff", "threshold", "target", "schedule", "limit",
        "maximum", "max", "minimum", "min", "upper", "most", "least", "highest", "lowest", "safely", "typical", "typically", "needed", "necessary", "recommended", "advice",
        "rule", "rules", "course", "break", "regimen", "last", "lasts", "frequency", "frequently", "often", "timing", "intervals",
        "emergency", "urgent", "urgently", "worry", "worried", "safe", "options", "option", "dangerous", "serious", "harmful", "worrying", "concerning", "bad", "normal",
        // What a finding means, how long, which phase of a dose: the kind of answer, not its topic.
        "implication", "implications", "significance", "downside", "downsides", "drawback", "drawbacks", "pathological", "abnormal", "forever", "lifelong", "permanently",
        // ("Any efficacy caveat?", "over what post-vaccination window?")
        "caveat", "caveats", "window", "windows", "timeframe",
        // ("Is taking both together ok": whether they go together is the answer test's to find.)
        "together",
        // "Renal dose adjustment?": which dose, for whom.
        "adjust", "adjustment", "adjustments", "adjusted",
        // "ICD indicated?", "contraindicated in a neonate?", "when to titrate": whether and how, not a topic.
        "indicated", "indication", "indications", "contraindicated", "contraindication", "contraindications",
        "titrate", "titrated", "titrating", "titration", "uptitrate", "uptitration",
        // "What volume is each dose": how much, in mL.
        "volume", "volum",
        "loading", "maintenance", "washout", "escalate", "deescalate", "taper", "wean", "repeat", "repeated", "recheck", "redo", "unit", "units",
        // Whether to go on with a drug ("hold or continue", "how long do I stay on it").
        "hold", "withhold", "continue", "stay", "staying", "remain",
        // How long someone lives with it ("does it shorten life").
        "shorten", "shortens", "shortened", "lifespan", "expectancy",
        // Which share or which traits a study found ("what proportion", "which characteristics").
        "proportion", "percentage", "percent", "rate", "characteristics", "features", "factors", "predictors",
        // Which category something falls in ("what's classed as normal").
        "classed", "classified", "category", "categorised", "categorized",
        // How something works ("what mechanism does the label give"): the answer test asks for one.
        "mechanism", "mechanisms",
        // Whether it was shown ("is there any evidence the bigger dose works better"): what a trial
        // found answers it, without the word.
        "evidence", "proof",
        "incidence", "prevalence", "probability", "fraction",
        // Which form a medicine comes in, and how it is given ("what concentration is it", "is IM an allowed route").
        "concentration", "strength", "route",
        // How long a benefit lasts, and in whom ("any durable benefit", "compared against what population").
        "durable", "lasting", "population",
        // Which way a length or amount goes ("the full 10 days or shorter at his age").
        "shorter", "longer", "fewer", "less",
        // What else may be given, and whether a figure is a slip ("what else can they give him",
        // "is that a mistake").
        "else", "alternative", "alternatives", "mistake", "error",
        // Whether one may wait, which is the most common ("can i wait for my gp", "commonest organisms").
        "wait", "commonest",
        // How soon ("when's the earliest the first dose can go in").
        "earliest", "soonest",
        // Which tests come next ("workup for a first seizure"), and whether a figure is "in too-high
        // territory": the kind of answer, not a topic.
        "workup", "territory",
        // "Would patches be safer than tablets": which is safe, as "safe" asks.
        "safer", "safest",
        // What a reading should be ("what am i supposed to be aiming for", "the goal").
        "aim", "aiming", "goal", "goals",
        // Which did better ("any outcome where chlorthalidone beat amlodipine").
        "beat", "beats", "outperform", "outperformed",
        // How two compare, and the least of a length or gap ("compared with carrying on", "the
        // shortest gap the label allows"): a trial's "versus" or a label's "no less than" answers it.
        "compare", "compared", "comparison", "shortest", "gap", "gaps"].map { TextAnalyzer().terms($0).first ?? $0 })

    /// Where care is given ("emergency department", "urgent care centre"): with an urgency word, the
    /// answer an urgency question asks for.
    static let placesOfCare: Set<String> = Set(["department", "room", "care", "center", "centre", "clinic"]
        .map { TextAnalyzer().terms($0).first ?? $0 })

    /// Who gives care ("can it wait for my GP", "see a doctor"): in an urgency question, whom to
    /// see is what the answer says, not a topic.
    static let caregivers: Set<String> = placesOfCare.union(["gp", "pcp", "doctor", "physician", "primary", "family", "general",
        "practitioner", "clinician", "nurse"].map { TextAnalyzer().terms($0).first ?? $0 })

    /// "Is it safe / ok / all right to …": what follows "to" is the action asked about.
    static let askingWhetherAllRight: Set<String> = ["ok", "okay", "safe", "allowed", "fine", "alright", "right", "bad", "dangerous", "wise"]

    /// The units a dose is given in: "lisinopril 20 mg" tells the reader's dose, and a sentence
    /// need not say "mg" to speak to it.
    static let doseUnits: Set<String> = Set(["mg", "milligram", "milligrams", "mcg", "microgram", "micrograms", "iu", "ml"]
        .map { TextAnalyzer().terms($0).first ?? $0 })

    /// Times of day ("at night or in the morning"): a unit that names a time of day, or says any
    /// time will do, speaks to them. (Words the library uses: "nighttime only or day and night?"
    /// is a question no article answers, and its unknown word says so.)
    static let timesOfDay: Set<String> = Set(["morning", "mornings", "night", "nights", "evening", "evenings", "bedtime",
                                              "breakfast", "lunch", "dinner", "supper", "meal", "meals"]
        .map { TextAnalyzer().terms($0).first ?? $0 })
    static let namesATimeOfDay = try! TextPattern(#"\b(time of day|any time|morning|evening|night|bedtime|breakfast|lunch|dinner|supper|meals?|food)"#, options: [.caseInsensitive])

    /// Words before "to" after which comes a verb ("need to wear", "have to send").
    static let beforeTo: Set<String> = ["need", "needs", "have", "has", "had", "want", "wants", "going", "able", "got", "supposed"]

    /// How a reader names a study by its design ("the big meta-analysis", "that pooled data").
    static let studyDesigns = ["meta-analysis", "meta-analyses", "meta analysis", "metaanalysis", "pooled analysis", "pooled analyses",
                               "pooled data", "systematic review", "systematic reviews", "cohort study", "cohort studies", "cohort",
                               "randomised trial", "randomized trial", "randomised controlled trial", "randomized controlled trial",
                               "RCT", "observational study", "review"]

    /// Whether a plain (analysed) word only carries the question, tells the story, names the kind
    /// of answer or a time of day: never a topic an article must speak to.
    static func namesNoTopic(_ word: String) -> Bool {
        answerKind.contains(word) || carrier.contains(word) || story.contains(word) || timesOfDay.contains(word) || carers.contains(word)
    }

    /// Whether an (analysed) word the library does not know is a shortening ("creat", "regurg") or a
    /// one-letter slip ("otawa") of one of these words.
    static func isShortOrSlip(_ word: String, ofOneIn words: Set<String>) -> Bool {
        guard word.count >= 4 else { return false }
        return words.contains { $0.hasPrefix(word) || (word.count >= 5 && isOneEditApart($0, word)) }
    }

    /// Whether two words differ by one inserted, deleted or replaced letter.
    static func isOneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard abs(x.count - y.count) <= 1, x != y else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if x.count < y.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
