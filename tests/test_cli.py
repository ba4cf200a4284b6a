"""The command line: exit codes, messages, options; never a traceback."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import cli, records

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path, seed_text, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    good = tmp_path / "good"
    good.mkdir()
    (good / "seed.txt").write_text(seed_text, encoding="utf-8")
    (good / "more.jsonl").write_text(json.dumps({"title": "خبر", "text": "متن خبر دوم.", "date": "2023-08-12"},
                                                ensure_ascii=False) + "\n", encoding="utf-8")
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "c.jsonl").write_text(json.dumps({"headline": "سرخط", "story": "متن.", "when": "2023-08-13", "link": "https://www.isna.ir/news/5"},
                                               ensure_ascii=False) + "\n", encoding="utf-8")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "nul.txt").write_bytes(b"\x00\x01\x02" * 100)
    return tmp_path


def docs(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "documents.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)


def test_exit_0_when_every_document_is_processed(folder, capsys):
    code = cli.main(["run", "good", "--out", "out", "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 0
    assert err.startswith("persian-news: 2 documents: 2 ok, 0 failed; records: entities ")
    assert err.endswith("; tables in out\n")
    d = docs(folder / "out")
    assert d[["source", "title", "published", "status"]].values.tolist() == [
        ["good/more.jsonl#line=1", "خبر", "2023-08-12", "ok"],
        ["good/seed.txt", "استاندار قم: صنایع کوچک پیشران توسعه متوازن منطقهای است", "", "ok"],
    ]
    assert sorted(p.name for p in (folder / "out").iterdir()) == sorted(f"{t}.csv" for t in records.TABLE_NAMES)


def test_field_options(folder, capsys):
    argv = ["run", "custom", "--out", "c", "-j", "1", "--title-field", "headline", "--text-field", "story", "--date-field", "when"]
    assert cli.main(argv) == 0
    d = docs(folder / "c")
    assert d[["title", "published", "url", "agency", "chars"]].values.tolist() == [["سرخط", "2023-08-13", "https://www.isna.ir/news/5", "ایسنا", "10"]]
    assert cli.main(["run", "custom", "--out", "c2", "-j", "1"]) == 2


def test_exit_2_when_some_documents_failed(folder, capsys):
    assert cli.main(["run", "good", "bad", "--out", "out", "-j", "1", "-q"]) == 2
    assert capsys.readouterr().err == ""  # --quiet
    d = docs(folder / "out")
    assert d[d["status"] == "error"][["source", "error"]].values.tolist() == [
        ["bad/nul.txt", "not a text file: it contains NUL bytes (binary data, or a text encoding this reader does not know)"],
    ]


@pytest.mark.parametrize("argv, message", [
    (["run", "good", "--workers", "two"], "argument --workers/-j: not a whole number: 'two'"),
    (["run", "good", "--format", "xlsx"], "argument --format: invalid choice: 'xlsx'"),
    (["run"], "the following arguments are required: INPUT"),
    (["frobnicate"], "argument COMMAND: invalid choice: 'frobnicate'"),
])
def test_exit_1_for_usage_errors(folder, capsys, argv, message):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 1
    assert message in capsys.readouterr().err


def test_workers_zero_is_reported_by_main(folder, capsys):
    assert cli.main(["run", "good", "--out", "o", "--workers", "0"]) == 1
    assert capsys.readouterr().err == "persian-news: error: --workers must be at least 1\n"


def test_an_unusable_output_folder_is_one_line(folder, capsys):
    (folder / "file").write_text("x")
    assert cli.main(["run", "good", "--out", "file/out", "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("persian-news: error: cannot create the output folder file/out") and err.count("\n") == 1


def test_unreachable_scheduler_is_a_run_error(folder):
    pytest.importorskip("dask.distributed")
    from pipeline.batch import Options, RunError, run

    with pytest.raises(RunError, match="^cannot reach the Dask scheduler tcp://127.0.0.1:9: "):
        run(["good"], Options(out=folder / "out", engine="dask", scheduler="tcp://127.0.0.1:9", connect_timeout=1))


def test_resume_and_plain_encoding_from_the_command_line(folder, capsys):
    assert cli.main(["run", "good", "--out", "out", "-j", "1", "--encoding", "utf-8"]) == 0
    assert not (folder / "out" / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    capsys.readouterr()
    assert cli.main(["run", "good", "bad", "--out", "out", "-j", "1", "--resume", "--encoding", "utf-8"]) == 2
    assert capsys.readouterr().err.startswith("persian-news: 1 document: 0 ok, 1 failed (2 already written, skipped); "
                                              "why they failed: the status=error rows of out/documents.csv; ")
    assert docs(folder / "out")["source"].tolist() == ["good/more.jsonl#line=1", "good/seed.txt", "bad/nul.txt"]


def test_eval_ner_is_wired(folder, capsys, monkeypatch):
    # The CLI owns the `eval ner` flags and hands them to pipeline.entities.evaluate.
    from pipeline import entities

    calls = []
    result = {"overall": {"precision": 50.0, "recall": 50.0, "f1": 50.0, "gold": 2, "predicted": 2}, "types": {}}
    monkeypatch.setattr(entities, "evaluate", lambda files, **kw: calls.append((files, kw)) or result)
    (folder / "a.txt").write_text("x\tO\n", encoding="utf-8")
    (folder / "b.txt").write_text("x\tO\n", encoding="utf-8")
    assert cli.main(["eval", "ner", "a.txt", "b.txt", "--json", "--types", "per,loc", "--no-consistency"]) == 0
    assert calls == [(["a.txt", "b.txt"], {"model": None, "consistency": False, "types": ["PER", "LOC"]})]
    assert '"f1": 50.0' in capsys.readouterr().out
    assert cli.main(["eval", "ner", "a.txt", "missing.txt"]) == 2
    assert "not a file: missing.txt" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:  # bad arguments exit 1, as for `run`
        cli.main(["eval", "ner", "a.txt", "--bogus"])
    assert stop.value.code == 1
    assert len(calls) == 1


def test_python_dash_m_pipeline_runs(folder):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "good", "bad", "--out", "o", "-j", "1"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "3 documents: 2 ok, 1 failed" in proc.stderr
    assert proc.stdout == ""
