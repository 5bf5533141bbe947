import CurbsideCore
import Foundation

/// What a page is laid out for: the width, the reader's audience and the glyphs the terminal can show.
public struct LayoutContext: Sendable {
    public var width: Int
    public var persona: Persona
    public var glyphs: Glyphs
    /// The widest text runs (the browser caps it; exports use the whole width).
    public var readingWidth: Int
    /// On screen, where keys work: pages may say which key does what, and terms open their
    /// definitions. Exports never mention keys and list the words used after each section.
    public var interactive: Bool

    public init(width: Int, persona: Persona, glyphs: Glyphs = .unicode, readingWidth: Int = .max, interactive: Bool = false) {
        self.width = width; self.persona = persona; self.glyphs = glyphs
        self.readingWidth = readingWidth; self.interactive = interactive
    }

    public var audience: Audience { persona.audience }
    public var personaLabel: String { persona.label }
    /// How the persona reads (from personas.json, with the audience's defaults).
    public var reading: PersonaReading { persona.view }
}

/// Lays out one article as the answer page: title, trust line, stepper, summary, evidence
/// sections, references, related questions, disclaimer and the follow-up prompt.
public struct ArticleLayout {
    let library: Library
    let glosser: Glosser?
    let context: LayoutContext

    public init(library: Library, glosser: Glosser, context: LayoutContext) {
        self.library = library
        self.glosser = context.reading.definitions == true ? glosser : nil
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
        let reading = context.reading
        if let summary = reading.summaryText(article.summary) {
            b.heading(context.audience == .lay ? SectionTitles.summaryLay : SectionTitles.summaryClinical)
            var marked = Set<Int>()
            b.paragraph(cited(summary, &b, &marked))
            wordsUsed(marked, &b)
        }
        let s = article.sections
        if let lead = reading.lead { leadBlock(lead, article, &b) }
        for name in reading.sectionOrder ?? PersonaReading.sectionNames {
            switch name {
            case "guidelines": guidelines(s.guidelines, &b)
            case "drugLabel": drugLabel(s.drugLabel, &b)
            case "research": groups(SectionTitles.research, s.research?.groups, &b)
            case "healthInformation": groups(SectionTitles.healthInformation, s.healthInformation?.groups, &b)
            default: break
            }
        }
        if reading.questionsToAsk == true, !article.questionsToAsk.isEmpty {
            b.heading(SectionTitles.questionsToAsk)
            for q in article.questionsToAsk { b.paragraph([Span(SafeText.clean(q))], first: "  \(g.bullet) ", rest: "    ") }
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

    func guidelines(_ gl: GuidelineSection?, _ b: inout DocumentBuilder) {
        guard let gl, !gl.isEmpty else { return }
        b.heading(SectionTitles.guidelines)
        var marked = Set<Int>()
        for p in gl.paragraphs { b.paragraph(cited(p, &b, &marked)); b.blank() }
        bulletList("Key considerations:", gl.keyConsiderations, &b, &marked)
        wordsUsed(marked, &b)
    }

    func drugLabel(_ dl: DrugLabelSection?, _ b: inout DocumentBuilder) {
        guard let dl, !dl.isEmpty else { return }
        b.heading(SectionTitles.drugLabel)
        var marked = Set<Int>()
        for p in dl.paragraphs { b.paragraph(cited(p, &b, &marked)); b.blank() }
        bulletList("What the label covers:", dl.covers, &b, &marked)
        if !dl.covers.isEmpty { b.blank() }
        bulletList("What the label does not cover:", dl.doesNotCover, &b, &marked)
        wordsUsed(marked, &b)
    }

    func groups(_ title: String, _ groups: [ResearchGroup]?, _ b: inout DocumentBuilder) {
        guard let groups, !groups.isEmpty else { return }
        b.heading(title)
        var marked = Set<Int>()
        for group in groups {
            b.blank()
            b.paragraph([Span(SafeText.clean(group.heading), TextStyle(.subheading, bold: true))])
            for k in group.bullets { bullet(k, &b, &marked) }
        }
        wordsUsed(marked, &b)
    }

    /// The sentences a persona looks for first (a physician's bottom line, a nurse's monitoring
    /// and teaching points), gathered from the evidence sections with their citations.
    func leadBlock(_ lead: PersonaReading.Lead, _ article: Article, _ b: inout DocumentBuilder) {
        let words = lead.words.map { $0.lowercased() }
        var picked: [String] = []
        for item in ArticleTexts.all(article) where ![.summaryLay, .summaryCaregiver, .summaryClinical].contains(item.part) {
            guard !item.path.contains("doesNotCover") else { continue }
            for sentence in Sentences.split(item.text) where !AnswerTest.cannotStandAlone(sentence) {
                let lower = sentence.lowercased()
                if words.contains(where: lower.contains), !picked.contains(sentence) { picked.append(sentence) }
            }
        }
        guard !picked.isEmpty else { return }
        b.heading(lead.title)
        var marked = Set<Int>()
        for sentence in picked.prefix(lead.limit ?? 5) { bullet(sentence, &b, &marked) }
    }

    /// In exports, the words marked in a section, each with its whole definition, after it.
    func wordsUsed(_ marked: Set<Int>, _ b: inout DocumentBuilder) {
        guard !context.interactive, let glosser, !marked.isEmpty else { return }
        b.blank()
        b.line([Span("Words used:", TextStyle(.subheading, bold: true))])
        for entry in marked.sorted(by: { glosser.matcher.entries[$0].term.lowercased() < glosser.matcher.entries[$1].term.lowercased() }) {
            let e = glosser.matcher.entries[entry]
            b.paragraph([Span(SafeText.clean(e.term), TextStyle(.gloss, bold: true)), Span(": " + SafeText.clean(e.definition))],
                        first: "  \(context.glyphs.bullet) ", rest: "    ")
        }
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
    func bulletList(_ title: String, _ items: [String], _ b: inout DocumentBuilder, _ marked: inout Set<Int>) {
        guard !items.isEmpty else { return }
        b.line([Span(title, TextStyle(.subheading, bold: true))])
        for item in items { bullet(item, &b, &marked) }
    }

    func bullet(_ text: String, _ b: inout DocumentBuilder, _ marked: inout Set<Int>) {
        b.paragraph(cited(text, &b, &marked), first: "  \(context.glyphs.bullet) ", rest: String(repeating: " ", count: 3 + DisplayWidth.of(context.glyphs.bullet)))
    }

    /// Text with its marked terms (which open their definitions), its emphasised sentences
    /// (the persona's facts of interest) and citation markers turned into links.
    func cited(_ raw: String, _ b: inout DocumentBuilder, _ marked: inout Set<Int>) -> [Span] {
        let text = SafeText.clean(raw)
        let emphasis = (context.reading.emphasis ?? []).map { $0.lowercased() }
        // Emphasis is by sentence: a dose or a warning stands out whole.
        var pieces: [(String, TextStyle)] = []
        if emphasis.isEmpty { pieces = [(text, .plain)] } else {
            let sentences = Sentences.split(text)
            for (i, sentence) in sentences.enumerated() {
                let lower = sentence.lowercased()
                pieces.append((sentence + (i < sentences.count - 1 ? " " : ""), emphasis.contains(where: lower.contains) ? TextStyle(.normal, bold: true) : .plain))
            }
        }
        var out: [Span] = []
        enum Link { case term(Int), citation([Int]) }
        for (piece, style) in pieces {
            var cursor = piece.startIndex
            var links: [(range: Range<String.Index>, link: Link)] = (glosser?.marks(in: piece, marked: &marked) ?? []).map { ($0.range, .term($0.entry)) }
            links += CitationMarkers.markers(in: piece).map { ($0.range, .citation($0.numbers)) }
            links.sort { $0.range.lowerBound < $1.range.lowerBound }
            for (range, link) in links where range.lowerBound >= cursor {
                out.append(Span(String(piece[cursor..<range.lowerBound]), style))
                switch link {
                case .term(let entry):
                    var termStyle = TextStyle(.gloss, bold: style.bold)
                    termStyle.underline = true
                    out.append(Span(String(piece[range]), termStyle, link: context.interactive ? b.newLink(.term(entry)) : nil))
                case .citation(let numbers):
                    for (k, n) in numbers.enumerated() {
                        if k > 0 { out.append(Span("", style)) }
                        out.append(Span("[\(n)]", TextStyle(.citation), link: b.newLink(.citation(n))))
                    }
                }
                cursor = range.upperBound
            }
            out.append(Span(String(piece[cursor...]), style))
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
