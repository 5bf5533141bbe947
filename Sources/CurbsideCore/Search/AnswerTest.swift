import CurbsidePatterns
import Foundation

/// Whether a sentence or bullet states the kind of fact a question type asks for: a number with a
/// dose unit for "how much", a time expression for "how often / how long / when", warning
/// language for "can I take X with Y", a population or threshold for "who should". A bare number
/// never passes on its own: the patterns name the unit or the words around it.
public enum AnswerTest {
    /// Each type's pattern (case-insensitive), compiled when a question first needs it (`pattern(for:)`):
    /// a question tests two or three types, and compiling all of them was a tenth of an `ask`.
    static let patternSources: [QuestionType: String] = [
        .dose: #"\bno dose\b|\bask a doctor\b|\b\d[\d,.]*\s*(-|–|to)?\s*\d*[\d,.]*\s*(mg|mcg|µg|ug|micrograms?|milligrams?|iu|units?|g|grams?|ml(?!/min)|mg/kg|mg/day|tablets?|capsules?|puffs?|drops?)\b(?!/min|/1\.73| of (blood|urine))|\bhalf (a|the) dose|\bdouble the dose|\b(low|high|full|starting|usual|maximum|target)[- ]dose\b|\b(lowest|smallest) (effective )?dose\b|\b(a|the) (lower|reduced|smaller) dose (is|of|for)\b|\bdose (reduction|adjustment)s? (is|are)\b|\b(reduce|lower) the dose\b"#,
        .frequency: #"\b(every|each)\s+(\d+|one|two|three|four|five|six|few|other)?(\s*(-|–|to)\s*\d+)?\s*-?\s*(day|days|week|weeks|month|months|year|years|hours?)\b|\b(once|twice|three times|\d+ times)\b|\b(daily|weekly|monthly|yearly|annually|nightly)\b|\bintervals?\b|\bperiodic(ally)?\b|\brepeat(ed)?\b.{0,40}\b(after|in|every|within)\b|\b(in|after|within|at) (about )?(\d+|one|two|three|four|five)(\s*(-|–|to)\s*\d+)? (months?|years?)\b|\b\d+(\s*(-|–|to)\s*\d+)? (years?|months?) (later|apart|after)\b"#,
        .duration: #"\b(continu(e|ed|ing)|keep (taking|on|using))\b|(?<!aged )(?<!age )(?<!ages )(?<!under )(?<!over )(?<!older than )(?<!younger than )(?<!children )(?<!child )(?<!infants )(?<!babies )(?<!kids )(?<!at )(?<!\d to )(?<!\d–)(?<!\d-)(?<!\d )(?<!every )(?<!each )(?<!doses in )(?<!dose in )(?<!times in )(?<!tablets in )\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several)\s*(-|–|to)?\s*(\d+)?\s*(seconds?|hours?|days?|weeks?|months?|years?)\b(?!\s*(and|or) (older|over|above|younger|under|up|more|longer)|\s*of age|\s*-?old|( [a-z]+)? (risk|probability|chance|likelihood|odds)\b)|\b(lifelong|indefinitely|long[- ]term|for life|short course|(best|optimal|ideal|right) (length|duration) of (treatment|therapy|use)|until|without stopping|withh(o|e)ld\w* (for|until|from)|(is|are|be) withh(o|e)ld)\b|\b(about|around|roughly|over|within|for|after|took|takes|take|in) (a|one) (week|month|year)\b|\b(should|must) not be stopped\b|\b(at|after|by) (about )?\d+( (to|-|–) \d+)? (hours?|days?)\b(?=[^.;]{0,100}\b(stopped|discharged|(go|goes|went|sent) home)\b)|\bstop(ped|ping|s)? (at|after) (about )?(\d+|one|two|three|four|five|six|twelve)\s*(-|–|to)?\s*(\d+)?\s*(weeks?|months?|years?)\b"#,
        .timing: #"\b(before|after|morning|evening|night|bedtime|empty stomach|with food|with a meal|apart|at least \d+ hours?|(no|not) (less|sooner) than (\d+|one|two|three|four|five|six) (hours?|days?|weeks?|months?)|\d+ (hours?|days?|weeks?|months?) (before|after|apart)|within (about |around |roughly |up to )?\d+|at the same time|first thing|time of day|any time|(\d+|one|two|three|four|five|six)(\s*(-|–|to)\s*\d+)? (days?|weeks?|months?|years?) later|from (age |about |around )?\d+ (days?|weeks?|months?|years?)|(by|at) (age |about |around )?\d+ (days?|weeks?|months?|years?) (of age|old)|from birth|start\w* (at|from|by) (age|birth|\d+ (days?|weeks?|months?|years?))|start\w* (within|soon|in the first)|soon after|(in|within) the first (few )?(days?|weeks?|months?)|at birth|(not|never) (be )?(delay|postpone|put off)\w*|without (delay|waiting)|while (tests|investigations|results) (are|is) (awaited|arranged|pending)|while waiting)\b|\b(at|after|by) (about )?\d+( (to|-|–) \d+)? (hours?|days?)\b(?=[^.;]{0,100}\b(stopped|discharged|(go|goes|went|sent) home)\b)"#,
        .interactions: #"\b((be )?stopped before|avoid|do not|don't|should not|must not|not (be )?(used|taken|combined|given)|increas\w* (the )?risk|rais\w* (the )?risk|bleed\w*|interact\w*|contraindicat\w*|interfer\w*|caution|together|combin\w*|along with|while taking|with other |more likely (with|when|if|in))"#,
        .sideEffects: #"\b(side effects?|adverse|lowers|lowered|lowering|raises|raised|raising|(can|may|might|will|could) (also )?(lower|raise)|affects?|interfer\w*|risks?|caus\w*(?! by (susceptible|strains|bacteria|germs|viruses|a virus))|lead to|harm\w*|hurt\w*|bleed\w*|damage|(can|may|might|could) (hide|mask)|mask(s|ed|ing)|hides|hiding|warn\w*|toxic\w*|rare(ly)?|common(ly)?(?! (first|choice|treatments?|medicines?))|nausea|rash|dizz\w*|(?<!for )(?<!treat )(?<!treats )(?<!treating )depress\w*\b(?! disorders?)|suicid\w*|injur\w*|problems?|diarrh\w*|vomit\w*|constipat\w*|headaches?|drows\w*|sleepiness|fatigue|tiredness|weight (gain|loss)|hair loss|itch\w*|swelling)\b"#,
        .eligibility: #"\b(recommend\w*|should|advised|suggest\w*|indicated|contraindicat\w*|not for use|infants|newborns|neonates|eligible|candidates?|adults?|people|patients|women|men|children|aged|age \d+|\d+ (years|and older|or older)|over \d+|under \d+|threshold|if (the|their|your|a|you|she|he|they)|when (the|their|your|a|you)|who (have|has|are|is|takes?)|reasons? (for|to)|calls? for|(is|are) (used|given|started|avoided) (when|if|only)\b)\b"#,
        .diagnosis: #"(≥|≤|>|<|\bor (higher|lower|more|less|above|below)\b|\bbetween\b|\babove\b|\bbelow\b|\bmm ?hg\b|\bt-?score\b|\bstage \d|\btests?\b|\bscan\b|\b(needs?|calls? for|indicated|requires?|advised|recommended)\b[^.;]{0,25}\b(x-?rays?|radiographs?|imaging)\b|\b(x-?rays?|radiographs?|imaging)\b[^.;]{0,25}\b(is|are) (indicated|needed|required|advised|recommended)\b|\bdiagnos\w*|\bconfirm\w*|\bmeasur\w*|\bcriteria\b|\bdefined as\b|\bmeans?\b|\btargets?\b|\baim(s|ed|ing)? (at|for)\b|\breference range\b|\b(positive|negative)\b|\bpoints? (to|toward)\b|\bpredict\w*|\brules? (it )?(in|out)\b|\bconsidered\b|\bconstitut(e|es|ed)\b|\bcounts? as\b|\b(is|are) not,? (by itself,? |on its own,? )?(an? )?[\w-]+ (disease|disorder|condition)\b)"#,
        .definition: #"\b(is|are) (a|an|the|not|when|what|usually|often|common|rare|caused|called)\b|\bmeans?\b|\brefers? to\b|\bdefined as\b|\bknown as\b|\bclassif(y|ies|ied)\b|\bcounts? as\b"#,
        .causes: #"\b(caus\w*|because|due to|results? from|risk factors?|lead to|leads to|triggered|linked to|associated with|raises?|raised|increases?|increased|links?|tied to|can (also )?(raise|lower|increase|worsen|trigger)|from (a|an|the)|when)\b"#,
        .symptoms: #"\b(symptoms?|signs?|pain|fever|feel\w*|swell\w*|rash|cough|tired\w*|short(ness)? of breath|numb\w*|tingl\w*|weak\w*|bleed\w*|vomit\w*|dizz\w*|headaches?)\b"#,
        .treatment: #"\b(treat\w*|therap\w*|\w+-intensity|medicines?|medications?|drugs?|surgery|recommend\w*|first[- ]line|options?|take|taking|uses?|used|indicat\w*|start\w*|prescrib\w*|offer\w*|manag\w*|splint\w*|exercise|swap\w*|instead|alternatives?|substitut\w*|in place of|rather than|replac\w*|relie\w*|favou?red|preferred|help(s|ed)?|needs?)\b"#,
        .prevention: #"\b(prevent\w*|(did|does|do) not (lower|reduce|cut)|reduc\w* (the )?risk|lower\w* (the )?(risk|chance)|avoid\w*|vaccin\w*|screen\w*|protect\w*|cut\w*)\b"#,
        .outlook: #"\b((hazard|odds|risk|rate) ratios?|relative risk|rais\w* (the |its |their )?(risk|chance|odds)|raises? it\b|(higher|increased|greater|lower|reduced) (risk|chance|odds)|most|effective|efficacy|effect sizes?|recover\w*|improv\w*|better|halv\w*|shorten\w*|faster|quicker|sooner|prognos\w*|(adverse|worse|poorer?|better|good|favou?rable|unfavou?rable) (outcomes?|markers?)|surviv\w*|outlook|expect\w*|life|lives|live\w* (into|to|until|beyond|longer)|adulthood|middle age|go away|resolv\w*|remission|progress\w*|chance|likely|percent|%|\d+(\.\d+)? (in|out of) (every )?100\b|\b(\d+(\.\d+)?|two|three|four|five|ten) times (the|as|higher|more|greater)\b)"#,
        .inheritance: #"\b(inherit\w*|genes?|genetic\w*|parents?|famil\w*|autosomal|x-linked|de novo|mutation\w*|variant\w*|pass\w* (on|down))\b"#,
        .urgency: #"\b(back to (the|a|your) (doctor|gp|clinic|hospital)|see (a|the|your) (doctor|gp)|emergency|urgent\w*|prompt(ly)?|same[- ]day|right away|immediately|at once|call|hospital|911|999|seek|seen|admit\w*|now)\b"#,
        .pregnancy: #"\b(pregnan\w*|breast ?feed\w*|breastfed|nursing mothers?|lactat\w*|conception|conceiv\w*|fetus|fetal|foetal|unborn|trimester|birth defects?|labou?r and delivery|childbirth|(in|sub)?fertil\w*|semen|sperm)\b"#,
        .children: #"\b(child\w*|infants?|bab(y|ies)|kids?|pediatric|paediatric|toddlers?|newborns?|\d+ (months?|years?) (old|of age))\b"#,
    ]

