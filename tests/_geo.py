"""Geometry and name helpers shared by the gazetteer and province-shape tests. Written here, not
imported from the build scripts or the package, so the tests check the data independently."""
from __future__ import annotations

import math
import re

_NOISE = re.compile(r"[\u064b-\u065f\u0670\u0640\u200c\u200d\s\-]+")


def name_key(text: str) -> str:
    """A place name compared as a reader would: Arabic ي/ك as Persian, no diacritics, ZWNJs, spaces or dashes."""
    return _NOISE.sub("", text.replace("ي", "ی").replace("ك", "ک"))


def inside(rings, lon: float, lat: float) -> bool:
    """Even-odd ray casting over every ring (holes included)."""
    hit = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                hit = not hit
    return hit


def km_to_boundary(rings, lon: float, lat: float) -> float:
    """Distance in km from the point to the nearest ring edge (a local flat projection)."""
    kx, ky = 111.32 * math.cos(math.radians(lat)), 110.57
    best = math.inf
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            ax, ay, bx, by = (x1 - lon) * kx, (y1 - lat) * ky, (x2 - lon) * kx, (y2 - lat) * ky
            dx, dy = bx - ax, by - ay
            t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
            best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best
