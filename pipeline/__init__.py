"""Persian news extraction: normalize, segment, and pull numbers, dates, places, lists and
entities out of scraped news, with every record pointing into the original text."""
from __future__ import annotations

from typing import Any, Iterable

from .document import Document, Entity, Enumeration, ListItem, NumberMention, PlaceMention, Sentence, Span, Token
from .normalize import Normalized, Normalizer, normalize
from .segment import segment
from . import byline, dates, entities, numbers, places  # their data (model, gazetteer, lexicons) loads on first use
from .stages import STAGES, Pipeline, Stage, describe
from .api import document_dict, document_json, pipe

__all__ = [
    "Document", "Entity", "Enumeration", "ListItem", "NumberMention", "PlaceMention", "Sentence",
    "Span", "Token", "Normalized", "Normalizer", "normalize", "segment", "process", "pipe", "Pipeline", "Stage",
    "STAGES", "describe", "numbers", "places", "byline", "entities",
]

from .version import __version__  # noqa: E402  (one place; pyproject.toml repeats it)


def process(
    text: str,
    *,
    doc_id: str = "",
    meta: dict[str, Any] | None = None,
    skip: Iterable[str] = (),
    date: Any = None,
) -> Document:
    """Run the whole pipeline over one article. ``skip`` names normalization steps or stages to
    leave out (e.g. ``skip={"zwnj", "entities"}``); an unknown name, or a stage left out that a
    kept one needs, is a ``ValueError`` (see ``pipeline.stages``). ``date`` (ISO day or
    ``datetime.date``) is the article date to use when ``meta`` and the text carry none."""
    return Pipeline(skip)(text, doc_id=doc_id, meta=meta, date=date)


def _repr_html_(doc: Document) -> str:
    # Loaded on call: notebooks get the annotated view, plain pipeline runs never import it. It is
    # attached here, not in document.py, so that the record module does not depend on the viewer.
    from .view import notebook_html

    return notebook_html(doc)


Document._repr_html_ = _repr_html_  # type: ignore[attr-defined]
# Same reason: the JSON form is the batch runner's jsonl line (records.py, export.py), which
# document.py must not import. Attached here, they exist whenever a Document does (importing
# pipeline.document imports this package first).
Document.to_dict = document_dict  # type: ignore[attr-defined]
Document.to_json = document_json  # type: ignore[attr-defined]
