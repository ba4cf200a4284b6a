"""How far to trust a number mention: the share of mentions read by the same rule (and of the same
kind) that the judges of the real-news gold found right on its dev half.

``benchmarks/realnews.py --calibrate`` recomputes the table from the judged dev articles and prints
it; the figures below are its output for rules with at least 5 judged mentions, each shrunk towards
its kind's rate by two pseudo-mentions (a rule right 5 times of 5 is not certain). Rules with fewer
fall back to their kind's figure, and kinds with too few to the overall one. How well these predict
on the test half is in the README (``--split test --calibrate``).
"""
from __future__ import annotations

#: (rule, kind) -> share judged right on the dev half of the real-news gold
BY_RULE: dict[tuple[str, str], float] = {
    ('day_month', 'date'): 0.85,
    ('label', 'identifier'): 1.0,
    ('number', 'money'): 1.0,
    ('number', 'percent'): 1.0,
    ('number', 'quantity'): 0.95,
    ('ordinal', 'ordinal'): 0.97,
    ('relative_date', 'date'): 0.97,
    ('score', 'cardinal'): 1.0,
    ('year', 'date'): 0.99,
}
#: kind -> share judged right
BY_KIND: dict[str, float] = {'cardinal': 0.99, 'date': 0.96, 'identifier': 0.99, 'money': 0.99, 'ordinal': 0.97, 'percent': 0.99, 'quantity': 0.95}
OVERALL = 0.96


def confidence(rule: str | None, kind: str) -> float:
    """The calibrated confidence of a mention read by ``rule`` as ``kind``."""
    return BY_RULE.get((rule or "", kind), BY_KIND.get(kind, OVERALL))
