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
        /// Units of meaning: a glossary phrase (matched through any synonym) or a single known word.
        public var units: [Unit]
        /// The question's types as type terms (main first): articles answering that kind of
        /// question have their score multiplied (see `typeBoost`), never found by them alone.
        public var typeTerms: [String] = []
    }

    /// How much an article answering the same kind of question as the reader's ranks higher
    /// (the main type; the question's other types count half as much).
    public static let typeBoost: Float = 1.6

    public struct Unit: Sendable {
        /// The terms any of which stands for this unit in an article.
        public var terms: [String]
        public var isNumber: Bool
        /// The glossary concept the reader named (Aleve: naproxen), when the unit is one.
        public var concept: String? = nil
    }

    /// The term standing for "this article answers questions of this type".
    static func typeTerm(_ type: String) -> String { "¶" + type }

    /// Whether a term occurs in any article (phrase words and concepts are known to the index
    /// before any article is read, so having an id is not enough).
    func occurs(_ term: String) -> Bool { termID(term).map { documentFrequency(Int($0)) > 0 } ?? false }

    /// How much a word counts in each part of an article.
    public enum FieldWeight {
        public static let question = 3.0, tags = 2.0, specialty = 1.0, summary = 1.5, section = 1.0, references = 0.5
    }

    let analyzer = TextAnalyzer()
    let concepts: ConceptTable
    /// Texts already analysed (`analyseWithNamed`), for the answers of this process.
    let analysisMemo = AnalysisMemo()
    // Internal rather than private: SearchIndexFile.swift saves them. A saved index keeps
    // none of these in memory: it reads them from its file (`saved`).
    public internal(set) var articleIDs: [String] = []
    var docLength: [Float] = []
    var docIndex: [String: Int32] = [:]
    var termIDs: [String: Int32] = [:]
    /// Every term's postings, packed once the index is built or restored from a file (where
    /// they stay in the file and are read only when searched).
    var packed: PackedPostings?
    /// The saved file this index is read from, in place; nil for a built index.
    let saved: SavedIndex?
    /// The parts' postings when the index was built only to be written to a file (`packs:
    /// false`): left in their compact form, a term's list decoded when it is read.
    private var unpacked: UnpackedPostings?
    var averageLength: Float = 1
    /// The fingerprint of the saved index file this index was read from, if it was.
    public var savedFingerprint: String? { saved?.fingerprint }
    /// Whether document numbers follow id order (set once built or restored).
    var idsAreSorted = false
    let k1: Float = 1.2, b: Float = 0.75

    /// A document containing a term, and the term's BM25 score there (idf applied at query time).
    struct Posting { var doc: Int32; var weight: Float }

    /// Builds the index. A large library is split into `parts` consecutive ranges (by default one
    /// per core) indexed at the same time and then joined in order, which gives exactly the index
    /// one part would: the same terms, postings and scores.
    public convenience init(articles: [Article], glossary: [GlossaryEntry], parts: Int? = nil, progress: ProgressReport? = nil) {
        self.init(concepts: ConceptTable(glossary: glossary, analyzer: TextAnalyzer()), count: articles.count,
                  parts: parts ?? Self.defaultParts(articles.count), packs: true, progress: progress) { _, range, add in
            for article in articles[range] { add(article) }
        }
    }

    /// One part per core for a large library, else one.
    static func defaultParts(_ count: Int) -> Int { count >= 4_000 ? ProcessInfo.processInfo.activeProcessorCount : 1 }

    /// Builds the index from articles handed over as they are read: `feed` is called once per
    /// part, the parts at the same time, with the part's number and its range of `0..<count`; it
    /// hands each item of the range, in order, to `add` (nil for one that is not an article: it
    /// only counts toward `progress`). Nothing here keeps an article once it is indexed. With
    /// `packs: false` the postings stay in the parts' compact form (~2 bytes each instead of 8):
    /// enough to write the index to a file (`write`), which is what a first start does with it,
    /// though slower to search.
    init(concepts: ConceptTable, count: Int, parts: Int, packs: Bool, progress: ProgressReport?,
         feed: (_ part: Int, _ range: Range<Int>, _ add: (Article?) -> Void) -> Void) {
        self.concepts = concepts
        saved = nil
        let n = max(1, min(parts, count))
        let built = ResultSlots<Part>(count: n)
        let counter = ProgressCounter(total: count, report: progress)
        let phrases = PhraseIDs(concepts.materialized)
        let analyzer = self.analyzer
        withoutActuallyEscaping(feed) { feed in
            let feed = UncheckedSendable(feed)
            DispatchQueue.concurrentPerform(iterations: n) { part in
                var builder = Builder(phrases: phrases, analyzer: analyzer)
                var unreported = 0
                feed.value(part, (part * count / n)..<((part + 1) * count / n)) { article in
                    if let article { builder.add(article) }
                    unreported += 1
                    if unreported == 64 { counter.add(64); unreported = 0 }
                }
                counter.add(unreported)
                built[part] = builder.part
            }
        }
        join(built.values.compactMap { $0 }, packs: packs)
    }

    /// A saved index (see SearchIndexFile.swift), used where it lies: nothing is decoded but
    /// the glossary's concept table.
    init(concepts: ConceptTable, saved: SavedIndex) {
        self.concepts = concepts
        self.saved = saved
        averageLength = saved.averageLength
        idsAreSorted = saved.idsAreSorted
    }

    public var count: Int { saved?.docCount ?? articleIDs.count }

    var termCount: Int { saved?.termCount ?? termIDs.count }

    /// Whether a saved index's file turned out damaged where it was read: what was read since it
    /// was opened cannot be trusted (the file must be rebuilt and the question asked again).
    public var isDamaged: Bool { saved?.isDamaged ?? false }

    /// Checks every byte of a saved index's file (a few hundred milliseconds at 100,000 articles):
    /// for a long session, in the background. Always true for a built index.
    public func verifyAll() -> Bool { saved?.file.verifyAll() ?? true }

    /// A term's number, if any article or glossary phrase gave it one.
    func termID(_ term: String) -> Int32? {
        if let saved { return saved.termID(term) }
        return termIDs[term]
    }

    /// The id of document `doc` ("" when a saved file is damaged there; `isDamaged` says so).
    public func articleID(_ doc: Int) -> String {
        if let saved { return saved.articleID(doc) ?? "" }
        return articleIDs[doc]
    }

    /// The title a saved index's outline holds for document `doc`.
    func savedTitle(_ doc: Int) -> String? { saved?.title(doc) }

    /// The stamp of the file a saved index's document was built from.
    func savedStamp(_ doc: Int) -> FileStamp? { saved?.stamp(doc) }

    /// The document number of an article id.
    public func documentNumber(_ id: String) -> Int? {
        if let saved { return saved.doc(of: id) }
        return docIndex[id].map(Int.init)
    }

    /// How many articles contain term `t`.
    func documentFrequency(_ t: Int) -> Int { saved?.postingCount(t) ?? packed?.count(t) ?? unpacked?.count(t) ?? 0 }

    func withPostings<R>(_ t: Int, _ body: (UnsafeBufferPointer<Posting>) -> R) -> R {
        if let saved { return body(saved.postings(t)) }
        if let packed { return body(packed.list(t)) }
        guard let unpacked else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return unpacked.list(t, scored: score).withUnsafeBufferPointer(body)
    }

    /// A posting's weighted term frequency as its BM25 term score (without idf).
    @inline(__always) func score(_ weight: Float, _ doc: Int) -> Float {
        let norm = k1 * (1 - b + b * docLength[doc] / averageLength)
        return weight * (k1 + 1) / (weight + norm)
    }

    /// Joins parts built over consecutive ranges of the articles, in order: terms are numbered in
    /// the order the parts first met them, as a single pass would number them. Each posting's
    /// weighted term frequency becomes its BM25 term score (without idf) on the way, so a query
    /// does one multiply-add per posting. The postings are copied into one allocation of exactly
    /// their size, and each part's list is released once copied: joining needs little memory
    /// beyond the parts, and the index carries no per-term arrays or growth slack. Without
    /// `packs`, they are left in the parts (see `UnpackedPostings`).
    private func join(_ parts: [Part], packs: Bool) {
        var parts = parts
        var globalID: [[Int32]] = [] // per part: its term id → the joined term id
        var docOffsets: [Int32] = []
        for part in parts {
            let offset = Int32(articleIDs.count)
            docOffsets.append(offset)
            if articleIDs.isEmpty && termIDs.isEmpty {
                termIDs = part.termIDs
                globalID.append(Array(0..<Int32(part.termIDs.count)))
            } else {
                var terms = [String](repeating: "", count: part.termIDs.count)
                for (term, id) in part.termIDs { terms[Int(id)] = term }
                globalID.append(terms.map { term in
                    if let id = termIDs[term] { return id }
                    let id = Int32(termIDs.count)
                    termIDs[term] = id
                    return id
                })
            }
            for (i, id) in part.articleIDs.enumerated() { docIndex[id] = offset + Int32(i) }
            articleIDs += part.articleIDs
            docLength += part.docLength
        }
        idsAreSorted = zip(articleIDs, articleIDs.dropFirst()).allSatisfy { $0 < $1 }
        averageLength = docLength.isEmpty ? 1 : max(1, docLength.reduce(0, +) / Float(docLength.count))

        var offsets = [Int](repeating: 0, count: termIDs.count + 1)
        for (s, part) in parts.enumerated() {
            for (t, list) in part.lists.enumerated() { offsets[Int(globalID[s][t]) + 1] += list.count }
        }
        for t in 0..<termIDs.count { offsets[t + 1] += offsets[t] }
        for s in parts.indices { parts[s].termIDs = [:]; parts[s].articleIDs = [] }
        guard packs else {
            unpacked = UnpackedPostings(parts: parts.map(\.lists), globalID: globalID, docOffsets: docOffsets, offsets: offsets)
            return
        }
        let buffer = UnsafeMutablePointer<Posting>.allocate(capacity: max(1, offsets[termIDs.count]))
        var cursor = offsets
        var copied = 0
        for s in parts.indices {
            for t in parts[s].lists.indices {
                let g = Int(globalID[s][t])
                var at = cursor[g]
                let offset = docOffsets[s]
                parts[s].lists[t].forEach { doc, weight in
                    let doc = doc + offset
                    buffer[at] = Posting(doc: doc, weight: score(weight, Int(doc)))
                    at += 1
                }
                cursor[g] = at
                copied += parts[s].lists[t].byteCount
                parts[s].lists[t].release()
                // Freed lists stay in the allocator's heap and would still count as resident
                // beside the new buffer: hand their pages back every 16 MB copied.
                if copied >= 1 << 24 { FreedMemory.returnToSystem(); copied = 0 }
            }
        }
        packed = PackedPostings(owned: buffer, offsets: offsets)
        FreedMemory.returnToSystem()
    }

    /// What one part of a build hands to `join`.
    struct Part {
        var termIDs: [String: Int32]
        var lists: [CompactPostings]
        var articleIDs: [String]
        var docLength: [Float]
    }

    /// The glossary's phrases as term ids, the same for every part: the terms they name are
    /// numbered first, in the table's order, so every part numbers them alike.
    struct PhraseIDs: @unchecked Sendable {
        var termIDs: [String: Int32] = [:]
        var terms: [String] = []
        /// Phrases by the id of their first term. Each phrase's concept and the concept's broader
        /// ones, all added where the phrase occurs.
        var byFirst: [Int32: [(ids: [Int32], concepts: [Int32])]] = [:]

        init(_ concepts: ConceptTable) {
            func intern(_ term: String) -> Int32 {
                if let id = termIDs[term] { return id }
                let id = Int32(terms.count)
                termIDs[term] = id
                terms.append(term)
                return id
            }
            for (first, list) in concepts.phrasesByFirst {
                let firstID = intern(first)
                byFirst[firstID] = list.map { phrase in
                    (ids: phrase.terms.map(intern), concepts: ([phrase.concept] + (concepts.ancestors[phrase.concept] ?? [])).map(intern))
                }
            }
        }
    }

    /// Indexing state kept between articles: the part's terms and postings, the word cache, and
    /// a dense scratch row of weights (no dictionary per article). A value owned by one part's
    /// worker, so nothing in the inner loop goes through a shared object.
    private struct Builder {
        let analyzer: TextAnalyzer
        var termIDs: [String: Int32]
        var lists: [CompactPostings]
        var articleIDs: [String] = []
        var docLength: [Float] = []
        /// Term id of each raw word seen so far (-1: a stop word), so each distinct word is analysed once.
        var words = WordTable()
        let phrases: [Int32: [(ids: [Int32], concepts: [Int32])]]
        /// Whether a term starts a phrase: avoids the phrase look-up for most terms.
        let startsPhrase: [Bool]
        var weights: [Float] = []
        var touched: [Int32] = []
        var ids: [Int32] = []

        init(phrases: PhraseIDs, analyzer: TextAnalyzer) {
            self.analyzer = analyzer
            termIDs = phrases.termIDs
            lists = Array(repeating: CompactPostings(), count: phrases.terms.count)
            self.phrases = phrases.byFirst
            var starts = Array(repeating: false, count: phrases.terms.count)
            for id in phrases.byFirst.keys { starts[Int(id)] = true }
            startsPhrase = starts
        }

        var part: Part { Part(termIDs: termIDs, lists: lists, articleIDs: articleIDs, docLength: docLength) }

        mutating func intern(_ term: String) -> Int32 {
            if let id = termIDs[term] { return id }
            let id = Int32(lists.count)
            termIDs[term] = id
            lists.append(CompactPostings())
            return id
        }

        mutating func add(_ article: Article) {
            let doc = Int32(articleIDs.count)
            articleIDs.append(article.id)
            var length: Float = 0
            field(article.question, Float(FieldWeight.question), &length)
            for tag in article.tags { field(tag, Float(FieldWeight.tags), &length) }
            field(article.specialty, Float(FieldWeight.specialty), &length)
            ArticleTexts.forEach(article) { text, part, _, _ in
                // The caregiver summary retells the lay one: counted once.
                guard part != .summaryCaregiver else { return }
                let w = (part == .summaryLay || part == .summaryClinical) ? FieldWeight.summary : FieldWeight.section
                field(text, Float(w), &length)
            }
            for ref in article.references { field(ref.title, Float(FieldWeight.references), &length) }
            for focus in article.focus { field(focus, Float(FieldWeight.question), &length) }
            // The kinds of question it answers, as terms no text can contain (see typeTerm).
            for type in article.questionTypes { bump(intern(SearchIndex.typeTerm(type)), Float(FieldWeight.question)) }
            for id in touched {
                lists[Int(id)].append(doc: doc, weight: weights[Int(id)])
                weights[Int(id)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            docLength.append(length)
        }

        mutating func field(_ text: String, _ w: Float, _ length: inout Float) {
            var buffer: [Int32] = []
            swap(&buffer, &ids) // fill the kept buffer in the closure without copying it
            buffer.removeAll(keepingCapacity: true)
            let analyzer = self.analyzer
            var words = WordTable()
            swap(&words, &self.words) // the same: the closure below also interns into self
            analyzer.forEachToken(TextAnalyzer.foldedBytes(text)) { word, isCompound in
                let id = words.id(word, compound: isCompound) { analyzer.analysed(word, isCompound: isCompound).map { intern($0) } ?? -1 }
                if id >= 0 { buffer.append(id) }
            }
            swap(&words, &self.words)
            swap(&buffer, &ids)
            var i = 0
            while i < ids.count {
                let id = ids[i]
                bump(id, w)
                length += w
                // A glossary phrase starting here adds its concept once; its words count as usual.
                if Int(id) < startsPhrase.count, startsPhrase[Int(id)], let list = phrases[id] {
                    for p in list where i + p.ids.count <= ids.count && ids[i..<(i + p.ids.count)].elementsEqual(p.ids) {
                        for concept in p.concepts { bump(concept, w) }
                        length += w
                        for k in 1..<p.ids.count { bump(ids[i + k], w); length += w }
                        i += p.ids.count - 1
                        break
                    }
                }
                i += 1
            }
        }

        mutating func bump(_ id: Int32, _ w: Float) {
            let i = Int(id)
            if i >= weights.count { weights.append(contentsOf: repeatElement(0, count: max(1024, i + 1 - weights.count))) }
            if weights[i] == 0 { touched.append(id) }
            weights[i] += w
        }
    }

    /// A question longer than this is cut (a paste of a whole page is not a question): analysis and
    /// typo correction stay fast whatever is typed.
    public static let maximumQueryLength = 2_000
    /// Words longer than this are looked up as they are, never corrected (no term is that long).
    static let longestCorrectedWord = 40

    /// Analyses a query: stop words out, synonyms in, typos corrected against the library's vocabulary.
    public func understand(_ text: String) -> Query {
        let words = analyzer.terms(text.utf8.count > Self.maximumQueryLength ? String(text.prefix(Self.maximumQueryLength)) : text)
        // Correct typos first, so a corrected word can complete a synonym phrase.
        var corrected: [String] = []
        var unknown: [String] = []
        let typedGroups = concepts.groups(words)
        for group in typedGroups {
            let conceptKnown = group.concept.map { ([$0] + (concepts.ancestors(of: $0) ?? [])).contains(where: occurs) } ?? false
            for w in group.words {
                if termID(w) != nil || conceptKnown { corrected.append(w); continue }
                if let fixed = correction(for: w) { corrected.append(fixed) } else { unknown.append(w) }
            }
        }
        var terms: [String] = []
        var units: [Unit] = []
        var seen = Set<String>()
        for group in concepts.groups(corrected) {
            // A concept and its broader ones (Aleve → naproxen → NSAID): whichever the library uses.
            let knownConcepts = group.concept.map { ([$0] + (concepts.ancestors(of: $0) ?? [])).filter(occurs) } ?? []
            if !knownConcepts.isEmpty {
                let known = group.words.filter { termID($0) != nil }
                for t in knownConcepts + known where seen.insert(t).inserted { terms.append(t) }
                units.append(Unit(terms: knownConcepts, isNumber: false, concept: group.concept))
            } else {
                for w in group.words where termID(w) != nil && seen.insert(w).inserted {
                    terms.append(w)
                    units.append(Unit(terms: [w], isNumber: w.first.map { $0.isNumber || $0 == "-" } ?? false))
                }
            }
        }
        // A hyphenated or slashed form is also analysed joined ("mild-moderate" → "mildmoderat",
        // "FLEX/HORIZON"): unknown joined, its parts speak for it.
        // (Parts are stemmed apart from the joined form, "days/month" → "day", "month", "daysmonth":
        // the joined form of the typed token is checked too.)
        let joinedTokens = text.split(whereSeparator: \.isWhitespace).filter { $0.contains("/") || $0.contains("-") }
            .map { String($0.filter { $0.isLetter || $0.isNumber }) }
        // (So is a lone letter joined to the next word, as "t score" is "T-score", where the library
        // knows no such compound: "vitamin d than" is not a word "dthan".)
        let lowered = text.lowercased()
        unknown.removeAll { word in
            joinedTokens.contains { analyzer.terms($0).contains(word) } ||
            word.count > 2 && word.first!.isLetter && (" " + lowered).contains(" \(word.prefix(1)) \(word.dropFirst())") ||
            words.indices.contains { start in
                var joined = ""
                for w in words[start...] where w != word {
                    joined += w
                    if joined == word { return true }
                    if !word.hasPrefix(joined) { return false }
                }
                return false
            }
        }
        return Query(terms: terms, unknown: unknown, units: units)
    }

    /// The known term one edit away (delete, insert, replace, swap) with the most documents.
    func correction(for term: String) -> String? {
        let bytes = Array(term.utf8)
        // Short words have too many neighbours ("measl" is one edit from "meal"): only longer ones.
        guard bytes.count >= 6, bytes.count <= Self.longestCorrectedWord,
              !bytes.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return characterCorrection(for: term) }
        // Folded terms are ASCII: edit bytes, and only at positions that keep the first letter
        // (a candidate must start like the typed word), so each candidate costs one look-up.
        var best: (String, Int)? = nil
        var candidate = bytes
        func consider() {
            guard candidate.count >= 5 else { return }
            let s = String(decoding: candidate, as: UTF8.self)
            if let id = termID(s) {
                let df = documentFrequency(Int(id))
                if best == nil || df > best!.1 { best = (s, df) }
            }
        }
        let n = bytes.count
        for i in 1..<n {
            candidate = bytes; candidate.remove(at: i); consider()                                     // deletion
            if i + 1 < n { candidate = bytes; candidate.swapAt(i, i + 1); consider() }                // transposition
            for l in UInt8(ascii: "a")...UInt8(ascii: "z") where l != bytes[i] { candidate = bytes; candidate[i] = l; consider() } // substitution
        }
        for i in 1...n { for l in UInt8(ascii: "a")...UInt8(ascii: "z") { candidate = bytes; candidate.insert(l, at: i); consider() } } // insertion
        return best?.0
    }

    /// The same rule for words outside ASCII, edited as characters.
    func characterCorrection(for term: String) -> String? {
        let chars = Array(term)
        // Short words have too many neighbours ("measl" is one edit from "meal"): only longer ones.
        guard chars.count >= 6, chars.count <= Self.longestCorrectedWord, !chars.contains(where: \.isNumber) else { return nil }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var best: (String, Int)? = nil
        func consider(_ candidate: [Character]) {
            let s = String(candidate)
            if candidate.count >= 5, candidate.first == chars.first, let id = termID(s) {
                let df = documentFrequency(Int(id))
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
    /// The share of the library's articles that use a term (0 for a term it has never seen).
    func articleShare(_ term: String) -> Double {
        guard let id = termID(term), count > 0 else { return 0 }
        return Double(documentFrequency(Int(id))) / Double(count)
    }

    public func idf(_ term: String) -> Double {
        guard let id = termID(term) else { return 0 }
        let df = Double(documentFrequency(Int(id))), n = Double(count)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// Ranks articles for a query. `boost` multiplies the score of chosen articles (context).
    /// Below this many postings a query is scored on one core; above, the documents are split
    /// between the cores (each scores and ranks its own range, then the short lists merge).
    static let parallelPostings = 150_000

    public func search(_ query: Query, limit: Int = 10, boost: [String: Double] = [:]) -> [Hit] {
        search(query, limit: limit, boost: boost, parts: nil)
    }

    /// `parts` forces the number of document ranges (tests compare them); nil decides by size.
    func search(_ query: Query, limit: Int, boost: [String: Double], parts forced: Int?) -> [Hit] {
        guard !query.terms.isEmpty, count > 0, limit > 0 else { return [] }
        var terms: [(id: Int, idf: Float)] = []
        var total = 0
        for term in query.terms {
            guard let id = termID(term) else { continue }
            terms.append((Int(id), Float(idf(term))))
            total += documentFrequency(Int(id))
        }
        let boosts: [(doc: Int, factor: Float)] = boost.compactMap { id, factor in documentNumber(id).map { ($0, Float(factor)) } }
        let typeIDs = query.typeTerms.map(termID)
        let n = count
        let parts = max(1, min(n, forced ?? (total >= Self.parallelPostings ? min(4, ProcessInfo.processInfo.activeProcessorCount) : 1)))
        var scores = [Float](repeating: 0, count: n)
        let tops = ResultSlots<[(doc: Int, score: Float)]>(count: parts)
        let scored = terms
        scores.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedScores(buffer: buffer)   // each part writes only its own range of documents
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let sums = shared.buffer
                let range = (part * n / parts)..<((part + 1) * n / parts)
                for (t, idf) in scored {
                    withPostings(t) { list in
                        // Postings are in document order: skip to this part's first document.
                        var i = parts == 1 ? 0 : Self.firstPosting(in: list, atOrAfter: range.lowerBound)
                        while i < list.count {
                            let p = list[i]
                            let d = Int(UInt32(bitPattern: p.doc)) // never negative, whatever a file held
                            if d >= range.upperBound { break }
                            sums[d] += idf * p.weight
                            i += 1
                        }
                    }
                }
                for (d, factor) in boosts where range.contains(d) && sums[d] > 0 { sums[d] *= factor }
                for (k, id) in typeIDs.enumerated() {
                    guard let id else { continue }
                    let factor = k == 0 ? Self.typeBoost : 1 + (Self.typeBoost - 1) / 2
                    withPostings(Int(id)) { list in
                        var i = parts == 1 ? 0 : Self.firstPosting(in: list, atOrAfter: range.lowerBound)
                        while i < list.count {
                            let d = Int(UInt32(bitPattern: list[i].doc))
                            if d >= range.upperBound { break }
                            if sums[d] > 0 { sums[d] *= factor }
                            i += 1
                        }
                    }
                }
                tops[part] = topDocuments(UnsafeBufferPointer(rebasing: sums[range]), offset: range.lowerBound, limit: limit)
            }
        }
        var top = tops.values.compactMap { $0 }.flatMap { $0 }
        top.sort { better($0, $1) }
        return top.prefix(limit).map { Hit(articleID: articleID($0.doc), score: Double($0.score)) }
    }

    /// The scores array, handed to the parts of a parallel search (disjoint ranges).
    struct SharedScores: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<Float> }

    /// Ties go to the smaller id; when documents are numbered in id order (the usual case) the
    /// numbers compare the same way, without comparing strings on every tie.
    func better(_ a: (doc: Int, score: Float), _ b: (doc: Int, score: Float)) -> Bool {
        a.score != b.score ? a.score > b.score : (idsAreSorted ? a.doc < b.doc : articleID(a.doc) < articleID(b.doc))
    }

    /// The best `limit` documents of a range of scores, kept in a small sorted list instead of
    /// sorting every match: most documents fall below the current k-th score at one comparison.
    func topDocuments(_ sums: UnsafeBufferPointer<Float>, offset: Int, limit: Int) -> [(doc: Int, score: Float)] {
        var top: [(doc: Int, score: Float)] = []
        top.reserveCapacity(limit + 1)
        var threshold: Float = 0
        for i in 0..<sums.count {
            let s = sums[i]
            guard s > 0, s >= threshold else { continue }
            let candidate = (doc: i + offset, score: s)
            if top.count == limit, let last = top.last, !better(candidate, last) { continue }
            let at = top.firstIndex { better(candidate, $0) } ?? top.count
            top.insert(candidate, at: at)
            if top.count > limit { top.removeLast() }
            if top.count == limit { threshold = top.last!.score }
        }
        return top
    }

    /// The index of the first posting for a document at or after `doc` (binary search).
    static func firstPosting(in list: UnsafeBufferPointer<Posting>, atOrAfter doc: Int) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(list[mid].doc) < doc { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    public func search(_ text: String, limit: Int = 10, boost: [String: Double] = [:]) -> [Hit] {
        search(interpret(text).query, limit: limit, boost: boost)
    }

    /// The glossary term a concept term stands for.
    func conceptName(_ concept: String) -> String? { concepts.name(of: concept) }

    /// A concept's broader concepts, all the way up (ibuprofen: NSAID, analgesic…).
    func conceptAncestors(_ concept: String) -> [String] { concepts.ancestors(of: concept) ?? [] }

    /// What a concept shows as: its glossary signs, and its broader entries' (among its ancestors).
    func conceptSigns(_ concept: String) -> [String] { concepts.signs(of: concept) ?? [] }

    /// All the names a concept is written with (its glossary entry's).
    func conceptSpellings(_ concept: String) -> [String]? { concepts.spellings(of: concept) }
    func conceptKind(_ concept: String) -> String? { concepts.kind(of: concept) }

    /// A reader's question as the library understands it: its type, focus and circumstances
    /// (`QuestionUnderstander`), and the query searched, which leaves the circumstances out and
    /// adds the question type, so an article answering the same kind of question ranks higher.
    /// `subject`: what the question is about when it names nothing itself (the article it was
    /// asked from, `FollowUpEngine.standingArticle`), searched with its words but not read for its type.
    public func interpret(_ text: String, subject: String? = nil) -> (understood: UnderstoodQuestion, query: Query) {
        let capped = text.utf8.count > Self.maximumQueryLength ? String(text.prefix(Self.maximumQueryLength)) : text
        let (types, constraints, searchText) = QuestionUnderstander.understand(capped)
        var query = understand(subject.map { searchText + " , " + $0 } ?? searchText)
        query.typeTerms = types.filter { $0 != .information }.map { Self.typeTerm($0.rawValue) }.filter(occurs)
        var focus: [String] = []
        for unit in query.units {
            if let c = unit.concept, let name = concepts.name(of: c) { focus.append(name) }
        }
        if focus.isEmpty {
            // No glossary concept: the rarest words stand for the topic.
            let words = query.units.filter { !$0.isNumber }.flatMap(\.terms).filter { !GeneralWords.contains($0) }
            focus = Array(words.sorted { idf($0) > idf($1) }.prefix(2))
        }
        let understood = UnderstoodQuestion(type: types[0].rawValue, types: types.map(\.rawValue), focus: focus.uniqued(),
                                            constraints: constraints, searchText: searchText.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        return (understood, query)
    }

    /// Analysed terms of a short text with concepts, for scoring sentences against a query.
    public func analyse(_ text: String) -> [String] { analyseWithNamed(text).all }

    /// A text analysed once two ways: with the concepts it names and their broader ones (as
    /// `analyse`), and with only the concepts it names itself (what it hears of a question).
    func analyseWithNamed(_ text: String) -> (all: [String], named: [String]) {
        analysisMemo.analysis(of: text) { concepts.expandedBothWays(analyzer.terms(text)) }
    }
}

/// Glossary names as analysed term sequences, each mapped to one concept term shared by all
/// of an entry's names: "DEXA", "DXA" and "bone density scan" all add the same concept.
struct ConceptTable: Sendable {
    typealias Phrase = (terms: [String], concept: String)
    /// A built table's phrases by their first term. A table read from a saved index keeps these
    /// four dictionaries empty and reads what a question needs from its file (`saved`; use the
    /// accessors below, which serve both).
    var phrasesByFirst: [String: [Phrase]] = [:]

    /// Each concept's broader concepts, all the way up (warfarin: vitamin K antagonist, anticoagulant).
    var ancestors: [String: [String]] = [:]
    /// The concepts among each concept's ancestors that it shows as (its glossary `signs`, and
    /// its broader entries'): unlike a broader kind, a sign asked about is heard where the
    /// condition is named ("peripheral neuropathy" hears "my feet have gone tingly").
    var signs: [String: [String]] = [:]
    /// Each concept's entry term, for saying what a question is about.
    var names: [String: String] = [:]
    /// How each concept is written: all names of the (first) glossary entry with its term, for
    /// finding it in an answer's sentences (`AnswerComposer`) without the glossary itself.
    var spellings: [String: [String]] = [:]
    /// What each concept names, where its entry says (`GlossaryEntry.kind`).
    var kinds: [String: String] = [:]
    /// The saved table this one reads from, where it lies; nil for a built table.
    var saved: SavedConceptTable? = nil

    init(glossary: [GlossaryEntry], analyzer: TextAnalyzer) {
        var conceptOfTerm: [String: String] = [:]
        var firstWithTerm: [String: Int] = [:] // as `glossary.first { $0.term == … }` finds it
        for (i, entry) in glossary.enumerated().reversed() { firstWithTerm[entry.term] = i }
        for (i, entry) in glossary.enumerated() {
            let concept = "§\(i)"
            names[concept] = entry.term
            spellings[concept] = glossary[firstWithTerm[entry.term] ?? i].names
            conceptOfTerm[entry.term.lowercased()] = concept
            if let kind = entry.kind { kinds[concept] = kind }
            for name in entry.names {
                let terms = analyzer.terms(name)
                guard let first = terms.first, Self.isDistinctive(name, terms) else { continue }
                phrasesByFirst[first, default: []].append((terms, concept))
            }
        }
        for key in phrasesByFirst.keys { phrasesByFirst[key]!.sort { $0.terms.count > $1.terms.count } }
        // Walk up the hierarchy once per entry (a cycle, which validate reports, stops the walk).
        // An entry's signs go with its broader concepts: a name of it also names what it shows
        // as, and so does a name of a narrower entry.
        for (i, entry) in glossary.enumerated() where !entry.broader.isEmpty || !entry.signs.isEmpty {
            var seen: Set<String> = ["§\(i)"], order: [String] = [], shownAs: [String] = []
            var queue = entry.broader.map { ($0, false) } + entry.signs.map { ($0, true) }
            while let (next, isSign) = queue.first {
                queue.removeFirst()
                guard let concept = conceptOfTerm[next.lowercased()], seen.insert(concept).inserted else { continue }
                order.append(concept)
                if isSign { shownAs.append(concept) }
                if let index = Int(concept.dropFirst()) { queue += glossary[index].broader.map { ($0, false) } + glossary[index].signs.map { ($0, true) } }
            }
            if !order.isEmpty { ancestors["§\(i)"] = order }
            if !shownAs.isEmpty { signs["§\(i)"] = shownAs }
        }
    }

    static func isConcept(_ term: String) -> Bool { term.hasPrefix("§") }

    /// The glossary phrases that start with `term`, longest first.
    func phrases(startingWith term: String) -> [Phrase]? {
        if let saved { return saved.phrases(startingWith: term) }
        return phrasesByFirst[term]
    }

    /// A concept's broader concepts, all the way up.
    func ancestors(of concept: String) -> [String]? {
        if let saved { return saved.ancestors(concept) }
        return ancestors[concept]
    }

    /// The concepts a concept shows as (among its ancestors).
    func signs(of concept: String) -> [String]? {
        if let saved { return saved.signs(concept) }
        return signs[concept]
    }

    /// A concept's entry term.
    func name(of concept: String) -> String? {
        if let saved { return saved.name(concept) }
        return names[concept]
    }

    /// All names of a concept's (first) glossary entry.
    func spellings(of concept: String) -> [String]? {
        if let saved { return saved.spellings(concept) }
        return spellings[concept]
    }

    /// What a concept names, where its entry says.
    func kind(of concept: String) -> String? {
        if let saved { return saved.kind(concept) }
        return kinds[concept]
    }

    var hasPhrases: Bool { saved.map { $0.groupCount > 0 } ?? !phrasesByFirst.isEmpty }

    /// The whole table in dictionaries (a saved one decoded whole: for building and comparing).
    var materialized: ConceptTable { saved?.whole() ?? self }

    /// Whether a glossary name can stand for its concept in text. Imported glossaries carry
    /// names that analyse down to an everyday word ("Hers disease" → disease, "AS syndrome" →
    /// syndrome, "C" for cocaine): such a name would turn every "disease" into that concept.
    static func isDistinctive(_ name: String, _ terms: [String]) -> Bool {
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
        if terms.count == 1 {
            let term = terms[0]
            if term.count < 2 || GeneralWords.contains(term) { return false }
            if words > 1 { return false } // a word of it was a stop word: what is left is too little
        }
        return true
    }

    /// A query or text split into units of meaning: a glossary phrase (with its concept) or a lone word.
    struct Group: Sendable { var words: [String]; var concept: String? }

    func groups(_ terms: [String]) -> [Group] {
        var out: [Group] = []
        var i = 0
        while i < terms.count {
            var matched: Group? = nil
            if let candidates = phrases(startingWith: terms[i]) {
                for c in candidates where i + c.terms.count <= terms.count && terms[i..<(i + c.terms.count)].elementsEqual(c.terms) {
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
    func expand(_ terms: [String], broader: Bool = true) -> [String] {
        guard hasPhrases else { return terms }
        var out: [String] = []
        out.reserveCapacity(terms.count + 8)
        forEachGroup(terms) { words, concept in
            out.append(contentsOf: words)
            if let c = concept {
                out.append(c)
                if broader { out.append(contentsOf: ancestors(of: c) ?? []) }
            }
        }
        return out
    }
}
