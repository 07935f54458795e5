"""Benchmark of the analysis layer: dyad and bloc queries over a synthetic store of 1,000,000 events.

    .venv/bin/python bench/analysis.py                      # 1,000,000 events over 200 actors, 2 CPUs
    .venv/bin/python bench/analysis.py --events 200000 --no-write

Builds the store with pyarrow straight into the store's layout (four batches of 250,000 events, each
committed by its documents part), pins the process to 2 CPUs (as the target says: < 1 s on 2 cores),
times each query as the median of 5 runs after one untimed warm-up, and measures how well the bloc method
recovers planted blocs (on the synthetic store and on small signed graphs with noise). Appends the figures
to bench/RESULTS.md with the date, machine and commit.
"""
from __future__ import annotations

import argparse
import itertools
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import networkx as nx
import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from accord import analysis  # noqa: E402
from accord.store import DOCUMENTS_SCHEMA, EVENTS_SCHEMA, Store  # noqa: E402

# (cameo, goldstein, quad_class, plover type) drawn for cooperative and conflictual events.
COOPERATIVE = [("036", 4.0, 1, "AGREE"), ("042", 1.9, 1, "CONSULT"), ("051", 3.4, 1, "SUPPORT"),
               ("057", 8.0, 1, "AGREE"), ("061", 6.4, 2, "COOPERATE"), ("071", 7.4, 2, "AID")]
CONFLICTUAL = [("112", -2.0, 3, "ACCUSE"), ("130", -4.4, 3, "THREATEN"), ("161", -4.0, 4, "SANCTION"),
               ("173", -5.0, 4, "COERCE"), ("190", -10.0, 4, "ASSAULT"), ("100", -5.0, 3, "REQUEST")]
N_BLOCS = 4
BATCH = 250_000


def actor_codes(n: int, rng: np.random.Generator) -> list[str]:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    pool = ["".join(p) for p in itertools.product(letters, repeat=3)]
    return sorted(rng.choice(pool, n, replace=False).tolist())


def planted_blocs(n_actors: int, seed: int = 0) -> dict[str, list[str]]:
    codes = np.array(actor_codes(n_actors, np.random.default_rng(seed)))
    bloc = np.arange(n_actors) % N_BLOCS
    return {f"planted {b}": sorted(codes[bloc == b].tolist()) for b in range(N_BLOCS)}


