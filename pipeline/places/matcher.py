"""How a name in the text becomes a place mention: longest gazetteer match over tokens, the cues
around it (``cues.py``), organisation/club/news-source exclusions, containers and directions, and
the province of places the gazetteer does not place. See the package docstring for the rules.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Iterable

from ..document import Enumeration, PlaceMention, Token
from ..persian.organisations import CLUB_CITIES, CLUB_PREFIXES, ORG_TAILS, SPORTS_WORDS
from ..persian.stopwords import name_stopwords as stopwords
from ..zwnj import lexicon
from ..persian.titles import PERSON_TITLES
from .cues import (MISSIONS, OUTLET_HEADS, STREET_HEADS, CHAIN_BREAKERS, CHAIN_MAX, CUE_ACCEPTS, CUE_ADJECTIVES, DIRECTION_ADJECTIVES, DIRECTIONS, FAR_ONLY_HEADS,
                   NEAR_ONLY_HEADS, OPEN_CUES, ORG_HEADS, FACILITY_HEADS, STRONG_CUES, UNIT_TITLES, WEAK_CUES, CITY_TITLE_PAIRS,
                   BARE_AS_REGION, COMMON_NOUN_BEFORE, OFFICE_TITLES)
from ..numbers.lexicon import JALALI_MONTHS
from ..persian.agencies import AGENCIES_AMBIGUOUS, AGENCIES_SURE
from ..persian.chars import fold_letters
from ..persian.works import outside_work_titles
from ..persian.sports import CLUBS, FOUL_AFTER, FOUL_WORDS, NICKNAME_HEADS, SPORTS_HOMONYMS, STADIUMS, TEAM_WORDS
from . import gazetteer as gz
from .confidence import confidence
from .industrial import NAMED_TYPES, industrial_phrases
from .tokens import TokenView, match_at


def choose(cands: Iterable[gz.Place], want: str | None, level: int) -> gz.Place | None:
    """The best candidate a cue of strength ``level`` (0 none, 1 weak, 2 strong) allows."""
    cands = list(cands)
    if want:
        accept = CUE_ACCEPTS.get(want, (want,))
        typed = sorted((p for p in cands if p.place_type in accept), key=lambda p: accept.index(p.place_type))
        return typed[0] if typed else None  # «استان خبر» is no province
    for p in cands:
        if p.needs_cue <= level:
            return p
    return None


def granularity(cands: Iterable[gz.Place], place: gz.Place, title: str, provinces_said: set[str],
                at_facility: Callable[[], bool] = lambda: False) -> tuple[gz.Place, str]:
    """Which of the units sharing a bare name a reader means. The city, as a reader takes «مردم
    شیراز», «در کرج», «به تهران بازگشت»; the unit a title names («استاندار قم» the province,
    «فرماندار کرج» the county, «شهردار تهران» the city); the city a facility stands in, even in an
    article about the province («کتابخانه مرکزی سمنان»); the province when the article speaks of
    it as one («استان قم» said somewhere in it: «اقتصاد قم» is then the province's)."""
    same = {p.place_type: p for p in cands if p.name == place.name and p.country in (None, "ایران")
            and p.place_id.startswith("ir:")}
    if title == "dateline" and "province" in same and "city" in same and place.name != "تهران":
        # «خبرگزاری فارس از ایلام», «خبرنگار فارس در قم»: the agency's provincial bureau (CONVENTIONS
        # rounds 16 and 18; Tehran's is the head office)
        return same["province"], "dateline"
    wanted = UNIT_TITLES.get(title)
    if wanted in same and "city" in same and wanted != place.place_type:
        return same[wanted], "title"  # «فرماندار کرج», «دادستان عمومی و انقلاب تهران»: the county
    if place.place_type not in ("province", "county") or "city" not in same:
        return place, "name"
    if wanted in same:
        return same[wanted], "title"
    if at_facility():
        return same["city"], "facility_town"
    if place.place_type == "province" and place.name in provinces_said and title not in _TOWNSFOLK:
        return place, "article_province"  # not «مردم یزد»: a town's people (CONVENTIONS, tenth dev draw)
    return same["city"], "city_default"


_TOWNSFOLK = frozenset(fold_letters(w) for w in "مردم شهروندان اهالی".split())


def nickname_before(view: TokenView, i: int) -> bool:
    """Is token i (a city) the end of a club's nickname: a colour or epithet in the plural before it,
    written joined («آبی‌های لندن») or apart («آبی ها لندن»), maybe with «شهر» between?"""
    j = i - 1 if i and view.normz[i - 1] != "شهر" else i - 2
    if j < 0:
        return False
    word = view.norm[j]
    if word in ("ها", "های") and j:
        word = view.norm[j - 1] + "ها"
    for plural in ("های", "ها"):
        if word.endswith(plural) and word[: -len(plural)] in NICKNAME_HEADS:
            return True
    return False


def provinces_named(view: TokenView, n: int) -> set[str]:
    """Names the text calls provinces («استان قم», «استاندار قم»)."""
    out = set()
    for i in range(n - 1):
        if view.norm[i] in ("استان", "استاندار", "استانداری") and view.word[i + 1]:
            hit = match_at(view, i + 1, n)
            if hit:
                out.update(p.name for p in hit[1] if p.place_type == "province")
    return out


_CLUB_KEYS = frozenset(fold_letters(c.strip()) for c in CLUBS.split("|") if c.strip() and " " not in c.strip()) | {
    fold_letters(c) for c in CLUB_CITIES}

#: every listed club, its words glued: a region of the same name is the club in a match report
_CLUB_NAMES = frozenset("".join(fold_letters(c).split()) for c in CLUBS.split("|") if c.strip())

#: words before a rival in a match report: a foreign city after them is its club («مقابل دوسلدورف»,
#: «با پیراهن موناکو», «برای مونترال بازی می‌کند»)
_RIVAL_CUES = frozenset("مقابل برابر پیراهن حریف میزبان مهمان".split())

#: the words before the towns of a constituency: «نماینده مردم X»; «حوزه انتخابیه X، Y و Z»
_CONSTITUENCY_CUES = {("نماینده", "مردم"), ("حوزه", "انتخابیه")}
_MP = frozenset(fold_letters(w) for w in "نماینده نماینده‌ی".split())
#: words that end the list of towns an MP represents
_CONSTITUENCY_END = frozenset("در به از را که گفت افزود با برای اظهار".split())


def constituencies(view: TokenView, n: int) -> set[int]:
    """Tokens of the towns an MP represents («نماینده مردم تبریز، آذرشهر و اسکو در مجلس»): a
    constituency is a county, so a town sharing its county's name is the county there (round 7)."""
    out: set[int] = set()
    for j in range(n - 2):
        if (view.normz[j], view.normz[j + 1]) in _CONSTITUENCY_CUES:
            k = j + 2
        elif view.normz[j] in _MP and view.word[j + 1] and "مجلس" in view.normz[j + 2:j + 5]:
            k = j + 1  # «نماینده اردبیل در مجلس»: a single MP's constituency (CONVENTIONS)
        else:
            continue
        while k < n and k - j < 14 and view.normz[k] not in _CONSTITUENCY_END and (
                view.word[k] or view.tokens[k].text in ("،", ",")):
            out.add(k)
            k += 1
    return out


def mention(text: str, start: int, end: int, place: gz.Place, place_type: str | None = None,
            reason: str = "name") -> PlaceMention:
    country = place.country or ("ایران" if place.place_id.startswith("ir:") else None)
    return PlaceMention(start, end, text[start:end], place.name, place_type or place.place_type, place.province,
                        country, place.lat, place.lon, place.place_id, place.province_id, confidence(reason), reason)


def national_team(view: TokenView, i: int, place: gz.Place) -> bool:
    """«تیم ملی ایران», «تیم فوتبال جوانان ایران»: the team is an organisation (the entities table
    says so, as the NSURL gold does), but the country it stands for is named: a places row, as the
    real-news judges record it (rounds 1 and 7)."""
    if place.place_type not in ("country", "region"):
        return False  # a region fields one too: «تیم ملی اسکاتلند», «تیم ملی ولز»
    if i > 1 and view.normz[i - 1] == "و" and gz.is_country(view.tokens[i - 2].text):
        # «دو تیم ایران و ژاپن»: the second country stands as the first does (sixth dev draw)
        return not org_before(view, i - 2) or national_team(view, i - 2, place)
    j = i - 1
    while j > 0 and i - j <= 4 and view.normz[j] in TEAM_WORDS:
        j -= 1
    return j < i - 1 and view.normz[j] in ("تیم", "تیمهای", "تیم‌های")


_GROUP_NAMES = frozenset("اول دوم سوم چهارم پنجم ششم هفتم هشتم یک دو سه چهار پنج شش هفت هشت مرگ".split())
#: a minister of a country: the words between the title and the country name the ministry
COUNTRY_TITLES = frozenset({"وزیر"})


_OFFICE_HEADS = frozenset(fold_letters(w) for w in "اداره اداره‌کل ادارهکل مخابرات".split())  # «رییس مخابرات پلدختر»
_PROSECUTORS = frozenset(fold_letters(w) for w in "دادستان".split())  # the office («دادسرای X») is no row


def county_office(view: TokenView, i: int) -> bool:
    """Does token i end the title of a town's government office, «رئیس اداره ارشاد دیلم», «رئیس
    اداره آموزش و پرورش X»? The office is the county's (a judge of the sixth dev draw)."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if not view.word[j]:
            return False
        if view.normz[j] in _OFFICE_HEADS:
            return j > 0 and view.normz[j - 1] in OFFICE_TITLES
        if view.normz[j] in _PROSECUTORS:
            return True  # «دادستان عمومی و انقلاب تهران»: a prosecutor serves a county (judges of holdout7, dev8)
    return False


def _title_before(view: TokenView, j: int) -> bool:
    """Is the body whose head is token j named in an official's title («مدیرکل حفظ آثار و نشر ارزش‌های
    دفاع مقدس X»): an office title a few words before it, with only words between?"""
    if view.normz[j] in _NOT_OFFICES:
        return False  # «مدیر بایرن ... باشگاه فرانکفورت»: a club or an outlet, not an office of a place
    for k in range(j - 1, max(-1, j - 9), -1):
        if view.normz[k] in OFFICE_TITLES:
            return True
        if view.normz[k] in _CLAUSE_WORDS or not view.word[k] and view.tokens[k].text not in ("،", ","):
            return False  # «سخنگوی وزارت خارجه ایران را که خبرگزاری فرانسه»: another clause
    return False


#: bodies whose head after a title is no office of the place that follows (judges of the unjudged
#: rows of round 19): clubs, teams, outlets, a prosecutor's office named with its town
_NOT_OFFICES = frozenset(fold_letters(w) for w in "باشگاه تیم خبرگزاری روزنامه شبکه دادسرای دادسرا".split())
_CLAUSE_WORDS = frozenset(fold_letters(w) for w in "را که از به در با برای تا".split())


_VILLAGE_TAILS = frozenset(fold_letters(w) for w in "بالا پایین سفلی علیا وسطی کلا نو کهنه سادات".split())


def village_tail(word: str) -> bool:
    """Can ``word`` be the second word of a village's name («تازه آبادکلا», «ده بالا», «قلعه نو»)?"""
    return word in _VILLAGE_TAILS or word.startswith("آباد")


