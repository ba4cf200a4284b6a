"""The batch runner: records in, the tables out, in the same order whatever runs the work.

The main process reads the inputs (``pipeline.readers``), groups records into chunks, hands the
chunks to an engine and writes each chunk's rows as soon as it and every chunk before it are done.
At most a few chunks per worker are in flight, so memory does not grow with the size of the corpus.
Engines only decide where ``process_chunk`` runs:

- ``local`` with one worker: in this process;
- ``local`` with N workers: N worker processes (``concurrent.futures``);
- ``dask``: a ``dask.distributed`` cluster (a LocalCluster, or ``scheduler="tcp://host:8786"``).

Since every engine calls the same ``process_chunk`` and the main process writes in input order,
the tables are byte-identical across engines and worker counts.
"""
from __future__ import annotations

import csv
import io
import itertools
import logging
import multiprocessing
import os
import sys
import time
import traceback
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import records
from .stages import Pipeline
from .readers import Fields, Record, read_inputs

#: Documents longer than this (characters) become error rows instead of being processed: real
#: articles are under 50,000 characters; a multi-megabyte "article" is a scraping accident and
#: would hold a worker for minutes. ``max_chars=0`` lifts the limit.
MAX_CHARS = 1_000_000
CHUNK_SIZE = 8

Result = tuple[str, records.TableRows]  # (status, rows)


class RunError(Exception):
    """A problem that stops the whole run (unusable output folder, unreachable scheduler...)."""


@dataclass
class Options:
    out: Path = Path("outputs")
    workers: int | None = None  # None: every core
    engine: str = "local"  # local | dask
    scheduler: str | None = None
    resume: bool = False
    encoding: str = "utf-8-sig"  # CSV encoding: utf-8-sig (BOM, for spreadsheets) | utf-8
    format: str = "csv"  # csv | parquet | jsonl
    fields: Fields = field(default_factory=Fields)
    max_chars: int = MAX_CHARS
    chunk_size: int = CHUNK_SIZE
    progress: bool | None = None  # None: when stderr is a terminal
    base: Path | None = None  # paths in `source` are relative to it (default: working directory)
    connect_timeout: float = 20.0  # seconds to reach a Dask scheduler
    date: str | None = None  # ISO day: the article date of records that carry none (--date)
    skip: tuple[str, ...] = ()  # stages or normalization steps to leave out (checked by stages.Pipeline)


@dataclass
class Summary:
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    rows: dict[str, int] = field(default_factory=lambda: {n: 0 for n in records.TABLE_NAMES})
    seconds: float = 0.0
    out: Path | None = None

    @property
    def exit_code(self) -> int:
        return 2 if self.failed else 0

    def line(self) -> str:
        docs = self.ok + self.failed
        parts = [f"{docs:,} document{'s' if docs != 1 else ''}: {self.ok:,} ok, {self.failed:,} failed"]
        if self.skipped:
            parts[0] += f" ({self.skipped:,} already written, skipped)"
        recs = ", ".join(f"{name} {self.rows[name]:,}" for name in records.TABLE_NAMES[1:])
        parts.append(f"records: {recs}")
        parts.append(f"{self.seconds:.1f} s")
        if self.out is not None:
            parts.append(f"tables in {self.out}")
        return "; ".join(parts)


# ------------------------------------------------------------------ the per-document function


def process_record(rec: Record, max_chars: int = MAX_CHARS, skip: Sequence[str] = ()) -> Result:
    """One record -> its rows in every table. Never raises: a failure is an error row."""
    from . import process  # looked up per call, so a test can stand in for the pipeline

    doc_id = rec.doc_id
    meta = rec.meta

    def error(message: str, chars: int | None = None) -> Result:
        return "error", records.error_rows(doc_id, rec.source, message, title=rec.title, published=rec.published, url=rec.url, chars=chars)

    if rec.error:
        return error(rec.error)
    if not rec.text.strip():
        return error("no text: the record is empty or holds only whitespace", len(rec.text))
    if max_chars and len(rec.text) > max_chars:
        return error(f"too long for one article: {len(rec.text):,} characters (the limit is {max_chars:,}; "
                     "split the file or raise --max-chars)", len(rec.text))
    try:
        doc = process(rec.text, doc_id=doc_id, meta=meta, skip=skip, date=rec.run_date or None)
        return "ok", records.document_rows(doc)
    except MemoryError:
        return error("out of memory while processing this document", len(rec.text))
    except RecursionError:
        return error("the pipeline failed on this document (recursion too deep); please report it", len(rec.text))
    except Exception as exc:  # a bug in a stage must cost one document, not the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return error(f"the pipeline failed on this document ({type(exc).__name__}: {exc} "
                     f"in {Path(where.filename).name}:{where.lineno}); please report it", len(rec.text))


