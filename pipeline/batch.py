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

Nothing a document or a worker does stops the run: a failing document is an error row; a
document running past ``doc_timeout`` is an error row; a worker that dies (killed, out of memory,
a crash in native code) or stops answering costs a fresh pool, and the documents it held are
retried once each, alone, so only the one that kills a worker twice becomes an error row. One
run per output folder (``OutputLock``); a table is only in place if it was closed without error.
"""
from __future__ import annotations

import contextlib
import csv
import datetime
import importlib.util
import io
import itertools
import os
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import records
from .engines import (CHUNK_SIZE, DOC_TIMEOUT, HANG_GRACE, MAX_CHARS, DaskEngine, DocTimeout, Engine,  # noqa: F401
                      LocalEngine, Result, RunError, deadline, default_workers, describe, process_chunk,
                      process_record)
from .readers import Fields, Record, check_inputs, read_inputs, unique_ids
from .duplicates import DuplicateFinder
from .stages import Pipeline

_DUPLICATE_COLUMN = records.columns("documents").index("duplicate_of")

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
    overwrite: bool = False  # replace the tables of a previous run in ``out``
    doc_timeout: float = DOC_TIMEOUT  # seconds per document (0: no limit)
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
    documents_table: str = "documents.csv"

    @property
    def exit_code(self) -> int:
        return 2 if self.failed else 0

    def line(self) -> str:
        docs = self.ok + self.failed
        parts = [f"{docs:,} document{'s' if docs != 1 else ''}: {self.ok:,} ok, {self.failed:,} failed"]
        if self.skipped:
            parts[0] += f" ({self.skipped:,} already written, skipped)"
        if self.failed:
            where = self.out / self.documents_table if self.out is not None else Path(self.documents_table)
            parts.append(f"why they failed: the status=error rows of {where}")
        recs = ", ".join(f"{name} {self.rows[name]:,}" for name in records.TABLE_NAMES[1:])
        parts.append(f"records: {recs}")
        parts.append(f"{self.seconds:.1f} s")
        if self.out is not None:
            parts.append(f"tables in {self.out}")
        return "; ".join(parts)


# ------------------------------------------------------------------ the per-document function


def make_engine(options: Options) -> Engine:
    workers = options.workers or default_workers()
    timeout = options.doc_timeout or None
    if options.engine == "dask":
        return DaskEngine(options.max_chars, workers, options.scheduler, options.connect_timeout, timeout, options.skip)
    if options.engine != "local":
        raise RunError(f"unknown engine {options.engine!r} (local or dask)")
    if workers <= 1:
        return Engine(options.max_chars, timeout, options.skip)
    return LocalEngine(options.max_chars, workers, timeout, options.skip)


def _table_path(out: Path, table: str, fmt: str) -> Path:
    return out / f"{table}.{'parquet' if fmt == 'parquet' else 'csv'}"


def _complete_prefix(raw: bytes) -> int:
    """Length of the part of a CSV file made of whole rows: up to the last line break outside a
    quoted cell. A cut inside a quoted cell that holds line breaks (a sentence) leaves line breaks
    after the last whole row; counting quotes tells them apart."""
    pos = last = 0
    inside = False
    for line in raw.split(b"\n")[:-1]:
        pos += len(line) + 1
        if line.count(b'"') % 2:
            inside = not inside
        if not inside:
            last = pos
    return last


def _repair_csv(path: Path, keep: set[str] | None) -> set[str]:
    """Make a table left by an interrupted run whole again: drop a torn last row (cut anywhere,
    even inside a quoted cell), rows of the wrong width, and, when ``keep`` is given, the rows of
    documents that never reached documents.csv. Returns the doc_ids found. Rewrites through a
    temporary file and a rename."""
    if not path.exists() or path.stat().st_size == 0:
        return set()
    raw = path.read_bytes()
    cut = _complete_prefix(raw)
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[:cut].decode("utf-8-sig", errors="replace")
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise RunError(f"cannot resume: {path} is damaged ({exc}); start over with --overwrite") from None
    table = path.stem
    header = rows[0] if rows else records.columns(table)
    body = rows[1:]
    if table in records.COLUMNS and header != records.columns(table):
        raise RunError(f"{path} was written with other columns (another version); start over with --overwrite")
    whole = [r for r in body if len(r) == len(header)]
    ids = {r[0] for r in whole}
    kept = whole if keep is None else [r for r in whole if r[0] in keep]
    if cut != len(raw) or len(kept) != len(body) or not rows:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(kept)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(("\ufeff" if bom or not rows else "").encode() + buf.getvalue().encode("utf-8"))
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

        try:
            return set(pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist())
        except Exception as exc:
            raise RunError(f"cannot resume: {path} is unreadable ({describe(exc)}); start over with --overwrite") from None
    done = _repair_csv(_table_path(out, "documents", fmt), None)
    for table in records.TABLE_NAMES[1:]:
        _repair_csv(_table_path(out, table, fmt), done)
    return done


def _open_tables(options: Options, done: set[str] | None) -> dict[str, Any]:
    """The tables; with ``done`` (``--resume``) they continue the previous run's."""
    tables: dict[str, Any] = {}
    if options.format == "jsonl":  # one file, one line per document: every table writes into it
        from .export import JsonlWriter

        return dict(JsonlWriter(options.out / "documents.jsonl", append=done is not None).parts)
    try:
        for name in records.TABLE_NAMES:
            path = _table_path(options.out, name, options.format)
            if options.format == "parquet":
                keep = None if name == "documents" else done
                tables[name] = records.ParquetTable(path, name, existing=path if done is not None else None, keep=keep)
            else:
                tables[name] = records.CsvTable(path, name, options.encoding, append=done is not None)
    except BaseException as exc:
        for table in tables.values():
            table.abort()
        if isinstance(exc, OSError):
            raise RunError(f"cannot write the tables in {options.out}: {exc.strerror or describe(exc)}") from None
        if isinstance(exc, ValueError):
            raise RunError(f"cannot resume: {exc}; start over with --overwrite") from None
        raise
    return tables


