"""Organisations: the words that head their names, the words that end them, club names, and the
offices a byline's «از X» may name.
"""
from __future__ import annotations

#: Heads of organisation names (stage ``places``): a place further along the same name is part of
#: an ORG («دانشگاه تهران», «استانداری قم»). ``places.cues`` compares them with folded tokens.
PLACE_ORG_HEADS = frozenset("""
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

#: Heads of facility names (a subset of PLACE_ORG_HEADS): a place at the end of the name says where
#: the facility is («کتابخانه مرکزی مشهد», «ورزشگاه سلطان قابوس مسقط», «مسجد شکر طبس»). Three rounds
#: of real-news judges record it as a places row; a place after an organisation's head is part of
#: the organisation's name («دانشگاه تهران»).
FACILITY_PLACE_HEADS = frozenset("""
بیمارستان فرودگاه ایستگاه ورزشگاه استادیوم موزه کتابخانه دبیرستان مدرسه هتل فرهنگسرا مسجد حرم امامزاده
زندان اردوگاه برج سینما کشتارگاه میدان
""".split())  # not factories and refineries («کارخانه سیمان ایلام»): companies, named after their town

#: Heads of a facility's name: the head and the name after it are one FAC entity («ورزشگاه آزادی»,
#: «سالن اندیشه», «خیابان ولیعصر», «کانال سیاب»); CONVENTIONS: named squares, stadiums, shrines,
#: streets, bridges, halls and canals are FAC. The entities tagger's LOC on such a name is relabelled,
#: and the rule finds the ones it misses. Not «پل» (bridge) nor «پارک»: as often Paul («پل پوگبا»),
#: Park («پارک جونگ وو») or a club («کوئینز پارک رنجرز»).
FACILITY_NAME_HEADS = frozenset("""
بیمارستان ورزشگاه استادیوم فرودگاه گلزار مهمانسرای مهمانسرا هتل موزه تالار مصلای پالایشگاه نیروگاه سد برج
میدان مسجد حرم امامزاده آرامگاه کاخ سالن خیابان بلوار بزرگراه اتوبان تونل کانال اسکله ترمینال پایانه
مرقد قبرستان آرامستان بوستان سینما
""".split())

#: Pairs joined by «و» inside the names of Iranian ministries, bodies and unions («وزارت پست و تلگراف
#: و تلفن», «وزیر بهداشت و درمان», «اتحادیه طلا و جواهر»): an ORG ending at the first word goes on
#: over «و» and the second.
ORG_NAME_PAIRS = frozenset(tuple(pair.split("+")) for pair in """
بهداشت+درمان پست+تلگراف تلگراف+تلفن آموزش+پرورش راه+ترابری راه+شهرسازی مسکن+شهرسازی صنعت+معدن
معدن+تجارت تعاون+کار کار+رفاه ورزش+جوانان فرهنگ+ارشاد طلا+جواهر صدا+سیما آب+فاضلاب نفت+گاز
برنامه+بودجه علوم+تحقیقات تحقیقات+فناوری ارتباطات+فناوری اقتصادی+دارایی فرهنگی+گردشگری
گردشگری+صنایع بنادر+دریانوردی حمل+نقل اسناد+املاک جهاد+سازندگی امور+دارایی
""".split())

#: Governmental heads that make «head + place» an ORG (entity rules: «استانداری قم»); lexicon keys.
ORG_HEADS_WITH_PLACE = set("استانداری فرمانداری شهرداری بخشداری دهیاری دادگستری دانشگاه".split())

#: The NER lexicon's ``orgh`` class (scripts/build_ner_lexicons.py).
LEXICON_ORG_HEADS = """وزارت وزارتخانه سازمان شرکت دانشگاه دانشکده بانک استانداری فرمانداری بخشداری شهرداری
اداره اداره‌کل خبرگزاری روزنامه هفته‌نامه ماهنامه نشریه شبکه رادیو تلویزیون صداوسیما صدا سیما
مجلس مجمع شورای شورا کمیسیون کمیته ستاد بنیاد موسسه مؤسسه انجمن اتحادیه اتاق حزب جبهه جنبش
سپاه ارتش نیروی نیروهای قوه دادگاه دادگستری دیوان پلیس فرماندهی هیئت هیات باشگاه تیم فدراسیون
کانون جامعه جمعیت مرکز پژوهشگاه پژوهشکده آکادمی فرهنگستان دبیرخانه سفارت کنسولگری گروه گروهک
کارخانه کارخانجات هلدینگ گروه صندوق بورس بیمه بیمارستان دانشگاه‌های ناتو سازمان‌های اداره‌ی
""".split()

#: A club's name is a sponsor word and its town: «نفت آبادان», «مس کرمان», «صبای قم», «گل گهر
#: سیرجان» (but «نفت ایران» is Iran's oil: the rule leaves countries alone).
CLUB_PREFIXES = frozenset("""
نفت مس صبای نساجی آلومینیوم سپیدرود گهر خیبر بادران ثامن پدیده داماش شاهین ماشین‌سازی اکسید
""".split())

#: Clubs known by their city's name alone: in a sports report «میلان با یک گل پیش افتاد», «به
#: بارسلونا پیوست» name the club (ORG), not the city.
CLUB_CITIES = frozenset("""
میلان بارسلونا لیورپول منچستر رم لاتزیو ناپولی والنسیا سویا بیلبائو دورتموند شالکه هامبورگ وردربرمن
لورکوزن ولفسبورگ آیندهوون آژاکس پورتو بنفیکا لیون مارسی موناکو پاریس تورینو جنوا فیورنتینا آرسنال چلسی
تاتنهام اورتون لیدز نیوکاسل بورنموث ساوتهمپتون استوک لستر بولونیا آتالانتا اودینزه پالرمو کالیاری العین
""".split())
#: Words that make a text a sports report (and a club city a club).
SPORTS_WORDS = frozenset("بازی گل تیم باشگاه لیگ دیدار حریف مربی سرمربی بازیکن فصل جام قهرمانی هافبک مهاجم مدافع دروازه‌بان".split())

#: Words after a name that make it an organisation's («ایران خودرو», «منچستر یونایتد»).
ORG_TAILS = frozenset("اکونومیست آنلاین ورزشی خودرو ایر یونایتد سیتی تایمز پست نیوز اینترنشنال اینترنشنال اسپورت".split())

#: A byline's «از X» names where the story was filed only when X is a place, not an office.
OFFICE_WORDS = frozenset(
    "استانداری وزارت وزارتخانه اداره سازمان روابط ستاد دفتر شرکت دانشگاه بانک مجلس دولت پایگاه سایت "
    "خبرنگار نقل منابع مرکز معاونت شورای شورا فرمانداری شهرداری باشگاه هیئت هیات کمیته فدراسیون حوزه "
    "پلیس قرارگاه نهاد انجمن گروه بخش سرویس قول زبان رسانه خبرگزاری روزنامه کانال صفحه".split()
)