    /// Warning language: what an interaction question's answer says beyond putting two things together.
    static let warning = Patterns.compiled(#"\b(avoid\w*|(do not|don'?t)(?! (help|work|respond|improve|clear|get better|have|need|know|cover|mean)\b)|should not|must not|never|not (be )?(used|taken|combined|given)|(increas|rais)\w* (the )?risk|bleed\w*|interact\w*|contraindicat\w*|interfer\w*|caution|warn\w*)"#, caseInsensitive: true)!

    /// What an interaction answer says beyond putting two things together: a warning, or that they
    /// go together safely, or what one does to the other.
    static let verdict = Patterns.compiled(#"\b(safe(ly)?|no (known |significant )?(interaction|problem)s?|can be (taken|used|given|combined)|(is|are) fine|(more|less) likely|lowers?|raises?|reduces?|stopped before|hypoglyc\w*|hyperkal\w*|potassium)\b"#, caseInsensitive: true)!

    static func givesAVerdict(_ text: String) -> Bool { matches(warning, text) || matches(verdict, text) }

    /// A product's strength ("ergocalciferol in 50,000 IU capsules") is not a dose to take: a
    /// sentence whose only amounts name a tablet or capsule, with no word of taking, does not answer
    /// "how much".
    static let strength = Patterns.compiled(#"\b\d[\d,.]*\s*(mg|mcg|µg|micrograms?|iu|units?)\s+(tablets?|capsules?|caps|pills?)\b"#, caseInsensitive: true)!
    static let taking = Patterns.compiled(#"\b(a day|daily|per day|each day|every|once|twice|times|take\w*|taken|give\w*|need\w*|dose\w*|dosing|start\w*|maximum|most|up to|no more than|limit)\b"#, caseInsensitive: true)!

    static func givesOnlyAStrength(_ text: String) -> Bool { matches(strength, text) && !matches(taking, text) }

    /// "Can I stop taking it", "can we stop the drops": asks whether (or when) to stop, which only a
    /// sentence about stopping or going on answers, not any length of time.
    /// (Not stopping an activity: "will he have to stop driving" asks how long, not when to stop a medicine.)
    static let asksToStop = Patterns.compiled(#"\b(can|should|could|do|does|may|will) (i|we|he|she|they|you) (just |safely |ever |now )?((have|need|got) to )?(stop|come off|quit)\b(?! (driving|drive|working|work|running|swimming|flying|playing|sports?|school|exercis\w*))|\bstop taking\b|\b(want|wants|wanting|like|decide|decides|going) to (stop|come off|quit)\b|\bwhat if (i|we|he|she|they|you) (just )?(stop|come off|quit)\b|\b(hold|stop|withhold|pause)\b( \w+){0,2} or (continue|keep)\b|\b(any|no) point (in )?(continu\w*|keep(ing)? (on|going|taking))\b|\bworth (continu\w*|keep(ing)? (on|going|taking))\b|\b(do|should|can|shall) (i|we|he|she|they) (just )?(keep|carry) (going|on)\b"#, caseInsensitive: true)!
    static let saysWhenToStop = Patterns.compiled(#"\b(stop\w*|continu\w*|keep (taking|on|using|giving)|lifelong|long[- ]term|for life|indefinitely|without stopping|come off|coming off|discontinu\w*|withh\w*|until|taper\w*|holiday|break)\b"#, caseInsensitive: true)!

    /// A check, test or scan done again: what "how often is it checked" asks the timing of.
    static let checking = Patterns.compiled(#"\b(checks?|checked|checking|re-?check\w*|tests?|tested|testing|re-?test\w*|scans?|scanned|scanning|re-?scan\w*|reviews?|reviewed|reviewing|monitor\w*|measur\w*|follow(ed)?[- ]up|reassess\w*|re-?evaluat\w*)\b"#, caseInsensitive: true)!
    /// An amount of a medicine ("5 mg", "1,000 units").
    static let amount = Patterns.compiled(#"\b\d[\d,.]*\s*(mg|mcg|µg|micrograms?|iu|units?|g|ml)\b"#, caseInsensitive: true)!

    /// "Why does he have to…", "why would he need…": a reason is asked.
    static let asksWhy = Patterns.compiled(#"^(so |but |and |ok )?why\b|[,;:?.-] *(so |but |and )?why\b"#, caseInsensitive: true)!
    /// What such an answer says: why (a cause, or what it is for).
    static let givesAReason = Patterns.compiled(#"\b(because|since|due to|so (that|it|they|the|you|your)|in order to|to (prevent|protect|stop|lower|reduce|avoid|make sure|check|catch|find|see|look|guard)|helps? (to )?(prevent|protect|stop|lower|reduce|avoid|keep)|prevent\w*|protect\w*|lowers? (the )?(risk|chance)|reduces? (the )?(risk|chance)|caus\w*|leads? to|results? (from|in)|reasons?|mechanisms?|as part of|benefit\w*|even (with|without|if)|whether or not|with or without)\b"#, caseInsensitive: true)!

    /// A number of days, weeks, months or years ("3 months", "six weeks", "a year", "2 to 6 months").
    static let countOfTime = Patterns.compiled(#"\b(\d+([.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|a few|several)(\s*(-|–|to)\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve))?[\s-]*(days?|weeks?|months?|years?|wks?|yrs?)\b"#, caseInsensitive: true)!

    /// "How long before it works / until it kicks in": the time until a treatment helps.
    static let whenItWorks = Patterns.compiled(#"\b(how (long|soon|quickly|fast)|when)\b.{0,60}\b(work|works|working|help|helps|kick|kicks|start(s|ing)? (to )?(work|help|feel)\w*|feel(ing)? (any )?(better|different)|take effect|(see|notice) (a |any )?(difference|results?|improvement|change))|"#
        + notWorkingYet, caseInsensitive: true)!
    /// What follows "how often" when it asks how often something happens ("do the scans find
    /// anything", "do we end up missing a fracture"), not how often to do something.
    static let happensHowOften = #"(do|does|did|is|are|will) [^?.]{0,40}\b(turn (anything|something|it|much) up|turn up|show (anything|something|up)|find (anything|something)|pick(ing|s)? up|end up|happen|occur|(get|gets|is|are) (squashed|missed|trapped|damaged|broken)|go wrong|come back|recur)\w*"#
    /// "3 weeks on sertraline and feel no different, is that normal": whether it should have worked by now.
    static let notWorkingYet = #"\b(feel|feeling|felt|notic\w*|see|seeing) (no|little|nothing|not much|no real) ?(different|difference|better|improvement|change|effect|benefit)?\b[^?.]{0,40}\b(yet|normal|usual|expected)\b|\b(not|isn'?t|isnt|hasn'?t|hasnt) (working|helping|worked|helped|kicked in) yet\b"#
    /// "How long do I stay on it once I start feeling better" asks how long to go on after it works.
    static let afterItWorks = Patterns.compiled(#"\b(once|after|since|now that) (i|you|he|she|they|we)('?re| are| am| have| has)? (start|feel|get|begin)\w*|\b(past|after|beyond) (feeling|getting|being) (better|well)\b"#, caseInsensitive: true)!
    /// What such an answer says: that it helps, works or has an effect.
    static let itWorks = Patterns.compiled(#"\b(benefit\w*|work\w*|help\w*|improv\w*|effect\w*|better|relie\w*|prevent\w*|respon\w*)"#, caseInsensitive: true)!

    /// An amount or rule given by age band: "from age 71", "aged 1 to 70", "adults younger than 75", "65 and older".
    static let namesAnAgeBand = Patterns.compiled(#"\b(from|at|after|before|until|up to|over|under|above|below|older than|younger than) (the )?(age (of )?)?\d{1,3}\b(?! ?(%|mg|kg|lb|mm|iu|µg|micrograms?|ml|units?|minutes?|hours?|days?|weeks?|months?))|\baged? \d{1,3}\b|\b\d{1,3} (years )?(and|or) (older|over|younger|under)\b"#, caseInsensitive: true)!

    /// "How does finasteride actually work, what is it blocking": how a medicine acts is asked.
    static let asksHowItWorks = Patterns.compiled(#"\bhow (does|do|did) (it|they|this|that|[a-z]+)( actually| really| even| exactly)? work\b(?! out)|\bwhat (is|does|do) (it|they|[a-z]+) (actually |really )?(block|target|inhibit)\w*|"# + mechanismWords + #"|\bhow (it|they) works?\b"#, caseInsensitive: true)!
    /// What such an answer says: what the medicine does in the body ("inhibits type 2 5-alpha-reductase",
    /// "cuts the hormone DHT", "binds to bone").
    /// The words that name how it works: a question with them asks for that, whatever else it asks.
    static let mechanismWords = #"\bmechanism\b|\bmode of action\b"#
    static let namesTheMechanism = Patterns.compiled(mechanismWords, caseInsensitive: true)!
    static let givesAMechanism = Patterns.compiled(#"\b(inhibit\w*|block\w*|works by|acts (on|by)|binds?|bound to|stays? in the bone|cuts? the (hormone|level|amount)|lower\w* (the )?(hormone|level|amount)s? of|(rais|increas|lower|reduc)\w* (the )?([\w-]+ ){0,2}hormone|stops? the body (from )?making|switch\w* off|mimic\w*)\b"#, caseInsensitive: true)!

    /// "Is dupixent a tablet or an injection": the form it comes in, or how it goes in, is asked.
    static let asksTheForm = Patterns.compiled(#"\b(tablets?|pills?|capsules?|liquid|syrup|cream)\b[^?.]{0,20}\bor (an? )?(injections?|shots?|jabs?|infusions?|drips?)\b|\b(injections?|shots?|jabs?|infusions?|drips?)\b[^?.]{0,20}\bor (an? )?(tablets?|pills?|capsules?|liquid|syrup)\b|\b(does|do) (it|they|[a-z]+) come (as|in) (a |an )?(tablets?|pills?|capsules?|injections?|shots?|pens?|liquid)\b|\bis there (a|an) (tablet|pill|capsule|liquid|oral) (version|form)\b"#, caseInsensitive: true)!
    /// What such an answer says: how it is given ("as a shot under the skin", "taken by mouth").
    static let givesTheForm = Patterns.compiled(#"\b(inject\w*|shots?|jabs?|under the skin|subcutaneous\w*|infusions?|intravenous\w*|drips?|by mouth|orally|tablets?|pills?|capsules?|pens?|syringes?|liquid|syrup|suspension)\b"#, caseInsensitive: true)!

    /// "Xarelto vs Eliquis", "is D3 better than D2 or are they the same", "which binder is better":
    /// two things weighed against each other.
    static let asksToCompare = Patterns.compiled(#"\b(vs\.?|versus)\s|\b(better|worse|safer|stronger|more effective|less effective) than (?!(i|you|he|she|we|they|it|before|now|usual|normal|last|that|this|expected|ever)\b)|\bwhich (one |binder |drug |medicine |pill |of them |is )?(is )?(better|preferred|best|safer)\b|\b(are they|is it) (basically |really |just )?the same( thing)?\s*(\?|,|$|or\b)|\bis one (of them )?(actually |really )?(better|safer)\b"#, caseInsensitive: true)!

    /// "How much a day", "daily", "per day": a dose asked per day.
    static let perDay = Patterns.compiled(#"\b((a|per|each|every) day|daily)\b|/ ?day\b"#, caseInsensitive: true)!
    /// An amount given per day ("800 to 1,000 units of vitamin D a day", "10 mg daily").
    static let amountPerDay = Patterns.compiled(#"\d[^.;]{0,60}\b((a|per|each|every) day|daily)\b|\d[^.;]{0,30}/ ?day\b"#, caseInsensitive: true)!
    /// "How common is it", "prevalence in females": how many people have it is asked.
    /// ("How often do the scans actually find anything": how often something happens, not a schedule.)
    static let asksHowCommon = Patterns.compiled(#"\bhow often "# + happensHowOften + #"|\b((how|that|so) (common(ly)?|rare|frequent)|prevalence|incidence|how many (people|men|women|girls|boys|kids|children|babies) (have|get|are born with)|(is|are) (it|that|this|they) (common|rare))\b"#, caseInsensitive: true)!
    /// What such an answer says: a share of people ("1 in 10,000", "about 15%", "per 1,000") or that it is common or rare.
    static let givesAShare = Patterns.compiled(figure + #"|\b(common|rare|uncommon|most|few|many) (people|women|men|children|babies|cases)?\b"#, caseInsensitive: true)!
    /// A figure: a percentage or a count out of a number ("15%", "1 in 10,000", "3 per 100").
    static let figure = #"\d(\.\d+)?\s*(%|percent)|\b\d[\d,.]* (in|per|out of) (every )?\d[\d,.]*\b"#

    /// "In the big trial, how did stroke rates compare between the two?": rates asked for are figures.
    static let asksForRates = Patterns.compiled(#"\b(what|how)\b[^?.]{0,60}\b(rates?|percentages?)\b(?! (the|it|them|this|that|how|my|his|her|their)\b)|\b(rates?|percentages?)\b[^?.]{0,40}\b(compare|compared|differ|different)\b"#, caseInsensitive: true)!
    /// "How much did being 75 or older raise the odds", "by how much": the size of a change, which
    /// only a magnitude answers ("odds ratio 1.66", "about twice", "by 1 to 1.5%", "5 mm Hg").
    static let asksHowMuchItChanges = Patterns.compiled(#"\bby how much\b|\bhow much (did|does|do|will|would|can|could|has|have|is|was) [^?.]{0,50}\b(rais|increas|cut|reduc|lower|improv|decreas|push|drop|shorten|lengthen|chang)\w*|\bhow much (more|less|higher|lower|bigger|smaller|better|worse)\b"#, caseInsensitive: true)!
    static let givesAMagnitude = Patterns.compiled(figure + #"|\b(odds|hazard|risk|rate) ratios?\b|\((a?hr|a?or|rr)\b\s*[=:,]?\s*\d|\b\d+(\.\d+)?[- ]?(fold|times)\b|\b(twice|double[ds]?|tripled?|halved?|half)\b|\bby (about |around |roughly |up to )?\d|\b\d+(\.\d+)? ?(mg|mmol|mm ?hg|points?|kg|lb|pounds|years?|months?|weeks?|days?|minutes|hours)\b"#, caseInsensitive: true)!
    /// What answers it: a figure ("1.27% per year", "3 in 100", "per 1,000").
    static let givesAFigure = Patterns.compiled(figure + #"|\bper (year|annum|100|1,?000)\b"#, caseInsensitive: true)!
    /// "What was the NNT to prevent one fracture?": how many must be treated for one to benefit.
    static let asksForNumberNeeded = Patterns.compiled(#"\b(nnt|number needed to treat)\b"#, caseInsensitive: true)!
    /// What answers it: the number itself, or how many were treated to prevent one ("15 women
    /// treated to prevent one fracture", "20 months of treatment in 200 women was needed to prevent one").
    static let givesNumberNeeded = Patterns.compiled(#"\b(nnt|number needed to treat)\b[^.;]{0,25}\d|\b\d[\d,]* (\w+ ){0,2}(treated|needed treatment) (to prevent|for (each|every|one))\b|\bneeded to prevent one\b"#, caseInsensitive: true)!

    /// The compiled pattern for a type (nil for `information`, which any text passes).
    /// The strings one of which every match of a type's pattern holds (`RequiredLiterals`): a
    /// sentence with none of them is not run through the pattern.
    static let requiredOfType: [QuestionType: [[UInt8]]?] = patternSources.mapValues { RequiredLiterals.bytes(of: $0) }

    static func pattern(for type: QuestionType) -> TextPattern? {
        patternSources[type].flatMap { Patterns.compiled($0, caseInsensitive: true) }
    }

    /// Whether `text` holds the kind of content `type` asks for (any text for `information`).
    public static func passes(_ text: String, type: QuestionType) -> Bool {
        guard patternSources[type] != nil else { return true }
        if let words = typeWords[type], !Patterns.mayHold(anyOf: words, in: text) { return false }
        guard RequiredLiterals.mayMatch(requiredOfType[type] ?? nil, text) else { return false }
        guard let pattern = Self.pattern(for: type) else { return true }
        return pattern.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// For amounts and times, the number must be about the thing asked: "600 IU a day" in a sentence
    /// that names calcium only in passing ("the review of calcium and vitamin D … 600 IU") is not
    /// how much calcium. True when one of `names` (see `wordExpressions`) stands within `window`
    /// characters of a match.
    public static func passes(_ text: String, type: QuestionType, near names: [TextPattern], window: Int = 70) -> Bool {
        guard pattern(for: type) != nil else { return true }
        let places = self.places(of: names, in: text)
        guard !places.isEmpty else { return passes(text, type: type) }
        guard RequiredLiterals.mayMatch(requiredOfType[type] ?? nil, text) else { return false }
        return matches(type, in: text, near: places, window: window)
    }

    /// Whether a match of the type's pattern stands within `window` characters of one of `names`
    /// (false when none of them is in the text).
    static func matchesNear(_ text: String, type: QuestionType, names: [TextPattern], window: Int) -> Bool {
        let places = self.places(of: names, in: text)
        return !places.isEmpty && matches(type, in: text, near: places, window: window)
    }

    private static func places(of names: [TextPattern], in text: String) -> [NSRange] {
        let whole = NSRange(location: 0, length: text.utf16.count)
        return names.flatMap { $0.matches(in: text, range: whole).map(\.range) }
    }

    private static func matches(_ type: QuestionType, in text: String, near places: [NSRange], window: Int) -> Bool {
        guard let pattern = pattern(for: type) else { return false }
        return pattern.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)).contains { m in
            // (Or a long name's end near it: "primary ovarian insufficiency … until".)
            places.contains { p in abs(p.location - m.range.location) <= window
                || max(m.range.location - (p.location + p.length), p.location - (m.range.location + m.range.length), 0) <= window * 5 / 7 }
        }
    }

    /// Whole-word, case-insensitive expressions for names, compiled once per question.
    public static func wordExpressions(_ names: [String]) -> [TextPattern] {
        names.filter { !$0.isEmpty }.compactMap {
            try? TextPattern("\\b" + TextPattern.escaped($0) + "\\b", options: [.caseInsensitive])
        }
    }

    /// The types whose answer is a number or a time tied to what it is about.
    static let measured: [QuestionType] = [.dose, .frequency, .duration]

    /// Types whose test is specific enough to decide confidence on its own; for the others (a
    /// treatment or definition sentence is easy to find in any article on the topic) the article
    /// must also cover the question as a whole.
    static let specific: [QuestionType] = [.dose, .frequency, .duration, .timing, .interactions, .diagnosis, .pregnancy]

    /// Sentences that cannot stand alone: they lean on the one before ("It does not…", "So her
    /// low figure does not cancel it").
    static let dependent = try! TextPattern(
        #"^((You|We|They|It|This|Doctors|Adults) also|For (them|these|those|him|her|such)|It|Its|They|Their|Them|This|These|That|Those|He|She|Such|Both|Neither|Here|The label|The guideline|The same|The trial|The study|The committee|The review|The panel|The authors|Also|However|But|If (that|this|so|not|these|they|it)|In (that|this|such) case|Otherwise|Even so|Instead|Then|So|Therefore|Thus|Hence)\b"#)

    /// Whether a sentence gives its point for the people the one before names ("For them, …"):
    /// that one only sets it up.
    static func setsUp(for next: String) -> Bool {
        next.hasPrefix("For ") && matches(forThem, next)
    }
    private static let forThem = try! TextPattern(#"^For (them|him|her)\b"#)

    /// A sentence that reports a study rather than states advice: a trial, a cohort, a count of participants.
    static let studyReport = try! TextPattern(
        #"\b(randomi[sz]ed|randomly|trials?|cohort|meta-analys[ie]s|systematic review|observational|hazard ratios?|odds ratio|relative risk|placebo|follow(ed)?[- ]up for|stud(y|ies) of|\d[\d,]* ([a-z-]+ )?(patients|women|men|people|adults|children|infants|participants))\b"#,
        options: [.caseInsensitive])

    /// A sentence that opens by naming its source ("The 2018 update of the … guideline recommends
    /// applying…", "The IDSA and ESCMID guideline (2010 update, published 2011)…", "Under the 2014
    /// ILAE definition…"): it says who says, and often what it covers, before (or instead of) the fact.
    static let sourceOpening = try! TextPattern(
        #"^(The|Under the|In (its|the)|For the|A)\b[^.;:]{0,80}?\b(guidelines?|label|prescribing information|statement|update|review|consensus|definition|Society|Association|Academy|College|Task Force|Board|panel|NICE|IDSA|AAP|AAOS|ACIP|USPSTF|ESC|AHA|ACC|KDIGO|ADA|WHO|BSG|ILAE|NAMS|AAD|Dietary Guidelines)\b"#)

    /// Whether a unit opens by naming its source.
    static func opensWithSource(_ text: String) -> Bool {
        sourceOpening.firstMatch(in: text, range: NSRange(location: 0, length: min(text.utf16.count, 110))) != nil
    }

    /// Whether a unit opens as a study's report (the cue within its first words), not as advice.
    static func opensAsStudyReport(_ text: String) -> Bool {
        guard mayBeStudyReport(text) else { return false }
        let ns = text as NSString
        return studyReport.firstMatch(in: text, range: NSRange(location: 0, length: min(ns.length, 70))) != nil
    }

    /// Which end of a range a question asks for, as a pattern the answering unit matches: the most
    /// one may take, the dose one starts on.
    /// (Compiled when a question first reaches them: most ask for neither end.)
    static let qualifiers: [(asked: String, answer: String)] = [
        (#"\b(the most|maximum|max|upper (limit|level)|too much|safe(ly)? (amount|limit|take)|at most)\b"#,
         #"\b(upper (limit|level)|maximum|max|limit|no more than|not (take |use |give |go )?(more|above|over)|(do not|don't|never) exceed|exceed\w*|at most|safety|(keep|stay|remain)\w* (it |total \w+ |\w+ )?(below|under|less than))\b"#),
        (#"\b(start(ing)?|initial|first) (dose|amount)|\bdose to start|\bstart(ing)? (on|at|with)\b"#,
         #"\b(start\w*|initial\w*|begin\w*)\b"#),
        (#"\bhigh[- ]dose\b"#, #"\bhigh[- ]dose\b"#),
        (#"\blow[- ]dose\b"#, #"\b(low|reduced|lower)[- ]dose\b"#),
        (#"\b(loading|maintenance)\b"#, #"\b(loading|initial|then|followed by|every other week|maintenance)\b"#),
        // "Hold or continue?": the sentence that says whether to go on with the drug.
        (#"\b(hold|stop|continue|withhold|pause)\b( \w+){0,2} or (continue|keep|stop|hold|reduce|cut)"#,
         #"\b(continu\w*|without stopping|stop(ping)? (it|the|this)|withh\w*|reduc\w* or stop\w*|cutting the dose)"#),
        // "What's the longest I can stay on it": the longest course, not when it is reviewed.
        (#"\blongest\b|\bmaximum (time|length|duration)\b"#, #"\b(longest|up to \d+|as long as|no longer than)\b"#),
    ]

    /// Whether the question asks for the most one may take: then only a unit that gives a limit answers.
    static func asksForTheMost(_ question: String) -> Bool {
        Patterns.matches(qualifiers[0].asked, in: question, caseInsensitive: true)
    }

    /// The answer pattern for the end of a range the question asks for, if it asks for one.
    static func qualifier(in question: String) -> TextPattern? {
        qualifiers.first { Patterns.matches($0.asked, in: question, caseInsensitive: true) }
            .flatMap { Patterns.compiled($0.answer, caseInsensitive: true) }
    }

    /// "What the source does not cover" caveats: the answer only when the question asks exactly that.
    static let caveat = try! TextPattern(
        #"\b(does not|doesn't|do not|did not) (address|cover|include|say|tell|rank|set|mention|give|discuss|apply|compare|state|list|specify)\b|\bsays nothing\b|\bis silent\b|\bnot covered\b|\boutside (the|its) (scope|label)\b|\bnot (labell?ed|approved) for\b|\bwe (did not|could not|didn't|couldn't) find\b"#,
        options: [.caseInsensitive])

    /// A sentence that leans on the one before, or only says what a source leaves out: never shown alone.
    public static func cannotStandAlone(_ sentence: String) -> Bool {
        isDependent(sentence) || isCaveat(sentence)
    }

    static func matches(_ regex: TextPattern, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    // What a question asks, tested only when it holds a word every match needs: most questions
    // hold none, and the pattern is then never compiled (a one-shot `ask` pays for each it compiles).
    static func asksToCompare(_ question: String) -> Bool {
        Patterns.mayHold(anyOf: ["vs", "versus", "than", "same", "which", "one"], in: question) && matches(asksToCompare, question)
    }
    static func asksTheForm(_ question: String) -> Bool {
        Patterns.mayHold(anyOf: ["inject", "shot", "jab", "infusion", "drip", "come", "version", "form"], in: question) && matches(asksTheForm, question)
    }
    static func asksHowItWorks(_ question: String) -> Bool {
        Patterns.mayHold(anyOf: ["work", "block", "target", "inhibit", "mechanism", "action"], in: question) && matches(asksHowItWorks, question)
    }
}
