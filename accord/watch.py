"""Watching sources: folders, files and RSS/Atom feeds, polled every few minutes; what is new is ingested.

GDELT updates every 15 minutes; `accord watch` does the same for the sources you give it, until it is stopped
(Ctrl-C or SIGTERM: it finishes cleanly, exit status 0; a pass it interrupts leaves only whole batches in the
store, and the next pass completes it).

- **Folders, files and globs**: each pass reads the files that are new or changed (size or modification time)
  since the last pass. Documents already stored are skipped as in `accord ingest`, so a JSON Lines file that grows
  gives only its new lines.
- **Feeds** (``http://`` or ``https://``): the feed is fetched (feedparser reads RSS and Atom) and each entry not
  stored yet becomes a document: its full content when the feed carries it, else the page at its link (fetched
  with a timeout, main text by trafilatura), else its summary. The entry's id (or link) is the document id, so
  an entry is fetched once. Each request has a timeout, and a pass reads at most ``max_entries`` entries per feed.

A source that fails (a feed that does not answer, a file that cannot be read) is an error for that pass, stored
in the ``errors`` table like any input error; the other sources go on, and the next pass tries it again.
"""
from __future__ import annotations

import calendar
import glob as globmod
import re
import signal
import threading
import time
import urllib.request
from html.parser import HTMLParser
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlparse

from .errors import AccordError, Err, InputError
from .models import Document
from .pipeline import IngestSummary, error_row, ingest_documents
from .read import _folder_files, read_paths

__all__ = ["WatchOptions", "Watcher", "parse_every", "is_feed"]

