"""Places: gazetteer mentions with type, province, country and coordinates, industrial towns and
areas, and the lists an article counts («هفت شهرک صنعتی شکوهیه، الغدیر، …»).

``extract(text)`` works on raw or normalized text (Arabic ي/ك, missing or extra ZWNJ and spaces
inside names are folded by ``gazetteer.key``). How a name becomes a place:

- whole tokens only, longest match first («خراسان رضوی» before «خراسان», «تهرانی» never);
- a strong cue before the name («استان», «شهرستان», «شهر», «بخش», «دهستان», «روستای», «ایالت»,
  «جزیره», «دریاچه», «رود», «بندر», «کوه»; «شهر مقدس قم») is part of the mention, as in the NSURL/ARMAN gold («استان قم»), and
  picks the type («استان قم» a province, «شهر قم» a city); «کشور» right before a country is part
  of it too («کشور چین», as the NSURL gold mostly spans it), «کشورهای» is not; an unknown word is a
  place only after «روستای» or «ایالت»;
- names that are everyday words or given names need context (``needs_cue`` in the table): given
  names a weak cue («در مهران», «به بم»), everyday words a strong cue («شهر نور»);
- a name inside an organisation's name is not a place mention: «دانشگاه تهران», «استانداری قم»,
  «خبرگزاری جمهوری اسلامی ایران», «وزیر صنعت ایتالیا», «تیم ملی ایران» (the NSURL gold tags
  those ORG), but a country's people and officials keep it a place («ملت ایران», «سفیر ایران»,
  «رئیس‌جمهور ترکیه», «تیم تهران»); nor after «آقای»/«خانم»; nor a club («مس کرمان», «نفت
  آبادان»; «نفت ایران» is Iran), a news source («به گزارش خوزستان») or a paper quoted alone
  («به «ایران» گفت»); «کاخ سفید» is not in the table;
- one name, several places: the cue's type, else the bigger unit (country > province > county >
  city), so a bare «قم» is the province;
- a direction before a place is part of it («جنوب لبنان», «جنوب غربی تهران»), and a place
  followed directly by the country or province holding it is one mention («شهر حلب سوریه»), as
  the gold spans them.

Industrial towns and areas («شهرک صنعتی X», «ناحیه صنعتی X», list items of «هفت شهرک صنعتی …»),
villages after «روستای» and places not in the table get their province from the article: the
nearest province named before them in the same sentence, else earlier in the article, else the
first one named after them.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Iterable

import regex

from . import gazetteer as gz
from .document import Enumeration, ListItem, PlaceMention, Token
from .segment import tokenize

MAX_NAME_TOKENS = 6

_WORDLIKE = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\u200c]*")

# strong cue -> the place type it asks for (None: any); all are part of the mention
STRONG_CUES: dict[str, str | None] = {
    "استان": "province", "شهرستان": "county", "شهر": "city", "بخش": "district", "دهستان": "rural_district",
    "روستای": "village", "روستا": "village", "ایالت": "region", "جزیره": None, "جزایر": None,
    "دریاچه": None, "دریای": None, "رودخانه": None, "رود": None, "بندر": "port", "کوه": None, "قله": None,
    "تنگه": None,
}
# cues after which an unknown word is still a place (the cue says so): «روستای کشت», «ایالت اوهایو».
# Not «کوه», «قله», «جزیره», «دریاچه», «رودخانه» or «روستا» without ezafe: no ezafe is written after
# them, so the next word is as often a verb or an adjective («کوه ناپدید شد», «روستا دقیق‌ترین»).
OPEN_CUES = {"روستای": "village", "ایالت": "region"}
WEAK_CUES = frozenset(
    "در به از تا اهالی مردم ساکنان شهروندان ساکن استاندار فرماندار شهردار بخشدار نماینده امام‌جمعه "
    "مقیم راهی عازم سفر مسیر حوالی اطراف نزدیکی".split()
)
# Heads of organisation names: a place further along the same name is part of an ORG.
ORG_HEADS = frozenset("""
دانشگاه دانشکده استانداری فرمانداری شهرداری بخشداری دهیاری اداره اداره‌کل اداره‌ی ادارات سازمان وزارت
بانک شرکت خبرگزاری روزنامه هفته‌نامه باشگاه تیم مجلس شورای شورا دادگستری دادسرا دادگاه
بیمارستان پایگاه سپاه ارتش سنا سنای قوه حکومت نیروی پلیس فرودگاه ایستگاه ورزشگاه استادیوم موزه کتابخانه دبیرستان مدرسه
صداوسیما صدا سیمای شبکه رادیو تلویزیون بورس اتاق انجمن کانون حزب جبهه بنیاد موسسه مؤسسه
پژوهشگاه پالایشگاه پتروشیمی کارخانه هتل خیابان میدان بزرگراه اتوبان کوی پارک بوستان
تالار فرهنگسرا مسجد حرم امامزاده آستان زندان اردوگاه استقلال پرسپولیس سپاهان تراکتور
تراکتورسازی ذوب‌آهن فولاد پیکان ملوان سایپا کنسولگری سفارت فدراسیون کمیته ستاد قرارگاه لشکر تیپ
گردان دیوان کمیسیون اتحادیه دفتر نمایندگی فرهنگستان لیگ 
وزیر دادسرای صدای سفارتخانه خزانه‌داری هلال‌احمر پژوهشکده کنفدراسیون آموزش‌وپرورش جهاد انتظامی کالج
پلیس‌راه کلانتری احزاب جناح حزب‌الله گروه مجمع کمیساریای دبیرخانه کنگره پارلمان رژیم شعبه کنسرسیوم خودرو گمرک مدیرکل هواشناسی راهداری اوقاف ایسنای ایرنای ایلنای ایکنای تسنیم ایسنا ایرنا ایلنا جمهوری دولت حوزه علمیه وقت برج انستیتو بسیج خبرنگار خارجه دفاع پزشکی پرورش اطاق عصر رئال بایرن اتلتیکو اینتر
""".split())
# Words an ORG name may run through between its head and the place («دانشگاه علوم پزشکی تهران»);
# these stop the walk back: a mention after them is outside any ORG name.
# compared with folded tokens («رئیس» is read «رییس»), so folded here too; but «رئال» folds to
# «ریال», the currency («ریال ایران»), which heads no organisation
ORG_HEADS = frozenset(gz.fold(w) for w in ORG_HEADS) - {"ریال"}
_CHAIN_BREAKERS = frozenset("""
در به از با برای تا که یا را است بود شد هم نیز این آن همچنین اما ولی گفت کرد دارد شده می‌شود
ها های درباره علیه برابر مقابل سوی کشور کشورهای وارد راهی عازم
ملت رئیس‌جمهور نخست‌وزیر سفیر سرکنسول استاندار دادستان مقامات رهبر نیروهای اتباع
""".split())
_CHAIN_BREAKERS = frozenset(gz.fold(w) for w in _CHAIN_BREAKERS)
_CHAIN_MAX = 7
# «تیم تهران», «تیم هرمزگان» are the province's team and the gold tags the place LOC, but «تیم ملی
# ایران», «تیم فوتبال نفت تهران» are ORG names; «شبکه ایران» is the channel, «شبکه خبری NBC آمریکا»
# an American network (LOC); «صدای آمریکا» is the radio, «صدای جنایات آمریکا» is not.
_FAR_ONLY_HEADS = frozenset({"تیم"})
_NEAR_ONLY_HEADS = frozenset({"شبکه", "صدای"})
# A club's name is a sponsor word and its town: «نفت آبادان», «مس کرمان», «صبای قم», «گل گهر سیرجان»
# (but «نفت ایران» is Iran's oil: the rule leaves countries alone).
_CLUB_PREFIXES = frozenset("""
نفت مس صبای نساجی آلومینیوم سپیدرود گهر خیبر بادران ثامن پدیده داماش شاهین ماشین‌سازی اکسید
""".split())
# Words after a name that make it an organisation's («ایران خودرو», «منچستر یونایتد»).
_ORG_TAILS = frozenset("اکونومیست آنلاین ورزشی خودرو ایر یونایتد سیتی تایمز پست نیوز اینترنشنال اینترنشنال اسپورت".split())
_PERSON_TITLES = frozenset("آقای خانم آقا دکتر مهندس سردار سرهنگ استاد حجت‌الاسلام آیت‌الله شهید مرحوم".split())

INDUSTRIAL_HEADS = (
    ("شهرک صنعتی", "industrial_town"), ("ناحیه صنعتی", "industrial_area"),
    ("منطقه ویژه اقتصادی", "special_zone"), ("منطقه آزاد تجاری", "special_zone"), ("منطقه آزاد", "special_zone"),
    ("شهرک فناوری", "industrial_town"),
)

_CUE_ADJ = frozenset("مقدس تاریخی بندری مرزی ساحلی زیبای باستانی".split())
_DIRECTIONS = frozenset("شمال جنوب شرق غرب شمال‌شرق شمال‌غرب جنوب‌شرق جنوب‌غرب".split())


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """hazm's stopword list (shipped with hazm) plus words that end a name in running text."""
    import importlib.util
    from pathlib import Path

    words = set()
    spec = importlib.util.find_spec("hazm")  # its data file only: importing hazm is slow
    path = Path(spec.origin).resolve().parent / "data" / "stopwords.dat" if spec and spec.origin else Path("-")
    try:
        words.update(w.strip() for w in path.read_text(encoding="utf-8").split("\n") if w.strip())
    except OSError:
        pass
    words.update("و در به از که را با است هستند بود شد نیز همچنین دارای دارد".split())
    return frozenset(gz.fold(w) for w in words)


