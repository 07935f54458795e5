"""Actor mentions and their resolution to CAMEO-style codes (country + sector, IGO codes).

The tables are data under accord/data/actors/ (see docs/actors.md): countries with names, demonyms and
capitals; institutions; IGOs and regions; leaders with tenure dates; media outlets; role words that give
sectors; named groups; and speaker-relative aliases ("hostile forces" in Pyongyang's mouth).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources
import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from . import nlp as nlp_mod
from .models import Actor
from .location import REGION_NOUNS, doc_dateline, water_name
from .ontology import read_tsv

# English words one letter from a country's name, never its misspelling
REAL_WORDS = frozenset({"liberal", "liberals", "grenade", "grenades", "liberian"})
CURRENCY_WORDS = frozenset({"dollar", "dollars", "dlr", "dlrs", "yen", "mark", "marks", "franc", "francs", "pound",
                            "pounds", "sterling", "euro", "euros", "rouble", "roubles", "ruble", "rubles", "yuan",
                            "renminbi", "peso", "pesos", "rupee", "rupees", "lira", "riyal", "riyals", "won", "baht",
                            "ringgit", "rand", "shekel", "shekels", "dinar", "dinars", "cents", "currency"})
_INITIAL = re.compile(r"[a-z]\.?")   # a middle initial of a name in people_phoenix.tsv

# A country mention glued to these words names a backer or a base, not the actor itself:
# "Russian-backed separatists" are not Russian; "London-based group" is not British.
NOT_THE_ACTOR_SUFFIXES = {"backed", "based", "supported", "sponsored", "funded", "armed", "allied",
                          "installed", "controlled", "held", "occupied", "brokered", "mediated", "made", "born", "aligned",
                          "linked", "affiliated", "inspired", "trained", "leaning", "friendly",
                          "style", "type", "like"}   # ("Egyptian-style unrest", "Soviet-type planning": a manner)
# envoys a state posts to a body: "Iran's U.N. ambassador" is Iran's
POSTED_ENVOYS = {"ambassador", "envoy", "representative", "delegate", "delegation", "diplomat", "mission"}
NOT_THE_ACTOR_PREFIXES = {"pro", "anti", "pan"}  # ("the Pan-American Highway")
DIRECTIONS = {"North", "South", "East", "West"}  # "North and South Korea"
# "Kremlin critic", "Assad opponent": the actor named just before these is whom they oppose
# numbers that name a crowd of people when nothing else is named ("thousands marched through Kiev")
CROWD_NUMBERS = {"thousands", "hundreds", "dozens", "millions", "scores"}
CROWD_PEOPLE = {"participant", "delegate", "pilgrim", "fan", "member", "mourner", "worshipper", "youth", "man",
                "woman", "person", "teacher", "nurse", "employee", "miner", "farmer", "marcher", "follower",
                "believer", "inhabitant", "local", "spectator", "onlooker"}
# soldiers a state's adjective names who serve in a body's force: they are the state's ("two Canadian soldiers of the
# NATO-led force"; but "American members of the U.N. weapons inspection team" are the body's)
SERVING_PEOPLE = frozenset({"soldier", "troop", "peacekeeper", "paratrooper", "marine", "pilot"})
# institutions whose name other states' bodies share, with the sector a named country's body gets
SHARED_NAMES = {"Congress": "LEG"}
# names of an international body's organ that states give their own organs too, with the state organ's sector: one
# named right after a state is the state's ("Russian Security Council secretary Alexander Lebed")
STATE_BODY_NAMES = {"Security Council": "GOV", "General Assembly": "LEG"}
# a region's states or leaders acting together are its regional body, from the day it was founded (the latest first)
REGION_BODIES = {"WAF": (("IGOWAFWAS", date(1975, 5, 28)),), "SAF": (("IGOSAFSAD", date(1980, 4, 1)),),
                 "SEA": (("IGOSEAASN", date(1967, 8, 8)),), "EAF": (("IGOEAFEAC", date(2000, 7, 7)),),
                 "AFR": (("IGOAFRAFU", date(2002, 7, 9)), ("IGOAFROAU", date(1963, 5, 25)))}
REGION_BODY_HEADS = frozenset({"leader", "state", "nation", "government", "country", "president", "minister", "envoy",
                               "mediator", "negotiator", "head", "delegation", "bloc", "summit", "official", "diplomat",
                               "plan", "proposal", "initiative", "force", "troop", "peacekeeper"})
# bodies of a state that ended whose name a successor kept, by name: the successors, and the day the old state ended.
# "KGB officers arrested a blogger in Minsk" (2020) are Belarus's KGB; "the KGB" of a story that names no successor
# stays the Soviet one ("a former KGB officer")
KEPT_NAMES = {"KGB": (("BLR",), date(1991, 12, 26))}
# states whose legislature (or, in India, leading party) news calls a bare "Congress", with its sector: a story that
# names one of them more often than the United States means theirs ("Congress" in a story on Manila or New Delhi)
CONGRESS_STATES = {"IND": "PTY", "PHL": "LEG", "PER": "LEG", "BRA": "LEG", "COL": "LEG", "ARG": "LEG", "CHL": "LEG",
                   "MEX": "LEG", "GTM": "LEG", "HND": "LEG", "SLV": "LEG", "PRY": "LEG", "BOL": "LEG", "ECU": "LEG",
                   "DOM": "LEG"}
# prepositions that name a place an act happens in ("talks in Nairobi", "fighting near Aleppo"); the coder's too
PLACE_PREPS = frozenset({"in", "near", "at", "inside", "outside", "across", "around", "throughout", "through"})
# role words whose "of" phrase names the body they head or belong to ("leaders of the miners' union"), and the
# sectors of such bodies that then stand for them
HEADS_OF = frozenset({"leader", "head", "chief", "member", "official", "representative", "delegate", "spokesman",
                      "spokeswoman", "spokesperson", "activist", "supporter"})
# nouns a region name modifies as the topic of talks or strife ("Middle East peace talks", "the Balkan conflict")
REGION_TOPICS = frozenset({"peace", "conflict", "process", "crisis", "policy", "war", "talks", "summit", "conference"})
HEADED_SECTORS = frozenset({"LAB", "OPP", "PTY", "REB", "INS", "SEP", "EDU", "REL", "BUS", "MED", "NGO", "CVL", "ENV",
                            "HLH", "UAF", "AGR", "ELI"})
# words before "Security Council" that make it a state's own council ("High Security Council", "National …")
COUNCIL_QUALIFIERS = frozenset({"High", "Higher", "National", "Supreme", "State", "Revolutionary", "Federal",
                                "Military", "Economic", "Defence", "Defense"})
# the words of talks and accords: a capital after their partner is the venue ("talks with rebels in Abuja")
TALK_WORDS = frozenset({"talk", "talks", "negotiation", "negotiate", "meeting", "meet", "dialogue", "consultation",
                        "discussion", "discuss", "contact", "accord", "agreement", "deal", "treaty", "pact",
                        "ceasefire", "truce", "conference", "summit", "confer", "consult"})
# cities news uses for a body seated there ("Brussels" for the EU): after these prepositions they are the place
CITY_METONYMS = frozenset({"brussels"})
CITY_PLACE_PREPS = PLACE_PREPS | {"into"}   # ("roads into Brussels")
SPEAKERS_ORGANS = {"MIL", "GOV", "COP", "SPY"}   # a bare one in a speaker's words is the speaker's state's
# the verbs whose content clause a speaker owns, for that rule: narrower than the lexicon's class "speech" on purpose
# ("suggest", "note", "discuss" … report others' acts as often as their own)
SPEAKING_VERBS = {"say", "announce", "tell", "state", "declare", "add", "insist", "confirm", "stress", "warn",
                  "assure", "promise", "pledge", "vow", "claim", "report", "disclose", "reveal", "affirm", "deny"}
# Sectors of actors that belong to a place rather than a state: their country may come from "in X".
PLACE_SECTORS = {"REB", "SEP", "INS", "CVL", "OPP", "REF", "PTY", "MIL", "COP", "GOV", "LEG", "JUD", "BUS",
                 "MED", "REL", "LAB", "EDU", "HLH", "NGO", "CRM", "SPY", "ELI", "UAF"}
# the last word of a company's name ("Commodore International Ltd", "US Airways"): a country named in it is the
# company's home, not the state acting
CORPORATE_SUFFIXES = frozenset({"Corp", "Corporation", "Inc", "Incorporated", "Co", "Ltd", "Limited", "PLC", "plc",
                                "AG", "SA", "NV", "GmbH", "LLC", "Airways", "Airlines", "Bancorp", "Bankshares",
                                "Holdings", "Motors", "Petroleum", "Telecom", "Steel", "Industries", "Brewing"})
# "Indian villagers", "Mayan Indians": the words that make "Indian" a native people of the Americas when the sentence
# is on a state there (see ActorTables._native_peoples)
NATIVE_PEOPLE_NOUNS = frozenset({"villager", "villagers", "peasant", "peasants", "tribe", "tribes", "tribesmen",
                                 "tribal", "community", "communities", "reservation", "reservations", "territory",
                                 "territories", "lands", "village", "villages", "settlement", "settlements", "chief",
                                 "chiefs", "people", "peoples", "leaders", "groups", "organizations", "families",
                                 "organisations", "activists", "protesters", "squatters", "farmers", "rights",
                                 "uprising", "movement", "rebels", "guerrillas", "women", "children", "men"})
NATIVE_PEOPLE_QUALIFIERS = frozenset({"native", "american", "amazon", "amazonian", "indigenous", "local", "highland",
                                      "lowland", "jungle"})
SOUTH_ASIA = frozenset({"IND", "PAK", "BGD", "LKA", "NPL", "BTN", "MDV", "AFG"})
# Successor states: a code not yet valid at a date is read as its predecessor (Moscow in 1985 is the USSR).
PREDECESSORS = {"RUS": ("SUN", date(1991, 12, 26))}
# States that ended, with the first day they no longer existed ...
DEFUNCT = {"SUN": date(1991, 12, 26), "YUG": date(2003, 2, 4), "CSK": date(1993, 1, 1), "DDR": date(1990, 10, 3)}
# ... and the state that a defunct one's former office holders belong to after its end: Gorbachev in 2011 is Russian
SUCCESSORS = {"SUN": "RUS", "YUG": "SRB", "DDR": "DEU"}
# A place the gazetteer puts in a state that did not yet exist at a date lay in the state it then belonged to: Yei
# in 2002 is in Sudan, Asmara in 1990 in Ethiopia, Pristina in 1999 in Serbia (as "Serbian" then is SRB),
# Bratislava in 1988 in Czechoslovakia (the start dates are countries.tsv's)
PLACE_PREDECESSORS = {"SSD": "SDN", "ERI": "ETH", "CZE": "CSK", "SVK": "CSK", "NAM": "ZAF",
                      "RUS": "SUN", "XKX": "SRB"}


def place_country_at(code: str, when: date | None, valid_from: date | None) -> str:
    """The state a place of `code` lay in at `when` (the code itself once that state exists)."""
    if when is None or valid_from is None or when >= valid_from:
        return code
    return PLACE_PREDECESSORS.get(code, code)
# people named as against a government or leader ("opponents of President Gutierrez"): its opposition
OPPONENT_NOUNS = frozenset({"opponent", "critic", "detractor"})
# nouns after a capital that make it the name of an agreement or of a meeting's venue ("the Minsk agreements")
NAMED_BY_CAPITAL = {"accord", "accords", "agreement", "agreements", "process", "protocol", "protocols", "convention",
                    "conventions", "format", "declaration", "talks", "conference", "summit", "framework", "formula",
                    "commitment", "agenda", "charter", "communique", "consensus", "initiative", "treaty", "pact",
                    "roadmap", "principles", "document", "statute", "olympics", "games", "marathon", "ceasefire",
                    "ceasefires", "truce", "armistice", "memorandum"}
PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "appos", "flat", "npadvmod", "nummod", "det", "case",
               "punct", "advmod", "quantmod"}


@dataclass(frozen=True)
class Entry:
    """One row of an actor table, as the matcher sees it."""

    kind: str  # country | institution | igo | region | leader | media | group | party | sector | alias
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    state_media: bool = False
    form: str | None = None  # for countries: name | adjective | plural | capital
    speaker: str | None = None
    targets: tuple[str, ...] = ()
    # parties (parties.tsv): the countries whose party goes by the name, and whether the name is also a common word
    countries: tuple[str, ...] = ()
    common: bool = False

    def valid_at(self, when: date | None) -> bool:
        if when is None:
            return self.valid_until is None
        if self.valid_from and when < self.valid_from:
            return False
        if self.valid_until and when > self.valid_until:
            return False
        return True

    def actor_code(self) -> str:
        if self.code:
            return self.code
        return (self.country or "---") + (self.sector or "")


@dataclass
class Mention:
    start: int
    end: int
    entries: list[Entry] = field(default_factory=list)

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}


def mention_countries(m: Mention) -> set[str]:
    """The states a mention names: a country (by name, capital or demonym), a leader's, a state body's or a group's,
    a party of one country."""
    found = set()
    for e in m.entries:
        if e.kind in {"country", "leader", "institution", "group"} and e.country:
            found.add(e.country)
        elif e.kind == "party" and len(e.countries) == 1:
            found.add(e.countries[0])
    return found


def leader_files() -> list[str]:
    """leaders.tsv and the regional tables beside it (leaders_africa.tsv, …)."""
    folder = resources.files("accord").joinpath("data", "actors")
    extra = sorted(p.name for p in folder.iterdir() if p.name.startswith("leaders_") and p.name.endswith(".tsv"))
    return ["actors/leaders.tsv"] + [f"actors/{n}" for n in extra]


def names_who(a: "Actor") -> bool:
    """Does the actor name who acts — a state, an organisation, a named group or a region — rather than only
    a role ("leaders", "demonstrators"), which takes its country from the sentence?"""
    return bool(a.country) or a.code[:3] in {"IGO", "NGO", "IMG"} or a.code[:3] in tables().regions


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _deletions(word: str) -> set[str]:
    """The word and every string made by deleting one of its letters."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


