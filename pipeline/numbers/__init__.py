"""Numbers, quantities, money, percentages, ranges and Jalali dates in Persian news text.

``extract(text)`` reads raw scraped text (Arabic ي/ك, Arabic-Indic digits, dropped ZWNJ) as well as
the normalizer's output, and returns NumberMention records with offsets into ``text``.
``annotate(doc)`` runs it on ``doc.text`` and stores the records in original coordinates.

How it reads: one regex pass cuts the text into tokens (digit groups, words cut at ZWNJ, single
punctuation marks). Each distinct token string is classified once (cached): a digit number, a number
word (split into morphemes, so «سههزار» reads and «صدرا» does not), a Jalali or Gregorian month, a
weekday. A small recursive-descent reader then starts at every number-like token and reads the
longest expression: the number with its scale words, a fraction, an ordinal, the unit that follows,
a range or a list sharing a unit, a qualifier before or after it, or a date.

Conventions:
- ``jalali`` is ``1402-05-21``, ``--05-21`` (no year), ``1397-07`` (month), ``--07`` (month, no year)
  or ``1399`` (year); ranges fill ``jalali_end``. ``date``/``date_end`` are Gregorian ISO days, the
  first and last day for a month, season or year, and only when the year is written: a yearless date
  stays yearless, whatever «امسال» says. Two-digit years use a fixed pivot (۰۰-۲۰ -> 1400s, ۲۱-۹۹ ->
  1300s), never today's date. Gregorian dates fill ``date`` only; Hijri lunar dates are date
  mentions without conversion.
- A weekday on its own («روز دوشنبه») is a date mention with ``weekday`` (ISO, Monday = 1) and no
  ``jalali``; followed by a date, the two are one mention.
- ``unit`` is the currency, «درصد» («واحد درصد» for percentage points), or the counted noun as
  written (normalized letters, adjectival «ی»/«‌ای» and ZWNJ plural suffixes removed). An amount with
  a scale word and a money word nearby («وام ۱۶۰ میلیونی»), or millions with nothing counted and no
  people or items counted just before («تخفیفی ۱۲۵ میلیونی»), is ``money`` in «تومان», the unit
  Iranians speak in when the currency is left unsaid (a written «ریال» is always said).
- Clock times («ساعت ۱۶», «۲۳:۳۰», «۸ و ربع», «۹ صبح») are ``time`` with ``value`` in hours and
  ``clock`` as ``HH:MM``; the span takes in «ساعت» and a part of the day after it («بعدازظهر»).
- Numbers that name rather than count are ``identifier``: labels («ماده ۱۰», «تبصره ۱», «فاز ۱۱»,
  «دقیقه ۴۱», «شبکه دو», «عمود ۲۸۵», «پژو ۲۰۶»), footnote marks «[۱]», short codes «پیامک به ۶۳۶۹»
  and long digit runs (phone numbers, ids), a model or code written «name-number» («F-16», «تی-۷۲»,
  «کووید-۱۹»). Numbers inside words, codes and URLs («هتل4ستاره») are not read. ``cardinal`` is kept
  for real counts without a unit.
- A match score «۲-۱» is a ``cardinal`` with the first number as its value, not a range.
- ``unit`` is never a verb, a preposition or a result word («پیروز», «مغلوب»); adjectival forms
  are reported in dictionary form («۲ روزه» -> روز, «۱۹ ساله» -> سال, «۱۰ اینچی» -> اینچ).

Layout: ``lexicon.py`` (every word list), ``words.py`` (number words), ``tokens.py`` (tokens and
the cursor), ``calendar.py`` (date values), ``expr.py`` (what the reader builds), and the grammar,
``reader.Reader``, split by job into the mixins ``guards``, ``cardinals``, ``units``, ``dates``,
``expressions`` and ``ranges``.
"""
from __future__ import annotations

import re

from ..document import NumberMention
from .calendar import join_dates
from .expr import Expr
from .confidence import confidence
from . import ellipsis
from .lexicon import GREGORIAN_MONTHS, JALALI_MONTHS, RANGE_WORDS, STARTERS
from .tokens import DIGIT_CLASS, LEGACY_LETTERS, NUMERIC_KINDS, READ_KINDS
from ..zwnj import lexicon
from .reader import Reader

__all__ = ["extract", "annotate", "NumberMention"]


_TRIGGER = re.compile(
    rf"[{DIGIT_CLASS}]|[یيكک]ک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|بیست|بيست|سی|سي|چهل|پنجاه|شصت|هفتاد|هشتاد|نود|صد|هزار|میلیون|ميليون|"
    r"میلیارد|ميليارد|نیم|نيم|اول|نخست|شنبه|جمعه|" + "|".join(sorted(set(JALALI_MONTHS) | set(GREGORIAN_MONTHS), key=len, reverse=True))
)


