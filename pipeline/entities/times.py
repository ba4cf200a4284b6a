"""Clock times the tagger misses: TIME for «ساعت ۱۶», «ساعت ۸ صبح», a bare «۲۳:۳۰». Candidates
(``Cand``, normalized offsets) for ``merge.build_entities``, as the other finders of ``rules``.
Relative dates are the dates stage's: a DATE of relative words only is kept where it read one.
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


#: words of a relative date: «امروز», «امسال», «هفته گذشته», «چند سال اخیر»
_RELATIVE = set("امروز دیروز فردا امسال پارسال امشب دیشب سال فصل هفته ماه روز گذشته قبل جاری آینده بعد اخیر چند".split())


def relative_words_only(keys: list[str]) -> bool:
    """Are ``keys`` only the words of a relative date? The dates stage decides those: where it read
    none («امروز» meaning nowadays, «هفته گذشته» cut out of «چند هفته گذشته»), there is none."""
    return bool(keys) and all(k in _RELATIVE for k in keys)
