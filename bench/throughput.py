"""Throughput of accord ingest beside bare spaCy on the same texts, worker scaling, and peak memory.

    .venv/bin/python bench/throughput.py ../shared/data/corpora/tempeval3_newswire.jsonl --limit 300
    .venv/bin/python bench/throughput.py ../shared/data/corpora/tempeval3_newswire.jsonl --append   # all of it

Configurations, each with 1 and with 2 processes (``--processes``):

- ``a``: bare spaCy — ``nlp.pipe`` with the same model over the same cleaned texts (``n_process=2`` for two,
  which sends every parsed Doc back to the parent);
- ``s``: bare spaCy in separate processes — with two, each process loads the model and runs ``nlp.pipe`` over
  half of the texts, nothing sent back: the fastest two processes can parse (``--configs sbc``);
- ``p``: accord's own parse alone — ``nlp.pipe`` with ``accord.nlp.load()``, whose attribute ruler and lemmatizer
  are faster equivalents of the model's, whose entities come from accord's rules (accord/entities.py) in the
  place of the model's recogniser, and whose layers multiply matrices with numpy's OpenBLAS instead of BLIS
  (``a`` and ``s`` load the model exactly as shipped): (b)/(p) is what the coder, actors and store add to
  accord's own parse (``--configs apbc``);
- ``b``: ``accord ingest --no-prefilter`` into a new store (reading, cleaning, deduplication, parsing, coding and
  writing the store: end to end);
- ``c``: ``accord ingest`` with the pre-filter.

Each measurement runs in a fresh process (so peak memory is its own), and each figure is the median of
``--runs`` (3) runs; the configurations are alternated inside every run (a, b, c, a, b, c, …), so that the
ratios compare runs made side by side on a machine others share. A one-process measurement starts its clock
with the model loaded; a two-process one includes starting the processes and loading the model in each, as a
real run does. Sentences are counted by accord's sentence splitter for every configuration (the same number),
words by whitespace.

``--memory`` adds the memory check: ``ingest`` (pre-filter, 2 workers, no deduplication) of 1,000 documents, of
the same 1,000 repeated with new ids to 10,000 (memory against the number of documents), and of the whole corpus
repeated to 10,000 (… and against the new words of more distinct articles), with the peak resident memory of
each worker process (VmHWM).

``--append`` appends the results to bench/RESULTS.md with the date, the machine and the commit.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CONFIGS = {"a": "bare spaCy nlp.pipe", "s": "bare spaCy nlp.pipe, texts split between processes",
           "p": "accord's parse alone (nlp.load(): its attribute ruler, lemmatizer, entity rules and numpy matrix products), texts split between processes",
           "b": "ingest --no-prefilter", "c": "ingest (pre-filter)"}


# --- one measurement, in its own process ------------------------------------------------------------------------

def _vmhwm(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class ChildPeaks(threading.Thread):
    """Polls the peak memory (VmHWM) of this process's descendants while a measurement runs."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peaks: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self.stop.is_set():
            for child in me.children(recursive=True):
                peak = _vmhwm(child.pid)
                if peak:
                    self.peaks[child.pid] = max(peak, self.peaks.get(child.pid, 0.0))
            self.stop.wait(0.2)


def _texts(corpus: str, limit: int | None) -> list[str]:
    from accord.clean import clean_text

    out = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(out) >= limit:
                break
            out.append(clean_text(json.loads(line)["text"]))
    return out


def measure(config: str, processes: int, corpus: str, limit: int | None, dedup: bool = True) -> dict:
    from accord import nlp
    from accord.prefilter import split_sentences

    texts = _texts(corpus, limit)
    words = sum(len(t.split()) for t in texts)
    sentences = sum(len(split_sentences(t)) for t in texts)
    stock = config in {"a", "s"}   # bare spaCy: the model exactly as shipped
    if processes == 1:
        nlp.load(stock=stock)
        if config == "c":
            from accord.prefilter import prefilter

            prefilter()
    from accord.pipeline import ingest
    from accord.store import open_store

    store_dir = tempfile.mkdtemp(prefix="accord-bench-")
    files = [corpus] if limit is None else [_limited(corpus, limit, store_dir)]
    watcher = ChildPeaks()
    watcher.start()
    events = None
    t0 = time.perf_counter()
    try:
        if config == "a":
            for _ in nlp.load(stock=True).pipe(texts, batch_size=nlp.BATCH_SIZE, n_process=processes):
                pass
            workers = {}
        elif config in {"s", "p"} and processes == 1:
            for _ in nlp.load(stock=stock).pipe(texts, batch_size=nlp.BATCH_SIZE):
                pass
        elif config in {"s", "p"}:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            parts = [texts[i::processes] for i in range(processes)]
            with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn")) as pool:
                workers = {str(pid): round(mb, 1) for pid, mb in pool.map(_parse_all, parts, [stock] * processes)}
        else:
            summary = ingest(files, open_store(Path(store_dir) / "store"), workers=processes,
                             prefilter=config == "c", dedup=dedup)
            events = summary.events
            workers = {str(k): round(v, 1) for k, v in summary.peak_rss_mb.items()}
        seconds = time.perf_counter() - t0
    finally:
        shutil.rmtree(store_dir, ignore_errors=True)
    watcher.stop.set()
    watcher.join()
    if config == "a":
        workers = {str(k): round(v, 1) for k, v in watcher.peaks.items()} if processes > 1 else \
            {str(os.getpid()): round(_vmhwm(), 1)}
    elif config in {"s", "p"} and processes == 1:
        workers = {str(os.getpid()): round(_vmhwm(), 1)}
    return {"config": config, "processes": processes, "seconds": round(seconds, 3), "documents": len(texts),
            "words": words, "sentences": sentences, "events": events, "main_peak_mb": round(_vmhwm(), 1),
            "worker_peak_mb": workers}


