import Foundation
@testable import CurbsideCore

/// A small library written to a temporary directory, built and broken by each test. The
/// directories are removed when the test process exits (not when a fixture goes out of use: a
/// test may still read a file by its URL after its last use of the fixture).
struct LibraryFixture {
    let root: URL

    nonisolated(unsafe) private static var made: [URL] = []
    private static let lock = NSLock()
    private static let removeAtExit: Void = { atexit { LibraryFixture.removeAll() } }()

    static func removeAll() {
        for url in lock.withLock({ made }) { try? FileManager.default.removeItem(at: url) }
    }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-test-\(UUID().uuidString)")
        _ = Self.removeAtExit
        Self.lock.withLock { Self.made.append(root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("pages"), withIntermediateDirectories: true)
        try write("library.json", #"{"title": "Test library", "reviewedBy": "Test editors", "formatVersion": 1}"#)
        try write("personas.json", #"""
        {"personas": [
          {"id": "patient", "label": "Patient", "description": "I am a patient.", "audience": "lay"},
          {"id": "physician", "label": "Physician", "description": "I am a doctor.", "audience": "clinical"}
        ]}
        """#)
        try write("glossary.json", #"""
        {"entries": [{"term": "DEXA", "synonyms": ["DXA", "bone density scan"], "definition": "A scan that measures bone strength."}]}
        """#)
        try write("pages/editorial-policy.json", #"{"id": "editorial-policy", "title": "Editorial policy", "paragraphs": ["We cite."]}"#)
    }

    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A sound article as a JSON object; tests change one thing to break it.
    static func article(_ id: String, related: [String] = []) -> [String: Any] {
        [
            "id": id,
            "question": "What is \(id)?",
            "specialty": "Testing",
            "tags": ["test"],
            "status": "under-review",
            "lastUpdated": "2026-01-15",
            "summary": ["lay": "This is a short answer [1]. It is easy to read [1].", "caregiver": "This is a short answer for them [1].",
                        "clinical": "A clinical answer [1]."],
            "questionsToAsk": ["Is this right for me?", "What should I watch for?"],
            "sections": [
                "guidelines": ["paragraphs": ["Guidance text [1]."], "keyConsiderations": ["A bullet [2]."]],
                "research": ["groups": [["heading": "Findings", "bullets": ["A finding [2]."]]]],
            ],
            "references": [
                ["kind": "guideline", "title": "A guideline", "source": "A society", "year": 2022, "url": "https://example.org/guideline"],
                ["kind": "research", "title": "A study", "source": "A journal", "year": 2020, "pmid": "12345"],
            ],
            "related": related,
        ]
    }

    /// Writes an article object pretty-printed with sorted keys, so tests can find a line by its text.
    @discardableResult
    func writeArticle(_ object: [String: Any], file: String? = nil) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        let text = String(decoding: data, as: UTF8.self)
        try write("articles/\(file ?? (object["id"] as! String)).json", text)
        return text
    }

    var repository: JSONFileRepository { JSONFileRepository(directory: root, displayRoot: "Lib") }

    func validate(today: String = "2026-11-27") -> LibraryValidator.Report {
        LibraryValidator(repository: repository, today: LibraryValidator.parseDay(today)!).validate()
    }

    /// The 1-based line of the first line containing `needle`.
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }
}
