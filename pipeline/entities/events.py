"""EVENT candidates for the entity rules: named occasions, wars, competitions and elections
(``pipeline.persian.events``), the Islamic Revolution, and championships said as «مسابقات/رقابت‌های»
+ sport, group and region. ``merge.build_entities`` weighs them against the model's spans.
"""
from __future__ import annotations

from ..numbers.lexicon import COUNT_UNITS
from ..numbers.words import key as number_key
from ..persian.events import COMPETITIONS, EVENT_SPORTS, LEAGUES, OCCASION_UNIT_HEADS, OCCASIONS, REVOLUTION
from ..persian.stopwords import PHRASE_STOP
from ..places.gazetteer import is_country, lookup as lookup_place
from ..zwnj import lexicon
from .consistency import common_words
from .features import lexicon_key
from .rules import Cand, Sentences, glued_names, is_punct


_OCCASIONS = glued_names(OCCASIONS)
_COMPETITIONS = glued_names(COMPETITIONS)
_NAMED = _OCCASIONS | _COMPETITIONS
_LEAGUES = glued_names("|".join(LEAGUES))
#: competitions a country's name after belongs to, and games a host city's name after belongs to
_COUNTRY_CUPS = _LEAGUES | {"جامحذفی"}
GAMES = {"المپیک", "پارالمپیک", "بازیهایالمپیک", "بازیهایآسیایی"}
_NOT_A_NAME_START = {"در", "از", "به", "با", "بر", "تا", "و"}
#: ordinals from the tenth to the thirtieth, the editions of a national league
_EDITION_WORDS = {lexicon_key(w) for w in """دهم یازدهم دوازدهم سیزدهم چهاردهم پانزدهم شانزدهم هفدهم هجدهم هیجدهم
نوزدهم بیستم""".split()} | {lexicon_key("بیست و " + w) for w in "یکم دوم سوم چهارم پنجم ششم هفتم هشتم نهم".split()}
_PREFIXES = {n[:i] for n in _NAMED for i in range(1, len(n) + 1)}
_REVOLUTION = "".join(REVOLUTION.split())
_REVOLUTION_WORD = REVOLUTION.split()[0]
#: words before «انقلاب (اسلامی)» that make it part of a body's name or of the Leader's title
#: («سپاه پاسداران انقلاب اسلامی», «دادگاه انقلاب», «رهبر معظم انقلاب»), a place's («میدان
#: انقلاب»), or another revolution («این انقلاب», «یک انقلاب»)
_REVOLUTION_OWNERS = {lexicon_key(w) for w in """سپاه پاسداران نیروی نیروهای مجاهدین مجاهدان دادگاه دادگاههای
دادسرای دادستان دادستانی شورای عالی کمیته کمیتههای نهاد نهادهای بنیاد رهبر رهبری معظم فرزانه کبیر بنیانگذار
معمار ورزشگاه میدان خیابان بلوار چهارراه مجموعه باشگاه زنگ این آن همین یک هر بزرگترین اصطلاح نام حزب جامعه
جبهه مجمع سازمان اداره مرکز موزه ستاد دفتر ضد""".split()}


def _the_revolution(sx: Sentences, keys: list[str], i: int, end: int) -> bool:
    """Is «انقلاب» or «انقلاب اسلامی» at tokens i..end the Islamic Revolution, an EVENT (CONVENTIONS:
    «انقلاب اسلامی» and bare «انقلاب» for it are EVENTs, «رهبر معظم انقلاب» is a PER), and not a
    word of a body's name, a title, a place or another revolution? A bare «انقلاب» must end its
    phrase: «انقلاب فرهنگی», «انقلاب تهران» (a club) are something else."""
    if i and keys[i - 1] in _REVOLUTION_OWNERS:
        return False  # («ضد انقلاب»: counter-revolutionaries)
    if i > 1 and keys[i - 1] == "و" and keys[i - 2] == "عمومی":
        return False  # «دادستان عمومی و انقلاب», «دادگاه عمومی و انقلاب»: the courts' name
    nxt = keys[end] if end < len(keys) else ""
    if end - i == 1:
        return not nxt or is_punct(nxt) or nxt in PHRASE_STOP
    return not sx.is_place(nxt) or nxt == "ایران"
_PREFIXES |= {_REVOLUTION[:i] for i in range(1, len(_REVOLUTION) + 1)}
_MAX_WORDS = 7

