"""News files in: every input record becomes a ``Record`` (or an error ``Record``), never an exception.

Formats, chosen by extension (files without a known one are sniffed, then read as plain text):

- ``.txt`` — one article; the first non-blank line is the title; the whole file is the text.
- ``.jsonl``/``.ndjson`` — one JSON object per line; ``.json`` — one object, a list of objects, an
  object holding such a list, or JSON Lines under a ``.json`` name.
- ``.csv``/``.tsv`` — one article per row, with a header row.
- ``.html``/``.htm``/``.xhtml`` — ``<title>`` and the article's paragraphs; scripts, styles,
  navigation, headers, footers, asides and forms are left out.

Field names for JSON and CSV are overridable (``Fields``). A record's text is its title, its lead
(``abstract``/``summary``/``lead``) and its body (``text``/``body``/``content``/``paragraphs``, a
list of paragraphs joined by line breaks), separated by blank lines, so a title-first ``.txt``
file and the same article as JSON give the same text and the same offsets.

Encodings are detected per file: BOMs (UTF-8, UTF-16, UTF-32), UTF-16 without a BOM (from the
pattern of high bytes), UTF-8, then the Arabic codepages (Windows-1256 first, then ISO-8859-6,
DOS 720 and 864, Mac Arabic), keeping the one whose text looks like Persian. Binary files (NUL
bytes, known magic numbers, bytes that are text in no encoding) are rejected with a message.
"""
from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator


from .document import MAX_TITLE, clip_title  # noqa: F401  (MAX_TITLE: part of this module's API)
from .encodings import (SAMPLE as _SAMPLE, _SURROGATE, ReadError, _clean, _decode_raw, _open_text,  # noqa: F401
                        decode, detect_encoding, encoding_name)
from .html_article import html_article
from .paths import Found, check_inputs, display_path, iter_paths, printable  # noqa: F401  (part of this module's API)

