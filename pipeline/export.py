"""Standard exports of processed documents, and the JSON Lines output of a run.

- ``displacy(doc)``: spaCy displaCy's manual format (``{"text", "ents", "title"}``), no spaCy needed.
- ``geojson(docs)``: an RFC 7946 FeatureCollection of the places mentioned (``[lon, lat]``).
- ``doccano(doc)`` / ``label_studio(doc)``: one JSONL line / one task per document, so the records
  can be corrected in an annotation tool (``label_studio_config()`` gives a matching labelling config).
- ``JsonlWriter``: ``persian-news run --format jsonl`` writes ``documents.jsonl``, one document per
  line with its original text and every record nested; ``read_jsonl`` reads it back into the same
  five tables as the CSV files; ``read_tables`` reads a run folder in any of the three formats.

Offsets are always Python character offsets (code points) into the ORIGINAL text. Label Studio
counts code points too (it stopped counting UTF-16 units in 2021), as do displaCy and doccano.
"""
from __future__ import annotations

import csv
import dataclasses
import json
import math
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from . import records

#: Labels the exports give records of tables other than entities (entities keep their label).
TABLE_LABELS = {"places": "PLACE", "numbers": "NUMBER", "lists": "LIST_ITEM", "quotes": "QUOTE"}


# ----------------------------------------------------------------------------------- spans


def spans(doc: Any, tables: Sequence[str] = ("entities",)) -> list[tuple[int, int, str]]:
    """(start, end, label) of a document's records in ``tables``, sorted. Entities are labelled
    with their label, numbers ``NUMBER_<KIND>``, places ``PLACE``, list items ``LIST_ITEM``."""
    out: list[tuple[int, int, str]] = []
    for table in tables:
        for rec in getattr(doc, table, None) or []:
            items = getattr(rec, "items", None)
            if table == "lists" and items:
                out += [(i.start, i.end, TABLE_LABELS["lists"]) for i in items]
                continue
            if table == "entities":
                label = str(rec.label)
            elif table == "numbers" and getattr(rec, "kind", None):
                label = f"NUMBER_{str(rec.kind).upper()}"
            else:
                label = TABLE_LABELS.get(table, table.upper())
            out.append((rec.start, rec.end, label))
    return sorted(set(out), key=lambda s: (s[0], -s[1], s[2]))


def _title(doc: Any) -> str | None:
    meta = getattr(doc, "meta", None) or {}
    title = meta.get("title")
    if title:
        return str(title)
    return next((ln.strip() for ln in doc.original.splitlines() if ln.strip()), None)


def displacy(doc: Any, tables: Sequence[str] = ("entities",)) -> dict[str, Any]:
    """displaCy's manual format: ``{"text": ..., "ents": [{"start", "end", "label"}], "title": ...}``,
    for ``displacy.render(data, style="ent", manual=True)``. The "ent" style cannot draw overlapping
    spans, so with several tables a span overlapping an earlier (longer-first) one is left out."""
    ents: list[dict[str, Any]] = []
    last_end = -1
    for start, end, label in spans(doc, tables):
        if start < last_end or end <= start:
            continue
        ents.append({"start": start, "end": end, "label": label})
        last_end = end
    return {"text": doc.original, "ents": ents, "title": _title(doc)}


ALL_TABLES = ("entities", "places", "numbers", "lists", "quotes")


def doccano(doc: Any, tables: Sequence[str] = ALL_TABLES) -> dict[str, Any]:
    """One doccano sequence-labelling line: ``{"text", "label": [[start, end, label]], ...}``.
    Spans of different tables may overlap (turn on "Allow overlapping spans" in the project)."""
    meta = getattr(doc, "meta", None) or {}
    line: dict[str, Any] = {"text": doc.original, "label": [[s, e, lab] for s, e, lab in spans(doc, tables)]}
    if getattr(doc, "doc_id", ""):
        line["doc_id"] = doc.doc_id
    for key in ("source", "url", "title"):
        if meta.get(key):
            line[key] = meta[key]
    return line


