# Generator for /work/main/accord/data/lexicon/triggers.tsv (scratch tool, not part of the repo).
# Rows are written section by section; object groups are expanded from small tables.
import sys

OUT = sys.argv[1]

rows = []      # (cameo, pos, lemma, particle, prep, object, frame, example) or ("#", comment)


def C(text=""):
    rows.append(("#", text))


def R(cameo, pos, lemma, example, particle="", prep="", obj="", frame=""):
    rows.append((cameo, pos, lemma, particle, prep, obj, frame, example))


def V(cameo, lemma, example, **kw):
    R(cameo, "VERB", lemma, example, **kw)


def N(cameo, lemma, example, **kw):
    R(cameo, "NOUN", lemma, example, **kw)


def A(cameo, lemma, example, **kw):
    R(cameo, "ADJ", lemma, example, **kw)


def first(objs):
    return objs.split("|")[0]


def expand(lemma, groups, subj, verbtext, particle="", prep="", frame="", pos="VERB"):
    """groups: list of (cameo, objects, example-object-text or None)."""
    for cameo, objs, extext in groups:
        o = extext or ("the " + first(objs))
        words = [subj.get(cameo, subj.get("*")) if isinstance(subj, dict) else subj, verbtext]
        if prep:
            words.append(prep)
        words.append(o)
        R(cameo, pos, lemma, " ".join(words), particle=particle, prep=prep, obj=objs, frame=frame)


# ---------------------------------------------------------------- object groups
# appeal-type (02x) and demand-type (10x) complements
AP_GROUPS = [
    # (appeal code, demand code, objects, example object text)
    ("023", "103", "aid|assistance|help|relief|supply|donation", "international aid"),
    ("0231", "1031", "loan|credit|funding|fund|money|bailout|cash", "an emergency loan"),
    ("0232", "1032", "weapon|arm|ammunition|munition|howitzer|jet", "more weapons"),
    ("0233", "1033", "food|medicine|vaccine|tent|shelter|asylum|evacuation", "food and medicine"),
    ("0234", "1034", "peacekeeper|peacekeeping|protection", "UN peacekeepers"),
    ("022", "102", "support|backing|solidarity|recognition", "international support"),
    ("021", "101", "cooperation|partnership", "closer cooperation"),
    ("0211", "1011", "trade|investment|commerce", "more foreign investment"),
    ("0213", "1013", "extradition|handover", "the extradition of the suspect"),
    ("0214", "1014", "information|intelligence|data", "information on the missing"),
    ("0241", "1041", "resignation|election|ouster|removal|departure", "the resignation of the prime minister"),
    ("024", "104", "reform|change", "political reform"),
    ("0243", "1043", "right", "equal rights for women"),
    ("0244", "1044", "independence|autonomy|democracy|referendum|democratization", "a referendum on independence"),
    ("0253", "1053", "release|freedom|return", "the release of the hostages"),
    ("025", "105", "lifting|easing|concession", "the lifting of the blockade"),
    ("0255", "1055", "access|entry", "humanitarian access"),
    ("0256", "1056", "ceasefire|truce|armistice|fire|calm|restraint|withdrawal|pullout|deescalation|escalation|cessation|halt|end|disarmament|demobilization", "an immediate ceasefire"),
    ("026", "106", "talk|negotiation|dialogue|meeting|summit|consultation|discussion", "peace talks"),
    ("027", "107", "settlement|solution|resolution|peace|reconciliation", "a peaceful solution"),
    ("028", "108", "mediation|mediator", "international mediation"),
]


AP_SUBJ = {"023": "Sudan", "0231": "Pakistan", "0232": "Kyiv", "0233": "Gaza officials", "0234": "Haiti",
           "022": "Kyiv", "021": "Hanoi", "0211": "Egypt", "0213": "Ankara", "0214": "Families",
           "0241": "The opposition", "024": "Activists", "0243": "Unions", "0244": "Separatists",
           "0253": "The UN", "025": "Qatar", "0255": "The Red Cross", "0256": "The UN", "026": "The EU",
           "027": "The pope", "028": "The African Union"}
AP_SUBJ.update({d: AP_SUBJ[a] for a, d, o, e in AP_GROUPS})


def appeal_groups():
    return [(a, o, e) for a, d, o, e in AP_GROUPS]


def demand_groups():
    return [(d, o, e) for a, d, o, e in AP_GROUPS]


# intent-type complements (offer / pledge / promise ... + object)
INTENT_GROUPS = [
    ("033", "aid|assistance|help|relief|supply", "humanitarian aid"),
    ("0331", "loan|credit|fund|funding|money|grant|million|billion|bailout|euro|dollar", "a $2 billion loan"),
    ("0332", "weapon|arm|ammunition|munition|howitzer|tank|jet|missile", "more weapons"),
    ("0333", "food|medicine|vaccine|shelter|tent", "food and medicine"),
    ("0334", "peacekeeper|troop|soldier|protection", "peacekeepers"),
    ("032", "support|backing|solidarity", "full support"),
    ("031", "cooperation|partnership", "closer cooperation"),
    ("0311", "investment|trade", "new investment"),
    ("036", "talk|negotiation|dialogue|meeting|summit", "talks"),
    ("034", "reform|change", "political reform"),
    ("0341", "election|resignation", "early elections"),
    ("0353", "release|exchange|swap", "a prisoner exchange"),
    ("0356", "ceasefire|truce|armistice|withdrawal|pullout", "a ceasefire"),
    ("035", "concession|compromise|amnesty", "concessions"),
    ("037", "peace|settlement|solution", "a lasting peace"),
]

INTENT_SUBJ = {"*": "The government", "033": "Japan", "0331": "The IMF", "0332": "Washington", "0333": "The EU",
               "0334": "Kenya", "032": "Paris", "031": "Seoul", "0311": "Beijing", "039": "Qatar", "0333x": "Ecuador"}

# provide-type complements (provide / give / send / deliver ... + object)
PROVIDE_GROUPS = [
    ("070", "aid|assistance|help|relief|support", "aid"),
    ("071", "loan|credit|fund|funding|money|grant|million|billion|bailout|cash|euro|dollar", "$500 million"),
    ("072", "weapon|arm|ammunition|munition|howitzer|tank|jet|missile|artillery", "weapons"),
    ("073", "food|medicine|vaccine|shelter|tent|blanket", "food and medicine"),
]

# refuse-type complements (reject / refuse / turn down ... + object)
REFUSE_GROUPS = [
    ("016", "accusation|allegation|charge|claim|report|criticism|condemnation|assertion", "the accusations"),
    ("125", "talk|negotiation|dialogue|meeting|invitation|summit|visit", "talks"),
    ("126", "mediation|mediator", "mediation"),
    ("127", "proposal|plan|offer|initiative|deal|agreement|settlement|roadmap|framework|compromise|peace", "the peace plan"),
    ("124", "demand|request|call|appeal|ultimatum|condition|pressure", "the demands"),
    ("1246", "ceasefire|truce|armistice|fire|withdrawal", "a ceasefire"),
    ("129", "resolution|bill|motion|legislation|amendment", "the resolution"),
    ("121", "cooperation|partnership", "cooperation"),
]

AGREE_TO_GROUPS = [
    ("036", "talk|negotiation|dialogue|meeting|summit|visit", "talks"),
    ("0871", "ceasefire|truce|armistice|fire", "a ceasefire"),
    ("037", "peace|settlement|solution", "a peace settlement"),
    ("038", "mediation|mediator", "mediation"),
    ("0353", "release|exchange|swap", "a prisoner exchange"),
    ("0356", "withdrawal|pullout|disarmament|demobilization", "a troop withdrawal"),
    ("0341", "election|resignation", "early elections"),
    ("0355", "inspection|inspector|observer|monitor|peacekeeper", "UN inspections"),
    ("034", "reform", "reforms"),
    ("083", "demand|condition", "the demands"),
]

C("Trigger lexicon of the accord event coder: English trigger patterns -> CAMEO codes.")
C("Derived from the CAMEO 1.1b3 event definitions and usage notes (Schrodt et al.) and from the verb")
C("synsets and patterns of PETRARCH-2's CAMEO.2.0 verb dictionary (MIT, Open Event Data Alliance),")
C("re-expressed over spaCy dependency parses, plus news English. Examples are written for this file.")
C("See NOTICE.lexicon.txt. Checked by scripts/check_lexicon.py.")
C("")
C("Columns (tab-separated):")
C("  cameo     CAMEO code (2-4 digits) that the pattern means ALONE (for frame verbs: the wrapper's own meaning).")
C("  pos       VERB, NOUN or ADJ: part of speech of the head word.")
C("  lemma     spaCy (en_core_web_sm) lemma of the head, lowercase; NOUN rows use the singular lemma.")
C("  particle  a particle that must hang on the head (\"cut off\", \"step up\"). spaCy marks it as prt,")
C("            but often as advmod (\"stepped down\") or prep (\"pulled out of\", \"walked out of\"):")
C("            match a child of any of these relations with this lemma.")
C("  prep      a preposition that must hang on the head and changes the meaning (\"call on\", \"call for\").")
C("            With a particle, spaCy may hang it on the particle instead: \"pulled out of\" = pull <- out <- of.")
C("  object    |-separated lemmas. VERB/ADJ rows: one of them must be the head's direct object (dobj, or the")
C("            passive subject nsubjpass: \"sanctions were imposed\"); when prep is also given, the lemmas")
C("            are matched against the object of that preposition instead (pobj, or pcomp for gerunds:")
C("            \"appealed for aid\", \"accused of spying\"). NOUN rows: one of them must modify the noun")
C("            (compound / amod / nmod: \"air strike\", \"hunger strike\", \"martial law\", \"cease-fire\" =")
C("            fire + compound cease); with prep given, it is the object of that preposition on the noun")
C("            (\"state of emergency\"). A conjunct of a matching object counts too, and for a participle")
C("            modifying a noun (acl: \"a statement released by the court\") the modified noun is the object.")
C("  frame     empty, or one of: intent (agree/promise/offer/plan ... to X: the event is the intended")
C("            complement; future cooperation is AGREE), request (urge/ask/call on/demand ... X to Y),")
C("            refuse (refuse/decline/reject ... to X), threaten (threaten/warn ... to X), deny (deny X,")
C("            denied that / having X: the complement is negated), say (speech verbs whose clause complement")
C("            may hold the event). Without a complement the row's own cameo applies.")
C("  example   a short phrase written for this file.")
C("")
C("Precedence the coder should apply: a row whose particle/prep/object constraints all match beats a row")
C("of the same lemma with fewer constraints; object rows never fire without their object. Rows that")
C("give the event to a noun (NOUN rows) are meant to fire when the noun is the object of a light verb")
C("(make, hold, stage, launch, carry out, conduct, mount, impose, sign, reach, lodge, issue, deliver, give,")
C("send, pay, take, open, announce, declare, order, begin, start, continue, resume) or is itself the")
C("subject/root of the clause (\"talks were held\", \"clashes erupted\").")
C("A noun that is only a compound modifier of another noun (\"war crimes\", \"aid workers\", \"protest")
C("movement\") should not fire its NOUN row. Verbs used as adjectival participles (\"Russian-backed\",")
C("\"assisted living\") should not fire either.")
C("Known gaps left to the coder: refuse/decline + infinitive \"comment\" is 011; \"accused of war crimes\"")
C("(crime + compound war) is 1124; \"received\" + a person name (PROPN) is 043.")
C("")
C("Known spaCy sm lemma errors covered by alias rows: staged/stages/staging -> stag, raped/rapes -> rap,")
C("teargassed -> teargasse, hoped -> hop, waged -> wag, cordoned -> cordone, sniped -> snip; forgave and")
C("retook are left unlemmatized. In object lists: bases -> basis, taxes -> taxis, motives -> motif. Past participles")
C("used as adjectives are sometimes tagged ADJ with the inflected form as lemma (\"lambasted\",")
C("\"flogged\"); the coder should lemmatize those as verbs. spaCy splits hyphenated words (cease-fire,")
C("sit-in, de-escalate), so no lemma or object here contains a hyphen.")

# =====================================================================================
C("")
C("===================== 01 MAKE PUBLIC STATEMENT =====================")
C("speech verbs: own code 010, frame say (the reported clause may hold the real event)")
for lem, ex in [
    ("say", "The Kremlin said it would respond"), ("state", "The ministry stated that talks would continue"),
    ("announce", "Beijing announced new export rules"), ("declare", "The president declared that the war was over"),
    ("tell", "The minister told reporters that aid would follow"), ("add", "He added that Moscow was ready"),
    ("mention", "She mentioned the dispute in her speech"), ("claim", "The rebels claimed that they held the town"),
    ("report", "State media reported that the talks had ended"), ("note", "The envoy noted that progress was slow"),
    ("stress", "The minister stressed that sovereignty was not negotiable"),
    ("emphasize", "Tokyo emphasized that the alliance was strong"), ("emphasise", "London emphasised that the deal stood"),
    ("underline", "Paris underlined that the border was closed"), ("underscore", "Washington underscored its commitment"),
    ("reiterate", "Seoul reiterated that it would not retaliate"), ("explain", "The spokesman explained that the flights were halted"),
    ("comment", "The ambassador commented that relations were cool"), ("remark", "He remarked that the vote was close"),
    ("assert", "Delhi asserted that the region was an integral part of India"),
    ("affirm", "The council affirmed that the election was valid"), ("reaffirm", "Ankara reaffirmed that it backs the plan"),
    ("confirm", "The army confirmed that two soldiers died"), ("reveal", "Officials revealed that the talks had stalled"),
    ("disclose", "The ministry disclosed that envoys had met"), ("argue", "Moscow argued that the sanctions were illegal"),
    ("describe", "The minister described the talks as useful"), ("hint", "The premier hinted that elections could come early"),
    ("indicate", "Tehran indicated that it might return to the deal"), ("signal", "The bank signalled that rates would rise"),
    ("point", "The envoy pointed out that the border was quiet"), ("reply", "The ministry replied that the claims were false"),
    ("write", "The president wrote that the alliance was vital"),
    ("tweet", "The minister tweeted that the talks went well"), ("speak", "The premier spoke to reporters in Kyiv"),
    ("inform", "Moscow informed Washington that the test would go ahead"),
    ("maintain", "Pyongyang maintained that the launch was a satellite"),
    ("predict", "Analysts predicted that talks would fail"),
    ("suggest", "The envoy suggested that both sides meet in Geneva"),
]:
    if lem == "point":
        V("010", lem, ex, particle="out", frame="say")
    elif lem == "suggest":
        V("020", lem, ex, frame="request")   # suggest X (to) do Y is a proposal (PETRARCH SUGGEST 020)
    else:
        V("010", lem, ex, frame="say")
V("010", "release", "The ministry released a statement on the crisis", obj="statement|report|video|footage|document|communique|transcript|figure|data")
V("010", "issue", "The embassy issued a statement", obj="statement|communique|declaration")
N("010", "statement", "In a statement, the ministry said the talks were useful")

C("011 decline comment (refuse/decline + infinitive 'comment' should also resolve to 011)")
V("011", "decline", "The White House declined comment", obj="comment")
V("011", "refuse", "The embassy refused comment", obj="comment")
V("011", "withhold", "The ministry withheld comment on the report", obj="comment")

