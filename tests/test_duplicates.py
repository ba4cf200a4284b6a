"""Duplicates in a batch: the first copy of an article is what every later copy points to."""
from __future__ import annotations

import json

from pipeline.batch import Options, run
from pipeline.duplicates import DuplicateFinder
from pipeline.export import read_tables

STORY = ("استاندار قم در پیامی به مناسبت روز ملی حمایت از صنایع کوچک تاکید کرد که صنایع کوچک پیشران توسعه متوازن "
         "منطقه‌ای و بستری برای اشتغال‌زایی و کارآفرینی هستند و ۴۱ درصد اقتصاد قم به بخش صنعت تعلق دارد.")
OTHER = ("تیم فوتبال استقلال تهران در دیداری حساس مقابل سپاهان اصفهان به برتری دو بر یک رسید و در جدول رده‌بندی "
         "لیگ برتر بالا رفت؛ سرمربی این تیم پس از بازی از عملکرد بازیکنانش ابراز رضایت کرد.")


def test_exact_and_near_copies_point_to_the_first():
    f = DuplicateFinder()
    assert f.see("a", STORY) is None
    assert f.see("b", OTHER) is None
    assert f.see("c", "  " + STORY.replace("ی", "ي") + " ") == "a"  # letters and spacing aside
    long_story = " ".join(f"{STORY} بخش {n}" for n in ("اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم"))
    assert f.see("d", long_story) is None
    # one word changed in a long article: a repost; the same edit in a short one is another text
    assert f.see("e", long_story.replace("بخش هشتم", "قسمت هشتم")) == "d"
    assert f.see("g", OTHER.replace("حساس", "مهم")) is None


def test_a_run_marks_duplicates_the_same_way_with_any_workers_and_on_resume(tmp_path):
    lines = [{"id": "r1", "title": "الف", "text": STORY, "tags": ["صنعت"]},
             {"id": "r2", "title": "ب", "text": OTHER},
             {"id": "r3", "title": "الف", "text": STORY, "tags": ["قم"]}]
    src = tmp_path / "news.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    from pipeline.readers import Fields

    fields = Fields.override(keep="tags")
    one = run([src], Options(out=tmp_path / "one", workers=1, progress=False, fields=fields))
    two = run([src], Options(out=tmp_path / "two", workers=2, progress=False, fields=fields))
    assert one.ok == two.ok == 3
    docs = read_tables(tmp_path / "one")["documents"]
    assert list(docs["record_id"]) == ["r1", "r2", "r3"]
    first = docs["doc_id"][0]
    assert [x if isinstance(x, str) else None for x in docs["duplicate_of"]] == [None, None, first]
    assert json.loads(docs["kept"][2]) == {"tags": ["قم"]}
    assert (tmp_path / "one" / "documents.csv").read_bytes() == (tmp_path / "two" / "documents.csv").read_bytes()
    # a run stopped after the first two, then resumed on all three: the third still points to the first
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines[:2]) + "\n", encoding="utf-8")
    run([src], Options(out=tmp_path / "three", workers=1, progress=False, fields=fields))
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    resumed = run([src], Options(out=tmp_path / "three", workers=1, progress=False, fields=fields, resume=True))
    assert (resumed.ok, resumed.skipped) == (1, 2)
    assert (tmp_path / "three" / "documents.csv").read_bytes() == (tmp_path / "one" / "documents.csv").read_bytes()
