"""Which language a text is in, well enough to skip what the English coder cannot read — without a model.

Two cheap signals over the first `SAMPLE_CHARS` characters of the text:

1. **Script.** Letters are counted by Unicode block (``accord/data/lang/scripts.tsv``). When more than
   `SCRIPT_SHARE` of them belong to one non-Latin script (Cyrillic, Arabic, Han, Hangul, …), the text is in
   that script's language; letters that only one language of a shared script uses tell it apart (Ukrainian
   ``і ї є ґ`` in Cyrillic, Persian ``پ چ ژ گ`` in Arabic script; kana beside Han is Japanese).
2. **Function words.** For text in the Latin script, the share of its words that are function words of each
   language (``accord/data/lang/stopwords.tsv``: "the", "of", "and" for English; "der", "und", "nicht" for
   German …). Running prose in any language is a third to a half function words; a language's share in a text
   of another language is low.

The decision, with thresholds measured by ``python bench/lang.py`` (see docs/robustness.md):

- fewer than `MIN_WORDS` words (or `MIN_LETTERS` letters): **undecided** — too little to judge;
- another language's share at least `MIN_SHARE` and at least `MARGIN` times the English share: **that language**;
- else an English share of at least `MIN_SHARE`: **English**;
- else **undecided** (tables, lists of names, a language without a word list).

Undecided texts are kept: accord skips a document only when it can say which other language it is in, so an
English earnings table or a headline list is coded, not lost. A wrong skip loses data; a wrong keep costs only
the time to parse a text that gives no events.

    >>> detect("Russia and North Korea agreed on Monday to expand their ties, the agency said.").lang
    'en'
    >>> detect("Russland und Nordkorea haben am Montag vereinbart, ihre Beziehungen auszubauen, teilte die "
    ...        "staatliche Nachrichtenagentur des Landes mit.").lang
    'de'
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

__all__ = ["Guess", "detect", "accepts", "parse_wanted", "ANY", "DEFAULT", "language_name"]

ANY = "any"
DEFAULT = "en"
# Enough text to decide and cheap on a 2 MB document: the first few paragraphs.
SAMPLE_CHARS = 4000
MIN_LETTERS = 20
MIN_WORDS = 12
# A script decides when it holds most of the letters: an English article quoting a Russian name is Latin.
SCRIPT_SHARE = 0.5
# Measured by `python bench/lang.py`: of 24,600 English news articles, none is taken for another language (the
# closest has another language's share 1.25 times its English one: hence MARGIN); 11% are undecided (earnings
# tables) and kept. In the 19 Latin-script languages decided by function words, English is at most 10% of the
# words and the language's own at least 19%.
MIN_SHARE = 0.15
MARGIN = 2.0
# Kana among Han characters makes Japanese: Japanese prose is a third or more kana; Chinese has none.
KANA_SHARE = 0.1

# Words of two letters or more: one-letter words ("a", Czech "v", initials "J.") match too many languages' lists.
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"[^\W\d_]{2,}(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class Guess:
    """A language guess: ``lang`` is an ISO 639-1 code, or None when undecided; ``evidence`` says why."""

    lang: str | None
    evidence: str
    script: str = "Latin"

    @property
    def name(self) -> str:
        return language_name(self.lang) if self.lang else "undetermined"


def detect(text: str) -> Guess:
    """The language of ``text``, judged on its first `SAMPLE_CHARS` characters (see the module docstring)."""
    sample = text[:SAMPLE_CHARS]
    scripts = _count_scripts(sample)
    letters = sum(scripts.values())
    if letters < MIN_LETTERS:
        return Guess(None, f"only {letters} letters")
    script, count = scripts.most_common(1)[0]
    if script == "Han" and scripts.get("Kana", 0) >= KANA_SHARE * (count + scripts["Kana"]):
        script, count = "Kana", count + scripts["Kana"]
    if script != "Latin" and count > SCRIPT_SHARE * letters:
        return Guess(_script_language(script, sample), f"{count / letters:.0%} of the letters are {script}",
                     script)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return Guess(None, f"only {len(words)} words")
    shares = _shares(words)
    english = shares.pop(DEFAULT, 0.0)
    other, share = max(shares.items(), key=lambda kv: kv[1]) if shares else (None, 0.0)
    if other and share >= MIN_SHARE and share >= MARGIN * english:
        return Guess(other, f"{share:.0%} of the words are {language_name(other)} function words, "
                            f"{english:.0%} English ones")
    if english >= MIN_SHARE:
        return Guess(DEFAULT, f"{english:.0%} of the words are English function words")
    return Guess(None, f"{english:.0%} English function words, at most {share:.0%} of another language's")


def parse_wanted(value: str | None) -> frozenset[str] | None:
    """``--lang``: None or ``any`` → None (every language); ``en`` or ``en,fr`` → those codes.

    Raises ValueError for a value that is not a list of two- or three-letter codes.
    """
    if value is None or value.strip().lower() == ANY:
        return None
    codes = {c.strip().lower() for c in value.split(",") if c.strip()}
    if not codes or not all(re.fullmatch(r"[a-z]{2,3}", c) for c in codes):
        raise ValueError(value)
    return frozenset(codes)


def accepts(wanted: frozenset[str] | None, guess: Guess, declared: str | None = None) -> bool:
    """Whether a document is kept: every language is, with ``wanted`` None; else its detected language, or
    when undecided its declared one (a record's ``lang`` field), must be wanted. Undecided and undeclared is
    kept."""
    if wanted is None:
        return True
    lang = guess.lang or _primary(declared)
    return lang is None or lang in wanted


def language_name(code: str | None) -> str:
    if not code:
        return "undetermined"
    return _names().get(code, code)


# --------------------------------------------------------------------------------------------------- internals

def _primary(tag: str | None) -> str | None:
    """``en-GB`` → ``en``; None for an empty or unreadable tag."""
    if not tag:
        return None
    head = re.split(r"[-_]", str(tag).strip().lower(), maxsplit=1)[0]
    return head if re.fullmatch(r"[a-z]{2,3}", head) else None


def _shares(words: list[str]) -> dict[str, float]:
    """The share of ``words`` that are each language's function words (every language of the table, in its
    order)."""
    hits = dict.fromkeys(_stopwords(), 0)
    languages_of = _languages_of()
    for word, n in Counter(words).items():
        for code in languages_of.get(word, ()):
            hits[code] += n
    return {code: n / len(words) for code, n in hits.items()}


def _count_scripts(sample: str) -> Counter:
    starts, ends, names = _script_table()
    counts: Counter = Counter()
    ascii_letters = len(_ASCII_LETTER.findall(sample))   # most of an English text, counted at C speed
    if ascii_letters:
        counts["Latin"] = ascii_letters
    for ch in _NON_ASCII.findall(sample):
        if not ch.isalpha():
            continue
        cp = ord(ch)
        i = bisect_right(starts, cp) - 1
        if i >= 0 and cp <= ends[i]:
            counts[names[i]] += 1
        elif cp < 0x250 or 0x1E00 <= cp <= 0x1EFF:
            counts["Latin"] += 1
        else:
            counts[_block_name(ch)] += 1
    return counts


def _block_name(ch: str) -> str:
    # A letter of a script without a row in scripts.tsv: named by its Unicode name's first word ("ARMENIAN").
    try:
        return unicodedata.name(ch).split()[0].title()
    except ValueError:
        return "Other"


def _script_language(script: str, sample: str) -> str | None:
    row = _scripts().get(script)
    if row is None:
        return None
    lang, markers = row
    for code, _name, letters in markers:
        if any(ch in letters for ch in sample):
            return code
    return lang


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for code, _name, words in _rows("stopwords.tsv", 3):
        table[code] = frozenset(words.split())
    return table


@lru_cache(maxsize=1)
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Each function word of the table and the languages it belongs to."""
    by_word: dict[str, list[str]] = {}
    for code, vocab in _stopwords().items():
        for word in vocab:
            by_word.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in by_word.items()}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names = {code: name for code, name, _ in _rows("stopwords.tsv", 3)}
    for script, (lang, markers) in _scripts().items():
        names.setdefault(lang, _script_names()[script])
        for code, name, _letters in markers:
            names.setdefault(code, name)
    return names


