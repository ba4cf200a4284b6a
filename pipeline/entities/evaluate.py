"""Evaluation of the tagger on gold files: strict phrase-level (conlleval) P/R/F1, overall and per
type. CoNLL reading and scoring only; the command line (``python -m pipeline eval ner``) is
``pipeline.cli``'s.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from .consistency import chunks, tag_document
from .tagger import Tagger, default_tagger

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
