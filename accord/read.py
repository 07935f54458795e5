"""Read news inputs into `Document`s: files, folders, globs and standard input.

Formats, by extension: ``.txt``, ``.html``/``.htm`` (main text and metadata by trafilatura), ``.jsonl``/``.ndjson``
and ``.csv`` (one document per line or row, fields ``id, title, date, source, url, text``), and any of them gzipped
(``x.jsonl.gz``). JSON Lines and CSV are streamed line by line, so a file of any size is never held in memory; a
text or HTML file is one document and is read whole. ``.warc``/``.warc.gz`` files (Common Crawl's CC-NEWS) give one
document per HTML response, streamed record by record (`accord.warc`).

A problem with one file, line or record becomes an `InputError` passed to ``on_error`` (by default it is raised),
and reading goes on with the next line or file: one bad document never stops a run.

What the readers do with bad input (docs/robustness.md lists each case with its error):

- **Size.** A document may hold ``max_bytes`` bytes of text (default `accord.limits.MAX_DOC_BYTES`, 2 MB). A text
  or HTML file too large for that is refused from its size on disk, before it is read; a JSON Lines or CSV line
  too large is skipped as it streams, never held whole in memory (`accord.limits.raw_cap`).
- **Encodings.** UTF-8 (with or without BOM), UTF-16/32 by BOM, otherwise charset-normalizer's guess. Text that
  is UTF-8 but for a few bad bytes stays UTF-8, the bad bytes replaced by U+FFFD rather than the whole file read
  in a wrong code page; a text with more than 10% undecodable characters is an error. Binary files (NUL bytes,
  many control characters) are refused.
- **Language.** With ``lang`` (``"en"``), a document whose text `accord.lang` finds to be in another language
  is an error that says which language and why; ``lang=None`` or ``"any"`` reads every language.
"""
from __future__ import annotations

import codecs
import csv
import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import partial
from glob import glob
from itertools import chain
from pathlib import Path
from typing import IO, Any

from . import lang as languages
from .errors import AccordError, Err, InputError
from .limits import MAX_DOC_BYTES, raw_cap, text_bytes
from .models import Document

__all__ = ["FORMATS", "read_path", "read_paths", "parse_published", "normalise_date"]

FORMATS = ("txt", "html", "jsonl", "csv", "warc")
EXTENSIONS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
              ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".warc": "warc"}
STDIN = "-"
STDIN_NAME = "<stdin>"
# Record fields that map onto `Document`; any other field goes to `Document.meta`.
FIELDS = ("id", "title", "date", "published", "source", "url", "text", "lang")

_HEAD = 64 * 1024  # bytes looked at to tell text from binary and to guess the encoding
_CHUNK = 1024 * 1024
_TITLE_MAX = 200  # a longer first line is a paragraph, not a headline
_CSV_FIELD_LIMIT = 2**31 - 1  # a full article is one CSV field; the default limit (128 KiB) is too small
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Bytes found in text: printable ASCII, the usual whitespace and escape, and everything >= 0x80 (non-ASCII).
_TEXT_BYTES = bytes({7, 8, 9, 10, 12, 13, 27} | set(range(0x20, 0x7F)) | set(range(0x80, 0x100)))
_ISO_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?", re.I)

_GLOB_CHARS = re.compile(r"[*?[]")
# Lone UTF-16 surrogates (JSON allows "\ud800"): no UTF-8 encoder, Parquet's included, accepts them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Undecodable characters (U+FFFD after decoding) a text may hold and still be read: a few bad bytes are damage,
# many mean a wrong encoding or no text at all.
_MAX_BAD_SHARE = 0.1
_MIN_BAD = 8
_BAD_RUN = re.compile("\ufffd+")

ErrorHandler = Callable[[AccordError], None]
Item = Document | InputError


# --------------------------------------------------------------------------------------------------- public API

