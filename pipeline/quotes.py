"""Who said what: one record per reported statement.

A statement is found from its reporting cue, the verb or phrase that says someone said it:
- direct, after a colon: «استاندار قم در پیامی ... تاکید کرد: صنایع کوچک ...», «پیام حاکی است: ...»,
  and headline style «استاندار قم: صنایع کوچک ...» (a short speaker phrase, then a colon);
- indirect, after «که»: «وزیر گفت که ...»;
- attributed up front: «به گفته وی، ...», «به اعتقاد رئیس سازمان، ...».

The speaker is looked for in the words before the cue, in this order: a person the entities stage
found, a role phrase («استاندار قم», «رئیس اتحادیه ...»), an organisation; a pronoun («وی», «او»,
«این مقام») or the message itself («پیام حاکی است», «در پیام ... آمده است») stands for the last
speaker named. A role that the entities stage attached to a person («اکبر بهنامجو», role «استاندار
قم») resolves to that person. ``reported_by`` is the agency of «به گزارش X» in the same sentence,
else the article's byline agency.

Offsets: ``start``/``end``/``text`` are the statement; ``speaker_start``/``speaker_end`` the words
that name the speaker in that sentence (a pronoun when the speaker was resolved from earlier), all in
original coordinates like every record.
"""
from __future__ import annotations

import regex

from .document import Document, Entity, Quote

__all__ = ["annotate", "Quote"]

_SEP = r"[\s\u200c]*"


def _phrase(words: str) -> str:
    return _SEP.join(regex.escape(w) for w in words.split())


# Reporting verbs, past and present perfect, singular and plural; «اظهارداشت» is how Fars writes it.
_CUES = """گفت|گفتند|افزود|افزودند|اظهار داشت|اظهار داشتند|اظهار کرد|اظهار کردند|تاکید کرد|تأکید کرد
|تاکید کردند|تأکید کردند|خاطرنشان کرد|خاطر نشان کرد|خاطرنشان کردند|تصریح کرد|تصریح کردند|بیان کرد|بیان داشت
|بیان کردند|عنوان کرد|عنوان داشت|عنوان کردند|اعلام کرد|اعلام کردند|ادامه داد|ادامه دادند|یادآور شد|یادآوری کرد
|اضافه کرد|توضیح داد|توضیح دادند|ابراز داشت|ابراز کرد|اذعان کرد|اذعان داشت|مطرح کرد|متذکر شد|یادآور شدند|نوشت
|نوشته است|می گوید|می گویند|گفته است|افزوده است|تاکید کرده است|تأکید کرده است|اعلام کرده است|معتقد است
|اظهار کرده است|بیان کرده است|پاسخ داد|جواب داد|می افزاید|می‌افزاید|ادامه می دهد|تصریح کرده است
|تایید کرد|تأیید کرد|مدعی شد|مدعی است|هشدار داد|هشدار داده است|گفته بود|تاکید داشت|تاکید داشتند|تأکید داشت
|ادعا کرد|اعتراف کرد|اذعان کرده است|فاش کرد|اعتقاد دارد|عقیده دارد|باور دارد|امیدوار است
|ابراز امیدواری کرد|اظهار امیدواری کرد|وعده داد|وعده دادند|پیش بینی کرد|پیش بینی کردند|خبر داد|خبر دادند
|اعلام کرده بود|هشدار دادند|گفته‌اند|می‌گوید|می‌گویند|ابراز خوشبینی کرد|ابراز خوش بینی کرد|ابراز نگرانی کرد
|ابراز تاسف کرد|ابراز تأسف کرد|ابراز خرسندی کرد|تشریح کرد|مدعی شدند|اعلام کرده|گفته|یاد آور شد|یاد آور شدند
|فرمود|فرمودند|پیشنهاد کرد|پیشنهاد کردند|پیشنهاد داد
|بر این باور است|بر این باورند|متعهد شد|متعهد شدند|معتقدند|معتقد بود|معتقد هستند|گزارش داد|گزارش داده است
|گزارش داده|گزارش کرد|فاش کرده است|فاش کرده|اذعان می کند|اظهار داشته بود|ادامه داده است|تبیین کرد
|اظهار نمود|بیان نمود|عنوان نمود|تصریح نمود|اضافه نمود|خاطرنشان ساخت|خاطر نشان ساخت|یادآور گردید""".replace("\n", "").split("|")
# Phrases that quote a written text: the speaker is the author of the message or statement.
_TEXT_CUES = ["آمده است", "آمده", "حاکی است", "ادامه یافته است", "تاکید شده است", "تأکید شده است",
              "اعلام شده است", "عنوان شده است", "اشاره شده است", "ذکر شده است", "افزوده شده است"]
_ALL = sorted(set(_CUES + _TEXT_CUES), key=len, reverse=True)
_CUE = "|".join(_phrase(c) for c in _ALL)

