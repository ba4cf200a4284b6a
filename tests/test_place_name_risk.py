"""pipeline/data/place_name_risk.tsv: one-word place names that are also frequent hazm words.
Reads only the data files (plain csv)."""
from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"
PATH = DATA / "place_name_risk.tsv"


def _rows() -> list[dict]:
    with PATH.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_small_sorted_and_well_formed():
    rows = _rows()
    assert PATH.stat().st_size < 50_000 and 50 <= len(rows) <= 1000
    counts = [int(r["hazm_count"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))
    for r in rows:
        assert " " not in r["name"] and r["non_noun"] in {"0", "1"} and r["place_ids"], r
        assert len(r["place_ids"].split("|")) <= 3


def test_known_double_meanings_are_listed():
    names = {r["name"] for r in _rows()}
    for name in ("هند", "چین", "مصر", "بهار", "نور", "گلستان", "مرند"):
        assert name in names, name


def test_every_place_id_exists_in_a_place_table():
    ids = set()
    for table in ("gazetteer.tsv", "world_places.tsv"):
        with (DATA / table).open(encoding="utf-8", newline="") as fh:
            ids |= {r["place_id"] for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}
    for r in _rows():
        assert set(r["place_ids"].split("|")) <= ids, r
