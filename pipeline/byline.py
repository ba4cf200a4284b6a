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

from .persian.agencies import AGENCY_BY_DOMAIN, BYLINE_AGENCIES
from .persian.organisations import OFFICE_WORDS


_AG = "(?:" + "|".join(regex.escape(a) for a in sorted(BYLINE_AGENCIES, key=len, reverse=True)) + ")"
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
            if place and place.split()[0] not in OFFICE_WORDS:
                dateline = place
            break
    if not agency or not dateline:
        m = _ATTRIBUTION.search(text[:2 * _HEAD_CHARS])
        if m:
            found = m.group("agency").strip("«»\"")
            if not agency:
                agency = found
            if not dateline and found == agency and m.group("place") and m.group("place").split()[0] not in OFFICE_WORDS:
                dateline = m.group("place")
    if not agency and url:
        host = (urlparse(url).hostname or "").lower()
        while host and host not in AGENCY_BY_DOMAIN and "." in host:
            host = host.split(".", 1)[1]
        agency = AGENCY_BY_DOMAIN.get(host, "")
    return agency, dateline


def annotate(document) -> None:
    """Fill ``document.agency`` and ``document.dateline`` from its byline (or its URL)."""
    document.agency, document.dateline = news_header(document.text, str(document.meta.get("url") or ""))
