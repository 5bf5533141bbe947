import Foundation

/// The reader's question as typed words, and what part a word plays in it, told from the word's
/// own ending and its neighbours (there is no dictionary to look it up in): a verb ("pushing his
/// potassium up", "have gone red"), a word that describes ("exactly", "safer than", "really fast"),
/// a contraction typed without its apostrophe ("doesnt"), or an amount ("a couple of"). Such words
/// say how the reader puts it; the things they name (nouns) are what an answer must be about.
struct TypedSentence {
    /// Lower case, split at anything but letters and apostrophes ("don't" stays one word); a
    /// clause's end (",", "?", " - "…) is kept as `TypedSentence.boundary`, so that words either
    /// side of it are not read as neighbours ("a strep swab, her brother has strep").
    let words: [String]
    static let boundary = ","

    init(_ question: String) {
        var words: [String] = [], word = ""
        let characters = Array(question.lowercased())
        func end(_ clause: Bool) {
            if !word.isEmpty { words.append(word); word = "" }
            if clause && words.last.map({ $0 != Self.boundary }) ?? false { words.append(Self.boundary) }
        }
        // An ordinal's ending is part of its number ("my 1st seizure"), not a word (`past` is the
        // index just past the word).
        func dropOrdinalEnding(endingAt past: Int) {
            if Self.ordinalEndings.contains(word), past > word.count, characters[past - word.count - 1].isNumber { word = "" }
        }
        for (i, c) in characters.enumerated() {
            if c.isLetter || c == "'" { word.append(c); continue }
            dropOrdinalEnding(endingAt: i)
            // A dash between spaces parts clauses; one inside a word ("long-term") does not.
            let spacedDash = c == "-" && (i == 0 || characters[i - 1] == " ") && (i + 1 == characters.count || characters[i + 1] == " ")
            end(",.;:?!()".contains(c) || spacedDash)
        }
        dropOrdinalEnding(endingAt: characters.count)
        end(false)
        self.words = words
    }

    /// Whether the word at `i` is not a thing: a pronoun, a verb (unless `verbs` is false: a verb
    /// may be what is asked, "can the drops stain her teeth"), a describing word, a contraction or
    /// an amount.
    func namesNoThing(at i: Int, verbs: Bool = true) -> Bool {
        !asksWhetherAllRight(at: i)
            && (isPronoun(at: i) || (verbs && isVerb(at: i)) || describes(at: i) || Self.isContraction(words[i]) || isAmount(at: i))
    }

    /// Whether the reader asks whether doing this is all right: "is it safe to fly", "ok to crush
    /// my metformin" — the action is what is asked about.
    func asksWhetherAllRight(at i: Int) -> Bool {
        guard i > 1, words[i - 1] == "to" else { return false }
        if QuestionWords.askingWhetherAllRight.contains(words[i - 2]) { return true }
        // "Is it safe for him to fly".
        return i > 3 && words[i - 3] == "for" && (Self.objects.contains(words[i - 2]) || words[i - 2] == "her" || words[i - 2] == "you")
            && QuestionWords.askingWhetherAllRight.contains(words[i - 4])
    }

    /// A verb: "-ed"; after a pronoun or a negative ("i need", "wont swallow"); after "need to";
    /// before whom or whose it acts on ("broke her wrist", "pushing his potassium"); "-ing" after
    /// a form of be ("could that be pushing", "been getting"); a participle after have
    /// ("have gone red").
    func isVerb(at i: Int) -> Bool {
        let word = words[i], before = i > 0 ? words[i - 1] : "", next = i + 1 < words.count ? words[i + 1] : ""
        // (Not after "be": "can it be crushed" asks about crushing it.)
        if word.hasSuffix("ed") && before != "be" { return true }
        if Self.beforeVerbs.contains(before) || Self.isNegative(before) { return true }
        if i > 1 && before == "to" && QuestionWords.beforeTo.contains(words[i - 2]) { return true }
        // "help me lose", "let him sleep".
        if i > 1 && Self.objects.contains(before) && Self.makesDo.contains(words[i - 2]) { return true }
        if Self.objects.contains(next) || Self.possessives.contains(next) { return true }
        if word.hasSuffix("ing") && Self.beforeProgressive.contains(before) { return true }
        if Self.haveForms.contains(before) && (word.hasSuffix("ne") || word.hasSuffix("wn") || (word.count >= 5 && word.hasSuffix("en"))) { return true }
        return false
    }

    /// A describing word: an adverb in "-ly" ("exactly", "actually"), a comparative ("safer than",
    /// "milder"), or a word after a word of degree ("really fast", "a bit weird").
    func describes(at i: Int) -> Bool {
        let word = words[i], before = i > 0 ? words[i - 1] : "", next = i + 1 < words.count ? words[i + 1] : ""
        if Self.isAdverb(word) { return true }
        if next == "than" || Self.comparatives.contains(word) { return true }
        // "How fast", "twice as quick", "as quick as"; "on the soft side".
        if before == "how" || (before == "as" && (next == "as" || i > 1 && Self.asMuch.contains(words[i - 2]))) { return true }
        if i > 1 && words[i - 2] == "on" && before == "the" && next == "side" { return true }
        // How someone is, after a form of be: "she's miserable", "it's unbearable".
        if Self.beForms.contains(before) && word.count >= 6 && (word.hasSuffix("able") || word.hasSuffix("ible")) { return true }
        // An adjective of a telling ending before what it describes ("a horrendous nappy rash").
        if word.count >= 6 && ["ous", "ful"].contains(where: word.hasSuffix) && next != Self.boundary && !next.isEmpty { return true }
        return Self.degree.contains(before)
    }