def _parse_all(texts: list[str], stock: bool = True) -> tuple[int, float]:
    """Parse texts with nlp.pipe in a process of its own (configurations ``s`` and ``p``); its pid and peak
    memory."""
    from accord import nlp

    for _ in nlp.load(stock=stock).pipe(texts, batch_size=nlp.BATCH_SIZE):
        pass
    return os.getpid(), _vmhwm()


def _limited(corpus: str, limit: int, folder: str, repeat_to: int | None = None) -> str:
    """The first ``limit`` documents of the corpus as a file of their own; with ``repeat_to``, the corpus repeated
    (with new ids) up to that many documents."""
    out = Path(folder) / "corpus.jsonl"
    with open(corpus, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f][:limit]
    total = repeat_to or len(rows)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(total):
            r = dict(rows[i % len(rows)])
            if i >= len(rows):
                r["id"] = f"{r['id']}#{i // len(rows)}"
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return str(out)


def measure_memory(corpus: str, documents: int, distinct: int | None) -> dict:
    """``ingest`` of ``documents`` documents: the first ``distinct`` of the corpus (None: all of it), repeated
    with new ids."""
    from accord.pipeline import ingest
    from accord.store import open_store

    folder = tempfile.mkdtemp(prefix="accord-bench-")
    try:
        path = _limited(corpus, distinct or documents, folder, repeat_to=documents)
        t0 = time.perf_counter()
        summary = ingest([path], open_store(Path(folder) / "store"), workers=2, prefilter=True, dedup=False)
        seconds = time.perf_counter() - t0
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    with open(corpus, encoding="utf-8") as f:
        n_corpus = sum(1 for _ in f)
    return {"config": "memory", "documents": documents, "distinct": min(distinct or n_corpus, documents, n_corpus),
            "seconds": round(seconds, 1), "events": summary.events, "main_peak_mb": round(_vmhwm(), 1),
            "worker_peak_mb": {str(k): round(v, 1) for k, v in summary.peak_rss_mb.items()}}


# --- the driver -------------------------------------------------------------------------------------------------

