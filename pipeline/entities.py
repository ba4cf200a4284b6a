"""Named entities: a CRF tagger trained on NSURL-2019 (scripts/train_ner.py), rules on top, and
reconciliation with the numbers and places stages.

- ``tag_tokens(tokens)``: IOB tags in the NSURL scheme (B-PER, I-ORG, ..., O) for one sentence.
- ``extract(document)`` / ``annotate(document)``: Entity records (original offsets) for a Document
  that normalize, segment, numbers and places have already run on.
- ``evaluate(paths)`` / ``eval_main(argv)``: strict phrase-level (conlleval) P/R/F1 on CoNLL files.
"""
from __future__ import annotations

import argparse
import struct
import sys
import json
from pathlib import Path
from typing import Iterable, Sequence

from .ner_features import DATA, Featurizer

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
        from .ner_decode import Decoder

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


# ---------------------------------------------------------------- chunks and document consistency


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) phrases of an IOB tag sequence, by conlleval's rules: a phrase starts at
    B-X, or at I-X after O or another type; anything else ends it."""
    tags = list(tags)
    if tags.count("O") == len(tags):
        return []
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O":  # most tokens: no need to parse
            if kind:
                out.append((start, i, kind))
                kind = ""
            continue
        prefix, _, t = tag.partition("-")
        if prefix not in ("B", "I") or not t:
            prefix, t = "O", ""
        begins = prefix == "B" or (prefix == "I" and t != kind)
        if kind and (prefix == "O" or begins):
            out.append((start, i, kind))
            kind = ""
        if begins:
            start, kind = i, t
    return out


def _set(tags: list[str], start: int, end: int, kind: str) -> None:
    tags[start] = "B-" + kind
    for j in range(start + 1, end):
        tags[j] = "I-" + kind


def make_consistent(keys: list[list[str]], tags: list[list[str]], lexicon: dict[str, str] | None = None) -> list[list[str]]:
    """Document-level consistency. Every multi-token name the model tagged somewhere in a document
    is tagged wherever else it occurs untagged, and a person's surname (last token of a multi-token
    PER) becomes PER where it stands alone: news names a person in full once, then by surname."""
    lexicon = lexicon or {}
    phrases: dict[tuple[str, ...], str] = {}
    for ks, ts in zip(keys, tags):
        for s, e, kind in chunks(ts):
            if e - s >= 2:
                phrases.setdefault(tuple(ks[s:e]), kind)
                if kind == "PER":
                    last = ks[e - 1]
                    if len(last) >= 3 and not _is_function_word(lexicon.get(last, "")):
                        phrases.setdefault((last,), "PER")
    if not phrases:
        return tags
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=len, reverse=True):
        by_first.setdefault(p[0], []).append(p)
    out = []
    for ks, ts in zip(keys, tags):
        ts = list(ts)
        free = 0  # a match covers tokens up to here; the next one starts after it
        for i in [i for i, k in enumerate(ks) if k in by_first]:
            if i < free:
                continue
            for p in by_first[ks[i]]:
                e = i + len(p)
                if tuple(ks[i:e]) == p and all(t == "O" for t in ts[i:e]) and (e >= len(ts) or not ts[e].startswith("I-")):
                    _set(ts, i, e, phrases[p])
                    free = e
                    break
        out.append(ts)
    return out


def _is_function_word(cats: str) -> bool:
    return any(c in cats.split(",") for c in ("title", "orgh", "month", "wday", "cur", "mag", "pct", "time", "date", "loc"))


def tag_document(sentences: list[list[str]], tagger: Tagger | None = None, consistency: bool = True,
                 normalized: bool = False, keys: list[list[str]] | None = None) -> list[list[str]]:
    """Tags for every sentence of one document, with document-level consistency. ``keys``: the
    sentences' lexicon keys when the caller has them already."""
    tagger = tagger or default_tagger()
    tags = tagger.tag_sentences(sentences, normalized)
    if consistency:
        if keys is None:
            keys = tagger.sentence_keys(sentences, normalized)
        tags = make_consistent(keys, tags, tagger.features.lexicon)
    return tags


# ---------------------------------------------------------------- evaluation (conlleval, strict)

# Type names of other corpora -> NSURL types, so their gold can be scored against our tags.
_TYPE_ALIASES = {
    "PERS": "PER", "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "DATE": "DAT",
    "TIME": "TIM", "MONEY": "MON", "PERCENT": "PCT",
}


def _canonical(tag: str) -> str:
    prefix, _, kind = tag.partition("-")
    if prefix not in ("B", "I") or not kind:
        return "O"
    kind = kind.upper()
    return prefix + "-" + _TYPE_ALIASES.get(kind, kind)