    /// A pronoun: "us", "them"; "one" standing for what was named ("the same one", "this one"),
    /// not counting ("one seizure").
    func isPronoun(at i: Int) -> Bool {
        if Self.objects.contains(words[i]) { return true }
        guard words[i] == "one" || words[i] == "ones", i > 0 else { return false }
        return Self.beforePronounOne.contains(words[i - 1])
    }

    /// "a couple of", "a lot of", "an episode of": how many or how it came, not what.
    func isAmount(at i: Int) -> Bool {
        i > 0 && i + 1 < words.count && (words[i - 1] == "a" || words[i - 1] == "an") && words[i + 1] == "of"
    }

    /// An adverb made from a describing word: "-ly" after an ending such words have ("exact-ly",
    /// "actual-ly", "serious-ly", "probab-ly"), so "family", "anomaly" and "jelly" stay things.
    static func isAdverb(_ word: String) -> Bool {
        guard word.count >= 6, word.hasSuffix("ly") else { return false }
        let base = word.dropLast(2)
        return adjectiveEndings.contains { base.hasSuffix($0) }
    }

    /// A negative contraction, with or without its apostrophe ("doesnt", "can't", "wont"), or a
    /// pronoun's ("im", "theyre").
    static func isContraction(_ word: String) -> Bool {
        isNegative(word) || pronounContractions.contains(word)
    }

    static func isNegative(_ word: String) -> Bool {
        let plain = word.replacingOccurrences(of: "'", with: "")
        return plain.hasSuffix("nt") && negatable.contains(String(plain.dropLast(2)))
    }

    static let negatable: Set<String> = ["do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "could",
                                         "would", "should", "ca", "can", "wo", "must", "need", "might", "ai"]
    static let pronounContractions: Set<String> = ["im", "i'm", "ive", "i've", "youre", "you're", "theyre", "they're", "theyve",
                                                   "they've", "weve", "we've", "thats", "that's", "whats", "what's", "theres", "there's"]
    /// Words after which a question's next word is a verb (not a modal: "would grommets help"; nor
    /// "to": "fly to Spain").
    static let beforeVerbs: Set<String> = ["i", "you", "we", "they", "he", "she", "it", "not", "i'll", "we'll", "i'd", "let", "please"]
    static let objects: Set<String> = ["me", "him", "us", "them"]
    static let possessives: Set<String> = ["her", "his", "my", "your", "their", "our"]
    static let beforePronounOne: Set<String> = ["same", "this", "that", "other", "another", "which", "new", "old", "right", "wrong",
                                                "first", "last", "next", "each", "every", "different", "stronger", "weaker", "better"]
    static let makesDo: Set<String> = ["help", "helps", "let", "lets", "make", "makes", "made"]
    /// (Not "keep": "can I keep lifting" asks about lifting.)
    static let beforeProgressive: Set<String> = ["be", "been", "being", "worth", "im", "i'm",
                                                 "it's", "its", "he's", "she's", "they're", "theyre", "we're", "youre", "you're"]
    /// Forms of be, and of seeming, before a word that says how someone is ("he's inconsolable"):
    /// those before an "-ing" verb, less "worth", and a few more.
    static let beForms: Set<String> = beforeProgressive.subtracting(["worth"])
        .union(["is", "are", "was", "were", "hes", "shes", "feels", "seems", "looks"])
    static let haveForms: Set<String> = ["have", "has", "had", "ive", "i've", "weve", "we've", "theyve", "they've"]
    static let adjectiveEndings = ["al", "ful", "ous", "ive", "ent", "ant", "ate", "ite", "ine", "ic", "ct", "ain", "ab", "ib", "ete",
                                   "ed", "ng", "st", "ow", "ck", "ht", "ear", "rm", "ick", "ure", "ise", "ire", "ong", "ft"]
    /// The comparatives of everyday describing words.
    static let comparatives: Set<String> = ["better", "worse", "safer", "faster", "quicker", "slower", "stronger", "weaker",
                                            "milder", "easier", "harder", "longer", "shorter", "bigger", "smaller", "cheaper",
                                            "riskier", "healthier", "sooner", "gentler", "nicer"]
    /// The endings of ordinals typed with digits ("1st", "2nd", "3rd", "4th").
    static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th"]
    /// Before "as": what follows describes ("twice as quick", "just as good").
    static let asMuch: Set<String> = ["twice", "half", "so", "just", "thrice", "times"]
    /// Words of degree: what follows them describes ("really fast", "a bit weird", "so tired").
    static let degree: Set<String> = ["really", "very", "quite", "pretty", "rather", "extremely", "super", "kinda", "bit", "too",
                                      "totally", "fairly", "slightly", "incredibly", "awfully", "terribly"]
}
