import CurbsideCore
import CurbsidePatterns
import Foundation

/// An article as plain text, Markdown or JSON, tailored to a persona like the browser shows it:
/// for pipes, files and screen readers.
public struct ArticleExport {
    let library: Library
    let persona: Persona
    let glosser: Glosser

    public init(library: Library, persona: Persona) {
        self.library = library
        self.persona = persona
        glosser = Glosser(glossary: library.glossary)
    }

    /// The browser's page, as lines of text wrapped to `width`.
    public func text(_ article: Article, width: Int, glyphs: Glyphs = .unicode) -> String {
        let context = LayoutContext(width: width, persona: persona, glyphs: glyphs)
        let doc = ArticleLayout(library: library, glosser: glosser, context: context).document(for: article)
        return doc.lines.map { line in
            var t = SafeText.clean(line.text)
            while t.hasSuffix(" ") { t.removeLast() }
            return t
        }.joined(separator: "\n") + "\n"
    }

    /// The same page, with ANSI styles, for `--color always`.
    public func ansiText(_ article: Article, width: Int) -> String {
        let context = LayoutContext(width: width, persona: persona)
        let doc = ArticleLayout(library: library, glosser: glosser, context: context).document(for: article)
        return doc.lines.map { line in
            line.spans.map { span in
                let codes = ANSI.codes(for: span.style)
                let text = SafeText.clean(span.text)
                return codes.isEmpty ? text : "\u{1B}[\(codes)m\(text)\u{1B}[0m"
            }.joined()
        }.joined(separator: "\n") + "\n"
    }

    /// The same page as Markdown, made from the blocks of the one layout (not a second one):
    /// headings, bullets, numbered references; glosses in italics, related questions with their ids.
    public func markdown(_ article: Article) -> String {
        let context = LayoutContext(width: 10_000, persona: persona)
        let doc = ArticleLayout(library: library, glosser: glosser, context: context).document(for: article)
        var md = ""
        var previousWasItem = false
        for (i, block) in doc.blocks.enumerated() {
            var text = block.spans.map { span -> String in
                let t = SafeText.clean(span.text)
                if span.style.role == .gloss { return " _" + t.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "()"))) + "_" }
                if let link = span.link, case .article(let id) = doc.links[link].target { return "\(t) (`\(id)`)" }
                return t
            }.joined()
            text = Self.linkingPMIDs(text)
            let prefix = block.prefix.trimmingCharacters(in: .whitespaces)
            let isItem = !prefix.isEmpty
            if i > 0 && !(isItem && previousWasItem) { md += "\n" }
            if block.kind == .heading { md += "## \(text)\n" }
            else if i == 0 { md += "# \(text)\n" }
            else if let n = Self.referenceNumber(prefix) { md += "\(n). \(text)\n" }
            else if isItem { md += "- \(text)\n" }
            else if block.spans.count == 1, block.spans[0].style.role == .subheading { md += "**\(text)**\n" }
            else { md += text + "\n" }
            previousWasItem = isItem
        }
        return md
    }

    static func referenceNumber(_ prefix: String) -> Int? {
        guard prefix.hasPrefix("["), prefix.hasSuffix("]") else { return nil }
        return Int(prefix.dropFirst().dropLast())
    }

    static let pmidPattern = try! TextPattern(#"PMID [0-9]+"#)

    /// "PMID 12345." becomes a link to PubMed.
    static func linkingPMIDs(_ text: String) -> String {
        guard let m = pmidPattern.firstMatch(in: text), let r = Range(m.range, in: text) else { return text }
        let pmid = text[r].dropFirst(5)
        return text.replacingCharacters(in: r, with: "PMID [\(pmid)](https://pubmed.ncbi.nlm.nih.gov/\(pmid)/)")
    }

    /// The article as JSON: the library's own fields plus what the persona sees.
    public struct JSONView: Encodable {
        var id: String
        var question: String
        var specialty: String
        var status: ReviewStatus
        var lastUpdated: String
        var persona: String
        var audience: Audience
        var summary: String?
        var sections: Sections
        var references: [Reference]
        var related: [RelatedView]
        struct RelatedView: Encodable { var id: String; var question: String }
    }

    public func json(_ article: Article) throws -> String {
        let view = JSONView(
            id: article.id, question: article.question, specialty: article.specialty, status: article.status,
            lastUpdated: article.lastUpdated, persona: persona.id, audience: persona.audience,
            summary: persona.view.summaryText(article.summary), sections: article.sections, references: article.references,
            related: article.related.compactMap { library.article($0) }.map { JSONView.RelatedView(id: $0.id, question: $0.question) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(view), as: UTF8.self) + "\n"
    }
}

/// SGR codes for a style, used only when colour output is asked for.
enum ANSI {
    static func codes(for style: TextStyle) -> String {
        var c: [String] = []
        if style.bold { c.append("1") }
        if style.underline { c.append("4") }
        if style.reverse { c.append("7") }
        switch style.role {
        case .title, .citation, .subheading: c.append("36")
        case .heading, .warning: c.append("33")
        case .link: c.append("34")
        case .gloss: c.append("32")
        case .dim: c.append("2")
        case .error: c.append("31")
        case .accent: c.append("35")
        default: break
        }
        return c.joined(separator: ";")
    }
}
