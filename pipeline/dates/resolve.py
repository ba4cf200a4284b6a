"""Resolve date mentions against the article's date (the anchor) and the years the text states.

``resolve(mention, context)`` fills ``date``/``date_end`` (ISO Gregorian), ``jalali``/``jalali_end``
(full Jalali forms), ``hijri`` (lunar dates), ``resolved_by`` and ``weekday_conflict``. Rules:

- a mention with a Gregorian ``date`` already is ``explicit``: only its weekday is checked;
- a year-less Jalali day/month/range («۲۱ مردادماه», «دهه اول شهریور», «خرداد گذشته»):
  «امسال/سال جاری» -> the article's year, «پارسال/سال گذشته/سال قبل» -> the year before, «سال آینده»
  -> the next; «... گذشته»/«... آینده» -> the last occurrence before / first after the article date;
  otherwise a year stated earlier in the same sentence (``text_year``), else the year that puts the
  date nearest the article date -- the latest one not after it when the verb after the date is
  past tense, the first one not before it for a future verb (``article_date``); with no article date,
  a year stated earlier anywhere in the text (``text_year``). A stated weekday picks, among the
  candidate years within a year of the article, the one it agrees with;
- Gregorian day-month without a year («۲۱ اوت») and Hijri lunar dates («۱۰ محرم», «عید فطر ۱۴۴۵»)
  the same way in their own calendars (lunar by the tabular calendar, see ``lunar``);
- a weekday alone: «امروز/دیروز/فردا یکشنبه» -> that day; «دوشنبه گذشته» -> the last Monday before
  the article date; «دوشنبه آینده» -> the next one after it; «دوشنبه هفته گذشته» -> the Monday of the
  week before (weeks run Saturday to Friday); «روز دوشنبه» in a report -> the latest Monday not
  after the article date (the first not before it when the verb is future);
- relative days, weeks, months, years and counts («دیروز», «هفته گذشته», «ماه آینده», «پارسال»,
  «سال گذشته میلادی», «دو روز پیش», «سه سال قبل», «۵ سال گذشته», «دو هفته دیگر»): from the article
  date, at the granularity of the unit (a week is Saturday-Friday, a month or year is Jalali unless
  «میلادی» says Gregorian). «N unit گذشته/اخیر» is the stretch from N units before to the article
  date; «N unit آینده/آتی» the stretch after it; «پیش/قبل/دیگر» the one day, week, month or year.

A weekday and a date that disagree set ``weekday_conflict`` (true), both kept as read; agreeing
ones set it false; no weekday leaves it empty.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from .. import jalali
from ..document import NumberMention
from ..numbers.lexicon import GREGORIAN_MONTHS, JALALI_MONTHS, SEASONS
from ..numbers.words import parse_words
from ..persian.events import NATIONAL_PERIODS
from . import lunar
from .relative import PARTS_OF_DAY

_PART_KEYS = {w.replace("\u200c", "") for w in PARTS_OF_DAY}

_ONE = _dt.timedelta(days=1)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "\u200c": "", "ـ": ""})


def key_words(text: str) -> list[str]:
    """Words and digit groups of a mention, letters folded, ZWNJ dropped («پس‌فردا» -> «پسفردا»)."""
    t = re.sub(r"[\u064b-\u065f\u0670]", "", text.translate(_DIGITS).translate(_LETTERS))
    # «هفته پیش رو», «ماه پیش‌رو»: the coming week or month, not the last one
    t = re.sub(r"پیش[ \u200c]?رو$", "آینده", t)
    # «مدت مشابه سال قبل»: the same stretch of last year, resolved to that year
    t = re.sub(r"^(?:مدت|دوره|زمان|فصل|ماه[ \u200c]?های|ماه)[ \u200c]+مشابه[ \u200c]+(?:در[ \u200c]+)?", "", t)
    return re.findall(r"\d+|[^\W\d_]+", t)


_DAY_WORDS = {"امروز": 0, "امشب": 0, "دیروز": -1, "دیشب": -1, "پریروز": -2, "پریشب": -2, "فردا": 1, "فرداشب": 1, "فردای": 1,
              "پسفردا": 2}
_BACK = {"گذشته", "قبل", "پیش"}
_PART_OF_PERIOD = {"ابتدای", "اوایل", "اواسط", "اواخر", "پایان", "انتهای", "آغاز", "اول"}
_AHEAD = {"آینده", "آتی", "بعد", "دیگر"}
_THIS = {"جاری", "این", "امسال"}
_LAST_YEAR = {"پارسال"}

# ------------------------------------------------------------------------------ context


@dataclass
class Context:
    """What a mention is resolved against."""

    anchor: _dt.date | None = None
    tense: str | None = None
    # calendar ('jalali', 'gregorian', 'hijri') -> a year stated earlier in the same sentence / text
    sentence_years: dict[str, int] = field(default_factory=dict)
    text_years: dict[str, int] = field(default_factory=dict)


# ------------------------------------------------------------------------------ helpers


def _jal(d: _dt.date) -> str:
    y, m, dd = jalali.from_gregorian(d)
    return f"{y}-{m:02d}-{dd:02d}"


def _jal_year(d: _dt.date) -> int:
    return jalali.from_gregorian(d)[0]


def _week_start(d: _dt.date) -> _dt.date:
    """The Saturday that begins the Iranian week holding ``d``."""
    return d - _dt.timedelta(days=(d.weekday() - 5) % 7)


def _iso_weekday(d: _dt.date) -> int:
    return d.isoweekday()


def _add_jalali_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _shift_years_day(d: _dt.date, n: int) -> _dt.date:
    """The same Jalali day ``n`` years away (30 Esfand -> 29 Esfand in a common year)."""
    y, m, dd = jalali.from_gregorian(d)
    y += n
    return jalali.to_gregorian(y, m, min(dd, jalali.month_length(y, m)))


def _shift_months_day(d: _dt.date, n: int) -> _dt.date:
    y, m, dd = jalali.from_gregorian(d)
    y, m = _add_jalali_months(y, m, n)
    return jalali.to_gregorian(y, m, min(dd, jalali.month_length(y, m)))


def _set_day(m: NumberMention, a: _dt.date, b: _dt.date | None = None, by: str = "article_date") -> None:
    m.date = a.isoformat()
    m.date_end = b.isoformat() if b is not None and b != a else None
    m.jalali = _jal(a)
    m.jalali_end = _jal(b) if b is not None and b != a else None
    m.resolved_by = by


def _set_jalali_month(m: NumberMention, y: int, mo: int, by: str = "article_date") -> None:
    a, b = jalali.month_span(y, mo)
    m.date, m.date_end = a.isoformat(), b.isoformat()
    m.jalali, m.jalali_end = f"{y}-{mo:02d}", None
    m.resolved_by = by


def _set_jalali_year(m: NumberMention, y: int, by: str = "article_date") -> None:
    a, b = jalali.year_span(y)
    m.date, m.date_end = a.isoformat(), b.isoformat()
    m.jalali, m.jalali_end = str(y), None
    m.resolved_by = by


def _check_weekday(m: NumberMention) -> None:
    if m.weekday is not None and m.date and len(m.date) == 10:
        m.weekday_conflict = _dt.date.fromisoformat(m.date).isoweekday() != m.weekday


def _pick(candidates: list[tuple[_dt.date, _dt.date]], anchor: _dt.date, tense: str | None,
          direction: str | None = None) -> int | None:
    """Index of the candidate span (first, last day) to use: ``direction`` 'back' -> the latest that
    ends before the anchor; 'ahead' -> the first that starts after it; else by tense: past -> the
    latest starting on or before the anchor; future -> the first ending on or after it; otherwise the
    nearest (a tie goes to the past)."""
    if not candidates:
        return None
    idx = list(range(len(candidates)))
    if direction == "back":  # «خرداد گذشته» said in Khordad is last year's: the whole span is past
        ok = [i for i in idx if candidates[i][1] < anchor]
        return max(ok, key=lambda i: candidates[i][0]) if ok else None
    if direction == "ahead":
        ok = [i for i in idx if candidates[i][0] > anchor]
        return min(ok, key=lambda i: candidates[i][0]) if ok else None
    if tense == "past":
        ok = [i for i in idx if candidates[i][0] <= anchor]
        if ok:
            return max(ok, key=lambda i: candidates[i][0])
    if tense == "future":
        ok = [i for i in idx if candidates[i][1] >= anchor]
        if ok:
            return min(ok, key=lambda i: candidates[i][0])

    def distance(i: int) -> tuple[int, int]:
        a, b = candidates[i]
        if a <= anchor <= b:
            return (0, 0)
        gap = (a - anchor).days if a > anchor else (anchor - b).days
        return (gap, 1 if a > anchor else 0)

    return min(idx, key=distance)


# ----------------------------------------------------------------------- the mention kinds


def _direction(words: list[str]) -> str | None:
    """'back'/'ahead'/'this' from the relative-year words of a dated mention, or None."""
    tail = words[-2:] if len(words) >= 2 else words
    if "امسال" in words or tail[-1:] == ["جاری"]:
        return "this"
    if "پارسال" in words:
        return "last_year"
    if len(tail) == 2 and tail[0] == "سال":
        if tail[1] in _BACK:
            return "last_year"
        if tail[1] in _AHEAD:
            return "next_year"
    if tail[-1:] and tail[-1] in ("گذشته",):
        return "back"
    if tail[-1:] and tail[-1] in ("آینده", "آتی"):
        return "ahead"
    return None


def _parse_partial(j: str) -> tuple[int | None, int, int | None]:
    """'--05-21' -> (None, 5, 21); '--05' -> (None, 5, None); '1402-05-21' -> (1402, 5, 21)."""
    if j.startswith("--"):
        parts = j[2:].split("-")
        return None, int(parts[0]), int(parts[1]) if len(parts) > 1 else None
    parts = j.split("-")
    return int(parts[0]), int(parts[1]) if len(parts) > 1 else 0, int(parts[2]) if len(parts) > 2 else None


def _choose_year(ctx: Context, words: list[str], calendar: str, build, year_of, weekday: int | None):
    """(year, resolved_by, weekday_conflict) for a year-less date, or None."""
    direction = _direction(words)
    anchor = ctx.anchor
    if anchor is not None and direction in ("this", "last_year", "next_year") and calendar == "jalali":
        y = year_of(anchor) + {"this": 0, "last_year": -1, "next_year": 1}[direction]
        return (y, "article_date") if build(y) else None
    if direction is None and calendar in ctx.sentence_years:
        y = ctx.sentence_years[calendar]
        return (y, "text_year") if build(y) else None
    if anchor is not None:
        y0 = year_of(anchor)
        years = [y for y in (y0 - 1, y0, y0 + 1) if build(y)]
        spans = [build(y) for y in years]
        d = direction if direction in ("back", "ahead") else None
        if direction in ("this", "last_year", "next_year"):  # «سال گذشته» said of a lunar/Gregorian date
            d = "back" if direction == "last_year" else "ahead" if direction == "next_year" else None
        i = _pick(spans, anchor, ctx.tense, d)
        if i is None:
            return None
        if weekday is not None and spans[i][0] == spans[i][1] and spans[i][0].isoweekday() != weekday and d is None:
            agree = [k for k in range(len(years)) if spans[k][0].isoweekday() == weekday
                     and abs((spans[k][0] - anchor).days) <= 366]
            if len(agree) == 1:
                i = agree[0]
        return years[i], "article_date"
    if calendar in ctx.text_years and direction is None:
        y = ctx.text_years[calendar]
        return (y, "text_year") if build(y) else None
    return None


def _resolve_jalali(m: NumberMention, ctx: Context, words: list[str]) -> None:
    y1, mo1, d1 = _parse_partial(m.jalali)
    end = _parse_partial(m.jalali_end) if m.jalali_end else None
    if end is not None and end[0] is not None:
        return  # the end has a year and the start not: left as the numbers stage read it

    def build(y: int):
        try:
            if d1 is None:
                a = jalali.month_span(y, mo1)[0]
                b = jalali.month_span(y, mo1)[1]
            else:
                a = jalali.to_gregorian(y, mo1, d1)
                b = a
            if end is not None:
                ye = y + (1 if (end[1], end[2] or 0) < (mo1, d1 or 0) else 0)
                b = jalali.to_gregorian(ye, end[1], end[2]) if end[2] else jalali.month_span(ye, end[1])[1]
            return a, b
        except ValueError:
            return None

    got = _choose_year(ctx, words, "jalali", build, _jal_year, m.weekday if end is None else None)
    if got is None:
        return
    y, by = got
    a, b = build(y)
    if d1 is None and end is None:
        _set_jalali_month(m, y, mo1, by)
        return
    m.date = a.isoformat()
    m.date_end = b.isoformat() if end is not None else None
    m.jalali = f"{y}-{mo1:02d}" + (f"-{d1:02d}" if d1 else "")
    if end is not None:
        ye = _jal_year(b)
        m.jalali_end = f"{ye}-{end[1]:02d}" + (f"-{end[2]:02d}" if end[2] else "")
    m.resolved_by = by


def _day_numbers(words: list[str]) -> list[int]:
    """Day numbers before a month name: digits or words («اول», «بیست و یکم»)."""
    out: list[int] = []
    run: list[str] = []
    for w in words:
        if w.isdigit():
            out.append(int(w))
            run = []
            continue
        if w in ("تا", "الی", "لغایت"):
            if run:
                v = parse_words(" ".join(run))
                if v is not None:
                    out.append(int(v))
            run = []
            continue
        run.append(w)
        v = parse_words(" ".join(run))
        if v is None:
            run = run[:-1]
            if run:
                v2 = parse_words(" ".join(run))
                if v2 is not None:
                    out.append(int(v2))
            run = []
    if run:
        v = parse_words(" ".join(run))
        if v is not None:
            out.append(int(v))
    return [d for d in out if 1 <= d <= 31] if len(out) <= 2 else []


def _resolve_gregorian(m: NumberMention, ctx: Context, words: list[str], month: int, at: int) -> None:
    days = _day_numbers(words[:at])
    if not days:
        return
    d1, d2 = days[0], days[-1] if len(days) > 1 else None

    def build(y: int):
        try:
            a = _dt.date(y, month, d1)
            return a, (_dt.date(y, month, d2) if d2 else a)
        except ValueError:
            return None

    got = _choose_year(ctx, words, "gregorian", build, lambda d: d.year, m.weekday if d2 is None else None)
    if got is None:
        return
    a, b = build(got[0])
    _set_day(m, a, b if d2 else None, got[1])


def _lunar_year_in_words(words: list[str]) -> int | None:
    for w in words:
        if w.isdigit() and len(w) == 4 and 1300 <= int(w) <= 1500:
            return int(w)
    return None


def _resolve_lunar(m: NumberMention, ctx: Context, words: list[str], month: int, days: list[int]) -> None:
    d1, d2 = days[0], days[-1] if len(days) > 1 else None
    year = _lunar_year_in_words(words)

    def build(y: int):
        try:
            a = lunar.to_gregorian(y, month, d1)
            return a, (lunar.to_gregorian(y, month, d2) if d2 else a)
        except ValueError:
            return None

    def hijri_year(d: _dt.date) -> int:
        return lunar.from_gregorian(d)[0]

    partial = f"--{month:02d}-{d1:02d}"
    m.hijri = partial
    by = "explicit"
    if year is not None and year < 1420:
        # «عاشورای ۱۴۰۲»: a Jalali year; the holiday inside it (the first, when it falls twice)
        first, last = jalali.year_span(year)
        y0 = hijri_year(first)
        found = [build(y) for y in (y0, y0 + 1) if build(y) and first <= build(y)[0] <= last]
        if not found:
            return
        a, b = found[0]
        year = hijri_year(a)
    elif year is not None:
        got = build(year)
        if got is None:
            return
        a, b = got
    else:
        chosen = _choose_year(ctx, words, "hijri", build, hijri_year, m.weekday if d2 is None else None)
        if chosen is None:
            return
        year, by = chosen
        a, b = build(year)
    _set_day(m, a, b if d2 else None, by)
    m.hijri = f"{year}-{month:02d}-{d1:02d}"


def _resolve_lunar_month(m: NumberMention, ctx: Context, words: list[str], month: int) -> None:
    """«ماه مبارک رمضان», «ماه محرم» said without a day or year: the whole month, the one the
    clause's tense and the article date point to."""
    def build(y: int):
        return lunar.to_gregorian(y, month, 1), lunar.to_gregorian(y, month, lunar.month_length(y, month))

    chosen = _choose_year(ctx, words, "hijri", build, lambda d: lunar.from_gregorian(d)[0], None)
    if chosen is not None:
        year, by = chosen
        _set_day(m, *build(year), by)
        m.hijri = f"{year}-{month:02d}"


