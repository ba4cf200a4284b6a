"""Industrial towns and areas, special economic and free zones: «شهرک صنعتی X», «ناحیه صنعتی X»,
«منطقه ویژه اقتصادی X», «منطقه آزاد X». The only module that knows these heads and types:
the places matcher finds the phrases here, and ``lists.py`` takes its list categories from here.
"""
from __future__ import annotations

from .confidence import confidence
from ..document import PlaceMention
from ..persian.chars import fold_letters
from ..persian.stopwords import name_stopwords as stopwords
from . import gazetteer as gz
from .tokens import TokenView, match_at

INDUSTRIAL_HEADS = (
    ("شهرک صنعتی", "industrial_town"), ("ناحیه صنعتی", "industrial_area"),
    ("منطقه ویژه اقتصادی", "special_zone"), ("منطقه آزاد تجاری", "special_zone"), ("منطقه آزاد", "special_zone"),
    ("شهرک فناوری", "industrial_town"),
)
#: Lists of them: (category label, item type, singular heads, plural heads), registered by lists.py.
INDUSTRIAL_LIST_CATEGORIES = (
    ("شهرک صنعتی", "industrial_town", ["شهرک صنعتی"], ["شهرک‌های صنعتی", "شهرکهای صنعتی"]),
    ("ناحیه صنعتی", "industrial_area", ["ناحیه صنعتی"], ["نواحی صنعتی", "ناحیه‌های صنعتی"]),
    ("منطقه ویژه اقتصادی", "special_zone", ["منطقه ویژه اقتصادی"], ["مناطق ویژه اقتصادی"]),
    ("منطقه آزاد", "special_zone", ["منطقه آزاد", "منطقه آزاد تجاری"], ["مناطق آزاد", "مناطق آزاد تجاری"]),
)
#: Place types of named zones: their names are free text, not gazetteer names.
NAMED_TYPES = ("industrial_town", "industrial_area", "special_zone")
_INDUSTRIAL_FIRSTS = frozenset(h.split()[0] for h, _ in INDUSTRIAL_HEADS)


def industrial_phrases(text: str, view: TokenView, taken: list[bool]) -> list[PlaceMention]:
    """«شهرک صنعتی X», «ناحیه صنعتی X», «منطقه آزاد X»: the head and a name of up to three words."""
    out = []
    stop = stopwords()
    tokens, norms = view.tokens, view.norm
    for i in [j for j, w in enumerate(norms) if w in _INDUSTRIAL_FIRSTS]:
        if taken[i]:
            continue
        for head, ptype in INDUSTRIAL_HEADS:
            hw = head.split()
            if taken[i] or norms[i:i + len(hw)] != hw:
                continue
            j = i + len(hw)
            name_end = j
            known = match_at(view, j, len(tokens)) if j < len(tokens) and not taken[j] else None
            if known and known[0] - j <= 3:
                name_end = known[0]  # «منطقه آزاد انزلی به‌منظور …»: a known name ends where it ends
            while not known and name_end < len(tokens) and name_end - j < 3 and view.word[name_end] and not taken[name_end]:
                w = norms[name_end]
                if w in stop or (name_end > j and gz.lookup(tokens[name_end].text) and
                                 gz.lookup(tokens[name_end].text)[0].place_type in ("province", "country")):
                    break
                name_end += 1
            if name_end == j:
                break  # «ایجاد منطقه آزاد تجاری را»: no name, and «منطقه آزاد» + «تجاری» is none either
            s, e = tokens[i].start, tokens[name_end - 1].end
            name = text[tokens[j].start:e]
            place = gz.lookup(name)
            zone = place[0] if place and ptype == "special_zone" else None
            out.append(PlaceMention(s, e, text[s:e], fold_letters(name), ptype, zone.province if zone else None, "ایران",
                                    zone.lat if zone else None, zone.lon if zone else None, None,
                                    zone.province_id if zone else None, confidence("industrial"), "industrial"))
            for k in range(i, name_end):
                taken[k] = True
    return out

