"""The coder on hand-written newswire sentences: one test per sentence of tests/data/coder_sentences.jsonl.

Each line is a sentence written for this suite (not taken from any gold set or manual) with the events a
careful human coder applying CAMEO and PLOVER would code, see the file's `note` fields:

- `expect`: events that must be found. `type` is the PLOVER type (null for CAMEO 01 statements), `root` the
  CAMEO root (null: not checked), `source`/`target` an ISO alpha-3 country or an actor-code prefix such as
  `IGOUNO` or `IGO` (null: any), and `negated`, `modality`, `date`, `reciprocal` when given.
  An empty list means the sentence holds no event (01 statements aside).
- `absent_types`: types that no un-negated predicted event may have.

- `known_failure` (optional): why the coder still gets this sentence wrong. The test is then an expected
  failure (strict: once the coder gets it right, the test fails until the field is removed), so the list of
  known failures in the file is the coder's honest to-do list.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "coder_sentences.jsonl"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
CAMEO_ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
MODALITIES = {"asserted", "intended", "hypothetical"}


def load() -> list[dict]:
    rows = []
    with DATA.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                row = json.loads(line)
                row["_line"] = n
                rows.append(row)
    return rows


SENTENCES = load()


def actor_matches(actor, code: str | None) -> bool:
    """An expected side: None = any; else the actor's country, or a prefix of its code (IGOUNO, IGO). An IGO written
    with its body's own three letters only ("IGONAT", "IGOAFU") also matches the code that puts a region group first
    (IGOWSTNAT, IGOAFRAFU): CAMEO's IGO codes are groups of three letters."""
    if code is None:
        return True
    if actor is None:
        return False
    own = actor.code or ""
    if code.startswith("IGO") and len(code) == 6 and own.startswith("IGO") and len(own) % 3 == 0:
        return code[3:] in {own[k:k + 3] for k in range(3, len(own), 3)}
    return actor.country == code or own.startswith(code)


def event_matches(ev, exp: dict) -> bool:
    if ev.event_type != exp.get("type"):
        return False
    root = exp.get("root")
    if root is not None and (ev.cameo or "")[:2] != root:
        return False
    if not actor_matches(ev.source, exp.get("source")):
        return False
    if not actor_matches(ev.target, exp.get("target")):
        return False
    if exp.get("negated") is not None and bool(ev.negated) != exp["negated"]:
        return False
    if exp.get("modality") is not None and ev.modality != exp["modality"]:
        return False
    if exp.get("date") is not None and ev.date != exp["date"]:
        return False
    if exp.get("reciprocal") is not None and bool(ev.reciprocal) != exp["reciprocal"]:
        return False
    return True


def describe(ev) -> str:
    src = ev.source.code if ev.source else None
    tgt = ev.target.code if ev.target else None
    flags = []
    if ev.negated:
        flags.append("negated")
    if ev.modality and ev.modality != "asserted":
        flags.append(ev.modality)
    if ev.reciprocal:
        flags.append("reciprocal")
    if ev.date:
        flags.append(f"date={ev.date}")
    return (f"{ev.event_type} {ev.cameo} {src}->{tgt} trigger={ev.trigger!r}"
            + (f" [{', '.join(flags)}]" if flags else ""))


def show_expected(exp: dict) -> str:
    keys = ("type", "root", "source", "target", "negated", "modality", "date", "reciprocal")
    return ", ".join(f"{k}={exp[k]!r}" for k in keys if k in exp and exp[k] is not None)


@pytest.fixture(scope="module")
def code():
    from accord.pipeline import code_text

    return code_text


BATCH = 256


