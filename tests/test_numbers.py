"""The numbers stage: a table of real-news-like expressions with the fields they must come out with,
the things it must not read, the seed article, and persian-tools' word-number fixtures."""
from __future__ import annotations

import re

import pytest

from pipeline import normalize, process
from pipeline.numbers.words import analyse, key, parse_words
from pipeline.numbers import extract

ALL = ("kind", "value", "value_max", "unit", "qualifier", "jalali", "jalali_end", "date", "date_end", "weekday")


def _find(text: str, span: str):
    found = [m for m in extract(text) if m.text == span]
    assert found, f"no mention {span!r} in {text!r}; got {[m.text for m in extract(text)]}"
    return found[0]


def _check(m, expected: dict) -> None:
    want = {f: None for f in ALL if f not in ("value", "kind")}
    want.update(expected)
    for f, v in want.items():
        got = getattr(m, f)
        if isinstance(v, float) and got is not None:
            assert got == pytest.approx(v), (m.text, f, got, v)
        else:
            assert got == v, (m.text, f, got, v)


# (sentence, mention text, expected fields; unlisted fields of ALL except value/kind must be None)
CASES = [
    # digits: Persian, Arabic-Indic, Latin, mixed, separators, decimal marks
    ("قیمت هر کیلو ٢۴ هزار تومان شد", "٢۴ هزار تومان", dict(kind="money", value=24000, unit="تومان")),
    ("این رقم ۱٬۲۰۰٬۰۰۰ ریال بود", "۱٬۲۰۰٬۰۰۰ ریال", dict(kind="money", value=1200000, unit="ریال")),
    ("صادرات به 1,500 دلار رسید", "1,500 دلار", dict(kind="money", value=1500, unit="دلار")),
    ("نرخ تورم ٣٦,٤ درصد اعلام شد", "٣٦,٤ درصد", dict(kind="percent", value=36.4, unit="درصد")),
    ("رشد اقتصادی ۳/۵ درصد بود", "۳/۵ درصد", dict(kind="percent", value=3.5, unit="درصد")),
    ("سهم بخش صنعت ۴٫۲ درصد است", "۴٫۲ درصد", dict(kind="percent", value=4.2, unit="درصد")),
    ("بیکاری به ۹.۱ درصد رسید", "۹.۱ درصد", dict(kind="percent", value=9.1, unit="درصد")),
    ("سهم ۵۰ % سهام را خرید", "۵۰ %", dict(kind="percent", value=50, unit="درصد")),
    ("رشد منفی ۲.۸ درصد بود", "منفی ۲.۸ درصد", dict(kind="percent", value=-2.8, unit="درصد")),
    # word numbers, glued words, Arabic letters
    ("سیصد هزار و سی و دو نفر ثبت نام کردند", "سیصد هزار و سی و دو نفر", dict(kind="quantity", value=300032, unit="نفر")),
    ("سههزار نفر در مراسم بودند", "سههزار نفر", dict(kind="quantity", value=3000, unit="نفر")),
    ("دو ميليون نفر راي دادند", "دو ميليون نفر", dict(kind="quantity", value=2e6, unit="نفر")),
    ("هیجده نفر مصدوم شدند", "هیجده نفر", dict(kind="quantity", value=18, unit="نفر")),
    ("یکصد دستگاه اتوبوس خریداری شد", "یکصد دستگاه", dict(kind="quantity", value=100, unit="دستگاه")),
    ("صد نفر در صف بودند", "صد نفر", dict(kind="quantity", value=100, unit="نفر")),
    ("پنجاه‌درصد کار انجام شد", "پنجاه‌درصد", dict(kind="percent", value=50, unit="درصد")),
    ("این طرح صددرصد اجرا شد", "صددرصد", dict(kind="percent", value=100, unit="درصد")),
    ("نتیجه صد در صد خواهد بود", "صد در صد", dict(kind="percent", value=100, unit="درصد")),
    # ordinals
    ("قم رتبه ششم کشور را دارد", "ششم", dict(kind="ordinal", value=6)),
    ("سی‌ام آبان", "سی‌ام آبان", dict(kind="date", jalali="--08-30")),
    ("در دوره سیام مسابقات", "سیام", dict(kind="ordinal", value=30)),
    ("برای سی ام بار", "سی ام", dict(kind="ordinal", value=30)),
    ("نخستین جلسه شورا", "نخستین", dict(kind="ordinal", value=1)),
    ("اولین بار بود", "اولین", dict(kind="ordinal", value=1)),
    ("در دوره بیست و دوم", "بیست و دوم", dict(kind="ordinal", value=22)),
    ("در بیست چهارم دوره", "بیست چهارم", dict(kind="ordinal", value=24)),
    ("برای ۱۲ام بار", "۱۲ام", dict(kind="ordinal", value=12)),
    ("سومین نمایشگاه", "سومین", dict(kind="ordinal", value=3)),
    ("در سی‌ویکمین نشست", "سی‌ویکمین", dict(kind="ordinal", value=31)),
    ("بیست‌وپنج نفر", "بیست‌وپنج نفر", dict(kind="quantity", value=25, unit="نفر")),
    ("هزارمین روز", "هزارمین", dict(kind="ordinal", value=1000)),
    # halves and fractions
    ("نیم درصد افزایش یافت", "نیم درصد", dict(kind="percent", value=0.5, unit="درصد")),
    ("یک و نیم میلیون نفر زائر", "یک و نیم میلیون نفر", dict(kind="quantity", value=1.5e6, unit="نفر")),
    ("دو سوم مردم رای دادند", "دو سوم", dict(kind="cardinal", value=2 / 3)),
    ("یک‌پنجم بودجه", "یک‌پنجم", dict(kind="cardinal", value=0.2)),
    ("نیمی از واحدها تعطیل است", "نیمی", dict(kind="cardinal", value=0.5)),
    ("سهم ۴ دهم درصد است", "۴ دهم درصد", dict(kind="percent", value=0.4, unit="درصد")),
    ("۴۹ و ۶ دهم درصد تسهیلات", "۴۹ و ۶ دهم درصد", dict(kind="percent", value=49.6, unit="درصد")),
    # scale words, stacked scales, money units
    ("۱.۵ میلیارد دلار سرمایه", "۱.۵ میلیارد دلار", dict(kind="money", value=1.5e9, unit="دلار")),
    ("هزار میلیارد تومان اعتبار", "هزار میلیارد تومان", dict(kind="money", value=1e12, unit="تومان")),
    ("جمعیت ۷۹ میلیون و ۷۰۰ هزار نفر است", "۷۹ میلیون و ۷۰۰ هزار نفر", dict(kind="quantity", value=79.7e6, unit="نفر")),
    ("بودجه ۵ همت است", "۵ همت", dict(kind="money", value=5e12, unit="تومان")),
    ("قیمت ۱۴ میلیارد و ۳۰۰ میلیون تومان", "۱۴ میلیارد و ۳۰۰ میلیون تومان", dict(kind="money", value=14.3e9, unit="تومان")),
    ("هزار و ۷۰۰ تومان", "هزار و ۷۰۰ تومان", dict(kind="money", value=1700, unit="تومان")),
    ("بودجه ۶۰ هزار و ۵۰۰ میلیارد تومان است", "۶۰ هزار و ۵۰۰ میلیارد تومان", dict(kind="money", value=6.05e13, unit="تومان")),
    ("۱۲ میلیون و ۳۰۰ هزار و ۵۰۰ نفر", "۱۲ میلیون و ۳۰۰ هزار و ۵۰۰ نفر", dict(kind="quantity", value=12300500, unit="نفر")),
    ("یک‌هزار و ۲۰۰ میلیارد ریال", "یک‌هزار و ۲۰۰ میلیارد ریال", dict(kind="money", value=1.2e12, unit="ریال")),
    ("۱۳هزارو ۴۰۰ بسته", "۱۳هزارو ۴۰۰ بسته", dict(kind="quantity", value=13400, unit="بسته")),
    ("وام ۱۰ میلیون تومانی", "۱۰ میلیون تومانی", dict(kind="money", value=1e7, unit="تومان")),
    ("کالا ۵ هزارتومان گران شد", "۵ هزارتومان", dict(kind="money", value=5000, unit="تومان")),
    ("وام ۱۶۰ میلیونی مسکن", "۱۶۰ میلیونی", dict(kind="money", value=1.6e8, unit="تومان")),
    # «در یکی از» counts one (CONVENTIONS); opening a clause it mostly says what something is
    ("در یکی از این فرصت‌ها گل زد", "یکی", dict(kind="cardinal", value=1)),
    # a season of two Gregorian years, one written with two digits; a minute named in words
    ("در فصول 18-2017 قهرمان شد", "18-2017", dict(kind="date", date="2017-01-01", date_end="2018-12-31")),
    ("در فصل 2020-21 بازی کرد", "2020-21", dict(kind="date", date="2020-01-01", date_end="2021-12-31")),
    ("در دقیقه دو ایمان گل زد", "دو", dict(kind="identifier", value=2)),
    # a Gregorian month said with «آینده/گذشته»; «یک تن» of a death counts a person
    ("در ماه نوامبر آینده برگزار می‌شود", "ماه نوامبر آینده", dict(kind="date")),
    ("با اشاره به غرق شدن یک تن در دریا", "یک تن", dict(kind="quantity", value=1, unit="نفر")),
    # persons when a death follows «N تن»; a minute of play is no money even before «فرانک»
    ("حداقل 60 تن در این حادثه کشته شده‌اند", "60 تن", dict(kind="quantity", value=60, unit="نفر", qualifier="gte")),
    ("پنالتی در دقیقه 97 فرانک کسیه گل زد و بازی برد", "97", dict(kind="identifier", value=97)),
    # a model's or a code's number written «name-number» names it (issue 10: models and codes are identifiers)
    ("جنگنده F-16 پرواز کرد", "F-16", dict(kind="identifier", value=16)),
    ("بیماری کووید-۱۹ شایع شد", "کووید-۱۹", dict(kind="identifier", value=19)),
    ("تانک تی-۷۲ منهدم شد", "تی-۷۲", dict(kind="identifier", value=72)),
    ("تعداد جان باختگان به ۲۲۱۱۵ تن رسید", "۲۲۱۱۵ تن", dict(kind="quantity", value=22115, unit="نفر")),
    # a word number whose last part carries a scale («بیست و [پنج میلیون]»): one number, the scale on the whole
    ("بیست و پنج میلیون تومان بدهی", "بیست و پنج میلیون تومان", dict(kind="money", value=2.5e7, unit="تومان")),
    ("سیصد و دو هزار نفر", "سیصد و دو هزار نفر", dict(kind="quantity", value=302000, unit="نفر")),
    ("ملوان چهارصد و یک میلیون و صد و هفتاد و شش هزارتومان بدهکار است",
     "چهارصد و یک میلیون و صد و هفتاد و شش هزارتومان", dict(kind="money", value=401176000, unit="تومان")),
    ("قرارداد دویست و پنجاه میلیونی امضا شد", "دویست و پنجاه میلیونی", dict(kind="money", value=2.5e8, unit="تومان")),
    # millions with nothing counted are money, in tomans; with people or items counted just before, not
    ("تخفیفی ۱۲۵ میلیونی از او گرفتند", "۱۲۵ میلیونی", dict(kind="money", value=1.25e8, unit="تومان")),
    ("این تیم با سه میلیارد جمع شده است", "سه میلیارد", dict(kind="money", value=3e9, unit="تومان")),
    ("جمعیت کشور ۸۰ میلیون است", "۸۰ میلیون", dict(kind="cardinal", value=8e7, unit=None)),
    ("تعداد شماره‌ها را به یک میلیون رساندند", "یک میلیون", dict(kind="cardinal", value=1e6, unit=None)),
    ("رشد ۳ درصدی", "۳ درصدی", dict(kind="percent", value=3, unit="درصد")),
    ("تیم ۵۰ نفری", "۵۰ نفری", dict(kind="quantity", value=50, unit="نفر")),
    ("بهای هر دلار ۳۵۱۶.۲ تومان", "۳۵۱۶.۲ تومان", dict(kind="money", value=3516.2, unit="تومان")),
    # units: the counted noun's head, normalized
    ("قم هفت شهرک صنعتی دارد", "هفت شهرک", dict(kind="quantity", value=7, unit="شهرک")),
    ("۵۰۰ مگاوات برق تولید شد", "۵۰۰ مگاوات", dict(kind="quantity", value=500, unit="مگاوات")),
    ("۳۰۰ هكتار باغ", "۳۰۰ هكتار", dict(kind="quantity", value=300, unit="هکتار")),
    ("۱۲ هزار تن گندم", "۱۲ هزار تن", dict(kind="quantity", value=12000, unit="تن")),
    ("چهار تا سالن ورزشی", "چهار تا سالن", dict(kind="quantity", value=4, unit="سالن")),
    # qualifiers
    ("نزدیک به ۲ هزار واحد صنعتی", "۲ هزار واحد", dict(kind="quantity", value=2000, unit="واحد", qualifier="approx")),
    ("حدود ۳۰۰ هکتار", "۳۰۰ هکتار", dict(kind="quantity", value=300, unit="هکتار", qualifier="approx")),
    ("قریب به ۴۰ درصد", "۴۰ درصد", dict(kind="percent", value=40, unit="درصد", qualifier="approx")),
    ("بالغ بر ۴۰۰ میلیارد ریال", "۴۰۰ میلیارد ریال", dict(kind="money", value=4e11, unit="ریال", qualifier="approx")),
    ("در مرز ۵ هزار تومان", "۵ هزار تومان", dict(kind="money", value=5000, unit="تومان", qualifier="approx")),
    ("تقریباً ۱۰ نفر", "۱۰ نفر", dict(kind="quantity", value=10, unit="نفر", qualifier="approx")),
    ("بیش از ۵۰ هزار نفر", "۵۰ هزار نفر", dict(kind="quantity", value=50000, unit="نفر", qualifier="gt")),
    ("افراد بالای ۳۰ سال", "۳۰ سال", dict(kind="quantity", value=30, unit="سال", qualifier="gt")),
    ("افزون بر ۲۰ طرح", "۲۰ طرح", dict(kind="quantity", value=20, unit="طرح", qualifier="gt")),
    ("دست‌کم ۱۰ نفر کشته شدند", "۱۰ نفر", dict(kind="quantity", value=10, unit="نفر", qualifier="gte")),
    ("حداقل ۳ سال", "۳ سال", dict(kind="quantity", value=3, unit="سال", qualifier="gte")),
    ("کمتر از ۲ درصد", "۲ درصد", dict(kind="percent", value=2, unit="درصد", qualifier="lt")),
    ("کودکان زیر ۵ سال", "۵ سال", dict(kind="quantity", value=5, unit="سال", qualifier="lt")),
    ("حداکثر ۵ سال", "۵ سال", dict(kind="quantity", value=5, unit="سال", qualifier="lte")),
    ("تا سقف ۵۰ میلیون تومان", "۵۰ میلیون تومان", dict(kind="money", value=5e7, unit="تومان", qualifier="lte")),
    ("جمعیت ۱۵ ساله و بیشتر", "۱۵ ساله و بیشتر", dict(kind="quantity", value=15, unit="سال", qualifier="gte")),
    ("سهم ۲۰ درصد به بالا", "۲۰ درصد به بالا", dict(kind="percent", value=20, unit="درصد", qualifier="gte")),
    ("جمعیت یک میلیون و اندی", "یک میلیون و اندی", dict(kind="cardinal", value=1e6, qualifier="approx")),
    ("دو سه هفته‌ای طول کشید", "دو سه هفته‌ای", dict(kind="quantity", value=2, value_max=3, unit="هفته", qualifier="approx")),
    ("نرخ بیکاری ۱.۲ واحد درصد کاهش یافت", "۱.۲ واحد درصد", dict(kind="percent", value=1.2, unit="واحد درصد")),
    # ranges
    ("بین ۱.۲ درصد تا ۷.۹ درصد", "۱.۲ درصد تا ۷.۹ درصد", dict(kind="percent", value=1.2, value_max=7.9, unit="درصد")),
    ("حدود ۱۰ تا ۱۲ میلیارد دلار", "۱۰ تا ۱۲ میلیارد دلار", dict(kind="money", value=1e10, value_max=1.2e10, unit="دلار", qualifier="approx")),
    ("۱۰ تا ۱۵ هزار نفر", "۱۰ تا ۱۵ هزار نفر", dict(kind="quantity", value=10000, value_max=15000, unit="نفر")),
    ("بین ۱۰ تا ۱۵ درصد", "۱۰ تا ۱۵ درصد", dict(kind="percent", value=10, value_max=15, unit="درصد")),
    ("بین ۳۷.۷ تا ۴۰.۴ درصد", "۳۷.۷ تا ۴۰.۴ درصد", dict(kind="percent", value=37.7, value_max=40.4, unit="درصد")),
    ("۵ الی ۷ روز", "۵ الی ۷ روز", dict(kind="quantity", value=5, value_max=7, unit="روز")),
    ("۳ لغایت ۵ ماه", "۳ لغایت ۵ ماه", dict(kind="quantity", value=3, value_max=5, unit="ماه")),
    ("۵۰۰ تا ۲ هزار نفر", "۵۰۰ تا ۲ هزار نفر", dict(kind="quantity", value=500, value_max=2000, unit="نفر")),
    ("سال زراعی ۹۷-۹۶", "سال زراعی ۹۷-۹۶", dict(kind="date", jalali="1396", jalali_end="1397", date="2017-03-21", date_end="2019-03-20")),
    # lists sharing a unit
    ("به ترتیب ۴۲.۶ و ۹۰ درصد", "۴۲.۶", dict(kind="percent", value=42.6, unit="درصد")),
    ("به ترتیب ۴۲.۶ و ۹۰ درصد", "۹۰ درصد", dict(kind="percent", value=90, unit="درصد")),
    ("از ۱۴ به ۲۸ میلیون نفر رسید", "۱۴", dict(kind="quantity", value=14e6, unit="نفر")),
    ("از ۱۴ به ۲۸ میلیون نفر رسید", "۲۸ میلیون نفر", dict(kind="quantity", value=28e6, unit="نفر")),
    ("۱۵۰ و ۲۶ میلیون تومان", "۱۵۰", dict(kind="money", value=150e6, unit="تومان")),
    # Jalali dates
    ("۲۱ مرداد ۱۴۰۲ برگزار شد", "۲۱ مرداد ۱۴۰۲", dict(kind="date", jalali="1402-05-21", date="2023-08-12")),
    ("تاریخ ۱۴۰۲/۰۵/۲۱", "۱۴۰۲/۰۵/۲۱", dict(kind="date", jalali="1402-05-21", date="2023-08-12")),
    ("مصوبه ۹۵/۱۱/۱۰", "۹۵/۱۱/۱۰", dict(kind="date", jalali="1395-11-10", date="2017-01-29")),
    ("مورخ ۱۳/۲/۹۵", "۱۳/۲/۹۵", dict(kind="date", jalali="1395-02-13", date="2016-05-02")),
    ("دوشنبه ۲۱ مرداد ۱۴۰۲", "دوشنبه ۲۱ مرداد ۱۴۰۲", dict(kind="date", jalali="1402-05-21", date="2023-08-12", weekday=1)),
    ("فرارسیدن ۲۱ مردادماه", "۲۱ مردادماه", dict(kind="date", jalali="--05-21")),
    ("در مهر ماه ۱۳۹۷", "مهر ماه ۱۳۹۷", dict(kind="date", jalali="1397-07", date="2018-09-23", date_end="2018-10-22")),
    ("اسفند ۱۴۰۳", "اسفند ۱۴۰۳", dict(kind="date", jalali="1403-12", date="2025-02-19", date_end="2025-03-20")),
    ("در سال ۹۹", "سال ۹۹", dict(kind="date", jalali="1399", date="2020-03-20", date_end="2021-03-20")),
    ("در سال ۱۴۰۳", "سال ۱۴۰۳", dict(kind="date", jalali="1403", date="2024-03-20", date_end="2025-03-20")),
    ("در ۱۳۹۹ آغاز شد", "۱۳۹۹", dict(kind="date", jalali="1399", date="2020-03-20", date_end="2021-03-20")),
    ("سرشماری ۱۳۹۵ برابر با ۷۹ میلیون نفر", "۱۳۹۵", dict(kind="date", jalali="1395", date="2016-03-20", date_end="2017-03-20")),
    ("نرخ تورم در آذر ۱۴۰۲ به ۴۲.۵ درصد رسید", "آذر ۱۴۰۲", dict(kind="date", jalali="1402-09", date="2023-11-22", date_end="2023-12-21")),
    ("بودجه ۱۴۰۳ به میزان ۲۷۰۰ همت", "۲۷۰۰ همت", dict(kind="money", value=2.7e15, unit="تومان")),
    ("دهه اول شهریورماه", "دهه اول شهریورماه", dict(kind="date", jalali="--06-01", jalali_end="--06-10")),
    ("از ۲۷ تا ۳۰ بهمن ماه سال ۹۴", "۲۷ تا ۳۰ بهمن ماه سال ۹۴",
     dict(kind="date", jalali="1394-11-27", jalali_end="1394-11-30", date="2016-02-16", date_end="2016-02-19")),
    ("سال‌های ۹۶ تا ۹۸", "سال‌های ۹۶ تا ۹۸", dict(kind="date", jalali="1396", jalali_end="1398", date="2017-03-21", date_end="2020-03-19")),
    ("هفتم اسفندماه", "هفتم اسفندماه", dict(kind="date", jalali="--12-07")),
    ("روز سه‌شنبه ۲۵ آبان ماه", "روز سه‌شنبه ۲۵ آبان ماه", dict(kind="date", jalali="--08-25", weekday=2)),
    ("شنبه ۱۵ آبان ۱۳۹۵", "شنبه ۱۵ آبان ۱۳۹۵", dict(kind="date", jalali="1395-08-15", date="2016-11-05", weekday=6)),
    ("۳۰ اسفند ۱۴۰۳", "۳۰ اسفند ۱۴۰۳", dict(kind="date", jalali="1403-12-30", date="2025-03-20")),
    ("در خرداد گذشته", "خرداد گذشته", dict(kind="date", jalali="--03")),
    ("۱۸ شهریورماه امسال", "۱۸ شهریورماه امسال", dict(kind="date", jalali="--06-18")),
    ("هفته اول دی‌ماه", "هفته اول دی‌ماه", dict(kind="date", jalali="--10-01", jalali_end="--10-07")),
    ("نیمه دوم اردیبهشت ۱۴۰۲", "نیمه دوم اردیبهشت ۱۴۰۲",
     dict(kind="date", jalali="1402-02-16", jalali_end="1402-02-31", date="2023-05-06", date_end="2023-05-21")),
    ("اربعین ۱۴۳۸ هجری قمری", "۱۴۳۸ هجری قمری", dict(kind="date")),
    ("در فصل بهار ۱۴۰۲", "فصل بهار ۱۴۰۲", dict(kind="date", jalali="1402-01", jalali_end="1402-03", date="2023-03-21", date_end="2023-06-21")),
    ("روز دوشنبه (۲۱ مرداد ۱۴۰۲)", "روز دوشنبه (۲۱ مرداد ۱۴۰۲)", dict(kind="date", jalali="1402-05-21", date="2023-08-12", weekday=1)),
    ("یکم تا سیزدهم فروردین", "یکم تا سیزدهم فروردین", dict(kind="date", jalali="--01-01", jalali_end="--01-13")),
    ("آشوب‌های ۱۳ ماه مه", "۱۳ ماه مه", dict(kind="date")),
    ("انتخابات ۹۶", "۹۶", dict(kind="date", jalali="1396", date="2017-03-21", date_end="2018-03-20")),
    ("پنجم خرداد ۱۲۸۷ شمسی", "پنجم خرداد ۱۲۸۷ شمسی", dict(kind="date", jalali="1287-03-05", date="1908-05-26")),
    ("عید قربان ۱۰ ذی‌الحجه", "۱۰ ذی‌الحجه", dict(kind="date")),
    ("۱۵ شعبان ۱۴۴۴ قمری", "۱۵ شعبان ۱۴۴۴ قمری", dict(kind="date")),
    ("در سال ۱۳۹۲ هجری قمری", "سال ۱۳۹۲ هجری قمری", dict(kind="date")),
    ("تا ۲.۵۰۰ نفر", "۲.۵۰۰ نفر", dict(kind="quantity", value=2500, unit="نفر", qualifier="lte")),  # up to
    ("۱.۲۵۰ میلیارد دلار", "۱.۲۵۰ میلیارد دلار", dict(kind="money", value=1.25e9, unit="دلار")),
    ("۱۲،۵۰۰ نفر", "۱۲،۵۰۰ نفر", dict(kind="quantity", value=12500, unit="نفر")),
    # weekdays
    ("به گزارش روز دوشنبه ایرنا", "روز دوشنبه", dict(kind="date", weekday=1)),
    ("سه شنبه برگزار شد", "سه شنبه", dict(kind="date", weekday=2)),
    ("پنجشنبه شب", "پنجشنبه", dict(kind="date", weekday=4)),
    ("جمعه گذشته", "جمعه گذشته", dict(kind="date", weekday=5)),
    ("امروز یکشنبه اعلام شد", "امروز یکشنبه", dict(kind="date", weekday=7)),
    # Gregorian years and dates
    ("در سال ۲۰۱۳", "سال ۲۰۱۳", dict(kind="date", date="2013-01-01", date_end="2013-12-31")),
    ("المپیک 2016 ریو", "2016", dict(kind="date", date="2016-01-01", date_end="2016-12-31")),
    ("در ۱۹۰۸ میلادی", "۱۹۰۸ میلادی", dict(kind="date", date="1908-01-01", date_end="1908-12-31")),
    ("ششم نوامبر 2016", "ششم نوامبر 2016", dict(kind="date", date="2016-11-06")),
    ("بين 27 اوت تا 22 اکتبر سال 2017", "27 اوت تا 22 اکتبر سال 2017", dict(kind="date", date="2017-08-27", date_end="2017-10-22")),
    ("از 20 آبان ماه لغايت 14 آذرماه 1395", "20 آبان ماه لغايت 14 آذرماه 1395",
     dict(kind="date", jalali="1395-08-20", jalali_end="1395-09-14", date="2016-11-10", date_end="2016-12-04")),
    ("رانپو ( 1894 تا 1965 )", "1894 تا 1965", dict(kind="date", date="1894-01-01", date_end="1965-12-31")),
    ("در روزهای ۲۵ و ۲۹ آبان ۱۴۰۲", "۲۵", dict(kind="date", jalali="1402-08-25", date="2023-11-16")),
    ("سه‌شنبه ۱۸ آبان ۱۳۹۵ هجری خورشیدی", "سه‌شنبه ۱۸ آبان ۱۳۹۵ هجری خورشیدی",
     dict(kind="date", jalali="1395-08-18", date="2016-11-08", weekday=2)),
    ("خودروهای مدل های 2016 و 2017", "2017", dict(kind="date", date="2017-01-01", date_end="2017-12-31")),
    # labels are numbers, not quantities
    ("ماده ۱۰ قانون کار", "۱۰", dict(kind="identifier", value=10)),
    ("در دقیقه ۴۱ توپ را لو دادیم", "۴۱", dict(kind="identifier", value=41)),
    ("نیم‌ساعت بعد", "نیم‌ساعت", dict(kind="quantity", value=0.5, unit="ساعت")),
    ("فاز ۱۱ پارس جنوبی", "۱۱", dict(kind="identifier", value=11)),
    # from the audit on real Fars News articles (scripts/audit_numbers.py, seed 1)
    ("در جنگ 33 روزه توسط 2 هزار 600 نفر از حزب‌الله لبنان شکست خورد", "2 هزار 600 نفر",
     dict(kind="quantity", value=2600, unit="نفر")),
    ("اجاره يك متر مربع زيربناي مسكوني 104 هزار و 668 ريال بوده است", "يك متر مربع",
     dict(kind="quantity", value=1, unit="متر مربع")),
    ("سطح آن ۳ کیلومتر مربع است", "۳ کیلومتر مربع", dict(kind="quantity", value=3, unit="کیلومتر مربع")),
    ("از برنامه‌هاي ويژه نوروز 86 خبر داد", "86", dict(kind="date", jalali="1386", date="2007-03-21", date_end="2008-03-19")),
    ("از خبرنگار شبكه 4 تلويزيوني اسپانيا شكايت كرده", "4", dict(kind="identifier", value=4)),
    ("از شهرداري هاي مناطق 6 گانه كرمانشاه خواسته شده", "6 گانه", dict(kind="cardinal", value=6)),
    ("900 دانشجوي پيام‌نور لرستان به اردوها اعزام مي‌شوند", "900 دانشجوي", dict(kind="quantity", value=900, unit="دانشجو")),
    ("سه دانشجوی مبارز به خاک و خون کشیده شدند", "سه دانشجوی", dict(kind="quantity", value=3, unit="دانشجو")),
    ("روز پنج شنبه 27 ارديبهشت سال هشتاد در كوههاي البرز دچار سانحه شد", "روز پنج شنبه 27 ارديبهشت سال هشتاد",
     dict(kind="date", jalali="1380-02-27", date="2001-05-17", weekday=4)),
    ("در سال هشتاد و هشت انتخابات برگزار شد", "سال هشتاد و هشت",
     dict(kind="date", jalali="1388", date="2009-03-21", date_end="2010-03-20")),
    ("فيلم از شنبه 21 لغايت چهارشنبه 25 آبان ماه جاري به نمايش درمي‌آيد", "شنبه 21 لغايت چهارشنبه 25 آبان ماه جاري",
     dict(kind="date", jalali="--08-21", jalali_end="--08-25", weekday=6)),
    # from the audit, seed 2
    ("مرز مهران تا یکی دو روز دیگر بازگشایی خواهد شد", "یکی دو روز",
     dict(kind="quantity", value=1, value_max=2, unit="روز", qualifier="approx")),
    ("این مشکل طی یکی - دو روز آینده برطرف شود", "یکی - دو روز",
     dict(kind="quantity", value=1, value_max=2, unit="روز", qualifier="approx")),
    ("در دهه‌های پیش از سال 70 میلادی، جهان به سمت تولید رفت", "سال 70 میلادی",
     dict(kind="date", date="1970-01-01", date_end="1970-12-31")),
    ("قرارداد ابتدایی ما 8 آبان 98 امضاء شد", "8 آبان 98", dict(kind="date", jalali="1398-08-08", date="2019-10-30")),
    ("تا پایان خرداد 30 میلیارد پرداخت کرد", "30 میلیارد", dict(kind="money", value=3e10, unit="تومان")),
    ("کارگزار تاکنون 45 میلیارد پرداخت کرده است", "45 میلیارد", dict(kind="money", value=4.5e10, unit="تومان")),
    ("نهایت پرداختی‌شان 40 تا 50 میلیارد بود", "40 تا 50 میلیارد", dict(kind="money", value=4e10, value_max=5e10, unit="تومان")),
    ("اگر بیش از 160 میلیارد درآمدزایی داشته باشد 80درصدش برای پرسپولیس است", "80درصدش",
     dict(kind="percent", value=80, unit="درصد")),
    ("در مراسم ترتیل خوانی جزء 23 قرآن کریم", "23", dict(kind="identifier", value=23)),
    ("تعرفه قطعات خودرو در سال 82، 15 درصد بود", "15 درصد", dict(kind="percent", value=15, unit="درصد")),
    ("توليد سيمان‌در ايران‌40درصد افزايش يافت", "40درصد", dict(kind="percent", value=40, unit="درصد")),
    # from the audit, seed 3
    ("(فاضل آبى، 1417ق، ج2، ص672)", "1417ق", dict(kind="date")),
    ("در سال 1417 ه.ق درگذشت", "سال 1417 ه.ق", dict(kind="date")),
    ("سرخ شدن صورت، یک دینار و نیم‌.", "یک دینار و نیم", dict(kind="money", value=1.5, unit="دینار")),
    ("در صورت سرخ شدن، سه ربع دینار است", "سه ربع دینار", dict(kind="money", value=0.75, unit="دینار")),
    ("جلسه دو ساعت و نیم طول کشید", "دو ساعت و نیم", dict(kind="quantity", value=2.5, unit="ساعت")),
    ("یک ربع ساعت بعد رسید", "یک ربع ساعت", dict(kind="quantity", value=0.25, unit="ساعت")),
    ("دو میلیون و نیم تومان", "دو میلیون و نیم تومان", dict(kind="money", value=2.5e6, unit="تومان")),
    ("از تصويب طرح در كميسيون ماده پنج استان خبر داد", "پنج", dict(kind="identifier", value=5)),
    ("به اتمام فاز يك پروژه ساماندهي اشاره كرد", "يك", dict(kind="identifier", value=1)),
    ("فاصله 12 تا 17 ربيع الاول را جشن بگیریم", "12 تا 17 ربيع الاول", dict(kind="date")),
    # from the audit, seed 4
    ("اين بسيجيان در طول سال 12 بار فراخوان شده اند", "12 بار", dict(kind="quantity", value=12, unit="بار")),
    ("صادرات در سه ماهه نخست سال مالی 10 درصد کاهش یافته است", "10 درصد", dict(kind="percent", value=10, unit="درصد")),
    ("در سال 14-2013 صادرات هند به ايران 48 درصد رشد يافت", "سال 14-2013",
     dict(kind="date", date="2013-01-01", date_end="2014-12-31")),
    ("پارس جنوبی ساعت: 19 شاهین خزر رودسر", "19", dict(kind="time", value=19, clock="19:00")),
    ("بین یک الی دو بن به هر نفر داده می‌شود", "یک الی دو بن", dict(kind="quantity", value=1, value_max=2, unit="بن")),
    ("فروشگاه از هشتم بهمن الی ۳۰ فروردین ۹۱ باز است", "هشتم بهمن الی ۳۰ فروردین ۹۱",
     dict(kind="date", jalali="1390-11-08", jalali_end="1391-01-30", date="2012-01-28", date_end="2012-04-18")),
    # from the audit, seed 5
    ("در سال گذشته ۶۳ شب نمایش رزمی برگزار شد", "۶۳ شب", dict(kind="quantity", value=63, unit="شب")),
    ("نيروهاي آمريكايي يك هفته‌نامه شيعي را بستند", "يك هفته‌نامه", dict(kind="quantity", value=1, unit="هفته\u200cنامه")),
    ("در فتنه ۸۸ مردم حضور یافتند", "۸۸", dict(kind="date", jalali="1388", date="2009-03-21", date_end="2010-03-20")),
    ("بیش از 64 ميليون کارت شناسايي ملي صادر شده", "64 ميليون کارت",
     dict(kind="quantity", value=6.4e7, unit="کارت", qualifier="gt")),
    ("خبر 1200 ميليارد اختلاس بانک ملي", "1200 ميليارد", dict(kind="money", value=1.2e12, unit="تومان")),
    # from the audit, seed 6
    ("یک تیم در ورزشگاه هفت هشت هزار نفری میزبانی می‌کرد", "هفت هشت هزار نفری",
     dict(kind="quantity", value=7000, value_max=8000, unit="نفر", qualifier="approx")),
    ("جذب شرکای جدید خارجی در نمایشگاه 2017", "2017", dict(kind="date", date="2017-01-01", date_end="2017-12-31")),
    ("در سال1373 در اين كشور مؤسسه اي بنياد نهاد", "سال1373",
     dict(kind="date", jalali="1373", date="1994-03-21", date_end="1995-03-20")),
    ("پس از گذشت۱۴۰۰ سال می‌آموزد", "۱۴۰۰ سال", dict(kind="quantity", value=1400, unit="سال")),
    ("سه‌شنبه شب هشتم شهریور ماه در هفته نخست", "سه‌شنبه شب هشتم شهریور ماه",
     dict(kind="date", jalali="--06-08", weekday=2)),
    # from the audit, seed 7
    ("با حضور بيش از 1400 غرفه دار از 30 كشور", "1400 غرفه", dict(kind="quantity", value=1400, unit="غرفه", qualifier="gt")),
    ("1450 دانش‌آموز از فعالیت‌ها بهره‌مند شدند", "1450 دانش‌آموز", dict(kind="quantity", value=1450, unit="دانش\u200cآموز")),
    ("نمايشگاه 27 تا 30 نوامبر برگزار مي‌شود", "27 تا 30 نوامبر", dict(kind="date")),
    ("از 27 تا 30 نوامبر 2015 در پاریس", "27 تا 30 نوامبر 2015", dict(kind="date", date="2015-11-27", date_end="2015-11-30")),
    ("هرکس دو روزش مثل یکدیگر باشد", "دو روزش", dict(kind="quantity", value=2, unit="روز")),
    ("بهترین بازیکن در فصل 2014-2013 شد", "2014-2013", dict(kind="date", date="2013-01-01", date_end="2014-12-31")),
    ("ارتفاعش از بیست و شش هفت سانتی‌متر تجاوز نمی‌کرد", "بیست و شش هفت سانتی‌متر",
     dict(kind="quantity", value=26, value_max=27, unit="سانتی\u200cمتر", qualifier="approx")),
    ("سیزده بدر روز گناه نیست", "سیزده بدر", dict(kind="date", jalali="--01-13")),
    # from the audit, seed 8
    ("شهید در تاریخ یکم فروردین ماه، سال 1345 در کرمانشاه متولد شد", "یکم فروردین ماه، سال 1345",
     dict(kind="date", jalali="1345-01-01", date="1966-03-21")),
    ("امام جمعه شهرستان قروه۱۴ خردادماه را روز فراموش‌نشدنی دانست", "۱۴ خردادماه", dict(kind="date", jalali="--03-14")),
    ("در راهپیمایی این منطقه ۷۴ تن زخمی شده‌اند", "۷۴ تن", dict(kind="quantity", value=74, unit="نفر")),
    ("پزشکان وجوه چند صد میلیونی و گاهی صد میلیونی را واریز کردند", "صد میلیونی", dict(kind="money", value=1e8, unit="تومان")),
]