_REPORT_WORDS = frozenset({"خبرگزاری", "خبرنگار", "گزارش"})
_AGENCY_KEYS = frozenset(fold_letters(a) for a in AGENCIES_SURE | AGENCIES_AMBIGUOUS)


def bureau_dateline(view: TokenView, i: int) -> bool:
    """Is token i the place of «خبرگزاری فارس از X», «خبرنگار ایسنا در X», «به گزارش مهر از X»?"""
    return i > 2 and view.normz[i - 1] in ("از", "در") and view.normz[i - 2] in _AGENCY_KEYS \
        and view.normz[i - 3] in _REPORT_WORDS


def org_before(view: TokenView, i: int) -> bool:
    """Is token i part of an organisation's name that starts a few words before it?"""
    j = i - 1
    steps = 0
    while j >= 0 and steps < CHAIN_MAX:
        if not view.word[j]:
            if view.tokens[j].text in ("،", ","):  # «اتاق بازرگانی، صنایع، معادن و کشاورزی ایران»
                j -= 1
                steps += 1
                continue
            # «شبکه خبری «ال‌بی‌سی لبنان»»: an outlet's name in quotation marks, its country inside them
            return view.tokens[j].text == "«" and i - j <= 5 and any(
                view.normz[k] in OUTLET_HEADS for k in range(max(0, j - 2), j))
        w = view.normz[j]
        if w in STRONG_CUES and j < i - 1:
            return False  # «ورزشگاه اصلی شهر یانگون میانمار»: a place named after another place, not a facility's
        if w in STREET_HEADS and j == i - 1:
            return True  # «میدان شوش تهران»: a square or street named after a town is not in it (round 15)
        if w in FACILITY_HEADS or view.norm[j] in FACILITY_HEADS:
            # «ورزشگاه سلطان قابوس مسقط»: the town that ends a facility's short name says where it is;
            # further on («ورزشگاه خانگی خود میزبان فورتنا دوسلدورف») the place belongs to something else
            return i - j > 3
        if w == "وقت" and j and view.normz[j - 1] == "به":
            return False  # «ساعت ۱۷ به وقت تهران»: a time zone names its city («دولت وقت» is an ORG's)
        if w in COUNTRY_TITLES and (j < i - 1 or j and view.normz[j - 1] == "نخست"):
            return False  # «وزیر بازرگانی افغانستان», «نخست وزیر پاکستان»: a title that names its country, no ORG
        if (w in ORG_HEADS or view.norm[j] in ORG_HEADS) and not (
                (w in FAR_ONLY_HEADS and j == i - 1) or (w in NEAR_ONLY_HEADS and j < i - 1)):
            if any(view.normz[k] in COUNTRY_TITLES for k in range(max(0, j - 2), j)):
                return False  # «وزیر دفاع ایتالیا», «وزیر امور خارجه آمریکا»: the ministry's word, not an ORG
            if (w in OFFICE_TITLES and j < i - 1) or _title_before(view, j) or county_office(view, i) or w in MISSIONS:
                # «مدیرکل بنادر و دریانوردی خوزستان», «مدیر کل سازمان بهزیستی خراسان جنوبی», «سخنگوی وزارت
                # امور خارجه ایران»: an official's title names the office's place; an embassy or a
                # mission («سفارت ایران») its country (judges of the sixth holdout and seventh dev draw)
                return False
            if (w, view.normz[j + 1] if j + 1 < view.n else "") in _CONSTITUENCY_CUES:
                return False  # «حوزه انتخابیه تربت‌حیدریه»: a constituency, no body
            if w == "گروه" and j + 1 < view.n and (view.normz[j + 1] in _GROUP_NAMES or len(view.normz[j + 1]) == 1):
                return False  # «از گروه B، عمان», «گروه دوم»: a tournament's group, not an organisation
            if j and view.normz[j - 1] in ("این", "آن", "همین", "همان"):
                return False  # «در این گروه میانمار میزبان است»: a group spoken of, no name
            # «ریاست جمهوری آمریکا», «رئیس جمهوری ترکیه» name an office of a country, not an ORG
            return not (w == "جمهوری" and j and view.normz[j - 1] in ("ریاست", "رئیس", "رییس"))
        if w in CHAIN_BREAKERS or w in WEAK_CUES or w.endswith(("\u200cها", "\u200cهای")):
            return False
        j -= 1
        steps += 1
    return False


