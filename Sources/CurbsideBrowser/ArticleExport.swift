import CurbsideCore
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
        let context = LayoutContext(width: width, audience: persona.audience, personaLabel: persona.label, glyphs: glyphs)
        let doc = ArticleLayout(library: library, glosser: glosser, context: context).document(for: article)
        return doc.lines.map { line in
            var t = SafeText.clean(line.text)
            while t.hasSuffix(" ") { t.removeLast() }
            return t
        }.joined(separator: "\n") + "\n"
    }

    /// The same page, with ANSI styles, for `--color always`.
    public func ansiText(_ article: Article, width: Int) -> String {
        let context = LayoutContext(width: width, audience: persona.audience, personaLabel: persona.label)
        let doc = ArticleLayout(library: library, glosser: glosser, context: context).document(for: article)
        return doc.lines.map { line in
            line.spans.map { span in
                let codes = ANSI.codes(for: span.style)
                let text = SafeText.clean(span.text)
                return codes.isEmpty ? text : "\u{1B}[\(codes)m\(text)\u{1B}[0m"
            }.joined()
        }.joined(separator: "\n") + "\n"
    }

    /// Text with lay glosses (in italics) and citations kept as written.
    func prose(_ raw: String, glossed: inout Set<Int>) -> String {
        let text = SafeText.clean(raw)
        guard persona.audience == .lay else { return text }
        return glosser.gloss(text, style: .plain, glossed: &glossed).map { span in
            span.style.role == .gloss ? " _" + span.text.trimmingCharacters(in: .whitespaces) + "_" : span.text
        }.joined()
    }

    public func markdown(_ article: Article) -> String {
        var md = "# \(SafeText.clean(article.question))\n\n"
        md += "*Reviewed by \(library.info.reviewedBy).*"
        if article.status != .approved { md += " **Educational purpose only — content pending review.**" }
        md += "\n\n"
        md += "Review status: " + ReviewStatus.allCases.map { $0 == article.status ? "**\($0.label)**" : $0.label }.joined(separator: " → ")
        md += "  \nLast updated: \(article.lastUpdated)  \nReading as: \(persona.label)\n\n"
        if let summary = article.summary.text(for: persona.audience) {
            var g = Set<Int>()
            md += "## \(persona.audience == .lay ? "In short" : "Summary")\n\n\(prose(summary, glossed: &g))\n\n"
        }
        let s = article.sections
        if let gl = s.guidelines, !gl.isEmpty {
            var g = Set<Int>()
            md += "## \(SectionTitles.guidelines)\n\n"
            for p in gl.paragraphs { md += prose(p, glossed: &g) + "\n\n" }
            if !gl.keyConsiderations.isEmpty {
                md += "**Key considerations:**\n\n" + gl.keyConsiderations.map { "- " + prose($0, glossed: &g) }.joined(separator: "\n") + "\n\n"
            }
        }
        if let dl = s.drugLabel, !dl.isEmpty {
            var g = Set<Int>()
            md += "## \(SectionTitles.drugLabel)\n\n"
            for p in dl.paragraphs { md += prose(p, glossed: &g) + "\n\n" }
            if !dl.covers.isEmpty { md += "**What the label covers:**\n\n" + dl.covers.map { "- " + prose($0, glossed: &g) }.joined(separator: "\n") + "\n\n" }
            if !dl.doesNotCover.isEmpty { md += "**What the label does not cover:**\n\n" + dl.doesNotCover.map { "- " + prose($0, glossed: &g) }.joined(separator: "\n") + "\n\n" }
        }
        if let r = s.research, !r.isEmpty {
            var g = Set<Int>()
            md += "## \(SectionTitles.research)\n\n"
            for group in r.groups {
                md += "### \(SafeText.clean(group.heading))\n\n" + group.bullets.map { "- " + prose($0, glossed: &g) }.joined(separator: "\n") + "\n\n"
            }
        }
        if let h = s.healthInformation, !h.isEmpty {
            var g = Set<Int>()
            md += "## \(SectionTitles.healthInformation)\n\n"
            for group in h.groups {
                md += "### \(SafeText.clean(group.heading))\n\n" + group.bullets.map { "- " + prose($0, glossed: &g) }.joined(separator: "\n") + "\n\n"
            }
        }
        if !article.references.isEmpty {
            md += "## References\n\n"
            for (i, ref) in article.references.enumerated() {
                md += "\(i + 1). \(ref.kind.label): \(SafeText.clean(ref.title)). *\(SafeText.clean(ref.source))*, \(ref.year)."
                if let pmid = ref.pmid { md += " PMID [\(pmid)](https://pubmed.ncbi.nlm.nih.gov/\(pmid)/)." }
                if let doi = ref.doi { md += " doi:\(doi)" }
                if let url = ref.url { md += " <\(url)>" }
                md += "\n"
            }
            md += "\n"
        }
        let related = article.related.compactMap { library.article($0) }
        if !related.isEmpty {
            md += "## Related questions\n\n" + related.map { "- \(SafeText.clean($0.question)) (`\($0.id)`)" }.joined(separator: "\n") + "\n\n"
        }
        if let d = library.pages[PolicyPage.disclaimerID] {
            md += "## \(d.title)\n\n" + d.paragraphs.map { SafeText.clean($0) }.joined(separator: "\n\n") + "\n"
        }
        return md
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
            summary: article.summary.text(for: persona.audience), sections: article.sections, references: article.references,
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