TITLE_WORDS = {"mr", "mrs", "ms", "dr", "president", "premier", "minister", "secretary", "general", "gen", "gen.",
               "admiral", "chancellor", "king", "queen", "prince", "sheikh", "ambassador", "senator", "sen.", "governor",
               "mayor", "judge", "justice", "colonel", "col.", "lieutenant", "lt.", "commander", "chairman", "speaker",
               "envoy", "deputy", "vice", "foreign", "defence", "defense", "prime", "state", "finance", "interior"}


def _is_acronym(pattern: str) -> bool:
    letters = [c for c in pattern if c.isalpha()]
    return "." in pattern or (len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2
                              and pattern.upper() == pattern)


class ActorTables:
    """The actor tables with a phrase matcher over all their surface forms."""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}
        self.countries: dict[str, Entry] = {}
        self.codes: dict[str, Entry] = {}
        self._load()
        vocab = nlp_mod.load().vocab
        self.matcher_lower = PhraseMatcher(vocab, attr="LOWER")
        self.matcher_orth = PhraseMatcher(vocab, attr="ORTH")
        tok = nlp_mod.tokenizer_only()
        lower, orth = {}, {}
        for pattern in self.entries:
            (orth if _is_acronym(pattern) else lower)[pattern] = None
        self._add(self.matcher_lower, lower, tok)
        self._add(self.matcher_orth, orth, tok)
        self.ngo_heads = frozenset(r["word"].lower() for r in read_tsv("actors/ngo_heads.tsv"))
        # one-letter misspellings of one-word country names ("Ethopia", "Quatar", "Afganistan"), by deletion
        # neighbourhoods: a word and a name match when deleting at most one letter from each makes them equal
        self.near: dict[str, set[str]] = {}
        self._may_be_misspelt: dict[int, bool] = {}   # ORTH -> a word `_misspelt_country` looks at
        for pattern, entries in self.entries.items():
            if " " in pattern or len(pattern) < 5 or not pattern.isalpha() or \
                    not any(e.kind == "country" and e.form == "name" for e in entries):
                continue
            for v in _deletions(pattern.lower()):
                self.near.setdefault(v, set()).add(pattern)

    def _add(self, matcher: PhraseMatcher, patterns: dict, tok) -> None:
        for pattern in patterns:
            matcher.add(pattern, [tok.make_doc(pattern)])

    def add(self, pattern: str, entry: Entry) -> None:
        self.entries.setdefault(pattern, [])
        if entry not in self.entries[pattern]:
            self.entries[pattern].append(entry)

    def _load(self) -> None:
        for row in read_tsv("actors/countries.tsv"):
            base = dict(name=row["name"], country=row["code"], valid_from=_date(row["valid_from"]),
                        valid_until=_date(row["valid_until"]))
            self.countries[row["code"]] = Entry("country", form="name", **base)
            for col, form in (("names", "name"), ("adjectives", "adjective"), ("plurals", "plural"),
                              ("capitals", "capital")):
                for p in _split(row[col]):
                    self.add(p, Entry("country", form=form, **base))
            self.add(row["name"], Entry("country", form="name", **base))
        for row in read_tsv("actors/institutions.tsv"):
            self.add(row["pattern"], Entry("institution", name=row["name"] or row["pattern"],
                                           country=row["country"] or None, sector=row["sector"] or None))
        for row in read_tsv("actors/igos.tsv"):
            e = Entry(row["kind"] or "igo", name=row["name"], code=row["code"])
            self.codes[row["code"]] = e
            for p in _split(row["names"]) + [row["name"]]:
                self.add(p, e)
        # the codes of the regions among them (CAMEO's WST, MEA, WAF, …)
        self.regions = frozenset(c for c, e in self.codes.items() if e.kind == "region")
        for row in (r for name in leader_files() for r in read_tsv(name)):
            names = _split(row["names"])
            code = row.get("code") or None   # heads of international organisations (leaders_igo.tsv)
            e = Entry("leader", name=names[0], country=row["country"] or None,
                      sector=None if code else row["sector"] or "GOV", code=code,
                      valid_from=_date(row["start"]), valid_until=_date(row["end"]), form=row["role"])
            for p in names:
                self.add(p, e)
        for row in read_tsv("actors/media.tsv"):
            e = Entry("media", name=row["name"], country=row["country"] or None, sector="MED",
                      code=row["code"], state_media=row["state_media"].lower() == "true")
            for p in _split(row["names"]) + [row["name"]]:
                self.add(p, e)
        for row in read_tsv("actors/sectors.tsv"):
            for p in _split(row["pattern"]):
                self.add(p, Entry("sector", name=p, sector=row["sector"]))
        for row in read_tsv("actors/groups.tsv"):
            e = Entry("group", name=row["name"], country=row["country"] or None, sector=row["sector"] or None,
                      code=row["code"] or None)
            for p in _split(row["names"]) + [row["name"]]:
                self.add(p, e)
        # people of the Phoenix dictionary the leaders tables lack: looked up by their last word, not matched
        # by the phrase matcher (23,000 rows would add seconds to every start of a worker)
        self.people: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        text = resources.files("accord").joinpath("data", "actors", "people_phoenix.tsv").read_text("utf-8")
        people = self.people
        for line in text.splitlines()[1:]:
            if line.startswith("#") or line.startswith("names\t"):
                continue
            names, country, sector, start, end = line.split("\t")
            forms = names.split("|")
            e = Entry("leader", name=forms[0], country=country or None, sector=sector or "GOV",
                      valid_from=_date(start), valid_until=_date(end), form="phoenix")
            for n in forms:
                words = tuple(n.lower().replace("-", " - ").split())
                people.setdefault(words[-1], []).append((words, e))
                # news often drops a middle initial the dictionary keeps: "Clayton Yeutter" is Clayton K. Yeutter
                bare = tuple(w for w in words[1:-1] if not _INITIAL.fullmatch(w))
                if len(bare) < len(words) - 2:
                    people[words[-1]].append(((words[0], *bare, words[-1]), e))
        for row in read_tsv("actors/parties.tsv"):
            countries = tuple(_split(row["countries"]))
            e = Entry("party", name=row["name"], country=row["default"] or None, sector="PTY", countries=countries,
                      common=row["common"] == "true")
            for p in _split(row["names"]):
                self.add(p, e)
        for row in read_tsv("actors/speaker_aliases.tsv"):
            for p in _split(row["pattern"]):
                self.add(p, Entry("alias", name=p, speaker=row["speaker"], targets=tuple(_split(row["targets"]))))

    # -- matching -------------------------------------------------------------------------------------

    def mentions(self, doc: Doc, when: date | None = None) -> list[Mention]:
        """Non-overlapping actor mentions in a Doc, longest first (`when`: the publication date, for the lone
        surnames of people_phoenix.tsv)."""
        found: dict[tuple[int, int], Mention] = {}
        in_name: set[int] = set()
        for matcher in (self.matcher_lower, self.matcher_orth):
            for match_id, start, end in matcher(doc):
                key = doc.vocab.strings[match_id]
                # a capitalised name matches only capitalised text: "Turkey" not "turkey", "West" not "west";
                # a long name's leading words may be lower-cased where its last word is not ("the former
                # Yugoslav republic of Macedonia", "the democratic republic of Congo")
                if key[:1].isupper() and not doc[start].text[:1].isupper() \
                        and not (end - start >= 3 and doc[end - 1].text[:1].isupper()
                                 and key.rsplit(" ", 1)[-1][:1].isupper()):
                    continue
                m = found.setdefault((start, end), Mention(start, end))
                for e in self.entries.get(key, []):
                    if e not in m.entries:
                        m.entries.append(e)
        self._people(doc, found, when)
        # "the US firm agreed to pay": the noun "firm" is a company ("a firm stance" is no actor); looked for in the
        # array of forms, not with a Token object per word
        from spacy.attrs import LOWER

        firm = {doc.vocab.strings[w] for w in ("firm", "firms")}
        for i, low in enumerate(doc.to_array([LOWER]).ravel().tolist() if len(doc) else []):
            if low in firm and doc[i].pos_ == "NOUN" and (i, i + 1) not in found:
                found[(i, i + 1)] = Mention(i, i + 1, [Entry("sector", name=doc[i].lower_, sector="BUS")])
        for m in found.values():
            # "a retired U.S. naval officer, Edmond Pope": "Pope" after a first name is a surname
            if (m.end - m.start == 1 and doc[m.start].text == "Pope" and m.start > 0
                    and doc[m.start - 1].tag_ == "NNP" and doc[m.start - 1].i != doc[m.start - 1].sent.start
                    and doc[m.start - 1].text not in {"Catholic", "Coptic", "Orthodox", "Roman", "Vatican"}
                    and not any(k[0] <= m.start - 1 < k[1] for k in found)
                    and not (m.end < len(doc) and doc[m.end].text[:1].isupper())):
                m.entries = []
            # "ethnic Albanian rebels in Macedonia", "ethnic Russians in Estonia": a people named by its ethnicity is
            # no citizen of the state its name comes from (CAMEO codes a minority by the state it lives in)
            if m.start > 0 and doc[m.start - 1].lower_ == "ethnic":
                people = any(e.kind == "country" and e.form == "plural" for e in m.entries)
                m.entries = [e for e in m.entries if not (e.kind == "country" and e.form in {"adjective", "plural"})]
                if people and not m.entries:   # ("thousands of ethnic Russians protested in Tallinn": civilians)
                    m.entries = [Entry("sector", name=doc[m.end - 1].lower_, sector="CVL")]
            # "Somalia's Lower Juba region", "the Upper Nile state": a region named for a city elsewhere is no
            # capital of that city's state
            if (m.start > 0 and doc[m.start - 1].text in {"Lower", "Upper", "Middle"} and m.end < len(doc)
                    and doc[m.end].lower_ in {"region", "province", "state", "district", "valley", "river"}):
                m.entries = [e for e in m.entries if not (e.kind == "country" and e.form == "capital")]
            # "the six-party talks", "an all-party conference", "a cross-party group": parties counted or joined
            # name no party
            if m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start].lower_ in {"party", "parties"}:
                m.entries = [e for e in m.entries if e.kind != "sector"]
            # "Brussels urged Belgrade", "Brussels' proposal": the city names the EU as a doer; "talks in Brussels",
            # "roads into Brussels": the city itself, a place and no actor
            if doc[m.start:m.end].text.lower() in CITY_METONYMS and doc[m.end - 1].dep_ == "pobj" \
                    and doc[m.end - 1].head.lower_ in CITY_PLACE_PREPS:
                m.entries = [e for e in m.entries if e.kind != "igo"]
            # "Algeria's High Security Council", "Iran's Supreme National Security Council", "the National Security
            # Council": a state's own council is not the UN's (nor a body's "Peace and Security Council" the AU's)
            if (m.start > 0 and doc[m.start].text in {"Security", "Peace"} and doc[m.start - 1].text in COUNCIL_QUALIFIERS):
                m.entries = [e for e in m.entries if e.kind != "igo"]
            # "Chad Johnson", "Jordan Peterson": a country word inside a person's name is no country
            # (not an abbreviation: no one is called "U.S.", and spaCy takes Reuters' "U.S. Attack" for a person)
            if doc[m.start].ent_type_ == "PERSON" and m.end < len(doc) and doc[m.end].ent_type_ == "PERSON" \
                    and doc[m.end].ent_iob_ == "I" and "." not in doc[m.end - 1].text:
                m.entries = [e for e in m.entries if e.kind not in {"country", "region"}]
                # "Kim Beazley", "Howard Dean": a leader's lone name that a longer name no table holds goes on
                # is someone else ("Kim Jong Il" is matched whole, before this)
                if m.end - m.start == 1 and doc[m.end].is_alpha and doc[m.end].text[:1].isupper():
                    m.entries = [e for e in m.entries if e.kind != "leader"]
            # "Cardinal Jaime Ortega" is not Daniel Ortega: a leader's lone surname after another given name of the
            # same person's name is someone else
            if (m.end - m.start == 1 and m.start > 0 and doc[m.start].ent_type_ == "PERSON" and doc[m.start].ent_iob_ == "I"
                    and doc[m.start - 1].pos_ == "PROPN" and doc[m.start - 1].text[:1].isupper()
                    and doc[m.start - 1].lower_.rstrip(".") not in TITLE_WORDS
                    and any(e.kind == "leader" for e in m.entries)):
                prev = doc[m.start - 1].lower_
                m.entries = [e for e in m.entries if e.kind != "leader" or prev in e.name.lower().split()]
            # "West Darfur", "West Africa": a region word that starts a longer proper name is not the region —
            # nor is a country word inside it ("the Central American University", "North American Free Trade
            # Agreement": no American actor)
            # (nor "the West" before "German": "The West German parliament" is West Germany's)
            if m.end < len(doc) and (doc[m.end].pos_ == "PROPN" or any(
                    e.kind == "country" for e in getattr(found.get((m.end - 1, m.end + 1)), "entries", ()))) \
                    and doc[m.end].text[:1].isupper() and any(e.kind == "region" for e in m.entries):
                m.entries = [e for e in m.entries if e.kind != "region"]
                if not m.entries:
                    in_name.update(range(m.start, m.end))
            # "the Oslo accords", "the Minsk agreements", "the Geneva talks": a capital that names an agreement
            # or the venue of a meeting is no actor
            # (the noun must follow the capital directly: "Washington held talks" names no venue)
            after = []
            for t in doc[m.end: m.end + 2]:
                if t.pos_ not in {"NOUN", "PROPN"}:
                    break
                after.append(t.lower_)
            if after and (after[0] in NAMED_BY_CAPITAL or after[:1] == ["peace"] and after[1:] and after[1] in NAMED_BY_CAPITAL
                          # "the Hanoi Action Plan", "the Bogor Goals": a named scheme ("a Washington plan" is the US's)
                          or (after[0] in {"action", "plan", "goals"} and doc[m.end].text[:1].isupper())):
                m.entries = [e for e in m.entries if not (e.kind == "country" and e.form == "capital")]
            if after[:1] and after[0] in {"games", "olympics", "cup", "championship", "championships"}:
                m.entries = [e for e in m.entries if e.kind != "igo"]  # "the Commonwealth Games": a sports event
            if after[:1] and after[0] in CURRENCY_WORDS:  # "500 mln U.S. dlrs", "the Taiwan dollar": money, no actor
                m.entries = [e for e in m.entries if e.kind not in {"country", "region"}]
            if after[:1] and after[0] in REGION_TOPICS and any(e.kind == "region" for e in m.entries):
                # "Middle East peace talks", "a Saudi Middle East peace initiative", "the Balkan conflict": the
                # region is what the talks or the conflict are about, no party to them
                m.entries = [e for e in m.entries if e.kind != "region"]
                if not m.entries:
                    in_name.update(range(m.start, m.end))
            if after[:1] == ["round"]:  # "the Uruguay Round", "the Doha round": a named round of trade talks
                m.entries = [e for e in m.entries if e.kind != "country"]
            if after[:1] and after[0] in REGION_NOUNS and any(e.kind == "country" for e in m.entries):
                # "a boarding school in Niger state", "Delta State": a division of another country named for a state
                from .location import gazetteer
                division = gazetteer().region(doc[m.start:m.end].text, kind=after[0])
                if division is not None and not any(e.country == division.country for e in m.entries):
                    m.entries = [e for e in m.entries if e.kind != "country"]
            # "the Sea of Japan", "the Gulf of Oman", "the South China Sea", "the Indian Ocean": a sea named for a
            # state is no actor, and no place of that state
            if _names_water(doc, m):
                m.entries = [e for e in m.entries if e.kind not in {"country", "region"}]
            # "Labour costs", "the Labour Ministry", "Conservative estimates", "the Republican Guard": a party name
            # that is also a word is a party only as a noun or before a word for the party's people
            if any(e.kind == "party" and e.common for e in m.entries) and not _party_sense(doc, m):
                m.entries = [e for e in m.entries if not (e.kind == "party" and e.common)]
        self._defined_acronyms(doc, found)
        self._led_by(doc, found)
        self._elided_direction(doc, found)
        found = {k: m for k, m in found.items() if m.entries}
        chosen: list[Mention] = []
        taken: set[int] = set()
        for m in sorted(found.values(), key=lambda m: (-(m.end - m.start), m.start)):
            if taken.isdisjoint(range(m.start, m.end)) and not in_name.issuperset(range(m.start, m.end)):
                chosen.append(m)
                taken.update(range(m.start, m.end))
        from spacy.attrs import ORTH

        spelt = self._may_be_misspelt
        for i, orth in enumerate(doc.to_array([ORTH]).ravel().tolist()):
            may = spelt.get(orth)
            if may is None:
                may = spelt[orth] = _misspelling_shape(doc.vocab.strings[orth])
            if may and i not in taken:
                m = self._misspelt_country(doc[i])
                if m is not None:
                    chosen.append(m)
                    taken.add(i)
        for ent in doc.ents:
            # a role word inside the name ("the Committee to Protect Journalists") does not block it
            inside = [c for c in chosen if ent.start <= c.start and c.end <= ent.end]
            roles = {i for c in inside if all(e.kind == "sector" for e in c.entries) for i in range(c.start, c.end)}
            company = self._company(ent, inside)
            if company is not None:
                chosen = [c for c in chosen if not (company.start <= c.start and c.end <= company.end)] + [company]
                taken.update(range(company.start, company.end))
                continue
            m = self._unknown_ngo(ent, taken - roles)
            if m is not None:
                chosen = [c for c in chosen if not (m.start <= c.start and c.end <= m.end)] + [m]
                taken.update(range(m.start, m.end))
        self._native_peoples(doc, chosen, when)
        end = self._dateline_end(doc)
        if end:  # "JERUSALEM (Reuters) - Israel released …": the dateline's place and agency are no actors
            chosen = [m for m in chosen if doc[m.start].idx >= end]
        return sorted(chosen, key=lambda m: m.start)

    def _native_peoples(self, doc: Doc, chosen: list[Mention], when: date | None) -> None:
        """"Guatemalan soldiers killed 12 Indian villagers", "Mayan Indians in Chiapas": in a sentence on a state of
        the Americas, an Indian people is that state's native people, not India's (PETRARCH's dictionaries make the
        same slip). Only with a people word after "Indian" or a people's name before "Indians", the sentence naming
        a state of the Americas and no state of South Asia. (Not on an unparsed Doc: the pre-filter's, which only
        asks whether an actor is named.)"""
        if not doc.has_annotation("DEP"):
            return
        from .location import gazetteer, region_members

        for m in chosen:
            if m.end - m.start != 1 or doc[m.start].text not in {"Indian", "Indians"} \
                    or not any(e.kind == "country" and e.country == "IND" for e in m.entries):
                continue
            t = doc[m.start]
            if t.text == "Indian":
                native = m.end < len(doc) and doc[m.end].lower_ in NATIVE_PEOPLE_NOUNS
            else:
                prev = doc[m.start - 1] if m.start else None
                native = prev is not None and (prev.lower_ in NATIVE_PEOPLE_QUALIFIERS
                                               or (prev.text[:1].isupper() and prev.pos_ in {"PROPN", "ADJ"}
                                                   and prev.i != t.sent.start and not any(
                                                       o.start <= prev.i < o.end for o in chosen))
                                               # ("Thousands of Indians marched on Quito", "45 Indians")
                                               or prev.lower_ == "of" or prev.tag_ == "CD"
                                               # ("Ecuadorean Indians blocked roads"): a state's adjective
                                               or any(o.start <= prev.i < o.end and any(
                                                   e.kind == "country" and e.form == "adjective" and e.country != "IND"
                                                   for e in o.entries) for o in chosen))
            if not native:
                continue
            states = []
            for o in chosen:
                if o is not m and o.start >= t.sent.start and o.end <= t.sent.end:
                    states += sorted(mention_countries(o), key=str)
            # (a place of the sentence the gazetteer puts in a state counts too: "in Acteal, Chiapas state")
            states += sorted({p.country for e in t.sent.ents if e.label_ in {"GPE", "LOC"}
                              and not any(o.start <= e.start < o.end for o in chosen)
                              for p in [gazetteer().place(e.text)] if p is not None and p.country})
            if any(c in SOUTH_ASIA for c in states):
                continue
            americas = [c for c in states if c in region_members()["latin american"] | {"USA", "CAN"}]
            if not americas:
                continue
            mine = self.country_entry(americas[0], when)
            if mine is None:
                continue
            form = next(e.form for e in m.entries if e.kind == "country" and e.country == "IND")
            m.entries = [replace(mine, form=form) if (e.kind == "country" and e.country == "IND") else e
                         for e in m.entries]

    @staticmethod
    def _dateline_end(doc: Doc) -> int:
        head = nlp_mod.doc_text(doc)[:300]
        if not any(c in head for c in "-–—―"):
            return 0
        return _dateline_end_of(head)


    def _people(self, doc: Doc, found: dict[tuple[int, int], Mention], when: date | None) -> None:
        """People of people_phoenix.tsv ("Defense Secretary Caspar Weinberger", "Shultz"), where no table of the
        phrase matcher named the same words. A name inside a longer person's name is not the person ("Jim
        Shultz" is not George Shultz). A lone surname is the person only while in office at the publication date
        or after the full name earlier in the text: "Lawson" in 1987 is not Togo's minister of 2010."""
        people = self.people
        lowers = None
        named: set[str] = set()   # people named in full so far
        titled: set[int] | None = None  # tokens of country, role and institution mentions ("Japanese Prime Minister")
        for i, t in enumerate(doc):
            if not t.text[:1].isupper():
                continue
            cands = people.get(t.lower_)
            if not cands:
                continue
            if lowers is None:
                lowers = [x.lower_ for x in doc]
            best: tuple[int, list[Entry]] | None = None
            for words, e in cands:
                start = i - len(words) + 1
                if start < 0 or tuple(lowers[start:i + 1]) != words:
                    continue
                if len(words) == 1 and t.pos_ not in {"PROPN", "NOUN"}:
                    continue  # (the table's lone surnames are no common words: spaCy tags some as nouns)
                if best is None or start < best[0]:
                    best = (start, [e])
                elif start == best[0] and e not in best[1]:
                    best[1].append(e)
            if best is None:
                continue
            start, entries = best
            if start == i:
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                prev = doc[i - 1] if i > 0 else None
                if titled is None:
                    titled = {k for (a, b), m in found.items()
                              if any(x.kind in {"country", "sector", "institution"} for x in m.entries) for k in range(a, b)}
                if (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()) or (
                        prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper()
                        and prev.lower_.rstrip(".") not in TITLE_WORDS and prev.i not in titled) or (
                        prev is not None and prev.text in {"-", "‐"} and not prev.whitespace_ and i >= 2
                        and not doc[i - 2].whitespace_ and doc[i - 2].text[:1].isupper()
                        and not any(f" {doc[i - 2].lower_} {t.lower_} " in f" {e.name.lower().replace('-', ' ')} "
                                    for e in entries)):   # (but "Douste-Blazy" is Philippe Douste Blazy)
                    continue  # part of a longer name: "Nathan Robertson" is not S. R. Nathan, "Abd El-Fattah" no Fattah
                entries = [e for e in entries if e.name in named or (
                    when is not None and e.sector != "ELI" and e.valid_from is not None and e.valid_at(when))]
                if not entries:
                    continue
            same = found.get((start, i + 1))
            if same is not None and same.entries and all(x.kind == "leader" for x in same.entries):
                # "Christine Lagarde" in 2009: the tables hold her IMF years; the Phoenix rows hold her French ones
                same.entries.extend(e for e in entries if e not in same.entries)
                continue
            if any((s <= start and i + 1 <= e_ and m.entries) or (s <= i and start < e_ and any(
                    x.kind == "leader" for x in m.entries)) for (s, e_), m in found.items()):
                continue  # a name the other tables hold, inside one, or around a leader they hold ("President Reagan")
            if t.ent_type_ == "PERSON":
                ent = next((x for x in doc.ents if x.start <= i < x.end), None)
                if ent is not None and (ent.start < start and doc[ent.start].pos_ == "PROPN"
                                        and doc[ent.start].lower_ not in TITLE_WORDS
                                        # ("Ambassador to the United Nations John Bolton": spaCy glues a body the
                                        # tables name onto the person's name; the person is still named)
                                        and not all(any(s <= k < e_ and m.entries for (s, e_), m in found.items())
                                                    for k in range(ent.start, start))
                                        or ent.end > i + 1):
                    continue
            found[(start, i + 1)] = Mention(start, i + 1, list(entries))
            if start < i:
                named.update(e.name for e in entries)

    @staticmethod
    def _defined_acronyms(doc: Doc, found: dict[tuple[int, int], Mention]) -> None:
        """"The Armed Forces of the Philippines (AFP)": an acronym the text defines for a longer name means that
        name in this text, not what the tables list under the same letters (Agence France-Presse). Its mentions
        take the long name's entries (none, when the long name is no actor)."""
        if "(" not in nlp_mod.doc_text(doc):
            return
        from spacy.attrs import ORTH

        orth = doc.to_array([ORTH]).ravel().tolist()
        opening, closing = doc.vocab.strings["("], doc.vocab.strings[")"]
        for i in range(1, len(doc) - 2):
            if orth[i] != opening or orth[i + 2] != closing:
                continue
            acro = doc[i + 1].text
            if not (2 <= len(acro) <= 6 and acro.isalpha() and acro.isupper()) or (i + 1, i + 2) not in found:
                continue
            initials, j = [], i - 1
            while j >= 0 and len(initials) < len(acro):
                w = doc[j].text
                if w[:1].isupper() and w.isalpha():
                    initials.append(w[0])
                elif w.lower() not in {"of", "the", "and", "for", "de", "la", "du", "des", "on", "in", "-"}:
                    break
                j -= 1
            if "".join(reversed(initials)).upper() != acro:
                continue
            start = j + 1
            while start < i and doc[start].lower_ in {"of", "the", "and", "for", "de", "la", "du", "des", "on", "in"}:
                start += 1
            whole = found.get((start, i))
            entries = list(whole.entries) if whole else []
            if set(found[(i + 1, i + 2)].entries) <= set(entries):
                continue  # "the Asia-Pacific Economic Cooperation (APEC)": the tables' APEC
            for (a, b), m in found.items():
                if b - a == 1 and doc[a].text == acro:
                    m.entries = list(entries)

    def _elided_direction(self, doc: Doc, found: dict[tuple[int, int], Mention]) -> None:
        """"North and South Korea", "East and West Germany": the first direction word names the other half of the
        pair ("North Korea"), its country's name left out."""
        for (start, end), m in list(found.items()):
            if start < 2 or end - start < 2 or doc[start].text not in DIRECTIONS \
                    or doc[start - 1].lower_ not in {"and", "or", "&"} or doc[start - 2].text not in DIRECTIONS:
                continue
            name = doc[start - 2].text + " " + doc[start + 1:end].text
            entries = [e for e in self.entries.get(name, []) if e.kind == "country"]
            if entries and (start - 2, start - 1) not in found:
                found[(start - 2, start - 1)] = Mention(start - 2, start - 1, entries)

    def _led_by(self, doc: Doc, found: dict[tuple[int, int], Mention]) -> None:
        """"the U.S.-led invasion", "a U.N.-led force": spaCy keeps a name that ends in a full stop and its
        "-led" as one token, which no pattern matches; the leader is the actor ("US-led", split in three
        tokens, is matched already). Backers ("U.S.-backed") stay no actor, as `_glued` has it."""
        if "-led" not in nlp_mod.doc_text(doc):
            return  # (nearly every text: no pass over its words)
        from spacy.attrs import ORTH

        strings = doc.vocab.strings
        for i, orth in enumerate(doc.to_array([ORTH]).ravel().tolist()):  # (no Token object per word)
            w = strings[orth]
            if len(w) > 5 and w.endswith("-led") and (i, i + 1) not in found:
                entries = [e for e in self.entries.get(w[:-4], []) if e.kind in {"country", "igo"}]
                if entries:
                    found[(i, i + 1)] = Mention(i, i + 1, entries)

    @staticmethod
    def _company(ent: Span, inside: list[Mention]) -> Mention | None:
        """A company named for a country ("American International Petroleum Corp", "British Airways"): the
        country's business (BUS), not the state. An organisation a table knows ("Air China", a state firm listed
        as an institution) keeps its row; a company naming no country stays no actor."""
        if ent.label_ != "ORG" or ent[-1].text.rstrip(".") not in CORPORATE_SUFFIXES:
            return None
        if any(e.kind != "country" for c in inside for e in c.entries if e.kind != "sector"):
            return None
        countries = {e.country for c in inside for e in c.entries if e.kind == "country" and e.country}
        if len(countries) != 1:
            return None
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        country = countries.pop()
        return Mention(start, ent.end, [Entry("group", name=ent.text, country=country, sector="BUS",
                                              code=country + "BUS")])

    def _unknown_ngo(self, ent: Span, taken: set[int]) -> Mention | None:
        """An organisation in no table and naming no country, headed by an NGO word ("the Third World Water
        Forum") or called "International": a generic NGO."""
        if ent.label_ != "ORG" or any(i in taken for i in range(ent.start, ent.end)):
            return None
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if len(toks) < 2 or not (ent.root.lemma_.lower() in self.ngo_heads or any(t.text == "International" for t in toks)):
            return None
        if (ent.root.lemma_.lower() in {"centre", "center"} and ent.root.dep_ == "pobj"
                and ent.root.head.lower_ in {"at", "in", "inside", "outside", "near", "into"}):
            return None  # "met at the World Trade Centre near Johannesburg": a building, the venue, no organisation
        m = Mention(toks[0].i, ent.end)
        m.entries.append(Entry("igo", name=" ".join(t.text for t in toks), code="NGO"))
        return m

    def _misspelt_country(self, t: Token) -> Mention | None:
        """A capitalised word one letter away from exactly one country's one-word name, that is no
        person's name, no part of a longer name ("Columbia University") and no place of the gazetteer."""
        w = t.text
        if not _misspelling_shape(w) or t.pos_ not in {"PROPN", "NOUN"}:
            return None
        if t.ent_type_ == "PERSON" or (t.ent_type_ and (t.ent_iob_ == "I" or (t.i + 1 < len(t.doc)
                                                                               and t.doc[t.i + 1].ent_iob_ == "I"))):
            return None
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()) or w.lower() in REAL_WORDS:
            return None   # "Liberal Democrats" is no Liberia: part of a longer name, or an English word
        hits = {p for v in _deletions(w.lower()) for p in self.near.get(v, ())}
        # names only: capitals and adjectives are one letter from too many words ("Tamara" is not Asmara,
        # "Siberian" not Liberian, "Americas" not American)
        entries = [e for p in hits for e in self.entries[p] if e.kind == "country" and e.form == "name"]
        if not entries or len({e.country for e in entries}) != 1:
            return None
        from .location import gazetteer  # a real place spelt so ("Indiana" is not India, Angola's Moxico province
        # not Mexico)

        if gazetteer().lookup(w) is not None or gazetteer().region(w) is not None:
            return None
        m = Mention(t.i, t.i + 1)
        for e in entries:
            if e not in m.entries:
                m.entries.append(e)
        return m

    def country_entry(self, code: str, when: date | None) -> Entry | None:
        e = self.countries.get(code)
        if e and code in PREDECESSORS and when is not None:
            pred, since = PREDECESSORS[code]
            if when < since:
                return self.countries.get(pred, e)
        return e


