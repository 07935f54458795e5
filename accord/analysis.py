"""Relations over time and blocs: dyad series, the signed alignment graph, blocs, shifts.

Pure functions over a :class:`~accord.store.Store`. Every aggregate runs in DuckDB over the store's ``events``
view; Python only sees the aggregated rows (periods, actor pairs) and the few events shown as evidence, so a
store of 1,000,000 events answers a dyad or a bloc query in well under a second on two cores
(``python bench/analysis.py``; figures in ``bench/RESULTS.md``).

Conventions shared by every function here (the method and its measurements are in ``docs/analysis.md``):

- **Which events count.** Negated events (``negated``) and hypothetical ones (``modality`` ``hypothetical``: "could
  attack", "must withdraw", "is unlikely to accept") never count, unless a function says otherwise; background
  events (``historical``) count only where asked (``include_historical``), at their own dates.
- **An event's day.** Its ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), else the day its document was
  published; a partial date stands for the first day of its period (``2022-07`` → 2022-07-01). Events with
  neither are left out of every analysis here: they cannot be placed in time.
- **since / until** keep an event only if its whole date period lies inside, as :meth:`Store.events` does:
  ``2022-07`` counts as 2022-07-01 against ``since`` and as 2022-07-31 against ``until``.
- **Actors.** ``dyad`` matches an actor by country code or code prefix (``RUS`` matches ``RUSGOV``). The
  graph, blocs and shifts roll sub-state actors up to their country (``RUSGOV``, ``RUSMIL`` → ``RUS``),
  except those that stand against their state — rebels, insurgents, separatists, opposition — which keep
  their own code (``UKRSEP``); international organisations keep their code (``IGOUNO``); actors of unknown
  country (``---``) are left out.

Example::

    from accord.store import open_store
    from accord import analysis
    store = open_store("accord-data")
    analysis.dyad(store, "RUS", "PRK", by="month")["series"]
    analysis.blocs(store, min_events=3)["blocs"]
    analysis.shifts(store, window="90d", top=10)["shifts"]
"""
from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import networkx as nx
import numpy as np
import pyarrow as pa
from scipy.linalg import eigh as scipy_eigh
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from .models import Event
from .store import Store, row_to_event

__all__ = [
    "BY", "SCORES", "GRAPH_FORMATS", "ALIGNMENT_SCORE", "NON_STATE_SECTORS",
    "dyad", "top_dyads", "graph", "graph_json", "write_graph", "blocs", "shifts", "shift_history", "date_range",
    "parse_window", "parse_date_bound", "signed_partition", "signed_modularity_matrix", "frustration",
    "plover_scores", "OBJECTIVES",
]

BY = ("week", "month", "year")
SCORES = ("goldstein", "plover", "quad")
GRAPH_FORMATS = ("json", "graphml", "gexf")

# An explicit alignment statement ("an informal bloc that includes China and Iran", "allies", "the common
# front") is a positive tie at least as strong as CAMEO root 06, "engage in material cooperation" (Goldstein
# +6.0): saying two states form a bloc is stronger evidence of alignment than a consultation (+1.0).
ALIGNMENT_SCORE = 6.0
# How many events back each bloc membership, antagonism and shift.
EVIDENCE_PER_ITEM = 5
_EPS = 1e-9


# --- SQL building blocks -----------------------------------------------------------------------------------

# The events view with each event's day (see the module docstring). `d_` is the date string, `day_` a DATE.
_BASE = """
WITH dated AS (
    SELECT *, coalesce(date, left(published, 10)) AS d_ FROM events
), base AS (
    SELECT *, CASE length(d_) WHEN 10 THEN TRY_CAST(d_ AS DATE) WHEN 7 THEN TRY_CAST(d_ || '-01' AS DATE)
        WHEN 4 THEN TRY_CAST(d_ || '-01-01' AS DATE) ELSE TRY_CAST(left(d_, 10) AS DATE) END AS day_
    FROM dated
)
"""


# Sectors that stand against their state (CAMEO: rebels, insurgents, separatists, opposition): rolled up into
# their country they would turn "North Korea recognised the separatists of eastern Ukraine" into a tie between
# North Korea and Ukraine. They keep their own node (UKRSEP) instead.
NON_STATE_SECTORS = ("REB", "INS", "SEP", "OPP")


def _key_sql(role: str, sectors: bool = False) -> str:
    """The graph node of one side of an event: its country, its IGO code, or its full code (with
    ``sectors``, or for a non-state sector such as separatists)."""
    code, country, sector = f"{role}_code", f"{role}_country", f"{role}_sector"
    full = f"{code} IS NOT NULL AND {code} <> '' AND NOT starts_with({code}, '---')"
    if sectors:
        return f"CASE WHEN {full} THEN {code} END"
    non_state = ", ".join(f"'{x}'" for x in NON_STATE_SECTORS)
    return (f"CASE WHEN left(coalesce({sector}, ''), 3) IN ({non_state}) AND {full} THEN {code} "
            f"WHEN {country} IS NOT NULL AND {country} NOT IN ('', '---') THEN {country} "
            f"WHEN starts_with(coalesce({code}, ''), 'IGO') THEN {code} END")


def _actor_sql(role: str, param: str) -> str:
    """A side of an event matches an actor given by country code or code prefix (RUS matches RUSGOV)."""
    return f"(starts_with(coalesce({role}_code, ''), ${param}) OR {role}_country = ${param})"


def _filters(*, since: Any = None, until: Any = None, include_historical: bool = False,
             include_negated: bool = False) -> tuple[list[str], dict[str, Any]]:
    where = ["day_ IS NOT NULL"]
    params: dict[str, Any] = {}
    if not include_negated:
        # (what did not happen: denied or negated acts, and acts only possible, demanded of or foreseen for someone:
        # "could attack", "must withdraw", "is unlikely to accept", modality "hypothetical")
        where.append("NOT coalesce(negated, false)")
        where.append("coalesce(modality, 'asserted') <> 'hypothetical'")
    if not include_historical:
        where.append("NOT coalesce(historical, false)")
    if since is not None:
        where.append("left(d_, 10) || substr('0000-01-01', length(left(d_, 10)) + 1) >= $since")
        params["since"] = parse_date_bound(since, "since", end=False)
    if until is not None:
        # Month ends are padded to 31: as an upper bound in a string compare that is the same.
        where.append("left(d_, 10) || substr('9999-12-31', length(left(d_, 10)) + 1) <= $until")
        params["until"] = parse_date_bound(until, "until", end=True)
    return where, params


def _score_sql(score: str) -> str:
    """The signed score of one event, with explicit alignment statements raised to ALIGNMENT_SCORE."""
    if score == "goldstein":
        raw = "coalesce(goldstein, 0.0)"
    elif score == "plover":
        raw = _plover_case()
    elif score == "quad":
        # Net cooperation in counts: each cooperative event +1, each conflictual one -1.
        raw = "CASE WHEN quad_class IN (1, 2) THEN 1.0 WHEN quad_class IN (3, 4) THEN -1.0 ELSE 0.0 END"
    else:
        raise ValueError(f"score={score!r} is not one of {', '.join(SCORES)}. Fix: use score='goldstein' "
                         "(GDELT's Goldstein scale), 'plover' (PLOVER's scores) or 'quad' (+1/-1 per event).")
    # contains() first: only the few rows that mention the rule pay for parsing their JSON.
    return (f"CASE WHEN contains(why, '\"alignment') AND json_extract_string(why, '$.rule') LIKE 'alignment%' "
            f"THEN greatest({raw}, {ALIGNMENT_SCORE}) ELSE {raw} END")


