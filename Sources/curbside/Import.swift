import ArgumentParser
import CurbsideCore
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import public data into a library: MedQuAD questions or openFDA drug labels.",
        discussion: "The target may be a new or empty directory: it becomes a library that every command opens. Imported articles are 'under review' until an editor approves them.",
        subcommands: [MedQuAD.self, OpenFDA.self]
    )

    struct Target: ParsableArguments {
        @Option(name: .customLong("into"), help: ArgumentHelp("The library directory to import into (created if missing).", valueName: "DIR"))
        var into: String

        var repository: JSONFileRepository {
            JSONFileRepository(directory: URL(fileURLWithPath: into), displayRoot: into)
        }
    }

    /// Runs an import with a progress bar (on a terminal), then prints its summary; a failure
    /// clears the bar and becomes one message prefixed with `failing`.
    static func report(into directory: String, failing: String, _ work: ((Int, Int) -> Void) throws -> ImportSummary) throws {
        let bar = ProgressBar(label: "Importing")
        defer { bar.finish() }
        let summary: ImportSummary
        do { summary = try work { bar.update(done: $0, total: $1) } } catch {
            throw CommandFailure("\(failing): \(error)")
        }
        bar.finish()
        summary.lines(into: directory).forEach { print($0) }
    }

    static var conversionStamp: (day: String, time: String, importer: String) {
        let now = Date()
        let day = ISO8601DateFormatter.string(from: now, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        return (day, ISO8601DateFormatter().string(from: now), Review.reviewer)
    }

    struct MedQuAD: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "medquad",
            abstract: "Import a MedQuAD collection (NIH question-answer XML files, searched recursively).",
            discussion: "Each answered question becomes an article: the question as its title, the answer under 'From NIH health information' citing the source page, the question's type and focus kept for ranking, the focus and its synonyms as tags. Pairs whose answer the collection withheld are skipped and counted; articles already in the library are kept as they are."
        )
        @Argument(help: ArgumentHelp("A MedQuAD folder (or one XML file).", valueName: "DIR")) var source: String
        @OptionGroup var target: Target

        func run() throws {
            let stamp = Import.conversionStamp
            let job = MedQuADImport(source: URL(fileURLWithPath: source), into: target.repository,
                                    conversion: MedQuADConversion(day: stamp.day, time: stamp.time, importer: stamp.importer))
            try Import.report(into: target.into, failing: "curbside import medquad") { progress in try job.run(progress: progress) }
        }
    }
}

extension Import {
    struct OpenFDA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "openfda",
            abstract: "Import openFDA drug labels (one label, or the API/bulk {\"results\": [...]} form).",
            discussion: "Each drug's newest label is attached, as a cited drug-label reference, to the articles that name the drug (generic or brand name, or a glossary synonym); a drug no article names becomes a drug entry of its own. Changed articles are marked under review."
        )
        @Argument(help: ArgumentHelp("An openFDA drug-label JSON file.", valueName: "FILE")) var file: String
        @OptionGroup var target: Target

        func run() throws {
            var info = stat()
            if stat(file, &info) == 0, let kind = JSONFileRepository.notARegularFile(info) {
                throw CommandFailure("curbside import openfda: \(file) is \(kind), not a JSON file")
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure("curbside import openfda: cannot read \(file): \(String(cString: strerror(errno)))")
            }
            let stamp = Import.conversionStamp
            let job = OpenFDAImport(into: target.repository, day: stamp.day, time: stamp.time, importer: stamp.importer)
            try Import.report(into: target.into, failing: "curbside import openfda: \(file)") { progress in try job.run(data, progress: progress) }
        }
    }
}
