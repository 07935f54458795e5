"""The pipeline, read → clean → dedup → nlp → actors → events → store, as functions over plain records.

`code_text` and `code_documents` code without storing; `ingest` streams inputs into a store in batches,
skipping documents already stored, so that running it again after a crash completes without duplicates.

Sentences are counted as `accord.prefilter.split_sentences` finds them: ``Event.sentence_index`` is the index of
that sentence in the cleaned document, with the pre-filter and without it. With the pre-filter
(``prefilter=True``, the default of `ingest`), the parser reads only the sentences that can hold an event; the
others are blanked out, so every character offset still refers to the full cleaned text.

`ingest` runs the coding in batches: in this process (``workers=1``), in a pool of worker processes that each
load spaCy once (``workers=N``), or on a Dask cluster (``engine="dask"``, ``scheduler="tcp://…"``). Every batch is
coded by the same function, `accord.workers.code_batch`, which writes its own parts into the store. Reading,
cleaning and story deduplication (`accord.dedup`) run here, in order, so that the first document of a story is
the one every later copy is linked to.
"""
from __future__ import annotations

import bisect
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import nlp
from .clean import clean
from .dates import parse_iso
from .errors import AccordError, Err
from .events import DocumentCoder
from .location import sentences
from .limits import DOC_TIMEOUT, MAX_DOC_BYTES, within_time
from .models import Document, Event
from .prefilter import Selection, prefilter as load_prefilter
from .read import read_paths

DEFAULT_BATCH = 32
# Input files of at least this size hold more than one batch of documents: worker processes start at once.
START_WORKERS_BYTES = 1_000_000
# Characters the parser gets at once (about 6,000 words: some 25 wire articles); see `_parse_in_groups`.
PARSE_GROUP_CHARS = 40_000
ENGINES = ("local", "dask")


@dataclass
class Coded:
    """A document after coding: the cleaned document, its events, its sentence count and how many of its
    sentences the parser read (all of them without the pre-filter; none for a document it skipped)."""

    document: Document
    events: list[Event]
    n_sentences: int
    n_parsed: int | None = None


@dataclass
class CodingError:
    """A document the coder failed on: reported like an input error (``accord errors``), and the run goes on.

    A plain record, not an exception: it travels back from worker processes and Dask workers.
    """

    path: str | None
    reason: str
    line: int | None = None
    code: str = Err.CODING_FAILED.code
    fix: str = Err.CODING_FAILED.fix

    @classmethod
    def of(cls, doc: Document, error: BaseException) -> "CodingError":
        if isinstance(error, AccordError):   # a limit the document ran into (accord.limits): its own code and fix
            return cls(path=doc.path or doc.id, reason=error.reason, code=error.code, fix=error.fix)
        return cls(path=doc.path or doc.id, reason=Err.CODING_FAILED.message.format(
            doc_id=doc.id, detail=f"{type(error).__name__}: {error}"))

    def __str__(self) -> str:
        return f"{self.code} {self.path}: {self.reason}. Fix: {self.fix}."


class SentenceIndexedCoder(DocumentCoder):
    """The event coder with ``sentence_index`` counted over the document's sentences as `split_sentences`
    finds them, not as the parser does.

    With the pre-filter the parser reads only some sentences, so its own count would change with what was
    kept; the splitter's count does not. `DocumentCoder.code` numbers the parser's sentences in order
    (``self.sent_index = i``); here each number is mapped to the splitter's sentence that holds the parser
    sentence's first character — the coder's discourse memory ("he", "the two countries") then measures its
    distances in the full document too.
    """

    def __init__(self, doc, doc_id: str, published: date | None, selection: Selection, **kwargs) -> None:
        index = []
        for sent in sentences(doc):
            # its first word, not its first character: the parser may start a sentence with the quote that
            # closes the one before ('"\n\nIn Paris, …'), and that quote is blank when the one before was not kept
            first = next((t for t in sent if t.is_alpha or t.is_digit), None) or sent[0]
            index.append(selection.index_of(first.idx))
        self._sentence_of = index
        super().__init__(doc, doc_id, published, **kwargs)

    @property
    def sent_index(self) -> int:
        return self._sent_index

    @sent_index.setter
    def sent_index(self, i: int) -> None:
        self._sent_index = self._sentence_of[i] if 0 <= i < len(self._sentence_of) else i


ErrorHandler = Callable[[Document, BaseException], None]


