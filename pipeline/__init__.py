"""Persian news extraction: normalize, segment, and pull numbers, dates, places, lists and
entities out of scraped news, with every record pointing into the original text."""
from __future__ import annotations

from typing import Any, Callable, Iterable

from .document import Document, Entity, Enumeration, ListItem, NumberMention, PlaceMention, Sentence, Span, Token
from .normalize import Normalized, normalize
from .segment import segment

__all__ = [
    "Document", "Entity", "Enumeration", "ListItem", "NumberMention", "PlaceMention", "Sentence",
    "Span", "Token", "Normalized", "normalize", "segment", "process", "STAGES",
]

__version__ = "0.1.0"


def _numbers(doc: Document) -> None:
    from . import numbers

    numbers.annotate(doc)


def _places(doc: Document) -> None:
    from . import places

    places.annotate(doc)


def _entities(doc: Document) -> None:
    from . import entities

    entities.annotate(doc)


#: The extraction stages ``process`` runs after normalize and segment, in order. Entities come last
#: because they reconcile their spans with the numbers and places already found.
STAGES: dict[str, Callable[[Document], None]] = {
    "numbers": _numbers,
    "places": _places,
    "entities": _entities,
}


def process(
    text: str,
    *,
    doc_id: str = "",
    meta: dict[str, Any] | None = None,
    skip: Iterable[str] = (),
) -> Document:
    """Run the whole pipeline over one article. ``skip`` names normalization steps or stages to
    leave out (e.g. ``skip={"zwnj", "entities"}``)."""
    skipped = set(skip)
    norm = normalize(text, skip=skipped & set(_normalize_steps()))
    doc = Document(original=text, text=norm.text, alignment=norm.alignment, doc_id=doc_id, meta=dict(meta or {}))
    segment(doc)
    for name, stage in STAGES.items():
        if name not in skipped:
            stage(doc)
    return doc


def _normalize_steps() -> Iterable[str]:
    from .normalize import STEPS

    return STEPS.keys()
