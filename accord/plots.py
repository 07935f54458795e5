"""Pictures of relations: a dyad timeline and the actor network coloured by bloc (matplotlib, PNG or SVG).

Both functions take what :mod:`accord.analysis` returns and write one file; neither reads the store.

Example::

    from accord import analysis, plots
    plots.plot_dyad(analysis.dyad(store, "RUS", "PRK"), "rus-prk.png")
    G = analysis.graph(store)
    plots.plot_network(G, analysis.blocs(store), "network.svg", format="svg")
"""
from __future__ import annotations

import io
import math
import os
from pathlib import Path
from typing import IO, Any

import matplotlib

matplotlib.use("Agg")   # files only, never a window: this runs in servers, CI and notebooks alike

import matplotlib.colors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.ticker  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

__all__ = ["FORMATS", "QUAD_COLOURS", "plot_dyad", "plot_network", "figure_bytes"]

FORMATS = ("png", "svg")
# Cooperation in blues and greens above the axis, conflict in oranges and reds below it.
QUAD_COLOURS = {"1": "#6baed6", "2": "#2171b5", "3": "#fd8d3c", "4": "#cb181d"}
QUAD_LABELS = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict",
               "4": "material conflict"}
POSITIVE, NEGATIVE, UNALIGNED = "#1a9850", "#d73027", "#bdbdbd"
MAX_EDGES_DRAWN = 600
MAX_LABELS = 120


def _check_format(format: str) -> str:
    format = (format or "png").lower()
    if format not in FORMATS:
        raise ValueError(f"format={format!r} is not one of {', '.join(FORMATS)}. Fix: use png or svg.")
    return format


def _save(fig: Figure, path: str | os.PathLike[str] | IO[bytes], format: str) -> Path | None:
    # SVG: keep text as text, and leave out the date so the same input gives the same file.
    metadata = {"Date": None} if format == "svg" else {"Software": None}
    fig.savefig(path, format=format, dpi=110, bbox_inches="tight", metadata=metadata)
    plt.close(fig)
    return None if hasattr(path, "write") else Path(path)


def figure_bytes(plot: Any, *args: Any, format: str = "png", **kwargs: Any) -> bytes:
    """Call a plot function of this module into memory and return the file's bytes (for inline images)."""
    buf = io.BytesIO()
    plot(*args, buf, format=format, **kwargs)
    return buf.getvalue()


def plot_dyad(dyad_dict: dict[str, Any], path: str | os.PathLike[str] | IO[bytes], format: str = "png",
              *, title: str | None = None) -> Path | None:
    """A dyad timeline: events per period as QuadClass bars (cooperation up, conflict down), net Goldstein
    as a line on the right axis. ``dyad_dict`` is what :func:`accord.analysis.dyad` returns."""
    format = _check_format(format)
    series = dyad_dict.get("series") or []
    periods = [s["period"] for s in series]
    x = np.arange(len(periods))
    fig, ax = plt.subplots(figsize=(max(6.0, min(16.0, 0.28 * len(periods) + 4)), 4.2))
    width = 0.8
    up = np.zeros(len(series))
    down = np.zeros(len(series))
    for q in ("1", "2", "3", "4"):
        counts = np.array([s["quad"].get(q, 0) for s in series], dtype=float)
        if q in ("1", "2"):
            ax.bar(x, counts, width, bottom=up, color=QUAD_COLOURS[q], label=QUAD_LABELS[q])
            up += counts
        else:
            ax.bar(x, -counts, width, bottom=-down, color=QUAD_COLOURS[q], label=QUAD_LABELS[q])
            down += counts
    ax.axhline(0, color="#444444", linewidth=0.8)
    ax.set_ylabel("events (conflict below the axis)")
    top = max(1.0, float(up.max()) if len(up) else 1.0, float(down.max()) if len(down) else 1.0)
    ax.set_ylim(-top * 1.15, top * 1.15)
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{abs(v):g}"))

    ax2 = ax.twinx()
    net = np.array([s["goldstein"] for s in series], dtype=float)
    ax2.plot(x, net, color="#252525", marker="o", markersize=3.5, linewidth=1.6, label="net Goldstein")
    lim = max(1.0, float(np.abs(net).max()) if len(net) else 1.0) * 1.15
    ax2.set_ylim(-lim, lim)
    ax2.set_ylabel("net Goldstein")

    step = max(1, math.ceil(len(periods) / 24))
    ax.set_xticks(x[::step])
    ax.set_xticklabels(periods[::step], rotation=45, ha="right", fontsize=8)
    ax.set_xlim(-0.6, max(len(periods) - 0.4, 0.6))
    arrow = "→" if dyad_dict.get("directed") else "↔"
    ax.set_title(title or f"{dyad_dict.get('a', '?')} {arrow} {dyad_dict.get('b', '?')}, by {dyad_dict.get('by', '')}"
                 + ("" if series else " (no events)"))
    handles, labels = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(handles + h2, labels + l2, loc="upper left", fontsize=7, frameon=False, ncol=5,
              bbox_to_anchor=(0, -0.22))
    return _save(fig, path, format)


