"""One Persian vocabulary: the shipped NER lexicon agrees with the lists in pipeline/persian/, and
the folding functions keep the differences they exist for."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.entities.features import LEXICON_PATH, lexicon_key
from pipeline.persian import agencies, chars, organisations, titles

ROOT = Path(__file__).resolve().parents[1]


def _lexicon_rows() -> dict[str, set[str]]:
    rows = {}
    with open(LEXICON_PATH, encoding="utf-8") as fh:
        for line in fh:
            word, _, cats = line.rstrip("\n").partition("\t")
            rows[word] = set(cats.split(","))
    return rows


def _expected(phrases) -> dict[str, set[str]]:
    """The rows scripts/build_ner_lexicons.py derives from a list (single words; B/I and glued
    forms for multi-word phrases)."""
    out: dict[str, set[str]] = {}
    for phrase in phrases:
        parts = [p for p in (lexicon_key(w) for w in phrase.split()) if p]
        if len(parts) == 1:
            out.setdefault(parts[0], set()).add("")
        elif parts:
            out.setdefault(parts[0], set()).add("B")
            for p in parts[1:]:
                out.setdefault(p, set()).add("I")
            out.setdefault("".join(parts), set()).add("")
    return out


@pytest.mark.parametrize("category, words", [
    ("agency", agencies.LEXICON_AGENCIES),
    ("orgh", organisations.LEXICON_ORG_HEADS),
    ("title", titles.LEXICON_TITLES),
])
def test_shipped_ner_lexicon_agrees_with_the_shared_lists(category, words):
    rows = _lexicon_rows()
    found: dict[str, set[str]] = {}
    for word, cats in rows.items():
        for suffix in ("", "B", "I"):
            if category + suffix in cats:
                found.setdefault(word, set()).add(suffix)
    assert found == _expected(words), (
        f"pipeline/data/ner_lexicon.tsv's {category!r} rows differ from pipeline/persian/: rebuild it with "
        "scripts/build_ner_lexicons.py (and retrain: the model uses the lexicon)")


def test_the_build_script_uses_the_shared_lists():
    source = (ROOT / "scripts" / "build_ner_lexicons.py").read_text(encoding="utf-8")
    for name in ("LEXICON_AGENCIES", "LEXICON_ORG_HEADS", "LEXICON_TITLES"):
        assert f"import {name} as" in source


def test_each_list_is_defined_once():
    # A word list of pipeline/persian is not written out again anywhere else in the package.
    package = ROOT / "pipeline"
    probes = {"باشگاه خبرنگاران جوان": 1, "حجتالاسلاموالمسلمین": 1, "استانداری فرمانداری شهرداری بخشداری دهیاری": 1}
    for probe, expected in probes.items():
        hits = [p for p in package.rglob("*.py") if probe in p.read_text(encoding="utf-8")]
        assert len(hits) == expected and hits[0].parent.name == "persian", (probe, hits)


def test_folds_that_differ_on_purpose():
    # fold_letters folds hamza seats: «رئال» becomes the currency «ریال» (so the places stage drops
    # «ریال» from its organisation heads); word_key keeps them, so «ژوئن» stays June.
    assert chars.fold_letters("رئال") == "ریال"
    assert chars.word_key("ژوئن") == "ژوئن"
    assert chars.lookup_key("خرم‌آباد") == chars.lookup_key("خرم آباد") == chars.lookup_key("خرمآباد")
    assert chars.word_key("سه‌هزار") == chars.word_key("سههزار") == "سههزار"
    assert chars.unit_text("غرفه‌دار") == "غرفه‌دار"
    assert len(chars.fold_letters("كيلويي")) == len("كيلويي")
    assert chars.ascii_digits("۱۴۰۲/٠٥") == "1402/05"
    assert "۱۲3٤".translate(chars.DIGITS_TO_ZERO) == "0000"


def test_one_zwnj_constant():
    for path in (ROOT / "pipeline").rglob("*.py"):
        if path.parent.name != "persian":
            assert 'ZWNJ = "' not in path.read_text(encoding="utf-8"), path
