"""Where ``process_chunk`` runs, and what stops a document or a worker from stopping a run.

- ``Engine``: in this process (one worker);
- ``LocalEngine``: N worker processes (``concurrent.futures``);
- ``DaskEngine``: a ``dask.distributed`` cluster (a LocalCluster, or ``scheduler="tcp://host:8786"``).

A failing document is an error row; a document running past ``doc_timeout`` is an error row
(``deadline``); a worker that dies (killed, out of memory, a crash in native code) or stops
answering costs a fresh pool, and the documents it held are retried once each, alone, so only the
one that kills a worker twice becomes an error row. Ctrl-C reaches the main process only
(``sigint_deferred``). ``pipeline.batch`` drives an engine and writes what it returns.
"""
from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections import deque
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from . import records
from .readers import Record

#: Documents longer than this (characters) become error rows instead of being processed: real
#: articles are under 50,000 characters; a multi-megabyte "article" is a scraping accident and
#: would hold a worker for minutes. ``max_chars=0`` lifts the limit.
MAX_CHARS = 1_000_000
CHUNK_SIZE = 8
#: Seconds one document may take before it becomes an error row. Real articles take well under
#: a second; this only stops runaways (pathological text in a stage) from holding a worker.
DOC_TIMEOUT = 120.0
#: Extra seconds the main process grants a chunk beyond its documents' timeouts before it
#: decides the worker is hung (stuck in native code, stopped) and replaces it.
HANG_GRACE = 30.0

Result = tuple[str, records.TableRows]  # (status, rows)


class RunError(Exception):
    """A problem that stops the whole run (unusable output folder, unreachable scheduler...)."""


class DocTimeout(BaseException):
    """Raised inside a document that ran past its deadline. A BaseException, so that a stage's
    ``except Exception`` cannot swallow it."""


