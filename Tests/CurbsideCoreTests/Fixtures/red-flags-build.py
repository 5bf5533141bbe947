#!/usr/bin/env python3
"""Writes the "patterns" of Data/red-flags.json (ids and lines are left as they are).

The emergency-sign patterns are long: each is built here from named pieces (a baby, a sign of
fever, an age under 3 months, what rules a phrase out) so that a change is made once and read
in words. Edit the pieces here, run this script, then check the result against the phrasings
readers type (red-flag-phrasings.json, the Swift test `everyRedFlagPhrasingShowsItsLine` reads
it too).

Usage (from the repository root):
  python3 Tests/CurbsideCoreTests/Fixtures/red-flags-build.py
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "..", "..", "Data", "red-flags.json")
src = json.load(open(TARGET, encoding="utf-8"))

# ---------- fever in a baby under 3 months ----------
WN = r"([1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|a couple of|couple of)"  # weeks
MN = r"([12]|one|two|a)"  # months under 3
# strong signs of fever: a fever word, a reading of 38+ °C / 100+ °F, feels hot
STRONG = (r"(fever\w*|febrile|pyrexi\w*|burning up|high temp\w*|hot to (the )?touch|(is|feels?|felt|was|seems?) (\w+ )?boiling\b"
          r"|hot (forehead|head|skin|body|tummy|back|and (sleepy|floppy|lethargic|grizzly|unsettled|crying|not feeding|irritable|clammy|shivering|flushed|red))"
          r"|(feels?|felt|feeling|seems?|is|was|looks?) (\w+ and )?(very |so |really |quite |a bit |a little )?(hot|warm)\b(?! (weather|outside|in here|room|day))"
          r"|(3[89]|4[01])([.,]\d+|\s?(°|degrees\b|c\b))|10[0-5]([.,]\d+|\s?(°|degrees\b|f\b))"
          r"|\b(is|was|of|at|reads?|reading|hit|reached|showing|shows|says) (3[89]|4[01]|10[0-5])\b(?![+/]| ?(weeks?|wks?|w\b|days?|ml|mls|g\b|grams?|oz|mg|%|percent|lbs?|pounds?|kg|cm|mm|minutes?|mins?|hours?|hrs?)))")
# weak: "temperature", "temp", "very hot" (also said of rooms, baths and bottles)
WEAK = r"(temp(erature)?s?\b|(very|so|really|too) (hot|warm)\b(?! (weather|outside|in here|room|day)))"
NOT_ROOM = (r"(?!.*\b((room|bath|bathwater|water|milk|bottle|formula|nursery|bedroom|car|house|outside|outdoor) temp\w*"
            r"|temp\w* (of|for|in) (the |a |my |her |his |their |baby'?s? )?(room|bath|bathwater|water|milk|bottle|formula|nursery|bedroom|car|house)"
            r"|(how|what) (warm|hot|temp\w*) should|(ideal|right|best|safe|recommended) (room |bath )?temp\w*|hot weather|heat ?wave)\b)")
# "what way should we be taking her temp": how to measure, not a fever (unless a reading is high)
NOT_METHOD = (r"(?!(?=.*\b(how|what way|which way|where|best way|right way|the way)\b[^.?!]{0,30}\b(take|taking|check|checking|measure|measuring|read|reading)\b[^.?!]{0,16}\btemp\w*)"
              r"(?!.*\b(high|raised|up|spik\w*|hot)\b))")
BABY = r"\b(bab(y|ies|ys)|infants?\b(?!'? (tylenol|motrin|advil|paracetamol|ibuprofen|calpol|nurofen|formula))|new ?borns?|neonat\w*|bubba)\b(?! (aspirin|asprin))"
OLDN = r"([4-9]|1\d|2[0-4]|four|five|six|seven|eight|nine|ten|eleven|twelve)"
YN = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
# a baby told as older than 3 months, pregnancy, or "baby fever" (wanting a baby)
AGE_OLD = r"(" + OLDN + r"[- ]?(months?|mos?|mths?)|" + YN + r"[- ]?(years?|yrs?))"
NOT_OLDER = (r"(?!.*\b(" + AGE_OLD + r"[- ]?(old )?(baby|infant|bubba)"
             r"|(baby|infant|bubba)('?s| is| was| turned| aged|,)? (now |nearly |almost |just |only |over )?" + AGE_OLD + r"\b"
             r"|(pregnan\w*|unborn|in the womb|antenatal)\b"
             r"|(have|got|having|gives? me) (\w+ )?(\w+ )?baby fever))")
NOT_AFTER = r"(?! ?(pregnan|post|after|since|into|along|ago|gestation|early|prem))"
WHO = r"(she|he|baby|son|daughter|it|grandson|granddaughter|boy|girl|bubba|lo|little one|twins)"
YOUNG = (r"\b(" + WN + r" ?(weeks?|wks?)[- ]?old"
         r"|" + MN + r" ?(months?|mos?|mths?)[- ]?old"
         r"|(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|a couple of) ?(days?|hours?|hrs?)[- ]?old"
         r"|" + WHO + r"('?s| is| was| are|,)? (only |just |nearly |almost |barely )?(" + WN + r" ?(weeks?|wks?)|" + MN + r" ?(months?|mos?|mths?)|(\d{1,2}|a few|few) days)\b" + NOT_AFTER +
         r"|aged? " + WN + r" ?(weeks?|wks?)"
         r"|(under|younger than|less than|below) (3|three|2|two) ?(months?|mos?)"
         r"|(under|younger than|less than|below) (1[0-3]|[4-9]|eight|ten|twelve) ?(weeks?|wks?))\b")

# a baby (not said to be older) with a sign of fever, or an age under 3 months with one
fever = [
    r"^(?=.*" + BABY + r")(?=.*" + STRONG + r")" + NOT_OLDER,
    r"^(?=.*" + BABY + r")(?=.*" + WEAK + r")" + NOT_OLDER + NOT_ROOM + NOT_METHOD,
    r"^(?=.*" + YOUNG + r")(?=.*" + STRONG + r")",
    r"^(?=.*" + YOUNG + r")(?=.*" + WEAK + r")" + NOT_ROOM + NOT_METHOD,
]

# ---------- chest pain ----------
WHOSE = r"(my|his|her|their|the|your|mums?|moms?|dads?)"
chest = [
    r"\bchest (pains?|pressure|tightness|tight|hurts?|hurting|aches?|aching|discomfort|heaviness|squeez\w*|crush\w*|burning)\b",
    r"\b(pains?|aches?|aching|tightness|tight band|band|pressure|heaviness|heavy feeling|weight|squeez\w*|crush\w*|burning|stabbing|discomfort|vice|vise|tight feeling)"
    r" (in|on|across|around|round|over|through|in (the )?(middle|centre|center) of) " + WHOSE + r"? ?chest\b",
    r"\bchest (is |was |feels |feel |felt |feeling |has been |keeps |getting |gets |got |went |gone |really |very |so |quite |a bit |all |still )+"
    r"(tight|tighter|tightening|heavy|crushed|crushing|squeezed|squeezing|painful|sore|hurt\w*|achy|aching|on fire|burning|like (it'?s|its) on fire)\b",
    r"\b(elephant|weight|someone|something( heavy)?|ton of bricks) (is |was )?(sitting|sat|standing|stood|pressing|pushing|crushing|on)( on)? " + WHOSE + r" chest\b",
    r"\btight chest\b",
    r"\b(clutch\w*|grabb\w*|holding|gripping) (at )?(my|his|her|their|the) chest\b",
    r"\b(going|radiat\w*|spread\w*|shoot\w*|travell?\w*|moving|goes|went) (down|into|up|to) (my|his|her|their|the)? ?(left arm|arm|jaw|neck)\b",
    r"\bpain\w* (down|into) (my|his|her|their|the)? ?left arm\b",
    r"\bjaw\b.{0,30}\bleft arm\b|\bleft arm\b.{0,30}\bjaw\b",
    # heart attack said as happening now, whatever else the question says
    r"\b(having|is having|'s having) (a|an|another)( \w+)? heart attack\b",
    r"\b(is|was) (this|it|that|he|she|i) (\w+ )?(having )?(a )?heart attack\b",
    r"\b(could|can|might|would) (this|it|that) (be|mean) (a )?heart attack\b",
    r"\b(think\w*|thought|worried|scared|afraid|terrified|convinced|feels? like|felt like)\b.{0,20}\bheart attack\b(?! risk)",
    r"\b(signs?|symptoms?|warning signs?) of (a )?heart attack\b|\bheart attack (signs|symptoms|warning signs)\b",
    r"\bheart attack or (just )?(anxiety|panic|a panic attack|heartburn|indigestion|angina|a pulled muscle|muscle\w*|gas|wind|reflux)\b|\b(anxiety|panic( attack)?|heartburn|indigestion|reflux|wind|gas|angina|muscle\w*|pulled muscle) or (a )?heart attack\b",
    # otherwise "heart attack" unless the question is about one in the past, a risk or prevention
    r"^(?!.*\b(never|previous\w*|prior|history|hx|risks?|prevent\w*|reduc\w*|lower\w*|after|since|post|surviv\w*|recover\w*|rehab|ago|last (year|month|week)|in (19|20)\d\d|at \d\d|caus\w*|increas\w*|family|(die|died|dying) (of|from))\b).*\bheart attack\b",
    r"\b(suspected|possible|evolving|ongoing|rule out|ruling out|r/o|query) (an? )?(mi|stemi|nstemi|acs|myocardial infarction)\b",
    r"\b(angina|gtn|nitro\w*)\b.{0,40}\b(not (working|helping|help|work|going|settling|easing)|isn'?t (working|helping)|isnt (working|helping)|didn'?t (work|help)|didnt (work|help)|hasn'?t (worked|helped)|hasnt (worked|helped)|won'?t (go|settle|stop|ease)|getting worse|worse than usual|at rest)\b",
    r"\bangina (attack|episode)s?\b",
    r"^(?!.*\b(break ?up|broke up|broken heart|heartbroken|grie\w*|dumped)\b).*\bheart (hurts|is hurting|hurting|pains?|aches|is aching|aching|feels (tight|heavy|squeezed))\b",
]

# ---------- self-harm ----------
SELF = r"(myself|my ?self|himself|him ?self|herself|her ?self|themselves|themself)"
NOT_ACCIDENT = r"^(?!.*\b(toddler|baby|accident\w*|by mistake|accidently|what happens if|if you|can you|risk|how much)\b)"
selfharm = [
    r"\bsuicid\w*",
    r"\bkill(ing|ed)? " + SELF + r"\b",
    r"\bend(ing)? (my|his|her|their) (own )?life\b",
    r"\btak(e|ing) (my|his|her|their) (own )?life\b(?! back)",
    r"\bharm(ing|ed)? " + SELF + r"\b",
    r"\b(want|wanted|wanting|wanna|urges?|urge to|tempted|going|gonna|might|plan\w*|thoughts? (of|about)|thinking (of|about)|think about|feel like|felt like) (to )?(\w+ )?hurt(ing)? " + SELF + r"\b",
    r"\b(keeps?|kept|been|is|are|was|started|start) hurting " + SELF + r"\b(?! (falling|when|on|playing|by|at|in|while|doing|accidentally|tripping))",
    r"\b(thought|thinking|think|thoughts) (about|of) (taking|swallowing|downing) (all (of )?(my|his|her|the)|a whole|the whole|an overdose|every)\b",
    r"\bdark thoughts\b|\b(about|of) not (being|wanting to be) (here|alive|around)\b",
    r"\bhurt(ing)? " + SELF + r" (on purpose|deliberately|intentionally|again|to cope|to feel)",
    r"\bself[- ]?(harm|injur)\w*",
    r"\b(don'?t|do not|dont) want to (live\b(?! (with|in|on|near|at|abroad|there|here|together|alone|without|off|past))|be alive|be here any ?more|exist|go on (living|like this|any ?more)|carry on (living|like this|any ?more)|wake up\b(?! (the|my|him|her|them|baby|early|at|for|during|in the night|too early|every)))",
    r"^(?!.*\b(don'?t|do not|dont|doesn'?t|doesnt|never|not) (want|wanna|wants) to die\b).*\b(want|wants|wanna|wanted|wanting|ready|longing) (to )?die\b",
    r"\bwish (i|he|she) (was|were|could) (dead|die|just die|disappear|not wake up|never wake up|not exist|never born|never have been born)\b",
    r"\b(want|wish|wanna|hope|pray)\w* (to |i could |i would |i'?d )?(go to |fall )?sleep and (never|not) wake up\b",
    r"\bend(ing)? it all\b|\b(want|wanting|wish|need) (it all|everything) to (stop|end)\b",
    r"\b(don'?t|dont|do not|can'?t|cant) see (the|any) point (any ?more|in (anything|living|life|going on|being here))\b",
    r"\b(how many|how much|enough)\b.{0,40}\bto (die|kill (me|myself|you|yourself|a person|someone))\b",
    r"\b(found|noticed|seen|saw|seeing) (\w+ )?(fresh )?(cuts|scars|marks|burns) (on|all over) (my |his |her |their )?(\w+ )?(arms?|wrists?|thighs?)\b",
    r"\b(cut|cutting|slit|slitting|slash\w*) (my|his|her|their) wrists?\b",
    r"\b(want|wish|wanna|wanting) (to |i could )?(just )?disappear (forever|for good|and never come back)\b",
    r"\b(feel like|thinking (of|about)|want to|going to|gonna|wanna|might|plan\w* to) end(ing)? it\b(?! (with|early|by|now with))",
    r"\bno (point|reason|purpose) (in |to )?(living|live|going on|carrying on|being alive|life|being here|waking up)\b",
    r"\b(life|living|it) (is ?n'?t|isnt|is not|aint|not) worth (living|it any ?more)\b|\bnot worth living\b",
    r"\bbetter off (without me|dead|if i (was|were) (dead|gone|not here|never born))\b",
    r"\b(cutting|burning|hitting|punching|starving|scratching) " + SELF + r"\b(?! (on|shaving|while|by accident|accidentally|when|cooking|a |some ))",
    r"\bcut(s)? " + SELF + r" (on purpose|deliberately|again|to cope|to feel)",
    r"\bhang(ing)? " + SELF + r"\b",
    r"\b(jump\w*|throw\w* (myself|himself|herself)) (off|in front of|from) (a|the) (bridge|building|train|roof|cliff|car|bus|balcony|tube|lorry|truck)\b",
    NOT_ACCIDENT + r".*\b(took|taken|take|taking|swallowed|had|done|do|did) (an? )?(\w+ )?overdose\b",
    NOT_ACCIDENT + r".*\b(i|i'?ve|ive|he|she|they|he'?s|she'?s|has|have|just|son|daughter|mum|mom|dad|wife|husband|partner|friend|brother|sister) (\w+ )?(overdosed|od'?d)\b",
    NOT_ACCIDENT + r".*\b(took|taken|swallowed|downed) (a |an |the |my |his |her )?(whole|entire|full) (packet|pack|box|bottle|strip|blister|tub)",
    NOT_ACCIDENT + r".*\b(took|taken|swallowed|downed) (about |around |like |over |nearly |maybe |roughly )?(1[5-9]|[2-9]\d|\d{3}) (paracetamol|tylenol|acetaminophen|pills|tablets|ibuprofen|co-?codamol|sleeping pills|aspirin|of (my|his|her) \w+)",
    r"\b(unaliv\w*)\b|\b(to|gonna|wanna|will|might|just) kms\b",
]

# ---------- stroke signs ----------
NOT_HEAT = r"^(?!.*\b(heat|sun)[- ]?stroke)"
NOT_DENTAL = r"^(?!.*\b(dentist|dental|filling|tooth|teeth|wisdom|anaesthetic|anesthetic|novocaine|lidocaine|shingles|rash|blisters?|cold sore)\b)"
NOT_HISTORY = r"^(?!.*\b(ago|last (year|month|week)|in (19|20)\d\d|history|previous\w*|prior|since|after|recover\w*|rehab\w*|never|risks?|years?|months?)\b)"
SYMPTOM = r"(numb\w*|weak\w*|droop\w*|dead|paraly\w*|tingl\w*|drop\w*|fell|fallen|slack|heavy|lopsided|not moving|won'?t move|can'?t move|sag\w*)"
stroke = [
    r"\bface (is )?(droop\w*|drooping|lopsided)\b",
    r"\b(droop\w*|lopsided) (face|smile|mouth)\b",
    r"\b(face|mouth|smile|lip|lips)\b(\s\S+){0,4}?\s(droop\w*|lopsided|crooked|wonky|uneven|sagg\w*|slant\w*|twisted|slack|fallen|dropped|pulled (down|to one side)|(gone|went) (funny|weird|strange|droopy)|to one side)\b",
    r"\bslurr\w* (speech|words)\b",
    r"\bslurr(ed|ing)\b",
    r"\bspeech (is |was |has |sounds? |seems |gone |went |become |got |all |suddenly |really |a bit |bit )*(slurr\w*|garbled|jumbled|muddled|weird|funny|strange|not right|odd|drunk)\b",
    r"\b(talking|speaking|sounds?|sounding) (like (she'?s|he'?s|they'?re|i'?m) )?(drunk|gibberish|jibberish|nonsense)\b",
    r"\bwords (are |were |came |coming |come |all )*(out )?(jumbled|muddled|mixed up|garbled|wrong|all wrong|slurred)\b",
    r"\b(can'?t|cannot|couldn'?t|unable to|struggling to|trouble|difficulty) (find|finding|get|getting) (my|his|her|their|the)? ?(right )?words\b",
    r"^(?!.*\b(voice|throat|laryngitis|hoarse|tonsil\w*|tongue[- ]tie|toddler|speech delay|delayed speech|stammer|stutter|autis\w*|cough\w*|ulcers?|braces|teeth|tooth|dentist|breath\w*)\b).*"
    r"\b(can'?t|cannot|couldn'?t|unable to) (speak|talk)\b(?! (yet|english|\w+ (language|properly yet)|to |about|much|loud|above|without|after|because|for|on the|louder|clearly yet|in (full )?sentences))",
    r"^(?!.*\b(shoulder|frozen|rotator|elbow|wrist|injur\w*|broke|broken|sprain\w*|jab|vaccine|injection|fracture\w*)\b).*"
    r"\b(can'?t|cannot|couldn'?t|unable to) (lift|raise|move|use|feel|grip with) (my|his|her|their|the) (left |right )?(arm|leg|hand)\b(?! (above|over|past|higher|up|behind|without))",
    r"\b(can'?t|cannot|couldn'?t|unable to) (lift|raise|move|use|feel) (my|his|her|their|the) (left|right|whole) (side|arm and leg|leg and arm)\b",
    r"\bsudden(ly)? (weak\w*|numb\w*|confus\w*|paraly\w*|trouble (speaking|seeing|walking|talking|understanding))\b",
    r"\bsudden(ly)? (lost|losing|loss of|went|gone) (her |his |my |the )?(vision|sight|speech|balance|blind)\b",
    r"\b(lost|losing|loss of|lose) (the )?(vision|sight) in (one|my|his|her|the|their) (left |right )?eye\b",
    r"\bsudden(ly)? (can'?t|cannot|couldn'?t|unable to|doesn'?t|doesnt|didn'?t|isn'?t able to) (speak|talk|see|walk|move|understand|stand|read|write|find)\b",
    r"\bsudden(ly)? (double|blurred|blurry|blurr\w*|lost|loss of) (vision|sight)\b",
    r"\bsudden(ly)? (severe|excruciating|splitting|worst|bad|intense|violent|thunderclap) headache\b|\bworst headache (of|in) (my|his|her|their) (\w+ )?life\b|\bthunderclap headache\b",
    NOT_DENTAL + r".*\b(weak\w*|numb\w*) on one side\b",
    NOT_DENTAL + r".*\b" + SYMPTOM + r" (down|on|in|along|all down|to) (one|the (left|right)|(his|her|my|their) (left|right)) side\b",
    NOT_DENTAL + r".*\b(one|left|right) side of (my|his|her|their|the) (face|body|mouth)\b.{0,25}\b" + SYMPTOM,
    NOT_DENTAL + r".*\b" + SYMPTOM + r"\b.{0,25}\b(one|left|right) side of (my|his|her|their|the) (face|body|mouth)\b",
    r"^(?!.*\b(slept|sleeping|lying|lay|lean\w*|sitting|sat|crossed|jab|vaccine|injection|elbow|funny bone)\b).*\b(arm|leg|hand|arm and leg|leg and arm|arm and face)\b (has |is |was |just |suddenly |have |are )*(gone|went|going) (weak|dead|limp|floppy|heavy|numb)\b",
    r"^(?!.*\b(slept|sleeping|lying|lay|crossed|jab|vaccine|injection)\b).*\b(arm and leg|leg and arm|arm and face|face and arm)\b.{0,20}\b(weak\w*|numb\w*|dead|heavy|limp|floppy|tingl\w*)\b",
    NOT_HEAT + r".*\b(signs?|symptoms?|warning signs?) of (an? )?(mini[- ]?)?stroke\b",
    NOT_HEAT + r".*\b(mini[- ]?)?stroke (signs|symptoms|warning signs)\b",
    NOT_HEAT + r".*\b(having|is having|'s having|having another) (a |another )?(mini[- ]?)?(stroke|tia)\b",
    NOT_HEAT + r".*\b(is (this|it|that|he|she)|could (this|it|that) be|think (it'?s|its|this is|it was)|might be|may be|maybe) (having )?(a )?(mini[- ]?)?stroke\b",
    NOT_HEAT + r".*\b(palsy|migraine|seizure|fit|vertigo|panic attack) or (a )?(mini[- ]?)?stroke\b|\bstroke or (a )?(bell'?s|bells|migraine|vertigo|seizure)\b",
    NOT_HEAT + r".*\b(suspected|possible|code|query|acute) (ischa?emic |ha?emorrhagic )?stroke\b",
    # "had a stroke" (current) unless it was in the past: "had a stroke 3 years ago"
    NOT_HEAT + NOT_HISTORY + r".*\b(had|has had|'s had|have had) (a |another )?(mini[- ]?)?(stroke|tia)\b",
]

# ---------- serious bleeding ----------
BLOOD = r"blood\b(?! (thinn\w*|pressure|sugar|tests?|count|work|glucose|levels?|results?|donation|type|vessels?|clots? (risk|prevent\w*)))"
NOT_GUMS = r"^(?!.*\b(gums?|brush\w*|floss\w*|teeth|tooth|dentist|dental|mouth ?wash)\b)"
NOT_PERIOD_RISK = (r"^(?!.*\b(period|periods|menstru\w*|menorrhag\w*|risks?|chance|odds|rates?|history|prevent\w*|previous|prior"
                   r"|vs|versus|compared|less|fewer|incidence|trials?|stud(y|ies)|likely|common|uncommon|increas\w*|reduc\w*|lower|higher)\b)")
STOOL = r"(stools?|poos?|poops?|faeces|feces|bowel movements?|motions?|diarrh\w*|shits?|nappy|nappies|diapers?)"
bleeding = [
    r"\b(vomit\w*|throw\w* up|threw up|puk\w*|being sick|been sick|spew\w*|cough\w*( up)?|bring\w* up|brought up|retch\w*|hack\w* up) (up )?(some |a lot of |lots of |loads of |bright red |dark |fresh |red |bits of |streaks of |clots of |a bit of |a little )?" + BLOOD,
    r"\bspitting up " + BLOOD,
    NOT_GUMS + r".*\bspit\w* (up |out )?(some |a lot of |lots of |bright red |fresh )?" + BLOOD,
    r"\bblack,? (tarry )?(stool|stools|poo|poop)\b",
    r"\bblack,? (and )?(tarry |sticky |tar[- ]like )?(stools?|poos?|poops?|faeces|feces|bowel movements?|diarrh\w*|shits?|motions?)\b",
    r"^(?!.*\b(iron|ferrous|pepto|bismuth|liquorice|licorice|blueberr\w*|charcoal)\b).*\b(stools?|poos?|poops?|faeces|feces|bowel movements?|motions?|diarrh\w*|number (twos?|2s?)) (is |are |was |were |has been |have been |looks? |looking |seems? |turned |gone |went |going |coming out |came out |all |really |very |completely |pitch |jet )*(black|tarry|like tar|tar[- ]like|maroon)\b",
    r"\b(black|dark),? (and )?(sticky|tarry|tar[- ]like) (stools?|poos?|poops?|faeces|feces|motions?)\b",
    r"\bblood\b.{0,25}\bwhen (i|he|she|they|you) (poo|poop|pooed|pooped|go to the (toilet|loo)|have a (poo|bowel movement)|cough\w*|vomit\w*|throw up|threw up|(am|is|was|are|were) sick)\b",
    r"\btarry (stools?|poos?|poops?|faeces|feces|bowel|motions?)\b|\bmela?ena\b",
    r"\bblood in (my|his|her|their|the)? ?(stool|poo|poop|vomit|urine|pee)\b",
    r"\bblood (in|on|with) (my |his |her |their |the |your |baby'?s |a )?(" + STOOL[1:-1] + r"|urine|pee|wee|vomit|sick|puke|phlegm|sputum|mucus|toilet( bowl)?\b(?! paper| roll| tissue))\b",
    r"\b" + STOOL + r" (\w+ ){0,2}(has|had|with|contains?|full of|covered in|streaked with|mixed with) (\w+ ){0,2}" + BLOOD,
    r"\b(vomit|sick|puke|phlegm|sputum|mucus) (has |had |with |is |was |full of |containing |contains |streaked with |is streaked with )+(some |a bit of |bits of )?" + BLOOD,
    r"\bbloody (vomit|sick|phlegm|sputum|mucus|diarrh\w*|stools?|poos?|poops?|nappy|diaper)\b|\bblood[- ]?(streaked|stained|tinged) (phlegm|sputum|mucus|vomit|sick|stools?|poos?)\b",
    r"\b(vomit\w*|sick|throw\w* up|threw up|puk\w*|looks like|look like)\b.{0,20}\bcoffee[- ]grounds?\b|\bcoffee[- ]grounds? (vomit|sick)\b",
    r"\b(pooping|pooing|peeing|weeing|pissing|shitting|passing) (out )?(fresh |bright red |dark |a lot of |lots of |some )?" + BLOOD,
    r"\bbleed\w* from (my|his|her|their|the) (bum|bottom|back passage|rectum|anus|butt|backside)\b|\brectal bleed\w*",
    r"\bbleeding (that )?(won'?t|will not|doesn'?t|does not|can'?t) stop\b",
    r"\b(bleed\w*|nose ?bleeds?|cut|wound|gash|graze|blood) (that |which |and it |and )?(still |just )?(won'?t|wont|will not|doesn'?t|doesnt|does not|isn'?t|isnt|is not|can'?t|cant|not|hasn'?t|hasnt|has not|haven'?t|havent) (stop|stopp\w*|slow\w*)\b",
    r"\b(can'?t|cant|cannot|couldn'?t|unable to|not able to|n'?t been able to) (stop|get) (the |this |his |her |my )?(bleed\w*|blood|it to stop|the bleeding to stop)\b",
    NOT_GUMS + NOT_PERIOD_RISK + r".*\b(keeps?|kept|still|won'?t stop|not stopped) bleeding\b",
    r"\bbleed\w* (for|over|more than|nonstop for|non stop for) (about |over |more than |nearly |almost )?((\d+|an?|half an|one|two|three|several|few) ?(hours?|hrs?)|([2-9]\d|1[5-9]|fifteen|twenty|thirty|forty|forty five|fifty) ?(minutes?|mins?))\b",
    r"\bnose ?bleed\w*\b.{0,20}\b((\d+|an?|half an|one|two|three|several) ?(hours?|hrs?)|([2-9]\d|1[5-9]|fifteen|twenty|thirty|forty|fifty) ?(minutes?|mins?))\b",
    NOT_PERIOD_RISK + r".*\b(heavy|severe|massive|uncontroll?ed|profuse|excessive|lots of|loads of|a lot of) bleed(ing|s)?\b",
    NOT_PERIOD_RISK + r".*\bbleed\w* (really |very |so )?(heavily|a lot|badly|profusely|loads|like crazy|everywhere|non ?stop|non-stop)\b",
    r"\bsoak\w* (through )?(a |one |an |my |\d+ |two |several )?(pads?|tampons?|towels?|sanitary|maternity pads?)\b",
    r"\b(golf ?ball|lemon|plum|fist|palm|orange|egg)[- ]?(sized?)? clots?\b|\bclots? (the )?size of (a |an |my )?(golf ?ball|lemon|plum|fist|palm|orange|egg)\b",
    r"\b(spurt\w*|gush\w*|pour\w*|squirt\w*) (out )?(blood|bleeding)\b|\bblood (is |was |keeps |keeps on )?(spurt\w*|gush\w*|pour\w*|squirt\w*|everywhere)\b",
    NOT_PERIOD_RISK + r".*\b(ha?ematemesis|ha?emoptysis|ha?ematochezia|gi bleed\w*|gastrointestinal bleed\w*|variceal bleed\w*|post ?partum ha?emorrhage|pph)\b",
]

# ---------- breathing ----------
NOT_NOSE = r"(?! (through|thru|out of|via|in through) (my|his|her|the|their|one|a) (nose|nostril))"
NOT_SLEEP = r"^(?!.*\b(snor\w*|apn(o)?ea|sleep study|cpap|hold\w* (his|her|their|my) breath|breath[- ]holding|tantrums?)\b)"
breathing = [
    r"\b(can'?t|cannot|couldn'?t|can not|can hardly|can barely|could hardly|could barely|unable to|struggling to|struggle to|struggles to|trouble|troubles|difficulty|difficult to|difficulties|hard to|hard time|problems?|fighting to|battling to|labou?red) (to )?breath\w*\b" + NOT_NOSE,
    r"\bbreathing (difficult\w*|trouble|is (really |very |so |getting )?(hard|difficult|laboured|labored|strained))\b",
    r"\b(can'?t|cannot|couldn'?t|unable to|struggling to|hard to|hard time|trouble|difficulty|not able to) (catch\w*|get\w*|tak\w*|draw\w*|find\w*) (my|his|her|their|a|any|enough|a full|a deep|a proper)? ?(breath|breathe|air|deep breath)\b",
    r"\b(not|isn'?t|isnt|aren'?t|arent) getting (enough )?air\b|\bgasp\w*|\b(fighting|struggling|battling) (for|to get) (breath|air|each breath)\b",
    r"\b(very|really|so|severely|extremely|suddenly|sudden|badly|terribly|too|getting more|more and more|increasingly) (short of breath|breathless)\b",
    r"\b(short of breath|out of breath|breathless)\b.{0,20}\b(at rest|when resting|resting|lying down|sitting (down|still)|doing nothing|can'?t (talk|speak)|getting worse|worse and worse)\b|\btoo breathless to\b",
    r"\b(can'?t|cannot|unable to) (speak|talk|finish) (in )?(full |a full |whole |a whole )?(sentences?|a sentence)\b",
    r"^(?!.*\b(filler|lipstick|blueberr\w*|dye|ink|slush\w*|sweets?|lolly|lollies|popsicle|raynaud\w*|bruis\w*)\b).*\b(lips?|face|tongue|mouth)\b (\w+ ){0,3}?(blu(e|ey|ish|eish)|gr[ae]y(ish)?|purpl\w*|dusky)\b",
    r"\b(blue|bluish|blueish|grey|gray|dusky) (lips|tongue|face|around (the|his|her|their) (lips|mouth))\b",
    r"\bthroat (is )?(swelling|closing|tight)\b",
    r"\bthroat (is |feels |feeling |getting |going |has |started |keeps |seems |like it'?s |like its )*(swell\w*|swollen|closing|closed|tight|tightening|constrict\w*|narrowing)\b",
    r"\bswollen (tongue|throat|lips)\b(?! glands?| lymph)",
    r"\b(swollen|swelling|swelled|puffy|puffed up) (tongue|throat|mouth|airway)\b(?! glands?| lymph)",
    r"\b(tongue|mouth|airway|mouth and tongue|tongue and lips) (is |are |has |have |feels |feel |getting |going |started |started to |keeps |seems |all )*(swell\w*|swollen|puff\w* up|blow\w* up|ballooning)\b",
    r"^(?!.*\b(filler|cold sores?|fat lip|split lip|hit|punched|fell|fall|dentist|injection|piercing|bruis\w*)\b).*\b(lips?) (is |are |has |have |feels |feel |getting |going |started |started to |keeps |seems |all )*(swell\w*|swollen|puff\w* up|blow\w* up|ballooning)\b",
    # (Not one told as the person's history, "pt has an anaphylaxis history to penicillin", "had
    # anaphylaxis to amoxil as a kid", unless something is happening now.)
    r"^(?:(?!.*\b(history|hx|previous(ly)?|in the past|as a (child|kid|baby|toddler|teen\w*)|(\d+|a few|several|many|some) (years|yrs) ago)\b)"
    r"|(?=.*\b(now|right now|just now|at the moment|currently|is having|are having|having|happening|started|starting|going into|after (eating|taking|the first|his|her|a|an|the))\b)).*\banaphyla\w*",
    r"^(?!.*\b(had|has had|history|previous\w*|past|last (year|time)|ago|before|prior|ever)\b).*\b(severe|serious|life[- ]threatening|massive|major|bad) allergic reaction\b",
    r"^(?!.*\b(how (to|do|should|can)|when (to|do|should)|expir\w*|out of date|carry|training|trainer|prescri\w*|dose|dosage|stor\w*|travel|fly|flying)\b).*"
    r"\b(used|use|gave|give|given|giving|needed|need|had to use|injected|jabbed|administered) (him |her |them |myself )?(with )?(an? |my |his |her |their |the )?(epi ?pens?|adrenaline pens?|auto[- ]?injectors?|jext|emerade|auvi[- ]?q)\b",
    r"\b(inhaler|blue inhaler|reliever|ventolin|salbutamol|albuterol|puffer|nebuli[sz]er)\b.{0,25}\b(not (working|helping|help|work)|isn'?t (working|helping)|isnt (working|helping)|doesn'?t (work|help)|doesnt (work|help)|didn'?t (work|help)|didnt (work|help)|hasn'?t (worked|helped)|hasnt (worked|helped)|no (help|use|effect|difference))\b",
    r"\b(having|is having|'s having|bad|severe|major|big|massive) (an? )?(bad |severe |major |big )?asthma attack\b|\basthma attack\b.{0,20}\b(won'?t stop|not stopping|not (working|helping))\b",
    r"\b(sucking|pulling|caving|drawing) in (under|between|below|at|around)? ?(the |his |her |their )?(ribs|rib ?cage|chest|neck|throat|collar ?bones?)\b|\b(ribs?|rib ?cage|chest|tummy|belly) (is |are |keeps )?(sucking|pulling|caving|sinking|drawing) in\b",
    r"\bgrunt\w* (when|with|while|on|each|every|as) (\w+ )?breath\w*|\bnostrils? flar\w*|\bflaring nostrils\b|\bstridor\b",
    NOT_SLEEP + r".*\b(stopped|stops|stopping|not|isn'?t|isnt|wasn'?t|wasnt|is not|was not|quit|hasn'?t been) breathing\b",
    r"\b(is|are|he'?s|she'?s|they'?re|i'?m|im|was|started|keeps|keep|baby|toddler|child|son|daughter) choking\b(?! (on (milk|feeds?|saliva|spit|water|formula|her own|his own)|when (feeding|drinking|eating)|hazard|sensation|feeling))",
    r"\bchok\w* on (a |an |some |his |her |their |my |the )?(grape|sweet|coin|toy|food|piece|bone|nut|peanut|button|battery|candy|lolly|popcorn|sausage|hot ?dog|meat|bread|apple|carrot|marble|lego|sweetcorn|cherry tomato)",
]


def _outside_classes(p, start=0):
    """(index, character, depth after it) for each character of p outside escapes and [...] classes."""
    depth, j, in_class = 0, start, False
    while j < len(p):
        c = p[j]
        if c == "\\": j += 2; continue
        if in_class:
            if c == "]": in_class = False
        elif c == "[": in_class = True
        else:
            if c == "(": depth += 1
            elif c == ")": depth -= 1
            yield j, c, depth
        j += 1

def _group_end(p, i):
    """Index just past the group that opens at p[i]."""
    for j, c, depth in _outside_classes(p, i):
        if c == ")" and depth == 0: return j + 1
    raise ValueError(p)

def _top_level_alternation(p):
    return any(c == "|" and depth == 0 for _, c, depth in _outside_classes(p))

def guard_first(p):
    """'^(?!.*X)(?!.*Y).*Z' -> '^(?=.*Z)(?!.*X)(?!.*Y)': the same matches, but the question is
    searched for what it must hold before the exclusions are tried (much cheaper on ICU)."""
    if not p.startswith("^(?!"):
        return p
    i, negs = 1, []
    while p.startswith("(?!", i) or p.startswith("^(?!", i):
        if p[i] == "^": i += 1
        e = _group_end(p, i); negs.append(p[i:e]); i = e
    rest = p[i:]
    assert rest.startswith(".*"), p
    body = rest[2:]
    if _top_level_alternation(body): body = "(" + body + ")"
    return "^(?=.*" + body + ")" + "".join(negs)

new = {"fever-young-infant": fever, "chest-pain": chest, "self-harm": selfharm,
       "stroke-signs": stroke, "serious-bleeding": bleeding, "breathing": breathing}
for flag in src["redFlags"]:
    flag["patterns"] = [guard_first(p) for p in new[flag["id"]]]
    for p in flag["patterns"]:
        re.compile(p)
with open(TARGET, "w", encoding="utf-8") as out:
    json.dump(src, out, indent=2, ensure_ascii=False)
    out.write("\n")
print({k: len(v) for k, v in new.items()})