def _close_tables(tables: dict[str, Any], fmt: str) -> str:
    """Close every table; "" when all closed cleanly, else what went wrong. Parquet tables are
    all finished before any is committed: a failure leaves the previous run's tables as they were."""
    problem = ""
    if fmt == "parquet":
        for name, table in tables.items():
            if problem:
                table.abort()
                continue
            try:
                table.finish()
            except Exception as exc:
                problem = f"cannot finish {table.path}: {_os_message(exc)}"
                table.abort()
        if problem:
            for table in tables.values():
                table.abort()
            return problem + "; no table was replaced"
        for table in tables.values():
            table.commit()
        return ""
    for table in tables.values():
        try:
            table.close()
        except Exception as exc:
            problem = problem or f"cannot finish {table.path}: {_os_message(exc)}"
    return problem


def _os_message(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else describe(exc)


# --------------------------------------------------------------------- before the first document

LOCK_NAME = ".persian-news.lock"


class OutputLock:
    """One run per output folder. The lock file names its holder (pid, host, start time) for
    the message a second run prints. On POSIX the file also carries an exclusive ``flock`` held
    for the whole run: the kernel drops it when the holder dies however it dies, so a lock left
    by a dead run is taken over. Without ``flock``, a lock whose pid is dead on this host is."""

    def __init__(self, out: Path):
        self.path = out / LOCK_NAME
        self.fd: int | None = None

    def _holder(self) -> tuple[dict[str, str], str]:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""
        info = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
        who = (f"pid {info.get('pid', '?')} on {info.get('host', '?')}, started {info.get('started', '?')}"
               if info else "a run that is starting")
        return info, who

    def _refuse(self, who: str) -> RunError:
        return RunError(f"another run is writing to {self.path.parent} ({who}); wait for it to finish, "
                        f"or use another --out (if that run is gone, delete {self.path})")

    def acquire(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            fcntl = None
        for _ in range(5):
            if fcntl is None:
                self._acquire_by_pid()
                return
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise RunError(f"cannot write in the output folder {self.path.parent}: {_os_message(exc)}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise self._refuse(self._holder()[1]) from None
            # The holder before us may have removed the file between our open and our lock:
            # then we hold a lock on a file nobody else will see. Try again.
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            self.fd = fd
            self._write_info(fd)
            return
        raise RunError(f"cannot take the lock {self.path}: it keeps changing under this run")

    def _write_info(self, fd: int) -> None:
        started = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
        info = f"pid={os.getpid()}\nhost={socket.gethostname()}\nstarted={started}\n".encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, info, 0)

    def _acquire_by_pid(self) -> None:  # pragma: no cover - used where flock is missing
        for _ in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                info, who = self._holder()
                if info.get("host") == socket.gethostname() and not _alive(int(info.get("pid", "0") or 0)):
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    continue
                raise self._refuse(who) from None
            self.fd = fd
            self._write_info(fd)
            return
        raise RunError(f"cannot take the lock {self.path}")

    def release(self) -> None:
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self.fd = None


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


#: Modules a run needs, the distribution that provides each, and when.
_DEPENDENCIES = (
    ("regex", "regex", None), ("numpy", "numpy", None), ("pycrfsuite", "python-crfsuite", None),
    ("pyarrow", "pyarrow", "parquet"), ("distributed", "dask[distributed]", "dask"),
)


def _missing(module: str) -> bool:
    if module in sys.modules:
        return sys.modules[module] is None  # None: imports of it are blocked
    try:
        return importlib.util.find_spec(module) is None
    except (ImportError, ValueError):
        return True


def check_dependencies(options: Options) -> None:
    for module, dist, when in _DEPENDENCIES:
        if when == "parquet" and options.format != "parquet":
            continue
        if when == "dask" and options.engine != "dask":
            continue
        if _missing(module):
            extra = {"parquet": "[parquet]", "dask": "[dask]"}.get(when or "", "")
            raise RunError(f"the Python package {dist} is missing (module {module}); install it with: "
                           f"{Path(sys.executable).name} -m pip install '{dist}' "
                           f"(or reinstall the pipeline: pip install 'persian-news-pipeline{extra}')")


def _prepare_out(out: Path, options: Options) -> None:
    if out.exists() and not out.is_dir():
        raise RunError(f"the output folder {out} is a file")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RunError(f"cannot create the output folder {out}: {_os_message(exc)}") from None
    probe = out / f".persian-news-probe-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, b"probe")
        finally:
            os.close(fd)
        probe.unlink()
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink()
        raise RunError(f"cannot write in the output folder {out}: {_os_message(exc)}") from None


def _our_files(out: Path) -> list[Path]:
    names = {f"{t}.{ext}{tail}" for t in records.TABLE_NAMES for ext in ("csv", "parquet", "jsonl") for tail in ("", ".tmp", ".part")}
    return [out / n for n in sorted(names) if (out / n).exists()]


def _refuse_or_clear(out: Path, options: Options) -> None:
    """A run never silently replaces what is in its output folder."""
    present = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    if not present:
        return
    if options.resume:
        return
    if options.overwrite:
        for path in _our_files(out):
            path.unlink()
        return
    shown = ", ".join(present[:3]) + (", …" if len(present) > 3 else "")
    raise RunError(f"the output folder {out} is not empty ({shown}); pass --overwrite to replace its tables, "
                   "--resume to continue the run that wrote them, or choose another --out")


_FIELD_FLAGS = {"id": "--id-field", "title": "--title-field", "lead": "--lead-field", "text": "--text-field",
                "date": "--date-field", "url": "--url-field"}
_SAMPLE_RECORDS = 20


def check_fields(inputs: Sequence[str | Path], options: Options, out: Path) -> None:
    """Field names given explicitly must be in the input: a typo in --text-field would otherwise
    turn every record into an error row. Looks at the first records that have fields (JSON
    objects, CSV rows)."""
    fields = options.fields
    if not fields.given:
        return
    sample = [r for r in itertools.islice(read_inputs(inputs, fields, options.base, exclude=[out]), 200) if r.keys]
    sample = sample[:_SAMPLE_RECORDS]
    if not sample:
        return
    seen = {k.lower() for r in sample for k in r.keys}
    for kind in fields.given:
        names = getattr(fields, kind)
        if names and not any(n.lower() in seen for n in names):
            have: list[str] = []
            for r in sample:
                have.extend(k for k in r.keys if k not in have)
            where = r.source.split("#", 1)[0] if (r := sample[0]) else ""
            raise RunError(f"{_FIELD_FLAGS.get(kind, kind)} {','.join(names)}: no such field in the first "
                           f"{len(sample)} record{'s' if len(sample) != 1 else ''} ({where} has: {', '.join(have[:20])})")


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
    """Process every record of ``inputs`` into the tables in ``options.out``. Everything that can
    stop the run is checked before the first document is read (RunError, one line)."""
    options = options or Options()
    if options.format not in ("csv", "parquet", "jsonl"):
        raise RunError(f"unknown format {options.format!r} (csv, parquet or jsonl)")
    if options.engine not in ("local", "dask"):
        raise RunError(f"unknown engine {options.engine!r} (local or dask)")
    if options.chunk_size < 1:
        raise RunError("the chunk size must be at least 1")
    if options.resume and options.overwrite:
        raise RunError("--resume keeps the tables in the output folder, --overwrite replaces them: choose one")
    try:  # before any document is read: a typo in --skip must not cost a run
        Pipeline(options.skip)
    except ValueError as exc:
        raise RunError(f"--skip: {exc}") from None
    started = time.monotonic()
    inputs = list(inputs)
    out = Path(options.out)
    options.out = out
    check_dependencies(options)
    problems = check_inputs(inputs, exclude=[out])
    if problems:
        more = f" (and {len(problems) - 1} more input{'s' if len(problems) > 2 else ''} like it)" if len(problems) > 1 else ""
        raise RunError(problems[0] + more)
    _prepare_out(out, options)
    lock = OutputLock(out)
    lock.acquire()
    try:
        _refuse_or_clear(out, options)
        check_fields(inputs, options, out)
        return _run(inputs, options, on_chunk, started)
    finally:
        lock.release()


def _run(inputs: list, options: Options, on_chunk: Callable[[Summary], None] | None, started: float) -> Summary:
    out = options.out
    summary = Summary(out=out, documents_table=_table_path(out, "documents", options.format).name)
    done = _done_ids(out, options.format) if options.resume else None

    duplicates = DuplicateFinder()

    def todo() -> Iterator[Record]:
        # The output folder is never read as input (``run . --out outputs`` must not eat its own tables).
        for rec in unique_ids(read_inputs(inputs, options.fields, options.base, exclude=[out])):
            # every record, written before or not, in input order: the first copy of an article is
            # the same whatever the workers, the engine or --resume
            rec.duplicate_of = (duplicates.see(rec.doc_id, rec.text) or "") if rec.text and not rec.error else ""
            if done and rec.doc_id in done:
                summary.skipped += 1
                continue
            rec.run_date = options.date or ""
            yield rec

    progress = _Progress(sys.stderr.isatty() if options.progress is None else options.progress,
                         (r for r in read_inputs(inputs, options.fields, options.base, exclude=[out])
                          if not done or r.doc_id not in done))
    engine = make_engine(options)
    tables: dict[str, Any] = {}
    interrupted = True
    try:
        tables = _open_tables(options, done)
        for chunk, results in engine.map(_chunks(todo(), options.chunk_size)):
            see = getattr(tables["documents"], "see", None)  # JSON Lines stores each original text
            if see is not None:
                see(chunk)
            merged: dict[str, list] = {name: [] for name in records.TABLE_NAMES}
            for rec, (status, rows) in zip(chunk, results):
                if rec.duplicate_of and rows.get("documents"):
                    row = list(rows["documents"][0])
                    row[_DUPLICATE_COLUMN] = rec.duplicate_of
                    rows["documents"][0] = tuple(row)
                if status == "ok":
                    summary.ok += 1
                else:
                    summary.failed += 1
                for name, table_rows in rows.items():
                    merged[name].extend(table_rows)
            # Records first, the documents rows last: a documents row promises its records are on disk.
            for name in (*records.TABLE_NAMES[1:], "documents"):
                try:
                    tables[name].write(merged[name])
                except OSError as exc:
                    raise RunError(f"cannot write {getattr(tables[name], 'path', name)}: {_os_message(exc)}; "
                                   f"{_keeps(options.format)}") from None
                summary.rows[name] += len(merged[name])
            progress.update(summary)
            if on_chunk is not None:
                on_chunk(summary)
        interrupted = False
    finally:
        with contextlib.suppress(BaseException):
            engine.close(interrupted=interrupted)
        # Interrupted or not, the rows written are whole documents: the tables are closed (and
        # Parquet ones committed) so a later --resume continues from them.
        problem = _close_tables(tables, options.format) if tables else ""
        if problem and not interrupted:
            raise RunError(f"{problem}; {_keeps(options.format)}")
    progress.update(summary, final=True)
    summary.seconds = time.monotonic() - started
    return summary


def _keeps(fmt: str) -> str:
    if fmt == "parquet":
        return "free some space and run again (the tables of an earlier run, if any, were left as they were)"
    return "the tables hold every document finished before it (free some space, then rerun with --resume)"
