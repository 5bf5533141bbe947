import CurbsideCore
import Foundation
import Testing
@testable import CurbsideBrowser

/// Forgetting from the history and bookmark lists, and the private session, in the state machine.
@Suite struct PrivacyStateTests {
    func text(_ s: BrowserState) -> String { s.render().text }

    func select(_ id: String, _ s: inout BrowserState) {
        let links = s.document!.links
        let i = links.firstIndex { $0.target == .article(id) }!
        // Lists select with j/k, from the first entry.
        _ = s.handle(.char("g"))
        for _ in 0..<i { _ = s.handle(.char("j")) }
        #expect(s.visit.selectedLink == i)
    }

    @Test func oneHistoryEntryIsDeletedAfterAYesAndTheListIsClearedAfterAnother() {
        var s = BrowserFixture.state()
        _ = s.follow(.article("dexa")); _ = s.follow(.article("manage")); _ = s.follow(.article("wide"))
        _ = s.handle(.char("H"))
        #expect(s.location == .history)
        #expect(text(s).contains("How is osteopenia managed?"))
        // A list starts on its first entry; on an article d says where it works.
        #expect(s.visit.selectedLink == 0)
        select("manage", &s)
        #expect(s.handle(.char("d")).isEmpty, "nothing happens before the answer")
        #expect(text(s).contains("Delete “How is osteopenia managed?” from history? y/n"))
        // n (or any other key) keeps it.
        #expect(s.handle(.char("n")).isEmpty)
        #expect(s.visited == ["wide", "manage", "dexa"])
        #expect(text(s).contains("Nothing changed."))
        _ = s.handle(.char("d"))
        #expect(s.handle(.char("y")) == [.forget(.history, entries: ["manage"]), .saveHistory(["wide", "dexa"])])
        #expect(s.visited == ["wide", "dexa"])
        #expect(!text(s).contains("How is osteopenia managed?"), "the list is redrawn without it")
        #expect(text(s).contains("What if my DEXA scan is worse?"))
        _ = s.handle(.char("D"))
        #expect(text(s).contains("Delete all 2 entries of your history from disk? y/n"))
        #expect(s.handle(.char("y")) == [.forget(.history, entries: nil), .saveHistory([])])
        #expect(s.visited.isEmpty)
        #expect(text(s).contains("No articles read yet."))
        _ = s.handle(.char("D"))
        #expect(text(s).contains("The list is already empty."))
        _ = s.handle(.char("L"))
        _ = s.follow(.article("dexa"))
        #expect(s.handle(.char("d")).isEmpty, "on an article, d lists its words: nothing is deleted")
        #expect(s.location == .terms("dexa"))
        #expect(s.handle(.char("d")).isEmpty)
        #expect(text(s).contains("d deletes an entry of your history (H) or bookmarks (B)."))
    }

    @Test func bookmarksAreDeletedOneByOneOrAllAtOnce() {
        var s = BrowserFixture.state()
        _ = s.follow(.article("dexa")); _ = s.handle(.char("b"))
        _ = s.follow(.article("manage")); _ = s.handle(.char("b"))
        _ = s.handle(.char("B"))
        #expect(text(s).contains("What if my DEXA scan is worse?") && text(s).contains("How is osteopenia managed?"))
        select("dexa", &s)
        _ = s.handle(.char("d"))
        #expect(text(s).contains("Delete “What if my DEXA scan is worse?” from bookmarks? y/n"))
        #expect(s.handle(.char("y")) == [.forget(.bookmarks, entries: ["dexa"])])
        #expect(s.bookmarks == ["manage"])
        #expect(!text(s).contains("What if my DEXA scan is worse?"))
        _ = s.handle(.char("D"))
        #expect(s.handle(.escape).isEmpty)
        #expect(s.bookmarks == ["manage"])
        _ = s.handle(.char("D"))
        #expect(s.handle(.char("Y")) == [.forget(.bookmarks, entries: nil)])
        #expect(s.bookmarks.isEmpty)
        #expect(text(s).contains("No bookmarks yet"))
    }

    /// The lists show what they hold now, not a copy laid out on an earlier visit.
    @Test func listsAreCurrentOnEveryVisit() {
        var s = BrowserFixture.state()
        _ = s.follow(.article("dexa"))
        _ = s.handle(.char("H")); _ = s.handle(.char("B"))
        #expect(text(s).contains("No bookmarks yet"))
        _ = s.follow(.article("manage")); _ = s.handle(.char("b"))
        _ = s.handle(.char("H"))
        #expect(text(s).contains("How is osteopenia managed?"))
        _ = s.handle(.char("B"))
        #expect(text(s).contains("How is osteopenia managed?"))
    }

    @Test func aPrivateSessionSaysSoSavesNoPersonaAndAsksBeforeSubmitting() {
        var s = BrowserState(library: BrowserFixture.library, width: 80, height: 24, persona: nil)
        s.isPrivate = true
        #expect(s.handle(.enter).isEmpty, "the persona is for this session only")
        #expect(text(s).contains("Reading as Patient for this private session."))
        #expect(text(s).split(separator: "\n").first!.contains("Private session"))
        _ = s.follow(.article("dexa"))
        #expect(text(s).split(separator: "\n").last!.contains("Private"))
        _ = s.handle(.char("f"))
        for c in "how do I renew my passport" { _ = s.handle(.char(c)) }
        #expect(s.handle(.enter) == [.saveQuestions(["how do I renew my passport"])], "the runner drops it in a private session")
        let submit = s.document!.links.firstIndex { if case .submitQuestion = $0.target { true } else { false } }!
        while s.visit.selectedLink != submit { _ = s.handle(.tab) }
        #expect(s.handle(.enter).isEmpty)
        #expect(text(s).contains("Private session: submitting stores this question on this computer. Submit? y/n"))
        #expect(s.handle(.char("n")).isEmpty)
        _ = s.handle(.enter)
        #expect(s.handle(.char("y")) == [.submit(question: "how do I renew my passport", from: "dexa", persona: "patient")])
    }

    /// P opens the privacy page; a library without one shows Curbside's own, which is the page
    /// the bundled library carries, word for word.
    @Test func privacyPageIsOneKeyAwayAndLinkedFromTheDisclaimer() throws {
        var s = BrowserFixture.state(width: 80, height: 24)
        _ = s.handle(.char("P"))
        #expect(s.location == .page(PolicyPage.privacyID))
        #expect(text(s).contains("Curbside never sends anything anywhere."))
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Data").standardizedFileURL
        let bundled = JSONFileRepository(directory: data).load()
        #expect(bundled.pages[PolicyPage.privacyID] == PolicyPage.privacy)
        var b = BrowserState(library: bundled, width: 80, height: 24, persona: bundled.personas.first)
        _ = b.follow(.article("osteopenia-worsening-dexa"))
        #expect(b.document!.links.contains { $0.target == .page(PolicyPage.privacyID) })
        let line = try #require(b.document!.lines.firstIndex { $0.text.contains("Privacy: what Curbside keeps about you") })
        let disclaimer = try #require(b.document!.lines.firstIndex { $0.text.contains("Disclaimer") })
        #expect(line > disclaimer)
    }
}
