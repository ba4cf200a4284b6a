"""One HTML report over a run's tables: ``persian-news report OUT_DIR``.

Written into ``OUT_DIR/report/`` (or ``-o DIR``): ``index.html`` (documents read and failed,
records per table and kind, top people, organisations and places, a timeline of the dates
mentioned, a map of Iran), ``documents-NNN.html`` (every document, a page of ``page_size`` rows
each) and ``views/DOC_ID.html``, the annotated article pages (at most ``views`` of them, those
the report links to first). Everything is aggregated and capped (top-N, pages), so a run of
10,000 articles gives pages of the same size as a run of 300.

The map is an inline SVG drawn from ``pipeline/data/provinces.geojson`` with an equirectangular
projection (longitude scaled by the cosine of Iran's middle latitude): provinces shaded by the
mentions of places in them, cities as dots sized by their mentions, foreign places listed.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .view import esc, page

PROVINCES = Path(__file__).resolve().parent / "data" / "provinces.geojson"
IRAN = "ایران"


@dataclass
class Options:
    out: Path | None = None  # report folder (default: RUN/report)
    top: int = 20  # rows in each top list
    views: int = 1000  # article pages at most (0: none)
    page_size: int = 200  # documents per documents page
    links: int = 3  # article links per item


# ------------------------------------------------------------------------------- helpers


def _s(value: Any) -> str:
    if value is None:
        return ""
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _rows(df) -> list[dict[str, Any]]:
    return [{k: (None if _s(v) == "" else v) for k, v in r.items()} for r in df.to_dict("records")]


def view_name(doc_id: str) -> str:
    """The file name of a document's page: the doc_id when it is a safe file name."""
    if re.fullmatch(r"[A-Za-z0-9_.-]{1,100}", doc_id) and not doc_id.startswith("."):
        return f"{doc_id}.html"
    import hashlib

    return "d" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:16] + ".html"


class Links:
    """Which documents have a page, and the link (or plain text) for one."""

    def __init__(self, titles: Mapping[str, str], written: set[str], prefix: str = "views/"):
        self.titles, self.written, self.prefix = titles, written, prefix

    def doc(self, doc_id: str, text: str | None = None) -> str:
        label = esc(text or self.titles.get(doc_id) or doc_id)
        if doc_id in self.written:
            return f'<a href="{esc(self.prefix + view_name(doc_id))}" dir="auto">{label}</a>'
        return f'<span dir="auto" title="{esc(doc_id)}">{label}</span>'

    def docs(self, doc_ids: Sequence[str], total: int | None = None) -> str:
        parts = [self.doc(d) for d in doc_ids]
        more = (total or len(doc_ids)) - len(doc_ids)
        if more > 0:
            parts.append(f"<span class=more>+{more:,}</span>")
        return "<span class=docs>" + " · ".join(parts) + "</span>"


def _top(rows: Iterable[dict[str, Any]], key, n: int, links: int) -> list[tuple[Any, int, list[str], int]]:
    """(key, mentions, first documents, number of documents) for the ``n`` most mentioned keys."""
    count: Counter = Counter()
    docs: dict[Any, dict[str, None]] = defaultdict(dict)
    for r in rows:
        k = key(r)
        if k is None or k == "":
            continue
        count[k] += 1
        docs[k][r["doc_id"]] = None
    out = []
    for k, c in sorted(count.items(), key=lambda kv: (-kv[1], str(kv[0])))[:n]:
        ids = list(docs[k])
        out.append((k, c, ids[:links], len(ids)))
    return out


# ----------------------------------------------------------------------------------- map


def _project(lon: float, lat: float, box: tuple[float, float, float, float], scale: float) -> tuple[float, float]:
    lon0, lat0, lon1, lat1 = box
    kx = math.cos(math.radians((lat0 + lat1) / 2))
    return (lon - lon0) * kx * scale, (lat1 - lat) * scale


def _shade(value: int, top: int) -> str:
    if value <= 0:
        return "#f1f3f4"
    steps = ("#dbe9f6", "#b3d1ea", "#7fb0d9", "#4a8bc4", "#1f5f9e")
    i = min(len(steps) - 1, int(len(steps) * math.log1p(value) / math.log1p(max(top, 1)) - 1e-9))
    return steps[max(0, i)]