def _resolve_weekday(m: NumberMention, ctx: Context, words: list[str]) -> None:
    anchor = ctx.anchor
    if anchor is None:
        return
    wd = m.weekday
    for w in words:
        if w in _DAY_WORDS:
            day = anchor + _dt.timedelta(days=_DAY_WORDS[w])
            _set_day(m, day)
            return
    if "هفته" in words:
        i = words.index("هفته")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        shift = -7 if nxt in _BACK else 7 if nxt in _AHEAD else 0 if (nxt == "جاری" or prev == "این") else None
        weeks = _day_numbers([prev]) if shift and prev else []
        if weeks and 2 <= weeks[0] <= 4:
            shift *= weeks[0]  # «سه‌شنبه دو هفته آینده»: the week after next
        if shift is not None:
            start = _week_start(anchor) + _dt.timedelta(days=shift)
            _set_day(m, start + _dt.timedelta(days=(wd - 6) % 7))
            return
    back = (anchor.isoweekday() - wd) % 7  # days since the latest such weekday (0: today)
    if words[-1] in _BACK or words[-1] == "اخیر":
        day = anchor - _dt.timedelta(days=back or 7)
    elif words[-1] in _AHEAD:
        ahead = (wd - anchor.isoweekday()) % 7
        day = anchor + _dt.timedelta(days=ahead or 7)
    elif ctx.tense == "future":
        day = anchor + _dt.timedelta(days=(wd - anchor.isoweekday()) % 7)
    else:
        day = anchor - _dt.timedelta(days=back)
    _set_day(m, day)


