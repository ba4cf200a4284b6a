"""People the tagger misses that a rule can name: a bare «امام» of the Islamic Republic's founder,
the Leader named by his epithet («رهبر معظم انقلاب اسلامی ایران»)."""
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
    for si, i in sx.occurrences("امام"):
        keys, texts = sx.keys[si], sx.texts[si]
        if i and keys[i - 1] in _IMAM_HOLDERS:
            continue
        nxt = keys[i + 1] if i + 1 < len(keys) else "."
        if is_punct(nxt) or nxt in PHRASE_STOP or nxt in VERBISH or verb_like(nxt, texts[i + 1]) \
                or lexicon().finite_verb(texts[i + 1]):
            out.append(sx.cand(si, i, i + 1, "PER", "rule"))
    return out



#: adjectives between «رهبر» and what he leads in the Leader's epithets
_LEADER_ADJECTIVES = frozenset(lexicon_key(w) for w in "معظم فرزانه عالیقدر عالی‌قدر کبیر فقید".split())
#: what the Leader leads: «انقلاب (اسلامی)», «جمهوری اسلامی»; «ایران» may close either
_LED = frozenset(lexicon_key(w) for w in ("انقلاب", "جمهوری"))
_LED_TAIL = frozenset(lexicon_key(w) for w in "اسلامی اسلام".split())


def find_leader(sx: Sentences) -> list[Cand]:
    """PER for the Leader's epithets: «رهبر معظم انقلاب اسلامی ایران», «رهبر فرزانه انقلاب», «رهبر
    انقلاب», «رهبر عالیقدر جمهوری اسلامی ایران» (CONVENTIONS: one PER, no LOC or EVENT inside; the
    tagger reads «ایران» or «انقلاب اسلامی» in them)."""
    out = []
    iran = lexicon_key("ایران")
    for si, i in sx.occurrences("رهبر"):
        keys = sx.keys[si]
        j = i + 1
        while j < len(keys) and j - i <= 2 and keys[j] in _LEADER_ADJECTIVES:
            j += 1
        if j >= len(keys) or keys[j] not in _LED:
            continue
        led = keys[j]
        j += 1
        if j < len(keys) and keys[j] in _LED_TAIL:
            j += 1
        elif led != "انقلاب":
            continue  # «رهبر جمهوری ...» without «اسلامی» names no one in particular
        if j < len(keys) and keys[j] == iran:
            j += 1
        out.append(sx.cand(si, i, j, "PER", "rule"))
    return out
