"""pipeline/data/provinces.geojson: 31 valid province shapes that join to gazetteer.tsv on place_id.

Reads only the data files (plain json/csv), so it holds whatever the places stage's code looks like.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from _geo import inside, km_to_boundary

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"
SHAPES = DATA / "provinces.geojson"


@pytest.fixture(scope="module")
def shapes() -> dict:
    return json.loads(SHAPES.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gazetteer_provinces() -> dict[str, dict]:
    with (DATA / "gazetteer.tsv").open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {r["place_id"]: r for r in rows if r["place_type"] == "province"}


def _rings(feature):
    for poly in feature["geometry"]["coordinates"]:
        yield from poly


def _inside(lon: float, lat: float, feature) -> bool:
    return inside(list(_rings(feature)), lon, lat)


def _km_to_boundary(lon: float, lat: float, feature) -> float:
    return km_to_boundary(list(_rings(feature)), lon, lat)


def test_size_and_count(shapes):
    assert SHAPES.stat().st_size < 200_000
    assert shapes["type"] == "FeatureCollection"
    assert len(shapes["features"]) == 31
    assert "OpenStreetMap" in shapes["attribution"]  # ODbL credit travels with the file


def test_geometry_is_valid_geojson(shapes):
    for f in shapes["features"]:
        assert f["type"] == "Feature"
        assert f["geometry"]["type"] == "MultiPolygon"
        assert f["geometry"]["coordinates"], f["properties"]
        for poly in f["geometry"]["coordinates"]:
            assert poly, f["properties"]
            for ring in poly:
                assert len(ring) >= 4
                assert ring[0] == ring[-1]
                for lon, lat in ring:
                    assert 43.0 < lon < 64.0 and 24.0 < lat < 40.5


def test_every_shape_joins_to_one_gazetteer_province(shapes, gazetteer_provinces):
    ids = [f["properties"]["place_id"] for f in shapes["features"]]
    assert sorted(ids) == sorted(gazetteer_provinces)
    for f in shapes["features"]:
        assert f["properties"]["name"] == gazetteer_provinces[f["properties"]["place_id"]]["name"]


def test_gazetteer_province_point_lies_in_its_own_shape(shapes, gazetteer_provinces):
    # the gazetteer's province point is sometimes the capital city near a border: allow 10 km
    for f in shapes["features"]:
        row = gazetteer_provinces[f["properties"]["place_id"]]
        lon, lat = float(row["lon"]), float(row["lat"])
        assert _inside(lon, lat, f) or _km_to_boundary(lon, lat, f) < 10, row["name"]


def test_points_fall_in_no_other_province(shapes, gazetteer_provinces):
    # simplification must not make neighbours overlap where the points are
    for f in shapes["features"]:
        row = gazetteer_provinces[f["properties"]["place_id"]]
        lon, lat = float(row["lon"]), float(row["lat"])
        others = [g["properties"]["name"] for g in shapes["features"] if g is not f and _inside(lon, lat, g)]
        assert others == [], (row["name"], others)
