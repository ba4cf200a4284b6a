"""Speed of the entities stage and of the CRF tagger, on one core, beside a baseline run in the same
process.

    nice .venv/bin/python benchmarks/bench_ner.py [--articles 400] [--json]

Text: Fars News + Varzesh3 articles from ../shared/data/text/farsnews-varzesh3 (held-out real news;
the model never saw them), else the seed article repeated. Each article is one document. Reported,
in tokens/s (CPU time of this process):
- baseline: the regex tokenizer over the same sentences, a cheap pass over every token;
- annotate, cold / warm: ``entities.annotate`` on Documents that normalize, segment, numbers and
  places have run on (not timed): document decoding, consistency, rules and the merge. Cold: a
  fresh tagger (every distinct token featurized once); warm: the same articles again;
- tag_sentences, cold / warm: the document decoder alone (pipeline/entities/decode.py);
- crfsuite per sentence, cold: crfsuite's own tagger on normalized tokens (the path the stage took
  before the document decoder);
- tag_tokens, cold: raw tokens (each distinct one normalized first) through crfsuite, as
  ``tag_tokens`` does;
- the model file size.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import pipeline
from pipeline import entities
from pipeline.entities import MODEL_PATH, Tagger
from pipeline.segment import tokenize

NEWS = ROOT.parent / "shared" / "data" / "text" / "farsnews-varzesh3"


def load_articles(articles: int) -> list[str]:
    parts: list[str] = []
    for path in sorted(NEWS.glob("*.json")):
        for art in json.loads(path.read_text(encoding="utf-8")):
            parts.append("\n".join([art.get("title") or "", art.get("abstract") or ""] + list(art.get("paragraphs") or [])))
            if len(parts) >= articles:
                return parts
    if parts:
        return parts
    return [(ROOT / "corpus" / "irna-qom-small-industries.txt").read_text(encoding="utf-8")] * 40


def _timed(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    docs = [pipeline.process(text, skip={"entities", "quotes", "facts"}) for text in load_articles(args.articles)]
    doc_tokens = [[[t.text for t in s.tokens] for s in d.sentences] for d in docs]
    token_lists = [toks for d in doc_tokens for toks in d]
    n = sum(map(len, token_lists))

    def tokenize_all():
        for d in docs:
            for s in d.sentences:
                tokenize(d.text, s.start, s.end)

    def annotate_all():
        for d in docs:
            d.entities.clear()
            entities.annotate(d)

    baseline = n / _timed(tokenize_all)
    entities.tagger._DEFAULT = None  # a fresh default tagger: cold caches
    entities.default_tagger()
    annotate_cold = n / _timed(annotate_all)
    annotate_warm = n / _timed(annotate_all)
    tagger = Tagger()
    decode_cold = n / _timed(lambda: [tagger.tag_sentences(d, normalized=True) for d in doc_tokens])
    decode_warm = n / _timed(lambda: [tagger.tag_sentences(d, normalized=True) for d in doc_tokens])
    tagger = Tagger()
    crf_cold = n / _timed(lambda: [tagger.tag(toks, normalized=True) for toks in token_lists])
    tagger = Tagger()
    raw_cold = n / _timed(lambda: [tagger.tag(toks) for toks in token_lists])

    result = {
        "articles": len(docs),
        "chars": sum(len(d.original) for d in docs),
        "tokens": n,
        "sentences": len(token_lists),
        "baseline_tokenize_tokens_per_s": round(baseline),
        "annotate_cold_tokens_per_s": round(annotate_cold),
        "annotate_warm_tokens_per_s": round(annotate_warm),
        "annotate_cold_seconds": round(n / annotate_cold, 3),
        "tag_sentences_cold_tokens_per_s": round(decode_cold),
        "tag_sentences_warm_tokens_per_s": round(decode_warm),
        "crfsuite_per_sentence_cold_tokens_per_s": round(crf_cold),
        "tag_tokens_raw_cold_tokens_per_s": round(raw_cold),
        "annotate_cold_vs_baseline": round(annotate_cold / baseline, 3),
        "model_mb": round(MODEL_PATH.stat().st_size / 1e6, 2),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            print(f"{k:40} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
