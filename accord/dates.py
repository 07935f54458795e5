"""Event dates from temporal expressions, relative to the publication date, with their precision.

`resolve("In July", published=date(2022, 8, 16))` → TimeRef("2022-07", "month"). Named days come from
data/dates/holidays.tsv (North Korea's Liberation Day is 15 August), named periods ("the Cold War") from
data/dates/periods.tsv.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .ontology import read_tsv

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "an": 1, "several": 3, "few": 3, "a few": 3}
HISTORICAL_AFTER = timedelta(days=365)  # an event that ended more than a year before publication


@dataclass(frozen=True)
class TimeRef:
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # year | month | day
    end: date  # last day of the period, to decide what is historical

    @property
    def start(self) -> date:
        parts = [int(p) for p in self.value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def day(d: date) -> TimeRef:
    return TimeRef(d.isoformat(), "day", d)


def month(y: int, m: int) -> TimeRef:
    return TimeRef(f"{y:04d}-{m:02d}", "month", date(y, m, calendar.monthrange(y, m)[1]))


def year(y: int, end_year: int | None = None) -> TimeRef:
    return TimeRef(f"{y:04d}", "year", date(end_year or y, 12, 31))


@lru_cache(maxsize=1)
def holidays() -> list[tuple[re.Pattern, str | None, int, int]]:
    out = []
    for row in read_tsv("dates/holidays.tsv"):
        m, d = (int(x) for x in row["month_day"].split("-"))
        out.append((re.compile(r"\b" + re.escape(row["pattern"]) + r"\b", re.I), row["country"] or None, m, d))
    return out


@lru_cache(maxsize=1)
def periods() -> list[tuple[re.Pattern, int, int]]:
    return [(re.compile(r"\b" + re.escape(r["pattern"]) + r"\b", re.I), int(r["start"]), int(r["end"]))
            for r in read_tsv("dates/periods.tsv")]


@lru_cache(maxsize=2)
def _any_of(table: str) -> re.Pattern:
    """One pattern for all the rows of a table: most sentences name no holiday and no period, and one search
    tells (the rows are then tried one by one, in order)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(r["pattern"]) for r in read_tsv(table)) + r")\b", re.I)


def holiday(text: str, published: date | None, countries: set[str]) -> TimeRef | None:
    """A named day in `text`; the country named beside it (or any in the sentence) picks the row."""
    if not _any_of("dates/holidays.tsv").search(text):
        return None
    best = None
    for pat, country, m, d in holidays():
        if pat.search(text):
            if country is None or country in countries or best is None:
                y = published.year if published else None
                if y is None:
                    return None
                when = date(y, m, d)
                if published and when > published:
                    when = date(y - 1, m, d)
                ref = day(when)
                if country is None or country in countries:
                    return ref
                best = best or ref
    return best


def period(text: str) -> tuple[TimeRef, str] | None:
    """A named historical period in `text` ("the Cold War"): its start year, ending at its end year."""
    if not _any_of("dates/periods.tsv").search(text):
        return None
    for pat, start, end in periods():
        m = pat.search(text)
        if m:
            before = text[:m.start()].lower().rstrip()
            if "since" in before.split()[-4:]:
                continue  # "held by Russia since the end of World War Two": a state of things that lasts to now
            if before.endswith(("after the", "post the", "after", "post")):
                return year(end, end), m.group(0)
            return year(start, end), m.group(0)
    return None


def _last(weekday: int, published: date) -> date:
    delta = (published.weekday() - weekday) % 7
    return published - timedelta(days=delta)


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def resolve(expr: str, published: date | None) -> TimeRef | None:
    """A temporal expression (a spaCy DATE entity's text) as a date with its precision; None where the date
    would fall outside the calendar Python counts (year 1 to 9999: "yesterday" said on 0001-01-01)."""
    try:
        return _resolve(expr, published)
    except (OverflowError, ValueError):
        return None


