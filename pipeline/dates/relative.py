"""Finder for date expressions the numbers grammar does not read: «دیروز», «ظهر امروز», «فردا شب»,
«هفته گذشته», «ماه آینده», «امسال», «سال گذشته میلادی», «فصل گذشته» (a sports season: found, not
resolved), «سال تحصیلی جاری», lunar holidays («عید فطر», «عاشورا»), and two growths of mentions the
numbers stage did find:

- a count of hours/days/weeks/months/years, or a range of them, followed by a direction («دو روز
  پیش», «سه سال قبل», «۵ سال گذشته», «دو هفته دیگر», «۴۸ ساعت گذشته», «دو سه سال اخیر») becomes
  one date mention over the whole phrase; the count stays in
  ``value``/``unit`` (the numbers stage reads «دو روز» as a quantity; the date is the phrase);
- a weekday followed by «هفته گذشته/آینده/جاری» («دوشنبه هفته گذشته») takes the week in;
- a lunar holiday followed by a year («عید فطر ۱۴۴۵», «عاشورای ۱۴۰۲») becomes one lunar date: the
  numbers stage reads the year alone as a Jalali year (1445 would be 2066); from 1420 on it is a
  Hijri year, below it the Jalali year the holiday falls in.

Spans are found in ``doc.text`` (normalized) and stored in ORIGINAL offsets via ``doc.rebase``; a
new mention never overlaps an existing one. What each expression means is decided in ``resolve``.
"""
from __future__ import annotations

import dataclasses
import re

from ..document import Document, NumberMention
from ..numbers.confidence import confidence
from ..numbers.lexicon import JALALI_MONTHS, SEASONS
from ..persian.events import NATIONAL_PERIODS, OCCASION_UNIT_HEADS
from .tense import PAST_STEMS

_B = r"(?<![\w\u200c])"
_E = r"(?![\w\u200c])"
_SP = r"[ \u200c]"  # one space or ZWNJ between the words of an expression
# the end of a word, or a possessive or ezafe after a ZWNJ that stays out of the span: «فصل
# گذشته‌شان», «سه فصل گذشته‌ی باوا» (a judge of the eighth dev draw)
_E_OR_SUFFIX = r"(?:(?![\w\u200c])|(?=\u200c(?:ی|اش|ش|شان|مان|تان)(?![\w\u200c])))"

LUNAR_HOLIDAYS = (
    r"عید{sp}(?:سعید{sp})?فطر", r"عید{sp}(?:سعید{sp})?(?:قربان|اضحی)", r"عید{sp}(?:سعید{sp})?غدیر(?:{sp}خم)?",
    r"عید{sp}(?:سعید{sp})?مبعث", r"(?:روز{sp})?تاسوعا(?:ی{sp}حسینی)?", r"(?:روز{sp})?عاشورا(?:ی{sp}حسینی)?",
    r"(?:روز{sp})?اربعین{sp}حسینی", r"روز{sp}اربعین", r"نیمه{sp}(?:ماه{sp})?شعبان",
)
_HOLIDAY = "(?:" + "|".join(h.format(sp=_SP) for h in LUNAR_HOLIDAYS) + ")"
#: «ماه مبارک رمضان», «این ماه مبارک», «ماه محرم»: the lunar month the article is in or near
_LUNAR_MONTH_ALONE = (r"(?:(?:این|همین)" + _SP + r")?ماه" + _SP + r"(?:مبارک(?:" + _SP + r"رمضان)?|رمضان|محرم|صفر)")
_LUNAR_MONTH = re.compile(_LUNAR_MONTH_ALONE)
#: «هفته دفاع مقدس», «ایام دهه فجر»: national periods on fixed Jalali days
_NATIONAL = "(?:(?:ایام" + _SP + ")?(?:" + "|".join(
    _SP.join(name.split()) for name in sorted(NATIONAL_PERIODS, key=len, reverse=True)) + "))"
#: a part of the day said with a relative day joins its span: «ظهر امروز», «فردا شب», «دیروز صبح»
PARTS_OF_DAY = ("صبح", "ظهر", "عصر", "بعدازظهر", "شب", "بامداد", "غروب", "نیمه‌شب", "شامگاه")
_PART = "(?:(?:بعد|پیش|قبل)" + _SP + "از" + _SP + "ظهر|" + "|".join(PARTS_OF_DAY) + ")"  # «بعد از ظهر» spaced too
# «عصر سه‌شنبه»: the part of the day said before a weekday is the same date
_PART_BEFORE_DAY = re.compile(r"(?<![\w\u200c])(?:(?:بعد|پیش|قبل)[ \u200c]+از[ \u200c]+ظهر|صبح|ظهر|عصر|بعدازظهر|شب|بامداد|غروب|شامگاه)"
                              r"(?:[ \u200c]+روز)?[ \u200c]+$")
