"""Latency of `accord serve` on a store: the real CLI server on 127.0.0.1, pinned to 2 cores, timed with httpx.

    python bench/web_latency.py --store accord-data            # after `accord demo` (or `accord ingest`)
    python bench/web_latency.py --store accord-data --runs 100 --cores 0,1

For each URL: the first request after start (cold: imports, DuckDB, the analysis module), then `--runs` timed
requests after 3 warm-up requests, as median / p95 / max in milliseconds. The issue's target: `/healthz`,
`/openapi.json`, `/api/events?limit=5` and `/` under 200 ms each on 2 cores. Results go in docs/web.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

TARGETS = ["/healthz", "/openapi.json", "/api/events?limit=5", "/"]
OTHERS = ["/api/actors", "/api/graph", "/api/blocs", "/api/shifts", "/api/dyads/RUS/UKR", "/docs",
          "/static/app.js", "/static/vendor/cytoscape/cytoscape.min.js"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", default="accord-data")
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--cores", default="0,1", help="CPUs the server may use (taskset list), default 0,1")
    args = ap.parse_args()

    cores = {int(c) for c in args.cores.split(",")}
    port = free_port()
    accord = Path(sys.executable).with_name("accord")
    cmd = [str(accord) if accord.exists() else sys.executable, *([] if accord.exists() else ["-m", "accord.cli"]),
           "serve", "--store", args.store, "--port", str(port)]
    server = subprocess.Popen(cmd, preexec_fn=lambda: os.sched_setaffinity(0, cores))
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/healthz")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the server did not start")
                    time.sleep(0.1)
            counts = client.get("/healthz").json()
            print(f"store {args.store}: {counts['documents']} documents, {counts['events']} events; server on "
                  f"CPUs {sorted(cores)} of {os.cpu_count()} ({platform.processor() or platform.machine()}), "
                  f"{args.runs} runs per URL\n")
            print(f"{'url':<45} {'first':>8} {'median':>8} {'p95':>8} {'max':>8}   (ms)")
            for url in TARGETS + OTHERS:
                t0 = time.perf_counter()
                r = client.get(url)
                first = (time.perf_counter() - t0) * 1000
                r.raise_for_status()
                for _ in range(3):
                    client.get(url)
                times = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    client.get(url).raise_for_status()
                    times.append((time.perf_counter() - t0) * 1000)
                times.sort()
                p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
                flag = "  <- target < 200 ms" if url in TARGETS else ""
                print(f"{url:<45} {first:8.1f} {statistics.median(times):8.1f} {p95:8.1f} {times[-1]:8.1f}{flag}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
