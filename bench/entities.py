"""accord's entity rules beside the model's entity recogniser: what the coder codes with each, and their speed.

    .venv/bin/python bench/entities.py [--limit 300] [--append]

accord parses with the model's tagger and parser but, by default, takes its entities (DATE, GPE/LOC, PERSON, ORG:
what the coder reads) from rules (accord/entities.py) instead of the model's statistical recogniser, which took
half of the parse. This bench measures what that changes, in one process:

- the gold figures of `accord eval` with each (plover_gsr_dev, its held-back quarter, cameo_examples);
- on the first ``--limit`` TempEval-3 articles (no gold): the events coded with each, paired by sentence and
  trigger, and which fields of a pair differ (date, target, location …);
- the time of ``nlp.pipe`` over the same cleaned texts with each (two alternated rounds, after a warm-up).

``--append`` appends the tables to bench/RESULTS.md with the date, the machine and the commit.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data"
MODES = ("model", "rules")
FIELDS = ("event_type", "cameo", "source", "target", "date", "date_precision", "historical", "negated", "location")


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except Exception:
        return "unknown"


def corpus(limit: int):
    from accord.models import Document

    docs = []
    with open(SHARED / "corpora" / "tempeval3_newswire.jsonl", encoding="utf-8") as f:
        for line, _ in zip(f, range(limit)):
            d = json.loads(line)
            docs.append(Document(text=d["text"], id=d["id"], title=d.get("title"),
                                 published=d.get("published") or d.get("date")))
    return docs


def record(e) -> dict:
    return {"event_type": e.event_type, "cameo": e.cameo, "source": e.source and e.source.code,
            "target": e.target and e.target.code, "date": e.date, "date_precision": e.date_precision,
            "historical": e.historical, "negated": e.negated, "location": (e.location or {}).get("name")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--append", action="store_true")
    args = ap.parse_args()
    from accord import nlp
    from accord.clean import clean
    from accord.evaluate import evaluate, read_gold, split
    from accord.pipeline import code_documents

    dev = read_gold(SHARED / "gold" / "plover_gsr_dev.jsonl")
    gold = {"plover_gsr_dev": dev, "plover_gsr_dev, held-back 1/4": split(dev)[1],
            "cameo_examples": read_gold(SHARED / "gold" / "cameo_examples.jsonl")}
    docs = corpus(args.limit)
    scores, coded = {}, {}
    for mode in MODES:
        nlp.use_entities(mode)
        for name, g in gold.items():
            scores[(mode, name)] = evaluate(g).as_dict()
        coded[mode] = {c.document.id: {(e.sentence_index, e.trigger): record(e) for e in c.events}
                       for c in code_documents(docs)}
    nlp.use_entities("rules")

    pairs = same = only_model = only_rules = 0
    differs: Counter = Counter()
    for doc_id, a in coded["model"].items():
        b = coded["rules"].get(doc_id, {})
        only_model += len(a.keys() - b.keys())
        only_rules += len(b.keys() - a.keys())
        for key in a.keys() & b.keys():
            pairs += 1
            d = [f for f in FIELDS if a[key][f] != b[key][f]]
            same += not d
            differs.update(d)

    texts = [clean(d).text for d in docs]
    words = sum(len(t.split()) for t in texts)
    for mode in MODES:   # warm-up: load, and fill the caches of the faster components
        list(nlp.load(entities=mode).pipe(texts[:20]))
    times: dict[str, list[float]] = {m: [] for m in MODES}
    for _ in range(2):
        for mode in MODES:
            t = time.perf_counter()
            for _ in nlp.load(entities=mode).pipe(texts, batch_size=nlp.BATCH_SIZE):
                pass
            times[mode].append(time.perf_counter() - t)

    keys = ("type_f1", "root_acc", "triple_f1")
    lines = [f"\n## Entity rules beside the model's recogniser — {dt.date.today().isoformat()}, commit {commit()}, "
             f"{platform.machine()}, {os.cpu_count()} cores\n",
             f"Command: `.venv/bin/python bench/entities.py --limit {args.limit}`.\n",
             "| gold set | entities | " + " | ".join(keys) + " |", "|---|---|" + "---|" * len(keys)]
    for name in gold:
        for mode in MODES:
            d = scores[(mode, name)]
            lines.append(f"| {name} | {mode} | " + " | ".join(f"{d[k]:.3f}" for k in keys) + " |")
    n_model = sum(len(v) for v in coded["model"].values())
    n_rules = sum(len(v) for v in coded["rules"].values())
    lines += ["", f"First {args.limit} TempEval-3 articles: {n_model} events with the model's recogniser, {n_rules} "
              f"with the rules; {pairs} pairs (same sentence and trigger), {same} identical "
              f"({same / max(pairs, 1):.1%}); {only_model} only with the model, {only_rules} only with the rules. "
              "Fields that differ within pairs: "
              + (", ".join(f"{f} {n}" for f, n in differs.most_common()) or "none") + ".", "",
              f"`nlp.pipe` over the same {len(texts)} cleaned texts ({words:,} words), two alternated rounds: "
              + "; ".join(f"{m} {', '.join(f'{t:.1f}' for t in times[m])} s" for m in MODES)
              + f" — rules/model {sum(times['rules']) / sum(times['model']):.2f}.", ""]
    text = "\n".join(lines)
    print(text)
    if args.append:
        with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
