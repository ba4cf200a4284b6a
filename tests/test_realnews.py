"""The real-news gold stays usable: every judged article rebuilds to the text that was judged, every
record the judges saw has one verdict, and every item they found missing is located in the text."""
from __future__ import annotations

import json

import pytest

from conftest import load_script


def _bench():
    return load_script("benchmarks/bench_realnews.py", "realnews_bench")


def test_articles_are_drawn_half_dev_half_test_from_both_sites_then_disjoint_holdouts():
    rows = _bench().articles("all")
    assert len(rows) == 1272
    assert len({r["id"] for r in rows}) == 1272
    for site in ("fars-news", "varzesh3"):
        mine = [r for r in rows if r["id"].startswith(site)]
        assert [sum(r["split"] == s for r in mine) for s in ("dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
                                                   "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25")] == [324] + [12] * 26
    assert len(_bench().articles("unseen")) == 624
    assert {r["draw"] for r in _bench().articles("holdout2")} == {"5"}
    assert {r["draw"] for r in _bench().articles("holdout3")} == {"6"}
    assert {r["draw"] for r in _bench().articles("holdout4")} == {"8"}
    assert {r["draw"] for r in _bench().articles("holdout5")} == {"10"}
    assert {r["draw"] for r in _bench().articles("holdout6")} == {"12"}
    assert {r["draw"] for r in _bench().articles("holdout7")} == {"14"}
    assert {r["draw"] for r in _bench().articles("holdout8")} == {"16"}
    assert {r["draw"] for r in _bench().articles("holdout9")} == {"18"}
    assert {r["draw"] for r in _bench().articles("holdout10")} == {"20"}
    assert {r["draw"] for r in _bench().articles("holdout11")} == {"22"}
    assert {r["draw"] for r in _bench().articles("holdout12")} == {"24"}
    assert {r["draw"] for r in _bench().articles("holdout13")} == {"26"}
    assert {r["draw"] for r in _bench().articles("holdout14")} == {"28"}
    assert {r["draw"] for r in _bench().articles("holdout15")} == {"30"}
    assert {r["draw"] for r in _bench().articles("holdout16")} == {"32"}
    assert {r["draw"] for r in _bench().articles("holdout17")} == {"34"}
    assert {r["draw"] for r in _bench().articles("holdout18")} == {"35"}
    assert {r["draw"] for r in _bench().articles("holdout19")} == {"36"}
    assert {r["draw"] for r in _bench().articles("holdout20")} == {"39"}
    assert {r["draw"] for r in _bench().articles("holdout21")} == {"42"}
    assert {r["draw"] for r in _bench().articles("holdout22")} == {"45"}
    assert {r["draw"] for r in _bench().articles("holdout23")} == {"48"}
    assert {r["draw"] for r in _bench().articles("holdout24")} == {"51"}
    assert {r["draw"] for r in _bench().articles("holdout25")} == {"52"}
    assert {r["draw"] for r in _bench().articles("dev3")} == {"4"} and len(_bench().articles("dev3")) == 24
    assert {r["draw"] for r in _bench().articles("dev4")} == {"7"} and len(_bench().articles("dev4")) == 24
    assert {r["draw"] for r in _bench().articles("dev5")} == {"9"} and len(_bench().articles("dev5")) == 24
    assert {r["draw"] for r in _bench().articles("dev6")} == {"11"} and len(_bench().articles("dev6")) == 24
    assert {r["draw"] for r in _bench().articles("dev7")} == {"13"} and len(_bench().articles("dev7")) == 24
    assert {r["draw"] for r in _bench().articles("dev8")} == {"15"} and len(_bench().articles("dev8")) == 24
    assert {r["draw"] for r in _bench().articles("dev9")} == {"17"} and len(_bench().articles("dev9")) == 24
    assert {r["draw"] for r in _bench().articles("dev10")} == {"19"} and len(_bench().articles("dev10")) == 24
    assert {r["draw"] for r in _bench().articles("dev11")} == {"21"} and len(_bench().articles("dev11")) == 24
    assert {r["draw"] for r in _bench().articles("dev12")} == {"23"} and len(_bench().articles("dev12")) == 24
    assert {r["draw"] for r in _bench().articles("dev13")} == {"25"} and len(_bench().articles("dev13")) == 24
    assert {r["draw"] for r in _bench().articles("dev14")} == {"27"} and len(_bench().articles("dev14")) == 24
    assert {r["draw"] for r in _bench().articles("dev15")} == {"29"} and len(_bench().articles("dev15")) == 24
    assert {r["draw"] for r in _bench().articles("dev16")} == {"31"} and len(_bench().articles("dev16")) == 24
    assert {r["draw"] for r in _bench().articles("dev17")} == {"33"} and len(_bench().articles("dev17")) == 24
    assert {r["draw"] for r in _bench().articles("dev18")} == {"37"} and len(_bench().articles("dev18")) == 24
    assert {r["draw"] for r in _bench().articles("dev19")} == {"38"} and len(_bench().articles("dev19")) == 24
    assert {r["draw"] for r in _bench().articles("dev20")} == {"40"} and len(_bench().articles("dev20")) == 24
    assert {r["draw"] for r in _bench().articles("dev21")} == {"41"} and len(_bench().articles("dev21")) == 24
    assert {r["draw"] for r in _bench().articles("dev22")} == {"43"} and len(_bench().articles("dev22")) == 24
    assert {r["draw"] for r in _bench().articles("dev23")} == {"44"} and len(_bench().articles("dev23")) == 24
    assert {r["draw"] for r in _bench().articles("dev24")} == {"46"} and len(_bench().articles("dev24")) == 24
    assert {r["draw"] for r in _bench().articles("dev25")} == {"47"} and len(_bench().articles("dev25")) == 24
    assert {r["draw"] for r in _bench().articles("dev26")} == {"49"} and len(_bench().articles("dev26")) == 24
    assert {r["draw"] for r in _bench().articles("dev27")} == {"50"} and len(_bench().articles("dev27")) == 24