def map_svg(places: Sequence[dict[str, Any]], links: Links, n_links: int = 3, max_dots: int = 300) -> tuple[str, list]:
    """The map of Iran and the province rows it links to."""
    shapes = json.loads(PROVINCES.read_text(encoding="utf-8"))
    features = shapes["features"]
    xs = [pt[0] for f in features for poly in f["geometry"]["coordinates"] for ring in poly for pt in ring]
    ys = [pt[1] for f in features for poly in f["geometry"]["coordinates"] for ring in poly for pt in ring]
    box = (min(xs), min(ys), max(xs), max(ys))
    width = 640.0
    kx = math.cos(math.radians((box[1] + box[3]) / 2))
    scale = width / ((box[2] - box[0]) * kx)
    height = (box[3] - box[1]) * scale

    iranian = [p for p in places if p.get("country") == IRAN]
    by_name = {f["properties"]["name"]: f["properties"]["place_id"] for f in features}
    per_province: Counter = Counter()
    docs: dict[str, dict[str, None]] = defaultdict(dict)
    for p in iranian:
        pid = p.get("place_id") if p.get("place_type") == "province" else by_name.get(p.get("province") or "")
        if pid:
            per_province[pid] += 1
            docs[pid][p["doc_id"]] = None
    top = max(per_province.values(), default=0)

    out = [f'<svg class="map" viewBox="-6 -6 {width + 12:.0f} {height + 12:.0f}" role="img" '
           f'aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg">'
           '<title id="map-title">Map of Iran: provinces shaded by the mentions of places in them, cities as dots</title>']
    rows = []
    for f in sorted(features, key=lambda f: f["properties"]["place_id"]):
        pid, name = f["properties"]["place_id"], f["properties"]["name"]
        d = []
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                pts = [_project(x, y, box, scale) for x, y in ring]
                d.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        n = per_province.get(pid, 0)
        anchor = "p-" + pid.replace(":", "-")
        label = f"{name}: {n:,} mentions"
        out.append(f'<a href="#{esc(anchor)}" aria-label="{esc(label)}"><path class="prov" data-place-id="{esc(pid)}" '
                   f'data-mentions="{n}" fill="{_shade(n, top)}" fill-rule="evenodd" d="{"".join(d)}">'
                   f'<title>{esc(label)}</title></path></a>')
        rows.append((anchor, name, n, list(docs[pid])[:n_links], len(docs[pid])))

    dots: Counter = Counter()
    where: dict[Any, tuple[str, float, float]] = {}
    for p in iranian:
        if p.get("place_type") in ("province", "country") or p.get("lat") is None or p.get("lon") is None:
            continue
        key = p.get("place_id") or p.get("name")
        dots[key] += 1
        where[key] = (str(p.get("name") or p.get("text")), float(p["lon"]), float(p["lat"]))
    biggest = max(dots.values(), default=1)
    for key, n in sorted(dots.items(), key=lambda kv: -kv[1])[:max_dots]:
        name, lon, lat = where[key]
        if not (box[0] - 1 <= lon <= box[2] + 1 and box[1] - 1 <= lat <= box[3] + 1):
            continue
        x, y = _project(lon, lat, box, scale)
        r = 2.0 + 8.0 * math.sqrt(n / biggest)
        out.append(f'<circle class="city" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{esc(name)}: {n:,}</title></circle>')
    out.append("</svg>")
    rows.sort(key=lambda r: (-r[2], r[1]))
    return "".join(out), rows


# ------------------------------------------------------------------------------- timeline


_ISO = re.compile(r"^(-?\d{4})-(\d{2})")


def _periods(numbers: Sequence[dict[str, Any]]) -> tuple[Counter, dict[str, dict[str, None]]]:
    """Mentions per month of the Gregorian dates written in the articles (``date`` of date
    numbers; a column another stage adds with "date" in its name is read too)."""
    count: Counter = Counter()
    docs: dict[str, dict[str, None]] = defaultdict(dict)
    for r in numbers:
        if r.get("kind") not in (None, "date"):
            continue
        keys = ["date"] + sorted(k for k in r if "date" in k and k not in ("date", "date_end"))
        for k in keys:
            m = _ISO.match(_s(r.get(k)))
            if m:
                month = f"{m.group(1)}-{m.group(2)}"
                count[month] += 1
                docs[month][r["doc_id"]] = None
                break
    return count, docs


