"""Issue 17: nothing a reader can meet stops a run. Each hostile input is confined to its own
record (or file) and comes back as an error row naming the file and the position in it."""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from pipeline import paths, readers
from pipeline.readers import read_file, read_inputs

ARTICLE = "استاندار قم: صنایع کوچک پیشران توسعه است\n\nایرنا/ قم - ایرنا - استاندار قم در پیامی تاکید کرد که ۴۱ درصد اقتصاد قم صنعتی است.\n"


def sources_errors(recs):
    return [(r.source, r.error) for r in recs]


def test_half_a_surrogate_pair_in_json_is_replaced_and_counted(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text('{"title": "a\\ud83d", "text": "\\ud83d متن"}\n{"text": "خوب"}\n', encoding="utf-8")
    first, second = read_file(p, source="s.jsonl")
    assert first.error == "" and first.text == "a\ufffd\n\n\ufffd متن" and first.title == "a\ufffd"
    assert first.warning == "damaged text: 2 half surrogate pairs replaced by U+FFFD"
    first.text.encode("utf-8")  # writable
    assert second.text == "خوب" and second.warning == ""


def test_a_file_name_that_is_not_utf8(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkdir(b"in")
    with open(b"in/bad\xff.txt", "wb") as fh:
        fh.write(ARTICLE.encode("utf-8"))
    (rec,) = read_inputs(["in"])
    assert rec.source == "in/bad\\xff.txt" and rec.error == ""
    rec.source.encode("utf-8")


def test_a_4301_digit_number_and_deep_nesting_cost_one_line(tmp_path):
    p = tmp_path / "n.jsonl"
    lines = ['{"text": "x", "n": ' + "1" * 4301 + "}",
             '{"text": ' + "[" * 400 + '"عمیق"' + "]" * 400 + "}",
             '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
             '{"text": "آخر"}']
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = list(read_file(p, source="n.jsonl"))
    assert sources_errors(recs) == [
        ("n.jsonl#line=1", "line 1: malformed JSON: a number with more than 4,300 digits"),
        ("n.jsonl#line=2", ""),
        ("n.jsonl#line=3", "line 3: JSON nested too deeply"),
        ("n.jsonl#line=4", ""),
    ]
    assert recs[1].text == "عمیق"
    big = tmp_path / "big.json"
    big.write_text('{"text": "x", "n": ' + "9" * 5000 + "}", encoding="utf-8")
    assert sources_errors(read_file(big, source="big.json")) == [("big.json", "malformed JSON: a number with more than 4,300 digits")]


def test_symlink_loops_dangling_links_and_special_files_get_rows(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "loop1").symlink_to("loop2")
    (tmp_path / "in" / "loop2").symlink_to("loop1")
    (tmp_path / "in" / "self").symlink_to(tmp_path / "in")  # a folder loop: walked once, silently
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "in" / "pipe")  # reading it would block forever
    got = sources_errors(read_inputs(["in"]))
    assert got == [
        ("in/a.txt", ""),
        ("in/gone.txt", f"a dangling symbolic link (to {tmp_path}/nowhere.txt, which does not exist)"),
        ("in/loop1", "a symbolic link loop"),
        ("in/loop2", "a symbolic link loop"),
        ("in/pipe", "not a regular file (a named pipe)"),
    ]


def test_an_unreadable_folder_is_an_error_row_not_a_silent_gap(tmp_path, monkeypatch):
    # Tests run as root, who can read any folder: make scandir refuse one, as it would for a user.
    monkeypatch.chdir(tmp_path)
    for name in ("in/a.txt", "in/locked/b.txt", "in/z.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(paths.os, "scandir", scandir)
    assert sources_errors(read_inputs(["in"])) == [
        ("in/a.txt", ""), ("in/locked", "cannot list this folder: Permission denied"), ("in/z.txt", "")]

    real_stat = os.stat

    def stat(path, *a, **kw):  # a file inside a folder the user may not enter
        if "locked" in str(path):
            raise PermissionError(13, "Permission denied")
        return real_stat(path, *a, **kw)

    monkeypatch.setattr(paths.os, "stat", stat)
    assert sources_errors(read_inputs(["in/locked/b.txt"])) == [("in/locked/b.txt", "cannot read it: Permission denied")]


def test_damaged_utf8_stays_utf8_with_a_warning(tmp_path):
    rng = random.Random(17)
    data = bytearray((ARTICLE * 30).encode("utf-8"))
    for i in range(0, len(data), 50):  # one bad byte in 50
        data[i] = rng.choice([0xFF, 0xFE, 0xC0, 0x80, 0xBF])
    p = tmp_path / "damaged.txt"
    p.write_bytes(bytes(data))
    (rec,) = read_file(p, source="d")
    assert rec.encoding == "UTF-8 (with broken bytes replaced)" and rec.error == ""
    assert "استاندار" in rec.text
    n = rec.text.count("\ufffd")
    assert n > 100 and rec.warning == f"damaged text: {n:,} undecodable bytes replaced by U+FFFD"
    # and the same inside a JSON Lines file
    lines = "\n".join(json.dumps({"text": ARTICLE}, ensure_ascii=False) for _ in range(3)).encode("utf-8")
    lines = lines.replace("صنایع".encode("utf-8"), "صنایع".encode("utf-8")[:3] + b"\xff", 1)
    (tmp_path / "d.jsonl").write_bytes(lines)
    recs = list(read_file(tmp_path / "d.jsonl", source="d.jsonl"))
    assert [r.warning for r in recs] == ["damaged text: 2 undecodable bytes replaced by U+FFFD", "", ""]


def test_windows_1256_is_still_windows_1256():
    text = "استاندار قم در پیامی تاکید کرد که صنایع کوچک پیشران توسعه است. " * 20
    old = text.replace("ی", "ي").replace("ک", "ك")
    assert readers.decode(old.encode("cp1256")) == (old, "Windows-1256")


def test_a_nul_byte_in_one_jsonl_line_is_that_line_only(tmp_path):
    p = tmp_path / "nul.jsonl"
    good = json.dumps({"text": ARTICLE}, ensure_ascii=False).encode("utf-8")
    p.write_bytes(good + b"\n" + b'{"text": "a\x00b"}\n' + good + b"\n")
    assert sources_errors(read_file(p, source="nul.jsonl")) == [
        ("nul.jsonl#line=1", ""), ("nul.jsonl#line=2", "line 2: holds NUL bytes (binary data, not JSON)"), ("nul.jsonl#line=3", "")]


def test_an_unterminated_csv_quote_does_not_swallow_the_rows_after_it(tmp_path):
    p = tmp_path / "q.csv"
    p.write_text('title,text\nیک,"متن اول\nدو,متن دوم\nسه,"متن\nسوم"\nچهار,متن چهارم\n', encoding="utf-8")
    recs = list(read_file(p, source="q.csv"))
    assert sources_errors(recs) == [
        ("q.csv#row=1", "row 1 (line 2): malformed CSV (',' expected after '\"'); the rows after it were read again from line 3"),
        ("q.csv#row=2", ""), ("q.csv#row=3", ""), ("q.csv#row=4", "")]
    assert [r.title for r in recs[1:]] == ["دو", "سه", "چهار"]
    assert recs[2].text == "سه\n\nمتن\nسوم"
    # A quote that is still open at the end of the file.
    p.write_text('title,text\nیک,متن اول\nدو,"متن دوم\nسه,متن سوم\nچهار,متن چهارم\n', encoding="utf-8")
    assert sources_errors(read_file(p, source="q.csv")) == [
        ("q.csv#row=1", ""),
        ("q.csv#row=2", "row 2 (line 3): a quoted cell is never closed; the rows after it were read again from line 4"),
        ("q.csv#row=3", ""), ("q.csv#row=4", "")]


def test_a_file_named_like_a_record_gets_its_own_doc_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.jsonl").write_text(json.dumps({"text": "یک"}, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "m.jsonl#line=1").write_text("دو", encoding="utf-8")
    recs = list(readers.unique_ids(read_inputs(["m.jsonl", "m.jsonl#line=1"])))
    assert [r.source for r in recs] == ["m.jsonl#line=1", "m.jsonl#line=1"]
    assert len({r.doc_id for r in recs}) == 2 and recs[0].doc_id == readers.doc_id("m.jsonl#line=1")
    again = list(readers.unique_ids(read_inputs(["m.jsonl", "m.jsonl#line=1"])))
    assert [r.doc_id for r in again] == [r.doc_id for r in recs]


def test_doc_ids_start_with_a_letter():
    assert readers.doc_id("x") [0] == "d" and len(readers.doc_id("x")) == 17


@pytest.mark.parametrize("page", [
    "<html><body>" + "<p>متن کوتاه " * 40_000 + "</body></html>",
    "<html><body>" + "<div>" * 40_000 + "x" + "</span>" * 40_000,
    "<html><body>" + "<a " * 40_000,
], ids=["unclosed-p", "deep-div-stray-ends", "unclosed-start-tags"])
def test_html_that_was_quadratic_is_read(page, tmp_path):
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    (rec,) = read_file(p, source="page.html")  # minutes before the fix; well under a second now
    assert rec.source == "page.html"


def test_unclosed_paragraphs_read_like_closed_ones():
    closed = readers.html_article("<html><title>ت</title><body><p>یک</p><p>دو</p><div>سه</div><p>چهار</p></body></html>")
    unclosed = readers.html_article("<html><title>ت</title><body><p>یک<p>دو<div>سه</div><p>چهار</body></html>")
    assert closed == unclosed