def _misspelling_shape(w: str) -> bool:
    """A word `_misspelt_country` looks at: capitalised (not all capitals), letters only, six or more."""
    return len(w) >= 6 and w.isalpha() and w[0].isupper() and not w.isupper()


@lru_cache(maxsize=2048)
def _dateline_end_of(head: str) -> int:
    """Where the dateline of a text beginning with `head` ends (0: none). Cached: the pre-filter and the coder
    read the same text's opening, and the gazetteer lookups behind it cost a third of a millisecond."""
    from .location import agency_prefix_end, dateline_end

    end = dateline_end(head)
    if not end:
        end = agency_prefix_end(head.lstrip())
        end = end + len(head) - len(head.lstrip()) if end else 0
    return end


@lru_cache(maxsize=1)
def tables() -> ActorTables:
    return ActorTables()


def _names_water(doc: Doc, m: Mention) -> bool:
    """Is the mention part of a water's name: "<Water> of X", "X <Water>" or "Lake X" written with capitals?"""
    return water_name(doc[m.start:m.end])


# words for a party's people and bodies: "Labour MPs", "Tory leader", "Democratic senators", "the Labour government"
PARTY_PEOPLE = frozenset({
    "party", "parties", "leader", "leadership", "mp", "mps", "mep", "meps", "member", "government", "administration",
    "cabinet", "spokesman", "spokeswoman", "spokesperson", "candidate", "chairman", "chairwoman", "chair", "chief",
    "deputy", "peer", "lord", "backbencher", "frontbencher", "councillor", "councilor", "activist", "supporter",
    "voter", "official", "politician", "figure", "senator", "lawmaker", "legislator", "congressman", "congresswoman",
    "representative", "governor", "mayor", "president", "nominee", "challenger", "contender", "hopeful", "whip",
    "colleague", "minister", "delegate", "heavyweight", "grandee", "faction", "wing", "opposition", "majority",
    "caucus", "rival", "ally", "veteran", "loyalist", "presidential"})