def ends_facility_name(view: TokenView, i: int, end: int) -> bool:
    """Does the name at tokens[i:end] end a facility's short name («ورزشگاه شهدای صباشهر»)? The town
    there says where the facility is, as a weak cue would; a word of the name after it («کتابخانه
    کوثر آدریان») makes it part of the name."""
    lex = lexicon()
    if end < view.n and view.word[end] and view.normz[end] not in stopwords() \
            and lex.tagged.get(view.norm[end], 0) < 1000 and not lex.finite_verb(view.norm[end]):
        return False  # «کتابخانه کوثر آدریان»: a rare word goes on with the name; «برگزار شد» does not
    for j in range(i - 1, max(-1, i - 4), -1):
        if not view.word[j]:
            return False
        if view.normz[j] in FACILITY_HEADS or view.norm[j] in FACILITY_HEADS:
            return True
    return False


def club_before(view: TokenView, i: int) -> bool:
    """Is token i (a country) written after a club's name, in a sports story? A listed club or club
    city («الریان», «بارسلونای»), or an Arabic club name hazm's vocabulary does not know («الغرافه»)."""
    if not view.word[i - 1] or view.tokens[i].start - view.tokens[i - 1].end > 1:
        return False
    w = view.normz[i - 1]
    stem = w[:-1] if w.endswith("ی") and len(w) > 4 else w
    if w in _CLUB_KEYS or stem in _CLUB_KEYS:
        return True
    # an Arabic club name («الغرافه قطر», «الشباب امارات»): the article «ال» on a word hazm does not know
    return w.startswith("ال") and gz.arabic_name(view.tokens[i - 1].text)