def read_path(path: str | Path, *, published: str | date | None = None, input_format: str = "auto",
              on_error: ErrorHandler | None = None, max_chars: int | None = None,
              max_bytes: int | None = MAX_DOC_BYTES, lang: str | None = None) -> Iterator[Document]:
    """Documents from a file, a folder (recursively), a glob pattern, or standard input (``"-"``).

    ``published`` is the publication date for documents whose input has none (a bad date raises `InputError`
    at once). ``input_format`` is ``"auto"`` (by extension; standard input by its first character) or one of
    `FORMATS`, which then applies to every file, in a folder too. Errors for one file, line or record go to
    ``on_error`` (default: raise).

    Limits, each making a document an error instead: more than ``max_chars`` characters, or more than
    ``max_bytes`` bytes of text in UTF-8 (None: no limit); text in another language than ``lang`` (``"en"``, or
    codes separated by commas; None or ``"any"``: every language, undetected). `Document.lang` is set to the
    detected language when there is a ``lang`` to check.
    """
    options = _check_options(published, input_format, on_error, max_bytes, lang)
    return _documents([path], input_format, max_chars, *options)


def read_paths(paths: Iterable[str | Path], *, published: str | date | None = None, input_format: str = "auto",
               on_error: ErrorHandler | None = None, max_chars: int | None = None,
               max_bytes: int | None = MAX_DOC_BYTES, lang: str | None = None) -> Iterator[Document]:
    """Documents from several paths, in the order given; see `read_path`."""
    options = _check_options(published, input_format, on_error, max_bytes, lang)
    return _documents(paths, input_format, max_chars, *options)


def parse_published(value: str | date) -> str:
    """The user's publication date as ``YYYY-MM-DD``; raises `InputError` (E012) when it is not a date."""
    if isinstance(value, date):  # a datetime is a date too
        return value.strftime("%Y-%m-%d")
    parsed = normalise_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise InputError(Err.BAD_DATE, value=value)
    return parsed


def normalise_date(value: str) -> str | None:
    """The calendar date (``YYYY-MM-DD``) written in ``value``, or None.

    ISO dates and datetimes keep the date as written (no time-zone shift); other absolute dates ("15 August 2022",
    "Mon, 15 Aug 2022 10:00:00 +0000") go through dateparser. Relative dates ("yesterday") and partial dates
    ("August 2022") are None: a publication date must not depend on the day it is read.
    """
    text = str(value).strip()
    if not text:
        return None
    if m := _ISO_DATE.fullmatch(text):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    import dateparser  # slow to import; most inputs carry ISO dates

    parsed = dateparser.parse(text, settings={
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    })
    return parsed.date().isoformat() if parsed else None


# --------------------------------------------------------------------------------------------- paths and files

def _raise(error: AccordError) -> None:
    raise error


def _check_options(published: str | date | None, input_format: str, on_error: ErrorHandler | None,
                   max_bytes: int | None, lang: str | None,
                   ) -> tuple[str | None, ErrorHandler, "_Limits", frozenset[str] | None]:
    # Checked when called, not when the first document is asked for: these are usage errors, not input errors.
    if input_format != "auto" and input_format not in FORMATS:
        raise InputError(Err.UNKNOWN_FORMAT, format=input_format, choices=", ".join(("auto",) + FORMATS))
    if max_bytes is not None and (isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1):
        raise InputError(Err.BAD_LIMIT, name="max_bytes", value=max_bytes, example=f"{MAX_DOC_BYTES}")
    try:
        wanted = languages.parse_wanted(lang)
    except ValueError:
        raise InputError(Err.UNKNOWN_LANGUAGE, value=lang) from None
    fallback = parse_published(published) if published is not None else None
    return fallback, on_error or _raise, _Limits(max_bytes), wanted


class _Limits:
    """The size limit on a document's text, and the largest file or line that can hold such a document."""

    def __init__(self, max_bytes: int | None) -> None:
        self.max_bytes = max_bytes
        self.raw = raw_cap(max_bytes)

    def error(self, name: str, size: str, line: int | None = None) -> InputError:
        return InputError(Err.TOO_LARGE, path=name, line=line, size=size,
                          limit=f"{self.max_bytes:,} bytes")


_NO_LIMITS = _Limits(None)


def _documents(paths: Iterable[str | Path], fmt: str, max_chars: int | None, fallback: str | None,
               report: ErrorHandler, limits: _Limits, wanted: frozenset[str] | None) -> Iterator[Document]:
    for path in paths:
        for item in _items(path, fmt, fallback, limits):
            if isinstance(item, Document):
                item = _checked(item, max_chars, limits, wanted)
            if isinstance(item, AccordError):
                report(item)
            else:
                yield item


