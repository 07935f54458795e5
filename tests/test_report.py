"""The HTML report: one self-contained file, pictures inline, the evidence behind every claim."""
from __future__ import annotations

import re

from accord.report import write_report
from accord.store import open_store

from test_analysis import BLOC_A, BLOC_B, event, planted_events, write

URL_ATTR = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def test_report_is_one_self_contained_html_file(tmp_path):
    events, _ = planted_events(noise_seed=0)
    # The strongest conflict across the blocs: shown as evidence of their antagonism.
    events.append(event(900, "RUS", "USA", ("190", -10.0, 4), "2022-03-10",
                        sentence="Russia <b>cut</b> ties & event with the US, see https://example.org/x."))
    store = write(tmp_path / "store", events)
    out = write_report(store, tmp_path / "out" / "report.html", title="Planted <blocs>")
    assert out == tmp_path / "out" / "report.html"
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.html"]     # nothing beside it
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    # Pictures are inline; nothing is fetched from anywhere.
    images = re.findall(r'<img [^>]*src="([^"]+)"', html)
    assert len(images) >= 2 and all(src.startswith("data:image/png;base64,") for src in images)
    assert not URL_ATTR.search(html)
    assert "<link" not in html and "<script" not in html
    # Text from the store is escaped, not markup.
    assert "Planted &lt;blocs&gt;" in html
    assert "Russia &lt;b&gt;cut&lt;/b&gt; ties &amp; <mark>event</mark>" in html
    # Blocs, shifts, top dyads, and the events behind them.
    for heading in ("Blocs", "Shifts", "Top dyads", "Antagonisms", "Evidence"):
        assert f">{heading}</h" in html
    for code in BLOC_A + BLOC_B:
        assert f">{code}</span>" in html
    assert "<mark>event</mark>" in html            # the trigger marked in the evidence sentence


def test_report_of_an_empty_store(tmp_path):
    store = open_store(tmp_path / "store")
    html = write_report(store, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "No actor has enough events" in html and "No events to compare" in html
    assert not URL_ATTR.search(html)
