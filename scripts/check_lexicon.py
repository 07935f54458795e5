#!/usr/bin/env python3
"""Check the trigger lexicon accord/data/lexicon/triggers.tsv.

Checks:
  * the header line is exactly the expected one (first non-comment line);
  * every row has 8 tab-separated columns and a non-empty lemma and example;
  * every cameo code is 2-4 digits and exists in the shared CAMEO table
    (../shared/data/ontology/cameo.tsv, read at check time only);
  * pos is VERB/NOUN/ADJ and frame is empty or intent/request/refuse/threaten/deny/say;
  * lemma, particle, prep and object lemmas are lowercase single tokens without hyphens
    (spaCy splits "cease-fire" into cease / - / fire);
  * no two rows share the same (pos, lemma, particle, prep, object) key
    (an error with different codes, also reported when the codes agree);
  * within rows that share (pos, lemma, particle, prep), no object lemma is listed
    under two different codes (the object would be ambiguous);
  * every CAMEO root 01-20 has at least MIN_PER_ROOT rows.
Prints row counts per root. Exit status 0 when all checks pass, 1 otherwise.

Usage: python scripts/check_lexicon.py [--lexicon PATH] [--cameo PATH]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HEADER = ["cameo", "pos", "lemma", "particle", "prep", "object", "frame", "example"]
POS_VALUES = {"VERB", "NOUN", "ADJ"}
FRAME_VALUES = {"", "intent", "request", "refuse", "threaten", "deny", "say", "prepare"}
ROOTS = [f"{i:02d}" for i in range(1, 21)]
MIN_PER_ROOT = 8

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from accord.lexicon import AID_VEHICLE_OBJECT, ARMED_OBJECT, LEADER_OBJECT, NATIONALS_OBJECT, PERSON_OBJECT, PLACE_OBJECT, SUSPECT_OBJECT  # noqa: E402  (the markers the coder reads: one definition)

# rows whose objects repeat under two roots on purpose: the coder tells them apart by the verb's complement
# ("ordered troops to the Gulf" deploys, 154; "ordered French troops to leave the country" expels, 166;
# accord/events.py, DocumentCoder._fits)
COMPLEMENT_SPLIT = {("VERB", "order", "", ""): {"15", "16"}}
DEFAULT_LEXICON = REPO / "accord" / "data" / "lexicon" / "triggers.tsv"
CAMEO_CANDIDATES = [
    REPO / "shared" / "data" / "ontology" / "cameo.tsv",
    REPO.parent / "shared" / "data" / "ontology" / "cameo.tsv",
]
TOKEN_RE = re.compile(r"^[a-zé][a-z0-9'.é]*$")  # no hyphens: spaCy splits them


def load_cameo_codes(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t")
        return {row["code"].strip() for row in reader if row.get("code")}


def load_rows(path: Path) -> tuple[list[str] | None, list[tuple[int, list[str]]]]:
    header = None
    rows: list[tuple[int, list[str]]] = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            rows.append((lineno, cols))
    return header, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lexicon", type=Path, default=DEFAULT_LEXICON)
    ap.add_argument("--cameo", type=Path, default=None, help="path to cameo.tsv (default: shared data)")
    args = ap.parse_args(argv)

    cameo_path = args.cameo or next((p for p in CAMEO_CANDIDATES if p.exists()), None)
    if cameo_path is None or not cameo_path.exists():
        print("ERROR: cameo.tsv not found; pass --cameo", file=sys.stderr)
        return 1
    codes = load_cameo_codes(cameo_path)

    header, rows = load_rows(args.lexicon)
    errors: list[str] = []
    if header != HEADER:
        errors.append(f"header is {header!r}, expected {HEADER!r}")

    keys: dict[tuple, list[tuple[int, str]]] = defaultdict(list)
    objects_by_base: dict[tuple, dict[str, set[tuple[str, int]]]] = defaultdict(lambda: defaultdict(set))
    per_root: Counter = Counter()
    per_pos: Counter = Counter()
    per_frame: Counter = Counter()

    for lineno, cols in rows:
        where = f"line {lineno}"
        if len(cols) != len(HEADER):
            errors.append(f"{where}: {len(cols)} columns, expected {len(HEADER)}")
            continue
        cameo, pos, lemma, particle, prep, obj, frame, example = (c.strip() for c in cols)
        if not re.fullmatch(r"\d{2,4}", cameo):
            errors.append(f"{where}: cameo {cameo!r} is not 2-4 digits")
        elif cameo not in codes:
            errors.append(f"{where}: cameo {cameo!r} not in {cameo_path.name}")
        if pos not in POS_VALUES:
            errors.append(f"{where}: pos {pos!r} not in {sorted(POS_VALUES)}")
        if frame not in FRAME_VALUES:
            errors.append(f"{where}: frame {frame!r} not in {sorted(FRAME_VALUES - {''})}")
        # NOUN rows may name a multiword noun ("high alert"): the head is the last word
        words = lemma.split(" ") if pos == "NOUN" else [lemma]
        if not lemma or not all(TOKEN_RE.match(w) for w in words):
            errors.append(f"{where}: bad lemma {lemma!r} (lowercase tokens)")
        for name, val in (("particle", particle), ("prep", prep)):
            if val and not TOKEN_RE.match(val):
                errors.append(f"{where}: bad {name} {val!r}")
        obj_lemmas = [o for o in obj.split("|")] if obj else []
        for o in obj_lemmas:
            if o in (PLACE_OBJECT, LEADER_OBJECT, PERSON_OBJECT, SUSPECT_OBJECT, AID_VEHICLE_OBJECT, ARMED_OBJECT, NATIONALS_OBJECT) and (pos == "VERB" or prep):   # an object that names a state or place (accord/lexicon.py)
                continue
            if not TOKEN_RE.match(o):
                errors.append(f"{where}: bad object lemma {o!r}")
        if len(set(obj_lemmas)) != len(obj_lemmas):
            errors.append(f"{where}: repeated object lemma in {obj!r}")
        if not example:
            errors.append(f"{where}: empty example")

        key = (pos, lemma, particle, prep, "|".join(sorted(obj_lemmas)))
        keys[key].append((lineno, cameo))
        base = (pos, lemma, particle, prep)
        for o in obj_lemmas:
            objects_by_base[base][o].add((cameo, lineno))
        per_root[cameo[:2]] += 1
        per_pos[pos] += 1
        per_frame[frame or "-"] += 1

    for key, hits in keys.items():
        if len(hits) > 1:
            codes_seen = sorted({c for _, c in hits})
            kind = "different codes" if len(codes_seen) > 1 else "same code"
            lines = ", ".join(str(n) for n, _ in hits)
            errors.append(f"duplicate key {key} ({kind} {codes_seen}) on lines {lines}")
    for base, objmap in objects_by_base.items():
        for o, hits in objmap.items():
            codes_seen = sorted({c for c, _ in hits})
            if base in COMPLEMENT_SPLIT and {c[:2] for c in codes_seen} == COMPLEMENT_SPLIT[base]:
                continue
            if len(codes_seen) > 1:
                lines = ", ".join(str(n) for _, n in sorted(hits, key=lambda h: h[1]))
                errors.append(f"object {o!r} of {base} listed under codes {codes_seen} (lines {lines})")

    total = sum(per_root.values())
    print(f"{args.lexicon}: {total} rows ({', '.join(f'{k} {v}' for k, v in sorted(per_pos.items()))})")
    print("frames: " + ", ".join(f"{k} {v}" for k, v in sorted(per_frame.items())))
    print("rows per CAMEO root:")
    for root in ROOTS:
        n = per_root.get(root, 0)
        flag = "" if n >= MIN_PER_ROOT else f"   <-- fewer than {MIN_PER_ROOT}"
        print(f"  {root}  {n:4d}{flag}")
        if n < MIN_PER_ROOT:
            errors.append(f"root {root} has {n} rows (< {MIN_PER_ROOT})")
    stray = sorted(set(per_root) - set(ROOTS))
    if stray:
        errors.append(f"rows with roots outside 01-20: {stray}")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