_ANY_CUE = regex.compile(rf"(?<![\w\u200c])(?:{_CUE})(?![\w\u200c])")
# a colon, or straight into quote marks: «وی در گفت‌وگو با بی‌بی‌سی گفت «اگر ...»»
# («سخنان خود را این گونه آغاز کرد:»: opening words said before a colon)
_DIRECT = regex.compile(rf"(?<![\w\u200c])(?P<cue>{_CUE}|اظهارداشت|اظهارکرد|(?:آغاز|شروع){_SEP}کرد(?:ند)?)(?P<gap>\s*[:：]|(?=\s*[«“]))\s*(?P<quote>\S.*)", regex.S)
# «نمی‌توان گفت که», «باید گفت که»: no one is reported, the writer says it
_INDIRECT = regex.compile(rf"(?<![\w\u200c])(?<!توان\s)(?<!باید\s)(?P<cue>{_CUE})\s+که\s+(?P<quote>\S.*)", regex.S)
# A belief or a report said with no «که»: «بواتنگ ... معتقد است زلاتان یک سر و گردن بالاتر است»,
# «نشریه ... خبر داد باشگاه ناپولی مذاکراتش را آغاز کرد» (not «خبر داد از ...», what was announced),
# «وانونو ... گفت تهدید هسته‌ای اسرائیل بزرگتر از ایران است» (not «گفت و گو», nor «قرار گفت», a typo)
# «لاریجانی ... تاکید کرد ایران هرگونه تهدید را نمی‌پذیرد», «وی تصریح کرد، پیشنهاد ...» (a judge of the
# sixth dev draw): the other reporting verbs take a clause with no «که» the same way
_CLAUSE_VERBS = "|".join(_phrase(c) for c in """افزود|تاکید کرد|تأکید کرد|تصریح کرد|خاطرنشان کرد|خاطر نشان کرد
|اظهار داشت|اظهار کرد|عنوان کرد|بیان کرد|یادآور شد|اعلام کرد|مدعی شد|مدعی شدند|ابراز امیدواری کرد
|اظهار امیدواری کرد|پیش بینی کرد|وعده داد""".replace("\n", "").split("|"))
_BELIEF = regex.compile(r"(?<![\w\u200c])(?P<cue>معتقد" + _SEP + r"(?:است|بود|هستند)|معتقدند|(?:اعتقاد|عقیده|باور)" + _SEP
                        + r"دارد|خبر" + _SEP + r"داد|(?<!قرار\s)گفت|گفتند|می" + _SEP + r"گوید|" + _CLAUSE_VERBS
                        + r")(?![\w\u200c])\s*[،,]?\s+(?!(?:که|و|از|روز|همچنین|گو|وگو|به|با|بر)(?![\w\u200c]))"
                        r"(?P<quote>[^\s.،,:؛«\"].{10,})", regex.S)
_UP_FRONT = regex.compile(
    r"^\s*(?:(?:و|همچنین)\s+)?(?P<cue>به" + _SEP + r"(?:گفته|اعتقاد|عقیده|باور|اعلام|نقل" + _SEP + r"از|گزارش)|(?:بر" + _SEP + r"اساس|طبق|براساس)\s+"
    r"(?:اعلام|گزارش|ادعای|اظهارات|مطالعات|نظر)|به" + _SEP + r"نوشته)\s+(?P<who>[^،,:]{2,60}?)\s*[،,]\s*(?P<quote>\S.*)", regex.S)
# The same after «و» inside a sentence: «ضخامت آن ۲۰ میلی‌متر است و به گفته کارشناسان، باریک‌ترین ... است»
_UP_FRONT_AFTER_AND = regex.compile(
    r"(?<=\sو\s)(?P<cue>به" + _SEP + r"(?:گفته|اعتقاد|عقیده|باور))\s+(?P<who>[^،,:]{2,60}?)\s*[،,]\s*(?P<quote>\S.{10,})", regex.S)
# «... با بیان اینکه X، ...»: the statement is the clause after «اینکه», the speaker the sentence's subject.
_WITH_SAYING = regex.compile(
    r"(?<![\w\u200c])(?P<cue>با" + _SEP + r"(?:بیان|اشاره" + _SEP + r"به|تاکید" + _SEP + r"بر|تأکید" + _SEP + r"بر|اعلام|ابراز"
    + _SEP + r"امیدواری" + _SEP + r"از|ابراز|یادآوری|تصریح|توضیح)"
    r"\s+(?:این" + _SEP + r"?که|اینکه|آن" + _SEP + r"?که))\s+(?P<quote>[^،]{8,}?)\s*(?:[،,]|[.!؟?]?\s*$)", regex.S)
# A reporting verb closing the sentence, no colon: «وی علت اصلی ... را بهتر شدن ... دانست.»
_END_CUE = regex.compile(
    r"(?<![\w\u200c])(?P<cue>دانست|دانستند|نامید|نامیدند|برشمرد|برشمردند|خبر" + _SEP + r"داد|خبر" + _SEP + r"دادند|اعلام" + _SEP + r"کرد|اعلام" + _SEP
    + r"کردند|عنوان" + _SEP + r"کرد|ابراز" + _SEP + r"امیدواری" + _SEP + r"کرد|خواستار(?:\s+\S+){0,30}?\s+شد|تکذیب" + _SEP
    + r"کرد|(?:تلقی|ارزیابی|توصیف)" + _SEP + r"(?:کرد|کردند|نمود)|یادآور" + _SEP + r"شد|پیش" + _SEP + r"بینی" + _SEP + r"کرد|هشدار" + _SEP + r"داد|قول" + _SEP + r"داد)"
    r"\s*[.!؟?]?\s*$", regex.S)
