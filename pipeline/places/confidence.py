"""How far to trust a place mention: the share of mentions found the same way (``reason``) that
the judges of the real-news gold found right (referent and type) on its dev half.

``python benchmarks/bench_realnews.py --split dev --calibrate places`` prints the table below from the
judged dev articles, each share shrunk towards the overall rate by two pseudo-mentions; reasons
with fewer than 5 judged mentions take the overall rate.
"""
from __future__ import annotations

BY_REASON: dict[str, float] = {
    'article_province': 0.96, 'city_default': 0.89, 'cue': 0.77, 'name': 0.9, 'title': 0.97, 'weak_cue': 0.72,
}
OVERALL = 0.87


def confidence(reason: str | None) -> float:
    """The calibrated confidence of a place found for ``reason``."""
    return BY_REASON.get(reason or "", OVERALL)