TEXT_EXTENSIONS = {".txt", ".text"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
JSON_EXTENSIONS = {".json"}
CSV_EXTENSIONS = {".csv", ".tsv"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}

#: Single-article files larger than this are refused before they are read (bytes).
MAX_FILE_BYTES = 256 * 1024 * 1024
# Lone UTF-16 surrogates: what Python makes of undecodable bytes (file names, surrogateescape)
# and of half a surrogate pair in JSON ("\ud83d"). No UTF-8 writer accepts them.


@dataclass
class Fields:
    """Which JSON keys / CSV columns hold what. The first present, non-empty name wins."""

    id: tuple[str, ...] = ("id", "code", "news_id", "doc_id")
    title: tuple[str, ...] = ("title", "headline")
    lead: tuple[str, ...] = ("abstract", "summary", "lead", "lede", "description")
    text: tuple[str, ...] = ("text", "body", "content", "paragraphs", "article")
    date: tuple[str, ...] = ("date", "published", "pubdate", "datetime", "time", "created_at")
    url: tuple[str, ...] = ("url", "link", "href", "source_url")
    #: input fields carried as they are into documents.csv (``--keep-fields label,tags``)
    keep: tuple[str, ...] = ()
    #: the kinds set explicitly (``--text-field``...): a run checks that the input has them
    given: tuple[str, ...] = ()

    @classmethod
    def override(cls, **names: str | Iterable[str] | None) -> "Fields":
        """``Fields.override(text="body,lead", title="headline")``: a comma-separated string or a
        list replaces the defaults for that field (an explicit text field also drops the lead)."""
        fields = cls()
        for key, value in names.items():
            if value is None or value == "" or value == ():
                continue
            if key not in cls.__dataclass_fields__ or key == "given":
                raise ValueError(f"unknown field kind {key!r}")
            names_ = tuple(n.strip() for n in (value.split(",") if isinstance(value, str) else value) if n.strip())
            setattr(fields, key, names_)
            if key != "keep":  # kept fields are optional per record: not checked like --text-field
                fields.given += (key,)
            if key == "text":
                fields.lead = ()
        return fields


@dataclass
class Record:
    """One input article (or the reason it could not be read)."""

    source: str  # path as shown to the user, plus "#line=N" / "#row=N" / "#item=N" when needed
    text: str = ""
    title: str = ""
    published: str = ""
    url: str = ""
    record_id: str = ""
    encoding: str = ""
    error: str = ""
    run_date: str = ""  # the run's --date: article date for a record that carries none
    warning: str = ""  # the record was read, but not cleanly (damaged bytes replaced...)
    keys: tuple[str, ...] = ()  # the JSON keys / CSV columns it had (to check --*-field names)
    assigned_id: str = ""  # set by the batch runner when two records share a source (see unique_ids)
    kept: str = ""  # the --keep-fields of the input record, as a JSON object
    duplicate_of: str = ""  # set by the batch runner: the doc_id of the first copy of this article

    @property
    def doc_id(self) -> str:
        return self.assigned_id or doc_id(self.source)

    @property
    def meta(self) -> dict[str, Any]:
        return {"source": self.source, "title": self.title, "published": self.published, "kept": self.kept,
                "url": self.url, "record_id": self.record_id, "encoding": self.encoding,
                "warning": self.warning}


def doc_id(source: str) -> str:
    """A short stable id from the record's source (path + record key): same input, same id; the
    same article in two files gets two ids. The leading letter keeps spreadsheets from reading
    an all-digit hash as a number (and dropping its leading zeros)."""
    return "d" + hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def unique_ids(recs: Iterable[Record]) -> Iterator[Record]:
    """The records with doc_ids unique within the stream. Two records can share a source string
    (a file literally named ``m.jsonl#line=1`` beside line 1 of ``m.jsonl``); the later one gets
    an id derived from its source and its rank among the sources equal to it. Deterministic for
    the same inputs in the same order, so ``--resume`` finds the same ids again."""
    used: set[str] = set()
    for rec in recs:
        rid = rec.doc_id
        n = 1
        while rid in used:
            n += 1
            rid = doc_id(f"{rec.source}\x00{n}")
        used.add(rid)
        if n > 1:
            rec.assigned_id = rid
        yield rec


def read_inputs(inputs: Iterable[str | Path], fields: Fields | None = None, base: Path | None = None,
                exclude: Iterable[Path] = ()) -> Iterator[Record]:
    """Every record of every input, in order. Never raises for bad input: problems come back as
    records with ``error`` set."""
    fields = fields or Fields()
    for path, label, problem in iter_paths(inputs, exclude):
        if problem:
            # Not resolved: a dangling link is shown where it is, not where it points.
            source = printable(label) if path is None else display_path(path, base, resolve=False)
            yield Record(source=source, error=problem)
            continue
        yield from read_file(path, fields, display_path(path, base))


def read_file(path: Path, fields: Fields | None = None, source: str | None = None) -> Iterator[Record]:
    """The records of one file (one for .txt/.html, one per line/row/item otherwise). Never
    raises: whatever goes wrong becomes an error record naming the file (and the line, row or
    item when it can be told)."""
    fields = fields or Fields()
    source = printable(source if source is not None else display_path(path))
    count = 0
    try:
        for rec in _records_of(path, fields, source):
            count += 1
            yield _finish(rec)
    except ReadError as exc:
        yield _finish(Record(source=source, error=str(exc)))
    except OSError as exc:
        yield Record(source=source, error=f"cannot read the file: {exc.strerror or exc}")
    except (RecursionError, MemoryError) as exc:
        what = "nested too deeply" if isinstance(exc, RecursionError) else "too large to hold in memory"
        yield Record(source=source, error=f"cannot read the file: its content is {what}"
                     + (f" (after {count:,} records)" if count else ""))
    except Exception as exc:  # a reader bug must cost this file, not the run
        yield Record(source=source, error=f"cannot read the file ({type(exc).__name__}: {_clean(str(exc))[:200]})"
                     + (f" after {count:,} records" if count else "") + "; please report it")


def _records_of(path: Path, fields: Fields, source: str) -> Iterator[Record]:
    kind = _kind(path)
    if kind == "jsonl":
        yield from _read_jsonl(path, fields, source)
    elif kind == "json":
        yield from _read_json(path, fields, source)
    elif kind == "csv":
        yield from _read_csv(path, fields, source)
    else:
        text, encoding = _decode_raw(_read_whole(path))
        if kind == "sniff":
            kind = _sniff(text)
            if kind == "json":
                yield from _json_records(text, encoding, fields, source)
                return
        yield _html_record(text, encoding, source) if kind == "html" else _text_record(text, encoding, source)


def _finish(rec: Record) -> Record:
    """Lone surrogates (undecodable bytes kept by ``surrogateescape``, half a surrogate pair
    from JSON) become U+FFFD in every field, and the record says how many it had: text that
    was damaged is still processed, but visibly so (the ``warning`` column)."""
    damaged: list[str] = []
    for name in ("text", "title", "published", "url", "record_id", "source", "error"):
        value = getattr(rec, name)
        if value and _SURROGATE.search(value):
            if name == "text" or (name == "title" and not rec.text):
                damaged = _SURROGATE.findall(value)
            setattr(rec, name, _SURROGATE.sub("\ufffd", value))
    if damaged and not rec.error:
        # surrogateescape keeps an undecodable byte as U+DC80..U+DCFF; other lone surrogates
        # come from JSON escapes.
        nbytes = sum(1 for c in damaged if "\udc80" <= c <= "\udcff")
        halves = len(damaged) - nbytes
        what = [f"{n:,} {label}{'s' if n != 1 else ''}" for n, label in
                ((nbytes, "undecodable byte"), (halves, "half surrogate pair")) if n]
        rec.warning = f"damaged text: {' and '.join(what)} replaced by U+FFFD"
    return rec


def _kind(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in TEXT_EXTENSIONS:
        return "text"
    if ext in JSONL_EXTENSIONS:
        return "jsonl"
    if ext in JSON_EXTENSIONS:
        return "json"
    if ext in CSV_EXTENSIONS:
        return "csv"
    if ext in HTML_EXTENSIONS:
        return "html"
    return "sniff"


def _sniff(text: str) -> str:
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<" == head[:1]):
        return "html"
    if head[:1] in "[{" and head:
        return "json"
    return "text"


def _read_whole(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ReadError(f"the file is {size / 1e6:,.0f} MB, too large for one article (limit {MAX_FILE_BYTES / 1e6:,.0f} MB)")
    return path.read_bytes()


# ------------------------------------------------------------------------------ plain text


def _text_record(text: str, encoding: str, source: str) -> Record:
    if not text:
        return Record(source=source, encoding=encoding, error="empty file")
    if not text.strip():
        return Record(source=source, encoding=encoding, error="no text: the file holds only whitespace")
    title = ""
    for line in text.splitlines():
        if line.strip():
            title = clip_title(line)
            break
    return Record(source=source, text=text, title=title, encoding=encoding)


# ------------------------------------------------------------------------------ JSON


def _as_text(value: Any) -> str:
    """A field's text: strings stripped, lists and objects flattened to their non-empty strings,
    one per line. Iterative, so a field nested hundreds deep costs no recursion."""
    if isinstance(value, str):
        return value.strip()
    parts: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if item is None or isinstance(item, bool):
            continue
        if isinstance(item, str):
            item = item.strip()
            if item:
                parts.append(item)
        elif isinstance(item, (list, tuple)):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        else:
            parts.append(str(item))
    return "\n".join(parts)


def _pick(obj: dict[str, Any], names: tuple[str, ...]) -> str:
    lowered: dict[str, Any] | None = None
    for name in names:
        if name in obj:
            value = obj[name]
        else:
            if lowered is None:
                lowered = {str(k).lower(): v for k, v in obj.items()}
            value = lowered.get(name.lower())
        text = _as_text(value)
        if text:
            return text
    return ""


def record_from_mapping(obj: Any, fields: Fields, source: str, encoding: str = "") -> Record:
    """A Record from one JSON object or CSV row."""
    if not isinstance(obj, dict):
        kind = type(obj).__name__
        kind = {"list": "a list", "str": "a string", "int": "a number", "float": "a number", "NoneType": "null"}.get(kind, kind)
        return Record(source=source, encoding=encoding, error=f"expected a JSON object with a text field, found {kind}")
    keys = tuple(str(k) for k in itertools.islice(obj, 200))
    try:
        title = clip_title(_pick(obj, fields.title))
        lead = _pick(obj, fields.lead)
        body = _pick(obj, fields.text)
        rec = Record(source=source, title=title, published=_pick(obj, fields.date), url=_pick(obj, fields.url),
                     record_id=_pick(obj, fields.id), encoding=encoding, keys=keys, kept=_kept(obj, fields.keep))
    except ValueError as exc:  # str() of an integer past Python's digit limit
        return Record(source=source, encoding=encoding, keys=keys, error=f"a field cannot be read as text ({_value_error(exc)})")
    if not (lead or body):
        names = ", ".join(fields.lead + fields.text)
        rec.error = f"the record has no text (looked for the fields: {names})"
        return rec
    rec.text = "\n\n".join(p for p in (title, lead, body) if p)
    return rec


def _kept(obj: dict[str, Any], names: tuple[str, ...]) -> str:
    """The chosen input fields of a record as a JSON object (empty when none is asked for or present)."""
    if not names:
        return ""
    found = {n: obj[n] for n in names if n in obj}
    if not found:
        return ""
    try:
        return json.dumps(found, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError):  # a value JSON cannot hold: its text
        return json.dumps({k: str(v) for k, v in found.items()}, ensure_ascii=False, sort_keys=True)


def _value_error(exc: ValueError) -> str:
    message = str(exc)
    if "digits" in message:
        return "a number with more than 4,300 digits"
    return message.split(";")[0][:200]


def _parse_json(text: str) -> tuple[Any, str]:
    """(value, "") or (None, why not): malformed JSON, nesting deeper than Python's recursion
    limit, a number past Python's 4,300-digit limit for integers."""
    try:
        return json.loads(text), ""
    except json.JSONDecodeError as exc:
        return None, _json_error(exc)
    except RecursionError:
        return None, "JSON nested too deeply"
    except ValueError as exc:
        return None, f"malformed JSON: {_value_error(exc)}"


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"malformed JSON: {exc.msg} at column {exc.colno}" if exc.lineno == 1 else f"malformed JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"


def _read_jsonl(path: Path, fields: Fields, source: str) -> Iterator[Record]:
    stream, encoding = _open_text(path)
    with stream:
        any_line = False
        for record in _jsonl_records(_lines(stream), encoding, fields, source):
            any_line = True
            yield record
        if not any_line:
            yield Record(source=source, encoding=encoding, error="empty file: no JSON lines in it")


def _jsonl_records(lines: Iterable[str], encoding: str, fields: Fields, source: str) -> Iterator[Record]:
    """One record (or error record) per non-blank line, numbered from 1."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}#line={number}"
        if "\x00" in line:
            yield Record(source=where, encoding=encoding, error=f"line {number}: holds NUL bytes (binary data, not JSON)")
            continue
        obj, problem = _parse_json(line)
        if problem:
            yield Record(source=where, encoding=encoding, error=f"line {number}: {problem}")
            continue
        yield record_from_mapping(obj, fields, where, encoding)


def _lines(stream: io.TextIOBase) -> Iterator[str]:
    # Split on \n only: U+2028 and friends are legal inside JSON strings and str.splitlines would cut there.
    pending = ""
    while True:
        chunk = stream.read(1 << 20)
        if not chunk:
            break
        pending += chunk
        *lines, pending = pending.split("\n")
        yield from lines
    if pending:
        yield pending


def _read_json(path: Path, fields: Fields, source: str) -> Iterator[Record]:
    text, encoding = decode(_read_whole(path))
    yield from _json_records(text, encoding, fields, source)


def _json_records(text: str, encoding: str, fields: Fields, source: str) -> Iterator[Record]:
    if not text.strip():
        yield Record(source=source, encoding=encoding, error="empty file")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # JSON Lines under a .json name
            yield from _jsonl_records(text.split("\n"), encoding, fields, source)
            return
        yield Record(source=source, encoding=encoding, error=_json_error(exc))
        return
    except RecursionError:
        yield Record(source=source, encoding=encoding, error="JSON nested too deeply")
        return
    except ValueError as exc:
        yield Record(source=source, encoding=encoding, error=f"malformed JSON: {_value_error(exc)}")
        return
    if isinstance(data, dict) and not (_pick(data, fields.text) or _pick(data, fields.lead)):
        lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if len(lists) == 1:
            data = lists[0]
    if isinstance(data, list):
        if not data:
            yield Record(source=source, encoding=encoding, error="the JSON list is empty")
        for number, obj in enumerate(data, start=1):
            yield record_from_mapping(obj, fields, f"{source}#item={number}", encoding)
    else:
        yield record_from_mapping(data, fields, source, encoding)


def _read_csv(path: Path, fields: Fields, source: str) -> Iterator[Record]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    stream, encoding = _open_text(path)
    with stream:
        head = stream.read(_SAMPLE)
        if not head.strip():
            yield Record(source=source, encoding=encoding, error="empty file")
            return
        delimiter = "\t" if path.suffix.lower() == ".tsv" else _delimiter(head)
        lines = _chain(head, stream)
        # strict: a quote left open must raise at the end of the file, not swallow every row
        # after it into one cell.
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            yield Record(source=source, encoding=encoding, error="empty file")
            return
        except csv.Error as exc:
            yield Record(source=source, encoding=encoding, error=f"malformed CSV header: {exc}")
            return
        header = [h.strip().lstrip("\ufeff") for h in header]
        number = 0
        restart_after = 0  # physical lines consumed before the current reader started
        while True:
            line_before = restart_after + reader.line_num
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                number += 1
                line = line_before + 1
                where = f"{source}#row={number}"
                if "unexpected end of data" in str(exc):
                    problem = "a quoted cell is never closed"
                else:
                    problem = f"malformed CSV ({exc})"
                if restart_after + reader.line_num > line:
                    # The row ran over several lines (a quote opened on `line` swallowed the rows
                    # after it): that row is lost, the rows after it are not. Read again from the
                    # next line.
                    yield Record(source=where, encoding=encoding,
                                 error=f"row {number} (line {line}): {problem}; the rows after it were read again from line {line + 1}")
                    stream.close()
                    stream, _ = _open_text(path)
                    restart_after = line
                    lines = itertools.islice(_chain("", stream), line, None)
                    reader = csv.reader(lines, delimiter=delimiter, strict=True)
                else:
                    yield Record(source=where, encoding=encoding, error=f"row {number} (line {line}): {problem}")
                continue
            number += 1
            if not any(cell.strip() for cell in row):
                number -= 1
                continue
            where = f"{source}#row={number}"
            if any("\x00" in cell for cell in row):
                yield Record(source=where, encoding=encoding, error=f"row {number}: holds NUL bytes (binary data)")
                continue
            if len(row) > len(header):
                yield Record(source=where, encoding=encoding, error=f"row {number}: {len(row)} cells but the header names {len(header)} columns")
                continue
            yield record_from_mapping(dict(zip(header, row)), fields, where, encoding)
        stream.close()
        if number == 0:
            yield Record(source=source, encoding=encoding, error="the CSV file has a header but no rows")


def _delimiter(head: str) -> str:
    first = head.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _chain(head: str, stream: io.TextIOBase) -> Iterator[str]:
    # csv.reader wants lines; keep "\r\n" and quoted newlines intact (newline="" stream).
    buf = io.StringIO(head)
    pending = ""
    for line in buf:
        pending = line
        if line.endswith("\n"):
            yield line
            pending = ""
    for line in stream:
        if pending:
            line, pending = pending + line, ""
        yield line
    if pending:
        yield pending


# -------------------------------------------------------------------------------- HTML


def _html_record(html: str, encoding: str, source: str) -> Record:
    title, body = html_article(html)
    if not body.strip():
        return Record(source=source, title=title, encoding=encoding, error="the HTML page has no article text (no paragraphs outside scripts, styles and navigation)")
    return Record(source=source, title=title, text="\n\n".join(p for p in (title, body) if p), encoding=encoding)
