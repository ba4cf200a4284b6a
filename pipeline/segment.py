"""Sentences and tokens with offsets into the (normalized) text they were cut from.

A regex tokenizer of our own rather than hazm's: hazm's tokenizers return strings without offsets,
split decimals and dates («۱۲٫۵», «۱۴۰۲/۰۵/۲۱») and are slow; here every token is a slice of the
text, so ``text[t.start:t.end] == t.text`` always holds.
"""
from __future__ import annotations

import regex

from .document import Sentence, Token

_TOKEN = regex.compile(
    r"""
    (?:https?://|www\.)[^\s«»"'()<>]+[^\s«»"'()<>.,،؛:!?؟]        # URL
  | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                                  # e-mail
  | (?:\p{Latin}\.){2,}\p{Latin}?                                 # I.C.T, U.S.A.
  | \d+(?:[.,/٫٬:\-]\d+)*(?:[٫.]\d+)?                             # 12, ۱۲٫۵, ۱۴۰۲/۰۵/۲۱, 12:30
  | [\p{L}\p{M}](?:[\p{L}\p{M}\u200c]*[\p{L}\p{M}])?                # a word, ZWNJ inside it
  | [^\s]                                                         # any other single character
    """,
    regex.VERBOSE,
)

# A sentence ends after . ! ? ؟ (and runs of them, with closing quotes/brackets) before
# whitespace, or at a line break; a period between Latin capitals (I.C.T) or digits is not an end,
# nor the dots of «و ...» («etc.»: «تب مالت و ... اشاره کرد و ... تصریح کرد:» is one sentence).
_SENTENCE_END = regex.compile(r"(?<!\b\p{Lu})(?<!(?<![\w\u200c])و\s?)(?<![.!?؟…])[.!?؟…]+[»\")\]]*(?=\s|$)|\n+")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their tokens; offsets index ``text``. Blank stretches are skipped
    and surrounding whitespace is trimmed."""
    out: list[Sentence] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() if m.group().startswith("\n") else m.end()
        _add(text, pos, end, out)
        pos = m.end()
    _add(text, pos, len(text), out)
    return out


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end], tokenize(text, start, end)))


def annotate(document) -> None:
    """Stage "segment": fill ``document.sentences`` from ``document.text``."""
    document.sentences = sentences(document.text)


segment = annotate  # the name ``pipeline.segment`` exports
