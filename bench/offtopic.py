"""False alarms on news with no political events: typed events per article on sport, entertainment, technology and
business stories; appends the table to bench/RESULTS.md.

Run: .venv/bin/python bench/offtopic.py [--per-category 120] [--append]

A political event coder should emit little on a match report, a film review or a gadget story: what it emits there
is nearly all false alarms (a country's team "demolished" another, a company "agreed" to buy one). This measures
that side of precision without hand judgments, on the BBC News categories of ../shared/data/corpora (research use
only: the repository keeps no text of them). It codes the odd-numbered articles of each category (the even-numbered
half is the one read while writing the coder's rules against such false alarms), a seeded random `--per-category`
of them, in context as the pipeline does, and counts typed, un-negated events. Business news keeps some real
events (sanctions, trade agreements between states, a government fining a firm), so its figure is an upper bound
on false alarms; sport, entertainment and technology have nearly none.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from accord.clean import clean_text
from accord.models import Document
from accord.pipeline import code_documents

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CATEGORIES = ("sport", "entertainment", "tech", "business")


def _commit() -> str:
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                          text=True).stdout.strip() or "unknown"


def articles(data_dir: Path, category: str, n: int, seed: int) -> list[Document]:
    corpora = data_dir / "corpora"
    if not (corpora / "bbc_news.jsonl").exists():
        raise SystemExit(f"{corpora / 'bbc_news.jsonl'}: not found. Fix: run from a checkout beside ../shared.")
    with open(corpora / "bbc_news.meta.jsonl", encoding="utf-8") as f:
        meta = {m["id"]: m for m in map(json.loads, f)}
    with open(corpora / "bbc_news.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    docs = [d for d in docs if meta.get(d["id"], {}).get("x_category") == category]
    docs = [d for i, d in enumerate(docs) if i % 2 == 1]   # the odd half: not read while writing rules
    random.Random(seed).shuffle(docs)
    return [Document(text=clean_text(d["text"]), id=f"bbc_news/{d['id']}", published=(d.get("date") or "")[:10] or None)
            for d in docs[:n]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", default=str(DATA))
    ap.add_argument("--per-category", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--append", action="store_true")
    args = ap.parse_args()
    lines = ["| category | articles | typed events | per article | most frequent types |", "|---|---|---|---|---|"]
    for category in CATEGORIES:
        docs = articles(Path(args.data_dir), category, args.per_category, args.seed)
        types = Counter(e.event_type for coded in code_documents(docs) for e in coded.events
                        if e.event_type and not e.negated)
        n = sum(types.values())
        top = ", ".join(f"{t} {k}" for t, k in types.most_common(3))
        lines.append(f"| {category} | {len(docs)} | {n} | {n / max(1, len(docs)):.2f} | {top} |")
        print(lines[-1], flush=True)
    if args.append:
        with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as f:
            f.write(f"\n## False alarms on off-topic news — {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, commit "
                    f"{_commit()}\n\nCommand: `.venv/bin/python bench/offtopic.py --per-category {args.per_category} "
                    "--append` (BBC News sport, entertainment, technology and business stories, the odd-numbered "
                    "half, coded in context; typed, un-negated events; see bench/offtopic.py).\n\n"
                    + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
