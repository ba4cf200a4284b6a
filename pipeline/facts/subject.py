"""What a fact is about: the place, person or organisation a number describes (see the package
docstring for the rules, with examples)."""
from __future__ import annotations

from typing import NamedTuple

from ..document import Document, NumberMention
from ..persian.agencies import AGENCIES_AMBIGUOUS, AGENCIES_SURE
from ..persian.measures import NAME_SUFFIXES, PEOPLE_SUFFIXES, SOURCE_CUES, SUBJECT_BOUNDARIES, SUBJECT_PREPOSITIONS, TEAM_HEADS
from ..persian.organisations import LEXICON_ORG_HEADS
from ..persian.titles import LEXICON_TITLES

#: the reporting agency is never what a fact is about («به گزارش خبرگزاری فارس، ۲۱ کشور …»)
AGENCY_WORDS = frozenset(AGENCIES_SURE | AGENCIES_AMBIGUOUS)
NEWS_OUTLETS = frozenset({"ورزش سه", "گاردین", "نیویورک تایمز", "بی بی سی", "الشرق الاوسط", "توانا"})
#: places a fact can be about; industrial towns and areas are list items, not subjects
SUBJECT_TYPES = {"country", "province", "county", "city", "district", "rural_district", "village", "region"}
#: heads that only say what kind of body a name is («باشگاه ناپولی» is «ناپولی»)
_ORG_HEADS = frozenset(w.replace("\u200c", "") for w in LEXICON_ORG_HEADS) | {"لیگ"}
_TITLES = frozenset(w.replace("\u200c", "") for w in LEXICON_TITLES) | {"تیم", "تیمهای", "باشگاه", "کاروان"}


class Candidate(NamedTuple):
    """Something a fact can be about, in original offsets. ``clause_subject``: named where a
    clause's subject stands (after a boundary or a title), not as the object of a preposition or
    the owner of a noun («با اخراج پارکر», «برای یونایتد»). ``aside``: a source («بر اساس آمار
    سازمان …», «به نقل از …») or a speaker before the colon that opens their words."""
    start: int
    end: int
    name: str
    id: str | None
    label: str  # PER, ORG, FAC or LOC (a place)
    clause_subject: bool
    source: bool


def _span(c: Candidate) -> tuple[int, int]:
    return c.start, c.end


def _bare(word: str) -> str:
    return word.replace("\u200c", "")


def _words_before(text: str, start: int, n: int) -> list[str]:
    return [_bare(w) for w in text[max(0, start - 60):start].replace("،", " ، ").replace(":", " : ").split()[-n:]]


def _clause_subject(text: str, start: int) -> bool:
    before = _words_before(text, start, 1)
    if not before:
        return True
    w = before[0]
    if w in SUBJECT_PREPOSITIONS:
        return False
    return w in SUBJECT_BOUNDARIES or w in _TITLES or not w[-1:].isalpha()


def _is_source(text: str, start: int) -> bool:
    """«بر اساس آمار سازمان آموزش و پرورش», «به نقل از پایگاه اینترنتی سازمان ملل»."""
    words = _words_before(text, start, 6)
    while "،" in words or ":" in words:
        words = words[1:]
    before = " " + " ".join(words) + " "
    return any(" " + cue + " " in before for cue in SOURCE_CUES)


def _team(name: str) -> str:
    """«تیم فوتبال پرسپولیس» -> «پرسپولیس», «تیم ملی آلمان» -> «آلمان»: the team is its name."""
    for head in TEAM_HEADS:
        if name.startswith(head + " ") and len(name) > len(head) + 2:
            return name[len(head) + 1:]
    return name


def candidates(doc: Document) -> list[Candidate]:
    """What a fact can be about: places of an administrative kind, and the people and organisations
    the entities stage found (by their fullest name), but never the news agency reporting it."""
    text = doc.original
    out = [Candidate(p.start, p.end, p.name, p.place_id, "LOC", True, False)
           for p in doc.places if p.place_type in SUBJECT_TYPES]
    taken = sorted((c.start, c.end) for c in out)
    for e in doc.entities:
        if e.label not in ("PER", "ORG") or any(s < e.end and e.start < t for s, t in taken):
            continue
        name = e.normalized or e.text
        words = name.replace("خبرگزاری", " ").replace("باشگاه خبری", " ").split()
        if any(w in AGENCY_WORDS for w in words) or name in NEWS_OUTLETS:
            continue
        if e.label == "PER" and e.name:
            name = e.name  # «بواتنگ» is «کوین پرینس بواتنگ»
        out.append(Candidate(e.start, e.end, _team(name), e.entity_id, e.label, _clause_subject(text, e.start),
                             _is_source(text, e.start)))
    return sorted(_fullest_orgs(out), key=_span)


