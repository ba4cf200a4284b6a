"""Numbers, quantities, money, percentages, ranges and Jalali dates in Persian news text.

``extract(text)`` reads raw scraped text (Arabic ي/ك, Arabic-Indic digits, dropped ZWNJ) as well as
the normalizer's output, and returns NumberMention records with offsets into ``text``.
``annotate(doc)`` runs it on ``doc.text`` and stores the records in original coordinates.

How it reads: one regex pass cuts the text into tokens (digit groups, words cut at ZWNJ, single
punctuation marks). Each distinct token string is classified once (cached): a digit number, a number
word (split into morphemes, so «سههزار» reads and «صدرا» does not), a Jalali or Gregorian month, a
weekday. A small recursive-descent reader then starts at every number-like token and reads the
longest expression: the number with its scale words, a fraction, an ordinal, the unit that follows,
a range or a list sharing a unit, a qualifier before or after it, or a date.

Conventions:
- ``jalali`` is ``1402-05-21``, ``--05-21`` (no year), ``1397-07`` (month), ``--07`` (month, no year)
  or ``1399`` (year); ranges fill ``jalali_end``. ``date``/``date_end`` are Gregorian ISO days, the
  first and last day for a month, season or year, and only when the year is written: a yearless date
  stays yearless, whatever «امسال» says. Two-digit years use a fixed pivot (۰۰-۲۰ -> 1400s, ۲۱-۹۹ ->
  1300s), never today's date. Gregorian dates fill ``date`` only; Hijri lunar dates are date
  mentions without conversion.
- A weekday on its own («روز دوشنبه») is a date mention with ``weekday`` (ISO, Monday = 1) and no
  ``jalali``; followed by a date, the two are one mention.
- ``unit`` is the currency, «درصد» («واحد درصد» for percentage points), or the counted noun as
  written (normalized letters, adjectival «ی»/«‌ای» and ZWNJ plural suffixes removed). An amount with
  a scale word and a money word nearby («وام ۱۶۰ میلیونی») is ``money`` with ``unit`` None.
- Labels («ماده ۱۰», «فاز ۱۱», «دقیقه ۴۱») and clock times («۹ صبح») are cardinals without a unit;
  identifiers (codes, phone numbers, URLs, «F-16», «هتل4ستاره») are not read.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import jalali
from .document import NumberMention
from .number_words import WordNumber, analyse, ascii_digits, compose, is_scale, key, place

__all__ = ["extract", "annotate", "NumberMention"]

# ---------------------------------------------------------------- lexicons (keys: see number_words.key)

JALALI_MONTHS = {name: i + 1 for i, name in enumerate(jalali.JALALI_MONTHS)}
JALALI_MONTHS["امرداد"] = 5
# Month names that are also everyday words («تیر» shot, «مهر» seal/kindness, «دی», «آذر» names):
# read only with a day, a year or «ماه».
_AMBIGUOUS_MONTHS = {"تیر", "مهر", "دی", "آذر"}
GREGORIAN_MONTHS = {
    "ژانویه": 1, "ژانویهی": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "آپریل": 4, "مه": 5, "می": 5,
    "ژوئن": 6, "جون": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "اگوست": 8, "سپتامبر": 9,
    "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}
WEEKDAYS = {"دوشنبه": 1, "سهشنبه": 2, "چهارشنبه": 3, "پنجشنبه": 4, "پنچشنبه": 4, "جمعه": 5,
            "شنبه": 6, "یکشنبه": 7}
_WEEKDAY_PREFIX = {1: 7, 2: 1, 3: 2, 4: 3, 5: 4}  # «یک شنبه», «دو شنبه»… written with a space
_NOT_A_FRIDAY = {"نماز", "امام", "امامت", "ائمه", "خطبه", "خطبههای", "خطیب", "خطبای", "نمازهای", "اقامه"}

CURRENCIES = {
    "تومان": "تومان", "تومن": "تومان", "ریال": "ریال", "دلار": "دلار", "یورو": "یورو",
    "درهم": "درهم", "پوند": "پوند", "روبل": "روبل", "لیر": "لیر", "لیره": "لیره", "یوان": "یوان",
    "دینار": "دینار", "فرانک": "فرانک", "روپیه": "روپیه", "وون": "وون", "ین": "ین", "منات": "منات",
    "افغانی": "افغانی", "رینگیت": "رینگیت", "کرون": "کرون", "شیلینگ": "شیلینگ", "سنت": "سنت",
    "ریالی": "ریال", "تومانی": "تومان", "دلاری": "دلار", "یورویی": "یورو",
    "درهمی": "درهم", "پوندی": "پوند", "دیناری": "دینار", "یوانی": "یوان", "روبلی": "روبل",
}
# «همت» = هزار میلیارد تومان; «میلیارد تومانی»… are handled as scale + currency.
_MONEY_ABBREVIATIONS = {"همت": (1e12, "تومان"), "همتی": (1e12, "تومان")}
PERCENT = {"درصد", "درصدی", "%", "٪", "درصدي", "درصدش", "درصدشان"}
# Units written with the adjectival «ی» that should be reported bare (نفری -> نفر).
_SUFFIXED_UNITS = {
    "نفری": "نفر", "تنی": "تن", "ساله": "ساله", "متری": "متر", "کیلومتری": "کیلومتر", "هکتاری": "هکتار",
    "مگاواتی": "مگاوات", "کیلویی": "کیلو", "لیتری": "لیتر", "واحدی": "واحد", "روزه": "روزه",
    "ماهه": "ماهه", "هزاری": "هزار", "برابری": "برابر", "میلیونی": "میلیون", "میلیاردی": "میلیارد",
    "عددی": "عدد", "دستگاهی": "دستگاه", "تختخوابی": "تختخواب", "کیلوگرمی": "کیلوگرم", "طبقه": "طبقه",
}

# (keys before the number) -> qualifier; longest match wins.
_QUALIFIERS: dict[tuple[str, ...], str] = {}
for _q, _phrases in {
    "approx": ["حدود", "حدودا", "درحدود", "در حدود", "نزدیک به", "نزدیک", "قریب به", "قریب", "بالغ بر",
               "در مرز", "مرز", "تقریبا", "حدوداً", "تقریباً", "حول و حوش", "چیزی حدود", "چیزی در حدود",
               "به طور تقریبی", "بطور تقریبی", "تا مرز", "به مرز", "نزدیک به به", "رقمی حدود",
               "رقمی در حدود", "تخمینا", "حدودی"],
    "gt": ["بیش از", "بیشتر از", "بالای", "بالاتر از", "افزون بر", "فراتر از", "متجاوز از", "بیش", "بالغ بر بیش از",
           "اندکی بیش از", "کمی بیش از", "بیشاز", "بیش تر از"],
    "gte": ["دست کم", "دستکم", "حداقل", "لااقل", "کمینه", "دست‌کم", "حداقل به", "حد اقل"],
    "lt": ["کمتر از", "کم تر از", "زیر", "پایین تر از", "پایینتر از", "کمتراز", "اندکی کمتر از", "کمی کمتر از"],
    "lte": ["حداکثر", "تا سقف", "سقف", "حداکثر تا", "حداکثر تا سقف", "حد اکثر", "بیشینه", "نهایتا", "نهایتاً"],
}.items():
    for _p in _phrases:
        _QUALIFIERS[tuple(key(w) for w in _p.split())] = _q
_QUALIFIER_MAXLEN = max(len(p) for p in _QUALIFIERS)

# Words after a number that are never its counted noun.
_NOT_UNITS = set(key(w) for w in """
از در به با تا برای و یا را که این آن است بود شد شده شدند بوده هست نیست باشد باشند شود شوند
کرد کردند کرده کند کنند دارد دارند داشت داشته رسید رسیده رسیدند میرسد می رسد میرسند برسد
هم نیز هر همه بر پس پیش قبل بعد روی زیر بالا بین میان درباره اما ولی چون اگر تنها فقط هنوز دیگر
حدود بیش کمتر بیشتر ای اند ام ایم اید اش شان تان مان خود خویش نسبت طی ضمن جز غیر بدون علیه
الی لغایت تاکنون اکنون حالا امروز دیروز فردا امسال پارسال گذشته آینده جاری بوده‌اند گردید گردیده
می‌رسد می‌شود میشود می‌کند میکند است، یعنی مانند مثل همچنین همچون حتی چه چرا کجا کی آیا نه
بوده است اعلام افزود گفت گفته رسیده‌است رسیدهاست می‌باشد میباشد بودند هستند شدهاند شده‌اند
ها های هایی میلادی شمسی خورشیدی قمری هجری
برگزار منتشر اعلام آغاز شروع تشکیل انجام صادر تصویب افتتاح کسب توسط وارد رساند رسانده چندان بر
""".split())
# Words that are followed by a label, not a quantity: «ماده ۱۰ قانون», «منطقه ۲», «فاز ۱۱».
_LABELS = set(key(w) for w in """
ماده بند تبصره اصل فصل صفحه جدول ردیف فاز منطقه بلوک خیابان کوچه قطعه سوره آیه گروه سطح نسل
بخش شماره‌ی مرحله دوره کلاس پایه ساعت اتاق سالن ترمینال خط سکوی سکو لیگ جام نسخه ویرایش
قسمت جلد اپیزود نوبت دقیقه هفته شبکه کانال جزء جزو مواد بندهای اصول تبصرههای بخشنامه قطعنامه مصوبه پرواز گام پله شمارهٔ باند رده تیپ لشکر ناحیه پیشنهاد کمیته
""".split())
# Nouns that make a verb with «دادن/کردن»: after a number they are not its unit («۸۶ خبر داد»).
_LIGHT_VERB_NOUNS = set(key(w) for w in "خبر".split())
_LIGHT_VERBS = set(key(w) for w in "داد دادند داده دادهاند داده‌اند میدهد می‌دهد میدهند می‌دهند دهد دهند".split())
# Nouns before «دهم» that make it the verb «(I) give/do»: «انجام دهم», «قرار دهم».
_DAHAM_VERB_NOUNS = set(key(w) for w in """
انجام قرار ادامه نشان پاسخ جواب توضیح اجازه ترجیح گوش تغییر افزایش کاهش رای رأی دست فریب تشخیص یاد
آموزش سامان سازمان هدیه پیشنهاد گزارش شکست نجات ارائه ارایه تحویل انتقال ارجاع فرصت قول اهمیت ترتیب
سفارش پول جان تن دل رخ روی سر هدر
""".split())
# Nouns that, right after a large amount, make it money («۴۵ میلیارد پرداخت کرد»); not «کارت», «سپرده‌گذار».
_MONEY_NOUNS = set(key(w) for w in """پرداخت پرداختی درآمدزایی چک پول نقد دریافتی اختلاس رشوه سرمایه هزینه درآمد
بدهی وام تسهیلات یارانه سود دستمزد حقوق بودجه اعتبار جریمه""".split())
_WORD_LABELS = set(key(w) for w in "ماده تبصره بند فاز".split())  # labels also written in words: «ماده پنج»
_ZWNJ_SUFFIXES = {"ای", "ی", "ها", "های", "هایی", "ام", "اش", "شان", "مان", "تان", "اند", "ایم", "هاست", "هایش"}
_POSSESSED_UNITS = set(key(w) for w in "فرزند برادر خواهر پسر دختر بچه".split())
_AREA_UNITS = set(key(w) for w in "متر کیلومتر سانتیمتر میلیمتر".split())
_WORDS_IN_VI = set(key(w) for w in "قوی معنوی لغوی ثانوی دنیوی اخروی علوی موسوی رضوی مولوی نبوی".split())
_IDENTIFIER_CUES = set(key(w) for w in "شماره تلفن پلاک کد کدپستی نمابر فکس تلفکس همراه کدملی #".split())
_RANGE_WORDS = {"تا", "الی", "لغایت", "-", "–", "—", "الا"}
_BETWEEN = {"بین", "میان", "مابین", "از"}
_DATE_PREFIX = {"روز"}
# Words after a yearless date that name its year relative to today: kept in the span, never used
# to guess the year.
_RELATIVE_YEAR = {("امسال",), ("سال", "جاری"), ("سال", "گذشته"), ("سال", "آینده"), ("سال", "قبل"), ("پارسال",),
                  ("گذشته",), ("آینده",), ("جاری",)}
_MONTH_CONTEXT = set(key(w) for w in "در از تا اول اوایل اوائل اواسط اواخر پایان ابتدای ابتدا انتهای آخر آغاز نیمه طی ماه سراسر تمام".split())
_DECADE_POS = {"اول": (1, 10), "نخست": (1, 10), "دوم": (11, 20), "سوم": (21, None), "آخر": (21, None), "پایانی": (21, None)}
# «هفته اول دی‌ماه», «نیمه دوم اردیبهشت»: (first day, last day); a negative first day counts from the end
_PERIOD_POS = {
    "دهه": _DECADE_POS,
    "هفته": {"اول": (1, 7), "نخست": (1, 7), "دوم": (8, 14), "سوم": (15, 21), "چهارم": (22, 28), "آخر": (-6, None),
             "پایانی": (-6, None)},
    "نیمه": {"اول": (1, 15), "نخست": (1, 15), "دوم": (16, None)},
}

# ---------------------------------------------------------------- tokens

_D = "0-9\u06f0-\u06f9\u0660-\u0669"
_L = r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])"
_TOKEN = re.compile(
    rf"(?P<date>[{_D}]{{1,4}}(?P<ds>[/\-.])[{_D}]{{1,2}}(?P=ds)[{_D}]{{1,4}}(?![{_D}]))"
    rf"|(?P<time>[{_D}]{{1,2}}:[{_D}]{{2}}(?::[{_D}]{{2}})?(?![{_D}]))"
    rf"|(?P<num>[{_D}]+(?:[.,٫٬،/][{_D}]+)*)"
    rf"|(?P<word>{_L}+)"
    r"|(?P<p>[^\s\u200c])"
)
_ASCII_SLASH = re.compile(r"[0-9]+/[0-9]+")
# Old scraped pages written with Arabic «ي»/«ك» (e.g. Fars News before ~2010) store Latin-digit slash
# decimals in visual order: «5/27 برابر» is 27.5, «43/1 میلیون بشکه» is 1.43, «30/9 صبح» is 9:30.
_LEGACY_LETTERS = re.compile("[يك]")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[A-Za-z0-9]+\.(?:ir|com|org|net)\S*", re.I)
_LATIN_OR_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(slots=True)
class _Num:
    value: float
    integer: bool
    digits: int  # digits before any decimal mark
    leading_zero: bool
    plain: bool  # no separators at all
    thousands: float | None = None  # «۲.۵۰۰»: the value if the dot separates thousands


def _read_digits(raw: str) -> _Num | None:
    s = ascii_digits(raw)
    if s.isdigit():
        return _Num(float(s), True, len(s), len(s) > 1 and s[0] == "0", True)
    seps = [c for c in s if not c.isdigit()]
    groups = re.split(r"[^0-9]", s)
    kinds = set(seps)
    if "٫" in kinds:  # the Persian decimal mark: anything else is a thousands separator
        if seps.count("٫") > 1 or seps[-1] != "٫":
            return None
        int_part = "".join(groups[:-1])
        return _Num(float(f"{int_part}.{groups[-1]}"), False, len(int_part), False, False)
    if len(kinds) == 1:
        sep = seps[0]
        thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and groups[0] != "0"
        if len(seps) > 1:
            if sep == "/" or not thousands:
                return None
            return _Num(float("".join(groups)), True, len("".join(groups)), False, False)
        # one separator
        if sep in "٬" or (sep in ",،" and thousands):
            return _Num(float("".join(groups)), True, len("".join(groups)), False, False)
        # «.», «/» and a comma that cannot be a thousands separator are decimal marks
        alt = float(groups[0] + groups[1]) if sep == "." and thousands else None
        return _Num(float(f"{groups[0]}.{groups[1]}"), False, len(groups[0]), False, False, alt)
    # «1,234.5» / «1.234,5»: the last separator is the decimal mark
    last = seps[-1]
    if seps.count(last) != 1:
        return None
    if not all(len(g) == 3 for g in groups[1:-1]):
        return None
    int_part = "".join(groups[:-1])
    return _Num(float(f"{int_part}.{groups[-1]}"), False, len(int_part), False, False)


@dataclass(slots=True)
class _Tok:
    kind: str  # D digits, W word number, J jalali month, G gregorian month, K weekday, T time, X date-like, '' other
    key: str
    num: _Num | None = None
    word: WordNumber | None = None
    month: int = 0
    mah: bool = False  # month written with «ماه» glued
    weekday: int = 0
    parts: tuple[int, ...] = ()
    conj: bool = False  # «وپنج» in «بیست‌وپنج»: a number word with the «و» glued in front


@lru_cache(maxsize=200000)
def _classify(raw: str, group: str) -> _Tok:
    if group == "num":
        n = _read_digits(raw)
        return _Tok("D", raw, num=n) if n is not None else _Tok("", raw)
    if group == "date":
        parts = tuple(int(p) for p in re.split(r"[/\-.]", ascii_digits(raw)))
        return _Tok("X", raw, parts=parts)
    if group == "time":
        return _Tok("T", raw)
    if group == "p":
        return _Tok("", raw)
    k = key(raw)
    if k in JALALI_MONTHS:
        return _Tok("J", k, month=JALALI_MONTHS[k])
    if k.endswith("ماه") and k[:-3] in JALALI_MONTHS:
        return _Tok("J", k, month=JALALI_MONTHS[k[:-3]], mah=True)
    if k in GREGORIAN_MONTHS:
        return _Tok("G", k, month=GREGORIAN_MONTHS[k])
    if k in WEEKDAYS:
        return _Tok("K", k, weekday=WEEKDAYS[k])
    w = analyse(k)
    if w is not None:
        return _Tok("W", k, word=w)
    if len(k) > 2 and k[0] == "و":
        w = analyse(k[1:])
        if w is not None and not w.tail and not w.percent:
            return _Tok("W", k, word=w, conj=True)
    return _Tok("", k)


# ---------------------------------------------------------------- reading


@dataclass(slots=True)
class _Number:
    """A number read from tokens [i, j)."""

    i: int
    j: int
    value: float
    ordinal: bool = False
    words: bool = False  # written (partly) in words
    scale: float = 0.0  # largest scale word used (1000, 1e6…)
    digit: _Num | None = None  # the digit group, when the number is a lone digit group
    percent: bool = False
    fraction: bool = False
    tail: str = ""  # glued unit of the last word: a currency, or "ی" for «میلیونی»
    frac: float | None = None  # «سه هزارم» read as 3/1000 where a fraction fits better
    parts: list = field(default_factory=list)  # the morpheme values the number was composed from


@dataclass(slots=True)
class _Expr:
    i: int
    j: int
    kind: str
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    jalali: str | None = None
    jalali_end: str | None = None
    date: str | None = None
    date_end: str | None = None
    weekday: int | None = None
    extra: list = field(default_factory=list)


class _Reader:
    def __init__(self, text: str, legacy_slash: bool = False):
        self.text = text
        starts, ends, toks = [], [], []
        for m in _TOKEN.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
            tok = _classify(m.group(), m.lastgroup)
            if legacy_slash and tok.kind == "D" and _ASCII_SLASH.fullmatch(m.group()):
                a, b = m.group().split("/")
                tok = _Tok("D", tok.key, num=_read_digits(f"{b}/{a}"))
            toks.append(tok)
        self.starts, self.ends, self.toks = starts, ends, toks
        self.n = len(toks)
        self.blocked: list[tuple[int, int]] = []
        if "http" in text or "www" in text or "@" in text or ".ir" in text or ".com" in text:
            self.blocked = [m.span() for m in _URL.finditer(text)]

    # -- helpers
    def k(self, i: int) -> str:
        return self.toks[i].key if 0 <= i < self.n else ""

    def kind(self, i: int) -> str:
        return self.toks[i].kind if 0 <= i < self.n else "#"

    def adjacent(self, i: int) -> bool:
        """Token i+1 follows token i on the same line (no sentence break in between)."""
        if i + 1 >= self.n:
            return False
        gap = self.text[self.ends[i]: self.starts[i + 1]]
        return "\n" not in gap

    def in_url(self, i: int) -> bool:
        s = self.starts[i]
        return any(a <= s < b for a, b in self.blocked)

    def is_identifier(self, i: int) -> bool:
        """A digit group that is part of a word, a code, a phone number or a URL."""
        tok = self.toks[i]
        s, e = self.starts[i], self.ends[i]
        before = self.text[s - 1] if s > 0 else " "
        after = self.text[e] if e < len(self.text) else " "
        if _LATIN_OR_LETTER.match(before) or before in "_#@":
            # «ایران۴۰درصد», «گذشت۱۴۰۰ سال» (a ZWNJ lost before the digits), «سال۱۳۷۳» are figures;
            # «هتل4ستاره», «لشکر21حمزه», «F16» are names
            if _LATIN.match(before) or before in "_#@":
                return True
            if self.k(i - 1) == "سال" and self.ends[i - 1] == s and tok.num is not None and tok.num.plain:
                return False
            nxt = self.k(i + 1)
            if nxt in PERCENT and self.ends[i] == self.starts[i + 1]:
                return False
            if self.kind(i + 1) == "J" and self.adjacent(i) and tok.num is not None and tok.num.plain and tok.num.value <= 31:
                return False  # «قروه۱۴ خردادماه»
            return not (self.ends[i] < self.starts[i + 1] if i + 1 < self.n else False) or not (
                nxt in _COUNT_UNITS or nxt in PERCENT or nxt in CURRENCIES or self.kind(i + 1) == "W" and is_scale(self.toks[i + 1].word.parts[0]))
        if before in "-/" and s > 1 and _LATIN_OR_LETTER.match(self.text[s - 2]):
            return True  # COVID-19, F-16
        if _LATIN.match(after) or after in "_@":
            return True
        if after == "-" and e + 1 < len(self.text) and _LATIN_OR_LETTER.match(self.text[e + 1]) and _LATIN.match(self.text[e + 1]):
            return True
        if tok.num is not None and tok.num.leading_zero:
            return True
        if self.blocked and self.in_url(i):
            return True
        prev = self.k(i - 1)
        if prev in _IDENTIFIER_CUES or (prev and _LATIN.match(prev[0]) and self.adjacent(i - 1)):
            return True
        return False

    # -- numbers
    def number(self, i: int) -> _Number | None:
        """The longest number starting at token i: digits or words, scale words («۲ هزار»,
        «هزار میلیارد»), «و» compounds («سیصد هزار و سی و دو», «۷۹ میلیون و ۷۰۰ هزار»),
        halves («یک و نیم»), fractions («دو سوم», «۴ دهم»), ordinals («بیست و دوم», «۱۲ام»)."""
        tok = self.toks[i] if i < self.n else None
        if tok is None:
            return None
        if tok.kind == "D":
            num = _Number(i, i + 1, tok.num.value, digit=tok.num)
            parts = [tok.num.value]
            if tok.num.thousands is not None:
                # «۲.۵۰۰ نفر» is 2500; «۱.۲۵۰ میلیارد» and «۲.۵۰۰ درصد» keep the decimal
                nxt = self.toks[i + 1] if i + 1 < self.n and self.adjacent(i) else None
                if nxt is None or not (nxt.kind == "W" and is_scale(nxt.word.parts[0]) or nxt.key in PERCENT):
                    num.value = tok.num.thousands
                    parts = [tok.num.thousands]
        elif tok.kind == "W":
            w = tok.word
            if w.ordinal:
                return self._ordinal_word(i, w)
            num = _Number(i, i + 1, 0.0, words=True, percent=w.percent, tail=w.tail if w.tail != "و" else "")
            parts = list(w.parts)
            if w.percent or w.tail and w.tail != "و":
                num.value = _compose(parts)
                num.scale = max([p for p in parts if is_scale(p)], default=0.0)
                return num
        else:
            return None
        num.scale = max([p for p in parts if is_scale(p)], default=0.0)
        j = i + 1
        glued_and = tok.kind == "W" and tok.word.tail == "و"
        while j < self.n and self.adjacent(j - 1):
            t = self.toks[j]
            if glued_and or t.key == "و" and j + 1 < self.n and self.adjacent(j):
                # «... و X»: the «و» is a token of its own or glued on the previous word («هزارو»)
                nj = j if glued_and else j + 1
                glued_and = False
                sub = self._and_part(parts, num, nj)
                if sub is None:
                    break
                j = sub
                if num.ordinal:
                    break
                continue
            if t.kind == "D" and is_scale(parts[-1]) and self.k(j + 1) not in PERCENT:
                # «۲ هزار ۶۰۰ نفر»: the «و» after a scale word is often left out
                sub = self._and_part(parts, num, j)
                if sub is None:
                    break
                j = sub
                continue
            if t.kind == "W" and t.conj:
                sub = self._and_part(parts, num, j)
                if sub is None:
                    break
                j = sub
                if num.ordinal:
                    break
                continue
            if t.kind == "W":
                w = t.word
                first = w.parts[0]
                cur = _chunk(parts)
                joins = is_scale(first) or (num.words and not is_scale(parts[-1]) and (
                    cur >= 10 and first < place(cur) or first == 100 and 0 < cur < 10))
                if not joins or w.percent and not is_scale(first):
                    break
                if w.ordinal and len(w.parts) > 1 and not is_scale(first):
                    break
                if w.ordinal and w.parts in ((10,), (100,), (1000,), (10.0,), (100.0,), (1000.0,)) and _chunk(parts) == _compose(parts):
                    num.frac = _compose(parts) / w.parts[0]
                parts.extend(w.parts)
                num.words = True
                num.digit = None
                num.scale = max([num.scale] + [p for p in w.parts if is_scale(p)])
                j += 1
                if w.ordinal:
                    num.ordinal = True
                    break
                if w.tail == "و":
                    glued_and = True
                elif w.percent or w.tail:
                    num.percent, num.tail = w.percent, w.tail
                    break
                continue
            if t.key in ("ام", "امین") and (tok.kind == "D" or parts[-1] == 30):
                num.ordinal = True
                j += 1
            break
        num.value = _compose(parts)
        num.parts = parts
        num.j = j
        if num.digit is not None and j > i + 1:
            num.digit = None
        # fractions: «دو سوم», «یک دهم», «سه چهارم», «۴ دهم درصد», «۳ هزارم»; «سه ربع»
        if num.words and not num.ordinal and not num.tail and not num.percent and j == i + 1 and num.value in (1, 2, 3) \
                and self.k(j) == "ربع" and self.adjacent(j - 1):
            # a quarter takes its unit like a whole number does: «یک ربع ساعت», «سه ربع دینار»
            num.value, num.digit, num.j = num.value / 4, None, j + 1
            return num
        if not num.ordinal and not num.tail and not num.percent and j < self.n and self.toks[j].kind == "W" and self.adjacent(j - 1):
            w = self.toks[j].word
            if w.ordinal and len(w.parts) == 1:
                den = w.parts[0]
                if (num.words and num.value < den <= 10) or (den in (10, 100, 1000) and num.value < den and num.value == int(num.value)):
                    num.value = num.value / den
                    num.fraction = True
                    num.digit = None
                    num.j = j + 1
                    if self.k(j + 1) == "نهایی":  # «یک هشتم نهایی»: a round of a cup, not a share
                        num.tail = "round"
        return num

    def _and_part(self, parts: list[float], num: _Number, x: int) -> int | None:
        """Join the number starting at token x to ``parts`` when «و» makes them one number
        («سیصد و سی», «۷۹ میلیون و ۷۰۰ هزار», «یک و نیم», «۴۹ و ۶ دهم»); the next index, or None."""
        if x >= self.n:
            return None
        nxt = self.toks[x]
        if nxt.kind == "W" and nxt.word.parts == (0.5,) and not nxt.word.ordinal:  # «یک و نیم»
            if is_scale(parts[-1]):
                parts.extend((0.5, parts[-1]))  # «دو میلیون و نیم»: half of the scale
                num.digit = None
                return x + 1
            parts.append(0.5)
            num.digit = None
            return x + 1
        if nxt.kind not in ("D", "W") or nxt.kind == "W" and (nxt.word.percent or nxt.word.tail and nxt.word.tail != "و"):
            return None
        sub = self.number(x)
        if sub is None or sub.percent or sub.tail:
            return None
        last_scale = parts[-1] if is_scale(parts[-1]) else 0.0
        cur = _chunk(parts)
        if sub.fraction:  # «۴۹ و ۶ دهم»
            ok = sub.value < 1 and parts[-1] == int(parts[-1])
        elif last_scale and sub.scale > last_scale:
            # «۶۰ هزار و ۵۰۰ میلیارد»: the larger scale applies to the whole
            ok = _chunk(sub.parts[:1]) < last_scale and not sub.ordinal
        elif last_scale:
            ok = sub.value < last_scale and not sub.scale >= last_scale
        else:
            ok = num.words and sub.words and cur >= 10 and sub.value < place(cur)
        if not ok:
            return None
        parts.extend(sub.parts if sub.parts and not sub.fraction else [sub.value])
        num.words = num.words or sub.words
        num.ordinal = sub.ordinal
        num.digit = None
        return sub.j

    def _ordinal_word(self, i: int, w: WordNumber) -> _Number:
        if len(w.parts) == 2 and w.parts[0] < w.parts[1] < 1000 and w.parts[0] < 10:  # «یک‌پنجم»
            return _Number(i, i + 1, w.parts[0] / w.parts[1], words=True, fraction=True)
        return _Number(i, i + 1, _compose(w.parts), ordinal=True, words=True)

    # -- expressions
    def unit_at(self, j: int) -> tuple[str, str | None, float, int] | None:
        """(kind, unit, multiplier, next index) for a unit starting at token j."""
        if j >= self.n or not self.adjacent(j - 1):
            return None
        tok = self.toks[j]
        k = tok.key
        if k in PERCENT:
            return "percent", "درصد", 1.0, j + 1
        if k == "واحد" and self.k(j + 1) in PERCENT and self.adjacent(j):
            return "percent", "واحد درصد", 1.0, j + 2  # percentage points
        if k in CURRENCIES:
            return "money", CURRENCIES[k], 1.0, j + 1
        if k in _MONEY_ABBREVIATIONS:
            mult, cur = _MONEY_ABBREVIATIONS[k]
            return "money", cur, mult, j + 1
        if tok.kind in ("D", "W", "J", "G", "K", "X", "T") or not k or k in _NOT_UNITS:
            return None
        if not _LATIN_OR_LETTER.match(k[0]):
            return None
        if k == "تا" or k in _RANGE_WORDS:
            return None
        if k == "برابر" and self.k(j + 1) == "با":
            return None  # «برابر با»: «equal to», not «times»
        if k in ("باعث", "موجب", "سبب", "منجر") or k.endswith("ترین") and len(k) > 5:
            return None  # «این دو باعث می‌شود», «۲۰۱۴ بدترین سال»
        if k in _LIGHT_VERB_NOUNS and self.k(j + 1) in _LIGHT_VERBS:
            return None  # «نوروز ۸۶ خبر داد»: the noun belongs to the verb, not to the number
        if k == "گانه":
            return "cardinal", None, 1.0, j + 1  # «مناطق ۲۲ گانه»: «-fold», the count of a set named before
        unit = _SUFFIXED_UNITS.get(k) or self._unit_text(j)
        end = j + 1
        if self._zwnj_between(j, j + 1) and self.kind(j + 1) == "" and self.k(j + 1) not in _ZWNJ_SUFFIXES \
                and _LATIN_OR_LETTER.match(self.k(j + 1)[:1] or "."):
            # «یک هفته‌نامه», «دو ماه‌نامه»: the counted noun is the whole compound, not «one week»
            unit, end = self.text[self.starts[j]: self.ends[j + 1]].translate(_UNIT_TABLE), j + 2
        if k in _AREA_UNITS and self.k(end) in ("مربع", "مکعب") and self.adjacent(j):
            unit, end = f"{unit} {self.k(end)}", end + 1  # «یک متر مربع», «۳ میلیون متر مکعب»
        # «هفته‌ای», «شهرک‌های»: a suffix after a ZWNJ stays in the span, not in the unit
        while end < self.n and self.k(end) in ("ای", "ی", "ها", "های", "هایی") and self.text[self.ends[end - 1]: self.starts[end]] == "\u200c":
            end += 1
        return "quantity", unit, 1.0, end

    def _unit_text(self, j: int) -> str:
        raw = self.text[self.starts[j]: self.ends[j]].translate(_UNIT_TABLE)
        for poss in ("شان", "ش"):  # «دو روزش», «سه فرزندشان»: the possessive is not part of the noun
            if raw.endswith(poss) and key(raw[: -len(poss)]) in _COUNT_UNITS | _POSSESSED_UNITS:
                return raw[: -len(poss)]
        if raw.endswith("\u200cای") and len(raw) > 4:  # «هفته‌ای», «مرحله‌ای» -> the noun
            raw = raw[:-3]
        elif len(raw) > 3 and raw.endswith("ای") and raw not in ("چای",):
            raw = raw[:-1]  # «۱۴ روستای دشتستان»: the ezafe after a vowel
        elif len(raw) > 4 and raw.endswith("وی") and raw not in _WORDS_IN_VI:
            raw = raw[:-1]  # «۹۰۰ دانشجوی پیام‌نور», «۵۰ نیروی امدادی»
        return raw

    def qualifier(self, i: int) -> tuple[str | None, int]:
        """Qualifier phrase ending just before token i: (qualifier, first token index)."""
        for length in range(min(_QUALIFIER_MAXLEN, i), 0, -1):
            keys = tuple(self.toks[x].key for x in range(i - length, i))
            q = _QUALIFIERS.get(keys)
            if q is not None:
                return q, i - length
        return None, i

    def read(self, i: int) -> list[_Expr]:
        """Expressions starting at token i (empty when nothing reads there)."""
        tok = self.toks[i]
        kind = tok.kind
        if kind == "K":
            return self.weekday(i, i)
        if kind == "J":
            return self.month_date(i, None, i)
        if kind == "X":
            return self.numeric_date(i)
        if kind == "G":
            return self.gregorian_date(i, None, i)
        if kind == "W" and tok.word.parts in ((1.0,), (2.0,), (3.0,), (4.0,), (5.0,), (1,), (2,), (3,), (4,), (5,)) and not tok.word.ordinal:
            if self.k(i + 1) == "شنبه" and self.adjacent(i):
                return self.weekday(i, i)
        if kind not in ("D", "W"):
            if tok.key in ("سال", "سالهای", "سالها") and self.adjacent(i):
                return self.year_date(i)
            if tok.key == "دهه" and self.adjacent(i):
                return self.decade(i)
            if tok.key in _SEASONS and self.adjacent(i):
                return self.season(i)
            return []
        if kind == "D" and (self.is_identifier(i) or self.k(i - 1) in ("-", "–") and self.ends[i - 1] == self.starts[i]
                            and self.kind(i - 2) == "D" and self.ends[i - 2] == self.starts[i - 1] and self.is_identifier(i - 2)):
            return [_Expr(i, i + 1, "skip")]  # «ص۴۵۶-۴۵۵»: a page range glued to a code
        if kind == "W" and (tok.conj or not self.word_ok(i) or self._in_compound(i)):
            return [_Expr(i, i + 1, "skip")]
        num = self.number(i)
        if num is None:
            return []
        return self.after_number(num)

    def _zwnj_between(self, a: int, b: int) -> bool:
        return 0 <= a < self.n and b < self.n and self.text[self.ends[a]: self.starts[b]] == "\u200c"

    def _in_compound(self, i: int) -> bool:
        """A number word inside a ZWNJ compound: «می‌دوم» (a verb), «نیم‌نگاهی», «سه‌بعدی»,
        «هفت‌تپه». A count noun after the ZWNJ («سه‌هفته», «نیم‌ساعت») still reads."""
        if self._zwnj_between(i - 1, i) and self.k(i - 1) in ("می", "نمی", "بی", "ن", "ب"):
            return True
        if not self._zwnj_between(i, i + 1):
            return False
        nxt = self.toks[i + 1]
        if nxt.kind != "":
            return False
        k = nxt.key
        return not (k in _COUNT_UNITS or k in PERCENT or k in CURRENCIES or k in _MONEY_ABBREVIATIONS
                    or k in ("ام", "امین", "م", "ها", "های", "هایی", "شنبه", "ای", "ی") or k in _SUFFIXED_UNITS)

    def word_ok(self, i: int) -> bool:
        """Ambiguous one-word numbers («نه», «سی», «یک») read only where they can only be numbers."""
        tok = self.toks[i]
        k = tok.key
        if k == "نه":  # «نه تنها», «نه یک کلمه … و نه …»: mostly «not»
            nxt = self.k(i + 1)
            return self.adjacent(i) and (nxt in _COUNT_UNITS or self.kind(i + 1) == "W" and is_scale(self.toks[i + 1].word.parts[0]))
        if k == "سه" and self.k(i - 1) == "ورزش":
            return False  # the news site «ورزش سه»
        if k == "سی":
            prev, nxt = self.k(i - 1), self.k(i + 1)
            if not self.adjacent(i) or nxt in (".", "،", ",", "؛", ":", ")", "»", ""):
                return False  # «به نقل از سی .» (a cut «سی‌ان‌ان»)
            if prev in ("بی", "ای", "آی", "پی", "دی", "سی", "تی", "جی") or nxt in ("ان", "دی", "تی", "آی", "ای", "پی", "سی", "بی", "آر"):
                return False
        if k == "یک":
            nxt = self.k(i + 1)
            if not self.adjacent(i):
                return False
            if nxt in _RANGE_WORDS and self.kind(i + 2) == "W" and self.adjacent(i + 1):
                return True  # «بین یک الی دو بن»
            return nxt in _COUNT_UNITS or nxt in PERCENT or nxt in CURRENCIES or nxt == "ربع" or self.kind(i + 1) == "W" or nxt == "و" and self.kind(i + 2) == "W" or self.kind(i + 1) in ("J", "G")
        if k == "دهم" and self.k(i - 1) in _LIGHT_VERB_NOUNS | _DAHAM_VERB_NOUNS:
            return False  # «چه کاری انجام دهم»: «I do», not «tenth»
        if k == "ده" and self.k(i - 1) in _LIGHT_VERB_NOUNS | _DAHAM_VERB_NOUNS and (
                not self.adjacent(i) or self.k(i + 1) in (".", "؟", "!", "،", ",", "و", "تا", "که", ":", "")):
            return False  # «پاسخ ده.», «ادامه ده و …»: the imperative «give», not ten
        if k == "نخست" and self.k(i + 1) in ("وزیر", "وزیری"):
            return False
        if k == "صفر":  # also the lunar month Safar
            return self.k(i + 1) in PERCENT or self.kind(i + 1) == "D"
        if self.k(i + 1) in ("ها", "های", "هایی") and self.adjacent(i):
            return False  # «ده ها», «صد های»: vague plurals
        return True

    def after_number(self, num: _Number) -> list[_Expr]:
        i, j = num.i, num.j
        # dates: day + month («۲۱ مرداد», «هفتم اسفندماه», «۶ نوامبر»)
        if num.value == int(num.value) and 1 <= num.value <= 31 and not num.fraction and not num.tail and j < self.n and self.adjacent(j - 1):
            if self.toks[j].kind == "J":
                return self.month_date(j, num, i)
            if self.toks[j].kind == "G":
                return self.gregorian_date(j, num, i)
            if self.k(j) in _LUNAR_MONTHS:
                return self.lunar_date(j, num, i)
            if self.k(j) == "ماه" and self.kind(j + 1) in ("J", "G") and self.adjacent(j):
                got = (self.month_date if self.kind(j + 1) == "J" else self.gregorian_date)(j + 1, num, i)
                if got:
                    return got
        if num.words and j == i + 1 and num.value == 13 and self.adjacent(i) and (
                self.k(j) == "بدر" or self.k(j) == "به" and self.k(j + 1) == "در" and self.adjacent(j)):
            return [_Expr(i, j + (1 if self.k(j) == "بدر" else 2), "date", jalali="--01-13")]  # «سیزده بدر»: 13 Farvardin
        if num.frac is not None and self.k(j) in PERCENT and self.adjacent(j - 1):  # «۳ هزارم درصد»
            return [_Expr(i, j + 1, "percent", num.frac, unit="درصد")]
        if num.tail == "round":
            return [_Expr(i, j + 1, "skip")]
        if num.ordinal:
            if self.k(j) in _RANGE_WORDS and self.kind(j + 1) in ("D", "W") and self.adjacent(j) and num.value <= 31:
                got = self.range(num, j)  # «یکم تا سیزدهم فروردین»
                if got and got[0].kind == "date":
                    return got
            return [_Expr(i, j, "ordinal", num.value)]
        if num.tail == "ی" and self.toks[i].kind == "W" and is_scale(self.toks[i].word.parts[0]) and len(self.toks[i].word.parts) == 1:
            return [_Expr(i, j, "skip")]  # «محموله میلیاردی»: a size, not a figure
        if num.words and j == i + 1 and self.toks[i].word.parts[0] >= 1e6 and is_scale(self.toks[i].word.parts[0]) \
                and len(self.toks[i].word.parts) == 1:
            return [_Expr(i, j, "skip")]  # a lone «میلیون»: the figure is elsewhere («۸.۵ (هشت و نیم) میلیون»)
        # «دو سه هفته»: two neighbouring small numbers are an approximate range
        last = num.value if j == i + 1 else (num.parts[-1] if num.parts else 0)
        if num.words and (j == i + 1 and num.value < 10 or j > i + 1 and 1 <= last < 9 and not num.scale) \
                and self.kind(j) == "W" and self.adjacent(j - 1) and not num.ordinal and not num.fraction \
                and self.toks[j].word.parts == (last + 1,) and not self.toks[j].word.ordinal:
            # «دو سه هفته», «بیست و شش هفت سانتی‌متر»: neighbouring numbers are an approximate range
            second = self.number(j)
            if j == i + 1 and second is not None and second.scale and not second.ordinal and not second.fraction:
                # «هفت هشت هزار نفری»: the scale after the pair applies to both
                u = self.unit_at(second.j)
                e = _Expr(i, u[3] if u else second.j, u[0] if u else "cardinal", num.value * second.scale, second.value,
                          unit=u[1] if u else None)
            else:
                u = self.unit_at(j + 1)
                e = _Expr(i, u[3] if u else j + 1, u[0] if u else "cardinal", num.value, num.value + 1, unit=u[1] if u else None)
            e.qualifier = "approx"
            return [e]
        if num.words and j == i + 1 and num.value == 2 and not num.scale:
            lo = i - 1 if self.k(i - 1) == "یکی" else i - 2 if self.k(i - 1) in ("-", "،") and self.k(i - 2) == "یکی" else None
            if lo is not None and all(self.adjacent(x) for x in range(lo, i)):
                # «یکی دو روز», «یکی - دو نفر»: one or two, an approximate range
                u = self.unit_at(j)
                e = _Expr(lo, u[3] if u else j, u[0] if u else "cardinal", 1.0, 2.0, unit=u[1] if u else None)
                e.qualifier = "approx"
                return [e]
        if num.scale and self.k(j) in ("ها", "های", "هایی", "ان") and self.adjacent(j - 1):
            return [_Expr(i, j + 1, "skip")]  # «میلیون‌ها»: a vague plural, not a figure
        if num.words and self.k(i - 1) in ("چند", "چندین") and self.adjacent(i - 1) and num.scale:
            return [_Expr(i, j, "skip")]  # «وجوه چند صد میلیونی»: no figure given
        if self.toks[i].kind == "W" and is_scale(self.toks[i].word.parts[0]) and (
                self.k(i - 1) in _VAGUE or self.k(i - 1) in ("ها", "های") and self.k(i - 2) in ("ده", "صد", "هزار")):
            return [_Expr(i, j, "skip")]  # «چند هزار میلیارد», «صدها میلیون»: no figure given
        kind, unit, mult = "cardinal", None, 1.0
        if num.percent:
            kind, unit = "percent", "درصد"
        elif num.tail and num.tail != "ی":
            kind, unit = "money", num.tail
        elif self.k(j) == "در" and self.k(j + 1) == "صد" and self.adjacent(j) and self.adjacent(j - 1):
            kind, unit, j = "percent", "درصد", j + 2  # «صد در صد»
        elif num.digit is not None and num.digit.plain and num.digit.digits == 4 and (
                self.k(j) in ("میلادی", "شمسی", "خورشیدی") or self.k(i - 1) in _GREGORIAN_YEAR_CUES):
            year = self.bare_year(i, j, num.digit)
            if year is not None:
                return year
        if kind == "cardinal" and num.digit is not None and num.digit.plain and num.digit.digits in (3, 4) \
                and self.adjacent(j - 1):
            lunar_end = self._lunar_mark(j)
            if lunar_end is not None:
                return [_Expr(i, lunar_end, "date")]  # «۱۴۱۷ق», «۱۴۱۷ ه.ق»: a Hijri lunar year, not converted
        if kind == "cardinal" and not num.tail and not num.percent and num.digit is not None and num.digit.plain \
                and num.digit.digits == 4 and 1300 <= num.value <= 1499 \
                and self.unit_at(j) is not None and self.unit_at(j)[0] == "quantity" \
                and (self.k(i - 1) in _YEAR_PREPOSITIONS or self.k(j) not in _COUNT_UNITS and num.value <= 1420) \
                and self.qualifier(i)[0] is None:  # «بیش از ۱۴۰۰ غرفه‌دار», «۱۴۵۰ دانش‌آموز»: counts
            return [_year_expr(i, j, int(num.value), None)]  # «در ۱۳۹۹ آغاز شد»
        if kind == "cardinal" and not num.tail and not num.percent and num.digit is not None and num.digit.plain \
                and num.digit.digits == 2 and self.k(i - 1) in _JALALI_YEAR_CUES and self.adjacent(i - 1):
            u = self.unit_at(j)
            if u is not None and u[0] == "quantity" and self.k(j) not in _COUNT_UNITS:
                return [_year_expr(i, j, _jalali_year(int(num.value)), None)]  # «فتنه ۸۸ مردم»: the year, then a noun
        if kind == "cardinal" and not num.tail and not num.percent:
            u = self.unit_at(j)
            if u is not None and (not num.fraction or u[0] in ("percent", "money")):
                kind, unit, mult, j = u
                if kind == "money" and self.k(j) in ("آمریکا", "امریکا") and self.adjacent(j - 1):
                    j += 1
        if kind in ("quantity", "money") and self.k(j) == "و" and self.k(j + 1) == "نیم" and self.adjacent(j - 1) \
                and self.adjacent(j) and not num.fraction and num.value == int(num.value) \
                and not (self.adjacent(j + 1) and (self.kind(j + 2) in ("W", "D") or self.k(j + 2) in _COUNT_UNITS
                                                   or self.k(j + 2) in CURRENCIES)):
            num.value, j = num.value + 0.5, j + 2  # «یک دینار و نیم», «دو ساعت و نیم»: the half follows the unit
        if kind == "quantity" and num.scale >= 1e6 and self.k(num.j) in _MONEY_NOUNS:
            kind, unit, j = "money", None, num.j  # «۴۵ میلیارد پرداخت کرده», «۳۰ میلیارد چک»: the currency left unsaid
        value = num.value * mult
        if num.digit is not None and num.digit.plain and kind == "cardinal":
            year = self.bare_year(i, j, num.digit)
            if year is not None:
                return year
        if num.digit is not None and num.digit.plain and num.digit.digits >= 7 and kind in ("cardinal", "quantity"):
            return [_Expr(i, j, "skip")]  # ids, phone numbers, table cells run together
        label = (self.k(i - 1) in _LABELS or self.k(i - 1) == ":" and self.k(i - 2) in _LABELS) \
            and not (kind == "quantity" and unit in ("نفر", "تن"))  # «ساعت: ۱۹»; «این منطقه ۷۴ تن زخمی شدند»
        if label and num.digit is not None and num.digit.plain and num.digit.digits == 4 and (
                1800 <= num.value <= 2100 or 1300 <= num.value <= 1499) and self.k(num.j) in _RANGE_WORDS \
                and self.kind(num.j + 1) == "D" and self.adjacent(num.j):
            other = self.toks[num.j + 1].num
            if other.plain and other.digits == 4:  # «فصل ۲۰۱۴-۲۰۱۳»: a season of two years
                a, b = sorted((int(num.value), int(other.value)))
                if 1800 <= a and b <= 2100:
                    return [_Expr(i, num.j + 2, "date", date=f"{a}-01-01", date_end=f"{b}-12-31")]
                if 1300 <= a and b <= 1499:
                    return [_year_expr(i, num.j + 2, a, b)]
        if (label or unit in _TIMES_OF_DAY and value <= 24) and kind in ("quantity", "cardinal") and (
                not num.words or self.k(i - 1) in _WORD_LABELS and not num.scale and not num.fraction) \
                and (self.k(i - 1) != ":" or not num.words):
            # «ماده ۱۰ قانون», «ساعت ۱۵ تا ۱۷», «۹ صبح»: a label or a clock time, not a count
            e = _Expr(i, num.j, "cardinal", value)
            x = num.j
            if self.k(x) in _RANGE_WORDS and self.kind(x + 1) == "D" and self.adjacent(x) and self.adjacent(x - 1):
                e.j, e.value_max = x + 2, self.toks[x + 1].num.value
            return [e]
        if kind == "cardinal" and (num.scale >= 1e6 or num.tail == "ی" and num.scale >= 1000) and self._money_context(i):
            kind = "money"  # «وام ۱۶۰ میلیونی», «به قیمت ۲۱ میلیون»: currency left unsaid
        if kind == "cardinal" and i > 0 and self.k(i - 1) in ("%", "٪") and self.ends[i - 1] == self.starts[i]:
            kind, unit, i = "percent", "درصد", i - 1  # «٪۱۰» typed left to right
        if self.k(i - 1) in ("منفی", "منهای") and self.adjacent(i - 1):
            value, i = -value, i - 1
        expr = _Expr(i, j, kind, value, unit=unit)
        expr.extra = [num.scale]
        if unit is None and kind != "money" and j < self.n and self.adjacent(j - 1):
            nxt = self.k(j)
            # ranges: «۱۰ تا ۱۵ هزار نفر», «X الی Y», «۹۷-۹۶»
            if nxt in _RANGE_WORDS and self.kind(j + 1) in ("D", "W") and self.adjacent(j):
                return self.range(num, j, value)
            # lists sharing a unit: «۴۲.۶ و ۹۰ درصد», «از ۱۴ به ۲۸ میلیون نفر», «۱۰، ۲۰ و ۳۰ درصد»
            if nxt in ("و", "،", ",", "یا") or (nxt == "به" and self.k(num.i - 1) == "از"):
                if self.kind(j + 1) in ("D", "W") and self.adjacent(j):
                    if nxt == "و" and self.k(i - 1) in ("بین", "میان", "مابین"):
                        return self.range(num, j, value)
                    rest = [r for r in self.read(j + 1) if r.kind != "skip"]
                    if rest and rest[0].i == j + 1 and rest[0].kind == "date" and rest[0].jalali and rest[0].jalali.count("-") >= 2 \
                            and num.value == int(num.value) and not num.scale and nxt in ("و", "،", ","):
                        same = _day_range_start(rest[0].jalali, int(num.value))
                        if same is not None:
                            e = _Expr(i, num.j, "date", jalali=same)
                            if not same.startswith("--"):
                                e.date = jalali.to_gregorian(*(int(x) for x in same.split("-"))).isoformat()
                            return [e] + rest
                    if rest and rest[0].i == j + 1 and rest[0].kind in ("percent", "money", "quantity", "cardinal"):
                        head = rest[0]
                        scale = head.extra[0] if head.extra else 0.0
                        if not num.scale and scale and abs(value) < 1000:
                            value *= scale
                        mine = _Expr(i, j, head.kind, value, unit=head.unit)
                        mine.extra = [scale]
                        return [mine] + rest
                    if rest:
                        return [expr] + rest
            # «پنج بر سه», «۳۹ بر ۳۵»: a score or a ratio, two bare numbers
            if nxt == "بر" and self.kind(j + 1) in ("D", "W") and self.adjacent(j):
                other = self.number(j + 1)
                if other is not None and not other.ordinal and not other.scale:
                    return [expr, _Expr(other.i, other.j, "cardinal", other.value)]
            # «چهار تا سالن»: تا as a counter
            if nxt == "تا" and self.adjacent(j) and self.kind(j + 1) == "" and num.words:
                u = self.unit_at(j + 1)
                if u is not None and u[1] not in _UNTIL:
                    expr = _Expr(i, u[3], u[0], value, unit=u[1])
        elif unit is not None and self.k(j) in _RANGE_WORDS and self.kind(j + 1) in ("D", "W") and self.adjacent(j) \
                and self.adjacent(j - 1):
            # «بین ۱.۲ درصد تا ۷.۹ درصد»: both ends carry the unit
            rest = [r for r in self.read(j + 1) if r.kind != "skip"]
            if rest and rest[0].i == j + 1 and rest[0].unit == unit and rest[0].value_max is None:
                start = i - 1 if self.k(i - 1) in _BETWEEN and self.adjacent(i - 1) else i
                e = _Expr(start, rest[0].j, kind, value, rest[0].value, unit=unit)
                e.qualifier = rest[0].qualifier
                return [e] + rest[1:]
        self._post_qualifier(expr)
        return [expr]

    def _post_qualifier(self, e: _Expr) -> None:
        """«۱۵ سال و بیشتر», «۲۰ درصد به بالا», «یک میلیون و اندی»."""
        j = e.j
        if j + 1 < self.n and self.adjacent(j - 1) and self.adjacent(j):
            q = _POST_QUALIFIERS.get((self.k(j), self.k(j + 1)))
            if q is not None:
                e.qualifier = e.qualifier or q
                e.j = j + 2
                e.extra = e.extra + ["post"]

    def _lunar_mark(self, j: int) -> int | None:
        """The end of a lunar-year mark starting at token j («ق», «ه.ق», «ه ق», «قمری», «هجری قمری»), or None."""
        k = self.k(j)
        if k in ("ق", "قمری") and self.adjacent(j - 1):
            return j + 1
        if k in ("ه", "هجری") and self.adjacent(j):
            if self.k(j + 1) in ("ق", "قمری"):
                return j + 2
            if self.k(j + 1) == "." and self.k(j + 2) == "ق" and self.adjacent(j + 1):
                return j + 3
        return None

    def _money_context(self, i: int) -> bool:
        return any(self.k(x) in _MONEY_CUES for x in range(max(0, i - 6), i))

    def bare_year(self, i: int, j: int, d: _Num) -> list[_Expr] | None:
        """A plain number with no unit that can only be a year: «در ۱۳۹۹», «المپیک ۲۰۱۶»,
        «۱۹۰۸ میلادی», «انتخابات ۹۶»."""
        v = int(d.value)
        nxt, prev = self.k(j), self.k(i - 1)
        if nxt in _RANGE_WORDS and self.kind(j + 1) == "D":
            return None
        if d.digits == 4 and self.adjacent(j - 1) and nxt in ("میلادی", "م") and 1000 <= v <= 2200:
            return [_Expr(i, j + 1, "date", date=f"{v:04d}-01-01", date_end=f"{v:04d}-12-31")]
        if d.digits == 4 and self.adjacent(j - 1) and nxt in ("شمسی", "ش", "خورشیدی") and 1000 <= v <= 1600:
            return [_year_expr(i, j + 1, v, None)]
        if nxt == "قمری" or nxt == "هجری" and self.k(j + 1) == "قمری":
            return [_Expr(i, j + (1 if nxt == "قمری" else 2), "date")]  # a lunar year: not converted
        if d.digits == 4 and 1300 <= v <= 1499:
            return [_year_expr(i, j, v, None)]
        if prev in ("های", "ها", "و", "،", ",") and self.adjacent(i - 1):
            before = i - 2
            if self.kind(before) == "D" and prev not in ("های", "ها"):  # «مدل‌های ۲۰۱۶ و ۲۰۱۷»
                b = self.toks[before].num
                if b.plain and b.digits == 4 and 1900 <= b.value <= 2100 and self.k(before - 1) in _GREGORIAN_YEAR_CUES | {"های", "ها"}:
                    prev = "سال"
            elif prev in ("های", "ها"):
                prev = self.k(i - 2)
        if d.digits == 4 and 1900 <= v <= 2100 and prev in _GREGORIAN_YEAR_CUES:
            return [_Expr(i, j, "date", date=f"{v}-01-01", date_end=f"{v}-12-31")]
        if d.digits in (2, 4) and prev in _JALALI_YEAR_CUES and self.adjacent(i - 1):
            y = _jalali_year(v)
            if y is not None:
                return [_year_expr(i, j, y, None)]
        return None

    def range(self, num: _Number, j: int, value: float | None = None) -> list[_Expr]:
        i = num.i
        second = self.read(j + 1)
        second = [r for r in second if r.kind != "skip"]
        if not second or second[0].i != j + 1:
            return [_Expr(i, j, "cardinal", num.value)]
        hi = second[0]
        years = self._year_range(num, hi)
        if years is not None:
            return [years] + second[1:]
        if hi.kind == "date" and hi.jalali is None and self.kind(hi.i + 1) == "G" and num.value == int(num.value) \
                and 1 <= num.value <= 31 and not num.scale:
            # «۲۷ تا ۳۰ نوامبر»: a Gregorian day range; dated only when the year is written
            first = i - 1 if self.k(i - 1) in ("از", "بین") and self.adjacent(i - 1) else i
            e = _Expr(first, hi.j, "date")
            if hi.date:
                try:
                    e.date = _dt.date(int(hi.date[:4]), int(hi.date[5:7]), int(num.value)).isoformat()
                    e.date_end = hi.date
                except ValueError:
                    e.date = None
            return [e] + second[1:]
        if hi.kind == "date" and hi.jalali is None and hi.date is None and self.k(hi.i + 1) in _LUNAR_MONTHS \
                and num.value == int(num.value) and 1 <= num.value <= 30:
            first = i - 1 if self.k(i - 1) in ("از", "بین") and self.adjacent(i - 1) else i
            return [_Expr(first, hi.j, "date")] + second[1:]  # «۱۲ تا ۱۷ ربیع‌الاول»: a lunar day range
        if hi.kind == "date":
            # «سال‌های ۹۶ تا ۹۸» is read by year_date; here: «۲۷ تا ۳۰ بهمن», «۹۷-۹۶»
            if hi.jalali and num.value == int(num.value):
                lo_j = _day_range_start(hi.jalali, int(num.value))
                if lo_j is not None:
                    first = i - 1 if self.k(i - 1) in ("از", "بین") and self.adjacent(i - 1) else i
                    e = _date_range(first, hi.j, lo_j, hi.jalali)
                    if e is not None:
                        e.weekday = hi.weekday
                        return [e] + second[1:]
            return [_Expr(i, j, "cardinal", num.value)] + second
        if hi.kind == "ordinal" or hi.value is None:
            return [_Expr(i, j, "cardinal", num.value)] + second
        lo = num.value if value is None else value
        scale = hi.extra[0] if hi.extra else 0.0
        if not num.scale and scale and lo * scale <= hi.value * 1.0001:
            lo *= scale
        # «سال زراعی ۹۷-۹۶», «۹۶-۹۷»: two-digit or four-digit Jalali years
        if self.k(i - 1) in ("زراعی", "تحصیلی", "مالی", "سال", "سالهای") and hi.kind == "cardinal" and num.digit and self.toks[hi.i].num:
            y1, y2 = _jalali_year(int(num.value)), _jalali_year(int(self.toks[hi.i].num.value))
            if y1 and y2 and abs(y1 - y2) <= 50:
                return [_year_expr(i, hi.j, min(y1, y2), max(y1, y2))]
        if lo > hi.value and self.k(j) in ("-", "–", "—"):
            lo, hv = hi.value, lo
        else:
            hv = hi.value
        start = i
        if self.k(i - 1) in _BETWEEN and self.adjacent(i - 1):
            start = i - 1
        e = _Expr(start, hi.j, hi.kind if hi.kind != "cardinal" else "cardinal", lo, hv, unit=hi.unit)
        e.qualifier = hi.qualifier
        return [e] + second[1:]

    def _year_range(self, num: _Number, hi: _Expr) -> _Expr | None:
        """«۱۲۹۵ تا ۱۳۰۰», «(۱۸۹۴ تا ۱۹۶۵)», «۱۹۰۲ – ۱۹۷۹ میلادی»: two plain four-digit years."""
        d = num.digit
        if d is None or not d.plain or d.digits != 4:
            return None
        v = int(num.value)
        h = self.toks[hi.i].num if self.kind(hi.i) == "D" else None
        if h is None or not h.plain or h.digits != 4:
            return None
        w = int(h.value)
        a, b = min(v, w), max(v, w)
        if hi.kind == "date" and hi.jalali and len(hi.jalali) == 4 or hi.kind == "cardinal" and 1300 <= v <= 1499 and 1300 <= w <= 1499:
            if 1200 <= v <= 1499:
                return _year_expr(num.i, hi.j, a, b)
        if (hi.kind == "date" and hi.jalali is None and hi.date and hi.date.endswith("-01-01") or hi.kind == "cardinal") \
                and 1800 <= v <= 2100 and 1800 <= w <= 2100:
            return _Expr(num.i, hi.j, "date", date=f"{a}-01-01", date_end=f"{b}-12-31")
        return None

    # -- dates
    def _year_after(self, j: int) -> tuple[int | None, int, bool]:
        """A year right after a month: (jalali year or None, next index, gregorian?)."""
        x = j
        if self.k(x) in ("ماه",) and self.adjacent(x - 1):
            x += 1
        y = x
        if self.k(y) in ("،", ",") and self.k(y + 1) == "سال" and self.kind(y + 2) == "D" and self.adjacent(y) \
                and self.adjacent(y - 1) and self.toks[y + 2].num.plain and self.toks[y + 2].num.digits == 4:
            y += 1  # «یکم فروردین ماه، سال ۱۳۴۵»
        if self.k(y) == "سال" and self.adjacent(y - 1) and self.kind(y + 1) == "W" and self.adjacent(y):
            wy = self._word_year(y + 1)
            if wy is not None:
                return wy[0], wy[1], False  # «۲۷ اردیبهشت سال هشتاد»
        if self.k(y) == "سال" and self.adjacent(y - 1) and self.kind(y + 1) == "D":
            y += 1
        if self.kind(y) == "D" and self.adjacent(y - 1) and self.toks[y].num.plain:
            n = self.toks[y].num
            u = self.unit_at(y + 1)
            if n.digits in (2, 4) and not (n.digits == 2 and (
                    self.kind(y + 1) == "W" and self.adjacent(y) or u is not None and (u[0] != "quantity" or self.k(y + 1) in _COUNT_UNITS))):
                end = y + 1
                if self.k(end) == "هجری" and self.k(end + 1) in ("شمسی", "خورشیدی"):
                    end += 2
                elif self.k(end) in ("شمسی", "خورشیدی", "ش") and self.adjacent(end - 1):
                    end += 1
                return int(n.value), end, False
        return None, x, False

    def month_date(self, m: int, day: _Number | None, start: int) -> list[_Expr]:
        tok = self.toks[m]
        if self.k(start - 1) in _STREETS or self.k(start - 1) in ("های", "ها") and self.k(start - 2) in _STREETS:
            return [_Expr(start, m + 1, "skip")]  # «خیابان ۱۵ خرداد», «میدان هفت تیر»: names
        month = tok.month
        year_raw, j, _ = self._year_after(m + 1)
        year = _jalali_year(year_raw) if year_raw is not None else None
        if year_raw is not None and year is None:
            year_raw, j = None, m + 1
            if self.k(j) == "ماه" and self.adjacent(j - 1):
                j += 1
        if day is None:
            has_mah = tok.mah or (self.k(m + 1) == "ماه" and self.adjacent(m))
            if not has_mah and year is None:
                if tok.key in _AMBIGUOUS_MONTHS or self.k(m - 1) not in _MONTH_CONTEXT:
                    return []
            # «دهه اول شهریورماه»
            period = self._period(m - 2, m - 1, j, year, month)
            if period is not None:
                return [period]
            if year is None:
                return [_Expr(self._date_start(m), self._relative_year(j), "date", jalali=f"--{month:02d}")]
            first, last = jalali.month_span(year, month)
            return [_Expr(self._date_start(m), j, "date", jalali=f"{year}-{month:02d}", date=first.isoformat(), date_end=last.isoformat())]
        d = int(day.value)
        if tok.key in _AMBIGUOUS_MONTHS and day.words and not day.ordinal and year is None and not (
                tok.mah or self.k(m + 1) == "ماه"):
            if self.k(day.i) == "یک":
                return [_Expr(day.i, day.j, "skip")]  # «یک دی»
        if not jalali.is_valid(year, month, d):
            return [_Expr(day.i, day.j, "ordinal" if day.ordinal else "cardinal", day.value)]
        if day.ordinal and day.j == day.i + 1:
            period = self._period(day.i - 1, day.i, j, year, month)  # «هفته اول دی‌ماه»
            if period is not None:
                return [period]
        start = self._date_start(start)
        if year is None:
            j = self._relative_year(j)
            e = _Expr(start, j, "date", jalali=f"--{month:02d}-{d:02d}")
        else:
            e = _Expr(start, j, "date", jalali=f"{year}-{month:02d}-{d:02d}", date=jalali.to_gregorian(year, month, d).isoformat())
        return [e]

    def _relative_year(self, j: int) -> int:
        """Extend a yearless date over «امسال», «سال جاری», «سال گذشته»… (the year stays unknown)."""
        for words in sorted(_RELATIVE_YEAR, key=len, reverse=True):
            if all(self.k(j + x) == w for x, w in enumerate(words)) and self.adjacent(j - 1):
                return j + len(words)
        return j

    def _period(self, p: int, pos: int, j: int, year: int | None, month: int) -> _Expr | None:
        """«دهه اول شهریور», «هفته آخر اسفند», «نیمه دوم اردیبهشت ۱۴۰۲» as a day range."""
        table = _PERIOD_POS.get(self.k(p))
        if table is None or self.k(pos) not in table or p < 0:
            return None
        a, b = table[self.k(pos)]
        last = jalali.month_length(year, month)
        if a < 0:
            a = last + a
        b = b or last
        y = f"{year}" if year else "-"
        e = _Expr(p, j, "date", jalali=f"{y}-{month:02d}-{a:02d}", jalali_end=f"{y}-{month:02d}-{b:02d}")
        if year:
            e.date = jalali.to_gregorian(year, month, a).isoformat()
            e.date_end = jalali.to_gregorian(year, month, b).isoformat()
        return e

    def _date_start(self, i: int) -> int:
        if self.k(i - 1) in _DATE_PREFIX and i > 0 and self.adjacent(i - 1):
            return i - 1
        return i

    def gregorian_date(self, m: int, day: _Number | None, start: int) -> list[_Expr]:
        month = self.toks[m].month
        j = m + 1
        year = None
        if self.k(j) == "سال" and self.kind(j + 1) == "D" and self.adjacent(j):
            j += 1
        if self.kind(j) == "D" and self.adjacent(j - 1) and self.toks[j].num.plain and self.toks[j].num.digits == 4:
            year = int(self.toks[j].num.value)
            j += 1
            if self.k(j) == "میلادی" and self.adjacent(j - 1):
                j += 1
        if self.toks[m].key in ("می", "مه") and year is None and self.k(m - 1) != "ماه":
            return []  # «سه می گوید»: «می» is a verb prefix far more often than May
        if day is None and year is None:
            prev = self.k(m - 1)
            if prev == "ماه" and self.adjacent(m - 1):
                start = m - 1
            elif prev not in _MONTH_CONTEXT:
                return []
            return [_Expr(start, m + 1, "date")]
        start = self._date_start(start)
        if day is None:
            first = _dt.date(year, month, 1)
            last = (first.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _dt.timedelta(days=1)
            return [_Expr(start, j, "date", date=first.isoformat(), date_end=last.isoformat())]
        d = int(day.value)
        if year is None:
            if self.k(m + 1) == "سال":
                j = m + 1
            return [_Expr(start, j, "date", extra=["g", month, d])]
        try:
            return [_Expr(start, j, "date", date=_dt.date(year, month, d).isoformat())]
        except ValueError:
            return []

    def lunar_date(self, m: int, day: _Number, start: int) -> list[_Expr]:
        """«۱۵ شعبان», «۱۸ ذی‌الحجه ۱۴۴۴»: a Hijri lunar date, kept as a date mention; the stage does
        not convert the lunar calendar (its months depend on moon sighting)."""
        j = m + 1
        if self.k(m) in ("ربیع", "جمادی", "ذی") and self.k(j).startswith("ال"):
            j += 1
        if self.kind(j) == "D" and self.adjacent(j - 1) and self.toks[j].num.plain and self.toks[j].num.digits == 4:
            j += 1
        if self.k(j) == "قمری" or self.k(j) == "هجری" and self.k(j + 1) == "قمری":
            j += 1 if self.k(j) == "قمری" else 2
        return [_Expr(self._date_start(start), j, "date")]

    def numeric_date(self, i: int) -> list[_Expr]:
        parts = self.toks[i].parts
        raw = ascii_digits(self.text[self.starts[i]: self.ends[i]])
        if self.is_identifier(i):
            return [_Expr(i, i + 1, "skip")]
        a, b, c = parts
        la = len(re.split(r"[/\-.]", raw)[0])
        lc = len(re.split(r"[/\-.]", raw)[2])
        if "." in raw and 4 not in (la, lc):
            return [_Expr(i, i + 1, "skip")]  # «1.1.12»: a version number
        if la in (2, 4) and lc <= 2 and (la == 4 or jalali.is_valid(None, b, c)):
            y, mo, d = a, b, c
        elif lc in (2, 4) and la <= 2:
            d, mo, y = a, b, c  # «۲۷/۳/۶۶», «۱۳/۲/۹۵»
        else:
            return [_Expr(i, i + 1, "skip")]
        if 1900 <= y <= 2100:
            try:
                return [_Expr(i, i + 1, "date", date=_dt.date(y, mo, d).isoformat())]
            except ValueError:
                return [_Expr(i, i + 1, "skip")]
        year = _jalali_year(y)
        if year is None or not jalali.is_valid(year, mo, d):
            return [_Expr(i, i + 1, "skip")]
        return [_Expr(self._date_start(i), i + 1, "date", jalali=f"{year}-{mo:02d}-{d:02d}",
                      date=jalali.to_gregorian(year, mo, d).isoformat())]

    def weekday(self, i: int, start: int) -> list[_Expr]:
        tok = self.toks[i]
        if tok.kind == "K":
            wd, j = tok.weekday, i + 1
            if wd == 5 and self.k(i - 1) in _NOT_A_FRIDAY:
                return [_Expr(i, j, "skip")]
        else:
            wd, j = _WEEKDAY_PREFIX[int(tok.word.parts[0])], i + 2
        start = self._date_start(start)
        if self.k(start - 1) in ("امروز", "فردا", "دیروز", "پریروز", "امشب") and self.adjacent(start - 1):
            start -= 1  # «امروز یکشنبه», «فردا پنجشنبه»: the weekday says which day
        # a date right after the weekday: «شنبه ۱۵ آبان ۱۳۹۵», «دوشنبه، ۲۱ مرداد»
        x = j
        if self.k(x) in _TIMES_OF_DAY and self.adjacent(x - 1) and self.kind(x + 1) in ("D", "W"):
            x += 1  # «سه‌شنبه شب هشتم شهریور ماه»
        if self.k(x) in ("،", ",", "-", "(") and self.adjacent(x - 1):
            x += 1
        if self.kind(x) == "D" and self.k(x + 1) in _RANGE_WORDS and self.kind(x + 2) == "K" and self.adjacent(x) \
                and self.adjacent(x + 1) and self.adjacent(x - 1) and self.toks[x].num.plain:
            # «از شنبه ۲۱ لغایت چهارشنبه ۲۵ آبان»: a day range, each day with its weekday
            hi = [r for r in self.weekday(x + 2, x + 2) if r.kind != "skip"]
            if hi and hi[0].i == x + 2 and hi[0].jalali and hi[0].jalali.count("-") >= 2:
                lo = _day_range_start(hi[0].jalali, int(self.toks[x].num.value))
                if lo is not None:
                    if self.k(start - 1) in ("از", "بین") and self.adjacent(start - 1):
                        start -= 1
                    e = _date_range(start, hi[0].j, lo, hi[0].jalali)
                    if e is not None:
                        e.weekday = wd
                        return [e] + hi[1:]
        if x < self.n and self.adjacent(x - 1) and self.kind(x) in ("D", "W", "X"):
            rest = self.read(x)
            if rest and rest[0].kind == "date" and rest[0].i == x and rest[0].weekday is None:
                e = rest[0]
                e.i, e.weekday = start, wd
                if self.k(x - 1) == "(" and self.k(e.j) == ")":
                    e.j += 1
                return [e] + rest[1:]
        if self.k(j) in ("گذشته", "آینده", "آتی", "اخیر") and self.adjacent(j - 1):
            j += 1  # «جمعه گذشته»
        return [_Expr(start, j, "date", weekday=wd)]

    def year_date(self, i: int) -> list[_Expr]:
        """«سال ۹۹», «سال ۱۳۹۹», «سال ۲۰۱۳», «سال‌های ۹۶ تا ۹۸», «سال زراعی ۹۷-۹۶», «سال‌های ۲۰۱۷، ۲۰۱۸ و ۲۰۱۹»."""
        j = i + 1
        for _ in range(2):
            if self.k(j) in _YEAR_KINDS and self.adjacent(j - 1):
                j += 1
        if self.kind(j) == "W" and self.adjacent(j - 1) and i + 1 == j and self.toks[i].key == "سال":
            wy = self._word_year(j)
            if wy is None:
                return []
            e = self._year_span(i, wy[1], wy[0], None, wy[2])
            return [e] if e is not None else []
        if self.kind(j) != "D" or not self.adjacent(j - 1):
            return []
        n = self.toks[j].num
        if not n.plain or n.digits not in (2, 4) or self.is_identifier(j):
            return []
        u = self.unit_at(j + 1)
        if n.digits == 2 and (self.kind(j + 1) == "W" and self.adjacent(j) or u is not None and (
                u[0] != "quantity" or self.k(j + 1) in _COUNT_UNITS)):
            return []  # «در طول سال ۱۲ بار», «سال مالی ۱۰ درصد»: a count, not a year
        out: list[_Expr] = []
        start = i
        while True:
            y1 = int(n.value)
            end = j + 1
            y2 = None
            if self.k(end) in _RANGE_WORDS and self.kind(end + 1) == "D" and self.adjacent(end) and self.toks[end + 1].num.plain:
                y2 = int(self.toks[end + 1].num.value)
                end += 2
            if y2 is not None and start == i and self.k(i - 1) in ("از", "بین") and self.adjacent(i - 1):
                start = i - 1  # «از سال ۸۸ تا ۹۲»
            e = self._year_span(start, end, y1, y2, n.digits)
            if e is None:
                return out
            out.append(e)
            end = e.j
            # a list of years sharing «سال‌های»
            if self.k(end) in ("،", ",", "و") and self.kind(end + 1) == "D" and self.adjacent(end):
                n2 = self.toks[end + 1].num
                u2 = self.unit_at(end + 2)
                if n2.plain and n2.digits == n.digits and (u2 is None or u2[0] == "quantity" and self.k(end + 2) not in _COUNT_UNITS) \
                        and not (self.kind(end + 2) == "W" and self.adjacent(end + 1)):  # not «سال ۸۲، ۱۵ درصد»
                    j, n, start = end + 1, n2, end + 1
                    continue
            return out

    def _word_year(self, x: int) -> tuple[int, int, int] | None:
        """A year written in words after «سال»: «سال هشتاد» (1380), «سال هزار و سیصد و پنجاه و هفت»,
        «سال دو هزار و ده»: (year as written, next index, 2 or 4 digits)."""
        if not self.word_ok(x) or self._in_compound(x):
            return None
        num = self.number(x)
        if num is None or num.ordinal or num.fraction or num.percent or num.tail or num.value != int(num.value):
            return None
        v = int(num.value)
        if not (40 <= v <= 99 or 1300 <= v <= 1499 or 1900 <= v <= 2100):
            return None
        u = self.unit_at(num.j)
        if u is not None and (u[0] != "quantity" or self.k(num.j) in _COUNT_UNITS):
            return None  # «سال هشتاد درصد», «سال پنجاه نفر»: not a year
        return v, num.j, 2 if v < 100 else 4

    def _year_span(self, start: int, end: int, y1: int, y2: int | None, digits: int) -> _Expr | None:
        lunar_end = self._lunar_mark(end)
        if lunar_end is not None:
            # a lunar Hijri year: a date, but not one this stage converts
            return _Expr(start, lunar_end, "date")
        if y2 is not None and y1 < 100 and 1800 <= y2 <= 2100:
            y1, digits = y2 // 100 * 100 + y1, 4  # «سال ۱۴-۲۰۱۳»: the fiscal year 2013-14
        gregorian = self.k(end) == "میلادی" or (digits == 4 and 1800 <= y1 <= 2100)
        if self.k(end) in ("میلادی", "شمسی", "خورشیدی", "ش", "م") and self.adjacent(end - 1):
            gregorian = self.k(end) in ("میلادی", "م")
            end += 1
        elif self.k(end) == "هجری" and self.k(end + 1) == "شمسی":
            end += 2
        if gregorian:
            if y1 < 100:
                y1 += 2000 if y1 <= 30 else 1900  # «سال ۷۰ میلادی»
            if y2 is not None and y2 < 100:
                y2 += y1 // 100 * 100
            lo, hi = (y1, y2) if y2 is None or y1 <= y2 else (y2, y1)
            return _Expr(start, end, "date", date=f"{lo}-01-01", date_end=f"{hi if hi is not None else lo}-12-31")
        a = _jalali_year(y1)
        b = _jalali_year(y2) if y2 is not None else None
        if a is None or (y2 is not None and b is None):
            return None
        if b is not None and b < a:
            a, b = b, a
        return _year_expr(start, end, a, b)

    def season(self, i: int) -> list[_Expr]:
        """«بهار ۱۴۰۲», «تابستان سال ۹۵»: the season's three Jalali months."""
        j = i + 1
        if self.k(j) == "سال" and self.adjacent(j):
            j += 1
        if self.kind(j) != "D" or not self.adjacent(j - 1):
            return []
        n = self.toks[j].num
        if not n.plain or n.digits not in (2, 4) or self.unit_at(j + 1) is not None:
            return []
        year = _jalali_year(int(n.value))
        if year is None:
            return []
        first = _SEASONS[self.toks[i].key]
        start = i - 1 if self.k(i - 1) == "فصل" and self.adjacent(i - 1) else i
        e = _Expr(start, j + 1, "date", jalali=f"{year}-{first:02d}", jalali_end=f"{year}-{first + 2:02d}")
        e.date = jalali.month_span(year, first)[0].isoformat()
        e.date_end = jalali.month_span(year, first + 2)[1].isoformat()
        return [e]

    def decade(self, i: int) -> list[_Expr]:
        """«دهه ۵۰», «دهه ۹۰ میلادی»; «دهه اول شهریور» is read from the month."""
        if self.kind(i + 1) == "W" and self.k(i + 1) in _DECADE_POS and self.kind(i + 2) == "J":
            return self.month_date(i + 2, None, i)
        if self.kind(i + 1) != "D":
            return []
        n = self.toks[i + 1].num
        if not n.plain or n.value % 10 or n.digits not in (2, 4):
            return []
        v = int(n.value)
        end = i + 2
        if self.k(end) == "میلادی" or v >= 1800:
            if v < 100:
                v += 1900
            if self.k(end) == "میلادی":
                end += 1
            return [_Expr(i, end, "date", date=f"{v}-01-01", date_end=f"{v + 9}-12-31")]
        y = _jalali_year(v)
        if y is None:
            return []
        return [_year_expr(i, end, y, y + 9)]