def _bloc_colours(n: int) -> list[str]:
    """Distinct colours for blocs, leaving out the greys (grey marks unaligned actors)."""
    tab10 = [matplotlib.colors.to_hex(c) for i, c in enumerate(plt.get_cmap("tab10").colors) if i != 7]
    light = [matplotlib.colors.to_hex(c) for i, c in enumerate(plt.get_cmap("tab20").colors)
             if i % 2 == 1 and i != 15]
    palette = tab10 + light
    return [palette[i % len(palette)] for i in range(n)]


def _bloc_layout(graph: nx.Graph, blocs_list: list[dict[str, Any]], nodes: list[str]) -> dict[str, np.ndarray]:
    """Each bloc in a disc of its own (area by size) around a circle, members placed by a seeded spring
    layout of their positive ties; unaligned actors on an outer ring. A bloc reads as a group at a glance,
    which a spring layout of the whole signed graph does not give (negative ties have no length)."""
    pos: dict[str, np.ndarray] = {}
    placed = [b for b in blocs_list if any(m in graph for m in b["members"])]
    radii = [0.5 * math.sqrt(len(b["members"])) + 0.3 for b in placed]
    if len(placed) == 1:
        centres = [np.zeros(2)]
        ring = radii[0]
    else:
        gap = 0.6
        circumference = sum(2 * r + gap for r in radii)
        big = max(circumference / (2 * math.pi), (max(radii, default=0) + gap) if placed else 0)
        centres, angle = [], math.pi / 2
        for r in radii:
            step = (2 * r + gap) / max(big, 1e-9)
            angle -= step / 2
            centres.append(np.array([big * math.cos(angle), big * math.sin(angle)]))
            angle -= step / 2
        ring = big + max(radii, default=0)
    for b, centre, r in zip(placed, centres, radii):
        members = [m for m in b["members"] if m in graph]
        if len(members) == 1:
            pos[members[0]] = centre
            continue
        # The member with most events at the centre, the others on rings around it by events: blocs built
        # round one busy actor (a star) stay legible, where a spring layout crowds the leaves together.
        members.sort(key=lambda m: (-graph.nodes[m].get("events", 0), m))
        shells = [members[:1]]
        rest_members = members[1:]
        per_ring = 10
        while rest_members:
            shells.append(rest_members[:per_ring])
            rest_members = rest_members[per_ring:]
            per_ring += 8
        if len(members) <= 4:    # a small bloc: its members on a circle, no one in the centre
            inner = {m: np.array([math.cos(math.pi / 2 + 2 * math.pi * i / len(members)),
                                  math.sin(math.pi / 2 + 2 * math.pi * i / len(members))])
                     for i, m in enumerate(members)}
        else:
            inner = nx.shell_layout(nx.empty_graph(members), nlist=shells)
        for m in members:
            pos[m] = centre + np.asarray(inner[m]) * r * 0.9
    rest = [n for n in nodes if n not in pos]
    for i, n in enumerate(rest):
        angle = math.pi / 2 - 2 * math.pi * i / max(len(rest), 1)
        pos[n] = np.array([(ring + 0.8) * math.cos(angle), (ring + 0.8) * math.sin(angle)])
    return pos