@pytest.mark.parametrize("text,span,expected", CASES, ids=[c[1] for c in CASES])
def test_expression(text, span, expected):
    _check(_find(text, span), expected)


@pytest.mark.parametrize("text,span,expected", CASES, ids=[c[1] for c in CASES])
def test_expression_after_normalizer(text, span, expected):
    """The same expression read from the normalizer's output and mapped back to the original."""
    doc = process(text, skip={"places", "entities", "quotes", "facts", "dates"})  # the numbers stage's own reading
    found = [m for m in doc.numbers if m.text == span]
    assert found, (span, [m.text for m in doc.numbers])
    for m in doc.numbers:
        assert doc.original[m.start:m.end] == m.text
    _check(found[0], expected)


IDENTIFIERS = [  # numbers that name rather than count: one identifier record, never a count or a year
    ("با تلفن ۰۲۱۸۸۸۸۸۸۸۸ تماس بگیرید", "۰۲۱۸۸۸۸۸۸۸۸", "identifier_cue"),
    ("کد ۱۲۳۴۵ را وارد کنید", "۱۲۳۴۵", "identifier_cue"),
    ("ماده (29) قانون اساسی", "29", "label"),
    ("تبصره 1 این ماده", "1", "label"),
    ("زائران از عمود ۲۸۵ گذشتند", "۲۸۵", "label"),
    ("در عمود ۱۳۲۵ موکب زدند", "۱۳۲۵", "label"),
    ("شبکه دو سیما پخش می‌کند", "دو", "label"),
    ("این سریال از شبکه پنج پخش می‌شود", "پنج", "label"),
    ("عدد ۱ را با پیامک به ۶۳۶۹ بفرستید", "۶۳۶۹", "address"),
    ("به گزارش ایرنا [۱] آمده است", "۱", "footnote"),
    ("در دقیقه ۴۵ گل زد", "۴۵", "label"),
    ("خودروی پژو ۲۰۶ توقیف شد", "۲۰۶", "label"),
    ("بازیکن شماره ۱۰ تیم", "۱۰", "identifier_cue"),
]