def _is_word(tok: Token) -> bool:
    return _info(tok.text)[0]


def _norm(tok: Token) -> str:
    return _info(tok.text)[1]


def _norm_zwnj(tok: Token) -> str:
    return _info(tok.text)[2]


# token text -> (is a word, folded without ZWNJ, folded, gazetteer key); news repeats its words, so
# each distinct spelling is folded once. Bounded: emptied when it grows past the limit.
_INFO: dict[str, tuple[bool, str, str, str]] = {}
_INFO_MAX = 200_000


def _info(word: str) -> tuple[bool, str, str, str]:
    got = _INFO.get(word)
    if got is None:
        folded = gz.fold(word)
        got = (bool(_WORDLIKE.fullmatch(word)), folded.replace("\u200c", ""), folded, gz.key(word))
        if len(_INFO) >= _INFO_MAX:
            _INFO.clear()
        _INFO[word] = got
    return got


class _Toks:
    """Tokens of one text with their folded forms, computed once per call."""

    __slots__ = ("tokens", "n", "word", "norm", "normz", "key")

    def __init__(self, tokens: list[Token]):
        get = _INFO.get
        infos = [get(t.text) or _info(t.text) for t in tokens]
        self.tokens = tokens
        self.n = len(tokens)
        self.word = [x[0] for x in infos]
        self.norm = [x[1] for x in infos]
        self.normz = [x[2] for x in infos]
        self.key = [x[3] for x in infos]


