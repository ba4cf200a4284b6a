"""What a fact is about: the place, person or organisation a number describes (see the package
docstring)."""
from __future__ import annotations

from ..document import Document, NumberMention
from ..persian.agencies import AGENCIES_AMBIGUOUS, AGENCIES_SURE

#: the reporting agency is never what a fact is about («به گزارش خبرگزاری فارس، ۲۱ کشور …»)
AGENCY_WORDS = frozenset(AGENCIES_SURE | AGENCIES_AMBIGUOUS)
NEWS_OUTLETS = frozenset({"ورزش سه", "گاردین", "نیویورک تایمز", "بی بی سی", "الشرق الاوسط", "توانا"})
#: places a fact can be about; industrial towns and areas are list items, not subjects
SUBJECT_TYPES = {"country", "province", "county", "city", "district", "rural_district", "village", "region"}

Candidate = tuple[int, int, str, "str | None"]


def candidates(doc: Document) -> list[Candidate]:
    """(start, end, name, id) of what a fact can be about: places of an administrative kind, and the
    people and organisations the entities stage found, but never the news agency reporting it."""
    out = [(p.start, p.end, p.name, p.place_id) for p in doc.places if p.place_type in SUBJECT_TYPES]
    taken = [(s, e) for s, e, _, _ in out]
    for e in doc.entities:
        if e.label not in ("PER", "ORG") or any(s < e.end and e.start < t for s, t in taken):
            continue
        name = e.normalized or e.text
        words = name.replace("خبرگزاری", " ").replace("باشگاه خبری", " ").split()
        if any(w in AGENCY_WORDS for w in words) or name in NEWS_OUTLETS:
            continue
        out.append((e.start, e.end, name, getattr(e, "entity_id", None)))
    return sorted(out)


def pick_subject(n: NumberMention, in_sentence: list[Candidate], dateline: str | None) -> tuple[str | None, str | None]:
    """The place, person or organisation named nearest before the number in its sentence (else the
    first after it, else the dateline): «آگسبورگ با ۱۵ امتیاز», «پل پوگبا ۱۹ ساله», «۴۱ درصد اقتصاد
    قم». ``in_sentence``: the candidates of the number's sentence."""
    in_sent = [c for c in in_sentence if not (c[0] < n.end and n.start < c[1])]
    before = [c for c in in_sent if c[1] <= n.start]
    chosen = before[-1] if before else (in_sent[0] if in_sent else None)
    if chosen is not None:
        return chosen[2], chosen[3]
    return (dateline or None), None
