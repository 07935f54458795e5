"""WARC input: the HTML pages of a web archive, such as Common Crawl's CC-NEWS, as `Document`s.

A WARC file holds many records; accord reads its ``response`` records whose HTTP status is 200 and whose content
type is HTML, one `Document` each, streaming (a CC-NEWS file of a gigabyte is never held in memory). warcio reads
the file whether it is gzip-compressed record by record (``.warc.gz``, as Common Crawl writes them) or not
(``.warc``), and undoes the HTTP transfer and content encodings.

Each page's main text and metadata come from trafilatura, as for an ``.html`` file (`accord.read`). A document
gets:

- ``id``: the record's ``WARC-Record-ID`` (``urn:uuid:…``), so reading the same file again skips what is stored;
- ``url``: ``WARC-Target-URI``;
- ``published``: the date the page itself gives, else the day of ``WARC-Date`` (when it was fetched: for a news
  crawl, the day it was published or the day after), else ``--published``;
- ``path``: ``FILE:N`` for the N-th record of the file, which error messages name as its line;
- ``meta``: ``warc_date`` (the full ``WARC-Date``).

A record with no article text (an index page, a login wall) is an error for that record, and reading goes on.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from .errors import Err, InputError
from .models import Document

__all__ = ["read_warc"]

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def read_warc(path: str | Path, fallback: str | None = None) -> Iterator[Document | InputError]:
    """Documents (and errors, for records without an article) from the HTML responses of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .read import _html_document, normalise_date

    name = str(path)
    with open(path, "rb") as stream:
        if not _starts_like_warc(stream):
            raise InputError(Err.UNREADABLE, path=name, detail="not a WARC file: it does not start with 'WARC/'")
        number = 0
        try:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                number += 1
                http = record.http_headers
                if http is None or http.get_statuscode() != "200":
                    continue
                ctype = http.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                where = f"{name}:{number}"
                warc_date = record.rec_headers.get_header("WARC-Date")
                day = normalise_date(warc_date) if warc_date else None
                html = _decode(record.content_stream().read(), ctype)
                try:
                    doc = _html_document(html, where, day or fallback)
                except InputError as error:
                    yield error
                    continue
                doc.id = record.rec_headers.get_header("WARC-Record-ID", "").strip("<>") or doc.id
                doc.url = record.rec_headers.get_header("WARC-Target-URI") or doc.url
                if warc_date:
                    doc.meta["warc_date"] = warc_date
                yield doc
        except ArchiveLoadFailed as error:
            raise InputError(Err.UNREADABLE, path=name, detail=f"not a WARC file, or a damaged one: {error}") from None


def _starts_like_warc(stream) -> bool:
    """Whether the file's first record starts with a WARC version line, gzipped or not; rewinds the stream."""
    head = stream.read(512)
    stream.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return False
    return head.lstrip()[:5] == b"WARC/"


def _decode(body: bytes, content_type: str) -> str:
    """The page as text: the charset its Content-Type names, else UTF-8, else Windows-1252 (what browsers assume)."""
    m = _CHARSET.search(content_type)
    for encoding in ([m[1]] if m else []) + ["utf-8"]:
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("cp1252", errors="replace")