def code_documents(docs: Iterable[Document], batch_size: int = DEFAULT_BATCH, *, prefilter: bool = False,
                   on_error: ErrorHandler | None = None, doc_timeout: float | None = None) -> Iterator[Coded]:
    """Clean, parse (batched with nlp.pipe) and code documents; yields one `Coded` per document, in order.

    ``prefilter=True`` parses only the sentences that can hold an event (see `accord.prefilter`). A document the
    coder fails on goes to ``on_error(document, exception)`` and is not yielded; without ``on_error`` the
    exception is raised. With ``doc_timeout``, a document whose coding takes longer than that many seconds is
    stopped and fails with `accord.limits.DocTimeout` (see `accord.limits.within_time`).
    """
    return code_cleaned((clean(doc) for doc in docs), batch_size, prefilter=prefilter, on_error=on_error,
                        doc_timeout=doc_timeout)


def code_cleaned(docs: Iterable[Document], batch_size: int = DEFAULT_BATCH, *, prefilter: bool = False,
                 on_error: ErrorHandler | None = None, doc_timeout: float | None = None) -> Iterator[Coded]:
    """`code_documents` for documents that are cleaned already (cleaning twice gives the same text)."""
    buf: list[Document] = []
    for doc in docs:
        buf.append(doc)
        if len(buf) >= batch_size:
            yield from _code_within(buf, prefilter, on_error, doc_timeout)
            buf = []
    if buf:
        yield from _code_within(buf, prefilter, on_error, doc_timeout)


def _code_within(docs: list[Document], use_prefilter: bool, on_error: ErrorHandler | None,
                 doc_timeout: float | None) -> Iterator[Coded]:
    """`_code_batch`, each document held to ``doc_timeout`` seconds: one slow text cannot stall a worker."""
    if doc_timeout:
        _warmed(use_prefilter)
    return within_time(docs, lambda batch, report: _code_batch(batch, use_prefilter, report), doc_timeout,
                       on_error, item_of=lambda coded: coded.document)


@lru_cache(maxsize=2)
def _warmed(use_prefilter: bool) -> bool:
    """Load the model, the pre-filter and the coder's tables once per process, outside any document's time limit:
    loading is not the first document's time, and a load stopped half-way must not be left behind."""
    list(_code_batch([Document(text="Russia and China signed an agreement on Monday.")], use_prefilter, None))
    return True


def _code_batch(docs: list[Document], use_prefilter: bool, on_error: ErrorHandler | None) -> Iterator[Coded]:
    texts = [d.text for d in docs]
    if use_prefilter:
        selections = list(load_prefilter().select_many(texts))
    else:
        selections = [Selection.everything(t) for t in texts]
    # lazy: documents are parsed, a group at a time, as they are coded below
    parsed = _parse_in_groups([(sel.masked(text), sel.kept_chars) for sel, text in zip(selections, texts)
                               if sel.n_kept])
    for doc, sel in zip(docs, selections):
        events: list[Event] = []
        if sel.n_kept:
            parsed_doc = next(parsed)
            try:
                events = SentenceIndexedCoder(parsed_doc, doc.id, parse_iso(doc.published), sel).code()
            except Exception as error:
                if on_error is None:
                    raise
                on_error(doc, error)
                continue
        yield Coded(doc, events, sel.n_sentences, sel.n_kept)


def _parse_in_groups(texts: list[tuple[str, int]]) -> Iterator:
    """Parsed texts, in order, handed to nlp.pipe in groups of at most `PARSE_GROUP_CHARS` characters to parse.

    The parser's memory grows with the text of a batch, not with its number of documents: a batch of long
    articles would set a process's peak memory. (A blanked sentence costs the parser one whitespace token, so
    what counts is the characters kept.)"""
    group: list[str] = []
    size = 0
    for text, chars in texts:
        if group and size + chars > PARSE_GROUP_CHARS:
            yield from nlp.parse_many(_paragraphed(group), batch_size=len(group))
            group, size = [], 0
        group.append(text)
        size += chars
    if group:
        yield from nlp.parse_many(_paragraphed(group), batch_size=len(group))


_BLANK_LINE = re.compile(r"\n\n")


def _paragraphed(texts: Iterable[str]) -> Iterator:
    """Tokenized texts whose paragraphs start new sentences: the parser keeps sentence starts set before it.

    Left alone, it sometimes runs a sentence across a paragraph break ('… issue."\n\nDenmark sparked …'); with
    the pre-filter the paragraph on either side may be blanked, and the two runs would read different sentences.
    """
    tokenizer = nlp.load().tokenizer
    texts = list(texts)
    for text, doc in zip(texts, tokenizer.pipe(texts)):
        nlp.remember_text(doc, text)
        breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
        if breaks:
            starts = nlp.token_starts(doc)
            for pos in breaks:
                i = bisect.bisect_right(starts, pos) - 1   # the whitespace token that holds the break
                if 0 <= i < len(doc) - 1 and doc[i].is_space:
                    doc[i + 1].is_sent_start = True
        yield doc


def code_document(doc: Document) -> list[Event]:
    return next(code_documents([doc])).events


