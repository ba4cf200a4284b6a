"""Who said what and what each number measures, on the seed article (the issue's own examples)."""
from __future__ import annotations

import pytest

import pipeline
from pipeline import facts, quotes


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    return pipeline.process(seed_text)


def test_every_statement_of_the_governors_message_is_his(seed_doc):
    found = quotes.find(seed_doc)
    assert len(found) == 8
    assert {q.speaker for q in found} == {"اکبر بهنامجو"}
    assert all(q.speaker_role and q.speaker_role.startswith("استاندار قم") for q in found)
    assert [q.cue for q in found] == [":", "تاکید کرد", "آمدهاست", "حاکیست", "ادامه یافتهاست", "تاکید شدهاست",
                                      "حاکیست", "ادامه یافتهاست"]
    assert all(q.direct for q in found)
    assert found[2].reported_by == "ایرنا"
    assert found[2].speaker_text == "اکبر بهنامجو" and found[3].speaker_text == "پیام"
    for q in found:
        assert seed_doc.original[q.start:q.end] == q.text
        assert seed_doc.original[q.speaker_start:q.speaker_end] == q.speaker_text
    assert found[1].text.startswith("صنایع کوچک پیشران توسعه متوازن")


def test_reporter_voice_is_not_a_quote(seed_doc):
    assert not any(q.text.startswith("۴۱ درصد") or "گفتنی" in q.text for q in quotes.find(seed_doc))


@pytest.mark.parametrize("text,speaker,direct", [
    ("وزیر نیرو گفت که مصرف آب ۱۰ درصد کاهش یافت.", "وزیر نیرو", False),
    ("به گفته وی، قیمت‌ها ثابت می‌ماند.", None, False),
])
def test_indirect_statements(text, speaker, direct):
    found = quotes.find(pipeline.process(text))
    if speaker is None:  # «وی» with no earlier speaker resolves to nobody: no row rather than a guess
        assert found == []
        return
    assert [(q.speaker, q.direct) for q in found] == [(speaker, direct)]


def test_the_seed_facts_name_what_each_number_measures(seed_doc):
    got = [(f.text, f.measure, f.subject, f.list_index) for f in facts.find(seed_doc)]
    assert got == [
        ("۴۱ درصد", "اقتصاد قم", "قم", None),
        ("ششم", "رتبه … اشتغال صنعتی", "قم", None),
        ("۹۸ درصد", "صنایع این استان", "قم", None),
        ("هفت شهرک", "شهرک صنعتی", "قم", 1),
        ("چهار ناحیه", "ناحیه صنعتی", "قم", 2),
        ("۲ شهرک", "شهرک غیردولتی", "قم", None),
        ("۲ هزار واحد", "واحد صنعتی", "قم", None),
        ("۵۰ هزار نفر", "ظرفیت اشتغال", "قم", None),
    ]
    for f in facts.find(seed_doc):
        assert seed_doc.original[f.start:f.end] == f.text
        assert f.subject_id == "ir:province:125"
        if "…" not in f.measure:
            assert seed_doc.original[f.measure_start:f.measure_end] == f.measure


@pytest.mark.parametrize("text,direction", [
    ("قیمت سکه کاهش ۵۰ هزار تومانی داشت.", "down"),
    ("صادرات با افزایش ۲۰ درصدی به ۵ میلیارد دلار رسید.", "up"),
])
def test_a_stated_change_has_a_direction(text, direction):
    got = facts.find(pipeline.process(text))
    assert got and got[0].direction == direction


def test_two_statements_in_one_sentence_have_one_speaker():
    doc = pipeline.process("محمد صفری با بیان اینکه جبهه تا کنون 20 جلسه تشکیل داده است، عنوان داشت: هیأت مدیره "
                           "تشکیل شده است. علی دایی بهبود بازی را عامل پیروزی تیم دانست و گفت: بازیکنان خوب بودند.")
    got = [(q.speaker, q.cue, q.text, q.direct) for q in doc.quotes]
    assert got == [
        ("محمد صفری", "با بیان اینکه", "جبهه تا کنون 20 جلسه تشکیل داده است", False),
        ("محمد صفری", "عنوان داشت", "هیأت مدیره تشکیل شده است.", True),
        ("علی دایی", "دانست", "بهبود بازی را عامل پیروزی تیم", False),
        ("علی دایی", "گفت", "بازیکنان خوب بودند.", True),
    ]