C("012 pessimistic comment")
V("012", "express", "Iraq expressed concern over the attack", obj="concern|worry|fear|pessimism|doubt|skepticism|scepticism|alarm|apprehension")
V("012", "voice", "Japan voiced concern about the missile test", obj="concern|worry|fear|pessimism|doubt|skepticism|scepticism|alarm|apprehension")
V("012", "raise", "Berlin raised concerns about the election", obj="concern|worry|fear|doubt|alarm")
V("012", "worry", "Officials worried that the truce would collapse")
V("012", "fear", "Aid agencies feared that the fighting would spread")
V("012", "doubt", "The minister doubted that the talks would succeed")
V("012", "lament", "The envoy lamented the lack of progress")
V("012", "warn", "The IMF warned of a deep recession", prep="of", obj="recession|crisis|catastrophe|disaster|famine|collapse|shortage|downturn")
A("012", "pessimistic", "Diplomats were pessimistic about a deal")
A("012", "skeptical", "Seoul is skeptical of the offer")
A("012", "sceptical", "London remained sceptical about the plan")
A("012", "concerned", "Washington is concerned about the buildup")
A("012", "worried", "Neighbours are worried about the unrest")
A("012", "gloomy", "The minister was gloomy about the economy")
A("012", "alarmed", "The UN is alarmed by the violence")

C("013 optimistic comment")
V("013", "express", "The envoy expressed optimism about the talks", obj="optimism|hope|confidence|hopefulness")
V("013", "voice", "Both leaders voiced hope for a deal", obj="optimism|hope|confidence")
V("013", "hope", "The minister hoped that the talks would succeed")
V("013", "hop", "The minister hoped for a breakthrough")
C("  ^ alias: spaCy sm lemmatizes hoped -> hop")
A("013", "optimistic", "Kyiv is optimistic about the negotiations")
A("013", "hopeful", "Mediators were hopeful of a breakthrough")
A("013", "confident", "The president is confident that a deal will be signed")
A("013", "upbeat", "The envoy was upbeat after the meeting")
N("013", "optimism", "There was optimism after the talks")

C("014 consider policy option")
V("014", "consider", "The EU is considering new sanctions")
V("014", "contemplate", "London is contemplating a boycott")
V("014", "mull", "Tokyo mulled a response")
V("014", "weigh", "Washington is weighing options", obj="option|measure|response|proposal|plan|sanction|step|move|offer|request|decision|possibility")
V("014", "study", "The cabinet is studying the proposal", obj="proposal|plan|offer|option|request|idea|draft")
V("014", "review", "Canberra will review its policy", obj="policy|option|plan|relation|tie|decision|strategy|stance|position|agreement|deal|sanction")
V("014", "reconsider", "Seoul will reconsider the deployment")
V("014", "deliberate", "The council deliberated on the resolution")
V("014", "debate", "Parliament debated the bill")
V("014", "examine", "Ministers examined the proposal", obj="proposal|plan|offer|option|request|idea")
V("014", "explore", "Both sides are exploring options", obj="option|possibility|way|idea|avenue")
V("014", "ponder", "The government pondered a response")

C("015 acknowledge or claim responsibility")
V("015", "claim", "The group claimed responsibility for the bombing", obj="responsibility|credit")
V("015", "take", "The militia took responsibility for the attack", obj="responsibility|blame")
V("015", "accept", "The government accepted responsibility for the failures", obj="responsibility|blame|liability")
V("015", "admit", "The army admitted that it had shelled the school", frame="say")
V("015", "acknowledge", "The ministry acknowledged that mistakes were made", frame="say")
V("015", "confess", "The suspect confessed to the bombing")
V("015", "concede", "The minister conceded that the policy had failed", frame="say")
V("015", "retract", "The agency retracted its report", obj="statement|remark|comment|claim|report|allegation|accusation")
N("015", "admission", "The admission of responsibility came late")

C("016 deny responsibility")
V("016", "deny", "Iran denied involvement in the plot", frame="deny")
V("016", "refute", "The ministry refuted the allegations")
V("016", "rebut", "Beijing rebutted the charges")
V("016", "protest", "The general protested his innocence", obj="innocence")
V("016", "maintain", "The minister maintained his innocence", obj="innocence")
for lem, ex in [("reject", "Moscow rejected the accusations"), ("dismiss", "Beijing dismissed the allegations"),
                ("deny", "Iran denied the charges")]:
    V("016", lem, ex, obj="accusation|allegation|charge|claim|report|criticism|condemnation|assertion|involvement|responsibility|role|link|connection|presence|rumour|rumor")
V("016", "rule", "Tehran ruled out any involvement", particle="out", obj="involvement|responsibility|role|link|connection")
N("016", "denial", "The denial came hours after the blast")

C("017 symbolic act")
V("017", "lay", "The president laid a wreath at the memorial", obj="wreath|flower")
V("017", "hold", "Residents held a vigil for the victims", obj="vigil|memorial|commemoration|ceremony")
V("017", "stage", "Activists staged a candlelight vigil", obj="vigil")
V("017", "stag", "Students staged a vigil", obj="vigil")
V("017", "attend", "The premier attended the funeral", obj="funeral|memorial|commemoration|burial|vigil|wake")
V("017", "observe", "The nation observed a minute of silence", obj="minute|silence|moment")
V("017", "pay", "Leaders paid tribute to the victims", obj="tribute|homage|respect")
V("017", "commemorate", "Poland commemorated the victims of the massacre")
V("017", "mourn", "Thousands mourned the slain leader")
V("017", "console", "The king consoled the families")
V("017", "comfort", "The minister comforted survivors")
V("017", "lower", "Flags were lowered to half-mast", obj="flag")
N("017", "vigil", "A vigil was held outside the embassy")
N("017", "commemoration", "The commemoration drew thousands")

C("018 empathetic comment")
V("018", "express", "Japan expressed condolences to the families", obj="condolence|sympathy|sorrow|grief|compassion|sadness|empathy")
V("018", "offer", "The king offered his condolences", obj="condolence|sympathy")
V("018", "extend", "Canada extended its sympathy to the victims", obj="condolence|sympathy")
V("018", "convey", "The envoy conveyed condolences", obj="condolence|sympathy")
V("018", "send", "Putin sent condolences to Ankara", obj="condolence|sympathy")
V("018", "sympathize", "The president sympathized with the victims")
V("018", "sympathise", "The minister sympathised with the flood victims")
N("018", "condolence", "Messages of condolence poured in")

C("019 express accord")
V("019", "agree", "Both leaders agreed on the need for restraint", prep="on", obj="need|importance|necessity")
V("019", "agree", "Paris agreed with Berlin on the issue", prep="with")
V("019", "share", "The two ministers shared the view that the crisis must end", obj="view|concern|position|opinion|understanding|goal")
V("019", "concur", "London concurred with the assessment")
V("019", "express", "The leaders expressed agreement on the issue", obj="agreement|accord")
N("019", "view", "The sides expressed identical views on the crisis", obj="identical|similar|common|shared|coinciding")
N("019", "position", "Both have close positions on Syria", obj="identical|similar|common|close|coinciding")

# =====================================================================================
C("")
C("===================== 02 APPEAL =====================")
C("wrappers: frame request; cameo = the verb alone")
V("020", "appeal", "The UN appealed to both sides to stop fighting", frame="request")
V("020", "urge", "The UN urged both sides to show restraint", frame="request")
V("020", "call", "The EU called on Moscow to withdraw", prep="on", frame="request")
V("020", "call", "The pope called upon leaders to end the war", prep="upon", frame="request")
V("020", "ask", "Kyiv asked NATO to close the skies", frame="request")
V("020", "request", "Lebanon requested that France send firefighters", frame="request")
V("020", "plead", "The mayor pleaded with donors to act", frame="request")
V("020", "beg", "Residents begged the army to stop", frame="request")
V("020", "implore", "Relatives implored the captors to free them", frame="request")
V("020", "exhort", "The premier exhorted citizens to vote", frame="request")
V("020", "petition", "Residents petitioned the court to halt the demolitions", frame="request")
V("020", "lobby", "Farmers lobbied the government to cut fuel taxes", frame="request")
V("020", "advise", "The envoy advised Kabul to open talks", frame="request")
V("020", "recommend", "The panel recommended that sanctions be eased", frame="request")
V("020", "propose", "Turkey proposed that talks be held in Istanbul", frame="request")
V("020", "encourage", "The US encouraged Seoul to resume talks", frame="request")
C("  ^ encourage alone (\"encouraged the reforms\") is closer to 051; coded 020 because request frames take their base from 02/10")
V("020", "put", "France put forward a proposal", particle="forward", obj="proposal|plan|initiative|idea|draft|resolution")
V("020", "submit", "Egypt submitted a proposal to the parties", obj="proposal|plan|initiative|draft")
V("020", "make", "The UN made an appeal for funds", obj="appeal|plea|request|proposal")
V("020", "issue", "The Red Cross issued an appeal for donations", obj="appeal|plea")
V("020", "launch", "The UN launched an appeal for $2 billion", obj="appeal")
N("020", "appeal", "The appeal to both sides went unheeded")
N("020", "plea", "A plea for help was made")
N("020", "request", "Kyiv's request for jets was refused")
C("appeal for X / ask for X / plead for X: object of 'for' picks the subcode")
expand("appeal", appeal_groups(), AP_SUBJ, "appealed", prep="for")
CORE_AP = ("023", "0231", "0233", "0234", "022", "0241", "0253", "0256", "026", "027")
expand("ask", [g for g in appeal_groups() if g[0] in CORE_AP], AP_SUBJ, "asked", prep="for")
expand("plead", appeal_groups()[:1] + appeal_groups()[14:15] + appeal_groups()[17:19], "Relatives", "pleaded", prep="for")
C("request X / urge X / seek X: direct object picks the subcode")
expand("request", [g for g in appeal_groups() if g[0] in CORE_AP + ("0213", "0214", "028")], AP_SUBJ, "requested")
expand("urge", [g for g in appeal_groups() if g[0] in ("0253", "0256", "026", "027", "028", "0241")], "The UN", "urged")
V("023", "seek", "Egypt sought international aid", obj="aid|assistance|help|relief|donation")
V("0231", "seek", "Pakistan sought an IMF loan", obj="loan|credit|funding|bailout|money")
V("0232", "seek", "Kyiv sought more weapons", obj="weapon|arm|ammunition|munition|jet")
V("0233", "seek", "The dissident sought asylum in Germany", obj="asylum|refuge|shelter")
V("022", "seek", "The president sought support for the plan", obj="support|backing|recognition")
V("0253", "seek", "Families sought the release of the hostages", obj="release|freedom|return")
V("0213", "seek", "Ankara sought the extradition of the cleric", obj="extradition|handover")
V("036", "seek", "Seoul sought talks with Pyongyang", obj="talk|negotiation|dialogue|meeting")
V("037", "seek", "Both sides sought a peaceful solution", obj="peace|settlement|solution")
V("0233", "apply", "The journalist applied for asylum", prep="for", obj="asylum|refuge")
V("022", "apply", "Ukraine applied for EU membership", prep="for", obj="membership|accession")
C("053 rally support for a third party")
V("053", "rally", "The premier rallied support for Ukraine", obj="support|backing")
V("053", "drum", "Paris drummed up support for the plan", particle="up", obj="support|backing")
V("053", "mobilize", "Activists mobilized support for the refugees", obj="support|backing")
V("053", "mobilise", "The party mobilised support for the bill", obj="support|backing")
V("053", "garner", "Kyiv garnered support for the tribunal", obj="support|backing")
V("053", "build", "Washington built support for the coalition", obj="support|coalition")
V("053", "enlist", "The president enlisted support for the plan", obj="support|backing")
C("NOUN call/appeal/demand + for (a few key complements)")
for nlem, groups, ex in [("appeal", appeal_groups(), "An appeal for"), ("call", demand_groups(), "Calls for")]:
    for g in groups:
        if g[0] in ("023", "103", "0253", "1053", "0256", "1056", "026", "106", "0241", "1041"):
            R(g[0], "NOUN", nlem, ex + " " + g[2] + " mounted", prep="for", obj=g[1])

# =====================================================================================
C("")
C("===================== 03 EXPRESS INTENT TO COOPERATE =====================")
C("wrappers: frame intent")
for lem, ex in [
    ("agree", "Moscow agreed to resume talks"), ("promise", "The donor promised to send aid"),
    ("pledge", "Japan pledged to rebuild the port"), ("vow", "The president vowed to cooperate with the inquiry"),
    ("offer", "Qatar offered to mediate"), ("plan", "The EU plans to send monitors"),
    ("intend", "Ankara intends to reopen the border"), ("decide", "The council decided to extend the mission"),
    ("undertake", "Both sides undertook to respect the truce"), ("volunteer", "Norway volunteered to host the talks"),
    ("guarantee", "Russia guaranteed to keep the corridor open"), ("assure", "The minister assured donors that funds would be spent well"),
    ("consent", "The junta consented to hold elections"),
    ]:
    V("030", lem, ex, frame="intent")
V("030", "commit", "Berlin committed to spending more on defence", prep="to", frame="intent")
V("030", "express", "Iran expressed willingness to resume talks", obj="willingness|readiness|desire|intention|interest|commitment|determination|eagerness", frame="intent")
V("030", "signal", "Pyongyang signalled readiness to talk", obj="willingness|readiness|intention|interest|openness", frame="intent")
V("030", "reaffirm", "Both sides reaffirmed their commitment to the truce", obj="commitment|willingness|readiness")
V("030", "agree", "The two sides agreed on a roadmap", prep="on")
N("030", "willingness", "Tehran's willingness to negotiate was welcomed", frame="intent")
N("030", "readiness", "Moscow confirmed its readiness to talk", frame="intent")
N("030", "pledge", "The pledge to rebuild was repeated", frame="intent")
N("030", "promise", "The promise to hold elections", frame="intent")
N("030", "commitment", "The commitment to withdraw troops", frame="intent")
N("030", "offer", "The offer to mediate was accepted", frame="intent")
A("030", "ready", "Kyiv is ready to negotiate", frame="intent")
A("030", "willing", "The rebels are willing to talk", frame="intent")
A("030", "prepared", "Seoul is prepared to resume aid", frame="intent")
A("030", "determined", "Both sides are determined to implement the deal", frame="intent")
A("030", "eager", "Hanoi is eager to expand trade", frame="intent")
A("030", "keen", "London is keen to sign a trade deal", frame="intent")
A("030", "committed", "The government is committed to dialogue", frame="intent")
A("036", "open", "The EU is open to talks", prep="to", obj="talk|dialogue|negotiation|meeting|discussion")
A("030", "open", "Tehran is open to cooperation", prep="to", obj="compromise|cooperation|proposal|idea|offer")
C("reach / strike an agreement = intent to cooperate (CAMEO 030; signing is 057)")
for lem, ex in [("reach", "The parties reached an agreement"), ("strike", "Both sides struck a deal"),
                ("clinch", "The two firms clinched a deal"), ("broker", "Qatar brokered an agreement"),
                ("hammer", "Negotiators hammered out a deal"), ("forge", "The neighbours forged an agreement"),
                ("secure", "The envoy secured an agreement on grain")]:
    if lem == "broker":
        V("045", lem, ex, obj="agreement|deal|accord|ceasefire|truce|settlement|compromise|pact")
    elif lem == "hammer":
        V("030", lem, ex, particle="out", obj="agreement|deal|accord|compromise|settlement|framework|plan")
    else:
        V("030", lem, ex, obj="agreement|deal|accord|consensus|understanding|compromise|settlement|bargain|pact|framework")
V("0871", "reach", "The sides reached a truce", obj="ceasefire|truce|armistice")
N("030", "agreement", "The agreement commits both sides to talks")
N("030", "deal", "Under the deal, prisoners will be freed")
N("030", "accord", "The accord ends the dispute")
N("030", "consensus", "A consensus emerged on the budget")
N("030", "understanding", "An understanding on grain exports was reached", prep="on")
C("agree to X")
expand("agree", AGREE_TO_GROUPS, "The rebels", "agreed", prep="to")
V("030", "agree", "The government agreed to the plan", prep="to", obj="plan|proposal|deal|term|agreement|initiative|roadmap|framework")
C("offer / pledge / promise / vow / commit + object")
expand("offer", INTENT_GROUPS + [("039", "mediation|office|service", "its good offices"),
                                  ("0333", "asylum|refuge", "asylum to the dissident")], INTENT_SUBJ, "offered")
