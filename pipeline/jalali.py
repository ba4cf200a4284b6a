"""Jalali (Solar Hijri) <-> Gregorian conversion, exact day arithmetic.

Leap years follow the 33-year cycle rule ``(25*y + 11) % 33 < 8``, which agrees with the
astronomical (vernal-equinox) calendar for every year from 1178 to 1633 AP, i.e. everything a news
article can mention. Day numbers are counted from 1 Farvardin 1404 = 2025-03-21 (Nowruz 1404 fell
on 20 March 2025 at 12:31 Tehran time, after noon, so the year began the next day).
"""
from __future__ import annotations

import datetime as _dt
from functools import lru_cache

_ANCHOR_YEAR = 1404
_ANCHOR_DATE = _dt.date(2025, 3, 21)

JALALI_MONTHS = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)


def is_leap(year: int) -> bool:
    """True when Jalali ``year`` has 366 days (30 Esfand)."""
    return (25 * year + 11) % 33 < 8


def month_length(year: int | None, month: int) -> int:
    """Days in Jalali ``month`` (1-12); Esfand has 29 days when ``year`` is unknown."""
    if not 1 <= month <= 12:
        raise ValueError(f"no Jalali month {month}")
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if year is not None and is_leap(year) else 29


def year_length(year: int) -> int:
    return 366 if is_leap(year) else 365


@lru_cache(maxsize=4096)
def _new_year(year: int) -> _dt.date:
    """Gregorian date of 1 Farvardin of Jalali ``year``."""
    days = 0
    if year >= _ANCHOR_YEAR:
        for y in range(_ANCHOR_YEAR, year):
            days += year_length(y)
    else:
        for y in range(year, _ANCHOR_YEAR):
            days -= year_length(y)
    return _ANCHOR_DATE + _dt.timedelta(days=days)


def _day_of_year(month: int, day: int) -> int:
    """0-based day of the year of a Jalali month/day."""
    return (month - 1) * 31 + day - 1 if month <= 7 else 6 * 31 + (month - 7) * 30 + day - 1


def is_valid(year: int | None, month: int, day: int) -> bool:
    """A day that exists; without a year, 30 Esfand is allowed (it exists in leap years)."""
    if not 1 <= month <= 12:
        return False
    last = month_length(year, month) if year is not None else (31 if month <= 6 else 30)
    return 1 <= day <= last


def to_gregorian(year: int, month: int, day: int) -> _dt.date:
    """Jalali (year, month, day) -> ``datetime.date``; ValueError when the day does not exist."""
    if not (1 <= month <= 12 and 1 <= day <= month_length(year, month)):
        raise ValueError(f"no Jalali date {year}-{month:02d}-{day:02d}")
    return _new_year(year) + _dt.timedelta(days=_day_of_year(month, day))


def from_gregorian(date: _dt.date) -> tuple[int, int, int]:
    """``datetime.date`` -> Jalali (year, month, day)."""
    year = date.year - 621  # the Jalali year that begins in March of date.year
    if date < _new_year(year):
        year -= 1
    offset = (date - _new_year(year)).days
    if offset < 6 * 31:
        return year, offset // 31 + 1, offset % 31 + 1
    offset -= 6 * 31
    return year, offset // 30 + 7, offset % 30 + 1


def month_span(year: int, month: int) -> tuple[_dt.date, _dt.date]:
    """First and last Gregorian day of a Jalali month."""
    return to_gregorian(year, month, 1), to_gregorian(year, month, month_length(year, month))


def year_span(year: int) -> tuple[_dt.date, _dt.date]:
    """First and last Gregorian day of a Jalali year."""
    return _new_year(year), _new_year(year + 1) - _dt.timedelta(days=1)
