"""How accord.lang decides on real English news and on text in other languages: the numbers behind its thresholds.

    python bench/lang.py                 # English corpora from ../shared/data, other languages from spaCy's examples

English: every article of ../shared/data/corpora/*.jsonl and ../shared/data/opennews/*.jsonl (read there, never
copied). Other languages: the example sentences that spaCy ships for each language (spacy/lang/xx/examples.py),
joined into one text per language. For each group: what `detect` decided, and the spread of the shares of
function words it decides on. A wrong skip of an English article is the error that loses data: it must be 0.
"""
from __future__ import annotations

import importlib
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

from accord import lang as L

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def english_texts():
    for file in sorted([*SHARED.glob("corpora/*.jsonl"), *SHARED.glob("opennews/*.jsonl")]):
        if file.name.endswith(".meta.jsonl"):
            continue
        with open(file, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record.get("text"):
                    yield f"{file.name}:{record.get('id')}", record["text"]


def other_texts():
    import spacy.lang

    for folder in sorted(Path(spacy.lang.__file__).parent.iterdir()):
        if folder.name in ("en", "xx") or not (folder / "examples.py").exists():
            continue
        try:
            sentences = importlib.import_module(f"spacy.lang.{folder.name}.examples").sentences
        except Exception:   # an example module that needs an optional tokenizer package
            continue
        yield folder.name, " ".join(sentences)


def share_of(text: str, code: str) -> float:
    words = [w.lower() for w in L._WORD.findall(text[:L.SAMPLE_CHARS])]
    return L._shares(words).get(code, 0.0) if words else 0.0


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def main() -> None:
    decided = Counter()
    en_shares = []
    wrong = []
    closest = (0.0, "", 0.0, "")
    for name, text in english_texts():
        guess = L.detect(text)
        words = [w.lower() for w in L._WORD.findall(text[:L.SAMPLE_CHARS])]
        if len(words) >= L.MIN_WORDS:
            shares = L._shares(words)
            en = shares.pop("en")
            code, share = max(shares.items(), key=lambda kv: kv[1])
            if share >= L.MIN_SHARE and share / max(en, 1e-9) > closest[0] / max(closest[2], 1e-9):
                closest = (share, code, en, name)
        decided[guess.lang or "undecided"] += 1
        if guess.lang == "en":
            en_shares.append(share_of(text, "en"))
        elif guess.lang is not None:
            wrong.append((name, guess.lang, guess.evidence, text[:80].replace("\n", " ")))
    total = sum(decided.values())
    print(f"English news articles: {total}")
    print(f"  decided English: {decided['en']}, undecided (kept): {decided['undecided']}, "
          f"another language (skipped): {len(wrong)}")
    print(f"  English function-word share when English: min {min(en_shares):.3f}, p1 {pct(en_shares, .01):.3f}, "
          f"median {statistics.median(en_shares):.3f}")
    print(f"  closest to a wrong skip: {closest[3]}: {closest[1]} share {closest[0]:.3f} against English "
          f"{closest[2]:.3f} (a skip needs {L.MARGIN:g} times)")
    for row in wrong[:20]:
        print("  WRONG SKIP", *row)

    print("\nOther languages (spaCy's example sentences, one text per language):")
    rows = []
    for code, text in other_texts():
        guess = L.detect(text)
        rows.append((code, guess.lang, share_of(text, "en"), share_of(text, guess.lang or code), guess.evidence))
    kept = [r for r in rows if r[1] in (None, "en")]
    for code, got, en, own, evidence in rows:
        mark = "" if got not in (None, "en") else ("  <- kept" if got is None else "  <- TAKEN AS ENGLISH")
        print(f"  {code:4} -> {str(got):5} en {en:.2f} own {own:.2f}  {evidence}{mark}")
    latin = [r for r in rows if r[1] not in (None, "en") and "function words" in r[4]]
    if latin:
        print(f"  Latin-script languages decided by function words: {len(latin)}; their English share at most "
              f"{max(r[2] for r in latin):.2f}, their own share at least {min(r[3] for r in latin):.2f}")
    print(f"  kept as undecided or English: {len(kept)} of {len(rows)}: {', '.join(r[0] for r in kept)}")
    if wrong:
        sys.exit(1)


if __name__ == "__main__":
    main()