# «وی ابراز خوشبینی کرد، با گشایش این بانک ...»: a feeling said, then what it is about after a comma
_FEELING = regex.compile(r"(?<![\w\u200c])(?P<cue>ابراز" + _SEP + r"(?:خوشبینی|خوش" + _SEP + r"بینی|امیدواری|نگرانی|تاسف|تأسف|خرسندی)"
                         + _SEP + r"کرد(?:ند)?)\s*[،,]\s*(?P<quote>\S.{10,})", regex.S)
# Any verb, a colon, then quoted words: the quote marks say someone's words follow
_COLON_QUOTE = regex.compile(r"(?P<verb>[^\s:：«»\"]+)\s*[:：]\s*(?P<quote>[\"«“].{8,})", regex.S)
# A request made of someone: «وی از هواداران خواست که ...», «از کاربرانش خواست تا ...» (the asker opens
# the clause, before «از»)
_ASKED = regex.compile(r"(?<![\w\u200c])از\s+[^.،,:؛«»]{1,60}?\s(?P<cue>خواست(?:ند)?)\s+(?:که|تا)\s+(?P<quote>\S.{8,})", regex.S)
# A demand followed by a clause about it: «خواستار ... شد که ...», «خواستار ... شدند و ...»
_DEMAND = regex.compile(r"(?<![\w\u200c])(?P<cue>خواستار(?:\s+\S+){1,30}?\s+شد(?:ند)?)(?=\s+(?:که|و)\s)", regex.S)
# Cue, then the statement: tried in this order; ``speaker_first``: the cue cannot open the sentence.
_CUE_THEN_STATEMENT = ((_DIRECT, "direct", False), (_INDIRECT, "indirect", False), (_FEELING, "indirect", True),
                       (_BELIEF, "indirect", True))
_JOINED = regex.compile(
    r"(?<![\w\u200c])(?P<cue>دانست|دانستند|نامید|برشمرد|خواند|خواندند|خواستار(?:\s+\S+){0,30}?\s+شد"
    r"|ارزیابی" + _SEP + r"کرد|توصیف" + _SEP + r"کرد)\s+و\s*$", regex.S)
_HEADLINE = regex.compile(r"^\s*(?P<who>[^:：«»\n]{2,60}?)\s*[:：]\s*(?P<quote>\S.*)", regex.S)
_REPORT = regex.compile(r"به" + _SEP + r"گزارش" + r"\s+(?:[^،,:]{0,40}?\s)?(?P<agency>خبرگزاری\s+\S+|ایرنا|ایسنا|ایلنا|تسنیم|مهر|فارس|ایکنا|ایمنا|باشگاه خبرنگاران\s+\S+|\"?ورزش سه\"?)")

_AGENCY_LEAD = regex.compile(r"\s*(?:خبرگزاری|به[\s\u200c]*گزارش|ایرنا|ایسنا|ایلنا|تسنیم|مهر|فارس|ایکنا|ایمنا)(?![\w\u200c])")
_PRONOUNS = regex.compile(
    r"(?<![\w\u200c])(?P<p>این مقام(?:\s+\S+)?|وی|او|ایشان|نامبرده|این مسئول|این مسوول|این"
    r"\s+(?:استاد|کارشناس|نماینده|بازیگر|کارگردان|بازیکن|مربی|سرمربی|مهاجم|هافبک|مدافع|دروازه[\s\u200c]?بان|فعال|نویسنده|"
    r"پژوهشگر|عضو|مدیر|مسئول|مقام|دیپلمات|سیاستمدار|چهره|هنرمند|ورزشکار|قهرمان)(?:\s+\S+){0,2}?)(?=\s)")
_IMPERSONAL = regex.compile(r"(?<![\w\u200c])(?:می|نمی)[\s\u200c]?توان(?![\w\u200c])")
_OPENING_PRONOUN = regex.compile(r"[\s،,]*(?:(?:و|همچنین)\s+)?(?P<p>وی|او|ایشان)(?![\w\u200c])")
_MESSAGE = regex.compile(r"(?<![\w\u200c])(?:پیام|بیانیه|نامه|متن)(?![\w\u200c])")
_ROLE_START = regex.compile(
    r"(?<![\w\u200c])(?:استاندار|فرماندار|بخشدار|شهردار|وزیر|معاون|رئیس|رییس|مدیرکل|مدیر کل|مدیرعامل|مدیر|"
    r"سخنگوی|سخنگو|نماینده|دبیرکل|دبیر|سفیر|رئیس[\s\u200c]?جمهور|سرپرست|مشاور|قائم[\s\u200c]?مقام|فرمانده|"
    r"دادستان|سرمربی|مربی|کاپیتان|بازیکن|مهاجم|هافبک|مدافع|دروازه[\s\u200c]?بان|امام جمعه|نایب[\s\u200c]?رئیس|عضو|"
    r"قهرمان|ملی[\s\u200c]?پوش|پیشکسوت|مسئول|مسوول)"
    r"(?![\w\u200c])")