# PLOVER's conflict–cooperation scores (-10..+10) by event type and mode, from the manual's table
# `tab:ploverscores` (PLOVER manual 2.0, Open Event Data Alliance, CC BY-SA 4.0). The manual prints ACCUSE's
# event default as +3, a sign typo beside its modes (-2, -3.5): -3 is used. Read from
# accord/data/ontology/plover_scores.tsv (columns event, mode, score) when that file exists; this copy is
# the fallback until it does.
_PLOVER_SCORES_FALLBACK = {
    "AGREE": 2.5, "CONSULT": 2.5, "CONSULT:visit": 4, "CONSULT:third-party": 1, "CONSULT:multilateral": 4,
    "CONSULT:phone": 1.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10,
    "RETREAT": 6.5, "RETREAT:withdraw": 8, "RETREAT:release": 6.5, "RETREAT:disarm": 10,
    "RETREAT:ceasefire": 7.5, "RETREAT:access": 6.5, "RETREAT:resign": 4.5,
    "REQUEST": 0, "REQUEST:assist": 0.5, "REQUEST:change": -1, "REQUEST:yield": -1, "REQUEST:meet": 0,
    "ACCUSE": -3, "ACCUSE:disapprove": -2, "ACCUSE:investigate": -3.5, "ACCUSE:allege": -3.5,
    "REJECT": -2, "REJECT:assist": -1.5, "REJECT:change": -2, "REJECT:yield": -2, "REJECT:meet": -2,
    "THREATEN": -3.5, "THREATEN:restrict": -3, "THREATEN:arrest": -3.5, "THREATEN:relations": -3.5,
    "THREATEN:expel": -3.5, "THREATEN:territory": -4, "THREATEN:violence": -3.5,
    "PROTEST": -5, "PROTEST:demo": -5, "PROTEST:riot": -7, "PROTEST:strike": -5, "PROTEST:hunger": -4.5,
    "PROTEST:boycott": -4.5, "PROTEST:obstruct": -4.5,
    "SANCTION": -6, "SANCTION:convict": -6, "SANCTION:expel": -5.5, "SANCTION:withdraw": -6,
    "SANCTION:discontinue": -6,
    "MOBILIZE": -5.5, "MOBILIZE:troops": -6.5, "MOBILIZE:weapons": -6.5, "MOBILIZE:police": -5.5,
    "MOBILIZE:militia": -6,
    "COERCE": -7, "COERCE:seize": -7, "COERCE:restrict": -7, "COERCE:censor": -6.5, "COERCE:curfew": -6.5,
    "COERCE:martial-law": -7.5, "COERCE:arrest": -7, "COERCE:deport": -7, "COERCE:withhold": -7,
    "COERCE:misinformation": -6.5, "COERCE:cyber": -7,
    "ASSAULT": -9, "ASSAULT:abduct": -8.5, "ASSAULT:beat": -7.5, "ASSAULT:torture": -8.5,
    "ASSAULT:sexual": -8.5, "ASSAULT:targeted": -9.5, "ASSAULT:destroy": -8.5, "ASSAULT:primitive": -8,
    "ASSAULT:firearms": -9, "ASSAULT:explosives": -9, "ASSAULT:suicide-attack": -9.5, "ASSAULT:aerial": -9.5,
    "ASSAULT:drone": -9.5, "ASSAULT:heavy-weapons": -9.5, "ASSAULT:crowd-control": -7.5,
    "ASSAULT:unconventional": -10,
}


def plover_scores() -> dict[str, float]:
    """PLOVER's scores keyed ``TYPE`` (the event default) and ``TYPE:mode``."""
    try:
        from .ontology import read_tsv
        rows = read_tsv("ontology/plover_scores.tsv")
    except (FileNotFoundError, OSError, ImportError):
        return {k: float(v) for k, v in _PLOVER_SCORES_FALLBACK.items()}
    table = {}
    for row in rows:
        key = row["event"].upper() + (f":{row['mode']}" if row.get("mode") else "")
        table[key] = float(row["score"])
    return table


def _plover_case() -> str:
    """PLOVER's score of an event by type:mode, else by type, else its Goldstein value (same -10..+10 scale)."""
    table = plover_scores()
    by_mode = " ".join(f"WHEN '{k}' THEN {v}" for k, v in table.items() if ":" in k)
    by_type = " ".join(f"WHEN '{k}' THEN {v}" for k, v in table.items() if ":" not in k)
    return (f"coalesce(CASE upper(event_type) || ':' || coalesce(event_mode, '') {by_mode} END, "
            f"CASE upper(event_type) {by_type} END, goldstein, 0.0)")


def _connect(store: Store):
    """A connection over the store, using the CPUs this process may run on (DuckDB counts all of them)."""
    conn = store.connect()
    try:
        threads = len(os.sched_getaffinity(0))
    except AttributeError:   # not on Linux
        threads = os.cpu_count() or 1
    conn.execute(f"SET threads = {max(1, threads)}")
    return conn


def _rows(cur) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _event_dicts(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row_to_event(r).to_dict() for r in rows]