def extract(text: str, legacy_slash: bool = False) -> list[NumberMention]:
    """Every number, quantity, money amount, percentage, range and date in ``text``, in order.
    ``legacy_slash``: read Latin-digit «a/b» as the decimal b.a (visual-order text, see ``annotate``)."""
    if not text or not _TRIGGER.search(text):
        return []
    r = Reader(text, legacy_slash)
    exprs: list[Expr] = []
    toks = r.toks
    i = 0
    n = r.n
    interesting = READ_KINDS
    while i < n:
        if toks[i].kind not in interesting and toks[i].key not in STARTERS:
            i += 1
            continue
        got = r.read(i)
        if not got:
            i += 1
            continue
        last = i + 1
        for e in got:
            last = max(last, e.j)
            if e.kind == "skip":
                continue
            if _bare_count(e):
                e = ellipsis.minute(r, e, exprs) or ellipsis.elided_unit(r, e, exprs) or ellipsis.unit_before(r, e)
                if e is None:
                    continue
            elif e.rule == "shared_unit_list" and e.kind == "cardinal":
                e = ellipsis.minute(r, e, exprs) or e  # «در دقایق ۱۹، ۳۹ و ۵۷»
            exprs.append(ellipsis.goal_minute(r, e) or e)
        i = last
    return [_mention(r, e) for e in _merge_date_ranges(r, exprs)]


def _bare_count(e: Expr) -> bool:
    """A lone small whole number with no unit, range or list around it. In news it is a minute of
    play, a shirt number, a count whose noun was said before («با ۳۹ امتیاز ... لورکوزن با ۳۸») or a
    list marker: as a row of its own it tells a reader nothing (an analyst judged 100 of 100 such
    rows useless), so it is not reported. Scores, ratios, fractions and ranges are kept."""
    return (e.rule == "number" and e.kind == "cardinal" and e.j - e.i == 1 and e.value_max is None and not e.scale
            and e.value is not None and e.value == int(e.value) and abs(e.value) < 1000 and not e.post_qualified)


def _years_word(r: Reader, i: int) -> bool:
    """Is token i «سال‌های» (one token, or «سال» + «های» when written with a ZWNJ)?"""
    return r.key_at(i) in ("سالهای", "سالها") or r.key_at(i) == "سال" and r.key_at(i + 1) in ("ها", "های")


def _merge_date_ranges(r: Reader, exprs: list[Expr]) -> list[Expr]:
    """«از ۲۰ آبان لغایت ۱۴ آذر ۱۳۹۵», «۲۷ اوت تا ۲۲ اکتبر ۲۰۱۷»: two dates joined by a range word
    are one date range; the first takes the year of the second when it has none."""
    out: list[Expr] = []
    for e in exprs:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "date" and e.kind == "date" and e.i == prev.j + 1
                and (r.key_at(prev.j) in RANGE_WORDS or r.key_at(prev.j) == "و" and _years_word(r, prev.i)
                     and prev.rule == e.rule == "year")  # «سال‌های ۲۰۱۱ و ۲۰۱۳»: the years from one to the other
                and r.adjacent(prev.j - 1) and r.adjacent(prev.j)
                and prev.jalali_end is None and e.jalali_end is None and prev.weekday is None or False):
            merged = join_dates(prev, e)
            if merged is not None:
                merged.rule = "date_range"
                out[-1] = merged
                continue
        out.append(e)
    return out


#: words after «تا N» that make N a point reached, not an upper bound: «تا ۵۴۰ تخت قابل افزایش است»,
#: «تا ۴ تیم برتر صعود کنیم», «تا پنج روز پس از اربعین»
_REACHED = frozenset(("افزایش", "کاهش", "صعود", "ارتقا", "ارتقاء", "رسید", "رسیده", "رسیدن", "پس", "بعد", "قبل", "پیش", "برتر"))


def _ta_not_up_to(r: Reader, e: Expr) -> bool:
    """Is the «تا» before ``e`` «so that», «until» or «to» rather than «up to»? After a verb («کارت زرد
    گرفت تا سه کارته شود»), before an object and a verb («تا سه امتیاز را بگیریم»), or before a
    word of reaching (judges of several dev draws: «تا» meaning «so that» is no qualifier)."""
    if lexicon().finite_verb(r.key_at(e.i - 2)):
        return True
    for x in range(e.j, min(r.n, e.j + 4)):
        k = r.key_at(x)
        if k in _REACHED or k == "را" and x == e.j:
            return True
        if k in (".", "،", ",", "؛", "و"):
            break
    return lexicon().finite_verb(r.key_at(e.j))


def _mention(r: Reader, e: Expr) -> NumberMention:
    start = r.starts[e.i]
    end = r.ends[e.j - 1]
    qualifier = e.qualifier
    if qualifier is None and e.kind not in ("date", "time", "identifier"):
        qualifier, _ = r.qualifier(e.i)
    if qualifier is None and e.kind in ("quantity", "percent", "money") and e.value_max is None \
            and r.key_at(e.i - 1) == "تا" and not any(r.kind(x) in NUMERIC_KINDS for x in range(max(0, e.i - 5), e.i - 1)) \
            and not _ta_not_up_to(r, e):
        qualifier = "lte"  # «پرداخت تا پنج درصد», «تا N تومان»: up to; not the end of «از ۱۰ تا ۲۰ درصد»
    return NumberMention(
        start=start, end=end, text=r.text[start:end], kind=e.kind, value=e.value, value_max=e.value_max,
        unit=e.unit, qualifier=qualifier, jalali=e.jalali, jalali_end=e.jalali_end, date=e.date,
        date_end=e.date_end, weekday=e.weekday, clock=e.clock, clock_end=e.clock_end,
        confidence=confidence(e.rule, e.kind), rule=e.rule or None,
    )


def annotate(document) -> None:
    """Run ``extract`` on ``document.text`` and append the mentions in original offsets."""
    legacy = bool(LEGACY_LETTERS.search(document.original)) and "/" in document.text
    for m in extract(document.text, legacy_slash=legacy):
        document.numbers.append(document.rebase(m))
