"""What each number measures: one fact per number mention that counts or measures something.

«گفتنی است ۴۱ درصد اقتصاد قم متعلق به بخش صنعت است» → a fact: value 41, unit درصد, measure «اقتصاد
قم», subject قم. The measure is read from the words around the number, by its kind:
- a percentage measures the noun phrase after «درصد» (after «از» when it is «۹۸ درصد از صنایع»);
- a count or amount with a unit measures the unit and the adjectives that follow it («۲ هزار واحد
  صنعتی» → «واحد صنعتی»); a count of people («۵۰ هزار نفر») measures the noun phrase the count is
  attached to by «برای/از/به» on its left («ظرفیت اشتغال برای بیش از ۵۰ هزار نفر» → «ظرفیت
  اشتغال»), and money («وام ۱۶۰ میلیونی», «۵۰ هزار تومان قیمت سکه») the noun beside it;
- an ordinal measures the rank word before it and what the rank is in («رتبه ششم کشور از نظر
  اشتغال صنعتی» → «رتبه ... اشتغال صنعتی»).
The subject is the place (or else the organisation) named nearest before the number in its
sentence, else after it, else the article's dateline. ``time`` is a date stated in the same sentence,
else the article's date. ``direction`` is up/down when the number is a change («افزایش ۲۰ درصدی»,
«کاهش ۵۰ هزار تومانی»). ``list_index`` ties the count a list announces to that list.

Dates, times, identifiers and bare cardinals are not facts: they locate or name, they do not
measure.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..document import Document, Fact, Token
from .measure import direction, measure_span, standing
from .subject import candidates, pick_subject

__all__ = ["annotate", "find", "Fact"]

MEASURED_KINDS = {"quantity", "money", "percent", "ordinal"}


def _number_tokens(tokens: list[Token], starts: list[int], start: int, end: int) -> tuple[int, int]:
    first = max(0, bisect_right(starts, start) - 1)
    if tokens and tokens[first].end <= start:
        first += 1
    last = max(first, bisect_left(starts, end) - 1)
    return first, last


def annotate(doc: Document) -> None:
    """Fill ``doc.facts``."""
    doc.facts = find(doc)


def find(doc: Document) -> list[Fact]:
    places = sorted(doc.places, key=lambda p: p.start)
    dates = sorted((m for m in doc.numbers if m.kind == "date"), key=lambda m: m.start)
    date_starts = [m.start for m in dates]
    dateline = doc.dateline
    article_date = doc.published.date if doc.published else None
    cands = candidates(doc)
    # places in normalized offsets, once per document (not once per number)
    place_norm: list[tuple[int, int]] = []
    for ps, pe in sorted(doc.to_normalized(p.start, p.end) for p in places):
        if place_norm and ps < place_norm[-1][1]:  # nested or crossing places: one stretch
            place_norm[-1] = (place_norm[-1][0], max(place_norm[-1][1], pe))
        else:
            place_norm.append((ps, pe))
    place_starts = [s for s, _ in place_norm]
    cand_starts = [c[0] for c in cands]
    per_sentence: dict[int, tuple] = {}  # what every number of a sentence shares, worked out once

    def sentence_facts(si: int) -> tuple:
        if si not in per_sentence:
            sent = doc.sentences[si]
            tokens = sent.tokens
            place_tokens = frozenset(k for k, tok in enumerate(tokens)
                                     if (at := bisect_right(place_starts, tok.start) - 1) >= 0
                                     and tok.start < place_norm[at][1])
            s_start, s_end = doc.to_original(sent.start, sent.end)
            in_sentence = cands[bisect_left(cand_starts, s_start):bisect_left(cand_starts, s_end)]
            per_sentence[si] = (sent, tokens, [t.start for t in tokens], place_tokens, s_start, s_end, in_sentence)
        return per_sentence[si]

    out: list[Fact] = []
    for n in doc.numbers:
        if n.kind not in MEASURED_KINDS:
            continue
        si = doc.sentence_index(n.start)
        if si < 0:
            continue
        _sent, tokens, starts, place_tokens, s_start, s_end, in_sentence = sentence_facts(si)
        ns, ne = doc.to_normalized(n.start, n.end)
        first, last = _number_tokens(tokens, starts, ns, ne)
        span = measure_span(n, tokens, first, last, place_tokens)
        if n.kind == "ordinal" and span is None and not standing(tokens, last):
            continue  # «نیمه دوم», «گل هفتم»: an ordinal that says which one measures nothing
        listed = next((i for i, lst in enumerate(doc.lists, start=1) if lst.stated_count is not None
                       and lst.stated_count == n.value and lst.start <= n.start <= lst.end), None)
        if span and listed is not None and doc.lists[listed - 1].items:
            # «هفت شهرک صنعتی شکوهیه، …»: the measure stops where the items begin
            first_item = doc.to_normalized(doc.lists[listed - 1].items[0].start, doc.lists[listed - 1].items[0].end)[0]
            b = span[1]
            while b > span[0] and tokens[b].start >= first_item:
                b -= 1
            span = (span[0], b)
        measure = m_start = m_end = None
        if span:
            a, b = span
            m_start, m_end = doc.to_original(tokens[a].start, tokens[b].end)
            measure = doc.original[m_start:m_end]
            if b - a >= 3 and n.kind == "ordinal":  # «رتبه ششم کشور از نظر اشتغال صنعتی»: rank … field
                rank_end = doc.to_original(tokens[a].start, tokens[a].end)[1]
                measure = doc.original[m_start:rank_end] + " … " + doc.original[
                    doc.to_original(tokens[b - 1].start, tokens[b].end)[0]:m_end]
        subject, subject_id = pick_subject(n, in_sentence, dateline)
        at = bisect_left(date_starts, s_start)
        when = dates[at] if at < len(dates) and dates[at].start < s_end else None
        time = (when.date or when.jalali) if when else article_date
        list_index = listed
        confidence = 0.8 if measure else 0.4
        out.append(Fact(start=n.start, end=n.end, text=n.text, kind=n.kind, value=n.value, value_max=n.value_max,
                        unit=n.unit, qualifier=n.qualifier, measure=measure, measure_start=m_start,
                        measure_end=m_end, subject=subject, subject_id=subject_id, time=time,
                        direction=direction(tokens, first, last), list_index=list_index, confidence=confidence))
    return out
