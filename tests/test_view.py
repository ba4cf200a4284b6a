"""The article view and the report, checked on their HTML (the browser tests are in test_browser.py)."""
from __future__ import annotations

import dataclasses
import random
import subprocess
import sys
from html.parser import HTMLParser

import pytest

import pipeline
from pipeline import cli
from pipeline.document import Quote
from pipeline.view import Mark, layout, render, render_marks


class Marks(HTMLParser):
    """Every <mark> of each pane with its attributes and its text content (descendants included)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pane: str | None = None
        self.depth = 0
        self.open: list[dict] = []
        self.marks: dict[str, list[dict]] = {}
        self.texts: dict[str, list[str]] = {}
        self.scripts = 0
        self.root: dict = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.root = a
        if tag == "script":
            self.scripts += 1
        if tag == "div" and (a.get("id") or "").startswith("pane-"):
            self.pane, self.depth = a["id"], 0
            self.marks[self.pane], self.texts[self.pane] = [], []
        elif self.pane and tag == "div":
            self.depth += 1
        if self.pane and tag == "mark":
            m = {**a, "content": ""}
            self.marks[self.pane].append(m)
            self.open.append(m)

    def handle_endtag(self, tag):
        if self.pane and tag == "mark":
            self.open.pop()
        elif self.pane and tag == "div":
            if self.depth == 0:
                self.pane = None
            else:
                self.depth -= 1

    def handle_data(self, data):
        if self.pane:
            self.texts[self.pane].append(data)
            for m in self.open:
                m["content"] += data


def parse(html: str) -> Marks:
    p = Marks()
    p.feed(html)
    p.close()
    return p


def shown_records(marks: list[dict]) -> list[tuple]:
    """(table, start, end, text) of each record as the page shows it: segments joined."""
    groups: dict[str, list[dict]] = {}
    for m in marks:
        groups.setdefault(m["data-r"], []).append(m)
    out = []
    for m in marks:
        if m["data-seg"] == "0":
            text = "".join(s["content"] for s in groups[m["data-r"]])
            out.append((m["data-table"], int(m["data-start"]), int(m["data-end"]), text))
    return sorted(out)


def table_records(doc) -> list[tuple]:
    from pipeline.records import TABLE_NAMES, to_frames

    out = []
    for table, df in to_frames([doc]).items():
        if table == "documents":
            continue
        for r in df.itertuples():
            out.append((table, int(r.start), int(r.end), str(r.text)))
    # record lists the tables do not hold (quotes today; whatever a stage adds tomorrow) are shown too
    from pipeline.view import record_lists

    for name, recs in record_lists(doc).items():
        if name not in TABLE_NAMES:
            out += [(name, r.start, r.end, r.text) for r in recs]
    return sorted(out)


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    return pipeline.process(seed_text, doc_id="seed", meta={"source": "corpus/irna-qom-small-industries.txt"})


def with_crossing_quote(doc):
    """The seed plus a quote that starts inside ORG «استانداری قم» and ends after it: a span that
    crosses another, as quotes do."""
    org = next(e for e in doc.entities if e.text == "استانداری قم")
    start = org.start + len("استانداری ")
    end = doc.original.index("کوچک", org.end) + len("کوچک")
    quote = Quote(start, end, doc.original[start:end], speaker="اکبر بهنامجو", cue="پیام")
    return dataclasses.replace(doc, quotes=[quote])


def test_every_record_is_highlighted_once_with_its_text(seed_doc):
    doc = with_crossing_quote(seed_doc)
    page = parse(render(doc))
    assert page.root.get("dir") == "rtl" and page.root.get("lang") == "fa"
    expected = table_records(doc)
    assert shown_records(page.marks["pane-original"]) == expected
    # the pane's text is the original, character for character
    assert "".join(page.texts["pane-original"]) == doc.original
    assert "".join(page.texts["pane-normalized"]) == doc.text
    assert len([m for m in page.marks["pane-normalized"] if m["data-seg"] == "0"]) == len(expected)
    # the crossing quote is one focusable element plus linked segments
    quote = [m for m in page.marks["pane-original"] if m["data-table"] == "quotes"]
    assert len(quote) >= 2 and sum(m["data-seg"] == "0" for m in quote) == 1
    assert all("tabindex" not in m and "aria-label" not in m for m in quote if m["data-seg"] != "0")
    for m in page.marks["pane-original"]:
        if m["data-seg"] == "0":
            assert m["tabindex"] == "0" and m["aria-label"]


def test_nested_spans_stay_nested(seed_doc):
    html = render(seed_doc)
    # ORG «استانداری قم» holds nothing it should not, and LOC/place «قم» spans nest inside ORG/places
    page = parse(html)
    marks = page.marks["pane-original"]
    same = [m for m in marks if m["data-start"] == "9" and m["data-end"] == "11"]
    assert {m["data-table"] for m in same} == {"entities", "places"}


def test_layout_nests_random_spans():
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(0, 30)
        text = "".join(rng.choice("ab ") for _ in range(n))
        spans = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, n)
            spans.append((s, rng.randint(s, n)))
        stack, covered, out = [], {i: [] for i in range(len(spans))}, []
        for ev in layout(text, spans):
            if ev[0] == "open":
                stack.append(ev[1])
            elif ev[0] == "close":
                assert stack.pop() == ev[1]  # well nested
            else:
                out.append(text[ev[1]:ev[2]])
                for i in stack:
                    covered[i].append((ev[1], ev[2]))
        assert not stack and "".join(out) == text
        for i, (s, e) in enumerate(spans):
            pieces = covered[i]
            assert sum(b - a for a, b in pieces) == e - s
            assert not pieces or (pieces[0][0] == s and pieces[-1][1] == e)


def test_text_and_fields_are_escaped():
    evil = '<script>alert(1)</script> «قم» & "x" </mark><img src=x onerror=alert(2)>'
    marks = [Mark("entities", "PER", 0, 8, evil[:8], {"role": "</script><script>alert(3)</script>", "note": "\u2028"}),
             Mark("entities", "<b>", 9, 17, evil[9:17], {})]
    html = render_marks(evil, marks, title=evil)
    page = parse(html)
    assert page.scripts == 2  # the records' JSON and the page's own script; nothing injected
    assert "".join(page.texts["pane-original"]) == evil
    assert "<img" not in html and "alert(3)</script>" not in html


def test_document_repr_html_loads_the_viewer_only_when_called():
    code = ("import sys, pipeline; d = pipeline.process('قم', skip={'entities', 'quotes', 'facts'}); "
            "assert 'pipeline.view' not in sys.modules; h = d._repr_html_(); "
            "assert 'pipeline.view' in sys.modules and h.startswith('<iframe srcdoc=')")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_view_command_from_a_file_and_from_a_run(tmp_path, seed_doc):
    from conftest import SEED

    page = tmp_path / "page.html"
    assert cli.main(["view", str(SEED), "-o", str(page)]) == 0
    from_file = parse(page.read_text(encoding="utf-8"))
    out = tmp_path / "run"
    assert cli.main(["run", str(SEED), "--out", str(out), "-j", "1", "-q"]) == 0
    page2 = tmp_path / "page2.html"
    assert cli.main(["view", str(out), "-o", str(page2)]) == 0
    from_run = parse(page2.read_text(encoding="utf-8"))
    assert shown_records(from_run.marks["pane-original"]) == shown_records(from_file.marks["pane-original"]) \
        == table_records(seed_doc)
    assert cli.main(["view", str(out), "--doc", "nope", "-o", str(page2)]) == 1


def test_report_has_map_pages_and_views(tmp_path):
    from conftest import SEED

    out = tmp_path / "run"
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    assert cli.main(["run", str(SEED), str(tmp_path / "empty.txt"), "--out", str(out), "-j", "1", "-q"]) == 2
    assert cli.main(["report", str(out)]) == 0
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert index.count('class="prov"') == 31
    import html

    from pipeline.export import read_tables

    error = read_tables(out)["documents"]["error"].dropna().iloc[0]
    assert html.escape(error) in index  # failures are listed with their errors
    assert (out / "report" / "documents-001.html").exists()
    views = list((out / "report" / "views").glob("*.html"))
    assert len(views) == 1 and views[0].name in index


def test_view_and_report_of_a_jsonl_run_need_no_sources(tmp_path, seed_text, seed_doc):
    src = tmp_path / "a.txt"
    src.write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(seed_text + "\nقم", encoding="utf-8")
    out = tmp_path / "jl"
    assert cli.main(["run", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(out), "-j", "1", "-q",
                     "--format", "jsonl"]) == 0
    src.unlink()  # the texts come from documents.jsonl
    (tmp_path / "b.txt").unlink()
    assert cli.main(["view", str(out), "-o", str(tmp_path / "x.html")]) == 1  # two documents: --doc is needed
    from pipeline.export import read_tables

    doc_id = read_tables(out)["documents"]["doc_id"].iloc[0]
    assert cli.main(["view", str(out / "documents.jsonl"), "--doc", doc_id, "-o", str(tmp_path / "x.html")]) == 0
    page = parse((tmp_path / "x.html").read_text(encoding="utf-8"))
    assert shown_records(page.marks["pane-original"]) == table_records(seed_doc)
    assert cli.main(["report", str(out), "--views", "1"]) == 0
    assert len(list((out / "report" / "views").glob("*.html"))) == 1
