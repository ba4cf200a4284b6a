"""IOB chunks and document-level consistency: a name tagged once in an article is tagged wherever
else it appears, and a person's surname on its own becomes PER.
"""
from __future__ import annotations

from typing import Sequence

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


def make_consistent(keys: list[list[str]], tags: list[list[str]], lexicon: dict[str, str] | None = None) -> list[list[str]]:
    """Document-level consistency. Every multi-token name the model tagged somewhere in a document
    is tagged wherever else it occurs untagged, and a person's surname (last token of a multi-token
    PER) becomes PER where it stands alone: news names a person in full once, then by surname."""
    lexicon = lexicon or {}
    phrases: dict[tuple[str, ...], str] = {}
    for ks, ts in zip(keys, tags):
        for s, e, kind in chunks(ts):
            if e - s >= 2:
                phrases.setdefault(tuple(ks[s:e]), kind)
                if kind == "PER":
                    last = ks[e - 1]
                    if len(last) >= 3 and not _is_function_word(lexicon.get(last, "")):
                        phrases.setdefault((last,), "PER")
    if not phrases:
        return tags
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=len, reverse=True):
        by_first.setdefault(p[0], []).append(p)
    out = []
    for ks, ts in zip(keys, tags):
        ts = list(ts)
        free = 0  # a match covers tokens up to here; the next one starts after it
        for i in [i for i, k in enumerate(ks) if k in by_first]:
            if i < free:
                continue
            for p in by_first[ks[i]]:
                e = i + len(p)
                if tuple(ks[i:e]) == p and all(t == "O" for t in ts[i:e]) and (e >= len(ts) or not ts[e].startswith("I-")):
                    _set(ts, i, e, phrases[p])
                    free = e
                    break
        out.append(ts)
    return out


def _is_function_word(cats: str) -> bool:
    return any(c in cats.split(",") for c in ("title", "orgh", "month", "wday", "cur", "mag", "pct", "time", "date", "loc"))


def tag_document(sentences: list[list[str]], tagger: Tagger | None = None, consistency: bool = True,
                 normalized: bool = False, keys: list[list[str]] | None = None) -> list[list[str]]:
    """Tags for every sentence of one document, with document-level consistency. ``keys``: the
    sentences' lexicon keys when the caller has them already."""
    tagger = tagger or default_tagger()
    tags = tagger.tag_sentences(sentences, normalized)
    if consistency:
        if keys is None:
            keys = tagger.sentence_keys(sentences, normalized)
        tags = make_consistent(keys, tags, tagger.features.lexicon)
    return tags
