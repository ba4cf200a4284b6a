"""The places stage: gazetteer lookups, cues and ambiguity, the seed article, offsets."""
from __future__ import annotations

import pytest

import pipeline
from pipeline import places
from pipeline.places import gazetteer


def _spans(text):
    return [(m.text, m.name, m.place_type, m.province) for m in places.extract(text)]


def test_gazetteer_folds_spellings_and_drops_numbered_sub_areas():
    assert gazetteer.lookup("خرمآباد")[0].name == "خرم\u200cآباد"
    assert gazetteer.lookup("خرم آباد")[0].province == "لرستان"
    assert gazetteer.lookup("ايران")[0].place_type == "country"  # Arabic ي
    assert gazetteer.lookup("كرمانشاه")[0].place_type == "province"  # Arabic ك
    assert gazetteer.lookup("کهگیلویه و بویر احمد")[0].name == "کهگیلویه و بویراحمد"
    assert gazetteer.lookup("اراک 1") == ()
    qom = gazetteer.lookup("قم")
    assert [p.place_type for p in qom][:2] == ["province", "county"]
    county = qom[1]
    assert county.wikidata == "Q1264575" and round(county.lat, 1) == 34.7


def test_cue_words_are_part_of_the_mention_and_pick_the_type():
    assert _spans("او در استان قم و شهرستان آمل و شهر اصفهان بود") == [
        ("استان قم", "قم", "province", "قم"),
        ("شهرستان آمل", "آمل", "county", "مازندران"),
        ("شهر اصفهان", "اصفهان", "city", "اصفهان"),
    ]


def test_common_words_and_given_names_need_a_cue():
    assert _spans("در بهار نور امید به کار آمد") == []
    assert _spans("به شهر نور رفتیم") == [("شهر نور", "نور", "city", "مازندران")]
    assert _spans("مهران گفت") == []
    assert [m[0] for m in _spans("زائران در مهران ماندند")] == ["مهران"]


def test_whole_tokens_only_and_no_joined_false_matches():
    assert _spans("تهرانی و بهبهانی و ایرانیان") == []
    assert _spans("به شهر") == []  # «به» + «شهر» is not «بهشهر»
    assert [m[0] for m in _spans("بهشهر")] == ["بهشهر"]


def test_places_inside_organisation_names_are_not_mentions():
    assert _spans("دانشگاه تهران و استانداری قم") == []
    assert _spans("دانشگاه علوم پزشکی تهران") == []
    assert _spans("خبرگزاری جمهوری اسلامی ایران") == []
    assert [m[0] for m in _spans("رئیس دانشگاه گفت در تهران")] == ["تهران"]


def test_raw_and_normalized_text_agree():
    raw = "سفر به خرمآباد و كرمانشاه"
    got = places.extract(raw)
    assert [(m.text, m.name) for m in got] == [("خرمآباد", "خرم\u200cآباد"), ("كرمانشاه", "کرمانشاه")]
    assert all(raw[m.start:m.end] == m.text for m in got)


def test_world_places_and_regions():
    got = _spans("نشست کشورهای خاورمیانه در دریای خزر و نیویورک")
    assert [(t, k) for t, _, k, _ in got] == [("خاورمیانه", "region"), ("دریای خزر", "sea"), ("نیویورک", "city")]


def test_seed_places(seed_text):
    ms = places.extract(seed_text)
    kinds = {}
    for m in ms:
        kinds.setdefault(m.place_type, []).append(m.name)
    assert set(kinds["province"]) == {"قم"}
    assert kinds["country"] == ["ایران"]
    assert kinds["industrial_town"] == ["شکوهیه", "الغدیر", "شهاب", "سلفچگان", "محمودآباد", "چوب و مبلمان ثامن",
                                        "فناوری اطلاعات و ارتباطات"]
    assert kinds["industrial_area"] == ["خورآباد", "دستجرد", "سیرو", "طغرود"]
    for m in ms:
        if m.place_type.startswith("industrial"):
            assert m.province == "قم" and m.country == "ایران"
    assert all(seed_text[m.start:m.end] == m.text for m in ms)