_POST_QUALIFIERS = {
    ("و", "بیشتر"): "gte", ("و", "بالاتر"): "gte", ("به", "بالا"): "gte", ("و", "بیش"): "gte",
    ("و", "کمتر"): "lte", ("و", "پایینتر"): "lte", ("به", "پایین"): "lte", ("و", "اندی"): "approx",
}
_VAGUE = set(key(w) for w in "چند چندین دهها ده‌ها صدها هزاران میلیونها فلان چندصد چندده".split())
_MONEY_CUES = set(key(w) for w in """
وام قیمت مبلغ بودجه سرمایه سرمایهگذاری سرمایه‌گذاری فساد اعتبار اعتبارات تسهیلات قسط اقساط سود
جریمه اوراق پرداختی وجوه هزینه هزینههای درآمد کمک پرداخت حقوق یارانه بدهی بدهکاری قرارداد فروش خرید دستمزد
پاداش رشوه اختلاس کلاهبرداری بها ارزش وجه نقدینگی سپرده ضمانت وثیقه دیه مهریه کارت مالیات
""".split())
_GREGORIAN_YEAR_CUES = set(key(w) for w in """
المپیک پارالمپیک جهانی یورو آسیایی بازیهای مدل سال کوپا لیگ جام توکیو ریو لندن پکن نمایشگاه اکسپو اجلاس
""".split())
_JALALI_YEAR_CUES = set(key(w) for w in "انتخابات بودجه سال اسفند فروردین نوروز فتنه سرشماری کنکور".split())
_TIMES_OF_DAY = {"صبح", "عصر", "شب", "ظهر", "بامداد", "بعدازظهر", "شامگاه", "صبحگاه"}
_YEAR_PREPOSITIONS = set(key(w) for w in "در از تا سال پایان ابتدای اوایل اواخر اواسط طی نیمه مصوب مورخ".split())
_YEAR_KINDS = set(key(w) for w in "زراعی تحصیلی مالی آبی های ها".split())
_STREETS = set(key(w) for w in """خیابان خیابانهای میدان بلوار بزرگراه اتوبان پل کوی چهارراه ورزشگاه مجتمع پارک
بیمارستان مدرسه دبیرستان هنرستان دانشگاه مسجد فرودگاه سینما تالار""".split())
_UNTIL = {"پایان", "آخر", "انتهای", "اواخر", "اوایل", "کنون", "اکنون", "حالا", "امروز", "زمان", "هنگام",
          "موقع", "قبل", "بعد", "پیش", "سقف", "حد", "ساعت"}
