"""Workers and Dask (issue: throughput and scale): the same per-batch function everywhere, the same events
whatever runs it, and a run repeated adds nothing."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.clean import clean
from accord.cli import app
from accord.models import Document
from accord.pipeline import SentenceIndexedCoder, ingest
from accord.store import open_store
from accord.workers import BatchOptions, code_batch

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "news" / "kremlin_en.jsonl"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Twelve short articles from the demo corpus (Kremlin press releases: summits, talks, letters)."""
    rows = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines()]
    rows = sorted(rows, key=lambda r: len(r["text"]))[:12]
    path = tmp_path_factory.mktemp("corpus") / "kremlin.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def stored(store) -> dict[str, dict]:
    return {e.event_id: e.to_dict() for e in store.events()}


@pytest.fixture(scope="module")
def one_worker(corpus, tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("one") / "store")
    summary = ingest([str(corpus)], store, workers=1, batch_size=3)
    assert summary.documents == 12 and summary.events > 10, summary.as_dict()
    return store, summary


def test_two_workers_give_the_same_events_as_one(corpus, one_worker, tmp_path):
    store = open_store(tmp_path / "store")
    summary = ingest([str(corpus)], store, workers=2, batch_size=3)
    assert summary.documents == 12
    # (a pool of two codes the batches; which process takes which batch is the scheduler's choice: on a loaded machine
    # the first process ready may take all four, so the count of processes that coded is one or two)
    assert 1 <= len(summary.peak_rss_mb) <= 2, "at most two worker processes coded the batches"
    assert all(0 < mb < 1500 for mb in summary.peak_rss_mb.values())
    assert stored(store) == stored(one_worker[0])
    # each batch is a part of its own, written by the worker that coded it
    assert len(store.parts("documents")) == 4
    again = ingest([str(corpus)], store, workers=2, batch_size=3)
    assert again.documents == 0 and again.duplicates == 12
    assert stored(store) == stored(one_worker[0])


def test_a_worker_is_replaced_after_its_batches_and_nothing_is_lost(corpus, one_worker, tmp_path, monkeypatch):
    """A pool worker gives way to a fresh process after BATCHES_PER_WORKER batches (spaCy's vocabulary grows
    with every new word a worker reads); the batches go on being coded, each once."""
    from accord import workers

    monkeypatch.setattr(workers, "BATCHES_PER_WORKER", 1)
    store = open_store(tmp_path / "store")
    summary = ingest([str(corpus)], store, workers=2, batch_size=3)
    assert summary.documents == 12 and summary.errors == 0
    assert len(summary.peak_rss_mb) == 4, "each of the four batches was coded by a process of its own"
    assert stored(store) == stored(one_worker[0])


def test_workers_started_before_the_first_batch_code_it_and_leave_cleanly(corpus, one_worker, tmp_path):
    """``start_workers`` (a large input): the pool starts before the first document is read; every batch is
    coded once, and each worker leaves with exit code 0 once its results are in (it skips tearing its
    interpreter down, not its work)."""
    from accord.pipeline import ingest_documents
    from accord.read import read_paths
    from accord.workers import LocalPool

    made = []
    real_start = LocalPool.start

    def start(self):
        real_start(self)
        made.append(self._pool)

    store = open_store(tmp_path / "store")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(LocalPool, "start", start)
        processes = []
        real_send = LocalPool._send

        def send(self, docs):
            real_send(self, docs)
            processes.extend(p for p in (self._pool._processes or {}).values() if p not in processes)

        mp.setattr(LocalPool, "_send", send)
        summary = ingest_documents(read_paths([str(corpus)]), store, workers=2, batch_size=3, start_workers=True)
    assert len(made) == 1
    assert summary.documents == 12 and summary.errors == 0
    assert stored(store) == stored(one_worker[0])
    assert len(processes) == 2 and all(p.exitcode == 0 for p in processes), [p.exitcode for p in processes]


