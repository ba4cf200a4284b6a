"""Hijri lunar (Islamic) dates <-> Gregorian, by the arithmetic (tabular) Islamic calendar, and the
names of the lunar months and holidays as the resolver reads them.

Method: the common "civil" tabular calendar: months alternate 30 and 29 days (Dhu al-Hijjah has 30
in leap years), 11 leap years in every 30-year cycle (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and
29 of the cycle), and day 1 Muharram 1 AH = Friday 16 July 622 (Julian) = 622-07-19 proleptic
Gregorian. This is pure arithmetic, so nothing is downloaded and the result never changes.

Limit: the real months begin with the sighting of the crescent. Iran's official calendar (the
Geophysics Institute / the Leader's office) and Saudi Arabia's Umm al-Qura calendar both follow
the moon, so a real date can differ from the tabular one by one day, rarely two; holidays announced
in Iran are often a day later than in Saudi Arabia. For news that is close enough to place an event
(the ``hijri`` column keeps the lunar date as read, so it can be re-converted with an official
table later), but a converted lunar date is not authoritative to the day.
"""
from __future__ import annotations

import datetime as _dt

#: Ordinal (``date.toordinal()``) of 1 Muharram 1 AH in the civil tabular calendar.
_EPOCH = _dt.date(622, 7, 19).toordinal()

HIJRI_MONTHS = (
    "محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی",
    "رجب", "شعبان", "رمضان", "شوال", "ذی‌القعده", "ذی‌الحجه",
)


def is_leap(year: int) -> bool:
    """True when Hijri ``year`` has 355 days (30 Dhu al-Hijjah)."""
    return (14 + 11 * year) % 30 < 11


def month_length(year: int, month: int) -> int:
    if not 1 <= month <= 12:
        raise ValueError(f"no Hijri month {month}")
    if month == 12:
        return 30 if is_leap(year) else 29
    return 30 if month % 2 == 1 else 29


def _days_before_year(year: int) -> int:
    # 354 days a year plus one per leap year before ``year`` in the 30-year cycle
    return 354 * (year - 1) + (3 + 11 * year) // 30


def _days_before_month(month: int) -> int:
    # 30 + 29 alternating: ceil(29.5 * (month - 1))
    return (59 * (month - 1) + 1) // 2


def to_gregorian(year: int, month: int, day: int) -> _dt.date:
    """Hijri (year, month, day) -> ``datetime.date`` by the tabular calendar."""
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= month_length(year, month):
        raise ValueError(f"no Hijri date {year}-{month:02d}-{day:02d}")
    return _dt.date.fromordinal(_EPOCH + _days_before_year(year) + _days_before_month(month) + day - 1)


def from_gregorian(date: _dt.date) -> tuple[int, int, int]:
    """``datetime.date`` -> Hijri (year, month, day) by the tabular calendar."""
    days = date.toordinal() - _EPOCH
    year = (30 * days + 10646) // 10631  # mean year 10631/30 days; corrected below
    while _days_before_year(year + 1) <= days:
        year += 1
    while _days_before_year(year) > days:
        year -= 1
    rest = days - _days_before_year(year)
    month = min(12, (2 * rest) // 59 + 1)
    while _days_before_month(month) > rest:
        month -= 1
    return year, month, rest - _days_before_month(month) + 1


#: lunar month names as words (folded, as ``resolve.key_words`` gives them); two-word names are joined before lookup
MONTHS_BY_WORD = {
    "محرم": 1, "محرمالحرام": 1, "صفر": 2, "ربیعالاول": 3, "ربیعالاولی": 3, "ربیعالثانی": 4, "ربیعالآخر": 4,
    "جمادیالاول": 5, "جمادیالاولی": 5, "جمادیالثانی": 6, "جمادیالثانیه": 6, "جمادیالآخر": 6, "جمادیالاخر": 6,
    "رجب": 7, "شعبان": 8, "شعبانالمعظم": 8, "رمضان": 9, "رمضانالمبارک": 9, "شوال": 10, "ذیالقعده": 11, "ذیقعده": 11,
    "ذیالحجه": 12, "ذیحجه": 12,
}
#: holidays of the lunar calendar: a word of their name (folded) -> (month, day)
HOLIDAYS = {
    "فطر": (10, 1), "قربان": (12, 10), "اضحی": (12, 10), "غدیر": (12, 18), "مبعث": (7, 27),
    "تاسوعا": (1, 9), "تاسوعای": (1, 9), "عاشورا": (1, 10), "عاشورای": (1, 10), "اربعین": (2, 20), "شعبان": (8, 15),
}


def holiday(words: list[str]) -> tuple[int, int] | None:
    """(month, day) of the lunar holiday that folded ``words`` name: «عید فطر», «عاشورای ۱۴۰۲», «نیمه شعبان»."""
    for i, w in enumerate(words):
        if w in ("فطر", "قربان", "اضحی", "غدیر", "مبعث") and i and words[i - 1] in ("عید", "سعید"):
            return HOLIDAYS[w]
        if w in ("تاسوعا", "تاسوعای", "عاشورا", "عاشورای", "اربعین"):
            return HOLIDAYS[w]
        if w == "شعبان" and words[0] == "نیمه":
            return HOLIDAYS[w]
    return None