# a party's followers are people, not the party: "Inkatha supporters attacked ANC supporters" is street violence
PARTY_FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "sympathiser", "sympathizer"})
# the ruling party of a one-party state is its government, as institutions.tsv codes the CPSU and the CCP
ONE_PARTY_STATES = frozenset({"CHN", "SUN", "VNM", "CUB", "LAO"})
# "the Labour Minister", "the Labor Department": the ministry of labour, not the party
BODY_HEADS = frozenset({"confederation", "federation", "union", "congress", "council", "international", "association",
                        "league", "organisation", "organization", "institute", "foundation", "movement"})
LABOUR_OFFICES = frozenset({"minister", "ministry", "secretary", "department", "office", "court", "code", "law"})


def _party_sense(doc: Doc, m: Mention) -> bool:
    """Is a party name that is also a word ("Labour", "Conservative", "Democratic") the party here?"""
    last = doc[m.end - 1]
    if last.lower_ in {"party", "parties"} or (m.end < len(doc) and doc[m.end].lower_ in {"party", "parties"}):
        return True
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in BODY_HEADS:
        return False   # "Lebanon's General Labour Confederation", "the Liberal International": a body's name
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_type_ != "PERSON" \
            and nxt.lower_ not in PARTY_PEOPLE:
        return False   # "the Democratic Progress Party", "the Liberal Front": another name goes on
    if nxt is not None and nxt.lower_ in PARTY_PEOPLE and not (
            last.lower_ in {"labour", "labor"} and nxt.lower_ in LABOUR_OFFICES):
        return True   # "Labour MP Diane Abbott", "Tory leader Michael Howard"
    if last.dep_ in {"compound", "amod", "nmod"} and last.head.i > last.i:
        head = last.head
        word = head.lemma_.lower()
        if last.lower_ in {"labour", "labor"} and (word in LABOUR_OFFICES or head.lower_ in LABOUR_OFFICES):
            return False
        return word in PARTY_PEOPLE or head.lower_ in PARTY_PEOPLE or head.ent_type_ == "PERSON"
    return True


