"""Tokens as the places stage reads them: each distinct spelling folded once (cached), and the
longest gazetteer name starting at a token."""
from __future__ import annotations

from ..document import Token
from ..persian.chars import WORD_RE, fold_letters, lookup_key
from . import gazetteer as gz

MAX_NAME_TOKENS = 6


# each distinct spelling is folded once. Bounded: emptied when it grows past the limit.
_INFO: dict[str, tuple[bool, str, str, str]] = {}
_INFO_MAX = 200_000


def token_info(word: str) -> tuple[bool, str, str, str]:
    got = _INFO.get(word)
    if got is None:
        folded = fold_letters(word)
        got = (bool(WORD_RE.fullmatch(word)), folded.replace("\u200c", ""), folded, lookup_key(word))
        if len(_INFO) >= _INFO_MAX:
            _INFO.clear()
        _INFO[word] = got
    return got


class TokenView:
    """Tokens of one text with their folded forms, computed once per call."""

    __slots__ = ("tokens", "n", "word", "norm", "normz", "key")

    def __init__(self, tokens: list[Token]):
        get = _INFO.get
        infos = [get(t.text) or token_info(t.text) for t in tokens]
        self.tokens = tokens
        self.n = len(tokens)
        self.word = [x[0] for x in infos]
        self.norm = [x[1] for x in infos]
        self.normz = [x[2] for x in infos]
        self.key = [x[3] for x in infos]


def match_at(view: TokenView, i: int, limit: int) -> tuple[int, tuple[gz.Place, ...]] | None:
    """Longest gazetteer name starting at token i: (end token index, places)."""
    index = gz.index()
    prefixes = gz.key_prefixes()
    parts = gz.max_parts()
    tokens = view.tokens
    best = None
    k = ""
    for n in range(min(MAX_NAME_TOKENS, limit - i)):
        if not view.word[i + n]:
            break
        # tokens of one name sit next to each other, separated by at most one space
        if n and tokens[i + n].start - tokens[i + n - 1].end > 1:
            break
        k += view.key[i + n]
        if k not in prefixes:  # no spelling goes on this way
            break
        hit = index.get(k)
        # a name of several words may be written with one word split more («بویر احمد»)
        if hit and (parts.get(k, 1) >= n + 1 or parts.get(k, 1) >= 3 and parts.get(k, 1) + 1 >= n + 1):
            best = (i + n + 1, hit)
    return best

