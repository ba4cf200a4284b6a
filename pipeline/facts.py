"""What each number measures: one fact per number mention that counts or measures something.

«گفتنی است ۴۱ درصد اقتصاد قم متعلق به بخش صنعت است» → a fact: value 41, unit درصد, measure «اقتصاد
قم», subject قم. The measure is read from the words around the number, by its kind:
- a percentage measures the noun phrase after «درصد» (after «از» when it is «۹۸ درصد از صنایع»);
- a count or amount with a unit measures the unit and the adjectives that follow it («۲ هزار واحد
  صنعتی» → «واحد صنعتی»); a count of people («۵۰ هزار نفر») measures the noun phrase the count is
  attached to by «برای/از/به» on its left («ظرفیت اشتغال برای بیش از ۵۰ هزار نفر» → «ظرفیت
  اشتغال»), and money («وام ۱۶۰ میلیونی», «۵۰ هزار تومان قیمت سکه») the noun beside it;
- an ordinal measures the rank word before it and what the rank is in («رتبه ششم کشور از نظر
  اشتغال صنعتی» → «رتبه ... اشتغال صنعتی»).
The subject is the place (or else the organisation) named nearest before the number in its
sentence, else after it, else the article's dateline. ``time`` is a date stated in the same sentence,
else the article's date. ``direction`` is up/down when the number is a change («افزایش ۲۰ درصدی»,
«کاهش ۵۰ هزار تومانی»). ``list_index`` ties the count a list announces to that list.

Dates, times, identifiers and bare cardinals are not facts: they locate or name, they do not
measure.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .document import Document, Fact, NumberMention, Token
from .persian.agencies import AGENCIES_AMBIGUOUS, AGENCIES_SURE

#: the reporting agency is never what a fact is about («به گزارش خبرگزاری فارس، ۲۱ کشور …»)
AGENCY_WORDS = frozenset(AGENCIES_SURE | AGENCIES_AMBIGUOUS)
NEWS_OUTLETS = frozenset({"ورزش سه", "گاردین", "نیویورک تایمز", "بی بی سی", "الشرق الاوسط", "توانا"})

__all__ = ["annotate", "Fact"]

MEASURED_KINDS = {"quantity", "money", "percent", "ordinal"}

# Words a measure's noun phrase never runs across: verbs and copulas, prepositions, conjunctions,
# pronouns and demonstratives at its edge, punctuation.
_STOP = set("""
از در به با برای تا که و یا را هم نیز این آن همین همان است بود شد شده شود می نمی هست نیست هستند
باشد بوده دارد دارند داشت داشته کرد کرده کند کنند گرفت گرفته گفت افزود متعلق مربوط وجود قرار اختصاص
طی ضمن بر روی زیر بین میان پس پیش قبل بعد حدود نزدیک بیش کمتر بیشتر حداقل حداکثر بالغ
تاکنون اکنون هم‌اکنون هماکنون امروز امسال هنوز فقط تنها حدودا تقریبا همچنین
. ، , : ؛ ; ( ) « » " ! ? ؟ - –
""".split())
_DEMONSTRATIVES = {"این", "آن", "همین", "همان"}
_ORDINAL_WORDS = set("اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم نخست آخر".split())
# Nouns that make a verb with the word after them («تشکیل داده», «وارد بازار شد», «راهی کردان
# شد»): a measure stops before them.
_VERB_NOUNS = set("""
تشکیل وارد راهی برگزار اعلام هشدار منتشر اجرا انجام ایجاد برخوردار مواجه تبدیل صادر دست پیدا مشغول
اختصاص قرار ثبت‌نام ثبت نام شرکت حضور دریافت پرداخت کسب تحویل واگذار افتتاح آغاز شروع خارج داخل
""".split())
# Units that measure rather than count: what they measure is named before the number («ضخامت
# آن ۲۰ میلی‌متر», «نمایشگر ۱۰ اینچی», «هارد دیسک ۱۶۰ گیگابایتی»), not by the unit.
_MEASURE_UNITS = set("""
متر کیلومتر سانتیمتر میلیمتر اینچ مترمکعب مکعب مربع لیتر گرم کیلوگرم کیلو تن هکتار گیگابایت مگابایت ترابایت
مگاپیکسل مگاوات کیلووات درجه روز ماه سال هفته ساعت دقیقه ثانیه دهه قرن
""".split())
#: places a fact can be about; industrial towns and areas are list items, not subjects
_SUBJECT_TYPES = {"country", "province", "county", "city", "district", "rural_district", "village", "region"}
_PEOPLE_UNITS = {"نفر", "تن", "نفری", "نفره"}
_RANK_WORDS = {"رتبه", "مقام", "جایگاه", "رده", "ردیف", "سکوی"}
_RANK_IN = {"نظر", "زمینه", "حوزه", "بخش", "لحاظ", "حیث"}
_LINKS = {"برای", "از", "به", "با"}
_UP = {"افزایش", "رشد", "بالا", "ارتقا", "ارتقای", "افزوده", "بیشتر", "صعود", "جهش"}
_DOWN = {"کاهش", "افت", "کم", "کمتر", "پایین", "نزول", "سقوط", "کسری", "تنزل"}


def _bare(word: str) -> str:
    return word.replace("\u200c", "")


def _phrase(tokens: list[Token], i: int, step: int, limit: int, place_tokens: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """Token range [a, b] of the noun phrase starting at ``i`` and running in direction ``step``."""
    j, taken = i, []
    while 0 <= j < len(tokens) and len(taken) < limit:
        w = tokens[j].text
        inner = w in _DEMONSTRATIVES and taken and 0 <= j + step < len(tokens) and \
            _bare(tokens[j + step].text) not in _STOP  # «صنایع این استان»: inside a phrase, not at its edge
        if not inner and (_bare(w) in _STOP or w in _STOP or w[:1].isdigit() or w.startswith("می")):
            break
        if step > 0 and taken and (w in _VERB_NOUNS or _bare(w) in _UP or _bare(w) in _DOWN
                                   or j in place_tokens or w in _ORDINAL_WORDS):
            break  # «جلسه تشکیل داده», «سکه کاهش»: a compound verb's noun, a change, a place, a rank
        if not taken and w in ("یک", "يك"):
            j += step  # «یک نمایشگر»: the article, not the measure
            continue
        taken.append(j)
        if len(taken) >= 2 and tokens[taken[-2]].text in _DEMONSTRATIVES:
            break  # «این استان» closes the phrase: what follows is the predicate
        j += step
    if not taken:
        return None
    return (min(taken), max(taken))


def _number_tokens(tokens: list[Token], starts: list[int], start: int, end: int) -> tuple[int, int]:
    first = max(0, bisect_right(starts, start) - 1)
    if tokens and tokens[first].end <= start:
        first += 1
    last = max(first, bisect_left(starts, end) - 1)
    return first, last


def _measure(n: NumberMention, tokens: list[Token], first: int, last: int,
             place_tokens: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    after = last + 1
    if n.kind == "percent":
        if tokens[last].text.replace("\u200c", "").endswith("درصدی") and first > 0:
            j = first - 1  # «پیشرفت ۹۵ درصدی», «رشد ۷/۳ درصدی»: the change or state is named before
            if _bare(tokens[j].text) == "از":
                j -= 1
            left = _phrase(tokens, j, -1, 1) if j >= 0 else None
            if left:
                return left
        if after < len(tokens) and tokens[after].text == "از":
            after += 1
        return _phrase(tokens, after, 1, 4)  # «۴۱ درصد اقتصاد قم»: the place belongs to what is shared
    if n.kind == "ordinal":
        if first > 0 and tokens[first - 1].text in _RANK_WORDS:
            rank = first - 1
            for j in range(after, min(after + 4, len(tokens) - 1)):
                if tokens[j].text in _RANK_IN:
                    tail = _phrase(tokens, j + 1, 1, 3)
                    if tail:
                        return (rank, tail[1])
            return (rank, rank)
        return None
    unit = (n.unit or "").replace("\u200c", "")
    if n.kind == "money" and first > 0 and _bare(tokens[first - 1].text) not in _STOP:
        left = _phrase(tokens, first - 1, -1, 2)  # «با هزینه ۱.۲ میلیارد ریال», «قیمت طلا ۸۹ دلار»
        if left:
            return left
    if n.kind == "quantity" and unit.split(" ")[0] in _MEASURE_UNITS | {"مکعب", "مربع"}:
        j = first - 1
        if j >= 0 and _bare(tokens[j].text) in {"آن", "این"}:
            j -= 1  # «ضخامت آن ۲۰ میلی‌متر»
        left = _phrase(tokens, j, -1, 2) if j >= 0 else None
        if left:
            return left
    if n.kind == "quantity" and unit in _PEOPLE_UNITS or n.kind == "money":
        j = first - 1
        while j >= 0 and (_bare(tokens[j].text) in {"بیش", "از", "حدود", "نزدیک", "به", "کمتر", "بالغ", "بر"}):
            if tokens[j].text in _LINKS and j - 1 >= 0 and _bare(tokens[j - 1].text) not in _STOP:
                break
            j -= 1
        if j >= 0 and tokens[j].text in _LINKS:
            left = _phrase(tokens, j - 1, -1, 2)
            if left:
                return left
        if n.kind == "money":
            right = _phrase(tokens, after, 1, 2, place_tokens)
            if right:
                return right
            return _phrase(tokens, first - 1, -1, 2)
        # «هفت نفر عضو اصلی»: who the people are follows the count
        return _phrase(tokens, after, 1, 2, place_tokens)
    if n.kind == "quantity":
        # the unit is the last token of the mention; adjectives after it belong to the measure
        tail = _phrase(tokens, after, 1, 2, place_tokens)
        return (last, tail[1]) if tail else (last, last)
    return None


def _standing(tokens: list[Token], last: int) -> bool:
    """«ماینس با ۳۱ امتیاز ششم است», «در رده هفدهم قرار دارد»: an ordinal that is a standing."""
    nxt = tokens[last + 1].text if last + 1 < len(tokens) else ""
    return nxt in ("است", "شد", "شده", "بود", "قرار", "ایستاد", "ایستاده", "هستند", "شدند")


def _direction(tokens: list[Token], first: int, last: int) -> str | None:
    for j in range(max(0, first - 3), min(len(tokens), last + 4)):
        w = _bare(tokens[j].text)
        if w in _UP:
            return "up"
        if w in _DOWN:
            return "down"
    return None


def _subject_candidates(doc: Document) -> list[tuple[int, int, str, str | None]]:
    """(start, end, name, id) of what a fact can be about: places of an administrative kind, and the
    people and organisations the entities stage found, but never the news agency reporting it."""
    out = [(p.start, p.end, p.name, p.place_id) for p in doc.places if p.place_type in _SUBJECT_TYPES]
    taken = [(s, e) for s, e, _, _ in out]
    for e in doc.entities:
        if e.label not in ("PER", "ORG") or any(s < e.end and e.start < t for s, t in taken):
            continue
        name = e.normalized or e.text
        words = name.replace("خبرگزاری", " ").replace("باشگاه خبری", " ").split()
        if any(w in AGENCY_WORDS for w in words) or name in NEWS_OUTLETS:
            continue
        out.append((e.start, e.end, name, getattr(e, "entity_id", None)))
    return sorted(out)


def _subject(n: NumberMention, in_sentence, dateline: str | None):
    """The place, person or organisation named nearest before the number in its sentence (else the
    first after it, else the dateline): «آگسبورگ با ۱۵ امتیاز», «پل پوگبا ۱۹ ساله», «۴۱ درصد اقتصاد
    قم». ``in_sentence``: the candidates of the number's sentence."""
    in_sent = [c for c in in_sentence if not (c[0] < n.end and n.start < c[1])]
    before = [c for c in in_sent if c[1] <= n.start]
    chosen = before[-1] if before else (in_sent[0] if in_sent else None)
    if chosen is not None:
        return chosen[2], chosen[3]
    return (dateline or None), None