@pytest.mark.parametrize("text,span,rule", IDENTIFIERS, ids=[c[1] for c in IDENTIFIERS])
def test_identifiers(text, span, rule):
    found = [(m.text, m.kind, m.unit, m.date, m.rule) for m in extract(text)]
    assert (span, "identifier", None, None, rule) in found, found
    assert not any(m.kind in ("cardinal", "quantity", "date") and span in m.text for m in extract(text))


CLOCK_TIMES = [
    ("بازی ساعت ۱۶ آغاز می‌شود", "ساعت ۱۶", 16.0, "16:00"),
    ("پرسپولیس ساعت 11:20 امروز برای", "ساعت 11:20", 11 + 1 / 3, "11:20"),
    ("ساعت ۲۳:۳۰ دیشب رخ داد", "ساعت ۲۳:۳۰", 23.5, "23:30"),
    ("ساعت ۸ و ربع", "ساعت ۸ و ربع", 8.25, "08:15"),
    ("ساعت ۱۰ و ۳۰ دقیقه", "ساعت ۱۰ و ۳۰ دقیقه", 10.5, "10:30"),
    ("ساعت ۰۱:۴۵ بامداد", "ساعت ۰۱:۴۵ بامداد", 1.75, "01:45"),
    ("۹ صبح فردا", "۹ صبح", 9.0, "09:00"),
    ("ساعت ۴ بعدازظهر", "ساعت ۴ بعدازظهر", 16.0, "16:00"),
    ("ساعت ۸ شب", "ساعت ۸ شب", 20.0, "20:00"),
    ("ساعت ۲ شب", "ساعت ۲ شب", 2.0, "02:00"),
]


