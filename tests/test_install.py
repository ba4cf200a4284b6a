"""A lighter install: hazm stays a core dependency (the shipped data is built from its lists), but
a run imports only regex, pandas, numpy and python-crfsuite, never hazm or what hazm brings (scipy,
scikit-learn, gensim, fasttext, nltk: ~300 MB), so `pip install --no-deps .` plus those four runs."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("hazm", "nltk", "scipy", "sklearn", "gensim", "fasttext", "flashtext")


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _name(requirement: str) -> str:
    import re

    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower()


def test_dependencies_are_what_a_run_imports():
    project = _project()
    assert sorted(_name(r) for r in project["dependencies"]) == ["hazm", "numpy", "pandas", "python-crfsuite", "regex"]


def test_a_run_imports_nothing_heavy(tmp_path):
    # In a fresh interpreter (this one may have imported hazm for another test): process the seed,
    # make the DataFrames, and run the command line over it.
    code = f"""
import sys
import pipeline
from pipeline import cli
from pipeline.records import to_frames
doc = pipeline.process(open({str(ROOT / 'corpus' / 'irna-qom-small-industries.txt')!r}, encoding='utf-8').read())
to_frames([doc]); doc.to_json(); list(pipeline.pipe(['۵ درصد']))
assert cli.main(['run', {str(ROOT / 'corpus')!r}, '--out', {str(tmp_path / 'out')!r}, '-j', '1', '--quiet']) == 0
print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_a_run_does_not_ask_for_hazm(tmp_path):
    # The batch runner's dependency check used to require hazm; with hazm blocked a run works.
    code = f"""
import sys
sys.modules['hazm'] = None  # an import of it would fail
from pipeline import cli
raise SystemExit(cli.main(['run', {str(ROOT / 'corpus')!r}, '--out', {str(tmp_path / 'out')!r}, '-j', '1', '--quiet']))
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    # Same records as the committed tables (doc_id differs: the source path is absolute here).
    def rows(path):
        return [line.split(",", 1)[1] for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]]

    assert rows(tmp_path / "out" / "entities.csv") == rows(ROOT / "outputs" / "entities.csv")
