import Testing
@testable import CurbsideCore

/// What part a typed word plays: only things an answer must be about count as its topic.
@Suite struct TypedSentenceTests {
    /// The roles of the words matching `word` in `question`: whether each names no thing.
    func namesNoThing(_ word: String, in question: String) -> Bool {
        let sentence = TypedSentence(question)
        let at = sentence.words.firstIndex(of: word)
        #expect(at != nil, "\(word) not in \(sentence.words)")
        return at.map { sentence.namesNoThing(at: $0) } ?? false
    }

    @Test func verbsAreToldByTheirNeighbours() {
        #expect(namesNoThing("pushing", in: "could that be pushing his potassium up"))
        #expect(namesNoThing("broke", in: "my mum is 72 and broke her wrist on the stairs"))
        #expect(namesNoThing("gone", in: "my eyes have gone red and itchy"))
        #expect(namesNoThing("lose", in: "could levothyroxine help me lose a bit of weight"))
        #expect(namesNoThing("swallow", in: "my son wont swallow pills"))
        // Things stay things: the object, and a noun asked about after a modal or "keep".
        #expect(!namesNoThing("potassium", in: "could that be pushing his potassium up"))
        #expect(!namesNoThing("grommets", in: "would grommets help my son"))
        #expect(!namesNoThing("lifting", in: "can i keep lifting heavy weights"))
        // "can it be crushed" asks about crushing.
        #expect(!namesNoThing("crushed", in: "can the tablets be crushed"))
        #expect(namesNoThing("crushed", in: "i crushed the tablets"))
        #expect(!namesNoThing("crush", in: "is it ok to crush my metformin tablet"))
    }

    @Test func describingWordsAreNotThings() {
        #expect(namesNoThing("exactly", in: "how exactly do you get the valve area"))
        #expect(namesNoThing("actually", in: "does it actually work"))
        #expect(namesNoThing("safer", in: "are the compounded hormones safer than normal hrt"))
        #expect(namesNoThing("faster", in: "will my levels come up faster"))
        #expect(namesNoThing("fast", in: "it cleared my last uti really fast"))
        #expect(namesNoThing("weird", in: "my ears feel a bit weird"))
        // How fast, how much more: "how fast", "twice as quick", "on the soft side".
        #expect(namesNoThing("fast", in: "how much K reduction should we expect and how fast?"))
        #expect(namesNoThing("quick", in: "will my iron come up twice as quick"))
        #expect(namesNoThing("soft", in: "BP is on the soft side - is there a lower dose"))
        // An adjective of a telling ending before what it describes; the noun stays a thing.
        #expect(namesNoThing("horrendous", in: "it gave him a horrendous nappy rash"))
        #expect(!namesNoThing("nappy", in: "it gave him a horrendous nappy rash"))
        #expect(namesNoThing("genuinely", in: "does the high dose genuinely make a difference"))
        // Not a thing listed after "such as" ("such as ibuprofen"), nor a noun at a clause's end.
        #expect(!namesNoThing("ibuprofen", in: "a painkiller such as ibuprofen"))
        #expect(!namesNoThing("precaution", in: "or is it just a precaution"))
        // Nouns that end in "-ly" or "-er" are things.
        #expect(!namesNoThing("family", in: "does it run in the family"))
        #expect(!namesNoThing("jelly", in: "can i take royal jelly with it"))
        #expect(!namesNoThing("booster", in: "will i need a booster"))
        #expect(!namesNoThing("coffee", in: "can i drink coffee"))
    }

    @Test func contractionsPronounsAndAmounts() {
        #expect(namesNoThing("doesnt", in: "risedronate doesnt prevent hip fractures"))
        #expect(namesNoThing("isnt", in: "aimovig isnt doing enough"))
        #expect(namesNoThing("us", in: "she fights us every dose"))
        #expect(namesNoThing("one", in: "do they just give the same one again"))
        #expect(!namesNoThing("one", in: "does having one seizure mean i have epilepsy"))
        #expect(namesNoThing("couple", in: "i have had a couple of falls"))
        #expect(!namesNoThing("falls", in: "i have had a couple of falls"))
        #expect(namesNoThing("episode", in: "just discharged after an episode of DKA"))
    }

    /// "My 1st seizure": an ordinal's ending is part of its number, not a word of its own
    /// (it was an unknown word "st" the answer had to speak to, and withheld it).
    @Test func anOrdinalsEndingIsNoWord() {
        #expect(TypedSentence("had my 1st seizure last month at 34").words == ["had", "my", "seizure", "last", "month", "at"])
        #expect(TypedSentence("2nd dose, or the 3rd").words == ["dose", ",", "or", "the"])
        #expect(TypedSentence("is 4th").words == ["is"])
        // Words that merely end in those letters stay ("first", "month", "and", "third").
        #expect(TypedSentence("first month and third").words == ["first", "month", "and", "third"])
    }

    @Test func aClauseEndPartsNeighbours() {
        let sentence = TypedSentence("does my 2 yr old need a strep swab, her brother has strep")
        #expect(sentence.words.contains(TypedSentence.boundary))
        // "swab" is not a verb acting on "her": the comma parts them.
        #expect(!namesNoThing("swab", in: "does my 2 yr old need a strep swab, her brother has strep"))
        #expect(TypedSentence("long-term use - is it safe").words == ["long", "term", "use", ",", "is", "it", "safe"])
    }
}