_COUNT_UNITS = set(key(w) for w in """
نفر تن کیلو کیلوگرم گرم متر کیلومتر سانتیمتر هکتار لیتر بشکه مگاوات کیلووات گیگاوات واحد دستگاه
سال ماه روز هفته ساعت دقیقه ثانیه میلیون میلیارد هزار درصد برابر مورد عدد شهرک ناحیه استان شهر
کشور نفری بار دوره جلد عنوان قلم فقره رأس راس باب دانه پروژه طرح مدرسه شرکت کارخانه
""".split())
_UNIT_TABLE = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "\u064b": None, "\u064f": None,
                             "\u0650": None, "\u064e": None, "\u0651": None, "\u0652": None, "\u0640": None})


def _compose(parts: list[float]) -> float:
    return compose(parts)


def _chunk(parts: list[float]) -> float:
    """Value of the trailing parts after the last scale word (what «و» may add to)."""
    cur = 0.0
    for p in parts:
        if is_scale(p):
            cur = 0.0
        else:
            cur += p
    return cur


def _jalali_year(y: int | None) -> int | None:
    """A written year -> a four-digit Jalali year. Two-digit years are read with a fixed pivot
    (00-20 -> 1400-1420, 21-99 -> 1321-1399), never from today's date."""
    if y is None:
        return None
    if 1200 <= y <= 1499:
        return y
    if 0 <= y <= 99:
        return 1400 + y if y <= 20 else 1300 + y
    return None


