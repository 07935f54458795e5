"""Story deduplication (issue: throughput and scale): the same story from several outlets is stored once, linked,
and counted in its events' sources_count — within a run and across runs."""
from __future__ import annotations

import json
import shutil

import pytest

from accord.dedup import Deduplicator, signature, similarity
from accord.models import Document
from accord.pipeline import ingest
from accord.store import open_store

STORY = ("Ukraine cut off ties with North Korea on Wednesday after Pyongyang recognised the two separatist "
         "republics in eastern Ukraine. Russia welcomed the decision, and the United States condemned it.\n\n"
         "Kim Jong Un sent a letter to Vladimir Putin praising the strategic and tactical cooperation between the two "
         "countries. The European Union imposed new sanctions on Russia.")
# The same story as another outlet printed it: a dateline and a changed word (word-trigram Jaccard 0.88).
COPY = "SEOUL (Reuters) - " + STORY.replace("condemned it", "strongly condemned it")
OTHER = ("Japan and India agreed to hold naval exercises in the Indian Ocean next month. Tokyo said the two "
         "navies would train together for five days, and New Delhi welcomed the plan.")


def write_jsonl(path, records) -> str:
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    return str(path)


def record(doc_id: str, text: str, source: str) -> dict:
    return {"id": doc_id, "text": text, "source": source, "date": "2022-07-14", "url": f"https://{source}/{doc_id}"}


def first_documents(store) -> list[str]:
    return [r["doc_id"] for r in store.query("SELECT doc_id FROM documents WHERE duplicate_of IS NULL")]


def test_signatures_estimate_similarity():
    assert similarity(signature(STORY), signature(STORY)) == 1.0
    assert similarity(signature(STORY), signature(COPY)) >= 0.8
    assert similarity(signature(STORY), signature(OTHER)) < 0.2


def test_near_duplicates_give_one_document_with_sources_count_2(tmp_path):
    store = open_store(tmp_path / "store")
    path = write_jsonl(tmp_path / "news.jsonl", [record("ap-1", STORY, "ap.example"),
                                                 record("rt-7", COPY, "reuters.example"),
                                                 record("nhk-3", OTHER, "nhk.example")])
    summary = ingest([path], store)
    assert summary.linked == 1 and summary.documents == 2
    assert sorted(first_documents(store)) == ["ap-1", "nhk-3"]
    (link,) = store.query("SELECT doc_id, duplicate_of, similarity FROM links")
    assert link["doc_id"] == "rt-7" and link["duplicate_of"] == "ap-1" and 0.8 <= link["similarity"] < 1.0
    dup = store.query("SELECT url, source, n_events FROM documents WHERE doc_id = 'rt-7'")[0]
    assert dup == {"url": "https://reuters.example/rt-7", "source": "reuters.example", "n_events": 0}

    events = store.events()
    story = [e for e in events if e.doc_id == "ap-1"]
    assert story and all(e.sources_count == 2 for e in story)
    assert all(e.sources_count == 1 for e in events if e.doc_id == "nhk-3")
    assert not [e for e in events if e.doc_id == "rt-7"]          # its events are not stored twice
    alone = open_store(tmp_path / "alone")
    ingest([write_jsonl(tmp_path / "one.jsonl", [record("ap-1", STORY, "ap.example")])], alone)
    assert len(story) == len(alone.events())
    # the other readers of the store see the same count
    assert {r["sources_count"] for r in store.query("SELECT sources_count FROM events WHERE doc_id = 'ap-1'")} == {2}


def test_an_exact_copy_under_another_id_is_linked_with_similarity_1(tmp_path):
    store = open_store(tmp_path / "store")
    path = write_jsonl(tmp_path / "news.jsonl", [record("a", STORY, "a.example"), record("b", STORY, "b.example")])
    ingest([path], store)
    assert store.query("SELECT doc_id, duplicate_of, similarity FROM links") == [
        {"doc_id": "b", "duplicate_of": "a", "similarity": 1.0}]


def test_duplicates_are_found_across_runs_and_reingest_adds_nothing(tmp_path):
    store = open_store(tmp_path / "store")
    first = write_jsonl(tmp_path / "monday.jsonl", [record("ap-1", STORY, "ap.example")])
    second = write_jsonl(tmp_path / "tuesday.jsonl", [record("rt-7", COPY, "reuters.example")])
    ingest([first], store)
    assert list((store.path / "minhash").glob("*.parquet")), "the signatures are kept beside the store"
    summary = ingest([second], store)
    assert summary.linked == 1 and summary.documents == 0
    before = store.counts()
    again = ingest([first, second], store)
    assert again.documents == 0 and again.linked == 0 and again.duplicates == 2
    assert store.counts() == before
    assert {e.sources_count for e in store.events()} == {2}


def test_signatures_are_rebuilt_from_the_stored_text_when_missing(tmp_path):
    store = open_store(tmp_path / "store")
    ingest([write_jsonl(tmp_path / "a.jsonl", [record("ap-1", STORY, "ap.example")])], store, dedup=False)
    shutil.rmtree(store.path / "minhash", ignore_errors=True)
    index = Deduplicator(store)
    hit = index.check(Document(text=COPY, id="rt-7"))
    assert hit is not None and hit.doc_id == "ap-1"
    assert list((store.path / "minhash").glob("*.parquet"))


def test_the_threshold_decides_what_counts_as_the_same_story(tmp_path):
    store = open_store(tmp_path / "store")
    path = write_jsonl(tmp_path / "news.jsonl", [record("ap-1", STORY, "ap.example"),
                                                 record("rt-7", COPY, "reuters.example")])
    summary = ingest([path], store, dedup_threshold=0.99)
    assert summary.linked == 0 and summary.documents == 2
    with pytest.raises(ValueError):
        Deduplicator(store, threshold=1.5)


def test_near_duplicates_are_looked_for_among_the_most_recent_stories(tmp_path):
    store = open_store(tmp_path / "store")
    index = Deduplicator(store, window=1)
    assert index.check(Document(text=STORY, id="ap-1")) is None
    assert index.check(Document(text=OTHER, id="nhk-3")) is None        # pushes the first story out of the window
    assert index.check(Document(text=COPY, id="rt-7")) is None
    hit = index.check(Document(text=STORY, id="afp-2"))                  # exact copies: among all stories
    assert hit is not None and (hit.doc_id, hit.similarity) == ("ap-1", 1.0)
