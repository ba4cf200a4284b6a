"""IOB chunks and document-level consistency: a name tagged once in an article is tagged wherever
else it appears, and a person's surname on its own becomes PER.

Consistency copies the model's answer, so it must not copy a mistake: with the model's marginals a
phrase is spread only when the model was sure of it (every token's label at least ``CONFIDENT``) at
least once in the document, and a one-word phrase (a surname on its own) only when the word is not
a common word (``common_words``: words the NSURL gold mostly leaves untagged, and hazm's adjectives
and adverbs; built by scripts/build_ner_lexicons.py --common).
"""
from __future__ import annotations

from typing import Sequence

from .features import DATA
from .tagger import Tagger, default_tagger


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) phrases of an IOB tag sequence, by conlleval's rules: a phrase starts at
    B-X, or at I-X after O or another type; anything else ends it."""
    tags = list(tags)
    if tags.count("O") == len(tags):
        return []
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O":  # most tokens: no need to parse
            if kind:
                out.append((start, i, kind))
                kind = ""
            continue
        prefix, _, t = tag.partition("-")
        if prefix not in ("B", "I") or not t:
            prefix, t = "O", ""
        begins = prefix == "B" or (prefix == "I" and t != kind)
        if kind and (prefix == "O" or begins):
            out.append((start, i, kind))
            kind = ""
        if begins:
            start, kind = i, t
    return out


def _set(tags: list[str], start: int, end: int, kind: str) -> None:
    tags[start] = "B-" + kind
    for j in range(start + 1, end):
        tags[j] = "I-" + kind


CONFIDENT = 0.9
#: a surname after a first name is spread when the pair was this sure: the model doubts rare full
#: names («سیدعبدالکریم میرصنایی» at 0.52 and 0.83) that the article then names by surname alone
SURNAME_CONFIDENT = 0.7
COMMON_PATH = DATA / "ner_common.txt"
_COMMON: frozenset[str] | None = None


def common_words() -> frozenset[str]:
    """Lexicon keys of common words, which are never spread through a document on their own."""
    global _COMMON
    if _COMMON is None:
        words = COMMON_PATH.read_text(encoding="utf-8").split("\n") if COMMON_PATH.exists() else []
        _COMMON = frozenset(w for w in words if w and not w.startswith("#"))
    return _COMMON


def make_consistent(keys: list[list[str]], tags: list[list[str]], lexicon: dict[str, str] | None = None,
                    marginals: list[list[float]] | None = None, common: frozenset[str] | set[str] = frozenset()
                    ) -> list[list[str]]:
    """Document-level consistency (see ``propagate``); the tags only."""
    return propagate(keys, tags, lexicon, marginals, common)[0]


def propagate(keys: list[list[str]], tags: list[list[str]], lexicon: dict[str, str] | None = None,
              marginals: list[list[float]] | None = None, common: frozenset[str] | set[str] = frozenset()
              ) -> tuple[list[list[str]], dict[tuple[int, int], float]]:
    """Every multi-token name the model tagged somewhere in a document is tagged wherever else it
    occurs untagged, and a person's surname (last token of a multi-token PER) becomes PER where it
    stands alone: news names a person in full once, then by surname.

    With ``marginals`` (per token, the probability of its tag), a phrase is spread only if the
    model was ``CONFIDENT`` of it somewhere; a one-word phrase never if it is in ``common``.
    Returns the tags and, for each spread phrase, (sentence, first token) -> the confidence of
    the best mention it was copied from."""
    lexicon = lexicon or {}
    phrases: dict[tuple[str, ...], str] = {}
    sure: dict[tuple[str, ...], float] = {}  # the best confidence of a phrase's mentions
    gate: dict[tuple[str, ...], float] = {}  # the same, a doubted surname raised to the bar
    for si, (ks, ts) in enumerate(zip(keys, tags)):
        for s, e, kind in chunks(ts):
            conf = min(marginals[si][s:e]) if marginals is not None else 1.0
            found = []
            if e - s >= 2 and not all(k in common for k in ks[s:e]):
                found.append((tuple(ks[s:e]), kind))
            surname = None
            if kind == "PER" and e - s >= 2:
                last = ks[e - 1]
                if len(last) >= 3 and not _is_function_word(lexicon.get(last, "")) and last not in common:
                    surname = (last,)
                    found.append((surname, "PER"))
            elif kind == "PER" and len(ks[s]) >= 3 and not _is_function_word(lexicon.get(ks[s], "")) and ks[s] not in common:
                found.append(((ks[s],), "PER"))  # a surname the model found on its own, sure of it
            for p, kind_ in found:
                phrases.setdefault(p, kind_)
                sure[p] = max(sure.get(p, 0.0), conf)
                lenient = p == surname and not _country_adjective(p[0])
                gate[p] = max(gate.get(p, 0.0), conf + CONFIDENT - SURNAME_CONFIDENT if lenient else conf)
    if marginals is not None:
        phrases = {p: k for p, k in phrases.items() if gate[p] >= CONFIDENT}
    if not phrases:
        return tags, {}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=len, reverse=True):
        by_first.setdefault(p[0], []).append(p)
    out = []
    spread: dict[tuple[int, int], float] = {}
    for si, (ks, ts) in enumerate(zip(keys, tags)):
        ts = list(ts)
        free = 0  # a match covers tokens up to here; the next one starts after it
        for i in [i for i, k in enumerate(ks) if k in by_first]:
            if i < free:
                continue
            for p in by_first[ks[i]]:
                e = i + len(p)
                if tuple(ks[i:e]) == p and all(t == "O" for t in ts[i:e]) and (e >= len(ts) or not ts[e].startswith("I-")):
                    _set(ts, i, e, phrases[p])
                    spread[(si, i)] = sure[p]
                    free = e
                    break
        out.append(ts)
    return out, spread


def _country_adjective(key: str) -> bool:
    """«مصری», «هلندی»: a doubted "name" may end with one («معروف مصری»)."""
    from ..places.gazetteer import place_adjective

    return len(key) > 3 and place_adjective(key, countries_only=True)


def _is_function_word(cats: str) -> bool:
    return any(c in cats.split(",") for c in ("title", "orgh", "month", "wday", "cur", "mag", "pct", "time", "date", "loc"))


def tag_document(sentences: list[list[str]], tagger: Tagger | None = None, consistency: bool = True,
                 normalized: bool = False, keys: list[list[str]] | None = None) -> list[list[str]]:
    """Tags for every sentence of one document, with document-level consistency. ``keys``: the
    sentences' lexicon keys when the caller has them already."""
    return tag_document_scored(sentences, tagger, consistency, normalized, keys)[0]


def tag_document_scored(sentences: list[list[str]], tagger: Tagger | None = None, consistency: bool = True,
                        normalized: bool = False, keys: list[list[str]] | None = None
                        ) -> tuple[list[list[str]], list[list[float]], dict[tuple[int, int], float]]:
    """``tag_document`` with the model's marginal of each token's tag, and the confidence of each
    phrase consistency added ((sentence, first token) -> confidence)."""
    tagger = tagger or default_tagger()
    tags, marginals = tagger.tag_sentences_scored(sentences, normalized)
    spread: dict[tuple[int, int], float] = {}
    if consistency:
        if keys is None:
            keys = tagger.sentence_keys(sentences, normalized)
        tags, spread = propagate(keys, tags, tagger.features.lexicon, marginals, common_words())
    return tags, marginals, spread