def _resolve(expr: str, published: date | None) -> TimeRef | None:
    s = expr.strip().lower()
    s = re.sub(r"^(on|in|since|by|during|from|until|at|of)\s+", "", s)
    s = re.sub(r"^the\s+", "", s).strip(" ,.")
    if not s:
        return None
    # ISO dates
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return day(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return None
    # "15 August 2022", "August 15, 2022", "Aug. 15", "15 August"
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?(?:\s+(\d{4}))?", s) or None
    if m and m[2] in MONTHS:
        return _day_month(int(m[1]), MONTHS[m[2]], int(m[3]) if m[3] else None, published)
    m = re.fullmatch(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?", s)
    if m and m[1] in MONTHS:
        return _day_month(int(m[2]), MONTHS[m[1]], int(m[3]) if m[3] else None, published)
    # "July", "July 2022", "early July", "last July"
    m = re.fullmatch(r"(?:early|mid|mid-|late|last|this|earlier this|later this)?\s*-?\s*([a-z]+)\.?,?(?:\s+(\d{4}))?", s)
    if m and m[1] in MONTHS:
        mo = MONTHS[m[1]]
        if m[2]:
            return month(int(m[2]), mo)
        if published is None:
            return None
        y = published.year if mo <= published.month else published.year - 1
        return month(y, mo)
    # years and decades
    m = re.fullmatch(r"(?:early|mid|late|the)?\s*-?\s*(\d{4})s", s)
    if m:
        return year(int(m[1]), int(m[1]) + 9)
    m = re.fullmatch(r"(?:early|mid|late)?\s*-?\s*(\d{4})", s)
    if m and 1800 <= int(m[1]) <= 2100:
        return year(int(m[1]))
    m = re.fullmatch(r"(\d{4})\s*(?:-|–|to)\s*(\d{2,4})", s)
    if m and 1800 <= int(m[1]) <= 2100:
        end = int(m[2]) if len(m[2]) == 4 else int(m[1][:2] + m[2])
        return year(int(m[1]), end)
    if published is None:
        return None
    # relative to the publication date
    if s in {"today", "tonight", "this morning", "this afternoon", "this evening", "now", "currently"}:
        return day(published)
    if s in {"yesterday", "last night", "overnight"}:
        return day(published - timedelta(days=1))
    if s in {"tomorrow"}:
        return day(published + timedelta(days=1))
    m = re.fullmatch(r"(?:last|this past|this|on)?\s*([a-z]+day)(?:\s+(?:morning|afternoon|evening|night))?", s)
    if m and m[1] in WEEKDAYS:
        return day(_last(WEEKDAYS[m[1]], published))
    if s in {"last week", "the past week", "past week", "earlier this week", "this week"}:
        d = published - timedelta(days=7 if "last" in s or "past" in s else 0)
        return month(d.year, d.month)
    if s in {"last month", "the past month", "past month"}:
        d = published.replace(day=1) - timedelta(days=1)
        return month(d.year, d.month)
    if s in {"this month", "earlier this month", "later this month"}:
        return month(published.year, published.month)
    if s in {"last year", "the past year", "past year"}:
        return year(published.year - 1)
    if s in {"this year", "earlier this year", "later this year"}:
        return year(published.year)
    if s in {"next year"}:
        return year(published.year + 1)
    m = re.fullmatch(r"([a-z0-9]+|a few)\s+(day|week|month|year)s?\s+ago", s)
    if m and _number(m[1]) is not None:
        n = _number(m[1])
        if m[2] == "day":
            return day(published - timedelta(days=n))
        if m[2] == "week":
            d = published - timedelta(days=7 * n)
            return month(d.year, d.month)
        if m[2] == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            return month(y, mo + 1)
        return year(published.year - n)
    return None


def _day_month(d: int, mo: int, y: int | None, published: date | None) -> TimeRef | None:
    if y is None:
        if published is None:
            return None
        y = published.year
        try:
            if date(y, mo, d) > published + timedelta(days=31):
                y -= 1
        except ValueError:
            return None
    try:
        return day(date(y, mo, d))
    except ValueError:
        return None


def is_historical(ref: TimeRef | None, published: date | None) -> bool:
    if not (ref and published) or published.toordinal() <= HISTORICAL_AFTER.days:
        return False   # (nothing lies that long before a story dated in the first years of the calendar)
    return ref.end < published - HISTORICAL_AFTER


def parse_iso(value: str | None) -> date | None:
    """A publication date string (YYYY-MM-DD or a full ISO datetime) as a date."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
