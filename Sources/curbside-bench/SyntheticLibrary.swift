import CurbsideCore
import Foundation

/// Writes synthetic libraries of realistic size and vocabulary, built from the bundled
/// library's own words and glossary so term statistics look like real medical text.
struct SyntheticLibrary {
    let source: Library
    /// Words of the bundled articles, with repeats (so sampling follows their real frequency).
    let words: [String]
    let terms: [String]
    let specialties: [String]

    init(source: Library) {
        self.source = source
        var w: [String] = []
        for a in source.articles {
            for item in ArticleTexts.all(a) {
                w += CitationMarkers.stripped(item.text).split(separator: " ").map(String.init).filter { !$0.isEmpty }
            }
        }
        words = w
        terms = source.glossary.flatMap(\.names)
        specialties = Array(Set(source.articles.map(\.specialty))).sorted()
    }

    func sentence(_ rng: inout SeededRandom, length: Int) -> String {
        var parts: [String] = []
        for i in 0..<length {
            // About one word in eight is a glossary term or abbreviation.
            if i % 8 == 3 { parts.append(terms.randomElement(using: &rng)!) } else { parts.append(words.randomElement(using: &rng)!) }
        }
        var s = parts.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
        if let f = s.first { s = f.uppercased() + s.dropFirst() }
        return s + " [\(Int.random(in: 1...3, using: &rng))]."
    }

    func article(_ n: Int, total: Int, rng: inout SeededRandom) -> Article {
        let id = String(format: "synthetic-%06d", n)
        let question = "What about " + (0..<Int.random(in: 5...10, using: &rng)).map { i in
            i % 3 == 0 ? terms.randomElement(using: &rng)! : words.randomElement(using: &rng)!
        }.joined(separator: " ") + "?"
        func paragraph(_ sentences: Int) -> String { (0..<sentences).map { _ in sentence(&rng, length: Int.random(in: 12...22, using: &rng)) }.joined(separator: " ") }
        // About 600 words: summaries, guideline prose and bullets, label text and research bullets.
        let a = Article(
            id: id, question: question, specialty: specialties.randomElement(using: &rng)!,
            tags: (0..<4).map { _ in terms.randomElement(using: &rng)! },
            status: [.submitted, .underReview, .approved].randomElement(using: &rng)!, lastUpdated: "2026-01-15",
            summary: Summary(lay: paragraph(3), clinical: paragraph(3)),
            sections: Sections(
                guidelines: GuidelineSection(paragraphs: [paragraph(4), paragraph(3)], keyConsiderations: (0..<4).map { _ in sentence(&rng, length: 14) }),
                drugLabel: DrugLabelSection(paragraphs: [paragraph(2)], covers: [sentence(&rng, length: 10)], doesNotCover: [sentence(&rng, length: 10)]),
                research: ResearchSection(groups: (0..<2).map { g in ResearchGroup(heading: "Findings \(g + 1)", bullets: (0..<3).map { _ in sentence(&rng, length: 18) }) })
            ),
            references: (0..<3).map { i in Reference(kind: [.guideline, .research, .drugLabel][i], title: paragraph(1), source: "Synthetic Journal", year: 2020) },
            related: (0..<4).map { _ in String(format: "synthetic-%06d", Int.random(in: 0..<total, using: &rng)) }.filter { $0 != id }
        )
        return a
    }

    /// Writes `count` articles plus the bundled library's personas, glossary and pages.
    func write(count: Int, to dir: URL, progress: (Int) -> Void) throws {
        let fm = FileManager.default
        try? fm.removeItem(at: dir)
        try fm.createDirectory(at: dir.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("pages"), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        try encoder.encode(LibraryInfo(title: "Synthetic \(count)", reviewedBy: "nobody (synthetic)")).write(to: dir.appendingPathComponent("library.json"))
        try encoder.encode(["personas": source.personas]).write(to: dir.appendingPathComponent("personas.json"))
        try encoder.encode(["entries": source.glossary]).write(to: dir.appendingPathComponent("glossary.json"))
        for page in source.pages.values { try encoder.encode(page).write(to: dir.appendingPathComponent("pages/\(page.id).json")) }
        var rng = SeededRandom(seed: 42)
        for n in 0..<count {
            let a = article(n, total: count, rng: &rng)
            try encoder.encode(a).write(to: dir.appendingPathComponent("articles/\(a.id).json"))
            if n % 1000 == 0 { progress(n) }
        }
        try Data("\(count)\n".utf8).write(to: dir.appendingPathComponent(".complete"))
    }

    /// A fixed set of queries shaped like readers' questions over a synthetic library.
    static func queries(for library: Library, count: Int) -> [String] {
        var rng = SeededRandom(seed: 7)
        var out: [String] = []
        // By id: the same queries from an outline (display order) or a full library (id order).
        let order = library.articles.indices.sorted { library.articles[$0].id < library.articles[$1].id }
        guard !order.isEmpty else { return [] }
        while out.count < count {
            let a = library.articles[order.randomElement(using: &rng)!]
            let words = a.question.dropFirst("What about ".count).dropLast().split(separator: " ").map(String.init)
            switch out.count % 4 {
            case 0: out.append(words.prefix(4).joined(separator: " "))                            // a few title words
            case 1: out.append("what is " + words.shuffled(using: &rng).prefix(3).joined(separator: " ")) // reordered, with stop words
            case 2:                                                                                 // a typo in a longer word
                var w = words.shuffled(using: &rng).prefix(3).map { $0 }
                if let i = w.firstIndex(where: { $0.count >= 7 }) { var c = Array(w[i]); c.swapAt(2, 3); w[i] = String(c) }
                out.append(w.joined(separator: " "))
            default: out.append(a.tags.prefix(2).joined(separator: " ") + " treatment risk")          // abbreviations and common words
            }
        }
        return out
    }
}