# Sources named as a group: «به گفته کارشناسان», «نشریات مدعی شدند که», «رسانه‌های آلمانی ... نوشتند»
_GROUP = regex.compile(
    r"(?<![\w\u200c])(?:کارشناسان|نشریات|رسانه" + _SEP + r"(?:ها|های)|روزنامه" + _SEP + r"(?:ها|های)|منابع|ناظران|تحلیلگران|"
    r"تحلیل" + _SEP + r"گران|مقامات|پزشکان|شاهدان|اعضای|مسئولان|مسوولان|فعالان|ساکنان|اهالی)(?![\w\u200c])")
# A role phrase runs from its title to the first word that opens the rest of the clause.
_ROLE_END = regex.compile(r"\s+(?:در|با|ضمن|طی|روز|امروز|دیروز|عصر|صبح|ظهر|شب|که|هم|نیز|همچنین|به|از|بعد|پس|پیش|قبل|درباره|پیرامون|امشب|را|ظرف)(?![\w\u200c])|[،,:(«0-9۰-۹]")


_PREPOSITIONS = {"با", "از", "به", "برابر", "مقابل", "درباره", "علیه", "برای"}
#: heads whose owner is named after them: the speaker is the head's holder, not the owner
_POSSESSED = {"ستاد", "همسر", "وکیل", "پدر", "مادر", "برادر", "خواهر", "پسر", "دختر", "دفتر", "ایجنت", "مدیربرنامه",
              "حامیان", "هواداران", "طرفداران", "خانواده", "مشاور", "سخنگوی", "دستیار"}


#: the dead do not speak in the news: «مراسم تجلیل از قهرمانان تیم هندبال شهید شاهرخ شکوهی» names a
#: team after a martyr, and the official who spoke stands elsewhere in the clause
_DECEASED = {"شهید", "مرحوم", "زنده‌یاد", "شادروان"}  # one word each: the word before the name


def _speaker_in(doc: Document, norm_from: int, norm_to: int, people: list[tuple[int, int, Entity]],
                orgs: list[tuple[int, int, Entity]]):
    """(kind, start, end, entity) of the speaker named in text[norm_from:norm_to], or None."""
    region = doc.text[norm_from:norm_to]

    def governed(s: int) -> bool:
        # «با X», «به تمجید از X»: the object of a preposition is not the subject; nor is the one a
        # campaign, office or relative belongs to («مسئول ستاد کروبی در مازندران افزود»)
        before = region[: s - norm_from].split()
        return bool(before) and (before[-1] in _PREPOSITIONS or before[-1] in _POSSESSED or before[-1] in _DECEASED)

    first = _OPENING_PRONOUN.match(region)
    if first:  # «او درمورد رقابت با مهدی طارمی و گادوین منشا ابراز کرد»: the pronoun opens the clause
        return "pronoun", norm_from + first.start("p"), norm_from + first.end("p"), None
    org = next(((s, e, ent) for s, e, ent in orgs if norm_from <= s and e <= norm_to and s - norm_from <= 30
                and not governed(s)), None)
    for s, e, ent in people:
        if norm_from <= s and e <= norm_to and not governed(s):
            if org is not None and org[1] <= s:
                break  # «روزنامه مارکا در گزارش خود از عملکرد گرت بیل ... گفت»: the body opens the clause
            return "person", s, e, ent
    m = _ROLE_START.search(region)
    if m and m.start() <= 40 and region[:m.start()].endswith(("این ", "همین ")):
        # «این مسئول ادامه داد», «این عضو شورای شهر ...»: the speaker said before, not a new role
        p = _PRONOUNS.search(region, max(0, m.start() - 5))
        if p:
            return "pronoun", norm_from + p.start(), norm_from + p.end(), None
    if m and m.start() <= 40:
        stop = _ROLE_END.search(region, m.end())
        end = stop.start() if stop else len(region)
        end = len(region[:end].rstrip())
        if end - m.start() <= 100 and len(region[m.start():end].split()) <= 10:
            return "role", norm_from + m.start(), norm_from + end, None
    if org is not None:
        return ("org",) + org
    m = _GROUP.search(region)
    if m and m.start() <= 30 and not governed(norm_from + m.start()):
        stop = _ROLE_END.search(region, m.end())
        end = len(region[:stop.start() if stop else len(region)].rstrip())
        if len(region[m.start():end].split()) <= 5:
            return "group", norm_from + m.start(), norm_from + end, None
    m = _PRONOUNS.search(region)
    if m:
        return "pronoun", norm_from + m.start(), norm_from + m.end(), None
    m = _MESSAGE.search(region)
    if m:
        return "message", norm_from + m.start(), norm_from + m.end(), None
    return None


_SURNAME_OPENING = regex.compile(r"[\s،,]*(?:(?:و|همچنین)\s+)?(?P<w>[\w\u200c]+)")


