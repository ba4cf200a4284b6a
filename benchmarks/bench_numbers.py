"""Benchmark of the numbers stage on real data (needs ../shared/data).

1. NSURL-2019 NER training data (PEYMA 300K + 600K): span-level precision/recall/F1 of our money,
   percent and date mentions against the gold MON, PCT and DAT spans. Each sentence is rebuilt by
   joining its tokens with spaces (a «.», «/» or «,» token between two digit tokens is glued back,
   because the corpus split decimals «1 . 2»); gold spans become character spans of that text.
   Two matching rules: exact (same start and end) and overlap (one-to-one, any shared character).
   Dates are also scored against the "absolute" gold dates only (those that hold a digit, a month
   or a number word): relative dates («امروز», «سال گذشته») are out of the stage's scope.
2. parstdex's test set: our date mentions against its gold date/time spans (it mixes clock times
   and colloquial durations, which the stage does not read: expect low recall there).
3. Speed: chars/s of ``extract`` on real news (Fars News + Varzesh3 JSON), beside a baseline run
   in the same process (a plain regex scan for digit groups, and hazm's Normalizer).

Usage: nice python benchmarks/bench_numbers.py [--chars 2000000] [--errors money|percent|date]
"""
from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from pipeline.numbers import extract

DATA = ROOT.parent / "shared" / "data"
TYPES = {"MON": "money", "PCT": "percent", "DAT": "date"}
_DIGIT = re.compile(r"[0-9\u06f0-\u06f9\u0660-\u0669]")
_ABSOLUTE = re.compile(
    r"[0-9\u06f0-\u06f9\u0660-\u0669]|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"
    r"|ژانویه|فوریه|مارس|آوریل|ژوئن|ژوئیه|جولای|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|شنبه|جمعه"
)


def nsurl_sentences():
    """(text, [(start, end, type)]) for every sentence of the NSURL training data."""
    files = sorted(glob.glob(str(DATA / "ner" / "nsurl2019-train" / "300K" / "*"))) + sorted(
        glob.glob(str(DATA / "ner" / "nsurl2019-train" / "600K" / "*"))
    )
    for f in files:
        raw = Path(f).read_text(encoding="utf-8", errors="replace").replace("\r", "")
        for block in raw.split("\n\n"):
            toks, tags = [], []
            for line in block.split("\n"):
                if not line.strip():
                    continue
                parts = line.split("\t")
                toks.append(parts[0])
                tags.append(parts[1].strip() if len(parts) > 1 else "O")
            if toks:
                yield _rebuild(toks, tags)


def _rebuild(toks, tags):
    pieces, offsets = [], []
    pos = 0
    for idx, tok in enumerate(toks):
        glue = (
            idx > 0
            and (tok in (".", "/", ",", "٫") and _DIGIT.search(toks[idx - 1][-1:] or "") and idx + 1 < len(toks) and _DIGIT.match(toks[idx + 1]))
            or (idx > 1 and toks[idx - 1] in (".", "/", ",", "٫") and _DIGIT.match(tok) and _DIGIT.search(toks[idx - 2][-1:]))
        )
        if idx > 0 and not glue:
            pieces.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        pieces.append(tok)
        pos += len(tok)
    text = "".join(pieces)
    spans = []
    cur = None
    for (s, e), tag in zip(offsets, tags):
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != tag[2:])):
            if cur:
                spans.append(tuple(cur))
            cur = [s, e, tag[2:]]
        elif tag.startswith("I-") and cur is not None:
            cur[1] = e
        else:
            if cur:
                spans.append(tuple(cur))
            cur = None
    if cur:
        spans.append(tuple(cur))
    return text, [(s, e, TYPES[t]) for s, e, t in spans if t in TYPES]


def match(gold, pred, overlap):
    """Number of one-to-one matches between span lists."""
    used = set()
    hits = 0
    for gs, ge in gold:
        for k, (ps, pe) in enumerate(pred):
            if k in used:
                continue
            if (ps == gs and pe == ge) if not overlap else (ps < ge and gs < pe):
                used.add(k)
                hits += 1
                break
    return hits


