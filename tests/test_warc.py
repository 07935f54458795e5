"""WARC input (issue: throughput and scale): the HTML responses of a CC-NEWS-style WARC file, gzipped or not,
read as documents with their URL and date — from a file the test writes with warcio."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accord.errors import InputError
from accord.pipeline import ingest
from accord.read import read_paths
from accord.store import open_store

DATA = Path(__file__).parent / "data"

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ukraine cuts ties with North Korea</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ukraine cuts ties with North Korea</h1>
<p>Ukraine cut off ties with North Korea on Wednesday after Pyongyang recognised the two Russian-backed
separatist republics in eastern Ukraine, the foreign ministry in Kyiv said.</p>
<p>North Korea became the third country after Russia and Syria to recognise the self-proclaimed republics.
Kyiv said it would ask its partners to tighten sanctions on Pyongyang.</p>
<p>Russian President Vladimir Putin sent a letter to Kim Jong Un praising the friendship between the two
countries, the Korean Central News Agency reported.</p></article>
<footer>&copy; 2022 The Example Times</footer></body></html>"""


def write_warc(path: Path, gzip: bool) -> Path:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)

        def response(url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8",
                     date: str = "2022-07-14T06:12:41Z"):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(body), http_headers=http,
                warc_headers_dict={"WARC-Date": date}))

        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "accord tests"}))
        request = StatusAndHeaders("GET /world/ukraine HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://news.example/world/ukraine", "request",
                                                      http_headers=request))
        response("https://news.example/world/ukraine", PAGE.encode("utf-8"))
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png")
        response("https://news.example/gone", b"<html><body>Not found</body></html>", status="404 Not Found")
        response("https://harbour-times.example/world/seoul-tokyo",
                 (DATA / "article.html").read_bytes(), date="2023-03-17T01:00:00Z")
    return path


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_are_read_as_documents_with_url_and_date(tmp_path, gzip):
    path = write_warc(tmp_path / ("cc-news.warc.gz" if gzip else "cc-news.warc"), gzip)
    errors = []
    docs = list(read_paths([path], on_error=errors.append))
    assert errors == []
    assert [d.url for d in docs] == ["https://news.example/world/ukraine",
                                     "https://harbour-times.example/world/seoul-tokyo"]
    ukraine, seoul = docs
    assert ukraine.published == "2022-07-14"      # the page gives no date: the day it was fetched (WARC-Date)
    assert seoul.published == "2023-03-16"        # the page's own date wins over the fetch
    assert ukraine.title == "Ukraine cuts ties with North Korea"
    assert "cut off ties with North Korea" in ukraine.text and "Home" not in ukraine.text
    assert ukraine.id.startswith("urn:uuid:") and ukraine.id != seoul.id
    assert ukraine.path == f"{path}:1" and ukraine.meta["warc_date"] == "2022-07-14T06:12:41Z"


def test_a_warc_file_is_ingested_and_reingesting_it_adds_nothing(tmp_path):
    path = write_warc(tmp_path / "cc-news.warc.gz", gzip=True)
    store = open_store(tmp_path / "store")
    summary = ingest([str(path)], store)
    assert summary.documents == 2 and summary.errors == 0
    cuts = [e for e in store.events() if e.source and e.source.country == "UKR" and e.event_type == "SANCTION"]
    assert cuts and cuts[0].date.startswith("2022")
    urls = {r["url"] for r in store.query("SELECT url FROM documents")}
    assert urls == {"https://news.example/world/ukraine", "https://harbour-times.example/world/seoul-tokyo"}
    before = store.counts()
    assert ingest([str(path)], store).documents == 0 and store.counts() == before


def test_a_file_that_is_not_warc_is_an_error_for_that_file(tmp_path):
    bad = tmp_path / "broken.warc"
    bad.write_text("this is not a web archive\n" * 20)
    errors: list[InputError] = []
    assert list(read_paths([bad], on_error=errors.append)) == []
    assert [e.code for e in errors] == ["E002"] and errors[0].path == str(bad)
