"""An annotated article as one self-contained HTML page: ``render(doc) -> str``.

The page needs nothing but the file itself (no CDN, no fonts or scripts from the network; a
Content-Security-Policy forbids any request), reads right to left, and shows every record of the
tables highlighted by type, with a legend. Hovering, focusing or tapping a highlight shows its
fields. The original and the normalized text can be switched.

Records are read generically (``dataclasses.fields`` on a Document, or table rows as dicts), so a
field or a record list added to ``Document`` later shows up without changes here.

Overlapping records: spans that nest become nested ``<mark>`` elements (ORG «استانداری قم»
holding LOC «قم»). Spans that cross cannot nest in HTML, so the inner one is split into segments
at the outer one's edge; the segments share ``data-r`` (the record) and only the first segment
is focusable and carries the ``aria-label``, so each record is one element or one linked group.
"""
from __future__ import annotations

import dataclasses
import html
import json
import math
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

#: Tables a viewer knows the look of; others get a colour from ``_SPARE`` in order.
TYPE_NAMES: dict[str, str] = {
    "PER": "person", "ORG": "organisation", "LOC": "location", "FAC": "facility", "EVENT": "event",
    "DATE": "date (entity)", "TIME": "time", "MONEY": "money (entity)", "PERCENT": "percent (entity)",
    "numbers": "number", "places": "place", "lists": "list item", "quotes": "quote",
}
_COLOURS: dict[str, str] = {
    "PER": "#f6c2c2", "ORG": "#c6dbf7", "LOC": "#c9ecc4", "FAC": "#e6d3f5", "EVENT": "#fbe0b0",
    "DATE": "#f9f3a6", "TIME": "#f3e7c9", "MONEY": "#bfeee6", "PERCENT": "#d9e7b5",
    "numbers": "#b3261e", "places": "#1b7f3a", "lists": "#6b3fa0", "quotes": "#8a5a00",
}
_SPARE = ("#00838f", "#ad1457", "#4e6b00", "#37474f", "#c75000")
#: Entities are fills; the other tables are borders of their own style, so a number or place
#: with exactly the entity's span is still visible inside it.
_STYLE = {"numbers": "box", "places": "under", "lists": "double", "quotes": "quote"}
#: Same span: which record is the outer element (lower first).
_ORDER = {"quotes": 0, "entities": 1, "places": 2, "numbers": 3, "lists": 4}
#: Fields never shown (offsets are in the page already; sentence is the text around it).
_HIDDEN = {"start", "end", "text", "sentence", "doc_id", "items"}


@dataclass
class Mark:
    """One highlighted record: ``table`` it belongs to, ``kind`` (its colour: the entity label, or
    the table), its span in ORIGINAL offsets, and the fields shown when it is focused."""

    table: str
    kind: str
    start: int
    end: int
    text: str
    fields: dict[str, Any] = field(default_factory=dict)


# ------------------------------------------------------------------------------ records -> marks


def _is_span(obj: Any) -> bool:
    return dataclasses.is_dataclass(obj) and not isinstance(obj, type) and all(
        hasattr(obj, a) for a in ("start", "end", "text"))


def _plain(value: Any) -> Any:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _record_fields(rec: Any) -> dict[str, Any]:
    out = {}
    for f in dataclasses.fields(rec):
        if f.name in _HIDDEN:
            continue
        value = getattr(rec, f.name)
        if isinstance(value, list):
            continue
        out[f.name] = _plain(value)
    # properties such as Enumeration.count_matches are table columns too
    for name in ("count_matches",):
        if hasattr(type(rec), name) and isinstance(getattr(type(rec), name), property):
            out[name] = _plain(getattr(rec, name))
    return out


def record_lists(doc: Any) -> dict[str, list[Any]]:
    """The Document's record lists by name: every list field whose items are spans (sentences aside)."""
    out: dict[str, list[Any]] = {}
    for f in dataclasses.fields(doc):
        if f.name == "sentences":
            continue
        value = getattr(doc, f.name)
        if isinstance(value, list) and value and all(_is_span(v) for v in value):
            out[f.name] = value
        elif isinstance(value, list) and not value and f.name not in ("sentences",):
            out.setdefault(f.name, [])
    return out


