"""Segmentation: sentences and tokens with offsets; numbers, dates, URLs and I.C.T stay whole."""
from __future__ import annotations

import pytest

from pipeline import normalize, process
from pipeline.segment import sentences, tokenize

Z = "\u200c"


def texts(items) -> list[str]:
    return [item.text for item in items]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("نرخ ۳٫۵ و 12.5 درصد در ۱۴۰۲/۰۵/۲۱ ساعت ۱۲:۳۰.",
         ["نرخ", "۳٫۵", "و", "12.5", "درصد", "در", "۱۴۰۲/۰۵/۲۱", "ساعت", "۱۲:۳۰", "."]),
        ("فناوری اطلاعات (I.C.T) و U.S.A.", ["فناوری", "اطلاعات", "(", "I.C.T", ")", "و", "U.S.A."]),
        ("سایت https://www.irna.ir/news/123. و info@irna.ir",
         ["سایت", "https://www.irna.ir/news/123", ".", "و", "info@irna.ir"]),
        (f"سال{Z}های اخیر ۱۲٬۵۰۰ و ۱۲,۵۰۰ تومان", [f"سال{Z}های", "اخیر", "۱۲٬۵۰۰", "و", "۱۲,۵۰۰", "تومان"]),
        ("«روز ملی»، گفت:", ["«", "روز", "ملی", "»", "،", "گفت", ":"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    tokens = tokenize(text)
    assert texts(tokens) == expected
    for t in tokens:
        assert text[t.start:t.end] == t.text


def test_sentences_with_offsets() -> None:
    text = "فناوری (I.C.T) خوب است. بله؟ آری!\nخط دوم با ۳.۵ درصد\n\nپایان"
    got = [(s.start, s.end, s.text) for s in sentences(text)]
    assert got == [
        (0, 23, "فناوری (I.C.T) خوب است."),
        (24, 28, "بله؟"),
        (29, 33, "آری!"),
        (34, 52, "خط دوم با ۳.۵ درصد"),
        (54, 59, "پایان"),
    ]
    for s in sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.tokens and s.tokens[0].start == s.start and s.tokens[-1].end == s.end


def test_empty_and_blank() -> None:
    assert sentences("") == []
    assert sentences(" \n\n  ") == []
    assert tokenize("") == []


def test_seed_sentences(seed_text: str) -> None:
    doc = process(seed_text, skip={"numbers", "dates", "places", "entities", "quotes", "facts"})
    assert len(doc.sentences) == 14
    assert doc.sentences[0].text == f"استاندار قم: صنایع کوچک پیشران توسعه متوازن منطقه{Z}ای است"
    ict = [t for t in doc.tokens if t.text == "I.C.T"]
    assert len(ict) == 1
    for sent in doc.sentences:
        a, b = doc.to_original(sent.start, sent.end)
        assert 0 <= a <= b <= len(seed_text)
        for tok in sent.tokens:
            assert doc.text[tok.start:tok.end] == tok.text
    # A restored word's token maps back to the scraped word.
    tok = next(t for t in doc.tokens if t.text == f"دست{Z}اندرکاران")
    a, b = doc.to_original(tok.start, tok.end)
    assert seed_text[a:b] == "دستاندرکاران"


def test_normalized_decimal_survives_segmentation() -> None:
    text = normalize("رشد ٣٫٥ درصدی در ١٤٠٢/٠٥/٢١").text
    assert texts(tokenize(text)) == ["رشد", "۳٫۵", "درصدی", "در", "۱۴۰۲/۰۵/۲۱"]