def test_every_judged_article_has_a_complete_consistent_gold(shared_data):
    bench = _bench()
    judged = [r for r in bench.articles("all") if (bench.HERE / "verdicts" / f"{r['id']}.jsonl").exists()]
    assert len(judged) >= 40
    for row in judged:
        text = bench.load_text(row)  # raises when the text no longer matches its judged hash
        gold, problems = bench.gold_of(row["id"], text)
        assert problems == [], problems
        for table, items in gold.items():
            for g in items:
                assert text[g["start"]:g["end"]] == g["text"]
                assert g["text"].strip() == g["text"] and g["text"], (row["id"], table, g)


def test_verdict_lines_use_the_documented_vocabulary():
    bench = _bench()
    for path in sorted(p for p in (bench.HERE / "verdicts").glob("*.jsonl") if not p.name.endswith(".qf.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            v = json.loads(line)
            assert v["verdict"] in ("ok", "partial", "wrong", "missed"), (path.name, v)
            if v["verdict"] == "missed":
                assert v["table"] in bench.TABLES and v["text"], (path.name, v)
            if v["verdict"] in ("partial", "wrong", "missed"):
                assert v.get("note", "").startswith("["), (path.name, v)


@pytest.mark.parametrize("fields,same", [
    ({"name": "كرج", "place_type": "city", "province": "البرز", "country": "ایران"}, True),
    ({"name": "کرج", "place_type": "county", "province": "البرز", "country": "ایران"}, False),
    ({"name": "کرج", "place_type": "city", "province": "تهران", "country": "ایران"}, False),
])
def test_place_keys_compare_referent_type_and_province(fields, same):
    bench = _bench()
    gold = {"name": "کرج", "place_type": "city", "province": "البرز", "country": "ایران", "lat": 35.9}
    assert (bench._key("places", fields) == bench._key("places", gold)) is same


def test_every_article_has_complete_quote_and_fact_verdicts(shared_data):
    qf = load_script("benchmarks/bench_realnews_qf.py", "realnews_qf")  # it imports its sibling
    bench = _bench()
    rows = bench.articles("all")
    assert all((bench.HERE / "verdicts" / f"{r['id']}.qf.jsonl").exists() for r in rows)
    for row in rows:
        quotes, facts, problems = qf.gold_of(row["id"], bench.load_text(row))
        assert problems == [], problems