expand("pledge", INTENT_GROUPS, INTENT_SUBJ, "pledged")
expand("promise", [g for g in INTENT_GROUPS if g[0] in ("033", "0331", "0332", "0333", "0334", "032", "034", "0341", "0353", "0356")], INTENT_SUBJ, "promised")
V("032", "vow", "Washington vowed support for Kyiv", obj="support|backing|solidarity")
V("033", "vow", "The EU vowed more aid", obj="aid|assistance|help")
V("0331", "commit", "Germany committed 500 million euros", obj="fund|funding|money|million|billion|loan|grant|euro|dollar")
V("0334", "commit", "Kenya committed troops to the mission", obj="troop|soldier|peacekeeper|force")
V("033", "announce", "The EU announced an aid package", obj="aid|assistance|package|donation")
V("0331", "announce", "The bank announced a loan for Egypt", obj="loan|credit|grant|bailout|million|billion")
V("033", "earmark", "Tokyo earmarked funds for reconstruction", obj="fund|funding|money|million|billion|aid")
V("035", "make", "The government made concessions", obj="concession|compromise")
V("036", "invite", "Putin invited Erdogan to visit Moscow")
N("036", "invitation", "Xi accepted an invitation to visit")
V("036", "accept", "The president accepted an invitation to visit Beijing", obj="invitation")
V("036", "extend", "Seoul extended an invitation to Kim", obj="invitation")
V("036", "issue", "Tokyo issued an invitation to the premier", obj="invitation")
V("036", "schedule", "The ministers scheduled talks for May", obj="talk|meeting|visit|summit|negotiation|consultation")
V("036", "arrange", "Diplomats arranged a meeting", obj="meeting|talk|visit|summit")
V("036", "plan", "The leaders planned a summit", obj="visit|trip|meeting|summit|talk")
V("036", "propose", "Seoul proposed talks with Pyongyang", obj="talk|meeting|summit|negotiation|dialogue")
V("036", "set", "They set a date for talks", obj="date")
C("037 settle dispute (intent to reach a comprehensive settlement)")
V("037", "settle", "The neighbours agreed to settle the border dispute", obj="dispute|conflict|difference|row|issue|quarrel|claim")
V("037", "resolve", "Both sides pledged to resolve the dispute", obj="dispute|conflict|difference|row|crisis|standoff|issue")
V("037", "make", "The rivals made peace", obj="peace")
V("037", "reconcile", "The factions reconciled")
C("038 accept mediation / 039 offer to mediate")
V("038", "accept", "Khartoum accepted African Union mediation", obj="mediation|mediator")
V("038", "welcome", "Both sides welcomed Qatari mediation", obj="mediation")
V("039", "volunteer", "Norway volunteered its good offices", obj="office|mediation|service")

# =====================================================================================
C("")
C("===================== 04 CONSULT =====================")
V("040", "meet", "Blinken met Wang in Munich")
V("083", "meet", "The government met the strikers' demands", obj="demand|condition|request|requirement")
V("040", "talk", "The two leaders talked on Monday")
V("040", "speak", "Biden spoke with Xi", prep="with")
V("040", "confer", "The ministers conferred in Brussels")
V("040", "consult", "Washington consulted its allies")
V("040", "discuss", "The leaders discussed the crisis")
V("040", "convene", "Foreign ministers convened in Geneva")
V("040", "brief", "The envoy briefed the Security Council")
V("040", "exchange", "The ministers exchanged views on the crisis", obj="view|opinion|idea|information")
V("040", "hold", "The ministers held a meeting", obj="meeting|consultation|summit|conference|session")
V("040", "have", "The leaders had a meeting", obj="meeting")
V("041", "telephone", "Putin telephoned Erdogan")
V("041", "phone", "Macron phoned Zelensky")
V("041", "hold", "Putin and Xi held a phone call", obj="call|videoconference|teleconference|conversation")
V("041", "have", "The two leaders had a phone call", obj="call|videoconference")
V("041", "receive", "The president received a phone call from Biden", obj="call")
V("041", "make", "Biden made a call to Netanyahu", obj="call")
N("041", "call", "In a phone call, the leaders discussed Gaza", obj="phone|telephone|video")
N("041", "conversation", "During a telephone conversation, they agreed", obj="phone|telephone|video")
N("041", "videoconference", "The videoconference lasted an hour")
N("041", "teleconference", "The ministers joined a teleconference")
V("042", "visit", "Modi visited Moscow")
V("042", "pay", "The premier paid a visit to Tokyo", obj="visit|call")
V("042", "make", "The king made a visit to Paris", obj="visit|trip|tour|stop")
V("042", "tour", "The minister toured the Gulf states")
V("042", "travel", "Blinken travelled to Kyiv", prep="to")
V("042", "fly", "The envoy flew to Cairo for talks", prep="to")
V("042", "arrive", "The president arrived in Beijing")
V("042", "send", "Seoul sent a delegation to Pyongyang", obj="delegation|envoy|emissary|mission|representative")
V("042", "dispatch", "Washington dispatched an envoy to Riyadh", obj="delegation|envoy|emissary|mission|representative")
N("042", "visit", "During the visit, both sides signed deals")
N("042", "trip", "The trip to Beijing was his first")
N("042", "tour", "On a tour of the region, the minister met leaders")
V("043", "host", "Egypt hosted the talks")
V("043", "receive", "Xi received the visiting premier", obj="delegation|minister|president|envoy|visitor|counterpart|ambassador|leader|premier|king|chancellor|prime|secretary|official|guest")
V("043", "welcome", "Putin welcomed the delegation to the Kremlin", obj="delegation|visitor|counterpart|guest|envoy")
V("043", "greet", "The premier greeted the visiting president")
V("045", "mediate", "Qatar mediated between the two sides")
V("045", "facilitate", "Norway facilitated talks", obj="talk|negotiation|dialogue|meeting|contact")
N("045", "mediation", "Under Egyptian mediation, the sides met")
V("046", "negotiate", "The parties negotiated for hours")
V("046", "bargain", "Both sides bargained over the terms")
V("046", "haggle", "Negotiators haggled over prisoners")
V("046", "hold", "Russia and China held talks", obj="talk|negotiation|discussion|dialogue")
V("046", "have", "The sides had talks in Doha", obj="talk|negotiation|discussion")
V("046", "conduct", "The envoys conducted negotiations", obj="talk|negotiation|dialogue")
V("046", "open", "The two Koreas opened talks", obj="talk|negotiation|dialogue")
V("046", "launch", "The parties launched negotiations", obj="talk|negotiation|dialogue")
V("046", "resume", "Israel and Hamas resumed talks", obj="talk|negotiation|dialogue|discussion")
V("046", "begin", "The delegations began talks", obj="talk|negotiation|dialogue")
V("046", "start", "Both sides started negotiations", obj="talk|negotiation|dialogue")
N("046", "talk", "Talks between the two sides ended")
N("046", "negotiation", "Negotiations continued into the night")
N("046", "discussion", "Discussions focused on security")
N("046", "dialogue", "The dialogue resumed in Geneva")
N("040", "meeting", "The meeting lasted two hours")
N("040", "summit", "The summit opened in Brussels")
N("040", "consultation", "Consultations were held in Moscow")

# =====================================================================================
C("")
C("===================== 05 ENGAGE IN DIPLOMATIC COOPERATION =====================")
V("050", "establish", "The two states established contacts", obj="contact|link|cooperation|partnership|dialogue")
V("054", "establish", "Israel and Bahrain established diplomatic relations",
  obj="relation|tie")
C("  ^ CAMEO 054 covers initiating diplomatic relations with an entity for the first time (brief suggested 050)")
for lem, ex in [("restore", "Cairo and Ankara restored ties"), ("normalize", "The two countries normalized relations"),
                ("normalise", "Both states normalised relations"), ("resume", "Iran and Saudi Arabia resumed relations"),
                ("improve", "Both sides pledged to improve relations"), ("strengthen", "The leaders strengthened ties"),
                ("deepen", "Hanoi and Seoul deepened cooperation"), ("expand", "The two countries expanded cooperation"),
                ("boost", "The allies boosted cooperation"), ("enhance", "Both sides enhanced their partnership"),
                ("develop", "The states developed friendly relations"), ("upgrade", "The two countries upgraded ties"),
                ("bolster", "Washington bolstered ties with Manila"), ("promote", "The ministers promoted cooperation"),
                ("broaden", "Both sides broadened their partnership"), ("consolidate", "The two consolidated their alliance"),
                ("cement", "The visit cemented ties"), ("intensify", "The countries intensified contacts"),
                ("widen", "Both countries widened cooperation"), ("warm", "Both sides warmed ties"),
                ("mend", "Ankara and Cairo mended ties"), ("repair", "The neighbours repaired relations"),
                ("revive", "The sides revived ties"), ("maintain", "Both countries maintained close ties"),
                ("foster", "The leaders fostered closer relations"), ("reestablish", "Both countries reestablished ties"),
                ("renew", "The sides renewed contacts")]:
    V("050", lem, ex, obj="relation|relationship|tie|cooperation|partnership|friendship|contact|link|alliance|exchange|coordination")
for lem, ex in [("expand", "The two countries expanded trade"), ("boost", "Both sides boosted trade"),
                ("increase", "The neighbours increased trade"), ("deepen", "The states deepened economic ties"),
                ("promote", "The ministers promoted investment"), ("develop", "Both sides developed trade")]:
    ex = ex.replace("deepened economic ties", "deepened trade")
    V("061", lem, ex, obj="trade|investment|commerce|export|import")
V("050", "form", "The parties formed an alliance", obj="alliance|coalition|partnership|bloc")
V("050", "forge", "The states forged a strategic partnership", obj="alliance|partnership|tie|relation|coalition|friendship")
V("050", "join", "Finland joined the alliance", obj="alliance|coalition|bloc")
V("050", "reopen", "London reopened its embassy in Tehran", obj="embassy|consulate|mission")
V("050", "open", "India opened an embassy in Kabul", obj="embassy|consulate|mission")
V("050", "return", "Washington returned its ambassador to Moscow", obj="ambassador|envoy|diplomat")
N("050", "normalization", "The normalization of ties was announced")
N("050", "normalisation", "Normalisation between the states began")
N("050", "rapprochement", "The rapprochement surprised analysts")
C("051 praise or endorse")
for lem, ex in [("praise", "Blinken praised Kyiv's courage"), ("commend", "The UN commended the election"),
                ("hail", "The president hailed the agreement"), ("laud", "Ministers lauded the deal"),
                ("applaud", "The EU applauded the release"), ("welcome", "Germany welcomed the ceasefire"),
                ("endorse", "The party endorsed the candidate"), ("back", "France backed the proposal"),
                ("support", "Japan supported the resolution"), ("congratulate", "Xi congratulated the winner"),
                ("thank", "Zelensky thanked Poland"), ("appreciate", "Kabul appreciated the help"),
                ("salute", "The president saluted the troops"), ("acclaim", "Leaders acclaimed the accord"),
                ("compliment", "The minister complimented the mediators"), ("approve", "The council approved the plan"),
                ("favor", "Most members favor the proposal"), ("favour", "Britain favours the plan"),
                ("champion", "Paris championed the initiative"),
                ("embrace", "Seoul embraced the proposal")]:
    V("051", lem, ex)
V("051", "side", "Hungary sided with Moscow", prep="with")
V("051", "stand", "Britain stands with Ukraine", prep="with")
V("051", "stand", "Tokyo stood by its ally", prep="by")
V("051", "rally", "The parties rallied behind the president", prep="behind")
V("051", "express", "Paris expressed support for the plan", obj="support|backing|gratitude|appreciation|satisfaction|solidarity|thanks|approval|admiration")
V("051", "voice", "Berlin voiced support for the talks", obj="support|backing|solidarity|approval")
V("051", "reaffirm", "Washington reaffirmed its support for Taipei", obj="support|backing|solidarity")
V("051", "reiterate", "The EU reiterated its support", obj="support|backing|solidarity")
V("051", "declare", "The party declared its support for the bill", obj="support|backing|solidarity")
V("051", "lend", "Italy lent support to the initiative", obj="support|backing|weight")
V("051", "throw", "The union threw its support behind the candidate", obj="support|weight|backing")
V("051", "give", "The council gave its backing to the mission", obj="support|backing|approval|endorsement|blessing")
V("051", "pay", "The minister paid a compliment to the mediators", obj="compliment")
A("051", "supportive", "Tokyo is supportive of the plan", prep="of")
A("051", "grateful", "Kyiv is grateful for the help")
N("051", "praise", "The deal drew praise from allies")
N("051", "endorsement", "The endorsement came from the party")
N("051", "backing", "The plan won the backing of the council")
N("051", "support", "Support for the plan grew")
N("072", "support", "Military support for Kyiv continued", obj="military|defence|defense|arms")
N("071", "support", "Financial support for Egypt was approved", obj="financial|economic|budget|budgetary")
N("073", "support", "Humanitarian support reached Gaza", obj="humanitarian|medical")
N("051", "congratulation", "Congratulations poured in from abroad")
C("052 defend verbally")
V("052", "defend", "The premier defended the decision")
V("052", "justify", "The ministry justified the strikes")
V("052", "stand", "The minister stood by the decision", prep="by", obj="decision|statement|remark|comment|policy|claim|report")
C("054 grant diplomatic recognition")
V("054", "recognize", "The US recognized the new government")
V("054", "recognise", "France recognised Palestine")
for lem in ("recognize", "recognise"):
    V("019", lem, f"Both leaders {lem[:-1]}ed the need for dialogue", obj="need|importance|necessity|urgency")
    V("051", lem, f"The minister {lem[:-1]}ed the efforts of the mediators", obj="effort|role|contribution|achievement|progress|work|success")
V("054", "extend", "The EU extended recognition to the new state", obj="recognition")
V("054", "grant", "Russia granted recognition to the region", obj="recognition")
N("054", "recognition", "The recognition of the state angered Belgrade")
C("055 apologize")
V("055", "apologize", "Japan apologized for the incident")
V("055", "apologise", "The minister apologised to the families")
V("055", "express", "The president expressed regret over the incident", obj="regret|remorse|contrition")
V("055", "make", "The embassy made an apology", obj="apology")
V("055", "issue", "The ministry issued an apology", obj="apology")
V("055", "offer", "The government offered an apology", obj="apology")
A("055", "sorry", "The president said he was sorry")
N("055", "apology", "The apology was accepted")
C("056 forgive")
V("056", "forgive", "The families forgave the attackers")
V("056", "forgave", "The families forgave the attackers")
C("  ^ alias: spaCy sm sometimes leaves forgave unlemmatized")
V("056", "accept", "Seoul accepted the apology", obj="apology")
N("056", "forgiveness", "The gesture of forgiveness moved many")
C("057 sign formal agreement")
for lem, ex in [("sign", "Ukraine and Turkey signed an agreement"),
                ("conclude", "The two countries concluded a treaty"), ("finalize", "Negotiators finalized the deal"),
                ("finalise", "The states finalised the accord"), ("ink", "The two firms inked a deal"),
                ("seal", "The leaders sealed the agreement"), ("approve", "The senate approved the treaty"),
                ("initial", "Negotiators initialled the accord")]:
    V("057", lem, ex, obj="treaty|agreement|accord|deal|pact|memorandum|declaration|protocol|convention|contract|communique|charter|framework")
V("057", "ratify", "The parliament ratified the treaty")
V("0871", "sign", "The rebels signed a ceasefire", obj="ceasefire|truce|armistice|fire")
C("  ^ CAMEO 0871 usage notes: agreements to commence a ceasefire are coded 0871")

