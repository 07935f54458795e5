"""The analysis commands of the CLI: ``dyad``, ``graph``, ``blocs``, ``shifts``, ``report``.

A thin layer over :mod:`accord.analysis`, :mod:`accord.plots` and :mod:`accord.report`: it parses options,
calls the library and prints. The main CLI adds these commands with ``cli_analysis.register(app)``.
Exit codes: 0 ok, 2 usage error (a bad option value or a store that is not there), with a message that names
the option and the fix.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from .store import Store

__all__ = ["register"]

STORE_HELP = "The event store directory (written by `accord ingest`)."
SINCE_HELP = "Only events whose whole date lies on or after this date: YYYY, YYYY-MM or YYYY-MM-DD."
HALF_LIFE_HELP = "Half-life of an event's weight, in days (0: no decay)."
UNTIL_HELP = "Only events whose whole date lies on or before this date: YYYY, YYYY-MM or YYYY-MM-DD."


# --- option checks ----------------------------------------------------------------------------------------------

def _bad(option: str, message: str) -> typer.BadParameter:
    return typer.BadParameter(message, param_hint=f"'{option}'")


def _choice(value: str, choices: tuple[str, ...], option: str) -> str:
    v = (value or "").strip().lower()
    if v not in choices:
        raise _bad(option, f"{value!r} is not one of {', '.join(choices)}. Fix: give {option} {choices[0]}, "
                           f"for example.")
    return v


def _date(value: Optional[str], option: str) -> Optional[str]:
    from . import analysis

    if value is None:
        return None
    try:
        analysis.parse_date_bound(value, option)
    except ValueError:
        raise _bad(option, f"{value!r} is not a date. Fix: give YYYY, YYYY-MM or YYYY-MM-DD, "
                           f"for example {option} 2022-08.") from None
    return value


def _store(path: Path) -> Store:
    from .store import Store

    try:
        return Store(path, create=False)
    except FileNotFoundError:
        raise _bad("--store", f"{str(path)!r} is not an event store (no documents/ folder in it). Fix: give the "
                              "folder `accord ingest` wrote, for example --store accord-data.") from None


def _half_life(days: float) -> Optional[float]:
    if days < 0:
        raise _bad("--half-life", f"{days:g} is negative. Fix: give a number of days such as 365, or 0 for "
                                  "no decay.")
    return None if days == 0 else days


def _emit_json(obj: Any, out: Optional[Path]) -> None:
    text = json.dumps(obj, ensure_ascii=False, indent=2, default=str)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
        Console(stderr=True).print(f"wrote {out}")
    else:
        sys.stdout.write(text + "\n")


def _console() -> Console:
    return Console(soft_wrap=False)


def _fmt(x: Optional[float]) -> str:
    if x is None:
        return "–"
    colour = "green" if x > 0 else "red" if x < 0 else "default"
    return f"[{colour}]{x:+.2f}[/]"


# --- commands ---------------------------------------------------------------------------------------------------

def dyad_cmd(
    a: str = typer.Argument(..., help="First actor: a country code or code prefix (RUS matches RUSGOV)."),
    b: str = typer.Argument(..., help="Second actor, likewise."),
    store: Path = typer.Option(Path("accord-data"), "--store", help=STORE_HELP),
    by: str = typer.Option("month", "--by", help="Period of the series: week, month or year."),
    since: Optional[str] = typer.Option(None, "--since", help=SINCE_HELP),
    until: Optional[str] = typer.Option(None, "--until", help=UNTIL_HELP),
    directed: bool = typer.Option(False, "--directed", help="Only events from A to B (default: both ways)."),
    include_historical: bool = typer.Option(False, "--include-historical",
                                            help="Add background (historical) events, at their own dates."),
    format: str = typer.Option("table", "--format", help="table, json, png or svg."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write to this file (png/svg default: dyad-A-B.png)."),
) -> None:
    """How a relation moved: events per QuadClass and net Goldstein per period, with the events.

    Both directions count unless --directed (then A to B only); A and B are country codes or code prefixes
    (RUS matches RUSGOV). Negated events never count; background (historical) events only with
    --include-historical. The table lists the events with their evidence sentences; --format json gives
    all of them.

    \b
    Examples:
      accord dyad RUS PRK
      accord dyad RUS PRK --by year --format json --out rus-prk.json
      accord dyad RUS UKR --since 2014 --until 2015 --format png --out rus-ukr.png
    """
    from . import analysis, plots

    by = _choice(by, analysis.BY, "--by")
    format = _choice(format, ("table", "json", "png", "svg"), "--format")
    since, until = _date(since, "--since"), _date(until, "--until")
    st = _store(store)
    result = analysis.dyad(st, a, b, by=by, since=since, until=until, directed=directed,
                           include_historical=include_historical)
    if format == "json":
        _emit_json(result, out)
        return
    if format in ("png", "svg"):
        path = out or Path(f"dyad-{result['a']}-{result['b']}.{format}")
        plots.plot_dyad(result, path, format=format)
        typer.echo(str(path))
        return
    con = _console()
    arrow = "→" if directed else "↔"
    t = Table(title=f"{result['a']} {arrow} {result['b']} by {by}")
    # QuadClass 1-4: verbal and material cooperation, verbal and material conflict.
    for col in ("period", "events", "v.coop", "m.coop", "v.confl", "m.confl", "net", "mean"):
        t.add_column(col, justify="left" if col == "period" else "right")
    empty = 0
    for s in result["series"]:
        if not s["events"]:
            empty += 1
            continue
        q = s["quad"]
        t.add_row(s["period"], str(s["events"]), str(q["1"]), str(q["2"]), str(q["3"]), str(q["4"]),
                  _fmt(s["goldstein"]), _fmt(s["mean_goldstein"]))
    tot = result["total"]
    t.add_row("total", str(tot["events"]), "", "", "", "", _fmt(tot["goldstein"]), _fmt(tot["mean_goldstein"]),
              style="bold")
    con.print(t)
    con.print("[dim]v./m.: verbal/material; net and mean: Goldstein.[/]")
    if empty:
        con.print(f"[dim]{empty} period(s) without events not shown.[/]")
    _print_events(con, result["events"], limit=20, title="events")


def _print_events(con: Console, events: list[dict[str, Any]], *, limit: int, title: str) -> None:
    if not events:
        return
    t = Table(title=title, show_lines=False)
    for col in ("date", "source → target", "type", "Goldstein", "sentence"):
        t.add_column(col, overflow="fold")
    for ev in events[:limit]:
        src = (ev.get("source") or {}).get("code") or "–"
        tgt = (ev.get("target") or {}).get("code") or "–"
        t.add_row(ev.get("date") or "", f"{src} → {tgt}", f"{ev.get('event_type') or ''} {ev.get('cameo')}",
                  _fmt(ev.get("goldstein")), ev.get("sentence") or "")
    con.print(t)
    if len(events) > limit:
        con.print(f"[dim]… {len(events) - limit} more; --format json lists them all.[/]")


def graph_cmd(
    store: Path = typer.Option(Path("accord-data"), "--store", help=STORE_HELP),
    since: Optional[str] = typer.Option(None, "--since", help=SINCE_HELP),
    until: Optional[str] = typer.Option(None, "--until", help=UNTIL_HELP),
    half_life: float = typer.Option(365.0, "--half-life", help=HALF_LIFE_HELP),
    sectors: bool = typer.Option(False, "--sectors",
                                 help="Keep sub-state actors (RUSGOV, RUSMIL) apart from their country."),
    score: str = typer.Option("goldstein", "--score", help="Edge score: goldstein, plover or quad."),
    format: str = typer.Option("json", "--format", help="json (node-link), graphml or gexf (both open in Gephi)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write to this file (default: standard output)."),
) -> None:
    """The signed alignment graph between actors, as JSON, GraphML or GEXF.

    Nodes are countries and IGOs (sub-state actors rolled up unless --sectors); an edge's weight is the
    time-decayed net score of the events between two actors (positive: cooperation, negative: conflict),
    with its event and source counts. GraphML and GEXF open in Gephi.

    \b
    Examples:
      accord graph --format gexf --out relations.gexf
      accord graph --since 2014 --half-life 180 --format graphml --out relations.graphml
      accord graph --sectors --score plover --format json
    """
    from . import analysis

    format = _choice(format, analysis.GRAPH_FORMATS, "--format")
    score = _choice(score, analysis.SCORES, "--score")
    since, until = _date(since, "--since"), _date(until, "--until")
    st = _store(store)
    G = analysis.graph(st, since=since, until=until, half_life_days=_half_life(half_life), sectors=sectors,
                       score=score)
    if out:
        analysis.write_graph(G, out, format)
        Console(stderr=True).print(f"wrote {out} ({G.number_of_nodes()} actors, {G.number_of_edges()} relations)")
    elif format == "json":
        _emit_json(analysis.graph_json(G), None)
    else:
        analysis.write_graph(G, sys.stdout.buffer, format)
        sys.stdout.buffer.flush()


def blocs_cmd(
    store: Path = typer.Option(Path("accord-data"), "--store", help=STORE_HELP),
    since: Optional[str] = typer.Option(None, "--since", help=SINCE_HELP),
    until: Optional[str] = typer.Option(None, "--until", help=UNTIL_HELP),
    min_events: int = typer.Option(3, "--min-events", help="Actors with fewer events are listed as unaligned."),
    seed: int = typer.Option(0, "--seed", help="Seed of the local search: same store and seed, same blocs."),
    half_life: float = typer.Option(365.0, "--half-life", help=HALF_LIFE_HELP),
    format: str = typer.Option("table", "--format", help="table or json."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the JSON to this file."),
) -> None:
    """Blocs of actors from the signed graph, with the events behind each membership.

    Cooperation ties actors into a bloc, conflict sets blocs apart (signed modularity; see
    docs/analysis.md). Also lists the antagonisms between blocs and, as unaligned, the actors with fewer
    than --min-events events.

    \b
    Examples:
      accord blocs
      accord blocs --since 2014 --min-events 5 --format json --out blocs.json
    """
    from . import analysis

    format = _choice(format, ("table", "json"), "--format")
    if min_events < 1:
        raise _bad("--min-events", f"{min_events} is below 1. Fix: give --min-events 3, for example.")
    since, until = _date(since, "--since"), _date(until, "--until")
    st = _store(store)
    result = analysis.blocs(st, since=since, until=until, min_events=min_events, seed=seed,
                            half_life_days=_half_life(half_life))
    if format == "json" or out:
        _emit_json(result, out)
        return
    con = _console()
    t = Table(title="blocs")
    t.add_column("bloc", justify="right")
    t.add_column("members", overflow="fold")
    t.add_column("cohesion", justify="right")
    t.add_column("strongest evidence", overflow="fold")
    for bloc in result["blocs"]:
        evidence = ""
        for m in bloc["members"]:
            evs = result["evidence"]["members"].get(m)
            if evs:
                evidence = f"{evs[0].get('date') or ''}: {evs[0].get('sentence') or ''}"
                break
        coh = "–" if bloc["cohesion"] is None else f"{bloc['cohesion']:.2f}"
        t.add_row(str(bloc["id"]), ", ".join(bloc["members"]), coh, evidence)
    con.print(t)
    if result["antagonisms"]:
        ta = Table(title="antagonisms")
        for col in ("blocs", "weight", "events", "strongest evidence"):
            ta.add_column(col, overflow="fold")
        for x in result["antagonisms"]:
            evs = result["evidence"]["antagonisms"].get(f"{x['a']}-{x['b']}") or []
            ev = f"{evs[0].get('date') or ''}: {evs[0].get('sentence') or ''}" if evs else ""
            ta.add_row(f"{x['a']} × {x['b']}", _fmt(x["weight"]), str(x["events"]), ev)
        con.print(ta)
    if result["unaligned"]:
        con.print(f"unaligned (fewer than {min_events} events): {', '.join(result['unaligned'])}")
    con.print(f"[dim]{result['method']}[/]")


def shifts_cmd(
    store: Path = typer.Option(Path("accord-data"), "--store", help=STORE_HELP),
    window: str = typer.Option("90d", "--window", help="Window length: 90d, 12w, 6m (30 days each) or 1y."),
    top: int = typer.Option(10, "--top", help="How many dyads to show."),
    end: Optional[str] = typer.Option(None, "--end", help="Last day of the later window (default: the latest event)."),
    history: bool = typer.Option(False, "--history", help="The largest shifts between any two consecutive windows "
                                                          "over the whole store, not only the latest two."),
    format: str = typer.Option("table", "--format", help="table or json."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the JSON to this file."),
) -> None:
    """The dyads whose relation changed most between two consecutive windows.

    Compares each dyad's net Goldstein in the window ending at --end (default: the latest event) with the
    window before it, and shows the events that moved it.

    \b
    Examples:
      accord shifts
      accord shifts --window 1y --top 5 --format json
      accord shifts --window 6m --end 2014-12-31
      accord shifts --window 1y --history
    """
    from . import analysis

    format = _choice(format, ("table", "json"), "--format")
    try:
        analysis.parse_window(window)
    except ValueError:
        raise _bad("--window", f"{window!r} is not a window length. Fix: give a number and a unit, d (days), "
                               "w (weeks), m (30 days) or y (365 days), for example --window 90d.") from None
    if top < 1:
        raise _bad("--top", f"{top} is below 1. Fix: give --top 10, for example.")
    end = _date(end, "--end")
    if history and end:
        raise _bad("--end", "--history lays its windows back from the latest event. Fix: leave out --end, or "
                            "leave out --history.")
    st = _store(store)
    if history:
        result = analysis.shift_history(st, window=window, top=top)
    else:
        result = analysis.shifts(st, window=window, top=top, end=end)
    if format == "json" or out:
        _emit_json(result, out)
        return
    con = _console()
    if not result["shifts"]:
        con.print("no events to compare")
        return
    if history:
        title = f"largest shifts between consecutive {result['window']} windows, {result['first']} … {result['end']}"
    else:
        title = f"shifts: {result['start']} … {result['middle']} against … {result['end']} ({result['window']} each)"
    t = Table(title=title)
    cols = ["dyad", *(["windows"] if history else []), "before", "after", "change", "events", "what moved it"]
    for col in cols:
        t.add_column(col, overflow="fold", justify="right" if col in ("before", "after", "change") else "left")
    for x in result["shifts"]:
        ev = x["events"][0] if x["events"] else None
        moved = f"{ev.get('date') or ''}: {ev.get('sentence') or ''}" if ev else ""
        windows = [f"{x['start']} … {x['middle']} … {x['end']}"] if history else []
        t.add_row(f"{x['a']} ↔ {x['b']}", *windows, _fmt(x["before"]), _fmt(x["after"]), _fmt(x["change"]),
                  f"{x['events_before']} → {x['events_after']}", moved)
    con.print(t)


def report_cmd(
    out: Path = typer.Option(..., "--out", help="The HTML file to write."),
    store: Path = typer.Option(Path("accord-data"), "--store", help=STORE_HELP),
    title: str = typer.Option("accord report", "--title", help="Title of the report."),
    window: Optional[str] = typer.Option(None, "--window", help="Shift window (default: 90d, or 365d for a store "
                                                                "spanning two years or more)."),
    min_events: int = typer.Option(3, "--min-events", help="Actors with fewer events are unaligned."),
) -> None:
    """Write one self-contained HTML report: blocs, shifts, top dyads and their events.

    Pictures are inline and nothing links outside the file, so it can be mailed or archived. Prints the
    path written.

    \b
    Examples:
      accord report --out report.html
      accord report --store accord-data --title "Russia 2010-2020" --window 1y --out russia.html
    """
    from . import analysis
    from .report import write_report

    if window is not None:
        try:
            analysis.parse_window(window)
        except ValueError:
            raise _bad("--window", f"{window!r} is not a window length. Fix: give for example --window 90d or "
                                   "--window 1y.") from None
    st = _store(store)
    path = write_report(st, out, title=title, window=window, min_events=min_events)
    typer.echo(str(path))


def _help(fn: Any) -> str:
    """A command's docstring as help text: prose paragraphs joined into one line each (the terminal wraps
    them), example blocks (marked ``\\b``) kept line by line."""
    import inspect

    paragraphs = inspect.cleandoc(fn.__doc__ or "").split("\n\n")
    return "\n\n".join(p if p.startswith("\b") else " ".join(p.split()) for p in paragraphs)


def register(app: typer.Typer) -> None:
    """Add ``dyad``, ``graph``, ``blocs``, ``shifts`` and ``report`` to the CLI ``app``."""
    for name, fn in (("dyad", dyad_cmd), ("graph", graph_cmd), ("blocs", blocs_cmd), ("shifts", shifts_cmd),
                     ("report", report_cmd)):
        app.command(name, help=_help(fn))(fn)


def demo_hook(store: Store, report: str | Path) -> None:
    """Called by ``accord demo`` after it has coded the demo corpus: write the report and print its path."""
    from .report import write_report

    path = write_report(store, report, title="accord demo: relations and blocs in the demo corpus")
    typer.echo(f"report: {path.resolve()}")
