"""Stage "byline": the news agency and the dateline (where the story was filed) of an article.

Agencies put a byline at the top of the story: «ایرنا/ قم - ایرنا -», «تهران- ایرنا-», «ایسنا/
اصفهان -», «خبرگزاری فارس: …», or attribute it in the first sentence: «به گزارش خبرگزاری فارس از
تبریز، …». ``annotate(doc)`` fills ``doc.agency`` and ``doc.dateline`` from the normalized text,
falling back on the domain of ``doc.meta["url"]`` for the agency; both stay "" when nothing is
found. ``documents.csv`` shows them in its ``agency`` and ``dateline`` columns.
"""
from __future__ import annotations

from urllib.parse import urlparse

import regex


#: Agencies and outlets recognised in bylines, normalized spelling (the header is read on the
#: normalized text, so Arabic ي/ك are already Persian).
AGENCIES = (
    "باشگاه خبرنگاران جوان", "خبرگزاری دانشجو", "همشهری آنلاین", "اقتصاد آنلاین", "دنیای اقتصاد",
    "صدا و سیما", "عصر ایران", "ورزش سه", "خبرآنلاین", "خبر آنلاین", "جام جم", "ایرنا", "ایسنا", "ایلنا",
    "ایکنا", "ایبنا", "ایمنا", "ایانا", "هرانا", "فارس", "مهر", "تسنیم", "شانا", "میزان", "برنا", "پانا",
    "رسا", "ابنا", "تابناک", "فرارو", "همشهری", "جماران", "انتخاب", "ایرنا پلاس", "سپاه نیوز",
)
_AGENCY_BY_DOMAIN = {
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
_AG = "(?:" + "|".join(regex.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + ")"
_WORD = r"[\p{L}\p{M}\u200c]+"
_PLACE = rf"{_WORD}(?:[ \u200c]{_WORD}){{0,2}}"
_DASH = r"[-–—]"
_HEADERS = (
    # «ایرنا/ قم - ایرنا -», «ایسنا/ اصفهان -», «مهر/ تبریز:»
    regex.compile(rf"(?m)^[ \t]*(?:خبرگزاری\s+)?(?P<agency>{_AG})\s*/\s*(?P<place>{_PLACE})\s*(?:{_DASH}|:)"),
    # «تهران- ایرنا-», «قم - خبرگزاری مهر:»
    regex.compile(rf"(?m)^[ \t]*(?P<place>{_PLACE})\s*{_DASH}\s*(?:خبرگزاری\s+)?(?P<agency>{_AG})\s*(?:{_DASH}|:)"),
    # «ایسنا/ رئیس ...», «خبرگزاری فارس: رئیس ...»
    regex.compile(rf"(?m)^[ \t]*(?:خبرگزاری\s+)?(?P<agency>{_AG})\s*[/:]"),
)
_ATTRIBUTION = regex.compile(
    rf"به گزارش\s+(?:[^،,.\n]{{0,40}}?\s)??(?:خبرگزاری\s+|پایگاه خبری\s+|پایگاه اطلاع‌رسانی\s+|روزنامه\s+|سایت\s+|خبرنگار\s+)?"
    rf"(?P<agency>(?<![\p{{L}}\u200c]){_AG}(?![\p{{L}}\u200c])|«[^»\n]{{2,30}}»|\"[^\"\n]{{2,30}}\")"
    rf"(?:\s+از\s+(?P<place>{_PLACE})\s*[،,])?"
)
# A byline's «از X» names where the story was filed only when X is a place, not an office.
_NOT_A_PLACE = frozenset(
    "استانداری وزارت وزارتخانه اداره سازمان روابط ستاد دفتر شرکت دانشگاه بانک مجلس دولت پایگاه سایت "
    "خبرنگار نقل منابع مرکز معاونت شورای شورا فرمانداری شهرداری باشگاه هیئت هیات کمیته فدراسیون حوزه "
    "پلیس قرارگاه نهاد انجمن گروه بخش سرویس قول زبان رسانه خبرگزاری روزنامه کانال صفحه".split()
)
_HEAD_CHARS = 800


def news_header(text: str, url: str = "") -> tuple[str, str]:
    """(agency, dateline) from an article's byline: «ایرنا/ قم - ایرنا -» -> ("ایرنا", "قم");
    «تهران- ایرنا-» -> ("ایرنا", "تهران"); «به گزارش خبرگزاری فارس از تبریز،» -> ("فارس", "تبریز");
    the URL's domain when the text names no agency. Empty strings when nothing is found."""
    head = text[:_HEAD_CHARS]
    agency = dateline = ""
    for pattern in _HEADERS:
        m = pattern.search(head)
        if m:
            agency = m.group("agency")
            place = m.groupdict().get("place") or ""
            if place and place.split()[0] not in _NOT_A_PLACE:
                dateline = place
            break
    if not agency or not dateline:
        m = _ATTRIBUTION.search(text[:2 * _HEAD_CHARS])
        if m:
            found = m.group("agency").strip("«»\"")
            if not agency:
                agency = found
            if not dateline and found == agency and m.group("place") and m.group("place").split()[0] not in _NOT_A_PLACE:
                dateline = m.group("place")
    if not agency and url:
        host = (urlparse(url).hostname or "").lower()
        while host and host not in _AGENCY_BY_DOMAIN and "." in host:
            host = host.split(".", 1)[1]
        agency = _AGENCY_BY_DOMAIN.get(host, "")
    return agency, dateline


def annotate(document) -> None:
    """Fill ``document.agency`` and ``document.dateline`` from its byline (or its URL)."""
    document.agency, document.dateline = news_header(document.text, str(document.meta.get("url") or ""))
