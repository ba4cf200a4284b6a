"""Normalization of scraped Persian news text, with an offset map back to the original.

Each job is a named step; ``normalize(text, skip={"zwnj"})`` switches steps off. Steps that change
characters one for one use ``str.translate`` (no offsets move); steps that change lengths go
through ``document.rewrite`` so every change is recorded in the Alignment.
"""
from __future__ import annotations

import unicodedata
from typing import Callable, Iterable

import regex

from .document import Alignment, EditMap, rewrite
from .persian.chars import ZWNJ


# One-for-one character fixes: Arabic letter variants, Arabic-Indic digits, odd spaces, quotes.
_CHAR_MAP = {
    "ي": "ی", "ى": "ی", "ې": "ی", "ۍ": "ی", "ێ": "ی", "ے": "ی", "ۓ": "ی",
    "ك": "ک", "ڪ": "ک", "ګ": "ک", "ڬ": "ک",
    "ە": "ه", "ھ": "ه", "ۀ": "ه", "ہ": "ه", "ة": "ه",
    "ٱ": "ا", "ٲ": "أ", "ٳ": "إ",
    "ٮ": "ب", "ٯ": "ق", "ڤ": "ف",
    "“": "«", "”": "»", "„": "«", "‟": "«",
}
_CHAR_MAP.update({chr(0x0660 + i): chr(0x06F0 + i) for i in range(10)})  # ٠-٩ -> ۰-۹
for _space in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f":
    _CHAR_MAP[_space] = " "
_CHAR_TABLE = str.maketrans(_CHAR_MAP)
# str.translate costs a dict lookup per character; translating only runs of mapped characters is
# several times faster on text that is mostly right already.
_MAPPED_RUN = regex.compile("[" + regex.escape("".join(_CHAR_MAP)) + "]+")

# Characters that carry nothing for a reader of news: kashida, harakat, bidi and zero-width marks
# other than ZWNJ, soft hyphen, BOM, and C0 controls other than newline.
_JUNK = regex.compile(
    "[\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200b\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u00ad\ufeff\u0000-\u0008\u000e-\u001f\u007f\u061c]+"
)
_PRESENTATION = regex.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")

_LINE_BREAKS = regex.compile(r"\r\n?|[\u2028\u2029\u0085]")
_EDGE_SPACES = regex.compile(r"(?m)^ +| +$")
_RUNS_OF_SPACES = regex.compile(r" {2,}")
_BLANK_LINES = regex.compile(r"\n{3,}")

_FA = r"\p{Arabic}"
# Inside a URL or an e-mail address (checked only at candidate matches: a lookbehind run last).
_IN_URL = r"(?:(?:https?://|www\.)|@)[^\s«»]*"
# Arabic-script letters only: Persian digits are \p{Arabic} too, and «۹.۱», «۳۶,۴», «۱۲،۵۰۰» must
# keep their marks (the numbers stage reads them as decimals and thousands).
_FA_LETTER = r"[^\P{Arabic}\P{L}]"
# No space before closing punctuation that follows a Persian word («است .» -> «است.»).
# (Spaces and the mark first, the costly script test last: most spaces fail early.)
_SPACE_BEFORE_PUNCT = regex.compile(rf" +(?=[،؛؟!:.)»\]])(?<={_FA} +)")
# A space after Persian punctuation glued to the next Persian word («گفت:صنایع»); never between
# digits or Latin letters, so 12:30, 12.5 and I.C.T are left alone. Matches the punctuation mark
# (fast to find); the space goes in right after it.
_SPACE_AFTER_PUNCT = regex.compile(rf"(?:[،؛؟!]|(?<={_FA_LETTER})[:.])(?={_FA_LETTER})(?<!{_IN_URL})")
_LATIN_COMMA = regex.compile(rf"(?<={_FA_LETTER}) ?,(?= ?{_FA_LETTER})(?<!{_IN_URL},)")

# ZWNJ in places it can never belong: at word edges, after a non-joining letter (removed); a run of
# them between two letters keeps one («می‌‌شود» -> «می‌شود»).
_STRAY_ZWNJ = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}]){ZWNJ}+|{ZWNJ}+(?![\p{{L}}\p{{M}}])|(?<=[اآأإدذرزژوؤء]){ZWNJ}+"
)
_DOUBLE_ZWNJ = regex.compile(rf"{ZWNJ}{{2,}}")


def _characters(text: str) -> tuple[str, EditMap]:
    text = _MAPPED_RUN.sub(lambda m: m.group().translate(_CHAR_TABLE), text)
    # Presentation forms decompose to Arabic letters (ﲎ -> نى), which need the same letter fixes.
    return rewrite(text, _PRESENTATION, lambda m: unicodedata.normalize("NFKC", m.group()).translate(_CHAR_TABLE))


def _pass(pattern: regex.Pattern, repl) -> Callable[[str], tuple[str, EditMap]]:
    return lambda text: rewrite(text, pattern, repl)


