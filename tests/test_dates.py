from datetime import date

import pytest

from accord import dates

PUB = date(2022, 8, 16)  # a Tuesday


@pytest.mark.parametrize("expr,value,precision", [
    ("In July", "2022-07", "month"),
    ("in September", "2021-09", "month"),  # a month after publication is last year's
    ("in 1991", "1991", "year"),
    ("Monday", "2022-08-15", "day"),
    ("on Tuesday", "2022-08-16", "day"),
    ("August 15", "2022-08-15", "day"),
    ("15 August 2022", "2022-08-15", "day"),
    ("Aug. 3, 2019", "2019-08-03", "day"),
    ("yesterday", "2022-08-15", "day"),
    ("last year", "2021", "year"),
    ("last month", "2022-07", "month"),
    ("three days ago", "2022-08-13", "day"),
    ("the 1990s", "1990", "year"),
    ("July 2021", "2021-07", "month"),
])
def test_resolve_relative_to_publication(expr, value, precision):
    ref = dates.resolve(expr, PUB)
    assert ref is not None, expr
    assert (ref.value, ref.precision) == (value, precision)


def test_without_publication_only_absolute_dates_resolve():
    assert dates.resolve("Monday", None) is None
    assert dates.resolve("in 1991", None).value == "1991"


def test_national_day_depends_on_country():
    assert dates.holiday("On North Korea's liberation day", PUB, {"PRK"}).value == "2022-08-15"
    assert dates.holiday("on Victory Day", PUB, {"RUS"}).value == "2022-05-09"
    assert dates.holiday("on Independence Day", PUB, {"UKR"}).value == "2021-08-24"  # not yet this year
    assert dates.holiday("on Independence Day", PUB, {"USA"}).value == "2022-07-04"


def test_named_periods_are_historical():
    ref, name = dates.period("helped them rebuild post the Korean War")
    assert (ref.value, name) == ("1953", "Korean War")
    ref, _ = dates.period("ties date back to the Cold War")
    assert ref.value == "1947" and ref.end.year == 1991
    assert dates.is_historical(ref, PUB)
    assert not dates.is_historical(dates.resolve("In July", PUB), PUB)


def test_dates_at_the_ends_of_the_calendar():
    # found by tests/test_fuzz.py: a story dated 0001-01-01 broke the historical check (a date before year 1)
    from datetime import date as _date

    from accord.dates import is_historical, resolve

    assert resolve("yesterday", _date(1, 1, 1)) is None
    assert resolve("last year", _date(1, 6, 1)) is None
    assert resolve("tomorrow", _date(9999, 12, 31)) is None
    first = resolve("January 1", _date(1, 1, 1))
    assert first is not None and not is_historical(first, _date(1, 1, 1))
    assert is_historical(resolve("1990", _date(2020, 1, 1)), _date(2020, 1, 1))