def _year_expr(i: int, j: int, a: int, b: int | None) -> _Expr:
    first, _ = jalali.year_span(a)
    _, last = jalali.year_span(b if b is not None else a)
    return _Expr(i, j, "date", jalali=str(a), jalali_end=str(b) if b is not None else None,
                 date=first.isoformat(), date_end=last.isoformat())


def _day_range_start(jal: str, day: int) -> str | None:
    """«۲۷ تا ۳۰ بهمن ۹۴»: the start day takes the month and year of the end."""
    parts = jal.split("-")
    if jal.startswith("--"):
        month = int(jal[2:4])
        if len(jal) == 4:
            return None
        return f"--{month:02d}-{day:02d}" if jalali.is_valid(None, month, day) else None
    if len(parts) != 3:
        return None
    y, m = int(parts[0]), int(parts[1])
    return f"{y}-{m:02d}-{day:02d}" if jalali.is_valid(y, m, day) else None


def _date_range(i: int, j: int, lo: str, hi: str) -> _Expr | None:
    e = _Expr(i, j, "date", jalali=lo, jalali_end=hi)
    if not lo.startswith("--"):
        y, m, d = (int(x) for x in lo.split("-"))
        y2, m2, d2 = (int(x) for x in hi.split("-"))
        e.date = jalali.to_gregorian(y, m, d).isoformat()
        e.date_end = jalali.to_gregorian(y2, m2, d2).isoformat()
    return e


