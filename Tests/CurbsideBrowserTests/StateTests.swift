import CurbsideCore
import Foundation
import Testing
@testable import CurbsideBrowser

@Suite struct StateTests {
    /// A follow-up crosses the loop one way: the key asks for an answer once (a command), the
    /// page says it is looking, the answer arrives as a message and is shown. Resizing or
    /// scrolling never asks again; another persona (another register) does.
    @Test func followUpIsACommandAndItsAnswerAMessage() {
        var s = BrowserFixture.state()
        #expect(s.startCommands == [.buildEngine(s.library)])
        _ = s.update(.key(.char("f")))
        for c in "does zoledronate help osteopenia" { _ = s.update(.key(.char(c))) }
        let commands = s.update(.key(.enter))
        let request = AnswerRequest(question: "does zoledronate help osteopenia", from: nil, audience: .lay)
        #expect(commands.contains(.answer(request)))
        #expect(s.render().text.contains("Looking this up in the library… (its search index is still being built)"))
        _ = s.update(.engineReady)
        #expect(s.render().text.contains("Looking this up in the library…") && !s.render().text.contains("still being built"))
        #expect(s.update(.key(.resize(width: 70, height: 20))).isEmpty, "a resize does not ask again")
        #expect(s.update(.key(.char("j"))).isEmpty)
        _ = s.update(.answerReady(request, AnswerResult.compute(request, engine: FollowUpEngine(library: s.library))))
        let page = s.render().text
        #expect(!page.contains("Looking this up"))
        #expect(page.contains("Zoledronate"))
        // Another persona reads in another register: a new request, once.
        _ = s.update(.key(.char("p")))
        let again = s.update(.key(.char("2")))
        #expect(again.contains(.answer(AnswerRequest(question: request.question, from: nil, audience: .clinical))))
        #expect(!s.update(.key(.char("k"))).contains { if case .answer = $0 { true } else { false } })
    }

