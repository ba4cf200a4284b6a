"""outputs/ holds what the pipeline makes of corpus/: a fresh run must give the same bytes.

When extraction changes, regenerate with `make run` and commit the diff."""
from __future__ import annotations

from pathlib import Path

from pipeline import records
from pipeline.batch import Options, run

ROOT = Path(__file__).resolve().parents[1]


def test_committed_outputs_match_a_fresh_run(tmp_path):
    summary = run([ROOT / "corpus"], Options(out=tmp_path, workers=1, base=ROOT, progress=False))
    assert summary.failed == 0
    for table in records.TABLE_NAMES:
        name = f"{table}.csv"
        committed = ROOT / "outputs" / name
        assert committed.exists(), f"outputs/{name} is missing: run `make run`"
        assert (tmp_path / name).read_bytes() == committed.read_bytes(), (
            f"outputs/{name} is stale: run `make run` and commit outputs/")
