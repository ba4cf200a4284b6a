"""People the tagger misses that a rule can name: a bare «امام» of the Islamic Republic's founder."""
from __future__ import annotations

from ..persian.stopwords import PHRASE_STOP
from ..zwnj import lexicon
from .features import lexicon_key
from .rules import VERBISH, Cand, Sentences, is_punct, verb_like


#: words before «امام» that make it part of another name: «بندر امام», «یادگار امام», «ارتحال امام»
_IMAM_HOLDERS = frozenset(lexicon_key(w) for w in
                          "بندر یادگار ارتحال رحلت سالگرد حرم مسجد میدان خیابان بیمارستان بلوار فرودگاه ورزشگاه".split())


def find_bare_imam(sx: Sentences) -> list[Cand]:
    """PER for a bare «امام» of the Islamic Republic's founder, followed by no name: «خدمت امام
    رسیدند», «امام در جواب فرمودند» (judges of two dev draws: «امام» alone is Imam Khomeini)."""
    out = []
    for si, keys in enumerate(sx.keys):
        if "امام" not in keys:
            continue
        texts = sx.texts[si]
        for i, k in enumerate(keys):
            if k != "امام" or i and keys[i - 1] in _IMAM_HOLDERS:
                continue
            nxt = keys[i + 1] if i + 1 < len(keys) else "."
            if is_punct(nxt) or nxt in PHRASE_STOP or nxt in VERBISH or verb_like(nxt, texts[i + 1]) \
                    or lexicon().finite_verb(texts[i + 1]):
                out.append(sx.cand(si, i, i + 1, "PER", "rule"))
    return out

