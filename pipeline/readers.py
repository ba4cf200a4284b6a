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

import codecs
import csv
import glob as globmod
import hashlib
import io
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import regex

from .document import MAX_TITLE, clip_title  # noqa: F401  (MAX_TITLE: part of this module's API)
from .html_article import html_article

TEXT_EXTENSIONS = {".txt", ".text"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
JSON_EXTENSIONS = {".json"}
CSV_EXTENSIONS = {".csv", ".tsv"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}

#: Single-article files larger than this are refused before they are read (bytes).
MAX_FILE_BYTES = 256 * 1024 * 1024
_SAMPLE = 64 * 1024


class ReadError(Exception):
    """A file or record that cannot be read; the message is meant for a person."""


@dataclass
class Fields:
    """Which JSON keys / CSV columns hold what. The first present, non-empty name wins."""

    id: tuple[str, ...] = ("id", "code", "news_id", "doc_id")
    title: tuple[str, ...] = ("title", "headline")
    lead: tuple[str, ...] = ("abstract", "summary", "lead", "lede", "description")
    text: tuple[str, ...] = ("text", "body", "content", "paragraphs", "article")
    date: tuple[str, ...] = ("date", "published", "pubdate", "datetime", "time", "created_at")
    url: tuple[str, ...] = ("url", "link", "href", "source_url")

    @classmethod
    def override(cls, **names: str | Iterable[str] | None) -> "Fields":
        """``Fields.override(text="body,lead", title="headline")``: a comma-separated string or a
        list replaces the defaults for that field (an explicit text field also drops the lead)."""
        fields = cls()
        for key, value in names.items():
            if value is None or value == "" or value == ():
                continue
            if key not in cls.__dataclass_fields__:
                raise ValueError(f"unknown field kind {key!r}")
            names_ = tuple(n.strip() for n in (value.split(",") if isinstance(value, str) else value) if n.strip())
            setattr(fields, key, names_)
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

    @property
    def doc_id(self) -> str:
        return doc_id(self.source)

    @property
    def meta(self) -> dict[str, Any]:
        return {"source": self.source, "title": self.title, "published": self.published,
                "url": self.url, "record_id": self.record_id, "encoding": self.encoding}


def doc_id(source: str) -> str:
    """A short stable id from the record's source (path + record key): same input, same id; the
    same article in two files gets two ids."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


# ------------------------------------------------------------------------------- finding files


def display_path(path: Path, base: Path | None = None) -> str:
    """The path relative to ``base`` (default: the working directory) when inside it, POSIX style."""
    base = Path.cwd() if base is None else base
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def _hidden(path: Path) -> bool:
    return path.name.startswith(".") or path.name.startswith("~$")


def _walk(folder: Path, exclude: frozenset[Path] = frozenset(), _seen: set[Path] | None = None) -> Iterator[Path]:
    """Files under ``folder`` in sorted path order (a folder's files and subfolders interleaved
    by name, as a sorted listing of full paths would be), hidden entries skipped; a symlinked
    folder already walked (a loop) is not walked again."""
    seen = set() if _seen is None else _seen
    real = Path(folder).resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.startswith("~$"):
            continue
        path = Path(folder) / entry.name
        if entry.is_dir():
            if path.resolve() not in exclude:
                yield from _walk(path, exclude, seen)
        elif entry.is_file():
            yield path


def iter_paths(inputs: Iterable[str | Path], exclude: Iterable[Path] = ()) -> Iterator[tuple[Path | None, str]]:
    """``(path, "")`` for each file to read, in a deterministic order: inputs as given, folders
    walked recursively in sorted order (hidden files and folders skipped), globs expanded and
    sorted. ``(None, message)`` for an input that names nothing, so it can become an error row.
    Folders in ``exclude`` (the output folder) are not walked into."""
    seen: set[Path] = set()
    skip = frozenset(Path(p).resolve() for p in exclude)

    def emit(p: Path) -> Iterator[tuple[Path | None, str]]:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            yield p, ""

    for item in inputs:
        item = str(item)
        path = Path(item)
        if path.is_dir():
            for p in _walk(path, skip):
                yield from emit(p)
        elif path.is_file():
            yield from emit(path)
        elif globmod.has_magic(item):
            matches = sorted(globmod.glob(item, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            dirs = [m for m in matches if Path(m).is_dir()]
            if not files and not dirs:
                yield None, f"{item}: no file matches this pattern"
            for p in files:
                if not any(parent in skip for parent in p.resolve().parents):
                    yield from emit(p)
            if dirs:
                yield from iter_paths([d for d in dirs if Path(d).resolve() not in skip], exclude)
        elif path.exists():
            yield None, f"{item}: not a regular file"
        else:
            yield None, f"{item}: no such file or folder"


def read_inputs(inputs: Iterable[str | Path], fields: Fields | None = None, base: Path | None = None,
                exclude: Iterable[Path] = ()) -> Iterator[Record]:
    """Every record of every input, in order. Never raises for bad input: problems come back as
    records with ``error`` set."""
    fields = fields or Fields()
    for path, problem in iter_paths(inputs, exclude):
        if path is None:
            yield Record(source=problem.split(": ", 1)[0], error=problem.split(": ", 1)[1])
            continue
        yield from read_file(path, fields, display_path(path, base))


def read_file(path: Path, fields: Fields | None = None, source: str | None = None) -> Iterator[Record]:
    """The records of one file (one for .txt/.html, one per line/row/item otherwise)."""
    fields = fields or Fields()
    source = source if source is not None else display_path(path)
    try:
        kind = _kind(path)
        if kind == "jsonl":
            yield from _read_jsonl(path, fields, source)
        elif kind == "json":
            yield from _read_json(path, fields, source)
        elif kind == "csv":
            yield from _read_csv(path, fields, source)
        else:
            data = _read_whole(path)
            text, encoding = decode(data)
            if kind == "sniff":
                kind = _sniff(text)
                if kind == "json":
                    yield from _json_records(text, encoding, fields, source)
                    return
            yield _html_record(text, encoding, source) if kind == "html" else _text_record(text, encoding, source)
    except ReadError as exc:
        yield Record(source=source, error=str(exc))
    except OSError as exc:
        yield Record(source=source, error=f"cannot read the file: {exc.strerror or exc}")


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


# -------------------------------------------------------------------------------- encodings

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"), (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"), (b"RIFF", "a media file"),
    (b"SQLite format", "an SQLite database"), (b"PAR1", "a Parquet file"),
)
# High bytes of UTF-16 code units in Persian text: ASCII (00), Arabic block (06), ZWNJ and
# punctuation (20), presentation forms (FB, FE).
_UTF16_HIGH = frozenset((0x00, 0x06, 0x20, 0xFB, 0xFC, 0xFD, 0xFE))
_ARABIC_CODEPAGES = ("cp1256", "iso8859_6", "cp720", "cp864", "mac_arabic")
_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16 (BOM)", "utf-32": "UTF-32 (BOM)",
          "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "cp1256": "Windows-1256",
          "iso8859_6": "ISO-8859-6", "cp720": "DOS-720", "cp864": "IBM-864", "mac_arabic": "Mac Arabic"}
_ARABIC = regex.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff\u200c]")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\p{Co}\p{Cn}\p{So}\u2500-\u259f]")


def encoding_name(codec: str) -> str:
    return _NAMES.get(codec, codec)


def detect_encoding(sample: bytes, complete: bool = True) -> str:
    """The Python codec for bytes ``sample`` (the file, or its first 64 KB when ``complete`` is
    false). Raises ReadError for binary data and for bytes that are text in no known encoding."""
    for bom, codec in _BOMS:
        if sample.startswith(bom):
            return codec
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            raise ReadError(f"not a text file: it looks like {what}")
    if not sample.strip(b" \t\r\n"):
        return "utf-8"
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return utf16
    if b"\x00" in sample:
        if not sample.strip(b"\x00"):
            raise ReadError("not a text file: it holds only NUL bytes")
        raise ReadError("not a text file: it contains NUL bytes (binary data, or a text encoding this reader does not know)")
    if _decodes(sample, "utf-8", complete):
        return "utf-8"
    # Mostly UTF-8 with a few broken bytes (a scraper's cut): keep it, broken bytes become U+FFFD.
    lenient = sample.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    if broken and broken <= max(1, len(_NON_ASCII.findall(lenient)) // 200) and not _CONTROL.search(lenient.replace("\ufffd", "")):
        return "utf-8-lenient"
    best, best_score = "", 0.0
    for codec in _ARABIC_CODEPAGES:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _persian_score(text)
        if score > best_score:
            best, best_score = codec, score
    if best and best_score >= 0.7:
        return best
    raise ReadError("not text: the bytes are neither UTF-8, UTF-16 nor an Arabic/Persian codepage (Windows-1256, ISO-8859-6, DOS-720, IBM-864)")


def _decodes(sample: bytes, codec: str, complete: bool) -> bool:
    try:
        codecs.getincrementaldecoder(codec)().decode(sample, final=complete)
        return True
    except UnicodeDecodeError:
        return False


def _utf16_without_bom(sample: bytes) -> str:
    n = len(sample) - len(sample) % 2
    if n < 4:
        return ""
    for codec, high in (("utf-16-le", sample[1:n:2]), ("utf-16-be", sample[0:n:2])):
        low = sample[0:n:2] if codec == "utf-16-le" else sample[1:n:2]
        plausible = sum(1 for b in high if b in _UTF16_HIGH)
        if plausible >= 0.95 * len(high) and low.count(0) <= 0.01 * len(low):
            try:
                text = sample[:n].decode(codec)
            except UnicodeDecodeError:
                continue
            if not _CONTROL.search(text):
                return codec
    return ""


def _persian_score(text: str) -> float:
    """High for text that reads as Persian/Arabic (or plain ASCII), low for mojibake and noise."""
    controls = len(_CONTROL.findall(text))
    if controls > len(text) // 100:
        return 0.0
    non_ascii = len(_NON_ASCII.findall(text))
    if not non_ascii:
        return 1.0
    return len(_ARABIC.findall(text)) / non_ascii


def decode(data: bytes) -> tuple[str, str]:
    """The text of a whole file and the name of its encoding; ReadError when it is not text."""
    codec = detect_encoding(data, complete=True)
    try:
        if codec == "utf-8-lenient":
            return data.decode("utf-8", errors="replace"), "UTF-8 (with broken bytes replaced)"
        return data.decode(codec), encoding_name(codec)
    except UnicodeDecodeError as exc:
        raise ReadError(f"the file looks like {encoding_name(codec)} but byte {exc.start} is not valid in it") from None


def _open_text(path: Path) -> tuple[io.TextIOBase, str]:
    """A text stream over a multi-record file, its encoding detected from the first 64 KB. Bytes
    that turn out invalid further on become U+FFFD (the rest of the file still counts)."""
    with path.open("rb") as fh:
        sample = fh.read(_SAMPLE)
        complete = len(sample) < _SAMPLE
    codec = detect_encoding(sample, complete=complete)
    name = encoding_name(codec)
    if codec == "utf-8-lenient":
        codec, name = "utf-8", "UTF-8 (with broken bytes replaced)"
    stream = io.TextIOWrapper(path.open("rb"), encoding=codec, errors="replace", newline="")
    return stream, name


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
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        return "\n".join(p for p in (_as_text(v) for v in value) if p)
    if isinstance(value, dict):
        return "\n".join(p for p in (_as_text(v) for v in value.values()) if p)
    if isinstance(value, bool):
        return ""
    return str(value)


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
    title = clip_title(_pick(obj, fields.title))
    lead = _pick(obj, fields.lead)
    body = _pick(obj, fields.text)
    rec = Record(source=source, title=title, published=_pick(obj, fields.date), url=_pick(obj, fields.url),
                 record_id=_pick(obj, fields.id), encoding=encoding)
    if not (lead or body):
        names = ", ".join(fields.lead + fields.text)
        rec.error = f"the record has no text (looked for the fields: {names})"
        return rec
    rec.text = "\n\n".join(p for p in (title, lead, body) if p)
    return rec


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
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(source=where, encoding=encoding, error=f"line {number}: {_json_error(exc)}")
            continue
        except RecursionError:
            yield Record(source=where, encoding=encoding, error=f"line {number}: JSON nested too deeply")
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
        rest = _chain(head, stream)
        reader = csv.reader(rest, delimiter=delimiter)
        try:
            header = next(reader)
        except csv.Error as exc:
            yield Record(source=source, encoding=encoding, error=f"malformed CSV header: {exc}")
            return
        header = [h.strip().lstrip("\ufeff") for h in header]
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                number += 1
                yield Record(source=f"{source}#row={number}", encoding=encoding, error=f"row {number}: malformed CSV ({exc})")
                continue
            number += 1
            if not any(cell.strip() for cell in row):
                number -= 1
                continue
            where = f"{source}#row={number}"
            if len(row) > len(header):
                yield Record(source=where, encoding=encoding, error=f"row {number}: {len(row)} cells but the header names {len(header)} columns")
                continue
            yield record_from_mapping(dict(zip(header, row)), fields, where, encoding)
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