def _fetch_events(conn, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The event dicts of these event ids, by id."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    cur = conn.execute("SELECT * FROM events WHERE event_id IN (SELECT unnest($ids))", {"ids": ids})
    out: dict[str, dict[str, Any]] = {}
    for row in _rows(cur):
        out.setdefault(row["event_id"], row_to_event(row).to_dict())
    return out


# --- argument parsing ----------------------------------------------------------------------------------------

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_date_bound(value: Any, name: str = "date", *, end: bool = False) -> str:
    """A ``since``/``until`` bound as a full ISO day: ``2022-07`` → 2022-07-01 (or 2022-07-31 as an end)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()[:10]
    if not _DATE_RE.match(text):
        raise ValueError(f"{name}={value!r} is not a date. Fix: give YYYY, YYYY-MM or YYYY-MM-DD, "
                         "for example 2022-08 or 2022-08-15.")
    try:   # a real day: 2022-13 or 2022-02-30 is a typo, not a bound
        date.fromisoformat(text + "-01-01"[len(text) - 4:] if len(text) < 10 else text)
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a calendar date. Fix: give YYYY, YYYY-MM or YYYY-MM-DD "
                         "with a real month and day, for example 2022-08-15.") from None
    pad = "9999-12-31" if end else "0000-01-01"
    return text + pad[len(text):]


_WINDOW_RE = re.compile(r"^\s*(\d+)\s*([dwmy])\s*$", re.IGNORECASE)
_WINDOW_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


def parse_window(window: str | int | timedelta) -> timedelta:
    """A window length: ``90d``, ``12w``, ``6m`` (30 days each), ``1y`` (365 days), or a number of days."""
    if isinstance(window, timedelta):
        days = window.days
    elif isinstance(window, int):
        days = window
    else:
        m = _WINDOW_RE.match(str(window))
        if not m:
            raise ValueError(f"window={window!r} is not a window length. Fix: give a number and a unit, "
                             "d (days), w (weeks), m (30 days) or y (365 days), for example 90d or 6m.")
        days = int(m.group(1)) * _WINDOW_DAYS[m.group(2).lower()]
    if days < 1:
        raise ValueError(f"window={window!r} is shorter than a day. Fix: give at least 1d.")
    return timedelta(days=days)


def _day(value: Any, name: str) -> date:
    return date.fromisoformat(parse_date_bound(value, name))


# --- dyads -----------------------------------------------------------------------------------------------------

def _period_sql(by: str) -> str:
    if by == "month":
        return "strftime(day_, '%Y-%m')"
    if by == "year":
        return "strftime(day_, '%Y')"
    if by == "week":   # ISO week: 2022-W33
        return "CAST(isoyear(day_) AS VARCHAR) || '-W' || lpad(CAST(week(day_) AS VARCHAR), 2, '0')"
    raise ValueError(f"by={by!r} is not one of {', '.join(BY)}. Fix: use by='week', 'month' or 'year'.")


def _period_label(d: date, by: str) -> str:
    if by == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if by == "year":
        return f"{d.year:04d}"
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _periods_between(first: date, last: date, by: str) -> list[str]:
    """Every period label from the one holding ``first`` to the one holding ``last``: a series without gaps."""
    out: list[str] = []
    if by == "year":
        return [f"{y:04d}" for y in range(first.year, last.year + 1)]
    if by == "month":
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    d = first - timedelta(days=first.weekday())
    while d <= last:
        out.append(_period_label(d, "week"))
        d += timedelta(days=7)
    return out


def _empty_quad() -> dict[str, int]:
    return {"1": 0, "2": 0, "3": 0, "4": 0}


def dyad(store: Store, a: str, b: str, *, by: str = "month", since: Any = None, until: Any = None,
         directed: bool = False, include_historical: bool = False, include_negated: bool = False,
         max_events: int | None = None) -> dict[str, Any]:
    """How the relation between ``a`` and ``b`` moved: per period, events per QuadClass and net Goldstein.

    ``a`` and ``b`` are country codes or code prefixes (``RUS`` matches ``RUSGOV``). Both directions count
    unless ``directed`` (then ``a`` → ``b`` only). ``series`` has one entry per period from the first to the
    last period with an event, empty periods included (a timeline without gaps); ``events`` are the events
    behind it in date order, as :meth:`Event.to_dict` gives them (the first ``max_events`` if given).

    >>> dyad(store, "RUS", "PRK")["series"][0]       # doctest: +SKIP
    {'period': '2022-08', 'events': 3, 'goldstein': 9.4, 'mean_goldstein': 3.133, 'quad': {'1': 2, ...}}
    """
    a, b = _actor_arg(a, "a"), _actor_arg(b, "b")
    period = _period_sql(by)
    where, params = _filters(since=since, until=until, include_historical=include_historical,
                             include_negated=include_negated)
    ab = f"({_actor_sql('source', 'a')} AND {_actor_sql('target', 'b')})"
    ba = f"({_actor_sql('source', 'b')} AND {_actor_sql('target', 'a')})"
    where.append(ab if directed else f"({ab} OR {ba})")
    params.update(a=a, b=b)
    with _connect(store) as conn:
        conn.execute(f"CREATE TEMP TABLE sel AS {_BASE} SELECT *, {period} AS period_ FROM base "
                     f"WHERE {' AND '.join(where)}", params)
        agg = _rows(conn.execute(
            "SELECT period_ AS period, count(*) AS events, sum(goldstein) AS goldstein, "
            "min(day_) AS first, max(day_) AS last, "
            "count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2, "
            "count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4 "
            "FROM sel GROUP BY period_"))
        limit = f" LIMIT {int(max_events)}" if max_events is not None else ""
        events = _event_dicts(_rows(conn.execute(
            "SELECT * EXCLUDE (d_, day_, period_) FROM sel "
            f"ORDER BY day_, doc_id, sentence_index, span_start, event_id{limit}")))
    by_period = {r["period"]: r for r in agg}
    series = []
    if agg:
        first = min(r["first"] for r in agg)
        last = max(r["last"] for r in agg)
        for p in _periods_between(first, last, by):
            r = by_period.get(p)
            if r is None:
                series.append({"period": p, "events": 0, "goldstein": 0.0, "mean_goldstein": 0.0,
                               "quad": _empty_quad()})
                continue
            n = int(r["events"])
            g = float(r["goldstein"] or 0.0)
            series.append({"period": p, "events": n, "goldstein": round(g, 3),
                           "mean_goldstein": round(g / n, 3) if n else 0.0,
                           "quad": {"1": int(r["q1"]), "2": int(r["q2"]), "3": int(r["q3"]), "4": int(r["q4"])}})
    total_n = sum(s["events"] for s in series)
    total_g = sum(float(r["goldstein"] or 0.0) for r in agg)
    return {
        "a": a, "b": b, "by": by, "directed": bool(directed),
        "since": parse_date_bound(since, "since") if since is not None else None,
        "until": parse_date_bound(until, "until", end=True) if until is not None else None,
        "total": {"events": total_n, "goldstein": round(total_g, 3),
                  "mean_goldstein": round(total_g / total_n, 3) if total_n else 0.0},
        "series": series, "events": events,
    }


def _actor_arg(value: str, name: str) -> str:
    value = (value or "").strip().upper()
    if not value:
        raise ValueError(f"{name}: no actor given. Fix: give a country code or actor code, such as RUS or RUSGOV.")
    return value


def top_dyads(store: Store, n: int = 10, *, since: Any = None, until: Any = None,
              include_historical: bool = False) -> list[dict[str, Any]]:
    """The ``n`` actor pairs (countries and IGOs, undirected) with the most events, busiest first.

    Each is ``{"a", "b", "events", "goldstein", "mean_goldstein", "first", "last"}`` with ``a < b``.
    """
    where, params = _filters(since=since, until=until, include_historical=include_historical)
    s, t = _key_sql("source"), _key_sql("target")
    sql = (f"{_BASE}, keyed AS (SELECT {s} AS s, {t} AS t, goldstein, day_ FROM base WHERE {' AND '.join(where)}) "
           "SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS events, sum(goldstein) AS goldstein, "
           "min(day_) AS first, max(day_) AS last FROM keyed "
           "WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t GROUP BY ALL "
           "ORDER BY events DESC, abs(sum(goldstein)) DESC, a, b LIMIT $n")
    params["n"] = int(n)
    with _connect(store) as conn:
        rows = _rows(conn.execute(sql, params))
    return [{"a": r["a"], "b": r["b"], "events": int(r["events"]), "goldstein": round(float(r["goldstein"]), 3),
             "mean_goldstein": round(float(r["goldstein"]) / int(r["events"]), 3),
             "first": r["first"].isoformat(), "last": r["last"].isoformat()} for r in rows]


# --- the alignment graph -------------------------------------------------------------------------------------

def _aggregate(conn, *, since: Any, until: Any, half_life_days: float | None, sectors: bool, score: str,
               reference_date: Any, include_historical: bool, keep_ids: bool = False,
               ) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]], date | None, str]:
    """Nodes and signed, time-decayed edges of the relation graph, aggregated in DuckDB on ``conn``.

    Leaves the temporary table ``scored`` (u, v, score, sc, day_, and event_id with ``keep_ids``: one row per
    counted event, u < v) on the connection, and returns the SQL of an event's decay factor over it, so
    that callers can go back to the events behind an edge without scanning the store again. Each edge has
    ``max_w``/``min_w``: its strongest positive and negative decayed score.
    """
    score_sql = _score_sql(score)
    if half_life_days is not None and half_life_days <= 0:
        raise ValueError(f"half_life_days={half_life_days!r} must be positive. Fix: give a number of days such as "
                         "365, or None for no decay.")
    where, params = _filters(since=since, until=until, include_historical=include_historical)
    s, t = _key_sql("source", sectors), _key_sql("target", sectors)
    where_sql = " AND ".join(where)
    conn.execute(
        f"CREATE OR REPLACE TEMP TABLE scored AS {_BASE}, keyed AS (SELECT {'event_id, ' if keep_ids else ''}"
        f"{s} AS s, {t} AS t, {score_sql} AS score, coalesce(sources_count, 1) AS sc, day_ FROM base "
        f"WHERE {where_sql}) SELECT {'event_id, ' if keep_ids else ''}least(s, t) AS u, greatest(s, t) AS v, "
        "score, sc, day_ FROM keyed WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t", params)
    ref = _day(reference_date, "reference_date") if reference_date is not None else \
        conn.execute("SELECT max(day_) FROM scored").fetchone()[0]
    if ref is None:
        return {}, [], None, "1.0"
    if half_life_days is None:
        decay = "1.0"
    else:
        decay = (f"pow(0.5, greatest(date_diff('day', day_, DATE '{ref.isoformat()}'), 0) / "
                 f"{float(half_life_days)!r})")
    edges = _rows(conn.execute(
        f"SELECT u, v, sum(w) AS weight, count(*) AS events, sum(sc) AS sources_count, "
        "count(*) FILTER (WHERE score > 0) AS positive, count(*) FILTER (WHERE score < 0) AS negative, "
        f"sum(abs(w)) AS volume, max(w) AS max_w, min(w) AS min_w "
        f"FROM (SELECT *, score * {decay} AS w FROM scored) GROUP BY u, v ORDER BY u, v"))
    # A node's label: the name it is given most often when named as a whole (no sector, or its full code),
    # over the whole store: what a country is called does not depend on the period asked about.
    labels = _rows(conn.execute(
        f"WITH keyed AS (SELECT {s} AS s, {t} AS t, source_name, target_name, source_sector, target_sector, "
        "source_code, target_code FROM events), "
        "named AS (SELECT s AS k, source_name AS name, source_sector AS sector, source_code AS code FROM keyed "
        "WHERE s IS NOT NULL UNION ALL SELECT t, target_name, target_sector, target_code FROM keyed "
        "WHERE t IS NOT NULL) "
        "SELECT k, arg_max(name, n) AS label FROM (SELECT k, name, count(*) AS n FROM named "
        "WHERE name IS NOT NULL AND (sector IS NULL OR k = code) GROUP BY k, name) GROUP BY k"))
    label_of = {r["k"]: r["label"] for r in labels}
    nodes: dict[str, dict[str, Any]] = {}
    for e in edges:
        for k in (e["u"], e["v"]):
            node = nodes.setdefault(k, {"label": label_of.get(k) or k, "events": 0, "volume": 0.0})
            node["events"] += int(e["events"])
            node["volume"] += float(e["volume"])
    return dict(sorted(nodes.items())), edges, ref, decay


def graph(store: Store, *, since: Any = None, until: Any = None, half_life_days: float | None = 365.0,
          sectors: bool = False, score: str = "goldstein", reference_date: Any = None,
          include_historical: bool = False) -> nx.Graph:
    """The signed, weighted, time-decayed relation graph between actors.

    Nodes are actor keys — countries, IGO codes, or full codes with ``sectors`` — with ``label`` (the name
    most often used for the actor), ``events`` (events on its edges) and ``volume`` (their decayed absolute
    score). An edge joins two actors with at least one event between them, in either direction:

    - ``weight``: Σ score × 0.5^(age / half_life_days), age in days before ``reference_date`` (default: the
      latest event day in the selection); score is the Goldstein value, PLOVER's score (``score="plover"``)
      or ±1 per cooperative/conflictual event (``"quad"``); explicit alignment statements score at least
      ``ALIGNMENT_SCORE``. ``half_life_days=None`` sums without decay.
    - ``events``, ``sources_count`` (outlets reporting them), ``positive`` and ``negative`` (event counts by
      sign of score).

    The graph also carries ``G.graph["reference_date"]``, ``["half_life_days"]`` and ``["score"]``.
    """
    with _connect(store) as conn:
        nodes, edges, ref, _ = _aggregate(conn, since=since, until=until, half_life_days=half_life_days,
                                          sectors=sectors, score=score, reference_date=reference_date,
                                          include_historical=include_historical)
    G = nx.Graph(reference_date=ref.isoformat() if ref else "", score=score, sectors=bool(sectors),
                 half_life_days=float(half_life_days) if half_life_days is not None else 0.0)
    for k, attrs in nodes.items():
        G.add_node(k, label=str(attrs["label"]), events=int(attrs["events"]), volume=round(attrs["volume"], 6))
    for e in edges:
        G.add_edge(e["u"], e["v"], weight=round(float(e["weight"]), 6), events=int(e["events"]),
                   sources_count=int(e["sources_count"]), positive=int(e["positive"]),
                   negative=int(e["negative"]))
    return G


def graph_json(G: nx.Graph, blocs_dict: dict[str, Any] | None = None) -> dict[str, Any]:
    """The graph as node-link JSON: ``{"nodes": [{"id", "label", "events", "volume", "bloc"?}], "links": [...]}``.

    A node gets ``bloc`` (a bloc id) from its ``bloc`` attribute or from ``blocs_dict`` (as :func:`blocs`
    returns); unaligned actors get none. Links are ``{"source", "target", "weight", "events",
    "sources_count", "positive", "negative"}``.
    """
    bloc_of = _bloc_of(blocs_dict) if blocs_dict else {}
    nodes = []
    for k in sorted(G.nodes):
        attrs = G.nodes[k]
        node = {"id": k, "label": attrs.get("label", k), "events": int(attrs.get("events", 0)),
                "volume": float(attrs.get("volume", 0.0))}
        bloc = bloc_of.get(k, attrs.get("bloc"))
        if bloc is not None and bloc != "":
            node["bloc"] = int(bloc)
        nodes.append(node)
    links = []
    for u, v in sorted((min(u, v), max(u, v)) for u, v in G.edges):
        attrs = G.edges[u, v]
        links.append({"source": u, "target": v, "weight": float(attrs.get("weight", 0.0)),
                      "events": int(attrs.get("events", 0)), "sources_count": int(attrs.get("sources_count", 0)),
                      "positive": int(attrs.get("positive", 0)), "negative": int(attrs.get("negative", 0))})
    meta = {k: v for k, v in G.graph.items() if isinstance(v, (str, int, float, bool))}
    return {"directed": False, "graph": meta, "nodes": nodes, "links": links}


def _bloc_of(blocs_dict: dict[str, Any]) -> dict[str, int]:
    return {m: int(b["id"]) for b in blocs_dict.get("blocs", []) for m in b["members"]}


def write_graph(G: nx.Graph, path: str | os.PathLike[str] | IO[bytes], format: str = "graphml",
                blocs_dict: dict[str, Any] | None = None) -> Path | None:
    """Write the graph as GraphML or GEXF (both open in Gephi) or node-link JSON; return the path.

    ``path`` may be a binary file object (then nothing is returned). With ``blocs_dict`` each node gets a
    ``bloc`` attribute (-1 for unaligned actors), for colouring in Gephi.
    """
    if format not in GRAPH_FORMATS:
        raise ValueError(f"format={format!r} is not one of {', '.join(GRAPH_FORMATS)}. "
                         "Fix: use graphml or gexf for Gephi, json for node-link JSON.")
    H = G.copy()
    if blocs_dict:
        bloc_of = _bloc_of(blocs_dict)
        for k in H.nodes:
            H.nodes[k]["bloc"] = bloc_of.get(k, -1)
    # GraphML and GEXF take only scalar attributes; None is not one.
    for _, attrs in [*H.nodes(data=True), *((None, d) for *_, d in H.edges(data=True))]:
        for key in [k for k, v in attrs.items() if v is None]:
            attrs[key] = ""
    for key in [k for k, v in H.graph.items() if not isinstance(v, (str, int, float, bool))]:
        del H.graph[key]
    is_file = hasattr(path, "write")
    if format == "json":
        data = json.dumps(graph_json(H), ensure_ascii=False, indent=1).encode("utf-8")
        if is_file:
            path.write(data)   # type: ignore[union-attr]
        else:
            Path(path).write_bytes(data)
    elif format == "graphml":
        nx.write_graphml(H, path)
    else:
        nx.write_gexf(H, path)
    return None if is_file else Path(path)


# --- blocs -----------------------------------------------------------------------------------------------------

def frustration(W: np.ndarray, labels: np.ndarray) -> float:
    """The correlation-clustering (frustration) cost of a partition of a signed graph.

    The weight of positive ties between blocs plus the weight of negative ties inside blocs: 0 for a
    perfectly balanced partition. ``W`` is a symmetric matrix with a zero diagonal.
    """
    same = labels[:, None] == labels[None, :]
    cost = np.where(same, np.maximum(-W, 0.0), np.maximum(W, 0.0))
    return float(np.triu(cost, 1).sum())


def _components(adjacency: np.ndarray) -> list[list[int]]:
    """Groups of rows joined by non-zero entries, each sorted, in order of first row."""
    n, labels = connected_components(csr_matrix(adjacency), directed=False)
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(labels.tolist()):
        groups.setdefault(c, []).append(i)
    return list(groups.values())


def _spectral_start(A: np.ndarray, W: np.ndarray) -> np.ndarray:
    """Signed spectral bisection: split a group by the sign of the leading eigenvector of its block of ``A``
    while the sum of ``A`` across the split is negative (so the split raises the within-bloc sum). Groups
    with no tie of ``W`` between them are apart from the start."""
    n = A.shape[0]
    labels = np.full(n, -1, dtype=int)
    queue = _components(W != 0)
    next_id = 0
    while queue:
        group = queue.pop(0)
        if len(group) > 1:
            idx = np.array(group)
            sub = A[np.ix_(idx, idx)]
            # Only the leading eigenpair is needed; LAPACK's MRRR driver computes just that one.
            _, vecs = scipy_eigh(sub, subset_by_index=[len(group) - 1, len(group) - 1], driver="evr")
            v = vecs[:, 0]
            side = v > 1e-9
            # Rows the eigenvector leaves near zero go to the side they are tied to more strongly.
            for j in np.nonzero(np.abs(v) <= 1e-9)[0]:
                side[j] = sub[j, side].sum() > sub[j, ~side].sum() if side.any() else False
            if side.any() and (~side).any():
                cut = sub[np.ix_(side, ~side)].sum()
                if cut < -_EPS:
                    queue.append(idx[side].tolist())
                    queue.append(idx[~side].tolist())
                    continue
        labels[group] = next_id
        next_id += 1
    return labels


def _local_search(W: np.ndarray, labels: np.ndarray, rng: np.random.Generator, max_passes: int = 100) -> np.ndarray:
    """Move single actors, then merge whole blocs, while that raises Σ W_ij over pairs in one bloc.

    A move of actor i from bloc c to bloc d changes the sum by S[i, d] - S[i, c], S[i, x] being the sum of
    i's entries into bloc x; a move to a bloc of its own changes it by -S[i, c]; merging blocs c and d
    changes it by M[c, d], the sum between them. Only strict improvements are taken, so the search ends.
    """
    n = W.shape[0]
    labels = labels.copy()
    for _ in range(max_passes):
        changed = False
        # 1. single moves, in a seeded order.
        k = int(labels.max()) + 2 if n else 1     # one spare column: a new bloc of its own
        S = np.zeros((n, k))
        for c in range(k - 1):
            S[:, c] = W[:, labels == c].sum(axis=1)
        for _ in range(max_passes):
            moved = False
            for i in rng.permutation(n):
                c = labels[i]
                empty = np.nonzero(np.bincount(labels, minlength=S.shape[1]) == 0)[0]
                gains = S[i] - S[i, c]
                gains[c] = 0.0
                occupied = np.bincount(labels, minlength=S.shape[1]) > 0
                gains[~occupied] = -np.inf
                if len(empty):
                    gains[empty[0]] = -S[i, c]
                d = int(np.argmax(gains))
                if gains[d] > _EPS:
                    if d >= S.shape[1] - 1:  # keep a spare empty column
                        S = np.hstack([S, np.zeros((n, 1))])
                    S[:, c] -= W[:, i]
                    S[:, d] += W[:, i]
                    labels[i] = d
                    moved = changed = True
            if not moved:
                break
        labels = _relabel(labels)
        # 2. merge the pair of blocs with the strongest positive tie between them, while there is one.
        while True:
            k = int(labels.max()) + 1
            onehot = np.zeros((n, k))
            onehot[np.arange(n), labels] = 1.0
            M = onehot.T @ W @ onehot
            np.fill_diagonal(M, 0.0)
            c, d = np.unravel_index(int(np.argmax(M)), M.shape)
            if M[c, d] <= _EPS:
                break
            labels[labels == max(c, d)] = min(c, d)
            labels = _relabel(labels)
            changed = True
        if not changed:
            break
    return labels


def _split_unconnected(W: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Split each bloc into the groups its positive ties connect. Actors with no positive tie between them,
    directly or through fellow members, are not put in one bloc on structure alone (and under the
    frustration cost the split never costs: only negative ties or none run between such groups)."""
    out = labels.copy()
    next_id = int(labels.max()) + 1 if len(labels) else 0
    for c in np.unique(labels):
        idx = np.nonzero(labels == c)[0]
        if len(idx) < 2:
            continue
        for part in _components(W[np.ix_(idx, idx)] > _EPS)[1:]:
            out[idx[part]] = next_id
            next_id += 1
    return _relabel(out)


def _relabel(labels: np.ndarray) -> np.ndarray:
    """Number blocs 0, 1, … in order of their first member."""
    out = np.empty_like(labels)
    seen: dict[int, int] = {}
    for i, c in enumerate(labels.tolist()):
        out[i] = seen.setdefault(c, len(seen))
    return out


def signed_modularity_matrix(W: np.ndarray) -> np.ndarray:
    """The signed modularity matrix of Gómez, Jensen & Arenas (2009), with a zero diagonal.

    B = (W⁺ − k⁺k⁺ᵀ / 2m⁺) − (W⁻ − k⁻k⁻ᵀ / 2m⁻): a positive tie counts for putting two actors together by
    how much it exceeds what their total positive ties would give at random, and a negative tie against it
    likewise. Two actors hostile to the same others get a small pull together even without a tie of their own.
    """
    Wp, Wn = np.maximum(W, 0.0), np.maximum(-W, 0.0)
    kp, kn = Wp.sum(axis=1), Wn.sum(axis=1)
    B = np.zeros_like(W)
    if kp.sum() > 0:
        B += Wp - np.outer(kp, kp) / kp.sum()
    if kn.sum() > 0:
        B -= Wn - np.outer(kn, kn) / kn.sum()
    np.fill_diagonal(B, 0.0)
    return B


OBJECTIVES = ("modularity", "frustration")


def signed_partition(W: np.ndarray, *, seed: int = 0, objective: str = "modularity") -> np.ndarray:
    """Blocs of a signed graph: signed spectral bisection, then local search, then one split.

    ``W`` is a symmetric weight matrix (positive = cooperation, negative = conflict). The partition maximises
    Σ A_ij over pairs in the same bloc, A being the signed modularity matrix
    (:func:`signed_modularity_matrix`, the default) or ``W`` itself (``objective="frustration"``: plain
    correlation clustering, which minimises :func:`frustration`):

    1. bisect by the sign of the leading eigenvector of A while a split raises the sum (Newman's method,
       signed);
    2. move single actors and merge whole blocs while that raises it (seeded order);
    3. split every bloc into the groups its positive ties connect: actors with no positive tie to each other,
       directly or through fellow members, are not put in one bloc on structure alone.

    Returns one bloc label per row, numbered in order of first member; deterministic for ``W`` and ``seed``.
    The measured recovery of planted blocs is in docs/analysis.md.
    """
    W = np.asarray(W, dtype=float)
    W = (W + W.T) / 2.0
    np.fill_diagonal(W, 0.0)
    if W.shape[0] == 0:
        return np.zeros(0, dtype=int)
    if objective == "modularity":
        A = signed_modularity_matrix(W)
    elif objective == "frustration":
        A = W
    else:
        raise ValueError(f"objective={objective!r} is not one of {', '.join(OBJECTIVES)}.")
    rng = np.random.default_rng(seed)
    labels = _local_search(A, _spectral_start(A, W), rng)
    return _split_unconnected(W, labels)


def blocs(store: Store, *, since: Any = None, until: Any = None, min_events: int = 3, seed: int = 0,
          half_life_days: float | None = 365.0, score: str = "goldstein", reference_date: Any = None,
          include_historical: bool = False) -> dict[str, Any]:
    """Partition actors into blocs from the signed relation graph (see :func:`graph`).

    Actors with fewer than ``min_events`` events are ``unaligned``: too little evidence to place them.
    The others are partitioned by :func:`signed_partition` over the graph restricted to them. Returns::

        {"blocs": [{"id": 0, "members": ["CHN", "PRK", "RUS"], "labels": {...}, "size": 3, "cohesion": 0.93}],
         "antagonisms": [{"a": 0, "b": 1, "weight": -12.5, "events": 7}],
         "unaligned": ["UKR"],
         "evidence": {"members": {"RUS": [event dicts]}, "antagonisms": {"0-1": [event dicts]}},
         "frustration": 1.2, "reference_date": "2022-08-16", "method": "…"}

    Blocs are ordered by size, then by first member; ``cohesion`` is the share of the absolute tie weight
    inside a bloc that is positive (null for a bloc of one). An antagonism is a pair of blocs whose ties sum
    negative (``weight``), most hostile first. Evidence: for each member, its strongest positive events with
    fellow members; for each antagonism, the strongest negative events across it.
    """
    if int(min_events) < 1:
        raise ValueError(f"min_events={min_events!r} must be at least 1. Fix: give min_events=3, for example.")
    method = (f"signed modularity (Gómez, Jensen & Arenas 2009): signed spectral bisection, local search, "
              f"blocs split where no positive tie joins them; ties = {score} score, time-decayed "
              f"(half-life {half_life_days} days); min_events {min_events}; seed {seed}")
    with _connect(store) as conn:
        nodes, edges, ref, decay = _aggregate(
            conn, since=since, until=until, half_life_days=half_life_days, sectors=False, score=score,
            reference_date=reference_date, include_historical=include_historical, keep_ids=True)
        eligible = [k for k, v in nodes.items() if v["events"] >= min_events]
        unaligned = [k for k, v in nodes.items() if v["events"] < min_events]
        index = {k: i for i, k in enumerate(eligible)}
        W = np.zeros((len(eligible), len(eligible)))
        for e in edges:
            i, j = index.get(e["u"]), index.get(e["v"])
            if i is not None and j is not None:
                W[i, j] = W[j, i] = float(e["weight"])
        labels = signed_partition(W, seed=seed)

        # Blocs ordered by size (largest first), then by first member.
        members: dict[int, list[str]] = defaultdict(list)
        for k, c in zip(eligible, labels.tolist()):
            members[c].append(k)
        order = sorted(members, key=lambda c: (-len(members[c]), members[c][0]))
        bloc_id = {c: i for i, c in enumerate(order)}
        bloc_of = {k: bloc_id[c] for k, c in zip(eligible, labels.tolist())}

        inside_pos: dict[int, float] = defaultdict(float)
        inside_abs: dict[int, float] = defaultdict(float)
        across: dict[tuple[int, int], float] = defaultdict(float)
        across_events: dict[tuple[int, int], int] = defaultdict(int)
        inside_edges, across_edges = [], []
        for e in edges:
            bu, bv = bloc_of.get(e["u"]), bloc_of.get(e["v"])
            if bu is None or bv is None:
                continue
            w = float(e["weight"])
            if bu == bv:
                inside_abs[bu] += abs(w)
                inside_pos[bu] += max(w, 0.0)
                inside_edges.append(e)
            else:
                key = (min(bu, bv), max(bu, bv))
                across[key] += w
                across_events[key] += int(e["events"])
                across_edges.append((key, e))
        antagonisms = sorted(({"a": a, "b": b, "weight": round(w, 3), "events": across_events[(a, b)]}
                              for (a, b), w in across.items() if w < -_EPS),
                             key=lambda x: (x["weight"], x["a"], x["b"]))
        member_ids, across_ids = _bloc_evidence(conn, decay, inside_edges,
                                                [(k, e) for k, e in across_edges if k in
                                                 {(x["a"], x["b"]) for x in antagonisms}])
        fetched = _fetch_events(conn, [i for ids in (*member_ids.values(), *across_ids.values()) for i in ids])

    out_blocs = []
    for c in order:
        i = bloc_id[c]
        ms = sorted(members[c])
        cohesion = round(inside_pos[i] / inside_abs[i], 3) if len(ms) > 1 and inside_abs[i] > 0 else None
        out_blocs.append({"id": i, "members": ms, "labels": {m: nodes[m]["label"] for m in ms},
                          "size": len(ms), "cohesion": cohesion})
    return {
        "blocs": out_blocs,
        "antagonisms": antagonisms,
        "unaligned": sorted(unaligned),
        "evidence": {
            "members": {k: [fetched[i] for i in ids if i in fetched] for k, ids in sorted(member_ids.items())},
            "antagonisms": {f"{a}-{b}": [fetched[i] for i in across_ids.get((a, b), []) if i in fetched]
                            for a, b in ((x["a"], x["b"]) for x in antagonisms)},
        },
        "frustration": round(frustration(W, labels), 3) if len(eligible) else 0.0,
        "reference_date": ref.isoformat() if ref else None,
        "method": method,
    }


def _kth(values: list[float], k: int, largest: bool) -> float:
    """The k-th largest (or smallest) value, or the loosest bound when there are fewer than k."""
    if len(values) < k:
        return 0.0
    return sorted(values, reverse=largest)[k - 1]


def _bloc_evidence(conn, decay: str, inside: list[dict[str, Any]],
                   across: list[tuple[tuple[int, int], dict[str, Any]]],
                   k: int = EVIDENCE_PER_ITEM) -> tuple[dict[str, list[str]], dict[tuple[int, int], list[str]]]:
    """The ids of each member's k strongest positive events with fellow members, and of each antagonism's k
    strongest negative events, from the ``scored`` table.

    One pass over ``scored`` with a threshold per edge: a member's k-th strongest event is at least as strong
    as the k-th largest of its edges' strongest events (those are k distinct events), so nothing weaker can
    be among its k strongest; likewise for antagonisms. Few events pass, and at most k per edge and sign.
    """
    by_member: dict[str, list[float]] = defaultdict(list)
    for e in inside:
        if e["max_w"] is not None and e["max_w"] > 0:
            by_member[e["u"]].append(e["max_w"])
            by_member[e["v"]].append(e["max_w"])
    by_pair: dict[tuple[int, int], list[float]] = defaultdict(list)
    for key, e in across:
        if e["min_w"] is not None and e["min_w"] < 0:
            by_pair[key].append(e["min_w"])
    member_thr = {m: _kth(v, k, largest=True) for m, v in by_member.items()}
    pair_thr = {key: _kth(v, k, largest=False) for key, v in by_pair.items()}
    rows = []   # u, v, pos_thr, neg_thr: an event counts if w >= pos_thr > 0 or w <= neg_thr < 0
    for e in inside:
        if e["max_w"] is not None and e["max_w"] > 0:
            rows.append((e["u"], e["v"], min(member_thr[e["u"]], member_thr[e["v"]]), float("-inf")))
    pair_of: dict[tuple[str, str], tuple[int, int]] = {}
    for key, e in across:
        if e["min_w"] is not None and e["min_w"] < 0:
            rows.append((e["u"], e["v"], float("inf"), pair_thr[key]))
            pair_of[(e["u"], e["v"])] = key
    if not rows:
        return {}, {}
    thr = pa.table({"u": [r[0] for r in rows], "v": [r[1] for r in rows],
                    "pos_thr": [r[2] for r in rows], "neg_thr": [r[3] for r in rows]})
    # The loosest thresholds first, on their own: most events fail them before the join.
    loosest = {"lp": min(r[2] for r in rows), "ln": max(r[3] for r in rows)}
    conn.register("thresholds", thr)
    try:
        found = _rows(conn.execute(
            f"WITH weighed AS (SELECT u, v, event_id, score * {decay} AS w FROM scored), "
            "strong AS (SELECT * FROM weighed WHERE (w > 0 AND w >= $lp) OR (w < 0 AND w <= $ln)) "
            "SELECT u, v, event_id, w FROM strong JOIN thresholds USING (u, v) "
            "WHERE (w > 0 AND w >= pos_thr) OR (w < 0 AND w <= neg_thr) "
            "QUALIFY row_number() OVER (PARTITION BY u, v, w > 0 ORDER BY abs(w) DESC, event_id) <= "
            f"{int(k)}", loosest))
    finally:
        conn.unregister("thresholds")
    member_c: dict[str, list[tuple[float, str]]] = defaultdict(list)
    pair_c: dict[tuple[int, int], list[tuple[float, str]]] = defaultdict(list)
    for r in found:
        if r["w"] > 0:
            for m in (r["u"], r["v"]):
                if r["w"] >= member_thr.get(m, float("inf")):
                    member_c[m].append((r["w"], r["event_id"]))
        elif (r["u"], r["v"]) in pair_of:
            pair_c[pair_of[(r["u"], r["v"])]].append((r["w"], r["event_id"]))
    member_ids = {m: [i for _, i in sorted(c, key=lambda x: (-x[0], x[1]))[:k]] for m, c in member_c.items()}
    pair_ids = {p: [i for _, i in sorted(c, key=lambda x: (x[0], x[1]))[:k]] for p, c in pair_c.items()}
    return member_ids, pair_ids


# --- shifts ----------------------------------------------------------------------------------------------------

def _pairs_sql() -> tuple[str, dict[str, Any]]:
    """CTEs ending in ``pairs``: counted events as (event_id, u, v, goldstein, day_) between two actors, u < v."""
    where, params = _filters()
    s, t = _key_sql("source"), _key_sql("target")
    sql = (f"{_BASE}, keyed AS (SELECT event_id, {s} AS s, {t} AS t, goldstein, day_ FROM base "
           f"WHERE {' AND '.join(where)}), pairs AS (SELECT event_id, least(s, t) AS u, greatest(s, t) AS v, "
           "goldstein, day_ FROM keyed WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t)")
    return sql, params


def _movers(conn, pairs: str, params: dict[str, Any], shifts_: list[dict[str, Any]],
            k: int = 2 * EVIDENCE_PER_ITEM) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """For each shift (u, v, start, mid, end, change), the ``k`` events that pulled most in the direction of
    the change: for a rise, cooperation after ``mid`` and conflict before it; for a fall, the reverse."""
    if not shifts_:
        return {}
    wanted = [{"u": x["u"], "v": x["v"], "start": x["start"], "mid": x["mid"], "end": x["end"],
               "sign": 1.0 if x["change"] >= 0 else -1.0} for x in shifts_]
    rows = _rows(conn.execute(
        f"{pairs}, wanted AS (SELECT unnest($wanted, recursive := true)) "
        "SELECT p.u, p.v, w.mid, p.event_id, p.goldstein * (CASE WHEN p.day_ > w.mid THEN 1 ELSE -1 END) "
        "* w.sign AS pull FROM pairs p JOIN wanted w ON p.u = w.u AND p.v = w.v "
        "WHERE p.day_ > w.start AND p.day_ <= w.end AND pull > 0 "
        "QUALIFY row_number() OVER (PARTITION BY p.u, p.v, w.mid ORDER BY pull DESC, p.event_id) <= $k "
        "ORDER BY p.u, p.v, w.mid, pull DESC, p.event_id", {**params, "wanted": wanted, "k": int(k)}))
    fetched = _fetch_events(conn, [r["event_id"] for r in rows])
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for r in rows:
        if r["event_id"] in fetched:
            out.setdefault((r["u"], r["v"], r["mid"].isoformat()), []).append(fetched[r["event_id"]])
    return out


def _shift_dict(r: dict[str, Any], movers: dict[tuple[str, str, str], list[dict[str, Any]]],
                windows: bool = False) -> dict[str, Any]:
    before, after = float(r["before"]), float(r["after"])
    out = {"a": r["u"], "b": r["v"], "before": round(before, 3), "after": round(after, 3),
           "change": round(after - before, 3), "events_before": int(r["n_before"]),
           "events_after": int(r["n_after"])}
    if windows:
        out.update(start=r["start"].isoformat(), middle=r["mid"].isoformat(), end=r["end"].isoformat())
    out["events"] = movers.get((r["u"], r["v"], r["mid"].isoformat()), [])
    return out


def _window_label(window: str | int | timedelta, span: timedelta) -> str:
    return window.strip() if isinstance(window, str) else f"{span.days}d"


def shifts(store: Store, *, window: str | int | timedelta = "90d", top: int = 10, end: Any = None) -> dict[str, Any]:
    """The dyads whose net Goldstein changed most between two consecutive windows ending at ``end``.

    ``after`` sums the window (end − window, end], ``before`` the one just before it; ``end`` defaults to
    the latest event day in the store. Dyads are undirected pairs of countries/IGOs. Each shift carries the
    events that moved it — those pulling in the direction of the change (conflict after or cooperation
    before for a fall, the reverse for a rise), strongest first. Ranked by the size of the change.
    """
    span, label = _shift_window(window, top)
    pairs, params = _pairs_sql()
    with _connect(store) as conn:
        end_day = _day(end, "end") if end is not None else conn.execute(
            f"{pairs} SELECT max(day_) FROM pairs", params).fetchone()[0]
        if end_day is None:
            return {"window": label, "end": None, "start": None, "middle": None, "shifts": []}
        mid, start = end_day - span, end_day - 2 * span
        rows = _rows(conn.execute(
            f"{pairs} SELECT u, v, coalesce(sum(goldstein) FILTER (WHERE day_ > $mid), 0) AS after, "
            "coalesce(sum(goldstein) FILTER (WHERE day_ <= $mid), 0) AS before, "
            "count(*) FILTER (WHERE day_ > $mid) AS n_after, count(*) FILTER (WHERE day_ <= $mid) AS n_before, "
            "$start AS start, $mid AS mid, $end AS end "
            "FROM pairs WHERE day_ > $start AND day_ <= $end GROUP BY u, v "
            "ORDER BY abs(after - before) DESC, u, v LIMIT $top",
            {**params, "start": start, "mid": mid, "end": end_day, "top": int(top)}))
        movers = _movers(conn, pairs, params, [{**r, "change": r["after"] - r["before"]} for r in rows])
    return {"window": label, "end": end_day.isoformat(), "middle": mid.isoformat(), "start": start.isoformat(),
            "shifts": [_shift_dict(r, movers) for r in rows]}


def _shift_window(window: str | int | timedelta, top: int) -> tuple[timedelta, str]:
    """The window of :func:`shifts` and :func:`shift_history` as a span and a label, with ``top`` checked."""
    span = parse_window(window)
    if int(top) < 1:
        raise ValueError(f"top={top!r} must be at least 1. Fix: give --top 10, for example.")
    return span, _window_label(window, span)


def date_range(store: Store) -> tuple[str | None, str | None]:
    """The first and last day of the events these analyses count (between two known actors; not negated,
    not historical), as ISO dates; ``(None, None)`` for a store without any."""
    pairs, params = _pairs_sql()
    with _connect(store) as conn:
        first, last = conn.execute(f"{pairs} SELECT min(day_), max(day_) FROM pairs", params).fetchone()
    return (first.isoformat() if first else None, last.isoformat() if last else None)


def shift_history(store: Store, *, window: str | int | timedelta = "365d", top: int = 10) -> dict[str, Any]:
    """The largest shifts between any two consecutive windows over the whole store, not only the latest.

    Windows are laid back from the latest event day: (end − w, end], (end − 2w, end − w], … down to the
    earliest event. Every dyad's net Goldstein in each window is compared with the window before it; the
    ``top`` changes overall are returned, each as in :func:`shifts` plus its ``start``, ``middle`` and
    ``end``. A comparison with a window before the first event is left out: a dyad's first events are not a
    shift. For a store of news up to today use :func:`shifts`; for a historical corpus this shows when each
    relation turned.
    """
    span, label = _shift_window(window, top)
    pairs, params = _pairs_sql()
    with _connect(store) as conn:
        first, last = conn.execute(f"{pairs} SELECT min(day_), max(day_) FROM pairs", params).fetchone()
        if last is None:
            return {"window": label, "end": None, "shifts": []}
        days = span.days
        k_max = (last - first).days // days       # the window holding the first event
        rows = _rows(conn.execute(
            f"{pairs}, b AS (SELECT u, v, CAST(floor(date_diff('day', day_, $last) / {days}) AS INTEGER) AS k, "
            "sum(goldstein) AS g, count(*) AS n FROM pairs GROUP BY ALL), "
            "ks AS (SELECT u, v, k FROM b WHERE k < $kmax UNION SELECT u, v, k - 1 FROM b WHERE k >= 1), "
            "ch AS (SELECT ks.u, ks.v, ks.k, coalesce(x.g, 0) AS after, coalesce(y.g, 0) AS before, "
            "coalesce(x.n, 0) AS n_after, coalesce(y.n, 0) AS n_before FROM ks "
            "LEFT JOIN b x ON x.u = ks.u AND x.v = ks.v AND x.k = ks.k "
            "LEFT JOIN b y ON y.u = ks.u AND y.v = ks.v AND y.k = ks.k + 1) "
            f"SELECT u, v, k, after, before, n_after, n_before, $last - INTERVAL ({days} * k) DAY AS end, "
            f"$last - INTERVAL ({days} * (k + 1)) DAY AS mid, $last - INTERVAL ({days} * (k + 2)) DAY AS start "
            "FROM ch ORDER BY abs(after - before) DESC, k, u, v LIMIT $top",
            {**params, "last": last, "kmax": int(k_max), "top": int(top)}))
        for r in rows:
            for key in ("start", "mid", "end"):
                r[key] = r[key].date() if isinstance(r[key], datetime) else r[key]
        movers = _movers(conn, pairs, params, [{**r, "change": r["after"] - r["before"]} for r in rows])
    return {"window": label, "end": last.isoformat(), "first": first.isoformat(),
            "shifts": [_shift_dict(r, movers, windows=True) for r in rows]}


def events_of(rows: Iterable[dict[str, Any]]) -> list[Event]:
    """Event dicts (as this module returns them) back as :class:`Event` objects."""
    return [Event.from_dict(r) for r in rows]
