import Testing
@testable import CurbsideCore

/// Words that describe how someone is ("he's inconsolable") or how a reader frames a warning
/// ("the key thing… around kids") name no topic; "a recognised keppra effect" asks about side
/// effects, and "snappy" is the irritability a label's behavioural warnings cover.
@Suite struct HowTheReaderPutsItTests {
    /// "hes", "theres" (a contraction typed without its apostrophe) and "breastmilk" (one word)
    /// are how readers type: never a topic the library lacks.
    @Test func aContractionWithoutItsApostropheIsNoTopic() {
        #expect(TextAnalyzer().terms("hes sure theres no point").isEmpty == false)
        #expect(!TextAnalyzer().terms("hes sure theres no point").contains { ["he", "hes", "ther", "there", "theres"].contains($0) })
        leads("hes about half breastmilk half formula, does he still need the iron drops from 4 months", from: "infant-vitamin-d-iron", .lay, with: "From 4 months")
        leads("day 3 on the pink amoxicillin and hes still screaming holding his ear at night, at what point are we supposed to go back to the gp",
              from: "acute-otitis-media-children-amoxicillin", .lay, with: "back to the doctor")
    }

    @Test func aDescribingWordIsNotTheTopic() {
        leads("my 6 yr old has strep and he's inconsolable, can i give him aspirin for it?", from: "strep-throat-antibiotics", .lay, with: "aspirin")
        leads("my mum is on ferrous sulfate and my toddler visits a lot. what's the key thing to know with iron around kids?", from: "iron-deficiency-anemia-oral-iron", .lay, with: "poisoning")
    }

    @Test func aRecognisedEffectIsASideEffect() {
        #expect(QuestionUnderstander.understand("is that a recognised keppra effect?").types.first == .sideEffects)
        leads("my son takes keppra 250 bd and has been so snappy lately. is that a recognised keppra effect?", from: "first-seizure-adult", .lay, with: "behavioural")
    }

    /// "Instead of sending everyone for nerve tests": sending someone on is how care goes, like
    /// "sent", not what the guideline must speak of.
    @Test func sendingSomeoneOnIsNoTopic() {
        leads("which test does the 2024 AAOS guideline favour for CTS instead of sending people for nerve conduction?", from: "carpal-tunnel-syndrome-treatment", .clinical, with: "CTS-6")
    }

    /// "And from when?" asks when to start: the preterm sentence that says "by 1 month of age".
    @Test func fromWhenAsksWhenToStart() {
        leads("she arrived at 32 weeks and we're breastfeeding. does an early baby need extra iron, and from when?", from: "infant-vitamin-d-iron", .lay, with: "1 month")
    }

    /// "Gritty eyes" are dry eye, which the dupilumab label lists; they are also a sign of the
    /// Stevens-Johnson syndrome a pharmacist asks about beside them.
    @Test func grittyEyesAreDryEye() {
        leads("3 months on dupixent and my eyes feel gritty and sore every morning - is the dupixent doing that?", from: "atopic-dermatitis-adult-treatment", .lay, with: "eye")
        leads("absorica pt just rang - new blistering rash, sore mouth and gritty eyes 5 wks into the course. are SJS/TEN actually in the label warnings?", from: "isotretinoin-severe-acne", .clinical, with: "Stevens-Johnson")
    }

    /// "What oral dosing applies to her rather than the standard one": "rather" and "standard" say
    /// which of the rules is hers, not a topic the answer must name (the label's dosing for those 65
    /// or older, or under 50 kg, had been withheld).
    @Test func ratherThanTheStandardOneIsNoTopic() {
        leads("Surgical ward: 80yo lady, 47 kg, stepping down from IM toradol to tablets tomorrow. What oral dosing applies to her rather than the standard one?",
              from: "ketorolac-safe-use", .clinical, with: "10 mg then 10 mg every 4 to 6 hours")
    }
}
