"""Self-check for accord/data/actors/*.tsv. Exit status 1 and a list of problems if any check fails.

Checks: exact headers (first non-comment line), field counts, required cells, codes (every country used in
institutions/leaders/media/groups/speaker_aliases exists in countries.tsv; speaker_aliases targets may also be
igos.tsv codes), sector codes, ISO dates that parse with start <= end, un_member true/false with exactly the 193 UN
member states true, no duplicate (pattern, country) in sectors/institutions, no "the X" patterns, no empty or
padded |-values, no double quotes in cells, no surface form claimed by two countries (or a country and an IGO) over overlapping dates, and no
two people holding the same office of the same country at once.

Run: .venv/bin/python scripts/check_actor_tables.py [DIR]
"""
from __future__ import annotations

import csv
import sys
from datetime import date
from pathlib import Path

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "accord" / "data" / "actors"

# names of two states' office holders at once, resolved by the states the story names (accord/actors.py, _pick)
SHARED_LEADER_NAMES = {"king abdullah"}   # Saudi Arabia's king (2005-2015) and Jordan's (1999-)
HEADERS = {
    "countries.tsv": ["code", "name", "valid_from", "valid_until", "un_member", "names", "adjectives", "plurals", "capitals"],
    "institutions.tsv": ["pattern", "country", "sector", "name"],
    "igos.tsv": ["code", "name", "names", "kind"],
    "leaders.tsv": ["names", "country", "sector", "role", "start", "end"],
    "leaders_igo.tsv": ["names", "country", "sector", "role", "start", "end", "code"],
    "media.tsv": ["code", "name", "names", "country", "state_media"],
    "sectors.tsv": ["pattern", "sector", "note"],
    "groups.tsv": ["code", "name", "names", "country", "sector"],
    "speaker_aliases.tsv": ["speaker", "pattern", "targets", "note"],
    "parties.tsv": ["names", "countries", "default", "common", "name"],
}
REQUIRED = {
    "countries.tsv": ["code", "name", "un_member", "names"],
    "institutions.tsv": ["pattern", "country", "sector", "name"],
    "igos.tsv": ["code", "name", "names", "kind"],
    "leaders.tsv": ["names", "country", "sector", "role", "start"],
    "leaders_igo.tsv": ["names", "role", "start", "code"],
    "media.tsv": ["code", "name", "names", "country", "state_media"],
    "sectors.tsv": ["pattern", "sector"],
    "groups.tsv": ["code", "name", "names", "sector"],
    "speaker_aliases.tsv": ["speaker", "pattern", "targets"],
    "parties.tsv": ["names", "countries", "name"],
}
# CAMEO role codes (CAMEO 1.1b3 Table 3.1 + PTY, IMG) and PLOVER's REL.
SECTORS = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV",
           "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "PTY", "IMG", "NGO", "REL"}
# The 193 UN member states (ISO 3166-1 alpha-3), written out independently of countries.tsv.
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV
KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ
ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR
KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR
MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA
LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON
TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
assert len(UN_MEMBERS) == 193

errors: list[str] = []
warnings: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def load(name: str) -> list[dict]:
    return load_as(name, name)


