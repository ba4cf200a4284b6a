"""People the tagger misses or mislabels, named by what the sentence says about them.

The CRF learnt names from NSURL-2019's agency news; a foreign player or coach it never saw
(«کافو», «یوآخیم لو», «گتوزو») comes out untagged, ORG or LOC. Two shapes of news prose say the
words are a person all the same:

- apposition with an office or a trade: «کافو، اسطوره فوتبال برزیل ...», «یواخیم لوو، سرمربی
  تیم ملی آلمان، ...», «روبرت لواندوفسکی، مهاجم بایرن مونیخ، ...»;
- a scorer before the minute of a goal (the numbers stage's ``minute_of_play``): «آدام زالای ۴۳
  برای ماینس گل زد».

A person found so is then every other mention of the same words in the article, and of its
surname alone («گتوزو» after «جنارو گتوزو»), where no other stage claimed the span.
"""
from __future__ import annotations

from ..persian.stopwords import PHRASE_STOP
from ..persian.titles import LEXICON_TITLES
from .consistency import common_words
from .features import lexicon_key
from .rules import ORG_HEAD_KEYS, VERBISH, Cand, Sentences, SpanIndex, overlaps

#: words after «،» that make the words before it a person: offices, trades and sports roles
PERSON_ROLES = {lexicon_key(w) for w in LEXICON_TITLES} | {lexicon_key(w) for w in (
    "اسطوره", "ملی‌پوش", "هافبک", "مهاجم", "مدافع", "دروازه‌بان", "بازیکن", "ستاره", "سرمربی", "مربی", "کاپیتان",
    "بازیگر", "کارگردان", "خواننده", "نویسنده", "شاعر", "فوتبالیست", "رکورددار", "گلر", "وینگر")}
_NOT_NAME = PHRASE_STOP | VERBISH | {"هم", "نیز", "همچنین", "اما", "ولی", "بنابراین"}
#: one-word sentence openers that are no name («وی افزود», «او گفت»)
_NOT_SPEAKER = {"وی", "او", "ایشان", "نامبرده", "رئیس", "رییس", "مدیرکل", "وزیر", "استاندار", "فرماندار"}
_MAX_WORDS = 3
CONFIDENCE = 0.75
#: the tagger's confidence in an ORG or LOC above which a sentence's speaker stays what it tagged
SURE = 0.9
#: what follows the speaker who opens a sentence of reported speech: «خدیمی با اعلام این خبر افزود»,
#: «امیدی در گفت‌وگو با خبرنگار فارس», «امیدی امروز در گفت‌وگو با ...», «محمداف گفت»
_SAID = {lexicon_key(w) for w in "گفت افزود".split()}
_WITH = {lexicon_key(w) for w in "بیان اشاره تاکید تأکید اعلام".split()}
_TALK = {lexicon_key(w) for w in "گفتوگو گفتگو مصاحبه".split()}
_WHEN = {lexicon_key(w) for w in "امروز دیروز صبح ظهر عصر شب".split()}


def _speech_after(keys: list[str], j: int) -> bool:
    """Does reported speech open at token j: a reporting verb, «با بیان/اشاره/اعلام ...», «در گفت‌وگو ...»?"""
    if j < len(keys) and keys[j] in _WHEN:
        j += 1
    if j >= len(keys):
        return False
    k, nxt = keys[j], keys[j + 1] if j + 1 < len(keys) else ""
    return k in _SAID or (k == "با" and nxt in _WITH) or (k == "در" and nxt in _TALK)


def _word(key: str) -> bool:
    """A word that can be part of a name: letters only, no stop word, no office."""
    return key.isalpha() and key not in _NOT_NAME and key not in PERSON_ROLES


def _name_before(keys: list[str], end: int) -> int | None:
    """Start of the 1-3 word name that ends at ``end`` and opens its clause, or None."""
    a = end
    while a > 0 and end - a < _MAX_WORDS and _word(keys[a - 1]):
        a -= 1
    if a == end:
        return None
    if a > 0 and keys[a - 1] not in ("،", ",", ".", ":", "\"", "«"):
        return None  # the words do not open a clause: «... و بازیکن»
    return a


