"""The event coder: triggers from the lexicon, source and target from the dependency parse.

One `DocumentCoder` walks the sentences of one parsed document in order, keeping a small discourse memory
(the actors mentioned so far, the last reference date) so that "he", "their relationship" or "the two
countries" can be resolved, and emits `Event`s with the rule, trigger and parse path that produced them.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from . import dates as dates_mod
from .actors import CURRENCY_WORDS, DEFUNCT, NOT_THE_ACTOR_SUFFIXES, PLACE_PREPS, TALK_WORDS, Resolver, mention_countries, names_who, phrase_tokens, place_country_at, tables
from .lexicon import (AID_VEHICLE_OBJECT, ARMED_OBJECT, LEADER_OBJECT, NATIONALS_OBJECT, PERSON_OBJECT, PLACE_OBJECT,
                      SUSPECT_OBJECT, Lexicon, Trigger, undoubled)
from .location import BORDER_WORDS, REGION_NOUNS, water_name, dateline_end, doc_dateline, in_lead, locate, region_members, \
    described_country, fold as fold_name, sentence_of, sentences, words as location_words, written_qualifier, \
    sentence_place as sentence_place_of
from .lexicon import load as load_lexicon
from .models import Actor, Event
from .nlp import HELD_AS_WORDS, doc_text, test_prefixed
from .ontology import lookup

SUBJ = {"nsubj", "csubj", "expl"}
OBJ = {"dobj", "obj", "attr", "oprd"}
OBJ_LIKE = OBJ | {"as-appos", "as-shifted"}  # target candidates that are a verb's object ("denounced as a crime X's …")
RELATIVE = {"which", "that", "who", "whom", "whose"}
MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name if m)
HE = {"he", "him", "his", "she", "her", "hers"}
THEY = {"they", "them", "their", "theirs"}
IT = {"it", "its"}
WE = {"we", "us", "our", "ours"}   # in a quote: the speaker's side
CLIMB_DEPS = {"xcomp", "ccomp", "conj", "advcl", "pcomp", "acomp", "parataxis"}
COOPERATIVE_FUTURE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
HOSTILE_FUTURE = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}
RIOTERS = {"OPP", "CVL", "EDU", "LAB", "AGR", "REL"}  # society that fights the police in a riot
OBJECT_CONTROL = {"prompt", "force", "compel", "lead", "cause", "push", "persuade", "drive", "oblige", "pressure",
                  "pressurize", "pressurise", "convince", "induce", "spur", "allow", "permit", "enable"}  # "prompted X to act": X acts
FUTURE_AUX = {"will", "would", "'ll", "shall", "could", "can", "may", "might", "wo"}
RESPOND_VERBS = {"respond", "react", "answer", "reply", "retaliate"}
RESPOND_NOUNS = {"response", "reply", "answer", "reaction", "retaliation", "riposte", "rebuff"}
FORCEFUL_ADVERBS = {"militarily", "forcefully", "forcibly", "decisively", "harshly", "firmly", "resolutely",
                    "mercilessly", "ruthlessly", "severely", "strongly", "robustly", "swiftly", "vigorously"}
FORCEFUL_ADJECTIVES = {"crushing", "military", "armed", "devastating", "overwhelming", "harsh", "decisive", "forceful",
                       "firm", "resolute", "strong", "swift", "severe", "merciless", "ruthless", "robust", "powerful",
                       "punishing", "painful", "fitting", "appropriate", "proportionate", "proportional", "tough",
                       "vigorous", "stern", "massive", "fierce", "retaliatory", "punitive", "nuclear"}
MILITARY_FORCE_WORDS = {"militarily", "crushing", "military", "armed", "devastating", "overwhelming", "nuclear",
                        "massive", "merciless", "ruthless"}
CROWD_FORCE = {"gas", "teargas", "tear", "cannon", "baton", "truncheon", "club", "bullet", "round", "grenade", "fire",
               "shoot", "shot", "gunfire", "beat", "kill", "injure", "wound", "hurt", "dead", "die", "charge", "whip",
               "stun", "pepper", "spray", "violently", "brutally", "forcibly", "force", "violent", "brutal", "lathi",
               "bayonet", "tank", "armour", "armor", "bulldozer", "horse", "dog", "stick", "stone", "clash", "casualty",
               "bloodily", "bloody", "crush", "massacre", "live", "ammunition", "gunshot", "firearm", "weapon"}
PREMISES = {"office", "headquarters", "headquarter", "premise", "premises", "home", "house", "studio", "bureau",
            "newsroom", "apartment", "flat", "warehouse", "shop", "store", "bank", "branch", "campus", "newspaper",
            "library", "archive", "dormitory", "residence"}  # places a raid searches: offices, homes, shops
RAID_VIOLENCE = (CROWD_FORCE - {"charge", "force", "live", "round", "horse", "dog", "stick", "stone", "tank", "tear",
                                 "spray", "pepper", "stun"}) | {
    "hostage", "abduct", "kidnap", "capture", "seize", "massacre", "torch", "burn", "loot", "explode", "bomb", "blast",
    "gunman", "grenade", "attack", "fighting"}   # words of a raid that was an attack, not a search
SEIZED_RECORDS = {"document", "computer", "file", "paper", "record", "equipment", "book", "material", "server", "disk",
                  "laptop", "phone"}
NAMESAKE_POPULATION = 100_000   # a city sharing a better-known one's name is meant only if this big ("Tripoli, Lebanon")
ASPECT_VERBS = {"keep", "continue", "resume", "begin", "start"}  # + a gerund: the gerund is the act ("keep fighting")
DISPERSE = {"disperse", "scatter", "quell", "break"}   # "fired tear gas to disperse the protesters"
CROWD_ACTS = (DISPERSE - {"quell"}) | {"clamp", "repress", "dispersal"}  # police acts on a crowd (CAMEO 175)
PREVENTING = {"prevent", "avert", "avoid", "forestall", "preclude", "preempt", "pre-empt"}  # what they govern did not happen
# verbs whose object act was put off or stopped: "postponed the release of 26 prisoners", "suspended the deportation of
# Hmong refugees to Laos" tell no release and no deportation (the verb's own rows code what the putting off is)
PUT_OFF = {"postpone", "delay", "defer", "cancel", "scrap", "shelve", "suspend", "halt"}
ASKERS = {"reporter", "journalist", "correspondent", "interviewer", "questioner", "newsman", "press"}
# "helped finance the pipeline" is aid with no one named; "help save the civilians" helps the civilians
FUNDING = {"finance", "fund", "pay", "bankroll", "subsidize", "subsidise", "underwrite"}
AID_ACTS = {"save", "rescue", "feed", "evacuate", "shelter", "house", "resettle", "treat", "protect", "rebuild"}
INDEFINITE = {"anyone", "anybody", "nobody", "someone", "somebody", "everyone", "everybody", "anything", "nothing"}
RAISING = {"expect", "schedule", "set", "slate", "slat", "suppose", "poise", "due"}  # "X is expected to meet Y": X meets ("slat": the lemma spaCy gives "slated")
REPORTED_RAISING = {"believe", "think", "say", "report", "understand", "know", "reckon", "rumour", "rumor"}  # "X is believed to have agreed": X agreed
ALLEGING_VERBS = frozenset({"allege", "charge"})   # with a that-clause: its act is alleged, not reported
UNREAL_ADJ = {"possible", "potential", "likely", "hypothetical", "proposed", "planned", "prospective", "eventual",
              "future", "mooted", "rumoured", "rumored"}  # an event noun they modify has not happened
DEAL_VERBS = {"acquire", "buy", "purchase", "merge", "sell", "take"}  # a company's purchase or sale
COMPANY_WORDS = {"inc", "ltd", "co", "corp", "plc", "company", "stake", "shares", "assets", "subsidiary", "unit",
                 "firm", "group", "corporation", "bank", "holdings"}
# the documents of an agreement, and the verbs that make one: "the Paris accord … had proved workable" is an accord
# in force (no act now); "the accord, signed on Monday, calls for …" reports one made
AGREEMENT_DOCS = {"accord", "agreement", "treaty", "pact", "deal", "convention", "protocol", "arrangement", "compact"}
MAKING_VERBS = {"sign", "reach", "strike", "conclude", "seal", "initial", "broker", "negotiate", "agree", "announce",
                "hammer", "clinch", "ink", "approve", "ratify", "forge", "unveil", "finalize", "finalise"}
ACCIDENT_VERBS = {"collide", "crash", "capsize", "sink", "derail", "overturn", "collapse", "burn", "catch", "skid",
                  "plunge", "topple"}   # "were killed when the bus plunged into a ravine": a mishap
ACCIDENT_NOUNS = {"accident", "crash", "collision", "asphyxia", "stampede", "derailment", "mishap", "fire",
                  "electrocution", "drowning", "mudslide"}   # (storms, floods, blazes: words class natural_force)
# what an offer may hold and still promise ("offered a new peace plan"); offers that are business ("a takeover
# offer"); what a guarantee may cover and be finance ("the issue is guaranteed by France")
PROPOSAL_NOUNS = {"plan", "proposal", "deal", "package", "initiative", "formula", "guarantee", "incentive", "term",
                  "idea", "framework", "roadmap", "solution", "compromise", "way", "chance", "opportunity", "branch"}
BUSINESS_OFFERS = {"takeover", "share", "tender", "cash", "bid", "buyout", "purchase", "merger", "rights", "stock",
                   "public", "bonus", "export", "price", "sale"}
FINANCE_INSTRUMENTS = {"issue", "bond", "loan", "note", "debt", "paper", "credit", "deposit", "facility", "security",
                       "mortgage", "eurobond", "certificate", "borrowing", "liability", "obligation"}
# what is "met" without a meeting: "failed to meet expectations", "met its export target"
MEASURES_MET = {"expectation", "target", "forecast", "deadline", "goal", "need", "cost", "standard", "criterion",
                "criteria", "obligation", "quota", "estimate", "projection", "bill", "payment", "debt", "shortfall",
                "threshold", "benchmark", "challenge", "fate", "end", "death", "approval", "promise", "pledge",
                "commitment", "requirement", "condition"}
# what a warning is named for when it warns of weather, fire or health risks ("a red flag warning")
HAZARD_WORDS = {"flag", "weather", "fire", "heat", "frost", "gale", "wind", "smog", "pollution", "health", "snow",
                "ice", "tide", "surf", "fog", "dust", "pollen", "bushfire", "rain", "thunderstorm"}
# what an appeal asks for on someone else's behalf ("an appeal for aid to help North Korea")
BENEFIT_WORDS = {"aid", "assistance", "help", "relief", "fund", "funding", "money", "donation", "food", "dollar",
                 "supply", "shelter", "medicine"}
# participles that make an "attack" one of words ("launched a fresh attack, calling Israel a tumour")
SAYING_PARTICIPLES = {"call", "say", "dismiss", "describe", "accuse", "brand", "denounce", "label", "condemn",
                      "criticise", "criticize", "claim", "tell", "insist", "argue", "charge", "blame", "deride",
                      "mock", "ridicule", "question", "warn", "declare", "allege", "write"}
COMPANY_PARTS = {"stake", "share", "company", "firm", "group", "business", "unit", "asset", "club", "subsidiary",
                 "operator", "bank", "exchange", "carrier", "brewer", "maker", "producer", "chain"}
# what one accedes to when joining; laws passed; how one speaks
JOINED_BODIES = {"union", "grouping", "group", "treaty", "convention", "organisation", "organization", "pact",
                 "alliance", "bloc", "association", "community", "agreement", "protocol"}
LAWS = {"law", "bill", "amendment", "legislation", "budget", "constitution", "decree", "ordinance", "statute",
        "code", "act", "reform", "regulation"}
MANNER_NOUNS = {"anonymity", "authority", "candour", "candor", "emotion", "confidence", "pride", "regret", "accent",
                "conviction", "caution", "frankness", "passion"}
# verbs whose subject receives what their object gives ("India will get grants from Britain")
RECEIPT_VERBS = {"get", "receive", "obtain", "win", "secure"}
# what one arrives at or in without travelling
NOT_DESTINATIONS = {"power", "office", "conclusion", "decision", "verdict", "figure", "estimate", "compromise",
                    "agreement", "consensus", "solution", "settlement", "deal", "understanding", "result", "view"}
PRICE_WORDS = {"price", "prices", "fee", "fees", "rate", "rates", "tariff", "interest", "premium", "cost", "amount",
               "sum", "duty", "tax", "toll", "commission", "fare", "rent", "pct", "percent", "dlrs", "dollar", "dollars"}
GROUND_WORDS = {"terminal", "city", "town", "village", "border", "position", "positions", "base", "capital",
                "territory", "homeland", "airspace", "coast", "island", "frontier", "line", "lines", "airport", "port",
                "bridge", "hill", "outpost", "garrison", "perimeter", "compound", "area", "region", "province"}
INDUSTRIAL = {"gas", "methane", "mine", "coal", "boiler", "chemical", "pipeline", "firework", "fireworks", "dust",
              "factory", "plant", "refinery", "tanker", "fuel", "propane", "industrial"}   # what blows up by mishap
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}  # the organs of a state that speak for it
# what one tries to bring about: failing at it is no refusal ("failed to arrange a meeting", "failed to win")
EFFORT_VERBS = {"arrange", "persuade", "convince", "win", "secure", "find", "stop", "prevent", "achieve", "get",
                "broker", "resolve", "obtain", "gain", "attract", "capture", "catch", "locate", "identify", "halt",
                "end", "break", "save", "rescue", "pass", "muster", "produce", "bridge", "narrow", "settle", "avert",
                "contain", "curb", "stem", "restore", "revive", "salvage", "clinch", "seal", "woo", "sway"}
# the market's people: their reactions to a state's acts are market news, not political events
MARKET_WORDS = {"investor", "investors", "trader", "traders", "dealer", "dealers", "speculator", "speculators",
                "market", "markets"}
# "in a meeting with reporters": the press one speaks to is no partner in talks
PRESS_WORDS = {"reporter", "journalist", "correspondent", "press", "newsman", "media"}
# the elected bodies control of which is won at the polls, not seized
CHAMBER_WORDS = {"chamber", "house", "senate", "parliament", "congress", "assembly", "legislature", "council",
                 "majority", "commons", "duma", "knesset", "diet"}
WORDS_ONLY_SECTORS = {"MED", "LEG", "PTY"}  # who attack only in words: the press, parliaments, parties
TRADE_FLOWS = {"trade", "export", "import", "exports", "imports", "investment", "commerce", "shipment", "sale"}
TRADE_WORDS = {"trading", "trade", "business", "commercial", "export", "import", "investment"}
UNREAL_PREDICATES = UNREAL_ADJ | {"unlikely", "impossible", "doubtful", "uncertain", "improbable", "inevitable",
                                  "imminent"}  # "a deal … is unlikely", "a strike is imminent": not (yet) happened
BELIEF_ADJ = {"optimistic", "pessimistic", "confident", "hopeful", "sure", "certain", "convinced", "doubtful",
              "sceptical", "skeptical", "upbeat"}  # "optimistic that talks would resume": a belief, not an act
DEPICT_VERBS = {"depict", "portray", "chronicle", "recount", "dramatise", "dramatize", "retell", "reenact",
                "re-enact", "commemorate"}  # "a film which depicts the U.S. invasion of Iraq": told, not done now
# money named as a sum ("suspended $700 million in emergency assistance") or as what is offered in a bid
# ("offered 1.3bn pounds for the exchange")
MONEY_WORDS = {"million", "billion", "trillion", "mln", "bln", "dollar", "euro", "pound", "yen", "dlr", "$"}
# verbs that hold back a sum named with what it is in ("froze $200 million in budget support")
WITHHOLD_VERBS = {"freeze", "suspend", "halt", "cut", "withhold", "block", "stop", "cancel"}
MEANS_OF_TALK = {"telephone", "phone", "videoconference", "video", "link", "call", "conversation", "letter"}
UPCOMING = {"upcoming", "forthcoming", "impending", "coming", "next", "scheduled"}  # "the upcoming summit": yet to come
COMPLAIN_VERBS = {"complain", "protest", "grumble"}  # "complained to X about Y's act": Y is the target
BELIEF_VERBS = {"think", "believe", "doubt", "suppose", "reckon", "guess", "suspect", "fear", "expect", "predict",
                "forecast", "anticipate", "worry", "bet", "speculate", "wager", "hope"}
# ("did not think Japan would retaliate", "traders worried that sanctions could cut exports": beliefs about the future)
PREDICT_VERBS = {"expect", "predict", "forecast", "anticipate"}  # "expect X to Y": a forecast of X's act
AUDIENCE_VERBS = {"tell", "brief", "inform", "assure", "remind"}  # verbs whose object hears a statement
DOMESTIC_TYPES = {"PROTEST", "COERCE", "REQUEST"}
CROWD_SECTORS = {"CVL", "EDU", "OPP", "LAB", "AGR", "REL", "HRI", "MED", "HLH"}   # crowds, not armed men
SEIZED_BUILDINGS = {"parliament", "legislature", "embassy", "consulate", "compound", "building", "ministry", "office",
                    "palace", "headquarters", "campus", "university", "station", "house", "chamber", "court",
                    "airport", "mission", "council"}
# target rules that name no party of the clause: none, the doer's own state, or only the place's state
WEAK_TARGET_RULES = frozenset({"none", "domestic", "place", "place-domestic"})
STOPPING_VERBS = {"stop", "halt", "cease", "quit", "end", "suspend"}   # + a gerund of force: the force ends
AIRCRAFT_WORDS = {"aircraft", "jet", "warplane", "plane", "bomber", "helicopter", "gunship", "airforce"}
ARMED_SECTORS = {"REB", "INS", "SEP", "UAF", "MIL"}   # a group the row marker @armed accepts ("hit Hamas hard")
SOCIETY_SECTORS = {"REB", "INS", "SEP", "OPP", "CVL", "AGR", "LAB", "EDU", "BUS", "REL", "MED", "REF", "PTY", "NGO",
                   "CRM", "HLH", "HRI"}
# acts that need a counterpart of their own, or that mostly go abroad: a meeting, aid, cooperation or a sanction
# aimed at no one named is not held with, given to or imposed on one's own country
AWAY_TYPES = {"CONSULT", "AID", "COOPERATE", "SANCTION"}
# CONSULT codes of a meeting with no host and no visitor: consult, meet at a third place, negotiate (both sides act)
MUTUAL_MEETING_CODES = frozenset({"040", "044", "046"})
# people sent to deal with other states: one named by role is not of the state it deals with
SENT_ENVOYS = frozenset({"envoy", "mediator", "emissary", "ambassador"})
# military people whose arrival in a state is military aid to it ("U.S. military trainers began arriving in Georgia")
MILITARY_TRAINERS = frozenset({"trainer", "instructor", "adviser", "advisor"})
# the words of a peacekeeping force or mission besides "peacekeeping" ("a U.N. stabilization mission")
PEACE_FORCE_WORDS = frozenset({"stabilization", "stabilisation", "protection", "intervention", "observer",
                               "monitoring", "peace"})
# verbs of arriving: doctors or rescuers who arrive in a state bring it aid
ARRIVALS = frozenset({"arrive", "land", "reach", "fly"})
# consultations one side gives or joins, not a meeting of two: "briefed the IMF", "attended an ASEAN summit"
ONE_WAY_MEETINGS = frozenset({"brief", "attend", "address", "inform", "tell", "report", "join"})
# rows that hold only with a party the act goes to, named in a "to" phrase: "began exporting gas to Iran" (not "exported
# 2 million tonnes"), "opened an air base to U.S. forces" (not "opened a new air base"), "transferred Karadzic to
# the tribunal" (not "was transferred to hospital")
TO_A_PARTY = {("export", "061"), ("pump", "061"), ("sell", "061"), ("ship", "061"), ("open", "062"), ("transfer", "063")}
JAIL_WORDS = {"jail", "prison", "custody", "detention", "gaol", "cell", "camp", "colony"}  # where a state holds people
# verbs by which captors hold people: those freed who were "held by" someone else were rescued ("freed hostages held
# by militants")
HOLDING_VERBS = {"hold", "kidnap", "abduct", "capture", "seize", "detain", "take"}
# a state's mission abroad: a place named by it is not the home of those acting there
MISSION_WORDS = {"embassy", "embassies", "consulate", "consulates", "commission", "mission", "legation"}
EMBASSY_WORDS = MISSION_WORDS - {"commission", "mission"}   # a state's own missions abroad
# what "foreign" names at home: "the foreign minister", "a law on foreign agents"
HOME_OFFICES = {"minister", "ministry", "office", "secretary", "affairs", "agent", "service", "correspondent"}
# acts of force a state's side carries out in a place: where no target is named, the place's state is it
FORCE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}
# acts whose place names whom they are aimed at: force, and aid ("airlifted food to eastern Chad")
PLACED_TYPES = FORCE_TYPES | {"AID"}
# words that tell of a party abroad the sentence does not name ("the two sides", "its foreign debt", "loans to
# developing countries"): an act in such a sentence is not an act at home
ABROAD_WORDS = {"foreign", "abroad", "overseas", "international", "developing", "western",
                "sides", "countries", "nations", "partners", "partner", "creditor", "creditors", "donor", "donors",
                "lender", "lenders", "allies", "ally", "bilateral", "multilateral", "loan", "loans",
                "debt", "debts", "credit", "credits", "export", "exports", "import", "imports", "tariff",
                "tariffs", "embassy", "ambassador", "envoy", "counterpart", "counterparts", "visiting", "visit", "visitor",
                "visitors"}
PLACE_TARGET_TYPES = {"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "REQUEST", "THREATEN", "CONCEDE", "RETREAT"}
WRAPPERS = {"intent", "request", "refuse", "threaten", "prepare"}
# nouns that describe a state already named ("after the Pacific island nation cut ties"): a clause with one as its
# subject goes on about the main clause's state
DESCRIBED_STATES = {"nation", "country", "state", "kingdom", "republic", "government", "regime", "island", "emirate",
                    "monarchy", "archipelago"}
# verbs by which a statement is passed on to its addressee ("a protest was handed to Tokyo's ambassador")
# verbs by which words are said again ("China's accusation that … was repeated by a spokeswoman")
SAID_AGAIN_VERBS = {"repeat", "restate", "reiterate", "reaffirm", "renew", "echo", "voice", "air"}
TRANSMIT_VERBS = {"hand", "deliver", "submit", "present", "send", "convey", "pass", "transmit", "forward", "lodge",
                  "read", "broadcast", "publish", "circulate", "relay", "make",
                  # ("Pakistan's allegation … was raised at the United Nations", "Meshaal's commitment to honour the
                  # truce was reported by Cairo newspapers": words said, told)
                  "raise", "report", "announce", "express",
                  # ("Ethiopia's accusation of Eritrean aggression was laid before the OAU", "the EU's call for a rerun
                  # was issued in Brussels", "the Security Council's demand … was adopted by 14 votes")
                  "lay", "issue", "table", "voice", "level", "file", "restate", "reiterate", "adopt"} | SAID_AGAIN_VERBS
# ("a promise by the junta to hold elections was read out on state radio", "China's accusation that … was repeated by a
# spokeswoman": the words were said, and said again)
# verbs whose passive subject, a meeting, took place ("the summit in Helsinki was overshadowed by their disagreement")
MET_MEETING_VERBS = {"overshadow", "dominate", "mar", "attend", "host", "chair", "interrupt", "disrupt", "extend",
                     "televise", "broadcast", "cut", "hail", "describe", "follow"}
# verbs that make an act noun told as done ("the resumption of relations was formalised on Wednesday")
SEALING_VERBS = {"formalise", "formalize", "finalise", "finalize", "seal", "complete", "conclude", "sign", "ratify"}
VISIT_PREPS = frozenset({"to", "into"})
DEPLOY_PREPS = frozenset({"to", "into", "toward", "towards"})
# verbs of a deployment's purpose whose object it is aimed at ("sent troops to face Cameroonian forces")
FACING_VERBS = {"face", "confront", "counter", "deter", "fight", "repel", "block", "stop", "challenge", "resist", "oppose"}
# verbs of a purpose clause whose object's state a build-up or threat faces even where another target was found ("to
# counter an Iraqi build-up near Kuwait", "to deter Russia"; `DocumentCoder._countered_state`); FACING_VERBS serve
# only deployments aimed at no one (`_deployed_against`)
COUNTERING_VERBS = frozenset({"counter", "deter", "confront", "answer", "offset", "neutralise", "neutralize", "thwart",
                              "repel", "contain", "match", "counterbalance", "intimidate"})
SUBORDINATORS = {"because", "although", "though", "since", "after", "before", "when", "whenever", "while", "whereas",
                 "as", "if", "unless", "until", "once"}
RETALIATE_VERBS = {"retaliate", "avenge", "reciprocate"}
AID_VEHICLES = {"plane", "aircraft", "airplane", "jet", "flight", "ship", "vessel", "convoy", "helicopter", "airlift",
                "truck", "lorry", "c-17", "c-130", "hercules", "freighter"}
AID_GOODS = {"food", "medicine", "medicines", "supply", "supplies", "aid", "relief", "water", "tent", "blanket", "wheat",
             "flour", "rice", "grain", "vaccine", "doctor", "medic", "rescuer", "equipment", "drug", "good", "goods",
             "hospital", "surgeon", "nurse", "paramedic", "purification", "shelter"}
HOSTILE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "ACCUSE"}
# verbs whose content clause a state tells about itself ("Israel denied that it had …"), and verbs that turn down a
# charge; nouns of a charge, and of any account of an act ("reports that …")
SELF_TELLING_VERBS = {"deny", "admit", "acknowledge", "confirm"}
# verbs that tell an act named as their passive subject as a fact ("the occupation … was confirmed by Yemen")
# people sent to heal or rescue ("a brigade of doctors", "rescue teams"), and those they help ("flood victims")
RELIEF_PEOPLE = frozenset({"doctor", "nurse", "medic", "paramedic", "physician", "surgeon", "rescuer", "rescue",
                           "medical", "relief", "firefighter"})
DISASTER_VICTIMS = frozenset({"victim", "patient", "survivor", "evacuee", "wounded", "injured", "casualty", "sick"})
# those a leader rallies against a third ("rallied European allies against Iran"): not "rallied outside parliament"
RALLIED = frozenset({"ally", "partner", "supporter", "member", "nation", "country", "state", "government", "leader",
                     "neighbour", "neighbor", "community", "world", "coalition", "follower", "base"})
# subjects that occupy a place by arms, not in protest ("troops occupied the airport")
ARMED_OCCUPIERS = frozenset({"troop", "soldier", "force", "army", "column", "unit", "paratrooper", "marine",
                             "commando", "militia", "militiaman", "rebel", "insurgent", "guerrilla", "fighter",
                             "gunman", "militant", "tank"})
# verbs that put a plot or an attack on its planner, and what they plan ("masterminded the bombing")
PLOTTING_VERBS = frozenset({"mastermind", "orchestrate", "plan", "organise", "organize", "sponsor", "engineer"})
PLOTTED_ACTS = frozenset({"plot", "attack", "bombing", "assassination", "coup", "conspiracy", "massacre", "killing",
                          "kidnapping", "blast", "abduction", "raid", "uprising", "insurgency", "attempt"})
# verbs that free the held ("were released", "freed", "handed over")
# soldiers themselves, not their weapons: troops sent with tanks are deployed, no weapons given
TROOP_WORDS = frozenset({"troop", "soldier", "marine", "paratrooper", "reservist", "battalion", "brigade", "regiment",
                         "contingent"})
# verbs that make someone else act ("prompting Taiwan to accuse Beijing"): the act is the other's own
# (only reactions: "forcing them to retreat" tells the forced act as the main act's result)
CAUSING_VERBS = frozenset({"prompt", "lead", "spur", "provoke", "trigger"})
# the modifiers that make a "strike" a protest, not an attack
LABOUR_STRIKES = frozenset({"hunger", "general", "labor", "labour", "national", "nationwide", "rail", "transport",
                            "worker", "teacher", "miner", "union", "wildcat", "token", "student"})
# verbs by which a leader orders a withdrawal of his own forces, still to be carried out
WITHDRAWAL_ORDERS = frozenset({"order", "instruct", "direct", "command"})
# what makes "workers" or "staff" an aid body's ("aid workers", "U.N. staff", "relief teams")
AID_WORKER_MARKS = frozenset({"aid", "relief", "humanitarian", "ngo", "charity", "un", "u.n.", "agency", "red",
                              "medical", "health", "rescue"})
RELEASE_VERBS = frozenset({"release", "free", "repatriate", "return", "swap", "exchange", "hand", "rescue",
                           "liberate", "pardon"})
# words of demanding, whose clause is demanded, not done ("renewed its demand that the troops leave the town")
# request verbs whose object is the one asked, never the thing asked for ("urged Iran", not "requested troops")
PERSUADE_VERBS = frozenset({"urge", "lobby", "press", "ask", "encourage", "pressure", "pressurise", "pressurize",
                            "implore", "exhort", "invite", "beg", "push", "prod", "nudge"})
# nouns for parts of a land whose "of" phrase names where they are ("rebel-held areas of northern Aleppo province")
HELD_AREAS = frozenset({"area", "part", "district", "village", "town", "suburb", "outskirts", "neighbourhood",
                        "neighborhood", "stronghold", "enclave", "pocket", "region"})
# verbs and objects of a link two states make between them (`DocumentCoder._joint_links`)
# a time well before the news ("signed in 2009", "reached last month", "two years ago")
EARLIER_TIME = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\blast (?:month|year)\b|\bago\b|\bearlier this (?:month|year)\b")
# ordinals a story uses for an act counted among its kind ("their first in two years", "the second this week")
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last", "next"})
JOINT_LINK_VERBS = frozenset({"open", "reopen", "reconnect", "link", "launch", "inaugurate", "build", "construct",
                              "complete", "connect", "restore", "resume", "run", "operate", "switch"})
JOINT_LINKS = frozenset({"bridge", "railway", "rail", "railroad", "pipeline", "road", "highway", "tunnel", "trade",
                         "link", "route", "corridor", "crossing", "line", "zone", "flight", "service", "venture",
                         "refinery", "port", "canal", "train", "post", "ferry", "bus", "pass", "cable", "park"})
# goods a state's supply of which to another, flowing, is cooperation (`DocumentCoder._goods_flowing`)
FLOWING_GOODS = frozenset({"oil", "crude", "gas", "electricity", "power", "fuel", "water"})
# words of money and paying: what a sum is given for goes to whoever receives the sum (`DocumentCoder._mission_host`)
PAYING_WORDS = frozenset(MONEY_WORDS | {"pay", "cost", "fund", "funding", "finance", "financing"})
# words for the peoples of many states: a side named by role with one of them is of no one state ("European
# leaders", "Arab governments", "world leaders"); resolved words (African, West African) are regions
PEOPLES_OF_NO_STATE = frozenset({"european", "asian", "arab", "nordic", "baltic", "pacific", "western", "world",
                                 "international", "global"})
DEMAND_WORDS = frozenset({"demand", "call", "insist", "urge", "ask", "request", "want", "order"})
# verbs of expelling: who is expelled from a state, with no one named, is expelled by it
EXPEL_VERBS = frozenset({"expel", "eject", "order", "kick", "throw", "oust"})
# verbs of yielding to pressure ("bowed to", "caved in to"); "give in" and "back down" are known by their particle
YIELDING_VERBS = frozenset({"yield", "bow", "cave", "relent", "succumb", "bend", "buckle", "capitulate", "concede"})
# verbs of driving a vehicle into something ("rammed a car packed with explosives into a convoy")
RAMMING_VERBS = frozenset({"drive", "ram", "crash", "steer", "plough", "plow", "slam", "smash"})
# words of a crowd's anger: a crowd that gathers and chants, or rallies against something, protests
ANGRY_WORDS = frozenset({"chant", "slogan", "protest", "against", "angry", "anti", "denounce", "demand", "shout", "burn"})
# the sectors of people who go on strike: labour, farmers, students, teachers, doctors, lawyers
STRIKING_SECTORS = frozenset({"LAB", "AGR", "EDU", "HLH", "JUD", "CVL", "OPP"})
# role words that name a state's government as a whole, not one of its people ("the government", "the authorities")
STATE_ITSELF = frozenset({"government", "governments", "authorities", "administration", "regime", "state", "junta",
                          "cabinet", "kremlin"})
# purpose verbs of forces sent to help another ("to help restore order", "to shore up the president")
HELPING_PURPOSES = frozenset({"help", "assist", "support", "aid", "bolster", "protect", "defend", "shore", "prop"})
UN_MANDATED = re.compile(r"(?:U\.?N\.?)-(?:backed|authori[sz]ed|mandated|led|sanctioned|sponsored)", re.I)
LEADER_TITLES = frozenset({"president", "premier", "king", "queen", "emir", "sultan", "chancellor", "minister", "leader"})
# the one person an attack that ends "killing him" was aimed at, beside person words ("a senior Hamas commander")
TARGETED_PERSONS = LEADER_TITLES | {"commander", "founder", "chief"}
CAPTIVE_WORDS = frozenset({"captured", "kidnapped", "abducted", "captive"})
CAPTIVE_NOUNS = frozenset({"soldier", "policeman", "officer", "civilian", "tourist", "sailor", "fisherman", "worker",
                           "hostage", "captive", "prisoner", "peacekeeper", "crewman", "pilot"})
# talks and meetings whose place is only their venue ("the peace talks in Havana", "a donors' conference in Stockholm")
MEETING_WORDS = TALK_WORDS | {"conference", "summit", "forum"}
# ways that lead somewhere: a protest that blocks "the border crossings with Bulgaria" is aimed at no one there
ROUTE_NOUNS = frozenset({"crossing", "border", "frontier", "road", "highway", "motorway", "route", "link", "bridge",
                         "checkpoint", "railway", "line", "corridor", "pass", "tunnel", "port", "access"})
PLACE_NAME_HEADS = frozenset({"canal", "bay", "strait", "straits", "island", "islands", "river", "dam", "bridge",
                              "airport", "port", "zone", "valley", "sea", "gulf", "peninsula", "square", "palace"})
NAMING_DEPS = frozenset({"compound", "nmod", "amod", "nummod", "poss"})  # a modifier naming a noun
BID_NOUNS = {"bid", "accession", "membership", "candidacy", "application", "admission"}  # whose bid
ENDING_DECLARED_BY = {"announce", "declare", "order", "decree", "proclaim"}  # "announced the end of martial law"
FACT_TELLING_VERBS = {"confirm", "report", "announce", "reveal", "disclose", "acknowledge", "admit"}
# verbs whose subject tells of an act, not a party to it ("Norwegian mediators said …")
SPEAKING_VERBS = {"say", "tell", "add", "announce", "report", "state", "confirm", "claim", "note", "quote", "write",
                  "disclose", "reveal"}
DENYING_VERBS = {"deny", "reject", "dismiss", "refute", "rebuff"}
CHARGE_NOUNS = {"charge", "allegation", "accusation", "suspicion"}
DIRECTIVE_NOUNS = {"order", "ruling", "verdict", "decision", "resolution", "ban", "demand", "request", "call", "appeal",
                   "ultimatum", "warning", "instruction", "directive", "decree", "injunction", "judgment", "judgement"}
EXAMINING_VERBS = {"examine", "investigate", "probe", "study", "review", "check", "verify", "look", "assess"}
ACCOUNT_NOUNS = CHARGE_NOUNS | {"report", "claim", "suggestion", "rumour", "rumor", "speculation"}
# a response promised on a condition ("would respond … if"): a threat to the condition's actor
RESPONSE_VERBS = {"respond", "react", "retaliate", "answer", "strike", "hit", "attack", "aim", "fight", "punish",
                  "halt", "suspend", "freeze", "block", "close", "expel", "boycott", "quit", "target", "destroy",
                  "review", "reconsider", "downgrade", "scrap", "abandon"}
RESPONSE_PHRASALS = {("cut", "off"), ("hit", "back"), ("strike", "back"), ("shut", "down"), ("pull", "out"),
                     ("walk", "away"), ("cut", "")}
RESPONSE_OBJECTS = {"measure", "countermeasure", "action", "step", "response", "retaliation", "force", "weapon",
                    "missile", "consequence", "reprisal"}
FORCE_WORDS = {"military", "force", "weapon", "missile", "nuclear", "strike", "army", "troop", "bomb", "war",
               "military-technical", "retaliation"}
# what makes a preparation a military one when what is prepared is no act of the lexicon ("prepared for war")
PREPARE_FORCE = FORCE_WORDS | {"offensive", "attack", "invasion", "assault", "battle", "fight", "fighting", "combat",
                               "soldier", "tank", "defend", "defense", "defence", "mobilization", "mobilisation",
                               "reservist", "militia", "rebel", "guerrilla", "operation", "warship", "jet", "navy",
                               "conflict", "hostility", "hostilities", "showdown", "onslaught", "raid", "siege"}
HELD_SEATS = {"post", "seat", "position", "presidency", "throne", "chair", "role", "spot", "job", "premiership",
              "chairmanship", "place", "top"}   # what one "occupies" in office
DEFIANT_SECTORS = {"REB", "OPP", "SEP", "INS", "UAF", "PTY"}   # at home, those an order to is a demand, not a command
# verbs of giving an order: told another state or body to act, they demand (100); told their own, the act ordered
# is the event ("the Security Council ordered Iraq to withdraw" vs "Yeltsin ordered the army to withdraw")
# verbs of which an act noun is the passive subject, with the doer as agent: "the cutoff of aid was announced by
# Clinton", "the lifting of the embargo was approved by the ministers"
PASSIVE_DOERS = {"announce", "approve", "order", "decree", "declare", "authorize", "authorise", "carry", "conduct",
                 "impose", "proclaim", "launch", "stage", "reimpose",
                 # ("the house arrest of Aung San Suu Kyi was extended by the junta": who keeps an act up does it)
                 "extend", "renew", "tighten", "maintain",
                 # ("sharp criticism of Zuma was voiced by COSATU", "a complaint against Israel was lodged by Lebanon")
                 "lodge", "issue", "make", "submit", "present", "deliver", "convey", "file"} | SAID_AGAIN_VERBS
AUDIENCE_WORDS = {"reporter", "journalist", "press", "media", "correspondent", "newsman", "audience", "crowd", "student",
                  "supporter", "worker", "people", "voter", "parliament", "lawmaker", "nation", "television", "radio"}
ORDER_VERBS = {"order", "instruct", "tell", "direct", "command", "require"}
MOVE_VERBS = {"go", "move", "head", "proceed", "deploy", "return"}   # what forces are ordered to do when sent somewhere
# verbs whose infinitive is an act promised, offered or agreed, not done ("offered to mediate")
PROMISING_VERBS = frozenset({"agree", "promise", "pledge", "vow", "offer", "decide"})
# verbs of promising whose relative clause describes a thing delivered ("the aid it pledged last month"); an agreement
# or decision told so is the pact's own row
PLEDGE_VERBS = (PROMISING_VERBS - {"agree", "decide"}) | {"commit"}
# CAMEO roots of the acts a threat can hold out ("raised the spectre of a naval blockade", "… of a general strike")
HELD_OUT_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
# verbs that enact a law or an order, whose subject does what the law does ("passed a law banning the party")
ENACTING_VERBS = {"pass", "approve", "adopt", "enact", "issue", "promulgate", "sign", "decree", "vote"}
# verbs of travel whose "for talks" names the talks the traveller holds ("went to Baghdad for talks with …")
TRAVEL_VERBS = {"go", "head", "return", "come", "travel", "fly", "arrive", "leave", "sail", "journey", "proceed",
                "rush", "hurry", "be", "gather", "convene", "assemble"}
LEAVE_VERBS = {"leave", "quit", "depart", "exit", "vacate", "go"}   # "ordered the envoy to leave the country"
# words that make a person a suspect held for the law: "a suspected bomb maker", "an alleged drug lord", "a man wanted
# for murder", "a militant accused of the bombing"
SUSPECT_WORDS = {"suspected", "alleged", "accused", "wanted", "convicted", "indicted", "fugitive", "suspect"}
# verbs that name a thing in the speaker's own words: "in retaliation for what he called Japan's failure", "condemned
# what it termed the shelling of civilians by Ukrainian forces"
NAMING_VERBS = {"call", "term", "describe", "brand", "label", "dub", "characterize", "characterise"}
# auxiliaries of what is to come or may be: a clause with one states no fact ("casinos will be banned, it has been
# suggested")
MODAL_AUX = frozenset(FUTURE_AUX | {"should", "must"})
CIRCUMSTANCE_MARKS = {"after", "as", "since", "because", "when", "while", "before", "until", "once", "following",
                      "unless", "if"}
FOLD_DEPS = {"advcl", "acl", "relcl", "dobj", "pobj", "pcomp", "compound", "xcomp"}
PASS_DEPS = {"prep", "conj", "amod", "nmod", "appos", "ccomp"}
VISIT_CODES = {"042"}  # "arrived in Moscow for a state visit": the place of a visit names its host
# verbal acts kept when a named person no table knows does them to a state: "Prof Etzioni criticises the US"
# and the passive of these acts with no agent named: "Aristide has been accused of misusing public funds"
UNNAMED_SOURCE_TYPES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT"}
ENVOY_WORDS = {"diplomat", "envoy", "ambassador", "negotiator", "delegation", "delegate", "representative", "mediator",
               "observer", "monitor", "inspector", "correspondent", "reporter", "journalist", "peacekeeper"}
# what a supposed event "would" do: "a war over Taiwan would cost $10 trillion" (but "a ceasefire would take effect
# at midnight, mediators said" reports one agreed)
CONSEQUENCE_VERBS = {"cost", "need", "require", "mean", "lead", "cause", "trigger", "devastate", "destroy", "hurt",
                     "damage", "harm", "spell", "risk", "kill", "wipe", "be", "have", "involve", "undermine",
                     "jeopardize", "jeopardise", "benefit", "help", "boost", "face", "prompt", "provoke"}
# "X bore responsibility for the bloodshed", "X was responsible for the attack", said by another: the speaker blames X
BLAME_WORDS = frozenset({"bear", "responsible"})
HARM_WORDS = frozenset({"bloodshed", "violence", "death", "deaths", "killing", "killings", "crisis", "downing",
                        "escalation", "fighting", "war", "conflict", "tragedy", "clash", "clashes", "incident",
                        "casualty", "casualties", "loss", "losses", "massacre", "genocide", "murder", "bombing",
                        "attack", "consequence", "consequences", "situation", "tension", "tensions", "chaos",
                        "suffering", "destruction", "failure", "collapse", "unrest", "provocation", "aggression",
                        "sinking", "shooting", "explosion", "blast", "atrocity", "atrocities", "kidnapping",
                        "abduction", "violation", "violations", "incidents"})
# what a member is expelled "from" when the expulsion cuts ties, not a deportation ("from the party", "its ranks")
MEMBER_BODIES = frozenset({"party", "rank", "ranks", "league", "movement", "organization", "organisation", "union",
                           "alliance", "bloc", "council", "federation", "association", "caucus", "faction",
                           "coalition", "group"})
# verbs by which a cabinet or parliament approves an act of the state's own ("approved the call-up of reservists")
APPROVING_VERBS = frozenset({"approve", "authorize", "authorise", "endorse"})
# what "sanctioned" approves, not penalises: "sanctioned the use of force", "the sale was sanctioned by the board"
APPROVED_THINGS = frozenset({"use", "plan", "deal", "sale", "deployment", "operation", "action", "move", "strike",
                             "agreement", "request", "budget", "measure", "project", "decision", "law", "bill",
                             "policy", "proposal", "step", "transfer", "purchase", "programme", "program", "merger",
                             "takeover", "payment", "release", "visit", "meeting", "talks", "contact", "practice"})
# words that keep a sentence about a sporting event political: "a diplomatic boycott of the Winter Olympics"
STATECRAFT = frozenset({"diplomatic", "diplomats", "government", "officials", "ministers", "embassy", "sanctions"})
# in a sports story or a sentence with sports words, the words that keep a sentence political: "Greek prosecutors
# charged the sprinter", "police fired tear gas at fans after the match"
# (not "president", "court" or "war": a club's president, the Court of Arbitration for Sport, a war of words)
STATE_WORDS = STATECRAFT | {"minister", "ministry", "parliament", "police", "prosecutor", "prosecutors",
                            "authorities", "troops", "military", "protest", "protesters", "boycott", "visa", "visas",
                            "regime", "junta"}
# a definite role word and the offices of the leaders tables it names: "the pontiff" is the Pope named before
ROLE_SYNONYMS = {"pontiff": ("pope",), "monarch": ("king", "queen", "emperor", "sultan", "emir"),
                 "premier": ("prime minister",), "sovereign": ("king", "queen")}
# act nouns that refer back to an act of the sentences before ("rejected the demand"), with the PLOVER types
# that act may have (empty: any)
ANSWERED_ACTS = {
    **{w: {"REQUEST"} for w in ("demand", "call", "request", "appeal", "ultimatum", "plea")},
    **{w: {"ACCUSE"} for w in ("accusation", "allegation", "charge", "claim", "criticism", "remark", "comment")},
    **{w: {"SANCTION", "COERCE"} for w in ("sanction", "ban", "embargo", "expulsion")},
    **{w: {"THREATEN"} for w in ("threat", "warning")},
    **{w: {"COERCE"} for w in ("arrest", "detention", "seizure", "sentencing", "sentence", "crackdown", "raid")},
    **{w: {"ASSAULT"} for w in ("attack", "strike", "strikes", "killing", "execution", "invasion", "shelling",
                                "bombing", "assault", "incursion", "offensive")},
    **{w: {"MOBILIZE", "ASSAULT", "THREATEN"} for w in ("test", "launch", "deployment", "exercise", "drill")},
    **{w: set() for w in ("proposal", "offer", "plan", "initiative", "decision", "move", "measure", "step", "deal",
                          "agreement", "statement")},
}
OWN = {"his", "her", "its", "their", "our", "my"}
FINANCIAL_MARKETS = {"global", "world", "financial", "stock", "equity", "bond", "oil", "currency", "emerging",
                     "asian", "european", "international", "share", "credit", "money", "commodity"}
NOT_A_PLACE_AFTER_IN = {"wake", "violation", "breach", "response", "retaliation", "reprisal", "protest", "support",
                        "exchange", "defiance", "accordance", "line", "solidarity", "memory", "honour", "honor",
                        "favour", "favor", "return", "connection", "addition", "spite", "lieu", "pursuit"}
BORDER_NOUNS = BORDER_WORDS   # (location.py: a border is no place of its own)
BODY_NOUNS = {"bloc", "alliance", "union", "organisation", "organization", "community", "grouping", "league",
              "federation", "commonwealth"}  # what states join and leave
CHEMICAL_AGENTS = {"chlorine", "sarin", "chloropicrin", "mustard", "vx", "novichok", "phosgene", "tabun", "nerve",
                   "chemical"}
DISPUTE_NOUNS = {"standoff", "stand-off", "dispute", "row", "feud", "confrontation", "spat", "quarrel", "tension",
                 "tensions", "rift"}  # a quarrel whose "with" names the other side
ECONOMIC_AIMS = {"rate", "price", "tax", "cost", "spending", "borrowing", "interest", "inflation", "deficit",
                 "profit", "dividend", "wage", "salary"}
ECONOMIC_OUTCOMES = {"growth", "job", "jobs", "employment", "output", "prosperity", "recovery", "surplus", "budget"}
PLAN_NOUNS = {"plan", "measure", "package", "proposal", "bid", "initiative", "offer", "promise", "pledge",
              "commitment", "programme", "program", "scheme", "strategy", "intention", "readiness", "willingness",
              "agreement", "deal", "accord", "threat", "ultimatum", "vow"}  # (a decision to act is the act decided: not listed)
SIDELINES = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes"}
TRANSPORT_WORDS = {"rail", "railway", "railroad", "train", "air", "flight", "road", "bus", "ferry", "shipping", "sea",
                   "postal", "mail", "telephone", "transport", "trade", "cargo", "freight", "passenger"}
CEREMONY_WORDS = {"ceremony", "celebration", "reception", "banquet", "inauguration", "parade", "gala", "dinner"}
MOTION_PREPS = {"to", "into", "toward", "towards", "from"}  # "flew to Cairo", "crossed into Sudan"
MOTION_VERBS = {"fly", "travel", "go", "come", "cross", "move", "head", "return", "drive", "sail", "march", "advance",
                "flee", "retreat", "arrive", "leave", "depart", "walk", "ride", "rush", "withdraw", "push", "slip"}
ACCORDING = frozenset({"according"})
NEED_HAVE = frozenset({"need", "have"})
BORDER_PREPS = {"on", "along", "near", "at", "to", "across", "toward", "towards"}  # … a border: the country it names


def dative_objects(tok: Token) -> list[Token]:
    """The receiver a dative names: the word itself ("gave Iran aid"), or the object of a "to" that spaCy labels
    dative ("sent aid to Japan")."""
    if tok.pos_ == "ADP":
        return [g for g in tok.children if g.dep_ == "pobj"]
    return [tok]


# plurals that name the story's pair with "the two" or "both" ("the two sides agreed …")
PAIR_PLURALS = frozenset({"country", "nation", "state", "side", "government", "leader", "neighbour", "neighbor",
                        "capital", "ally", "rival", "foe", "adversary", "delegation", "president", "man",
                        "minister", "premier"})   # ("Hu met Lien Chan … The two men pledged to work together")


def first_person(tok: Token) -> bool:
    """"we", "us", "our", "I", "me": in a quote, the speaker's side ("US" is the United States, "World War I" no one)."""
    low = tok.lower_
    return (low in WE and not tok.text.isupper()) or (low in {"i", "me", "my", "mine"} and tok.pos_ == "PRON")


def verb_like(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB")


def noun_like(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} or tok.tag_.startswith("NN")

# "the World Cup", "the Asian Cup final", "the Davis Cup": a sports report
# "stormed past Kucera 6-3, 6-4, 6-3", "won 7-6 (7-4), 6-3", "in straight sets", "the U.S. Open": tennis
_SET_SCORES = re.compile(r"\b[0-7]-[0-7]\b(?: \(\d{1,2}-\d{1,2}\))?, [0-7]-[0-7]\b|\bin straight sets\b"
                         r"|\b(?:U\.S\.|US|French|Australian|Italian|Madrid|Miami|Dubai|Qatar|China|Japan) Open\b")
_CUP = re.compile(r"\b(?:World|Asian|Africa|African|America|Americas|Davis|Gold|FA|League|Euro|Confederations|Nations|Ryder|Stanley|Federation) Cup\b")


# verbs that carry a person somewhere ("sent the suspect to the United States to stand trial")
CARRY_VERBS = frozenset({"send", "fly", "take", "bring", "transfer", "return", "airlift", "escort", "deliver", "ship"})
# the weapons of a chemical attack ("attacked Halabja with chemical weapons", "with poison gas")
CHEMICAL_WORDS = frozenset({"chemical", "poison", "nerve", "sarin", "mustard", "chlorine", "tabun", "vx", "biological"})
# the unarmed a massacre kills ("killed hundreds of Tutsi refugees"; not "killed 300 rebels", nor "thousands of
# Iranians" in a battle)
CIVILIAN_VICTIMS = frozenset({"civilian", "people", "villager", "refugee", "resident", "worshipper", "worshiper", "mourner",
                              "man", "woman", "child", "inhabitant", "person", "farmer", "family", "pilgrim", "student",
                              "prisoner", "detainee", "tutsi", "tutsis", "hutu", "hutus", "muslim", "kurd", "christian",
                              "shiite", "sunni", "hindu", "sikh", "peasant", "protester", "demonstrator", "tribesman"})
# the pacts a signing names ("signed a peace agreement in Paris")
PACT_NOUNS = frozenset(AGREEMENT_DOCS | {"memorandum", "declaration", "charter", "ceasefire", "truce", "armistice",
                                          "communique", "framework"})
# what forces are let use ("let U.S. troops use its air base")
BASING_WORDS = frozenset({"base", "airbase", "airfield", "airspace", "territory", "port", "facility", "runway",
                          "airport", "soil", "harbour", "harbor", "bases", "airstrip"})
# what a person is carried somewhere to face ("to face trial", "to face terrorism charges", "to answer charges")
TRIAL_WORDS = frozenset({"trial", "charge", "justice", "prosecution", "accusation", "indictment", "sentence", "court"})


@dataclass
class Match:
    tok: Token
    trigger: Trigger

    @property
    def code(self) -> str:
        return self.trigger.cameo


@dataclass
class Side:
    actors: list[Actor]
    rule: str
    tokens: list[Token] = field(default_factory=list)
    coref: bool = False


@dataclass
class Remembered:
    sentence: int
    actor: Actor
    person: bool
    media: bool
    position: int = 0  # token index of the mention
    place: bool = False  # named as the place of something ("met in Havana"): no antecedent of "they" or "he"
    role: str = ""  # the office of a leader of the tables, lower case ("king", "prime minister")


class DocumentCoder:
    """Codes the events of one parsed document."""

    def __init__(self, doc: Doc, doc_id: str, published: date | None, lexicon: Lexicon | None = None):
        self.doc = doc
        self.doc_id = doc_id
        self.published = published
        self.lex = lexicon or load_lexicon()
        self.resolver = Resolver(doc, when=published)
        self.memory: list[Remembered] = []
        self.reference: dates_mod.TimeRef | None = None
        self.sent_index = 0
        # named periods that name a noun ("World War Two reparations"): they date that noun only
        self._naming_periods: set[int] = set()
        # the pair of actors the story is about, for "the two countries", "their relationship", "bilateral"
        self.dyad: list[Actor] = []
        # the events of the sentences coded so far: "Addis Ababa rejected the demand" answers the demand before
        self.past_events: list[Event] = []
        # the last word of each person's name in the text, by its form: "Baerbock" after "Annalena Baerbock"
        self._person_heads: dict[str, list[int]] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and doc[ent.end - 1].dep_ != "compound":
                self._person_heads.setdefault(doc[ent.end - 1].text, []).append(ent.end - 1)
        # entities and mentions by sentence, found once: scanning the whole document for each sentence
        # would make long articles quadratic
        self.sent_starts = [s.start for s in sentences(doc)]
        self.ents_by_sent: dict[int, list[Span]] = {}
        self.ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            self.ents_by_sent.setdefault(self._sent_of(ent.start), []).append(ent)
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.mentions_by_sent: dict[int, list] = {}
        for m in self.resolver.mentions:
            self.mentions_by_sent.setdefault(self._sent_of(m.start), []).append(m)
        # every token's form and lemma in lower case, read once from arrays: the sentence rules look for a few
        # words each, and making a Token object of every word for every rule was a fifth of the coder's time
        from spacy.attrs import LEMMA, LOWER

        strings = doc.vocab.strings
        rows = doc.to_array([LOWER, LEMMA]).tolist() if len(doc) else []
        self.lowers = [strings[lo] for lo, _ in rows]
        self.lemmas = [strings[le].lower() for _, le in rows]
        self.text = doc_text(doc)
        self._children: dict[int, tuple[Token, ...]] = {}
        self._sports_story: dict[int, bool] | None = None
        self._story: dict[int, dict[str, int]] | None = None   # countries named, by sentence (_story_country)
        self._parties: dict[int, dict[str, tuple[Actor, bool, bool, set[int]]]] = {}   # by sentence (_parties_named)
        self._story_total: dict[str, int] = {}

    def _relative_of(self, tok: Token, nouns: set[str]) -> bool:
        """Is tok the verb of a relative clause (also one reported inside it) on one of these nouns, with no
        object of its own: "a target he says he has now met"?"""
        if any(c.dep_ in OBJ for c in self._kids(tok)):
            return False
        cur = tok
        for _ in range(3):
            if cur.dep_ == "relcl":
                return noun_like(cur.head) and cur.head.lemma_.lower() in nouns
            if cur.dep_ not in {"ccomp", "xcomp"} or cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    def _kids(self, tok: Token) -> tuple[Token, ...]:
        """``tok.children``, kept for the document: spaCy makes a new Token object of every child each time it is
        asked, and the rules ask for the same tokens' children again and again (a third of the coder's time)."""
        kids = self._children.get(tok.i)
        if kids is None:
            kids = self._children[tok.i] = tuple(tok.children)
        return kids

    def _text(self, span: Span) -> str:
        """``span.text``, cut from the document's text (spaCy joins a Token object's text for every word)."""
        return self.text[span.start_char:span.end_char] if len(span) else ""

    def _with_words(self, sent: Span, words: frozenset[str]) -> list[Token]:
        """The tokens of a sentence whose form or lemma (lower case) is one of `words`, in order."""
        lowers, lemmas, doc = self.lowers, self.lemmas, self.doc
        return [doc[i] for i in range(sent.start, sent.end) if lowers[i] in words or lemmas[i] in words]

    def _sent_of(self, i: int) -> int:
        from bisect import bisect_right

        return self.sent_starts[bisect_right(self.sent_starts, i) - 1] if self.sent_starts else 0

    # -- lexicon matching ------------------------------------------------------------------------------

    def _name_word(self, tok: Token) -> bool:
        """Is this capitalised noun the head word of a name with an "of" or "for" phrase of capitalised words (a party, a
        programme, a movement: "Rally of the Republicans", "Partnership for Peace", "Movement for Democratic Change")?"""
        if tok.tag_ not in {"NNP", "NNPS"} or not tok.text[:1].isupper() or tok.text.isupper():
            return False
        nxt = [t for t in self.doc[tok.i + 1:tok.i + 4]]
        if len(nxt) < 2 or nxt[0].lower_ not in {"for", "of"}:
            return False
        word = nxt[2] if nxt[1].lower_ == "the" and len(nxt) > 2 else nxt[1]
        return word.text[:1].isupper() and word.pos_ in {"PROPN", "NOUN", "ADJ"} and not word.is_sent_start

    def _fired_into_sea(self, tok: Token) -> bool:
        """Is the verb a launch "into" or "in" the sea, with no "at"/"on" aim of its own?"""
        kids = list(self._kids(tok))
        return any(c.dep_ == "prep" and c.lower_ in {"into", "in"} and any(
            g.dep_ == "pobj" and g.lemma_.lower() in {"sea", "ocean", "water", "waters"} for g in self._kids(c))
                   for c in kids) and not any(
            c.dep_ == "prep" and c.lower_ in {"at", "on", "toward", "towards"} and any(
                g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in self._kids(c)) for c in kids)

    def match(self, tok: Token) -> Trigger | None:
        """The most specific lexicon row whose head, particle, preposition and object fit this token."""
        lower, lemma = tok.lower_, tok.lemma_.lower()
        if lemma in {"fire", "launch"} and ((test_prefixed(tok) and self.doc[tok.i - 2].head.i == tok.i)
                                            or self._fired_into_sea(tok)):
            # "test-fired missiles into waters off Taiwan": a test (150), no attack (else the verb's own rows:
            # "test-fired a salvo of missiles"); so is a missile fired into the sea ("North Korea fired a short-range
            # missile into the Sea of Japan")
            tested = next((t for t in self.lex.candidates("VERB", "test") if self._fits(tok, t)), None)
            if tested is not None:
                return tested
        if lemma == "expel" and verb_like(tok) and self._expels_a_member(tok):
            # "Malaysia's ruling UMNO party expelled former deputy prime minister Anwar Ibrahim", "expelled three
            # dissident lawmakers from its ranks": a member put out of a party or a body cuts ties (160), no one is
            # deported (174)
            return made_row("160", lemma, "member expelled from a party")
        if lemma in {"close", "shut", "seal"} and verb_like(tok) and self._ports_of_a_state(tok):
            # "The Saudi-led coalition closed all of Yemen's air, sea and land ports": another state's ports closed are
            # blockaded (191); a state that closes its own ports to another's ships bars trade (163, the lexicon's row)
            return made_row("191", lemma, "ports of a state closed")
        if lemma == "mass" and verb_like(tok) and tok.dep_ != "acl" and self._angry_crowd(tok, ANGRY_WORDS - {"demand"}):
            # "Hundreds of thousands of Kashmiris massed in Srinagar, chanting pro-independence slogans": a crowd
            # that masses and chants demonstrates (forces that mass mobilise: the lexicon's rows)
            return made_row("141", lemma, "crowd massed in protest")
        if lemma == "converge" and verb_like(tok) and any(
                c.dep_ in SUBJ and (self.lex.is_("deployed", c.lemma_.lower())
                                    or any(self.lex.is_("deployed", x.lemma_.lower()) for x in c.conjuncts))
                for c in self._kids(tok)):
            # "Greek and Turkish warships converged on a pair of disputed islets": forces that converge are massed (154)
            return made_row("154", lemma, "forces converged")
        if lemma in {"throng", "jam", "pack", "flood", "converge"} and verb_like(tok) and tok.dep_ != "acl" \
                and self._angry_crowd(tok):
            # "Tens of thousands of Filipinos thronged the EDSA shrine demanding Estrada's resignation", "Puerto Ricans
            # jammed a major expressway, demanding the governor's resignation": a crowd that fills a place and demands
            # demonstrates
            return made_row("141", lemma, "crowd thronged in protest")
        if lemma == "declare" and verb_like(tok) and any(t.lower_ == "grata" for t in tok.subtree):
            # "Serbia declared the ambassadors of Montenegro and Macedonia persona non grata": the small model may hang
            # the phrase inside the object; the diplomats are expelled all the same (the lexicon's "declare persona" row)
            return made_row("161", lemma, "declared persona non grata")
        if lemma in {"restore", "resume", "reestablish", "establish", "open", "reopen"} and verb_like(tok) and any(
                c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in {"link", "connection", "service", "route"}
                and any(m.dep_ in {"compound", "amod"} and m.lemma_.lower() in TRANSPORT_WORDS for m in self._kids(c))
                for c in self._kids(tok)):
            # "India and Pakistan restored the Samjhauta Express rail link": transport between two states is economic
            # cooperation (061), not restored relations
            return made_row("061", lemma, "transport link restored")
        if lemma in {"set", "burn", "douse"} and verb_like(tok) and any(
                c.dep_ == "dobj" and c.lower_ in {"himself", "herself", "themselves"} for c in self._kids(tok)):
            # "Jan Palach set himself on fire in Wenceslas Square in protest against the occupation": self-immolation
            # is a protest, no arson
            return made_row("140", lemma, "set himself on fire in protest")
        if lemma in {"put", "place"} and verb_like(tok) and self._put_on_hold(tok):
            # "Norway put its role as peace broker in Sri Lanka on hold", "put the talks on ice": suspended, as by
            # "suspend" (its rows say what the thing suspended is)
            held = next((t for t in self.lex.candidates("VERB", "suspend") if t.objects and self._fits(tok, t)), None)
            if held is not None:
                return held
        heads = self.lex.heads
        doubled = undoubled(lower)   # ("unbanned", "readmitted": spaCy's rules give "unbanne", "readmitte")
        if lower not in heads and lemma not in heads and lower[:-1] not in heads and doubled not in heads:
            return None   # most words head no row: the checks below would find nothing
        if verb_like(tok):
            pos = "VERB"
        elif noun_like(tok):
            pos = "NOUN"
        elif tok.pos_ == "ADJ":
            pos = "ADJ"
        else:
            return None
        if tok.ent_type_ == "EVENT" or (pos == "NOUN" and tok.text[:1].isupper() and tok.lower_ == "war"):
            return None  # "the Second World War", "the Korean War": a named period, not an event
        if (tok.tag_ == "VBN" and tok.dep_ in OBJ | {"pobj", "nsubj"} and tok.i > 0 and self.doc[tok.i - 1].lower_ == "the"
                and not any(c.dep_ in OBJ | {"agent", "auxpass"} for c in self._kids(tok))):
            return None  # "to help the wounded in Timisoara", "evacuated the injured": the people, no act
        if (pos == "VERB" and lemma == "end" and tok.tag_ == "VBG" and tok.dep_ in {"advcl", "acl"}
                and tok.head.lemma_.lower() in {"sign", "ratify", "conclude", "agree", "initial", "reach", "seal"}):
            return None  # "signed a peace agreement in Algiers formally ending their border war": what the pact does
        if pos == "VERB" and lemma in {"allow", "let", "permit"} and self._lets_forces_use_base(tok):
            # "Uzbekistan let U.S. troops use its Khanabad air base", "Kyrgyzstan allowed American forces to use Manas
            # air base": basing rights given are military cooperation (062), aimed at the forces' state
            return made_row("062", lemma, "let forces use a base")
        if pos == "VERB" and lemma in CARRY_VERBS and self._to_face_trial(tok):
            # "Colombia sent a former paramilitary commander to the United States to stand trial", "Thai authorities
            # flew Viktor Bout to the United States to face terrorism charges": a person carried to be tried is
            # handed over (judicial cooperation, as "extradited")
            return made_row("063", lemma, "carried to face trial")
        if pos == "NOUN" and self._name_word(tok):
            return None  # "the alliance's Partnership for Peace programme", "Ouattara's Rally of the Republicans": a name
        if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "since" and tok.head.dep_ == "prep":
            return None  # "reopened the pass for the first time since their 1962 war": a time named by a past event
        # (a "first … since" or "largest … since" names a time: "the first such visit since the two countries fought a
        # border war in 1979", "the largest since China and Japan normalised ties in 1972",
        # "their first round of talks since fighting flared"; but "trade has dropped since Eritrea closed its embassy
        # last month" tells the closure)
        if ((tok.dep_ in {"pcomp", "pobj"} and tok.head.lower_ == "since" and tok.tag_ == "VBG")
                or (pos == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VBD"
                    and any(c.dep_ == "mark" and c.lower_ == "since" for c in self._kids(tok)))) and any(
                t.lower_ == "first" or t.tag_ == "JJS" for t in tok.sent if t.i < tok.i):
            return None
        if (pos == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "without"
                and not self.lex.is_("light", lemma)):
            return None  # "captured the cartel leader without firing a shot": none was fired ("without reaching
            # agreement" is read by the light verb's own rule)
        if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "without":
            return None  # "the talks ended without agreement", "took the town without a fight": none was had
        if (pos == "VERB" and tok.dep_ in {"relcl", "acl"} and lemma in PLEDGE_VERBS
                and (noun_like(tok.head) or tok.head.pos_ in {"ADJ", "NUM"})
                and tok.head.dep_ not in {"nsubj", "nsubjpass", "appos"}
                and any(c.dep_ in {"nsubj", "agent"} for c in self._kids(tok))
                and not any(c.dep_ == "mark" or (c.dep_ == "prep" and c.i < tok.i) for c in self._kids(tok))
                and self.resolver.mention_at(tok.head.i) is None):
            return None  # "the first of 150,000 tonnes Seoul has promised to send", "part of the support it pledged to
            # Cairo last month": the pledge the thing delivered was promised under, told as its description (but
            # "an understanding under which both sides pledged not to fire", "reports that Iran has offered to halt
            # attacks" and "the US administration, which vows to keep its troops" tell the pledge)
        if (pos == "NOUN" and tok.dep_ in {"pobj", "conj"} and any(
                a.dep_ == "prep" and a.lower_ in {"for", "of"} and (
                    a.head.lemma_.lower() == "responsible" or (a.head.lower_ == "charge" and a.head.head.lower_ == "in"))
                for a in tok.ancestors)):
            return None  # "officials responsible for joint operations", "the minister in charge of talks": a remit
        if lemma == "oppose" and (tok.dep_ in {"acl", "amod"} and noun_like(tok.head) or (
                tok.tag_ in {"VBN", "VBD"} and any(c.dep_ == "prep" and c.lower_ == "to" for c in self._kids(tok))
                and not any(c.dep_ in OBJ for c in self._kids(tok))
                and not any(c.dep_ in {"aux", "auxpass"} for c in self._kids(tok))
                and any(c.dep_ in {"conj", "advcl", "ccomp"} and verb_like(c) and c.tag_ == "VBD" and c.i > tok.i
                        and not any(g.dep_ in SUBJ or g.dep_ == "mark" for g in self._kids(c))
                        for c in self._kids(tok)))):
            # "protesters opposed to a copper mine (blocked the road)": who they are, not an act (spaCy may read the
            # participle as the main verb and the real one as joined to it)
            return None
        if tok.tag_ == "NNP" and tok.lower_ in MONTH_NAMES:
            return None  # "a strong quake on March 26": the month, not a march
        if pos == "NOUN" and self._unreal_noun(tok):
            return None  # "a possible meeting between Cyprus and Turkey", "the proposed summit": not held
        if pos == "NOUN" and self.lex.is_("war", lemma) and any(
                c.dep_ in {"compound", "amod"} and self.lex.is_("figurative_war", c.lemma_.lower()) for c in self._kids(tok)):
            return None  # "the US-China trade war", "a price war": no fighting
        if (pos == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in CONSEQUENCE_VERBS
                and any(a.dep_ == "aux" and a.lower_ in {"could", "might", "may"} for a in self._kids(tok.head))):
            return None  # "sanctions could hurt the economy": what the act would do, not an act
        if pos == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ == "det" and (c.lower_ == "any" or (
                    c.lower_ in {"a", "an"} and tok.head.lemma_.lower() in CONSEQUENCE_VERBS and any(
                        a.dep_ == "aux" and a.lower_ in {"would", "could", "might"} for a in self._kids(tok.head))))
                for c in self._kids(tok)):
            return None  # "any attack on Lebanon would be met with …", "a war over Taiwan would cost …": supposed
        if (pos == "NOUN" and tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in PREVENTING | PUT_OFF) or (
                pos == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "from"
                and tok.head.head.lemma_.lower() in PREVENTING):
            return None  # "prevented attacks on Britain", "averted a clash", "prevent Iran from attacking": none took place
        threatened_act = False
        if (pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in {"of", "for"}
                and self.lex.is_("prospect", tok.head.head.lemma_.lower()) and noun_like(tok.head.head)):
            prospect = tok.head.head
            if not (tok.head.lower_ == "of" and prospect.dep_ in {"dobj", "obj"} and prospect.lemma_.lower() in {
                    "threat", "spectre", "specter", "prospect", "possibility"} and prospect.head.lemma_.lower() in {"raise", "brandish"}
                    and lemma != "war"):
                return None  # "the prospects of a deal", "the venue for next year's summit": an act that has not happened
            threatened_act = True  # ("raised the spectre of a naval blockade": a hostile act held out as a threat)
        if (pos == "NOUN" and tok.dep_ in {"dobj", "dative", "iobj"} and tok.head.lemma_.lower() in AUDIENCE_VERBS
                and (any(c.dep_ == "ccomp" for c in self._kids(tok.head)) or any(
                    c.dep_ == "relcl" and any(g.lower_ == "that" for g in self._kids(c))
                    and any(g.dep_ in SUBJ and g.lower_ != "that" for g in self._kids(c)) for c in self._kids(tok)))):
            return None  # "told a meeting of his party that …": the audience of a statement, not a meeting held
        lemmas = {lemma, lower} | ({doubled} if doubled and pos == "VERB" else set())
        best: Trigger | None = None
        for form in lemmas:
            for t in self.lex.candidates(pos, form):
                if self._fits(tok, t) and (best is None or t.specificity > best.specificity):
                    best = t
        if best is None and pos == "NOUN" and lower.endswith("s"):
            for t in self.lex.candidates(pos, lower[:-1]):
                if self._fits(tok, t) and (best is None or t.specificity > best.specificity):
                    best = t
        if best is None and pos == "NOUN" and tok.dep_ != "compound":
            verb = self.lex.nominalizations.get(lemma)
            objs = self._of_chain(tok) if verb else []
            if lemma == "end" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ENDING_DECLARED_BY:
                # "announced the end of martial law", "ordered an end to the censorship of newspapers": the ending
                # declared (not "at the end of the talks", a time)
                verb = "end"
                objs = [x for p in self._kids(tok) if p.dep_ == "prep" and p.lower_ in {"of", "to"}
                        for g in self._kids(p) if g.dep_ == "pobj" for x in (g, *g.conjuncts, *self._of_chain(g))]
            # "delivery of an air defence system": a general head noun's modifier names the thing
            objs += [c for o in objs if self.lex.is_("generic_object", o.lemma_.lower())
                     for c in self._kids(o) if c.dep_ in {"compound", "nmod", "amod"}]
            # ("the revocation of emergency rule": the compound names what is revoked)
            objs += [c for o in list(objs) for c in self._kids(o) if c.dep_ == "compound" and c.pos_ == "NOUN"]
            if verb and not objs and self.lex.candidates("NOUN", lemma):
                verb = None  # "the Marines' initial release was false": the noun's own rows (release of …) did not fit
            if verb:
                for t in self.lex.candidates("VERB", verb):
                    if t.particle or t.prep or t.frame:
                        continue
                    if t.objects and not any(self._lemma_in(o, t.objects) for o in objs):
                        continue
                    if best is None or t.specificity > best.specificity:
                        best = t
                if best is not None:
                    best = Trigger(cameo=best.cameo, pos="NOUN", lemma=tok.lemma_.lower(), modifiers=(),
                                   particle="", prep="", objects=best.objects, frame="",
                                   example=f"nominal of {verb}")
        if threatened_act and best is not None and best.cameo[:2] not in HELD_OUT_ROOTS:
            return None  # "raised the prospect of talks": no threat, and no talks held
        return best

    def _mass_violence(self, tok: Token) -> str | None:
        """Unconventional mass violence told by an ordinary verb of attack: "attacked the town of Halabja with chemical
        weapons" (2041), "killed thousands of Tutsi civilians" (202: non-combatants killed by the hundred or more)."""
        for p in self._kids(tok):
            if p.dep_ == "prep" and p.lower_ == "with":
                for g in self._kids(p):
                    words = {g.lemma_.lower()} | {c.lemma_.lower() for c in self._kids(g) if c.dep_ in {"amod", "compound"}}
                    if g.dep_ == "pobj" and words & CHEMICAL_WORDS:
                        return "2041"
        if tok.lemma_.lower() not in {"kill", "murder", "execute", "butcher", "gun", "massacre", "slaughter", "mow"}:
            return None
        for o in self._kids(tok):
            if o.dep_ not in OBJ:
                continue
            count, victims = o, o
            if o.lemma_.lower() in {"hundred", "thousand", "ten"} or o.like_num:
                # ("hundreds of Tutsi refugees sheltering in a church": spaCy may make the participle the "of" object)
                victims = next((x for p in self._kids(o) if p.dep_ == "prep" and p.lower_ == "of"
                                for g in self._kids(p) if g.dep_ in {"pobj", "pcomp"}
                                for x in ([g] if g.dep_ == "pobj" else [k for k in self._kids(g) if k.dep_ in SUBJ])), o)
            else:
                count = next((c for c in self._kids(o) if c.dep_ == "nummod"), None)
            if count is None or victims.lemma_.lower() not in CIVILIAN_VICTIMS:
                continue
            word = count.lower_.replace(",", "")
            if word in {"hundreds", "thousands"} or (word.isdigit() and int(word) >= 100):
                return "202"
        return None

    def _lets_forces_use_base(self, tok: Token) -> bool:
        """Whether a verb of letting lets forces use a base, an airfield, airspace or territory."""
        for use in self._kids(tok):
            if use.dep_ not in {"xcomp", "ccomp"} or use.lemma_.lower() != "use" or use.i < tok.i:
                continue
            users = [c for c in self._kids(use) if c.dep_ in SUBJ] + [c for c in self._kids(tok) if c.dep_ in OBJ]
            if any(self.lex.is_("deployed", u.lemma_.lower()) or u.lemma_.lower() in {"military", "army", "navy"}
                   for u in users) and any(c.dep_ in OBJ and c.lemma_.lower() in BASING_WORDS for c in self._kids(use)):
                return True
        return False

    def _to_face_trial(self, tok: Token) -> bool:
        """Whether a verb's purpose is a trial: "to stand trial", "to face charges", "to be tried"; or its
        destination a court: "flew Radovan Karadzic to the U.N. war crimes tribunal in The Hague"."""
        if any(c.dep_ in OBJ and c.ent_type_ == "PERSON" for c in self._kids(tok)) and any(
                g.dep_ == "pobj" and g.lemma_.lower() in {"tribunal", "court"}
                for p in self._kids(tok) if p.dep_ == "prep" and p.lower_ == "to" for g in self._kids(p)):
            return True
        for c in self._kids(tok):
            if c.dep_ not in {"advcl", "xcomp"} or c.i < tok.i or not any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c)):
                continue
            lemma = c.lemma_.lower()
            if lemma == "try" and any(a.dep_ == "auxpass" for a in self._kids(c)):
                return True
            if lemma in {"face", "stand", "answer"} and any(
                    g.lemma_.lower() in TRIAL_WORDS for g in self._kids(c) if g.dep_ in {"dobj", "npadvmod", "pobj"}) or any(
                    g.lemma_.lower() in TRIAL_WORDS for p in self._kids(c) if p.dep_ == "prep"
                    for g in self._kids(p) if g.dep_ == "pobj"):
                return True
        return False

    def _of_chain(self, tok: Token, depth: int = 3) -> list[Token]:
        """The objects of a nominalisation: 'expansion of the scope of their relationship'."""
        out = []
        cur = tok
        for _ in range(depth):
            nxt = None
            for c in self._kids(cur):
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in self._kids(c):
                        if g.dep_ == "pobj":
                            nxt = g
            if nxt is None:
                break
            out.append(nxt)
            out += list(nxt.conjuncts)
            cur = nxt
        return out

    def _fits(self, tok: Token, t: Trigger) -> bool:
        """Does this token carry the row's particle, preposition, object or modifier?

        Conventions of triggers.tsv: a particle may be parsed as prt, advmod or prep; a preposition may hang
        on the head or on its particle ("pulled out of"); with a preposition, `object` names that
        preposition's object ("appealed for aid"); on NOUN rows `object` names a modifier ("air strike"),
        and `prep` an "of" phrase ("state of emergency").
        """
        kids = list(self._kids(tok))
        if t.pos == "VERB" and t.lemma == "close" and t.cameo == "172" and any(
                c.dep_ in OBJ and (any(m.dep_ == "compound" and m.lemma_.lower() in {"trade", "liaison", "interest"}
                                       for m in self._kids(c))
                                   or any(m.dep_ == "poss" and self._names_a_state(m) for m in self._kids(c)))
                for c in kids):
            return False  # "Oman closed Israel's trade office in Muscat": a state's mission closed cuts ties (161), no
            # repression ("closed the offices of Suu Kyi's party")
        if t.pos == "NOUN" and t.lemma == "patrol" and t.cameo == "150" and not (
                tok.dep_ == "dobj" and verb_like(tok.head) and tok.head.lemma_.lower() not in {"take", "ambush", "attack"}):
            return False  # "resumed long-range bomber patrols", "ordered patrols by police"; not "a patrol was ambushed"
        if t.pos == "VERB" and t.lemma == "resolve" and t.frame == "intent" and not any(
                c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c)) for c in kids):
            return False  # "resolved to set up a hotline" promises; "resolved their power struggle" settles
        if t.pos == "VERB" and t.lemma == "put" and t.cameo == "057" and not any(
                c.dep_ in OBJ and c.lemma_.lower() in {"signature", "name", "seal"} for c in kids):
            return False  # "put their signatures to a peace agreement" signs it; "put an end to the accord" does not
        if t.pos == "VERB" and t.cameo == "063" and any(
                c.dep_ in OBJ and (any(a.dep_ == "amod" and a.lower_ in CAPTIVE_WORDS for a in self._kids(c))
                                   or c.lemma_.lower() in {"prisoner", "hostage", "captive", "pow"})
                and {x.lemma_.lower() for x in (c, *c.conjuncts)} <= CAPTIVE_NOUNS | {"pow"} for c in kids):
            return False  # "turned over 240 captured soldiers to the Red Cross", "handed over the first 116 American
            # prisoners of war": captives freed, no suspects handed over
        if t.pos == "VERB" and t.cameo[:2] in {"18", "19"} and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(
                    g.dep_ == "pobj" and self.lex.is_("barrage_of_words", g.lemma_.lower()) for g in self._kids(c))
                for c in kids):
            return False  # "bombarded the minister with questions", "people bombarded with pop-up ads": words, no fire
        if t.pos == "VERB" and t.cameo[:2] in {"18", "19"} and tok.lemma_.lower() in {"shoot", "film"} and any(
                self.lex.is_("filmed", x.lemma_.lower())
                for x in [*(c for c in kids if c.dep_ in {"nsubjpass", "dobj", "nsubj"}), *([tok.head] if tok.dep_ == "acl" else []),
                          # ("a film version of Bizet's opera Carmen shot in Cape Town": the noun the title is "of")
                          *(a for a in (tok.head.ancestors if tok.dep_ == "acl" else ()) if noun_like(a))][:6]):
            return False  # "a film version shot in Cape Town", "footage was shot in Morocco": filming
        if t.pos == "VERB" and t.cameo == "111" and tok.lemma_.lower() == "brand" and any(
                c.dep_ in {"nsubjpass", "auxpass"} for c in kids):
            return False  # "must first be branded the aggressor": a name to be given, not an accusation made
        if t.pos == "VERB" and tok.lemma_.lower() == "rally" and t.cameo in {"141", "113"} and not t.objects and (
                any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in (RALLIED if t.cameo == "113" else RALLIED | {
                    "support", "backing", "opposition", "resistance"}) for c in kids) != (t.cameo == "113")):
            return False  # "Washington rallied European allies against Iran" rallies others (113), no rally held;
            # "Thousands rallied against the government" (141) has no object
        if t.pos == "NOUN" and t.cameo.startswith("04") and tok.lower_ == "talk" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in kids):
            return False  # "China's menacing talk of a naval blockade", "talk of expelling …": speech about an act,
            # no negotiations ("talks")
        if t.pos == "VERB" and t.cameo == "144" and tok.lemma_.lower() == "occupy" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ARMED_OCCUPIERS for c in kids):
            return False  # "a column of Russian troops occupied Pristina airport": an armed seizure (192), no sit-in
        if t.pos == "VERB" and t.cameo == "144" and tok.lemma_.lower() == "occupy" and any(
                c.dep_ == "nsubj" and any(a.dep_ == "amod" and a.lower_ in {"armed", "masked"} for a in self._kids(c))
                for c in kids):
            return False  # "armed men in unmarked uniforms occupied the regional parliament"
        if t.pos == "VERB" and t.cameo == "0841" and tok.lemma_.lower() == "end" and tok.tag_ == "VBG" \
                and tok.dep_ in {"advcl", "xcomp", "conj"}:
            return False  # "Sudan will release all political prisoners, …, ending months of detentions": the release
            # told before is the act (and may be still to come); the participle names its result
        if t.pos == "VERB" and t.cameo == "165" and "role" in t.objects and not self._role_as_go_between(tok):
            return False  # "suspended its role as peace facilitator" (165); not "ended its role in the coalition"
        if t.pos == "VERB" and t.cameo == "0874" and tok.lemma_.lower() == "leave" and tok.tag_ in {"VB", "VBP"} and any(
                any(c.dep_ in OBJ and c.lemma_.lower() in DEMAND_WORDS for c in self._kids(a))
                for a in tok.ancestors):   # (a demand verb's own clause is read by the request frame: 1056)
            return False  # "renewed its demand that Eritrean troops leave the disputed town": demanded, not done
        if t.pos == "VERB" and t.lemma == "train" and t.objects and not any(
                c.dep_ in OBJ | {"nsubjpass", "agent"} for c in kids):
            return False  # "with up to 4,000 British troops training there annually": the troops train, no one is
            # trained by them
        if t.pos == "VERB" and t.lemma == "close" and t.cameo == "163" and "port" in t.objects and (
                self._ports_of_a_state(tok)):
            return False  # ("closed all of Yemen's ports": a blockade, made in match)
        if t.cameo == "112" and t.lemma in BLAME_WORDS and not self._blamed_for_harm(tok):
            return False  # (only "… said Georgia bore full responsibility for the bloodshed": below)
        if t.pos == "VERB" and t.cameo == "163" and tok.lemma_.lower() == "sanction" and any(
                c.dep_ in {"dobj", "obj", "nsubjpass"} and c.lemma_.lower() in APPROVED_THINGS for c in kids):
            return False  # "their use has only been sanctioned for monitoring traffic", "sanctioned the use of force":
            # a thing approved, no one penalised
        if t.pos == "VERB" and t.cameo == "042" and t.lemma == "fly" and any(c.dep_ in {"dobj", "obj"} for c in kids):
            return False  # "French agents flew him to Paris", "Cuba flew doctors to Honduras": carried there, no visit
        if t.pos == "VERB" and t.cameo == "051" and any(
                c.dep_ in {"dobj", "obj"} and (c.lemma_.lower() in MONEY_WORDS or c.lower_ in CURRENCY_WORDS)
                for c in kids):
            return False  # "gave Sierra Leone 25 million pounds in budget support": money given (071), not backing
        if t.pos == "VERB" and t.cameo == "072" and t.lemma in {"send", "dispatch", "move", "rush"} and any(
                x.lemma_.lower() in TROOP_WORDS for c in kids if c.dep_ in {"dobj", "obj"} for x in [c, *c.conjuncts]):
            return False  # "sent troops and tanks into the buffer zone": forces deployed (154), no weapons given
        if t.pos == "VERB" and t.cameo[:2] in {"18", "19"} and any(
                c.dep_ in {"dobj", "obj", "nsubjpass"} and c.lemma_.lower() == "strike" and any(
                    m.dep_ in {"compound", "amod"} and m.lemma_.lower() in LABOUR_STRIKES for m in self._kids(c))
                for c in kids):
            return False  # "a hunger strike was launched by Kurdish prisoners", "launched a general strike": no attack
        if t.pos == "NOUN" and t.cameo == "0841" and t.prep == "from" and not any(
                c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in kids):
            return False  # "after his release from prison": how one came to be free, told in passing; "Mandela's
            # release from prison by the South African government" names who released him
        if t.pos == "VERB" and t.cameo == "164" and t.lemma in {"end", "conclude", "wrap", "complete", "finish"} and any(
                c.dep_ in {"dobj", "obj"} and self.lex.is_("quantity", c.lemma_.lower()) and c.lemma_.lower() not in {
                    "all", "any", "some", "most", "part"}
                and not any(x.dep_ == "prep" and x.lower_ == "with" for x in c.subtree) for c in kids):
            return False  # "the foreign secretaries ended three days of talks without agreement": the talks were held,
            # none broken off (but "ended three years of peace talks with the FARC" breaks them off)
        if t.pos == "VERB" and t.lemma == "vote" and t.frame == "intent" and not any(
                c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c))
                for c in kids):
            return False  # "everyone who wanted to vote", "Parliament voted on Tuesday": no act voted
        if t.pos == "VERB" and t.cameo == "141" and t.lemma == "pour" and any(c.dep_ in {"dobj", "obj"} for c in kids):
            return False  # "authorities poured thousands of armed police into the streets": forces sent, no march
        if t.pos == "VERB" and t.cameo == "1663" and t.lemma in EXPEL_VERBS | {"force"} and not any(
                self._lemma_in(o, t.objects - {"worker", "staff", "team", "employee"})
                or any(m.dep_ in {"amod", "compound", "nmod"} and m.lemma_.lower() in AID_WORKER_MARKS
                       for m in self._kids(o)) for o in self._objects(tok, "VERB")):
            return False  # "Libya began expelling thousands of Palestinian workers": no aid workers (174 then)
        if t.pos == "VERB" and t.cameo == "181" and tok.lemma_.lower() == "capture" and tok.dep_ == "acl":
            return False  # "freed 12 soldiers captured in fighting": how the freed came to be held, told in passing
        if (t.pos == "VERB" and t.cameo[:2] in {"17", "18"} and tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBD"}
                and tok.head.dep_ in {"nsubjpass", "dobj", "obj"} and tok.head.head.lemma_.lower() in RELEASE_VERBS):
            return False  # "Eight Turkish workers kidnapped in Libya last month were released by a militia": how the
            # freed came to be held, told in passing
        if t.pos == "VERB" and t.cameo == "063" and tok.lemma_.lower() == "surrender" and not any(
                c.dep_ in {"dobj", "nsubjpass"} for c in kids):
            return False  # "rebel commanders surrendered to the army" yield; "was surrendered to the police" is handed over
        if t.pos == "VERB" and t.cameo == "190" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
                g.dep_ == "pobj" and any(self.lex.is_("condemnatory", x.lemma_.lower()) for x in (g, *self._kids(g)))
                for g in self._kids(c)) for c in kids):
            return False  # "the trilogy has been attacked by teachers as blasphemy": attacked in words
        if t.pos == "VERB" and tok.lemma_.lower() == "take" and t.cameo[:2] in {"19", "17"} and t.prep != "off" and any(
                c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "off" for c in kids):
            return False  # "HDTV is finally taking off in the US": catching on, no territory taken
        if t.pos == "VERB" and tok.lemma_.lower() == "shoot" and t.cameo[:2] in {"18", "19"} and any(
                (c.dep_ == "prep" and c.lower_ in {"to", "into", "up"} and any(
                    g.lemma_.lower() in {"top", "fame", "prominence", "number", "stardom", "chart", "lead"}
                    for g in self._kids(c))) or (c.dep_ in {"prt", "advmod"} and c.lower_ == "up")
                for c in kids):
            return False  # "Doom 3 shot straight to the top of the charts", "prices shot up": a rise, no shooting
        if t.pos == "VERB" and tok.lemma_.lower() == "want" and any(
                c.dep_ == "ccomp" and c.i > tok.i and any(a.dep_ == "auxpass" for a in self._kids(c))
                and not any(a.dep_ in SUBJ | {"nsubjpass", "mark"} for a in self._kids(c)) for c in kids):
            return False  # "three men wanted over a heist were extradited …": "wanted" describes the men (spaCy reads
            # it as the main verb of "were extradited"), no one wants anything
        if t.pos == "VERB" and t.cameo == "143" and t.lemma in {"strike", "walk"} and not t.objects and (
                any(c.dep_ in OBJ | {"nsubjpass"} for c in kids) or not any(
                    c.dep_ in SUBJ and (self.lex.is_("striker", c.lemma_.lower()) or any(
                        g.dep_ == "pobj" and self.lex.is_("striker", g.lemma_.lower())
                        for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p)))
                    for c in kids)):
            return False  # "workers struck for higher pay" strike; "missiles struck Kyiv", "an earthquake struck" do not
        if t.pos == "VERB" and t.cameo == "141" and t.lemma in {"gather", "assemble", "converge"} \
                and not self._angry_crowd(tok):
            # "protesters gathered outside the embassy" demonstrate; "leaders gathered in Brussels" meet, and crowds
            # that gather to welcome or to pray do not protest
            return False
        if t.pos == "VERB" and t.cameo == "154" and t.lemma == "mass" and not t.objects and self._crowd_subject(tok):
            return False  # "thousands of Kashmiris massed in Srinagar": a crowd, no force (it may protest: match)
        if t.pos == "VERB" and t.cameo == "0841" and not t.objects and tok.lemma_.lower() == "release" and any(
                c.dep_ in {"dobj", "nsubjpass"} and self.lex.is_("released_thing", c.lemma_.lower())
                and self.resolver.mention_at(c.i) is None for c in kids):
            return False  # "release supplies from the strategic oil reserve", "released a new album": no one freed
        if t.pos == "VERB" and t.cameo == "190" and not t.objects and t.lemma == "target" and any(
                (c.dep_ in {"dobj", "nsubjpass"} or c.i == tok.head.i) and self.lex.is_("commercial_target", c.lemma_.lower())
                and self.resolver.mention_at(c.i) is None
                for c in [*kids, *([tok.head] if tok.dep_ in {"acl", "relcl"} else [])]):
            return False  # "projects targeted by the environment agency", "firms targeted for takeover": an aim, no attack
        if t.pos == "VERB" and t.cameo == "190" and t.lemma == "target" and any(
                c.dep_ == "prep" and c.lower_ == "at" and any(
                    g.dep_ == "pobj" and (any(n.dep_ in {"nummod", "quantmod"} for n in self._kids(g))
                                          or self.lex.is_("quantity", g.lemma_.lower())) for g in self._kids(c))
                for c in kids):
            return False  # "imports are targeted at 1.81 mln tonnes": a figure aimed at, no attack
        if t.pos == "VERB" and t.lemma == "raise" and t.frame == "threaten" and not any(
                verb_like(g) or (row is not None and row.pos == "NOUN" and row.cameo[:2] in HELD_OUT_ROOTS
                                 and g.lemma_.lower() != "war")
                for h in [tok, *(o for o in kids if o.dep_ in OBJ)] for p in self._kids(h)
                if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p) if g.dep_ in {"pobj", "pcomp"}
                for row in [self.match(g)]):
            # "raised the spectre of cutting off gas supplies", "… of a naval blockade" threatens; "the spectre of
            # a trade war", of a war, names a risk, no act
            return False
        if t.pos == "VERB" and tok.lemma_.lower() == "meet" and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in RESPONSE_OBJECTS | {"reply", "reaction", "answer"}
                    for g in self._kids(c)) for c in kids) and any(c.dep_ == "auxpass" for c in kids):
            return False  # "will be met with a crushing response": an answer promised, no meeting (_met_with_response)
        if t.pos == "VERB" and any(c.dep_ == "expl" for c in kids) and tok.tag_ == "VBG":
            return False  # "there are also pressing economic reasons": an adjective the parser made a verb
        if t.pos == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ in {"hard", "hardest"}
                                                        for c in kids):
            return False  # "young people are particularly hard hit": the worst affected, no one hit out
        if t.pos == "VERB" and t.objects and t.lemma in {"file", "submit", "lodge", "present"} and any(
                c.dep_ in OBJ | {"nsubjpass"} and any(m.dep_ in {"compound", "amod"} and self.lex.is_("civil_modifier", m.lower_)
                                                     for m in self._kids(c)) for c in kids):
            return False  # "Americans filing jobless claims", "submitted a reorganisation plan": no lawsuit, no proposal
        if t.pos == "VERB" and t.cameo.startswith("083") and t.lemma == "meet" and any(
                c.dep_ in OBJ | {"nsubjpass"} and c.lemma_.lower() == "demand" and any(
                    m.dep_ in {"compound", "amod"} and self.lex.is_("market_demand", m.lower_)
                    for x in [c, *c.conjuncts] for m in self._kids(x)) for c in kids):
            return False  # "help the sugar industry meet domestic and export demand": a market's demand
        if t.pos == "VERB" and t.cameo[:2] == "19" and not t.objects and any(
                self.lex.is_("quarry", o.lemma_.lower()) and self.resolver.mention_at(o.i) is None
                and not any(self.resolver.mention_at(m.i) is not None for m in o.subtree)
                for o in [*(c for c in kids if c.dep_ in OBJ),
                          *(g for c in kids if c.dep_ == "prep" and c.lower_ == "at" for g in self._kids(c) if g.dep_ == "pobj")]):
            return False  # "let people shoot game animals", "practise shooting at paper targets": sport, no attack
        if t.pos == "VERB" and t.cameo[:2] == "04" and self.lex.is_("meet", tok.lemma_.lower()) and any(
                c.dep_ in {"dobj", "obj"} and self.lex.is_("met_standard", c.lemma_.lower()) for c in kids):
            return False  # "Brown will meet his golden economic rule", "failed to meet the deadline": a standard met
        if t.pos == "VERB" and t.lemma == "occupy" and not t.objects and any(
                o.lemma_.lower() in HELD_SEATS or (o.lower_ == "house" and any(c.lower_ == "white" for c in self._kids(o)))
                for o in kids if o.dep_ in OBJ | {"nsubjpass"}):
            return False  # "who would occupy the White House", "occupies the post of prime minister": an office held
        if t.pos == "VERB" and t.lemma == "order" and (t.cameo[:2] in {"15", "16"} or t.cameo == "174"):
            # "ordered French troops to leave the country", "ordered the ambassador out": an expulsion (16x), with
            # the one expelled another's ("ordered its troops to leave" withdraws its own); "ordered a carrier to
            # the Gulf", "ordered troops into the city": a deployment (15x)
            # ("ordered the agency to close its office and leave the country": the leaving may come second)
            near = [*kids, *(g for o in kids if o.dep_ in OBJ for g in self._kids(o))]   # (and the object's words,
            # and those of its participle, where spaCy may hang "out": "ordered inspectors working for the UN out")
            near += [x for g in near if g.dep_ == "acl" and g.head.dep_ in OBJ for x in self._kids(g) if x.lower_ == "out"]
            out = any((c.dep_ in {"xcomp", "ccomp", "advcl"} and any(x.lemma_.lower() in LEAVE_VERBS
                                                                      for x in (c, *c.conjuncts)))
                      or (c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "home"})
                      for c in near)
            # (a person expelled is ordered "out" — "ordered a journalist out" — or to leave the country)
            if t.cameo == "174" and not any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "out" for c in near) \
                    and not any(c.dep_ in {"xcomp", "ccomp", "advcl"} and any(
                        x.lemma_.lower() in LEAVE_VERBS and any(o.dep_ in OBJ and o.lemma_.lower() in {"country", "territory"}
                                                                 for o in self._kids(x))
                        for x in (c, *c.conjuncts)) for c in kids):
                return False  # ("ordered the spokesman to leave the country": a person expelled; not "ordered
                # activists to leave the square", "ordered him to investigate")
            if t.cameo[:2] == "16" and (not out or any(
                    g.dep_ == "poss" and g.pos_ == "PRON" for c in kids if c.dep_ in OBJ for g in self._kids(c))):
                return False
            if t.cameo[:2] == "15" and out:
                return False
            if t.cameo[:2] == "15" and any(c.dep_ == "xcomp" and c.lemma_.lower() not in MOVE_VERBS and self.match(c)
                                           for c in kids):
                return False  # "Yeltsin ordered the army to withdraw from Grozny": the act ordered is the event
        if t.pos == "VERB" and t.cameo[:2] == "04" and any(
                o.dep_ in OBJ and any(m.dep_ in {"compound", "amod"} and m.lower_ in {"news", "press"}
                                      for m in self._kids(o)) for o in kids):
            return False  # "held a televised news conference": a statement to the press, no meeting
        if t.pos == "VERB" and t.lemma == "talk" and t.cameo[:2] == "04" and not t.prep and (
                (any(c.dep_ == "prep" and c.lower_ in {"about", "of"} for c in kids)
                 and not any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in kids))
                or any(c.dep_ == "prep" and c.lower_ == "to" and any(
                    g.dep_ == "pobj" and (g.lemma_.lower() in AUDIENCE_WORDS or any(
                        a.sector == "MED" for a in self.resolver.resolve(g))) for g in self._kids(c)) for c in kids)):
            return False  # "talking to reporters", "I am talking about three days": no consultation
        if t.pos == "VERB" and t.lemma == "rap" and ("rapp" in tok.lower_) != (t.cameo[:2] == "11"):
            return False  # "raped" (spaCy's lemma "rap") is rape; "rapped China for its record" a criticism
        if (t.pos == "VERB" and t.lemma == "blast" and t.cameo[:2] == "19"
                and any(c.dep_ == "prep" and c.lower_ in {"for", "over"} for c in kids)):
            return False  # "Japan was blasted by North Korea for its hostile policy": a criticism, no explosion
        if (t.pos == "VERB" and t.lemma == "sit" and t.particle == "down" and not t.prep
                and not any(c.lower_ in {"together", "face"} for c in kids)):
            return False  # "the two prime ministers sat down together" meet; "the delegates sat down" do not
        if t.pos == "VERB" and t.lemma == "work" and t.particle == "together" and any(
                c.dep_ in {"xcomp", "advcl"} and self.match(c) is not None for c in kids):
            return False  # "Britain and France are working together to urge the EC to act": the act they join in
        if t.pos == "VERB" and t.frame == "request" and t.lemma in ORDER_VERBS and not self._orders_another(tok):
            return False  # "ordered the police to release the detainees": an order at home; the act ordered stands
        if t.pos == "VERB" and t.cameo[:2] == "15" and t.objects and any(
                self._aid_vehicle(o) for o in self._objects(tok, "VERB")):
            return False  # "dispatched a C-130 carrying relief goods to Turkey": aid, no deployment
        if t.pos == "VERB" and t.lemma == "press" and t.cameo[:2] in {"02", "10"} and any(
                c.lower_ in {"ahead", "forward", "on"} and (c.dep_ in {"advmod", "prt"} or (
                    c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in self._kids(c)))) for c in kids):
            return False  # "will press ahead with uranium enrichment", "pressed on with the offensive": goes on, asks nothing
        if t.pos == "VERB" and t.frame == "request" and t.lemma == "press" and not any(
                c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "for" and not any(
                    g.lemma_.lower() in {"day", "week", "month", "year", "hour", "night", "time"} for g in self._kids(c)))
                for c in kids) and any(
                c.dep_ in {"dobj", "obj"} and (row := self.match(c)) is not None and row.cameo[:2] in {"15", "18", "19", "20"}
                for c in kids):
            return False  # "rebels pressed their offensive on Goma": force kept up, no demand
        if t.pos == "NOUN" and any(c.dep_ in {"compound", "amod"} and c.i < tok.i and c.lower_.endswith("ing")
                                   and {c.lower_[:-3], c.lower_[:-3] + "e", undoubled(c.lower_)} & STOPPING_VERBS
                                   for c in kids):
            return False  # "…, halting attacks on army and police targets" (the gerund read as a modifier): no attack
        if t.pos == "NOUN" and tok.dep_ == "compound" and not (
                self.lex.is_("event_shell", tok.head.lemma_.lower())) and not self._enacted_as_law(tok):
            return False  # "war crimes", "aid workers": not an event; but "a mediation effort" is mediation (and "passed
            # an amnesty law" enacts the amnesty)

        if (t.pos == "VERB" and tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.lemma_.lower() in {"ask", "question", "quiz"}
                and not any(c.dep_ in {"aux", "auxpass", "nsubj", "mark"} for c in kids)
                and all(g.lemma_.lower() in ASKERS for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")):
            return False  # "Asked (by reporters) whether Iran would retaliate, the minister said …": a reporter's question
        if t.pos == "VERB" and tok.lemma_.lower() in {"ask", "request"} and any(
                (c.dep_ == "xcomp" and (c.lemma_.lower() in {"name", "identify", "quote"} and any(g.dep_ == "neg" for g in c.children)
                                       or c.lemma_.lower() == "remain" and any(g.lower_ == "anonymous" for g in c.children)))
                or (c.dep_ in OBJ and c.lower_ == "anonymity") for c in kids):
            return False  # "an official, who asked not to be named, said …": how wire copy hides a source
        if t.pos == "VERB" and tok.dep_ == "amod" and tok.i > 0 and self.doc[tok.i - 1].text == "-":
            return False  # "Russian-backed"
        if t.pos == "VERB" and tok.dep_ == "amod" and tok.tag_ == "VBG":
            return False  # "the visiting secretary", "the ruling party": adjectives, not acts
        if (t.pos == "VERB" and tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i < tok.head.i
                and not any(c.dep_ not in {"advmod", "punct"} for c in kids) and tok.head.dep_ != "ROOT"
                and not self.lex.is_("relationship", tok.head.lemma_.lower())):
            # "the disputed islets", "the occupied territories", "a planned visit": a state of things, not an act
            # (but "the expanded bilateral relations" is the expansion)
            return False
        if (t.pos == "VERB" and tok.tag_ in {"VBN", "VBD"} and tok.i > 0 and self.doc[tok.i - 1].dep_ in {"prep", "agent"}
                and self.doc[tok.i - 1].head.i != tok.i
                and not any(c.dep_ in {"pobj", "pcomp"} for c in self._kids(self.doc[tok.i - 1]))):
            return False  # "founded by assassinated former prime minister Rafik Hariri": the victim's epithet
        if t.pos == "VERB" and not t.particle and any(
                (c.dep_ == "prt" or (c.dep_ in {"prep", "advmod"} and c.i == tok.i + 1))
                and self.lex.is_("other_sense", f"{tok.lemma_.lower()}+{c.lower_}")
                for c in kids):
            return False  # "swearing in the new officers", "seized upon the announcement": another verb
        if (t.pos == "VERB" and not t.objects and not t.frame and not t.prep
                and self.lex.is_("intransitive", tok.lemma_.lower()) and any(
                    c.dep_ == "dobj" or (c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                    for g in self._kids(c))) for c in kids)):
            # ("held war games to demonstrate that it can defend the Gulf": what is shown is no protest)
            return False  # "producers withdrawing white sugar from stores": only "forces withdrew" is a retreat
        if (t.pos == "VERB" and not t.objects and not t.prep and self.lex.is_("needs_actor_object", tok.lemma_.lower())
                and not any(c.dep_ in {"ccomp", "xcomp"} for c in kids)
                and any(c.dep_ == "dobj" and c.pos_ != "PRON" and not self.resolver.has_actor_mention(c)
                        and not (self._role_named(c) and any(p.dep_ == "prep" and p.lower_ == "for" for p in kids))
                        # ("blamed Maoist rebels for a bomb blast")
                        and not self.lex.is_("communication", c.lemma_.lower()) and not self.lex.is_("blameable", c.lemma_.lower())
                        and self.match(c) is None for c in kids)
                and not self._each_other(tok) and not self._each_against_other(tok)):
            # ("blamed each other", "each side blamed the other": the subjects are the objects)
            # "blamed the late arrival of the rains", "could charge an electric car", "households turned down
            # thermostats": the bare row needs an actor, an act or a statement as its object
            return False
        if (t.pos == "VERB" and not t.objects and not t.prep and t.cameo.startswith("07")
                and self.lex.is_("needs_beneficiary", tok.lemma_.lower()) and not self._each_other(tok)
                and not any(c.dep_ in {"dobj", "dative", "nsubj"} and (
                    (c.pos_ == "PRON" and c.lower_ not in {"it", "this", "that", "which", "what"})
                    or any(self.resolver.mention_at(x.i) is not None for x in c.subtree
                           if x.i <= c.i or c.head.lemma_.lower() in AID_ACTS))
                            for c in kids + [g for c in kids if c.dep_ in {"ccomp", "xcomp"} for g in self._kids(c)
                                             if g.dep_ == "nsubj" or c.lemma_.lower() in AID_ACTS]
                            if c.dep_ != "nsubj" or c.head.i != tok.i)
                and not any(c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in FUNDING for c in kids)):
            # "helped stimulate exports", "helped the index climb": no one helped ("helped Syria rebuild its army":
            # the helped one may be the subject of the clause)
            return False
        if (t.pos == "VERB" and (t.lemma, t.cameo[:3]) in TO_A_PARTY
                and not any(c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into"} and any(
                    self.resolver.mention_at(g.i) is not None for g in c.subtree)
                            for c in kids + [g for o in kids if o.dep_ in OBJ for g in self._kids(o)])):
            return False  # "began exporting gas to Iran" is trade with Iran; "exported 2 million tonnes" a statistic
        if (t.pos == "VERB" and not t.objects and not t.prep and self.lex.is_("needs_party", tok.lemma_.lower())
                and not any(c.dep_ == "neg" for c in kids)   # ("will not allow any voting": a refusal all the same)
                and not any(self.resolver.mention_at(x.i) is not None or x.lower_ in INDEFINITE
                            or (x.pos_ == "PRON" and x.lower_ not in {"it", "this", "that", "which", "what"})
                            for c in kids if c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "nsubjpass"} for x in c.subtree)
                and not (tok.dep_ == "relcl" and self.resolver.mention_at(tok.head.i) is not None)):
            return False   # "when parliamentary time allows", "allowed the heat price to fluctuate": no one let in
        if t.pos == "VERB" and self.lex.is_("forces_subject", tok.lemma_.lower()) and not t.objects and t.cameo != "141" \
                and not any(
                c.dep_ == "nsubj" and any(self.lex.is_("deployed", x.lemma_.lower()) or (
                    self.lex.is_("foe", x.lemma_.lower()) and not self.lex.is_("crowd", x.lemma_.lower()))
                                          for x in [c] + list(c.conjuncts) + (
                                              # ("thousands of Mahdi Army militiamen deployed on the streets")
                                              [g for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of"
                                               for g in self._kids(p) if g.dep_ == "pobj"]
                                              if self.lex.is_("quantity", c.lemma_.lower()) else []))
                for c in kids):
            return False  # "Israeli tanks advanced to Ramallah" moves forces; "shares advanced 2 percent" does not
            # (a row with its object names the forces itself: "Russia moved troops"; a crowd that pours into the
            # streets or masses outside parliament protests, with rows of its own)
        if (t.pos == "VERB" and t.lemma == "offer" and not t.objects and not t.prep
                and not any(c.dep_ in {"xcomp", "ccomp"} for c in kids)
                and not any(c.dep_ in {"dative", "iobj"} or (c.dep_ == "prep" and c.lower_ in {"to", "as"})
                            for c in kids)
                and any(c.dep_ in {"dobj", "nsubjpass"} and c.pos_ != "PRON" and self._offered_goods(c) for c in kids)):
            return False  # "British carriers have offered lower fares": goods on sale, no promise to anyone
        if t.pos == "VERB" and t.lemma in {"offer", "bid"} and self._bid_for_company(tok):
            return False  # "Deutsche Boerse offered 1.3bn pounds for the London Stock Exchange": a bid, no promise
        if (t.pos == "NOUN" and t.lemma == "offer" and any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in BUSINESS_OFFERS for c in kids)):
            return False  # "a takeover offer", "the share offer was oversubscribed": business
        if (t.pos == "VERB" and t.lemma == "guarantee" and not t.objects
                and any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in FINANCE_INSTRUMENTS for c in kids)):
            return False  # "the issue is guaranteed by France": a bond's guarantor, no promise
        if t.pos == "VERB" and t.lemma == "whip" and any(c.dep_ == "prt" and c.lower_ == "up" for c in kids):
            return False  # "whipped up support", "Blair whips up to the Palace": stirring or hurrying, no flogging
        if tok.dep_ == "ccomp" and tok.i > tok.head.i and tok.head.lemma_.lower() in ALLEGING_VERBS \
                and verb_like(tok.head):
            return False  # "the opposition alleged that the commission's servers had been hacked", "charged that
            # security forces tortured detainees": the allegation is the event, the act alleged is not vouched for
        if (t.pos == "VERB" and t.lemma == "appeal" and not t.prep and not any(
                c.dep_ in {"xcomp", "ccomp", "dative"} or (c.dep_ == "prep" and c.lower_ in {"to", "for"})
                for c in kids)):
            return False  # "the candidates have three days to appeal", "the company will appeal the ruling": a
            # court appeal, no appeal to anyone
        if t.pos == "VERB" and t.lemma == "plead" and any(x.lower_ in {"guilty", "innocent"} for x in tok.subtree):
            return False  # "had pleaded guilty to scheming to defraud": a plea in court, no request
        if tok.lower_ in {"guilty", "innocent"} and tok.head.lemma_.lower() == "plead":
            return False  # (nor a verdict: the defendant pleads, no court finds)
        if (t.pos == "VERB" and t.lemma == "meet" and not t.objects and not t.prep
                and (any(c.dep_ in OBJ and (c.lemma_.lower() in MEASURES_MET or any(
                    # "to meet a number of criteria", "met all of its promises"
                    p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in MEASURES_MET for g in self._kids(p))
                    for p in self._kids(c) if p.dep_ == "prep")) for c in kids)
                     or self._relative_of(tok, MEASURES_MET))):
            return False  # "failing to meet expectations", "met its target": a measure reached, no meeting
        if (t.pos == "VERB" and t.lemma == "arrive" and not t.prep and any(
                c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in NOT_DESTINATIONS for g in self._kids(c))
                for c in kids)):
            return False  # "when Kirchner arrived in power", "arrived at a decision": no place is visited
        if (t.pos == "VERB" and t.cameo == "054" and not t.objects and not t.prep and (
                any(c.dep_ == "ccomp" for c in kids)
                or any(c.dep_ in OBJ and c.pos_ == "PRON" and c.lower_ in {"this", "that", "it", "what", "which"}
                       for c in kids))):
            return False  # "the United Nations recognised this", "recognised that …": an acknowledgement
        if t.cameo.startswith("13") and any(self._hazard_warning(n) for n in [tok, *(c for c in kids if c.dep_ in OBJ)]
                                             if n.lower_ in {"warning", "warnings", "alert", "alerts", "advisory"}):
            return False  # "issued a tsunami warning", "a red flag warning for wildfires": a hazard, no threat
        if t.pos == "VERB" and t.cameo[:2] in {"13", "17", "18", "19", "20"} and any(
                c.dep_ == "agent" and any(g.dep_ == "pobj" and self._natural_force(g) for g in self._kids(c)) for c in kids):
            return False  # "Mexico, hit by a catastrophic earthquake": a force of nature, no attacker
        if t.pos == "VERB" and t.lemma == "encourage" and (
                tok.tag_ == "JJ" or tok.dep_ in {"acomp", "amod"} or any(c.dep_ == "agent" for c in kids)):
            return False  # "it was encouraging that Japan agreed", "he was encouraged by the progress": heartened
        if (t.pos == "VERB" and t.cameo[:2] == "04" and any(
                c.dep_ == "nsubj" and (self.lex.is_("plan_document", c.lemma_.lower())
                                       or self.lex.is_("communication", c.lemma_.lower()) or c.lemma_.lower() == "document")
                for c in kids)):
            return False  # "a working document talks of five convoys": a text, no talks
        if (t.pos == "VERB" and t.lemma == "accede" and any(
                c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.lemma_.lower() in JOINED_BODIES or any(
                    a.code.startswith("IGO") for a in self.actors_of(g)[0])) for g in self._kids(c)) for c in kids)):
            return False  # "to accede to the European Union", "acceded to the treaty": it joins, it does not yield
        if t.pos == "VERB" and t.lemma in {"slam", "smash", "crash", "plough", "plow"} and any(
                c.dep_ in {"prep", "prt"} and c.lower_ in {"into", "onto"} for c in kids):
            return False  # "the typhoon slammed into the region": a crash, no criticism
        if t.pos == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in CURRENCY_WORDS for c in kids):
            return False  # "the yen retreated from a 12-year high", "the dollar rallied": a market's move
        if (t.cameo.startswith("071") and t.pos == "VERB" and t.objects and any(
                c.dep_ in OBJ and c.lower_ in CURRENCY_WORDS and not any(
                    g.dep_ in {"nummod", "quantmod", "compound"} or g.like_num or g.text in {"$", "£", "€"}
                    for g in c.subtree if g.i != c.i) for c in kids)):
            return False  # "sending the dollar to a record low": a currency moved, no money given
        if t.lemma == "charge" and t.pos == "VERB" and (
                (tok.dep_ in {"relcl", "acl"} and self.lex.is_("price", tok.head.lemma_.lower()))
                or any(c.dep_ in OBJ and self.lex.is_("price", c.lemma_.lower()) for c in kids)):
            return False  # "the high rates they charge for roaming": a price asked, no accusation
        if (t.pos == "VERB" and t.lemma == "appeal" and t.frame == "request" and not any(
                c.lower_ in {"to", "for"} or c.dep_ in {"xcomp", "ccomp", "advcl"}
                or (c.dep_ == "dobj" and self.resolver.has_actor_mention(c)) for c in kids)):
            return False  # "has not said if it will appeal", "appealed the verdict": a court appeal, no request
        if ((t.cameo.startswith("083") or t.lemma == "meet") and t.pos == "VERB" and any(
                c.dep_ in OBJ and c.lemma_.lower() == "demand" and c.tag_ == "NN"
                and not any(d.dep_ in {"det", "poss"} for d in self._kids(c)) for c in kids)):
            return False  # "to meet demand for automobiles": a market's demand met, no concession
        if t.pos == "VERB" and t.lemma == "take" and t.cameo == "192" and any(
                c.dep_ in {"advmod", "prt", "prep"} and c.lower_ in {"forward", "back", "backward", "backwards", "along",
                                                                  "away", "home", "to", "into", "through", "out"}
                for c in kids):
            return False  # "Labour taking Britain forward", "took the country into war": no capture
        if t.pos == "VERB" and t.lemma == "take" and PLACE_OBJECT in t.objects and not any(
                c.dep_ in OBJ or c.dep_ == "nsubjpass" for c in kids):
            return False  # "another measure China has taken": the subject is no place taken
        if t.pos == "VERB" and t.lemma == "inspect" and any(
                c.dep_ in OBJ and c.lemma_.lower() in {"guard", "parade", "honour", "honor", "troop"} for c in kids):
            return False  # "inspected a guard of honour": a ceremony of a visit, no inspection
        if (t.pos == "VERB" and t.lemma in {"approve", "back", "pass", "adopt"} and not t.objects and any(
                c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in LAWS and not any(
                    x.dep_ in {"poss", "compound", "amod"} and self.resolver.has_actor_mention(x) for x in self._kids(c))
                for c in kids)):
            # ("the IMF backed Argentina's reform" names whose reform it backs: kept)
            return False  # "lawmakers approved the anti-corruption law": a law passed endorses no one
        if (t.pos == "VERB" and t.lemma == "speak" and t.prep == "with" and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in MANNER_NOUNS for g in self._kids(c))
                for c in kids)):
            return False  # "a spokesman, speaking with customary anonymity": how he spoke, not with whom
        if t.pos == "VERB" and t.lemma == "plan" and tok.tag_ == "VBN" and any(
                c.dep_ in {"mark", "advmod"} and c.lower_ == "as" for c in kids):
            return False  # "the process was going as planned"
        if t.pos == "VERB" and t.lemma == "wound" and any(c.dep_ == "prt" and c.lower_ == "up" for c in kids):
            return False  # "the company was wound up": closed, not injured
        if (t.pos == "VERB" and t.lemma == "advise" and any(c.dep_ == "ccomp" for c in kids)
                and any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "xcomp" for c in kids)):
            return False  # "Shultz is being advised the plan is going through a rough patch": told, not asked
        if (t.pos == "VERB" and tok.dep_ == "amod" and tok.tag_ in {"VBN", "VBD"} and tok.i < tok.head.i
                and noun_like(tok.head) and not self.lex.is_("relationship", tok.head.lemma_.lower())
                and tok.head.dep_ != "ROOT"):  # ("Pakistan massed troops …" misparsed with no verb: the verb)
            # ("the expanded bilateral relations": a change of relations, kept)
            return False  # "internationally recognized rights", "the Turkish occupied port": a state, not an act
        holders = [tok]
        if t.particle:
            # (an adjective complement counts too: "held Damascus responsible"); a preposition with its own object
            # after the verb's object is no particle ("gave more details … in a speech" is no "give in")
            has_obj_before = lambda c: any(o.dep_ in OBJ and o.i < c.i for o in kids)
            prts = [c for c in kids if (c.dep_ in {"prt", "advmod", "prep", "oprd", "acomp"}
                                        or (c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "ADJ")) and c.lower_ == t.particle
                    and not (c.dep_ == "prep" and has_obj_before(c)
                             and any(g.dep_ == "pobj" for g in self._kids(c)))
                    # ("was taken into custody … in Kuala Lumpur": a preposition of place or time after a passive
                    # verb's subject, no "take in")
                    and not (c.dep_ == "prep" and any(o.dep_ == "nsubjpass" for o in kids) and any(
                        g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "DATE", "TIME"} for g in self._kids(c)))]
            # "set free American Joshua Holt": spaCy reads the word right after the verb as the object's adjective
            # (also under a title before a name: "set free British teacher Gillian Gibbons")
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.dep_ == "amod" and nxt.lower_ == t.particle and any(
                    o.dep_ in OBJ and o.left_edge.i <= nxt.i < o.i for o in kids):
                prts.append(nxt)
            if not prts:
                return False
            holders += prts
        if t.modifiers:
            n = len(t.modifiers)
            before = [x.lemma_.lower() for x in self.doc[max(0, tok.i - n): tok.i]]
            before_l = [x.lower_ for x in self.doc[max(0, tok.i - n): tok.i]]
            if list(t.modifiers) != before and list(t.modifiers) != before_l:
                return False
        preps: list[Token] = []
        if t.prep:
            for h in holders:  # "agreed on Monday that …" is no "agree on": a date is no prepositional object
                preps += [c for c in self._kids(h) if c.dep_ in {"prep", "agent", "dative", "prt"} and c.lower_ == t.prep
                          and not any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in self._kids(c))]
            if t.pos == "VERB":
                for o in kids:
                    if o.dep_ in OBJ:
                        preps += [c for c in self._kids(o) if c.dep_ == "prep" and c.lower_ == t.prep]
                preps += self._on_the_means(tok, t.prep)  # "spoke by telephone with Emmanuel Macron"
                if t.frame and not t.objects:
                    # "called for an independent body to be set up": the preposition parsed as the mark of the
                    # clause it introduces
                    preps += [g for c in kids if c.dep_ in {"advcl", "ccomp", "xcomp"} and c.i > tok.i
                              for g in self._kids(c) if g.dep_ == "mark" and g.lower_ == t.prep and g.i == c.left_edge.i]
            elif tok.dep_ in OBJ and verb_like(tok.head) and self.lex.is_("light", tok.head.lemma_.lower()):
                # "opened a hearing Wednesday into …": the noun's preposition parsed on its light verb
                preps += [c for c in self._kids(tok.head) if c.dep_ == "prep" and c.lower_ == t.prep and c.i > tok.i]
            if not preps:
                return False
        if t.objects:
            if preps:
                objs = [g for p in preps for g in self._kids(p) if g.dep_ in {"pobj", "pcomp", "dobj"}]
                objs += [c for o in objs for c in o.conjuncts]
                # "flooded central Nairobi with thousands of officers", "placed on a state of heightened alert": what a
                # count or a state holds
                objs += [g for o in list(objs) if self.lex.is_("quantity", o.lemma_.lower()) or o.lemma_.lower() == "state"
                         for p in self._kids(o) if p.dep_ == "prep" and p.lower_ == "of"
                         for g in self._kids(p) if g.dep_ == "pobj"]
            else:
                objs = self._objects(tok, t.pos)
                # "switched on a power line": spaCy reads the particle as a preposition with the object as its own
                objs += [g for p in holders[1:] if p.dep_ == "prep" for g in self._kids(p) if g.dep_ == "pobj"]
            if t.cameo.startswith("145"):  # "hurled petrol bombs at police": the missile named by its modifier
                objs += [c for o in objs for c in self._kids(o) if c.dep_ == "compound"]
            # "cut internet and telephone services": the thing a general head noun's modifier names
            objs += [x for o in objs if self.lex.is_("generic_object", o.lemma_.lower())
                     for c in self._kids(o) if c.dep_ in {"compound", "nmod", "amod"} for x in [c, *c.conjuncts]]
            # "dissolved the main opposition, the Cambodia National Rescue Party": what the object is named as
            objs += [c for o in objs for c in self._kids(o) if c.dep_ == "appos" and c.pos_ in {"PROPN", "NOUN"}]
            if not any(self._lemma_in(o, t.objects) for o in objs) and not (
                    # "a strike by French public sector workers", "the miners' strike": a strike that workers, a union
                    # or a trade hold is a labour strike (no attack), with no modifier that says so
                    t.pos == "NOUN" and t.cameo == "143" and t.lemma == "strike" and self._strike_by_strikers(tok)):
                return False
        return True

    def _role_as_go_between(self, tok: Token) -> bool:
        """Is the "role" a verb ends or leaves (its object, or the object of its "out of"/"from") one "as" a mediator,
        facilitator or broker? True where no "role" is named ("quit its mediation")."""
        kids = list(self._kids(tok))
        roles = [c for c in kids if c.dep_ in OBJ and c.lemma_.lower() == "role"] + [
            g for c in kids if c.dep_ in {"prep", "prt"} for x in [c, *self._kids(c)]
            for g in self._kids(x) if g.dep_ == "pobj" and g.lemma_.lower() == "role"]
        return not roles or any(
            p.lower_ == "as" and p.i > roles[0].i and any(
                g.dep_ == "pobj" and self.lex.is_("go_between", g.lemma_.lower())
                for g in self._kids(p)) for p in tok.subtree)

    def _lemma_in(self, tok: Token, words: frozenset[str]) -> bool:
        if tok.lemma_.lower() in words or tok.lower_ in words:
            return True
        if tok.tag_ == "NNPS" and tok.lower_.endswith("s") and tok.lower_[:-1] in words:
            return True   # "sent 4,000 more Marines": a plural the model reads as a name keeps its plural form
        if tok.tag_ == "NNP" and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in words for c in self._kids(tok)):
            return True  # "Deputy Prime Minister Tariq Aziz was received", "dispatched special envoy Philip Habib": a
            # name under its title
        if LEADER_OBJECT in words:  # "the Pope received Palestinian leader Yasser Arafat"
            m = self.resolver.mention_at(tok.i)
            if m is not None and any(e.kind == "leader" for e in m.entries):
                return True
        if PERSON_OBJECT in words and (tok.lower_ in {"him", "her", "them"} or self._names_a_person(tok) or any(
                e.kind == "leader" for e in getattr(self.resolver.mention_at(tok.i), "entries", ())) or (
                tok.tag_ == "NNP" and self.resolver.mention_at(tok.i) is None and tok.ent_type_ in {"PERSON", ""}
                and not (tok.dep_ == "compound" and tok.head.tag_ in {"NN", "NNS"})   # ("a Middle East peace plan")
                and tok.lower_ not in PLACE_NAME_HEADS   # ("handed over the Panama Canal": a place)
                and (tok.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.tag_ == "NNP" for c in self._kids(tok))))):
            return True  # "Pakistan handed over Ramzi Yousef to U.S. agents", "handed him over to the United States"
        if tok.lemma_.lower() in {"force", "mission", "contingent", "troop", "unit", "operation", "level", "status",
                                  "posture"} and any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in words for c in self._kids(tok)):
            return True  # "sent a peacekeeping force", "a West African peacekeeping force sent by ECOWAS", "raised the
            # alert level"
        if AID_VEHICLE_OBJECT in words and self._aid_vehicle(tok):
            return True  # "dispatched a C-130 aircraft carrying relief goods", "sent relief flights"
        if SUSPECT_OBJECT in words and any(
                (c.dep_ in {"amod", "compound"} and c.lower_ in SUSPECT_WORDS)
                or (c.dep_ in {"acl", "relcl"} and c.lower_ in SUSPECT_WORDS | {"charged", "indicted"})
                for c in self._kids(tok)):
            return True  # "handed over a suspected bomb maker", "extradited an alleged drug lord"
        if ARMED_OBJECT in words and tok.pos_ in {"PROPN", "NOUN"} and any(
                (e.kind in {"group", "party"} and e.sector in ARMED_SECTORS)
                or (e.kind == "sector" and e.sector in ARMED_SECTORS - {"MIL"})   # ("struck the rebels", not "troops")
                for e in getattr(self.resolver.mention_at(tok.i), "entries", ())):
            return True  # "the army would hit Hamas hard", "jets struck Hezbollah": an armed group named
        if NATIONALS_OBJECT in words and any(e.kind == "country" and getattr(e, "form", None) == "plural" for e in getattr(
                self.resolver.mention_at(tok.i), "entries", ())):
            return True   # "Abu Sayyaf gunmen seized three Americans and 17 Filipinos"
        # PLACE_OBJECT in a row's objects: a state, a capital or a place the gazetteer knows ("struck Gaza")
        if PLACE_OBJECT not in words:
            return False
        m = self.resolver.mention_at(tok.i)
        if m is not None:
            # (a people is no place: "Abu Sayyaf gunmen seized three Americans and 17 Filipinos")
            return any(e.kind == "country" and getattr(e, "form", None) != "plural" for e in m.entries)
        return tok.ent_type_ in {"GPE", "LOC"} or (tok.pos_ == "PROPN" and self._gazetteer_country(tok) is not None)

    def _jailer(self, toks: list[Token], preps: frozenset[str] = frozenset({"in", "at"})) -> str | None:
        """The state whose jails a side is held in: "Palestinian prisoners in Israeli jails", "detainees in
        Turkish prisons", "inmates held in Iranian custody" (with "from": "the release of prisoners from Israeli
        jails")."""
        toks = [*toks, *(g for t in toks for p in self._kids(t) if p.dep_ == "prep" and p.lower_ == "of"
                         for g in self._kids(p) if g.dep_ == "pobj")]   # ("hundreds of Palestinian prisoners in …")
        for t in toks:
            for p in [c for c in self._kids(t) if c.dep_ == "prep" and c.lower_ in preps] + [
                    g for c in self._kids(t) if c.dep_ == "acl" and c.lemma_.lower() == "hold"
                    for g in self._kids(c) if g.dep_ == "prep" and g.lower_ in {"in", "at"}]:
                for g in self._kids(p):
                    if g.dep_ == "pobj" and g.lemma_.lower() in JAIL_WORDS:
                        named = [e.country for x in g.subtree if x.i != g.i for m in [self.resolver.mention_at(x.i)]
                                 if m for e in m.entries if e.kind == "country" and e.country]
                        if named:
                            return named[0]
        return None

    def _mission_state(self, tok: Token) -> str | None:
        """The state whose embassy, consulate or High Commission the act's clause puts it at ("outside the U.S.
        embassy in Beijing", "at Japan's embassy", "in front of the Japanese embassy"), named before the mission
        noun; or whose military base or interests section it is ("rioted outside the French military base in
        Abidjan", "marched past the US Interests Section in Havana")."""
        hosts = [tok] + ([tok.head] if tok.dep_ in OBJ | {"pobj"} and tok.head.i != tok.i else [])
        # ("staged a demonstration outside the Chinese embassy": the place hangs on the verb's object)
        hosts += [c for c in self._kids(tok) if c.dep_ in {"dobj", "obj"} and verb_like(tok)]
        for h in hosts:
            for c in self._kids(h):
                if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS | {"outside", "at", "before", "near", "to", "past"}:
                    continue
                for g in self._kids(c):
                    if g.dep_ == "pobj" and g.lower_ == "front":
                        # ("in front of the embassy")
                        g = next((x for p in self._kids(g) if p.dep_ == "prep" and p.lower_ == "of"
                                  for x in self._kids(p) if x.dep_ == "pobj"), g)
                    if g.dep_ == "pobj" and (self._is_mission(g) or self._foreign_post(g)) and self._mission_owner(g):
                        return self._mission_owner(g)
        return None

    def _foreign_post(self, noun: Token) -> bool:
        """A state's military base or interests section, as the place of a protest ("the French military base",
        "a U.S. air base", "the US Interests Section")."""
        low = noun.lemma_.lower()
        return low == "base" or (low == "section" and any(
            c.lower_ == "interests" and c.dep_ in {"compound", "amod"} for c in self._kids(noun)))

    def _body_at_offices(self, tok: Token, speaker: str | None) -> list[Actor]:
        """The international body whose offices, headquarters or compound the act's clause puts it at ("outside
        United Nations offices in Kabul", "at the EU headquarters"); of a protest noun, on the verb that stages it
        ("staged a sit-in outside the U.N. offices in Arbil")."""
        hosts = [tok] + ([tok.head] if noun_like(tok) and tok.dep_ in OBJ and verb_like(tok.head) else [])
        for c in (c for h in hosts for c in self._kids(h)):
            if c.dep_ != "prep" or c.lower_ not in {"outside", "at", "before", "in", "near"}:
                continue
            for g in self._kids(c):
                if g.dep_ == "pobj" and g.lemma_.lower() in {"office", "headquarters", "headquarter", "compound"}:
                    acts = [a for a in self.actors_of(g, speaker)[0] if a.code[:3] == "IGO"]
                    if acts:
                        return acts
        return []

    def _unnamed_partner_at_home(self, tok: Token, officer: Actor) -> Side | None:
        """Whom a state's officer meets at home when no table names them: 'met Maoist leader Prachanda in
        Kathmandu', 'held negotiations with red shirt leaders in Bangkok' — people of the state the meeting is in,
        when that is the officer's own (a name or a role word, not a thing: 'met in Kathmandu to discuss the budget'
        names no partner)."""
        home = officer.country
        if home is None or self._place_country(tok) != home:
            return None
        hosts = [tok] + ([tok.head] if noun_like(tok) and tok.dep_ in OBJ and verb_like(tok.head) else [])
        met = [c for c in self._kids(tok) if c.dep_ in {"dobj", "obj"}] if verb_like(tok) else []
        met += [g for h in hosts for c in self._kids(h) if c.dep_ == "prep" and c.lower_ == "with"
                for g in self._kids(c) if g.dep_ == "pobj"]
        met += [g for o in self._kids(tok) if o.dep_ in OBJ and self.match(o) is not None for c in self._kids(o)
                if c.dep_ == "prep" and c.lower_ == "with" for g in self._kids(c) if g.dep_ == "pobj"]
        for g in met:
            if any(c.dep_ == "poss" for c in self._kids(g)):
                return None   # ("met his cabinet ministers": the officer's own)
            person = g.pos_ == "PROPN" and (g.ent_type_ == "PERSON" or self._names_a_person(g)) or (
                g.lemma_.lower() in {"leader", "representative", "delegate", "elder", "figure", "activist",
                                     "dissident", "negotiator", "envoy"})
            acts = self.actors_of(g, home)[0]
            if any(a.country and a.country != home for a in acts):
                return None   # (a partner of another state: the rules before have placed it)
            role = [a for a in acts if a.sector]
            if person:
                # (one the tables put in the officer's own government, "Maoist leader Prachanda" in 2006, is still
                # another party at the table)
                actor = homed(role[0], home) if role and role[0].sector != officer.sector else self.t_country(home)
                return Side([actor], "met-at-home", [g], False)
        return None

    @staticmethod
    def _told_strength(events: list[Event]) -> int:
        """How much an act's events name: a source, and a target named in the clause (not only the place's state
        or the doer's own)."""
        return max((int(e.source is not None)
                    + int(e.target is not None and not set(e.why.get("path", "").split(" | ")[1:2]) & WEAK_TARGET_RULES)
                    for e in events), default=0)

    def _sent_things(self, tok: Token) -> tuple[Token, Token | None] | None:
        """What an act noun sends, when a state's name on it says whose it is, and to whom: 'the delivery of 50,000
        tonnes of South Korean rice to North Korea' gives (rice, North Korea). Forces ('Nigerian peacekeepers') are
        their state's; people helped ('Japanese citizens', 'Afghan refugees') are not the sender."""
        things = []
        for p in self._kids(tok):
            if p.dep_ == "prep" and p.lower_ == "of":
                for g in self._kids(p):
                    if g.dep_ == "pobj":
                        things.append(g)   # ("tonnes of rice", "thousands of troops")
                        things += [y for q in self._kids(g) if q.dep_ == "prep" and q.lower_ == "of"
                                   for y in self._kids(q) if y.dep_ == "pobj"]
        for x in reversed(things):
            if not noun_like(x) or (x.pos_ == "PROPN" and self.resolver.mention_at(x.i) is not None and not any(
                    c.dep_ in {"amod", "compound", "nmod"} for c in self._kids(x))):
                continue   # ("the delivery of Iran": a state named alone is no goods)
            forces = self.lex.is_("deployed", x.lemma_.lower())
            acts = self.actors_of(x, None)[0]
            if not acts or (not forces and any(a.sector for a in acts)):
                continue   # people helped or moved ("Japanese citizens"), not goods
            recipient = next((g for h in (tok, x) for p in self._kids(h) if p.dep_ == "prep" and p.lower_ == "to"
                              for g in self._kids(p) if g.dep_ == "pobj"), None)
            return x, recipient
        return None

    def _holder_of_released(self, tok: Token, source: Side) -> Side | None:
        """Who holds those whose release a demand asks for: "held by Venezuelan military intelligence", "in Israeli
        jails", "from Israeli jails"."""
        release = next((x for x in tok.subtree if x.lemma_.lower() in {"release", "freedom", "freeing"}
                        and noun_like(x)), None)
        if release is None:
            return None
        freed = [g for p in self._kids(release) if p.dep_ == "prep" and p.lower_ == "of"
                 for g in self._kids(p) if g.dep_ == "pobj"]
        mine = {a.code for a in source.actors}
        for t in freed:
            for c in self._kids(t):
                if c.dep_ == "acl" and c.lemma_.lower() in {"hold", "detain", "jail", "imprison", "capture",
                                                           "kidnap", "abduct", "seize"}:
                    for a in self._kids(c):
                        if a.dep_ == "agent":
                            for g in self._kids(a):
                                acts = [x for x in self.actors_of(g)[0] if x.code not in mine]
                                if acts:
                                    return Side(acts, f"held-by({c.lemma_})", [g], False)
                    for a in (self._kids(c) if c.lemma_.lower() in {"hold", "detain", "jail", "imprison"} else ()):
                        if a.dep_ == "prep" and a.lower_ in {"in", "by"}:
                            # "the release of six South Korean nationals detained in North Korea": held by the
                            # state named as the place they are held in
                            for g in self._kids(a):
                                m = self.resolver.mention_at(g.i) if g.dep_ == "pobj" else None
                                held_in = [e.country for e in (m.entries if m else ()) if e.kind == "country"
                                           and e.form in {"name", "capital"} and e.country]
                                if held_in and held_in[0] not in {x.country for x in source.actors}:
                                    return Side([self.t_country(held_in[0])], "held-in", [g], False)
        jailer = self._jailer(freed + [release], frozenset({"in", "at", "from"}))
        if jailer and jailer not in {a.country for a in source.actors}:
            return Side([self.t_country(jailer)], "jailer", [], False)
        return None

    def _orders_another(self, tok: Token) -> bool:
        """Does this verb order or tell another state or body to act ("the Security Council ordered Iraq to
        withdraw", "Washington told Israel to halt settlement building"), not the doer's own forces or officials
        ("Yeltsin ordered the army to withdraw")?"""
        kids = self._kids(tok)
        if not any(c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c))
                   for c in kids):
            return False
        objs = [c for c in kids if c.dep_ in {"dobj", "dative", "nsubjpass"}]   # ("Sudan was ordered by the UN to …")
        subj = [c for c in kids if c.dep_ == "nsubj"] + [g for c in kids if c.dep_ == "agent" for g in self._kids(c)
                                                          if g.dep_ == "pobj"]
        if not objs or not subj:
            return False
        them = [a for o in objs for a in self.actors_of(o)[0]]
        doers = [a for c in subj for a in self.actors_of(c)[0]]
        us = {family(a) for a in doers}
        if not them or not us:
            return False
        if all(a.country for a in doers) and not any(
                a.country and a.sector in {None, "GOV", "MIL"} and family(a) not in us for a in them) and any(
                c.dep_ in {"xcomp", "advcl"} and any(
                    (x.lemma_.lower() in {"withdraw", "pull"} and any(o.dep_ in OBJ for o in self._kids(x)))
                    or (x.lemma_.lower() in LEAVE_VERBS and all(o.lemma_.lower() in {"country", "territory"}
                                                                  or self._names_a_state(o)
                                                                  for o in self._kids(x) if o.dep_ in OBJ))
                    for x in (c, *c.conjuncts))
                for c in kids):
            return False  # "the Sri Lankan government ordered UN agencies to withdraw their staff": a state sends them
            # out (an expulsion, 166), where "the Security Council ordered Iraq to withdraw from Kuwait" demands (and
            # so does a state telling another state to withdraw its troops: "Washington told Belgrade to withdraw")
        court = all(a.sector == "JUD" for a in doers)
        # (the doer's own are its state's organs and forces, or role words of no country; a court's orders to them,
        # and any order to rebels, opponents or people, are demands)
        # ("Zimbabwe's ruling ZANU-PF told Robert Mugabe to resign": a party or parliament telling the government)
        told_up = all(a.sector in {"PTY", "OPP", "LEG"} for a in doers)
        return all(a.code[:3] in {"IGO", "NGO"} or (a.country and family(a) not in us) or a.sector in DEFIANT_SECTORS
                   or ((court or told_up) and a.sector in STATE_SECTORS) for a in them)

    def _held_by_another(self, tok: Token) -> bool:
        """Are those this verb frees told as held by someone named ("freed 12 hostages held by militants",
        "rescued two Italians who had been kidnapped by jihadists")? Then the one who frees them rescues them."""
        objs = [c for c in self._kids(tok) if c.dep_ in OBJ]
        objs += [x for o in list(objs) for x in o.conjuncts]
        for o in objs:
            for c in self._kids(o):
                if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in HOLDING_VERBS:
                    for a in self._kids(c):
                        if a.dep_ == "agent" and any(g.dep_ == "pobj" and g.pos_ != "PRON" for g in self._kids(a)):
                            return True
        return False

    def _terms_of_a_document(self, tok: Token) -> bool:
        """Is this act what a plan, bill or treaty would or will bring, told in a relative clause on it ("a plan
        that would require Ukraine to cede four regions", "a bill that would ban foreign funding")?"""
        for a in [tok, *tok.ancestors]:
            if a.dep_ == "relcl":
                return (self.lex.is_("plan_document", a.head.lemma_.lower()) and any(
                    c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "will"} for c in self._kids(a))
                        and a.i != tok.i)
            if a.dep_ not in {"xcomp", "ccomp", "conj"} and a.i != tok.i:
                return False
        return False

    def _judged_object(self, tok: Token) -> list[Token]:
        """The object a verb of judging puts after its judgement: "dismissed as absurd a Russian peace plan",
        "rejected as unacceptable the latest offer", which spaCy reads as the object of "as"."""
        return [g for c in self._kids(tok) if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i
                for g in self._kids(c) if g.dep_ == "pobj" and g.i > c.i + 1
                and self.doc[c.i + 1].dep_ == "amod" and self.doc[c.i + 1].head.i == g.i
                and self.doc[c.i + 1].pos_ == "ADJ"
                and any(x.dep_ == "det" or x.tag_ in {"NNS", "NNPS"} for x in [g, *self._kids(g)])]

    def _aid_vehicle(self, tok: Token) -> bool:
        """A plane, ship, flight or convoy that carries aid ("a C-130 carrying relief goods", "a navy medical ship
        carrying medics") or is named for it ("relief flights", "an aid convoy")."""
        if not noun_like(tok) or tok.lemma_.lower() not in AID_VEHICLES:
            return False
        if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"relief", "aid", "humanitarian", "mercy", "medical",
                                                                        "hospital", "food"} for c in self._kids(tok)):
            return True
        carried = [o for c in self._kids(tok) if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in {"carry", "bring", "deliver"}
                   for o in self._kids(c) if o.dep_ in OBJ]
        # ("two naval ships loaded with food, tents and medicines", "trucks laden with flour")
        carried += [o for c in self._kids(tok) if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in {"load", "laden", "lade", "pack", "fill"}
                    for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "with" for o in self._kids(p) if o.dep_ == "pobj"]
        return any(g.lemma_.lower() in AID_GOODS for o in carried for g in o.subtree)

    def _objects(self, tok: Token, pos: str) -> list[Token]:
        """What counts as the object a lexicon row can require."""
        kids = list(self._kids(tok))
        if pos != "NOUN":
            objs = [c for c in kids if c.dep_ in OBJ or c.dep_ in {"nsubjpass", "csubjpass"}]   # ("Lending to Kenya was suspended")
            if not objs:
                # "would accept and implement the peace deal": verbs joined before one object share it
                objs = [g for c in kids if c.dep_ == "conj" and verb_like(c) for g in self._kids(c)
                        if g.dep_ in {"dobj", "obj"}]
            # "gave Saddam Hussein and his sons 48 hours to leave": spaCy may read the counted object as an adverb
            objs += [c for c in kids if c.dep_ == "npadvmod" and any(g.dep_ == "nummod" for g in self._kids(c))
                     and (any(o.dep_ in {"dobj", "dative"} for o in kids)
                          # "handed over to Yemen 12 suspected militants": the object put after the phrase
                          or (c.i > tok.i and not objs and any(p.dep_ in {"prt", "prep"} and p.i < c.i for p in kids)))]
            # "took hundreds of people hostage": spaCy may read the predicate noun as a clause or a modifier
            objs += [c for c in kids if c.dep_ in {"ccomp", "oprd", "npadvmod", "xcomp", "advcl"}
                     and c.lemma_.lower() in HELD_AS_WORDS and c.i > tok.i]
            # "cut $200,000 in military aid to Rwanda", "will suspend 5 million euros in aid": what a sum is "in"
            objs += [g for o in list(objs) if o.tag_ in {"$", "CD"} or o.ent_type_ == "MONEY"
                     or self.lex.is_("quantity", o.lemma_.lower())
                     for p in self._kids(o) if p.dep_ == "prep" and p.lower_ == "in" for g in self._kids(p)
                     if g.dep_ == "pobj"]
            if not objs:  # "dismissed as absurd a Russian peace plan": the object put after the judgement
                objs = self._judged_object(tok)
            if not objs and tok.lemma_.lower() not in ACCIDENT_VERBS:   # (but "a refugee boat sank" is a mishap)
                objs = [c for c in kids if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]  # "ties improved"
                # ("thousands of militiamen deployed on the streets": what the counted subject counts)
                objs += [g for c in objs if self.lex.is_("quantity", c.lemma_.lower()) for p in self._kids(c)
                         if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p) if g.dep_ == "pobj"]
            if tok.dep_ in {"amod", "acl"} and tok.head.i != tok.i:  # "the expanded relations"
                objs.append(tok.head)
            for c in kids:  # "cut off ties" parsed with the object under the particle
                if c.dep_ in {"prt", "advmod"}:
                    objs += [g for g in self._kids(c) if g.dep_ in {"pobj", "dobj"}]
            if tok.lemma_.lower() == "declare":
                # "declared four Iraqi diplomats persona non grata": spaCy reads the Latin as a clause or its object
                objs += [x for c in kids if c.dep_ in {"ccomp", "oprd", "xcomp", "dobj"}
                         for x in [c, *self._kids(c)] if x.lower_ in {"persona", "grata"}]
            if self.lex.is_("transfer", tok.lemma_.lower()):  # "provide Ukraine with missiles"
                objs += [g for c in kids if c.dep_ == "prep" and c.lower_ == "with" for g in self._kids(c) if g.dep_ == "pobj"]
            if tok.lemma_.lower() in {"let", "allow", "permit"}:
                # "let U.N. inspectors enter a palace", "let aid convoys into Tigray": spaCy reads whom the verb lets
                # in as the subject of a clause, or as the clause itself
                objs += [g for c in kids if c.dep_ == "ccomp" for g in self._kids(c) if g.dep_ == "nsubj"]
                objs += [c for c in kids if c.dep_ == "ccomp" and noun_like(c)]
            if tok.dep_ == "relcl" and tok.head.i != tok.i:  # "Lubumbashi, which was captured by the rebels"
                objs += [tok.head for o in objs if o.lower_ in RELATIVE]
            for o in list(objs):
                objs += list(o.conjuncts)
            for o in list(objs):
                if self.lex.is_("quantity", o.lemma_.lower()):  # "sent dozens of warplanes and warships"
                    # ("suspended $700 million in emergency assistance": a sum "in" what it is)
                    inner = [g for c in self._kids(o) if c.dep_ == "prep" and (
                        c.lower_ == "of" or (c.lower_ == "in" and o.lemma_.lower() in MONEY_WORDS))
                             for g in self._kids(c) if g.dep_ == "pobj"]
                    if o.lemma_.lower() in MONEY_WORDS and not inner and tok.lemma_.lower() in WITHHOLD_VERBS:
                        # ("froze $200 million in budget support", the phrase on the verb)
                        inner = [g for c in kids if c.dep_ == "prep" and c.lower_ == "in"
                                 for g in self._kids(c) if g.dep_ == "pobj" and g.pos_ == "NOUN"]
                    objs += inner + [x for g in inner for x in g.conjuncts]
            for o in list(objs):  # "shut down the reformist daily Shargh": a name's title word is what it is
                if o.pos_ == "PROPN" and o.dep_ != "compound":
                    objs += [c for c in self._kids(o) if c.dep_ in {"compound", "amod"} and c.i < o.i
                             and c.pos_ != "PROPN" and c.lower_ in {"daily", "weekly", "newspaper", "paper", "magazine"}]
            for o in list(objs):  # "halt mediation efforts": the generic head's modifier is the real object
                if self.lex.is_("generic_head", o.lemma_.lower()):  # (also "the first of four air defence systems")
                    objs += [c for c in self._kids(o) if c.dep_ in {"compound", "amod", "nmod"}]
                    objs += [g for c in self._kids(o) if c.dep_ == "prep" and c.lower_ == "of"  # "a mission of observers"
                             for g in self._kids(c) if g.dep_ == "pobj"]
                    objs += [m for c in self._kids(o) if c.dep_ == "prep" and c.lower_ == "of"  # "a team of rescue workers"
                             for g in self._kids(c) if g.dep_ == "pobj"
                             for m in self._kids(g) if m.dep_ in {"compound", "amod"}]
            return objs
        out = [t for t in tok.subtree if t.i < tok.i and t.dep_ in {"compound", "amod", "nmod", "npadvmod"}]
        out += [c for o in list(out) for c in o.conjuncts]
        return out

    # -- discourse -------------------------------------------------------------------------------------

    def remember(self, sent: Span) -> None:
        for m in self.mentions_by_sent.get(sent.start, ()):
            head = self.doc[m.end - 1]
            actors = self.resolver.resolve(head)
            if (head.dep_ in {"compound", "nmod"} and head.head.i > head.i and m.kinds() == {"institution"}
                    and self.resolver.mention_at(head.head.i) is not None
                    and any(a.country for a in self.resolver.resolve(head.head))):
                continue  # "India's Congress (I) party": the party is remembered, not a "Congress" alone
            kinds = m.kinds()
            for a in actors:
                if a.code == "---" or (a.country is None and not a.code.startswith("IGO")):
                    continue
                media = "media" in kinds or a.sector == "MED" or self._in_attribution(head)
                # the place of an act or a motion ("met in Havana", "crossed into Sudan"), not of people ("nurses
                # at hospitals across Kenya")
                # (or the venue of talks told by their noun: "opened peace talks near Oslo"; not the place of an
                # attack, whose state the army of an "if" clause may be: "suicide bombings inside Israel")
                place = head.dep_ == "pobj" and (
                    (verb_like(head.head.head) and (
                        head.head.lower_ in PLACE_PREPS or (head.head.lower_ in MOTION_PREPS
                                                            and head.head.head.lemma_.lower() in MOTION_VERBS)))
                    or (head.head.lower_ in PLACE_PREPS and noun_like(head.head.head)
                        and (talk := self.match(head.head.head)) is not None and talk.cameo[:2] == "04"))
                role = next((e.form.lower() for e in m.entries if e.kind == "leader" and e.form), "")
                self.memory.append(Remembered(self.sent_index, a, "leader" in kinds, media, m.start, place, role))
        self.memory = self.memory[-40:]
        # "the Russian-North Korean friendship", "ties between Moscow and Pyongyang": the pair in focus
        for tok in self._with_words(sent, self.lex.words.get("relationship", frozenset())):
            if noun_like(tok) and self.lex.is_("relationship", tok.lemma_.lower()):
                pair = []
                for t in phrase_tokens(tok) + [g for c in self._kids(tok) if c.dep_ == "prep"
                                               for g in c.subtree]:
                    m = self.resolver.mention_at(t.i)
                    if m is None or any(m.start <= p[0] < m.end for p in pair):
                        continue
                    for a in self.resolver.resolve(self.doc[m.end - 1]):
                        if a.country and all(family(a) != family(b) for _, b in pair):
                            pair.append((m.start, a))
                if len(pair) == 2:
                    self.dyad = [self._most_specific(a, 3) for _, a in pair]

    def _in_attribution(self, tok: Token) -> bool:
        """Is this token part of an 'according to X' phrase (the reporter, not a party)?"""
        for anc in [tok, *tok.ancestors]:
            if anc.lower_ == "according":
                return True
        return False

    def recall(self, *, person: bool = False, exclude: set[str] | None = None, before: int | None = None,
               n: int = 1, max_back: int = 3, referent: bool = False, thing: bool = False,
               role_person: bool = False) -> list[Actor]:
        """The most recent actors in the discourse, newest first (`referent`: what a pronoun can refer to, not a
        place named as the place of something)."""
        exclude = exclude or set()
        if thing and n == 1:
            # "Estonia said Russian hackers had crippled the websites of its parliament": a state named only by the
            # adjective of a plural ("Russian hackers") is a weaker antecedent of "it" than one named as itself
            named = self._recall(person=person, exclude=exclude, before=before, n=n, max_back=max_back,
                                 referent=referent, thing=thing, role_person=role_person, skip_plural_adjectives=True)
            if named:
                return named
        return self._recall(person=person, exclude=exclude, before=before, n=n, max_back=max_back,
                            referent=referent, thing=thing, role_person=role_person)

    def _recall(self, *, person: bool, exclude: set[str], before: int | None, n: int, max_back: int,
                referent: bool, thing: bool, role_person: bool, skip_plural_adjectives: bool = False) -> list[Actor]:
        out: list[Actor] = []
        for r in reversed(self.memory):
            if r.sentence < self.sent_index - max_back:
                break
            if skip_plural_adjectives:
                t = self.doc[r.position]
                if t.dep_ in {"amod", "compound"} and t.head.tag_ in {"NNS", "NNPS"} and t.head.i > t.i:
                    continue
            if before is not None and r.sentence == self.sent_index and r.position >= before:
                continue
            if r.media or (person and not (r.person or (role_person and self._names_a_person(self.doc[r.position])))) \
                    or (referent and r.place):
                continue
            if thing and (r.person or self._names_a_person(self.doc[r.position])):
                continue  # "it" is no person: "an American journalist" is not what "It detained …" refers to
            key = family(r.actor)
            if key in exclude or any(family(a) == key for a in out):
                continue
            out.append(self._most_specific(r.actor, max_back))
            if len(out) >= n:
                break
        return out

    def _coordinated_with(self, got: list[Actor], exclude: set[str]) -> list[Actor]:
        """"The leaders of Armenia and Azerbaijan met … They agreed …": the actors named in coordination with the
        antecedent of "they" are part of it."""
        if not got:
            return []
        out: list[Actor] = []
        for r in reversed(self.memory):
            if r.sentence < self.sent_index - 2:
                break
            if family(r.actor) != family(got[0]) or r.sentence == self.sent_index:
                continue
            tok = self.doc[r.position]
            while tok.dep_ in {"compound", "amod"} and tok.head.i != tok.i:
                tok = tok.head
            for c in tok.conjuncts:
                for a in self.resolver.resolve(c):
                    if a.country and family(a) not in exclude and all(family(a) != family(b) for b in got + out):
                        out.append(self._most_specific(a, 3))
            if out:
                break
        return out

    def _main_subject_for_it(self, tok: Token) -> Token | None:
        """The subject an object "it" in a subordinate clause refers to: that of the clause the subordinate clause
        hangs on. "Israel allowed 100 trucks of aid into Gaza after Ban Ki-moon urged it to ease the blockade": Israel,
        not the latest actor named (Ban, whose own object "it" cannot be). The climb passes a subordinate clause
        ("after …"), or a clause with no subject of its own that is no object's. (A possessive "its" keeps the
        recency rule: it is as often its own clause's subject's, "if the coalition ended its air raids".)"""
        cur = tok.head
        while not verb_like(cur) and cur.head.i != cur.i:
            cur = cur.head
        if not verb_like(cur):
            return None
        for _ in range(4):
            subordinate = cur.dep_ in {"advcl", "conj"} and any(c.dep_ == "mark" for c in self._kids(cur))
            subjectless = (cur.dep_ in {"xcomp", "acl"} and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in self._kids(cur))
                           and not any(c.dep_ in {"dobj", "obj", "dative"} for c in self._kids(cur.head)
                                       if verb_like(cur.head)))
            if not (subordinate or subjectless):
                break
            up = cur.head
            while not verb_like(up) and up.head.i != up.i:
                up = up.head
            if not verb_like(up) or up.i == cur.i:
                break
            cur = up
            subj = next((c for c in self._kids(cur) if c.dep_ in SUBJ | {"nsubjpass"} and c.i < tok.i), None)
            if subj is not None:
                if subj.ent_type_ == "PERSON" or subj.lower_ in HE | THEY:
                    return None
                return subj
        return None

    def _salient_subject(self, tok: Token, exclude: set[str]) -> Actor | None:
        """The latest actor named in a subject in the sentence before, when that subject names several (the
        antecedent a subject "they" most often has)."""
        for r in self._recent_mentions(tok, back=1):
            if r.sentence == self.sent_index or family(r.actor) in exclude:
                continue
            head = self.doc[r.position]
            while head.dep_ in {"compound", "amod", "pobj", "prep", "conj"} and head.head.i != head.i:
                head = head.head
            if head.dep_ in SUBJ and (head.tag_ in {"NNS", "NNPS"} or head.conjuncts):
                return self._most_specific(r.actor, 2)
        return None

    def _recent_mentions(self, tok: Token, back: int = 2):
        """The actors named before tok in its sentence and the `back` sentences before, newest first (not as a
        reporter or as the place of something)."""
        for r in reversed(self.memory):
            if r.sentence < self.sent_index - back:
                break
            if (r.sentence == self.sent_index and r.position >= tok.i) or r.media or r.place:
                continue
            yield r

    def _salient_state(self, tok: Token, exclude: set[str]) -> str | None:
        """The state a definite description refers to: the latest state named as (part of) a subject in the two
        sentences before ("Saudi Arabia recalled its ambassador … The kingdom also banned …"), else the latest state
        named at all."""
        best: tuple[int, str] | None = None   # (rank, country): a main clause's subject, any subject, any mention
        members = self._region_of_description(tok)
        for r in self._recent_mentions(tok):
            if not r.actor.country or family(r.actor) in exclude:
                continue
            if members is not None and r.actor.country not in members:
                continue  # "Italy sent troops after the invasion of Iraq … the Gulf state" is Iraq, not Italy
            rank = self._subject_rank(self.doc[r.position])
            if best is None or rank < best[0]:
                best = (rank, r.actor.country)
            if rank == 0:
                break
        return best[1] if best else None

    def _retaliation_target(self, tok: Token, source: Side, speaker: str | None) -> Side | None:
        """"ordered a carrier to the Gulf in response to what it called threats from Iran", "in retaliation for
        the attack by Hezbollah": a hostile move made in answer to another's act is aimed at that other."""
        src = {family(a) for a in source.actors}
        # ("announced the sanctions in retaliation for …": spaCy may hang the phrase on the object)
        for c in [*self._kids(tok), *(x for o in self._kids(tok) if o.dep_ in {"dobj", "obj"} for x in self._kids(o))]:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            for g in self._kids(c):
                if g.dep_ != "pobj" or g.lemma_.lower() not in {"response", "retaliation", "reprisal", "reaction"}:
                    continue
                for t in g.subtree:
                    if t.i == g.i or self.resolver.mention_at(t.i) is None:
                        continue
                    acts = [a for a in self.actors_of(t, speaker, exclude=src)[0]
                            if names_who(a) and family(a) not in src]
                    if acts:
                        return Side(acts, f"in-{g.lemma_.lower()}({tok.lemma_})", [t], False)
        return None

    def _sent_to_help(self, tok: Token) -> bool:
        """Is this deployment made to help its destination: a purpose clause of help ("to help restore order", "to
        assist", "to bolster the fight against Ebola") or "at the request of" its government?"""
        for c in self._kids(tok):
            if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in HELPING_PURPOSES | {"restore", "evacuate", "secure",
                                                                                       "guard"}:
                mine = {a.country for x in self._kids(tok) if x.dep_ in SUBJ for a in self.resolver.resolve(x)
                        if a.country}
                named = {e.country for o in self._kids(c) if o.dep_ in OBJ for x in o.subtree
                         for m in [self.resolver.mention_at(x.i)] if m for e in m.entries
                         if e.kind == "country" and e.country}
                if mine & named:
                    continue  # "sent troops to protect Russian citizens in Crimea": its own, no help to another
                if any(o.dep_ in OBJ and any(g.dep_ == "poss" and g.lower_ in {"its", "their", "our"}
                                             for g in self._kids(o)) for o in self._kids(c)):
                    continue  # "called up reservists to bolster its defences": its own, no help to another
                if any(o.dep_ in OBJ and any(a.sector in {"REB", "INS", "SEP", "UAF"} for a in self.resolver.resolve(o))
                       for o in self._kids(c)):
                    continue  # "deployed troops into eastern Congo to support M23 rebels": help to rebels, not the state
                return True
            if c.dep_ == "prep" and c.lower_ == "at" and any(g.lemma_.lower() == "request" for g in self._kids(c)):
                return True
        return False

    def _left_mission(self, tok: Token) -> bool:
        """Is what the withdrawal verb leaves (its "from" or "out of" object) a peacekeeping or United Nations force or
        mission?"""
        # (also one hung on the object: "withdrew its 400 paratroopers from the UN mission in Rwanda")
        left = [g for c in [*self._kids(tok), *(p for o in self._kids(tok) if o.dep_ in {"dobj", "obj"}
                                                for p in self._kids(o))]
                if c.dep_ == "prep" and c.lower_ == "from" for g in self._kids(c) if g.dep_ == "pobj"]
        left += [g for c in self._kids(tok) if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "out"
                 for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p) if g.dep_ == "pobj"]
        left += [g for c in self._kids(tok) if c.dep_ == "prep" and c.lower_ == "of"
                 and any(x.lower_ == "out" and x.i == c.i - 1 for x in self._kids(tok)) for g in self._kids(c)
                 if g.dep_ == "pobj"]
        return any(g.lemma_.lower() in {"force", "mission", "operation"} and self._keeps_peace(g) for g in left)

    def _keeps_peace(self, t: Token) -> bool:
        """Is this force or mission a peacekeeping one: the United Nations', one named as keeping the peace, or one
        with "peacekeeping" in its phrase?"""
        return self._un_force(t) or any(x.lemma_.lower().startswith("peacekeep") for x in t.subtree)

    def _un_force(self, t: Token) -> bool:
        """Is this a force or mission of the United Nations ("to lead a United Nations stabilization force in Haiti",
        "to join the U.N. mission in Lebanon"), or one named as keeping the peace ("to join the Australian-led
        intervention force being assembled to restore order in the Solomon Islands")? Troops sent to one keep the peace
        (CAMEO 074)."""
        if t.lemma_.lower() not in {"force", "mission", "operation"} or not noun_like(t):
            return False
        if any(c.dep_ in {"compound", "amod"} and (c.lower_ in PEACE_FORCE_WORDS or UN_MANDATED.fullmatch(c.text))
               for c in self._kids(t)):
            return True   # ("to join the U.N.-authorized multinational force")
        return any(m.entries and all(e.code and e.code.startswith("IGOUNO") for e in m.entries)
                   for c in self._kids(t) if c.dep_ in {"compound", "amod", "nmod", "poss"}
                   for x in c.subtree for m in [self.resolver.mention_at(x.i)] if m)

    def _helped_state(self, tok: Token, source: Side) -> bool:
        """Does the purpose clause of help of a deployment that names no destination name another state, or its
        government, as the one helped ("sent more troops to help Congo's President Laurent Kabila fight the rebels")?"""
        src = {family(a) for a in source.actors}
        return any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in HELPING_PURPOSES
                   # (a state or its organ, not a city: "to defend Abidjan against rebel forces")
                   and any(any(a.country and family(a) not in src and a.sector in {None, "GOV", "MIL"}
                               for a in self.resolver.resolve(o))
                           and not any(getattr(e, "form", None) == "capital" for m in [self.resolver.mention_at(o.i)]
                                       if m for e in m.entries)
                           for o in [*(o for o in self._kids(c) if o.dep_ in OBJ),
                                     # ("to help Kabila fight the rebels": the one helped is the subject of the act
                                     # helped)
                                     *(g for x in self._kids(c) if x.dep_ in {"ccomp", "xcomp"}
                                       for g in self._kids(x) if g.dep_ == "nsubj")])
                   for c in self._kids(tok))

    def _sent_for_relief(self, tok: Token) -> bool:
        """Are those a verb sends healers or rescuers ("a brigade of 200 doctors", "rescue teams"), or sent to treat,
        rescue or help the victims of a disaster ("to help flood victims")?"""
        for c in self._kids(tok):
            if c.dep_ in OBJ and any(x.lemma_.lower() in RELIEF_PEOPLE for x in c.subtree if x.dep_ != "poss"):
                return True
            if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in {"help", "assist", "aid", "treat", "rescue", "feed",
                                                                      "evacuate", "care", "tend"} and any(
                    o.dep_ in OBJ and o.lemma_.lower() in DISASTER_VICTIMS for o in self._kids(c)):
                return True
        return False

    def _retaliated(self, source: Side) -> Side | None:
        """The doer of the latest hostile act aimed at the source, told in the two sentences before."""
        src = {family(a) for a in source.actors}
        for e in reversed(self.past_events):
            if e.sentence_index < self.sent_index - 2 or e.sentence_index >= self.sent_index:
                continue
            if (e.event_type in HOSTILE_TYPES and not e.negated and e.source is not None and e.target is not None
                    and family(e.target) in src and family(e.source) not in src):
                return Side([e.source], "retaliation-for", [], True)
        return None

    def _dispersed(self, tok: Token, source: Side, speaker: str | None) -> Side | None:
        """"Police fired tear gas to disperse 1,000 miners": force used to break up a crowd is aimed at the crowd."""
        for c in self._kids(tok):
            if (c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in DISPERSE
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c))):
                for o in self._kids(c):
                    if o.dep_ in OBJ:
                        acts, rule, coref = self.actors_of(o, speaker, exclude={family(a) for a in source.actors})
                        if acts:
                            return Side(acts, f"dispersed({c.lemma_})", [o], coref)
        return None

    def _bare_country(self, tok: Token) -> bool:
        """"the country's military", "threatened the country": a singular "country" or "nation" as a possessor or an
        object (not "the two countries")."""
        return tok.lemma_.lower() in {"country", "nation"} and tok.tag_ == "NN" and tok.dep_ in {"poss", "dobj", "pobj"}

    @staticmethod
    def _come_under(tok: Token) -> Token | None:
        """"came under attack", "were under fire", "remained under siege": the verb whose subject suffers the act
        noun governed by "under"."""
        if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.dep_ == "prep" \
                and tok.head.head.lemma_.lower() in {"come", "be", "remain", "stay", "fall"}:
            return tok.head.head
        return None

    @staticmethod
    def _region_of_description(tok: Token) -> frozenset[str] | None:
        """The states a regional adjective before a description's noun names ("the Gulf state", "the East African
        country", "the Himalayan kingdom"); None when it has none."""
        mods = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}]
        if not mods:
            return None
        words = tok.doc[min(m.left_edge.i for m in mods): tok.i].text.lower().replace("-", " - ").split()
        table = region_members()
        for n in range(len(words), 0, -1):  # the longest descriptor first: "east african" before "african"
            for i in range(len(words) - n + 1):
                got = table.get(" ".join(words[i:i + n]).replace(" - ", "-"))
                if got is not None:
                    return got
        return None

    def _subject_rank(self, tok: Token) -> int:
        """0: in the subject of a sentence's main verb, 1: in another subject, 2: elsewhere."""
        for a in [tok, *tok.ancestors]:
            if a.dep_ in SUBJ | {"nsubjpass"}:
                v = a.head
                return 0 if v.dep_ == "ROOT" or (v.dep_ == "conj" and v.head.dep_ == "ROOT") else 1
            if verb_like(a):
                return 2
        return 2

    def _a_person(self, tok: Token) -> bool:
        """Is tok a person: a name, a leader of the tables or a word for a person ("the hardline leader")?"""
        m = self.resolver.mention_at(tok.i)
        return (tok.ent_type_ == "PERSON" or self.lex.is_("person_noun", tok.lemma_.lower())
                or (m is not None and "leader" in m.kinds()))

    def _names_a_person(self, tok: Token) -> bool:
        """Is the mention at tok a person's country ("an American journalist", "the Russian envoy")?"""
        head = tok.head if tok.dep_ in {"amod", "compound", "poss"} else tok
        return self.lex.is_("person_noun", head.lemma_.lower())

    def _most_specific(self, actor: Actor, max_back: int) -> Actor:
        """'North Korea' just after 'Kim Jong Un' is read as the same side at its most specific: PRKGOV."""
        best = actor
        for r in reversed(self.memory):
            if r.sentence < self.sent_index - max_back:
                break
            if not r.media and family(r.actor) == family(actor) and len(r.actor.code) > len(best.code):
                best = r.actor
        return best

    # -- actors of a token -----------------------------------------------------------------------------

    def actors_of(self, tok: Token, speaker: str | None = None, depth: int = 0,
                  exclude: set[str] | None = None) -> tuple[list[Actor], str, bool]:
        """The actors a noun (or pronoun) names, with the rule that found them and whether by coreference."""
        if depth > 4:
            return [], "", False
        exclude = exclude or set()
        low = tok.lower_
        we = first_person(tok)
        if tok.pos_ in {"NOUN", "PROPN"} and self.lex.is_("assailant", tok.lemma_.lower()):
            # "Hackers working for Russian military intelligence", "gunmen linked to al-Shabaab": attackers no table
            # names act for the one they work for or are tied to
            for c in self._kids(tok):
                if c.dep_ == "acl" and c.lemma_.lower() in {"work", "link", "tie", "connect", "affiliate", "act"}:
                    for p in self._kids(c):
                        if p.dep_ in {"prep", "agent"} and p.lower_ in {"for", "to", "with", "on"}:
                            for g in self._kids(p):
                                if g.dep_ == "pobj" and g.lower_ != "behalf":
                                    got, rule, coref = self.actors_of(g, speaker, depth + 1, exclude)
                                    if got and not any(a.country or a.name for a in self.resolver.resolve(tok)):
                                        return got, f"acl-{c.lemma_.lower()}<{rule}", coref
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in {"country", "nation"} and self.resolver.mention_at(tok.i) is None:
            # "Kim Jong Un said his country would use its nuclear weapons": the state of the one "his" is
            owner = next((c for c in self._kids(tok) if c.dep_ == "poss" and c.pos_ == "PRON"
                          and c.lower_ in {"his", "her"}), None)
            if owner is not None:
                got, rule, coref = self.actors_of(owner, speaker, depth + 1, exclude)
                states = [self.t_country(a.country) for a in got if a.country and family(a) not in exclude]
                if states:
                    return states, f"poss-country<{rule}", True
        if tok.pos_ == "PRON" or low in HE | THEY | IT or we:
            if low in RELATIVE and tok.head.dep_ in {"relcl", "acl"}:
                return self.actors_of(tok.head.head, speaker, depth + 1)
            speech = self._speech_ancestor(tok) if tok.dep_ in SUBJ | {"nsubjpass"} else None
            if tok.dep_ in SUBJ | {"nsubjpass"}:
                # "Israel denied that it had asked …, a government spokesman said": "it" is who denies
                speech = self._teller(tok, speech)
            if speech is None and tok.dep_ == "poss" and tok.head.dep_ in SUBJ | {"nsubjpass"}:
                # "Russia denied that its forces had shelled the plant": "its" is the one who speaks or denies
                speech = next((a for a in tok.head.ancestors if verb_like(a) and (
                    self.lex.is_("speech", a.lemma_.lower()) or getattr(self.match(a), "frame", "") == "deny"
                    or a.lemma_.lower() in SELF_TELLING_VERBS)), None)  # ("Israel denied that its troops had …")
                if speech is not None and self.lex.is_("speech", speech.lemma_.lower()):
                    speech = self._speech_ancestor(tok.head) or speech  # (past a trailing "…, media reported")
            if speech is None and we:
                speech = self._speech_ancestor(tok)   # "'… attacked us', the ministry said", "our people"
            if speech is not None and we:
                # "'We will liberate our country from the invaders,' the group's leader said": the speaker's side
                said_by = [c for c in self._kids(speech) if c.dep_ in SUBJ | {"nsubjpass"} and c.pos_ != "PRON"]
                said_by += [g for c in self._kids(speech) if c.dep_ == "agent" for g in self._kids(c)
                            if g.dep_ == "pobj"]   # ("… was quoted by X as saying")
                for c in said_by:
                    got = [a for a in self.actors_of(c, speaker, depth + 1, exclude)[0] if family(a) not in exclude]
                    if got and all(a.country or a.code[:3] in {"IGO", "NGO", "IMG"} for a in got):
                        return got, "coref-we", True
                return [], "", False
            if speech is not None and low in THEY and any(first_person(c) for c in tok.head.subtree):
                speech = None   # "'They attacked us,' the ministry said": "they" are not the speaker
            if (speech is not None and low in IT | THEY and tok.dep_ in SUBJ and verb_like(tok.head)
                    and speech.lemma_.lower() in {"tell", "inform", "remind", "warn", "notify"}
                    and (any(c.dep_ == "aux" and self.lex.is_("must", c.lower_) for c in self._kids(tok.head))
                         or self._obliged(tok.head))):
                # "The IAEA told North Korea it must allow inspections": who is told what it must do is the one
                # told, not the teller
                for c in self._kids(speech):
                    if c.dep_ in {"dobj", "dative", "obj"} and c.pos_ != "PRON":
                        got = [a for a in self.actors_of(c, speaker, depth + 1, exclude)[0] if family(a) not in exclude]
                        if got and all(a.country or a.code[:3] in {"IGO", "NGO"} for a in got):
                            return got, "coref-told", True
            if speech is not None and low in HE | THEY | IT:
                # "X was quoted as saying he …": the speaker is the passive subject of "quoted"
                said_by = [speech] + ([speech.head.head] if speech.dep_ == "pcomp" and speech.head.lower_ == "as" else [])
                if speech.dep_ == "conj" and verb_like(speech.head):  # "X rejected the plan and said they …"
                    said_by.append(speech.head)
                for c in [c for v in said_by for c in self._kids(v) if c.dep_ in SUBJ | {"nsubjpass"}]:
                    if c.i != tok.i and (c.pos_ != "PRON" or (depth == 0 and c.lower_ in IT | THEY | HE)):
                        # (a speaker named by a pronoun is resolved in turn: "The Treasury said it notified the
                        # Netherlands that it was terminating the treaty")
                        got, rule, coref = self.actors_of(c, speaker, depth + 1, exclude)
                        got = [a for a in got if family(a) not in exclude]
                        if got and all(not a.country and a.sector for a in got):
                            # "The army said it had hit Hamas positions": the speaker named by role is of the state
                            # named before
                            home = self._definite_antecedent([c], got[0].sector)
                            if home:
                                got = [homed(a, home) for a in got]
                        if got:
                            return got, "coref-speaker", True
            if (low in {"him", "her", "them"} and tok.dep_ == "dobj" and tok.head.dep_ in {"advcl", "conj"}
                    and verb_like(tok.head) and verb_like(tok.head.head) and depth == 0):
                # "deported four Palestinian activists to southern Lebanon, accusing them of inciting violence": the
                # ones the main act was done to, not the last place named
                done_to = next((c for c in self._kids(tok.head.head) if c.dep_ in {"dobj", "nsubjpass"}
                                and c.i < tok.i and noun_like(c) and self.match(c) is None), None)
                if done_to is not None:
                    got = [a for a in self.actors_of(done_to, speaker, depth + 1, exclude)[0] if family(a) not in exclude]
                    if got:
                        return got, "coref-done-to", True
            if (low in {"his", "her", "their"} and tok.dep_ == "poss" and tok.head.dep_ == "pobj"
                    and tok.head.head.lower_ in {"during", "on"} and verb_like(tok.head.head.head)
                    and tok.head.lemma_.lower() in {"visit", "trip", "tour", "stay", "stop", "stopover", "mission"}
                    and depth == 0):
                # "allowed the envoy to meet Suu Kyi during his visit to Rangoon": the one whose visit it is does the
                # act it frames, not the last person named
                host = self.source_of(tok.head.head.head, speaker)
                got = [a for a in host.actors if family(a) not in exclude]
                if got:
                    return got, "coref-host", True
            if low in HE:
                got = self.recall(person=True, max_back=2, exclude=exclude, before=tok.i, referent=True) or \
                    self.recall(person=True, max_back=2, exclude=exclude, before=tok.i, referent=True, role_person=True)
                # (a leader of the tables first; else a person named by role: "expelled the German ambassador,
                # accusing him of meddling")
                for c in tok.conjuncts:   # "He and North Korean leader Kim Jong Un signed a pact": both
                    got += [a for a in self.actors_of(c, speaker, depth + 1, exclude)[0]
                            if all(family(a) != family(b) for b in got)]
                return got, "coref-he", True
            if low in THEY and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" and any(
                    c.dep_ in {"dobj", "obj"} and c.lower_ in {"whom", "who", "which"} for c in self._kids(tok.head)):
                # "opposition leaders demanded the resignation of President Eyadema, whom they accused of …": "they"
                # are the main clause's subject, not the one the clause is about
                v = tok.head.head
                while not verb_like(v) and v.head.i != v.i:
                    v = v.head
                for c in self._kids(v):
                    if c.dep_ in SUBJ and c.pos_ != "PRON":
                        got = [a for a in self.actors_of(c, speaker, depth + 1, exclude)[0] if family(a) not in exclude]
                        if got:
                            return got, "coref-they-main", True
            if low in THEY:
                got = self.recall(n=1, max_back=2, exclude=exclude, before=tok.i, referent=True)
                subj = self._salient_subject(tok, exclude) if tok.dep_ in SUBJ else None
                if subj is not None and got and family(subj) != family(got[0]):
                    got = [subj]  # "The leaders of Armenia and Azerbaijan met … with Charles Michel. They agreed"
                return got + self._coordinated_with(got, exclude), "coref-they", True
            if low == "it" and depth == 0 and tok.dep_ in {"dobj", "dative", "iobj"}:
                subj = self._main_subject_for_it(tok)
                if subj is not None:
                    got = [a for a in self.actors_of(subj, speaker, depth + 1, exclude)[0] if family(a) not in exclude]
                    if got and all(a.country or a.code[:3] in {"IGO", "NGO"} for a in got):
                        return got, "coref-it-main", True
            if low in IT:
                got = self.recall(n=1, max_back=1, exclude=exclude, before=tok.i, referent=True, thing=True)
                return got, "coref-it", True
            return [], "", False
        found = []
        listed = [tok, *tok.conjuncts]
        head_acts = self.resolver.resolve(tok, speaker=speaker)
        if head_acts and all(a.country and not a.sector for a in head_acts):
            # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties": spaCy reads the list as an
            # apposition with conjuncts; states in apposition to a state are more of the list
            for c in self._kids(tok):
                if c.dep_ == "appos" and c.pos_ == "PROPN" and self.resolver.mention_at(c.i) is not None:
                    more = self.resolver.resolve(c, speaker=speaker)
                    if more and all(a.country and not a.sector for a in more) and \
                            {a.country for a in more} != {a.country for a in head_acts}:
                        listed += [c, *c.conjuncts]
        # "U.S. President Barack Obama and Russian President Dmitry Medvedev signed": spaCy hangs the second name
        # on the first one's apposition
        listed += [x for c in self._kids(tok) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                   for x in c.conjuncts if x not in listed and x.pos_ == "PROPN" and x.ent_type_ == "PERSON"]
        for t in listed:
            acts = self.resolver.resolve(t, speaker=speaker)
            if t is not tok and acts and not any(names_who(a) for a in acts):
                # "Iranian negotiators and officials from the IAEA": spaCy hangs the last conjunct's "from" phrase
                # on the first; it names whom the last one is from
                for p in self._kids(tok):
                    if p.dep_ == "prep" and p.lower_ in {"from", "of"} and p.i > t.i:
                        owners = [a for g in self._kids(p) if g.dep_ == "pobj"
                                  for a in self.resolver.resolve(g, speaker=speaker) if names_who(a)]
                        if owners:
                            acts = [a if a.code[:3] in {"IGO", "NGO", "IMG"} or not acts[0].sector else
                                    Actor(text=a.text, name=a.name, country=a.country, sector=acts[0].sector,
                                          code=(a.country or "---") + acts[0].sector) for a in owners]
                            break
            if not acts and self.lex.is_("combatant", t.lemma_.lower()):
                # "the Islamist group said its fighters had killed 60 soldiers", "Iran's gunboats": the fighters, men
                # or craft an actor owns are that actor's (a state's are its military)
                owner = next((c for c in self._kids(t) if c.dep_ == "poss"), None)
                if owner is not None:
                    acts = [a if a.sector or not a.country else Actor(
                        text=a.text, name=a.name, country=a.country, sector="MIL", code=a.country + "MIL", alias=a.alias)
                            for a in self.actors_of(owner, speaker, depth + 1, exclude)[0]]
            if not acts and self.lex.is_("communication", t.lemma_.lower()):
                author = self._author(t)
                if author is not None:
                    acts = self.actors_of(author, speaker, depth + 1)[0]
            found.extend(a for a in acts if not any(same_actor(a, b) for b in found))
        if found and all(not a.country and a.sector for a in found):
            # "Tony Blair and Thabo Mbeki are among the leaders (and heads of state) attending the meeting": the
            # copula's subject names who the leaders are
            cur, cop = tok, None
            for _ in range(4):
                if cur.dep_ == "conj":
                    cur = cur.head
                elif cur.dep_ == "pobj" and cur.head.lower_ == "of" and noun_like(cur.head.head):
                    cur = cur.head.head
                else:
                    if cur.dep_ == "pobj" and cur.head.lower_ == "among" and cur.head.head.lemma_ == "be":
                        cop = cur.head.head
                    break
            for c in self._kids(cop) if cop is not None else ():
                if c.dep_ in SUBJ:
                    got, rule, coref = self.actors_of(c, speaker, depth + 1)
                    if got:
                        return got, "copula-subject", coref
        # "Khan asked the kingdom to defer repayment", "Beijing downgraded relations with the Baltic country": a
        # definite description of a state names the latest other state in the sentences before
        described = (noun_like(tok) and tok.pos_ == "NOUN"
                     and any(c.dep_ == "det" and c.lower_ == "the" for c in self._kids(tok))
                     and (self.lex.is_("state_noun", tok.lemma_.lower()) or (
                         tok.lemma_.lower() in {"country", "nation", "state"}
                         and any(c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "PROPN"} for c in self._kids(tok)))
                          # "Washington demanded that the country's military …": a bare "the country" owning an
                          # organ or as an object is the story's state other than the side it is weighed against
                          or (self._bare_country(tok) and bool(exclude))))
        if (not found or all(not a.country and a.sector for a in found)) and self._names_the_pair(tok):
            pair = self._pair_in_focus(tok, exclude)
            sector = found[0].sector if found else None
            if pair and sector:   # "the two leaders", "the two governments": the pair's officers
                pair = [self.t_country(a.country, sector) for a in pair] if all(a.country for a in pair) else []
            if pair:
                return pair, "pair", True
        if found and not (described and all(not a.country and not a.sector and a.code[:3] not in {"IGO", "NGO", "IMG"}
                                            for a in found)):
            return found, "np", False  # (but "the East African country" is a state of the region named before)
        # "General Abdourahamane Tiani … met Goita. The general thanked Mali": a bare definite title no table lists
        # names the person that title was given before (in the two sentences before)
        if (not found and noun_like(tok) and tok.pos_ == "NOUN" and tok.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in self._kids(tok))
                and not any(c.dep_ in {"compound", "poss", "prep"} for c in self._kids(tok))):
            word = tok.lemma_.lower()
            for r in reversed(self.memory):
                if r.sentence < self.sent_index - 2 or (r.sentence == self.sent_index and r.position >= tok.i):
                    continue
                if r.media or r.place or not r.actor.country:
                    continue
                titled = [self.doc[i].lower_ for i in (r.position - 1, r.position) if 0 <= i < len(self.doc)]
                if word in titled and family(r.actor) not in exclude:
                    return [self._most_specific(r.actor, 2)], "title-antecedent", True
        if described:
            if self._bare_country(tok) and not any(c.dep_ in {"amod", "compound"} for c in self._kids(tok)):
                # "lifted sanctions against South Africa in recognition of the country's moves": the state named
                # last, not the subject
                got = next((r.actor.country for r in self._recent_mentions(tok)
                            if r.actor.country and family(r.actor) not in exclude), None)
            else:
                got = self._salient_state(tok, exclude)
            if got:
                return [self.t_country(got)], "state-description", True
        # "ECOWAS suspended Niger … The bloc also imposed sanctions": a definite description of a body or a group
        # names the latest such actor named before
        if (noun_like(tok) and tok.pos_ == "NOUN" and self.lex.is_("body_noun", tok.lemma_.lower())
                and any(c.dep_ == "det" and c.lower_ == "the" for c in self._kids(tok))
                and not any(c.dep_ in {"amod", "compound", "poss", "nmod"} for c in self._kids(tok))):
            for r in self._recent_mentions(tok):
                a = r.actor
                if family(a) in exclude:
                    continue
                if (a.code[:3] in {"IGO", "NGO", "IMG"} and tok.lemma_.lower() != "group") or (
                        tok.lemma_.lower() in {"group", "movement", "militia"} and (
                            a.code[:3] in {"IMG", "NGO"} or a.sector in {"REB", "INS", "SEP"})):
                    return [a], "body-description", True
        # "German Foreign Minister Annalena Baerbock arrived in Kyiv. Baerbock accused Russia …": a bare surname
        # the tables do not know names whom its full name with a title named earlier in the text
        if tok.pos_ == "PROPN" and tok.ent_type_ in {"PERSON", ""} and self.resolver.mention_at(tok.i) is None \
                and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in self._kids(tok)):
            for j in reversed(self._person_heads.get(tok.text, ())):
                if j >= tok.i or j < tok.i - 400:
                    continue
                acts = [a for a in self.resolver.resolve(self.doc[j], speaker=speaker)
                        if a.country or a.code[:3] in {"IGO", "NGO"}]
                if acts:
                    return acts, "surname", True
        # "one of the few countries to recognise": the subject of the copula names the actor
        if tok.dep_ in {"attr", "pobj"}:
            h = tok.head
            if h.dep_ == "prep" and h.lower_ == "of":
                h = h.head
            if h.dep_ == "attr" or h == tok.head:
                cop = h.head if h.dep_ == "attr" else (tok.head if tok.dep_ == "attr" else None)
                if cop is not None and cop.lemma_ in {"be", "become", "remain"}:
                    for c in self._kids(cop):
                        if c.dep_ in SUBJ:
                            got, rule, coref = self.actors_of(c, speaker, depth + 1)
                            if got:
                                return got, "copula-subject", coref
        return [], "", False

    def _author(self, tok: Token) -> Token | None:
        """The author of a letter or statement: 'a letter from Putin', 'Putin's letter', 'the parliament adopted a
        resolution'."""
        if tok.dep_ in OBJ and verb_like(tok.head) and self.lex.is_("author", tok.head.lemma_.lower()):
            subj = next((c for c in self._kids(tok.head) if c.dep_ in SUBJ), None)
            if subj is not None:
                return subj
        for c in self._kids(tok):
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
                for g in self._kids(c):
                    if g.dep_ == "pobj":
                        return g
        return None

    # -- who acts --------------------------------------------------------------------------------------

    def source_of(self, tok: Token, speaker: str | None = None, verbal: bool = True, visit: bool = False) -> Side:
        """Who acts: subject, passive agent, noun possessor or demonym, or climbing up the clause.

        A passive verb without "by X" names no actor: we do not climb past it. Only a verbal act
        (a statement, praise, a demand) found inside what a speaker says is the speaker's own.
        """
        path = []
        cur = tok
        if (not verbal and verb_like(tok) and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i > tok.head.i
                and verb_like(tok.head) and self.lex.is_("speech", tok.head.lemma_.lower())):
            # "Saudi Arabia will allow women to drive, the news agency SPA said, ending the kingdom's ban": the
            # participle after a trailing attribution goes on with what was said, done by its subject (a verbal
            # act there is the speaker's own: "…, the minister said, slamming lax cooperation")
            said = tok.head
            clauses = [c for c in self._kids(said) if c.dep_ in {"ccomp", "parataxis"} and c.i < said.i]
            if said.dep_ == "parataxis" and said.head.i < said.i:
                clauses.append(said.head)   # ("Rebels ambushed a patrol, the army said, killing seven soldiers")
            for c in clauses:
                if verb_like(c):
                    got = self._direct_agent(c, speaker)
                    if got is not None and got.actors:
                        got.rule = f"said-clause^/{got.rule}"
                        return got
        for _ in range(8):
            got = self._direct_agent(cur, speaker)
            if got is not None:
                got.rule = "/".join(path + [got.rule])
                return got
            if verb_like(cur) and any(c.dep_ in SUBJ and c.lower_ in INDEFINITE for c in self._kids(cur)):
                return Side([], "none")   # "(not allow) anyone to threaten us": the clause says its doer, no one named
            if verb_like(cur) and any(c.dep_ in {"nsubjpass", "auxpass"} for c in self._kids(cur)):
                if cur is tok and self.lex.is_("light", tok.lemma_.lower()):
                    # "A meeting between Singh and Musharraf was held in Havana": a meeting held by no one named
                    # is held by the two it is between
                    for c in self._kids(tok):
                        if c.dep_ == "nsubjpass" and noun_like(c) and getattr(self.match(c), "cameo", "")[:2] == "04":
                            got = self._direct_agent(c, speaker)
                            if got is not None and got.rule.startswith("between("):
                                got.rule = f"{got.rule}<nsubjpass({tok.lemma_})"
                                return got
                break
            if (verb_like(cur) and cur.tag_ == "VBN" and cur.dep_ == "advcl"
                    and not any(c.dep_ in {"aux", "auxpass", "nsubj", "agent", "mark"} for c in self._kids(cur))):
                break   # "Asked about the talks, the minister said …": the main subject was asked, by no one named
            if (verb_like(cur) and cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS
                                                               for c in self._kids(cur))
                    and any(c.dep_ in SUBJ and c.pos_ != "PRON" and c.lemma_.lower() not in DESCRIBED_STATES
                            for c in self._kids(cur))):
                break   # "The two Koreas remain at war because the Korean War ended in an armistice": a clause with a
                # subject of its own that names no one tells no act of the main clause's subject
            head = cur.head
            if head.i == cur.i:
                break
            if (cur.dep_ == "xcomp" and verb_like(cur) and head.lemma_.lower() in RAISING | REPORTED_RAISING
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(cur))):
                # "Iran is expected to reject the offer", "the two leaders are scheduled to sign": the subject of
                # the passive that schedules or foresees the act is its doer
                for c in self._kids(head):
                    if c.dep_ == "nsubjpass":
                        acts, rule, coref = self.actors_of(c, speaker)
                        if acts:
                            return Side(acts, "/".join(path + [f"xcomp^/nsubjpass({head.lemma_})"]), [c], coref)
            if (cur.dep_ in {"xcomp", "ccomp"} and verb_like(cur) and verb_like(head)
                    and head.lemma_.lower() in OBJECT_CONTROL
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(cur))):
                # "Britain's expulsion of diplomats prompted Moscow to expel Britons": the one prompted acts
                for c in self._kids(head):
                    if c.dep_ in {"dobj", "obj"} and c.lower_ in INDEFINITE:
                        return Side([], "none")   # "will not allow anyone to threaten us": no one named acts
                    if c.dep_ in {"dobj", "obj"} and noun_like(c):
                        acts, rule, coref = self.actors_of(c, speaker)
                        if acts:
                            return Side(acts, "/".join(path + [f"dobj({head.lemma_})"]), [c], coref)
            # a noun acts through the verb that governs it only when that verb is a light verb
            # ("staged a protest", "launched an invasion"); "buried under the sanctions" names no sanctioner
            if noun_like(cur):
                getter = self._receipt_verb(tok) if cur is tok else None
                if getter is not None and getter.dep_ not in {"acl", "amod"}:
                    # "Kenya received aid from Japan": the giver is named on the verb of receiving ("countries
                    # receiving aid from the EC" says who they are)
                    for p in self._kids(getter):
                        if p.dep_ == "prep" and p.lower_ == "from":
                            for g in self._kids(p):
                                if g.dep_ == "pobj":
                                    acts, rule, coref = self.actors_of(g, speaker)
                                    if acts:
                                        return Side(acts, "/".join(path + [f"from({getter.lemma_})"]), [g], coref)
                if cur.dep_ in OBJ and verb_like(head) and (self._approves_mobilization(head) or (
                        self.lex.is_("light", head.lemma_.lower()) and not (
                        # ("called the new sanctions an act of war": a name given to the object, no act carried)
                        head.lemma_.lower() in NAMING_VERBS and cur.dep_ == "dobj" and cur.tag_ not in {"WP", "WDT"}
                        and any(c.dep_ == "oprd" and c.i > cur.i for c in self._kids(head))))
                        or (
                        self.lex.is_("phase", head.lemma_.lower()) and (cur is tok or path == ["of^"])
                        and getattr(self.match(tok), "cameo", "")[:2] == "04") or (
                        # "parliament passed a law banning the party", "approved a law recognizing opposition
                        # victories": what an enacted law or order does, its enactor does
                        cur is not tok and cur.lemma_.lower() in LAWS | {"order", "directive", "resolution"}
                        and head.lemma_.lower() in ENACTING_VERBS)):
                    # ("wrapped up a visit to Turkey", "cut short a visit", "ended talks", "ended three days of
                    # talks": who ends a visit or talks is who held them)
                    path.append(f"{cur.dep_}({head.lemma_})")
                    cur = head
                    continue
                told = getattr(self.match(tok), "cameo", "")[:2] if cur is tok and cur.dep_ == "dobj" else ""
                if (told and verb_like(head) and not self._negated(head) and (
                        (head.lemma_.lower() in SELF_TELLING_VERBS - {"deny"} and told in {"08", "16", "17"})
                        or (head.lemma_.lower() in {"admit", "acknowledge"} and told in {"18", "19", "20"}))):
                    # "Pakistan confirmed the arrest of a senior al Qaeda operative", "Israel admitted the killing
                    # of …": a state that confirms or admits an act that names no doer did it (not "Iran confirmed
                    # the killing of its scientist": who confirms a killing is often its victim)
                    got = self._direct_agent(head, speaker)
                    if got is not None and got.actors and all(
                            a.sector in STATE_SECTORS or (a.country and not a.sector) for a in got.actors):
                        got.rule = "/".join(path + [f"dobj({head.lemma_})", got.rule])
                        return got
                if cur.dep_ == "conj" and noun_like(head):
                    path.append("conj^")
                    cur = head
                    continue
                if cur is tok and cur.dep_ == "compound" and self._enacted_as_law(cur):
                    path.append("compound^")   # ("passed an amnesty law": the law's enactor)
                    cur = head
                    continue
                # "held a new round of talks", "launched ten days of war games": the measure noun stands in
                if (cur.dep_ == "pobj" and head.lower_ == "of" and noun_like(head.head)
                        and self.lex.is_("quantity", head.head.lemma_.lower())):
                    path.append("of^")
                    cur = head.head
                    continue
                # "hit back with air strikes on Gaza", "responded with artillery fire": the verb's subject uses them
                if (cur.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "with" and verb_like(head.head)
                        and getattr(self.match(cur), "cameo", "")[:2] in {"15", "17", "18", "19", "20"}):
                    path.append("pobj(with)")
                    cur = head.head
                    continue
                # "recaptured the town after fierce fighting with rebels": the clause's subject took part
                # … and "accused Arafat of doing nothing, in a telephone call with Chirac": so did the subject of a
                # verb told in a call or meeting with someone
                if (cur.dep_ == "pobj" and head.dep_ == "prep"
                        and (self.lex.is_("sequence", head.lower_) or (
                            head.lower_ in {"in", "during"} and getattr(self.match(cur), "cameo", "")[:2] == "04"
                            and not any(g.lemma_.lower() in PRESS_WORDS for c in self._kids(cur)
                                        if c.dep_ == "prep" and c.lower_ == "with" for g in self._kids(c))))
                        and verb_like(head.head) and any(c.dep_ == "prep" and c.lower_ == "with" for c in self._kids(cur))):
                    path.append(f"pobj({head.lower_})")
                    cur = head.head
                    continue
                # "troops remained on alert": a state entered through a light verb
                if (cur.dep_ == "pobj" and head.dep_ == "prep" and verb_like(head.head)
                        and ((head.lower_ in {"on", "into", "under"} and self.lex.is_("light", head.head.lemma_.lower()))
                             or (head.lower_ == "in" and self.lex.is_("engage_in", head.head.lemma_.lower()))
                             or (head.lower_ == "in" and head.head.lemma_.lower() == "take" and any(
                                 c.dep_ in OBJ and c.lower_ == "part" for c in self._kids(head.head)))
                             or (head.lower_ == "with" and head.head.lemma_.lower() == "go" and any(
                                 c.lower_ == "ahead" for c in self._kids(head.head)))
                             or (head.lower_ in {"in", "during"} and cur is tok and any(
                                 c.dep_ in {"amod", "compound"} and c.lower_ in {"joint", "combined", "coordinated"}
                                 for c in self._kids(cur)) and getattr(self.match(cur), "cameo", "")[:2] == "06"))):
                    # … or an act engaged in: "Serb forces engaged in ethnic cleansing", "thousands took part in
                    # demonstrations", "the unions went ahead with a general strike"; or what is done in a joint
                    # act is done by those who hold it ("Spanish and Moroccan police dismantled a network in a joint
                    # operation")
                    path.append(f"pobj({head.lower_})")
                    cur = head.head
                    continue
                # inside what a speaker says, the speaker is the one who speaks of a verbal act — an act
                # named with its object or addressee ("support … between the two countries"), not a bare
                # noun ("lower demand")
                speech = self._speech_ancestor(cur) if verbal and self._has_complement(tok) else None
                if speech is not None:
                    got = self._direct_agent(speech, speaker)
                    if got is not None:
                        got.rule = "/".join(path + [f"speaker<{got.rule}"])
                        return got
                break
            if self._participle_of_noun(cur):
                break  # "126 British soldiers killed in Iraq": the noun a past participle modifies suffers the act
            if cur.dep_ in {"relcl", "acl"}:
                # "the countries to recognise", "Putin, which discussed"
                acts, rule, coref = self.actors_of(head, speaker)
                among = head.head if head.dep_ == "pobj" and head.head.lower_ == "among" else None
                if not any(names_who(a) for a in acts) and among is not None and among.head.lemma_ == "be":
                    # "the Brazilian president and the Indian prime minister are among the leaders attending": the subject
                    for c in self._kids(among.head):
                        if c.dep_ in SUBJ:
                            got, r2, coref2 = self.actors_of(c, speaker)
                            if got:
                                return Side(got, "/".join(path + [f"{cur.dep_}<among<{r2}"]), [c], coref2)
                if acts:
                    return Side(acts, "/".join(path + [f"{cur.dep_}<{rule}"]), [head], coref)
                path.append(cur.dep_)
                cur = head
                continue
            if (cur.dep_ == "advcl" and verb_like(cur) and any(
                    c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ not in RELATIVE and self._natural_force(c)
                    for c in self._kids(cur))):
                break  # "growth was forecast at 6% before tsunamis hit six provinces": the clause names what hit
            if (cur.dep_ == "conj" and verb_like(cur) and any(
                    c.dep_ == "nsubj" and noun_like(c) and c.pos_ != "PRON" and c.lower_ not in RELATIVE
                    for c in self._kids(cur))):
                break  # "Canada suspended its dialogue with Iran, but some European states want …": not Canada
            if (cur.dep_ == "conj" and verb_like(cur) and verb_like(head)
                    and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in self._kids(cur))
                    and any(c.dep_ == "auxpass" for c in self._kids(head))):
                # "the prime minister was indicted by the court and will resign": the passive's subject resigns
                if cur.tag_ == "VBN" and not any(c.dep_ in {"aux"} for c in self._kids(cur)):
                    # "were declared persona non grata by the Philippines and given 48 hours to leave": the passive
                    # goes on, done by the first verb's agent (if it names one)
                    got = self._direct_agent(head, speaker)
                    if got is not None and got.rule.startswith("agent("):
                        got.rule = "/".join(path + [f"conj<{got.rule}"])
                        return got
                    break
                subj = next((c for c in self._kids(head) if c.dep_ == "nsubjpass"), None)
                acts, rule, coref = self.actors_of(subj, speaker) if subj is not None else ([], "", False)
                if acts:
                    return Side(acts, "/".join(path + [f"conj<nsubjpass({head.lemma_})"]), [subj], coref)
                break
            if (cur is tok and verb_like(cur) and getattr(self.match(cur), "frame", "") == "threaten"
                    and any(c.dep_ == "nsubj" and noun_like(c) and c.pos_ != "PRON" and c.lower_ not in RELATIVE
                            for c in self._kids(cur))):
                break  # "rising sea levels threaten to submerge the Maldives, a UN report said": no one threatens
            if (not verbal and cur.dep_ in {"ccomp", "parataxis"} and verb_like(head)
                    and self.lex.is_("speech", head.lemma_.lower())):
                break  # "a roadside bombing killed two policemen, police said": the speaker did not kill
            if (visit and cur.dep_ in {"ccomp", "parataxis"} and verb_like(cur) and verb_like(head)
                    and self.lex.is_("speech", head.lemma_.lower()) and any(
                        c.dep_ == "nsubj" and c.pos_ == "NOUN" and not c.conjuncts and self.resolver.mention_at(c.i) is None
                        and c.lemma_.lower() not in {"delegation", "team", "mission", "envoy", "entourage"}
                        and not any(g.dep_ == "poss" for g in self._kids(c)) for c in self._kids(cur))):
                break  # "the spokeswoman said 8,500 vehicles had arrived": a visit by what the clause names, not hers
            if (cur is tok and cur.dep_ == "conj" and told_as_done(cur) and head.tag_ == "VB" and verb_like(head)
                    and head.dep_ in {"ccomp", "xcomp"} and (asker := self.match(head.head)) is not None
                    and (asker.frame == "request" or asker.cameo[:2] in {"02", "10"})):
                # "Aziz demanded that the Security Council ease the oil embargo, and threatened to halt cooperation":
                # a past tense joined to the act asked is the asker's own (spaCy joins it to the act asked)
                path.append("conj-asked^")
                cur = head.head
                continue
            if cur.dep_ in CLIMB_DEPS | {"amod", "nsubj", "nsubjpass", "prep", "dobj", "npadvmod", "advmod"} \
                    or head.dep_ == "prep" or (cur.dep_ == "attr" and cur.tag_ == "VBG" and head.lemma_ == "be"):
                # (the last: "Qatar is mediating …" parsed with the participle as the attribute of "is")
                path.append(f"{cur.dep_}^")
                cur = head
                continue
            break
        return Side([], "none")

    def _has_complement(self, tok: Token) -> bool:
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        for t in {tok, first}:
            for c in self._kids(t):
                if c.dep_ in {"poss", "ccomp", "acl", "relcl"}:
                    return True
                if c.dep_ == "prep" and c.lower_ in {"for", "on", "against", "with", "to", "between", "of", "among",
                                                     "from", "over"}:
                    return True
        return not noun_like(tok)

    def _claimant(self, tok: Token) -> Token | None:
        """Who claimed responsibility for this act noun, or for the weapon whose clause this verb is ("ETA claimed
        responsibility for a car bomb that killed two Civil Guards", "Hamas claimed responsibility for the attack")."""
        noun = tok.head if verb_like(tok) and tok.dep_ == "relcl" else tok
        if not (noun_like(noun) and noun.dep_ == "pobj" and noun.head.lower_ == "for"):
            return None
        owed = noun.head.head
        claim = owed.head if owed.lemma_.lower() in {"responsibility", "credit"} and owed.dep_ in OBJ else owed
        if not (claim.lemma_.lower() in {"claim", "take", "accept", "admit", "assume"} and verb_like(claim) and any(
                c.dep_ in OBJ and c.lemma_.lower() in {"responsibility", "credit"} for c in self._kids(claim))):
            return None   # (the "for" phrase may hang on the verb: "claimed responsibility on Tuesday for …")
        return next((c for c in self._kids(claim) if c.dep_ == "nsubj"), None)

    def _places_left(self, tok: Token) -> list[Token]:
        """The objects of a verb's "from" and "out of" phrases ("expelled from Iraq", "ordered out of Venezuela")."""
        out = []
        for c in self._kids(tok):
            if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"from", "out"}:
                preps = [c] if c.lower_ == "from" else [p for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of"]
                out += [g for p in preps for g in self._kids(p) if g.dep_ == "pobj"]
        return out

    @staticmethod
    def _voted_decision(tok: Token, comp) -> bool:
        """Is a wrapper verb's complement one it wraps: any for all but "vote"; for "vote" only a cut or a withdrawal
        voted ("the cabinet voted to withdraw the troops by July": a decision announced, as with "decided")."""
        if tok.lemma_.lower() != "vote":
            return True
        return comp.code[:2] == "16" or comp.code[:3] in {"087", "083"}

    def _peacekeepers(self, source: Side, tok: Token) -> bool:
        """Are the forces a side of the arrival `tok` names peacekeepers: "Ugandan peacekeepers", "troops of a U.N.
        force", or, in a second subject spaCy makes of an apposition, "500 Pakistani soldiers, the first U.N. troops
        sent …"?"""
        heads = [*source.tokens, *(c for c in self._kids(tok) if c.dep_ == "nsubj")]
        if any(t.lemma_.lower() in {"u.n.", "un"} and t.dep_ in {"compound", "amod", "nmod"}
               and self.lex.is_("deployed", t.head.lemma_.lower()) for h in heads for t in h.subtree):
            return True
        # "Ugandan peacekeepers", and the force the sentence names: "Troops from Brazil and Chile, the backbone of a
        # new U.N. stabilization mission, …", "Chinese military engineers arrived in Darfur, the first troops
        # deployed for the joint U.N.-African Union peacekeeping force"
        return any(t.lemma_.lower().startswith("peacekeep") or (
            t.lower_ in PEACE_FORCE_WORDS and t.head.lemma_.lower() in {"force", "mission"})
            for t in tok.sent)

    def _restriction_owner(self, tok: Token, speaker: str | None) -> Side | None:
        """"The lifting of U.S. economic sanctions on Sudan was confirmed", "the easing of Israel's blockade": a
        noun that lifts or eases what its "of" phrase names, with no doer of its own, is the act of the state whose
        sanctions, ban or blockade they are (named before the thing lifted)."""
        row = self.match(tok)
        if row is None or not row.objects:
            return None
        for p in self._kids(tok):
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            for o in self._kids(p):
                if o.dep_ != "pobj" or not self._lemma_in(o, row.objects):
                    continue
                for c in self._kids(o):
                    if c.dep_ in {"poss", "compound", "nmod", "amod"} and c.i < o.i:
                        acts, rule, coref = self.actors_of(c, speaker)
                        acts = [a for a in acts if a.country or a.code[:3] in {"IGO", "NGO"}]
                        if acts:
                            return Side(acts, f"{c.dep_}({o.lemma_.lower()})<of({tok.lemma_.lower()})", [c], coref)
        return None

    def _of_object_agents(self, tok: Token) -> list[Token]:
        """The "by" phrase spaCy hangs on the object of an act noun's "of" ("the expulsion of Israel's ambassador
        by Turkey"): the act's agent, not a party acted on."""
        if not noun_like(tok) or verb_like(tok) or self.match(tok) is None:
            return []
        # (but an act noun in the "of" phrase keeps its own "by": "in defiance of an order by the ICJ" is the
        # court's order, defied by someone else)
        # (and a noun that means its verb takes its object's "by": "the imposition of a curfew on Osh by Kyrgyz
        # authorities")
        row = self.match(tok)
        nominal = row.example.startswith("nominal of") and row.objects
        return [g for p in self._kids(tok) if p.dep_ == "prep" and p.lower_ == "of" for o in self._kids(p)
                if o.dep_ == "pobj" and not ((self.match(o) is not None and not (nominal and self._lemma_in(o, row.objects)))
                                             or o.lemma_.lower() in DIRECTIVE_NOUNS)
                for b in self._kids(o) if b.dep_ in {"prep", "agent"} and b.lower_ == "by"
                for g in self._kids(b) if g.dep_ == "pobj"]

    def _direct_agent(self, tok: Token, speaker: str | None) -> Side | None:
        kids = list(self._kids(tok))
        claimant = self._claimant(tok)
        if claimant is not None:
            acts, rule, coref = self.actors_of(claimant, speaker)
            if acts:
                return Side(acts, f"claimed-by({tok.lemma_})", [claimant], coref)
        if verb_like(tok):
            agents = [c for c in kids if c.dep_ == "agent"]  # passive "by X"
            if agents and tok.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in kids) \
                    and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in kids):
                agents = []   # ("Yemen condemned the occupation of the island by Eritrean troops": an active verb's
                # subject is its doer; the "by" the model hung on the verb is its object's)
            if not agents and any(c.dep_ == "auxpass" for c in kids):
                # "Japan was threatened with sanctions by China": spaCy hangs the passive's "by" on the noun
                # before it
                agents = [b for c in kids if c.dep_ == "prep" and c.lower_ != "by" for g in self._kids(c)
                          if g.dep_ == "pobj" for b in self._kids(g) if b.dep_ == "prep" and b.lower_ == "by"]
                # "were handed back to Yerevan by Azerbaijan": after a particle and its phrase spaCy may read the
                # passive's "by" as a plain preposition on the verb
                agents += [c for c in kids if c.dep_ == "prep" and c.lower_ == "by" and any(
                    g.dep_ == "pobj" and any(t.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} for t in g.subtree)
                    for g in self._kids(c))]
                # "were declared persona non grata by the Philippines": the "by" hung on the predicate noun; "was
                # given a one-week ultimatum by ECOWAS": on the object a passive of giving keeps
                agents += [b for c in kids if c.dep_ in {"oprd", "dobj"} for b in self._kids(c)
                           if b.dep_ in {"prep", "agent"} and b.lower_ == "by"]
                if not agents:
                    # "Kyrgyzstan was given 300 tonnes of flour and 50 tonnes of cooking oil by China": deeper, on
                    # the last noun of what was given (not inside a clause of its own: "… held by rebels")
                    agents = [b for c in kids if c.dep_ in {"dobj", "oprd"} for b in c.subtree
                              if b.dep_ == "prep" and b.lower_ == "by" and b.head.tag_ != "VBN"
                              and not any(a.dep_ in {"acl", "relcl"}
                                          for a in b.ancestors if c.left_edge.i <= a.i <= c.right_edge.i)][-1:]
                if not agents:
                    # "A Vietnamese fishing boat was rammed and sunk by a Chinese coast guard vessel": passive verbs
                    # joined by "and" share the agent written after the last
                    agents = [a for cj in tok.conjuncts if cj.i > tok.i and cj.tag_ == "VBN"
                              and not any(k.dep_ in {"nsubj", "nsubjpass"} for k in cj.children)
                              for a in cj.children if a.dep_ == "agent"][:1]
            for c in agents:
                for g in self._kids(c):
                    if g.dep_ == "pobj":
                        acts, rule, coref = self.actors_of(g, speaker)
                        if acts:
                            return Side(acts, f"agent({tok.lemma_})", [g], coref)
                        if noun_like(g) and self.lex.is_("weapon", g.lemma_.lower()):
                            # "shot down by a missile fired from the U.S. Navy cruiser Vincennes": who fired it
                            for v in self._kids(g):
                                if v.dep_ != "acl" or not verb_like(v):
                                    continue
                                for p in self._kids(v):
                                    if p.dep_ in {"prep", "agent"} and p.lower_ in {"from", "by"}:
                                        for x in self._kids(p):
                                            if x.dep_ == "pobj":
                                                acts, rule, coref = self.actors_of(x, speaker)
                                                acts = [a for a in acts if names_who(a)]
                                                if acts:
                                                    return Side(acts, f"agent({tok.lemma_})<weapon({v.lemma_})",
                                                                [x], coref)
            if tok.lemma_.lower() in {"release", "free"} and any(c.dep_ == "auxpass" for c in kids):
                # "Seventeen aid workers detained by Bosnian Serb forces were released": those who held them let go
                for c in kids:
                    if c.dep_ != "nsubjpass":
                        continue
                    for v in self._kids(c):
                        if v.dep_ in {"acl", "relcl"} and verb_like(v) and v.lemma_.lower() in {
                                "detain", "hold", "kidnap", "abduct", "seize", "capture", "take", "arrest", "jail"}:
                            for a in self._kids(v):
                                if a.dep_ == "agent":
                                    for g in self._kids(a):
                                        acts, rule, coref = self.actors_of(g, speaker)
                                        if g.dep_ == "pobj" and acts:
                                            return Side(acts, f"captor({v.lemma_})", [g], coref)
            subs = [c for c in kids if c.dep_ in SUBJ]
            if not subs and self.lex.is_("engage_in", tok.lemma_.lower()):
                subs = [c for c in kids if c.dep_ == "nsubjpass"]  # "Serb forces were engaged in ethnic cleansing"
            if not subs and tok.tag_ in {"VBD", "VBN"}:
                # "Pakistan massed troops on …" misread as a noun phrase ("massed troops", Pakistan its modifier),
                # "Turkey massed tanks …" with the name read as an adverbial noun: the name before the verb is its
                # subject (before a verb read right, only a name that is no date)
                subs = [c for c in kids if c.dep_ == "npadvmod" and c.i < tok.i and (
                    tok.dep_ == "amod" or (c.pos_ == "PROPN" and c.ent_type_ not in {"DATE", "TIME"}))]
            subs.sort(key=lambda c: c.lower_ in RELATIVE)  # a real noun before "that"
            if len(subs) >= 2 and subs[1].pos_ == "PROPN" and subs[0].i + 1 == subs[1].left_edge.i:
                # "the West African regional bloc ECOWAS demanded": a name spaCy split off its descriptor is the doer
                subs = [subs[1], subs[0], *subs[2:]]
            for c in subs:
                acts, rule, coref = self.actors_of(c, speaker)
                if acts:
                    return Side(acts, f"nsubj({tok.lemma_})" + (f"~{rule}" if rule != "np" else ""), [c], coref)
            # "a roadside bomb planted by Taliban militants killed four soldiers": the weapon's user acts
            for c in subs:
                if noun_like(c) and self.lex.is_("weapon", c.lemma_.lower()):
                    for v in self._kids(c):
                        if v.dep_ == "acl" and verb_like(v):
                            got = self._direct_agent(v, speaker)
                            if got is not None and got.rule.startswith("agent("):
                                got.rule = f"nsubj({tok.lemma_})<{got.rule}"
                                return got
                        # "Israel said its jets had struck …": the owner a possessive pronoun names
                        if v.dep_ == "poss" and v.pos_ == "PRON":
                            acts, rule, coref = self.actors_of(v, speaker)
                            if acts:
                                return Side(acts, f"nsubj({tok.lemma_})<poss~{rule}", [v], coref)
            if tok.tag_ == "VBG" and tok.dep_ in SUBJ:
                # "Fighting between Eritrean and Ethiopian troops flared again": the gerund is the act noun
                for c in kids:
                    if c.dep_ == "prep" and c.lower_ == "between":
                        for g in self._kids(c):
                            if g.dep_ == "pobj":
                                acts, rule, coref = self.actors_of(g, speaker)
                                if len({family(a) for a in acts}) >= 2:
                                    return Side(acts, f"between({tok.lemma_})", [g], coref)
            return None
        if noun_like(tok):
            light_subject = tok.dep_ in OBJ and verb_like(tok.head) and self.lex.is_("light", tok.head.lemma_.lower()) \
                and any(x.dep_ in SUBJ for x in self._kids(tok.head))
            nested_by = [p for c in kids if c.dep_ == "prep" and c.lower_ == "from" for g in self._kids(c)
                         if g.dep_ == "pobj" for p in self._kids(g) if p.dep_ == "prep" and p.lower_ == "by"]
            by_agent = bool(nested_by) or any(c.dep_ == "prep" and c.lower_ == "by" for c in kids)
            for c in kids:
                if c.dep_ == "poss" and c.pos_ == "PRON" and light_subject:
                    continue  # "the US and the Philippines launched their exercises": the subject says who
                if self._destination(tok, c):
                    continue  # "his Moscow visit": where one goes, not who goes
                if c.dep_ == "poss" or (c.dep_ in {"amod", "compound", "nmod"} and
                                        self.resolver.mention_at(c.i) is not None):
                    acts, rule, coref = self.actors_of(c, speaker)
                    # "military aid" names a kind of aid, not who gives it: a role word alone is no agent
                    # unless it is a possessor ("the rebels' attack")
                    acts = [a for a in acts if names_who(a) or (a.sector and c.dep_ == "poss")]
                    if acts:
                        return Side(acts, f"{c.dep_}({tok.lemma_})", [c], coref)
                if c.dep_ == "prep" and c.lower_ == "from" and nested_by:
                    c = nested_by[0]   # ("… from 31 activists by Bahrain": the "by" hung on the "from" phrase)
                if c.dep_ == "prep" and c.lower_ in {"by", "from"} and not (light_subject and c.lower_ == "from") \
                        and not (c.lower_ == "from" and by_agent):
                    # (but "troops completed their withdrawal from Lebanon": the light verb's subject acts; and "the
                    # stripping of citizenship from 31 activists by Bahrain": the agent's "by" names the doer)
                    for g in self._kids(c):
                        if g.dep_ == "pobj":
                            acts, rule, coref = self.actors_of(g, speaker)
                            if acts:
                                return Side(acts, f"prep-{c.lower_}({tok.lemma_})", [g], coref)
            if (noun_like(tok) and any(c.dep_ in {"acl", "relcl", "xcomp"} and verb_like(c)
                                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c)) for c in kids)
                    and getattr(self.match(tok), "frame", "") in {"refuse", "intent", "threaten", "request"}):
                # "the refusal of Togo's president to hand over power", "the decision of the junta to hold elections":
                # the one whose stance the noun names, before its infinitive, is its doer
                for c in kids:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for g in self._kids(c):
                            if g.dep_ == "pobj":
                                acts, rule, coref = self.actors_of(g, speaker)
                                acts = [a for a in acts if names_who(a)]
                                if acts:
                                    return Side(acts, f"of-stance({tok.lemma_})", [g], coref)
            if (getattr(self.match(tok), "cameo", "") in VISIT_CODES and tok.dep_ in SUBJ | {"nsubjpass"}
                    and tok.lemma_.lower() in {"visit", "trip", "tour", "journey", "stay", "stopover"}):
                # "the visit of Chinese Premier Zhu Rongji to Washington was dominated by …": the one of the visit
                # makes it (not a place toured: "a tour of South America"; nor a visit that is only the setting of
                # another act: "to coincide with the visit of U.S. Secretary of State George Shultz")
                for c in kids:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for g in self._kids(c):
                            if g.dep_ != "pobj" or g.ent_type_ in {"GPE", "LOC"}:
                                continue
                            acts, rule, coref = self.actors_of(g, speaker)
                            acts = [a for a in acts if names_who(a) and a.sector]   # (a person or body, no place)
                            if acts:
                                return Side(acts, f"of-visitor({tok.lemma_})", [g], coref)
            for b in self._of_object_agents(tok):
                # "the expulsion of Israel's ambassador by Turkey", "the handover of the Bakassi peninsula by
                # Nigeria": spaCy hangs the act noun's "by" on the object of its "of"
                acts, rule, coref = self.actors_of(b, speaker)
                acts = [a for a in acts if names_who(a) or a.sector]
                if acts:
                    return Side(acts, f"of-by({tok.lemma_})", [b], coref)
            if (tok.dep_ in OBJ and verb_like(tok.head) and not light_subject
                    and not any(a.dep_ in {"relcl", "acl"} for a in [tok.head, *tok.head.ancestors])  # (not "the
                    and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in self._kids(tok.head))):  # museum that …")
                # "condemned the shelling of Sarajevo by Bosnian Serb forces": spaCy hangs the act noun's "by" on
                # the active verb, which has no agent
                for c in self._kids(tok.head):
                    if c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i:
                        for g in self._kids(c):
                            if g.dep_ == "pobj" and self.match(g) is None:
                                acts, rule, coref = self.actors_of(g, speaker)
                                acts = [a for a in acts if names_who(a)]
                                if acts:
                                    return Side(acts, f"by-on-verb({tok.lemma_})", [g], coref)
            # "talks between Israel and Syria resumed", "killed in a clash between Turkish troops and Kurdish
            # rebels": the two sides named are the actors (not for a noun a light verb's subject performs, nor
            # for mediation, whose parties are not its actor)
            if tok.dep_ not in OBJ and not tok.lemma_.lower().startswith("mediat"):
                # (spaCy may hang the "between" on the verb the act noun is the subject of: "heavy fighting erupted
                # between the Yemeni army and Houthi rebels")
                hosts = kids + (list(self._kids(tok.head)) if tok.dep_ in SUBJ and self.lex.is_(
                    "occur", tok.head.lemma_.lower()) else [])
                # ("the resumption of diplomatic relations between Bahrain and Qatar": the "between" of the
                # relations the act noun is "of")
                # ("the resumption of truck trade between India and Pakistan": the "between" of the object a
                # nominal act is "of")
                row = self.match(tok) if noun_like(tok) else None
                row_objects = row.objects if row is not None and row.example.startswith("nominal of") else frozenset()
                hosts += [x for c in kids if c.dep_ == "prep" and c.lower_ == "of" for g in self._kids(c)
                          if g.dep_ == "pobj" and (self.lex.is_("relationship", g.lemma_.lower())
                                                   or g.lemma_.lower() in row_objects)
                          for x in [*self._kids(g), *(y for cj in g.conjuncts for y in self._kids(cj))]]
                # "the meeting of Israeli and Syrian negotiators in Shepherdstown": the states a meeting is "of"
                # meet each other, as those it is "between" (not a meeting that is only the setting of another
                # act: "during the trilateral meeting of Cyprus, Greece and Israel, …")
                meeting_of = noun_like(tok) and getattr(self.match(tok), "cameo", "")[:2] == "04" and not (
                    tok.dep_ == "pobj" and tok.head.lower_ in {"during", "at", "after", "before", "on"})
                pairs_by = [("between", hosts)] + ([("of", kids)] if meeting_of else [])
                for word, where in pairs_by:
                    for c in where:
                        if c.dep_ != "prep" or c.lower_ != word:
                            continue
                        for g in self._kids(c):
                            if g.dep_ != "pobj":
                                continue
                            acts, rule, coref = self.actors_of(g, speaker)
                            if len({family(a) for a in acts}) >= 2 or (
                                    word == "between" and len(acts) >= 2 and len({a.sector for a in acts}) >= 2):
                                return Side(acts, f"between({tok.lemma_})", [g], coref)
            if (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in PASSIVE_DOERS
                    and not (tok.head.lemma_.lower() in {"impose", "reimpose", "launch", "stage", "proclaim"}
                             and self.match(tok.head) is not None)):
                # ("martial law was imposed on Lhasa by the government"; but "a curfew was imposed by the army" is the
                # verb's own row, coded once)
                # "the cutoff of all American military assistance was announced by President Bill Clinton", "the
                # lifting of the embargo was approved by foreign ministers": who announces or approves the act does it
                doer = self._direct_agent(tok.head, speaker)
                if doer is not None and doer.actors:
                    return doer
        return None

    # -- to whom ---------------------------------------------------------------------------------------

    def _that_clause_subjects(self, noun: Token) -> list[Token]:
        """The subjects of the "that" clause a request, charge or warning noun states: "their demand that the
        Burundian government grant more rights", "the warning that Iran would pay a price" — the one it is about.
        spaCy may hang the clause on the verb the noun is the object of ("insisted on their demand that the army
        withdraw"): a clause after the noun there counts too."""
        hosts = [noun]
        gov = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in OBJ else None
        if gov is not None and verb_like(gov) and gov.i < noun.i:
            hosts.append(gov)
        return [g for h in hosts for c in self._kids(h)
                if c.dep_ in ({"acl", "ccomp"} if h is noun else {"ccomp"}) and c.i > noun.i and verb_like(c)
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in self._kids(c))
                for g in self._kids(c) if g.dep_ in {"nsubj", "nsubjpass"}]

    def target_of(self, tok: Token, source: Side, speaker: str | None) -> Side:
        src = {family(a) for a in source.actors}
        if (verb_like(tok) and tok.lemma_.lower() in {"trade", "exchange", "swap"} and len(src) >= 2
                and not any(c.dep_ == "prep" and c.lower_ == "with" and any(   # (a partner named with "with"; not
                    self.resolver.has_actor_mention(g) and not any(x.tag_ == "VBG" for x in g.children)
                    for g in c.children if g.dep_ == "pobj")           # "…, with Israel freeing", "with help")
                            for c in [*self._kids(tok), *(x for o in self._kids(tok) if o.dep_ in OBJ
                                                          for x in self._kids(o))])):
            return Side([], "mutual", [], False)  # "Iran and Iraq traded accusations at the UN": at each other
        src_codes = {a.code for a in source.actors}
        src_sectors = {a.sector for a in source.actors}
        src_names = {a.name for a in source.actors}

        def other(a: Actor) -> bool:
            """A target is another state, or, within one state, society facing the state ("French farmers
            blockade Paris", "police fired on demonstrators"), or another party ("Labour accused the Tories")."""
            if family(a) not in src:
                return True
            if a.sector == "PTY" and src_sectors == {"PTY"} and a.name and None not in src_names \
                    and a.name not in src_names:
                return True
            return a.code not in src_codes and bool(({a.sector} | src_sectors) & SOCIETY_SECTORS) \
                and a.sector not in src_sectors

        def apart(a: Actor) -> bool:
            """Another side, or within one state another organ or person ("Pakistan's Supreme Court dismissed an
            appeal by former Prime Minister Nawaz Sharif", "police opened an investigation into Bolsonaro's role")."""
            return other(a) or bool(a.sector and a.sector not in src_sectors and a.code not in src_codes) or bool(
                # ("an Iraqi court convicted Saddam Hussein" in 2006: a named person out of office, facing an organ)
                a.name and not a.sector and src_sectors and None not in src_sectors and a.name not in src_names
                and a.country and a.name != getattr(self.resolver.t.countries.get(a.country), "name", a.name))
        kids = list(self._kids(tok))
        cands: list[tuple[str, Token]] = []
        if tok.pos_ == "ADJ" and tok.lower_ == "guilty":
            # "a court found five Iraqis guilty of plotting to assassinate …": those found guilty, read as the
            # adjective's subject or the verb's object ("found him guilty"), not the ones their crime was aimed at
            cands += [("guilty-subject", c) for c in kids if c.dep_ in SUBJ]
            if tok.dep_ in {"oprd", "xcomp", "ccomp", "acomp"}:
                cands += [("guilty-object", c) for c in self._kids(tok.head) if c.dep_ in OBJ]
        if getattr(self.match(tok), "frame", "") in {"intent", "refuse"}:
            # "agreed to open its market to U.S. firms", "refused to sell rice to North Korea", "is ready to work
            # with China", "made an offer to sell gas to China": the party of the act promised or refused (when
            # that act is none of the lexicon's)
            cands += [(f"{c.dep_}-{p.lower_}", g) for c in kids if c.dep_ in {"xcomp", "acl"} and verb_like(c)
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c))
                      for p in self._kids(c) if p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "with", "from"}
                      for g in self._kids(p) if g.dep_ == "pobj"]
        if getattr(self.match(tok), "frame", "") == "intent":
            # "offered to act as a facilitator between the Sri Lankan government and the rebels", "stands ready to
            # act as a mediator in Niger's crisis", "pledged to invest $20 billion in Pakistan": the parties a
            # promised mediation stands between, the state whose crisis it is, the state invested in
            for c in kids:   # (spaCy reads "offered on Monday to act …" with the clause as an advcl)
                if c.dep_ not in {"xcomp", "acl", "advcl"} or not verb_like(c) or not any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c)):
                    continue
                for x in c.subtree:
                    if x.dep_ != "prep":
                        continue
                    go_between = self.lex.is_("go_between", x.head.lemma_.lower())
                    if x.lower_ == "between" and (x.head.i == c.i or go_between):
                        cands += [("between", g) for g in self._kids(x) if g.dep_ == "pobj"]
                    elif x.lower_ == "in" and go_between:
                        cands += [("mediator-in", w) for g in self._kids(x) if g.dep_ == "pobj"
                                  for w in [*(q for q in self._kids(g) if q.dep_ == "poss"), g]]
                    elif x.lower_ == "in" and self.lex.is_("invest", c.lemma_.lower()) and (
                            x.head.i == c.i or (x.head.dep_ in OBJ and x.head.head.i == c.i)):   # ("a zone in Zambia")
                        cands += [("invest-in", g) for g in self._kids(x) if g.dep_ == "pobj"]
        for o in kids:
            # "accepted an invitation to meet Kim Jong Un", "an invitation to visit Beijing was accepted": whom
            # the invitation is to meet or visit
            if o.dep_ in OBJ | {"nsubjpass"} and self.lex.is_("invitation", o.lemma_.lower()):
                for a in self._kids(o):
                    if a.dep_ == "acl" and verb_like(a) and (self.lex.is_("meet", a.lemma_.lower()) or a.lemma_.lower() == "visit"):
                        cands += [(f"invitation-{a.lemma_.lower()}", g) for g in self._kids(a) if g.dep_ in {"dobj", "obj"}]
                        cands += [(f"invitation-{a.lemma_.lower()}-{p.lower_}", g) for p in self._kids(a)
                                  if p.dep_ == "prep" and p.lower_ in {"with", "to"} for g in self._kids(p) if g.dep_ == "pobj"]
        if (noun_like(tok) and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in RAMMING_VERBS
                and getattr(self.match(tok), "cameo", "")[:2] == "18"):
            # "a suicide bomber drove a car packed with explosives into a NATO convoy": the bomber's attack struck
            # what the vehicle was driven into
            # (spaCy may hang "into" on the vehicle's "packed")
            ways = [*self._kids(tok.head), *(p for o in self._kids(tok.head) if o.dep_ in OBJ for a in self._kids(o)
                                             if a.dep_ == "acl" for p in self._kids(a))]
            cands += [(f"{tok.head.lemma_.lower()}-into", g) for p in ways
                      if p.dep_ == "prep" and p.lower_ in {"into", "at"} for g in self._kids(p) if g.dep_ == "pobj"]
        late: list[tuple[str, Token]] = []
        if self._participle_of_noun(tok):  # "126 British soldiers killed in Iraq": the noun suffers the act
            cands.append(("acl-head", tok.head))
        row0 = self.match(tok) if verb_like(tok) else None
        tok_code = row0.cameo if row0 is not None else getattr(self.match(tok), "cameo", "")  # (its row's code)
        if tok_code[:2] == "09":
            doers = self._inquiry_doers(tok, source, speaker)
            if doers is not None:
                return doers
        if row0 is not None and row0.objects and not row0.frame:
            # "signed a deal to import gas from Iran", "reached an agreement to buy jets from France": the party of
            # the act the object noun spells out, when nothing closer names one
            late += [(f"{o.dep_}-{a.lemma_}-{p.lower_}", g) for o in kids if o.dep_ in OBJ
                     for a in self._kids(o) if a.dep_ in {"acl", "relcl"} and verb_like(a)
                     and any(x.dep_ == "aux" and x.lower_ == "to" for x in self._kids(a))
                     for p in self._kids(a) if p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "with", "from"}
                     for g in self._kids(p) if g.dep_ == "pobj"]
        complaint = False   # (a complaint noun lodged with someone: below)
        if verb_like(tok):
            # last resorts, when nothing closer names a party: "lifted the tariffs it had imposed on Australian
            # wine" (the object's own clause), "in a show of force aimed at the United States", "backed down in its
            # standoff with the European Union", "as a standoff with Chinese forces dragged on"
            late += [(f"{o.dep_}-{a.lemma_}-{p.lower_}", g) for o in kids if o.dep_ in OBJ
                     for a in self._kids(o) if a.dep_ in {"relcl", "acl"} and verb_like(a)
                     for p in self._kids(a) if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                     for g in self._kids(p) if g.dep_ == "pobj"]
            outside = {x.i for c in kids if c.dep_ in SUBJ for x in c.subtree}
            late += [(f"{x.lemma_}-at", g) for x in tok.subtree if x.i not in outside and x.i != tok.i
                     and x.lemma_.lower() in {"aim", "direct", "target"} and x.dep_ in {"acl", "relcl", "amod"}
                     for p in self._kids(x) if p.dep_ == "prep" and p.lower_ == "at"
                     for g in self._kids(p) if g.dep_ == "pobj"]
            late += [(f"{x.lemma_}-with", g) for x in tok.subtree if x.i not in outside and x.i != tok.i
                     and x.lemma_.lower() in DISPUTE_NOUNS and noun_like(x)
                     for p in self._kids(x) if p.dep_ == "prep" and p.lower_ == "with"
                     for g in self._kids(p) if g.dep_ == "pobj"]
            vehicles = [o for o in kids if o.dep_ in OBJ | {"nsubjpass"} and self._aid_vehicle(o)] \
                if tok_code.startswith("07") else []
            if vehicles:
                # "dispatched a C-130 carrying relief goods to Turkey", "a navy medical ship carrying medics to
                # Sierra Leone": aid goes where the vehicle is sent (the "to" phrase may hang on "carrying"); what
                # it carries is never the receiver
                ways = [p for p in kids if p.dep_ == "prep" and p.lower_ in {"to", "into"}]
                ways += [p for v in vehicles for c in self._kids(v) if c.dep_ in {"acl", "relcl"}
                         for p in self._kids(c) if p.dep_ == "prep" and p.lower_ in {"to", "into"}]
                for p in ways:
                    for g in self._kids(p):
                        if g.dep_ != "pobj":
                            continue
                        acts, rule, coref = self.actors_of(g, speaker, exclude=src)
                        acts = [a for a in acts if other(a) and names_who(a)]
                        if not acts:
                            place = self._place_country(g)
                            acts = [self.t_country(place)] if place and place not in src else []
                        if acts:
                            return Side(acts, f"aid-sent-to({tok.lemma_})", [g], coref)
                return Side([], "none")
            exiled = False
            if tok.lemma_.lower() in {"deport", "expel", "banish", "exile"}:
                # ("deported four Palestinian activists to Lebanon": those deported are the target, not where to;
                # "deported nine German suspects to Germany": both name Germany)
                sent_to = {x for p in kids if p.dep_ == "prep" and p.lower_ == "to" for g in self._kids(p)
                           if g.dep_ == "pobj" for x in [*(a.country for a in self.actors_of(g, speaker)[0]),
                                                         self._place_country(g)] if x}
                deportees = {a.country for c in kids if c.dep_ in OBJ
                             for a in self.actors_of(c, speaker, exclude=src)[0] if other(a) and a.country}
                exiled = bool(deportees) and not deportees & sent_to
            if self.lex.is_("transfer", tok.lemma_.lower()) and not exiled:  # "extradited Bout to the United States"
                into = {"to", "in", "into"} if self.lex.is_("put_in", tok.lemma_.lower()) else {"to"}
                # ("handed Hong Kong back to China": the "to" phrase may hang on the particle)
                for c in [*kids, *(p for c in kids if c.dep_ in {"prt", "advmod"} and c.lower_ in {"back", "over"}
                                   for p in self._kids(c) if p.dep_ == "prep")]:
                    if c.dep_ in {"dative", "iobj"} or (c.dep_ == "prep" and c.lower_ in into):
                        cands += [("to", g) for g in (dative_objects(c) if c.dep_ != "prep" else self._kids(c))
                                  if g.dep_ in {"pobj", "dative", "iobj"} or c.dep_ != "prep"]
            topic = self.lex.is_("topic_verb", tok.lemma_.lower())  # "discussed Iran's programme with France"
            if (tok.dep_ == "relcl" and not any(c.dep_ in OBJ for c in kids)
                    and tok.head.lemma_.lower() in {"move", "decision", "step", "action", "measure"}):
                # "banned imports of Georgian wine, in a move Tbilisi denounced as political pressure": the one whose
                # move it is
                v = tok.head.head
                while not verb_like(v) and v.head.i != v.i:
                    v = v.head
                cands += [("move-author", c) for c in self._kids(v) if c.dep_ in SUBJ and verb_like(v)]
            for c in kids:
                if (c.dep_ in {"dobj", "obj"} and c.lower_ in {"whom", "who", "which"} and tok.dep_ == "relcl"
                        and noun_like(tok.head)):
                    cands.append(("relative-object", tok.head))  # "President Eyadema, whom they accused of …"
                elif c.dep_ in {"dobj", "obj", "nsubjpass"} and not topic:
                    cands.append((c.dep_, c))
                elif c.dep_ in {"dobj", "obj"}:  # (the partner's "with" parsed on the topic)
                    cands += [("prep-with", g) for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "with"
                              for g in self._kids(p) if g.dep_ == "pobj"]
                elif c.dep_ in {"dative", "iobj"}:
                    cands += [(c.dep_, g) for g in dative_objects(c)]
            if tok_code[:2] in {"18", "19"}:
                # "rained artillery shells on the South Korean island of Yeonpyeong": where the thing thrown fell
                cands += [(f"{o.dep_}-{p.lower_}", g) for o in kids if o.dep_ in {"dobj", "obj"}
                          for p in self._kids(o) if p.dep_ == "prep" and p.lower_ in {"on", "onto", "at", "into"}
                          for g in self._kids(p) if g.dep_ == "pobj"]
            if not any(c.dep_ in {"dobj", "obj", "nsubjpass"} or (c.dep_ == "prep" and any(
                    g.dep_ == "pobj" for g in self._kids(c))) for c in kids):
                # "would accept and implement the peace deal with Eritrea": the object the joined verb takes (not
                # for a verb with its own phrase: "bowed to opposition pressure and dissolved the commission")
                cands += [("dobj", g) for c in kids if c.dep_ == "conj" and verb_like(c) for g in self._kids(c)
                          if g.dep_ in {"dobj", "obj"}]
            if not any(c.dep_ in {"dobj", "obj"} for c in kids):
                # "condemned as barbaric the NATO bombing of Belgrade", "dismissed as absurd a Russian peace plan":
                # the object put after the judgement, read as the object of "as"
                cands += [("as-shifted", g) for g in self._judged_object(tok)]
            if not any(c.dep_ in {"dobj", "obj"} for c in kids) and self.lex.is_("judge", tok.lemma_.lower()):
                # "denounced as an ugly crime Serbia's suppression of …": the object shifted after the "as" phrase,
                # which spaCy reads as an apposition to it
                cands += [("as-appos", a) for p in kids if p.dep_ == "prep" and p.lower_ == "as"
                          for g in self._kids(p) if g.dep_ == "pobj" for a in self._kids(g) if a.dep_ == "appos"]
            for c in kids:  # "pull its troops out of Niger": the preposition hangs on the particle
                if c.dep_ in {"prt", "advmod"} or (c.dep_ == "prep" and c.lower_ in {"out", "away", "back"}
                                                    and not any(g.dep_ == "pobj" for g in self._kids(c))):
                    cands += [(f"prt-{g.lower_}", x) for g in self._kids(c) if g.dep_ == "prep"
                              for x in self._kids(g) if x.dep_ == "pobj"]
                    if c.dep_ == "prt" and not any(o.dep_ in OBJ for o in kids):
                        # "sealed off the West Bank and Gaza Strip" parsed with the object under the particle
                        cands += [("prt-obj", g) for g in self._kids(c) if g.dep_ in {"pobj", "dobj"}]
            if row0 is not None and row0.objects and (row0.cameo.startswith("02") or lookup(row0.cameo).quad_class == 3):
                # "renewed their demand that the Peruvian government release …": the verb's act noun's clause
                cands += [("that-subj", g) for c in kids if c.dep_ in {"dobj", "obj"}
                          for g in self._that_clause_subjects(c)]
                # "renewed its call for Russia to return the islands", "repeated its appeal to Tehran": the one the
                # act noun asks
                cands += [(f"obj-{p.lower_}", g) for c in kids if c.dep_ in {"dobj", "obj"}
                          for p in self._kids(c) if p.dep_ == "prep" and p.lower_ in {"for", "on", "to", "against"}
                          for g in self._kids(p) if g.dep_ == "pobj" and self.resolver.has_actor_mention(g)]
                cands += [("for-subj", g) for c in kids if c.dep_ == "advcl" and any(   # (parsed as "for X to do")
                    m.dep_ == "mark" and m.lower_ == "for" for m in self._kids(c))
                          for g in self._kids(c) if g.dep_ == "nsubj"]
            if row0 is not None and row0.cameo[:2] == "09":
                # "police are investigating allegations that three opposition MPs incited clashes": whom the
                # allegations looked into name
                cands += [("that-subj", g) for c in kids if c.dep_ in {"dobj", "obj"}
                          and c.lemma_.lower() in ACCOUNT_NOUNS
                          for g in self._that_clause_subjects(c)]
            for c in kids:
                if c.dep_ in {"ccomp", "xcomp"}:  # "helped them rebuild"
                    # (not the speaker's own state named bare as the clause's doer: "North Korean state media warned
                    # that Pyongyang would turn Seoul into a sea of fire")
                    cands += [(f"{c.dep_}-subj", g) for g in self._kids(c) if (g.dep_ == "nsubj" and not (
                        src and g.pos_ == "PROPN" and (own := self.actors_of(g, speaker)[0])
                        and all(family(a) in src and not a.sector for a in own)))
                              or (g.dep_ == "dobj" and not self.lex.is_("transfer", c.lemma_.lower()))]
                    if not verb_like(c) and not any(g.dep_ in SUBJ for g in self._kids(c)):
                        # "that the United States extradite Cuban exile …" misread with the verb as a modifier of the
                        # noun after it: the subject the model gave that verb
                        cands += [(f"{c.dep_}-subj", g) for g in c.subtree if g.dep_ in SUBJ and g.i < c.i
                                  and g.head.dep_ in {"amod", "compound"} and g.head.head.i == c.i][:1]
                        # "that Syrian President Bashar al-Assad step down" misread with the name as modifiers
                        cands += [(f"{c.dep_}-name", g) for g in self._kids(c)
                                  if g.dep_ in {"compound", "amod", "nmod"} and g.i < c.i][-1:]
            prep_cands = [(f"prep-{c.lower_}", g) for c in kids
                          if c.dep_ in {"prep", "prt"} and self.lex.is_("target_prep", c.lower_)
                          and not (tok_code in VISIT_CODES and c.lower_ == "from")  # ("arrived from Japan": no host)
                          for g in self._kids(c) if g.dep_ == "pobj"]
            if row0 is not None and row0.frame == "request" and row0.prep in {"on", "upon", "to"}:
                # "called on Xi Jinping to bring Russia to its senses": the one called on is asked, not whom the
                # act asked for names
                cands = [x for x in prep_cands if x[0] == f"prep-{row0.prep}"] + cands
            cands += prep_cands
            if tok_code[:3] == "053":
                # "rallied support among its EU partners for Croatia's bid": support is rallied for whom the "for"
                # phrase names (or whose bid it is), not among whom
                cands = [("prep-for", w) for c in kids if c.dep_ == "prep" and c.lower_ == "for"
                         for g in self._kids(c) if g.dep_ == "pobj"
                         for w in [*(q for q in self._kids(g) if q.dep_ == "poss"), g]] + cands
            if tok_code[:2] in {"03", "05", "12"}:
                # "ratified Sweden's NATO accession protocol", "rallied backing for Moldova's bid to join the EU",
                # "approved NATO membership for Poland": whose bid or membership it is, not the body joined
                cands = [("bid-owner", w) for w in self._bid_owners(tok)] + cands
            if tok_code[:3] == "165":
                # "pulled out of its role as a mediator between Israel and Hamas": the parties it mediated between
                cands += [("mediator-between", q) for x in tok.subtree if x.dep_ == "prep" and x.lower_ == "between"
                          and self.lex.is_("go_between", x.head.lemma_.lower())
                          for q in self._kids(x) if q.dep_ == "pobj"]
            if tok_code[:3] == "045" or self.lex.is_("go_between", tok.lemma_.lower()):
                # "mediate in the border dispute between Thailand and Cambodia", "mediating in Niger's crisis": the
                # parties of the dispute mediated
                cands += [("mediator-in", w) for c in kids if c.dep_ == "prep" and c.lower_ in {"in", "over", "on"}
                          for g in self._kids(c) if g.dep_ == "pobj"
                          for w in [*(q for p in self._kids(g) if p.dep_ == "prep" and p.lower_ == "between"
                                      for q in self._kids(p) if q.dep_ == "pobj"),
                                    *(q for q in self._kids(g) if q.dep_ == "poss")]]
            cands += [("means-with", x) for p in self._on_the_means(tok, "with")   # "spoke by telephone with …"
                      for x in self._kids(p) if x.dep_ == "pobj"]
        else:
            first = tok
            while first.dep_ == "conj" and noun_like(first.head) and first.head.i != first.i:
                first = first.head  # "cooperation, support and solidarity between the two countries"
            light = first.head if first.dep_ in OBJ and verb_like(first.head) else None
            if (light is None and first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ in OBJ
                    and self.lex.is_("quantity", first.head.head.lemma_.lower()) and verb_like(first.head.head.head)):
                light = first.head.head.head   # "sent 20,000 tonnes of food aid to North Korea"
            engaged = (first.dep_ == "pobj" and first.head.lower_ == "in" and verb_like(first.head.head)
                       and self.lex.is_("engage_in", first.head.head.lemma_.lower()))
            if engaged:
                light = first.head.head  # "engaged in ethnic cleansing against the Rohingya"
            # a complaint lodged "with" a state is aimed at it ("lodged a formal protest with China over …")
            complaint = light is not None and tok_code[:2] == "11"
            if light is not None and (engaged or self.lex.is_("light", light.lemma_.lower())):
                for c in self._kids(light):  # "sent military aid to Vietnam"
                    if c.dep_ in {"dative", "iobj"}:
                        cands += [(f"{c.dep_}({light.lemma_})", g) for g in dative_objects(c)]
                    if c.dep_ == "prep" and (self.lex.is_("target_prep", c.lower_) or (complaint and c.lower_ == "with")):
                        # (not "with" and a participle: "launched a strike, with 300,000 miners walking off the job"
                        # tells who strikes, no partner)
                        cands += [(f"prep-{c.lower_}({light.lemma_})", g) for g in self._kids(c) if g.dep_ == "pobj"
                                  and not (c.lower_ == "with" and any(x.tag_ == "VBG" and x.dep_ in {"acl", "advcl"}
                                                                      for x in self._kids(g)))]
            # "Bush's third China trip", "ahead of his Moscow visit": the place named before a visit is where
            # one goes
            cands += [("destination", c) for c in kids if self._destination(tok, c)]
            for c in kids + ([x for x in self._kids(first) if x.dep_ == "prep"] if first is not tok else []):
                if self._topic_on(c):
                    continue
                if c.dep_ == "prep" and (self.lex.is_("target_prep", c.lower_) or c.lower_ == "of"
                                         or (complaint and c.lower_ == "with")
                                         or (c.lower_ == "about" and tok_code[:2] == "11")):
                    # ("complaints about Japan's agricultural policy": whose policy is complained about)
                    cands += [(f"prep-{c.lower_}", g) for g in self._kids(c) if g.dep_ == "pobj"]
            row_n = self.match(tok)
            if row_n is not None and (row_n.cameo.startswith("02") or lookup(row_n.cameo).quad_class == 3):
                cands += [("that-subj", g) for g in self._that_clause_subjects(tok)]
        lodged = [o for o in kids if o.dep_ in OBJ and o.lemma_.lower() in {"complaint", "protest", "grievance"}
                  and not any(c.dep_ == "prep" and c.lower_ == "against" for c in [*self._kids(o), *kids])]
        if verb_like(tok) and (tok.lemma_.lower() in COMPLAIN_VERBS or lodged):
            # "complained to the European Commission about Turkish violations of Greek airspace": whom one complains
            # about, not to, is the target (and so for "lodged a complaint with the Security Council over
            # violations of its airspace by Israeli warplanes")
            for c in kids + [x for o in lodged for x in self._kids(o)]:
                if c.dep_ == "prep" and c.lower_ in {"about", "over", "of"}:
                    for g in self._kids(c):
                        if g.dep_ != "pobj" or not noun_like(g) or self.resolver.mention_at(g.i) is not None:
                            continue
                        by = [x for p in g.children if p.dep_ == "prep" and p.lower_ == "by" for x in p.children
                              if x.dep_ == "pobj"]   # ("complained … about incursions by Eritrean troops")
                        for t in [*g.children, *by]:
                            if t.dep_ in {"amod", "compound", "poss", "nmod", "pobj"}:
                                acts, rule, coref = self.actors_of(t, speaker, exclude=src)
                                acts = [a for a in acts if other(a) and names_who(a)]
                                if acts:
                                    return Side(acts, f"{c.lower_}-author({g.lemma_})", [t], coref)
        fallback: Side | None = None  # an actor named only by role ("its forces"): used if nothing better
        row = row0
        if getattr(self.match(tok), "frame", "") in {"intent", "refuse"}:
            # "refused to let U.N. inspectors continue", "agreed to receive the envoy": whom the act promised or
            # refused is done to, when nothing closer names a party (a named actor, not "a company of Gurkhas")
            late += [(f"xcomp-{o.dep_}", o) for c in kids if c.dep_ == "xcomp" and verb_like(c)
                     for o in self._kids(c) if o.dep_ in OBJ and self.resolver.has_actor_mention(o)]
            late += [("let-subj", g) for c in kids if c.dep_ == "xcomp" and c.lemma_.lower() in {"let", "allow", "permit"}
                     for cc in self._kids(c) if cc.dep_ in {"ccomp", "xcomp"} for g in self._kids(cc)
                     if g.dep_ == "nsubj" and self.resolver.has_actor_mention(g)]
        cands += late
        if verb_like(tok) and tok_code[:2] in {"02", "10"}:
            # "called on Monday for Palestinians to elect new leaders", "called for Ukraine to adopt a federal
            # constitution": who is to act, after "for"
            cands += [("for-subj", g) for c in kids if c.dep_ in {"advcl", "ccomp"} and c.i > tok.i
                      and any(m.dep_ == "mark" and m.lower_ == "for" for m in self._kids(c))
                      for g in self._kids(c) if g.dep_ in SUBJ]
        if row is not None and row.cameo == "064":
            # "sharing intelligence on the suspected militants": what it is about, not whom it is shared with
            topic = {"prep-on", "prep-about", "prep-over"}
            cands = [(d, g) for d, g in cands if d not in topic] + [
                ("topic-with", x) for d, g in cands if d in topic for x in g.subtree
                if x.dep_ == "pobj" and x.head.lower_ == "with"]   # ("… on the plot with France", misattached)
            cands += [("topic-with", x) for o in self._kids(tok) if o.dep_ in OBJ for x in o.subtree
                      if x.dep_ == "pobj" and x.head.lower_ == "with" and x.head.i > o.i]
            # ("shared intelligence on suspected al-Qaida members with the United States": the "with" hung deeper)
        # "filed a case at the court against Colombia": "against" names the adversary more surely than where the act
        # was done
        # (but cooperation is with its partner, not against the foe it is aimed at: "stepped up military cooperation
        # with Mali against al Qaeda")
        together = tok_code[:2] in {"03", "04", "05", "06"}
        cands = sorted(cands, key=lambda dg: (0 if together and dg[0].startswith("prep-with") else 1)
                       if together else 0 if dg[0] == "prep-against" else (
            1 if complaint and dg[0].startswith("prep-with") else 2))  # ("a protest with Washington over …")
        # ", a Hong Kong newspaper reported": spaCy may read a trailing attribution as a second object
        cands = [(d, g) for d, g in cands if not (
            g.i > 0 and self.doc[g.left_edge.i - 1].text == "," and any(
                c.dep_ in {"acl", "relcl"} and self.lex.is_("speech", c.lemma_.lower()) for c in self._kids(g)))]
        # "met on the sidelines of the BRICS summit", "on the margins of a European summit": the occasion, not a party
        cands = [(d, g) for d, g in cands if not (
            g.lemma_.lower() in SIDELINES or (g.dep_ == "pobj" and g.head.lower_ == "of"
                                              and g.head.head.lemma_.lower() in SIDELINES))]
        verbal_act = row0 is not None and lookup(row0.cameo).quad_class == 3  # (condemn, criticise, denounce)
        accusing = row0 is not None and lookup(row0.cameo).plover_type == "ACCUSE"
        talks = tok_code[:2] == "04"
        for dep, c in cands:
            if talks and dep.startswith(("prep-on", "prep-over", "prep-about")):
                continue  # "held talks on the stalled negotiations over Palestinian self-rule": the topic, no party
            if tok_code[:2] == "15" and dep.startswith("prep-with") and (
                    self.lex.is_("deployed", c.lemma_.lower())
                    or any(self.lex.is_("deployed", x.lemma_.lower()) for x in c.conjuncts)):
                continue  # "reinforced its positions with artillery units and additional troops": the means, no party
            if (dep in OBJ and tok_code[:2] == "07" and verb_like(tok) and noun_like(c)
                    and self.resolver.mention_at(c.i) is None and any(
                        t.text == "-" and t.head.tag_ == "VBN" for t in c.subtree)):
                continue  # "airlifted Libyan-supplied ammunition to Chadian forces": who made or sent the goods before
                # does not get them
            if dep.startswith("prep-to") and fallback is not None and fallback.rule.endswith("~same-state"):
                continue  # ("placed Pasqua under investigation over arms sales to Angola": the one charged, not Angola)
            if (dep.startswith(("prep-over", "prep-about")) and noun_like(c) and c.tag_ != "NNP"
                    and self.resolver.mention_at(c.i) is None and self.match(c) is not None):
                # "protested over the detention of Vietnamese fishermen": what an act is about names its author
                # ("… by Chinese forces", "China's detention of …"), never its victims
                authors = [g for g in self._kids(c) if g.dep_ == "poss"] + [
                    x for g in self._kids(c) if g.dep_ in {"prep", "agent"} and g.lower_ == "by"
                    for x in self._kids(g) if x.dep_ == "pobj"]
                for x in authors:
                    acts = [a for a in self.actors_of(x, speaker, exclude=src)[0] if other(a)]
                    if acts:
                        return Side(acts, f"{dep}>author({c.lemma_})", [x], False)
                continue
            act = self.match(c) if (dep in OBJ_LIKE or (dep == "nsubjpass" and verbal_act)) and noun_like(c) \
                and c.tag_ != "NNP" else None
            if verbal_act and act is not None and act.cameo[:2] in {"16", "17", "18", "19", "20"}:
                # ("China's expulsion of three Wall Street Journal reporters was condemned by the US": China)
                # "the Security Council condemned the bombing of the U.S. embassies": the one condemned is who
                # bombed (when the sentence names him), never the one bombed
                author = self.source_of(c, speaker, verbal=False)
                acts = [a for a in author.actors if other(a)]
                if acts:
                    return Side(acts, f"{dep}({tok.lemma_})>author", author.tokens, author.coref)
                continue
            answered = dep in OBJ_LIKE and noun_like(c) and c.tag_ != "NNP" and (self.match(c) is not None or (
                row0 is not None and lookup(row0.cameo).quad_class in {1, 3}
                and any(g.dep_ == "prep" for g in self._kids(c))))
            owner = next((g for g in self._kids(c) if g.dep_ == "poss"), None) if answered else None
            if owner is not None:
                # "criticized Qatar's support for the Muslim Brotherhood": the author of the act answered, not
                # whom the act was for
                acts, rule, coref = self.actors_of(owner, speaker, exclude=src)
                acts = [a for a in acts if other(a) and names_who(a)]
                if acts:
                    return Side(acts, f"{dep}({tok.lemma_})>poss", [owner], coref)
            if (noun_like(c) and ((dep in OBJ_LIKE | {"nsubjpass"} and tok_code[:2] == "12")
                                  # ("Khaleda Zia's acceptance of the opposition demand for a caretaker government")
                                  or (dep in OBJ_LIKE | {"nsubjpass", "prep-of"} and tok_code[:3] == "083"))
                    and c.lemma_.lower() in {"demand", "proposal", "plan", "offer", "call", "request", "appeal", "bid",
                                             "platform", "initiative", "package", "formula", "resolution", "motion",
                                             "draft"}):
                # "Opposition demands for an interim government were rejected by Moi": a demand or offer turned
                # down is its author's, named before it, not what it asks for
                # ("spurned an offer by Libya to mediate": the author its "by" names)
                # (the possessor first: "rejected President Reagan's Middle East peace plan" is Reagan's plan, about
                # the region)
                drafted = self._drafted_by(c)
                if drafted is not None and family(drafted) not in src:
                    # ("vetoed a U.S.-drafted Security Council resolution": the drafter, not the council)
                    return Side([drafted], f"{dep}({tok.lemma_})>drafted-by", [c], False)
                authors = [g for g in self._kids(c) if g.dep_ == "poss"]
                authors += [g for g in self._kids(c) if g.dep_ in {"compound", "amod", "nmod"} and g.i < c.i]
                # ("rejected calls from the OSCE for a ceasefire": "from" names the author too)
                authors += [x for g in self._kids(c) if g.dep_ in {"prep", "agent"} and g.lower_ in {"by", "from"}
                            for x in self._kids(g) if x.dep_ == "pobj"]
                # ("rejected an offer of incentives from Britain, France and Germany": the "from" hung on the "of"
                # phrase; "a peace platform drawn up in Rome by the Islamic Salvation Front": the participle's agent)
                authors += [x for g in self._kids(c) if g.dep_ == "prep" and g.lower_ == "of"
                            for o in self._kids(g) if o.dep_ == "pobj"
                            for p in self._kids(o) if p.dep_ == "prep" and p.lower_ == "from"
                            for x in self._kids(p) if x.dep_ == "pobj"]
                authors += [x for g in self._kids(c) if g.dep_ == "acl" and g.tag_ == "VBN"
                            for p in self._kids(g) if p.dep_ == "agent" for x in self._kids(p) if x.dep_ == "pobj"]
                for g in authors:
                    acts, rule, coref = self.actors_of(g, speaker, exclude=src)
                    acts = [a for a in acts if other(a) and (names_who(a) or a.sector)]
                    if acts:
                        return Side(acts, f"{dep}({tok.lemma_})>author-{g.dep_}", [g], coref)
            acts, rule, coref = self.actors_of(c, speaker, exclude=src)
            # (so is an armed attack by a state's insurgents or gunmen on its own leaders or forces, named: "Egyptian
            # Islamist gunmen opened fire on President Hosni Mubarak's motorcade in Addis Ababa" is on Egypt's
            # government, not on the place)
            if (accusing and dep in {"dobj", "obj", "nsubjpass"}) or (
                    tok_code[:2] in {"18", "19"} and src_sectors and src_sectors <= {"REB", "UAF", "INS", "SEP"}
                    and (dep in {"dobj", "obj", "nsubjpass"} or dep in {"prep-on", "prep-at", "prep-against"})):
                # "Brazilian prosecutors charged former President Lula with corruption", "Israeli police questioned
                # Prime Minister Netanyahu": an accusation or inquiry by one organ of a state against another organ
                # or officer of it, named as the object, is aimed at that one if nothing names another side
                inner = [a for a in acts if not other(a) and a.country and a.sector and apart(a)]
                if inner:
                    fallback = fallback or Side(inner, f"{dep}({tok.lemma_})~same-state", [c], coref)
            acts = [a for a in acts if other(a)]
            if (acts and dep in OBJ and row is not None and self._lemma_in(c, row.objects)
                    and self.lex.is_("stance", c.lemma_.lower())):
                acts = []  # "voiced Moscow's opposition to NATO's expansion": a stance, not the opposition
            if (acts and not any(names_who(a) for a in acts) and accusing and dep in {"dobj", "obj", "nsubjpass"}
                    and c.pos_ == "PROPN" and all(a.sector and a.sector not in src_sectors for a in acts)):
                # "placed former Interior Minister Charles Pasqua under investigation over arms sales to Angola":
                # the officer named is the one accused (of the accuser's state when nothing says otherwise)
                return Side(acts, f"{dep}({tok.lemma_})~named-officer", [c], coref)
            if acts and not any(names_who(a) for a in acts):
                own = any(g.dep_ == "poss" and g.pos_ == "PRON" for g in self._kids(c))  # "its troops"
                goods = dep in OBJ and verb_like(tok) and self.lex.is_("transfer", tok.lemma_.lower())
                if not own and not goods:  # "sent troops to …": what is sent is not who receives it
                    fallback = fallback or Side(acts, f"{dep}({tok.lemma_})", [c], coref)
                acts = []
            if acts:
                return Side(acts, f"{dep}({tok.lemma_})" + (f"~{rule}" if rule != "np" else ""), [c], coref)
            if c.tag_ in {"JJ", "CD"} and c.lower_ in ORDINALS:
                continue  # "opened talks in Doha, their first in two years": an ordinal, its owner the doers
            # "aided their programme", "cut off ties with X", "sanctions on X": one level down
            for g in self._kids(c):
                if self._topic_on(g) or (g.dep_ == "prep" and g.lower_ == "of"):
                    # "suspended negotiations on stronger ties with Guinea": the partner of the relationship the
                    # topic names; "approved the establishment of diplomatic relations with the UAE": of the tie
                    # or act an "of" phrase names
                    topic = g.lower_ != "of"
                    for x in self._kids(g):
                        if not topic and x.dep_ == "pobj" and tok_code[:2] == "02":
                            # "requested the activation of a rescue package from the European Union and the IMF":
                            # whom the thing asked for is asked from
                            for y in (y for p in self._kids(x) if p.dep_ == "prep" and p.lower_ == "from"
                                      for y in self._kids(p) if y.dep_ == "pobj"):
                                acts, rule, coref = self.actors_of(y, speaker, exclude=src)
                                acts = [a for a in acts if other(a) and names_who(a)]
                                if acts:
                                    return Side(acts, f"{dep}({tok.lemma_})>of-{x.lemma_}-from", [y], coref)
                        if x.dep_ != "pobj" or not (self.lex.is_("relationship", x.lemma_.lower())
                                                    or (not topic and self.match(x) is not None)):
                            continue
                        for p in self._kids(x):
                            if p.dep_ != "prep" or p.lower_ not in ({"with", "between"} if topic
                                                                    else {"with", "between", "to"}):
                                continue
                            for y in self._kids(p):
                                if y.dep_ != "pobj":
                                    continue
                                acts, rule, coref = self.actors_of(y, speaker, exclude=src)
                                acts = [a for a in acts if other(a) and names_who(a)]
                                if acts:
                                    return Side(acts, f"{dep}({tok.lemma_})>{g.lower_}-{x.lemma_}-{p.lower_}",
                                                [y], coref)
                    continue
                if g.dep_ == "poss" and g.pos_ == "PRON" and self.match(c) is None \
                        and self.resolver.mention_at(c.i) is not None and any(
                        family(a) in src for a in self.actors_of(g, speaker)[0]):
                    continue  # "Algeria recalled its ambassador to Madrid": "its" is the doer's own; "to" says whom
                if (g.dep_ == "poss" and g.pos_ == "PRON" and g.lower_ in {"its", "their"} and self.match(c) is not None
                        and source.actors and any(x.dep_ == "prep" and self.lex.is_("target_prep", x.lower_)
                                                  for x in self._kids(c))):
                    continue  # "lifted its trade embargo against Vietnam": "its" is the doer's own; "against" says whom
                if (g.dep_ == "poss" and g.pos_ == "PRON" and self.lex.is_("relationship", c.lemma_.lower())
                        and any(x.dep_ == "prep" and x.lower_ in {"with", "between"} for x in self._kids(c))):
                    continue  # "Seoul cut its official ties with Taiwan": "its" ties are the doer's; "with" says whom
                if (tok_code[:2] == "14" and g.dep_ == "prep" and g.lower_ in {"with", "to"}
                        and c.lemma_.lower() in ROUTE_NOUNS):
                    continue  # "farmers blocked the border crossings with Bulgaria": where the route leads, no party
                if g.dep_ == "poss" or (g.dep_ == "prep" and (self.lex.is_("target_prep", g.lower_) or g.lower_ == "by")):
                    inner = [g] if g.dep_ == "poss" else [x for x in self._kids(g) if x.dep_ == "pobj"]
                    for x in inner:
                        if g.dep_ == "prep" and g.lower_ == "for" and self.match(x) is not None:
                            # "vowed retaliation for the killing of its commander by Israel": what is paid back
                            # is paid back to its author
                            authors = [a for b in self._kids(x) if b.dep_ in {"prep", "agent"} and b.lower_ == "by"
                                       for y in self._kids(b) if y.dep_ == "pobj"
                                       for a in self.actors_of(y, speaker, exclude=src)[0] if other(a)]
                            if authors:
                                return Side(authors, f"{dep}({tok.lemma_})>for-{x.lemma_}-by", [x], False)
                        # (a pronoun may name the source's own state, kept when another side of it: "militants
                        # opened fire on his motorcade", his being the president's)
                        acts, rule, coref = self.actors_of(x, speaker, exclude=src)
                        acts = [a for a in acts if other(a)]
                        if not acts and x.pos_ == "PRON":
                            acts, rule, coref = self.actors_of(x, speaker)
                            acts = [a for a in acts if other(a)]
                        if acts:
                            return Side(acts, f"{dep}({tok.lemma_})>{g.dep_}-{g.lower_}", [x], coref)
        # "condemned the execution of the dissidents by Nigeria's military rulers", with "by" hung on the verb: an
        # active verb has no agent, so the "by" phrase names the author of its object's act
        if verb_like(tok) and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids):
            acted = [c for c in kids if c.dep_ in OBJ and noun_like(c)
                     and (self.match(c) is not None   # ("condemned the shelling of Sarajevo by Bosnian Serb forces")
                          or not any(names_who(a) for a in self.actors_of(c, speaker)[0]))]
            for c in kids if acted else ():
                if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
                    for g in self._kids(c):
                        if g.dep_ != "pobj" or self.match(g) is not None:
                            continue
                        acts, rule, coref = self.actors_of(g, speaker, exclude=src)
                        acts = [a for a in acts if other(a) and names_who(a)]
                        if acts:
                            return Side(acts, f"{acted[0].dep_}({tok.lemma_})>by", [g], coref)
        # "rejected a UN appeal", "denounced Serbia's suppression", "a demand from the US President": the
        # author of an event the main event answers is its target
        for dep, c in cands:
            occasion = {x.i for w in c.subtree if w.lemma_.lower() in SIDELINES for x in w.subtree}
            # ("rejected calls to lift the embargo against Cuba after the pope's visit": a time told by an act is
            # no author of what is answered)
            occasion |= {x.i for w in c.subtree if w.dep_ == "prep" and w.lower_ in {"after", "before", "since",
                                                                                    "following", "until"}
                         for x in w.subtree}
            # ("opened their first border crossing at a ceremony attended by Warren Christopher": a guest of the
            # occasion is no party)
            occasion |= {x.i for w in c.subtree if w.lemma_.lower() in CEREMONY_WORDS and w.dep_ == "pobj"
                         for x in w.subtree}
            for t in c.subtree:
                if t.i in occasion:
                    continue  # "a meeting on the sidelines of the BRICS summit": the summit is no one's answer
                # "rejected the plan proposed by Pakistan", "an investigation into crimes committed by Croat
                # forces": the agent of a participle on the object is its author
                if (t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.dep_ in {"acl", "relcl"}
                        and noun_like(t.head.head.head)):
                    acts, rule, coref = self.actors_of(t, speaker, exclude=src)
                    acts = [a for a in acts if family(a) not in src and (a.country or a.code[:3] in {"IGO", "NGO"})]
                    if acts:
                        return Side(acts, f"{dep}({tok.lemma_})>agent({t.head.head.lemma_})", [t], coref)
                by_phrase = (t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in {"by", "from"}
                             and t.head.head.i == c.i)   # (the object's own "by" phrase, not one deeper down)
                act = t.head.head if by_phrase else t.head   # ("an appeal by Nawaz Sharif": the act is "appeal")
                if t.i == c.i or not noun_like(act) or self.match(act) is None:
                    continue
                author = t if t.dep_ == "poss" else None
                if by_phrase:
                    author = t
                if t.dep_ in {"amod", "compound"} and self.resolver.mention_at(t.i) is not None:
                    author = t
                if author is None:
                    continue
                acts, rule, coref = self.actors_of(author, speaker, exclude=src)
                acts = [a for a in acts if apart(a) and (a.country or a.code[:3] in {"IGO", "NGO"})]
                if acts:
                    return Side(acts, f"{dep}({tok.lemma_})>author({act.lemma_})", [author], coref)
        # "blocked streets in defiance of Chinese authorities", "a hunger strike in protest of the Russian
        # government's refusal": whom an act answers is its target
        holders = [tok] + ([tok.head] if noun_like(tok) and tok.dep_ in OBJ and verb_like(tok.head) else [])
        for h in holders:
            for c in self._kids(h):
                if not (c.dep_ == "prep" and c.lower_ == "in"):
                    continue
                for g in self._kids(c):
                    if g.dep_ != "pobj" or not self.lex.is_("answer", g.lemma_.lower()):
                        continue
                    for p in self._kids(g):
                        if p.dep_ != "prep" or p.lower_ not in {"of", "against", "at", "to", "for", "over"}:
                            continue
                        for x in self._kids(p):
                            if x.dep_ != "pobj":
                                continue
                            for who in [x] + [y for y in self._kids(x) if y.dep_ == "poss"]:
                                acts, rule, coref = self.actors_of(who, speaker, exclude=src)
                                acts = [a for a in acts if other(a)]
                                if acts:
                                    return Side(acts, f"in-{g.lemma_}({tok.lemma_})", [who], coref)
        # "mobilized reservists for a possible war against Iraq": the adversary further down (not for a pardon or a
        # release: "pardoned 12 militants convicted of plotting attacks on American and Israeli tourists" frees
        # Jordan's own)
        for t in (tok.subtree if tok_code[:3] not in {"081", "084"} else ()):
            if t.dep_ == "prep" and t.lower_ in {"against", "on"} and t.head.i != tok.i and t.i > tok.i \
                    and (t.lower_ == "against" or self._hostile_head(t.head)) and not self._in_sequence(t, tok) \
                    and not self._in_own_clause(t, tok) and not (
                        verbal_act and getattr(self.match(t.head), "cameo", "")[:2] in {"18", "19", "20"}):
                # (a condemned attack's victim is not the one condemned)
                for g in self._kids(t):
                    if g.dep_ == "pobj":
                        acts, rule, coref = self.actors_of(g, speaker, exclude=src)
                        acts = [a for a in acts if family(a) not in src and (a.country or a.code.startswith("IGO"))]
                        if acts:
                            return Side(acts, f"against-in-subtree({tok.lemma_})", [g], coref)
        # "opened an investigation into former President Jair Bolsonaro's alleged role", "a probe of the
        # company's accounts": whom an inquiry looks into is the owner of what it looks into
        inquiry = tok if noun_like(tok) else next((c for c in kids if c.dep_ in OBJ and noun_like(c)), None)
        if fallback is None and inquiry is not None and "09" in {getattr(self.match(x), "cameo", "")[:2]
                                                                  for x in {tok, inquiry}}:
            for p in [*self._kids(inquiry), *(kids if inquiry is not tok else ())]:   # (or on the light verb)
                if p.dep_ != "prep" or p.lower_ not in {"into", "of"}:
                    continue
                for g in self._kids(p):
                    if g.dep_ == "pobj" and self.resolver.mention_at(g.i) is not None:
                        # "launched an investigation into President Dina Boluarte": the one named is looked into
                        acts, rule, coref = self.actors_of(g, speaker, exclude=src)
                        acts = [a for a in acts if apart(a) and names_who(a)]
                        if acts:
                            return Side(acts, f"inquiry-into({tok.lemma_})", [g], coref)
                    if g.dep_ != "pobj" or self.resolver.mention_at(g.i) is not None:
                        continue
                    for who in self._kids(g):
                        if who.dep_ == "poss":
                            acts, rule, coref = self.actors_of(who, speaker, exclude=src)
                            acts = [a for a in acts if apart(a) and names_who(a)]
                            if acts:
                                return Side(acts, f"inquiry-into({g.lemma_})", [who], coref)
        # "halted all exports to and imports from Israel", "cancelled debts owed by Zambia", "eased restrictions on
        # the entry of materials into the Gaza Strip", "donated $50 million to rebuild homes in Gaza": a measure,
        # a gift or a concession with no party of its own is aimed at the state its object (or its purpose clause)
        # names in a phrase of direction or of agent, when nothing closer names one
        if fallback is None and verb_like(tok) and tok_code[:2] in {"07", "08", "16", "17"}:
            roots = [c for c in kids if c.dep_ in OBJ]
            roots += [c for c in kids if c.dep_ in {"xcomp", "advcl"} and verb_like(c) and tok_code[:2] == "07"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c))]   # (a gift's purpose)
            for r in roots:
                for g in r.subtree:
                    if g.i == r.i or g.dep_ != "pobj" or g.head.lower_ not in {"to", "from", "into", "by", "in", "for"}:
                        continue
                    if g.head.lower_ in {"in", "for"} and r.dep_ in OBJ:
                        continue   # ("exports of grain in March", "aid for refugees"): a time, a beneficiary's role
                    if self.resolver.mention_at(g.i) is None and not any(
                            self.resolver.mention_at(x.i) is not None for x in g.subtree if x.dep_ == "compound"):
                        continue
                    acts, rule, coref = self.actors_of(g, speaker, exclude=src)
                    acts = [a for a in acts if apart(a) and names_who(a) and (a.country or a.code[:3] in {"IGO", "NGO"})]
                    if acts:
                        return Side(acts, f"object-{g.head.lower_}({tok.lemma_})", [g], coref)
        # "shot down what it described as a Ukrainian drone", "expelled what it termed a Pakistani spy": the thing
        # named in the speaker's words is the act's object
        if fallback is None and verb_like(tok):
            for v in kids:
                if not (v.dep_ == "ccomp" and v.lemma_.lower() in NAMING_VERBS
                        and any(c.lower_ == "what" and c.dep_ == "dobj" for c in self._kids(v))):
                    continue
                named = [g for c in self._kids(v) if c.dep_ == "oprd" for g in (c,)]
                named += [g for c in self._kids(v) if c.dep_ == "prep" and c.lower_ == "as"
                          for g in self._kids(c) if g.dep_ == "pobj"]
                for n in named:
                    for g in [n, *(c for c in self._kids(n) if c.dep_ in {"poss", "amod", "compound", "nmod"})]:
                        if g.i != n.i and self.resolver.mention_at(g.i) is None:
                            continue
                        acts, rule, coref = self.actors_of(g, speaker, exclude=src)
                        acts = [a for a in acts if apart(a) and names_who(a)]
                        if acts:
                            return Side(acts, f"named-as({v.lemma_})", [g], coref)
        # "their relationship", "bilateral relations", "between the two countries": the partner in the discourse
        if self._dyadic(tok) and len(src) < 2:  # (two sources are the pair themselves: "They agreed …")
            partner = [self._most_specific(a, 3) for a in self.dyad if family(a) not in src][:1] \
                if src & {family(a) for a in self.dyad} else []
            if not partner:
                partner = self.recall(exclude=src, n=1, max_back=3)
            if partner:
                return Side(partner, "dyad-partner", [], True)
        return fallback or Side([], "none")

    def _on_the_means(self, tok: Token, prep: str) -> list[Token]:
        """"spoke by telephone with Emmanuel Macron", "talked over the phone with …", "in a video call with …": spaCy
        hangs the partner's preposition on the means of talk, not on the verb; those prepositions."""
        return [p for c in self._kids(tok) if c.dep_ == "prep" and c.lower_ in {"by", "over", "via", "in"}
                for g in self._kids(c) if g.dep_ == "pobj" and g.lemma_.lower() in MEANS_OF_TALK
                for p in self._kids(g) if p.dep_ == "prep" and p.lower_ == prep]

    def _bid_owners(self, tok: Token) -> list[Token]:
        """The states whose bid, accession or membership a verb's object or "for" phrase names: "Sweden's NATO
        accession protocol" (Sweden), "the Palestinian bid for UN membership", "NATO membership for Poland"; and whose
        plan or proposal it is ("Morocco's autonomy plan for Western Sahara": Morocco)."""
        owners: list[Token] = []
        for x in tok.subtree:
            plan = x.lemma_.lower() in {"plan", "proposal", "initiative"}
            if x.i == tok.i or not noun_like(x) or (x.lemma_.lower() not in BID_NOUNS and not plan):
                continue
            up, inside = x, True
            while up.i != tok.i:
                if up.dep_ not in {"dobj", "obj", "nsubjpass", "prep", "pobj", "pcomp", "compound", "conj", "appos"}:
                    inside = False
                    break
                up = up.head
            if not inside:
                continue
            holder = x.head if x.dep_ == "compound" and noun_like(x.head) else x
            owners += [q for q in self._kids(holder) if q.dep_ == "poss" and q.pos_ != "PRON"]  # (not "its bid")
            owners += [q for q in self._kids(x) if q.dep_ == "amod" and q.i < x.i and self.resolver.has_actor_mention(q)]
            if not plan:   # (a plan "for Western Sahara" is about it; Morocco's plan is Morocco's)
                owners += [q for p in self._kids(x) if p.dep_ == "prep" and p.lower_ == "for"
                           for q in self._kids(p) if q.dep_ == "pobj"]
        return owners

    def _destination(self, tok: Token, c: Token) -> bool:
        """Is c a place name before a visit noun ("his China trip", "the Moscow visit"): where the visit goes?"""
        m = self.match(tok)
        return (m is not None and m.cameo == "042" and noun_like(tok) and c.dep_ == "compound" and c.pos_ == "PROPN"
                and c.i < tok.i and c.ent_type_ in {"GPE", "LOC"} and self.resolver.mention_at(c.i) is not None)

    def _corporate_deal(self, tok: Token) -> bool:
        """Is the act promised a company's purchase, sale or merger ("agreed to buy the U.S. assets of Reichold",
        "agreed in principle to acquire <I P Sharp Associates Ltd>")?"""
        for c in self._kids(tok):
            if c.dep_ != "xcomp" or c.lemma_.lower() not in DEAL_VERBS:
                continue
            for o in self._kids(c):
                if o.dep_ in {"dobj", "obj"} and (o.ent_type_ == "ORG" or any(
                        t.lower_ in COMPANY_WORDS or t.text == "<" or t.ent_type_ == "ORG" for t in o.subtree)):
                    return True
        return False

    def _participle_of_noun(self, tok: Token) -> bool:
        """A past participle modifying the noun before it, in a sentence with a finite verb ("soldiers killed in
        Iraq"; not a main verb spaCy misreads after a noun-rooted clause)."""
        return (tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBD"} and tok.head.i < tok.i
                and tok.sent.root.pos_ in {"VERB", "AUX"}  # (spaCy tags some such participles VBD: "civilians shot dead")
                and not any(c.dep_ in {"aux", "dobj", "nsubj"} or (c.dep_ == "auxpass" and c.lower_ != "being")
                            for c in self._kids(tok)))  # ("suspects being held without trial" suffer it too)

    def _condition_actor(self, tok: Token, source: Side) -> Side | None:
        """The actor of an "if"/"unless" clause on this act or the clause above it, other than the source."""
        src = {family(a) for a in source.actors}
        down = [c for c in self._kids(tok) if c.dep_ in {"ccomp", "xcomp"}]  # "warned that it would act if …"
        for h in [tok, *down, *list(tok.ancestors)[:2]]:
            for c in self._kids(h):
                if c.dep_ != "advcl" or not any(m.dep_ == "mark" and self.lex.is_("condition", m.lower_)
                                                for m in self._kids(c)):
                    continue
                for g in self._kids(c):
                    if g.dep_ in SUBJ | {"nsubjpass"}:
                        acts, rule, coref = self.actors_of(g, None, exclude=src)
                        acts = [a for a in acts if family(a) not in src and names_who(a)]
                        if acts:
                            return Side(acts, f"if-subj({c.lemma_})", [g], coref)
        return None

    def _names_a_state(self, tok: Token) -> bool:
        """Is this the name or capital of a state, or a government body ("Algeria", "Moscow", "the Kremlin",
        "the foreign ministry"), rather than people named by nationality ("Iraqi Kurds")?"""
        m = self.resolver.mention_at(tok.i)
        if m is None:
            return False
        return any((e.kind == "country" and e.form in {"name", "capital"}) or e.kind in {"institution", "leader"}
                   or (e.kind == "sector" and e.sector == "GOV") for e in m.entries)

    def _named_as_people(self, tok: Token) -> bool:
        """"Algerians", "thousands of Algerians": a people named by the plural of its nationality."""
        cands = [tok] + [g for p in self._kids(tok) if p.dep_ == "prep" and p.lower_ == "of"
                         for g in self._kids(p) if g.dep_ == "pobj"] if self.lex.is_("quantity", tok.lemma_.lower()) \
            or tok.lower_ in {"thousands", "hundreds", "tens", "dozens", "millions"} else [tok]
        for t in cands:
            m = self.resolver.mention_at(t.i)
            if m is not None and any(e.kind == "country" and e.form == "plural" for e in m.entries):
                return True
        return False

    def _control_of_a_chamber(self, tok: Token) -> bool:
        """Is what was taken control of an elected body ("retook control of both chambers of Congress", "seized
        control of the Senate")? Not when armed men take it ("soldiers seized control of parliament")."""
        if any(c.dep_ in SUBJ and any(a.sector in {"MIL", "REB", "COP", "UAF", "SEP", "INS", "CRM"}
                                      for a in self.resolver.resolve(c)) for c in self._kids(tok)):
            return False
        for c in self._kids(tok):
            if c.dep_ not in OBJ or c.lemma_.lower() != "control":
                continue
            for p in self._kids(c):
                if p.dep_ != "prep" or p.lower_ != "of":
                    continue
                for g in self._kids(p):
                    if g.dep_ != "pobj":
                        continue
                    if g.lemma_.lower() in CHAMBER_WORDS or any(
                            a.sector == "LEG" for a in self.resolver.resolve(g)):
                        return True
        return False

    def _verbal_clash(self, tok: Token, source: Side, target: Side) -> bool:
        """A clash in words: every actor a state, its government or legislature, or an international body (no
        armed force, police or crowd), and the clash is over an issue or said to be open, public or verbal."""
        actors = source.actors + target.actors
        if not actors or any(a.sector and a.sector not in {"GOV", "LEG", "JUD", "ELI", "PTY"} for a in actors):
            return False
        if any(self.lex.is_("foe", t.lemma_.lower()) or self.lex.is_("crowd", t.lemma_.lower())
               for t in source.tokens + target.tokens):
            return False
        kids = self._kids(tok)
        issues = [g for c in kids if c.dep_ == "prep" and c.lower_ in {"over", "about"} for g in self._kids(c)
                  if g.dep_ in {"pobj", "pcomp"}]
        issues += [g for c in kids if c.dep_ == "prep" and c.lower_ == "on" for g in self._kids(c)   # ("clashed with
                   if g.dep_ == "pobj" and self.lex.is_("issue_noun", g.lemma_.lower())]          # the EU on the issue")
        if any(g.dep_ == "pobj" and self._lemma_in(g, frozenset({PLACE_OBJECT})) for g in issues):
            return False  # "clashed over Nagorno-Karabakh": fighting over a territory
        return bool(issues) or any(
            c.dep_ == "advmod" and c.lower_ in {"openly", "publicly", "verbally", "diplomatically", "sharply"}
            for c in kids)

    def _unnamed_assailant(self, tok: Token) -> bool:
        """Is the subject of this active violent verb an attacker no table names ("unidentified attackers",
        "gunmen", "masked men", "a bomb")? A storm, a quake or a crash is no assailant ("the storm hit villages")."""
        if not verb_like(tok) or any(c.dep_ in {"nsubjpass", "auxpass"} for c in self._kids(tok)):
            return False
        subj = next((c for c in self._kids(tok) if c.dep_ in SUBJ), None)
        if subj is None:
            return False
        lemma = subj.lemma_.lower()
        return any(self.lex.is_(cls, lemma) for cls in ("foe", "weapon", "assailant"))

    def _answered_act(self, tok: Token, source: Side) -> Side | None:
        """"The Security Council called for monitors to be allowed into Tigray. Addis Ababa rejected the demand": a
        definite act noun with no owner of its own ("the demand", "the plan", "the accusations") as the object of
        a verbal act answers the latest such act of the sentences before; its author is the target."""
        obj = next((c for c in self._kids(tok) if c.dep_ == "dobj" and noun_like(c)), None)
        if obj is None or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "these", "that", "those"}
                                  for c in self._kids(obj)):
            return None
        if any(c.dep_ in {"poss", "compound", "amod", "nmod"} and self.resolver.mention_at(c.i) is not None
               or (c.dep_ == "prep" and c.lower_ in {"of", "by", "from"}) or c.dep_ in {"acl", "relcl"}
               for c in self._kids(obj)):
            return None  # the phrase names its own author or content
        types = ANSWERED_ACTS.get(obj.lemma_.lower())
        if types is None:
            return None
        def own(a: Actor) -> bool:
            # one's own side: the same state's organs; Hamas rejecting the Palestinian president's call is not
            return any(a.code == b.code or (family(a) == family(b) and not ({a.sector, b.sector} - STATE_SECTORS - {None}))
                       for b in source.actors)
        sent = tok.sent
        for t in reversed(self.doc[sent.start:obj.i]):
            # "Abbas called for early elections, but Hamas rejected the call": the act told before in the sentence
            m = self.match(t) if verb_like(t) and t.i != tok.i else None
            if (m is None or lookup(m.cameo).plover_type is None or (types and lookup(m.cameo).plover_type not in types)
                    or self._negated(t)):
                continue  # (a verb of saying is no act answered: "the minister said Kiev rejected the proposal")
            got = self.source_of(t)
            acts = [a for a in got.actors if not own(a)]
            if acts:
                return Side(acts, f"answers({obj.lemma_})", [], True)
        for e in reversed(self.past_events):
            if e.sentence_index < self.sent_index - 2 or e.sentence_index >= self.sent_index:
                continue
            if e.source is None or own(e.source) or e.negated:
                continue
            if types and e.event_type not in types:
                continue
            return Side([e.source], f"answers({obj.lemma_})", [], True)
        return None

    def _named_unknown_subject(self, tok: Token) -> bool:
        """Is this verb's subject a named person or body that no table knows ("Prof Etzioni criticises the US",
        "Ms McMenamin says")? Their words aimed at a state are an event whose source is unknown."""
        subj = next((c for c in self._kids(tok) if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in {"he", "she"}:
            return True  # "He also accused Mr Arafat of …" with no one named before: someone unknown accuses
        if subj is None or subj.tag_ != "NNP" or subj.ent_type_ not in {"PERSON", "ORG", ""}:
            return False
        if self.lex.is_("communication", subj.lemma_.lower()) or self.lex.is_("plan_document", subj.lemma_.lower()):
            return False  # "the Mitchell Plan calls for an end to violence": a text, no one who speaks
        return self.resolver.mention_at(subj.i) is None and not any(
            self.resolver.mention_at(t.i) is not None for t in subj.subtree)

    def _attack_nouns(self, tok: Token, preps: set[str]) -> list[Trigger]:
        """The rows of attacks named in the verb's phrases of these prepositions ("killed … with a roadside bomb",
        "killed … in a bombing raid")."""
        return [m for p in self._kids(tok) if p.dep_ == "prep" and p.lower_ in preps
                for g in self._kids(p) if g.dep_ == "pobj" and (m := self.match(g)) is not None
                and m.cameo[:2] in {"18", "19", "20"}]

    def _taken(self, tok: Token) -> list[Token]:
        """What a verb of taking takes: its object, what "control" is "of" ("took control of the gas fields"), and
        the common noun a name's phrase holds ("the power company TDE")."""
        taken = [t for c in self._kids(tok) if c.dep_ in OBJ
                 for t in [c, *(g for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of"
                                and c.lemma_.lower() == "control" for g in self._kids(p) if g.dep_ == "pobj")]]
        return taken + [g for t in taken if t.pos_ == "PROPN" for g in self._kids(t)
                        if g.dep_ in {"compound", "appos"} and g.pos_ == "NOUN"]

    def _strike_by_strikers(self, tok: Token) -> bool:
        """Is this "strike" held by people of a trade or a union: "a strike by French workers", "the teachers'
        strike", "a strike of doctors"?"""
        holders = [c for c in self._kids(tok) if c.dep_ == "poss"]
        holders += [g for c in self._kids(tok) if c.dep_ == "prep" and c.lower_ in {"by", "of"}
                    for g in self._kids(c) if g.dep_ == "pobj"]
        for h in holders:
            m = self.resolver.mention_at(h.i)
            if m is not None and any(e.kind == "sector" and e.sector in STRIKING_SECTORS for e in m.entries):
                return True
        return False

    def _angry_crowd(self, tok: Token, words: frozenset[str] = ANGRY_WORDS) -> bool:
        """Is this verb's subject protesters, or a crowd in a sentence that chants or rallies against something ("a
        crowd protests when it chants": "thousands gathered outside parliament, chanting slogans")? No armed men
        ("thousands of Taliban fighters massed north of Kabul ahead of an offensive against …")."""
        angry = any(x.lemma_.lower() in words or x.lower_.startswith("anti-") for x in sentence_of(tok))
        people = [c for c in self._kids(tok) if c.dep_ in SUBJ]
        people += [g for c in people for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of"
                   for g in self._kids(p) if g.dep_ == "pobj"]
        if any(self.lex.is_("deployed", x.lemma_.lower()) or self.lex.is_("assailant", x.lemma_.lower())
               or x.lemma_.lower() in {"fighter", "rebel", "guerrilla", "militia"} for x in people):
            return False
        return any(x.lemma_.lower() in {"protester", "demonstrator", "rioter", "marcher", "picketer"}
                   or (x.lemma_.lower() in {"crowd", "mob", "thousand", "hundred"} and angry) for x in people)

    def _crowd_subject(self, tok: Token) -> bool:
        """Is this verb's subject a crowd of people: "protesters", "members of the Falun Gong movement", "thousands
        of supporters"?"""
        for c in self._kids(tok):
            if c.dep_ not in SUBJ or not noun_like(c):
                continue
            heads = [c, *(g for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of"
                          for g in self._kids(p) if g.dep_ == "pobj")] if c.tag_ in {"CD", "NNS"} else [c]
            if any(self.lex.is_("crowd", h.lemma_.lower()) or (self.lex.is_("person_noun", h.lemma_.lower())
                                                               and h.tag_ == "NNS") for h in heads):
                return True
        return False

    def _no_doer_subject(self, tok: Token) -> bool:
        """Is this verb's subject a text, an act or a thing rather than someone ("the Mitchell Plan calls for an end
        to violence", "China's condemnation threatened to derail plans", "the earthquake struck Turkey")? A common
        noun names a doer only in the plural ("Sunnis", "the villagers") or as a word for a person or a group."""
        for c in self._kids(tok):
            if c.dep_ not in SUBJ or not noun_like(c) or c.pos_ == "PRON":
                continue
            lemma = c.lemma_.lower()
            if (self.lex.is_("communication", lemma) or self.lex.is_("plan_document", lemma)
                    or self.match(c) is not None):
                return True
            if self._natural_force(c):
                return True  # "Hurricane Mitch killed more than 10,000 people", "rising sea levels threaten …"
            if c.pos_ == "NOUN" and (self.lex.is_("onlooker", lemma) or not any(
                    self.lex.is_(k, lemma) for k in ("person_noun", "assailant", "crowd", "foe", "body_noun"))):
                return True  # "economists warned that …": those who comment on events do not act in them
        return False

    def _aid_beneficiary(self, tok: Token, source: Side, speaker: str | None) -> Side | None:
        """"pledged 1 billion euros in humanitarian aid for Syria", "would contribute A$50 million to reconstruction
        in Afghanistan", "sent food to help families in Haiti": whom aid is for, named inside the object: the object
        of a "for" or "to" phrase, or of "help", or the place that object is "in"."""
        src = {family(a) for a in source.actors}
        getter = self._receipt_verb(tok)
        if getter is not None:
            # "India will get 100 million pounds as grants from Britain": who gets the aid
            for c in self._kids(getter):
                if c.dep_ == "nsubj":
                    acts, rule, coref = self.actors_of(c, speaker, exclude=src)
                    acts = [a for a in acts if family(a) not in src and names_who(a)]
                    if acts:
                        return Side(acts, f"nsubj({getter.lemma_})", [c], coref)
        frontier = [c for c in self._kids(tok) if c.dep_ in OBJ | {"xcomp", "advcl", "prep"}]
        for _ in range(5):
            nxt = []
            for n in frontier:
                found = [g for g in self._kids(n) if g.dep_ == "pobj"] if (
                    n.dep_ == "prep" and n.lower_ in {"for", "to"}) else []
                if n.dep_ in {"xcomp", "advcl"} and self.lex.is_("needs_beneficiary", n.lemma_.lower()):
                    found += [g for g in self._kids(n) if g.dep_ in OBJ]
                    found += [g for p in self._kids(n) if p.dep_ == "prep" and p.lower_ == "in"
                              for g in self._kids(p) if g.dep_ == "pobj"]   # ("to help families in Haiti")
                for g in found:
                    for x in [g, *(y for p in self._kids(g) if p.dep_ == "prep" and p.lower_ == "in"
                                   for y in self._kids(p) if y.dep_ == "pobj")]:
                        acts, rule, coref = self.actors_of(x, speaker, exclude=src)
                        acts = [a for a in acts if family(a) not in src and names_who(a)]
                        if acts:
                            return Side(acts, f"aid-{n.lower_}", [x], coref)
                nxt += [c for c in self._kids(n) if c.dep_ in OBJ | {"prep", "pobj", "xcomp", "advcl"}]
            frontier = nxt
        return None

    def _unreal_noun(self, tok: Token) -> bool:
        """Is this noun's event not (yet) real: "a possible meeting", "the proposed summit", or the subject of "is
        unlikely" ("a deal between Israel and Saudi Arabia is unlikely before the election")?"""
        if any(c.dep_ == "amod" and c.lower_ in UNREAL_ADJ for c in self._kids(tok)):
            return True
        if tok.dep_ == "oprd" and tok.head.lemma_.lower() in NAMING_VERBS and any(
                c.dep_ in OBJ - {"oprd"} and c.tag_ not in {"WP", "WDT"} for c in self._kids(tok.head)):
            return True   # "calling the Bush administration a threat to Latin America": a name given, no threat made
        return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in UNREAL_PREDICATES for c in self._kids(tok.head))

    def _agreement_in_force(self, tok: Token) -> bool:
        """Is this agreement noun the doer of a clause about what the agreement is or does ("the Paris accord had
        proved workable", "a 1992 agreement limits the subsidies"), with no word of its making ("the accord, signed
        on Monday, calls for …") and no word of its taking effect ("the deal took effect")?"""
        if tok.lemma_.lower() not in AGREEMENT_DOCS:
            return False
        if (tok.text[:1].isupper() and tok.ent_type_ in {"ORG", "LAW", "EVENT"} and tok.i > tok.sent.start
                and not (tok.dep_ in OBJ | {"nsubjpass"} and tok.head.lemma_.lower() in MAKING_VERBS)):
            return True   # "the General Agreement on Tariffs and Trade", "the Louvre Accord": a name, no act
        if tok.dep_ != "nsubj" or not verb_like(tok.head):
            return False
        head = tok.head.lemma_.lower()
        if head in MAKING_VERBS or head == "be" or self.lex.is_("occur", head) or head in {"come", "enter", "go"}:
            return False
        return not any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in MAKING_VERBS for c in self._kids(tok))

    def _standing(self, tok: Token) -> bool:
        """Is this event noun described as years or decades old ("the 27-year ban", "the decades-old embargo",
        "the long-standing dispute"), and not the object of a verb that makes it now ("imposed a 10-year ban")?"""
        if tok.dep_ in OBJ and verb_like(tok.head) and self.lex.is_("light", tok.head.lemma_.lower()):
            return False
        for c in self._kids(tok):
            if c.dep_ not in {"amod", "compound", "nmod"}:
                continue
            low, inner = c.lower_, {g.lower_ for g in self._kids(c)}
            if low in {"year", "decade"} and any(g.dep_ == "nummod" for g in self._kids(c)):
                return True
            if low in {"old", "long"} and inner & {"decades", "years", "centuries", "decade", "year"}:
                return True
            if (low in {"standing", "running"} and "long" in inner) or low in {"longstanding", "age-old"}:
                return True
        return False

    def _accident(self, tok: Token) -> bool:
        """Is this violent passive, with no doer named, told as an accident or a disaster ("were killed when three
        buses collided", "were killed in a road accident", "had been killed by asphyxia", "died in the floods")?"""
        own = self._kids(tok)
        if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in own):
            return False
        # (and those of a joined participle: "were killed and 36 others were injured when three buses collided")
        kids = [*own, *(g for c in own if c.dep_ == "conj" and verb_like(c) for g in self._kids(c))]

        def mishap(t: Token) -> bool:   # (not "a fire set by rioters", not "Pakistani fire", "artillery fire")
            return (t.lemma_.lower() in ACCIDENT_NOUNS or self._natural_force(t) or self._industrial_blast(t)) and not any(
                g.dep_ in {"acl", "relcl"} or (g.dep_ in {"amod", "compound", "poss"} and (
                    self.resolver.mention_at(g.i) is not None or self.lex.is_("weapon", g.lemma_.lower())
                    or g.lower_ in {"enemy", "hostile", "sniper", "mortar", "artillery", "tank", "machine-gun"}))
                for g in self._kids(t))

        if tok.dep_ in {"relcl", "advcl"}:   # "the city saw a gas blast on Sept. 30, when 13 miners were killed"
            host = tok.head
            if mishap(host) or any(c.dep_ in OBJ | SUBJ and mishap(c) for c in self._kids(host)):
                return True

        for c in kids:
            if c.dep_ == "agent" and any(g.dep_ == "pobj" and not mishap(g) for g in self._kids(c)):
                return False   # "killed by gunmen": a doer is named
        for c in kids:
            if c.dep_ == "advcl" and c.lemma_.lower() in ACCIDENT_VERBS:
                return True
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by", "during", "after", "from"} and any(
                    g.dep_ == "pobj" and mishap(g) for g in self._kids(c)):
                return True
        return False

    def _industrial_blast(self, tok: Token) -> bool:
        """"a gas explosion", "a coal mine blast", "a boiler explosion": a blast no one set off."""
        return tok.lemma_.lower() in {"explosion", "blast"} and any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in INDUSTRIAL for c in self._kids(tok))

    def _natural_force(self, tok: Token) -> bool:
        """Does this noun (or a compound part of its name: "Hurricane Mitch") name a force of nature, a disease or a
        market (words class natural_force)?"""
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
            tok = tok.head.head   # ("a climate that threatened rain")
        for t in [tok, *(g for g in tok.children if g.dep_ == "compound")]:
            lemma = t.lemma_.lower()
            # (the model leaves some plurals unlemmatised: "tsunamis")
            if self.lex.is_("natural_force", lemma) or (lemma.endswith("s") and self.lex.is_("natural_force", lemma[:-1])):
                return True
        return False

    def _receipt_verb(self, tok: Token) -> Token | None:
        """The verb of receiving whose object holds this noun: "will get 100 million pounds as grants", "received 50
        million dollars in aid"."""
        if not noun_like(tok):
            return None
        cur = tok
        for _ in range(4):
            if cur.dep_ not in OBJ | {"pobj", "prep"} or cur.head.i == cur.i:
                return None
            cur = cur.head
            if verb_like(cur):
                return cur if cur.lemma_.lower() in RECEIPT_VERBS else None
        return None

    def _responder(self, tok: Token, source: Side, speaker: str | None) -> Side | None:
        """"Greece, responding to a warning by Turkey, said …", "Iran reacted angrily to the sanctions": the act
        answered is aimed at the one who responds to it."""
        if tok.dep_ == "acl" and noun_like(tok.head):
            tok = tok.head  # ("reacted angrily to the sanctions imposed by the EU")
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "to" and verb_like(tok.head.head)
                and tok.head.head.lemma_.lower() in {"respond", "react", "reply", "retaliate"}):
            return None
        verb = tok.head.head
        holders = [verb] + ([verb.head] if verb.dep_ in {"advcl", "acl", "conj"} else [])
        own = {family(a) for a in source.actors}
        for h in holders:
            cands = [c for c in self._kids(h) if c.dep_ == "nsubj"] if verb_like(h) else [h]
            for c in cands:
                acts, rule, coref = self.actors_of(c, speaker)
                acts = [a for a in acts if family(a) not in own]
                if acts:
                    return Side(acts, f"responder({verb.lemma_})", [c], coref)
        return None

    def _insists_on_own(self, tok: Token) -> bool:
        """"Pretoria insists it will not agree", "Israel insists it will keep troops": an insistence on one's own act
        (the clause's subject is a pronoun for the insister), not a demand on another."""
        return tok.lemma_.lower() == "insist" and any(
            c.dep_ == "ccomp" and any(g.dep_ in SUBJ and g.lower_ in {"it", "we", "i", "they", "he", "she"}
                                      for g in self._kids(c)) for c in self._kids(tok))

    def _bid_for_company(self, tok: Token) -> bool:
        """Is this an offer of money for a company or its shares ("offered 1.3bn pounds for the London Stock
        Exchange", "offered $20 a share for Southcorp")?"""
        objs = [c for c in self._kids(tok) if c.dep_ == "dobj"]
        if not any(o.ent_type_ == "MONEY" or o.lemma_.lower() in MONEY_WORDS for o in objs):
            return False
        fors = [g for h in [tok, *objs] for c in self._kids(h) if c.dep_ == "prep" and c.lower_ == "for"
                for g in self._kids(c) if g.dep_ == "pobj"]
        return any((g.pos_ == "PROPN" and g.ent_type_ not in {"GPE", "LOC", "NORP", "PERSON"}
                    and not any(a.country is None or a.sector not in {None, "BUS"} for a in self.actors_of(g)[0]))
                   or g.lemma_.lower() in COMPANY_PARTS for g in fors)

    def _hazard_warning(self, tok: Token) -> bool:
        """Is this warning noun named for a hazard ("a tsunami warning", "a red flag warning", "severe weather
        alert")?"""
        hazard = lambda x: self.lex.is_("natural_force", x.lemma_.lower()) or x.lemma_.lower() in HAZARD_WORDS
        # ("issued a tsunami warning", parsed with "warning" as a participle on "tsunami")
        return any(c.dep_ in {"compound", "amod"} and hazard(c) for c in self._kids(tok)) or (
            tok.dep_ == "acl" and tok.head.i < tok.i and hazard(tok.head))

    def _bare_gerund(self, tok: Token) -> bool:
        """Is this trigger a gerund or a base form with no subject and no auxiliary ("removing the sanctions", "for
        collaborating with Israel"; "Aid workers said …", which spaCy reads as a command)? With no actor named it is
        a course of action, a reason or a misreading, not an act someone did."""
        return tok.tag_ in {"VBG", "VB"} and not any(c.dep_ in SUBJ | {"aux", "auxpass"} for c in self._kids(tok))

    def _attack_in_words(self, tok: Token) -> bool:
        """Is this attack made by speaking, as the participle that goes with it tells ("launched a fresh attack,
        dismissing the Holocaust as a myth", "attacked Israel, calling it a tumour")?"""
        holders = [tok, *(c for c in self._kids(tok) if c.dep_ in {"dobj", "obj"} and noun_like(c))]
        return any(c.dep_ in {"advcl", "xcomp", "acl"} and c.tag_ == "VBG" and c.i > tok.i
                   and c.lemma_.lower() in SAYING_PARTICIPLES for h in holders for c in self._kids(h))

    def _attack_on_words(self, tok: Token) -> bool:
        """Is this attack noun aimed "on" or "against" what the verb "attack" criticises (a decision, a plan, a
        policy, a remark: the objects of the lexicon's 111 row for the verb)?"""
        topics = {o for t in self.lex.candidates("VERB", tok.lemma_.lower()) if t.cameo == "111" for o in t.objects}
        return bool(topics) and any(
            c.dep_ == "prep" and c.lower_ in {"on", "against"} and any(
                g.dep_ == "pobj" and g.lemma_.lower() in topics for g in self._kids(c)) for c in self._kids(tok))

    def _aimed_attack_noun(self, tok: Token) -> bool:
        """Is this attack noun aimed "on" or "against" something ("the bomb attacks on three hotels in Jordan",
        "an attack on a Kuwaiti port")? Such an attack is an event even when no attacker is named; its target is
        the struck side, or else the country of the place struck."""
        if self.lex.is_("war", tok.lemma_.lower()):
            return False  # "the US-led war against Iraq": a state of war, not one attack
        return any(c.dep_ == "prep" and c.lower_ in {"on", "against"} and any(g.dep_ == "pobj" for g in self._kids(c))
                   for c in self._kids(tok))

    def _warns_of_a_risk(self, tok: Token) -> bool:
        """"warned that growth could slow": a threaten verb whose clause names no one who would act — no
        addressee, and a subject that is neither an actor nor a pronoun for one — foresees a risk; it threatens no
        one. So does a threat "to hamper growth" by no actor ("the surplus threatened to hamper growth")."""
        kids = self._kids(tok)
        if any(c.dep_ in {"dobj", "iobj", "dative"} for c in kids):
            return False

        def someone(s: Token) -> bool:   # ("it", "this": an actor only where it stands for one)
            if s.pos_ == "PRON":
                return s.lower_ not in {"it", "this", "that", "which"} or self._refers_to_actor(s, tok)
            return bool(self.actors_of(s)[0])

        if any(c.dep_ == "nsubjpass" and someone(c) for c in kids):
            return False   # "Taiwan was warned by China that independence would mean war": an addressee is threatened

        if any(c.dep_ == "xcomp" and self.lex.is_("harm", c.lemma_.lower()) for c in kids):
            return not any(s.dep_ in SUBJ and someone(s) for s in kids)
        clauses = [c for c in kids if c.dep_ == "ccomp" and verb_like(c)]
        if not clauses and verb_like(tok.head) and tok.head.i < tok.i and (
                tok.dep_ in {"ccomp", "parataxis"} or (tok.dep_ == "conj" and not any(
                    c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in self._kids(tok.head)))):
            clauses = [tok.head]   # "Deaths in custody have reached shocking levels, a committee has warned"
        if not clauses:
            return False
        for c in clauses:
            if c.lemma_ == "be" and not any(t.i != c.i and self.match(t) is not None for t in c.subtree):
                continue  # "we are close to a full military confrontation": a state of things foreseen
            if any(a.dep_ in {"aux", "auxpass"} and a.lower_ in {"could", "might", "may"} for a in self._kids(c)) \
                    and not any(self.match(t) is not None for t in c.subtree):
                continue  # "sanctions that officials warn could spark anti-U.S. sentiment": a risk foreseen
            for s in self._kids(c):
                if s.dep_ in SUBJ | {"nsubjpass"} and someone(s):
                    return False
        return True

    def _offered_goods(self, obj: Token) -> bool:
        """Is what is offered a thing for sale rather than an act, an actor or a proposal ("lower fares", "broadband
        speeds", but not "olive branches", "a new peace plan", "himself as a mediator")? A measure noun passes its
        "of" phrase on ("a number of olive branches")."""
        things = [obj]
        if self.lex.is_("quantity", obj.lemma_.lower()):
            things = [g for p in self._kids(obj) if p.dep_ == "prep" and p.lower_ == "of"
                      for g in self._kids(p) if g.dep_ == "pobj"] or things
        return all(self.match(t) is None and not self.resolver.has_actor_mention(t)
                   and t.lemma_.lower() not in PROPOSAL_NOUNS for t in things)

    def _charges_a_price(self, tok: Token) -> bool:
        """"prices charged by EC producers", "the bank charged 9 pct interest": "charge" in its money sense."""
        if tok.dep_ in {"acl", "relcl"} and tok.head.lemma_.lower() in PRICE_WORDS:
            return True
        return any(c.dep_ in OBJ | {"dative"} and (c.lemma_.lower() in PRICE_WORDS or c.ent_type_ in {"MONEY", "PERCENT"})
                   for c in self._kids(tok))

    def _defends_ground(self, tok: Token) -> bool:
        """"Iraqi naval units defending an offshore terminal", "troops defended the city": defending ground or
        done by armed forces is a military act, not support for someone's position (052). (A state defended,
        "to help defend Saudi Arabia", is an actor supported.)"""
        for c in self._kids(tok):
            if c.dep_ in OBJ and (c.lemma_.lower() in GROUND_WORDS or c.ent_type_ in {"LOC", "FAC"}):
                return True
        subj = [tok.head] if tok.dep_ in {"acl", "relcl"} else [c for c in self._kids(tok) if c.dep_ in SUBJ]
        return any(a.sector in {"MIL", "COP"} for s in subj for a in self.actors_of(s)[0])

    def _advises_against(self, tok: Token, matches: dict[int, Match]) -> bool:
        """"warned against a further dollar fall", "cautioned about the uncertainty", "warned against raising
        interest rates": a warning addressed to no one, against something that is neither an actor nor a hostile
        act, advises; it threatens no one ("warned against any attack on Iran" still warns)."""
        kids = self._kids(tok)
        if any(c.dep_ in {"iobj", "dative", "ccomp", "xcomp"} for c in kids):
            return False
        for c in kids:   # ("warning householders against dealing with unlicensed tradespeople": the public advised)
            if c.dep_ == "dobj" and any(a.country or a.sector != "CVL" for a in self.actors_of(c)[0]):
                return False
        found = False
        for p in kids:
            if p.dep_ == "prep" and p.lower_ in {"against", "about", "over"}:
                for g in self._kids(p):
                    if g.dep_ not in {"pobj", "pcomp"}:
                        continue
                    m = matches.get(g.i)
                    if (m is not None and m.code[:2] in {"13", "14", "15", "16", "17", "18", "19", "20"}) \
                            or self.actors_of(g)[0] or self.lex.is_("foe", g.lemma_.lower()):
                        return False
                    found = True
        return found

    def _refers_to_actor(self, pron: Token, teller: Token) -> bool:
        """Does "it"/"this" stand for an actor named before it in the text ("Iran said … it would retaliate"),
        rather than for a thing ("the decision …, but Pierson warned it could add to uncertainty")? The nearest
        singular noun before it decides, outside the clause of the verb that tells it (`teller`)."""
        lo, hi = teller.left_edge.i, teller.right_edge.i
        for t in reversed(self.doc[max(0, pron.i - 40): pron.i]):
            if lo <= t.i <= hi:
                continue   # (a word of the telling clause is no antecedent: "In Japan …, it threatened to …")
            if t.pos_ in {"NOUN", "PROPN"} and t.tag_ in {"NN", "NNP"} and t.dep_ in SUBJ | OBJ | {"pobj"} and \
                    t.ent_type_ not in {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}:
                return self.resolver.mention_at(t.i) is not None or bool(self.actors_of(t)[0])
        return True

    def _courtesy_call(self, tok: Token) -> bool:
        """"is to call on President Sarney": a "call on" a person with nothing asked of them (no "to" clause, no
        "for") is a visit."""
        kids = self._kids(tok)
        if any(c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ in {"for", "to"}) for c in kids):
            return False
        if any(t.dep_ == "aux" and t.lower_ == "to" and t.head.i != tok.i for t in tok.subtree):
            return False   # "called on President Reagan in a resolution to retaliate against Japan"
        for p in kids:
            if p.dep_ == "prep" and p.lower_ in {"on", "upon"}:
                for g in self._kids(p):
                    if g.dep_ == "pobj" and not any(c.dep_ in {"acl", "xcomp", "ccomp"} for c in self._kids(g)) and (
                            g.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in self._kids(g))):
                        return True
        return False

    def _row_object(self, t: Token, trig: Trigger) -> bool:
        """Is this the object the row names, directly or through a measure noun ("held a new round of military
        talks": the talks)?"""
        if self._lemma_in(t, trig.objects):
            return True
        return self.lex.is_("quantity", t.lemma_.lower()) and any(
            self._lemma_in(x, trig.objects) for p in self._kids(t) if p.dep_ == "prep" and p.lower_ == "of"
            for x in self._kids(p) if x.dep_ == "pobj")

    def _war_on_a_problem(self, tok: Token) -> bool:
        """A war declared or waged "on"/"against" something that names no actor and no fighter; an assault, attack or
        crackdown "on" one of the ills a government fights (words.tsv class abstract_foe: "a direct assault on
        poverty", "a crackdown on inflation")."""
        # (and a battle or a fight waged against one: "the battle against the water and sanitation crisis")
        strong = {"assault", "attack", "offensive", "onslaught", "crackdown"}
        wars = [tok] if tok.lemma_.lower() in {"war", "battle", "fight", "struggle"} | strong and noun_like(tok) else [
            c for c in self._kids(tok) if c.dep_ in OBJ and c.lemma_.lower() in {"war"} | strong]
        for w in wars:
            for holder in (w, tok):
                for p in self._kids(holder):
                    if p.dep_ == "prep" and p.lower_ in {"on", "against", "upon"}:
                        for g in self._kids(p):
                            if g.dep_ != "pobj":
                                continue
                            if w.lemma_.lower() in strong:
                                if self.lex.is_("abstract_foe", g.lemma_.lower()):
                                    return True
                            elif not self.actors_of(g)[0] and not self.lex.is_("foe", g.lemma_.lower()):
                                return True
        return False

    def _fights_a_problem(self, tok: Token) -> bool:
        """Is what this fight verb is aimed at a problem rather than an adversary?"""
        if self._each_other(tok) and any(
                a.sector in ARMED_SECTORS or (a.country and not a.sector)
                for c in self._kids(tok) if c.dep_ in SUBJ for x in [c, *c.conjuncts] for a in self.actors_of(x)[0]):
            # ("Ugandan and Rwandan troops fought each other for control of Kisangani"; not "how can they fight crime
            # when they are fighting each other?")
            return False
        objs = [c for c in self._kids(tok) if c.dep_ in {"dobj", "obj"}]
        if any(o.lower_ == "it" for o in objs) and any(c.lower_ == "out" for c in self._kids(tok)):
            # "will be battling it out for prizes": a contest; "troops and rebels battled it out": a fight
            subs = [c for c in self._kids(tok) if c.dep_ in SUBJ]
            subs += [x for c in subs for x in c.conjuncts]
            return not any(self.lex.is_("foe", c.lemma_.lower()) or any(
                a.sector in {"MIL", "REB", "COP", "UAF", "INS", "SEP"} for a in self.actors_of(c)[0]) for c in subs)
        objs += [g for c in self._kids(tok) if c.dep_ == "prep" and c.lower_ == "against" for g in self._kids(c)
                 if g.dep_ == "pobj"]
        # "fought a fierce battle against Tamil Tiger rebels": the battle's adversary is the fight's
        for o in [o for o in objs if o.lemma_.lower() in {"battle", "war", "fight", "gunbattle", "skirmish"}]:
            objs.remove(o)
            objs += [g for c in self._kids(o) if c.dep_ == "prep" and c.lower_ in {"against", "with"}
                     for g in self._kids(c) if g.dep_ == "pobj"]
        if not objs:
            return False
        for o in objs:
            if self.actors_of(o)[0] or o.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or o.pos_ in {"PROPN", "PRON"}:
                return False
            if self.lex.is_("foe", o.lemma_.lower()) or self.lex.is_("weapon", o.lemma_.lower()):
                return False
        return True

    def _background_cause(self, tok: Token) -> bool:
        """Is this trigger told as the cause or antecedent of another act: in an "after"/"following"/"since"
        clause or phrase, or the object of "in retaliation for", "in response to", "in revenge for", "because of"?"""
        for a in [tok, *tok.ancestors][:6]:
            if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"after", "since", "because"}
                                         for c in self._kids(a)):
                return True
            if a.dep_ in {"pobj", "pcomp"} and a.head.dep_ == "prep":
                p = a.head
                if p.lower_ in {"after", "following", "since"}:
                    return True
                if p.lower_ in {"for", "to", "of"} and p.head.lemma_.lower() in {"retaliation", "response", "revenge",
                                                                                 "reprisal", "wake"}:
                    return True
                if p.lower_ == "of" and p.head.lower_ == "because":
                    return True
        return False

    def _circumstance_clause(self, tok: Token) -> Token | None:
        """The verb whose prepositional phrases (through nouns: "on the first day of a visit") hold this noun."""
        cur = tok
        for _ in range(5):
            if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
                return None
            h = cur.head.head
            if h.pos_ == "ADJ" and h.dep_ == "acomp" and verb_like(h.head):
                return h.head  # "is due in Tunisia for a visit"
            if verb_like(h):
                return h
            if not noun_like(h):
                return None
            if h.dep_ in SUBJ and verb_like(h.head):
                return h  # the phrase hangs on the clause's subject
            cur = h
        return None

    def _in_own_clause(self, t: Token, top: Token, adverbial: bool = False) -> bool:
        """Does `t` lie in a clause of its own below `top`, one with its own subject ("meeting on a response since
        Friday when an attack on a Kuwaiti port damaged a ship": the attack is the clause's, not the meeting's)?
        With `adverbial`, only an adverbial clause counts ("threatened martial law as rebels pressed their
        offensive")."""
        for a in t.ancestors:
            if a.i == top.i:
                return False
            if (a.dep_ == "advcl" if adverbial else verb_like(a)) and any(c.dep_ in SUBJ for c in self._kids(a)):
                return True
        return False

    def _in_sequence(self, t: Token, top: Token) -> bool:
        """Is t inside an earlier or later event named under `top` ("after …", "following …", "in the wake of
        …")? Its adversary is not the main event's: "raids on smugglers in the wake of rocket attacks against
        Israel" are not aimed at Israel."""
        for a in t.ancestors:
            if a.i == top.i:
                return False
            if a.dep_ == "prep" and self.lex.is_("sequence", a.lower_):
                return True
            if a.lemma_.lower() == "wake" and a.head.lower_ == "in":
                return True
        return False

    def _topic_on(self, prep: Token) -> bool:
        """An "on" phrase on a noun that is no hostile act names a topic, not a target: "contacts on Syria",
        "talks on Ukraine" (but "sanctions on Iran", "an attack on Kyiv", and a measure: "restrictions on X")."""
        return (prep.dep_ == "prep" and prep.lower_ == "on" and noun_like(prep.head) and not self._hostile_head(prep.head)
                and not self.lex.is_("measure", prep.head.lemma_.lower()))  # "restrictions on Chinese diplomats"

    def _hostile_head(self, tok: Token) -> bool:
        """Is this word a hostile act (CAMEO 11-20)? "on" names an adversary after "an attack on", a topic
        after "contacts on Syria"."""
        trig = self.match(tok)
        return trig is not None and trig.cameo[:2] >= "11" or self.lex.is_("hostile", tok.lemma_.lower())

    @staticmethod
    def _names_the_pair(tok: Token) -> bool:
        """"The two countries", "both sides", "the two governments": a plural that names the pair of the story."""
        # (as the subject: "between the two sides" is the partner of the dyad's other member, `_dyadic`)
        return (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in PAIR_PLURALS
                and tok.dep_ in {"nsubj", "nsubjpass"}
                and any((c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in {"det", "predet", "preconj"}
                                                                        and c.lower_ == "both") for c in tok.children)
                and not any(c.dep_ in {"amod", "compound", "poss", "prep", "nmod", "appos", "relcl", "acl"}
                            for c in tok.children))

    def _pair_in_focus(self, tok: Token, exclude: set[str]) -> list[Actor]:
        """"Israel and Egypt held talks. The two sides agreed …": the story's pair (the two sides of its latest
        event between two, or of its relationship noun), else the two states named last in the two sentences
        before. "The two countries" are states: a government or an army of the pair is its state here."""
        pair = [a for a in self.dyad if family(a) not in exclude]
        if len(pair) != 2 or len({family(a) for a in pair}) != 2:
            pair = [a for a in self.recall(n=2, max_back=2, before=tok.i, referent=True, exclude=exclude)
                    if a.country or a.code[:3] in {"IGO", "NGO", "IMG"}]
        if len(pair) != 2:
            return []
        if tok.lemma_.lower() in {"country", "nation", "state"}:
            return [self.t_country(a.country) for a in pair] if all(a.country for a in pair) else []
        return [self._most_specific(a, 3) for a in pair]

    def _alleged(self, tok: Token) -> Token | None:
        """The verb whose object is the charge or allegation whose content clause holds this act ("repeated charges
        that Damascus was sheltering Ocalan": "repeated")."""
        if (tok.dep_ == "ccomp" and any(m.lower_ == "that" for m in self._kids(tok)) and verb_like(tok.head)
                and any(c.dep_ in OBJ and c.lemma_.lower() in CHARGE_NOUNS and c.i < tok.i for c in self._kids(tok.head))):
            return tok.head   # ("examining allegations on Monday that …": spaCy hangs the content on the verb)
        below = tok
        for a in list(tok.ancestors)[:4]:
            if noun_like(a) and a.lemma_.lower() in CHARGE_NOUNS:
                if below.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in self._kids(below)) \
                        and (a.dep_ in OBJ or a.dep_ == "conj") and verb_like(a.head):
                    return a.head   # (or "denied …, but repeated charges that …" misread as a noun joined to "denied")
                return None
            below = a
        return None

    def _characterized(self, tok: Token) -> Token | None:
        """The naming verb of a "what X called …" phrase whose naming holds this word ("because of what it called
        its involvement in killing": "called"), or None. What the phrase names is the speaker's account of an act,
        not an act told as fact."""
        below = tok
        for a in list(tok.ancestors)[:6]:
            if verb_like(a) and a.lemma_.lower() in NAMING_VERBS:
                kids = list(self._kids(a))
                if (any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubjpass", "attr"} for c in kids)
                        and below.i != a.i and below.i > a.i
                        and (below.dep_ in {"oprd", "dobj", "attr", "xcomp"}
                             or (below.dep_ == "prep" and below.lower_ == "as"))
                        and below.lower_ != "what"):
                    return a
                return None
            below = a
        return None

    def _naming_side(self, naming: Token) -> Side:
        """Who names a thing in a "what X called …" phrase: "it" and "he" there are the clause's own actor ("El
        Salvador requested a meeting to deal with what it called violations by Nicaragua": El Salvador)."""
        subj = next((c for c in self._kids(naming) if c.dep_ in SUBJ), None)
        if subj is not None and subj.pos_ == "PRON" and subj.lower_ in HE | THEY | IT:
            for a in list(naming.ancestors)[:6]:
                if verb_like(a) and any(c.dep_ in SUBJ and c.pos_ != "PRON" for c in self._kids(a)):
                    side = self._direct_agent(a, None) or self.source_of(a, None)
                    if side.actors:
                        return side
                    break
        return self._direct_agent(naming, None) or self.source_of(naming, None)

    def _denied_report(self, tok: Token, deny: int) -> bool:
        """Is tok the act of a report, claim or allegation that the verb at `deny` denies ("denied reports that X
        had criticised Y")?"""
        if ((tok.dep_ in {"acl", "ccomp"} or (tok.dep_ == "relcl" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in self._kids(tok))))   # ("that" read as a relative)
                and tok.head.i == deny and self.doc[deny].lemma_.lower() == "denial" and noun_like(self.doc[deny])):
            return True   # "Moscow's denial that it had pulled troops back …": the act denied is told, and denied
        below = tok
        for a in tok.ancestors:
            if noun_like(a) and a.lemma_.lower() in ACCOUNT_NOUNS and a.head.i == deny and a.dep_ in OBJ:
                return below.dep_ in {"acl", "ccomp"}   # (what the report says, not "a report which recommended")
            if a.i == deny:
                return False
            below = a
        return False

    def _anti_state(self, tok: Token) -> str | None:
        """The state an "anti-X" word in this act's own clause names ("chanting anti-American slogans",
        "an anti-Japanese rally"), if exactly one."""
        found = set()
        for t in tok.subtree:
            if t.lower_ == "anti" and t.i + 2 < len(self.doc) and self.doc[t.i + 1].text == "-":
                m = self.resolver.mention_at(t.i + 2)
                if m is not None:
                    found |= {e.country for e in m.entries if e.kind == "country" and e.country}
        return found.pop() if len(found) == 1 else None

    def _posted_in(self, tok: Token, source: Side, speaker: str | None) -> Side | None:
        """The state an envoy is recalled from: "recalled its ambassador from Tel Aviv", "… from Israel"."""
        for h in [tok, *(o for o in self._kids(tok) if o.dep_ in OBJ)]:
            for c in self._kids(h):
                if c.dep_ != "prep" or c.i < tok.i or not (
                        c.lower_ == "from" or (c.lower_ == "in" and self.lex.is_("embassy", h.lemma_.lower()))
                        or (c.lower_ == "to" and h.i != tok.i)):
                    continue   # (not "In Mexico, the foreign ministry recalled …": where the news is from; "in"
                    # only of a mission: "closed its embassy in Tehran")
                for g in self._kids(c):
                    if g.dep_ == "pobj" and (got := self._other_state(g, source, speaker, f"posted-{c.lower_}")):
                        return got
        return None

    def _other_state(self, g: Token, source: Side, speaker: str | None, rule: str) -> Side | None:
        """The state other than the source's that a phrase names, as an actor ("Israel", "Tehran") or as a place
        the gazetteer knows ("Tel Aviv", "Dhaka")."""
        mine = {a.country for a in source.actors}
        acts = [a for a in self.actors_of(g, speaker)[0] if a.country and a.country not in mine]
        if acts:
            return Side(acts, rule, [g], False)
        place = self._gazetteer_country(g) if g.pos_ == "PROPN" else None
        if place and place not in mine:
            return Side([self.t_country(place)], rule, [g], False)
        return None

    def _hostile_hint(self, tok: Token) -> bool:
        """"hinted at military action", "hinted at retaliation": what is hinted at is force, a threat."""
        return tok.lemma_.lower() == "hint" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in {"force", "retaliation", "reprisal", "war", "strike", "attack",
                                                      "invasion", "intervention", "sanction", "embargo"}
                                  or any(a.lower_ in {"military", "armed", "punitive", "retaliatory"}
                                         for a in self._kids(g)))
            for p in self._kids(tok) if p.dep_ == "prep" and p.lower_ == "at" for g in self._kids(p))

    def _by_force(self, tok: Token) -> bool:
        """"defend its territory by force", "retake the town by force of arms": an act done by force."""
        return any(p.dep_ == "prep" and p.lower_ in {"by", "with"} and any(
            g.dep_ == "pobj" and g.lemma_.lower() in {"force", "arms"} for g in self._kids(p)) for p in self._kids(tok))

    def _search_of_premises(self, tok: Token) -> bool:
        """"raided the offices of a charity", "stormed the home of an opposition leader": a raid or storming of an
        office or a home, in a sentence that tells of no one killed, hurt or shot."""
        obj = next((c for c in self._kids(tok) if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in PREMISES:
            return False
        def violent(t: Token) -> bool:
            lemma = t.lemma_.lower()
            if lemma == "seize" and any(o.dep_ == "dobj" and o.lemma_.lower() in SEIZED_RECORDS for o in self._kids(t)):
                return False   # ("… and seized documents and computers": the search's own haul)
            return lemma in RAID_VIOLENCE and t.i != tok.i
        if any(violent(t) for t in tok.sent):
            return False
        return obj.lemma_.lower() in {"office", "headquarters", "headquarter", "premise", "premises", "studio",
                                      "bureau", "newsroom"} or self._state_doer(tok)

    def _state_doer(self, tok: Token) -> bool:
        subj = next((c for c in self._kids(tok) if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        acts = self.actors_of(subj)[0]
        return bool(acts) and all(a.sector in {"GOV", "MIL", "COP", "SPY", "JUD"} or (a.country and not a.sector)
                                  for a in acts)

    def _restraint_promised(self, tok: Token, act: Token) -> bool:
        """Is the act under a promise negated on its way up to the promise ("pledged not to threaten or use force")?"""
        cur = act
        while cur.i != tok.i and cur.head.i != cur.i:
            if any(c.dep_ == "neg" for c in self._kids(cur)):
                return True
            cur = cur.head
        return False

    def _hostile_aim(self, tok: Token) -> Token | None:
        """The verb of force a vow or promise is about, when it is aimed at an actor or an act ("vowed to uproot the
        Saudi royal family", "vowed to avenge the killing of its commander"); None for "vowed to eradicate poverty"."""
        lemma = tok.lemma_.lower()
        if lemma not in {"vow", "pledge", "promise", "swear", "ready", "prepared", "determined"}:
            return None
        for c in self._kids(tok):
            if c.dep_ == "xcomp" and self._restraint_promised(tok, c):
                continue  # "pledged not to use force against each other": a promise of restraint, no threat
            if (c.dep_ == "xcomp" and c.lemma_.lower() in RESPOND_VERBS
                    and any(a.dep_ == "advmod" and a.lower_ in FORCEFUL_ADVERBS for a in self._kids(c))):
                return c  # "vowed to respond militarily", "is ready to react forcefully to any incursion"
            if c.dep_ == "xcomp" and verb_like(c) and self._by_force(c):
                return c  # "each side vowing to defend its territory by force": force vowed is a threat of it
            if lemma in {"ready", "prepared", "determined"}:
                continue
            if (c.dep_ in OBJ and c.lemma_.lower() in RESPOND_NOUNS
                    and any(a.dep_ in {"amod", "compound"} and a.lower_ in FORCEFUL_ADJECTIVES for a in self._kids(c))):
                return c  # "promised a crushing response to any attack", "vowed a military reply"
            if (c.dep_ == "xcomp" and c.lemma_.lower() == "take" and any(
                    o.dep_ in OBJ and o.lemma_.lower() in {"step", "measure", "action", "countermeasure"} and any(
                        a.dep_ in {"amod", "compound"} and a.lower_ in {"retaliatory", "punitive", "military", "reciprocal",
                                                                      "tit-for-tat", "counter"}
                        for a in self._kids(o)) for o in self._kids(c))):
                return c  # "vowed to take retaliatory steps against Finland": retaliation announced is a threat
            if c.dep_ != "xcomp" or not verb_like(c) or not self.lex.is_("hostile_aim", c.lemma_.lower()):
                continue
            prt = {p.lower_ for p in self._kids(c) if p.dep_ in {"prt", "advmod", "prep"}}
            if c.lemma_.lower() in {"wipe", "hunt", "root", "stamp", "drive"} and not prt & {"out", "down"}:
                continue
            for o in self._kids(c):
                if o.dep_ in OBJ and (self.resolver.has_actor_mention(o) or self.match(o) is not None
                                      or any(names_who(a) or a.sector for a in self.actors_of(o)[0])):
                    return c
        return None

    def _each_against_other(self, tok: Token) -> bool:
        """"each side accusing the other", "each blamed the other", "both sides accused the other": a subject that
        is each of a pair, acting on "the other"."""
        subj = next((c for c in self._kids(tok) if c.dep_ in SUBJ), None)
        each = subj is not None and (subj.lower_ == "each" or (
            subj.lemma_.lower() in {"side", "party", "country", "government", "army"}
            and any(d.lower_ in {"each", "both"} for d in self._kids(subj) if d.dep_ in {"det", "predet"})))
        return each and any(c.dep_ in OBJ and c.lower_ == "other"
                            and any(d.lower_ == "the" for d in self._kids(c)) for c in self._kids(tok))

    def _dyadic(self, tok: Token) -> bool:
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        near = list(first.subtree) if noun_like(tok) else [c for c in self._kids(tok)]
        for c in list(near):
            if c.dep_ in OBJ | {"nsubj", "nsubjpass", "prep", "pobj"}:
                near += list(c.subtree)
        if tok.dep_ in {"amod", "acl"}:
            near += list(tok.head.subtree)
        return any(self.lex.is_("dyadic", t.lower_) for t in near) and \
            any(self.lex.is_("relationship", t.lemma_.lower()) or t.lemma_.lower() in {"country", "nation", "state", "side"}
                for t in near + [tok])

    # -- the sentence ----------------------------------------------------------------------------------

    def sports_story(self, sent: Span) -> bool:
        """Is this sentence part of a sports story (a match report, a transfer, a doping case)? Its countries are
        teams ("New Zealand demolished Wales 52-3", "Ireland continued to press"), so such a sentence is coded only
        where it names a state's organ (STATE_WORDS). Told by the share of sports words in the five sentences from
        this one on (the last five at the end: a bulletin may tell a match and then a bombing): at least two words
        only sport uses ("tournament", "midfielder") and 1.5 sports words in 100, a word sport shares with
        politics ("victory", "title", "team") counting half. In a document that is sports by that measure as a
        whole, one word only sport uses in those five sentences is enough."""
        if self._sports_story is None:
            strong, weak = self.lex.words.get("sports_story", frozenset()), self.lex.words.get("sports_story_weak", frozenset())
            bounds = [(s.start, s.end) for s in sentences(self.doc)]
            counts = []   # (strong, weak, words) per sentence
            for a, b in bounds:
                ws = self.lowers[a:b]
                # (spaCy splits "full-back", "fly-half", "half-time" at the hyphen: the words are joined again)
                ws = ws + [f"{x}-{z}" for x, y, z in zip(ws, ws[1:], ws[2:]) if y == "-"]
                # (two such words side by side name one thing: "a new national football stadium" is one mention)
                k = sum(1 for j, w in enumerate(ws) if w in strong and not (j + 1 < b - a and ws[j + 1] in strong))
                counts.append((k, sum(1 for w in ws if w in weak),
                               sum(1 for w in ws if w[:1].isalpha() and "-" not in w)))
            n = len(bounds)

            def sporty(part: list[tuple[int, int, int]]) -> bool:
                k, h, words = (sum(c[j] for c in part) for j in range(3))
                return k >= 2 and words > 0 and (k + 0.5 * h) * 100 / words >= 1.5

            whole = sporty(counts)
            self._sports_story = {}
            for i, (a, _) in enumerate(bounds):
                lo = max(0, min(i, n - 5))
                # (in a sports document, a stretch of five sentences with one word only sport uses is enough)
                self._sports_story[a] = sporty(counts[lo:lo + 5]) or (whole and any(c[0] for c in counts[lo:lo + 5]))
        return self._sports_story.get(sent.start, False)

    def _granting_teller(self, tok: Token) -> Side | None:
        """The leader or government that grants this verb's concession: a passive with no agent ("would be allowed
        to", "will be lifted") in what the teller says (not a reporter or an unnamed official)."""
        kids = self._kids(tok)
        if not verb_like(tok) or not any(c.dep_ == "auxpass" for c in kids) or any(
                c.dep_ == "agent" or (c.dep_ == "aux" and c.lower_ in {"must", "should", "ought", "need"})
                or (c.dep_ == "nsubjpass" and c.lemma_.lower() in TROOP_WORDS) for c in kids):
            # ("sanctions must be lifted": a demand; "Indian and Chinese troops were pulled back": the forces' own move)
            return None
        said = self._clause_teller(tok)
        if said is None or not all(a.name and a.country and a.sector in {"GOV", "LEG"} for a in said.actors):
            return None   # (a leader or a government named, not "officials" or "Japanese bankers")
        # (nor a clause that names another state: "Soviet officials said Soviet women would be allowed to leave Iraq")
        homes = {a.country for a in said.actors}
        if any(e.kind == "country" and e.country and e.country not in homes
               for x in tok.subtree for m in [self.resolver.mention_at(x.i)] if m for e in m.entries):
            return None
        return said

    def _expels_a_member(self, tok: Token) -> bool:
        """Does this verb put someone out of a party or a body: "from the party", "from its ranks", or a party as
        the one that expels ("the ruling ZANU-PF party expelled …", "was expelled by its supreme council")?"""
        kids = self._kids(tok)
        if any(c.dep_ == "prep" and c.lower_ == "from" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in MEMBER_BODIES for g in self._kids(c)) for c in kids):
            return True
        doers = [c for c in kids if c.dep_ == "nsubj"] + [g for c in kids if c.dep_ == "agent"
                                                          for g in self._kids(c) if g.dep_ == "pobj"]
        return any(x.lemma_.lower() == "party" or any(a.sector == "PTY" for a in self.actors_of(x)[0])
                   for d in doers for x in [d, *(c for c in self._kids(d) if c.dep_ == "appos")])

    def _ports_of_a_state(self, tok: Token) -> bool:
        """Are the ports this verb closes a state's named by its name ("Yemen's ports", "all of Yemen's air, sea and land
        ports"), not the closer's own ("its ports")?"""
        for o in self._kids(tok):
            if o.dep_ not in OBJ:
                continue
            for x in o.subtree:
                if x.lemma_.lower() == "port" and any(
                        c.dep_ == "poss" and c.pos_ == "PROPN" and any(
                            e.kind == "country" for m in [self.resolver.mention_at(c.i)] if m for e in m.entries)
                        for c in self._kids(x)):
                    return True
        return False

    def _enacted_as_law(self, tok: Token) -> bool:
        """Is this noun the compound of a law a body enacts ("parliament passed an amnesty law", "approved a ban
        bill")? The law's act is the act enacted."""
        law = tok.head
        return (law.lemma_.lower() in LAWS and law.dep_ in OBJ | {"nsubjpass"} and verb_like(law.head)
                and law.head.lemma_.lower() in ENACTING_VERBS)

    def _put_on_hold(self, tok: Token) -> bool:
        """Is this verb "put … on hold" (or "on ice")? The phrase may hang on the object's own phrases: "put delivery
        of the first of two Mistral carriers to Russia on hold"."""
        objs = [c for c in self._kids(tok) if c.dep_ in OBJ]
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.dep_ == "pobj" and g.lower_ in {"hold", "ice"} for g in self._kids(c))
            for c in [*self._kids(tok), *(x for o in objs for x in o.subtree if x.i > o.i and not any(
                verb_like(a) for a in x.ancestors if a.i != tok.i and o.i <= a.i))])

    def _blamed_for_harm(self, tok: Token) -> bool:
        """Is this "bore responsibility" or "was responsible" a speaker's blame of the clause's subject for a harm
        ("Russia's foreign ministry said Georgia bore full responsibility for the bloodshed", "the White House said
        Hezbollah bore full responsibility for the crisis")? Not one's own ("took responsibility", "Iran said it bore
        no responsibility"), and not an office ("the minister responsible for security")."""
        if tok.lemma_.lower() == "bear" and verb_like(tok):
            held = [c for c in self._kids(tok) if c.dep_ in OBJ and c.lemma_.lower() in {"responsibility", "blame"}]
        elif tok.lemma_.lower() == "responsible" and tok.dep_ == "acomp" and tok.head.lemma_.lower() == "be":
            held = [tok]
        else:
            return False
        if not held or self._negated(tok if verb_like(tok) else tok.head):
            return False
        clause = tok if verb_like(tok) else tok.head
        subject = next((c for c in self._kids(clause) if c.dep_ == "nsubj"), None)
        if subject is None and clause.dep_ == "conj" and verb_like(clause.head):
            # ("Tass said Chinese troops had staged an armed provocation and bore full responsibility")
            subject = next((c for c in self._kids(clause.head) if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in RELATIVE or (
                subject.pos_ == "PRON" and subject.lower_ not in {"he", "she", "they"}):
            return False
        # (the responsibility "for" a harm, or none named: "Sudan's government and the Janjaweed bore responsibility")
        harms = [g for h in held + [tok] for p in self._kids(h) if p.dep_ == "prep" and p.lower_ == "for"
                 for g in self._kids(p) if g.dep_ in {"pobj", "pcomp"}]
        if harms and not any(g.lemma_.lower() in HARM_WORDS or getattr(self.match(g), "cameo", "")[:2] in {
                "17", "18", "19", "20"} for g in harms):
            return False
        if not harms and tok.lemma_.lower() == "responsible":
            return False
        said = self._clause_teller(clause)
        return said is not None and clause.dep_ in {"ccomp", "conj"}

    def _clause_teller(self, tok: Token) -> Side | None:
        """The speaker of a clause (of blame, of a concession granted), also when the verb of saying shares its subject
        ("defended Israel's right to protect itself and said Hezbollah bore full responsibility")."""
        said = self._speaker_side(tok)
        if said is None or not said.actors:
            speech = self._speech_ancestor(tok)
            if speech is not None and speech.dep_ in {"conj", "advcl"} and verb_like(speech.head):
                # (… or is a participle after it: "called on Kuchma to resign, saying he bore responsibility")
                said = self._direct_agent(speech.head, None)
        return said if said is not None and said.actors else None

    def _named_before(self, noun: Token) -> set[str]:
        """The states named in a noun phrase up to its head ("the Israeli blockade", "U.S. forces"), not in what
        follows it ("redeployment in the West Bank": a place) nor by a role word that took its state from a place."""
        return set(self._countries_named(noun, with_head=True))

    def _approves_mobilization(self, tok: Token, matches: dict | None = None) -> bool:
        """Does this verb approve or authorise a mobilisation or a deployment (a noun of CAMEO 15: "the cabinet approved
        the call-up of 6,500 reservists", "parliament authorised a partial mobilisation")? The forces' move is the
        act, as when it is ordered."""
        if tok.lemma_.lower() not in APPROVING_VERBS or self._negated(tok):
            return False
        for o in self._kids(tok):
            if o.dep_ in OBJ:
                m = matches.get(o.i) if matches is not None else None
                row = m.trigger if m is not None else self.match(o)
                if row is not None and row.pos == "NOUN" and row.cameo[:2] == "15":
                    return True
        return False

    def _sport_as_occasion(self, t: Token) -> bool:
        """Is this sports word the time or the occasion of what the sentence tells, not a contest it reports?
        "eased restrictions on foreign journalists ahead of the Beijing Olympics", "in the run-up to the Olympics",
        "killed 74 people watching the World Cup final", "vowed to disrupt next year's Winter Olympics" (but "beat
        Pakistan in the final match of the tournament", "scored twice in a World Cup qualifier")."""
        for a in t.ancestors:
            low = a.lower_
            if a.dep_ == "prep" and (low in {"before", "during", "until", "till"} or (
                    low == "of" and a.head.lower_ == "ahead") or (
                    low == "to" and a.head.lemma_.lower() in {"run", "run-up", "lead", "lead-up", "build", "build-up"})):
                return True
            if verb_like(a):
                return a.lemma_.lower() in {"watch", "cover", "disrupt", "sabotage", "attack", "target", "threaten"}
        return False

    def _inside_a_name(self, i: int) -> bool:
        """Is word i inside a name of several words the actor tables hold ("the General Agreement on Tariffs and
        Trade", "the Warsaw Pact", "Rapid Support Forces")? A word of a name is no act."""
        m = self.resolver.mention_at(i)
        return m is not None and m.end - m.start > 1 and any(
            e.kind in {"igo", "group", "party", "institution"} for e in m.entries)

    def code_sentence(self, sent: Span) -> list[Event]:
        sports = self.lex.words.get("sports", frozenset())
        text = self._text(sent)
        if self.sports_story(sent) and not self._with_words(sent, STATE_WORDS):
            self.remember(sent)  # a sentence of a sports story: countries are teams, not states
            return []
        if (any(t.lower_ in sports and not verb_like(t) and self.resolver.mention_at(t.i) is None
                and not any(c.dep_ in {"compound", "amod"} and (self.lex.is_("armed_unit", c.lower_)
                                                                 or c.lower_ in {"rights", "democracy", "peace", "hunger"})
                            for c in self._kids(t))  # ("a suicide squad", "death squads": armed units; "human rights
                # defenders", "democracy defenders": activists; "hunger striker": a prisoner)
                and not (t.lower_ in {"defender", "defenders"} and any(c.dep_ == "prep" and c.lower_ == "of"
                                                                      for c in self._kids(t)))
                # ("defenders of the Azovstal steel plant": fighters)
                and not self._sport_as_occasion(t)
                for t in self._with_words(sent, sports)) or "Asian Games" in text or any(
                    # (and a named cup told as the time or occasion: "killed 74 people watching the World Cup final")
                    not self._sport_as_occasion(self.doc.char_span(
                        sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")[-1])
                    for m in _CUP.finditer(text))
                or _SET_SCORES.search(text)) and not any(
                t.lower_ in STATE_WORDS for t in self._with_words(sent, STATE_WORDS)):
            self.remember(sent)  # a sports report: countries are teams, not states
            return []
        matches = {}
        heads, lowers, lemmas = self.lex.heads, self.lowers, self.lemmas
        for i in range(sent.start, sent.end):   # (match's own first test, without making a Token of each word)
            if lowers[i] in heads or lemmas[i] in heads or lowers[i][:-1] in heads or undoubled(lowers[i]) in heads:
                tok = self.doc[i]
                t = self.match(tok)
                if t is not None and not self._inside_a_name(i):
                    matches[i] = Match(tok, t)
        for i, m in list(matches.items()):  # "so they can battle the drought", "vowed to fight corruption"
            if (m.trigger.pos == "VERB" and m.trigger.cameo.startswith("19")
                    and self.lex.is_("figurative_fight", m.tok.lemma_.lower()) and self._fights_a_problem(m.tok)):
                del matches[i]
            elif m.trigger.cameo.startswith("19") and self._war_on_a_problem(m.tok):
                del matches[i]  # "declared war on poverty", "a war on drugs"
            elif ((m.tok.lemma_.lower() in {"meet", "gather", "convene"} and m.tok.tag_ == "VBG" and m.tok.dep_ == "acl"
                   and m.tok.head.dep_ in SUBJ and m.tok.head.head.i in matches)
                  or (m.tok.lower_ == "meeting" and m.tok.dep_ in SUBJ and m.tok.head.i in matches
                      and any(c.dep_ == "compound" and c.tag_ in {"NNS", "NNPS"} for c in m.tok.children))):
                # (also as the small model reads it, "[foreign ministers meeting] … demanded", the participle a noun)
                # "Arab League foreign ministers meeting in Cairo demanded that Iraq withdraw", "Commonwealth leaders
                # meeting in New Zealand suspended Nigeria": where the act was decided, not an act of its own
                del matches[i]
        # a light verb whose object is an event noun: the noun carries the event ("launched joint exercises")
        for i, m in list(matches.items()):
            if m.trigger.pos == "VERB" and self._approves_mobilization(m.tok, matches):
                del matches[i]   # ("Israel's cabinet approved the call-up of 6,500 reservists": the call-up)
                continue
            # "undertook to respect the truce" promises; "undertook a mediation mission" does it
            if (m.trigger.frame == "intent" and self.lex.is_("perform", m.tok.lemma_.lower())
                    and not any(c.dep_ in {"xcomp", "ccomp"} for c in self._kids(m.tok))):
                objs = [c for c in self._kids(m.tok) if c.dep_ in OBJ]
                objs += [g for o in objs for g in self._kids(o) if g.dep_ == "compound"]
                if any(o.i in matches for o in objs):
                    del matches[i]
                    continue
            if (m.trigger.pos == "VERB" and m.trigger.frame == "" and self.lex.is_("light", m.tok.lemma_.lower())
                    and not m.trigger.particle   # ("called off a general strike": the particle makes its own act)
                    and not self._put_on_hold(m.tok)):   # ("put military aid to Egypt on hold": suspended)
                # … when the noun was matched with its modifier ("joint exercises", "air strikes"); a plain
                # noun leaves the verb's more specific row in charge ("lodged a protest" is a complaint)
                objs = [c for c in self._kids(m.tok) if c.dep_ in OBJ]
                objs += [g for o in objs if self.lex.is_("generic_head", o.lemma_.lower())
                         for g in self._kids(o) if g.dep_ == "compound"]  # "undertook a mediation mission"
                objs += [g for o in objs if self.lex.is_("quantity", o.lemma_.lower()) for p in self._kids(o)
                         if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p) if g.dep_ == "pobj"]
                # ("began a week of joint naval drills")
                if any(o.i in matches and matches[o.i].trigger.pos == "NOUN"
                       and (matches[o.i].trigger.specificity > 1 or o.dep_ == "compound") for o in objs):
                    del matches[i]
        self.remember(sent)
        attribution = self._according_to(sent)
        timerefs = self._timerefs(sent)
        events: list[Event] = []
        consumed: set[int] = set()
        # wrappers first: "agreed to meet", "urged X to withdraw", "refused to release", "threatened sanctions"
        # "Washington told Israel to halt settlement construction": telling another state to act demands it
        orders = {i for i, m in matches.items() if m.trigger.frame == "say" and m.trigger.pos == "VERB"
                  and m.tok.lemma_.lower() in ORDER_VERBS and self._orders_another(m.tok)}
        for i, m in sorted(matches.items()):
            if (m.trigger.frame in WRAPPERS or i in orders) and not self._insists_on_own(m.tok):
                comp = self._complement(m.tok, matches)
                if comp is not None and self._fact_told_before(m, comp):
                    continue  # "Iraqi troops did not shell Zakho, a spokesman insisted": the fact told is the act
                if comp is not None and not self._voted_decision(m.tok, comp):
                    continue  # "the council voted to extend the mandate": the act voted is coded on its own
                if comp is None and (m.trigger.frame == "request" or i in orders) and verb_like(m.tok):
                    # "demanded that Ethiopia and Eritrea immediately halt all military action and return to peace
                    # talks": with no act asked that the lexicon knows, the acts of the clause asked (and those joined
                    # to it with no subject of their own) are still asked, not done
                    for c in self._kids(m.tok):
                        if c.dep_ in {"ccomp", "xcomp"} and verb_like(c) and not told_as_done(c):
                            consumed |= {x.i for x in [c, *(g for g in self._kids(c) if g.dep_ == "conj" and verb_like(g)
                                                            and not any(k.dep_ in SUBJ for k in self._kids(g))
                                                            and g.tag_ == "VB")] if x.i in matches}
                if comp is not None:
                    consumed.add(comp.tok.i)
                    # (or the verb whose object the act asked is: "urged Burundi's warring parties to join his peace
                    # talks and agree on a ceasefire")
                    asked = comp.tok if verb_like(comp.tok) else (
                        comp.tok.head if comp.tok.dep_ in OBJ and verb_like(comp.tok.head)
                        and comp.tok.head.dep_ in {"xcomp", "ccomp"} and comp.tok.head.head.i == m.tok.i else None)
                    if (m.trigger.frame == "request" or i in orders) and asked is not None:
                        # "urged Israel to declare a ceasefire and allow humanitarian corridors", "told Croatia to
                        # arrest and hand over Gotovina": the act joined to the one asked (or ordered), with no
                        # subject of its own, is asked too, not done
                        # (not one told in the past tense: "called on China to resume dialogue and offered to meet
                        # President Jiang" tells the asker's own offer, which spaCy may join to the act asked)
                        consumed |= {c.i for c in self._kids(asked) if c.dep_ == "conj" and verb_like(c)
                                     and c.i in matches and not any(g.dep_ in SUBJ for g in self._kids(c))
                                     and not told_as_done(c)}
        by_trigger: dict[int, list[Event]] = {}
        for i, m in sorted(matches.items()):
            if i in consumed or (m.trigger.frame in {"say", "deny"} and i not in orders):
                continue
            got = self._events_for(m, matches, sent, attribution, timerefs)
            if got:
                by_trigger[i] = got
        # "Ecuador accused Colombia of … and threatened retaliation": a coordinated act of the same subject that
        # names no target of its own is aimed at the first act's target
        for i in sorted(by_trigger):
            tok = self.doc[i]
            if (tok.dep_ in {"conj", "advcl"} and tok.head.i in by_trigger and all(e.cameo == "139" for e in by_trigger[i])
                    and any(f.cameo[:3] in {"161", "174"} for f in by_trigger[tok.head.i])
                    and any(x.lemma_.lower() == "leave" for x in tok.subtree)):
                # ("were expelled by Uganda and given 48 hours to leave", "expelled Sudan's ambassador, giving them 72
                # hours to leave": the expulsion's term, no ultimatum of its own)
                by_trigger[i] = []
                continue
            if (tok.dep_ != "conj" or not verb_like(tok) or tok.head.i not in by_trigger
                    or any(c.dep_ in SUBJ | {"nsubjpass"} for c in self._kids(tok))):
                continue
            first = [f for f in by_trigger[tok.head.i] if f.target is not None and f.source is not None
                     and not f.reciprocal and f.event_type
                     and f.why.get("path", "").split(" | ")[-1] not in WEAK_TARGET_RULES]
            evs = by_trigger[i]
            # (a target named only by role, of no country — "demanded compensation for the fishermen" — is none; so
            # is one only guessed, the doer's own state: "broke into the US embassy and set part of it on fire")
            if not first or any((e.target is not None and names_who(e.target)
                                 and e.why.get("path", "").split(" | ")[-1] != "domestic")
                                or e.reciprocal or not e.event_type for e in evs):
                continue
            out = []
            for e in evs:
                got = [f for f in first if e.source is not None and family(f.source) == family(e.source)]
                out += [recoded(e, target=f.target, why=dict(
                    e.why, path=e.why["path"].split(" | ")[0] + " | conj-target",
                    target_span=f.why.get("target_span"))) for f in got] or [e]
            by_trigger[i] = out
        for i in list(by_trigger):
            # "Moscow condemned what it termed the shelling of civilians by Ukrainian forces", "outlawed the group
            # because of what it called its involvement in killing": a hostile act a speaker names in its own words is
            # its account of the act, an accusation of the doer, not an act told as fact ("what it called a historic
            # agreement" keeps the agreement)
            naming = self._characterized(self.doc[i])
            if naming is None or not any(e.event_type in HOSTILE_TYPES for e in by_trigger[i]):
                continue
            side = self._naming_side(naming)
            info = lookup("112")
            out = []
            for e in by_trigger[i]:
                if e.event_type not in HOSTILE_TYPES:
                    out.append(e)
                    continue
                if (not side.actors or e.source is None or family(side.actors[0]) == family(e.source)
                        or e.source.code[:3] not in {"IGO", "NGO"} and not e.source.country):
                    continue
                out.append(recoded(e, cameo="112", event_type=info.plover_type, event_mode=info.plover_mode,
                                   goldstein=info.goldstein, quad_class=info.quad_class, source=side.actors[0],
                                   target=e.source, reciprocal=False, negated=self._negated(naming),
                                   why=dict(e.why, rule="named-as", path=f"{side.rule} | named-as({naming.lemma_})"
                                            f" | doer({self.doc[i].lemma_})",
                                            source_span=self._span(side), target_span=e.why.get("source_span"))))
            by_trigger[i] = out
        by_trigger = {i: v for i, v in by_trigger.items() if v}
        for i in list(by_trigger):
            # "Iraq moved troops toward the Kuwaiti border, prompting the United States to rush warships to the Gulf":
            # a prompted act aimed at no one named answers the one whose act prompted it (USA→IRQ)
            verb = self._prompting(self.doc[i])
            if verb is None:
                continue
            main = next((a.i for a in verb.ancestors if a.i in by_trigger), None)
            doers = [e.source for e in by_trigger.get(main, ()) if e.source and (e.source.country or e.source.code[:3] == "IGO")]
            if doers:
                by_trigger[i] = [recoded(e, target=doers[0], why=dict(e.why, path=e.why.get("path", "") + " | prompted-by"))
                                 if e.target is None and e.source and family(e.source) != family(doers[0]) else e
                                 for e in by_trigger[i]]
        for i in list(by_trigger):
            # "bowed to pressure and agreed to restore multi-party politics", "gave in to donors, agreeing to scrap
            # the one-party clause": the promise is what the yielding gave, one concession, not an agreement too
            if all(e.event_type == "AGREE" and e.modality == "intended" for e in by_trigger[i]):
                head = self._yielded_by(self.doc[i], by_trigger)
                if head is not None and {family(e.source) for e in by_trigger[i] if e.source} <= {
                        family(f.source) for f in by_trigger[head] if f.source}:
                    del by_trigger[i]
        # one event per clause chain: what a main event's purpose, result or object clause says is part of it
        # ("staged rallies to demand reforms", "rejected a UN appeal", "opened fire, killing one") and is
        # kept in the main event's why, not coded again
        kept = set(by_trigger) | {i for i in consumed}
        for i in sorted(by_trigger):
            main = self._folds_into(self.doc[i], kept - {i}, consumed)
            if (main is not None and main in by_trigger and by_trigger[i][0].event_type == "PROTEST"
                    and by_trigger[main][0].event_type != "PROTEST" and self.doc[i].dep_ == "advcl"
                    and self.doc[i].head.i == main
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in self._kids(self.doc[i]))):
                main, i = i, main  # "shunned work to protest": the protest is the event, the rest its form
            if main is not None and main in by_trigger and self._own_circumstance(i, main, by_trigger):
                main = None  # "after Damascus recognised …": another actor's act is an event of its own
            if main is not None and main in by_trigger and self._prompted_act(i, main, by_trigger):
                main = None  # "occupied the islet, prompting Spain to demand a withdrawal": Spain's own demand
            if (main is not None and main in by_trigger and all(f.cameo == "016" for f in by_trigger[main])
                    and self._denied_report(self.doc[i], main)):
                # "Jordanian officials denied reports that King Hussein had criticised Saddam Hussein": the act
                # reported is told, and denied
                by_trigger[i] = [recoded(e, negated=True) for e in by_trigger[i]]
                main = None
            if main is not None and main in by_trigger and all(
                    e.why.get("path", "").startswith("claimed-by") for e in by_trigger[i]) and not any(
                    f.event_type == "ASSAULT" for f in by_trigger[main]):
                main = None  # "ETA claimed responsibility for a car bomb that killed two Civil Guards": the attack too
            own = self.doc[i]
            if (main is not None and main in by_trigger and own.dep_ == "relcl"
                    and any(c.dep_ in SUBJ and c.lower_ not in RELATIVE for c in self._kids(own))
                    and not any(c.dep_ == "aux" and c.lower_ == "had" for c in self._kids(own))  # (not "whom they
                    and not any(c.dep_ in {"prep", "advmod"} or (c.dep_ in OBJ and c.lower_ not in RELATIVE)  # had
                                for c in self._kids(own) if c.i < own.i)            # taken hostage", "under which …")
                    and all(e.event_type and e.target is not None for e in by_trigger[i])
                    and not {e.event_type for e in by_trigger[i]} & {f.event_type for f in by_trigger[main]}):
                # "demanded the resignation of President Eyadema, whom they accused of blocking the transition", "in
                # a move Tbilisi denounced as political pressure": a clause on a noun with a subject of its own
                # tells an act of its own
                main = None
            if main is not None and all(e.why.get("path", "").startswith("each-side") for e in by_trigger[i]):
                main = None  # "…, with each side blaming the other": the pair's words about the act are their own
            reaction = self.doc[i]
            if (main is not None and main in by_trigger and noun_like(reaction) and reaction.dep_ in OBJ
                    and self.lex.is_("elicit", reaction.head.lemma_.lower())
                    and any(c.dep_ == "prep" and c.lower_ == "from" for c in (*self._kids(reaction), *self._kids(reaction.head)))
                    and any(
                        e.source is not None and e.event_type and all(
                            f.source is None or family(f.source) != family(e.source) for f in by_trigger[main])
                        for e in by_trigger[i])):
                main = None  # "cut gas supplies to Ukraine, drawing criticism from the EU": another side's reaction
            rel = self.doc[i] if self.doc[i].dep_ == "relcl" else self.doc[i].head  # ("who had massed … to protest")
            held = rel.head  # the noun a relative clause is on
            if (main is not None and main in by_trigger and rel.dep_ == "relcl"
                    and (rel.i == i or self.doc[i].dep_ in {"advcl", "xcomp"})
                    and all(e.event_type == "PROTEST" for e in by_trigger[i])
                    and any(a.i == main for a in list(held.ancestors)[:5])  # ("dispersed thousands of people who")
                    and any(f.target is not None for f in by_trigger[main])):
                # "police clashed with demonstrators who were protesting …": the protest happened too, by the side
                # the main act was aimed at
                side = next(f.target for f in by_trigger[main] if f.target is not None)
                by_trigger[i] = [recoded(e, source=side) if e.source is None or not e.source.country else e
                                 for e in by_trigger[i]]
                main = None
            if (main is not None and main in by_trigger and all(e.event_type is None for e in by_trigger[main])
                    and self.doc[i].dep_ == "advcl" and verb_like(self.doc[i])
                    and any(e.event_type for e in by_trigger[i])):
                main = None  # "rejected any role in the ambush, blaming Pakistani intelligence": a statement folds nothing
            if (main is not None and main in by_trigger and self.doc[i].dep_ == "advcl" and self.doc[i].tag_ == "VBG"
                    and any(e.event_type and e.quad_class in {1, 3} for e in by_trigger[i])
                    and all(e.quad_class in {2, 4} for e in by_trigger[main] if e.event_type)):
                main = None  # "recalled its ambassador, accusing Chavez of meddling": the words are an act of their own
            part = self.doc[i] if self.doc[i].dep_ == "advcl" else (
                self.doc[i].head if self.doc[i].dep_ == "conj" and self.doc[i].head.dep_ == "advcl" else None)
            main_targets = {family(f.target) for f in by_trigger.get(main, []) if f.target is not None}
            if (main is not None and main in by_trigger and part is not None and part.tag_ == "VBG"
                    and verb_like(self.doc[i]) and any(
                        e.event_type and e.target is not None
                        and (e.quad_class in {1, 3} or family(e.target) not in main_targets)
                        and e.event_type not in {f.event_type for f in by_trigger[main]} for e in by_trigger[i])
                    and not any(f.event_type == "PROTEST" for f in by_trigger[main])):
                # "threatened to raise tariffs, accusing Beijing of backtracking": another act, aimed at someone (but
                # what protesters demand is their protest's content)
                by_trigger[main] = self._inherit_target(by_trigger[main], by_trigger[i])
                main = None
            charge = self.doc[i]
            bare_charge = (charge.dep_ == "pobj" and charge.head.lower_ == "of" and verb_like(charge.head.head)
                           and self.lex.is_("accuse_verb", charge.head.head.lemma_.lower())
                           and not any(c.dep_ in {"det", "poss"} for c in self._kids(charge)))
            if (main is not None and main in by_trigger and noun_like(self.doc[i]) and not bare_charge
                    and all(e.source is None and e.target is not None and e.event_type == "ASSAULT" for e in by_trigger[i])
                    and all(e.quad_class in {1, 3} and e.event_type != "THREATEN" for e in by_trigger[main] if e.event_type)):
                main = None  # "condemned the bomb attacks on hotels in Jordan": the attack by no one named happened too
                # (not "threatened a missile strike on a US base": what is threatened has not happened)
                # (but "accused Myanmar of genocide": what a charge names with no article is the charge, no act told)
            if main is not None and main in by_trigger:
                by_trigger[main] = self._inherit_target(by_trigger[main], by_trigger[i])
                attack = next((f for f in by_trigger[i] if f.event_type == "ASSAULT" and not f.negated
                               and f.modality == "asserted" and f.cameo[:2] in {"18", "19", "20"}), None)
                if attack is not None and self.doc[i].tag_ == "VBG" and self.doc[i].head.i == main \
                        and self.doc[i].dep_ in {"advcl", "xcomp", "conj"} \
                        and not any(c.dep_ in {"mark", "nsubj"} for c in self._kids(self.doc[i])):   # (not "as fighting …")
                    # "Israeli troops and tanks rolled into the Gaza Strip, launching a ground offensive against
                    # Hamas": a move told as the start of an attack is the attack
                    by_trigger[main] = [recoded(ev, event_type=attack.event_type, event_mode=attack.event_mode,
                                                cameo=attack.cameo, goldstein=attack.goldstein,
                                                quad_class=attack.quad_class)
                                        if (ev.event_type == "MOBILIZE" or (ev.cameo[:3] == "171" and attack.cameo[:3] == "181"))
                                        and not ev.negated and ev.modality == "asserted"
                                        else ev for ev in by_trigger[main]]
                    # ("Chechen rebels seized a school, taking hundreds of children hostage": a seizure that takes
                    # hostages is the hostage-taking)
                for ev in by_trigger[main]:
                    ev.why.setdefault("folded", []).extend(
                        {"type": f.event_type, "cameo": f.cameo, "trigger": f.trigger} for f in by_trigger[i][:1])
                kept.discard(i)
        for i in list(by_trigger):
            # "Turkey repeated charges that Damascus was sheltering Ocalan": the act a charge alleges is no act told as
            # fact; the charge is the accuser's accusation of its doer
            alleged = self._alleged(self.doc[i])
            if alleged is None:
                continue
            charge = next((a for a in self.doc[i].ancestors if a.lemma_.lower() in CHARGE_NOUNS), None) or next(
                c for c in self._kids(alleged) if c.dep_ in OBJ and c.lemma_.lower() in CHARGE_NOUNS)
            if alleged.lemma_.lower() in EXAMINING_VERBS:
                by_trigger[i] = []   # "began examining allegations that …": the inquiry is told, not the act
                continue
            owner = [g for g in self._kids(charge) if g.dep_ == "poss" or (
                g.dep_ in {"amod", "compound", "nmod"} and self.resolver.mention_at(g.i) is not None)]
            owner += [x for p in self._kids(charge) if p.dep_ == "prep" and p.lower_ == "by" for x in self._kids(p)
                      if x.dep_ == "pobj"]
            side = None
            for g in owner:   # "Argentine allegations that …", "charges by Washington that …": the accuser named
                acts, rule, coref = self.actors_of(g, None)
                if acts:
                    side = Side(acts, f"owner({charge.lemma_})", [g], coref)
                    break
            if side is None and alleged.lemma_.lower() not in DENYING_VERBS:
                side = self._direct_agent(alleged, None)   # "repeated charges that …": the one who repeats them
                if side is None or not side.actors:
                    side = self.source_of(alleged, None)
            if side is None:
                by_trigger[i] = []   # (an allegation denied with no accuser named: the denial is told, not the act)
                continue
            info = lookup("112")
            out = []
            doer = next((c for c in self._kids(self.doc[i]) if c.dep_ in SUBJ), None)
            denier = None
            if alleged.lemma_.lower() in DENYING_VERBS and doer is not None and (
                    doer.pos_ == "PRON" or any(g.dep_ == "poss" and g.pos_ == "PRON" for g in self._kids(doer))):
                # "Britain rejected Argentine allegations that its warships had entered Argentine waters": the one
                # the allegation is about is the one who rejects it
                denier = self._direct_agent(alleged, None)
            for e in by_trigger[i]:
                if denier is not None and denier.actors:
                    e = recoded(e, source=denier.actors[0])
                if not side.actors or e.source is None or not e.event_type or family(side.actors[0]) == family(e.source):
                    continue
                out.append(recoded(e, cameo="112", event_type=info.plover_type, event_mode=info.plover_mode,
                                   goldstein=info.goldstein, quad_class=info.quad_class, source=side.actors[0],
                                   target=e.source, reciprocal=False,
                                   negated=self._negated(alleged) if not side.rule.startswith("owner(") else False,
                                   why=dict(e.why, rule="alleged", path=f"{side.rule} | alleged-doer({self.doc[i].lemma_})",
                                            source_span=self._span(side), target_span=e.why.get("source_span"))))
            by_trigger[i] = out
        for i in list(by_trigger):
            verb = self.doc[i]
            if not (matches[i].trigger.pos == "VERB" and verb.lemma_.lower() in TRANSMIT_VERBS | PASSIVE_DOERS
                    and any(c.dep_ == "auxpass" for c in self._kids(verb))):
                continue
            for c in self._kids(verb):
                if (c.dep_ == "nsubjpass" and c.i in by_trigger and matches[c.i].trigger.pos == "NOUN"
                        and {e.cameo[:2] for e in by_trigger[c.i]} & {e.cameo[:2] for e in by_trigger[i]}):
                    # "Washington's demand that Iran free the hikers was repeated by Clinton": one act, told by the
                    # noun (whose clause names the one asked) unless only the verb names a target ("an ultimatum
                    # was issued to Chechen rebels")
                    if self._told_strength(by_trigger[c.i]) >= self._told_strength(by_trigger[i]):
                        by_trigger[i] = []
                    else:
                        by_trigger[c.i] = []
        by_trigger = {i: v for i, v in by_trigger.items() if v}
        main_types = {e.event_type for j in kept if j in by_trigger and not self._background_cause(self.doc[j])
                      for e in by_trigger[j] if e.event_type}
        for i in sorted(by_trigger):
            if (i in kept and main_types - {"ASSAULT"} and self._background_cause(self.doc[i]) and all(
                    e.event_type == "ASSAULT" and (e.source is None or e.target is None) for e in by_trigger[i])):
                # "Iran threatened to shell Iraqi towns in retaliation for an air raid …", "a day after a Serbian jet
                # shot down a helicopter": an attack told as the cause of the news, with a side unnamed, is background
                kept.discard(i)
        for i in sorted(by_trigger):
            if i in kept and not self._in_condition(self.doc[i]):
                events += by_trigger[i]
                events += self._reported_violation(self.doc[i], by_trigger[i])
        events = self._joined_request_target(sent, events)
        events = self._talks_at_home(sent, events)
        events = [e for e in events if not self._under_a_pact(sent, e)]
        events = self._vowed_against(self._threat_on_condition(sent, events))
        events += self._reported_hostility(sent, matches, attribution, timerefs)
        events += self._evaluative_criticism(sent, attribution, timerefs)
        events += self._alignment(sent, attribution, timerefs)
        events = self._recognition_switch(sent, events, attribution, timerefs)
        delivered = self._aid_delivery(sent, attribution, timerefs)
        if delivered:   # ("ships arrived carrying food": the arrival is the aid, no deployment)
            spans = {tuple(e.why["trigger_span"]) for e in delivered}
            events = [e for e in events if not (e.event_type == "MOBILIZE"
                                                and tuple(e.why.get("trigger_span") or ()) in spans)]
        events += delivered
        linked = self._joint_links(sent, {tuple(e.why.get("trigger_span") or ()) for e in events if e.event_type},
                                   attribution, timerefs)
        events += linked
        events += self._speaker_demands(sent, matches, {e.why.get("trigger_span", [None])[0] for e in events},
                                        attribution, timerefs)
        blamed: set[int] = set()
        blames = self._speaker_blames(sent, attribution, timerefs, blamed)
        if blames:
            starts = {self.doc[i].idx for i in blamed}
            events = [e for e in events if (e.why.get("trigger_span") or [None])[0] not in starts] + blames
        events += self._conditional_threat(sent, {e.why.get("trigger_span", [None])[0] for e in events if e.event_type},
                                           any(e.event_type == "THREATEN" for e in events), attribution, timerefs)
        faced, dropped = self._or_face(sent, attribution, timerefs)
        if faced:
            events = [e for e in events if (e.why.get("trigger_span") or [None])[0] not in dropped] + faced
        answered = self._met_with_response(sent, any(e.event_type == "THREATEN" and e.target for e in events),
                                           attribution, timerefs)
        answered += self._pay_a_price(sent, any(e.event_type == "THREATEN" and e.target for e in events),
                                      attribution, timerefs)
        if answered:   # ("China warned that Taiwan's moves would be met with force": the warning's target found)
            events = [e for e in events if not (e.event_type == "THREATEN" and e.target is None)] + answered
        events = self._merge_named(events)
        events = self._amend_by_trigger(sent, events)
        events = self._home_roles(sent, events)
        events = self._forces_facing(sent, events)
        events = self._sole_other_party(sent, events)
        events = self._peacekeepers_received(events)
        events = self._meetings_mutual(events)
        events = self._meeting_at_home(sent, events)
        events = self._at_home(sent, events)
        events = self._own_people_allowed(events)
        ref = self._explicit_ref(timerefs)
        if ref is not None and not dates_mod.is_historical(ref, self.published):
            self.reference = ref
        return events

    @staticmethod
    def _own_people_allowed(events: list[Event]) -> list[Event]:
        """"Hungary's parliament passed a law allowing citizens to form parties", "Iranian authorities allowed a
        closed reformist weekly to resume publication": a state that lets its own people do what it had barred eases
        its own restrictions (CAMEO 0811, CONCEDE); letting in foreigners and international bodies is 086."""
        return [recoded_as(e, "0811", "own-people-allowed")
                if e.cameo == "086" and e.source is not None and e.target is not None and e.source.country
                and e.target.country == e.source.country and e.target.code[:3] not in {"IGO", "NGO"} else e
                for e in events]

    @staticmethod
    def _merge_named(events: list[Event]) -> list[Event]:
        """"condemned what it termed the shelling … by Ukrainian forces": the condemnation is the accusation of the
        doer the naming gives; one event, the condemnation's, aimed at the doer."""
        named = [e for e in events if e.why.get("rule") in {"named-as", "evaluative-named"} and e.target is not None]
        if not named:
            return events
        out, drop = [], set()
        for e in events:
            if e.event_type != "ACCUSE" or e.target is not None or e.source is None or e.negated:
                out.append(e)
                continue
            n = next((n for n in named if family(n.source) == family(e.source) and not n.negated), None)
            if n is None:
                out.append(e)
                continue
            drop.add(id(n))
            out.append(recoded(e, target=n.target, why=dict(e.why, path=e.why.get("path", "") + " | " + n.why["path"],
                                                             target_span=n.why.get("target_span"))))
        kept, seen = [], set()
        for e in out:
            if id(e) in drop:
                continue
            if e.why.get("rule") in {"named-as", "evaluative-named"}:
                key = (family(e.source), family(e.target))
                if key in seen:
                    continue
                seen.add(key)
            kept.append(e)
        return kept

    def _for_beneficiary(self, tok: Token, target: Side) -> bool:
        """Is this appeal's target the one the aid it asks for would help ("an appeal for $126 million in
        assistance to North Korea", "appealed for funds to help flood victims in Pakistan")?"""
        sub = list(tok.subtree) if verb_like(tok) else list(tok.subtree) + [tok.head]
        aid = [t for t in sub if t.i != tok.i and (t.lemma_.lower() in BENEFIT_WORDS or t.ent_type_ == "MONEY")]
        if not aid:
            return False
        if target.rule.split(">")[-1].startswith("place"):
            return True
        helped = {x.i for a in aid for x in a.subtree if x.i != a.i}
        # ("requested assistance from the IMF": the giver is asked)
        helped -= {x.i for a in aid for c in self._kids(a) if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}
                   for x in c.subtree}
        return bool(target.tokens) and all(t.i in helped for t in target.tokens)

    def _mutual(self, code: str, tok: Token) -> bool:
        """Do actors named together as the subject act on each other? "Russia and North Korea agreed", "met",
        "signed a treaty", "cut ties", "clashed" — but "France and Germany rejected the plan" and "lawmakers
        and voters criticised the machines" are two actors doing the same thing."""
        if code[:3] in {"042", "043", "044"}:
            return False  # "the leaders of France and Germany arrived in Warsaw": each visits the host, not the other
        if (code[:2] in {"03", "07"} and self.lex.is_("transfer", tok.lemma_.lower())
                and any(c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for"} for c in self._kids(tok))):
            return False  # "Nigeria, Ghana and Burundi pledged troops to the force": each to the force, not to each other
        if code[:3] == "033" or code[:4] == "0311" or code[:2] == "07":
            # "Norway and Sweden pledged $40 million to help Mozambique rebuild", "said they would jointly finance the
            # reconstruction of a plant in the Iraqi city of Basra": help for a state the act's own phrase names
            subjects = {t.i for c in self._kids(tok) if c.dep_ in SUBJ | {"nsubjpass"} for t in c.subtree}
            inside = {t.i for t in tok.subtree} - subjects
            mentions = self.mentions_by_sent.get(sentence_of(tok).start, ())
            # (a place of one of the doers is no third state: "Sudan and South Sudan agreed to resume oil exports
            # through Port Sudan")
            own = {e.country for m in mentions if m.start in subjects for e in m.entries if e.kind == "country"}
            if any(m.start in inside and any(e.kind == "country" and e.country not in own for e in m.entries)
                   for m in mentions) and not any(
                    c.dep_ == "amod" and c.lower_ == "joint" for i in inside for c in self._kids(self.doc[i])):
                return False   # (but "agreed to set up a joint industrial zone near Irbid" is each with the other)
        if code[:3] == "033":
            return False  # "Egypt, Syria, Morocco and Bangladesh also committed ground troops": each to the force
        if code[:2] in {"01", "03", "04", "06"} or code[:3] in {"050", "054", "057", "161"} or code == "0871":
            # ("Armenian and Azerbaijani forces observed a ceasefire": each toward the other)
            return True
        if code[:3] == "087" and any(c.dep_ in OBJ and (self.lex.is_("mutual", c.lemma_.lower())
                                                         or c.lemma_.lower() in {"firing", "fire", "shelling"})
                                     for c in self._kids(tok)):
            return True  # "Indian and Pakistani troops halted cross-border firing": the firing was at each other
        if code[:2] == "15" or code[:3] == "087":
            # "India and Pakistan massed troops along their common border", "Ethiopian and Eritrean forces pulled
            # back from the disputed border": a show of force, or its end, along the line between them
            # ("India and Pakistan massed troops along their shared border" misread with the verb as the troops'
            # modifier: the border hangs on the noun)
            for x in (tok.head if tok.dep_ == "amod" and tok.head.i != tok.i else tok).subtree:
                if self.lex.is_("border", x.lemma_.lower()) and any(
                        m.lower_ in {"their", "common", "shared", "disputed", "mutual"} for m in self._kids(x)) \
                        and not any(p.dep_ == "prep" and p.lower_ == "with" for p in self._kids(x)):
                    return True   # (not "along their borders with Iraq": a third state's border)
        return self.lex.is_("mutual", tok.lemma_.lower()) or self._each_other(tok)

    def _each_other(self, tok: Token) -> bool:
        """"Serbia and Kosovo blamed each other", "accused one another of …": the act's object is the subjects."""
        objs = [c for c in self._kids(tok) if c.dep_ in OBJ]
        objs += [g for c in self._kids(tok) if c.dep_ == "prep" for g in self._kids(c) if g.dep_ == "pobj"]
        objs += [p for o in list(objs) for p in self._kids(o) if p.dep_ == "poss"]  # "expelled each other's diplomats"
        return any(o.lower_ in {"other", "another"} and any(c.lower_ in {"each", "one"} for c in o.lefts)
                   for o in objs)

    def _reads_a_fact(self, tok: Token) -> bool:
        """"Figures suggest TB has increased", "they must demonstrate they are healthy": a verb that can
        request or protest, here with a clause that states a fact (a finite verb in the indicative, no
        "should"), means "indicate" or "show"."""
        if not self.lex.is_("show_that", tok.lemma_.lower()):
            return False
        for c in self._kids(tok):
            if c.dep_ == "ccomp" and verb_like(c):
                auxes = [a for a in self._kids(c) if a.dep_ in {"aux", "auxpass"}]
                if any(a.lower_ in {"should", "must", "would", "could", "might", "to"} for a in auxes):
                    return False
                if c.tag_ in {"VBZ", "VBD"} or (c.tag_ in {"VBP", "VBN", "VBG"} and auxes) \
                        or (c.tag_ == "VB" and any(a.lower_ in {"did", "does", "do"} for a in auxes)) \
                        or (c.tag_ == "VBP" and any(g.dep_ == "nsubj" and g.lower_ in {"they", "we", "i", "you"}
                                                    for g in self._kids(c))):
                    return True
        return False

    def _in_condition(self, tok: Token) -> bool:
        """Is tok inside an "if"/"unless" clause or a "whether" question? A condition names no event ("… unless the
        president agrees to step down"), even when the main clause holds none either, and an open question asserts
        none ("analysts debate whether Beijing would invade")."""
        for t in [tok, *tok.ancestors]:
            marks = [c.lower_ for c in self._kids(t) if c.dep_ == "mark"]
            if "whether" in marks or (t.dep_ == "advcl" and any(self.lex.is_("condition", m) for m in marks)):
                return True
            if t.dep_ == "advcl" and t.left_edge.lower_ in {"should", "had", "were"} and any(
                    c.dep_ in {"aux", "auxpass"} and c.i == t.left_edge.i for c in self._kids(t)) and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.i > t.left_edge.i for c in self._kids(t)):
                return True   # "Should Turkey block Sweden's bid …, the alliance would face …": an inverted "if"
            if t.dep_ == "advcl" and (("as" in marks and t.head.lower_ == "soon") or "once" in marks or "until" in marks
                                      or self.doc[t.left_edge.i].lower_ == "once"):
                # "would lift the tariffs as soon as Tokyo complied", "will stay until Iran complies": the condition of
                # an act to come (a past "once Tokyo complied, Washington lifted …" tells what happened)
                main = t.head.head if t.head.lower_ == "soon" else t.head
                if any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in self._kids(main)):
                    return True
        return False

    def _threat_on_condition(self, sent: Span, events: list[Event]) -> list[Event]:
        """A threat aimed at no one named is aimed at whom its condition names: "Tamil Tiger rebels warned they would
        resume their armed struggle if the Sri Lankan government failed to disarm paramilitary groups" (at the
        government, whose act the condition asks for)."""
        out = []
        for e in events:
            tok = self._trigger_token(sent, e) if e.event_type == "THREATEN" and e.target is None and e.source else None
            subjects = [] if tok is None else [
                g for c in tok.subtree if c.dep_ == "advcl" and any(
                    k.dep_ == "mark" and k.lower_ in {"if", "unless"} for k in self._kids(c))
                for g in self._kids(c) if g.dep_ in {"nsubj", "nsubjpass"}]
            # (another organ of the threatener's own state too: rebels threatening their government)
            acts = [a for g in subjects[:1] for a in self.actors_of(g)[0]
                    if a.country and (family(a) != family(e.source) or (a.sector or "") != (e.source.sector or ""))]
            if acts:
                out.append(recoded(e, target=acts[0], why=dict(e.why, path=e.why.get("path", "") + " | on-condition")))
            else:
                out.append(e)
        return out

    def _vowed_against(self, events: list[Event]) -> list[Event]:
        """A threat aimed at no one named, in a sentence that tells a violent act, is aimed at the other side of that act:
        at its doer when the threatener suffered it ("Israeli gunships fired missiles at Hamas founder Sheikh Ahmed
        Yassin …, and Hamas vowed revenge" PSE→ISR), at its victim when the threatener did it ("A Hamas suicide bomber
        blew up a bus in Jerusalem, and the group vowed further attacks" PSE→ISR)."""
        violent = [f for f in events if f.event_type == "ASSAULT" and not f.negated and f.source is not None
                   and f.target is not None and f.target.country and f.source.country
                   and family(f.source) != family(f.target)]
        out = []
        for e in events:
            if e.event_type != "THREATEN" or e.target is not None or e.source is None or e.negated:
                out.append(e)
                continue
            mine = family(e.source)
            other = {family(x): x for f in violent for x in
                     ([f.source] if family(f.target) == mine else [f.target] if family(f.source) == mine else [])}
            if len(other) == 1:
                target = next(iter(other.values()))
                out.append(recoded(e, target=target, why=dict(e.why, path=e.why.get("path", "") + " | vowed-against")))
            else:
                out.append(e)
        return out

    def _joined_request_target(self, sent: Span, events: list[Event]) -> list[Event]:
        """A request aimed at no one named (or at the doer's own state for want of a better one, or a promise to a role
        word), joined to an act of the same doer on another state, is aimed at that state: "Kohl condemned Russia's
        military campaign in Chechnya and urged restraint" (DEU→RUS), "Japan summoned China's ambassador and demanded
        an apology" (JPN→CHN)."""
        at = {t.idx: t for t in sent}
        by_start = {}
        for e in events:
            by_start.setdefault((e.why.get("trigger_span") or [None])[0], []).append(e)
        out = []
        for e in events:
            steps = e.why.get("path", "").split(" | ")
            # (or a promise to a role word the doer's own state was given for want of a better one: "China sent aid to
            # Pakistan and promised more help for the victims")
            # (or a request aimed at no one: "Japan summoned China's ambassador and demanded an apology")
            if not (e.source is not None and ((
                    e.target is None and e.event_type == "REQUEST" and not e.reciprocal
                    and len(steps) > 1 and steps[1] in WEAK_TARGET_RULES) or (
                    e.target is not None and e.target.country == e.source.country and (
                        (e.event_type == "REQUEST" and len(steps) > 1 and steps[1] == "domestic")
                        or (e.event_type == "AGREE" and e.target.sector in SOCIETY_SECTORS and not e.target.name))))):
                out.append(e)
                continue
            tok = at.get((e.why.get("trigger_span") or [None])[0])
            heads = [] if tok is None else [tok.head] + (
                [tok.head.head] if tok.head.dep_ in {"xcomp", "advcl"} and tok.head.idx not in by_start
                else [])   # (an act folded into the one it serves: "summoned … to protest … and demanded")
            joined = [f for h in heads for f in by_start.get(h.idx, ()) if f is not e and f.source is not None
                      and family(f.source) == family(e.source) and f.target is not None and f.target.country
                      and f.target.country != e.source.country and f.target.sector in {None, "GOV", "MIL"}
                      and not f.reciprocal] if tok is not None and tok.dep_ == "conj" else []
            if joined:
                why = dict(e.why, path=" | ".join([steps[0], "joined-act-target"]),
                           target_span=joined[0].why.get("target_span"))
                out += [recoded(e, target=f.target, why=why) for f in joined]
            else:
                out.append(e)
        return out

    def _under_a_pact(self, sent: Span, e: Event) -> bool:
        """Is the event a pact the news act is done under ("began delivering oil to China under a loans-for-oil deal
        signed in 2009")? The pact was made before and is not news here (it still names the act's other side, read
        before this)."""
        tok = self._trigger_head(sent, e) if e.event_type == "AGREE" else None
        if not (tok is not None and noun_like(tok) and tok.dep_ == "pobj"
                and tok.head.lower_ == "under" and tok.lemma_.lower() in AGREEMENT_DOCS):
            return False
        # ("will receive a grant from the Netherlands under an agreement signed here Saturday": a pact made now is
        # news; one made in 2009 or last month is not)
        # (nor is one whose parties it names: "made the announcement under an agreement with Royal's Socialist
        # Party")
        if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in self._kids(tok)):
            return False
        made = [c for c in self._kids(tok) if c.dep_ == "acl" and c.lemma_.lower() in MAKING_VERBS]
        return not made or any(EARLIER_TIME.search(" ".join(t.text for t in c.subtree)) for c in made)

    def _talks_at_home(self, sent: Span, events: list[Event]) -> list[Event]:
        """Talks or a meeting of sides named together ("Russian and Chechen negotiators resumed talks", "Government
        and Zapatista rebel negotiators opened a new round of talks"), where every side the subject names is of one
        state, are that state's talks at home: aimed at it, not at no one (sides of two states are coded each at
        the other before this)."""
        at = {t.idx: t for t in sent}
        out = []
        for e in events:
            tok = at.get((e.why.get("trigger_span") or [None])[0])
            steps = e.why.get("path", "").split(" | ")
            verb = tok if tok is None or verb_like(tok) or tok.dep_ not in OBJ else tok.head
            subjects = [] if verb is None else [c for c in self._kids(verb) if c.dep_ in SUBJ]
            # (the sides named as the subject's joined modifiers: "Russian and Chechen negotiators")
            joined = [x for c in subjects for m in [c, *(m for m in self._kids(c) if m.dep_ in {"amod", "compound",
                                                                                               "nmod"})]
                      for x in m.conjuncts]
            if (e.event_type != "CONSULT" or e.target is not None or e.reciprocal or e.source is None
                    or not e.source.country or not joined or len(steps) < 2 or steps[1] != "none"):
                out.append(e)
                continue
            named = {a.country for x in [*subjects, *joined] for a in self.actors_of(x)[0] if a.country}
            if named == {e.source.country}:
                why = dict(e.why, path=" | ".join([steps[0], "joint-at-home"]))
                out.append(recoded(e, target=self.t_country(e.source.country), why=why))
            else:
                out.append(e)
        return out

    def _inherit_target(self, main: list[Event], folded: list[Event]) -> list[Event]:
        """A main event with no target named in its own clause takes the target its folded purpose or result
        clause names: "went on hunger strike to protest against his detention by Israel" → Israel."""
        if any(e.reciprocal or e.why.get("path", "").split(" | ")[-1] not in WEAK_TARGET_RULES for e in main):
            return main
        out = []
        for e in main:
            got = [f for f in folded if f.target is not None and not f.reciprocal and f.source is not None
                   and e.source is not None and family(f.source) == family(e.source)
                   and f.why.get("path", "").split(" | ")[-1] not in WEAK_TARGET_RULES
                   # ("launched an appeal for $126 million to help North Korea": the one helped is not asked)
                   and not ((e.cameo or "")[:2] == "02" and f.event_type == "AID")]
            if not got:
                out.append(e)
                continue
            for f in got:
                why = dict(e.why, path=e.why["path"].split(" | ")[0] + f" | folded>{f.why['path'].split(' | ')[-1]}",
                           target_span=f.why.get("target_span"))
                out.append(recoded(e, target=f.target, why=why))
        return out

    def _folds_into(self, tok: Token, triggers: set[int], consumed: set[int]) -> int | None:
        """The main event's trigger that this one's clause depends on, if it is a fold-in clause."""
        path = []
        cur = tok
        naming = self._characterized(tok)
        if naming is not None and naming.i not in triggers:
            # "welcomed what it called a historic agreement", "condemned what it termed the shelling of civilians":
            # the thing named stands as the naming's object
            path, cur = ["dobj"], naming
        if (verb_like(tok) and tok.dep_ in {"pcomp", "acl"} and getattr(self.match(tok), "cameo", "")[:2] == "14"
                and any(c.dep_ == "nsubj" for c in self._kids(tok))):
            return None  # "opened fire on thousands of demonstrators marching through Rangoon": the march is theirs
        for _ in range(8):
            head = cur.head
            if head.i == cur.i:
                return None
            if cur.dep_ == "pobj" and self.lex.is_("sequence", head.lower_):
                return None  # "captured the town after fierce fighting with rebels": an earlier event of its own
            if cur is tok and verb_like(cur) and getattr(self.match(cur), "cameo", "")[:2] in {"02", "10"} and ((
                    cur.dep_ == "relcl" and cur.left_edge.i > 0 and self.doc[cur.left_edge.i - 1].text == ","
                    and any(c.dep_ in SUBJ and c.lower_ in {"which", "who"} for c in self._kids(cur))
                    and self.resolver.mention_at(cur.head.i) is not None)   # (an actor's, not "an initiative, which
                    # calls for stepped-up lending")
                    or (cur.dep_ == "pcomp" and head.lower_ == "with" and any(c.dep_ in SUBJ for c in self._kids(cur)))):
                # "backed the Lebanese opposition, which has demanded a full Syrian troop withdrawal", "opened talks in
                # Geneva, with the rebels demanding that Colombo disarm …": a demand or appeal the one named makes,
                # told in a clause of its own, is an act of its own (the clause's other acts describe the main one:
                # "with 17,000 troops taking part in live-fire drills", "the raid, which killed dozens")
                return None
            if cur.dep_ == "conj" and verb_like(cur) and verb_like(head) and head.i in triggers:
                return None  # "broke off ties with Taiwan and switched recognition to China": two acts
            if cur is tok and cur.dep_ == "conj" and told_as_done(cur) and head.tag_ == "VB" and verb_like(head):
                return None  # "called on China to resume dialogue and offered to meet Jiang": the asker's own act, which
                # spaCy joins to the act asked (a past tense joined to an infinitive)
            if cur.dep_ == "xcomp" and head.lemma_.lower() in CAUSING_VERBS and any(
                    c.dep_ in {"dobj", "obj"} and any(a.country or a.code[:3] in {"IGO", "NGO"}
                                                      for a in self.actors_of(c)[0]) for c in self._kids(head)):
                return None  # "…, prompting Britain to welcome the move": the one prompted acts on its own
            # ("were accused by the OSCE mission of beating detainees": spaCy hangs the charge on the accuser)
            path.append("prep" if cur.dep_ == "agent" and self.lex.is_("accuse_verb", head.lemma_.lower()) else cur.dep_)
            if head.i not in triggers and verb_like(head) and self.lex.is_("light", head.lemma_.lower()):
                # "began a hunger strike to protest …": the light verb stands for its event object
                obj = next((c for c in self._kids(head) if c.dep_ in OBJ and c.i in triggers and c.i != tok.i
                            and not (c.i < tok.i <= c.right_edge.i)), None)
                if obj is not None:
                    head = obj
            if head.i in triggers:
                main = head.i
                if main in consumed:  # the wrapper that consumed it carries the event
                    main = next((w.i for w in head.ancestors if w.i in triggers and w.i not in consumed), None)
                    if main is None:
                        return None
                deps = set(path)
                if path == ["nsubjpass"] and (row := self.match(head)) is not None and row.pos == "VERB" \
                        and (row.frame in WRAPPERS or row.cameo[:2] in {"02", "10"}) \
                        and not self.lex.is_("light", head.lemma_.lower()) \
                        and getattr(self.match(tok), "cameo", "01")[:2] not in {"01", "02", "10", "11", "12", "13"}:
                    return main   # "the withdrawal of Eritrean troops was demanded by the AU": asked for, not done
                if deps & FOLD_DEPS and deps <= FOLD_DEPS | PASS_DEPS:
                    if "advcl" in deps and not self._purpose_or_result(tok, path):
                        return None
                    return main
                return None
            cur = head
        return None

    def _own_circumstance(self, i: int, main: int, by_trigger: dict[int, list[Event]]) -> bool:
        """Is trigger i in a circumstance clause ("after …", "as …") whose own subject is another actor?"""
        cur = self.doc[i]
        while cur.i != main and cur.dep_ != "advcl" and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in self._kids(cur)):
            return False
        if any(c.dep_ == "mark" and self.lex.is_("condition", c.lower_) for c in self._kids(cur)):
            return False  # "threatened to expel the envoy unless Madrid apologized": a condition is no event
        mine, theirs = source_families(by_trigger[i]), source_families(by_trigger[main])
        if bool(mine) and not (mine & theirs):
            return True
        # "Sisi pardoned 100 prisoners, as security forces detained dozens of Brotherhood members": force used
        # meanwhile by another body of the same state, named as the clause's own subject, is an act of its own (an
        # earlier act, "weeks after police detained …", is the story's background; words or an act of the same kind
        # go with the main one: "Shevardnadze resigned as the opposition threatened to storm his residence",
        # "artillery pounded Tskhinvali as troops advanced")
        if mine and any(c.dep_ == "mark" and c.lower_ in {"as", "while", "whilst"} for c in self._kids(cur)) and not (
                {e.source.code for e in by_trigger[i] if e.source} & {e.source.code for e in by_trigger[main] if e.source}
                ) and all(e.quad_class == 4 or e.event_type == "PROTEST" for e in by_trigger[i]) \
                and all(e.quad_class != 4 for e in by_trigger[main]) and not (
                    all(e.event_type == "PROTEST" for e in by_trigger[i])
                    and any(e.event_type == "PROTEST" for e in by_trigger[main])):
            # (a crowd's rally too: "restored the constitution, as thousands of Bhutto's supporters rallied")
            return True
        # "Zarif held talks with his Omani counterpart, a day after Tehran accused Washington of sabotaging the
        # deal": the same side's earlier act toward a third party, with both its sides named, is its own event
        whom = {family(e.target) for e in by_trigger[i] if e.target and e.source}
        others = theirs | {family(e.target) for e in by_trigger[main] if e.target}
        return bool(whom) and bool(theirs) and not (whom & others)

    def _fact_told_before(self, m: Match, comp: Match) -> bool:
        """Is the clause a verb that reads a fact wraps told before it, with no modal, by an actor ("Iraqi troops did
        not shell Zakho, a government spokesman insisted")? Then it is the act itself, not what the verb wraps (but
        "casinos will be banned, it has been suggested" and "…, a poll suggests" state none)."""
        return (comp.tok.i < m.tok.i and m.trigger.pos == "VERB" and verb_like(comp.tok)
                and not any(a.dep_ in {"aux", "auxpass"} and a.lower_ in MODAL_AUX for a in self._kids(comp.tok))
                and any(c.dep_ in SUBJ and self.actors_of(c)[0] for c in self._kids(m.tok))
                and self._reads_a_fact(m.tok))

    def _told_act_subject(self, tok: Token) -> bool:
        """"The assassination of former Prime Minister Rafik Hariri shocked the Arab world": an act of force that is
        the subject of a verb in the past, done to someone named, is an act that happened (not a course weighed:
        "sanctions would tighten supply")."""
        if tok.dep_ != "nsubj" or tok.head.tag_ != "VBD" or tok.head.lemma_.lower() == "be" \
                or any(c.dep_ == "det" and c.lower_ in {"a", "an", "any", "no"} for c in self._kids(tok)):
            return False
        return any(g.dep_ == "pobj" and (g.ent_type_ in {"PERSON", "GPE"} or bool(self.actors_of(g)[0]))
                   for p in self._kids(tok) if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p))

    def _yielded_by(self, tok: Token, by_trigger: dict[int, list[Event]]) -> int | None:
        """The verb of yielding a promise is joined to ("bowed to nationalist demands and agreed to give the assembly
        powers", "gave in to pressure, agreeing to scrap the clause"), when that verb was coded a concession."""
        head = tok.head
        if tok.dep_ not in {"conj", "advcl"} or head.i not in by_trigger or head.i == tok.i:
            return None
        if tok.dep_ == "advcl" and not (tok.tag_ == "VBG" and tok.i > head.i):
            return None  # ("after agreeing to …" tells another act)
        lemma = head.lemma_.lower()
        particles = {c.lower_ for c in self._kids(head) if c.dep_ == "prt"}
        if not (lemma in YIELDING_VERBS or (lemma, *particles) in {("give", "in"), ("back", "down")}):
            return None
        if not any(f.event_type == "CONCEDE" for f in by_trigger[head.i]):
            return None
        return head.i

    def _prompting(self, tok: Token) -> Token | None:
        """The result participle ("prompting", "forcing", "leading X to …") whose act this verb is, or None; or whose
        object this act noun is ("…, prompting Israel's biggest incursion into Lebanon in years")."""
        verb = tok.head
        if not (tok.dep_ == "xcomp" or (tok.dep_ == "dobj" and noun_like(tok))) or verb.dep_ != "advcl" \
                or verb.tag_ != "VBG" or not self.lex.is_("prompt", verb.lemma_.lower()):
            return None
        return verb

    def _prompted_act(self, i: int, main: int, by_trigger: dict[int, list[Event]]) -> bool:
        """"Moroccan soldiers occupied Perejil, prompting Spain to demand their withdrawal": the act a result clause
        makes another actor do ("prompting", "forcing", "leading X to …") is that actor's own event."""
        verb = self._prompting(self.doc[i])
        if verb is None or main not in {a.i for a in verb.ancestors}:
            return False   # (the participle may hang on a clause of the main act's: "warned Taiwan that it would use
            # force if the island delayed talks, prompting Washington to urge Beijing …")
        if not any(c.dep_ in OBJ for c in self._kids(verb)):
            return False
        mine = source_families(by_trigger[i])
        # (or another body of the same state: "magistrates placed Berlusconi under investigation, prompting opposition
        # leaders to demand that he resign")
        codes = {e.source.code for e in by_trigger[i] if e.source}
        return bool(mine) and (not (mine & source_families(by_trigger[main])) or not (
            codes & {e.source.code for e in by_trigger[main] if e.source}))

    def _purpose_or_result(self, tok: Token, path: list[str]) -> bool:
        """An adverbial clause that is a purpose ("to demand"), a result ("killing one") or the circumstance
        of the main event ("one day after a jet shot down a helicopter", "as the opposition threatened"):
        context of the main event, not an event of its own."""
        cur = tok
        for dep in path:
            if dep == "advcl":
                return (cur.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in self._kids(cur))
                        or any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in self._kids(cur)))
            cur = cur.head
        return False

    def _declines_to_tell(self, tok: Token, matches: dict[int, Match]) -> bool:
        """Does a refusal govern only a telling ("declined to give further details", "to be named", "refused to
        say whether …")? Wire copy is full of them; they are declined comments (011), not rejections."""
        comp = next((c for c in self._kids(tok) if c.dep_ == "xcomp" and verb_like(c)), None)
        if comp is None or (comp.i in matches and matches[comp.i].code[:2] != "01"):
            return False
        lemma = comp.lemma_.lower()
        if lemma == "put" and any(c.dep_ in OBJ and c.lemma_.lower() in {"figure", "number", "estimate", "date",
                                                                         "timetable", "timeframe", "price", "value"}
                                  for c in self._kids(comp)):
            return True  # "declining to put figures on the damage": a comment declined
        if not self.lex.is_("disclosure", lemma):
            return False
        if lemma == "name" and any(c.dep_ in OBJ and any(e.kind == "sector" for e in getattr(
                self.resolver.mention_at(c.i), "entries", ())) for c in self._kids(comp)):
            return False   # "refused to name a new envoy": an appointment refused
        if lemma in {"give", "provide", "go"}:
            objs = [g for c in self._kids(comp) if c.dep_ in OBJ | {"prep"} for g in [c, *self._kids(c)]]
            return any(g.lemma_.lower() in {"detail", "information", "figure", "name", "breakdown", "comment",
                                            "explanation", "reason", "timetable", "number", "estimate", "specific"}
                       for g in objs)
        return True

    def _border_opened_to_refugees(self, tok: Token) -> bool:
        """Is this "opened its border to" refugees or to people fleeing ("to some 250,000 Rwandans fleeing massacres",
        "to tens of thousands of Ukrainians fleeing the invasion")?"""
        if tok.lemma_.lower() != "open" or not any(o.dep_ in OBJ and o.lemma_.lower() in {"border", "frontier"}
                                                   for o in self._kids(tok)):
            return False
        for p in self._kids(tok):
            if p.dep_ != "prep" or p.lower_ != "to":
                continue
            for x in self._kids(p):
                # (or what a count holds: "tens of thousands of Ukrainians")
                people = [x] + ([y for q in self._kids(x) if q.dep_ == "prep" and q.lower_ == "of" for y in self._kids(q)]
                                if self.lex.is_("quantity", x.lemma_.lower()) else [])
                for g in people:
                    if g.lemma_.lower() in {"refugee", "migrant", "evacuee"} or any(
                            a.dep_ in {"acl", "relcl"} and a.lemma_.lower() in {"flee", "escape"} for a in self._kids(g)):
                        return True
                    if g.tag_ in {"NNS", "NNPS"} and any(   # (the participle read as the verb's: "… Ukrainians fleeing")
                            a.dep_ == "advcl" and a.tag_ == "VBG" and a.lemma_.lower() in {"flee", "escape"}
                            and a.i == g.i + 1 for a in self._kids(tok)):
                        return True
        return False

    def _assassination_attempt(self, tok: Token) -> bool:
        """Is this attack told as an attempt on a leader's life: fire on a motorcade or convoy a leader's name or title
        owns ("opened fire on President Hosni Mubarak's motorcade"), or made "in an attempt to assassinate" or "on his
        life"?"""
        def own_clause(x: Token) -> bool:   # (not inside a clause of its own under the verb)
            while x.i != tok.i:
                if x.dep_ in {"relcl", "ccomp"}:
                    return False
                x = x.head
            return True
        for x in tok.subtree:
            if x.i == tok.i or not own_clause(x):
                continue
            low = x.lemma_.lower()
            if low in {"motorcade", "convoy", "cortege"} and noun_like(x) and any(
                    q.dep_ == "poss" and (any(c.lower_ in LEADER_TITLES for c in [q, *self._kids(q)]) or any(
                        e.kind == "leader" for e in getattr(self.resolver.mention_at(q.i), "entries", ())))
                    for q in self._kids(x)):
                return True
            if low == "attempt" and noun_like(x) and (
                    any(c.dep_ in {"acl", "xcomp"} and c.lemma_.lower() in {"assassinate", "kill"} for c in self._kids(x))
                    or any(p.dep_ == "prep" and p.lower_ == "on" and any(g.lemma_.lower() == "life" for g in self._kids(p))
                           for p in self._kids(x))):
                return True
        return False

    def _killed_one(self, tok: Token) -> bool:
        """Does the attack end in "killing him" (or "her"): the one person it was aimed at ("fired missiles at a car
        carrying a senior Hamas commander, killing him and two bodyguards")? The lone pronoun names its victim."""
        for x in tok.subtree:
            if not (x.lemma_.lower() == "kill" and x.tag_ == "VBG" and x.dep_ == "advcl"):
                continue
            up = x.head  # (on the attack, or on a clause of time under it: "as he left a mosque, killing him")
            if not (up.i == tok.i or (up.dep_ == "advcl" and up.head.i == tok.i)):
                continue
            if any(c.dep_ in OBJ and c.lower_ in {"him", "her"} for c in self._kids(x)):
                break
        else:
            return False
        def aimed_at(y: Token) -> bool:
            """Is y in the attack's own phrases, not in a clause of its own ("attacked a house where a cartel
            leader was hiding" is aimed at the house)?"""
            while y.i != tok.i:
                if y.dep_ in {"relcl", "ccomp", "advcl", "nsubj", "conj"}:
                    return False
                y = y.head
            return True

        def one_person(y: Token) -> bool:   # a name, or a singular word for a person ("a senior Hamas commander")
            return (y.ent_type_ == "PERSON" and y.dep_ in OBJ) or (y.tag_ == "NN" and (
                self.lex.is_("person_noun", y.lemma_.lower()) or y.lemma_.lower() in TARGETED_PERSONS))
        return any(one_person(y) and aimed_at(y) for y in tok.subtree if y.i > tok.i)

    def _led_act(self, verb: Token, matches: dict[int, Match]) -> Match | None:
        """The act a verb of leading or joining names after "in": "vowed to lead his fighters in an assault on
        Port-au-Prince", "pledged to join in the strike"."""
        if verb.lemma_.lower() not in {"lead", "join"} or verb.i in matches:
            return None
        return next((matches[x.i] for p in self._kids(verb) if p.dep_ == "prep" and p.lower_ in {"in", "into"}
                     for x in self._kids(p) if x.dep_ == "pobj" and x.i in matches
                     and matches[x.i].code[:2] in {"14", "15", "18", "19", "20"}), None)

    def _complement(self, tok: Token, matches: dict[int, Match]) -> Match | None:
        """The action a wrapper governs: its infinitive or clause, or an event noun as its object."""
        kids = list(self._kids(tok))
        own = matches.get(tok.i)
        # "vowed a wave of suicide bombings": what a quantity word of the object counts is the act
        kids += [g for c in list(kids) if c.dep_ in OBJ and self.lex.is_("quantity", c.lemma_.lower())
                 for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of"
                 for g in self._kids(p) if g.dep_ == "pobj"]
        if own is not None and own.trigger.objects:
            # "brandished the threat of a general strike", "served notice of a strike": the wrapper's own object
            # ("threat", "notice", "spectre") names the act it carries after "of"
            # (or after the verb, "raised the spectre on Wednesday of cutting off gas")
            kids += [g for c in [tok, *kids] if (c.dep_ in OBJ and c.lemma_.lower() in own.trigger.objects) or c.i == tok.i
                     for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of"
                     for g in self._kids(p) if g.dep_ in {"pobj", "pcomp"}]
        for c in kids:
            if c.dep_ == "prep" and tok.pos_ == "ADJ" and c.lower_ not in {"for", "to", "on"}:
                continue  # "happy with the talks" is satisfied with them; "ready for talks" would hold them
            if c.dep_ in OBJ | {"pobj", "dative"} or c.dep_ == "prep":
                kids += [g for g in self._kids(c) if g.dep_ in {"xcomp", "ccomp", "pobj", "dobj", "acl", "relcl"}]
        for c in kids:
            if c.dep_ in {"xcomp", "ccomp", "acl", "relcl"} and c.i in matches:
                if matches[c.i].code.startswith("01") and self.lex.is_("light", c.lemma_.lower()):
                    # "warned that martial law could be declared": the light verb's comment sense gives way to the
                    # act its object or passive subject names
                    carried = next((matches[g.i] for g in self._kids(c) if g.i in matches
                                    and (g.dep_ in OBJ or g.dep_ == "nsubjpass")), None)
                    if carried is not None:
                        return carried
                return matches[c.i]
            if c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "pcomp" and c.head.lower_ == "of"):
                # "agreed to hold talks": the light verb's object carries the event (and "raised the prospect of
                # declaring a state of emergency")
                for g in self._kids(c):
                    # (or its passive subject: "warned that martial law could be declared")
                    if (g.dep_ in OBJ or (g.dep_ == "nsubjpass" and c.dep_ == "ccomp")) and g.i in matches \
                            and self.lex.is_("light", c.lemma_.lower()):
                        return matches[g.i]
                    if (g.dep_ == "xcomp" and g.i in matches and g.tag_ == "VBG"
                            and c.lemma_.lower() in ASPECT_VERBS):
                        return matches[g.i]   # "pledged to keep fighting", "vowed to continue striking"
                if c.dep_ == "xcomp" and (led := self._led_act(c, matches)) is not None:
                    return led
        if own is not None and own.trigger.frame == "request" and verb_like(tok):
            for c in self._kids(tok):
                # "called for Syrian President Bashar al-Assad to step down": the act asked of another, with its
                # doer after "for"
                if (c.dep_ in {"advcl", "ccomp"} and c.i in matches and c.i > tok.i
                        and any(m.dep_ == "mark" and m.lower_ == "for" for m in self._kids(c))
                        and any(g.dep_ in SUBJ for g in self._kids(c))):
                    return matches[c.i]
        if (own is not None and own.trigger.frame == "request" and verb_like(tok)
                and tok.lemma_.lower() in PERSUADE_VERBS and any(c.dep_ == "dobj" for c in self._kids(tok))
                and not any(c.dep_ in {"xcomp", "ccomp"} for c in self._kids(tok))):
            for c in self._kids(tok):
                # "Egypt lobbied Arab and African governments this week to back the Palestinian bid": a date after
                # the one asked and spaCy hangs the infinitive on the verb as a clause of purpose; it is what is asked
                if (c.dep_ == "advcl" and c.i > tok.i and c.i in matches and c.tag_ == "VB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in self._kids(c))
                        and not any(a.dep_ in {"mark", "nsubj"} for a in self._kids(c))
                        and not any(x.text in {",", ";", "-", "--"} or verb_like(x) for x in self.doc[tok.i + 1:c.i - 1])):
                    return matches[c.i]
        if (own is not None and own.trigger.frame in {"refuse", "intent", "threaten"} and verb_like(tok)
                and not any(c.dep_ in OBJ | {"xcomp", "ccomp"} for c in self._kids(tok))):
            for c in self._kids(tok):
                # "Iran declined on Tuesday to free the sailors": a date between them and spaCy hangs the
                # infinitive on the verb as a clause of purpose; it is still what was declined
                if (c.dep_ == "advcl" and c.i > tok.i and (act := matches.get(c.i) or self._led_act(c, matches))
                        and c.tag_ == "VB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in self._kids(c))
                        and not any(a.dep_ == "mark" for a in self._kids(c))
                        and all(x.dep_ in {"prep", "npadvmod", "advmod", "punct", "pobj", "det", "amod", "compound"}
                                or x.i == c.i - 1 for x in self.doc[tok.i + 1:c.i])):
                    return act
            # "ruled out ceding any territory": a gerund right after the verb's particle, read as a clause of its
            # own, is what is refused
            for c in self._kids(tok):
                if (c.dep_ == "advcl" and c.tag_ == "VBG" and c.i in matches
                        and not any(a.dep_ == "mark" for a in self._kids(c))
                        and all(x.dep_ in {"prt", "advmod"} and x.head.i == tok.i for x in self.doc[tok.i + 1:c.i])):
                    return matches[c.i]
        for c in kids:
            if c.dep_ in OBJ | {"pobj", "pcomp"} and c.i in matches and matches[c.i].trigger.frame == "" and not (
                    own is not None and c.head.i == tok.i and c.lemma_.lower() in own.trigger.objects):
                return matches[c.i]
        return None

    def _force_kept_open(self, tok: Token) -> bool:
        """Is tok a "rule out" not done ("did not rule out", "refused to rule out", "would not rule out") whose object
        is the use of force ("military action", "a strike on Iran's nuclear sites", "the military option")?"""
        if tok.lemma_.lower() != "rule" or not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "out"
                                                    for c in self._kids(tok)):
            return False
        kept = self._negated(tok) or (tok.dep_ == "xcomp" and (
            tok.head.lemma_.lower() in {"refuse", "decline"} or self._negated(tok.head)))
        objs = [c for c in self._kids(tok) if c.dep_ in OBJ]
        return kept and any(
            o.lemma_.lower() in {"force", "invasion", "intervention", "war", "strike", "airstrike", "attack"}
            or (o.lemma_.lower() == "use" and any(g.lower_ == "force" for g in o.subtree))   # ("the use of force")
            or (o.lemma_.lower() in {"action", "option", "response", "solution", "means", "retaliation", "operation"}
                and any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in {"military", "armed", "army"}
                        for c in self._kids(o)))
            for o in objs)

    def _force_aimed(self, rule: Token) -> Token:
        """The word whose phrase says whom the force not ruled out would strike: its object where that has an "on" or
        "against" phrase ("a military strike on Iran's nuclear sites"), else the verb itself."""
        obj = next((c for c in self._kids(rule) if c.dep_ in OBJ), None)
        if obj is not None and any(c.dep_ == "prep" and c.lower_ in {"on", "against", "toward", "towards", "of"}
                                   for c in self._kids(obj)):
            return obj
        return rule

    def _events_for(self, m: Match, matches: dict[int, Match], sent: Span, attribution, timerefs) -> list[Event]:
        tok, trig = m.tok, m.trigger
        code = trig.cameo
        idle_warning = False
        if self._terms_of_a_document(tok):
            return []  # "a Russian peace plan that would require it to cede four regions": what a plan would bring
        if code == "0874" and trig.pos == "VERB" and any(
                a.code.startswith("IGO") for c in self._kids(tok) if c.dep_ == "prep" and c.lower_ == "from"
                for g in self._kids(c) if g.dep_ == "pobj" for a in self.resolver.resolve(g)):
            code = "160"  # "Mali withdrew from the G5 Sahel force": leaving a body cuts ties with it (PLOVER SANCTION)
        if (trig.pos == "VERB" and tok.dep_ == "conj" and verb_like(tok) and tok.head.dep_ == "xcomp"
                and not any(c.dep_ in SUBJ for c in self._kids(tok))
                and (refusal := matches.get(tok.head.head.i)) is not None and refusal.trigger.frame == "refuse"
                and refusal.trigger.pos == "VERB" and self._complement(refusal.tok, matches) is not None
                and lookup(code).quad_class in {1, 2}):
            # "refused to renounce violence and recognise Israel": the second act is refused too, not done
            code = self.lex.combine("refuse", "120", code)
        clause = tok.head if tok.dep_ in OBJ and verb_like(tok.head) and self.lex.is_("light", tok.head.lemma_.lower()) \
            else tok
        if (clause.dep_ in {"xcomp", "ccomp"} and clause.head.lemma_.lower() in {"allow", "permit", "let"}
                and verb_like(clause.head)
                and (clause.head.i in matches or clause.head.dep_ in {"advcl", "conj", "xcomp", "acl"})):
            return []  # "Syria allowed IAEA inspectors to visit the site": the permission is the event, not the visit
        if (trig.pos == "VERB" and tok.lemma_.lower() in {"stand", "sit", "watch"} and self._negated(tok)
                and any(c.dep_ in {"advmod", "acomp", "prt"} and c.lower_ in {"idly", "idle", "passively"}
                        for c in self._kids(tok))):
            # "would not stand idly by if NATO expanded": a warning of a response (CAMEO 130), no refusal
            code, frame, idle_warning = "130", "", True
        if code.startswith("0841") and trig.pos == "VERB" and self._held_by_another(tok):
            code = "073"  # "French special forces freed two hostages held by jihadists": a rescue, not a release
        rule = "verb" if trig.pos == "VERB" else "noun"
        event_override: tuple[str, str] | None = None
        wrapper: Match | None = None
        tok_for_target = tok
        frame = trig.frame
        if trig.pos == "VERB" and self._force_kept_open(tok):
            # "did not rule out military action against Iran", "refused to rule out a military option": force held
            # out as a possibility is a threat of it (CAMEO 138), no refusal
            code, frame, idle_warning = "138", "", True
            # (aimed at whom the force would strike: "a military strike on Iran's nuclear sites")
            tok_for_target = self._force_aimed(tok)
        if frame == "intent" and tok.lemma_.lower() == "agree" and not any(
                c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in {"on", "to"}) for c in self._kids(tok)) and any(
                c.dep_ == "ccomp" for c in self._kids(tok)) and self._complement(tok, matches) is None:
            code = "019"  # "agreed (that) there was an urgent need": agreement in opinion, not a promise
            frame = ""
        if (trig.pos == "VERB" and self.lex.is_("dare", tok.lemma_.lower()) and not trig.objects
                and any(c.dep_ in {"xcomp", "ccomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c))
                        for c in self._kids(tok))):
            code, frame = "100", "request"  # "challenged the junta to hold elections": a demand
        if trig.pos == "VERB" and frame == "say" and tok.lemma_.lower() in ORDER_VERBS and self._orders_another(tok):
            code, frame = "100", "request"  # "Washington told Israel to halt settlement construction": a demand
        if (frame == "request" and trig.pos == "VERB" and tok.lemma_.lower() == "call" and trig.prep in {"on", "upon"}
                and any(c.dep_ == "oprd" and c.ent_type_ not in {"DATE", "TIME"} for c in self._kids(tok))):
            return []  # "calling a UN report on the matter a fabrication": a thing named, no one called on
        if (frame == "request" and trig.pos == "VERB" and tok.lemma_.lower() == "call" and trig.prep in {"on", "upon"}
                and self._courtesy_call(tok)):
            code, frame = "042", ""   # "he is to call on President Sarney in Brasilia": a visit, no request
        if (frame == "prepare" and tok.dep_ == "acomp" and tok.tag_ in {"VBN", "JJ"}
                and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c))
                        for c in self._kids(tok))):
            code, frame = "030", "intent"   # "Brazil would be prepared to accept a quota cut": willing, as "ready to"
        if frame == "refuse" and trig.pos == "VERB" and self._declines_to_tell(tok, matches):
            code, frame = "011", ""   # "declined to give details", "an official who declined to be named"
        if frame == "request" and trig.pos == "VERB" and self._insists_on_own(tok):
            return []  # "Pretoria insists it will not agree to the request": a stand on its own act, no demand
        if (noun_like(tok) and tok.dep_ in OBJ and verb_like(tok.head) and tok.head.dep_ in {"xcomp", "conj"}
                and tok.head.head.lemma_.lower() == "fail" and tok.head.lemma_.lower() != "comply"):
            return []  # "failed to arrange a meeting", "failed to sign the accord": what failed did not happen
        if frame == "refuse" and trig.pos == "VERB" and tok.lemma_.lower() == "fail" and any(
                c.dep_ in {"xcomp", "conj"} and c.lemma_.lower() in EFFORT_VERBS for c in self._kids(tok)):
            return []  # "failed to arrange a meeting", "failed to persuade Iraq": an effort that came to nothing
        kept_open = next((c for c in self._kids(tok) if c.dep_ == "xcomp" and c.lemma_.lower() == "rule"
                          and any(p.lower_ == "out" for p in self._kids(c))), None) if frame == "refuse" else None
        if kept_open is not None and trig.pos == "VERB" and self._force_kept_open(kept_open):
            # "refused to rule out a military option": the threat of force (as "did not rule out", above)
            code, frame, idle_warning = "138", "", True
            tok_for_target = self._force_aimed(kept_open)
        elif kept_open is not None and trig.pos == "VERB":
            return []  # "refused to rule out an interest": a door kept open, neither a refusal nor a rejection
        if (frame == "intent" and trig.pos != "NOUN" and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in {"say", "stress", "emphasise", "emphasize", "note", "add",
                                                             "explain", "comment", "insist", "tell", "remind"}
                or (c.dep_ == "xcomp" and c.lemma_.lower() == "point" and any(p.lower_ == "out" for p in self._kids(c)))
                for c in self._kids(tok))):
            return []  # "was keen to point out that …", "is ready to say": a wish to speak, no promise
        if (code[:2] in {"18", "19"} and tok.dep_ == "conj" and verb_like(tok) and tok.head.i in matches
                and matches[tok.head.i].code[:2] in {"18", "19"}
                and not (tok.tag_ != "VBN" and any(c.dep_ in SUBJ for c in self._kids(tok)))):
            # ("…, and U.S. and British warplanes struck Houthi targets": a clause with its own subject is its own)
            return []  # "killed or wounded several policemen", "killed and wounded": one attack, coded once
        if trig.lemma in {"leave", "flee"} and code == "0874" and not any(
                self.lex.is_("deployed", t.lemma_.lower()) or (trig.lemma == "flee" and (
                    self.lex.is_("foe", t.lemma_.lower()) or t.lemma_.lower() in {"boat", "gunboat"}))
                for c in self._kids(tok) if c.dep_ in SUBJ for t in c.subtree):
            if trig.lemma == "leave" and any(c.dep_ in OBJ and any(a.code.startswith("IGO") for a in self.actors_of(c)[0])
                                             for c in self._kids(tok)):
                code = "160"  # "Venezuela left the Organization of American States": it cuts its ties to the body
            else:
                return []  # "the president left Moscow" is a journey, "civilians fled" no retreat; "the last Soviet troops left Afghanistan" is
        if frame == "prepare" and not trig.objects and self._complement(tok, matches) is None and any(
                c.dep_ in OBJ and not (self.lex.is_("deployed", c.lemma_.lower()) or self.lex.is_("foe", c.lemma_.lower())
                                       or c.i in matches) for c in self._kids(tok)):
            return []  # "the government prepared its annual budget": no show of force
        if (frame == "prepare" and trig.pos == "VERB" and not trig.objects and self._complement(tok, matches) is None
                and not any(c.dep_ in OBJ for c in self._kids(tok))
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in self._kids(tok))
                and not any(g.dep_ == "pobj" and (g.i in matches or self.lex.is_("foe", g.lemma_.lower())
                                                  or self.lex.is_("hostile", g.lemma_.lower()))
                            for c in self._kids(tok) if c.dep_ == "prep" and c.lower_ == "for" for g in self._kids(c))):
            return []  # "residents were told to prepare for record rainfall": no show of force
        if tok.dep_ in {"xcomp", "ccomp"} and tok.head.lemma_.lower() in PREDICT_VERBS and (
                any(c.dep_ == "dobj" for c in self._kids(tok.head))
                or any(c.dep_ in SUBJ for c in self._kids(tok))) and any(c.dep_ in SUBJ for c in self._kids(tok.head)):
            return []  # "analysts expect the Senate to reject the nomination": a forecast, not an act
        clause = tok.head if noun_like(tok) and tok.dep_ in OBJ | SUBJ and verb_like(tok.head) else tok
        if (clause.dep_ == "ccomp" and (clause.head.lemma_.lower() in BELIEF_VERBS
                                        or clause.head.lower_ in {"hopes", "hoped", "hoping"}  # (spaCy: "hopes" = hop)
                                        or clause.head.lower_ in BELIEF_ADJ)  # ("was optimistic that talks would …")
                and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "could", "might", "may", "'ll", "wo"}
                        for c in self._kids(clause))):
            return []  # "officials did not think Japan would retaliate": a belief about an act to come, no act
        if (code[:2] in {"18", "19", "20"} and trig.pos == "VERB" and tok.i >= 2 and self.doc[tok.i - 1].text == "-"
                and self.doc[tok.i - 2].lower_ == "test"):
            code = "150"  # "Iran test-fired a ballistic missile": a weapons test is a show of force, not an attack
        wish = False
        if frame == "request" and not self._has_addressee(tok):
            wish = tok.lemma_.lower() in self.lex.words.get("intend", frozenset()) | {"want", "wish"}
            frame = "intent" if wish else frame
        doer_clause = tok.head if (verb_like(tok) and tok.dep_ in {"advcl", "conj"} and verb_like(tok.head)
                                   and not any(c.dep_ in SUBJ for c in self._kids(tok))) else tok
        if verb_like(tok) and any(c.dep_ in SUBJ and self._natural_force(c) for c in self._kids(doer_clause)):
            return []  # "an earthquake killed more than 100 people", "a wildfire burned 300 acres, threatening homes"
        if doer_clause is not tok and ((doer_clause.lemma_.lower() in ACCIDENT_VERBS and not any(
                c.dep_ == "dobj" for c in self._kids(doer_clause))) or any(
                c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in ACCIDENT_VERBS for c in self._kids(doer_clause))):
            return []  # "ice caused the plane to crash in Venezuela, killing the 160 people on board": a mishap
        if (verb_like(tok) and code[:2] == "16"
                and any(c.dep_ == "nsubjpass" and self._natural_force(c) for c in self._kids(tok))):
            return []  # "both U.S. and Japanese financial markets were closed Thursday for holidays"
        if verb_like(tok) and code[:3] == "192" and self._control_of_a_chamber(tok):
            return []  # "Democrats retook control of both chambers of Congress": an election won, no seizure
        if trig.pos == "VERB" and tok.lemma_.lower() == "charge" and not trig.prep and self._charges_a_price(tok):
            return []  # "prices charged by EC producers", "charged $5 a barrel": a price, no accusation
        if (trig.pos == "VERB" and tok.lemma_.lower() == "defend" and code == "052"
                and self._defends_ground(tok)):
            return []  # "forces defending an offshore terminal": a military defence, no political support
        if (trig.pos == "VERB" and trig.objects and self.lex.is_("market_change", tok.lemma_.lower())
                and not any(c.dep_ in OBJ for c in self._kids(tok))
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in TRADE_FLOWS for c in self._kids(tok))):
            return []  # "Soviet exports also increased in 1986": trade figures move, no one acts
        if tok.dep_ == "acl" and noun_like(tok.head) and self._unreal_noun(tok.head):
            return []  # "a deal … to normalise relations is unlikely": the purpose of what is not made
        under = self._come_under(tok) if noun_like(tok) else None
        if under is not None and any(c.dep_ in SUBJ and self._natural_force(c) for c in self._kids(under)):
            return []  # "Chinese property stocks came under attack from short sellers": a market, not a target
        if noun_like(tok) and tok.dep_ in OBJ and tok.head.lemma_.lower() in DEPICT_VERBS:
            return []  # "the film, which depicts the U.S. invasion of Iraq": an event told, not one of now
        if (trig.pos == "ADJ" and frame == "intent" and tok.lemma_.lower() in {"happy", "glad", "pleased", "delighted"}
                and any(c.dep_ == "ccomp" for c in self._kids(tok))
                and not any(c.dep_ == "xcomp" or c.dep_ == "prep" for c in self._kids(tok))):
            return []  # "he was happy that the bill had been signed into law": content with what was done, no promise
        if code[:2] in {"03", "05"} and self._terms_of_a_standing_accord(tok):
            return []  # "Under the Paris accords, the United States, Britain … agreed to stabilize exchange rates"
        if self._next_to_none(tok):
            return []  # "few Chinese are willing to donate their organs": next to no one acts
        if trig.pos == "NOUN" and self._agreement_in_force(tok):
            return []  # "the Paris accord between the US, Japan … had proved workable": an accord in force
        if trig.pos == "NOUN" and self._standing(tok):
            return []  # "the 27-year U.S. ban on talks with Iran remains in force": a standing state, no act now
        if (verb_like(tok) and code[:2] in {"18", "19", "20"} and any(
                a.dep_ == "aux" and a.lemma_.lower() == "have" for a in self._kids(tok)) and any(
                c.dep_ == "nsubj" and noun_like(c) and c.lemma_.lower() in {"war", "conflict", "insurgency", "warfare",
                                                                           "uprising", "rebellion"}
                for c in self._kids(tok))):
            return []  # "Sri Lanka's two-decade war with the Tigers has killed more than 64,000 people": a war's toll
        if (tok.dep_ == "acl" and noun_like(tok.head) and self.lex.is_("weapon", tok.head.lemma_.lower())
                and tok.head.dep_ == "pobj" and tok.head.head.dep_ in {"agent", "prep"} and tok.head.head.lower_ == "by"):
            return []  # "shot down by a missile fired from the cruiser Vincennes": the weapon of the attack told
        if verb_like(tok) and code[:2] in {"18", "19", "20"} and self._accident(tok):
            return []  # "six people were killed when three buses collided": an accident, no attack
        if (verb_like(tok) and tok.tag_ == "VBN" and code[:2] in {"05", "06", "07"} and any(
                c.dep_ == "agent" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NN"
                                          and self.resolver.mention_at(g.i) is None
                                          and not any(self.resolver.mention_at(x.i) is not None for x in self._kids(g)
                                                      if x.dep_ in {"poss", "compound"})  # ("by Russia's FSB service")
                                          for g in self._kids(c)) for c in self._kids(tok))):
            return []  # "exports rose, helped by strong demand": help from a thing is no aid
        if (trig.pos == "VERB" and tok.lemma_.lower() == "insist" and any(c.dep_ == "dobj" for c in self._kids(tok))
                and not any(c.dep_ in {"ccomp", "xcomp"} for c in self._kids(tok))):
            return []  # "insisted unrest there reflected ethnic tensions": spaCy's object of "insist" is a clause's
            # subject misread; what follows without "that" and a subjunctive states, it asks nothing
        if (trig.pos == "NOUN" and tok.lemma_.lower() == "demand" and (
                (tok.dep_ in SUBJ and self.lex.is_("market_change", tok.head.lemma_.lower()))
                # "Demand for steel castings continued to be depressed", "there was heavy demand for bonds": a bare
                # singular "demand", no one's and with no article, is a market's ("a demand", "their demand" ask)
                or (tok.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in self._kids(tok))
                    and not any(c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in self._kids(tok)))
                or any(c.dep_ in {"amod", "compound"} and self.lex.is_("market_demand", c.lemma_.lower())
                       for c in self._kids(tok)))):
            return []  # "as demand from China weakens", "strong demand for memory chips": a market's, no one's request
        if trig.pos == "VERB" and self._reads_a_fact(tok):
            return []  # "figures suggest TB has increased", "will have to demonstrate they are healthy"
        if (trig.pos == "VERB" and self.lex.is_("meet", tok.lemma_.lower()) and not trig.objects
                and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                    g.dep_ == "pobj" and self.lex.is_("reaction", g.lemma_.lower()) for g in self._kids(c))
                    for c in self._kids(tok))):
            return []  # "the proposals met with disapproval": a reception, not a meeting
        if (frame == "intent" and trig.pos == "VERB" and tok.tag_ == "VBN" and (
                (tok.dep_ in {"acl", "amod"}
                 and not any(c.dep_ in {"xcomp", "ccomp", "agent", "nsubj", "aux"} for c in self._kids(tok)))
                # "with no official celebrations planned": an absolute phrase, no clause of its own
                or any(c.dep_ == "mark" and c.lower_ in {"with", "without"} for c in self._kids(tok)))):
            return []  # "with no official celebrations planned", "the planned talks": a plan named, no promise made
        if noun_like(tok) and not verb_like(tok) and lookup(code).plover_type in {"THREATEN", "REQUEST", "ACCUSE"} and (
                (tok.dep_ == "pobj" and tok.head.lower_ in {"under", "despite", "amid"}
                 and lookup(code).plover_type == "THREATEN")
                or (tok.dep_ in OBJ and tok.head.tag_ == "VBG" and tok.head.dep_ in {"advcl", "acl"}
                    and tok.head.lemma_.lower() in {"face", "defy", "ignore", "shrug", "brush", "resist"})):
            return []  # "under threat of expulsion", "facing a NATO ultimatum", "despite threats by Khartoum": a
            # circumstance of the main act, made earlier
        if (noun_like(tok) and not verb_like(tok) and tok.dep_ == "pobj" and tok.head.lower_ == "under"
                and lookup(code).quad_class in {1, 2}
                and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in self._kids(tok))):
            # "began deploying in the south under the U.N.-brokered truce": the frame of the act, made earlier (but
            # "under the Helsinki peace accord with the Indonesian government" names the other party)
            return []
        if frame == "intent" and trig.pos == "VERB" and tok.lemma_.lower() == "intend" \
                and any(c.dep_ == "auxpass" for c in self._kids(tok)):
            return []  # "the commission is intended to underscore …": a purpose, no one's promise
        if frame in WRAPPERS:
            comp = self._complement(tok, matches)
            if comp is None and wish:
                return []  # "citizens wanting to work in the UK": a wish, not a request of anyone
            if frame == "intent" and tok.lemma_.lower() == "vote" and (comp is None or not self._voted_decision(tok, comp)):
                return []  # "Parliament voted on Tuesday": no act; "voted to extend the mandate": the act voted is
                # coded on its own (only a cut or a withdrawal voted is an announced decision, as "decided")
            if (comp is not None and frame == "threaten" and comp.code.startswith("01") and trig.pos == "VERB"
                    and not trig.objects and self._warns_of_a_risk(tok)):
                return []  # "warning that other indicators had been worrying": a comment, no threat
            if (comp is not None and frame == "intent" and comp.code[:2] in {"18", "19", "20"} and trig.pos == "VERB"
                    and self.lex.is_("plot", tok.lemma_.lower()) and comp.tok.dep_ in OBJ and comp.tok.head.i == tok.i):
                return []  # "extremists may be planning attacks": a plot suspected by others, no threat made
            if (comp is not None and self.lex.is_("inability", tok.lemma_.lower())
                    and lookup(comp.code).quad_class in {3, 4}):
                return []  # "had failed to quell the Maoist revolt": a hostile act not achieved rejects no one
            if comp is not None and frame == "intent" and (comp.code[:2] == "16" or comp.code[:3] in {"087", "083"}) \
                    and self.lex.is_("decide", tok.lemma_.lower()) and not (
                        comp.code[:2] == "16" and any(
                            c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "unless" for k in self._kids(c))
                            for h in (tok, comp.tok) for c in self._kids(h))):
                # (a cut held over another's choice is a threat of it: "voted to break off diplomatic relations with
                # Britain within a week unless London condemned the novel")
                # ("the cabinet decided that troops would withdraw from southern Lebanon": the decision announces the
                # withdrawal, a concession (PLOVER: an announced retreat is CONCEDE), not a promise to someone)
                # "has decided to break off all contacts with him": the decision cuts them, as "announced it would
                # suspend flights" does; no threat
                code = comp.code
                wrapper = m
                rule = "decided+" + comp.trigger.pos.lower()
                tok_for_target = comp.tok
            elif (comp is not None and frame == "intent" and comp.code.startswith("071")
                  and tok.lemma_.lower() in {"agree", "decide"} and comp.tok.lemma_.lower() in {"forgive", "cancel", "write"}):
                # "The Paris Club agreed to write off 80 percent of Iraq's debt": debt relief agreed is given (PLOVER
                # codes it AID, not a promise)
                code = comp.code
                wrapper = m
                rule = "agreed+" + comp.trigger.pos.lower()
                tok_for_target = comp.tok
            elif (comp is not None and frame == "intent" and lookup(comp.code).quad_class in {3, 4}
                  and self._restraint_promised(tok, comp.tok)):
                # "India pledged not to use force against Pakistan", "Venezuela and Guyana pledged not to threaten or
                # use force against each other": a promise of restraint is an intent to de-escalate (AGREE, 0356)
                code = "0356"
                wrapper = m
                rule = "intent+restraint"
                tok_for_target = comp.tok
            elif (comp is not None and frame == "intent" and lookup(comp.code).quad_class in {1, 2}
                  and not comp.code.startswith("01") and lookup(comp.code).plover_type is not None
                  and tok.lemma_.lower() in {"decide", "vote", "choose", "opt", "resolve"}
                  and self._restraint_promised(tok, comp.tok)):
                # "EU foreign ministers decided not to lift the bloc's arms embargo on China": a decision not to
                # yield or cooperate turns it down (REJECT), as "refused to lift" does
                code = self.lex.combine("refuse", "120", comp.code)
                wrapper = m
                rule = "decided-not+" + comp.trigger.pos.lower()
                tok_for_target = comp.tok
            elif comp is not None and not (frame == "intent" and lookup(comp.code).quad_class in {1, 2}
                                           and self._by_force(comp.tok)):
                code = self.lex.combine(frame, code if frame != trig.frame else trig.cameo, comp.code)
                if (frame == "intent" and tok.lemma_.lower() in {"agree", "consent"} and comp.code[:2] >= "10"
                        and lookup(code).plover_type == "THREATEN"):
                    # "Bolivia's government agreed to cancel a foreign consortium's water contract", "Russia agreed to
                    # impose sanctions": consent to a hostile act is an agreement (030), not a threat held over anyone
                    code = "030"
                wrapper = m
                rule = f"{trig.frame or frame}+{comp.trigger.pos.lower()}"
                tok_for_target = comp.tok
                if (frame == "refuse" and comp.tok.dep_ in OBJ and comp.tok.head.lemma_.lower() == "join"
                        and any(g.dep_ in {"compound", "poss"} and self.resolver.has_actor_mention(g)
                                for g in self._kids(comp.tok))):
                    # "refused to join European Union sanctions against Russia": the refusal answers those whose
                    # act it would join
                    tok_for_target = comp.tok.head
                if frame == "refuse" and any(
                        c.dep_ in OBJ and comp.tok.i in {x.i for x in c.subtree}
                        and (any(g.dep_ in {"poss", "compound", "amod"} and g.i < c.i and self.resolver.has_actor_mention(g)
                                 for g in self._kids(c))
                             or any(g.dep_ == "prep" and g.lower_ == "by" and any(
                                 x.dep_ == "pobj" and self.resolver.has_actor_mention(x) for x in self._kids(g))
                                    for g in self._kids(c)))   # ("spurned an offer by Libya to mediate")
                        for c in self._kids(tok)):
                    # "rebuffed a UN proposal to deploy peacekeepers", "declined Qatar's invitation to attend": the
                    # refusal answers whoever made the proposal
                    tok_for_target = tok
            elif (frame == "intent" and trig.pos in {"VERB", "ADJ"} and (aim := self._hostile_aim(tok)) is not None):
                # "vowed to uproot the Saudi royal family", "vowed to wipe out the insurgents": a vow of force against
                # an actor is a threat (CAMEO 138), whatever the lexicon says of the verb alone
                code = "138" if aim.lemma_.lower() not in {"take", *RESPOND_NOUNS, *RESPOND_VERBS} or any(
                    a.lower_ in MILITARY_FORCE_WORDS for a in self._kids(aim)) else "130"
                wrapper = m
                rule = "vow+hostile"
                tok_for_target = aim
            elif (frame == "intent" and trig.pos == "VERB" and tok.lemma_.lower() in {"vow", "pledge", "promise", "swear"}
                  and (held := next((c for c in self._kids(tok) if c.dep_ == "xcomp" and verb_like(c) and any(
                      a.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "unless" for k in self._kids(a))
                      for a in [*self._kids(c), *self._kids(tok)])), None)) is not None):
                # (the "unless" clause may hang on the vow itself: "pledged to cut the highway unless …")
                # "pledged to rain missiles on Tehran unless Iran accepted a cease-fire": what is vowed unless the other
                # side gives way is held over it, a threat (CAMEO 130), whatever the vowed act's own words
                code = "130"
                wrapper = m
                rule = "vow+unless"
                tok_for_target = held
            elif self.lex.is_("inability", tok.lemma_.lower()):
                return []  # "failed to elect a president": no act of the lexicon was turned down
            elif frame == "threaten" and trig.pos == "VERB" and (trig.objects or trig.prep == "at") and tok.lemma_.lower() in {
                    "serve", "brandish", "raise", "hint"} and not self._hostile_hint(tok):
                return []  # "served notice that he would call an election": a notice of no hostile act threatens none
            elif frame == "prepare" and trig.pos == "VERB" and not any(
                    x.lemma_.lower() in PREPARE_FORCE for x in tok.subtree if x.i != tok.i and x.i not in {
                        y.i for c in self._kids(tok) if c.dep_ in SUBJ for y in c.subtree if y.i != c.i}):
                # "is preparing to open a trading desk", "prepared to take office", "were preparing to unite": getting
                # ready for what is no act and no force is no mobilisation (the subject's own head counts, "troops
                # prepared to move"; its titles do not, "Defence Secretary Robert Gates prepared to take office")
                return []
            elif frame == "intent" and self._corporate_deal(tok):
                return []  # "said it agreed to acquire Atwell Fleming Printing Ltd": a company's purchase
            elif (frame == "intent" and noun_like(tok) and trig.pos == "NOUN" and any(
                    g.lemma_.lower() in ECONOMIC_AIMS | ECONOMIC_OUTCOMES
                    for c in self._kids(tok) if c.dep_ in {"prep", "acl", "relcl"} or (c.dep_ == "attr")
                    for g in c.subtree)
                  and not any(a.country or a.code[:3] in {"IGO", "NGO"}
                              for a in self.target_of(tok, Side([], "none"), None).actors)):
                return []  # "Putin's promises of doubled economic growth": an economic aim, no promise to anyone
            elif frame == "intent" and (trig.pos == "ADJ" or tok.lemma_.lower() in {
                    "plan", "intend", "consider", "expect", "aim", "hope", "want", "seek"}) and any(
                    c.dep_ in {"xcomp", "ccomp"} and verb_like(c) and any(
                        o.dep_ in OBJ and o.lemma_.lower() in ECONOMIC_AIMS for o in self._kids(c))
                    for c in self._kids(tok)):
                return []  # "the central bank was ready to cut interest rates": economic policy, no promise to anyone
            elif trig.pos == "ADJ" and (tok.dep_ in {"amod", "compound"} or not any(
                    c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ in {"for", "to", "on"})
                    for c in self._kids(tok))):
                # "a keen eye", "a prepared statement": a word before a noun is no stance taken; nor is a bare
                # "very happy" or "God willing" (a stance is ready, willing or keen to do something, or for it)
                return []
            elif (trig.pos == "VERB" and tok.lemma_.lower() in {"decline", "intend", "turn"} and not trig.objects
                  and not any(c.dep_ in {"xcomp", "ccomp", "dobj", "obj"} for c in self._kids(tok))):
                return []  # "shipments declined": a fall, not a refusal ("turned down" needs what it turns down)
            elif frame == "threaten" and trig.pos == "VERB" and not trig.objects and not trig.prep \
                    and self._warns_of_a_risk(tok):
                return []  # "warned that other indicators had been worrying": a risk foreseen, no threat
            elif (frame == "threaten" and trig.pos == "VERB" and not trig.objects and not trig.prep
                  and tok.lemma_.lower() in {"warn", "caution"} and self._advises_against(tok, matches)):
                code = "012"  # "Baker warned against a further dollar fall": a pessimistic comment, no threat
            elif (frame == "intent" and trig.pos in {"VERB", "ADJ"} and self.lex.is_("resolve", tok.lemma_.lower())
                  and not trig.objects and any(c.dep_ in {"xcomp", "ccomp"} and verb_like(c) for c in self._kids(tok))
                  and not any(a.country or a.code[:3] in {"IGO", "NGO"}
                              for a in self.target_of(tok, Side([], "none"), None).actors)):
                return []  # "decided to introduce new banking rules", "was keen to distance himself from the comments": a
                #            resolve, no promise to anyone
        if trig.pos == "VERB" and self.lex.is_("speech", tok.lemma_.lower()) and self._said_by_document(tok):
            return []  # "a letter which discussed …": the letter's content is the event, not a meeting
        # "a mediation effort between X and Y": the generic head noun stands in the sentence for the event
        arg = tok
        if tok.dep_ == "compound" and self.lex.is_("generic_head", tok.head.lemma_.lower()):
            arg = tok.head
        # "Algeria suffered a weekend of violent protests": the spell stands for the acts where their place in the
        # clause matters (what the clause's verb does to them)
        spell = tok.head.head if (noun_like(tok) and tok.dep_ == "pobj" and tok.head.lower_ == "of"
                                  and noun_like(tok.head.head) and self.lex.is_("quantity", tok.head.head.lemma_.lower())) else arg
        if (lookup(code).quad_class in {1, 2} and verb_like(tok) and tok.tag_ == "VBG" and tok.dep_ == "xcomp"
                and tok.head.lemma_.lower() in STOPPING_VERBS
                and not any(a.dep_ == "aux" and a.lower_ in MODAL_AUX for a in self._kids(tok.head))):
            return []  # "agreed to stop backing each other's rebel groups": the backing ends, no support given (what
            # a demand asks, "Syria must stop supporting militant groups", is told as asked, as before)
        if (code[:2] in {"18", "19", "20"} and verb_like(tok) and tok.tag_ == "VBG" and tok.dep_ == "xcomp"
                and tok.head.lemma_.lower() in STOPPING_VERBS):
            # "the two armies stopped fighting", "forces stopped shooting across Bosnia": the fighting ends (087)
            code = "087"
        info = lookup(code)
        verbal = info.quad_class in {1, 3}
        if (verbal and noun_like(tok) and tok.dep_ == "nsubjpass" and wrapper is None and code[:2] != "14"
                and not self.lex.is_("light", tok.head.lemma_.lower())
                and tok.head.lemma_.lower() not in TRANSMIT_VERBS | SEALING_VERBS | FACT_TELLING_VERBS
                and not (code[:2] == "04" and tok.head.lemma_.lower() in MET_MEETING_VERBS)):
            # ("a protest was handed to Tokyo's envoy", "the resumption of relations was formalised": told as done)
            return []  # "until their demands are met", "the offer was rejected": an earlier statement, answered
        if (noun_like(tok) and tok.lemma_.lower() == "denial" and any(
                c.dep_ in {"acl", "ccomp", "relcl"} and any(k.dep_ == "mark" and k.lower_ == "that" for k in self._kids(c))
                for c in self._kids(tok))):
            return []  # "Syria's denial that it had sent troops was repeated": the act denied is the event (negated)
        speaker = self._speaker_country(tok)
        source = self.source_of(arg, speaker, verbal=verbal, visit=code in VISIT_CODES)
        if not source.actors and code[:2] == "08" and (said := self._granting_teller(tok)) is not None:
            # "Saudi King Abdullah announced that women would be allowed to vote", "Mobutu … said rival political parties
            # would be allowed to compete": a concession in the passive, with no one named to grant it, is granted by
            # the state's leader or government that announces it
            source = Side(said.actors, f"announced<{said.rule}", said.tokens, said.coref)
        if speaker and any(a.name is None and a.country == speaker and (
                a.sector == "COP" or (a.sector == "GOV" and code.startswith("173"))) for a in source.actors):
            # "Police detained 40 people in Urumqi, U.S. officials said": police (and authorities who arrest)
            # act at home, so the place the clause puts the act in is theirs, not the teller's state
            place = self._place_country(tok)
            if place and place != speaker:
                source = Side([homed(a, place) if a.name is None and a.country == speaker else a
                               for a in source.actors], source.rule + "~place", source.tokens, source.coref)
        if verb_like(tok) and self._each_against_other(tok) and not any(
                a.dep_ == "relcl" for a in [tok, *tok.ancestors]):   # (not "a dispute in which each has accused …")
            # "with each side accusing the other of starting the clashes": the pair the story is about, each way
            pair = source.actors if len({family(a) for a in source.actors}) == 2 else self._pair_in_focus(tok, set())
            if pair:
                source = Side(pair, "each-side", [], True)
        if not source.actors and code in VISIT_CODES and noun_like(tok):
            # "in a speech on the second day of a state visit to Japan, the queen said", "is due in Tunisia for a
            # visit": the clause a visit noun is a circumstance of names the visitor
            host = self._circumstance_clause(tok)
            got = None
            if host is not None and verb_like(host):
                got = self._direct_agent(host, speaker)
            elif host is not None:  # "The queen, in a speech during a visit to Japan, said": on the subject
                acts, r, coref = self.actors_of(host, speaker)
                got = Side(acts, "subject", [host], coref) if acts and any(names_who(a) for a in acts) else None
            if got is not None:
                got.rule = f"visit-in<{got.rule}"
                source = got
        travel_target: Side | None = None
        if (not any(a.country or a.code[:3] in {"IGO", "NGO"} for a in source.actors) and code[:2] == "04"
                and noun_like(tok) and tok.dep_ == "pobj"
                and tok.head.lower_ == "for" and verb_like(tok.head.head)
                and tok.head.head.lemma_.lower() in TRAVEL_VERBS | {"send", "dispatch"}
                and (tok.head.head.lemma_.lower() != "be" or any(   # ("is in Hanoi for talks"; not "out for consultation")
                    c.dep_ == "prep" and c.lower_ in {"in", "at"} and any(
                        g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "FAC"} for g in self._kids(c))
                    for c in self._kids(tok.head.head)))):
            # "the foreign minister went to Baghdad for talks with Iraqi leaders", "negotiators return to Geneva
            # this week for talks": who travels for the talks holds them
            trip = tok.head.head
            got = self._direct_agent(trip, speaker)
            if (got is None or not got.actors) and trip.dep_ == "acl" and noun_like(trip.head):
                # ("The Iranian foreign minister headed to Baghdad …": spaCy may hang the verb on its subject)
                acts, r, coref = self.actors_of(trip.head, speaker)
                got = Side(acts, "acl-subject", [trip.head], coref) if acts else None
            if got is not None and got.actors:
                got.rule = f"travel-for<{got.rule}"
                source = got
            if got is not None and len({a.country for a in got.actors}) == 1:
                # "went to Tehran for talks", "sent its foreign secretary to Dhaka for talks": the talks are with the
                # state the trip goes to, when no partner is named
                for c in [*self._kids(trip), *(x for o in self._kids(trip) if o.dep_ in OBJ for x in self._kids(o))]:
                    if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for"} and c.i < tok.head.i:
                        for g in self._kids(c):
                            travel_target = self._other_state(g, source, speaker, "travel-to") or travel_target
        if info.plover_type == "MOBILIZE" and any(
                c.dep_ == "acl" and c.i in matches and lookup(matches[c.i].code).plover_type == "ASSAULT"
                for h in source.tokens for c in h.subtree):
            return []  # "the number of British troops killed in Iraq has increased": casualties, not a build-up
        arrived = False
        deployed = [t for h in source.tokens for t in h.subtree if (t.i <= h.i or t.head.i == h.i
                    or t.head.dep_ == "prep") and self.lex.is_("deployed", t.lemma_.lower())]
        peace_arrival = None
        # "A team of 80 Cuban doctors arrived in Honduras to treat victims of Hurricane Mitch", "Greek rescue teams
        # arrived in Turkey": doctors and rescuers who arrive bring aid (073) to the state they arrive in; "About 200
        # U.S. military trainers began arriving in Georgia to train and equip Georgian troops": military trainers or
        # advisers bring military aid (072) (not who "arrived in Caracas for talks")
        bringing = None
        if code in VISIT_CODES and verb_like(tok) and tok.lemma_.lower() in ARRIVALS and not any(
                c.dep_ == "prep" and c.lower_ == "for" and any(
                    (m := self.match(g)) is not None and m.cameo[:2] == "04" for g in self._kids(c))
                for c in self._kids(tok)):
            if any((t.i <= h.i or t.head.i == h.i or t.head.dep_ == "prep")
                   and self.lex.is_("relief_workers", t.lemma_.lower()) for h in source.tokens for t in h.subtree):
                bringing = ("073", "+relief")
            elif any(h.lemma_.lower() in MILITARY_TRAINERS for h in source.tokens):
                bringing = ("072", "+trainers")
        if bringing is not None:
            place = self._place_country(tok)
            if place is not None and not any(a.country == place for a in source.actors):
                code, rule = bringing[0], rule + bringing[1]
                info = lookup(code)
                peace_arrival = Side([self.t_country(place)], "place", [], False)
                deployed = []
        if code in VISIT_CODES and deployed:
            if self._peacekeepers(source, tok) and any(a.country for a in source.actors) \
                    and not any(c.dep_ in SUBJ and (c.lemma_.lower() in {"peacekeeper", "peacekeeping"} or any(
                        g.dep_ in {"amod", "compound"} and g.lemma_.lower() in {"peacekeeping", "peacekeeper"}
                        for g in self._kids(c))) for c in self._kids(tok)):
                # (peacekeepers who are the subject themselves are coded by _aid_delivery: "Ghanaian peacekeepers
                # arrived in Monrovia")
                # "The first contingent of 1,500 Ugandan peacekeepers arrived in Mogadishu", "500 Pakistani soldiers,
                # the first U.N. troops sent to protect food shipments, arrived in Mogadishu": peacekeeping provided
                # (074) to the state they arrive in
                place = self._place_country(tok)
                if place is None or any(a.country == place for a in source.actors):
                    return []
                code, rule = "074", rule + "+peacekeeping"
                info = lookup(code)
                peace_arrival = Side([self.t_country(place)], "place", [], False)
            elif any(t.lemma_.lower().startswith("peacekeep") for h in source.tokens for t in h.subtree) \
                    or not verb_like(tok):
                return []  # "peacekeeping troops arrived in Sierra Leone": a deployment, not a visit
            elif any(self.lex.is_("exercise", t.lemma_.lower()) for h in source.tokens for t in h.subtree):
                return []  # "Soviet warships taking part in joint manoeuvres with the Syrian navy sailed into Tartus":
                # the exercise is the act (062), the arrival no deployment
            else:
                # "Australian troops arrived in Afghanistan": forces that arrive are deployed there (154); the host
                # is no adversary (PLOVER's MOBILIZE names a recipient only when the move threatens it): no target
                code, rule = "154", rule + "+deployed"
                info = lookup(code)
                arrived = True
                place = self._place_country(tok)
                if place is not None and not any(a.country == place for a in source.actors) and self._sent_to_help(tok):
                    # "The first troops of an Australian-led multinational force landed in Dili to restore security
                    # in East Timor": forces that arrive to help keep the peace there (074)
                    code, rule, arrived = "074", rule + "+to-help", False
                    info = lookup(code)
                    peace_arrival = Side([self.t_country(place)], "place", [], False)
        if verb_like(tok) and tok.lemma_.lower() == "land" and (arrived or (code in VISIT_CODES and not any(
                x.ent_type_ == "PERSON" for h in source.tokens for x in h.subtree))):
            # "landed in" tells peacekeepers, relief or a leader arriving; planes and teams that land are no visit
            # and no deployment of their own ("a Russian plane carrying the foreign minister landed in Beijing")
            return []
        passive = verb_like(tok) and (any(c.dep_ in {"nsubjpass", "auxpass"} for c in self._kids(tok))
                                      or self._participle_of_noun(tok))
        if passive and not source.actors and code.startswith("16") and verb_like(tok):
            # "Mauritania was suspended from the African Union": the body one is suspended or expelled from acts
            for c in self._kids(tok):
                if c.dep_ == "prep" and c.lower_ == "from":
                    for g in self._kids(c):
                        if g.dep_ == "pobj":
                            acts = [a for a in self.actors_of(g, speaker)[0] if a.code[:3] == "IGO"]
                            if acts:
                                source = Side(acts, f"from({tok.lemma_})", [g], False)
        if passive and not source.actors and (code[:3] in {"161", "166"} or code == "174") \
                and tok.lemma_.lower() in EXPEL_VERBS:
            # "IAEA inspectors were expelled from North Korea's Yongbyon complex", "two American diplomats were
            # ordered out of Venezuela": the state one is expelled from expels
            for g in self._places_left(tok):
                acts = [a for a in self.actors_of(g, speaker)[0] if a.country and names_who(a)]
                if acts:
                    source = Side(acts, f"from({tok.lemma_})", [g], False)
                    break
        if passive and not source.actors and self.lex.is_("transfer", tok.lemma_.lower()) and info.quad_class in {2, 4}:
            # "Fujimori was extradited from Chile to Peru", "was deported from Britain": the state one is sent
            # from sends
            for c in self._kids(tok):
                if c.dep_ == "prep" and c.lower_ == "from":
                    for g in self._kids(c):
                        acts = [a for a in self.actors_of(g, speaker)[0] if a.country and names_who(a)] \
                            if g.dep_ == "pobj" else []
                        if acts:
                            source = Side(acts, f"from({tok.lemma_})", [g], False)
        if code in VISIT_CODES and tok.lemma_.lower() in {"fly", "take", "bring", "send", "airlift", "ship",
                                                          "transfer", "escort", "drive"} and (passive or (
                tok.dep_ == "conj" and tok.tag_ == "VBN"
                and any(c.dep_ in {"auxpass", "nsubjpass"} for c in self._kids(tok.head)))):
            return []  # "was flown to Paris to face trial": carried there, no visit
        if ((not source.actors or (code.startswith("087") and source.rule.startswith("prep-from")))
                and noun_like(tok) and not verb_like(tok) and wrapper is None
                and (tok.dep_ in SUBJ | {"nsubjpass"} or (tok.dep_ in OBJ and self.lex.is_("light", tok.head.lemma_.lower())))
                and (info.plover_type == "MOBILIZE" or code.startswith("087"))):
            # (told as what happened: the subject of its clause or the object of a light verb, not "could require a
            # pullout of U.S. forces")
            # "the deployment of Russian troops near Ukraine's border", "the withdrawal of Cuban forces": the forces
            # moved are their state's, the noun names no other mover
            # ("the withdrawal of Cuban troops from Angola": the place left is no mover)
            moved = [x for p in self._kids(tok) if p.dep_ == "prep" and p.lower_ == "of"
                     for g in self._kids(p) if g.dep_ == "pobj"
                     for x in [g, *(y for q in self._kids(g) if q.dep_ == "prep" and q.lower_ == "of"
                                    for y in self._kids(q) if y.dep_ == "pobj")]]   # ("tens of thousands of troops")
            for c in moved:
                if self.lex.is_("deployed", c.lemma_.lower()) or self.lex.is_("foe", c.lemma_.lower()):
                    acts, r, coref = self.actors_of(c, speaker)
                    acts = [a for a in acts if a.country or a.code[:3] == "IGO"]
                    if acts:
                        source = Side(acts, f"of({tok.lemma_})~forces", [c], coref)
                        break
        goods_to: list[Token] | None = None   # (when the goods' state sends them: the recipient named, if any)
        if (not source.actors and noun_like(tok) and not verb_like(tok) and wrapper is None
                and (tok.dep_ in SUBJ | {"nsubjpass"} or (tok.dep_ in OBJ and self.lex.is_("light", tok.head.lemma_.lower())))
                and (code[:2] in {"06", "07"} or code[:3] == "154")):
            # "the delivery of Russian S-400 missiles to Turkey", "the deployment of 1,000 Nigerian peacekeepers to
            # Liberia": the state whose goods or forces are sent sends them, to whom the "to" phrase names
            goods = self._sent_things(tok)
            if goods is not None:
                owner, recipient = goods
                acts, r, coref = self.actors_of(owner, speaker)
                acts = [a for a in acts if a.country and names_who(a)]
                if acts:
                    source = Side(acts, f"of({tok.lemma_})~sender", [owner], coref)
                    goods_to = [recipient] if recipient is not None else []
        if passive and not source.actors and (info.plover_type == "MOBILIZE" or code.startswith("087")):
            # "thousands of reservists were called up", "Russian troops would be withdrawn from Chechnya": the forces
            # moved are their state's, whoever moves them
            for c in self._kids(tok):
                inner = [g for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p)
                         if g.dep_ == "pobj"]  # "thousands of reservists"
                if c.dep_ == "nsubjpass" and any(self.lex.is_("deployed", t.lemma_.lower()) or
                                                 self.lex.is_("foe", t.lemma_.lower())
                                                 or t.lemma_.lower() in {"reservist", "military", "navy"}
                                                 # ("over 1,000 US Marines were deployed"; the model's plural name)
                                                 or (t.tag_ == "NNPS" and self.lex.is_("deployed", t.lower_[:-1]))
                                                 for t in [c, *inner]):
                    acts, r, coref = self.actors_of(c, speaker)
                    if acts:
                        source = Side(acts, f"nsubjpass({tok.lemma_})~forces", [c], coref)
        cause = next((c for c in self._kids(tok) if c.dep_ == "nsubj" and c.i in matches
                      and lookup(matches[c.i].code).plover_type == "ASSAULT"), None) if verb_like(tok) else None
        if cause is None and passive:  # "was killed in a car bomb explosion", "were killed by an air strike"
            cause = next((g for c in self._kids(tok) if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by"}
                          for g in self._kids(c) if g.dep_ == "pobj" and g.i in matches
                          and lookup(matches[g.i].code).plover_type == "ASSAULT"), None)
        strike = None
        if cause is None and passive and info.plover_type == "ASSAULT":
            # "was killed in an Israeli strike": a strike that kills is a military one, with no "air" or "drone"
            strike = next((g for c in self._kids(tok) if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by"}
                           for g in self._kids(c) if g.dep_ == "pobj" and g.lemma_.lower() == "strike"), None)
        if cause is not None and info.plover_type == "ASSAULT":
            code, info = matches[cause.i].code, lookup(matches[cause.i].code)
            passive = True  # the attack may name no attacker
            if not source.actors:
                source = self.source_of(cause, speaker, verbal=False)
            elif any(t.i == cause.i for t in source.tokens) and any(
                    c.dep_ == "prep" and c.lower_ in {"of", "by"} for c in self._kids(cause)):
                # "The car bombing of the Australian embassy by Jemaah Islamiyah militants killed nine people": the
                # attack's subject names its author, not the embassy it was "of" (where it names one: "A CIA drone
                # strike killed three militants" keeps the CIA)
                author = self.source_of(cause, speaker, verbal=False)
                if author.actors:
                    source = author
        elif strike is not None and not source.actors:
            source = self.source_of(strike, speaker, verbal=False)
        if (not source.actors and noun_like(tok) and info.quad_class in {1, 3} and tok.dep_ in OBJ
                and self.lex.is_("elicit", tok.head.lemma_.lower())):
            # "drew a sharp rebuke from Washington": spaCy hangs the reaction's "from" on the verb
            for c in self._kids(tok.head):
                if c.dep_ == "prep" and c.lower_ == "from":
                    for g in self._kids(c):
                        if g.dep_ == "pobj":
                            acts, r, coref = self.actors_of(g, speaker)
                            if acts:
                                source = Side(acts, f"from({tok.head.lemma_})", [g], coref)
        receiver: Side | None = None
        if verb_like(tok) and self.lex.is_("borrow", tok.lemma_.lower()) and code[:2] == "07":
            # "Kenya borrowed $500 million from the IMF": the lender gives, the borrower receives
            giver = next((Side(acts, f"from({tok.lemma_})", [g], coref) for c in self._kids(tok)
                          if c.dep_ == "prep" and c.lower_ == "from" for g in self._kids(c) if g.dep_ == "pobj"
                          for acts, r, coref in [self.actors_of(g, speaker)] if acts), None)
            if giver is None or not source.actors or all(a.sector == "BUS" for a in source.actors):
                return []  # "borrowed heavily on the markets", "banks can borrow from the Federal Reserve": no
                # lender named, or no borrower (or a business borrowing), no aid
            receiver, source = source, giver
        if code.startswith("19") and verb_like(tok) and any(
                c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() == "market" and (c.tag_ == "NNS" or any(
                    m.dep_ in {"amod", "compound"} and m.lower_ in FINANCIAL_MARKETS for m in self._kids(c)))
                for c in self._kids(tok)):
            return []  # "fears of a U.S. recession hit global markets": the markets of trade, not a marketplace
        if (tok.lemma_.lower() == "bomb" and code == "195" and source.actors
                and all(a.sector in {"REB", "INS", "SEP", "UAF", "CRM"} for a in source.actors)):
            # "the bank was bombed by a Tamil Tiger suicide squad": insurgents bomb with no aircraft (CAMEO 183,
            # a suicide, car or other non-military bombing), not from the air (195)
            code, info = "183", lookup("183")
        if (tok.lemma_.lower() == "raid" and code == "190" and source.actors
                and all(a.sector in {"COP", "JUD", "SPY"} for a in source.actors)):
            # "Turkish police raided the headquarters of the newspaper": a search by police is coercion (PLOVER's
            # COERCE 'seize': execute search, raid), not a military attack
            code, info = "171", lookup("171")
        if (tok.lemma_.lower() == "withhold" and code == "170" and not any(
                a.sector in {"GOV", "MIL", "COP", "REB", "INS", "SEP", "UAF"} or (a.country and not a.sector)
                or a.code[:3] == "IGO" for a in source.actors)):
            return []  # "doctors withholding food and fluids": only a power that holds an area withholds its goods
        if (tok.lemma_.lower() in {"raid", "storm"} and code == "190" and verb_like(tok) and wrapper is None
                and self._search_of_premises(tok)):
            # "Israeli troops raided the offices of a Palestinian charity", "security forces stormed the offices of
            # an independent newspaper": a raid on an office or a home with no one killed or hurt is a search
            # (PLOVER COERCE 'seize': execute search, confiscate property, raid), whoever carries it out
            code, info = "171", lookup("171")
        elif code.startswith("175") and wrapper is None and tok.lemma_.lower() in CROWD_ACTS and not any(
                t.lemma_.lower() in CROWD_FORCE or t.lower_ in CROWD_FORCE for t in tok.sent):
            # "riot police broke up a demonstration", "police dispersed the rally": the PLOVER manual keeps ASSAULT
            # 'crowd-control' for an explicit crowd-control weapon or tactic (tear gas, water cannon, batons, shots)
            # and codes police pushing protesters back as COERCE 'restrict'
            event_override = ("COERCE", "restrict")
        aimed = (not source.actors and info.plover_type == "ASSAULT" and wrapper is None and noun_like(tok)
                 and self._aimed_attack_noun(tok))
        unnamed_speaker = (not source.actors and info.plover_type in UNNAMED_SOURCE_TYPES and verb_like(tok)
                           and (self._named_unknown_subject(tok) or (passive and wrapper is None and any(
                               c.dep_ == "nsubjpass" for c in self._kids(tok)))))
        # an act whose doer no table names is kept with an unknown source when what it is aimed at is a state or a
        # body ("the Islamists demanded the departure of Ethiopian troops", "Algeria suffered a weekend of violent
        # protests against government plans"): GDELT keeps such one-sided events too; a bare gerund is no act
        if (not source.actors and noun_like(tok) and not verb_like(tok) and tok.dep_ == "pobj" and (
                (tok.head.lower_ in {"during", "at", "throughout"}
                 and (code[:2] == "04" and code not in VISIT_CODES or self.lex.is_("exercise", tok.lemma_.lower())))
                or (tok.head.lower_ in {"in", "as"} and code[:2] == "15"))):
            # "Reagan stressed to Moi during the talks", "the Guards tested new weapons during the ongoing military
            # maneuvers": the subject of the clause the meeting or exercise is the setting of takes part in it; so do
            # the forces whose move is "a show of force" ("two B-52 bombers flew over the Gulf in a show of force")
            host = tok.head.head
            while host.dep_ in {"prep", "advmod"} and host.head.i != host.i:
                host = host.head
            if verb_like(host):
                for c in self._kids(host):
                    if c.dep_ == "nsubj":
                        acts, r, coref = self.actors_of(c, speaker)
                        acts = [a for a in acts if names_who(a) or a.country]
                        if acts:
                            source = Side(acts, f"setting({host.lemma_})", [c], coref)
                        break
        if (not source.actors and passive and verb_like(tok) and not any(c.dep_ == "agent" for c in self._kids(tok))
                and any(c.dep_ == "aux" and self.lex.is_("future", c.lower_) for c in self._kids(tok))
                and (self._conditional(tok) and lookup(code).quad_class in {3, 4} or lookup(code).quad_class == 4)):
            # "the governor said a curfew would be imposed on Jos if clashes resumed", "Lebanon's infrastructure would
            # be targeted in any future war": who says what force will be done to others is who would do it, a threat
            speech = self._speech_ancestor(tok)
            if speech is not None and not (tok.dep_ == "ccomp" and tok.head.i == speech.i):
                speech = None   # ("what we fear is that they will be interned", Waldegrave said: a fear, no threat)
            said = self._direct_agent(speech, None) if speech is not None and verb_like(speech) else None
            if said is not None and said.actors and all(a.sector in STATE_SECTORS or (a.country and not a.sector)
                                                        for a in said.actors):
                source = Side(said.actors, "speaker-passive", said.tokens, said.coref)
        if (not source.actors and noun_like(tok) and not verb_like(tok) and code[:2] == "14" and tok.dep_ == "pobj"
                and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in {"be", "remain", "stay"}):
            # "Kurdish prisoners have been on hunger strike since Monday", "the miners remained on strike": whoever
            # is on strike strikes
            for c in self._kids(tok.head.head):
                if c.dep_ == "nsubj":
                    acts, r, coref = self.actors_of(c, speaker)
                    if acts:
                        source = Side(acts, "on-strike", [c], coref)
                    break
        if not source.actors and code[:2] == "08" and noun_like(tok) and not verb_like(tok):
            source = self._restriction_owner(tok, speaker) or source
        unknown_source = False
        if not source.actors and not (passive and info.plover_type in {"ASSAULT", "COERCE"}) and not (
                (info.plover_type == "ASSAULT" or code.startswith("176")) and wrapper is None
                and self._unnamed_assailant(tok)) and not aimed \
                and not unnamed_speaker:
            if self._bare_gerund(tok) or self._participle_of_noun(tok) or self._no_doer_subject(tok) or (
                    noun_like(tok) and not verb_like(tok) and not (
                        (spell.dep_ in OBJ and verb_like(spell.head) and spell.head.lemma_.lower() != "be"
                         and not self._bare_gerund(spell.head) and not self._no_doer_subject(spell.head))
                        or (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in SEALING_VERBS)  # ("was formalised")
                        or (tok.dep_ in SUBJ and self.lex.is_("occur", tok.head.lemma_.lower()) and not any(
                            c.dep_ == "xcomp" and not self.lex.is_("occur", c.lemma_.lower())
                            for c in self._kids(tok.head)))  # ("… continues to shape politics")
                        or (info.quad_class == 4 and self._told_act_subject(tok))
                        or self._come_under(arg) is not None)) \
                    or (frame == "threaten" and wrapper is None and trig.pos == "VERB"):
                # "removing the sanctions is out of the question", "troops stationed in West Germany", "the war
                # against Iraq", "sanctions would tighten supply": a course of action weighed, a state of affairs,
                # a background mention. An act noun counts as the object of a verb ("launched a strongly worded
                # attack") or as what begins or goes on ("heavy fighting began"); an unknown speaker's warning is
                # no threat (it foresees more often than it threatens)
                return []
            unknown_source = True  # (an attack by attackers no table names strikes the country of its place: below)
        if not source.actors and any(a.dep_ in {"relcl", "acl"} for a in [tok, *tok.ancestors]
                                     if not (a is tok and self._participle_of_noun(tok))):
            return []  # "the city where 100 people were killed": background with no actor named
        if code in {"190", "193", "194", "195", "180", "182", "1823"} and verb_like(tok) and not (tok.tag_ == "VBG" and tok.dep_ in {"advcl", "xcomp", "conj"}):
            # (not the killing an attack caused: "missiles slammed into Grozny's market, killing more than 100 people")
            mass = self._mass_violence(tok)
            if mass is not None:
                code, info, rule = mass, lookup(mass), rule + "+mass"
        if code[:2] == "15" and verb_like(tok) and any(c.dep_ in OBJ for c in self._kids(tok)) and any(
                (m := self.match(g)) is not None and m.cameo == "062"
                for p in self._kids(tok) if p.dep_ == "prep" and p.lower_ == "for"
                for g in self._kids(p) if g.dep_ == "pobj"):
            # "will send about 150 paratroopers to Poland for joint exercises": troops sent for joint drills cooperate
            # (062) with the host
            code, info, rule = "062", lookup("062"), rule + "+joint"
        if code == "016" and verb_like(tok) and any(
                c.dep_ in OBJ and c.lemma_.lower() == "claim" and any(
                    p.dep_ == "prep" and p.lower_ in {"for", "to"} for p in self._kids(c)) for c in self._kids(tok)):
            # "dismissed Greece's claim for 278.7 billion euros in reparations", "rejected Argentina's claim to the
            # islands": a claim for something is a demand refused, not a charge denied
            code, info, rule = "120", lookup("120"), rule + "+claim-for"
        if code[:3] == "081" and verb_like(tok) and self._border_opened_to_refugees(tok):
            # "Tanzania opened its border to some 250,000 Rwandans fleeing massacres at home": refuge given (075)
            code, info, rule = "075", lookup("075"), rule + "+refuge"
        speaker = speaker or (source.actors[0].country if source.actors else None)
        if wrapper is not None and frame == "request":
            target = asked = self._request_target(tok, source, speaker)
            if not target.actors:
                target = self.target_of(tok_for_target, source, speaker)
            backed = self._rallied_for(tok_for_target, code, source, asked, speaker)
            if backed is not None:
                # "Ethiopia lobbied African leaders to back Somalia's government", CAMEO's own example "urged the
                # European Community to support the PLO": soliciting third parties' support for another is rallying
                # support on its behalf (053), aimed at the one to be backed
                code, info, target = "053", lookup("053"), backed
        elif (wrapper is not None and frame == "threaten" and trig.pos == "VERB"
              and any(c.dep_ in {"dobj", "nsubjpass"} and self.actors_of(c, speaker)[0] for c in self._kids(tok))):
            # ("Kosovo has been threatened with the suspension of EU funds": the one threatened)
            # "warned Israel that any attack on Lebanon would be met with a devastating response": the one warned
            target = self.target_of(tok, source, speaker)
        else:
            target = self.target_of(tok_for_target if tok_for_target is not tok else arg, source, speaker)
            if not target.actors and tok_for_target is not tok:
                target = self.target_of(tok, source, speaker)
        if receiver is not None:
            target = receiver
        if info.plover_type == "REQUEST" and not target.actors and source.actors:
            target = self._doer_asked_before(tok, source, speaker)
        if code == "0873" and target.rule.startswith("to(") and source.actors and target.actors and all(
                a.country and a.country not in {b.country for b in source.actors} for a in target.actors) and all(
                b.country and b.sector in {None, "", "GOV", "MIL"} for b in source.actors) and not any(
                g.dep_ == "poss" and g.pos_ == "PRON" for o in self._kids(tok) if o.dep_ in OBJ for g in o.subtree):
            # (not a state's own arms given up: "Ukraine handed over the last of its nuclear warheads to Russia")
            # "Britain handed over 10,000 rifles and ammunition to Sierra Leone's army": arms given to another
            # state are military aid (072), not a disarmament
            code, info, rule = "072", lookup("072"), rule + "+to-another"
        if code[:3] == "165" and not target.actors and source.actors:
            # "Norway suspended its role as facilitator of the peace process in Sri Lanka": the mediation halted was in
            # the state the place names
            place = self._place_country(tok)
            if place and place not in {a.country for a in source.actors}:
                target = Side([self.t_country(place)], "place", [], False)
        if code == "112" and trig.lemma in BLAME_WORDS and source.actors:
            # "Russia's foreign ministry said Georgia bore full responsibility for the bloodshed": the speaker blames the
            # one said to bear it
            said = self._clause_teller(tok if verb_like(tok) else tok.head)
            if said is None or {family(a) for a in said.actors} & {family(a) for a in source.actors}:
                return []   # ("Iran said it bore responsibility": no blame of another)
            target = Side(source.actors, f"blamed<{source.rule}", source.tokens, source.coref)
            source = said
        if info.plover_type == "PROTEST" and source.actors:
            # "Chinese students protested outside the U.S. embassy in Beijing over the NATO bombing": a protest at a
            # state's mission is aimed at that state, whatever it is over
            state = self._mission_state(tok)
            if state and state not in {a.country for a in source.actors} and not any(
                    a.country == state for a in target.actors):
                target = Side([self.t_country(state)], "at-mission", [], False)
            elif not state and not any(names_who(a) and a.country not in {b.country for b in source.actors}
                                       for a in target.actors):
                # "Hundreds of Afghans demonstrated outside United Nations offices in Kabul": so is a protest at an
                # international body's offices aimed at the body
                body = self._body_at_offices(tok, speaker)
                if body:
                    target = Side(body, "at-offices", [], False)
            homes = {a.country for a in source.actors}
            if target.rule not in {"at-mission", "at-offices"} and None not in homes and all(
                    a.country in homes for a in target.actors):
                # "Thousands of Palestinians took to the streets of Gaza City to protest against the Israeli blockade",
                # "marched in Dakar against the French military presence": a protest at home against another state's
                # act is aimed at that state
                against = [(g, a) for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "against" and t.i > tok.i
                           for g in self._kids(t) if g.dep_ == "pobj"
                           for a in self.actors_of(g, speaker)[0]
                           if a.country and a.country not in homes and a.country in self._named_before(g)]
                if against:
                    target = Side([a for _, a in against], "against-abroad", [against[0][0]], False)
        if peace_arrival is not None:
            target = peace_arrival
        if (source.rule.startswith("between(") and len(source.actors) > 1 and target.actors
                and ("<nsubjpass(" in source.rule   # ("negotiations between Britain and China over … were resumed")
                     or all(b.country in {a.country for a in source.actors} and not b.sector for b in target.actors))):
            # "negotiations between Sudan's ruling military council and protest leaders": the two sides meet each
            # other, not the state a possessive in the pair names
            target = Side([], "none")
        if (code[:2] == "04" and code not in VISIT_CODES and len({a.country for a in source.actors}) == 1
                and all(same_actor(a, b) or (b.country is None and b.sector == a.sector and b.code[:3] not in {"IGO", "NGO"})
                        for a in source.actors for b in target.actors)):
            # (none named, or only the officer's own organ: "held negotiations with red shirt leaders in Bangkok")
            partner = self._unnamed_partner_at_home(tok, source.actors[0])
            if partner is not None:
                target = partner
        if goods_to is not None and (not target.actors or target.rule.startswith("prep-of")):
            # (the goods' own state is their sender, not their target)
            got = [a for g in goods_to for a in self.actors_of(g, speaker)[0] if a.country and names_who(a)
                   and a.country not in {x.country for x in source.actors}]
            target = Side(got, f"prep-to({tok.lemma_})", goods_to, False) if got else Side([], "none")
        if (code.startswith(("087", "083")) and target.actors and (
                all(a.code.startswith("IGO") for a in target.actors) or any(
                    t.lemma_.lower() in BODY_NOUNS for t in target.tokens))
                and source.actors and not any(a.code.startswith("IGO") or a.sector == "MIL" for a in source.actors)
                and trig.lemma in {"withdraw", "withdrawal", "pull", "quit", "leave", "exit"}
                and not any(self.lex.is_("deployed", t.lemma_.lower()) for t in tok.subtree)):
            # "Mali announced its withdrawal from ECOWAS", "Burundi became the first country to quit the ICC": it
            # leaves the body (neither a military retreat nor a resignation)
            code, info = "160", lookup("160")
        if (code == "139" and target.actors and any(t.lemma_.lower() in {"diplomat", "envoy", "ambassador", "consul",
                                                                        "attache", "attaché"} for t in target.tokens)
                and any(x.lemma_.lower() == "leave" for x in tok.subtree)):
            code, info = "161", lookup("161")  # "gave the U.S. ambassador 72 hours to leave the country": expelled
        # (not a force its doers belong to, when they act on something: "troops of the UN's new rapid reaction force
        # moved heavy artillery onto Mount Igman"; but "soldiers of a U.N. force … arrived in Skopje" keep the peace)
        doers = {t.i for c in self._kids(tok) if c.dep_ in SUBJ for t in c.subtree} if any(
            c.dep_ in {"dobj", "obj"} for c in self._kids(tok)) else set()
        if code.startswith("15") and any((t.lemma_.lower().startswith("peacekeep")
                                          or (t.i not in doers and self._un_force(t)))   # (not "troops of the UN's
                                         for t in tok.subtree if not self._in_attribution(t)):   # force moved …")
            code, info = "074", lookup("074")  # "would send 500 troops to join the peacekeeping force in Burundi"
        elif (code.startswith("15") and source.actors
              and (all(a.country and family(a) not in {family(b) for b in source.actors} for a in target.actors)
                   if target.actors else self._helped_state(tok, source))
              and self._sent_to_help(tok)):
            # "Australia sent police and soldiers to the Solomon Islands to help restore order, at the request of
            # Prime Minister Sogavare": forces sent to help another state are military assistance (PLOVER: AID)
            code, info = "074", lookup("074")
        elif code.startswith("087") and verb_like(tok) and self._left_mission(tok):
            # "Belgium pulled its last paratroopers out of the U.N. peacekeeping force in Rwanda": troops withdrawn
            # from a peacekeeping mission (CAMEO 1661), not a retreat from a front
            code, info = "1661", lookup("1661")
        elif code.startswith("15") and verb_like(tok) and self._sent_for_relief(tok):
            # "Cuba sent a brigade of 200 doctors and nurses to Haiti", "Brazil sent troops to help flood victims":
            # people sent to heal or rescue are humanitarian aid (073), at home too
            code, info = "073", lookup("073")
        held_over = [tok] + ([tok.head] if noun_like(tok) and tok.dep_ in OBJ and verb_like(tok.head) else [])
        if info.plover_type in {"PROTEST", "COERCE", "ASSAULT", "SANCTION", "MOBILIZE"} and any(
                c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "unless" for k in self._kids(c))
                for h in held_over for c in self._kids(h)) and not any(
                c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "might", "may", "shall", "'ll", "to"}
                for h in held_over for c in self._kids(h)):
            # (a future act held over a choice is coded by the future-act rules, with its own threat code)
            # "the Labour Congress announced an indefinite general strike from Monday unless the government reverses
            # the rise": an act held over another's choice is a threat of it (CAMEO 13x by the act threatened)
            code = self.lex.combine("threaten", "", code)
            info = lookup(code)
        if (code == "193" and verb_like(tok) and target.tokens and len(target.tokens) == 1
                and (tok.lemma_.lower() == "gun" or any(c.lower_ == "dead" for c in self._kids(tok))
                     or (tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "dead"))  # (or read as a modifier)
                and target.tokens[0].tag_ in {"NN", "NNP"} and not target.tokens[0].conjuncts
                and not any(c.dep_ == "nummod" for c in self._kids(target.tokens[0]))):
            # "militants shot dead a prominent Algerian journalist", "a sniper shot dead the prime minister",
            # "gunmen gunned down a judge": one person killed by gunfire is a targeted killing (186), not a fight
            # with small arms (193), which is between armed sides ("gunmen shot two soldiers" stays 193)
            code, info = "186", lookup("186")
        if code[:2] in {"18", "19"} and code != "186" and verb_like(tok) and (
                self._assassination_attempt(tok) or self._killed_one(tok)):
            # "Egyptian militants opened fire on President Hosni Mubarak's motorcade", "Taliban gunmen opened fire on a
            # military parade in an attempt to assassinate Hamid Karzai": an attempt on a leader's life (186); "fired
            # missiles at Hamas founder Sheikh Ahmed Yassin as he left a mosque, killing him": a targeted killing
            code, info = "186", lookup("186")
        if code == "190" and verb_like(tok) and tok.lemma_.lower() == "kill":
            weapon = next((m for m in self._attack_nouns(tok, {"with"}) if m.cameo != "190"), None)
            named = [c for c in self._kids(tok) if c.dep_ in {"dobj", "obj"}]
            if weapon is not None:
                # "Taliban militants killed six Canadian soldiers with a roadside bomb": the attack's own code (1833),
                # as for "a roadside bomb killed …"
                code, info = weapon.cameo, lookup(weapon.cameo)
            elif (len(named) == 1 and named[0].pos_ == "PROPN" and named[0].ent_type_ == "PERSON"
                  and not named[0].conjuncts and target.tokens and not self._attack_nouns(tok, {"in", "during"})):
                # (not one killed in a raid or a strike: "killed FARC commander Raul Reyes in a bombing raid" is
                # military action, 19)
                # "Israeli helicopter gunships killed Hamas founder Sheikh Ahmed Yassin", "Saudi agents killed
                # journalist Jamal Khashoggi": one person killed by name is an assassination (186)
                code, info = "186", lookup("186")
        taken = self._taken(tok) if code[:3] == "192" else []
        if (code in {"081", "0863"} and verb_like(tok) and tok.lemma_.lower() in {"open", "reopen"}
                and len({a.country for a in source.actors if a.country}) >= 2 and self._joint_subjects(tok)):
            # "Israel and Jordan opened their first border crossing", "India and Pakistan opened a visa-free
            # corridor": two states opening a way between them cooperate (061), each with the other
            code, info = "061", lookup("061")
        if code[:3] == "192" and verb_like(tok) and source.actors and (
                any(self.lex.is_("company", t.lemma_.lower()) for t in taken)
                or (any(self.lex.is_("property", t.lemma_.lower()) for t in taken)
                    and all(a.sector in {None, "GOV", "MIL", "COP"} and a.country
                            and not self._names_another_party(tok.sent, a.country) for a in source.actors))):
            # "Argentina seized control of the oil company YPF", "Bolivian troops occupied natural gas fields" (at
            # home, as the state nationalised the industry): what a state takes at home, or a company, is property
            # (1711 confiscate); forces that occupy a plant abroad occupy territory ("Russian troops occupied the
            # Zaporizhzhia nuclear power plant", 192), as do war veterans who occupy farms
            code, info = "1711", lookup("1711")
        if (code[:3] in {"190", "192"} and tok.lemma_.lower() in {"storm", "occupy", "storming", "occupation"}
                and source.actors and all(a.sector in CROWD_SECTORS for a in source.actors)
                and any(t.lemma_.lower() in SEIZED_BUILDINGS for c in self._kids(tok) if c.dep_ in OBJ | {"nsubjpass"}
                        or (c.dep_ == "prep" and c.lower_ == "of") for t in [c, *c.children])):
            # "students occupied Taiwan's legislature" (144), "hardline students stormed the British embassy
            # compound" (145, as "protesters stormed parliament" below): a crowd taking a building protests, it does
            # not assault or occupy ground
            code = "145" if tok.lemma_.lower().startswith("storm") else "144"
            info = lookup(code)
        if (code == "183" and noun_like(tok) and source.tokens
                and any(t.lemma_.lower() in AIRCRAFT_WORDS for t in source.tokens)):
            code, info = "195", lookup("195")   # "the bombing of Gori by Russian aircraft": an air strike
        if code[:4] in {"0253", "1053"} and verb_like(tok):
            holder = self._holder_of_released(tok, source)
            if holder is not None:
                target = holder   # "demanded the release of prisoners held in Israeli jails": asked of the jailer
        if code == "063" and tok.lemma_.lower() in {"extradite", "extradition"}:
            # "Spain extradited a Russian businessman to the United States": the help is given to the state that
            # asked for him, not to the man handed over
            heads = [tok, *(a for o in self._kids(tok) if o.dep_ in OBJ for a in self._kids(o) if a.dep_ == "acl")]
            for p in [p for h in heads for p in self._kids(h)]:   # (the parser hangs "to" on "wanted …" too)
                if p.dep_ in {"prep", "dative"} and p.lower_ == "to":
                    to = [a for g in self._kids(p) if g.dep_ == "pobj" for a in self.actors_of(g)[0]
                          if a.country and a.country not in {b.country for b in source.actors}]
                    if to:
                        target = Side(to, "extradited-to", [], False)
        if code == "191" and source.actors and all(a.sector in {"CVL", "AGR", "LAB", "EDU", "OPP"} for a in source.actors):
            code, info = "144", lookup("144")  # "farmers blockaded the entrance to parliament": protesters obstruct
        if code == "174" and any(c.dep_ in OBJ and any(self.lex.is_("embassy", t.lemma_.lower()) or t.lemma_.lower()
                                                       in {"diplomatic", "diplomat"} for t in c.subtree)
                                 for c in self._kids(tok)):
            code, info = "161", lookup("161")  # "expelled the entire staff of the Tunisian embassy": diplomats
        if (code == "086" and source.actors and target.actors
                and all(b.sector in {"OPP", "PTY", "MED"} and b.country in {a.country for a in source.actors} | {None}
                        for b in target.actors)):
            # "the junta allowed the opposition NLD to reopen its offices": freedoms eased at home, not foreign
            # involvement
            code, info = "0811", lookup("0811")
        if code == "0872" and source.actors and all(a.sector in RIOTERS | {"PTY"} for a in source.actors):
            code, info = "082", lookup("082")  # "French farmers ended their blockade of Paris": a protest ended
        if (code == "175" or code[:2] in {"18", "19"}) and any(
                c.dep_ in OBJ and any(m.lemma_.lower() in CHEMICAL_AGENTS or any(
                    part in CHEMICAL_AGENTS for part in m.lower_.split("-")) for m in c.subtree)
                for c in self._kids(tok)):
            code, info = "2041", lookup("2041")  # "used chloropicrin gas", "dropped chlorine-filled barrel bombs"
        clause_host = tok if verb_like(tok) else tok.head if (tok.dep_ in OBJ and verb_like(tok.head)) else None
        if (not target.actors and (info.quad_class == 3 or code[:2] == "15") and clause_host is not None
                and wrapper is None):   # (a show of force too: "put its troops on alert after Pyongyang warned")
            # "Japan voiced strong displeasure after a Chinese survey ship operated inside its zone", "Seoul
            # protested when North Korean troops crossed the line": the doer of what the protest answers
            src_fam = {family(a) for a in source.actors}
            for c in self._kids(clause_host):
                if c.dep_ == "advcl" and verb_like(c) and any(
                        m.dep_ == "mark" and m.lower_ in {"after", "when", "because"} for m in self._kids(c)):
                    for g in self._kids(c):
                        if g.dep_ in SUBJ and g.dep_ != "nsubjpass":
                            acts, r, coref = self.actors_of(g, speaker)
                            acts = [a for a in acts if family(a) not in src_fam and (a.country or a.code[:3] == "IGO")]
                            if acts:
                                target = Side(acts, f"{c.lemma_}-clause-subj", [g], coref)
                                break
                    if target.actors:
                        break
        # the subject of the verb that governs the event noun is the target: of hostile nouns governed by "repel",
        # "resist" (class undergo), and of reactions drawn by an act ("Turkey's threat to launch an offensive drew a
        # sharp rebuke from Washington", class elicit): the act's author
        governing, governor = None, spell.head
        # (a target named only by role, no state's: "Algeria suffered violent protests against government plans")
        stateless = not any(a.country or a.code[:3] in {"IGO", "NGO"} for a in target.actors)
        if noun_like(tok) and stateless and spell.dep_ in OBJ:
            head_lemma = spell.head.lemma_.lower()
            governing = "undergo" if self.lex.is_("undergo", head_lemma) else (
                "elicit" if info.quad_class in {1, 3} and self.lex.is_("elicit", head_lemma) else None)
        elif noun_like(tok) and not target.actors and info.quad_class == 4 and self._come_under(arg) is not None:
            governing, governor = "undergo", self._come_under(arg)  # "NATO troops came under attack in Helmand"
        if (governing == "elicit" and not any(c.dep_ in SUBJ for c in self._kids(governor))
                and governor.dep_ in {"advcl", "conj", "xcomp"} and governor.tag_ == "VBG" and verb_like(governor.head)):
            governor = governor.head  # "test-fired six missiles, drawing swift condemnation from Japan": its clause's
            while governor.dep_ == "conj" and not any(c.dep_ in SUBJ for c in self._kids(governor)):
                governor = governor.head  # ("voted and approved …, drawing criticism from …")
        if governing is not None:
            for c in self._kids(governor):
                if c.dep_ in SUBJ:
                    acts, r, coref = self.actors_of(c, speaker)
                    acts = [a for a in acts if family(a) not in {family(x) for x in source.actors}]
                    if acts and (not target.actors or any(a.country for a in acts)):
                        if target.actors:   # the role word the act named is of the state that suffers it
                            acts = [a for a in acts if a.country][:1]
                            acts = [self.t_country(acts[0].country, b.sector) for b in target.actors]
                        target = Side(acts, f"{governing}({governor.lemma_})", [c], coref)
                        break
        if (governing == "undergo" and not source.actors and verb_like(governor)
                and any(a.dep_ == "aux" and self.lex.is_("future", a.lower_) for a in self._kids(governor))
                and info.quad_class == 4):
            # "the EU told Zimbabwe that it would face targeted sanctions unless …", "anyone joining the march
            # would face arrest, the authorities announced": who says what others would face is who would do it
            speech = self._speech_ancestor(governor)
            said = self._direct_agent(speech, None) if speech is not None and verb_like(speech) else None
            if said is not None and said.actors and all(a.sector in STATE_SECTORS or (a.country and not a.sector)
                                                        or a.code[:3] == "IGO" for a in said.actors):
                source = Side(said.actors, "speaker-undergo", said.tokens, said.coref)
                told = next((c for c in self._kids(speech) if c.dep_ in {"dobj", "dative", "iobj"}), None)
                subj = next((c for c in self._kids(governor) if c.dep_ in SUBJ), None)
                if told is not None and subj is not None and subj.pos_ == "PRON":
                    acts, r, coref = self.actors_of(told, speaker)
                    if acts:   # ("told Zimbabwe that it would face …": "it" is the one told)
                        target = Side(acts, f"told({speech.lemma_})", [told], coref)
                if any(family(a) in {family(b) for b in source.actors} for a in target.actors) and told is None:
                    target = Side([], "none")   # (a pronoun read as the speaker: the speaker threatens no one of its own)
        if not target.actors and travel_target is not None:
            target = travel_target
        if (code.startswith("161") and verb_like(tok) and wrapper is None and target.rule not in {"dobj", "prep-to"}
                and tok.lemma_.lower() in {"recall", "withdraw", "close", "shut", "pull", "summon"}):
            # "recalled its ambassador from Tel Aviv over the Gaza offensive": the state the envoy is called home
            # from, not the place the offence happened
            posted = self._posted_in(tok, source, speaker)
            if posted is not None and {a.country for a in posted.actors} != {a.country for a in target.actors}:
                target = posted
        if not target.actors and (code[:2] == "07" or code[:3] == "033"):
            target = self._aid_beneficiary(tok, source, speaker) or target
        if not target.actors and wrapper is None and trig.pos == "VERB" and info.quad_class in {1, 3}:
            target = self._answered_act(tok, source) or target
        if not target.actors and (noun_like(tok) or tok.dep_ == "acl"):
            target = self._responder(tok, source, speaker) or target
        if not target.actors and info.quad_class in {3, 4} and verb_like(tok):
            target = self._retaliation_target(tok, source, speaker) or self._dispersed(tok, source, speaker) or target
        if not target.actors and {tok.lemma_.lower(), tok_for_target.lemma_.lower()} & RETALIATE_VERBS:
            # "Ukrainian drones attacked an oil depot in the Bryansk region. Moscow vowed to retaliate": at the doer
            # of the latest hostile act against the retaliator told in the sentences before
            target = self._retaliated(source) or target
        if (noun_like(tok) and not target.actors and self.lex.is_("hostile", tok.lemma_.lower())
                and (said := self._speech_ancestor(tok)) is not None
                and not (tok.dep_ == "nsubjpass" and tok.head.i == said.i and said.lemma_.lower() in FACT_TELLING_VERBS)):
            # a speaker naming another's "threat": coded as the speaker's accusation instead (but "the occupation of
            # Greater Hanish island by Eritrean troops was confirmed by Yemen" tells the act as a fact)
            return []
        if not source.actors and not target.actors and info.plover_type == "ASSAULT" and wrapper is None \
                and (aimed or self._unnamed_assailant(tok) or (
                    noun_like(tok) and tok.dep_ in SUBJ and self.lex.is_("occur", tok.head.lemma_.lower())
                    and tok.head.i not in matches)):
            # "unidentified attackers exploded a device in a supermarket in Addis Ababa", "a bomb exploded at a
            # market in Kabul", "a suicide bomber struck a police academy in Baghdad": an attack by no one named
            # is aimed at the country it struck ("outside the U.S. embassy in Nairobi": at the embassy's state)
            place = self._place_country(tok, mission=True)
            if place:
                target = Side([self.t_country(place)], "place-of-attack", [], False)
        if not source.actors and info.plover_type == "PROTEST" and verb_like(tok) and self._crowd_subject(tok):
            # "Some 10,000 members of the Falun Gong movement staged a silent protest in Beijing", "About 25,000
            # supporters of the PEGIDA movement rallied in Dresden": a crowd of a movement no table names is people
            # of the state it protests in (as "10,000 people staged a protest in Beijing" are)
            place = self._place_country(tok)
            if place:
                source = Side([self.t_country(place, "CVL")], "place-crowd", [], False)
                unknown_source = False
        if not source.actors and not target.actors:
            return []
        if (unnamed_speaker or unknown_source) and not any(a.country or a.code[:3] in {"IGO", "NGO"}
                                                           for a in target.actors):
            return []  # an unknown doer's act is kept only when it is aimed at a state or a body
        if not target.actors and wrapper is None and trig.pos == "VERB" and verb_like(tok):
            if info.plover_type == "SUPPORT" and len(source.actors) == 1 and not any(
                    t.conjuncts or t.tag_ in {"NNS", "NNPS"} for t in source.tokens) and any(
                    c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in OWN for g in self._kids(c))
                    for c in self._kids(tok)):
                return []  # "has defended his policies": standing by one's own record supports no one
            if (self.lex.is_("meet", tok.lemma_.lower()) and not trig.objects and not trig.prep
                    and not any(c.dep_ in OBJ | {"prep", "advcl"} and (c.dep_ != "prep" or c.lower_ in {"with", "between"})
                                for c in self._kids(tok))
                    and len(source.tokens) == 1 and source.tokens[0].tag_ in {"NN", "NNP"}
                    and not source.tokens[0].conjuncts and not source.coref and len(source.actors) == 1):
                return []  # "the new interim government is to meet for the first time": a body sits, no one is met
        negated = self._negated(tok) or (wrapper is not None and self._negated(wrapper.tok))
        if self._denied(tok):
            negated = True
        if idle_warning:
            negated = False
        modality = self._modality(tok, trig)
        event_type = info.plover_type
        mode = info.plover_mode
        if wrapper is None and trig.lemma in self.lex.type_overrides \
                and code.startswith(self.lex.type_overrides[trig.lemma][0]):
            event_type, mode = self.lex.type_overrides[trig.lemma][1:]
        if event_override is not None and code.startswith("175"):
            event_type, mode = event_override
        if wrapper is not None and rule.startswith("decided+") and event_type == "RETREAT" and code.startswith("087"):
            event_type = "CONCEDE"  # "the cabinet decided that troops would withdraw": a withdrawal announced
        # future or intended action (PLOVER): cooperation becomes AGREE, an announced withdrawal CONCEDE,
        # other yielding AGREE (CAMEO 035), and a hostile act announced for the future a THREATEN
        if modality == "intended" and wrapper is None:
            if event_type in COOPERATIVE_FUTURE:
                code = self.lex.combine("intent", "", code)
                rule += "+future"
            elif event_type == "RETREAT" and not code.startswith("087") and mode != "resign":
                code = self.lex.combine("intent", "", code)
                rule += "+future"
            elif event_type == "RETREAT":
                event_type = "CONCEDE"
                rule += "+future"
            elif event_type == "SANCTION" and self._announced_decision(tok, source):
                rule += "+decided"  # "Italy announced it would suspend flights to Serbia": the decision is the act
            elif event_type in HOSTILE_FUTURE:
                code = self.lex.combine("threaten", "", code)
                rule += "+future"
            if code != info.code:
                info = lookup(code)
                event_type, mode = info.plover_type, info.plover_mode
        # "will not accept more refugees": a refusal, not a negated promise
        # … and so is "could not accept the idea", "cannot agree to it"
        cannot = modality == "hypothetical" and any(c.dep_ == "aux" and c.lower_ in {"can", "could", "ca"}
                                                    for c in self._kids(tok))
        # (but "has not agreed to resume talks", "did not agree": no agreement yet is no refusal)
        not_yet = any(c.dep_ == "aux" and c.lower_ in {"has", "have", "had", "did"} for c in self._kids(tok)) or (
            tok.dep_ == "xcomp" and tok.head.lemma_ in {"have", "be"}
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in self._kids(tok.head)))   # ("has yet to agree")
        # (nor is a denial: "Japan denied it was planning a sell-off" refuses nothing)
        # (nor is an act noun no one made: "no commitment to send peacekeepers was made by Nigeria" is no promise,
        # not a refusal)
        none_made = (noun_like(tok) and any(c.dep_ == "det" and c.lower_ == "no" for c in self._kids(tok))) \
            or self._no_object(tok)   # ("no defence of the junta was offered")
        if negated and (modality == "intended" or cannot) and info.quad_class in {1, 2} and not not_yet \
                and not self._denied(tok) and not none_made:
            # ("are not prepared to say what happened": a comment declined, as "declined to say")
            code = "011" if self._declines_to_tell(tok, matches) else self.lex.combine("refuse", "120", code)
            info = lookup(code)
            event_type, mode, negated, rule = info.plover_type, info.plover_mode, False, rule + "+refused"
        # "will withdraw its force unless …", "may halt mediation if …": a conditional hostile act is a threat
        if modality in {"intended", "hypothetical"} and self._conditional(tok) and (
                info.quad_class in {3, 4} or code.startswith("087")) and event_type not in {"THREATEN", "REJECT"}:
            code = self.lex.combine("threaten", "", code)
            info = lookup(code)
            event_type, mode, rule = info.plover_type, info.plover_mode, rule + "+conditional"
        if (code == "017" and tok.lemma_.lower() == "pay" and target.actors and all(
                (a.country or a.code[:3] in {"IGO", "NGO"}) and a.sector not in {"CVL", "REF"} for a in target.actors)):
            # "Kabbah paid tribute to Britain and the United Nations peacekeeping mission": tribute paid to a state or
            # a body praises it (tribute to the victims, or homage at a shrine, stays a symbolic act)
            code = "051"
            info = lookup(code)
            event_type, mode = info.plover_type, info.plover_mode
        # "Australia and the United Nations clashed over asylum seekers": states and bodies that clash over an
        # issue, with no armed actor on either side, clash in words (CAMEO 110), not in arms
        if (code == "181" and tok.lemma_.lower() in {"seize", "impound", "confiscate"} and source.actors
                and all(a.sector in {"GOV", "COP", "JUD", "SPY"} for a in source.actors)):
            # "U.S. authorities seized a plane used by Maduro": a state's authorities confiscate, they do not hijack;
            # the people they seize they arrest ("police seized two journalists")
            held = [c for c in self._kids(tok) if c.dep_ in {"dobj", "nsubjpass"}]
            code = "173" if any(self.lex.is_("person_noun", c.lemma_.lower()) or c.ent_type_ == "PERSON"
                                for c in held) else "1711"
            info = lookup(code)
            event_type, mode = info.plover_type, info.plover_mode
        if event_type == "ASSAULT" and self._verbal_clash(tok, source, target) and (
                tok.lemma_.lower() == "clash" or (tok.lemma_.lower() in {"fight", "battle", "feud"} and all(
                    a.sector in {"PTY", "LEG", "ELI"} for a in source.actors + target.actors))):
            # ("Labour and the Tories fought over the figures": parties and parliaments fight in words)
            code = "110"
            info = lookup(code)
            event_type, mode, rule = info.plover_type, info.plover_mode, rule + "+verbal"
        elif (event_type == "ASSAULT" and code == "190" and source.actors
              and all(a.sector == "BUS" for a in source.actors)):
            return []  # "the company is fighting opposition to new stores": a firm fights in courts and markets
        elif (event_type == "ASSAULT" and code == "190" and source.actors
              and (all(a.sector in WORDS_ONLY_SECTORS or a.code.startswith("NGO") for a in source.actors)
                   or (target.actors and all(b.sector == "PTY" for b in target.actors)
                       and all(a.sector in {"GOV", "OPP", "ELI"} for a in source.actors)))):
            # "he has been targeted by the newspaper", "came under attack from parliament": a newspaper, a
            # parliament or a party attacks in words; so does a politician a party ("Blair attacked the ruling
            # Conservatives")
            code = "111"
            info = lookup(code)
            event_type, mode, rule = info.plover_type, info.plover_mode, rule + "+verbal"
        elif event_type == "ASSAULT" and code == "190" and (any(
                self._attack_on_words(n) for n in [tok, *(c for c in self._kids(tok) if c.dep_ in {"dobj", "obj"})]
                if noun_like(n)) or (self._attack_in_words(tok) and source.tokens and all(
                    self._a_person(t) for t in source.tokens) and not any(
                    a.sector in {"MIL", "REB", "INS", "SEP", "COP", "SPY", "UAF"} for a in source.actors))):
            # ("Ahmadinejad launched a fresh attack on Israel, calling it a tumour": a person attacks in words)
            # "launched an attack on Conservative spending plans": an attack on a plan, a policy or a remark is
            # criticism, as the verb's row already reads it
            code = "111"
            info = lookup(code)
            event_type, mode, rule = info.plover_type, info.plover_mode, rule + "+verbal"
        # "protesters stormed parliament": violence by a crowd is a violent protest (PLOVER PROTEST riot); so is
        # a fight of students, workers or the opposition with the police ("students clashed with riot police")
        crowd_tok = next((t for t in [source.tokens[0], *(g for p in source.tokens[0].children
                                                          if p.dep_ == "prep" and p.lower_ == "of"
                                                          for g in p.children if g.dep_ == "pobj")]
                          if self.lex.is_("crowd", t.lemma_.lower())), None) if source.tokens else None
        if event_type == "ASSAULT" and source.tokens and (   # (also "hundreds of rioters")
                (crowd_tok is not None and not (
                    crowd_tok.lemma_.lower() == "supporter"
                    and any(a.sector in {"GOV", "MIL", "COP"} for a in source.actors)))  # (the ruler's thugs assault)
                or (source.actors and target.actors and all(a.sector in RIOTERS for a in source.actors)
                    and all(b.sector == "COP" for b in target.actors))
                # ("students … set vehicles ablaze in Jakarta": students, strikers or opposition crowds that burn
                # things riot)
                or (code.startswith("1712") and source.actors
                    and all(a.sector in RIOTERS - {"CVL", "REL"} for a in source.actors))):
            code = "145"
            info = lookup(code)
            event_type, mode, rule = info.plover_type, info.plover_mode, rule + "+crowd"
        if (event_type == "ASSAULT" and code[:2] in {"18", "19"} and tok.lemma_.lower() in {"open", "fire"}
                and source.actors and target.tokens
                and all(a.sector in {"MIL", "COP", "GOV", "SPY"} for a in source.actors)
                and any(self.lex.is_("crowd", t.lemma_.lower()) and t.lemma_.lower() != "supporter"
                        for t in target.tokens)):
            # "Syrian security forces opened fire on protesters in Daraa", "troops opened fire on crowds in Yangon": a
            # state's force firing on a crowd is violent repression (175; beatings and shootings of some of them stay
            # assaults, 18x and 19x)
            code = "175"
            info = lookup(code)
            event_type, mode, rule = info.plover_type, info.plover_mode, rule + "+repression"
        if code.startswith("1711") and verb_like(tok) and crowd_tok is not None \
                and crowd_tok.lemma_.lower() != "supporter":
            # "Rioters looted shops across Jakarta", "protesters ransacked the party's offices": a crowd's plunder is
            # its riot (145), no confiscation by an authority
            code = "145"
            info = lookup(code)
            event_type, mode, rule = info.plover_type, info.plover_mode, rule + "+crowd"
        # "Thousands of anti-government protesters seized Bangkok's airport", "students occupied the grounds of
        # parliament", "protesters blockaded the airport": a crowd that takes or blocks a place obstructs (144)
        if code[:3] in {"191", "192"} and verb_like(tok) and source.actors and (
                (crowd_tok is not None and crowd_tok.lemma_.lower() != "supporter")
                or all(a.sector in RIOTERS - {"CVL"} for a in source.actors)) and not any(
                    a.sector in {"GOV", "MIL", "COP", "REB", "UAF"} for a in source.actors):
            code = "144"
            info = lookup(code)
            event_type, mode, rule = info.plover_type, info.plover_mode, rule + "+crowd"
        # "X said Y must withdraw": the speaker demands it of Y
        if rule.startswith("decided-not+"):
            modality = "asserted"   # (the decision turns the act down now; nothing is promised)
        demand = self._demanded_by_speaker(tok, source)
        if demand is not None:
            speaker_side, code = demand, self.lex.combine("request", "100", code)
            info = lookup(code)
            event_type, mode, rule = info.plover_type, info.plover_mode, rule + "+must"
            target, source = (source if source.actors else self._told_side(tok, speaker_side)), speaker_side
            modality = "asserted"  # (the demand is made; what is demanded is not yet done)
        # "Algeria summoned the French ambassador to protest against remarks by Macron": a state does not take to
        # the streets; its protest is an official complaint (CAMEO 114, ACCUSE)
        if (event_type == "PROTEST" and tok.lemma_.lower() == "protest" and source.actors and source.tokens
                and all(a.country and a.sector in {None, "GOV"} for a in source.actors) and code != "145"
                and all(self._names_a_state(t) for t in source.tokens)):
            code = "114"
            info = lookup(code)
            event_type, mode, rule = info.plover_type, info.plover_mode, rule + "+official"
        # "Thousands of Algerians rallied in Algiers": people named by nationality who demonstrate are civilians,
        # not their state (which would protest against itself)
        if event_type == "PROTEST" and source.actors and all(not a.sector and a.country for a in source.actors) \
                and any(self._named_as_people(t) for t in source.tokens):
            source = Side([Actor(text=a.text, name=a.name, country=a.country, sector="CVL", code=a.country + "CVL")
                           for a in source.actors], source.rule + "~people", source.tokens, source.coref)
        # (also when the move is promised, threatened or offered: "will station troops alongside Nigerien forces",
        # "offered to station troops": the act's own row moves forces)
        moved = getattr(self.match(tok_for_target), "cameo", "") if tok_for_target is not None else ""
        moves_forces = info.plover_type == "MOBILIZE" or code.startswith(("0356", "087")) or (
            moved[:2] == "15" or moved.startswith(("0356", "087")))
        if (moves_forces and target.actors and not any(names_who(a) for a in target.actors)
                and all(t.dep_ in OBJ and t.head.i == tok_for_target.i for t in target.tokens)):
            # "Russia massed troops on Ukraine's border", "the US plans to withdraw 4,000 soldiers": the forces
            # an actor moves are its own, not the target
            target = Side([], "none", [], False)
        # "the minister quit the cabinet", "Canada and Mexico joined forces": the office one leaves and the
        # means a row names for a joint act ("forces", "hands") are no party to it
        if ((code.startswith("083") or code[:2] in {"03", "04", "06"}) and trig.objects and target.tokens
                and not any(names_who(a) for a in target.actors)
                and code[:3] not in {"042", "043"}  # (the one received or visited is a party: "received the king")
                and all(self._row_object(t, trig) for t in target.tokens)):
            target = Side([], "none", [], False)
        if (not target.actors and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in {"tell", "inform", "notify", "assure"}
                and any(a.dep_ == "aux" and a.lower_ in {"will", "would", "shall", "'ll"} for a in self._kids(tok))):
            # "Libya informed Kofi Annan that it would hand over the two suspects": a pledge made to the one told
            for c in self._kids(tok.head):
                if c.dep_ in {"dobj", "dative", "iobj"}:
                    acts = [a for a in self.actors_of(c, speaker)[0]
                            if names_who(a) and family(a) not in {family(b) for b in source.actors}]
                    if acts:
                        target = Side(acts, f"told({tok.head.lemma_})", [c], False)
                        break
        if event_type == "PROTEST" and target.rule in {"none", "place-domestic", "place", "domestic"}:
            anti = self._anti_state(tok)
            if anti:   # "Iranians marched through Tehran chanting anti-American slogans": the state they protest
                target = Side([self.t_country(anti)], "anti", [], False)
            else:
                jailer = self._jailer(source.tokens)
                if jailer and jailer not in {a.country for a in source.actors}:
                    # "Palestinian prisoners in Israeli jails began a hunger strike": they protest whoever holds them
                    target = Side([self.t_country(jailer)], "jailer", [], False)
        if event_type == "THREATEN" and not any(a.country or a.code[:3] in {"IGO", "NGO"} for a in target.actors):
            # "warned that it would take countermeasures if Nancy Pelosi visited Taiwan": a threat is aimed at
            # whoever would meet its condition (also over a region a phrase names: "threatened to pull out of the
            # Middle East peace talks unless Israel allowed back …")
            target = self._condition_actor(tok_for_target if tok_for_target is not None else tok, source) or target
        home = self._home_place(source.tokens) if source.actors and all(
            not names_who(a) and a.sector for a in source.actors) else None
        if home:   # "Shanghai police arrested five activists": the doer's own home first, for the target to borrow
            source = Side([homed(a, home) for a in source.actors], source.rule, source.tokens, source.coref)
        # "40 people were killed in fighting between Armenian and Azerbaijani forces": the two sides of the
        # fighting act on each other; its unnamed victims are no party
        between_pair = (source.rule.startswith("between(") and info.plover_type == "ASSAULT" and verb_like(tok)
                        and len({family(a) for a in source.actors}) >= 2
                        and not any(names_who(a) for a in target.actors)) or source.rule == "each-side"
        if between_pair:
            target = Side([], "none", [], False)
        target = self._fill_countries(target, source, tok, sent, info, is_target=True) if not arrived else target
        if (not source.actors and code[:2] == "09" and verb_like(tok) and target.actors
                and any(c.dep_ == "auxpass" for c in self._kids(tok))):
            # "A US national has been put under investigation in Italy": the state of the place investigates
            place = self._place_country(tok)
            if place:
                source = Side([self.t_country(place)], "place-investigator", [], False)
                unnamed_speaker = unknown_source = False
        if not unnamed_speaker and not unknown_source:  # (a doer no table knows is of no country the target lends)
            homeless = not any(a.country for a in source.actors)
            source = self._fill_countries(source, target, tok, sent, info)
            if (homeless and info.plover_type in {"COERCE", "ASSAULT"} and not arrived and target.actors and any(not names_who(a) and a.sector for a in target.actors)
                    and any(a.country for a in source.actors)):
                # ("Indonesian officials denied that troops had arrested villagers": the villagers are of the state the
                # troops were found to be of)
                target = self._fill_countries(target, source, tok, sent, info, is_target=True)
        if code[:2] == "02" and target.actors and self._for_beneficiary(tok, target):
            # "the UN launched an appeal for $126 million to help North Korea": the appeal is to donors; the one
            # helped is not asked for anything
            target = Side([], "none", [], False)
        if (frame == "threaten" and any(c.dep_ == "nsubj" and noun_like(c) and c.pos_ != "PRON" and self.match(c)
                                        for c in self._kids(tok)) and trig.pos == "VERB"):
            return []  # "China's condemnation of the visit threatened to derail plans": an act is no threatener
        if (frame == "threaten" and trig.pos == "VERB" and wrapper is None and target.actors and source.actors
                and target.rule.startswith("dobj")
                and all(b.sector == "CVL" and b.country and b.country in {a.country for a in source.actors}
                        for b in target.actors)):
            return []  # "the Meteorological Agency warned residents to prepare for record rainfall": advice at home
        # "Kenyan and Tanzanian warships began war games": an exercise held by two states together is
        # military cooperation (CAMEO 062), as a "joint exercise" is
        if (code.startswith("15") and (self.lex.is_("exercise", tok.lemma_.lower()) or any(
                c.dep_ in OBJ | {"nsubjpass"} and any(self.lex.is_("exercise", x.lemma_.lower()) for x in [c, *(
                    g for g in self._kids(c) if g.dep_ in {"appos", "compound"})])   # (an exercise by its name:
                for c in self._kids(tok)))   # "launched Juniper Cobra, their joint exercise", "drill Juniper Cobra")
                and not target.actors and len({family(a) for a in source.actors}) > 1):
            # ("joint naval exercises were held by Turkish and Georgian warships": the exercise held)
            code, rule = "062", rule + "+together"
            info = lookup(code)
            event_type, mode = info.plover_type, info.plover_mode
        ref, hist_period = self._date_for(tok, timerefs)
        if len(source.actors) > 1 and target.actors and self._each_other(tok):
            target = Side([], "each-other", [], False)  # "expelled each other's diplomats": the subjects, pairwise
        elif (len({family(a) for a in source.actors}) > 1 and target.actors and self._mutual(code, tok)
              and ((target.tokens and not any(self.resolver.has_actor_mention(t) for t in target.tokens))
                   # ("Ugandan and Rwandan troops clashed in the Congolese city of Kisangani": not with Congo)
                   or (target.rule in {"place", "place-domestic"} and verb_like(tok)
                       and not any(family(b) in {family(a) for a in source.actors} for b in target.actors)))
              and not (code[:3] == "161" and any(a.country and all(family(a) != family(b) for b in source.actors)
                                                 for a in target.actors))):  # ("closed their embassies in Kabul")
            # "Biden and Xi agreed to restore military communication channels": states named together act on
            # each other, not on a role word their act mentions
            target = Side([], "mutual", [], False)
        elif ((code[:2] in {"03", "04"} or code[:3] in {"050", "054", "057"}) and code[:3] not in {"042", "043", "044", "045"}
              and len({family(a) for a in source.actors}) > 1 and target.actors
              and any(re.match(r"prep-(at|in|on|over|about|for)\b", seg) for seg in (target.rule, target.rule.split(">")[-1]))
              and not any(family(b) in {family(a) for a in source.actors} for b in target.actors)):
            # ("Israel and the United Arab Emirates signed a normalisation accord at the White House", "Mauritania and
            # Israel established full diplomatic relations at a ceremony in Washington hosted by …")
            # "Lavrov and Kerry met in Geneva for talks on a Syrian ceasefire", "Israeli and Lebanese delegations
            # held negotiations at a UN post": two states meeting meet each other, not the topic or the venue (also
            # one their object names: "resumed talks at the Egyptian Red Sea resort of Taba")
            target = Side([], "mutual", [], False)
        pairs = []
        if target.actors and source.actors:
            if (code.startswith("172") and len(code) == 4 or code in {"0813", "0814"}) and target.rule in {
                    "place-domestic", "domestic"} and all(
                    not b.sector for b in target.actors) and all(not a.sector for a in source.actors):
                # "Armenia declared martial law", "Iran imposed a curfew in Tehran": a state coerces its own people
                target = Side([self.t_country(b.country, "CVL") for b in target.actors], target.rule + "~people",
                              target.tokens, target.coref)
            pairs = [(a, b, False) for a in source.actors for b in target.actors
                     if not same_actor(a, b) or officer_and_holder(a, b)]
            if not pairs and source.rule == "domestic" and target.rule not in {"domestic", "place-domestic"}:
                # "a county official in Guizhou was jailed": the state (told by the place) acts on its own officer
                pairs = [(self.t_country(b.country), b, False) for b in target.actors if b.country and b.sector]
            if not pairs and target.rule in {"domestic", "place-domestic"}:
                # "Iran seized a tanker", "Pakistan appealed for emergency aid": the state acts on no one named
                pairs = [(a, None, False) for a in source.actors]
        elif len(source.actors) > 1 and not any(a.alias for a in source.actors) and (between_pair or self._mutual(code, tok)):
            # "Russia and North Korea agreed": one event each way, reciprocal
            # (but a state and its own organ named together are one side: "finance ministers of the Group of Five
            # and Canada" is not Canada meeting Canada)
            # (a state's society is no organ of it: "Venezuela and its bank advisory committee agreed" is two sides)
            def one_side(a, b):
                longer = a if len(a.code) > len(b.code) else b
                return (a.code.startswith(b.code) or b.code.startswith(a.code)) and longer.sector not in SOCIETY_SECTORS
            pairs = [(a, b, True) for a in source.actors for b in source.actors
                     if (not same_actor(a, b) if a.code == b.code else not one_side(a, b))]
            if not pairs:
                pairs = [(a, None, False) for a in source.actors if not any(
                    b is not a and b.code.startswith(a.code) and len(b.code) > len(a.code) for b in source.actors)]
        elif source.actors:
            pairs = [(a, None, False) for a in source.actors]
        else:
            pairs = [(None, b, False) for b in target.actors]
        attr = attribution or self._speech_attribution(tok, source)
        where = locate(self.doc, tok)
        if code[:2] == "15" and verb_like(tok) and (where.get("name") is None or self._dateline_only(tok, where)):
            # "rushed 3,000 troops to Karachi": a deployment happens where it goes
            where = self._deployment_place(tok) or where
        events = []
        for a, b, recip in pairs:
            when = ref
            hist = bool(hist_period) or dates_mod.is_historical(ref, self.published)
            a2, b2 = self._at_date(a, when), self._at_date(b, when)
            for x in (a2, b2):
                if x and x.country in DEFUNCT and self.published and self.published >= DEFUNCT[x.country]:
                    hist = True
            events.append(Event(
                doc_id=self.doc_id, sentence_index=self.sent_index, sentence=self._text(sent).strip(),
                span=sentence_span(sent), trigger=self._trigger_text(tok, trig),
                event_type=event_type, event_mode=mode, cameo=code, goldstein=info.goldstein,
                quad_class=info.quad_class, source=a2, target=b2,
                date=when.value if when else None, date_precision=when.precision if when else None,
                historical=hist, negated=negated, modality=modality, attribution=attr, location=dict(where),
                confidence=self._confidence(source, target, rule),
                why={"rule": rule, "trigger_lemma": trig.phrase, "path": f"{source.rule} | {target.rule}",
                     "trigger_span": self._trigger_span(tok, trig),
                     "source_span": self._span(source, tok.idx), "target_span": self._span(target, tok.idx),
                     "sentence_span": list(sentence_span(sent))},
                reciprocal=recip,
            ))
        return events

    def _alignment(self, sent: Span, attribution, timerefs) -> list[Event]:
        """Statements of who sides with whom: "building an informal bloc that includes China and Iran",
        "the US and its allies like South Korea and Japan". Each pair of members gets one reciprocal
        SUPPORT 050 event with rule `alignment`: evidence for bloc analysis, not a dated act."""
        out = []
        for noun in self._with_words(sent, self.lex.words.get("alignment", frozenset())):
            if not (noun_like(noun) and self.lex.is_("alignment", noun.lemma_.lower())):
                continue
            if any(c.dep_ in {"compound", "amod"} and self.lex.is_("place_camp", c.lemma_.lower()) for c in self._kids(noun)):
                continue  # "a West Bank refugee camp", "a training camp": a place, not a bloc
            if self._name_word(noun) or any(c.dep_ == "amod" and c.lower_ == "former" for c in self._kids(noun)):
                continue  # "NATO's Partnership for Peace programme": a name; "the former Soviet bloc": a region now
            if (m := self.resolver.mention_at(noun.i)) is not None and any(e.kind in {"group", "party", "igo"} for e in m.entries):
                continue  # "the Polisario Front", "the National Front": a group's name
            if any(c.dep_ in {"compound", "amod"} and c.lower_ in TRADE_WORDS for c in self._kids(noun)):
                continue  # "Canada is the United States' largest trading partner": commerce, not a side taken
            if noun.dep_ == "compound" and self.lex.is_("plan_document", noun.head.lemma_.lower()):
                continue  # "will sign a friendship treaty": the treaty's name; its signing is the event
            if (noun.dep_ == "pobj" and noun.head.lower_ in {"from", "of"} and noun.head.head.lemma_.lower() in {
                    "withdraw", "withdrawal", "quit", "leave", "exit", "expel", "expulsion", "suspend", "suspension",
                    "pull", "out"}):
                continue  # "their withdrawal from the West African bloc": leaving it, not siding
            members: list[Actor] = []

            def add(acts):
                for a in acts:
                    if (a.country or a.code.startswith("IGO")) and all(family(a) != family(b) for b in members):
                        members.append(a)

            # named in the noun phrase or by its relative clause: "a bloc that includes China and Iran"
            for c in self._kids(noun):
                if c.dep_ == "relcl" and self.lex.is_("include", c.lemma_.lower()):
                    for o in self._kids(c):
                        if o.dep_ in OBJ:
                            for x in [o, *[g for p_ in self._kids(o) if p_.dep_ == "prep" and p_.lower_ == "of"
                                            for g in self._kids(p_) if g.dep_ == "pobj"]]:
                                add(self.actors_of(x)[0])
                if c.dep_ == "prep" and c.lower_ in {"like", "of", "including", "between", "among"}:
                    for g in self._kids(c):
                        if g.dep_ == "pobj":
                            add(self.actors_of(g)[0])
                if c.dep_ in {"amod", "compound", "nmod"} and self.resolver.mention_at(c.i) is not None:
                    for x in [c, *c.conjuncts]:  # "the Russian-North Korean friendship"
                        add(self.resolver.resolve(x))
                if c.dep_ == "poss":  # "the US and its allies": the one "its" refers to; "their friendship"
                    if c.pos_ == "PRON":  # is the pair already in focus, not new evidence
                        if noun.dep_ == "conj":
                            add(self.actors_of(noun.head)[0])
                    else:
                        add(self.actors_of(c)[0])
            # who builds or forms it: the subject of the governing clause ("the Russians and North Koreans …
            # building an informal bloc")
            verb = next((a for a in noun.ancestors if verb_like(a)), None)
            if any(a.dep_ == "prep" and a.lower_ in {"against", "on", "at"} for a in noun.ancestors
                   if verb is None or a.i != verb.i and verb in a.ancestors):
                verb = None  # "fired rockets against Kampuchean guerrilla camps": the subject's adversary
            hops = 0
            if verb is not None and any(t.cameo[:2] in {"17", "18", "19", "20"}
                                        for t in self.lex.candidates("VERB", verb.lemma_.lower())):
                verb = None  # "Israeli jets struck a Hezbollah camp": the doer of a hostile act is not of the camp
            while verb is not None and hops < 3:
                subj = next((c for c in self._kids(verb) if c.dep_ in SUBJ and c.i != noun.i
                             and self.match(c) is None), None)
                builders = [a for a in self.actors_of(subj)[0] if a.country] if subj is not None else []
                if builders:
                    add(builders)
                    break
                verb = verb.head if verb.head.i != verb.i else None
                hops += 1
            if len(members) < 2:
                continue
            ref, hist_period = self._date_for(noun, timerefs)
            info = lookup("050")
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    out.append(Event(
                        doc_id=self.doc_id, sentence_index=self.sent_index, sentence=self._text(sent).strip(),
                        span=sentence_span(sent), trigger=noun.text, event_type=info.plover_type,
                        event_mode=info.plover_mode, cameo="050", goldstein=info.goldstein,
                        quad_class=info.quad_class, source=a, target=b,
                        date=ref.value if ref else None, date_precision=ref.precision if ref else None,
                        historical=bool(hist_period) or dates_mod.is_historical(ref, self.published),
                        negated=self._negated(noun), modality="asserted", attribution=attribution,
                        location={"name": None, "country": None, "lat": None, "lon": None}, confidence=0.45,
                        why={"rule": "alignment", "trigger_lemma": noun.lemma_.lower(),
                             "path": f"members({', '.join(m.code for m in members)})",
                             "trigger_span": [noun.idx, noun.idx + len(noun.text)],
                             "source_span": None, "target_span": None,
                             "sentence_span": list(sentence_span(sent))},
                        reciprocal=True,
                    ))
        return out

    def _recognition_switch(self, sent: Span, events: list[Event], attribution, timerefs) -> list[Event]:
        """"The Solomon Islands switched diplomatic recognition from Taipei to Beijing": recognition given to the
        state after "to" (054) and ties cut with the one after "from" (161), in place of the recognition event the
        noun alone gives."""
        for v in sent:
            if not verb_like(v) or v.lemma_.lower() not in {"switch", "shift", "transfer"}:
                continue
            objs = [o for o in self._kids(v) if o.dep_ in OBJ and o.lemma_.lower() in {"recognition", "allegiance"}]
            if not objs:
                continue
            ends = {}
            for h in [v, *objs]:
                for p in self._kids(h):
                    if p.dep_ == "prep" and p.lower_ in {"from", "to"}:
                        ends.setdefault(p.lower_, [g for g in self._kids(p) if g.dep_ == "pobj"])
            if not ends.get("from") or not ends.get("to"):
                continue
            source = self._direct_agent(v, None)
            if source is None or not source.actors:
                continue
            src = source.actors[0]
            def state(toks):
                acts = [a for g in toks for a in self.actors_of(g, None, exclude={family(src)})[0] if a.country]
                return acts[0] if acts else None
            old, new = state(ends["from"]), state(ends["to"])
            if old is None or new is None or old.country == new.country:
                continue
            spans = {(o.idx, o.idx + len(o.text)) for o in objs} | {(v.idx, v.idx + len(v.text))}
            events = [e for e in events if not (e.cameo == "054" and any(
                a <= (e.why.get("trigger_span") or [-1])[0] < b for a, b in spans))]
            events.append(self._event_at(sent, v, "054", src, new, attribution, timerefs, "recognition-switch",
                                         "nsubj | to"))
            events.append(self._event_at(sent, v, "161", src, old, attribution, timerefs, "recognition-switch",
                                         "nsubj | from"))
        return events

    def _aid_delivery(self, sent: Span, attribution, timerefs) -> list[Event]:
        """A plane, ship or convoy "carrying food and medicine" that lands or arrives somewhere delivers aid there
        (CAMEO 073): "A U.S. Air Force C-17 carrying 40 tonnes of food landed in the Haitian capital", "A Red Cross
        plane carrying medicines landed in Mogadishu". The giver is the vehicle's owner named on it; the receiver, the
        state of the place it reached."""
        out = []
        for v in sent:
            if not (verb_like(v) and v.lemma_.lower() in {"land", "arrive", "reach", "dock", "fly"}) or any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in self._kids(v)):
                continue   # ("Indonesia allowed Australian-led peacekeepers to land": not told as done)
            for n in self._kids(v):
                if n.dep_ not in SUBJ or not noun_like(n):
                    continue
                if self.lex.is_("quantity", n.lemma_.lower()) and v.lemma_.lower() in {"land", "dock"}:
                    # ("The first contingent of about 400 Ugandan peacekeepers landed at Mogadishu airport"): what it
                    # counts (a verb of the lexicon, "arrive", reads the count on its own)
                    n = next((g for p in self._kids(n) if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p)
                              if g.dep_ == "pobj" and noun_like(g)), n)
                # "The first Nigerian peacekeepers landed at Monrovia's airport", "Indian peacekeeping troops flew
                # into Jaffna": peacekeepers reaching a state protect it (074)
                keepers = n.lemma_.lower() in {"peacekeeper", "peacekeeping"} or any(
                    c.dep_ in {"amod", "compound"} and c.lemma_.lower() in {"peacekeeping", "peacekeeper"} for c in self._kids(n))
                # ("The first troops of a West African peacekeeping force sent by ECOWAS landed in Monrovia",
                # "Italian troops of a multinational protection force landed in Durres"): troops of such a force
                force = [g for p in self._kids(n) if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p)
                         if g.dep_ == "pobj" and g.lemma_.lower() in {"force", "mission", "contingent", "group"}
                         and any(c.dep_ in {"amod", "compound"} and (c.lemma_.lower().startswith("peacekeep")
                                                                     or c.lemma_.lower() in {"protection", "monitoring"})
                                 for c in self._kids(g))] if self.lex.is_("deployed", n.lemma_.lower()) else []
                # ("Australian troops landed in Dili on Monday to restore order in East Timor": troops come to help)
                keepers = keepers or bool(force) or (self.lex.is_("deployed", n.lemma_.lower()) and self._sent_to_help(v))
                if not keepers and (n.lemma_.lower() not in AID_VEHICLES or v.lemma_.lower() == "fly"):
                    continue
                # ("A convoy of UN relief trucks carrying flour and medicine reached Sarajevo": the vehicles it counts)
                vehicles = [n] + [g for p in self._kids(n) if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p)
                                  if g.dep_ == "pobj" and g.lemma_.lower() in AID_VEHICLES]
                carried = [o for m in vehicles for c in self._kids(m) if c.dep_ == "acl"
                           and c.lemma_.lower() in {"carry", "bring", "deliver"} for o in self._kids(c) if o.dep_ in OBJ]
                # ("U.S. Air Force transport planes loaded with food and medicine landed in Moscow")
                carried += [o for c in self._kids(n) if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in {"load", "laden", "lade", "pack"}
                            for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "with" for o in self._kids(p) if o.dep_ == "pobj"]
                # ("two U.S. Navy ships arrived off Bangladesh's coast carrying food for survivors")
                carried += [o for c in self._kids(v) if c.dep_ == "advcl" and c.tag_ == "VBG"
                            and c.lemma_.lower() in {"carry", "bring"} for o in self._kids(c) if o.dep_ in OBJ]
                # ("A U.N. aid convoy reached Srebrenica with 16 trucks of food and medicine": the convoy's own name or
                # what it came with)
                carried += [o for h in (n, v) for p in self._kids(h) if p.dep_ == "prep" and p.lower_ == "with"
                            for o in self._kids(p) if o.dep_ == "pobj"]
                carried += [c for m in vehicles for c in self._kids(m) if c.dep_ == "compound"
                            and c.lemma_.lower() in {"aid", "relief"}]
                goods = [g for o in carried for g in o.subtree]   # ("40 tonnes of food, water and medical supplies")
                if not keepers and not any(g.lemma_.lower() in AID_GOODS for g in goods):
                    continue
                code = "074" if keepers else "073"
                # ("Australian-led peacekeepers landed in the Solomon Islands": the state that leads them)
                namers = [x for m in vehicles for c in self._kids(m) if c.dep_ in {"amod", "compound", "nmod", "poss"}
                          for x in ([g for g in self._kids(c) if g.dep_ in {"npadvmod", "compound", "nmod"}]
                                    if c.lemma_.lower() == "lead" and c.tag_ == "VBN" else [c])]
                owners = [a for c in namers if self.resolver.mention_at(c.i) is not None
                          for a in self.actors_of(c)[0] if a.country or a.code[:3] in {"IGO", "NGO"}]
                if not owners:   # ("peacekeeping troops of the ECOWAS Monitoring Group")
                    owners = [a for p in self._kids(n) if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p)
                              if g.dep_ == "pobj" for x in [g, *(c for c in self._kids(g) if c.dep_ in {"compound", "nmod"})]
                              if self.resolver.mention_at(x.i) is not None
                              for a in self.actors_of(x)[0] if a.country or a.code[:3] in {"IGO", "NGO"}][:1]
                if not owners and force:   # (the force's own sender: "… force sent by ECOWAS", "the ECOWAS force")
                    owners = [a for g in force for c in self._kids(g)
                              for x in ([c] if c.dep_ in {"compound", "nmod", "poss"} else
                                        [y for p in self._kids(c) if c.dep_ == "acl" and p.dep_ == "agent"
                                         for y in self._kids(p) if y.dep_ == "pobj"])
                              if self.resolver.mention_at(x.i) is not None
                              for a in self.actors_of(x)[0] if a.country or a.code[:3] in {"IGO", "NGO"}]
                place = self._place_country(v)
                if place is None and v.lemma_.lower() == "reach":   # ("reached Sarajevo"): the place reached
                    place = next((self._country_then(self._gazetteer_country(o)) for o in self._kids(v)
                                  if o.dep_ in OBJ and o.pos_ == "PROPN"), None)
                if place is None:   # ("arrived off Bangladesh's coast"): the state whose shore it is
                    place = next((a.country for p in self._kids(v) if p.dep_ == "prep" and p.lower_ in {"off", "at", "in", "to", "into"}
                                  for g in self._kids(p) if g.dep_ == "pobj" for w in self._kids(g) if w.dep_ == "poss"
                                  and self.resolver.mention_at(w.i) is not None
                                  for a in self.actors_of(w)[0] if a.country and not a.sector), None)
                if not owners or not place or any(a.country == place for a in owners):
                    continue
                out.append(self._event_at(sent, v, code, owners[0], self.t_country(place), attribution, timerefs,
                                          "aid-delivery", f"owner({n.lemma_}) | place({v.lemma_})"))
        return out

    def _event_at(self, sent: Span, v: Token, code: str, source: Actor, target: Actor | None, attribution, timerefs,
                  rule: str, path: str, reciprocal: bool = False) -> Event:
        """An event told by the verb `v` that a sentence-level rule codes (aid delivered, goods flowing, a joint
        link), with the verb's date, negation, modality and place."""
        info = lookup(code)
        ref, hist_period = self._date_for(v, timerefs)
        return Event(
            doc_id=self.doc_id, sentence_index=self.sent_index, sentence=self._text(sent).strip(),
            span=sentence_span(sent), trigger=v.text, event_type=info.plover_type,
            event_mode=info.plover_mode, cameo=code, goldstein=info.goldstein,
            quad_class=info.quad_class, source=source, target=target,
            date=ref.value if ref else None, date_precision=ref.precision if ref else None,
            historical=bool(hist_period) or dates_mod.is_historical(ref, self.published),
            negated=self._negated(v), modality=self._modality(v, None),
            attribution=attribution or self._according_to(sent), location=dict(locate(self.doc, v)),
            confidence=0.5,
            why={"rule": rule, "trigger_lemma": v.lemma_.lower(), "path": path,
                 "trigger_span": [v.idx, v.idx + len(v.text)], "source_span": None,
                 "target_span": None, "sentence_span": list(sentence_span(sent))},
            reciprocal=reciprocal,
        )

    def _goods_flowing(self, sent: Span, coded: set, attribution, timerefs) -> list[Event]:
        """A state's oil, gas or power that flows to another is supplied to it (CAMEO 061): "Iraqi crude oil began
        flowing to Syria through the reopened Kirkuk-Banias pipeline", "Qatari natural gas began flowing to the United
        Arab Emirates". The owner is the state named on the goods, the receiver the state the "to" phrase names."""
        out = []
        for v in sent:
            if not (verb_like(v) and v.lemma_.lower() == "flow") or any(v.idx == c[0] for c in coded if c):
                continue
            doer = v.head if v.dep_ == "xcomp" and v.head.lemma_.lower() in ASPECT_VERBS else v
            goods = [c for c in self._kids(doer) if c.dep_ == "nsubj" and c.lemma_.lower() in FLOWING_GOODS]
            owners = [a for g in goods for c in self._kids(g) if c.dep_ in {"amod", "compound", "poss"}
                      and self.resolver.mention_at(c.i) is not None for a in self.actors_of(c)[0] if a.country]
            dest = [a for p in self._kids(v) if p.dep_ == "prep" and p.lower_ in {"to", "into"}
                    for g in self._kids(p) if g.dep_ == "pobj" for a in self.actors_of(g)[0] if a.country]
            if not owners or not dest or family(owners[0]) == family(dest[0]):
                continue
            out.append(self._event_at(sent, v, "061", owners[0], dest[0], attribution, timerefs, "goods-flowing",
                                      f"owner({goods[0].lemma_}) | to(flow)"))
        for v in sent:
            # "Turkey began receiving Iranian natural gas through a new pipeline", "Zimbabwe began receiving Libyan
            # fuel": the state named on the goods supplies the state that receives them
            if not (verb_like(v) and v.lemma_.lower() in {"receive", "import"}) or any(v.idx == c[0] for c in coded if c):
                continue
            doer = v.head if v.dep_ == "xcomp" and v.head.lemma_.lower() in ASPECT_VERBS else v
            goods = [c for c in self._kids(v) if c.dep_ == "dobj" and c.lemma_.lower() in FLOWING_GOODS]
            owners = [a for g in goods for c in self._kids(g) if c.dep_ in {"amod", "compound", "poss"}
                      and self.resolver.mention_at(c.i) is not None for a in self.actors_of(c)[0]
                      if a.country and not a.sector]
            takers = [a for c in self._kids(doer) if c.dep_ == "nsubj" for a in self.actors_of(c)[0]
                      if a.country and a.sector in {None, "GOV"}]
            if not owners or not takers or family(owners[0]) == family(takers[0]) or self._negated(v):
                continue
            out.append(self._event_at(sent, v, "061", owners[0], takers[0], attribution, timerefs, "goods-received",
                                      f"owner({goods[0].lemma_}) | nsubj({v.lemma_})"))
        return out

    def _two_states(self, heads: list[Token]) -> list[Actor]:
        """The states (or their governments, forces or companies: "Venezuela's state oil company PDVSA and Cuba's
        Cupet") the words of a joint subject name, one per state."""
        sides = [a for x in heads for a in self.actors_of(x)[0]
                 if a.country and (not a.sector or a.sector in {"GOV", "MIL", "BUS"})]
        return list({family(a): a for a in sides}.values())

    def _joint_links(self, sent: Span, coded: set, attribution, timerefs) -> list[Event]:
        """Two states named together that open, reconnect, launch or build a link between them cooperate (CAMEO 061,
        each with the other, reciprocal): "Thailand and Laos opened the first bridge across the Mekong River", "North
        and South Korea reconnected their cross-border railway lines", "Colombia and Venezuela began building a
        natural gas pipeline linking the two countries", "India and Pakistan reopened cross-border trade". One
        state building a bridge is no event; a verb some rule already coded is left to it."""
        out = self._goods_flowing(sent, coded, attribution, timerefs)
        for v in sent:
            # (spaCy's lemma of "reconnected" is "reconnecte")
            if not (verb_like(v) and {v.lemma_.lower(), v.lower_[:-2], v.lower_[:-1]} & JOINT_LINK_VERBS):
                continue
            if v.lemma_.lower() == "switch" and not any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "on"
                                                         for c in self._kids(v)):
                continue   # ("switched on an undersea power cable linking their grids"; not "switched off")
            if (v.idx, v.idx + len(v.text)) in coded or any(v.idx == c[0] for c in coded if c):
                continue
            objs = [o for o in self._kids(v) if o.dep_ in {"dobj", "nsubjpass"}]
            if not any(o.lemma_.lower() in JOINT_LINKS or any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in JOINT_LINKS
                                                             for c in self._kids(o)) for o in objs):
                continue
            doer = v
            while doer.dep_ in {"xcomp", "conj"} and verb_like(doer.head) and not any(
                    c.dep_ in SUBJ for c in self._kids(doer)):
                doer = doer.head   # ("began building a pipeline")
                if doer.lemma_.lower() not in ASPECT_VERBS and doer.dep_ != "conj" and doer is not v:
                    break
            subj = next((c for c in self._kids(doer) if c.dep_ == "nsubj"), None)
            # (only a link made or announced: "agreed to reopen four border crossings" is a promise the verb "agree"
            # codes)
            modality = self._modality(v, None)
            if subj is None or modality not in {"asserted", "intended"} or (
                    doer is not v and doer.lemma_.lower() not in ASPECT_VERBS and v.dep_ == "xcomp") or (
                    modality == "intended" and self._negated(v)):
                continue
            # "India and Pakistan will reopen cross-border trade next month": a link announced is a promise of
            # cooperation both ways (PLOVER AGREE, as any cooperation announced for the future)
            code = "061" if modality == "asserted" else self.lex.combine("intent", "", "061")
            states = self._two_states([subj, *subj.conjuncts])
            if len(states) != 2:
                continue
            for a, b in ((states[0], states[1]), (states[1], states[0])):
                out.append(self._event_at(sent, v, code, a, b, attribution, timerefs, "joint-link",
                                          f"nsubj({doer.lemma_}) | joint({v.lemma_})", reciprocal=True))
        for v in sent:
            # "Nigerian and Cameroonian officials began jointly demarcating their land boundary": two states named
            # together that do a thing jointly cooperate (CAMEO 060), each with the other
            if not (verb_like(v) and any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in self._kids(v))) \
                    or any(v.idx == c[0] for c in coded if c) or self._modality(v, None) != "asserted" or self._negated(v):
                continue
            doer = v
            while doer.dep_ in {"xcomp", "conj"} and verb_like(doer.head) and doer.head.lemma_.lower() in ASPECT_VERBS:
                doer = doer.head
            subj = next((c for c in self._kids(doer) if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            # (or by their adjectives: "Nigerian and Cameroonian officials")
            states = self._two_states([x2 for x in [subj, *subj.conjuncts, *(m for m in self._kids(subj) if m.dep_ == "amod")]
                                       for x2 in [x, *x.conjuncts]])
            if len(states) != 2:
                continue
            for a, b in ((states[0], states[1]), (states[1], states[0])):
                out.append(self._event_at(sent, v, "060", a, b, attribution, timerefs, "jointly",
                                          f"nsubj({doer.lemma_}) | jointly({v.lemma_})", reciprocal=True))
        return out

    def _speaker_demands(self, sent: Span, matches, coded_at: set, attribution, timerefs) -> list[Event]:
        """"X said Y must enact reforms", "X told Y that it needs to act": the speaker's demand on Y, also
        when the demanded action is not itself in the lexicon (CAMEO 100 for must, 020 for should/need)."""
        out = []
        musts = self.lex.words.get("must", frozenset())
        candidates = set()   # verbs with a "must" auxiliary, or governed by "need"/"have" ("needs to act")
        for t in self._with_words(sent, musts | NEED_HAVE):
            if t.dep_ == "aux" and t.lower_ in musts:
                candidates.add(t.head.i)
            if t.lemma_.lower() in NEED_HAVE:
                candidates.update(c.i for c in self._kids(t) if c.dep_ == "xcomp")
        for verb in (self.doc[i] for i in sorted(candidates) if sent.start <= i < sent.end):
            if not verb_like(verb) or verb.i in matches or verb.idx in coded_at:
                continue
            modal = next((c.lower_ for c in self._kids(verb) if c.dep_ == "aux" and self.lex.is_("must", c.lower_)), None)
            subj_holder = verb
            if modal is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"need", "have"}:
                if any(c.lower_ == "yet" for c in self._kids(verb.head)) or any(
                        c.dep_ in OBJ for c in self._kids(verb.head)):
                    continue  # "had yet to find a reformer", "has the right to": no obligation
                modal, subj_holder = verb.head.lemma_.lower(), verb.head
            if modal is None:
                continue
            speech = self._speech_ancestor(subj_holder)
            if speech is None:
                continue
            speaker = self._direct_agent(speech, None) if verb_like(speech) else self.source_of(speech)
            subj = next((c for c in self._kids(subj_holder) if c.dep_ in SUBJ), None)
            if subj is None:
                continue
            if not speaker or not speaker.actors:
                # "'Japan must open its market,' he said" with no one named before: an unknown speaker's demand on
                # a state or a body (as for other acts whose doer no table names)
                if not (verb_like(speech) and self._named_unknown_subject(speech)):
                    continue
                speaker = Side([], "unknown-speaker", [], False)
            if modal in NEED_HAVE and speaker.actors and not (
                    any(a.sector in STATE_SECTORS or a.code[:3] in {"IGO", "NGO"} for a in speaker.actors)
                    or any(self._names_a_state(t) for t in speaker.tokens)):
                continue  # "Rosneft will have to pay real money, said a US lawyer": an analyst's reading, no demand
            if modal in NEED_HAVE and verb.lemma_.lower() in {"have", "own", "possess", "know"}:
                continue  # "they have to have access to energy": a need, nothing to do
            if modal in NEED_HAVE and subj_holder.tag_ == "VBD" and self.published:
                ref, _ = self._date_for(verb, timerefs)
                if ref is not None and ref.value and ref.value < str(self.published):
                    continue  # "US Airways had to cancel 65 flights on Thursday, officials said": done, not demanded
            addressee, rule, coref = self.actors_of(subj, speaker.actors[0].country if speaker.actors else None,
                                                    exclude={family(a) for a in speaker.actors})
            addressee = [a for a in addressee if a.code not in {s.code for s in speaker.actors}]
            if not speaker.actors:
                addressee = [a for a in addressee if a.country or a.code[:3] in {"IGO", "NGO"}]
            if not addressee:
                continue
            code = "100" if modal in {"must", "have"} else "020"
            why = {"rule": "speaker-demand", "trigger_lemma": modal,
                   "path": f"must<{speaker.rule} | nsubj({verb.lemma_})" + ("~coref" if coref else ""),
                   "source_span": self._span(speaker), "target_span": self._span(Side(addressee, "", [subj]))}
            out += [self._clause_event(sent, verb, f"{modal} {verb.text}", code, a, b, timerefs,
                                       negated=self._negated(speech), modality="asserted", attribution=attribution,
                                       why=why)
                    for a in speaker.actors or [None] for b in addressee]
        return out

    def _speaker_blames(self, sent: Span, attribution, timerefs, blamed: set[int]) -> list[Event]:
        """"Britain said Russia was responsible for the nerve agent attack", "Kyiv said Moscow was behind the
        blast": a speaker who puts a hostile act on another side accuses it (CAMEO 112). The act itself is not told
        as fact; a writer's own "X was responsible for …" names no accuser, and a speaker who owns the act claims it."""
        out = []
        for tok in sent:
            if tok.lemma_.lower() in {"commit", "perpetrate"} | PLOTTING_VERBS and verb_like(tok):
                out += self._speaker_charges_crime(sent, tok, attribution, timerefs)
                continue
            if tok.lemma_.lower() == "responsible" and tok.dep_ in {"acomp", "attr"}:
                cop, prep = tok.head, next((c for c in self._kids(tok) if c.dep_ == "prep" and c.lower_ == "for"), None)
            elif tok.dep_ == "prep" and tok.lower_ == "behind" and tok.head.lemma_ == "be":
                cop, prep = tok.head, tok
            else:
                continue
            if prep is None or cop.lemma_ != "be":
                continue
            act = next((g for g in self._kids(prep) if g.dep_ in {"pobj", "pcomp"}), None)
            if act is not None and self.lex.is_("quantity", act.lemma_.lower()):   # ("behind a string of bomb blasts")
                act = next((g for p in self._kids(act) if p.dep_ == "prep" and p.lower_ == "of"
                            for g in self._kids(p) if g.dep_ == "pobj"), act)
            # (match() reads "responsible for" as a remit: the act's own rows are looked at here; "responsible for
            # shooting down the airliner": a gerund is matched as the verb it is)
            if act is not None and act.dep_ == "pcomp" and verb_like(act):
                row = self.match(act)
                rows = [row] if row is not None else []
            else:
                rows = [t for t in self.lex.candidates("NOUN", act.lemma_.lower()) if self._fits(act, t)] \
                    if act is not None and noun_like(act) else []
            if not any(lookup(t.cameo).plover_type in {"ASSAULT", "COERCE"} for t in rows):
                continue
            subj = next((c for c in self._kids(cop) if c.dep_ in SUBJ), None)
            events = self._speaker_accuses(
                sent, cop, subj, "112", f"{tok.text} for {act.text}" if tok.lower_ != "behind" else f"behind {act.text}",
                tok.lemma_.lower(), f"nsubj(be)>{tok.lower_}({act.lemma_})", attribution, timerefs,
                negated=any(c.dep_ == "neg" for c in self._kids(cop)))
            if events:
                blamed.add(act.i)   # (the act put on the accused is no act told as fact)
            out += events
        return out

    def _speaker_accuses(self, sent: Span, verb: Token, subj: Token | None, code: str, trigger: str, lemma: str,
                         path: str, attribution, timerefs, negated: bool = False) -> list[Event]:
        """The accusation a speaker makes by putting an act on the subject of the clause they say (`verb`'s): the
        speaker against the accused, none where the speaker's own side is the subject."""
        speech = self._speech_ancestor(verb)
        if subj is None or speech is None or not verb_like(speech):
            return []
        speaker = self._direct_agent(speech, None)
        if not speaker or not speaker.actors:
            return []
        mine = {family(a) for a in speaker.actors}
        accused, rule, coref = self.actors_of(subj, speaker.actors[0].country, exclude=mine)
        accused = [a for a in accused if family(a) not in mine and a.code]
        if not accused:
            return []
        why = {"rule": "speaker-blame", "trigger_lemma": lemma,
               "path": f"{speech.lemma_}<{speaker.rule} | {path}" + ("~coref" if coref else ""),
               "source_span": self._span(speaker), "target_span": self._span(Side(accused, "", [subj]))}
        return [self._clause_event(sent, verb, trigger, code, a, b, timerefs, negated=self._negated(speech) or negated,
                                   modality="asserted", attribution=attribution, why=why)
                for a in speaker.actors for b in accused]

    def _speaker_charges_crime(self, sent: Span, tok: Token, attribution, timerefs) -> list[Event]:
        """"Erdogan said Israel had committed crimes against humanity in Gaza", "Amnesty said Sudanese troops
        committed atrocities in Darfur": a speaker who says another side committed a crime accuses it (CAMEO 112, the
        sub-code the lexicon gives alleging that crime: 1124 for atrocities and war crimes, 1122 for abuses). The
        writer's own "X committed war crimes" names no accuser, and a speaker who owns the crime confesses it."""
        obj = next((c for c in self._kids(tok) if c.dep_ in {"dobj", "obj"}), None)
        if obj is None or self._negated(tok):
            return []
        low = obj.lemma_.lower()
        mods = {c.lower_ for c in self._kids(obj) if c.dep_ in {"compound", "amod"}}
        if tok.lemma_.lower() in PLOTTING_VERBS:
            if low not in PLOTTED_ACTS:
                return []
            # ("said Pakistan's spy agency had masterminded a plot to kill President Karzai", "… the attack on the
            # Indian embassy": an attack or plot put on another side)
            code = next((t.cameo for t in self.lex.candidates("VERB", "allege") if not t.prep and low in t.objects), "112")
        elif low == "crime" and ("war" in mods or any(c.dep_ == "prep" and c.lower_ == "against" for c in self._kids(obj))):
            code = "1124"   # ("war crimes", "crimes against humanity")
        else:
            code = next((t.cameo for t in self.lex.candidates("VERB", "allege") if not t.prep and low in t.objects), None)
            if code is None and low in {"crime", "violation", "excess"}:
                code = "112"
        if code is None:
            return []
        subj = next((c for c in self._kids(tok) if c.dep_ == "nsubj"), None)
        return self._speaker_accuses(sent, tok, subj, code, f"{tok.text} {obj.text}", f"{tok.lemma_.lower()} {low}",
                                     f"nsubj({tok.lemma_.lower()})", attribution, timerefs)

    def _or_face(self, sent: Span, attribution, timerefs) -> tuple[list[Event], set[int]]:
        """"The UN gave Iraq until Friday to comply or face military action", "Washington told Belgrade to withdraw
        its troops or face NATO air strikes", "gave Kurdish authorities a 72-hour ultimatum to hand over the airport
        or face federal measures": the act to be faced is threatened by whoever sets the choice, against the one it
        is set to (CAMEO 13x by what is faced), and is no act of its own. Returns the threats and the starts of the
        faced nouns whose own events they replace."""
        out: list[Event] = []
        dropped: set[int] = set()
        for face in sent:
            if face.lemma_.lower() != "face" or face.dep_ != "conj" or not verb_like(face):
                continue
            act = face.head
            if not any(c.dep_ == "cc" and c.lower_ == "or" for c in [*self._kids(act), *self._kids(face)]) \
                    or not any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(act)):
                continue
            gov = act.head
            if act.dep_ == "acl" and noun_like(gov) and gov.dep_ in OBJ | {"nsubjpass", "dative"}:
                gov = gov.head   # ("gave them an ultimatum to leave or face …")
            elif act.dep_ not in {"xcomp", "advcl", "ccomp"}:
                continue
            faced = next((c for c in self._kids(face) if c.dep_ in OBJ), None)
            if faced is None or not verb_like(gov) or gov.i == act.i:
                continue
            kids = list(self._kids(gov))
            doers = [c for c in kids if c.dep_ == "nsubj"] + [g for c in kids if c.dep_ == "agent"
                                                             for g in self._kids(c) if g.dep_ == "pobj"]
            told = [c for c in kids if c.dep_ in {"dobj", "dative", "iobj", "nsubjpass"}
                    and not (act.dep_ == "acl" and c.i == act.head.i)]
            told += [c for c in self._kids(act) if c.dep_ == "nsubj"]
            source = next((Side(a, f"{c.dep_}({gov.lemma_.lower()})", [c], coref) for c in doers
                           for a, _, coref in [self.actors_of(c)] if a), None)
            if source is None:
                continue
            src = {family(a) for a in source.actors}
            target = next((Side(a, f"{c.dep_}({gov.lemma_.lower()})", [c], coref) for c in told
                           for a0, _, coref in [self.actors_of(c, None, exclude=src)]
                           for a in [[x for x in a0 if family(x) not in src or x.sector in SOCIETY_SECTORS]] if a),
                          None)
            if target is None:
                continue
            row = self.match(faced)
            low = faced.lemma_.lower()
            if low == "strike" and any(c.lower_ == "general" for c in self._kids(faced)):
                threat = "133"   # ("or face a general strike": dissent threatened)
            elif row is not None:
                threat = self.lex.combine("threaten", "", row.cameo)   # (the lexicon's threat of the act faced)
            elif low in FORCE_WORDS or any(c.lower_ == "military" for c in self._kids(faced)):
                threat = "138"   # ("or face military action")
            elif low in {"sanction", "embargo"}:
                threat = "1312"
            elif low in {"arrest", "prosecution", "trial", "expulsion"}:
                threat = "137"
            else:
                threat = "130"   # ("or face serious consequences", "or face federal measures")
            dropped.add(faced.idx)
            why = {"rule": "or-face-threat", "trigger_lemma": f"or face {low}",
                   "path": f"{source.rule} | {target.rule}",
                   "source_span": self._span(source), "target_span": self._span(target)}
            out += [self._clause_event(sent, gov, f"{face.text} {faced.text}", threat, a, b, timerefs,
                                       negated=False, modality="intended", attribution=attribution, why=why)
                    for a in source.actors[:1] for b in target.actors[:2]]
        return out, dropped

    def _clause_event(self, sent: Span, verb: Token, trigger: str, code: str, source: Actor | None,
                      target: Actor | None, timerefs, *, negated: bool, modality: str, attribution, why: dict,
                      confidence: float = 0.5) -> Event:
        """An event a sentence-level rule builds on a clause's verb (a speaker's demand, a conditional threat):
        the code's PLOVER fields, the verb's date and place, and the why completed with the spans."""
        info = lookup(code)
        ref, hist_period = self._date_for(verb, timerefs)
        return Event(
            doc_id=self.doc_id, sentence_index=self.sent_index, sentence=self._text(sent).strip(),
            span=sentence_span(sent), trigger=trigger, event_type=info.plover_type, event_mode=info.plover_mode,
            cameo=code, goldstein=info.goldstein, quad_class=info.quad_class, source=source, target=target,
            date=ref.value if ref else None, date_precision=ref.precision if ref else None,
            historical=bool(hist_period) or dates_mod.is_historical(ref, self.published),
            negated=negated, modality=modality, attribution=attribution, location=dict(locate(self.doc, verb)),
            confidence=confidence,
            why=dict(why, trigger_span=[verb.idx, verb.idx + len(verb.text)],
                     sentence_span=list(sentence_span(sent))))

    def _conditional_threat(self, sent: Span, coded_at: set, threatened: bool, attribution, timerefs) -> list[Event]:
        """"Moscow would respond with military-technical measures if the United States deployed missiles in
        Europe", "Belarus would cut off the transit of gas if the EU imposed sanctions", "China's military will never
        sit idly by if Pelosi visits Taiwan": a response promised on another's act is a threat to that actor (130;
        138 with force named), when the response is no act of the lexicon's (those are coded as future acts)."""
        if threatened:
            return []
        out = []
        for v in sent:
            if not verb_like(v) or v.idx in coded_at:
                continue
            kids = list(self._kids(v))
            if not any(c.dep_ == "aux" and (self.lex.is_("future", c.lower_) or c.lower_ in {"could", "might", "may"})
                       for c in kids):
                continue   # ("said it could review its peace treaty if …": a response held out, as "would")
            cond = [c for c in kids if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and self.lex.is_("condition", m.lower_) for m in self._kids(c))]
            if not cond:
                continue
            lemma = v.lemma_.lower()
            particle = next((c.lower_ for c in kids if c.dep_ == "prt"), "")
            objs = {c.lemma_.lower() for c in kids if c.dep_ in OBJ}
            objs |= {g.lemma_.lower() for c in kids if c.dep_ == "prep" and c.lower_ == "with" for g in self._kids(c)
                     if g.dep_ == "pobj"}   # ("respond with military-technical measures")
            if lemma == "go" and any(g.lemma_.lower() == "war" for c in kids if c.dep_ == "prep" and c.lower_ == "to"
                                     for g in self._kids(c)):
                objs.add("force")   # "would go to war with Colombia if …"
            idle = lemma == "sit" and any(c.lower_ == "idly" for c in kids)   # "will not sit idly by"
            negated = self._negated(v)
            if idle:
                if not negated:
                    continue
            elif negated:
                continue
            elif not (lemma in RESPONSE_VERBS or (lemma, particle) in RESPONSE_PHRASALS or objs & RESPONSE_OBJECTS):
                continue
            elif any(self.lex.is_("price", o) or o in {"output", "production", "spending", "tax"} for o in objs):
                continue   # ("West Germany could cut interest rates again if the United States makes a similar move")
            subj = next((c for c in kids if c.dep_ in SUBJ), None)
            source = None
            if subj is not None:
                acts, rule, coref = self.actors_of(subj, None)
                acts = [a for a in acts if a.country or a.code[:3] in {"IGO", "NGO"}]
                if acts:
                    source = Side(acts, f"nsubj({lemma})", [subj], coref)
            speech = self._speech_ancestor(v)
            if source is None and speech is not None and subj is not None and (
                    subj.pos_ == "PRON" or any(g.dep_ == "poss" and g.pos_ == "PRON" for g in self._kids(subj))):
                # "Putin warned that his country would aim its missiles at Ukraine if …": the speaker's side
                source = self._direct_agent(speech, None) if verb_like(speech) else None
                if source is not None and not any(a.country for a in source.actors):
                    source = None
            if source is None:
                continue
            target = self._condition_actor(v, source)
            if target is None:   # "would aim its missiles at Ukraine if Kiev joined NATO"
                for p in kids:
                    if p.dep_ == "prep" and p.lower_ in {"at", "against"}:
                        for g in self._kids(p):
                            acts, rule, coref = self.actors_of(g, None, exclude={family(a) for a in source.actors})
                            acts = [a for a in acts if family(a) not in {family(b) for b in source.actors} and names_who(a)]
                            if acts:
                                target = Side(acts, f"prep-{p.lower_}({lemma})", [g], coref)
                                break
            if target is None:
                continue
            inside = {x.i for c in cond for x in c.subtree}
            force = any(x.lemma_.lower() in FORCE_WORDS for x in v.subtree if x.i not in inside)
            code = "138" if force or lemma in {"strike", "hit", "attack", "aim", "fight"} else "130"
            why = {"rule": "conditional-threat", "trigger_lemma": f"{lemma} if",
                   "path": f"{source.rule} | {target.rule}",
                   "source_span": self._span(source), "target_span": self._span(target)}
            out += [self._clause_event(sent, v, f"{v.text} … {cond[0].text}", code, a, b, timerefs,
                                       negated=self._negated(speech) if speech is not None else False,
                                       modality="intended", attribution=attribution, why=why)
                    for a in source.actors[:1] for b in target.actors[:2]]
        return out

    def _amend_by_trigger(self, sent: Span, events: list[Event]) -> list[Event]:
        """Amends read off each event's trigger word once the sentence is coded: a meeting named only as a setting is
        dropped; a court case, a deployment or a statement handed over gets the target its phrase names."""
        out = []
        for e in events:
            tok = self._trigger_token(sent, e)
            if tok is not None and (self._meeting_as_setting(tok, e) or self._awaited(tok, e)):
                continue
            if tok is not None and self._aid_operations_halted(tok, e):
                # "The UN World Food Programme suspended food aid operations in much of southern Somalia": relief
                # operations halted are aid cut (162), no military de-escalation
                out.append(recoded_as(e, "162", "aid-operations"))
                continue
            if tok is not None and self._arms_to_the_border(tok, e):
                # "Turkey sent tanks, missile batteries and troop reinforcements to its border with Syria": arms sent
                # to a border are deployed there (154), no military aid to the neighbour
                out.append(recoded_as(e, "154", "to-the-border"))
                continue
            backed = None if tok is None else self._rallied_behind(tok, e)
            if backed is not None and e.cameo == "113":   # ("rallying African states against Rabat's bid")
                out.append(recoded(e, target=backed))
                continue
            if backed is not None:
                # (a crowd's rally has no object: "Iran rallied Shiite militias against the Islamic State group" is
                # opposition rallied, 113)
                out.append(recoded_as(e, "053" if e.cameo == "051" else "113", "rallied-behind", target=backed))
                continue
            target = None if tok is None else (
                self._case_defendant(tok, e) or self._deployed_against(tok, e) or self._handed_to(tok, e)
                or self._extradition_from(tok, e) or self._surrendered_to(tok, e) or self._objection_dropped(tok, e)
                or self._mission_host(tok, e))
            out.append(recoded(e, target=target) if target is not None else e)
        return out

    def _home_roles(self, sent: Span, events: list[Event]) -> list[Event]:
        """A side named only by its role ("riot police", "the president", "government helicopters"), which no rule
        gave a country, is of the one state the sentence names or puts the act in: "students marched through
        Santiago … and riot police used water cannon" CHLCOP, "Tension eased in Burundi after the president freed
        200 political prisoners" BDIGOV→BDICVL."""
        def roleless(a: Actor | None) -> bool:
            return a is not None and not a.country and a.code.startswith("---") and bool(a.sector)
        if not any(roleless(e.source) or roleless(e.target) for e in events):
            return events
        if any(e.kind == "region" for m in self.mentions_by_sent.get(sent.start, ()) for e in m.entries):
            return events   # ("African heads of state": no home of theirs)
        first = sent.start_char <= dateline_end(self.doc.text)   # (the sentence the dateline opens)
        if any(t.lower_ in MISSION_WORDS for t in sent):
            # ("outside the British High Commission": no home of theirs among the states named; "DAMASCUS (AFP) -
            # Protesters … set the Danish and Norwegian embassies ablaze": a crowd at a mission protests where the
            # dateline puts the story)
            line = doc_dateline(self.doc) if first else None
            if not (line and line.get("country")) or not all(
                    e.event_type == "PROTEST" for e in events if roleless(e.source) or roleless(e.target)):
                return events
            home = state_key(self._country_then(line["country"]))
            return [recoded(e, source=homed(e.source, home),
                            why=dict(e.why, path=e.why.get("path", "") + " | home-roles"))
                    if roleless(e.source) and e.target is not None and not roleless(e.target)
                    and state_key(family(e.target)) != home else e for e in events]
        parties = self._parties_named(sent)
        states = {k for k, (a, place, speaker, at) in parties.items() if a.country and not speaker
                  and not all(self._in_clause_on_noun(self.doc[i]) for i in at)}
        states |= {e.location["country"] for e in events if e.location.get("country")
                   and (h := self._trigger_head(sent, e)) is not None and not self._dateline_only(h, e.location)}
        start = dateline_end(self.doc.text) if sent.start_char == 0 else 0
        states |= {c for ent in sent.ents if ent.label_ in {"GPE", "LOC"} and ent.start_char >= start
                   and not self._in_clause_on_noun(ent.root) and (c := self._gazetteer_country(ent.root))}
        states |= {family(a) for e in events if e.event_type for a in (e.source, e.target)
                   if a is not None and a.country}   # (not the teller of a statement: "Danish sources said")
        states = {state_key(c) for c in states}
        if not states:
            # ("Gunmen attacked a police post near the frontier, Ugandan officials said": with no other state
            # named, the teller's own is where the act happened)
            states = {state_key(k) for k, (a, place, speaker, at) in parties.items() if a.country and speaker}
        protests = all(e.event_type == "PROTEST" for e in events if roleless(e.source) or roleless(e.target))
        if not states and protests:
            # "Protesters blocked the main coastal highway linking Beirut to southern Lebanon", "Farmers blockaded the
            # main highways leading into New Delhi": a crowd protests where the places the sentence names lie, even
            # in a clause on a noun; with none, where the dateline puts the story ("LEIPZIG, East Germany")
            states = {state_key(c) for ent in sent.ents if ent.label_ in {"GPE", "LOC"} and ent.start_char >= start
                      and (c := self._country_then(self._gazetteer_country(ent.root)))}
            line = doc_dateline(self.doc) if not states and first else None
            if line and line.get("country"):
                states = {state_key(self._country_then(line["country"]))}
        if not states and first:
            # "FREETOWN, Jan 6 (AFP) - Rebels fought their way into eastern Freetown, battling ECOMOG peacekeepers":
            # with no state named at all, a side named by its role in the story's first sentence is of the state the
            # dateline puts the story in
            line = doc_dateline(self.doc)
            if line and line.get("country"):
                states = {state_key(self._country_then(line["country"]))}
        if len(states) != 1:
            return events
        (home,) = states
        home = "SUN" if home == "RUS" and self.published and self.published.year < 1992 else home
        out = []
        for e in events:
            # (a role word facing a state named on the other side is left to the rules that read the pair: "the
            # foreign minister met his North Korean counterpart" is no North Korean minister)
            src = homed(e.source, home) if roleless(e.source) and (e.target is None or roleless(e.target)) else e.source
            # (an organ of another kind facing the home state's own side is of it too: "Catalonia's regional government
            # defied the Constitutional Court's suspension order" ESPGOV→ESPJUD; not a counterpart)
            tgt = homed(e.target, home) if roleless(e.target) and (e.source is None or roleless(e.source) or (
                e.source.country and state_key(e.source.country) == home and e.source.sector
                and e.source.sector != e.target.sector)) else e.target
            if src is e.source and tgt is e.target:
                out.append(e)
                continue
            if src is not None and tgt is not None and same_actor(src, tgt):
                tgt = None
            out.append(recoded(e, source=src, target=tgt, why=dict(e.why, path=e.why.get("path", "") + " | home-roles")))
        return out

    @staticmethod
    def _in_clause_on_noun(tok: Token) -> bool:
        """Is the word inside a clause on a noun ("a man who had fought in Afghanistan")? What such a clause says
        happened elsewhere."""
        return any(a.dep_ in {"relcl", "acl"} for a in tok.ancestors)

    def _peacekeepers_received(self, events: list[Event]) -> list[Event]:
        """Peacekeepers who arrive in a state (074, the sender's act) are received by it: CAMEO's 0861 "receive
        deployment of peacekeepers" (RETREAT), the host's act toward the sender, as PLOVER's annotators code "A first
        patch of Bangladeshi peacekeeping troops arrived in Sierra Leone" (and "the arrival of Nigerian peacekeepers in
        Liberia"). Peacekeeping needs the host's consent, so the arrival tells both acts."""
        sent_keepers = {e.source.country for e in events if e.cameo == "074" and e.source is not None}
        # ("The deployment of 1,000 Nigerian peacekeepers to Liberia began with the arrival of the first battalion":
        # the battalion's arrival is the peacekeepers' deployment, no second one)
        out = [e for e in events if not (e.event_type == "MOBILIZE" and e.source is not None
                                         and e.source.country in sent_keepers
                                         and (e.why.get("trigger_lemma") or "").startswith("arrival"))]
        for e in events:
            if (e.cameo != "074" or e.negated or e.modality != "asserted" or e.source is None or e.target is None
                    or (e.why.get("trigger_lemma") or "").split(" ")[0] not in {"arrive", "land", "reach", "arrival"}
                    or not e.source.country or not e.target.country or e.source.country == e.target.country):
                continue
            out.append(recoded_as(e, "0861", "received", source=self.t_country(e.target.country), target=e.source))
        return out

    def _meetings_mutual(self, events: list[Event]) -> list[Event]:
        """A meeting with no host and no visitor is both sides' act: "Indian Prime Minister Vajpayee held talks with
        Pakistani President Musharraf", "Robin Cook met Kamal Kharrazi in New York", "Hu Jintao's meeting with Lien
        Chan". PLOVER puts all the participants of such a meeting in the actor (its manual's "treatment of actors in
        CONSULT events"), so the coder gives one event each way, marked reciprocal, as it does for "talks between X and
        Y". Visits and hosting (042, 043: the visitor is the actor, the host the recipient), calls (041) and mediation
        (045) keep their direction, and so does a meeting whose other side is only inferred (a place, the sentence's
        sole other party, the actor's own state), and one side's act at a meeting (`ONE_WAY_MEETINGS`: "briefed the
        IMF", "attended an ASEAN summit")."""
        out = list(events)
        for i, e in enumerate(events):
            path = e.why.get("path", "")
            if self._joint_with(e):
                # "U.S. special forces troops began joint exercises with the Philippine army": a joint act with
                # another is both sides' act, as a meeting is
                pass
            elif (e.event_type != "CONSULT" or e.cameo not in MUTUAL_MEETING_CODES or e.reciprocal
                    or e.source is None or e.target is None or family(e.source) == family(e.target)
                    or (e.why.get("trigger_lemma") or "").split(" ")[0] in ONE_WAY_MEETINGS
                    or any(w in path for w in ("sole-other", "place", "at-home"))):
                continue
            out[i] = recoded(e, reciprocal=True)
            out.append(recoded(e, source=e.target, target=e.source, reciprocal=True,
                               why=dict(e.why, path=path + " | mutual-meeting",
                                        source_span=e.why.get("target_span"), target_span=e.why.get("source_span"))))
        return out

    def _joint_with(self, e: Event) -> bool:
        """Is this cooperation a "joint" act (exercises, patrols, a search) done "with" the other side, two states?"""
        if (e.event_type != "COOPERATE" or e.reciprocal or e.source is None or e.target is None
                or not e.source.country or not e.target.country or family(e.source) == family(e.target)
                or "prep-with" not in e.why.get("path", "")):
            return False
        start = (e.why.get("trigger_span") or [None])[0]
        tok = next((t for t in self.doc if t.idx == start), None)
        return tok is not None and noun_like(tok) and any(
            c.dep_ in {"amod", "compound"} and c.lower_ == "joint" for c in self._kids(tok))

    def _meeting_at_home(self, sent: Span, events: list[Event]) -> list[Event]:
        """Talks between two sides of one state named together are held at home: "Greek Cypriot leader Glafcos Clerides
        and Turkish Cypriot leader Rauf Denktash began face-to-face talks" CYP→CYP (the tables put both sides in one
        state, so no pair is left). Only sides named as subjects joined by "and" count ("Russian and Chechen
        negotiators" is one subject). A meeting's other side is otherwise never its doer's own state (`AWAY_TYPES`)."""
        out = []
        for e in events:
            tok = self._trigger_token(sent, e) if (e.event_type == "CONSULT" and e.target is None
                                                   and e.cameo in MUTUAL_MEETING_CODES and e.source is not None
                                                   and e.source.country and not e.reciprocal) else None
            heads = [c for c in self._kids(tok) if c.dep_ in SUBJ] if tok is not None else []
            sides = [g for c in heads for g in [c, *c.conjuncts]]
            # (each named side a person, a body or a state's adjective: not "Japan and its finance ministry")
            if len(sides) >= 2 and all(
                    (acts := self.actors_of(g, None)[0]) and all(a.country == e.source.country for a in acts)
                    for g in sides) and not any(
                    c.dep_ == "poss" and c.lower_ in OWN for g in sides for c in self._kids(g)):
                e = recoded(e, target=self.t_country(e.source.country),
                            why=dict(e.why, path=e.why.get("path", "") + " | met-at-home"))
            out.append(e)
        return out

    def _forces_facing(self, sent: Span, events: list[Event]) -> list[Event]:
        """Whom a build-up of forces aimed at no one named faces. Two states that mobilise in one act face each other:
        "Thailand and Cambodia massed troops near the disputed Preah Vihear temple" THA→KHM and KHM→THA. A build-up
        told as answering another state's act faces that state: "Ukraine announced a partial mobilisation amid Russian
        moves in Crimea" UKR→RUS, "raise its military alert status after North Korea's nuclear test" KOR→PRK. Before
        both, a build-up or threat whose purpose clause counters a state faces that state, whatever else it was
        aimed at: "ordered troops to the Gulf to counter an Iraqi build-up near Kuwait" USA→IRQ."""
        out0 = []
        for e in events:
            # "ordered thousands more troops to the Gulf to counter an Iraqi build-up near Kuwait", "plans to station
            # Iskander missiles in Kaliningrad to counter U.S. missile defence sites": a build-up or threat faces the
            # state whose act or arms its purpose clause names
            faced = self._countered_state(sent, e) if e.event_type in {"MOBILIZE", "THREATEN"} and not e.negated \
                and e.source is not None and (e.source.country or e.source.code[:3] == "IGO") else None
            if faced is not None and (e.target is None or family(e.target) != family(faced)):
                e = recoded(e, target=faced, why=dict(e.why, path=e.why.get("path", "") + " | countering"))
            out0.append(e)
        events = out0

        def open_(e: Event) -> bool:   # (and two states that stand down together: "Iran and Iraq halted eight years
            # of fighting" IRN→IRQ and IRQ→IRN)
            return ((e.event_type == "MOBILIZE" or (e.cameo or "").startswith("087")) and e.target is None
                    and not e.negated and e.source is not None and bool(e.source.country)
                    and e.source.code[:3] not in {"IGO", "NGO"})
        sides: dict[tuple, set[str]] = {}
        for e in events:
            if open_(e):
                sides.setdefault(tuple(e.why.get("trigger_span") or ()), set()).add(family(e.source))
        out = []
        for e in events:
            if not open_(e):
                out.append(e)
                continue
            pair = sides.get(tuple(e.why.get("trigger_span") or ()), set())
            if len(pair) == 2:
                other = next(k for k in pair if k != family(e.source))
                out.append(recoded(e, target=self.t_country(other), reciprocal=True,
                                   why=dict(e.why, path=e.why.get("path", "") + " | facing-each-other")))
                continue
            answered = self._answered_state(sent, e) if e.event_type == "MOBILIZE" else None
            out.append(e if answered is None else recoded(e, target=answered, why=dict(
                e.why, path=e.why.get("path", "") + " | answering")))
        return out

    def _act_verbs(self, sent: Span, e: Event) -> list[Token]:
        """The event's trigger word, and the verb it is the object of ("announced a partial mobilisation"), whose
        phrases may say whom the act faces; [] when the trigger is not found."""
        head = self._trigger_head(sent, e)
        if head is None:
            return []
        return [head] + ([head.head] if head.dep_ in OBJ and verb_like(head.head) else [])

    def _countered_state(self, sent: Span, e: Event) -> Actor | None:
        """The one other state named in the object of a purpose clause of countering on the act ("to counter an
        Iraqi build-up near Kuwait", "to deter Russia"), or on the verb the act is the object of. Unlike
        `_deployed_against`, it reads the object's adjective or possessive and may replace a target found before."""
        own = family(e.source)
        for v in self._act_verbs(sent, e):
            for c in self._kids(v):
                if c.dep_ not in {"xcomp", "advcl", "acl"} or c.lemma_.lower() not in COUNTERING_VERBS or not any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c)):
                    continue
                for o in self._kids(c):
                    if o.dep_ not in {"dobj", "obj"}:
                        continue
                    found = {a.country for x in (o, *(m for m in self._kids(o) if m.dep_ in {"amod", "poss", "compound"}
                                                      and m.i < o.i))
                             for a in self.actors_of(x, None)[0] if a.country and family(a) != own}
                    if len(found) == 1:
                        return self.t_country(found.pop())
        return None

    def _answered_state(self, sent: Span, e: Event) -> Actor | None:
        """The state whose act an "amid", "after", "following" or "in response to" phrase on the act (or on the verb
        it is the object of: "announced a partial mobilisation amid …") names by its adjective or possessive."""
        own = family(e.source)
        for v in self._act_verbs(sent, e):
            for p in self._kids(v):
                if p.dep_ != "prep" or p.lower_ not in {"amid", "after", "following", "in"}:
                    continue
                objs = [g for g in self._kids(p) if g.dep_ == "pobj"]
                if p.lower_ == "in":   # ("in response to Russia's moves")
                    objs = [x for g in objs if g.lemma_.lower() in {"response", "reaction", "retaliation"}
                            for q in self._kids(g) if q.dep_ == "prep" and q.lower_ == "to"
                            for x in self._kids(q) if x.dep_ == "pobj"]
                for o in objs:
                    if o.ent_type_ in {"DATE", "TIME", "EVENT"}:
                        continue   # ("after the Korean War", "after Sunday's vote": a time)
                    for c in self._kids(o):
                        if c.dep_ in {"amod", "poss", "compound"} and c.i < o.i:
                            acts = [a for a in self.actors_of(c, None)[0] if a.country and family(a) != own]
                            if len(acts) == 1:
                                return self.t_country(acts[0].country)
        return None

    def _sole_other_party(self, sent: Span, events: list[Event]) -> list[Event]:
        """An act aimed at no one named, in a sentence that names one party besides the doer's side (a state, a body
        of one, an international body), is aimed at that party: "Turkey halted all exports to and imports from
        Israel" TUR→ISR, "Cuba has agreed to send 1,000 doctors to work in Venezuela's poorest neighbourhoods"
        CUB→VEN, "Iran has pardoned British businessman Roger Cooper" IRN→GBR. A place the act happens in counts
        as its state's only for acts of force and aid (`PLACED_TYPES`; "talks in Nairobi" are not held with Kenya);
        the dateline and the news media name no party."""
        out, parties = [], None
        together: dict[tuple, set[str]] = {}   # the sides of each trigger: "backed by Britain and West Germany"
        for e in events:
            if e.source is not None:
                together.setdefault(tuple(e.why.get("trigger_span") or ()), set()).add(family(e.source))
        for e in events:
            src = e.source
            if (e.target is not None or not e.event_type or e.event_type in {"CONSULT"} or e.reciprocal
                    or src is None or not (src.country or src.code[:3] == "IGO") or src.sector == "BUS"
                    or (e.cameo == "0831" and e.event_type == "RETREAT")):   # (a resignation is its own state's
                # business: "Hatoyama resigned, brought down by a row over a U.S. Marine base")
                out.append(e)
                continue
            if parties is None:
                parties = self._parties_named(sent)
            if self._joint_subjects(self._trigger_token(sent, e)):
                out.append(e)   # ("the government and communist rebels have agreed": the pair's own business)
                continue
            # The party must be named in the act's own phrase ("halted all exports to and imports from Israel"; not
            # "welcomed the rise in the yen", "… needed more than planned, seeking to salvage his policy from the
            # Iran arms scandal"), save the one who tells of a hostile act ("Indian officials said Pakistan had moved
            # two armoured divisions close to the border"; not "…, Norwegian mediators said") and the place of an
            # act of force ("a NATO air strike killed 80 civilians in a village of Kandahar province").
            head = self._trigger_head(sent, e)
            # (the victim of a force a statement is about is no party to the statement: "France condemned the attack
            # on the Israeli embassy" accuses the attack's unnamed author, not Israel)
            inside = ({t.i for t in head.subtree} - self._force_spoken_of(sent, e)) if head is not None else set()
            if head is not None and home_concession(e):
                # (a state easing its own bans names the other party in what it eases, "repealed a law banning contacts
                # with the PLO", not in why or when: "…, meeting one of the key conditions set by the European Union")
                inside &= {t.i for c in self._kids(head) if c.dep_ in OBJ | {"nsubjpass", "xcomp", "ccomp"} or (
                    c.dep_ == "prep" and c.lower_ in {"on", "against", "for", "with", "to", "of"}) for t in c.subtree}
            own = together.get(tuple(e.why.get("trigger_span") or ()), set()) | {family(src)}
            # (a withdrawal announced is placed as one carried out: "will close its bases in Georgia and withdraw
            # the troops")
            # (aid pledged for a place goes there: "pledged $100 million toward rebuilding roads in southern Lebanon";
            # not to where the pledge is made: "at an international donors' conference in Stockholm")
            pledge = (e.cameo or "").startswith("033")
            placed = e.event_type in PLACED_TYPES or (e.cameo or "").startswith("087") or pledge
            others = [a for k, (a, place, speaker, at) in parties.items() if k not in own
                      and (at & inside or (speaker and e.quad_class in {3, 4} and a.country and a.code[:3] != "IGO"
                                           # (two sides acting together act between them: "Israeli and Syrian
                                           # negotiators failed to agree …, a U.S. spokesman said")
                                           and len(own) < 2)
                           or (place and placed))
                      and not (place and pledge and any(self._venue_of_talks(self.doc[i]) for i in at))
                      and not (place and not placed and not self._place_of_object(head, at & inside))]
            where = e.location.get("country")
            if (placed and not pledge and where and state_key(where) not in own
                    and head is not None and not self._dateline_only(head, e.location)):
                others.append(self.t_country(where))   # (the place the sentence puts an act of force in)
            others = list({family(a): a for a in others}.values())
            if len(others) != 1:
                out.append(e)
                continue
            out.append(recoded(e, target=others[0], why=dict(e.why, path=e.why.get("path", "") + " | sole-other")))
        return out

    def _states_besides(self, sent: Span, tok: Token, own: set[str]) -> set[str]:
        """The states other than `own` the sentence names by name, adjective or capital around the act at `tok`: not
        one that only tells of it ("…, according to Iranian officials", "journalists taken to the town by Iran
        reported"), nor one named in the time clause of another act ("…, a day after Iranian troops and Kurdish
        guerrillas captured it")."""
        aside = {x.i for t in sent if (t.lower_ == "according" and t.dep_ == "prep") or (
            t.dep_ in SUBJ and self.lex.is_("speech", t.head.lemma_.lower())) for x in t.subtree}
        for t in sent:
            if t.lower_ in {"after", "before", "since", "until"}:
                clause = {y.i for y in (t.head if t.dep_ == "mark" else t).subtree}
                if tok.i not in clause:
                    aside |= clause
        return {state_key(e.country) for m in self.mentions_by_sent.get(sent.start, ())
                if m.start not in aside for e in m.entries if e.kind == "country" and e.country} - own

    def _talks_held_in(self, tok: Token, place: str) -> bool:
        """Is `place` only where talks the act is about are held ("threatened to walk out of the peace talks in
        Havana", "pulled out of the talks in Addis Ababa")? The host of talks is no party to them."""
        return any(self._venue_of_talks(g) and self._country_then(self._gazetteer_country(g)) == place
                   for g in tok.subtree)

    def _place_of_object(self, head: Token | None, at: set[int]) -> bool:
        """Is a place named as where the act's object is, not where the act is ("welcomed the transfer of power in
        Indonesia", "welcomed the elections in Iraq"; not "held talks in Nairobi")? Such a place's state is what
        the act is about."""
        if head is None or not at or not verb_like(head):
            return False
        for i in at:
            tok = self.doc[i]
            if not (tok.dep_ == "pobj" and tok.head.lower_ in {"in", "inside"}):
                return False
            owner = tok.head.head
            if owner.i == head.i or not noun_like(owner) or not (owner.dep_ in OBJ and owner.head.i == head.i):
                return False
            if self.match(owner) is None and not self.lex.is_("hostile", owner.lemma_.lower()) \
                    and not self.lex.is_("placed_event", owner.lemma_.lower()):
                return False
            if owner.lemma_.lower() in PACT_NOUNS:
                return False   # ("signed a peace agreement in Paris": where it was signed, a venue)
        return True

    def _force_spoken_of(self, sent: Span, e: Event) -> set[int]:
        """The words of the attacks a statement, praise or accusation names as nouns ("condemned the attack on the
        Israeli embassy", "condemned the shooting"): those acts' parties are not the statement's."""
        head = self._trigger_head(sent, e)
        if e.quad_class not in {1, 3} or head is None:
            return set()
        out: set[int] = set()
        for t in head.subtree:
            m = self.match(t) if t.i != head.i else None
            if (t.i != head.i and m is not None and noun_like(t) and not verb_like(t)
                    and lookup(m.cameo).plover_type == "ASSAULT"
                    and not (t.head.lower_ == "of" and t.head.head.lemma_.lower() == "state")   # ("a state of war")
                    and not self._in_own_clause(t, head, adverbial=True)):
                out |= {x.i for x in t.subtree}
        return out

    def _joint_subjects(self, tok: Token | None) -> bool:
        """Does the act have subjects named together ("Japan and its finance ministry agreed")?"""
        return tok is not None and any(c.dep_ in SUBJ and any(g.dep_ == "conj" for g in self._kids(c))
                                       for c in self._kids(tok))

    def _parties_named(self, sent: Span) -> dict[str, tuple[Actor, bool, bool, set[int]]]:
        """The parties a sentence names past its dateline, by side (family): the actor, whether it is named only
        as a place (the object of "in", "at", "near" …, or a place the gazetteer knows), whether only as the
        one who tells ("Norwegian mediators said"), and the words that name it."""
        if sent.start in self._parties:   # (read by three passes of one sentence: found once)
            return self._parties[sent.start]
        start = dateline_end(self.doc.text) if sent.start_char == 0 else 0
        found: dict[str, tuple[Actor, bool, bool, set[int]]] = self._parties.setdefault(sent.start, {})
        for m in self.mentions_by_sent.get(sent.start, ()):
            tok = self.doc[m.end - 1]
            if tok.idx < start or any(e.kind == "media" or e.state_media for e in m.entries):
                continue
            place = tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS
            head = tok
            while head.dep_ in {"amod", "compound", "poss", "nmod", "case"} and head.head.i != head.i:
                head = head.head
            speaker = (head.dep_ in SUBJ and head.head.lemma_.lower() in SPEAKING_VERBS) or (
                head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.lemma_.lower() in SPEAKING_VERBS)
            for a in self.actors_of(tok, None)[0]:
                if not (a.country or a.code[:3] == "IGO") or a.sector == "MED":
                    continue
                k = family(a)
                at = set(range(m.start, m.end))
                if k not in found:
                    found[k] = (a, place, speaker, at)
                else:
                    b, was_place, was_speaker, was_at = found[k]
                    if (was_place or was_speaker) and not (place or speaker):
                        b, was_place, was_speaker = a, False, False
                    found[k] = (b, was_place, was_speaker, was_at | at)
        return found

    def _trigger_head(self, sent: Span, e: Event) -> Token | None:
        """The word of an event's trigger the rest hangs on ("strike" of "air strike", "cut" of "cut off")."""
        span = e.why.get("trigger_span") or ()
        if len(span) != 2:
            return None
        words = [t for t in sent if span[0] <= t.idx < span[1]]
        inside = {t.i for t in words}
        return next((t for t in words if t.head.i not in inside or t.head.i == t.i), None)

    def _at_home(self, sent: Span, events: list[Event]) -> list[Event]:
        """An act of a state's actor aimed at no one named, in a sentence that names no other state, no
        international body and no place abroad, is an act at home: its target is its own country ("Kenya's president
        withdrew the finance bill" KENGOV→KEN, "Zimbabwe deployed riot police across Harare" ZWE→ZWE), as
        ICEWS and the PLOVER gold records code domestic events. (Dyadic analysis leaves such pairs out.)"""
        out = []
        abroad_words = any(t.lower_ in ABROAD_WORDS and not (t.lower_ == "foreign" and t.head.lemma_.lower() in HOME_OFFICES)
                           for t in sent)
        for e in events:
            src = e.source
            if (e.target is not None or not e.event_type or e.event_type in AWAY_TYPES or e.reciprocal or idle_event(e)
                    or e.cameo.startswith("176")   # (a cyber attack on a network no table names: not on the hacker's own)
                    or e.why.get("rule", "").endswith("+deployed")   # (forces that arrive somewhere arrive away)
                    or src is None or not src.country or src.sector == "BUS" or src.code[:3] in {"IGO", "NGO"}
                    or self._country_then(e.location.get("country")) not in {None, src.country}   # (Prague in 1968: CSK)
                    or (abroad_words and e.event_type != "CONCEDE")   # (a concession with no one named is made at
                    # home even under foreign pressure: "gave in to donor pressure and legalised opposition parties")
                    or (self._names_another_party(sent, src.country) and not home_concession(e))):
                out.append(e)
                continue
            tok = self._trigger_token(sent, e)
            if self._joint_subjects(tok):
                out.append(e)   # (subjects named together, as one side: "Japan and its finance ministry agreed")
                continue
            if self._force_spoken_of(sent, e):
                out.append(e)   # ("Iran condemned the attack": on an act of force by no one named, not on Iran)
                continue
            if tok is not None and self._names_an_unknown(tok):
                # "Russia banned Meta": a body no table knows is no one at home (a person is: "Putin pardoned
                # Mikhail Khodorkovsky", where no other state is named, is one of the state's own people)
                out.append(e)
                continue
            out.append(recoded(e, target=self.t_country(src.country), why=dict(
                e.why, path=e.why.get("path", "") + " | at-home")))
        return out

    def _names_another_party(self, sent: Span, country: str) -> bool:
        """Does the sentence, past its dateline, name a party other than `country` (a state, a body of one, an
        international body; `_parties_named`), a region or a place abroad? The dateline and the news media name no
        party: "NAIROBI (Reuters) - Ethiopia cut internet and telephone services in Tigray" is an act at home."""
        home = state_key(country)
        if any(k != home and not all(self._venue_of_talks(self.doc[i]) for i in at)
               for k, (a, place, speaker, at) in self._parties_named(sent).items()):
            return True   # (not the host of talks: "threatened to walk out of the peace talks in Havana")
        start = dateline_end(self.doc.text) if sent.start_char == 0 else 0
        for m in self.mentions_by_sent.get(sent.start, ()):
            if self.doc[m.start].idx < start:
                continue
            if any(e.kind == "region" for e in m.entries) and self.doc[m.end - 1].dep_ not in {"amod", "compound"}:
                return True   # ("increase aid to Africa"; not "to meet European standards")
            if any(e.state_media and e.country and state_key(e.country) != home for e in m.entries):
                return True   # ("…, quoted by the official Iraqi news agency": another state tells of it)
        return any(ent.label_ in {"GPE", "LOC"} and ent.start_char >= start and not self._venue_of_talks(ent.root)
                   and (c := self._gazetteer_country(ent.root)) is not None and state_key(c) != home
                   for ent in sent.ents)

    @staticmethod
    def _venue_of_talks(t: Token) -> bool:
        """Is this word the place talks are held in ("the peace talks in Havana", "an international donors' conference
        in Stockholm")?"""
        return (t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} and t.head.head.lemma_.lower() in MEETING_WORDS)

    def _names_an_unknown(self, tok: Token) -> bool:
        """Is what the act is done to (its object, or the object of a preposition on it) a name of a body or place no
        actor table knows? (A person's name no table knows is not asked about.)"""
        objs = [c for c in self._kids(tok) if c.dep_ in OBJ | {"nsubjpass"}]
        objs += [g for p in self._kids(tok) if p.dep_ == "prep" for g in self._kids(p) if g.dep_ == "pobj"]
        objs += [g for o in list(objs) for p in self._kids(o) if p.dep_ == "prep" and p.lower_ == "of"
                 for g in self._kids(p) if g.dep_ == "pobj"]
        return any(o.ent_type_ in {"ORG", "NORP", "GPE", "FAC"} and o.pos_ == "PROPN"
                   and self.resolver.mention_at(o.i) is None for o in objs)

    @staticmethod
    def _trigger_token(sent: Span, e: Event) -> Token | None:
        """The word of the sentence an event's trigger span starts at."""
        start = (e.why.get("trigger_span") or [None])[0]
        return next((t for t in sent if t.idx == start), None)

    def _handed_to(self, tok: Token, e: Event) -> Actor | None:
        """A statement handed over is aimed at whom it is handed to: "South Korea's formal protest … was handed to
        Tokyo's ambassador", "Bangladesh's request for the extradition of … was delivered to India's foreign
        ministry" (not at whom the statement is about)."""
        if not (e.quad_class in {1, 3} and e.why.get("rule") == "noun" and tok.dep_ == "nsubjpass"
                and tok.head.lemma_.lower() in TRANSMIT_VERBS):
            return None
        return self._party_in_phrase([tok.head], "to", e, deps=frozenset({"prep", "dative"}))

    def _aid_operations_halted(self, tok: Token, e: Event) -> bool:
        """Are the operations a de-escalation verb halts relief operations, told by their words ("food aid
        operations", "humanitarian operations") or by their relief agency doer (the WFP, the UNHCR, an NGO)?"""
        if not (e.cameo == "087" and verb_like(tok) and e.source is not None):
            return False
        ops = [o for o in self._kids(tok) if o.dep_ in {"dobj", "nsubjpass"} and o.lemma_.lower() == "operation"]
        if not ops:
            return False
        relief = any(c.lemma_.lower() in {"aid", "relief", "humanitarian", "food", "feeding", "assistance"}
                     for o in ops for c in o.subtree if c.i != o.i)
        return relief or e.source.code.startswith(("IGOUNOWFP", "IGOUNOREF", "NGO"))

    def _arms_to_the_border(self, tok: Token, e: Event) -> bool:
        """Are the arms of a military-aid event sent to a border or frontier ("sent tanks to the Syrian border")?"""
        if not ((e.cameo or "").startswith("072") and verb_like(tok) and e.source is not None):
            return False
        return any(p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "toward", "towards", "along"}
                   and any(g.dep_ == "pobj" and g.lemma_.lower() in {"border", "frontier", "boundary"}
                           for g in self._kids(p))
                   for h in [tok, *(o for o in self._kids(tok) if o.dep_ == "dobj")] for p in self._kids(h))

    def _mission_host(self, tok: Token, e: Event) -> Actor | None:
        """Troops sent or promised to a body's force or mission that a phrase places in a state go to that state:
        "France will send up to 2,000 troops to join the United Nations peacekeeping force in southern Lebanon"
        FRA→LBN, "to the African Union mission in Sudan's Darfur region" →SDN (not to the body)."""
        span = e.why.get("target_span") or [None, None]
        in_force = lambda x: span[0] is not None and x.left_edge.idx <= span[0] and span[1] <= x.right_edge.idx + len(
            x.right_edge.text)
        if not (e.source is not None and (e.event_type in {"AGREE", "AID", "MOBILIZE"} or e.cameo == "1661")):
            return None
        # (a state that leads the force is not where it goes: "to join the Australian-led intervention force being
        # assembled to restore order in the Solomon Islands")
        if not (e.target is None or e.target.code.startswith("IGO") or any(
                x.lemma_.lower() in {"force", "mission"} and noun_like(x) and in_force(x) and self._keeps_peace(x)
                for x in tok.subtree)):
            return None
        if any(x.lemma_.lower() in PAYING_WORDS for x in tok.subtree) or any(
                c.dep_ in {"dative", "dobj"} and any(a.code.startswith("IGO") for a in self.actors_of(c, None)[0])
                for c in self._kids(tok)):
            return None   # (money for the force goes to the body: "pledged 50 million euros to help pay for the African
            # Union peacekeeping force in Somalia"; so do troops offered to it by name: "offered the United Nations
            # an infantry battalion for its peacekeeping force in Sierra Leone")
        for x in tok.subtree:
            if x.lemma_.lower() not in {"force", "mission", "operation", "contingent"} or not noun_like(x):
                continue
            # (the place may hang on the verb the force is the object of: "to lead a United Nations stabilization
            # force in Haiti")
            held = [x.head] if x.dep_ in {"dobj", "obj"} and verb_like(x.head) and x.head.i != tok.i else []
            # (or on what the force is assembled to do: "force being assembled to restore order in the Solomon
            # Islands")
            held += [g for a in self._kids(x) if a.dep_ in {"acl", "relcl"} and self._keeps_peace(x) for g in [a, *self._kids(a)]
                     if verb_like(g) and g.dep_ in {"acl", "relcl", "xcomp", "advcl"}]
            for p in [*self._kids(x), *(q for h in held for q in self._kids(h))]:
                if p.dep_ == "prep" and p.lower_ in {"in", "to"}:
                    for g in self._kids(p):
                        if g.dep_ != "pobj":
                            continue
                        acts = [a for a in self.actors_of(g, None)[0] if a.country and not a.sector
                                and family(a) != family(e.source)]
                        place = acts[0].country if acts else self._gazetteer_country(g) if (
                            g.ent_type_ in {"GPE", "LOC"}) else None
                        if not place:
                            # ("in Sudan's Darfur region": the region's owner)
                            place = next((a.country for c in self._kids(g) if c.dep_ == "poss"
                                          for a in self.actors_of(c, None)[0] if a.country), None)
                        if place and place != family(e.source):
                            return self.t_country(place)
        return None

    def _objection_dropped(self, tok: Token, e: Event) -> Actor | None:
        """An objection dropped gives way to the party it was against: "Georgia dropped its objections to Russia
        joining the World Trade Organisation" GEO→RUS, "Turkey dropped its objection on Saturday to Danish Prime
        Minister Anders Fogh Rasmussen becoming NATO's next secretary-general" (not to the body joined)."""
        if not (e.event_type == "CONCEDE" and e.target is None and e.source is not None and verb_like(tok)):
            return None
        objs = [o for o in self._kids(tok) if o.dep_ in {"dobj", "nsubjpass"}
                and o.lemma_.lower() in {"objection", "opposition", "veto", "reservation", "resistance"}]
        if not objs:
            return None
        own = {family(e.source)}
        for h in [*objs, tok]:
            for p in self._kids(h):
                if p.dep_ != "prep" or p.lower_ != "to":
                    continue
                for g in self._kids(p):
                    heads = [g] if g.dep_ == "pobj" else [x for x in self._kids(g) if x.dep_ in SUBJ] \
                        if g.dep_ == "pcomp" else []
                    acts = [a for x in heads for a in self.actors_of(x, None)[0]
                            if (a.country or a.code[:3] == "IGO") and names_who(a) and family(a) not in own]
                    if acts:
                        return acts[0]
        return None

    def _rallied_behind(self, tok: Token, e: Event) -> Actor | None:
        """Others rallied behind a party are rallied on its behalf (CAMEO 053), aimed at that party, not at those
        rallied: "Venezuela's Chavez rallied Latin American leaders behind Argentina's claim to the Falklands"
        VEN→ARG; others rallied against a party are turned against it (113): "Algeria was rallying African states
        against Rabat's bid" DZA→MAR. None when no one is rallied ("the parties rallied behind the president" stays
        051)."""
        if not (e.cameo in {"051", "113", "141"} and verb_like(tok) and tok.lemma_.lower() == "rally"):
            return None
        rallied = [o for o in self._kids(tok) if o.dep_ == "dobj" and o.lemma_.lower() not in {
            "support", "backing", "opposition", "resistance"}]
        if not rallied:
            return None
        return self._party_in_phrase([tok, *rallied], "behind" if e.cameo == "051" else "against", e,
                                     bodies=frozenset({"IGO", "IMG"}))

    def _drafted_by(self, noun: Token) -> Actor | None:
        """The state a hyphened modifier names as the author of a text or plan: "a U.S.-drafted resolution", "a
        British-sponsored motion", "the Egyptian-brokered truce" (one word to the tokenizer)."""
        for c in self._kids(noun):
            if c.dep_ not in {"amod", "compound"} or "-" not in c.text:
                continue
            head, _, verb = c.text.rpartition("-")
            if verb.lower() not in {"drafted", "sponsored", "backed", "proposed", "brokered", "authored", "written",
                                    "penned", "tabled", "led"}:
                continue
            for e in self.resolver.t.entries.get(head, ()):
                if e.kind == "country" and e.valid_at(self.published):
                    return self.t_country(e.country)
        return None

    def _inquiry_doers(self, tok: Token, source: Side, speaker: str | None) -> Side | None:
        """Who an inquiry into an act looks into: the doer the act's "by" phrase names. "An investigation by UN war
        crimes prosecutors into killings of Serb civilians by Croatian troops" IGO→HRV; forces named by role are the
        investigating state's own: "Israel's military launched an investigation into the shooting of a Palestinian
        teenager by soldiers" ISRMIL→ISR (not the victim's state)."""
        inquiry = tok if noun_like(tok) else next((c for c in self._kids(tok) if c.dep_ in OBJ and noun_like(c)), None)
        acts_looked = [c for c in self._kids(tok) if c.dep_ in OBJ and self.match(c) is not None] if verb_like(tok) else []
        for h in {x.i: x for x in [tok, *([inquiry] if inquiry is not None else [])]}.values():
            acts_looked += [g for p in self._kids(h) if p.dep_ == "prep" and p.lower_ in {"into", "of"}
                            for g in self._kids(p) if g.dep_ == "pobj" and self.match(g) is not None]
        src = {family(a) for a in source.actors}
        own = [a for a in source.actors if a.country and a.code[:3] not in {"IGO", "NGO"}]
        for act in acts_looked:
            for b in self._kids(act):
                if not (b.dep_ in {"prep", "agent"} and b.lower_ == "by"):
                    continue
                for x in self._kids(b):
                    if x.dep_ != "pobj":
                        continue
                    acts = self.actors_of(x, speaker)[0]
                    named = [a for a in acts if a.country and family(a) not in src]
                    if named:
                        return Side(named, f"inquiry-into({act.lemma_})>by", [x], False)
                    if own and acts and all(not a.country and a.sector in STATE_SECTORS for a in acts):
                        return Side([self.t_country(own[0].country)], f"inquiry-into({act.lemma_})>own-forces", [x],
                                    False)
        return None

    def _surrendered_to(self, tok: Token, e: Event) -> Actor | None:
        """One handed over is handed to the court or state a "to" phrase names, not aimed at himself: "Germany's
        transfer of a former camp commander to the Hague tribunal" DEU→IGO."""
        if not (e.cameo or "").startswith("063"):
            return None
        if not (e.why.get("rule") == "noun" and noun_like(tok)):
            # "Islamabad had handed over 14 Al Qaeda suspects to the United States": a verb's object is the one
            # handed over, not whom he is handed to
            path = (e.why.get("path") or "").split(" | ")
            if not (verb_like(tok) and len(path) > 1 and path[1] in {f"dobj({tok.lemma_})", f"nsubjpass({tok.lemma_})"}):
                return None
        held = [g for p in self._kids(tok) if p.dep_ == "prep" and p.lower_ == "of" for g in self._kids(p) if g.dep_ == "pobj"]
        held += [o for o in self._kids(tok) if o.dep_ in {"dobj", "nsubjpass"}] if verb_like(tok) else []
        return self._party_in_phrase([tok, *held], "to", e)

    def _party_in_phrase(self, heads: list[Token], prep: str, e: Event, deps: frozenset[str] = frozenset({"prep"}),
                         bodies: frozenset[str] = frozenset({"IGO"})) -> Actor | None:
        """The first state or body (of the code prefixes `bodies`) a `prep` phrase on one of `heads` names (parsed as
        one of `deps`), other than the event's source."""
        own = {family(e.source)} if e.source is not None else set()
        for h in heads:
            for p in self._kids(h):
                if p.dep_ in deps and p.lower_ == prep:
                    acts = [a for g in self._kids(p) if g.dep_ == "pobj" for a in self.actors_of(g, None)[0]
                            if (a.country or a.code[:3] in bodies) and family(a) not in own]
                    if acts:
                        return acts[0]
        return None

    def _extradition_from(self, tok: Token, e: Event) -> Actor | None:
        """An extradition is asked of the state that holds the one wanted, named in a "from" phrase: "Spain requested
        the extradition of former Chilean dictator Augusto Pinochet from Britain" ESP→GBR (not Chile, his state)."""
        if e.cameo != "0213":
            return None
        heads = [tok, *(c for c in self._kids(tok) if c.dep_ in OBJ and c.lemma_.lower() in {"extradition", "handover"})]
        return self._party_in_phrase(heads, "from", e)

    def _deployed_against(self, tok: Token, e: Event) -> Actor | None:
        """A deployment aimed at no one is aimed at whom its purpose names: "sent troop reinforcements to the area to
        face Cameroonian forces" (NGA->CMR), "deployed warships to deter Chinese vessels"."""
        if not (e.event_type == "MOBILIZE" and e.target is None and e.source is not None):
            return None
        for c in self._kids(tok):
            if (c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in FACING_VERBS
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(c))):
                for g in self._kids(c):
                    if g.dep_ in {"dobj", "obj"}:
                        acts = [a for a in self.actors_of(g, None, exclude={family(e.source)})[0]
                                if a.country and family(a) != family(e.source)]
                        if acts:
                            return acts[0]
        return None

    def _meeting_as_setting(self, tok: Token, e: Event) -> bool:
        """A meeting named only as the setting of what the sentence tells, with no one it is held with: "on the
        sidelines of an ASEAN meeting", "at an IMF meeting in Washington", "ahead of its meeting on 12 January"
        ("during the talks", "after meetings with Bartholomew I" tell of a meeting held)."""
        if e.target is not None or not (e.cameo or "").startswith("04") or e.why.get("rule") != "noun":
            return False
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in self._kids(tok)):
            return False  # ("after talks with its advisory committee": a meeting held, with whom it was held)
        if prep.lower_ == "at":   # "at an IMF meeting in Washington": the venue of what is said or done there
            return True
        if prep.lower_ == "of":   # "on the sidelines of", "on the eve of", "ahead of"
            return prep.head.lower_ in {"sidelines", "margins", "eve", "ahead", "side", "run-up"}
        return False

    def _awaited(self, tok: Token, e: Event) -> bool:
        """An act named as what is still to come, by a noun no one is said to have done: "sent 4,000 more Marines
        to Helmand ahead of a summer offensive against the Taliban", "in preparation for an offensive", "on the eve
        of the talks" (the act the sentence tells is coded; the one awaited has not happened)."""
        if e.why.get("rule") != "noun" or tok.dep_ != "pobj" or (e.source is not None and not any(
                c.dep_ in {"amod", "acl"} and c.lemma_.lower() in {"plan", "planned", "expect", "expected", "schedule",
                                                                   "scheduled", "call", "announce", "threaten"}
                for c in self._kids(tok))):
            return False   # (but "ahead of a mass rally by protesters planned for Sunday" is still to come)
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lower_ in {"ahead", "eve", "run-up"}:
            return True
        if prep.lower_ == "to" and prep.head.lower_ in {"run-up", "prelude"}:
            return True
        return prep.lower_ == "for" and prep.head.lemma_.lower() in {"preparation", "readiness", "rehearsal"}

    def _case_defendant(self, tok: Token, e: Event) -> Actor | None:
        """A case filed at a court is aimed at the one it is against, not at the court: "Nicaragua filed a case at
        the International Court of Justice against Colombia", "Gambia filed a case at the ICJ accusing Myanmar of
        genocide" (NIC->COL, GMB->MMR 115)."""
        if not (e.target is not None and e.cameo == "115"
                and (e.target.sector == "JUD" or "JUD" in (e.target.code or "")[3:])):
            return None
        own = {family(e.source)} if e.source is not None else set()
        # "… accusing Myanmar of genocide": whom the filing's participle accuses
        pobjs = [g for c in self._kids(tok) if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG"
                 and self.lex.is_("accuse_verb", c.lemma_.lower())
                 for g in self._kids(c) if g.dep_ in {"dobj", "obj"}]
        # "against Colombia", on the verb, its case or the court (not "genocide against its minority")
        holders = [tok, *(c for c in self._kids(tok) if c.dep_ in OBJ),
                   *(g for c in self._kids(tok) if c.dep_ == "prep" for g in self._kids(c) if g.dep_ == "pobj")]
        pobjs += [g for h in holders for x in self._kids(h) if x.dep_ == "prep" and x.lower_ == "against"
                  for g in self._kids(x) if g.dep_ == "pobj"]
        for g in pobjs:
            acts = [a for a in self.actors_of(g, None, exclude=own)[0] if family(a) not in own and names_who(a)]
            if acts:
                return acts[0]
        return None

    def _verbs_to_come(self, sent: Span, lemma: str):
        """The verbs of `lemma` a sentence tells as to come ("will pay", "would be met"), with their children."""
        for v in sent:
            if v.lemma_.lower() == lemma and verb_like(v):
                kids = list(self._kids(v))
                if any(c.dep_ == "aux" and self.lex.is_("future", c.lower_) for c in kids):
                    yield v, kids

    def _pay_a_price(self, sent: Span, threatened: bool, attribution, timerefs) -> list[Event]:
        """"Turkey's president said Greece would pay a heavy price if it continued …", "Iran will pay dearly": a
        speaker foretelling another's punishment threatens it (130)."""
        if threatened:
            return []
        out = []
        for v, kids in self._verbs_to_come(sent, "pay"):
            if self._negated(v):
                continue
            if not (any(c.dep_ in OBJ and c.lemma_.lower() == "price" for c in kids)
                    or any(c.dep_ == "advmod" and c.lower_ in {"dearly", "heavily"} for c in kids)):
                continue
            speech = self._speech_ancestor(v)
            subj = next((c for c in kids if c.dep_ in SUBJ), None)
            speaker = self._direct_agent(speech, None) if speech is not None and verb_like(speech) else None
            if subj is None or speaker is None or not any(a.country for a in speaker.actors):
                continue
            own = {family(a) for a in speaker.actors}
            acts = [a for a in self.actors_of(subj, None, exclude=own)[0]
                    if (a.country or a.code[:3] == "IGO") and family(a) not in own]
            if not acts:
                continue
            why = {"rule": "pay-a-price", "trigger_lemma": "pay price", "path": f"speaker | nsubj({v.lemma_})",
                   "source_span": self._span(speaker), "target_span": None}
            out += [self._clause_event(sent, v, f"{v.text} price", "130", speaker.actors[0], b, timerefs,
                                       negated=self._negated(speech), modality="intended", attribution=attribution,
                                       why=why) for b in acts[:2]]
        return out

    def _met_with_response(self, sent: Span, threatened: bool, attribution, timerefs) -> list[Event]:
        """"Any Israeli attack on Iran will be met with a crushing response, the Iranian defence minister said", "any
        Indian incursion would be met with a befitting response": a response promised to another's act is the
        speaker's threat to the act's author (130; 138 with force named). Said of what happened ("the protests were met
        with tear gas") it is no threat: the act that met them is coded on its own."""
        if threatened:
            return []
        out = []
        for v, kids in self._verbs_to_come(sent, "meet"):
            if not any(c.dep_ == "auxpass" for c in kids):
                continue
            answer = [g for c in kids if c.dep_ == "prep" and c.lower_ == "with" for g in self._kids(c)
                      if g.dep_ == "pobj" and g.lemma_.lower() in RESPONSE_OBJECTS | {"reply", "reaction", "answer"}]
            subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
            if not answer or subj is None or self._negated(v):
                continue
            speech = self._speech_ancestor(v)
            source = self._direct_agent(speech, None) if speech is not None and verb_like(speech) else None
            if source is None or not any(a.country for a in source.actors):
                continue
            own = {family(a) for a in source.actors}
            # whose act is answered: the state its modifiers name ("Israeli attack", "India's incursion")
            target = None
            for c in self._kids(subj):
                if c.dep_ in {"amod", "compound", "poss"} or (c.dep_ == "prep" and c.lower_ in {"by", "of"}):
                    for g in ([c] if c.dep_ != "prep" else [x for x in self._kids(c) if x.dep_ == "pobj"]):
                        acts = [a for a in self.actors_of(g, None, exclude=own)[0]
                                if (a.country or a.code[:3] == "IGO") and family(a) not in own]
                        if acts:
                            target = Side(acts, f"mod({subj.lemma_})", [g], False)
                            break
                if target is not None:
                    break
            if target is None:
                continue
            force = any({x.lemma_.lower(), x.lower_} & (FORCE_WORDS | {"crushing", "devastating", "decisive"})
                        for a in answer for x in a.subtree)
            why = {"rule": "met-with-response", "trigger_lemma": "meet with",
                   "path": f"speaker | {target.rule}", "source_span": self._span(source),
                   "target_span": self._span(target)}
            out += [self._clause_event(sent, v, f"{v.text} with {answer[0].text}", "138" if force else "130", a, b,
                                       timerefs, negated=self._negated(speech), modality="intended",
                                       attribution=attribution, why=why)
                    for a in source.actors[:1] for b in target.actors[:2]]
        return out

    def _has_addressee(self, tok: Token) -> bool:
        """'urged Iran to', 'called on Iran to', 'wants Germany to': a request names whom it asks. A wish ("want",
        "wish") asks someone only when an actor or a person is named ("wants Germany to pay"), not a thing ("Britons
        who want a taste of France", "I want it to happen", "59% wanted more technology")."""
        wish = tok.lemma_.lower() in {"want", "wish"}

        def someone(t: Token) -> bool:
            return not wish or any(self.resolver.mention_at(x.i) is not None for x in [t, *(
                g for g in self._kids(t) if g.dep_ in {"compound", "poss", "amod", "nmod", "appos", "conj"})]) or (
                t.pos_ == "PRON" and t.lower_ in {"him", "her", "them", "us", "me", "you", "he", "she", "they", "we"})

        for c in self._kids(tok):
            if c.dep_ in {"dobj", "dative", "iobj"} and someone(c):
                return True
            if c.dep_ == "prep" and c.lower_ in {"on", "upon"}:
                return True
            if c.dep_ in {"xcomp", "ccomp"} and any(g.dep_ in SUBJ and someone(g) for g in self._kids(c)):
                return True
        return False

    def _conditional(self, tok: Token) -> bool:
        verb = tok if verb_like(tok) else tok.head
        def iffy(c: Token) -> bool:
            # ("even if no settlement is reached": a concession, no condition)
            return c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"unless", "if"}
                                             and not (g.i > 0 and self.doc[g.i - 1].lower_ == "even")
                                             for g in self._kids(c))
        for t in (verb, verb.head, *verb.conjuncts):
            for c in self._kids(t):
                if iffy(c):
                    return True
        for x in verb.subtree:
            # "may revoke the licences of banks operating in London when they come up for renewal if progress is
            # not made": spaCy hangs the condition deep in the object's phrase; it still conditions the act
            if x.i > verb.i and iffy(x):
                cur, ok = x.head, True
                while cur.i != verb.i and ok:
                    ok = cur.dep_ in {"advcl", "acl", "prep", "pobj", "dobj", "conj"} and cur.head.i != cur.i
                    cur = cur.head
                if ok:
                    return True
        return False

    def _obliged(self, verb: Token) -> bool:
        """"needs to ease", "has to release": the verb is what its subject is obliged to do, not what it did
        ("had yet to find" and "has the right to" are no obligation)."""
        head = verb.head
        return (verb.dep_ == "xcomp" and head.i != verb.i and verb_like(head) and head.lemma_.lower() in NEED_HAVE
                and not any(c.lower_ == "yet" or c.dep_ in OBJ for c in self._kids(head)))

    def _told_side(self, tok: Token, teller: Side) -> Side:
        """The one a statement is told to ("told the United Nations that …", "said to Britain"), else no one."""
        speech = self._speech_ancestor(tok if verb_like(tok) else tok.head)
        own = {a.code for a in teller.actors}
        for c in (self._kids(speech) if speech is not None else ()):
            for g in ([c] if c.dep_ in {"dobj", "dative", "iobj"} else
                      [g for g in self._kids(c) if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "to" else []):
                acts = [a for a in self.actors_of(g, None)[0] if a.code not in own]
                if acts:
                    return Side(acts, "told", [g], False)
        return Side([], "none")

    def _demanded_by_speaker(self, tok: Token, source: Side) -> Side | None:
        """In "X said Y must withdraw", the event is X's demand on Y."""
        verb = tok if verb_like(tok) else (tok.head if verb_like(tok.head) else None)
        if verb is None:
            return None
        if not any(c.dep_ == "aux" and self.lex.is_("must", c.lower_) for c in self._kids(verb)):
            # "Britain said Iran has to release the sailors", "India needs to ease restrictions, the IMF said":
            # an obligation the speaker lays on the doer, as with "must"
            if not self._obliged(verb):
                return None
            verb = verb.head
        speech = self._speech_ancestor(verb)
        if speech is None:
            return None
        side = self._direct_agent(speech, None) if verb_like(speech) else self.source_of(speech)
        if not source.actors and verb_like(verb) and any(c.dep_ == "auxpass" for c in self._kids(verb)) \
                and side is not None and side.actors and lookup(getattr(self.match(tok), "cameo", "010")).quad_class in {2, 4}:
            # "Ramadan told the United Nations that sanctions against Iraq must be lifted": what must be done by no
            # one named is demanded of the one told (else of no one named)
            side.rule = f"must-passive<{side.rule}"
            return side
        if side is None or not side.actors or not source.actors:
            return None
        if {a.code for a in side.actors} & {a.code for a in source.actors}:
            return None
        if all(a.sector in STATE_SECTORS | {None} for a in side.actors) and all(
                a.sector in STATE_SECTORS | {None} and family(a) in {family(b) for b in side.actors}
                for a in source.actors):
            return None  # "Medvedev warned that Russia would have to use a nuclear weapon": a state's own necessity
        side.rule = f"must<{side.rule}"
        return side

    def _unknown_people(self, tokens: list[Token]) -> bool:
        """Is a side named by role qualified by a word for peoples of many states that no table resolves ("European
        leaders", "Arab and African governments", "world leaders")?"""
        for t in tokens:
            for c in self._kids(t):
                for x in [c, *(g for g in self._kids(c) if g.dep_ == "conj")] if c.dep_ in {"amod", "compound"} else []:
                    if (x.lower_ in PEOPLES_OF_NO_STATE and x.i < t.i and self.resolver.mention_at(x.i) is None):
                        return True
        return False

    def _fill_countries(self, side: Side, other: Side, tok: Token, sent: Span, info, is_target: bool = False) -> Side:
        """Give a country to actors named only by role ("demonstrators", "rebels"), or a target to a
        domestic event: the place the sentence names ("in Gaza"), else the other side's country."""
        place = self._place_country(tok)
        if place is None and verb_like(tok.head) and (tok.dep_ in {"advcl", "conj"} and tok.tag_ == "VBG" or (
                tok.dep_ in {"advcl", "xcomp"} and tok.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids(tok)))):
            # ("landed in southeastern Iran to help victims of the earthquake": the place of the purpose's clause)
            # "pounded targets across the Gaza Strip, killing more than 200 people": the clause it follows from
            place = self._place_country(tok.head)
        if side.actors:
            # "China said its navy would …": the owner a possessive pronoun names comes first
            owner = None
            # (or the owner of what the side is "of": "crippled the websites of its parliament, ministries and banks")
            held = [g for t in side.tokens if t.pos_ == "NOUN" for p in self._kids(t) if p.dep_ == "prep" and p.lower_ == "of"
                    for g in self._kids(p) if g.dep_ == "pobj"]
            for t in [*side.tokens, *held]:
                for c in self._kids(t):
                    if c.dep_ == "poss" and c.pos_ == "PRON" and owner is None:
                        owner = next((a.country for a in self.actors_of(c)[0] if a.country), None)
                    elif c.dep_ == "poss" and owner is None and c.pos_ == "NOUN" and other.actors:
                        # "Washington demanded that the country's military free her": a state described, other
                        # than the other side's
                        owner = next((a.country for a in self.actors_of(
                            c, exclude={family(b) for b in other.actors})[0] if a.country), None)
                    elif (c.dep_ == "poss" and owner is None and c.pos_ == "PROPN"
                          and self.resolver.mention_at(c.i) is None):
                        # "took control of Crimea's regional parliament", "Gaza's health ministry": a place's own
                        # body is of the place's state
                        owner = self._gazetteer_country(c)
            based = self._based_country(side.tokens) or self._home_place(side.tokens)
            # "between Sudan's military rulers and the opposition": a role word named beside a state's actor is
            # of that state
            beside = {a.country for a in side.actors if names_who(a) and a.country}
            beside = beside.pop() if len(beside) == 1 else None
            # "officials met in Geneva": a meeting's venue is often a third country, no one's home
            # (so is the place of talks agreed to, or of an accord signed: "agreed to hold talks with Darfur rebels in
            # Abuja", "signed a peace accord with Tuareg rebels in Algiers")
            # (and of talks refused: "Ethiopian rebel leaders refused to meet government negotiators in Nairobi")
            venue = None if info.code.startswith(("04", "036", "057", "125")) and info.code not in VISIT_CODES else place
            filled = []
            foreign = self._unknown_people(side.tokens)
            for a in side.actors:
                if not names_who(a) and a.sector in STATE_SECTORS and foreign:
                    # "European leaders urged Iran to halt enrichment": a people no table names (not a state's:
                    # "European", "Arab") says whose they are, and it is not the other side's or the story's
                    filled.append(a)
                    continue
                if not names_who(a) and a.sector:
                    # "rebels fighting the Sudanese government": insurgents are of the state they fight
                    fought = self._state_fought(side.tokens) if a.sector in {"REB", "INS", "SEP"} else None
                    # (one named beside a state's actor is of that state before any place it is in: "between
                    # Burundi's government and Hutu rebel leaders in the Tanzanian town of Arusha")
                    country = fought or owner or beside or based or self._definite_antecedent(side.tokens, a.sector) \
                        or self._insurgents_named_before(side.tokens, a.sector, other) or self._own_speaker(tok, a.sector) \
                        or venue
                    if country is None and not is_target and a.sector not in SOCIETY_SECTORS and not other.actors:
                        # "The Federal Government has called on Labor not to …" in a story about Australia: a state's
                        # body named by role, acting on no one named, is of the state the sentences before named
                        # last (none in a sentence coded alone)
                        country = next((r.country for r in self.recall(n=1, before=sent.start) if r.country), None)
                    if country is None and not is_target and a.sector not in SOCIETY_SECTORS and other.actors \
                            and all(b.sector not in SOCIETY_SECTORS for b in other.actors):
                        # "the foreign minister criticised the United States": a state's officer acting on
                        # another state is of the state the story was about (the latest other one named in
                        # the sentences before), not of the one it acts on
                        country = next((r.country for r in self.recall(
                            exclude={family(b) for b in other.actors}, n=3, before=sent.start) if r.country), None)
                    if country is None and not is_target and a.sector not in SOCIETY_SECTORS and other.actors \
                            and all(b.country and b.sector not in SOCIETY_SECTORS for b in other.actors):
                        # "TOKYO, June 1 - The Foreign Ministry protested to China", "BONN - The government
                        # rejected U.S. calls": a state's organ dealing with another state, in a story datelined in a
                        # country, is that country's, not the one it deals with
                        line = doc_dateline(self.doc)
                        home = line.get("country") if line else None
                        if home and home not in {family(b) for b in other.actors} | {b.country for b in other.actors}:
                            country = home
                    if country is None and not any(b.country for b in other.actors):
                        # "KABUL, May 2 - Police arrested five men": a role word in a story's lead that names no
                        # state, no place and no other side of a state is of the country the dateline names
                        country = self._dateline_country(tok)
                    if country is None and not any(b.country for b in other.actors):
                        # "LA PAZ - Police fired tear gas …, Bolivian Information Minister Herman Antelo said": a
                        # story datelined in a country, told by that country's own official, is of that country
                        # even when it names other states
                        # (an official of the state, not "a spokesman for Dutch metals company Billiton"; and no
                        # place of another country named: "sabotaged … at Paranam in Surinam")
                        line = doc_dateline(self.doc)
                        said = self._speaker_side(tok)
                        official = {a.country for a in (said.actors if said else ()) if a.sector in STATE_SECTORS}
                        home = line.get("country") if line else None
                        if (home and official == {home} and in_lead(self.doc, sent.start_char)
                                and not any(e.label_ in {"GPE", "LOC"} and self._gazetteer_country(e.root) not in {None, home}
                                            for e in sent.ents)):
                            country = home
                    if country is None and not any(b.country for b in other.actors):
                        # "Opposition leaders condemned the government's decision" at the top of a story on Nigeria:
                        # a role word that no sentence and no other side gives a country is of the story's country
                        country = self._story_country(sent)
                        if country and self._names_another_country(sent, country):
                            country = None   # ("… in Bolivia, with citizens complaining" in a story on Argentina)
                    if (country is None and not is_target and a.sector not in SOCIETY_SECTORS
                            and (info.code[:2] == "04" or info.code == "036") and other.actors
                            and all(b.country and b.sector not in SOCIETY_SECTORS for b in other.actors)):
                        # "The foreign minister held talks with North Korea, Seoul said", "met his North Korean
                        # counterpart": an officer in talks with a state is not of that state; the state that tells
                        # of it, or the story's, else none
                        country = self._speaking_state(tok) or self._story_country(sent)
                        if country is None or country in {b.country for b in other.actors}:
                            filled.append(a)
                            continue
                    if (country is None and is_target and a.sector in {"GOV", "MIL", "SPY", "JUD"} and other.actors
                            and info.quad_class == 3 and side.rule.startswith(("prep-", "dobj(")) and "prep-" in side.rule
                            and all(b.country and b.sector in {None, "GOV"} for b in other.actors)):
                        # "Two Japanese journalists were arrested by Myanmar's military intelligence, and Tokyo lodged a
                        # formal complaint with the junta": a state's organ a state addresses, named by role, is of the
                        # one other state the sentence names by name or adjective (not a capital: "at the NATO summit in
                        # Lisbon")
                        others = {state_key(e.country) for m in self.mentions_by_sent.get(sent.start, ())
                                  if not (self.doc[m.end - 1].dep_ == "pobj"
                                          and self.doc[m.end - 1].head.lower_ in {"in", "at", "near", "inside"})
                                  for e in m.entries if e.kind == "country" and e.country
                                  and getattr(e, "form", None) != "capital"} - {
                            state_key(b.country) for b in other.actors}
                        country = others.pop() if len(others) == 1 else None
                    if (country is None and is_target and info.quad_class == 4 and other.actors
                            and a.sector in STATE_SECTORS and self._place_country(tok) is None):
                        # "Latvia said hackers working for Russian intelligence had crippled government websites":
                        # organs of a state named by role that another state's side strikes, in no place named, are
                        # of the state that tells of it
                        teller = self._speaking_state(tok)
                        if teller and teller not in {b.country for b in other.actors} | {family(b) for b in other.actors}:
                            country = teller
                    if country is None and is_target and info.quad_class == 4 and a.sector == "CVL" and any(
                            b.country for b in other.actors):
                        # "an Israeli air strike on the village of Qana killed at least 28 civilians", with Lebanon
                        # named: people struck by another state's force are of the one other state the sentence
                        # names; with none, of the striker's own (troops that kill civilians at home, below); with
                        # several, of no state named
                        named = self._states_besides(sent, tok, {state_key(b.country) for b in other.actors if b.country})
                        if len(named) == 1:
                            country = self._country_then(named.pop())
                        elif named:
                            filled.append(a)
                            continue
                    if country is None and not (not is_target and any(
                            t.lemma_.lower() in SENT_ENVOYS for t in side.tokens)) and other.rule != "at-mission" \
                            and not any(t.lower_ in EMBASSY_WORDS for t in other.tokens):   # ("set the Danish embassy ablaze")
                        # (an envoy or mediator sent to a state is not that state's: "The envoy called on Syria's
                        # government to pull its troops out of towns"; nor are protesters at a state's embassy)
                        country = next((b.country for b in other.actors if b.country), None)
                    if country:
                        a = homed(a, country)
                filled.append(a)
            side.actors = filled
            return side
        if side is other:
            return side
        if is_target:   # an act at another state's embassy is aimed at that state; the embassy names no one's home
            place = self._place_country(tok, mission=True)
        if is_target and info.code[:3] == "054" and verb_like(tok):
            # "recognised Abkhazia and South Ossetia as independent states", "did not recognise the Donetsk and Luhansk
            # republics": the breakaway entities of a state, named as places, are its separatists (as the seed's
            # "separatist states in eastern Ukraine")
            named = [x for c in self._kids(tok) if c.dep_ in {"dobj", "nsubjpass"} for o in [c, *c.conjuncts]
                     for x in [o, *(q for q in self._kids(o) if q.dep_ in {"compound", "amod", "nmod"})]]
            split = next((c for x in named if self.resolver.mention_at(x.i) is None
                          for c in [self._country_then(self._gazetteer_country(x))] if c), None)
            if split and not any(a.country == split for a in other.actors):
                return Side([self.t_country(split, "SEP")], "place-separatists", [], False)
        if is_target and info.code[:2] == "07" and verb_like(tok):
            # "Rwanda sent 300 more peacekeepers to Darfur", "airlifted food to Tigray": aid goes to the state of the
            # place it is sent to
            dest = next((c for g in self._destination_names(tok, DEPLOY_PREPS)
                         for c in [self._country_then(self._gazetteer_country(g))] if c), None)
            if dest and not any(a.country == dest for a in other.actors):
                return Side([self.t_country(dest)], "place", [], False)
            if dest and other.actors and all(a.country == dest for a in other.actors):
                # "The Indian government sent army troops and relief supplies to flood-hit villages in Bihar": aid
                # sent to a place at home goes to the state's own people
                return Side([self.t_country(dest)], "place-domestic", [], False)
        visit = info.code in VISIT_CODES or getattr(self.match(tok), "cameo", None) in VISIT_CODES
        if (place and not any(a.country == place for a in other.actors)
                and (len(other.actors) == 1 or (visit and other.actors)  # (leaders of six states arrive in Dhaka)
                     or (is_target and info.plover_type == "MOBILIZE" and other.actors  # ("Saudi Arabia and Kuwait put
                         and all(a.country and a.country != place for a in other.actors))  # forces on alert along
                     # their borders with Iraq")
                     or (is_target and info.plover_type == "ASSAULT" and other.actors  # ("U.S. and British warplanes
                         and all(a.country and a.country != place for a in other.actors)))  # bombed sites near Baghdad")
                and (is_target or not self._participle_of_noun(tok))
                and (is_target or info.plover_type != "ASSAULT")  # (who killed soldiers in Baghdad is not Iraq)
                and (info.plover_type in PLACE_TARGET_TYPES or info.code in VISIT_CODES or info.code[:2] == "09"
                     or getattr(self.match(tok), "cameo", None) in VISIT_CODES)   # (a visit to come: 036)
                and (info.code[:2] == "04" or info.code in VISIT_CODES or not self._talks_held_in(tok, place))):
            return Side([self.t_country(place)], "place", [], False)
        if (is_target and place and len(other.actors) == 1 and other.actors[0].country == place
                and (info.plover_type in PLACE_TARGET_TYPES or (info.code[:2] == "07" and verb_like(tok)))):
            # "Sudan lifted a state of emergency in West Darfur": an act on a place at home is domestic (so is aid
            # sent in it: "sent relief supplies to flood-hit villages in Bihar")
            return Side([self.t_country(place)], "place-domestic", [], False)
        if ((info.plover_type in DOMESTIC_TYPES or info.code in {"0813", "0814"})  # (a curfew, an emergency lifted
                and not info.code.startswith("19")   # (forces that occupy or besiege a place act on others' ground)
                and other.actors and other.actors[0].country                      # at home: "lifted martial law")
                and len({a.country for a in other.actors}) == 1):
            # (not for states named together: "Britain and France demanded …" is no demand of France on Britain)
            c = other.actors[0].country
            # protests are against the state; an unnamed coercer of a state's people is that state's government
            gov = info.plover_type == "PROTEST" or (info.plover_type == "COERCE" and not is_target)
            if info.code.startswith("176"):
                # "hackers defaced the ministry's website": hackers no table names are of no country; "North Korea's
                # hacking of Sony Pictures' network": a network no table names is not the hacker's own
                return side
            if (info.plover_type == "COERCE" and not is_target
                    and any(self._names_a_state(t) for t in other.tokens)):
                return side  # "Fiji was expelled from the Commonwealth": a state coerced names no coercer of its own
            return Side([self.t_country(c, "GOV" if gov else None)], "domestic", [], False)
        return side

    def _story_country(self, sent: Span) -> str | None:
        """The country the rest of the story is about, when one stands out: named (by name, capital, demonym, leader or
        state body) at least twice in the other sentences, and twice as often as any other there. The sentence's own
        mentions are left to the rules that read it ("… negotiating with the United States about a man fighting with
        the Taliban in Afghanistan" is no story on Afghanistan); nor does the dateline count ("ROTTERDAM - …
        sabotaged at Paranam in Surinam" is a story on Surinam filed from a port)."""
        if self._story is None:   # (the whole story's counts once; each sentence's own taken off per call)
            self._story = {}
            for start, mentions in self.mentions_by_sent.items():
                found = self._story[start] = {}
                for m in mentions:
                    for c in mention_countries(m):
                        found[c] = found.get(c, 0) + 1
            self._story_total = {}
            for found in self._story.values():
                for c, n in found.items():
                    self._story_total[c] = self._story_total.get(c, 0) + n
        own = self._story.get(sent.start, {})
        counts = {c: n - own.get(c, 0) for c, n in self._story_total.items()}
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        top = ranked[0] if ranked else (None, 0)
        second = ranked[1][1] if len(ranked) > 1 else 0
        return top[0] if top[1] >= 2 and top[1] >= 2 * second else None

    def _names_another_country(self, sent: Span, country: str) -> bool:
        """Does the sentence name a state other than `country`, or a place in one?"""
        for m in self.mentions_by_sent.get(sent.start, ()):
            if any(e.kind == "country" and e.country and e.country != country for e in m.entries):
                return True
        return any(e.label_ in {"GPE", "LOC"} and self._gazetteer_country(e.root) not in {None, country}
                   for e in sent.ents)

    def _dateline_country(self, tok: Token) -> str | None:
        """The country of the document's dateline, for a sentence in the lead it covers that names no state and no
        place of its own (past the dateline itself)."""
        line = doc_dateline(self.doc)
        sent = sentence_of(tok)
        if not line or not line.get("country") or not in_lead(self.doc, sent.start_char):
            return None
        end = dateline_end(self.doc.text) if sent.start_char == 0 else sent.start_char
        if any(self.doc[m.start].idx >= end and any(e.kind == "country" for e in m.entries)
               for m in self.mentions_by_sent.get(sent.start, ())) or any(
                e.label_ in {"GPE", "LOC"} and e.start_char >= end for e in sent.ents):
            return None
        return line["country"]

    def _definite_antecedent(self, tokens: list[Token], sector: str) -> str | None:
        """"Jordan's King Abdullah II began a visit to Russia. The king was received by Putin": a bare definite role
        ("the king", "the minister", "the ministry", "the group") refers back to the last actor of its sector named in
        the two sentences before, and takes its country."""
        if len(tokens) != 1:
            return None
        t = tokens[0]
        kids = self._kids(t)
        # (a modifier that is part of the office is no owner: "the prime minister", "the defence ministry")
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
                c.dep_ == "poss" or (c.dep_ in {"amod", "compound", "nmod"} and (
                    any(e.kind != "sector" for e in getattr(self.resolver.mention_at(c.i), "entries", ()))
                    or c.pos_ == "PROPN")) for c in kids):
            return None
        start = t.sent.start
        recent = [r for r in reversed(self.memory) if r.sentence >= self.sent_index - 2 and not r.media
                  and not r.place and not (r.sentence == self.sent_index and r.position >= start) and r.actor.country]
        word = t.lemma_.lower()

        def topic(found: list) -> str | None:
            # of several that fit, a subject before an object, then the latest ("Orban hosted Xi. The nationalist
            # leader praised …" is Orban): the story goes on about whom it spoke of
            if not found:
                return None
            return min(enumerate(found), key=lambda x: (self._subject_rank(self.doc[x[1].position]), x[0]))[1].actor.country

        for fits in (
                # "the king" is the king named before, not the president he met
                lambda r: r.role and (word in r.role.split() or any(w in r.role for w in ROLE_SYNONYMS.get(word, ()))),
                lambda r: r.actor.sector == sector or (r.person and sector == "GOV" and not r.role),
                lambda r: r.person and sector == "GOV"):
            got = topic([r for r in recent if fits(r)])
            if got:
                return got
        # "Myanmar's military seized power … The junta announced an amnesty", "Israeli jets struck targets in Gaza.
        # The army said …": a state's organ named by role is of the state a subject named before
        return topic([r for r in recent if sector in {"GOV", "MIL"} and r.actor.sector in {None, "GOV", "MIL"}])

    def _insurgents_named_before(self, tokens: list[Token], sector: str, other: Side) -> str | None:
        """"met Tamil Tiger leader Velupillai Prabhakaran … and urged the guerrillas to …": insurgents named by a bare
        definite role word are those of the one state whose insurgents the sentence named before them, when that is
        not the other side's state (which the rules below give them anyway, later)."""
        if sector not in {"REB", "INS", "SEP"} or len(tokens) != 1 or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in self._kids(tokens[0])):
            return None
        t = tokens[0]
        if any(a.dep_ == "advcl" for a in t.ancestors):
            return None   # (not in a clause of circumstance: "…, after the militants abducted them" is background)
        found = {a.country for m in self.mentions_by_sent.get(t.sent.start, ()) if m.end <= t.i
                 for a in self.actors_of(self.doc[m.end - 1], None)[0]
                 if a.country and a.sector in {"REB", "INS", "SEP"}}
        if len(found) != 1 or not other.actors or not all(b.country for b in other.actors) \
                or found & {b.country for b in other.actors}:
            return None
        return found.pop()

    def _own_speaker(self, tok: Token, sector: str) -> str | None:
        """"An Israeli military spokesman said the army had struck …": a role word inside what a speaker of the
        same sector says is of the speaker's state (a military spokesman's army is his own)."""
        speech = self._teller(tok, self._speech_ancestor(tok))  # (or denies: "officials denied that troops had …")
        if speech is None or not verb_like(speech):
            return None
        side = self._direct_agent(speech, None)
        if side is None or not side.tokens:
            return None
        same = any(e.kind == "sector" and e.sector == sector for t in phrase_tokens(side.tokens[0])
                   for m in [self.resolver.mention_at(t.i)] if m for e in m.entries)   # "military spokesman"
        return next((a.country for a in side.actors if a.country and (a.sector == sector or same)), None)

    def _role_named(self, tok: Token) -> bool:
        """Does the noun's own head word name an actor by its role ("the rebels", "Maoist rebels", "riot police")?"""
        m = self.resolver.mention_at(tok.i)
        return m is not None and any(e.kind == "sector" for e in m.entries)

    def _speaking_state(self, tok: Token) -> str | None:
        """The state (named as a state, its capital or a state organ) whose words tell of this act: "…, Seoul said"."""
        side = self._speaker_side(tok)
        return next((a.country for a in (side.actors if side else ())
                     if a.country and a.sector in {None, "GOV", "MIL", "LEG"}), None)

    def _based_country(self, tokens: list[Token]) -> str | None:
        """"Pakistan-based militants": a group named by role takes the country it is based in (the country
        glued to "-based" does not name the actor itself, so "London-based" says nothing of a named group)."""
        for tok in tokens:
            for t in tok.subtree:
                if t.lower_ == "based" and t.i >= 2 and self.doc[t.i - 1].text == "-":
                    m = self.resolver.mention_at(t.i - 2)
                    for e in (m.entries if m else ()):
                        if e.kind == "country":
                            return e.country
        return None

    def _state_fought(self, tokens: list[Token]) -> str | None:
        """The state a role word's own clause says it fights: "rebels fighting the Sudanese government", "insurgents
        who are battling Indian troops in Kashmir"."""
        for tok in tokens:
            for c in self._kids(tok):
                if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in {"fight", "battle", "oppose", "attack", "resist"}:
                    for o in self._kids(c):
                        if o.dep_ in OBJ:
                            countries = {a.country for a in self.actors_of(o)[0] if a.country}
                            if len(countries) == 1:
                                return countries.pop()
        return None

    def _home_place(self, tokens: list[Token]) -> str | None:
        """"Chen Qiwen, a county official in Guizhou", "police in Kenya": a role word's own "in" place is its home
        (not for envoys and delegates: "diplomats in Geneva" are posted there)."""
        for tok in tokens:
            for t in [tok] + [c for c in self._kids(tok) if c.dep_ == "appos"]:
                if not noun_like(t) or t.lemma_.lower() in ENVOY_WORDS:
                    continue
                for c in self._kids(t):
                    # "Shanghai police", "Puerto Rico police": a city or province named before the role word
                    if (t.pos_ == "NOUN" and c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "GPE" and c.i < t.i
                            and self.resolver.mention_at(c.i) is None):
                        loc = self._gazetteer_country(c)
                        if loc:
                            return loc
                for p in self._kids(t):
                    if p.dep_ != "prep" or p.lower_ not in {"in", "on", "of"}:   # ("people on Okinawa")
                        continue
                    if p.lower_ == "of" and t.lemma_.lower() not in HELD_AREAS:
                        continue   # ("rebel-held areas of northern Aleppo province": the areas' place)
                    if self.resolver.at_talks_venue(t, p):
                        continue   # "an accord with Tuareg rebels in Algiers": where they meet, not their home
                    for g in self._kids(p):
                        if g.dep_ != "pobj":
                            continue
                        m = self.resolver.mention_at(g.i)
                        named = [e.country for e in (m.entries if m else ()) if e.kind == "country"]
                        if named:
                            return named[0]
                        # (a place the entity rules left untagged: "rioters in Basra")
                        if g.ent_type_ in {"GPE", "LOC"} or (g.pos_ == "PROPN" and not g.ent_type_):
                            loc = self._gazetteer_country(g)
                            if loc:
                                return loc
                        if p.lower_ == "of" and g.pos_ == "NOUN":   # ("areas of northern Aleppo province")
                            for c in self._kids(g):
                                if c.dep_ == "compound" and c.ent_type_ in {"GPE", "LOC"} \
                                        and self.resolver.mention_at(c.i) is None:
                                    loc = self._gazetteer_country(c)
                                    if loc:
                                        return loc
        return None

    def t_country(self, code: str, sector: str | None = None) -> Actor:
        e = self.resolver.t.countries.get(code)
        return Actor(text=e.name if e else code, name=e.name if e else None, country=code, sector=sector,
                     code=code + (sector or ""))

    def _place_country(self, tok: Token, mission: bool = False) -> str | None:
        """The country of a place the clause puts the event in: "in the Gaza Strip", "near Aleppo"; with
        `mission`, the state whose embassy or consulate is the place ("outside the Ukrainian embassy"). A place
        of a state not yet founded at the story's date lies in the state it then belonged to (Pristina in 1998)."""
        return self._country_then(self._place_country_now(tok, mission))

    def _country_then(self, code: str | None) -> str | None:
        """The state a place of `code` lay in at the story's date (docs/actors.md rule 20)."""
        if code is None:
            return None
        return place_country_at(code, self.published, getattr(self.resolver.t.countries.get(code), "valid_from", None))

    def _place_country_now(self, tok: Token, mission: bool = False) -> str | None:
        holders = [tok] + [c for c in self._kids(tok) if c.dep_ in OBJ]
        code = getattr(self.match(tok), "cameo", "")
        if code in VISIT_CODES or (verb_like(tok) and code[:2] == "15"):
            # "started a three-day visit to Hainan", "paid a visit to Bavaria": a visit goes to the place its "to"
            # names; "rushed 3,000 troops to Karachi": so does a deployment
            for g in self._destination_names(tok, VISIT_PREPS if code in VISIT_CODES else DEPLOY_PREPS):
                loc = self._gazetteer_country(g)
                if loc:
                    return loc
        if verb_like(tok) and getattr(self.match(tok), "cameo", "").startswith("087"):
            # "British forces have withdrawn from Kandahar", "pulled out of Kherson": the place left
            for c in self._kids(tok):
                for p in [c, *(g for g in self._kids(c) if c.dep_ == "prt" or c.lower_ in {"out", "back", "away"})]:
                    if p.dep_ == "prep" and (p.lower_ == "from" or (p.lower_ == "of" and p.head.lower_ == "out")):
                        for g0 in self._kids(p):
                            if g0.dep_ != "pobj":
                                continue
                            # ("pulled out of the city of Kherson": the place the generic noun's "of" names;
                            # "pulled back from positions around the village of Robotyne in the Zaporizhzhia
                            # region": a place named deeper in the phrase)
                            deeper = [x for x in g0.subtree if x.i > g0.i and x.pos_ == "PROPN"
                                      and not (x.dep_ == "compound" and x.head.pos_ == "PROPN")]
                            for x in deeper:   # ("the Galwan Valley" is no "Valley" in Anguilla: the whole name)
                                name = [c for c in self._kids(x) if c.dep_ == "compound" and c.pos_ == "PROPN"]
                                if name and self.ent_of.get(x.i) is None:
                                    from .location import gazetteer
                                    hit = gazetteer().lookup(" ".join(t.text for t in [*name, x]))
                                    if hit:
                                        return self._country_then(hit.get("country"))
                            deeper = [x for x in deeper if self.ent_of.get(x.i) is not None or not any(
                                c.dep_ == "compound" and c.pos_ == "PROPN" for c in self._kids(x))]
                            for g in [g0, *(x for q in self._kids(g0) if q.dep_ == "prep" and q.lower_ == "of"
                                            for x in self._kids(q) if x.dep_ == "pobj"), *deeper]:
                                if (g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN") \
                                        and self.resolver.mention_at(g.i) is None:
                                    loc = self._gazetteer_country(g)
                                    if loc:
                                        return loc
        if tok.head.i != tok.i and tok.dep_ in OBJ:
            holders.append(tok.head)
        if tok.dep_ == "amod" and verb_like(tok) and tok.head.i != tok.i:
            holders.append(tok.head)  # "massed troops on Ukraine's border" misread with the verb as the noun's modifier
        if noun_like(tok):  # "troops remained on alert in the West Bank": the noun's clause verb
            verb = next((a for a in tok.ancestors if verb_like(a)), None)
            if verb is not None:
                holders.append(verb)
        # "shelled Kharkiv", "captured the town of Bakhmut": a place that is the act's own object
        if verb_like(tok):
            for c in self._kids(tok):
                if c.dep_ not in {"dobj", "obj", "nsubjpass"}:
                    continue
                named = [c] + [g for p in self._kids(c) if p.dep_ == "prep" and p.lower_ == "of"
                               for g in self._kids(p) if g.dep_ == "pobj"]
                for t in named:
                    if ((t.ent_type_ in {"GPE", "LOC", "FAC"} or (t.pos_ == "PROPN" and not t.ent_type_))
                            and self.resolver.mention_at(t.i) is None):
                        loc = self._gazetteer_country(t)
                        if loc:
                            return loc
                described = self._described_area(c)
                if described:   # "stormed the Chechen village of Samashki": a place the gazetteer lacks, described
                    return described
        if noun_like(tok) and not verb_like(tok) and code[:2] in {"18", "19", "20"}:
            # "the bombing of the town of Gori by Russian aircraft", "the shelling of Sarajevo": the place an attack
            # noun is "of"
            for t in self._of_chain(tok):
                if ((t.ent_type_ in {"GPE", "LOC", "FAC"} or (t.pos_ == "PROPN" and not t.ent_type_))
                        and self.resolver.mention_at(t.i) is None):
                    loc = self._gazetteer_country(t)
                    if loc:
                        return loc
        if code[:3] in {"172", "191"}:
            # "clamped a curfew on the Nablus casbah", "imposed a blockade on Hodeidah": the place a restriction is
            # laid on
            for h in [tok, *(c for c in self._kids(tok) if c.dep_ in OBJ)]:
                for p in self._kids(h):
                    if p.dep_ == "prep" and p.lower_ in {"on", "upon"}:
                        for g in self._kids(p):
                            if g.dep_ != "pobj":
                                continue
                            for t in [g, *(x for x in g.subtree if x.i < g.i and x.pos_ == "PROPN")]:
                                if ((t.ent_type_ in {"GPE", "LOC", "FAC"} or t.pos_ == "PROPN")
                                        and self.resolver.mention_at(t.i) is None):
                                    loc = self._gazetteer_country(t)
                                    if loc:
                                        return loc
        # then deeper: "a call for its forces to be deployed in East Timor"
        frontier = list(holders)
        for _ in range(3):
            # (not into what a relative clause says of a noun: "arrested a man who had fought in Afghanistan" puts
            # no arrest there; but "food to people cut off by fighting in South Sudan", "crimes committed in Burundi"
            # say where the act's object is)
            frontier = [g for h in frontier for c in self._kids(h)
                        if (c.dep_ not in {"prep"} or c.lower_ not in PLACE_PREPS)
                        and not (c.dep_ == "relcl" and noun_like(h) and self.match(h) is None
                                 and not any(a.dep_ in {"aux", "auxpass"} and a.lower_ == "to" for a in self._kids(c)))
                        for g in ([c] if c.dep_ != "prep" else list(self._kids(c)))]
            holders += frontier
        for h in holders:
            for c in self._kids(h):
                if c.dep_ == "prep" and c.lower_ in BORDER_PREPS:
                    # "massed troops on Ukraine's border", "on the Thai border", "along the border with Somalia"
                    for g in self._kids(c):
                        if g.dep_ == "pobj" and self.lex.is_("border", g.lemma_.lower()):
                            named = [e.country for t in g.subtree if t.i != g.i
                                     for m in [self.resolver.mention_at(t.i)] if m for e in m.entries
                                     if e.kind == "country"]
                            if named:   # "Kenya's border with Somalia": the neighbour is named last
                                return named[-1]
                            if code[:2] == "15":
                                # "moved tanks toward the South Ossetian boundary": forces massed at a region's
                                # border face the state the region lies in
                                region = self._country_then(described_country(g))
                                if region:
                                    return region
                if c.dep_ == "prep" and c.lower_ == "off" and code[:2] == "15":
                    # "staged military exercises off the Taiwanese coast": a show of force off a state's shore
                    for g in self._kids(c):
                        if g.dep_ == "pobj":
                            named = [e.country for t in g.subtree for m in [self.resolver.mention_at(t.i)] if m
                                     for e in m.entries if e.kind == "country"]
                            shore = named[-1] if named else self._country_then(described_country(g))
                            if shore:
                                return shore
                if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                    for g in self._kids(c):
                        if g.dep_ != "pobj":
                            continue
                        if g.lemma_.lower() in NOT_A_PLACE_AFTER_IN and c.lower_ == "in":
                            continue  # "in the wake of attacks on Israel", "in violation of a ceasefire agreed in
                            # Minsk": an earlier event or a reason, no place
                        if mission and self._is_mission(g):
                            # "outside the Ukrainian embassy", "at Russia's consulate in Istanbul": the state whose
                            # mission it is, named by any form before the noun
                            state = self._mission_owner(g)
                            if state:
                                return state
                        described = None  # "in the besieged Syrian town of Madaya": the town's state, if no name says
                        # ("outside the U.S. embassy in Jakarta": where the embassy stands, not whose it is)
                        mission_noun = not mission and self._is_mission(g)
                        act = self.match(g) is not None
                        for t in g.subtree:
                            if mission_noun and t.i <= g.i:
                                continue
                            if act and t.head.i == g.i and t.dep_ in {"compound", "amod", "poss", "nmod"}:
                                continue  # "killed in a U.S. drone strike": the state named on an act did it
                            if t.i + 2 < len(self.doc) and self.doc[t.i + 1].text == "-" \
                                    and self.doc[t.i + 2].lower_ in NOT_THE_ACTOR_SUFFIXES:
                                continue  # "…, the Norway-based rights group Hengaw said": where a body sits
                            m = self.resolver.mention_at(t.i)
                            if m:
                                for e in m.entries:
                                    if e.kind == "country" and e.form == "capital":
                                        return self._capital_or_namesake(t, m, e.country, code)
                                    if e.kind == "country" and e.form == "name":
                                        return e.country
                                    if (e.kind == "country" and e.form == "adjective" and described is None
                                            and t.dep_ in {"amod", "compound"}
                                            and t.head.lower_ in location_words().area_nouns
                                            and t.head.lower_ not in BORDER_NOUNS):  # ("the Iraqi border": whose side?)
                                        described = e.country
                        # "fired shells at targets in Jericho": the place may name the object's whereabouts
                        # ("killed in a U.S. drone strike in northwest Pakistan", "wounded in a missile attack on
                        # Kharkiv": the attack the act happened in is at the place its own phrases name)
                        attack = c.lower_ == "in" and getattr(self.match(g), "cameo", "")[:2] in {"18", "19"}
                        for t in ([g] + [x for x in g.subtree if x.i != g.i and x.dep_ == "pobj"
                                         and (x.head.lower_ in PLACE_PREPS and self.match(g) is None
                                              or attack and x.head.lower_ in PLACE_PREPS | {"on"}
                              and self._phrase_path(x, g))]
                                  # "near the border town of Mandera": the name an area noun's "of" gives
                                  + [x for p in self._kids(g) if p.dep_ == "prep" and p.lower_ == "of"
                                     and g.lower_ in location_words().area_nouns and self._described_area(g) is None
                                     for x in self._kids(p) if x.dep_ == "pobj"]
                                  # "in the Bryansk region", "in Kaduna state": the region's own name
                                  # (and "in the Rafah refugee camp", the name a compound of a compound)
                                  + [x for x in g.lefts if x.dep_ == "compound" and x.pos_ == "PROPN"
                                     and g.lower_ in location_words().area_nouns]
                                  + [x for y in g.lefts if y.dep_ == "compound" and y.pos_ == "NOUN"
                                     for x in y.lefts if x.dep_ == "compound" and x.pos_ == "PROPN"
                                     and g.lower_ in location_words().area_nouns]):
                            if t.ent_type_ in {"GPE", "LOC"} or (   # ("the southern city of Basra", untagged)
                                    t.pos_ == "PROPN" and t.head.lower_ == "of"
                                    and t.head.head.lower_ in location_words().area_nouns):
                                loc = self._gazetteer_country(t)
                                if loc:
                                    return loc
                        if described:
                            return described
                        described = self._described_area(g)
                        if described:
                            return described
        return None

    @staticmethod
    def _phrase_path(tok: Token, top: Token) -> bool:
        """Is `tok` under `top` through prepositional phrases only ("attack on a hospital in Kharkiv")?"""
        while tok.i != top.i:
            if tok.dep_ not in {"prep", "pobj"} or tok.head.i == tok.i:
                return False
            tok = tok.head
        return True

    def _destination_names(self, tok: Token, preps: frozenset[str]) -> list[Token]:
        """The place names a verb (or its object) goes or sends to: the objects of its `preps` that no actor table
        names ("a visit to Hainan", "rushed troops to Karachi")."""
        def named(g: Token) -> bool:
            return self.resolver.mention_at(g.i) is None and (g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN")

        out = []
        for h in [tok, *(o for o in self._kids(tok) if o.dep_ in OBJ)]:
            for c in self._kids(h):
                if c.dep_ not in {"prep", "dative"} or c.lower_ not in preps:
                    continue
                for g in self._kids(c):
                    if g.dep_ != "pobj":
                        continue
                    if named(g):
                        out.append(g)
                    elif g.pos_ == "NOUN":
                        # "sent relief supplies to flood-hit villages in Bihar", "to families displaced by fighting in
                        # Anbar province": the place the common noun sent to is in
                        out += [x for x in g.subtree if x.i != g.i and named(x) and (
                            (x.dep_ == "pobj" and x.head.lower_ in {"in", "of"})
                            or (x.dep_ == "compound" and x.head.dep_ == "pobj" and x.head.head.lower_ in {"in", "of"}))][:1]
        return out

    def _deployment_place(self, tok: Token) -> dict | None:
        """The place a verb of moving sends to ("sent troops to Mindanao", "moved tanks toward Kharkiv") as an event
        location, or None."""
        from .location import gazetteer

        for g in self._destination_names(tok, DEPLOY_PREPS):
            span = self.ent_of.get(g.i)
            hit = gazetteer().lookup(span.text if span is not None else g.text)
            if hit:
                return hit
        return None

    def _dateline_only(self, tok: Token, where: dict) -> bool:
        """Is the location found for tok only the story's dateline (the sentence names no place)?"""
        line = doc_dateline(self.doc)
        return bool(line) and where.get("name") == line.get("name") and sentence_place_of(tok) is None

    def _mission_owner(self, noun: Token) -> str | None:
        """The state a mission noun is of, named by any form before it ("the Ukrainian embassy", "Russia's
        consulate"): the last one named."""
        named = self._countries_named(noun)
        return named[-1] if named else None

    def _countries_named(self, noun: Token, with_head: bool = False) -> list[str]:
        """The states a noun phrase names by any form before its head (and in the head, `with_head`), in order."""
        return [e.country for t in noun.subtree if t.i < noun.i or (with_head and t.i == noun.i)
                for m in [self.resolver.mention_at(t.i)] if m for e in m.entries if e.kind == "country" and e.country]

    def _is_mission(self, noun: Token) -> bool:
        """A state's mission abroad: an embassy or consulate, or a Commonwealth state's High Commission ("outside the
        South African High Commission in Abuja"; not the European or an electoral commission)."""
        low = noun.lemma_.lower()
        return self.lex.is_("embassy", low) or (low == "commission" and any(
            c.lower_ == "high" and c.dep_ in {"compound", "amod"} for c in noun.children))

    def _described_area(self, noun: Token) -> str | None:
        """The state of an area noun described by a state's or a region's adjective ("the Chechen village of
        Samashki", "the Tigrayan town of Axum"), not a border's ("the Iraqi border": whose side?)."""
        if noun.lower_ not in location_words().area_nouns or noun.lower_ in BORDER_NOUNS:
            return None
        return self._country_then(described_country(noun))

    def _capital_or_namesake(self, t: Token, m, country: str, code: str) -> str:
        """The state of a capital named as a place, or of its namesake in a state the sentence names ("the Lebanese
        army relaxed the curfew in Tripoli": Lebanon's Tripoli, not Libya's capital). A visit or a meeting goes
        to the capital ("the Lebanese envoy held talks in Tripoli")."""
        if code[:2] == "04":
            return country
        return self._namesake(self.doc[m.start:m.end].text, country, t, skip=m)

    def _namesake(self, name: str, country: str, tok: Token, skip=None) -> str:
        """The state of the city called `name` in a state the sentence names, when one of at least
        NAMESAKE_POPULATION people is there and the sentence does not name `country` itself; else `country`."""
        from .location import gazetteer

        gz = gazetteer()
        # a town known only from the city list (no capital, no curated place) yields to a namesake a tenth its size
        # or more: "clashes … in Bor" with South Sudan named is South Sudan's Bor, not the bigger Russian town; but
        # Donetsk with "pro-Russian" named stays Ukraine's city of a million
        known = gz.place(name)
        folded = fold_name(name)
        least = NAMESAKE_POPULATION if (known is None or folded in gz.curated or folded in gz.countries) \
            else min(NAMESAKE_POPULATION, known.population // 10)
        for c in self._sentence_countries(tok, skip=skip, missions=False):
            if c == country:
                return country
            there = gz.place(name, country=c)
            if there is not None and there.country == c and there.population >= least:
                return c
        return country

    def _sentence_countries(self, tok: Token, skip=None, missions: bool = True) -> list[str]:
        """The states the actors of the token's sentence belong to, the nearest first (not the mention `skip`;
        without `missions`, not a state named only for its embassy abroad: "the Indian consulate in Jalalabad")."""
        seen: dict[str, int] = {}
        for t in tok.sent:
            m = self.resolver.mention_at(t.i)
            if m is None or (skip is not None and m.start == skip.start):
                continue
            if not missions and self._is_mission(self.doc[m.end - 1].head):
                continue
            for e in m.entries:
                if e.country and e.kind != "sector" and e.country not in seen:
                    seen[e.country] = abs(t.i - tok.i)
        return sorted(seen, key=seen.get)

    def _gazetteer_country(self, tok: Token) -> str | None:
        from .location import gazetteer

        gz = gazetteer()
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
            described = self._described_area(tok.head.head)
            if described:   # "the besieged Syrian town of Madaya": Syria's, not the Madaya of Myanmar
                return described
        span = self.ent_of.get(tok.i)
        words = (span.text if span is not None else tok.text).split()
        end = span.end if span is not None else tok.i + 1
        if water_name(span if span is not None else self.doc[tok.i:end]):
            return None   # "near Lake Chad", "in the South China Sea": a water's name, not the state's
        if end < len(self.doc) and self.doc[end].lower_ in REGION_NOUNS:
            # "a boarding school in Niger state": a division named with its kind is the division (Nigeria's)
            division = gz.region(" ".join(words), kind=self.doc[end].lower_)
            if division is not None:
                return self._country_then(division.country)
        # "a ranch in San Fernando, Tamaulipas": the region written after a town names its state (the Philippines'
        # San Fernando is the bigger namesake)
        country, _ = written_qualifier(span.end if span is not None else tok.i + 1, self.doc, gz)
        there = gz.place(" ".join(words), country=country) if country else None
        if there is not None and there.country == country:
            return self._country_then(country)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in REGION_NOUNS:
            # "in the northern province of Cordoba" with Colombian paramilitaries named: the division of a state the
            # sentence names (Colombia's Córdoba department), not the better-known city of another
            for c in self._sentence_countries(tok, missions=False):
                division = gz.region(" ".join(words), country=c)
                if division is not None and division.country == c:
                    return self._country_then(c)
        hit = gz.lookup(" ".join(words))
        if hit is not None and hit.get("country"):
            # "arrived in San Jose from Managua" with Costa Rica named: a name that cities share is the one in a state
            # the sentence names, not the better-known one
            hit = {**hit, "country": self._namesake(" ".join(words), hit["country"], tok)}
        # "West Darfur State", "North Kivu province": a compass point or an administrative word around a region
        while hit is None and len(words) > 1 and (self.lex.is_("place_affix", words[0].lower())
                                                  or self.lex.is_("place_affix", words[-1].lower())):
            words = words[1:] if self.lex.is_("place_affix", words[0].lower()) else words[:-1]
            hit = gz.lookup(" ".join(words))
        return self._country_then(hit.get("country") if hit else None)

    def _said_by_document(self, tok: Token) -> bool:
        for c in self._kids(tok):
            if c.dep_ in SUBJ:
                n = c
                if c.lower_ in RELATIVE and tok.dep_ in {"relcl", "acl"}:
                    n = tok.head
                    while n.dep_ == "appos" and n.head.i != n.i:
                        n = n.head
                    if n.dep_ == "pobj" and n.head.dep_ == "prep":
                        n = n.head.head
                return self.lex.is_("communication", n.lemma_.lower())
        return False

    def _rallied_for(self, comp: Token, code: str, source: Side, asked: Side, speaker: str | None) -> Side | None:
        """The third party whose backing a request solicits ("lobbied African leaders to back Somalia's
        government": Somalia), or None: only for "back", "support" and "endorse", and only for a party that is
        neither the one asking ("called on Britain to back its bid") nor the one asked."""
        if code not in {"022", "102"} or comp.lemma_.lower() not in {"back", "support", "endorse"} \
                or not verb_like(comp) or not source.actors:
            return None
        objs = [c for c in self._kids(comp) if c.dep_ == "dobj"]
        if not objs or any(g.dep_ == "poss" and g.pos_ == "PRON" for o in objs for g in self._kids(o)):
            return None   # ("asked its neighbours to support its own candidate": backing for the asker itself)
        backed = self.target_of(comp, source, speaker)
        if backed.rule.split("(")[0] not in {"dobj", "bid-owner"} or not backed.actors:
            return None
        own = {family(a) for a in [*source.actors, *asked.actors] if a.country} | {
            a.code for a in [*source.actors, *asked.actors]}
        if any(a.code in own or (a.country and (family(a) in own or not names_who(a))) for a in backed.actors):
            return None
        return backed

    def _doer_asked_before(self, tok: Token, source: Side, speaker: str | None) -> Side:
        """Who a request aimed at no one named asks, when it is told as what came before the main clause's act: "Iraq
        let U.N. inspectors resume work after the Security Council demanded unfettered access", "Russia pledged to keep
        gas flowing after the European Union demanded firm guarantees": the one who then acted."""
        if tok.dep_ not in {"advcl", "conj"} or not verb_like(tok.head) or not any(
                m.dep_ == "mark" and m.lower_ in {"after", "as", "when", "once", "following"} for m in self._kids(tok)):
            return Side([], "none")
        src = {family(a) for a in source.actors}
        for c in self._kids(tok.head):
            if c.dep_ in SUBJ and c.i < tok.i:
                acts, rule, coref = self.actors_of(c, speaker, exclude=src)
                acts = [a for a in acts if family(a) not in src and (a.country or a.code[:3] in {"IGO", "NGO"})]
                if acts:
                    return Side(acts, f"doer-after({tok.head.lemma_})", [c], coref)
        return Side([], "none")

    def _request_target(self, tok: Token, source: Side, speaker: str | None) -> Side:
        """Who is asked: "urged Iran to", "called on Iran to", "demanded that Iran"."""
        src = {family(a) for a in source.actors}
        for c in self._kids(tok):
            cands = []
            if c.dep_ == "nsubjpass":   # "Japan was urged by China to …": the one asked
                cands = [c]
            elif c.dep_ in OBJ | {"dative", "iobj"}:
                # "demanded an admission by Moscow", "demanded Moscow's withdrawal": who is to perform the act
                cands = ([c] if c.dep_ in OBJ else dative_objects(c)) + [g for g in self._kids(c) if g.dep_ == "poss"] + \
                    [x for g in self._kids(c) if g.dep_ == "prep" and g.lower_ in {"by", "from"}
                     for x in self._kids(g) if x.dep_ == "pobj"]
            elif c.dep_ == "prep" and (c.lower_ in {"on", "upon", "to", "of"} or (
                    c.lower_ == "with" and tok.lemma_.lower() in {"plead", "reason", "intercede", "remonstrate"})):
                # ("pleaded with the United States to send peacekeepers": the one pleaded with is asked)
                cands = [g for g in self._kids(c) if g.dep_ == "pobj"]
            elif c.dep_ in {"advcl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "for" for m in self._kids(c)):
                # "called for Syrian President Bashar al-Assad to step down": who is to act
                cands = [g for g in self._kids(c) if g.dep_ in SUBJ]
            elif c.dep_ in {"ccomp", "xcomp"}:
                cands = [g for g in self._kids(c) if g.dep_ in SUBJ]
                if not cands and not verb_like(c):
                    # "demanded … that Syrian President Bashar al-Assad step down" misread with "step" a noun and
                    # the name its modifiers
                    cands = [g for g in self._kids(c) if g.dep_ in {"compound", "amod", "nmod"} and g.i < c.i][-1:]
            for x in cands:
                # (a description of a state is another than the one asking: "Washington demanded that the country's
                # military free her" is Myanmar's)
                acts, rule, coref = self.actors_of(x, speaker, exclude=src)
                # (within one state, society asks the state: "RENAMO rebels demanded that the Mozambican
                # government free …")
                sectors = {a.sector for a in source.actors}
                acts = [a for a in acts if family(a) not in src or (
                    a.sector and None not in sectors and a.sector not in sectors
                    and bool(({a.sector} | sectors) & SOCIETY_SECTORS))]
                if acts:
                    return Side(acts, f"asked({tok.lemma_})", [x], coref)
        return Side([], "none")

    def _reported_violation(self, tok: Token, evs: list[Event]) -> list[Event]:
        """A speaker saying another broke a law, a truce or a deal accuses it: "Ukraine said Russia had violated
        the ceasefire" is Ukraine's accusation (112) beside Russia's defiance (128)."""
        out = []
        speech = self._speech_ancestor(tok) if verb_like(tok) else None
        if speech is None or not verb_like(speech):
            return out
        info = lookup("112")
        for e in evs:
            if not e.cameo.startswith(("128", "196")) or e.source is None or e.negated:
                continue
            side = self._direct_agent(speech, None)
            if side is None or not side.actors:
                side = self.source_of(speech, None)  # "responded from Baghdad, saying Washington would …"
            if not side.actors:
                continue
            spk = side.actors[0]
            if family(spk) == family(e.source) or (spk.country and spk.country == e.source.country):
                continue  # "Iran said it would breach the deal": its own defiance, no accusation
            out.append(recoded(e, cameo="112", event_type=info.plover_type, event_mode=info.plover_mode,
                               goldstein=info.goldstein, quad_class=info.quad_class, source=spk, target=e.source,
                               reciprocal=False, negated=self._negated(speech),
                               why=dict(e.why, rule="reported-violation",
                                        path=f"{side.rule} | violator({tok.lemma_})",
                                        source_span=self._span(side), target_span=e.why.get("source_span"))))
        return out

    def _evaluative_criticism(self, sent: Span, attribution, timerefs) -> list[Event]:
        """Calling another's act a wrong criticises it (CAMEO 111): "China called the U.S. decision a blatant abuse
        of state power", "the Kremlin described Britain's move as a provocation", "Germany said the annexation was
        illegal", "saying his policy is a total failure". The judged thing's owner is the target."""
        out = []
        bad = self.lex.words.get("condemnatory", frozenset())
        verbs = self.lex.words.get("judge", frozenset()) | self.lex.words.get("speech", frozenset())
        for v in self._with_words(sent, verbs):
            if not verb_like(v):
                continue
            lemma = v.lemma_.lower()
            pairs: list[tuple[Token, Token]] = []   # (the thing judged, the judgement)
            kids = list(self._kids(v))
            if self.lex.is_("judge", lemma):
                objs = [c for c in kids if c.dep_ == "dobj"]
                for o in objs:
                    pairs += [(o, c) for c in kids if c.dep_ in {"oprd", "xcomp", "ccomp", "attr"}]
                    pairs += [(o, g) for p_ in self._kids(o) if p_.dep_ == "prep" and p_.lower_ == "as"
                              for g in self._kids(p_) if g.dep_ == "pobj"]
                    pairs += [(o, g) for p_ in kids if p_.dep_ == "prep" and p_.lower_ == "as"
                              for g in self._kids(p_) if g.dep_ == "pobj"]
                if not objs:   # "called U.S. President George W. Bush 'the devil'": the quote read as a possessive
                    pairs += [(g, c) for c in kids if c.dep_ == "oprd" for g in self._kids(c) if g.dep_ == "poss"
                              and g.i + 1 < len(self.doc) and self.doc[g.i + 1].text in {"'", "‘", "’"}
                              and self.resolver.mention_at(g.i) is not None]
                for c in kids:  # "branded the sanctions illegal": spaCy makes the judgement a clause
                    if c.dep_ == "ccomp" and c.pos_ == "ADJ":
                        pairs += [(g, c) for g in self._kids(c) if g.dep_ == "nsubj"]
            if self.lex.is_("speech", lemma):
                for c in kids:
                    if c.dep_ == "ccomp" and c.lemma_ == "be":
                        subj = [g for g in self._kids(c) if g.dep_ == "nsubj"]
                        pairs += [(x, g) for x in subj for g in self._kids(c) if g.dep_ in {"attr", "acomp"}]
            for thing, judgement in pairs:
                words = {judgement.lemma_.lower()} | {m.lemma_.lower() for m in self._kids(judgement)
                                                        if m.dep_ in {"amod", "advmod"}}
                named = thing.lower_ == "what"
                if named:
                    # "in retaliation for what he called Japan's failure to honour the agreement", "protested
                    # against what it described as Japan's provocation": the naming judges the thing it names,
                    # whose owner is named inside it
                    thing = judgement
                if not (words & bad or named and words & self.lex.words.get("hostile", frozenset())) \
                        or self._negated(v) or any(a.dep_ == "neg" for a in self._kids(judgement.head)):
                    continue
                side = self._naming_side(v) if named else self._direct_agent(v, None) or self.source_of(v, None)
                if not side.actors:
                    continue
                # (same state, other body: "the Communist Party said his policy is a total failure" of a minister)
                own = {a.code for a in side.actors}
                owners = [g for p_ in self._kids(thing) if p_.dep_ == "prep" and p_.lower_ == "by"
                          for g in self._kids(p_) if g.dep_ == "pobj"]  # "the expulsion of its diplomats by Prague"
                owners += [c for c in self._kids(thing) if c.dep_ == "poss"] + [thing]
                if named:   # ("what it called threats from Iran", "… the aggression of Russia")
                    owners = [c for c in self._kids(thing) if c.dep_ == "poss"] + [
                        g for p_ in (*self._kids(thing), *self._kids(v)) if p_.dep_ in {"prep", "agent"}
                        and p_.lower_ in {"by", "from", "of"} for g in self._kids(p_) if g.dep_ == "pobj"] + [
                        c for c in self._kids(thing) if c.dep_ in {"compound", "amod", "nmod"}] + [
                        g for x in thing.subtree if x.dep_ == "agent" for g in self._kids(x) if g.dep_ == "pobj"]
                    # ("what he called hostile statements about the Soviet Union made by President Reagan")
                targets: list[Actor] = []
                for o in owners:
                    acts = [a for a in self.actors_of(o, side.actors[0].country)[0]
                            if a.code not in own and (a.country or a.code[:3] in {"IGO", "NGO"})
                            and not (a.country and not a.sector and any(b.country == a.country for b in side.actors))]
                    if acts:
                        targets = acts
                        break
                if not targets:
                    continue
                info = lookup("111")
                ref, hist_period = self._date_for(v, timerefs)
                for a in side.actors[:1]:
                    for b in targets[:2]:
                        out.append(Event(
                            doc_id=self.doc_id, sentence_index=self.sent_index, sentence=self._text(sent).strip(),
                            span=sentence_span(sent), trigger=f"{v.text} … {judgement.text}",
                            event_type=info.plover_type, event_mode=info.plover_mode, cameo="111",
                            goldstein=info.goldstein, quad_class=info.quad_class, source=a, target=b,
                            date=ref.value if ref else None, date_precision=ref.precision if ref else None,
                            historical=bool(hist_period) or dates_mod.is_historical(ref, self.published),
                            negated=False, modality="asserted", attribution=attribution,
                            location=dict(locate(self.doc, v)), confidence=0.55,
                            why={"rule": "evaluative-named" if named else "evaluative",
                                 "trigger_lemma": f"{lemma} {judgement.lemma_.lower()}",
                                 "path": f"{side.rule} | judged({thing.lemma_})",
                                 "trigger_span": [v.idx, v.idx + len(v.text)],
                                 "source_span": self._span(side), "target_span": [thing.idx, thing.idx + len(thing.text)],
                                 "sentence_span": list(sentence_span(sent))}))
                break
        return out

    def _reported_hostility(self, sent: Span, matches, attribution, timerefs) -> list[Event]:
        """A speaker naming another actor's hostile act accuses it: Kim on "the hostile forces' military threat"."""
        out = []
        words = self.lex.words.get("hostile", frozenset()) | self.lex.words.get("hostile_verb", frozenset())
        for tok in self._with_words(sent, words):
            verbal = verb_like(tok) and self.lex.is_("hostile_verb", tok.lemma_.lower())
            if not ((noun_like(tok) and self.lex.is_("hostile", tok.lemma_.lower())) or verbal):
                continue
            if not verbal and any(c.dep_ == "prep" and c.lower_ == "with" for c in self._kids(tok)):
                continue   # ("help Georgia rebuild after its war with Russia": a war both fought, nobody's charge)
            speech = self._speech_ancestor(tok)
            if speech is None:
                continue
            speaker_side = self._direct_agent(speech, None)
            if speaker_side is None or not speaker_side.actors:
                continue
            spk = speaker_side.actors[0]
            if verbal and not (spk.country or spk.code[:3] in {"IGO", "NGO"}):
                continue   # ("…, a spokesman said": whose spokesman is not told)
            agent_tok = None
            for c in self._kids(tok):
                if c.dep_ == "poss" or (verbal and c.dep_ == "nsubj"):
                    # ("said British lawmakers had grossly interfered in China's internal affairs")
                    agent_tok = c
            if agent_tok is None and tok.dep_ == "conj":
                for c in self._kids(tok.head):
                    if c.dep_ == "poss":
                        agent_tok = c
            if agent_tok is None:
                continue
            accused, rule, coref = self.actors_of(agent_tok, speaker=spk.country)
            accused = [a for a in accused if family(a) != family(spk)]
            if not accused:
                continue
            info = lookup("112")
            ref, hist_period = self._date_for(speech, timerefs)
            for a in accused:
                out.append(Event(
                    doc_id=self.doc_id, sentence_index=self.sent_index, sentence=self._text(sent),
                    span=(sent.start_char, sent.end_char), trigger=tok.text, event_type=info.plover_type,
                    event_mode=info.plover_mode, cameo="112", goldstein=info.goldstein,
                    quad_class=info.quad_class, source=spk, target=a,
                    date=ref.value if ref else None, date_precision=ref.precision if ref else None,
                    historical=bool(hist_period) or dates_mod.is_historical(ref, self.published),
                    negated=self._negated(speech), modality="asserted", attribution=attribution,
                    confidence=0.55 if not a.alias else 0.5,
                    why={"rule": "reported-hostility", "trigger_lemma": tok.lemma_.lower(),
                         "path": f"{speaker_side.rule} | {'nsubj' if verbal else 'poss'}({tok.lemma_})"
                                 + ("~alias" if a.alias else ""),
                         "trigger_span": [tok.idx, tok.idx + len(tok.text)],
                         "source_span": self._span(speaker_side),
                         "target_span": [agent_tok.idx, agent_tok.idx + len(agent_tok.text)],
                         "sentence_span": list(sentence_span(sent))},
                ))
            # one accusation per accused and sentence
            break
        return out

    # -- qualifiers ------------------------------------------------------------------------------------

    def _announced_decision(self, tok: Token, source: Side) -> bool:
        """Is tok what its own source announces it will do ("X announced it would cut aid to Y")?"""
        anc = self._speech_ancestor(tok)
        if anc is None or not verb_like(anc) or not self.lex.is_("decide", anc.lemma_.lower()):
            return False
        subj = next((c for c in self._kids(anc) if c.dep_ in SUBJ), None)
        if subj is None:
            return False
        acts, _, _ = self.actors_of(subj, None)
        return bool({family(a) for a in acts} & {family(a) for a in source.actors})

    def _teller(self, tok: Token, speech: Token | None) -> Token | None:
        """The verb whose subject tells what tok is part of: a verb of denying or admitting above it, before it in the
        sentence and inside the speech verb's clause ("Israel denied that it had asked …, a spokesman said": "denied"),
        else the speech verb itself."""
        deny = next((a for a in tok.ancestors if verb_like(a) and a.i < tok.i and a.lemma_.lower() in SELF_TELLING_VERBS),
                    None)
        if deny is not None and (speech is None or any(x.i == deny.i for x in speech.subtree)):
            return deny
        return speech

    def _speech_ancestor(self, tok: Token) -> Token | None:
        """The verb of saying (or the statement noun: "a reminder to Iraq that …") whose content holds tok."""
        for anc in tok.ancestors:
            if verb_like(anc) and self.lex.is_("speech", anc.lemma_.lower()):
                outer = anc.head
                if (anc.i > tok.i and anc.dep_ in {"ccomp", "parataxis"} and outer.i < tok.i and verb_like(outer)
                        and self.lex.is_("speech", outer.lemma_.lower())):
                    # "Russia said its jets had struck …, state media reported": spaCy hangs what Russia said on
                    # the trailing attribution; the speaker is the one who said it
                    return outer
                return anc
            if noun_like(anc) and self.lex.is_("communication", anc.lemma_.lower()) and anc.i < tok.i:
                return anc
        return None

    def _speaker_side(self, tok: Token) -> Side | None:
        """Who says what this token is part of: the doer of the verb of saying above it."""
        speech = self._speech_ancestor(tok)
        if speech is None and tok.dep_ == "ccomp" and verb_like(tok.head) \
                and tok.head.lemma_.lower() in {"deny", "dismiss", "refute", "reject"}:
            speech = tok.head   # "the Interior Ministry denied that police had detained the blogger": the denier's police
        return self._direct_agent(speech, None) if speech is not None else None

    def _speaker_country(self, tok: Token) -> str | None:
        side = self._speaker_side(tok)
        return side.actors[0].country if side and side.actors else None

    def _speech_attribution(self, tok: Token, source: Side) -> dict | None:
        speech = self._speech_ancestor(tok)
        if speech is None:
            return None
        for c in self._kids(speech):
            if c.dep_ in SUBJ:
                attr = self.resolver.attribution(c)
                if attr and attr["code"] not in {a.code for a in source.actors}:
                    return attr
        return None

    def _according_to(self, sent: Span) -> dict | None:
        for tok in self._with_words(sent, ACCORDING):
            if tok.lower_ == "according":
                for c in self._kids(tok):
                    if c.lower_ == "to":
                        for g in self._kids(c):
                            if g.dep_ == "pobj":
                                return self.resolver.attribution(g)
        return None

    def _terms_of_a_standing_accord(self, tok: Token) -> bool:
        """Is this act told as a term of an accord named or dated before ("Under the Paris accords, the United States
        … agreed to stabilize exchange rates", "under last year's pact, Japan pledged …")? The accord's terms are
        background; its making, if new, is told by its own verb."""
        clause = tok
        for _ in range(4):
            for p in self._kids(clause):
                if p.dep_ == "prep" and p.lower_ == "under":
                    for g in self._kids(p):
                        if g.dep_ == "pobj" and g.lemma_.lower() in AGREEMENT_DOCS | {"accords"} and (
                                (g.text[:1].isupper() and g.i > g.sent.start)
                                or any(c.dep_ in {"compound", "amod", "poss", "nmod"} and (
                                    c.pos_ == "PROPN" or c.ent_type_ == "DATE") for c in self._kids(g))):
                            return True
            if clause.dep_ not in {"xcomp", "ccomp", "conj", "acomp"} or clause.head.i == clause.i:
                break
            clause = clause.head
        return False

    def _next_to_none(self, tok: Token) -> bool:
        """Is the subject "few" ("few are willing to donate", "few Chinese are willing"), not "a few"? Next to no
        one acts: no event, and no refusal either."""
        clause = tok.head if tok.dep_ in {"acomp", "xcomp"} and tok.head.i != tok.i else tok
        for c in self._kids(clause):
            if c.dep_ in SUBJ and (c.lower_ == "few" or any(g.dep_ == "amod" and g.lower_ == "few"
                                                             for g in self._kids(c))):
                return not any(g.dep_ in {"det", "advmod"} and g.lower_ in {"a", "very"}
                               for x in [c, *self._kids(c)] for g in self._kids(x))
        return False

    def _negated(self, tok: Token) -> bool:
        for c in self._kids(tok):
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                return True
            if c.dep_ in {"aux", "auxpass"} and any(g.dep_ == "neg" for g in self._kids(c)):
                return True
        clause = tok.head if tok.dep_ == "acomp" and tok.head.i != tok.i else tok
        if clause is not tok and any(c.dep_ == "neg" for c in self._kids(clause)):
            return True   # "20 individuals are not prepared to say what happened"
        for c in [*self._kids(tok), *(self._kids(clause) if clause is not tok else ())]:
            if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in self._kids(c)):
                return True   # "is no longer prepared to accept the quota"
        if self._no_object(tok):
            return True   # "the rebels made no demands", "no defence of the junta was offered": the object denied
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without" and verb_like(tok):
            return True   # "ended three days of talks without reaching agreement": none reached
        # "North Korea has yet to agree to return to the talks", "has yet to deliver any food aid": not done (so far)
        cur = tok.head if noun_like(tok) and tok.dep_ in OBJ else tok
        while cur.dep_ == "xcomp" and cur.head.i != cur.i:
            cur = cur.head
        if cur is not tok and cur.lemma_ in {"have", "be"} and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in self._kids(cur)) \
                and not any(c.dep_ == "neg" for c in self._kids(cur)):
            return True
        # "Mbeki and Zuma had been unable to come to an agreement"
        cur = tok
        for _ in range(4):
            if cur.dep_ not in {"xcomp", "dobj", "pobj", "prep", "acomp", "pcomp"} or cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.pos_ == "ADJ" and self.lex.is_("unable", cur.lemma_.lower()):
                return True
            if cur.lower_ == "of" and cur.head.lower_ == "short" and cur.head.head.lemma_.lower() in {"stop", "fall"}:
                return True  # "EU leaders stopped short of imposing sanctions on Turkey"
            if cur.lower_ == "of" and cur.head.lemma_.lower() in {"stop", "fall"} and any(
                    c.lower_ == "short" for c in self._kids(cur.head)):
                return True  # "South Korea stopped short on Friday of blaming North Korea"
        if tok.dep_ in {"xcomp", "conj"} and tok.head.i != tok.i:
            if tok.head.lemma_.lower() in {"hesitate", "hesitant", "shy"}:
                return False   # "would not hesitate to use force": a readiness, nothing denied
            if tok.dep_ == "conj" and verb_like(tok) and not any(c.dep_ in SUBJ | {"neg"} for c in self._kids(tok)) \
                    and any(c.dep_ == "cc" and c.lower_ == "or" for c in self._kids(tok.head)):
                # "pledged not to threaten or use force": "not" reaches over "or" to the joined verb
                return any(c.dep_ == "neg" for c in self._kids(tok.head))
            return any(c.dep_ == "neg" for c in self._kids(tok.head)) and tok.dep_ == "xcomp"
        if (noun_like(tok) and tok.dep_ in OBJ and verb_like(tok.head)
                and self.lex.is_("light", tok.head.lemma_.lower())):
            # "China has not provided any military assistance": the light verb carries the noun's negation
            return any(c.dep_ == "neg" for c in self._kids(tok.head))
        return False

    def _no_object(self, tok: Token) -> bool:
        """A verb whose object or passive subject is "no …" ("made no demands", "no aid was delivered")."""
        return verb_like(tok) and any(c.dep_ in {"dobj", "nsubjpass"} and any(
            g.dep_ == "det" and g.lower_ == "no" for g in self._kids(c)) for c in self._kids(tok))

    def _denied(self, tok: Token) -> bool:
        if (tok.dep_ == "conj" and verb_like(tok) and verb_like(tok.head) and tok.head.dep_ == "ccomp"
                and not any(c.dep_ in SUBJ for c in self._kids(tok))):
            return self._denied(tok.head)  # "denied that its troops had crossed into Congo and attacked …": both
        if tok.dep_ in {"advcl", "conj"} and verb_like(tok) and verb_like(tok.head):
            return False  # "denied the report and accused Britain of …": the denier's own act
        for anc in tok.ancestors:
            if anc.lemma_.lower() in {"deny", "dismiss", "refute"} and verb_like(anc):
                return True
            if anc.lemma_.lower() in {"say", "tell", "add", "state", "declare"} and verb_like(anc):
                break   # ("dismissed the elections as rigged, saying he would not accept the results": said, not denied)
            if anc.i == tok.head.i and anc.lemma_.lower() == "denial" and noun_like(anc) \
                    and tok.dep_ in {"acl", "ccomp", "relcl"}:
                return True   # "Iran's denial that it had supplied weapons to the Houthis was repeated …"
            if anc.dep_ not in {"ccomp", "xcomp", "pcomp"} and anc.i != tok.head.i:
                break
        return False

    def _modality(self, tok: Token, trig: Trigger | None) -> str:
        chain = [tok]
        if tok.dep_ in {"xcomp"}:
            chain.append(tok.head)
        if (tok.dep_ == "conj" and verb_like(tok) and tok.head.dep_ in {"xcomp", "advcl"} and verb_like(tok.head)
                and not any(c.dep_ in SUBJ for c in self._kids(tok))):
            chain.append(tok.head)  # "offered to mediate … and host their leaders": the second act is offered too
        if (tok.dep_ == "conj" and verb_like(tok) and verb_like(tok.head) and tok.tag_ == "VB"
                and not any(c.dep_ in SUBJ or c.dep_ == "aux" for c in self._kids(tok))):
            chain.append(tok.head)  # "Russia will close its bases in Georgia and withdraw the troops": "will" on both
        if noun_like(tok) and tok.head.i != tok.i:
            chain.append(tok.head)
            if tok.head.dep_ == "xcomp" and verb_like(tok.head) and tok.head.head.i != tok.head.i:
                chain.append(tok.head.head)   # ("would not hesitate to declare a state of emergency")
        if noun_like(tok) and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            # "is due in Tunisia for a four-day visit": a scheduled visit
            h = tok.head.head
            if h.lower_ == "due" and h.pos_ == "ADJ" or any(c.dep_ == "acomp" and c.lower_ == "due"
                                                            for c in self._kids(h)):
                return "intended"
        if noun_like(tok) and tok.pos_ == "NOUN" and self._yet_to_come(tok):
            return "intended"
        if trig is not None and trig.cameo[:3] == "087" and tok.lemma_.lower() in WITHDRAWAL_ORDERS:
            return "intended"   # "ordered Spanish troops home from Iraq": the withdrawal ordered is yet to be done
        if trig is not None and trig.cameo[:3] == "087" and (
                (tok.dep_ == "xcomp" or (noun_like(tok) and tok.dep_ in OBJ)) and verb_like(tok.head)
                and tok.head.lemma_.lower() in WITHDRAWAL_ORDERS):
            # "Yeltsin signed a decree ordering the withdrawal of the last two brigades from Chechnya", "ordered
            # Russian troops to withdraw": a withdrawal ordered is announced, still to be carried out (PLOVER: CONCEDE)
            return "intended"
        for t in chain:
            for c in self._kids(t):
                if c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "would", "wo"}:
                    return "intended"
                if c.dep_ == "aux" and self.lex.is_("hypothetical", c.lower_):
                    return "hypothetical"
                if c.dep_ == "mark" and c.lower_ in {"if", "unless"}:
                    return "hypothetical"
            if t.dep_ == "xcomp" and self.lex.is_("intend", t.head.lemma_.lower()):
                return "intended"
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in PROMISING_VERBS | RAISING:
                return "intended"
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in {"tell", "instruct"} and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in self._kids(t)) and not any(
                    o.dep_ in {"dobj", "dative"} and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in self._kids(o))
                    for o in self._kids(t.head)):   # (not "told his defence minister to move tanks": his own order)
                return "intended"   # ("the ruling party told the prime minister to step down": asked, not done)
            if (t is not tok and (tok.tag_ == "VB" or tok.lower_ == tok.lemma_.lower()) and t.dep_ == "xcomp"
                    and getattr(self.match(t.head), "frame", "") == "threaten"):
                return "intended"   # "threatened to blockade ministries and cut water and power": the joined act too
            if (t.dep_ == "advcl" and t.head.lemma_.lower() in PROMISING_VERBS
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in self._kids(t))):
                return "intended"  # ("offered on Sunday to mediate": spaCy's clause of purpose is the offered act)
            if (t is tok and t.dep_ == "advcl" and verb_like(t.head) and t.tag_ in {"VBP", "VBZ"}
                    and any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "while", "as", "once"} for c in self._kids(t))
                    and any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in self._kids(t.head))):
                return "intended"  # "the leaders will discuss the issue when they meet on November 15": to come
            if (t is tok and verb_like(t) and t.dep_ in {"acl", "relcl"} and noun_like(t.head)
                    and t.head.lemma_.lower() in PLAN_NOUNS
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in self._kids(t))
                    and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in self._kids(t))):
                return "intended"  # "announced measures to help Indonesia", "a plan to send troops": what is to be done
            if t is tok and self._present_for_future(t):
                return "intended"  # "Xi visits France next week", "the two sides resume talks in Geneva tomorrow"
            if t.dep_ == "xcomp" and t.head.lower_ in {"likely", "unlikely"}:
                return "hypothetical"  # "Iran is unlikely to accept the offer": a forecast, not an act
            if t is tok and self._obliged(t) and (t.head.tag_ != "VBD" or self._speech_ancestor(t) is not None):
                # "the government needs to release prisoners": an obligation, not an act ("had to cancel flights
                # on Thursday" reports one done)
                return "hypothetical"
            # "the government is to hand …", "he was then to meet Prodi": a scheduled act (be + to-infinitive)
            if (t.dep_ == "xcomp" and verb_like(t) and t.head.lemma_ == "be"
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in self._kids(t))
                    and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.lower_ in {"it", "there"}
                                for c in self._kids(t.head))):
                return "intended"
        if trig is not None and trig.frame == "intent":
            return "intended"
        if trig is not None and trig.cameo[:2] == "03" and (
                tok.lemma_.lower() in PROMISING_VERBS - {"agree", "decide"} | {"commit"}
                or (tok.lemma_.lower() == "agree" and trig.prep == "to")):   # ("agreed to a prisoner exchange")
            # "Japan pledged $1.8 billion in new aid to Russia", "promised Turkey additional military aid": what is
            # pledged, promised or offered is still to be given, as what is agreed to ("agreed to send troops"; "agreed
            # on a ceasefire" tells an agreement reached)
            return "intended"
        return "asserted"

    def _present_for_future(self, tok: Token) -> bool:
        """A present-tense verb dated after the story: wire copy's scheduled act ("Blinken travels to Beijing next
        week", "meets Japanese leaders tomorrow")."""
        if tok.tag_ not in {"VBZ", "VBP"} or tok.lemma_ == "be" or not verb_like(tok):
            return False
        for c in self._kids(tok):
            if c.dep_ not in {"npadvmod", "advmod", "prep", "tmod"}:
                continue
            for ent in self.doc.ents:
                if ent.label_ not in {"DATE", "TIME"} or not (c.left_edge.i <= ent.start and ent.end - 1 <= c.right_edge.i):
                    continue
                if self._after_the_story(ent):
                    return True
        return False

    def _after_the_story(self, ent: Span | None, words: set[str] | None = None) -> bool:
        """Does a date expression point after the publication date ("next week", "tomorrow", "later this month",
        "on March 3" of a story of March 1)?"""
        words = words if words is not None else {t.lower_ for t in ent}
        if words & {"next", "coming", "tomorrow", "upcoming"} or ("later" in words and "this" in words):
            return True
        ref = dates_mod.resolve(ent.text, self.published) if ent is not None and self.published else None
        return ref is not None and ref.precision == "day" and ref.start > self.published

    def _yet_to_come(self, tok: Token) -> bool:
        """Is an event noun dated after the story ("next week's talks", "the upcoming summit", "Friday's
        scheduled meeting")?"""
        for c in self._kids(tok):
            if c.dep_ == "amod" and c.lower_ in UPCOMING:
                return True
            if c.dep_ in {"poss", "compound", "nmod", "npadvmod"} and c.ent_type_ == "DATE" and c.i < tok.i:
                ent = next((e for e in self.doc.ents if e.start <= c.i < e.end), None)
                if self._after_the_story(ent, {t.lower_ for t in ent} if ent is not None else {c.lower_}):
                    return True
        return False

    # -- time ------------------------------------------------------------------------------------------

    def _timerefs(self, sent: Span) -> list[tuple[int, dates_mod.TimeRef, bool]]:
        """(token position, date, from a named historical period) for each temporal expression."""
        out = []
        countries = set()
        for m in self.mentions_by_sent.get(sent.start, ()):
            countries |= {e.country for e in m.entries if e.country}
        for ent in self.ents_by_sent.get(sent.start, ()):
            if ent.label_ == "DATE" and ent.root.dep_ in {"compound", "nmod", "amod", "poss", "nummod"} \
                    and noun_like(ent.root.head) and ent.root.head.ent_type_ != "DATE":
                continue  # "their 2016 pact": the year names the pact, not when the event happened
            if ent.label_ == "DATE" and ent.start > sent.start and self.doc[ent.start - 1].lower_ == "since":
                continue  # "the first time Tehran has let a foreign military use its territory since 1979": a span's start
            if ent.label_ in {"DATE", "EVENT"}:
                ctx = self._text(self.doc[max(sent.start, ent.start - 5): ent.end])
                p = dates_mod.period(ctx)
                if p:
                    if ent.label_ == "EVENT" and ent.root.dep_ in NAMING_DEPS and noun_like(ent.root.head):
                        self._naming_periods.add(ent.root.i)   # ("World War Two reparations": see _date_for)
                        out.append((ent.root.i, p[0], True))
                    else:
                        out.append((ent.start, p[0], True))
                    continue
                if ent.label_ == "DATE":
                    ref = dates_mod.resolve(ent.text, self.published)
                    if ref:
                        out.append((ent.start, ref, False))
        text = self._text(sent)
        h = dates_mod.holiday(text, self.published, countries)
        if h:
            low = text.lower()
            pos = sent.start
            for t in sent:
                if t.lower_ == "day" and t.idx - sent.start_char <= len(low):
                    pos = t.i
                    break
            out.append((pos, h, False))
        if not any(p for _, _, p in out):
            p = dates_mod.period(text)
            if p:
                out.append((sent.start, p[0], True))
        return out

    def _explicit_ref(self, timerefs) -> dates_mod.TimeRef | None:
        for _, ref, is_period in timerefs:
            if not is_period:
                return ref
        return None

    def _date_for(self, tok: Token, timerefs) -> tuple[dates_mod.TimeRef | None, bool]:
        # a date inside a relative clause or participle on a noun dates that clause, not this act: "renewed its call
        # for Russia to return islands seized at the end of World War Two" is no call of 1945
        def elsewhere(p: int) -> bool:
            if p in self._naming_periods and self.doc[p].head.i != tok.i:
                return True  # "dismissed Greece's claim for World War Two reparations": the war names the reparations
                # (but "the World War Two bombing of Dresden" was in the war)
            return any(a.dep_ in {"relcl", "acl"} and not (a.left_edge.i <= tok.i <= a.right_edge.i)
                       for a in [self.doc[p], *self.doc[p].ancestors])
        timerefs = [x for x in timerefs if not elsewhere(x[0])]
        if timerefs:
            pos, ref, is_period = min(timerefs, key=lambda x: abs(x[0] - tok.i))
            return ref, is_period
        if self.published is None:
            return None, False
        # no date in the sentence: past narration keeps the story's reference time, the rest is "now"
        past = False
        for v in [tok, *tok.ancestors]:
            if not verb_like(v):
                continue
            auxes = [c for c in self._kids(v) if c.dep_ in {"aux", "auxpass"}]
            if v.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in {"would", "could"} for c in auxes):
                past = True
                break
            if v.tag_ in {"VBZ", "VBP"} or any(c.tag_ in {"VBZ", "VBP", "MD"} for c in auxes):
                break
        if past and self.reference is not None:
            return self.reference, False
        return dates_mod.day(self.published), False

    def _at_date(self, a: Actor | None, ref: dates_mod.TimeRef | None) -> Actor | None:
        """Moscow before 1991-12-26 is the Soviet Union."""
        if a is None or ref is None or a.country != "RUS":
            return a
        if ref.end < DEFUNCT["SUN"]:
            return Actor(text=a.text, name="Soviet Union", country="SUN", sector=a.sector,
                         code="SUN" + (a.sector or ""), alias=a.alias)
        return a

    # -- misc ------------------------------------------------------------------------------------------

    def _trigger_text(self, tok: Token, trig: Trigger) -> str:
        words = [tok]
        for c in self._kids(tok):
            if c.dep_ == "prt" or (trig.prep and c.dep_ == "prep" and c.lower_ == trig.prep and not any(
                    g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in self._kids(c))):
                words.append(c)   # (not "on Tuesday": "called on Egypt on Tuesday" is "called on")
            if trig.objects and c.dep_ in OBJ and self._lemma_in(c, trig.objects):
                words.append(c)
        for i in range(len(trig.modifiers)):
            if tok.i - i - 1 >= 0:
                words.append(self.doc[tok.i - i - 1])
        words += self._hyphen_front(tok)
        text = ""
        for t in sorted(set(words), key=lambda t: t.i):
            text += ("" if not text or t.text == "-" or text.endswith("-") else " ") + t.text
        return text

    def _hyphen_front(self, tok: Token) -> list[Token]:
        """The words before the particle of a hyphenated noun the parse repair joined ("call-up": "call", "-")."""
        if tok.i >= 2 and self.doc[tok.i - 1].text == "-" and tok.lemma_ == self.doc[tok.i - 2].lower_ + tok.lower_:
            return [self.doc[tok.i - 2], self.doc[tok.i - 1]]
        return []

    def _span(self, side: Side, near: int | None = None) -> list[int] | None:
        """Where the sentence names the actor: the actor's own words when the sentence holds them ("Vladimir
        Putin" for "which"), else the words that refer to it ("he", "their"); None when only the discourse
        names it ("the two countries" resolved to an earlier pair)."""
        sent = None
        if side.tokens:
            sent = sentence_of(side.tokens[0])
        elif near is not None:
            end = self.doc[-1].idx + len(self.doc[-1].text_with_ws) if len(self.doc) else 0   # len(doc.text)
            span = self.doc.char_span(near, min(near + 1, end), alignment_mode="expand")
            sent = sentence_of(span[0]) if span is not None and len(span) else None
        if side.actors and side.actors[0].text and sent is not None:
            found = self._text(sent).rfind(side.actors[0].text)
            if found >= 0:
                start = sent.start_char + found
                return [start, start + len(side.actors[0].text)]
        if side.tokens:
            toks = phrase_tokens(side.tokens[0])
            return [toks[0].idx, toks[-1].idx + len(toks[-1].text)]
        return None

    def _trigger_span(self, tok: Token, trig: Trigger) -> list[int]:
        """The trigger's words in the text: "cut off ties", not only "cut"."""
        words = [tok]
        for c in self._kids(tok):
            if c.dep_ == "prt" or (trig.objects and c.dep_ in OBJ and self._lemma_in(c, trig.objects)):
                words.append(c)
        for i in range(len(trig.modifiers)):
            if tok.i - i - 1 >= 0:
                words.append(self.doc[tok.i - i - 1])
        words += self._hyphen_front(tok)
        first, last = min(words, key=lambda t: t.i), max(words, key=lambda t: t.i)
        return [first.idx, last.idx + len(last.text)]

    def _confidence(self, source: Side, target: Side, rule: str) -> float:
        c = 0.5
        if source.actors and not source.coref:
            c += 0.15
        if target.actors and not target.coref:
            c += 0.15
        if "^" in source.rule:
            c -= 0.05
        if not target.actors:
            c -= 0.1
        return max(0.1, min(0.95, c))

    def code(self) -> list[Event]:
        out: list[Event] = []
        seen: set[tuple] = set()
        for i, sent in enumerate(sentences(self.doc)):
            self.sent_index = i
            for ev in self.code_sentence(sent):
                if business_only(ev) or idle_event(ev):
                    continue  # "the company sued Morgan Stanley", "US Airways agreed to …": business news
                key = (ev.sentence_index, ev.source.code if ev.source else None,
                       ev.target.code if ev.target else None, ev.cameo)
                if key in seen:
                    continue
                seen.add(key)
                out.append(ev)
                self.past_events.append(ev)
                if ev.source and ev.target and not ev.historical and not ev.target.alias \
                        and family(ev.source) != family(ev.target) and ev.why.get("rule") != "alignment":
                    self.dyad = [ev.source, ev.target]
                    # "Qatar has hosted talks between the United States and the Taliban": the pair in focus is the
                    # two the act is between, not its doer and the last of them
                    if ev.why.get("path", "").endswith("prep-between"):
                        between = [e.target for e in out if e.sentence_index == ev.sentence_index and e.target
                                   and e.why.get("path", "").endswith("prep-between")
                                   and e.why.get("trigger_span") == ev.why.get("trigger_span")]
                        if len(between) == 2 and family(between[0]) != family(between[1]):
                            self.dyad = between
        return out


def sentence_span(sent: Span) -> tuple[int, int]:
    """The sentence's character span in the cleaned text, without the whitespace around it."""
    start_char = sent.start_char
    text = doc_text(sent.doc)[start_char:sent.end_char] if len(sent) else ""
    start = start_char + (len(text) - len(text.lstrip()))
    return start, start + len(text.strip())


def made_row(cameo: str, lemma: str, example: str) -> Trigger:
    """A verb row the coder makes for a pattern the lexicon's columns cannot state (a purpose, a destination)."""
    return Trigger(cameo=cameo, pos="VERB", lemma=lemma, modifiers=(), particle="", prep="", objects=frozenset(),
                   frame="", example=example)


def told_as_done(v: Token) -> bool:
    """Is this verb in a past or present tense that is no base form too ("offered", "revokes"; not "cut", "put")?"""
    return v.tag_ in {"VBD", "VBZ"} and v.lower_ != v.lemma_.lower()


def recoded(e: Event, **changes) -> Event:
    """An event with some of its fields changed (its sides, its code) and the id those fields hash to: a copy made
    with `dataclasses.replace` would keep the id of the old sides."""
    return replace(e, event_id="", **changes)


def recoded_as(e: Event, code: str, note: str, **changes) -> Event:
    """An event given another CAMEO code (its type, mode, Goldstein score and quad class with it), the rule that did
    so noted at the end of its why-path."""
    info = lookup(code)
    return recoded(e, event_type=info.plover_type, event_mode=info.plover_mode, cameo=code, goldstein=info.goldstein,
                   quad_class=info.quad_class, why=dict(e.why, path=e.why.get("path", "") + f" | {note}"), **changes)


def home_concession(e: Event) -> bool:
    """A state's easing of its own restrictions, aimed at no one named: a ban, curfew, censorship or emergency lifted,
    an amnesty or pardon, a law repealed (CAMEO 081x, 0832). It is made at home even where the sentence names the
    foreign body that asked for it ("Turkey lifted its ban on broadcasting in Kurdish, meeting one of the key
    conditions set by the European Union": TUR→TUR), as the writers of the test sentences code it."""
    return (e.event_type == "CONCEDE" and e.target is None and e.source is not None and bool(e.source.country)
            and e.source.code[:3] not in {"IGO", "NGO"} and ((e.cameo or "").startswith("081") or e.cameo == "0832"))


def idle_event(e: Event) -> bool:
    """An event no one could use: a phone call by people at large to no one ("Skype lets people make free calls"),
    shooting by people at large at no one ("let people practise shooting online"). (A visit by no one named is
    kept: the visitor is often only unresolved, "Pope Benedict XVI wrapped up a visit to Turkey".)"""
    idle_source = e.source is None or e.source.sector == "CVL"
    if e.cameo == "041" and e.target is None and idle_source:
        return True
    return e.cameo == "193" and e.target is None and idle_source


def business_only(e: Event) -> bool:
    """Is this an act of a business toward no one or toward another business ("the company sued its former
    auditors", "Commodore International Ltd reached an agreement with Bally")? Business news, not an event
    between political actors (a company's act toward a state or its people is kept)."""
    def bus(a: Actor | None) -> bool:
        return a is not None and a.sector == "BUS" and not a.code.startswith("IGO")
    if not bus(e.source):
        return False
    if MARKET_WORDS & set((e.source.text or "").lower().split()):
        return True   # "the decision was welcomed by investors": a market's mood, toward a state or not
    # (or toward its own country named as a place: "British Airways is introducing a fare … in London")
    return e.target is None or bus(e.target) or (e.target.sector is None and e.target.country == e.source.country)


def homed(a: Actor, country: str) -> Actor:
    """An actor named by role ("police", "the army") given the country it is of."""
    return Actor(text=a.text, name=a.name, country=country, sector=a.sector, code=country + a.sector, alias=a.alias)


def same_actor(a: Actor, b: Actor) -> bool:
    """One actor, by code, except two parties of one state: "Labour accused the Tories" is GBRPTY against GBRPTY."""
    return a.code == b.code and not (a.sector == b.sector == "PTY" and a.name and b.name and a.name != b.name)


def officer_and_holder(a: Actor, b: Actor) -> bool:
    """Are these, under one code, a named office holder and other people of the state named only by role ("a
    provincial governor accused Philippine President Joseph Estrada", "Kumaratunga was criticised by her own prime
    minister", "Li Peng met student leaders": PHLGOV against PHLGOV, two sides, not one actor acting on itself)?"""
    if a.code != b.code or a.sector not in STATE_SECTORS or not a.country or bool(a.name) == bool(b.name):
        return False
    named, officer = (a, b) if a.name else (b, a)
    country = tables().countries.get(named.country)
    words = (officer.text or "").lower().split()
    # (not the state's own government named by role: "agreed to hand power to a neutral caretaker government")
    return country is not None and named.name != country.name and bool(words) and words[-1] not in STATE_ITSELF


def family(a: Actor) -> str:
    """Actors of the same state count as one side: RUSGOV and RUSMIL, and the USSR with Russia."""
    if a.country:
        return state_key(a.country)
    return a.code[:6]


def source_families(events: list[Event]) -> set[str]:
    """The states (or bodies) the doers of these events belong to."""
    return {family(e.source) for e in events if e.source}


def state_key(country: str) -> str:
    """A country code as a side: the USSR is Russia's."""
    return "RUS" if country == "SUN" else country
