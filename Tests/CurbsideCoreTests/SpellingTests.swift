import Foundation
import Testing
@testable import CurbsideCore

/// British spellings are rewritten on bytes for ASCII words; the result is exactly what the same
/// rules give on `String`s (`americanizeText`), for every word of the bundled library and more.
@Suite struct SpellingTests {
    @Test func asciiRulesGiveWhatTheTextRulesGive() throws {
        let crafted = ["oedema", "oestrogen", "anaemia", "haemoglobin", "paediatric", "paed", "tumour", "colour", "hour", "four",
                       "centre", "litre", "metre", "organise", "organised", "organising", "organisation", "isise", "aetiology",
                       "caesarean", "ae", "aeae", "aaee", "oeae", "oeaeise", "paedtre", "isis", "analyse", "paraesthesia", "faeces",
                       "diarrhoea", "theatre", "anaesthetise", "randomised", "abc", "abcd", "", "oe", "oea", "ouroure", "ise"]
        let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
        var words = Set(crafted)
        for article in library.articles {
            let text = String(decoding: try JSONEncoder().encode(article), as: UTF8.self) // every field's text
            for w in TextAnalyzer.fold(text).split(whereSeparator: { !$0.isLetter }) { words.insert(String(w)) }
        }
        #expect(words.count > 1_000)
        for w in words { #expect(Spelling.americanize(w) == Spelling.americanizeText(w), "\(w)") }
        // The rules themselves.
        #expect(["anaemia", "oedema", "paediatric", "tumour", "centre", "organisation", "analyse"].map(Spelling.americanize)
                == ["anemia", "edema", "pediatric", "tumor", "center", "organization", "analyse"])
        // A word that is not ASCII goes through the text rules.
        #expect(Spelling.americanize("anaemié") == Spelling.americanizeText("anaemié") && Spelling.americanize("anaemié") == "anemié")
    }
}
