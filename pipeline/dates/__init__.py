"""Dates in context: the article's own date, and every date mention resolved against it.

``annotate(doc)`` runs after the numbers stage:

1. the article date (``doc.published``): the input's date field parsed (``published.parse``), else
   the date in a Fars News URL id, else a dateline in the text (a line among the first three that
   is little more than a full date), else the run-level ``--date`` / ``process(date=...)``;
2. relative expressions the numbers grammar does not read are added as ``date`` mentions
   (``relative.find``);
3. every ``date`` mention is resolved (``resolve.resolve``): ``date``/``date_end`` and the Jalali
   (and Hijri) forms filled when it can be, ``resolved_by`` saying how (``explicit``,
   ``article_date``, ``text_year``), ``weekday_conflict`` when a weekday disagrees with the date.

Without an article date nothing relative is resolved: year-less dates take a year only from a year
stated earlier in the text.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..document import Document, PublishedDate
from . import lunar, published, relative, resolve, tense
from .published import parse as parse_published

__all__ = ["annotate", "article_date", "parse_published", "lunar", "published", "relative", "resolve"]


_WORD = re.compile(r"[^\W\d_]+")


def _dateline(doc: Document) -> published.Published | None:
    """A full date on one of the first three non-blank lines that is little more than the date
    («یکشنبه ۲۹ مرداد ۱۴۰۲ - ۱۲:۱۱», «تهران - ایرنا - ۱۴۰۲/۰۵/۲۹»): at most five words besides
    digits, so a title or a sentence that happens to hold a date is not taken for the dateline."""
    lines = [line.strip() for line in doc.original[:3000].splitlines() if line.strip()][:3]
    for line in lines:
        if len(_WORD.findall(line)) <= 5:
            got = published.parse(line)
            if got is not None:
                return got
    return None


def article_date(doc: Document) -> PublishedDate | None:
    """The article's date from what the input and the text give (see the module docstring)."""
    meta = doc.meta
    raw = meta.get("published")
    got = published.parse(str(raw)) if raw else None
    if got is not None:
        return PublishedDate(got.iso, got.jalali, got.time, "field")
    got = published.from_url(str(meta.get("url") or ""))
    if got is not None:
        return PublishedDate(got.iso, got.jalali, None, "url")
    got = _dateline(doc)
    if got is not None:
        return PublishedDate(got.iso, got.jalali, got.time, "text")
    day = published.parse_iso_day(doc.default_date)
    if day is None:
        return None
    y, m, d = resolve.jalali.from_gregorian(day)
    return PublishedDate(day.isoformat(), f"{y}-{m:02d}-{d:02d}", None, "option")


def _explicit_years(m) -> dict[str, int]:
    out: dict[str, int] = {}
    if m.resolved_by != "explicit":
        return out
    if m.hijri and m.hijri[0].isdigit():
        out["hijri"] = int(m.hijri[:4])
    elif m.jalali and m.jalali[0].isdigit() and m.jalali_end is None:
        out["jalali"] = int(m.jalali[:4])
    elif m.jalali is None and m.date and m.date_end is None or (m.date and m.date_end and m.date[:4] == m.date_end[:4] and m.jalali is None):
        out["gregorian"] = int(m.date[:4])
    return out


def annotate(doc: Document) -> None:
    if doc.published is None:
        doc.published = article_date(doc)
    anchor = _dt.date.fromisoformat(doc.published.date) if doc.published else None
    relative.find(doc)
    text_years: dict[str, int] = {}
    sentence_years: dict[str, int] = {}
    current_sentence = None
    for m in doc.numbers:
        if m.kind != "date":
            continue
        ns, ne = doc.to_normalized(m.start, m.end)
        si = doc.sentence_index(m.start)
        if si != current_sentence:
            current_sentence, sentence_years = si, {}
        sent_end = doc.sentences[si].end if 0 <= si < len(doc.sentences) else len(doc.text)
        ctx = resolve.Context(anchor=anchor, tense=tense.tense_after(doc.text[ne:sent_end]),
                              sentence_years=dict(sentence_years), text_years=dict(text_years))
        resolve.resolve(m, ctx)
        years = _explicit_years(m)
        text_years.update(years)
        sentence_years.update(years)
