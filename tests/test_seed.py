"""The seed article's events (issue: the event pipeline, end to end)."""
from collections import Counter

CONFLICT = {"SANCTION", "ASSAULT", "COERCE", "THREATEN"}


def find(events, src, tgt, pred=lambda e: True):
    return [e for e in events
            if e.source and e.target and e.source.country == src and e.target.country == tgt and pred(e)]


def test_a_putins_letter_is_russian_verbal_cooperation_reported_by_kcna(seed_events):
    hits = find(seed_events, "RUS", "PRK", lambda e: e.event_type in {"AGREE", "SUPPORT"}
                and e.cameo[:2] in {"03", "05"} and e.source.code == "RUSGOV" and e.target.code == "PRKGOV"
                and e.date == "2022-08-15" and e.attribution and e.attribution["code"] == "PRKMED"
                and e.attribution["state_media"] is True)
    assert hits, [e.to_dict() for e in find(seed_events, "RUS", "PRK")]


def test_b_kims_reply_is_north_korean_verbal_cooperation(seed_events):
    hits = find(seed_events, "PRK", "RUS", lambda e: e.quad_class == 1 and not e.negated)
    assert hits, [e.to_dict() for e in find(seed_events, "PRK", "RUS")]


def test_c_recognition_of_the_separatist_states(seed_events):
    hits = find(seed_events, "PRK", "UKR", lambda e: e.event_type == "SUPPORT" and e.cameo == "054"
                and e.target.sector in {"REB", "SEP"} and e.date == "2022-07" and e.date_precision == "month")
    assert hits, [e.to_dict() for e in find(seed_events, "PRK", "UKR")]


def test_d_ukraine_cuts_ties(seed_events):
    hits = find(seed_events, "UKR", "PRK", lambda e: e.event_type == "SANCTION" and e.cameo == "161"
                and not e.historical)
    assert hits, [e.to_dict() for e in find(seed_events, "UKR", "PRK")]


def test_e_the_russian_invasion(seed_events):
    hits = find(seed_events, "RUS", "UKR", lambda e: e.event_type == "ASSAULT" and e.cameo.startswith("19"))
    assert hits, [e.to_dict() for e in find(seed_events, "RUS", "UKR")]


def test_f_soviet_aid_is_historical(seed_events):
    hits = find(seed_events, "SUN", "PRK", lambda e: e.event_type == "AID" and e.cameo.startswith("07")
                and e.historical)
    assert hits, [e.to_dict() for e in find(seed_events, "SUN", "PRK")]


def test_no_conflict_between_russia_and_north_korea(seed_events):
    bad = find(seed_events, "RUS", "PRK", lambda e: e.event_type in CONFLICT) + \
        find(seed_events, "PRK", "RUS", lambda e: e.event_type in CONFLICT)
    assert not bad, [e.to_dict() for e in bad]


def test_repeated_paragraph_yields_nothing_twice(seed_events):
    keys = Counter((e.sentence, e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                   for e in seed_events)
    assert max(keys.values()) == 1
    assert sum("gets buried under the sanctions" in e.sentence for e in seed_events) <= \
        len({e.event_id for e in seed_events if "gets buried under the sanctions" in e.sentence})


def test_every_event_says_why(seed_events):
    assert seed_events
    for e in seed_events:
        assert e.why["rule"] and e.why["trigger_lemma"] and e.why["path"]
        start, end = e.span
        assert 0 <= start < end


def test_hostile_forces_are_an_accusation_resolved_from_an_alias(seed_events):
    hits = find(seed_events, "PRK", "USA", lambda e: e.event_type == "ACCUSE" and e.cameo.startswith("11")
                and e.target.alias)
    assert hits
    assert {e.target.country for e in seed_events if e.event_type == "ACCUSE" and e.source.country == "PRK"} \
        >= {"USA", "KOR", "JPN"}


def test_alignment_statements_are_evidence(seed_events):
    aligned = {frozenset((e.source.country, e.target.country)) for e in seed_events if e.why["rule"] == "alignment"}
    assert frozenset(("RUS", "PRK")) in aligned
    assert {frozenset(("CHN", "RUS")), frozenset(("IRN", "PRK"))} <= aligned  # "a bloc that includes China and Iran"
    assert {frozenset(("USA", "KOR")), frozenset(("USA", "JPN"))} <= aligned  # "the US and its allies like …"
