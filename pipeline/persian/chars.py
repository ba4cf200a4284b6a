"""Characters: ZWNJ, digits, letter folding, and the regexes for words and URLs.

Scraped news spells one word several ways (Arabic «ي/ك/ة», hamza seats, diacritics, kashida, ZWNJ
or a space or nothing between parts). Which differences a comparison ignores depends on what is
compared, so there are several folds, each named for its purpose; use the one that matches the
list you compare with:

| function | folds | keeps | for |
|---|---|---|---|
| ``fold_letters`` | ي ى ئ -> ی, ك -> ک, ة ۀ -> ه, أ إ ٱ -> ا, ؤ -> و (one for one, same length) | everything else | token-level comparisons with cue and stop-word lists (places) |
| ``lookup_key`` | ``fold_letters``, then drops diacritics, kashida, ZWNJ/ZWJ, bidi marks, spaces, hyphens | letters | **the lookup key** of a name: gazetteer, list categories («خرم‌آباد» = «خرم آباد» = «خرمآباد») |
| ``word_key`` | ي ى -> ی, ك -> ک, ة ۀ -> ه; drops ZWNJ/ZWJ, diacritics, kashida | hamza seats («ژوئن», «رئیس»), spaces | number words, months, units (``numbers``): «سه‌هزار» = «سههزار» |
| ``unit_text`` | like ``word_key`` | ZWNJ, hamza seats | a counted noun reported as written («غرفه‌دار») |

Two folds differ on purpose: ``fold_letters`` turns «رئال» into «ریال» (the currency), so a list of
organisation heads compared with folded tokens must not hold it; ``word_key`` keeps «ئ» so
«ژوئن» stays June. The NER feature key (``entities.features.lexicon_key``) runs the normalizer
and lives with the tagger.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

ZWNJ = "\u200c"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # Arabic-Indic

_ASCII_DIGITS = str.maketrans({**{chr(0x06F0 + i): str(i) for i in range(10)},
                               **{chr(0x0660 + i): str(i) for i in range(10)}})


def ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits -> ASCII digits («۱۴۰۲» -> "1402"); nothing else changes."""
    return text.translate(_ASCII_DIGITS)


#: Every digit (Persian, ASCII, Arabic-Indic) -> "0": the NER features see a number's shape, not its value.
DIGITS_TO_ZERO = str.maketrans(PERSIAN_DIGITS + "0123456789" + ARABIC_DIGITS, "0" * 30)


# -- folding (see the table in the module docstring)

# One-for-one folds of letters news spells two ways; all are length-preserving.
_FOLD = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و",
})
_NOISE = regex.compile(r"[\u064b-\u065f\u0670\u0640\u200c\u200d\u200f\u200e\s\-]+")


@lru_cache(maxsize=200_000)  # called for every token: news repeats its words
def fold_letters(text: str) -> str:
    """Letters folded one for one (same length): Arabic ي/ك -> Persian, hamza seats -> bare."""
    return text.translate(_FOLD)


@lru_cache(maxsize=200_000)
def lookup_key(text: str) -> str:
    """The lookup key of a name: folded letters, no diacritics, no ZWNJ, no spaces.

    Contract: two spellings of one name that differ only in Arabic/Persian letter variants, hamza
    seats, diacritics, kashida, ZWNJ, bidi marks, spaces or hyphens get the same key; the key of a
    multi-word name is the concatenation of its words' keys."""
    return _NOISE.sub("", fold_letters(text))


_WORD_KEY = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "\u200c": None, "\u200d": None,
                           "\u064f": None, "\u064e": None, "\u0650": None, "\u0651": None, "\u064b": None,
                           "\u0652": None, "\u0640": None})


def word_key(word: str) -> str:
    """The key of a word in the number and date lexicons: Persian letters, no ZWNJ, diacritics or
    kashida; hamza seats kept («ژوئن»)."""
    return word.translate(_WORD_KEY)


_UNIT_TEXT = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "\u064b": None, "\u064f": None,
                            "\u0650": None, "\u064e": None, "\u0651": None, "\u0652": None, "\u0640": None})


def unit_text(text: str) -> str:
    """A counted noun as reported in ``unit``: Persian letters, no diacritics or kashida, ZWNJ kept."""
    return text.translate(_UNIT_TEXT)


# -- regexes

#: A word: letters and marks, ZWNJ inside it («منطقه‌ای»).
WORD_RE = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\u200c]*")

#: A URL or an e-mail address: a Persian slug in one is an identifier, never a word to fix (ZWNJ
#: restoration leaves it alone). The segmenter's token regex and the normalizer's spacing rules
#: embed their own variants of it (a token must end before trailing punctuation; a lookbehind
#: must be cheap).
URL_RE = re.compile(r"(?:https?://|www\.)[^\s«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

#: A URL, an e-mail address or a bare domain («irna.ir/news»): digits inside are no numbers.
URL_OR_DOMAIN_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[A-Za-z0-9]+\.(?:ir|com|org|net)\S*", re.I)