def named_otherwise(view: TokenView, i: int, end: int, place: gz.Place) -> bool:
    """Is the bare name at tokens[i:end] the name of something else: a news source («به گزارش
    خوزستان», «به نقل از مشهد سر»), a newspaper quoted alone («به « ایران » گفت»), a club
    («مس کرمان»)?"""
    tokens = view.tokens
    prev = view.normz[i - 1] if i else ""
    if prev == "گزارش" or (prev == "از" and i > 1 and view.normz[i - 2] == "نقل"):
        return True
    if prev == "تب" or (i > 1 and view.normz[i - 2] == "تب"):
        return True  # «تب مالت», «تب کریمه کنگو»: diseases named after a place
    if end < view.n and view.normz[end] in COMMON_NOUN_BEFORE.get(view.normz[i], ()):
        return True  # «رباط صلیبی»
    if prev == "«" and end < view.n and tokens[end].text == "»":
        return True
    if in_stadium_name(view, i, end):
        return True  # «سانتیاگو برنابئو», «پارک دپرنس»: a stadium, no town
    if prev == "آستان":
        return True  # «آستان قدس رضوی»: the shrine's foundation, not Jerusalem
    if prev in FACILITY_HEADS and place.place_type in ("sea", "region"):
        return True  # «ورزشگاه خلیج فارس»: a facility named after a sea, not in it
    if prev == "عملیات":
        return True  # «عملیات بیت‌المقدس»: a military operation's name (a judge of the eighth dev draw)
    if view.normz[i] in _MONTHS and end == i + 1 and (
            end < view.n and (view.normz[end] in _AFTER_MONTH or view.tokens[end].text[:1].isdigit())
            or i and view.tokens[i - 1].text[:1].isdigit()):
        return True  # «قبل از بهمن سال قبل», «۲۲ بهمن»: the month, not the town «بهمن»
    return prev in CLUB_PREFIXES and place.place_type != "country"


