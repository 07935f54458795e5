"""What the pre-filter costs in events: the same documents coded with it and without it, compared by event id.

    .venv/bin/python bench/prefilter_loss.py                    # dev gold files + 300 TempEval-3 articles
    .venv/bin/python bench/prefilter_loss.py --limit 2727 --append

For each corpus: events without the pre-filter, events lost with it (ids found only without), events added
(ids found only with), events with the same id whose record differs (and in which fields), and the share of
sentences and characters the parser read. The issue's bound: at most 1% of the events lost. ``--append`` adds
the table to bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from accord.clean import clean  # noqa: E402
from accord.models import Document  # noqa: E402
from accord.pipeline import code_cleaned  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
CORPORA = {
    "plover_gsr_dev": DATA / "gold" / "plover_gsr_dev.jsonl",
    "cameo_examples": DATA / "gold" / "cameo_examples.jsonl",
    "tempeval3_newswire": DATA / "corpora" / "tempeval3_newswire.jsonl",
}


def documents(path: Path, limit: int | None) -> list[Document]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(docs) >= limit:
                break
            r = json.loads(line)
            docs.append(clean(Document(text=r["text"], id=r["id"], title=r.get("title"), published=r.get("date"))))
    return docs


def code(docs: list[Document], prefilter: bool) -> tuple[dict[str, dict], set[str], int, int, int]:
    """(events by id, ids of documents the coder failed on, sentences, sentences parsed, characters parsed)."""
    events: dict[str, dict] = {}
    failed: set[str] = set()
    sentences = parsed = 0
    for coded in code_cleaned(docs, prefilter=prefilter, on_error=lambda d, e: failed.add(d.id)):
        sentences += coded.n_sentences
        parsed += coded.n_parsed or 0
        for e in coded.events:
            events[e.event_id] = e.to_dict()
    return events, failed, sentences, parsed, 0


def compare(name: str, docs: list[Document]) -> dict:
    full, failed_a, sentences, _, _ = code(docs, prefilter=False)
    kept, failed_b, _, parsed, _ = code(docs, prefilter=True)
    failed = failed_a | failed_b
    full = {k: v for k, v in full.items() if v["doc_id"] not in failed}
    kept = {k: v for k, v in kept.items() if v["doc_id"] not in failed}
    lost = sorted(set(full) - set(kept))
    added = sorted(set(kept) - set(full))
    fields: Counter[str] = Counter()
    changed = 0
    for k in set(full) & set(kept):
        diff = [f for f in full[k] if full[k][f] != kept[k][f]]
        if diff:
            changed += 1
            fields.update(diff)
    return {"corpus": name, "documents": len(docs) - len(failed), "failed": len(failed),
            "sentences": sentences, "parsed": parsed, "events": len(full), "lost": len(lost),
            "added": len(added), "changed": changed, "fields": dict(fields.most_common()),
            "lost_examples": [(full[k]["doc_id"], full[k]["sentence"][:160], full[k]["cameo"]) for k in lost[:8]]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=300, help="TempEval-3 articles to code (default 300)")
    ap.add_argument("--append", action="store_true", help="append the table to bench/RESULTS.md")
    ap.add_argument("--corpus", action="append", choices=list(CORPORA), help="only these corpora")
    args = ap.parse_args()
    rows = []
    for name in args.corpus or list(CORPORA):
        limit = args.limit if name == "tempeval3_newswire" else None
        row = compare(name, documents(CORPORA[name], limit))
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    table = ["| corpus | documents | events without | lost | lost % | added | same id, record differs | "
             "sentences parsed |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        pct = 100 * r["lost"] / r["events"] if r["events"] else 0.0
        fields = ", ".join(f"{k} {v}" for k, v in r["fields"].items()) or "—"
        table.append(f"| {r['corpus']} | {r['documents']} | {r['events']} | {r['lost']} | {pct:.2f} % | "
                     f"{r['added']} | {r['changed']} ({fields}) | "
                     f"{r['parsed']}/{r['sentences']} ({100 * r['parsed'] / max(1, r['sentences']):.0f} %) |")
    total_events = sum(r["events"] for r in rows)
    total_lost = sum(r["lost"] for r in rows)
    table.append(f"| **all** | {sum(r['documents'] for r in rows)} | {total_events} | {total_lost} | "
                 f"{100 * total_lost / max(1, total_events):.2f} % | {sum(r['added'] for r in rows)} | "
                 f"{sum(r['changed'] for r in rows)} | |")
    print("\n".join(table))
    if args.append:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip() or "unknown"
        head = (f"\n## Pre-filter event loss — {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit}, "
                f"{platform.node()} ({platform.machine()})\n\n"
                f"`{' '.join(['.venv/bin/python', 'bench/prefilter_loss.py', *sys.argv[1:]])}` — TempEval-3: the "
                f"first {args.limit} articles. Events compared by `event_id`; failed documents (coder errors in "
                f"either run) left out.\n\n")
        with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as f:
            f.write(head + "\n".join(table) + "\n")


if __name__ == "__main__":
    main()
