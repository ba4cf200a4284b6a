"""Time against length for inputs that used to stall a run: one long sentence, one long list,
HTML with unclosed paragraphs. Prints seconds and the ratio to the previous (half as long)
size: ~2 means linear, ~4 quadratic. A measurement, not a test.

    .venv/bin/python benchmarks/bench_long_inputs.py [--sizes 10000,20000,40000] [--profile sentence]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import time

import pipeline
from pipeline.readers import html_article

WORDS = "استاندار قم در پیامی به مناسبت روز ملی حمایت از صنایع کوچک گفت که ۴۱ درصد اقتصاد استان صنعتی است و".split()


def sentence(n: int) -> str:  # no full stop anywhere: one sentence of n characters
    out, size, i = [], 0, 0
    while size < n:
        w = WORDS[i % len(WORDS)]
        out.append(w)
        size += len(w) + 1
        i += 1
    return " ".join(out)[:n]


def long_list(n: int) -> str:  # «شهرک‌های صنعتی الف، ب، ج، ...» with n characters of items
    names = ["شکوهیه", "الغدیر", "شهاب", "محمودآباد", "سلفچگان", "قنوات", "دستجرد"]
    items, size, i = [], 0, 0
    while size < n:
        items.append(f"{names[i % len(names)]} {i}")
        size += len(items[-1]) + 2
        i += 1
    return "شهرک‌های صنعتی " + "، ".join(items) + " فعال هستند."


def html(n: int) -> str:
    return "<html><body>" + "<p>متن کوتاه خبر " * (n // 16) + "</body></html>"


CASES = {"sentence": lambda t: pipeline.process(t), "list": lambda t: pipeline.process(t), "html": html_article}
MAKERS = {"sentence": sentence, "list": long_list, "html": html}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,20000,40000,80000")
    ap.add_argument("--cases", default="sentence,list,html")
    ap.add_argument("--profile", help="profile one case at the largest size and print the top functions")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    pipeline.process("گرم کردن")  # load data once, outside the timings
    for case in args.cases.split(","):
        previous = None
        for n in sizes:
            text = MAKERS[case](n)
            start = time.perf_counter()
            CASES[case](text)
            seconds = time.perf_counter() - start
            ratio = f"x{seconds / previous:.2f}" if previous else ""
            print(f"{case:9s} {n:>9,} chars {seconds:8.3f} s {ratio}", flush=True)
            previous = seconds
    if args.profile:
        text = MAKERS[args.profile](sizes[-1])
        prof = cProfile.Profile()
        prof.runcall(CASES[args.profile], text)
        pstats.Stats(prof).sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main()
