"""Dates: Jalali, Gregorian and lunar dates with a month, numeric dates, weekdays, years, seasons,
decades and «دهه اول شهریور»-style periods.
"""
from __future__ import annotations

import datetime as _dt
import re

from .. import jalali
from .calendar import date_range, day_range_start, jalali_year, year_expr
from .expr import Expr, Number
from .lexicon import (GOAL_FRAME, AMBIGUOUS_MONTHS, LUNAR_MONTHS, COUNT_UNITS, DATE_PREFIX, DECADE_POS, MONTH_CONTEXT, NOT_A_FRIDAY,
                      PERIOD_POS, RANGE_WORDS, RELATIVE_YEAR, SEASONS, STREETS, TIMES_OF_DAY, WEEKDAY_PREFIX,
                      YEAR_KINDS)
from .words import ascii_digits
from .tokens import DATE_START_KINDS, DIGITS, GREGORIAN_MONTH, JALALI_MONTH, MONTH_KINDS, NUMERIC_KINDS, WEEKDAY, WORD


class Dates:
    """Mixin of ``reader.Reader``: Jalali, Gregorian and lunar dates, numeric dates, weekdays, years, seasons, decades, periods."""

    def _date_start(self, i: int) -> int:
        if self.key_at(i - 1) in DATE_PREFIX and i > 0 and self.adjacent(i - 1):
            return i - 1
        return i

    def _year_after(self, j: int) -> tuple[int | None, int, bool]:
        """A year right after a month: (jalali year or None, next index, gregorian?)."""
        x = j
        if self.key_at(x) in ("ماه",) and self.adjacent(x - 1):
            x += 1
        y = x
        if self.key_at(y) in ("،", ",") and self.key_at(y + 1) == "سال" and self.kind(y + 2) == DIGITS and self.adjacent(y) \
                and self.adjacent(y - 1) and self.toks[y + 2].num.plain and self.toks[y + 2].num.digits == 4:
            y += 1  # «یکم فروردین ماه، سال ۱۳۴۵»
        if self.key_at(y) == "سال" and self.adjacent(y - 1) and self.kind(y + 1) == WORD and self.adjacent(y):
            wy = self._word_year(y + 1)
            if wy is not None:
                return wy[0], wy[1], False  # «۲۷ اردیبهشت سال هشتاد»
        if self.key_at(y) == "سال" and self.adjacent(y - 1) and self.kind(y + 1) == DIGITS:
            y += 1
        if self.kind(y) == DIGITS and self.adjacent(y - 1) and self.toks[y].num.plain:
            n = self.toks[y].num
            u = self.unit_at(y + 1)
            if n.digits in (2, 4) and not (n.digits == 2 and (
                    self.kind(y + 1) == WORD and self.adjacent(y) or u is not None and (u.kind != "quantity" or self.key_at(y + 1) in COUNT_UNITS))):
                end = y + 1
                if self.key_at(end) == "هجری" and self.key_at(end + 1) in ("شمسی", "خورشیدی"):
                    end += 2
                elif self.key_at(end) in ("شمسی", "خورشیدی", "ش") and self.adjacent(end - 1):
                    end += 1
                return int(n.value), end, False
        return None, x, False

    def month_date(self, m: int, day: Number | None, start: int) -> list[Expr]:
        tok = self.toks[m]
        if self.key_at(start - 1) in STREETS or self.key_at(start - 1) in ("های", "ها") and self.key_at(start - 2) in STREETS:
            return [Expr(start, m + 1, "skip")]  # «خیابان ۱۵ خرداد», «میدان هفت تیر»: names
        month = tok.month
        year_raw, j, _ = self._year_after(m + 1)
        year = jalali_year(year_raw) if year_raw is not None else None
        if year_raw is not None and year is None:
            year_raw, j = None, m + 1
            if self.key_at(j) == "ماه" and self.adjacent(j - 1):
                j += 1
        if day is None:
            has_mah = tok.mah or (self.key_at(m + 1) == "ماه" and self.adjacent(m))
            if not has_mah and year is None:
                if tok.key in AMBIGUOUS_MONTHS or self.key_at(m - 1) not in MONTH_CONTEXT:
                    return []
            # «دهه اول شهریورماه»
            period = self._period(m - 2, m - 1, j, year, month)
            if period is not None:
                return [period]
            if year is None:
                return [Expr(self._date_start(m), self._relative_year(j), "date", jalali=f"--{month:02d}")]
            first, last = jalali.month_span(year, month)
            return [Expr(self._date_start(m), j, "date", jalali=f"{year}-{month:02d}", date=first.isoformat(), date_end=last.isoformat())]
        d = int(day.value)
        if tok.key == "تیر" and self.key_at(m + 1) in GOAL_FRAME and year is None and not tok.mah:
            return [Expr(day.i, m + 1, "quantity", day.value, unit="تیر")]  # «هر دو تیر دروازه»: the posts
        if tok.key in AMBIGUOUS_MONTHS and day.words and not day.ordinal and year is None and not (
                tok.mah or self.key_at(m + 1) == "ماه"):
            if self.key_at(day.i) == "یک":
                return [Expr(day.i, day.j, "skip")]  # «یک دی»
        if not jalali.is_valid(year, month, d):
            return [Expr(day.i, day.j, "ordinal" if day.ordinal else "cardinal", day.value)]
        if day.ordinal and day.j == day.i + 1:
            period = self._period(day.i - 1, day.i, j, year, month)  # «هفته اول دی‌ماه»
            if period is not None:
                return [period]
        start = self._date_start(start)
        if year is None:
            j = self._relative_year(j)
            e = Expr(start, j, "date", jalali=f"--{month:02d}-{d:02d}")
        else:
            e = Expr(start, j, "date", jalali=f"{year}-{month:02d}-{d:02d}", date=jalali.to_gregorian(year, month, d).isoformat())
        return [e]

    def _relative_year(self, j: int) -> int:
        """Extend a yearless date over «امسال», «سال جاری», «سال گذشته»… (the year stays unknown)."""
        for words in sorted(RELATIVE_YEAR, key=len, reverse=True):
            if all(self.key_at(j + x) == w for x, w in enumerate(words)) and self.adjacent(j - 1):
                return j + len(words)
        return j

    def _period(self, p: int, pos: int, j: int, year: int | None, month: int) -> Expr | None:
        """«دهه اول شهریور», «هفته آخر اسفند», «نیمه دوم اردیبهشت ۱۴۰۲» as a day range."""
        table = PERIOD_POS.get(self.key_at(p))
        if table is None or self.key_at(pos) not in table or p < 0:
            return None
        a, b = table[self.key_at(pos)]
        last = jalali.month_length(year, month)
        if a < 0:
            a = last + a
        b = b or last
        y = f"{year}" if year else "-"
        e = Expr(p, j, "date", jalali=f"{y}-{month:02d}-{a:02d}", jalali_end=f"{y}-{month:02d}-{b:02d}")
        if year:
            e.date = jalali.to_gregorian(year, month, a).isoformat()
            e.date_end = jalali.to_gregorian(year, month, b).isoformat()
        return e

    def gregorian_date(self, m: int, day: Number | None, start: int) -> list[Expr]:
        month = self.toks[m].month
        j = m + 1
        year = None
        if self.key_at(j) == "سال" and self.kind(j + 1) == DIGITS and self.adjacent(j):
            j += 1
        if self.kind(j) == DIGITS and self.adjacent(j - 1) and self.toks[j].num.plain and self.toks[j].num.digits == 4 \
                and 1000 <= self.toks[j].num.value <= 2999:  # «می0000» is no year
            year = int(self.toks[j].num.value)
            j += 1
            if self.key_at(j) == "میلادی" and self.adjacent(j - 1):
                j += 1
        if self.toks[m].key in ("می", "مه") and year is None and self.key_at(m - 1) != "ماه":
            return []  # «سه می گوید»: «می» is a verb prefix far more often than May
        if day is None and year is None:
            prev = self.key_at(m - 1)
            # «ماه نوامبر آینده», «مارس گذشته»: the coming or last such month, one date
            said = self.key_at(m + 1) in ("آینده", "آتی", "گذشته") and self.adjacent(m)
            if prev == "ماه" and self.adjacent(m - 1):
                start = m - 1
            elif prev not in MONTH_CONTEXT and not said:
                return []
            return [Expr(start, m + 2 if said else m + 1, "date")]
        start = self._date_start(start)
        if day is None:
            first = _dt.date(year, month, 1)
            last = (first.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _dt.timedelta(days=1)
            return [Expr(start, j, "date", date=first.isoformat(), date_end=last.isoformat())]
        d = int(day.value)
        if year is None:
            j = self._relative_year(m + 1)  # «۱۱ اکتبر سال جاری»: one date, its year the article's
            if j == m + 1 and self.key_at(m + 1) == "سال":
                j = m + 1
            return [Expr(start, j, "date", gregorian_day=(month, d))]
        try:
            return [Expr(start, j, "date", date=_dt.date(year, month, d).isoformat())]
        except ValueError:
            return []

    def lunar_date(self, m: int, day: Number, start: int) -> list[Expr]:
        """«۱۵ شعبان», «۱۸ ذی‌الحجه ۱۴۴۴»: a Hijri lunar date, kept as a date mention; the stage does
        not convert the lunar calendar (its months depend on moon sighting)."""
        j = m + 1
        if self.key_at(m) in ("ربیع", "جمادی", "ذی") and self.key_at(j).startswith("ال"):
            j += 1
        if self.kind(j) == DIGITS and self.adjacent(j - 1) and self.toks[j].num.plain and self.toks[j].num.digits == 4:
            j += 1
        if self.key_at(j) == "قمری" or self.key_at(j) == "هجری" and self.key_at(j + 1) == "قمری":
            j += 1 if self.key_at(j) == "قمری" else 2
        return [Expr(self._date_start(start), j, "date")]

    def numeric_date(self, i: int) -> list[Expr]:
        parts = self.toks[i].parts
        raw = ascii_digits(self.text[self.starts[i]: self.ends[i]])
        if self.is_identifier(i):
            return [Expr(i, i + 1, "skip")]
        a, b, c = parts
        la = len(re.split(r"[/\-.]", raw)[0])
        lc = len(re.split(r"[/\-.]", raw)[2])
        if "." in raw and 4 not in (la, lc):
            return [Expr(i, i + 1, "skip")]  # «1.1.12»: a version number
        if la in (2, 4) and lc <= 2 and (la == 4 or jalali.is_valid(None, b, c)):
            y, mo, d = a, b, c
        elif lc in (2, 4) and la <= 2:
            d, mo, y = a, b, c  # «۲۷/۳/۶۶», «۱۳/۲/۹۵»
        else:
            return [Expr(i, i + 1, "skip")]
        if 1900 <= y <= 2100:
            try:
                return [Expr(i, i + 1, "date", date=_dt.date(y, mo, d).isoformat())]
            except ValueError:
                return [Expr(i, i + 1, "skip")]
        year = jalali_year(y)
        if year is None or not jalali.is_valid(year, mo, d):
            return [Expr(i, i + 1, "skip")]
        return [Expr(self._date_start(i), i + 1, "date", jalali=f"{year}-{mo:02d}-{d:02d}",
                      date=jalali.to_gregorian(year, mo, d).isoformat())]

    def weekday(self, i: int, start: int) -> list[Expr]:
        tok = self.toks[i]
        if tok.kind == WEEKDAY:
            wd, j = tok.weekday, i + 1
            if wd == 5 and (self.key_at(i - 1) in NOT_A_FRIDAY or "نماز" in (self.key_at(i - k) for k in (2, 3, 4))
                            and self.kind(j) not in NUMERIC_KINDS):
                return [Expr(i, j, "skip")]  # «نماز جمعه», «نماز عبادی ـ سیاسی جمعه»: the prayer
        else:
            wd, j = WEEKDAY_PREFIX[int(tok.word.parts[0])], i + 2
        if wd == 3 and self.key_at(j) == "سوری":
            return [Expr(i, j + 1, "skip")]  # «چهارشنبه سوری»: the fire festival, no day (a dev26 judge)
        start = self._date_start(start)
        if self.key_at(start - 1) in ("امروز", "فردا", "دیروز", "پریروز", "امشب") and self.adjacent(start - 1):
            start -= 1  # «امروز یکشنبه», «فردا پنجشنبه»: the weekday says which day
        # a date right after the weekday: «شنبه ۱۵ آبان ۱۳۹۵», «دوشنبه، ۲۱ مرداد»
        x = j
        if self.key_at(x) in TIMES_OF_DAY and self.adjacent(x - 1) and self.kind(x + 1) in NUMERIC_KINDS:
            x += 1  # «سه‌شنبه شب هشتم شهریور ماه»
        if self.key_at(x) in ("،", ",", "-", "(") and self.adjacent(x - 1):
            x += 1
        if self.kind(x) == DIGITS and self.key_at(x + 1) in RANGE_WORDS and self.kind(x + 2) == WEEKDAY and self.adjacent(x) \
                and self.adjacent(x + 1) and self.adjacent(x - 1) and self.toks[x].num.plain:
            # «از شنبه ۲۱ لغایت چهارشنبه ۲۵ آبان»: a day range, each day with its weekday
            hi = [r for r in self.weekday(x + 2, x + 2) if r.kind != "skip"]
            if hi and hi[0].i == x + 2 and hi[0].jalali and hi[0].jalali.count("-") >= 2:
                lo = day_range_start(hi[0].jalali, int(self.toks[x].num.value))
                if lo is not None:
                    e = date_range(start, hi[0].j, lo, hi[0].jalali)
                    if e is not None:
                        e.weekday = wd
                        return [e] + hi[1:]
        if x < self.n and self.adjacent(x - 1) and self.kind(x) in DATE_START_KINDS:
            rest = self.read(x)
            if rest and rest[0].kind == "date" and rest[0].i == x and rest[0].weekday is None:
                e = rest[0]
                e.i, e.weekday = start, wd
                if self.key_at(x - 1) == "(" and self.key_at(e.j) == ")":
                    e.j += 1
                return [e] + rest[1:]
        if self.key_at(j) in ("گذشته", "آینده", "آتی", "اخیر") and self.adjacent(j - 1):
            j += 1  # «جمعه گذشته»
        return [Expr(start, j, "date", weekday=wd)]

    def year_date(self, i: int) -> list[Expr]:
        """«سال ۹۹», «سال ۱۳۹۹», «سال ۲۰۱۳», «سال‌های ۹۶ تا ۹۸», «سال زراعی ۹۷-۹۶», «سال‌های ۲۰۱۷، ۲۰۱۸ و ۲۰۱۹»."""
        j = i + 1
        for _ in range(2):
            if self.key_at(j) in YEAR_KINDS and self.adjacent(j - 1):
                j += 1
        if self.kind(j) == WORD and self.adjacent(j - 1) and i + 1 == j and self.toks[i].key == "سال":
            wy = self._word_year(j)
            if wy is None:
                return []
            e = self._year_span(i, wy[1], wy[0], None, wy[2])
            return [e] if e is not None else []
        if self.kind(j) != DIGITS or not self.adjacent(j - 1):
            return []
        n = self.toks[j].num
        if not n.plain or n.digits not in (2, 4) or self.is_identifier(j):
            return []
        u = self.unit_at(j + 1)
        if n.digits == 2 and (self.kind(j + 1) == WORD and self.adjacent(j) or u is not None and (
                u.kind != "quantity" or self.key_at(j + 1) in COUNT_UNITS)):
            return []  # «در طول سال ۱۲ بار», «سال مالی ۱۰ درصد»: a count, not a year
        out: list[Expr] = []
        start = i
        while True:
            y1 = int(n.value)
            end = j + 1
            y2 = None
            if self.key_at(end) in RANGE_WORDS and self.kind(end + 1) == DIGITS and self.adjacent(end) and self.toks[end + 1].num.plain:
                y2 = int(self.toks[end + 1].num.value)
                end += 2
            e = self._year_span(start, end, y1, y2, n.digits)
            if e is None:
                return out
            out.append(e)
            end = e.j
            # a list of years sharing «سال‌های»
            if self.key_at(end) in ("،", ",", "و") and self.kind(end + 1) == DIGITS and self.adjacent(end):
                n2 = self.toks[end + 1].num
                u2 = self.unit_at(end + 2)
                if n2.plain and n2.digits == n.digits and (u2 is None or u2.kind == "quantity" and self.key_at(end + 2) not in COUNT_UNITS) \
                        and not (self.kind(end + 2) == WORD and self.adjacent(end + 1)):  # not «سال ۸۲، ۱۵ درصد»
                    j, n, start = end + 1, n2, end + 1
                    continue
            return out

    def _word_year(self, x: int) -> tuple[int, int, int] | None:
        """A year written in words after «سال»: «سال هشتاد» (1380), «سال هزار و سیصد و پنجاه و هفت»,
        «سال دو هزار و ده»: (year as written, next index, 2 or 4 digits)."""
        if not self.word_ok(x) or self._in_compound(x):
            return None
        num = self.number(x)
        if num is None or num.ordinal or num.fraction or num.percent or num.tail or num.value != int(num.value):
            return None
        v = int(num.value)
        if not (40 <= v <= 99 or 1300 <= v <= 1499 or 1900 <= v <= 2100):
            return None
        u = self.unit_at(num.j)
        if u is not None and (u.kind != "quantity" or self.key_at(num.j) in COUNT_UNITS):
            return None  # «سال هشتاد درصد», «سال پنجاه نفر»: not a year
        return v, num.j, 2 if v < 100 else 4

    def _year_span(self, start: int, end: int, y1: int, y2: int | None, digits: int) -> Expr | None:
        lunar_end = self._lunar_mark(end)
        if lunar_end is not None:
            # a lunar Hijri year: a date, but not one this stage converts
            return Expr(start, lunar_end, "date")
        if y2 is not None and y1 < 100 and 1800 <= y2 <= 2100:
            y1, digits = y2 // 100 * 100 + y1, 4  # «سال ۱۴-۲۰۱۳»: the fiscal year 2013-14
        gregorian = self.key_at(end) == "میلادی" or (digits == 4 and 1800 <= y1 <= 2100)
        if self.key_at(end) in ("میلادی", "شمسی", "خورشیدی", "ش", "م") and self.adjacent(end - 1):
            gregorian = self.key_at(end) in ("میلادی", "م")
            end += 1
        elif self.key_at(end) == "هجری" and self.key_at(end + 1) == "شمسی":
            end += 2
        if gregorian:
            if y1 < 100:
                y1 += 2000 if y1 <= 30 else 1900  # «سال ۷۰ میلادی»
            if y2 is not None and y2 < 100:
                y2 += y1 // 100 * 100
            lo, hi = (y1, y2) if y2 is None or y1 <= y2 else (y2, y1)
            return Expr(start, end, "date", date=f"{lo}-01-01", date_end=f"{hi if hi is not None else lo}-12-31")
        a = jalali_year(y1)
        b = jalali_year(y2) if y2 is not None else None
        if a is None or (y2 is not None and b is None):
            return None
        if b is not None and b < a:
            a, b = b, a
        return year_expr(start, end, a, b)

    def day_month(self, num: Number) -> list[Expr] | None:
        """A day and a month: «۲۱ مرداد», «هفتم اسفندماه», «۶ نوامبر», «۱۵ شعبان», «۲۱ ماه مرداد»."""
        i, j = num.i, num.j
        if num.value == int(num.value) and 1 <= num.value <= 31 and not num.fraction and not num.tail and j < self.n and self.adjacent(j - 1):
            if self.toks[j].kind == JALALI_MONTH:
                return self.month_date(j, num, i)
            if self.toks[j].kind == GREGORIAN_MONTH:
                return self.gregorian_date(j, num, i)
            if self.key_at(j) in LUNAR_MONTHS:
                return self.lunar_date(j, num, i)
            if self.key_at(j) == "ماه" and self.kind(j + 1) in MONTH_KINDS and self.adjacent(j):
                got = (self.month_date if self.kind(j + 1) == JALALI_MONTH else self.gregorian_date)(j + 1, num, i)
                if got:
                    return got
        return None

    def sizdah_bedar(self, num: Number) -> list[Expr] | None:
        """«سیزده بدر», «سیزده به در»: 13 Farvardin."""
        i, j = num.i, num.j
        if num.words and j == i + 1 and num.value == 13 and self.adjacent(i) and (
                self.key_at(j) == "بدر" or self.key_at(j) == "به" and self.key_at(j + 1) == "در" and self.adjacent(j)):
            return [Expr(i, j + (1 if self.key_at(j) == "بدر" else 2), "date", jalali="--01-13")]
        return None

    def season(self, i: int) -> list[Expr]:
        """«بهار ۱۴۰۲», «تابستان سال ۹۵»: the season's three Jalali months."""
        j = i + 1
        if self.key_at(j) == "سال" and self.adjacent(j):
            j += 1
        if self.kind(j) != DIGITS or not self.adjacent(j - 1):
            return []
        n = self.toks[j].num
        if not n.plain or n.digits not in (2, 4):
            return []
        unit = self.unit_at(j + 1)
        # «بهار ۹۵ نفر» counts; «زمستان ۱۳۹۰ آمد» is the season whatever word follows the year
        if unit is not None and (n.digits == 2 or unit.kind != "quantity" or unit.unit in COUNT_UNITS):
            return []
        first = SEASONS[self.toks[i].key]
        start = i - 1 if self.key_at(i - 1) == "فصل" and self.adjacent(i - 1) else i
        if n.digits == 4 and 1800 <= n.value <= 2100:
            # «تابستان ۲۰۱۵»: the same three months of the Jalali year that starts in that spring
            year = int(n.value) - 621
            e = Expr(start, j + 1, "date", date=jalali.month_span(year, first)[0].isoformat(),
                     date_end=jalali.month_span(year, first + 2)[1].isoformat())
            return [e]
        year = jalali_year(int(n.value))
        if year is None:
            return []
        e = Expr(start, j + 1, "date", jalali=f"{year}-{first:02d}", jalali_end=f"{year}-{first + 2:02d}")
        e.date = jalali.month_span(year, first)[0].isoformat()
        e.date_end = jalali.month_span(year, first + 2)[1].isoformat()
        return [e]

    def decade(self, i: int) -> list[Expr]:
        """«دهه ۵۰», «دهه ۹۰ میلادی»; «دهه اول شهریور» is read from the month."""
        if self.kind(i + 1) == WORD and self.key_at(i + 1) in DECADE_POS and self.kind(i + 2) == JALALI_MONTH:
            return self.month_date(i + 2, None, i)
        if self.kind(i + 1) != DIGITS:
            return []
        n = self.toks[i + 1].num
        if not n.plain or n.value % 10 or n.digits not in (2, 4):
            return []
        v = int(n.value)
        end = i + 2
        if self.key_at(end) == "میلادی" or v >= 1800:
            if v < 100:
                v += 1900
            if self.key_at(end) == "میلادی":
                end += 1
            return [Expr(i, end, "date", date=f"{v}-01-01", date_end=f"{v + 9}-12-31")]
        y = jalali_year(v)
        if y is None:
            return []
        return [year_expr(i, end, y, y + 9)]
