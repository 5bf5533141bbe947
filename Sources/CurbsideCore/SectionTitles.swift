/// The headings of an article, written once: the browser, every export and the answers' section
/// names all use these.
public enum SectionTitles {
    public static let summaryLay = "In short"
    public static let summaryClinical = "Summary"
    public static let guidelines = "From the Guidelines"
    public static let drugLabel = "From the FDA Drug Label"
    public static let research = "From the Research"
    public static let healthInformation = "From NIH health information"
    public static let questionsToAsk = "Questions to ask your doctor"
    public static let references = "References"
    public static let related = "Related questions"
    public static let followUp = "Have a follow-up question?"
}
