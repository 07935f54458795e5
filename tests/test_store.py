"""The event store on real files: parts on disk, DuckDB views over them."""
from __future__ import annotations

import os
import shutil
import time
from datetime import datetime, timezone

import pytest

from accord.models import Actor, Event, content_hash
from accord.store import (EVENTS_SCHEMA, SCHEMAS, TABLES, Store, event_to_row, open_store,
                          row_to_event)

RUS = Actor(text="Russia", name="Russia", country="RUS", sector=None, code="RUS")
RUSGOV = Actor(text="Putin", name="Vladimir Putin", country="RUS", sector="GOV", code="RUSGOV")
PRK = Actor(text="North Korea", name="North Korea", country="PRK", sector=None, code="PRK")
UKR = Actor(text="the Ukrainians", name="Ukraine", country="UKR", sector=None, code="UKR")
HOSTILE = Actor(text="hostile forces", name="United States", country="USA", sector=None, code="USA",
                alias=True)


def make_event(doc_id: str, i: int, source: Actor | None, target: Actor | None, *, cameo: str = "042",
               event_type: str | None = "CONSULT", date: str | None = "2022-08-15", negated: bool = False,
               sentence: str = "Putin sent a letter to Kim.") -> Event:
    return Event(doc_id=doc_id, sentence_index=i, sentence=sentence, span=(10 * i, 10 * i + len(sentence)),
                 trigger="sent", event_type=event_type, event_mode=None, cameo=cameo, goldstein=1.9,
                 quad_class=1, source=source, target=target, date=date, negated=negated)


def make_doc(doc_id: str, text: str = "", published: str | None = "2022-08-15") -> dict:
    text = text or f"Text of {doc_id}."
    return {"doc_id": doc_id, "content_hash": content_hash(text), "title": f"Title {doc_id}",
            "published": published, "text": text, "n_sentences": 3, "n_events": 1}


def full_event() -> Event:
    """An event with every optional part filled, as the Ukraine–North Korea sentence of the seed article."""
    return Event(
        doc_id="d1", sentence_index=4,
        sentence="Retaliating to this move, the Ukrainians have cut off ties with the North Koreans.",
        span=(812, 901), trigger="cut off ties", event_type="SANCTION", event_mode="withdraw",
        cameo="161", goldstein=-4.0, quad_class=4, source=UKR, target=PRK, date="2022-07",
        date_precision="month", historical=False, negated=False, modality="asserted",
        attribution={"text": "KCNA", "code": "PRKMED", "state_media": True},
        location={"name": "Kyiv", "country": "UKR", "lat": 50.45, "lon": 30.52}, sources_count=3,
        confidence=0.8234, why={"rule": "verb-prt-prep-target", "trigger_lemma": "cut off", "n": [1, 2]},
        reciprocal=True)


@pytest.fixture
def store(tmp_path) -> Store:
    return open_store(tmp_path / "accord-data")


def part_count(store: Store, table: str) -> int:
    return len(list((store.path / table).glob("*.parquet")))


# --- the record ---------------------------------------------------------------------------------------------

def test_event_row_round_trip_without_disk():
    for event in (full_event(),
                  make_event("d2", 0, None, None),
                  make_event("d3", 1, HOSTILE, None, event_type=None)):
        row = event_to_row(event, "2022-08-15")
        assert set(row) == set(EVENTS_SCHEMA.names) - {"batch_id"}
        assert row_to_event(row) == event


def test_missing_actor_and_attribution_are_all_null_columns():
    row = event_to_row(make_event("d1", 0, None, PRK), None)
    assert all(row[f"source_{k}"] is None for k in ("text", "name", "country", "sector", "code", "alias"))
    assert row["target_code"] == "PRK"
    assert row["attribution_text"] is None and row["attribution_state_media"] is None


def test_event_round_trips_through_the_store(store):
    events = [full_event(), make_event("d1", 5, HOSTILE, None), make_event("d1", 6, None, None)]
    store.write_batch([make_doc("d1", published="2022-08-15")], events)
    back = store.events()
    assert sorted(back, key=lambda e: e.sentence_index) == events
    assert {r["published"] for r in store.query("SELECT published FROM events")} == {"2022-08-15"}


