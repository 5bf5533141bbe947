import Testing
@testable import CurbsideCore

/// A reader names what they notice ("my hands feel tingly", "confused", "heartburn"); a label names
/// the condition that shows as it (peripheral neuropathy, hyponatraemia, irritation of the
/// oesophagus). The glossary's `signs` join the two, so "is that the pills?" is answered by the
/// warning it may be.
@Suite struct ReaderSignsTests {
    @Test func aSignTheReaderNoticesIsAnsweredByTheConditionItShowsAs() {
        leads("started nitrofurantoin for a bladder infection and now my hands feel tingly, is that the pills?",
              from: "uncomplicated-uti-women", .lay, with: "nerve damage can cause tingling")
        leads("pt on macrobid says her feet are tingly, is that on the label?",
              from: "uncomplicated-uti-women", .clinical, with: "peripheral neuropathy")
        leads("my dad seems confused since starting sertraline last month, could it be the tablets?",
              from: "depression-starting-ssri", .lay, with: "lower the salt (sodium) in the blood")
        leads("pt on sertraline 4 weeks, now confused - is that a labelled warning?",
              from: "depression-starting-ssri", .clinical, with: "hyponatraemia")
        leads("pt on alendronate has bad heartburn, is that a labelled warning?",
              from: "osteopenia-management", .clinical, with: "irritation of the oesophagus")
        leads("my son on keppra has been really angry and irritable lately, is that the medicine?",
              from: "first-seizure-adult", .lay, with: "behavioural abnormalities")
        leads("my daughter on isotretinoin has blurry vision and headaches, is that from it?",
              from: "isotretinoin-severe-acne", .lay, with: "raised pressure in the skull")
    }

    /// Every sign names an entry, and the ones the library's warnings are read through are there.
    @Test func theBundledGlossaryJoinsConditionsToTheirSigns() {
        let glossary = RelevanceTests.engine.library.glossary
        let terms = Set(glossary.map { $0.term.lowercased() })
        let signs = Dictionary(glossary.map { ($0.term, Set($0.signs)) }, uniquingKeysWith: { a, _ in a })
        for (condition, sign) in [("peripheral neuropathy", "paraesthesia"), ("hyponatraemia", "confusion"), ("intracranial hypertension", "blurred vision"),
                                  ("oesophageal irritation", "heartburn"), ("behaviour change", "irritability"), ("Clostridioides difficile", "diarrhoea")] {
            #expect(signs[condition]?.contains(sign) == true, "\(condition)")
        }
        for entry in glossary { #expect(entry.signs.allSatisfy { terms.contains($0.lowercased()) }, "\(entry.term)") }
        #expect(LibraryValidator.hierarchyProblems(glossary).isEmpty)
    }

    /// A kind of a condition is heard in the condition's name: HFrEF is heart failure, so "metoprolol
    /// succinate in HFrEF - how quickly do we titrate" is answered by the label's heart failure
    /// titration (read from the VT article, whose tags name metoprolol). NSVT is a kind of VT, and
    /// a heart attack is coronary artery disease, a kind of ASCVD.
    @Test func aKindOfAConditionIsHeardInItsName() {
        let index = RelevanceTests.engine.index
        let ancestors = { (name: String) in index.understand(name).units.first?.terms.compactMap(index.conceptName) ?? [] }
        #expect(ancestors("HFrEF").contains("heart failure"))
        #expect(ancestors("NSVT").contains("VT"))
        #expect(ancestors("heart attack").contains("coronary artery disease") && ancestors("heart attack").contains("ASCVD"))
        // Ferritin and transferrin saturation are iron studies, which a reader calls "iron measures".
        #expect(ancestors("ferritin").contains("iron studies") && ancestors("TSAT").contains("iron studies"))
        #expect(index.understand("which iron measure").units.contains { $0.terms.compactMap(index.conceptName).contains("iron studies") })
        // SJS is a serious skin reaction, which is what labels list.
        #expect(ancestors("SJS").contains("serious skin reaction"))
        let answer = RelevanceTests.engine.answer("metoprolol succinate in HFrEF - how quickly do we titrate", from: "ventricular-tachycardia-10-beats", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("For heart failure") == true, "\(answer.answer.map(\.text))")
    }

    /// Falls are a sign of a low sodium (the sertraline label: unsteadiness "which may lead to
    /// falls"), so a carer's "two near falls and his sodium came back 128" is heard by the
    /// sentence on sertraline lowering the salt in the blood.
    @Test func fallsShowALowSodium() {
        leads("dad's 81, put on zoloft for low mood about a month ago. care home say hes more confused and had two near falls, and his sodium came back 128. is that the sertraline?",
              from: "depression-starting-ssri", .lay, with: "lower the salt (sodium)")
    }
}