@pytest.mark.parametrize("text,span,value,clock", CLOCK_TIMES, ids=[c[1] for c in CLOCK_TIMES])
def test_clock_times(text, span, value, clock):
    (m,) = [m for m in extract(text) if m.kind == "time"]
    assert (m.text, m.clock) == (span, clock)
    assert m.value == pytest.approx(value)


def test_a_clock_range_keeps_both_ends():
    (m,) = extract("ساعت ۱۵ تا ۱۷")
    assert (m.kind, m.value, m.value_max, m.clock, m.clock_end) == ("time", 15.0, 17.0, "15:00", "17:00")


@pytest.mark.parametrize("text,span,value", [("با نتیجه 2-1 برد", "2-1", 2.0), ("3-2 پیروز شد", "3-2", 3.0)])
def test_a_score_is_a_cardinal_not_a_range(text, span, value):
    (m,) = extract(text)
    assert (m.text, m.kind, m.value, m.value_max, m.unit) == (span, "cardinal", value, None, None)


@pytest.mark.parametrize("text,unit", [
    ("اردوی ۲ روزه", "روز"), ("بازیکن ۱۹ ساله", "سال"), ("در ۳۴ سالگی", "سال"), ("تیم ۱۰ نفره", "نفر"),
    ("تبلت ۱۰ اینچی", "اینچ"), ("حافظه ۱۶۰ گیگابایتی", "گیگابایت"),
])
def test_units_are_in_dictionary_form(text, unit):
    assert [m.unit for m in extract(text)] == [unit]


@pytest.mark.parametrize("text", ["۳-۲ مغلوب شد", "با چهار برد متوالی", "با ۱۱ امتیاز اختلاف", "این برنامه شبکه پنج پخش می‌شود",
                                  "از مرز ۱۵۰ میلیون گذشت"])
def test_verbs_and_result_words_are_never_units(text):
    for m in extract(text):
        assert m.unit in (None, "امتیاز", "برد", "تومان"), (m.text, m.unit)
        assert m.unit not in ("مغلوب", "متوالی", "اختلاف", "پخش", "گذشت")