def _choose(cands: Iterable[gz.Place], want: str | None, level: int) -> gz.Place | None:
    """The best candidate a cue of strength ``level`` (0 none, 1 weak, 2 strong) allows."""
    cands = list(cands)
    if want:
        accept = _CUE_ACCEPTS.get(want, (want,))
        typed = sorted((p for p in cands if p.place_type in accept), key=lambda p: accept.index(p.place_type))
        return typed[0] if typed else None  # «استان خبر» is no province
    for p in cands:
        if p.needs_cue <= level:
            return p
    return None


_CUE_ACCEPTS = {"city": ("city", "port", "county"), "county": ("county",), "province": ("province",),
                "district": ("district",), "rural_district": ("rural_district",),
                "village": ("city", "rural_district"), "port": ("port", "city"), "region": ("region", "province")}


def _mention(text: str, start: int, end: int, place: gz.Place, place_type: str | None = None) -> PlaceMention:
    country = place.country or ("ایران" if place.place_id.startswith("ir:") else None)
    return PlaceMention(start, end, text[start:end], place.name, place_type or place.place_type, place.province,
                        country, place.lat, place.lon, place.place_id)


def _org_before(T: _Toks, i: int) -> bool:
    """Is token i part of an organisation's name that starts a few words before it?"""
    j = i - 1
    steps = 0
    while j >= 0 and steps < _CHAIN_MAX:
        if not T.word[j]:
            if T.tokens[j].text in ("،", ","):  # «اتاق بازرگانی، صنایع، معادن و کشاورزی ایران»
                j -= 1
                steps += 1
                continue
            return False
        w = T.normz[j]
        if (w in ORG_HEADS or T.norm[j] in ORG_HEADS) and not (
                (w in _FAR_ONLY_HEADS and j == i - 1) or (w in _NEAR_ONLY_HEADS and j < i - 1)):
            # «ریاست جمهوری آمریکا», «رئیس جمهوری ترکیه» name an office of a country, not an ORG
            return not (w == "جمهوری" and j and T.normz[j - 1] in ("ریاست", "رئیس", "رییس"))
        if w in _CHAIN_BREAKERS or w in WEAK_CUES or w.endswith(("\u200cها", "\u200cهای")):
            return False
        j -= 1
        steps += 1
    return False


