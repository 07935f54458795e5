"""A rule-based stand-in for the model's entity recogniser: sets ``doc.ents`` from lookups and token patterns.

The statistical ``ner`` takes about half of the parse; the coder reads only a few kinds of entity:

- DATE (and EVENT), whose text ``accord.dates.resolve`` (and ``dates.period``) read: the patterns below follow
  that grammar (weekdays, "last month", "3 March 2022", "Aug. 15, 2021", years, decades, "two weeks ago",
  "earlier this year", "yesterday"), not the model's wider idea of a date;
- GPE / LOC, places the gazetteer knows (countries, their capitals, curated regions, US states; cities too,
  the smaller ones only after a preposition);
- PERSON: proper-noun runs after a title ("President", "spokesman", "Mr.") or holding a known leader's name;
- ORG: proper-noun runs holding an organisation's head word ("the Third World Water Forum").

Load it with ``accord.nlp.load(entities="rules")``, which puts the component in the place of ``ner``.
Everything is read from accord's own tables: nothing is downloaded.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .dates import MONTHS, WEEKDAYS
from .ontology import read_tsv

# -- dates ------------------------------------------------------------------------------------------------------

_MONTH_FORMS = sorted(set(MONTHS) | {m + "." for m in MONTHS if len(m) <= 4})
_MONTH = {"LOWER": {"IN": _MONTH_FORMS}, "IS_TITLE": True, "TAG": {"IN": ["NNP", "NNPS", "NN"]}}
_MONTH_ANY = {"LOWER": {"IN": _MONTH_FORMS}, "IS_TITLE": True}   # after a day number "3 March": any tag
# The number patterns are finite sets of strings, spelt out: the Matcher looks a set up in C, where a REGEX is a
# Python call for every token (it was most of this component's time).
_DAYNUMS = sorted(f"{z}{d}{suffix}" for d in range(1, 32) for z in ("", "0") if not (z and d > 9)
                  for suffix in ("", "st", "nd", "rd", "th"))
_YEARS = [str(y) for y in range(1800, 2100)]
_TWO_DIGITS = [f"{d:02d}" for d in range(100)]
_DECADES = [f"{y}s" for y in range(1800, 2100, 10)]
_DAYNUM = {"LOWER": {"IN": _DAYNUMS}}
_YEAR = {"ORTH": {"IN": _YEARS}}
_YEAR_OPT = dict(_YEAR, OP="?")
_COMMA_OPT = {"ORTH": ",", "OP": "?"}
_WEEKDAY = {"LOWER": {"IN": sorted(WEEKDAYS)}, "IS_TITLE": True}
_PART_OF_DAY = {"LOWER": {"IN": ["morning", "afternoon", "evening", "night"]}, "OP": "?"}
_UNIT = {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year", "years"]}}
_COUNT = {"LOWER": {"IN": [str(n) for n in range(1000)] + [f"{n:02d}" for n in range(10)] + [f"{n:03d}" for n in range(100)]
                   + "one two three four five six seven eight nine ten a an several".split()}}

DATE_PATTERNS: list[list[dict]] = [
    # "3 March 2022", "15th of August", "15 August, 2022"
    [_DAYNUM, {"LOWER": "of", "OP": "?"}, _MONTH_ANY, _COMMA_OPT, _YEAR],
    [_DAYNUM, {"LOWER": "of", "OP": "?"}, _MONTH_ANY],
    # "March 3", "Aug. 15, 2021"
    [_MONTH, _DAYNUM, _COMMA_OPT, _YEAR],
    [_MONTH, _DAYNUM],
    # "July", "July 2022", "early July", "mid-July", "last July", "earlier this July"
    [_MONTH, _COMMA_OPT, _YEAR],
    [_MONTH],
    [{"LOWER": {"IN": ["early", "mid", "late", "last", "this"]}}, {"ORTH": "-", "OP": "?"}, _MONTH, _YEAR_OPT],
    [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "this"}, _MONTH],
    # years, ranges, decades, ISO dates
    [{"LOWER": {"IN": ["early", "mid", "late"]}, "OP": "?"}, {"ORTH": "-", "OP": "?"}, _YEAR],
    [_YEAR, {"ORTH": {"IN": ["-", "–"]}}, {"ORTH": {"IN": _TWO_DIGITS + _YEARS}}],
    [_YEAR, {"LOWER": "to"}, _YEAR],
    [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["early", "mid", "late"]}, "OP": "?"}, {"ORTH": "-", "OP": "?"},
     {"ORTH": {"IN": _DECADES}}],
    [_YEAR, {"ORTH": "-", "SPACY": False}, {"ORTH": {"IN": _TWO_DIGITS}, "SPACY": False}, {"ORTH": "-", "SPACY": False},
     {"ORTH": {"IN": _TWO_DIGITS}}],
    # weekdays: "Monday", "last Monday", "this past Tuesday", "Sunday night"
    [{"LOWER": {"IN": ["last", "this"]}, "OP": "?"}, _WEEKDAY, _PART_OF_DAY],
    [{"LOWER": "this"}, {"LOWER": "past"}, _WEEKDAY, _PART_OF_DAY],
    # relative to the publication date
    [{"LOWER": {"IN": ["today", "yesterday", "tomorrow"]}}],
    [{"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": {"IN": ["week", "month", "year"]}}],
    [{"LOWER": "the", "OP": "?"}, {"LOWER": "past"}, {"LOWER": {"IN": ["week", "month", "year"]}}],
    [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "this"}, {"LOWER": {"IN": ["week", "month", "year"]}}],
    [_COUNT, _UNIT, {"LOWER": "ago"}],
    [{"LOWER": "a"}, {"LOWER": "few"}, _UNIT, {"LOWER": "ago"}],
]
# Every pattern above holds one of these words (in lower case) and is at most DATE_REACH tokens long: the Matcher
# runs only on the stretches around them, which gives the same matches in a tenth of the time.
DATE_ANCHORS = frozenset(_MONTH_FORMS) | frozenset(WEEKDAYS) | frozenset(_YEARS) | frozenset(_DECADES) | frozenset(
    _UNIT["LOWER"]["IN"]) | {"today", "yesterday", "tomorrow"}
DATE_REACH = max(len(p) for p in DATE_PATTERNS)

# -- names --------------------------------------------------------------------------------------------------------

# words that introduce a person's name: "President Joe Biden", "spokesman John Kirby", "Mr. Smith"
TITLES = frozenset("""
president vice-president minister premier chancellor secretary secretary-general general gen gen. lt lt. col col.
colonel maj maj. major capt capt. captain adm adm. admiral commander cmdr sgt sgt. sergeant lieutenant marshal
mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady
king queen prince princess emir sheikh sultan pope ayatollah imam cleric cardinal archbishop bishop rev rev. father
senator sen sen. rep rep. representative congressman congresswoman gov gov. governor mayor judge justice
ambassador envoy spokesman spokeswoman spokesperson leader chief director chairman chairwoman chair speaker
deputy counsellor counselor adviser advisor aide officer attorney lawyer activist journalist reporter
tycoon businessman businesswoman dissident blogger writer author poet artist singer actor analyst economist
scientist editor publisher photographer founder candidate nominee defendant suspect rabbi pastor priest monk
""".split())
# words between a title and the name that keep it a title: "Secretary of State Antony Blinken"
TITLE_TAIL = frozenset("""
prime foreign defence defense interior finance state home affairs general deputy vice acting former
army navy military security national justice health trade economy energy supreme
""".split())
# head words of organisation names (with accord's NGO heads, data/actors/ngo_heads.tsv)
ORG_HEADS = frozenset("""
forum group council committee commission agency organisation organization organisations organizations front party
union movement foundation institute institution association federation network watch society coalition centre center
trust campaign observatory alliance league bureau fund programme program mission secretariat tribunal court
ministry department office authority board service services corps army forces brigade brigades battalion militia
guard police parliament assembly congress senate university college school hospital company corporation corp corp.
inc inc. ltd ltd. news times post journal press television radio airlines airways bank brotherhood cartel
initiative project conference summit council centre
""".split())
# words that, right after a place, belong to its name: "Gaza City", "Idlib Province", "Donetsk Oblast"
PLACE_AFFIX = frozenset("""
city province region district governorate county prefecture oblast state strip bank valley heights island islands
peninsula river sea desert mountains square
""".split())
# lower-case words that may join the words of one proper name: "Syrian Observatory for Human Rights"
CONNECTORS = frozenset("of for to on the de del da di du la le al el bin ibn van von der - &".split())
# tags of closed-class words: a capitalised determiner or preposition opens no name
_CLOSED_TAGS = frozenset("DT IN PRP PRP$ CC WDT WP WP$ WRB MD EX TO PDT POS UH CD , . : `` '' -LRB- -RRB- HYPH "
                         "SYM NFP $ # XX _SP".split())
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_NAME_PARTICLES = frozenset("de del da di du la le al el bin ibn van von der -".split())
# words that make a date word before them part of a name: "the Sunday Times", "May Day"
_AFTER_DATE_NAME = ORG_HEADS | frozenset("telegraph herald express mail tribune observer day".split())
MAX_NAME = 6   # longest proper-noun run looked up as one place or person


@lru_cache(maxsize=1)
def _tables() -> dict[str, object]:
    """Names the rules look up, from accord's tables: leaders, countries and their capitals, curated regions,
    US states, cities; all folded as the gazetteer folds them."""
    from .actors import leader_files
    from .location import fold, gazetteer

    gz = gazetteer()
    leader_rows = [r for f in leader_files() for r in read_tsv(f)]
    leaders = {fold(n) for r in leader_rows for n in r.get("names", "").split("|") if n.strip()}
    # places that are places whatever the context: countries and their other names, capitals, curated regions,
    # US states
    sure: dict[str, str] = {}
    for r in read_tsv("actors/countries.tsv"):
        for n in [r["name"]] + r.get("names", "").split("|") + r.get("capitals", "").split("|"):
            if n.strip():
                sure[fold(n)] = "GPE"
    for k in gz.countries:
        sure.setdefault(k, "GPE")
    for k in gz.states:
        sure.setdefault(k, "GPE")
    for k, p in gz.curated.items():
        sure[k] = "GPE" if p.kind in {"city", "country", "territory", "state"} else "LOC"
    # seats of government named for the government ("the Kremlin", "the White House"): organisations, as the
    # model tags them
    for r in read_tsv("actors/institutions.tsv"):
        if fold(r["pattern"]) in sure:
            sure[fold(r["pattern"])] = "ORG"
    # given names: the first words of the leaders' names ("Jimmy Lai" is a person like Jimmy Carter)
    given = set()
    for r in leader_rows:
        for n in r.get("names", "").split("|"):
            words = n.split()
            if len(words) >= 2 and words[0][:1].isupper() and words[0].isalpha() and len(words[0]) > 2:
                given.add(words[0].lower())
    given -= {k for k in sure if " " not in k}
    given -= {k for k in given if k in TITLES or k in TITLE_TAIL or k in ORG_HEADS or k in {"crown", "field", "grand"}
              or (k in gz.cities and gz.cities[k].population >= 100_000)}
    ngo = {r["word"].strip().lower() for r in read_tsv("actors/ngo_heads.tsv")}
    # one-word role nouns ("officials", "troops", "ministers"): "U.S. Officials" in a title-case wire headline is a
    # country's officials, not a person like "Israel Katz"
    roles = frozenset(r["pattern"].lower() for r in read_tsv("actors/sectors.tsv") if " " not in r["pattern"])
    return {"leaders": frozenset(leaders), "given": frozenset(given), "sure": sure, "gz": gz, "roles": roles,
            "org_heads": ORG_HEADS | ngo, "max_sure": max(len(k.split()) for k in sure)}


class RuleEntities:
    """Sets ``doc.ents``: DATE and EVENT from token patterns, GPE/LOC/PERSON/ORG from proper-noun runs."""

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self.dates = Matcher(nlp.vocab)
        self.dates.add("DATE", DATE_PATTERNS)
        self.periods = PhraseMatcher(nlp.vocab, attr="LOWER")
        names = sorted({r["pattern"] for r in read_tsv("dates/periods.tsv")})
        self.periods.add("EVENT", list(nlp.tokenizer.pipe(names)))
        self.t = _tables()
        self._anchors = frozenset(nlp.vocab.strings.add(w) for w in DATE_ANCHORS)
        self._cap: dict[int, bool] = {}   # ORTH -> starts with a capital letter

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        n = len(doc)
        spans = []
        for m, s, e in self._date_matches(doc):
            # not "the Sunday Times", "the May Day rally": a date word that opens a longer name
            if e < n and doc[e].lower_ in _AFTER_DATE_NAME and doc[e].is_title:
                continue
            # not "Theresa May": a lone month after a given name
            if e - s == 1 and s and doc[s].lower_ in MONTHS and doc[s - 1].tag_ in _NAME_TAGS \
                    and doc[s - 1].is_title and doc[s - 1].lower_ not in MONTHS:
                continue
            spans.append(Span(doc, s, e, label=m))
        for m, s, e in self.periods(doc):
            if doc[s].text[:1].isupper() or doc[e - 1].text[:1].isupper():
                spans.append(Span(doc, s - 1 if s and doc[s - 1].lower_ == "the" else s, e, label="EVENT"))
        dated = {i for sp in spans for i in range(sp.start, sp.end)}
        spans += self._names(doc, dated)
        doc.ents = filter_spans(spans)
        return doc

    def _date_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The DATE Matcher's matches in doc, found in windows of DATE_REACH tokens around the anchor words."""
        from spacy.attrs import LOWER

        n, reach = len(doc), DATE_REACH
        windows: list[list[int]] = []
        for i, h in enumerate(doc.to_array([LOWER]).ravel().tolist()):
            if h in self._anchors:
                a, b = max(0, i - reach + 1), min(n, i + reach)
                if windows and a <= windows[-1][1]:
                    windows[-1][1] = b   # overlaps the last window: widen it
                else:
                    windows.append([a, b])
        found = {(m, a + s, a + e) for a, b in windows for m, s, e in self.dates(doc[a:b], as_spans=False)}
        return sorted(found, key=lambda x: (x[1], x[2]))

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    # -- proper-noun runs ------------------------------------------------------------------------------------

    def _names(self, doc: Doc, skip: set[int]) -> list[Span]:
        from spacy.attrs import LOWER, ORTH, SENT_START, TAG

        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, TAG, SENT_START, LOWER]).tolist()
        cap_of = self._cap
        lowers = [strings[row[3]] for row in rows]
        n = len(doc)
        capital = []
        for i, (orth, tag, start, _) in enumerate(rows):
            c = cap_of.get(orth)
            if c is None:
                text = strings[orth]
                c = cap_of[orth] = text[:1].isupper() and any(ch.isalpha() for ch in text)
            if c:
                tag_s = strings[tag]
                c = tag_s in _NAME_TAGS or (tag_s not in _CLOSED_TAGS and start != 1 and i)
            capital.append(bool(c) and i not in skip)
        out: list[Span] = []
        i = 0
        while i < n:
            if not capital[i]:
                i += 1
                continue
            j = i + 1
            while j < n:
                if capital[j]:
                    j += 1
                elif lowers[j] in CONNECTORS and j + 1 < n and capital[j + 1]:
                    j += 2           # "Observatory for Human Rights"
                elif lowers[j] in {"and", "&"} and j + 1 < n and capital[j + 1] and any(
                        self._sure(doc, a, b) for a in (j - 1, j - 2) if a >= i for b in (j + 2, j + 3) if b <= n):
                    j += 2           # "Bosnia and Herzegovina", "Trinidad and Tobago"
                elif lowers[j] in CONNECTORS and j + 2 < n and lowers[j + 1] in CONNECTORS and capital[j + 2]:
                    j += 3           # "Coalition for the International Criminal Court", "von der Leyen"
                else:
                    break
            out += self._run(doc, lowers, i, j)
            i = j
        return out

    def _run(self, doc: Doc, lowers: list[str], i: int, j: int) -> list[Span]:
        """Entities in the proper-noun run doc[i:j]."""
        # a place named whole: "Gaza Strip", "Bosnia and Herzegovina", "Democratic Republic of the Congo"
        whole = self._sure(doc, i, j)
        if whole is not None:
            return [Span(doc, i, j, label=whole)]
        # a title: the name is what follows it ("Prime Minister Narendra Modi", "Secretary of State Antony
        # Blinken"), up to a connector ("Mr. Smith of the Pentagon")
        titles = [k for k in range(i, j) if lowers[k] in TITLES]
        if titles or (i > 0 and lowers[i - 1] in TITLES):
            out: list[Span] = []
            k = titles[-1] + 1 if titles else i
            while k < j and (lowers[k] in TITLE_TAIL or lowers[k] in CONNECTORS):
                k += 1
            e = next((x for x in range(k, j) if lowers[x] in CONNECTORS and lowers[x] not in _NAME_PARTICLES), j)
            if k < e and e - k <= 4 and lowers[e - 1] not in self.t["org_heads"]:
                out.append(Span(doc, k, e, label="PERSON"))
            # what stands before the title ("Iran President Hassan Rouhani") and after the name ("of the Pentagon")
            first = min((x for x in range(i, j) if lowers[x] in TITLES or lowers[x] in TITLE_TAIL), default=i)
            if first > i:
                out += self._rest(doc, lowers, i, first)
            while e < j and lowers[e] in CONNECTORS:
                e += 1
            if e < j and out:
                out += self._run(doc, lowers, e, j)
            return out
        # an organisation: a head word in the run ("the Third World Water Forum", "Committee to Protect
        # Journalists", "Human Rights Watch", "Amnesty International")
        if j - i >= 2 and any(lowers[k] in self.t["org_heads"] or doc[k].text == "International"
                              for k in range(i, j)):
            return [Span(doc, i - 1 if i and lowers[i - 1] == "the" else i, j, label="ORG")]
        return self._rest(doc, lowers, i, j)

    def _rest(self, doc: Doc, lowers: list[str], i: int, j: int) -> list[Span]:
        """People by a known leader's name, and places, in doc[i:j]."""
        from .location import fold

        t = self.t
        leaders, gz, sure = t["leaders"], t["gz"], t["sure"]
        # "Chad Johnson", "Jordan Peterson", "Israel Katz": a one-word place before one other name is a first name
        if j - i == 2 and lowers[i] in sure and doc[i + 1].tag_ in _NAME_TAGS and doc[i + 1].is_title \
                and lowers[i + 1] not in sure and lowers[i + 1] not in PLACE_AFFIX and lowers[i + 1] not in gz.cities \
                and lowers[i + 1] not in t["roles"]:
            return [Span(doc, i, j, label="PERSON")]
        # a given name and a surname or two: "Jimmy Lai", "Ali Khamenei"
        if 2 <= j - i <= 3 and lowers[i] in t["given"] and all(doc[x].tag_ in _NAME_TAGS and lowers[x] not in sure
                                                                for x in range(i, j)):
            return [Span(doc, i, j, label="PERSON")]
        out: list[Span] = []
        k = i
        while k < j:
            found = None
            for e in range(min(j, k + MAX_NAME), k, -1):
                if lowers[e - 1] in CONNECTORS or lowers[k] in CONNECTORS:
                    continue
                key = fold(doc[k:e].text)
                if key in leaders:
                    found = Span(doc, k, e, label="PERSON")
                    break
                label = self._sure(doc, k, e)
                if label is None and doc[k].is_title:   # not an acronym: "UN" is no town called Un
                    p = gz.cities.get(key)   # (not the alternate names: "Hamas" is one of Hamm's)
                    if p is not None and key not in gz.stop and (
                            p.population >= 100_000 or (k > 0 and doc[k - 1].tag_ == "IN")):
                        label = "GPE"
                if label is not None:
                    while e < j and lowers[e] in PLACE_AFFIX:   # "Gaza City", "Donetsk Oblast"
                        e += 1
                    found = Span(doc, k, e, label=label)
                    break
            if found is None:
                k += 1
                continue
            if found.label_ == "PERSON" and found.start > i and doc[found.start - 1].tag_ in _NAME_TAGS \
                    and lowers[found.start - 1] not in CONNECTORS and not (out and out[-1].end == found.start):
                # a leader's surname with the given name before it: "Joe Biden" where only "Biden" is listed
                found = Span(doc, found.start - 1, found.end, label="PERSON")
            out.append(found)
            k = found.end
        return out

    def _sure(self, doc: Doc, i: int, j: int) -> str | None:
        from .location import fold

        if j - i > self.t["max_sure"]:
            return None
        return self.t["sure"].get(fold(doc[i:j].text))


@Language.factory("accord_entities")
def _make_entities(nlp: Language, name: str) -> RuleEntities:
    return RuleEntities(nlp)
