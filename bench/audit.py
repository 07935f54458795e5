"""A hand audit of coded events on real newswire: of the events accord codes, how many are right?

Gold files measure recall and precision on sentences someone picked. A user sees the other side: the events the
coder emits on the news they bring. The hand reviews of GDELT report this figure (events with the right event code,
with the right actors); this script gives accord's, on a random sample of the events it codes on the research
corpora in ../shared/data/corpora.

Three steps:

    .venv/bin/python bench/audit.py sample --n 150 --seed 1001     # writes bench/audit/sample-<commit>.jsonl
    .venv/bin/python bench/audit.py show bench/audit/sample-<commit>.jsonl      # each event with its sentence
    .venv/bin/python bench/audit.py score bench/audit/judged-<commit>.jsonl [--append]

A later audit must not draw from articles an earlier one drew from, or that were read while mining the coder's
errors: bench/audit/used-articles.txt lists them (corpus/doc_id), and `sample --exclude` leaves them out:

    .venv/bin/python bench/audit.py sample --n 150 --seed 5005 --exclude bench/audit/used-articles.txt

`sample` codes whole articles, as the pipeline does (the text before names who "he" is). It codes a seeded random
set of the political articles no silver row was drawn from: TempEval-3, BBC politics and world, Reuters-21578
stories that name two or more places, and ABC. From their events (typed, not negated), it draws `--n` at random.
The repository holds no corpus text. A row names the corpus, the document and the sentence's character offsets in
the cleaned text, with a SHA-1 check, plus the coded event (trigger, type, CAMEO code, source and target codes).

A person judges each row from its sentence, using the PLOVER and CAMEO definitions in ../shared/data/ontology. The
judgments are added to the row as `judge`:
- `event`: true if the sentence reports an act of this kind between these parties (or one of them). False if it
  reports no act (a forecast, a business deal read as diplomacy, a sports match, a figurative "battle").
- `type`, `root`: is the PLOVER type right, and is the CAMEO root (first two digits) right? Judged only for events.
- `source`, `target`: is the coded actor the right one, at country or organisation level? An actor left empty is
  right only where the sentence names none.
- `note`: a few words on what is wrong.

`score` prints the shares and, with --append, adds them to bench/RESULTS.md.

A paired audit compares two commits on one set of judgments:

    .venv/bin/python bench/audit.py sample --paired be5a00a --n 150 --seed 7007 --exclude bench/audit/used-articles.txt

codes the same articles at the baseline commit (in a temporary git worktree) and at HEAD, and draws `--n` of the
events both emit plus every event only one of them emits (up to `--n` each), marking each row's stratum (the judge
does not see it). `score` then gives each commit's shares, the strata weighted by how many of its events each
holds: the difference between the commits rests on the events that differ, all of them judged.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from accord.clean import clean_text
from accord.models import Document
from accord.pipeline import code_documents

sys.path.insert(0, str(Path(__file__).resolve().parent))
from silver import _articles as cleaned_articles  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SILVER = ROOT / "bench" / "silver" / "newswire.jsonl"
OUT = ROOT / "bench" / "audit"
CORPORA = ("tempeval3_newswire", "bbc_news", "reuters21578", "lee_abc_news")


def _commit() -> str:
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                          text=True).stdout.strip() or "unknown"


def _political(corpus: str, meta: dict) -> bool:
    if corpus == "bbc_news":
        return meta.get("x_category") in {"politics", "world", None}
    if corpus == "reuters21578":
        return len(meta.get("x_places", [])) >= 2
    return True


def _articles(data_dir: Path) -> list[tuple[str, dict]]:
    used = {json.loads(line)["doc_id"] for line in SILVER.read_text(encoding="utf-8").splitlines() if line.strip()}
    out = []
    for corpus in CORPORA:
        path = data_dir / "corpora" / f"{corpus}.jsonl"
        if not path.exists():
            raise SystemExit(f"{path}: not found. Fix: run from a checkout beside ../shared (the research corpora).")
        with open(data_dir / "corpora" / f"{corpus}.meta.jsonl", encoding="utf-8") as f:
            meta = {m["id"]: m for m in map(json.loads, f)}
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["id"] not in used and _political(corpus, meta.get(d["id"], {})):
                    out.append((corpus, d))
    return out


def _pool(args) -> tuple[list[Document], list[dict], random.Random]:
    """The articles `sample` codes (seeded, `--exclude` left out) and a row for each typed, un-negated event."""
    rng = random.Random(args.seed)
    articles = _articles(Path(args.data_dir))
    if args.exclude:   # articles an earlier audit drew from, or that were read while mining coder errors
        used = {line.strip() for line in Path(args.exclude).read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")}
        articles = [(corpus, d) for corpus, d in articles if f"{corpus}/{d['id']}" not in used]
    rng.shuffle(articles)
    articles = articles[: args.articles]
    docs = [Document(text=clean_text(d["text"]), id=f"{corpus}/{d['id']}", published=(d.get("date") or "")[:10] or None)
            for corpus, d in articles]
    texts = {doc.id: doc.text for doc in docs}
    rows = []
    for coded in code_documents(docs):
        for e in coded.events:
            if e.event_type and not e.negated:
                start, end = e.why["sentence_span"]
                sentence = texts[e.doc_id][start:end]
                corpus, doc_id = e.doc_id.split("/", 1)
                rows.append({
                    "corpus": corpus, "doc_id": doc_id, "start": start, "end": end,
                    "sha1": hashlib.sha1(sentence.encode()).hexdigest()[:12],
                    "trigger": e.trigger, "trigger_span": [s - start for s in e.why["trigger_span"]],
                    "type": e.event_type, "cameo": e.cameo,
                    "source": e.source.code if e.source else None, "target": e.target.code if e.target else None,
                    "rule": e.why.get("path", ""),
                })
    return docs, rows, rng


def _key(r: dict) -> tuple:
    """An event as both commits of a paired audit can emit it: where, which word, what, who to whom."""
    return (r["corpus"], r["doc_id"], r["start"], r["end"], tuple(r["trigger_span"]), r["type"], r["cameo"],
            r["source"], r["target"])


def sample(args) -> None:
    if args.paired:
        return paired(args)
    docs, pool, rng = _pool(args)
    picked = rng.sample(pool, min(args.n, len(pool)))
    commit = _commit()
    OUT.mkdir(exist_ok=True)
    path = Path(args.out) if args.out else OUT / f"sample-{commit}.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for r in picked:
            f.write(json.dumps({**r, "commit": commit}) + "\n")
    print(f"{len(picked)} of {len(pool)} events from {len(docs)} articles -> {path}")


def pool_json(args) -> None:
    """Print the event rows of `_pool` as JSON (run by `paired` inside a worktree of the baseline commit)."""
    docs, rows, _ = _pool(args)
    json.dump({"articles": len(docs), "rows": rows}, sys.stdout)


def paired(args) -> None:
    """A paired audit: the same articles coded at a baseline commit and at HEAD, and one sample drawn from the union
    of their events. Each row says whether the baseline emits it (`in_base`) and whether HEAD does (`in_head`);
    the judge sees neither. `score` then gives each commit's shares on the rows it emits, so the two are compared
    on one set of judgments, not on two samples."""
    import shutil
    import tempfile

    base = args.paired
    tmp = Path(tempfile.mkdtemp(prefix="accord-audit-"))
    tree = tmp / "base"
    subprocess.run(["git", "worktree", "add", "--detach", str(tree), base], cwd=ROOT, check=True,
                   capture_output=True)
    try:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--data-dir", args.data_dir, "pool", "--seed",
               str(args.seed), "--articles", str(args.articles)] + (["--exclude", str(Path(args.exclude).resolve())]
                                                                     if args.exclude else [])
        env = {**os.environ, "PYTHONPATH": str(tree)}
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
        base_rows = json.loads(out.stdout)["rows"]
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
    docs, head_rows, _ = _pool(args)
    in_base = {_key(r) for r in base_rows}
    in_head = {_key(r) for r in head_rows}
    union: dict[tuple, dict] = {}
    for r in base_rows + head_rows:
        union.setdefault(_key(r), r)
    # strata: the events both emit (a random `--n` of them), and every event only one emits (up to `--n` each);
    # a commit's share is then the strata's shares weighted by how many of its events each stratum holds
    rng = random.Random(args.seed)
    strata = {"both": sorted(in_base & in_head), "base_only": sorted(in_base - in_head),
              "head_only": sorted(in_head - in_base)}
    picked, sizes = [], {name: len(keys) for name, keys in strata.items()}
    for name, keys in strata.items():
        picked += [(name, k) for k in rng.sample(keys, min(args.n, len(keys)))]
    rng.shuffle(picked)
    commit = _commit()
    base_short = subprocess.run(["git", "rev-parse", "--short", base], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
    OUT.mkdir(exist_ok=True)
    path = Path(args.out) if args.out else OUT / f"sample-{base_short}-{commit}.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for name, k in picked:
            f.write(json.dumps({**union[k], "commit": commit, "base": base_short, "in_base": k in in_base,
                                "in_head": k in in_head, "stratum": name, "stratum_size": sizes[name]}) + "\n")
    print(f"{len(picked)} events drawn ({len(in_base)} at {base_short}, {len(in_head)} at {commit}, "
          f"{sizes['both']} at both) from {len(docs)} articles -> {path}")


def _sentences(rows: list[dict], data_dir: Path) -> list[str]:
    texts = cleaned_articles(data_dir, rows)   # (bench/silver.py's reader: same rows, same cleaning)
    out = []
    for r in rows:
        s = texts[r["corpus"], r["doc_id"]][r["start"]:r["end"]]
        if hashlib.sha1(s.encode()).hexdigest()[:12] != r["sha1"]:
            raise SystemExit(f"{r['corpus']} {r['doc_id']} {r['start']}:{r['end']}: the text at these offsets is not "
                             "the sampled sentence. Fix: use the corpus files the sample was drawn from.")
        out.append(s)
    return out


def _rows(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def show(args) -> None:
    rows = _rows(args.file)
    for i, (r, s) in enumerate(zip(rows, _sentences(rows, Path(args.data_dir)))):
        a, b = r["trigger_span"]
        print(f"[{i}] {r['corpus']}/{r['doc_id']}\n    {s[:a]}[[{s[a:b]}]]{s[b:]}\n"
              f"    {r['type']} (CAMEO {r['cameo']})  source {r['source']}  target {r['target']}\n")


def score(args) -> None:
    rows = _rows(args.file)
    judged = [r for r in rows if isinstance(r.get("judge"), dict)]
    if not judged:
        raise SystemExit(f"{args.file}: no row has a 'judge' object. Fix: add the judgments (see this script's doc).")
    if "stratum" in judged[0]:
        return _score_paired(judged, args)
    _score(judged, args, ", ".join(sorted({r.get("commit", "?") for r in judged})))


def _score_paired(judged: list[dict], args) -> None:
    """Each commit's shares in a paired audit: the shares of the strata it emits (events both commits emit; events
    only it emits), weighted by the number of its events in each."""
    base, head = judged[0]["base"], judged[0]["commit"]
    sizes = {r["stratum"]: r["stratum_size"] for r in judged}
    by = {name: [r for r in judged if r["stratum"] == name] for name in sizes}
    measures = [("a real event of the coded kind (event precision)", lambda r: r["judge"].get("event") is True),
                ("PLOVER type right", lambda r: r["judge"].get("type") is True),
                ("source right", lambda r: r["judge"].get("source") is True),
                ("target right", lambda r: r["judge"].get("target") is True),
                ("all right (event, type, source, target)",
                 lambda r: all(r["judge"].get(k) is True for k in ("event", "type", "source", "target")))]
    lines = [f"| measure | {base} | {head} |", "|---|---|---|"]
    for name, test in measures:
        cells = []
        for strata in (("both", "base_only"), ("both", "head_only")):
            total = sum(sizes.get(s, 0) for s in strata)
            est = sum(sizes.get(s, 0) / total * (sum(map(test, by[s])) / len(by[s])) for s in strata if by.get(s))
            cells.append(f"{est:.3f}")
        lines.append(f"| {name} | {' | '.join(cells)} |")
    lines.append("")
    lines.append("| stratum | events in it | judged | real events | all right |")
    lines.append("|---|---|---|---|---|")
    label = {"both": "emitted by both", "base_only": f"only at {base} (dropped)", "head_only": f"only at {head} (new)"}
    for s in ("both", "base_only", "head_only"):
        rows = by.get(s, [])
        lines.append(f"| {label[s]} | {sizes.get(s, 0)} | {len(rows)} | {sum(measures[0][1](r) for r in rows)} | "
                     f"{sum(measures[4][1](r) for r in rows)} |")
    print("\n".join(lines))
    if args.append:
        with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as f:
            f.write(f"\n## Paired hand audit, {base} against {head} — {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC\n\n"
                    f"Command: `.venv/bin/python bench/audit.py score {args.file} --append`. The same political "
                    "articles of the research corpora coded at both commits; a random sample of the events both emit "
                    "and every event only one of them emits, judged by hand against the PLOVER and CAMEO definitions "
                    "without knowing which commit emits which. A commit's share weights the strata by how many of its "
                    "events each holds (see bench/audit.py).\n\n" + "\n".join(lines) + "\n")


def _score(judged: list[dict], args, commits: str) -> None:
    n = len(judged)
    events = [r for r in judged if r["judge"].get("event")]

    def share(key: str, among: list[dict]) -> tuple[int, int]:
        return sum(1 for r in among if r["judge"].get(key) is True), len(among)

    lines = [f"| measure | share | of |", "|---|---|---|"]

    def add(name: str, k: int, m: int) -> None:
        lines.append(f"| {name} | {k / m:.2f} | {k} / {m} |" if m else f"| {name} | - | 0 |")

    add("a real event of the coded kind (event precision)", len(events), n)
    add("PLOVER type right, of all sampled events", *share("type", judged))
    add("CAMEO root right, of all sampled events", *share("root", judged))
    add("source right, of all sampled events", *share("source", judged))
    add("target right, of all sampled events", *share("target", judged))
    both = sum(1 for r in judged if r["judge"].get("source") is True and r["judge"].get("target") is True)
    add("source and target right, of all sampled events", both, n)
    allr = sum(1 for r in judged if all(r["judge"].get(k) is True for k in ("event", "type", "source", "target")))
    add("all right (event, type, source, target)", allr, n)
    for key in ("type", "root", "source", "target"):   # among the real events only
        add(f"{key} right, of the real events", *share(key, events))
    add("source and target right, of the real events",
        sum(1 for r in events if r["judge"].get("source") is True and r["judge"].get("target") is True), len(events))
    print("\n".join(lines))
    if args.append:
        with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as f:
            f.write(f"\n## Hand audit of coded events on real newswire — {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, "
                    f"events coded at commit {commits}\n\n"
                    f"Command: `.venv/bin/python bench/audit.py score {args.file} --append` ({n} events drawn at random "
                    "from the events accord codes on political articles of the research corpora, judged by hand "
                    "against the PLOVER and CAMEO definitions; see bench/audit.py).\n\n" + "\n".join(lines) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", default=str(DATA))
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sample")
    p.add_argument("--n", type=int, default=150)
    p.add_argument("--seed", type=int, default=1001)
    p.add_argument("--articles", type=int, default=1500, help="articles coded to draw from")
    p.add_argument("--out")
    p.add_argument("--exclude", help="a file of corpus/doc_id lines to leave out (bench/audit/used-articles.txt)")
    p.add_argument("--paired", metavar="COMMIT", help="draw from the events of COMMIT and of HEAD on the same "
                   "articles, marking which emits each (a before/after comparison on one set of judgments)")
    p.set_defaults(fn=sample)
    p = sub.add_parser("pool")   # (used by --paired, inside a worktree of the baseline)
    p.add_argument("--seed", type=int, default=1001)
    p.add_argument("--articles", type=int, default=1500)
    p.add_argument("--exclude")
    p.set_defaults(fn=pool_json)
    p = sub.add_parser("show")
    p.add_argument("file")
    p.set_defaults(fn=show)
    p = sub.add_parser("score")
    p.add_argument("file")
    p.add_argument("--append", action="store_true")
    p.set_defaults(fn=score)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