def test_published_by_doc_overrides_the_documents(store):
    store.write_batch([make_doc("d1", published=None)], [make_event("d1", 0, RUS, PRK)],
                      published_by_doc={"d1": "2022-08-16"})
    assert store.query("SELECT published FROM events") == [{"published": "2022-08-16"}]


# --- commit and atomicity -----------------------------------------------------------------------------------

def test_events_part_without_its_documents_part_is_invisible(store):
    orphan = "f" * 32
    store._write_part("events", [event_to_row(make_event("d9", 0, RUS, PRK), None)], orphan)
    store._write_part("links", [{"doc_id": "d9", "duplicate_of": "d1", "similarity": 0.9}], orphan)
    store._write_part("errors", [{"path": "x.jsonl", "line": 3, "code": "E101", "reason": "bad JSON",
                                  "at": datetime.now(timezone.utc)}], orphan)
    assert part_count(store, "events") == 1
    assert store.events() == []
    assert store.counts() == {"documents": 0, "events": 0, "errors": 1, "duplicates": 0}

    # A committed batch beside it does not make it visible; its own documents part does.
    store.write_batch([make_doc("d1")], [make_event("d1", 0, RUS, PRK)])
    assert [e.doc_id for e in store.events()] == ["d1"]
    store._write_part("documents", [make_doc("d9")], orphan)
    assert sorted(e.doc_id for e in store.events()) == ["d1", "d9"]
    assert store.counts()["duplicates"] == 1


def test_write_leaves_nothing_in_tmp_and_names_sort_by_time(store):
    first = store.write_batch([make_doc("d1")], [make_event("d1", 0, RUS, PRK)],
                              errors=[{"path": "a.txt", "reason": "empty"}],
                              links=[{"doc_id": "d1", "duplicate_of": "d0", "similarity": 1.0}])
    second = store.write_batch([make_doc("d2")], [make_event("d2", 0, RUS, PRK)])
    assert list((store.path / "tmp").iterdir()) == []
    for table in TABLES:
        for f in (store.path / table).glob("*.parquet"):
            assert f.stem.endswith(first) or f.stem.endswith(second)
    docs = sorted(p.name for p in (store.path / "documents").glob("*.parquet"))
    assert docs[0].endswith(f"{first}.parquet") and docs[1].endswith(f"{second}.parquet")
    # The documents part, the commit marker, is never older than the other parts of its batch.
    batch_parts = [p for t in TABLES for p in (store.path / t).glob(f"*{first}.parquet")]
    doc_part = next((store.path / "documents").glob(f"*{first}.parquet"))
    assert len(batch_parts) == 4 and all(doc_part.name >= p.name for p in batch_parts)


def test_every_row_carries_its_batch_id(store):
    batch = store.write_batch([make_doc("d1")], [make_event("d1", 0, RUS, PRK)],
                              errors=[{"path": "a.txt", "reason": "empty"}],
                              links=[{"doc_id": "d1", "duplicate_of": "d0", "similarity": 1.0}])
    for table in TABLES:
        assert store.query(f"SELECT DISTINCT batch_id FROM {table}") == [{"batch_id": batch}]


def test_errors_only_batch_writes_only_an_errors_part(store):
    store.write_batch([], [], errors=[{"path": "bad.csv", "line": 7, "code": "E201",
                                       "reason": "no text column", "fix": "name a column 'text'"}])
    assert part_count(store, "errors") == 1
    assert part_count(store, "documents") == 0
    row = store.query("SELECT * FROM errors")[0]
    assert (row["path"], row["line"], row["code"]) == ("bad.csv", 7, "E201")
    assert row["at"].tzinfo is not None


def test_events_without_documents_are_refused(store):
    with pytest.raises(ValueError, match="documents"):
        store.write_batch([], [make_event("d1", 0, RUS, PRK)])
    with pytest.raises(ValueError, match="unknown documents column"):
        store.write_batch([{**make_doc("d1"), "body": "typo"}], [])
    assert all(part_count(store, t) == 0 for t in TABLES)


def test_empty_batch_writes_nothing(store):
    store.write_batch([], [])
    assert all(part_count(store, t) == 0 for t in TABLES)


# --- reading ------------------------------------------------------------------------------------------------

