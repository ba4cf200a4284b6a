import regex

import pipeline
from pipeline.document import Alignment, EditMap, rewrite


def test_rewrite_records_edits_and_maps_back():
    text = "a  b ـ c"
    out, step = rewrite(text, regex.compile(r" {2,}|ـ "), lambda m: " " if m.group().startswith(" ") else "")
    assert out == "a b c"
    al = Alignment([step])
    assert al.to_original(0, 5) == (0, len(text))
    # "c" in the output is "c" in the input
    a, b = al.to_original(4, 5)
    assert text[a:b] == "c"
    assert al.to_normalized(a, b) == (4, 5)


def test_insertion_maps_to_empty_original_span():
    al = Alignment([EditMap([(3, 3, 3, 4)])])  # one char inserted at 3
    assert al.to_original(3, 4) == (3, 3)
    assert al.to_original(0, 6) == (0, 5)
    assert al.to_original(4, 6) == (3, 5)


def test_seed_tokens_map_back_to_original(seed_text):
    doc = pipeline.process(seed_text)
    for sent in doc.sentences:
        for tok in sent.tokens:
            a, b = doc.to_original(tok.start, tok.end)
            assert 0 <= a <= b <= len(seed_text)
            assert doc.text[tok.start:tok.end] == tok.text
