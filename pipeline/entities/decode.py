"""Viterbi decoding of the CRF model in numpy, a whole document at a time.

crfsuite's own tagger needs every token's feature strings handed over from Python one sentence at a
time (about 27 per token), and converting and looking them up cost more than the decoding. Here the
model's weights are read once from the model file, each distinct token's weighted features are
summed once per window position and cached as score vectors, and a document's sentences are padded
and decoded together, one numpy step per token position rather than per token.

The scores are crfsuite's: the same weights (read exactly, as doubles, from the file), the same
attributes per position, the same recurrence and tie-breaking (first best label wins). Only the order
in which a position's feature weights are added differs, which moves a score in its last bits; the
tags were checked identical to crfsuite's on real news and NSURL sentences.
"""
from __future__ import annotations

import struct
from pathlib import Path
from typing import Sequence

import numpy as np

_FEATURE = np.dtype({"names": ["type", "src", "dst", "w"], "formats": ["<u4", "<u4", "<u4", "<f8"],
                     "offsets": [0, 4, 8, 12], "itemsize": 20})


def _cqdb_strings(data: bytes, offset: int) -> list[str]:
    """id -> string of a CQDB block (crfsuite's string table), through its backward array."""
    chunk, _, _, _, count, back = struct.unpack_from("<4sIIIII", data, offset)
    if chunk != b"CQDB":
        raise ValueError("not a CQDB block")
    out = [""] * count
    for pos in struct.unpack_from(f"<{count}I", data, offset + back):
        if pos:
            ident, size = struct.unpack_from("<iI", data, offset + pos)
            out[ident] = data[offset + pos + 8:offset + pos + 7 + size].decode("utf-8")
    return out


def read_model(path: str | Path) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """(labels, attributes, state weights [attribute, label], transition weights [from, to]) of a
    crfsuite CRF1d model file."""
    data = Path(path).read_bytes()
    (magic, _, kind, _, _, n_labels, n_attrs, off_features, off_labels, off_attrs, _, _) = struct.unpack_from(
        "<4sI4sIIIIIIIII", data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"not a crfsuite CRF1d model: {path}")
    labels = _cqdb_strings(data, off_labels)
    attrs = _cqdb_strings(data, off_attrs)
    chunk, _, n_features = struct.unpack_from("<4sII", data, off_features)
    if chunk != b"FEAT" or len(labels) != n_labels or len(attrs) != n_attrs:
        raise ValueError(f"unexpected layout in {path}")
    feats = np.frombuffer(data, dtype=_FEATURE, count=n_features, offset=off_features + 12)
    state = np.zeros((n_attrs + 1, n_labels))  # the extra last row stays zero: "no attribute"
    trans = np.zeros((n_labels, n_labels))
    s = feats[feats["type"] == 0]
    state[s["src"], s["dst"]] = s["w"]
    t = feats[feats["type"] == 1]
    trans[t["src"], t["dst"]] = t["w"]
    return labels, attrs, state, trans