# «جمعه شب», «شنبه صبح»: the part of the day said after a weekday is the same date
_PART_AFTER = re.compile(r"[ \u200c]+" + _PART + r"(?![\w\u200c])")

_SEASON = r"(?:بهار|تابستان|پاییز|پائیز|زمستان)"
# «حریف فردای استقلال», «نبرد فردای دو تیم»: tomorrow's match (CONVENTIONS round 19); «فردای انقلاب» is
# the day after an event
_TOMORROWS = "(?:" + "|".join(f"(?<={w} )فردای" for w in "حریف نبرد دیدار بازی مسابقه رقابت تمرین".split()) + ")"
# «فصل بعد», «سال بعد»: the next one; not «یک هفته بعد از بازی» (a stretch after an event)
_NEXT = r"بعد(?!" + _SP + r"(?:از|ازآن)" + _E + ")"
_EXPRESSIONS = re.compile(
    _B + "(?:"
    r"(?:(?:(?:پیش|قبل|بعد)" + _SP + r"از" + _SP + r"ظهر|" + _PART + r")" + _SP + r")?(?:امروز|دیروز|پریروز|فردا|پس"
    + _SP + r"?فردا)(?:" + _SP + _PART + r")?"
    r"|امشب|دیشب|پریشب|فرداشب|" + _TOMORROWS
    + r"|(?:فصل|سال" + _SP + r"تحصیلی|سال" + _SP + r"زراعی)" + _SP + r"(?:گذشته|قبل|پیش" + _SP + r"?رو|پیش|آینده|آتی|جاری|جدید|اخیر|" + _NEXT + ")"
    r"|روز" + _SP + r"(?:گذشته|جاری|آینده|" + _NEXT + ")"
    r"|این" + _SP + r"فصل(?!" + _SP + r"(?:از|گذشته|قبل|پیش|آینده|آتی)" + _E + ")"
    r"|(?:هفته" + _SP + r"(?:گذشته|قبل|پیش" + _SP + r"?رو|پیش|آینده|آتی|جاری|" + _NEXT + ")(?!" + _SP + r"از" + _E + ")|این" + _SP + r"هفته(?!" + _SP + r"(?:گذشته|قبل|پیش|آینده|آتی)))"
    r"|(?:ماه" + _SP + r"(?:گذشته|قبل|پیش" + _SP + r"?رو|پیش|آینده|آتی|جاری|" + _NEXT + ")|این" + _SP + r"ماه(?!" + _SP + r"(?:مبارک|رمضان|محرم|صفر|شعبان|رجب|گذشته|قبل|پیش|آینده|آتی)))(?:" + _SP + r"میلادی)?"
    r"|(?:فصل" + _SP + r")?" + _SEASON + _SP + r"(?:گذشته|قبل|آینده|آتی|جاری|کنونی|اخیر|بعدی|پیش" + _SP + r"?رو|" + _NEXT + ")"
    # «مدت مشابه سال قبل», «دوره مشابه پارسال»: the same stretch of last year is one date (judges of
    # three dev draws)
    r"|(?:(?:مدت|دوره|زمان|فصل|ماه" + _SP + r"?های|ماه)" + _SP + r"مشابه" + _SP + r"(?:در" + _SP + r")?)?"
    r"(?:امسال|پارسال|سال" + _SP + r"(?:جاری|جدید|گذشته|قبل|پیش|آینده|آتی|اخیر|" + _NEXT + "))(?:" + _SP + r"(?:میلادی|شمسی|خورشیدی))?"
    # «همان روز», «آن شب», «همین تاریخ», «روز حادثه», «شب انفجار»: a day said before or the day of an
    # event the article tells (judges of several dev draws: one date each, left unresolved). Not «همان
    # سال»: mostly the year of a date just written («۱۷ دسامبر همان سال», round 45)
    r"|(?:همان|همین|آن)" + _SP + r"(?:روز|شب|تاریخ)(?!" + _SP + r"?(?:ها|های)" + _E + ")"
    r"(?!" + _SP + r"(?:[\d۰-۹]|" + _HOLIDAY + r"|(?:یک|دو|سه|چهار|پنج)?" + _SP + r"?شنبه|جمعه|عید|اربعین|عاشورا|تاسوعا))"
    r"|(?:روز|شب)" + _SP + r"(?:حادثه|واقعه|رونمایی|افتتاح|انفجار|زلزله|فینال|تشییع|سانحه)"
    r"|" + _LUNAR_MONTH_ALONE + r"(?!" + _SP + r"(?:سال|[\d۰-۹]))"
    r"|" + _HOLIDAY + "|" + _NATIONAL +
    ")" + _E_OR_SUFFIX
)
# A competition said without its name: its start, end or break is a point of the season («شروع لیگ»,
# «پایان رقابت‌ها», «پایان نقل و انتقالات زمستانی»); «لیگ برتر» after it is an event's name instead.
_COMPETITION = (r"(?:لیگ|رقابت" + _SP + r"?ها|مسابقات|نقل" + _SP + r"و" + _SP + r"انتقالات(?:" + _SP
                + r"(?:زمستانی|تابستانی))?)(?!" + _SP + r"*(?:برتر|دسته|یک|قهرمانان|ملت|ستارگان|آزادگان|جزیره|حرفه|امید|"
                r"جوانان|نوجوانان|بانوان|فوتسال|فوتبال|والیبال|بسکتبال|هندبال|کشتی|جهانی|جام|یورو|مرحله|لیگ|\S{2,}م(?:ین)?" + _E + "))")
