"""Expressions: ``read`` dispatches on the token at an index; ``after_number`` turns a number into
an expression (special forms, kind and unit, years/labels/money, then ranges and lists);
``read_range`` reads «X تا Y»; bare years and lunar marks.
"""
from __future__ import annotations

import datetime as _dt

from .. import jalali
from .calendar import date_range, day_range_start, jalali_year, year_expr
from .expr import Expr, Number
from .lexicon import (BETWEEN, COUNT_UNITS, CURRENCIES, GREGORIAN_YEAR_CUES, JALALI_YEAR_CUES, LABELS, LUNAR_MONTHS,
                      MONEY_NOUNS, PERCENT, RANGE_WORDS, SEASONS, TIMES_OF_DAY, UNTIL, VAGUE, WORD_LABELS,
                      YEAR_PREPOSITIONS)
from .tokens import Num
from .words import is_scale


class Expressions:
    """Mixin of ``reader.Reader``: Expressions: ``read`` dispatches on the token at an index; ``after_number`` turns a number into."""

    def read(self, i: int) -> list[Expr]:
        """Expressions starting at token i (empty when nothing reads there)."""
        tok = self.toks[i]
        kind = tok.kind
        if kind == "K":
            return self.weekday(i, i)
        if kind == "J":
            return self.month_date(i, None, i)
        if kind == "X":
            return self.numeric_date(i)
        if kind == "G":
            return self.gregorian_date(i, None, i)
        if kind == "W" and tok.word.parts in ((1.0,), (2.0,), (3.0,), (4.0,), (5.0,), (1,), (2,), (3,), (4,), (5,)) and not tok.word.ordinal:
            if self.key_at(i + 1) == "شنبه" and self.adjacent(i):
                return self.weekday(i, i)
        if kind not in ("D", "W"):
            if tok.key in ("سال", "سالهای", "سالها") and self.adjacent(i):
                return self.year_date(i)
            if tok.key == "دهه" and self.adjacent(i):
                return self.decade(i)
            if tok.key in SEASONS and self.adjacent(i):
                return self.season(i)
            return []
        if kind == "D" and (self.is_identifier(i) or self.key_at(i - 1) in ("-", "–") and self.ends[i - 1] == self.starts[i]
                            and self.kind(i - 2) == "D" and self.ends[i - 2] == self.starts[i - 1] and self.is_identifier(i - 2)):
            return [Expr(i, i + 1, "skip")]  # «ص۴۵۶-۴۵۵»: a page range glued to a code
        if kind == "W" and (tok.conj or not self.word_ok(i) or self._in_compound(i)):
            return [Expr(i, i + 1, "skip")]
        num = self.number(i)
        if num is None:
            return []
        return self.after_number(num)

    def after_number(self, num: Number) -> list[Expr]:
        i, j = num.i, num.j
        # dates: day + month («۲۱ مرداد», «هفتم اسفندماه», «۶ نوامبر»)
        if num.value == int(num.value) and 1 <= num.value <= 31 and not num.fraction and not num.tail and j < self.n and self.adjacent(j - 1):
            if self.toks[j].kind == "J":
                return self.month_date(j, num, i)
            if self.toks[j].kind == "G":
                return self.gregorian_date(j, num, i)
            if self.key_at(j) in LUNAR_MONTHS:
                return self.lunar_date(j, num, i)
            if self.key_at(j) == "ماه" and self.kind(j + 1) in ("J", "G") and self.adjacent(j):
                got = (self.month_date if self.kind(j + 1) == "J" else self.gregorian_date)(j + 1, num, i)
                if got:
                    return got
        if num.words and j == i + 1 and num.value == 13 and self.adjacent(i) and (
                self.key_at(j) == "بدر" or self.key_at(j) == "به" and self.key_at(j + 1) == "در" and self.adjacent(j)):
            return [Expr(i, j + (1 if self.key_at(j) == "بدر" else 2), "date", jalali="--01-13")]  # «سیزده بدر»: 13 Farvardin
        if num.frac is not None and self.key_at(j) in PERCENT and self.adjacent(j - 1):  # «۳ هزارم درصد»
            return [Expr(i, j + 1, "percent", num.frac, unit="درصد")]
        if num.tail == "round":
            return [Expr(i, j + 1, "skip")]
        if num.ordinal:
            if self.key_at(j) in RANGE_WORDS and self.kind(j + 1) in ("D", "W") and self.adjacent(j) and num.value <= 31:
                got = self.read_range(num, j)  # «یکم تا سیزدهم فروردین»
                if got and got[0].kind == "date":
                    return got
            return [Expr(i, j, "ordinal", num.value)]
        if num.tail == "ی" and self.toks[i].kind == "W" and is_scale(self.toks[i].word.parts[0]) and len(self.toks[i].word.parts) == 1:
            return [Expr(i, j, "skip")]  # «محموله میلیاردی»: a size, not a figure
        if num.words and j == i + 1 and self.toks[i].word.parts[0] >= 1e6 and is_scale(self.toks[i].word.parts[0]) \
                and len(self.toks[i].word.parts) == 1:
            return [Expr(i, j, "skip")]  # a lone «میلیون»: the figure is elsewhere («۸.۵ (هشت و نیم) میلیون»)
        # «دو سه هفته»: two neighbouring small numbers are an approximate range
        last = num.value if j == i + 1 else (num.parts[-1] if num.parts else 0)
        if num.words and (j == i + 1 and num.value < 10 or j > i + 1 and 1 <= last < 9 and not num.scale) \
                and self.kind(j) == "W" and self.adjacent(j - 1) and not num.ordinal and not num.fraction \
                and self.toks[j].word.parts == (last + 1,) and not self.toks[j].word.ordinal:
            # «دو سه هفته», «بیست و شش هفت سانتی‌متر»: neighbouring numbers are an approximate range
            second = self.number(j)
            if j == i + 1 and second is not None and second.scale and not second.ordinal and not second.fraction:
                # «هفت هشت هزار نفری»: the scale after the pair applies to both
                u = self.unit_at(second.j)
                e = Expr(i, u[3] if u else second.j, u[0] if u else "cardinal", num.value * second.scale, second.value,
                          unit=u[1] if u else None)
            else:
                u = self.unit_at(j + 1)
                e = Expr(i, u[3] if u else j + 1, u[0] if u else "cardinal", num.value, num.value + 1, unit=u[1] if u else None)
            e.qualifier = "approx"
            return [e]
        if num.words and j == i + 1 and num.value == 2 and not num.scale:
            lo = i - 1 if self.key_at(i - 1) == "یکی" else i - 2 if self.key_at(i - 1) in ("-", "،") and self.key_at(i - 2) == "یکی" else None
            if lo is not None and all(self.adjacent(x) for x in range(lo, i)):
                # «یکی دو روز», «یکی - دو نفر»: one or two, an approximate range
                u = self.unit_at(j)
                e = Expr(lo, u[3] if u else j, u[0] if u else "cardinal", 1.0, 2.0, unit=u[1] if u else None)
                e.qualifier = "approx"
                return [e]
        if num.scale and self.key_at(j) in ("ها", "های", "هایی", "ان") and self.adjacent(j - 1):
            return [Expr(i, j + 1, "skip")]  # «میلیون‌ها»: a vague plural, not a figure
        if num.words and self.key_at(i - 1) in ("چند", "چندین") and self.adjacent(i - 1) and num.scale:
            return [Expr(i, j, "skip")]  # «وجوه چند صد میلیونی»: no figure given
        if self.toks[i].kind == "W" and is_scale(self.toks[i].word.parts[0]) and (
                self.key_at(i - 1) in VAGUE or self.key_at(i - 1) in ("ها", "های") and self.key_at(i - 2) in ("ده", "صد", "هزار")):
            return [Expr(i, j, "skip")]  # «چند هزار میلیارد», «صدها میلیون»: no figure given
        kind, unit, mult = "cardinal", None, 1.0
        if num.percent:
            kind, unit = "percent", "درصد"
        elif num.tail and num.tail != "ی":
            kind, unit = "money", num.tail
        elif self.key_at(j) == "در" and self.key_at(j + 1) == "صد" and self.adjacent(j) and self.adjacent(j - 1):
            kind, unit, j = "percent", "درصد", j + 2  # «صد در صد»
        elif num.digit is not None and num.digit.plain and num.digit.digits == 4 and (
                self.key_at(j) in ("میلادی", "شمسی", "خورشیدی") or self.key_at(i - 1) in GREGORIAN_YEAR_CUES):
            year = self.bare_year(i, j, num.digit)
            if year is not None:
                return year
        if kind == "cardinal" and num.digit is not None and num.digit.plain and num.digit.digits in (3, 4) \
                and self.adjacent(j - 1):
            lunar_end = self._lunar_mark(j)
            if lunar_end is not None:
                return [Expr(i, lunar_end, "date")]  # «۱۴۱۷ق», «۱۴۱۷ ه.ق»: a Hijri lunar year, not converted
        if kind == "cardinal" and not num.tail and not num.percent and num.digit is not None and num.digit.plain \
                and num.digit.digits == 4 and 1300 <= num.value <= 1499 \
                and self.unit_at(j) is not None and self.unit_at(j)[0] == "quantity" \
                and (self.key_at(i - 1) in YEAR_PREPOSITIONS or self.key_at(j) not in COUNT_UNITS and num.value <= 1420) \
                and self.qualifier(i)[0] is None:  # «بیش از ۱۴۰۰ غرفه‌دار», «۱۴۵۰ دانش‌آموز»: counts
            return [year_expr(i, j, int(num.value), None)]  # «در ۱۳۹۹ آغاز شد»
        if kind == "cardinal" and not num.tail and not num.percent and num.digit is not None and num.digit.plain \
                and num.digit.digits == 2 and self.key_at(i - 1) in JALALI_YEAR_CUES and self.adjacent(i - 1):
            u = self.unit_at(j)
            if u is not None and u[0] == "quantity" and self.key_at(j) not in COUNT_UNITS:
                return [year_expr(i, j, jalali_year(int(num.value)), None)]  # «فتنه ۸۸ مردم»: the year, then a noun
        if kind == "cardinal" and not num.tail and not num.percent:
            u = self.unit_at(j)
            if u is not None and (not num.fraction or u[0] in ("percent", "money")):
                kind, unit, mult, j = u
                if kind == "money" and self.key_at(j) in ("آمریکا", "امریکا") and self.adjacent(j - 1):
                    j += 1
        if kind in ("quantity", "money") and self.key_at(j) == "و" and self.key_at(j + 1) == "نیم" and self.adjacent(j - 1) \
                and self.adjacent(j) and not num.fraction and num.value == int(num.value) \
                and not (self.adjacent(j + 1) and (self.kind(j + 2) in ("W", "D") or self.key_at(j + 2) in COUNT_UNITS
                                                   or self.key_at(j + 2) in CURRENCIES)):
            num.value, j = num.value + 0.5, j + 2  # «یک دینار و نیم», «دو ساعت و نیم»: the half follows the unit
        if kind == "quantity" and num.scale >= 1e6 and self.key_at(num.j) in MONEY_NOUNS:
            kind, unit, j = "money", None, num.j  # «۴۵ میلیارد پرداخت کرده», «۳۰ میلیارد چک»: the currency left unsaid
        value = num.value * mult
        if num.digit is not None and num.digit.plain and kind == "cardinal":
            year = self.bare_year(i, j, num.digit)
            if year is not None:
                return year
        if num.digit is not None and num.digit.plain and num.digit.digits >= 7 and kind in ("cardinal", "quantity"):
            return [Expr(i, j, "skip")]  # ids, phone numbers, table cells run together
        label = (self.key_at(i - 1) in LABELS or self.key_at(i - 1) == ":" and self.key_at(i - 2) in LABELS) \
            and not (kind == "quantity" and unit in ("نفر", "تن"))  # «ساعت: ۱۹»; «این منطقه ۷۴ تن زخمی شدند»
        if label and num.digit is not None and num.digit.plain and num.digit.digits == 4 and (
                1800 <= num.value <= 2100 or 1300 <= num.value <= 1499) and self.key_at(num.j) in RANGE_WORDS \
                and self.kind(num.j + 1) == "D" and self.adjacent(num.j):
            other = self.toks[num.j + 1].num
            if other.plain and other.digits == 4:  # «فصل ۲۰۱۴-۲۰۱۳»: a season of two years
                a, b = sorted((int(num.value), int(other.value)))
                if 1800 <= a and b <= 2100:
                    return [Expr(i, num.j + 2, "date", date=f"{a}-01-01", date_end=f"{b}-12-31")]
                if 1300 <= a and b <= 1499:
                    return [year_expr(i, num.j + 2, a, b)]
        if (label or unit in TIMES_OF_DAY and value <= 24) and kind in ("quantity", "cardinal") and (
                not num.words or self.key_at(i - 1) in WORD_LABELS and not num.scale and not num.fraction) \
                and (self.key_at(i - 1) != ":" or not num.words):
            # «ماده ۱۰ قانون», «ساعت ۱۵ تا ۱۷», «۹ صبح»: a label or a clock time, not a count
            e = Expr(i, num.j, "cardinal", value)
            x = num.j
            if self.key_at(x) in RANGE_WORDS and self.kind(x + 1) == "D" and self.adjacent(x) and self.adjacent(x - 1):
                e.j, e.value_max = x + 2, self.toks[x + 1].num.value
            return [e]
        if kind == "cardinal" and (num.scale >= 1e6 or num.tail == "ی" and num.scale >= 1000) and self._money_context(i):
            kind = "money"  # «وام ۱۶۰ میلیونی», «به قیمت ۲۱ میلیون»: currency left unsaid
        if kind == "cardinal" and i > 0 and self.key_at(i - 1) in ("%", "٪") and self.ends[i - 1] == self.starts[i]:
            kind, unit, i = "percent", "درصد", i - 1  # «٪۱۰» typed left to right
        if self.key_at(i - 1) in ("منفی", "منهای") and self.adjacent(i - 1):
            value, i = -value, i - 1
        expr = Expr(i, j, kind, value, unit=unit)
        expr.extra = [num.scale]
        if unit is None and kind != "money" and j < self.n and self.adjacent(j - 1):
            nxt = self.key_at(j)
            # ranges: «۱۰ تا ۱۵ هزار نفر», «X الی Y», «۹۷-۹۶»
            if nxt in RANGE_WORDS and self.kind(j + 1) in ("D", "W") and self.adjacent(j):
                return self.read_range(num, j, value)
            # lists sharing a unit: «۴۲.۶ و ۹۰ درصد», «از ۱۴ به ۲۸ میلیون نفر», «۱۰، ۲۰ و ۳۰ درصد»
            if nxt in ("و", "،", ",", "یا") or (nxt == "به" and self.key_at(num.i - 1) == "از"):
                if self.kind(j + 1) in ("D", "W") and self.adjacent(j):
                    if nxt == "و" and self.key_at(i - 1) in ("بین", "میان", "مابین"):
                        return self.read_range(num, j, value)
                    rest = [r for r in self.read(j + 1) if r.kind != "skip"]
                    if rest and rest[0].i == j + 1 and rest[0].kind == "date" and rest[0].jalali and rest[0].jalali.count("-") >= 2 \
                            and num.value == int(num.value) and not num.scale and nxt in ("و", "،", ","):
                        same = day_range_start(rest[0].jalali, int(num.value))
                        if same is not None:
                            e = Expr(i, num.j, "date", jalali=same)
                            if not same.startswith("--"):
                                e.date = jalali.to_gregorian(*(int(x) for x in same.split("-"))).isoformat()
                            return [e] + rest
                    if rest and rest[0].i == j + 1 and rest[0].kind in ("percent", "money", "quantity", "cardinal"):
                        head = rest[0]
                        scale = head.extra[0] if head.extra else 0.0
                        if not num.scale and scale and abs(value) < 1000:
                            value *= scale
                        mine = Expr(i, j, head.kind, value, unit=head.unit)
                        mine.extra = [scale]
                        return [mine] + rest
                    if rest:
                        return [expr] + rest
            # «پنج بر سه», «۳۹ بر ۳۵»: a score or a ratio, two bare numbers
            if nxt == "بر" and self.kind(j + 1) in ("D", "W") and self.adjacent(j):
                other = self.number(j + 1)
                if other is not None and not other.ordinal and not other.scale:
                    return [expr, Expr(other.i, other.j, "cardinal", other.value)]
            # «چهار تا سالن»: تا as a counter
            if nxt == "تا" and self.adjacent(j) and self.kind(j + 1) == "" and num.words:
                u = self.unit_at(j + 1)
                if u is not None and u[1] not in UNTIL:
                    expr = Expr(i, u[3], u[0], value, unit=u[1])
        elif unit is not None and self.key_at(j) in RANGE_WORDS and self.kind(j + 1) in ("D", "W") and self.adjacent(j) \
                and self.adjacent(j - 1):
            # «بین ۱.۲ درصد تا ۷.۹ درصد»: both ends carry the unit
            rest = [r for r in self.read(j + 1) if r.kind != "skip"]
            if rest and rest[0].i == j + 1 and rest[0].unit == unit and rest[0].value_max is None:
                start = i - 1 if self.key_at(i - 1) in BETWEEN and self.adjacent(i - 1) else i
                e = Expr(start, rest[0].j, kind, value, rest[0].value, unit=unit)
                e.qualifier = rest[0].qualifier
                return [e] + rest[1:]
        self._post_qualifier(expr)
        return [expr]

    def read_range(self, num: Number, j: int, value: float | None = None) -> list[Expr]:
        i = num.i
        second = self.read(j + 1)
        second = [r for r in second if r.kind != "skip"]
        if not second or second[0].i != j + 1:
            return [Expr(i, j, "cardinal", num.value)]
        hi = second[0]
        years = self._year_range(num, hi)
        if years is not None:
            return [years] + second[1:]
        if hi.kind == "date" and hi.jalali is None and self.kind(hi.i + 1) == "G" and num.value == int(num.value) \
                and 1 <= num.value <= 31 and not num.scale:
            # «۲۷ تا ۳۰ نوامبر»: a Gregorian day range; dated only when the year is written
            first = i - 1 if self.key_at(i - 1) in ("از", "بین") and self.adjacent(i - 1) else i
            e = Expr(first, hi.j, "date")
            if hi.date:
                try:
                    e.date = _dt.date(int(hi.date[:4]), int(hi.date[5:7]), int(num.value)).isoformat()
                    e.date_end = hi.date
                except ValueError:
                    e.date = None
            return [e] + second[1:]
        if hi.kind == "date" and hi.jalali is None and hi.date is None and self.key_at(hi.i + 1) in LUNAR_MONTHS \
                and num.value == int(num.value) and 1 <= num.value <= 30:
            first = i - 1 if self.key_at(i - 1) in ("از", "بین") and self.adjacent(i - 1) else i
            return [Expr(first, hi.j, "date")] + second[1:]  # «۱۲ تا ۱۷ ربیع‌الاول»: a lunar day range
        if hi.kind == "date":
            # «سال‌های ۹۶ تا ۹۸» is read by year_date; here: «۲۷ تا ۳۰ بهمن», «۹۷-۹۶»
            if hi.jalali and num.value == int(num.value):
                lo_j = day_range_start(hi.jalali, int(num.value))
                if lo_j is not None:
                    first = i - 1 if self.key_at(i - 1) in ("از", "بین") and self.adjacent(i - 1) else i
                    e = date_range(first, hi.j, lo_j, hi.jalali)
                    if e is not None:
                        e.weekday = hi.weekday
                        return [e] + second[1:]
            return [Expr(i, j, "cardinal", num.value)] + second
        if hi.kind == "ordinal" or hi.value is None:
            return [Expr(i, j, "cardinal", num.value)] + second
        lo = num.value if value is None else value
        scale = hi.extra[0] if hi.extra else 0.0
        if not num.scale and scale and lo * scale <= hi.value * 1.0001:
            lo *= scale
        # «سال زراعی ۹۷-۹۶», «۹۶-۹۷»: two-digit or four-digit Jalali years
        if self.key_at(i - 1) in ("زراعی", "تحصیلی", "مالی", "سال", "سالهای") and hi.kind == "cardinal" and num.digit and self.toks[hi.i].num:
            y1, y2 = jalali_year(int(num.value)), jalali_year(int(self.toks[hi.i].num.value))
            if y1 and y2 and abs(y1 - y2) <= 50:
                return [year_expr(i, hi.j, min(y1, y2), max(y1, y2))]
        if lo > hi.value and self.key_at(j) in ("-", "–", "—"):
            lo, hv = hi.value, lo
        else:
            hv = hi.value
        start = i
        if self.key_at(i - 1) in BETWEEN and self.adjacent(i - 1):
            start = i - 1
        e = Expr(start, hi.j, hi.kind if hi.kind != "cardinal" else "cardinal", lo, hv, unit=hi.unit)
        e.qualifier = hi.qualifier
        return [e] + second[1:]

    def _year_range(self, num: Number, hi: Expr) -> Expr | None:
        """«۱۲۹۵ تا ۱۳۰۰», «(۱۸۹۴ تا ۱۹۶۵)», «۱۹۰۲ – ۱۹۷۹ میلادی»: two plain four-digit years."""
        d = num.digit
        if d is None or not d.plain or d.digits != 4:
            return None
        v = int(num.value)
        h = self.toks[hi.i].num if self.kind(hi.i) == "D" else None
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
        if nxt in RANGE_WORDS and self.kind(j + 1) == "D":
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
            if self.kind(before) == "D" and prev not in ("های", "ها"):  # «مدل‌های ۲۰۱۶ و ۲۰۱۷»
                b = self.toks[before].num
                if b.plain and b.digits == 4 and 1900 <= b.value <= 2100 and self.key_at(before - 1) in GREGORIAN_YEAR_CUES | {"های", "ها"}:
                    prev = "سال"
            elif prev in ("های", "ها"):
                prev = self.key_at(i - 2)
        if d.digits == 4 and 1900 <= v <= 2100 and prev in GREGORIAN_YEAR_CUES:
            return [Expr(i, j, "date", date=f"{v}-01-01", date_end=f"{v}-12-31")]
        if d.digits in (2, 4) and prev in JALALI_YEAR_CUES and self.adjacent(i - 1):
            y = jalali_year(v)
            if y is not None:
                return [year_expr(i, j, y, None)]
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
