"""Works: books, films and songs whose titles news quotes in guillemets («رمان «در رؤیای بابل»»).
A place or a name inside such a title is no mention of a place or a person."""
from __future__ import annotations

from functools import lru_cache
from typing import TypeVar

import regex

Spanned = TypeVar("Spanned")  # a record with ``start`` and ``end``

#: Nouns a work's title in guillemets follows: «رمان «...»», «فیلم «...»», «با عنوان «...»».
WORK_NOUNS = "رمان کتاب فیلم داستان نمایش نمایشنامه سریال شعر ترانه آلبوم مستند مقاله عنوان منظومه مجموعه".split()

_ANY_Y = "[یيى]"
_ANY_K = "[کك]"
_AFTER_WORK = regex.compile(
    r"(?<![\w\u200c])(?:" + "|".join(regex.sub("[یي]", _ANY_Y, regex.sub("[کك]", _ANY_K, w)) for w in WORK_NOUNS)
    + r")(?:\u200c?(?:ی|ها|های))?\s*«([^«»\n]{1,80})»")


@lru_cache(maxsize=4)  # the places and the entities stages ask for the same text
def work_title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the titles inside guillemets said after a work noun, and of every other quoted
    occurrence of the same title in ``text`` («صید قزل‌آلا در آمریکا» named again alone)."""
    titles = {m.group(1).strip() for m in _AFTER_WORK.finditer(text)}
    spans = []
    for title in titles:
        if not title:
            continue
        for m in regex.finditer("«" + regex.escape(title) + "»", text):
            spans.append((m.start() + 1, m.end() - 1))
    return tuple(sorted(spans))


def outside_work_titles(items: list[Spanned], text: str) -> list[Spanned]:
    """``items`` (places, entities) but those lying inside a work's title in ``text``."""
    titles = work_title_spans(text)
    if not titles:
        return items
    return [x for x in items if not any(a <= x.start and x.end <= b for a, b in titles)]
