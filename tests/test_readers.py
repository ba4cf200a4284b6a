"""Readers: every format, every encoding, and the files that are not text."""
from __future__ import annotations

import json
import random

import pytest

from pipeline import readers
from pipeline.readers import Fields, ReadError, Record, decode, detect_encoding, read_file, read_inputs

TITLE = "استاندار قم: صنایع کوچک پیشران توسعه متوازن منطقهای است"
BODY = "ایرنا/ قم - ایرنا - استاندار قم در پیامی تاکید کرد.\nگفتنی است ۴۱ درصد اقتصاد قم متعلق به بخش صنعت است."
ARTICLE = f"{TITLE}\n\n{BODY}\n"
# What a Windows-1256 site held: Arabic yeh, ASCII digits (cp1256 has neither ی nor ۰-۹).
OLD_ARTICLE = ARTICLE.translate(str.maketrans({"ی": "ي", **{chr(0x6F0 + i): str(i) for i in range(10)}}))


def one(records) -> Record:
    records = list(records)
    assert len(records) == 1, records
    return records[0]


# ------------------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (ARTICLE.encode("utf-8"), ARTICLE, "UTF-8"),
        (ARTICLE.encode("utf-8-sig"), ARTICLE, "UTF-8 (BOM)"),
        (ARTICLE.encode("utf-16"), ARTICLE, "UTF-16 (BOM)"),
        (b"\xff\xfe" + ARTICLE.encode("utf-16-le"), ARTICLE, "UTF-16 (BOM)"),
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), ARTICLE, "UTF-16 (BOM)"),
        (ARTICLE.encode("utf-16-le"), ARTICLE, "UTF-16LE"),
        (ARTICLE.encode("utf-16-be"), ARTICLE, "UTF-16BE"),
        (OLD_ARTICLE.encode("cp1256"), OLD_ARTICLE, "Windows-1256"),
        (ARTICLE.encode("utf-32"), ARTICLE, "UTF-32 (BOM)"),
        ("plain ASCII news, 12.5%".encode("ascii"), "plain ASCII news, 12.5%", "UTF-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1256", "utf32", "ascii"],
)
def test_decode_detects_each_encoding(data, text, encoding):
    assert decode(data) == (text, encoding)


def test_utf16_without_bom_and_without_any_ascii():
    # No spaces, no newlines: no NUL bytes at all; the Arabic-block high bytes give it away.
    word = "صنایع‌کوچک"
    assert decode(word.encode("utf-16-le")) == (word, "UTF-16LE")
    assert decode(word.encode("utf-16-be")) == (word, "UTF-16BE")


def test_arabic_dos_codepage_is_not_mistaken_for_windows_1256():
    text = "استاندار قم در بيامي تاكيد كرد، وزير قال"  # Arabic letters only: ISO-8859-6 has no پ ک ی
    decoded, encoding = decode(text.encode("iso8859_6"))
    assert (decoded, encoding) == (text, "ISO-8859-6")


