"""Invariance tests (CheckList style): one event, many surface forms.

Each template below is a plain newswire sentence with a source `{S}` and a target `{T}` and the PLOVER type it
states. From it the generator writes variants that must all give the same event — an un-negated event of that
type from the source's country to the target's country:

- **actor forms**, one side at a time: the country's name (`Russia`), its capital (`Moscow`), a demonym with a
  role word (`Russian officials`, `Russian forces`), `the Russian government`, a title with a leader's name
  from accord's leader tables, valid at the publication date (`President Vladimir Putin`), the foreign ministry
  (`the Russian foreign ministry`, `the State Department`);
- **additions** that change nothing: a date (`on Tuesday`), a place (`in Geneva`), a fronted adverbial
  (`On Tuesday, …`), an attribution (`…, state media reported`), an apposition (`Vladimir Putin, the Russian
  president, …`);
- **voice and speech**, where natural: the passive (`Ukraine was accused by Russia of …`) and reported speech
  (`A spokesman said Russia had …`: the inner subject is still the source, see docs/coder.md, "Source"), the
  speaker's pronoun (`Russia said it had …`) and a pronoun in the next sentence (`Russia spoke on Monday. It …`).

Further forms (`U.S. President Joe Biden`, `Foreign Minister Sergei Lavrov`, `the Kremlin`, `Russia's foreign
minister`) and additions (`in a statement`, a fronted participle, a date after the subject, a coordinated verb, a
relative clause, the present perfect) come on the first templates of each type, some of them on every other
template; the `extra` templates (a further verb or noun of a type) get their forms, a date, an attribution, the
passive and the speaker's pronoun only. See docs/coder.md, "Added 2026-12-02: invariance tests".

Country pairs rotate over the variants so that every template meets several countries. The sentences are
written for this file from the lexicon and the CAMEO/PLOVER definitions, not taken from any gold set. All
variants are coded in one batch (module fixture); a failing variant reports its text, what was expected and
every event the coder gave, with its `why`.

`KNOWN_FAILURES` lists the variants the coder still gets wrong, each with the reason: they are strict expected
failures, so one that starts to pass fails the suite until it is taken off the list.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

PUBLISHED = "2024-03-12"   # a Tuesday; every leader below is in office on this day


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    capital: str
    adj: str
    title: str          # the leader's title, as news writes it before the name
    leader: str         # as in accord/data/actors/leaders*.tsv
    ministry: str
    gov_adj: str = ""   # "the U.S. government"
    fm: str = ""        # the foreign minister, with the title news gives: "Foreign Minister Sergei Lavrov"
    seat: str = ""      # the seat of government used for it: "the Kremlin"

    def has(self, key: str) -> bool:
        return bool(self.fm) if key == "fm" else bool(self.seat) if key == "seat" else True

    def form(self, key: str, role: str) -> tuple[str, str]:
        """(text, pronoun) of one surface form; the pronoun is the possessive that refers back to it."""
        if key == "name":
            return self.name, "its"
        if key == "capital":
            return self.capital, "its"
        if key == "people":   # "Russian officials", or a role with its own determiner: "a {adj} delegation"
            a = "an" if self.adj[0] in "AEIO" else "a"
            text = role.format(adj=self.adj, a=a) if "{adj}" in role else f"{self.adj} {role}"
            return text, "their" if text.endswith("s") or text.endswith("police") else "its"
        if key == "gov":
            return f"the {self.gov_adj or self.adj} government", "its"
        if key == "leader":
            return f"{self.title} {self.leader}", "his"
        if key == "ministry":
            return self.ministry, "its"
        if key == "appos":
            return f"{self.leader}, the {self.adj} {self.title.lower()},", "his"
        if key == "full":
            return f"{self.gov_adj or self.adj} {self.title} {self.leader}", "his"
        if key == "fm":
            return self.fm, "his"
        if key == "poss":
            return f"{_poss(self.name)} foreign minister", "his"
        if key == "seat":
            return self.seat, "its"
        raise KeyError(key)


COUNTRIES = {c.code: c for c in [
    Country("RUS", "Russia", "Moscow", "Russian", "President", "Vladimir Putin", "the Russian foreign ministry",
            fm="Foreign Minister Sergei Lavrov", seat="the Kremlin"),
    Country("UKR", "Ukraine", "Kyiv", "Ukrainian", "President", "Volodymyr Zelensky", "the Ukrainian foreign ministry",
            fm="Foreign Minister Dmytro Kuleba"),
    Country("CHN", "China", "Beijing", "Chinese", "President", "Xi Jinping", "the Chinese foreign ministry",
            fm="Foreign Minister Wang Yi"),
    Country("JPN", "Japan", "Tokyo", "Japanese", "Prime Minister", "Fumio Kishida", "the Japanese foreign ministry"),
    Country("USA", "the United States", "Washington", "American", "President", "Joe Biden", "the State Department",
            gov_adj="U.S.", fm="Secretary of State Antony Blinken", seat="the White House"),
    Country("IRN", "Iran", "Tehran", "Iranian", "President", "Ebrahim Raisi", "the Iranian foreign ministry",
            fm="Foreign Minister Hossein Amir-Abdollahian"),
    Country("FRA", "France", "Paris", "French", "President", "Emmanuel Macron", "the French foreign ministry"),
    Country("DEU", "Germany", "Berlin", "German", "Chancellor", "Olaf Scholz", "the German foreign ministry"),
    Country("GBR", "Britain", "London", "British", "Prime Minister", "Rishi Sunak", "the Foreign Office",
            fm="Foreign Secretary David Cameron", seat="Downing Street"),
    Country("IND", "India", "New Delhi", "Indian", "Prime Minister", "Narendra Modi", "the Indian foreign ministry"),
    Country("PAK", "Pakistan", "Islamabad", "Pakistani", "Prime Minister", "Shehbaz Sharif",
            "the Pakistani foreign ministry"),
    Country("ISR", "Israel", "Jerusalem", "Israeli", "Prime Minister", "Benjamin Netanyahu",
            "the Israeli foreign ministry"),
    Country("TUR", "Turkey", "Ankara", "Turkish", "President", "Recep Tayyip Erdogan", "the Turkish foreign ministry"),
]}

PAIRS = {
    "coop": [("CHN", "RUS"), ("USA", "JPN"), ("FRA", "DEU"), ("GBR", "IND"), ("TUR", "UKR")],
    "verbal": [("USA", "CHN"), ("CHN", "JPN"), ("RUS", "GBR"), ("IRN", "ISR"), ("IND", "PAK")],
    "hostile": [("RUS", "UKR"), ("ISR", "IRN"), ("IND", "PAK"), ("UKR", "RUS"), ("PAK", "IND")],
}

ALL_FORMS = ("name", "capital", "people", "gov", "leader", "ministry", "full", "fm", "seat", "poss")
VERBAL_TYPES = {"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}   # acts done "in a statement"
TARGET_FORMS = ("name", "capital", "people", "gov", "leader", "ministry", "full")
STATE_FORMS = ("name", "capital", "gov", "leader")
MILITARY_FORMS = ("name", "capital", "people", "leader")


@dataclass(frozen=True)
class Template:
    id: str
    type: str
    active: str                 # past tense, no final period; slots below
    pairs: str = "verbal"
    src: tuple[str, ...] = ALL_FORMS   # the source's forms that are natural here
    tgt: tuple[str, ...] = TARGET_FORMS   # the target's forms (empty: the target is only an adjective, {Tadj})
    role: str = "officials"     # the role word of the "people" form of the source
    trole: str = "officials"    # … of the target
    passive: str = ""
    perfect: str = ""           # for reported speech: "{S} had …"
    place: str = "in Geneva"
    extra: bool = False         # a further verb or noun of the type: base, its forms, passive and speech only


# Slots: {S}/{T} the actors, {Sp}/{Tp} their possessives ("Russia's"), {Sits}/{Tits} the pronoun that refers back
# to them ("its", "their", "his"), {Twas} was/were, {Sadj}/{Tadj} the demonym ("Russian").
TEMPLATES = [
    # AGREE (CAMEO 03): promises and offers
    Template("agree-talks", "AGREE", "{S} agreed to hold talks with {T}", "coop",
             perfect="{S} had agreed to hold talks with {T}"),
    Template("agree-resume", "AGREE", "{S} pledged to resume negotiations with {T}", "coop",
             perfect="{S} had pledged to resume negotiations with {T}"),
    # CONSULT (04): meetings, talks, visits
    Template("consult-talks", "CONSULT", "{S} held talks with {T} on the crisis", "coop",
             perfect="{S} had held talks with {T} on the crisis"),
    Template("consult-meet", "CONSULT", "{S} met {T} to discuss trade", "coop", src=("leader", "people"),
             tgt=("leader", "people"),
             perfect="{S} had met {T} to discuss trade"),
    Template("consult-visit", "CONSULT", "{S} visited {T} for talks on trade", "coop",
             src=("leader", "people"), role="{a} {adj} delegation", tgt=("name", "capital"),
             perfect="{S} had visited {T} for talks on trade", place=""),
    # SUPPORT (05): praise, apology
    Template("support-praise", "SUPPORT", "{S} praised {T} for {Tits} role in the peace talks", "coop",
             passive="{T} {Twas} praised by {S} for {Tits} role in the peace talks",
             perfect="{S} had praised {T} for {Tits} role in the peace talks"),
    Template("support-apologize", "SUPPORT", "{S} apologized to {T} for the incident", "verbal",
             perfect="{S} had apologized to {T} for the incident"),
    # CONCEDE (080-083): easing administrative measures, giving in to demands
    Template("concede-demands", "CONCEDE", "{S} met {Tp} demands", "verbal",
             tgt=("name", "capital", "gov", "leader")),
    Template("concede-restrictions", "CONCEDE", "{S} eased restrictions on {Tadj} diplomats", "verbal", tgt=(),
             perfect="{S} had eased restrictions on {Tadj} diplomats"),
    # COOPERATE (06): judicial, military cooperation
    Template("cooperate-extradite", "COOPERATE", "{S} extradited a suspect to {T}", "coop",
             tgt=("name", "capital", "gov"),
             passive="A suspect was extradited to {T} by {S}",
             perfect="{S} had extradited a suspect to {T}"),
    Template("cooperate-exercises", "COOPERATE", "{S} held joint military exercises with {T}", "coop",
             src=MILITARY_FORMS, role="forces", tgt=MILITARY_FORMS, trole="forces",
             perfect="{S} had held joint military exercises with {T}", place="in the Black Sea"),
    # AID (07)
    Template("aid-humanitarian", "AID", "{S} sent humanitarian aid to {T}", "coop",
             tgt=("name", "capital", "gov"),
             passive="Humanitarian aid was sent to {T} by {S}",
             perfect="{S} had sent humanitarian aid to {T}"),
    Template("aid-weapons", "AID", "{S} provided {T} with weapons", "coop", tgt=("name", "capital", "gov", "people"),
             trole="forces", perfect="{S} had provided {T} with weapons"),
    # RETREAT (084-087): withdrawals, easing sanctions, releases
    Template("retreat-withdraw", "RETREAT", "{S} withdrew {Sits} troops from {T}", "hostile",
             src=("name", "capital", "gov"), tgt=("name",),
             perfect="{S} had withdrawn {Sits} troops from {T}", place="under the agreement"),
    Template("retreat-lift", "RETREAT", "{S} lifted sanctions on {T}", "verbal", tgt=STATE_FORMS,
             passive="Sanctions on {T} were lifted by {S}",
             perfect="{S} had lifted sanctions on {T}"),
    # REQUEST (02, 10): appeals and demands
    Template("request-urge", "REQUEST", "{S} urged {T} to release the detained journalists", "verbal",
             passive="{T} {Twas} urged by {S} to release the detained journalists",
             perfect="{S} had urged {T} to release the detained journalists"),
    Template("request-call", "REQUEST", "{S} called on {T} to withdraw {Tits} troops", "hostile",
             perfect="{S} had called on {T} to withdraw {Tits} troops"),
    # ACCUSE (11)
    Template("accuse-violating", "ACCUSE", "{S} accused {T} of violating the ceasefire", "hostile",
             passive="{T} {Twas} accused by {S} of violating the ceasefire",
             perfect="{S} had accused {T} of violating the ceasefire"),
    Template("accuse-criticise", "ACCUSE", "{S} criticised {T} for {Tits} human rights record", "verbal",
             passive="{T} {Twas} criticised by {S} for {Tits} human rights record",
             perfect="{S} had criticised {T} for {Tits} human rights record"),
    # REJECT (12)
    Template("reject-proposal", "REJECT", "{S} rejected {Tp} proposal for a ceasefire", "hostile",
             tgt=STATE_FORMS + ("ministry",),
             passive="{Tp} proposal for a ceasefire was rejected by {S}",
             perfect="{S} had rejected {Tp} proposal for a ceasefire"),
    Template("reject-refuse", "REJECT", "{S} refused to hold talks with {T}", "verbal",
             perfect="{S} had refused to hold talks with {T}"),
    # THREATEN (13)
    Template("threaten-with", "THREATEN", "{S} threatened {T} with sanctions", "verbal",
             passive="{T} {Twas} threatened with sanctions by {S}",
             perfect="{S} had threatened {T} with sanctions"),
    Template("threaten-impose", "THREATEN", "{S} threatened to impose sanctions on {T}", "verbal",
             perfect="{S} had threatened to impose sanctions on {T}"),
    # PROTEST (14): by people, at a state
    Template("protest-policy", "PROTEST", "{S} staged a protest against {Tp} trade policy", "verbal",
             src=("people",), role="farmers", tgt=STATE_FORMS,
             perfect="{S} had staged a protest against {Tp} trade policy"),
    Template("protest-embassy", "PROTEST", "{S} demonstrated outside the {Tadj} embassy", "hostile",
             src=("people",), role="students", tgt=(),
             perfect="{S} had demonstrated outside the {Tadj} embassy", place="in {Scap}"),
    # SANCTION (16)
    Template("sanction-impose", "SANCTION", "{S} imposed sanctions on {T}", "verbal", tgt=STATE_FORMS,
             passive="Sanctions were imposed on {T} by {S}",
             perfect="{S} had imposed sanctions on {T}"),
    Template("sanction-expel", "SANCTION", "{S} expelled {Tp} ambassador", "verbal",
             tgt=("name", "capital", "gov"),
             passive="{Tp} ambassador was expelled by {S}",
             perfect="{S} had expelled {Tp} ambassador"),
    Template("sanction-ties", "SANCTION", "{S} cut diplomatic ties with {T}", "verbal", tgt=STATE_FORMS,
             perfect="{S} had cut diplomatic ties with {T}"),
    # MOBILIZE (15)
    Template("mobilize-mass", "MOBILIZE", "{S} massed troops on {Tp} border", "hostile",
             src=("name", "capital", "gov", "leader"), tgt=("name",),
             perfect="{S} had massed troops on {Tp} border", place="this week"),
    Template("mobilize-deploy", "MOBILIZE", "{S} deployed troops to {Sits} border with {T}", "hostile",
             src=("name", "capital", "gov"), tgt=("name",),
             perfect="{S} had deployed troops to {Sits} border with {T}", place="this week"),
    # COERCE (17, 191-192)
    Template("coerce-detain", "COERCE", "{S} detained two {Tadj} journalists", "hostile",
             src=("name", "people", "gov"), role="police", tgt=(),
             passive="Two {Tadj} journalists were detained by {S}",
             perfect="{S} had detained two {Tadj} journalists", place="in {Scap}"),
    Template("coerce-blockade", "COERCE", "{S} imposed a naval blockade on {T}", "hostile",
             src=("name", "capital", "gov", "leader"), tgt=("name",),
             perfect="{S} had imposed a naval blockade on {T}", place="in the Black Sea"),
    # ASSAULT (18-20)
    Template("assault-airstrikes", "ASSAULT", "{S} launched air strikes on {T}", "hostile",
             src=MILITARY_FORMS, role="forces", tgt=("name", "capital"),
             perfect="{S} had launched air strikes on {T}", place="near the border"),
    Template("assault-shell", "ASSAULT", "{S} shelled {T}", "hostile",
             src=("name", "people"), role="forces", tgt=("name", "capital", "people"), trole="positions",
             passive="{T} {Twas} shelled by {S}",
             perfect="{S} had shelled {T}", place="near the border"),
    Template("assault-missiles", "ASSAULT", "{S} fired missiles at {T}", "hostile",
             src=("name", "people"), role="forces", tgt=("name", "capital", "people"), trole="forces",
             perfect="{S} had fired missiles at {T}", place="near the border"),
    # further verbs and nouns, one each: fewer variants
    Template("agree-reach", "AGREE", "{S} reached an agreement with {T} on trade", "coop", extra=True,
             src=("name", "gov", "leader"), tgt=("name", "gov"), perfect="{S} had reached an agreement with {T} on trade"),
    Template("consult-phone", "CONSULT", "{S} held a phone call with {T}", "coop", extra=True,
             src=("leader", "fm"), tgt=("leader", "fm"), perfect="{S} had held a phone call with {T}"),
    Template("consult-of", "CONSULT", "The foreign ministers of {S} and {T} held talks", "coop", extra=True,
             src=("name", "capital"), tgt=("name", "capital")),   # "X of A and B": both, each way
    Template("consult-host", "CONSULT", "{S} hosted {T} for talks on trade", "coop", extra=True,
             src=("leader", "name"), tgt=("leader", "fm")),
    Template("support-expressed", "SUPPORT", "{S} expressed support for {T}", "coop", extra=True,
             src=("name", "leader", "fm"), tgt=("name", "gov", "leader"),
             perfect="{S} had expressed support for {T}"),
    Template("aid-grant", "AID", "{S} gave {T} $500 million in military aid", "coop", extra=True,
             src=("name", "gov", "capital"), tgt=("name", "gov"), perfect="{S} had given {T} $500 million in military aid"),
    Template("retreat-release", "RETREAT", "{S} released 20 {Tadj} prisoners", "hostile", extra=True,
             src=("name", "people", "gov"), role="authorities", tgt=(),
             passive="Twenty {Tadj} prisoners were released by {S}", perfect="{S} had released 20 {Tadj} prisoners"),
    Template("request-demand", "REQUEST", "{S} demanded that {T} withdraw {Tits} troops", "hostile", extra=True,
             src=("name", "leader", "ministry"), tgt=("name", "gov", "capital"),
             perfect="{S} had demanded that {T} withdraw {Tits} troops"),
    Template("request-ask", "REQUEST", "{S} asked {T} for military assistance", "coop", extra=True,
             src=("name", "leader", "gov"), tgt=("name", "gov"), perfect="{S} had asked {T} for military assistance"),
    Template("accuse-blame", "ACCUSE", "{S} blamed {T} for the attack", "hostile", extra=True,
             src=("name", "people", "leader", "fm"), tgt=("name", "capital", "gov"),
             passive="{T} {Twas} blamed by {S} for the attack", perfect="{S} had blamed {T} for the attack"),
    Template("accuse-condemn", "ACCUSE", "{S} condemned {Tp} decision to expel the diplomats", "verbal", extra=True,
             src=("name", "ministry", "fm"), tgt=("name", "capital", "gov"),
             perfect="{S} had condemned {Tp} decision to expel the diplomats"),
    Template("reject-dismiss", "REJECT", "{S} dismissed {Tp} proposal as unrealistic", "verbal", extra=True,
             src=("name", "leader", "ministry"), tgt=("name", "gov", "leader"),
             perfect="{S} had dismissed {Tp} proposal as unrealistic"),
    Template("threaten-warn", "THREATEN", "{S} warned {T} of serious consequences", "verbal", extra=True,
             src=("name", "leader", "fm"), tgt=("name", "capital", "gov"),
             perfect="{S} had warned {T} of serious consequences"),
    Template("protest-march", "PROTEST", "{S} marched through {Scap} to protest against {Tp} policies", "verbal",
             extra=True, src=("people",), role="thousands of {adj} demonstrators", tgt=("name", "gov", "leader"),
             perfect="{S} had marched through {Scap} to protest against {Tp} policies"),
    Template("sanction-recall", "SANCTION", "{S} recalled {Sits} ambassador from {T}", "verbal", extra=True,
             src=("name", "capital", "gov"), tgt=("name", "capital"),
             perfect="{S} had recalled {Sits} ambassador from {T}"),
    Template("sanction-order", "SANCTION", "{S} ordered {Tp} ambassador to leave the country", "verbal", extra=True,
             src=("name", "gov", "leader"), tgt=("name", "capital"),
             passive="{Tp} ambassador was ordered by {S} to leave the country",
             perfect="{S} had ordered {Tp} ambassador to leave the country"),
    Template("sanction-suspend", "SANCTION", "{S} suspended talks with {T}", "verbal", extra=True,
             src=("name", "gov", "leader"), tgt=("name", "gov"), perfect="{S} had suspended talks with {T}"),
    Template("mobilize-alert", "MOBILIZE", "{S} put {Sits} troops on high alert along the border with {T}", "hostile",
             extra=True, src=("name", "gov"), tgt=("name",),
             perfect="{S} had put {Sits} troops on high alert along the border with {T}"),
    Template("coerce-border", "COERCE", "{S} closed {Sits} border with {T}", "hostile", extra=True,
             src=("name", "capital", "gov"), tgt=("name",), perfect="{S} had closed {Sits} border with {T}"),
    Template("coerce-seize", "COERCE", "{S} seized {Ta} {Tadj} oil tanker", "hostile", extra=True,
             src=("name", "people"), role="forces", tgt=(),
             passive="{Ta} {Tadj} oil tanker was seized by {S}", perfect="{S} had seized {Ta} {Tadj} oil tanker"),
    Template("assault-drone", "ASSAULT", "{S} carried out a drone strike on {T}", "hostile", extra=True,
             src=("name", "people"), role="forces", tgt=("name", "capital", "people"), trole="positions",
             perfect="{S} had carried out a drone strike on {T}"),
    Template("assault-jets", "ASSAULT", "{S} said {Sits} jets had struck targets in {T}", "hostile", extra=True,
             src=("name", "capital", "gov", "people"), role="officials", tgt=("name",)),
    Template("assault-army", "ASSAULT", "{Sa} {Sadj} military spokesman said the army had struck targets in {T}",
             "hostile", extra=True, src=("name",), tgt=("name",)),   # the military spokesman's own army
    Template("assault-kill", "ASSAULT", "{S} killed three {Tadj} soldiers", "hostile", extra=True,
             src=("name", "people"), role="forces", tgt=(),
             passive="Three {Tadj} soldiers were killed by {S}", perfect="{S} had killed three {Tadj} soldiers"),
]


@dataclass(frozen=True)
class Variant:
    id: str
    text: str
    type: str
    source: str
    target: str


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lower_first(s: str) -> str:
    """'The Russian government …' inside a sentence: lower the article only (names keep their capital)."""
    return "the" + s[3:] if s.startswith("The ") else s


def _poss(text: str) -> str:
    return text + ("'" if text.endswith("s") and not text.endswith("ss") else "'s")


def _fill(pattern: str, t: Template, src: Country, tgt: Country, sform: str, tform: str) -> str:
    s_text, s_its = src.form(sform, t.role)
    t_text, t_its = tgt.form(tform, t.trole)
    slots = {
        "Spron": {"its": "it", "their": "they", "his": "he"}[s_its],
        "Spron_cap": {"its": "It", "their": "They", "his": "He"}[s_its],
        "Swho": "who" if s_its in {"his", "their"} else "which",
        "Shas": "have" if s_its == "their" else "has",
        "Sa": "an" if src.adj[0] in "AEIO" else "a",
        "S": s_text, "Sp": _poss(s_text), "Sits": s_its, "Sadj": src.adj, "Scap": src.capital,
        "T": t_text, "Tp": _poss(t_text), "Tits": t_its, "Tadj": tgt.adj, "Ta": "an" if tgt.adj[0] in "AEIO" else "a",
        "Twas": "were" if t_its == "their" else "was",
    }
    if sform == "appos":   # "Vladimir Putin, the Russian president, …": the apposition has no possessive
        slots["Sp"] = s_text
    return _cap(pattern.format(**slots))


def variants() -> list[Variant]:
    out: list[Variant] = []
    for n, t in enumerate(TEMPLATES):
        pairs = PAIRS[t.pairs]
        odd = n % 2 == 1   # the further additions alternate between templates: fewer variants, each type still met
        k = 0

        def add(kind: str, pattern: str, sform: str = "name", tform: str = "name", edit=None) -> None:
            nonlocal k
            for _ in range(len(pairs)):   # the next pair whose countries have these forms
                s, g = pairs[k % len(pairs)]
                k += 1
                if COUNTRIES[s].has(sform) and COUNTRIES[g].has(tform):
                    break
            else:
                return
            text = _fill(pattern, t, COUNTRIES[s], COUNTRIES[g], sform, tform)
            text = edit(text, COUNTRIES[s]) if edit else text + "."
            out.append(Variant(f"{t.id}/{kind}/{s}-{g}", text, t.type, s, g))

        s0, t0 = t.src[0], (t.tgt[0] if t.tgt else "name")   # the base forms: the first natural one of each side
        add("base", t.active, s0, t0)
        for f in t.src[1:]:
            add(f"src-{f}", t.active, f, t0)
        for f in t.tgt[1:]:
            add(f"tgt-{f}", t.active, s0, f)
        if t.extra:
            add("date", t.active, s0, t0, edit=lambda x, c: x + " on Tuesday.")
            add("attribution", t.active, s0, t0, edit=lambda x, c: x + ", state media reported.")
            if t.passive:
                add("passive", t.passive, s0, t0)
            if t.perfect:
                add("said-pronoun", "{S} said " + t.perfect.replace("{S}", "{Spron}", 1), s0, t0)
            continue
        add("date", t.active, s0, t0, edit=lambda x, c: x + " on Tuesday.")
        if t.place:
            add("place", t.active, s0, t0, edit=lambda x, c: x + " " + t.place.format(Scap=c.capital) + ".")
        add("fronted", t.active, s0, t0, edit=lambda x, c: "On Tuesday, " + _lower_first(x) + ".")
        add("attribution", t.active, s0, t0, edit=lambda x, c: x + ", state media reported.")
        if t.type in VERBAL_TYPES and not odd:
            add("statement", t.active, s0, t0, edit=lambda x, c: x + " in a statement.")
        if t.type in VERBAL_TYPES and odd:
            add("participle", t.active, s0, t0, edit=lambda x, c: "Speaking to reporters, " + _lower_first(x) + ".")
        if not odd:
            add("mid-date", t.active.replace("{S}", "{S} on Tuesday", 1), s0, t0)      # "Moscow on Tuesday accused …"
        # a verb coordinated before it shares the subject: "Russia issued a statement and accused …"
        add("conj", "{S} issued a statement and " + t.active[len("{S} "):], s0, t0)
        # the source named in the sentence before, then a pronoun: "Russia spoke on Monday. It accused …"
        add("coref", "{S} spoke on Monday. {Spron_cap} " + t.active[len("{S} "):], s0, t0)
        if odd:
            add("relative", t.active.replace("{S}", "{S}, {Swho} had faced criticism at home,", 1), s0, t0)
        if "leader" in t.src:
            add("apposition", t.active, "appos", t0)
        if t.passive:
            add("passive", t.passive, s0, t0)
        if t.perfect:
            add("reported", t.perfect, s0, t0, edit=lambda x, c: "A spokesman said " + _lower_first(x) + ".")
            # "Russia said it had …": the pronoun is the speaker
            add("said-pronoun", "{S} said " + t.perfect.replace("{S}", "{Spron}", 1), s0, t0)
            if not odd:
                add("present-perfect", t.perfect.replace(" had ", " {Shas} ", 1), s0, t0)
    return out


VARIANTS = variants()

# id -> why the coder still gets it wrong (strict xfail: remove the entry once it passes)
_MASSED = ('a parser error, not a rule: en_core_web_sm reads "massed troops" here as a noun phrase, "massed" an '
           'adjective (no verb row fits) or the conjunct of the noun before it; where it keeps "massed" a verb '
           'modifying "troops", the coder reads it as the verb')
KNOWN_FAILURES: dict[str, str] = {
    "mobilize-mass/conj/PAK-IND": _MASSED,
    "mobilize-mass/apposition/ISR-IRN": _MASSED,
}


def describe(ev) -> str:
    src = ev.source.code if ev.source else None
    tgt = ev.target.code if ev.target else None
    flags = [f for f, on in (("negated", ev.negated), ("reciprocal", ev.reciprocal)) if on]
    if ev.modality and ev.modality != "asserted":
        flags.append(ev.modality)
    why = ev.why or {}
    return (f"{ev.event_type} {ev.cameo} {src}->{tgt} trigger={ev.trigger!r}"
            + (f" [{', '.join(flags)}]" if flags else "")
            + f" rule={why.get('rule')} path={why.get('path')}")


def matches(ev, v: Variant) -> bool:
    return (ev.event_type == v.type and not ev.negated
            and ev.source is not None and ev.source.country == v.source
            and ev.target is not None and ev.target.country == v.target)


@pytest.fixture(scope="module")
def coded() -> dict[str, list]:
    from accord.models import Document
    from accord.pipeline import code_documents

    docs = [Document(text=v.text, id=v.id, published=PUBLISHED) for v in VARIANTS]
    return {c.document.id: c.events for c in code_documents(docs)}


def _param(v: Variant):
    if v.id in KNOWN_FAILURES:
        return pytest.param(v, id=v.id, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[v.id]))
    return pytest.param(v, id=v.id)


@pytest.mark.parametrize("variant", [_param(v) for v in VARIANTS])
def test_variant(variant: Variant, coded):
    events = coded[variant.id]
    assert any(matches(e, variant) for e in events), (
        f"{variant.id}: {variant.text}\n"
        f"expected: {variant.type} {variant.source}->{variant.target} (not negated)\n"
        "coded:\n" + ("\n".join("  " + describe(e) for e in events) or "  (no events)"))


def test_the_generator():
    ids = [v.id for v in VARIANTS]
    assert len(ids) == len(set(ids)), "duplicate variant ids"
    assert set(KNOWN_FAILURES) <= set(ids), f"known failures that are no variant: {set(KNOWN_FAILURES) - set(ids)}"
    from accord.ontology import PLOVER_TYPES

    by_type = {t: sum(1 for x in TEMPLATES if x.type == t) for t in PLOVER_TYPES}
    assert all(n >= 2 for n in by_type.values()), by_type
    assert all(t.active.startswith("{S} ") for t in TEMPLATES if not t.extra)   # for the "conj", "mid-date" variants
    assert 300 <= len(VARIANTS) <= 1000   # a few seconds to code


def test_the_prefilter_keeps_every_variant():
    """ingest parses only what the pre-filter keeps: each variant's sentence must hold a trigger and an actor."""
    from accord.prefilter import prefilter

    pf = prefilter()
    dropped = [v.id + ": " + v.text for v, sel in zip(VARIANTS, pf.select_many(v.text for v in VARIANTS))
               if sel.n_kept < sel.n_sentences]
    assert not dropped, "\n".join(dropped)