def read_conll_documents(path: str | Path) -> list[list[list[tuple[str, str]]]]:
    """Documents (split at ``-DOCSTART-``) of sentences of (token, tag) from a CoNLL-style file:
    ``token<TAB>tag`` (a space inside the token belongs to it) or ``token tag``; blank line between
    sentences; extra middle columns (POS) are ignored; a line with a token and no tag is O."""
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sent: list[tuple[str, str]] = []
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if "\t" in line:
                parts = line.split("\t")
                token, tag = parts[0], parts[-1].strip() if len(parts) > 1 else "O"
            else:
                parts = line.split()
                if len(parts) == 1 and _canonical(parts[0]) == "O" and parts[0] in ("O", "o"):
                    parts = []  # a stray tag with no token: a sentence break in NSURL 600K
                token, tag = (parts[0], parts[-1]) if len(parts) >= 2 else (parts[0] if parts else "", "O")
            if token.startswith("-DOCSTART-"):
                if sent:
                    docs[-1].append(sent)
                    sent = []
                if docs[-1]:
                    docs.append([])
                continue
            if not token.strip():
                if sent:
                    docs[-1].append(sent)
                    sent = []
                continue
            sent.append((token, tag or "O"))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    return [s for d in read_conll_documents(path) for s in d]


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]], types: Iterable[str] | None = None) -> dict:
    """Strict phrase-level P/R/F1 (a phrase counts when its span and type both match). ``types``
    restricts the count to those types (for corpora whose other types we do not tag)."""
    keep = set(types) if types else None
    counts: dict[str, list[int]] = {}  # type -> [correct, predicted, gold]
    n_tokens = 0
    for g, p in zip(gold, predicted):
        n_tokens += len(g)
        gs = set(chunks([_canonical(t) for t in g]))
        ps = set(chunks([_canonical(t) for t in p]))
        if keep is not None:
            gs = {c for c in gs if c[2] in keep}
            ps = {c for c in ps if c[2] in keep}
        for s in gs | ps:
            c = counts.setdefault(s[2], [0, 0, 0])
            c[0] += s in gs and s in ps
            c[1] += s in ps
            c[2] += s in gs
    def prf(c: list[int]) -> dict:
        p = c[0] / c[1] if c[1] else 0.0
        r = c[0] / c[2] if c[2] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2),
                "correct": c[0], "predicted": c[1], "gold": c[2]}
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {"overall": prf(total), "types": {k: prf(counts[k]) for k in sorted(counts)}, "tokens": n_tokens}


def evaluate(paths: list[str], model: str | None = None, consistency: bool = True,
             types: Iterable[str] | None = None) -> dict:
    """Strict phrase-level (conlleval) P/R/F1, overall and per type, of our tagger on CoNLL files.
    Each file (or each ``-DOCSTART-`` section of it) is tagged as one document."""
    tagger = Tagger(model) if model else default_tagger()
    gold: list[list[str]] = []
    pred: list[list[str]] = []
    for path in paths:
        for doc in read_conll_documents(path):
            sentences = [[t for t, _ in s] for s in doc]
            pred.extend(tag_document(sentences, tagger, consistency))
            gold.extend([tag for _, tag in s] for s in doc)
    result = score(gold, pred, types)
    result["files"] = len(paths)
    return result


def format_scores(result: dict) -> str:
    lines = [f"{'type':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>7} {'pred':>7}"]
    rows = list(result["types"].items()) + [("overall", result["overall"])]
    for name, s in rows:
        lines.append(f"{name:8} {s['precision']:6.2f} {s['recall']:6.2f} {s['f1']:6.2f} {s['gold']:7d} {s['predicted']:7d}")
    return "\n".join(lines)


def eval_main(argv: list[str]) -> int:
    """``python -m pipeline eval ner FILES... [--json] [--model PATH] [--no-consistency]``."""
    ap = argparse.ArgumentParser(prog="pipeline eval ner", description="strict phrase-level NER scores")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--model", default=None)
    ap.add_argument("--no-consistency", action="store_true", help="tag sentences independently")
    ap.add_argument("--types", default=None, help="comma-separated types to score (e.g. PER,LOC,ORG)")
    args = ap.parse_args(argv)
    missing = [f for f in args.files if not Path(f).is_file()]
    if missing:
        print(f"error: not a file: {', '.join(missing)}", file=sys.stderr)
        return 2
    types = [t.strip().upper() for t in args.types.split(",")] if args.types else None
    result = evaluate(args.files, model=args.model, consistency=not args.no_consistency, types=types)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_scores(result))
    return 0


# ---------------------------------------------------------------- the pipeline stage


def extract(document) -> list:
    """Entity records (original offsets) for a Document that numbers and places have run on;
    a plain string is run through ``pipeline.process`` first (without this stage)."""
    if isinstance(document, str):
        from . import process

        document = process(document, skip={"entities"})
    from .ner_rules import build_entities

    return build_entities(document, default_tagger())


def annotate(document) -> None:
    document.entities.extend(extract(document))