def test_process_rebases_places_to_original_offsets(seed_text):
    doc = pipeline.process(seed_text, skip={"entities", "quotes", "facts"})
    assert doc.places
    assert all(doc.original[p.start:p.end] == p.text for p in doc.places)
    names = [p.name for p in doc.places if p.place_type == "industrial_town"]
    assert names[2] == "شهاب" and len(names) == 7


def _texts(text):
    return [m.text for m in places.extract(text)]


def test_nsurl_span_conventions():
    # the NSURL gold spans «کشور» before a country, and «ایران» alone in «ایران اسلامی»
    assert _texts("او در کشور چین بود") == ["کشور چین"]
    assert _texts("امروز ایران اسلامی قوی است") == ["ایران"]


def test_names_of_organisations_clubs_and_sources_are_not_places():
    assert _texts("سخنگوی کاخ سفید گفت") == []
    assert _texts("هافبک تیم ملی ایران") == ["ایران"]  # the team is an ORG entity; its country is a places row
    assert _texts("مس کرمان و نفت آبادان بازی کردند") == []
    assert _texts("صدای آمریکا گزارش داد") == []
    assert _texts("به گزارش خوزستان ، جلسه") == []
    assert _texts("او به «ایران» گفت") == []  # the newspaper, quoted alone


def test_offices_and_people_of_a_country_keep_it_a_place():
    assert _texts("سفیر ایران در لندن") == ["ایران", "لندن"]
    # a minister's title names the country (the real-news judges' convention; NSURL-2019 often tags
    # «صنعت ایتالیا» an ORG instead)
    assert _texts("وزیر صنعت ایتالیا گفت") == ["ایتالیا"]
    assert _texts("وزیر امور خارجه آمریکا گفت") == ["آمریکا"]
    # an official's title names the ministry's country (CONVENTIONS rounds 16 and 17)
    assert _texts("سخنگوی وزارت خارجه آمریکا گفت") == ["آمریکا"]
    assert _texts("مدیر کل سازمان بهزیستی خراسان جنوبی گفت") == ["خراسان جنوبی"]
    assert _texts("سازمان بهزیستی خراسان جنوبی اعلام کرد") == []  # the body alone: no row
    assert _texts("در گروه B، عمان پذیرای اردن بود") == ["عمان", "اردن"]  # a tournament's group is no ORG
    assert _texts("شیوع تب مالت و تب کریمه کنگو") == []  # diseases named after places
    assert _texts("تیم تهران برد") == ["تهران"]  # a province's team: the gold tags the place
    assert _texts("صادرات نفت ایران") == ["ایران"]  # «نفت X» is a club only for a town
    assert _texts("بسیج تابلو بیداری ملت ایران است") == ["ایران"]


def test_open_cues_need_an_ezafe_and_zone_names_end_at_a_known_place():
    assert _texts("در ارتفاع ۷۸۰۰ متری کوه ناپدید شد") == []
    assert _texts("ایجاد منطقه آزاد تجاری را خواست") == []
    assert _texts("مدیرعامل منطقه آزاد انزلی به‌منظور توسعه") == ["منطقه آزاد انزلی"]
    assert _texts("مدارس روستای کشت تعطیل شد") == ["روستای کشت"]


def test_a_province_list_is_the_cue_for_its_items():
    # «فارس» alone needs a cue (a news agency, a language); inside a list of provinces it is one
    doc = pipeline.process("استان‌های تهران، اصفهان و فارس دچار کم‌آبی شدند.")
    assert [(p.text, p.place_type, p.province) for p in doc.places] == [
        ("تهران", "province", "تهران"), ("اصفهان", "province", "اصفهان"), ("فارس", "province", "فارس")]
    assert [i.item for i in doc.lists[0].items] == ["تهران", "اصفهان", "فارس"]


