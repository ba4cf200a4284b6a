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
    words = {id(c): _words(c, text) for c in named}
    parent: dict[int, int] = {}  # mention -> the mention it links to (its entity's fuller form)

    for i, c in enumerate(named):
        w = words[id(c)]
        if not w:
            continue
        best, best_score = None, None
        for j, d in enumerate(named):
            if j == i or d.label != c.label:
                continue
            v = words[id(d)]
            if len(v) < len(w) or (len(v) == len(w) and j > i):
                continue  # link to a longer form, or to the first of equal ones
            if v == w:
                match = True
            elif c.label == "PER":
                first_is_given = "fn" in lexicon.get(w[0], "").split(",")
                match = v[-len(w):] == w or (len(w) == 1 and v[0] == w[0] and not first_is_given)
            elif c.label in ("ORG", "EVENT"):
                match = len(w) >= 2 and v[:len(w)] == w
            else:
                match = False
            if not match:
                continue
            # Nearest preceding fuller form first, then the nearest following one.
            score = (0 if d.start <= c.start else 1, abs(d.start - c.start))
            if best_score is None or score < best_score:
                best, best_score = j, score
        if best is not None:
            parent[i] = best

    def root(i: int) -> int:
        seen = set()
        while i in parent and i not in seen:
            seen.add(i)
            i = parent[i]
        return i

    ids: dict[int, str] = {}
    fullest: dict[int, Cand] = {}
    for i, c in enumerate(named):
        r = root(i)
        if r not in ids:
            ids[r] = f"e{len(ids) + 1}"
        best = fullest.get(r)
        if best is None or len(words[id(c)]) > len(words[id(best)]):
            fullest[r] = c
    for i, c in enumerate(named):
        r = root(i)
        c.entity_id = ids[r]
        f = fullest[r]
        c.name = _form(f, text)