def run_child(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"measurement {args} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--processes", default="1,2", help="process counts, comma-separated (default 1,2)")
    ap.add_argument("--configs", default="abc", help="which of a, s, p, b, c (default abc)")
    ap.add_argument("--memory", action="store_true", help="also the 1,000 vs 10,000 documents memory check")
    ap.add_argument("--append", action="store_true", help="append the results to bench/RESULTS.md")
    ap.add_argument("--one", help=argparse.SUPPRESS)          # internal: CONFIG:PROCESSES, in a fresh process
    ap.add_argument("--memory-one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    corpus = str(Path(args.corpus).resolve())
    if args.one:
        config, processes = args.one.split(":")
        print(json.dumps(measure(config, int(processes), corpus, args.limit)))
        return
    if args.memory_one:
        print(json.dumps(measure_memory(corpus, args.memory_one, args.limit)))
        return

    processes = [int(p) for p in args.processes.split(",")]
    order = [(c, p) for p in processes for c in args.configs]
    results: dict[tuple[str, int], list[dict]] = {k: [] for k in order}
    limit = ["--limit", str(args.limit)] if args.limit else []
    for run in range(args.runs):
        for config, p in order:
            r = run_child([corpus, "--one", f"{config}:{p}", *limit])
            results[(config, p)].append(r)
            print(f"run {run + 1}: {config}{p} {r['seconds']:.1f}s workers {r['worker_peak_mb']}", flush=True)
    # 1,000 documents; the same 1,000 ten times over (does memory grow with the number of documents?); the whole
    # corpus repeated to 10,000 (… and with the new words of 2.7 times as many distinct articles?)
    memory = [run_child([corpus, "--memory-one", str(n), *lim]) for n, lim in
              ((1000, ["--limit", "1000"]), (10000, ["--limit", "1000"]), (10000, []))] if args.memory else []
    for m in memory:
        print(f"memory {m['documents']} documents ({m['distinct']} distinct): {m['seconds']}s, "
              f"workers {m['worker_peak_mb']}", flush=True)
    report = render(args, results, memory)
    print(report)
    if args.append:
        with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as f:
            f.write("\n" + report + "\n")


def render(args, results: dict[tuple[str, int], list[dict]], memory: list[dict]) -> str:
    med = {k: statistics.median(r["seconds"] for r in rs) for k, rs in results.items() if rs}
    any_run = next(rs for rs in results.values() if rs)[0]
    words, sentences, docs = any_run["words"], any_run["sentences"], any_run["documents"]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip() or "unknown"
    cpu = next((ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name")), "?")
    cmd = " ".join([".venv/bin/python", "bench/throughput.py", *sys.argv[1:]])
    lines = [f"## Throughput — {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit}",
             "", f"Machine: {platform.node()}, {cpu}, {os.cpu_count()} cores, "
             f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, Python "
             f"{platform.python_version()}; load average at the end {os.getloadavg()[0]:.1f} (shared machine).",
             "", f"`{cmd}` — {docs} documents, {words:,} words, {sentences:,} sentences; median of {args.runs} "
             f"runs, configurations alternated in each run.", "",
             "| configuration | processes | wall s (median) | runs | sentences/s | words/s | events | "
             "peak MB per worker |", "|---|---:|---:|---|---:|---:|---:|---:|"]
    for (config, p), rs in results.items():
        s = med[(config, p)]
        peaks = [v for r in rs for v in r["worker_peak_mb"].values()]
        events = rs[0]["events"]
        each = ", ".join(f"{r['seconds']:.1f}" for r in rs)
        lines.append(f"| ({config}) {CONFIGS[config]} | {p} | {s:.1f} | {each}"
                     f" | {sentences / s:.0f} | {words / s:.0f} | {'' if events is None else events} | "
                     f"{max(peaks) if peaks else 0:.0f} |")
    lines += ["", "| ratio | ratio of medians | median of per-run ratios | target |", "|---|---:|---:|---|"]

    def ratio(num: tuple[str, int], den: tuple[str, int], label: str, target: str) -> None:
        if num in med and den in med:
            per_run = [x["seconds"] / y["seconds"] for x, y in zip(results[num], results[den])]
            lines.append(f"| {label} | {med[num] / med[den]:.2f} | {statistics.median(per_run):.2f} | {target} |")

    for p in sorted({p for _, p in results}):
        for a in "as":
            ratio(("b", p), (a, p), f"(b)/({a}), {p} process{'es' if p > 1 else ''}: time of ingest over the "
                  "parse", "≤ 1.15")
            ratio((a, p), ("c", p), f"({a})/(c), {p} process{'es' if p > 1 else ''}: speed-up of the "
                  "pre-filtered ingest over the bare parse", "≥ 2")
        ratio(("b", p), ("p", p), f"(b)/(p), {p} process{'es' if p > 1 else ''}: what the coder, actors and "
              "store add to accord's own parse", "")
        ratio(("a", p), ("p", p), f"(a)/(p), {p} process{'es' if p > 1 else ''}: accord's parse against the "
              "model as shipped", "")
    for c in "aspbc":
        ratio((c, 1), (c, 2), f"({c}) 1 process / 2 processes: scaling", "≥ 1.7 for ingest")
    if ("a", 1) in med:
        ratio(("a", 1), ("s", 2), "(a) 1 process / (s) 2 processes: scaling of bare spaCy", "")
    if memory:
        lines += ["", "Memory: `ingest` with the pre-filter, 2 workers, no deduplication, the first *distinct* "
                  "articles of the corpus repeated with new ids:", "",
                  "| documents | distinct | wall s | events | peak MB per worker | main process peak MB |",
                  "|---:|---:|---:|---:|---|---:|"]
        for m in memory:
            lines.append(f"| {m['documents']:,} | {m.get('distinct', '')} | {m['seconds']} | {m['events']} | "
                         f"{', '.join(f'{v:.0f}' for v in m['worker_peak_mb'].values())} | {m['main_peak_mb']:.0f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