def _glued(doc: Doc, m: Mention) -> bool:
    """'Russian-backed', 'pro-Russian': the country names a backer, not the actor."""
    end = m.end
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in NOT_THE_ACTOR_SUFFIXES:
        return True
    return _prefixed(doc, m)


def _prefixed(doc: Doc, m: Mention) -> bool:
    """'pro-Russian', 'anti-government': the name is what the word is for or against."""
    start = m.start
    if start - 2 >= 0 and doc[start - 1].text == "-" and doc[start - 2].lower_ in NOT_THE_ACTOR_PREFIXES:
        return True
    if start - 1 >= 0 and doc[start - 1].lower_ in {p + "-" for p in NOT_THE_ACTOR_PREFIXES}:
        return True
    return False


# nouns for a body that a story names right after them ("the West African bloc ECOWAS", "the militant group Hamas")
NAMED_BODIES = {"bloc", "alliance", "organisation", "organization", "group", "grouping", "body", "movement",
                "community", "union", "coalition", "militia", "faction"}
# plurals that name two states at once ("the two Koreas")
TWIN_STATES = {"koreas": ("KOR", "PRK")}


# bodies of people one sends ("a delegation from Japan", "a team from the IAEA"): their "from" phrase names whose they are
SENT_GROUPS = {"delegation", "team", "mission", "contingent", "envoy", "emissary", "delegate"}


def phrase_tokens(tok: Token) -> list[Token]:
    """The noun phrase that names an actor: the head and its modifiers, appositions and 'of' phrases (and the
    'from' phrase of a body one sends: "a delegation from Japan")."""
    out = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            # (an "of" one level down too: "the board of governors of the IAEA" is the IAEA's)
            if c.dep_ in PHRASE_DEPS or (c.dep_ == "prep" and c.lower_ in {"of", "for"} and (
                    t == tok or (c.lower_ == "of" and t.dep_ == "pobj" and t.head.head == tok))) \
                    or (c.dep_ == "prep" and c.lower_ == "from" and t == tok and tok.lemma_.lower() in SENT_GROUPS) \
                    or (c.dep_ in {"conj", "cc"} and t != tok):  # "Indian and Chinese troops"
                out.append(c)
                stack.append(c)
            elif c.dep_ == "pobj" and t.dep_ == "prep" and (t.lower_ in {"of", "for"} or (
                    t.lower_ == "from" and t.head == tok and tok.lemma_.lower() in SENT_GROUPS)):
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