def _named_otherwise(T: _Toks, i: int, end: int, place: gz.Place) -> bool:
    """Is the bare name at tokens[i:end] the name of something else: a news source («به گزارش
    خوزستان», «به نقل از مشهد سر»), a newspaper quoted alone («به « ایران » گفت»), a club
    («مس کرمان»)?"""
    tokens = T.tokens
    prev = T.normz[i - 1] if i else ""
    if prev == "گزارش" or (prev == "از" and i > 1 and T.normz[i - 2] == "نقل"):
        return True
    if prev == "«" and end < T.n and tokens[end].text == "»":
        return True
    return prev in _CLUB_PREFIXES and place.place_type != "country"


def _match_at(T: _Toks, i: int, limit: int) -> tuple[int, tuple[gz.Place, ...]] | None:
    """Longest gazetteer name starting at token i: (end token index, places)."""
    index = gz.index()
    prefixes = gz.key_prefixes()
    parts = gz.max_parts()
    tokens = T.tokens
    best = None
    k = ""
    for n in range(min(MAX_NAME_TOKENS, limit - i)):
        if not T.word[i + n]:
            break
        # tokens of one name sit next to each other, separated by at most one space
        if n and tokens[i + n].start - tokens[i + n - 1].end > 1:
            break
        k += T.key[i + n]
        if k not in prefixes:  # no spelling goes on this way
            break
        hit = index.get(k)
        if hit and parts.get(k, 1) >= n + 1:
            best = (i + n + 1, hit)
    return best


def extract(text: str) -> list[PlaceMention]:
    """Place mentions in ``text`` (offsets into it), in text order, none overlapping."""
    tokens = tokenize(text)
    return _extract(text, _Toks(tokens), _find_enumerations(text, tokens))


