"""Works: books, films and songs whose titles news quotes in guillemets («رمان «در رؤیای بابل»»).
A place or a name inside such a title is no mention of a place or a person."""
from __future__ import annotations

import regex

#: Nouns a work's title in guillemets follows: «رمان «...»», «فیلم «...»», «با عنوان «...»».
WORK_NOUNS = "رمان کتاب فیلم داستان نمایش نمایشنامه سریال شعر ترانه آلبوم مستند مقاله عنوان منظومه مجموعه".split()

_ANY_Y = "[یيى]"
_ANY_K = "[کك]"
_AFTER_WORK = regex.compile(
    r"(?<![\w\u200c])(?:" + "|".join(regex.sub("[یي]", _ANY_Y, regex.sub("[کك]", _ANY_K, w)) for w in WORK_NOUNS)
    + r")(?:\u200c?(?:ی|ها|های))?\s*«([^«»\n]{1,80})»")


def work_title_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the titles inside guillemets said after a work noun, and of every other quoted
    occurrence of the same title in ``text`` («صید قزل‌آلا در آمریکا» named again alone)."""
    titles = {m.group(1).strip() for m in _AFTER_WORK.finditer(text)}
    spans = []
    for title in titles:
        if not title:
            continue
        for m in regex.finditer("«" + regex.escape(title) + "»", text):
            spans.append((m.start() + 1, m.end() - 1))
    return sorted(spans)
