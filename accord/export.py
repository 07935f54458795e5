"""Exports of the event store: CSV, Parquet, JSONL, in accord's own columns or the layouts users already
have code for (GDELT 2.0 events, ICEWS, PLOVER). accord fills what it knows and leaves the rest empty.

Column layouts follow ../shared/data/ontology/schemas.md (GDELT Event Codebook V2.0; andybega/icews).
"""
from __future__ import annotations

import csv
import json
from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .store import Store, row_to_event

SCHEMAS = ("native", "gdelt", "icews", "plover")
FORMATS = ("csv", "parquet", "jsonl")

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
]
ICEWS_COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
]
PLOVER_COLUMNS = ["id", "date", "event_type", "mode", "context", "actor", "actor_country", "actor_sector",
                  "recipient", "recipient_country", "recipient_sector", "negated", "historical", "text",
                  "source_doc", "cameo", "goldstein", "quad_class"]


def _full_date(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


def gdelt_row(r: dict, doc: dict, country_names: dict[str, str]) -> dict:
    d = _full_date(r["date"])
    out = dict.fromkeys(GDELT_COLUMNS, None)
    cameo = r["cameo"]
    out.update({
        "GLOBALEVENTID": r["event_id"],
        "SQLDATE": int(d.strftime("%Y%m%d")) if d else None,
        "MonthYear": int(d.strftime("%Y%m")) if d else None,
        "Year": d.year if d else None,
        "FractionDate": round(d.year + (d.month * 30 + d.day) / 365, 4) if d else None,
        "IsRootEvent": 1 if r["sentence_index"] is not None and r["sentence_index"] <= 1 else 0,
        "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": r["quad_class"], "GoldsteinScale": r["goldstein"],
        "NumMentions": r["sources_count"], "NumSources": r["sources_count"], "NumArticles": r["sources_count"],
        "ActionGeo_FullName": r["location_name"], "ActionGeo_Lat": r["location_lat"],
        "ActionGeo_Long": r["location_lon"],
        "DATEADDED": int(_added(doc).strftime("%Y%m%d%H%M%S")),
        "SOURCEURL": doc.get("url") or doc.get("path"),
    })
    for n, side in ((1, "source"), (2, "target")):
        code = r[f"{side}_code"]
        if not code:
            continue
        igo = code.startswith(("IGO", "NGO", "IMG"))
        out[f"Actor{n}Code"] = code
        out[f"Actor{n}Name"] = (r[f"{side}_name"] or r[f"{side}_text"] or "").upper() or None
        out[f"Actor{n}CountryCode"] = r[f"{side}_country"]
        out[f"Actor{n}KnownGroupCode"] = code[3:6] if igo else None
        out[f"Actor{n}Type1Code"] = r[f"{side}_sector"] or (code[:3] if igo else None)
    return out


def icews_row(r: dict, doc: dict, country_names: dict[str, str]) -> dict:
    from .ontology import lookup

    def name(side: str) -> str | None:
        n = r[f"{side}_name"] or r[f"{side}_text"]
        sector = r[f"{side}_sector"]
        country = country_names.get(r[f"{side}_country"] or "", r[f"{side}_country"])
        if sector and country and (not n or n == country):
            return f"{SECTOR_NAMES.get(sector, sector)} ({country})"
        return n

    d = _full_date(r["date"])
    return {
        "Event ID": r["event_id"], "Event Date": d.isoformat() if d else None,
        "Source Name": name("source"), "Source Sectors": SECTOR_NAMES.get(r["source_sector"] or "", None),
        "Source Country": country_names.get(r["source_country"] or "", None),
        "Event Text": lookup(r["cameo"]).name, "CAMEO Code": r["cameo"], "Intensity": r["goldstein"],
        "Target Name": name("target"), "Target Sectors": SECTOR_NAMES.get(r["target_sector"] or "", None),
        "Target Country": country_names.get(r["target_country"] or "", None),
        "Story ID": r["doc_id"], "Sentence Number": (r["sentence_index"] or 0) + 1,
        "Publisher": doc.get("source"), "City": r["location_name"], "District": None, "Province": None,
        "Country": country_names.get(r["location_country"] or "", None),
        "Latitude": r["location_lat"], "Longitude": r["location_lon"],
    }


def plover_row(r: dict, doc: dict, country_names: dict[str, str]) -> dict:
    return {
        "id": r["event_id"], "date": r["date"], "event_type": r["event_type"], "mode": r["event_mode"],
        "context": None, "actor": r["source_name"] or r["source_text"], "actor_country": r["source_country"],
        "actor_sector": r["source_sector"], "recipient": r["target_name"] or r["target_text"],
        "recipient_country": r["target_country"], "recipient_sector": r["target_sector"],
        "negated": r["negated"], "historical": r["historical"], "text": r["sentence"], "source_doc": r["doc_id"],
        "cameo": r["cameo"], "goldstein": r["goldstein"], "quad_class": r["quad_class"],
    }


SECTOR_NAMES = {"GOV": "Government", "MIL": "Military", "REB": "Rebels", "SEP": "Separatists",
                "OPP": "Opposition", "JUD": "Judiciary", "LEG": "Legislative / Parliamentary", "MED": "Media",
                "BUS": "Business", "CVL": "Civilian", "COP": "Police", "INS": "Insurgents", "REF": "Refugees",
                "SPY": "Intelligence", "LAB": "Labor", "REL": "Religious", "NGO": "NGO", "EDU": "Education",
                "HLH": "Health", "CRM": "Criminal", "PTY": "Parties", "ELI": "Elite"}


def _added(doc: dict) -> datetime:
    t = doc.get("ingested_at")
    if isinstance(t, datetime):
        return t
    return datetime.now(timezone.utc)


def export(store: Store, out: str | Path, *, fmt: str = "csv", schema: str = "native") -> int:
    """Write every event of the store to `out`; returns the number of events written."""
    from .actors import tables

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if schema not in SCHEMAS:
        raise ValueError(f"unknown schema {schema!r}: use one of {', '.join(SCHEMAS)}")
    con = store.connect()
    cur = con.execute("SELECT * FROM events ORDER BY date NULLS LAST, doc_id, sentence_index")
    cols = [c[0] for c in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    dcur = con.execute("SELECT doc_id, url, path, source, ingested_at FROM documents")
    dcols = [c[0] for c in dcur.description]
    docs = {r[0]: dict(zip(dcols, r)) for r in dcur.fetchall()}
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if schema == "native":
        if fmt == "jsonl":
            with open(out, "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(row_to_event(r).to_json() + "\n")
            return len(rows)
        records = rows
        columns = cols
    else:
        names = {code: e.name for code, e in tables().countries.items()}
        fn, columns = {"gdelt": (gdelt_row, GDELT_COLUMNS), "icews": (icews_row, ICEWS_COLUMNS),
                       "plover": (plover_row, PLOVER_COLUMNS)}[schema]
        records = [fn(r, docs.get(r["doc_id"], {}), names) for r in rows]
    if fmt == "csv":
        delimiter = "\t" if schema in {"gdelt", "icews"} else ","
        with open(out, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=columns, delimiter=delimiter, extrasaction="ignore")
            w.writeheader()
            for rec in records:
                w.writerow({k: ("" if v is None else v) for k, v in rec.items()})
    elif fmt == "jsonl":
        with open(out, "w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, default=str, ensure_ascii=False) + "\n")
    else:
        table = pa.Table.from_pylist([{k: (str(v) if isinstance(v, datetime) else v) for k, v in rec.items()}
                                      for rec in records]) if records else pa.table({c: pa.array([], pa.string())
                                                                                    for c in columns})
        pq.write_table(table, out)
    return len(records)
