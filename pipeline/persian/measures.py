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
طی ضمن بر روی زیر بین میان پس پیش قبل بعد حدود نزدیک بیش کمتر بیشتر حداقل حداکثر بالغ توسط
دارای فاقد واجد شامل هستیم هستم هستید باشند باشیم بودند شوند شدند معتقد معتقدند موافق مخالف خواستار
تاکنون اکنون هم‌اکنون هماکنون امروز امسال هنوز فقط تنها حدودا تقریبا همچنین حتی
. ، , : ؛ ; ( ) « » " ! ? ؟ - –
""".split())
DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان"})
ORDINAL_WORDS = frozenset("اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم نخست آخر".split())
#: Nouns that make a verb with the word after them («تشکیل داده», «وارد بازار شد», «راهی کردان
#: شد»): a measure stops before them.
VERB_NOUNS = frozenset("""
تشکیل وارد راهی برگزار اعلام هشدار منتشر اجرا انجام ایجاد برخوردار مواجه تبدیل صادر دست پیدا مشغول
اختصاص قرار ثبت‌نام ثبت نام شرکت حضور دریافت پرداخت کسب تحویل واگذار افتتاح آغاز شروع خارج داخل
جمع پخش کم کسر اضافه حذف
""".split())
#: Units that measure rather than count: what they measure is named before the number («ضخامت
#: آن ۲۰ میلی‌متر», «نمایشگر ۱۰ اینچی», «هارد دیسک ۱۶۰ گیگابایتی»), not by the unit.
MEASURING_UNITS = frozenset("""
متر کیلومتر سانتیمتر میلیمتر اینچ مترمکعب مکعب مربع لیتر گرم کیلوگرم کیلو تن هکتار گیگابایت مگابایت ترابایت
مگاپیکسل مگاوات کیلووات درجه روز ماه سال هفته ساعت دقیقه ثانیه دهه قرن
""".split())
#: Units of time: a duration measures the noun that names it («مدت زمان ۴۵ روز», «سابقه کار ۱۵
#: سال»), else itself and what follows («سه دهه مبارزه»).
TIME_UNITS = frozenset("روز ماه سال هفته ساعت دقیقه ثانیه دهه قرن".split())
#: Nouns that name a quantity: before a number they say what it measures («ضخامت دومین نت‌بوک
#: آرکوس ۲۰ میلی‌متر», «جمعیت این شهر ۵۰ هزار نفر», «قیمت طلا ۸۹ دلار»).
QUANTITY_NOUNS = frozenset("""
مدت طول عرض ارتفاع عمق ضخامت قطر وزن مساحت حجم ظرفیت سرعت فاصله عمر سن دما دمای جمعیت تعداد شمار
میانگین متوسط سابقه قیمت بهای هزینه ارزش مبلغ اعتبار بودجه درآمد سرمایه میزان مقدار سهم نرخ تیراژ مسافت
رکورد مهلت قدمت
""".split())
#: Of those, the ones that do not measure a count of things («رکورد ۲۰ پنالتی» counts penalties).
RECORD_NOUNS = frozenset({"رکورد"})
#: Of those, the ones that only introduce a number when right before it («تعداد ۴۰۰ هزار قطعه
#: طیور», «مقدار ۲۲ تن برنج»), but name the quantity with a possessor («تعداد تیم‌های لیگ»).
DUMMY_NOUNS = frozenset("تعداد مقدار مبلغ رقم میزان".split())
#: A rate inside a measure: «منابع آب برای هر فرد».
RATE_LINKS = frozenset({"برای", "در"})
#: An indefinite (or, after a long vowel, ezafe) ending cut from a noun that is a measure
#: («هزینه‌ای بالغ بر ۷ میلیارد ریال» -> هزینه, «اردویی ۲ روزه» -> اردو).
#: (ending, characters cut), the longest first.
INDEFINITE_ENDINGS = (("\u200cای", 3), ("\u200cی", 2), ("ویی", 2), ("ایی", 2), ("وی", 1), ("ای", 1))
#: Adjectives of age and head count: the word itself is the measure («پل پوگبا ۱۹ ساله», «یک
#: نیمه ۱۰ نفره»), unless «ساله» describes a thing («قراردادی ۳ ساله»).
AGE_WORDS = ("ساله",)
HEADCOUNT_WORDS = ("نفره",)
#: Adjectives of duration: they measure the noun they describe («اردویی ۲ روزه»).
DURATION_ADJECTIVES = ("روزه", "ماهه", "ساعته", "هفته\u200cای", "دقیقه\u200cای")
#: Nouns for people: «ساله» after them is an age («این مربی ۵۶ ساله»).
PERSON_NOUNS = frozenset("""
بازیکن مهاجم هافبک مدافع دروازهبان ستاره مربی سرمربی کاپیتان جوان نوجوان کودک دختر پسر مرد زن فرد
ورزشکار کشتیگیر قهرمان پیرمرد پیرزن خانم آقا همسر فرزند جوانان
""".split())
#: Nouns a measure may hold though a verb is written the same: «بازی رفت و برگشت» (the two legs).
VERB_HOMOGRAPHS = frozenset({"رفت", "برگشت"})
#: Light verbs that end a compound verb («ثبت‌نام کرده‌اند», «اعلام آمادگی کامل کرده‌اند»);
#: compared without ZWNJ.
COMPOUND_LIGHT_VERBS = frozenset("""
کرد کردند کرده کردهاند کردهاست کند کنند نمود نمودند نموده نمودهاند شد شدند شده شدهاند شوند شود
داشت داشتند داشتیم داشته داشتهاند یافت یافتند یافته یافتهاند
""".split())
#: Units of a count of people.
PEOPLE_UNITS = frozenset({"نفر", "تن", "نفری", "نفره"})
#: Words that say a number is a rank, and what the rank is in («از نظر اشتغال صنعتی»).
RANK_WORDS = frozenset({"رتبه", "مقام", "جایگاه", "رده", "ردیف", "سکوی"})
RANK_IN = frozenset({"نظر", "زمینه", "حوزه", "بخش", "لحاظ", "حیث"})
#: Prepositions that tie a count to the noun it belongs to («ظرفیت اشتغال برای ۵۰ هزار نفر»).
LINKS = frozenset({"برای", "از", "به", "با"})
#: Units whose names after them are what is counted, not its owner («دو منطقه موصل و کرکوک»), and a
#: score's «برابر» (against): no owner is read after them.
NOT_OWNED_UNITS = frozenset("منطقه شهر کشور استان روستا شهرستان برابر".split())
#: Qualifier words between a noun and its number («هزینه‌ای بالغ بر ۷ میلیارد ریال»).
QUALIFIER_WORDS = frozenset({"بیش", "از", "حدود", "نزدیک", "به", "کمتر", "بالغ", "بر", "بالغبر"})
#: A change up or down («افزایش ۲۰ درصدی», «کاهش ۵۰ هزار تومانی»).
UP_WORDS = frozenset({"افزایش", "رشد", "بالا", "ارتقا", "ارتقای", "افزوده", "بیشتر", "صعود", "جهش"})
DOWN_WORDS = frozenset({"کاهش", "افت", "کم", "کمتر", "پایین", "نزول", "سقوط", "کسری", "تنزل"})
#: Verbs after an ordinal that make it a standing («ماینس با ۳۱ امتیاز ششم است»).
STANDING_VERBS = frozenset({"است", "شد", "شده", "بود", "قرار", "ایستاد", "ایستاده", "هستند", "شدند"})

# ------------------------------------------------------------------ what a fact is about

#: Words before a name that start a clause, so the name is its subject («ضمن اینکه ماینس …»,
#: «… و آگسبورگ با ۱۵ امتیاز»); compared without ZWNJ.
SUBJECT_BOUNDARIES = frozenset("و که اینکه تا اما ولی ضمن همچنین نیز هم حالا سپس البته درحالیکه".split())
#: Prepositions before a name that make it an object, not the subject («برای یونایتد»).
SUBJECT_PREPOSITIONS = frozenset("با برای از به توسط مقابل برابر علیه نزد همراه بر روی درباره بین میان در".split())
#: A source named before the words that cite it is not what a number is about («بر اساس آمار
#: سازمان آموزش و پرورش», «به نقل از پایگاه اینترنتی سازمان ملل»); compared without ZWNJ.
SOURCE_CUES = ("بر اساس", "براساس", "به نقل از", "بهنقل از", "به گزارش", "بهگزارش", "طبق", "به گفته", "بهگفته")
#: A team's head word is not part of its name as a subject; a national team is its country.
TEAM_HEADS = ("تیم ملی فوتبال", "تیم ملی", "تیم فوتبال", "تیم")
#: Endings that make a name an adjective or its people («فرایبورگی‌ها», «آفریقایی»); without
#: ZWNJ, the longest first.
NAME_SUFFIXES = ("ییها", "ایها", "یها", "یی", "ای", "ی")
#: Words that point back to a figure named before («در اتیوپی این رقم ۴۳ متر مکعب»); without ZWNJ.
ANAPHORS = frozenset({"این رقم", "این میزان", "این عدد", "این مقدار", "این تعداد", "این آمار", "این نسبت"})
#: Classifiers: «یک دستگاه اتوبوس» counts, where «یک کشور پیشرفته» is the indefinite article.
CLASSIFIERS = frozenset("دستگاه فروند رأس راس باب حلقه دست جلد".split())
#: Endings that name a team or a nation by its people («فرایبورگی‌ها», «ایرانی‌ها»).
PEOPLE_SUFFIXES = ("ییها", "ایها", "یها")
#: Words that end a clause: what a count of people did is not looked for past them.
CLAUSE_ENDS = frozenset("که و اما ولی تا زیرا چون اگر".split())
#: Facilities a size describes («بیمارستان ۱۶۲ تختخوابی», «ورزشگاه ۱۰۰ هزار نفری»); without ZWNJ.
FACILITY_HEADS = frozenset("""
بیمارستان درمانگاه ورزشگاه استادیوم سالن مدرسه دبستان هنرستان هتل نیروگاه پالایشگاه کارخانه مجتمع سد
کتابخانه خوابگاه پارکینگ زندان خانه مسجد پل تونل فرودگاه اسکله
""".split())