class Resolver:
    """Resolves noun phrases in one parsed Doc to Actors, at a given date."""

    def __init__(self, doc: Doc, when: date | None = None, tables_: ActorTables | None = None):
        self.doc = doc
        self.when = when
        self.t = tables_ or tables()
        self.mentions = self.t.mentions(doc, when)
        self._counts: dict[str, int] | None = None
        self.by_token: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def mention_at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def has_actor_mention(self, tok: Token) -> bool:
        return any(self.by_token.get(t.i) and self._actor_entries(self.by_token[t.i])
                   for t in phrase_tokens(tok))

    def _actor_entries(self, m: Mention) -> list[Entry]:
        return [e for e in m.entries if e.kind != "sector"]

    def _successor(self, country: str | None) -> str | None:
        """The state that succeeded a state gone by the story's date (SUN in 2007: RUS); else the state itself."""
        if country in SUCCESSORS and self.when is not None and self.when >= DEFUNCT[country]:
            return SUCCESSORS[country]
        return country

    def _pick(self, entries: list[Entry]) -> Entry | None:
        """Among entries with the same surface form, the one valid at the date (leaders' tenures)."""
        if not entries:
            return None
        valid = [e for e in entries if e.valid_at(self.when)]
        if len({e.country for e in valid}) > 1:
            # office holders of two states with one name ("King Abdullah" of Saudi Arabia and of Jordan in 2010): the
            # one whose state the story names most (its dateline's capital counted), else the latest-starting
            counts: dict[str, int] = {}
            for m in self.mentions:   # (not the name itself, nor another mention of it; a state's news agency counts)
                if not any(e in entries for e in m.entries):
                    for c in mention_countries(m) | {e.country for e in m.entries if e.state_media and e.country}:
                        counts[c] = counts.get(c, 0) + 1
            line = doc_dateline(self.doc)
            if line and line.get("country"):
                counts[line["country"]] = counts.get(line["country"], 0) + 1
            return max(valid, key=lambda e: (counts.get(e.country or "", 0), e.valid_from or date.min))
        if valid:
            # the latest-starting valid row: 'Kim' in 2022 is Kim Jong Un
            e = max(valid, key=lambda e: e.valid_from or date.min)
            if e.kind == "institution" and self.when is not None and self._successor(e.country) != e.country:
                # "former KGB officer Andrei Lugovoi" in 2007: a body of a state that is gone, named after its end,
                # is of the state that succeeded it
                return Entry(e.kind, e.name, country=self._successor(e.country), sector=e.sector, form=e.form)
            return e
        if self.when is None:
            return max(entries, key=lambda e: e.valid_from or date.min)
        past = [e for e in entries if e.valid_until and e.valid_until < self.when]
        if not past and all(e.form == "phoenix" or (e.kind == "leader" and e.code) for e in entries):
            return None  # a person of the Phoenix dictionary (or a head of a body) before any of their roles: not
            # yet who we know
        if past:  # a former office holder: still the person, no longer the government
            e = max(past, key=lambda e: e.valid_until)
            country = self._successor(e.country) if e.kind == "leader" else e.country
            return Entry(e.kind, e.name, country=country, sector=None, form=e.form)
        return Entry(entries[0].kind, entries[0].name, country=entries[0].country, sector=None)

    def resolve(self, tok: Token, speaker: str | None = None) -> list[Actor]:
        """The actor(s) a noun phrase headed by `tok` names; [] when it names none.

        Several actors come back only for a speaker-relative alias ("hostile forces" = USA, KOR, JPN).
        """
        if tok.lower_ in TWIN_STATES and tok.tag_ == "NNPS":
            # "the two Koreas", "both Koreas": the pair of states the plural names
            text = self._text(phrase_tokens(tok))
            out = []
            for code in TWIN_STATES[tok.lower_]:
                ce = self.t.country_entry(code, self.when)
                out.append(Actor(text=text, name=ce.name if ce else None, country=code, sector=None, code=code))
            return out
        if tok.lemma_.lower() in OPPONENT_NOUNS and tok.pos_ == "NOUN" and self.by_token.get(tok.i) is None:
            # "opponents of President Lucio Gutierrez", "critics of the government": its opposition, not the government
            inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"]
            got = self.resolve(inner[0], speaker) if inner else []
            states = sorted({a.country for a in got if a.country and a.sector in {"GOV", "MIL", "LEG", "JUD", None}})
            if len(states) == 1 and all(a.country for a in got):
                return [Actor(text=self._text(phrase_tokens(tok)), country=states[0], sector="OPP",
                              code=states[0] + "OPP")]
            if got and not states and all(a.sector == "GOV" and not a.country and not a.name for a in got):
                return [Actor(text=self._text(phrase_tokens(tok)), sector="OPP", code="---OPP")]
        toks = phrase_tokens(tok)
        nxt = self.by_token.get(tok.i + 1) if tok.lemma_.lower() in NAMED_BODIES and tok.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.start == tok.i + 1 and any(e.kind in {"igo", "group"} for e in nxt.entries):
            # "the West African bloc ECOWAS", with the name misread as a verb or a clause: the name the body is given
            toks = sorted([*toks, *self.doc[nxt.start:nxt.end]], key=lambda t: t.i)
        idx = {t.i for t in toks}
        seen: set[tuple[int, int]] = set()
        mentions = []
        for t in toks:
            m = self.by_token.get(t.i)
            if m and (m.start, m.end) not in seen and any(i in idx for i in range(m.start, m.end)):
                seen.add((m.start, m.end))
                mentions.append(m)
        if not mentions:
            return []
        text = self._text(toks)
        # distance of a mention from the head: the head itself first
        mentions.sort(key=lambda m: (0 if m.start <= tok.i < m.end else 1, abs(m.start - tok.i)))
        if len(mentions) > 1 and self.doc[mentions[0].start].lower_ in CROWD_NUMBERS:
            # "thousands of troops": the troops, not a crowd ("thousands marched" alone is one)
            mentions = mentions[1:] + mentions[:1]
        elif (len(mentions) > 1 and tok.lemma_.lower() in HEADS_OF and mentions[0].start <= tok.i < mentions[0].end
              and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            # "leaders of Russia's coal miners' union", "members of the opposition party": the body they lead or
            # belong to, not a state's leaders
            inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"]
            got = self.resolve(inner[0], speaker) if inner else []
            if got and all(a.sector in HEADED_SECTORS for a in got):
                return got
        elif len(mentions) == 1 and self.doc[mentions[0].start].lower_ in CROWD_NUMBERS and any(
                c.dep_ == "prep" and c.lower_ == "of" and not any(g.lemma_.lower() in CROWD_PEOPLE for g in c.children)
                for c in self.doc[mentions[0].start].children):
            return []  # "thousands of poultry", "hundreds of buses": a number of things no table names
        sector = None
        role = ""   # the role word that gave the sector, lower case
        for m in mentions:
            if _prefixed(self.doc, m):
                continue   # ("thousands of anti-government protesters": the government is what they oppose)
            sec = [e for e in m.entries if e.kind == "sector"]
            if sec and not self._actor_entries(m):
                sector = sec[0].sector
                role = self.doc[m.end - 1].lemma_.lower()
                break
        insurgent = [e.sector for m in mentions for e in m.entries if e.kind == "sector"
                     and e.sector in {"REB", "SEP", "INS"} and m.end <= tok.i and (
                         self.doc[m.end - 1].head.i == tok.i or (
                             # ("Chechen rebel commander Shamil Basayev": the role word is itself a modifier of the name)
                             self.doc[m.end - 1].head.dep_ == "compound" and self.doc[m.end - 1].head.head.i == tok.i))
                     and not self._actor_entries(m)]
        if sector in {"MIL", "GOV", "COP"} and insurgent:
            # "rebel commanders", "a rebel spokesman", "guerrilla soldiers", "Chechen separatist leader Aslan
            # Maskhadov": the insurgents' own
            sector = insurgent[0]
        best: Entry | None = None
        rank = {"leader": 0, "alias": 1, "institution": 2, "party": 2, "group": 3, "media": 4, "igo": 5, "region": 6,
                "country": 7}
        candidates = []
        # "an invitation from the European Community for Foreign Minister Tariq Aziz to hold talks": a head that
        # names a body or state itself is that one; a person in a "for" phrase on it is whom the thing is for
        for_phrase = {x.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for x in c.subtree} \
            if mentions[0].start <= tok.i < mentions[0].end and any(
                e.kind in {"igo", "country"} for e in self._actor_entries(mentions[0])) else set()
        for m in mentions:
            if _glued(self.doc, m) or m.start in for_phrase:
                continue
            entries = self._actor_entries(m)
            if not entries:
                continue
            kind = min(entries, key=lambda e: rank.get(e.kind, 9)).kind
            if (kind in {"igo", "region"} and m.end < len(self.doc) and self.doc[m.end].lower_ == "affairs"
                    and m.end in idx):
                continue  # "Spain's EU affairs minister": the body names the minister's portfolio, not his employer
            picked = self._pick([e for e in entries if e.kind == kind])
            if picked:
                r = rank.get(kind, 9)
                if kind == "leader" and picked.sector is None:
                    r = 6.5  # a former office holder: "NATO Secretary General Jens Stoltenberg" is NATO
                candidates.append((r, picked, m))
        if candidates:
            best = min(candidates, key=lambda c: c[0])[1]
            if best.kind == "leader" and best.sector is None and best.country:
                # "British International Development Secretary Andrew Mitchell" in 2011: a former office holder of
                # another state (Canada's Andrew Mitchell) is a namesake when the phrase names the person's state
                named = [e for r, e, m in candidates if e.kind == "country" and e.country and e.country != best.country
                         and SUCCESSORS.get(e.country) != best.country]   # (not "former Soviet leader")
                if named:
                    best = named[0]
            if best.kind == "region":
                # "Crown Prince Abdullah's Middle East peace initiative": the owner named in the possessive, not the
                # region the plan is about
                owned = {x.i for c in tok.children if c.dep_ == "poss" for x in c.subtree}
                mine = [c for c in candidates if c[2].start in owned and c[1].kind != "region"]
                if mine:
                    best = min(mine, key=lambda c: c[0])[1]
            # "West African leaders", "Southern African leaders closed ranks behind Mugabe at their summit", "Southeast
            # Asian leaders met Myanmar's junta chief": a region's states or leaders acting together act as its
            # regional body (not "the West African country": one state of the region, named before)
            if best.kind == "region" and tok.lemma_.lower() in REGION_BODY_HEADS and not (
                    tok.lemma_.lower() in {"state", "nation", "country", "government"} and tok.tag_ not in {"NNS", "NNPS"}):
                body = next((code for code, start in REGION_BODIES.get(best.code or "", ())
                             if self.when is None or self.when >= start), None)
                if body is not None:
                    return [self.actor_from_code(body, self._text(toks))]
            if best.kind == "igo":
                # "Russian Security Council secretary Alexander Lebed", "Kazakhstan's Security Council": a state's own
                # council of that name, when the state is named right before it
                bm = next((m for r, e, m in candidates if e is best), None)
                if bm is not None and self.doc[bm.start:bm.end].text in STATE_BODY_NAMES:
                    before = [e for r, e, m in candidates if e.kind == "country" and e.country and (
                        m.end == bm.start or (m.end + 1 == bm.start and self.doc[m.end].tag_ == "POS"))]
                    if before:
                        sector = sector or STATE_BODY_NAMES[self.doc[bm.start:bm.end].text]
                        best = before[-1]
            if best.kind == "igo":
                # "the Palestinian bid for full membership of the United Nations", "the Syrian ambassador to the UN":
                # the state that modifies the head is the one named; a body deeper in a phrase on the head (not the
                # head's own "of": "the president of the European Commission") is what the thing is for or at
                def direct(m: Mention) -> bool:
                    last = self.doc[m.end - 1]
                    return m.start <= tok.i < m.end or (last.head.i == tok.i and last.dep_ in {"amod", "compound", "poss"})
                def of_head(m: Mention) -> bool:   # (inside the head's own "of" phrase, at any depth)
                    x = self.doc[m.end - 1]
                    while x.head.i != x.i and x.head.i != tok.i:
                        x = x.head
                    return x.head.i == tok.i and x.dep_ == "prep" and x.lower_ == "of"
                bm = next((m for r, e, m in candidates if e is best), None)
                # (but soldiers of a state serving in a body's force are the state's: "two Canadian soldiers of the
                # NATO-led force")
                if bm is not None and not direct(bm) and (not of_head(bm) or tok.lemma_.lower() in SERVING_PEOPLE):
                    mine = [c for c in candidates if c[1].kind == "country" and direct(c[2])]
                    if mine:
                        best = min(mine, key=lambda c: c[0])[1]
                elif bm is not None and tok.lemma_.lower() in POSTED_ENVOYS:
                    # "Iran's U.N. envoy", "Iran's U.N. ambassador Javad Zarif": a state's envoy posted to the body
                    owner = [c for c in candidates if c[1].kind == "country" and c[2].end <= bm.start
                             and self.doc[c[2].end - 1].dep_ == "poss"]
                    if owner:
                        best = min(owner, key=lambda c: c[0])[1]
            # "NATO-member Norway", "EU member Hungary": a country named by the head outranks the body it belongs to
            head_country = [e for r, e, m in candidates if e.kind == "country" and m.start <= tok.i < m.end]
            if best.kind in {"igo", "region"} and head_country:
                best = head_country[0]
            if best.kind == "institution" and best.country and best.name not in SHARED_NAMES:
                # "Algeria's High State Council", "the Algerian State Council": a body named with another state before
                # it is that state's body of the same kind, not China's State Council
                im = next((m for r, e, m in candidates if e is best), None)
                owner = [e for r, e, m in candidates if e.kind == "country" and e.country != best.country
                         and im is not None and m.end <= im.start and self.doc[m.end - 1].dep_ in {"poss", "amod", "compound"}]
                if owner:
                    sector = sector or best.sector
                    best = owner[0]
            # "Brazil's Congress", "the Philippine Congress", "India's Congress (I) party": a congress named with
            # another country is that country's (its legislature, or the party a role word names); bare "Congress"
            # stays the US one
            if best.kind == "institution" and best.country and best.name in SHARED_NAMES:
                other = [e for r, e, m in candidates if e.kind == "country" and e.country != best.country]
                m = next((m for r, e, m in candidates if e is best), None)
                if other:
                    sector = sector or SHARED_NAMES[best.name]
                    best = other[0]
                elif best.name == "Congress" and m is not None and self.doc[m.start:m.end].text == "Congress":
                    counts = self._story_countries()
                    home = max(CONGRESS_STATES, key=lambda c: counts.get(c, 0))
                    # (the bare "Congress" mentions themselves are no evidence for the United States: "Part of the
                    # Congress building in Asuncion was set on fire")
                    bare = sum(1 for x in self.mentions if self.doc[x.start:x.end].text == "Congress")
                    capital = any(e.kind == "country" and e.form == "capital" and e.country == home
                                  for x in self.mentions for e in x.entries)
                    if counts.get(home, 0) > counts.get(best.country, 0) - (bare if capital else 0):
                        sector = CONGRESS_STATES[home]
                        best = self.t.country_entry(home, self.when) or best
            if best.kind == "institution" and best.name in KEPT_NAMES and self.when is not None \
                    and self.when >= KEPT_NAMES[best.name][1]:
                counts = self._story_countries()
                heir = max(KEPT_NAMES[best.name][0], key=lambda c: counts.get(c, 0))
                if counts.get(heir, 0):
                    sector = sector or best.sector
                    best = self.t.country_entry(heir, self.when) or best
            if best.kind == "group" and sector in {"GOV", "MIL", "COP", "LEG", "JUD"}:
                # "the Philippine government and rebels of the MILF", with "of the MILF" hung on "government": the
                # state organ a country names before the role word is not the group an "of" phrase names after it
                gm = next((m for r, e, m in candidates if e is best), None)
                own = [e for r, e, m in candidates if e.kind == "country" and m.end <= tok.i]
                if gm is not None and gm.start > tok.i and own:
                    best = own[0]
            if best.kind in {"institution", "group"} and best.sector == "PTY" and best.country \
                    and tok.lemma_.lower() in PARTY_FOLLOWERS:
                return [Actor(text=text, name=best.name, country=best.country, sector="CVL",
                              code=best.country + "CVL")]   # "ANC supporters"
            if best.kind == "party":
                if tok.lemma_.lower() in PARTY_FOLLOWERS:
                    sector, role = "CVL", tok.lemma_.lower()   # "Inkatha supporters": people in the street, no party
                return [self._party(best, [e for r, e, m in candidates if e.kind == "country"], sector, role, text)]
            pair = self._coordinated_countries(tok, candidates)
            if pair and best.kind in {"country", "group", "igo"}:
                out = []
                for e in pair:
                    if e.kind != "country":   # the group or body itself, its own code
                        out.append(Actor(text=text, name=e.name, country=e.country, sector=e.sector,
                                         code=e.code or (e.country or "---") + (e.sector or "")))
                        continue
                    ce = self.t.country_entry(e.country, self.when)
                    code = ce.country if ce else e.country
                    out.append(Actor(text=text, name=ce.name if ce else e.name, country=code, sector=sector,
                                     code=code + (sector or "")))
                return out
        if best is not None and best.kind in {"country", "leader", "institution"}:
            # "Kremlin critic Alexei Navalny", "Assad opponents": the actor named before a word for its opponent
            # names the opponent's country, not the opponent (who is the opposition there)
            m = next((m for r, e, m in candidates if e is best), None)
            if m is not None and any(t.lemma_.lower() in OPPONENT_NOUNS and 0 <= t.i - m.end <= 1 for t in toks):
                country = best.country or (self.t.codes[best.code].country if best.code in self.t.codes else None)
                if country:
                    ce = self.t.country_entry(country, self.when)
                    code = ce.country if ce else country
                    return [Actor(text=text, name=ce.name if ce else None, country=code, sector="OPP",
                                  code=code + "OPP")]
        if best and best.kind == "alias":
            if speaker and best.speaker == speaker:
                out = []
                for code in best.targets:
                    a = self.actor_from_code(code, text)
                    a.alias = True
                    out.append(a)
                return out
            return []
        if best is None:
            if sector is None:
                return []
            country = speaker if (speaker and sector in SPEAKERS_ORGANS and self._told_by_speaker(tok)) else None
            if country is None:
                country = self._place_country(tok) if sector in PLACE_SECTORS else None
            if country is None and sector in {"HRI", "NGO"}:
                # "human rights groups condemned …": non-governmental bodies named by role and by no country are
                # NGOs (CAMEO NGOHRI), not groups of the country the other side is from
                return [Actor(text=text, name=None, country=None, sector=sector,
                              code="NGO" if sector == "NGO" else "NGO" + sector)]
            several = self._from_countries(tok) if sector in PLACE_SECTORS else []
            if len(several) >= 2:   # "negotiators from Ethiopia, Egypt and Sudan": one actor for each
                return [Actor(text=text, name=None, country=c, sector=sector, code=c + sector) for c in several]
            sides = self._from_sides(tok) if sector in PLACE_SECTORS else []
            if len(sides) >= 2:   # "envoys from Sudan's army and the Rapid Support Forces": the two sides' own
                return sides
            return [Actor(text=text, name=None, country=country, sector=sector,
                          code=(country or "---") + sector)]
        country = best.country
        if best.kind == "country" and country:
            ce = self.t.country_entry(country, self.when)
            if ce:
                country, name = ce.country, ce.name
            else:
                name = best.name
        else:
            name = best.name
        if best.kind == "leader" and best.code:   # "Secretary-General Antonio Guterres" in 2023: the UN
            return [Actor(text=text, name=best.name, country=None, sector=None, code=best.code)]
        # a country named beside the leader or institution confirms it; a role word gives the sector
        if best.kind in {"leader", "institution", "media"}:
            sec = best.sector or sector
            # "Saudi King Abdullah" (the tables know Jordan's), "Belarusian KGB officers" (the Soviet KGB's heir): a
            # state named right before the name is the one meant
            bm = next((m for r, e, m in candidates if e is best), None)
            before = [e for r, e, m in candidates if e.kind == "country" and e.country and bm is not None
                      and (m.end == bm.start or (m.end < bm.start and all(
                          self.doc[k].tag_ == "POS" or (self.by_token.get(k) is not None and all(
                              x.kind == "sector" for x in self.by_token[k].entries))
                          for k in range(m.end, bm.start))))]
            titled_name = bm is not None and bm.end - bm.start == 2 and \
                self.doc[bm.start].lower_.rstrip(".") in TITLE_WORDS   # ("King Abdullah", not "Pascal Lissouba")
            if (before and country and before[-1].country != country and best.sector is not None
                    and (best.kind == "institution" or (best.kind == "leader" and titled_name))):
                # (not a former office holder: "former Soviet leader Gorbachev")
                ce = self.t.country_entry(before[-1].country, self.when)
                country = ce.country if ce else before[-1].country
                sec = sec or ("GOV" if best.kind == "leader" else None)
        elif best.kind in {"igo", "region"}:
            return [Actor(text=text, name=best.name, country=None, sector=sector, code=best.code or "IGO")]
        elif best.kind == "group":
            return [Actor(text=text, name=best.name, country=best.country, sector=best.sector or sector,
                          code=best.code or (best.country or "---") + (best.sector or sector or ""))]
        else:
            sec = sector
        if best.kind == "media" and best.code:
            return [Actor(text=text, name=name, country=country, sector="MED", code=best.code)]
        return [Actor(text=text, name=name, country=country, sector=sec,
                      code=(country or "---") + (sec or ""))]

    def _party(self, e: Entry, named: list[Entry], sector: str | None, role: str, text: str) -> Actor:
        """A party's actor: its country (named in the phrase, else the one the story names most among those whose
        party goes by the name, else the table's default) and sector (PTY, or the government, members of
        parliament or voters a role word names: "the Labour government", "Labour MPs")."""
        country = e.country
        if named:
            # "Israel's Labour party", "the Australian Labor Party"; and a namesake of another state's party:
            # "Chile's opposition Democratic Alliance" is no South African party
            country = named[0].country
        elif len(e.countries) > 1:
            counts = self._story_countries()
            best = max(e.countries, key=lambda c: counts.get(c, 0))
            if counts.get(best, 0):
                country = best
        if country:
            ce = self.t.country_entry(country, self.when)
            country = ce.country if ce else country
        if sector in {"LEG", "CVL"} or (sector == "GOV" and role in {"government", "cabinet", "administration",
                                                                      "minister", "ministers"}):
            sec = sector
        elif country in ONE_PARTY_STATES and e.name == "Communist Party":
            sec = "GOV"   # "the Communist Party" in a story on China
        else:
            sec = "PTY"
        return Actor(text=text, name=e.name, country=country, sector=sec, code=(country or "---") + sec)

    def _story_countries(self) -> dict[str, int]:
        """How many mentions of the document name each country (by its countries, capitals and demonyms, its
        leaders, state bodies and parties of one country): the evidence for which "Labour" a story means."""
        if self._counts is None:
            counts: dict[str, int] = {}
            for m in self.mentions:
                for c in mention_countries(m):
                    counts[c] = counts.get(c, 0) + 1
            self._counts = counts
        return self._counts

    def _coordinated_countries(self, tok: Token, candidates) -> list[Entry]:
        """Country modifiers joined by a conjunction on one head: "Russian and Ukrainian delegations"."""
        if tok.lower_ in CROWD_NUMBERS:  # "thousands of American and Filipino soldiers": the head of the "of" phrase
            inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"]
            if inner:
                return self._coordinated_countries(inner[0], candidates)
        mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}]
        # "the foreign ministers of China and Russia", "negotiators from Ethiopia, Egypt and Sudan": the countries
        # of an "of" or "from" phrase
        preps = {"of", "from", "for"} if self._role_word(tok) else {"of", "from"}  # ("negotiators for X and Y")
        mods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"]
        for c in list(mods):
            mods += [x for x in c.conjuncts]
        # "envoys from Sudan's army and the Rapid Support Forces": the state that owns a role word among them
        mods += [g for c in list(mods) if self.by_token.get(c.i) is None or not self._actor_entries(self.by_token[c.i])
                 for g in c.children if g.dep_ in {"poss", "amod", "compound"}]
        found = []
        for _, e, m in candidates:
            # a state, or a named group or body beside one ("U.S. and Taliban negotiators")
            if e.kind in {"country", "group", "igo"} and any(m.start <= c.i < m.end for c in mods):
                key = e.country if e.kind == "country" else e.code
                if all(key != (f.country if f.kind == "country" else f.code) for f in found):
                    found.append(e)
        if not any(e.kind == "country" for e in found):
            return []   # (two groups or bodies: left to the rules that read them one by one)
        conj_linked = any(c.conjuncts for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}) or any(
            g.conjuncts for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children) or any(
            # "Thai and Cambodian military commanders", parsed with "and" hung on the first modifier and no conjunct
            any(x.dep_ == "cc" for x in c.children) for c in tok.children if c.dep_ in {"amod", "compound", "nmod"})
        return found if len(found) >= 2 and conj_linked else []

    def actor_from_code(self, code: str, text: str) -> Actor:
        if code in self.t.codes:
            e = self.t.codes[code]
            return Actor(text=text, name=e.name, country=None, sector=None, code=code)
        country, sector = code[:3], code[3:] or None
        ce = self.t.countries.get(country)
        return Actor(text=text, name=ce.name if ce else None, country=country, sector=sector, code=code)

    @staticmethod
    def at_talks_venue(tok: Token, prep: Token) -> bool:
        """"talks with the Islamic opposition in Moscow", "an accord with Tuareg rebels in Algiers": is `prep` the
        "in" after the partner `tok` of talks or of an accord? Its place is where they meet, not the partner's home."""
        return (prep.lower_ == "in" and tok.dep_ == "pobj" and tok.head.lower_ in {"with", "between"}
                and tok.head.head.lemma_.lower() in TALK_WORDS)

    def _venue_capital(self, tok: Token, prep: Token, m: Mention | None) -> bool:
        """A capital named at the venue of talks (`at_talks_venue`): no home of the partner."""
        return (self.at_talks_venue(tok, prep) and m is not None and bool(m.entries)
                and all(e.kind == "country" and e.form == "capital" for e in m.entries))

    def _from_countries(self, tok: Token) -> list[str]:
        """The states a role word's "from" phrase names, joined by a conjunction ("negotiators from Ethiopia, Egypt
        and Sudan")."""
        out: list[str] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"from", "in"}:  # ("police in Kenya and Tanzania" too)
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    # ("negotiators from North and South Korea": the first half hangs on the name as a modifier)
                    halves = [k for k in p.children if k.dep_ in {"nmod", "compound"} and k.i < p.i
                              and any(x.dep_ == "cc" for x in k.children)]
                    for t in [p, *p.conjuncts, *halves]:
                        m = self.by_token.get(t.i)
                        if self._venue_capital(tok, c, m):
                            continue
                        for e in (m.entries if m and not _glued(self.doc, m) else ()):
                            if e.kind == "country":
                                ce = self.t.country_entry(e.country, self.when)
                                code = ce.country if ce else e.country
                                if code not in out:
                                    out.append(code)
                                break
        return out

    def _role_word(self, tok: Token) -> bool:
        """Is the token a role word of sectors.tsv ("negotiators", "envoys")?"""
        m = self.by_token.get(tok.i)
        return m is not None and any(e.kind == "sector" for e in m.entries)

    def _from_sides(self, tok: Token) -> list[Actor]:
        """The sides a role word's "from" or "for" phrase names, joined by a conjunction, each as it resolves alone
        ("envoys from Sudan's army and the Rapid Support Forces": SDNMIL and SDNREB); [] unless two differ."""
        out: list[Actor] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"from", "for"}:
                for p in c.children:
                    if p.dep_ != "pobj" or not p.conjuncts:
                        continue
                    for t in [p, *p.conjuncts]:
                        acts = self.resolve(t)
                        if (len(acts) == 1 and (acts[0].country or acts[0].code[:3] == "IGO")
                                and all(a.code != acts[0].code for a in out)):
                            out.append(acts[0])
        return out if len(out) >= 2 else []

    def _told_by_speaker(self, tok: Token) -> bool:
        """Is this bare state organ ("the army", "troops", "the government") the subject of what a speaker says
        ("Israeli Chief of Staff Dan Halutz said the army was ready to …", "Barak announced that all troops would
        be withdrawn from southern Lebanon")? It is then the speaker's own, not the place's."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} or any(
                c.dep_ in {"poss", "amod", "compound", "prep", "nummod", "predet"} or c.lower_ in {"both", "each"}
                for c in tok.children):
            return False  # ("the two leaders agreed, Indian officials said": both sides, not the speaker's)
        verb = tok.head
        for _ in range(3):
            if verb.dep_ not in {"ccomp", "conj"} or verb.head.i == verb.i:
                return False
            verb = verb.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEAKING_VERBS:
                return True
        return False

    def _place_country(self, tok: Token) -> str | None:
        """'separatist states in eastern Ukraine' → UKR: a place named in an 'in' phrase of the head."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "of", "from"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        for t in p.subtree:
                            m = self.by_token.get(t.i)
                            if m and not (t.i == p.i and self._venue_capital(tok, c, m)):
                                for e in m.entries:
                                    if e.kind == "country" and not _glued(self.doc, m):
                                        ce = self.t.country_entry(e.country, self.when)
                                        return ce.country if ce else e.country
        return None

    def attribution(self, tok: Token) -> dict | None:
        """The source of a claim ("according to KCNA"): text, code and whether it is state media."""
        actors = self.resolve(tok)
        toks = phrase_tokens(tok)
        media = None
        for t in toks:
            m = self.by_token.get(t.i)
            if m:
                for e in m.entries:
                    if e.kind == "media":
                        media = e
        if media:
            return {"text": self._mention_text(media, toks), "code": media.code, "state_media": media.state_media}
        if actors:
            a = actors[0]
            return {"text": a.text, "code": a.code, "state_media": False}
        return None

    def _mention_text(self, e: Entry, toks: list[Token]) -> str:
        for t in toks:
            m = self.by_token.get(t.i)
            if m and e in m.entries:
                return self.doc[m.start:m.end].text
        return e.name

    def _text(self, toks: list[Token]) -> str:
        toks = [t for t in toks if t.dep_ not in {"punct"} or 0 < toks.index(t) < len(toks) - 1]
        if not toks:
            return ""
        last = toks[-1]
        return nlp_mod.doc_text(self.doc)[toks[0].idx:last.idx + len(last)].strip(" ,")
