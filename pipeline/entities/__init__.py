"""Stage "entities": named entities from a CRF tagger trained on NSURL-2019 (scripts/train_ner.py),
rules on top, and reconciliation with the numbers and places stages.

- ``tag_tokens(tokens)``: IOB tags for one tokenized sentence, in the labels of ``entities.csv``
  (B-PER, I-ORG, B-DATE, B-MONEY, ..., O); ``labels="nsurl"`` gives the model's own NSURL tags
  (B-DAT, B-MON, ...), the scheme of the gold files ``evaluate`` reads.
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
from ..persian.organisations import SPORTS_WORDS
from .consistency import chunks, make_consistent, tag_document
from .evaluate import evaluate, format_scores, read_conll, read_conll_documents, score
from .features import lexicon_key
from .merge import build_entities
from .rules import ORG_HEAD_KEYS, SpanIndex, strictly_inside
from .tagger import LABELS, MODEL_PATH, Tagger, default_tagger, model_digest, write_attributes

__all__ = [
    "LABELS", "MODEL_PATH", "Tagger", "annotate", "build_entities", "chunks", "default_tagger", "evaluate",
    "extract", "format_scores", "make_consistent", "model_digest", "read_conll", "read_conll_documents", "score",
    "tag_document", "tag_tokens", "write_attributes",
]


def tag_tokens(tokens: list[str], labels: str = "table") -> list[str]:
    """IOB tags for one pre-tokenized sentence, one tag per token. ``labels="table"`` (default)
    names types as ``entities.csv`` does (B-DATE, B-TIME, B-MONEY, B-PERCENT), so one vocabulary
    serves the tags, the records and the tables; ``labels="nsurl"`` keeps the model's NSURL
    names (B-DAT, B-TIM, B-MON, B-PCT) for comparing with NSURL-style gold files."""
    if isinstance(tokens, (str, bytes)):
        # A string is iterable: without this, each character would be tagged as a token.
        raise TypeError(f"tag_tokens() expects a list of tokens (str), got a single {type(tokens).__name__}; "
                        "split it first, e.g. tag_tokens(text.split())")
    try:
        tokens = list(tokens)
    except TypeError:
        raise TypeError(f"tag_tokens() expects a list of tokens (str), got {type(tokens).__name__}") from None
    for i, token in enumerate(tokens):
        if not isinstance(token, str):
            raise TypeError(f"tag_tokens() expects every token as str; token {i} is {type(token).__name__}")
    if labels not in ("table", "nsurl"):
        raise ValueError(f"tag_tokens(): labels must be 'table' or 'nsurl', got {labels!r}")
    tags = default_tagger().tag(tokens)
    if labels == "nsurl":
        return tags
    return [tag if tag == "O" else f"{tag[:2]}{LABELS.get(tag[2:], tag[2:])}" for tag in tags]


def extract(document) -> list[Entity]:
    """Entity records (original offsets) for a Document that segment, numbers and places have run
    on. A plain string is normalized and run through those stages first (not through byline)."""
    if isinstance(document, str):
        document = _prepared(document)
    return build_entities(document, default_tagger())


def annotate(document) -> None:
    """Stage "entities": append the entities of ``document`` (see ``merge`` for who wins a span),
    and take out of ``document.places`` the places that are part of a name it found."""
    found = extract(document)
    document.entities.extend(found)
    document.places[:] = places_outside_names(document.places, found, _sports_story(document))


#: the labels of names a place can be part of without being a place mention
_NAME_LABELS = frozenset(("PER",))


def places_outside_names(places: list, found: list[Entity], sports: bool = False) -> list:
    """``places`` without those strictly inside a person's name («کولی بالی», «البرز حاجی‌پور»,
    «ریچارد هریس»): the judges never count one a place, and the gazetteer cannot tell. The Leader's
    epithet is the exception: the «ایران» of «رهبر معظم انقلاب اسلامی ایران» is a places row for
    the judges (dev draws), though no LOC. In a sports story, a town inside a club's name
    («آفتاب زاگرس اهواز», «شیمیدر قم» in a fixture list) is no row either (CONVENTIONS: a club named
    with its town holds none); an organisation opening with a head word («هیئت فوتبال استان
    تهران», «تیم ملی ایران») is no club, and keeps its place, as a country or a town said with its
    cue does."""
    names = SpanIndex((e.start, e.end) for e in found if e.label in _NAME_LABELS and not e.text.startswith("رهبر"))
    clubs = SpanIndex((e.start, e.end) for e in found if sports and _club_name(e))
    return [p for p in places if not names.any((p.start, p.end), strictly_inside)
            and not (_bare_iranian_town(p) and clubs.any((p.start, p.end), strictly_inside))]


def _bare_iranian_town(p) -> bool:
    """An Iranian town or province named without a cue: what a club's name ends with («شیمیدر قم»);
    «تربیت‌بدنی استان قم» is an office of the province, and a country after a foreign name may be
    an outlet's or a player's («کوریره دلو اسپورت ایتالیا»)."""
    return p.country == "ایران" and p.place_type != "country" and p.reason not in ("cue", "title", "dateline")


def _club_name(e: Entity) -> bool:
    words = e.text.replace("\u200c", " ").split()
    return e.label == "ORG" and len(words) >= 2 and lexicon_key(words[0]) not in ORG_HEAD_KEYS


def _sports_story(document) -> bool:
    """Three or more distinct sports words (``SPORTS_WORDS``) in the article. The places stage counts
    occurrences of the same words and the entity rules distinct ``SPORTS_CUES`` (``refine.is_sports_story``):
    three readings of "a match report" that are not yet one."""
    seen = set()
    for sent in document.sentences:
        seen.update(t.text for t in sent.tokens if t.text in SPORTS_WORDS)
        if len(seen) >= 3:
            return True
    return False


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
