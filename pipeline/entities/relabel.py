"""Labels and spans the real-news judges corrected by class, fixed after the merge:

- a place-like name headed by a facility word is a facility: «میدان شهدای اقلید», «ورزشگاه آزادی»
  (the tagger says LOC; CONVENTIONS: named squares, stadiums and shrines are FAC); and a "facility"
  that is a town written in two words is the town («مسجد سلیمان»);
- a one-word "organisation" that is a place's adjective or its people is neither («هلندی»,
  «ژاپنی‌ها»), nor a one-word "person" after a plural («سرخپوشان تبریزی»);
- a weekday right before a person's name is the first name: «جمعه درویش», not Friday; a "name"
  after «بی» is the word it negates («بی مهری»: neglect);
- a competition's year right after its name is part of the EVENT («المپیک ۲۰۱۶»): three rounds of
  judges (holdout, second dev draw, draw 4) said so against the first round's separate DATE, and
  on the 72 dev articles the joined span scores higher;
- a name the article gives as an organisation is one in every mention («پولیتیکو افزود»);
- none from a common word the tagger read as a one-word name («گلش»), a government named by its level
  («حکومت مرکزی»), a nationality after «طرف/منابع», or «ایران» of the Leader's epithet («رهبر معظم
  انقلاب اسلامی ایران»); «آسیا» after a stage («فینال آسیا») is the AFC Champions League, an EVENT.
"""
from __future__ import annotations

from ..persian.agencies import OUTLET_HEADS
from ..places.gazetteer import is_country, lookup as lookup_place, place_adjective
from .features import lexicon_key
from ..zwnj import lexicon
from .consistency import common_words
from .events import GAMES
from .rules import FACILITY_HEADS, ORG_HEAD_KEYS, Cand, Sentences

_WEEKDAYS = frozenset("شنبه یکشنبه دوشنبه سهشنبه چهارشنبه پنجشنبه جمعه".split())
#: heads that open a body's name, never a place's
_BODY_HEADS = ORG_HEAD_KEYS - {"تیم", "جامعه", "گروه", "مرکز", "شبکه", "بیمارستان"} | {"آستان"}
_BODY_PAIRS = {("حوزه", "هنری"), ("حوزه", "علمیه")}
#: words right before a name that say it is a body's: an outlet's head or description, a team's
_NAMED_AS_BODY = {lexicon_key(w) for w in [*OUTLET_HEADS, "وبگاه", "خبری", "تحلیلی", "اینترنتی", "رسمی",
                                            "باشگاه", '"', "«", "'"]}


_UNSURE_COMMON = 0.9
_CLITICS = ("شان", "مان", "تان", "‌های", "‌ها", "های", "ش", "م", "ت")


def _common_word_as_name(sx: Sentences, c: Cand) -> bool:
    """Is the one-token model name ``c`` a common word: one the model was unsure of and no name list
    holds («افسون», «چارتر»), or a common word with a clitic or plural ending («گلش», «پیوستنش»,
    «مدیربرنامه‌های»)? The retrained tagger read such words as names."""
    key = sx.keys[c.sent][c.tok_start]
    if key in common_words() and (c.confidence or 0) < _UNSURE_COMMON \
            and not {"fn", "ln", "loc", "org"} & set(sx.lexicon.get(key, "").split(",")):
        return True
    return _clitic_on_a_noun(sx, c.sent, c.tok_start)


def _clitic_on_a_noun(sx: Sentences, si: int, i: int) -> bool:
    """Is token i a common word with a possessive clitic or a plural ending: the stem is a common word
    (``consistency.common_words``), hazm does not know the token, and it is no first name?"""
    text, key = sx.texts[si][i], sx.keys[si][i]
    if "fn" in sx.lexicon.get(key, "").split(","):
        return False
    if text in lexicon().tagged:
        return False
    common = common_words()
    for clitic in _CLITICS:
        stem = text[: -len(clitic)].rstrip("\u200c")
        if text.endswith(clitic) and len(stem) >= 2 and lexicon_key(stem) in common:
            return True
    return False


