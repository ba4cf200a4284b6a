"""Token features for the CRF entity tagger, shared by training (scripts/train_ner.py) and tagging.

Feature extraction in Python is the tagger's bottleneck, so everything that depends on one token
alone (its normalized form, affixes, shape, lexicon classes, word cluster) is computed once per
distinct token and cached, already prefixed for each window position; a sentence's features are
then list concatenations plus two bigram strings per token.
"""
from __future__ import annotations

from pathlib import Path

from ..normalize import normalize
from ..persian.chars import DIGITS_TO_ZERO, ZWNJ

DATA = Path(__file__).resolve().parent.parent / "data"
LEXICON_PATH = DATA / "ner_lexicon.tsv"
CLUSTERS_PATH = DATA / "ner_clusters.tsv"



def normalize_token(token: str) -> str:
    """A token as the pipeline's normalizer would write it. A space inside a token is a ZWNJ
    (the PEYMA/300K convention), never a word break."""
    token = token.strip().replace(" ", ZWNJ)
    out = normalize(token).text.replace(" ", ZWNJ)
    return out or token


def lexicon_key(token: str) -> str:
    """The form lexicons and word features are keyed on: normalized, digits folded to 0, ZWNJ
    removed (scraped news drops most ZWNJs, training data has them)."""
    return normalize_token(token).replace(ZWNJ, "").translate(DIGITS_TO_ZERO)


def _read_tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                word, _, value = line.rstrip("\n").partition("\t")
                if word:
                    out[word] = value
    return out


def _shape(token: str) -> str:
    out: list[str] = []
    for ch in token:
        if ch.isdigit():
            c = "0"
        elif "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff":
            c = "f"
        elif ch.isalpha():
            c = "A" if ch.isupper() else "a"
        elif ch == ZWNJ:
            c = "z"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


class Featurizer:
    """Per-token features with a cache; ``sentence(tokens)`` gives crfsuite's ``xseq``."""

    def __init__(self, lexicon: dict[str, str] | None = None, clusters: dict[str, str] | None = None):
        self.lexicon = _read_tsv(LEXICON_PATH) if lexicon is None else lexicon
        self.clusters = _read_tsv(CLUSTERS_PATH) if clusters is None else clusters
        # One cache per mode: raw tokens (normalized here) and tokens already cut from normalized text.
        self._caches: tuple[dict[str, tuple], dict[str, tuple]] = ({}, {})
        # Attributes the model has weights for; when set, others are never built or passed to
        # crfsuite (its string conversion costs as much as the decoding).
        self.known: set[str] | None = None

    def restrict(self, known: set[str]) -> None:
        self.known = known
        for cache in self._caches:
            cache.clear()

    def token(self, token: str, normalized: bool = False) -> tuple[list[str], ...]:
        """(features at 0, at -1, at +1, at -2, at +2, key) for one token."""
        cache = self._caches[normalized]
        hit = cache.get(token)
        if hit is not None:
            return hit
        out = self.compute(token, normalized)
        known = self.known
        if known is not None:
            out = tuple([f for f in part if f in known] for part in out[:5]) + (out[5],)
        if len(cache) > 300_000:
            cache.clear()
        cache[token] = out
        return out

    def compute(self, token: str, normalized: bool = False) -> tuple[list[str], ...]:
        """``token`` without the cache and without dropping attributes the model does not know."""
        own, near, far, key = self.bases(token, normalized)
        return (
            own,
            ["-1" + f for f in near],
            ["+1" + f for f in near],
            ["-2" + f for f in far],
            ["+2" + f for f in far],
            key,
        )

    def bases(self, token: str, normalized: bool = False) -> tuple[list[str], list[str], list[str], str]:
        """(features of the token itself, of it as a neighbour at -1/+1 and at -2/+2 before their
        position prefix, key). Neighbour features are a subset of the token's own."""
        # Tokens of Document.text are normalized already: normalizing them again one by one costs
        # two thirds of the featurizing and changes nothing but, rarely, a ZWNJ.
        norm = token.replace(" ", ZWNJ) if normalized else normalize_token(token)
        key = norm.replace(ZWNJ, "").translate(DIGITS_TO_ZERO)
        shape = _shape(key)
        lex = self.lexicon.get(key, "")
        cats = lex.split(",") if lex else []
        cluster = self.clusters.get(key, "")
        own = [
            "w=" + key,
            "sh=" + shape,
            "p2=" + key[:2], "p3=" + key[:3],
            "s1=" + key[-1:], "s2=" + key[-2:], "s3=" + key[-3:], "s4=" + key[-4:],
            "len=" + str(min(len(key), 8)),
        ]
        if ZWNJ in norm:
            own.append("zw")
        near = ["w=" + key, "sh=" + shape, "s2=" + key[-2:]]
        far = ["w=" + key]
        for cat in cats:
            own.append("L=" + cat)
            near.append("L=" + cat)
            far.append("L=" + cat)
        if cluster:
            for i, c in enumerate(cluster.split(",")):
                own.append(f"c{i}={c}")
                near.append(f"c{i}={c}")
                if i == 0:
                    far.append(f"c{i}={c}")
        return own, near, far, key

    def sentence(self, tokens: list[str], normalized: bool = False) -> list[list[str]]:
        feats = [self.token(t, normalized) for t in tokens]
        known = self.known
        n = len(feats)
        xseq: list[list[str]] = []
        for i, f in enumerate(feats):
            item = list(f[0])
            if i > 0:
                item += feats[i - 1][1]
                bigram = "bl=" + feats[i - 1][5] + "|" + f[5]
                if known is None or bigram in known:
                    item.append(bigram)
                if i > 1:
                    item += feats[i - 2][3]
                else:
                    item.append("BOS2")
            else:
                item.append("BOS")
            if i < n - 1:
                item += feats[i + 1][2]
                bigram = "br=" + f[5] + "|" + feats[i + 1][5]
                if known is None or bigram in known:
                    item.append(bigram)
                if i < n - 2:
                    item += feats[i + 2][4]
                else:
                    item.append("EOS2")
            else:
                item.append("EOS")
            xseq.append(item)
        return xseq
