"""Pure date values for the reader: the two-digit year pivot, Jalali year and day ranges as
expressions, and two dates joined into one range.
"""
from __future__ import annotations

import datetime as _dt

from .. import jalali
from .expr import Expr


def jalali_year(y: int | None) -> int | None:
    """A written year -> a four-digit Jalali year. Two-digit years are read with a fixed pivot
    (00-20 -> 1400-1420, 21-99 -> 1321-1399), never from today's date."""
    if y is None:
        return None
    if 1200 <= y <= 1499:
        return y
    if 0 <= y <= 99:
        return 1400 + y if y <= 20 else 1300 + y
    return None


def year_expr(i: int, j: int, a: int, b: int | None) -> Expr:
    first, _ = jalali.year_span(a)
    _, last = jalali.year_span(b if b is not None else a)
    return Expr(i, j, "date", jalali=str(a), jalali_end=str(b) if b is not None else None,
                 date=first.isoformat(), date_end=last.isoformat())


def day_range_start(jal: str, day: int) -> str | None:
    """«۲۷ تا ۳۰ بهمن ۹۴»: the start day takes the month and year of the end."""
    parts = jal.split("-")
    if jal.startswith("--"):
        month = int(jal[2:4])
        if len(jal) == 4:
            return None
        return f"--{month:02d}-{day:02d}" if jalali.is_valid(None, month, day) else None
    if len(parts) != 3:
        return None
    y, m = int(parts[0]), int(parts[1])
    return f"{y}-{m:02d}-{day:02d}" if jalali.is_valid(y, m, day) else None


def date_range(i: int, j: int, lo: str, hi: str) -> Expr | None:
    e = Expr(i, j, "date", jalali=lo, jalali_end=hi)
    if not lo.startswith("--"):
        y, m, d = (int(x) for x in lo.split("-"))
        y2, m2, d2 = (int(x) for x in hi.split("-"))
        e.date = jalali.to_gregorian(y, m, d).isoformat()
        e.date_end = jalali.to_gregorian(y2, m2, d2).isoformat()
    return e


def join_dates(a: Expr, b: Expr) -> Expr | None:
    e = Expr(a.i, b.j, "date")
    if a.jalali and b.jalali and a.jalali.count("-") == b.jalali.count("-") or (
            a.jalali and b.jalali and a.jalali.startswith("--") and b.jalali.count("-") == 2 and not b.jalali.startswith("--")):
        lo, hi = a.jalali, b.jalali
        if lo.startswith("--") and not hi.startswith("--") and lo.count("-") == 3:
            year = int(hi[:4]) - (int(lo[2:4]) > int(hi[5:7]))  # «از هشتم بهمن الی ۳۰ فروردین ۹۱»: the year before
            lo = f"{year}{lo[1:]}"  # «۲۰ آبان تا ۱۴ آذر ۱۳۹۵»
        e.jalali, e.jalali_end = lo, hi
        if not lo.startswith("--") and lo.count("-") == 2:
            try:
                e.date = jalali.to_gregorian(*(int(x) for x in lo.split("-"))).isoformat()
            except ValueError:
                return None
        elif a.date:
            e.date = a.date
        e.date_end = b.date_end or b.date
        return e
    if a.jalali is None and b.jalali is None and (a.date or a.gregorian_day is not None) and b.date:
        if a.date:
            e.date = a.date
        else:
            try:
                e.date = _dt.date(int(b.date[:4]), *a.gregorian_day).isoformat()
            except ValueError:
                return None
        e.date_end = b.date_end or b.date
        return e
    return None
