import CurbsideCore
import Foundation

/// What a page is laid out for: the width, the reader's audience and the glyphs the terminal can show.
public struct LayoutContext: Sendable {
    public var width: Int
    public var audience: Audience
    public var personaLabel: String
    public var glyphs: Glyphs
    /// The widest text runs (the browser caps it; exports use the whole width).
    public var readingWidth: Int
    /// On screen, where keys work: pages may say which key does what. Exports never do.
    public var interactive: Bool

    public init(width: Int, audience: Audience, personaLabel: String, glyphs: Glyphs = .unicode,
                readingWidth: Int = .max, interactive: Bool = false) {
        self.width = width; self.audience = audience; self.personaLabel = personaLabel; self.glyphs = glyphs
        self.readingWidth = readingWidth; self.interactive = interactive
    }
}

/// Lays out one article as the answer page: title, trust line, stepper, summary, evidence
/// sections, references, related questions, disclaimer and the follow-up prompt.
public struct ArticleLayout {
    let library: Library
    let glosser: Glosser?
    let context: LayoutContext

    public init(library: Library, glosser: Glosser, context: LayoutContext) {
        self.library = library
        self.glosser = context.audience == .lay ? glosser : nil
        self.context = context
    }

    public func document(for article: Article) -> Document {
        let g = context.glyphs
        var b = DocumentBuilder(title: SafeText.clean(article.question), width: context.width, asciiOnly: context.glyphs == .ascii,
                                readingWidth: context.readingWidth)
        let title = SafeText.clean(article.question)
        let updated = Self.displayDate(article.lastUpdated)
        b.setCompactHeader([Span(title, TextStyle(.status, bold: true)), Span(" \(g.bullet) \(g.statusMark(article.status)) \(article.status.label) \(g.bullet) \(updated)", TextStyle(.status))])
        b.paragraph([Span(title, TextStyle(.title, bold: true))])
        b.blank()
        b.line(stepper(article.status) + [Span(" \(g.bullet) Updated \(updated)", TextStyle(.dim))])
        // Who reviewed it is said only of approved content; anything else is plainly not reviewed yet.
        let reviewer = SafeText.clean(library.info.reviewedBy)
        if article.status == .approved {
            b.line([Span("Reviewed and approved by \(reviewer).", TextStyle(.dim))])
        } else {
            b.line([Span("\(g.warning) Educational purpose only \(g.bullet) not yet approved by \(reviewer)", TextStyle(.warning, bold: true))])
        }
        var about = [Span("Reading as \(context.personaLabel)\(context.interactive ? " (p to change)" : "")", TextStyle(.dim))]
        if library.pages[PolicyPage.editorialPolicyID] != nil {
            about.append(Span(" \(g.bullet) ", TextStyle(.dim)))
            about.append(Span("Editorial policy", TextStyle(.link, underline: true), link: b.newLink(.page(PolicyPage.editorialPolicyID))))
        }
        b.line(about)

        if library.isOutline && article.status != .submitted && article.sections.isEmpty {
            b.heading("Loading")
            b.paragraph([Span("The full article is still loading; it appears here in a moment.", TextStyle(.dim))])
            return b.build()
        }
        if let summary = article.summary.text(for: context.audience) {
            b.heading(context.audience == .lay ? SectionTitles.summaryLay : SectionTitles.summaryClinical)
            var glossed = Set<Int>()
            b.paragraph(cited(summary, &b, &glossed))
        }
        let s = article.sections
        if let gl = s.guidelines, !gl.isEmpty {
            b.heading(SectionTitles.guidelines)
            var glossed = Set<Int>()
            for p in gl.paragraphs { b.paragraph(cited(p, &b, &glossed)); b.blank() }
            bulletList("Key considerations:", gl.keyConsiderations, &b, &glossed)
        }
        if let dl = s.drugLabel, !dl.isEmpty {
            b.heading(SectionTitles.drugLabel)
            var glossed = Set<Int>()
            for p in dl.paragraphs { b.paragraph(cited(p, &b, &glossed)); b.blank() }
            bulletList("What the label covers:", dl.covers, &b, &glossed)
            if !dl.covers.isEmpty { b.blank() }
            bulletList("What the label does not cover:", dl.doesNotCover, &b, &glossed)
        }
        if let r = s.research, !r.isEmpty {
            b.heading(SectionTitles.research)
            var glossed = Set<Int>()
            for group in r.groups {
                b.blank()
                b.paragraph([Span(SafeText.clean(group.heading), TextStyle(.subheading, bold: true))])
                for k in group.bullets { bullet(k, &b, &glossed) }
            }
        }
        if let h = s.healthInformation, !h.isEmpty {
            b.heading(SectionTitles.healthInformation)
            var glossed = Set<Int>()
            for group in h.groups {
                b.blank()
                b.paragraph([Span(SafeText.clean(group.heading), TextStyle(.subheading, bold: true))])
                for k in group.bullets { bullet(k, &b, &glossed) }
            }
        }
        if article.status == .submitted && s.isEmpty {
            b.heading("Not answered yet")
            b.paragraph([Span("A reader submitted this question. The editors have not written an answer yet.", TextStyle(.dim))])
            if let sub = article.submission {
                var line = "Submitted on \(Self.displayDate(String(sub.submittedAt.prefix(10))))"
                if let from = sub.askedFrom, let origin = library.article(from) { line += " while reading: \(origin.question)" }
                b.paragraph([Span(SafeText.clean(line), TextStyle(.dim))])
            }
        }
        if !article.references.isEmpty {
            b.heading(SectionTitles.references)
            for (i, ref) in article.references.enumerated() {
                b.markReference(i + 1)
                var text = "\(ref.kind.label) \(g.bullet) \(ref.title). \(ref.source), \(ref.year)."
                if let pmid = ref.pmid { text += " PMID \(pmid)." }
                if let doi = ref.doi { text += " doi:\(doi)" }
                if let url = ref.url, ref.pmid == nil, ref.doi == nil { text += " \(url)" }
                let label = "[\(i + 1)] "
                b.paragraph([Span(SafeText.clean(text))], first: label, rest: String(repeating: " ", count: label.count), prefixStyle: TextStyle(.citation, bold: true))
            }
        }
        if !article.related.isEmpty {
            b.heading(SectionTitles.related)
            // A related id the library lacks stays a link, to the "Not found" page that says so,
            // rather than vanishing: the reader and the editor both learn that it is missing.
            for id in article.related {
                let link = b.newLink(.article(id))
                let text = library.article(id).map { SafeText.clean($0.question) } ?? "Missing question ‘\(SafeText.clean(id))’ (not in this library)"
                b.paragraph([Span(text, TextStyle(.link), link: link)], first: "\(g.arrow) ", rest: "   ", prefixStyle: TextStyle(.link))
            }
        }
        if let disclaimer = library.pages[PolicyPage.disclaimerID] {
            b.heading(SafeText.clean(disclaimer.title))
            for p in disclaimer.paragraphs { b.paragraph([Span(SafeText.clean(p), TextStyle(.dim))]); b.blank() }
            b.line([Span("Privacy: what Curbside keeps about you, and how to forget it\(context.interactive ? " (press P)" : "")", TextStyle(.link, underline: true),
                         link: b.newLink(.page(PolicyPage.privacyID)))])
        }
        b.heading(SectionTitles.followUp)
        let ask = b.newLink(.followUpPrompt)
        b.line([Span("Ask the library\(context.interactive ? " (press f)" : "")", TextStyle(.link, underline: true), link: ask)])
        return b.build()
    }

