import Foundation

/// What the fuzzers drive: the code that meets untrusted bytes (library files, imported files,
/// typed questions, article text to lay out). Each entry must return normally for every input;
/// a crash, a trap or a broken invariant is a bug. Used by the libFuzzer target in Fuzz/ and by
/// the seeded mutation tests and regression replays in `swift test`.
public enum FuzzHarness {
    public enum Target: String, CaseIterable, Sendable {
        case loader, analyser, layout, savedIndex = "saved-index"
    }

    public static func run(_ target: Target, _ data: Data) {
        switch target {
        case .loader: loader(data)
        case .analyser: analyser(data)
        case .layout: layout(data)
        case .savedIndex: savedIndex(data)
        }
    }

    static let savedFile = engine.index.encoded(fingerprint: "fuzz")
    static let probes = ["dexa osteopenia", "bone density scan", "anaemia 34", "t-score", "scan of bone"]
    static let freshResults = probes.map { engine.index.search($0, limit: 5) }

    /// A saved index file damaged by the input: each 3 bytes are an offset and a value XORed in
    /// there; a first byte ≥ 0xF0 also cuts the file short. It must never crash, and when it is
    /// accepted at all it must answer exactly as the index it was saved from.
    public static func savedIndex(_ data: Data) {
        var file = [UInt8](savedFile)
        let edits = [UInt8](data)
        var i = 0
        while i + 2 < edits.count {
            let at = (Int(edits[i]) | Int(edits[i + 1]) << 8) % file.count
            file[at] ^= edits[i + 2]
            i += 3
        }
        if let first = edits.first, first >= 0xF0, edits.count >= 3 {
            file.removeLast((Int(edits[1]) | Int(edits[2]) << 8) % file.count)
        }
        guard let loaded = SearchIndex.load(bytes: Data(file), fingerprint: "fuzz", glossary: engine.library.glossary) else { return }
        // Blocks are checked when first read: an answer counts unless the file said it was damaged.
        for (probe, fresh) in zip(probes, freshResults) {
            let results = loaded.search(probe, limit: 5)
            precondition(loaded.isDamaged || results == fresh, "a damaged saved index was trusted and answered differently")
        }
    }

    /// Library and import files: decoding, the precise diagnosis of a bad file, and the importers' readers.
    public static func loader(_ data: Data) {
        if (try? JSONDecoder().decode(Article.self, from: data)) == nil {
            let problem = JSONDiagnosis.precheck(data, file: "fuzz.json")
                ?? JSONDiagnosis.problem(for: DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "fuzz")), in: data, file: "fuzz.json")
            precondition(!problem.description.isEmpty)
        }
        if let map = try? JSONSourceMap(bytes: Array(data)) {
            _ = map.position(of: "sections.research.groups[0].bullets[1]")
            _ = map.position(of: "references[3].title")
        }
        // The order-keeping JSON model every library rewrite goes through: what it writes reads back the same.
        if let document = JSONDocument.parse(data) {
            precondition(JSONDocument.parse(Data(document.text().utf8)) == document, "a rewrite does not read back")
            _ = ArticleSchema.unknownKeys(in: document)
        }
        _ = try? OpenFDAReader.read(data)
        if data.count < 64 * 1024 { _ = try? MedQuADReader.read(data) }
    }

    static let engine: FollowUpEngine = {
        let article = Article(
            id: "fuzz", question: "What is a DEXA scan for osteopenia?", specialty: "Bone health", tags: ["DXA"],
            status: .underReview, lastUpdated: "2026-01-01",
            summary: Summary(lay: "A DEXA scan measures bone density [1].", clinical: "DXA measures BMD; a T-score of −2.5 or lower is osteoporosis [1]."),
            sections: Sections(research: ResearchSection(groups: [ResearchGroup(heading: "Findings", bullets: ["Hct 34–35% is mild anaemia [1]."])])),
            references: [Reference(kind: .research, title: "A study", source: "A journal", year: 2020)])
        let library = Library(glossary: [GlossaryEntry(term: "DEXA", synonyms: ["DXA", "bone density scan"], definition: "A scan of bone strength.")],
                              articles: [article])
        return FollowUpEngine(library: library)
    }()

    /// A typed question: analysis, search, the composed answer, glossing, sentences and markers.
    public static func analyser(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        _ = TextAnalyzer().terms(text)
        let answer = engine.answer(text, from: data.first.map { $0 % 2 == 0 ? "fuzz" : "nowhere" }, audience: .lay)
        precondition(answer.answer.count <= 6)
        _ = Sentences.split(text)
        _ = CitationMarkers.numbers(in: text)
        _ = CitationMarkers.stripped(text)
        _ = Readability.fleschKincaidGrade(text)
        var marked = Set<Int>()
        let marks = Glosser(glossary: engine.library.glossary).marks(in: text, marked: &marked)
        // Marks never overlap and never repeat an entry within one text.
        precondition(zip(marks, marks.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
        precondition(Set(marks.map(\.entry)).count == marks.count)
        _ = MedQuADConversion.question(text)
    }

    /// Article text laid out at a width from the first byte: every line fits and holds no control code.
    public static func layout(_ data: Data) {
        guard let first = data.first else { return }
        let width = Int(first % 120)
        let text = String(decoding: data.dropFirst(), as: UTF8.self)
        let clean = SafeText.clean(text)
        precondition(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        let lines = Wrapper.wrap([Span(clean)], width: width, firstPrefix: Span("• "), restPrefix: Span("  "))
        if width >= 3 {
            for line in lines { precondition(DisplayWidth.of(line.text) <= width, "a wrapped line is wider than \(width)") }
        }
        precondition(DisplayWidth.of(Wrapper.truncate(clean, width: width)) <= max(width, 0))
        precondition(ASCIIText.transliterate(clean).unicodeScalars.allSatisfy(\.isASCII), "non-ASCII left for a C-locale terminal")
        _ = MedQuADConversion.groups(of: text, defaultHeading: "Fuzz")
        _ = OpenFDAReader.stripHeading(text, key: "indications_and_usage")
    }
}
