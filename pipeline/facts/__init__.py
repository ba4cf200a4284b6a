"""What each number measures: one fact per number mention that counts or measures something.

«گفتنی است ۴۱ درصد اقتصاد قم متعلق به بخش صنعت است» → a fact: value 41, unit درصد, measure «اقتصاد
قم», subject قم. The measure (``measure.py``) is what a reader would say the number counts, read
from the words around it, by its kind:
- a percentage measures the noun phrase after «درصد» (after «از» or «به»: «۹۸ درصد از صنایع», «۸
  صدم درصد به تراکم جمعیتی ...»), up to the predicate; an adjectival one the noun before it
  («پیشرفت ۹۵ درصدی», «سالیانه رشدی ۷/۳ درصدی»);
- a noun that names a quantity before the number is what it measures («مدت زمان ۴۵ روز», «سابقه کار
  ۱۵ سال», «ضخامت دومین نت‌بوک آرکوس ۲۰ میلی‌متر», «قیمت طلا ۸۹ دلار»), but not one that only
  introduces it («تعداد ۴۰۰ هزار قطعه طیور»);
- a count with a unit measures the unit and the adjectives after it («۲ هزار واحد صنعتی» → «واحد
  صنعتی»), stopping at a compound verb, another number, a rank or a predicate («۲۰ جلسه تشکیل
  داده» → «جلسه», «بایرن با ۵۴ امتیاز صدرنشین است» → «امتیاز»); «از نظر X» after it names X;
- a unit that measures rather than counts takes the noun before it («نمایشگر ۱۰ اینچی», «منابع آب
  برای هر فرد ۶۱۵۰ مترمکعب»); an age or a head count is its own word («پل پوگبا ۱۹ ساله», «۱۰
  نفره»), a duration adjective the noun it describes («اردویی ۲ روزه» → «اردو»);
- a count of people measures the noun it is attached to by «برای/از/به» («ظرفیت اشتغال برای بیش از
  ۵۰ هزار نفر» → «ظرفیت اشتغال»), else who they are («هفت نفر عضو اصلی»), else what they did
  («هزار نفر در این جبهه ثبت‌نام کرده‌اند»); money the noun beside it («هزینه‌ای بالغ بر ۷ میلیارد
  ریال» → «هزینه»);
- an ordinal measures the rank word before it and what the rank is in («رتبه ششم کشور از نظر اشتغال
  صنعتی» → «رتبه … اشتغال صنعتی»); a standing without the word is «رده» («ماینس با ۳۱ امتیاز ششم
  است»), with no span;
- «این رقم» is the figure named before; a percentage or a bare measuring unit with nothing beside it
  takes the measure named before it in the sentence («۸۹ دلار قیمت طلا ... و ۱۷ درصد»).
The subject (``subject.py``) is the clause subject named nearest before the number in its sentence
(a name after a clause boundary or a title, not after a preposition or a noun: «ماینس با اخراج
پارکر ... ۱۰ نفره» → ماینس), else whatever is named nearest before it, else after it, else the
dateline, else what the headline names first. People go by their fullest name, teams without «تیم
(ملی|فوتبال)», a team also by its people («فرایبورگی‌ها»); sources («بر اساس آمار ...», «به نقل از
...») and the person speaking before the colon are never subjects; an age is a person's; a place the
measure names by its adjective is the subject («۲۱ کشور آفریقایی» → آفریقا); a facility described by
its size is the subject of the size and of its clause («بیمارستان ۱۶۲ تختخوابی مسجدسلیمان»).
``time`` is a date stated in the same sentence, else the article's date. ``direction`` is up/down
when the number is a change («افزایش ۲۰ درصدی», «کاهش ۵۰ هزار تومانی»). ``list_index`` ties the
count a list announces to that list.

Dates, times, identifiers and bare cardinals are not facts: they locate or name, they do not
measure; nor are ordinals that say which one («نیمه دوم»), a time counted from an event («دو دقیقه
بعد»), an age as a point in time («در ۱۶ سالگی»), an age group («زیر ۲۰ سال») and the indefinite
«یک» («یک کشور پیشرفته»).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..document import Document, Fact, NumberMention, Token
from ..persian.measures import ANAPHORS, CLASSIFIERS, FACILITY_HEADS, NOT_OWNED_UNITS
from .measure import AGE_MEASURE, Measure, Sentence, bare, direction, measure_span, not_a_measure
from .subject import Candidate, _span, by_stem, candidates, facility, named_by_adjective, pick_subject

__all__ = ["annotate", "find", "Fact"]

MEASURED_KINDS = {"quantity", "money", "percent", "ordinal"}


def _stretches(spans) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap (nested or crossing mentions: one stretch)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _covered(tokens: list[Token], stretches: list[tuple[int, int]], starts: list[int]) -> frozenset[int]:
    """Indices of the tokens that start inside one of ``stretches`` (normalized offsets)."""
    return frozenset(k for k, tok in enumerate(tokens)
                     if (at := bisect_right(starts, tok.start) - 1) >= 0 and tok.start < stretches[at][1])


def _indefinite_one(n: NumberMention, tokens: list[Token], first: int, last: int, numbers: list[NumberMention],
                    s_start: int, s_end: int) -> bool:
    """«یک کشور پیشرفته», «یک ثانیه»: the indefinite article, not a count («یک دستگاه اتوبوس» is, and
    so is «دو بار ... و یک بار» beside another count of the same unit)."""
    if not (n.value == 1 and bare(tokens[first].text) in ("یک", "يك") and last > first
            and bare(tokens[last].text) not in CLASSIFIERS):
        return False
    return not any(m is not n and m.unit == n.unit and s_start <= m.start < s_end for m in numbers)


def _headline_subject(doc: Document, cands: list[Candidate]) -> Candidate | None:
    """What the headline (the first sentence) names first: what the article is about («خود من ۲ گل
    زدم» in an interview headed by the player's name)."""
    if not doc.sentences:
        return None
    end = doc.to_original(doc.sentences[0].start, doc.sentences[0].end)[1]
    return next((c for c in cands if c.start < end and not c.source), None)


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
    dates = sorted((m for m in doc.numbers if m.kind == "date"), key=lambda m: m.start)
    date_starts = [m.start for m in dates]
    article_date = doc.published.date if doc.published else None
    cands = candidates(doc)
    stems = by_stem(cands)
    # places, names and numbers in normalized offsets, once per document (not once per number)
    places = _stretches(doc.to_normalized(p.start, p.end) for p in doc.places)
    names = _stretches(doc.to_normalized(e.start, e.end) for e in doc.entities if e.label in ("PER", "ORG"))
    numbers = _stretches(doc.to_normalized(m.start, m.end) for m in doc.numbers)
    starts_of = {id(x): [a for a, _ in x] for x in (places, names, numbers)}
    cand_starts = [c.start for c in cands]
    people = [c for c in cands if c.label == "PER"]
    people_ends = [c.end for c in people]
    fallback = doc.dateline or _headline_subject(doc, cands)
    per_sentence: dict[int, tuple] = {}  # what every number of a sentence shares, worked out once

    def sentence_facts(si: int) -> tuple:
        if si not in per_sentence:
            tokens = doc.sentences[si].tokens
            sent = Sentence(tokens, *(_covered(tokens, x, starts_of[id(x)]) for x in (places, numbers, names)))
            s_start, s_end = doc.to_original(doc.sentences[si].start, doc.sentences[si].end)
            in_sentence = cands[bisect_left(cand_starts, s_start):bisect_left(cand_starts, s_end)]
            for k, tok in enumerate(tokens):  # «فرایبورگی‌ها با ۳۱ امتیاز», «آلمان ها»: a team named by its people
                nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
                if k not in sent.names and k not in sent.places and (c := named_by_adjective(tok.text, stems, nxt)):
                    a, b = doc.to_original(tok.start, tok.end)
                    in_sentence = sorted(in_sentence + [c._replace(start=a, end=b, source=False)], key=_span)
            colon = doc.original.find(":", s_start, s_end)
            per_sentence[si] = (sent, [t.start for t in tokens], s_start, s_end, in_sentence,
                                colon if colon >= 0 else None)
        return per_sentence[si]

    facilities: dict[tuple[str, float | None], str] = {}  # the fullest name of each facility described by its size
    out: list[Fact] = []
    said: dict[int, tuple] = {}  # the last measure found in each sentence, for «… و ۱۷ درصد» after it
    last_said: tuple | None = None
    for n in doc.numbers:
        if n.kind not in MEASURED_KINDS:
            continue
        si = doc.sentence_index(n.start)
        if si < 0:
            continue
        sent, starts, s_start, s_end, in_sentence, colon = sentence_facts(si)
        tokens = sent.tokens
        ns, ne = doc.to_normalized(n.start, n.end)
        first, last = _number_tokens(tokens, starts, ns, ne)
        span = measure_span(n, sent, first, last)
        if n.kind == "ordinal" and span is None or not_a_measure(tokens, first, last) \
                or _indefinite_one(n, tokens, first, last, doc.numbers, s_start, s_end):
            continue  # «نیمه دوم», «دو دقیقه بعد», «در ۱۶ سالگی», «یک کشور پیشرفته»: nothing measured
        listed = next((i for i, lst in enumerate(doc.lists, start=1) if lst.stated_count is not None
                       and lst.stated_count == n.value and lst.start <= n.start <= lst.end), None)
        if span and listed is not None and doc.lists[listed - 1].items:
            # «هفت شهرک صنعتی شکوهیه، …»: the measure stops where the items begin
            first_item = doc.to_normalized(doc.lists[listed - 1].items[0].start, doc.lists[listed - 1].items[0].end)[0]
            b = span.b
            while b > span.a and tokens[b].start >= first_item:
                b -= 1
            span = span._replace(b=b, cut_end=span.cut_end if b == span.b else 0)
        measure, m_start, m_end = _measure_text(doc, tokens, span, n)
        if span and span.text is None and " ".join(bare(t.text) for t in tokens[span.a:span.b + 1]) in ANAPHORS \
                and last_said:
            measure, m_start, m_end = last_said  # «در اتیوپی این رقم ۴۳ متر مکعب»: the figure named before
        elif (measure is None and n.kind in ("percent", "money") or span and span.weak) and si in said:
            measure, m_start, m_end = said[si]  # «۸۹ دلار قیمت طلا کاهش یافته … و ۱۷ درصد»
        if measure is not None and n.kind != "ordinal" and not (span and span.weak):
            said[si] = last_said = (measure, m_start, m_end)
        if first > 0 and bare(tokens[first - 1].text) in FACILITY_HEADS and tokens[last].text.endswith(("ی", "ه")) \
                and last > first:
            end = last + 1 if last + 1 < len(tokens) and (last + 1 in sent.places or last + 1 in sent.names) \
                and last + 1 not in sent.numbers else last  # «… مسجدسلیمان»
            a, b = doc.to_original(tokens[first - 1].start, tokens[end].end)
            key = (bare(tokens[first - 1].text), n.value)
            name = facilities.setdefault(key, doc.original[a:b])
            per_sentence[si] = (*per_sentence[si][:4], sorted(in_sentence + [facility(doc.original, a, b, name)], key=_span),
                                per_sentence[si][5])
            in_sentence = per_sentence[si][4]
        about = _named_in(span, tokens, stems) if span else None
        owner = _owner(doc.original, n, in_sentence) if n.unit and n.unit not in NOT_OWNED_UNITS else None
        if about:
            subject, subject_id = about.name, about.id  # «۲۱ کشور آفریقایی»: Africa
        elif owner:
            subject, subject_id = owner  # «دو گل والنسیا», «دو پیروزی عربستان و کره جنوبی»
        else:
            age = span is not None and span.text == AGE_MEASURE
            before = bisect_right(people_ends, s_start) if age else 0
            subject, subject_id = pick_subject(n, in_sentence, colon, fallback if si else doc.dateline,
                                               person=(people[before - 1] if before else None) if age else None)
        at = bisect_left(date_starts, s_start)
        when = dates[at] if at < len(dates) and dates[at].start < s_end else None
        time = (when.date or when.jalali) if when else article_date
        confidence = 0.8 if measure else 0.4
        out.append(Fact(start=n.start, end=n.end, text=n.text, kind=n.kind, value=n.value, value_max=n.value_max,
                        unit=n.unit, qualifier=n.qualifier, measure=measure, measure_start=m_start,
                        measure_end=m_end, subject=subject, subject_id=subject_id, time=time,
                        direction=direction(tokens, first, last), list_index=listed, confidence=confidence))
    return out


def _measure_text(doc: Document, tokens: list[Token], span: Measure | None,
                  n: NumberMention) -> tuple[str | None, int | None, int | None]:
    """The measure as the article writes it, and its span in the original text."""
    if span is None:
        return None, None, None
    if span.text is not None:
        return span.text, None, None  # «رده»: a word the text leaves out has no span
    a, b = span.a, span.b
    m_start, m_end = doc.to_original(tokens[a].start + span.cut_start, tokens[b].end - span.cut_end)
    measure = doc.original[m_start:m_end]
    if b - a >= 3 and n.kind == "ordinal":  # «رتبه ششم کشور از نظر اشتغال صنعتی»: rank … field
        rank_end = doc.to_original(tokens[a].start, tokens[a].end)[1]
        measure = doc.original[m_start:rank_end] + " … " + doc.original[
            doc.to_original(tokens[b - 1].start, tokens[b].end)[0]:m_end]
    return measure, m_start, m_end


def _owner(text: str, n: NumberMention, in_sentence: list[Candidate]) -> tuple[str, str | None] | None:
    """The name that owns what is counted, written right after the unit («دو گل والنسیا»), two names
    joined by «و» together («دو پیروزی عربستان و کره جنوبی»); not an object («با سه امتیاز تهران را
    ترک کردند»)."""
    if any(c.label == "FAC" and c.start < n.start and n.end <= c.end for c in in_sentence):
        return None  # «بیمارستان ۱۶۲ تختخوابی مسجدسلیمان»: the facility's size
    after = [c for c in in_sentence if c.start >= n.end and not c.source]
    if not after or text[n.end:after[0].start] != " ":
        return None
    first = after[0]
    if len(after) > 1 and text[first.end:after[1].start].strip() == "و":
        return f"{first.name} و {after[1].name}", None
    if text[first.end:first.end + 4].strip().startswith("را"):
        return None
    return first.name, first.id


def _named_in(span: Measure, tokens: list[Token], stems: dict[str, Candidate]) -> Candidate | None:
    """A place the measure names by its adjective («کشور آفریقایی») is what the fact is about."""
    for k in range(span.a, span.b + 1):
        c = named_by_adjective(tokens[k].text, stems)
        if c is not None and c.label == "LOC":
            return c
    return None