NOT_READ = [
    ("او یکی از بهترین بازیکنان است", "یکی"),  # said of someone, not counted
    ("یکی از رسالت‌های سازمان پیشگیری است", "یکی"),
    ("به عنوان یکی از اعضا آمد", "یکی"),
    ("اف سی سئول برد", "سی"),  # «FC»: letters, no 30
    ("بین این دو باعث می‌شود که خدشه وارد شود", "دو"),  # a bare count with no unit: no row
    ("این تیم با 43 برای ماینس گل زد", "43"),  # «با»: no scorer named, no unit said before
    ("لورکوزن با 38 در رده بعدی است", "38"),
    ("صنایع کوچک نه تنها نقش بسزایی دارند", "نه"),
    ("از خداوند برای یکایک این عزیزان", "یک"),
    ("در هفته گذشته", "هفت"),
    ("دهک دهم جامعه", "دهک"),
    ("ملاصدرا و صدرا", "صد"),
    ("سهم بازار", "سه"),
    ("پنجره و دوره و صدا", "پنج"),
    ("بی بی سی گزارش داد", "سی"),
    ("سایت www.irna.ir/news/85012345 را ببینید", "85012345"),
    ("به https://example.com/a/2024/15 بروید", "2024"),
    ("یک هتل4ستاره", "4"),
    ("میلیون‌ها نفر و ده‌ها هزار تومان", "میلیون"),
    ("چند هزار میلیارد دلار", "هزار"),
    ("نخست وزیر گفت", "نخست"),
    ("خیابان ۱۵ خرداد", "خرداد"),
    ("یک دی وی دی", "یک"),
    ("نسخه 1.1.12 منتشر شد", "1.1"),
    ("هنوز می‌دوم", "دوم"),
    ("با نیم‌نگاهی به جدول", "نیم"),
    ("فیلم سه‌بعدی و هفت‌تپه", "سه"),
    ("فیلم سه‌بعدی و هفت‌تپه", "هفت"),
    ("باید چه کاری انجام دهم تا به پولم برسم", "دهم"),
    ("هر کدام را به آنچه انتخاب کرده است پاسخ ده.", "ده"),
    ("(حکیم، 1404ق، ج14، شرح ص456-455)", "455"),
    ("بازدید از بیمارستان 22 بهمن شهرستان مسجدسلیمان", "بهمن"),
    ("سالروز انتصاب ایشان به امامت جمعه تهران", "جمعه"),
    ("بنابر روايات سينه به سينه، قزوين پايتخت بود", "سينه"),
    ("فیلمی با نام عربی «سیده الجنه» و سیده فاطمه", "سیده"),
    ("تیپ لشکر21حمزه و هتل4ستاره", "21"),
    ("به گزارش خبرگزاري فارس به نقل از سي .", "سي"),
    ("با يك اشاره، ده‌ها هزار نفر به نجف آمدند", "هزار"),
    ("با يك اشاره، دهها هزار نفر به نجف آمدند", "هزار"),
]


def test_a_bare_number_the_clause_explains():
    """A minute of play after a scorer's name is an identifier; «با ۳۹» repeating «با ۵۴ امتیاز» is 39 points."""
    text = ("آدام زالای 43 برای ماینس گل زد و ساشا موادرس 57 برای آگسبورگ گلزنی کرد. پاول کرماس 87 گل این بازی را "
            "به ثمر رساند. بایرن با 54 امتیاز صدرنشین است و دورتموند با 39 و لورکوزن با 38 دوم و سوم هستند. "
            "او با 5 گل آقای گل شد. لورکوزن با 38 در رده بعدی است.")
    got = [(m.text, m.kind, m.value, m.unit, m.rule) for m in extract(text)]
    assert got == [
        ("43", "identifier", 43, None, "minute_of_play"), ("57", "identifier", 57, None, "minute_of_play"),
        ("87", "identifier", 87, None, "minute_of_play"), ("54 امتیاز", "quantity", 54, "امتیاز", "number"),
        ("39", "quantity", 39, "امتیاز", "elided_unit"), ("38", "quantity", 38, "امتیاز", "elided_unit"),
        ("دوم", "ordinal", 2, None, "ordinal"), ("سوم", "ordinal", 3, None, "ordinal"),
        ("5 گل", "quantity", 5, "گل", "number"),
    ]


def test_a_season_or_month_of_a_relative_year_is_one_date():
    import pipeline

    doc = pipeline.process("در تابستان سال‌جاري ۵ نفر آمدند و مهر امسال و زمستان ۱۳۹۰ آمد. ساعت 11:20 بعدازظهر امروز رفت.",
                           date="2016-07-22")
    got = [(m.text, m.kind, m.jalali, m.jalali_end) for m in doc.numbers]
    assert got == [("تابستان سال\u200cجاري", "date", "1395-04", "1395-06"), ("۵ نفر", "quantity", None, None),
                   ("مهر امسال", "date", "1395-07", None), ("زمستان ۱۳۹۰", "date", "1390-10", "1390-12"),
                   ("ساعت 11:20 بعدازظهر", "time", None, None), ("امروز", "date", "1395-05-01", None)]


@pytest.mark.parametrize("text,piece", NOT_READ, ids=[t for t, _ in NOT_READ])
def test_not_read(text, piece):
    for m in extract(text):
        assert piece not in m.text, (text, m)


def test_legacy_visual_order_slash_decimals():
    """Old Fars News pages (Arabic «ي»/«ك») store Latin-digit slash decimals in visual order: «5/27» is
    27.5 (Q2 5.5 bn against Q1 0.2 bn written «2/0»). Text without those letters keeps «۵۶/۵» = 56.5."""
    old = "نرخ فرار سرمايه از روسيه 5/27 برابر شد و 2/0 ميليارد دلار خارج شد"
    assert [(m.text, m.value) for m in process(old, skip={"places", "entities", "quotes", "facts"}).numbers] == [
        ("5/27 برابر", 27.5), ("2/0 ميليارد دلار", 2e8)]
    new = "نرخ رشد 56/5 درصد بود"
    assert [(m.text, m.value) for m in process(new, skip={"places", "entities", "quotes", "facts"}).numbers] == [("56/5 درصد", 56.5)]
    assert [m.value for m in extract(old)] == [5.27, 2e9]  # extract alone reads text as written


def test_monday_is_a_weekday_not_two():
    assert [(m.kind, m.value, m.weekday) for m in extract("روز دوشنبه جلسه است")] == [("date", None, 1)]
    assert [(m.kind, m.weekday) for m in extract("دو شنبه و سه شنبه")] == [("date", 1), ("date", 2)]


def test_four_tables_is_a_count_not_a_range():
    m = _find("چهار تا سالن ورزشی", "چهار تا سالن")
    assert m.value_max is None


def test_raw_text_variants_give_the_same_values():
    raw = "بيش از ۵۰ هزار نفر و ٢٥ درصد و ميليون نفر و سيام و سي و دو نفر"
    got = [(m.kind, m.value, m.unit) for m in extract(raw)]
    assert ("quantity", 50000, "نفر") in got
    assert ("percent", 25, "درصد") in got
    assert ("ordinal", 30, None) in got
    assert ("quantity", 32, "نفر") in got
    assert extract(raw)[0].qualifier == "gt"


def test_offsets_index_the_given_text():
    text = "در سال ۱۴۰۲ بیش از ۵۰ هزار نفر و ۴۱ درصد و ۲ شهرک"
    for m in extract(text):
        assert text[m.start:m.end] == m.text


# ---------------------------------------------------------------- the seed article

SEED_EXPECTED = [
    ("۲۱ مردادماه", dict(kind="date", jalali="--05-21")),
    ("روز دوشنبه", dict(kind="date", weekday=1)),
    ("۴۱ درصد", dict(kind="percent", value=41, unit="درصد")),
    ("۹۸ درصد", dict(kind="percent", value=98, unit="درصد")),
    ("ششم", dict(kind="ordinal", value=6)),
    ("هفت شهرک", dict(kind="quantity", value=7, unit="شهرک")),
    ("چهار ناحیه", dict(kind="quantity", value=4, unit="ناحیه")),
    ("۲ شهرک", dict(kind="quantity", value=2, unit="شهرک")),
    ("۲ هزار واحد", dict(kind="quantity", value=2000, unit="واحد", qualifier="approx")),
    ("۵۰ هزار نفر", dict(kind="quantity", value=50000, unit="نفر", qualifier="gt")),
]


def _seed_checks(mentions, text):
    by_text = {m.text: m for m in mentions}
    for span, expected in SEED_EXPECTED:
        assert span in by_text, (span, sorted(by_text))
        _check(by_text[span], expected)
    assert len(mentions) == len(SEED_EXPECTED), [m.text for m in mentions]
    for m in mentions:
        assert text[m.start:m.end] == m.text
    # nothing from «نه تنها» or «یکایک»
    for phrase in ("نه تنها", "یکایک"):
        pos = text.index(phrase)
        assert not any(m.start < pos + len(phrase) and pos < m.end for m in mentions)
    # «رتبه ششم» is the ordinal
    rank = by_text["ششم"]
    assert text[rank.start - 5: rank.start] == "رتبه "


def test_seed_raw_text(seed_text):
    _seed_checks(extract(seed_text), seed_text)


def test_seed_through_the_pipeline(seed_text):
    doc = process(seed_text, skip={"places", "entities", "quotes", "facts"})
    _seed_checks(doc.numbers, doc.original)


def test_seed_normalized_text(seed_text):
    norm = normalize(seed_text).text
    _seed_checks(extract(norm), norm)


# ---------------------------------------------------------------- word numbers

WORDS = [
    ("منفی سه هزار", -3000), ("سه هزار دویست و دوازده", 3212), ("دوازده هزار بیست دو", 12022),
    ("دوازده هزار و بیست و دو", 12022), ("چهارصد پنجاه هزار", 450000), ("یک میلیون و سی هزار", 1030000),
    ("نهصد نود نه هزار نهصد نود نه", 999999), ("منفی سی اُم", -30), ("منفی سه هزارمین", -3000),
    ("سیصد هزار و سی و دو", 300032), ("یک و نیم میلیون", 1.5e6), ("هزار میلیارد", 1e12), ("پنج صد", 500),
    ("ده هزار", 10000), ("ميليون", 1e6), ("هیجده", 18), ("هجده", 18), ("شونزده", 16),
]


@pytest.mark.parametrize("text,value", WORDS, ids=[w for w, _ in WORDS])
def test_parse_words(text, value):
    assert parse_words(text) == value


def test_word_analysis_refuses_lookalikes():
    for word in ("صدرا", "هفته", "دهک", "یکایک", "دوشنبه", "سهم", "پنجره", "دوره", "صدا", "دوام", "سیم"):
        assert analyse(key(word)) is None, word
    assert analyse(key("سههزار")).value == 3000
    assert analyse(key("سی‌ام")).ordinal


_EXPECT = re.compile(r'(?:wordsToNumber|removeOrdinalSuffix)\("([^"]+)"\)\)\.toEqual\((-?\d+|"[^"]*")\)')