def _extract(text: str, T: _Toks, enums: list[Enumeration]) -> list[PlaceMention]:
    tokens = T.tokens
    out: list[PlaceMention] = []
    n = T.n
    taken = [False] * n
    words, norms, normz = T.word, T.norm, T.normz
    stop = _stopwords()

    # industrial towns/areas and zones, and list items (their own spans)
    for enum in enums:
        for item in enum.items:
            ptype = item_type(enum.category)
            if ptype in ("industrial_town", "industrial_area", "special_zone", "village"):
                s, e = item.start, item.start + len(item.item) if text.startswith(item.item, item.start) else item.end
                out.append(PlaceMention(s, e, text[s:e], item.item, ptype, None, "ایران", None, None, None))
                _take(tokens, taken, s, e)
    for m in _industrial_phrases(text, T, taken):
        out.append(m)
        _take(tokens, taken, m.start, m.end)

    # only tokens that are a strong cue or can start a gazetteer name are looked at
    prefixes = gz.key_prefixes()
    keys = T.key
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
            if i + 2 < n and normz[i + 1] in _CUE_ADJ:
                skip = 2  # «شهر مقدس قم», «شهر تاریخی یزد»
            if i + skip < n and not taken[i + skip] and tokens[i + 1].start - tokens[i].end <= 1:
                hit = _match_at(T, i + skip, n)
                if not hit and skip == 2:
                    hit, skip = _match_at(T, i + 1, n), 1
                if hit:
                    end, cands = hit
                    place = _choose(cands, cue_type, 2 if cue_type is None else 3)
                    if place is not None and not _org_before(T, i):
                        found = (i, end, place, None)
                elif (w in OPEN_CUES and words[i + 1] and norms[i + 1] not in stop
                      and normz[i + 1] not in _DIRECTION_ADJ and not _org_before(T, i)):
                    s, e = tokens[i].start, tokens[i + 1].end
                    out.append(PlaceMention(s, e, text[s:e], tokens[i + 1].text, OPEN_CUES[w], None,
                                            "ایران" if w == "روستای" else None, None, None, None))
                    taken[i] = taken[i + 1] = True
                    next_free = i + 2
                    continue
        if found is None:
            hit = _match_at(T, i, n)
            if hit:
                end, cands = hit
                prev = normz[i - 1] if i and words[i - 1] else ""
                level = 1 if prev in WEAK_CUES else 0
                if end - i > 1:
                    level = 2  # a multi-word name is never an everyday word
                place = _choose(cands, None, level)
                nxt = normz[end] if end < n else ""
                if (place is not None and prev not in _PERSON_TITLES and nxt not in _ORG_TAILS
                        and not _named_otherwise(T, i, end, place) and not _org_before(T, i)):
                    found = (i, end, place, None)
                    if place.place_type == "country" and prev == "کشور" and not taken[i - 1] \
                            and tokens[i].start - tokens[i - 1].end <= 1:
                        found = (i - 1, end, place, None)  # «کشور چین»: the NSURL gold spans «کشور»
        if found is None:
            continue
        s_i, e_i, place, forced = found
        if any(taken[s_i:e_i]):
            continue
        s_i = _with_direction(T, taken, s_i)
        s, e = tokens[s_i].start, tokens[e_i - 1].end
        out.append(_mention(text, s, e, place, forced))
        for j in range(s_i, e_i):
            taken[j] = True
        next_free = e_i

    # a list of provinces, counties, cities or countries is itself the cue for its items: «فارس»
    # alone needs one, «استان‌های تهران، اصفهان و فارس» gives it
    for enum in enums:
        ptype = item_type(enum.category)
        if ptype not in ("province", "county", "city", "country"):
            continue
        for item in enum.items:
            if any(m.start < item.end and item.start < m.end for m in out):
                continue
            place = _choose(gz.lookup(item.item), ptype, 3)
            if place is not None:
                out.append(_mention(text, item.start, item.end, place))
    out.sort(key=lambda m: m.start)
    out = _merge_containers(text, out)
    _resolve_provinces(text, out)
    return out