def process_chunk(chunk: Sequence[Record], max_chars: int = MAX_CHARS, skip: Sequence[str] = ()) -> list[Result]:
    return [process_record(rec, max_chars, skip) for rec in chunk]


# -------------------------------------------------------------------------------- engines


class Engine:
    """Runs ``process_chunk`` over chunks and yields results in input order, with a bounded
    number of chunks in flight."""

    def __init__(self, max_chars: int, skip: Sequence[str] = ()):
        self.max_chars = max_chars
        self.skip = tuple(skip)

    def map(self, chunks: Iterable[list[Record]]) -> Iterator[tuple[list[Record], list[Result]]]:
        for chunk in chunks:
            yield chunk, process_chunk(chunk, self.max_chars, self.skip)

    def close(self) -> None:
        pass


class _Pooled(Engine):
    window = 2

    def submit(self, chunk: list[Record]) -> Any:
        raise NotImplementedError

    def result(self, future: Any, chunk: list[Record]) -> list[Result]:
        return future.result()

    def map(self, chunks: Iterable[list[Record]]) -> Iterator[tuple[list[Record], list[Result]]]:
        pending: deque[tuple[list[Record], Any]] = deque()
        it = iter(chunks)
        for chunk in itertools.islice(it, self.window):
            pending.append((chunk, self.submit(chunk)))
        while pending:
            chunk, future = pending.popleft()
            results = self.result(future, chunk)
            nxt = next(it, None)
            if nxt is not None:
                pending.append((nxt, self.submit(nxt)))
            yield chunk, results


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group: let the main process decide, workers just stop.
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A main process killed outright (kill -9, out of memory) cannot stop its workers: they
    # notice they were orphaned and exit instead of waiting forever for work.
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


