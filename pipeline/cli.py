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
        from .version import __version__

        return __version__


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return value


def _iso_day(text: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    from .stages import STAGE_NAMES  # here, not at the top: `--version` and errors need no stage loaded

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
    run.add_argument("--format", choices=("csv", "parquet", "jsonl"), default="csv",
                     help="table format: csv, parquet (needs pyarrow), or jsonl (documents.jsonl: one document "
                          "per line, original text and every record nested)")
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
    fields.add_argument("--keep-fields", metavar="NAMES",
                        help="input fields to carry into documents.csv as they are (column kept, a JSON object), "
                             "e.g. label,tags")
    run.add_argument("--date", type=_iso_day, default=None, metavar="YYYY-MM-DD",
                     help="article date for inputs that carry none (no date field, URL date or dateline); "
                          "relative dates («دیروز», «۲۱ مرداد») are resolved against it")
    run.add_argument("--max-chars", type=_positive, default=None,
                     help="longer documents become error rows (default: 1,000,000; 0: no limit)")
    run.add_argument("--chunk-size", type=_positive, default=None, help="documents per work unit (default: 8)")
    run.add_argument("--skip", metavar="NAMES", default="",
                     help="stages or normalization steps to leave out, comma-separated (e.g. facts; "
                          f"stages: {', '.join(STAGE_NAMES)})")
    run.add_argument("--doc-timeout", type=_seconds, default=None, metavar="SECONDS",
                     help="a document running longer becomes an error row (default: 120; 0: no limit)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary line")

    view = sub.add_parser("view", help="an annotated HTML page of one article",
                          description="Write a self-contained HTML page of one article with its records highlighted. "
                                      "TARGET is a news file (processed now) or a run's --out folder / documents.jsonl.")
    view.add_argument("target", metavar="FILE_OR_OUT_DIR", type=Path, help="a news file, or a run's output folder")
    view.add_argument("--doc", metavar="DOC_ID", help="which document: its doc_id (a run's tables), or its doc_id, "
                      "record id or 1-based position in a news file (default: the first)")
    view.add_argument("--output", "-o", type=Path, help="the page to write (default: DOC_ID.html; '-' for stdout)")

    rep = sub.add_parser("report", help="an HTML report over a run's tables",
                         description="Write OUT_DIR/report/index.html: documents read and failed, records per table "
                                     "and kind, top people, organisations and places, a map, the dates mentioned, and "
                                     "annotated pages of the articles.")
    rep.add_argument("run_dir", metavar="OUT_DIR", type=Path, help="the --out folder of a run")
    rep.add_argument("--output", "-o", type=Path, help="report folder (default: OUT_DIR/report)")
    rep.add_argument("--top", type=_positive, default=20, help="rows in each top list (default 20)")
    rep.add_argument("--views", type=_positive, default=1000, help="article pages to write at most (default 1000; 0: none)")
    rep.add_argument("--page-size", type=_positive, default=200, help="documents per documents page (default 200)")

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
                             date=args.date_field, url=args.url_field, keep=args.keep_fields)
    if args.lead_field:
        fields.lead = tuple(n.strip() for n in args.lead_field.split(",") if n.strip())
        fields.given += ("lead",)
    options = Options(
        out=args.out, workers=args.workers, engine=args.engine, scheduler=args.scheduler, resume=args.resume,
        overwrite=args.overwrite, doc_timeout=DOC_TIMEOUT if args.doc_timeout is None else args.doc_timeout,
        encoding=args.encoding, format=args.format, fields=fields,
        max_chars=MAX_CHARS if args.max_chars is None else args.max_chars,
        chunk_size=args.chunk_size or CHUNK_SIZE, date=args.date,
        progress=False if (args.no_progress or args.quiet) else None,
        skip=tuple(n.strip() for n in args.skip.split(",") if n.strip()),
    )
    summary = run(args.inputs, options)
    if not args.quiet:
        sys.stderr.write(f"{PROG}: {summary.line()}\n")
    return summary.exit_code


def build_eval_ner_parser() -> argparse.ArgumentParser:
    """Flags of ``eval ner`` (parsed from what follows ``eval ner`` on the command line)."""
    ap = _Parser(prog=f"{PROG} eval ner", description="strict phrase-level (conlleval) NER scores on CoNLL files")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--model", default=None)
    ap.add_argument("--no-consistency", action="store_true", help="tag sentences independently")
    ap.add_argument("--types", default=None, help="comma-separated types to score (e.g. PER,LOC,ORG)")
    return ap


def _eval(args: argparse.Namespace) -> int:
    import json

    from . import entities

    ev = build_eval_ner_parser().parse_args(list(args.args))
    missing = [f for f in ev.files if not Path(f).is_file()]
    if missing:
        print(f"error: not a file: {', '.join(missing)}", file=sys.stderr)
        return 2
    types = [t.strip().upper() for t in ev.types.split(",")] if ev.types else None
    result = entities.evaluate(ev.files, model=ev.model, consistency=not ev.no_consistency, types=types)
    print(json.dumps(result, ensure_ascii=False, indent=2) if ev.json else entities.format_scores(result))
    return 0


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
        if args.command in ("view", "report"):
            from . import viewcli

            return viewcli.main(args)
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