#: a league's round by its ordinal: «پایان هفته دهم» is the end of that round, no week of the calendar
_MATCHWEEK = (r"(?:(?:بیست|سی)" + _SP + r"و" + _SP + r")?(?:یکم|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم"
              r"|سیزدهم|چهاردهم|پانزدهم|شانزدهم|هفدهم|هجدهم|هیجدهم|نوزدهم|بیستم|سی" + _SP + r"?ام|نخست)(?![\w\u200c])")
_TRANSFERS = r"نقل" + _SP + r"و" + _SP + r"انتقالات(?:" + _SP + r"(?:زمستانی|تابستانی))?"
#: what «روزهای پایانی», «هفته آخر» are the end of (judges of the tenth dev draw: relative dates)
_STRETCH = (r"(?:فصل|سال(?:" + _SP + r"نو)?|ماه" + _SP + r"(?:مبارک" + _SP + r")?(?:رمضان|محرم|صفر)|ماه|" + _SEASON + "|" + "|".join(sorted(JALALI_MONTHS, key=len, reverse=True)) + "|"
            r"تعطیلات(?:" + _SP + r"(?:عید" + _SP + r")?نوروزی?)?|" + _TRANSFERS + ")")
#: events whose days are said by their ordinal: «دومین روز سفر», «آخرین روز اردو»
_DAYS_OF_WHAT = (r"(?:سفر|اجلاس|نشست|همایش|نمایشگاه|جشنواره|کنفرانس|اردو|تمرین|تمرینات|رقابت[ \u200c]?های?|مسابقات"
                 r"|بازی[ \u200c]?های?|المپیک|جام|تور|دیدار|مذاکرات|تعطیلات|حضور|اقامت)")
# Said alone, a part of the current period or a point of the season: «تا پایان سال», «ابتدای فصل»,
# «پایان سال تحصیلی», «نیم فصل», «شب گذشته», «اوایل زمستان», «ادامه فصل», «شروع لیگ»; a season after
# «در/تا/از» («در تابستان»: the coming or current one) (found, not resolved: the year or season is
# implied).
_PARTS_ALONE = re.compile(
    _B + r"(?:(?:نیمه" + _SP + r"?)?شب" + _SP + r"گذشته|شامگاه" + _SP + r"گذشته"
    r"|(?:(?:ابتدای|اوایل|اواسط|اواخر|پایان|انتهای|آغاز|شروع)" + _SP + r")?نیم" + _SP + r"?فصل(?:" + _SP + r"(?:اول|اولی|دوم|نخست))?"
    r"|(?<=(?<![\w\u200c])در )طول" + _SP + r"(?:فصل|سال|تابستان|زمستان|هفته)(?!" + _SP + r"(?:\d|[۰-۹]))"
    r"(?:" + _SP + r"(?:ی" + _SP + r")?(?:گذشته|اخیر|جاری|آینده))?"  # «در طول هفته ی گذشته»
    r"|(?:هفته" + _SP + r"?های|روز" + _SP + r"?های)" + _SP + r"(?:پایانی|آخر|ابتدایی|آغازین)(?:" + _SP + _STRETCH + ")?"
    r"|هفته" + _SP + r"(?:پایانی|آخر)(?:" + _SP + _STRETCH + ")?"  # not «هفته نخست»: a matchweek, an ordinal
    r"|آخرین" + _SP + r"روز(?:" + _SP + r"?های)?" + _SP + r"(?:از" + _SP + r")?" + _DAYS_OF_WHAT +  # «آخرین روز اردو»
    r"|(?:زمان|فصل|پنجره)" + _SP + _TRANSFERS + r"|ایام" + _SP + r"(?:عید" + _SP + r")?نوروز"
    r"|(?:ایام" + _SP + r")?تعطیلات" + _SP + r"(?:(?:عید" + _SP + r")?نوروزی?|سال" + _SP + r"نو)"  # the Nowruz holidays
    r"|(?:ابتدای|اوایل|اواسط|اواخر|پایان|اتمام|انتهای|آغاز|اول|نیمه)" + _SP
    + r"(?:سال|ماه|هفته(?:" + _SP + _MATCHWEEK + r")?|" + _SEASON + "|فصل(?:" + _SP + _SEASON + r")?)(?:" + _SP
    + r"(?:تحصیلی|زراعی|میلادی|شمسی|خورشیدی))?"
    r"(?:" + _SP + r"جاری)?"
    r"|(?<=(?<![\w\u200c])(?:در|تا) )ادامه" + _SP + r"فصل"  # «در ادامه فصل»; «برای ادامه فصل» is an activity
    r"|(?:(?:زمان" + _SP + r")?(?:شروع|آغاز|ابتدای)|پایان|اتمام|انتهای|تعطیلات)" + _SP + _COMPETITION
    + r"|(?<=(?<![\w\u200c])(?:در|تا|از) )(?:فصل" + _SP + r")?" + _SEASON
    + r"(?![ \u200c]*(?:سال|امسال|همین|[0-9۰-۹]))"
    ")" + _E)