    /// When the question names something no article speaks to, the no-answer page says what.
    @Test func theNoAnswerPageNamesWhatNothingSpeaksTo() throws {
        var s = BrowserFixture.state()
        _ = s.update(.key(.char("f")))
        for c in "can i take my iron tablet with coffee" { _ = s.update(.key(.char(c))) }
        let request = try #require(s.update(.key(.enter)).compactMap { if case .answer(let r) = $0 { r } else { nil } }.first)
        let answer = try JSONDecoder().decode(FollowUpAnswer.self, from: Data(#"{"confident":false,"answer":[],"matches":[],"unheard":["coffee"]}"#.utf8))
        _ = s.update(.answerReady(request, AnswerResult(answer: answer, highlight: [], snippets: [:])))
        let page = s.render().text
        #expect(page.contains("The library does not answer this yet"))
        #expect(page.contains("The closest articles say nothing about: coffee"))
    }

    /// Read more under a confident answer lists the articles its points come from, in their
    /// order; the nearest articles it did not draw on are not offered as more of it.
    @Test func readMoreListsTheArticlesTheAnswerDrewOn() throws {
        var s = BrowserFixture.state()
        _ = s.update(.key(.char("f")))
        for c in "what now" { _ = s.update(.key(.char(c))) }
        let request = try #require(s.update(.key(.enter)).compactMap { if case .answer(let r) = $0 { r } else { nil } }.first)
        let json = #"{"confident":true,"answer":[{"text":"Point from manage.","articleId":"manage","section":"From the Guidelines","citations":[]},"#
            + #"{"text":"Point from dexa.","articleId":"dexa","section":"From the Research","citations":[]},"#
            + #"{"text":"Another from manage.","articleId":"manage","section":"From the Guidelines","citations":[]}],"#
            + #""matches":[{"id":"dexa","title":"d","score":9},{"id":"wide","title":"w","score":8},{"id":"manage","title":"m","score":7}]}"#
        let answer = try JSONDecoder().decode(FollowUpAnswer.self, from: Data(json.utf8))
        #expect(answer.readMore.map(\.id) == ["manage", "dexa"])
        _ = s.update(.answerReady(request, AnswerResult(answer: answer, highlight: [], snippets: [:])))
        let page = try #require(s.document).lines.map(\.text).joined(separator: "\n")
        let tail = try #require(page.range(of: "Read more")).upperBound
        let listed = String(page[tail...])
        let manage = try #require(s.library.article("manage")?.question), dexa = try #require(s.library.article("dexa")?.question)
        let wide = try #require(s.library.article("wide")?.question)
        #expect(listed.contains(manage) && listed.contains(dexa) && !listed.contains(wide))
        #expect(try #require(listed.range(of: manage)).lowerBound < (try #require(listed.range(of: dexa)).lowerBound))
        // Unanswered: the nearest articles, all of them.
        var unanswered = answer
        unanswered.confident = false
        #expect(unanswered.readMore.map(\.id) == ["dexa", "wide", "manage"])
    }

    @Test func backAndForwardKeepScrollPositions() {
        var s = BrowserFixture.state(width: 60, height: 12)
        _ = s.follow(.article("dexa"))
        _ = s.handle(.char(" "))
        _ = s.handle(.char("j"))
        let dexaScroll = s.visit.scroll
        #expect(dexaScroll > 0)
        _ = s.follow(.article("manage"))
        #expect(s.location == .article("manage"))
        #expect(s.visit.scroll == 0)
        _ = s.handle(.char("j")); _ = s.handle(.char("j"))
        _ = s.handle(.backspace)
        #expect(s.location == .article("dexa"))
        #expect(s.visit.scroll == dexaScroll)
        _ = s.handle(.char("l"))
        #expect(s.location == .article("manage"))
        #expect(s.visit.scroll == 2)
        _ = s.handle(.left); _ = s.handle(.left)
        #expect(s.location == .library)
        _ = s.handle(.char("h"))
        #expect(s.message == "Nothing to go back to.")
    }

    @Test func tabCyclesThroughLinksInOrderAndWraps() {
        var s = BrowserFixture.state(width: 80, height: 200)
        _ = s.follow(.article("dexa"))
        let links = s.document!.links
        #expect(links.count > 5)
        var seen: [Int] = []
        for _ in 0..<links.count { _ = s.handle(.tab); seen.append(s.visit.selectedLink!) }
        #expect(seen == Array(0..<links.count))
        _ = s.handle(.tab)
        #expect(s.visit.selectedLink == 0)
        _ = s.handle(.backTab)
        #expect(s.visit.selectedLink == links.count - 1)
        // The first link is the editorial policy; the related questions are links too.
        #expect(links.first?.target == .page("editorial-policy"))
        #expect(links.contains { $0.target == .article("manage") })
    }

    @Test func citationJumpsToItsReferenceAndBackReturns() {
        var s = BrowserFixture.state(width: 80, height: 10)
        _ = s.follow(.article("dexa"))
        let doc = s.document!
        let citation = doc.links.firstIndex { $0.target == .citation(2) }!
        // Select the citation with Tab, then follow it with Enter.
        while s.visit.selectedLink != citation { _ = s.handle(.tab) }
        let before = s.visit.scroll
        _ = s.handle(.enter)
        let refLine = doc.referenceLine[2]!
        #expect(s.visit.scroll == min(refLine, doc.lines.count - s.viewHeight))
        #expect(s.render().text.contains("[2] Research"))
        _ = s.handle(.backspace)
        #expect(s.location == .article("dexa"))
        #expect(s.visit.scroll == before)
        #expect(s.visit.selectedLink == citation)
    }

    @Test func changingPersonaReRendersTheOpenArticle() {
        var s = BrowserFixture.state()
        _ = s.follow(.article("dexa"))
        func terms() -> Int { s.document!.links.filter { if case .term = $0.target { true } else { false } }.count }
        #expect(terms() > 0, "a patient's words open their definitions")
        #expect(!s.render().text.contains("(an X-ray scan"), "no inline glosses")
        #expect(s.render().text.contains("In short"))
        _ = s.handle(.char("p"))
        _ = s.handle(.down)
        let effects = s.handle(.enter)
        #expect(effects == [.savePersona("physician")])
        let text = s.render().text
        #expect(terms() == 0)
        #expect(text.contains("Serial DXA decline"))
        #expect(text.contains("Reading as Physician (p to change)"))
    }

    @Test func aTermIsMarkedOncePerSectionAndOpensItsDefinition() throws {
        var s = BrowserFixture.state(width: 80, height: 24)
        _ = s.follow(.article("dexa"))
        // DEXA appears in the summary and twice in the guidelines: marked once in each section.
        let dexa = s.document!.links.filter { $0.target == .term(0) }
        #expect(dexa.count == 2)
        // Tab reaches the marked word; Enter opens its whole definition; Esc closes it.
        let first = try #require(s.document!.links.firstIndex { $0.target == .term(0) })
        while s.visit.selectedLink != first { _ = s.handle(.tab) }
        _ = s.handle(.enter)
        #expect(s.render().text.contains("DEXA: An X-ray scan that measures how strong your bones are."))
        #expect(s.render().text.contains("Also called: DXA, bone density scan"))
        try expectFrame(s.render(), golden: "definition-panel-80x24")
        _ = s.handle(.escape)
        #expect(!s.render().text.contains("Also called"))
        // d lists every word the article defines, each with its whole definition.
        _ = s.handle(.char("d"))
        let list = s.render().text
        #expect(list.contains("Words used") && list.contains("osteopenia") && list.contains("Bones that are thinner than normal."))
    }

    @Test func searchInPageCountsAndCyclesMatches() {
        var s = BrowserFixture.state(width: 80, height: 8)
        _ = s.follow(.article("dexa"))
        for key: Key in [.char("/"), .char("o"), .char("s"), .char("t"), .char("e"), .char("o"), .enter] { _ = s.handle(key) }
        let search = s.search!
        #expect(search.matches.count >= 3)
        #expect(s.render().lines.last!.contains("[1/\(search.matches.count)]"))
        _ = s.handle(.char("n"))
        #expect(s.search!.current == 1)
        _ = s.handle(.char("N")); _ = s.handle(.char("N"))
        #expect(s.search!.current == search.matches.count - 1)
        // The current match is on screen after jumping.
        let m = s.search!.matches[s.search!.current]
        #expect(m.line >= s.visit.scroll && m.line < s.visit.scroll + s.viewHeight)
    }

    @Test func resizeKeepsTheReadingPosition() {
        var s = BrowserFixture.state(width: 80, height: 10)
        _ = s.follow(.article("dexa"))
        _ = s.handle(.char("G"))
        let before = s.document!
        let blockBefore = before.blockOfLine[s.visit.scroll]
        let firstText = before.lines[s.visit.scroll...].first { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }!
        let firstWords = String(firstText.text.trimmingCharacters(in: .whitespaces).prefix(10))
        _ = s.handle(.resize(width: 40, height: 10))
        #expect(s.width == 40)
        #expect(s.document!.lines.allSatisfy { $0.width <= 40 })
        // The same block is at the top of the screen, and its words are still in view.
        #expect(s.document!.blockOfLine[s.visit.scroll] == blockBefore)
        let shown = s.render().text
        #expect(shown.contains(firstWords))
    }

    @Test func libraryFilterNarrowsAsYouTypeAndUsesSynonyms() {
        var s = BrowserFixture.state()
        _ = s.handle(.char("/"))
        _ = s.handle(.char("x")) // nothing has an x... except DXA, via the glossary
        let count = { s.libraryScreen.rows.filter { if case .article = $0 { true } else { false } }.count }
        #expect(count() < 4)
        for key: Key in [.backspace, .char("D"), .char("X"), .char("A")] { _ = s.handle(key) }
        #expect(count() == 3) // the three articles tagged DEXA, found through the synonym DXA
        _ = s.handle(.escape)
        #expect(count() == 4)
    }

    @Test func followUpOpensAnAnswerPageWithContext() {
        var s = BrowserFixture.state()
        _ = s.follow(.article("dexa"))
        _ = s.handle(.char("f"))
        for c in "does zoledronate help osteopenia" { _ = s.handle(.char(c)) }
        let effects = s.handle(.enter)
        #expect(effects == [.saveQuestions(["does zoledronate help osteopenia"])])
        #expect(s.location == .answer(question: "does zoledronate help osteopenia", from: "dexa"))
        let text = s.document!.lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("Read more") || text.contains("The nearest questions"))
        #expect(text.contains("Asked while reading: What if my DEXA scan is worse?"))
    }

    @Test func unansweredQuestionCanBeSubmitted() {
        var s = BrowserFixture.state()
        _ = s.handle(.char("f"))
        for c in "how do I renew my passport" { _ = s.handle(.char(c)) }
        _ = s.handle(.enter)
        let doc = s.document!
        #expect(doc.lines.map(\.text).joined().contains("The library does not answer this yet"))
        let submit = doc.links.firstIndex { if case .submitQuestion = $0.target { true } else { false } }!
        while s.visit.selectedLink != submit { _ = s.handle(.tab) }
        let effects = s.handle(.enter)
        #expect(effects == [.submit(question: "how do I renew my passport", from: nil, persona: "patient")])
    }

    @Test func bookmarksToggleAndList() {
        var s = BrowserFixture.state()
        _ = s.follow(.article("dexa"))
        #expect(s.handle(.char("b")) == [.saveBookmarks(["dexa"])])
        _ = s.handle(.char("B"))
        #expect(s.location == .bookmarks)
        #expect(s.render().text.contains("What if my DEXA scan is worse?"))
        _ = s.handle(.backspace)
        #expect(s.handle(.char("b")) == [.saveBookmarks([])])
    }

    @Test func clickFollowsALinkAndWheelScrolls() {
        var s = BrowserFixture.state(width: 80, height: 30)
        _ = s.follow(.article("dexa"))
        _ = s.handle(.wheelDown)
        #expect(s.visit.scroll == 1)
        _ = s.handle(.wheelUp)
        let policy = s.document!.links[0].places[0]
        _ = s.handle(.click(x: policy.x + 1, y: policy.line - s.visit.scroll))
        #expect(s.location == .page("editorial-policy"))
    }

    @Test func historyIsSavedWheneverItChangesWhateverTheKey() {
        var s = BrowserFixture.state()
        _ = s.handle(.char("j")) // select the second question in the library
        let opened = s.handle(.enter)
        #expect(opened.count == 1)
        guard case .saveHistory(let first) = opened.first else { Issue.record("no history saved: \(opened)"); return }
        _ = s.follow(.article("manage"))
        // Going back to an article moves it to the top of the history: saved by Back too.
        #expect(s.handle(.backspace) == [.saveHistory([first[0], "manage"])])
        // Scrolling changes nothing worth saving.
        #expect(s.handle(.char("j")) == [])
    }

    @Test func firstRunPickerRequiresAChoiceAndQQuits() {
        var s = BrowserFixture.state(persona: nil)
        #expect(s.picker?.row == 0)
        #expect(s.handle(.escape) == [])
        #expect(s.picker?.row == 0)
        #expect(s.handle(.char("q")) == [.quit])
    }
}