# =====================================================================================
C("")
C("===================== 06 ENGAGE IN MATERIAL COOPERATION =====================")
V("060", "cooperate", "Police forces cooperated on the case")
V("060", "collaborate", "The agencies collaborated on the probe")
V("060", "partner", "The firms partnered with Chinese banks", prep="with")
V("061", "trade", "India trades with Russia", prep="with")
V("061", "invest", "China invested in the port")
V("061", "finance", "The bank financed the pipeline")
C("062 military cooperation")
N("062", "exercise", "Joint exercises began off the coast", obj="joint|combined|bilateral|multinational")
N("062", "drill", "The navies held joint drills", obj="joint|combined|bilateral|multinational")
N("062", "maneuver", "Joint maneuvers started", obj="joint|combined")
N("062", "manoeuvre", "Joint manoeuvres started", obj="joint|combined")
V("062", "train", "British instructors trained Ukrainian troops", obj="troop|soldier|force|army|officer|pilot|recruit|police|personnel")
N("062", "cooperation", "Military cooperation between the two grew", obj="military|defence|defense|security")
C("063 judicial cooperation")
V("063", "extradite", "India extradited the suspect")
N("063", "extradition", "The extradition took place on Monday")
V("063", "hand", "Turkey handed over the suspect to Interpol", particle="over", obj="suspect|fugitive|militant|defendant|convict")
C("064 share intelligence or information")
V("064", "share", "The allies shared intelligence", obj="intelligence|information|data|evidence|finding|assessment")
V("064", "exchange", "The agencies exchanged intelligence", obj="intelligence|data|evidence")
V("064", "provide", "Washington provided intelligence to Kyiv", obj="intelligence|information|data|evidence")
N("064", "sharing", "Intelligence sharing was expanded", obj="intelligence|information|data")

# =====================================================================================
C("")
C("===================== 07 PROVIDE AID =====================")
C("help/assist/aid are also side verbs (\"helped broker\", \"assist in drafting\"): when they govern an")
C("infinitive or gerund complement, prefer the complement's code")
V("070", "aid", "France aided the rebels")
V("070", "assist", "NATO assisted the Afghan army")
V("070", "help", "Turkey helped the earthquake victims")
V("070", "donate", "Japan donated vaccines")
for lem, past in [("provide", "provided"), ("give", "gave"), ("send", "sent"), ("deliver", "delivered"),
                  ("supply", "supplied"), ("extend", "extended"), ("grant", "granted"),
                  ("ship", "shipped"), ("disburse", "disbursed"), ("transfer", "transferred"),
                  ("release", "released"), ("approve", "approved")]:
    for cameo, objs, exo in PROVIDE_GROUPS:
        if lem == "send" and cameo == "072":
            objs = "weapon|arm|ammunition|munition|howitzer|artillery|tank|missile|launcher"
        if lem in ("release", "approve", "disburse", "extend", "grant") and cameo not in ("070", "071"):
            continue
        if lem == "ship" and cameo == "071":
            continue
        if lem == "transfer" and cameo not in ("071", "072"):
            continue
        if lem == "give" and cameo == "070":
            objs = "aid|assistance|help|relief"
        ex = {"070": f"The donors {past} aid to the region", "071": f"The IMF {past} $3 billion to Egypt",
              "072": f"Washington {past} weapons to Kyiv", "073": f"The Red Cross {past} food and medicine"}[cameo]
        R(cameo, "VERB", lem, ex, obj=objs)
V("071", "lend", "China lent Pakistan $2 billion")
V("071", "loan", "The fund loaned Kyiv $1 billion")
V("071", "fund", "The EU funded the reconstruction")
V("071", "bankroll", "Tehran bankrolled the militia")
V("071", "forgive", "The Paris Club forgave the debt", obj="debt|loan|arrear")
V("071", "cancel", "Creditors cancelled the debt", obj="debt|loan|arrear")
V("071", "write", "Donors wrote off the debt", particle="off", obj="debt|loan|arrear")
V("071", "pay", "The government paid compensation to the victims", obj="compensation|reparation|damage")
V("072", "arm", "Iran armed the militia")
V("072", "equip", "The US equipped the brigade")
V("073", "airlift", "The air force airlifted supplies to the quake zone")
V("073", "evacuate", "The navy evacuated civilians from the port", obj="civilian|resident|people|refugee|wounded|child|citizen|national|family|villager|patient|foreigner")
V("073", "rescue", "Coastguards rescued migrants")
V("073", "shelter", "Turkey sheltered refugees")
V("073", "take", "Germany took in refugees", particle="in", obj="refugee|migrant|evacuee|orphan|seeker")
V("074", "deploy", "The UN deployed peacekeepers to the buffer zone", obj="peacekeeper|peacekeeping|monitor|observer")
V("074", "send", "Ghana sent peacekeepers to Lebanon", obj="peacekeeper|peacekeeping")
V("074", "contribute", "Nepal contributed peacekeepers to the mission", obj="peacekeeper|troop|soldier")
V("074", "extend", "The council extended the mission's mandate", obj="mandate")
V("074", "renew", "The council renewed the peacekeeping mandate", obj="mandate")
V("074", "protect", "Peacekeepers protected civilians", obj="civilian|population|refugee|convoy|camp|villager")
V("074", "escort", "Warships escorted the grain convoy", obj="convoy|ship|vessel|tanker|aid")
V("075", "grant", "Kenya granted asylum to the dissident", obj="asylum|refuge")
V("075", "give", "Ecuador gave asylum to the activist", obj="asylum|refuge")
V("075", "provide", "The embassy provided refuge to the defector", obj="asylum|refuge")
N("070", "aid", "Aid reached the city")
N("072", "aid", "Military aid to Kyiv was approved", obj="military|defence|defense|security|lethal")
N("073", "aid", "Humanitarian aid arrived", obj="humanitarian|food|medical|emergency|relief")
N("071", "aid", "Economic aid was increased", obj="economic|financial|budget|development")
N("070", "assistance", "Assistance reached refugees")
N("072", "assistance", "Military assistance was expanded", obj="military|defence|defense|security")
N("073", "assistance", "Humanitarian assistance was delivered", obj="humanitarian|emergency|medical")
N("071", "assistance", "Financial assistance was approved", obj="financial|economic")
N("070", "package", "The aid package was approved", obj="aid|assistance|relief")
N("072", "delivery", "Arms deliveries to Kyiv resumed", obj="arm|weapon|ammunition")
N("072", "shipment", "Weapons shipments reached the front", obj="arm|weapon|ammunition")
N("070", "donation", "The donation included medicine")
N("071", "loan", "The loan will fund the budget")
N("071", "grant", "The grant will rebuild schools")
N("071", "bailout", "The bailout saved the banks")
N("071", "relief", "Debt relief was agreed", obj="debt")
N("073", "airlift", "The airlift brought food to the city")

# =====================================================================================
C("")
C("===================== 08 YIELD =====================")
C("081-085 easing (PLOVER: 081-083 CONCEDE, 084-087 RETREAT)")
EASE_VERBS = [("lift", "lifted"), ("ease", "eased"), ("relax", "relaxed"), ("remove", "removed"),
              ("loosen", "loosened"), ("end", "ended")]
for lem, past in EASE_VERBS:
    V("085", lem, f"The EU {past} its sanctions on Iran", obj="sanction|embargo|boycott|tariff")
    V("081", lem, f"The government {past} restrictions", obj="restriction|ban|censorship|control|limit")
    if lem in ("lift", "ease", "relax", "end"):
        V("0813", lem, f"Authorities {past} the curfew", obj="curfew")
        V("0872", lem, f"The army {past} the blockade", obj="blockade|siege")
    if lem in ("lift", "end"):
        V("0814", lem, f"The president {past} the state of emergency", obj="state|emergency")
V("085", "suspend", "Washington suspended sanctions on Belgrade", obj="sanction|embargo|tariff")
V("085", "release", "The US released frozen assets", obj="asset|reserve")
V("085", "unfreeze", "The EU unfroze Libyan assets")
V("0812", "legalize", "The government legalized the opposition party", obj="party|opposition|movement|group|union|organization")
V("0812", "legalise", "The council legalised the party", obj="party|opposition|movement|group|union|organization")
V("081", "pardon", "The president pardoned 200 prisoners")
V("081", "grant", "The king granted amnesty to rebels", obj="amnesty|pardon|clemency")
V("081", "commute", "The court commuted the death sentences", obj="sentence")
V("081", "acquit", "The court acquitted the journalists")
V("081", "exonerate", "The inquiry exonerated the officers")
V("081", "declare", "The president declared an amnesty", obj="amnesty")
N("081", "amnesty", "The amnesty covers 3,000 prisoners")
N("081", "pardon", "The pardon freed the activist")
C("  ^ pardons/amnesties: CAMEO 0841 notes list them under release; PLOVER codes them CONCEDE; 081 chosen")
C("082 ease political dissent (opposition calls off protests)")
for lem, past in [("call", "called"), ("end", "ended"), ("suspend", "suspended"), ("cancel", "cancelled"),
                  ("postpone", "postponed")]:
    V("082", lem, f"The union {past}{' off' if lem == 'call' else ''} the strike",
      particle="off" if lem == "call" else "", obj="strike|protest|rally|demonstration|march|walkout|sit")
C("083 accede to demands / political reform")
V("083", "accede", "The government acceded to the demands")
V("083", "accept", "The junta accepted the protesters' demands", obj="demand|condition|ultimatum|term")
V("083", "grant", "The government granted autonomy to the region", obj="autonomy|independence|rule")
V("0832", "reverse", "The ministry reversed the decision", obj="decision|policy|ban|order|course|plan")
V("0832", "scrap", "The government scrapped the controversial law", obj="law|bill|plan|policy|tax|taxis|reform|decree")
V("0832", "withdraw", "The cabinet withdrew the bill", obj="bill|proposal|plan|motion|draft|decree|law")
V("0832", "repeal", "Parliament repealed the law")
V("0832", "rescind", "The governor rescinded the order")
C("0831 resignation / relinquish power. PLOVER codes resignations RETREAT (mode resign) although")
C("CAMEO 0831 maps to CONCEDE: the coder should override the PLOVER type for these rows.")
V("0831", "resign", "The prime minister resigned")
V("0831", "step", "The president stepped down", particle="down")
V("0831", "step", "The leader stepped aside", particle="aside")
V("0831", "quit", "The minister quit his post", obj="post|office|job|position|presidency|premiership|seat|government|cabinet")
V("0831", "abdicate", "The king abdicated")
V("0831", "relinquish", "The junta relinquished power", obj="power|post|control|office|presidency|seat")
V("0831", "cede", "The junta ceded power to civilians", obj="power|control|office|presidency")
V("0831", "hand", "The army handed over power", particle="over", obj="power|control|presidency")
V("0831", "announce", "The premier announced his resignation", obj="resignation|retirement")
V("0831", "tender", "The minister tendered his resignation", obj="resignation")
V("0831", "submit", "The cabinet submitted its resignation", obj="resignation")
V("0831", "concede", "The candidate conceded defeat", obj="defeat|election|race")
N("0831", "resignation", "The resignation was accepted")
N("0831", "handover", "The handover of power was peaceful", prep="of", obj="power")
C("080 yield, not specified")
V("080", "yield", "The government yielded to pressure")
V("080", "concede", "The rebels conceded ground", obj="ground|territory|point|demand|concession")
V("080", "give", "The government gave in to the strikers", particle="in")
V("080", "back", "The ministry backed down", particle="down")
V("080", "back", "Washington backed away from the plan", particle="away")
V("080", "back", "The rebels backed off", particle="off")
V("160", "back", "The firm backed out of the deal", particle="out")
V("080", "relent", "Authorities relented after protests")
V("080", "bow", "The cabinet bowed to public pressure", prep="to")
V("080", "cave", "The government caved in to the demands", particle="in")
V("080", "comply", "Iraq complied with the resolution", prep="with")
V("080", "capitulate", "The garrison capitulated")
V("080", "cede", "The country ceded territory", obj="territory|land|island|region|area|ground")
V("080", "abandon", "Tehran abandoned its demand", obj="plan|policy|project|demand|claim|bid|position|program|programme|stance")
V("080", "drop", "The government dropped its demand", obj="demand|claim|objection|opposition|precondition|condition|veto|charge|lawsuit|case")
V("080", "allow", "The junta allowed opposition rallies")
V("080", "permit", "The government permitted the march")
N("080", "concession", "The concession angered hardliners")
C("084 return / release")
V("0841", "release", "The rebels released the hostages")
V("0841", "free", "The militants freed the captives")
V("0841", "exchange", "Russia and Ukraine exchanged prisoners", obj="prisoner|hostage|captive|detainee|pow")
V("0841", "swap", "The sides swapped prisoners", obj="prisoner|hostage|captive|detainee|pow")
V("0841", "hand", "Hamas handed over the hostages", particle="over", obj="hostage|captive|prisoner|detainee|body")
V("0841", "repatriate", "The government repatriated the detainees", obj="prisoner|detainee|captive|hostage|pow")
V("0841", "return", "The army returned the captured soldiers", obj="prisoner|detainee|captive|hostage|soldier|pow")
V("0842", "release", "Iran released the seized tanker", obj="tanker|ship|vessel|cargo|property|land|plane|aircraft|boat")
V("0842", "return", "The state returned the confiscated land", obj="property|land|territory|asset|artifact|artefact|ship|vessel|tanker|body|remains|farm|house")
V("0842", "hand", "The state handed back the land", particle="back")
V("0842", "restore", "The court restored the property to its owners", obj="property|land|asset")
N("0841", "release", "The release of the prisoners came at dawn", prep="of")
N("0841", "swap", "The prisoner swap took place on the border", obj="prisoner|hostage|captive")
N("0841", "exchange", "A prisoner exchange was completed", obj="prisoner|hostage|captive")
C("086 allow international involvement")
for lem, past in [("allow", "allowed"), ("permit", "permitted"), ("admit", "admitted"), ("receive", "received"),
                  ("accept", "accepted"), ("welcome", "welcomed")]:
    V("0862", lem, f"Tehran {past} UN inspectors", obj="inspector|inspection|observer|monitor|investigator")
    V("0861", lem, f"Lebanon {past} more peacekeepers", obj="peacekeeper|peacekeeping")
    if lem in ("allow", "permit"):
        V("0863", lem, f"Israel {past} aid convoys into Gaza", obj="aid|convoy|delivery|relief|access|assistance|agency|worker")
V("086", "grant", "The government granted access to the site", obj="access|entry")
V("0863", "open", "The army opened a humanitarian corridor", obj="corridor")
V("0863", "unblock", "The army unblocked aid convoys")
C("087 de-escalate militarily")
V("0871", "declare", "The army declared a ceasefire", obj="ceasefire|truce|armistice|fire")
V("0871", "announce", "The rebels announced a truce", obj="ceasefire|truce|armistice|fire")
V("0871", "observe", "Both sides observed the truce", obj="ceasefire|truce|armistice")
V("0871", "respect", "The militias respected the ceasefire", obj="ceasefire|truce|armistice")
V("0871", "extend", "The sides extended the truce", obj="ceasefire|truce|armistice")
V("0871", "cease", "The army ceased fire", obj="fire|fighting|hostility")
V("0871", "hold", "The artillery held fire", obj="fire")
V("0871", "accept", "The rebels accepted the ceasefire", obj="ceasefire|truce|armistice")
N("0871", "ceasefire", "A ceasefire took effect at noon")
N("0871", "truce", "The truce held overnight")
N("0871", "armistice", "The armistice ended the fighting")
N("0871", "fire", "The cease-fire collapsed", obj="cease")
for lem, past in [("halt", "halted"), ("stop", "stopped"), ("end", "ended"), ("suspend", "suspended"),
                  ("pause", "paused"), ("scale", "scaled")]:
    V("087", lem, f"The army {past}{' back' if lem == 'scale' else ''} its offensive",
      particle="back" if lem == "scale" else "",
      obj="fighting|hostility|offensive|attack|bombing|shelling|operation|airstrike|raid|bombardment|war|incursion")
