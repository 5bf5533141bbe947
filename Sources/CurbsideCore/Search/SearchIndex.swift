import Foundation

/// An in-memory inverted index over a library, ranked with BM25 over weighted fields,
/// with glossary synonyms folded into shared concept terms and one-typo tolerance.
public final class SearchIndex: @unchecked Sendable {
    public struct Hit: Equatable, Sendable {
        public var articleID: String
        public var score: Double
    }

    /// The analysed form of a query, as the index understood it.
    public struct Query: Sendable {
        /// Terms looked up, after synonym expansion and typo correction.
        public var terms: [String]
        /// Query words (analysed) that matched nothing in the library, even allowing a typo.
        public var unknown: [String]
        /// Analysed words the reader typed (before concept expansion), for highlighting.
        public var words: [String]
        /// Units of meaning: a glossary phrase (matched through any synonym) or a single known word.
        public var units: [Unit]
    }

    public struct Unit: Sendable {
        /// The terms any of which stands for this unit in an article.
        public var terms: [String]
        public var isNumber: Bool
    }

    /// How much a word counts in each part of an article.
    public enum FieldWeight {
        public static let question = 3.0, tags = 2.0, specialty = 1.0, summary = 1.5, section = 1.0, references = 0.5
    }

    let analyzer = TextAnalyzer()
    let concepts: ConceptTable
    public private(set) var articleIDs: [String] = []
    private var docLength: [Float] = []
    private var termIDs: [String: Int32] = [:]
    private var postings: [[Posting]] = []
    private var averageLength: Float = 1
    let k1: Float = 1.2, b: Float = 0.75

    struct Posting { var doc: Int32; var weight: Float }

    public init(articles: [Article], glossary: [GlossaryEntry]) {
        concepts = ConceptTable(glossary: glossary, analyzer: analyzer)
        for article in articles { add(article) }
        finish()
    }

    public var count: Int { articleIDs.count }

    private func add(_ article: Article) {
        let doc = Int32(articleIDs.count)
        articleIDs.append(article.id)
        var weights: [String: Float] = [:]
        var length: Float = 0
        func field(_ text: String, _ w: Double) {
            for term in concepts.expand(analyzer.terms(text)) { weights[term, default: 0] += Float(w); length += Float(w) }
        }
        field(article.question, FieldWeight.question)
        field(article.tags.joined(separator: " , "), FieldWeight.tags)
        field(article.specialty, FieldWeight.specialty)
        for item in ArticleTexts.all(article) {
            let w = (item.part == .summaryLay || item.part == .summaryClinical) ? FieldWeight.summary : FieldWeight.section
            field(item.text, w)
        }
        for ref in article.references { field(ref.title, FieldWeight.references) }
        for (term, w) in weights {
            let id: Int32
            if let existing = termIDs[term] { id = existing } else {
                id = Int32(postings.count); termIDs[term] = id; postings.append([])
            }
            postings[Int(id)].append(Posting(doc: doc, weight: w))
        }
        docLength.append(length)
    }

    private func finish() {
        averageLength = docLength.isEmpty ? 1 : max(1, docLength.reduce(0, +) / Float(docLength.count))
    }

    /// Analyses a query: stop words out, synonyms in, typos corrected against the library's vocabulary.
    public func understand(_ text: String) -> Query {
        let words = analyzer.terms(text)
        // Correct typos first, so a corrected word can complete a synonym phrase.
        var corrected: [String] = []
        var unknown: [String] = []
        let typedGroups = concepts.groups(words)
        for group in typedGroups {
            let conceptKnown = group.concept.map { termIDs[$0] != nil } ?? false
            for w in group.words {
                if termIDs[w] != nil || conceptKnown { corrected.append(w); continue }
                if let fixed = correction(for: w) { corrected.append(fixed) } else { unknown.append(w) }
            }
        }
        var terms: [String] = []
        var units: [Unit] = []
        var seen = Set<String>()
        for group in concepts.groups(corrected) {
            if let c = group.concept, termIDs[c] != nil {
                let known = group.words.filter { termIDs[$0] != nil }
                for t in [c] + known where seen.insert(t).inserted { terms.append(t) }
                units.append(Unit(terms: [c], isNumber: false))
            } else {
                for w in group.words where termIDs[w] != nil && seen.insert(w).inserted {
                    terms.append(w)
                    units.append(Unit(terms: [w], isNumber: w.first.map { $0.isNumber || $0 == "-" } ?? false))
                }
            }
        }
        return Query(terms: terms, unknown: unknown, words: words, units: units)
    }