class Decoder:
    """Tags whole documents with a crfsuite model and the featurizer it was trained with."""

    # Distinct tokens kept per mode: their score rows take 600 bytes each (60 MB at most).
    CACHE_LIMIT = 100_000

    def __init__(self, path: str | Path, featurizer):
        self.labels, attrs, self.state, self.trans = read_model(path)
        self.features = featurizer
        self.row = {a: i for i, a in enumerate(attrs)}
        self.zero = len(attrs)
        self.n_labels = len(self.labels)
        self.trans_t = np.ascontiguousarray(self.trans.T)  # [label, previous label]
        self._exp_trans = np.exp(self.trans - self.trans.max())  # for forward-backward
        # Attribute names without their window prefix: a feature outside this set has no weight
        # at any position.
        self._bases = {a[2:] if a[:2] in ("-1", "+1", "-2", "+2") else a for a in attrs}
        self._zeros = (self.zero,) * 5
        self._last: tuple[bool, list[str], np.ndarray] | None = None
        self._known: dict[str, tuple[int, ...]] = {}  # feature -> its rows at each window position
        self._marks = [self.state[self.row.get(a, self.zero)] for a in ("BOS", "BOS2", "EOS", "EOS2")]
        # Word bigram attributes ("bl=a|b", "br=a|b") as integer codes over the words they name, so
        # a document's bigrams are looked up with one vectorized search instead of a string each.
        # A word holding "|" makes a name ambiguous: every reading is registered, as each one
        # would build that same attribute name.
        words: dict[str, int] = {}
        pairs: dict[str, list[tuple[str, str, int]]] = {"bl=": [], "br=": []}
        for a, i in self.row.items():
            side = a[:3]
            if side in pairs and "|" in a:
                body = a[3:]
                cut = body.find("|")
                while cut >= 0:
                    left, right = body[:cut], body[cut + 1:]
                    words.setdefault(left, len(words))
                    words.setdefault(right, len(words))
                    pairs[side].append((left, right, i))
                    cut = body.find("|", cut + 1)
        self._words = words
        self._n_words = max(1, len(words))
        # One sorted table of the pairs either side knows, with each side's row (the zero row where
        # that side has no such attribute): a token pair is looked up once for both sides.
        side_rows: dict[int, list[int]] = {}
        for at, side in enumerate(("bl=", "br=")):
            for left, right, i in pairs[side]:
                side_rows.setdefault(words[left] * self._n_words + words[right], [self.zero, self.zero])[at] = i
        codes = sorted(side_rows)
        self._pair_codes = np.array(codes, dtype=np.int64)
        self._pair_rows = np.array([side_rows[c] for c in codes], dtype=np.int64).reshape(-1, 2)
        # Per mode (raw / normalized tokens): token -> index into the per-token tables: the key,
        # the bigram word id (-1: in no bigram), and the score rows [window position (0, -1, +1,
        # -2, +2), label].
        self._index: tuple[dict[str, int], dict[str, int]] = ({}, {})
        self._keys: tuple[list[str], list[str]] = ([], [])
        self._scores = [np.zeros((1024, 5, self.n_labels)), np.zeros((1024, 5, self.n_labels))]
        self._word_ids = [np.zeros(1024, dtype=np.int64), np.zeros(1024, dtype=np.int64)]

    def _ids(self, tokens: list[str], normalized: bool) -> np.ndarray:
        """Table indices of ``tokens``, featurizing the ones not seen before."""
        last = self._last
        if last is not None and last[0] == normalized and last[1] == tokens:
            return last[2]  # the stage asks for a document's keys, then for its tags
        index = self._index[normalized]
        if len(index) + len(tokens) > self.CACHE_LIMIT:  # bounded memory over millions of documents
            index.clear()
            self._keys[normalized].clear()
        missing = [t for t in dict.fromkeys(tokens) if t not in index]
        if missing:
            self._add(missing, normalized)
        ids = np.fromiter([index[t] for t in tokens], dtype=np.int64, count=len(tokens))
        self._last = (normalized, tokens, ids)
        return ids

    def _feature_rows(self, feature: str) -> tuple[int, ...]:
        """Score rows of a feature at positions 0, -1, +1, -2, +2 (the zero row where the model
        has no weights: adding 0.0 changes no score)."""
        if feature not in self._bases:  # most new words: unknown to the model at every position
            return self._zeros
        row, zero = self.row.get, self.zero
        return tuple(row(p + feature, zero) for p in ("", "-1", "+1", "-2", "+2"))

    def _add(self, tokens: list[str], normalized: bool) -> None:
        index, keys = self._index[normalized], self._keys[normalized]
        zero, words = self.zero, self._words
        bases = self.features.bases
        known = self._known
        if len(known) > 2 * self.CACHE_LIMIT:
            known.clear()
        rows: list[int] = []
        starts: list[int] = []
        word_ids: list[int] = []
        first = len(keys)
        for tok in tokens:
            own, near, far, key = bases(tok, normalized)
            for f in own:
                if f not in known:
                    known[f] = self._feature_rows(f)
            # Segments in the order of the window positions; each starts with the zero row so
            # that none is empty and each sum starts from 0.0 as crfsuite's does.
            starts.append(len(rows))
            rows.append(zero)
            rows.extend([known[f][0] for f in own])
            for at, part in ((1, near), (2, near), (3, far), (4, far)):
                starts.append(len(rows))
                rows.append(zero)
                rows.extend([known[f][at] for f in part])
            index[tok] = len(keys)
            keys.append(key)
            word_ids.append(words.get(key, -1))
        sums = np.add.reduceat(self.state[rows], starts, axis=0).reshape(len(tokens), 5, self.n_labels)
        need = len(keys)
        table, wid = self._scores[normalized], self._word_ids[normalized]
        if need > len(table):
            size = max(need, min(2 * len(table), self.CACHE_LIMIT))
            grown = np.zeros((size, 5, self.n_labels))
            grown[:first] = table[:first]
            grown_w = np.zeros(size, dtype=np.int64)
            grown_w[:first] = wid[:first]
            self._scores[normalized], self._word_ids[normalized] = table, wid = grown, grown_w
        table[first:need] = sums
        wid[first:need] = word_ids

    def keys(self, tokens: Sequence[str], normalized: bool = False) -> list[str]:
        """Lexicon keys of ``tokens`` (what the featurizer's ``token(t)[5]`` gives)."""
        tokens = list(tokens)
        keys = self._keys[normalized]
        return [keys[i] for i in self._ids(tokens, normalized).tolist()]

    def _bigrams(self, word_ids: np.ndarray, inside: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The token pairs (i, i + 1) that have a bigram attribute: (i, score row of "bl=" at
        i + 1, score row of "br=" at i), the zero row where a side has none. ``inside``: the
        pairs within one sentence."""
        codes = self._pair_codes
        a, b = word_ids[:-1], word_ids[1:]
        at = np.flatnonzero(inside & (a >= 0) & (b >= 0))
        if not len(codes) or not len(at):
            return at[:0], at[:0], at[:0]
        code = a[at] * self._n_words + b[at]
        found = np.searchsorted(codes, code).clip(0, len(codes) - 1)
        hit = codes[found] == code
        rows = self._pair_rows[found[hit]]
        return at[hit], rows[:, 0], rows[:, 1]

    def tag_sentences(self, sentences: Sequence[Sequence[str]], normalized: bool = False) -> list[list[str]]:
        return self.decode(sentences, normalized)[0]

    def decode(self, sentences: Sequence[Sequence[str]], normalized: bool = False,
               marginals: bool = False) -> tuple[list[list[str]], list[list[float]] | None]:
        """Viterbi tags of each sentence and, with ``marginals``, each tag's marginal probability
        under the model (forward-backward): how sure the model is of that token's label, whatever
        the other tokens' labels."""
        sentences = [list(s) for s in sentences]
        lens_list = [len(s) for s in sentences]
        flat = [t for s in sentences for t in s]
        if not flat:
            return [[] for _ in sentences], ([[] for _ in sentences] if marginals else None)
        ids = self._ids(flat, normalized)
        lens = np.array(lens_list, dtype=np.int64)
        e = self._emissions(ids, lens, normalized)

        # All sentences at once, longest first: step t works on the sentences that still have a
        # token there, a prefix of them.
        b, width = len(sentences), max(lens_list)
        order = np.argsort(-lens, kind="stable")
        rank = np.empty(b, dtype=np.int64)
        rank[order] = np.arange(b)
        slens = lens[order]
        padded = np.zeros((width, b, self.n_labels))  # [position, sentence (longest first), label]
        padded[np.arange(len(ids)) - np.repeat(np.cumsum(lens) - lens, lens), np.repeat(rank, lens)] = e
        # Sentences longer than t: a prefix, whose tail from active[t + 1] ends at t.
        active = np.searchsorted(-slens, -np.arange(width + 1), side="left").tolist()
        path = self._viterbi(padded, active, slens)
        labels = self.labels
        cols = path.T.tolist()
        ranks = rank.tolist()
        tags = [[labels[x] for x in cols[r][:ln]] for r, ln in zip(ranks, lens_list)]
        if not marginals:
            return tags, None
        prob = self._marginals(padded, active, width)  # [position, sentence (longest first), label]
        chosen = prob[np.arange(width)[:, None], np.arange(b)[None, :], path]  # [position, sentence]
        rows = chosen.T.tolist()
        # Per sentence, the full [token, label] marginals, for decisions beyond the best path.
        self.last_marginals = [prob[:ln, r] for r, ln in zip(ranks, lens_list)]
        return tags, [rows[r][:ln] for r, ln in zip(ranks, lens_list)]

    def _emissions(self, ids: np.ndarray, lens: np.ndarray, normalized: bool) -> np.ndarray:
        """State scores [token, label] of a document's tokens (sentences one after the other).

        A position's attributes are added in the order crfsuite adds them: its own, then (-1,
        bigram left, -2 or BOS2) or BOS, then (+1, bigram right, +2 or EOS2) or EOS. A neighbour
        outside the sentence adds 0.0, which changes no score."""
        n = len(ids)
        m = self._scores[normalized][ids]  # [token, window position, label]
        ends = np.cumsum(lens)[lens > 0]  # empty sentences have no first or last token
        starts = ends - lens[lens > 0]
        two = lens[lens > 0] >= 2
        left = np.ones(n, dtype=bool)  # a token before it in its sentence
        left[starts] = False
        right = np.ones(n, dtype=bool)  # a token after it
        right[ends - 1] = False
        left2 = left.copy()
        left2[starts[two] + 1] = False
        right2 = right.copy()
        right2[ends[two] - 2] = False
        pairs, bl_rows, br_rows = self._bigrams(self._word_ids[normalized][ids], right[:-1])
        state = self.state
        bos, bos2, eos, eos2 = self._marks
        e = m[:, 0].copy()
        e[1:] += np.where(left[1:, None], m[:-1, 1], 0.0)
        e[pairs + 1] += state[bl_rows]
        e[2:] += np.where(left2[2:, None], m[:-2, 3], 0.0)
        e[starts[two] + 1] += bos2
        e[starts] += bos
        e[:-1] += np.where(right[:-1, None], m[1:, 2], 0.0)
        e[pairs] += state[br_rows]
        e[:-2] += np.where(right2[:-2, None], m[2:, 4], 0.0)
        e[ends[two] - 2] += eos2
        e[ends - 1] += eos
        return e

    def _viterbi(self, padded: np.ndarray, active: list[int], slens: np.ndarray) -> np.ndarray:
        """Best label paths [position, sentence] over the padded [position, sentence, label] state
        scores (sentences longest first, ``slens`` their lengths). crfsuite's recurrence (previous
        score + transition, best over the previous label, + state score) and its tie-breaking (the
        first best label), which numpy's argmax shares. Scores are laid out [sentence, label,
        previous label] so the best previous label is an argmax over the last axis, numpy's fast
        case; the best score is read at that argmax rather than reduced again."""
        width, b, n_labels = padded.shape
        trans_t = self.trans_t
        best = np.empty_like(padded)  # best score of a path ending in each label
        back = np.empty((width, b, n_labels), dtype=np.intp)  # its previous label
        score = np.empty((b, n_labels, n_labels))
        at = np.arange(b * n_labels) * n_labels  # offset of each [sentence, label] row of score
        best[0] = padded[0]
        for t in range(1, width):
            k = active[t]
            s = score[:k]
            np.add(best[t - 1, :k, None, :], trans_t, out=s)
            arg = s.argmax(axis=2, out=back[t, :k])
            np.add(s.reshape(-1).take(at[:k * n_labels] + arg.reshape(-1)).reshape(k, n_labels), padded[t, :k],
                   out=best[t, :k])
        rows = np.arange(b)
        cur = best[slens - 1, rows].argmax(axis=1)  # each sentence's best last label
        path = np.zeros((width, b), dtype=np.intp)  # 0 past a sentence's end
        for t in range(width - 1, 0, -1):
            k = active[t]  # sentences ending at t still hold their best last label in cur
            path[t, :k] = cur[:k]
            cur[:k] = back[t, rows[:k], cur[:k]]
        path[0] = cur
        return path

    def _marginals(self, padded: np.ndarray, active: list[int], width: int) -> np.ndarray:
        """Per-token label marginals by forward-backward over the padded [position, sentence,
        label] state scores, all sentences at once as in the Viterbi. Scaled probabilities, not
        logs: each token's scores are shifted by their maximum before exp (a constant per token,
        which cancels), and alpha/beta are renormalized at every step, so nothing overflows."""
        ex = np.exp(padded - padded.max(axis=2, keepdims=True))
        trans = self._exp_trans
        trans_t = trans.T
        add = np.add.reduce
        alpha = np.zeros_like(ex)
        a = ex[0]
        alpha[0] = a / a.sum(axis=1, keepdims=True)
        buf = np.empty(ex.shape[1:])
        for t in range(1, width):
            k = active[t]
            a = np.matmul(alpha[t - 1, :k], trans, out=buf[:k])
            a *= ex[t, :k]
            np.divide(a, add(a, axis=1, keepdims=True), out=alpha[t, :k])
        beta = np.ones_like(ex)
        nb = np.empty(ex.shape[1:])
        for t in range(width - 2, -1, -1):
            k = active[t + 1]  # sentences with a token at t + 1; the others end at t (beta 1)
            v = np.multiply(ex[t + 1, :k], beta[t + 1, :k], out=buf[:k])
            w = np.matmul(v, trans_t, out=nb[:k])
            np.divide(w, add(w, axis=1, keepdims=True), out=beta[t, :k])
        prob = alpha * beta
        total = prob.sum(axis=2, keepdims=True)
        return prob / np.where(total > 0, total, 1.0)
