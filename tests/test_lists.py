"""Enumerated lists: heads with stated counts, items with notes, where a list ends."""
from __future__ import annotations

import pipeline
from pipeline import places
from pipeline.places.lists import item_type


def _lists(text):
    return [(e.category, item_type(e.category), e.stated_count, [(i.item, i.note) for i in e.items]) for e in places.lists(text)]


def test_seed_lists(seed_text):
    got = places.lists(seed_text)
    assert [(e.category, item_type(e.category), e.stated_count, e.count_matches) for e in got] == [
        ("شهرک صنعتی", "industrial_town", 7, True),
        ("ناحیه صنعتی", "industrial_area", 4, True),
    ]
    towns, areas = got
    assert [(i.item, i.note) for i in towns.items] == [
        ("شکوهیه", None), ("الغدیر", None), ("شهاب", "چاپ و نشر"), ("سلفچگان", None), ("محمودآباد", None),
        ("چوب و مبلمان ثامن", None), ("فناوری اطلاعات و ارتباطات", "I.C.T"),
    ]
    assert towns.items[2].text == "شهاب (چاپ و نشر)"
    assert towns.items[-1].text == "فناوری اطلاعات و ارتباطات (I.C.T)"
    assert [i.item for i in areas.items] == ["خورآباد", "دستجرد", "سیرو", "طغرود"]
    assert towns.text.startswith("هفت شهرک صنعتی شکوهیه") and towns.text.endswith("(I.C.T)")
    assert areas.text == "چهار ناحیه صنعتی خورآباد، دستجرد، سیرو و طغرود"
    for e in got:
        assert seed_text[e.start:e.end] == e.text
        assert all(seed_text[i.start:i.end] == i.text for i in e.items)


def test_seed_lists_through_process_keep_original_offsets(seed_text):
    doc = pipeline.process(seed_text, skip={"entities", "quotes", "facts"})
    assert [(e.stated_count, len(e.items), e.count_matches) for e in doc.lists] == [(7, 7, True), (4, 4, True)]
    for e in doc.lists:
        assert doc.original[e.start:e.end] == e.text
        for i in e.items:
            assert doc.original[i.start:i.end] == i.text


def test_place_lists_stop_at_the_first_non_place():
    assert _lists("استان‌های تهران، اصفهان و فارس امروز بارانی بود") == [
        ("استان", "province", None, [("تهران", None), ("اصفهان", None), ("فارس", None)])]
    assert _lists("کشورهای ایران، عراق و ترکیه در این نشست") == [
        ("کشور", "country", None, [("ایران", None), ("عراق", None), ("ترکیه", None)])]
    assert _lists("سه استان خراسان رضوی، آذربایجان شرقی و سیستان و بلوچستان") == [
        ("استان", "province", 3, [("خراسان رضوی", None), ("آذربایجان شرقی", None), ("سیستان و بلوچستان", None)])]


def test_stated_count_in_digits_and_mismatch():
    got = places.lists("۳ شهرک صنعتی الف، ب‌ب و جیم و همچنین موارد دیگر")
    assert [(e.stated_count, [i.item for i in e.items], e.count_matches) for e in got] == [(3, ["الف", "ب‌ب", "جیم"], True)]
    got = places.lists("پنج کشور ایران، عراق و ترکیه")
    assert [(e.stated_count, len(e.items), e.count_matches) for e in got] == [(5, 3, False)]


def test_a_single_item_or_uncounted_singular_is_no_list():
    assert _lists("استان تهران و شهر قم") == []
    assert _lists("کشورهای ایران") == []


def test_uncounted_named_lists_need_commas_and_names():
    assert _lists("روستاهای زیبا و برخورداری") == []
    assert _lists("روستاهای سیستان و بلوچستان") == []
    assert _lists("روستاهای گوشکور، شیشارستان و حسین‌آباد") == [
        ("روستا", "village", None, [("گوشکور", None), ("شیشارستان", None), ("حسین‌آباد", None)])]