@pytest.mark.parametrize("text, country", [("تیم ملی ایران برد", "ایران"), ("سرمربی تیم ملی بسکتبال آلمان گفت", "آلمان")])
def test_a_national_team_names_its_country_in_places_not_in_entities(text, country):
    doc = pipeline.process(text)
    assert [(p.text, p.place_type) for p in doc.places] == [(country, "country")]
    assert not [e for e in doc.entities if e.label == "LOC" and e.text == country]


def test_a_place_that_ends_a_facility_name_says_where_it_is():
    # three rounds of real-news judges: a places row («ورزشگاه ... مسقط»); a factory is a company named
    # after its town, and an organisation's place is part of its name
    assert _texts("در ورزشگاه سلطان قابوس مسقط بازی کرد") == ["مسقط"]
    assert _texts("کتابخانه مرکزی مشهد ۲۰ ساله شد") == ["مشهد"]
    assert _texts("کارخانه سیمان ایلام تعطیل شد") == []
    assert _texts("دانشگاه تهران") == []
    # a small town that needs a cue has one in the facility it ends; a common word stays a name
    assert _texts("در ورزشگاه شهید درخشان صباشهر به مصاف هم رفتند") == ["صباشهر"]
    assert _texts("در ورزشگاه فولادشهر به مصاف یکدیگر خواهند رفت") == ["فولادشهر"]
    assert _texts("فولادشهر به مصاف یکدیگر خواهند رفت") == []
    assert _texts("در ورزشگاه آزادی بازی کرد") == []
    assert _texts("در ورزشگاه فولادشهر برگزار شد") == ["فولادشهر"]
    assert _texts("در کتابخانه کوثر آدریان برگزار شد") == []  # the town's name begins the library's


@pytest.mark.parametrize("text, rows", [
    # an MP's constituency names counties
    ("نماینده مردم قائمشهر، جویبار و سوادکوه در مجلس گفت", [("قائمشهر", "county"), ("جویبار", "county"), ("سوادکوه", "county")]),
    # an official's title and department name the place the office serves; the office written out does not
    ("مدیرکل بنادر و دریانوردی خوزستان گفت", [("خوزستان", "province")]),
    ("رئیس پلیس راه استان ایلام گفت", [("استان ایلام", "province")]),
    ("اداره کل بنادر و دریانوردی خوزستان اعلام کرد", []),
    # a group spoken of is no organisation
    ("در این گروه میانمار میزبان بازی‌ها است", [("میانمار", "country")]),
    # a town written short or glued
    ("خبرگزاری فارس از بندرامام گزارش داد", [("بندرامام", "city")]),
    ("مردم بندر امام خمینی آمدند", [("بندر امام خمینی", "city")]),
    # a time zone names its city; the knee's ligament is no Rabat
    ("بازی ساعت ۱۷ به وقت تهران آغاز شد", [("تهران", "city")]),
    ("او دچار پارگی رباط صلیبی شد", []),
    # in a match report a foreign city after «مقابل» is the rival club
    ("در هفته دهم بوندس لیگا، فرایبورگ مقابل دوسلدورف به میدان رفت و با دو گل برد. این تیم در جدول لیگ سوم است.", []),
])
def test_which_place_a_reader_means(text, rows):
    assert [(p.text, p.place_type) for p in pipeline.process(text).places] == rows


@pytest.mark.parametrize("text, rows", [
    # the news spelling of a town the official list writes otherwise
    ("کارخانه در چابهار افتتاح شد.", [("چابهار", "چابهار", "city")]),
    ("در شهرستان چابهار افتتاح شد.", [("شهرستان چابهار", "چابهار", "county")]),
    # a facility stands in the city, even in an article about the province
    ("نشست کتابخوانان استان سمنان در کتابخانه مرکزی سمنان برگزار شد.",
     [("استان سمنان", "سمنان", "province"), ("سمنان", "سمنان", "city")]),
])
def test_spelling_and_granularity(text, rows):
    assert [(p.text, p.name, p.place_type) for p in pipeline.process(text).places] == rows


