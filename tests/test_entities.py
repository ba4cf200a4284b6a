"""Entities stage: the CRF tagger, conlleval scoring, rules, and merging with numbers and places."""
from __future__ import annotations

import pytest

from pipeline import NumberMention, PlaceMention, process
from pipeline import cli
from pipeline.entities import chunks, evaluate, extract, make_consistent, read_conll, score, tag_tokens
from pipeline.entities.features import lexicon_key, normalize_token

# The shipped model scores 72.09 overall, PER 80.48 on the ARMAN held-out part (README).
ARMAN_F1_FLOOR = 71.0
ARMAN_PER_FLOOR = 79.0
INDUSTRIAL_LIST = "شکوهیه، الغدیر، شهاب (چاپ و نشر)، سلفچگان، محمودآباد، چوب و مبلمان ثامن، فناوری اطلاعات و ارتباطات (I.C.T) و چهار ناحیه صنعتی خورآباد، دستجرد، سیرو و طغرود"


def _found(doc, label, text):
    return [e for e in doc.entities if e.label == label and e.text == text]


def test_seed_article(seed_text):
    doc = process(seed_text)
    for e in doc.entities:
        assert doc.original[e.start:e.end] == e.text
    per = _found(doc, "PER", "اکبر بهنامجو")
    assert per and all(e.role == "استاندار قم" for e in per)
    assert _found(doc, "ORG", "ایرنا")
    assert _found(doc, "ORG", "استانداری قم")
    assert len(_found(doc, "EVENT", "روز ملی حمایت از صنایع کوچک")) == 2
    a = seed_text.index(INDUSTRIAL_LIST)
    b = a + len(INDUSTRIAL_LIST)
    inside = [e for e in doc.entities if e.start < b and a < e.end]
    assert inside and {e.label for e in inside} <= {"FAC", "LOC"}
    # The dateline's «قم» is a place, never a person or organisation.
    assert not [e for e in doc.entities if e.text == "قم" and e.label not in ("LOC", "FAC")]


def test_tag_tokens_exact():
    # Two sentences of the seed article, as the tokenizer cuts them.
    assert tag_tokens("به گزارش روز دوشنبه ایرنا از استانداری قم در پیام اکبر بهنامجو آمدهاست :".split()) == [
        "O", "O", "B-DATE", "I-DATE", "B-ORG", "O", "B-ORG", "I-ORG", "O", "O", "B-PER", "I-PER", "O", "O"]
    assert tag_tokens("ایرنا / قم - ایرنا - استاندار قم در پیامی به مناسبت روز ملی".split())[:8] == [
        "B-ORG", "O", "B-LOC", "O", "B-ORG", "O", "O", "B-LOC"]
    # NSURL's convention: «امور خارجه ایران» after «وزیر» is an organisation. The tagger trained on
    # dev1-dev21 runs it over «امروز»; the stage's trim takes a relative day off a name's end.
    assert tag_tokens("محمدجواد ظریف وزیر امور خارجه ایران امروز به مسکو سفر کرد .".split()) == [
        "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O"]
    assert [(e.text, e.label) for e in process("محمدجواد ظریف وزیر امور خارجه ایران امروز به مسکو سفر کرد.",
                                               skip={"quotes", "facts"}).entities if e.label == "ORG"] == [
        ("امور خارجه ایران", "ORG")]
    assert tag_tokens("بانک مرکزی جمهوری اسلامی ایران نرخ دلار را ۴۲ هزار تومان اعلام کرد".split()) == [
        "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-MONEY", "I-MONEY", "I-MONEY", "O", "O"]
    # 300K convention: a space inside a token is a ZWNJ; Arabic ي/ك are normalized.
    assert tag_tokens(["وزارت", "نیرو", "اعلام", "کرد"]) == tag_tokens(["وزارت", "نيرو", "اعلام", "كرد"])
    assert tag_tokens([]) == []


def test_token_normalization():
    assert normalize_token("مي آورد") == "می\u200cآورد"
    assert lexicon_key("می\u200cآورد") == "میآورد"
    assert lexicon_key("۱۴۰۲") == "0000"


def test_chunks_follow_conlleval():
    assert chunks(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"), (3, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG")]


def test_score_exact():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "O", "O"]]
    s = score(gold, pred)
    assert s["overall"]["correct"] == 1 and s["overall"]["predicted"] == 3 and s["overall"]["gold"] == 3
    assert s["overall"]["precision"] == 33.33 and s["overall"]["recall"] == 33.33 and s["overall"]["f1"] == 33.33
    assert s["types"]["PER"]["f1"] == 100.0 and s["types"]["LOC"]["recall"] == 0.0


def test_evaluate_conll_file(tmp_path, capsys):
    # Gold differs from what the tagger says (see test_tag_tokens_exact) twice: the model's ORG is
    # «امور خارجه ایران», gold's only «ایران»; gold has a DAT «امروز» the model misses.
    path = tmp_path / "gold.txt"
    rows = [
        ("محمدجواد", "B-PER"), ("ظریف", "I-PER"), ("وزیر", "O"), ("امور", "O"), ("خارجه", "O"),
        ("ایران", "B-ORG"), ("امروز", "B-DAT"), ("به", "O"), ("مسکو", "B-LOC"), ("سفر", "O"), ("کرد", "O"), (".", "O"),
    ]
    path.write_text("\n".join(f"{t}\t{g}" for t, g in rows) + "\n\n", encoding="utf-8")
    result = evaluate([str(path)])
    assert result["overall"]["correct"] == 2
    assert result["overall"]["predicted"] == 3
    assert result["overall"]["gold"] == 4
    assert result["overall"]["precision"] == 66.67 and result["overall"]["recall"] == 50.0
    assert result["overall"]["f1"] == 57.14
    assert result["types"]["PER"]["f1"] == 100.0
    assert cli.main(["eval", "ner", str(path), "--json"]) == 0
    assert '"f1": 57.14' in capsys.readouterr().out
    # Space-separated files with other type names (ARMAN's «pers») read the same.
    spaced = tmp_path / "spaced.txt"
    spaced.write_text("\n".join(f"{t} {g.replace('PER', 'pers')}" for t, g in rows) + "\n", encoding="utf-8")
    assert evaluate([str(spaced)])["overall"]["f1"] == 57.14


