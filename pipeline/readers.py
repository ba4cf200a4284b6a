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
import errno
import glob as globmod
import hashlib
import io
import itertools
import json
import os
import stat
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable, Iterator

import regex

TEXT_EXTENSIONS = {".txt", ".text"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
JSON_EXTENSIONS = {".json"}
CSV_EXTENSIONS = {".csv", ".tsv"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}

#: Single-article files larger than this are refused before they are read (bytes).
MAX_FILE_BYTES = 256 * 1024 * 1024
_SAMPLE = 64 * 1024
# Lone UTF-16 surrogates: what Python makes of undecodable bytes (file names, surrogateescape)
# and of half a surrogate pair in JSON ("\ud83d"). No UTF-8 writer accepts them.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


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
    warning: str = ""  # the record was read, but not cleanly (damaged bytes replaced...)
    keys: tuple[str, ...] = ()  # the JSON keys / CSV columns it had (to check --*-field names)
    assigned_id: str = ""  # set by the batch runner when two records share a source (see unique_ids)

    @property
    def doc_id(self) -> str:
        return self.assigned_id or doc_id(self.source)

    @property
    def meta(self) -> dict[str, Any]:
        return {"source": self.source, "title": self.title, "published": self.published,
                "url": self.url, "record_id": self.record_id, "encoding": self.encoding,
                "warning": self.warning}


#: Titles are clipped to this many characters: a file with no line breaks must not put
#: megabytes into a title cell.
MAX_TITLE = 300


def clip_title(text: str) -> str:
    title = " ".join(text[: MAX_TITLE * 4].split())
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1].rstrip() + "…"


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


# ------------------------------------------------------------------------------- finding files


def _real(path: Path) -> Path:
    """``path.resolve()`` that never raises (symlink loops, unreadable folders): the absolute
    path then stands in for the real one."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def printable(name: str) -> str:
    """A file name as text that can be written anywhere: bytes that are not UTF-8 (kept by
    Python as lone surrogates) are shown as ``\\xNN`` instead of failing every UTF-8 write."""
    if not _SURROGATE.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", name)


def display_path(path: Path, base: Path | None = None, resolve: bool = True) -> str:
    """The path relative to ``base`` (default: the working directory) when inside it, POSIX style."""
    base = Path.cwd() if base is None else base
    real = _real(path) if resolve else Path(os.path.abspath(path))
    try:
        shown = real.relative_to(_real(base)).as_posix()
    except ValueError:
        shown = real.as_posix()
    return printable(shown)


def _hidden(path: Path) -> bool:
    return path.name.startswith(".") or path.name.startswith("~$")


# What iter_paths yields: a file to read (message empty), or something that cannot be read
# (message set; ``path`` is the offending path, or None when ``label`` is an input as given).
Found = tuple["Path | None", str, str]


def _odd_entry(path: Path) -> str:
    """Why a directory entry that is neither a file nor a folder cannot be read."""
    try:
        if path.is_symlink():
            try:
                os.stat(path)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    return "a symbolic link loop"
                target = os.readlink(path)
                return f"a dangling symbolic link (to {printable(target)}, which does not exist)"
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if stat.S_ISFIFO(mode):
        return "not a regular file (a named pipe)"
    if stat.S_ISSOCK(mode):
        return "not a regular file (a socket)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (a device)"
    return "not a regular file"


def _kind_of(path: Path) -> str:
    """"dir", "file", or "" (anything else, or a stat that failed): never raises, unlike
    ``Path.is_dir`` which raises PermissionError inside an unreadable folder."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return ""
    return "dir" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else ""


