"""``persian-news view`` and ``persian-news report`` (kept out of cli.py so that the batch CLI
does not grow; cli.py only dispatches here)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .batch import RunError

PROG = "persian-news"


def _run_dir(target: Path) -> Path | None:
    """The run folder TARGET names (the folder, or the folder of a documents.* table), else None."""
    if target.is_dir() and any((target / f"documents.{ext}").exists() for ext in ("csv", "parquet", "jsonl")):
        return target
    if target.is_file() and target.name in ("documents.csv", "documents.parquet", "documents.jsonl"):
        return target.parent
    return None


def view_html(target: Path, doc: str | None) -> tuple[str, str]:
    """(doc_id, page) for ``persian-news view``."""
    run = _run_dir(target)
    if run is not None:
        return _view_from_run(run, doc)
    if target.is_dir():
        raise RunError(f"{target}: not a run's output folder (no documents.csv/.parquet/.jsonl); give a news file instead")
    if not target.exists():
        raise RunError(f"{target}: no such file")
    return _view_from_file(target, doc)


def _view_from_run(run: Path, doc: str | None) -> tuple[str, str]:
    from .export import read_tables
    from .report import _rows, group_rows, originals
    from .view import render_rows

    frames = read_tables(run)
    documents = _rows(frames["documents"])
    if not documents:
        raise RunError(f"{run}: the run holds no documents")
    if doc is None:
        if len(documents) > 1:
            raise RunError(f"{run} holds {len(documents):,} documents: choose one with --doc DOC_ID "
                           f"(e.g. --doc {documents[0]['doc_id']})")
        chosen = documents[0]
    else:
        chosen = next((d for d in documents if d["doc_id"] == doc), None)
        if chosen is None:
            raise RunError(f"{run}: no document with doc_id {doc!r}")
    doc_id = chosen["doc_id"]
    if chosen.get("status") != "ok":
        raise RunError(f"document {doc_id} failed in this run: {chosen.get('error')}")
    texts = originals(run, [chosen], {doc_id})
    if doc_id not in texts:
        raise RunError(f"cannot find the text of {doc_id}: its source {chosen.get('source')!r} is not readable from here "
                       "or has changed (run from the folder the run was started in, or use --format jsonl runs)")
    tables = {name: _rows(df[df["doc_id"] == doc_id]) for name, df in frames.items() if name != "documents"}
    rows = group_rows(tables, {doc_id}).get(doc_id, {})
    meta = {k: chosen.get(k) for k in ("doc_id", "source", "agency", "dateline", "published", "url")}
    return doc_id, render_rows(texts[doc_id], rows, title=str(chosen.get("title") or ""), meta=meta)


def _view_from_file(path: Path, doc: str | None) -> tuple[str, str]:
    from . import process
    from .readers import read_file
    from .view import render

    recs = list(read_file(path))
    if not recs:
        raise RunError(f"{path}: no documents in the file")
    chosen = None
    if doc is None:
        chosen = recs[0]
    else:
        for i, rec in enumerate(recs, start=1):
            if doc in (rec.doc_id, rec.record_id, str(i)):
                chosen = rec
                break
        if chosen is None:
            raise RunError(f"{path}: no document {doc!r} (give its doc_id, record id or 1-based position)")
    if chosen.error:
        raise RunError(f"{chosen.source}: {chosen.error}")
    document = process(chosen.text, doc_id=chosen.doc_id, meta=chosen.meta)
    return chosen.doc_id, render(document)


def main(args: argparse.Namespace) -> int:
    if args.command == "view":
        doc_id, html = view_html(args.target, args.doc)
        if args.output is not None and str(args.output) == "-":
            sys.stdout.write(html)
            return 0
        out = args.output or Path(f"{doc_id}.html")
        out.write_text(html, encoding="utf-8")
        sys.stderr.write(f"{PROG}: wrote {out}\n")
        return 0
    from .report import Options, build

    if _run_dir(args.run_dir) is None:
        raise RunError(f"{args.run_dir}: not a run's output folder (no documents.csv/.parquet/.jsonl)")
    index = build(_run_dir(args.run_dir), Options(out=args.output, top=args.top or 20, views=args.views,
                                                  page_size=args.page_size or 200))
    sys.stderr.write(f"{PROG}: wrote {index}\n")
    return 0
