"""Audit sheet for the numbers stage on real news (needs ../shared/data).

Draws Fars News articles with a fixed random seed (never hand-picked), runs ``pipeline.process`` on
each (title, abstract and paragraphs joined by newlines) and prints, sentence by sentence, every
sentence that holds a number mention or a digit, followed by its mentions with all their fields and
the grammar rule that read each (``rule=``, e.g. ``day_month``, ``range``, ``number``), until
``--mentions`` mentions are listed. A reader then judges each mention (value, value_max, kind, unit,
qualifier, date fields) and looks for missed or wrongly cut expressions in the printed sentences.

Usage: .venv/bin/python scripts/audit_numbers.py --seed 1 --mentions 250 > /tmp/audit1.txt
"""
from __future__ import annotations

import argparse
import ast
import glob
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import process  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "text" / "farsnews-varzesh3"
_DIGIT = re.compile(r"[0-9۰-۹٠-٩]")
FIELDS = ("kind", "value", "value_max", "unit", "qualifier", "jalali", "jalali_end", "date", "date_end", "weekday", "rule")


def articles() -> list[str]:
    out = []
    for path in sorted(glob.glob(str(DATA / "fars-news-*.json"))):
        for art in json.load(open(path, encoding="utf-8")):
            paras = art.get("paragraphs") or ""
            try:
                paras = ast.literal_eval(paras) if isinstance(paras, str) else paras
            except (ValueError, SyntaxError):
                paras = [paras]
            parts = [art.get("title") or "", art.get("abstract") or ""] + [p for p in paras if p]
            out.append("\n".join(p.strip() for p in parts if p and p.strip()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mentions", type=int, default=250)
    args = ap.parse_args()
    texts = articles()
    order = list(range(len(texts)))
    random.Random(args.seed).shuffle(order)
    listed = 0
    for idx in order:
        if listed >= args.mentions:
            break
        doc = process(texts[idx])
        print(f"\n######## article {idx}")
        for sent in doc.sentences:
            s, e = doc.to_original(sent.start, sent.end)
            ms = [m for m in doc.numbers if s <= m.start < e]
            if not ms and not _DIGIT.search(doc.original[s:e]):
                continue
            print(f"\nS: {doc.original[s:e]}")
            for m in ms:
                listed += 1
                vals = " ".join(f"{f}={getattr(m, f)!r}" for f in FIELDS if getattr(m, f) is not None)
                print(f"  M{listed}: «{m.text}» {vals}")
    print(f"\n{listed} mentions listed")


if __name__ == "__main__":
    main()