def code_text(text: str, published: str | date | None = None, doc_id: str | None = None,
              title: str | None = None) -> list[Event]:
    """Code one text; nothing is stored.

    >>> events = code_text("Ukraine cut off ties with North Korea.", published="2022-07-13")
    >>> events[0].event_type, events[0].source.code, events[0].target.code
    ('SANCTION', 'UKR', 'PRK')
    """
    pub = published.isoformat() if isinstance(published, date) else published
    return code_document(Document(text=text, id=doc_id, title=title, published=pub))


def document_row(doc: Document, n_sentences: int | None = None, n_events: int | None = None,
                 duplicate_of: str | None = None) -> dict:
    """The ``documents`` row of a cleaned document."""
    return {"doc_id": doc.id, "content_hash": doc.hash, "title": doc.title, "source": doc.source, "url": doc.url,
            "published": doc.published, "path": doc.path, "lang": doc.lang, "n_sentences": n_sentences,
            "n_events": n_events, "text": doc.text, "duplicate_of": duplicate_of}


@dataclass
class IngestSummary:
    documents: int = 0
    sentences: int = 0
    events: int = 0
    duplicates: int = 0
    errors: int = 0
    seconds: float = 0.0
    error_list: list[AccordError] = field(default_factory=list)
    linked: int = 0                 # documents linked to the first document of their story, not coded again
    parsed_sentences: int = 0       # sentences the parser read (fewer than `sentences` with the pre-filter)
    words: int = 0
    peak_rss_mb: dict[int, float] = field(default_factory=dict)   # per process that coded: pid → peak MB

    def as_dict(self) -> dict:
        return {"documents": self.documents, "sentences": self.sentences,
                "sentences parsed": self.parsed_sentences, "events": self.events,
                "duplicates skipped": self.duplicates, "duplicates linked": self.linked,
                "errors": self.errors, "seconds": round(self.seconds, 2)}

    def add(self, result) -> None:
        """Count a batch coded by `accord.workers.code_batch`."""
        self.documents += result.documents
        self.sentences += result.sentences
        self.parsed_sentences += result.parsed_sentences
        self.events += result.events
        self.words += result.words
        self.errors += len(result.errors)
        self.error_list.extend(result.errors)
        pid, peak = result.pid, result.peak_rss_mb
        self.peak_rss_mb[pid] = max(peak, self.peak_rss_mb.get(pid, 0.0))


def error_row(err: AccordError) -> dict:
    return {"path": getattr(err, "path", None) and str(err.path), "line": getattr(err, "line", None),
            "code": getattr(err, "code", "E000"), "reason": getattr(err, "reason", str(err)),
            "fix": getattr(err, "fix", None)}


def ingest(paths: Iterable[str], store, *, published: str | None = None, input_format: str = "auto",
           batch_size: int = DEFAULT_BATCH, progress: Callable[[int], None] | None = None,
           workers: int = 1, prefilter: bool = True, engine: str = "local", scheduler: str | None = None,
           dedup: bool = True, dedup_threshold: float | None = None, lang: str | None = "en",
           max_doc_bytes: int | None = MAX_DOC_BYTES, doc_timeout: float | None = DOC_TIMEOUT,
           entities: str = "rules") -> IngestSummary:
    """Read, code and store the documents at `paths`; documents already in the store are skipped.

    Each batch of documents is written as one atomic batch of parts (its documents part last), so a run
    killed at any moment leaves only whole batches behind, and running the same command again completes it.

    - ``workers``: processes that code batches (1: in this process). ``engine="dask"`` codes them on a Dask
      cluster: the one at ``scheduler`` (``tcp://host:8786``; implies the Dask engine), else a local cluster of
      ``workers`` processes. Dask workers must see the store at the same path.
    - ``prefilter``: parse only the sentences that can hold an event (see `accord.prefilter`).
    - ``dedup``: link exact and near-duplicate stories (MinHash LSH, Jaccard ``dedup_threshold``, default 0.8)
      to the first stored document of the story instead of coding them again; their events' ``sources_count``
      counts them. ``dedup=False`` codes every document that is not stored under its id yet.
    - ``lang``, ``max_doc_bytes``: documents in another language, or with more text, are errors (see
      `accord.read.read_path`); ``doc_timeout``: seconds one document may take to code (`accord.limits`).
    - ``entities``: "rules" (accord's entity rules, the default) or "model" (the model's statistical
      recogniser: about twice the parse time; see docs/scale.md).

    A read error already stored by an earlier run (same file, line, code and reason) is reported again but not
    stored again: running the same command twice adds nothing.
    """
    summary = IngestSummary()
    read_errors: list[dict] = []
    stored_errors = {tuple(r.values()) for r in store.query("SELECT DISTINCT path, line, code, reason FROM errors")}

    def on_error(err: AccordError) -> None:
        summary.errors += 1
        summary.error_list.append(err)
        row = error_row(err)
        key = (row["path"], row["line"], row["code"], row["reason"])
        if key not in stored_errors:
            stored_errors.add(key)
            read_errors.append(row)

    paths = list(paths)
    docs = read_paths(paths, published=published, input_format=input_format, on_error=on_error, lang=lang,
                      max_bytes=max_doc_bytes)
    return ingest_documents(docs, store, batch_size=batch_size, progress=progress, workers=workers,
                            prefilter=prefilter, engine=engine, scheduler=scheduler, dedup=dedup,
                            dedup_threshold=dedup_threshold, summary=summary, pending_errors=read_errors,
                            doc_timeout=doc_timeout, entities=entities,
                            start_workers=_input_bytes(paths) >= START_WORKERS_BYTES)