def test_persian_tools_fixtures(shared_data):
    """persian-tools' wordsToNumber cases read through our own parser."""
    spec = (shared_data / "numbers" / "persian-tools" / "wordsToNumber.spec.ts").read_text(encoding="utf-8")
    cases = [(t, int(v)) for t, v in _EXPECT.findall(spec) if not v.startswith('"')]
    cases = [(t, v) for t, v in cases if t != "سلام دنیا" and t != "منفی سلام دنیا"]
    assert len(cases) >= 10
    for text, value in cases:
        assert parse_words(text) == value, (text, value)
    money = (shared_data / "numbers" / "persian-tools" / "moneyWordsToNumber.spec.ts").read_text(encoding="utf-8")
    formal = re.findall(r'moneyWordsToNumber\("([^"]+)", \{ formal: true \}\)\)\.toBe\((\d+)\)', money)
    assert formal
    for text, value in formal:
        amount = " ".join(text.split()[:-1])  # drop the currency word
        assert parse_words(amount) == int(value), (text, value)


# ---------------------------------------------------------------- robustness

from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = [
    "۲۱", "۱۴۰۲", "۹۵/۱۱/۱۰", "1,500", "۳/۵", "٣٦,٤", "۰۲۱", "-", "تا", "و", "،", "(", ")", "%", "٪",
    "هزار", "میلیون", "ميليارد", "سههزار", "هزارو", "سی", "ام", "نیم", "دو", "سوم", "ششم", "نه",
    "یک", "مرداد", "مردادماه", "ماه", "سال", "سال‌های", "دهه", "اول", "دوشنبه", "سه", "شنبه",
    "درصد", "تومان", "نفر", "بیش", "از", "حدود", "بین", "الی", "به", "بالا", "بر", "دی", "بهار",
    "میلادی", "قمری", "www.x.ir/1", "F-16", "نوامبر", "2016", "ساعت", "۱۰:۳۰", "\n", "همت", "دهم",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from([" ", "", "\u200c"]))
def test_any_sequence_reads_without_error_and_offsets_hold(pieces, glue):
    text = glue.join(pieces) if glue else " ".join(pieces)
    for m in extract(text):
        assert text[m.start:m.end] == m.text
        assert m.kind in ("cardinal", "ordinal", "percent", "money", "quantity", "date", "time", "identifier")
        assert m.start < m.end


# ---------------------------------------------------------------- the rule that read a mention

@pytest.mark.parametrize("text, rules", [
    ("۲۱ مرداد", ["day_month"]),
    ("سیزده بدر", ["sizdah_bedar"]),
    ("۳ هزارم درصد", ["thousandth_percent"]),
    ("دو سه هفته", ["adjacent_pair_range"]),
    ("یکی دو روز", ["one_or_two"]),
    ("۱۰ تا ۱۵ هزار نفر", ["range"]),
    ("۴۲.۶ و ۹۰ درصد", ["shared_unit_list", "number"]),
    ("چهار تا سالن", ["counter_ta"]),
    ("ماده ۱۰ قانون", ["label"]),
    ("از ۲۰ آبان لغایت ۱۴ آذر ۱۳۹۵", ["date_range"]),
    ("روز دوشنبه", ["weekday"]),
    ("سال ۹۹", ["year"]),
    ("بیش از ۵۰ هزار نفر", ["number"]),
])
def test_each_mention_names_the_rule_that_read_it(text, rules):
    assert [m.rule for m in extract(text)] == rules


def test_special_forms_are_named_and_ordered():
    from pipeline.numbers.expressions import Expressions

    names = [name for name, _ in Expressions.SPECIAL_FORMS]
    assert names[:5] == ["day_month", "sizdah_bedar", "thousandth_percent", "cup_round", "ordinal"]
    assert len(set(names)) == len(names) and all(callable(rule) for _, rule in Expressions.SPECIAL_FORMS)


def test_rule_is_neither_compared_nor_a_column():
    from pipeline import records
    from pipeline.document import NumberMention

    a = extract("۲۱ مرداد")[0]
    assert a.rule == "day_month"
    assert a == NumberMention(a.start, a.end, a.text, a.kind, jalali=a.jalali, confidence=a.confidence)
    assert "rule" not in records.columns("numbers")


@pytest.mark.parametrize("text,expected", [
    ("رم یک گیگابایتی دارد", ("یک گیگابایتی", 1, "گیگابایت")),  # «یک» before an adjectival unit is a count
    ("۵۷۲ هزار و ۶۵۲ نفر روز اقامت", ("۵۷۲ هزار و ۶۵۲ نفر روز", 572652, "نفر روز")),  # a two-word unit
    ("۵۰۰ کیلووات ساعت برق", ("۵۰۰ کیلووات ساعت", 500, "کیلووات ساعت")),
    ("۲۰ نفر روز گذشته آمدند", ("۲۰ نفر", 20, "نفر")),  # «روز گذشته» is a date of its own
    ("۵ نفر ساعت ۱۰ آمدند", ("۵ نفر", 5, "نفر")),  # «ساعت ۱۰» is a clock time
])
def test_units_of_one_and_two_words(text, expected):
    assert (lambda m: (m.text, m.value, m.unit))(extract(text)[0]) == expected


def test_an_indefinite_day_is_no_count():
    assert extract("یک روزی خواهد آمد و یک ساعتی گذشت") == []


def test_a_part_of_a_period_is_one_date_with_it():
    import pipeline

    doc = pipeline.process("تا پایان سال جاری و از ابتدای سال و نیمه نخست سال جاری و اواخر ماه گذشته و در نیم فصل و "
                           "شب گذشته و از اول سال میلادی تاکنون آمدند.", date="2016-07-22")
    got = [(m.text, m.kind, m.jalali) for m in doc.numbers]
    assert got == [("پایان سال جاری", "date", "1395"), ("ابتدای سال", "date", "1395"),  # of the current year
                   ("نیمه نخست سال جاری", "date", "1395"), ("اواخر ماه گذشته", "date", "1395-04"),
                   ("نیم فصل", "date", None), ("شب گذشته", "date", "1395-04-31"), ("اول سال میلادی", "date", None)]
    # in the entities table «شب گذشته» is a DATE, as the real-news judges read a part of a day with
    # its day (CONVENTIONS, round 12; NSURL-2019 tags it TIME)
    assert [(e.text, e.label) for e in doc.entities if e.text == "شب گذشته"] == [("شب گذشته", "DATE")]


@pytest.mark.parametrize("text,number", [("شماره حساب 3333 بانک ملی", "3333"), ("با شماره پیامک ۳۰۰۰۱۲ تماس بگیرید", "۳۰۰۰۱۲")])
def test_what_shomare_numbers_is_an_identifier(text, number):
    assert [(m.text, m.kind) for m in extract(text)] == [(number, "identifier")]


def test_stage_names_day_of_month_holiday_of_a_year_and_comma_ranges():
    import pipeline

    doc = pipeline.process("در مرحله یک هشتم نهایی حذف شد. روز سه‌شنبه 18 ماه جاری و عید قربان سال گذشته آمد. "
                           "3، 4 بازی دیگر مانده و امتیاز 4 باقی مانده است.", date="2012-10-10")
    # a lunar holiday's day is the tabular calendar's, a day off Iran's sighting at times: the month is checked
    got = [(m.text, m.kind, m.value, m.value_max, m.unit, m.jalali and m.jalali[:7]) for m in doc.numbers]
    assert got == [("یک هشتم", "identifier", 0.125, None, None, None),
                   ("روز سه\u200cشنبه 18 ماه جاری", "date", 18, None, None, "1391-07"),
                   ("عید قربان سال گذشته", "date", None, None, None, "1390-08"),
                   ("3، 4 بازی", "quantity", 3, 4, "بازی", None),
                   ("امتیاز 4", "quantity", 4, None, "امتیاز", None)]  # the measure before the number; «باقی» no unit
    assert doc.numbers[1].jalali == "1391-07-18"
    assert [(e.text, e.label) for e in doc.entities if e.label in ("EVENT", "DATE")][-2:] == [
        ("عید قربان", "EVENT"), ("سال گذشته", "DATE")]


def test_passing_a_mark_is_more_than_it():
    assert [(m.text, m.qualifier) for m in extract("فروش از مرز ۱۵۰ میلیون تومان گذشت")] == [("۱۵۰ میلیون تومان", "gt")]
    assert [(m.text, m.qualifier) for m in extract("در مرز ۱۰۰ هزار نفر")] == [("۱۰۰ هزار نفر", "approx")]


def test_a_sports_report_lists_minutes_medals_and_a_host_year():
    import pipeline

    doc = pipeline.process("در این دیدار پرز در دقایق 19، 39 و 57، جیمی واردی 45، 56 و 4+90، چیلول 10 و تیلمانس 17 برای لستر گلزنی کردند. "
                           "ایران با دو طلا، یک نقره و یک برنز سوم شد و یک بار دیگر در رقابت‌های آسیا - 2014 میانمار "
                           "حاضر شد. عبدالله اف 72 ساله است و پیش از این هفته گذشته آمد.", date="2014-10-10")
    got = [(m.text, m.kind, m.value, m.unit) for m in doc.numbers]
    assert got == [("19", "identifier", 19, None), ("39", "identifier", 39, None), ("57", "identifier", 57, None),
                   ("45", "identifier", 45, None), ("56", "identifier", 56, None), ("4+90", "identifier", 94, None),
                   ("10", "identifier", 10, None), ("17", "identifier", 17, None),
                   ("دو طلا", "quantity", 2, "طلا"), ("یک نقره", "quantity", 1, "نقره"), ("یک برنز", "quantity", 1, "برنز"),
                   ("سوم", "ordinal", 3, None), ("2014", "date", None, None),
                   ("72 ساله", "quantity", 72, "سال"), ("هفته گذشته", "date", None, None)]


def test_minutes_go_on_after_a_labelled_minute_and_a_day_range_may_say_mah():
    import pipeline

    doc = pipeline.process("زلاتان در دقیقه 6 و لاوتزی 19 و 88 برای پاریسی‌ها گلزنی کردند. "
                           "جلسات برای 26 تا 28 ماه می سال 2020 برنامه‌ریزی شده بود.")
    assert [(m.text, m.kind, m.value) for m in doc.numbers][:3] == [("6", "identifier", 6), ("19", "identifier", 19),
                                                                    ("88", "identifier", 88)]
    last = doc.numbers[-1]
    assert (last.text, last.kind, last.date, last.date_end) == ("26 تا 28 ماه می سال 2020", "date", "2020-05-26", "2020-05-28")