@pytest.mark.parametrize("text, rows", [
    # parts of a country news names on their own, with their country; a river is not its country
    ("محبوبیت مسی در کاتالونیا زیاد است.", [("کاتالونیا", "کاتالونیا", "region", "اسپانیا")]),
    ("تیم ملی اسکاتلند برد.", [("اسکاتلند", "اسکاتلند", "region", "انگلیس")]),
    ("همچنين رود کنگو از چند کشور می‌گذرد.", [("رود کنگو", "رود کنگو", "other", None)]),
])
def test_regions_of_countries(text, rows):
    assert [(p.text, p.name, p.place_type, p.country) for p in pipeline.process(text).places] == rows


def test_a_village_is_in_the_province_the_article_is_about():
    text = ("به گزارش فارس از همدان، طرح‌ها در شهرستان تویسرکان و شهرستان ملایر استان همدان افتتاح شد. "
            "گلزار شهدای روستای گلیان نیز بازسازی شد.")
    got = [(p.text, p.name, p.place_type, p.province) for p in pipeline.process(text).places]
    assert got[-1] == ("روستای گلیان", "گلیان", "village", "همدان")


def test_titles_towns_and_names_that_are_no_places_from_the_sixth_to_eighth_dev_draws():
    def rows(text):
        return [(m.text, m.name, m.place_type) for m in places.extract(text)]

    # an official's title names the place of its office; the body alone, a club or a prosecutor's office does not
    assert rows("مدیرکل حفظ آثار و نشر ارزش های دفاع مقدس خراسان‌جنوبی گفت") == [
        ("خراسان‌جنوبی", "خراسان جنوبی", "province")]
    assert rows("رئیس اداره ارشاد دیلم گفت") == [("دیلم", "دیلم", "county")]
    assert rows("دادستان عمومی و انقلاب تهران گفت") == [("تهران", "تهران", "county")]
    assert rows("به گزارش دادسرای جنایی تهران") == []
    assert rows("واکنش مدیر بایرن به دلخوری شدید باشگاه فرانکفورت") == []
    assert rows("وابسته مطبوعاتي سفارت ايران در لندن") == [("ايران", "ایران", "country"), ("لندن", "لندن", "city")]
    assert rows("نخست وزير پاكستان اعلام كرد") == [("پاكستان", "پاکستان", "country")]
    # a port town named as its county, a border crossing's town
    assert rows("به گزارش خبرنگار فارس در دیلم") == [("دیلم", "دیلم", "city")]
    assert rows("زائران از مرز مهران عبور کردند") == [("مهران", "مهران", "city")]
    # names of something else: a square, a government, an outlet's quoted name, an operation, a month, a stadium
    assert rows("کودکان در میدان شوش تهران هستند") == [("تهران", "تهران", "city")]
    assert rows("دولت لیبی خواستار تعلیق شد") == []
    assert rows("به گزارش شبکه خبری «ال‌بی‌سی لبنان» او گفت") == []
    assert rows("در عملیات بیت‌المقدس شرکت کرد") == []
    assert rows("اکثر استان‌ها قبل از بهمن سال قبل") == []
    assert rows("کاکا راهی سانتیاگو برنابئو شد") == []


def test_datelines_villages_and_clubs_of_the_tenth_dev_draw():
    def rows(text):
        return [(m.text, m.name, m.place_type) for m in places.extract(text)]

    # a provincial bureau's dateline names the province; Tehran's and a county town's name the city
    assert rows("به گزارش خبرگزاری فارس از قم، استاندار گفت") == [("قم", "قم", "province")]
    assert rows("در گفت‌وگو با خبرنگار فارس در ایلام گفت") == [("ایلام", "ایلام", "province")]
    assert rows("به گزارش خبرگزاری فارس از تهران") == [("تهران", "تهران", "city")]
    assert rows("به گزارش خبرگزاری فارس از ساری") == [("ساری", "ساری", "city")]
    # a village's name of two words; a club named with its town is no place
    assert rows("در روستای تازه آبادکلا") == [("روستای تازه آبادکلا", "تازه آبادکلا", "village")]
    assert rows("بازی با پاس همدان و خونه به خونه بابل") == []


