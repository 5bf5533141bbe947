extension ConceptTable {
    /// `(expand(terms), expand(terms, broader: false))` with the glossary phrases found once: a
    /// unit's words with their concepts and the broader ones, and with only the concepts they name.
    func expandedBothWays(_ terms: [String]) -> (all: [String], named: [String]) {
        guard hasPhrases else { return (terms, terms) }
        var all: [String] = [], named: [String] = []
        all.reserveCapacity(terms.count + 8)
        named.reserveCapacity(terms.count + 8)
        forEachGroup(terms) { words, concept in
            all.append(contentsOf: words)
            named.append(contentsOf: words)
            if let concept {
                all.append(concept)
                named.append(concept)
                all.append(contentsOf: ancestors(of: concept) ?? [])
            }
        }
        return (all, named)
    }

    /// `groups(terms)` without building them: each glossary phrase (the first, longest, that
    /// matches where it starts) with its concept, else the lone word, in order.
    func forEachGroup(_ terms: [String], _ body: (ArraySlice<String>, String?) -> Void) {
        var i = 0
        while i < terms.count {
            let phrase = phrases(startingWith: terms[i])?.first { c in
                i + c.terms.count <= terms.count && terms[i..<(i + c.terms.count)].elementsEqual(c.terms)
            }
            let length = phrase?.terms.count ?? 1
            body(terms[i..<(i + length)], phrase?.concept)
            i += length
        }
    }
}
