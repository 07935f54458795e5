"""`accord eval` on a small gold file whose figures are worked out by hand below, and the held-back splits."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.evaluate import GoldDoc, seen_elsewhere, split
from accord.pipeline import code_text


def actor(code: str) -> list[dict]:
    return [{"text": code, "country": code, "code": code, "sector": None}]


def event(type_, cameo, source=None, target=None, **kw) -> dict:
    return {"type": type_, "cameo": cameo, "source": actor(source) if source else None,
            "target": actor(target) if target else None, **kw}


RUS_CHN = "Russia and China signed a trade agreement on Monday."
ISR_PSE = "Israeli jets struck Gaza on Tuesday."
USA_IRN = "The United States accused Iran of supporting terrorism."
JPN_PRK = "Japan sent food aid to North Korea."
WEATHER = "The weather in Paris was mild on Sunday."
DEU_FRA = "Germany criticised France over its budget."

# What the coder finds in each sentence (checked first, so that a change in the coder shows as such and not as
# a wrong figure): (type, CAMEO, source, target), both directions for a reciprocal act.
PREDICTED = {
    RUS_CHN: {("SUPPORT", "057", "RUS", "CHN"), ("SUPPORT", "057", "CHN", "RUS")},
    ISR_PSE: {("ASSAULT", "190", "ISR", "PSE")},
    USA_IRN: {("ACCUSE", "112", "USA", "IRN")},
    JPN_PRK: {("AID", "073", "JPN", "PRK")},
    WEATHER: set(),
    DEU_FRA: {("ACCUSE", "111", "DEU", "FRA")},
}

GOLD = [
    # d1: found, both ways (a reciprocal gold event accepts either direction)
    {"id": "d1", "text": RUS_CHN, "events": [event("SUPPORT", "057", "RUS", "CHN", reciprocal=True)]},
    # d2: found
    {"id": "d2", "text": ISR_PSE, "events": [event("ASSAULT", "190", "ISR", "PSE")]},
    # d3: the right type and root, the wrong target (the gold says Iraq)
    {"id": "d3", "text": USA_IRN, "events": [event("ACCUSE", "112", "USA", "IRQ")]},
    # d4: AID found; a second gold event, COOPERATE without a CAMEO code, missed
    {"id": "d4", "text": JPN_PRK, "events": [event("AID", "073", "JPN", "PRK"), event("COOPERATE", None, "JPN", "PRK")]},
    # d5: a gold event the coder does not find
    {"id": "d5", "text": WEATHER, "events": [event("PROTEST", "141", "FRA")]},
    # d6: an untyped gold event (a CAMEO 01 statement): no part in the type or triple figures, one root
    {"id": "d6", "text": USA_IRN, "events": [event(None, "010")]},
    # d7: the gold says REJECT, the coder says ACCUSE
    {"id": "d7", "text": DEU_FRA, "events": [event("REJECT", "120", "DEU", "FRA")]},
]


@pytest.fixture(scope="module")
def gold_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "small.jsonl"
    path.write_text("".join(json.dumps({**g, "date": "2020-01-01"}) + "\n" for g in GOLD), encoding="utf-8")
    return path


def test_the_coder_finds_what_the_hand_computation_assumes():
    for text, expected in PREDICTED.items():
        got = {(e.event_type, e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
               for e in code_text(text, "2020-01-01") if not e.negated}
        assert got == expected, text


def test_eval_gives_the_figures_computed_by_hand(gold_file):
    result = CliRunner().invoke(app, ["eval", str(gold_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.output)
    assert d["documents"] == 7
    # (document, type) pairs over the six typed documents (d6 has no typed gold event and is left out):
    #   true positives  SUPPORT d1, ASSAULT d2, ACCUSE d3, AID d4            = 4
    #   false positives ACCUSE d7                                            = 1
    #   false negatives COOPERATE d4, PROTEST d5, REJECT d7                  = 3
    assert d["type_p"] == round(4 / 5, 3)
    assert d["type_r"] == round(4 / 7, 3)
    assert d["type_f1"] == round(2 * (4 / 5) * (4 / 7) / (4 / 5 + 4 / 7), 3)
    # per type: ACCUSE has one hit (d3) and one false alarm (d7); the three missed types score 0
    assert d["per_type"]["ACCUSE"] == {"p": 0.5, "r": 1.0, "f1": round(2 * 0.5 / 1.5, 3), "support": 1,
                                       "tp": 1, "fp": 1, "fn": 0}
    assert d["per_type"]["REJECT"]["r"] == 0.0 and d["per_type"]["REJECT"]["support"] == 1
    assert "CONSULT" not in d["per_type"]
    # macro F1 over the 7 types with support: SUPPORT, ASSAULT, AID 1; ACCUSE 2/3; COOPERATE, PROTEST, REJECT 0
    assert d["type_macro_f1"] == round((3 + round(2 / 3, 3)) / 7, 3)
    # CAMEO roots of the 7 gold events with a code: 05 d1, 19 d2, 11 d3, 07 d4 found; 14 d5, 01 d6 (the coder
    # says 11), 12 d7 (the coder says 11) not
    assert d["root_n"] == 7 and d["root_acc"] == round(4 / 7, 3)
    # triples: 7 typed gold events, found: d1 (either direction), d2, d4's AID = 3
    assert d["triple_gold"] == 7 and d["triple_r"] == round(3 / 7, 3)
    # predicted events of a gold type of their document: d1 two SUPPORT (both match the reciprocal gold), d2
    # one, d3 one ACCUSE (wrong target), d4 one AID; d7's ACCUSE is not of d7's gold type = 5, of which 4 match
    assert d["triple_pred"] == 5 and d["triple_p"] == round(4 / 5, 3)
    assert d["triple_f1"] == round(2 * (4 / 5) * (3 / 7) / (4 / 5 + 3 / 7), 3)
    assert d["confusion"]["REJECT->ACCUSE"] == 1 and d["confusion"]["PROTEST->(none)"] == 1


def test_eval_lists_the_misses_with_the_coders_why(gold_file):
    result = CliRunner().invoke(app, ["eval", str(gold_file), "--format", "json", "--errors", "10"])
    assert result.exit_code == 0, result.output
    misses = {(m["id"], m["gold"]["type"]): m for m in json.loads(result.output)["misses"]}
    assert set(misses) == {("d3", "ACCUSE"), ("d4", "COOPERATE"), ("d5", "PROTEST"), ("d7", "REJECT")}
    assert misses[("d3", "ACCUSE")]["kind"] == "actors"
    assert misses[("d7", "REJECT")]["predicted"][0]["type"] == "ACCUSE"
    assert misses[("d7", "REJECT")]["predicted"][0]["why"]


def test_eval_rejects_a_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "does not exist" in " ".join(result.output.split())   # (rich wraps long lines)


def doc(i: int, text: str) -> GoldDoc:
    return GoldDoc(id=str(i), text=text, date=None, events=[])


def test_every_fourth_record_is_held_back():
    docs = [doc(i, f"sentence {i}") for i in range(10)]
    tune, held = split(docs)
    assert [d.id for d in held] == ["3", "7"]
    assert len(tune) == 8


def test_a_held_back_sentence_found_in_the_other_files_tuned_part_is_marked():
    others = [doc(0, "Senior Hungarian and Romanian officials agreed on Wednesday that their countries should "
                     "cooperate to encourage refugees to return home."),
              doc(1, "Japan sent food aid to North Korea after the floods.")]
    held = [doc(10, "Senior Hungarian and Romanian officials agreed on Thursday that their countries should "
                    "cooperate to encourage refugees to return home."),   # edited: 10 of its 15 five-word runs kept
            doc(11, "Kenya and Uganda closed their common border after clashes between herders.")]
    assert seen_elsewhere(held, others) == [True, False]
