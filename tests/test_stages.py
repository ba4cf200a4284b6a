"""The stage contract: STAGES in run order, what each reads and writes, and skip validation."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import pipeline
from pipeline import cli
from pipeline.batch import Options, RunError, run
from pipeline.document import Document
from pipeline.normalize import STEPS
from pipeline.stages import GIVEN, STAGES, Pipeline, Stage, describe

ROOT = Path(__file__).resolve().parents[1]


def test_stages_in_run_order():
    order = ["segment", "numbers", "dates", "places", "byline", "entities", "quotes", "facts"]
    assert [s.name for s in STAGES] == order
    assert Pipeline().names == order
    assert pipeline.STAGES is STAGES


def test_stage_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        STAGES[0].name = "x"  # type: ignore[misc]


def test_every_stage_reads_what_earlier_stages_wrote():
    fields = {f.name for f in dataclasses.fields(Document)}
    filled = set(GIVEN)
    for stage in STAGES:
        assert stage.reads <= filled, stage.name
        assert stage.writes <= fields, stage.name
        filled |= stage.writes


def test_stages_write_what_they_declare(seed_text):
    # Each stage, run alone after the ones it needs, fills its fields and only those.
    before = {f.name for f in dataclasses.fields(Document)}
    doc = pipeline.process(seed_text, doc_id="d", meta={"url": "https://www.irna.ir/news/1"})
    assert doc.sentences and doc.numbers and doc.places and doc.lists and doc.entities
    assert (doc.agency, doc.dateline) == ("ایرنا", "قم")
    for stage in STAGES:
        assert stage.writes <= before
    empty = pipeline.process(seed_text, skip={s.name for s in STAGES})
    assert (empty.sentences, empty.numbers, empty.places, empty.lists, empty.entities) == ([], [], [], [], [])
    assert (empty.agency, empty.dateline) == ("", "")


def test_unknown_names_raise_and_name_the_valid_ones():
    with pytest.raises(ValueError) as err:
        Pipeline(skip={"entities", "quotes", "facts", "placess"})
    message = str(err.value)
    assert "placess" in message
    for stage in STAGES:
        assert stage.name in message
    for step in STEPS:
        assert step in message
    with pytest.raises(ValueError, match="entites"):
        pipeline.process("متن", skip={"entites"})


@pytest.mark.parametrize("skip, needed_by", [
    ({"places"}, "entities"), ({"numbers"}, "dates"), ({"segment"}, "places"), ({"segment", "places"}, "entities"),
    ({"entities"}, "quotes"), ({"byline"}, "quotes"), ({"entities", "quotes"}, "facts"),
])
def test_skipping_a_stage_a_later_one_needs_raises(skip, needed_by):
    with pytest.raises(ValueError, match=f"stage '{needed_by}' reads"):
        Pipeline(skip=skip)


def test_skipping_a_stage_and_those_that_need_it_is_fine():
    assert Pipeline(skip={"places", "entities", "quotes", "facts"}).names == ["segment", "numbers", "dates", "byline"]
    assert Pipeline(skip={"numbers", "dates", "entities", "quotes", "facts"}).names == ["segment", "places", "byline"]
    assert Pipeline(skip={"segment", "places", "entities", "quotes", "facts"}).names == ["numbers", "dates", "byline"]
    assert Pipeline(skip={"zwnj", "byline", "quotes", "facts"}).normalize_skip == {"zwnj"}
    assert Pipeline(skip="facts").names == ["segment", "numbers", "dates", "places", "byline", "entities", "quotes"]


def test_pipeline_call_equals_process(seed_text):
    a = Pipeline(skip={"zwnj"})(seed_text, doc_id="x", meta={"source": "s"})
    b = pipeline.process(seed_text, doc_id="x", meta={"source": "s"}, skip={"zwnj"})
    assert a.text == b.text and a.meta == {"source": "s"} and a.doc_id == "x"
    assert (a.numbers, a.places, a.lists, a.entities, a.agency) == (b.numbers, b.places, b.lists, b.entities, b.agency)


def test_describe_lists_every_stage():
    table = describe().splitlines()
    assert table[:2] == ["| stage | reads | writes |", "|---|---|---|"]
    assert [row.split("|")[1].strip().strip("`") for row in table[2:]] == [s.name for s in STAGES]
    assert describe([Stage("x", lambda d: None, frozenset({"text"}), frozenset({"a", "b"}))]).splitlines()[2] == "| `x` | `text` | `a`, `b` |"


def test_readme_stage_table_is_describe():
    readme = (ROOT / "docs" / "stages.md").read_text(encoding="utf-8")
    assert describe() in readme, "docs/stages.md's stage table is out of date: paste pipeline.describe() into it"


def test_cli_skip_option(tmp_path, seed_text, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    assert cli.main(["run", "seed.txt", "--out", "out", "-j", "1", "-q", "--skip", "entities, quotes,facts, zwnj"]) == 0
    assert (tmp_path / "out" / "entities.csv").read_text(encoding="utf-8-sig").count("\n") == 1  # header only
    assert (tmp_path / "out" / "places.csv").read_text(encoding="utf-8-sig").count("\n") > 1
    assert cli.main(["run", "seed.txt", "--out", "out2", "-j", "1", "-q", "--skip", "places"]) == 1
    assert not (tmp_path / "out2" / "documents.csv").exists()
    help_text = cli.build_parser()._subparsers._group_actions[0].choices["run"].format_help()
    for stage in STAGES:
        assert stage.name in help_text


def test_batch_options_skip_is_checked_before_reading(tmp_path):
    with pytest.raises(RunError, match="placess"):
        run([tmp_path / "does-not-exist"], Options(out=tmp_path / "o", workers=1, skip=("placess",)))
    assert not (tmp_path / "o" / "documents.csv").exists()