V("087", "call", "The army called off the offensive", particle="off", obj="offensive|attack|operation|raid|assault|airstrike")
V("087", "deescalate", "The two armies deescalated")
C("  ^ spaCy splits 'de-escalate(d)' into de / - / escalate: the coder must read escalate with a 'de' prefix as 087, not 190")
V("087", "demilitarize", "The parties demilitarized the zone")
V("087", "reduce", "Both sides reduced their forces on the border", obj="force|troop|presence|deployment|arsenal")
V("0873", "demobilize", "The militia demobilized its fighters")
V("0873", "demobilise", "The rebels demobilised")
V("0873", "disarm", "The rebels disarmed")
V("0873", "disband", "The militia disbanded its units", obj="militia|army|unit|force|group|brigade|battalion")
V("0873", "lay", "The rebels laid down their arms", particle="down", obj="arm|weapon")
V("0873", "surrender", "The fighters surrendered their weapons", obj="arm|weapon|ammunition")
V("0873", "hand", "The guerrillas handed over their weapons", particle="over", obj="arm|weapon|ammunition")
V("0873", "give", "The rebels gave up their weapons", particle="up", obj="arm|weapon|ammunition")
V("0873", "decommission", "The group decommissioned its weapons")
V("0873", "dismantle", "Libya dismantled its weapons programme", obj="weapon|arsenal|missile|programme|program|stockpile")
N("0873", "disarmament", "Disarmament began in the north")
N("0873", "demobilization", "The demobilization of fighters continued")
C("0874 retreat or surrender militarily (bare withdraw/pull out: the military sense dominates in news)")
V("0874", "withdraw", "Russian forces withdrew from Kherson")
V("0874", "withdraw", "Israel withdrew troops from Gaza", obj="troop|force|soldier|army|tank|unit|contingent|warship|fighter")
V("0874", "pull", "The rebels pulled out of the town", particle="out")
V("0874", "pull", "The army pulled back its troops", particle="back")
V("0874", "retreat", "The militants retreated into the hills")
V("0874", "surrender", "The garrison surrendered")
V("0874", "evacuate", "The army evacuated the base", obj="base|town|city|position|outpost|garrison|stronghold")
V("0874", "vacate", "The militia vacated the building", obj="base|town|city|position|outpost|building|area|territory")
V("0874", "hand", "The army handed over the town", particle="over", obj="town|city|territory|area|base|basis|region|province|district")
V("0874", "end", "The army ended its occupation", obj="occupation|presence|deployment")
N("0874", "withdrawal", "The withdrawal of troops began")
N("0874", "pullout", "The pullout was completed")
N("0874", "retreat", "The retreat from the city was chaotic")
N("0874", "surrender", "The surrender ended the siege")

# =====================================================================================
C("")
C("===================== 09 INVESTIGATE =====================")
V("090", "investigate", "The UN investigated the case")
V("090", "probe", "Prosecutors probed the deal")
V("090", "inquire", "The panel inquired into the deaths", prep="into")
V("090", "enquire", "The committee enquired into the affair", prep="into")
V("090", "look", "The commission will look into the allegations", prep="into")
V("090", "inspect", "IAEA experts inspected the site")
V("090", "examine", "Experts examined the wreckage", obj="wreckage|site|evidence|case|incident|allegation|claim|death|crash")
V("090", "interrogate", "Police interrogated the suspects")
V("090", "question", "Police questioned the suspect", obj="suspect|witness|detainee|official|minister")
for lem, past in [("launch", "launched"), ("open", "opened"), ("order", "ordered"), ("conduct", "conducted"),
                  ("begin", "began"), ("start", "started"), ("set", "set")]:
    V("090", lem, f"The government {past}{' up' if lem == 'set' else ''} an investigation",
      particle="up" if lem == "set" else "", obj="investigation|probe|inquiry|enquiry|inspection")
V("091", "investigate", "Prosecutors investigated corruption at the ministry", obj="corruption|fraud|bribery|embezzlement|crime|murder|killing|death|theft|smuggling|laundering|kickback")
V("092", "investigate", "The UN investigated the torture claims", obj="abuse|torture|violation|disappearance|rape|detention")
V("093", "investigate", "NATO investigated the airstrike", obj="attack|airstrike|strike|incident|clash|shooting|bombing|shelling|raid|incursion")
V("094", "investigate", "The ICC investigated the atrocities", obj="atrocity|massacre|genocide")
N("090", "investigation", "The investigation found no evidence")
N("090", "probe", "The probe was launched in May")
N("090", "inquiry", "An inquiry into the deaths was opened")
N("090", "enquiry", "The enquiry was opened")
N("090", "inspection", "The inspection of the plant took two days")

# =====================================================================================
C("")
C("===================== 10 DEMAND =====================")
V("100", "demand", "Beijing demanded that Tokyo retract the remarks", frame="request")
V("100", "insist", "Moscow insisted that the talks be held in Minsk", frame="request")
V("100", "press", "Washington pressed Riyadh to pump more oil", frame="request")
V("100", "pressure", "The US pressured Kyiv to negotiate", frame="request")
V("100", "call", "The envoy called for both sides to stop fighting", prep="for", frame="request")
V("100", "push", "France pushed for a vote", prep="for", frame="request")
V("100", "press", "The EU pressed for answers", prep="for", frame="request")
V("100", "clamor", "Protesters clamored for change", prep="for")
V("100", "clamour", "Crowds clamoured for reform", prep="for")
V("100", "set", "Brussels set conditions for aid", obj="condition|precondition|requirement")
V("100", "make", "The rebels made demands", obj="demand")
V("100", "issue", "The captors issued demands", obj="demand")
V("100", "repeat", "Kyiv repeated its demand for jets", obj="demand|call")
V("100", "renew", "The EU renewed its call for a ceasefire", obj="call|demand|appeal")
N("100", "demand", "The demand was rejected")
expand("demand", demand_groups(), AP_SUBJ, "demanded")
expand("call", demand_groups(), AP_SUBJ, "called", prep="for")
expand("press", [g for g in demand_groups() if g[0] in ("1053", "1056", "106", "1041", "104")], "Washington", "pressed", prep="for")
expand("push", [g for g in demand_groups() if g[0] in ("1053", "1056", "106", "1041", "104")], "Paris", "pushed", prep="for")
for g in demand_groups():
    if g[0] in ("1053", "1056", "106", "103", "1041"):
        R(g[0], "NOUN", "demand", "The demand for " + g[2] + " was repeated", prep="for", obj=g[1])
C("  ^ 'call for' is coded as a demand (10x) and 'call on X to' as an appeal (020), following the")
C("    project's error analysis (DESIGN.md); appeal/ask/urge/plead for stay 02x")

# =====================================================================================
C("")
C("===================== 11 DISAPPROVE =====================")
for lem, ex in [("criticize", "Beijing criticized the visit"), ("criticise", "London criticised the vote"),
                ("condemn", "Germany condemned the missile test"), ("denounce", "Caracas denounced the sanctions"),
                ("blast", "The minister blasted the decision"), ("slam", "Ankara slammed the report"),
                ("rebuke", "Washington rebuked Riyadh"), ("deplore", "The UN deplored the violence"),
                ("decry", "Rights groups decried the arrests"), ("censure", "Parliament censured the minister"),
                ("lambaste", "The premier lambasted the opposition"), ("lambast", "The minister lambasted the report"),
                ("chastise", "The envoy chastised the council"), ("castigate", "The president castigated the media"),
                ("berate", "The leader berated his ministers"), ("reprimand", "The ministry reprimanded the envoy"),
                ("scold", "Beijing scolded Manila"), ("ridicule", "State media ridiculed the plan"),
                ("mock", "The spokesman mocked the proposal"), ("deride", "Officials derided the report"),
                ("disparage", "The minister disparaged the court"), ("assail", "The senator assailed the deal"),
                ("excoriate", "The editorial excoriated the regime"), ("reproach", "Paris reproached Rome"),
                ("admonish", "The judge admonished the prosecutors"), ("vilify", "State television vilified the dissident"),
                ("denigrate", "The spokesman denigrated the protesters"), ("belittle", "The minister belittled the report"),
                ("pillory", "The press pilloried the decision"),
                ("chide", "The envoy chided the council")]:
    V("111", lem, ex)
V("111", "attack", "The opposition attacked the decision", obj="decision|policy|plan|remark|statement|comment|proposal|move|law|bill|budget|reform|report|stance|idea|speech|ruling|verdict")
V("111", "hit", "The minister hit out at critics", particle="out")
V("111", "lash", "Beijing lashed out at Washington", particle="out")
V("111", "rail", "The president railed against the sanctions", prep="against")
V("111", "issue", "The council issued a condemnation", obj="condemnation|rebuke|criticism|reprimand")
V("111", "express", "Paris expressed outrage over the attack", obj="outrage|indignation|anger|condemnation")
V("111", "voice", "Rights groups voiced outrage", obj="outrage|indignation|anger|condemnation|criticism")
A("111", "critical", "The minister was critical of the plan", prep="of")
N("111", "criticism", "The criticism came from allies")
N("111", "condemnation", "The attack drew condemnation")
N("111", "denunciation", "The denunciation was swift")
N("111", "rebuke", "In a rare rebuke, the ally spoke out")
N("111", "censure", "The censure vote passed")
C("110 disapprove, not specified")
V("110", "oppose", "France opposed the plan")
V("110", "object", "China objected to the visit", prep="to")
V("110", "disapprove", "The council disapproved of the move")
V("110", "disagree", "Berlin disagreed with the decision")
V("110", "dispute", "Kyiv disputed the figures")
V("110", "challenge", "The opposition challenged the results")
V("110", "regret", "Moscow regretted the decision")
V("110", "question", "Critics questioned the legitimacy of the vote", obj="legitimacy|decision|motive|motif|validity|credibility|wisdom|legality|result|need")
V("110", "express", "Tokyo expressed displeasure with the visit", obj="opposition|objection|disapproval|displeasure|dissatisfaction|dismay|disappointment|frustration|reservation|misgiving")
V("110", "voice", "Seoul voiced opposition to the plan", obj="opposition|objection|disapproval|displeasure|dissatisfaction|dismay|disappointment|frustration|reservation")
V("110", "raise", "Germany raised objections", obj="objection")
A("110", "opposed", "The party is opposed to the deal", prep="to")
N("110", "objection", "The objection was noted")
C("112 accuse (charge X with Y in the legal sense is 173)")
V("112", "accuse", "Kyiv accused Moscow of shelling the plant")
V("112", "blame", "Tehran blamed Israel for the blast")
V("112", "allege", "The rebels alleged that the army used gas")
V("112", "charge", "Moscow charged that the West was arming Kyiv")
V("112", "implicate", "The report implicated senior officials")
V("112", "fault", "The inquiry faulted the ministry")
V("112", "trade", "The sides traded accusations", obj="accusation|allegation|blame|charge|barb|insult")
V("112", "exchange", "Both sides exchanged accusations", obj="accusation|allegation|blame|charge")
V("112", "make", "The minister made accusations", obj="accusation|allegation|charge")
V("112", "level", "The opposition levelled accusations at the government", obj="accusation|allegation|charge|criticism")
N("112", "accusation", "The accusation was denied")
N("112", "allegation", "The allegations surfaced in May")
ACC_GROUPS = [
    ("1121", "corruption|fraud|bribery|embezzlement|theft|smuggling|trafficking|laundering|graft|bribe|extortion|murder|kickback"),
    ("1122", "abuse|torture|persecution|repression|discrimination|detention|disappearance|slavery|rape"),
    ("1123", "aggression|attack|invasion|shelling|incursion|provocation|escalation|strike|airstrike|bombing|violation|occupation"),
    ("1124", "genocide|atrocity|massacre|cleansing"),
    ("1125", "espionage|spying|spy|treason|sabotage|subversion"),
]
for cameo, objs in ACC_GROUPS:
    V(cameo, "accuse", f"Kyiv accused Moscow of {first(objs)}", prep="of", obj=objs)
    V(cameo, "blame", f"Officials blamed the rebels for the {first(objs)}", prep="for", obj=objs)
    V(cameo, "allege", f"The report alleged {first(objs)}", obj=objs)
C("113 rally opposition against")
V("113", "rally", "The president rallied opposition to the plan", obj="opposition|resistance")
V("113", "lobby", "Kyiv lobbied against the pipeline", prep="against")
V("113", "campaign", "Activists campaigned against the dam", prep="against")
V("113", "mobilize", "The party mobilized opposition against the bill", obj="opposition|resistance")
C("114 complain officially")
V("114", "complain", "Seoul complained to Tokyo about the textbook")
for lem, past in [("lodge", "lodged"), ("file", "filed"), ("register", "registered"), ("make", "made"),
                  ("submit", "submitted"), ("send", "sent"), ("deliver", "delivered"), ("issue", "issued")]:
    V("114", lem, f"Beijing {past} a formal protest", obj="protest|complaint|grievance|note|demarche|petition")
V("114", "summon", "Berlin summoned the Russian ambassador", obj="ambassador|envoy|diplomat|charge|chargé|attaché|consul")
N("114", "complaint", "The complaint was lodged with the UN")
N("114", "protest", "A formal protest was delivered", obj="formal|diplomatic|official|strong|written")
N("114", "demarche", "The demarche was handed over")
N("114", "petition", "The petition gathered a million signatures")
C("115 bring lawsuit / 116 find guilty")
V("115", "sue", "The company sued the government")
V("115", "file", "The state filed a lawsuit against the firm", obj="lawsuit|suit|case|claim|action")
V("115", "bring", "Ukraine brought a case against Russia", obj="lawsuit|suit|case|claim|action")
V("115", "take", "The firm took the state to court", prep="to", obj="court|tribunal|arbitration")
N("115", "lawsuit", "The lawsuit seeks damages")
A("116", "guilty", "The court found the company guilty")
C("  ^ 'pleaded guilty' (plead + guilty) is an admission (015): the coder should prefer plead")
A("116", "liable", "The court found the state liable")
V("116", "rule", "The tribunal ruled against the state", prep="against")
V("116", "convict", "The court convicted the company of fraud", obj="company|firm|state|government|party|bank|corporation")

# =====================================================================================
C("")
C("===================== 12 REJECT =====================")
V("120", "reject", "Moscow rejected the idea", frame="refuse")
V("120", "refuse", "Iran refused to allow inspections", frame="refuse")
V("120", "decline", "The president declined to meet the envoy", frame="refuse")
V("120", "rebuff", "Tokyo rebuffed the offer", frame="refuse")
V("120", "spurn", "The rebels spurned the offer", frame="refuse")
V("120", "turn", "The cabinet turned down the bid", particle="down", frame="refuse")
V("120", "rule", "The Kremlin ruled out a referendum", particle="out", frame="refuse")
V("120", "resist", "The government resisted calls for change")
V("120", "balk", "Congress balked at the plan", prep="at")
V("120", "snub", "The premier snubbed the summit")
V("120", "shun", "The opposition shunned the talks")
V("120", "ignore", "The junta ignored calls for dialogue", obj="call|demand|appeal|warning|ultimatum|resolution|ruling|request|plea|order")
V("120", "dismiss", "Beijing dismissed the proposal", obj="proposal|offer|plan|call|demand|request|idea|appeal|initiative|suggestion|warning")
V("120", "deny", "The authorities denied entry to the delegation", obj="entry|visa|permission|permit|request|bail")
V("1245", "deny", "The junta denied access to UN investigators", obj="access")
V("1245", "block", "The army blocked aid convoys", obj="aid|convoy|delivery|access|inspector|observer|relief")
N("120", "rejection", "The rejection angered Kyiv")
N("120", "refusal", "The refusal was expected")
for lem, past, particle in [("reject", "rejected", ""), ("refuse", "refused", ""), ("turn", "turned", "down")]:
    for cameo, objs, exo in REFUSE_GROUPS:
        if cameo == "016":
            continue   # reject/dismiss/deny + accusation are written in the 016 block
        if lem != "reject" and cameo in ("129",):
            continue
        vt = past + (" " + particle if particle else "")
        R(cameo, "VERB", lem, f"The government {vt} {exo}", particle=particle, obj=objs)