def _fullest_orgs(cands: list[Candidate]) -> list[Candidate]:
    """«سیتی» after «لستر سیتی»: a one-word organisation is the one longer name of the article that
    ends or begins with it."""
    names = {c.name for c in cands if c.label == "ORG" and len(c.name.split()) <= 3
             and not any(_bare(w) in _ORG_HEADS for w in c.name.split())}
    out = []
    for c in cands:
        if c.label == "ORG" and " " not in c.name:
            longer = [n for n in names if n != c.name and (n.endswith(" " + c.name) or n.startswith(c.name + " "))]
            if len(longer) == 1:
                c = c._replace(name=longer[0])
        out.append(c)
    return out


def facility(text: str, start: int, end: int, name: str) -> Candidate:
    """«بیمارستان ۱۶۲ تختخوابی مسجدسلیمان»: a facility described by its size is what the size, and
    the clause it is the subject of, are about."""
    return Candidate(start, end, name, None, "FAC", _clause_subject(text, start), False)


def by_stem(cands: list[Candidate]) -> dict[str, Candidate]:
    """One-word names of a document's candidates, for «فرایبورگی‌ها» (Freiburg's players) and
    «کشور آفریقایی» (an African country)."""
    return {_bare(c.name): c for c in cands if " " not in c.name and len(c.name) >= 3}


def named_by_adjective(word: str, stems: dict[str, Candidate], plural_next: str | None = None) -> Candidate | None:
    """«آفریقایی» -> آفریقا when the article names it. With ``plural_next`` (the next word), only its
    people: «فرایبورگی‌ها» -> فرایبورگ, «آلمان ها» -> آلمان."""
    w = _bare(word)
    if plural_next is not None:
        if w in stems and _bare(plural_next) == "ها":
            return stems[w]
        return next((stems[w[:-len(x)]] for x in PEOPLE_SUFFIXES if w.endswith(x) and w[:-len(x)] in stems), None)
    for suffix in NAME_SUFFIXES:
        if w.endswith(suffix) and w[:-len(suffix)] in stems:
            return stems[w[:-len(suffix)]]
    return None


def pick_subject(n: NumberMention, in_sentence: list[Candidate], colon: int | None, fallback: Candidate | str | None,
                 person: Candidate | None = None) -> tuple[str | None, str | None]:
    """The clause subject named nearest before the number in its sentence («ماینس با اخراج پارکر
    ... ۱۰ نفره» -> ماینس), else whatever is named nearest before it, else the first named after it,
    else ``fallback`` (the dateline, or what the headline names first). Sources and the speaker of
    the words the number is in (named before ``colon``, the original offset of the colon opening
    them) are left out. An age is a person's: with ``person`` (the last person named before the
    sentence), a person of the sentence, else that one («این مربی ۵۶ ساله»)."""
    around = [c for c in in_sentence if c.label == "FAC" and c.start < n.start and n.end <= c.end]
    if around:
        return around[0].name, around[0].id  # «بیمارستان ۱۶۲ تختخوابی»: the size of the facility
    usable = [c for c in in_sentence if not (c.start < n.end and n.start < c.end) and not c.source
              and not (colon is not None and c.label == "PER" and c.end <= colon < n.start)]
    if person is not None:
        people = [c for c in usable if c.label == "PER"]
        before = [c for c in people if c.end <= n.start]
        chosen = before[-1] if before else person
        return chosen.name, chosen.id
    # a facility is what a number is about only as the subject of its clause («بیمارستان ۱۶۲ تختخوابی
    # از پیشرفت ۹۵ درصدی برخوردار است»), not as an object («افتتاح بیمارستان ۱۶۲ تختخوابی … ۳۲۰ نیرو»)
    usable = [c for c in usable if c.label != "FAC" or c.clause_subject]
    usable = [c for c in usable if not any(f.label == "FAC" and f is not c and f.start <= c.start and c.end <= f.end
                                           for f in usable)]  # «مسجدسلیمان» of «بیمارستان … مسجدسلیمان»
    before = [c for c in usable if c.end <= n.start]
    subjects = [c for c in before if c.clause_subject]
    chosen = subjects[-1] if subjects else before[-1] if before else (usable[0] if usable else None)
    if chosen is None and isinstance(fallback, Candidate):
        chosen = fallback
    if chosen is not None:
        return chosen.name, chosen.id
    return (fallback or None), None
