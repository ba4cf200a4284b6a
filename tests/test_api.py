"""The Python API as a newcomer meets it: normalize as a str, the hazm-style Normalizer, short
reprs, Document as a dict/JSON, pipe() like spaCy's nlp.pipe, one label vocabulary, TypeErrors."""
from __future__ import annotations

import dataclasses
import json
import pickle

import pytest

import pipeline
from pipeline import Normalized, Normalizer, normalize
from pipeline.document import Entity, NumberMention
from pipeline.entities import tag_tokens
from pipeline.export import object_rows
from pipeline.records import COLUMNS, document_rows, to_frames

Z = "\u200c"


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    return pipeline.process(seed_text, doc_id="d1", meta={"source": "corpus/seed.txt", "url": "https://www.irna.ir/news/1"})


# ----------------------------------------------------------------------------- normalize


def test_normalize_is_a_str_with_the_way_back():
    norm = normalize("سرمایه گذاری در منطقهای")
    assert isinstance(norm, str) and isinstance(norm, Normalized)
    assert norm == f"سرمایه{Z}گذاری در منطقه{Z}ای" == norm.text
    assert type(norm.text) is str  # what Document.text holds: never the subclass
    assert norm.original == "سرمایه گذاری در منطقهای"
    assert norm.split() == [f"سرمایه{Z}گذاری", "در", f"منطقه{Z}ای"] and len(norm) == 24
    assert type(norm[0:6]) is str and type(norm.replace("در", "به")) is str
    start = norm.index("منطقه")
    assert norm.original_text(start, len(norm)) == "منطقهای"
    assert (start, norm.to_original(start, len(norm))) == (16, (16, 23))  # the inserted ZWNJ maps to nothing
    assert norm.to_normalized(0, 12) == (0, 12)
    assert repr(norm) == repr(norm.text)  # shows as the string it is
    again = pickle.loads(pickle.dumps(norm))
    assert (again, again.original, again.to_original(start, len(norm))) == (norm, norm.original, (16, 23))
    assert normalize("منطقهای", skip="zwnj") == "منطقهای"  # one step name, as in Pipeline(skip=...)


def test_normalize_feeds_hazm():
    hazm = pytest.importorskip("hazm")
    norm = normalize("سرمایه گذاری در منطقهای")
    assert hazm.word_tokenize(norm) == [f"سرمایه{Z}گذاری", "در", f"منطقه{Z}ای"]


def test_normalizer_is_hazm_shaped():
    normalizer = Normalizer()
    out = normalizer.normalize("می شود منطقهای")
    assert type(out) is str and out == f"می{Z}شود منطقه{Z}ای"
    assert Normalizer(skip={"zwnj"}).normalize("منطقهای") == "منطقهای"
    assert repr(Normalizer(skip="zwnj")) == "Normalizer(skip=['zwnj'])"
    with pytest.raises(ValueError, match="zwnjj"):
        Normalizer(skip={"zwnjj"})


# ----------------------------------------------------------------------------- reprs


def test_document_repr_is_one_line_of_counts(seed_doc):
    assert repr(seed_doc) == (f"<Document d1 2,889 chars: 14 sentences, {len(seed_doc.entities)} entities, "
                              f"{len(seed_doc.numbers)} numbers, {len(seed_doc.places)} places, "
                              f"{len(seed_doc.lists)} lists, {len(seed_doc.quotes)} quotes, {len(seed_doc.facts)} facts>")
    assert repr(pipeline.process("")) == ("<Document 0 chars: 0 sentences, 0 entities, 0 numbers, 0 places, 0 lists, "
                                          "0 quotes, 0 facts>")


def test_record_repr_leaves_out_defaults():
    m = NumberMention(0, 5, "۲ هزار", "cardinal", value=2000.0)
    assert repr(m) == "NumberMention(start=0, end=5, text='۲ هزار', kind='cardinal', value=2000.0)"
    e = Entity(9, 11, "قم", "LOC", "قم", "gazetteer")
    assert repr(e) == "Entity(start=9, end=11, text='قم', label='LOC', normalized='قم', source='gazetteer')"
    assert eval(repr(e)) == e  # still a constructor call


# ----------------------------------------------------------------------------- dict / json


def test_to_dict_is_the_jsonl_line_and_round_trips(seed_doc, seed_text):
    obj = seed_doc.to_dict()
    assert json.loads(seed_doc.to_json()) == obj
    assert json.loads(json.dumps(obj)) == obj
    assert obj["original"] == seed_text and obj["doc_id"] == "d1" and obj["source"] == "corpus/seed.txt"
    for table in ("entities", "numbers", "places", "quotes", "facts"):
        assert len(obj[table]) == len(getattr(seed_doc, table)) > 0
        assert list(obj[table][0]) == [c for c, _ in COLUMNS[table] if c != "doc_id"]
        for r in obj[table]:
            assert seed_text[r["start"]:r["end"]] == r["text"]  # offsets into the original
    assert [len(lst["items"]) for lst in obj["lists"]] == [len(lst.items) for lst in seed_doc.lists]
    # Reading the object back gives the very rows the tables are written from.
    assert object_rows(obj) == {t: [tuple(None if v == "" else v for v in r) for r in rows]
                                for t, rows in document_rows(seed_doc).items()}
    assert "\\u" not in seed_doc.to_json() and "\\u" in seed_doc.to_json(ensure_ascii=True)


def test_asdict_works(seed_doc):
    d = dataclasses.asdict(seed_doc)
    assert d["entities"][0] == dataclasses.asdict(seed_doc.entities[0])
    assert d["lists"][0]["items"][0]["item"] == seed_doc.lists[0].items[0].item
    assert d["alignment"].to_original(0, 5) == seed_doc.to_original(0, 5)  # deep-copied, still working