def _checked(doc: Document, max_chars: int | None, limits: _Limits, wanted: frozenset[str] | None) -> Item:
    """The document, or the error for a document over a limit or in a language not wanted."""
    name, line = _where(doc.path or "")
    if max_chars is not None and len(doc.text) > max_chars:
        return InputError(Err.TOO_LARGE, path=name, line=line, size=f"{len(doc.text):,} characters",
                          limit=f"{max_chars:,}")
    if limits.max_bytes is not None and len(doc.text) * 4 > limits.max_bytes:   # else it fits, whatever it holds
        size = text_bytes(doc.text)
        if size > limits.max_bytes:
            return limits.error(name, f"{size:,} bytes of text", line)
    if wanted is not None:
        guess = languages.detect(doc.text)
        if not languages.accepts(wanted, guess, doc.lang):
            found = guess.name if guess.lang else f"{languages.language_name(doc.lang)} (as the record says)"
            return InputError(Err.WRONG_LANGUAGE, path=name, line=line, language=found,
                              wanted=" or ".join(languages.language_name(c) for c in sorted(wanted)),
                              evidence=guess.evidence)
        doc.lang = guess.lang or doc.lang
    return doc


def _where(doc_path: str) -> tuple[str, int | None]:
    """Split a `Document.path` ("news.jsonl:17") into file and line."""
    name, _, line = doc_path.rpartition(":")
    return (name, int(line)) if name and line.isdigit() else (doc_path, None)


def _items(path: str | Path, fmt: str, fallback: str | None, limits: _Limits = _NO_LIMITS) -> Iterator[Item]:
    if str(path) == STDIN:
        stream = getattr(sys.stdin, "buffer", None) or sys.stdin  # a text stream when tests replace stdin
        yield from _guarded(STDIN_NAME, _read_stream(stream, STDIN_NAME, fmt, fallback, limits))
        return
    path = Path(path)
    if path.is_dir():
        for file in _folder_files(path, fmt):
            yield from _guarded(_display(file), _read_file(file, fmt, fallback, limits))
    elif path.exists():
        yield from _guarded(_display(path), _read_file(path, fmt, fallback, limits))
    elif _GLOB_CHARS.search(str(path)) and (matches := sorted(glob(str(path), recursive=True))):
        for match in matches:
            yield from _items(match, fmt, fallback, limits)
    else:
        yield InputError(Err.NOT_FOUND, path=_display(path))


def _display(path: str | Path) -> str:
    """A path as text that can be stored and printed: a file name that is not UTF-8 (Linux keeps its bytes as
    lone surrogates) gets U+FFFD for the bytes that do not decode."""
    name = str(path)
    if _SURROGATE.search(name):
        try:
            name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:   # a surrogate that is not an escaped byte
            pass
        name = _SURROGATE.sub("\ufffd", name)
    return name


