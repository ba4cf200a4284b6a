"""How far to trust a number mention: the share of mentions read by the same rule (and of the same
kind) that the judges of the real-news gold found right on articles no rule was tuned on.

The table is fitted on the older unseen draws (test, holdout … holdout9: 240 articles) and checked on
the newer ones (holdout10 and every later holdout), so how well it predicts is measured on articles
it was not fitted on: ``python benchmarks/bench_realnews.py --split calibration-fit --calibrate numbers``
prints it, ``--split calibration-check --calibrate numbers`` checks it. Rules with at least 5 judged
mentions get their own share, shrunk towards their kind's rate by two pseudo-mentions (a rule right
5 times of 5 is not certain); others take their kind's share, and kinds with too few the overall one.
Dev articles are not used: the rules were tuned on them, so they are right there more often than on
news they never saw.
"""
from __future__ import annotations

#: (rule, kind) -> share judged right on the fitting draws
BY_RULE: dict[tuple[str, str], float] = {
    ('adjacent_pair_range', 'quantity'): 0.98,
    ('bare_year', 'date'): 0.99,
    ('clock', 'time'): 1.0,
    ('cup_round', 'identifier'): 0.98,
    ('day_month', 'date'): 0.96,
    ('elided_unit', 'quantity'): 0.98,
    ('gregorian_month', 'date'): 0.68,
    ('identifier_cue', 'identifier'): 0.97,
    ('label', 'identifier'): 0.74,
    ('minute_of_play', 'identifier'): 0.8,
    ('number', 'cardinal'): 0.51,
    ('number', 'date'): 0.92,
    ('number', 'money'): 0.99,
    ('number', 'percent'): 1.0,
    ('number', 'quantity'): 0.93,
    ('ordinal', 'ordinal'): 0.93,
    ('period_part', 'date'): 0.87,
    ('range', 'quantity'): 0.87,
    ('ratio', 'cardinal'): 0.99,
    ('relative_date', 'date'): 0.92,
    ('score', 'cardinal'): 0.83,
    ('shared_unit_list', 'quantity'): 0.69,
    ('weekday', 'date'): 0.95,
    ('year', 'date'): 0.92,
}
#: kind -> share judged right
BY_KIND: dict[str, float] = {
    'cardinal': 0.85,
    'date': 0.92,
    'identifier': 0.81,
    'money': 0.99,
    'ordinal': 0.93,
    'percent': 1.0,
    'quantity': 0.93,
    'time': 0.99,
}
OVERALL = 0.92


def confidence(rule: str | None, kind: str) -> float:
    """The calibrated confidence of a mention read by ``rule`` as ``kind``."""
    return BY_RULE.get((rule or "", kind), BY_KIND.get(kind, OVERALL))