@pytest.fixture(scope="module")
def coded(request):
    """The events of a row, coded with the rows that run after it in batches of `BATCH` (`code_documents`, as
    `accord ingest` codes): the parser takes a batch faster than its sentences one by one, and the events are the
    same. A row the coder fails on gets its exception, raised in that row's test only. Only the rows this run
    selects are coded (`-k` runs code no more than a batch)."""
    from accord.models import Document
    from accord.pipeline import code_documents

    func = request.node.obj.test_sentence if hasattr(request.node, "obj") else None
    order = [item.callspec.params["row"] for item in request.session.items
             if getattr(item, "function", None) is func and hasattr(item, "callspec")]
    position = {id(row): i for i, row in enumerate(order)}
    done: dict[int, object] = {}

    def events_of(row: dict):
        key = id(row)
        if key not in done:
            start = position.get(key)
            batch = [row] if start is None else [r for r in order[start:start + BATCH] if id(r) not in done]
            errors: dict[int, BaseException] = {}
            docs = [Document(text=r["text"], id=str(n), published=r["published"]) for n, r in enumerate(batch)]
            results = {int(c.document.id): c.events for c in
                       code_documents(docs, batch_size=BATCH, on_error=lambda d, e: errors.__setitem__(int(d.id), e))}
            for n, r in enumerate(batch):
                done[id(r)] = errors[n] if n in errors else results[n]
        result = done.pop(key)
        if isinstance(result, BaseException):
            raise result
        return result

    return events_of


def _param(row: dict):
    if row.get("known_failure"):
        return pytest.param(row, id=row["id"], marks=pytest.mark.xfail(strict=True, reason=row["known_failure"]))
    return pytest.param(row, id=row["id"])


# The file's rows at even positions are tested here, those at odd positions in test_coder_sentences_odd.py: with
# `--dist loadfile` each file runs on one worker, and one file of all the rows would keep one worker busy long after
# the other has finished.
@pytest.mark.parametrize("row", [_param(r) for r in SENTENCES[0::2]])
def test_sentence(row, coded):
    check_sentence(row, coded(row))


def check_sentence(row: dict, events: list) -> None:
    """Compare the events coded for a row's sentence with its expectations."""
    found = "\n".join("  " + describe(e) for e in events) or "  (no events)"
    context = f"{row['id']}: {row['text']}\n  note: {row.get('note', '')}\ncoded:\n{found}"

    if not row["expect"]:
        typed = [e for e in events if e.event_type is not None]
        assert not typed, f"expected no event\n{context}"

    missing = [exp for exp in row["expect"] if not any(event_matches(e, exp) for e in events)]
    assert not missing, ("missing: " + "; ".join(show_expected(m) for m in missing) + "\n" + context)

    absent = set(row.get("absent_types") or ())
    wrong = [e for e in events if not e.negated and e.event_type in absent]
    assert not wrong, (f"types that must not be coded ({', '.join(sorted(absent))}): "
                       + "; ".join(describe(e) for e in wrong) + "\n" + context)


def test_coverage_of_the_file():
    ids = [r["id"] for r in SENTENCES]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    assert not dup, f"duplicate ids: {dup}"

    by_type: Counter = Counter()
    by_root: Counter = Counter()
    for r in SENTENCES:
        where = f"{DATA.name}:{r['_line']} ({r['id']})"
        assert r["text"].strip() and isinstance(r["expect"], list), where
        date.fromisoformat(r["published"])
        for t in r.get("absent_types") or ():
            assert t in PLOVER_TYPES, f"{where}: unknown absent type {t!r}"
        for exp in r["expect"]:
            t, root = exp.get("type"), exp.get("root")
            assert t is None or t in PLOVER_TYPES, f"{where}: unknown type {t!r}"
            assert root is None or root in CAMEO_ROOTS, f"{where}: bad root {root!r}"
            if root == "01":
                assert t is None, f"{where}: CAMEO 01 statements have no PLOVER type"
            if root in {"02", "10"}:
                assert t == "REQUEST", f"{where}: CAMEO {root} is REQUEST"
            for side in ("source", "target"):
                code = exp.get(side)
                assert code is None or re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3}){0,2}|IGO[A-Z]*", code), f"{where}: bad {side} {code!r}"
            assert exp.get("modality") in MODALITIES | {None}, f"{where}: bad modality"
            d = exp.get("date")
            assert d is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d), f"{where}: bad date {d!r}"
        by_type.update({e["type"] for e in r["expect"] if e.get("type")})
        by_root.update({e["root"] for e in r["expect"] if e.get("root")})

    few_types = {t: by_type[t] for t in PLOVER_TYPES if by_type[t] < 3}
    few_roots = {c: by_root[c] for c in CAMEO_ROOTS if by_root[c] < 3}
    assert not few_types, f"PLOVER types with fewer than 3 sentences: {few_types}"
    assert not few_roots, f"CAMEO roots with fewer than 3 sentences: {few_roots}"
    assert sum(1 for r in SENTENCES if not r["expect"]) >= 10, "fewer than 10 no-event sentences"


