"""Names of events the entity rules tag EVENT: religious and national occasions, wars, and sports
competitions. Written by hand (facts of the calendar and of sport, no source copied).

Each name is written as it is spoken; matching ignores spaces and ZWNJs between its parts
(«بوندس لیگا», «بوندس‌لیگا», «بوندسلیگا» are one name), see ``rules.find_named_events``.
"""
from __future__ import annotations

#: Religious and national occasions, and the wars Iranian news names as events.
OCCASIONS = """
عاشورا | عاشورای حسینی | تاسوعا | اربعین | اربعین حسینی | دفاع مقدس | جنگ تحمیلی
هشت سال دفاع مقدس | یلدا | شب یلدا | نوروز | عید نوروز | دهه فجر | دهه مبارک فجر | دهه فجر انقلاب اسلامی
عید فطر | عید قربان | عید غدیر | عید غدیر خم | غدیر خم | عید مبعث | مبعث | نیمه شعبان
شب قدر | شب‌های قدر | لیالی قدر | سیزده بدر | چهارشنبه سوری
روز قدس | قیام ۱۵ خرداد
جنگ جهانی اول | جنگ جهانی دوم | جنگ خلیج فارس | جنگ ۳۳ روزه | جنگ ۲۲ روزه | جنگ ۸ روزه
""".replace("\n", "|")

#: A date right after these words names the day's event: «یوم‌الله ۱۵ خرداد», «حماسه ۹ دی».
DATE_AS_EVENT_AFTER = set("یوم‌الله یوم الله حماسه".split())

#: «انقلاب اسلامی» is the event only after these words («پیروزی انقلاب اسلامی», «پس از انقلاب
#: اسلامی»); elsewhere it is mostly part of an organisation («سپاه پاسداران انقلاب اسلامی») or of
#: the leader's title («رهبر معظم انقلاب اسلامی»).
REVOLUTION = "انقلاب اسلامی"
REVOLUTION_AFTER = set("پیروزی سالگرد پس قبل بعد دوران ابتدای اوایل آغاز سالهای پیش".split())

#: Sports competitions and elections. A place name, a sport or a year may follow
#: («لیگ برتر انگلیس», «لیگ برتر فوتبال ایران», «جام جهانی ۲۰۱۴»): see ``EVENT_TAIL``.
COMPETITIONS = """
لیگ برتر | لیگ برتر خلیج فارس | لیگ برتر خلیج‌فارس | لیگ دسته اول | لیگ دسته دوم | لیگ یک | لیگ آزادگان
جام حذفی | جام باشگاه‌های آسیا | لیگ قهرمانان آسیا | لیگ قهرمانان اروپا | لیگ قهرمانان | لیگ اروپا
لیگ ملت‌های اروپا | لیگ ملت‌ها | لیگ جهانی والیبال | لیگ ملت‌های والیبال | جام ملت‌های آسیا
جام ملت‌های اروپا | جام ملت‌های آفریقا | جام جهانی | جام کنفدراسیون‌ها | جام باشگاه‌های جهان
جام قهرمانان | سوپر جام | سوپرجام اروپا | جام اتحادیه | جام خلیج فارس | کوپا آمریکا | کوپا دل ری
بوندس‌لیگا | بوندس لیگا | سری آ | لالیگا | لوشامپیونه | لیگ ۱ فرانسه | پریمیر لیگ | اردیویسه | جام ستارگان
المپیک | المپیک تابستانی | المپیک زمستانی | پارالمپیک | بازی‌های آسیایی | بازی‌های پاراآسیایی
بازی‌های المپیک | مسابقات قهرمانی آسیا | مسابقات قهرمانی جهان | قهرمانی آسیا | قهرمانی جهان
رقابت‌های قهرمانی آسیا | رقابت‌های قهرمانی جهان | تور دو فرانس | ویمبلدون | رولان گاروس
انتخابات ریاست جمهوری | انتخابات مجلس | انتخابات مجلس شورای اسلامی | انتخابات شوراهای اسلامی شهر و روستا
انتخابات شوراها | انتخابات مجلس خبرگان | انتخابات ریاست‌جمهوری
""".replace("\n", "|")

#: Words that may follow a competition's name and belong to it: the sport, and a year or a
#: country/continent (a place in the lexicon).
EVENT_SPORTS = set("فوتبال فوتسال والیبال بسکتبال هندبال کشتی وزنهبرداری تکواندو جودو بوکس شنا دوومیدانی تنیس".split())