# The part of a period said before it: «اوایل سال ۲۰۱۰ میلادی», «پایان سال جاری», «نیمه نخست سال جاری».
_PART_BEFORE = re.compile(_B + r"(?:ابتدای|اوایل|اواسط|اواخر|پایان|انتهای|آغاز|اول|نیمه" + _SP + r"(?:نخست|اول|دوم))"
                          + _SP + r"$")
# The part of a season said before its years: «پایان فصل ۲۱-۲۰۲۰», «ابتدای فصل ۹۳-۹۲».
_PART_OF_SEASON = re.compile(_B + r"(?:ابتدای|اوایل|اواسط|اواخر|پایان|انتهای|آغاز|شروع)" + _SP + r"فصل" + _SP + r"$")
# Nouns whose «امروز» / «فردا» is the present or the future at large: «جهان امروز», «نسل فردا»,
# «نیازهای امروز» (judges of two draws: no date)
_PRESENT_DAY = re.compile(_B + r"(?:دنیای|جهان|جامعه|جوامع|انسان|نسل|عصر|روزگار|نیازهای|نیاز|شرایط|زندگی|فرهنگ|مسکن|شهر)"
                          + r"[ \u200c]$")
# «امروز» in a clause that states what is («امروز شاهد درخشش ... هستیم», «امروز روز نهضت خدمت‌رسانی
# است», «امروز دشمنان نظام ... دارند»): nowadays, no date (judges of five draws). Not when the verb is
# a participle's «است» («داده است»), «قرار است», or the clause reports a talk, a match or a meeting
# («امروز هم بازی است»).
_STATING_VERB = re.compile(_B + r"(?:است|هست|هستیم|هستند|نیست|می" + _SP + r"?باشد|می" + _SP + r"?بینیم|می" + _SP
                           + r"?دهند|دارد|داریم|دارند)" + _E)
_PAST_VERB = re.compile(_B + r"(?:شد|شده|شدند|کرد|کردند|گفت|داد|رسید|بود)" + _E)
# a past participle or «قرار» before the verb: «برگزار شده است», «قرار است» say what happened or will
_NOT_STATING = re.compile(r"(?:(?<![\w\u200c])(?:ن|می[ \u200c]?)?(?:" + "|".join(PAST_STEMS) + r")ه|قرار)[ \u200c]+$")
_TODAYS = re.compile(r"(?:(?<![\w\u200c])(?:از|دیدار|بازی|مسابقه|معتبر|تمرین|جلسه)|روزنامه|نشریات|نشریه|جراید)[ \u200c]+$")
_TALK = re.compile(r"خبرنگار|گفتگو|گفت\u200cوگو|گفت" + _SP + r"و" + _SP + r"گو|" + _B + r"(?:بازی|دیدار|مسابقه|تمرین|جلسه)" + _E)


def _nowadays(text: str, s: int, e: int) -> bool:
    clause = re.split(r"[.!?؟:\n]", text[e:e + 200], maxsplit=1)[0]
    verb = _STATING_VERB.search(clause)
    return bool(verb) and not _NOT_STATING.search(clause, 0, verb.start()) and not _PAST_VERB.search(clause) \
        and not _TALK.search(clause) and not _TODAYS.search(text, max(0, s - 16), s)


