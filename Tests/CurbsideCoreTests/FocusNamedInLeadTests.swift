import Testing
@testable import CurbsideCore

/// A medicine or condition asked about, in the best article that mentions it but whose title does
/// not name it: only sentences that name it are about it. (A Shingrix sentence is not about
/// chickenpox because the article is about shingles vaccination; a warnings list that names bowel
/// disease answers "does Crohn's matter" where a line on who gets isotretinoin does not.)
@Suite struct FocusNamedInLeadTests {
    @Test func theAskedConditionIsNamedByTheLead() {
        leads("my dad is 70 and never had chicken pox, will the shingles jab stop him getting chickenpox from the grandchildren",
              from: "shingles-vaccine-adults", .lay, with: "not indicated to prevent")
        leads("does having crohn's disease matter if i start accutane", from: "isotretinoin-severe-acne", .lay, with: "inflammatory bowel disease")
    }

    /// A pregnancy the reader tells of is their state, not the subject: the article's own
    /// pregnancy line still leads.
    @Test func aPregnancyToldIsNotTheSubject() {
        leads("what if i fall pregnant while taking isotretinoin", from: "isotretinoin-severe-acne", .lay, with: "birth defects")
    }

    /// The article being read, whose title names the focus, may lead though the search put a broader
    /// article first: "how long until it turns into osteoporosis", asked of the femoral-neck article,
    /// is answered by its time to osteoporosis for −2.00 to −2.49 (none of whose sentences repeats
    /// "femoral neck"; the answer had been withheld).
    @Test func theArticleReadLeadsWhereItsTitleNamesTheFocus() {
        leads("my femoral neck t-score is -2.2, how long until it turns into osteoporosis?",
              from: "osteopenia-femoral-neck-t-score", .lay, with: "−2.00 to −2.49")
    }

    /// A sentence that opens with who says it leads after one that states the fact, unless the
    /// reader asks what that body says ("per the ISCD review": "The ISCD's 2019 review found…").
    @Test func aSourceTheReaderNamesMayOpenTheLead() {
        leads("untreated osteopenic women having 2-yearly DXA: is there evidence the monitoring itself cuts fractures, per the ISCD review?",
              from: "osteopenia-worsening-dexa", .clinical, with: "The ISCD's 2019 review found")
    }
}