def label_studio(doc: Any, tables: Sequence[str] = ALL_TABLES, *, model_version: str | None = None,
                 from_name: str = "label", to_name: str = "text") -> dict[str, Any]:
    """One Label Studio task whose ``predictions`` hold the records as ``labels`` regions, for the
    config of ``label_studio_config()`` (``<Labels name="label" toName="text">``)."""
    from .version import __version__

    text = doc.original
    result = [{
        "id": f"r{n}", "from_name": from_name, "to_name": to_name, "type": "labels",
        "value": {"start": s, "end": e, "text": text[s:e], "labels": [lab]},
    } for n, (s, e, lab) in enumerate(spans(doc, tables), start=1)]
    data: dict[str, Any] = {"text": text}
    meta = getattr(doc, "meta", None) or {}
    if getattr(doc, "doc_id", ""):
        data["doc_id"] = doc.doc_id
    for key in ("source", "url", "title"):
        if meta.get(key):
            data[key] = meta[key]
    return {"data": data, "predictions": [{"model_version": model_version or f"persian-news-pipeline {__version__}",
                                           "result": result}]}


def label_studio_config(labels: Iterable[str] | None = None) -> str:
    """A labelling config for the tasks of ``label_studio`` (right-to-left text)."""
    from xml.sax.saxutils import quoteattr

    names = list(labels) if labels is not None else [
        "PER", "ORG", "LOC", "FAC", "EVENT", "DATE", "TIME", "MONEY", "PERCENT", "PLACE",
        "NUMBER_CARDINAL", "NUMBER_ORDINAL", "NUMBER_PERCENT", "NUMBER_MONEY", "NUMBER_QUANTITY", "NUMBER_DATE",
        "LIST_ITEM", "QUOTE"]
    inner = "\n".join(f"    <Label value={quoteattr(n)}/>" for n in names)
    return (f'<View style="direction: rtl">\n  <Labels name="label" toName="text">\n{inner}\n  </Labels>\n'
            f'  <Text name="text" value="$text"/>\n</View>\n')


# --------------------------------------------------------------------------------- GeoJSON


def _num(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) or math.isinf(f) else f


def _place_rows(docs: Any) -> Iterator[dict[str, Any]]:
    if hasattr(docs, "to_dict") and hasattr(docs, "columns"):  # a places DataFrame
        for row in docs.to_dict("records"):
            yield {k: (None if _missing(v) else v) for k, v in row.items()}
        return
    for doc in docs:
        for p in doc.places:
            row = dataclasses.asdict(p)
            row["doc_id"] = getattr(doc, "doc_id", "")
            yield row


def _missing(value: Any) -> bool:
    try:
        import pandas as pd

        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def geojson(docs: Any, *, per_mention: bool = False) -> dict[str, Any]:
    """A GeoJSON FeatureCollection (RFC 7946) of the places in ``docs`` (processed Documents, or
    a places table as a DataFrame). One Point feature per place (``place_id``, or name and
    coordinates) with ``mentions``, the ``documents`` it is named in and the surface ``forms``;
    ``per_mention=True`` gives one feature per mention instead. Places without coordinates are
    left out (``skipped`` in the collection's foreign members counts them)."""
    features: list[dict[str, Any]] = []
    grouped: dict[Any, dict[str, Any]] = {}
    skipped = 0
    for row in _place_rows(docs):
        lat, lon = _num(row.get("lat")), _num(row.get("lon"))
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            skipped += 1
            continue
        props = {k: v for k, v in row.items() if k not in ("lat", "lon", "sentence")}
        point = {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}
        if per_mention:
            features.append({"type": "Feature", "geometry": point, "properties": props})
            continue
        key = row.get("place_id") or (row.get("name"), round(lat, 6), round(lon, 6))
        feature = grouped.get(key)
        if feature is None:
            keep = {k: props.get(k) for k in props if k not in ("doc_id", "start", "end", "text")}
            feature = grouped[key] = {"type": "Feature", "geometry": point,
                                      "properties": {**keep, "mentions": 0, "documents": [], "forms": []}}
        p = feature["properties"]
        p["mentions"] += 1
        if row.get("doc_id") not in p["documents"]:
            p["documents"].append(row.get("doc_id"))
        if row.get("text") not in p["forms"]:
            p["forms"].append(row.get("text"))
    if not per_mention:
        features = sorted(grouped.values(), key=lambda f: -f["properties"]["mentions"])
    return {"type": "FeatureCollection", "features": features, "skipped": skipped}


