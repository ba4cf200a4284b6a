"""Clock times and relative dates the tagger misses: TIME for «ساعت ۱۶», «ساعت ۸ صبح», a bare
«۲۳:۳۰»; DATE for «امروز», «امسال», «فصل گذشته», «یک هفته گذشته». Candidates (``Cand``, normalized
offsets) for ``merge.build_entities``, as the other finders of ``rules``.
"""
from __future__ import annotations

from .rules import Cand, Sentences


_DAYPARTS = set("صبح ظهر عصر شب بامداد بعدازظهر".split())
_DAYS = set("امروز دیروز فردا امشب".split())


def _clock(key: str) -> bool:
    """A clock reading in one token: «11:20», «۸:۳۰» (keys fold digits to 0)."""
    h, sep, m = key.partition(":")
    return bool(sep) and 1 <= len(h) <= 2 and len(m) == 2 and (h + m).strip("0") == ""


def _hour(text: str) -> bool:
    return text.isdigit() and len(text) <= 2 and int(text) <= 24


def find_times(sx: Sentences) -> list[Cand]:
    """TIME for clock expressions: «ساعت ۱۶», «ساعت ۸ صبح», «ساعت 11:20 امروز», a bare «۲۳:۳۰»."""
    out = []
    for si, keys in enumerate(sx.keys):
        if "ساعت" not in keys and not any(":" in t for t in sx.texts[si]):
            continue
        texts = sx.texts[si]
        i, n = 0, len(keys)
        while i < n:
            k = keys[i]
            start = None
            if k == "ساعت" and i + 1 < n and (_clock(keys[i + 1]) or _hour(texts[i + 1])):
                start, end = i, i + 2
            elif _clock(k):
                start, end = i, i + 1
            if start is None:
                i += 1
                continue
            if end + 2 < n and keys[end] == "و" and keys[end + 1].isdigit() and keys[end + 2] == "دقیقه":
                end += 3
            if end < n and keys[end] in _DAYPARTS:
                end += 1
            if end < n and keys[end] in _DAYS:
                end += 1
            out.append(sx.cand(si, start, end, "TIME", "rule"))
            i = end
    return out


_RELATIVE_HEADS = set("سال فصل هفته ماه".split())
_RELATIVE_TAILS = set("گذشته قبل جاری آینده بعد اخیر".split())
_RELATIVE_WORDS = set("امروز دیروز فردا امسال پارسال".split())


def find_relative_dates(sx: Sentences) -> list[Cand]:
    """DATE for relative dates, which NSURL and the real-news judges count as dates: «امروز»,
    «امسال», «فصل گذشته», «سال جاری», «یک هفته گذشته». The weakest source: any other span wins."""
    out = []
    for si, keys in enumerate(sx.keys):
        if _RELATIVE_WORDS.isdisjoint(keys) and _RELATIVE_TAILS.isdisjoint(keys):
            continue
        for i, k in enumerate(keys):
            if k in _RELATIVE_WORDS:
                out.append(sx.cand(si, i, i + 1, "DATE", "rule"))
            elif k in _RELATIVE_HEADS and i + 1 < len(keys) and keys[i + 1] in _RELATIVE_TAILS:
                a = i - 1 if i > 0 and keys[i - 1] in ("یک", "دو", "سه") else i
                if a < i and keys[i + 1] not in ("گذشته", "قبل", "اخیر"):
                    a = i
                out.append(sx.cand(si, a, i + 2, "DATE", "rule"))
    return out