def test_known_hashes_and_doc_ids_after_two_batches(store):
    assert store.known_hashes() == set()
    store.write_batch([make_doc("d1", "Alpha."), make_doc("d2", "Beta.")], [])
    store.write_batch([{"doc_id": "d3", "text": "Gamma."}], [])   # content_hash filled from text
    assert store.known_hashes() == {content_hash("Alpha."), content_hash("Beta."), content_hash("Gamma.")}
    assert store.known_doc_ids() == {"d1", "d2", "d3"}
    assert store.has_document("d3") and not store.has_document("d4")


def test_documents_columns_are_filled(store):
    store.write_batch([{"doc_id": "d1", "text": "Alpha.", "published": "2022-08-15"}], [])
    row = store.query("SELECT * FROM documents")[0]
    assert row["title"] is None and row["duplicate_of"] is None and row["n_events"] is None
    assert row["ingested_at"].tzinfo is not None
    assert list(row) == SCHEMAS["documents"].names


def test_event_filters(store):
    docs = [make_doc("a"), make_doc("b")]
    events = [
        make_event("a", 0, RUSGOV, PRK, date="2022-08-15", sentence="Putin sent a letter to Kim."),
        make_event("a", 1, UKR, PRK, cameo="161", event_type="SANCTION", date="2022-07",
                   sentence="Ukraine cut off ties with North Korea."),
        make_event("b", 0, PRK, UKR, date="2022", negated=True, sentence="Pyongyang did not reply."),
        make_event("b", 1, RUS, None, date=None, sentence="Moscow spoke."),
        make_event("b", 2, Actor(text="NATO", country=None, code="IGOWSTNAT"), RUS, date="2021-12-01",
                   sentence="NATO warned Russia."),
    ]
    store.write_batch(docs, events)

    def ids(**kw):
        return [(e.doc_id, e.sentence_index) for e in store.events(**kw)]

    # Ordered by date (undated last), then doc, then sentence.
    assert ids() == [("b", 2), ("b", 0), ("a", 1), ("a", 0), ("b", 1)]
    assert ids(actor="RUS") == [("b", 2), ("a", 0), ("b", 1)]          # prefix: RUSGOV too
    assert ids(actor="RUSGOV") == [("a", 0)]
    assert ids(actor="IGO") == [("b", 2)]
    assert ids(actor="UKR") == [("b", 0), ("a", 1)]
    assert ids(type="sanction") == [("a", 1)]
    # 2022-07 is 2022-07-01 against since and 2022-07-31 against until; 2022 is 2022-01-01 / 2022-12-31.
    assert ids(since="2022-07-01") == [("a", 1), ("a", 0)]
    assert ids(since="2022-07-02") == [("a", 0)]
    assert ids(until="2022-07-31") == [("b", 2), ("a", 1)]
    assert ids(until="2022-07-30") == [("b", 2)]
    assert ids(since="2022", until="2022") == [("b", 0), ("a", 1), ("a", 0)]
    assert ids(since="2022-07", until="2022-07") == [("a", 1)]
    assert ids(include_negated=False) == [("b", 2), ("a", 1), ("a", 0), ("b", 1)]
    assert ids(q="NORTH korea") == [("a", 1)]
    assert ids(limit=2) == [("b", 2), ("b", 0)]
    assert ids(limit=2, offset=2) == [("a", 1), ("a", 0)]
    assert ids(actor="PRK", type="CONSULT", include_negated=False) == [("a", 0)]


def test_to_frame_and_counts(store):
    store.write_batch([make_doc("d1"), make_doc("d2")], [make_event("d1", 0, RUS, PRK)],
                      links=[{"doc_id": "d2", "duplicate_of": "d1", "similarity": 0.93}])
    frame = store.to_frame("events")
    assert list(frame.columns) == EVENTS_SCHEMA.names and len(frame) == 1
    assert store.counts() == {"documents": 2, "events": 1, "errors": 0, "duplicates": 1}
    with pytest.raises(ValueError, match="unknown table"):
        store.to_frame("events; DROP VIEW events")


def test_empty_store_views_exist_with_their_columns(store):
    assert store.counts() == {"documents": 0, "events": 0, "errors": 0, "duplicates": 0}
    assert store.events(actor="RUS", since="2022") == []
    with store.connect() as conn:
        for table, schema in SCHEMAS.items():
            cols = [r[0] for r in conn.execute(f"DESCRIBE {table}").fetchall()]
            assert cols == schema.names
    assert list(store.to_frame("links").columns) == SCHEMAS["links"].names


