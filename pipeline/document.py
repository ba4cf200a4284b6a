"""Document, spans, records, and the offset map between original and normalized text.

Every stage works on the normalized text (``Document.text``); every record a user sees carries
``start``/``end`` in the coordinates of the text as it was read (``Document.original``), so that
``original[start:end] == record.text``. ``Alignment`` is what makes both true at once.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal, Sequence, TypeVar

# An edit replaces source[in_start:in_end] by output[out_start:out_end]; either side may be empty.
Edit = tuple[int, int, int, int]


class EditMap:
    """One rewriting step: the sorted, non-overlapping edits that turned its input into its output."""

    __slots__ = ("edits", "_in_starts", "_out_starts")

    def __init__(self, edits: Sequence[Edit]):
        self.edits = list(edits)
        self._in_starts = [e[0] for e in self.edits]
        self._out_starts = [e[2] for e in self.edits]

    def back(self, pos: int, end: bool = False) -> int:
        """Output offset -> input offset. A start inside an edit goes to the edit's input start,
        an end inside it to the edit's input end, so a mapped span covers what produced it."""
        return _map(pos, end, self.edits, self._out_starts, 2, 0)

    def forward(self, pos: int, end: bool = False) -> int:
        """Input offset -> output offset (the inverse direction, same rules)."""
        return _map(pos, end, self.edits, self._in_starts, 0, 2)


def _map(pos: int, end: bool, edits: list[Edit], starts: list[int], src: int, dst: int) -> int:
    if end:
        i = bisect_left(starts, pos) - 1  # last edit starting strictly before pos
    else:
        i = bisect_right(starts, pos) - 1  # last edit starting at or before pos
    if i < 0:
        return pos
    edit = edits[i]
    s_end, d_start, d_end = edit[src + 1], edit[dst], edit[dst + 1]
    if pos < s_end or (end and pos == s_end):
        return d_end if end else d_start
    return pos - s_end + d_end


class Alignment:
    """A chain of EditMaps from the original text to the normalized text."""

    __slots__ = ("steps",)

    def __init__(self, steps: Iterable[EditMap] = ()):
        self.steps = [s for s in steps if s.edits]

    def add(self, step: EditMap) -> None:
        if step.edits:
            self.steps.append(step)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """A span of the normalized text -> the span of the original text that produced it."""
        for step in reversed(self.steps):
            start, end = step.back(start), step.back(end, end=True)
        return start, max(start, end)

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """A span of the original text -> the corresponding span of the normalized text."""
        for step in self.steps:
            start, end = step.forward(start), step.forward(end, end=True)
        return start, max(start, end)


def _compact_repr(self) -> str:
    """``Entity(start=9, end=11, text='قم', label='LOC', …)`` without the fields still at their
    default: a NumberMention has twenty fields and most are None for any one mention, so the
    generated repr buried the few that say something."""
    parts = []
    for f in dataclasses.fields(self):
        if not f.repr:
            continue
        value = getattr(self, f.name)
        if f.default is not dataclasses.MISSING and value == f.default:
            continue
        if f.default_factory is not dataclasses.MISSING and value == f.default_factory():
            continue
        parts.append(f"{f.name}={value!r}")
    return f"{type(self).__name__}({', '.join(parts)})"