# Words before a holiday that make it the event, its rites or its legacy, or a unit named after it
# («سپاه عاشورا», thirteenth dev draw), not a day («حماسه عاشورا»,
# «زائران پیاده اربعین حسینی», «مراسم اربعین»: judges of the sixth and seventh dev draws)
_HOLIDAY_AS_EVENT = re.compile(_B + r"(?:" + "|".join(sorted(OCCASION_UNIT_HEADS)) + r"|حماسه|حادثه|قیام|نهضت|واقعه|فرهنگ|مکتب|پیام|درس|درسهای|درس\u200cهای|فلسفه|شهدای"
                               r"|زائران|زائرین|زوار|پیاده|پیاده\u200cروی|پیاده" + _SP + r"روی|راهپیمایی|مراسم|سفر|موکب|موکب\u200cهای)"
                               + r"[ \u200c]$")
# Words before a national week or a lunar month that make it the reason, the rite or the topic, not
# a time: «به مناسبت هفته دولت», «گرامیداشت ایام دهه فجر», «حلول ماه مبارک رمضان», «فضایل ماه
# رمضان», «در خصوص ماه محرم», «ضمن تبریک ایام‌الله دهه فجر», «با اشاره به هفته دفاع مقدس» (judges
# of the unjudged rows of round 58)
_PERIOD_AS_TOPIC = re.compile(_B + r"(?:مناسبت|گرامیداشت|گرامی" + _SP + r"?داشت|بزرگداشت|حلول|فضایل|فضیلت|برکات"
                              r"|ظرفیت|ظرفیتهای|ظرفیت" + _SP + r"?های|خصوص|درباره|طرح|کمیته|ستاد|مراسم|تبریک|جشن"
                              r"|جشنهای|جشن" + _SP + r"?های|اشاره" + _SP + r"به)"
                              r"(?:" + _SP + r"(?:ایام|ایام" + _SP + r"?الله|حلول|ماه))?" + _SP + r"$")
# Words before «سال/ماه/هفته گذشته» that make it a vague stretch («چند سال گذشته»), not one period.
_VAGUE_WORDS = re.compile(_B + r"(?:چند|چندین)" + r"[ \u200c]*$")

_COUNT_UNITS = {"روز", "هفته", "ماه", "سال", "فصل"}
_HABITUAL = re.compile(r"(?:هر|همه)[ \u200c]*ساله|هر[ \u200c]+سال(?![\w\u200c])|معمولا|معمولاً")
_DIGIT = re.compile(r"[0-9۰-۹]")
_LUNAR_DECADE = re.compile(r"دهه[ \u200c]+$")
#: the days of an event said by their ordinal («روز نخست», «روز چهارم»); not «روز اول» of a month name
_DAY_ORDINALS = set("نخست اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم آخر پایانی".split())
_NOWRUZ = r"(?:بهار|فروردین|سال(?:" + _SP + r"نو)?(?![ \u200c]+(?:میلادی|[0-9۰-۹]))|(?:تعطیلات|ایام)" + _SP + r"(?:عید" + _SP + r")?نوروزی?|(?:عید" + _SP + r")?نوروز)"
_NTH_DAY_OF_SPRING = re.compile(r"[ \u200c]+روز[ \u200c]+(?:از[ \u200c]+)?" + _NOWRUZ + _E)  # not «سومین روز سال ۲۰۱۹»
_NTH_DAY_OF = re.compile(r"[ \u200c]+روز(?:[ \u200c]?های)?[ \u200c]+(?:از[ \u200c]+)?" + _DAYS_OF_WHAT + _E)
_OF_NOWRUZ = re.compile(r"[ \u200c]+(?:عید[ \u200c]+)?نوروز" + _E)
# «دو روز پیش از سفر» counts from the trip, not from the article: not a date of its own.
_DIRECTION = re.compile(r"[ \u200c]+(پیش[ \u200c]?رو|پیش|قبل|گذشته|اخیر|دیگر|آینده|آتی)(?:" + _E_OR_SUFFIX
                        + r"|(?<=اخیر)(?=ش(?:ان)?(?![\w\u200c])))"  # «۲ سال اخیرش»: the possessive glued on
                        + r"(?![ \u200c]+(?:از|تر)" + _E + ")")
