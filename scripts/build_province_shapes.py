"""Build pipeline/data/provinces.geojson: Iran's 31 provinces, simplified for a map, keyed like the gazetteer.

Source (read from ../shared/data/gazetteer, never copied into the repository):
- iran-provinces-osm/provinces.min.geojson: province boundaries at full OpenStreetMap detail
  (MultiPolygon, `name:fa`, `name:en`), collected by github.com/hosseinhabibi2004/iran-geojson at
  890ff6c. Boundaries © OpenStreetMap contributors, ODbL 1.0: the output is ODbL too and must
  carry that credit.

What the build does, and why:
- Douglas–Peucker simplification (written here) with a 1 km tolerance on a local equirectangular
  projection, so the tolerance means the same distance east-west as north-south.
- Simplification runs on shared arcs, not whole rings: a border two provinces share (the same OSM
  vertices) is cut at the points where the set of provinces a vertex belongs to changes, simplified
  once, and reused by both provinces, so neighbours still meet without slivers or gaps where the
  source shares vertices.
- Coordinates are rounded to 3 decimals (about 100 m, well under the 1 km tolerance).
- Parts (islands) smaller than MIN_PART_KM2 are dropped, but a province's largest part is always kept.
- Each feature carries the gazetteer's `place_id` (`ir:province:NNN`) and Persian `name` exactly as in
  pipeline/data/gazetteer.tsv, plus `name_en` from OSM, so place rows join to shapes on place_id.
- Output is deterministic: features sorted by place_id, one feature a line, fixed number formatting.

Usage: python scripts/build_province_shapes.py [--shared ../shared/data] [--out pipeline/data/provinces.geojson]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from placedata_common import DATA, ROOT, fmt_coord, key, read_gazetteer  # noqa: E402

SOURCE = Path("gazetteer/iran-provinces-osm/provinces.min.geojson")
TOLERANCE_KM = 1.0
MIN_PART_KM2 = 10.0
DIGITS = 3
# Iran spans 25-40°N; one reference latitude keeps the projection a plain scaling (error < 10%).
_KX = 111.32 * math.cos(math.radians(32.5))
_KY = 110.57

Point = tuple[float, float]


def _xy(p: Point) -> tuple[float, float]:
    return p[0] * _KX, p[1] * _KY


def _seg_dist(p: Point, a: Point, b: Point) -> float:
    """Distance in km from p to the segment a-b."""
    px, py = _xy(p)
    ax, ay = _xy(a)
    bx, by = _xy(b)
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(points: list[Point], tol: float) -> list[Point]:
    """Keep the ends, then recursively the point farthest from the chord while it is over tol.
    An explicit stack, since OSM arcs run to thousands of points."""
    if len(points) <= 2:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, best_d = -1, tol
        for k in range(i + 1, j):
            d = _seg_dist(points[k], points[i], points[j])
            if d > best_d:
                best, best_d = k, d
        if best >= 0:
            keep[best] = True
            stack.append((i, best))
            stack.append((best, j))
    return [p for p, k in zip(points, keep) if k]


def area_km2(ring: list[Point]) -> float:
    """Unsigned shoelace area on the projection."""
    s = 0.0
    for (x1, y1), (x2, y2) in zip(map(_xy, ring), map(_xy, ring[1:] + ring[:1])):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


class ArcSimplifier:
    """Simplifies rings arc by arc so that an arc shared by several provinces is simplified once."""

    def __init__(self, members: dict[Point, frozenset], tol: float):
        self.members = members
        self.tol = tol
        self.cache: dict[tuple[Point, ...], list[Point]] = {}

    def _arc(self, arc: list[Point]) -> list[Point]:
        # the same arc walked the other way by the neighbour gets the same simplification
        fwd = tuple(arc)
        rev = fwd[::-1]
        canon, flipped = (fwd, False) if fwd <= rev else (rev, True)
        if canon not in self.cache:
            self.cache[canon] = douglas_peucker(list(canon), self.tol)
        out = self.cache[canon]
        return out[::-1] if flipped else list(out)

    def ring(self, ring: list[Point]) -> list[Point]:
        pts = ring[:-1] if ring[0] == ring[-1] else list(ring)
        n = len(pts)
        m = [self.members[p] for p in pts]
        nodes = [i for i in range(n) if m[i] != m[i - 1] or m[i] != m[(i + 1) % n]]
        if not nodes:
            # no neighbour touches this ring: cut it at two far-apart points so both stay
            far = max(range(n), key=lambda i: _seg_dist(pts[i], pts[0], pts[0]))
            nodes = [0, far] if far else [0]
        out: list[Point] = []
        for a, b in zip(nodes, nodes[1:] + [nodes[0] + n]):
            arc = [pts[i % n] for i in range(a, b + 1)]
            out.extend(self._arc(arc)[:-1])
        out.append(out[0])
        return out


def _round_ring(ring: list[Point]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in ring:
        p = [float(fmt_coord(x, DIGITS)), float(fmt_coord(y, DIGITS))]
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def build(shared: Path, gazetteer_rows: list[dict]) -> dict:
    src = json.loads((shared / SOURCE).read_text(encoding="utf-8"))
    provinces = {key(r["name"]): r for r in gazetteer_rows if r["place_type"] == "province"}

    members: dict[Point, set] = defaultdict(set)
    for i, f in enumerate(src["features"]):
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                for p in ring:
                    members[(p[0], p[1])].add(i)
    simplifier = ArcSimplifier({p: frozenset(s) for p, s in members.items()}, TOLERANCE_KM)

    features = []
    for f in src["features"]:
        props = f["properties"]
        row = provinces.get(key(props["name:fa"]))
        if row is None:
            raise SystemExit(f"no gazetteer province for {props['name:fa']!r}")
        polys = [[[(p[0], p[1]) for p in ring] for ring in poly] for poly in f["geometry"]["coordinates"]]
        largest = max(range(len(polys)), key=lambda i: area_km2(polys[i][0]))
        out_polys = []
        for i, poly in enumerate(polys):
            if i != largest and area_km2(poly[0]) < MIN_PART_KM2:
                continue
            rings = []
            for j, ring in enumerate(poly):
                if j and area_km2(ring) < MIN_PART_KM2:  # a tiny hole
                    continue
                r = _round_ring(simplifier.ring(ring))
                if len(r) < 4:
                    if j == 0 and i == largest:  # never lose a province: keep it at source detail
                        r = _round_ring(ring)
                    else:
                        continue
                rings.append(r)
            if rings:
                out_polys.append(rings)
        features.append({
            "type": "Feature",
            "properties": {"place_id": row["place_id"], "name": row["name"], "name_en": props["name:en"]},
            "geometry": {"type": "MultiPolygon", "coordinates": out_polys},
        })
    if len(features) != len(provinces):
        raise SystemExit(f"{len(features)} shapes for {len(provinces)} gazetteer provinces")
    features.sort(key=lambda f: f["properties"]["place_id"])
    return {"type": "FeatureCollection", "features": features}


def dump(collection: dict) -> str:
    """One feature a line: small diffs when a boundary changes, still plain GeoJSON."""
    def compact(obj) -> str:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

    lines = [compact(f) for f in collection["features"]]
    attribution = "© OpenStreetMap contributors, ODbL 1.0; simplified by scripts/build_province_shapes.py"
    return ('{"type":"FeatureCollection","attribution":' + compact(attribution) + ',"features":[\n'
            + ",\n".join(lines) + "\n]}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=DATA / "provinces.geojson")
    args = ap.parse_args(argv)
    collection = build(args.shared, read_gazetteer())
    args.out.write_text(dump(collection), encoding="utf-8")
    n_points = sum(len(r) for f in collection["features"] for poly in f["geometry"]["coordinates"] for r in poly)
    n_parts = sum(len(f["geometry"]["coordinates"]) for f in collection["features"])
    print(f"{len(collection['features'])} provinces, {n_parts} parts, {n_points} points -> {args.out} "
          f"({args.out.stat().st_size / 1024:.1f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