# ---------------------------------------------------------------- public API

_TRIGGER = re.compile(
    rf"[{_D}]|[یيكک]ک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|بیست|بيست|سی|سي|چهل|پنجاه|شصت|هفتاد|هشتاد|نود|صد|هزار|میلیون|ميليون|"
    r"میلیارد|ميليارد|نیم|نيم|اول|نخست|شنبه|جمعه|" + "|".join(sorted(set(JALALI_MONTHS) | set(GREGORIAN_MONTHS), key=len, reverse=True))
)


def extract(text: str, legacy_slash: bool = False) -> list[NumberMention]:
    """Every number, quantity, money amount, percentage, range and date in ``text``, in order.
    ``legacy_slash``: read Latin-digit «a/b» as the decimal b.a (visual-order text, see ``annotate``)."""
    if not text or not _TRIGGER.search(text):
        return []
    r = _Reader(text, legacy_slash)
    exprs: list[_Expr] = []
    toks = r.toks
    i = 0
    n = r.n
    interesting = ("D", "W", "J", "G", "K", "X")
    while i < n:
        if toks[i].kind not in interesting and toks[i].key not in _STARTERS:
            i += 1
            continue
        got = r.read(i)
        if not got:
            i += 1
            continue
        last = i + 1
        for e in got:
            last = max(last, e.j)
            if e.kind != "skip":
                exprs.append(e)
        i = last
    return [_mention(r, e) for e in _merge_date_ranges(r, exprs)]


