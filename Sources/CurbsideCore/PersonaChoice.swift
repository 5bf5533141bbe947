/// Which personas a library offers and which one a reader gets: decided here only, for the
/// browser and for every command.
public extension Persona {
    /// Used when a library has no personas file, so the browser and commands still work.
    static let defaults: [Persona] = [
        Persona(id: "patient", label: "Patient", description: "I want to understand my own health.", audience: .lay),
        Persona(id: "physician", label: "Physician", description: "I am a doctor.", audience: .clinical),
    ]

    /// The library's personas, or the defaults when it has none.
    static func available(in library: Library) -> [Persona] {
        library.personas.isEmpty ? defaults : library.personas
    }

    enum Choice: Error, Equatable {
        case unknown(id: String, choices: [String])
        public var message: String {
            switch self {
            case .unknown(let id, let choices): "unknown persona '\(id)'; choose one of: \(choices.joined(separator: ", "))"
            }
        }
    }

    /// The persona with this id; else, when no id is asked for, the saved one; else the first lay
    /// one. An id the library does not offer is an error naming the ones it does.
    static func resolve(_ id: String?, saved: String? = nil, in library: Library) throws(Choice) -> Persona {
        let personas = available(in: library)
        if let id {
            guard let p = personas.first(where: { $0.id == id }) else { throw .unknown(id: id, choices: personas.map(\.id)) }
            return p
        }
        if let saved, let p = personas.first(where: { $0.id == saved }) { return p }
        return personas.first { $0.audience == .lay } ?? personas[0]
    }
}