def test_in_a_sports_story_a_club_or_a_substitute_is_no_counted_noun():
    text = ("نفت تهران 3 ملوان 3 تساوی پر گل در لیگ بود. ترکیب تیم: میلاد جهانی (55 یوسف سیدی)، "
            "پیمنتا (88 رسول پیرزاده) و مگنو. او ۲۰ تراکتور خرید و ۱۵۰ هوادار آمدند.")
    got = [(m.text, m.kind, m.unit) for m in extract(text)]
    assert got == [("55", "identifier", None), ("88", "identifier", None),
                   ("۲۰ تراکتور", "quantity", "تراکتور"), ("۱۵۰ هوادار", "quantity", "هوادار")]
    # outside a sports story the words in brackets are what is counted
    assert [(m.text, m.unit) for m in extract("این شرکت (5 فروند هواپیما) خرید.")] == [("5 فروند", "فروند")]


def test_the_mid_season_break_is_a_date_not_a_half():
    import pipeline

    got = [(m.text, m.kind) for m in pipeline.process("ناپولی قهرمان نیم فصل شد و نیم ساعت بعد جشن گرفت.").numbers]
    assert got == [("نیم فصل", "date"), ("نیم ساعت", "quantity")]


@pytest.mark.parametrize("text, got", [
    # a weekday with its part of the day, midnight last night, the end of the season, this season,
    # the next day: one date each (fourth dev draw)
    ("جمعه شب در ویدئویی سخن گفت", [("جمعه شب", "date")]),
    ("تظاهرات تا نيمه شب گذشته ادامه يافت", [("نيمه شب گذشته", "date")]),
    ("بهتر بود پس از اتمام فصل جدا شود", [("اتمام فصل", "date")]),
    ("او در این فصل هفت بازی انجام داد", [("این فصل", "date"), ("هفت بازی", "quantity")]),
    ("مسئول برگزاری روز آینده راهی جم خواهد شد", [("روز آینده", "date")]),
    # a chapter of a book is no season; today's needs are the present day's
    ("در این فصل از کتاب آمده است", []),
    ("این سیستم پاسخگوی نیازهای امروز نیست", []),
    ("تیم کشتی ایران امروز به رقابت‌ها می‌رود", [("امروز", "date")]),
])
def test_relative_dates_a_reader_marks(text, got):
    assert [(m.text, m.kind) for m in process(text).numbers] == got


@pytest.mark.parametrize("text, got", [
    # hazm knows «اصلا» only as an adverb, «جانبه» never as a noun: no counted noun follows
    ("این دو اصلا با هم سنخیتی ندارند", []),
    ("روابط دو جانبه را بررسی کردیم", []),
    # a joined unit stays one («سانتی‌متر»), an assist is «پاس گل»
    ("ارتفاعش بیست و شش هفت سانتی‌متر بود", [("بیست و شش هفت سانتی‌متر", "quantity", "سانتی‌متر")]),
    ("او دو پاس گل داد", [("دو پاس گل", "quantity", "پاس گل")]),
])
def test_a_unit_is_a_noun(text, got):
    assert [(m.text, m.kind, m.unit) for m in process(text).numbers if m.kind != "cardinal"] == got


@pytest.mark.parametrize("text, got", [
    # the fifth dev draw: a half season with its ordinal, a month of the next year, a count of seasons
    # back, the latest season, the end of a named season are one date each
    ("در نیم فصل دوم بازی کرد", [("نیم فصل دوم", "date")]),
    ("شهریورماه سال بعد برگزار می‌شود", [("شهریورماه سال بعد", "date")]),
    ("او دو فصل قبل آمد", [("دو فصل قبل", "date")]),
    ("در فصل اخیر خوب بود", [("فصل اخیر", "date")]),
    ("تا پایان فصل تابستان ادامه دارد", [("پایان فصل تابستان", "date")]),
    # «نخست» of «۶ ماه نخست» says which six months; «اولین» after an age is an ordinal
    ("در ۶ ماه نخست امسال رشد کرد", [("۶ ماه", "quantity"), ("امسال", "date")]),
    ("در ۱۶ سالگی اولین حضور را داشت", [("۱۶ سالگی", "quantity"), ("اولین", "ordinal")]),
])
def test_periods_of_the_fifth_dev_draw(text, got):
    assert [(m.text, m.kind) for m in process(text).numbers] == got


def test_relative_dates_counts_and_labels_of_the_sixth_to_eighth_dev_draws():
    import pipeline

    def got(text, **kw):
        return [(m.text, m.kind, m.value, m.value_max, m.unit, m.qualifier)
                for m in pipeline.process(text, **kw).numbers]

    # a range or a count of hours before a direction is one relative date, resolved as the wider stretch
    d = pipeline.process("طی دو سه سال اخیر و در 48 ساعت گذشته خبری نبود.", date="2019-05-01").numbers
    assert [(m.text, m.kind, m.value, m.value_max, m.unit) for m in d] == [
        ("دو سه سال اخیر", "date", 2, 3, "سال"), ("48 ساعت گذشته", "date", 48, None, "ساعت")]
    assert (d[1].date, d[1].date_end) == ("2019-04-29", "2019-05-01")
    assert got("در تابستان پیش رو و تا اوایل زمستان") == [
        ("تابستان پیش رو", "date", None, None, None, None), ("اوایل زمستان", "date", None, None, None, None)]
    assert got("پیش از شروع لیگ آمد ولی تا پایان لیگ برتر نماند") == [("شروع لیگ", "date", None, None, None, None)]
    assert got("در حماسه عاشورا دیدیم") == []  # the event, no day
    assert got("مراسم تاسوعا و عاشورا") == []  # the rites, both
    assert got("در روز چهارم رقابت‌ها") == [("روز چهارم", "date", 4, None, None, None)]
    # a number word joined to its unit; not «دوباره» (again)
    assert got("او دوماه مصدوم بود و دوباره برگشت") == [("دوماه", "quantity", 2, None, "ماه", None)]
    # a side's results, but not a score before «تساوی»
    assert [(t, u) for t, _, _, _, u, _ in got("با 5 برد، 1 تساوی و 4 شکست")] == [
        ("5 برد", "برد"), ("1 تساوی", "تساوی"), ("4 شکست", "شکست")]
    assert got("در وزن ۸۴- کیلوگرم") == [("۸۴- کیلوگرم", "quantity", 84, None, "کیلوگرم", "lte")]
    assert got("پرداخت تا پنج درصد") == [("پنج درصد", "percent", 5, None, "درصد", "lte")]
    assert got("تلاش کنیم تا سه امتیاز را بگیریم") == [("سه امتیاز", "quantity", 3, None, "امتیاز", None)]
    assert got("بعد از 3 الی 4 دقیقه") == [("3 الی 4 دقیقه", "quantity", 3, 4, "دقیقه", None)]
    assert got("او سه دیدار نخست را از دست داد") == [("سه دیدار", "quantity", 3, None, "دیدار", None)]
    assert got("با 5 میلیون یوروی باشگاه") == [("5 میلیون یوروی", "money", 5_000_000, None, "یورو", None)]
    # labels name, they do not count: a court branch, a police station, a shirt number, a district
    assert got("شعبه 1157 دادگاه و کلانتری ۱۳ و یک شماره‌ی 10 سنتی و ناحیه یک قزوین") == [
        ("1157", "identifier", 1157, None, None, None), ("۱۳", "identifier", 13, None, None, None),
        ("10", "identifier", 10, None, None, None), ("یک", "identifier", 1, None, None, None)]


def test_dates_minutes_and_tiers_of_the_tenth_dev_draw():
    import pipeline

    def got(text, **kw):
        return [(m.text, m.kind, m.value, m.unit) for m in pipeline.process(text, **kw).numbers]

    # the Nth day of spring, of the Nowruz holidays or of Nowruz is one date in Farvardin
    d = pipeline.process("در یازدهمین روز از تعطیلات نوروزی و در روز یازدهمین نوروز", date="2017-03-31").numbers
    assert [(m.text, m.kind, m.jalali, m.date) for m in d] == [
        ("یازدهمین روز از تعطیلات نوروزی", "date", "1396-01-11", "2017-03-31"),
        ("روز یازدهمین نوروز", "date", "1396-01-11", "2017-03-31")]
    assert got("سومین روز سال 2019") == [("سومین", "ordinal", 3, None), ("سال 2019", "date", None, None)]
    # the end of a stretch, the transfer window, the new year are relative dates; «امروز» that states
    # what is nowadays is none, «امروز» of a talk or a match is today
    assert [t for t, *_ in got("در روزهای پایانی تعطیلات و زمان نقل و انتقالات و هفته پایانی و سال جدید")] == [
        "روزهای پایانی تعطیلات", "زمان نقل و انتقالات", "هفته پایانی", "سال جدید"]
    assert got("امروز شاهد درخشش ورزشکاران روستایی در مسابقات هستیم.") == []
    assert got("امروز روز نهضت خدمت‌رسانی به مردم است.") == []
    assert [t for t, *_ in got("علی امروز در گفت‌وگو با خبرنگار ما گفت که کار سخت است.")] == ["امروز"]
    # minutes after scorers; a noun before «شد» still counts, half of a compound verb does not
    assert got("دفو 18 و 74 و بیل 71 گل‌های تاتنهام را به ثمر رساندند و کانو 90 وارد دروازه کرد.") == [
        ("18", "identifier", 18, None), ("74", "identifier", 74, None), ("71", "identifier", 71, None),
        ("90", "identifier", 90, None)]
    assert got("رونالدو 2 گل زد") == [("2 گل", "quantity", 2, "گل")]
    assert got("منجر به مصدوم شدن 6 مسافر شد") == [("6 مسافر", "quantity", 6, "مسافر")]
    assert got("مدیسون 85 گلزنی کردند") == [("85", "identifier", 85, None)]
    # a league tier and a kilometre post name; a word number with an adjectival unit counts
    assert got("در لیگ دسته اول و لیگ دو و کیلومتر 15 سبزوار") == [
        ("اول", "identifier", 1, None), ("دو", "identifier", 2, None), ("15", "identifier", 15, None)]
    assert got("در شش گروه چهار تیمی") == [("شش گروه", "quantity", 6, "گروه"), ("چهار تیمی", "quantity", 4, "تیمی")]


def test_dates_and_durations_of_the_eleventh_dev_draw():
    import pipeline

    def got(text, **kw):
        return [(m.text, m.kind, m.jalali, m.jalali_end) for m in pipeline.process(text, **kw).numbers]

    assert got("جلسه 5 ساعته هیئت دولت") == [("5 ساعته", "quantity", None, None)]
    assert [t for t, *_ in got("از عملکرد 2 سال اخیرش راضی است")] == ["2 سال اخیر"]
    assert got("پیش از ظهر امروز در همایش", date="2019-04-29") == [("پیش از ظهر امروز", "date", "1398-02-09", None)]
    # a league's round is no week of the calendar; two years joined by «و» after «سال‌های» are one span
    assert got("تا پایان هفته دهم لیگ") == [("پایان هفته دهم", "date", None, None)]
    assert got("بین سال‌های 1390 و 1391 رخ داد") == [("سال\u200cهای 1390 و 1391", "date", "1390", "1391")]
    assert [t for t, *_ in got("در روزهای پایانی ماه مبارک رمضان")] == ["روزهای پایانی ماه مبارک رمضان"]
    # «فردای» after a match word is tomorrow's; after an event it is the day after
    assert got("حریف فردای استقلال", date="2017-03-31") == [("فردای", "date", "1396-01-12", None)]
    assert got("فردای انقلاب") == []


