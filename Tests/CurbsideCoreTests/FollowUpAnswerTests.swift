import Foundation
import Testing
@testable import CurbsideCore

/// Follow-up questions the way readers type them (Fixtures/followups.json, written before any
/// tuning: 100 whose answer the library states, with a pattern of its own wording, and 50 it does
/// not), scored on what the reader gets: whether the first point states the fact asked.
struct FollowUpCase: Decodable {
    var query: String
    var from: String
    var persona: String
    var answer: String?
    var split: String
}

extension FollowUpAnswer {
    /// The first point's text ("-" when there is none), for expectations and their messages.
    var lead: String { answer.first?.text ?? "-" }
}

@Suite struct FollowUpAnswerTests {
    static func load(_ name: String) -> [FollowUpCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name).json")
        return (try? JSONDecoder().decode([FollowUpCase].self, from: Data(contentsOf: url))) ?? []
    }
    /// The first fixture's dev and test splits, and a second dev set written later (followups-dev2.json,
    /// 80 questions, measured once before any tuning on it: docs/search.md) as split "dev2", and a
    /// third (followups-dev3.json, 94 questions, likewise written blind and measured first) as "dev3",
    /// a fourth (followups-dev4.json, 90, blind; first look 28.3 / 36.7 / 80.0) as "dev4", a fifth
    /// (followups-dev5.json, 90, blind; first look at the end of session 8: 21.7 / 33.3 / 86.7) as "dev5",
    /// and a sixth (followups-dev6.json, 90, blind; first look at the start of session 9, 23.3 / 25.0 /
    /// 86.7, and at its end, never tuned on: 23.3 / 25.0 / 90.0) as "dev6", and a seventh
    /// (followups-dev7.json, 90, blind; first look at the start of session 10, 35.0 / 43.3 / 93.3, and
    /// at its end, never tuned on: see docs/search.md) as "dev7", and an eighth (followups-dev8.json, 90,
    /// blind; first look at the start of session 11, 31.7 / 45.0 / 96.7, then tuned on) as "dev8", and a
    /// ninth (followups-dev9.json, 90, blind; first look at the end of session 11, 18.3 / 26.7 / 100.0,
    /// never tuned on) as "dev9", and a tenth (followups-dev10.json, 90, blind; first look at the start
    /// of session 12, 25.0 / 31.7 / 83.3, then tuned on) as "dev10", and an eleventh
    /// (followups-dev11.json, 45: questions that point at the article read, "how many days does
    /// she need to take it"; first look in session 14, 20.0 / 26.7 / 93.3, against 20.0 / 23.3 /
    /// 86.7 before the session's standing subject; then tuned on) as "dev11", and a twelfth
    /// (followups-dev12.json, 60, blind, written by a helper session that never ran `ask`; first look
    /// at the end of session 15's tuning: 15.0 / 17.5 / 75.0, the same as the session-start binary) as "dev12",
    /// and a thirteenth (followups-dev13.json, 60, blind, likewise; first look midway through session 16:
    /// 27.5 / 30.0 / 95.0, against 25.0 / 27.5 / 95.0 for the session-start binary) as "dev13",
    /// and a fourteenth (followups-dev14.json, 60, blind, written by a helper session that never ran
    /// `ask`; first look early in session 17: 20.0 / 22.5 / 70.0, against 20.0 / 22.5 / 75.0 for the
    /// session-start binary) as "dev14", and a fifteenth (followups-dev15.json, 60, blind, likewise;
    /// first look at the start of session 18 with the session-start behaviour: 27.5 / 32.5 / 95.0) as "dev15",
    /// and a sixteenth (followups-dev16.json, 60, blind, likewise; first look at the start of session 19
    /// with the session-start binary: 30.0 / 35.0 / 90.0) as "dev16", and a seventeenth
    /// (followups-dev17.json, 60, blind, likewise; first look at the start of session 20 with the
    /// session-start binary: 20.0 / 25.0 / 80.0, with 22 of its 40 answerable questions withheld) as "dev17",
    /// and an eighteenth (followups-dev18.json, 60, blind, likewise; first look at the start of session 21
    /// with the session-start binary: 7.5 / 12.5 / 85.0, with 24 of its 40 answerable questions withheld) as "dev18",
    /// and a nineteenth (followups-dev19.json, 60, blind, likewise; first look at the start of session 22
    /// with the session-start binary: 20.0 / 32.5 / 90.0, with 22 of its 40 answerable questions withheld) as "dev19",
    /// and a twentieth (followups-dev20.json, 60, blind, likewise; first look at the start of session 23
    /// with the session-start binary: 12.5 / 17.5 / 85.0, with 30 of its 40 answerable questions withheld) as "dev20",
    /// and a twenty-first (followups-dev21.json, 60, blind, likewise; first look at the start of session 24
    /// with the session-start binary: 2.5 / 17.5 / 90.0, with 30 of its 40 answerable questions withheld) as "dev21",
    /// and a twenty-second (followups-dev22.json, 60, blind, likewise; first look at the start of session 25
    /// with the session-start binary: 17.5 / 20.0 / 90.0, with 30 of its 40 answerable questions withheld) as "dev22",
    /// and a twenty-third (followups-dev23.json, 60, blind, likewise; first look at the start of session 26
    /// with the session-start binary: 10.0 / 12.5 / 95.0, with 22 of its 40 answerable questions withheld) as "dev23",
    /// and a twenty-fourth (followups-dev24.json, 60, blind, likewise; first look at the start of session 27
    /// with the session-start binary: 10.0 / 10.0 / 100.0, with 31 of its 40 answerable questions withheld) as "dev24",
    /// and a twenty-fifth (followups-dev25.json, 60, blind, likewise; first look at the start of session 28
    /// with the session-start binary: 12.5 / 17.5 / 100.0, with 21 of its 40 answerable questions withheld) as "dev25",
    /// and a twenty-sixth (followups-dev26.json, 60, blind, likewise; first look at the start of session 29
    /// with the session-start binary: 35.0 / 42.5 / 85.0, with 17 of its 40 answerable questions withheld) as "dev26",
    /// and a twenty-seventh (followups-dev27.json, 60, blind, likewise; first look at the start of session 30
    /// with the session-start binary: 37.5 / 50.0 / 90.0, with 14 of its 40 answerable questions withheld) as "dev27",
    /// and a twenty-eighth (followups-dev28.json, 60, blind, likewise; first look at the start of session 31
    /// with the session-start binary: 12.5 / 15.0 / 85.0, with 23 of its 40 answerable questions withheld) as "dev28",
    /// and a twenty-ninth (followups-dev29.json, 60, blind, likewise; first look at the start of session 32
    /// with the session-start binary: 20.0 / 27.5 / 100.0, with 21 of its 40 answerable questions withheld) as "dev29",
    /// and a thirtieth (followups-dev30.json, 60, blind, likewise; first look at the start of session 33
    /// with the session-start binary: 25.0 / 35.0 / 85.0, with 20 of its 40 answerable questions withheld) as "dev30",
    /// and a thirty-first (followups-dev31.json, 60, blind, likewise; first look at the start of session 34
    /// with the session-start binary and library: 45.0 / 50.0 / 95.0, 15 of 40 withheld) as "dev31",
    /// and a thirty-second (followups-dev32.json, 60, blind, likewise; first look at the start of
    /// session 35: 22.5 / 35.0 / 100, 20 of 40 withheld) as "dev32", and a thirty-third
    /// (followups-dev33.json, 60, blind, likewise; first look at the start of session 36:
    /// 37.5 / 42.5 / 90, 17 of 40 withheld) as "dev33", and a thirty-fourth (followups-dev34.json,
    /// 60, blind, likewise; first look at the start of session 37: 22.5 / 30.0 / 80, 23 of 40
    /// withheld) as "dev34", and a thirty-fifth (followups-dev35.json, 60, blind, likewise; first
    /// look at the start of session 38: 30.0 / 35.0 / 95.0, 18 of 40 withheld) as "dev35", and a
    /// thirty-sixth (followups-dev36.json, 60, blind, likewise; first look at the start of session
    /// 39: 37.5 / 42.5 / 95.0, 18 of 40 withheld) as "dev36", and a thirty-seventh
    /// (followups-dev37.json, 60, blind, likewise; first look at the start of session 40:
    /// 27.5 / 32.5 / 75.0, 21 of 40 withheld) as "dev37", and the thirty-eighth
    /// (followups-dev38.json, 60, blind, likewise; first look at the start of session 41:
    /// 37.5 / 45.0 / 95.0, 18 of 40 withheld) as "dev38", and the thirty-ninth
    /// (followups-dev39.json, 60, blind, likewise; first look at the start of session 42:
    /// 30.0 / 37.5 / 95.0, 22 of 40 withheld) as "dev39", and the fortieth (followups-dev40.json,
    /// 60, blind, likewise; first look at the start of session 43: 45.0 / 47.5 / 95.0, 15 of 40
    /// withheld) as "dev40", and the forty-first (followups-dev41.json, 60, blind, likewise; first
    /// look at the start of session 44: 12.5 / 12.5 / 100, 23 of 40 withheld) as "dev41", and the
    /// forty-second (followups-dev42.json, 60, blind, likewise; first look at the start of session 45:
    /// 27.5 / 35.0 / 85.0, 20 of 40 withheld) as "dev42", and the forty-third (followups-dev43.json, 60,
    /// blind, likewise; first look at the start of session 46: 25.0 / 27.5 / 85.0, 19 of 40 withheld)
    /// as "dev43", and the forty-fourth (followups-dev44.json, 60, blind, likewise; first look at the
    /// start of session 47: 25.0 / 37.5 / 90.0, 22 of 40 withheld) as "dev44", the forty-fifth
    /// (followups-dev45.json, 60, blind, likewise; first look at the start of session 48: 15.0 /
    /// 22.5 / 95.0, 21 of 40 withheld) as "dev45", and the forty-sixth (followups-dev46.json, 60,
    /// blind, likewise; first look at the start of session 49: 40.0 / 45.0 / 80.0, 16 of 40
    /// withheld, after four patterns took the lay summaries' wording of their facts; 30.0 / 35.0
    /// with the patterns as first written) as "dev46", the forty-seventh (followups-dev47.json,
    /// 60, blind, likewise; first look at the start of session 50: 27.5 / 30.0 / 100, 26 of 40
    /// withheld) as "dev47", the forty-eighth (followups-dev48.json, 60, blind, likewise; first
    /// look at the start of session 51: 52.5 / 57.5 / 90.0, 14 of 40 withheld) as "dev48", and the
    /// forty-ninth (followups-dev49.json, 60, blind, likewise; first look at the start of session
    /// 52: 37.5 / 42.5 / 90.0, 19 of 40 withheld) as "dev49"; and a fiftieth (followups-dev50.json, 60,
    /// blind, likewise; first look at the start of session 53: 47.5 / 55.0 / 75.0, 14 of 40
    /// withheld) as "dev50".
    static let cases: [FollowUpCase] = load("followups") + load("followups-dev2").map { var c = $0; c.split = "dev2"; return c }
        + load("followups-dev3").map { var c = $0; c.split = "dev3"; return c }
        + load("followups-dev4").map { var c = $0; c.split = "dev4"; return c }
        + load("followups-dev5").map { var c = $0; c.split = "dev5"; return c }
        + load("followups-dev6").map { var c = $0; c.split = "dev6"; return c }
        + load("followups-dev7").map { var c = $0; c.split = "dev7"; return c }
        + load("followups-dev8").map { var c = $0; c.split = "dev8"; return c }
        + load("followups-dev9").map { var c = $0; c.split = "dev9"; return c }
        + load("followups-dev10").map { var c = $0; c.split = "dev10"; return c }
        + load("followups-dev11").map { var c = $0; c.split = "dev11"; return c }
        + load("followups-dev12").map { var c = $0; c.split = "dev12"; return c }
        + load("followups-dev13").map { var c = $0; c.split = "dev13"; return c }
        + load("followups-dev14").map { var c = $0; c.split = "dev14"; return c }
        + load("followups-dev15").map { var c = $0; c.split = "dev15"; return c }
        + load("followups-dev16").map { var c = $0; c.split = "dev16"; return c }
        + load("followups-dev17").map { var c = $0; c.split = "dev17"; return c }
        + load("followups-dev18").map { var c = $0; c.split = "dev18"; return c }
        + load("followups-dev19").map { var c = $0; c.split = "dev19"; return c }
        + load("followups-dev20").map { var c = $0; c.split = "dev20"; return c }
        + load("followups-dev21").map { var c = $0; c.split = "dev21"; return c }
        + load("followups-dev22").map { var c = $0; c.split = "dev22"; return c }
        + load("followups-dev23").map { var c = $0; c.split = "dev23"; return c }
        + load("followups-dev24").map { var c = $0; c.split = "dev24"; return c }
        + load("followups-dev25").map { var c = $0; c.split = "dev25"; return c }
        + load("followups-dev26").map { var c = $0; c.split = "dev26"; return c }
        + load("followups-dev27").map { var c = $0; c.split = "dev27"; return c }
        + load("followups-dev28").map { var c = $0; c.split = "dev28"; return c }
        + load("followups-dev29").map { var c = $0; c.split = "dev29"; return c }
        + load("followups-dev30").map { var c = $0; c.split = "dev30"; return c }
        + load("followups-dev31").map { var c = $0; c.split = "dev31"; return c }
        + load("followups-dev32").map { var c = $0; c.split = "dev32"; return c }
        + load("followups-dev33").map { var c = $0; c.split = "dev33"; return c }
        + load("followups-dev34").map { var c = $0; c.split = "dev34"; return c }
        + load("followups-dev35").map { var c = $0; c.split = "dev35"; return c }
        + load("followups-dev36").map { var c = $0; c.split = "dev36"; return c }
        + load("followups-dev37").map { var c = $0; c.split = "dev37"; return c }
        + load("followups-dev38").map { var c = $0; c.split = "dev38"; return c }
        + load("followups-dev39").map { var c = $0; c.split = "dev39"; return c }
        + load("followups-dev40").map { var c = $0; c.split = "dev40"; return c }
        + load("followups-dev41").map { var c = $0; c.split = "dev41"; return c }
        + load("followups-dev42").map { var c = $0; c.split = "dev42"; return c }
        + load("followups-dev43").map { var c = $0; c.split = "dev43"; return c }
        + load("followups-dev44").map { var c = $0; c.split = "dev44"; return c }
        + load("followups-dev45").map { var c = $0; c.split = "dev45"; return c }
        + load("followups-dev46").map { var c = $0; c.split = "dev46"; return c }
        + load("followups-dev47").map { var c = $0; c.split = "dev47"; return c }
        + load("followups-dev48").map { var c = $0; c.split = "dev48"; return c }
        + load("followups-dev49").map { var c = $0; c.split = "dev49"; return c }
        + load("followups-dev50").map { var c = $0; c.split = "dev50"; return c }

    struct Figures { var first = 0, top3 = 0, answered = 0, unansweredQuiet = 0, unanswered = 0, points = 0, confident = 0, pronounLed = 0 }

    static func measure(_ split: String) -> Figures {
        var f = Figures()
        let engine = RelevanceTests.engine
        for c in cases where c.split == split {
            // As `curbside ask --persona` answers: the persona's audience and the summary it reads.
            let persona = Persona.standard.first { $0.id == c.persona }!
            let answer = engine.answer(c.query, from: c.from, audience: persona.audience, summaries: persona.reading?.filled(for: persona.audience).summary)
            if answer.confident { f.confident += 1; f.points += answer.answer.count }
            f.pronounLed += answer.answer.filter { AnswerTest.matches(AnswerTest.dependent, $0.text) }.count
            if let pattern = c.answer {
                f.answered += 1
                let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
                let states = { (t: String) in regex.firstMatch(in: t, range: NSRange(location: 0, length: (t as NSString).length)) != nil }
                if let lead = answer.answer.first, states(lead.text) { f.first += 1 }
                if answer.answer.prefix(3).contains(where: { states($0.text) }) { f.top3 += 1 }
            } else {
                f.unanswered += 1
                if !answer.confident { f.unansweredQuiet += 1 }
            }
        }
        return f
    }

    /// Floors at today's figures (docs/search.md): the issue's bars (80% first, 90% in three, 95%
    /// not confident) are not reached yet; these keep what has been gained from slipping back.
    /// (The test split lost one question, 18 → 17 of 33, with session 15's reading of "when should
    /// I start…" as asking for a time, and had it back by the session's end: docs/search.md.)
    @Test(arguments: ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "test"])
    func theFirstPointStatesTheFactAsked(split: String) {
        #expect(Self.cases.count >= 3335)
        let f = Self.measure(split)
        let first = Double(f.first) / Double(max(f.answered, 1)), top3 = Double(f.top3) / Double(max(f.answered, 1))
        let quiet = Double(f.unansweredQuiet) / Double(max(f.unanswered, 1))
        let points = Double(f.points) / Double(max(f.confident, 1))
        print(String(format: "follow-ups %@: first point states it %.1f%%, one of three %.1f%%, unanswerable not confident %.1f%%, %.2f points per confident answer, %d pronoun-led",
                     split, first * 100, top3 * 100, quiet * 100, points, f.pronounLed))
        // (dev2's one of three fell 92.6 → 90.7 when "3 or more" beside "women" stopped being read as an age.)
        // (dev5's first point fell 43.3 → 41.7 when a dependent sentence after another could join the
        // two before it: "what empagliflozin dose was used for ckd" now leads with KDIGO's longer
        // chain, while dev7 and dev9 each gained one.)
        // (dev3 fell 81.2 / 89.1 → 79.7 / 87.5 when a question that leaves its subject unsaid is answered
        // from the article being read: "ferritin cutoff for iron deficiency in anemia?", asked from the
        // haematocrit article, is now answered there, where no sentence passes as a cut-off.)
        // (dev10's unanswerable not confident fell 86.7 → 83.3 when "shes 2" became the child's age:
        // "is it ok for her to go on a plane with the ear infection" lost the number that had kept its
        // coverage low, and nothing hears "plane".)
        // (When units of the article being read came to count for more, dev7 lost "LVEF 30%, NYHA II
        // … ICD indicated?", asked from the heart failure article: its sentence on who gets an ICD now
        // leads, not the VT article's 35% criterion. Floors raised to the figures of session 18.)
        // (dev5's one of three fell 53.3 → 51.7 when "one" became a general word: "does having one
        // seizure mean i have epilepsy now" lost the 60% sentence from its three, while "is it ok to
        // drive after taking one of these" is no longer answered by "In one study…".)
        // (Session 19: when a unit's citation markers stopped counting as the reader's numbers, and
        // "38.2" stopped splitting into "38", "." and "2", dev10 lost two of its three that had been
        // found through them ("apixaban 2.5 / 5" matched "0.2%"; "GI bleed risk in pts 75+" the "[2]"),
        // and dev11 lost "his throat is loads better after 3 days…" ("3" in "[3]"); and "i now have a
        // temp" became a fever, which made it the focus of "…will it still work if its gone to my kidneys".)
        // (Session 22: dev6 lost "BMD falling on serial dexa - do bone turnover markers add anything?"
        // once a question after a dash was the question: the story's "serial dexa" then lifts the
        // sentence on serial DEXA above the one on bone turnover markers. And dev4 lost "expected hb
        // response at 2 wks of oral iron if its true IDA?" once "is that true" was how a reader asks:
        // "true" no longer counts toward the one sentence that holds the question's words. In session
        // 23, dev lost "do i need another echo" to "a new heart murmur is another reason for a repeat
        // echo", once "a reason for" says who a rule is for: the caregiver whose 3-year-old has a
        // fever of 39 is now told that a fever of 39°C is a reason for amoxicillin. In session 24,
        // dev19 lost "pt w/ CKD 3a, 10yr ASCVD risk 8.5% … does CKD count as a risk enhancer" once a
        // risk told is the reader's value: the 7.5–20% rule that takes 8.5% in now leads; the patient
        // whose risk "came out at 4%" is told the below-5% rule in exchange. In session 25, dev5
        // lost "NSVT only during exercise testing, structurally normal heart - prognostic?" from its
        // first three once the review's bullet on NSVT as an adverse marker names its review and
        // stands alone; the library's bullets that leaned on the one before won +3 first points.
        // In session 27, dev17 lost "is there any actual evidence that serial DXA monitoring … or
        // does it just identify who's losing bone" from first to second once "losing" is the
        // library's "loss": the sentence on bone loss now leads (dev6's "how much total hip bmd did
        // women lose by stopping" gained its first point).)
        let floors = ["dev": (0.82, 0.94), "dev2": (0.81, 0.92), "dev3": (0.82, 0.90), "dev4": (0.70, 0.76), "dev5": (0.51, 0.63), "dev6": (0.55, 0.63), "dev7": (0.65, 0.76), "dev8": (0.61, 0.70), "dev9": (0.53, 0.61), "dev10": (0.56, 0.65), "dev11": (0.60, 0.73), "dev12": (0.45, 0.50), "dev13": (0.52, 0.52), "dev14": (0.40, 0.40), "dev15": (0.60, 0.70), "dev16": (0.45, 0.50), "dev17": (0.40, 0.57), "dev18": (0.32, 0.35), "dev19": (0.47, 0.60), "dev20": (0.27, 0.40), "dev21": (0.22, 0.40), "dev22": (0.22, 0.30), "dev23": (0.22, 0.25), "dev24": (0.27, 0.35), "dev25": (0.20, 0.27), "dev26": (0.60, 0.70), "dev27": (0.70, 0.72), "dev28": (0.20, 0.22), "dev29": (0.45, 0.55), "dev30": (0.40, 0.52), "dev31": (0.67, 0.72), "dev32": (0.47, 0.60), "dev33": (0.70, 0.75), "dev34": (0.55, 0.62), "test": (0.60, 0.69), "dev35": (0.55, 0.57), "dev36": (0.60, 0.62), "dev37": (0.40, 0.47), "dev38": (0.50, 0.60), "dev39": (0.50, 0.57), "dev40": (0.62, 0.64), "dev41": (0.17, 0.19), "dev42": (0.45, 0.52), "dev43": (0.32, 0.35), "dev44": (0.37, 0.50), "dev45": (0.22, 0.32), "dev46": (0.52, 0.57), "dev47": (0.45, 0.50), "dev48": (0.77, 0.80), "dev49": (0.57, 0.65), "dev50": (0.65, 0.70)][split]!
        #expect(first >= floors.0)
        #expect(top3 >= floors.1)
        // The fourth set's unanswerable questions are the hardest yet (a first look of 80%); the
        // fifth's gave one (83.3%, "can macrobid be opened and sprinkled") for eight first points.
        // dev22 gave one (90 → 85%) in session 27 once a specialist's title ("her haematologist")
        // names who spoke, not a topic: "ttc with sickle cell disease, already on 5mg folic acid -
        // does she need a 400mcg supplement on top" now gets the USPSTF 0.4–0.8 mg advice, since
        // the condition told in the story does not have to be heard (dev24 gained the 18-year-old's
        // Shingrix answer). dev8 gave one (100 → 96.7%) in session 36 once "she's 10 weeks" is
        // read as 10 weeks old, not 10 years: "could it just be teething? she's 10 weeks and her
        // temp was 38.1" now gets "a baby under 3 months with a fever needs a doctor right away",
        // which the library does not frame as an answer about teething.
        #expect(quiet >= ["dev": 1.00, "dev2": 0.96, "dev3": 0.96, "dev4": 0.90, "dev5": 0.90, "dev6": 0.93, "dev7": 0.96, "dev8": 0.96, "dev9": 1.00, "dev10": 0.86, "dev11": 1.00, "dev12": 0.80, "dev13": 0.90, "dev14": 0.85, "dev15": 0.95, "dev16": 0.90, "dev17": 0.85, "dev18": 0.85, "dev19": 0.90, "dev20": 0.90, "dev21": 0.90, "dev22": 0.85, "dev23": 0.95, "dev24": 1.00, "dev25": 1.00, "dev26": 0.90, "dev27": 0.85, "dev28": 0.85, "dev29": 1.00, "dev30": 0.85, "dev31": 1.00, "dev32": 1.00, "dev33": 0.90, "dev34": 0.80, "test": 0.94, "dev35": 0.90, "dev36": 0.95, "dev37": 0.75, "dev38": 0.95, "dev39": 0.95, "dev40": 0.95, "dev41": 1.00, "dev42": 0.84, "dev43": 0.89, "dev44": 0.94, "dev45": 0.95, "dev46": 0.85, "dev47": 0.95, "dev48": 0.90, "dev49": 0.90, "dev50": 0.85][split]!)
        #expect(points <= 3)
        #expect(f.pronounLed == 0)
    }

    /// Whether two medicines may be taken together is answered by a warning or a statement about
    /// combining them, not by a sentence that only names both ("with a medicine such as
    /// acetaminophen or ibuprofen"): the library does not say whether to give both at once.
    @Test func namingBothMedicinesDoesNotAnswerWhetherToCombineThem() {
        let engine = RelevanceTests.engine
        let answer = engine.answer("can my 4 yo have advil and tylenol together for her ear", from: "acute-otitis-media-children-amoxicillin", audience: .lay)
        #expect(!answer.confident, "\(answer.answer.map(\.text))")
        #expect(AnswerTest.passes("Do not take it with aspirin or other NSAIDs such as ibuprofen.", type: .interactions))
        #expect(!AnswerTest.passes("Treat the ear pain with a medicine such as acetaminophen or ibuprofen.", type: .interactions))
    }

    /// An article whose title is about other people ("a baby under 3 months") does not answer a
    /// 3-year-old's parent; it still answers a 6-week-old's, and "take him in" asks whether to go.
    @Test func anArticleForOtherAgesDoesNotAnswerTheReader() {
        let engine = RelevanceTests.engine
        let older = engine.answer("my 3 yr old has a fever of 39 and wont drink, when should i take her in", audience: .lay)
        #expect(!older.confident, "\(older.answer.map(\.text))")
        let baby = engine.answer("my 6 week old has a temp of 38.2, do i need to take him in", audience: .lay)
        #expect(baby.confident && baby.urgent != nil)
        #expect(baby.answer.first?.articleId == "fever-infant-under-3-months", "\(baby.answer.map(\.text))")
        #expect(baby.answer.first.map { $0.text.contains("urgent") || $0.text.contains("right away") } == true, "\(baby.answer.map(\.text))")
    }

    /// Another member of the focus's class is not the focus: ketorolac's 40 mg maximum does not
    /// answer ibuprofen's (the library holds no ibuprofen dosing), though both are NSAIDs.
    @Test func anotherMemberOfTheClassDoesNotAnswerForTheFocus() {
        let engine = RelevanceTests.engine
        let answer = engine.answer("whats the max dose of ibuprofen for a 10 year old", audience: .clinical)
        #expect(!answer.answer.contains { $0.text.lowercased().contains("ketorolac") }, "\(answer.answer.map(\.text))")
        let ketorolac = engine.answer("whats the max dose of ketorolac", audience: .clinical)
        #expect(ketorolac.confident && ketorolac.answer.first.map { $0.text.contains("40 mg") } == true, "\(ketorolac.answer.map(\.text))")
    }

    /// What the editors did not find ("We did not find FDA prescribing information for infant
    /// vitamin D drops…") is a note on sources, not an answer: the dose itself leads.
    @Test func aNoteOnSourcesDoesNotLead() {
        let answer = RelevanceTests.engine.answer("how much vitamin d should my 4 month old get", audience: .lay)
        #expect(answer.confident)
        #expect(answer.answer.first.map { $0.text.contains("400 IU") && !$0.text.hasPrefix("We did not find") } == true, "\(answer.answer.map(\.text))")
    }

    /// A question that points at something and names no topic ("how many days does he need to
    /// take it"), asked from an article, is about that article's subject; asked from nowhere, or
    /// naming its own topic, it is read as it stands. The subject finds and focuses the answer but
    /// does not make a question about something the article lacks confident ("tea").
    @Test func aQuestionPointingAtTheArticleIsAboutIt() {
        let engine = RelevanceTests.engine
        let cases: [(String, String, String)] = [
            ("how many days does he need to take it", "strep-throat-antibiotics", "10 days"),
            ("how long do i stay on it before a break", "bisphosphonate-drug-holiday", "5 years"),
            ("how many days can i take it for", "ketorolac-safe-use", "5 days"),
        ]
        for (question, from, fact) in cases {
            let answer = engine.answer(question, from: from, audience: .lay)
            #expect(answer.confident && answer.answer.first?.text.contains(fact) == true, "\(question): \(answer.answer.map(\.text))")
            #expect(!engine.answer(question, audience: .lay).answer.contains { $0.text.contains(fact) && $0.articleId == from }, "\(question) without --from")
        }
        #expect(!engine.answer("can i take it with my morning tea", from: "iron-deficiency-anemia-oral-iron", audience: .lay).confident)
        // What is left unheard is named from the reader's own words, not the article's.
        let pregnancy = engine.answer("is it safe in pregnancy", from: "depression-starting-ssri", audience: .lay)
        #expect(!pregnancy.confident && !(pregnancy.unheard ?? []).contains { $0.contains("SSRI") || $0.contains("sertraline") }, "\(pregnancy.unheard ?? [])")
        // Nor is a trial's dose an answer to "how much of it should I take".
        #expect(!engine.answer("how much of it should i take a day", from: "osteopenia-management", audience: .lay).answer.contains { AnswerTest.opensAsStudyReport($0.text) })
        // Asked from an article about something else, no time it gives answers ("10-year risk").
        #expect(!engine.answer("how many days does he need to take it", from: "osteopenia-management", audience: .lay).confident)
        let (understood, query) = engine.index.interpret("how long do i take amoxicillin for")
        #expect(engine.standingArticle(for: query, understood, from: "strep-throat-antibiotics") == nil)
        let (understood2, query2) = engine.index.interpret("how many weeks do i need to wear the brace")
        #expect(engine.standingArticle(for: query2, understood2, from: "ankle-sprain-ottawa-rules") == nil)
        let (understood3, query3) = engine.index.interpret("is it safe in pregnancy")
        #expect(engine.standingArticle(for: query3, understood3, from: "depression-starting-ssri")?.id == "depression-starting-ssri")
    }

    /// "Any dose adjustment?" is answered by a statement that the dose changes, with or without
    /// the figure: "a lower dose is recommended for moderate kidney impairment".
    @Test func aDoseAdjustmentStatesADose() {
        #expect(AnswerTest.passes("A lower dose is recommended for moderate kidney impairment [4].", type: .dose))
        #expect(AnswerTest.passes("Reduce the dose when eGFR falls below 45.", type: .dose))
        #expect(!AnswerTest.passes("The label covers Rett syndrome in adults and children aged 2 years and older.", type: .dose))
        let answer = RelevanceTests.engine.answer("trofinetide in a rett pt with moderate renal impairment - any dose adjustment?", from: "rett-syndrome", audience: .clinical)
        #expect(answer.confident && answer.answer.first?.text.contains("lower dose") == true, "\(answer.answer.map(\.text))")
    }

    /// A question about something no article speaks to is not answered, and says what that is
    /// (by the word the reader typed, or the glossary's name for it).
    @Test func anUnheardWordWithholdsTheAnswerAndIsNamed() {
        let engine = RelevanceTests.engine
        let cases: [(String, String?, String)] = [
            ("can i take my iron tablet with my morning coffee", "iron-deficiency-anemia-oral-iron", "coffee"),
            ("would grommets help my son who gets ear infections every month", "acute-otitis-media-children-amoxicillin", "grommets"),
            ("is hydroxyzine a reasonable option for GAD", "generalized-anxiety-treatment", "hydroxyzine"),
        ]
        for (question, from, word) in cases {
            let answer = engine.answer(question, from: from, audience: .lay)
            #expect(!answer.confident, "\(question)")
            #expect(answer.unheard == [word], "\(question) → \(answer.unheard ?? [])")
        }
        // A shortening, a slip or an everyday story word does not withhold an answer.
        #expect(engine.answer("eliquis dose for 82 yo 55kg creat 1.2", from: "atrial-fibrillation-anticoagulation", audience: .clinical).confident)
        #expect(engine.answer("how much vitamin d does my mum need, she is 80", from: "vitamin-d-supplement-dose-adults", audience: .lay).confident)
        // Nor does a word that only carries the sentence ("any issue?").
        #expect(engine.answer("isotretinoin + doxycycline, any issue?", from: "isotretinoin-severe-acne", audience: .clinical).confident)
        // Nor does a word of the story told before the question ("at netball"), unless the question
        // points back at it ("is that a problem").
        let told = engine.answer("rolled my ankle last night at netball, is it alright to take ibuprofin or does that slow down the healing",
                                 from: "ankle-sprain-ottawa-rules", audience: .lay)
        #expect(told.confident, "\(told.unheard ?? [])")
        let pointedAt = engine.answer("rolled my ankle at netball, is that a problem for taking ibuprofen", from: "ankle-sprain-ottawa-rules", audience: .lay)
        #expect(!pointedAt.confident)
        #expect(pointedAt.unheard == ["netball"], "\(pointedAt.unheard ?? [])")
        // "Lp(a)" is lipoprotein(a), which the statin article names, not a lumbar puncture ("LP").
        let lpa = engine.answer("my lp(a) came back high, does that push me toward a statin", from: "statin-primary-prevention", audience: .lay)
        #expect(!(lpa.unheard ?? []).contains("lumbar puncture"), "\(lpa.unheard ?? [])")
        #expect(lpa.understood?.focus.first == "lipoprotein(a)", "\(lpa.understood?.focus ?? [])")
        // Who told the story ("gp gave him…") is not what the answer is about: the course length is.
        let course = engine.answer("my son just turned 4, gp gave him amoxicillin for his ear - is it the full 10 days like his baby sister had or shorter at his age?",
                                   from: "acute-otitis-media-children-amoxicillin", audience: .lay)
        #expect(course.understood?.questionType == .duration)
        #expect(course.understood?.constraints.contains { $0.kind == "age" && $0.value == "4 years" } == true)
        #expect(course.confident && course.lead.contains("7 days at ages 2 to 5"), "\(course.lead)")
        // A rare word the library knows, but not in the article that would answer, does.
        let magnesium = engine.answer("magnesium for migraine prophylaxis dose", from: "migraine-prevention", audience: .clinical)
        #expect(!magnesium.confident)
        #expect(magnesium.unheard == ["magnesium"], "\(magnesium.unheard ?? [])")
    }

    /// A rule for women only does not answer about a man ("should my husband take folic acid"),
    /// nor one about girls a question about boys; a rule about babies answers about "my son".
    @Test func aRuleForOneSexDoesNotAnswerAboutTheOther() {
        let engine = RelevanceTests.engine
        let husband = engine.answer("should my husband be taking folic acid too while were trying", from: "folic-acid-before-pregnancy", audience: .lay)
        #expect(!husband.answer.contains { $0.text.contains("if you could get pregnant") }, "\(husband.answer.map(\.text))")
        // "Can boys get it" asks about boys: the Rett article, all about girls, does not answer it.
        let boys = engine.answer("can boys get rett syndrome too", from: "rett-syndrome", audience: .lay)
        #expect(!boys.confident, "\(boys.answer.map(\.text))")
        #expect(AnswerComposer.asksAboutASex("do men get osteoporosis") == "male")
        #expect(AnswerComposer.asksAboutASex("can girls inherit it") == "female")
        #expect(AnswerComposer.asksAboutASex("my son can get it too?") == nil)
        let son = engine.answer("my son is 2 months and breastfed, how much vitamin d does he need", from: "infant-vitamin-d-iron", audience: .lay)
        #expect(son.confident)
    }

    /// A drug the library never names is heard through its kind for what the kind shares, never
    /// for its own dose: "potassium binders" give no Lokelma maintenance dose.
    @Test func aKindDoesNotGiveItsMembersDose() {
        let dose = RelevanceTests.engine.answer("lokelma maintenance dose for chronic hyperK in a pt we want to keep on lisinopril?",
                                                from: "hyperkalemia-ace-inhibitor", audience: .clinical)
        #expect(!dose.confident, "\(dose.answer.map(\.text))")
        #expect(dose.unheard == ["sodium zirconium cyclosilicate"], "\(dose.unheard ?? [])")
    }

    /// The reader's value is not found in a length of time: "CrCl 28" is not "through day 28",
    /// though "5 yrs" is "after 5 years".
    @Test func aValueIsNotATime() {
        #expect(AnswerComposer.statesAsTime("28", in: "Clinical resolution through day 28 was 70% [3]."))
        #expect(AnswerComposer.statesAsTime("5", in: "been on fosamax 5 yrs can i take a break"))
        #expect(AnswerComposer.statesAsTime("10", in: "for a 10-day course"))
        #expect(!AnswerComposer.statesAsTime("28", in: "CrCl 28 - can she stay on macrobid"))
        #expect(!AnswerComposer.statesAsTime("30", in: "not used below an eGFR of 30"))
    }

    /// A label's covers item that says what the label rules out answers "anything to flag";
    /// one that only names a topic ("Short-term use for acute pain") is still left out.
    @Test func aLabelsContraindicationListAnswers() {
        let answer = RelevanceTests.engine.answer("toradol rx for a pt on pentoxifylline - anything to flag", from: "ketorolac-safe-use", audience: .clinical)
        #expect(answer.confident)
        #expect(answer.answer.first?.text.contains("pentoxifylline") == true, "\(answer.answer.map(\.text))")
        #expect(AnswerComposer.namesAWarning("Allergy contraindication, Guillain-Barré syndrome and fainting warnings [3]."))
        #expect(!AnswerComposer.namesAWarning("Short-term (5 days or less) use for moderately severe acute pain in adults [1]."))
    }

    /// A sentence about a broader kind speaks to the one asked about (bleeding with NSAIDs hears
    /// Advil); the story told before the question is circumstance, not a topic the point must name.
    @Test func aBroaderKindHearsTheOneAskedAndTheStoryIsCircumstance() {
        let engine = RelevanceTests.engine
        let iron = engine.answer("the iron pills make me sick, can i take them every other day instead", from: "iron-deficiency-anemia-oral-iron", audience: .lay)
        #expect(iron.confident)
        #expect(iron.lead.contains("every other day"), "\(iron.lead)")
        let statin = engine.answer("should i take atorvastatin at night or in the morning", from: "statin-primary-prevention", audience: .lay)
        #expect(statin.lead.contains("any time of day"), "\(statin.lead)")
        let aspirin = engine.answer("cant i just take a baby aspirin instead of eliquis for my afib", from: "atrial-fibrillation-anticoagulation", audience: .lay,
                                    summaries: ["lay"])
        #expect(aspirin.lead.contains("not a good swap"), "\(aspirin.lead)")
    }

    /// "The label warns…" names its label from the one it cites and then stands alone as a point;
    /// "can I take X with Y" is answered by the warning, not by a sentence that merely combines them.
    @Test func aLabelSentenceNamesItsLabelAndAWarningAnswersAnInteraction() {
        let engine = RelevanceTests.engine
        let iron = engine.answer("can i take my iron tablet at the same time as doxycycline", from: "iron-deficiency-anemia-oral-iron", audience: .lay)
        #expect(iron.confident)
        let lead = iron.lead
        #expect(lead.hasPrefix("The ferrous sulfate label warns") && lead.contains("absorption of certain antibiotics"), "\(lead)")
        let doxy = engine.answer("derm wants to stop my doxy when i start isotretinoin, why cant i take both", from: "isotretinoin-severe-acne", audience: .lay)
        #expect(doxy.lead.contains("Do not take tetracycline antibiotics with it"), "\(doxy.lead)")
        // A pharmacist's workflow ("Rx for", "profile shows") and the dose's unit are not what is asked.
        let dispense = engine.answer("Rx for doxycycline 100mg for a pt whose profile shows he's mid-course on Absorica. Safe to dispense together?",
                                     from: "isotretinoin-severe-acne", audience: .clinical)
        #expect(dispense.confident && dispense.lead.contains("avoid tetracyclines"), "\(dispense.lead)")
        // A CT with dye is a scan with dye: what matters to metformin is the dye.
        let dye = engine.answer("im having a ct scan with dye next week and im on metformin, is that a problem",
                                from: "type-2-diabetes-first-line-metformin", audience: .lay, summaries: ["lay"])
        #expect(dye.confident && dye.lead.contains("X-ray dye"), "\(dye.lead)")
    }

    /// A pharmacist's shorthand: the lab's symbol and value, the dose, and "hold or continue".
    @Test func aLabSymbolAndHoldOrContinueAreAnswered() {
        let engine = RelevanceTests.engine
        let k = engine.answer("K 5.6 on lisinopril 20 mg, hold or continue?", from: "hyperkalemia-ace-inhibitor", audience: .clinical)
        #expect(k.confident)
        let lead = k.lead
        #expect(lead.contains("rather than by cutting the dose or stopping the drug") || lead.contains("without stopping"), "\(lead)")
    }

    /// A rule whose ranges take this reader in leads before the usual case: an 82-year-old of
    /// 55 kg meets two of apixaban's three reasons for the lower dose.
    @Test func theRuleThatTakesTheReaderInLeads() {
        let engine = RelevanceTests.engine
        let mum = engine.answer("is 5mg twice a day of eliquis right for my mum, she is 82 and weighs 55kg", from: "atrial-fibrillation-anticoagulation", audience: .lay)
        #expect(mum.confident)
        #expect(mum.lead.contains("lowered to 2.5 mg twice daily"), "\(mum.lead)")
    }

    /// A sentence that cites only a drug label is about that label's drug, though it does not
    /// name it ("For adults the label starts at 49/51 mg twice daily [4]", [4] being Entresto's).
    @Test func aLabelSentenceIsAboutTheDrugItsLabelNames() {
        let engine = RelevanceTests.engine
        let entresto = engine.answer("sacubitril valsartan starting dose", from: "heart-failure-reduced-ef-medications", audience: .clinical)
        #expect(entresto.confident && entresto.lead.contains("49/51 mg twice daily"), "\(entresto.lead)")
        let fosamax = engine.answer("do i take fosamax with food", from: "osteopenia-management", audience: .lay)
        #expect(fosamax.confident && fosamax.lead.contains("30 minutes before any food"), "\(fosamax.lead)")
    }

    /// "How long…" is answered by a length of time, not by a sentence that passes another type the
    /// question touches ("do I need"); a rule for women who are not pregnant does not answer a
    /// pregnant reader, and "non-pregnant women" is not a pregnancy.
    @Test func theMeasureAskedAndTheReadersPregnancyDecideTheLead() {
        let engine = RelevanceTests.engine
        let uti = engine.answer("how long do i need to take antibiotics for a bladder infection", from: "uncomplicated-uti-women", audience: .lay)
        #expect(uti.lead.contains("for 5 days"), "\(uti.lead)")
        let pregnant = engine.answer("can i take nitrofurantoin if im pregnant", from: "uncomplicated-uti-women", audience: .lay)
        #expect(!pregnant.answer.contains { $0.text.contains("not pregnant") }, "\(pregnant.answer.map(\.text))")
        #expect(!QuestionUnderstander.understand("WHO hb cutoff for anaemia in non-pregnant women").constraints.contains { $0.kind == "pregnancy" })
        #expect(QuestionUnderstander.understand("im 20 weeks pregnant").constraints.contains { $0.kind == "pregnancy" })
    }

    /// "Lower" as in "the heart's lower chambers" is not a side effect; "does it shorten life" asks
    /// how long people live with it.
    @Test func wordsThatOnlyLookLikeTheAnswerDoNotLead() {
        let engine = RelevanceTests.engine
        #expect(!AnswerTest.passes("VT means 3 or more beats in a row from the heart's lower chambers [1].", type: .sideEffects))
        #expect(AnswerTest.passes("Finasteride lowers PSA by about half [1].", type: .sideEffects))
        #expect(AnswerTest.passes("Erenumab can raise blood pressure [5].", type: .sideEffects))
        // "What happens if…" asks for consequences; "does it cause" is answered by "did not find that it raises".
        let pregnant = engine.answer("what happens if i get pregnant while on isotretinoin", from: "isotretinoin-severe-acne", audience: .lay)
        #expect(pregnant.lead.contains("severe birth defects"), "\(pregnant.lead)")
        let mood = engine.answer("does isotretinoin cause depression", from: "isotretinoin-severe-acne", audience: .lay)
        #expect(mood.confident && mood.lead.contains("depression"), "\(mood.lead)")
        let rett = engine.answer("does rett syndrome shorten life", from: "rett-syndrome", audience: .lay)
        #expect(rett.lead.contains("live into their 50s"), "\(rett.lead)")
    }

    /// "How long until it works" is answered by when it helps, not by any length of time: the anxiety
    /// article says when to review ("within 1 week"), not when escitalopram helps, so it withholds.
    @Test func howLongUntilItWorksNeedsWhenItWorks() {
        let engine = RelevanceTests.engine
        #expect(!engine.answer("how long does it take for escitalopram to help anxiety", from: "generalized-anxiety-treatment", audience: .lay).confident)
        let ssri = engine.answer("how long till the sertraline kicks in", from: "depression-starting-ssri", audience: .lay)
        #expect(ssri.lead.contains("within 4 weeks"), "\(ssri.lead)")
    }

    /// "Is it ok / safe to X": X is what is asked, so an X the library never mentions withholds the
    /// answer ("crush", "fly"), however well the rest of the question matches. So is "safe for her
    /// to X".
    @Test func theActionAskedAboutMustBeHeard() {
        let engine = RelevanceTests.engine
        for (q, from, word) in [("is it ok to crush my metformin tablet", "type-2-diabetes-first-line-metformin", "crush"),
                                ("is it safe to fly after a dvt", "dvt-anticoagulation-duration", "fly"),
                                // (Asked of someone, and typed as a verb in the story before it.)
                                ("we fly home on sunday - is it safe for her to fly after her clot?", "dvt-anticoagulation-duration", "fly")] {
            let answer = engine.answer(q, from: from, audience: .lay)
            #expect(!answer.confident, "\(q) → \(answer.lead)")
            #expect(answer.unheard == [word], "\(q) → \(answer.unheard ?? [])")
        }
    }

    /// How the reader words it is not what the answer must be about: "have gone red", "is that the
    /// injection" (`TypedSentence`); and a point that goes on from the sentence before ("Then shots
    /// such as dupilumab…") is joined to it or left out.
    @Test func theReadersWordingIsNotATopic() {
        let engine = RelevanceTests.engine
        let answer = engine.answer("my eyes have gone red and itchy since i started dupixent, is that the injection",
                                   from: "atopic-dermatitis-adult-treatment", audience: .lay)
        #expect(answer.confident && answer.lead.contains("eye"), "\(answer.lead) \(answer.unheard ?? [])")
        #expect(!answer.answer.contains { $0.text.hasPrefix("Then ") }, "\(answer.answer.map(\.text))")
        let risedronate = engine.answer("my mum is 83 - i read risedronate doesnt actually prevent hip fractures in over 80s, is that right",
                                        from: "osteopenia-83-year-old-frax", audience: .lay)
        #expect(risedronate.confident && risedronate.lead.contains("80 and older"), "\(risedronate.lead) \(risedronate.unheard ?? [])")
    }

    /// What a drug is taken for ("advil for headaches") is the reader's circumstance in a question
    /// about two drugs; a meal named in a timing question is a time, not a topic; "beat" compares.
    @Test func circumstanceWordsDoNotWithholdTheAnswer() {
        let engine = RelevanceTests.engine
        let advil = engine.answer("can i take advil for headaches while on sertraline?", from: "depression-starting-ssri", audience: .lay)
        #expect(advil.confident && advil.lead.contains("bleeding"), "\(advil.lead) \(advil.unheard ?? [])")
        let iron = engine.answer("does the ferrous sulfate go down better after a meal or first thing before breakfast? it makes me a bit queasy",
                                 from: "iron-deficiency-anemia-oral-iron", audience: .lay)
        #expect(iron.confident && iron.lead.contains("after meals"), "\(iron.lead) \(iron.unheard ?? [])")
        let allhat = engine.answer("ALLHAT - any outcome where chlorthalidone beat amlodipine/lisinopril?", from: "hypertension-first-line-treatment", audience: .clinical)
        #expect(allhat.confident && allhat.lead.contains("less heart failure"), "\(allhat.lead) \(allhat.unheard ?? [])")
    }

    /// "Dose for prevention": the amount that stands next to the word asked of ("the labelled
    /// prevention dose … is 35 mg once a week") leads, not a sentence naming the drug's uses.
    @Test func theAmountNextToTheWordAskedLeads() {
        let engine = RelevanceTests.engine
        let answer = engine.answer("fosamax dose for prevention of pmo", from: "osteopenia-guidelines", audience: .clinical)
        #expect(answer.confident && answer.lead.contains("35 mg once a week"), "\(answer.lead)")
    }

    /// "What should I do" after an emergency sign asks whether to act now: the lead says so, not
    /// how to dose a fever medicine.
    @Test func whatToDoAfterAnEmergencySignIsUrgency() {
        let engine = RelevanceTests.engine
        let answer = engine.answer("my 6 week old has a fever of 38.5, what should i do", audience: .lay)
        #expect(answer.urgent != nil)
        #expect(Patterns.matches(#"\b(urgent|right away|same day|emergency)"#, in: answer.lead), "\(answer.lead)")
        #expect(!answer.lead.contains("mL"), "\(answer.lead)")
        // A clinician asking what a study of febrile infants found still sees the urgent line, but is
        // answered from the study, not told to seek care.
        let study = engine.answer("in the PECARN febrile infant study, what negative predictive value did the low-risk rule have?",
                                  from: "fever-infant-under-3-months", audience: .clinical)
        #expect(study.urgent != nil)
        #expect(study.understood?.type != QuestionType.urgency.rawValue)
        #expect(study.confident && study.lead.contains("negative predictive value"), "\(study.lead)")
    }

    /// A supporting point from another article must be nearly as much about the question as the
    /// lead: no amlodipine label under erenumab, no DVT dosing under AF criteria, no folic acid
    /// under vitamin D in pregnancy.
    @Test func supportingPointsFromOtherArticlesMustComeClose() {
        let engine = RelevanceTests.engine
        for (q, from, other) in [("erenumab warnings - does it cause hypertension?", "migraine-prevention", "hypertension-first-line-treatment"),
                                 ("criteria for apixaban 2.5 bid dose reduction in AF", "atrial-fibrillation-anticoagulation", "dvt-anticoagulation-duration"),
                                 ("vit D supplementation in pregnancy - endo society position?", "vitamin-d-supplement-dose-adults", "folic-acid-before-pregnancy")] {
            let answer = engine.answer(q, from: from, audience: .clinical)
            #expect(answer.confident && answer.answer.first?.articleId == from, "\(q) → \(answer.lead)")
            #expect(!answer.answer.contains { $0.articleId == other }, "\(q) → \(answer.answer.map(\.text))")
        }
    }

    /// "The most I can safely take" is answered by the limit, not by the usual daily amount.
    @Test func theMostOneMayTakeIsALimit() {
        let engine = RelevanceTests.engine
        let d = engine.answer("whats the most vitamin d i can safely take a day", from: "vitamin-d-supplement-dose-adults", audience: .lay)
        #expect(d.lead.contains("4,000 IU"), "\(d.lead)")
        let keppra = engine.answer("max dose of keppra per day", from: "first-seizure-adult", audience: .clinical)
        #expect(keppra.lead.contains("maximum recommended 1,500 mg"), "\(keppra.lead)")
    }

    @Test func aLabelIsNamedFromTheTitleOfTheLabelCited() {
        #expect(LabelNaming.drugName(inTitle: "FOSAMAX (alendronate sodium) tablets — prescribing information") == "Fosamax")
        #expect(LabelNaming.drugName(inTitle: "TOPROL-XL (metoprolol succinate) extended-release tablets — prescribing information") == "Toprol-XL")
        #expect(LabelNaming.drugName(inTitle: "FERROUS SULFATE 325 mg tablets — over-the-counter Drug Facts label") == "ferrous sulfate")
        #expect(LabelNaming.drugName(inTitle: "NITROFURANTOIN (MONOHYDRATE/MACROCRYSTALS) capsules — prescribing information") == "nitrofurantoin")
        #expect(LabelNaming.drugName(inTitle: "ABSORICA and ABSORICA LD (isotretinoin) capsules — prescribing information") == "Absorica")
        #expect(LabelNaming.drugName(inTitle: "prescribing information") == nil)
        let label = Reference(kind: .drugLabel, title: "ELIQUIS (apixaban) tablets — prescribing information", source: "DailyMed", year: 2021)
        let guideline = Reference(kind: .guideline, title: "2023 ACC/AHA atrial fibrillation guideline", source: "Circulation", year: 2023)
        #expect(LabelNaming.resolved("The label carries boxed warnings [2].", references: [guideline, label]) == "The Eliquis label carries boxed warnings [2].")
        #expect(LabelNaming.resolved("The label's dose is 5 mg [2].", references: [guideline, label]) == "The Eliquis label's dose is 5 mg [2].")
        // Not a label cited, two sources, no citation, or not the opening: left as written.
        #expect(LabelNaming.resolved("The label carries boxed warnings [1].", references: [guideline, label]) == nil)
        #expect(LabelNaming.resolved("The label carries boxed warnings [1, 2].", references: [guideline, label]) == nil)
        #expect(LabelNaming.resolved("The label carries boxed warnings.", references: [guideline, label]) == nil)
        // "It" before what only a label does is the label; before anything else it is left alone.
        #expect(LabelNaming.resolved("It also warns about bleeding [2].", references: [guideline, label]) == "The Eliquis label also warns about bleeding [2].")
        #expect(LabelNaming.resolved("It carries a boxed warning [2].", references: [guideline, label]) == "The Eliquis label carries a boxed warning [2].")
        #expect(LabelNaming.resolved("It lowers stroke risk [2].", references: [guideline, label]) == nil)
        #expect(LabelNaming.resolved("It also warns about bleeding [1].", references: [guideline, label]) == nil)
        #expect(LabelNaming.resolved("The labelling differs [2].", references: [guideline, label]) == nil)
        #expect(LabelNaming.resolved("The label cites [7].", references: [guideline, label]) == nil)
        // "Each tablet…" says which tablet from the one label it cites.
        #expect(LabelNaming.resolved("Each tablet is taken on waking with plain water [2].", references: [guideline, label]) == "Each Eliquis tablet is taken on waking with plain water [2].")
        #expect(LabelNaming.resolved("Each tablet is taken on waking [1].", references: [guideline, label]) == nil)
    }

    /// The phrasings readers type (Fixtures/red-flag-phrasings.json, ~460 written for the purpose,
    /// two batches of them before the patterns were tuned): each "trigger" shows its flag's line
    /// (the first flag that matches is the one shown), and no "quiet" one shows that flag's line.
    @Test func everyRedFlagPhrasingShowsItsLine() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/red-flag-phrasings.json")
        let phrasings = try JSONDecoder().decode([String: [String: [String]]].self, from: Data(contentsOf: url))
        let flags = RelevanceTests.engine.library.redFlags
        #expect(phrasings.keys.sorted() == flags.map(\.id).sorted())
        var wrong: [String] = []
        for (id, sets) in phrasings {
            let line = try #require(flags.first { $0.id == id }?.line)
            for q in sets["trigger"] ?? [] where flags.first(where: { $0.matches(q) })?.line != line { wrong.append("missed \(id): \(q)") }
            for q in sets["quiet"] ?? [] where flags.first(where: { $0.id == id })?.matches(q) == true { wrong.append("false alarm \(id): \(q)") }
        }
        #expect(phrasings.values.reduce(0) { $0 + ($1["trigger"]?.count ?? 0) } >= 280)
        #expect(wrong.isEmpty, "\(wrong.count):\n\(wrong.joined(separator: "\n"))")
    }

    /// Every red-flag phrasing puts the urgent-care line first, for every persona, confident or not.
    @Test func emergencySignsAlwaysShowTheUrgentCareLine() throws {
        let engine = RelevanceTests.engine
        let flags = engine.library.redFlags
        #expect(flags.count >= 6)
        let phrasings: [String: [String]] = [
            "fever-young-infant": ["my 6 week old baby feels hot", "newborn has a temperature of 38.2", "fever in my 2 week old", "is a fever dangerous for a baby",
                                   "she is 7 weeks and 38.4 but seems happy, can we give calpol and wait till morning", "my 2 month old has 38.1",
                                   "he's 5 weeks, 100.6 on the thermometer", "my 8 wk old is 38.0c"],
            "chest-pain": ["i have chest pain after climbing stairs", "crushing pain in my chest", "could this be a heart attack"],
            "self-harm": ["i keep thinking about suicide", "i want to kill myself", "sometimes i dont want to be alive on sertraline"],
            "stroke-signs": ["my dads face is drooping", "sudden weakness on one side", "signs of a stroke on warfarin", "her speech is slurred, slurred speech"],
            "serious-bleeding": ["vomiting blood on eliquis", "black stools on warfarin", "bleeding that won't stop after a cut"],
            "breathing": ["i can't breathe properly", "my throat is swelling after amoxicillin", "anaphylaxis to penicillin"],
        ]
        for (id, questions) in phrasings {
            let flag = try #require(flags.first { $0.id == id })
            for q in questions {
                for audience in Audience.allCases {
                    let answer = engine.answer(q, from: nil, audience: audience)
                    #expect(answer.urgent == flag.line, "“\(q)” (\(audience)) → \(answer.urgent ?? "no urgent line")")
                }
            }
        }
        // An ordinary question gets none (a birth week, an adult's fever, a pregnancy are not a febrile baby).
        for q in ["how much vitamin d should adults take", "my baby was born at 38 weeks, when should she get vaccines",
                  "i've had a fever for 2 weeks", "im 7 weeks pregnant with a temp", "fever of 38.5 in my 4 year old"] {
            #expect(engine.answer(q).urgent == nil, "\(q)")
        }
        #expect(engine.answer("how much vitamin d should adults take").urgent == nil)
        #expect(engine.answer("can i take my statin at night").urgent == nil)
        // A sign the reader says they do not have is not one; a denial that does not close is no denial.
        let chestPain = try #require(flags.first { $0.id == "chest-pain" }?.line)
        #expect(engine.answer("home monitor read 184/122 twice, no headache or chest pain, feel fine. can it wait for my gp?").urgent == nil)
        #expect(engine.answer("on apixaban, without chest pain or breathlessness, but my ankle is swollen").urgent == nil)
        #expect(engine.answer("no chest pain until today when it started crushing, what do i do").urgent == chestPain)
        #expect(engine.answer("I have no chest pain now, but had crushing chest pain an hour ago").urgent == chestPain)
        #expect(engine.answer("no idea why my chest hurts when i climb stairs").urgent == chestPain)
    }
}