def test_binary_data_is_refused_with_a_message():
    with pytest.raises(ReadError, match="only NUL bytes"):
        decode(b"\x00" * 4096)
    with pytest.raises(ReadError, match="contains NUL bytes"):
        decode(random.Random(7).randbytes(20_000))
    with pytest.raises(ReadError, match="PNG image"):
        decode(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(ReadError, match="PDF document"):
        decode(b"%PDF-1.4\n...")
    no_nul = bytes(b for b in random.Random(3).randbytes(30_000) if b)
    with pytest.raises(ReadError, match="neither UTF-8, UTF-16 nor an Arabic"):
        decode(no_nul)


def test_mostly_utf8_with_one_broken_byte_is_kept():
    data = (ARTICLE * 20).encode("utf-8")
    cut = data.index(b"\n", 1000)
    data = data[:cut] + b"\xff" + data[cut:]
    text, encoding = decode(data)
    assert encoding == "UTF-8 (with broken bytes replaced)"
    assert text.count("\ufffd") == 1


def test_a_sample_cut_inside_a_utf8_character_is_still_utf8():
    data = ("ا" * 10).encode("utf-8")[:-1]
    assert detect_encoding(data, complete=False) == "utf-8"


# ------------------------------------------------------------------------------ plain text


def test_txt_title_is_first_non_blank_line_and_text_is_the_whole_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("\n  " + ARTICLE, encoding="utf-8")
    rec = one(read_file(p, source="a.txt"))
    assert rec.title == TITLE
    assert rec.text == "\n  " + ARTICLE
    assert (rec.source, rec.encoding, rec.error) == ("a.txt", "UTF-8", "")


def test_empty_and_whitespace_files_are_error_records(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_bytes(b" \n\t\r\n ")
    assert one(read_file(tmp_path / "e.txt")).error == "empty file"
    assert one(read_file(tmp_path / "w.txt")).error == "no text: the file holds only whitespace"


def test_a_long_line_title_is_clipped(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("کلمه " * 10_000, encoding="utf-8")
    rec = one(read_file(p))
    assert len(rec.title) == readers.MAX_TITLE and rec.title.endswith("…")
    assert len(rec.text) == 50_000


# ------------------------------------------------------------------------------ JSON


def test_jsonl_records_and_a_malformed_line(tmp_path):
    p = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": TITLE, "text": BODY, "date": "1402-05-21", "url": "https://www.irna.ir/news/1"}, ensure_ascii=False),
        '{"title": "نیمه", "text": ',
        "",
        json.dumps({"title": "بی متن"}, ensure_ascii=False),
        json.dumps([1, 2]),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = list(read_file(p, source="news.jsonl"))
    assert [r.source for r in recs] == ["news.jsonl#line=1", "news.jsonl#line=2", "news.jsonl#line=4", "news.jsonl#line=5"]
    good = recs[0]
    assert (good.title, good.text, good.published, good.url, good.record_id, good.error) == (
        TITLE, f"{TITLE}\n\n{BODY}", "1402-05-21", "https://www.irna.ir/news/1", "a1", "")
    assert recs[1].error == "line 2: malformed JSON: Expecting value at column 27"
    assert recs[2].error.startswith("the record has no text (looked for the fields: abstract, summary")
    assert recs[3].error == "expected a JSON object with a text field, found a list"


def test_jsonl_in_utf16_is_streamed(tmp_path):
    p = tmp_path / "news.jsonl"
    rows = [{"title": f"خبر {i}", "body": f"متن خبر شماره {i}."} for i in range(3)]
    p.write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode("utf-16"))
    recs = list(read_file(p, source="n"))
    assert [r.text for r in recs] == [f"خبر {i}\n\nمتن خبر شماره {i}." for i in range(3)]
    assert {r.encoding for r in recs} == {"UTF-16 (BOM)"}


def test_json_farsnews_shape(tmp_path):
    # The shape of ../shared/data/text/farsnews-varzesh3/*.json: a list of articles with an
    # abstract and a list of paragraphs.
    p = tmp_path / "fars.json"
    data = [
        {"code": 1392980, "title": "استقلال تا بازی السد پنهان شد", "abstract": "سرمربی آبی ها ترجیح داد.",
         "paragraphs": ["به گزارش \"ورزش سه\"، تمرینات برگزار می شود.", "", "پاراگراف دوم."],
         "tags": ["استقلال"], "link": "https://www.varzesh3.com/news/1392980"},
        {"title": "بدون متن", "paragraphs": []},
    ]
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    recs = list(read_file(p, source="fars.json"))
    assert [r.source for r in recs] == ["fars.json#item=1", "fars.json#item=2"]
    assert recs[0].text == ("استقلال تا بازی السد پنهان شد\n\nسرمربی آبی ها ترجیح داد.\n\n"
                            "به گزارش \"ورزش سه\"، تمرینات برگزار می شود.\nپاراگراف دوم.")
    assert (recs[0].record_id, recs[0].url) == ("1392980", "https://www.varzesh3.com/news/1392980")
    assert recs[1].error.startswith("the record has no text")


def test_json_single_object_wrapped_list_and_jsonl_named_json(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"title": "ت", "content": "متن"}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "wrapped.json").write_text(json.dumps({"count": 2, "articles": [{"body": "یک"}, {"body": "دو"}]}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "lines.json").write_text('{"text": "یک"}\n{"text": "دو"}\n', encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"text": "یک",', encoding="utf-8")
    assert one(read_file(tmp_path / "one.json", source="o")).text == "ت\n\nمتن"
    assert [r.text for r in read_file(tmp_path / "wrapped.json", source="w")] == ["یک", "دو"]
    assert [r.source for r in read_file(tmp_path / "lines.json", source="l")] == ["l#line=1", "l#line=2"]
    assert one(read_file(tmp_path / "bad.json")).error == "malformed JSON: Expecting property name enclosed in double quotes at column 15"


def test_field_names_are_overridable(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"headline": "سر", "story": "متن خبر", "abstract": "لید", "when": "2024-01-02", "nid": 9}, ensure_ascii=False), encoding="utf-8")
    fields = Fields.override(title="headline", text="story", date="when", id="nid")
    rec = one(read_file(p, fields))
    assert (rec.title, rec.text, rec.published, rec.record_id) == ("سر", "سر\n\nمتن خبر", "2024-01-02", "9")
    assert Fields.override(text="a, b").text == ("a", "b")


# ------------------------------------------------------------------------------ CSV


def test_csv_rows_columns_and_errors(tmp_path):
    p = tmp_path / "news.csv"
    p.write_bytes(("\ufeffid,Title,body,date\n"
                   f"7,{TITLE},\"{BODY}\",1402-05-21\n"
                   "\n"
                   "8,خالی,,\n"
                   "9,a,b,c,d\n").encode("utf-8"))
    recs = list(read_file(p, source="news.csv"))
    assert [r.source for r in recs] == ["news.csv#row=1", "news.csv#row=2", "news.csv#row=3"]
    assert (recs[0].record_id, recs[0].title, recs[0].text, recs[0].published) == ("7", TITLE, f"{TITLE}\n\n{BODY}", "1402-05-21")
    assert recs[1].error.startswith("the record has no text")
    assert recs[2].error == "row 3: 5 cells but the header names 4 columns"


def test_csv_in_windows_1256_with_semicolons_and_a_column_override(tmp_path):
    p = tmp_path / "old.csv"
    p.write_bytes("عنوان;متن\nخبر;متن قديمي\n".encode("cp1256"))
    rec = one(read_file(p, Fields.override(title="عنوان", text="متن"), source="old.csv"))
    assert (rec.title, rec.text, rec.encoding) == ("خبر", "خبر\n\nمتن قديمي", "Windows-1256")


def test_tsv_and_header_only_csv(tmp_path):
    (tmp_path / "a.tsv").write_text("title\ttext\nت\tمتن، با ویرگول\n", encoding="utf-8")
    (tmp_path / "h.csv").write_text("title,text\n", encoding="utf-8")
    assert one(read_file(tmp_path / "a.tsv")).text == "ت\n\nمتن، با ویرگول"
    assert one(read_file(tmp_path / "h.csv")).error == "the CSV file has a header but no rows"


# ------------------------------------------------------------------------------ HTML

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title> استاندار قم:  صنایع کوچک </title>
<style>p { color: red }</style><script>var s = "<p>اسکریپت</p>";</script></head>
<body><header><p>سرصفحه سایت</p></header><nav><ul><li>خانه</li><li>ورزش</li></ul></nav>
<div class="main-menu"><p>منوی بالا</p></div>
<article><h1>استاندار قم: صنایع کوچک</h1><p>ایرنا/ قم - ایرنا - استاندار قم<br>در پیامی
 تاکید کرد &amp; گفت.</p><p>گفتنی است <b>۴۱ درصد</b> اقتصاد قم صنعتی است.</p>
<script>document.write("تبلیغ")</script><ul><li>شکوهیه</li><li>الغدیر</li></ul></article>
<aside><p>اخبار مرتبط</p></aside><footer><p>کلیه حقوق محفوظ است</p></footer></body></html>"""


def test_html_title_and_paragraphs_only(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    rec = one(read_file(p, source="page.html"))
    assert rec.title == "استاندار قم: صنایع کوچک"
    assert rec.text == ("استاندار قم: صنایع کوچک\n\nایرنا/ قم - ایرنا - استاندار قم\nدر پیامی تاکید کرد & گفت.\n"
                        "گفتنی است ۴۱ درصد اقتصاد قم صنعتی است.\nشکوهیه\nالغدیر")


def test_html_without_paragraph_tags_and_without_text(tmp_path):
    (tmp_path / "divs.htm").write_text("<html><body><div>خط اول</div><div>خط دوم<br>خط سوم</div></body></html>", encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><head><title>فقط عنوان</title><script>x()</script></head><body></body></html>", encoding="utf-8")
    rec = one(read_file(tmp_path / "divs.htm"))
    assert (rec.title, rec.text) == ("", "خط اول\nخط دوم\nخط سوم")
    bad = one(read_file(tmp_path / "empty.html"))
    assert bad.title == "فقط عنوان" and bad.error.startswith("the HTML page has no article text")


def test_html_in_windows_1256(tmp_path):
    p = tmp_path / "old.html"
    p.write_bytes('<html><head><meta charset="windows-1256"><title>خبر</title></head><body><p>متن قديمي</p></body></html>'.encode("cp1256"))
    rec = one(read_file(p))
    assert (rec.text, rec.encoding) == ("خبر\n\nمتن قديمي", "Windows-1256")


# ------------------------------------------------------------------------------ inputs


def test_folders_are_walked_sorted_and_recursively_globs_work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("b/z.txt", "b/a/y.txt", "a.txt", ".hidden.txt", "b/.git/config", "c.html"):
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"عنوان\n\n{name}", encoding="utf-8")
    sources = [r.source for r in read_inputs(["in"])]
    assert sources == ["in/a.txt", "in/b/a/y.txt", "in/b/z.txt", "in/c.html"]
    assert [r.source for r in read_inputs(["in/**/*.txt"])] == ["in/a.txt", "in/b/a/y.txt", "in/b/z.txt"]
    # The same file named twice is read once.
    assert [r.source for r in read_inputs(["in/a.txt", "in"])] == sources
    # The output folder is not an input.
    assert [r.source for r in read_inputs(["in"], exclude=[tmp_path / "in" / "b"])] == ["in/a.txt", "in/c.html"]
    assert [r.source for r in read_inputs(["in/*"], exclude=[tmp_path / "in" / "b"])] == ["in/a.txt", "in/c.html"]


def test_a_symlink_loop_is_walked_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text("متن", encoding="utf-8")
    (tmp_path / "in" / "sub" / "loop").symlink_to(tmp_path / "in")
    assert [r.source for r in read_inputs(["in"])] == ["in/sub/a.txt"]


def test_missing_inputs_become_error_records(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    recs = list(read_inputs(["nope", "*.jsonl"]))
    assert [(r.source, r.error) for r in recs] == [("nope", "no such file or folder"), ("*.jsonl", "no file matches this pattern")]


def test_unknown_extensions_are_sniffed(tmp_path):
    (tmp_path / "page").write_text("<!doctype html><html><body><p>متن</p></body></html>", encoding="utf-8")
    (tmp_path / "data.dat").write_text('[{"text": "یک"}]', encoding="utf-8")
    (tmp_path / "note").write_text("عنوان\nمتن", encoding="utf-8")
    assert one(read_file(tmp_path / "page")).text == "متن"
    assert [r.text for r in read_file(tmp_path / "data.dat", source="d")] == ["یک"]
    assert one(read_file(tmp_path / "note")).title == "عنوان"


def test_doc_ids_are_stable_and_differ_between_copies(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "sub/a.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    first = [r.doc_id for r in read_inputs(["."])]
    again = [r.doc_id for r in read_inputs(["."])]
    assert first == again and len(set(first)) == 2
    assert first[0] == readers.doc_id("a.txt") == "dcfc7b4885384957a"
