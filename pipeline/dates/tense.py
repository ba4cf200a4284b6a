"""The tense of the clause a date belongs to: a year-less or relative date in a past clause is the
last one before the article date, in a future clause the next one (``resolve._pick``)."""
from __future__ import annotations

import re

PAST_STEMS = ("شد", "کرد", "بود", "داشت", "گفت", "داد", "رسید", "آمد", "رفت", "گرفت", "زد", "کشید", "دید",
               "افزود", "خواند", "ماند", "نمود", "گردید", "یافت", "پیوست", "ساخت", "برد", "انداخت", "گذاشت",
               "خورد", "نوشت", "شکست", "بست", "پرداخت", "کاست", "افتاد", "نشست", "آورد", "شنید", "دانست",
               "توانست", "خواست", "فرمود", "شتافت", "باخت", "برگزید", "گشت", "ریخت", "فرستاد", "کوشید")
_PAST = re.compile(r"^ن?(?:" + "|".join(PAST_STEMS) + r")(?:م|ی|یم|ید|ند|ه|هاست|هاند|ه‌است|ه‌اند)?$")
_FUTURE = re.compile(r"^ن?خواه(?:م|ی|د|یم|ید|ند)$")
_PRESENT = re.compile(r"^(?:ن?می|نمی)(?:\u200c|$)|^(?:است|هست|نیست|باشد|باشند|شود|شوند|کند|کنند)$")


_TENSE_WINDOW = 400


def tense_after(text: str) -> str | None:
    """'past', 'future' or None (present or unknown) from the first verb-like word of ``text``
    (the rest of the sentence after a date: Persian puts the verb last, so the first verb after
    the date is the one it belongs to)."""
    # The verb a date belongs to comes within a clause or two: reading further only costs time
    # (a date in a 100,000-character run-on sentence would be quadratic otherwise).
    words = re.findall(r"[^\W\d_][\w\u200c]*", text[:_TENSE_WINDOW])
    for i, w in enumerate(words):
        if _FUTURE.match(w):
            return "future"
        if _PRESENT.match(w):
            if w in ("است", "هست") and i and re.search(r"ه$", words[i - 1]) and _PAST.match(words[i - 1]):
                return "past"  # «برگزار شده است»: present perfect, a past event
            if w == "می" and i + 1 < len(words) and words[i + 1].startswith(("شو", "کن")):
                return None
            return None
        if _PAST.match(w.replace("\u200c", "")) or _PAST.match(w):
            return "past"
    return None