_SURNAME_ENDINGS = ("اف", "اوف", "یف", "زاده", "پور", "یان", "نژاد")


def _surname_after(sx: Sentences, first: str, nxt: str) -> bool:
    """Is ``first`` (an occasion that is also a first name: «نوروز», «یلدا») followed by a surname?"""
    if "fn" not in sx.lexicon.get(first, "").split(","):
        return False
    cats = sx.lexicon.get(nxt, "").split(",")
    if len(nxt) > 4 and nxt.endswith(_SURNAME_ENDINGS):
        return True
    return ("ln" in cats or "lnB" in cats) and nxt not in common_words() and lexicon().tagged.get(nxt, 0) < 50


#: words before a competition's name that make it part of something else's name
_NOT_THE_EVENT = set("کمیته فدراسیون کنفدراسیون آکادمی عنوان ملی المللی بینالمللی".split())  # «کمیته بین المللی المپیک»


def find_named_events(sx: Sentences) -> list[Cand]:
    """EVENT for named occasions, wars, competitions and elections (``pipeline.persian.events``):
    the longest listed name starting at a token, joined across spaces and ZWNJs. A league takes in
    a sport and a country after it («لیگ برتر فوتبال انگلیس»)."""
    out = []
    for si, keys in enumerate(sx.keys):
        i, n = 0, len(keys)
        while i < n:
            if keys[i] not in _PREFIXES and keys[i] != "یورو":
                i += 1
                continue
            best, kind, glued = 0, "", ""
            for j in range(i, min(n, i + _MAX_WORDS)):
                glued += keys[j]
                if glued not in _PREFIXES:
                    break
                if glued in _NAMED:
                    best, kind = j + 1, "competition" if glued in _COMPETITIONS else "occasion"
                elif glued in (_REVOLUTION, _REVOLUTION_WORD) and _the_revolution(sx, keys, i, j + 1):
                    best, kind = j + 1, "occasion"
            if best > i + 1 and keys[i] in _NOT_A_NAME_START:
                best = 0  # «در بی‌سروسامانی» glued is no «دربی»: a name never opens with a preposition
            if best == i + 1 and kind == "occasion" and best < n and _surname_after(sx, keys[i], keys[best]):
                best = 0  # «نوروز محمداف»: a first name, not the new year
            if not best and keys[i] == "یورو" and i + 1 < n and keys[i + 1].isdigit() and len(keys[i + 1]) in (2, 4):
                best, kind = i + 2, "occasion"  # «یورو 2016», «یورو 96»; a bare «یورو» is the currency
            if not best and keys[i] in _CHAMPIONSHIP_HEADS | {"قهرمانی"} and (x := _championship_end(keys, i + 1, keys[i])):
                best, kind = x, "occasion"  # «رقابت‌های کشتی آزاد قهرمانی جوانان آسیا» (tenth dev draw)
            if not best and keys[i] == "لیگ" and i + 1 < n and is_country(sx.texts[si][i + 1]):
                best, kind = i + 2, "competition"  # «لیگ ژاپن»: a country's league (fourth dev draw)
            elif not best and keys[i] == "لیگ" and i + 1 < n and keys[i + 1] in _EDITION_WORDS:
                best, kind = i + 2, "occasion"  # «لیگ هجدهم», «لیگ بیستم»: an edition of the league (seventh dev draw)
            if not best:
                i += 1
                continue
            end = best
            if kind == "competition" and i and keys[i - 1] in _NOT_THE_EVENT \
                    or kind == "occasion" and i and keys[i - 1] in OCCASION_UNIT_HEADS:
                i = end  # «کمیته ملی المپیک», «عنوان قهرمانی جهان», «سپاه عاشورا»: a body or a title named after it
                continue
            if kind == "competition" and "".join(keys[i:end]) in _COUNTRY_CUPS and end < n and is_country(sx.texts[si][end]):
                end += 1  # «سری آ ایتالیا», «جام حذفی انگلیس»
            elif kind == "competition" and "".join(keys[i:end]) in GAMES and end < n and _host_city(sx.texts[si][end]):
                end += 1  # «المپیک آتلانتا»: the games with their host city
            elif kind == "competition" and "".join(keys[i:end]) == "دربی" and end < n and sx.is_place(keys[end]):
                end += 1  # «دربی اصفهان», «دربی مادرید»
            elif kind == "competition" and keys[i] == "لیگ":
                # A league's country is part of its name («لیگ برتر انگلیس»); a tournament's
                # host and year are not («جام جهانی» + «روسیه», «جام جهانی» + «۲۰۱۴»: the
                # real-news judges record them as their own LOC and DATE).
                if end < n and keys[end] in EVENT_SPORTS:
                    end += 1
                if end < n and sx.is_place(keys[end]):
                    end += 1
                elif end + 1 < n and keys[end] == "باشگاههای" and keys[end + 1] in ("کشور", "ایران"):
                    end += 2  # «لیگ برتر فوتسال باشگاه‌های کشور» (a judge of the sixth dev draw)
                elif end < n and keys[end] == "کشور":
                    end += 1  # «لیگ برتر فوتسال کشور»
            elif kind == "competition" and end < n and keys[end] in EVENT_SPORTS:
                end += 1  # «مسابقات جهانی کشتی آزاد», «رقابت‌های قهرمانی آسیا وزنه‌برداری»: the sport belongs to it
                if end < n and keys[end - 1] == "کشتی" and keys[end] in ("آزاد", "فرنگی"):
                    end += 1
            if kind == "competition":
                end = _competition_tail(keys, sx.texts[si], end)
            start = i
            if kind == "competition" and i > 1 and keys[i - 1] in EVENT_SPORTS and keys[i - 2] in _CHAMPIONSHIP_HEADS:
                start = i - 2  # «مسابقات والیبال جام فجر»: the lead noun and the sport are part of it
            out.append(sx.cand(si, start, end, "EVENT", "rule"))
            i = end
    return out


