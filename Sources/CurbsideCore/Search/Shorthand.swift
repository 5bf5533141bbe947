/// The shorthand people type in a question box ("pt on abx", "my kid", "2 wks", "tibial shaft fx"),
/// read as the words articles use, before a question is understood. Only forms that mean one thing
/// in a health question; "yo" and readings such as "5.6" are left to the constraint rules, and a word
/// typed in capitals is a name ("PT/INR" is prothrombin time, "HR" a hazard ratio, "AES" the American
/// Epilepsy Society; "AEs" are adverse effects). Some everyday, British or clinical words become the
/// articles' words for the same thing ("hepatic" is liver, a man's "nipple" his breast, "testicles"
/// testicular, a "nappy" a diaper, to "endorse" to recommend, a "jab" a shot, to have "shrunk" height
/// loss, a "CAMHS" doctor a specialist), a contraction
/// typed without its apostrophe is written out ("itll"), and a clinician's "3/12" is three months.
public enum Shorthand {
    static let words: [String: String] = [
        "kid": "child", "kids": "children", "kid's": "child's", "kiddo": "child",
        "pt": "patient", "pts": "patients", "pt's": "patient's",
        "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "fortnight": "2 weeks", "mo": "month", "mos": "months", "hrs": "hours",
        "ae": "adverse effect", "aes": "adverse effects", "sae": "serious adverse event", "saes": "serious adverse events",
        "abx": "antibiotics", "amox": "amoxicillin", "amoxi": "amoxicillin", "azithro": "azithromycin", "doxy": "doxycycline", "cipro": "ciprofloxacin", "tx": "treatment", "sx": "symptoms", "fx": "fracture", "fxs": "fractures", "dx": "diagnosis",
        "hx": "history", "rx": "prescription", "ppx": "prophylaxis", "inj": "injection", "meds": "medicines", "med": "medicine",
        "nappy": "diaper", "nappies": "diapers", "hepatic": "liver", "nipple": "breast", "nipples": "breasts", "testicle": "testicular", "testicles": "testicular", "vit": "vitamin", "temp": "temperature", "temps": "temperatures", "vits": "vitamins", "doc": "doctor", "derm": "dermatologist", "ortho": "orthopaedic", "gyn": "gynaecologist", "gynae": "gynaecologist", "gyne": "gynaecologist",
        "24h": "24 hours", "48h": "48 hours", "72h": "72 hours", "24hr": "24 hours", "48hr": "48 hours", "24hrs": "24 hours", "48hrs": "48 hours",
        "w/": "with", "w/o": "without", "b/c": "because", "tradeoff": "balance", "tradeoffs": "balance",
        "gunky": "purulent", "fixation": "surgery", "orif": "surgery", "operation": "surgery", "operations": "surgeries", "max": "maximum", "licensed": "labelled", "licenced": "labelled", "licence": "label", "license": "label", "abdo": "abdominal", "leaflet": "label", "leaflets": "labels", "bicarb": "bicarbonate", "bloods": "blood tests", "rescan": "repeat scan", "mab": "monoclonal antibody", "mabs": "monoclonal antibodies", "tab": "tablet", "tabs": "tablets", "caps": "capsules", "typing": "keyboard use", "wt": "weight", "combo": "combination", "combos": "combinations", "sperm": "semen", "neuro": "neurologist", "thal": "thalassaemia", "needle": "injection", "needles": "injections",
        "headachey": "with headaches", "headachy": "with headaches", "fingertips": "fingers", "fingertip": "finger",
        "tiny": "small", "retest": "repeat test", "retesting": "repeat testing", "retested": "repeat tested",
        "jab": "shot", "jabs": "shots", "shrunk": "had height loss", "shrinking": "height loss", "camhs": "specialist",
        "itll": "it will", "thatll": "that will", "theyll": "they will", "youll": "you will",
        // ("Dont", "isnt", "arent", "im" and "ive" are stop words as typed.)
        "didnt": "didn't", "doesnt": "doesn't", "wasnt": "wasn't",
        "shouldnt": "shouldn't", "couldnt": "couldn't", "wouldnt": "wouldn't", "havent": "haven't", "hasnt": "hasn't",
        "theyve": "they've", "youve": "you've", "weve": "we've", "theyre": "they're", "youre": "you're",
        "endorse": "recommend", "endorses": "recommends", "endorsed": "recommended",
        // ("Do they redo the echo every year", "my 2nd dexa", "is it riskier at my age".)
        // The evening meal by its British name.
        "teatime": "evening meal",
        // A clot that may "propagate" may extend, as articles say it.
        "propagate": "extend", "propagates": "extends", "propagation": "extension",
        "redo": "repeat", "redone": "repeated", "2nd": "second", "3rd": "third", "riskier": "higher risk",
        // A value "lowish" or "highish" is low or high, told with a shrug ("a lowish number like 40").
        "lowish": "low", "highish": "high",
        // ("Is it only for ladies", "a 56 yr old bloke".)
        "ladies": "women", "bloke": "man", "blokes": "men",
        // Beside ciprofloxacin, "levo" is levofloxacin, not the thyroid pill ("apart from cipro/levo").
        "cipro/levo": "ciprofloxacin or levofloxacin", "cipro/levofloxacin": "ciprofloxacin or levofloxacin",
        "bd": "twice a day", "bid": "twice a day", "tds": "three times a day", "tid": "three times a day", "qds": "four times a day", "qid": "four times a day", "prn": "as needed",
    ]
    /// Phrases that mean what the articles say in other words, by their first word: the rest of the
    /// phrase and what it is written as. A verb with a particle ("carry on after the symptoms go":
    /// continue); idioms ("stop it cold turkey": abruptly; "on edge": with anxiety; "2 agents up
    /// front": at the start; "round the clock": regular, a word of how, not what); a pharmacist's
    /// "counsel on" (advise on, not psychotherapy); a "pen allergy" (penicillin); "had a temperature" or "has a temp" (a fever;
    /// "take a temperature" is left as typed); "bedroom problems" (sexual problems); "finish all of
    /// it" (keep taking it in full: "the full 10 days", as articles say of antibiotics); a clot in
    /// the leg (a DVT, still a blood clot: articles say
    /// "after a blood clot") or the lungs (a pulmonary embolism); and "on the pill" or "with the pill", which is the
    /// contraceptive pill (other uses of "the pill" are whatever medicine is being talked about).
    /// ("Come off" is left as typed: "do I have to come off it" is a question of stopping whatever
    /// "it" is, and `AnswerTest.asksToStop` reads it so.)
    /// ("For a fortnight": for 2 weeks. "The machine at Boots": a pharmacy, not a walking boot;
    /// a tablet "from Holland and Barrett", from a health shop. What a pharmacy's "profile shows" it
    /// says, and an "Rx for" a medicine is a script for it: the pharmacist's workflow, not the topic
    /// (as is to "hand it out", to dispense it). "2 months into roaccutane" is 2 months on it.
    /// A "CT with dye" is a scan with dye: the dye is what matters to a medicine. A "cut-off" ("a
    /// renal cut-off") is one word, a cutoff (not something cut, nor something off). "An extra
    /// year" of a treatment is a year more, as articles say it.
    /// What a medicine may "cover up", articles say it hides.)
    static let phrases: [String: [(rest: String, written: String)]] = basePhrases.merging(theRuns) { $0 + $1 }.merging(fits) { $0 + $1 }.merging(bornEarly) { $0 + $1 }.merging(earlyMenopause) { $0 + $1 }
        .merging(["a": [("fortnight", "2 weeks")]]) { $0 + $1 }
        // "Her 12 month jabs": a child's vaccinations, not any shot.
        .merging(["month": [("jabs", "month vaccinations"), ("shots", "month vaccinations")]]) { $0 + $1 }
        // "A listed side effect or in my head": whether it is real, not a word about heads.
        .merging(Dictionary(uniqueKeysWithValues: ["or", "all", "just", "only"].map { before in
            (before, ["my", "his", "her", "your", "their"].map { ("in \($0) head", before == "or" ? "or not" : "not real") }) })) { $0 + $1 }
        // ("Or is it in my head"; "is it all in his head" is read at "all".)
        .merging(["it": ["my", "his", "her", "your", "their"].map { ("in \($0) head", "it not real") }]) { $0 + $1 }
        // "To keep an eye on it": to monitor it, as articles say (not a word about eyes). (Not
        // "without a doctor keeping an eye on it": a doctor supervising, as articles say that.)
        .merging(["keep": [("an eye on", "monitor")]]) { $0 + $1 }
        // "His eyesight is going": failing eyesight, a reason for falls.
        .merging(["eyesight": ["is going", "is failing", "is getting worse", "has gone", "is bad", "is poor"].map { ($0, "failing eyesight") }]) { $0 + $1 }
        // "Is the typing what gave me carpal tunnel": what caused it.
        .merging(["what": ["me", "him", "her", "them", "you", "us"].map { whom in ("gave " + whom, "what caused") }]) { $0 + $1 }
        // "When should he be seen": reviewed, as articles say a follow-up visit. (Only a person:
        // "can it be seen on an X-ray" is whether it shows.)
        .merging(Dictionary(uniqueKeysWithValues: ["i", "he", "she", "they", "we", "you"].map { who in (who, [("be seen", who + " be reviewed")]) })) { $0 + $1 }
        // "Something to take just around then": at that time, not a word of the topic.
        .merging(["around": [("then", "then"), ("that time", "at that time")]]) { $0 + $1 }
        // "Take that ferritin at face value": as it reads, not a word about faces. "Blacked out":
        // fainted, as articles say it.
        .merging(["at": [("face value", "as it reads")]]) { $0 + $1 }
        // "Out of curiosity": why the reader asks, not what. "The next couple of years": 2 of
        // them, as articles count. "How far ahead of getting pregnant": how long before it. A
        // "starter pack" (or dose) is the starting dose.
        .merging(["out": [("of curiosity", "")]]) { $0 + $1 }
        .merging(["couple": ["years", "months", "weeks", "days", "hours"].map { ("of \($0)", "2 \($0)") }]) { $0 + $1 }
        .merging(["how": [("far ahead of", "how long before"), ("far in advance of", "how long before")]]) { $0 + $1 }
        .merging(["starter": [("pack", "starting dose"), ("packs", "starting doses"), ("dose", "starting dose")]]) { $0 + $1 }
        // "28yo, not pregnant, classic cystitis": a pregnancy ruled out is neither the question's
        // type nor its focus, so it is not read at all.
        .merging(Dictionary(uniqueKeysWithValues: ["not", "isnt", "isn't", "non"].map { ($0, [("pregnant", "")]) })) { $0 + $1 }
        .merging(["never": [("been pregnant", "")]]) { $0 + $1 }
        // "Broke her wrist": a fractured wrist, as the glossary names the break (the past tense
        // alone stems to nothing the library says).
        .merging(["broke": ["my", "his", "her", "their", "your", "a", "the"].flatMap { whose in
            ["wrist", "hip", "arm", "leg", "ankle", "back", "vertebra", "collarbone", "shoulder", "elbow", "foot", "toe", "finger", "rib", "ribs", "scaphoid"].map { part in ("\(whose) \(part)", "fractured \(whose) \(part)") } }]) { $0 + $1 }
        // Someone "not making sense" is confused, and one who "nearly fell" unsteady, as labels
        // list the signs of low sodium.
        .merging(["not": [("making sense", "confused"), ("making any sense", "confused"), ("talking sense", "confused")],
                  "nearly": [("fell", "unsteady"), ("falling", "unsteady"), ("fallen", "unsteady")],
                  "almost": [("fell", "unsteady"), ("falling", "unsteady"), ("fallen", "unsteady")]]) { $0 + $1 }
        // "Nothing suggesting" it will spread is no sign of it.
        .merging(["nothing": [("suggesting", "no sign"), ("to suggest", "no sign")]]) { $0 + $1 }
        // "Miles under 20" is far below it; what to "watch out for" is what to look for.
        .merging(["miles": ["under", "below", "over", "above", "off", "out"].map { ($0, "far \($0)") },
                  "watch": [("out for", "look for")]]) { $0 + $1 }
        // A "general anaesthetic" is general anaesthesia, as articles name the way of being put under.
        .merging(["general": [("anaesthetic", "general anaesthesia"), ("anesthetic", "general anesthesia"), ("anaesthetics", "general anaesthesia"), ("anesthetics", "general anesthesia")]]) { $0 + $1 }
        // A "ceiling dose" is the most that may be given.
        .merging(["ceiling": [("dose", "maximum dose"), ("doses", "maximum doses")]]) { $0 + $1 }
        // A swab "sent off to the lab" is grown there: a culture (`swabbed`).
        .merging(["to": [("the lab", "for culture")]]) { $0 + $1 }
        // "Looks back to front": the wrong way round. An "effect size" is the effect a trial
        // reports; a "stronger dose" a higher one.
        .merging(["back": [("to front", "wrong")], "effect": [("size", "effect"), ("sizes", "effects")],
                  "stronger": [("dose", "higher dose"), ("doses", "higher doses")]]) { $0 + $1 }
        .merging(["blacked": [("out", "fainted")], "black": [("out", "faint")], "blacks": [("out", "faints")], "blacking": [("out", "fainting")]]) { $0 + $1 }
        // "Trying for a baby": trying to get pregnant, as articles say it.
        .merging(["trying": [("for a baby", "trying to get pregnant")], "try": [("for a baby", "try to get pregnant")],
                  "tried": [("for a baby", "tried to get pregnant")]]) { $0 + $1 }
        // "The problem with the two together": the pair asked about, taken together (not a number).
        .merging(["the": [("two together", "both together"), ("2 together", "both together")]]) { $0 + $1 }
        // The BMJ's "rapid rec" is its Rapid Recommendation.
        .merging(["rapid": [("rec", "rapid recommendation"), ("recs", "rapid recommendations")]]) { $0 + $1 }
        // "Keeps toppling over": falls, as articles say them. Things "not working downstairs" are
        // sexual problems ("working down there" is left as typed: a cream "working down there"
        // is a rash healing). An infection "dealt with" first is treated first.
        .merging(["toppling": [("over", "falling")], "topple": [("over", "fall")], "topples": [("over", "falls")], "toppled": [("over", "fell")],
                  "working": [("downstairs", "sexual problems")],
                  "dealt": [("with", "treated")]]) { $0 + $1 }
        // To "check babies for anemia" is to screen them: a whole group checked for something.
        .merging(Dictionary(uniqueKeysWithValues: [("check", "screen"), ("checks", "screens"), ("checked", "screened"), ("checking", "screening")].map { verb, written in
            (verb, ["babies", "infants", "children", "kids", "everyone", "people", "women", "men", "adults"].map { ("\($0) for", "\(written) \($0) for") }) })) { $0 + $1 }
        // A dose "rise" is what labels call a dose raised.
        // A "dose reduction" is the lowered dose labels give ("meets the dose-reduction criteria").
        .merging(["dose": [("rises", "dose raises"), ("rise", "dose raise"), ("reduction", "lower dose"), ("reductions", "lower doses")]]) { $0 + $1 }
        .merging(["cover": [("up", "hide")], "covers": [("up", "hides")], "covering": [("up", "hiding")], "covered": [("up", "hidden")]]) { $0 + $1 }
        .merging(Dictionary(uniqueKeysWithValues: ["at", "from", "in"].map { ($0, [("boots", $0 + " the pharmacy")]) })) { $0 + $1 }
        .merging(["holland": [("and barrett", "the health shop"), ("& barrett", "the health shop")]]) { $0 + $1 }
        .merging(Dictionary(uniqueKeysWithValues: ["profile", "record", "records", "notes", "chart", "pmr"].map { ($0, [("shows", $0 + " says"), ("show", $0 + " say")]) })) { $0 + $1 }
        .merging(["rx": [("for", "script for")]]) { $0 + $1 }
        .merging(Dictionary(uniqueKeysWithValues: ["days", "weeks", "wks", "months", "mos", "years", "yrs"].map { ($0, [("into", $0 + " on"), ("back", $0 + " ago")]) })) { $0 + $1 }
        .merging(["hand": ["that", "it", "this", "them", "these"].map { ("\($0) out", "dispense \($0)") } + [("out", "dispense")]]) { $0 + $1 }
        .merging(potassiumK) { $0 + $1 }
        .merging(["an": ["year", "month", "week", "day"].map { ("extra \($0)", "a \($0) more") }]) { $0 + $1 }
        .merging(["cut": [("offs", "cutoffs"), ("off", "cutoff")]]) { $0 + $1 }
        // "Pins and needles" are pins and needles (a "needle" alone is an injection: "I hate
        // needles"). To "push toward" a choice is to favour it.
        .merging(["pins": [("and needles", "pins and needles")],
                  "push": [("toward", "favour"), ("towards", "favour"), ("it toward", "favour it"), ("it towards", "favour it")],
                  "pushes": [("toward", "favours"), ("towards", "favours"), ("it toward", "favours it"), ("it towards", "favours it")]]) { $0 + $1 }
        // An "inversion injury" is how a clinician names a sprained ankle. "Serial ultrasound" is
        // repeat ultrasound, as articles say it (they say "serial DEXA" as typed).
        .merging(["inversion": [("injury", "sprain"), ("injuries", "sprains")],
                  "serial": ["ultrasound", "ultrasounds", "imaging", "scans", "scanning", "duplex"].map { ($0, "repeat " + $0) }]) { $0 + $1 }
        // "Knocked flat for a day" by a vaccine: a severe reaction, as trials grade it.
        .merging(Dictionary(uniqueKeysWithValues: ["knocked", "knock", "knocks"].map { verb in
            (verb, [("flat", "severe")] + ["me", "him", "her", "you", "them", "people"].map { ("\($0) flat", "severe") }) })) { $0 + $1 }
        // "Is that combo contraindicated": taking the two together (not a combination pill).
        .merging(Dictionary(uniqueKeysWithValues: ["that", "this", "the"].map { before in
            (before, ["combo pill", "combination pill"].map { ($0, before + " combination pill") } + ["combo", "combination"].map { ($0, "taking both together") }) })) { $0 + $1 }
        .merging(["ct": [("scan with dye", "scan with dye"), ("with dye", "scan with dye"),
                         ("scan with contrast", "scan with contrast"), ("with contrast", "scan with contrast"),
                         ("scan with iv contrast", "scan with IV contrast"), ("with iv contrast", "scan with IV contrast")]]) { $0 + $1 }
    /// "When to recheck K", "his K is 5.2", "serum K": potassium, by its symbol. (Only after these
    /// words: "vitamin K" is another thing, and a K with a number is read by the lab rules.)
    static let potassiumK: [String: [(rest: String, written: String)]] = Dictionary(uniqueKeysWithValues:
        ["check", "checks", "checked", "checking", "recheck", "rechecking", "repeat", "monitor", "monitoring", "serum", "plasma",
         "his", "her", "my", "their", "the", "high", "low", "raised", "rising"].map { ($0, [("k", $0 + " potassium")]) })
    /// "Found him fitting", "had a fit": a seizure, in British words. (Not "a fit 40-year-old", nor
    /// "she'll have a fit", which is anger.)
    static let fits: [String: [(rest: String, written: String)]] = Dictionary(uniqueKeysWithValues:
        ["me", "him", "her", "them", "you", "was", "were", "started", "starts", "start", "keeps", "kept", "been", "still"].map { who in
            (who, [("fitting", who + " having a seizure")])
        }).merging(["had": [("a fit", "had a seizure")], "has": [("a fit", "has a seizure")], "having": [("a fit", "having a seizure")],
                    "first": [("fit", "first seizure")], "another": [("fit", "another seizure")]]) { $0 + $1 }
    /// "Will it give him the runs": diarrhoea, said of what gives or has it (not "the runs of VT").
    static let theRuns: [String: [(rest: String, written: String)]] = Dictionary(uniqueKeysWithValues:
        ["give", "gives", "giving", "gave", "get", "gets", "getting", "got", "have", "has", "had", "cause", "causes", "causing"].map { verb in
            (verb, ["", "him ", "her ", "me ", "them ", "you ", "us "].map { whom in (whom + "the runs", verb + " " + whom + "diarrhoea") })
        })
    static let basePhrases: [String: [(rest: String, written: String)]] = [
        // ("Brings up half his drops": vomits them. "Brought up" is left as typed: "nobody has
        // brought up my bones" is mentioning them.)
        "brings": [("up", "vomits")], "bringing": [("up", "vomiting")],
        // ("Runny poos", "badly bunged up": diarrhoea and constipation, as articles say them.)
        "runny": ["poo", "poos", "poop", "poops", "stools", "nappies", "diapers"].map { ($0, "diarrhoea") },
        "loose": ["poo", "poos", "poop", "poops", "stools"].map { ($0, "diarrhoea") },
        "bunged": [("up", "constipated")],
        // ("Since the live one": the live vaccine. "My vision goes a bit blurry": blurred vision.)
        "live": ["one", "jab", "shot"].map { ($0, "live vaccine") },
        "vision": ["goes blurry", "goes a bit blurry", "gets blurry", "gets a bit blurry", "is blurry", "is a bit blurry", "went blurry", "going blurry"].map { ($0, "blurred vision") },
        // ("Does either one end up better": is it. "How often does it end up needing…" stays: a
        // question of how often it happens. "A few months back": ago.)
        "end": Self.endsUp("be"), "ends": Self.endsUp("is"), "ended": Self.endsUp("was"), "ending": Self.endsUp("being"),
        // ("Is being awake for it standard", "done wide awake": under local anaesthesia.)
        "awake": ["for", "during"].flatMap { when in ["it", "the op", "the operation", "the surgery"].map { what in
            (when + " " + what, "under local anaesthesia " + when + " " + what) } },
        "wide": [("awake", "under local anaesthesia")],
        // ("Around her first birthday": at about a year old, as articles say it.)
        "first": [("birthday", "1 year of age")], "1st": [("birthday", "1 year of age")],
        "carry": [("on", "continue")], "carries": [("on", "continues")], "carried": [("on", "continued")], "carrying": [("on", "continuing")],
        // ("Does it throw off the reading": does it mess with it, whatever "off" may mean elsewhere.)
        "throw": [("off", "mess with"), ("it off", "mess with it")], "throws": [("off", "messes with"), ("it off", "messes with it")],
        // ("Does she need another swab after the antibiotics": a repeat test.)
        // (Not one "sent off to the lab": the culture that backs up a quick test.)
        "another": [("swab off to the lab", "swab for culture"), ("swab to the lab", "swab for culture"), ("swab sent to the lab", "swab for culture"), ("swab", "repeat test"), ("throat swab", "repeat test"), ("test", "repeat test"), ("strep test", "repeat strep test")],
        // ("How much does being 75+ push up the bleed risk": how much it raises it.)
        // ("Are the strengths equivalent between them": can one be swapped for the other.)
        "equivalent": [("between", "interchangeable between")],
        // ("The benefit vs fracture trade off": the balance of the two, as articles weigh it.)
        "trade": [("off", "balance"), ("offs", "balance")],
        "push": [("up", "raise")], "pushes": [("up", "raises")], "pushing": [("up", "raising")],
        // ("To be extra safe" is to be safe: not more of anything.)
        "extra": [("safe", "safe"), ("careful", "careful")],
        "on": [("the pill", "on the contraceptive pill"), ("edge", "with anxiety")], "with": [("the pill", "with the contraceptive pill"), ("a temperature", "with a fever"), ("a temp", "with a fever")],
        "combined": [("pill", "combined contraceptive pill")], "mini": [("pill", "mini contraceptive pill")],
        "pen": [("allergy", "penicillin allergy"), ("allergic", "penicillin allergic"), ("allergies", "penicillin allergies")],
        "cold": [("turkey", "abruptly")], "keep": [("it still", "immobilise it")], "walk": [("in centre", "clinic"), ("in center", "clinic"), ("in clinic", "clinic"), ("on it", "bear weight on it")], "keeping": [("it still", "immobilising it")], "round": [("the clock", "regular")], "up": [("front", "at the start")],
        "counsel": [("on", "advise on"), ("about", "advise about")],
        "had": [("a temperature", "had a fever"), ("a temp", "had a fever")], "has": [("a temperature", "has a fever"), ("a temp", "has a fever")],
        "have": [("a temperature", "have a fever"), ("a temp", "have a fever")],
        "got": [("a temperature", "got a fever"), ("a temp", "got a fever")], "and": [("a temperature", "and a fever"), ("a temp", "and a fever")], "running": [("a temperature", "running a fever"), ("a temp", "running a fever")],
        "bedroom": [("problems", "sexual problems"), ("problem", "sexual problem"), ("issues", "sexual problems"), ("side effects", "sexual side effects"), ("side-effects", "sexual side effects")],
        "finish": ["all of it", "all of them", "it all", "them all", "the course", "the whole course", "the antibiotics", "the lot", "the whole lot", "the pack", "the packet"].map { ($0, "keep taking it in full") },
        "clot": ["my", "her", "his", "the", "your", "their", "a"].flatMap { whose in
            [("in \(whose) leg", "DVT blood clot"), ("in \(whose) lung", "pulmonary embolism blood clot"), ("in \(whose) lungs", "pulmonary embolism blood clot")] },
    ].merging(aboutTheReader) { $0 + $1 }
    /// When the reader is next seen is when, not what ("can it wait till my next appointment",
    /// "my review appointment"); "trouble down there" is sexual trouble; a woman's "period" is
    /// menstrual (not "a period of 3 months"); "put under", "under a general" is general anaesthesia;
    /// "years in total", "a clear winner", "make a difference", "age group" say how the reader asks,
    /// not what; a "big brother" is an older sibling; a seizure "in the middle of the night", "in his sleep" or "while I was asleep" is one during sleep; "my spots" (or "getting spots") are acne.
    static let aboutTheReader: [String: [(rest: String, written: String)]] = inTotal.merging(nextSeen) { $0 + $1 }.merging(duringSleep) { $0 + $1 }.merging(partlyBreastfed) { $0 + $1 }.merging([
        "review": [("appointment", "appointment"), ("appt", "appt")],
        // (Or "in the bedroom".)
        "trouble": [("down there", "sexual problems"), ("in the bedroom", "sexual problems")], "problems": [("down there", "sexual problems"), ("in the bedroom", "sexual problems")],
        "problem": [("down there", "sexual problem"), ("in the bedroom", "sexual problem")],
        "issues": [("down there", "sexual problems"), ("in the bedroom", "sexual problems")],
        "my": [("period", "my menstrual"), ("periods", "my menstrual"), ("spots", "my acne")],
        "her": [("period", "her menstrual"), ("periods", "her menstrual"), ("spots", "her acne")],
        "your": [("period", "your menstrual"), ("periods", "your menstrual"), ("spots", "your acne")],
        "his": [("spots", "his acne")], "for": [("spots", "for acne")],
        "getting": [("spots", "getting acne")], "get": [("spots", "get acne")], "got": [("spots", "got acne")],
        "being": [("put under", "given general anaesthesia")],
        "put": ["me", "him", "her", "them", "you"].map { ("\($0) under", "given general anaesthesia") },
        "under": [("a general anaesthetic", "under general anaesthesia"), ("a general anesthetic", "under general anaesthesia"), ("a general", "under general anaesthesia")],
        "big": [("brother", "older sibling"), ("sister", "older sibling")], "older": [("brother", "older sibling"), ("sister", "older sibling")],
        "little": [("brother", "younger sibling"), ("sister", "younger sibling")], "younger": [("brother", "younger sibling"), ("sister", "younger sibling")],
        "clear": [("winner", "winner")], "age": [("group", "age"), ("groups", "ages"), ("range", "age")],
        "middle": [("of the night", "during sleep")],
        "make": [("a difference", "help"), ("any difference", "help")], "makes": [("a difference", "help"), ("any difference", "help")],
        "made": [("a difference", "helped"), ("any difference", "helped")],
    ]) { $0 + $1 }
    static let duringSleep: [String: [(rest: String, written: String)]] = [
        "in": [("the middle of the night", "during sleep")] + ["my", "his", "her", "their", "your", "our"].map { ("\($0) sleep", "during sleep") },
        "while": ["asleep", "sleeping", "i was asleep", "he was asleep", "she was asleep", "they were asleep", "i slept", "he slept", "she slept"].map { ($0, "during sleep") }]
    /// "End up better" (or worse, the same, different): turn out so.
    static func endsUp(_ verb: String) -> [(rest: String, written: String)] {
        ["better", "worse", "the same", "different"].map { ("up \($0)", "\(verb) \($0)") }
    }
    /// A baby "combi fed" or on "mixed feeding" has formula and the breast: partly breastfed.
    static let partlyBreastfed: [String: [(rest: String, written: String)]] = Dictionary(uniqueKeysWithValues:
        ["combi", "combination", "mixed", "mix"].map { how in
            (how, [("feeding", "partly breastfeeding"), ("fed", "partly breastfed"), ("feed", "partly breastfeed"), ("feeds", "partly breastfeeds")])
        })
    /// A baby "born at 33 weeks" or who "came at 35 weeks" was born preterm (and the weeks of
    /// pregnancy are not the baby's age).
    static let bornEarly: [String: [(rest: String, written: String)]] = Dictionary(uniqueKeysWithValues:
        ["born", "came", "arrived", "delivered"].map { verb in
            (verb, (23...36).flatMap { weeks in ["at \(weeks) weeks", "at \(weeks) wks", "at \(weeks)w"] }.map { ($0, verb + " preterm") })
        })
    /// "Went through the menopause at 41": an early menopause (before 45), and before 40 a
    /// premature one, as articles name them.
    static let earlyMenopause: [String: [(rest: String, written: String)]] = [
        "menopause": (30...44).map { age in ("at \(age)", (age < 40 ? "premature menopause" : "early menopause") + " at \(age)") }]
    static let nextSeen: [String: [(rest: String, written: String)]] = [
        "next": ["week", "month", "year", "weekend", "appointment", "appt", "visit", "review", "check-up", "checkup",
                 "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map { ($0, $0) }]
    static let inTotal: [String: [(rest: String, written: String)]] = Dictionary(uniqueKeysWithValues:
        ["years", "months", "weeks", "days", "doses", "tablets", "pills", "infusions", "injections", "shots"].map { ($0, [("in total", $0)]) })
    /// A clinician's length of time as a fraction of a year, week or month: "3/12" is three months,
    /// "6/52" six weeks, "2/7" two days. (Only these denominators: "140/90" stays a reading.)
    static func clinicalLength(_ word: String) -> String? {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[0].allSatisfy(\.isASCII), let n = Int(parts[0]), n > 0 else { return nil }
        let unit: String
        switch parts[1] {
        case "12": unit = "month"
        case "52": unit = "week"
        case "7": unit = "day"
        default: return nil
        }
        return "\(n) \(unit)" + (n == 1 ? "" : "s")
    }

    /// A number typed against its unit of time: "her 14mo", "3wks in", "2yrs ago" are 14 months,
    /// 3 weeks, 2 years. (Only the units of `words`; "24h" is listed, and "10mg" is a dose.)
    static let timeUnits: Set<String> = ["mo", "mos", "wk", "wks", "yr", "yrs", "hrs"]
    static func gluedLength(_ word: String) -> String? {
        guard let cut = word.firstIndex(where: { !$0.isASCII || !$0.isNumber }), cut > word.startIndex,
              word[..<cut].count <= 3, let n = Int(word[..<cut]) else { return nil }
        let typed = String(word[cut...])
        guard timeUnits.contains(typed), let written = words[typed] else { return nil }
        let unit = written.hasSuffix("s") ? String(written.dropLast()) : written
        return "\(n) \(unit)" + (n == 1 ? "" : "s")
    }

    /// How far past a word `expanded` reads for a phrase: longer than any phrase's rest.
    static let phraseLookahead = 40

    /// Dosing times mean the same in capitals ("BID").
    static let dosingTimes: Set<String> = ["bd", "bid", "tds", "tid", "qds", "qid", "prn"]

    /// Shorthand joined by "&" (left as typed unless listed: "a&e" is read as it is).
    static let joined: [String: String] = ["u&e": "urea and electrolytes", "u&es": "urea and electrolytes"]

    /// Whether a swab is spoken of: only then is "to the lab" a culture ("go to the lab for bloods" is not).
    static func swabbed(_ text: String) -> Bool {
        Patterns.matches(#"\bswab"#, in: text.lowercased())
    }

    /// "Trivial MR, leaflets normal": a valve's leaflets, not a medicine's (which is its label).
    static func speaksOfHeartValves(_ text: String) -> Bool {
        Patterns.matches(#"\b(valves?|mitral|aortic|tricuspid|mr|regurg\w*|echo(cardiogram)?s?|prolapse\w*|murmurs?)\b"#, in: text.lowercased())
    }

    /// `text` with each shorthand word (a run of letters, digits, "'" and "/", compared in lowercase)
    /// written out; everything else exactly as typed ("tx/ppx" is one word, left as it is).
    public static func expanded(_ text: String) -> String {
        func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "'" || c == "/" }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var i = text.startIndex
        while i < text.endIndex {
            guard isWordCharacter(text[i]) else { out.append(text[i]); i = text.index(after: i); continue }
            var j = i
            while j < text.endIndex, isWordCharacter(text[j]) { j = text.index(after: j) }
            // "U&Es": urea and electrolytes, the blood test of kidney function and potassium.
            if let amp = text[j...].first, amp == "&" {
                var k = text.index(after: j)
                while k < text.endIndex, text[k].isLetter { k = text.index(after: k) }
                if let written = joined[text[i..<k].lowercased()] { out += written; i = k; continue }
            }
            let word = text[i..<j]
            let typedInCapitals = word.count > 1 && word.allSatisfy { !$0.isLowercase }
            let lowered = word.lowercased()
            // (Only as much of what follows as the longest phrase needs, lowercased.)
            if let candidates = phrases[lowered], case let following = text[j...].prefix(phraseLookahead).lowercased(),
               let (rest, written) = candidates.first(where: { phrase in
                   // (Joined by a space, or a hyphen: "the dose-reduction criteria".)
                   (following.hasPrefix(" " + phrase.rest) || following.hasPrefix("-" + phrase.rest)) && following.dropFirst(phrase.rest.count + 1).first.map { !isWordCharacter($0) } ?? true
                       && !(phrase.written == "for culture" && !swabbed(text))
                       // ("He had the runs of VT again" is not diarrhoea.)
                       && !(phrase.rest.hasSuffix("the runs") && following.dropFirst(phrase.rest.count + 1).hasPrefix(" of")) }) {
                out += written
                i = text.index(j, offsetBy: rest.count + 1)
                continue
            }
            // ("20/12.5" is a combination's strengths, not 20 months.)
            let continuesAsNumber = j < text.endIndex && (text[j] == "." || text[j] == ",") && text[text.index(after: j)...].first?.isNumber == true
            if !continuesAsNumber, let written = clinicalLength(lowered) {
                out += written
            } else if let written = gluedLength(lowered) {
                out += written
            } else if !typedInCapitals || dosingTimes.contains(lowered), let written = words[lowered],
                      !(lowered.hasPrefix("leaflet") && speaksOfHeartValves(text)) {
                out += written
            } else {
                out += word
            }
            i = j
        }
        return out
    }
}