def _surname_opening(doc: Document, norm_from: int, norm_to: int, people):
    """A clause opened by the surname of someone named in full before it («علی‌رضا عرب ...» then
    «عرب همچنین ... اشاره کرد و گفت:»), which the tagger did not mark as a name on its own."""
    m = _SURNAME_OPENING.match(doc.text, norm_from, norm_to)
    if m is None:
        return None
    word = _key(m["w"])
    for s, e, ent in people:
        parts = _key(ent.normalized or ent.text).split()
        if e <= norm_from and len(parts) >= 2 and parts[-1] == word:
            return "person", m.start("w"), m.end("w"), ent
    return None


def _last_clause_subject(doc: Document, norm_from: int, norm_to: int, people, orgs):
    """The speaker that opens the last clause before the cue («پس از انتشار خبر تصمیم او ...،
    نشریات مدعی شدند که ...»): a name, role or group right after the region's last comma or «که»."""
    comma = max(doc.text.rfind("،", norm_from, norm_to), doc.text.rfind(",", norm_from, norm_to))
    # «... جلساتی برگزار کرده که میرمعصوم سهرابی ... گفت»; not a relative clause («نامه‌ای که سازمان لیگ ...»)
    that = doc.text.rfind(" که ", norm_from, norm_to)
    # nor «در پاسخ به این سوال که ...»: the clause is the question put, its names are not the speaker
    if that > comma and not doc.text[norm_from:that].rstrip().endswith(("ی", "سوال", "سؤال", "پرسش")):
        comma = that + 3
    if comma < 0:
        return None
    if doc.text[comma] != " " and any(e == comma and doc.text[:s].split()[-1:] == ["با"] for s, e, _ in people):
        # «علی لاریجانی ... پس از مذاکره با حسنی مبارک، رئیس جمهوری مصر ... گفت»: the comma opens the
        # apposition of the one met, not a new clause (a judge of the sixth dev draw)
        return None
    start = comma + 1
    while start < norm_to and doc.text[start] == " ":
        start += 1
    who = _speaker_in(doc, start, norm_to, people, orgs)
    if who is None or who[0] in ("pronoun", "message") or who[1] != start:
        return None
    return who


def annotate(doc: Document) -> None:
    """Fill ``doc.quotes``."""
    doc.quotes = find(doc)


def _near_person(doc: Document, role_span: tuple[int, int], people) -> Entity | None:
    """The person named right beside a role phrase («محمد صفری دبیر جبهه ...», «استاندار قم، اکبر
    بهنامجو»): within a few characters before or after it."""
    s, e = role_span
    for ps, pe, ent in people:
        gap_after = doc.text[pe:s] if pe <= s else None
        gap_before = doc.text[e:ps] if e <= ps else None
        if gap_after is not None and len(gap_after) <= 3 and not gap_after.strip(" ،,"):
            return ent
        if gap_before is not None and len(gap_before) <= 3 and not gap_before.strip(" ،,"):
            return ent
    return None


def _names_only(doc: Document, norm_from: int, norm_to: int, people) -> bool:
    """Are the words after a headline-style colon only people's names («فجرسپاسی شیراز: فرزان دانا -
    محمد کاظمی - حمید نعمتی»)? A list of scorers or a line-up, no statement."""
    rest = doc.text[norm_from:norm_to]
    for s, e, _ in people:
        if norm_from <= s and e <= norm_to:
            rest = rest[:s - norm_from] + " " * (e - s) + rest[e - norm_from:]
    return not any(w != "و" for w in regex.split(r"[\s\-–،,.]+", rest) if w)


def _key(text: str) -> str:
    return " ".join(text.replace("\u200c", " ").split())


def _statement(text: str, sent_start: int, quote_from: int, quote_to: int | None = None) -> tuple[int, int]:
    end = quote_to if quote_to is not None else sent_start + len(text.rstrip())
    return sent_start + quote_from, end


# «به گزارش خبرگزاری فارس از ...،», «به نقل از روابط عمومی ...،», «به گزارش منابع خبری،»: a credit
# line names the outlet, press office or news sources the text comes from; it is no speaker of what
# follows («بر اساس اعلام منابع خبری کویت، ...» attributes a statement).
_OUTLET = regex.compile(r"(?<![\w\u200c])(?:خبرگزاری|خبرنگار|روابط" + _SEP + r"عمومی|پایگاه|سایت|وب" + _SEP + r"سایت|وبگاه|ورزش" + _SEP
                        + r"سه|ایرنا|ایسنا|ایلنا|تسنیم|ایکنا|ایمنا|فارس|مهر|منابع|نشریه|روزنامه|مجله|هفته" + _SEP + r"?نامه|رسانه"
                        + _SEP + r"(?:ها|های))(?![\w\u200c])")


_CREDIT_LEAD = regex.compile(r"\s*(?:به" + _SEP + r"گزارش|به" + _SEP + r"نقل" + _SEP + r"از)\s+(?P<who>[^،,:]{2,60}?)\s*[،,]")


def _credit_only(m) -> bool:
    cue = m["cue"].replace("\u200c", " ")
    return ("گزارش" in cue or "نقل" in cue) and "اساس" not in cue and "طبق" not in cue and bool(_OUTLET.search(m["who"]))


