"""Vendor the demo corpus into examples/news/: the seed article and the international-politics
(`topic_label` == "ipdc") articles of ../shared/data/opennews/, with their attribution lines in NOTICE.demo.

Run: python scripts/build_demo_corpus.py ../shared/data
"""
import json
import sys
from pathlib import Path

shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
root = Path(__file__).resolve().parents[1]
out = root / "examples" / "news"
out.mkdir(parents=True, exist_ok=True)
# The seed has no date of its own: Putin's Liberation Day letter was reported on 2022-08-16.
seed = (shared / "seed" / "russia-north-korea.txt").read_text(encoding="utf-8")
title, _, body = seed.partition("\n\n")
with open(out / "seed.jsonl", "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "seed-russia-north-korea", "title": title.strip(), "date": "2022-08-16",
                        "source": "seed article", "url": None, "text": body.strip(), "license": "given to the project",
                        "attribution": "the project's user"}, ensure_ascii=False) + "\n")
notice = ["Demo corpus (examples/news/): redistributable news, each article with its licence and credit.", ""]
total = 0
for name in ("kremlin_en", "wikinews_vanatteveldt", "gum_wikinews", "re3d_articles"):
    rows = [json.loads(line) for line in open(shared / "opennews" / f"{name}.jsonl", encoding="utf-8")]
    keep = [r for r in rows if r.get("topic_label") == "ipdc"]
    with open(out / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for r in keep:
            rec = {k: r.get(k) for k in ("id", "title", "date", "source", "url", "text", "license")}
            if not rec["date"] and r.get("date_approx"):
                rec["date"] = r["date_approx"] + "-01"
            rec["attribution"] = r.get("attribution") or f"{r.get('source')} ({r.get('license')})"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    credits = sorted({(r.get("attribution") or f"{r.get('source')}", r.get("license")) for r in keep})
    notice.append(f"{name}.jsonl: {len(keep)} articles")
    for credit, lic in credits:
        notice.append(f"  - {credit} [{lic}]")
    total += len(keep)
notice += ["", "seed.jsonl: the article this project started from, given to the project by its user."]
(out / "NOTICE").write_text("\n".join(notice) + "\n", encoding="utf-8")
print(f"vendored {total} articles + the seed into {out}")
