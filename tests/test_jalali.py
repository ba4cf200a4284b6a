"""Jalali <-> Gregorian arithmetic against known dates, leap years, and a full round trip."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline import jalali

KNOWN = [
    ((1403, 1, 1), dt.date(2024, 3, 20)),
    ((1404, 1, 1), dt.date(2025, 3, 21)),
    ((1402, 5, 21), dt.date(2023, 8, 12)),
    ((1403, 12, 30), dt.date(2025, 3, 20)),  # 1403 is a leap year
    ((1402, 1, 1), dt.date(2023, 3, 21)),
    ((1399, 12, 30), dt.date(2021, 3, 20)),  # 1399 is a leap year
    ((1357, 11, 22), dt.date(1979, 2, 11)),
    ((1395, 8, 15), dt.date(2016, 11, 5)),
    ((1370, 12, 30), dt.date(1992, 3, 20)),  # 1370: a leap year five years after 1366
    ((1300, 1, 1), dt.date(1921, 3, 21)),
    ((1408, 12, 30), dt.date(2030, 3, 20)),
]


@pytest.mark.parametrize("jal,greg", KNOWN, ids=[f"{y}-{m}-{d}" for (y, m, d), _ in KNOWN])
def test_known_dates(jal, greg):
    assert jalali.to_gregorian(*jal) == greg
    assert jalali.from_gregorian(greg) == jal


def test_leap_years():
    leaps = [y for y in range(1390, 1412) if jalali.is_leap(y)]
    assert leaps == [1391, 1395, 1399, 1403, 1408]
    assert jalali.month_length(1403, 12) == 30
    assert jalali.month_length(1404, 12) == 29
    assert jalali.month_length(None, 12) == 29
    with pytest.raises(ValueError):
        jalali.to_gregorian(1404, 12, 30)


def test_round_trip_every_day_1950_2060():
    day = dt.date(1950, 1, 1)
    end = dt.date(2060, 12, 31)
    prev = None
    while day <= end:
        y, m, d = jalali.from_gregorian(day)
        assert jalali.to_gregorian(y, m, d) == day
        if prev is not None:  # Jalali days advance one by one too
            py, pm, pd = prev
            assert (y, m, d) == (py, pm, pd + 1) or d == 1
        prev = (y, m, d)
        day += dt.timedelta(days=1)


def test_month_and_year_spans():
    assert jalali.month_span(1397, 7) == (dt.date(2018, 9, 23), dt.date(2018, 10, 22))
    assert jalali.year_span(1403) == (dt.date(2024, 3, 20), dt.date(2025, 3, 20))
    assert jalali.is_valid(None, 12, 30)
    assert not jalali.is_valid(1404, 12, 30)
    assert not jalali.is_valid(None, 7, 31)
