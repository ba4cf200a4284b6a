"""Exact and near-duplicate articles in a batch: the same story exported six times gets one
``doc_id`` it duplicates (``duplicate_of`` in documents.csv), the first one seen.

- exact: the same words in the same order once letters are folded (Arabic ي/ك, ZWNJ, spacing and
  punctuation aside);
- near: MinHash over the article's word 5-grams, 64 hash functions in 16 bands of 4 (locality
  sensitive hashing: two articles share a band with high probability only when their 5-gram sets
  overlap much), confirmed by the share of equal hashes (an estimate of the Jaccard similarity of
  the two 5-gram sets) being at least ``threshold`` (0.9). On the Fars News/Varzesh3 data a reader
  judged 30 pairs: the 16 the same story score 1.0, the 14 different reports at most 0.34 (a
  follow-up sharing its background paragraph); none falls near the cut.

Linear in the batch: each article is hashed once and looked up in 16 band tables. The batch runner
feeds articles in input order in the main process, so the first of a group is the same whatever
the number of workers or the engine, and ``--resume`` feeds the articles it skips too.
"""
from __future__ import annotations

import hashlib
import zlib

import numpy as np
import regex

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_PRIME = (1 << 61) - 1
_HASHES, _BANDS = 64, 16
_ROWS = _HASHES // _BANDS
_rng = np.random.default_rng(20231127)  # fixed: signatures must not change between runs or processes
# a, b below 2^32 and shingle hashes below 2^32: a·x + b stays below 2^64, so uint64 never wraps
_A = _rng.integers(1, 1 << 32, size=_HASHES, dtype=np.uint64)
_B = _rng.integers(0, 1 << 32, size=_HASHES, dtype=np.uint64)
SHINGLE = 5


def words(text: str) -> list[str]:
    # three replacements in C beat a per-character translation table: this runs on every article
    return _WORD.findall(text.replace("ي", "ی").replace("ك", "ک").replace("\u200c", ""))


def signature(ws: list[str]) -> np.ndarray | None:
    """The MinHash signature of a word list's 5-grams (None for fewer than 5 words)."""
    if len(ws) < SHINGLE:
        return None
    # each word hashed once; a 5-gram's hash combines its words' hashes (vectorized, no strings)
    w = np.fromiter((zlib.crc32(t.encode("utf-8")) for t in ws), dtype=np.uint64, count=len(ws))
    n = len(ws) - SHINGLE + 1
    g = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):
        g = (g * np.uint64(1000003) + w[k:k + n]) & np.uint64(0xFFFFFFFF)
    x = np.unique(g)
    h = (_A[:, None] * x[None, :] + _B[:, None]) % np.uint64(_PRIME)
    return h.min(axis=1)


class DuplicateFinder:
    """Feed articles in order with ``see(doc_id, text)``; it answers the doc_id the article
    duplicates, or None (and remembers the article)."""

    def __init__(self, threshold: float = 0.9):
        self.threshold = threshold
        self.exact: dict[str, str] = {}
        self.bands: list[dict[bytes, list[str]]] = [{} for _ in range(_BANDS)]
        self.signatures: dict[str, np.ndarray] = {}

    def see(self, doc_id: str, text: str) -> str | None:
        ws = words(text)
        if not ws:
            return None
        key = hashlib.sha1(" ".join(ws).encode("utf-8")).hexdigest()
        first = self.exact.get(key)
        if first is not None:
            return first
        self.exact[key] = doc_id
        sig = signature(ws)
        if sig is None:
            return None
        best = None
        for b in range(_BANDS):
            band = sig[b * _ROWS:(b + 1) * _ROWS].tobytes()
            for other in self.bands[b].get(band, ()):
                if best is None and float(np.mean(self.signatures[other] == sig)) >= self.threshold:
                    best = other
        if best is not None:
            return best
        self.signatures[doc_id] = sig
        for b in range(_BANDS):
            self.bands[b].setdefault(sig[b * _ROWS:(b + 1) * _ROWS].tobytes(), []).append(doc_id)
        return None