def marks_from_document(doc: Any) -> list[Mark]:
    """Every record of a processed Document as a Mark. A record holding nested span records
    (a list and its items) is shown by its items, with the parent's fields and position; a
    parent without items is shown itself, as its table row is."""
    marks: list[Mark] = []
    for table, recs in record_lists(doc).items():
        for index, rec in enumerate(recs, start=1):
            fields = _record_fields(rec)
            children = [v for f in dataclasses.fields(rec) for v in (getattr(rec, f.name),)
                        if isinstance(v, list) and v and all(_is_span(c) for c in v)]
            kind = str(fields.get("label") or table) if table == "entities" else table
            if children:
                items = children[0]
                for i, child in enumerate(items, start=1):
                    info = {"list_index": index, **fields, "item_index": i, "items": len(items), **_record_fields(child)}
                    marks.append(Mark(table, kind, child.start, child.end, child.text, info))
            elif hasattr(rec, "items") and table == "lists":
                marks.append(Mark(table, kind, rec.start, rec.end, rec.text, {"list_index": index, **fields, "items": 0}))
            else:
                marks.append(Mark(table, kind, rec.start, rec.end, rec.text, fields))
    return marks


def marks_from_rows(tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> list[Mark]:
    """Marks from table rows (dicts of column -> value) of one document, e.g. read back from a
    run's CSV files. Every row with a ``start``/``end`` span is one mark."""
    marks: list[Mark] = []
    for table, rows in tables.items():
        if table == "documents":
            continue
        for row in rows:
            start, end = row.get("start"), row.get("end")
            if start is None or end is None or _plain(start) is None or _plain(end) is None:
                continue
            fields = {k: _plain(v) for k, v in row.items() if k not in _HIDDEN}
            if table == "lists" and fields.get("item_index") is None:
                fields["items"] = 0
            kind = str(fields.get("label") or table) if table == "entities" else table
            marks.append(Mark(table, kind, int(start), int(end), str(row.get("text") or ""), fields))
    return marks


# ---------------------------------------------------------------------------- nesting spans


def layout(text: str, spans: Sequence[tuple[int, int]], order: Sequence[int] | None = None) -> list[tuple]:
    """Turn possibly overlapping spans into a well-nested event list over ``text``.

    Returns a list of ``("text", s, e)``, ``("open", i, segment)`` and ``("close", i)`` events
    where ``i`` indexes ``spans``: opens and closes always nest. A span that crosses the end of
    an enclosing one is closed there and reopened after it as segment 1, 2, ...; spans of zero
    length open and close at once. ``order`` breaks ties between equal spans (lower = outer).
    """
    n = len(text)
    order = order or [0] * len(spans)
    idx = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], order[i], i))
    starts: dict[int, list[int]] = {}
    for i in idx:
        starts.setdefault(spans[i][0], []).append(i)
    cuts = sorted({0, n, *(p for s in spans for p in s)})
    events: list[tuple] = []
    stack: list[int] = []
    segment = [0] * len(spans)
    for k, pos in enumerate(cuts):
        # close what ends here; what is above it on the stack and goes on is reopened after
        ending = [j for j, i in enumerate(stack) if spans[i][1] <= pos]
        if ending:
            lowest = ending[0]
            above = stack[lowest:]
            for i in reversed(above):
                events.append(("close", i))
            del stack[lowest:]
            for i in above:
                if spans[i][1] > pos:
                    segment[i] += 1
                    events.append(("open", i, segment[i]))
                    stack.append(i)
        for i in starts.get(pos, ()):
            events.append(("open", i, 0))
            if spans[i][1] <= pos:  # empty span
                events.append(("close", i))
            else:
                stack.append(i)
        if k + 1 < len(cuts) and cuts[k + 1] > pos:
            events.append(("text", pos, cuts[k + 1]))
    for i in reversed(stack):
        events.append(("close", i))
    return events


