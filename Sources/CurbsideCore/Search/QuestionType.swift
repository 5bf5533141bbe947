/// What a question asks for: the kind of answer that would satisfy it. Articles declare theirs
/// (`questionTypes`); questions get theirs from `QuestionUnderstander`.
public enum QuestionType: String, Codable, CaseIterable, Sendable {
    case definition, causes, symptoms, diagnosis, treatment, dose, frequency, duration, timing
    case sideEffects = "side-effects"
    case interactions, pregnancy, children, eligibility, prevention, outlook, inheritance, urgency
    /// Nothing more specific: a general question about the topic.
    case information

    /// MedQuAD's `qtype` annotations in these terms. (MedQuAD's "frequency" is how common a
    /// condition is, not how often to do something, so it is general information here.)
    public static func fromMedQuAD(_ qtype: String) -> QuestionType {
        switch qtype.lowercased().trimmingCharacters(in: .whitespaces) {
        case "information", "considerations": .definition
        case "causes", "susceptibility": .causes
        case "symptoms": .symptoms
        case "exams and tests", "stages": .diagnosis
        case "treatment", "usage", "how does it work", "indication": .treatment
        case "prevention", "why get vaccinated": .prevention
        case "outlook", "complications": .outlook
        case "inheritance", "genetic changes": .inheritance
        case "side effects", "precautions", "severe reaction": .sideEffects
        case "dosage", "dose", "forget a dose": .dose
        case "contraindication", "interaction with medications", "interaction with food", "interaction with herbs and supplements": .interactions
        case "emergency or overdose", "when to contact a medical professional": .urgency
        default: .information
        }
    }
}