V("125", "rule", "The Kremlin ruled out talks", particle="out", obj="talk|negotiation|dialogue|meeting|contact|summit")
V("1246", "rule", "The army ruled out a ceasefire", particle="out", obj="ceasefire|truce|withdrawal|fire|pullout")
V("124", "rule", "The premier ruled out concessions", particle="out", obj="concession|compromise|resignation|release")
V("125", "boycott", "The opposition boycotted the talks", obj="talk|negotiation|meeting|summit|conference|dialogue")
C("128 defy norms / law")
V("128", "defy", "Pyongyang defied UN resolutions")
V("128", "flout", "The regime flouted the arms embargo")
V("128", "violate", "The shipment violated UN sanctions", obj="law|resolution|sanction|embargo|norm|rule|agreement|treaty|accord|order|constitution|deal|convention|obligation|sovereignty|ruling")
V("128", "breach", "The company breached the embargo", obj="law|resolution|sanction|embargo|norm|rule|agreement|treaty|accord|order|deal|obligation")
V("128", "disobey", "The militia disobeyed the order")
V("128", "contravene", "The test contravened the resolution")
V("128", "evade", "The tankers evaded sanctions", obj="sanction|embargo|ban")
V("128", "circumvent", "Firms circumvented the sanctions", obj="sanction|embargo|ban|restriction")
N("128", "defiance", "In defiance of the court, the law was passed")
C("129 veto")
V("129", "veto", "Russia vetoed the resolution")
V("129", "block", "China blocked the resolution", obj="resolution|bill|proposal|measure|motion|legislation|statement")
V("129", "vote", "India voted against the resolution", prep="against")
N("129", "veto", "The veto killed the resolution")

# =====================================================================================
C("")
C("===================== 13 THREATEN =====================")
V("130", "threaten", "Moscow threatened to cut gas supplies", frame="threaten")
V("130", "warn", "Beijing warned that it would respond", frame="threaten")
V("130", "caution", "The ministry cautioned that it would act", frame="threaten")
V("130", "warn", "Iran warned of consequences", prep="of", obj="consequence|retaliation|response|reprisal|measure|action|countermeasure|repercussion|price")
V("1312", "warn", "The EU warned of new sanctions", prep="of", obj="sanction|embargo|tariff|boycott")
V("1312", "threaten", "The US threatened sanctions", obj="sanction|embargo|boycott|tariff|penalty")
V("138", "threaten", "The rebels threatened attacks", obj="force|war|attack|strike|airstrike|invasion|bombing|offensive|retaliation|reprisal|violence|escalation")
V("1382", "threaten", "Ankara threatened an occupation of the area", obj="occupation|annexation")
V("1381", "threaten", "The navy threatened a blockade", obj="blockade|siege|closure")
V("1313", "threaten", "The minister threatened resignation", obj="resignation|expulsion")
V("133", "threaten", "Unions threatened protests", obj="protest|demonstration|walkout|rally|sit")
V("130", "issue", "The army issued a warning", obj="warning|threat")
V("130", "deliver", "The envoy delivered a warning", obj="warning|threat")
V("130", "give", "Police gave a final warning", obj="warning")
V("130", "make", "The rebels made threats", obj="threat")
V("138", "vow", "The militia vowed revenge", obj="revenge|retaliation|vengeance|reprisal")
V("130", "menace", "Gunboats menaced the fishermen")
V("130", "intimidate", "Militants intimidated voters")
N("130", "threat", "The threat was condemned")
N("130", "warning", "The warning came after the test")
C("139 ultimatum")
V("139", "issue", "The junta issued an ultimatum", obj="ultimatum")
V("139", "give", "The army gave the rebels an ultimatum", obj="ultimatum")
V("139", "deliver", "The envoy delivered an ultimatum", obj="ultimatum")
V("139", "set", "The president set a deadline for the withdrawal", obj="deadline")
N("139", "ultimatum", "The ultimatum expires at midnight")

# =====================================================================================
C("")
C("===================== 14 PROTEST =====================")
V("141", "protest", "Thousands protested against the reform")
V("114", "protest", "Beijing protested to Tokyo over the visit", prep="to")
V("141", "demonstrate", "Students demonstrated in the capital")
V("150", "demonstrate", "The navy demonstrated its strength", obj="strength|power|might|capability|force|resolve")
V("141", "rally", "Opposition supporters rallied in the square")
V("141", "march", "Thousands marched through the city")
V("141", "picket", "Workers picketed the ministry")
V("141", "take", "Tens of thousands took to the streets", prep="to", obj="street|square|road")
for lem, past in [("stage", "staged"), ("stag", "staged"), ("hold", "held"), ("organize", "organized"),
                  ("organise", "organised"), ("lead", "led"), ("join", "joined"),
                  ("call", "called")]:
    V("141", lem, f"Activists {past} a protest", obj="protest|demonstration|rally|march|sit|picket")
    V("143", lem, f"Workers {past} a strike", obj="strike|walkout|stoppage|boycott")
V("141", "mount", "Opponents mounted a protest", obj="protest|demonstration|rally|march")
N("141", "protest", "Protests spread to other cities")
N("141", "demonstration", "The demonstration turned violent")
N("141", "rally", "A rally was held in the capital")
N("141", "march", "The march ended at parliament")
N("141", "picket", "Pickets blocked the gates")
C("142 hunger strike")
N("142", "strike", "He began a hunger strike", obj="hunger")
V("142", "fast", "The prisoners fasted in protest")
C("143 strike or boycott (bare NOUN/VERB 'strike' is not coded: military vs labour)")
V("143", "go", "Doctors went on strike", prep="on", obj="strike")
V("143", "walk", "Workers walked off the job", particle="off")
V("143", "boycott", "Consumers boycotted French goods")
V("143", "boycott", "The opposition boycotted the election", obj="election|vote|poll|referendum|session|parliament|ballot")
N("143", "strike", "A general strike paralysed the country", obj="general|labor|labour|nationwide|national|worker|teacher|doctor|nurse|rail|transport|miner|union|wildcat")
N("143", "walkout", "The walkout closed the port")
N("143", "stoppage", "A work stoppage hit the mines", obj="work")
N("143", "boycott", "The boycott hurt exporters")
C("144 obstruct passage")
V("144", "block", "Protesters blocked the highway", obj="road|highway|street|entrance|railway|bridge|traffic|motorway|junction|roadway")
V("144", "barricade", "Students barricaded the campus")
V("144", "occupy", "Protesters occupied the square", obj="square|building|office|parliament|street|campus|university|ministry|airport|factory|plaza")
N("144", "barricade", "Barricades went up overnight")
N("144", "roadblock", "Protesters set up roadblocks")
C("145 riot / violent protest")
V("145", "riot", "Youths rioted in the suburbs")
V("145", "rampage", "Mobs rampaged through the town")
V("145", "throw", "Protesters threw stones at police", obj="stone|rock|brick|bottle|molotov|cocktail|firebomb|petrol")
N("145", "riot", "Riots erupted after the verdict")

# =====================================================================================
C("")
C("===================== 15 EXHIBIT FORCE POSTURE =====================")
C("'deploy', 'send', 'move' are coded 154 only with a military object")
V("154", "mobilize", "Armenia mobilized its reservists")
V("154", "mobilise", "The army mobilised 300,000 reservists")
MIL_OBJ_SEND = "troop|soldier|force|warship|ship|jet|aircraft|bomber|fighter|unit|battalion|brigade|division|reinforcement|army|military|submarine|carrier|destroyer|frigate|reservist|marine|paratrooper|helicopter"
MIL_OBJ = "troop|soldier|force|warship|ship|tank|missile|jet|aircraft|bomber|fighter|unit|battalion|brigade|division|reinforcement|army|military|submarine|carrier|destroyer|frigate|artillery|howitzer|reservist|marine|paratrooper|helicopter|drone|launcher|battery"
for lem, past in [("deploy", "deployed"), ("send", "sent"), ("dispatch", "dispatched"), ("move", "moved"),
                  ("mass", "massed"), ("station", "stationed"), ("amass", "amassed"), ("redeploy", "redeployed")]:
    V("154", lem, f"Russia {past} troops near the border", obj=MIL_OBJ if lem != "send" else MIL_OBJ_SEND)
V("154", "call", "The army called up reservists", particle="up", obj="reservist|reserve|recruit|conscript|soldier|troop")
V("154", "reinforce", "The army reinforced its positions", obj="position|border|presence|garrison|troop|defence|defense|flank")
for lem, past in [("increase", "increased"), ("boost", "boosted"), ("expand", "expanded"), ("bolster", "bolstered"),
                  ("beef", "beefed")]:
    V("154", lem, f"NATO {past}{' up' if lem == 'beef' else ''} its military presence",
      particle="up" if lem == "beef" else "", obj="presence|deployment|troop|force|contingent|garrison")
V("153", "deploy", "The government deployed riot police", obj="police|officer|policeman|gendarme|gendarmerie|guard|militia")
V("153", "step", "Authorities stepped up security", particle="up", obj="security|patrol|check|checkpoint|surveillance")
V("153", "tighten", "Police tightened security in the capital", obj="security|control|check|surveillance")
V("153", "beef", "The city beefed up security", particle="up", obj="security|patrol|police")
V("152", "put", "The army put troops on high alert", prep="on", obj="alert|standby|readiness")
V("152", "place", "The navy placed ships on alert", prep="on", obj="alert|standby|readiness")
V("152", "raise", "The army raised its alert level", obj="alert|readiness")
V("152", "heighten", "The navy heightened its readiness", obj="alert|readiness|vigilance")
V("152", "go", "The fleet went on alert", prep="on", obj="alert")
V("150", "patrol", "Warships patrolled the strait")
V("150", "parade", "The army paraded its missiles")
V("150", "test", "Pyongyang tested a missile", obj="missile|rocket|weapon|bomb|device|warhead|icbm")
V("150", "flex", "Beijing flexed its military muscle", obj="muscle")
V("150", "fly", "Bombers flew near the border", prep="near")
for lem, past in [("hold", "held"), ("conduct", "conducted"), ("stage", "staged"), ("stag", "staged"),
                  ("carry", "carried"), ("begin", "began"), ("launch", "launched"), ("start", "started")]:
    V("150", lem, f"The navy {past}{' out' if lem == 'carry' else ''} military exercises",
      particle="out" if lem == "carry" else "", obj="exercise|drill|maneuver|manoeuvre|wargame|test")
N("150", "exercise", "Military exercises began near the border", obj="military|naval|war|air|missile|fire|army|nuclear|amphibious|artillery")
N("150", "drill", "Naval drills were held", obj="military|naval|air|missile|fire|war|army|nuclear|amphibious")
N("150", "maneuver", "Military maneuvers started", obj="military|naval|war|army")
N("150", "manoeuvre", "Military manoeuvres began", obj="military|naval|war|army")
N("150", "parade", "A military parade marked the anniversary", obj="military")
N("152", "level", "The alert level was raised to its highest", obj="alert|readiness")
N("150", "show", "The show of force alarmed Taipei", prep="of", obj="force|strength|power")
N("150", "test", "The missile test alarmed Tokyo", obj="missile|rocket|weapon|nuclear|bomb")
N("154", "mobilization", "The mobilization began on Monday")
N("154", "mobilisation", "Partial mobilisation was declared")
N("154", "buildup", "The buildup near the border continued")
N("154", "deployment", "The deployment of troops angered Beijing", prep="of", obj="troop|soldier|force|missile|warship|tank|jet|bomber|army|unit|marine")

# =====================================================================================
C("")
C("===================== 16 REDUCE RELATIONS =====================")
REL = "tie|relation|relationship|link|contact"
V("161", "cut", "Ukraine cut off ties with North Korea", particle="off", obj=REL)
V("161", "cut", "Nicaragua cut ties with Taiwan", obj=REL)
V("161", "sever", "Bolivia severed relations with Israel", obj=REL)
V("161", "break", "The two states broke diplomatic relations", obj=REL)
V("161", "break", "Morocco broke off ties with Iran", particle="off", obj=REL)
V("161", "downgrade", "Seoul downgraded relations with Tokyo", obj=REL + "|mission|embassy")
C("  ^ downgrading diplomatic relations coded 161 (CAMEO: curtail, decrease diplomatic exchange)")
V("161", "suspend", "Mali suspended diplomatic relations with Kyiv", obj=REL)
V("161", "freeze", "The country froze diplomatic contacts", obj=REL)
V("161", "reduce", "London reduced its embassy staff", obj="tie|relation|contact|staff|mission")
V("161", "recall", "France recalled its ambassador", obj="ambassador|envoy|diplomat|charge|chargé|consul|attaché|delegation")
V("161", "withdraw", "Kuwait withdrew its ambassador", obj="ambassador|envoy|diplomat|charge|chargé|consul|attaché|recognition")
V("161", "expel", "Poland expelled 45 Russian diplomats", obj="diplomat|ambassador|envoy|attaché|attache|consul|charge|chargé")
C("  ^ expulsion of diplomats is 161 per CAMEO 166/174 notes")
V("161", "close", "Canada closed its embassy in Tehran", obj="embassy|consulate|mission")
V("161", "shut", "Washington shut its consulate", obj="embassy|consulate|mission")
V("161", "cancel", "Beijing cancelled the visit", obj="visit|meeting|summit|trip|tour|invitation")
V("161", "postpone", "Tokyo postponed the summit", obj="visit|meeting|summit|trip|tour")
V("161", "call", "The premier called off his visit", particle="off", obj="visit|meeting|summit|trip|tour")
V("161", "declare", "Berlin declared the attaché persona non grata", obj="persona")
N("161", "expulsion", "The expulsion of diplomats followed", prep="of", obj="diplomat|ambassador|envoy")
C("160 reduce relations, not specified")
V("160", "suspend", "The council suspended Russia's membership", obj="membership|cooperation|participation|partnership")
V("160", "freeze", "Both sides froze cooperation", obj="cooperation|partnership|membership")
V("160", "end", "Moscow ended cooperation with the agency", obj="cooperation|partnership|alliance")
V("160", "withdraw", "Washington withdrew its support", obj="support|backing|cooperation|participation")
V("160", "withdraw", "The US withdrew from the treaty", prep="from", obj="treaty|agreement|deal|accord|pact|convention|alliance|organization|organisation|council")
V("160", "pull", "Washington pulled out of the deal", particle="out", prep="of", obj="treaty|agreement|deal|accord|pact|convention|alliance")
V("160", "quit", "The country quit the alliance", obj="treaty|agreement|deal|accord|pact|convention|alliance|organization|organisation|council")
V("160", "cancel", "Canberra cancelled the submarine contract", obj="contract|deal|agreement|accord")
V("160", "call", "The government called off the deal", particle="off")
V("160", "scale", "Tokyo scaled back cooperation", particle="back", obj="cooperation|tie|relation|contact|exchange")
C("162 reduce or stop aid")
for lem, past in [("cut", "cut"), ("suspend", "suspended"), ("halt", "halted"), ("freeze", "froze"),
                  ("stop", "stopped"), ("end", "ended"), ("reduce", "reduced"), ("withhold", "withheld"),
                  ("slash", "slashed"), ("withdraw", "withdrew"), ("scale", "scaled")]:
    part = "back" if lem == "scale" else ""
    objs = "aid|assistance|funding|fund|loan|grant|payment|disbursement|donation|subsidy|credit"
    if lem == "block":
        objs = "funding|fund|loan|grant|payment|disbursement|credit"
    V("162", lem, f"Washington {past}{' back' if part else ''} aid to the junta", particle=part, obj=objs)
