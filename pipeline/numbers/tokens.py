"""Tokens of the numbers stage: one regex pass cuts the text into digit groups, words (cut at ZWNJ)
and single marks; each distinct token string is classified once (cached): a digit number, a
number word, a Jalali or Gregorian month, a weekday, a time, a date-like digit group.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..persian.chars import URL_OR_DOMAIN_RE
from .lexicon import GREGORIAN_MONTHS, JALALI_MONTHS, WEEKDAYS
from .words import WordNumber, analyse, ascii_digits, key


# Token kinds (``Tok.kind``): what ``classify`` made of a token.
DIGITS = "D"  # a digit group: «۲۱», «۱٫۵», «1,234»
WORD = "W"  # a number word: «سه», «سههزار», «بیست‌وپنجم»
JALALI_MONTH = "J"  # «مرداد», «مردادماه»
GREGORIAN_MONTH = "G"  # «نوامبر»
WEEKDAY = "K"  # «دوشنبه»
TIME = "T"  # «۱۲:۳۰»
DATE_LIKE = "X"  # «۱۴۰۲/۰۵/۲۱»
OTHER = ""  # any other word or mark
OUTSIDE = "#"  # ``TokenCursor.kind`` of an index outside the text
NUMERIC_KINDS = (DIGITS, WORD)
MONTH_KINDS = (JALALI_MONTH, GREGORIAN_MONTH)
DATE_START_KINDS = (DIGITS, WORD, DATE_LIKE)  # what a date after a weekday starts with
READ_KINDS = (DIGITS, WORD, JALALI_MONTH, GREGORIAN_MONTH, WEEKDAY, DATE_LIKE, TIME)  # kinds ``extract`` reads at
NOT_UNIT_KINDS = (DIGITS, WORD, JALALI_MONTH, GREGORIAN_MONTH, WEEKDAY, DATE_LIKE, TIME)  # never a unit

DIGIT_CLASS = "0-9\u06f0-\u06f9\u0660-\u0669"

LETTER_CLASS = r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])"

# «دوماه», «چهارنفره», «سهساله»: a number word written joined to a common unit is two tokens. Not
# «یک» (the indefinite «یکروز» is no count) and no unit that makes an ordinary word («دوره», «دهه»,
# «دوباره»).
JOINED_COUNT = (r"(?<![^\W\d_])(?:دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده)"
                r"(?=(?:(?:ماه|روز|سال|هفته|نفر|ساعت|دقیقه)ه?|بار)(?![^\W\d_]))")  # not «دوباره» (again)

TOKEN_RE = re.compile(
    rf"(?P<date>[{DIGIT_CLASS}]{{1,4}}(?P<ds>[/\-.])[{DIGIT_CLASS}]{{1,2}}(?P=ds)[{DIGIT_CLASS}]{{1,4}}(?![{DIGIT_CLASS}]))"
    rf"|(?P<time>[{DIGIT_CLASS}]{{1,2}}:[{DIGIT_CLASS}]{{2}}(?::[{DIGIT_CLASS}]{{2}})?(?![{DIGIT_CLASS}]))"
    rf"|(?P<num>[{DIGIT_CLASS}]+(?:[.,٫٬،/][{DIGIT_CLASS}]+)*)"
    rf"|(?P<joined>{JOINED_COUNT})"
    rf"|(?P<word>{LETTER_CLASS}+)"
    r"|(?P<p>[^\s\u200c])"
)

ASCII_SLASH = re.compile(r"[0-9]+/[0-9]+")

# Old scraped pages written with Arabic «ي»/«ك» (e.g. Fars News before ~2010) store Latin-digit slash
# decimals in visual order: «5/27 برابر» is 27.5, «43/1 میلیون بشکه» is 1.43, «30/9 صبح» is 9:30.
LEGACY_LETTERS = re.compile("[يك]")


LATIN_OR_LETTER = re.compile(r"[^\W\d_]")

LATIN = re.compile(r"[A-Za-z]")

@dataclass(slots=True)
class Num:
    value: float
    integer: bool
    digits: int  # digits before any decimal mark
    leading_zero: bool
    plain: bool  # no separators at all
    thousands: float | None = None  # «۲.۵۰۰»: the value if the dot separates thousands

def read_digits(raw: str) -> Num | None:
    s = ascii_digits(raw)
    if s.isdigit():
        return Num(float(s), True, len(s), len(s) > 1 and s[0] == "0", True)
    seps = [c for c in s if not c.isdigit()]
    groups = re.split(r"[^0-9]", s)
    kinds = set(seps)
    if "٫" in kinds:  # the Persian decimal mark: anything else is a thousands separator
        if seps.count("٫") > 1 or seps[-1] != "٫":
            return None
        int_part = "".join(groups[:-1])
        return Num(float(f"{int_part}.{groups[-1]}"), False, len(int_part), False, False)
    if len(kinds) == 1:
        sep = seps[0]
        thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and groups[0] != "0"
        if len(seps) > 1:
            if sep == "/" or not thousands:
                return None
            return Num(float("".join(groups)), True, len("".join(groups)), False, False)
        # one separator
        if sep in "٬" or (sep in ",،" and thousands):
            return Num(float("".join(groups)), True, len("".join(groups)), False, False)
        # «.», «/» and a comma that cannot be a thousands separator are decimal marks
        alt = float(groups[0] + groups[1]) if sep == "." and thousands else None
        return Num(float(f"{groups[0]}.{groups[1]}"), False, len(groups[0]), False, False, alt)
    # «1,234.5» / «1.234,5»: the last separator is the decimal mark
    last = seps[-1]
    if seps.count(last) != 1:
        return None
    if not all(len(g) == 3 for g in groups[1:-1]):
        return None
    int_part = "".join(groups[:-1])
    return Num(float(f"{int_part}.{groups[-1]}"), False, len(int_part), False, False)

@dataclass(slots=True)
class Tok:
    kind: str  # DIGITS, WORD, JALALI_MONTH, GREGORIAN_MONTH, WEEKDAY, TIME, DATE_LIKE or OTHER
    key: str
    num: Num | None = None
    word: WordNumber | None = None
    month: int = 0
    mah: bool = False  # month written with «ماه» glued
    weekday: int = 0
    parts: tuple[int, ...] = ()
    conj: bool = False  # «وپنج» in «بیست‌وپنج»: a number word with the «و» glued in front

@lru_cache(maxsize=200000)
def classify(raw: str, group: str) -> Tok:
    if group == "num":
        n = read_digits(raw)
        return Tok(DIGITS, raw, num=n) if n is not None else Tok(OTHER, raw)
    if group == "date":
        parts = tuple(int(p) for p in re.split(r"[/\-.]", ascii_digits(raw)))
        return Tok(DATE_LIKE, raw, parts=parts)
    if group == "time":
        return Tok(TIME, raw)
    if group == "p":
        return Tok(OTHER, raw)
    k = key(raw)
    if k in JALALI_MONTHS:
        return Tok(JALALI_MONTH, k, month=JALALI_MONTHS[k])
    if k.endswith("ماه") and k[:-3] in JALALI_MONTHS:
        return Tok(JALALI_MONTH, k, month=JALALI_MONTHS[k[:-3]], mah=True)
    if k in GREGORIAN_MONTHS:
        return Tok(GREGORIAN_MONTH, k, month=GREGORIAN_MONTHS[k])
    if k in WEEKDAYS:
        return Tok(WEEKDAY, k, weekday=WEEKDAYS[k])
    w = analyse(k)
    if w is not None:
        return Tok(WORD, k, word=w)
    if len(k) > 2 and k[0] == "و":
        w = analyse(k[1:])
        if w is not None and not w.tail and not w.percent:
            return Tok(WORD, k, word=w, conj=True)
    return Tok(OTHER, k)



class TokenCursor:
    """The text's tokens and the questions every grammar rule asks about them."""

    def __init__(self, text: str, legacy_slash: bool = False):
        self.text = text
        # One comprehension per list rather than a loop of appends: this runs on every token.
        matches = list(TOKEN_RE.finditer(text))
        starts = [m.start() for m in matches]
        ends = [m.end() for m in matches]
        toks = [classify(m.group(), m.lastgroup) for m in matches]
        if legacy_slash:
            for i, m in enumerate(matches):
                if toks[i].kind == DIGITS and ASCII_SLASH.fullmatch(m.group()):
                    a, b = m.group().split("/")
                    toks[i] = Tok(DIGITS, toks[i].key, num=read_digits(f"{b}/{a}"))
        self.starts, self.ends, self.toks = starts, ends, toks
        self.n = len(toks)
        self._sports_story: bool | None = None
        self.blocked: list[tuple[int, int]] = []
        if "http" in text or "www" in text or "@" in text or ".ir" in text or ".com" in text:
            self.blocked = [m.span() for m in URL_OR_DOMAIN_RE.finditer(text)]

    def key_at(self, i: int) -> str:
        return self.toks[i].key if 0 <= i < self.n else ""

    def kind(self, i: int) -> str:
        return self.toks[i].kind if 0 <= i < self.n else OUTSIDE

    def adjacent(self, i: int) -> bool:
        """Token i+1 follows token i on the same line (no sentence break in between)."""
        if i + 1 >= self.n:
            return False
        gap = self.text[self.ends[i]: self.starts[i + 1]]
        return "\n" not in gap

    def in_url(self, i: int) -> bool:
        s = self.starts[i]
        return any(a <= s < b for a, b in self.blocked)

    def _zwnj_between(self, a: int, b: int) -> bool:
        return 0 <= a < self.n and b < self.n and self.text[self.ends[a]: self.starts[b]] == "\u200c"