def test_townsfolk_epithets_and_clubs_of_the_eleventh_dev_draw():
    def rows(text):
        return [(m.text, m.name, m.place_type) for m in places.extract(text)]

    # in an article about the province, «مردم یزد» are the town's people
    assert rows("استاندار استان یزد گفت مردم یزد استقبال کردند") == [
        ("استان یزد", "یزد", "province"), ("یزد", "یزد", "city")]
    assert rows("مدیر مرکز قرآن و حدیث کریمه اهل بیت گفت") == []
    assert rows("تیم در لیگ برتر بازی کرد و در جدول از پارس جنوبی عقب نیافتاد و مربی گفت گل زدیم") == []
    assert rows("میدان گازی پارس جنوبی در عسلویه") == [("پارس جنوبی", "پارس جنوبی", "region"), ("عسلویه", "عسلویه", "city")]


def test_constituencies_and_club_names_of_the_twelfth_dev_draw():
    def rows(text):
        return [(m.text, m.name, m.place_type) for m in places.extract(text)]

    # the towns of a constituency are counties, also after «حوزه انتخابیه» (no body)
    assert rows("پنج نامزد حوزه انتخابیه تربت‌حیدریه، مه ولات و زاوه") == [
        ("تربت\u200cحیدریه", "تربت حیدریه", "county"), ("مه ولات", "مه ولات", "county"), ("زاوه", "زاوه", "county")]
    # a club named with its town in a match report
    assert rows("تیم در لیگ قهرمانان مقابل دینامو زاگرب بازی کرد و مربی گفت گل زدیم") == []


def test_split_names_gaza_and_stadiums_of_the_thirteenth_dev_draw():
    def rows(text):
        return [(m.text, m.name, m.place_type, m.country) for m in places.extract(text)]

    # a name of several words written with one word split more
    assert rows("استاندار كهگيلويه و بوير احمد") == [
        ("كهگيلويه و بوير احمد", "کهگیلویه و بویراحمد", "province", "ایران")]
    # bare «غزه» is the Gaza Strip, «شهر غزه» the city; a stadium named after a sea is in no sea
    assert rows("درگیری در غزه ادامه دارد و در شهر غزه") == [
        ("غزه", "نوار غزه", "region", "فلسطین"), ("شهر غزه", "غزه", "city", "فلسطین")]
    assert rows("در ورزشگاه خلیج فارس برگزار شد") == []


def test_directions_and_plural_titles_of_the_fifteenth_dev_draw():
    def got(text):
        return [(p.text, p.name, p.place_type, p.province, p.country) for p in pipeline.process(text).places]

    # a part of a province or a country is a region named as written; a part of a city is the city
    assert got("زلزله در جنوب‌شرق ايران") == [("جنوب‌شرق ايران", "جنوب‌شرق ایران", "region", None, "ایران")]
    assert got("باران در جنوب استان تهران") == [("جنوب استان تهران", "جنوب استان تهران", "region", "تهران", "ایران")]
    assert got("انفجار در شرق بيروت") == [("بيروت", "بیروت", "city", None, "لبنان")]
    # a position held by several in a body named with its place names the place
    assert got("روساي ادارات راه و ترابري استان اصفهان گفتند") == [("استان اصفهان", "اصفهان", "province", "اصفهان", "ایران")]
    assert [p.name for p in pipeline.process("از فرماندهان ارتش افغانستان كه در صحنه بود").places] == ["افغانستان"]
    # a movement or a provincial fisheries office named with its place holds no places row
    assert got("جنبش مقاومت اسلامي فلسطين اعلام کرد") == []
    assert got("روابط عمومي شيلات استان گلستان اعلام کرد") == []


