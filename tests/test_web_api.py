"""The JSON API on a real store coded from the seed article: every endpoint, the token, 422/413, live reads."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import httpx
import pytest

with warnings.catch_warnings():   # Starlette 1.x asks for httpx2, which the lock file does not have yet
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

from accord.models import EVENT_FIELDS
from accord.store import open_store
from accord.web import create_app
from accord.web.app import (ActorsOut, BlocsOut, CodeOut, DocumentOut, DyadOut, EventsPage, GraphOut,
                            HealthOut, MAX_BODY_BYTES, ShiftsOut)

SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "russia-north-korea.txt"
pytestmark = pytest.mark.skipif(
    not SEED.exists(), reason=f"the seed article is missing ({SEED}); it lives in the shared data folder "
                              "beside the repository")
PUBLISHED = "2022-08-16"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    from accord.pipeline import ingest

    path = tmp_path_factory.mktemp("web-api") / "store"
    summary = ingest([str(SEED)], open_store(path), published=PUBLISHED)
    assert summary.documents == 1 and summary.events > 0, summary.as_dict()
    return path


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(str(store_path))) as c:
        yield c


@pytest.fixture(scope="module")
def all_events(client) -> list[dict]:
    r = client.get("/api/events", params={"limit": 1000})
    assert r.status_code == 200
    return r.json()["events"]


def codes(e: dict) -> set[str]:
    return {a["code"] for a in (e["source"], e["target"]) if a} | \
           {a["country"] for a in (e["source"], e["target"]) if a and a["country"]}


def involves(e: dict, actor: str) -> bool:
    return any(c.startswith(actor) for c in codes(e))


# --- reading ---------------------------------------------------------------------------------------------------

def test_healthz_counts_the_store(client, store_path):
    r = client.get("/healthz")
    assert r.status_code == 200
    body = HealthOut.model_validate(r.json())
    assert body.status == "ok" and body.documents == 1
    assert body.events == open_store(store_path).counts()["events"] > 0


def test_events_are_the_design_record(client, all_events):
    page = EventsPage.model_validate(client.get("/api/events", params={"limit": 1000}).json())
    assert page.next_cursor is None and len(page.events) == len(all_events)
    for e in all_events:
        assert list(e) == EVENT_FIELDS
        assert len(e["span"]) == 2 and e["sentence"]
        assert 1 <= e["quad_class"] <= 4


def test_events_filters(client, all_events):
    rus = client.get("/api/events", params={"actor": "rus", "limit": 1000}).json()["events"]
    assert rus and all(involves(e, "RUS") for e in rus)
    assert {e["event_id"] for e in rus} == {e["event_id"] for e in all_events if involves(e, "RUS")}

    some_type = next(e["event_type"] for e in all_events if e["event_type"])
    typed = client.get("/api/events", params={"type": some_type.lower(), "limit": 1000}).json()["events"]
    assert typed and all(e["event_type"] == some_type for e in typed)

    word = "letter"
    found = client.get("/api/events", params={"q": word.upper()}).json()["events"]
    assert all(word in e["sentence"].lower() for e in found)
    assert len(found) == sum(word in e["sentence"].lower() for e in all_events)

    dated = client.get("/api/events", params={"since": "2022-07", "until": "2022-08-31"}).json()["events"]
    assert all(e["date"] and "2022-07" <= e["date"][:7] <= "2022-08" for e in dated)

    kept = client.get("/api/events", params={"include_negated": "false", "limit": 1000}).json()["events"]
    assert not any(e["negated"] for e in kept)


def test_paging_with_the_cursor_visits_every_event_once(client, all_events):
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        body = client.get("/api/events", params=params).json()
        seen += [e["event_id"] for e in body["events"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
        assert isinstance(cursor, str) and len(body["events"]) == 2
    assert seen == [e["event_id"] for e in all_events]
    assert pages == (len(all_events) + 1) // 2

    if len(all_events) > 2:   # a cursor is tied to its filters
        cursor = client.get("/api/events", params={"limit": 2}).json()["next_cursor"]
        r = client.get("/api/events", params={"limit": 2, "cursor": cursor, "actor": "PRK"})
        assert r.status_code == 422 and r.json()["errors"][0]["parameter"] == "cursor"


def test_actors_with_event_counts(client, all_events):
    body = ActorsOut.model_validate(client.get("/api/actors", params={"level": "country"}).json())
    by_code = {a.code: a for a in body.actors}
    assert {"RUS", "PRK"} <= set(by_code)
    for a in body.actors:
        assert a.events == a.as_source + a.as_target
    kept = [e for e in all_events if not e["negated"]]
    assert sum(a.events for a in body.actors) == sum((e["source"] is not None) + (e["target"] is not None)
                                                     for e in kept)
    full = ActorsOut.model_validate(client.get("/api/actors").json())
    assert any(a.code.startswith("PRK") for a in full.actors)
    assert [a.events for a in full.actors] == sorted((a.events for a in full.actors), reverse=True)


def test_document_holds_the_text_the_spans_point_into(client, all_events):
    e = all_events[0]
    doc = DocumentOut.model_validate(client.get(f"/api/documents/{e['doc_id']}").json())
    assert doc.published == PUBLISHED
    start, end = e["span"]
    assert doc.text[start:end] == e["sentence"]
    for key in ("trigger_span", "source_span", "target_span"):
        span = e["why"].get(key)
        if span:
            assert start <= span[0] < span[1] <= end, (key, span, e["span"])
    r = client.get("/api/documents/no-such-doc")
    assert r.status_code == 404 and "no-such-doc" in r.json()["detail"]


# --- relations -------------------------------------------------------------------------------------------------

def test_graph_has_the_russia_north_korea_link(client):
    g = GraphOut.model_validate(client.get("/api/graph").json())
    ids = {n.id for n in g.nodes}
    assert {"RUS", "PRK"} <= ids
    pairs = {frozenset((link.source, link.target)): link for link in g.links}
    assert frozenset(("RUS", "PRK")) in pairs
    assert pairs[frozenset(("RUS", "PRK"))].events >= 1
    assert all(link.source in ids and link.target in ids for link in g.links)
    sectors = GraphOut.model_validate(client.get("/api/graph", params={"sectors": "true"}).json())
    assert sectors.nodes


def test_dyad_timeline_of_russia_and_north_korea(client):
    r = client.get("/api/dyads/RUS/PRK", params={"by": "month"})
    assert r.status_code == 200
    d = DyadOut.model_validate(r.json())
    assert (d.a, d.b, d.by, d.directed) == ("RUS", "PRK", "month", False)
    assert d.series and sum(p.events for p in d.series) == len(d.events) > 0
    for p in d.series:
        assert sum(p.quad.values()) == p.events
    for e in r.json()["events"]:
        assert involves(e, "RUS") and involves(e, "PRK") and not e["historical"]
    history = DyadOut.model_validate(client.get("/api/dyads/rus/prk", params={
        "include_historical": "true", "by": "year"}).json())
    assert len(history.events) >= len(d.events)
    directed = DyadOut.model_validate(client.get("/api/dyads/RUS/PRK", params={"directed": "true"}).json())
    assert len(directed.events) <= len(d.events)


def test_blocs_and_shifts(client):
    g = client.get("/api/graph").json()
    b = BlocsOut.model_validate(client.get("/api/blocs", params={"min_events": 1}).json())
    members = {m for bloc in b.blocs for m in bloc.members}
    assert members | set(b.unaligned) == {n["id"] for n in g["nodes"]}
    assert b.method
    s = ShiftsOut.model_validate(client.get("/api/shifts", params={"window": "1y", "top": 5}).json())
    assert s.window == "1y" and len(s.shifts) <= 5
    assert s.end is not None   # the seed article has dated events


# --- coding a text -----------------------------------------------------------------------------------------------

def test_code_returns_events_and_stores_nothing(client, store_path):
    from accord.pipeline import code_text

    before = open_store(store_path).counts()
    text = SEED.read_text(encoding="utf-8")
    r = client.post("/api/code", json={"text": text, "published": PUBLISHED})
    assert r.status_code == 200
    body = CodeOut.model_validate(r.json())
    assert body.published == PUBLISHED and body.events
    assert r.json()["events"] == [e.to_dict() for e in code_text(text, published=PUBLISHED)]
    assert any(involves(e, "PRK") for e in r.json()["events"])
    assert open_store(store_path).counts() == before

    assert client.post("/api/code", json={"text": "   "}).json()["events"] == []
    undated = client.post("/api/code", json={"text": "Ukraine cut off ties with North Korea."})
    assert undated.status_code == 200 and undated.json()["published"] is None


def test_code_body_over_one_mebibyte_is_413(client):
    text = "Russia and North Korea agreed to expand ties. " * (MAX_BODY_BYTES // 40)
    r = client.post("/api/code", json={"text": text})
    assert r.status_code == 413
    assert "1,048,576 bytes" in r.json()["detail"]

    def chunks():   # no Content-Length: the server counts the bytes as they come
        for _ in range(20):
            yield b"x" * 65536
    r = client.post("/api/code", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413

    # JSON may hold any amount of whitespace: a body just under the limit with a short text to code
    just_under = '{"text": "Kim met Putin."' + " " * (MAX_BODY_BYTES - 100) + "}"
    assert MAX_BODY_BYTES - 100 < len(just_under.encode()) <= MAX_BODY_BYTES
    assert client.post("/api/code", content=just_under, headers={"Content-Type": "application/json"}).status_code == 200


# --- refusals ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, parameter, words", [
    ("/api/events?since=2022-13", "since", "calendar date"),
    ("/api/events?until=yesterday", "until", "YYYY-MM-DD"),
    ("/api/events?since=2023&until=2022", "until", "before since"),
    ("/api/events?limit=0", "limit", "greater than or equal to 1"),
    ("/api/events?limit=1001", "limit", "less than or equal to 1000"),
    ("/api/events?type=BOMB", "type", "SANCTION"),
    ("/api/events?actor=R", "actor", "actor code"),
    ("/api/events?actor=RUS%3BDROP", "actor", "actor code"),
    ("/api/events?cursor=not-a-cursor", "cursor", "not a cursor"),
    ("/api/events?q=%00", "q", "control characters"),
    ("/api/actors?level=planet", "level", "'code' or 'country'"),
    ("/api/dyads/RUS/P!K", "b", "actor code"),
    ("/api/dyads/RUS/PRK?by=fortnight", "by", "'week', 'month' or 'year'"),
    ("/api/dyads/RUS/PRK?directed=maybe", "directed", "boolean"),
    ("/api/graph?half_life_days=0", "half_life_days", "greater than 0"),
    ("/api/graph?score=vibes", "score", "goldstein"),
    ("/api/blocs?min_events=0", "min_events", "greater than or equal to 1"),
    ("/api/shifts?window=90", "window", "a number and d, w, m or y"),
    ("/api/shifts?window=500y", "window", "100 years"),
    ("/api/shifts?top=0", "top", "greater than or equal to 1"),
    ("/api/shifts?end=2022-02-30", "end", "calendar date"),
])
def test_bad_parameters_get_422_naming_them(client, url, parameter, words):
    r = client.get(url)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["detail"].startswith(parameter + ":"), body
    assert words in body["detail"], body
    assert body["errors"][0]["parameter"] == parameter


@pytest.mark.parametrize("payload, parameter, words", [
    ({"published": PUBLISHED}, "text", "required"),
    ({"text": ""}, "text", "at least 1 character"),
    ({"text": 42}, "text", "valid string"),
    ({"text": "Kim met Putin.", "published": "the day after"}, "published", "not a date"),
    ({"text": "Kim met Putin.", "published": "2022-02-30"}, "published", "not a date"),
])
def test_bad_code_bodies_get_422_naming_the_field(client, payload, parameter, words):
    r = client.post("/api/code", json=payload)
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["parameter"] == parameter
    assert words in r.json()["detail"]


def test_text_longer_than_the_parser_takes_is_422(client):
    from accord.web.app import MAX_TEXT_CHARS

    r = client.post("/api/code", json={"text": "a" * (MAX_TEXT_CHARS + 1)})
    assert r.status_code == 422
    assert r.json()["errors"][0]["parameter"] == "text" and "E013" in r.json()["detail"]


def test_malformed_json_is_422(client):
    r = client.post("/api/code", content=b'{"text": ', headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and "not valid JSON" in r.json()["detail"]


def test_unknown_api_path_is_404_json(client):
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and "/docs" in r.json()["detail"]


# --- the token -------------------------------------------------------------------------------------------------

def test_token_guards_the_api_and_nothing_else(store_path):
    with TestClient(create_app(str(store_path), token="s3cret-token")) as c:
        for url in ("/api/events", "/api/actors", "/api/graph", "/api/blocs", "/api/shifts", "/api/dyads/RUS/PRK"):
            r = c.get(url)
            assert r.status_code == 401, url
            assert r.headers["www-authenticate"] == "Bearer"
            assert "Authorization: Bearer" in r.json()["detail"]
            assert c.get(url, headers={"Authorization": "Bearer wrong"}).status_code == 401
            assert c.get(url, headers={"Authorization": "Basic s3cret-token"}).status_code == 401
            assert c.get(url, headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        assert c.post("/api/code", json={"text": "Kim met Putin."}).status_code == 401
        assert c.post("/api/code", json={"text": "Kim met Putin."},
                      headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        for url in ("/", "/healthz", "/openapi.json", "/docs", "/static/app.js",
                    "/static/vendor/cytoscape/cytoscape.min.js"):
            assert c.get(url).status_code == 200, url
        schemes = c.get("/openapi.json").json()["components"]["securitySchemes"]
        assert any(s.get("scheme") == "bearer" for s in schemes.values())


# --- live reads ----------------------------------------------------------------------------------------------------

def test_new_events_appear_without_restart(store_path, tmp_path):
    from accord.pipeline import code_text

    path = tmp_path / "store"
    shutil.copytree(store_path, path)
    with TestClient(create_app(str(path))) as c:
        before = c.get("/healthz").json()
        first = c.get("/api/events", params={"actor": "UKR", "limit": 1000}).json()["events"]
        text = "Ukraine expelled the North Korean ambassador on Monday. Kyiv also accused Pyongyang of lying."
        events = code_text(text, published="2022-08-20", doc_id="second")
        assert events, "the coder found no event in the second article"
        open_store(path).write_batch(documents=[{"doc_id": "second", "text": text, "published": "2022-08-20"}],
                                     events=events)
        after = c.get("/healthz").json()
        assert after["documents"] == before["documents"] + 1
        assert after["events"] == before["events"] + len(events)
        ids = {e["event_id"] for e in c.get("/api/events", params={"limit": 1000}).json()["events"]}
        assert {e.event_id for e in events} <= ids
        if any(e.source and e.source.code.startswith("UKR") or e.target and e.target.code.startswith("UKR")
               for e in events):
            assert len(c.get("/api/events", params={"actor": "UKR", "limit": 1000}).json()["events"]) > len(first)


def test_compaction_while_serving_changes_no_answer(store_path, tmp_path):
    from accord.pipeline import code_text

    path = tmp_path / "store"
    shutil.copytree(store_path, path)
    text = "Ukraine expelled the North Korean ambassador on Monday."
    open_store(path).write_batch(documents=[{"doc_id": "second", "text": text, "published": "2022-08-20"}],
                                 events=code_text(text, published="2022-08-20", doc_id="second"))
    with TestClient(create_app(str(path))) as c:
        before = (c.get("/healthz").json(), c.get("/api/events", params={"limit": 1000}).json(),
                  c.get("/api/graph").json())
        assert len(list((path / "events").glob("*.parquet"))) >= 2
        removed = open_store(path).compact()
        assert removed["documents"] >= 2
        after = (c.get("/healthz").json(), c.get("/api/events", params={"limit": 1000}).json(),
                 c.get("/api/graph").json())
        assert after == before


def test_an_empty_store_answers_every_view(tmp_path):
    with TestClient(create_app(str(tmp_path / "empty"))) as c:
        assert c.get("/healthz").json()["events"] == 0
        assert c.get("/api/events").json() == {"events": [], "next_cursor": None}
        assert c.get("/api/actors").json() == {"actors": []}
        g = c.get("/api/graph").json()
        assert g["nodes"] == [] and g["links"] == []
        assert c.get("/api/blocs").json()["blocs"] == []
        assert c.get("/api/shifts").json()["shifts"] == []
        d = c.get("/api/dyads/RUS/PRK").json()
        assert d["series"] == [] and d["events"] == []


# --- documentation and offline page ---------------------------------------------------------------------------------

def test_openapi_documents_every_answer(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    assert set(paths) >= {"/healthz", "/api/events", "/api/actors", "/api/documents/{doc_id}",
                          "/api/dyads/{a}/{b}", "/api/graph", "/api/blocs", "/api/shifts", "/api/code"}
    for path, ops in paths.items():
        for op in ops.values():
            ok = op["responses"]["200"]["content"]["application/json"]["schema"]
            assert "$ref" in ok, (path, ok)
            if op.get("parameters") or op.get("requestBody"):
                assert op["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorOut")
    assert "413" in paths["/api/code"]["post"]["responses"]
    by = next(p for p in paths["/api/dyads/{a}/{b}"]["get"]["parameters"] if p["name"] == "by")
    from accord import analysis

    assert set(by["schema"]["enum"]) == set(analysis.BY)


def test_pages_load_nothing_from_the_network(client):
    import re

    docs = client.get("/docs").text
    page = client.get("/").text
    for html in (docs, page):
        for url in re.findall(r'(?:src|href)=["\']([^"\']+)["\']', html):
            assert not url.startswith(("http:", "https:", "//")), url
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page):
        assert client.get(asset).status_code == 200, asset


# --- the command -------------------------------------------------------------------------------------------------

def test_serve_refuses_a_missing_store(tmp_path):
    from typer.testing import CliRunner

    from accord.cli import app

    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "no store" in result.output


def test_accord_serve_takes_the_token_from_the_environment(store_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    accord = Path(sys.executable).with_name("accord")
    cmd = [str(accord)] if accord.exists() else [sys.executable, "-m", "accord.cli"]
    env = {**os.environ, "ACCORD_TOKEN": "from-env"}
    server = subprocess.Popen([*cmd, "serve", "--store", str(store_path), "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(url + "/healthz", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read().decode()
                time.sleep(0.1)
        assert health.status_code == 200
        assert httpx.get(url + "/api/events?limit=5").status_code == 401
        auth = {"Authorization": "Bearer from-env"}
        r = httpx.get(url + "/api/events?limit=5", headers=auth)
        assert r.status_code == 200 and len(r.json()["events"]) == 5

        # Readers in parallel, as the page makes them: each request thread has its own DuckDB cursor.
        from concurrent.futures import ThreadPoolExecutor

        urls = ["/api/events?limit=1000", "/api/actors", "/api/graph", "/api/blocs", "/api/shifts",
                "/api/dyads/RUS/PRK", "/healthz"] * 4
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda u: httpx.get(url + u, headers=auth, timeout=60), urls))
        assert all(a.status_code == 200 for a in answers), [a.text for a in answers if a.status_code != 200]
        for i, a in enumerate(answers):
            assert a.json() == answers[i % 7].json(), urls[i]
    finally:
        server.terminate()
        server.wait(timeout=10)
