"""Clean a `Document`'s text: one canonical form that every later character offset refers to.

- Unicode NFC; curly quotes and apostrophes made straight; no-break and other odd spaces made plain spaces;
  invisible characters (zero-width space, soft hyphen, BOM, control characters) removed; dashes kept as they are.
- Line ends are ``\\n``; runs of spaces and tabs are one space; no space at either end of a line.
- Paragraphs are separated by exactly one blank line.
- A line that is page furniture as a whole ("Advertisement", "Read more", "Share this", a cookie notice, a photo
  credit; the patterns are in ``accord/data/boilerplate.txt``) is dropped.
- A paragraph (of six words or more) repeated in the same document is kept once, where it first appears.

`clean` is deterministic and idempotent: ``clean(clean(d)).text == clean(d).text``.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from .models import Document

__all__ = ["clean", "clean_text", "clean_title", "is_boilerplate"]

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",  # ‘ ’ ‚ ‛
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',  # “ ” „ ‟
}
_SPACES = dict.fromkeys(
    ["\t", "\u00a0", "\u1680", "\u202f", "\u205f", "\u3000"] + [chr(c) for c in range(0x2000, 0x200B)], " ")
_LINE_ENDS = {"\r\n": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n",
              "\u2029": "\n\n"}
# Zero-width joiners (U+200C, U+200D) are kept: Persian, Indic scripts and emoji need them.
_INVISIBLE = dict.fromkeys(
    ["\u200b", "\u2060", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r\x0b\x0c"] + ["\x7f"], "")
_CHARS = str.maketrans({**_QUOTES, **_SPACES, **_INVISIBLE})
_LINE_END = re.compile("|".join(map(re.escape, _LINE_ENDS)))
_BLANKS = re.compile(" {2,}")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Shorter paragraphs may repeat on purpose: table rows ("pay april 15"), separators ("* * *").
_MIN_REPEAT_WORDS = 6


def clean(doc: Document) -> Document:
    """A new `Document` with cleaned text and title; id, dates, source and the rest are kept as they were."""
    return dataclasses.replace(doc, text=clean_text(doc.text), title=clean_title(doc.title), meta=dict(doc.meta))


def clean_text(text: str) -> str:
    """The cleaned form of an article's text (see the module docstring)."""
    kept: list[str] = []
    seen: set[str] = set()
    for paragraph in _PARAGRAPH_BREAK.split(_normalise(text)):
        lines = [line for line in paragraph.split("\n") if line and not is_boilerplate(line)]
        if not lines:
            continue
        paragraph = "\n".join(lines)
        words = paragraph.split()
        if len(words) >= _MIN_REPEAT_WORDS:
            key = " ".join(words).casefold()
            if key in seen:  # the same paragraph again: page templates and pull quotes repeat them
                continue
            seen.add(key)
        kept.append(paragraph)
    return "\n\n".join(kept)


def clean_title(title: str | None) -> str | None:
    """A title on one line, its characters normalised as in `clean_text`; None if nothing is left."""
    if title is None:
        return None
    return " ".join(_normalise(title).split()) or None


def is_boilerplate(line: str) -> bool:
    """Whether the whole line is page furniture ("Advertisement", "Read more: …", "Share this article")."""
    return _boilerplate().fullmatch(" ".join(line.split())) is not None


def _normalise(text: str) -> str:
    """Characters, line ends and spaces in canonical form; lines stripped."""
    text = _LINE_END.sub(lambda m: _LINE_ENDS[m[0]], text).translate(_CHARS)
    # NFC after removing invisible characters: a zero-width space between a letter and its accent hid the pair.
    text = unicodedata.normalize("NFC", text)
    return "\n".join(_BLANKS.sub(" ", line).strip() for line in text.split("\n"))


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    source = files("accord") / "data" / "boilerplate.txt"
    patterns = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            re.compile(line)
        except re.error as error:
            raise ValueError(f"{source} line {number}: bad pattern {line!r} ({error})") from error
        patterns.append(f"(?:{line})")
    return re.compile("|".join(patterns), re.IGNORECASE)
