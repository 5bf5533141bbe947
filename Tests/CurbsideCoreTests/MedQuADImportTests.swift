import Foundation
import Testing
@testable import CurbsideCore

/// The MedQuAD importer on our own fixture files, one per variant of the format.
@Suite struct MedQuADImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures").standardizedFileURL
    static let conversion = MedQuADConversion(day: "2026-11-27", time: "2026-11-27T12:00:00Z", importer: "tester")

    static func read(_ name: String) throws -> MedQuADDocument {
        try MedQuADReader.read(Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    /// The reader's message for a text, or nil when it reads.
    static func failure(_ text: String) -> String? {
        do { _ = try MedQuADReader.read(Data(text.utf8)); return nil } catch { return error.message }
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("curbside-import-\(UUID().uuidString)")
    }

    @Test func readsTheDocumentRootWithSynonymsAndCategory() throws {
        let doc = try Self.read("medquad/standard.xml")
        #expect(doc.id == "0000042")
        #expect(doc.source == "MPlusHealthTopics")
        #expect(doc.url == "https://medlineplus.gov/example-plantar-fasciitis.html")
        #expect(doc.focus == "Plantar fasciitis")
        #expect(doc.synonyms == ["Heel spur syndrome", "Policeman's heel"])
        #expect(doc.category == "Other")
        #expect(doc.pairs.map(\.qid) == ["0000042-1", "0000042-2"])
        #expect(doc.pairs[1].qtype == "treatment")
    }

    @Test func readsTheLowercaseVariant() throws {
        let doc = try Self.read("medquad/nested/lowercase.xml")
        #expect(doc.id == "0000901")
        #expect(doc.source == "NINDS")
        #expect(doc.focus == "Restless Legs Syndrome")
        #expect(doc.pairs.count == 2)
        #expect(doc.pairs[0].question == "what is restless legs syndrome ?")
        #expect(doc.pairs[1].answer.hasPrefix("Checking iron levels"))
    }

    @Test func readsTheDiseaseFileRootAndDecodesEntities() throws {
        let doc = try Self.read("medquad/diseasefile.xml")
        #expect(doc.id == "0000555")
        #expect(doc.source == "CDC")
        #expect(doc.pairs.first?.answer.contains("shouldn't scratch around the bottom & should") == true)
    }

    @Test func malformedAndForeignFilesGiveAClearError() throws {
        #expect(throws: MedQuADReader.Failure.self) { try Self.read("medquad-broken/unclosed.xml") }
        do {
            _ = try Self.read("medquad-broken/unclosed.xml")
        } catch let error as MedQuADReader.Failure {
            #expect(error.line >= 8, "the error points near the unclosed element, not at line \(error.line)")
            #expect("\(error)".contains("not well-formed XML"))
        }
        do {
            _ = try Self.read("medquad-broken/not-medquad.xml")
            Issue.record("an HTML file was read as MedQuAD")
        } catch let error as MedQuADReader.Failure {
            #expect(error.message.contains("root element is <html>"))
        }
        #expect(throws: MedQuADReader.Failure.self) { try MedQuADReader.read(Data()) }
        // Processing instructions other than the XML declaration are refused.
        for text in ["<?xml?>\n<Document id=\"1\"></Document>", "<Document id=\"1\">\n<?pi?></Document>", "<Document><?xml version=\"1.0\"?></Document>"] {
            #expect(Self.failure(text)?.contains("unexpected processing instruction") == true, "\(text)")
        }
    }

    @Test func withheldAnswersAreSkippedAndCounted() throws {
        let result = Self.conversion.convert(try Self.read("medquad/withheld.xml"))
        #expect(result.articles.isEmpty)
        #expect(result.withheld == 2)
    }

    @Test func flattenedBulletsBecomeBulletsAndShortLeadsHeadings() throws {
        let result = Self.conversion.convert(try Self.read("medquad/standard.xml"))
        #expect(result.articles.map(\.id) == ["medquad-mplushealthtopics-0000042-1", "medquad-mplushealthtopics-0000042-2"])
        let first = try #require(result.articles.first)
        #expect(first.question == "What is (are) Plantar fasciitis?")
        #expect(first.status == .underReview)
        #expect(first.specialty == "General health")
        #expect(first.tags == ["Plantar fasciitis", "Heel spur syndrome", "Policeman's heel", "information"])
        #expect(first.related == ["medquad-mplushealthtopics-0000042-2"])
        // NIH consumer pages are health information, never research; the MedQuAD type and focus are kept.
        #expect(first.sections.research == nil)
        #expect(first.questionTypes == ["definition"] && first.focus == ["Plantar fasciitis"])
        let bullets = try #require(first.sections.healthInformation?.groups.first?.bullets)
        // "Summary : " is dropped; the list flattened into " - " items comes apart.
        #expect(bullets == [
            "Plantar fasciitis is pain under the heel from a strained band of tissue in the sole of the foot. It is often worst with the first steps in the morning. [1]",
            "Things that may help: [1]",
            "Calf and foot stretches done every day [1]",
            "Shoes with good arch support [1]",
            "Resting from running for a few weeks [1]",
        ])
        #expect(first.references.first?.url == "https://medlineplus.gov/example-plantar-fasciitis.html")
        #expect(first.references.first?.kind == .healthInformation)
        #expect(first.summary.lay?.hasSuffix("[1]") == true)
        #expect(first.reviewHistory.first?.by == "tester")

        let second = result.articles[1]
        let groups = try #require(second.sections.healthInformation?.groups)
        #expect(groups.first?.heading == "Key Points")
        #expect(groups.first?.bullets.prefix(3) == [
            "Most people get better within a year with simple measures. [1]",
            "A night splint keeps the foot flexed while you sleep. [1]",
            "Surgery is rarely needed. [1]",
        ])
        // Dashes around an aside in prose are not a list.
        #expect(groups.flatMap(\.bullets).last == "Heel pain that lasts - even after months of stretching - should be checked by a doctor. [1]")
    }

    /// GARD-style answers: the question repeated first, and a symptom table whose header row ran
    /// into the lead and the first symptom when the collection flattened it.
    @Test func restatedQuestionAndFlattenedTableHeaderAreTakenApart() {
        let answer = "What are the signs of Example syndrome? Example syndrome mostly affects the skin. "
            + "The list below names the features seen. Signs and Symptoms Approximate number of patients (when available) "
            + "Dry skin - Pale hair - Short fingers - A note on how often each feature occurs."
        let bullets = MedQuADConversion.groups(of: answer, defaultHeading: "From GARD").flatMap(\.bullets)
        #expect(bullets == [
            "Example syndrome mostly affects the skin. The list below names the features seen. [1]",
            "Dry skin [1]", "Pale hair [1]", "Short fingers [1]", "A note on how often each feature occurs. [1]",
        ])
        // A question that is the whole answer, or one that is not first, stays.
        #expect(MedQuADConversion.droppingRestatedQuestion("Is it catching?") == "Is it catching?")
        #expect(MedQuADConversion.droppingRestatedQuestion("It is rare. Is it catching? No.") == "It is rare. Is it catching? No.")
    }

    @Test func cleaningCollapsesEveryKindOfSpaceAndKeepsOtherText() {
        #expect(MedQuADConversion.clean("  pupil.\u{A0}\u{A0} Thoracic\n\tnerve ") == "pupil. Thoracic nerve")
        // ° and © share the no-break space's first byte (C2) and stay as they are.
        #expect(MedQuADConversion.clean("38\u{B0}C \u{A9} caf\u{E9}\u{A0}") == "38\u{B0}C \u{A9} caf\u{E9}")
        #expect(MedQuADConversion.clean("x\u{A0}\u{B0}") == "x \u{B0}")
        #expect(MedQuADConversion.clean("\u{A0}x\u{A0}") == "x")
    }

    @Test func questionsAreTidied() {
        #expect(MedQuADConversion.question("what is holmes-adie syndrome ?") == "What is holmes-adie syndrome?")
        #expect(MedQuADConversion.question("How to prevent Parasites - Pinworm? ?") == "How to prevent Parasites - Pinworm?")
        #expect(MedQuADConversion.question(" Who is at risk\n  for X ?? ") == "Who is at risk for X?")
    }

    @Test func glossaryEntryOnlyForAFocusWithSynonyms() throws {
        let standard = Self.conversion.convert(try Self.read("medquad/standard.xml"))
        let entry = try #require(standard.glossaryEntry)
        #expect(entry.term == "Plantar fasciitis")
        #expect(entry.synonyms == ["Heel spur syndrome", "Policeman's heel"])
        #expect(entry.definition == "Plantar fasciitis is pain under the heel from a strained band of tissue in the sole of the foot.")
        #expect(Self.conversion.convert(try Self.read("medquad/nested/lowercase.xml")).glossaryEntry == nil)
        // Only a sentence that defines the focus is a definition.
        #expect(MedQuADConversion.defines("An A1C (HbA1c) test is a blood test.", "A1C") == false)
        #expect(MedQuADConversion.defines("A1C (HbA1c) is a blood test.", "A1C"))
        #expect(MedQuADConversion.defines("The Example syndrome is rare.", "Example syndrome"))
        #expect(!MedQuADConversion.defines("The list below names the features of Example syndrome.", "Example syndrome"))
    }

    @Test func importIntoAnEmptyDirectoryMakesASoundLibrary() throws {
        let target = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: target) }
        let repository = JSONFileRepository(directory: target)
        var reports: [(Int, Int)] = []
        let summary = try MedQuADImport(source: Self.fixtures.appendingPathComponent("medquad"), into: repository, conversion: Self.conversion)
            .run { reports.append(($0, $1)) }
        #expect(summary.filesRead == 4)
        #expect(summary.imported == 5)
        #expect(summary.skipped["answer withheld by the collection (empty <Answer>)"] == 2)
        #expect(summary.glossaryAdded == 1)
        #expect(reports.last.map { $0.0 == $0.1 } == true)
        let report = LibraryValidator(repository: repository).validate()
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.articleCount == 5)
        let library = repository.load()
        #expect(library.personas.map(\.id) == Persona.standard.map(\.id))
        #expect(library.glossary.map(\.term) == ["Plantar fasciitis"])

        // A second run keeps what is there and says so.
        let again = try MedQuADImport(source: Self.fixtures.appendingPathComponent("medquad"), into: repository, conversion: Self.conversion).run()
        #expect(again.imported == 0)
        #expect(again.skipped["already in the library"] == 5)
        #expect(repository.load().glossary.count == 1)
    }

    @Test func unreadableFilesAreSkippedWithTheirReason() throws {
        let target = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: target) }
        let summary = try MedQuADImport(source: Self.fixtures.appendingPathComponent("medquad-broken"), into: JSONFileRepository(directory: target), conversion: Self.conversion).run()
        #expect(summary.imported == 0)
        #expect(summary.skipped["unreadable file"] == 2)
        #expect(summary.fileProblems.contains { $0.hasSuffix("not-medquad.xml: line 2: not a MedQuAD document: the root element is <html>, expected <Document>, <doc> or <DiseaseFile>") })
    }

    @Test func refusesANonEmptyFolderThatIsNotALibraryAndAMissingSource() throws {
        let target = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: target) }
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: target.appendingPathComponent("notes.txt"))
        let job = MedQuADImport(source: Self.fixtures.appendingPathComponent("medquad"), into: JSONFileRepository(directory: target), conversion: Self.conversion)
        #expect(throws: MedQuADImport.Failure.self) { try job.run() }
        #expect(try String(contentsOf: target.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
        let missing = MedQuADImport(source: target.appendingPathComponent("nowhere"), into: JSONFileRepository(directory: target), conversion: Self.conversion)
        #expect(throws: MedQuADImport.Failure.self) { try missing.run() }
    }

    @Test func standardPersonasMatchTheBundledLibrary() throws {
        let bundled = JSONFileRepository(directory: Self.fixtures.appendingPathComponent("../../Data").standardizedFileURL).loadLibraryFiles()
        #expect(bundled.personas == Persona.standard)
    }

    /// A library imported before health information had its own section still opens, and shows
    /// the NIH pages as health information (a migration at read time; a rewrite saves the new form).
    @Test func olderImportsAreReadAsHealthInformation() throws {
        var article = try #require(Self.conversion.convert(try Self.read("medquad/standard.xml")).articles.first)
        let groups = try #require(article.sections.healthInformation?.groups)
        article.sections = Sections(research: ResearchSection(groups: groups))
        for i in article.references.indices { article.references[i].kind = .research }
        let old = try ArticleJSON.encode(article)
        #expect(String(decoding: old, as: UTF8.self).contains("\"research\""))
        let read = try JSONDecoder().decode(Article.self, from: old)
        #expect(read.sections.research == nil)
        #expect(read.sections.healthInformation?.groups == groups)
        #expect(read.references.allSatisfy { $0.kind == .healthInformation })
        // A research section by anyone else stays research.
        var own = article
        own.references[0].source = "N Engl J Med"
        let kept = try JSONDecoder().decode(Article.self, from: try ArticleJSON.encode(own))
        #expect(kept.sections.research?.groups == groups && kept.sections.healthInformation == nil)
    }
}
