"""News agencies and outlets: the names bylines use, the domains of their sites, and the names
the entity rules and the NER lexicon know.

Three lists on purpose: bylines name outlets in full and in several words («باشگاه خبرنگاران
جوان»); the entity rules need to know which names are sure to be an agency («ایرنا») and which
only in context («فارس», «مهر»: a province, a month); the NER lexicon feature is the list the
shipped model was trained with (changing it means rebuilding ``pipeline/data/ner_lexicon.tsv``
and retraining).
"""
from __future__ import annotations

#: Agencies and outlets recognised in bylines (stage ``byline``), normalized spelling (the byline
#: is read on the normalized text, so Arabic ي/ك are already Persian).
BYLINE_AGENCIES = (
    "باشگاه خبرنگاران جوان", "خبرگزاری دانشجو", "همشهری آنلاین", "اقتصاد آنلاین", "دنیای اقتصاد",
    "صدا و سیما", "عصر ایران", "ورزش سه", "خبرآنلاین", "خبر آنلاین", "جام جم", "ایرنا", "ایسنا", "ایلنا",
    "ایکنا", "ایبنا", "ایمنا", "ایانا", "هرانا", "فارس", "مهر", "تسنیم", "شانا", "میزان", "برنا", "پانا",
    "رسا", "ابنا", "تابناک", "فرارو", "همشهری", "جماران", "انتخاب", "ایرنا پلاس", "سپاه نیوز",
)

#: The agency of a site, for an article whose text names none.
AGENCY_BY_DOMAIN = {
    "irna.ir": "ایرنا", "isna.ir": "ایسنا", "ilna.ir": "ایلنا", "ilna.news": "ایلنا", "iqna.ir": "ایکنا",
    "ibna.ir": "ایبنا", "imna.ir": "ایمنا", "farsnews.ir": "فارس", "farsnews.com": "فارس",
    "mehrnews.com": "مهر", "tasnimnews.com": "تسنیم", "shana.ir": "شانا", "mizanonline.ir": "میزان",
    "mizanonline.com": "میزان", "borna.news": "برنا", "pana.ir": "پانا", "rasanews.ir": "رسا",
    "abna24.com": "ابنا", "tabnak.ir": "تابناک", "fararu.com": "فرارو", "hamshahrionline.ir": "همشهری آنلاین",
    "khabaronline.ir": "خبرآنلاین", "yjc.ir": "باشگاه خبرنگاران جوان", "yjc.news": "باشگاه خبرنگاران جوان",
    "varzesh3.com": "ورزش سه", "asriran.com": "عصر ایران", "snn.ir": "خبرگزاری دانشجو",
    "donya-e-eqtesad.com": "دنیای اقتصاد", "eghtesadonline.com": "اقتصاد آنلاین", "jamaran.news": "جماران",
    "entekhab.ir": "انتخاب", "iribnews.ir": "صدا و سیما", "jamejamonline.ir": "جام جم",
}

# Entity rules (``entities.rules``). Keys are lexicon keys: normalized, ZWNJ removed.
#: Always an agency.
AGENCIES_SURE = set("""ایرنا ایسنا ایلنا ایبنا ایکنا ایمنا تسنیم خبرآنلاین رویترز آسوشیتدپرس اسپوتنیک
شینهوا یورونیوز آناتولی ایتارتاس""".split())
#: Heads of a news outlet's name («شبکه ...», «روزنامه ...»): a country after one, inside its quoted
#: name, is the outlet's (places); the words before its quotation marks are no part of it (entities)
OUTLET_HEADS = "شبکه روزنامه خبرگزاری مجله نشریه هفته‌نامه سایت پایگاه تلویزیون".split()

#: Foreign agencies: «خبرگزاری» before one is no part of its name («خبرگزاری آسوشیتدپرس» is
#: «آسوشیتدپرس»; CONVENTIONS round 7). «خبرگزاری فرانسه» keeps it: the country is the name.
FOREIGN_AGENCIES = set("""رویترز آسوشیتدپرس آسوشیتد اسپوتنیک شینهوا سینهوا یونهاپ کیودو آناتولی ایتارتاس تاس
ریانووستی اینترفکس آنسا بلومبرگ""".split())
#: Foreign papers and sites the sports and foreign desks quote by name, several words or everyday
#: words in their names («کوریره دلو اسپورت», «آاس»): ORG wherever they stand.
FOREIGN_PRESS = """کوریره دلو اسپورت | کوریره دلواسپورت | گازتا دلو اسپورت | گازتا دلواسپورت | توتو اسپورت | توتواسپورت
موندو دپورتیوو | موندودپورتیوو | اسپورت ماندو | مارکا | آاس | لکیپ | بیلد | کیکر | اسکای اسپورت
دیلی میل | دیلی‌میل | دیلی میرر | دیلی تلگراف | گاردین | تایمز | نیویورک تایمز | واشنگتن پست | وال استریت ژورنال
لوموند | لوفیگارو | اشپیگل | ال پائیس | ای اس پی ان | بی‌بی‌سی اسپورت | فاکس اسپورت | گل دات کام | ساکرنت
""".replace("\n", "|")
#: An agency only after «خبرگزاری», in «به گزارش … X», or in a dateline («- ایرنا -»).
AGENCIES_AMBIGUOUS = set("فارس مهر میزان دانا برنا پانا رسا شبستان تابناک مشرق جماران نسیم ابنا انتخاب".split())

#: The NER lexicon's ``agency`` class (scripts/build_ner_lexicons.py).
LEXICON_AGENCIES = """ایرنا ایسنا ایلنا ایبنا تسنیم فارس مهر شبستان میزان دانا برنا پانا رسا حوزه باشگاه
صداوسیما انتخاب تابناک مشرق جماران نسیم ابنا شفقنا خبرآنلاین عصرایران فرارو رویترز آسوشیتدپرس
اسپوتنیک بی‌بی‌سی سی‌ان‌ان الجزیره المیادین العربیه آناتولی شینهوا ایتارتاس تاس یورونیوز
""".split()
