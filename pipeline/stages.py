"""The staged pipeline, in one place: what runs, in what order, reading and writing what.

A stage is a plain function ``run(document) -> None`` that fills some fields of a ``Document``
from fields earlier stages (or normalization) filled. ``STAGES`` lists them in run order; it is an
explicit tuple, not a registry, so the order is what you read here and nothing else:

- normalization (``pipeline.normalize``, its steps skippable by name) fills ``text``; ``original``
  and ``meta`` are what the caller gave;
- ``segment``: sentences and tokens of ``text``;
- ``numbers``: numbers, money, percentages and dates, read straight off ``text``;
- ``dates``: the article's own date (``published``), and every date mention resolved against it;
  relative dates («دیروز», «هفته گذشته») the numbers grammar does not read are added;
- ``places``: gazetteer places and industrial towns, and the lists an article counts (``lists``);
- ``byline``: the agency and the dateline of the story;
- ``entities``: the NER model and rules, reconciled with what numbers and places found (so it
  comes after them); a place inside a person's name it found leaves ``places`` («کولی بالی»);
- ``quotes``: who said what (speakers are the entities' people, roles and organisations);
- ``facts``: what each quantity, amount, percentage or rank measures, and what it is about.

``Pipeline(skip=...)`` checks a selection of stages before anything runs: an unknown name, or a
stage left out that a kept stage reads, is a ``ValueError`` that says what to do.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from . import byline, dates, entities, facts, numbers, places, quotes
from .segment import annotate as segment  # the package exports the function as ``pipeline.segment``
from .document import Document
from .normalize import STEPS as NORMALIZE_STEPS, normalize, require_text
from .dates.published import parse_iso_day

#: Document fields filled before any stage runs (by the caller and by normalization).
GIVEN = frozenset({"original", "text", "meta"})


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline: ``run`` fills ``writes`` from ``reads`` (Document field names)."""

    name: str
    run: Callable[[Document], None]
    reads: frozenset[str]
    writes: frozenset[str]


STAGES: tuple[Stage, ...] = (
    Stage("segment", segment, frozenset({"text"}), frozenset({"sentences"})),
    Stage("numbers", numbers.annotate, frozenset({"text"}), frozenset({"numbers"})),
    Stage("dates", dates.annotate, frozenset({"text", "meta", "numbers"}), frozenset({"numbers", "published"})),
    Stage("places", places.annotate, frozenset({"sentences"}), frozenset({"places", "lists"})),
    Stage("byline", byline.annotate, frozenset({"text", "meta"}), frozenset({"agency", "dateline"})),
    Stage("entities", entities.annotate, frozenset({"sentences", "numbers", "places", "lists"}),
          frozenset({"entities", "places"})),
    Stage("quotes", quotes.annotate, frozenset({"sentences", "entities", "agency"}), frozenset({"quotes"})),
    Stage("facts", facts.annotate, frozenset({"sentences", "numbers", "places", "lists", "entities", "published",
                                             "dateline"}), frozenset({"facts"})),
)

STAGE_NAMES: tuple[str, ...] = tuple(s.name for s in STAGES)


class Pipeline:
    """The stages of ``STAGES`` minus ``skip``, checked once, then run over any number of texts.

    ``skip`` may also name normalization steps (``pipeline.normalize.STEPS``, e.g. ``"zwnj"``).
    ``Pipeline(skip={"placess"})`` and ``Pipeline(skip={"places"})`` (entities read places) raise
    ``ValueError``; ``Pipeline(skip={"places", "entities"})`` is fine."""

    def __init__(self, skip: Iterable[str] = ()):
        if isinstance(skip, str):
            skip = (skip,)
        skipped = set(skip)
        unknown = skipped - set(STAGE_NAMES) - NORMALIZE_STEPS.keys()
        if unknown:
            raise ValueError(
                f"unknown stage or normalization step: {', '.join(sorted(unknown))} "
                f"(stages: {', '.join(STAGE_NAMES)}; normalization steps: {', '.join(NORMALIZE_STEPS)})")
        self.normalize_skip = frozenset(skipped & NORMALIZE_STEPS.keys())
        self.stages: tuple[Stage, ...] = tuple(s for s in STAGES if s.name not in skipped)
        filled = set(GIVEN)
        writers: dict[str, str] = {}
        for s in STAGES:  # the stage that first fills a field (dates rewrites numbers, entities places)
            for f in s.writes:
                writers.setdefault(f, s.name)
        for stage in self.stages:
            missing = stage.reads - filled
            if missing:
                needed = sorted({writers[f] for f in missing})
                raise ValueError(
                    f"stage {stage.name!r} reads {', '.join(sorted(missing))}, which the skipped stage(s) "
                    f"{', '.join(needed)} fill: skip {stage.name!r} too, or keep {', '.join(needed)}")
            filled |= stage.writes

    @property
    def names(self) -> list[str]:
        """The stages this pipeline runs, in run order."""
        return [s.name for s in self.stages]

    def __call__(self, text: str, *, doc_id: str = "", meta: dict[str, Any] | None = None,
                 date: Any = None) -> Document:
        """Normalize ``text`` and run the stages over it: one processed Document. ``date`` is the
        article date for texts whose ``meta`` and dateline carry none."""
        require_text(text, "process()")
        if meta is not None and not isinstance(meta, Mapping):
            raise TypeError(f"process() expects meta as a dict, got {type(meta).__name__}")
        if not isinstance(doc_id, str):
            raise TypeError(f"process() expects doc_id as str, got {type(doc_id).__name__}")
        norm = normalize(text, skip=self.normalize_skip)
        doc = Document(original=text, text=norm.text, alignment=norm.alignment, doc_id=doc_id, meta=dict(meta or {}),
                       default_date=parse_iso_day(date))
        for stage in self.stages:
            stage.run(doc)
        return doc

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(self.names)})"


def describe(stages: Iterable[Stage] = STAGES) -> str:
    """The stages as a Markdown table (name, reads, writes), in run order; README.md shows it."""
    lines = ["| stage | reads | writes |", "|---|---|---|"]
    for s in stages:
        lines.append(f"| `{s.name}` | {', '.join(f'`{f}`' for f in sorted(s.reads))} "
                     f"| {', '.join(f'`{f}`' for f in sorted(s.writes))} |")
    return "\n".join(lines)