def plot_network(graph: nx.Graph, blocs_dict: dict[str, Any] | None, path: str | os.PathLike[str] | IO[bytes],
                 format: str = "png", *, title: str | None = None) -> Path | None:
    """The actor network: nodes coloured by bloc (grey: unaligned) and sized by events; edges green for
    cooperation and red for conflict, as wide as their weight. ``graph`` is :func:`accord.analysis.graph`'s,
    ``blocs_dict`` :func:`accord.analysis.blocs`'s (or None). The layout is seeded: the same input draws the
    same picture. Only the strongest edges are drawn on large graphs (600)."""
    format = _check_format(format)
    bloc_of: dict[str, int] = {}
    blocs_list = (blocs_dict or {}).get("blocs", [])
    for b in blocs_list:
        for m in b["members"]:
            bloc_of[m] = int(b["id"])
    colours = _bloc_colours(max(1, len(blocs_list)))
    nodes = sorted(graph.nodes)
    fig, ax = plt.subplots(figsize=(10, 8.5))
    ax.set_axis_off()
    ax.set_aspect("equal")
    if not nodes:
        ax.text(0.5, 0.5, "no actors", ha="center", va="center", transform=ax.transAxes)
        return _save(fig, path, format)

    edges = sorted(graph.edges(data=True),
                   key=lambda e: (-abs(e[2].get("weight", 0.0)), min(e[0], e[1]), max(e[0], e[1])))
    edges = edges[:MAX_EDGES_DRAWN]
    pos = _bloc_layout(graph, blocs_list, nodes)

    wmax = max((abs(d.get("weight", 0.0)) for *_, d in edges), default=1.0) or 1.0
    for u, v, d in reversed(edges):   # strongest drawn last, on top
        w = d.get("weight", 0.0)
        ax.plot([pos[u][0], pos[v][0]], [pos[u][1], pos[v][1]], color=POSITIVE if w >= 0 else NEGATIVE,
                linewidth=0.4 + 3.6 * abs(w) / wmax, alpha=0.55, zorder=1,
                linestyle="-" if w >= 0 else (0, (3, 1.5)))
    events = np.array([graph.nodes[n].get("events", 1) for n in nodes], dtype=float)
    sizes = 40 + 460 * np.sqrt(events / max(events.max(), 1.0))
    node_colours = [colours[bloc_of[n] % len(colours)] if n in bloc_of else UNALIGNED for n in nodes]
    xy = np.array([pos[n] for n in nodes])
    ax.scatter(xy[:, 0], xy[:, 1], s=sizes, c=node_colours, edgecolors="#333333", linewidths=0.6, zorder=2)
    label_nodes = set(sorted(nodes, key=lambda n: -graph.nodes[n].get("events", 0))[:MAX_LABELS])
    for n in nodes:
        if n in label_nodes:
            ax.annotate(n, pos[n], fontsize=7 if n in bloc_of else 6, ha="center", va="center", zorder=3,
                        fontweight="bold" if n in bloc_of else "normal")
    def busiest(members: list[str]) -> list[str]:
        return sorted(members, key=lambda m: (-graph.nodes[m].get("events", 0) if m in graph else 0, m))

    legend = [Patch(color=colours[b["id"] % len(colours)],
                    label=f"bloc {b['id']}: {', '.join(busiest(b['members'])[:4])}"
                    + (" …" if len(b["members"]) > 4 else "")) for b in blocs_list[:10]]
    if any(n not in bloc_of for n in nodes):
        legend.append(Patch(color=UNALIGNED, label="unaligned"))
    legend += [Line2D([0], [0], color=POSITIVE, label="cooperation"),
               Line2D([0], [0], color=NEGATIVE, linestyle=(0, (3, 1.5)), label="conflict")]
    ax.legend(handles=legend, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    ax.set_title(title or f"actor network ({len(nodes)} actors, {graph.number_of_edges()} relations)")
    return _save(fig, path, format)
