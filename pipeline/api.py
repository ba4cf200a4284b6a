"""The library's conveniences around ``process``: many texts at once, and a Document as JSON.

- ``pipe(texts, n_process=1, batch_size=16)``: Documents for a stream of texts, in input order,
  like spaCy's ``nlp.pipe``. An item is a text, or a ``(text, meta)`` pair whose ``meta`` becomes
  ``doc.meta`` (``meta["doc_id"]``, when given, becomes ``doc.doc_id``). ``n_process > 1`` runs
  batches of ``batch_size`` texts in worker processes (``-1``: one per core); at most two batches
  per worker are in flight, so a generator of a million texts is read as it goes, never whole.
- ``document_dict(doc)`` / ``document_json(doc)``: one line of ``--format jsonl`` output for a
  Document (the documents row's columns, ``original``, every record nested, offsets into the
  original text); the package attaches them as ``Document.to_dict`` / ``Document.to_json``.

Worker processes are started with "spawn" as the batch runner's are (a forked copy of a process
that holds threads can deadlock): a script that calls ``pipe(..., n_process=2)`` at import time
needs the usual ``if __name__ == "__main__":`` guard.
"""
from __future__ import annotations

import json
import os
from collections import deque
from itertools import islice
from typing import Any, Iterable, Iterator, Mapping

from .document import Document
from .normalize import require_text
from .stages import Pipeline


def document_dict(doc: Document) -> dict[str, Any]:
    """``doc`` as one object of ``documents.jsonl``: plain JSON types, table column names."""
    from .export import document_object
    from .records import document_rows

    rows = document_rows(doc)
    return document_object(rows["documents"][0], rows, doc.original)


def document_json(doc: Document, **kwargs: Any) -> str:
    """``json.dumps(doc.to_dict())``; Persian stays readable (``ensure_ascii=False``) unless
    ``kwargs`` say otherwise (they go to ``json.dumps``)."""
    kwargs.setdefault("ensure_ascii", False)
    return json.dumps(document_dict(doc), **kwargs)


# ------------------------------------------------------------------------------------ pipe

_Item = tuple[str, dict[str, Any]]


def _item(value: Any, position: int) -> _Item:
    if isinstance(value, str):
        return value, {}
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], Mapping):
        require_text(value[0], f"pipe() (item {position}, a (text, meta) pair)")
        return value[0], dict(value[1])
    if isinstance(value, Document):
        raise TypeError(f"pipe() expects texts; item {position} is already a Document")
    require_text(value, f"pipe() (item {position})", "text, or a (text, meta) pair,")
    raise AssertionError("unreachable")  # require_text raised


def _run(pipeline: Pipeline, batch: list[_Item], date: Any) -> list[Document]:
    return [pipeline(text, doc_id=str(meta.get("doc_id") or ""), meta=meta, date=date) for text, meta in batch]


_WORKER_PIPELINES: dict[frozenset[str], Pipeline] = {}


def _worker_batch(skip: frozenset[str], date: Any, batch: list[_Item]) -> list[Document]:
    # One Pipeline per skip set per worker process: built once, models loaded on first use.
    pipeline = _WORKER_PIPELINES.get(skip)
    if pipeline is None:
        pipeline = _WORKER_PIPELINES[skip] = Pipeline(skip)
    return _run(pipeline, batch, date)


def pipe(texts: Iterable[Any], *, n_process: int = 1, batch_size: int = 16, skip: Iterable[str] = (),
         date: Any = None) -> Iterator[Document]:
    """Processed Documents for ``texts`` (strings or ``(text, meta)`` pairs), in input order.

    ``skip`` and ``date`` are those of ``process``; ``skip`` is checked before any text is read.
    ``n_process``: worker processes (1: this process; -1: one per core). ``batch_size``: texts
    sent to a worker at a time."""
    if isinstance(texts, (str, bytes)):
        raise TypeError("pipe() expects an iterable of texts, got a single "
                        f"{type(texts).__name__} (use pipeline.process(text) for one text)")
    for name, value in (("n_process", n_process), ("batch_size", batch_size)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"pipe() expects {name} as int, got {type(value).__name__}")
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process < 1:
        raise ValueError(f"pipe(): n_process must be at least 1, or -1 for one per core (got {n_process})")
    if batch_size < 1:
        raise ValueError(f"pipe(): batch_size must be at least 1 (got {batch_size})")
    skipped = frozenset((skip,) if isinstance(skip, str) else skip)
    pipeline = Pipeline(skipped)  # a bad skip fails here, before anything is read or started
    items = (_item(value, i) for i, value in enumerate(texts))
    if n_process == 1:
        return (pipeline(text, doc_id=str(meta.get("doc_id") or ""), meta=meta, date=date) for text, meta in items)
    return _pipe_in_processes(items, n_process, batch_size, skipped, date)


def _pipe_in_processes(items: Iterator[_Item], n_process: int, batch_size: int, skip: frozenset[str],
                       date: Any) -> Iterator[Document]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=multiprocessing.get_context("spawn"))
    pending: deque = deque()
    try:
        while True:
            while len(pending) < 2 * n_process:
                batch = list(islice(items, batch_size))
                if not batch:
                    break
                pending.append(pool.submit(_worker_batch, skip, date, batch))
            if not pending:
                return
            yield from pending.popleft().result()
    finally:
        # Also when the caller stops early (break, an exception): no orphaned workers.
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