def build(path: Path, n_events: int, n_actors: int, seed: int = 0) -> dict[str, list[str]]:
    """Write the synthetic store; return the planted blocs (name → members)."""
    rng = np.random.default_rng(seed)
    codes = np.array(actor_codes(n_actors, rng))
    bloc = np.arange(n_actors) % N_BLOCS
    activity = 1.0 / np.arange(1, n_actors + 1) ** 0.8          # a few busy actors, many quiet ones
    activity = activity[rng.permutation(n_actors)]
    activity /= activity.sum()
    store = Store(path)
    start = date(2010, 1, 1).toordinal()
    span = date(2020, 12, 31).toordinal() - start
    day_strings = np.array([date.fromordinal(start + d).isoformat() for d in range(span + 1)])
    sectors = np.array(["", "GOV", "MIL"])
    names = np.array([f"Country {c}" for c in codes])
    coop = np.array(COOPERATIVE, dtype=object)
    conf = np.array(CONFLICTUAL, dtype=object)
    templates = np.array([f"Officials said the two sides held talks number {k} on the matter." for k in range(64)])
    done = 0
    while done < n_events:
        n = min(BATCH, n_events - done)
        src = rng.choice(n_actors, n, p=activity)
        tgt = rng.choice(n_actors, n, p=activity)
        same = src == tgt
        tgt[same] = (tgt[same] + 1 + rng.integers(0, n_actors - 1, same.sum())) % n_actors
        inside = bloc[src] == bloc[tgt]
        cooperative = np.where(inside, rng.random(n) < 0.8, rng.random(n) < 0.2)
        pick = rng.integers(0, len(COOPERATIVE), n)
        kind = np.where(cooperative[:, None], coop[pick], conf[pick])
        sec_s, sec_t = sectors[rng.integers(0, 3, n)], sectors[rng.integers(0, 3, n)]
        day = day_strings[rng.integers(0, span + 1, n)]
        month_only = rng.random(n) < 0.05
        day = np.where(month_only, np.char.ljust(day.astype("U10"), 7).astype(object), day)
        day = np.array([d[:7] if m else d for d, m in zip(day, month_only)], dtype=object)
        alignment = cooperative & (rng.random(n) < 0.005)
        ids = np.arange(done, done + n)
        doc_ids = np.char.add("doc", (ids // 100).astype(str))
        src_code = np.char.add(codes[src], sec_s)
        tgt_code = np.char.add(codes[tgt], sec_t)
        events = pa.table({
            "event_id": pa.array(np.char.add("ev", ids.astype(str))),
            "doc_id": pa.array(doc_ids),
            "sentence_index": pa.array((ids % 100).astype(np.int32)),
            "sentence": pa.array(templates[ids % 64]),
            "span_start": pa.array(np.zeros(n, np.int32)), "span_end": pa.array(np.full(n, 60, np.int32)),
            "trigger": pa.array(np.full(n, "held talks")),
            "event_type": pa.array(kind[:, 3].astype(str)), "event_mode": pa.nulls(n, pa.string()),
            "cameo": pa.array(kind[:, 0].astype(str)), "goldstein": pa.array(kind[:, 1].astype(float)),
            "quad_class": pa.array(kind[:, 2].astype(np.int8)),
            "source_text": pa.array(names[src]), "source_name": pa.array(names[src]),
            "source_country": pa.array(codes[src]),
            "source_sector": pa.array(np.where(sec_s == "", None, sec_s).tolist(), pa.string()),
            "source_code": pa.array(src_code), "source_alias": pa.array(np.zeros(n, bool)),
            "target_text": pa.array(names[tgt]), "target_name": pa.array(names[tgt]),
            "target_country": pa.array(codes[tgt]),
            "target_sector": pa.array(np.where(sec_t == "", None, sec_t).tolist(), pa.string()),
            "target_code": pa.array(tgt_code), "target_alias": pa.array(np.zeros(n, bool)),
            "date": pa.array(day.tolist(), pa.string()),
            "date_precision": pa.array(np.where(month_only, "month", "day")),
            "historical": pa.array(rng.random(n) < 0.02), "negated": pa.array(rng.random(n) < 0.03),
            "modality": pa.array(np.full(n, "asserted")),
            "attribution_text": pa.nulls(n, pa.string()), "attribution_code": pa.nulls(n, pa.string()),
            "attribution_state_media": pa.nulls(n, pa.bool_()),
            "location_name": pa.nulls(n, pa.string()), "location_country": pa.nulls(n, pa.string()),
            "location_lat": pa.nulls(n, pa.float64()), "location_lon": pa.nulls(n, pa.float64()),
            "sources_count": pa.array(rng.integers(1, 4, n).astype(np.int32)),
            "confidence": pa.array(np.full(n, 0.8)),
            "why": pa.array(np.where(alignment, '{"rule": "alignment"}', '{"rule": "verb"}')),
            "reciprocal": pa.array(np.zeros(n, bool)),
            "published": pa.array(day.tolist(), pa.string()),
        })
        batch_id = uuid.uuid4().hex
        unique_docs = np.unique(doc_ids)
        docs = pa.table({
            "doc_id": pa.array(unique_docs), "content_hash": pa.array(unique_docs),
            "title": pa.nulls(len(unique_docs), pa.string()), "source": pa.nulls(len(unique_docs), pa.string()),
            "url": pa.nulls(len(unique_docs), pa.string()), "published": pa.nulls(len(unique_docs), pa.string()),
            "path": pa.nulls(len(unique_docs), pa.string()), "lang": pa.array(np.full(len(unique_docs), "en")),
            "n_sentences": pa.array(np.full(len(unique_docs), 100, np.int32)),
            "n_events": pa.array(np.full(len(unique_docs), 100, np.int32)),
            "text": pa.nulls(len(unique_docs), pa.string()), "duplicate_of": pa.nulls(len(unique_docs), pa.string()),
            "ingested_at": pa.array([datetime.now(timezone.utc)] * len(unique_docs), pa.timestamp("us", tz="UTC")),
        })
        store._write_part("events", events.cast(pa.schema([f for f in EVENTS_SCHEMA if f.name != "batch_id"])),
                          batch_id)
        store._write_part("documents", docs.cast(pa.schema([f for f in DOCUMENTS_SCHEMA if f.name != "batch_id"])),
                          batch_id)
        done += n
    return planted_blocs(n_actors, seed)


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """(cold seconds, median of `repeat` warm runs, last result)."""
    t0 = time.perf_counter()
    result = fn()
    cold = time.perf_counter() - t0
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - t0)
    return cold, statistics.median(runs), result


# --- planted blocs on small signed graphs -----------------------------------------------------------------------

def planted_matrix(seed: int, flip: float, weighted: bool, n_per: int = 5, k: int = 2):
    rng = np.random.default_rng(seed)
    n = n_per * k
    truth = np.repeat(np.arange(k), n_per)
    iu = np.triu_indices(n, 1)
    sign = np.where(truth[iu[0]] == truth[iu[1]], 1.0, -1.0)
    sign[rng.choice(len(sign), int(round(flip * len(sign))), replace=False)] *= -1
    mag = rng.uniform(0.5, 1.5, len(sign)) if weighted else np.ones(len(sign))
    W = np.zeros((n, n))
    W[iu] = sign * mag
    return W + W.T, truth


def same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    return len(set(zip(a.tolist(), b.tolist()))) == len(set(a.tolist())) == len(set(b.tolist()))


def louvain_positive(W: np.ndarray, seed: int) -> np.ndarray:
    G = nx.Graph()
    G.add_nodes_from(range(W.shape[0]))
    for i, j in zip(*np.nonzero(np.triu(W > 0, 1))):
        G.add_edge(int(i), int(j), weight=float(W[i, j]))
    labels = np.zeros(W.shape[0], int)
    for c, members in enumerate(nx.community.louvain_communities(G, weight="weight", seed=seed)):
        labels[list(members)] = c
    return labels


def best_bipartition(W: np.ndarray) -> np.ndarray | None:
    """The 2-way partition of least frustration, if unique: the ceiling for a method told k = 2."""
    n = W.shape[0]
    parts = np.array([(0, *bits) for bits in itertools.product((0, 1), repeat=n - 1)])
    same = parts[:, :, None] == parts[:, None, :]
    cost = np.where(same, np.maximum(-W, 0), np.maximum(W, 0)).sum(axis=(1, 2))
    best = np.flatnonzero(cost <= cost.min() + 1e-9)
    return parts[best[0]] if len(best) == 1 else None


def planted_table(draws: int) -> list[str]:
    from accord.analysis import _spectral_start, _split_unconnected
    methods = {
        "accord: signed modularity, spectral + local search": lambda W: analysis.signed_partition(W, seed=0),
        "correlation clustering (frustration), same search": lambda W: analysis.signed_partition(
            W, seed=0, objective="frustration"),
        "signed spectral bisection of W only": lambda W: _split_unconnected(W, _spectral_start(W, W)),
        "Louvain on positive ties only (networkx)": lambda W: louvain_positive(W, 0),
        "sign of the leading eigenvector (k = 2 given)": lambda W: (np.linalg.eigh(W)[1][:, -1] > 0).astype(int),
        "ceiling: least-frustration bipartition (k = 2 given)": best_bipartition,
    }
    rows = ["| method | " + " | ".join(f"{int(f * 100)}% {'w' if w else '±1'}" for f in (0.1, 0.2, 0.3)
                                      for w in (False, True)) + " |",
            "|---|" + "---|" * 6]
    settings = [(f, w) for f in (0.1, 0.2, 0.3) for w in (False, True)]
    graphs = {s: [planted_matrix(seed, *s) for seed in range(draws)] for s in settings}
    for name, fn in methods.items():
        cells = []
        for s in settings:
            hits = 0
            for W, truth in graphs[s]:
                labels = fn(W)
                hits += labels is not None and same_partition(np.asarray(labels), truth)
            cells.append(f"{hits / draws:.3f}")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    # Is a miss the search's fault or the objective's? Share of draws in which plain correlation clustering
    # found a partition of strictly lower frustration than the planted one.
    lower = []
    for s in settings:
        n = sum(analysis.frustration(W, analysis.signed_partition(W, seed=0, objective="frustration"))
                < analysis.frustration(W, truth) - 1e-9 for W, truth in graphs[s])
        lower.append(f"{n / draws:.3f}")
    rows += ["", "Share of draws in which correlation clustering found a partition of strictly lower frustration "
             "than the planted one (same columns): " + ", ".join(lower) + "."]
    return rows


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{os.cpu_count()} CPUs (nproc), {cpu}{mem}"


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10).stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=200)
    ap.add_argument("--cpus", type=int, default=2, help="pin the process to this many CPUs (0: all)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--draws", type=int, default=1000, help="noise draws per setting of the planted-bloc table")
    ap.add_argument("--store", type=Path, help="build here (default: a temporary folder, removed after); "
                    "a store already there is timed as it is, not built again")
    ap.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    ap.add_argument("--wait-quiet", type=float, default=600, metavar="SECONDS",
                    help="on a shared machine, wait up to this long for the 1-minute load average to fall below "
                         "--quiet-load before timing (0: do not wait)")
    ap.add_argument("--quiet-load", type=float, default=0.5)
    args = ap.parse_args()

    # Wait for a quiet machine before doing anything: the load average would count this script's own work.
    waited = 0.0
    while hasattr(os, "getloadavg") and os.getloadavg()[0] >= args.quiet_load and waited < args.wait_quiet:
        time.sleep(10)
        waited += 10
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    if load_before >= args.quiet_load:
        print(f"warning: load average {load_before:.1f} (other work on the machine): timings will be slow",
              file=sys.stderr)
    if args.cpus and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:args.cpus])
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    tmp = None
    if args.store is None:
        tmp = tempfile.TemporaryDirectory(prefix="accord-bench-")
        args.store = Path(tmp.name) / "store"
    t0 = time.perf_counter()
    if (args.store / "documents").is_dir() and any((args.store / "documents").iterdir()):
        planted, built = planted_blocs(args.actors), "reused"
    else:
        planted = build(args.store, args.events, args.actors)
        built = f"written with pyarrow in {time.perf_counter() - t0:.1f} s"
    store = Store(args.store, create=False)
    size_mb = sum(f.stat().st_size for f in args.store.rglob("*.parquet")) / 1e6
    n_events = store.counts()["events"]

    pairs = analysis.top_dyads(store, n=1_000_000)
    busiest, median = pairs[0], pairs[len(pairs) // 2]
    results = []
    def run(label, fn):
        cold, warm, out = timed(fn, args.repeat)
        results.append((label, cold, warm))
        print(f"{label:60s} cold {cold:6.3f} s   median of {args.repeat} {warm:6.3f} s", flush=True)
        return out

    run(f"dyad {median['a']} {median['b']} (the median pair, {median['events']} events) by month",
        lambda: analysis.dyad(store, median["a"], median["b"]))
    d = run(f"dyad {busiest['a']} {busiest['b']} (the busiest pair, {busiest['events']:,} events) by month",
            lambda: analysis.dyad(store, busiest["a"], busiest["b"]))
    run(f"dyad {busiest['a']} {busiest['b']} --directed by week",
        lambda: analysis.dyad(store, busiest["a"], busiest["b"], by="week", directed=True))
    b = run("blocs (min_events 3, evidence included)", lambda: analysis.blocs(store))
    G = run("graph (200 nodes, time-decayed)", lambda: analysis.graph(store))
    run("shifts (90d, top 10, with events)", lambda: analysis.shifts(store))
    run("shift_history (365d windows over 11 years, top 10)", lambda: analysis.shift_history(store, window="365d"))
    run("top_dyads (10)", lambda: analysis.top_dyads(store, n=10))

    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    found = {frozenset(x["members"]) for x in b["blocs"]}
    recovered = sum(frozenset(m) in found for m in planted.values())
    print(f"dyad events: {len(d['events'])}; graph {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; "
          f"blocs: {[x['size'] for x in b['blocs']]}, {recovered}/{N_BLOCS} planted blocs recovered exactly")

    t0 = time.perf_counter()
    table = planted_table(args.draws)
    planted_s = time.perf_counter() - t0
    print("\n".join(table))

    lines = [
        "",
        f"## analysis: dyad and bloc queries ({datetime.now().strftime('%Y-%m-%d %H:%M')})",
        "",
        f"`.venv/bin/python bench/analysis.py` — machine: {machine()}; pinned to {cpus} CPUs; commit {commit()}; "
        f"Python {platform.python_version()}, DuckDB {duckdb.__version__}, pyarrow {pa.__version__}; "
        f"1-minute load average {load_before:.1f} at the start (other work on the machine slows the timings), "
        f"{load_after:.1f} at the end of the timings (this script's own work included).",
        "",
        f"Synthetic store: {n_events:,} events over {args.actors} actors ({N_BLOCS} planted blocs: 80% cooperation "
        f"inside, 80% conflict across; 2% historical, 3% negated; 2010–2020), {built}, "
        f"{size_mb:.0f} MB of Parquet in {len(store.parts('events'))} event parts.",
        "",
        f"| query | first call (s) | median of {args.repeat} (s) |",
        "|---|---|---|",
        *[f"| {label} | {cold:.3f} | {warm:.3f} |" for label, cold, warm in results],
        "",
        f"Busiest dyad: {len(d['events']):,} events returned. Graph: {G.number_of_nodes()} nodes, "
        f"{G.number_of_edges():,} edges. Blocs found: sizes {[x['size'] for x in b['blocs']]}; "
        f"{recovered} of {N_BLOCS} planted blocs recovered exactly.",
        "",
        f"Planted blocs on small signed graphs: two blocs of five, every pair tied, a share of the 45 pairs flipped "
        f"(10/20/30%), ties ±1 or of random strength (w: uniform 0.5–1.5); share of {args.draws} noise draws whose "
        f"partition is recovered exactly ({planted_s:.0f} s):",
        "",
        *table,
    ]
    if not args.no_write:
        results_md = ROOT / "bench" / "RESULTS.md"
        if not results_md.exists():
            results_md.write_text("# Benchmark results\n\nEach section was appended by the script it names.\n")
        with results_md.open("a", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(f"appended to {results_md}")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
