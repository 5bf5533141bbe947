import Testing
@testable import curbside

/// `search`, `ask` and the browser are parsed as that one command (a one-shot skips reflecting
/// over the whole tool); everything else, and anything the command rejects, goes to the root
/// parser, so help, versions and error messages are the root parser's own.
@Suite struct QuickParseTests {
    @Test func theHotCommandsAreParsedAsThemselves() throws {
        let search = try #require(Curbside.quickParse(["search", "--json", "--limit", "3", "dexa", "scan"]) as? Search)
        #expect(search.query == ["dexa", "scan"] && search.limit == 3 && search.json)
        let ask = try #require(Curbside.quickParse(["ask", "how long", "--from", "dvt-anticoagulation-duration", "--persona", "patient"]) as? Ask)
        #expect(ask.question == ["how long"] && ask.from == "dvt-anticoagulation-duration" && ask.persona == "patient")
        #expect(Curbside.quickParse([]) is Browse)
        #expect(Curbside.quickParse(["--data", "/tmp/library"]) is Browse)
        #expect(Curbside.quickParse(["browse", "--data", "/tmp/library"]) is Browse)
    }

    @Test func everythingElseGoesToTheRootParser() {
        for arguments in [["--help"], ["search", "--help"], ["ask", "-h", "x"], ["--version"], ["help", "search"],
                          ["search", "--limit", "0", "dexa"], ["search", "--limit", "many", "dexa"], ["ask", "--nonsense", "x"],
                          ["review", "list"], ["validate"], ["show", "x"], ["--generate-completion-script", "bash"], ["search"]] {
            #expect(Curbside.quickParse(arguments) == nil, "\(arguments)")
        }
    }
}
