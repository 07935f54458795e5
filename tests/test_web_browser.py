"""The dashboard in a real browser: Debian's Chromium driven by Playwright, against the real server (uvicorn on a
free 127.0.0.1 port) over a store coded from the seed article.

Each step saves a screenshot under the test's tmp_path and copies it to /tmp/accord-screens/ for people to look at:
01-network.png, 02-dyad.png, 03-event.png, 04-code.png, 05-token.png, 06-docs.png.
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from accord.store import open_store
from accord.web import create_app

SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "russia-north-korea.txt"
CHROMIUM = Path("/usr/bin/chromium")
SCREENS = Path("/tmp/accord-screens")
PUBLISHED = "2022-08-16"

pytestmark = [
    pytest.mark.skipif(not SEED.exists(), reason=f"the seed article is missing ({SEED}); it lives in the "
                                                 "shared data folder beside the repository"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium: "
                                                     "run `make browser` (apt-get install -y chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The real app under uvicorn, in a thread of this process, on a free loopback port."""

    def __init__(self, store: Path, token: str | None = None) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(str(store), token=token), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"uvicorn did not start on {self.url}")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    from accord.pipeline import ingest

    path = tmp_path_factory.mktemp("web-browser") / "store"
    summary = ingest([str(SEED)], open_store(path), published=PUBLISHED)
    assert summary.events > 0, summary.as_dict()
    return path


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    pg.errors = []
    pg.requests = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    context.close()


def shot(page, tmp_path: Path, name: str, full_page: bool = True) -> Path:
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=full_page)
    SCREENS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SCREENS / name)
    return path


def test_dashboard_walkthrough(page, store_path, tmp_path):
    with Server(store_path) as server:
        # 1. The dashboard opens on the network, with Russia and North Korea in it.
        page.goto(server.url + "/")
        page.wait_for_selector('#network[data-ready="1"]')
        nodes = page.get_attribute("#network", "data-nodes").split()
        assert {"RUS", "PRK"} <= set(nodes), nodes
        page.wait_for_selector("#events-table [data-testid=event-row]")
        page.wait_for_selector("#blocs [data-testid=bloc], #blocs p")
        assert "1 document ·" in page.inner_text("#store-info")
        shot(page, tmp_path, "01-network.png")

        # 2. A real mouse click on the rendered midpoint of the RUS–PRK edge opens its timeline.
        # (the point is read again before each try: under load the graph may still be re-fitted after data-ready,
        # and a click at a stale point lands beside the edge or on another one; edgePoint picks the point of the
        # edge farthest from every other edge and node)
        for attempt in range(3):
            point = page.evaluate("accord.edgePoint('RUS', 'PRK')")
            assert point, "no RUS–PRK edge in the network"
            page.mouse.click(point["x"], point["y"])
            try:
                page.wait_for_function("['RUS-PRK', 'PRK-RUS'].includes(document.querySelector('#dyad-card')"
                                       ".dataset.pair)", timeout=15_000)
                break
            except sync_api.TimeoutError:
                if attempt == 2:
                    raise
        title = page.inner_text("#dyad-title")
        assert "RUS" in title and "PRK" in title
        assert page.is_visible("#dyad-chart")
        bars = page.evaluate("Chart.getChart('dyad-chart').data.datasets.filter(d => d.type === 'bar')"
                             ".reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0)")
        assert bars >= 1
        assert "RUS ↔ PRK" in page.inner_text("#events-scope") or "PRK ↔ RUS" in page.inner_text("#events-scope")
        rows = page.locator("#events-table [data-testid=event-row]")
        assert rows.count() == bars
        shot(page, tmp_path, "02-dyad.png")

        # 3. An event opens with its sentence, the trigger and both actors highlighted from the spans.
        rows.first.click()
        page.wait_for_selector("#event-detail.open")
        page.wait_for_timeout(250)   # the drawer slides in
        event_id = page.get_attribute("#event-detail", "data-event-id")
        event = page.evaluate(f"accord.state.events.get('{event_id}')")
        sentence = page.inner_text("#detail-sentence")
        assert sentence.strip() == event["sentence"].strip()
        trigger = page.locator("#detail-sentence mark.hl-trigger")
        assert trigger.count() >= 1
        start, end = event["why"]["trigger_span"]
        base = event["span"][0]
        assert trigger.first.inner_text() == event["sentence"][start - base:end - base]
        assert page.locator("#detail-sentence mark.hl-source").count() >= 1
        if event["why"].get("target_span"):
            assert page.locator("#detail-sentence mark.hl-target").count() >= 1
        assert event["why"]["rule"] in page.inner_text("#detail-why")
        shot(page, tmp_path, "03-event.png", full_page=False)
        page.click("#detail-close")

        # 4. Pasting the seed article into the box codes it at once.
        page.fill("#code-text", SEED.read_text(encoding="utf-8"))
        page.fill("#code-published", PUBLISHED)
        page.click("#code-submit")
        page.wait_for_selector("#code-card[data-count]", timeout=60_000)
        coded = page.locator("#code-table [data-testid=code-event-row]")
        assert coded.count() == int(page.get_attribute("#code-card", "data-count")) > 0
        assert "PRK" in page.inner_text("#code-table")
        coded.first.click()
        page.wait_for_selector("#event-detail.open")
        assert page.locator("#detail-sentence mark.hl-trigger").count() >= 1
        page.click("#detail-close")
        page.wait_for_timeout(250)
        page.evaluate("window.scrollTo(0, 0)")   # else the sticky header lands mid-page in a full-page shot
        shot(page, tmp_path, "04-code.png")

        assert not page.errors, page.errors
        offsite = [u for u in page.requests if not u.startswith(server.url) and not u.startswith("data:")]
        assert not offsite, f"the page loaded from elsewhere than the server: {offsite}"