_LUNAR_MONTHS = {"محرم", "صفر", "ربیع", "ربیعالاول", "ربیعالثانی", "جمادی", "جمادیالاول", "جمادیالثانی",
                 "جمادیالاولی", "جمادیالآخر", "رجب", "شعبان", "رمضان", "شوال", "ذی", "ذیالقعده", "ذیالحجه"}
_SEASONS = {"بهار": 1, "تابستان": 4, "پاییز": 7, "پائیز": 7, "زمستان": 10}
_STARTERS = {"سال", "سالهای", "سالها", "دهه"} | set(_SEASONS)


def _merge_date_ranges(r: _Reader, exprs: list[_Expr]) -> list[_Expr]:
    """«از ۲۰ آبان لغایت ۱۴ آذر ۱۳۹۵», «۲۷ اوت تا ۲۲ اکتبر ۲۰۱۷»: two dates joined by a range word
    are one date range; the first takes the year of the second when it has none."""
    out: list[_Expr] = []
    for e in exprs:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "date" and e.kind == "date" and e.i == prev.j + 1
                and r.k(prev.j) in _RANGE_WORDS and r.adjacent(prev.j - 1) and r.adjacent(prev.j)
                and prev.jalali_end is None and e.jalali_end is None and prev.weekday is None or False):
            merged = _join_dates(prev, e)
            if merged is not None:
                if r.k(prev.i - 1) in ("از", "بین") and r.adjacent(prev.i - 1):
                    merged.i = prev.i - 1
                out[-1] = merged
                continue
        out.append(e)
    return out


