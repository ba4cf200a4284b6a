"""Persian news extraction: normalize, segment, and pull numbers, dates, places, lists and
entities out of scraped news, with every record pointing into the original text."""
from __future__ import annotations

from typing import Any, Callable, Iterable

from .document import Document, Entity, Enumeration, ListItem, NumberMention, PlaceMention, Sentence, Span, Token
from .normalize import STEPS as NORMALIZE_STEPS, Normalized, normalize
from .segment import segment
from . import dates, entities, numbers, places  # their data (model, gazetteer, lexicons) loads on first use

__all__ = [
    "Document", "Entity", "Enumeration", "ListItem", "NumberMention", "PlaceMention", "Sentence",
    "Span", "Token", "Normalized", "normalize", "segment", "process", "STAGES",
    "numbers", "places", "entities",
]

__version__ = "0.1.0"


#: The extraction stages ``process`` runs after normalize and segment, in order. Entities come last
#: because they reconcile their spans with the numbers and places already found.
STAGES: dict[str, Callable[[Document], None]] = {
    "numbers": numbers.annotate,
    "dates": dates.annotate,  # after numbers: resolves its date mentions and adds relative ones
    "places": places.annotate,
    "entities": entities.annotate,
}


def process(
    text: str,
    *,
    doc_id: str = "",
    meta: dict[str, Any] | None = None,
    skip: Iterable[str] = (),
    date: Any = None,
) -> Document:
    """Run the whole pipeline over one article. ``skip`` names normalization steps or stages to
    leave out (e.g. ``skip={"zwnj", "entities"}``). ``date`` (ISO day or ``datetime.date``) is the
    article date to use when ``meta`` and the text carry none."""
    skipped = set(skip)
    norm = normalize(text, skip=skipped & NORMALIZE_STEPS.keys())
    doc = Document(original=text, text=norm.text, alignment=norm.alignment, doc_id=doc_id, meta=dict(meta or {}),
                   default_date=dates.published.parse_iso_day(date))
    segment(doc)
    for name, stage in STAGES.items():
        if name not in skipped:
            stage(doc)
    return doc
