"""What numbers measure: the words the facts stage reads around a number to say what it counts or
measures («۲ هزار واحد صنعتی», «ضخامت آن ۲۰ میلی‌متر», «رتبه ششم»). Written by hand; words are
compared as the segmenter gives them, with and without their ZWNJ.
"""
from __future__ import annotations

#: Words a measure's noun phrase never runs across: verbs and copulas, prepositions, conjunctions,
#: pronouns and demonstratives at its edge, punctuation.
MEASURE_STOP = frozenset("""
از در به با برای تا که و یا را هم نیز این آن همین همان است بود شد شده شود می نمی هست نیست هستند
باشد بوده دارد دارند داشت داشته کرد کرده کند کنند گرفت گرفته گفت افزود متعلق مربوط وجود قرار اختصاص
طی ضمن بر روی زیر بین میان پس پیش قبل بعد حدود نزدیک بیش کمتر بیشتر حداقل حداکثر بالغ
تاکنون اکنون هم‌اکنون هماکنون امروز امسال هنوز فقط تنها حدودا تقریبا همچنین
. ، , : ؛ ; ( ) « » " ! ? ؟ - –
""".split())
DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان"})
ORDINAL_WORDS = frozenset("اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم نخست آخر".split())
#: Nouns that make a verb with the word after them («تشکیل داده», «وارد بازار شد», «راهی کردان
#: شد»): a measure stops before them.
VERB_NOUNS = frozenset("""
تشکیل وارد راهی برگزار اعلام هشدار منتشر اجرا انجام ایجاد برخوردار مواجه تبدیل صادر دست پیدا مشغول
اختصاص قرار ثبت‌نام ثبت نام شرکت حضور دریافت پرداخت کسب تحویل واگذار افتتاح آغاز شروع خارج داخل
""".split())
#: Units that measure rather than count: what they measure is named before the number («ضخامت
#: آن ۲۰ میلی‌متر», «نمایشگر ۱۰ اینچی», «هارد دیسک ۱۶۰ گیگابایتی»), not by the unit.
MEASURING_UNITS = frozenset("""
متر کیلومتر سانتیمتر میلیمتر اینچ مترمکعب مکعب مربع لیتر گرم کیلوگرم کیلو تن هکتار گیگابایت مگابایت ترابایت
مگاپیکسل مگاوات کیلووات درجه روز ماه سال هفته ساعت دقیقه ثانیه دهه قرن
""".split())
#: Units of a count of people.
PEOPLE_UNITS = frozenset({"نفر", "تن", "نفری", "نفره"})
#: Words that say a number is a rank, and what the rank is in («از نظر اشتغال صنعتی»).
RANK_WORDS = frozenset({"رتبه", "مقام", "جایگاه", "رده", "ردیف", "سکوی"})
RANK_IN = frozenset({"نظر", "زمینه", "حوزه", "بخش", "لحاظ", "حیث"})
#: Prepositions that tie a count to the noun it belongs to («ظرفیت اشتغال برای ۵۰ هزار نفر»).
LINKS = frozenset({"برای", "از", "به", "با"})
#: Qualifier words between a noun and its number («هزینه‌ای بالغ بر ۷ میلیارد ریال»).
QUALIFIER_WORDS = frozenset({"بیش", "از", "حدود", "نزدیک", "به", "کمتر", "بالغ", "بر"})
#: A change up or down («افزایش ۲۰ درصدی», «کاهش ۵۰ هزار تومانی»).
UP_WORDS = frozenset({"افزایش", "رشد", "بالا", "ارتقا", "ارتقای", "افزوده", "بیشتر", "صعود", "جهش"})
DOWN_WORDS = frozenset({"کاهش", "افت", "کم", "کمتر", "پایین", "نزول", "سقوط", "کسری", "تنزل"})
#: Verbs after an ordinal that make it a standing («ماینس با ۳۱ امتیاز ششم است»).
STANDING_VERBS = frozenset({"است", "شد", "شده", "بود", "قرار", "ایستاد", "ایستاده", "هستند", "شدند"})