def _jalali_label(period: str) -> str:
    from . import jalali
    import datetime as dt

    try:
        year, month = map(int, period.split("-")[:2])
        y, m, _ = jalali.from_gregorian(dt.date(year, month, 15))
        return f"{y}/{m:02d}"
    except Exception:
        return ""


def timeline_svg(count: Counter) -> str:
    if not count:
        return "<p>No Gregorian dates were found in the articles.</p>"
    months = sorted(count)
    years = sorted({m[:4] for m in months})
    by_year = len(months) > 1 and (int(years[-1]) - int(years[0])) > 10
    if by_year:
        c: Counter = Counter()
        for m, n in count.items():
            c[m[:4]] += n
        keys = [str(y) for y in range(int(years[0]), int(years[-1]) + 1)][-200:]
    else:
        c = count
        y0, m0 = map(int, months[0].split("-"))
        y1, m1 = map(int, months[-1].split("-"))
        keys = []
        y, m = y0, m0
        while (y, m) <= (y1, m1):
            keys.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    top = max(c[k] for k in keys) or 1
    bw = max(4.0, min(40.0, 640.0 / len(keys)))
    h = 160.0
    width = bw * len(keys)
    out = [f'<svg class="timeline" viewBox="0 0 {width:.0f} {h + 40:.0f}" role="img" aria-labelledby="tl-title" '
           f'xmlns="http://www.w3.org/2000/svg" style="direction:ltr"><title id="tl-title">Dates mentioned, per '
           f'{"year" if by_year else "month"}</title>']
    for i, k in enumerate(keys):
        n = c.get(k, 0)
        bh = h * n / top
        label = f"{k}{'' if by_year else ' (' + _jalali_label(k) + ')'}: {n:,}"
        out.append(f'<a href="#t-{esc(k)}"><rect x="{i * bw + 1:.1f}" y="{h - bh:.1f}" width="{bw - 2:.1f}" '
                   f'height="{max(bh, 0.5):.1f}" class="bar"><title>{esc(label)}</title></rect></a>')
    step = max(1, len(keys) // 8)
    for i in range(0, len(keys), step):
        out.append(f'<text x="{i * bw + bw / 2:.1f}" y="{h + 16}" text-anchor="middle" class="tick">{esc(keys[i])}</text>')
    out.append("</svg>")
    return "".join(out)


# ------------------------------------------------------------------------- reading a run


def _candidates(source: str, run: Path) -> Iterator[Path]:
    path = source.split("#", 1)[0]
    p = Path(path)
    yield p
    if not p.is_absolute():
        yield run.parent / p
        yield run / p


def originals(run: Path, documents: Sequence[dict[str, Any]], wanted: set[str]) -> dict[str, str]:
    """The original texts of the ``wanted`` documents: from ``documents.jsonl``, else read again
    from their sources (a text whose length differs from the run's is not used: the file changed)."""
    out: dict[str, str] = {}
    jsonl = run / "documents.jsonl"
    if jsonl.exists():
        from .export import iter_jsonl

        for obj in iter_jsonl(jsonl):
            if obj.get("doc_id") in wanted and obj.get("original") is not None:
                out[obj["doc_id"]] = obj["original"]
        return out
    from .readers import read_file

    by_file: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for d in documents:
        if d["doc_id"] in wanted and d.get("source"):
            by_file[str(d["source"]).split("#", 1)[0]][str(d["source"])] = d
    for path, docs in by_file.items():
        found = next((p for p in _candidates(path, run) if p.is_file()), None)
        if found is None:
            continue
        for rec in read_file(found, source=path):
            d = docs.get(rec.source)
            if d is not None and not rec.error and (d.get("chars") is None or int(d["chars"]) == len(rec.text)):
                out[d["doc_id"]] = rec.text
    return out


def group_rows(tables: Mapping[str, Sequence[dict[str, Any]]], wanted: set[str]) -> dict[str, dict[str, list]]:
    by_doc: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for table, rows in tables.items():
        if table == "documents":
            continue
        for r in rows:
            if r["doc_id"] in wanted:
                by_doc[r["doc_id"]][table].append(r)
    return by_doc


def write_views(run: Path, folder: Path, tables: Mapping[str, Sequence[dict[str, Any]]], doc_ids: Sequence[str],
                back: str = "../index.html") -> set[str]:
    """Annotated pages for ``doc_ids`` into ``folder``; returns the doc_ids written."""
    from .view import render_rows

    wanted = set(doc_ids)
    documents = [d for d in tables["documents"] if d["doc_id"] in wanted]
    texts = originals(run, documents, wanted)
    rows = group_rows(tables, set(texts))
    folder.mkdir(parents=True, exist_ok=True)
    written = set()
    info = {d["doc_id"]: d for d in documents}
    for doc_id in doc_ids:
        if doc_id not in texts:
            continue
        d = info[doc_id]
        meta = {k: d.get(k) for k in ("doc_id", "source", "agency", "dateline", "published", "url")}
        html = render_rows(texts[doc_id], rows.get(doc_id, {}), title=_s(d.get("title")), meta=meta, back=back)
        (folder / view_name(doc_id)).write_text(html, encoding="utf-8")
        written.add(doc_id)
    return written


# --------------------------------------------------------------------------------- report


_CSS = """
:root{--fg:#1b1b1b;--muted:#5f6368;--line:#d0d4d9;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font-family:Vazirmatn,"Noto Naskh Arabic","Noto Sans Arabic",Tahoma,"DejaVu Sans",sans-serif;color:var(--fg);line-height:1.7}
header,main,footer{max-width:72rem;margin:0 auto;padding:.5rem 1rem}
h1{font-size:1.4rem}h2{font-size:1.15rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:1.6rem}
nav a{margin-inline-end:1rem}
.cards{display:flex;flex-wrap:wrap;gap:.6rem}
.card{border:1px solid var(--line);border-radius:8px;padding:.4rem .8rem;min-width:8rem}
.card b{display:block;font-size:1.3rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(20rem,100%),1fr));gap:1rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.2rem .4rem;text-align:start;vertical-align:top}
td.n,th.n{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.docs{font-size:.85rem}.more{color:var(--muted)}
.docs a,.docs>span{display:inline-block;max-width:13rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;vertical-align:bottom}
.stack{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(34rem,100%),1fr));gap:1rem}
.stack>div,.grid>div{min-width:0}  /* wide tables scroll inside their box, not the page */
@media (max-width:40rem){.stack{grid-template-columns:1fr}.docs a,.docs>span{max-width:9rem}}
.wrap{overflow-x:auto}
svg.map{width:100%;max-width:44rem;height:auto;display:block;margin:auto}
svg.map .prov{stroke:#fff;stroke-width:.8}svg.map a:focus .prov,svg.map a:hover .prov{stroke:#d93025;stroke-width:2}
svg.map .city{fill:#d93025;fill-opacity:.65;stroke:#fff;stroke-width:.6}
svg.timeline{width:100%;height:auto;max-height:16rem}svg.timeline .bar{fill:#4a8bc4}svg.timeline .tick{font-size:10px;fill:#5f6368}
.scale span{display:inline-block;width:2rem;height:.8rem;vertical-align:middle}
.err{color:#b3261e}
.pager a,.pager span{margin-inline-end:.5rem}
@media (max-width:40rem){header,main,footer{padding:.4rem .6rem}table{font-size:.85rem}}
"""


def _table(head: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = ()) -> str:
    h = "".join(f'<th scope="col"{" class=n" if i in numeric else ""}>{esc(c)}</th>' for i, c in enumerate(head))
    body = "".join("<tr>" + "".join(f'<td{" class=n" if i in numeric else ""}>{c}</td>' for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f'<div class="wrap"><table><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table></div>'


def _counts(rows: Sequence[dict[str, Any]], column: str, n: int) -> list[tuple[str, int]]:
    c = Counter(_s(r.get(column)) or "(none)" for r in rows)
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def build(run: str | Path, options: Options | None = None) -> Path:
    """Write the report of the run folder ``run``; returns the path of its index.html."""
    from .export import read_tables

    options = options or Options()
    run = Path(run)
    frames = read_tables(run)
    tables = {name: _rows(df) for name, df in frames.items()}
    folder = Path(options.out) if options.out else run / "report"
    folder.mkdir(parents=True, exist_ok=True)

    documents = tables["documents"]
    ok = [d for d in documents if d.get("status") == "ok"]
    failed = [d for d in documents if d.get("status") != "ok"]
    ents, nums, places, lists = (tables[t] for t in ("entities", "numbers", "places", "lists"))
    K, L = options.top, options.links

    def norm_key(r):
        return _s(r.get("normalized")) or _s(r.get("text"))

    people = _top((r for r in ents if r.get("label") == "PER"), norm_key, K, L)
    orgs = _top((r for r in ents if r.get("label") == "ORG"), norm_key, K, L)
    top_places = _top(places, lambda r: _s(r.get("name")) or _s(r.get("text")), K, L)
    foreign = _top((r for r in places if _s(r.get("country")) and r.get("country") != IRAN),
                   lambda r: _s(r.get("name")) or _s(r.get("text")), K, L)
    periods, period_docs = _periods(nums)
    top_periods = sorted(periods.items(), key=lambda kv: (-kv[1], kv[0]))[:K]

    # Pages for the documents the report links to first, then for the others in table order.
    linked: dict[str, None] = {}
    for group in (people, orgs, top_places, foreign):
        for _, _, ids, _ in group:
            linked.update(dict.fromkeys(ids))
    for k, _ in top_periods:
        linked.update(dict.fromkeys(list(period_docs[k])[:L]))
    ok_ids = [d["doc_id"] for d in ok]
    order = list(dict.fromkeys([*[i for i in linked if i in set(ok_ids)], *ok_ids]))[: max(0, options.views)]
    for stale in (folder / "views").glob("*.html"):  # pages of an earlier report of this run
        stale.unlink()
    written = write_views(run, folder / "views", tables, order) if order else set()
    titles = {d["doc_id"]: _s(d.get("title")) for d in documents}
    links = Links(titles, written)

    map_html, province_rows = map_svg(places, links, L)

    def top_table(rows, what):
        if not rows:
            return f"<p>No {esc(what)}.</p>"
        return _table([what, "mentions", "documents", "articles"],
                      ((f'<span dir="auto">{esc(k)}</span>', f"{c:,}", f"{nd:,}", links.docs(ids, nd)) for k, c, ids, nd in rows),
                      numeric=(1, 2))

    kinds = [
        ("entities by label", _counts(ents, "label", 15)),
        ("numbers by kind", _counts(nums, "kind", 15)),
        ("places by type", _counts(places, "place_type", 15)),
        ("list items by category", _counts(lists, "category", 15)),
    ]
    n_pages = max(1, math.ceil(len(documents) / options.page_size))
    body = [
        f'<header><h1>Persian news run: {esc(run.name or str(run))}</h1>'
        '<nav aria-label="Sections"><a href="#summary">Summary</a><a href="#top">Top</a><a href="#map">Map</a>'
        '<a href="#timeline">Timeline</a><a href="#failed">Failed</a><a href="documents-001.html">All documents</a></nav></header><main>',
        '<section id="summary" aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2><div class="cards">',
        f'<div class="card">documents read<b>{len(documents):,}</b></div>',
        f'<div class="card">processed<b>{len(ok):,}</b></div>',
        f'<div class="card">failed<b class="{"err" if failed else ""}">{len(failed):,}</b></div>',
        *(f'<div class="card">{esc(t)}<b>{len(tables[t]):,}</b></div>' for t in ("entities", "numbers", "places", "lists")),
        f'<div class="card">article pages<b>{len(written):,}</b></div></div>',
        '<div class="grid">' + "".join(
            f'<div><h3>{esc(title)}</h3>' + _table(["value", "records"], ((f'<span dir="auto">{esc(k)}</span>', f"{n:,}") for k, n in rows), numeric=(1,)) + "</div>"
            for title, rows in kinds) + "</div></section>",
        '<section id="top" aria-labelledby="h-top"><h2 id="h-top">Most mentioned</h2><div class="stack">',
        f'<div><h3>People</h3>{top_table(people, "person")}</div>',
        f'<div><h3>Organisations</h3>{top_table(orgs, "organisation")}</div>',
        f'<div><h3>Places</h3>{top_table(top_places, "place")}</div></div></section>',
        '<section id="map" aria-labelledby="h-map"><h2 id="h-map">Map</h2>', map_html,
        '<p class="scale" aria-hidden="true">fewer ' + "".join(f'<span style="background:{_shade(v, 10**4)}"></span>' for v in (0, 3, 30, 300, 3000, 10**4)) + " more mentions</p>",
        '<div class="stack"><div><h3>Provinces</h3>' + _table(
            ["province", "mentions", "articles"],
            ((f'<span id="{esc(a)}">{esc(name)}</span>', f"{n:,}", links.docs(ids, nd)) for a, name, n, ids, nd in province_rows),
            numeric=(1,)) + "</div>",
        f'<div><h3>Foreign places</h3>{top_table(foreign, "place")}</div></div></section>',
        '<section id="timeline" aria-labelledby="h-tl"><h2 id="h-tl">Dates mentioned</h2>', timeline_svg(periods),
        _table(["month (Gregorian, Jalali)", "mentions", "articles"],
               ((f'<span id="t-{esc(k)}">{esc(k)} ({esc(_jalali_label(k))})</span>', f"{n:,}",
                 links.docs(list(period_docs[k])[:L], len(period_docs[k]))) for k, n in top_periods), numeric=(1,))
        if top_periods else "",
        "</section>",
        f'<section id="failed" aria-labelledby="h-failed"><h2 id="h-failed">Failed documents ({len(failed):,})</h2>',
        _table(["source", "error"], ((f'<span dir="ltr">{esc(d.get("source"))}</span>', f'<span class="err" dir="auto">{esc(d.get("error"))}</span>')
                                     for d in failed[:100])) if failed else "<p>None.</p>",
        f"<p>{len(failed) - 100:,} more in the documents pages.</p>" if len(failed) > 100 else "",
        "</section>",
        f'<p><a href="documents-001.html">All {len(documents):,} documents</a> ({n_pages:,} pages of {options.page_size})</p>',
        "</main><footer>Map: provinces © OpenStreetMap contributors, ODbL 1.0. Made by persian-news report.</footer>",
    ]
    index = folder / "index.html"
    index.write_text(page(f"Report: {run.name}", "\n".join(body), _CSS), encoding="utf-8")
    _document_pages(folder, documents, links, options.page_size)
    return index


def _document_pages(folder: Path, documents: Sequence[dict[str, Any]], links: Links, size: int) -> None:
    n_pages = max(1, math.ceil(len(documents) / size))
    for p in range(n_pages):
        chunk = documents[p * size:(p + 1) * size]
        pager = "".join(f'<span aria-current="page">{i + 1}</span>' if i == p else f'<a href="documents-{i + 1:03d}.html">{i + 1}</a>'
                        for i in _pager_range(p, n_pages))
        rows = ((links.doc(d["doc_id"]), _s(d.get("status")), *(f"{int(d[c]):,}" if d.get(c) is not None else "" for c in ("n_entities", "n_numbers", "n_places", "n_lists")),
                 f'<span class="err" dir="auto">{esc(d.get("error"))}</span>' if d.get("error") else "",
                 f'<span dir="ltr">{esc(d.get("source"))}</span>') for d in chunk)
        body = (f'<header><p><a href="index.html">← report</a></p><h1>Documents {p * size + 1:,}–{p * size + len(chunk):,} of {len(documents):,}</h1>'
                f'<nav class="pager" aria-label="Pages">{pager}</nav></header><main>'
                + _table(["title", "status", "entities", "numbers", "places", "lists", "error", "source"], rows, numeric=(2, 3, 4, 5))
                + f'</main><footer><nav class="pager" aria-label="Pages">{pager}</nav></footer>')
        (folder / f"documents-{p + 1:03d}.html").write_text(page(f"Documents, page {p + 1}", body, _CSS), encoding="utf-8")


def _pager_range(current: int, total: int) -> list[int]:
    """Page numbers to show: the first, the last and a window around the current one."""
    pages = {0, total - 1, *range(max(0, current - 3), min(total, current + 4))}
    return sorted(pages)