def _walk(folder: Path, exclude: frozenset[Path] = frozenset(), _seen: set[Path] | None = None) -> Iterator[Found]:
    """Files under ``folder`` in sorted path order (a folder's files and subfolders interleaved
    by name, as a sorted listing of full paths would be), hidden entries skipped; a symlinked
    folder already walked (a loop) is not walked again. Folders that cannot be listed, dangling
    links, link loops and special files come back with a message instead of vanishing."""
    seen = set() if _seen is None else _seen
    real = _real(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        with os.scandir(folder) as it:
            names = sorted(entry.name for entry in it)
    except OSError as exc:
        yield folder, "", f"cannot list this folder: {exc.strerror or exc}"
        return
    for name in names:
        if name.startswith(".") or name.startswith("~$"):
            continue
        path = Path(folder) / name
        kind = _kind_of(path)
        if kind == "dir":
            if _real(path) not in exclude:
                yield from _walk(path, exclude, seen)
        elif kind == "file":
            yield path, "", ""
        else:
            yield path, "", _odd_entry(path)


def _inside(path: Path, folders: frozenset[Path]) -> bool:
    real = _real(path)
    return real in folders or any(parent in folders for parent in real.parents)


def check_inputs(inputs: Iterable[str | Path], exclude: Iterable[Path] = ()) -> list[str]:
    """What makes a run pointless before it starts, one message per bad input: a path that does
    not exist, a pattern that matches nothing, a folder with no file to read, an input inside
    the output folder. Folders are walked only up to their first file."""
    skip = frozenset(_real(Path(p)) for p in exclude)
    problems = []
    for item in inputs:
        item = str(item)
        path = Path(item)
        shown = printable(item)
        kind = _kind_of(path)
        if kind and _inside(path, skip):
            problems.append(f"{shown}: is inside the output folder; its tables are not news to read")
        elif kind == "dir":
            if not any(not message for _, _, message in itertools.islice(_walk(path, skip), 10_000)):
                problems.append(f"{shown}: the folder holds no file to read (hidden files are skipped)")
        elif kind == "file":
            continue
        elif globmod.has_magic(item):
            if not globmod.glob(item, recursive=True):
                problems.append(f"{shown}: no file matches this pattern")
        elif os.path.lexists(path):
            problems.append(f"{shown}: {_odd_entry(path)}")
        else:
            problems.append(f"{shown}: no such file or folder")
    return problems


def iter_paths(inputs: Iterable[str | Path], exclude: Iterable[Path] = ()) -> Iterator[Found]:
    """``(path, label, "")`` for each file to read, in a deterministic order: inputs as given,
    folders walked recursively in sorted order (hidden files and folders skipped), globs expanded
    and sorted. ``(path or None, label, message)`` for what cannot be read, so it can become an
    error row. Folders in ``exclude`` (the output folder) are not walked into."""
    seen: set[Path] = set()
    skip = frozenset(_real(Path(p)) for p in exclude)

    def emit(found: Found) -> Iterator[Found]:
        p, _, message = found
        if message:
            yield found
            return
        key = _real(p)
        if key not in seen:
            seen.add(key)
            yield found

    for item in inputs:
        item = str(item)
        path = Path(item)
        kind = _kind_of(path)
        if kind == "dir":
            for found in _walk(path, skip):
                yield from emit(found)
        elif kind == "file":
            if _inside(path, skip):
                yield path, item, "inside the output folder: not read"
            else:
                yield from emit((path, item, ""))
        elif globmod.has_magic(item):
            matches = sorted(globmod.glob(item, recursive=True))
            if not matches:
                yield None, item, "no file matches this pattern"
            for m in matches:
                p = Path(m)
                if _inside(p, skip):
                    continue
                mkind = _kind_of(p)
                if mkind == "file":
                    yield from emit((p, m, ""))
                elif mkind == "dir":
                    for found in _walk(p, skip):
                        yield from emit(found)
                else:
                    yield p, m, _odd_entry(p)
        elif os.path.lexists(path):
            yield path, item, _odd_entry(path)
        else:
            yield None, item, "no such file or folder"


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


def _clean(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text) if text and _SURROGATE.search(text) else text


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
    if _damaged_utf8(sample):
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


def _damaged_utf8(sample: bytes) -> bool:
    """UTF-8 with some broken bytes (a scraper's cut, a bad disk, one bad byte in 50): keep it as
    UTF-8, broken bytes replaced, rather than reading it as a codepage and processing mojibake.
    The valid sequences must decode to Arabic-script text (or the damage be tiny): an Arabic
    codepage file read as UTF-8 gives mostly broken bytes and few Arabic letters."""
    lenient = sample.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    if not broken:
        return False
    clean = lenient.replace("\ufffd", "")
    non_ascii = len(_NON_ASCII.findall(clean))
    controls = len(_CONTROL.findall(clean))
    if broken <= max(1, non_ascii // 200) and not controls:
        return True
    arabic = len(_ARABIC.findall(clean))
    # A broken byte can leave a stray valid sequence (a C1 control, an odd symbol): allow one per break.
    return arabic >= 4 * broken and arabic >= 0.9 * non_ascii - broken and controls <= broken


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


def _decode_raw(data: bytes) -> tuple[str, str]:
    """The text of a whole file and its encoding's name; damaged bytes of lenient UTF-8 are kept
    as lone surrogates so ``_finish`` can count them. ReadError when it is not text."""
    codec = detect_encoding(data, complete=True)
    try:
        if codec == "utf-8-lenient":
            return data.decode("utf-8", errors="surrogateescape"), "UTF-8 (with broken bytes replaced)"
        return data.decode(codec), encoding_name(codec)
    except UnicodeDecodeError as exc:
        raise ReadError(f"the file looks like {encoding_name(codec)} but byte {exc.start} is not valid in it") from None


def decode(data: bytes) -> tuple[str, str]:
    """The text of a whole file and the name of its encoding; ReadError when it is not text."""
    text, name = _decode_raw(data)
    return _clean(text), name


#: A multi-record file may hold a few NUL bytes (one bad record) and still be text: up to this
#: share of its first 64 KB. The records holding them become error rows.
_MAX_NUL_SHARE = 0.01


def _open_text(path: Path) -> tuple[io.TextIOBase, str]:
    """A text stream over a multi-record file, its encoding detected from the first 64 KB. Bytes
    that turn out invalid further on are kept as lone surrogates (``_finish`` replaces and
    counts them); the rest of the file still counts."""
    with path.open("rb") as fh:
        sample = fh.read(_SAMPLE)
        complete = len(sample) < _SAMPLE
    try:
        codec = detect_encoding(sample, complete=complete)
    except ReadError:
        nuls = sample.count(0)
        if not nuls or nuls > _MAX_NUL_SHARE * len(sample) or not sample.strip(b"\x00"):
            raise
        codec = detect_encoding(sample.replace(b"\x00", b""), complete=complete)
    name = encoding_name(codec)
    if codec == "utf-8-lenient":
        codec, name = "utf-8", "UTF-8 (with broken bytes replaced)"
    stream = io.TextIOWrapper(path.open("rb"), encoding=codec, errors="surrogateescape", newline="")
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
                     record_id=_pick(obj, fields.id), encoding=encoding, keys=keys)
    except ValueError as exc:  # str() of an integer past Python's digit limit
        return Record(source=source, encoding=encoding, keys=keys, error=f"a field cannot be read as text ({_value_error(exc)})")
    if not (lead or body):
        names = ", ".join(fields.lead + fields.text)
        rec.error = f"the record has no text (looked for the fields: {names})"
        return rec
    rec.text = "\n\n".join(p for p in (title, lead, body) if p)
    return rec


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

_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                        "form", "svg", "iframe", "button", "select", "textarea", "object", "canvas", "menu"))
_VOID_TAGS = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                        "param", "source", "track", "wbr"))
_BLOCK_TAGS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div",
                         "section", "article", "main", "td", "th", "tr", "dd", "dt", "figcaption",
                         "ul", "ol", "table", "body", "br", "hr"))
