"""The words around a place name that decide whether it is a place, and which kind.

- strong cues («استان», «شهر», «روستای»…) are part of the mention and pick its type;
- weak cues («در», «به», «استاندار»…) let a given name («مهران») be a place;
- organisation heads («دانشگاه», «استانداری»…) make a place further along the name part of an ORG;
- club prefixes, organisation tails, person titles and directions, each with its rule in
  ``matcher.py``.

Every list here is compared with folded tokens (``gazetteer.fold``).
"""
from __future__ import annotations

from functools import lru_cache

from . import gazetteer as gz

# strong cue -> the place type it asks for (None: any); all are part of the mention
STRONG_CUES: dict[str, str | None] = {
    "استان": "province", "شهرستان": "county", "شهر": "city", "بخش": "district", "دهستان": "rural_district",
    "روستای": "village", "روستا": "village", "ایالت": "region", "جزیره": None, "جزایر": None,
    "دریاچه": None, "دریای": None, "رودخانه": None, "رود": None, "بندر": "port", "کوه": None, "قله": None,
    "تنگه": None,
}
# cues after which an unknown word is still a place (the cue says so): «روستای کشت», «ایالت اوهایو».
# Not «کوه», «قله», «جزیره», «دریاچه», «رودخانه» or «روستا» without ezafe: no ezafe is written after
# them, so the next word is as often a verb or an adjective («کوه ناپدید شد», «روستا دقیق‌ترین»).
OPEN_CUES = {"روستای": "village", "ایالت": "region"}
WEAK_CUES = frozenset(
    "در به از تا اهالی مردم ساکنان شهروندان ساکن استاندار فرماندار شهردار بخشدار نماینده امام‌جمعه "
    "مقیم راهی عازم سفر مسیر حوالی اطراف نزدیکی".split()
)
# Heads of organisation names: a place further along the same name is part of an ORG.
ORG_HEADS = frozenset("""
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
# Words an ORG name may run through between its head and the place («دانشگاه علوم پزشکی تهران»);
# these stop the walk back: a mention after them is outside any ORG name.
# compared with folded tokens («رئیس» is read «رییس»), so folded here too; but «رئال» folds to
# «ریال», the currency («ریال ایران»), which heads no organisation
ORG_HEADS = frozenset(gz.fold(w) for w in ORG_HEADS) - {"ریال"}
CHAIN_BREAKERS = frozenset("""
در به از با برای تا که یا را است بود شد هم نیز این آن همچنین اما ولی گفت کرد دارد شده می‌شود
ها های درباره علیه برابر مقابل سوی کشور کشورهای وارد راهی عازم
ملت رئیس‌جمهور نخست‌وزیر سفیر سرکنسول استاندار دادستان مقامات رهبر نیروهای اتباع
""".split())
CHAIN_BREAKERS = frozenset(gz.fold(w) for w in CHAIN_BREAKERS)
CHAIN_MAX = 7
# «تیم تهران», «تیم هرمزگان» are the province's team and the gold tags the place LOC, but «تیم ملی
# ایران», «تیم فوتبال نفت تهران» are ORG names; «شبکه ایران» is the channel, «شبکه خبری NBC آمریکا»
# an American network (LOC); «صدای آمریکا» is the radio, «صدای جنایات آمریکا» is not.
FAR_ONLY_HEADS = frozenset({"تیم"})
NEAR_ONLY_HEADS = frozenset({"شبکه", "صدای"})
# A club's name is a sponsor word and its town: «نفت آبادان», «مس کرمان», «صبای قم», «گل گهر سیرجان»
# (but «نفت ایران» is Iran's oil: the rule leaves countries alone).
CLUB_PREFIXES = frozenset("""
نفت مس صبای نساجی آلومینیوم سپیدرود گهر خیبر بادران ثامن پدیده داماش شاهین ماشین‌سازی اکسید
""".split())
# Words after a name that make it an organisation's («ایران خودرو», «منچستر یونایتد»).
ORG_TAILS = frozenset("اکونومیست آنلاین ورزشی خودرو ایر یونایتد سیتی تایمز پست نیوز اینترنشنال اینترنشنال اسپورت".split())
PERSON_TITLES = frozenset("آقای خانم آقا دکتر مهندس سردار سرهنگ استاد حجت‌الاسلام آیت‌الله شهید مرحوم".split())

CUE_ADJECTIVES = frozenset("مقدس تاریخی بندری مرزی ساحلی زیبای باستانی".split())
DIRECTIONS = frozenset("شمال جنوب شرق غرب شمال‌شرق شمال‌غرب جنوب‌شرق جنوب‌غرب".split())
DIRECTION_ADJECTIVES = frozenset("غربی شرقی شمالی جنوبی".split())

CUE_ACCEPTS = {"city": ("city", "port", "county"), "county": ("county",), "province": ("province",),
                "district": ("district",), "rural_district": ("rural_district",),
                "village": ("city", "rural_district"), "port": ("port", "city"), "region": ("region", "province")}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """hazm's stopword list (shipped with hazm) plus words that end a name in running text."""
    import importlib.util
    from pathlib import Path

    words = set()
    spec = importlib.util.find_spec("hazm")  # its data file only: importing hazm is slow
    path = Path(spec.origin).resolve().parent / "data" / "stopwords.dat" if spec and spec.origin else Path("-")
    try:
        words.update(w.strip() for w in path.read_text(encoding="utf-8").split("\n") if w.strip())
    except OSError:
        pass
    words.update("و در به از که را با است هستند بود شد نیز همچنین دارای دارد".split())
    return frozenset(gz.fold(w) for w in words)
