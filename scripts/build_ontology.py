"""Derive accord/data/ontology/cameo.tsv from the facts in ../shared/data/ontology/.

One row per CAMEO code: name, Goldstein weight (GDELT), QuadClass (by root: 01-05 verbal cooperation,
06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict), PLOVER type and mode.

Choices where PLOVER is silent or contradicts itself (also in docs/ontology.md):
- CAMEO 01 (public statements) has no PLOVER type: event_type is empty; accord emits 01x only for the
  specific sub-codes (011-019), never for plain "said".
- CAMEO 02 (appeals) is dropped by CAMEO2PLOVER, but PLOVER's REQUEST covers "all requests, demands and
  orders": accord types 02x as REQUEST, with the mode of the matching 10x code.
- CAMEO 08 root and 080 are CONCEDE (the manual's table lists both CONCEDE and RETREAT for the root).
- CAMEO 0813 (ease curfew) and 0814 (ease state of emergency) are CONCEDE: CAMEO2PLOVER says RETREAT, but the
  manual's CONCEDE definition names "removing curfews" and easing legal restrictions; we follow the manual.
- CAMEO 163 (impose embargo, boycott or sanctions) is SANCTION, mode discontinue: CAMEO2PLOVER says COERCE, but
  the manual's SANCTION section says international sanctions are coded 'discontinue'.
Run: python scripts/build_ontology.py ../shared/data/ontology
"""
import csv
import sys
from pathlib import Path

src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ontology")
out = Path(__file__).resolve().parents[1] / "accord" / "data" / "ontology" / "cameo.tsv"

plover = {}
for row in csv.DictReader(open(src / "cameo_to_plover.tsv", encoding="utf-8"), delimiter="\t"):
    code = row["cameo_code"]
    if code in plover:  # the 08 root is listed twice (CONCEDE, RETREAT): keep the first
        continue
    plover[code] = (row["plover_event"], row["plover_mode"])

rows = []
goldstein = {}
for row in csv.DictReader(open(src / "cameo.tsv", encoding="utf-8"), delimiter="\t"):
    code = row["code"]
    # GDELT has no Goldstein for a few newer codes: take ICEWS's variant, else the parent code's.
    g = row["goldstein"] or row["goldstein_icews_variant"] or goldstein.get(code[:-1]) or goldstein[code[:2]]
    goldstein[code] = row["goldstein"] = g
    ptype, pmode = plover.get(code, ("", ""))
    if ptype == "dropped":
        ptype, pmode = "", ""
        if code.startswith("02"):
            analog = "10" + code[2:]
            ptype = "REQUEST"
            pmode = plover.get(analog, ("", ""))[1] if analog in plover else ""
    if code in {"0813", "0814"}:
        ptype, pmode = "CONCEDE", ""
    if code == "163":  # the manual: "International (political or economic) sanctions are coded as 'discontinue'"
        ptype, pmode = "SANCTION", "discontinue"
    rows.append([code, row["name"], row["goldstein"], row["quad_class"], ptype, pmode])

with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("# CAMEO codes with Goldstein (GDELT), QuadClass and PLOVER type/mode.\n")
    f.write("# Derived by scripts/build_ontology.py from CAMEO 1.1b3, GDELT lookups and PLOVER's CAMEO2PLOVER "
            "(CC BY-SA 4.0, Open Event Data Alliance).\n")
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    w.writerow(["code", "name", "goldstein", "quad_class", "plover_type", "plover_mode"])
    w.writerows(rows)
print(f"wrote {len(rows)} codes to {out}")