def test_no_town_takes_a_namesakes_point_far_from_its_county():
    import math

    rows = list(gazetteer.places())
    county = {(p.province, p.name): p for p in rows if p.place_type == "county" and p.lat is not None}

    def km(a, b):
        return 110.57 * math.hypot(a.lat - b.lat, (a.lon - b.lon) * math.cos(math.radians(a.lat)))

    towns = [p for p in rows if p.place_type == "city" and p.place_id.startswith("ir:") and p.lat is not None
             and (p.province, p.county) in county]
    assert len(towns) > 1400
    assert max(km(p, county[(p.province, p.county)]) for p in towns) < 200
    kalat = next(p for p in towns if p.name == "کلات" and p.province == "خراسان رضوی")
    assert 36.5 < kalat.lat < 37.5  # not the Kalat of Gonabad, 300 km south


def test_titles_epithets_and_handball_of_the_sixteenth_dev_draw():
    def got(text):
        return [(p.text, p.name, p.place_type) for p in pipeline.process(text).places]

    # a place inside a book's title in guillemets, there and when the title is named again
    assert got("همين ناشر رمان «در رؤياي بابل» را چاپ كرد. «در رؤياي بابل» جذاب است.") == []
    assert got("او در بابل زندگی می‌کند") == [("بابل", "بابل", "city")]
    # Khorramshahr's epithet, Asia's
    assert got("طرح دفاع از خونین‌شهر را اجرا کردند") == [("خونین‌شهر", "خرمشهر", "city")]
    assert got("نمایندگان قاره کهن") == [("قاره کهن", "آسیا", "region")]
    # «هند پنالتی» in a match report is handball
    assert got("در دقیقه 30 بازی تیم گل زد و مربی تیم شائبه هند پنالتی را رد کرد و بازیکن گل زد") == []


def test_county_cues_and_cables_of_the_seventeenth_dev_draw():
    def got(text):
        return [(p.text, p.place_type) for p in pipeline.process(text).places]

    assert got("تنها در یکی از روستاهای شهرضا") == [("شهرضا", "county")]
    assert got("رییس مخابرات پلدختر گفت") == [("پلدختر", "county")]
    assert got("مردم شهرضا آمدند") == [("شهرضا", "city")]
    assert got("عملیات کابل کشی انجام شد") == []


def test_a_city_followed_by_its_country_is_two_rows_the_city_knowing_its_country():
    got = [(m.text, m.name, m.place_type, m.country) for m in places.extract("مسابقات در دوحه قطر و جلال آباد افغانستان برگزار شد")]
    assert got == [("دوحه", "دوحه", "city", "قطر"), ("قطر", "قطر", "country", "قطر"),
                   ("جلال آباد", "جلال\u200cآباد", "city", "افغانستان"), ("افغانستان", "افغانستان", "country", "افغانستان")]


def test_a_single_mps_town_is_the_county_and_an_officials_body_names_its_place():
    import pipeline

    got = lambda text: [(p.text, p.place_type) for p in pipeline.process(text, skip={"quotes", "facts"}).places]  # noqa: E731
    assert got("نماينده اردبيل در مجلس گفت") == [("اردبيل", "county")]
    assert got("نماینده ایران در سازمان ملل گفت") == [("ایران", "country")]
    # a position in the body makes the body's province a places row; the body alone does not
    assert got("مسئول روابط عمومی اداره کل اوقاف و امور خیریه استان ایلام گفت") == [("استان ایلام", "province")]
    assert got("اداره کل اوقاف استان ایلام اعلام کرد") == []


def test_a_town_inside_a_clubs_name_in_a_match_report_is_no_row():
    import pipeline

    text = ("به گزارش ورزش سه، در هفته دوم لیگ برتر فوتسال تیم آفتاب زاگرس اهواز در این دیدار مقابل شیمیدر قم "
            "به برتری رسید. سرمربی و بازیکنان تیم پس از بازی به اهواز بازگشتند. رئیس هیئت فوتبال استان قم گفت.")
    got = [(p.text, p.place_type) for p in pipeline.process(text, skip={"quotes", "facts"}).places]
    # the clubs' towns are no rows; the town the team went back to, and the board's province, are
    assert ("اهواز", "city") in got and got.count(("اهواز", "city")) == 1
    assert ("استان قم", "province") in got
    assert ("قم", "city") not in got
