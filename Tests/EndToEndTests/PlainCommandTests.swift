import ArgumentParser
import Testing
@testable import curbside

/// `search` and `ask` in their plain form are read without ArgumentParser; whatever the plain
/// reader takes, it must read exactly as ArgumentParser does, and whatever is unusual it leaves to it.
@Suite struct PlainCommandTests {
    static let searchForms: [[String]] = [
        ["vitamin", "d"], ["vitamin d", "--json"], ["--json", "--limit", "3", "dexa", "scan"], ["dexa", "--limit=7"],
        ["--data", "/tmp/library", "how long", "--explain"], ["--data=/tmp/x y", "--private", "strep"], ["--limit", "1000", "a"],
        ["--limit", "05", "statin"], ["q", "--data", ""],
    ]
    static let askForms: [[String]] = [
        ["how long", "--from", "dvt-anticoagulation-duration", "--persona", "patient"], ["can", "i", "take", "it", "--json"],
        ["--json", "--from=strep-throat-antibiotics", "how long for strep"], ["--private", "--explain", "x"], ["--data", "/tmp/l", "q"],
    ]

    @Test func theFormsScriptsUseAreReadAsArgumentParserReadsThem() throws {
        for form in Self.searchForms {
            guard case .search(let plain)? = PlainCommand(["search"] + form) else { Issue.record("not read plainly: \(form)"); continue }
            #expect(plain == SearchRequest(try Search.parse(form)), "\(form)")
        }
        for form in Self.askForms {
            guard case .ask(let plain)? = PlainCommand(["ask"] + form) else { Issue.record("not read plainly: \(form)"); continue }
            #expect(plain == AskRequest(try Ask.parse(form)), "\(form)")
        }
    }

    @Test func everythingUnusualIsLeftToArgumentParser() {
        for arguments in [["search"], ["search", "--json"], ["search", "--limit", "0", "x"], ["search", "--limit", "many", "x"],
                          ["search", "--limit", "-1", "x"], ["search", "--limit"], ["search", "--json", "--json", "x"],
                          ["search", "--limit", "3", "--limit", "4", "x"], ["search", "--from", "a", "x"], ["search", "-x", "y"],
                          ["search", "--", "--json"], ["search", "--help"], ["search", "x", "-h"], ["ask", "--nonsense", "x"],
                          ["ask", "--from", "--json", "x"], ["ask", "--persona"], ["ask", "--limit", "3", "x"], ["--version"],
                          ["browse"], ["show", "x"], ["validate"], [], ["help", "search"], ["search", "--generate-completion-script", "bash"]] {
            #expect(PlainCommand(arguments) == nil, "\(arguments)")
        }
    }
}