@lru_cache(maxsize=1)
def _script_names() -> dict[str, str]:
    return {row[0]: row[3] for row in _rows("scripts.tsv", 4)}


@lru_cache(maxsize=1)
def _scripts() -> dict[str, tuple[str, list[tuple[str, str, str]]]]:
    table = {}
    for row in _rows("scripts.tsv", 4):
        script, _ranges, lang, _name = row[:4]
        markers = [tuple(marker.split(":", 2)) for marker in (row[4].split() if len(row) > 4 else [])]
        table[script] = (lang, markers)
    return table


@lru_cache(maxsize=1)
def _script_table() -> tuple[list[int], list[int], list[str]]:
    ranges = []
    for row in _rows("scripts.tsv", 4):
        for span in row[1].split(","):
            first, _, last = span.partition("-")
            ranges.append((int(first, 16), int(last or first, 16), row[0]))
    ranges.sort()
    return [r[0] for r in ranges], [r[1] for r in ranges], [r[2] for r in ranges]


def _rows(name: str, min_fields: int) -> list[list[str]]:
    source = files("accord") / "data" / "lang" / name
    rows = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) < min_fields:
            raise ValueError(f"{source} line {number}: expected {min_fields} tab-separated fields, "
                             f"found {len(fields)}")
        rows.append(fields)
    return rows