class LocalEngine(_Pooled):
    def __init__(self, max_chars: int, workers: int, skip: Sequence[str] = ()):
        super().__init__(max_chars, skip)
        self.workers = workers
        self.window = 3 * workers
        self.ctx = multiprocessing.get_context("spawn")
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.ctx, initializer=_worker_init)

    def submit(self, chunk: list[Record]) -> Any:
        try:
            return self.pool.submit(process_chunk, chunk, self.max_chars, self.skip)
        except BrokenProcessPool:
            self.pool = self._new_pool()
            return self.pool.submit(process_chunk, chunk, self.max_chars, self.skip)

    def result(self, future: Any, chunk: list[Record]) -> list[Result]:
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory, a crash in native code): its chunk is lost,
            # so run the chunk's documents one by one in a fresh pool to find the culprit.
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new_pool()
            out = []
            for rec in chunk:
                try:
                    out.append(self.pool.submit(process_chunk, [rec], self.max_chars, self.skip).result()[0])
                except BrokenProcessPool:
                    self.pool = self._new_pool()
                    out.append(("error", records.error_rows(rec.doc_id, rec.source, "the worker process died while processing this document (killed, out of memory or a crash)", title=rec.title, url=rec.url, chars=len(rec.text))))
            return out

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine(_Pooled):
    def __init__(self, max_chars: int, workers: int, scheduler: str | None, connect_timeout: float = 20.0,
                 skip: Sequence[str] = ()):
        super().__init__(max_chars, skip)
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise RunError("--engine dask needs dask.distributed: pip install 'persian-news-pipeline[dask]'") from None
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=f"{connect_timeout}s")
            else:
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            raise RunError(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {exc}") from None
        n = len(self.client.scheduler_info().get("workers", {})) or workers
        self.window = 3 * max(1, n)

    def submit(self, chunk: list[Record]) -> Any:
        return self.client.submit(process_chunk, chunk, self.max_chars, self.skip, pure=False)

    def result(self, future: Any, chunk: list[Record]) -> list[Result]:
        # process_chunk never raises for a document, so an exception here is the cluster's:
        # most often the package missing (or another version) on a worker.
        try:
            return future.result()
        except ImportError as exc:
            raise RunError(f"a Dask worker cannot import the pipeline ({exc}); install persian-news-pipeline "
                           "(the same version) in every worker's environment") from None
        except Exception as exc:
            raise RunError(f"the Dask cluster failed to run a chunk ({type(exc).__name__}: {exc}); "
                           "the tables hold every document finished before it (rerun with --resume)") from None

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(options: Options) -> Engine:
    workers = options.workers or default_workers()
    if options.engine == "dask":
        return DaskEngine(options.max_chars, workers, options.scheduler, options.connect_timeout, options.skip)
    if options.engine != "local":
        raise RunError(f"unknown engine {options.engine!r} (local or dask)")
    if workers <= 1:
        return Engine(options.max_chars, options.skip)
    return LocalEngine(options.max_chars, workers, options.skip)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------- output files


def _table_path(out: Path, table: str, fmt: str) -> Path:
    return out / f"{table}.{'parquet' if fmt == 'parquet' else 'csv'}"


def _repair_csv(path: Path, keep: set[str] | None) -> set[str]:
    """Make a table left by an interrupted run whole again: drop a last partial line and, when
    ``keep`` is given, the rows of documents that never reached documents.csv. Returns the
    doc_ids found. Rewrites through a temporary file and a rename."""
    if not path.exists() or path.stat().st_size == 0:
        return set()
    raw = path.read_bytes()
    cut = raw.rfind(b"\n") + 1
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[:cut].decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return set()
    header, body = rows[0], rows[1:]
    table = path.stem
    if table in records.COLUMNS and header != records.columns(table):
        raise RunError(f"{path} was written with other columns; run without --resume to start over")
    ids = {r[0] for r in body if r}
    kept = body if keep is None else [r for r in body if r and r[0] in keep]
    if cut != len(raw) or len(kept) != len(body):
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(kept)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(("\ufeff" if bom else "").encode() + buf.getvalue().encode("utf-8"))
        os.replace(tmp, path)
    return ids


def _done_ids(out: Path, fmt: str) -> set[str]:
    if fmt == "jsonl":
        from .export import jsonl_done_ids

        return jsonl_done_ids(out / "documents.jsonl")
    if fmt == "parquet":
        path = _table_path(out, "documents", fmt)
        if not path.exists():
            return set()
        import pyarrow.parquet as pq

        return set(pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist())
    done = _repair_csv(_table_path(out, "documents", fmt), None)
    for table in records.TABLE_NAMES[1:]:
        _repair_csv(_table_path(out, table, fmt), done)
    return done


def _open_tables(options: Options, resume: bool) -> dict[str, Any]:
    tables: dict[str, Any] = {}
    if options.format == "jsonl":  # one file, one line per document: every table writes into it
        from .export import JsonlWriter

        return dict(JsonlWriter(options.out / "documents.jsonl", append=resume).parts)
    for name in records.TABLE_NAMES:
        path = _table_path(options.out, name, options.format)
        if options.format == "parquet":
            tables[name] = records.ParquetTable(path, name, existing=path if resume else None)
        else:
            tables[name] = records.CsvTable(path, name, options.encoding, append=resume)
    return tables


# -------------------------------------------------------------------------------- the run


class _Progress:
    """The progress line on stderr. A total (hence a bar and an ETA) comes from a background
    thread that reads the inputs a second time just to count the records: reading is far faster
    than processing, so the total is known early; until then the line is a counter."""

    WIDTH = 24

    def __init__(self, enabled: bool, count: Iterable[Any] | None = None):
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.total: int | None = None
        self.stop = False
        self.counter = None
        if enabled and count is not None:
            import threading

            self.counter = threading.Thread(target=self._count, args=(count,), name="progress-count", daemon=True)
            self.counter.start()

    def _count(self, records: Iterable[Any]) -> None:
        n = 0
        try:
            for _ in records:
                if self.stop:
                    return
                n += 1
        except Exception:  # the count is a nicety: a problem here must not touch the run
            return
        self.total = n

    def update(self, summary: Summary, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self.last < 0.25:
            return
        if final and self.counter is not None:
            self.counter.join(timeout=1.0)  # a short run can end before the count does
        self.last = now
        done = summary.ok + summary.failed
        rate = done / max(now - self.start, 1e-9)
        total = self.total
        if total and done <= total:
            filled = int(self.WIDTH * done / total) if total else self.WIDTH
            eta = (total - done) / rate if rate > 0 else 0.0
            minutes, seconds = divmod(int(round(eta)), 60)
            hours, minutes = divmod(minutes, 60)
            left = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
            line = (f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done:,}/{total:,} documents ({summary.failed:,} failed), "
                    f"{rate:,.1f} documents/s, ETA {left}")
        else:
            line = f"{done:,} documents ({summary.failed:,} failed), {rate:,.1f} documents/s"
        sys.stderr.write(f"\r{line}\x1b[K" if sys.stderr.isatty() else f"\r{line} ")
        if final:
            self.stop = True
            sys.stderr.write("\n")
        sys.stderr.flush()


def _chunks(recs: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(recs)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def run(inputs: Sequence[str | Path], options: Options | None = None,
        on_chunk: Callable[[Summary], None] | None = None) -> Summary:
    """Process every record of ``inputs`` into the tables in ``options.out``."""
    options = options or Options()
    if options.format not in ("csv", "parquet", "jsonl"):
        raise RunError(f"unknown format {options.format!r} (csv, parquet or jsonl)")
    if options.chunk_size < 1:
        raise RunError("the chunk size must be at least 1")
    try:  # before any document is read: a typo in --skip must not cost a run
        Pipeline(options.skip)
    except ValueError as exc:
        raise RunError(f"--skip: {exc}") from None
    started = time.monotonic()
    out = Path(options.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RunError(f"cannot create the output folder {out}: {exc.strerror or exc}") from None
    options.out = out
    summary = Summary(out=out)
    done = _done_ids(out, options.format) if options.resume else set()

    def todo() -> Iterator[Record]:
        # The output folder is never read as input (``run . --out outputs`` must not eat its own tables).
        for rec in read_inputs(inputs, options.fields, options.base, exclude=[out]):
            if rec.doc_id in done:
                summary.skipped += 1
                continue
            rec.run_date = options.date or ""
            yield rec

    progress = _Progress(sys.stderr.isatty() if options.progress is None else options.progress,
                         (r for r in read_inputs(inputs, options.fields, options.base, exclude=[out]) if r.doc_id not in done))
    engine = make_engine(options)
    tables: dict[str, Any] = {}
    finished = False
    try:
        tables = _open_tables(options, options.resume)
        for chunk, results in engine.map(_chunks(todo(), options.chunk_size)):
            see = getattr(tables["documents"], "see", None)  # JSON Lines stores each original text
            if see is not None:
                see(chunk)
            merged: dict[str, list] = {name: [] for name in records.TABLE_NAMES}
            for status, rows in results:
                if status == "ok":
                    summary.ok += 1
                else:
                    summary.failed += 1
                for name, table_rows in rows.items():
                    merged[name].extend(table_rows)
            # Records first, the documents rows last: a documents row promises its records are on disk.
            for name in (*records.TABLE_NAMES[1:], "documents"):
                tables[name].write(merged[name])
                summary.rows[name] += len(merged[name])
            progress.update(summary)
            if on_chunk is not None:
                on_chunk(summary)
        finished = True
    finally:
        for table in tables.values():
            try:
                if isinstance(table, records.ParquetTable) and not finished:
                    table.writer.close()  # leave the .part file; the previous complete table stays
                else:
                    table.close()
            except Exception:
                pass
        engine.close()
    progress.update(summary, final=True)
    summary.seconds = time.monotonic() - started
    return summary