def _join_dates(a: _Expr, b: _Expr) -> _Expr | None:
    e = _Expr(a.i, b.j, "date")
    if a.jalali and b.jalali and a.jalali.count("-") == b.jalali.count("-") or (
            a.jalali and b.jalali and a.jalali.startswith("--") and b.jalali.count("-") == 2 and not b.jalali.startswith("--")):
        lo, hi = a.jalali, b.jalali
        if lo.startswith("--") and not hi.startswith("--") and lo.count("-") == 3:
            year = int(hi[:4]) - (int(lo[2:4]) > int(hi[5:7]))  # «از هشتم بهمن الی ۳۰ فروردین ۹۱»: the year before
            lo = f"{year}{lo[1:]}"  # «۲۰ آبان تا ۱۴ آذر ۱۳۹۵»
        e.jalali, e.jalali_end = lo, hi
        if not lo.startswith("--") and lo.count("-") == 2:
            try:
                e.date = jalali.to_gregorian(*(int(x) for x in lo.split("-"))).isoformat()
            except ValueError:
                return None
        elif a.date:
            e.date = a.date
        e.date_end = b.date_end or b.date
        return e
    if a.jalali is None and b.jalali is None and (a.date or a.extra[:1] == ["g"]) and b.date:
        if a.date:
            e.date = a.date
        else:
            try:
                e.date = _dt.date(int(b.date[:4]), a.extra[1], a.extra[2]).isoformat()
            except ValueError:
                return None
        e.date_end = b.date_end or b.date
        return e
    return None


def _mention(r: _Reader, e: _Expr) -> NumberMention:
    start = r.starts[e.i]
    end = r.ends[e.j - 1]
    qualifier = e.qualifier
    if qualifier is None and e.kind != "date":
        qualifier, _ = r.qualifier(e.i if r.k(e.i) not in _BETWEEN else e.i)
    return NumberMention(
        start=start, end=end, text=r.text[start:end], kind=e.kind, value=e.value, value_max=e.value_max,
        unit=e.unit, qualifier=qualifier, jalali=e.jalali, jalali_end=e.jalali_end, date=e.date,
        date_end=e.date_end, weekday=e.weekday,
    )


def annotate(document) -> None:
    """Run ``extract`` on ``document.text`` and append the mentions in original offsets."""
    legacy = bool(_LEGACY_LETTERS.search(document.original)) and "/" in document.text
    for m in extract(document.text, legacy_slash=legacy):
        document.numbers.append(document.rebase(m))
