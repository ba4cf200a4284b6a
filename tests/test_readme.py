"""The README cannot drift from the code: its Python blocks run (doctest blocks output for output),
its commands run on a copy of the seed article outside the repository, and its tables describe
exactly the columns the pipeline writes. The Python blocks of docs/*.md run too."""
from __future__ import annotations

import doctest
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex

import pipeline
from pipeline.records import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SEED = ROOT / "corpus" / "irna-qom-small-industries.txt"
BIN = Path(sys.executable).parent

_FENCE = regex.compile(r"^```(\w*)\n(.*?)^```", regex.M | regex.S)

#: Shell commands of the README a test does not run, and what checks them instead.
NOT_RUN = {
    "make run": "tests/test_outputs.py compares what it makes with outputs/, byte for byte",
    "make test": "this suite",
    "pip install .": "tests/test_install.py checks what it declares and what a run imports",
    "pip install regex pandas numpy python-crfsuite && pip install --no-deps .":
        "tests/test_install.py: a run imports nothing else (hazm blocked, it still works)",
}


def _blocks(path: Path, lang: str) -> list[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m.group(2)) for m in _FENCE.finditer(text) if m.group(1) == lang]


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    """A folder outside the repository with the seed article as corpus/ and as my_news.json,
    in the shape the README's JSON example shows."""
    (tmp_path / "corpus").mkdir()
    shutil.copy(SEED, tmp_path / "corpus" / SEED.name)
    [(_, example)] = _blocks(README, "json")
    records = json.loads(example)
    text = SEED.read_text(encoding="utf-8")
    records[0].update(title=text.splitlines()[0], text=text, url="https://www.irna.ir/news/1")
    (tmp_path / "my_news.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


DOCUMENTS = [p for p in [README, *sorted((ROOT / "docs").glob("*.md"))] if "```python" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_python_blocks_run(path, workdir):
    blocks = _blocks(path, "python")
    if not blocks:
        pytest.skip(f"{path.name} has no python block")
    namespace: dict = {"text": SEED.read_text(encoding="utf-8"), "__name__": "__readme__"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for line, block in blocks:
        where = f"{path.relative_to(ROOT)}:{line}"
        if "hazm" in block and not _has("hazm"):
            continue  # the hazm example needs the [hazm] extra (make setup installs it)
        if ">>>" in block:
            test = parser.get_doctest(block, namespace, where, str(path), line - 1)
            report: list[str] = []
            result = runner.run(test, out=report.append, clear_globs=False)
            assert result.failed == 0, "".join(report)
            namespace.update(test.globs)  # the DocTest ran on a copy: later blocks see its names
        else:
            exec(compile(block, where, "exec"), namespace)


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def _commands() -> list[str]:
    out = []
    for _, block in _blocks(README, "sh"):
        for line in block.splitlines():
            command = regex.sub(r"\s+#.*$", "", line).strip()
            if command:
                out.append(command)
    return out


def test_every_readme_command_is_run_or_accounted_for():
    commands = _commands()
    assert commands, "the README shows no command"
    for command in commands:
        assert command in NOT_RUN or _runnable(command), f"README command neither run by a test nor in NOT_RUN: {command}"
    assert set(NOT_RUN) <= set(commands), "NOT_RUN lists a command the README no longer shows"


def _runnable(command: str) -> bool:
    return command.split()[0] in ("persian-news", ".venv/bin/persian-news") or command.startswith("python -m pipeline")


def test_readme_commands_run(workdir):
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    ran = []
    for command in _commands():
        if not _runnable(command):
            continue
        argv = shlex.split(command)
        if argv[0] == ".venv/bin/persian-news":  # the README's path into the repository's venv
            argv[0] = str(BIN / "persian-news")
        elif argv[0] == "python":
            argv[0] = sys.executable
        proc = subprocess.run(argv, cwd=workdir, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, f"{command}: exit {proc.returncode}\n{proc.stderr}"
        ran.append((command, proc))
    by_command = dict(ran)
    assert by_command["persian-news --version"].stdout == f"persian-news {pipeline.__version__}\n"
    assert "--out" in by_command["persian-news run --help"].stdout
    for table in COLUMNS:
        header = (workdir / "my_tables" / f"{table}.csv").read_text(encoding="utf-8-sig").splitlines()[0]
        assert header.split(",") == [c for c, _ in COLUMNS[table]]
    assert (workdir / "my_tables" / "report" / "index.html").is_file()
    assert (workdir / "article.html").is_file()
    docs = (workdir / "my_tables" / "documents.csv").read_text(encoding="utf-8-sig")
    assert "my_news.json#item=1" in docs and ",ok," in docs


# ----------------------------------------------------------------------------- the tables


def _documented_columns() -> dict[str, list[str]]:
    """For each ``**name.csv**`` heading of the README's table section, the backticked names in
    the first cell of the column table that follows it."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The tables"):]
    section = section[:section.index("\n## ", 1)]
    out: dict[str, list[str]] = {}
    for m in regex.finditer(r"^\*\*(\w+)\.csv\*\*.*?\n\n((?:\|.*\n)+)", section, regex.M):
        rows = m.group(2).splitlines()[2:]  # after the header and the rule
        out[m.group(1)] = [name for row in rows for name in regex.findall(r"`([^`]+)`", row.split("|")[1])]
    return out


def test_readme_describes_every_column_and_no_other():
    documented = _documented_columns()
    assert set(documented) == set(COLUMNS)
    span = {"doc_id", "start", "end", "text", "sentence"}  # described once for every record table
    for table, cols in COLUMNS.items():
        names = [c for c, _ in cols]
        said = set(documented[table]) | (span if table != "documents" else set())
        assert said - set(names) == set(), f"{table}: the README describes columns that do not exist"
        assert set(names) - said == set(), f"{table}: columns the README does not describe"
        assert len(documented[table]) == len(set(documented[table])), f"{table}: a column described twice"


def test_readme_names_the_seed_outputs():
    # The seed's tables are committed; the README's row counts for them must be what they hold.
    text = README.read_text(encoding="utf-8")
    for table in COLUMNS:
        rows = len((ROOT / "outputs" / f"{table}.csv").read_text(encoding="utf-8-sig").splitlines()) - 1
        assert regex.search(rf"^\| `{table}\.csv` \| [^|]+ \| {rows} \|", text, regex.M), table