    /// Submitted → Under review → Approved, the current step highlighted.
    func stepper(_ status: ReviewStatus) -> [Span] {
        let g = context.glyphs
        var spans: [Span] = [Span("Review: ", TextStyle(.dim))]
        let all = ReviewStatus.allCases
        let current = all.firstIndex(of: status)!
        for (i, step) in all.enumerated() {
            if i > 0 { spans.append(Span(" \(g.stepLine) ", TextStyle(.dim))) }
            if i < current { spans.append(Span("\(g.done) \(step.label)", TextStyle(.dim))) }
            else if i == current { spans.append(Span("\(g.current) \(step.label)", TextStyle(.accent, bold: true, reverse: true))) }
            else { spans.append(Span("\(g.pending) \(step.label)", TextStyle(.dim))) }
        }
        return spans
    }

    /// A sub-heading and its bullets; nothing when there are no bullets.
    func bulletList(_ title: String, _ items: [String], _ b: inout DocumentBuilder, _ glossed: inout Set<Int>) {
        guard !items.isEmpty else { return }
        b.line([Span(title, TextStyle(.subheading, bold: true))])
        for item in items { bullet(item, &b, &glossed) }
    }

    func bullet(_ text: String, _ b: inout DocumentBuilder, _ glossed: inout Set<Int>) {
        b.paragraph(cited(text, &b, &glossed), first: "  \(context.glyphs.bullet) ", rest: String(repeating: " ", count: 3 + DisplayWidth.of(context.glyphs.bullet)))
    }

    /// Text with glosses (lay readers) and citation markers turned into links.
    func cited(_ raw: String, _ b: inout DocumentBuilder, _ glossed: inout Set<Int>) -> [Span] {
        let text = SafeText.clean(raw)
        let base = glosser?.gloss(text, style: .plain, glossed: &glossed) ?? [Span(text)]
        var out: [Span] = []
        for span in base {
            guard span.style == .plain else { out.append(span); continue }
            var cursor = span.text.startIndex
            for marker in CitationMarkers.markers(in: span.text) {
                out.append(Span(String(span.text[cursor..<marker.range.lowerBound]), span.style))
                for (k, n) in marker.numbers.enumerated() {
                    if k > 0 { out.append(Span("", span.style)) }
                    out.append(Span("[\(n)]", TextStyle(.citation), link: b.newLink(.citation(n))))
                }
                cursor = marker.range.upperBound
            }
            out.append(Span(String(span.text[cursor...]), span.style))
        }
        return out.filter { !$0.text.isEmpty }
    }

    /// "2025-05-14" as "14 May 2025"; anything else as written.
    static func displayDate(_ day: String) -> String {
        let parts = day.split(separator: "-")
        guard LibraryValidator.parseDay(day) != nil, parts.count == 3, let m = Int(parts[1]), let d = Int(parts[2]) else { return day }
        // Formatted by hand: a DateFormatter costs milliseconds to create, and this runs on every layout.
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(d) \(months[m - 1]) \(parts[0])"
    }
}
