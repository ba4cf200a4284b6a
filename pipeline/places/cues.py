"""The words around a place name that decide whether it is a place, and which kind.

- strong cues («استان», «شهر», «روستای»…) are part of the mention and pick its type;
- weak cues («در», «به», «استاندار»…) let a given name («مهران») be a place;
- organisation heads («دانشگاه», «استانداری»…) make a place further along the name part of an ORG;
- club prefixes, organisation tails, person titles and directions, each with its rule in
  ``matcher.py``.

Every list here is compared with folded tokens (``persian.chars.fold_letters``); the lists
the places stage shares with other stages (organisation heads, titles, stop words) live in
``pipeline/persian/``.
"""
from __future__ import annotations

from ..persian.chars import fold_letters
from ..persian.agencies import OUTLET_HEADS as OUTLET_NAME_HEADS
from ..persian.organisations import FACILITY_PLACE_HEADS, PLACE_ORG_HEADS
from ..persian.stopwords import CHAIN_BREAKERS as _CHAIN_BREAKERS

# strong cue -> the place type it asks for (None: any); all are part of the mention
STRONG_CUES: dict[str, str | None] = {
    "استان": "province", "شهرستان": "county", "شهر": "city", "بخش": "district", "دهستان": "rural_district",
    "روستای": "village", "روستا": "village", "ایالت": "region", "جزیره": None, "جزایر": None,
    "دریاچه": "sea", "دریای": "sea", "رودخانه": "other", "رود": "other", "بندر": "port", "کوه": None, "قله": None,
    "تنگه": None,
}
# Two-word strong cues: «امام جمعه ایوان», «نماز جمعه تهران» name the city of the prayer.
CITY_TITLE_PAIRS = {("امام", "جمعه"), ("نماز", "جمعه"), ("امام‌جمعه",)}
# An official's title, then the department's words, then the place: «مدیرکل بنادر و دریانوردی
# خوزستان», «رئیس آموزش و پرورش بندر امام خمینی» name the place the office serves (round 7 judges);
# «اداره کل بنادر ... خوزستان» written out is an organisation's name and keeps its place.
OFFICE_TITLES = frozenset(fold_letters(w) for w in
                          "مدیرکل مدیر رئیس رییس معاون سرپرست فرمانده دبیر سخنگوی سخنگو وابسته عضو کارشناس "
                          # «مسئول روابط عمومی اداره کل اوقاف ... استان ایلام» (round 58)
                          "مسئول مسؤول مشاور جانشین "
                          # the same positions held by several: «روسای ادارات راه ... استان اصفهان»,
                          # «فرماندهان ارتش افغانستان» (judges of the fifteenth dev draw)
                          "مدیران روسای رؤسای رئیسان معاونان معاونین فرماندهان اعضای کارشناسان".split())