def annotate(doc: Document) -> None:
    """Fill ``doc.facts``."""
    doc.facts = find(doc)


def find(doc: Document) -> list[Fact]:
    places = sorted(doc.places, key=lambda p: p.start)
    dates = sorted((m for m in doc.numbers if m.kind == "date"), key=lambda m: m.start)
    date_starts = [m.start for m in dates]
    dateline = doc.dateline
    article_date = doc.published.date if doc.published else None
    candidates = _subject_candidates(doc)
    # places in normalized offsets, once per document (not once per number)
    place_norm: list[tuple[int, int]] = []
    for ps, pe in sorted(doc.to_normalized(p.start, p.end) for p in places):
        if place_norm and ps < place_norm[-1][1]:  # nested or crossing places: one stretch
            place_norm[-1] = (place_norm[-1][0], max(place_norm[-1][1], pe))
        else:
            place_norm.append((ps, pe))
    place_starts = [s for s, _ in place_norm]
    cand_starts = [c[0] for c in candidates]
    per_sentence: dict[int, tuple] = {}  # what every number of a sentence shares, worked out once

    def sentence_facts(si: int) -> tuple:
        if si not in per_sentence:
            sent = doc.sentences[si]
            tokens = sent.tokens
            place_tokens = frozenset(k for k, tok in enumerate(tokens)
                                     if (at := bisect_right(place_starts, tok.start) - 1) >= 0
                                     and tok.start < place_norm[at][1])
            s_start, s_end = doc.to_original(sent.start, sent.end)
            in_sentence = candidates[bisect_left(cand_starts, s_start):bisect_left(cand_starts, s_end)]
            per_sentence[si] = (sent, tokens, [t.start for t in tokens], place_tokens, s_start, s_end, in_sentence)
        return per_sentence[si]

    out: list[Fact] = []
    for n in doc.numbers:
        if n.kind not in MEASURED_KINDS:
            continue
        si = doc.sentence_index(n.start)
        if si < 0:
            continue
        sent, tokens, starts, place_tokens, s_start, s_end, in_sentence = sentence_facts(si)
        ns, ne = doc.to_normalized(n.start, n.end)
        first, last = _number_tokens(tokens, starts, ns, ne)
        span = _measure(n, tokens, first, last, place_tokens)
        if n.kind == "ordinal" and span is None and not _standing(tokens, last):
            continue  # «نیمه دوم», «گل هفتم»: an ordinal that says which one measures nothing
        listed = next((i for i, lst in enumerate(doc.lists, start=1) if lst.stated_count is not None
                       and lst.stated_count == n.value and lst.start <= n.start <= lst.end), None)
        if span and listed is not None and doc.lists[listed - 1].items:
            # «هفت شهرک صنعتی شکوهیه، …»: the measure stops where the items begin
            first_item = doc.to_normalized(doc.lists[listed - 1].items[0].start, doc.lists[listed - 1].items[0].end)[0]
            b = span[1]
            while b > span[0] and tokens[b].start >= first_item:
                b -= 1
            span = (span[0], b)
        measure = m_start = m_end = None
        if span:
            a, b = span
            m_start, m_end = doc.to_original(tokens[a].start, tokens[b].end)
            measure = doc.original[m_start:m_end]
            if b - a >= 3 and n.kind == "ordinal":  # «رتبه ششم کشور از نظر اشتغال صنعتی»: rank … field
                rank_end = doc.to_original(tokens[a].start, tokens[a].end)[1]
                measure = doc.original[m_start:rank_end] + " … " + doc.original[
                    doc.to_original(tokens[b - 1].start, tokens[b].end)[0]:m_end]
        subject, subject_id = _subject(n, in_sentence, dateline)
        at = bisect_left(date_starts, s_start)
        when = dates[at] if at < len(dates) and dates[at].start < s_end else None
        time = (when.date or when.jalali) if when else article_date
        list_index = listed
        confidence = 0.8 if measure else 0.4
        out.append(Fact(start=n.start, end=n.end, text=n.text, kind=n.kind, value=n.value, value_max=n.value_max,
                        unit=n.unit, qualifier=n.qualifier, measure=measure, measure_start=m_start,
                        measure_end=m_end, subject=subject, subject_id=subject_id, time=time,
                        direction=_direction(tokens, first, last), list_index=list_index, confidence=confidence))
    return out
