"""Benchmark of the dates stage on real news: how many date mentions get a Gregorian date.

Reads the Fars News / Varzesh3 scrape (``/work/shared/data/text/farsnews-varzesh3/*.json``, JSON
lists with title/abstract/paragraphs/link) through ``pipeline.readers`` as the CLI does, and runs
every article twice:

- before: the pipeline without the dates stage (``skip={"dates"}``), i.e. the numbers stage alone;
- after: with it. The inputs carry no date field; Fars News links carry the Jalali date in the id
  (``/news/8707060255`` = 1387-07-06), Varzesh3 links do not, so Varzesh3 articles have an article
  date only when ``--date`` is given or a dateline is found (there are none in this scrape).

Reports, per source: articles, articles with an article date, date mentions, and the share with a
``date`` before and after (after also by ``resolved_by``). It also checks the Fars id reading: of
the explicit day dates a Fars article states, the share that fall on or before its id date (an
article reports the past far more than it announces the future, so a wrong reading of the ids
would show as many dates after them).

Usage: .venv/bin/python benchmarks/bench_dates.py [--limit N] [--date YYYY-MM-DD]
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import pipeline  # noqa: E402
from pipeline.readers import read_inputs  # noqa: E402

DATA = Path("/work/shared/data/text/farsnews-varzesh3")
SKIP = {"places", "entities", "quotes", "facts"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="articles per file (0: all)")
    ap.add_argument("--date", default=None, help="run-level article date for articles without one")
    args = ap.parse_args()
    files = sorted(glob.glob(str(DATA / "*.json")))
    stats: dict[str, Counter] = defaultdict(Counter)
    fars_gap: Counter = Counter()
    started = time.process_time()
    for path in files:
        source = "fars" if "fars" in Path(path).name else "varzesh3"
        n = 0
        for rec in read_inputs([path]):
            if rec.error or not rec.text.strip():
                continue
            n += 1
            if args.limit and n > args.limit:
                break
            s = stats[source]
            s["articles"] += 1
            before = pipeline.process(rec.text, meta=rec.meta, skip=SKIP | {"dates"})
            after = pipeline.process(rec.text, meta=rec.meta, skip=SKIP, date=args.date)
            if after.published is not None:
                s["with_article_date"] += 1
                s[f"article_date:{after.published.source}"] += 1
            b = [m for m in before.numbers if m.kind == "date"]
            a = [m for m in after.numbers if m.kind == "date"]
            s["mentions_before"] += len(b)
            s["resolved_before"] += sum(1 for m in b if m.date)
            s["mentions_after"] += len(a)
            s["resolved_after"] += sum(1 for m in a if m.date)
            s["new_mentions"] += len(a) - len(b)
            old = {(m.start, m.end) for m in b}
            s["resolved_after_same"] += sum(1 for m in a if m.date and (m.start, m.end) in old)
            s["weekday_conflicts"] += sum(1 for m in a if m.weekday_conflict)
            for m in a:
                if m.date:
                    s[f"by:{m.resolved_by}"] += 1
            if source == "fars" and after.published is not None and after.published.source == "url":
                anchor = dt.date.fromisoformat(after.published.date)
                for m in a:
                    if m.resolved_by == "explicit" and m.date and len(m.date) == 10 and m.date_end is None:
                        gap = (dt.date.fromisoformat(m.date) - anchor).days
                        fars_gap["explicit_days"] += 1
                        fars_gap["on_or_before"] += gap <= 0
                        fars_gap["within_7_days_before"] += -7 <= gap <= 0
    seconds = time.process_time() - started
    total: Counter = Counter()
    for source in sorted(stats):
        total.update(stats[source])
    for name, s in [*sorted(stats.items()), ("all", total)]:
        mb, ma = s["mentions_before"], s["mentions_after"]
        sources = ", ".join(f"{k.split(':')[1]} {v}" for k, v in sorted(s.items()) if k.startswith("article_date:"))
        print(f"{name}: {s['articles']} articles, {s['with_article_date']} with an article date ({sources})")
        print(f"  before: {s['resolved_before']}/{mb} date mentions with a Gregorian date = {s['resolved_before'] / max(mb, 1):.1%}")
        print(f"  after:  {s['resolved_after']}/{ma} = {s['resolved_after'] / max(ma, 1):.1%} "
              f"({s['new_mentions']} more mentions: relative expressions found by the dates stage)")
        print(f"  after, the numbers stage's own mentions only: {s['resolved_after_same']}/{mb} = {s['resolved_after_same'] / max(mb, 1):.1%}")
        print("  by resolved_by: " + ", ".join(f"{k[3:]} {v}" for k, v in sorted(s.items()) if k.startswith("by:"))
              + f"; weekday conflicts {s['weekday_conflicts']}")
    if fars_gap["explicit_days"]:
        n = fars_gap["explicit_days"]
        print(f"fars id check: {n} explicit day dates; on or before the id date {fars_gap['on_or_before'] / n:.1%}, "
              f"within the 7 days before it {fars_gap['within_7_days_before'] / n:.1%}")
    print(f"{seconds:.1f} s CPU for both runs")


if __name__ == "__main__":
    main()