def _insert_after(pattern: regex.Pattern, what: str) -> Callable[[str], tuple[str, EditMap]]:
    """Insert ``what`` at the end of every match (pure insertions: offsets stay exact)."""

    def one_pass(text: str) -> tuple[str, EditMap]:
        ends = [m.end() for m in pattern.finditer(text)]
        if not ends:
            return text, EditMap(())
        pieces = [text[a:b] for a, b in zip([0, *ends], [*ends, len(text)])]
        edits = [(e, e, e + k * len(what), e + (k + 1) * len(what)) for k, e in enumerate(ends)]
        return what.join(pieces), EditMap(edits)

    return one_pass


def _restore_zwnj(text: str) -> tuple[str, EditMap]:
    from . import zwnj

    return zwnj.restore(text)


Pass = Callable[[str], "tuple[str, EditMap]"]

#: The normalizer's jobs, in order, each a list of single rewriting passes. Names are what
#: ``skip`` takes.
STEPS: dict[str, list[Pass]] = {
    "characters": [_characters],
    "junk": [_pass(_JUNK, "")],
    # Before spacing and punctuation: a stray ZWNJ must not hide a glued mark or a double space.
    "stray_zwnj": [_pass(_STRAY_ZWNJ, ""), _pass(_DOUBLE_ZWNJ, ZWNJ)],
    "whitespace": [
        _pass(_LINE_BREAKS, "\n"),
        _pass(_EDGE_SPACES, ""),
        _pass(_RUNS_OF_SPACES, " "),
        _pass(_BLANK_LINES, "\n\n"),
    ],
    "punctuation": [
        _pass(_LATIN_COMMA, "،"),
        _pass(_SPACE_BEFORE_PUNCT, ""),
        _insert_after(_SPACE_AFTER_PUNCT, " "),
    ],
    "zwnj": [_restore_zwnj],
}


class Normalized(str):
    """Normalized text that is a ``str`` (so ``hazm.word_tokenize(normalize(t))``, ``len``,
    slicing and ``==`` work as on any string) and carries the way back to what was read:
    ``to_original(start, end)`` maps a span of the normalized text to the span of ``original``
    it came from. ``text`` is the same text as a plain ``str`` (what ``Document.text`` holds).

    String methods and slices return plain ``str``: only ``normalize`` makes a Normalized."""

    original: str
    text: str
    alignment: Alignment

    def __new__(cls, original: str, text: str, alignment: Alignment) -> "Normalized":
        self = super().__new__(cls, text)
        self.original = original
        self.text = text  # kept plain: a str subclass would travel into every Document and pickle
        self.alignment = alignment
        return self

    def __reduce__(self):
        # str's own pickling would drop the attributes (and call __new__ with one argument).
        return (Normalized, (self.original, self.text, self.alignment))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.alignment.to_original(start, end)

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        return self.alignment.to_normalized(start, end)

    def original_text(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]


def require_text(value: object, where: str, what: str = "text") -> None:
    """A clear TypeError when a public function is given something other than a ``str``
    (bytes, a number, a list of tokens): without it, Python would iterate a list or fail deep
    inside a regex with a message that names neither the function nor the argument."""
    if isinstance(value, str):
        return
    hint = ""
    if isinstance(value, (bytes, bytearray)):
        hint = " (decode it first: data.decode('utf-8'))"
    elif isinstance(value, (list, tuple)) and value and all(isinstance(v, str) for v in value):
        hint = " (one text per call; pipeline.pipe(texts) takes many)"
    raise TypeError(f"{where} expects the {what} as str, got {type(value).__name__}{hint}")


def normalize(text: str, skip: Iterable[str] = ()) -> Normalized:
    """Normalize ``text``; ``skip`` names steps of ``STEPS`` to leave out. The result is a
    ``str`` (the normalized text) with ``.original``, ``.alignment`` and the offset maps."""
    require_text(text, "normalize()")
    if isinstance(skip, str):
        skip = (skip,)
    skipped = set(skip)
    unknown = skipped - STEPS.keys()
    if unknown:
        raise ValueError(f"unknown normalization step(s): {', '.join(sorted(unknown))}")
    alignment = Alignment()
    out = text
    for name, passes in STEPS.items():
        if name in skipped:
            continue
        for one_pass in passes:
            out, edits = one_pass(out)
            alignment.add(edits)
    return Normalized(text, out, alignment)


class Normalizer:
    """hazm's habit: ``Normalizer().normalize(text)`` returns the normalized text as a plain
    ``str``. ``skip`` names steps of ``STEPS`` to leave out (checked here, once)."""

    def __init__(self, skip: Iterable[str] = ()):
        if isinstance(skip, str):
            skip = (skip,)
        self.skip = frozenset(skip)
        unknown = self.skip - STEPS.keys()
        if unknown:
            raise ValueError(f"unknown normalization step(s): {', '.join(sorted(unknown))} "
                             f"(steps: {', '.join(STEPS)})")

    def normalize(self, text: str) -> str:
        require_text(text, "Normalizer.normalize()")
        return normalize(text, skip=self.skip).text

    def __repr__(self) -> str:
        return f"Normalizer(skip={sorted(self.skip)!r})" if self.skip else "Normalizer()"
