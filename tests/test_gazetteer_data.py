"""pipeline/data/gazetteer.tsv as data: one table for Iran's divisions and the world, with points a
map can use. Reads only the data file (plain csv), so it holds whatever the places stage's code
looks like; the rebuild test runs scripts/build_gazetteer.py when its fetched sources are present.
"""
from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from _geo import inside, km_to_boundary, name_key

ROOT = Path(__file__).resolve().parents[1]
PATH = ROOT / "pipeline" / "data" / "gazetteer.tsv"
COLUMNS = ["place_id", "name", "place_type", "province", "county", "country", "lat", "lon", "wikidata",
           "needs_cue", "variants", "population", "province_id", "capital"]
TYPES = {"country", "province", "county", "city", "port", "district", "rural_district", "region", "sea", "other"}
IRAN_BBOX = (24.8, 40.0, 44.0, 63.5)  # lat min/max, lon min/max of Iran with its islands
MIRROR = Path("/work/.mirror")
SOURCES = [MIRROR / "dr5hn+countries-states-cities-database" / "repo",
           MIRROR / "masterking32+iran-states-cities-districts" / "repo", ROOT.parent / "shared" / "data" / "gazetteer"]

_key = name_key


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def _iranian(r: dict) -> bool:
    return r["place_id"].startswith("ir:") or (r["country"] == "ایران" and r["place_type"] != "country")


def test_size_ids_and_types(rows):
    assert PATH.stat().st_size < 1_500_000
    ids = [r["place_id"] for r in rows]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert {r["place_type"] for r in rows} <= TYPES
    for r in rows:
        assert r["name"] and "|" not in r["name"], r
        assert r["needs_cue"] in {"0", "1", "2", "3"}, r
        assert r["capital"] in {"", "1"}, r
        assert r["population"] == "" or r["population"].isdigit(), r
        assert (r["lat"] == "") == (r["lon"] == ""), r


def test_existing_ids_are_kept(rows):
    ids = {r["place_id"] for r in rows}
    for pid in ("country:IR", "country:IQ", "ir:province:125", "ir:province:123", "city:IQ:کربلا"):
        assert pid in ids


def test_coordinates_in_range(rows):
    for r in rows:
        if r["lat"]:
            lat, lon = float(r["lat"]), float(r["lon"])
            assert -90 <= lat <= 90 and -180 <= lon <= 180, r
            if _iranian(r):
                assert IRAN_BBOX[0] <= lat <= IRAN_BBOX[1] and IRAN_BBOX[2] <= lon <= IRAN_BBOX[3], r


def test_every_country_province_and_county_has_a_point(rows):
    missing = [r["place_id"] for r in rows if r["place_type"] in ("country", "province", "county") and not r["lat"]]
    assert missing == []


def test_most_cities_have_a_point(rows):
    for scope in (_iranian, lambda r: not _iranian(r)):
        cities = [r for r in rows if r["place_type"] in ("city", "port") and scope(r)]
        located = sum(bool(r["lat"]) for r in cities)
        assert cities and located / len(cities) >= 0.95, (located, len(cities))


def test_iranian_rows_have_an_existing_province_id(rows):
    provinces = {r["place_id"] for r in rows if r["place_type"] == "province"}
    assert len(provinces) == 31
    for r in rows:
        if _iranian(r):
            assert r["province_id"] in provinces, r
        else:
            assert r["province_id"] == "", r


def test_province_names_match_province_ids(rows):
    name_of = {r["place_id"]: r["name"] for r in rows if r["place_type"] == "province"}
    for r in rows:
        if r["province_id"]:
            assert r["province"] == name_of[r["province_id"]], r


@pytest.mark.parametrize("name, place_type", [
    ("بوکمال", "city"), ("گوتنبرگ", "city"), ("مالمو", "city"), ("کوفه", "city"), ("آلاسکا", "region"),
    ("خاورمیانه", "region"), ("جزیره کیش", "other"), ("خلیج فارس", "sea"), ("دریاچه ارومیه", "sea"),
    ("کارون", "other"), ("دماوند", "other"), ("اروپا", "region"), ("بغداد", "city"), ("كربلا", "city"),
    ("تهران", "city"), ("ایالات متحده", "country"), ("کیش", "city"),
])
def test_world_and_iran_names_present(rows, name, place_type):
    hits = [r for r in rows if _key(name) in {_key(s) for s in [r["name"], *r["variants"].split("|")] if s}]
    assert place_type in {r["place_type"] for r in hits}, (name, [(r["place_id"], r["place_type"]) for r in hits])


def test_capitals_are_cities_and_flagged(rows):
    capitals = [r for r in rows if r["capital"] == "1"]
    assert len(capitals) >= 190
    assert {r["place_type"] for r in capitals} == {"city"}
    tehran = [r for r in rows if r["name"] == "تهران" and r["place_type"] == "city"]
    assert len(tehran) == 1 and tehran[0]["capital"] == "1" and tehran[0]["place_id"].startswith("ir:city:")


def test_one_row_per_country(rows):
    countries = Counter(r["name"] for r in rows if r["place_type"] == "country")
    assert [n for n, c in countries.items() if c > 1] == []
    assert len(countries) >= 195


def test_known_points(rows):
    """A few towns the older coordinate list had far off (Babol at Babylon, Semnan 90 km east)."""
    want = {"بابل": (36.54, 52.68), "سمنان": (35.58, 53.39), "بیجار": (35.87, 47.60), "کرمان": (30.29, 57.07),
            "بم": (29.11, 58.36)}
    for r in rows:
        if r["place_id"].startswith("ir:city:") and r["name"] in want:
            lat, lon = want[r["name"]]
            assert abs(float(r["lat"]) - lat) < 0.1 and abs(float(r["lon"]) - lon) < 0.1, r


@pytest.mark.skipif(not all(p.exists() for p in SOURCES), reason="fetched sources not on this machine")
def test_rebuild_gives_identical_bytes(tmp_path):
    out = tmp_path / "gazetteer.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--out", str(out)], check=True,
                   capture_output=True, cwd=ROOT)
    assert out.read_bytes() == PATH.read_bytes()


def test_iranian_points_lie_in_their_province(rows):
    """Every Iranian point within 25 km of its province's shape (pipeline/data/provinces.geojson),
    so a same-named town elsewhere never lends its point. Ray casting written here on purpose."""
    import json

    shapes = {f["properties"]["place_id"]: [ring for poly in f["geometry"]["coordinates"] for ring in poly]
              for f in json.loads((PATH.parent / "provinces.geojson").read_text(encoding="utf-8"))["features"]}

    def km_outside(rings, lat, lon):
        return 0.0 if inside(rings, lon, lat) else km_to_boundary(rings, lon, lat)

    distances = [(r, km_outside(shapes[r["province_id"]], float(r["lat"]), float(r["lon"])))
                 for r in rows if r["place_id"].startswith("ir:") and r["lat"]]
    far = [(r["place_id"], r["name"], round(km)) for r, km in distances if km > 25]
    assert far == []
