"""The pages in a real headless browser (Debian's chromium; CI installs it, locally the tests skip
without it): what the browser built from the page is checked, not the HTML we wrote."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline
from pipeline import batch, export, report
from pipeline.view import render

import _browser
from test_view import parse, shown_records, table_records, with_crossing_quote

pytestmark = pytest.mark.skipif(_browser.chromium() is None, reason="chromium is not installed (apt-get install chromium)")

#: Run inside the page: each record's first segment, the text of its whole group, and its ARIA.
RECORDS_JS = """(() => {
  const pane = document.getElementById('pane-original');
  const groups = {};
  pane.querySelectorAll('mark.m').forEach(m => (groups[m.dataset.r] = groups[m.dataset.r] || []).push(m));
  const marks = [...pane.querySelectorAll('mark.m[data-seg="0"]')].map(m => [
    m.dataset.table, +m.dataset.start, +m.dataset.end, groups[m.dataset.r].map(x => x.textContent).join(''),
    m.tabIndex, (m.getAttribute('aria-label') || '').length > 0]);
  return {dir: document.documentElement.dir, lang: document.documentElement.lang,
          paneDir: getComputedStyle(pane).direction, legend: document.querySelectorAll('.legend label').length,
          text: pane.textContent, marks: marks};
})()"""


def test_seed_article_in_the_browser(tmp_path, seed_text):
    doc = with_crossing_quote(pipeline.process(seed_text, doc_id="seed", meta={"source": "seed.txt"}))
    page = tmp_path / "seed.html"
    page.write_text(render(doc), encoding="utf-8")
    dom = _browser.dump_dom(page)
    seen = parse(dom)
    assert seen.root.get("dir") == "rtl" and seen.root.get("lang") == "fa"
    assert shown_records(seen.marks["pane-original"]) == table_records(doc)
    assert "".join(seen.texts["pane-original"]) == doc.original
    assert 'class="legend"' in dom and dom.count('<span class="sw') >= 10
    _browser.screenshot(page, tmp_path / "seed.png")
    assert (tmp_path / "seed.png").stat().st_size > 10_000

    # focusing a highlight shows its fields; the normalized toggle swaps the panes
    b = _browser.Browser()
    try:
        b.open(page)
        info = b.eval(RECORDS_JS)
        assert info["paneDir"] == "rtl" and info["legend"] >= 10
        assert sorted((t, s, e, x) for t, s, e, x, *_ in info["marks"]) == table_records(doc)
        assert all(tab == 0 and label for *_, tab, label in info["marks"])
        tip = b.eval("""(() => { const m = document.querySelector('mark.k-ORG[data-seg="0"]'); m.focus();
            const t = document.getElementById('tip'); return [t.hidden, t.textContent,
            document.querySelectorAll('#pane-original mark.on').length]; })()""")
        assert tip[0] is False and "source" in tip[1] and tip[2] >= 1
        shown = b.eval("""(() => { const r = document.querySelector('input[value=normalized]'); r.click();
            return [document.getElementById('pane-original').hidden, document.getElementById('pane-normalized').hidden,
                    document.getElementById('pane-normalized').textContent]; })()""")
        assert shown[0] is True and shown[1] is False and shown[2] == doc.text
        narrow = b.call("Emulation.setDeviceMetricsOverride", session=True, width=360, height=740,
                        deviceScaleFactor=1, mobile=True)
        assert narrow == {}
        assert b.eval("document.documentElement.scrollWidth <= window.innerWidth + 1")  # no sideways scrolling
    finally:
        b.close()


def _articles(shared_data: Path, path: Path, n: int = 300) -> Path:
    folder = shared_data / "text" / "farsnews-varzesh3"
    rows = []
    for name in ("fars-news-1.json", "varzesh3-1.json"):
        rows += json.loads((folder / name).read_text(encoding="utf-8"))[: n // 2]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_300_article_run_in_the_browser(shared_data, tmp_path):
    src = _articles(shared_data, tmp_path / "articles.jsonl")
    out = tmp_path / "run"
    summary = batch.run([src], batch.Options(out=out, workers=min(4, batch.default_workers()), progress=False))
    assert summary.ok == 300
    index = report.build(out, report.Options(views=300))
    tables = export.read_tables(out)

    dom = _browser.dump_dom(index)
    assert '<html lang="fa" dir="rtl">' in dom
    assert dom.count('class="prov"') == 31
    assert len({m for m in __import__("re").findall(r'data-place-id="([^"]+)"', dom)}) == 31
    assert "circle" in dom and 'id="timeline"' in dom
    _browser.screenshot(index, tmp_path / "report.png", size="1100,1600")

    expected: dict[str, list] = {}
    from pipeline.records import TABLE_NAMES

    for table in TABLE_NAMES[1:]:  # every record table, whatever stages are added
        for r in tables[table].itertuples():
            expected.setdefault(r.doc_id, []).append((table, int(r.start), int(r.end), str(r.text)))
    views = sorted((index.parent / "views").glob("*.html"))
    assert len(views) == 300
    b = _browser.Browser()
    try:
        checked = 0
        for view in views:
            b.open(view)
            info = b.eval(RECORDS_JS)
            assert info["dir"] == "rtl" and info["lang"] == "fa"
            doc_id = view.stem
            got = sorted((t, s, e, x) for t, s, e, x, *_ in info["marks"])
            assert got == sorted(expected.get(doc_id, [])), doc_id
            checked += len(got)
        assert checked == sum(len(v) for v in expected.values()) > 5000
        # the report is readable on a phone: nothing wider than the screen
        b.call("Emulation.setDeviceMetricsOverride", session=True, width=360, height=740, deviceScaleFactor=1, mobile=True)
        for page in (index, index.parent / "documents-001.html", views[0]):
            b.open(page)
            assert b.eval("document.documentElement.scrollWidth <= window.innerWidth + 1"), page.name
    finally:
        b.close()