# ------------------------------------------------------------------------------------ HTML


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def script_json(data: Any) -> str:
    """JSON safe inside <script>: no «</script>», «<!--» or «&» can end or change the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def kind_name(kind: str) -> str:
    return TYPE_NAMES.get(kind, kind)


def _value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def aria_label(mark: Mark) -> str:
    """What a screen reader says on a highlight: its type, its text and the fields that are set."""
    parts = [f"{kind_name(mark.kind)}: {mark.text}"]
    parts += [f"{k}: {_value_text(v)}" for k, v in mark.fields.items() if v not in (None, "") and k != "label"]
    return "; ".join(parts)


def colours(kinds: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    spare = 0
    for k in kinds:
        if k in _COLOURS:
            out[k] = _COLOURS[k]
        elif k not in out:
            out[k] = _SPARE[spare % len(_SPARE)]
            spare += 1
    return out


def _css_kind(kind: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in kind)


def pane_html(text: str, marks: Sequence[Mark], spans: Sequence[tuple[int, int]], prefix: str) -> str:
    """The text with every mark as ``<mark>`` elements; ``spans`` are the marks' spans in ``text``."""
    order = [_ORDER.get(m.table, 5) for m in marks]
    out: list[str] = []
    for ev in layout(text, spans, order):
        if ev[0] == "text":
            out.append(esc(text[ev[1]:ev[2]]))
        elif ev[0] == "close":
            out.append("</mark>")
        else:
            i, seg = ev[1], ev[2]
            m = marks[i]
            cls = f"m t-{_css_kind(m.table)} k-{_css_kind(m.kind)}"
            attrs = [f'class="{cls}"', f'data-r="{i}"', f'data-seg="{seg}"', f'data-table="{esc(m.table)}"',
                     f'data-kind="{esc(m.kind)}"']
            if seg == 0:
                attrs += [f'id="{prefix}{i}"', 'tabindex="0"', f'aria-label="{esc(aria_label(m))}"',
                          f'data-start="{m.start}"', f'data-end="{m.end}"']
            else:
                cls += " cont"
                attrs[0] = f'class="{cls}"'
            out.append(f"<mark {' '.join(attrs)}>")
    return "".join(out)


_CSS = """
:root{--fg:#1b1b1b;--bg:#fff;--muted:#5f6368;--line:#d0d4d9;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font-family:Vazirmatn,"Noto Naskh Arabic","Noto Sans Arabic",Tahoma,"DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg);line-height:2.1}
header,main,footer{max-width:60rem;margin:0 auto;padding:.5rem 1rem}
h1{font-size:1.35rem;line-height:1.6;margin:.6rem 0}
.meta{color:var(--muted);font-size:.9rem;margin:0}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;border-block:1px solid var(--line);padding:.4rem 0;margin:.5rem 0}
fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:center}
legend{font-weight:bold;float:right;margin-inline-end:.6rem}
.legend label{display:inline-flex;align-items:center;gap:.25rem;font-size:.92rem;white-space:nowrap}
.sw{display:inline-block;width:1.6em;height:1.1em;border-radius:3px;vertical-align:middle}
.count{color:var(--muted);font-size:.8rem}
.pane{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.08rem}
mark.m{background:transparent;color:inherit;border-radius:3px;padding:0 1px;cursor:help}
mark.m:focus{outline:3px solid #1a73e8;outline-offset:1px}
mark.m.on{outline:2px dashed #1a73e8}
#tip{position:absolute;z-index:10;max-width:24rem;background:#fff;border:1px solid #888;border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.2);padding:.4rem .6rem;font-size:.85rem;line-height:1.5}
#tip[hidden]{display:none}
#tip h2{font-size:.95rem;margin:0 0 .2rem}
#tip table{border-collapse:collapse}
#tip th{text-align:start;color:var(--muted);font-weight:normal;padding-inline-end:.6rem;vertical-align:top}
#tip td{direction:auto;unicode-bidi:plaintext}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{color:var(--muted);font-size:.8rem}
@media (max-width:40rem){
 body{line-height:1.95}
 header,main,footer{padding:.4rem .6rem}
 .pane{font-size:1rem}
 #tip{position:fixed;left:0!important;right:0!important;top:auto!important;bottom:0;max-width:none;border-radius:10px 10px 0 0}
}
"""