def test_years_models_and_units_of_the_twelfth_dev_draw():
    import pipeline

    def got(text):
        return [(m.text, m.kind, m.value, m.unit, m.date) for m in pipeline.process(text).numbers]

    # a year in words after an event, a year glued to its tournament, a host city after a year
    assert got("حذف کشتی از المپیک دو هزار و بیست") == [("دو هزار و بیست", "date", None, None, "2020-01-01")]
    assert got("از زمان یورو96 و در مقدماتی یورو2020") == [("96", "date", None, None, "1996-01-01"),
                                                       ("2020", "date", None, None, "2020-01-01")]
    assert got("قهرمان المپیک 1996 آتلانتا و 2000 سیدنی") == [("1996", "date", None, None, "1996-01-01"),
                                                         ("2000", "date", None, None, "2000-01-01")]
    # a model's or an edition's number glued to its name; not a news footer's one-letter code or an e-mail
    assert got("هواپیماهای F۱۴، F۷ و طرح صابر2") == [("F۱۴", "identifier", 14, None, None),
                                                   ("F۷", "identifier", 7, None, None), ("صابر2", "identifier", 2, None, None)]
    assert got("انتهای پیام/ع20/ض1002 و Info@Dabirkhane12") == []
    # a misspelt unit; the relative «ی» before «که» is no part of the counted noun («بازی» is a noun)
    assert got("15 میلیارد کیلوات ساعت") == [("15 میلیارد کیلوات ساعت", "quantity", 15e9, "کیلووات ساعت", None)]
    assert got("4 جودوکاری که آمدند و 14 بازی که ماند") == [("4 جودوکاری", "quantity", 4, "جودوکار", None),
                                                          ("14 بازی", "quantity", 14, "بازی", None)]


def test_a_list_marker_glued_to_the_word_before_it_is_no_identifier():
    """Judges of the twelfth holdout: «... مطبوعاتی3_ ساعت ...» numbers an item of a list."""
    import pipeline

    assert [m.text for m in pipeline.process("صحبتهای مطبوعاتی3_ ساعت کار و ای4_ تبعیض").numbers] == []
    assert [m.text for m in pipeline.process("طرح صابر2 اجرا شد").numbers] == ["صابر2"]


def test_days_verbs_and_scores_of_the_thirteenth_dev_draw():
    import pipeline

    def got(text, **kw):
        return [(m.text, m.kind, m.jalali) for m in pipeline.process(text, **kw).numbers]

    # the Nth day of a trip or a competition is one date; «بعد از ظهر» spaced is a part of the day
    assert got("در دومين روز سفر به استان") == [("دومين روز سفر", "date", None)]
    assert got("برای دومین روز متوالی") == [("دومین", "ordinal", None)]
    assert got("امروز بعد از ظهر", date="2017-03-31") == [("امروز بعد از ظهر", "date", "1396-01-11")]
    assert [t for t, *_ in got("در نوروز امسال")] == ["نوروز امسال"]
    # a verb after a number is no unit; minutes listed after «دقایق» are minutes
    assert [(m.text, m.kind) for m in pipeline.process("در دقایق 48 و 71 توانست گل بزند").numbers] == [
        ("48", "identifier"), ("71", "identifier")]
    assert got("ایجاد دو دستگی در جامعه") == []


def test_names_that_hold_a_day_of_the_fourteenth_dev_draw():
    import pipeline

    def got(text):
        return [m.text for m in pipeline.process(text).numbers]

    assert got("در نماز عبادی ـ سیاسی جمعه گفت") == []  # the Friday prayer
    assert got("فرمانده سپاه عاشورا گفت") == []  # a corps named after the day
    assert got("همایش مسکن فردا برگزار شد") == []  # tomorrow's housing, a title
    assert got("فردا جلسه است") == ["فردا"]


def test_match_numbers_of_the_fifteenth_dev_draw():
    import pipeline

    def got(text):
        return [(m.text, m.kind, m.unit) for m in pipeline.process(text).numbers]

    # a numbered match in a fixture list is its name; the kick-off's «ساعت» opens a clock time
    assert got("برنده بازی 27 ساعت 11:00 به مصاف تیم دیگر می‌رود") == [
        ("بازی 27", "identifier", None), ("ساعت 11:00", "time", None)]
    assert got("بازی 5: ایران - کره") [0][:2] == ("بازی 5", "identifier")
    # hours still count hours where no clock time follows
    assert got("دو ساعت 10 دقیقه طول کشید") == [("دو ساعت", "quantity", "ساعت"), ("10 دقیقه", "quantity", "دقیقه")]
    assert got("مسابقه ساعت 10 برگزار شد") == [("ساعت 10", "time", None)]


def test_units_and_clock_ranges_of_the_fifteenth_dev_draw():
    import pipeline

    def got(text):
        return [(m.text, m.kind, m.value, m.value_max, m.unit) for m in pipeline.process(text).numbers]

    # a two-word unit is whole, written with a ZWNJ or a space
    assert got("بین 35 تا 37 درجه سانتی‌گراد") == [("35 تا 37 درجه سانتی‌گراد", "quantity", 35, 37, "درجه سانتی‌گراد")]
    assert got("دمای 12 درجه سانتی گراد") == [("12 درجه سانتی گراد", "quantity", 12, None, "درجه سانتی‌گراد")]
    # the end of a clock range says its own part of the day: «۷ شب» is 19:00
    assert got("از 9 صبح تا 7 شب باز است") == [("9 صبح تا 7 شب", "time", 9, 19, None)]
    assert got("ساعت 15 تا 17 برگزار شد") == [("ساعت 15 تا 17", "time", 15, 17, None)]
    # the «صبح» of a clock time is not the weekday's too
    assert [m.text for m in pipeline.process("ساعت 5 صبح روز شنبه رسید").numbers] == ["ساعت 5 صبح", "روز شنبه"]
    assert [m.text for m in pipeline.process("صبح روز شنبه رسید").numbers] == ["صبح روز شنبه"]
    # the winner or loser of a numbered match names it wherever it stands
    assert got("برنده بازی 25 با بازنده بازی 26 روبرو می‌شود") == [
        ("بازی 25", "identifier", 25, None, None), ("بازی 26", "identifier", 26, None, None)]


def test_persons_posts_stages_and_weeks_of_the_sixteenth_dev_draw():
    import pipeline

    def got(text, **kw):
        return [(m.text, m.kind, m.value, m.unit) for m in pipeline.process(text, **kw).numbers]

    # «تن» counts persons before a casualty word or «از» + people, tonnes otherwise
    assert got("دو تن از آنها دستگیر شدند") == [("دو تن", "quantity", 2, "نفر")]
    assert got("۹۰ تن کشته شدند") == [("۹۰ تن", "quantity", 90, "نفر")]
    assert got("۵۰۰ تن از محصولات صادر شد") == [("۵۰۰ تن", "quantity", 500, "تن")]
    assert got("۳ هزار سال نوری فاصله دارد") == [("۳ هزار سال نوری", "quantity", 3000, "سال نوری")]
    # «تیر دروازه» is a goalpost, not the month
    assert got("توپ به هر دو تیر دروازه خورد") == [("دو تیر", "quantity", 2, "تیر")]
    assert [k for _, k, *_ in got("دو تیر ماه")] == ["date"]
    # a cup's round named by a fraction of 16 or 32; a minute of added time named by an ordinal
    assert got("مرحله یک شانزدهم لیگ قهرمانان")[0][:2] == ("یک شانزدهم", "identifier")
    assert got("در دومین دقیقه از وقت های تلف شده") == [("دومین", "identifier", 2, None)]
    assert got("در دومین دقیقه بازی") == [("دومین", "ordinal", 2, None)]
    # a weekday «two weeks ahead» is one date, the week after next
    assert [(m.text, m.jalali) for m in pipeline.process("روز سه شنبه دو هفته آینده بازی است", date="2017-03-31").numbers] == [
        ("روز سه شنبه دو هفته آینده", "1396-01-22")]


def test_habits_decades_and_glued_scales_of_the_seventeenth_dev_draw():
    import pipeline

    def got(text, **kw):
        return [(m.text, m.kind, m.value, m.unit) for m in pipeline.process(text, **kw).numbers]

    # a scale glued to its unit multiplies the count
    assert got("967 هزارتن گندم") == [("967 هزارتن", "quantity", 967000, "تن")]
    # «N دقیقه بامداد» is a clock time after midnight
    assert [(m.text, m.kind, m.clock) for m in pipeline.process("30 دقيقه بامداد دوشنبه آغاز می‌شود").numbers][0] == (
        "30 دقيقه", "time", "00:30")
    # a month or a season of what happens every year is no date
    assert got("این جایزه هر ساله در ماه دسامبر اهدا می‌شود") == []
    assert got("در ماه دسامبر اهدا شد") == [("ماه دسامبر", "date", None, None)]
    # the first ten days of a lunar month are one date
    assert [(m.text, m.jalali, m.jalali_end) for m in pipeline.process("مراسم دهه اول محرم برگزار می‌شود", date="2017-09-17").numbers] == [
        ("دهه اول محرم", "1396-06-31", "1396-07-09")]


def test_a_stressed_one_and_a_bans_length_count():
    got = lambda text: [(m.text, m.kind, m.value, m.unit) for m in extract(text)]  # noqa: E731
    assert got("این تیم فقط به یک برد نیاز دارد") == [("یک برد", "quantity", 1, "برد")]
    assert got("او تنها در یک مقطع حضور داشت") == [("یک مقطع", "quantity", 1, "مقطع")]
    assert got("به یک جلسه محرومیت محکوم شد") == [("یک جلسه", "quantity", 1, "جلسه")]
    assert got("بازیکن به یک بازی محروم شد") == [("یک بازی", "quantity", 1, "بازی")]
    # the indefinite article stays no number
    assert got("او یک بازی خوب انجام داد") == []


def test_numbered_regions_a_disease_and_an_emergency_number_are_identifiers():
    got = lambda text: [(m.text, m.kind) for m in extract(text)]  # noqa: E731
    assert got("مناطق 4، 5 و 9 دانشگاه آزاد") == [("4", "identifier"), ("5", "identifier"), ("9", "identifier")]
    assert got("در مناطق ۲۲ گانه تهران") == [("۲۲ گانه", "cardinal")]
    assert got("بیماری کووید 19 شیوع یافت") == [("19", "identifier")]
    assert got("اورژانس 115 اعلام کرد") == [("115", "identifier")]
    assert got("اورژانس 3 نفر را منتقل کرد") == [("3 نفر", "quantity")]


def test_one_of_a_set_said_as_predicate_or_appositive_holds_no_number():
    # judges of the rows a «یکی از X» rule wrote (uj59): 16 of 25 were predicative or appositive
    got = lambda text: [(m.text, m.kind, m.value) for m in extract(text)]  # noqa: E731
    assert got("او یکی از بازیکنان خوب تیم است") == []
    assert got("یکی از عوامل موثر در توسعه است") == []