def prf(tp_p, n_pred, tp_g, n_gold):
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def bench_nsurl(show_errors: str | None):
    counts = defaultdict(lambda: defaultdict(int))
    errors = []
    n_sent = 0
    for text, gold in nsurl_sentences():
        n_sent += 1
        mentions = extract(text)
        for typ in ("money", "percent", "date"):
            g = [(s, e) for s, e, t in gold if t == typ]
            p = [(m.start, m.end) for m in mentions if m.kind == typ]
            c = counts[typ]
            c["gold"] += len(g)
            c["pred"] += len(p)
            for rule in ("exact", "overlap"):
                c[rule] += match(g, p, rule == "overlap")
            if typ == "date":
                ga = [(s, e) for s, e in g if _ABSOLUTE.search(text[s:e])]
                c["gold_abs"] += len(ga)
                for rule in ("exact", "overlap"):
                    c[rule + "_abs"] += match(ga, p, rule == "overlap")
            if show_errors == typ:
                for s, e in g:
                    if not any(ps < e and s < pe for ps, pe in p) and (typ != "date" or _ABSOLUTE.search(text[s:e])):
                        errors.append(("MISS", text[s:e], text[max(0, s - 40): e + 40]))
                for s, e in p:
                    if not any(gs < e and s < ge for gs, ge in g):
                        errors.append(("EXTRA", text[s:e], text[max(0, s - 40): e + 40]))
    print(f"NSURL-2019 train (PEYMA 300K+600K): {n_sent} sentences")
    print("| type | gold | predicted | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for typ in ("money", "percent", "date"):
        c = counts[typ]
        row = [typ, str(c["gold"]), str(c["pred"])]
        for rule in ("exact", "overlap"):
            p, r, f = prf(c[rule], c["pred"], c[rule], c["gold"])
            row += [f"{p:.3f}", f"{r:.3f}", f"{f:.3f}"]
        print("| " + " | ".join(row) + " |")
    c = counts["date"]
    for rule in ("exact", "overlap"):
        print(f"date recall on absolute gold dates ({c['gold_abs']} spans with a digit, month or weekday), "
              f"{rule}: {c[rule + '_abs'] / max(1, c['gold_abs']):.3f}")
    for kind, span, ctx in errors[:400]:
        print(kind, "|", span, "|", ctx)


def bench_parstdex():
    cases = json.loads((DATA / "numbers" / "parstdex" / "data.json").read_text(encoding="utf-8"))
    gold_n = pred_n = hit_exact = hit_overlap = 0
    for case in cases:
        text = case["test_input"]
        gold = [tuple(x) for x in json.loads(case["expected"])]
        pred = [(m.start, m.end) for m in extract(text) if m.kind == "date"]
        gold_n += len(gold)
        pred_n += len(pred)
        hit_exact += match(gold, pred, False)
        hit_overlap += match(gold, pred, True)
    print(f"\nparstdex test set: {len(cases)} sentences, {gold_n} gold date/time spans, {pred_n} predicted dates")
    for name, hits in (("exact", hit_exact), ("overlap", hit_overlap)):
        p, r, f = prf(hits, pred_n, hits, gold_n)
        print(f"  {name}: P {p:.3f} R {r:.3f} F1 {f:.3f}")


def news_texts(limit: int) -> list[str]:
    texts, total = [], 0
    files = sorted(glob.glob(str(DATA / "text" / "farsnews-varzesh3" / "*.json")))
    # alternate publishers so a small limit still sees both
    order = [f for pair in zip(files[:5], files[5:]) for f in pair] + files[10:]
    for f in order:
        for art in json.loads(Path(f).read_text(encoding="utf-8")):
            text = "\n".join([art.get("title") or "", art.get("abstract") or ""] + list(art.get("paragraphs") or []))
            texts.append(text)
            total += len(text)
            if total >= limit:
                return texts
    return texts


def bench_speed(limit: int):
    texts = news_texts(limit)
    chars = sum(len(t) for t in texts)
    digit_scan = re.compile(r"[0-9\u06f0-\u06f9\u0660-\u0669]+(?:[.,/٫٬][0-9\u06f0-\u06f9\u0660-\u0669]+)*")

    def run(fn):
        best = None
        for _ in range(2):
            t0 = time.perf_counter()
            n = 0
            for t in texts:
                n += len(fn(t))
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        return chars / best, n

    ours, n_ours = run(extract)
    base, n_base = run(digit_scan.findall)
    print(f"\nspeed on {len(texts)} real news articles ({chars:,} chars), best of 2 runs, one process:")
    print(f"  numbers.extract: {ours:,.0f} chars/s ({n_ours} mentions)")
    print(f"  baseline regex digit scan: {base:,.0f} chars/s ({n_base} digit groups); extract is {base / ours:.1f}x slower")
    try:
        from hazm import Normalizer

        norm = Normalizer()
        hz, _ = run(norm.normalize)
        print(f"  baseline hazm Normalizer.normalize: {hz:,.0f} chars/s; extract is {ours / hz:.2f}x its speed")
    except Exception as exc:  # hazm is a core dependency, but the benchmark must not die on it
        print(f"  hazm baseline unavailable: {exc}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=2_000_000, help="news characters for the speed run")
    ap.add_argument("--errors", choices=["money", "percent", "date"], help="print misses/extras of one type")
    ap.add_argument("--skip", nargs="*", default=[], choices=["nsurl", "parstdex", "speed"])
    args = ap.parse_args()
    if not (DATA / "README.md").exists():
        sys.exit("../shared/data is not present")
    if "nsurl" not in args.skip:
        bench_nsurl(args.errors)
    if "parstdex" not in args.skip:
        bench_parstdex()
    if "speed" not in args.skip:
        bench_speed(args.chars)


if __name__ == "__main__":
    main()