def test_a_large_input_starts_the_workers_at_once(tmp_path):
    from accord.pipeline import START_WORKERS_BYTES, _input_bytes

    small = tmp_path / "small.jsonl"
    small.write_text('{"id": "a", "text": "Russia and China signed an agreement."}\n', encoding="utf-8")
    assert _input_bytes([str(small)]) < START_WORKERS_BYTES
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_bytes(b"x" * (START_WORKERS_BYTES // 2))
    assert _input_bytes([str(small), str(folder)]) >= START_WORKERS_BYTES
    assert _input_bytes([str(tmp_path / "missing.txt")]) == 0


def test_a_dask_local_cluster_gives_the_same_events_as_the_local_run(corpus, one_worker, tmp_path):
    pytest.importorskip("distributed")
    store = open_store(tmp_path / "store")
    summary = ingest([str(corpus)], store, engine="dask", workers=2, batch_size=3)
    assert summary.documents == 12 and summary.errors == 0
    assert summary.peak_rss_mb and os.getpid() not in summary.peak_rss_mb, "Dask's worker processes coded it"
    assert stored(store) == stored(one_worker[0])


def test_the_prefilter_changes_what_is_parsed_not_what_is_found(corpus, one_worker, tmp_path):
    store = open_store(tmp_path / "store")
    summary = ingest([str(corpus)], store, workers=1, batch_size=3, prefilter=False)
    assert summary.parsed_sentences == summary.sentences
    assert one_worker[1].parsed_sentences < one_worker[1].sentences
    assert set(stored(store)) == set(stored(one_worker[0]))


def test_a_document_the_coder_fails_on_is_an_error_and_not_stored(tmp_path, monkeypatch):
    real = SentenceIndexedCoder.code

    def code(self):
        if self.doc_id == "bad":
            raise KeyError("unknown CAMEO code ''")
        return real(self)

    monkeypatch.setattr(SentenceIndexedCoder, "code", code)
    docs = [clean(Document(text="Ukraine cut off ties with North Korea.", id=i, published="2022-07-13"))
            for i in ("good", "bad")]
    store = open_store(tmp_path / "store")
    result = code_batch(docs, str(store.path), BatchOptions())
    assert result.documents == 1 and [e.path for e in result.errors] == ["bad"]
    assert [r["doc_id"] for r in store.query("SELECT doc_id FROM documents")] == ["good"]
    (row,) = store.query("SELECT path, code, reason FROM errors")
    assert row["code"] == "E100" and "KeyError" in row["reason"]


def test_the_cli_takes_the_scale_options(corpus, tmp_path):
    runner = CliRunner()
    store = tmp_path / "store"
    result = runner.invoke(app, ["ingest", str(corpus), "--store", str(store), "--workers", "1",
                                 "--no-prefilter", "--dedup-threshold", "0.9", "--batch-size", "6"])
    assert result.exit_code == 0, result.output
    assert open_store(store).counts()["documents"] == 12
    # the model's entity recogniser on request, for that run only
    result = runner.invoke(app, ["ingest", str(corpus), "--store", str(tmp_path / "store2"), "--workers", "1",
                                 "--entities", "model", "--batch-size", "6"])
    assert result.exit_code == 0, result.output
    assert open_store(tmp_path / "store2").counts()["documents"] == 12
    from accord import nlp

    assert type(nlp.load().get_pipe("ner")).__name__ == "RuleEntities"
    for bad in (["--engine", "spark"], ["--scheduler", "10.0.0.5:8786"], ["--dedup-threshold", "0"],
                ["--input-format", "pdf"], ["--entities", "spacy"]):
        result = runner.invoke(app, ["ingest", str(corpus), "--store", str(store), *bad])
        assert result.exit_code == 2, (bad, result.output)


def test_a_scheduler_that_does_not_answer_is_a_usage_error(corpus, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("accord.workers.CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--store", str(tmp_path / "store"),
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2 and "cannot reach the Dask scheduler" in result.output, result.output


@pytest.mark.parametrize("prefilter", [True, False])
def test_a_coded_batch_leaves_no_parsed_doc_for_the_cycle_collector(corpus, tmp_path, prefilter):
    """A worker's memory must not grow with the batches it codes. A parsed Doc that refers to itself (a Span
    cached in its user_data refers back to the Doc) is freed only when Python's cycle collector runs, which
    is rarely: the Docs of many batches, with their tensors, piled up in a worker (10,000 documents peaked at
    666 MB where 1,000 took 493). Every Doc a batch parses must be freed by reference counting alone."""
    import gc

    docs = [clean(Document(text=json.loads(line)["text"], id=f"cycle-{i}"))
            for i, line in enumerate(corpus.read_text(encoding="utf-8").splitlines()[:4])]
    code_batch(docs[:1], str(tmp_path / "store"), BatchOptions(prefilter=prefilter))   # loads the model
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        result = code_batch(docs, str(tmp_path / "store"), BatchOptions(prefilter=prefilter))
        gc.collect()
        leaked = [type(o).__name__ for o in gc.garbage if type(o).__name__ in {"Doc", "Span", "Token"}]
    finally:
        gc.garbage.clear()
        gc.set_debug(0)
        gc.enable()
    assert result.events > 0
    assert leaked == [], f"{len(leaked)} spaCy objects were freed only by the cycle collector"
