import Foundation
import Testing
@testable import CurbsideCore

/// The bundled library must stay complete, sound and well connected: it cannot silently shrink.
@Suite struct BundledLibraryTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Data").standardizedFileURL
    let library = JSONFileRepository(directory: BundledLibraryTests.data).load()
    /// Articles with an answer; a submitted question is a stub awaiting one.
    var answered: [Article] { library.articles.filter { $0.status != .submitted } }

    @Test func validatesCleanly() {
        let report = LibraryValidator(repository: JSONFileRepository(directory: Self.data)).validate()
        #expect(report.problems.map(\.description) == [])
        #expect(report.layGrades.count == answered.count)
        #expect(report.layGrades.allSatisfy { $0.grade <= LibraryValidator.maximumLayGrade })
    }

    @Test func hasEnoughArticlesSpecialtiesReferencesAndGlossary() {
        #expect(answered.count >= 40)
        #expect(Set(answered.map(\.specialty)).count >= 8)
        // Every article is listed in the library view.
        #expect(library.articleIndicesBySpecialty.flatMap(\.indices).count == library.articles.count)
        for a in answered {
            #expect(a.references.count >= 2, "\(a.id) has \(a.references.count) references")
            #expect((3...8).contains(a.related.count), "\(a.id) has \(a.related.count) related questions")
            #expect(a.summary.lay != nil && a.summary.clinical != nil, "\(a.id) needs both summaries")
        }
        #expect(library.glossary.count >= 150)
        #expect(library.personas.map(\.id) == ["patient", "caregiver", "nurse", "physician", "pharmacist", "student"])
        #expect(library.pages["editorial-policy"] != nil && library.pages["disclaimer"] != nil)
    }

    @Test func includesTheRequiredQuestions() {
        for id in ["osteopenia-worsening-dexa", "osteopenia-management", "osteopenia-guidelines", "osteopenia-femoral-neck-t-score",
                   "osteopenia-83-year-old-frax", "low-femoral-neck-normal-spine-hip", "ventricular-tachycardia-10-beats",
                   "hematocrit-34-35-african-american-woman", "rett-syndrome", "finasteride-acne-29-year-old-man",
                   "fall-wrist-knee-ankle-numbness", "mitral-valve-echo-normal-findings"] {
            #expect(library.article(id) != nil, "missing \(id)")
        }
        let dexa = library.article("osteopenia-worsening-dexa")!
        #expect(dexa.sections.guidelines != nil && dexa.sections.drugLabel != nil && dexa.sections.research != nil)
    }

    @Test func relatedQuestionsConnectEachSpecialty() {
        // Within each specialty, every article reaches every other through related links (either direction).
        for (specialty, articles) in library.articlesBySpecialty {
            let ids = Set(articles.map(\.id))
            var neighbours: [String: Set<String>] = [:]
            for a in articles {
                for r in a.related where ids.contains(r) {
                    neighbours[a.id, default: []].insert(r)
                    neighbours[r, default: []].insert(a.id)
                }
            }
            var seen: Set<String> = [articles[0].id]
            var queue = [articles[0].id]
            while let next = queue.popLast() {
                for n in neighbours[next, default: []] where seen.insert(n).inserted { queue.append(n) }
            }
            #expect(seen == ids, "\(specialty): \(ids.subtracting(seen).sorted()) not connected")
        }
    }

    @Test func bonClusterIsRichlyCrossLinked() {
        let cluster = ["osteopenia-worsening-dexa", "osteopenia-management", "osteopenia-guidelines",
                       "osteopenia-femoral-neck-t-score", "osteopenia-83-year-old-frax", "low-femoral-neck-normal-spine-hip"]
        for id in cluster {
            let links = Set(library.article(id)!.related).intersection(cluster)
            #expect(links.count >= 3, "\(id) links only \(links.count) of the bone cluster")
        }
    }

    @Test func reviewStatusIsHonest() {
        // Nothing in the bundled library has been approved by a clinician (see the editorial policy);
        // answered articles are under review, and a reader's question awaits an answer.
        #expect(library.articles.allSatisfy { $0.status != .approved })
        #expect(answered.allSatisfy { $0.status == .underReview })
        #expect(library.articles.contains { $0.status == .submitted && $0.submission != nil })
        #expect(library.pages["editorial-policy"]!.paragraphs.joined().localizedCaseInsensitiveContains("under review"))
    }
}
