"""The merge that gives one answer per span.

Order of authority:

1. places (LOC, or FAC for industrial towns and areas, special zones and ports; source
   ``gazetteer``) and numbers (DATE, MONEY, PERCENT; source ``rule``) are taken as found;
2. then the rules (``rules.py``: news agencies, events, governmental organisations); a rule span
   that crosses a place or number span, or overlaps a FAC, is dropped, and inside an industrial
   list (``doc.lists`` whose ``item_type`` is in ``FAC_TYPES``, and the stretch after an
   industrial head) only FAC and LOC survive. Industrial towns and zones are FAC from the places
   stage, not found again here;
3. then the model (``tagger.py`` with document consistency); its LOC yields to any place, its
   DATE/MONEY/PERCENT/TIME to any number, and it yields to a rule span unless it is a longer
   phrase of the same kind holding it («خبرگزاری جمهوری اسلامی ایران» over «ایران»).

Nested spans of different kinds may coexist (ORG «استانداری قم» holds LOC «قم»); a span that
crosses a stronger one is dropped. On an identical span, gazetteer beats rule beats model.
"""
from __future__ import annotations

from ..document import FAC_TYPES, Entity, Enumeration
from .consistency import tag_document
from .rules import (Cand, Sentences, assign_roles, crosses, find_agencies, find_events, find_place_orgs,
                    industrial_stretches, inside, model_candidates, overlaps)

NUMBER_LABELS = {"date": "DATE", "money": "MONEY", "percent": "PERCENT"}
PRIORITY = {"gazetteer": 0, "rule": 1, "model": 2}


def build_entities(document, tagger) -> list[Entity]:
    """Entity records (original offsets) of a Document that segment, numbers and places have run
    on, one answer per span, by the authority order of this module's docstring."""
    doc = document
    sx = Sentences(doc, tagger)
    tags = tag_document(sx.texts, tagger, normalized=True, keys=sx.keys) if sx.texts else []

    fixed: list[tuple[tuple[int, int], Entity]] = []  # normalized span, record in original offsets
    place_spans, fac_spans, number_spans = [], [], []
    for p in doc.places:
        label = "FAC" if p.place_type in FAC_TYPES else "LOC"
        ns = doc.to_normalized(p.start, p.end)
        (fac_spans if label == "FAC" else place_spans).append(ns)
        fixed.append((ns, Entity(p.start, p.end, p.text, label, p.name, "gazetteer")))
    for n in doc.numbers:
        label = NUMBER_LABELS.get(n.kind)
        if not label:
            continue
        ns = doc.to_normalized(n.start, n.end)
        number_spans.append(ns)
        fixed.append((ns, Entity(n.start, n.end, n.text, label, _number_normal(n), "rule")))
    guards = [doc.to_normalized(e.start, e.end) for e in doc.lists if _industrial_list(e)]
    strong = place_spans + fac_spans + number_spans

    guards += industrial_stretches(sx)
    rules = find_agencies(sx) + find_events(sx) + find_place_orgs(sx, {s for s, _ in place_spans})
    kept_rules: list[Cand] = []
    for c in sorted(rules, key=lambda c: (c.start, -(c.end - c.start))):
        span = (c.start, c.end)
        if any(crosses(span, s) for s in strong) or any(overlaps(span, f) for f in fac_spans):
            continue
        if c.label not in ("FAC", "LOC") and any(overlaps(span, g) for g in guards):
            continue
        if any(overlaps(span, (k.start, k.end)) for k in kept_rules):
            continue
        kept_rules.append(c)

    kept_model: list[Cand] = []
    for c in model_candidates(sx, tags):
        span = (c.start, c.end)
        if c.label == "LOC" and any(overlaps(span, s) for s in place_spans + fac_spans):
            continue
        if c.label in ("DATE", "MONEY", "PERCENT", "TIME") and any(overlaps(span, s) for s in number_spans):
            continue
        if any(crosses(span, s) for s in strong) or any(overlaps(span, f) for f in fac_spans):
            continue
        if c.label != "LOC" and any(overlaps(span, g) for g in guards):
            continue
        clash = [r for r in kept_rules if overlaps(span, (r.start, r.end))]
        if clash:
            # The model's longer phrase of the same kind wins («خبرگزاری جمهوری اسلامی ایران»
            # over the rule's «ایران»...); otherwise the rule does.
            if all(r.label == c.label and inside((r.start, r.end), span) and (r.start, r.end) != span for r in clash):
                kept_rules = [r for r in kept_rules if r not in clash]
            else:
                continue
        kept_model.append(c)

    cands = kept_rules + kept_model
    blocked = {c.start for c in cands if c.label not in ("LOC", "ORG", "FAC")}
    spans = sorted(number_spans)
    if spans:
        # A token is blocked when it starts inside the last number span starting at or before it.
        import numpy as np

        starts = np.fromiter([t.start for toks in sx.tokens for t in toks], dtype=np.int64)
        span_starts = np.array([a for a, _ in spans], dtype=np.int64)
        span_ends = np.array([b for _, b in spans], dtype=np.int64)
        i = np.searchsorted(span_starts, starts, side="right") - 1
        hit = (i >= 0) & (starts < span_ends[i.clip(0)])
        blocked.update(starts[hit].tolist())
    assign_roles(sx, [c for c in cands if c.label == "PER"], blocked)
    out: dict[tuple[int, int], tuple[int, Entity]] = {}
    for ns, ent in fixed:
        key = (ent.start, ent.end)
        if key not in out or PRIORITY[ent.source] < out[key][0]:
            out[key] = (PRIORITY[ent.source], ent)
    for c in cands:
        rec = doc.rebase(Entity(c.start, c.end, c.normalized, c.label, c.normalized, c.source, c.role))
        key = (rec.start, rec.end)
        if key not in out:
            out[key] = (PRIORITY[c.source], rec)
    return [e for _, e in sorted(out.values(), key=lambda pe: (pe[1].start, -pe[1].end, pe[1].label))]


def _industrial_list(enum: Enumeration) -> bool:
    """A list of industrial towns or areas, zones (or ports): inside it only FAC and LOC survive."""
    return enum.item_type in FAC_TYPES


def _number_normal(n) -> str:
    if n.kind == "date":
        return n.jalali or n.date or n.text
    if n.value is None:
        return n.text
    value = f"{n.value:g}"
    if n.kind == "percent":
        return value + "%"
    return f"{value} {n.unit}" if n.unit else value