V("162", "cut", "Donors cut off aid", particle="off", obj="aid|assistance|funding|fund|loan|payment")
N("162", "cut", "Aid cuts hit the refugees", obj="aid|funding|assistance")
C("163 sanctions, embargo, boycott (state)")
V("163", "sanction", "The US sanctioned Russian banks")
V("163", "blacklist", "Washington blacklisted the firms")
V("163", "embargo", "The allies embargoed oil shipments")
for lem, past in [("impose", "imposed"), ("slap", "slapped"), ("announce", "announced"), ("adopt", "adopted"),
                  ("tighten", "tightened"), ("expand", "expanded"), ("extend", "extended"),
                  ("toughen", "toughened"), ("approve", "approved"), ("reimpose", "reimposed"), ("levy", "levied")]:
    V("163", lem, f"The EU {past} sanctions on Minsk", obj="sanction|embargo|boycott|tariff|duty|penalty" if lem != "impose" else "sanction|embargo|boycott|tariff|duty")
V("163", "hit", "Washington hit Moscow with sanctions", prep="with", obj="sanction|tariff|embargo|penalty")
V("163", "target", "The EU targeted oligarchs with sanctions", prep="with", obj="sanction|tariff|embargo")
V("163", "freeze", "The EU froze the assets of the oligarchs", obj="asset|account|reserve|property")
for lem, past in [("ban", "banned"), ("halt", "halted"), ("suspend", "suspended"), ("restrict", "restricted"),
                  ("curb", "curbed")]:
    V("163", lem, f"China {past} imports of Australian coal", obj="import|export|trade|flight|shipment|purchase|sale")
V("163", "cut", "Moscow cut off gas supplies to Europe", particle="off", obj="gas|oil|electricity|energy|supply|export")
V("163", "close", "The EU closed its airspace to Russian planes", obj="airspace|port|market")
N("163", "sanction", "Sanctions hit the economy")
N("163", "embargo", "The embargo was extended")
N("163", "tariff", "New tariffs on steel took effect", obj="punitive|retaliatory|new|additional")
C("164 halt negotiations / 165 halt mediation")
for lem, past, part in [("break", "broke", "off"), ("suspend", "suspended", ""), ("halt", "halted", ""),
                        ("end", "ended", ""), ("call", "called", "off"), ("abandon", "abandoned", ""),
                        ("quit", "quit", ""), ("postpone", "postponed", ""), ("freeze", "froze", ""),
                        ("cancel", "cancelled", ""), ("leave", "left", "")]:
    V("164", lem, f"Kyiv {past}{' ' + part if part else ''} the talks", particle=part, obj="talk|negotiation|dialogue|discussion|consultation")
V("164", "withdraw", "The delegation withdrew from the talks", prep="from", obj="talk|negotiation|dialogue|discussion")
V("164", "pull", "The rebels pulled out of the talks", particle="out", prep="of", obj="talk|negotiation|dialogue|discussion")
V("164", "walk", "The delegates walked out of the talks", particle="out", prep="of", obj="talk|negotiation|meeting|session|summit|dialogue")
V("164", "storm", "The delegation stormed out of the meeting", particle="out", prep="of", obj="talk|negotiation|meeting|session|summit")
for lem, past in [("suspend", "suspended"), ("halt", "halted"), ("end", "ended"), ("abandon", "abandoned")]:
    V("165", lem, f"Qatar {past} its mediation", obj="mediation")
C("166 expel or withdraw peacekeepers / inspectors / aid agencies")
V("1661", "expel", "Mali expelled the peacekeepers", obj="peacekeeper|peacekeeping|mission|force")
V("1661", "withdraw", "The UN withdrew its peacekeepers", obj="peacekeeper|peacekeeping|mission")
V("1661", "pull", "Jordan pulled out its peacekeepers", particle="out", obj="peacekeeper|peacekeeping|contingent")
V("1662", "expel", "Iraq expelled the weapons inspectors", obj="inspector|observer|monitor|investigator")
V("1662", "withdraw", "The OSCE withdrew its monitors", obj="inspector|observer|monitor|investigator")
V("1662", "pull", "The agency pulled out its inspectors", particle="out", obj="inspector|observer|monitor")
V("1663", "expel", "The junta expelled aid agencies", obj="agency|ngo|ngos|charity|organization|organisation|worker")
V("1663", "withdraw", "The charity withdrew its staff", obj="staff|worker|team|agency")
V("1663", "suspend", "The government suspended the NGOs", obj="ngo|ngos|agency|charity|organization|organisation")
V("1663", "ban", "The junta banned foreign aid agencies", obj="ngo|ngos|agency|charity")
V("166", "expel", "The government expelled the foreign delegation", obj="delegation|team")

# =====================================================================================
C("")
C("===================== 17 COERCE =====================")
C("171 seize or damage property ('seize' + territory is 192, + aircraft/bus is 181)")
V("171", "seize", "Police seized phones and laptops")
V("1711", "seize", "Iran seized a British tanker", obj="tanker|ship|vessel|cargo|asset|property|land|weapon|document|shipment|equipment|drug|boat|money|fund|computer|passport|car")
V("1711", "confiscate", "Authorities confiscated the land")
V("1711", "expropriate", "The state expropriated the farms")
V("1711", "nationalize", "Caracas nationalized the oil fields")
V("1711", "nationalise", "The government nationalised the mines")
V("1711", "loot", "Gunmen looted the shops")
V("1711", "plunder", "Militias plundered the villages")
V("1711", "ransack", "Soldiers ransacked the offices")
V("1711", "commandeer", "Troops commandeered the trucks")
V("1712", "destroy", "Bulldozers destroyed homes in the village", obj="house|home|building|property|crop|mosque|church|school|shop|office|farm|orchard|olive|temple|shrine|monument|statue|market")
V("1712", "demolish", "Authorities demolished the houses")
V("1712", "raze", "Troops razed the village")
V("1712", "bulldoze", "The army bulldozed the camp")
V("1712", "vandalize", "Rioters vandalized the embassy")
V("1712", "vandalise", "Youths vandalised the consulate")
V("1712", "torch", "Mobs torched the buildings")
V("1712", "burn", "Rioters burned shops", obj="house|home|building|shop|car|vehicle|office|church|mosque|village|flag|embassy|station")
V("1712", "set", "Protesters set fire to the building", obj="fire")
V("1712", "sabotage", "Saboteurs sabotaged the pipeline")
N("1712", "demolition", "Demolitions in the district continued")
N("1711", "confiscation", "The confiscation of land angered farmers")
C("172 administrative sanctions")
V("172", "ban", "The government banned the book")
V("1722", "ban", "The court banned the opposition party", obj="party|opposition|group|candidate|politician|organization|organisation|movement")
V("1721", "ban", "The junta banned protests", obj="protest|demonstration|rally|gathering|assembly|march|newspaper|media|website|broadcast|outlet|channel|station|publication|meeting|strike")
V("172", "outlaw", "The parliament outlawed the group")
V("172", "prohibit", "The decree prohibited gatherings")
V("172", "forbid", "The authorities forbade the march")
V("1722", "disqualify", "The commission disqualified the candidate")
V("1722", "dissolve", "The court dissolved the opposition party", obj="party|group|movement|organization|organisation")
V("1721", "censor", "The regime censored the press")
V("1721", "restrict", "The government restricted press freedom", obj="freedom|access|speech|media|movement|right|internet|assembly|press|activity|travel")
V("1721", "shut", "The authorities shut down the newspaper", particle="down", obj="newspaper|website|media|outlet|station|channel|internet|network|paper|broadcaster|platform")
V("1721", "block", "Authorities blocked the website", obj="website|internet|platform|site|app|messaging")
V("172", "impose", "The government imposed restrictions", obj="restriction|ban|control|limit")
V("172", "restrict", "The government restricted fishing")
V("1723", "impose", "The army imposed a curfew", obj="curfew")
V("1723", "declare", "Authorities declared a curfew", obj="curfew")
V("1723", "extend", "Officials extended the curfew", obj="curfew")
V("1724", "impose", "The junta imposed a state of emergency", obj="state|emergency")
V("1724", "declare", "The president declared a state of emergency", obj="state|emergency")
V("1724", "extend", "Parliament extended the state of emergency", obj="state|emergency")
N("172", "ban", "The ban on rallies angered the opposition")
N("1721", "censorship", "Censorship tightened")
N("1723", "curfew", "A curfew was in force")
N("1724", "law", "Martial law was declared", obj="martial")
N("1724", "state", "The state of emergency was extended", prep="of", obj="emergency|siege")
C("173 arrest, detain, charge with legal action")
for lem, ex in [("arrest", "Police arrested the opposition leader"), ("detain", "Security forces detained 30 activists"),
                ("jail", "A court jailed the journalist"), ("imprison", "The regime imprisoned dissidents"),
                ("apprehend", "Border guards apprehended the smugglers"), ("incarcerate", "The state incarcerated protesters"),
                ("nab", "Police nabbed the suspect"),
                ("indict", "Prosecutors indicted the former minister"), ("prosecute", "The state prosecuted the editors"),
                ("sentence", "The court sentenced the activists to prison"), ("convict", "The court convicted the opposition leader"),
                ("intern", "The authorities interned the crew")]:
    V("173", lem, ex)
V("173", "round", "Police rounded up dozens of activists", particle="up")
V("173", "take", "Police took the suspects into custody", prep="into", obj="custody|detention")
V("173", "put", "The regime put the opposition leader on trial", prep="on", obj="trial")
V("173", "place", "Police placed him under house arrest", prep="under", obj="arrest|detention|surveillance")
V("173", "charge", "Prosecutors charged the journalist with treason", prep="with")
V("173", "file", "Prosecutors filed charges against the general", obj="charge|indictment")
V("173", "bring", "The state brought charges against the officers", obj="charge")
V("173", "press", "Prosecutors pressed charges", obj="charge")
V("173", "issue", "The ICC issued an arrest warrant", obj="warrant")
V("173", "capture", "Troops captured the rebel commander", obj="commander|leader|militant|suspect|fighter|rebel|smuggler|gunman|terrorist")
N("173", "arrest", "The arrests sparked protests")
N("173", "detention", "The detention of the journalist was condemned")
N("173", "imprisonment", "His imprisonment drew criticism")
N("173", "indictment", "The indictment names ten officials")
N("173", "warrant", "An arrest warrant was issued", obj="arrest")
C("174 expel or deport individuals")
V("174", "deport", "Italy deported the imam")
V("174", "expel", "Moscow expelled the journalist")
V("174", "exile", "The junta exiled the opposition leader")
V("174", "banish", "The regime banished the cleric")
V("174", "evict", "Authorities evicted the squatters")
V("174", "kick", "The country kicked out the correspondent", particle="out")
N("174", "deportation", "The deportation was halted by a court")
N("174", "expulsion", "His expulsion was announced")
C("175 violent repression")
V("175", "crack", "Police cracked down on protesters", particle="down")
V("175", "clamp", "The regime clamped down on dissent", particle="down")
V("175", "disperse", "Police dispersed the protesters", obj="protester|demonstrator|crowd|rally|protest|demonstration|march|gathering|sit|student|activist|mob")
V("175", "break", "Police broke up the demonstration", particle="up", obj="protest|demonstration|rally|march|gathering|sit|crowd|strike|meeting")
V("175", "quell", "Troops quelled the unrest", obj="protest|unrest|riot|uprising|rebellion|demonstration|dissent|revolt|mutiny|disturbance")
V("175", "suppress", "The army suppressed the uprising", obj="protest|dissent|opposition|uprising|unrest|riot|rebellion|demonstration|revolt|movement")
V("175", "repress", "The regime repressed the opposition")
V("175", "fire", "Police fired tear gas at the crowd", obj="gas|teargas")
V("175", "use", "Police used tear gas and water cannon", obj="gas|teargas|cannon|baton")
V("175", "teargas", "Police teargassed the protesters")
V("175", "teargasse", "Police teargassed students")
N("175", "crackdown", "The crackdown left dozens dead")
N("175", "repression", "Repression intensified after the vote")
N("175", "gas", "Tear gas was fired at protesters", obj="tear")
C("170 coerce, not specified")
V("170", "harass", "Police harassed the journalists")
V("170", "persecute", "The regime persecuted the minority")
V("170", "oppress", "The junta oppressed the villagers")
V("170", "coerce", "Militias coerced voters")
V("170", "blackmail", "The gang blackmailed officials")
V("170", "punish", "The regime punished the dissidents")
N("170", "harassment", "The harassment of reporters continued")
N("170", "intimidation", "Voter intimidation was reported")
N("170", "persecution", "The persecution of Christians increased")
C("176 cyber attack")
V("176", "hack", "Hackers hacked the ministry's servers")
V("176", "breach", "Hackers breached the network", obj="network|system|server|database|account|computer|website")
V("176", "launch", "The group launched a cyberattack", obj="cyberattack|hack")
N("176", "cyberattack", "The cyberattack crippled the bank")
N("176", "attack", "A cyber attack hit the ministry", obj="cyber|ransomware|hacking|ddos")
N("176", "hack", "The hack exposed emails")

# =====================================================================================
C("")
C("===================== 18 ASSAULT (unconventional violence) =====================")
V("181", "abduct", "Gunmen abducted the aid workers")
V("181", "kidnap", "Pirates kidnapped the crew")
V("181", "hijack", "Militants hijacked a plane")
V("181", "take", "The militants took 20 hostages", obj="hostage|captive")
V("181", "seize", "Gunmen seized a bus", obj="plane|aircraft|airliner|flight|bus|train|hostage")
N("181", "kidnapping", "The kidnapping of the workers was condemned")
N("181", "abduction", "The abduction took place at night")
N("181", "hijacking", "The hijacking ended peacefully")
C("182 physical assault")
V("182", "beat", "Police beat the protesters", obj="protester|demonstrator|prisoner|detainee|journalist|man|woman|people|student|activist|civilian|reporter|villager|child|worker|migrant|suspect")
V("182", "beat", "Guards beat up the inmates", particle="up")
V("182", "assault", "Settlers assaulted a farmer")
V("190", "assault", "Troops assaulted the town", obj="town|city|position|base|basis|village|stronghold|outpost|garrison|airport|bridge|trench")
V("182", "whip", "Militiamen whipped the prisoners")
V("182", "flog", "The guards flogged the detainees")
V("182", "abuse", "Guards abused the detainees", obj="prisoner|detainee|inmate|captive|child|woman|migrant|suspect")
V("182", "mistreat", "Guards mistreated the prisoners")
N("182", "beating", "The beating was filmed")
V("1821", "rape", "Soldiers raped women in the village")
V("1821", "rap", "Soldiers raped villagers")
N("1821", "rape", "Rapes were reported in the region")
N("1821", "assault", "Sexual assaults were reported", obj="sexual")
N("182", "assault", "Physical assaults on reporters rose", obj="physical")
V("1822", "torture", "Interrogators tortured the detainees")
N("1822", "torture", "Torture was widespread in the prisons")
V("1823", "lynch", "A mob lynched two men")
V("1823", "behead", "The militants beheaded the hostage")
V("145", "stone", "Protesters stoned police vehicles")
C("  ^ stoned to death would be 1823; in news stone is mostly protesters throwing stones")
N("1823", "lynching", "The lynching shocked the country")
N("1823", "beheading", "The beheading was filmed")
C("183 non-military bombing (aerial bombing is 195)")
V("183", "detonate", "The militants detonated a bomb")
V("183", "explode", "A bomb exploded at the market")
V("183", "blow", "Militants blew up the pipeline", particle="up")
V("183", "plant", "Rebels planted a bomb on the bus", obj="bomb|explosive|device|mine|ied|charge")
V("183", "set", "Attackers set off a bomb", particle="off", obj="bomb|explosive|device|charge")
N("183", "bombing", "The bombing killed 12 people")
N("183", "bomb", "A bomb tore through the market")
N("183", "explosion", "An explosion hit the checkpoint")
N("183", "blast", "The blast killed five soldiers")
C("  ^ explosion/blast may be accidental: only code them with an identifiable perpetrator")
N("183", "attack", "The bomb attack killed ten", obj="bomb|ied|explosive")
N("1831", "bombing", "A suicide bombing hit the mosque", obj="suicide")
N("1831", "attack", "A suicide attack killed 30", obj="suicide")
N("1831", "bomb", "A suicide bomb went off", obj="suicide")
N("1831", "bomber", "A suicide bomber struck the market", obj="suicide")
N("1832", "bombing", "A car bombing killed 20", obj="car|truck|vehicle|lorry")
N("1832", "bomb", "A car bomb exploded", obj="car|truck|vehicle|lorry")
N("1833", "bomb", "A roadside bomb killed three soldiers", obj="roadside")
N("1833", "bombing", "Roadside bombings increased", obj="roadside")
N("184", "shield", "Civilians were used as human shields", obj="human")
V("184", "use", "The militants used civilians as human shields", prep="as", obj="shield")
C("185 attempted assassination / 186 assassination")
N("185", "attempt", "He survived an assassination attempt", obj="assassination")
V("185", "attempt", "Gunmen attempted an assassination", obj="assassination")
V("186", "assassinate", "Gunmen assassinated the governor")
N("186", "assassination", "The assassination of the minister shocked the nation")
N("186", "killing", "The targeted killing of the commander", obj="targeted")
C("180 unconventional violence, not specified")
V("180", "stab", "An attacker stabbed a policeman")
V("180", "terrorize", "Gangs terrorized the villagers")
V("180", "terrorise", "Militias terrorised the town")
N("180", "attack", "The terror attack killed 22", obj="terror|terrorist|knife|stabbing|machete|arson|acid")
N("180", "stabbing", "The stabbing happened outside the station")