_async_lock = threading.Lock()


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise DocTimeout in this thread after ``seconds``. In a process's main thread (local
    workers, ``--workers 1``) with SIGALRM; elsewhere (Dask runs tasks in threads) by posting an
    asynchronous exception to the thread. Either way it lands between two Python bytecodes, so a
    single long call in native code ends first."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def alarm(signum, frame):
            raise DocTimeout

        previous = signal.signal(signal.SIGALRM, alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    import ctypes

    tid = threading.get_ident()
    state = {"done": False}

    def fire() -> None:
        with _async_lock:
            if not state["done"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(DocTimeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with _async_lock:
            state["done"] = True
            # A timeout posted but not yet raised belongs to a document that has just finished.
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)


def _error(rec: Record, message: str, chars: int | None = None) -> Result:
    return "error", records.error_rows(rec.doc_id, rec.source, message, title=rec.title, published=rec.published,
                                       url=rec.url, chars=chars, warning=rec.warning, record_id=rec.record_id,
                                       kept=rec.kept)


def process_record(rec: Record, max_chars: int = MAX_CHARS, doc_timeout: float | None = None,
                   skip: Sequence[str] = ()) -> Result:
    """One record -> its rows in every table. Never raises: a failure is an error row."""
    from . import process  # looked up per call, so a test can stand in for the pipeline

    def error(message: str, chars: int | None = None) -> Result:
        return _error(rec, message, chars)

    if rec.error:
        return error(rec.error)
    if not rec.text.strip():
        return error("no text: the record is empty or holds only whitespace", len(rec.text))
    if max_chars and len(rec.text) > max_chars:
        return error(f"too long for one article: {len(rec.text):,} characters (the limit is {max_chars:,}; "
                     "split the file or raise --max-chars)", len(rec.text))
    try:
        with deadline(doc_timeout):
            doc = process(rec.text, doc_id=rec.doc_id, meta=rec.meta, skip=skip, date=rec.run_date or None)
            rows = records.document_rows(doc)
        return "ok", rows
    except DocTimeout:
        return error(f"took longer than {doc_timeout:g} s (--doc-timeout), stopped; the text may hold "
                     "something a stage handles slowly (please report it)", len(rec.text))
    except MemoryError:
        return error("out of memory while processing this document", len(rec.text))
    except RecursionError:
        return error("the pipeline failed on this document (recursion too deep); please report it", len(rec.text))
    except Exception as exc:  # a bug in a stage must cost one document, not the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return error(f"the pipeline failed on this document ({describe(exc)} "
                     f"in {Path(where.filename).name}:{where.lineno}); please report it", len(rec.text))


def describe(exc: BaseException) -> str:
    """``Type: message``, never an empty message (CancelledError and friends have none)."""
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else f"{type(exc).__name__} (no message)"


def process_chunk(chunk: Sequence[Record], max_chars: int = MAX_CHARS, doc_timeout: float | None = None,
                  skip: Sequence[str] = ()) -> list[Result]:
    out = []
    for rec in chunk:
        try:
            out.append(process_record(rec, max_chars, doc_timeout, skip))
        except DocTimeout:  # a deadline that fired on the way out of process_record
            out.append(_error(rec, f"took longer than {doc_timeout:g} s (--doc-timeout), stopped", len(rec.text)))
    return out


@contextlib.contextmanager
def sigint_deferred() -> Iterator[None]:
    """Hold SIGINT back (blocked, not ignored: a Ctrl-C pressed meanwhile is delivered when the
    block ends) while worker processes start. A blocked signal mask is inherited by child
    processes and by threads started here (Dask's event loop, which starts the workers), so the
    workers never receive Ctrl-C and never print a KeyboardInterrupt traceback: the main process
    alone decides what an interrupt does."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


# -------------------------------------------------------------------------------- engines


class Engine:
    """Runs ``process_chunk`` over chunks and yields results in input order, with a bounded
    number of chunks in flight."""

    def __init__(self, max_chars: int, doc_timeout: float | None = None, skip: Sequence[str] = ()):
        self.max_chars = max_chars
        self.doc_timeout = doc_timeout
        self.skip = tuple(skip)  # stages or normalization steps left out (checked by stages.Pipeline)

    def map(self, chunks: Iterable[list[Record]]) -> Iterator[tuple[list[Record], list[Result]]]:
        for chunk in chunks:
            yield chunk, process_chunk(chunk, self.max_chars, self.doc_timeout, self.skip)

    def close(self, interrupted: bool = False) -> None:
        pass

    def _wait_limit(self, n: int) -> float | None:
        """How long the main process waits for n documents before it calls the worker hung."""
        return self.doc_timeout * n + HANG_GRACE if self.doc_timeout else None


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


_DIED = "the worker process died while processing this document (killed, out of memory or a crash), twice"


class LocalEngine(_Pooled):
    """Worker processes. A worker that dies breaks its pool (every future in it fails with
    BrokenProcessPool, or CancelledError once the pool is shut down); a worker that hangs is
    noticed by a wait limit. Either way the pool is replaced and the documents of each chunk it
    held are retried once, one at a time, so only a document that fails alone twice becomes an
    error row. Futures carry their pool's generation so one breakage renews the pool once."""

    def __init__(self, max_chars: int, workers: int, doc_timeout: float | None = None, skip: Sequence[str] = ()):
        super().__init__(max_chars, doc_timeout, skip)
        self.workers = workers
        self.window = 3 * workers
        self.ctx = multiprocessing.get_context("spawn")
        self.generation = 0
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.ctx, initializer=_worker_init)

    def _renew(self, generation: int) -> None:
        """Replace the pool, unless that was already done for this breakage."""
        if generation != self.generation:
            return
        self._kill(self.pool)
        self.generation += 1
        self.pool = self._new_pool()

    @staticmethod
    def _kill(pool: ProcessPoolExecutor) -> None:
        # The queue that feeds the workers has a thread writing to a pipe only they read: once they
        # are killed a full pipe blocks it for good, and the pool's manager thread (which joins it)
        # with it, so the interpreter never exits (a Ctrl-C that hung the run). Not joining it lets
        # the process end; the documents it held are not wanted.
        with contextlib.suppress(Exception):
            pool._call_queue.cancel_join_thread()
        processes = list((getattr(pool, "_processes", None) or {}).values())
        for proc in processes:
            with contextlib.suppress(Exception):
                proc.kill()
        with contextlib.suppress(Exception):
            pool.shutdown(wait=False, cancel_futures=True)

    def _submit(self, chunk: list[Record]) -> Any:
        # Processes start inside submit (spawn starts them on demand): start them with SIGINT ignored.
        with sigint_deferred():
            try:
                return self.pool.submit(process_chunk, chunk, self.max_chars, self.doc_timeout, self.skip)
            except (BrokenProcessPool, RuntimeError):  # broken, or shut down after a breakage
                self._renew(self.generation)
                return self.pool.submit(process_chunk, chunk, self.max_chars, self.doc_timeout, self.skip)

    def submit(self, chunk: list[Record]) -> Any:
        return (self.generation, self._submit(chunk))

    def result(self, future: Any, chunk: list[Record]) -> list[Result]:
        generation, fut = future
        try:
            return fut.result(timeout=self._wait_limit(len(chunk)))
        except (BrokenProcessPool, CancelledError, FutureTimeout):
            self._renew(generation)
            return [self._retry(rec) for rec in chunk]

    def _retry(self, rec: Record) -> Result:
        generation = self.generation
        try:
            return self._submit([rec]).result(timeout=self._wait_limit(1))[0]
        except (BrokenProcessPool, CancelledError):
            self._renew(generation)
            return _error(rec, _DIED, len(rec.text))
        except FutureTimeout:
            self._renew(generation)
            return _error(rec, f"the worker stopped answering on this document (no result in {self._wait_limit(1):g} s), twice",
                          len(rec.text))

    def close(self, interrupted: bool = False) -> None:
        if interrupted:  # do not wait for documents nobody will read
            self._kill(self.pool)
        else:
            self.pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine(_Pooled):
    def __init__(self, max_chars: int, workers: int, scheduler: str | None, connect_timeout: float = 20.0,
                 doc_timeout: float | None = None, skip: Sequence[str] = ()):
        super().__init__(max_chars, doc_timeout, skip)
        try:
            from dask.distributed import Client
        except ImportError:
            raise RunError("--engine dask needs dask.distributed: pip install 'persian-news-pipeline[dask]'") from None
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=f"{connect_timeout}s")
            else:
                self.cluster = _ClusterProcess(workers)
                self.client = Client(self.cluster.address, timeout=f"{connect_timeout}s")
        except (OSError, TimeoutError) as exc:
            if self.cluster is not None:
                self.cluster.close()
            raise RunError(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {describe(exc)}") from None
        n = len(self.client.scheduler_info().get("workers", {})) or workers
        self.window = 3 * max(1, n)

    def submit(self, chunk: list[Record]) -> Any:
        return self.client.submit(process_chunk, chunk, self.max_chars, self.doc_timeout, self.skip, pure=False)

    def result(self, future: Any, chunk: list[Record]) -> list[Result]:
        # process_chunk never raises for a document, so an exception here is the cluster's:
        # a worker that died with the chunk (KilledWorker), or the package missing on a worker.
        try:
            return future.result(timeout=self._wait_limit(len(chunk)))
        except ImportError as exc:
            raise RunError(f"a Dask worker cannot import the pipeline ({describe(exc)}); install persian-news-pipeline "
                           "(the same version) in every worker's environment") from None
        except Exception as exc:
            if type(exc).__name__ not in ("KilledWorker", "TimeoutError", "CancelledError"):
                raise RunError(f"the Dask cluster failed to run a chunk ({describe(exc)}); "
                               "the tables hold every document finished before it (rerun with --resume)") from None
            with contextlib.suppress(Exception):
                future.cancel()
            return [self._retry(rec) for rec in chunk]

    def _retry(self, rec: Record) -> Result:
        future = self.submit([rec])
        try:
            return future.result(timeout=self._wait_limit(1))[0]
        except Exception as exc:
            with contextlib.suppress(Exception):
                future.cancel()
            return _error(rec, f"the Dask cluster could not process this document ({describe(exc)}), twice", len(rec.text))

    def close(self, interrupted: bool = False) -> None:
        # Shutting a cluster down logs (and sometimes raises) about work it drops: none of it is
        # the user's business after an interrupt or the end of a run.
        for name in ("distributed", "tornado", "asyncio"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        with contextlib.suppress(BaseException):
            self.client.close(timeout=10)
        if self.cluster is not None:
            self.cluster.close()


# Runs a LocalCluster in a process of its own session. A terminal's Ctrl-C goes to the whole
# foreground process group: Dask's workers (asyncio loops) would each print a KeyboardInterrupt
# traceback, at start-up even before any handler of ours could run. Outside the group they never
# see it; the main process stops them. The cluster stops when our pipe closes, so it also goes
# away when the main process is killed outright.
_CLUSTER_HOST = """
import logging, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
from dask.distributed import LocalCluster
cluster = LocalCluster(n_workers=int(sys.argv[1]), threads_per_worker=1, processes=True,
                       dashboard_address=None, silence_logs=logging.CRITICAL)
print(cluster.scheduler_address, flush=True)
sys.stdin.read()
cluster.close(timeout=10)
"""


class _ClusterProcess:
    def __init__(self, workers: int, timeout: float = 120.0):
        import select
        import subprocess
        import tempfile

        self.errors = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([sys.executable, "-c", _CLUSTER_HOST, str(workers)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.errors, start_new_session=True)
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        line = self.proc.stdout.readline().decode().strip() if ready else ""
        if not line.startswith(("tcp://", "inproc://", "tls://")):
            self.close()
            self.errors.seek(0)
            last = [ln for ln in self.errors.read().decode(errors="replace").splitlines() if ln.strip()]
            raise OSError(f"the local Dask cluster did not start ({last[-1].strip() if last else 'no message'})")
        self.address = line

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=20)
        except Exception:
            with contextlib.suppress(Exception):
                os.killpg(self.proc.pid, signal.SIGKILL)
            with contextlib.suppress(Exception):
                self.proc.wait(timeout=5)
        with contextlib.suppress(Exception):
            self.errors.close()


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------- output files