_MONTHS = frozenset(fold_letters(m) for m in JALALI_MONTHS)
_AFTER_MONTH = frozenset(fold_letters(w) for w in "ماه سال امسال گذشته آینده جاری ماه‌ امسال،".split())
_STADIUM_KEYS = frozenset("".join(fold_letters(w) for w in name.split()) for name in STADIUMS.split("|") if name.strip())


def in_stadium_name(view: TokenView, i: int, end: int) -> bool:
    """Are tokens i..end inside a listed stadium's name of two or more words?"""
    for a in range(max(0, i - 2), i + 1):
        glued = ""
        for b in range(a, min(view.n, a + 4)):
            glued += view.normz[b]
            if b + 1 >= end and b > a and glued in _STADIUM_KEYS:
                return True
    return False


def extract_mentions(text: str, view: TokenView, enums: list[Enumeration]) -> list[PlaceMention]:
    tokens = view.tokens
    out: list[PlaceMention] = []
    n = view.n
    taken = [False] * n
    words, norms, normz = view.word, view.norm, view.normz
    stop = stopwords()

    # industrial towns/areas and zones, and list items (their own spans)
    for enum in enums:
        for item in enum.items:
            ptype = enum.item_type
            if ptype in NAMED_TYPES or ptype == "village":
                s, e = item.start, item.start + len(item.item) if text.startswith(item.item, item.start) else item.end
                out.append(PlaceMention(s, e, text[s:e], item.item, ptype, None, "ایران", None, None, None, None,
                                        confidence("list_item"), "list_item"))
                take(tokens, taken, s, e)
    for m in industrial_phrases(text, view, taken):
        out.append(m)
        take(tokens, taken, m.start, m.end)

    provinces_said = provinces_named(view, n)
    constituency = constituencies(view, n)
    sports = sum(1 for j in range(n) if view.normz[j] in SPORTS_WORDS) >= 3  # a match report
    # a city abroad named as «تیم X» or «باشگاه X» anywhere in a match report is that club all through it
    club_towns = {normz[j + 1] for j in range(n - 1) if sports and normz[j] in ("تیم", "باشگاه")
                  and words[j + 1] and gz.foreign_city(tokens[j + 1].text)}
    # items of a list of provinces, counties, cities or countries take the list's type
    listed = {(item.start, item.end): enum.item_type for enum in enums
              if enum.item_type in ("province", "county", "city", "country") for item in enum.items}
    # only tokens that are a strong cue or can start a gazetteer name are looked at
    prefixes = gz.key_prefixes()
    keys = view.key
    starts = [j for j in range(n) if words[j] and (keys[j] in prefixes or norms[j] in STRONG_CUES)]
    next_free = 0
    for i in starts:
        if i < next_free or taken[i]:
            continue
        w = norms[i]
        found = None
        if w in STRONG_CUES:
            cue_type = STRONG_CUES[w]
            skip = 1
            if i + 2 < n and normz[i + 1] in CUE_ADJECTIVES:
                skip = 2  # «شهر مقدس قم», «شهر تاریخی یزد»
            if i + skip < n and not taken[i + skip] and tokens[i + 1].start - tokens[i].end <= 1:
                hit = match_at(view, i + skip, n)
                if not hit and skip == 2:
                    hit, skip = match_at(view, i + 1, n), 1
                if hit:
                    end, cands = hit
                    place = choose(cands, cue_type, 2 if cue_type is None else 3)
                    if place is not None and not org_before(view, i):
                        found = (i, end, place, None, "cue")
                elif (w in OPEN_CUES and words[i + 1] and norms[i + 1] not in stop
                      and normz[i + 1] not in DIRECTION_ADJECTIVES and not org_before(view, i)):
                    last = i + 1
                    while last + 1 < n and last - i < 3 and words[last + 1] and not taken[last + 1] \
                            and tokens[last + 1].start - tokens[last].end <= 1 and village_tail(normz[last + 1]):
                        last += 1  # «روستای تازه آبادکلا», «روستای ده بالا»: a name of two or three words
                    s, e = tokens[i].start, tokens[last].end
                    out.append(PlaceMention(s, e, text[s:e], text[tokens[i + 1].start:e], OPEN_CUES[w], None,
                                            "ایران" if w == "روستای" else None, None, None, None, None,
                                            confidence("open_cue"), "open_cue"))
                    for j in range(i, last + 1):
                        taken[j] = True
                    next_free = last + 1
                    continue
        if found is None and normz[i] == "جمهوری" and i and normz[i - 1] in ("ریاست", "رئیس", "رییس"):
            continue  # «انتخابات ریاست جمهوری تاجیکستان»: the office's word, not «جمهوری تاجیکستان»
        if found is None:
            hit = match_at(view, i, n)
            if hit:
                end, cands = hit
                prev = normz[i - 1] if i and words[i - 1] else ""
                level = 1 if prev in WEAK_CUES or i in constituency else 0
                if i > 1 and (normz[i - 2], prev) in CITY_TITLE_PAIRS or prev in ("امام‌جمعه",):
                    level = 2  # «امام جمعه ایوان»: a title that only a town takes
                def at_facility(i=i, end=end) -> bool:
                    return ends_facility_name(view, i, end)
                if end - i > 1:
                    level = 2  # a multi-word name is never an everyday word
                elif level == 0 and at_facility():
                    level = 1  # «ورزشگاه فولادشهر», «ورزشگاه شهدای صباشهر»: the facility's town
                place = choose(cands, None, level)
                reason = "weak_cue" if level == 1 else "title_cue" if level == 2 and end - i == 1 else "name"
                as_listed = listed.get((tokens[i].start, tokens[end - 1].end))
                if as_listed and choose(cands, as_listed, 3) is not None:
                    place, reason = choose(cands, as_listed, 3), "list"  # «استان‌های تهران، اصفهان و فارس»
                elif place is not None and i in constituency and (county := choose(cands, "county", 3)) is not None:
                    place, reason = county, "constituency"  # «نماینده مردم قائمشهر، جویبار و سوادکوه»
                elif place is not None:
                    title = ("فرماندار" if county_office(view, i)  # the office is the county's
                             else "dateline" if bureau_dateline(view, i) else prev)
                    place, why = granularity(cands, place, title, provinces_said, at_facility)
                    if why != "name":
                        reason = why
                nxt = normz[end] if end < n else ""
                if sports and place is not None and place.country not in (None, "ایران") \
                        and place.place_type == "city" and (place.name in CLUB_CITIES or prev in _RIVAL_CUES
                                                            or end == i + 1 and normz[i] in club_towns):
                    place = None  # «میلان با یک گل پیش افتاد», «فرایبورگ مقابل دوسلدورف»: the club, named by its city
                if place is not None and place.place_type == "city" and place.name in BARE_AS_REGION:
                    place = next((p for p in gz.lookup(BARE_AS_REGION[place.name]) if p.place_type == "region"), place)
                if sports and place is not None and place.place_type == "region" \
                        and "".join(normz[i:end]) in _CLUB_NAMES:
                    place = None  # «از پارس جنوبی عقب نیافتد»: the club, in a league table (tenth dev draw)
                if sports and place is not None and place.place_type == "city" and nickname_before(view, i):
                    place = None  # «آبی‌های لندن» is Chelsea, «آبی‌های شهر ریاض» Al-Hilal: a club's nickname
                if sports and place is not None and place.name in SPORTS_HOMONYMS and (prev in FOUL_WORDS or nxt in FOUL_AFTER):
                    place = None  # «خطای هند», «صحنه هند»: handball in a match report (seventh dev draw)
                if sports and place is not None and place.place_type == "country" and i and club_before(view, i):
                    place = None  # «الریان قطر», «بارسلونای اسپانیا»: a club written with its country (round 11)
                if (place is not None and prev not in PERSON_TITLES and nxt not in ORG_TAILS
                        and not named_otherwise(view, i, end, place)
                        and (not org_before(view, i) or national_team(view, i, place))):
                    if org_before(view, i):
                        reason = "national_team"  # only national_team() lets a name inside an ORG through
                    found = (i, end, place, None, reason)
                    if place.place_type == "country" and prev == "کشور" and not taken[i - 1] \
                            and tokens[i].start - tokens[i - 1].end <= 1:
                        found = (i - 1, end, place, None, "cue")  # «کشور چین»: the NSURL gold spans «کشور»
        if found is None:
            continue
        s_i, e_i, place, forced, reason = found
        if any(taken[s_i:e_i]):
            continue
        d_i = with_direction(view, taken, s_i)
        if d_i < s_i and place.place_type in ("province", "country"):
            # «شرق کرمان», «جنوب استان تهران», «جنوب‌شرق ایران»: a part of the province or country, a
            # region named as written, placed where the whole is (judges, rounds 5 and 33)
            s, e = tokens[d_i].start, tokens[e_i - 1].end
            m = mention(text, s, e, place, "region", "direction")
            m.name, m.place_id = fold_letters(" ".join(t.text for t in tokens[d_i:e_i])), None
            if place.place_type == "country":
                m.province = m.province_id = None
            out.append(m)
            s_i = d_i
        else:
            if place.place_type != "city":  # «شرق بیروت»: a city's part is the city, the direction outside (round 25)
                s_i = d_i
            s, e = tokens[s_i].start, tokens[e_i - 1].end
            out.append(mention(text, s, e, place, forced, reason))
        for j in range(s_i, e_i):
            taken[j] = True
        next_free = e_i

    # a list of provinces, counties, cities or countries is itself the cue for its items: «فارس»
    # alone needs one, «استان‌های تهران، اصفهان و فارس» gives it
    for enum in enums:
        ptype = enum.item_type
        if ptype not in ("province", "county", "city", "country"):
            continue
        for item in enum.items:
            if any(m.start < item.end and item.start < m.end for m in out):
                continue
            place = choose(gz.lookup(item.item), ptype, 3)
            if place is not None:
                out.append(mention(text, item.start, item.end, place, reason="list"))
    out = outside_work_titles(out, text)  # «رمان «در رؤیای بابل»»: a book's title names no place (sixteenth dev draw)
    out.sort(key=lambda m: m.start)
    out = note_containers(text, out)
    villages_of_the_article(out)
    resolve_provinces(text, out)
    return out