def test_new_events_show_up_without_a_restart(page, store_path, tmp_path):
    from accord.pipeline import code_text

    path = tmp_path / "store"
    shutil.copytree(store_path, path)
    with Server(path) as server:
        page.goto(server.url + "/")
        page.wait_for_selector("#events-table [data-testid=event-row]")
        before = page.locator("#events-table [data-testid=event-row]").count()
        text = "Ukraine expelled the North Korean ambassador on Monday. Kyiv accused Pyongyang of lying."
        events = code_text(text, published="2022-08-20", doc_id="second")
        assert events
        open_store(path).write_batch(documents=[{"doc_id": "second", "text": text, "published": "2022-08-20"}],
                                     events=events)
        page.evaluate("accord.checkStore()")   # what the page does every 10 s
        page.wait_for_selector("#refresh:not([hidden])")
        assert f"{len(events)} new event" in page.inner_text("#refresh")
        page.click("#refresh")
        page.wait_for_function(f"document.querySelectorAll('#events-table [data-testid=event-row]').length > {before}")
        assert page.locator("#events-table [data-testid=event-row]").count() == before + len(events)
        assert page.is_hidden("#refresh")
        assert not page.errors, page.errors


def test_api_docs_work_offline(page, store_path, tmp_path):
    with Server(store_path) as server:
        page.goto(server.url + "/docs")
        page.wait_for_selector(".swagger-ui .opblock-summary-path")
        paths = page.locator(".swagger-ui .opblock-summary-path").all_inner_texts()
        assert any("/api/events" in p for p in paths), paths
        shot(page, tmp_path, "06-docs.png", full_page=False)
        offsite = [u for u in page.requests if not u.startswith(server.url) and not u.startswith("data:")]
        assert not offsite, f"/docs loaded from elsewhere than the server: {offsite}"
        assert not page.errors, page.errors


def test_the_page_asks_for_the_token_once(page, store_path, tmp_path):
    with Server(store_path, token="s3cret-token") as server:
        page.goto(server.url + "/")
        page.wait_for_selector("#token-dialog[open]")
        page.fill("#token-input", "wrong")
        page.click("#token-submit")
        page.wait_for_selector("#token-dialog[open] #token-error:not([hidden])")
        page.fill("#token-input", "s3cret-token")
        shot(page, tmp_path, "05-token.png", full_page=False)
        page.click("#token-submit")
        page.wait_for_selector('#network[data-ready="1"]')
        assert {"RUS", "PRK"} <= set(page.get_attribute("#network", "data-nodes").split())
        assert page.evaluate("sessionStorage.getItem('accord.token')") == "s3cret-token"
        page.reload()   # kept for the browser session: no second prompt
        page.wait_for_selector('#network[data-ready="1"]')
        assert not page.is_visible("#token-dialog")
        assert not page.errors, page.errors