@pytest.mark.parametrize("text,mutual", [
    ("France and Germany criticised the American tariffs on European steel.", False),
    ("Teachers and nurses protested in Nairobi against the new tax law.", False),
    ("France and Germany signed a treaty on defence cooperation.", True),
    ("Indian and Chinese troops clashed in the Galwan Valley.", True),
])
def test_actors_named_together_act_on_each_other_only_where_the_act_is_mutual(text, mutual, code):
    events = code(text, "2023-05-04")
    assert events
    assert any(e.reciprocal for e in events) == mutual, [(e.source.code, e.target and e.target.code) for e in events]


@pytest.mark.parametrize("text, author", [
    ("The Security Council condemned the bombing of the U.S. embassies in Kenya and Tanzania.", None),
    ("France condemned the attack on the Israeli embassy.", None),
    # (an attack by no one named is not the condemning state's own act at home)
    ("Iran condemned the attack on Tuesday in a statement issued by its foreign ministry.", None),
    ("France condemned the attack by Hamas on Israel.", "PSE"),
    ("Britain denounced the killing of the journalist by Saudi agents.", "SAU"),
])
def test_a_condemned_attack_accuses_its_author_not_its_victim(text, author, code):
    accusations = [e for e in code(text, published="2006-01-01") if e.event_type == "ACCUSE"]
    assert accusations, f"no accusation in {text!r}"
    targets = {e.target.country if e.target else None for e in accusations}
    assert targets == {author}, f"{text!r}: accused {targets}, expected {author}"


@pytest.mark.parametrize("text", [
    "Two U.S. soldiers were killed on Tuesday when their vehicle was struck by a roadside bomb in Baghdad.",
    "Three Turkish soldiers were killed in an ambush near the border with Iraq.",
])
def test_the_place_of_an_attack_is_not_its_attacker(text, code):
    attacks = [e for e in code(text, published="2006-11-16") if e.event_type == "ASSAULT"]
    assert attacks, f"no attack in {text!r}"
    assert all(e.source is None or e.source.country not in {"IRQ"} for e in attacks), \
        f"{text!r}: {[(e.source.code if e.source else None, e.target.code if e.target else None) for e in attacks]}"


@pytest.mark.parametrize("text, wrong", [
    ("Police arrested a man who had fought in Afghanistan, the interior ministry said.", "AFG"),
    ("Soldiers detained two men who had been trained in Pakistan, the army said.", "PAK"),
])
def test_a_place_in_a_clause_on_a_noun_is_not_the_place_of_the_act(text, wrong, code):
    # what a relative clause says of a noun happened elsewhere: its place gives no country to the main act's
    # role-word actors ("police", "soldiers")
    events = [e for e in code(text, published="2004-11-01") if e.event_type]
    assert events, f"no event in {text!r}"
    assert all(e.source is None or e.source.country != wrong for e in events), \
        f"{text!r}: {[(e.source.code if e.source else None, e.target.code if e.target else None) for e in events]}"


