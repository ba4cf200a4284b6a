"""Tagging speed of the CRF entity tagger, on one core, beside a baseline run in the same process.

    nice .venv/bin/python benchmarks/ner.py [--articles 400] [--json]

Text: Fars News + Varzesh3 articles from ../shared/data/text/farsnews-varzesh3 (held-out real news;
the model never saw them), else the seed article repeated. Sentences are normalized and tokenized
first (not timed). Reported:
- baseline: the regex tokenizer over the same sentences (tokens/s), a cheap pass over every token;
- tag, cold: a fresh feature cache (every distinct token featurized once), tokens taken as
  already normalized, as the pipeline's entities stage passes them;
- tag, warm: second pass over the same text (features cached; CRF decoding dominates);
- tag_tokens, cold: raw tokens (each distinct one normalized first), as ``tag_tokens`` does;
- the model file size.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# This folder holds benchmarks/numbers.py, which would shadow the standard library's «numbers»
# (imported by pycrfsuite through fractions): run with the repository root first instead.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from pipeline.entities import MODEL_PATH, Tagger  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402
from pipeline.segment import sentences, tokenize  # noqa: E402

NEWS = ROOT.parent / "shared" / "data" / "text" / "farsnews-varzesh3"


def load_text(articles: int) -> str:
    parts: list[str] = []
    for path in sorted(NEWS.glob("*.json")):
        for art in json.loads(path.read_text(encoding="utf-8")):
            parts.append("\n".join([art.get("title") or "", art.get("abstract") or ""] + list(art.get("paragraphs") or [])))
            if len(parts) >= articles:
                return "\n\n".join(parts)
    if parts:
        return "\n\n".join(parts)
    return ((ROOT / "corpus" / "irna-qom-small-industries.txt").read_text(encoding="utf-8") + "\n\n") * 40


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    text = normalize(load_text(args.articles)).text
    sents = sentences(text)
    token_lists = [[t.text for t in s.tokens] for s in sents]
    n = sum(map(len, token_lists))

    t0 = time.perf_counter()
    for s in sents:
        tokenize(text, s.start, s.end)
    baseline = n / (time.perf_counter() - t0)

    tagger = Tagger()
    t0 = time.perf_counter()
    for toks in token_lists:
        tagger.tag(toks, normalized=True)
    cold = n / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for toks in token_lists:
        tagger.tag(toks, normalized=True)
    warm = n / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for toks in token_lists:
        tagger.tag(toks)
    raw_cold = n / (time.perf_counter() - t0)

    result = {
        "tokens": n,
        "sentences": len(token_lists),
        "baseline_tokenize_tokens_per_s": round(baseline),
        "tag_cold_tokens_per_s": round(cold),
        "tag_warm_tokens_per_s": round(warm),
        "tag_tokens_raw_cold_tokens_per_s": round(raw_cold),
        "cold_vs_baseline": round(cold / baseline, 3),
        "warm_vs_baseline": round(warm / baseline, 3),
        "model_mb": round(MODEL_PATH.stat().st_size / 1e6, 2),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            print(f"{k:32} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