def _merge_containers(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """«شهر حلب سوریه», «استان بابل عراق», «خوزستان ایران»: a place followed directly by the
    country or province that holds it is one mention (the gold spans both); it keeps the first
    place's name and type."""
    out: list[PlaceMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.place_type in ("country", "province") and prev.place_type not in ("country",)
                and prev.place_type not in _NAMED_TYPES and text[prev.end:m.start] == " "
                and (m.place_type == "country" or prev.province in (None, m.name))):
            prev.end = m.end
            prev.text = text[prev.start:prev.end]
            if m.place_type == "country" and not prev.country:
                prev.country = m.name
            continue
        out.append(m)
    return out


_NAMED_TYPES = ("industrial_town", "industrial_area", "special_zone")


def _with_direction(T: _Toks, taken: list[bool], i: int) -> int:
    """«جنوب لبنان», «غرب آسیا», «جنوب غربی تهران», «غرب استان تهران»: the gold spans the
    direction too; the mention starts there."""
    tokens = T.tokens

    def ok(j: int) -> bool:
        return j >= 0 and not taken[j] and T.word[j] and tokens[j + 1].start - tokens[j].end <= 1

    if ok(i - 1) and T.normz[i - 1] in _DIRECTION_ADJ and ok(i - 2) and T.normz[i - 2] in _DIRECTIONS:
        return i - 2
    if ok(i - 1) and T.normz[i - 1] in _DIRECTIONS:
        return i - 1
    return i


_DIRECTION_ADJ = frozenset("غربی شرقی شمالی جنوبی".split())


def _take(tokens: list[Token], taken: list[bool], s: int, e: int) -> None:
    """Mark the tokens overlapping text[s:e] (tokens are sorted and do not overlap)."""
    j = bisect_right(tokens, s, key=_token_end)
    while j < len(tokens) and tokens[j].start < e:
        taken[j] = True
        j += 1


def _token_end(tok: Token) -> int:
    return tok.end


_INDUSTRIAL_FIRSTS = frozenset(h.split()[0] for h, _ in INDUSTRIAL_HEADS)


def _industrial_phrases(text: str, T: _Toks, taken: list[bool]) -> list[PlaceMention]:
    """«شهرک صنعتی X», «ناحیه صنعتی X», «منطقه آزاد X»: the head and a name of up to three words."""
    out = []
    stop = _stopwords()
    tokens, norms = T.tokens, T.norm
    for i in [j for j, w in enumerate(norms) if w in _INDUSTRIAL_FIRSTS]:
        if taken[i]:
            continue
        for head, ptype in INDUSTRIAL_HEADS:
            hw = head.split()
            if taken[i] or norms[i:i + len(hw)] != hw:
                continue
            j = i + len(hw)
            name_end = j
            known = _match_at(T, j, len(tokens)) if j < len(tokens) and not taken[j] else None
            if known and known[0] - j <= 3:
                name_end = known[0]  # «منطقه آزاد انزلی به‌منظور …»: a known name ends where it ends
            while not known and name_end < len(tokens) and name_end - j < 3 and T.word[name_end] and not taken[name_end]:
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
            out.append(PlaceMention(s, e, text[s:e], gz.fold(name), ptype, zone.province if zone else None, "ایران",
                                    zone.lat if zone else None, zone.lon if zone else None, None))
            for k in range(i, name_end):
                taken[k] = True
    return out


_SENTENCE_END = regex.compile(r"[.!?؟\n]")


def _resolve_provinces(text: str, mentions: list[PlaceMention]) -> None:
    """Give mentions without a province (industrial towns, villages) the article's province."""
    provinces = [(m.start, m.province) for m in mentions if m.province and m.country == "ایران"]
    if not provinces:
        return
    for m in mentions:
        if m.province or m.place_type not in ("industrial_town", "industrial_area", "special_zone", "village"):
            continue
        before = [p for p in provinces if p[0] < m.start]
        if before:
            m.province = before[-1][1]
        else:
            m.province = provinces[0][1]


# ------------------------------------------------------------------------------- lists

from .enumerations import find as _find_enumerations, item_type  # noqa: E402


def lists(document_or_text) -> list[Enumeration]:
    """The enumerations of a text (offsets into it) or of a Document's ``text`` (normalized
    offsets; ``annotate`` rebases them)."""
    text = document_or_text if isinstance(document_or_text, str) else document_or_text.text
    return _find_enumerations(text, tokenize(text))


def annotate(document) -> None:
    """Find places and lists in ``document.text`` and append them in original offsets."""
    text = document.text
    # the segmenter's tokens are this tokenizer's tokens of the same text, cut at sentence ends
    # (which never fall inside a token): tokenizing again would be a third of this stage's time
    tokens = [t for s in document.sentences for t in s.tokens] if document.sentences else tokenize(text)
    T = _Toks(tokens)
    enums = _find_enumerations(text, tokens, T.key)
    for m in _extract(text, T, enums):
        document.places.append(document.rebase(m))
    for enum in enums:
        document.lists.append(document.rebase(enum))