    /// The known term one edit away (delete, insert, replace, swap) with the most documents.
    func correction(for term: String) -> String? {
        let chars = Array(term)
        // Short words have too many neighbours ("measl" is one edit from "meal"): only longer ones.
        guard chars.count >= 6, !chars.contains(where: \.isNumber) else { return nil }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var best: (String, Int)? = nil
        func consider(_ candidate: [Character]) {
            let s = String(candidate)
            if candidate.count >= 5, candidate.first == chars.first, let id = termIDs[s] {
                let df = postings[Int(id)].count
                if best == nil || df > best!.1 { best = (s, df) }
            }
        }
        for i in 0..<chars.count {
            var d = chars; d.remove(at: i); consider(d)
            if i + 1 < chars.count { var t = chars; t.swapAt(i, i + 1); consider(t) }
            for l in letters where l != chars[i] { var r = chars; r[i] = l; consider(r) }
        }
        for i in 0...chars.count { for l in letters { var ins = chars; ins.insert(l, at: i); consider(ins) } }
        return best?.0
    }

    /// Inverse document frequency of a term (0 when unknown).
    public func idf(_ term: String) -> Double {
        guard let id = termIDs[term] else { return 0 }
        let df = Double(postings[Int(id)].count), n = Double(articleIDs.count)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// Ranks articles for a query. `boost` multiplies the score of chosen articles (context).
    public func search(_ query: Query, limit: Int = 10, boost: [String: Double] = [:]) -> [Hit] {
        guard !query.terms.isEmpty, !articleIDs.isEmpty else { return [] }
        var scores = [Float](repeating: 0, count: articleIDs.count)
        for term in query.terms {
            guard let id = termIDs[term] else { continue }
            let list = postings[Int(id)]
            let idf = Float(self.idf(term))
            for p in list {
                let norm = k1 * (1 - b + b * docLength[Int(p.doc)] / averageLength)
                scores[Int(p.doc)] += idf * p.weight * (k1 + 1) / (p.weight + norm)
            }
        }
        if !boost.isEmpty {
            for (i, id) in articleIDs.enumerated() where scores[i] > 0 { if let f = boost[id] { scores[i] *= Float(f) } }
        }
        var hits: [(Int, Float)] = []
        for (i, s) in scores.enumerated() where s > 0 { hits.append((i, s)) }
        hits.sort { $0.1 != $1.1 ? $0.1 > $1.1 : articleIDs[$0.0] < articleIDs[$1.0] }
        return hits.prefix(limit).map { Hit(articleID: articleIDs[$0.0], score: Double($0.1)) }
    }

    public func search(_ text: String, limit: Int = 10, boost: [String: Double] = [:]) -> [Hit] {
        search(understand(text), limit: limit, boost: boost)
    }

    /// Analysed terms of a short text with concepts, for scoring sentences against a query.
    public func analyse(_ text: String) -> [String] { concepts.expand(analyzer.terms(text)) }
}

/// Glossary names as analysed term sequences, each mapped to one concept term shared by all
/// of an entry's names: "DEXA", "DXA" and "bone density scan" all add the same concept.
struct ConceptTable: Sendable {
    private(set) var phrasesByFirst: [String: [(terms: [String], concept: String)]] = [:]

    init(glossary: [GlossaryEntry], analyzer: TextAnalyzer) {
        for (i, entry) in glossary.enumerated() {
            let concept = "§\(i)"
            for name in entry.names {
                let terms = analyzer.terms(name)
                guard let first = terms.first else { continue }
                phrasesByFirst[first, default: []].append((terms, concept))
            }
        }
        for key in phrasesByFirst.keys { phrasesByFirst[key]!.sort { $0.terms.count > $1.terms.count } }
    }

    static func isConcept(_ term: String) -> Bool { term.hasPrefix("§") }

    /// A query or text split into units of meaning: a glossary phrase (with its concept) or a lone word.
    struct Group: Sendable { var words: [String]; var concept: String? }

    func groups(_ terms: [String]) -> [Group] {
        var out: [Group] = []
        var i = 0
        while i < terms.count {
            var matched: Group? = nil
            if let candidates = phrasesByFirst[terms[i]] {
                for c in candidates where i + c.terms.count <= terms.count && Array(terms[i..<(i + c.terms.count)]) == c.terms {
                    matched = Group(words: c.terms, concept: c.concept)
                    break
                }
            }
            let group = matched ?? Group(words: [terms[i]], concept: nil)
            out.append(group)
            i += group.words.count
        }
        return out
    }

    /// The terms plus a concept term after each glossary phrase found in them.
    func expand(_ terms: [String]) -> [String] {
        guard !phrasesByFirst.isEmpty else { return terms }
        var out: [String] = []
        out.reserveCapacity(terms.count + 8)
        for g in groups(terms) {
            out.append(contentsOf: g.words)
            if let c = g.concept { out.append(c) }
        }
        return out
    }
}
