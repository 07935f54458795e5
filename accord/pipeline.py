"""The pipeline, read → clean → nlp → actors → events → store, as functions over plain records.

`code_text` and `code_documents` code without storing; `ingest` streams inputs into a store in batches,
skipping documents already stored, so that running it again after a crash completes without duplicates.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from . import nlp
from .clean import clean
from .dates import parse_iso
from .errors import AccordError
from .events import DocumentCoder
from .models import Document, Event
from .read import read_paths

DEFAULT_BATCH = 32


@dataclass
class Coded:
    """A document after coding: the cleaned document, its events and its sentence count."""

    document: Document
    events: list[Event]
    n_sentences: int


def code_documents(docs: Iterable[Document], batch_size: int = DEFAULT_BATCH) -> Iterator[Coded]:
    """Clean, parse (batched with nlp.pipe) and code documents; yields one `Coded` per document, in order."""
    buf: list[Document] = []
    for doc in docs:
        buf.append(clean(doc))
        if len(buf) >= batch_size:
            yield from _code_batch(buf)
            buf = []
    if buf:
        yield from _code_batch(buf)


def _code_batch(docs: list[Document]) -> Iterator[Coded]:
    for doc, parsed in zip(docs, nlp.parse_many([d.text for d in docs])):
        published = parse_iso(doc.published)
        events = DocumentCoder(parsed, doc.id, published).code()
        yield Coded(doc, events, sum(1 for _ in parsed.sents))


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


@dataclass
class IngestSummary:
    documents: int = 0
    sentences: int = 0
    events: int = 0
    duplicates: int = 0
    errors: int = 0
    seconds: float = 0.0
    error_list: list[AccordError] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"documents": self.documents, "sentences": self.sentences, "events": self.events,
                "duplicates skipped": self.duplicates, "errors": self.errors,
                "seconds": round(self.seconds, 2)}


def error_row(err: AccordError) -> dict:
    return {"path": getattr(err, "path", None) and str(err.path), "line": getattr(err, "line", None),
            "code": getattr(err, "code", "E000"), "reason": getattr(err, "reason", str(err)),
            "fix": getattr(err, "fix", None)}


def ingest(paths: Iterable[str], store, *, published: str | None = None, input_format: str = "auto",
           batch_size: int = DEFAULT_BATCH, progress: Callable[[int], None] | None = None) -> IngestSummary:
    """Read, code and store the documents at `paths`; documents already in the store are skipped.

    Each batch of documents is written as one atomic batch of parts (its documents part last), so a run
    killed at any moment leaves only whole batches behind, and running the same command again completes it.
    """
    t0 = time.perf_counter()
    summary = IngestSummary()
    pending_errors: list[dict] = []
    known_hashes = store.known_hashes()
    known_ids = store.known_doc_ids()

    def on_error(err: AccordError) -> None:
        summary.errors += 1
        summary.error_list.append(err)
        pending_errors.append(error_row(err))

    def fresh() -> Iterator[Document]:
        for doc in read_paths(paths, published=published, input_format=input_format, on_error=on_error):
            cleaned_hash = clean(doc).hash
            if doc.id in known_ids or cleaned_hash in known_hashes:
                summary.duplicates += 1
                continue
            known_ids.add(doc.id)
            known_hashes.add(cleaned_hash)
            yield doc

    batch_docs: list[dict] = []
    batch_events: list[Event] = []

    def flush() -> None:
        nonlocal batch_docs, batch_events, pending_errors
        if batch_docs or pending_errors:
            store.write_batch(documents=batch_docs, events=batch_events, errors=pending_errors)
        batch_docs, batch_events, pending_errors = [], [], []

    for coded in code_documents(fresh(), batch_size=batch_size):
        d = coded.document
        batch_docs.append({
            "doc_id": d.id, "content_hash": d.hash, "title": d.title, "source": d.source, "url": d.url,
            "published": d.published, "path": d.path, "lang": d.lang, "n_sentences": coded.n_sentences,
            "n_events": len(coded.events), "text": d.text,
        })
        batch_events.extend(coded.events)
        summary.documents += 1
        summary.sentences += coded.n_sentences
        summary.events += len(coded.events)
        if progress:
            progress(1)
        if len(batch_docs) >= batch_size:
            flush()
    flush()
    summary.seconds = time.perf_counter() - t0
    return summary
