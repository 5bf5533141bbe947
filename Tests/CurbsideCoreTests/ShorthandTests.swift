import Testing
@testable import CurbsideCore

/// Shorthand typed in a question is read as the words articles use; names in capitals are not.
@Suite struct ShorthandTests {
    @Test func writesOutShorthandAndLeavesTheRestAsTyped() {
        #expect(Shorthand.expanded("pt on abx for 2 wks, any sx?") == "patient on antibiotics for 2 weeks, any symptoms?")
        #expect(Shorthand.expanded("my kid's meds w/ food") == "my child's medicines with food")
        #expect(Shorthand.expanded("Pts with a tibial shaft fx - incidence at 24h?") == "patients with a tibial shaft fracture - incidence at 24 hours?")
        #expect(Shorthand.expanded("can i take my vit d") == "can i take my vitamin d")
        #expect(Shorthand.expanded("her temp is 38.4") == "her temperature is 38.4")
    }

    @Test func capitalsAndWordsThatOnlyContainShorthandAreNames() {
        #expect(Shorthand.expanded("PT/INR and HR for this pt") == "PT/INR and HR for this patient")
        #expect(Shorthand.expanded("TX results") == "TX results")
        #expect(Shorthand.expanded("ptosis after botox, 5 yo") == "ptosis after botox, 5 yo")
        #expect(Shorthand.expanded("tx/ppx") == "tx/ppx")
        #expect(Shorthand.expanded("erenumab most common AEs per AES") == "erenumab most common adverse effects per AES")
    }
}