def test_a_second_store_and_a_new_connection_see_later_parts(store):
    reader = Store(store.path, create=False)
    snapshot = reader.connect()
    store.write_batch([make_doc("d1")], [make_event("d1", 0, RUS, PRK)])
    assert snapshot.execute("SELECT count(*) FROM events").fetchone()[0] == 0   # a connection is a snapshot
    assert reader.counts()["events"] == 1
    with reader.connect() as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    snapshot.close()


def test_opening_a_missing_store_without_create_fails(tmp_path):
    with pytest.raises(FileNotFoundError, match="no event store"):
        Store(tmp_path / "nowhere", create=False)
    assert not (tmp_path / "nowhere").exists()


# --- compaction -------------------------------------------------------------------------------------------

def _all_rows(store: Store) -> dict[str, list[tuple]]:
    return {t: sorted(map(tuple, (r.values() for r in store.query(f"SELECT * FROM {t}"))), key=repr)
            for t in TABLES}


def test_compact_keeps_the_rows_and_reduces_the_parts(store):
    for i in range(4):
        store.write_batch([make_doc(f"d{i}")],
                          [make_event(f"d{i}", 0, RUS, PRK), make_event(f"d{i}", 1, UKR, PRK)],
                          errors=[{"path": f"f{i}.txt", "reason": "empty"}],
                          links=[{"doc_id": f"d{i}", "duplicate_of": "d0", "similarity": 0.9}])
    before, events_before = _all_rows(store), store.events()
    assert all(part_count(store, t) == 4 for t in TABLES)

    removed = store.compact()

    assert removed == {"events": 4, "links": 4, "errors": 4, "documents": 4, "orphans": 0}
    assert all(part_count(store, t) == 1 for t in TABLES)
    assert _all_rows(store) == before and store.events() == events_before
    assert list((store.path / "tmp").iterdir()) == [] and not (store.path / "compact.lock").exists()

    # Later batches and a second compaction fold into one part again.
    store.write_batch([make_doc("d9")], [make_event("d9", 0, RUS, PRK)])
    store.compact()
    assert all(part_count(store, t) == 1 for t in TABLES)
    assert store.counts() == {"documents": 5, "events": 9, "errors": 4, "duplicates": 4}


def test_compact_removes_old_orphans_and_keeps_batches_in_progress(store):
    store.write_batch([make_doc("d1")], [make_event("d1", 0, RUS, PRK)])
    store.write_batch([make_doc("d2")], [make_event("d2", 0, RUS, PRK)])
    old, young = "0" * 32, "1" * 32
    old_part = store._write_part("events", [event_to_row(make_event("dx", 0, RUS, PRK), None)], old)
    hour_ago = time.time() - 7200
    os.utime(old_part, (hour_ago, hour_ago))
    young_part = store._write_part("events", [event_to_row(make_event("dy", 0, RUS, PRK), None)], young)
    stale_tmp = store.path / "tmp" / "crashed.parquet"
    stale_tmp.write_bytes(b"half")
    os.utime(stale_tmp, (hour_ago, hour_ago))

    removed = store.compact()

    assert removed["orphans"] == 1 and removed["events"] == 2
    assert not old_part.exists() and young_part.exists() and not stale_tmp.exists()
    assert part_count(store, "events") == 2   # the merged part and the batch still writing
    # The batch in progress commits after the compaction: its events appear.
    store._write_part("documents", [make_doc("dy")], young)
    assert sorted(e.doc_id for e in store.events()) == ["d1", "d2", "dy"]


def test_parts_replaced_by_a_compacted_part_are_never_read_twice(store):
    """Between renaming the merged part in and unlinking the old ones, a reader must not double-count."""
    store.write_batch([make_doc("d1")], [make_event("d1", 0, RUS, PRK)])
    store.write_batch([make_doc("d2")], [make_event("d2", 0, RUS, PRK)])
    saved = store.path.parent / "saved"
    shutil.copytree(store.path / "events", saved)
    store.compact()
    for f in saved.iterdir():   # put the old parts back, as if the compaction had not yet removed them
        shutil.copy(f, store.path / "events" / f.name)
    assert part_count(store, "events") == 3
    assert store.counts()["events"] == 2
    assert len(store.parts("events")) == 1


def test_a_second_compaction_meanwhile_is_refused(store):
    (store.path / "compact.lock").touch()
    with pytest.raises(RuntimeError, match="another compaction"):
        store.compact()
