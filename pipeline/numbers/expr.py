"""What the reader builds: ``Number`` (a number read from tokens [i, j)) and ``Expr`` (an expression:
a number with its kind, unit, qualifier and date fields, still in token indices).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .tokens import Num


@dataclass(slots=True)
class Number:
    """A number read from tokens [i, j)."""

    i: int
    j: int
    value: float
    ordinal: bool = False
    words: bool = False  # written (partly) in words
    scale: float = 0.0  # largest scale word used (1000, 1e6…)
    digit: Num | None = None  # the digit group, when the number is a lone digit group
    percent: bool = False
    fraction: bool = False
    tail: str = ""  # glued unit of the last word: a currency, or "ی" for «میلیونی»
    frac: float | None = None  # «سه هزارم» read as 3/1000 where a fraction fits better
    parts: list = field(default_factory=list)  # the morpheme values the number was composed from


@dataclass(slots=True)
class Expr:
    i: int
    j: int
    kind: str
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    jalali: str | None = None
    jalali_end: str | None = None
    date: str | None = None
    date_end: str | None = None
    weekday: int | None = None
    clock: str | None = None  # HH:MM of a time
    clock_end: str | None = None
    scale: float = 0.0  # the largest scale word of the number read («۱۵ هزار»: 1000), shared by a list or range
    post_qualified: bool = False  # a qualifier after it was read into the span («۱۵ سال و بیشتر»)
    gregorian_day: tuple[int, int] | None = None  # (month, day) of a Gregorian date without a year («۲۷ اوت»)
    rule: str = ""  # the grammar rule that read it (see ``Expressions.SPECIAL_FORMS``)


class UnitMatch(NamedTuple):
    """A unit after a number (``Units.unit_at``): «۲۰ درصد» -> UnitMatch("percent", "درصد", 1.0, end)."""

    kind: str  # the kind it makes the number: percent, money, quantity or cardinal
    unit: str | None
    multiplier: float  # «همت»: 1e12
    end: int  # token index after the unit


def named(exprs: list[Expr], rule: str) -> list[Expr]:
    """``exprs``, each without a rule name given ``rule`` (the innermost rule that read one keeps its name)."""
    for e in exprs:
        if not e.rule:
            e.rule = rule
    return exprs