# ------------------------------------------------------------------------- JSON Lines output


def _record_columns(table: str) -> list[str]:
    return [c for c in records.columns(table) if c != "doc_id"]


def _list_split() -> tuple[list[str], list[str]]:
    cols = _record_columns("lists")
    cut = cols.index("item_index")
    return cols[:cut], cols[cut:]


def _clean(value: Any) -> Any:
    # An empty cell means "none" in the CSV tables; JSON says it with null, so both read back alike.
    if (isinstance(value, float) and math.isnan(value)) or value == "":
        return None
    return value


def document_object(doc_row: Sequence[Any], tables: Mapping[str, Sequence[Sequence[Any]]], original: str | None) -> dict[str, Any]:
    """One line of ``documents.jsonl``: the documents row's columns, ``original``, and each
    table's rows nested (lists hold their ``items``). Values are those of the table rows."""
    obj: dict[str, Any] = dict(zip(records.columns("documents"), map(_clean, doc_row)))
    obj["original"] = original
    for table in records.TABLE_NAMES[1:]:
        cols = records.columns(table)
        rows = [dict(zip(cols, map(_clean, r))) for r in tables.get(table, ())]
        for r in rows:
            r.pop("doc_id", None)
        if table == "lists":
            head, tail = _list_split()
            nested: list[dict[str, Any]] = []
            for r in rows:
                if not nested or nested[-1]["list_index"] != r["list_index"]:
                    lst = {c: r[c] for c in head}
                    lst["items"] = []
                    nested.append(lst)
                    if r.get("item_index") is None:  # a list whose items were not found
                        lst["text"], lst["sentence"] = r.get("text"), r.get("sentence")
                        continue
                nested[-1]["items"].append({c: r[c] for c in tail})
            obj[table] = nested
        else:
            obj[table] = rows
    return obj


