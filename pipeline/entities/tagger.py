"""The CRF entity tagger: the trained model (``pipeline/data/ner_crf.model``, built by
scripts/train_ner.py), the featurizer it was trained with, and the process-wide default tagger.

``tag_tokens(tokens)`` gives IOB tags in the NSURL scheme (B-PER, I-ORG, ..., O) for one sentence;
``Tagger.tag_sentences`` tags a whole document at once with the numpy decoder (``decode.py``),
which gives crfsuite's own tags faster.
"""
from __future__ import annotations

import struct
from pathlib import Path
from typing import Sequence

from .features import DATA, Featurizer

MODEL_PATH = DATA / "ner_crf.model"

# NSURL tag types -> labels of entities.csv.
LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "DAT": "DATE", "TIM": "TIME", "MON": "MONEY", "PCT": "PERCENT"}


class Tagger:
    """A trained CRF model and the featurizer it was trained with."""

    def __init__(self, path: str | Path = MODEL_PATH, featurizer: Featurizer | None = None):
        import pycrfsuite

        self.path = Path(path)
        if not self.path.exists():
            raise FileNotFoundError(f"NER model not found: {self.path} (run scripts/train_ner.py)")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))
        self.features = featurizer or Featurizer()
        if featurizer is None:
            self.features.restrict(self._known_attributes())
        from .decode import Decoder

        try:
            self.decoder: Decoder | None = Decoder(self.path, self.features)
        except (ValueError, struct.error):  # a model layout we cannot read: crfsuite tags alone
            self.decoder = None

    def _known_attributes(self) -> set[str]:
        """The attributes the model has weights for: from the list train_ner.py writes beside the
        model (when it belongs to this very model file), else read out of the model (slower)."""
        listing = self.path.with_suffix(".attrs")
        if listing.exists():
            with open(listing, encoding="utf-8") as fh:
                head = fh.readline().split()
                if head[-1:] == [model_digest(self.path)]:
                    return {line.rstrip("\n") for line in fh}
        return {attr for attr, _ in self._tagger.info().state_features}

    def tag(self, tokens: Sequence[str], normalized: bool = False) -> list[str]:
        """Tags for one sentence; ``normalized``: the tokens come from normalized text."""
        if not tokens:
            return []
        return self._tagger.tag(self.features.sentence(list(tokens), normalized))

    def tag_sentences(self, sentences: Sequence[Sequence[str]], normalized: bool = False) -> list[list[str]]:
        """Tags for many sentences (one document) at once: the same tags as ``tag`` for each."""
        if self.decoder is None:
            return [self.tag(s, normalized) for s in sentences]
        return self.decoder.tag_sentences(sentences, normalized)

    def tag_sentences_scored(self, sentences: Sequence[Sequence[str]], normalized: bool = False
                             ) -> tuple[list[list[str]], list[list[float]]]:
        """``tag_sentences`` and each tag's marginal probability (forward-backward)."""
        if self.decoder is not None:
            tags, marginals = self.decoder.decode(sentences, normalized, marginals=True)
            return tags, marginals
        tags, marginals = [], []
        for s in sentences:
            if not s:
                tags.append([])
                marginals.append([])
                continue
            self._tagger.set(self.features.sentence(list(s), normalized))
            ts = self._tagger.tag()
            tags.append(ts)
            marginals.append([self._tagger.marginal(t, i) for i, t in enumerate(ts)])
        return tags, marginals

    def sentence_keys(self, sentences: Sequence[Sequence[str]], normalized: bool = False) -> list[list[str]]:
        """``keys`` of each sentence, in one pass over the document."""
        if self.decoder is None:
            return [self.keys(s, normalized) for s in sentences]
        flat = self.decoder.keys([t for s in sentences for t in s], normalized)
        out, at = [], 0
        for s in sentences:
            out.append(flat[at:at + len(s)])
            at += len(s)
        return out

    def keys(self, tokens: Sequence[str], normalized: bool = False) -> list[str]:
        if self.decoder is not None:
            return self.decoder.keys(tokens, normalized)
        cached = self.features._caches[normalized].get
        token = self.features.token
        return [(cached(t) or token(t, normalized))[5] for t in tokens]


def model_digest(path: str | Path) -> str:
    import hashlib

    return hashlib.sha1(Path(path).read_bytes()).hexdigest()


def write_attributes(model: str | Path) -> Path:
    """Write ``<model>.attrs``: the model's attributes, headed by the model file's digest."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    attrs = sorted({attr for attr, _ in tagger.info().state_features})
    out = Path(model).with_suffix(".attrs")
    out.write_text(f"# sha1 {model_digest(model)}\n" + "".join(a + "\n" for a in attrs), encoding="utf-8")
    return out


_DEFAULT: Tagger | None = None


def default_tagger() -> Tagger:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Tagger()
    return _DEFAULT


def tag_tokens(tokens: list[str]) -> list[str]:
    """IOB tags (NSURL scheme) for one pre-tokenized sentence, one tag per token."""
    return default_tagger().tag(tokens)