@pytest.mark.parametrize("text,speaker", [
    # a credit line names the outlet, not a speaker; the speaker follows it
    ("به گزارش خبرگزاری فارس از مسجدسلیمان، عبدالله ایزدپناه صبح امروز اظهار کرد: بیمارستان آماده است.", "عبدالله ایزدپناه"),
    # the object of a preposition is not the subject who said it
    ("علی دایی به تمجید از باشگاه پرسپولیس پرداخت و مدعی شد که این تیم قهرمان می‌شود.", "علی دایی"),
    # a source named up front
    ("به نقل از گاردین، پل پوگبا با امضای قراردادی به یوونتوس پیوست.", "گاردین"),
    # news sources after «بر اساس اعلام» say it; after «به گزارش» they only credit the text
    ("بر اساس اعلام منابع خبری کویت، روجیرو قرار است در تمرینات حاضر شود.", "منابع خبری کویت"),
    # the speaker opening the last clause before the cue, not a name earlier in the sentence
    ("پس از انتشار خبر تصمیم علی دایی برای ریاست، نشریات مدعی شدند که فیفا پرو را حذف می‌کند.", "نشریات"),
])
def test_who_said_it(text, speaker):
    assert [q.speaker for q in pipeline.process(text).quotes] == [speaker]


def test_a_pronoun_opening_the_clause_is_the_speaker():
    text = "ساسان انصاری گفت: ما آماده‌ایم. او درمورد این جایزه با مهدی طارمی و گادوین منشا ابراز کرد: هر سه نفر لیاقت داشتند."
    assert [q.speaker for q in pipeline.process(text).quotes] == ["ساسان انصاری", "ساسان انصاری"]


@pytest.mark.parametrize("text", [
    "وجود آندره بلچ آنطور که برایش سنگ تمام گذاشتن نبود و نمی توان گفت که دلیل اصلی برد آنها این بازیکن بود.",
    "در این فصل، آرتتا و سانتی کاسورلا را میتوان سه مرد خط میانی توپچی ها دانست.",
])
def test_the_writer_saying_one_can_say_is_no_quote(text):
    assert pipeline.process(text).quotes == []


def test_said_with_no_that_and_the_subject_of_the_clause_after_that():
    doc = pipeline.process("موردخای وانونو، دانشمند سابق هسته‌ای اسرائیل، گفت تهدید هسته‌ای اسرائیل بزرگتر از ایران است.")
    assert [(q.speaker, q.text) for q in doc.quotes] == [("موردخای وانونو", "تهدید هسته‌ای اسرائیل بزرگتر از ایران است.")]
    doc = pipeline.process("شهرداری تبریز جلساتی برگزار کرده که میرمعصوم سهرابی مدیرعامل این باشگاه گفت: این خبر درست نیست.")
    assert [q.speaker for q in doc.quotes] == ["میرمعصوم سهرابی"]
    doc = pipeline.process("روزنامه مارکا در گزارش خود از عملکرد گرت بیل یاد کرد و گفت او با لهجه اسپانیایی فریاد زد.")
    assert [q.speaker for q in doc.quotes] == ["مارکا"]


def test_a_credit_line_of_news_sources_says_nothing():
    assert pipeline.process("به گزارش منابع خبری، پیرلو از بازیکنان تیم ملی ایتالیا بود.").quotes == []


