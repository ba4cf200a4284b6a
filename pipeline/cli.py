"""Command line: ``python -m pipeline run INPUT... --out DIR`` and ``python -m pipeline eval ner FILES...``.

Exit codes: 0 every document processed; 2 some documents failed (their error rows are written,
the rest of the batch too); 1 the run could not start or stopped (bad arguments, a missing input
or package, an unusable or busy output folder, unreachable scheduler, a full disk), always with
one message line; 130 interrupted (the tables hold every document finished so far: rerun with
``--resume``). No traceback reaches the user; ``PERSIAN_NEWS_DEBUG=1`` shows them.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

PROG = "persian-news"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # Exit 1, not argparse's 2: 2 means "some documents failed" for this tool. One line.
        sys.stderr.write(f"{self.prog}: error: {' '.join(message.split())} (see {self.prog} --help)\n")
        raise SystemExit(1)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds: {text}")
    return value


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("persian-news-pipeline")
    except Exception:  # running from a source tree that is not installed
        from . import __version__

        return __version__


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Persian news extraction: news files in, CSV records out.")
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    run = sub.add_parser("run", help="process news files into tables",
                         description="Read news files (txt, jsonl/json, csv, html; folders are walked, globs "
                                     "expanded) and write documents, entities, numbers, places and lists tables.")
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or glob patterns")
    run.add_argument("--out", "-o", required=True, type=Path,
                     help="output folder (required; created if missing; must be empty unless --overwrite or --resume)")
    run.add_argument("--overwrite", action="store_true", help="replace the tables already in --out")
    run.add_argument("--workers", "-j", type=_positive, default=None,
                     help="worker processes (default: every core; 1 runs in this process)")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local worker processes, or a Dask cluster (pip install '.[dask]')")
    run.add_argument("--scheduler", metavar="ADDR", help="Dask scheduler address, e.g. tcp://host:8786 "
                     "(default with --engine dask: a local cluster)")
    run.add_argument("--resume", action="store_true", help="keep the tables in --out and skip documents already in them")
    run.add_argument("--format", choices=("csv", "parquet"), default="csv", help="table format (parquet needs pyarrow)")
    run.add_argument("--encoding", choices=("utf-8-sig", "utf-8"), default="utf-8-sig",
                     help="CSV encoding: utf-8-sig (UTF-8 with a BOM, for spreadsheets; default) or plain utf-8")
    fields = run.add_argument_group("input fields (JSON keys, CSV columns; comma-separated names, first found wins)")
    fields.add_argument("--id-field", help="record id (default: id,code,news_id,doc_id)")
    fields.add_argument("--title-field", help="title (default: title,headline)")
    fields.add_argument("--text-field", help="article text (default: text,body,content,paragraphs,article; "
                        "giving it also drops the lead fields unless --lead-field is given)")
    fields.add_argument("--lead-field", help="lead put between title and text (default: abstract,summary,lead,lede,description)")
    fields.add_argument("--date-field", help="publication date (default: date,published,pubdate,datetime,time,created_at)")
    fields.add_argument("--url-field", help="URL (default: url,link,href,source_url)")
    run.add_argument("--max-chars", type=_positive, default=None,
                     help="longer documents become error rows (default: 1,000,000; 0: no limit)")
    run.add_argument("--chunk-size", type=_positive, default=None, help="documents per work unit (default: 8)")
    run.add_argument("--doc-timeout", type=_seconds, default=None, metavar="SECONDS",
                     help="a document running longer becomes an error row (default: 120; 0: no limit)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary line")

    ev = sub.add_parser("eval", help="evaluate a stage on gold data", description="Evaluate a stage on gold files.")
    ev.add_argument("task", choices=("ner",), help="what to evaluate")
    ev.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the evaluation (FILES... [--json])")
    return parser


def _run(args: argparse.Namespace) -> int:
    from .batch import CHUNK_SIZE, DOC_TIMEOUT, MAX_CHARS, Options, run
    from .readers import Fields

    if args.scheduler and args.engine != "dask":
        args.engine = "dask"
    if args.workers == 0:
        raise _Usage("--workers must be at least 1")
    fields = Fields.override(id=args.id_field, title=args.title_field, text=args.text_field,
                             date=args.date_field, url=args.url_field)
    if args.lead_field:
        fields.lead = tuple(n.strip() for n in args.lead_field.split(",") if n.strip())
        fields.given += ("lead",)
    options = Options(
        out=args.out, workers=args.workers, engine=args.engine, scheduler=args.scheduler, resume=args.resume,
        overwrite=args.overwrite, doc_timeout=DOC_TIMEOUT if args.doc_timeout is None else args.doc_timeout,
        encoding=args.encoding, format=args.format, fields=fields,
        max_chars=MAX_CHARS if args.max_chars is None else args.max_chars,
        chunk_size=args.chunk_size or CHUNK_SIZE,
        progress=False if (args.no_progress or args.quiet) else None,
    )
    summary = run(args.inputs, options)
    if not args.quiet:
        sys.stderr.write(f"{PROG}: {summary.line()}\n")
    return summary.exit_code


def _eval(args: argparse.Namespace) -> int:
    from . import entities

    eval_main = getattr(entities, "eval_main", None)
    if eval_main is None:
        raise _Usage("NER evaluation is not available in this version (pipeline.entities.eval_main is missing)")
    result = eval_main(list(args.args))
    return int(result or 0)


class _Usage(Exception):
    pass


def _stop_cleanly_on_sigterm() -> None:
    """`kill` (SIGTERM) stops a run the way Ctrl-C does: the current chunk's rows are written
    whole, the workers stop, and the message says how to resume."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum, frame):
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGTERM, stop)
    except (ValueError, OSError):
        pass


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def main(argv: Sequence[str] | None = None) -> int:
    debug = bool(os.environ.get("PERSIAN_NEWS_DEBUG"))
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        _stop_cleanly_on_sigterm()
        if args.command == "run":
            return _run(args)
        return _eval(args)
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{PROG}: interrupted; the tables hold every document finished so far (rerun with --resume to continue)\n")
        return 130
    except SystemExit:
        raise
    except Exception as exc:  # the last guard: one line, never a traceback
        if debug:
            raise
        if type(exc).__name__ in ("_Usage", "RunError"):
            sys.stderr.write(f"{PROG}: error: {_one_line(exc)}\n")
        else:
            what = _one_line(exc) or "(no message)"
            sys.stderr.write(f"{PROG}: error: {type(exc).__name__}: {what} (set PERSIAN_NEWS_DEBUG=1 for details)\n")
        return 1