@dataclass(slots=True)
class Span:
    """A piece of text: ``start``/``end`` index the string it came from."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Token(Span):
    """A token; offsets index ``Document.text`` (the normalized text)."""


@dataclass(slots=True)
class Sentence(Span):
    """A sentence; offsets index ``Document.text``. ``tokens`` are its tokens, same coordinates."""

    tokens: list[Token] = field(default_factory=list)


# ---------------------------------------------------------------- vocabularies of the records
# Types only: the values stay plain strings (and table cells), but a checker and a reader see
# which ones a field takes.

#: What a place is (``PlaceMention.place_type``, gazetteer rows, ``Enumeration.item_type``).
PlaceType = Literal[
    "country", "province", "region", "county", "city", "port", "district", "rural_district", "village",
    "industrial_town", "industrial_area", "special_zone", "other",
]
#: Place types that are facilities, not locations: entities labels them FAC (the rest LOC).
FAC_TYPES: frozenset[PlaceType] = frozenset({"industrial_town", "industrial_area", "special_zone"})
#: ``NumberMention.kind``.
NumberKind = Literal["cardinal", "ordinal", "percent", "money", "quantity", "date", "time", "identifier"]
#: ``NumberMention.qualifier``.
Qualifier = Literal["approx", "gt", "gte", "lt", "lte"]
#: ``Entity.label`` and ``Entity.source``.
EntityLabel = Literal["PER", "ORG", "LOC", "FAC", "EVENT", "DATE", "TIME", "MONEY", "PERCENT"]
EntitySource = Literal["model", "rule", "gazetteer"]
#: ``Enumeration.category``: the Persian label of what a list counts.
ListCategory = Literal["شهرک صنعتی", "ناحیه صنعتی", "منطقه ویژه اقتصادی", "منطقه آزاد", "استان", "شهرستان", "شهر",
                       "کشور", "روستا"]


# ---------------------------------------------------------------- records (original offsets)


@dataclass(slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    kind: NumberKind
    value: float | None = None  # for a time: hours since midnight (16.5 for «۴ و نیم بعدازظهر»)
    value_max: float | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    jalali: str | None = None
    jalali_end: str | None = None
    date: str | None = None
    date_end: str | None = None
    weekday: int | None = None
    hijri: str | None = None  # Hijri lunar date as read/resolved: 1445-01-10, --01-10 (no year)
    resolved_by: str | None = None  # explicit | article_date | text_year (how date/date_end were found)
    weekday_conflict: bool | None = None  # the stated weekday is not the weekday of the date
    clock: str | None = None  # a time as HH:MM («ساعت ۱۶» -> 16:00); clock_end for «ساعت ۱۵ تا ۱۷»
    clock_end: str | None = None
    confidence: float | None = None  # how often the rule that read it is right on judged real news (0-1)
    #: The grammar rule that read the mention («day_month», «range», «number»… see
    #: ``pipeline.numbers.expressions``): for auditing, not a table column, not compared.
    rule: str | None = field(default=None, compare=False, repr=False)

    __repr__ = _compact_repr


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str
    place_type: PlaceType
    province: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_id: str | None = None
    province_id: str | None = None  # ``ir:province:NNN`` of the Iranian province it lies in (a map shades by it)
    confidence: float | None = None  # share of the same kind of reading judged right on real news (0-1)
    #: Why this referent and type («cue», «title», «article_province», «city_default», «list»,
    #: «industrial», …; see ``pipeline.places.matcher``): for auditing, not a column, not compared.
    reason: str | None = field(default=None, compare=False, repr=False)

    __repr__ = _compact_repr


@dataclass(slots=True)
class ListItem:
    start: int
    end: int
    text: str
    item: str
    note: str | None = None

    __repr__ = _compact_repr


@dataclass(slots=True)
class Enumeration:
    start: int
    end: int
    text: str
    category: ListCategory
    stated_count: int | None
    items: list[ListItem] = field(default_factory=list)
    #: The place type of the items (``industrial_town`` for «شهرک صنعتی»): what consumers test,
    #: e.g. ``item_type in FAC_TYPES``. Not a table column (``category`` is).
    item_type: PlaceType | None = None

    @property
    def count_matches(self) -> bool | None:
        if self.stated_count is None:
            return None
        return self.stated_count == len(self.items)

    __repr__ = _compact_repr


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: EntityLabel
    normalized: str
    source: EntitySource
    role: str | None = None
    confidence: float | None = None  # 0-1: the model's marginal, or a fixed value per rule source
    entity_id: str | None = None  # e1, e2, ...: mentions of one person/organisation/place/event in the document
    name: str | None = None  # the entity's fullest form in the document, honorifics left out
    honorific: str | None = None  # «(ره)», «(ع)», «حضرت» written with the name, outside its span

    __repr__ = _compact_repr

    @property
    def method(self) -> EntitySource:
        """``source`` under its table name (entities.csv's ``method`` column)."""
        return self.source


@dataclass(slots=True)
class Quote:
    """A reported statement: ``start``/``end``/``text`` are the statement itself."""

    start: int
    end: int
    text: str
    speaker: str  # the person (full name), role or organisation said to have said it
    speaker_role: str | None = None
    speaker_start: int | None = None  # the words naming the speaker in this sentence (maybe «وی»)
    speaker_end: int | None = None
    speaker_text: str | None = None
    cue: str | None = None  # the reporting verb or phrase: «تاکید کرد», «آمده است», ":"
    direct: bool = True  # after a colon or in quotation marks; False for «... گفت که ...»
    reported_by: str | None = None  # the agency of «به گزارش X», else the article's byline agency

    __repr__ = _compact_repr


@dataclass(slots=True)
class Fact:
    """What a number measures: ``start``/``end``/``text`` are the number mention."""

    start: int
    end: int
    text: str
    kind: str  # the number's kind: quantity | money | percent | ordinal
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    measure: str | None = None  # what is counted or measured: «واحد صنعتی», «اقتصاد قم»
    measure_start: int | None = None
    measure_end: int | None = None
    subject: str | None = None  # the place or organisation it is about
    subject_id: str | None = None  # its place_id when it is a place
    time: str | None = None  # the date it refers to: a date in its sentence, else the article's
    direction: str | None = None  # up | down when the text states a change
    list_index: int | None = None  # the list whose stated count this number is
    confidence: float | None = None

    __repr__ = _compact_repr


@dataclass(slots=True)
class PublishedDate:
    """The article's own date, read by the dates stage (``pipeline.dates``)."""

    date: str  # ISO Gregorian day
    jalali: str  # the same day, Jalali (1402-05-29)
    time: str | None = None  # HH:MM[:SS] when given
    source: str = ""  # field (the input's date) | url | text (a dateline) | option (--date / date=)

    __repr__ = _compact_repr


R = TypeVar("R")


#: Record class -> the names of its __init__ fields (Document.rebase).
_INIT_FIELDS: dict[type, tuple[str, ...]] = {}


@dataclass
class Document:
    """One article: the text as read, its normalized form, the map between them, and records.

    ``sentences``/``tokens`` use normalized offsets (they describe ``text``); every record list
    (``numbers``, ``places``, ``lists``, ``entities``) uses original offsets.
    """

    original: str
    text: str
    alignment: Alignment = field(default_factory=Alignment, repr=False)
    doc_id: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list, repr=False)
    numbers: list[NumberMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    lists: list[Enumeration] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    #: run-level fallback article date (``process(date=...)``, ``--date``), for inputs carrying none
    default_date: Any = None
    published: PublishedDate | None = None
    agency: str = ""  # the news agency named in the byline (stage "byline")
    dateline: str = ""  # where the story was filed, from the same byline

    def __repr__(self) -> str:
        # The generated repr printed the whole article twice (original and text) and every
        # record: unreadable in a REPL or a notebook's list of documents. Counts say more.
        head = f"{self.doc_id} " if self.doc_id else ""
        counts = ", ".join(f"{len(getattr(self, name)):,} {name}" for name in
                           ("sentences", "entities", "numbers", "places", "lists", "quotes", "facts"))
        return f"<Document {head}{len(self.original):,} chars: {counts}>"

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.alignment.to_original(start, end)

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        return self.alignment.to_normalized(start, end)

    def rebase(self, record: R) -> R:
        """A record found in ``text`` -> the same record in original coordinates (nested list
        items included); its ``text`` becomes the original slice."""
        start, end = self.to_original(record.start, record.end)  # type: ignore[attr-defined]
        # dataclasses.replace, without its per-call inspection of the fields: every stage rebases
        # each record it makes.
        cls = type(record)
        names = _INIT_FIELDS.get(cls)
        if names is None:
            names = _INIT_FIELDS[cls] = tuple(f.name for f in dataclasses.fields(record) if f.init)  # type: ignore[arg-type]
        values = {name: getattr(record, name) for name in names}
        values["start"], values["end"], values["text"] = start, end, self.original[start:end]
        items = values.get("items")
        if isinstance(items, list):
            values["items"] = [self.rebase(item) for item in items]
        return cls(**values)

    def sentence_index(self, start: int) -> int:
        """Index of the sentence holding ORIGINAL offset ``start`` (-1 when there is none)."""
        if not self.sentences:
            return -1
        norm_start, _ = self.to_normalized(start, start)
        starts = [s.start for s in self.sentences]
        return max(0, bisect_right(starts, norm_start) - 1)

    def sentence_text(self, start: int) -> str:
        """The original text of the sentence holding ORIGINAL offset ``start``."""
        i = self.sentence_index(start)
        if i < 0:
            return ""
        s = self.sentences[i]
        a, b = self.to_original(s.start, s.end)
        return self.original[a:b]


#: Titles are clipped to this many characters: a file with no line breaks must not put
#: megabytes into a title cell.
MAX_TITLE = 300


def clip_title(text: str) -> str:
    """A title on one line, at most ``MAX_TITLE`` characters (readers and records both use it)."""
    title = " ".join(text[: MAX_TITLE * 4].split())
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1].rstrip() + "…"


def rewrite(text: str, pattern, repl) -> tuple[str, EditMap]:
    """``pattern.sub(repl, text)`` that also returns the EditMap of what it changed.

    ``repl`` is a string (taken literally) or a function of the match; a match replaced by itself
    is not an edit."""
    out: list[str] = []
    edits: list[Edit] = []
    pos = 0
    shift = 0
    for m in pattern.finditer(text):
        new = repl(m) if callable(repl) else repl
        s, e = m.span()
        if new == text[s:e]:
            continue
        out.append(text[pos:s])
        out.append(new)
        edits.append((s, e, s + shift, s + shift + len(new)))
        shift += len(new) - (e - s)
        pos = e
    if not edits:
        return text, EditMap(())
    out.append(text[pos:])
    return "".join(out), EditMap(edits)