_PARAGRAPH_TAGS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption"))
_SKIP_ATTR = regex.compile(
    r"(?i)(?:^|[\s_-])(?:nav|navbar|menu|footer|header|sidebar|breadcrumbs?|share|social|comments?|"
    r"related|advert|ads|banner|cookie|popup|subscribe|tags)(?:$|[\s_-])"
)


# Start tags that end an open <p> (HTML's "a p element's end tag may be omitted" list): pages
# that never close their paragraphs must not build a stack as deep as the page is long.
_CLOSES_P = frozenset(("address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
                       "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                       "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
                       "table", "ul"))
# An open <p> inside one of these is out of reach of the start tags above (HTML's button scope).
_P_SCOPE = frozenset(("applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button"))


class _ArticleParser(HTMLParser):
    """Collects the title and the text blocks. Every stack operation is O(1) amortized (each tag's
    open positions are indexed), so unclosed tags, stray end tags and deep nesting stay linear."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.open: dict[str, list[int]] = {}  # tag -> stack positions where it is open
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.blocks: list[tuple[str, bool, bool]] = []  # (text, in a paragraph tag, inside <article>/<main>)
        self.current: list[str] = []
        self.in_title = False
        self.in_h1 = False
        self.saw_article = False

    def _skipped(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def _inside(self, names: frozenset[str] | set[str]) -> bool:
        return any(self.open.get(tag) for tag in names)

    def _push(self, tag: str, skip: bool) -> None:
        self.open.setdefault(tag, []).append(len(self.stack))
        self.stack.append((tag, skip))

    def _pop_to(self, depth: int) -> None:
        while len(self.stack) > depth:
            tag, _ = self.stack.pop()
            self.open[tag].pop()

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if text:
            self.blocks.append((text, self._inside(_PARAGRAPH_TAGS), self._inside({"article", "main"})))

    def _close_open_p(self) -> None:
        p = self.open.get("p")
        if not p:
            return
        scope = max((self.open[t][-1] for t in _P_SCOPE if self.open.get(t)), default=-1)
        if p[-1] > scope:
            self._pop_to(p[-1])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and not self._inside({"svg"}):
            self.in_title = True
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _CLOSES_P:
            self._close_open_p()
        if tag in _VOID_TAGS:
            return
        if tag in ("article", "main"):
            self.saw_article = True
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        skip = self._skipped() or tag in _SKIP_TAGS or tag == "head" or bool(marker and _SKIP_ATTR.search(marker))
        if tag == "h1" and not skip and not self.h1_parts:
            self.in_h1 = True
        self._push(tag, skip)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        where = self.open.get(tag)
        if where:
            self._pop_to(where[-1])
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self._skipped():
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self.current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


# A "<" that no ">" follows before the next "<" opens no tag. Python's HTMLParser (before the
# fixes of 2025) rescans such a tag to the end of the input for every one of them: "<a " * 50,000
# takes minutes. Escaped first, they are plain text, as a browser shows them.
_UNCLOSED_LT = regex.compile(r"<(?=[^<>]*(?:<|\Z))")


def html_article(html: str) -> tuple[str, str]:
    """(title, text) of an HTML page: ``<title>`` (or the first ``<h1>``), then the article's
    paragraphs, one per line. Inside ``<article>``/``<main>`` when the page has them; paragraph
    tags when they hold the text, otherwise every visible block."""
    parser = _ArticleParser()
    parser.feed(_UNCLOSED_LT.sub("&lt;", html))
    parser.close()
    title = clip_title("".join(parser.title_parts)) or clip_title("".join(parser.h1_parts))
    blocks = parser.blocks
    if parser.saw_article and any(inside for _, _, inside in blocks):
        blocks = [b for b in blocks if b[2]]
    paragraphs = [b for b in blocks if b[1]]
    if sum(len(t) for t, _, _ in paragraphs) >= 0.5 * sum(len(t) for t, _, _ in blocks):
        blocks = paragraphs
    lines = [t for t, _, _ in blocks]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return title, "\n".join(lines)


def _html_record(html: str, encoding: str, source: str) -> Record:
    title, body = html_article(html)
    if not body.strip():
        return Record(source=source, title=title, encoding=encoding, error="the HTML page has no article text (no paragraphs outside scripts, styles and navigation)")
    return Record(source=source, title=title, text="\n\n".join(p for p in (title, body) if p), encoding=encoding)
