"""Stage "entities": named entities from a CRF tagger trained on NSURL-2019 (scripts/train_ner.py),
rules on top, and reconciliation with the numbers and places stages.

- ``tag_tokens(tokens)``: IOB tags in the NSURL scheme (B-PER, I-ORG, ..., O) for one sentence.
- ``annotate(document)``: Entity records (original offsets) for a Document that segment, numbers
  and places have run on; ``extract(document_or_text)`` returns them (a text is first run
  through the stages this one reads).
- ``evaluate(paths)``: strict phrase-level (conlleval) P/R/F1 on CoNLL files
  (``python -m pipeline eval ner``).

Modules: ``tagger`` (model, default tagger) over ``features`` and ``decode``; ``consistency``
(chunks, document consistency); ``rules`` (finders); ``merge`` (the authority order);
``evaluate`` (CoNLL reading, scores).
"""
from __future__ import annotations

from ..document import Entity
from .consistency import chunks, make_consistent, tag_document
from .evaluate import evaluate, format_scores, read_conll, read_conll_documents, score
from .merge import build_entities
from .tagger import LABELS, MODEL_PATH, Tagger, default_tagger, model_digest, tag_tokens, write_attributes

__all__ = [
    "LABELS", "MODEL_PATH", "Tagger", "annotate", "build_entities", "chunks", "default_tagger", "evaluate",
    "extract", "format_scores", "make_consistent", "model_digest", "read_conll", "read_conll_documents", "score",
    "tag_document", "tag_tokens", "write_attributes",
]


def extract(document) -> list[Entity]:
    """Entity records (original offsets) for a Document that segment, numbers and places have run
    on. A plain string is normalized and run through those stages first (not through byline)."""
    if isinstance(document, str):
        document = _prepared(document)
    return build_entities(document, default_tagger())


def annotate(document) -> None:
    """Stage "entities": append the entities of ``document`` (see ``merge`` for who wins a span)."""
    document.entities.extend(extract(document))


def _prepared(text: str):
    """A Document of ``text`` with what this stage reads: normalized, segmented, numbers and places.
    (Stage order is ``pipeline.stages``'; a stage does not import the pipeline that runs it.)"""
    from .. import numbers, places
    from ..document import Document
    from ..normalize import normalize
    from ..segment import annotate as segment

    norm = normalize(text)
    doc = Document(original=text, text=norm.text, alignment=norm.alignment)
    segment(doc)
    numbers.annotate(doc)
    places.annotate(doc)
    return doc
