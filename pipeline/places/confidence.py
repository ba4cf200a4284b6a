"""How far to trust a place mention: the share of mentions found the same way (``reason``) that
the judges of the real-news gold found right (referent and type) on articles no rule was tuned on.

Fitted on the older unseen draws (test, holdout … holdout9) and checked on the newer ones
(holdout10 and every later holdout): ``python benchmarks/bench_realnews.py --split calibration-fit
--calibrate places`` prints the table, ``--split calibration-check --calibrate places`` checks it. Each share is shrunk
towards the overall rate by two pseudo-mentions; reasons with fewer than 5 judged mentions take the
overall rate.
"""
from __future__ import annotations

BY_REASON: dict[str, float] = {
    'article_province': 0.63,
    'city_default': 0.83,
    'cue': 0.97,
    'dateline': 0.94,
    'facility_town': 0.99,
    'list': 0.99,
    'name': 0.93,
    'national_team': 0.99,
    'open_cue': 0.98,
    'title': 1.0,
    'weak_cue': 0.95,
}
OVERALL = 0.92


def confidence(reason: str | None) -> float:
    """The calibrated confidence of a place found for ``reason``."""
    return BY_REASON.get(reason or "", OVERALL)