@pytest.mark.parametrize("text,speaker,cue,quote", [
    # a belief with no «که»: the clause after the verb is what he holds
    ("کوین پرینس بواتنگ، ستاره جدید بارسلونا معتقد است زلاتان ابراهیموویچ یک سر و گردن بالاتر است.",
     "کوین پرینس بواتنگ", "معتقد است", "زلاتان ابراهیموویچ یک سر و گردن بالاتر است."),
    # a demand whose object runs long before «شد»
    ("فرماندار مسجدسلیمان خواستار تعویق زمان افتتاح بیمارستان 162 تختخوابی مسجدسلیمان تا جذب 320 نیروی انسانی در این شهرستان شد.",
     "فرماندار مسجدسلیمان", None, None),
    # the demand said before the verb: what lies between the speaker and «خواستار شد»
    ("علی لاریجانی افزایش بودجه استان را خواستار شد.", "علی لاریجانی", "خواستار شد", "افزایش بودجه استان را"),
    # a report with no «که»; a clause after «با یادآوری اینکه» running to the sentence's end
    ("نشریه کوریره دلو اسپورت خبر داد باشگاه ناپولی مذاکراتش را آغاز کرد.", "کوریره دلو اسپورت", "خبر داد",
     "باشگاه ناپولی مذاکراتش را آغاز کرد."),
    ("علی لاریجانی با یادآوری اینکه توهین به پیامبر اعظم سابقه دارد و دشمنان همیشه بوده‌اند.", "علی لاریجانی",
     "با یادآوری اینکه", "توهین به پیامبر اعظم سابقه دارد و دشمنان همیشه بوده‌اند"),
    # a demand followed by a clause about it
    ("عشرت شایق خواستار اصلاح ساختار ورزش بانوان شد که در توسعه ورزش قدم موثری خواهد بود.", "عشرت شایق",
     "خواستار اصلاح ساختار ورزش بانوان شد", "اصلاح ساختار ورزش بانوان"),
    # a demand of several: the statement is still the demand, not the words between speaker and verb
    ("علی لاریجانی و حسن روحانی خواستار افزایش بودجه ورزش بانوان شدند که این موضوع مهم است.", "علی لاریجانی",
     "خواستار افزایش بودجه ورزش بانوان شدند", "افزایش بودجه ورزش بانوان"),
    ("وزیر بازرگانی افغانستان ابراز خوشبینی کرد، با گشایش این بانک سرمایه گذاران ایرانی سرمایه گذاری خواهند کرد.",
     "وزیر بازرگانی افغانستان", "ابراز خوشبینی کرد", None),
    # sources named as a group, and «به گفته X،» after «و» inside a sentence
    ("نشریات مدعی شدند که فیفا تیم ملی پرو را از جام جهانی حذف خواهد کرد.", "نشریات", "مدعی شدند",
     "فیفا تیم ملی پرو را از جام جهانی حذف خواهد کرد."),
    # members of a team speaking together speak for the team (CONVENTIONS round 37)
    ("در این گفتگوها، اعضای تیم ملی تاکید داشتند که نداشتن تمرکز دلیل شکست بوده است.", "تیم ملی", "تاکید داشتند", None),
    ("ضخامت این نت‌بوک ۲۰ میلی‌متر است و به گفته کارشناسان، باریک‌ترین نت‌بوک جهان محسوب می‌شود.", "کارشناسان",
     "به گفته", "باریک‌ترین نت‌بوک جهان محسوب می‌شود."),
])
def test_more_ways_of_reporting(text, speaker, cue, quote):
    got = pipeline.process(text).quotes
    assert [q.speaker or q.speaker_role for q in got] == [speaker]
    if cue:
        assert got[0].cue == cue
    if quote:
        assert got[0].text == quote


def test_quoted_words_after_any_verb_and_a_colon():
    got = pipeline.process('رونالدو در پیامی به هم‌تیمی‌هایش نوشت و تاکید زد: "بازی کنید و پیروز شوید!"').quotes
    assert [(q.speaker, q.cue, q.direct) for q in got] == [("رونالدو", ":", True)]
    assert got[0].text.startswith('"بازی کنید')