_JS = """
(function(){
var recs=JSON.parse(document.getElementById('records').textContent);
var tip=document.getElementById('tip'),live=document.getElementById('live'),cur=null;
function pane(el){return el.closest('.pane');}
function group(el){return pane(el).querySelectorAll('mark[data-r="'+el.dataset.r+'"]');}
function clear(){if(cur){group(cur).forEach(function(x){x.classList.remove('on');});cur=null;}tip.hidden=true;}
function show(el){
 clear();cur=el;group(el).forEach(function(x){x.classList.add('on');});
 var r=recs[+el.dataset.r];
 while(tip.firstChild)tip.removeChild(tip.firstChild);
 var h=document.createElement('h2');h.textContent=r.name+' \\u2014 '+r.text;tip.appendChild(h);
 var t=document.createElement('table');
 r.fields.forEach(function(kv){if(kv[1]===null||kv[1]==='')return;var tr=document.createElement('tr');
  var th=document.createElement('th');th.textContent=kv[0];var td=document.createElement('td');
  td.textContent=kv[1];tr.appendChild(th);tr.appendChild(td);t.appendChild(tr);});
 tip.appendChild(t);tip.hidden=false;
 var b=el.getBoundingClientRect(),w=tip.offsetWidth;
 var left=Math.min(Math.max(8,b.right+window.scrollX-w),document.documentElement.clientWidth-w-8+window.scrollX);
 tip.style.left=left+'px';tip.style.top=(b.bottom+window.scrollY+6)+'px';
}
function first(el){var m=el.closest&&el.closest('mark.m');if(!m)return null;
 return m.dataset.seg==='0'?m:pane(m).querySelector('mark[data-r="'+m.dataset.r+'"][data-seg="0"]');}
document.addEventListener('mouseover',function(e){var m=first(e.target);if(m&&m!==cur)show(m);});
document.addEventListener('focusin',function(e){var m=first(e.target);if(m){show(m);live.textContent=m.getAttribute('aria-label');}});
document.addEventListener('click',function(e){var m=first(e.target);if(m){m.focus();show(m);}else if(!tip.contains(e.target))clear();});
document.addEventListener('keydown',function(e){if(e.key==='Escape')clear();});
document.querySelectorAll('input[name=view]').forEach(function(r){r.addEventListener('change',function(){
 clear();document.querySelectorAll('.pane').forEach(function(p){p.hidden=(p.id!=='pane-'+r.value);});});});
document.querySelectorAll('.legend input').forEach(function(c){c.addEventListener('change',function(){
 document.body.classList.toggle('off-'+c.value,!c.checked);});});
})();
"""


def _style_for(kinds: Sequence[str], palette: Mapping[str, str], tables: Mapping[str, str]) -> str:
    """One colour variable and one look per type, and the rule that switches a type off."""
    rules = []
    for k in kinds:
        ck = _css_kind(k)
        style = _STYLE.get(tables.get(k, ""), "fill")
        rules.append(f".k-{ck}{{--c:{palette[k]}}}")
        rules.append(_CSS_STYLE[style].replace("__K__", ck))
        rules.append(f"body.off-{ck} .m.k-{ck}{{background:transparent;border-color:transparent}}")
    return "\n".join(rules)


