"""One self-contained HTML report of a store: blocs, shifts, top dyads, and the events behind each.

The file has no external references — pictures are inline base64 PNGs, the style is inline — so it can be
mailed, archived or opened offline. Every claim in it (a bloc, an antagonism, a shift) is followed by the
events that support it, with the sentence and the trigger marked.

Example::

    from accord.store import open_store
    from accord.report import write_report
    write_report(open_store("accord-data"), "report.html", title="Russia 2010–2020")
"""
from __future__ import annotations

import base64
import html
import os
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from . import analysis, plots
from .store import Store

__all__ = ["write_report", "render_report"]

TOP_DYADS = 6
EVENTS_PER_DYAD = 8

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1100px;
padding:1.5em 2em;color:#222}
h1{margin-bottom:.1em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
.meta{color:#666}table{border-collapse:collapse;margin:.6em 0 1em;width:100%}
th,td{border-bottom:1px solid #e5e5e5;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f6f6f6;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
.pos{color:#1a7f37}.neg{color:#c62828}mark{background:#fff3b0;padding:0 .1em}
img{max-width:100%;height:auto;border:1px solid #eee}.ev td{font-size:12.5px}
details{margin:.3em 0 .8em}summary{cursor:pointer;color:#245}.chip{display:inline-block;padding:0 .45em;
border-radius:.6em;background:#eef;margin:0 .2em .2em 0;font-size:12.5px}.small{font-size:12px;color:#666}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _img(data: bytes, alt: str) -> str:
    return f'<img alt="{_e(alt)}" src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}">'


def _num(x: float | None, signed: bool = True) -> str:
    if x is None:
        return "–"
    cls = "pos" if x > 0 else "neg" if x < 0 else ""
    text = (f"{x:+.1f}" if abs(x) >= 1 or x == 0 else f"{x:+.2f}") if signed else f"{x:.2f}"
    return f'<span class="{cls}">{text}</span>'


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "–"
    name = a.get("name") or a.get("text") or ""
    return f'{_e(a.get("code"))} <span class="small">{_e(name)}</span>'


def _sentence(ev: dict[str, Any]) -> str:
    """The evidence sentence with its trigger marked."""
    sentence, trigger = ev.get("sentence") or "", ev.get("trigger") or ""
    at = sentence.lower().find(trigger.lower()) if trigger else -1
    if at < 0:
        return _e(sentence)
    end = at + len(trigger)
    return f"{_e(sentence[:at])}<mark>{_e(sentence[at:end])}</mark>{_e(sentence[end:])}"


def _events_table(events: list[dict[str, Any]]) -> str:
    if not events:
        return '<p class="small">no events</p>'
    rows = []
    for ev in events:
        flags = [f for f, on in (("historical", ev.get("historical")), ("negated", ev.get("negated")),
                                 (ev.get("modality"), ev.get("modality") not in (None, "asserted"))) if on]
        att = ev.get("attribution") or {}
        source_note = f'according to {_e(att.get("text"))}' + (" (state media)" if att.get("state_media") else "") \
            if att.get("text") else ""
        rule = (ev.get("why") or {}).get("rule", "")
        rows.append(
            f'<tr><td>{_e(ev.get("date"))}</td><td>{_actor(ev.get("source"))} → {_actor(ev.get("target"))}</td>'
            f'<td>{_e(ev.get("event_type") or "")} <span class="small">{_e(ev.get("cameo"))}</span></td>'
            f'<td class="num">{_num(ev.get("goldstein"))}</td>'
            f'<td>{_sentence(ev)}<div class="small">{_e(" · ".join(x for x in (source_note, rule, *flags) if x))} '
            f'· {_e(ev.get("doc_id"))}#{_e(ev.get("sentence_index"))}</div></td></tr>')
    return ('<table class="ev"><tr><th>date</th><th>who → whom</th><th>type</th><th>Goldstein</th>'
            '<th>evidence</th></tr>' + "".join(rows) + "</table>")


def _blocs_section(b: dict[str, Any], G, network_png: bytes) -> str:
    parts = ["<h2>Blocs</h2>",
             f'<p class="small">{_e(b["method"])}. Reference date {_e(b.get("reference_date"))}; '
             f'frustration (positive ties across blocs + negative ties inside) {b.get("frustration", 0):.2f}.</p>',
             _img(network_png, "actor network coloured by bloc")]
    if not b["blocs"]:
        parts.append("<p>No actor has enough events to be placed in a bloc.</p>")
    else:
        parts.append("<table><tr><th>bloc</th><th>members</th><th>cohesion</th></tr>")
        for bloc in b["blocs"]:
            chips = "".join(f'<span class="chip" title="{_e(bloc["labels"].get(m))}">{_e(m)}</span>'
                            for m in bloc["members"])
            coh = "–" if bloc["cohesion"] is None else f'{bloc["cohesion"]:.2f}'
            parts.append(f'<tr><td>{bloc["id"]}</td><td>{chips}</td><td class="num">{coh}</td></tr>')
        parts.append("</table>")
    if b["antagonisms"]:
        parts.append("<h3>Antagonisms</h3><table><tr><th>blocs</th><th>weight</th><th>events</th></tr>")
        for x in b["antagonisms"]:
            parts.append(f'<tr><td>{x["a"]} × {x["b"]}</td><td class="num">{_num(x["weight"])}</td>'
                         f'<td class="num">{x["events"]}</td></tr>')
        parts.append("</table>")
    if b["unaligned"]:
        parts.append(f'<p><b>Unaligned</b> (fewer events than the minimum): '
                     f'{"".join(f"<span class=chip>{_e(u)}</span>" for u in b["unaligned"])}</p>')
    parts.append("<h3>Evidence</h3>")
    for bloc in b["blocs"]:
        if bloc["size"] < 2:
            continue
        for m in bloc["members"]:
            evs = b["evidence"]["members"].get(m, [])
            parts.append(f'<details><summary>bloc {bloc["id"]}: why {_e(m)} ({_e(bloc["labels"].get(m))}) '
                         f'is in it — {len(evs)} strongest events</summary>{_events_table(evs)}</details>')
    for key, evs in b["evidence"]["antagonisms"].items():
        a, c = key.split("-")
        parts.append(f'<details><summary>blocs {a} × {c}: the strongest conflict events</summary>'
                     f'{_events_table(evs)}</details>')
    return "\n".join(parts)


def _shift_rows(shifts_: list[dict[str, Any]], with_windows: bool) -> list[str]:
    head = "<th>windows</th>" if with_windows else ""
    parts = [f'<table><tr><th>dyad</th>{head}<th>before</th><th>after</th><th>change</th><th>events</th></tr>']
    for x in shifts_:
        win = f'<td>{_e(x["start"])} … {_e(x["middle"])} … {_e(x["end"])}</td>' if with_windows else ""
        parts.append(f'<tr><td>{_e(x["a"])} ↔ {_e(x["b"])}</td>{win}<td class="num">{_num(x["before"])}</td>'
                     f'<td class="num">{_num(x["after"])}</td><td class="num">{_num(x["change"])}</td>'
                     f'<td class="num">{x["events_before"]} → {x["events_after"]}</td></tr>')
    parts.append("</table>")
    for x in shifts_:
        when = f' ({_e(x["middle"])})' if with_windows else ""
        parts.append(f'<details><summary>{_e(x["a"])} ↔ {_e(x["b"])}{when}: the events that moved it '
                     f'({_num(x["change"])})</summary>{_events_table(x["events"])}</details>')
    return parts


def _shifts_section(latest: dict[str, Any], history: dict[str, Any]) -> str:
    parts = ["<h2>Shifts</h2>"]
    if not latest["shifts"]:
        return parts[0] + "<p>No events to compare.</p>"
    parts.append(f'<h3>Latest: {_e(latest["window"])} to {_e(latest["end"])} against the {_e(latest["window"])} '
                 'before</h3>')
    parts.append(f'<p class="small">Net Goldstein of each dyad from {_e(latest["middle"])} to {_e(latest["end"])} '
                 f'(after) against {_e(latest["start"])} to {_e(latest["middle"])} (before).</p>')
    parts += _shift_rows(latest["shifts"], with_windows=False)
    if history["shifts"]:
        parts.append(f'<h3>Largest over the whole span: any two consecutive {_e(history["window"])} windows</h3>')
        parts.append(f'<p class="small">Windows laid back from {_e(history["end"])} to the first event '
                     f'({_e(history["first"])}); each dyad compared window by window.</p>')
        parts += _shift_rows(history["shifts"], with_windows=True)
    return "\n".join(parts)


def _dyads_section(store: Store, top: list[dict[str, Any]]) -> str:
    parts = ["<h2>Top dyads</h2>"]
    if not top:
        return parts[0] + "<p>No events between two known actors.</p>"
    parts.append('<table><tr><th>dyad</th><th>events</th><th>net Goldstein</th><th>mean</th><th>first</th>'
                 '<th>last</th></tr>')
    for d in top:
        parts.append(f'<tr><td>{_e(d["a"])} ↔ {_e(d["b"])}</td><td class="num">{d["events"]}</td>'
                     f'<td class="num">{_num(d["goldstein"])}</td><td class="num">{_num(d["mean_goldstein"])}</td>'
                     f'<td>{_e(d["first"])}</td><td>{_e(d["last"])}</td></tr>')
    parts.append("</table>")
    for d in top:
        span = (date.fromisoformat(d["last"]) - date.fromisoformat(d["first"])).days
        by = "month" if span <= 6 * 365 else "year"
        dy = analysis.dyad(store, d["a"], d["b"], by=by)
        strongest = sorted(dy["events"], key=lambda e: (-abs(e.get("goldstein") or 0.0), e.get("date") or ""))
        parts.append(f'<h3>{_e(d["a"])} ↔ {_e(d["b"])}</h3>')
        parts.append(_img(plots.figure_bytes(plots.plot_dyad, dy, format="png"), f'{d["a"]}–{d["b"]} timeline'))
        parts.append(f'<details><summary>the {min(EVENTS_PER_DYAD, len(strongest))} strongest of '
                     f'{len(strongest)} events</summary>{_events_table(strongest[:EVENTS_PER_DYAD])}</details>')
    return "\n".join(parts)


def render_report(store: Store, *, title: str = "accord report", window: str | None = None, top: int = 10,
                  min_events: int = 3, seed: int = 0) -> str:
    """The report as an HTML string (see :func:`write_report`)."""
    counts = store.counts()
    first, last = analysis.date_range(store)
    if window is None:
        # A quarter for a store of about a year or two; a year for one that spans more.
        years = int(last[:4]) - int(first[:4]) if first and last else 0
        window = "90d" if years < 2 else "365d"
    b = analysis.blocs(store, min_events=min_events, seed=seed)
    G = analysis.graph(store)
    network_png = plots.figure_bytes(plots.plot_network, G, b, format="png")
    s = analysis.shifts(store, window=window, top=top)
    history = analysis.shift_history(store, window=window, top=top)
    top_dyads = analysis.top_dyads(store, n=TOP_DYADS)
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    body = [
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{counts["documents"]} documents · {counts["events"]} events · '
        f'{G.number_of_nodes()} actors · {G.number_of_edges()} relations · events between actors dated '
        f'{_e(first or "–")} to {_e(last or "–")} (background history left out) · '
        f'generated {generated} by accord</p>',
        '<p class="small">Negated events never count; background (historical) events are left out of blocs, '
        'shifts and dyads. Relations are time-decayed (half-life one year) to the latest event.</p>',
        _blocs_section(b, G, network_png),
        _shifts_section(s, history),
        _dyads_section(store, top_dyads),
    ]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{_e(title)}</title>"
            f"<style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def write_report(store: Store, out_path: str | os.PathLike[str], *, title: str = "accord report",
                 window: str | None = None, top: int = 10, min_events: int = 3, seed: int = 0) -> Path:
    """Write one self-contained HTML report of the store to ``out_path`` and return its path.

    It shows the blocs (with the network picture, antagonisms, unaligned actors and the events behind every
    membership); the ``top`` shifts between the latest two windows and the ``top`` over the whole span
    (:func:`accord.analysis.shift_history`), window ``window`` (default: 90d, or 365d when the store spans
    two years or more), with the events that moved them; and the busiest dyads with their timelines.
    Written atomically.
    """
    out = Path(out_path)
    text = render_report(store, title=title, window=window, top=top, min_events=min_events, seed=seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out)
    return out
