"""Fuzzing the readers and a whole run: random bytes, random JSON, random CSV. No exception
escapes, every input becomes at least one row. Derandomized when CI is set (see test_properties)."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import readers
from pipeline.batch import Options, run

SETTINGS = settings(max_examples=60, deadline=None, derandomize=bool(os.environ.get("CI")),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["text", "title", "body", "id", "date", "url", "x"]), inner, max_size=5),
    max_leaves=15)
csv_text = st.lists(st.lists(st.text(alphabet='ab,"\n\r\t;|\x00متن ', max_size=12), min_size=1, max_size=4), min_size=1, max_size=6).map(
    lambda rows: "\n".join(",".join(row) for row in rows))
files = st.one_of(
    st.tuples(st.sampled_from(["a.txt", "a.json", "a.jsonl", "a.csv", "a.html", "a.dat"]), st.binary(max_size=300)),
    st.tuples(st.sampled_from(["b.json", "b.jsonl", "b.dat"]), json_values.map(lambda v: json.dumps(v).encode())),
    st.tuples(st.just("c.jsonl"), st.lists(json_values, max_size=4).map(lambda vs: "\n".join(json.dumps(v) for v in vs).encode())),
    st.tuples(st.sampled_from(["d.csv", "d.tsv"]), csv_text.map(lambda t: t.encode("utf-8", "surrogatepass"))),
)


@SETTINGS
@given(files)
def test_readers_never_raise(case):
    name, data = case
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        recs = list(readers.read_file(path, source=name))
    assert recs, "every file gives at least one record"
    for rec in recs:
        for value in (rec.source, rec.text, rec.title, rec.error, rec.warning):
            value.encode("utf-8")  # writable


@settings(max_examples=12, deadline=None, derandomize=bool(os.environ.get("CI")),
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(files, min_size=1, max_size=4))
def test_a_run_over_random_files_writes_a_row_for_each(cases):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, (name, data) in enumerate(cases):
            (folder / f"{i}{name}").write_bytes(data)
        summary = run([folder], Options(out=Path(tmp) / "out", base=Path(tmp), workers=1, progress=False))
        text = (Path(tmp) / "out" / "documents.csv").read_text(encoding="utf-8-sig")
    assert summary.ok + summary.failed >= len(cases)
    for i in range(len(cases)):
        assert f"in/{i}" in text
