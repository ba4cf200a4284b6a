"""Which encoding a news file is in: BOMs, UTF-16 without a BOM, UTF-8 (also when a few bytes are
damaged), then the Arabic codepages (Windows-1256 first, then ISO-8859-6, DOS 720 and 864, Mac
Arabic), keeping the one whose text looks like Persian; binary files are refused. ``readers`` opens
and decodes every file through here."""
from __future__ import annotations

import codecs
import io
from pathlib import Path

import regex

#: How much of a multi-record file is read to decide its encoding (bytes).
SAMPLE = 64 * 1024
_SAMPLE = SAMPLE
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Lone surrogates (bytes that were not valid in the file's encoding) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if text and _SURROGATE.search(text) else text


class ReadError(Exception):
    """A file or record that cannot be read; the message is meant for a person."""


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