_WEEK_AFTER = re.compile(r"[ \u200c]+(?:(?:دو|سه|چهار|[2-4۲-۴])[ \u200c]+)?(?:هفته[ \u200c]+(?:گذشته|قبل|پیش[ \u200c]?رو|پیش|آینده|آتی|بعد|جاری)|این[ \u200c]+هفته)" + _E)
_THIS_MONTH = re.compile(r"[ \u200c]+(?:سال[ \u200c]+)?جاری" + _E)
_HOLIDAY_YEAR = re.compile("(?:" + _HOLIDAY + r"ی?|(?<![\w\u200c])(?:عید[ \u200c])?نوروز)[ \u200c]*$")  # «عاشورای ۱۴۰۲», «نوروز ۹۷»
# A season or a Jalali month said with a relative year names part of that year («تابستان سال جاری»,
# «مهر امسال», «اردیبهشت‌ماه سال گذشته»): the period word joins the year's span.
_PERIOD_BEFORE = re.compile(
    _B + r"(?:فصل[ \u200c])?(?:" + "|".join(sorted(SEASONS, key=len, reverse=True)) + "|"
    + "(?:" + "|".join(sorted(JALALI_MONTHS, key=len, reverse=True)) + r")(?:[ \u200c]?ماه)?|" + _HOLIDAY
    + r"|(?:عید[ \u200c])?نوروز|عید|" + _NATIONAL + r")[ \u200c]$")  # «نوروز امسال», «عید سال گذشته», «هفته دولت امسال»
_RELATIVE_YEAR = re.compile(r"(?:امسال|پارسال|سال[ \u200c](?:جاری|گذشته|قبل|پیش|آینده|آتی|بعد))$")