def _folder_files(folder: Path, fmt: str) -> list[Path]:
    """Files under ``folder`` that accord can read, sorted by path; hidden files and folders are left out."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            file = Path(root, name)
            if not name.startswith(".") and (fmt != "auto" or _format_of(file)):
                found.append(file)
    return sorted(found)


def _format_of(path: Path) -> str | None:
    inner = path.with_suffix("") if path.suffix.lower() == ".gz" else path
    return EXTENSIONS.get(inner.suffix.lower())


def _guarded(name: str, items: Iterator[Item]) -> Iterator[Item]:
    """Turn what stops one file into an error for that file; documents already read from it stay read."""
    try:
        yield from items
    except InputError as error:
        yield error
    except UnicodeDecodeError as error:
        yield InputError(Err.UNDECODABLE, path=name, detail=f"{error.reason} at byte {error.start}")
    except (OSError, EOFError, zlib.error) as error:  # includes a broken or truncated .gz file
        detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
        yield InputError(Err.UNREADABLE, path=name, detail=detail)


def _read_file(path: Path, fmt: str, fallback: str | None, limits: _Limits = _NO_LIMITS) -> Iterator[Item]:
    # An explicitly named file with an unknown extension is read as text (if it is text).
    fmt = fmt if fmt != "auto" else (_format_of(path) or "txt")
    if fmt == "warc":  # many records per file, each gzipped on its own in .warc.gz: warcio reads both
        from .warc import read_warc

        yield from read_warc(path, fallback)
        return
    gzipped = path.suffix.lower() == ".gz"
    if fmt in ("txt", "html") and not gzipped and limits.raw is not None:
        size = path.stat().st_size
        if size > limits.raw:   # refused from its size: a 200 MB text file is not read at all
            raise limits.error(_display(path), f"{size:,} bytes on disk")
    opener = gzip.open if gzipped else open
    with opener(path, "rb") as stream:
        yield from _read_stream(stream, _display(path), fmt, fallback, limits)


# --------------------------------------------------------------------------------------- bytes, text and lines

def _read_stream(stream: IO[bytes] | IO[str], name: str, fmt: str, fallback: str | None,
                 limits: _Limits = _NO_LIMITS) -> Iterator[Item]:
    head = stream.read(_HEAD)
    if not head:
        raise InputError(Err.EMPTY, path=name)
    complete = len(head) < _HEAD
    encoding = None if isinstance(head, str) else _guess_encoding(head, name, complete=complete)
    if fmt == "auto":  # standard input: no name to go by
        fmt = _sniff_format(head if encoding is None else head.decode(encoding, errors="ignore"))
    chunks = chain([head], iter(partial(stream.read, _CHUNK), head[:0]))

    if fmt in ("txt", "html"):
        data = _read_whole(chunks, name, limits)
        if encoding is not None:
            if not complete:
                encoding = _guess_encoding(data, name, complete=True)
            data = _decode_text(data, encoding, name)
        data = data.removeprefix("\ufeff")
        if fmt == "txt" and limits.max_bytes is not None and text_bytes(data) > limits.max_bytes:
            raise limits.error(name, f"{text_bytes(data):,} bytes of text")   # before any copy of it is made
        yield _html_document(data, name, fallback) if fmt == "html" else _txt_document(data, name, fallback)
        return

    if encoding is not None and not _splits_on_newline(encoding):
        chunks = _decoded(chunks, encoding)  # UTF-16/32: decode before looking for line ends
    lines = _text_lines(_split_lines(chunks, limits.raw), encoding or "utf-8", name, limits)
    yield from _read_jsonl(lines, name, fallback) if fmt == "jsonl" else _read_csv(lines, name, fallback)


def _read_whole(chunks: Iterable[Any], name: str, limits: _Limits) -> Any:
    """A whole file (one .txt or .html document), read only as far as a document within the limit can go: a
    compressed file or standard input has no size to check first."""
    kept, size = [], 0
    for chunk in chunks:
        size += len(chunk)
        if limits.raw is not None and size > limits.raw:
            raise limits.error(name, f"more than {limits.raw:,} bytes")
        kept.append(chunk)
    return kept[0][:0].join(kept)


def _decode_text(data: bytes, encoding: str, name: str) -> str:
    """Decode what can be decoded: a few bad bytes become U+FFFD; many make the file undecodable."""
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    if bad > max(_MIN_BAD, _MAX_BAD_SHARE * len(text)):
        raise InputError(Err.UNDECODABLE, path=name,
                         detail=f"{bad:,} of {len(text):,} characters are not {encoding}")
    return text


def _guess_encoding(data: bytes, name: str, *, complete: bool) -> str:
    """UTF-8 (with or without BOM) if it decodes, else charset-normalizer's guess; binary data is an error.

    UTF-8 with a few bad bytes among many good multi-byte characters is still UTF-8: a stray byte from a
    truncated copy must not turn every "é" of the article into "Ã©"."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    sample = data[:_HEAD]
    if b"\x00" in sample:
        raise InputError(Err.BINARY, path=name, detail="it contains NUL bytes")
    control = len(sample.translate(None, _TEXT_BYTES))
    if control > 0.1 * len(sample):
        raise InputError(Err.BINARY, path=name, detail=f"{control / len(sample):.0%} control characters")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return "utf-8"
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputError(Err.UNDECODABLE, path=name, detail="not UTF-8, and no other encoding fits")
    best = matches[0]
    tied = [m.encoding for m in matches if m.chaos == best.chaos]
    # Short Western text fits several code pages equally well; cp1252 (a superset of printable Latin-1) is by
    # far the most common of them in news, and what browsers assume for Latin-1. Ties in mess (chaos) only:
    # coherence, a guess of the language from letter frequencies, hangs on the few accented letters of an
    # English text ("Genève" read in cp1250 is "Genčve", which it found more coherent).
    return "cp1252" if "cp1252" in tied else best.encoding