_VILLAGE_CUES = ("روستای ", "روستاي ", "روستای\u200c", "روستاي\u200c")


def villages_of_the_article(mentions: list[PlaceMention]) -> None:
    """«روستای گلیان» in an article about Hamedan's villages is Hamedan's, not the rural district of
    the same name in North Khorasan: a village cue whose referent lies outside the province the
    article is about takes the same-named place there, else stays a village of that province with
    no point of its own (the fifth dev draw's and fourth holdout's judges)."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.country == "ایران" and m.province and not m.text.startswith(_VILLAGE_CUES):
            counts[m.province] = counts.get(m.province, 0) + 1
    if not counts:
        return
    province, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 2 or n < 0.6 * sum(counts.values()):
        return
    for m in mentions:
        if not m.text.startswith(_VILLAGE_CUES) or m.province in (None, province) or m.country != "ایران":
            continue
        here = next((p for p in gz.lookup(m.name) if p.province == province
                     and p.place_type in ("city", "rural_district", "district")), None)
        if here is not None:
            m.name, m.place_type, m.lat, m.lon = here.name, "village" if here.place_type != "city" else "city", here.lat, here.lon
            m.place_id, m.province_id = here.place_id, here.province_id
        else:
            m.place_type, m.lat, m.lon, m.place_id, m.province_id = "village", None, None, None, None
        m.province, m.reason, m.confidence = province, "article_village", confidence("open_cue")


def note_containers(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """«شهر حلب سوریه», «دوحه قطر», «جلال آباد افغانستان»: a place followed directly by the country
    that holds it takes that country; both stay rows of their own, as the real-news judges read them
    (CONVENTIONS: «پنانگ مالزی», «ایالت لارا ونزوئلا» are two places), although NSURL-2019 spans
    them as one LOC."""
    for prev, m in zip(mentions, mentions[1:]):
        if m.place_type == "country" and prev.place_type != "country" and prev.place_type not in NAMED_TYPES \
                and text[prev.end:m.start] == " " and not prev.country:
            prev.country = m.name
    return mentions


def with_direction(view: TokenView, taken: list[bool], i: int) -> int:
    """«جنوب لبنان», «غرب آسیا», «جنوب غربی تهران», «غرب استان تهران»: the gold spans the
    direction too; the mention starts there."""
    tokens = view.tokens

    def ok(j: int) -> bool:
        return j >= 0 and not taken[j] and view.word[j] and tokens[j + 1].start - tokens[j].end <= 1

    if ok(i - 1) and view.normz[i - 1] in DIRECTION_ADJECTIVES and ok(i - 2) and view.normz[i - 2] in DIRECTIONS:
        return i - 2
    if ok(i - 1) and view.normz[i - 1] in DIRECTIONS:
        return i - 1
    return i


def take(tokens: list[Token], taken: list[bool], s: int, e: int) -> None:
    """Mark the tokens overlapping text[s:e] (tokens are sorted and do not overlap)."""
    j = bisect_right(tokens, s, key=_token_end)
    while j < len(tokens) and tokens[j].start < e:
        taken[j] = True
        j += 1


def _token_end(tok: Token) -> int:
    return tok.end


def resolve_provinces(text: str, mentions: list[PlaceMention]) -> None:
    """Give mentions without a province (industrial towns, villages) the article's province."""
    provinces = [(m.start, m.province, m.province_id) for m in mentions if m.province and m.country == "ایران"]
    if not provinces:
        return
    for m in mentions:
        if m.province or not (m.place_type in NAMED_TYPES or m.place_type == "village"):
            continue
        before = [p for p in provinces if p[0] < m.start]
        _, m.province, m.province_id = before[-1] if before else provinces[0]

