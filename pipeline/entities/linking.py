"""One entity, many mentions: within a document, the mentions of one person, organisation, place or
event share an ``entity_id`` (``e1``, ``e2``, … in order of first mention) and a canonical ``name``
(the fullest form the article uses).

What links two mentions of the same label:
- the same words (ZWNJ, spacing and Arabic/Persian letter forms aside); for places, the same
  gazetteer name («استان قم» and «قم»);
- a person named by a part of a fuller name («نوبخت», «محمدباقر نوبخت»; «اوباما», «باراک اوباما»):
  the last words of the full name, or its first word when that is not a given name in the lexicon,
  link to the nearest full name the article gives, preferring one said earlier;
- an organisation or event named by the first words of a longer name of the same label
  («سازمان ملل» → «سازمان ملل متحد»).
"""
from __future__ import annotations

from ..persian.chars import fold_letters
from .rules import Cand

NAMED = ("PER", "ORG", "LOC", "FAC", "EVENT")


def _form(c: Cand, text: str) -> str:
    """A mention's canonical form: a place's gazetteer name, else its (normalized) words."""
    return c.normalized if c.source == "gazetteer" and c.normalized else text[c.start:c.end]


def _words(c: Cand, text: str) -> tuple[str, ...]:
    text = _form(c, text)
    return tuple(fold_letters(w) for w in text.replace("\u200c", "").split())


def link(cands: list[Cand], lexicon: dict[str, str], text: str) -> None:
    """Set ``entity_id`` and ``name`` on every PER/ORG/LOC/FAC/EVENT candidate (in place);
    ``text``: the normalized text the candidates' offsets index."""
    named = sorted((c for c in cands if c.label in NAMED), key=lambda c: c.start)
    if not named:
        return
    # Distinct forms (label, words), each at its first mention: identical mentions are one entity.
    forms: dict[tuple[str, tuple[str, ...]], int] = {}
    first: list[int] = []  # form -> start of its first mention
    of_mention = []
    for c in named:
        key = (c.label, _words(c, text))
        if key not in forms:
            forms[key] = len(first)
            first.append(c.start)
        of_mention.append(forms[key])
    keys = list(forms)
    parent: dict[int, int] = {}  # form -> the fuller form it links to
    by_label: dict[str, list[int]] = {}
    for f, (label, _) in enumerate(keys):
        by_label.setdefault(label, []).append(f)
    for f, (label, w) in enumerate(keys):
        if not w or label not in ("PER", "ORG", "EVENT"):
            continue
        best, best_score = None, None
        for g in by_label[label]:
            v = keys[g][1]
            if len(v) <= len(w):
                continue  # only a longer form can be the fuller name
            if label == "PER":
                first_is_given = "fn" in lexicon.get(w[0], "").split(",")
                match = v[-len(w):] == w or (len(w) == 1 and v[0] == w[0] and not first_is_given)
            else:
                match = len(w) >= 2 and v[:len(w)] == w
            if not match:
                continue
            # Nearest fuller form said before, else the nearest after.
            score = (0 if first[g] <= first[f] else 1, abs(first[g] - first[f]))
            if best_score is None or score < best_score:
                best, best_score = g, score
        if best is not None:
            parent[f] = best

    def root(f: int) -> int:
        seen = set()
        while f in parent and f not in seen:
            seen.add(f)
            f = parent[f]
        return f

    ids: dict[int, str] = {}
    fullest: dict[int, Cand] = {}
    for c, f in zip(named, of_mention):
        r = root(f)
        if r not in ids:
            ids[r] = f"e{len(ids) + 1}"
        best = fullest.get(r)
        if best is None or len(keys[f][1]) > len(_words(best, text)):
            fullest[r] = c
    for c, f in zip(named, of_mention):
        r = root(f)
        c.entity_id = ids[r]
        c.name = _form(fullest[r], text)
