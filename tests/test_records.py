"""records: table columns, rows from a Document's records, header parsing, cell formatting."""
from __future__ import annotations

import pytest

import pipeline
from pipeline import byline, records
from pipeline.document import Entity, Enumeration, ListItem, NumberMention, PlaceMention

EXPECTED_COLUMNS = {
    "documents": ["doc_id", "source", "title", "agency", "dateline", "published", "published_date",
                  "published_jalali", "published_time", "published_source", "url", "chars", "sentences",
                  "n_entities", "n_numbers", "n_places", "n_lists", "n_quotes", "n_facts", "status", "error", "warning",
                  "record_id", "duplicate_of", "kept"],
    "entities": ["doc_id", "start", "end", "text", "label", "normalized", "method", "role", "confidence", "entity_id",
                 "name", "honorific", "sentence"],
    "numbers": ["doc_id", "start", "end", "text", "kind", "value", "value_max", "unit", "qualifier", "jalali",
                "jalali_end", "date", "date_end", "weekday", "hijri", "resolved_by", "weekday_conflict", "clock", "clock_end", "confidence", "sentence"],
    "places": ["doc_id", "start", "end", "text", "name", "place_type", "province", "country", "lat", "lon",
               "place_id", "province_id", "confidence", "sentence"],
    "lists": ["doc_id", "list_index", "category", "stated_count", "count_matches", "list_start", "list_end",
              "item_index", "item", "note", "start", "end", "text", "sentence"],
    "quotes": ["doc_id", "start", "end", "text", "speaker", "speaker_role", "speaker_start", "speaker_end",
               "speaker_text", "cue", "direct", "reported_by", "sentence"],
    "facts": ["doc_id", "start", "end", "text", "kind", "value", "value_max", "unit", "qualifier", "measure",
              "measure_start", "measure_end", "subject", "subject_id", "time", "direction", "list_index",
              "confidence", "sentence"],
}