USER_AGENT = "accord-watch/0.1 (+https://github.com/; political event data from news)"
_EVERY = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)", re.I)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """A polling interval in seconds: ``"15m"``, ``"30s"``, ``"1h"``, ``"1h30m"``, or a number of seconds.

    >>> parse_every("15m"), parse_every("1h30m"), parse_every("90")
    (900.0, 5400.0, 90.0)
    """
    text = str(text).strip().lower()
    pos, total = 0, 0.0
    for m in _EVERY.finditer(text):
        if m.start() != pos or (not m[2] and m.end() != len(text)):
            break
        total += float(m[1]) * _UNITS[m[2]]
        pos = m.end()
    if pos != len(text) or total <= 0:
        raise ValueError(f"cannot read {text!r} as an interval. Fix: write it as 30s, 15m, 1h or 1h30m.")
    return total


def is_feed(source: str) -> bool:
    return urlparse(source).scheme in {"http", "https"}


@dataclass
class WatchOptions:
    """How each pass ingests (see `accord.pipeline.ingest`) and how feeds are fetched."""

    workers: int = 1
    prefilter: bool = True
    dedup: bool = True
    dedup_threshold: float | None = None
    batch_size: int = 32
    published: str | None = None
    timeout: float = 20.0          # seconds per HTTP request
    max_entries: int = 200         # entries read per feed and pass


@dataclass
class _Pass:
    summary: IngestSummary = field(default_factory=IngestSummary)
    errors: list[dict] = field(default_factory=list)


class _Stopped(BaseException):
    """Raised in the main thread by SIGINT/SIGTERM during a pass: the pass is abandoned, the watch ends."""


class Watcher:
    """Polls ``sources`` and ingests what is new into ``store``."""

    def __init__(self, sources: list[str], store, options: WatchOptions | None = None,
                 log: Callable[[str], None] | None = None) -> None:
        self.sources = list(sources)
        self.store = store
        self.options = options or WatchOptions()
        self.log = log or (lambda message: None)
        self._seen_files: dict[str, tuple[int, int]] = {}
        self.stop = threading.Event()
        self._busy = False

    # --- one pass -----------------------------------------------------------------------------------------

    def poll(self) -> IngestSummary:
        """One pass over every source; returns what it ingested."""
        run = _Pass()
        stamps: dict[str, tuple[int, int]] = {}
        files = [f for source in self.sources if not is_feed(source) for f in self._changed(source, run, stamps)]
        feeds = [source for source in self.sources if is_feed(source)]
        docs = self._documents(files, feeds, run)
        o = self.options
        summary = ingest_documents(docs, self.store, batch_size=o.batch_size, workers=o.workers,
                                   prefilter=o.prefilter, dedup=o.dedup, dedup_threshold=o.dedup_threshold,
                                   summary=run.summary, pending_errors=run.errors)
        self._seen_files.update(stamps)   # only after the pass: a pass that fails reads them again next time
        return summary

    def _changed(self, source: str, run: _Pass, stamps: dict[str, tuple[int, int]]) -> list[str]:
        """Files of a folder, file or glob that are new or changed since the last pass."""
        path = Path(source)
        if path.is_dir():
            candidates = [str(f) for f in _folder_files(path, "auto")]
        elif path.exists():
            candidates = [str(path)]
        else:
            candidates = sorted(globmod.glob(source, recursive=True))
            if not candidates:
                self._error(run, InputError(Err.NOT_FOUND, path=source))
        changed = []
        for f in candidates:
            try:
                st = Path(f).stat()
            except OSError:
                continue
            stamp = (st.st_size, st.st_mtime_ns)
            if self._seen_files.get(f) != stamp and f not in stamps:
                stamps[f] = stamp
                changed.append(f)
        return changed

    def _documents(self, files: list[str], feeds: list[str], run: _Pass) -> Iterator[Document]:
        if files:
            yield from read_paths(files, published=self.options.published,
                                  on_error=lambda e: self._error(run, e))
        if feeds:
            known = self.store.known_doc_ids()
            for url in feeds:
                yield from self._feed(url, known, run)

    def _error(self, run: _Pass, error: AccordError) -> None:
        run.summary.errors += 1
        run.summary.error_list.append(error)
        run.errors.append(error_row(error))
        self.log(f"error: {error}")

    # --- feeds --------------------------------------------------------------------------------------------

    def _fetch(self, url: str) -> tuple[bytes, str]:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=self.options.timeout) as response:
            return response.read(), response.headers.get("Content-Type", "")

    def _feed(self, url: str, known: set[str], run: _Pass) -> Iterator[Document]:
        import feedparser

        try:
            body, _ = self._fetch(url)
        except (OSError, ValueError) as error:
            self._error(run, InputError(Err.UNREADABLE, path=url, detail=f"feed not fetched: {error}"))
            return
        feed = feedparser.parse(body)
        if feed.bozo and not feed.entries:
            self._error(run, InputError(Err.UNREADABLE, path=url,
                                        detail=f"not an RSS or Atom feed ({feed.get('bozo_exception')})"))
            return
        source = feed.feed.get("title") or urlparse(url).hostname
        for number, entry in enumerate(feed.entries[: self.options.max_entries], 1):
            doc_id = entry.get("id") or entry.get("link")
            if not doc_id or doc_id in known:
                continue
            known.add(doc_id)
            doc = self._entry(url, number, entry, doc_id, source, run)
            if doc is not None:
                yield doc

    def _entry(self, url: str, number: int, entry, doc_id: str, source: str | None, run: _Pass) -> Document | None:
        from .read import _html_document

        where = f"{url}:{number}"
        published = _entry_date(entry) or self.options.published
        title = entry.get("title")
        link = entry.get("link")
        content = entry.get("content") or []
        text = _html_text(content[0].get("value", "")) if content else ""
        if not text and link:
            try:
                body, ctype = self._fetch(link)
                m = re.search(r"charset=([\w.:-]+)", ctype, re.I)
                page = _html_document(body.decode(m[1] if m else "utf-8", errors="replace"), link, published)
                text, published, title = page.text, page.published or published, title or page.title
            except InputError as error:
                self._error(run, error)
            except (OSError, ValueError, LookupError) as error:
                self._error(run, InputError(Err.UNREADABLE, path=link, detail=f"page not fetched: {error}"))
        if not text:
            text = _html_text(entry.get("summary", ""))
        if not text:
            self._error(run, InputError(Err.MISSING_TEXT, path=url, line=number))
            return None
        return Document(text=text, id=doc_id, title=title, published=published, source=source, url=link,
                        path=where)

    # --- the loop -----------------------------------------------------------------------------------------

    def run(self, every: float, once: bool = False) -> IngestSummary | None:
        """Poll every ``every`` seconds until stopped (``stop.set()``, SIGINT or SIGTERM); one pass if ``once``.

        Returns what the last whole pass ingested (None if none finished)."""
        restore = self._install_signals()
        summary = None
        try:
            while not self.stop.is_set():
                started = time.monotonic()
                self._busy = True
                try:
                    summary = self.poll()
                finally:
                    self._busy = False
                self.log(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC: {summary.documents} new documents, "
                         f"{summary.events} events, {summary.linked} duplicates linked, {summary.errors} errors")
                if once:
                    break
                self.stop.wait(max(0.0, every - (time.monotonic() - started)))
        except _Stopped:
            self.log("stopped during a pass: what it stored is whole; the next run completes it")
        finally:
            restore()
        return summary

    def _install_signals(self) -> Callable[[], None]:
        if threading.current_thread() is not threading.main_thread():
            return lambda: None

        def handler(signum, frame) -> None:
            self.stop.set()
            if self._busy:
                self._busy = False
                raise _Stopped()

        old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
        return lambda: [signal.signal(s, h) for s, h in old.items()]


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).date().isoformat()
    return None


_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
           "article", "header", "footer", "figure", "figcaption", "pre", "table"}
_SKIP = {"script", "style", "noscript", "template"}


class _Text(HTMLParser):
    """The text of an HTML fragment, one paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skip = 0

    def _end_block(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCKS:
            self._end_block()

    def handle_endtag(self, tag) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._end_block()

    def handle_data(self, data) -> None:
        if not self._skip:
            self._current.append(data)


def _html_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content or summary), paragraphs blank-line separated.

    A feed's content is the article's body without the page around it, so there is no boilerplate to remove:
    all its text is kept."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment.strip()
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    parser._end_block()
    return "\n\n".join(parser.paragraphs)
