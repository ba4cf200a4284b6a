"""pipeline/data/world_places.tsv: countries, capitals, cities, states, regions, seas and Iranian
features the gazetteer lacks. Reads only the data file (plain csv).

Every row has coordinates: no place type here lacks them by nature (regions, seas, rivers and
deserts carry one representative point), so the test allows no exception.
"""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from _geo import name_key

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"
PATH = DATA / "world_places.tsv"
TYPES = {"country", "capital", "city", "state", "continent", "region", "sea", "lake", "river", "mountain",
         "desert", "island"}
# Israel has no capital row: the table files «قدس» under Palestine, as Persian news does.
NO_CAPITAL = {"اسرائیل"}

_key = name_key


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with PATH.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def names(rows) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        for n in [r["name"], *r["variants"].split("|")]:
            if n:
                out.setdefault(_key(n), []).append(r)
    return out


def test_file_is_small_sorted_and_unique(rows):
    assert PATH.stat().st_size < 200_000
    ids = [r["place_id"] for r in rows]
    assert ids == sorted(ids)
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert {r["place_type"] for r in rows} <= TYPES
    for r in rows:
        assert r["name"] and "|" not in r["name"] and r["source"] in {"ne", "mledoze", "csc", "hand"}, r
        assert r["name"] not in r["variants"].split("|"), r


def test_every_row_has_coordinates_in_range(rows):
    for r in rows:
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, r


def test_countries_and_their_capitals(rows):
    countries = {r["name"] for r in rows if r["place_type"] == "country"}
    assert len(countries) >= 190
    capitals = Counter(r["country"] for r in rows if r["place_type"] == "capital")
    missing = sorted(c for c in countries - NO_CAPITAL if capitals[c] == 0)
    assert missing == []
    assert all(c in countries for c in capitals)
    for r in rows:
        if r["place_type"] in ("capital", "city", "state"):
            assert r["country"] in countries, r


def test_iranian_rows_lie_in_iran(rows):
    for r in rows:
        if r["country"] == "ایران" and r["place_type"] != "country":
            assert 24.5 < float(r["lat"]) < 40 and 44 < float(r["lon"]) < 63.5, r


@pytest.mark.parametrize("name, place_type", [
    ("عراق", "country"), ("آمریکا", "country"), ("امریکا", "country"), ("ایالات متحده", "country"),
    ("بغداد", "capital"), ("واشنگتن", "capital"), ("قدس", "capital"), ("کابل", "capital"),
    ("بوکمال", "city"), ("کوفه", "city"), ("کربلا", "city"), ("نجف", "city"), ("سامرا", "city"), ("موصل", "city"),
    ("گوتنبرگ", "city"), ("مالمو", "city"), ("حلب", "city"), ("هرات", "city"), ("دبی", "city"),
    ("نیویورک", "city"), ("لس آنجلس", "city"), ("كربلا", "city"),
    ("کالیفرنیا", "state"), ("آلاسکا", "state"), ("تگزاس", "state"),
    ("خاورمیانه", "region"), ("خاور میانه", "region"), ("قفقاز", "region"), ("بالکان", "region"),
    ("اسکاندیناوی", "region"), ("سیبری", "region"), ("کشمیر", "region"), ("شبه‌جزیره کره", "region"),
    ("شبه جزیره کره", "region"), ("کرانه باختری", "region"), ("نوار غزه", "region"), ("آمریکای لاتین", "region"),
    ("امریکای لاتین", "region"),
    ("اروپا", "continent"), ("آسیا", "continent"), ("آفریقا", "continent"), ("افریقا", "continent"),
    ("خلیج فارس", "sea"), ("دریای خزر", "sea"), ("تنگه هرمز", "sea"), ("دریای عمان", "sea"),
    ("دریاچه ارومیه", "lake"), ("کارون", "river"), ("دجله", "river"), ("دماوند", "mountain"),
    ("کیش", "island"), ("جزیره کیش", "island"), ("جزیره قشم", "island"), ("ابوموسی", "island"),
])
def test_names_news_uses_are_present(names, name, place_type):
    hits = names.get(_key(name), [])
    assert hits, name
    if place_type:
        assert place_type in {r["place_type"] for r in hits}, (name, [r["place_id"] for r in hits])