def _resolve_relative(m: NumberMention, ctx: Context, words: list[str]) -> bool:
    """Relative days, weeks, months, years and counts. True when the mention is one of those."""
    anchor = ctx.anchor
    gregorian = "میلادی" in words
    ws = [w for w in words if w not in ("میلادی", "شمسی", "خورشیدی") and w not in _PART_KEYS]  # «ظهر امروز» is today
    for k in range(len(words) - 2):
        if words[k] in ("پیش", "قبل", "بعد") and words[k + 1] == "از" and words[k + 2] == "ظهر":
            # «پیش از ظهر امروز», «امروز بعد از ظهر»: the part of the day, not «before/after»
            ws = [w for w in ws if w not in ("پیش", "قبل", "بعد", "از")]
            break
    ws = [part for w in ws for part in _unglue(w)]
    if m.value is not None and m.unit in ("ساعت", "روز", "هفته", "ماه", "سال") and ws and ws[-1] in _BACK | _AHEAD | {"اخیر"}:
        if anchor is None:
            return True
        n = int(m.value_max if m.value_max is not None else m.value)  # «دو سه سال اخیر»: the wider stretch
        way = ws[-1]
        unit = m.unit
        if unit == "ساعت":  # «۴۸ ساعت گذشته»: the days those hours reach into
            unit, n = "روز", -(-n // 24)
        if way in ("گذشته", "اخیر", "آینده", "آتی"):  # a stretch up to / from the article date
            sign = -1 if way in ("گذشته", "اخیر") else 1
            if unit == "روز":
                other = anchor + _dt.timedelta(days=sign * n)
            elif unit == "هفته":
                other = anchor + _dt.timedelta(days=sign * 7 * n)
            elif unit == "ماه":
                other = _shift_months_day(anchor, sign * n)
            else:
                other = _shift_years_day(anchor, sign * n)
            _set_day(m, min(anchor, other), max(anchor, other))
            return True
        if m.value_max is not None:
            return True  # «دو سه روز پیش»: no one day
        sign = -1 if way in _BACK else 1
        _relative_unit(m, anchor, unit, sign * n, gregorian)
        return True
    if ws == ["گذشته"] and words[0] in _PART_KEYS:  # «شب گذشته»: last night
        if anchor is not None:
            _set_day(m, anchor - _dt.timedelta(days=1))
        return True
    if not ws:
        return False
    period = _period_of_year(ws)
    if period is not None:
        first_month, last_month, shift = period
        if anchor is not None:
            y = _jal_year(anchor) + shift
            _set_jalali_month(m, y, first_month)
            if last_month != first_month:
                m.date_end = jalali.month_span(y, last_month)[1].isoformat()
                m.jalali_end = f"{y}-{last_month:02d}"
        return True
    first = ws[0]
    if len(ws) == 1 and first in _DAY_WORDS:
        if anchor is not None:
            _set_day(m, anchor + _dt.timedelta(days=_DAY_WORDS[first]))
        return True
    if first == "امسال" or first == "پارسال":
        if anchor is not None:
            _relative_unit(m, anchor, "سال", 0 if first == "امسال" else -1, gregorian)
        return True
    if len(ws) == 2:
        a, b = ws
        unit, rel = (b, a) if a == "این" else (a, b)
        if unit in ("روز", "هفته", "ماه", "سال") and (rel in _BACK | _AHEAD or rel in ("جاری", "این")
                                                     or unit == "سال" and rel == "جدید"):  # «در سال جدید»: this year
            if anchor is not None:
                shift = -1 if rel in _BACK else 1 if rel in _AHEAD else 0
                _relative_unit(m, anchor, unit, shift, gregorian)
            return True
    return False


def _unglue(w: str) -> tuple[str, ...]:
    """«سال‌جاری» loses its ZWNJ in ``key_words``: the unit and the direction are two words."""
    for unit in ("سال", "ماه", "هفته", "روز"):
        if w.startswith(unit) and w[len(unit):] in _BACK | _AHEAD | {"جاری"}:
            return unit, w[len(unit):]
    return (w,)


def _period_of_year(ws: list[str]) -> tuple[int, int, int] | None:
    """(first month, last month, year shift) of «تابستان سال جاری», «مهر امسال», «آبان‌ماه پارسال»."""
    if ws[0] == "فصل":
        ws = ws[1:]
    if len(ws) < 2:
        return None
    head, rest = ws[0], ws[1:]
    if head in SEASONS:
        first = last = SEASONS[head]
        last = first + 2
    else:
        if head.endswith("ماه") and head[:-3] in JALALI_MONTHS:
            head = head[:-3]
        elif rest[0] == "ماه":
            rest = rest[1:]
        if head not in JALALI_MONTHS:
            return None
        first = last = JALALI_MONTHS[head]
    shift = _year_shift(rest)
    return None if shift is None else (first, last, shift)


def _year_shift(rest: list[str]) -> int | None:
    """The year «امسال», «سال جاری» (0), «پارسال», «سال گذشته» (-1), «سال آینده» (+1) name."""
    if rest in (["امسال"], ["سال", "جاری"], ["سالجاری"]):
        return 0
    if rest == ["پارسال"] or len(rest) == 2 and rest[0] == "سال" and rest[1] in _BACK:
        return -1
    if len(rest) == 2 and rest[0] == "سال" and rest[1] in ("آینده", "آتی", "بعد"):
        return 1
    return None


def _relative_unit(m: NumberMention, anchor: _dt.date, unit: str, shift: int, gregorian: bool) -> None:
    if unit == "روز":
        _set_day(m, anchor + _dt.timedelta(days=shift))
    elif unit == "هفته":
        start = _week_start(anchor) + _dt.timedelta(days=7 * shift)
        _set_day(m, start, start + _dt.timedelta(days=6))
    elif unit == "ماه":
        if gregorian:
            k = anchor.year * 12 + anchor.month - 1 + shift
            a = _dt.date(k // 12, k % 12 + 1, 1)
            b = (a.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _ONE
            m.date, m.date_end, m.jalali, m.jalali_end, m.resolved_by = a.isoformat(), b.isoformat(), None, None, "article_date"
        else:
            y, mo, _ = jalali.from_gregorian(anchor)
            _set_jalali_month(m, *_add_jalali_months(y, mo, shift))
    else:
        if gregorian:
            y = anchor.year + shift
            m.date, m.date_end, m.jalali, m.jalali_end, m.resolved_by = f"{y}-01-01", f"{y}-12-31", None, None, "article_date"
        else:
            _set_jalali_year(m, _jal_year(anchor) + shift)


def _nowruz_holidays(words: list[str]) -> bool:
    """«تعطیلات نوروزی», «ایام تعطیلات عید نوروز», «تعطیلات سال نو», «ایام نوروز»: Farvardin 1-4
    (the official holidays; judges of the new rules' rows)."""
    rest = words[1:] if words[:1] == ["ایام"] else words
    rest = rest[1:] if rest[:1] == ["تعطیلات"] else rest
    return len(rest) < len(words) and rest in (["نوروز"], ["نوروزی"], ["عید", "نوروز"], ["عید", "نوروزی"], ["سال", "نو"])


def _nowruz_year(words: list[str], m: NumberMention, anchor: _dt.date | None) -> int | None:
    """The Jalali year of a Nowruz said with its year: «نوروز ۹۷», «عید ۹۶» (the year the numbers stage
    read), «عید نوروز امسال» (the Nowruz nearest the article), «نوروز سال گذشته» (the one before
    it), «نوروز سال آینده». None when the words are not one of those."""
    rest = words[1:] if words[:1] == ["عید"] else words
    rest = rest[1:] if rest[:1] == ["نوروز"] else rest
    if len(rest) == len(words) or not rest:
        return None  # «عید» alone before a year is Nowruz («عید سال گذشته»)
    if m.jalali and m.jalali.isdigit() and len(m.jalali) == 4:
        return int(m.jalali)
    shift = _year_shift(rest)
    return None if anchor is None or shift is None else _nearest_nowruz(anchor) + shift


_NATIONAL_WORDS = {tuple(key_words(name)): days for name, days in NATIONAL_PERIODS.items()}


def _national_period(words: list[str]) -> tuple[tuple[int, int], tuple[int, int], list[str]] | None:
    """(first day, last day, the words after) of «(ایام) هفته دفاع مقدس (سال جاری)»."""
    ws = words[1:] if words[:1] == ["ایام"] else words
    for name, (a, b) in _NATIONAL_WORDS.items():
        if tuple(ws[:len(name)]) == name:
            return a, b, ws[len(name):]
    return None


def _nearest_nowruz(anchor: _dt.date) -> int:
    """The Jalali year whose Nowruz is nearest ``anchor``: the coming one in Esfand, the one just gone in spring."""
    y = jalali.from_gregorian(anchor)[0]
    return min((y, y + 1), key=lambda x: abs((jalali.to_gregorian(x, 1, 1) - anchor).days))


def _set_nowruz(m: NumberMention, year: int, by: str = "article_date") -> None:
    """The official Nowruz holidays of Jalali ``year``: Farvardin 1-4."""
    first = jalali.to_gregorian(year, 1, 1)
    _set_day(m, first, first + _dt.timedelta(days=3), by)


def resolve(m: NumberMention, ctx: Context) -> None:
    """Fill the resolved fields of one ``date`` mention in place."""
    if m.kind != "date":
        return
    words = key_words(m.text)
    # «اوایل سال ۲۰۱۰», «پایان سال جاری»: resolved as the period the part belongs to
    if m.rule == "day_of_month":  # «۱۸ ماه جاری»: that day of the article's Jalali month
        if ctx.anchor is not None and m.value is not None:
            y, mo, _ = jalali.from_gregorian(ctx.anchor)
            a, b = jalali.month_span(y, mo)
            if int(m.value) <= (b - a).days + 1:
                _set_day(m, a + _dt.timedelta(days=int(m.value) - 1))
                _check_weekday(m)
        return
    if m.rule == "period_part":  # grown by ``relative.find`` over the words before a date it read
        words = words[2:] if words[0] == "نیمه" else words[1:]
    elif m.rule == "relative_date" and len(words) >= 2 and words[0] in _PART_OF_PERIOD \
            and words[1:] in (["سال"], ["ماه"], ["هفته"], ["سال", "میلادی"]):
        words = words[1:2] + ["جاری"] + words[2:]  # «تا پایان سال»: of the current year
    if not words:
        return
    if m.date:  # the numbers stage converted it: a stated date
        if m.resolved_by is None:
            m.resolved_by = "explicit"
        _check_weekday(m)
        return
    # lunar dates: «۱۰ محرم», «اول رمضان ۱۴۴۵», «عید فطر ۱۴۴۵»
    joined = ["".join(words[i:i + 2]) for i in range(len(words))]
    for i, w in enumerate(words):
        month = lunar.MONTHS_BY_WORD.get(w) or lunar.MONTHS_BY_WORD.get(joined[i])
        if month and not (w == "شعبان" and words[0] == "نیمه"):
            days = _day_numbers(words[1:i] if words[0] == "دهه" else words[:i])
            if days and words[0] == "دهه" and len(days) == 1 and 1 <= days[0] <= 3:
                days = [10 * days[0] - 9, min(10 * days[0], 29)]  # «دهه اول محرم»: its first ten days
            if days:
                _resolve_lunar(m, ctx, words, month, days)
                _check_weekday(m)
            elif words[0] in ("ماه", "این", "همین"):
                _resolve_lunar_month(m, ctx, words, month)
            return
    hol = lunar.holiday(words)
    if hol is not None:
        _resolve_lunar(m, ctx, words, hol[0], [hol[1]])
        _check_weekday(m)
        return
    if _nowruz_holidays(words):
        if ctx.anchor is not None:
            _set_nowruz(m, _nearest_nowruz(ctx.anchor))
        return
    if (period := _national_period(words)) is not None:
        (mo1, d1), (mo2, d2), rest = period
        shift = _year_shift(rest) if rest else 0
        if ctx.anchor is not None and shift is not None:
            y = _jal_year(ctx.anchor) + shift
            _set_day(m, jalali.to_gregorian(y, mo1, d1), jalali.to_gregorian(y, mo2, d2))
        return
    year = _nowruz_year(words, m, ctx.anchor)
    if year is not None:
        _set_nowruz(m, year, "explicit" if m.jalali else "article_date")
        return
    if m.jalali and not m.jalali[0].isdigit():
        _resolve_jalali(m, ctx, words)
        _check_weekday(m)
        return
    if m.jalali:
        return  # a stated Jalali form the numbers stage left without a Gregorian date
    for i, w in enumerate(words):
        if w in GREGORIAN_MONTHS:
            _resolve_gregorian(m, ctx, words, GREGORIAN_MONTHS[w], i)
            _check_weekday(m)
            return
    if _resolve_relative(m, ctx, words):
        return
    if m.weekday is not None:
        _resolve_weekday(m, ctx, words)
        _check_weekday(m)