#: a country's missions abroad: the country after one is named (a places row), not an ORG's word
MISSIONS = frozenset(fold_letters(w) for w in "سفارت سفارتخانه نمایندگی کنسولگری".split())
# cues after which an unknown word is still a place (the cue says so): «روستای کشت», «ایالت اوهایو».
# Not «کوه», «قله», «جزیره», «دریاچه», «رودخانه» or «روستا» without ezafe: no ezafe is written after
# them, so the next word is as often a verb or an adjective («کوه ناپدید شد», «روستا دقیق‌ترین»).
OPEN_CUES = {"روستای": "village", "ایالت": "region"}
WEAK_CUES = frozenset(
    "در به از تا اهالی مردم ساکنان شهروندان ساکن استاندار فرماندار شهردار بخشدار نماینده امام‌جمعه "
    "مقیم راهی عازم سفر مسیر حوالی اطراف نزدیکی مرز مرزی".split()  # «مرز مهران», «پایانه مرزی مهران»: the town
)
# Heads of organisation names (persian.organisations.PLACE_ORG_HEADS), compared with folded tokens
# («رئیس» is read «رییس»), so folded here too; but «رئال» folds to «ریال», the currency («ریال
# ایران»), which heads no organisation.
ORG_HEADS = frozenset(fold_letters(w) for w in PLACE_ORG_HEADS - FACILITY_PLACE_HEADS) - {"ریال"}
FACILITY_HEADS = frozenset(fold_letters(w) for w in FACILITY_PLACE_HEADS)
#: heads of a news outlet's name
OUTLET_HEADS = frozenset(fold_letters(w) for w in OUTLET_NAME_HEADS)
#: squares and streets: the name right after one is theirs, not the town they are in
STREET_HEADS = frozenset(fold_letters(w) for w in "میدان خیابان بلوار بزرگراه اتوبان کوچه چهارراه فلکه".split())
# Words that stop the walk back from a place to an ORG head (persian.stopwords.CHAIN_BREAKERS).
CHAIN_BREAKERS = frozenset(fold_letters(w) for w in _CHAIN_BREAKERS)
CHAIN_MAX = 7
# «تیم تهران», «تیم هرمزگان» are the province's team and the gold tags the place LOC, but «تیم ملی
# ایران», «تیم فوتبال نفت تهران» are ORG names; «شبکه ایران» is the channel, «شبکه خبری NBC آمریکا»
# an American network (LOC); «صدای آمریکا» is the radio, «صدای جنایات آمریکا» is not.
FAR_ONLY_HEADS = frozenset({"تیم"})
# A place name that the next word turns into a common noun: the knee's ligaments in injury reports
# («پارگی رباط صلیبی», eight times in 5,000 Fars and Varzesh3 articles), not Rabat.
COMMON_NOUN_BEFORE = {"رباط": frozenset("صلیبی داخلی خارجی زانو مچ".split()),
                      "کریمه": frozenset({"اهل"}),  # «کریمه اهل بیت»: an epithet of Hazrat Masumeh, not Crimea
                      "کابل": frozenset("کشی کشیده برق فیبر نوری مسی شبکه".split())}  # «کابل کشی»: cable, not Kabul
NEAR_ONLY_HEADS = frozenset({"شبکه", "صدای"})

CUE_ADJECTIVES = frozenset("مقدس تاریخی بندری مرزی ساحلی زیبای باستانی".split())
DIRECTIONS = frozenset("شمال جنوب شرق غرب شمال‌شرق شمال‌غرب جنوب‌شرق جنوب‌غرب".split())
DIRECTION_ADJECTIVES = frozenset("غربی شرقی شمالی جنوبی".split())

# Titles before a bare name that say which unit it is: «استاندار تهران» the province, «فرماندار
# کرج» the county, «شهردار تهران», «امام جمعه ایلام» the city.
UNIT_TITLES = {"استاندار": "province", "استانداری": "province", "فرماندار": "county", "فرمانداری": "county",
               # «روستاهای شهرضا», «ادارات گلپایگان»: a town whose villages or offices are meant is the
               # county (judges of the seventeenth dev draw)
               "روستاهای": "county", "روستاها": "county", "ادارات": "county",
               "شهردار": "city", "شهرداری": "city", "جمعه": "city", "بخشدار": "district"}

CUE_ACCEPTS = {"city": ("city", "port", "county"), "county": ("county",), "province": ("province",),
                "district": ("district",), "rural_district": ("rural_district",),
                "village": ("city", "rural_district"), "port": ("port", "city"), "region": ("region", "province"),
                "sea": ("sea", "other"), "other": ("other", "sea")}

#: Bare names news uses for a bigger region than the gazetteer's town of that name: bare «غزه» in
#: reports of the war, the marches and the blockade is the Gaza Strip (CONVENTIONS rounds 17 and 24,
#: thirteenth dev draw); «شهر غزه» stays the city.
BARE_AS_REGION = {"غزه": "نوار غزه"}