def object_rows(obj: Mapping[str, Any]) -> records.TableRows:
    """The table rows of one ``documents.jsonl`` object (the inverse of ``document_object``)."""
    doc_id = obj.get("doc_id")
    out: records.TableRows = {name: [] for name in records.TABLE_NAMES}
    out["documents"].append(tuple(obj.get(c) for c in records.columns("documents")))
    for table in records.TABLE_NAMES[1:]:
        cols = _record_columns(table)
        if table == "lists":
            head, tail = _list_split()
            for lst in obj.get("lists") or []:
                base = tuple(lst.get(c) for c in head)
                if not lst.get("items"):
                    empty = {c: None for c in tail}
                    empty.update(start=lst.get("list_start"), end=lst.get("list_end"),
                                 text=lst.get("text"), sentence=lst.get("sentence"))
                    out[table].append((doc_id, *base, *(empty[c] for c in tail)))
                for item in lst.get("items") or []:
                    out[table].append((doc_id, *base, *(item.get(c) for c in tail)))
        else:
            for r in obj.get(table) or []:
                out[table].append((doc_id, *(r.get(c) for c in cols)))
    return out


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class JsonlWriter:
    """``documents.jsonl`` written one whole line per document (flushed), so a killed run leaves
    complete lines. The batch runner writes each chunk's record rows before its documents rows;
    the record rows wait here until their document's row arrives. ``see(chunk)`` gives the
    original texts of the records about to be written."""

    def __init__(self, path: Path, append: bool = False):
        self.path = path
        fresh = not (append and path.exists() and path.stat().st_size > 0)
        self.fh = path.open("wb" if fresh else "ab")
        self.pending: dict[str, dict[str, list]] = {}
        self.texts: dict[str, str] = {}
        self.parts = {name: _JsonlPart(self, name) for name in records.TABLE_NAMES}

    def see(self, chunk: Iterable[Any]) -> None:
        self.texts = {rec.doc_id: rec.text for rec in chunk}

    def _add(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        if table != "documents":
            for row in rows:
                self.pending.setdefault(row[0], {}).setdefault(table, []).append(row)
            return
        lines = []
        for row in rows:
            doc_id = row[0]
            status = row[records.columns("documents").index("status")]
            original = self.texts.get(doc_id) if status == "ok" else None
            lines.append(_dumps(document_object(row, self.pending.pop(doc_id, {}), original)) + "\n")
        if lines:
            self.fh.write("".join(lines).encode("utf-8"))
            self.fh.flush()

    def close(self) -> None:
        if not self.fh.closed:
            self.fh.close()


class _JsonlPart:
    """One table's face of a JsonlWriter (what the batch runner writes rows to)."""

    def __init__(self, owner: JsonlWriter, table: str):
        self.owner, self.table, self.rows_written = owner, table, 0

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.owner._add(self.table, rows)
            self.rows_written += len(rows)

    def see(self, chunk: Iterable[Any]) -> None:
        self.owner.see(chunk)

    @property
    def path(self) -> Path:
        return self.owner.path

    def close(self) -> None:
        self.owner.close()

    def abort(self) -> None:
        self.owner.close()


def jsonl_done_ids(path: Path) -> set[str]:
    """The doc_ids already in a ``documents.jsonl`` (for ``--resume``), after dropping a last
    line an interrupted run left unfinished."""
    if not path.exists() or path.stat().st_size == 0:
        return set()
    raw = path.read_bytes()
    cut = raw.rfind(b"\n") + 1
    if cut != len(raw):
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(raw[:cut])
        os.replace(tmp, path)
    ids = set()
    for line in raw[:cut].decode("utf-8").splitlines():
        if line.strip():
            ids.add(json.loads(line)["doc_id"])
    return ids


def iter_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The document objects of a ``documents.jsonl``."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def read_jsonl(path: str | Path) -> dict[str, "pd.DataFrame"]:  # noqa: F821
    """``documents.jsonl`` -> the five tables, as ``records.to_frames`` gives them for the CSVs."""
    rows: records.TableRows = {name: [] for name in records.TABLE_NAMES}
    for obj in iter_jsonl(path):
        for name, table_rows in object_rows(obj).items():
            rows[name].extend(table_rows)
    return records.frames(rows)


def read_csv_table(path: Path, table: str) -> "pd.DataFrame":  # noqa: F821
    """One CSV table of a run with the dtypes of ``records.frames`` (columns this version does
    not know are read as strings)."""
    import pandas as pd

    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None) or []
        body = list(reader)
    kinds = dict(records.COLUMNS.get(table, []))
    data: dict[str, Any] = {}
    for j, col in enumerate(header):
        cells = [r[j] if j < len(r) else "" for r in body]
        kind = kinds.get(col, "str")
        if kind == "int":
            data[col] = pd.array([int(c) if c != "" else None for c in cells], dtype="Int64")
        elif kind == "float":
            data[col] = pd.array([float(c) if c != "" else None for c in cells], dtype="Float64")
        elif kind == "bool":
            data[col] = pd.array([None if c == "" else c == "true" for c in cells], dtype="boolean")
        else:
            data[col] = pd.array([records.unneutralize(c) if c != "" else None for c in cells], dtype="string")
    return pd.DataFrame(data, columns=header)


def table_format(out: str | Path) -> str:
    """Which format a run folder holds: jsonl, parquet or csv."""
    out = Path(out)
    if (out / "documents.jsonl").exists():
        return "jsonl"
    if (out / "documents.parquet").exists():
        return "parquet"
    if (out / "documents.csv").exists():
        return "csv"
    raise FileNotFoundError(f"{out}: no documents.csv, documents.parquet or documents.jsonl (is it a run's --out folder?)")


def read_tables(out: str | Path) -> dict[str, "pd.DataFrame"]:  # noqa: F821
    """The five tables of a run folder, whatever format the run wrote."""
    import pandas as pd

    out = Path(out)
    fmt = table_format(out)
    if fmt == "jsonl":
        return read_jsonl(out / "documents.jsonl")
    frames = {}
    for name in records.TABLE_NAMES:
        path = out / f"{name}.{fmt}"
        if fmt == "parquet":
            frames[name] = pd.read_parquet(path).convert_dtypes() if path.exists() else records.frames({})[name]
        else:
            frames[name] = read_csv_table(path, name) if path.exists() else records.frames({})[name]
    return frames


if False:  # pragma: no cover - for type checkers only
    import pandas as pd  # noqa: F401