#: who plays in an edition of a competition, said after its name: «جام جهانی زنان», «جام فجر بانوان»
_COMPETITION_GROUPS = set("زنان بانوان مردان جوانان نوجوانان امید امیدها ساحلی پیشکسوتان دانشجویان".split())


def _competition_tail(keys: list[str], texts: list[str], end: int) -> int:
    """A competition's name goes on with the group that plays it and its season's year: «لیگ
    قهرمانان زنان», «لیگ برتر والیبال ۹۳», «لیگ برتر والیبال سال ۱۳۹۳» (CONVENTIONS: a year recorded
    apart from its event is a fragment of the EVENT). Not a count: «در لیگ برتر ۸۵ گل زد»."""
    n = len(keys)
    if end < n and keys[end] in _COMPETITION_GROUPS:
        end += 1
    at = end + 1 if end + 1 < n and keys[end] == "سال" else end
    if at < n and texts[at].isdigit() and (at + 1 >= n or number_key(texts[at + 1]) not in COUNT_UNITS | _COUNTED_IN_SPORT):
        year = int(texts[at])
        if len(texts[at]) == 4 and (1300 <= year <= 1499 or 1900 <= year <= 2100) \
                or len(texts[at]) == 2 and (year >= 80 or year <= 5):
            end = at + 1
    return end


#: what a number after a league's name counts rather than dates: «در لیگ برتر ۸۵ گل زد»
_COUNTED_IN_SPORT = frozenset(number_key(w) for w in "گل امتیاز بازی دیدار دقیقه تیم بار پاس".split())


_CHAMPIONSHIP_HEADS = {"مسابقات", "رقابتهای", "رقابتها"}
#: what a championship's name says between its head and its region: sport, style, title, age group
_CHAMPIONSHIP_WORDS = EVENT_SPORTS | set("آزاد فرنگی قهرمانی جوانان نوجوانان بزرگسالان امید امیدها بانوان زنان مردان "
                                         "ساحلی پیشکسوتان دانشجویان".split())
_CHAMPIONSHIP_REGIONS = {"آسیا", "جهان", "اروپا", "آفریقا", "کشور"}


def _host_city(word: str) -> bool:
    return any(p.place_type == "city" for p in lookup_place(word))


def _championship_end(keys: list[str], j: int, head: str = "") -> int:
    """End of «مسابقات/رقابت‌های» + words of ``_CHAMPIONSHIP_WORDS`` (at least two) + a region, or
    «قهرمانی» + a sport + a region («قهرمانی کشتی اروپا»), else 0."""
    start = j
    if start >= len(keys):
        return 0  # «... قهرمانی» ending its sentence
    while j < len(keys) and j - start < 6 and keys[j] in _CHAMPIONSHIP_WORDS:
        j += 1
    least = 1 if head == "قهرمانی" and keys[start] in EVENT_SPORTS else 2
    return j + 1 if j - start >= least and j < len(keys) and keys[j] in _CHAMPIONSHIP_REGIONS else 0