#: nouns a nationality describes in news of two countries: «طرف هندی», «منابع آمریکایی»
_SIDES = frozenset(lexicon_key(w) for w in "طرف طرفین منابع منبع مقامات مقام مسئولان دیپلمات‌های رسانه‌های همتای".split())
#: a government named by its level or time, no body's name (CONVENTIONS: bare «دولت» is not listed)
_GENERIC_GOVERNMENTS = frozenset("".join(lexicon_key(w) for w in name.split()) for name in """حکومت مرکزی|دولت مرکزی
|دولت فدرال|حکومت فدرال|دولت محلی|حکومت محلی|دولت جدید|دولت آینده|دولت قبلی|دولت وقت|حکومت وقت""".replace("\n", "").split("|"))


#: a stage of a competition: «آسیا» after one is the AFC Champions League, not the continent
_STAGES = frozenset(lexicon_key(w) for w in "فینال نهایی شانزدهم شانزهم هشتم".split())


def relabel(sx: Sentences, cands: list[Cand]) -> list[Cand]:
    """``cands`` with the corrections of the module docstring applied (a new list; candidates edited in
    place)."""
    at = {(c.sent, c.tok_start): c for c in cands if c.sent >= 0}
    drop: set[int] = set()
    for c in cands:
        if c.sent < 0 or id(c) in drop:
            continue
        keys = sx.keys[c.sent]
        if c.label == "PER" and c.tok_start and keys[c.tok_start - 1] == "بی":
            drop.add(id(c))  # «بی مهری مسئولان»: «بی‌مهری» (neglect) written apart, no name
            continue
        if c.source == "model" and c.label in ("PER", "ORG", "LOC") and c.tok_end - c.tok_start == 1 \
                and _common_word_as_name(sx, c):
            drop.add(id(c))
            continue
        if c.label == "LOC" and c.tok_start >= 3 and keys[c.tok_start - 2:c.tok_start] == ["انقلاب", "اسلامی"] \
                and "رهبر" in keys[max(0, c.tok_start - 5):c.tok_start - 2]:
            drop.add(id(c))  # «رهبر معظم انقلاب اسلامی ایران»: the Leader's epithet, no place (a dev23 judge)
            continue
        if c.label == "ORG" and "".join(keys[c.tok_start:c.tok_end]) in _GENERIC_GOVERNMENTS:
            drop.add(id(c))  # «حکومت مرکزی», «دولت فدرال»: a level of government, not a named body
            continue
        if c.label == "ORG" and c.tok_end - c.tok_start == 1 and place_adjective(sx.texts[c.sent][c.tok_start]):
            drop.add(id(c))  # «هلندی», «ژاپنی‌ها», «اصفهانی»: where someone is from, no organisation
            continue
        if c.label == "PER" and c.tok_end - c.tok_start == 1 and c.tok_start and place_adjective(sx.texts[c.sent][c.tok_start]) \
                and keys[c.tok_start - 1].endswith(("ان", "ها")) and "fn" not in sx.lexicon.get(keys[c.tok_start - 1], "").split(","):
            drop.add(id(c))  # «سرخپوشان تبریزی»: Tabriz's red shirts, not Mr Tabrizi (not «پژمان تبریزی»)
            continue
        if c.label == "PER" and c.tok_end - c.tok_start == 1 and c.tok_start and keys[c.tok_start - 1] in _SIDES \
                and place_adjective(sx.texts[c.sent][c.tok_start], countries_only=True):
            drop.add(id(c))  # «طرف هندی گفت», «منابع آمریکایی»: a country's side, no person
            continue
        town = c.tok_end - c.tok_start == 2 and sx.is_place("".join(keys[c.tok_start:c.tok_end]))
        if c.label == "LOC" and c.tok_end - c.tok_start >= 2 and keys[c.tok_start] in FACILITY_HEADS and not town:
            c.label = "FAC"
        elif c.label == "LOC" and c.source == "model" and c.tok_end - c.tok_start >= 2 and (
                keys[c.tok_start] in _BODY_HEADS or tuple(keys[c.tok_start:c.tok_start + 2]) in _BODY_PAIRS):
            c.label = "ORG"  # «آستان قدس رضوی», «حوزه هنری تهران», «سازمان ...»: a body, not a place (seventh dev draw)
        elif c.label == "FAC" and town:
            c.label = "LOC"  # «نفت مسجد سلیمان»: the town «مسجدسلیمان» written apart, not a mosque
        elif c.label == "LOC" and c.tok_end - c.tok_start == 1 and keys[c.tok_start] == "آسیا" and c.tok_start \
                and keys[c.tok_start - 1] in _STAGES:
            c.label = "EVENT"  # «فینال آسیا», «نیمه نهایی آسیا»: the AFC Champions League (CONVENTIONS, round 25)
        elif c.label == "DATE" and c.tok_end - c.tok_start == 1 and keys[c.tok_start] in _WEEKDAYS:
            name = at.get((c.sent, c.tok_end))
            if name is None or name.label != "PER":  # the tagger may have the whole name already
                name = next((d for d in cands if d.label == "PER" and d.sent == c.sent and d.tok_start == c.tok_start
                             and d.tok_end > c.tok_end), None)
            if name is not None and name.label == "PER":
                drop.update(id(d) for d in cands if d.sent == c.sent and d.tok_start == c.tok_start
                            and d.tok_end == c.tok_end)
                name.tok_start = c.tok_start
                name.start, name.end = sx.span(name.sent, name.tok_start, name.tok_end)
                name.normalized = sx.doc.text[name.start:name.end]
    # «المپیک ۲۰۱۶», «بازی‌های آسیایی ۲۰۱۴»: a competition's year is part of its name
    events = {(c.sent, c.tok_end): c for c in cands if c.label == "EVENT" and c.sent >= 0 and id(c) not in drop}
    for c in cands:
        if c.label != "DATE" or c.sent < 0 or c.tok_end - c.tok_start != 1 or id(c) in drop:
            continue
        key = sx.keys[c.sent][c.tok_start]
        ev = events.get((c.sent, c.tok_start))
        if ev is not None and len(key) == 4 and key.isdigit() and sx.doc.text[ev.end:c.start] == " ":
            drop.add(id(c))
            ev.tok_end, ev.end = c.tok_end, c.end
            texts = sx.texts[c.sent]
            if ev.tok_end < len(texts) and (is_country(texts[ev.tok_end]) or "".join(sx.keys[c.sent][ev.tok_start:c.tok_start]) in GAMES
                                            and any(p.place_type == "city" for p in lookup_place(texts[ev.tok_end]))):
                # «جام جهانی ۲۰۱۴ برزیل», «المپیک ۱۹۹۶ آتلانتا»: the host after the year is part of the
                # name (second and twelfth dev draws)
                ev.tok_end += 1
                ev.end = sx.span(c.sent, ev.tok_start, ev.tok_end)[1]
                drop.update(id(d) for d in cands if d.sent == c.sent and d.tok_start == ev.tok_end - 1
                            and d.tok_end == ev.tok_end and d.label == "LOC")
            ev.normalized = sx.doc.text[ev.start:ev.end]
    # «پایگاه خبری «پولیتیکو»» ... «پولیتیکو افزود»: a name the article gives as an organisation is
    # one everywhere in it, though the tagger reads a bare mention as a person (tenth dev draw)
    orgs = {tuple(sx.keys[c.sent][c.tok_start:c.tok_end]) for c in cands
            if c.label == "ORG" and c.sent >= 0 and id(c) not in drop
            and (c.source == "rule" or c.tok_start and sx.keys[c.sent][c.tok_start - 1] in _NAMED_AS_BODY)}
    for c in cands:
        if c.label == "PER" and c.source == "model" and c.sent >= 0 \
                and tuple(sx.keys[c.sent][c.tok_start:c.tok_end]) in orgs:
            c.label = "ORG"
    return [c for c in cands if id(c) not in drop]
