"""Throughput of the whole pipeline on real news, beside hazm in the same run.

    python benchmarks/bench_throughput.py [--limit N] [--data DIR] [--skip-batch]

On the Fars News + Varzesh3 articles of ../shared/data/text/farsnews-varzesh3/ (read with our own
reader, so the texts are exactly what a batch run sees) it measures, single process:

- ``pipeline.process`` (normalize, ZWNJ restoration, segmentation, every stage);
- hazm's ``Normalizer().normalize`` + ``sent_tokenize`` + ``word_tokenize`` on the same texts,

and reports documents/s, chars/s and their ratio (the target is pipeline >= 0.3 x hazm). Then the
batch runner (read, process, write CSV) with 1 and 2 workers, each in a fresh interpreter, with
its peak memory (ru_maxrss of the main process and of the largest worker); and whether memory
grows with the number of documents: the resident set size after each quarter of the
single-process loop, the memory traced by tracemalloc after a first and a second pass over the
same documents, and the resident set size of the 1-worker batch run after each quarter.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Linux only for the memory figures (/proc); the timings work anywhere.

import pipeline
from pipeline import batch
from pipeline.readers import read_inputs

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "text" / "farsnews-varzesh3"


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return float("nan")


def load(data: Path, limit: int) -> list:
    files = sorted(str(p) for p in data.glob("*.json"))
    recs = []
    # Interleave the two sources so any --limit sees both Fars (Arabic ي/ك) and Varzesh3 texts.
    per_file = [list(r for r in read_inputs([f]) if not r.error) for f in files]
    i = 0
    while len(recs) < limit and any(i < len(p) for p in per_file):
        for p in per_file:
            if i < len(p) and len(recs) < limit:
                recs.append(p[i])
        i += 1
    return recs


def time_pipeline(texts: list[str]) -> tuple[float, list[float]]:
    quarters = {len(texts) * k // 4 for k in (1, 2, 3, 4)}
    rss = []
    start = time.perf_counter()
    for i, text in enumerate(texts, start=1):
        pipeline.process(text)
        if i in quarters:
            rss.append(rss_mb())
    return time.perf_counter() - start, rss


def time_hazm(texts: list[str]) -> float:
    from hazm import Normalizer, sent_tokenize, word_tokenize

    normalizer = Normalizer()
    start = time.perf_counter()
    for text in texts:
        for sentence in sent_tokenize(normalizer.normalize(text)):
            word_tokenize(sentence)
    return time.perf_counter() - start


def traced_growth(texts: list[str]) -> tuple[float, float]:
    """MB traced after one pass and after a second pass over the same texts (results dropped)."""
    tracemalloc.start()
    for text in texts:
        pipeline.process(text)
    gc.collect()
    first = tracemalloc.get_traced_memory()[0] / 2**20
    for text in texts:
        pipeline.process(text)
    gc.collect()
    second = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    return first, second


def _child(src: Path, workers: int, out: Path) -> dict:
    """A batch run in a fresh interpreter (hazm's ~230 MB import in this one stays out of it)."""
    import subprocess

    proc = subprocess.run([sys.executable, __file__, "--child", str(src), str(workers), str(out)],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _child_main(src: str, workers: str, out: str) -> int:
    import resource

    total = sum(1 for _ in open(src, encoding="utf-8"))
    marks = [total * k // 4 for k in (1, 2, 3, 4)]
    rss: list[float] = []

    def sample(summary) -> None:
        done = summary.ok + summary.failed
        while marks and done >= marks[0]:
            marks.pop(0)
            rss.append(round(rss_mb(), 1))

    s = batch.run([src], batch.Options(out=Path(out), workers=int(workers), progress=False), on_chunk=sample)
    # VmHWM, not ru_maxrss: ru_maxrss keeps the forking parent's high-water mark across exec.
    hwm = int([line for line in open("/proc/self/status") if line.startswith("VmHWM")][0].split()[1]) / 1024
    print(json.dumps({"documents": s.ok + s.failed, "seconds": s.seconds, "main_mb": hwm, "rss_quarters_mb": rss,
                      "workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return _child_main(*argv[1:4])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=1000, help="number of articles (default 1000; 4000 in all)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--skip-batch", action="store_true", help="only the single-process comparison")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data at {args.data} (see ../shared/data/README.md)", file=sys.stderr)
        return 1

    recs = load(args.data, args.limit)
    texts = [r.text for r in recs]
    chars = sum(len(t) for t in texts)
    print(f"{len(texts):,} articles, {chars:,} characters ({args.data.name})")

    # Warm-up: imports, lazy models and lexicons load before the clock starts.
    pipeline.process(texts[0])
    time_hazm(texts[:1])
    rss_before = rss_mb()
    t_pipe, rss = time_pipeline(texts)
    t_hazm = time_hazm(texts)
    figures = {
        "documents": len(texts), "chars": chars,
        "pipeline_docs_per_s": len(texts) / t_pipe, "pipeline_chars_per_s": chars / t_pipe,
        "hazm_docs_per_s": len(texts) / t_hazm, "hazm_chars_per_s": chars / t_hazm,
    }
    figures["ratio"] = figures["pipeline_chars_per_s"] / figures["hazm_chars_per_s"]
    print(f"pipeline.process, 1 process : {figures['pipeline_docs_per_s']:8.1f} docs/s {figures['pipeline_chars_per_s']:12,.0f} chars/s")
    print(f"hazm normalize+sent+word    : {figures['hazm_docs_per_s']:8.1f} docs/s {figures['hazm_chars_per_s']:12,.0f} chars/s")
    print(f"ratio pipeline / hazm       : {figures['ratio']:.2f} (target >= 0.30)")
    print("RSS (MB) before, after each quarter of the documents: "
          + ", ".join(f"{v:.0f}" for v in [rss_before, *rss]))
    figures["rss_quarters_mb"] = [round(rss_before, 1)] + [round(v, 1) for v in rss]

    sample = texts[: min(len(texts), 200)]
    first, second = traced_growth(sample)
    print(f"tracemalloc after 1 and 2 passes over {len(sample)} articles: {first:.2f} MB, {second:.2f} MB "
          f"({'no growth' if second - first < 0.5 else 'GROWS'})")
    figures["traced_mb"] = [round(first, 2), round(second, 2)]

    if not args.skip_batch:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "articles.jsonl"
            with src.open("w", encoding="utf-8") as fh:
                for r in recs:
                    fh.write(json.dumps({"text": r.text, "url": r.url}, ensure_ascii=False) + "\n")
            outs = []
            for workers in (1, 2):
                out = Path(tmp) / f"out{workers}"
                res = _child(src, workers, out)
                if workers == 1:
                    res1 = res
                rate = res["documents"] / res["seconds"]
                figures[f"batch_{workers}_docs_per_s"] = rate
                figures[f"batch_{workers}_chars_per_s"] = chars / res["seconds"]
                figures[f"batch_{workers}_peak_rss_mb"] = [res["main_mb"], res["workers_mb"]]
                print(f"batch run, {workers} worker{'s' if workers > 1 else ' '}       : {rate:8.1f} docs/s "
                      f"{chars / res['seconds']:12,.0f} chars/s  peak RSS: main {res['main_mb']:.0f} MB"
                      + (f", largest worker {res['workers_mb']:.0f} MB" if workers > 1 else " (in-process)"))
                outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
            same = outs[0] == outs[1]
            figures["workers_identical"] = same
            print(f"tables with 1 and 2 workers byte-identical: {same}")
            quarters = figures["batch_1_rss_quarters_mb"] = res1["rss_quarters_mb"]
            print("RSS (MB) of the 1-worker batch run after each quarter of the documents: "
                  + ", ".join(f"{v:.0f}" for v in quarters))
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