def test_casualties_among_troops_are_no_build_up(code):
    events = code("Since 2003, the number of British troops killed in Iraq has increased to 121.", published="2006-11-09")
    assert not [e for e in events if e.event_type == "MOBILIZE"], [(e.event_type, e.why) for e in events]
    assert [e for e in events if e.event_type == "ASSAULT" and e.target and e.target.country == "GBR"]


def test_a_state_and_its_own_organ_named_together_are_one_side(code):
    events = code("Japan and its finance ministry agreed on new currency targets.", published="1987-02-23")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree, events
    assert all(e.target is None or e.target.country != e.source.country for e in agree), \
        [(e.source.code, e.target.code if e.target else None) for e in agree]


def test_states_named_together_make_no_domestic_pair(code):
    # a demand whose addressee the parse loses ("that Iraq disarm" read as a noun) is no demand of one of the
    # states named together on the other
    events = code("Britain and France demanded on Monday that Iraq disarm.", published="2002-11-04")
    pairs = {(e.source.country if e.source else None, e.target.country if e.target else None) for e in events}
    assert ("FRA", "GBR") not in pairs and ("GBR", "FRA") not in pairs, pairs


def test_force_used_to_disperse_a_crowd_is_aimed_at_the_crowd(code):
    events = code("Police fired tear gas to disperse the striking miners.", "1987-03-21")
    assert any(e.event_type == "ASSAULT" and e.target is not None and e.target.sector == "LAB" for e in events), \
        [(e.event_type, e.source and e.source.code, e.target and e.target.code) for e in events]


def test_story_country_is_not_the_dateline():
    # a commodity story filed from a port is about the country it names, not the port's
    from accord.pipeline import code_text

    events = code_text("ROTTERDAM, March 18 - The bauxite refinery at Paranam in Surinam, which closed in January "
                       "after being sabotaged by rebels, will reopen next month.", published="1987-03-18")
    assert events and all(e.source is None or e.source.country != "NLD" for e in events), [e.to_dict() for e in events]


def test_story_country_yields_to_a_country_the_sentence_names():
    from accord.pipeline import code_text

    events = code_text("Aguas Argentinas is in trouble in Argentina. The Argentine government wants a new deal, and "
                       "Argentina's president said so. Recently, Suez lost a water concession in Bolivia after mass "
                       "protests in the city of El Alto, with citizens complaining of unfair water charges.",
                       published="2005-03-01")
    complaints = [e for e in events if e.trigger and "complain" in e.trigger]
    assert complaints and all(e.source is None or e.source.country != "ARG" for e in complaints), \
        [e.to_dict() for e in events]


def test_an_officer_meeting_a_state_is_not_of_it():
    from accord.pipeline import code_text

    events = code_text("The foreign minister met his North Korean counterpart on Monday.", published="2005-03-01")
    # (the meeting is both sides' act: the event the minister is the source of is the one to check)
    meetings = [e for e in events if e.event_type == "CONSULT" and (e.why.get("source_span") or [None])[0] == 0]
    assert meetings and all(e.source is None or e.source.country != "PRK" for e in meetings), \
        [e.to_dict() for e in events]


@pytest.mark.parametrize("text, state", [
    ("Boko Haram fighters attacked a village near Lake Chad.", "TCD"),
    ("Somali pirates seized a Greek tanker in the Gulf of Aden.", "YEM"),
    ("Chinese coast guard ships rammed a Vietnamese fishing boat in the South China Sea.", "CHN"),
])
def test_a_waters_name_names_no_state(text, state, code):
    # "Lake Chad" is no place in Chad, nor the "South China Sea" one in China: neither target nor location
    events = [e for e in code(text, published="2015-01-01") if e.event_type]
    assert events, f"no event in {text!r}"
    for e in events:
        assert (e.location or {}).get("country") != state, (text, e.location)
        assert e.target is None or e.target.code != state, (text, e.target.code)
