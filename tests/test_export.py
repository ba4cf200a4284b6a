"""Exports read back: JSON Lines to the same tables as CSV, displaCy's manual format, GeoJSON,
doccano and Label Studio."""
from __future__ import annotations

import json

import pandas.testing as pdt
import pytest

import pipeline
from pipeline import cli, export
from pipeline.records import TABLE_NAMES


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    return pipeline.process(seed_text, doc_id="seed", meta={"source": "seed.txt", "title": "عنوان"})


@pytest.fixture()
def inputs(tmp_path, seed_text):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(seed_text, encoding="utf-8")
    (folder / "b.txt").write_text("  \n", encoding="utf-8")  # an error row
    (folder / "c.jsonl").write_text(
        json.dumps({"id": 1, "title": "خبر", "text": "در استان‌های تهران، اصفهان و فارس ۱۰ تا ۱۵ هزار نفر «کار» کردند"},
                   ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    return folder


def test_jsonl_reads_back_to_the_csv_tables(tmp_path, inputs):
    assert cli.main(["run", str(inputs), "--out", str(tmp_path / "csv"), "-j", "1", "-q"]) == 2
    assert cli.main(["run", str(inputs), "--out", str(tmp_path / "jl"), "-j", "1", "-q", "--format", "jsonl"]) == 2
    assert sorted(p.name for p in (tmp_path / "jl").iterdir()) == ["documents.jsonl"]
    csv_tables = export.read_tables(tmp_path / "csv")
    jsonl_tables = export.read_tables(tmp_path / "jl")
    for name in TABLE_NAMES:
        pdt.assert_frame_equal(csv_tables[name], jsonl_tables[name], obj=name)
    assert len(csv_tables["documents"]) == 4 and len(csv_tables["lists"]) > 0
    # each line is one document with its original text; offsets index that text
    for obj in export.iter_jsonl(tmp_path / "jl" / "documents.jsonl"):
        if obj["status"] != "ok":
            assert obj["original"] is None
            continue
        for table in ("entities", "numbers", "places"):
            for r in obj[table]:
                assert obj["original"][r["start"]:r["end"]] == r["text"]
        for lst in obj["lists"]:
            for item in lst["items"]:
                assert obj["original"][item["start"]:item["end"]] == item["text"]


def test_jsonl_resume_after_a_cut_line(tmp_path, inputs):
    out = tmp_path / "jl"
    cli.main(["run", str(inputs), "--out", str(out), "-j", "1", "-q", "--format", "jsonl"])
    whole = (out / "documents.jsonl").read_bytes()
    lines = whole.splitlines(keepends=True)
    (out / "documents.jsonl").write_bytes(b"".join(lines[:2]) + lines[2][:40])  # killed mid-line
    cli.main(["run", str(inputs), "--out", str(out), "-j", "1", "-q", "--format", "jsonl", "--resume"])
    assert (out / "documents.jsonl").read_bytes() == whole


def test_displacy_manual_format(seed_doc):
    data = export.displacy(seed_doc)
    # https://spacy.io/usage/visualizers#manual-usage: {"text": str, "ents": [{"start", "end", "label"}], "title": str|None}
    assert set(data) == {"text", "ents", "title"}
    assert data["text"] == seed_doc.original and isinstance(data["title"], str)
    assert len(data["ents"]) == len(seed_doc.entities)
    last = 0
    for ent in data["ents"]:
        assert set(ent) == {"start", "end", "label"}
        assert isinstance(ent["start"], int) and isinstance(ent["end"], int) and isinstance(ent["label"], str)
        assert last <= ent["start"] < ent["end"] <= len(data["text"])  # sorted, no overlap
        last = ent["end"]
    both = export.displacy(seed_doc, tables=("entities", "places", "numbers"))
    assert len(both["ents"]) >= len(data["ents"])
    json.dumps(data)


def test_geojson_is_valid_rfc7946(seed_doc):
    fc = export.geojson([seed_doc])
    json.dumps(fc, allow_nan=False)
    assert fc["type"] == "FeatureCollection" and isinstance(fc["features"], list) and fc["features"]
    for f in fc["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        g = f["geometry"]
        assert g["type"] == "Point" and len(g["coordinates"]) == 2
        lon, lat = g["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    qom = next(f for f in fc["features"] if f["properties"]["place_id"] == "ir:province:125")
    assert qom["geometry"]["coordinates"] == pytest.approx([50.87594, 34.63994])  # [lon, lat]
    assert qom["properties"]["mentions"] == sum(p.place_id == "ir:province:125" for p in seed_doc.places)
    per = export.geojson([seed_doc], per_mention=True)
    assert len(per["features"]) + per["skipped"] == len(seed_doc.places)
    # the places table gives the same collection
    from pipeline.records import to_frames

    from_table = export.geojson(to_frames([seed_doc])["places"])
    assert [f["properties"]["place_id"] for f in from_table["features"]] == [f["properties"]["place_id"] for f in fc["features"]]


def test_doccano_and_label_studio(seed_doc):
    line = export.doccano(seed_doc)
    assert line["text"] == seed_doc.original and line["doc_id"] == "seed"
    labels = line["label"]
    n_items = sum(len(lst.items) or 1 for lst in seed_doc.lists)
    assert len(labels) <= (len(seed_doc.entities) + len(seed_doc.places) + len(seed_doc.numbers) + n_items
                           + len(seed_doc.quotes) + len(seed_doc.facts))
    for s, e, lab in labels:
        assert 0 <= s < e <= len(line["text"]) and isinstance(lab, str)
    assert {lab for *_, lab in labels} >= {"ORG", "PLACE", "LIST_ITEM"}
    task = export.label_studio(seed_doc)
    assert task["data"]["text"] == seed_doc.original
    (pred,) = task["predictions"]
    assert len(pred["result"]) == len(labels)
    config = export.label_studio_config()
    for r in pred["result"]:
        assert r["type"] == "labels" and r["from_name"] == "label" and r["to_name"] == "text"
        v = r["value"]
        assert seed_doc.original[v["start"]:v["end"]] == v["text"]
        assert f'value="{v["labels"][0]}"' in config
    json.dumps(task)