def load_as(name: str, kind: str) -> list[dict]:
    """Rows of the table file `name`, checked against the header of table `kind`."""
    path = DIR / name
    if not path.exists():
        err(f"{name}: missing")
        return []
    with open(path, encoding="utf-8", newline="") as f:
        numbered = [(i, ln) for i, ln in enumerate(f, 1) if not ln.startswith("#") and ln.strip()]
    if not numbered:
        err(f"{name}: empty")
        return []
    reader = csv.reader([ln for _, ln in numbered], delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    header = rows[0]
    if header != HEADERS[kind]:
        err(f"{name}: header {header} != {HEADERS[kind]}")
        return []
    out = []
    for (lineno, _), cells in zip(numbered[1:], rows[1:]):
        if len(cells) != len(header):
            err(f"{name}:{lineno}: {len(cells)} fields, want {len(header)}")
            continue
        row = dict(zip(header, cells))
        row["_line"] = lineno
        for col in REQUIRED[kind]:
            if not row[col].strip():
                err(f"{name}:{lineno}: empty {col}")
        for col, val in row.items():
            if col == "_line":
                continue
            if val != val.strip():
                err(f"{name}:{lineno}: {col} has leading/trailing space")
            if '"' in val:
                err(f"{name}:{lineno}: {col} contains a double quote (breaks readers that use csv quoting)")
            if col in ("names", "adjectives", "plurals", "capitals", "targets", "countries") and val:
                parts = val.split("|")
                if any(not p or p != p.strip() for p in parts):
                    err(f"{name}:{lineno}: {col} has an empty or padded value: {val!r}")
        out.append(row)
    return out


def parse_date(name: str, row: dict, col: str) -> date | None:
    val = row[col]
    if not val:
        return None
    try:
        d = date.fromisoformat(val)
        if len(val) != 10:
            raise ValueError
        return d
    except ValueError:
        err(f"{name}:{row['_line']}: {col} {val!r} is not YYYY-MM-DD")
        return None


def overlaps(a0, a1, b0, b1) -> bool:
    lo, hi = date.min, date.max
    return (a0 or lo) < (b1 or hi) and (b0 or lo) < (a1 or hi)


def patterns_of(row: dict, cols: list[str]) -> list[str]:
    return [p for c in cols for p in row[c].split("|") if p]


def main() -> int:
    t = {name: load(name) for name in HEADERS}
    # regional leader tables (leaders_africa.tsv, …) are checked as part of leaders.tsv
    for extra in sorted(p.name for p in DIR.glob("leaders_*.tsv") if p.name != "leaders_igo.tsv"):
        for r in load_as(extra, "leaders.tsv"):
            r["_line"] = f"{extra}:{r['_line']}"
            t["leaders.tsv"].append(r)

    # countries
    codes: dict[str, tuple] = {}
    un = set()
    for r in t["countries.tsv"]:
        if r["code"] in codes:
            err(f"countries.tsv:{r['_line']}: duplicate code {r['code']}")
        vf, vu = parse_date("countries.tsv", r, "valid_from"), parse_date("countries.tsv", r, "valid_until")
        if vf and vu and vf > vu:
            err(f"countries.tsv:{r['_line']}: valid_from after valid_until")
        codes[r["code"]] = (vf, vu)
        if r["un_member"] not in ("true", "false"):
            err(f"countries.tsv:{r['_line']}: un_member {r['un_member']!r} is not true/false")
        if r["un_member"] == "true":
            un.add(r["code"])
        if len(r["code"]) != 3 or not r["code"].isalpha() or not r["code"].isupper():
            err(f"countries.tsv:{r['_line']}: code {r['code']!r} is not three capital letters")
    if un != UN_MEMBERS:
        err(f"countries.tsv: UN members: missing {sorted(UN_MEMBERS - un)}, not members {sorted(un - UN_MEMBERS)}")

    igo_codes = set()
    for r in t["igos.tsv"]:
        if r["code"] in igo_codes:
            err(f"igos.tsv:{r['_line']}: duplicate code {r['code']}")
        igo_codes.add(r["code"])
        if r["kind"] not in ("igo", "region"):
            err(f"igos.tsv:{r['_line']}: kind {r['kind']!r}")

    def need_country(name: str, r: dict, col: str = "country", allow_empty: bool = False) -> None:
        v = r[col]
        if not v and allow_empty:
            return
        if v not in codes:
            err(f"{name}:{r['_line']}: {col} {v!r} not in countries.tsv")

    def need_sector(name: str, r: dict) -> None:
        if r["sector"] not in SECTORS:
            err(f"{name}:{r['_line']}: sector {r['sector']!r} is not a CAMEO/PLOVER sector code")

    for name in ("institutions.tsv", "leaders.tsv", "media.tsv"):
        for r in t[name]:
            need_country(name, r)
    for name in ("institutions.tsv", "leaders.tsv", "sectors.tsv", "groups.tsv"):
        for r in t[name]:
            need_sector(name, r)
    for r in t["groups.tsv"]:
        need_country("groups.tsv", r, allow_empty=True)
        if r["code"].startswith("IMG"):
            if r["country"]:
                err(f"groups.tsv:{r['_line']}: IMG code with a country")
        elif not r["code"].startswith(r["country"] + r["sector"]):
            err(f"groups.tsv:{r['_line']}: code {r['code']} does not start with {r['country']}{r['sector']}")
    for r in t["media.tsv"]:
        if r["state_media"] not in ("true", "false"):
            err(f"media.tsv:{r['_line']}: state_media {r['state_media']!r} is not true/false")
        if r["code"] != r["country"] + "MED":
            err(f"media.tsv:{r['_line']}: code {r['code']} != country+MED")
    for r in t["speaker_aliases.tsv"]:
        need_country("speaker_aliases.tsv", r, "speaker")
        for target in r["targets"].split("|"):
            if target not in codes and target not in igo_codes:
                err(f"speaker_aliases.tsv:{r['_line']}: target {target!r} not in countries.tsv or igos.tsv")

    # parties: every country known, the default one of them, common true/false
    for r in t["parties.tsv"]:
        countries = r["countries"].split("|")
        for c in countries:
            if c not in codes:
                err(f"parties.tsv:{r['_line']}: country {c!r} not in countries.tsv")
        if r["default"] and r["default"] not in countries:
            err(f"parties.tsv:{r['_line']}: default {r['default']!r} is not one of its countries")
        if r["common"] not in ("", "true"):
            err(f"parties.tsv:{r['_line']}: common {r['common']!r} is not empty or true")

    # heads of international organisations: the organisation's code, no country or sector (the code says it)
    for r in t["leaders_igo.tsv"]:
        if r["code"] not in igo_codes:
            err(f"leaders_igo.tsv:{r['_line']}: code {r['code']!r} not in igos.tsv")
        if r["country"] or r["sector"]:
            err(f"leaders_igo.tsv:{r['_line']}: country and sector must be empty (the code names the organisation)")
        r["country"] = r["code"]   # checked below as one office per organisation and role
        r["_line"] = f"leaders_igo.tsv:{r['_line']}"
    # leaders: dates, and one holder per office at a time
    offices: dict[tuple, list] = {}
    for r in t["leaders.tsv"] + t["leaders_igo.tsv"]:
        s, e = parse_date("leaders.tsv", r, "start"), parse_date("leaders.tsv", r, "end")
        if s and e and s > e:
            err(f"leaders.tsv:{r['_line']}: start {s} after end {e}")
        if s and s.year < 1940:
            err(f"leaders.tsv:{r['_line']}: start {s} implausibly early")
        r["_s"], r["_e"] = s, e
        offices.setdefault((r["country"], r["role"]), []).append(r)
    for (country, role), rs in offices.items():
        for i, a in enumerate(rs):
            for b in rs[i + 1:]:
                if a["names"] != b["names"] and overlaps(a["_s"], a["_e"], b["_s"], b["_e"]):
                    msg = f"leaders.tsv:{a['_line']}/{b['_line']}: two holders of {country} {role} at once"
                    # rival governments (Libya 2014-21, Yemen) and acting holders exist in the regional
                    # tables: reported, not an error; in leaders.tsv (the G20 and the project's focus) an error
                    if "leaders_" in str(a["_line"]) or "leaders_" in str(b["_line"]):
                        warnings.append(msg)
                    else:
                        err(msg)

    # duplicates and pattern hygiene
    for name, key in (("sectors.tsv", lambda r: r["pattern"].casefold()),
                      ("institutions.tsv", lambda r: (r["pattern"].casefold(), r["country"])),
                      ("speaker_aliases.tsv", lambda r: (r["pattern"].casefold(), r["speaker"]))):
        seen = {}
        for r in t[name]:
            k = key(r)
            if k in seen:
                err(f"{name}:{r['_line']}: duplicate of line {seen[k]}: {k}")
            seen[k] = r["_line"]
    for name, cols in (("countries.tsv", ["names", "adjectives", "plurals", "capitals"]), ("igos.tsv", ["names"]),
                       ("groups.tsv", ["names"]), ("media.tsv", ["names"]), ("leaders.tsv", ["names"]),
                       ("leaders_igo.tsv", ["names"]), ("parties.tsv", ["names"]),
                       ("institutions.tsv", ["pattern"]), ("sectors.tsv", ["pattern"]),
                       ("speaker_aliases.tsv", ["pattern"])):
        for r in t[name]:
            for p in patterns_of(r, cols):
                if p.casefold().startswith("the "):
                    err(f"{name}:{r['_line']}: pattern {p!r} starts with 'the' (the matcher makes it optional)")
    for r in t["countries.tsv"]:
        for col in ("adjectives", "plurals"):
            if r["adjectives"] and col == "plurals" and set(r["plurals"].split("|")) & set(r["adjectives"].split("|")):
                err(f"countries.tsv:{r['_line']}: a plural equals an adjective (leave it empty)")

    # one surface form, one referent: countries (by validity), IGOs, groups, institutions, media
    claims: dict[str, list] = {}
    for r in t["countries.tsv"]:
        vf, vu = codes[r["code"]]
        for p in set(patterns_of(r, ["names", "adjectives", "plurals", "capitals"])):
            claims.setdefault(p.casefold(), []).append(("countries.tsv", r["_line"], r["code"], vf, vu))
    for name, col, code in (("igos.tsv", "names", "code"), ("groups.tsv", "names", "name"),
                            ("media.tsv", "names", "name"), ("institutions.tsv", "pattern", "name"),
                            ("parties.tsv", "names", "name")):
        for r in t[name]:
            for p in set(patterns_of(r, [col])):
                claims.setdefault(p.casefold(), []).append((name, r["_line"], r[code] + "@" + name, None, None))
    for p, cs in claims.items():
        for i, a in enumerate(cs):
            for b in cs[i + 1:]:
                if a[2] != b[2] and overlaps(a[3], a[4], b[3], b[4]):
                    err(f"{a[0]}:{a[1]} and {b[0]}:{b[1]}: {p!r} means both {a[2]} and {b[2]}")

    # leaders: one surface form must not name people of two countries at the same time, but for the names news gives
    # two office holders at once (SHARED_LEADER_NAMES): the resolver picks by the states the story names
    lclaims: dict[str, list] = {}
    for r in t["leaders.tsv"]:
        for p in r["names"].split("|"):
            lclaims.setdefault(p.casefold(), []).append(r)
    for p, rs in lclaims.items():
        for i, a in enumerate(rs):
            for b in rs[i + 1:]:
                if a["country"] != b["country"] and overlaps(a["_s"], a["_e"], b["_s"], b["_e"]) \
                        and p not in SHARED_LEADER_NAMES:
                    err(f"leaders.tsv:{a['_line']}/{b['_line']}: {p!r} names leaders of {a['country']} and "
                        f"{b['country']} at the same time")

    counts = ", ".join(f"{n} {len(rs)}" for n, rs in t.items())
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s); rows: {counts}")
        return 1
    print(f"actor tables OK; rows: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