def _input_bytes(paths: list, enough: int = START_WORKERS_BYTES) -> int:
    """The size of the files at ``paths`` (in folders, the files the reader reads), counted until it reaches
    ``enough``; standard input, URLs and patterns count nothing."""
    from .read import _folder_files

    total = 0
    for p in paths:
        path = Path(p)
        try:
            files = [path] if path.is_file() else _folder_files(path, "auto") if path.is_dir() else []
            for f in files:
                total += f.stat().st_size
                if total >= enough:
                    return total
        except OSError:
            continue
    return total


def ingest_documents(docs: Iterable[Document], store, *, batch_size: int = DEFAULT_BATCH,
                     progress: Callable[[int], None] | None = None, workers: int = 1, prefilter: bool = True,
                     engine: str = "local", scheduler: str | None = None, dedup: bool = True,
                     dedup_threshold: float | None = None, summary: IngestSummary | None = None,
                     pending_errors: list[dict] | None = None,
                     doc_timeout: float | None = DOC_TIMEOUT, entities: str = "rules",
                     start_workers: bool = False) -> IngestSummary:
    """`ingest` for documents already read (a feed's entries, a WARC file's records); see `ingest`.

    ``pending_errors`` is a list the reader appends error rows to while ``docs`` is consumed: they are written
    to the store's ``errors`` table as they come. ``start_workers``: the input is known to be larger than a
    batch (`ingest`: at least `START_WORKERS_BYTES` of files), so worker processes start before the first
    document is read and load the model meanwhile; otherwise they start with the second batch.
    """
    from .dedup import DEFAULT_THRESHOLD, Deduplicator
    from .workers import BatchOptions, make_engine

    if scheduler:
        engine = "dask"
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}. Fix: use one of {', '.join(ENGINES)}.")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}. Fix: pass --workers 1 or more.")
    t0 = time.perf_counter()
    summary = summary if summary is not None else IngestSummary()
    pending_errors = pending_errors if pending_errors is not None else []
    options = BatchOptions(prefilter=prefilter, batch_size=batch_size, doc_timeout=doc_timeout or None,
                           entities=entities)
    store_path = str(Path(store.path).resolve())

    duplicates: list[dict] = []
    links: list[dict] = []

    def write_own(force: bool = False) -> None:
        """Duplicates, their links and read errors: written here, in batches of their own."""
        nonlocal duplicates, links
        if (duplicates or pending_errors) and (force or len(duplicates) >= batch_size
                                               or len(pending_errors) >= batch_size):
            store.write_batch(documents=duplicates, events=[], links=links, errors=list(pending_errors))
            duplicates, links = [], []
            pending_errors.clear()

    def done(result) -> None:
        summary.add(result)
        if progress and result.documents:
            progress(result.documents)

    batch: list[Document] = []
    with make_engine(engine, workers, scheduler, store_path, options, done) as run:
        if start_workers:
            run.start()
        known_ids = store.known_doc_ids()
        dedup_index = Deduplicator(store, dedup_threshold or DEFAULT_THRESHOLD) if dedup else None
        for doc in docs:
            doc = clean(doc)
            if doc.id in known_ids:
                summary.duplicates += 1
                continue
            known_ids.add(doc.id)
            first = dedup_index.check(doc) if dedup_index is not None else None
            if first is not None:
                duplicates.append(document_row(doc, n_events=0, duplicate_of=first.doc_id))
                links.append({"doc_id": doc.id, "duplicate_of": first.doc_id, "similarity": first.similarity})
                summary.linked += 1
                if progress:
                    progress(1)
            else:
                batch.append(doc)
                if len(batch) >= batch_size:
                    run.submit(batch)
                    batch = []
            write_own()
            if dedup_index is not None:
                dedup_index.flush_if_due()
        if batch:
            run.submit(batch)
    write_own(force=True)
    if dedup_index is not None:
        dedup_index.flush()
    summary.seconds = time.perf_counter() - t0
    return summary


def default_workers() -> int:
    """The default number of worker processes: one per core."""
    return os.cpu_count() or 1
