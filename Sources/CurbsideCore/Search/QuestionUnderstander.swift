import CurbsidePatterns
import Foundation

/// What a question asks, as the understander read it: the kind of answer wanted, what it is
/// about, and the reader's circumstances (kept as context, not searched as topic words).
public struct UnderstoodQuestion: Codable, Equatable, Sendable {
    /// The main question type (a `QuestionType` raw value), then any others asked in the same breath.
    public var type: String
    public var types: [String]
    /// The concepts asked about: glossary terms (with their broader concepts), else the rarest words.
    public var focus: [String]
    public var constraints: [Constraint]
    /// The text that is searched: the question without its circumstances (ages, sexes).
    public var searchText: String

    public struct Constraint: Codable, Equatable, Sendable {
        /// age, sex, pregnancy, breastfeeding, lab, dose
        public var kind: String
        /// As the reader wrote it ("64 year old", "a1c came back 7.9").
        public var text: String
        /// The value in a normal form when there is one ("64 years", "female", "7.9").
        public var value: String?
    }

    public var questionType: QuestionType { QuestionType(rawValue: type) ?? .information }
}

/// Turns a typed question into its type, constraints and search text. Pure rules over the text,
/// compiled once: the question is short, so this costs microseconds. (The focus needs the
/// library's glossary: `SearchIndex.understandQuestion` adds it.)
public enum QuestionUnderstander {
    /// Types in priority order: the first that matches is the main type. A question that asks
    /// two things ("what are the treatments and is it hereditary") gets both.
    static let typeRules: [(QuestionType, GatedRegex)] = ([
        (.urgency, #"\b(admit( (him|her|them))? or\b|as an? (in|out)-?patient\b|emergency|(?<!\bat )(?<!\bin )(?<!\bfrom )urgent(ly)?(?! care ?[:–-])(?! care (doc|doctor|doctors|clinic|centre|center|nurse|team|visit|physician|said|told|gave)\b)|(?<!from )(?<!from the )(?<!been to )(?<!been in )(?<!went to )(?<!was in )(?<!were in )(?<!in the )(?<!at the )(er|a ?& ?e)\b(?! (gave|said|told|sent|put|prescribed|discharged|doctors?|docs?|nurses?|use|uses|used)\b)|911|999|ambulance|\bsen[dt] (him|her|them|me|us|the baby|the (patient|pt)|pt )?(in )?to (the |an? )?(ed|er|a ?& ?e|hospital|emergency)\b|go to (the )?(hospital|er|doctor|emergency)|see a doctor (today|now|right away|straight away)|call (a|my|the) doctor|right away|immediately|is (this|it) serious|should i (be )?worr(y|ied)|when (should|do) (i|we) (call|go(?! (and )?(get|have|pick|collect|buy|book)\b)|see)|need to go (in|to)|can (i|we|he|she|it) wait\b(?! and see)|(ok|okay|fine|alright|safe) to (just )?wait\b(?! and see)|(take|bring) (him|her|them|the baby|my \w+) back\b(?! (to|into) (school|nursery|daycare|work|the gym|sport|football))|go back to (the |a |my |our )?(doctor|gp|hospital|clinic|a ?& ?e|er)\b|just wait (for|until|till)\b|wait (for|until|till) (my|the|a|our|his|her) (gp|doctor|appointment|appt)|(take|bring) (him|her|them|the baby|my (son|daughter|baby|child|boy|girl|kid)) in\b(?! (the|a|an|his|her|their|my|water|bath)\b)|(take|bring) (him|her|them|the baby|my \w+) to (the |a )?(doctor|hospital|er|gp|clinic|a ?& ?e|emergency))"#),
        (.interactions, #"\b((is|are) there (a |an |any )?(problems?|issues?|concerns?|clash(es)?) (with|between) (the |my |his |her |their )?[\w-]+( [\w-]+)? and (the |my |his |her |their )?[\w-]+|(is|are|would|will) (the |a |an )?(?!(it|that|this|there|he|she|they|i|we)\b)[\w-]+( [\w-]+)? (be )?(a problem|an issue|a concern) (with|alongside) (my |his |her |their |the )?[\w-]+|(drink|drinking|have a (drink|beer|glass|pint)|alcohol|booze|beers?|wine|pints)\b[^?.]{0,30}\b(on|with|while)\b(?! (holiday|a night|the weekend|weekends|an empty)\b)|interact\w*|(?<!putting )(?<!put )(?<!puts )(?<!pulling )(?<!getting )(?<!get )together|doubl(e|ing) up|(on|at|in) the same (day|visit|appointment)\b|\b(start|starting|begin|beginning|go on|going on)\b[^?.]{1,40}\b(and|but) (i'?m|im|i am|he'?s|hes|she'?s|shes|they'?re|theyre|they are) (already |also )?on\b|\b(takes?|taking|on) [\w-]+\b[^?]{0,80}\bany (risks?|dangers?) (with|in|from) (that|this|it|doing that|having that)\b|\b(been on|taking|on) [\w-]+\b[^?.]{0,50}\b(can|could|may|should) (i|he|she|they|we) (still|also) (take|have|use|give)\b|\b(takes?|taking) [\w-]+\s*[-–,.]\s*(can|could|may|should) (i|he|she|they|we|you) (have|take|use|be given) (?!(it|them|this|that|these|those|one|some|any)\b)[\w-]+\s*\?|the same (day|visit|appointment) (as|with)\b|space (them|both|the two)\b|(takes?|taking|on) [\w' -]{1,40} as well as (the |his |her |my |their |an? )?[\w-]+|at the same time|combin(e|ed|ing)|mix(ed|ing)?\b(?! up\b)|along ?with|alongside|on top of|while (i'?m |i am |he'?s |she'?s |they'?re |on |taking |using )|(take|use|have|drink|taking|using|give) (?!(anything|something|nothing|much|a lot|lots) to do with)[\w' -]{1,40}? (with|while|alongside) (?!all (the|those|these)\b)(?!(food|meals?|breakfast|lunch|dinner|supper|a meal|or without|an empty)\b)(my|his|her|their|a|an|the|other|some)? ?[\w-]+|safe (to take |to use )?with|\b(takes?|taking|on) [\w-]+\b[^?.]{0,60}\bany (problems?|issues?|concerns?|interactions?)\b|(take|use|have|on) (them )?both\b|\b(continue|keep) (on )?(with |taking |using )?(them |the two )?both\b|(taken|used|given) (with|alongside) (?!(food|meals?|water|milk|juice|breakfast|lunch|dinner|supper|a meal|or without)\b)|[a-z]{4,} ?\+ ?[a-z][a-z' ]{2,30}[,-]? *(any (issue|problem|concern)s?|ok\b|okay|safe|together)|(is|would) (that|this|it) (be )?(a problem|an issue) (with|for|on) ((my|his|her|their|the) )?\w|(does|do|would|will) [\w' ]{1,30} matter (before|with|while|on) |\b(takes?|taking|on) [\w-]+,? (and )?(is|would) (that|this|it) (be )?(a problem|an issue)\b|\b(on|taking|takes|uses|using) (an? |the )?[\w-]+( \([\w-]+\))?( \w+)?\s*(-|–|,|\.)?\s*(is it |is that |is this )?(ok|okay|safe|fine|alright) to (dispense|fill|supply|give|start|prescribe)\b|^((is|are) ([\w'-]+ ){1,3}|is (it|that) |it'?s )?(ok|okay|fine|alright|safe) (to (take|use|give|have) )?(it |them )?with (?!(food|meals?|water|milk|juice|breakfast|lunch|dinner|supper|a meal|or without|that|this|it|the (dose|plan|idea)|my (doctor|gp|dose|plan)|(a |an |the |his |her |this |that )?(high |low |bit of a |slight )?(fever|temp\w*|rash|cough|cold|runny|pain|headache|sore|swelling|bruis\w*|bump|reading|result|number|score))\b)[a-z]|\banything to flag\b|\b(do|does|should|would) (i|we|you|they|he|she) ((still|really|first) )?(need to |have to )?do anything (about|with) (the |his |her |my |their |our )?[\w-]+( [\w-]+)? (first|before|beforehand)\b|\b(ok|okay|safe|alright|fine) to (keep|carry on) (doing|taking|using|having) (that|this|it|them) (with|alongside|while on)\b)"#),
        (.pregnancy, #"\b(pregnan\w*|(have|having) (children|kids|a baby|a child)\b|fertil\w*|breast ?feed\w*(?! (baby|babies|infant|child|son|daughter))|breastfed(?! (baby|babies|infant|child|son|daughter))|nursing (mother|mom|my baby)|tr(y|ying) to (conceive|get pregnant)|tr(y|ying) for (a|another|our first|a second) (baby|child)|ttc\b|planning (a|to get) pregnan\w*|lactat\w*|expecting a baby|labou?r (pain|and delivery)|in labou?r|during (labou?r|delivery)|giving birth)"#),
        (.dose, #"\b((what|which)('?s| is| are)? (the )?(mg ?/ ?kg|mg per kg)\b|(?<!\bby )how (much(?! (did|does|do|has|have|is|was|will|would|can|could|weight)\b)(?! (higher|lower|greater|bigger|smaller|more|less) ([\w-]+ ){0,5}(risk|chance|odds|likelihood|rate)s?\b)(?! ([\w-]+ ){1,4}did\b)(?! (more|extra|less) [^?.]{0,40}\b(cause|causes|raise|raises|increase|increases|add|adds|cut|cuts|lower|lowers|reduce|reduces)\b)|much (is|was) (the|a|one|each|his|her|my) (first |starting |usual |normal |next )?(tablet|pill|capsule|shot|injection|jab|spoonful|drop|puff)s?\b|many (mg|milligrams|units|iu|tablets|pills|capsules|puffs|drops|ml))|(?<!low-)(?<!high-)dos(e|age|es|ing)|what strength|(starting|lower|lowest|smaller|higher) (starting )?strengths?\b|(what|which)('?s| is| are)?( the)?( (daily|usual|normal|starting|treatment|maintenance|weekly|monthly|tablet|pill|right|lowest|highest)){0,2} strengths?\b|how many (mg|milligrams|iu|units)|\d+ ?(mg|mcg|iu|units) (a|per|each) day|maximum (amount|daily)|\bwhat'?s the (maximum|max)\b|max (dose|amount)|\bmax(imum)? (per|a|each) day|the (most|highest) .{0,30}\b(can|should|could|may) .{0,25}\b(take|have|give|use|go)|how high can\b|\bto how high\b|upper (limit|level)|too much|(isn'?t|isnt|is|seems) (that|this|it) (quite |rather |a bit |very |an awful )?(a lot|a high dose|a big dose|(too )?high for)\b|safe (amount|limit)|intake\b|\bdaily ([\w-]+ )?(limit|allowance)\b|regimens?\b)"#),
        (.frequency, #"\b((use|take|apply|put|have) (it|them|this|that|the [\w-]+( cream| tablets?| pills?)?) (every (single )?day|each day|daily|every night|all the time)\b|how often(?! (do|does|did) (people|patients|pts|folks|kids|children|women|men|adults|others|recipients|users|babies|infants) )(?! did )(?! "# + AnswerTest.happensHowOften + #")|how frequently|frequency|how many times|how (fast|quickly) (to|do|does|should|can|will) ((you|we|they|i|he|she) )?(up-?titrate|titrate|increase|raise|go up)|\b(goes|go|going|gets|get) (up|upped|increased|raised)\b[^?.]{0,12}\bhow (quickly|fast)\b|(?<!\b(die|dies|died|dying|get|gets|got|getting|break|breaks|broke|fall|falls|fell|relapse|relapsed|relapses) )(less|more) (often|frequently)|(have|need|got) to be (taken )?(daily|every day)|every (how many|few)|every other (day|week)|alternate days|(?<!\d ?(mg|g|mcg|ml|iu|units?) )((once|twice) a (day|week|month)|(\d+|two|three|four|five|six) times (a|per|each) (day|week|month))|(\d+|two|three|four) times daily|interval(?! (since|after|from) )|\bgaps?\b[^?.]{0,30}\bbetween (doses|dose|each|the)\b|repeat(ed)? (scan|test|dexa|dxa)|how soon (should|do|can) (i|we|you) (repeat|redo|recheck|get another)|every so often|\b(when|how soon) (should|do|does|will|would|can|is) (i|we|you|he|she|they|it) (be |get |need to be )?(re-?scanned|re-?tested|re-?checked|scanned again|tested again|checked again))"#),
        (.duration, #"\b(how long (do|does|should|will|would|must|can|to|is|are|am|was|were|has|have|did|until|before|after|past|beyond|till|on|taking|using)(?![^?.]{0,40}\blive\b)|for how long|what (duration|length of (course|treatment|time))\b|(the )?longest (i|you|we|he|she|they|someone|anyone|people|patients|pts|one) (can|could|should|may) (stay|be|keep|take|use|go|remain)|how many (days|weeks|months|years)|keep (taking|on)|until when|course length|length of (the )?(course|treatment)|how long is (the|a) (course|treatment)|when (can|do|should) (i|we|he|she) stop|stop taking|(can|should|could|do|may) (i|we|he|she|they|you) (safely )?stop|take a break|(drug )?holiday|forever|for life|lifelong|permanently|indefinitely|\b(hold|stop|continue|withhold|pause)\b( \w+){0,2} or (continue|keep|stop|hold|reduce|cut)|(full|whole) \d+[- ]?(days?|weeks?)\b|(shorter|longer) course|whether (to |(she|he|they|i|we|you) (should |can |could )?)(continu\w*|carr(y|ies|ying) on|stops?|stopping|keeps? (on|going|taking))\b|(have|need|got) to (finish|complete) (all|the|it|them|his|her|my|off)\b|\bkeep (going|at it|on with (it|them))\b[^?.]{0,30}\b(until|till|til)\b|\b(until|till) (what|which) age\b)"#),
        (.sideEffects, #"\b(side ?effects?|(gi|gut|stomach|bowel|digestive|gastrointestinal) effects?\b|warn(s|ed)? (about|of|against)\b|(a )?known (issue|thing|problem|reaction|effect)\b|\b(is|could|can|would|might) (that|this|it|these|those) (be )?(from |due to |caused by |because of )?(the|his|her|my|their|these|those) (antibiotics?|tablets?|pills?|medicines?|medication|meds|drugs?|injections?|jabs?|shots?|cream|patch(es)?)\b(?! (for|instead|work|working))|(affect|affects|alter|alters|skew|skews|interfere with|interferes with) (that |the |my |his |her |their |a )?(psa |blood |lab )?(results?|readings?|tests?)\b|(does|do|did) (the |its |their )?(label|leaflet|pi|smpc|monograph) (flag|flags|warn|warns|mention|mentions|say|says) (anything|something|much)\b|adverse|(any |the )?(downsides?|drawbacks?) (to|of|with)\b|reactions?|toxicity|(said|says|saying|heard|read|reckons?|claims?|claiming) (that )?(it|they|this|that|[\w-]+) (can |could |may |might )?(causes?|gives?)\b|warnings?(?! signs?)|mess(es|ing)? (with|up)|interfere\w* with|throw(s)? off|risks? of (taking|using)|bad for|harm(ful)?|dangerous|makes? (me|you|him|her|them) (feel |go |get )?\w+|feel(ing)? (so |really |this |very |a bit )?(tired|wiped out|sick|dizzy|sleepy|drowsy|exhausted|groggy|nauseous|spaced out|foggy)\b|cause (hair|acne|weight|bleeding|nausea|diarrho?ea|a rash|rashes|headaches?)|(does|do|can|could|will|would) (it|they) (ever |really |actually )?cause\b|(give|gives|gave|giving) (him|her|me|them|you|us) (a |an )?([a-z]+ ){0,2}?(diarrho?ea|rash|headaches?|nausea|thrush|heartburn|nightmares|insomnia|(an )?upset stomach|stomach (upset|ache|pains?))\b|is it safe(?! (to (take|use) (it |them )?)?with)|safety of|complications? of (taking|the drug|the medicine)|what (happens|will happen|would happen) (if|when)|could (it|this|that) be (from |caused by |due to )?(the|my|his|her|these|those) (tablets?|pills?|medicines?|meds|medications?|drugs?|injections?|shots?|drops|iron|supplements?|vitamins?)|(could|can|might|would|is) (the|my|his|her|these|those) (tablets?|pills?|medicines?|meds|medications?|drugs?|injections?|shots?|jabs?|drops|creams?|patch(es)?) be (doing|causing) (that|this|it)\b|is (that|this|it) (from|because of) (the|my|his|her|missing|stopping|skipping|(it|them)\b)|is (that|this|it) (the|my|his|her) (tablets?|pills?|medicines?|meds|medications?|drugs?|injections?|shots?|jabs?)\b|stain\w*|(affect|damage|hurt) (my|his|her|your|their|the baby'?s?) \w+|(hurt|harm) (you|me|him|her|them|us|the baby)\b|(recogni[sz]ed|known) (thing|problem|reaction|side ?effect|issue) (with|on|from|of|for)\b|\b(a|an) (recogni[sz]ed|known|common|usual|typical|listed) ([\w-]+ )?(side ?)?effect\b|\b(could|can|might|would|is) (the|my|his|her|their) [\w-]+ be (causing|doing|pushing|raising|driving|making) (that|this|it|them)\b|\b(nasty|scary|horrible|worrying) (stuff|things|bits)\b|\b(rare|serious|bad) (stuff|things) (on|in) the (label|leaflet|box|insert)\b)"#),
        (.inheritance, #"\b(inherit\w*|hereditary|heredit\w*|genetic(s|ally)?|genes?\b|run(s)? in (the |my )?famil\w*|pass(ed)? (it )?(on|down)|carrier|my (kids|children|son|daughter) (get|have) it)"#),
        (.prevention, #"\b(prevent\w*|avoid (getting|it)|lower (my|the|your) (risk|chance)s?|reduce (my|the|your) (risk|chance)s?|protect (myself|against)|protect (me|him|her|them|us|you|my \w+|the \w+) (from|against)\b|stop (it|this) (from )?(happen|coming)\w*|stop (him|her|them|me|you|us|people|someone) (from )?(catching|getting)\b|vaccin\w*|ppx\b|prophyla\w*)"#),
        (.outlook, #"\b((how|that|so) common(ly)?\b|by how much\b|\bnnt\b|\bnnh\b|numbers? needed to (treat|harm)|absolute (risk|benefit) (reduction|difference)|(hazard|odds) ratio|how often "# + AnswerTest.happensHowOften + #"|how much ([\w-]+ ){1,4}did\b|how much (higher|lower|greater|bigger|smaller|more|less) ([\w-]+ ){0,5}(risk|chance|odds|likelihood|rate)s?\b|how much (more|extra|less) [^?.]{0,40}\b(cause|causes|raise|raises|increase|increases|add|adds|cut|cuts|lower|lowers|reduce|reduces)\b|how rare\b|prevalence\b|incidence\b|how much (did|does|do|will|would|can|could) [^?.]{0,40}\b(cut|cuts|reduce|reduces|lower|lowers|improve|improves|decrease|decreases|prevent|prevents|raise|raises|increase|increases|push up|pushes up|drop|drops|fall|falls|go down|goes down|decline|declines|change|changes)\b|how much ([\w'-]+ ){0,6}(lose|loses|lost|losing|gain|gains|gained)\b|(is|are) (it|that|this|they) (common|rare|usual)\b|how many (people|men|women|guys|girls|kids|children|patients|pts|users) (actually |really )?(get|have|develop|experience)\b|how many ([\w-]+ ){0,3}(did|do|got|get|went|were|ended up) (badly|well|poorly|better|worse)\b|how often (do|does|did) (people|patients|pts|folks|kids|children|women|men|adults|others|recipients|users|babies|infants) |how often did |(what'?s|what is|whats) the (chance|odds|likelihood|risk)|what are (the|my|his|her|their|your|our) (chances|odds)\b|how long (do|does|will|can) [^?.]{0,40}\blive\b|recurrence( risk| rate)?|risk of (recurrence|another|a second)|how likely|(am|is|are) (i|he|she|they|we) (still |really |actually )?likely to\b|(chances?|odds) of (it |this )?((having|getting) )?(coming back|happening again|another|a second)|prognos\w*|outlook|life expectancy|remission|survival|surviv\w*|will (it|i|he|she|they|this) (get better|recover|go away|improve|come back)|\bbetter (quicker|faster|sooner)\b|\b(clear|get better|go away|settle) (up )?(on|by) (it|them|him|her)sel(f|ves)\b|go away|curable|cure\b|recover(y)?|how long will (i|he|she|they) live|live (long|a normal life|longer)|die from|\b(die|dies|died|dying) (more|less) (often|frequently)\b|fatal|deadly|long[- ]term effects?|shorten\w* (\w+ )?(life|lives|lifespan)|life ?span|how (well|effective)|how (strong|good) is the ([\w-]+ )?evidence|efficacy|effectiveness|(does|do|will) (it|this|that|they) (really |actually )?work|(does|do|did|will|would) ([\w-]+ ){1,3}(really |actually )?(give|gives|get|gets|lead to|leads to|bring|brings) (any )?better (results|outcomes)|works? (just |about )?as well as|expected .{0,20}(response|rise|improvement|change)|(better|more effective|any different) than (a |the )?(placebo|dummy( pill| tablet)?|sugar pill|nothing|no (treatment|medicine|drug)s?)\b)"#),
        (.eligibility, #"\b(who (should|needs?|can|is eligible|qualif\w*)|(is|are) (that|this|it|those|these|they) (a |an |enough of a |good |a good )?reasons? (for|to)\b|(is|are) (that|this|it|those|these|they) (something|what|a thing) (every|all|most) ([\w-]+ ){0,2}(gets?|has|have|needs?)\b|(is|are) (a |an |the |my |his |her |their )?(high |low |raised |big )?[\w-]+( [\w-]+)? (on its own |by itself |alone )?(a |an |enough of a |good |a good )?reasons? not (to|for)\b|should (i|he|she|they|my \w+) (get|have|be(?! on)|start|take(?! (her|him|them|the baby|baby) (in|back)\b)|use|receive)\b|(can|could) (i|he|she|we|they|my \w+) (still )?(get|receive|be given)\b|(can|could) (an? |the )?\d+ ?(year|yr)s?[- ]?old( \w+)? (even |still |actually )?(have|get|take|use|receive|be given)\b|\b(does|would|do) (that|this|it|the [\w' -]{1,40}) (really |still |even |actually )?apply to (me|him|her|them|us|someone)\b|too (late|old|young|early) (to|for)\b|(old|young) enough (for|to)\b|do (i|we|you) (still |really |even )?need|does (he|she|my( \w+){1,2}) need|eligib\w*|recommended for|candidate for|is it (recommended|worth)|when is .+ (needed|recommended)|when (do|does|should|is|are|would) (?![^?.]{0,40}\bstart)[^?.]{0,40}\b(need|needed|recommend\w*|treat\w*)\b|at what ([\w-]+ )?(age|point|number|level|t-?score|rise|increase|drop|fall)|threshold|cut-?off|contraindicat\w*|\b(is|are) [\w' -]{1,40}\b(still )?(ok|okay|safe|alright|fine) to (give|start|continue|prescribe|dispense|supply)\b|\b(is|am|are) (i|he|she|they|we|my \w+) (still )?(ok|okay|safe|alright|fine) (on|taking|to (stay|keep|carry) on)\b|\b(argue|argues|arguing) (for|against)\b|^[^?]*[.,]\s*(ok|okay|safe|alright|fine) to (dispense|prescribe|give|supply)\b|(with)?in (the |its |their )?licen[cs]e|\b(is|am|are) (i|he|she|they|we|my \w+) (even |still )?allowed\b|\b(is|are) [\w-]+ (actually |even |still |really )?allowed (after|in|with|for|post|during)\b|licen[cs]ed (for|to|in)|off[- ]label|\b(am|are|is) (i|we|he|she|they|my \w+) (going to|gonna) (be )?(put|started) on\b|\bwill (i|he|she|they|we) (be put|be started|have to go|need to go) on\b|\b(is|are) (it|this|that|they|these|those) (ok|okay|safe|alright|fine|suitable|approved|meant) for (women|woman|men|teens?|teenagers|girls|boys|pregnant|older|someone|her|him|them|me)\b|\b(can|could|do|should) (women|men|teens|teenagers|girls|boys) (take|use|have)\b)"#),
        (.timing, AnswerTest.notWorkingYet + #"|\b(how (do|should|would|can|must) (i|you|we|he|she|they) take\b|how (to|is it|are they|is \w+|are \w+) (take|taken|use|used)\b|timing|second (dose|shot|jab)|next (dose|shot|jab)|when (should|do|can|to|is|does|are|will|would|might)\b(?! (it|this|that|they) (become|becomes)\b)(?! ([\w'-]+ ){1,3}(count|counts|qualif\w*|get called)\b)|\bwhen['’]s\b|\b(minimum |shortest )?(interval|gap|wait) (since|after|from) \b|\b(best|right|ideal) time (to|for)\b|what time|time of day|\b(earliest|soonest)\b|before or after|morning or (night|evening)|bedtime|how soon|how far apart|wash-?out|too soon|\b(wait|hold off|delay|put off|postpone)\b[^?.]{0,40}\b(till|until|til) (after|the)\b|hours? (before|after)|\b(take|takes|taking|taken|use|uses|using|used|give|giving|given|apply|applying|wear|wearing|dose|dosing)\b[^?.,]{0,25}\bat night|\bwhenever (it |that )?(suits|(he|she|i|you|they|we) (likes?|wants?|prefers?))\b|empty stomach|with food|(before|after|with) (a |my |your |his |her )?(meals?|breakfast|lunch|dinner|supper|eating)|\bfrom when\b)"#),
        (.diagnosis, #"\b((act on it|treat it|act|treat) or (repeat|recheck|redo)|(repeat|recheck|redo) (it |the (test|bloods?|sample|level) )?first\b)|\b(what stage|which stage|target (level|range|value)|(what|which) range\b|(what|which) [\w ()-]{1,25} (should|do|are|is|am) (i|we|you|they|he|she) (be )?aim(ing)? (for|at)\b|goal (level|range)|what level|what('?s| is| are) (a |the )?normal\b|normal (range|level|value|reading|number)s?\b|diagnos\w*|tests?\b|testing|scans?\b|screen\w*|x-?ray|mri|ct\b|blood work|lab (work|results?)|results? mean|how (do|does|can|will) (they|doctors?|you|the doctor) (know|tell|check|find|confirm)|what does (my|a|the|an) .+ (mean|show)|checked for|t-?score|numbers? mean|counts? as|considered (high|low|normal|abnormal)|stage \d|what ([\w-]+ ){0,2}(number|level|value|reading|score|figure)\b|\bdx\b|goes into|(go|went) into (that|the|this|my|its) (number|score|figure|calculation|result|percentage|estimate)\b|which (number|score|value|site|reading|test)|defines? (severe|mild|moderate|significant|high|low)|what \w+ (defines|counts as|makes it)|(classed|classified|categori[sz]ed|graded) as\b|puts? (someone|somebody|people|patients?|pts?) (in|into)\b)"#),
        (.symptoms, #"\b(symptoms?|signs?\b|feel like|how (do|would|can) (i|you) know if|look like|warning signs|(is|are) (that|this|it|these|those|they) (just |all )?part of\b|(is|are) (that|this|it|these|those|they) (just )?an? [\w-]+ thing\b(?! (with|from|on|of|after)\b)|(recogni[sz]ed|known|typical) [\w-]+ (thing|feature)\b|(recogni[sz]ed|known|typical) (feature|symptom|sign) of)"#),
        (.causes, #"\b((?<!all-)(?<!all )causes?|caus(ed|ing)|prone to|predispos\w*|more susceptible|why (do|does|did|am|is|are|would|'?s)(?! (they|the doctors?|my doctor|you|we) (put|start\w*|give|gave|prescrib\w*)\b)|what makes|reason (for|why)|risk factors?|who gets|how do (you|people) get|triggers?|because of|due to|(anything|something|much) to do with|(likely|probably|possibly|really|actually|just) (why|the (reason|cause))\b|\b(is|are|was|it'?s|its) ([\w-]+ ){0,3}(actually |really |just |all |mainly |partly )?down to\b|(what|first thing|which)\b[\w ]{0,25}\brule out\b)"#),
        (.treatment, #"\b(treat\w*|(something|anything) (i|he|she|we|they|you) (can|could|should|might) (take|use|try|have|give)\b|add-?ons?\b|therap\w*|cure|(is|are) there (any |an )?(other |another )?ways? (to|of) (get|take|have|give)|what (can|should) (i|we|he|she|you) do|what can (be done|they do|doctors do)|manag\w*|options?|medicines? for|medications? for|drugs? for|pills? for|get rid of|fix|remed\w*|help (with|for)|what helps|(^|[.?!;] *)(will|would|does|do|did|can|could|might) [^?.]{1,40}\bhelp (my|his|her|their|your|me|him|them|us)\b|relie(f|ve)|surgery|operation|best (way|thing|medicine|drug)|first[- ](choice|line)|drug of choice|what else|(should|could|can) (i|he|she|they|we) be on|which (medicine|drug|pill|antibiotic|tablet|antidepressant|inhaler|statin|blood thinner)|instead of|in place of|swap\w*|switch(ed|ing)? (to|from)|alternatives? to|rather than|\btx\b|why (have|did|has|is|are) .{0,30}\b(put|prescribed|given|started)\b|what (can|could|should) (she|he|i|we|they) (have|take|use|try)\b|(try|do) next|next step|what comes next|\bany better\b|just as (good|effective)|as (good|effective) as\b|(want|prefer|recommend)s? [\w-]+( \w+)? first\b|wait(ing)? and see|watchful waiting|watch and wait|\b(what|which|is|are)\b[^?.]{0,60}\b(labell?ed|licen[cs]ed|approved|indicated|authori[sz]ed|meant) (for|to treat)\b|\b(one of|among) (the|its) (things|uses|conditions)\b|(labell?ed|licen[cs]ed|approved|listed) (indications?|uses)\b|(is|are) (?!(it|this|that|she|he|they|we|i|you|baby|my|his|her|the)\b)[a-z][\w-]* (still |even |really |actually )?(ok|okay|alright|safe)( for (him|her|them|me|us))?\s*(\?|$)|what (are|is) (the|its) indications?\b|\bis (that|this|it) what('s| is)? ?(normally|usually|typically|generally|routinely)? ?(done|recommended|advised|given)\b)"#),
        (.children, #"\b((?<!(have|having|had|want|wants|wanting) )(children|kids)(?! of (her|his|my|their|our|your) own)|(?<!(have|having|want|wants|wanting) a )(child|baby)(?! aspirin)|kid|babies|infants?|toddlers?|newborns?|teen(ager)?s?|my (son|daughter|boy|girl)\b|pediatric|paediatric|\d+ ?(month|week)s? old)\b"#),
        (.definition, #"\b(what (is|are|does|do) (a |an |the )?[\w -]+ mean|meaning of|(does|do|did|would|will) [^?.]{1,40}\bmean (that )?(i|he|she|they|we|you) (now |already |definitely |actually |officially )?(have|has|got)\b|where (exactly |abouts |about )?(is|are) (the|my|a|an|your)\b|where (the|my|a|an|your) [\w -]{1,30} (is|are)\s*([-–?.,]|$)|what (is|are)\b|what'?s\b|whats\b|define|definition|explain|tell me about)"#),
    ] as [(QuestionType, String)]).map { ($0.0, GatedRegex($0.1, options: [.caseInsensitive])) }

    struct ConstraintRule: Sendable {
        let kind: String
        let pattern: GatedRegex
        /// Whether the matched text is left out of the search (an age or a sex is context, never topic).
        let removedFromSearch: Bool
        let value: @Sendable (TextPattern.Match, NSString) -> String?
    }

    /// "No headache or chest pain," "without fever.": a short list of what the reader does not
    /// have, closed by punctuation or "but" (so "no chest pain until today when it started" and
    /// "no dose change needed?" are not denials; nor "no idea", "no longer", "no relief"; nor how a
    /// medicine is taken, "I take it without food.").
    static let deniedSigns = GatedRegex(#"\b(?:no|without|denies|denied|nil)\s+(?!(?:idea|clue|way|one|longer|sure|matter|reason|change|changes|better|improvement|relief|help|point|need|problems?|issues?|side|more|other|difference|response|luck|appetite|dose|doses|worse|less|fewer|sooner|later|food|water|meals?|milk|eating|breakfast|a prescription|prescription|insurance)\b)((?:[a-z'-]+)(?:\s+[a-z'-]+){0,2}(?:\s*(?:,|/|\bor\b|\band\b|\bnor\b)\s*(?:no\s+)?[a-z'-]+(?:\s+[a-z'-]+){0,2}){0,3})(?=\s*(?:[,.;:]|\bbut\b))"#, options: [.caseInsensitive])

    /// The question with the signs it denies blanked out.
    static func withoutDeniedSigns(_ text: String) -> String {
        guard deniedSigns.mayMatch(text) else { return text }
        return deniedSigns.regex.replacingMatches(in: text, range: NSRange(location: 0, length: text.utf16.count), with: " ")
    }

    static func group(_ m: TextPattern.Match, _ s: NSString, _ i: Int) -> String? {
        i < m.numberOfRanges && m.range(at: i).location != NSNotFound ? s.substring(with: m.range(at: i)) : nil
    }

    static let constraintRules: [ConstraintRule] = [
        // ("my 14 month olds ear infection": the possessive typed without its apostrophe. "A 2 and a
        // half yr old" is read as 2: under 3, as rules by age ask.)
        ConstraintRule(kind: "age", pattern: GatedRegex(
            #"\b(\d{1,3})(?:\s+and\s+a\s+half)?\s*-?\s*(years?|yrs?|months?|mos?|weeks?|wks?|days?)\s*-?\s*olds?\b|\b(\d{1,3})\s*(y/?o|yo)\b"#, options: [.caseInsensitive]),
            removedFromSearch: true, value: { m, s in
                if let n = group(m, s, 3) { return "\(n) years" }
                guard let n = group(m, s, 1), let unit = group(m, s, 2)?.lowercased() else { return nil }
                let u = unit.hasPrefix("mo") ? "months" : unit.hasPrefix("w") ? "weeks" : unit.hasPrefix("d") ? "days" : "years"
                return "\(n) \(u)"
            }),
        // "age 75+", "people 65 and over": an age and everyone older (claimed before "aged 75" reads one age).
        ConstraintRule(kind: "age", pattern: GatedRegex( #"\b(?:aged?\s+|ages\s+|(?:people|persons|adults|patients|pts|those|women|men|folks|seniors|anyone|someone)\s+)(\d{2,3})\s*(?:\+|plus\b|(?:years?|yrs?)?\s*(?:and|or) (?:over|older|above|up)\b)"#, options: [.caseInsensitive]),
            removedFromSearch: true, value: { m, s in group(m, s, 1).map { "≥\($0) years" } }),
        ConstraintRule(kind: "age", pattern: GatedRegex( #"\b(?:i'?m|i am|(?:he|she)(?: is|'s|’s|s)|(?:my |our |his |her )?(?:mum|mom|mother|dad|father|husband|wife|partner|gran|granny|grandma|grandpa|grandmother|grandfather|son|daughter|sister|brother|niece|nephew|aunt|uncle|cousin|friend|neighbou?r)(?: is|'s|’s|s)|(?:the |my |our |this |a )?(?:patient|pt|customer|client|lady|gentleman)(?: is|'s|’s)|aged?)\s+(\d{2,3})\b(?![.,/]\d)(?!\s*(?:%|mg|kg|lb|pounds|mmhg|iu|units|weeks?|wks?|months?|mos?|days?|degrees|°))"#, options: [.caseInsensitive]),
            removedFromSearch: true, value: { m, s in group(m, s, 1).map { "\($0) years" } }),
        // "my son just turned 4", "my grandson is 6": a child's age in years, told without "old".
        ConstraintRule(kind: "age", pattern: GatedRegex( #"\b(?:(?:just )?turned|(?:son|daughter|boy|girl|grandson|granddaughter|grandchild|niece|nephew|stepson|stepdaughter|kid|child)(?: is|'s|’s| was)|(?:he|she)(?: is|'s|’s)|hes|shes)\s+(\d{1,2})\b(?![.,]\d)(?!\s*(?:%|mg|kg|lb|pounds|kilos?|weeks?|wks?|months?|mos?|days?|am|pm|times|x|degrees|°|c\b|f\b|in\b|on\b|out\b|of\b|now\b))"#, options: [.caseInsensitive]),
            removedFromSearch: true, value: { m, s in group(m, s, 1).map { "\($0) years" } }),
        // "she is 7 weeks", "he's 4 months": a child's age told without "old".
        ConstraintRule(kind: "age", pattern: GatedRegex( #"\b(?:she|he|baby|son|daughter|it)(?:'?s| is| was)\s+(\d{1,2})\s*(weeks?|wks?|months?|mos?|days?)\b(?!\s*(?:pregnan|ago|later|after|before))"#, options: [.caseInsensitive]),
            removedFromSearch: true, value: { m, s in
                guard let n = group(m, s, 1), let unit = group(m, s, 2)?.lowercased() else { return nil }
                return "\(n) \(unit.hasPrefix("mo") ? "months" : unit.hasPrefix("w") ? "weeks" : "days")"
            }),
        // "someone over 70", "adults under 50": an age range, not one age.
        ConstraintRule(kind: "age", pattern: GatedRegex( #"\b(?:someone|somebody|anyone|people|persons?|adults?|those|patients?|women|men|folks|seniors)\s+(over|above|older than|under|below|younger than)\s+(\d{2,3})\b(?!\s*(?:%|mg|kg|lb|mmhg|iu))"#, options: [.caseInsensitive]),
            removedFromSearch: true, value: { m, s in
                guard let side = group(m, s, 1)?.lowercased(), let n = group(m, s, 2) else { return nil }
                return (side.hasPrefix("o") || side.hasPrefix("a") ? ">" : "<") + "\(n) years"
            }),
        ConstraintRule(kind: "sex", pattern: GatedRegex( #"\b(man|male|guy|gentleman|men|husband(?! and (?:i|me)\b)(?<!\b(?:me|i) and my husband)|father|dad|son|boy|grandfather|grandpa|brother)('?s)?\b"#, options: [.caseInsensitive]),
            removedFromSearch: true, value: { _, _ in "male" }),
        ConstraintRule(kind: "sex", pattern: GatedRegex( #"\b(woman|female|lady|women|wife(?! and (?:i|me)\b)(?<!\b(?:me|i) and my wife)|mother|mom|mum|daughter|girl|grandmother|grandma|sister)('?s)?\b"#, options: [.caseInsensitive]),
            removedFromSearch: true, value: { _, _ in "female" }),
        ConstraintRule(kind: "pregnancy", pattern: GatedRegex( #"\b(?:(\d{1,2})\s*weeks?\s*)?(?<!non-)(?<!non)(?<!not )(?<!never )pregnant\b|(?<!non-)\bpregnancy\b|\bexpecting\b"#, options: [.caseInsensitive]),
            removedFromSearch: false, value: { m, s in group(m, s, 1).map { "\($0) weeks" } ?? "pregnant" }),
        // "A woman at 39 weeks", "she's at 12 wks": how far along a pregnancy is (a baby's age is
        // told without "at": "she's 6 weeks"; "my daughter at 8 weeks" may be a baby's, so not
        // after a child's name).
        ConstraintRule(kind: "pregnancy", pattern: GatedRegex( #"\b(?:woman|lady|patient|pt|she|she'?s|she is|i'?m|i am|wife|partner)\s+(?:now\s+)?at\s+(\d{1,2})\s*(?:weeks?|wks?)\b(?!\s*(?:old|ago|post|after|of age))"#, options: [.caseInsensitive]),
            removedFromSearch: false, value: { m, s in group(m, s, 1).map { "\($0) weeks" } }),
        ConstraintRule(kind: "breastfeeding", pattern: GatedRegex( #"\bbreast ?feed\w*|\bbreastfed\b|\bnursing\b"#, options: [.caseInsensitive]),
            removedFromSearch: false, value: { _, _ in "breastfeeding" }),
        ConstraintRule(kind: "lab", pattern: GatedRegex(
            #"\b(a1c|hba1c|ldl|hdl|cholesterol|tsh|egfr|gfr|crcl|creatinine clearance|creatinine|creat|cr|potassium|sodium|hematocrit|haematocrit|hct|hemoglobin|haemoglobin|hb|ferritin|inr|t[- ]?score|z-?score|blood pressure|bp|psa|vitamin d|frax|ef|ejection fraction|glucose|blood sugar|sugar|cha2ds2-vasc|lp\(a\)|lipoprotein\(a\)|score|risk)(?!\w)(?:\s+(?:is|was|came back|came out|reading|level|of|at|=|:|around|about|was at|is at|went up to|went down to|dropped to|rose to|now|is now|up to|down to))*\s*((?:[<>≤≥]=?\s*)?-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?\s*%?)"#, options: [.caseInsensitive]),
            removedFromSearch: false, value: { m, s in
                guard let name = group(m, s, 1), let v = group(m, s, 2) else { return nil }
                return "\(name.lowercased()) \(v.replacingOccurrences(of: " ", with: ""))"
            }),
        // A negative number read at a bone site is its T-score ("my femoral neck came back -1.7").
        ConstraintRule(kind: "lab", pattern: GatedRegex(#"\b(?:femoral neck|neck of (?:the )?femur|total hip|hip|lumbar spine|spine|forearm)(?:\s+(?:reading|result|density|bmd|is|was|came back|came out|of|at|=|:|now|showed|shows))*\s*([-−]\s?[0-4](?:\.\d+)?)(?![\d.])"#, options: [.caseInsensitive]),
            removedFromSearch: false, value: { m, s in group(m, s, 1).map { "t-score \($0.replacingOccurrences(of: " ", with: ""))" } }),
        ConstraintRule(kind: "lab", pattern: labSymbol,
            removedFromSearch: false, value: { m, s in
                guard let symbol = group(m, s, 1)?.lowercased(), let v = group(m, s, 2) else { return nil }
                return "\(symbol == "k" ? "potassium" : "sodium") \(v)"
            }),
        // How long ago something happened ("had amoxicillin 3 weeks ago"): compared with "in the
        // past 30 days" (`ReaderValues`).
        ConstraintRule(kind: "happened", pattern: GatedRegex(#"\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s*(days?|weeks?|wks?|months?|mos?)\s+ago\b"#, options: [.caseInsensitive]),
            removedFromSearch: false, value: { m, s in
                guard let n = group(m, s, 1)?.lowercased(), let unit = group(m, s, 2)?.lowercased() else { return nil }
                let count = Int(n) ?? ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10][n]
                return count.map { "\($0) \(unit) ago" }
            }),
        // A body weight is the reader's value (dose rules go by it), not a word to search.
        ConstraintRule(kind: "weight", pattern: GatedRegex( #"\b(\d{1,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?|pounds)\b"#, options: [.caseInsensitive]),
            removedFromSearch: true, value: { m, s in
                guard let n = group(m, s, 1).flatMap(Double.init), let unit = group(m, s, 2)?.lowercased() else { return nil }
                let kg = unit.hasPrefix("l") || unit.hasPrefix("p") ? n * 0.4536 : n
                return String(format: "%g kg", (kg * 10).rounded() / 10)
            }),
        // Signs the reader says they do not have ("184/122, no headache or chest pain, feel ok"):
        // told to set the scene, never what is asked, nor an emergency sign (`RedFlag`).
        ConstraintRule(kind: "without", pattern: deniedSigns, removedFromSearch: true, value: { m, s in group(m, s, 1) }),
        ConstraintRule(kind: "dose", pattern: GatedRegex( #"\b(\d+(?:\.\d+)?)\s*(mg|mcg|µg|ug|iu|units|ml|g)\b"#, options: [.caseInsensitive]),
            removedFromSearch: false, value: { m, s in
                guard let n = group(m, s, 1), let u = group(m, s, 2) else { return nil }
                return "\(n) \(u.lowercased())"
            }),
    ]

    static let questionOpeners: Set<String> = ["what", "whats", "what's", "how", "why", "when", "where", "who", "which", "is", "are",
        "can", "could", "should", "does", "do", "will", "would", "may", "am", "has", "have", "did"]

    static let whWords: Set<String> = ["what", "whats", "how", "why", "when", "which", "who", "where"]
    /// Words after which a wh-word opens a clause inside the question, not the question: "is it
    /// still the full 10 days like when he was a toddler", "worse than when I started".
    static let clauseLeads: Set<String> = ["like", "than", "as", "since", "until", "till", "even", "just", "exactly"]

    /// The text from its first wh-word that asks on (all of it when there is none). Words are
    /// runs of letters, digits and "_", as a regular expression's `\b` sees them ("what's" is "what").
    static func fromQuestionWord(_ text: String) -> String {
        func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
        var previous = ""
        var i = text.startIndex
        while i < text.endIndex {
            guard isWordCharacter(text[i]) else { i = text.index(after: i); continue }
            var j = i
            while j < text.endIndex, isWordCharacter(text[j]) { j = text.index(after: j) }
            let word = text[i..<j].lowercased()
            if whWords.contains(word) && !clauseLeads.contains(previous) && !(tellsWhenOrWhere(word, previous: previous, following: text[j...]) && isInsideAStatement(text, at: i))
                && !opensRelativeClause(word, previous: previous, following: text[j...]) { return String(text[i...]) }
            previous = word
            i = j
        }
        return text
    }

    /// "…comes out when i finish", "…hurts where he fell", "…a 31 yo who grew up in Bangladesh": a
    /// clause of when or where something happens, or of who someone is, not a question reported
    /// ("asking when she can stop" asks it). Only inside a sentence that tells (`isInsideAStatement`).
    static func tellsWhenOrWhere(_ word: String, previous: String, following: Substring) -> Bool {
        if ["who", "which"].contains(word) { return !reportingVerbs.contains(previous) }
        guard ["when", "whenever", "where"].contains(word), !reportingVerbs.contains(previous) else { return false }
        return clauseSubjects.contains(firstWord(of: following))
    }
    /// "…set a renal cut-off below which it isn't recommended?": "which" after a preposition and
    /// before the subject of its clause says where the cut-off falls, it does not ask ("from which
    /// US survey?", "to which antidepressant the gp picks" do: a noun follows).
    static func opensRelativeClause(_ word: String, previous: String, following: Substring) -> Bool {
        guard word == "which", relativePrepositions.contains(previous) else { return false }
        let next = firstWord(of: following)
        return clauseSubjects.contains(next) || ["its", "it's", "there", "a", "an", "this", "that"].contains(next)
    }
    /// How a clause's subject opens: a pronoun, a possessive, "the".
    static let clauseSubjects: Set<String> = ["i", "he", "she", "we", "they", "you", "it", "my", "his", "her", "our", "their", "the"]
    static func firstWord(of text: Substring) -> String {
        text.split(whereSeparator: { !$0.isLetter && $0 != "'" }).first?.lowercased() ?? ""
    }
    static let relativePrepositions: Set<String> = ["below", "above", "under", "over", "after", "before", "beyond", "past", "in", "at", "from", "of", "for", "to", "by", "with", "on", "within", "during", "until"]
    static let reportingVerbs: Set<String> = ["asking", "asked", "asks", "ask", "wonder", "wondering", "wondered", "know", "knows", "sure", "told", "explain", "explained", "unsure", "unclear"]

    /// Whether the word at `i` is inside a sentence that tells, not asks: words come before it in a
    /// sentence that ends with a full stop, and a question follows ("on propecia for my crown, and
    /// less comes out when i finish. how many men get that?": "when" tells when, the question is after).
    static func isInsideAStatement(_ text: String, at i: String.Index) -> Bool {
        let before = text[..<i].reversed().drop { $0 == " " || $0 == "\t" }
        guard let last = before.first, !".!?\n".contains(last) else { return false }
        guard let end = text[i...].firstIndex(where: { ".!?\n".contains($0) }), text[end] == "." || text[end] == "!" else { return false }
        return text[end...].contains("?")
    }

    /// What the question itself asks, without the story told before it: from its first wh-word,
    /// else from a clause that opens as a question ("the pills make me sick, can I take them every
    /// other day"), else all of it.
    public static func askedPart(_ text: String) -> String {
        if let told = toldAfter(text) { return askedPart(told.question) }
        let fromWh = fromQuestionWord(text)
        if fromWh != text { return namesNothing(fromWh) ? text : fromWh }
        guard let clause = clauseThatAsks(text) else { return text }
        // A clause that points back ("echo says trivial MR, is that bad") asks about what came before:
        // the sentence it follows, not the sentences before that ("filling in an insurance form.
        // my echo said trivial MR - does that count as valve disease?").
        if pointsBackAtStory(clause) { return lastClause(of: fromSentenceBefore(clause, in: text)) }
        return clause
    }

    /// What a medicine in the question is taken for ("put me on doxycycline for a chest infection
    /// but…" gives "chest infection"): the reader's circumstance, not what they ask about.
    static func purposes(in text: String) -> [String] {
        let ns = text as NSString
        return purpose.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }
    static let purpose = GatedRegex(#"\b(?:on|taking|takes|take|prescribed|given|started|starting|gave|give|wants|wanted|needs|buying|bought|using|(?:script|prescription) for)\s+[\w-]+(?:\s+\d+\s?mg)?\s+for\s+(?:a |an |my |his |her |their |the |some |bad )?([a-z]+(?: [a-z]+){0,2})(?=\s*(?:,|\.|\?|;|!| -|$| but\b| and\b| while\b| whilst\b| since\b| so\b))"#, options: [.caseInsensitive])

    /// From the last ", and" or ", but" of a sentence on: what "that" points back at is the
    /// nearest thing told ("…exclusively breastfed till 6 months, and the health visitor wants a
    /// blood test for anaemia. is that something every baby gets?" asks about the blood test).
    static func lastClause(of text: String) -> String {
        let ns = text as NSString
        let matches = clauseJoin.matches(in: text, range: NSRange(location: 0, length: ns.length))
        guard let last = matches.last else { return text }
        return ns.substring(from: last.range.location + last.range.length)
    }
    static let clauseJoin = GatedRegex(#", (and|but) (?=\w)"#, options: [.caseInsensitive])

    /// The clause with the sentence it follows (from just after the sentence end before that), or
    /// the whole text when there is none.
    static func fromSentenceBefore(_ clause: String, in text: String) -> String {
        guard text.hasSuffix(clause) else { return text }
        let before = text.dropLast(clause.count)
        var end = before.endIndex
        // The sentence the clause follows may itself end with a stop ("…normal valve. does that…").
        while end > before.startIndex, let c = before[before.index(before: end)].unicodeScalars.first,
              c == " " || c == "\t" || c == "\n" || c == "." || c == "!" || c == "?" || c == "-" || c == "–" || c == "," {
            end = before.index(before: end)
        }
        var i = end
        while i > before.startIndex {
            i = before.index(before: i)
            let c = before[i]
            // (A decimal point is no sentence end: "a TSH of 5.6 - is that high" is one sentence.)
            let next = before.index(after: i)
            if c == "!" || c == "?" || c == "\n" || (c == "." && !(next < end && before[next].isNumber)) {
                return String(text[next...]).trimmingBlanks()
            }
        }
        return text
    }

    /// Whether a question asks only how much ("…it cut deaths from the diabetes - by how much?",
    /// "how long?"): it asks the measure of what was said before it. ("- why?" asks of its own: the
    /// story before it is the reader's circumstance.)
    static func namesNothing(_ part: String) -> Bool {
        let words = part.lowercased().split { !$0.isLetter }
        return words.contains("how") && words.allSatisfy { ["by", "how", "much", "many", "long", "often", "soon", "far", "exactly", "roughly", "about", "then", "so", "and", "but"].contains(String($0)) }
    }

    /// The clause after the story that opens as a question (`askingClause`), or nil.
    static func clauseThatAsks(_ text: String) -> String? {
        let ns = text as NSString
        guard !questionOpeners.contains(text.split(whereSeparator: { !$0.isLetter && $0 != "'" }).first.map { $0.lowercased() } ?? ""),
              let m = askingClause.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let opener = [1, 2, 3, 4].map { m.range(at: $0) }.first { $0.location != NSNotFound }!
        return ns.substring(from: opener.location)
    }

    /// The other person a reader asks about besides the one the article is for ("does my
    /// boyfriend need antibiotics too", "should my husband take it as well"), or nil.
    static func someoneElseAskedAbout(_ question: String) -> String? {
        let ns = question as NSString
        if let m = someoneElse.firstMatch(in: question, range: NSRange(location: 0, length: ns.length)) { return ns.substring(with: m.range(at: 1)).lowercased() }
        // ("Should fathers-to-be supplement as well": the man, not the woman the article is for.)
        if fatherToBe.firstMatch(in: question, range: NSRange(location: 0, length: ns.length)) != nil { return "father" }
        return nil
    }
    private static let fatherToBe = try! TextPattern(
        #"\b(fathers?-to-be|dads?-to-be|would-be fathers?|male partners?)\b(.{0,80}\b(too|as well|also)\b|'s\b)"#, options: [.caseInsensitive])
    private static let someoneElse = try! TextPattern(
        #"\b(?:my|our|her|his|the|your) (boyfriend|girlfriend|partner|husband|wife|family|brothers?|sisters?|siblings?|flatmates?|roommates?|housemates?)\b.{0,60}\b(?:too|as well|also)\b"#,
        options: [.caseInsensitive])

    /// The story told before the question and set apart from it ("the iron pills make me sick,"
    /// before "can I take them every other day"), or nil: the reader's circumstances.
    public static func storyPart(_ text: String) -> String? {
        if let told = toldAfter(text) { return ([storyPart(told.question)].compactMap { $0 } + [told.story]).joined(separator: " ") }
        let asked = askedPart(text)
        guard asked != text else { return nil }
        let before = text.dropLast(asked.count).trimmingBlanks(newlines: false)
        return [",", ".", ";", ":", "?", "!", "-", "–"].contains(where: { before.hasSuffix($0) }) ? before : nil
    }

    /// A statement after the question ("daybue side effects? our neurologist suggested it"): the
    /// question up to its last "?", and what follows, which tells the story.
    static func toldAfter(_ text: String) -> (question: String, story: String)? {
        guard let mark = text.lastIndex(of: "?") else { return nil }
        let after = text[text.index(after: mark)...].trimmingBlanks()
        guard let first = after.split(whereSeparator: { !$0.isLetter && $0 != "'" }).first?.lowercased(),
              !questionOpeners.contains(first) else { return nil }
        return (String(text[...mark]), after)
    }

    /// The sentences of a text that ask something, in order.
    static func askingParts(of text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for c in text {
            current.append(c)
            if c == "?" || c == "." || c == "!" || c == "\n" {
                let sentence = current.trimmingBlanks()
                let first = sentence.split(whereSeparator: { !$0.isLetter && $0 != "'" }).first.map { $0.lowercased() } ?? ""
                if c == "?" || questionOpeners.contains(first) { parts.append(sentence) }
                current = ""
            }
        }
        let rest = current.trimmingBlanks()
        let first = rest.split(whereSeparator: { !$0.isLetter && $0 != "'" }).first.map { $0.lowercased() } ?? ""
        if !rest.isEmpty, questionOpeners.contains(first) { parts.append(rest) }
        // Within a sentence, clauses joined by "and"/commas can each ask: "what causes it, and is it hereditary".
        // A story told before the question proper asks nothing: "the iron pills make me sick, can I
        // take them every other day" asks how often, from the clause that opens with "can I".
        let asked = askedPart(text)
        if asked != text && asked != fromQuestionWord(text) { parts.insert(asked, at: 0) }
        // (So is one that points back at it: "dad has stage 3b ckd, does it run in families" asks
        // about the CKD, and asks whether it is inherited, not what stage means.)
        else if asked == text, fromQuestionWord(text) == text, let clause = clauseThatAsks(text) { parts.insert(clause, at: 0) }
        // ("…if they start her on fosamax for the low bit on her scan, is her gullet a known problem
        // area with that tablet?": the clause after the condition asks; the scan is the condition's.)
        if let conditional = parts.first(where: { $0.lowercased().hasPrefix("if ") }), let main = clauseThatAsks(conditional) { parts.insert(main, at: 0) }
        return parts
    }

    /// Whether what is asked points back at the story told before it: "is that a problem", "does
    /// this mean", "can it cause that", "does it cause hypertension" (a demonstrative opening or
    /// ending the question, or an opening "it" that stands for something); not "is it alright to
    /// take ibuprofen or does that slow healing".
    static func pointsBackAtStory(_ asked: String) -> Bool {
        let words = asked.lowercased().split { !$0.isLetter }.map(String.init)
        // A bare tag ("…will make her put on weight, does it", "or not") asks what the story said.
        if words.count <= 2, let first = words.first, ["does", "do", "is", "are", "will", "would", "can", "could", "did", "has", "have", "right", "or", "isnt", "doesnt", "true"].contains(first) { return true }
        let demonstratives: Set<String> = ["that", "this", "these", "those"]
        let expletiveAfter = QuestionWords.askingWhetherAllRight.union(["too", "worth", "possible", "better", "best", "normal", "true",
            "common", "likely", "necessary", "the", "a", "an", "really", "still", "usual", "time", "good"])
        for (i, word) in words.enumerated() {
            if demonstratives.contains(word) && (i <= 1 || i == words.count - 1) { return true }
            // "does it cause hypertension", "is it even approved": it is what the story named; not
            // "is it alright to", "is it too late", "is it the full 10 days".
            if (word == "it" || word == "they") && i == 1 && i + 1 < words.count && !expletiveAfter.contains(words[i + 1]) { return true }
        }
        // "My mate takes quetiapine…, could I ask for that instead of the sertraline": what the story
        // named is asked for in place of something.
        // ("…anaesthetist mentioned a spinal. is there a specific warning about that with apixaban?")
        // "…booked for a CT with IV contrast. anything to flag re his metformin?": what to watch for
        // is asked of what the story told.
        if let first = words.first, ["anything", "any"].contains(first),
           words.contains(where: ["flag", "know", "watch", "worry", "concern", "concerns", "issue", "issues", "problem", "problems", "consider", "note"].contains) { return true }
        let plain = words.joined(separator: " ")
        if Patterns.matches(#"\b(about|regarding|re) (that|this)( (with|for|on|in|if|when|while|after|before)\b|$)"#, in: plain) { return true }
        // "My aunt swears vitamin B6 sorted hers. Is there any proof it works?": what works is what
        // the story named.
        if Patterns.matches(#"\b(proof|evidence|data|research|studies|science)( (that|to show|showing))? (it|they) (really |actually |even )?(works?|helps?|do(es)? (anything|any good))\b"#, in: plain) { return true }
        return Patterns.matches(#"\b(ask for|switch to|swap to|change to|try|get|have|take|use|go on|start|be on) (that|this|those|these|it|them) (one |ones |drug |medicine |tablet |pill )?instead\b"#, in: plain)
    }


    /// A clause after a comma, a semicolon or a dash that opens as a question ("…, can i take"), or
    /// a sentence after the story that does ("…my last scan said osteopenia. would HRT help my bones"),
    /// or a last sentence that asks on a condition ("…my mum had a DVT. if i do go on HRT would patches be safer?").
    static let askingClause = try! TextPattern(
        #"[,;:]\s+(?:and\s+|so\s+|but\s+)?((?:can|could|should|does|do|will|would|may|is|are|am|has|have|did)\s+(?:i|we|he|she|they|you|it|my|this|that|these|those|the|a|an|your|his|her|our|their|there)\b)|\s[-–]\s+((?:can|could|should|does|do|will|would|may|is|are)\s+\w)|[.!]\s+((?:can|could|should|does|do|will|would|may|is|are|am|has|have|did)\s+\w)|[.!]\s+((?:if|anything|any)\s[^.!?]*\?\s*$)"#,
        options: [.caseInsensitive])

    /// An eligibility cue that only says "should I take it" (what follows says what is asked), or
    /// "… ok to dispense" (which a medicine the person is on makes a question of the two together).
    static let genericEligibility = try! TextPattern(#"^should (i|he|she|they|my \w+) (take|use|have|give)$|(ok|okay|safe|alright|fine) to (dispense|prescribe|give)$"#, options: [.caseInsensitive])
    static let moreSpecificThanShould: [QuestionType] = [.timing, .dose, .frequency, .duration, .interactions]

    static let filler = try! TextPattern(
        #"\b(came back( as| at)?|come back as|turned out|results? (showed|said)|(my|the|his|her|our) (doctor|gp|dr|nurse|pharmacist|neurologist|cardiologist|specialist)s? (says?|said|told (me|us|him|her)|wants? (me|him|her|us)( to)?|thinks?|mentioned)|i was told|i'?ve been told|we were told|they (say|said|told)|(at|from|by|to) (the|my|our|his|her) (gp|doctor'?s?|clinic|surgery|pharmacy|chemist|er|a ?& ?e|walk-in)|i'?m wondering|i was wondering|wondering|please|thanks|thank you|hi|hello)\b"#,
        options: [.caseInsensitive])

    /// An age constraint's value ("6 weeks") in years.
    static func years(_ value: String) -> Double? {
        let parts = value.split(separator: " ")
        guard parts.count == 2, let n = Double(parts[0]) else { return nil }
        switch parts[1] {
        case "years": return n
        case "months": return n / 12
        case "weeks": return n / 52
        case "days": return n / 365
        default: return nil
        }
    }

    /// "K 5.6", "k+ 6.1", "Na 131": a lab's chemical symbol with its value (not "5k", not "a K").
    /// A reading such as "150/95".
    static let reading = GatedRegex(#"\b\d{2,3}\s*/\s*\d{2,3}\b"#)
    static let labSymbol = GatedRegex( #"\b(k|na)\+?\s*(?:=|:|of|is|was|at)?\s*(\d{1,3}(?:\.\d+)?)\b(?!\s*(?:mg|kg|%|years?|yrs?|mmol/d))"#, options: [.caseInsensitive])

    /// The question's types (main first), constraints, and the text to search.
    public static func understand(_ question: String) -> (types: [QuestionType], constraints: [UnderstoodQuestion.Constraint], searchText: String) {
        let text = question.replacingScalar("’", with: "'")
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        // The question itself decides the main type: a story around it ("my cousin has Leber's
        // hereditary optic neuropathy… what causes it?") must not. So the sentences that ask
        // (ending in "?", or opening with a question word) are read first, then the rest.
        var types: [QuestionType] = []
        // Within each, what follows the first wh-word asks ("…thin on the scan, what treatment").
        // In one part, what is asked first comes first ("why do my legs swell at night": causes,
        // then timing); the rule order breaks ties.
        let asking = askingParts(of: text)
        var typesAsked = 0
        for (n, part) in (asking.flatMap({ [fromQuestionWord($0), $0] }) + [fromQuestionWord(text), text]).enumerated() {
            if n == 2 * asking.count { typesAsked = types.count }
            let range = NSRange(location: 0, length: part.utf16.count)
            var found: [(type: QuestionType, at: Int, rank: Int)] = []
            var genericAt = 0
            for (rank, (type, rule)) in typeRules.enumerated() where !types.contains(type) {
                if let m = rule.firstMatch(in: part, range: range) {
                    // "Should I take it at night or in the morning" asks when, not whether: a bare
                    // "should I take/use" gives way to a more specific type asked in the same part.
                    let generic = type == .eligibility && AnswerTest.matches(genericEligibility, (part as NSString).substring(with: m.range))
                    if generic { genericAt = m.range.location }
                    found.append((type, generic ? Int.max : m.range.location, rank))
                }
            }
            if found.count > 1, found.contains(where: { $0.at == Int.max }), !found.contains(where: { $0.at != Int.max && Self.moreSpecificThanShould.contains($0.type) }) {
                found = found.map { $0.at == Int.max ? ($0.type, genericAt, $0.rank) : $0 }
            }
            types += found.sorted { ($0.at, $0.rank) < ($1.at, $1.rank) }.map(\.type)
        }
        // "It cut deaths - by how much?": how large an effect, not an amount to take (the part read
        // from its question word, "how much?", would ask a dose).
        // So is how much of something is lost or gained ("how much bone density she'll lose").
        if types.contains(.dose), Patterns.matches(#"\bby how much\b|\bhow much ([\w'-]+ ){0,6}(lose|loses|lost|losing|gain|gains|gained)\b"#, in: text.lowercased()) {
            types.removeAll { $0 == .dose || $0 == .outlook }
            types.insert(.outlook, at: 0)
        }
        // "my kidneys have gone downhill, egfr 31 now. is it still ok to keep taking it?": whether it
        // is still all right is asked (who may take it), not for how long, unless a length is named.
        if types.first == .duration, let asked = asking.first,
           Patterns.matches(#"\b(still )?(ok|okay|safe|alright|all right|fine) (for (me|him|her|them) )?to (keep|carry on|continue|stay on|go on)\b"#, in: asked.lowercased()),
           !Patterns.matches(#"\b(how long|long[- ]term|longer|forever|for life|lifelong|years?|months?|weeks?|until|till)\b"#, in: asked.lowercased()) {
            types.removeAll { $0 == .eligibility }
            types.insert(.eligibility, at: 0)
        }
        // "Clots run in my family so I'm nervous… are the patches any safer?": a family history told
        // is why the reader worries; whether it is inherited is asked only where they ask.
        // (Every type was tried on the asking sentences, so none of them asks it.)
        if typesAsked == 0, !asking.isEmpty, let i = types.firstIndex(of: .inheritance) {
            types.remove(at: i)
        }
        // Whether to seek care now is never second to anything else asked with it.
        if let i = types.firstIndex(of: .urgency), i > 0 { types.remove(at: i); types.insert(.urgency, at: 0) }
        // "we want to try for a baby, is it safe": whether it is safe in pregnancy is what is asked.
        // (The same ask: "is it safe" is not a second question about side effects.)
        if types.first == .sideEffects, types.contains(.pregnancy), Patterns.matches(#"\b(safe|ok|okay|alright|all right|fine)\b"#, in: text.lowercased()) {
            types.removeAll { $0 == .pregnancy }
            types[0] = .pregnancy
        }
        // "How far into the pregnancy do I keep taking it": how long is what is asked; the pregnancy
        // is when.
        if types.first == .pregnancy, types.contains(.duration), Patterns.matches(#"\bhow (far|long) (into|in to|along)\b"#, in: text.lowercased()) {
            types.removeAll { $0 == .duration }
            types.insert(.duration, at: 0)
        }
        // "How likely is it to give him a rash": the side effect is what is asked; how likely is how much of it.
        if types.first == .outlook, let i = types.firstIndex(of: .sideEffects),
           Patterns.matches(#"\b(how likely|what are the (chances|odds)|(what'?s|what is|whats) the (chance|odds|likelihood|risk))\b"#, in: text.lowercased()) {
            types.remove(at: i)
            types.insert(.sideEffects, at: 0)
        }
        // "what is the treatment for X": a definition opener does not make it a definition question.
        if types.count > 1, let i = types.firstIndex(of: .definition) { types.remove(at: i) }
        // "What is the USPSTF stance on…", "what's their position on…": where a source stands, not
        // what a word means.
        if types == [.definition], Patterns.matches(#"\bwhat(?: is|'s|s| are)(?: the| their| its| his| her| your)?(?: [\w'’-]+){0,3} (?:stance|position|view|verdict|line) (?:on|about|regarding|for)\b"#, in: text.lowercased()) {
            types = []
        }
        // A child named in passing is a constraint; "children" is the type only when nothing else is asked.
        if types.count > 1, let i = types.firstIndex(of: .children) { types.remove(at: i) }
        var constraints: [UnderstoodQuestion.Constraint] = []
        var removed: [NSRange] = []
        for rule in constraintRules {
            for m in rule.pattern.matches(in: text, range: whole) {
                let range = m.range
                // One stretch of text is one constraint (the first rule that claims it).
                if removed.contains(where: { NSIntersectionRange($0, range).length > 0 }) && rule.removedFromSearch { continue }
                if constraints.contains(where: { $0.kind == rule.kind && $0.text.lowercased() == ns.substring(with: range).lowercased() }) { continue }
                let snippet = ns.substring(with: range).trimmingBlanks(newlines: false)
                constraints.append(.init(kind: rule.kind, text: snippet, value: rule.value(m, ns)))
                if rule.removedFromSearch { removed.append(range) }
            }
        }
        let ages = constraints.filter { $0.kind == "age" }.compactMap(\.value)
        // "She's 5 months, fully breastfed": a breastfed baby is not a question about breastfeeding
        // (the mother's medicines in her milk), unless pregnancy itself is named.
        if types.contains(.pregnancy), ages.contains(where: { (Self.years($0) ?? 99) < 2 }),
           !Patterns.matches(#"\b(pregnan\w*|conceiv\w*|ttc|my (milk|supply)|while (i'?m |i am )?breast ?feeding|(am|i'?m) breast ?feeding)\b"#, in: text.lowercased()) {
            types.removeAll { $0 == .pregnancy }
            if types.isEmpty { types = [.children] }
        }
        // "My son is 18": a grown son or daughter is not a question about children.
        if types.contains(.children), !ages.isEmpty, ages.allSatisfy({ (Self.years($0) ?? 0) >= 18 }) {
            types.removeAll { $0 == .children }
            if types.isEmpty { types = [.eligibility] }
        }
        // The story around a question: words about who said what, not about the topic.
        for m in filler.matches(in: text, range: whole) where !removed.contains(where: { NSIntersectionRange($0, m.range).length > 0 }) {
            removed.append(m.range)
        }
        var search = text
        for range in removed.sorted(by: { $0.location > $1.location }) {
            search = (search as NSString).replacingCharacters(in: range, with: " ")
        }
        // An age is left out of the search, but a baby's or a child's age says what kind of reader
        // the question is about ("my 5 week old feels hot" is about an infant, not hot flushes).
        if let age = constraints.first(where: { $0.kind == "age" })?.value, let years = Self.years(age) {
            if years < 1 { search += " infant" } else if years < 12 { search += " child" }
        }
        // A lab's symbol is searched by the name articles use ("K 5.6" → "potassium 5.6").
        for m in labSymbol.matches(in: search, range: NSRange(location: 0, length: search.utf16.count)).reversed() {
            let symbol = (search as NSString).substring(with: m.range(at: 1)).lowercased()
            search = (search as NSString).replacingCharacters(in: m.range(at: 1), with: symbol == "k" ? "potassium" : "sodium")
        }
        // A reading such as 150/95 is the reader's value (see `ReaderValues`), not a word to search.
        if reading.mayMatch(search) {
            // (A reading told without naming what it is, "cuff just read 184/122", is a blood pressure.)
            let ns = search as NSString
            let isPressure = reading.regex.matches(in: search, range: NSRange(location: 0, length: ns.length)).contains { m in
                let parts = ns.substring(with: m.range).split(separator: "/").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                return parts.count == 2 && (80...260).contains(parts[0]) && (40...160).contains(parts[1]) && parts[0] > parts[1]
            }
            search = reading.regex.replacingMatches(in: search, range: NSRange(location: 0, length: search.utf16.count), with: " ")
            if isPressure && !Patterns.matches(#"\b(blood pressure|bp|b\.p\.|pressure|hypertension|htn|mm ?hg)\b"#, in: search.lowercased()) { search += " blood pressure" }
        }
        return (types.isEmpty ? [.information] : types, constraints, search)
    }
}