# =====================================================================================
C("")
C("===================== 19 FIGHT (conventional military force) =====================")
V("190", "attack", "Rebels attacked an army post")
V("190", "kill", "Troops killed ten militants")
V("190", "fight", "Government troops fought the rebels")
V("190", "clash", "Troops clashed with militants")
V("190", "battle", "Rebels battled government forces")
V("190", "skirmish", "Patrols skirmished on the border")
V("190", "raid", "Troops raided the village")
C("  ^ police raids on premises are closer to 171/173; coded 190 following PETRARCH")
V("190", "ambush", "Insurgents ambushed a convoy")
V("190", "storm", "Troops stormed the building")
V("190", "invade", "Russia invaded Ukraine")
C("  ^ invasion coded 190 (PLOVER ASSAULT); 192 'occupy' is PLOVER COERCE seize")
V("190", "retaliate", "The army retaliated with airstrikes", prep="with", obj="strike|airstrike|attack|missile|rocket|fire|artillery|shelling|bombing|raid|force|drone")
C("  ^ bare 'retaliate' is not coded: a response in kind may be diplomatic (expulsions, sanctions)")
V("190", "target", "Drones targeted army positions")
V("190", "pound", "Jets pounded rebel positions")
V("190", "counterattack", "The army counterattacked")
V("190", "fight", "The rebels fought back", particle="back")
V("190", "repel", "The army repelled the attack", obj="attack|assault|offensive|incursion|raid|advance")
V("190", "repulse", "Troops repulsed the assault", obj="attack|assault|offensive|incursion|raid|advance")
V("190", "strike", "Missiles struck military targets", obj="target|position|base|basis|facility|depot|convoy|town|city|village|site|infrastructure|airfield|airport|port|plant|refinery|headquarters|warehouse")
V("190", "hit", "Rockets hit the base", obj="target|position|base|basis|facility|depot|convoy|town|city|village|site|infrastructure|airfield|airport|port|plant|refinery|headquarters|warehouse")
V("190", "destroy", "Drones destroyed three tanks", obj="tank|aircraft|helicopter|jet|vehicle|position|base|basis|depot|drone|ship|warship|bridge|convoy|launcher|radar|bunker|howitzer")
V("190", "wage", "The junta waged war on the rebels", obj="war|offensive|battle")
V("190", "wag", "The junta waged war on the rebels", obj="war|offensive|battle")
C("  ^ alias: spaCy sm lemmatizes waged -> wag")
V("190", "declare", "The country declared war", obj="war")
V("190", "exchange", "Troops exchanged fire across the border", obj="fire|gunfire|shot|blow")
V("190", "shoot", "Air defences shot down a drone", particle="down")
for lem, past, part in [("launch", "launched", ""), ("carry", "carried", "out"), ("conduct", "conducted", ""),
                        ("mount", "mounted", ""), ("stage", "staged", ""), ("stag", "staged", ""),
                        ("step", "stepped", "up"), ("intensify", "intensified", ""), ("escalate", "escalated", ""),
                        ("resume", "resumed", ""), ("unleash", "unleashed", "")]:
    objs = "attack|assault|offensive|counteroffensive|raid|incursion|invasion|counterattack|ambush|operation|strike|fighting|hostility|bombardment|shelling"
    if lem in ("stage", "stag"):
        objs = "attack|assault|raid|incursion|ambush|counterattack"          # staged a strike = labour (143)
    if lem in ("carry", "conduct", "continue", "begin", "start"):
        objs = objs.replace("|operation", "")
    if lem not in ("launch", "carry", "conduct", "step"):
        objs = objs.replace("|strike", "")
    exo = "an attack" if lem in ("stage", "stag") else "its offensive"
    V("190", lem, f"The army {past}{' ' + part if part else ''} {exo}", particle=part, obj=objs)
    if lem not in ("stage", "stag"):
        V("195", lem, f"Jets {past}{' ' + part if part else ''} airstrikes", particle=part, obj="airstrike|bombing|sortie")
V("194", "launch", "The navy launched missiles at the port", obj="missile|rocket|shell|torpedo")
C("  ^ missile/rocket launches may be tests (150): code 194 only with a target (prep at/on/against)")
C("193 small arms")
V("193", "shoot", "Gunmen shot two soldiers")
V("193", "open", "Soldiers opened fire on the crowd", obj="fire")
V("193", "fire", "Troops fired on protesters", prep="on")
V("193", "fire", "Guards fired at the boat", prep="at")
V("193", "fire", "Soldiers fired shots", obj="shot|bullet|round|gun|rifle|volley")
V("193", "gun", "Gunmen gunned down a judge", particle="down")
V("193", "snipe", "Snipers sniped at civilians")
V("193", "snip", "Snipers sniped at civilians")
C("  ^ alias: spaCy sm lemmatizes sniped -> snip")
N("193", "gunfire", "Heavy gunfire was heard near the border")
N("193", "shooting", "The shooting left three dead")
N("193", "firefight", "A firefight broke out")
N("193", "gunfight", "A gunfight erupted at the checkpoint")
N("193", "gunbattle", "Police and gunmen fought a gunbattle")
N("193", "shootout", "The shootout lasted an hour")
N("193", "battle", "A gun battle broke out", obj="gun")
N("193", "fire", "Sniper fire killed a soldier", obj="sniper|machinegun|gun|rifle|mortar")
N("193", "attack", "A mortar attack hit the camp", obj="mortar|grenade|gun|rifle")
C("194 artillery, tanks, rockets, warships")
V("194", "shell", "The army shelled rebel positions")
V("194", "bombard", "Russian forces bombarded the city")
C("  ^ bombard coded 194 (artillery/rocket bombardment); aerial bombing is 195")
V("194", "fire", "The navy fired missiles at the port", obj="missile|rocket|shell|mortar|artillery|salvo|torpedo|barrage|projectile")
N("194", "shelling", "The shelling killed three civilians")
N("194", "bombardment", "The bombardment lasted all night")
N("194", "barrage", "A rocket barrage hit the town")
N("194", "fire", "Artillery fire hit the village", obj="artillery|rocket|tank|cannon|naval")
N("194", "attack", "A rocket attack hit the base", obj="rocket|missile|artillery|tank|naval")
N("194", "strike", "Missile strikes hit the capital", obj="missile|rocket|artillery")
C("195 aerial weapons")
V("195", "bomb", "NATO jets bombed the bridge")
V("195", "strafe", "Helicopters strafed the convoy")
N("195", "airstrike", "An airstrike killed the commander")
N("195", "strike", "Air strikes hit the city", obj="air|aerial|helicopter")
N("195", "raid", "Air raids continued overnight", obj="air|aerial|bombing")
N("195", "bombing", "Aerial bombing flattened the town", obj="air|aerial|carpet")
N("195", "bombardment", "The aerial bombardment lasted days", obj="air|aerial")
N("195", "attack", "An air attack hit the depot", obj="air|aerial|helicopter")
N("195", "sortie", "Jets flew hundreds of sorties")
N("1951", "strike", "A precision strike hit the depot", obj="precision|guided")
N("1952", "strike", "A drone strike killed the leader", obj="drone|uav")
N("1952", "attack", "A drone attack hit the refinery", obj="drone|uav|kamikaze")
C("  ^ bare NOUN/VERB 'strike' not coded: labour strike (143) vs military strike (19x) vs 'struck a deal'")
C("190 nouns")
N("190", "attack", "The attack on the base killed five")
N("190", "offensive", "The offensive began at dawn")
N("190", "counteroffensive", "The counteroffensive retook the city")
N("190", "invasion", "The invasion began in February")
N("190", "incursion", "The incursion was repelled")
N("190", "assault", "The assault on the city began")
N("190", "clash", "Clashes broke out on the border")
N("190", "fighting", "Fighting raged in the east")
N("190", "battle", "The battle for the town continues")
N("190", "skirmish", "Skirmishes broke out along the border")
N("190", "raid", "The raid killed two commanders")
N("190", "ambush", "The ambush killed six soldiers")
N("190", "counterattack", "The counterattack was repelled")
N("190", "killing", "The killings were condemned")
N("190", "strike", "A military strike hit the base", obj="military|retaliatory|preemptive|punitive|border")
N("190", "intervention", "The military intervention began", obj="military|armed")
N("190", "war", "The war entered its third year")
C("  ^ 'war' is mostly background (\"the war in X\"): a weak trigger, use only as clause subject/object of wage/declare/start")
C("191 blockade / restrict movement")
V("191", "blockade", "The navy blockaded the port")
V("191", "besiege", "Troops besieged the city")
V("191", "encircle", "The army encircled the town")
V("191", "surround", "Troops surrounded the city", obj="city|town|village|building|area|base|basis|camp|district|compound|stronghold|garrison")
V("191", "cordon", "Soldiers cordoned off the area", particle="off")
V("191", "cordone", "Soldiers cordoned off the area", particle="off")
C("  ^ alias: spaCy sm lemmatizes cordoned -> cordone")
V("191", "seal", "Troops sealed off the city", particle="off")
V("191", "impose", "The navy imposed a blockade", obj="blockade|siege|zone|cordon")
V("191", "lay", "The army laid siege to the city", obj="siege")
V("191", "close", "The army closed the border crossing", obj="crossing|checkpoint|corridor")
N("191", "blockade", "The blockade of the port continued")
N("191", "siege", "The siege of the city lasted months")
C("  ^ protesters' blockades are 144 (obstruct passage); NOUN/VERB blockade default to military 191")
C("192 occupy territory")
V("192", "occupy", "Troops occupied the town")
V("192", "annex", "Russia annexed Crimea")
V("192", "capture", "The rebels captured the town", obj="town|city|village|territory|airport|base|basis|area|region|hill|position|port|district|province|stronghold|outpost|border|crossing|capital|bridge|garrison")
V("192", "seize", "Rebels seized the town", obj="town|city|village|territory|airport|base|basis|area|region|control|hill|position|district|province|stronghold|outpost|capital|island|border|crossing|garrison|complex|compound|headquarters|palace|facility")
V("192", "take", "Rebels took control of the city", obj="control")
V("192", "take", "The army took over the town", particle="over", obj="town|city|village|territory|airport|base|basis|area|region|building|port|district|province|capital")
V("192", "recapture", "The army recaptured the town")
V("192", "retake", "Troops retook the airport")
V("192", "retook", "Troops retook the airport")
C("  ^ alias: spaCy sm leaves retook unlemmatized")
V("192", "overrun", "Militants overran the base")
V("192", "liberate", "The army liberated the city")
N("192", "occupation", "The occupation of the territory continued")
N("192", "annexation", "The annexation was condemned")
N("192", "capture", "The capture of the city was announced", prep="of", obj="town|city|village|territory|airport|base|basis|area|region|capital")
C("196 violate ceasefire")
for lem, past in [("violate", "violated"), ("breach", "breached"), ("break", "broke")]:
    V("196", lem, f"The militia {past} the ceasefire", obj="ceasefire|truce|armistice|fire")
N("196", "violation", "Ceasefire violations were reported", obj="ceasefire|truce|armistice|fire")
N("196", "breach", "A breach of the truce was reported", prep="of", obj="ceasefire|truce|armistice")

# =====================================================================================
C("")
C("===================== 20 USE UNCONVENTIONAL MASS VIOLENCE =====================")
V("202", "massacre", "Soldiers massacred villagers")
V("202", "slaughter", "Militants slaughtered civilians")
V("202", "exterminate", "The regime sought to exterminate the minority")
N("202", "massacre", "The massacre left 300 dead")
N("202", "slaughter", "The slaughter of civilians shocked the world")
N("202", "genocide", "The genocide killed 800,000 people")
N("202", "pogrom", "The pogrom destroyed the quarter")
N("202", "extermination", "The extermination campaign began")
N("202", "killing", "Mass killings were documented", obj="mass")
N("202", "murder", "The mass murder of civilians", obj="mass")
N("203", "cleansing", "Ethnic cleansing continued in the region", obj="ethnic")
N("201", "expulsion", "The mass expulsion of villagers", obj="mass|forced|forcible")
N("201", "deportation", "Mass deportations emptied the region", obj="mass|forced|forcible")
N("201", "displacement", "Forced displacement of the population", obj="forced|forcible|mass")
V("201", "expel", "The army expelled thousands of villagers", obj="population|resident|villager|inhabitant|thousand|family|community|minority")
V("201", "drive", "Militias drove out the residents", particle="out", obj="population|resident|villager|inhabitant|thousand|family|community|minority")
V("2041", "gas", "The regime gassed civilians")
N("2041", "attack", "The chemical attack killed dozens", obj="chemical|gas|sarin|chlorine|biological|nerve|toxic")
N("2041", "weapon", "Chemical weapons were used on the town", obj="chemical|biological|radiological")
C("  ^ only when governed by use/deploy/fire/drop: possession or stockpiles are not events")
V("2041", "use", "The army used sarin against civilians", obj="sarin|chlorine|agent")
N("2042", "attack", "A nuclear attack would be catastrophic", obj="nuclear|atomic")
N("2042", "strike", "A nuclear strike was threatened", obj="nuclear|atomic")
C("  ^ nuclear/chemical nouns are often hypothetical (threats, 1385): the threaten frame should wrap them")

# ---------------------------------------------------------------- write
HEADER = "cameo\tpos\tlemma\tparticle\tprep\tobject\tframe\texample"
with open(OUT, "w", encoding="utf-8") as f:
    f.write(HEADER + "\n")
    for r in rows:
        if r[0] == "#":
            f.write(("# " + r[1]).rstrip() + "\n")
        else:
            assert all("\t" not in x and "\n" not in x for x in r), r
            f.write("\t".join(r) + "\n")
print(sum(1 for r in rows if r[0] != "#"), "rows")
