"""Normalizer: exact outputs for characters, digits, URLs, decimals, dates, times and spacing, and
spans that map back to the original text."""
from __future__ import annotations

import pytest

from pipeline import normalize
from pipeline.normalize import STEPS

Z = "\u200c"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Arabic letter variants, kashida, diacritics, presentation forms, quotes
        ("علي و كتاب", "علی و کتاب"),
        ("سلامـــــت", "سلامت"),
        ("کِتاب", "کتاب"),
        ("ﻻ ﷲ", "لا الله"),
        ("“روز ملی”", "«روز ملی»"),
        # zero-width junk and bidi controls (ZWNJ is kept, see below)
        ("a\u200bb\u200ec\u202bd\ufeff", "abcd"),
        # digits: Arabic-Indic -> Persian; Latin digits stay Latin
        ("قیمت ١٢٣ تومان", "قیمت ۱۲۳ تومان"),
        ("Hello, World. 12,500", "Hello, World. 12,500"),
        # decimals, thousands, dates and times are never broken
        ("نرخ ۳٫۵ و ۳.۵ و 12.5 درصد", "نرخ ۳٫۵ و ۳.۵ و 12.5 درصد"),
        ("۱۲٬۵۰۰ تومان و ۱۲,۵۰۰ ریال", "۱۲٬۵۰۰ تومان و ۱۲,۵۰۰ ریال"),
        ("تاریخ ۱۴۰۲/۰۵/۲۱ و 1402/5/21", "تاریخ ۱۴۰۲/۰۵/۲۱ و 1402/5/21"),
        ("ساعت ۱۲:۳۰ تا 14:45", "ساعت ۱۲:۳۰ تا 14:45"),
        # URLs, e-mail addresses and Latin abbreviations are left alone, Persian slugs included
        ("https://www.irna.ir/news/85190123/استاندار-قم", "https://www.irna.ir/news/85190123/استاندار-قم"),
        ("https://fa.wikipedia.org/wiki/ایران:تاریخ,منطقهای", "https://fa.wikipedia.org/wiki/ایران:تاریخ,منطقهای"),
        ("info@irna.ir", "info@irna.ir"),
        ("(I.C.T) و U.S.A.", "(I.C.T) و U.S.A."),
        # spacing and punctuation
        ("سلام  دنیا \n\n\n\nخوب", "سلام دنیا\n\nخوب"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("گفت:صنایع", "گفت: صنایع"),
        ("است .", "است."),
        ("کتاب ، قلم", "کتاب، قلم"),
        ("ایران,عراق", "ایران، عراق"),
        # stray ZWNJs: at word edges, after a non-joining letter, doubled
        (f"{Z}سلام{Z}", "سلام"),
        (f"دارد{Z}ها", "داردها"),
        (f"می{Z}{Z}شود", f"می{Z}شود"),
    ],
)
def test_normalize_exact(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_steps_can_be_switched_off() -> None:
    text = "علي گفت:منطقهای"
    assert normalize(text).text == f"علی گفت: منطقه{Z}ای"
    assert normalize(text, skip={"zwnj"}).text == "علی گفت: منطقهای"
    assert normalize(text, skip={"characters"}).text == f"علي گفت: منطقه{Z}ای"
    assert normalize(text, skip={"punctuation"}).text == f"علی گفت:منطقه{Z}ای"
    assert normalize(text, skip=STEPS.keys()).text == text
    with pytest.raises(ValueError):
        normalize(text, skip={"no-such-step"})


def test_every_token_maps_back_to_its_original_words(seed_text: str) -> None:
    from pipeline.segment import tokenize

    norm = normalize(seed_text)
    for token in tokenize(norm.text):
        original = norm.original_text(token.start, token.end)
        if token.text == "است" and original == "ست":  # «حاکیست» -> «حاکی است»: the alef is new
            continue
        # The original piece is the token as scraped: the same letters, once the normalizer's
        # own changes (ZWNJs, quotes) are taken out.
        assert original.replace("“", "«").replace("”", "»") in (token.text.replace(Z, ""), token.text.replace(Z, " "))


@pytest.mark.parametrize(
    "text, piece, original",
    [
        ("در شهرکها و فرصت های شغلی", "شهرک", "شهرک"),
        ("در شهرکها و فرصت های شغلی", f"شهرک{Z}ها", "شهرکها"),
        ("در شهرکها و فرصت های شغلی", f"فرصت{Z}های", "فرصت های"),
        ("پیام حاکیست: این", "حاکی است", "حاکیست"),
        ("سلامـــــت بر علي", "علی", "علي"),
        ("گفت:صنایع کوچک", "صنایع", "صنایع"),
        ("ﻻ ﷲ و منطقهای", f"منطقه{Z}ای", "منطقهای"),
        ("است . و", "است.", "است ."),
    ],
)
def test_span_round_trip(text: str, piece: str, original: str) -> None:
    norm = normalize(text)
    start = norm.text.index(piece)
    a, b = norm.to_original(start, start + len(piece))
    assert text[a:b] == original
    assert norm.to_normalized(a, b) == (start, start + len(piece))


def test_presentation_forms_get_the_letter_fixes_too():
    # U+FC9E (ligature beh-khah) and U+FC8E (noon-alef maksura) decompose to Arabic letters;
    # the alef maksura must still become Persian yeh, so a second pass changes nothing.
    from pipeline.normalize import normalize as norm

    assert norm("\ufc8e").text == "نی"
    assert norm(norm("\ufc8e").text).text == "نی"