def people(sx: Sentences, cands: list[Cand], minutes: list[tuple[int, int]]) -> None:
    """Relabel or add PER candidates in ``cands`` (in place). ``minutes``: normalized spans of
    minute-of-play numbers."""
    found: list[tuple[int, int, int]] = []  # (sentence, token start, token end)
    minute_starts = {s for s, _ in minutes}
    for si, keys in enumerate(sx.keys):
        toks = sx.tokens[si]
        for i, k in enumerate(keys):
            if k == "،" and i + 1 < len(keys) and keys[i + 1] in PERSON_ROLES:
                a = _name_before(keys, i)
                if a is not None:
                    found.append((si, a, i, True))
            elif (i == 0 or keys[i - 1] in ("،", ",", ".", ":")) and _word(k):
                # a sentence that opens with a name and then reports speech: the name is the speaker
                b = i
                while b < len(keys) and b - i < _MAX_WORDS and _word(keys[b]) and keys[b] not in _WHEN:
                    b += 1
                # a name does not open with a dictionary word: «طرف هندی گفت», «حتی می‌توان گفت» describe;
                # «خدارضا امیدی ... گفت» names (a surname may be a word: «امیدی»)
                if (b > i and b - i <= 2 and _speech_after(keys, b) and keys[i] not in _NOT_SPEAKER
                        and keys[i] not in common_words() and keys[i] not in ORG_HEAD_KEYS
                        and not keys[b - 1].endswith("ها")):  # «آبی‌ها»: a team's nickname
                    found.append((si, i, b, False))
            elif toks[i].start in minute_starts and i > 0:
                a = i
                while a > 0 and i - a < 2 and _word(keys[a - 1]):
                    a -= 1
                if a < i:
                    found.append((si, a, i, True))
    # «امیدی با بیان اینکه ... افزود» after «خدارضا امیدی ... گفت»: a surname that is also a word
    # names the speaker when the article gave the full name
    surnames = {sx.keys[si][b - 1] for si, a, b, _ in found if b - a > 1}
    for si, keys in enumerate(sx.keys):
        for i, k in enumerate(keys):
            if k in surnames and (i == 0 or keys[i - 1] in ("،", ",", ".", ":")) and _speech_after(keys, i + 1):
                found.append((si, i, i + 1, False))
    if not found:
        return
    common = common_words()
    found = [f for f in found if f[2] - f[1] > 1 or sx.keys[f[0]][f[1]] not in common or sx.keys[f[0]][f[1]] in surnames]
    by_span = {(c.start, c.end): c for c in cands}
    taken = SpanIndex((c.start, c.end) for c in cands)
    names: set[tuple[str, ...]] = set()
    for si, a, b, by_role in found:
        span = sx.span(si, a, b)
        c = by_span.get(span)
        if c is not None:
            # A role or a goal says a person; speaking does not overrule a sure tagger («پولیتیکو افزود»)
            if c.label in ("ORG", "LOC") and c.source == "model" and (by_role or c.confidence < SURE):
                c.label, c.confidence = "PER", CONFIDENCE
            if c.label == "PER":
                names.add(tuple(sx.keys[si][a:b]))
            continue
        if taken.any(span, overlaps):
            continue
        new = sx.cand(si, a, b, "PER", "rule")
        new.confidence = CONFIDENCE
        cands.append(new)
        by_span[span] = new
        names.add(tuple(sx.keys[si][a:b]))
    _spread(sx, cands, names)


def _spread(sx: Sentences, cands: list[Cand], names: set[tuple[str, ...]]) -> None:
    """Other mentions of the people found, whole or by surname, where no stage claimed the span."""
    wanted = set(names) | {n[-1:] for n in names if len(n) > 1 and n[-1] not in common_words()}
    if not wanted:
        return
    longest = max(len(n) for n in wanted)
    by_span = {(c.start, c.end): c for c in cands}
    taken = SpanIndex(by_span)
    for si, keys in enumerate(sx.keys):
        i = 0
        while i < len(keys):
            hit = 0
            for n in range(min(longest, len(keys) - i), 0, -1):
                if tuple(keys[i:i + n]) in wanted:
                    hit = n
                    break
            if not hit:
                i += 1
                continue
            span = sx.span(si, i, i + hit)
            c = by_span.get(span)
            if c is not None and c.source == "model" and c.label in ("ORG", "LOC"):
                c.label, c.confidence = "PER", CONFIDENCE
            elif c is None and not taken.any(span, overlaps):
                new = sx.cand(si, i, i + hit, "PER", "rule")
                new.confidence = CONFIDENCE
                cands.append(new)
            i += hit
