"""Bare numbers whose meaning the sentence gives, though no unit follows them.

``extract`` drops a lone small number with no unit (``_bare_count``): alone it tells a reader
nothing. Two shapes of sports and league reports say what it is all the same:

- a count whose noun was said earlier in a parallel clause: «بایرن با ۵۴ امتیاز صدرنشین است و
  دورتموند با ۳۹ و لورکوزن با ۳۸ ...» — «با ۳۹» repeats «با ۵۴ امتیاز» without the unit;
- a minute of play after a scorer's name: «زالای ۴۳ برای ماینس گل زد», «دفو ۱۸ و ۷۴ و بیل ۷۱
  برای تاتنهام گلزنی کردند», «کرماس ۸۷ گل این بازی را به ثمر رساند» (no match has 87 goals).
"""
from __future__ import annotations

import dataclasses

from .expr import Expr
from .reader import Reader
from .tokens import DIGITS

#: words that end a clause: an elided unit is not carried across them
_CLAUSE_END = {".", "!", "?", "؟", "؛", ":", "\n"}
#: a goal verb in the clause after «برای X»
_GOAL_WORDS = {"گلزنی", "گلزنیکرد", "ثمر"}
#: what follows «گل» when the number before it is the minute the goal came in
_GOAL_OF = {"این", "تساوی", "برتری", "پیروزی", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "افتخار"}
_NOT_A_NAME = {"با", "از", "در", "به", "تا", "و", "که", "برای", "هر", "این", "آن", "حدود", "دقیقه", "دقایق",
               "بر", "مقابل", "برابر", "نتیجه", "بازی", "گل", "او", "وی", "آنها", "ایشان"}
_LAST_MINUTE = 130
_REACH = 14  # tokens between the unit said and the number that repeats it


def _goal_clause(r: Reader, j: int, reach: int = 8) -> bool:
    for x in range(j, min(r.n, j + reach)):
        k = r.key_at(x)
        if k in _CLAUSE_END:
            return False
        if k in _GOAL_WORDS or k == "گل" and r.key_at(x + 1) in ("زد", "زدند") or k == "وارد" and r.key_at(x + 1) == "دروازه":
            return True
    return False


def _after_name(r: Reader, e: Expr) -> bool:
    prev = r.key_at(e.i - 1) if e.i else ""
    return bool(prev) and r.kind(e.i - 1) == "" and prev not in _NOT_A_NAME and prev not in _CLAUSE_END \
        and prev[:1].isalpha()


def _is_minute(r: Reader, e: Expr) -> bool:
    """A minute of play already read: by this rule, or labelled «دقیقه ۶»."""
    return e.rule == "minute_of_play" or e.kind == "identifier" and r.key_at(e.i - 1) in ("دقیقه", "دقایق")


def minute(r: Reader, e: Expr, exprs: list[Expr]) -> Expr | None:
    """The bare number ``e`` as the minute of a goal, or None: after «دقایق» («در دقایق ۱۹، ۳۹ و
    ۵۷»), after a scorer's name before «برای» and a goal verb, or going on a list of minutes
    («، جیمی واردی ۴۵، ۵۶ و ۴+۹۰، چیلول ۱۰»). «۴+۹۰» is the fourth minute of stoppage time, 94."""
    if r.kind(e.i) != DIGITS or e.value is None or not 0 < e.value <= _LAST_MINUTE or e.unit or e.value_max is not None:
        return None
    prev = exprs[-1] if exprs else None
    after_minute = prev is not None and _is_minute(r, prev) and not any(
        r.key_at(x) in _CLAUSE_END for x in range(prev.j, e.i))
    chained = after_minute and e.i == prev.j + 1 and r.key_at(prev.j) in ("و", "،", ",")
    listed = after_minute and e.i - prev.j <= 5 and _after_name(r, e) and any(
        r.key_at(x) in ("و", "،", ",") for x in range(prev.j, e.i))
    named_scorer = _after_name(r, e) and (r.key_at(e.j) == "برای" and _goal_clause(r, e.j)
                                          or r.key_at(e.j) in ("و", "،", ",") and _goal_clause(r, e.j, 16)
                                          or r.key_at(e.j) in _GOAL_WORDS | {"وارد"} and _goal_clause(r, e.j, 2))
    substitute = r.key_at(e.i - 1) == "(" and r.lineup_name(e.j) and r.sports_story()  # «(۵۵ یوسف سیدی)»
    if r.key_at(e.i - 1) in ("دقایق", "دقیقه") or chained or listed or named_scorer or substitute:
        j, value = e.j, e.value
        if r.key_at(j) == "+" and r.kind(j + 1) == DIGITS and r.adjacent(j) and r.adjacent(j - 1):
            j, value = j + 2, value + r.toks[j + 1].num.value  # «۴+۹۰», «۹۰+۴»
        return Expr(e.i, j, "identifier", value, rule="minute_of_play")
    return None


def goal_minute(r: Reader, e: Expr) -> Expr | None:
    """«کرماس ۸۷ گل این بازی را»: a «goals» quantity no match reaches, after a name, is the minute."""
    plural = r.key_at(e.i + 2) == "های" and e.j - e.i == 3 and _goal_clause(r, e.j)
    if (e.kind == "quantity" and e.unit == "گل" and (e.j - e.i == 2 and r.key_at(e.j) in _GOAL_OF or plural)
            and r.kind(e.i) == DIGITS and e.value is not None and 20 < e.value <= _LAST_MINUTE and _after_name(r, e)):
        # «بیل ۷۱ گل‌های تاتنهام را به ثمر رساندند»: the goals of a team, scored in these minutes
        return Expr(e.i, e.i + 1, "identifier", e.value, rule="minute_of_play")
    return None


def elided_unit(r: Reader, e: Expr, exprs: list[Expr]) -> Expr | None:
    """The bare number ``e`` after «با» as a count of the unit an earlier «با N unit» of its clause said."""
    if r.key_at(e.i - 1) != "با":
        return None
    for p in reversed(exprs[-4:]):
        if p.kind == "quantity" and p.unit and r.key_at(p.i - 1) == "با" and 0 < e.i - p.j <= _REACH \
                and not any(r.key_at(x) in _CLAUSE_END for x in range(p.j, e.i)):
            return dataclasses.replace(e, kind="quantity", unit=p.unit, rule="elided_unit")
    return None


#: measures a league report writes before the number: «با امتیاز ۸ در رده هجدهم ماند»
_UNIT_BEFORE = {"امتیاز"}


def unit_before(r: Reader, e: Expr) -> Expr | None:
    """The bare number ``e`` right after the name of its measure («امتیاز ۸»): that many of it."""
    if r.key_at(e.i - 1) in _UNIT_BEFORE and r.adjacent(e.i - 1) and r.kind(e.i) == DIGITS:
        return dataclasses.replace(e, i=e.i - 1, kind="quantity", unit=r.key_at(e.i - 1), rule="unit_before")
    return None
