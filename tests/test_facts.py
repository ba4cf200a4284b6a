"""What each number measures and what it is about: one case per class of rule (pipeline/facts/)."""
from __future__ import annotations

import pytest

import pipeline
from pipeline import facts


def _facts(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {f.text: (f.measure, f.subject) for f in facts.find(pipeline.process(text))}


@pytest.mark.parametrize("text,number,measure", [
    # a noun naming a quantity before the number, not one that only introduces it
    ("این پروژه در مدت زمان ۴۵ روز و با هزینه ۲ میلیارد ریال اجرا شد.", "۴۵ روز", "مدت زمان"),
    ("ضخامت دومین نت‌بوک این شرکت ۲۰ میلی‌متر است.", "۲۰ میلی‌متر", "ضخامت"),
    ("در این مدت تعداد ۴۰۲ هزار قطعه طیور واکسینه شد.", "۴۰۲ هزار قطعه", "قطعه طیور"),
    # the tail after a unit stops at a compound verb, a rank, a predicate
    ("این جبهه تا کنون ۲۰ جلسه تشکیل داده است.", "۲۰ جلسه", "جلسه"),
    ("ماینس با ۳۱ امتیاز ششم است.", "۳۱ امتیاز", "امتیاز"),
    ("بایرن مونیخ با ۵۴ امتیاز صدرنشین است.", "۵۴ امتیاز", "امتیاز"),
    # an age or a head count is its own word; a duration adjective measures its noun
    ("پل پوگبا ۱۹ ساله به یوونتوس پیوست.", "۱۹ ساله", "سن"),
    ("بواتنگ 32ساله به بارسلونا پیوست.", "32ساله", "سن"),
    # a verb ends the measure, and so does the noun of a compound verb; an adjective does not
    ("لستر توانست به پیروزی با ۹ گل برسد.", "۹ گل", "گل"),
    ("ما ۹۰ دقیقه مسابقه را به ۶ قسمت تقسیم کردیم.", "۶ قسمت", "قسمت"),
    ("باید از او حمایت کنیم چون ۴ بازی حساس داریم.", "۴ بازی", "بازی حساس"),
    ("رئال نتوانست در مجموع دو بازی رفت و برگشت از سد یوونتوس عبور کند.", "دو بازی", "بازی رفت"),
    # a name ends the phrase after the unit; so does «حتی»
    ("لیونل مسی امید اول آبی اناری‌ها در فینال بود و توانست تک گل تیمش را به ثمر برساند؛ ولی واکنش بارسا به دو گل "
     "والنسیا بسیار دیر بود و در نهایت گل تساوی به دست نیامد.", "دو گل", "گل والنسیا"),
    # the unit before the number, and the unit the text leaves out
    ("ساوتهمپتون هم در امتیاز ۸ باقی ماند.", "امتیاز ۸", "امتیاز"),
    ("بایرن با ۵۴ امتیاز صدرنشین است و دورتموند با ۳۹ دوم است.", "۳۹", "امتیاز"),
    ("پرسپولیس برای تشکیل اردویی ۲ روزه راهی کرج شد.", "۲ روزه", "اردو"),
    # an indefinite noun before money loses its ending
    ("این پروژه با صرف هزینه‌ای بالغ بر ۷ میلیارد ریال اجرا شد.", "۷ میلیارد ریال", "هزینه"),
    # a rate stays in the measure; «این رقم» is the figure named before
    ("در آمریکای شمالی منابع آب برای هر فرد ۶ هزار مترمکعب است، ولی در اتیوپی این رقم ۴۳ مترمکعب است.",
     "۴۳ مترمکعب", "منابع آب برای هر فرد"),
    # a standing without its rank word; what a count of people did
    ("ماینس با ۳۱ امتیاز ششم است.", "ششم", "رده"),
    ("نزدیک به هزار نفر در این جبهه ثبت‌نام کرده‌اند.", "هزار نفر", "ثبت‌نام کرده‌اند"),
    ("۲۹ هزار ساعت از نظر حق‌التدریس کاهش داشتیم.", "۲۹ هزار ساعت", "حق‌التدریس"),
])
def test_the_measure_is_what_a_reader_says_the_number_counts(text, number, measure):
    assert _facts(text)[number][0] == measure


@pytest.mark.parametrize("text,number,subject", [
    # the clause subject, not a name after a noun or a preposition
    ("ماینس با اخراج پارکر در دقیقه ۴۵ یک نیمه ۱۰ نفره بازی کرد.", "۱۰ نفره", "ماینس"),
    ("پرسپولیس با ۳۱ امتیاز ششم است و استقلال با ۱۵ امتیاز در رده هفدهم قرار دارد.", "۱۵ امتیاز", "استقلال"),
    # a team without its head word
    ("کاروان تیم فوتبال پرسپولیس برای تشکیل اردویی ۲ روزه راهی کرج شد.", "۲ روزه", "پرسپولیس"),
    # a place the measure names by its adjective
    ("سازمان ملل نسبت به خشکسالی در ۲۱ کشور آفریقایی هشدار داد و گفت قاره آفریقا در خطر است.",
     "۲۱ کشور", "آفریقا"),
    # a facility described by its size, and the clause it is the subject of
    ("فرماندار گفت: بیمارستان ۱۶۲ تختخوابی مسجدسلیمان از پیشرفت ۹۵ درصدی برخوردار است.", "۹۵ درصدی",
     "بیمارستان ۱۶۲ تختخوابی مسجدسلیمان"),
    # the name that owns what is counted, written right after it; two joined by «و»; not an object
    ("لیونل مسی گل زد ولی واکنش بارسا به دو گل والنسیا بسیار دیر بود.", "دو گل", "والنسیا"),
    ("درخشش ایران و دو پیروزی عربستان و کره جنوبی مقابل مصر سبب شد.", "دو پیروزی", "عربستان و کره جنوبی"),
    ("ذوب آهن با سه امتیاز تهران را به مقصد اصفهان ترک کرد.", "سه امتیاز", "ذوب آهن"),
    # a club's short name is the fuller name the article gives it, not one with a generic head
    ("تیم فوتبال لستر سیتی در دیدار مقابل چلسی به پیروزی رسید و گل زد. سیتی با 20 امتیاز در رده دوم لیگ قرار گرفت.",
     "20 امتیاز", "لستر سیتی"),
])
def test_the_subject_is_what_the_number_describes(text, number, subject):
    assert _facts(text)[number][1] == subject


def test_a_source_and_the_speaker_are_not_what_a_number_is_about():
    got = _facts("بر اساس آمار سازمان آموزش و پرورش بیش از ۸ هزار فرهنگی فاقد مسکن هستند.")
    assert got["۸ هزار فرهنگی"][1] != "سازمان آموزش و پرورش"
    got = _facts("علی احمدی گفت: قیمت سکه ۵۰ هزار تومان کاهش یافت.")
    assert got["۵۰ هزار تومان"] == ("قیمت سکه", None)


@pytest.mark.parametrize("text,number", [
    ("دو دقیقه بعد، دلوئو به سمت دروازه شلیک کرد.", "دو دقیقه"),
    ("او در ۱۶ سالگی به تیم ملی رسید.", "۱۶ سالگی"),
    ("تیم ملی زیر ۲۰ سال ایران شکست خورد.", "۲۰ سال"),
    ("آفریقای جنوبی یک کشور پیشرفته است.", "یک کشور"),
    ("در نیمه دوم بازی گلی به ثمر نرسید.", "دوم"),
])
def test_numbers_that_measure_nothing_are_no_facts(text, number):
    assert number not in _facts(text)


def test_an_indefinite_one_beside_another_count_is_a_count():
    got = _facts("او در این بازی دو بار روی کرنر و یک بار در مصاف تک به تک گل زد.")
    assert "یک بار" in got and "دو بار" in got
