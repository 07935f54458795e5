"""Pick the sentences of a new batch of the silver newswire set (bench/silver/newswire.jsonl), blind.

Run: .venv/bin/python bench/silver_pick.py --batch 3 --seed 3003 [--quota CORPUS=N ...] [--text] > rows.jsonl

The choice depends on the seed and the corpus files only, never on the coder: the documents of each corpus that
no row of an earlier batch uses are shuffled (``random.Random(seed)``, corpora in the order of the quotas), and a
document is taken when it is political news — it names at least two states or international bodies and has at
least three hits, of at least two different words, of a political word list (the corpora README's "strict"
rule, with lists of our own) — and has a candidate sentence: 10-45 words, beginning with a capital, a digit or
an opening quote, naming a state or body and a political word, and not a sentence of the gold files. One
candidate per document is drawn with the same generator, until each corpus's quota is met. Sentences are
``accord.prefilter.split_sentences`` spans of the cleaned text, split further after a closing quote (``...".
Next``), before a quote and a bracket (``. "[The]``) and after ``etc.``, so that each row is one whole sentence.
Reuters documents without a date are skipped; bbc_news and lee_abc_news rows carry the middle of the collection's
period as their date (``date_from_corpus: false``).

Batch 3 is ``--batch 3 --seed 3003`` with the default quotas; batch 4 is ``--batch 4 --seed 4004 --quota
reuters21578=35 bbc_news=35 tempeval3_newswire=50 lee_abc_news=30``. The output rows have no ``events``: annotate them
from the PLOVER manual and the sentence alone before running the coder on them. ``--text`` adds each sentence
as ``text`` for the annotator: never commit that field (the corpora are for research use only).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

from accord.clean import clean_text
from accord.prefilter import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SILVER = ROOT / "bench" / "silver" / "newswire.jsonl"
QUOTA = {"reuters21578": 20, "bbc_news": 20, "tempeval3_newswire": 30, "lee_abc_news": 20}
UNDATED = {"bbc_news": "2005-01-01", "lee_abc_news": "2002-01-01"}

DEMONYMS = (
    "American British Soviet Russian Chinese Japanese French German Italian Spanish Israeli Palestinian Iraqi "
    "Iranian Syrian Lebanese Egyptian Jordanian Saudi Kuwaiti Afghan Pakistani Indian Australian Canadian Mexican "
    "Brazilian Argentine Argentinian Chilean Cuban Turkish Greek Kurdish Korean Vietnamese Thai Indonesian "
    "Malaysian Philippine Filipino Nigerian Kenyan Ethiopian Somali Sudanese Libyan Algerian Moroccan Tunisian "
    "Zimbabwean Ukrainian Polish Dutch Belgian Swiss Swedish Norwegian Danish Finnish Austrian Hungarian Serbian "
    "Croatian Bosnian Albanian Yemeni Qatari Emirati Omani Bahraini Ugandan Rwandan Congolese Angolan Mozambican "
    "Tanzanian Haitian Colombian Venezuelan Peruvian Bolivian Ecuadorian Nicaraguan Salvadoran Uzbek Kazakh "
    "Georgian Armenian Azerbaijani Cambodian Burmese Nepali Nepalese Bangladeshi Sri Lankan Singaporean Irish "
    "Scottish Portuguese Romanian Bulgarian Czech Slovak Israelis Palestinians Iraqis Iranians Afghans "
    "Americans").split()
EXTRA_NAMES = ["U.S.", "US", "USA", "America", "United States", "Britain", "UK", "Soviet Union", "USSR",
               "Kampuchea", "Burma", "Zaire", "West Germany", "East Germany", "Yugoslavia", "Ivory Coast",
               "Czechoslovakia", "Taiwan", "Korea", "Congo"]
BODIES = ["United Nations", "UN", "U.N.", "NATO", "EU", "European Union", "EC", "European Community", "OPEC",
          "IMF", "World Bank", "GATT", "ASEAN", "Arab League", "African Union", "Security Council",
          "European Commission", "Paris Club", "WTO", "OAU", "Hamas", "Hezbollah", "Taliban", "al-Qaeda",
          "Red Cross"]
POLITICAL = re.compile(r"\b(minister|government|president|prime minister|talks|treaty|troops|army|military|"
                       r"attack\w*|kill\w*|rebels?|election\w*|parliament|protest\w*|envoy|embassy|ambassador|"
                       r"sanctions?|agree\w*|accord|police|militants?|war|summit|visit\w*|diplomat\w*|condemn\w*|"
                       r"accus\w*|urg\w*|demand\w*|reject\w*|arrest\w*|bomb\w*|fighting|ceasefire|negotiat\w*|"
                       r"officials?|leader|cooperation|aid|warn\w*|threat\w*|criticis\w*|criticiz\w*|met|meeting)\b",
                       re.I)
DOC_POLITICAL = re.compile(r"\b(minister|government|embassy|ambassador|envoy|treaty|troops|army|military|attack|"
                           r"killed|rebels|election|parliament|protest|sanction|ceasefire|cease-fire|summit|"
                           r"diplomat|war|militants|police|guerrilla|bomb)s?\b", re.I)
# split_sentences keeps these inside one sentence: a period after a closing quote, one before a quote and a
# bracket, and "etc." before a capital
_MORE = re.compile(r'(?<=["\'])[.!?](\s+)(?=["\'(\[]*[A-Z0-9])|[.!?]["\')\]]*(\s+)(?=["\'(\[]{2,}[A-Z0-9])'
                   r'|\betc\.(\s+)(?=[A-Z])')


def corpus_path(data_dir: Path, corpus: str) -> Path:
    """A corpus of ``corpora/`` (research use only), else of ``opennews/`` (redistributable: the demo's sources)."""
    path = data_dir / "corpora" / f"{corpus}.jsonl"
    return path if path.exists() else data_dir / "opennews" / f"{corpus}.jsonl"


def actor_pattern(data_dir: Path) -> re.Pattern[str]:
    lines = (data_dir / "ontology" / "icews_country_to_cameo.tsv").read_text(encoding="utf-8").splitlines()
    names = [line.split("\t")[0] for line in lines[2:]] + EXTRA_NAMES + DEMONYMS + BODIES
    alts = sorted({re.escape(n) for n in names if n}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(alts) + r")(?![\w])")


def sentences(text: str):
    for s, e in split_sentences(text):
        start = s
        for m in _MORE.finditer(text, s, e):
            yield start, next(m.start(g) for g in (1, 2, 3) if m.group(g) is not None)
            start = m.end()
        yield start, e


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--batch", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--quota", nargs="*", default=[], help="CORPUS=N, replacing the default quotas")
    ap.add_argument("--text", action="store_true", help="add each sentence as 'text' (for the annotator only)")
    ap.add_argument("--exclude", help="a file of CORPUS/DOC_ID lines (bench/audit/used-articles.txt): articles already "
                                      "read, left out so that the batch stays blind")
    args = ap.parse_args()
    data_dir = Path(args.data_dir)
    quota = dict((q.split("=")[0], int(q.split("=")[1])) for q in args.quota) or QUOTA
    actor = actor_pattern(data_dir)
    gold = set()
    for p in sorted((data_dir / "gold").glob("*.jsonl")):
        for line in p.open(encoding="utf-8"):
            gold.add(" ".join(json.loads(line)["text"].split()).lower())
    used = set()
    if SILVER.exists():
        for line in SILVER.read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line).get("batch", 1) < args.batch:
                used.add(json.loads(line)["doc_id"])

    read = set()
    if args.exclude:
        read = {line.strip() for line in Path(args.exclude).read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")}

    def political(text: str) -> bool:
        hits = [m.group(1).lower() for m in DOC_POLITICAL.finditer(text)]
        return len({m.group(1) for m in actor.finditer(text)}) >= 2 and len(hits) >= 3 and len(set(hits)) >= 2

    def candidates(text: str) -> list[tuple[int, int]]:
        out = []
        for s, e in sentences(text):
            sent = text[s:e]
            if not 10 <= len(sent.split()) <= 45 or "\n" in sent or not re.match(r"[\"'(\[]*[A-Z0-9]", sent):
                continue
            if actor.search(sent) and POLITICAL.search(sent) and " ".join(sent.split()).lower() not in gold:
                out.append((s, e))
        return out

    rng = random.Random(args.seed)
    for corpus, n in quota.items():
        with open(corpus_path(data_dir, corpus), encoding="utf-8") as f:
            docs = [d for d in map(json.loads, f) if d["id"] not in used and f"{corpus}/{d['id']}" not in read]
        rng.shuffle(docs)
        got = 0
        for d in docs:
            if got == n:
                break
            if corpus not in UNDATED and not d["date"]:
                continue
            text = clean_text(d["text"])
            if not political(text):
                continue
            cands = candidates(text)
            if not cands:
                continue
            s, e = rng.choice(cands)
            row = {"corpus": corpus, "doc_id": d["id"], "start": s, "end": e,
                   "date": UNDATED.get(corpus) or d["date"][:10], "date_from_corpus": corpus not in UNDATED,
                   "batch": args.batch, "sha1": hashlib.sha1(text[s:e].encode()).hexdigest()[:12]}
            if args.text:
                row["text"] = text[s:e]
            print(json.dumps(row, ensure_ascii=False))
            got += 1
        if got < n:
            print(f"{corpus}: only {got} of {n} documents qualify", file=sys.stderr)


if __name__ == "__main__":
    main()