def test_read_conll_nsurl_quirks(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes("می آورد\tO\r\nتهران\tB-LOC\r\nاست؟\r\nO\r\nرجب\tB-PER\r\n\r\n".encode("utf-8"))
    assert read_conll(path) == [[("می آورد", "O"), ("تهران", "B-LOC"), ("است؟", "O")], [("رجب", "B-PER")]]


def test_document_consistency_tags_surname():
    keys = [["اکبر", "بهنامجو", "گفت"], ["بهنامجو", "افزود"]]
    tags = [["B-PER", "I-PER", "O"], ["O", "O"]]
    assert make_consistent(keys, tags) == [["B-PER", "I-PER", "O"], ["B-PER", "O"]]


def test_merge_with_places_and_numbers():
    text = "به گزارش ایرنا، اکبر بهنامجو استاندار قم روز دوشنبه ۲۱ مرداد در شهرک صنعتی شکوهیه گفت ۴۱ درصد اقتصاد استان فارس صنعتی است."
    doc = process(text, skip={"entities", "quotes", "facts", "numbers", "dates", "places"})

    def at(s):
        i = text.index(s)
        return i, i + len(s)

    doc.places = [
        PlaceMention(*at("قم"), "قم", "قم", "province"),
        PlaceMention(*at("شهرک صنعتی شکوهیه"), "شهرک صنعتی شکوهیه", "شکوهیه", "industrial_town", "قم"),
        PlaceMention(*at("فارس"), "فارس", "فارس", "province"),
    ]
    doc.numbers = [
        NumberMention(*at("روز دوشنبه ۲۱ مرداد"), "روز دوشنبه ۲۱ مرداد", "date", jalali="--05-21"),
        NumberMention(*at("۴۱ درصد"), "۴۱ درصد", "percent", value=41.0, unit="درصد"),
    ]
    got = {(e.text, e.label, e.source, e.normalized) for e in extract(doc)}
    assert ("قم", "LOC", "gazetteer", "قم") in got
    assert ("فارس", "LOC", "gazetteer", "فارس") in got
    assert ("شهرک صنعتی شکوهیه", "FAC", "gazetteer", "شکوهیه") in got
    assert ("روز دوشنبه ۲۱ مرداد", "DATE", "rule", "--05-21") in got
    assert ("۴۱ درصد", "PERCENT", "rule", "41%") in got
    assert ("ایرنا", "ORG", "rule", "ایرنا") in got
    people = [e for e in extract(doc) if e.label == "PER"]
    assert [(p.text, p.role) for p in people] == [("اکبر بهنامجو", "استاندار قم")]
    # One answer per span, and nothing else inside the facility, the date or the percentage.
    spans = [(e.start, e.end) for e in extract(doc)]
    assert len(spans) == len(set(spans))
    for inner in ("شکوهیه", "۲۱ مرداد", "دوشنبه", "۴۱"):
        s, e = at(inner)
        assert not [x for x in extract(doc) if x.label not in ("FAC", "DATE", "PERCENT") and x.start < e and s < x.end]


def test_offsets_map_back_through_normalization():
    text = "به گزارش ايرنا، عليرضا  زاكاني شهردار تهران در نمايشگاه بين‌المللي كتاب تهران گفت."
    doc = process(text)
    assert doc.entities
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
    assert [(e.text, e.role) for e in doc.entities if e.label == "PER"] == [("عليرضا  زاكاني", "شهردار تهران")]


def test_heldout_floor(shared_data):
    # ARMAN fold 1: the model trains on its first 80% (scripts/train_ner.py), the last 20% is held
    # out and scored with the labels mapped to NSURL's (PER/LOC/ORG; its guidelines differ from
    # NSURL's, so the floor is lower than the NSURL held-out score).
    from conftest import load_script

    train_ner = load_script("scripts/train_ner.py")
    from pipeline.entities import MODEL_PATH

    result = train_ner.score_arman(MODEL_PATH)
    assert result["overall"]["gold"] > 1000
    assert result["overall"]["f1"] >= ARMAN_F1_FLOOR
    assert result["types"]["PER"]["f1"] >= ARMAN_PER_FLOOR


def test_training_reads_only_dev_draws_of_the_real_news_gold():
    from conftest import load_script

    train_ner = load_script("scripts/train_ner.py")
    assert train_ner._split_names("dev1..dev3,dev7") == ["dev1", "dev2", "dev3", "dev7"]
    assert train_ner._split_names("dev") == ["dev"]
    with pytest.raises(SystemExit):  # the unseen articles stay unseen
        train_ner.main(["--realnews", "2", "--realnews-split", "dev1,holdout3", "--extra", "none"])


def test_events_and_roles_stop_at_verbs():
    doc = process("به مناسبت هفته دفاع مقدس و هفته کار و کارگر، همایش عفاف و حجاب بسیج بانوان اشاره کرد.")
    assert [e.text for e in doc.entities if e.label == "EVENT"] == ["هفته دفاع مقدس", "هفته کار و کارگر", "همایش عفاف و حجاب بسیج بانوان"]
    doc = process("باراک اوباما رئیس جمهور آمریکا همان سیاست‌ها را ادامه داد. اوباما دیروز گفت: جشنواره ملی فیلم فجر منصوب شدند.")
    assert [(e.text, e.role) for e in doc.entities if e.label == "PER"] == [
        ("باراک اوباما", "رئیس جمهور آمریکا"), ("اوباما", "رئیس جمهور آمریکا")]
    assert [e.text for e in doc.entities if e.label == "EVENT"] == ["جشنواره ملی فیلم فجر"]


def test_shipped_attribute_list_belongs_to_the_model():
    from pipeline.entities import MODEL_PATH, model_digest

    head = MODEL_PATH.with_suffix(".attrs").read_text(encoding="utf-8").split("\n", 1)[0]
    assert head == f"# sha1 {model_digest(MODEL_PATH)}"


def test_document_decoder_matches_crfsuite(seed_text, shared_data):
    # The stage decodes whole documents in numpy (pipeline/entities/decode.py); crfsuite's own tagger
    # (``Tagger.tag``) is the reference: same tags for every sentence, raw and normalized tokens.
    from pipeline.entities import default_tagger
    from pipeline.normalize import normalize
    from pipeline.segment import sentences as split

    tagger = default_tagger()
    assert tagger.decoder is not None
    text = normalize(seed_text).text
    docs = [([[t.text for t in s.tokens] for s in split(text)], True)]
    for path in sorted((shared_data / "ner" / "nsurl2019-train" / "300K").glob("*.txt"))[:15]:
        docs.append(([[t for t, _ in s] for s in read_conll(path)], False))
    checked = 0
    for sents, normalized in docs:
        sents = sents + [[]]  # an empty sentence gets no tags and disturbs nothing
        ours = tagger.tag_sentences(sents, normalized)
        assert ours == [tagger.tag(s, normalized) for s in sents]
        checked += sum(map(len, sents))
    assert checked > 5000
    assert tagger.keys(["منطقهای", "۱۴۰۲"], True) == ["منطقهای", "0000"]


def test_shape_classes():
    from pipeline.entities.features import _shape

    # Digits, Persian letters, Latin case, ZWNJ and other characters; runs collapse; at most 6.
    assert _shape("۱۲۳abcDEF") == "0aA"
    assert _shape("منطقه\u200cای") == "fzf"
    assert _shape("I.C.T") == "A.A.A"
    assert _shape("((x²²))") == "(a0)"
    assert _shape("ab-cd-ef-gh") == "a-a-a-"
    assert _shape("") == ""


# ---------------------------------------------------------------- typed vocabularies

@pytest.mark.parametrize("text, place_type", [
    ("شهرک صنعتی شکوهیه", "industrial_town"),
    ("ناحیه صنعتی دستجرد", "industrial_area"),
    ("منطقه آزاد کیش", "special_zone"),
])
def test_every_fac_type_is_produced_and_labelled_fac(text, place_type):
    from pipeline.document import FAC_TYPES

    assert place_type in FAC_TYPES
    doc = process(text)
    assert [(p.text, p.place_type) for p in doc.places] == [(text, place_type)]
    assert [(e.text, e.label, e.source) for e in doc.entities] == [(text, "FAC", "gazetteer")]


def test_fac_types_are_place_types_the_stages_produce():
    import typing

    from pipeline.document import FAC_TYPES, PlaceType

    assert FAC_TYPES <= set(typing.get_args(PlaceType))
    assert FAC_TYPES == {"industrial_town", "industrial_area", "special_zone"}  # each tested above


@pytest.mark.parametrize("text", ["در بندر انزلی", "در بندر امام خمینی", "در بندرامام خمینی"])
def test_a_port_town_is_a_city_and_a_location(text):
    doc = process(text)
    assert [(p.text, p.place_type, p.province) for p in doc.places] == [(text[3:], "city", doc.places[0].province)]
    assert doc.places[0].province in ("گیلان", "خوزستان")
    assert [(e.text, e.label) for e in doc.entities] == [(text[3:], "LOC")]


def test_industrial_lists_carry_their_item_type_and_guard_entities(seed_text):
    from pipeline.entities.merge import _industrial_list

    doc = process(seed_text)
    kinds = [(lst.category, lst.item_type) for lst in doc.lists if lst.category in ("شهرک صنعتی", "ناحیه صنعتی")]
    assert kinds == [("شهرک صنعتی", "industrial_town"), ("ناحیه صنعتی", "industrial_area")]
    # the check that used to compare the Persian label with English type names now fires
    assert [_industrial_list(lst) for lst in doc.lists if lst.category in ("شهرک صنعتی", "ناحیه صنعتی")] == [True, True]


def test_marginals_match_crfsuite(shared_data):
    # The decoder's forward-backward gives crfsuite's own marginals (Tagger.marginal).
    from pipeline.entities import default_tagger

    tagger = default_tagger()
    sents = [[t for t, _ in s] for p in sorted((shared_data / "ner" / "nsurl2019-train" / "300K").glob("*.txt"))[:3]
             for s in read_conll(p)]
    tags, marginals = tagger.tag_sentences_scored(sents + [[]])
    assert tags[-1] == [] and marginals[-1] == []
    for s, ts, ms in zip(sents, tags, marginals):
        tagger._tagger.set(tagger.features.sentence(s))
        for i, (t, m) in enumerate(zip(ts, ms)):
            assert abs(tagger._tagger.marginal(t, i) - m) < 1e-9


def test_consistency_spreads_only_confident_uncommon_names():
    keys = [["اکبر", "بهنامجو", "گفت"], ["بهنامجو", "افزود"]]
    tags = [["B-PER", "I-PER", "O"], ["O", "O"]]
    assert make_consistent(keys, tags, marginals=[[0.95, 0.97, 1.0], [1.0, 1.0]]) == [tags[0], ["B-PER", "O"]]
    # The model was never sure of the name: nothing is spread.
    assert make_consistent(keys, tags, marginals=[[0.6, 0.97, 1.0], [1.0, 1.0]]) == tags
    # A common word is never spread on its own.
    keys = [["فیلم", "کمدی", "گفت"], ["کمدی", "افزود"]]
    assert make_consistent(keys, tags, marginals=[[0.95, 0.97, 1.0], [1.0, 1.0]], common={"کمدی"}) == tags


def test_occasions_competitions_and_times():
    doc = process("به مناسبت دهه فجر انقلاب اسلامی و عید نوروز، بازی لیگ برتر انگلیس و بوندس لیگا ساعت ۱۶:۳۰ "
                  "امروز در جام جهانی ۲۰۱۴ پس از انقلاب اسلامی برگزار شد.")
    events = [e.text for e in doc.entities if e.label == "EVENT"]
    assert events == ["دهه فجر انقلاب اسلامی", "عید نوروز", "لیگ برتر انگلیس", "بوندس لیگا", "جام جهانی ۲۰۱۴", "انقلاب اسلامی"]
    # the clock time is the numbers stage's time mention, and takes in its day (NSURL-2019 spans them as one TIME)
    assert [e.text for e in doc.entities if e.label == "TIME"] == ["ساعت ۱۶:۳۰ امروز"]
    # Nothing inside an event: «انگلیس» is part of the league's name.
    assert not [e for e in doc.entities if e.text == "انگلیس"]
    # «انقلاب اسلامی» inside an organisation's name is not the event.
    doc = process("فرمانده سپاه پاسداران انقلاب اسلامی گفت.")
    assert not [e for e in doc.entities if e.label == "EVENT"]


def test_honorifics_outside_the_name_and_one_entity_many_mentions():
    doc = process("امام خمینی (ره) در سال ۱۳۴۲ سخنرانی کرد. محمدباقر نوبخت سخنگوی دولت گفت: نوبخت افزود که "
                  "بودجه امسال تصویب شد. نوبخت همچنین گفت.")
    imam = [e for e in doc.entities if e.label == "PER" and "خمینی" in e.text]
    assert [(e.text, e.honorific, e.name) for e in imam] == [("امام خمینی", "(ره)", "امام خمینی")]
    nob = [e for e in doc.entities if e.label == "PER" and "نوبخت" in e.text]
    assert len(nob) == 3 and len({e.entity_id for e in nob}) == 1
    assert {e.name for e in nob} == {"محمدباقر نوبخت"}
    assert imam[0].entity_id != nob[0].entity_id
    for e in doc.entities:
        assert e.confidence is not None and 0 < e.confidence <= 1


def test_place_cue_and_club_names():
    doc = process("مردم استان ایلام و قاره آفریقا")
    assert [(e.text, e.label) for e in doc.entities if e.label == "LOC"] == [("ایلام", "LOC"), ("آفریقا", "LOC")]
    doc = process("در هفته بیستم لیگ، میلان با گل دیرهنگام بازیکن خود مقابل بارسلونا به پیروزی رسید و "
                  "سرمربی تیم از هواداران تشکر کرد.")
    assert {(e.text, e.label) for e in doc.entities if e.text in ("میلان", "بارسلونا")} == {
        ("میلان", "ORG"), ("بارسلونا", "ORG")}


def test_names_in_a_list_of_names():
    doc = process("در این فیلم گرگوری پک، لئو گن، جیمز میسون و ریچارد هریس بازی کردند.")
    assert [(e.text, e.label) for e in doc.entities] == [
        ("گرگوری پک", "PER"), ("لئو گن", "PER"), ("جیمز میسون", "PER"), ("ریچارد هریس", "PER")]


def test_name_particles_and_anaphoric_event_heads():
    doc = process("عبیدالله ابن زیاد فرمان داد. جشنواره مذکور دیروز برگزار شد و جشنواره فیلم فجر آغاز شد.")
    assert [e.text for e in doc.entities if e.label == "PER"] == ["عبیدالله ابن زیاد"]
    assert [e.text for e in doc.entities if e.label == "EVENT"] == ["جشنواره فیلم فجر"]


def test_a_sentence_ending_in_a_championship_word_reads():
    # «قهرمانی» as a sentence's last word once crashed the championship reader (nineteenth holdout)
    assert [(e.text, e.label) for e in process("او گفت هدف ما قهرمانی").entities] == []
    assert [(e.text, e.label) for e in process("او در رقابت‌های قهرمانی کشتی آسیا طلا گرفت").entities] == [
        ("رقابت\u200cهای قهرمانی کشتی آسیا", "EVENT")]


def test_a_place_inside_a_persons_name_is_no_place():
    # the gazetteer knows Bali, Kano and Alborz; the names hold them (judges of the fourth, ninth and
    # thirteenth dev draws: «کولی بالی», «احمد کانو», «البرز حاجی‌پور»)
    doc = process("ضربه کولی بالی به تیر خورد و احمد کانو گل زد. داور بازی البرز حاجی‌پور بود. مردم بالی شاد شدند.")
    assert [(e.text, e.label) for e in doc.entities if e.label in ("PER", "LOC")] == [
        ("کولی بالی", "PER"), ("احمد کانو", "PER"), ("البرز حاجی\u200cپور", "PER"), ("بالی", "LOC")]
    assert [p.text for p in doc.places] == ["بالی"]
    from pipeline import places

    assert [p.text for p in places.extract("ضربه کولی بالی به تیر خورد")] == ["بالی"]  # the stage alone cannot tell


def test_names_after_a_plural_organisation_head():
    doc = process("سهام بانک‌های ملی، سپه، مسکن، کشاورزی و رفاه به دولت واگذار شد.")
    assert [e.text for e in doc.entities if e.label == "ORG"][:5] == ["ملی", "سپه", "مسکن", "کشاورزی", "رفاه"]
    doc = process("دانشجویان دانشگاه‌های فنی و مهندسی و شرکت‌های بزرگ و کوچک")
    assert not [e for e in doc.entities if e.text in ("فنی", "مهندسی", "بزرگ", "کوچک")]


def test_named_facilities():
    doc = process("بیمارستان 22 بهمن و بیمارستان 162 تختخوابی شهر و گلزار شهدای کلگه را بازسازی کردند.")
    assert [e.text for e in doc.entities if e.label == "FAC"] == ["بیمارستان 22 بهمن", "گلزار شهدای کلگه"]
    # Nothing inside a named facility: «22 بهمن» is not a date here.
    assert not [e for e in doc.entities if e.label == "DATE"]


def test_a_part_of_a_day_is_a_date_and_a_clock_time_takes_its_day():
    """NSURL-2019 tags «صبح امروز» TIME (46 of 48 in its training data), but the real-news judges of
    the last three draws read it DATE (CONVENTIONS, «Revisions»); «ساعت ... امروز» is one TIME span."""
    doc = process("مسئولان باشگاه ساعت 11:20 بعدازظهر امروز راهی کرج شدند. جلسه صبح امروز برگزار شد و "
                           "فردا شب ادامه دارد. ساعت 16 امروز رسید. امروز هم بازی است.")
    assert [(e.text, e.label) for e in doc.entities if e.label in ("DATE", "TIME")] == [
        ("ساعت 11:20 بعدازظهر امروز", "TIME"), ("صبح امروز", "DATE"), ("فردا شب", "DATE"),
        ("ساعت 16 امروز", "TIME"), ("امروز", "DATE")]


def test_a_dated_occasion_is_an_event_in_entities_and_a_date_in_numbers():
    doc = process("مراسم تاسوعا و عاشورا برگزار شد. روز اربعین شلوغ بود و در عید فطر نماز خواندند. "
                  "نمایشگاه بین‌المللی کتاب تهران گشایش یافت.")
    assert [(e.text, e.label) for e in doc.entities if e.label in ("EVENT", "DATE")] == [
        ("تاسوعا", "EVENT"), ("عاشورا", "EVENT"), ("اربعین", "EVENT"), ("عید فطر", "EVENT"),
        ("نمایشگاه بین\u200cالمللی کتاب تهران", "EVENT")]
    # «مراسم تاسوعا و عاشورا» are the rites, no day (a judge of the seventh dev draw)
    assert [(n.text, n.kind) for n in doc.numbers] == [("روز اربعین", "date"), ("عید فطر", "date")]


def test_a_person_named_by_apposition_or_before_a_goal_minute():
    doc = process("کافو، اسطوره فوتبال برزیل معتقد است که تیم خوب است. یوآخیم لو، سرمربی تیم ملی آلمان، گفت که "
                  "خسته است. آدام زالای 43 برای ماینس گل زد. بنابر این گزارش، رهبر انقلاب سخن گفت. کافو گفت.")
    people = [(e.text, e.label) for e in doc.entities if e.text in ("کافو", "یوآخیم لو", "آدام زالای", "گزارش")]
    # the apposition names «کافو», and his second mention follows; «گزارش» is a common word, no name
    assert people == [("کافو", "PER"), ("یوآخیم لو", "PER"), ("آدام زالای", "PER"), ("کافو", "PER")]


def test_a_square_is_a_facility_and_a_weekday_before_a_name_is_the_name():
    doc = process("در میدان شهدای اقلید جمع شدند. گل را جمعه درویش زد. روز جمعه علی دایی آمد.")
    assert [(e.text, e.label) for e in doc.entities] == [
        ("میدان شهدای اقلید", "FAC"), ("جمعه درویش", "PER"), ("روز جمعه", "DATE"), ("علی دایی", "PER")]


def test_the_name_that_opens_reported_speech_is_a_person():
    doc = process("خدارضا امیدی امروز در گفت‌وگو با خبرنگار فارس گفت: کار تمام است. امیدی با بیان اینکه همه آماده‌اند، "
                  "افزود: بله. طرف هندی گفت که می‌آید. خبرگزاری فرانسه با اعلام این خبر افزود که توافق شد.")
    assert [e.text for e in doc.entities if e.label == "PER"] == ["خدارضا امیدی", "امیدی"]
    assert [q.speaker for q in doc.quotes][:2] == ["خدارضا امیدی", "خدارضا امیدی"]


@pytest.mark.parametrize("text, facs", [
    ("مراسم در سالن اندیشه برگزار شد.", ["سالن اندیشه"]),
    ("نمایش ساعت ۱۹ در تالار قشقایی اجرا می‌شود.", ["تالار قشقایی"]),  # the verb's noun stays out
    ("به نشانی خیابان شهید کاظمی مراجعه کنند.", ["خیابان شهید کاظمی"]),
    ("این تیم بامداد امروز از سد اورلاندو گذشت.", []),  # got past a rival: no dam
    ("زخمی‌ها به بیمارستان منتقل شده‌اند.", []),
    ("او در بازی با نفت مسجد سلیمان گل زد.", []),  # the town written apart
    ("پل پوگبا به یوونتوس پیوست.", []),  # Paul, not a bridge
    ("زائران در مرقد مطهر امام حضور یافتند.", ["مرقد مطهر امام"]),
    ("داور سنگاپوری به پارک جونگ وو کارت داد.", []),  # a Korean name, no park
])
def test_a_facility_is_its_head_and_its_name(text, facs):
    assert [e.text for e in process(text).entities if e.label == "FAC"] == facs


@pytest.mark.parametrize("text, orgs", [
    ("تیم فوتبال ذوب‌آهن اصفهان امروز برد.", ["ذوب‌آهن اصفهان"]),  # a club: the generic head and sport stay out
    ("تیم جوانان ایران امروز برد.", ["تیم جوانان ایران"]),  # a national team keeps «تیم»
    ("تیم ملی ایران امروز برد.", ["تیم ملی ایران"]),
    ("تیم جوانان امروز به مصاف قطر رفت.", ["تیم جوانان"]),  # a national age team, named without its country
    ("تیم ملی فوتبال امید ایران برد.", ["تیم ملی فوتبال امید ایران"]),
])
def test_a_team_is_named_as_the_judges_name_it(text, orgs):
    assert [e.text for e in process(text).entities if e.label == "ORG"] == orgs


def test_a_competitions_year_is_part_of_its_name():
    assert [(e.text, e.label) for e in process("او در المپیک 2016 مدال گرفت.").entities] == [("المپیک 2016", "EVENT")]
    # and so is the host after the year; the country stays a places row
    doc = process("او در جام جهانی 2014 برزیل حاضر بود.")
    assert [(e.text, e.label) for e in doc.entities] == [("جام جهانی 2014 برزیل", "EVENT")]
    assert [p.text for p in doc.places] == ["برزیل"]


@pytest.mark.parametrize("text, ents", [
    ("باشگاه ناپولی مذاکراتش را آغاز کرد.", [("باشگاه ناپولی", "ORG")]),  # a possessed common noun ends no name
    ("او از بي مهري مسئولان گفت.", []),  # «بی‌مهری» written apart
    ("انتخابات ریاست جمهوری تاجیکستان برگزار شد.", [("انتخابات ریاست جمهوری", "EVENT"), ("تاجیکستان", "LOC")]),
    ("به مناسبت روز معلم و عید ولایت", [("روز معلم", "EVENT"), ("عید ولایت", "EVENT")]),
    ("او در مسابقات جهانی 2015 نقره گرفت.", [("مسابقات جهانی 2015", "EVENT")]),
    ("در تعطیلات عید به سفر رفت.", [("تعطیلات عید", "EVENT")]),
    ("میزبانی نشست سران عرب", [("نشست سران عرب", "EVENT")]),
    ("او گفت: الان اسکوچیچ سرمربی تیم ملی است.", [("اسکوچیچ", "PER"), ("تیم ملی", "ORG")]),  # an adverb opens no name
    # a ministry's or union's name joins its pairs over «و»; two ministries stay two
    ("نام وزارت پست و تلگراف و تلفن تغییر کرد.", [("وزارت پست و تلگراف و تلفن", "ORG")]),
    ("وزارت نفت و وزارت نیرو اعلام کردند.", [("وزارت نفت", "ORG"), ("وزارت نیرو", "ORG")]),
    ("این موضوع در اختیار فدراسیون و وزارت ورزش بوده.", [("وزارت ورزش", "ORG")]),  # a bare head is no name
    ("بانک ملت و بانک صادرات اعلام کردند.", [("بانک ملت", "ORG"), ("بانک صادرات", "ORG")]),
    ("سازمان صدا و سیما اعلام کرد.", [("سازمان صدا و سیما", "ORG")]),
    # a place inside a body's name is no LOC of its own; a national team still names its countries
    ("مدیرکل آموزش و پرورش استان فارس گفت.", [("آموزش و پرورش استان فارس", "ORG")]),
    ("دیدار تیم‌های ملی ایران و کویت لغو شد.", [("ایران", "LOC"), ("کویت", "LOC")]),
    # an edition is part of the event's name; a nationality is no organisation
    ("سیزدهمین نمایشگاه استانی کتاب بوشهر برگزار می‌شود.", [("سیزدهمین نمایشگاه استانی کتاب بوشهر", "EVENT")]),
    ("ستاره هلندی تیم والیبال میلانو راهی ژاپن می‌شود.", [("میلانو", "ORG"), ("ژاپن", "LOC")]),
])
def test_spans_the_judges_corrected_by_class(text, ents):
    assert [(e.text, e.label) for e in process(text).entities] == ents


@pytest.mark.parametrize("text, orgs", [
    ("نشریه بیلد دیروز در گزارشی مدعی شد.", ["بیلد"]),  # the press head stays out of the name
    ("روزنامه انگلیسی دیلی‌میل امروز مدعی شد.", ["دیلی‌میل"]),  # a nationality describes
    ("در روزنامه رسمی کشور منتشر شد.", []),
])
def test_a_newspaper_is_named_after_its_head(text, orgs):
    assert [e.text for e in process(text).entities if e.label == "ORG"] == orgs


def test_a_surname_spreads_from_a_full_name_the_model_doubted_a_little():
    from pipeline.entities.consistency import propagate

    keys = [["خاطرات", "سیدعبدالکریم", "میرصنایی", "منتشر", "شد"], ["میرصنایی", "راضی", "بود"]]
    tags = [["O", "B-PER", "I-PER", "O", "O"], ["O", "O", "O"]]
    sure = [[1.0, 0.83, 0.9, 1.0, 1.0], [1.0, 1.0, 1.0]]
    assert propagate(keys, tags, marginals=sure)[0][1] == ["B-PER", "O", "O"]
    doubted = [[1.0, 0.52, 0.9, 1.0, 1.0], [1.0, 1.0, 1.0]]
    assert propagate(keys, tags, marginals=doubted)[0][1] == ["O", "O", "O"]
    # a country's adjective ending a doubted "name" («معروف مصری») is not spread
    keys = [["معارض", "معروف", "مصری", "گفت"], ["مصری", "آمد"]]
    tags = [["O", "B-PER", "I-PER", "O"], ["O", "O"]]
    assert propagate(keys, tags, marginals=[[1.0, 0.83, 0.85, 1.0], [1.0, 1.0]])[0][1] == ["O", "O"]


@pytest.mark.parametrize("text, ents", [
    # bare «تیم ملی» in a story about Iran's team is that team; not «تیم ملی ... این کشور»
    ("نیکو مربی بدنساز تیم ملی امروز در تمرین بود. او از ایران آمده است.",
     [("نیکو", "PER"), ("تیم ملی", "ORG"), ("امروز", "DATE"), ("ایران", "LOC")]),
    ("سرمربی تیم ملی فوتبال این کشور استعفا داد.", []),
    ("او به اردوی تیم ملی فوتسال زیر 21 سال کشورمان دعوت شد.", [("تیم ملی فوتسال زیر 21 سال کشورمان", "ORG")]),
    # a country's league, a named league with its country, a derby with its city
    ("او به لیگ ژاپن رفت.", [("لیگ ژاپن", "EVENT")]),
    ("او در سری آ ایتالیا بازی کرد.", [("سری آ ایتالیا", "EVENT")]),
    ("سپاهان برای دربی اصفهان آماده است.", [("سپاهان", "ORG"), ("دربی اصفهان", "EVENT")]),
    # a body's written-out name runs to the place that ends it
    ("این کتاب از سوی بنیاد حفظ آثار و نشر ارزش‌های دفاع‌مقدس استان سمنان منتشر شده است.",
     [("بنیاد حفظ آثار و نشر ارزش‌های دفاع‌مقدس استان سمنان", "ORG")]),
    ("این اثر توسط ارکستر سمفونیک تهران اجرا شد.", [("ارکستر سمفونیک تهران", "ORG")]),
    # a name never opens with a preposition: «در بی‌سروسامانی» is no «دربی»
    ("بودجه را در بی سروسامانی ورزش خرج کردند.", []),
])
def test_teams_leagues_and_derbies(text, ents):
    assert [(e.text, e.label) for e in process(text).entities] == ents


def test_a_club_written_with_its_country_is_one_name_and_no_place():
    text = ("مهاجم سوئدی العین امارات به الاهلی قطر می‌رود. او در بازی و گل و لیگ و تیم خوب بود. "
            "الریان قطر برد و در انتخابات ریاست جمهوری دهم هم سخن گفتند. ایران در جام جهانی دوم شد.")
    doc = process(text)
    assert [(e.text, e.label) for e in doc.entities if e.label in ("ORG", "LOC", "EVENT")] == [
        ("العین امارات", "ORG"), ("الاهلی قطر", "ORG"), ("الریان قطر", "ORG"),
        ("انتخابات ریاست جمهوری دهم", "EVENT"), ("ایران", "LOC"), ("جام جهانی", "EVENT")]
    assert [p.text for p in doc.places] == ["ایران"]


def test_spans_and_labels_from_the_sixth_to_eighth_dev_draws():
    def ents(text):
        return [(e.text, e.label) for e in process(text).entities]

    assert ents("تمرین تیم امید به مدت ٧٠ دقیقه برگزار شد.") == [("تیم امید", "ORG")]  # a duration is no TIME
    assert ents("این نشست چهارشنبه ساعت 17 برگزار می‌شود.") == [("چهارشنبه ساعت 17", "TIME")]
    assert ents("سیزدهمین دوره مسابقات لیگ برتر فوتسال باشگاه‌های کشور آغاز شد.") == [
        ("سیزدهمین دوره مسابقات لیگ برتر فوتسال باشگاه\u200cهای کشور", "EVENT")]
    assert ents("او در لیگ ستارگان قطر بازی می‌کند.") == [("لیگ ستارگان قطر", "EVENT")]
    assert ents("کاکا در سن سیرو درخشید و بعد در نوکمپ بازی کرد.")[-2:] == [("سن سیرو", "FAC"), ("نوکمپ", "FAC")]
    assert ents("به گزارش خبرگزاری آسوشیتدپرس، گروه سونینگ مالک باشگاه اینتر پول داد.")[:2] == [
        ("آسوشیتدپرس", "ORG"), ("گروه سونینگ", "ORG")]
    assert ents("اعضای کمیته داوران، مهربان و علوی هستند.")[0] == ("کمیته داوران", "ORG")
    assert ents("در دیدار دو تیم ایران و ژاپن، ایران برد.") == [("ایران", "LOC"), ("ژاپن", "LOC"), ("ایران", "LOC")]
    assert ents("تولیت آستان قدس رضوی گفت") == [("آستان قدس رضوی", "ORG")]
    text = "نفت مسجدسلیمان در لیگ برتر فوتبال مقابل سپاهان بازی کرد. بازیکنان نفت خوب بودند. قیمت نفت بالا رفت."
    assert [e.text for e in process(text).entities if e.label == "ORG"] == ["نفت مسجدسلیمان", "سپاهان", "نفت"]


def test_outlets_championships_and_days_of_the_tenth_dev_draw():
    def ents(text):
        return [(e.text, e.label) for e in process(text).entities]

    # a website's head and description are outside its name, and the name is an ORG in every mention
    assert ents("به گزارش پایگاه اینترنتی نیوزوایر، این شرکت اعلام کرد.") == [("نیوزوایر", "ORG")]
    assert ents("به نوشته پایگاه خبری-تحلیلی «پولیتیکو»، ترامپ گفت. پولیتیکو افزود که") == [
        ("پولیتیکو", "ORG"), ("ترامپ", "PER"), ("پولیتیکو", "ORG")]
    assert ents("روزنامه فرانسوی اکیپ نوشت") == [("اکیپ", "ORG")]
    # a championship with its sport, style and age group; no LOC inside it
    assert ents("او در رقابت‌های کشتی آزاد قهرمانی جوانان آسیا طلا گرفت") == [
        ("رقابت\u200cهای کشتی آزاد قهرمانی جوانان آسیا", "EVENT")]
    # a day of an occasion is one DATE; minutes of play are no DATE; a festival before «تصریح کرد» is none
    assert ents("شهرستان قشم در روز یازدهمین نوروز بیشترین مسافر را داشت") == [
        ("قشم", "LOC"), ("روز یازدهمین نوروز", "DATE")]
    assert [e for e in ents("جرمین دفو 18 و 74 و گرت بیل 71 گل‌های تاتنهام را به ثمر رساندند.") if e[1] == "DATE"] == []
    assert ents("وی برای شرکت در جشنواره تصریح کرد: ثبت‌نام آغاز شد.") == []
    assert ents("پروازهای فرودگاه اراک آغاز شد") == [("فرودگاه اراک", "FAC")]


def test_relative_dates_and_championships_of_the_eleventh_dev_draw():
    def ents(text):
        return [(e.text, e.label) for e in process(text).entities]

    # a relative date is the dates stage's: «امروز» meaning nowadays is no DATE
    assert [e for e in ents("امروز شاهد درخشش ورزشکاران روستایی در مسابقات هستیم.") if e[1] == "DATE"] == []
    assert ("امروز", "DATE") in ents("علی امروز در جلسه گفت که کار سخت است.")
    # a championship's lead noun and sport before its name, a league's sport and «کشور» after it
    assert ents("مسابقات والیبال جام فجر آغاز شد") == [("مسابقات والیبال جام فجر", "EVENT")]
    assert ents("در لیگ دسته اول بدمینتون باشگاه های کشور") == [("لیگ دسته اول بدمینتون باشگاه های کشور", "EVENT")]


def test_games_cups_and_clubs_of_the_twelfth_dev_draw():
    def ents(text):
        return [(e.text, e.label) for e in process(text).entities]

    # games take their host city, a country's cup its country, «یورو» with a year is the tournament
    assert ents("قهرمان المپیک 1996 آتلانتا شد") == [("المپیک 1996 آتلانتا", "EVENT")]
    assert ents("در المپیک آتلانتا") == [("المپیک آتلانتا", "EVENT")]
    assert ents("جدال در جام حذفی انگلیس") == [("جام حذفی انگلیس", "EVENT")]
    assert ents("در یورو 2016 بازی کرد و ۵ میلیون یورو گرفت") == [("یورو 2016", "EVENT"), ("۵ میلیون یورو", "MONEY")]
    assert ents("قهرمانی کشتی اروپا") == [("قهرمانی کشتی اروپا", "EVENT")]
    assert ents("کمیته بین المللی المپیک") == [("کمیته بین المللی المپیک", "ORG")]


def test_styles_channels_and_units_of_the_fourteenth_dev_draw():
    def ents(text):
        return [(e.text, e.label) for e in process(text).entities]

    assert ents("رئیس دفتر شبکه الجزیره گفت") == [("الجزیره", "ORG")]
    assert ents("فرمانده سپاه عاشورا گفت") == [("سپاه عاشورا", "ORG")]
    assert ents("در کوپا آمه‌ریکا بازی کرد") == [("کوپا آمه\u200cریکا", "EVENT")]
    assert "فرنگی" not in [t for t, _ in ents("پس از قهرمانی تیم کشتی فرنگی جراحی پاستور اندیمشک در رقابت‌ها")]


def test_state_and_provincial_bodies_of_the_fifteenth_dev_draw():
    def got(text):
        return [(e.text, e.label) for e in process(text).entities]

    assert got("ماموران حکومت بحرین آمدند") == [("حکومت بحرین", "ORG")]
    assert got("فرمانده مرزبانی استان هرمزگان گفت") == [("مرزبانی استان هرمزگان", "ORG")]
    assert got("در اين جمهوري ها انتخابات محلي و حكومت مركزي برگزار مي شد") == []  # no province in «مرکزی» here


def test_desks_titles_and_the_imam_of_the_sixteenth_dev_draw():
    def got(text):
        return [(e.text, e.label) for e in process(text).entities]

    # an agency's desk with its agency is one ORG
    assert got("به گزارش گروه علمی و دانشگاهی خبرگزاری فارس، دانشمندان گفتند") == [
        ("گروه علمی و دانشگاهی خبرگزاری فارس", "ORG")]
    assert got("به گزارش خبرگزاری فارس، او گفت") == [("خبرگزاری فارس", "ORG")]
    # a book's title holds no person and no place; its author is a person
    assert got("رمان «صيد قزل‌آلا در آمريكا» از براتيگان منتشر شد") == [("براتيگان", "PER")]
    # a bare «امام» followed by no name is Imam Khomeini; «امام جمعه» is an office
    assert ("امام", "PER") in got("محسن رضایی خدمت امام رسیدند")
    assert ("امام", "PER") not in got("امام جمعه تهران گفت")


def test_national_team_and_headline_colons_of_the_seventeenth_dev_draw():
    def got(text):
        return [(e.text, e.label) for e in process(text).entities]

    # bare «تیم ملی» in a story that names no foreign national team is Iran's team, named or not
    assert ("تیم ملی", "ORG") in got("بازیکنان تیم ملی با پیراهن جدید تمرین کردند")
    assert ("تیم ملی", "ORG") not in got("تیم ملی آلمان برد. بازیکنان تیم ملی شاد بودند")
    # a headline's speaker and its subject are two names, not one
    assert got("هیدینک: هازارد باید بماند")[0] == ("هیدینک", "PER")


def test_an_office_of_a_body_written_before_its_name_is_part_of_the_org():
    doc = process("روابط عمومی دانشگاه صنعتی امیرکبیر اعلام کرد. هیات مدیره پرسپولیس جریمه کرد و گل زد.",
                  skip={"quotes", "facts"})
    assert [(e.text, e.label) for e in doc.entities] == [
        ("روابط عمومی دانشگاه صنعتی امیرکبیر", "ORG"), ("هیات مدیره پرسپولیس", "ORG")]


def test_a_city_abroad_named_as_a_team_in_a_match_report_is_that_club_all_through_it():
    doc = process("بهترین بازیکن روستوف در لیگ انتخاب شد. سعید عزت‌اللهی در تیم روستوف بازی می‌کند و گل زد. "
                  "او به روستوف رفت.", skip={"quotes", "facts"})
    assert [(e.text, e.label) for e in doc.entities if "روستوف" in e.text] == [("روستوف", "ORG")] * 3
    assert doc.places == []
    # without «تیم/باشگاه روستوف» the same story's city stays a place
    doc = process("بهترین بازیکن لیگ در روستوف انتخاب شد و گل زد و بازی کرد.", skip={"quotes", "facts"})
    assert [p.name for p in doc.places] == ["روستوف"]


def test_asia_after_a_stage_is_the_champions_league():
    doc = process("پرسپولیس به فینال آسیا رسید و در نیمه نهایی آسیا برد. تیم از قاره آسیا آمد و گل زد.",
                  skip={"quotes", "facts"})
    assert [(e.text, e.label) for e in doc.entities if e.text == "آسیا"] == [("آسیا", "EVENT"), ("آسیا", "EVENT"), ("آسیا", "LOC")]


def test_a_club_written_with_its_country_is_one_org_in_a_sports_story():
    doc = process("تیم چونبوک موتورز کره جنوبی با گل و بازی در لیگ قهرمانان برد. فدراسیون فوتبال ایران گفت.",
                  skip={"quotes", "facts"})
    assert [(e.text, e.label) for e in doc.entities] == [
        ("چونبوک موتورز کره جنوبی", "ORG"), ("لیگ قهرمانان", "EVENT"), ("فدراسیون فوتبال ایران", "ORG")]


def test_an_event_keeps_its_first_edition_and_its_title_in_guillemets():
    doc = process("نخستین جشنواره فرهنگی و هنری «مصاف» در قم برگزار شد. نمایشگاه تلفیقی «او» باز شد.",
                  skip={"quotes", "facts"})
    assert [(e.text, e.label) for e in doc.entities if e.label == "EVENT"] == [
        ("نخستین جشنواره فرهنگی و هنری «مصاف»", "EVENT"), ("نمایشگاه تلفیقی «او»", "EVENT")]


def test_iran_inside_the_leaders_epithet_is_no_place_of_its_own():
    doc = process("رهبر معظم انقلاب اسلامی ایران در نماز گفت. جمهوری اسلامی ایران قوی است.", skip={"quotes", "facts"})
    assert [(e.text, e.label) for e in doc.entities if e.label == "LOC"] == [("جمهوری اسلامی ایران", "LOC")]


def test_mamosta_stays_outside_the_name_and_a_farhangsara_is_a_facility():
    doc = process("ماموستا حسینی در فرهنگسرای بانو سخن گفت.", skip={"quotes", "facts"})
    assert [(e.text, e.label, e.honorific) for e in doc.entities] == [
        ("حسینی", "PER", "ماموستا"), ("فرهنگسرای بانو", "FAC", None)]


def test_the_leaders_epithet_is_one_person_and_its_country_a_place_row():
    doc = process("به گزارش خبرگزاري فارس، رهبر معظم انقلاب اسلامي ايران امروز با مردم ديدار كرد. "
                  "پیام رهبر انقلاب منتشر شد. رهبر عالیقدر جمهوری اسلامی ایران فرمودند.")
    people = [e.text for e in doc.entities if e.label == "PER"]
    assert people == ["رهبر معظم انقلاب اسلامي ايران", "رهبر انقلاب", "رهبر عالیقدر جمهوری اسلامی ایران"]
    assert not [e for e in doc.entities if e.label in ("LOC", "EVENT")]
    # the judges count the epithet's «ایران» in the places table (dev draws)
    assert [p.text for p in doc.places] == ["ايران", "جمهوری اسلامی ایران"]
    # a party's or a team's leader is no epithet
    assert not [e for e in process("رهبر جمهوری‌خواهان مجلس سنا گفت").entities if e.text.startswith("رهبر")]


def test_national_and_religious_occasions_are_events():
    got = lambda text: [(e.text, e.label) for e in process(text).entities]  # noqa: E731
    assert got("نماز عيد سعيد فطر خوانده شد") == [("عيد سعيد فطر", "EVENT")]
    assert got("جشن غدیر برگزار شد") == [("غدیر", "EVENT")]
    assert ("ایام نوروز", "EVENT") in got("در ایام نوروز مسافران آمدند")
    # the camps are the event (CONVENTIONS round 34), the bare name too
    assert got("اردوهای راهیان‌نور برگزار شد") == [("اردوهای راهیان\u200cنور", "EVENT")]
    assert ("هفته دفاع مقدس", "EVENT") in got("به مناسبت هفته دفاع مقدس مراسمی برگزار شد")