def _which_of_period(doc: Document, before: NumberMention, m: NumberMention) -> bool:
    """Is ``m`` the «نخست/اول/دوم» right after a count («۶ ماه نخست», «سه دیدار نخست»)?"""
    if m.kind != "ordinal" or m.text not in ("نخست", "اول", "دوم") or before.kind != "quantity":
        return False  # «۶ ماه نخست», «سه دیدار نخست»: which ones of the count (seventh and eighth dev draws)
    return not doc.text[doc.to_normalized(before.start, before.end)[1]:doc.to_normalized(m.start, m.end)[0]].strip()


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def find(doc: Document) -> None:
    """Add the relative expressions of ``doc`` to ``doc.numbers`` (kept in text order)."""
    text = doc.text
    numbers = doc.numbers
    # 1. grow mentions the numbers stage found
    for idx, m in enumerate(numbers):
        if m is None:
            continue  # taken into the mention before it
        ns, ne = doc.to_normalized(m.start, m.end)
        if m.kind == "quantity" and m.unit == "ماه" and m.value is not None and float(m.value).is_integer() \
                and 1 <= m.value <= 31 and m.value_max is None and (d := _THIS_MONTH.match(text, ne)) \
                and (m.value > 12 or "سال" not in d.group(0)):
            # «۱۸ ماه جاری», «۱۸ ماه سال جاری»: the 18th of this month, not 18 months; a weekday said
            # right before it is the same day («روز سه‌شنبه ۱۸ ماه جاری»)
            start = ns
            if idx and numbers[idx - 1] is not None and numbers[idx - 1].kind == "date" and numbers[idx - 1].weekday is not None:
                ps, pe = doc.to_normalized(numbers[idx - 1].start, numbers[idx - 1].end)
                if not text[pe:ns].strip():
                    start = ps
                    numbers[idx - 1] = None
            numbers[idx] = doc.rebase(NumberMention(start=start, end=d.end(), text=text[start:d.end()], kind="date",
                                                    value=m.value, rule="day_of_month",
                                                    confidence=confidence("relative_date", "date")))
        elif m.kind == "quantity" and m.unit in _COUNT_UNITS | {"ساعت", "دهه", "قرن"} and m.value is not None \
                and float(m.value * 2).is_integer() and m.qualifier in (None, "approx", "lte"):
            # («یک سال و نیم اخیر»: a year and a half back, too)
            # «دو سه سال اخیر», «یکی دو روز آینده», «۴۸ ساعت گذشته»: a range or a count of hours too
            d = _DIRECTION.match(text, ne)
            if d:
                grown = dataclasses.replace(m, kind="date", start=ns, end=d.end(), text=text[ns:d.end()])
                numbers[idx] = doc.rebase(grown)
        elif m.kind == "date" and m.weekday is not None and m.jalali is None and m.date is None:
            w = _WEEK_AFTER.match(text, ne) or _PART_AFTER.match(text, ne)
            b = _PART_BEFORE_DAY.search(text, max(0, ns - 12), ns)  # «عصر سه‌شنبه»: the same day (ninth dev draw)
            if b and idx and numbers[idx - 1] is not None and numbers[idx - 1].kind == "time" \
                    and doc.to_normalized(numbers[idx - 1].start, numbers[idx - 1].end)[1] > b.start():
                b = None  # «ساعت ۵ صبح روز شنبه»: the «صبح» is the clock time's
            start = b.start() if b else ns
            if w or b:
                end = w.end() if w else ne
                numbers[idx] = doc.rebase(dataclasses.replace(m, start=start, end=end, text=text[start:end]))
                for k in range(idx + 1, len(numbers)):  # «روز سه شنبه دو هفته آینده»: one date, not two
                    if numbers[k] is None or doc.to_normalized(numbers[k].start, numbers[k].end)[0] >= end:
                        break
                    numbers[k] = None
        elif m.kind == "quantity" and m.unit == "فصل" and m.value == 0.5 and text[ns:ne].startswith("نیم"):
            numbers[idx] = doc.rebase(NumberMention(start=ns, end=ne, text=text[ns:ne], kind="date",
                                                    rule="relative_date", confidence=confidence("relative_date", "date")))
        elif m.kind == "ordinal" and m.value is not None and 1 <= m.value <= 31 and (
                (d := _NTH_DAY_OF_SPRING.match(text, ne)) or text[max(0, ns - 4):ns] == "روز "
                and (d := _OF_NOWRUZ.match(text, ne))):
            # «یازدهمین روز بهار», «یازدهمین روز از تعطیلات نوروزی», «روز یازدهمین نوروز»: that day
            # of Farvardin (judges of the tenth dev draw: one date)
            start = ns - 4 if d.re is _OF_NOWRUZ else ns
            numbers[idx] = doc.rebase(NumberMention(
                start=start, end=d.end(), text=text[start:d.end()], kind="date", value=m.value,
                jalali=f"--01-{int(m.value):02d}", rule="day_of_spring", confidence=confidence("relative_date", "date")))
        elif m.kind == "ordinal" and text[ns:ne].endswith(("مین", "نخستین", "اولین")) and (d := _NTH_DAY_OF.match(text, ne)):
            # «دومین روز سفر», «در سومین روز از رقابت‌ها»: a day of an event, a date (CONVENTIONS
            # round 19; judges of the thirteenth dev draw took the event's noun in)
            numbers[idx] = doc.rebase(NumberMention(
                start=ns, end=d.end(), text=text[ns:d.end()], kind="date", value=m.value, rule="relative_date",
                confidence=confidence("relative_date", "date")))
        elif m.kind == "ordinal" and text[max(0, ns - 4):ns] == "روز " and m.text in _DAY_ORDINALS:
            # «روز چهارم» of a tournament: a day of the event, a date (CONVENTIONS rounds 17 and 19)
            numbers[idx] = doc.rebase(dataclasses.replace(m, kind="date", start=ns - 4, end=ne, text=text[ns - 4:ne],
                                                          rule="relative_date"))
        elif m.kind == "date" and m.rule == "day_month" and (decade := _LUNAR_DECADE.search(text, max(0, ns - 5), ns)) \
                and text[ns:ne].split()[0] in ("اول", "دوم", "سوم"):
            s0 = decade.start()  # «دهه اول محرم»: ten days, one date
            numbers[idx] = doc.rebase(NumberMention(start=s0, end=ne, text=text[s0:ne], kind="date", rule="lunar_decade",
                                                    confidence=confidence("relative_date", "date")))
        elif m.kind == "date" and m.jalali and m.jalali.isdigit() and m.jalali_end is None and 1200 <= int(m.jalali) <= 1500:
            h = _HOLIDAY_YEAR.search(text, max(0, ns - 40), ns)
            if h:  # the resolver dates the holiday of that year; a Nowruz keeps its Jalali year for it
                nowruz = "نوروز" in h.group()
                numbers[idx] = doc.rebase(NumberMention(start=h.start(), end=ne, text=text[h.start():ne], kind="date",
                                                        jalali=m.jalali if nowruz else None))
    numbers[:] = [m for m in numbers if m is not None]
    # 2. new mentions, never over an existing one
    taken = [(m.start, m.end) for m in numbers]
    added = []
    as_event_end = None  # where the last holiday read as the event ended
    for x in _EXPRESSIONS.finditer(text):
        s, e = x.span()
        word = x.group(0)
        if word.startswith(("سال", "ماه", "هفته", "روز")) and _VAGUE_WORDS.search(text, max(0, s - 12), s):
            continue  # «چند سال گذشته»: the last few years, no one period
        if word in ("امروز", "فردا") and _PRESENT_DAY.search(text, max(0, s - 16), s) \
                or word == "امروز" and _nowadays(text, s, e):
            continue  # «دنیای امروز», «نیازهای امروز», «امروز شاهد ... هستیم»: the present day, no date
        if (re.fullmatch(_NATIONAL, word) or _LUNAR_MONTH.fullmatch(word)) and _PERIOD_AS_TOPIC.search(text, max(0, s - 24), s):
            continue  # «به مناسبت هفته دولت»: the reason for something, not when it happens
        if re.fullmatch(_HOLIDAY, word) and (_HOLIDAY_AS_EVENT.search(text, max(0, s - 16), s)
                                             or as_event_end is not None and text[as_event_end:s] == " و "):
            as_event_end = e  # «حماسه عاشورا», «مراسم تاسوعا و عاشورا»: the event and its rites, not the day
            continue
        if _RELATIVE_YEAR.match(word):
            before = _PERIOD_BEFORE.search(text, max(0, s - 30), s)
            if before and not any(a < before.start() < b for a, b in (doc.to_normalized(o.start, o.end) for o in numbers)):
                s, word = before.start(), text[before.start():e]
        m = doc.rebase(NumberMention(start=s, end=e, text=word, kind="date", rule="relative_date",
                                     confidence=confidence("relative_date", "date")))
        inner = [o for o in numbers if o.kind == "date" and m.start <= o.start and o.end <= m.end]
        if inner and word != x.group(0):
            # «شهریورماه سال بعد»: the month the numbers stage read is the first part of this date
            for o in inner:
                numbers.remove(o)
                taken.remove((o.start, o.end))
        if added and added[-1].start >= m.start and added[-1].end <= m.end:
            # «عید قربان سال گذشته»: the holiday found a moment ago is the first part of this date
            dropped = added.pop()
            taken.remove((dropped.start, dropped.end))
        if _overlaps((m.start, m.end), taken):
            # «ساعت ۱۱:۲۰ بعدازظهر امروز»: the clock time took the part of the day; the day stays
            part = re.match(_PART + _SP, word)
            if not part:
                continue
            s += part.end()
            m = doc.rebase(NumberMention(start=s, end=e, text=text[s:e], kind="date", rule="relative_date",
                                         confidence=confidence("relative_date", "date")))
            if _overlaps((m.start, m.end), taken):
                continue
        taken.append((m.start, m.end))
        added.append(m)
    if added:
        numbers.extend(added)
        numbers.sort(key=lambda r: (r.start, r.end))
    # 3. the part of a period said before a date joins it, and a number read inside that part
    # («نخست» of «نیمه نخست سال جاری») is no mention of its own
    grown_spans = []
    for idx, m in enumerate(numbers):
        if m.kind != "date":
            continue
        ns, ne = doc.to_normalized(m.start, m.end)
        part = _PART_BEFORE.search(text, max(0, ns - 16), ns)
        if part is None and m.rule in ("season_years", "label_year_range"):
            part = _PART_OF_SEASON.search(text, max(0, ns - 20), ns)  # «پایان فصل ۲۱-۲۰۲۰»: one date
        if part:
            numbers[idx] = doc.rebase(dataclasses.replace(m, start=part.start(), end=ne, text=text[part.start():ne],
                                                          rule="period_part"))
            grown_spans.append((numbers[idx].start, numbers[idx].end))
    if grown_spans:
        numbers[:] = [m for m in numbers if not any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e)
                                                    for s, e in grown_spans)]
    # «۶ ماه نخست امسال», «شش ماهه نخست»: «نخست» says which six months, no ordinal of its own
    # (a judge of the fifth dev draw)
    numbers[:] = [m for k, m in enumerate(numbers) if not (k and _which_of_period(doc, numbers[k - 1], m))]
    # 4. a part of a period said alone; it may take in an ordinal read inside it («اول» of «اول سال»)
    # (the matches never overlap one another, so each is checked against the mentions found before)
    dropped: set[int] = set()
    alone = []
    for x in _PARTS_ALONE.finditer(text):
        m = doc.rebase(NumberMention(start=x.start(), end=x.end(), text=x.group(0), kind="date", rule="relative_date",
                                     confidence=confidence("relative_date", "date")))
        inside = [k for k, o in enumerate(numbers) if o.start < m.end and m.start < o.end]
        # an ordinal read inside it, or the lunar month it is the part of («روزهای پایانی ماه مبارک رمضان»)
        if any(not ((numbers[k].kind == "ordinal" or _LUNAR_MONTH.fullmatch(numbers[k].text))
                    and m.start <= numbers[k].start and numbers[k].end <= m.end) for k in inside):
            continue
        dropped.update(inside)
        alone.append(m)
    if alone:
        numbers[:] = sorted([o for k, o in enumerate(numbers) if k not in dropped] + alone, key=lambda r: (r.start, r.end))
    # 5. a month or a season said of what happens every year («هر ساله در ماه دسامبر», «معمولا در
    # فصل پاییز») is no date (judges of the seventeenth dev draw): no digit, a habit word just before
    numbers[:] = [m for m in numbers if not (m.kind == "date" and not _DIGIT.search(m.text) and _habitual(doc, m))]


def _habitual(doc: Document, m: NumberMention) -> bool:
    """Is a habit word («هر ساله», «معمولا») said just before mention m?"""
    s = doc.to_normalized(m.start, m.end)[0]
    return _HABITUAL.search(doc.text, max(0, s - 20), s) is not None
