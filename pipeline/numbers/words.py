"""Persian number words: lexicon, word keys, splitting of glued words, and phrase values.

A *key* is a word with Arabic letter variants mapped to Persian, diacritics and ZWNJ removed, so
that «ميليون», «سه‌هزار»/«سههزار» and «سی‌ام»/«سیام» all look the same. ``analyse(key)`` splits a
key into number morphemes (longest match, whole word only), so «سههزار» reads as 3000 while
«صدرا», «هفته», «دهک», «یکایک» and «دوشنبه» do not read at all.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..persian.chars import ascii_digits, word_key as key  # noqa: F401  (ascii_digits: used by the stage's modules)

UNITS = {
    "صفر": 0, "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8,
    "نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15,
    "پونزده": 15, "شانزده": 16, "شونزده": 16, "هفده": 17, "هیفده": 17, "هجده": 18, "هیجده": 18,
    "نوزده": 19,
}
TENS = {"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90}
HUNDREDS = {
    "صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500,
    "پونصد": 500, "ششصد": 600, "شیشصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
}
class Scale(float):
    """A scale word's value (هزار, میلیون…): what multiplies, as opposed to a digit group that
    happens to be 1000 or more."""

    __slots__ = ()


def is_scale(p: float) -> bool:
    return isinstance(p, Scale)


SCALES = {w: Scale(v) for w, v in {
    "هزار": 1e3, "میلیون": 1e6, "ملیون": 1e6, "میلیارد": 1e9, "ملیارد": 1e9, "بیلیون": 1e9,
    "تریلیون": 1e12, "بیلیارد": 1e15}.items()}
HALF = {"نیم": 0.5, "نیمی": 0.5}

# Ordinal stems that do not follow "number + م": یکم/اول, سوم, سی‌ام...
ORDINAL_WORDS = {
    "اول": 1, "اولین": 1, "نخست": 1, "نخستین": 1, "یکم": 1, "یکمین": 1, "دوم": 2, "دومین": 2,
    "سوم": 3, "سومین": 3,
}

# A *key* (``persian.chars.word_key``): Arabic letter variants folded, ZWNJ, diacritics and kashida
# removed; hamza seats kept («ژوئن»). ``key`` and ``ascii_digits`` are imported here for the numbers
# stage's modules.


_CARDINAL_MORPHEMES: dict[str, float] = {**UNITS, **TENS, **HUNDREDS, **SCALES}
# Longest first so «سیصد» wins over «سی»+«صد» and «هفتصد» over «هفت»+«صد» (same value anyway).
_MORPHEMES = sorted(_CARDINAL_MORPHEMES, key=len, reverse=True)
_ORDINAL_SUFFIXES = ("امین", "مین", "ام", "م")


@dataclass(frozen=True, slots=True)
class WordNumber:
    """What one written word says as a number: its morphemes' values (in order) and whether it is
    an ordinal («ششم», «سی‌ام», «هزارمین»)."""

    parts: tuple[float, ...]
    ordinal: bool = False
    percent: bool = False  # «صددرصد», «پنجاه‌درصدی»
    tail: str = ""  # a unit glued on: «هزارتومان» -> "تومان"; «میلیونی» (adjectival scale) -> "ی"

    @property
    def value(self) -> float:
        return compose(self.parts)


def _split(k: str) -> tuple[float, ...] | None:
    """``k`` as a sequence of cardinal morphemes, or None."""
    out: list[float] = []
    i = 0
    n = len(k)
    while i < n:
        if k[i] == "و" and out and i + 1 < n:  # «صدوبیست», «بیستوپنج»: «و» written glued
            i += 1
        for m in _MORPHEMES:
            if k.startswith(m, i):
                out.append(_CARDINAL_MORPHEMES[m])
                i += len(m)
                break
        else:
            return None
    return tuple(out)


# Currencies written glued to a number word («هزارتومان», «ده‌دلاری»), longest first.
_GLUED_UNITS = sorted(
    [(c + s, c) for c in ("تومان", "ریال", "دلار", "یورو", "درهم", "پوند") for s in ("", "ی")],
    key=lambda x: len(x[0]), reverse=True,
)

# Real words that happen to split into number morphemes.
_NOT_NUMBERS = {"سیم", "سیمین", "سهم", "سهمی", "دوو", "سینه", "سینهها", "سینهای", "سیده", "سیدهی"}


@lru_cache(maxsize=65536)
def analyse(k: str) -> WordNumber | None:
    """A word key -> WordNumber, or None when the word is not (entirely) a number."""
    if not k or k in _NOT_NUMBERS:
        return None
    if k in ORDINAL_WORDS:
        return WordNumber((float(ORDINAL_WORDS[k]),), ordinal=True)
    if k in HALF:
        return WordNumber((0.5,))
    parts = _split(k)
    if parts is not None:
        return WordNumber(parts)
    for suffix in ("درصدی", "درصد"):
        if k.endswith(suffix) and len(k) > len(suffix):
            inner = _split(k[: -len(suffix)])
            return WordNumber(inner, percent=True) if inner is not None else None
    for suffix, unit in _GLUED_UNITS:
        if k.endswith(suffix) and len(k) > len(suffix):
            inner = _split(k[: -len(suffix)])
            if inner is not None:
                return WordNumber(inner, tail=unit)
    if k.endswith("و") and len(k) > 2:
        inner = _split(k[:-1])
        if inner:  # «هزارو ۴۰۰», «صدو هفتاد»: the «و» glued on
            return WordNumber(inner, tail="و")
    if k.endswith("ی"):
        inner = _split(k[:-1])
        if inner and is_scale(inner[-1]):  # «میلیونی», «۸ هزارمیلیاردی»
            return WordNumber(inner, tail="ی")
    if k.endswith("می") and len(k) > 3 and k not in ORDINAL_WORDS:
        inner = analyse(k[:-1])  # «عنوان سومی», «رده چهارمی»: a place in a ranking, the ordinal as a noun
        if inner is not None and inner.ordinal:
            return inner
    # ordinals: «ششم», «بیستمین», «یکم», «سوم»/«سومین» (سه -> سو), «سی‌ام»/«سیام»/«سی‌امین»
    for suffix in ("امین", "ام", "مین", "م"):
        if not k.endswith(suffix) or len(k) <= len(suffix):
            continue
        stem = k[: -len(suffix)]
        if suffix.startswith("ا"):
            if not stem.endswith("سی"):  # «ام» only after a vowel: «دوام», «هفتام» are not ordinals
                continue
        else:
            if stem.endswith(("سه", "سی")):  # «سهم» is a share, «سیم» a wire
                continue
            if stem.endswith("سو"):
                stem = stem[:-2] + "سه"
        parts = _split(stem)
        if parts is not None:
            return WordNumber(parts, ordinal=True)
    return None


def compose(parts: tuple[float, ...] | list[float]) -> float:
    """Value of number morphemes read in order (no «و» needed): 12 1000 20 2 -> 12022;
    400 50 1000 -> 450000; 1000 1e9 -> 1e12 (stacked scales); 60 1000 500 1e9 -> 6.05e13
    («۶۰ هزار و ۵۰۰ میلیارد»: a scale larger than any before multiplies everything read so far)."""
    total = 0.0
    current = 0.0
    top = 0.0  # the largest scale applied to ``total``
    last_was_scale = False
    for p in parts:
        if is_scale(p):
            if total and p > top:
                total = (total + current) * p
            else:
                total += (current or 1) * p
            top = max(top, p)
            current = 0.0
            last_was_scale = True
        elif p == 100 and 0 < current < 10 and not last_was_scale:
            current *= 100  # «پنج صد» written apart
            last_was_scale = False
        else:
            current += p
            last_was_scale = False
    return total + current


def place(value: float) -> float:
    """The smallest place a number already fills: 300 -> 100, 20 -> 10, 5 -> 1, 0.5 -> 0."""
    if value != int(value):
        return 0.0
    v = int(value)
    if v == 0:
        return 1.0
    p = 1
    while v % (p * 10) == 0:
        p *= 10
    return float(p)


def parse_words(text: str) -> float | None:
    """A stand-alone number phrase in words (and digits) -> its value; None if nothing reads.
    «منفی سه هزار» -> -3000, «دوازده هزار بیست دو» -> 12022, «سی اُم» -> 30,
    «یک میلیون و پانصد هزار» -> 1500000."""
    tokens = [t for t in text.replace("\u200c", " ").split() if t]
    sign = 1.0
    if tokens and key(tokens[0]) == "منفی":
        sign = -1.0
        tokens = tokens[1:]
    elif tokens and key(tokens[0]) == "مثبت":
        tokens = tokens[1:]
    parts: list[float] = []
    for i, tok in enumerate(tokens):
        k = key(tok)
        if k == "و":
            continue
        if k in ("ام", "امین", "اُم") and parts:
            continue
        digits = ascii_digits(tok).replace(",", "").replace("٬", "")
        if digits.lstrip("-").replace(".", "", 1).isdigit():
            value = float(digits)
            if value < 0:
                sign, value = -sign, -value
            parts.append(value)
            continue
        word = analyse(k)
        if word is None:
            return None
        parts.extend(word.parts)
    if not parts:
        return None
    return sign * compose(parts)


def trailing_chunk(parts: list[float]) -> float:
    """Value of the trailing parts after the last scale word (what «و» may add to)."""
    cur = 0.0
    for p in parts:
        if is_scale(p):
            cur = 0.0
        else:
            cur += p
    return cur
