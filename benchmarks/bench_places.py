"""Precision and recall of the places stage against the LOC phrases of the NER gold, exact span.

    nice .venv/bin/python benchmarks/bench_places.py [--corpus NAME ...] [--errors N] [--json] [--speed]

Gold: ../shared/data/ner/ (NSURL-2019 300K and 600K, ARMAN fold-1 training part, ParsNER news and
wiki training parts). Each sentence's text is its tokens joined by single spaces; gold LOC phrases
become character spans of that text; ``pipeline.places.extract`` runs on the same text (raw: Arabic
ي/ك in 600K, ZWNJ written as a space in 300K) and a mention counts when its span equals a gold
span. Conventions differ between corpora (NSURL and ARMAN put «استان»/«شهر» inside the phrase,
ParsNER leaves them out); the stage follows NSURL/ARMAN. Also reported, for scale, the baseline
the issue quotes: matching a short list of country and city names.

``--speed``: characters per second of ``extract`` over normalized Fars News/Varzesh3 articles
(../shared/data/text), and of ``annotate`` (the pipeline stage: places + lists on a segmented
Document), beside the regex tokenizer over the same text in the same process.

``--corpus nsurl600_even`` / ``nsurl600_odd``: the halves of NSURL 600K by file number. The rules
were revised reading the errors of ``nsurl600_even`` only; ``nsurl600_odd`` and ``nsurl300`` are
the held-out check.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]

from pipeline.places import extract

NER = ROOT.parent / "shared" / "data" / "ner"

Sentence = list[tuple[str, str]]


def _read(path: Path, sep: str | None) -> Iterator[Sentence]:
    cur: Sentence = []
    with path.open(encoding="utf-8-sig", errors="replace") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if cur:
                    yield cur
                    cur = []
                continue
            parts = line.split(sep) if sep else line.rsplit(" ", 1)
            tok, tag = (parts[0], parts[-1].strip()) if len(parts) >= 2 else (parts[0], "O")
            if tok:
                cur.append((tok, tag))
    if cur:
        yield cur


def _nsurl(part: str, parity: int | None = None) -> Iterator[Sentence]:
    """Sentences of an NSURL part; ``parity`` 0/1 keeps the files with an even/odd number."""
    for f in sorted((NER / "nsurl2019-train" / part).glob("*")):
        if parity is None or int("".join(c for c in f.name if c.isdigit()) or 0) % 2 == parity:
            yield from _read(f, "\t")


CORPORA = {
    "nsurl300": lambda: _nsurl("300K"),
    "nsurl600": lambda: _nsurl("600K"),
    # the rules are tuned reading errors of nsurl600_even only; nsurl600_odd and nsurl300 check them
    "nsurl600_even": lambda: _nsurl("600K", 0),
    "nsurl600_odd": lambda: _nsurl("600K", 1),
    "arman": lambda: _read(NER / "arman" / "train_fold1.txt", None),
    "parsner_news": lambda: _read(NER / "parsner" / "train_news.pos", "\t"),
    "parsner_wiki": lambda: _read(NER / "parsner" / "train_wiki.pos", "\t"),
}


def sentence_spans(sent: Sentence) -> tuple[str, set[tuple[int, int]]]:
    """The sentence text (tokens joined by one space) and its gold LOC character spans."""
    starts = []
    pos = 0
    for tok, _ in sent:
        starts.append(pos)
        pos += len(tok) + 1
    text = " ".join(t for t, _ in sent)
    spans = set()
    cur = None
    for i, (tok, tag) in enumerate(sent):
        t = tag.upper()
        if t == "B-LOC" or (t == "I-LOC" and cur is None):
            if cur:
                spans.add(cur)
            cur = (starts[i], starts[i] + len(tok))
        elif t == "I-LOC":
            cur = (cur[0], starts[i] + len(tok))
        else:
            if cur:
                spans.add(cur)
            cur = None
    if cur:
        spans.add(cur)
    return text, spans


BASELINE = ("ایران آمریکا امریکا عراق سوریه روسیه ترکیه عربستان چین ژاپن هند پاکستان افغانستان "
            "انگلیس فرانسه آلمان تهران مشهد اصفهان تبریز شیراز قم").split()


def baseline(text: str) -> set[tuple[int, int]]:
    out = set()
    pos = 0
    for tok in text.split(" "):
        if tok.replace("ي", "ی") in BASELINE:
            out.add((pos, pos + len(tok)))
        pos += len(tok) + 1
    return out


def evaluate(name: str, errors: int = 0) -> dict:
    tp = fp = fn = 0
    btp = bfp = 0
    fps: Counter = Counter()
    fns: Counter = Counter()
    sentences = 0
    for sent in CORPORA[name]():
        text, gold = sentence_spans(sent)
        sentences += 1
        pred = {(m.start, m.end) for m in extract(text)}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        b = baseline(text)
        btp += len(b & gold)
        bfp += len(b - gold)
        if errors:
            for s, e in pred - gold:
                fps[text[s:e]] += 1
            for s, e in gold - pred:
                fns[text[s:e]] += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    out = {
        "corpus": name, "sentences": sentences, "gold_loc": tp + fn, "predicted": tp + fp, "tp": tp,
        "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "baseline_precision": round(btp / (btp + bfp), 3) if btp + bfp else 0.0,
        "baseline_recall": round(btp / (tp + fn), 3) if tp + fn else 0.0,
    }
    if errors:
        out["false_positives"] = fps.most_common(errors)
        out["false_negatives"] = fns.most_common(errors)
    return out


def speed(articles: int = 1500) -> dict:
    """Throughput of ``extract`` on normalized text (it tokenizes) and of ``annotate`` on segmented
    Documents (the stage as ``pipeline.process`` runs it: places and lists, tokens reused), beside
    the regex tokenizer on the same texts in the same process."""
    import time

    from pipeline.document import Document
    from pipeline.normalize import normalize
    from pipeline.places import annotate
    from pipeline.segment import segment, tokenize

    docs = []
    for path in sorted((ROOT.parent / "shared" / "data" / "text" / "farsnews-varzesh3").glob("*.json")):
        for art in json.loads(path.read_text(encoding="utf-8")):
            raw = "\n".join([art.get("title") or ""] + list(art.get("paragraphs") or []))
            norm = normalize(raw)
            doc = Document(original=raw, text=norm.text, alignment=norm.alignment)
            segment(doc)
            docs.append(doc)
    docs = docs[:articles]
    texts = [d.text for d in docs]
    chars = sum(map(len, texts))
    extract(texts[0])  # load the gazetteer outside the timing
    t0 = time.perf_counter()
    for t in texts:
        tokenize(t)
    base = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions = sum(len(extract(t)) for t in texts)
    run = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        annotate(d)
    stage = time.perf_counter() - t0
    return {"articles": len(texts), "chars": chars, "mentions": mentions,
            "lists": sum(len(d.lists) for d in docs),
            "extract_chars_per_s": round(chars / run), "annotate_chars_per_s": round(chars / stage),
            "tokenize_chars_per_s": round(chars / base),
            "extract_vs_tokenize": round(base / run, 3), "annotate_vs_tokenize": round(base / stage, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="places stage vs NER gold LOC (exact span)")
    ap.add_argument("--corpus", action="append", choices=sorted(CORPORA),
                    help="default: all whole corpora (nsurl600_even/_odd are the halves of nsurl600 by file number)")
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent errors")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--speed", action="store_true", help="throughput instead of accuracy")
    args = ap.parse_args(argv)
    if args.speed:
        print(json.dumps(speed(), indent=2))
        return 0
    if not NER.exists():
        print(f"no gold at {NER}", file=sys.stderr)
        return 1
    default = [c for c in CORPORA if not c.endswith(("_even", "_odd"))]
    results = [evaluate(c, args.errors) for c in (args.corpus or default)]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    print(f"{'corpus':14} {'sents':>6} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6}   baseline P/R")
    for r in results:
        print(f"{r['corpus']:14} {r['sentences']:6} {r['gold_loc']:6} {r['predicted']:6} {r['precision']:6.3f} "
              f"{r['recall']:6.3f} {r['f1']:6.3f}   {r['baseline_precision']:.3f}/{r['baseline_recall']:.3f}")
        if args.errors:
            print("  FP:", ", ".join(f"{t}×{n}" for t, n in r["false_positives"]))
            print("  FN:", ", ".join(f"{t}×{n}" for t, n in r["false_negatives"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
