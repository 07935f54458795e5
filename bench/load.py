"""`accord serve` under load: 2,000 requests, 20 at a time, on a store of 100,000 events, on 127.0.0.1 only.

    python bench/load.py                          # synthesize the store in a temporary folder, run, append to RESULTS.md
    python bench/load.py --requests 500 --no-write  # a quick look, nothing appended
    python bench/load.py --parts 1000             # the store as an ingest of small batches leaves it (not compacted)
    python bench/load.py --store S --compact      # synthesize into S (or reuse it), merge its parts, then run

The store is synthesized, not coded (coding 100,000 events takes most of an hour on 2 cores): documents and events
with the columns of `accord.store`, written with `Store.write_batch` in ``--parts`` batches, between 24 states with
sectors, CAMEO codes of every QuadClass, dates over 2015–2024. The real `accord serve` runs in a process of its
own; an asyncio client (httpx) keeps ``--concurrency`` requests in flight over the endpoint mix below, round
robin, until ``--requests`` are answered or ``--time-limit`` seconds have passed. It reports p50 / p99 / max
latency per endpoint and every error (a status other than 200, or no answer). The issue's target: p99 under
200 ms for /api/events, and no errors.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, datetime, timezone
from pathlib import Path

import httpx

from accord.models import Actor, Event
from accord.store import open_store

ROOT = Path(__file__).resolve().parents[1]
ENDPOINTS = {
    "/api/events": ["/api/events?limit=100", "/api/events?actor=RUS&limit=100",
                    "/api/events?type=SANCTION&since=2022-01&limit=100",
                    "/api/events?actor=CHN&since=2020&until=2022-06-30&limit=50", "/api/events?q=talks&limit=100"],
    "/api/actors": ["/api/actors"],
    "/api/graph": ["/api/graph"],
    "/api/dyads/RUS/PRK": ["/api/dyads/RUS/PRK"],
    "/healthz": ["/healthz"],
}
STATES = ["RUS", "PRK", "CHN", "USA", "UKR", "IRN", "JPN", "KOR", "DEU", "FRA", "GBR", "TUR", "IND", "ISR", "EGY",
          "SYR", "POL", "BLR", "SAU", "PAK", "BRA", "MEX", "CAN", "VNM"]
SECTORS = [None, None, "GOV", "GOV", "MIL", "OPP", "MED"]
# (CAMEO code, PLOVER type, Goldstein, QuadClass): a code of each QuadClass, weighted toward the common ones.
CODES = [("010", None, 0.0, 1), ("036", "CONSULT", 4.0, 1), ("040", "CONSULT", 1.0, 1), ("057", "AGREE", 8.0, 1),
         ("061", "COOPERATE", 6.4, 2), ("070", "AID", 7.0, 2), ("111", "ACCUSE", -2.0, 3),
         ("112", "ACCUSE", -2.0, 3), ("130", "THREATEN", -4.4, 3), ("1384", "THREATEN", -7.0, 3),
         ("161", "SANCTION", -4.0, 4), ("163", "SANCTION", -8.0, 4), ("190", "ASSAULT", -10.0, 4)]
TRIGGERS = ["met", "signed", "accused", "threatened", "imposed sanctions on", "cut off ties with", "held talks with"]


def synthesize(path: Path, n_events: int, parts: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    store = open_store(path)
    per_doc = 10
    docs_total = n_events // per_doc
    per_part = max(1, docs_total // parts)
    start = date(2015, 1, 1).toordinal()
    span = date(2024, 12, 31).toordinal() - start
    for first in range(0, docs_total, per_part):
        documents, events = [], []
        for d in range(first, min(first + per_part, docs_total)):
            day = date.fromordinal(start + rng.randrange(span)).isoformat()
            doc_id = f"load-{d}"
            sentences = []
            for i in range(per_doc):
                a, b = rng.sample(STATES, 2)
                cameo, plover, goldstein, quad = rng.choice(CODES)
                trigger = rng.choice(TRIGGERS)
                sentence = f"{a} {trigger} {b} in talks on day {i} of the crisis."
                offset = sum(len(s) + 1 for s in sentences)
                sentences.append(sentence)
                sa, sb = rng.choice(SECTORS), rng.choice(SECTORS)
                events.append(Event(
                    doc_id=doc_id, sentence_index=i, sentence=sentence, span=(offset, offset + len(sentence)),
                    trigger=trigger, event_type=plover, event_mode=None, cameo=cameo, goldstein=goldstein,
                    quad_class=quad, source=Actor(text=a, name=a, country=a, sector=sa, code=a + (sa or "")),
                    target=Actor(text=b, name=b, country=b, sector=sb, code=b + (sb or "")),
                    date=day, date_precision="day", historical=rng.random() < 0.05, negated=rng.random() < 0.03,
                    confidence=round(rng.uniform(0.3, 0.95), 2), why={"rule": "synthetic"}))
            documents.append({"doc_id": doc_id, "title": f"Synthetic report {d}", "published": day,
                              "text": " ".join(sentences), "n_sentences": per_doc, "n_events": per_doc,
                              "source": "bench"})
        store.write_batch(documents=documents, events=events)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def load(base: str, n_requests: int, concurrency: int, time_limit: float) -> tuple[dict, list[str], float]:
    plan = []
    kinds = list(ENDPOINTS)
    for i in range(n_requests):
        kind = kinds[i % len(kinds)]
        variants = ENDPOINTS[kind]
        plan.append((kind, variants[(i // len(kinds)) % len(variants)]))
    queue: asyncio.Queue = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    deadline = time.monotonic() + time_limit

    async def worker(client: httpx.AsyncClient) -> None:
        while time.monotonic() < deadline:
            try:
                kind, url = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            t0 = time.perf_counter()
            try:
                response = await client.get(url)
                if response.status_code != 200:
                    errors.append(f"{url}: {response.status_code} {response.text[:200]}")
            except httpx.HTTPError as error:
                errors.append(f"{url}: {type(error).__name__} {error}")
            latencies[kind].append((time.perf_counter() - t0) * 1000)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    t0 = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return latencies, errors, time.perf_counter() - t0


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(q * len(values))) - 1))]


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Linux {platform.release()}, Python {platform.python_version()}"


def commit() -> str:
    """The checked-out commit, read from .git (no git process: the bench may run where git is not wanted)."""
    git = ROOT / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:7] or "unknown"
        ref = head[5:]
        if (git / ref).is_file():
            return (git / ref).read_text().strip()[:7]
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0][:7]
    except OSError:
        pass
    return "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--parts", type=int, default=100, help="batches the store is written in (parts per table)")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--time-limit", type=float, default=600, help="stop sending after this many seconds")
    ap.add_argument("--store", help="use (or keep) the store here instead of a temporary folder")
    ap.add_argument("--compact", action="store_true", help="merge the store's parts (`accord compact`) first")
    ap.add_argument("--no-write", action="store_true", help="print only; do not append to bench/RESULTS.md")
    ap.add_argument("--note", help="a sentence to add under the figures in bench/RESULTS.md (what changed)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="accord-load-") as tmp:
        store_path = Path(args.store) if args.store else Path(tmp) / "store"
        t0 = time.perf_counter()
        if not (store_path / "documents").is_dir():
            synthesize(store_path, args.events, args.parts)
        built = time.perf_counter() - t0
        if args.compact:
            open_store(store_path).compact()
        counts = open_store(store_path).counts()
        n_parts = len(list((store_path / "events").glob("*.parquet")))
        compacted = any(p.name.endswith(".compact.parquet") for p in (store_path / "events").glob("*.parquet"))
        print(f"store: {counts['events']:,} events, {counts['documents']:,} documents, {n_parts} parts per table "
              f"({built:.1f} s to write)")

        port = free_port()
        accord = Path(sys.executable).with_name("accord")
        cmd = ([str(accord)] if accord.exists() else [sys.executable, "-m", "accord.cli"]) + [
            "serve", "--store", str(store_path), "--host", "127.0.0.1", "--port", str(port)]
        server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(base + "/healthz", timeout=5).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"accord serve did not start: {server.stderr.read() if server.stderr else ''}")
                time.sleep(0.2)
            for urls in ENDPOINTS.values():   # one warm-up request per URL: imports, first DuckDB use
                for url in urls:
                    httpx.get(base + url, timeout=120)
            latencies, errors, seconds = asyncio.run(
                load(base, args.requests, args.concurrency, args.time_limit))
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()

    answered = sum(len(v) for v in latencies.values())
    built_with = f"--store STORE" if args.store else f"--events {args.events} --parts {args.parts}"
    rows = []
    for kind in ENDPOINTS:
        values = latencies.get(kind, [])
        if values:
            rows.append((kind, len(values), statistics.median(values), percentile(values, 0.99), max(values)))
    events_p99 = next((r[3] for r in rows if r[0] == "/api/events"), float("nan"))
    verdict = ("met" if events_p99 < 200 and not errors and answered == args.requests else "NOT met")
    lines = [
        f"## Load — {datetime.now(timezone.utc):%Y-%m-%d}, commit {commit()}, {machine()}",
        "",
        f"Command: `.venv/bin/python bench/load.py {built_with} --requests {args.requests} --concurrency "
        f"{args.concurrency}{' --compact' if args.compact else ''}` — `accord serve` on 127.0.0.1 over {'a' if not args.store else 'the'} synthesized "
        f"store of {counts['events']:,} events ({counts['documents']:,} documents, {n_parts} part{'s' if n_parts != 1 else ''} per table"
        f"{', compacted' if compacted else ''}); "
        f"{answered:,} requests answered in {seconds:.1f} s ({answered / seconds:.0f}/s), "
        f"{args.concurrency} in flight, {len(errors)} errors.",
        "",
        "| endpoint | requests | p50 ms | p99 ms | max ms |",
        "|---|---|---|---|---|",
        *[f"| {k} | {n} | {p50:.0f} | {p99:.0f} | {mx:.0f} |" for k, n, p50, p99, mx in rows],
        "",
        f"Target (p99 < 200 ms for /api/events, no errors): {verdict}.",
        "",
    ]
    if args.note:
        lines[-1:-1] = ["", args.note]
    print("\n".join(lines))
    for error in errors[:20]:
        print("error:", error)
    if not args.no_write:
        results = ROOT / "bench" / "RESULTS.md"
        with open(results, "a", encoding="utf-8") as f:
            f.write("\n" + "\n".join(lines))
        print(f"appended to {results}")
    if errors or answered < args.requests:
        sys.exit(1)


if __name__ == "__main__":
    main()