_CSS_STYLE = {
    "fill": ".m.k-__K__,.sw.k-__K__{background:var(--c)}",
    "box": ".m.k-__K__{border:1.5px solid var(--c)}.sw.k-__K__{border:2px solid var(--c)}",
    "under": ".m.k-__K__{border-bottom:3px solid var(--c)}.sw.k-__K__{border-bottom:4px solid var(--c)}",
    "double": ".m.k-__K__{border-bottom:4px double var(--c)}.sw.k-__K__{border-bottom:5px double var(--c)}",
    "quote": ".m.k-__K__{border-bottom:2px dotted var(--c);background:rgba(138,90,0,.07)}.sw.k-__K__{border-bottom:3px dotted var(--c)}",
}

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def page(title: str, body: str, css: str = "", js: str = "", lang: str = "fa") -> str:
    """A whole self-contained HTML document (right to left)."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n"
        + (f"<script>{js}</script>\n" if js else "")
        + "</body>\n</html>\n"
    )


def render_marks(
    original: str,
    marks: Sequence[Mark],
    *,
    normalized: str | None = None,
    to_normalized: Callable[[int, int], tuple[int, int]] | None = None,
    title: str = "",
    meta: Mapping[str, Any] | None = None,
    back: str | None = None,
) -> str:
    """The page for one article from its original text and Marks (ORIGINAL offsets). With
    ``normalized`` and ``to_normalized`` the page can also show the normalized text."""
    n = len(original)
    good = [m for m in marks if 0 <= m.start <= m.end <= n]
    good.sort(key=lambda m: (m.start, -m.end, _ORDER.get(m.table, 5)))
    kinds: list[str] = []
    kind_table: dict[str, str] = {}
    counts: dict[str, int] = {}
    for m in good:
        if m.kind not in counts:
            kinds.append(m.kind)
            kind_table[m.kind] = m.table
        counts[m.kind] = counts.get(m.kind, 0) + 1
    # legend order: entity labels as TYPE_NAMES lists them, then the other tables
    rank = {k: i for i, k in enumerate(TYPE_NAMES)}
    kinds.sort(key=lambda k: (rank.get(k, len(rank)), k))
    palette = colours(kinds)

    panes = [f'<div class="pane" id="pane-original" lang="fa" dir="rtl">'
             f'{pane_html(original, good, [(m.start, m.end) for m in good], "o")}</div>']
    has_norm = normalized is not None and to_normalized is not None
    if has_norm:
        nspans = [to_normalized(m.start, m.end) for m in good]  # type: ignore[misc]
        panes.append(f'<div class="pane" id="pane-normalized" lang="fa" dir="rtl" hidden>'
                     f'{pane_html(normalized, good, nspans, "n")}</div>')  # type: ignore[arg-type]

    legend = "".join(
        f'<label><input type="checkbox" checked value="{esc(_css_kind(k))}">'
        f'<span class="sw k-{esc(_css_kind(k))}" aria-hidden="true"></span>{esc(kind_name(k))}'
        f' <span class="count">({counts[k]:,})</span></label>'
        for k in kinds
    )
    view = ""
    if has_norm:
        view = ('<fieldset class="view"><legend>Text</legend>'
                '<label><input type="radio" name="view" value="original" checked> original</label>'
                '<label><input type="radio" name="view" value="normalized"> normalized</label></fieldset>')
    meta = dict(meta or {})
    meta_bits = [f"{esc(k)}: {esc(v)}" for k, v in meta.items() if v not in (None, "")]
    links = f'<p class="meta"><a href="{esc(back)}">← report</a></p>' if back else ""
    records = [{"name": kind_name(m.kind), "text": m.text,
                "fields": [[k, _value_text(v) if v is not None else None] for k, v in m.fields.items()]}
               for m in good]
    body = (
        f'<header>{links}<h1 dir="auto">{esc(title or "Article")}</h1>'
        + (f'<p class="meta" dir="auto">{" · ".join(meta_bits)}</p>' if meta_bits else "")
        + f'<div class="controls">{view}<fieldset class="legend" aria-label="Legend: record types">'
        f'<legend>Legend</legend>{legend or "<span>no records</span>"}</fieldset></div></header>\n'
        f'<main><p class="sr">Highlighted records can be reached with Tab; each one announces its type and fields.</p>'
        + "\n".join(panes)
        + '</main>\n<div id="tip" role="tooltip" hidden></div><div id="live" class="sr" aria-live="polite"></div>\n'
        f'<footer>{len(good):,} records · made by persian-news view</footer>\n'
        f'<script type="application/json" id="records">{script_json(records)}</script>'
    )
    css = _CSS + _style_for(kinds, palette, kind_table)
    return page(title or "Article", body, css, _JS)


def render(doc: Any, *, title: str | None = None, back: str | None = None) -> str:
    """The annotated HTML page of a processed ``pipeline.Document``."""
    meta = getattr(doc, "meta", {}) or {}
    if title is None:
        title = str(meta.get("title") or "") or next((ln.strip() for ln in doc.original.splitlines() if ln.strip()), "")
    shown = {k: meta.get(k) for k in ("source", "published", "url") if meta.get(k)}
    if getattr(doc, "doc_id", ""):
        shown = {"doc_id": doc.doc_id, **shown}
    for extra in ("agency", "dateline"):
        if getattr(doc, extra, None):
            shown[extra] = getattr(doc, extra)
    return render_marks(doc.original, marks_from_document(doc), normalized=doc.text,
                        to_normalized=doc.to_normalized, title=title[:300], meta=shown, back=back)


def render_rows(original: str, tables: Mapping[str, Iterable[Mapping[str, Any]]], *, title: str = "",
                meta: Mapping[str, Any] | None = None, back: str | None = None) -> str:
    """The page for one document from its original text and its table rows (as a run wrote them);
    the normalized text is recomputed, so the toggle works too."""
    from .normalize import normalize

    norm = normalize(original)
    return render_marks(original, marks_from_rows(tables), normalized=norm.text,
                        to_normalized=norm.alignment.to_normalized, title=title, meta=meta, back=back)


def notebook_html(doc: Any) -> str:
    """The page inside an ``<iframe srcdoc>``: a notebook shows it with its own styles and script,
    and two documents in one notebook cannot clash."""
    return (f'<iframe srcdoc="{esc(render(doc))}" style="width:100%;height:32rem;border:1px solid #ccc" '
            'sandbox="allow-scripts" title="annotated article"></iframe>')
