"""`accord watch` (issue: throughput and scale): a local folder and a feed served on 127.0.0.1 are polled, what is
new is ingested, and the watcher runs until SIGTERM, then exits cleanly."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.store import open_store
from accord.watch import parse_every

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (Path(__file__).parent / "data" / "article.html").read_bytes()

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>World desk</title><link>{base}/</link><description>World news</description>
<item><title>Ukraine cuts ties with North Korea</title><link>{base}/world/ukraine</link><guid>world-1</guid>
<pubDate>Thu, 14 Jul 2022 06:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Ukraine cut off ties with North Korea on Wednesday after Pyongyang recognised the
separatist republics in eastern Ukraine.</p><p>Kyiv said it would ask its partners to tighten sanctions.</p>]]>
</content:encoded></item>
<item><title>Seoul and Tokyo agree to resume security talks</title><link>{base}/world/seoul-tokyo</link>
<guid>world-2</guid><pubDate>Thu, 16 Mar 2023 01:00:00 GMT</pubDate><description>A teaser.</description></item>
</channel></rss>"""


class Site(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:   # noqa: N802 (http.server's name)
        Site.requests.append(self.path)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        pages = {"/feed.xml": (FEED.format(base=base).encode(), "application/rss+xml"),
                 "/world/seoul-tokyo": (ARTICLE, "text/html; charset=utf-8")}
        if self.path not in pages:
            self.send_error(404)
            return
        body, ctype = pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def site():
    Site.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "inbox"
    path.mkdir()
    (path / "letter.txt").write_text("Putin writes to Kim\n\nVladimir Putin sent a letter to Kim Jong Un on "
                                     "Liberation Day, KCNA reported.\n", encoding="utf-8")
    return path


def test_intervals():
    assert parse_every("15m") == 900 and parse_every("30s") == 30 and parse_every("1h30m") == 5400
    assert parse_every("2") == 2
    for bad in ("soon", "15x", "0m", ""):
        with pytest.raises(ValueError):
            parse_every(bad)


def test_a_pass_ingests_a_folder_and_a_feed_and_the_next_pass_only_what_is_new(site, folder, tmp_path):
    runner = CliRunner()
    store_dir = tmp_path / "store"
    args = ["watch", str(folder), f"{site}/feed.xml", "--once", "--store", str(store_dir), "--timeout", "5"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    store = open_store(store_dir)
    docs = {r["doc_id"]: r for r in store.query("SELECT doc_id, url, published, source, title FROM documents")}
    assert set(docs) == {"world-1", "world-2"} | {d for d in docs if d not in {"world-1", "world-2"}}
    assert len(docs) == 3
    assert docs["world-1"]["published"] == "2022-07-14" and docs["world-1"]["source"] == "World desk"
    assert docs["world-2"]["url"] == f"{site}/world/seoul-tokyo"
    # the entry with its full content was not fetched; the other one was, once
    assert Site.requests == ["/feed.xml", "/world/seoul-tokyo"]
    assert any(e.source and e.source.country == "UKR" for e in store.events())

    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert store.counts()["documents"] == 3
    assert Site.requests[2:] == ["/feed.xml"], "a known entry is not fetched again"

    (folder / "more.txt").write_text("Japan protests\n\nJapan protested to China over the missile test.\n",
                                     encoding="utf-8")
    assert runner.invoke(app, args).exit_code == 0
    assert store.counts()["documents"] == 4


def test_a_feed_that_does_not_answer_is_an_error_and_the_rest_goes_on(folder, tmp_path):
    result = CliRunner().invoke(app, ["watch", str(folder), "http://127.0.0.1:9/feed.xml", "--once",
                                      "--store", str(tmp_path / "store"), "--timeout", "2"])
    assert result.exit_code == 1, result.output
    store = open_store(tmp_path / "store")
    assert store.counts()["documents"] == 1
    (row,) = store.query("SELECT path, code FROM errors")
    assert row == {"path": "http://127.0.0.1:9/feed.xml", "code": "E002"}


def test_watch_keeps_running_until_sigterm_then_exits_cleanly(folder, tmp_path):
    store_dir = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "accord.cli", "watch", str(folder), "--every", "1s",
                             "--store", str(store_dir)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not list((store_dir / "documents").glob("*.parquet")):
            assert proc.poll() is None, proc.communicate()[0]
            time.sleep(0.2)
        assert list((store_dir / "documents").glob("*.parquet")), "the first pass stored nothing"
        (folder / "later.txt").write_text("Seoul summons envoy\n\nSouth Korea summoned the Japanese ambassador.\n",
                                          encoding="utf-8")
        while time.monotonic() < deadline and open_store(store_dir).counts()["documents"] < 2:
            time.sleep(0.2)
        assert open_store(store_dir).counts()["documents"] == 2, "a later pass picks up the new file"
        assert proc.poll() is None, "it keeps running between passes"
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out
