"""Ranges and bare years: «۱۰ تا ۱۵ هزار نفر», «۲۷ تا ۳۰ بهمن», «سال زراعی ۹۷-۹۶», «۱۲۹۵ تا ۱۳۰۰»,
«در ۱۳۹۹», «المپیک ۲۰۱۶», and the marks of a lunar year («۱۴۱۷ ه.ق»).
"""
from __future__ import annotations

import datetime as _dt

from .calendar import date_range, day_range_start, jalali_year, year_expr
from .expr import Expr, Number
from .lexicon import (COUNT_UNITS, CURRENCIES, GREGORIAN_YEAR_CUES, JALALI_YEAR_CUES, LUNAR_MONTHS, PERCENT, RANGE_WORDS,
                      SUFFIXED_UNITS)
from .tokens import DIGITS, GREGORIAN_MONTH, NUMERIC_KINDS, WORD, Num


class Ranges:
    """Mixin of ``reader.Reader``: ``read_range`` («X تا Y»), two-year ranges, bare years, lunar marks,
    and the numbers listed after a label (``numbered_list``)."""

    def read_range(self, num: Number, j: int, value: float | None = None) -> list[Expr]:
        i = num.i
        second = self.read(j + 1)
        second = [r for r in second if r.kind != "skip"]
        if not second or second[0].i != j + 1:
            return [Expr(i, j, "cardinal", num.value)]
        hi = second[0]
        years = self._year_range(num, hi) or self.gregorian_season(num)
        if years is not None:
            return [years] + second[1:]
        month_at = hi.i + 2 if self.key_at(hi.i + 1) == "ماه" else hi.i + 1  # «۲۶ تا ۲۸ ماه می»
        if hi.kind == "date" and hi.jalali is None and self.kind(month_at) == GREGORIAN_MONTH and num.value == int(num.value) \
                and 1 <= num.value <= 31 and not num.scale:
            # «۲۷ تا ۳۰ نوامبر»: a Gregorian day range; dated only when the year is written
            e = Expr(i, hi.j, "date")  # «از/بین» before the range stays outside it (CONVENTIONS)
            if hi.date:
                try:
                    e.date = _dt.date(int(hi.date[:4]), int(hi.date[5:7]), int(num.value)).isoformat()
                    e.date_end = hi.date
                except ValueError:
                    e.date = None
            return [e] + second[1:]
        if hi.kind == "date" and hi.jalali is None and hi.date is None and self.key_at(hi.i + 1) in LUNAR_MONTHS \
                and num.value == int(num.value) and 1 <= num.value <= 30:
            return [Expr(i, hi.j, "date")] + second[1:]  # «۱۲ تا ۱۷ ربیع‌الاول»: a lunar day range
        if hi.kind == "date":
            # «سال‌های ۹۶ تا ۹۸» is read by year_date; here: «۲۷ تا ۳۰ بهمن», «۹۷-۹۶»
            if hi.jalali and num.value == int(num.value):
                lo_j = day_range_start(hi.jalali, int(num.value))
                if lo_j is not None:
                    e = date_range(i, hi.j, lo_j, hi.jalali)
                    if e is not None:
                        e.weekday = hi.weekday
                        return [e] + second[1:]
            return [Expr(i, j, "cardinal", num.value)] + second
        if hi.kind == "ordinal" or hi.value is None:
            return [Expr(i, j, "cardinal", num.value)] + second
        if self.key_at(j) in ("-", "–") and hi.kind in ("cardinal", "quantity") and hi.value_max is None \
                and self.kind(i) == DIGITS and self.kind(hi.i) == DIGITS and num.j == i + 1 \
                and num.value == int(num.value) <= 20 and hi.value == int(hi.value) <= 20 \
                and (hi.kind == "cardinal" or hi.unit not in COUNT_UNITS and self.sports(i)):
            # «۲-۱», «3-2 پیروز شد», «با نتیجه 2-1 برد»: a match score, two counts of goals, not a range
            return [Expr(i, hi.i + 1, "cardinal", num.value, rule="score")] + second[1:]
        lo = num.value if value is None else value
        scale = hi.scale
        if not num.scale and scale and lo * scale <= hi.value * 1.0001:
            lo *= scale
        # «سال زراعی ۹۷-۹۶», «۹۶-۹۷»: two-digit or four-digit Jalali years
        if self.key_at(i - 1) in ("زراعی", "تحصیلی", "مالی", "سال", "سالهای") and hi.kind == "cardinal" and num.digit and self.toks[hi.i].num:
            y1, y2 = jalali_year(int(num.value)), jalali_year(int(self.toks[hi.i].num.value))
            if y1 and y2 and abs(y1 - y2) <= 50:
                return [year_expr(i, hi.j, min(y1, y2), max(y1, y2))]
        season = self.season_years(num) if self._season_before(i) and hi.kind == "cardinal" else None
        if season is not None:
            return [season]  # «فصل جدید (۹۲-۹۳)»
        if lo > hi.value and self.key_at(j) in ("-", "–", "—"):
            lo, hv = hi.value, lo
        else:
            hv = hi.value
        # «بین/از» opening the range stays outside it (CONVENTIONS)
        e = Expr(i, hi.j, hi.kind if hi.kind != "cardinal" else "cardinal", lo, hv, unit=hi.unit)
        e.qualifier = hi.qualifier
        return [e] + second[1:]

    def gregorian_season(self, num: Number) -> Expr | None:
        """«۱۸-۲۰۱۷», «۲۰۲۰-۲۱»: a season of two Gregorian years, one written with two digits (the
        year after the four-digit one, on either side of the dash)."""
        x = num.j
        d = num.digit
        if d is None or not d.plain or d.digits not in (2, 4) or self.key_at(x) not in ("-", "–", "/") \
                or self.kind(x + 1) != DIGITS or not self.adjacent(x) or not self.adjacent(x - 1):
            return None
        other = self.toks[x + 1].num
        if not other.plain or {d.digits, other.digits} != {2, 4}:
            return None
        full, short = (int(num.value), int(other.value)) if d.digits == 4 else (int(other.value), int(num.value))
        if not 1900 <= full <= 2100 or (full + 1) % 100 != short:
            return None
        return Expr(num.i, x + 2, "date", date=f"{full}-01-01", date_end=f"{full + 1}-12-31", rule="season_years")

    def season_years(self, num: Number) -> Expr | None:
        """«۹۳-۹۲» after «فصل»: a season of two Jalali years, two plain two-digit years one apart (under
        50 they may be Gregorian ones, «فصل ۲۰-۱۹»)."""
        x = num.j
        d = num.digit
        if d is None or not d.plain or d.digits != 2 or self.key_at(x) not in RANGE_WORDS or self.kind(x + 1) != DIGITS \
                or not self.adjacent(x) or not self.adjacent(x - 1):
            return None
        other = self.toks[x + 1].num
        if not other.plain or other.digits != 2 or abs(other.value - num.value) != 1 or min(other.value, num.value) < 50:
            return None
        a, b = sorted((int(num.value), int(other.value)))
        return year_expr(num.i, x + 2, 1300 + a, 1300 + b)

    def _season_before(self, i: int) -> bool:
        """«فصل» right before token i, or before the brackets it opens («فصل جدید (۹۲-۹۳)»)."""
        if self.key_at(i - 1) == "فصل":
            return True
        return self.key_at(i - 1) == "(" and "فصل" in (self.key_at(i - 2), self.key_at(i - 3))

    def _year_range(self, num: Number, hi: Expr) -> Expr | None:
        """«۱۲۹۵ تا ۱۳۰۰», «(۱۸۹۴ تا ۱۹۶۵)», «۱۹۰۲ – ۱۹۷۹ میلادی»: two plain four-digit years."""
        d = num.digit
        if d is None or not d.plain or d.digits != 4:
            return None
        v = int(num.value)
        h = self.toks[hi.i].num if self.kind(hi.i) == DIGITS else None
        if h is None or not h.plain or h.digits != 4:
            return None
        w = int(h.value)
        a, b = min(v, w), max(v, w)
        if hi.kind == "date" and hi.jalali and len(hi.jalali) == 4 or hi.kind == "cardinal" and 1300 <= v <= 1499 and 1300 <= w <= 1499:
            if 1200 <= v <= 1499:
                return year_expr(num.i, hi.j, a, b)
        if (hi.kind == "date" and hi.jalali is None and hi.date and hi.date.endswith("-01-01") or hi.kind == "cardinal") \
                and 1800 <= v <= 2100 and 1800 <= w <= 2100:
            return Expr(num.i, hi.j, "date", date=f"{a}-01-01", date_end=f"{b}-12-31")
        return None

    def bare_year(self, i: int, j: int, d: Num) -> list[Expr] | None:
        """A plain number with no unit that can only be a year: «در ۱۳۹۹», «المپیک ۲۰۱۶»,
        «۱۹۰۸ میلادی», «انتخابات ۹۶»."""
        v = int(d.value)
        nxt, prev = self.key_at(j), self.key_at(i - 1)
        if nxt in RANGE_WORDS and self.kind(j + 1) == DIGITS:
            return None
        if d.digits == 4 and self.adjacent(j - 1) and nxt in ("میلادی", "م") and 1000 <= v <= 2200:
            return [Expr(i, j + 1, "date", date=f"{v:04d}-01-01", date_end=f"{v:04d}-12-31")]
        if d.digits == 4 and self.adjacent(j - 1) and nxt in ("شمسی", "ش", "خورشیدی") and 1000 <= v <= 1600:
            return [year_expr(i, j + 1, v, None)]
        if nxt == "قمری" or nxt == "هجری" and self.key_at(j + 1) == "قمری":
            return [Expr(i, j + (1 if nxt == "قمری" else 2), "date")]  # a lunar year: not converted
        if d.digits == 4 and 1300 <= v <= 1499:
            return [year_expr(i, j, v, None)]
        if prev in ("های", "ها", "و", "،", ",") and self.adjacent(i - 1):
            before = i - 2
            if self.kind(before) == DIGITS and prev not in ("های", "ها"):  # «مدل‌های ۲۰۱۶ و ۲۰۱۷»
                b = self.toks[before].num
                if b.plain and b.digits == 4 and 1900 <= b.value <= 2100 and self.key_at(before - 1) in GREGORIAN_YEAR_CUES | {"های", "ها"}:
                    prev = "سال"
            elif prev in ("های", "ها"):
                prev = self.key_at(i - 2)
        if d.digits == 4 and 1900 <= v <= 2100 and prev in GREGORIAN_YEAR_CUES:
            return [Expr(i, j, "date", date=f"{v}-01-01", date_end=f"{v}-12-31")]
        if d.digits == 2 and prev in ("یورو", "المپیک") and self.adjacent(i - 1):
            y = v + (1900 if v > 30 else 2000)  # «یورو 96», «المپیک 2000»'s short form: a Gregorian year
            return [Expr(i, j, "date", date=f"{y}-01-01", date_end=f"{y}-12-31")]
        if d.digits in (2, 4) and prev in JALALI_YEAR_CUES and self.adjacent(i - 1):
            y = jalali_year(v)
            if y is not None:
                return [year_expr(i, j, y, None)]
        host = j < self.n and self.adjacent(j - 1) and self.host_place(j)
        if d.digits == 4 and 1950 <= v <= 2035 and (host or prev not in ("به", "از", "تا", "با", "و", "،", "-")) \
                and self.qualifier(i)[0] is None and not self.key_at(j) in RANGE_WORDS:
            # «- 2014 میانمار»: a tournament's year and host
            # «یورو 2020», «در 2014 قهرمان شد»: a bare four-digit number of recent years with no unit is a year
            return [Expr(i, j, "date", date=f"{v}-01-01", date_end=f"{v}-12-31", rule="recent_year")]
        return None

    def _lunar_mark(self, j: int) -> int | None:
        """The end of a lunar-year mark starting at token j («ق», «ه.ق», «ه ق», «قمری», «هجری قمری»), or None."""
        k = self.key_at(j)
        if k in ("ق", "قمری") and self.adjacent(j - 1):
            return j + 1
        if k in ("ه", "هجری") and self.adjacent(j):
            if self.key_at(j + 1) in ("ق", "قمری"):
                return j + 2
            if self.key_at(j + 1) == "." and self.key_at(j + 2) == "ق" and self.adjacent(j + 1):
                return j + 3
        return None

    def numbered_list(self, head: Expr) -> list[Expr]:
        """A labelled number and the numbers listed after it under the same label: «ماده ۱۲ و ۱۳
        قانون», «بند ۳، ۴ و ۵», «شماره‌های ۲۸ و ۲۵» name articles, clauses and shirts, they count
        nothing («۱۳ قانون» is no quantity). A number followed by a counted noun ends the list, and a
        comma goes on with it only when more of the list follows."""
        out = [head]
        x = head.j
        words = self.kind(head.i) != DIGITS  # «پایه یک و دو»: a list in words after a label in words
        while self.key_at(x) in ("و", "،", ",") and self.kind(x + 1) == (WORD if words else DIGITS) \
                and self.adjacent(x - 1) and self.adjacent(x):
            num = self.number(x + 1)
            if num is None or num.j != x + 2 or num.ordinal or num.scale or num.fraction \
                    or not words and not self.toks[x + 1].num.plain:
                break
            after = self.key_at(x + 2)
            if after in COUNT_UNITS or after in SUFFIXED_UNITS or after in PERCENT or after in CURRENCIES \
                    or self.kind(x + 2) in NUMERIC_KINDS:
                break
            if self.key_at(x) != "و" and after not in ("و", "،", ","):
                break  # «از دقیقه ۸۰، ۱۰ نفره»: a comma alone ends the clause, not a list
            out.append(Expr(x + 1, x + 2, "identifier", num.value, rule="label_list"))
            x += 2
        return out
