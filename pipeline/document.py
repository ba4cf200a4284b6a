"""Document, spans, records, and the offset map between original and normalized text.

Every stage works on the normalized text (``Document.text``); every record a user sees carries
``start``/``end`` in the coordinates of the text as it was read (``Document.original``), so that
``original[start:end] == record.text``. ``Alignment`` is what makes both true at once.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence, TypeVar

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
    s_start, s_end, d_start, d_end = edit[src], edit[src + 1], edit[dst], edit[dst + 1]
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


# ---------------------------------------------------------------- records (original offsets)


@dataclass(slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    kind: str  # cardinal | ordinal | percent | money | quantity | date
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None  # approx | gt | gte | lt | lte
    jalali: str | None = None
    jalali_end: str | None = None
    date: str | None = None
    date_end: str | None = None
    weekday: int | None = None
    #: The grammar rule that read the mention («day_month», «range», «number»… see
    #: ``pipeline.numbers.expressions``): for auditing, not a table column, not compared.
    rule: str | None = field(default=None, compare=False)


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str
    place_type: str
    province: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_id: str | None = None


@dataclass(slots=True)
class ListItem:
    start: int
    end: int
    text: str
    item: str
    note: str | None = None


@dataclass(slots=True)
class Enumeration:
    start: int
    end: int
    text: str
    category: str
    stated_count: int | None
    items: list[ListItem] = field(default_factory=list)

    @property
    def count_matches(self) -> bool | None:
        if self.stated_count is None:
            return None
        return self.stated_count == len(self.items)


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # PER ORG LOC FAC EVENT DATE TIME MONEY PERCENT
    normalized: str
    source: str  # model | rule | gazetteer
    role: str | None = None
    confidence: float | None = None  # 0-1: the model's marginal, or a fixed value per rule source
    entity_id: str | None = None  # e1, e2, ...: mentions of one person/organisation/place/event in the document
    name: str | None = None  # the entity's fullest form in the document, honorifics left out
    honorific: str | None = None  # «(ره)», «(ع)», «حضرت» written with the name, outside its span


R = TypeVar("R")


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
    agency: str = ""  # the news agency named in the byline (stage "byline")
    dateline: str = ""  # where the story was filed, from the same byline

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
        changes: dict[str, Any] = {"start": start, "end": end, "text": self.original[start:end]}
        items = getattr(record, "items", None)
        if isinstance(items, list):
            changes["items"] = [self.rebase(item) for item in items]
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]

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