def _more_statements(text: str, sent_start: int, main) -> list[tuple]:
    """Statements said before the one a sentence's cue introduces, by the same speaker: «وی با بیان
    اینکه X، گفت: Y» and «وی X را عامل Y دانست و گفت: Z» hold two statements each."""
    cue_at = main.start("cue") if main.groupdict().get("cue") else main.start()
    out = []
    m = _WITH_SAYING.search(text, 0, cue_at)
    if m and m.start() > 0 and main.re is not _WITH_SAYING:
        out.append(("indirect", m, sent_start, sent_start + m.start("cue"),
                    _statement(text, sent_start, m.start("quote"), sent_start + m.end("quote"))))
    j = _JOINED.search(text, 0, cue_at)
    if j and not out:
        out.append(("indirect", j, sent_start, sent_start + min(j.start("cue"), 60), None))
    return out


# A talk said to follow, its words given as the paragraphs after it: «X ... صحبت‌هایی را انجام داد»,
# «... گفت‌وگویی انجام داد که در ادامه می‌خوانید» (Varzesh3's interviews, set out under subheads).
_TALK = regex.compile(
    r"(?<![\w\u200c])(?P<cue>صحبت" + _SEP + r"(?:هایی|های|ی)?\s+(?:را\s+)?(?:انجام|مطرح|بیان)" + _SEP + r"(?:داد|داده|کرد|کرده)"
    r"|گفت" + _SEP + r"و" + _SEP + r"گو(?:یی)?\s+(?:را\s+)?(?:انجام" + _SEP + r"داد|داشت|کرد)"
    r"|مصاحبه(?:" + _SEP + r"ای)?\s+(?:را\s+)?(?:انجام" + _SEP + r"داد|داشت|کرد)"
    r"|اظهارات(?:ی)?\s+(?:را\s+)?(?:بیان|مطرح)" + _SEP + r"کرد)(?![\w\u200c])")
# A reporting verb and a colon closing its paragraph: the words are the next paragraph(s).
_CUE_COLON_END = regex.compile(rf"(?<![\w\u200c])(?P<cue>{_CUE}|اظهارداشت|اظهارکرد)\s*[:：]\s*$")
# Words only a speaker uses of themselves: an answer paragraph has at least one.
_FIRST_PERSON = regex.compile(
    r"(?<![\w\u200c])(?:من|ما|مرا|به" + _SEP + r"نظرم|(?:ن?می)" + _SEP + r"\w+(?:م|یم)|\w*(?:هستم|هستیم|بودم|بودیم|کردم|کردیم|دارم|داریم"
    r"|شدم|شدیم|خواهم|خواهیم|دانم|دانیم|توانم|توانیم|دیدم|دیدیم|کنم|کنیم|باشم|باشیم))(?![\w\u200c])")


def _interview_answers(doc: Document, found_all: list) -> list[tuple]:
    """The answer paragraphs after a sentence that says a talk follows: each paragraph in the first
    person up to the next attributed statement or credit line, subheads skipped. Each is a
    statement of the sentence's speaker (resolved from that sentence)."""
    # sentences that open with an attributed statement («وی افزود: ...»): a paragraph starting with
    # one is someone speaking again, not the interviewee's answer
    opened = {q[0].start for q in found_all}
    out = []
    for sent in doc.sentences:
        text = doc.text[sent.start:sent.end]
        colon = _CUE_COLON_END.search(text, max(0, len(text) - 40)) if text.rstrip().endswith((":", "：")) else None
        m = colon or _TALK.search(text)
        if not m or m.start() == 0:
            continue
        if "\n" not in doc.text[sent.end:sent.end + 3]:
            continue  # the talk's words start a new paragraph
        pos = doc.text.find("\n", sent.end)
        said = 0
        while 0 <= pos < len(doc.text):
            start = pos + 1
            end = doc.text.find("\n", start)
            end = len(doc.text) if end < 0 else end
            para = doc.text[start:end].strip()
            pos = end if end < len(doc.text) else -1
            if not para:
                continue
            if para[-1] not in ".!?؟»\"" and len(para) < 90:
                continue  # a subhead
            lead = len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
            if _REPORT.search(para) or start + lead in opened:
                break  # the reporter speaks again, or a speaker is named again
            if not _FIRST_PERSON.search(para) and not (colon and said == 0):
                break  # a colon vouches for the first paragraph; the first person for the others
            said += 1
            out.append((sent, text, "direct", m, sent.start, sent.start + m.start("cue"),
                        (start + lead, start + lead + len(para))))
    return out


#: how far (characters) a subjectless reporting verb may follow the statement whose speaker it goes on with
_CARRIED_SPEAKER = 400


