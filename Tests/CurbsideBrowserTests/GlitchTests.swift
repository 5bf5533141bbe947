import CurbsideCore
import Foundation
import Testing
@testable import CurbsideBrowser

/// Each glitch a new user met in the first round, pinned so it cannot come back.
@Suite struct GlitchTests {
    static let bundled: Library = JSONFileRepository(
        directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Data").standardizedFileURL).load()

    static let sixPersonas: [Persona] = ["Patient", "Caregiver", "Nurse", "Physician", "Pharmacist", "Student"].enumerated().map { i, label in
        Persona(id: label.lowercased(), label: label, description: "Choose this if you read as a \(label.lowercased()) and want the text written for one.",
                audience: i < 2 ? .lay : .clinical)
    }

    /// "…disposition [1]" / ". The National…": punctuation after a citation never starts a line.
    @Test func punctuationNeverStartsALine() {
        for article in Self.bundled.articles {
            for persona in Persona.defaults {
                for width in [40, 60, 80, 100] {
                    let text = ArticleExport(library: Self.bundled, persona: persona).text(article, width: width)
                    for line in text.split(separator: "\n") {
                        let trimmed = line.trimmingCharacters(in: .whitespaces)
                        #expect(!(trimmed.first.map { ".,;:)".contains($0) } ?? false), "\(article.id) \(persona.id) \(width): \(line)")
                    }
                }
            }
        }
        // Across spans, the word and its punctuation stay together; a space before ";" never appears.
        let spans = [Span("reduced fractures (HR 0.63)"), Span("[4]", TextStyle(.citation)), Span("; 15 women treated to prevent one")]
        for width in 10...40 {
            let lines = Wrapper.wrap(spans, width: width).map(\.text)
            #expect(lines.allSatisfy { !$0.hasPrefix(";") && !$0.contains(" ;") }, "\(width): \(lines)")
        }
    }

    /// A long URL breaks after a slash or other separator, not at any character ("https:/" / "/api…").
    @Test func longURLsBreakAtSeparators() {
        let url = "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=14e931fd-2c5f-4d90-b7db-5980706f4a56"
        for width in 30...90 {
            let lines = Wrapper.wrap([Span("See the label. " + url)], width: width).map(\.text)
            #expect(lines.joined().contains(url), "\(width): a character of the URL was lost")
            for line in lines.dropLast() where line.contains("dailymed") || line.contains("setid") || line.hasPrefix("https") {
                #expect("/-?&=_.".contains(line.last!) || line.hasSuffix("label."), "\(width): broke mid-token: \(lines)")
            }
        }
    }

    /// The help overlay fits its box: no help text cut off with "…" at the right edge.
    @Test func helpOverlayCutsNothing() {
        for (w, h) in [(60, 40), (80, 50), (100, 60), (200, 60)] {
            var s = BrowserFixture.state(width: w, height: h)
            _ = s.follow(.article("dexa"))
            _ = s.handle(.char("?"))
            let box = s.render().lines.dropLast().joined(separator: "\n")
            #expect(!box.contains("…"), "\(w)x\(h)")
            let text = box
            #expect(text.contains("Ctrl-D"), "\(w)x\(h)")
        }
    }

    /// At 80 columns the status line holds whole hints and the count, never "q qu… 43 shown".
    @Test func footerHintsAreWholeAndApartFromTheCount() {
        for width in [40, 60, 80, 100] {
            let s = BrowserState(library: Self.bundled, width: width, height: 24, persona: Persona.defaults[0])
            let status = s.render().lines.last!
            #expect(!status.contains("…"), "\(width): \(status)")
            #expect(status.hasSuffix("\(s.libraryScreen.shownCount) shown"), "\(width): \(status)")
            #expect(status.contains("   \(s.libraryScreen.shownCount) shown"), "the hints and the count are apart at \(width): \(status)")
        }
    }

    /// Six personas at 60×20: every one reachable, and a cue says when some are out of sight.
    @Test func pickerScrollsWithACueAtSmallHeights() {
        var library = BrowserFixture.library
        library.personas = Self.sixPersonas
        for (w, h) in [(60, 20), (80, 24), (60, 12), (40, 8)] {
            var s = BrowserState(library: library, width: w, height: h, persona: nil)
            var seen = Set<String>()
            for _ in 0..<6 {
                let text = s.render().text
                for p in Self.sixPersonas where text.contains(p.label) { seen.insert(p.label) }
                let visible = Self.sixPersonas.filter { text.contains(". \($0.label)") }
                if visible.count < 6 { #expect(text.contains("more below") || text.contains("more above"), "\(w)x\(h): no cue\n\(text)") }
                _ = s.handle(.down)
            }
            #expect(seen.count == 6, "\(w)x\(h): reached \(seen.sorted())")
            #expect(s.render().text.contains("Student"))
        }
    }

    /// Content pending review never says "Reviewed by" just above it.
    @Test func theHeaderDoesNotCallUnreviewedContentReviewed() {
        let s = BrowserFixture.state()
        var t = s
        _ = t.follow(.article("dexa"))
        let underReview = t.render().text
        #expect(!underReview.contains("Reviewed by"))
        #expect(underReview.contains("not yet approved by Fixture editors"))
        _ = t.follow(.article("manage"))
        #expect(t.render().text.contains("Reviewed and approved by Fixture editors."))
    }

    /// A submitted question shows its date as a date, not "2026-12-01T14:04:51Z".
    @Test func aSubmittedQuestionShowsAReadableDate() {
        var library = BrowserFixture.library
        library.upsert(Article(id: "submitted-1", question: "Can I take ibuprofen with it?", specialty: "Submitted", status: .submitted,
                               lastUpdated: "2026-12-01", submission: Submission(askedFrom: "dexa", persona: "patient", submittedAt: "2026-12-01T14:04:51Z")))
        var s = BrowserState(library: library, width: 80, height: 24, persona: BrowserFixture.personas[0])
        _ = s.follow(.article("submitted-1"))
        let text = s.render().text
        #expect(text.contains("Submitted on 1 December 2026"))
        #expect(!text.contains("T14:04"))
    }

    /// Exports never tell the reader to press keys.
    @Test func exportsDoNotMentionKeys() {
        for article in Self.bundled.articles.prefix(10) {
            let text = ArticleExport(library: Self.bundled, persona: Persona.defaults[0]).text(article, width: 80)
            #expect(!text.contains("(p to change)") && !text.contains("(press f)") && !text.contains("(press P)"), "\(article.id)")
        }
    }

    /// The library list: one column of status, read and bookmarked marks, full titles at 60
    /// columns, and the cursor on the first answered question (not a reader's submission).
    @Test func libraryRowsAreCompactAndStartOnAnAnsweredQuestion() {
        var library = BrowserFixture.library
        library.upsert(Article(id: "aaa-submitted", question: "A question nobody answered yet", specialty: "Bone health", status: .submitted, lastUpdated: "2026-12-01"))
        var s = BrowserState(library: library, width: 60, height: 24, persona: BrowserFixture.personas[0], bookmarks: ["manage"], visited: ["dexa"])
        let selected = s.libraryScreen.selectedID!
        #expect(library.article(selected)!.status != .submitted)
        // The first group's header stays in view above it.
        #expect(s.render().lines[2].hasPrefix(" Bone health"))
        let lines = s.render().lines
        let manage = lines.first { $0.contains("How is osteopenia managed?") }!
        #expect(manage.contains("● ★ How is osteopenia managed?"))
        #expect(lines.contains { $0.contains("◐ · What if my DEXA scan is worse?") })
        #expect(!lines.joined().contains("Under review"))
        _ = s.handle(.char("?"))
        #expect(s.render().text.contains("approved · under review · submitted"))
    }

    /// / starts a fresh filter; the last one comes back with ↑.
    @Test func slashStartsAFreshFilterAndUpRecallsTheLastOne() {
        var s = BrowserFixture.state()
        for key: Key in [.char("/"), .char("v"), .char("t"), .enter] { _ = s.handle(key) }
        #expect(s.libraryScreen.filter == "vt")
        _ = s.handle(.char("/"))
        _ = s.handle(.char("d"))
        #expect(s.prompt?.editor.string == "d", "not 'vtd'")
        _ = s.handle(.ctrl("u"))
        _ = s.handle(.up)
        #expect(s.prompt?.editor.string == "vt")
    }

    /// In bookmarks and history, j then Enter opens the entry (no "Select a link with Tab first").
    @Test func listsSelectWithJAndOpenWithEnter() {
        var s = BrowserFixture.state()
        _ = s.follow(.article("dexa")); _ = s.handle(.char("b"))
        _ = s.follow(.article("manage")); _ = s.handle(.char("b"))
        _ = s.handle(.char("B"))
        _ = s.handle(.char("j"))
        _ = s.handle(.enter)
        #expect(s.location == .article("dexa"))
        _ = s.handle(.char("H"))
        _ = s.handle(.enter)
        #expect(s.location == .article("dexa"), "history starts on its newest entry")
    }

    /// On the no-answer page, s submits, whatever link was selected before going back.
    @Test func sSubmitsFromTheNoAnswerPage() {
        var s = BrowserFixture.state()
        _ = s.handle(.char("f"))
        for c in "can my cat take aspirin" { _ = s.handle(.char(c)) }
        _ = s.handle(.enter)
        #expect(s.render().text.contains("The library does not answer this yet"))
        #expect(s.render().text.contains("(press s)"))
        _ = s.handle(.tab)
        #expect(s.handle(.char("s")) == [.submit(question: "can my cat take aspirin", from: nil, persona: "patient")])
    }

    /// Search in page lights every match up while typing, before Enter.
    @Test func searchLightsUpAsYouType() {
        var s = BrowserFixture.state(width: 80, height: 40)
        _ = s.follow(.article("dexa"))
        _ = s.handle(.char("/"))
        for c in "dexa" { _ = s.handle(.char(c)) }
        #expect(s.prompt?.kind == .search)
        let frame = s.render()
        let lit = (0..<frame.height).flatMap { y in (0..<frame.width).map { frame[$0, y].style.role } }.filter { $0 == .match || $0 == .currentMatch }
        #expect(lit.count >= 8, "two or more matches of four letters lit")
        #expect(frame.lines.last!.contains("found"))
    }

    /// ] and [ walk the sections; 9 says how many there are; r jumps to the references and back returns.
    @Test func sectionKeysJumpAndReferencesReturn() {
        var s = BrowserFixture.state(width: 80, height: 12)
        _ = s.follow(.article("dexa"))
        _ = s.handle(.char("]"))
        let first = s.visit.scroll
        _ = s.handle(.char("]"))
        #expect(s.visit.scroll > first)
        _ = s.handle(.char("["))
        #expect(s.visit.scroll == first)
        _ = s.handle(.char("r"))
        #expect(s.render().text.contains("[1] Guideline"))
        _ = s.handle(.backspace)
        #expect(s.visit.scroll == first)
        _ = s.handle(.ctrl("d"))
        #expect(s.visit.scroll == first + s.viewHeight / 2)
    }

    /// SGR mouse reports decode in any column; releases and motion are ignored.
    @Test func sgrMouseReportsDecode() {
        #expect(Key.sgrMouse("0;241;5M") == .click(x: 240, y: 4))
        #expect(Key.sgrMouse("64;10;10M") == .wheelUp)
        #expect(Key.sgrMouse("65;10;10M") == .wheelDown)
        #expect(Key.sgrMouse("0;241;5m") == nil)
        #expect(Key.sgrMouse("32;5;5M") == nil)
        #expect(Key.sgrMouse("0;x;5M") == nil)
    }
}

/// Each of the six personas, from the bundled personas.json, reading the same article at 80×24:
/// what differs is pinned by a golden frame and said in words by the checks.
@Suite struct PersonaViewTests {
    static var library: Library {
        var library = BrowserFixture.library
        library.personas = GlitchTests.bundled.personas
        var dexa = library.article("dexa")!
        dexa.summary.caregiver = "Their DEXA scan shows osteopenia. Help them walk often and eat calcium [1]."
        dexa.questionsToAsk = ["Should my scan be repeated on the same machine?", "Is my fracture risk high enough for a drug?"]
        dexa.sections.drugLabel?.paragraphs = ["Alendronate is approved for osteoporosis [3].", "The dose is 70 mg once a week [3]."]
        library.upsert(dexa)
        return library
    }

    func page(_ persona: String, height: Int = 24) -> (BrowserState, String) {
        let library = Self.library
        var s = BrowserState(library: library, width: 80, height: height, persona: library.persona(persona))
        _ = s.follow(.article("dexa"))
        return (s, s.document!.lines.map(\.text).joined(separator: "\n"))
    }

    @Test(arguments: ["patient", "caregiver", "nurse", "physician", "pharmacist", "student"])
    func eachPersonaAt80x24(_ persona: String) throws {
        let (s, _) = page(persona)
        try expectFrame(s.render(), golden: "persona-\(persona)-80x24")
    }

    @Test func theViewsDifferWhereItMatters() {
        let patient = page("patient", height: 200).1, caregiver = page("caregiver", height: 200).1
        let physician = page("physician", height: 200).1, pharmacist = page("pharmacist", height: 200).1
        let nurse = page("nurse", height: 200).1
        // The caregiver reads about "them"; the patient about "your".
        #expect(caregiver.contains("Their DEXA scan shows osteopenia") && !caregiver.contains("Your DEXA scan"))
        #expect(patient.contains("Your DEXA scan shows osteopenia"))
        // Lay readers get questions to take to the doctor; clinicians do not.
        #expect(patient.contains("Questions to ask your doctor") && !physician.contains("Questions to ask your doctor"))
        // The pharmacist's first evidence section is the label, and the dose sentence is bold.
        let sections = ["From the Guidelines", "From the FDA Drug Label", "From the Research"]
        let firstFor = { (text: String) in sections.min { text.range(of: $0)!.lowerBound < text.range(of: $1)!.lowerBound }! }
        #expect(firstFor(pharmacist) == "From the FDA Drug Label")
        #expect(firstFor(physician) == "From the Guidelines")
        let (ps, _) = page("pharmacist", height: 200)
        let dose = ps.document!.lines.first { $0.text.contains("70 mg once a week") }!
        #expect(dose.spans.contains { $0.text.contains("70 mg") && $0.style.bold })
        // The physician's bottom line comes before the sections; the nurse's monitoring points too.
        #expect(physician.range(of: "Bottom line")!.lowerBound < physician.range(of: "From the Guidelines")!.lowerBound)
        #expect(nurse.contains("Monitoring and patient teaching"))
    }
}