def test_an_interview_set_out_in_paragraphs_is_the_interviewees():
    text = ("قهرمان سابق کشتی جهان گفت: کسی که انتخابات را برگزار می‌کند باید بی طرف باشد.\n\n"
            "به گزارش \"ورزش سه\"، علیرضا حیدری که شب گذشته در مراسم حاضر شده بود، صحبت هایی را انجام داد.\n"
            "سمبل کمک ورزشکاران تختی بود\n"
            "این مراسم برای کمک به سیل زدگان است و من هم آمدم.\n"
            "از تماشای فیلم لذت بردم\n"
            "من فیلم را دیدم. به نظرم فیلم خوبی بود.\n"
            "به گزارش ورزش سه، مراسم تا پاسی از شب ادامه داشت.")
    doc = pipeline.process(text)
    assert [(q.speaker, q.text) for q in doc.quotes] == [
        ("علیرضا حیدری", "کسی که انتخابات را برگزار می‌کند باید بی طرف باشد."),
        ("علیرضا حیدری", "این مراسم برای کمک به سیل زدگان است و من هم آمدم."),
        ("علیرضا حیدری", "من فیلم را دیدم. به نظرم فیلم خوبی بود.")]


def test_a_colon_at_the_end_of_a_paragraph_quotes_the_next():
    text = ("سرمربی فولاد در کنفرانس خبری گفت:\nبازی خوبی بود و ما برای این بازی برنامه داشتیم.\n"
            "در نیمه دوم خسته شدیم و باید بهتر کار کنیم.\nتیم فولاد در رده پنجم است.")
    assert [q.text for q in pipeline.process(text).quotes] == [
        "بازی خوبی بود و ما برای این بازی برنامه داشتیم.", "در نیمه دوم خسته شدیم و باید بهتر کار کنیم."]


@pytest.mark.parametrize("text,speaker", [
    # the owner of a campaign office is not the one who speaks for it
    ("علی اسدی گفت: ما آماده‌ایم. مسئول ستاد کروبی در مازندران افزود: حامیان او مختارند.", ["علی اسدی", "علی اسدی"]),
    # a credit «به نقل از» opens the sentence; the pronoun after it speaks
    ("مهدی تاج گفت: فردا می‌روم. به نقل از فارس، وی در پاسخ به این سوال که کفاشیان چه گفته بود گفت: جلسه دو روزه است.",
     ["مهدی تاج", "مهدی تاج"]),
])
def test_whose_words_after_a_role_or_a_credit(text, speaker):
    assert [q.speaker for q in pipeline.process(text).quotes] == speaker


@pytest.mark.parametrize("text,speaker", [
    # an outlet credited up front, then the clause's own subject and reporting verb
    ("به نوشته وبگاه عربی ۲۱، «طلعت فهمی» سخنگوی اخوان‌المسلمین مصر در بیانیه‌ای حمایت این جنبش را تأیید کرد.",
     ["طلعت فهمی"]),
    # an official's title, then a name new to the article that goes on speaking: the title is his
    ("ناصر پورمعلم اظهار داشت: پژوهش مهم است. مديركل راه و ترابري استان مركزي نيز بيان داشت: طرح‌ها زياد است. "
     "حسن احمدي‌نوري افزود: کار ادامه دارد.", ["ناصر پورمعلم", "حسن احمدی‌نوری", "حسن احمدی‌نوری"]),
    # a first name that is also an occasion («نوروز») before a surname
    ("به گزارش خبرگزاری فارس، نوروز محمداف رئیس اداره امور پستی اعلام کرد: این همکاری موفق نبود.", ["نوروز محمداف"]),
])
def test_credits_titles_and_names(text, speaker):
    assert [q.speaker for q in pipeline.process(text).quotes] == speaker


def test_a_list_of_scorers_after_their_clubs_is_no_statement():
    doc = pipeline.process("گلزنان هفته\nفجرسپاسی شیراز: فرزان دانا - محمد کاظمی - حمید نعمتی\n"
                           "برانکو: قهرمانی حق ما بود")
    assert [(q.speaker, q.text) for q in doc.quotes] == [("برانکو", "قهرمانی حق ما بود")]
