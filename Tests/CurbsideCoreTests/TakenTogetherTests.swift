import Testing
@testable import CurbsideCore

/// "He takes probenecid, can he have ketorolac?" asks whether the two go together: the label's
/// contraindication that names probenecid answers it, not a study of ketorolac's bleeding risk
/// (which had led, the question typed as nothing).
@Suite struct TakenTogetherTests {
    @Test func aMedicineTakenThenAnotherAskedForIsAnInteraction() {
        leads("my husband takes probenecid, can he have ketorolac?", from: "ketorolac-safe-use", .lay, with: "probenecid")
    }

    /// A medicine told before "is that combination ok" is one of the two weighed: not the label
    /// the reader asks of (nearly every article names one), nor the same medicine by its brand.
    @Test func theMedicineToldBeforeTheComboIsWeighed() {
        leads("pt on zoloft 100 and the cardiologist added pimozide. is that combination ok per the label?", from: "depression-starting-ssri", .clinical, with: "pimozide")
        leads("my mum takes sertraline and her new psychiatrist wants her on pimozide too. is that combo safe?", from: "depression-starting-ssri", .lay, with: "pimozide")
    }
}

/// One medicine named twice, by its name and by its kind ("glipizide, a sulfonylurea"), is one
/// thing: the kind they share is not a third medicine the answer must name, so the label's
/// warning about insulin secretagogues answers for both.
@Suite struct OneMedicineNamedTwiceTests {
    @Test func aMedicineAndItsKindShareNoKindOfTheirOwn() {
        leads("been on metformin a year, now the diabetes nurse added glipizide (a sulfonylurea). will the two together give me hypos?", from: "type-2-diabetes-first-line-metformin", .lay, with: "insulin secretagogues")
    }
}