# ----------------------------------------------------------------------------- pipe


def test_pipe_in_process_streams_in_order(seed_text):
    texts = ["نزدیک به ۲ هزار واحد", ("بیش از ۵۰ هزار نفر", {"doc_id": "b", "url": "u"}), seed_text]
    docs = list(pipeline.pipe(iter(texts), batch_size=2))
    assert [d.original for d in docs] == ["نزدیک به ۲ هزار واحد", "بیش از ۵۰ هزار نفر", seed_text]
    assert (docs[1].doc_id, docs[1].meta) == ("b", {"doc_id": "b", "url": "u"})
    assert docs[1].numbers[0].value == 50000.0
    assert docs[2].entities == pipeline.process(seed_text).entities
    assert [d.numbers for d in pipeline.pipe(["۵ درصد"], skip={"entities", "quotes", "facts"})][0][0].kind == "percent"


def test_pipe_is_lazy():
    def endless():
        n = 0
        while True:
            n += 1
            yield f"{n} نفر"

    stream = pipeline.pipe(endless())
    assert [next(stream).numbers[0].value for _ in range(3)] == [1.0, 2.0, 3.0]


def test_pipe_in_worker_processes_keeps_order(seed_text):
    texts = [f"{n} هزار نفر در استان قم" for n in range(1, 8)] + [(seed_text, {"doc_id": "seed"})]
    serial = list(pipeline.pipe(texts))
    parallel = list(pipeline.pipe(texts, n_process=2, batch_size=3))
    assert [d.original for d in parallel] == [d.original for d in serial]
    assert [(d.doc_id, d.numbers, d.places, d.entities) for d in parallel] == \
        [(d.doc_id, d.numbers, d.places, d.entities) for d in serial]
    frames = to_frames(parallel)
    assert list(frames["documents"]["doc_id"])[-1] == "seed"


def test_pipe_stopped_early_leaves_no_worker():
    import multiprocessing

    stream = pipeline.pipe((f"{n} نفر" for n in range(1, 100)), n_process=2, batch_size=2)
    assert next(stream).numbers[0].value == 1.0
    stream.close()
    assert multiprocessing.active_children() == []


def test_pipe_checks_its_arguments_first():
    with pytest.raises(TypeError, match="single str"):
        pipeline.pipe("یک متن")
    with pytest.raises(ValueError, match="placess"):
        pipeline.pipe(["x"], skip={"placess"})
    with pytest.raises(ValueError, match="n_process"):
        pipeline.pipe(["x"], n_process=0)
    with pytest.raises(TypeError, match="batch_size as int"):
        pipeline.pipe(["x"], batch_size="8")
    with pytest.raises(TypeError, match=r"item 1.* got int"):
        list(pipeline.pipe(["x", 5]))
    with pytest.raises(TypeError, match=r"item 0.*got bytes"):
        list(pipeline.pipe([(b"x", {})]))


# ----------------------------------------------------------------------------- labels


def test_tag_tokens_speaks_the_table_vocabulary():
    tokens = "بانک مرکزی نرخ دلار را ۴۲ هزار تومان در ۲۱ مرداد و ۵ درصد اعلام کرد".split()
    table, nsurl = tag_tokens(tokens), tag_tokens(tokens, labels="nsurl")
    assert len(table) == len(nsurl) == len(tokens)
    types = {t[2:] for t in table if t != "O"}
    assert types <= {"PER", "ORG", "LOC", "DATE", "TIME", "MONEY", "PERCENT"}  # entities.csv's labels
    assert {"MONEY", "ORG"} <= types
    assert {t[2:] for t in nsurl if t != "O"} <= {"PER", "ORG", "LOC", "DAT", "TIM", "MON", "PCT"}
    assert [t.replace("MON", "MONEY").replace("DAT", "DATE").replace("PCT", "PERCENT") for t in nsurl] == table
    with pytest.raises(ValueError, match="labels"):
        tag_tokens(tokens, labels="conll")


def test_every_tag_type_is_a_table_label(seed_doc):
    from pipeline.entities import LABELS

    table_labels = set(pipeline.document.EntityLabel.__args__)
    assert set(LABELS.values()) <= table_labels  # every type tag_tokens can give is an entities.csv label
    assert {e.label for e in seed_doc.entities} <= table_labels


# ----------------------------------------------------------------------------- type errors


@pytest.mark.parametrize("call, message", [
    (lambda: tag_tokens("a string"), r"tag_tokens\(\) expects a list of tokens \(str\), got a single str"),
    (lambda: tag_tokens(["ok", 3]), r"token 1 is int"),
    (lambda: tag_tokens(7), r"got int"),
    (lambda: pipeline.process(123), r"process\(\) expects the text as str, got int"),
    (lambda: pipeline.process(b"abc"), r"got bytes \(decode it first"),
    (lambda: pipeline.process(["a", "b"]), r"got list \(one text per call; pipeline.pipe"),
    (lambda: pipeline.process("x", meta=[("a", 1)]), r"meta as a dict, got list"),
    (lambda: pipeline.process("x", doc_id=5), r"doc_id as str, got int"),
    (lambda: pipeline.Pipeline()(None), r"process\(\) expects the text as str, got NoneType"),
    (lambda: normalize(3.5), r"normalize\(\) expects the text as str, got float"),
    (lambda: Normalizer().normalize(None), r"Normalizer.normalize\(\) expects the text as str"),
    (lambda: to_frames(pipeline.process("x")), r"to_frames\(\) expects an iterable of Documents"),
    (lambda: to_frames(["text"]), r"to_frames\(\) expects Documents; item 0 is str"),
])
def test_public_functions_raise_clear_type_errors(call, message):
    with pytest.raises(TypeError, match=message):
        call()