def find(doc: Document) -> list[Quote]:
    def norm_span(ent: Entity) -> tuple[int, int, Entity]:
        s, e = doc.to_normalized(ent.start, ent.end)
        return s, e, ent

    people = sorted((norm_span(e) for e in doc.entities if e.label == "PER"), key=lambda x: x[0])
    orgs = sorted((norm_span(e) for e in doc.entities if e.label == "ORG"), key=lambda x: x[0])
    role_of: dict[str, Entity] = {}
    for _, _, ent in people:
        if ent.role:
            role_of.setdefault(_key(ent.role), ent)
    agency = doc.agency

    found_all = []  # (sentence, mode, match, region_from, region_to, quote span)
    for si, sent in enumerate(doc.sentences):
        text = doc.text[sent.start:sent.end]
        found = None
        m = _UP_FRONT.match(text) or _UP_FRONT_AFTER_AND.search(text)
        if m and _credit_only(m):
            m = None
        own = _ANY_CUE.search(m["quote"]) if m and _OUTLET.search(m["who"]) else None
        if own:
            # «به نوشته وبگاه عربی ۲۱، طلعت فهمی ... را تأیید کرد»: the outlet credits; the clause's
            # subject, before its own reporting verb, said it
            found = ("indirect", m, sent.start + m.start("quote"), sent.start + m.start("quote") + own.start(),
                     _statement(text, sent.start, m.start("quote")))
        elif m:
            found = ("direct" if "«" in m["quote"][:2] else "indirect", m, sent.start + m.start("who"),
                     sent.start + m.end("who"), _statement(text, sent.start, m.start("quote")))
        for pattern, mode, speaker_first in _CUE_THEN_STATEMENT:
            if found:
                break
            m = pattern.search(text)
            if m and (m.start() > 0 or not speaker_first):
                found = (mode, m, sent.start, sent.start + m.start("cue"), _statement(text, sent.start, m.start("quote")))
        if not found:
            m = _ASKED.search(text)
            if m and m.start() > 0:
                found = ("indirect", m, sent.start, sent.start + m.start(), _statement(text, sent.start, m.start("quote")))
        if not found:
            m = _WITH_SAYING.search(text)
            if m and m.start() > 0:
                found = ("indirect", m, sent.start, sent.start + m.start("cue"),
                         _statement(text, sent.start, m.start("quote"), sent.start + m.end("quote")))
        if not found:
            m = _HEADLINE.match(text)
            if m and len(m["who"].split()) <= 5 and not _AGENCY_LEAD.match(m["who"]) and (_ROLE_START.search(m["who"]) or any(
                    sent.start + m.start("who") <= s and e <= sent.start + m.end("who") + 1 for s, e, _ in people + orgs)) \
                    and not _names_only(doc, sent.start + m.start("quote"), sent.start + len(text.rstrip()), people):
                found = ("direct", m, sent.start + m.start("who"), sent.start + m.end("who"),
                         _statement(text, sent.start, m.start("quote")))
        if not found:
            m = _END_CUE.search(text)
            if m:
                # the speaker opens the sentence: the statement is what lies between them and the verb
                found = ("indirect", m, sent.start, sent.start + min(m.start("cue"), 60), None)
        if not found:
            m = _COLON_QUOTE.search(text)
            if m and m.start() > 0:  # «دروگبا ... کنایه‌ای هم به او زد:" ..."»: a verb, a colon, quoted words
                found = ("direct", m, sent.start, sent.start + m.start("verb"), _statement(text, sent.start, m.start("quote")))
        if not found:
            m = _DEMAND.search(text)
            if m:  # «شایق خواستار اصلاح ساختار ... شد که در توسعه ... موثر خواهد بود»
                found = ("indirect", m, sent.start, sent.start + min(m.start("cue"), 60), None)
        if found:
            found_all.append((sent, text) + found)
            found_all.extend((sent, text) + extra for extra in _more_statements(text, sent.start, found[1]))

    answers = _interview_answers(doc, found_all)
    if answers:
        found_all = sorted(found_all + answers, key=lambda f: f[6][0] if f[6] else f[0].start)

    rows = []  # (kind, speaker span, entity, role text, match, mode, quote span, sentence, report)
    last: tuple[str, str | None] | None = None
    last_end = 0
    for sent, text, mode, m, region_from, region_to, qspan in found_all:
        colon = doc.text.rfind(":", region_from, region_to)
        if colon >= 0:  # «خبرگزاری فارس: جمعی از کشاورزان ... اعلام کردند: ...»: the speaker follows the colon
            region_from = colon + 1
        report = _REPORT.search(text)
        if report and sent.start + report.end() <= region_to:
            region_from = max(region_from, sent.start + report.end())
        credit = _CREDIT_LEAD.match(doc.text, region_from, region_to)
        if credit and _OUTLET.search(credit["who"]):
            region_from = credit.end()  # «به نقل از فارس، وی ... گفت»: the outlet credits, «وی» speaks
        saying = _WITH_SAYING.search(doc.text, region_from, region_to)
        if saying and saying.start("cue") > region_from:
            region_to = saying.start("cue")  # «وی با یادآوری اینکه توهین به پیامبر ...، گفت»: the subject comes first
        if _IMPERSONAL.search(doc.text, max(region_from, doc.text.rfind("،", region_from, region_to) + 1), region_to):
            continue  # «... را می‌توان سه مرد خط میانی دانست»: the writer's own judgement
        who = _last_clause_subject(doc, region_from, region_to, people, orgs) \
            or _speaker_in(doc, region_from, region_to, people, orgs) \
            or _surname_opening(doc, region_from, region_to, people)
        if who is None and mode == "direct" and last is not None and 0 <= region_from - last_end < _CARRIED_SPEAKER \
                and m.groupdict().get("cue") and region_to - region_from < 80:
            # «... . در ادامه تصریح کرد: ...»: a reporting verb with no subject goes on with the speaker
            # of the statement just before it
            who = ("pronoun", region_to, region_to, None)
        if who is None:
            continue
        kind, s, e, ent = who
        inner = regex.match(r"خواستار\s+(.*\S)\s+شد(?:ند)?$", m["cue"], regex.S) if qspan is None else None
        if inner:  # «خواستار تعویق افتتاح بیمارستان ... شد»: the demand is inside the cue
            qspan = (sent.start + m.start("cue") + inner.start(1), sent.start + m.start("cue") + inner.end(1))
        if qspan is None:  # an end cue: the statement runs from after the speaker to the verb
            q_from = e
            while q_from < sent.start + m.start("cue") and doc.text[q_from] in " ،,":
                q_from += 1
            if sent.start + m.start("cue") - q_from < 8:
                continue
            q_to = sent.start + m.start("cue")
            while q_to > q_from and doc.text[q_to - 1] in " ،,\u200c":
                q_to -= 1
            qspan = (q_from, q_to)
        name, role = doc.text[s:e], None
        if kind == "person":
            name, role = ent.normalized or ent.text, ent.role
        elif kind == "role":
            role = name
            person = role_of.get(_key(name)) or _near_person(doc, (s, e), people)
            if person is not None:
                name = person.normalized or person.text
                kind = "person"
        elif kind in ("pronoun", "message"):
            if last is None:
                continue
            name, role = last
        elif kind == "org":
            name = ent.normalized or ent.text
        last, last_end = (name, role), qspan[1]
        rows.append([kind, s, e, name, role, m, mode, qspan, report, sent.start])

    # «لروند» after «علی‌محمد لروند»: a surname or short form is the fuller name said in the article
    full_names = {_key(ent.normalized or ent.text) for _, _, ent in people}
    for r in rows:
        if r[0] in ("person", "pronoun", "message"):  # a pronoun took the name the row before it had
            short = _key(r[3])
            longer = [f for f in full_names if f != short and f.endswith(" " + short)]
            if len(longer) == 1:
                r[3] = next(ent.normalized or ent.text for _, _, ent in people
                            if _key(ent.normalized or ent.text) == longer[0])

    # A role the article never ties to a name in place («امام جمعه ایوان گفت: …» in the lead, «علی‌محمد
    # لروند … افزود» below) is the article's one named speaker, when it has exactly one.
    named = {r[3] for r in rows if r[0] == "person"}
    if len(named) == 1:
        only = next(iter(named))
        role_of_only = next((r[4] for r in rows if r[0] == "person" and r[4]), None)
        for r in rows:
            if r[0] == "role":
                r[4] = r[4] or role_of_only
                r[3] = only
                r[0] = "person"
        # pronouns resolved to a role before the name was known follow it too
        roles = {r[4] for r in rows if r[4]}
        for r in rows:
            if r[3] in roles:
                r[3] = only
    else:
        # several named speakers: a role is the nearest named speaker before it (else after it)
        # whose office the article does not give («عبدالله ایزدپناه ... اظهار کرد» then «فرماندار
        # مسجدسلیمان ... عنوان کرد»)
        for k, r in enumerate(rows):
            if r[0] != "role":
                continue
            role_text = r[3]
            around = [x for x in reversed(rows[:k])] + rows[k + 1:]
            person = next((x for x in around if x[0] == "person" and not x[4]), None)
            if k + 1 < len(rows) and rows[k + 1][0] == "person" and all(x[3] != rows[k + 1][3] for x in rows[:k]):
                # «مدیرکل راه ... بیان داشت: ... . حسن احمدی‌نوری افزود: ...»: the name said next,
                # new to the article, is the official's
                person = rows[k + 1]
            if person is not None:
                r[0], r[3] = "person", person[3]
                for x in rows[k + 1:]:  # «وی» after the role
                    if x[0] in ("pronoun", "message") and x[3] == role_text:
                        x[3] = person[3]

    out: list[Quote] = []
    for kind, s, e, name, role, m, mode, (q_from, q_to), report, sent_start in rows:
        qs, qe = doc.to_original(q_from, q_to)
        ss, se = doc.to_original(s, e)
        if m.groupdict().get("cue"):
            cs, ce = doc.to_original(sent_start + m.start("cue"), sent_start + m.end("cue"))
            cue_text = doc.original[cs:ce]
        else:
            cue_text = ":"
        reported_by = report["agency"].strip('"') if report else agency
        out.append(Quote(start=qs, end=qe, text=doc.original[qs:qe], speaker=name, speaker_role=role,
                         speaker_start=ss, speaker_end=se, speaker_text=doc.original[ss:se], cue=cue_text,
                         direct=mode == "direct", reported_by=reported_by or None))
    out.sort(key=lambda q: (q.start, q.end))  # a sentence's earlier statement is found after its main one
    return out