def span(doc, needle, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = doc.original.index(needle, start + 1)
    return start, start + len(needle), needle


@pytest.fixture
def doc(seed_text):
    # Records are added by hand: this tests the tables, not the stages (which may find more).
    d = pipeline.process(seed_text, doc_id="seed", meta={"source": "corpus/seed.txt", "url": "https://www.irna.ir/news/1"},
                         skip={"numbers", "dates", "places", "entities", "quotes", "facts"})
    s, e, t = span(d, "۴۱ درصد")
    d.numbers = [NumberMention(s, e, t, "percent", value=41.0, unit="percent"),
                 NumberMention(*span(d, "۲ هزار"), "cardinal", value=2000.0, qualifier="approx")]
    d.places = [PlaceMention(*span(d, "قم", 1), name="قم", place_type="province", country="ایران", lat=34.64, lon=50.876)]
    d.entities = [Entity(*span(d, "اکبر بهنامجو"), label="PER", normalized="اکبر بهنامجو", source="rule", role="استاندار قم")]
    s, e, t = span(d, "هفت شهرک صنعتی شکوهیه، الغدیر")
    d.lists = [
        Enumeration(s, e, t, category="industrial_town", stated_count=7,
                    items=[ListItem(*span(d, "شکوهیه"), item="شکوهیه"), ListItem(*span(d, "الغدیر"), item="الغدیر", note="x")]),
        Enumeration(*span(d, "چهار ناحیه صنعتی"), category="industrial_area", stated_count=None),
    ]
    return d


def test_columns_of_every_table():
    assert {name: records.columns(name) for name in records.TABLE_NAMES} == EXPECTED_COLUMNS


def test_empty_tables_have_their_columns():
    frames = records.to_frames([])
    assert {name: list(df.columns) for name, df in frames.items()} == EXPECTED_COLUMNS
    assert all(len(df) == 0 for df in frames.values())


def test_to_frames_rows(doc, seed_text):
    frames = records.to_frames([doc])
    documents = frames["documents"].to_dict("records")
    assert documents == [{
        "doc_id": "seed", "source": "corpus/seed.txt", "title": "استاندار قم: صنایع کوچک پیشران توسعه متوازن منطقهای است",
        "agency": "ایرنا", "dateline": "قم", "published": "", "published_date": None,
        "published_jalali": None, "published_time": None, "published_source": None, "url": "https://www.irna.ir/news/1",
        "chars": len(seed_text), "sentences": len(doc.sentences), "n_entities": 1, "n_numbers": 2, "n_places": 1,
        "n_lists": 2, "n_quotes": 0, "n_facts": 0, "status": "ok", "error": "", "warning": "", "record_id": "", "duplicate_of": None, "kept": "",
    }]
    numbers = frames["numbers"]
    assert numbers["text"].tolist() == ["۴۱ درصد", "۲ هزار"]
    assert numbers["value"].tolist() == [41.0, 2000.0]
    assert numbers["sentence"].iloc[0] == ("گفتنی است ۴۱ درصد اقتصاد قم متعلق به بخش صنعت است و در حال حاضر حجم قابل توجهی از اشتغال استان "
                                           "در این بخش قرار دارد.")
    assert numbers["qualifier"].isna().tolist() == [True, False]
    for row in numbers.itertuples():
        assert seed_text[row.start:row.end] == row.text
        assert row.text in row.sentence
    ent = frames["entities"].iloc[0]
    assert (ent["text"], ent["label"], ent["method"], ent["role"]) == ("اکبر بهنامجو", "PER", "rule", "استاندار قم")
    assert ent["sentence"].startswith("به گزارش روز دوشنبه ایرنا از استانداری قم در پیام اکبر بهنامجو")
    place = frames["places"].iloc[0]
    assert (place["text"], place["name"], place["lat"], place["lon"]) == ("قم", "قم", 34.64, 50.876)
    assert pd_na(place["province"]) and pd_na(place["place_id"])


def pd_na(value) -> bool:
    import pandas as pd

    return value is pd.NA


def test_lists_one_row_per_item_and_a_row_for_an_empty_list(doc):
    lists = records.to_frames([doc])["lists"]
    rows = lists[["list_index", "category", "stated_count", "count_matches", "item_index", "item", "note", "text"]]
    got = [tuple(None if pd_na(v) else v for v in r) for r in rows.itertuples(index=False)]
    assert got == [
        (1, "industrial_town", 7, False, 1, "شکوهیه", None, "شکوهیه"),
        (1, "industrial_town", 7, False, 2, "الغدیر", "x", "الغدیر"),
        (2, "industrial_area", None, None, None, None, None, "چهار ناحیه صنعتی"),
    ]
    assert lists["list_start"].tolist()[:2] == [doc.lists[0].start] * 2
    assert set(lists["sentence"]) == {doc.sentence_text(doc.lists[0].start)}


def test_dtypes_are_nullable():
    frames = records.to_frames([])
    assert str(frames["numbers"]["value"].dtype) == "Float64"
    assert str(frames["numbers"]["start"].dtype) == "Int64"
    assert str(frames["lists"]["count_matches"].dtype) == "boolean"
    assert str(frames["documents"]["title"].dtype) == "string"


def test_error_rows():
    rows = records.error_rows("abc", "x.jsonl#line=2", "line 2: malformed JSON")
    assert rows["documents"] == [("abc", "x.jsonl#line=2", "", "", "", "", None, None, None, None, "", None, None, None, None, None, None,
                                  None, None, "error", "line 2: malformed JSON", "", "", None, "")]
    assert all(rows[n] == [] for n in records.TABLE_NAMES[1:])


@pytest.mark.parametrize("value, cell", [
    (None, ""), (True, "true"), (False, "false"), (3, "3"), (2000.0, "2000"), (0.1, "0.1"), (1e20, "1e+20"),
    (3.14159, "3.14159"), (float("nan"), ""), ("متن", "متن"), (-0.5, "-0.5"),
])
def test_format_cell(value, cell):
    assert records.format_cell(value) == cell


@pytest.mark.parametrize("text, url, expected", [
    ("عنوان\n\nایرنا/ قم - ایرنا - استاندار قم گفت", "", ("ایرنا", "قم")),
    ("تهران- ایرنا- رئیس جمهور گفت", "", ("ایرنا", "تهران")),
    ("ایسنا/ خراسان رضوی - رئیس سازمان گفت", "", ("ایسنا", "خراسان رضوی")),
    ("ایسنا/ رئیس سازمان گفت", "", ("ایسنا", "")),
    ("به گزارش خبرگزاری فارس از تبریز، رئیس اداره گفت", "", ("فارس", "تبریز")),
    ("به گزارش فارس به نقل از وزارت ارتباطات، وارسته گفت", "", ("فارس", "")),
    ("به گزارش ایرنا از استانداری قم، استاندار گفت", "", ("ایرنا", "")),
    ("به گزارش خبرنگار اقتصادی خبرگزاری مهر، وزیر گفت", "", ("مهر", "")),
    ('به گزارش "ورزش سه"، با تصمیم سرمربی', "", ("ورزش سه", "")),
    ("خبرگزاری فارس: رئیس اداره کل گفت", "", ("فارس", "")),
    ("متن بدون نام خبرگزاری", "https://www.varzesh3.com/news/1392980", ("ورزش سه", "")),
    ("متن بدون نام خبرگزاری", "https://example.com/1", ("", "")),
    ("مهرداد گفت که فارس زبان است", "", ("", "")),
])
def test_news_header(text, url, expected):
    assert byline.news_header(text, url) == expected
