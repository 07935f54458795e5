"""Crash safety: `accord ingest` killed with SIGKILL at random moments, and run again each time, ends with the
store a clean run gives — every document once, the same events, and never a half-written part for readers.

What a user does after a crash is what this test does: run the same command again (docs/robustness.md).
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

from accord.store import open_store

from newswire import articles, write_jsonl

N_DOCS = 400
KILLS = 20
SEED = 2022
TABLE_DIRS = ("documents", "events", "errors", "links", "minhash")


def command(inputs: Path, store: Path) -> list[str]:
    return [sys.executable, "-m", "accord.cli", "ingest", str(inputs), "--store", str(store),
            "--batch-size", "4", "--workers", "1"]


def run_to_end(inputs: Path, store: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command(inputs, store), capture_output=True, text=True, timeout=300)


def parts(store: Path) -> set[Path]:
    return {f for table in TABLE_DIRS for f in (store / table).glob("*.parquet")}


def start_and_kill(inputs: Path, store: Path, rng: random.Random) -> bool:
    """Start an ingest and SIGKILL it (its whole process group) at a random moment; True if it was running.

    A third of the kills come at any moment after the start (imports, loading spaCy, reading, the first
    batch); the others while batches are being written: after the first new part appears, within the few
    hundred milliseconds that hold the next batches."""
    before = parts(store)
    proc = subprocess.Popen(command(inputs, store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        if rng.random() < 1 / 3:
            time.sleep(rng.uniform(0.05, 2.0))
        else:
            deadline = time.monotonic() + 60
            while proc.poll() is None and not (parts(store) - before) and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.3))
        running = proc.poll() is None
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(30)
    return running


def readable_parts(store: Path) -> None:
    """Every part that a reader can list is a whole Parquet file: footer, row groups, every column."""
    for part in parts(store):
        pq.read_table(part)


def stored(store: Path) -> dict:
    st = open_store(store, create=False)
    return {
        "documents": st.query("SELECT * EXCLUDE (batch_id, ingested_at) FROM documents ORDER BY doc_id"),
        "events": st.query("SELECT * EXCLUDE (batch_id) FROM events ORDER BY event_id"),
        "errors": st.query("SELECT path, line, code, reason, fix FROM errors ORDER BY path, line"),
        "links": st.query("SELECT * EXCLUDE (batch_id) FROM links ORDER BY doc_id"),
    }


def test_ingest_killed_at_random_moments_and_run_again_stores_everything_once(tmp_path):
    t0 = time.monotonic()
    inputs = tmp_path / "news"
    inputs.mkdir()
    records = articles(N_DOCS, seed=SEED)
    for k in range(4):
        write_jsonl(inputs / f"wire-{k}.jsonl", records[k * 100:(k + 1) * 100])
    with open(inputs / "wire-1.jsonl", "a", encoding="utf-8") as f:
        f.write('{"id": "cut", "text": "Russia and North Ko\n')   # a line the crawler never finished

    clean = run_to_end(inputs, tmp_path / "clean")
    assert clean.returncode == 1, clean.stderr   # the unfinished line
    expected = stored(tmp_path / "clean")
    assert len(expected["documents"]) == N_DOCS and len(expected["events"]) >= N_DOCS

    store = tmp_path / "crashed"
    rng = random.Random(SEED)
    kills = runs = 0
    while kills < KILLS:
        runs += 1
        assert runs <= 3 * KILLS, f"only {kills} runs were still running when killed"
        kills += start_and_kill(inputs, store, rng)
        # Between crashes, a reader sees whole parts only, and each document once.
        readable_parts(store)
        if (store / "documents").exists():
            st = open_store(store, create=False)
            st.counts()
            assert st.query("SELECT doc_id FROM documents GROUP BY doc_id HAVING count(*) > 1") == []
    progress = open_store(store, create=False).counts()["documents"]
    assert progress < N_DOCS, "the runs finished before the kills were done: the test killed nothing mid-run"

    final = run_to_end(inputs, store)
    assert final.returncode == 1, final.stderr
    readable_parts(store)
    got = stored(store)
    assert [d["doc_id"] for d in got["documents"]] == sorted(r["id"] for r in records)
    assert got["documents"] == expected["documents"]
    assert got["events"] == expected["events"]
    assert got["links"] == expected["links"]
    assert [(e["code"], e["line"]) for e in got["errors"]] == [("E006", 101)]
    # A run with nothing left to do adds nothing.
    again = run_to_end(inputs, store)
    assert again.returncode == 1 and stored(store) == got
    leftovers = list((store / "tmp").iterdir())
    print(f"\n{kills} kills in {runs} runs, {progress} of {N_DOCS} documents stored before the last run, "
          f"{len(leftovers)} temporary files left in tmp/, {time.monotonic() - t0:.0f} s")