def _mostly_utf8(data: bytes) -> bool:
    """Whether valid multi-byte UTF-8 characters outnumber the runs of invalid bytes at least three to one.

    Runs, not bytes: damage comes in runs (a truncated copy, a block of junk), while text in a code page has a
    lone invalid byte at each accented letter ("caf\xe9")."""
    text = data.decode("utf-8", errors="replace")
    bad_runs = len(_BAD_RUN.findall(text)) - data.count(b"\xef\xbf\xbd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - text.count("\ufffd")
    return good >= 3 * bad_runs


def _sniff_format(head: str) -> str:
    first = head.lstrip("\ufeff \t\r\n")[:1]
    return {"{": "jsonl", "<": "html"}.get(first, "txt")


def _splits_on_newline(encoding: str) -> bool:
    """Whether byte 0x0A is always a line end in ``encoding`` (true for UTF-8 and the 8-bit code pages)."""
    try:
        return b"\n".decode(encoding) == "\n"
    except UnicodeDecodeError:
        return False


def _decoded(chunks: Iterable[bytes], encoding: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)()
    for chunk in chunks:
        yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


class _LongLine:
    """Stands for a line longer than the limit: its length, and nothing of its content."""

    def __init__(self, size: int, unit: str) -> None:
        self.size = size
        self.unit = unit


def _split_lines(chunks: Iterable[bytes] | Iterable[str], cap: int | None = None) -> Iterator[Any]:
    """Lines (with their line end) from chunks of bytes or text; a line longer than ``cap`` comes as a
    `_LongLine`: it is measured as it goes by, never joined in memory."""
    pending: list[Any] = []
    held = 0          # length of the pieces in pending
    skipped = 0       # length so far of a line too long to keep, or 0
    unit = "bytes"
    for chunk in chunks:
        newline, unit = ("\n", "characters") if isinstance(chunk, str) else (b"\n", "bytes")
        start = 0
        while (end := chunk.find(newline, start)) != -1:
            piece = chunk[start:end + 1]
            start = end + 1
            if skipped or (cap is not None and held + len(piece) > cap):
                yield _LongLine(skipped + held + len(piece), unit)
                pending, held, skipped = [], 0, 0
                continue
            if pending:
                pending.append(piece)
                piece = piece[:0].join(pending)
                pending, held = [], 0
            yield piece
        if start < len(chunk):
            rest = chunk[start:]
            if skipped or (cap is not None and held + len(rest) > cap):
                skipped += held + len(rest)
                pending, held = [], 0
            else:
                pending.append(rest)
                held += len(rest)
    if skipped:
        yield _LongLine(skipped, unit)
    elif pending:
        yield pending[0][:0].join(pending)


def _text_lines(lines: Iterable[bytes | str | _LongLine], encoding: str, name: str,
                limits: _Limits = _NO_LIMITS) -> Iterator[str | InputError]:
    """One item per line: its text, or the error for a line that does not decode or is too long."""
    for number, line in enumerate(lines, 1):
        if isinstance(line, _LongLine):
            yield limits.error(name, f"a line of {line.size:,} {line.unit}", number)
            continue
        if isinstance(line, bytes):
            try:
                line = line.decode(encoding)
            except UnicodeDecodeError as error:
                yield InputError(Err.UNDECODABLE, path=name, line=number,
                                 detail=f"byte 0x{error.object[error.start]:02x} is not {encoding}")
                continue
        yield line.removeprefix("\ufeff") if number == 1 else line


# ------------------------------------------------------------------------------------------------------ formats

def _txt_document(text: str, name: str, fallback: str | None) -> Document:
    if not text.strip():
        raise InputError(Err.EMPTY, path=name)
    title, body = _split_title(text)
    return Document(text=body, title=title, published=fallback, path=name)


def _split_title(text: str) -> tuple[str | None, str]:
    """A first line followed by a blank line is the headline, unless it reads like a paragraph."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n")
    m = re.match(r"([^\n]*)\n[ \t]*\n(.*)", text, re.S)
    if not m:
        return None, text
    first, rest = m[1].strip(), m[2]
    if not first or not rest.strip() or len(first) > _TITLE_MAX or first.endswith("."):
        return None, text
    return first, rest


def _html_document(html: str, name: str, fallback: str | None) -> Document:
    import trafilatura  # slow to import; only HTML needs it

    extracted = trafilatura.extract(
        html, output_format="json", with_metadata=True, include_comments=False,
        # Precision over recall: without it a page with no article gives its menu ("Home World Sport") as text.
        favor_precision=True,
        # The page's own date only: a date found in the body may be history, not publication.
        date_extraction_params={"extensive_search": False, "original_date": True})
    data = json.loads(extracted) if extracted else {}
    title = (data.get("title") or "").strip() or None
    paragraphs = [line.strip() for line in (data.get("text") or "").splitlines() if line.strip()]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # trafilatura keeps the <h1>; the title is kept apart, as for .txt
    if not paragraphs:
        raise InputError(Err.HTML_NO_TEXT, path=name)
    meta = {key: data[key] for key in ("author", "hostname") if data.get(key)}
    return Document(
        # trafilatura puts one block (paragraph, list item, heading) per line; accord's paragraphs are blank-line
        # separated.
        text="\n\n".join(paragraphs), title=title,
        published=(normalise_date(data["date"]) if data.get("date") else None) or fallback,
        source=data.get("source-hostname") or data.get("hostname"), url=data.get("source"),
        path=name, lang=data.get("language"), meta=meta)


def _read_jsonl(lines: Iterable[str | InputError], name: str, fallback: str | None) -> Iterator[Item]:
    seen = False
    for number, line in enumerate(lines, 1):
        if isinstance(line, InputError):
            seen = True
            yield line
            continue
        if not line.strip():
            continue
        seen = True
        try:
            # Without its line end: a line cut short reads "Unterminated string", not "Invalid control character".
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as error:
            where = " column" if error.msg.endswith(" at") else ", column"   # "Unterminated string starting at"
            yield InputError(Err.MALFORMED_JSON, path=name, line=number,
                             detail=f"{error.msg}{where} {error.colno}")
            continue
        if not isinstance(record, dict):
            yield InputError(Err.JSON_NOT_OBJECT, path=name, line=number, kind=_json_kind(record))
            continue
        yield _from_record(record, name, number, fallback)
    if not seen:
        raise InputError(Err.EMPTY, path=name)


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    return {list: "array", str: "string", int: "number", float: "number", type(None): "null"}.get(
        type(value), type(value).__name__)


def _read_csv(lines: Iterable[str | InputError], name: str, fallback: str | None) -> Iterator[Item]:
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    rows = csv.reader(_raising(lines))
    try:
        header = next((row for row in rows if any(cell.strip() for cell in row)), None)
        if header is None:
            raise InputError(Err.EMPTY, path=name)
        columns = [cell.strip() for cell in header]
        if "text" not in (column.lower() for column in columns):
            raise InputError(Err.CSV_NO_TEXT_COLUMN, path=name,
                             columns=", ".join(repr(c) for c in columns if c) or "none")
        end = rows.line_num
        for row in rows:
            start, end = end + 1, rows.line_num
            if not any(cell.strip() for cell in row):
                continue
            record: dict[str, Any] = dict(zip(columns, row))
            if len(row) > len(columns):
                record["extra_fields"] = row[len(columns):]
            yield _from_record(record, name, start, fallback)
    except csv.Error as error:
        raise InputError(Err.UNREADABLE, path=name, line=rows.line_num, detail=f"CSV: {error}") from error


def _raising(lines: Iterable[str | InputError]) -> Iterator[str]:
    # In CSV a record can span lines, so a line that does not decode stops the file.
    for line in lines:
        if isinstance(line, InputError):
            raise line
        yield line


def _from_record(record: dict[str, Any], name: str, line: int, fallback: str | None) -> Item:
    """A `Document` from one JSON object or CSV row; fields match case-insensitively, the rest go to meta."""
    known: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    for key, value in record.items():
        field = str(key).strip().lower()
        if field in FIELDS and field not in known:
            known[field] = value
        else:
            meta[key] = value
    text = known.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(Err.MISSING_TEXT, path=name, line=line)
    text = _SURROGATE.sub("\ufffd", text)
    published = fallback
    raw_date = _value(known.get("date")) or _value(known.get("published"))
    if raw_date is not None:
        parsed = normalise_date(raw_date)
        if parsed:
            published = parsed
        else:
            meta["date_raw"] = raw_date  # kept, not guessed at; the document is still good
    return Document(text=text, id=_value(known.get("id")), title=_value(known.get("title")),
                    published=published, source=_value(known.get("source")), url=_value(known.get("url")),
                    path=f"{name}:{line}", lang=_value(known.get("lang")), meta=meta)


def _value(value: Any) -> str | None:
    """A field as text, None when missing or blank (CSV has no null)."""
    if value is None:
        return None
    text = _SURROGATE.sub("\ufffd", str(value)).strip()
    return text or None
