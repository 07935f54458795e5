"""Concurrent use: `accord serve` answers while `accord ingest` writes the same store — no errors, and the new
events appear in the answers as their batches commit, without a restart. Both are the real commands, each in a
process of its own, as a user runs them."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time

import httpx

from accord.pipeline import ingest
from accord.store import open_store

from newswire import articles, write_jsonl

ENDPOINTS = ["/healthz", "/api/events?limit=50", "/api/events?actor=RUS&limit=20", "/api/actors",
             "/api/graph", "/api/dyads/RUS/CHN", "/api/blocs", "/api/events?type=SANCTION&since=2022-03"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def accord(*args: str) -> list[str]:
    return [sys.executable, "-m", "accord.cli", *args]


def wait_until_up(client: httpx.Client, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            if client.get("/healthz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert server.poll() is None, server.stderr.read()
        assert time.monotonic() < deadline, "accord serve did not start"
        time.sleep(0.1)


def test_serve_answers_while_ingest_writes_and_shows_new_events(tmp_path):
    store_path = tmp_path / "store"
    first = write_jsonl(tmp_path / "first.jsonl", articles(10, seed=31))
    ingest([str(first)], open_store(store_path), workers=1)
    more = write_jsonl(tmp_path / "more.jsonl", articles(240, seed=32))

    port = free_port()
    server = subprocess.Popen(accord("serve", "--store", str(store_path), "--port", str(port)),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    problems: list[str] = []
    seen_events: list[int] = []
    requests = 0
    stop = threading.Event()
    lock = threading.Lock()

    def poll(paths: list[str]) -> None:
        nonlocal requests
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            while not stop.is_set():
                for path in paths:
                    try:
                        response = client.get(path)
                    except httpx.HTTPError as error:
                        problems.append(f"{path}: {type(error).__name__}: {error}")
                        continue
                    with lock:
                        requests += 1
                    if response.status_code != 200:
                        problems.append(f"{path}: {response.status_code} {response.text[:300]}")
                    elif path == "/healthz":
                        seen_events.append(response.json()["events"])

    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            wait_until_up(client, server)
            before = client.get("/healthz").json()
            assert before["documents"] == 10 and before["events"] > 0

            pollers = [threading.Thread(target=poll, args=([p],)) for p in ENDPOINTS[:2]]
            pollers.append(threading.Thread(target=poll, args=(ENDPOINTS[2:],)))
            for t in pollers:
                t.start()
            writer = subprocess.run(
                accord("ingest", str(more), "--store", str(store_path), "--batch-size", "4", "--workers", "1"),
                capture_output=True, text=True, timeout=300)
            time.sleep(0.5)   # the pollers see the last batch too
            stop.set()
            for t in pollers:
                t.join(60)
            assert writer.returncode == 0, writer.stderr

            after = client.get("/healthz").json()
            stored = open_store(store_path).counts()
            assert after["documents"] == 250 and after["events"] == stored["events"] > before["events"]
            # the events of the new documents are served: the first page now holds some of them
            doc_ids = {e["doc_id"] for e in client.get("/api/events?limit=1000").json()["events"]}
            assert any(d.startswith("wire-32-") for d in doc_ids)
    finally:
        stop.set()
        server.terminate()
        server.wait(30)

    assert problems == []
    # Counts only grow, and the server saw batches land while the ingest ran, not only before and after.
    assert seen_events == sorted(seen_events)
    assert len({n for n in seen_events if before["events"] < n < after["events"]}) >= 3, seen_events
    assert requests > 50
