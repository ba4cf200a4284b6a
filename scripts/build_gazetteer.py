"""Build pipeline/data/gazetteer.tsv, the place table of the places stage: Iran's 1402 divisions and
the world (pipeline/data/world_places.tsv folded in), one row per place.

Sources (read where they lie, never copied into the repository; only the derived table is shipped):
- iran-divisions-1402 (../shared/data/gazetteer): the official 1402 divisions of the Statistical
  Centre of Iran (provinces, counties, districts, cities, rural districts, with province/county
  membership). GPL-3.0 as packaged; the list itself is public government data. Numbered sub-areas
  («اراک 1») are dropped.
- iran-county-centroids-osm (shared): county centroids and Wikidata ids computed from OpenStreetMap
  polygons. ODbL, © OpenStreetMap contributors.
- iran-locality-coords (shared): province and city coordinates (no licence stated); names carry a
  leading space and Arabic ي/ك, which the key folds.
- dr5hn/countries-states-cities-database at 7fda0af (github, `contributions/cities/IR.json`),
  ODbL 1.0: 1,847 Iranian places with Persian name, lat/lon, population (782) and Wikidata id.
  Its state ids are mapped to provinces by the data (the province most same-named counties fall in).
- masterking32/iran-states-cities-districts at ef80f5b (github, `2025-01-18/cities_sorted.json`,
  `provinces.json`), MIT: 1,572 towns and county seats with lat/lon and province/county ids
  (scraped from Iran Post's gnaf service). Points several differently named entries share are
  copies and are not used.
- pipeline/data/world_places.tsv (this project, scripts/build_world_places.py): Natural Earth
  (public domain), mledoze/countries (ODbL), dr5hn (ODbL) and hand-written spellings and points.
- pipeline/data/provinces.geojson (this project, OSM ODbL): which province holds a point.
- hazm's words.dat (MIT, shipped with hazm): word counts and POS tags for the cue levels.
- written here (facts): the countries with approximate centroids, major world cities, continents,
  regions, seas, rivers and mountains news names, Iranian spelling variants, and approximate
  points for five hand-written rows no list places (HAND_POINTS).
The table therefore carries ODbL data: credit «© OpenStreetMap contributors», «dr5hn/countries-
states-cities-database (ODbL)», «mledoze/countries (ODbL)», Natural Earth, masterking32 (MIT).

Points of Iranian towns: the candidates are iran-locality-coords, masterking32 (matched within
the county, else unique in the province) and dr5hn (unique in the province); names are matched on
a loose key (Arabic ي/ك, ZWNJ and spaces, alef-madda/hamza, bracketed asides, «بندر»/«شهر جدید»
prefixes folded). A candidate more than 25 km outside its province's shape is dropped; a point two
lists agree on (within 10 km) wins, else the first, unless it lies more than 150 km from its
county's OSM centroid (a namesake elsewhere in the province): then the nearest candidate within
150 km, else none. A county seat no list places takes its county's
OSM centroid. A county without an OSM centroid takes its seat's point, else its towns' mean point.
Districts (بخش) and rural districts (دهستان) have no point source: they take their centre's point
when the centre is a town of the same name in the same county (most rural districts are centred on
a village no open list here carries, so most stay empty). No point by nature: the solar system and
Mars («منظومه شمسی», «مریخ»), and loosely bounded cultural/historical regions with no point in any
source («خاور نزدیک», «شرق آسیا», «غرب آفریقا», «شرق آفریقا», «اروپای مرکزی», «ماوراءالنهر»,
«خراسان», «سیستان», «لرستان بزرگ», «طبرستان»).

World rows: a world row that is already here (same ISO code for countries, else same Wikidata id,
else same name key + type + country, else a shared spelling with the same type and country) fills
the row's missing coordinates, variants, Wikidata id and population and marks capitals; the others
are added with their own `w:` ids. Types are mapped onto the stage's vocabulary: capital -> city
(with capital=1), continent/region/state -> region, sea/gulf/strait/canal/lake -> sea,
river/mountain/desert/island -> other (the hand-written REGIONS kinds the same way). Iranian world
rows (islands, lakes, rivers) get the province holding their point (the nearest for coasts).

Columns: the stage's (place_id, name, place_type, province, county, country, lat, lon, wikidata,
needs_cue, variants), then population (a prior between homonyms: dr5hn for Iranian towns, Natural
Earth/dr5hn for the world; empty for provinces and counties, which no open source here gives),
province_id (the ir:province id holding an Iranian place) and capital (1 for a capital).

Which names need a cue («شهر نور», «در نور») to count as a place: names that are frequent common
words in hazm's word-frequency list (words.dat, shipped with hazm), very short names, given names,
and a hand list; big units (countries, provinces, world capitals) are exempt unless listed. New
world rows follow world_cue(): 0 for countries and capitals (unless an everyday word like «رباط»)
and for multi-word names without risky one-word variants.

Rebuilding gives identical bytes (rows in source order, then the added world rows by place_id).

Usage: python scripts/build_gazetteer.py [--shared ../shared/data] [--out pipeline/data/gazetteer.tsv]
       [--world pipeline/data/world_places.tsv] [--csc-repo DIR] [--mk-repo DIR]
(the repo arguments are git directories of the fetched snapshots; default /work/.mirror/<owner>+<name>/repo)
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import statistics
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.persian.chars import fold_letters as fold, lookup_key as key  # noqa: E402
from pipeline.places.gazetteer import COLUMNS  # noqa: E402

# The stage's columns, then: population (a prior between homonyms; empty when no source has it),
# province_id (the ir:province id holding an Iranian place, for shading a map), capital (1 for a
# country's capital, whose type is city).
OUT_COLUMNS = COLUMNS  # pipeline.places.gazetteer reads the same columns

# ---------------------------------------------------------------------------- world (facts)
# ISO 3166-1 alpha-2 | canonical Persian name | lat | lon | variants (comma-separated)
COUNTRIES = """
IR|ایران|32.4|53.7|ایران زمین,ایران‌زمین
AF|افغانستان|33.9|67.7|
PK|پاکستان|30.4|69.3|
IQ|عراق|33.2|43.7|
TR|ترکیه|39.0|35.2|
SY|سوریه|34.8|39.0|
LB|لبنان|33.9|35.9|
JO|اردن|31.2|36.5|
IL|اسرائیل|31.0|34.9|اسراییل,اسراایل,سرزمین‌های اشغالی,فلسطین اشغالی
PS|فلسطین|31.9|35.2|
SA|عربستان|23.9|45.1|عربستان سعودی
AE|امارات|23.4|53.8|امارات متحده عربی
QA|قطر|25.4|51.2|
BH|بحرین|26.0|50.6|
KW|کویت|29.3|47.5|
OM|عمان|21.5|55.9|
YE|یمن|15.6|48.5|
EG|مصر|26.8|30.8|
LY|لیبی|26.3|17.2|
TN|تونس|33.9|9.5|
DZ|الجزایر|28.0|1.7|
MA|مراکش|31.8|-7.1|
SD|سودان|12.9|30.2|
SS|سودان جنوبی|6.9|31.3|
ET|اتیوپی|9.1|40.5|
ER|اریتره|15.2|39.8|
DJ|جیبوتی|11.8|42.6|
SO|سومالی|5.2|46.2|
KE|کنیا|-0.0|37.9|
TZ|تانزانیا|-6.4|34.9|
UG|اوگاندا|1.4|32.3|
RW|رواندا|-1.9|29.9|
BI|بوروندی|-3.4|29.9|
CD|کنگو|-4.0|21.8|جمهوری دموکراتیک کنگو
CG|جمهوری کنگو|-0.2|15.8|کنگو برازاویل
AO|آنگولا|-11.2|17.9|
ZM|زامبیا|-13.1|27.8|
ZW|زیمبابوه|-19.0|29.2|
MZ|موزامبیک|-18.7|35.5|
MG|ماداگاسکار|-18.8|46.9|
ZA|آفریقای جنوبی|-30.6|22.9|
NA|نامیبیا|-22.9|18.5|
BW|بوتسوانا|-22.3|24.7|
MW|مالاوی|-13.3|34.3|
NG|نیجریه|9.1|8.7|
GH|غنا|7.9|-1.0|
CI|ساحل عاج|7.5|-5.5|
SN|سنگال|14.5|-14.5|
CM|کامرون|7.4|12.4|
NE|نیجر|17.6|8.1|
ML|مالی|17.6|-4.0|
TD|چاد|15.5|18.7|
MR|موریتانی|21.0|-10.9|
GN|گینه|9.9|-9.7|
SL|سیرالئون|8.5|-11.8|
LR|لیبریا|6.4|-9.4|
BF|بورکینافاسو|12.2|-1.6|
BJ|بنین|9.3|2.3|
TG|توگو|8.6|0.8|
GA|گابن|-0.8|11.6|
CF|جمهوری آفریقای مرکزی|6.6|20.9|
GM|گامبیا|13.4|-15.3|
US|آمریکا|39.8|-98.6|امریکا,ایالات متحده,ایالات متحده آمریکا,ایالات متحده امریکا,ایالات‌متحده
CA|کانادا|56.1|-106.3|
MX|مکزیک|23.6|-102.6|
CU|کوبا|21.5|-77.8|
GT|گواتمالا|15.8|-90.2|
HN|هندوراس|15.2|-86.2|
SV|السالوادور|13.8|-88.9|
NI|نیکاراگوئه|12.9|-85.2|
CR|کاستاریکا|9.7|-83.8|
PA|پاناما|8.5|-80.8|
HT|هائیتی|18.97|-72.3|
DO|جمهوری دومینیکن|18.7|-70.2|
JM|جامائیکا|18.1|-77.3|
VE|ونزوئلا|6.4|-66.6|
CO|کلمبیا|4.6|-74.3|
EC|اکوادور|-1.8|-78.2|
PE|پرو|-9.2|-75.0|
BO|بولیوی|-16.3|-63.6|
CL|شیلی|-35.7|-71.5|
AR|آرژانتین|-38.4|-63.6|
UY|اروگوئه|-32.5|-55.8|
PY|پاراگوئه|-23.4|-58.4|
BR|برزیل|-14.2|-51.9|
GB|انگلیس|55.4|-3.4|انگلستان,بریتانیا,بریتانیای کبیر,پادشاهی متحده
IE|ایرلند|53.4|-8.2|
FR|فرانسه|46.2|2.2|
DE|آلمان|51.2|10.5|
IT|ایتالیا|41.9|12.6|
ES|اسپانیا|40.5|-3.7|
PT|پرتغال|39.4|-8.2|
NL|هلند|52.1|5.3|
BE|بلژیک|50.5|4.5|
LU|لوکزامبورگ|49.8|6.1|
CH|سوئیس|46.8|8.2|سوییس
AT|اتریش|47.5|14.6|
DK|دانمارک|56.3|9.5|
NO|نروژ|60.5|8.5|
SE|سوئد|60.1|18.6|
FI|فنلاند|61.9|25.7|
IS|ایسلند|64.9|-19.0|
PL|لهستان|51.9|19.1|
CZ|جمهوری چک|49.8|15.5|
SK|اسلواکی|48.7|19.7|
HU|مجارستان|47.2|19.5|
RO|رومانی|45.9|24.9|
BG|بلغارستان|42.7|25.5|
GR|یونان|39.1|21.8|
CY|قبرس|35.1|33.4|
MT|مالت|35.9|14.4|
RS|صربستان|44.0|21.0|
HR|کرواسی|45.1|15.2|
SI|اسلوونی|46.2|14.9|
BA|بوسنی و هرزگوین|43.9|17.7|بوسنی
AL|آلبانی|41.2|20.2|
MK|مقدونیه|41.6|21.7|مقدونیه شمالی
ME|مونته‌نگرو|42.7|19.4|
XK|کوزوو|42.6|20.9|
UA|اوکراین|48.4|31.2|
BY|بلاروس|53.7|27.95|روسیه سفید
MD|مولداوی|47.4|28.4|
LT|لیتوانی|55.2|23.9|
LV|لتونی|56.9|24.6|
EE|استونی|58.6|25.0|
RU|روسیه|61.5|105.3|فدراسیون روسیه
GE|گرجستان|42.3|43.4|
AM|ارمنستان|40.1|45.0|
AZ|آذربایجان|40.1|47.6|جمهوری آذربایجان
KZ|قزاقستان|48.0|66.9|
UZ|ازبکستان|41.4|64.6|
TM|ترکمنستان|38.97|59.6|
TJ|تاجیکستان|38.9|71.3|
KG|قرقیزستان|41.2|74.8|
MN|مغولستان|46.9|103.8|
CN|چین|35.9|104.2|جمهوری خلق چین
JP|ژاپن|36.2|138.3|
KR|کره جنوبی|35.9|127.8|
KP|کره شمالی|40.3|127.5|
TW|تایوان|23.7|121.0|
IN|هند|20.6|78.96|هندوستان
BD|بنگلادش|23.7|90.4|
LK|سریلانکا|7.9|80.8|
NP|نپال|28.4|84.1|
BT|بوتان|27.5|90.4|
MV|مالدیو|3.2|73.2|
MM|میانمار|21.9|95.96|برمه
TH|تایلند|15.9|100.99|
VN|ویتنام|14.1|108.3|
LA|لائوس|19.9|102.5|
KH|کامبوج|12.6|104.99|
MY|مالزی|4.2|101.98|
SG|سنگاپور|1.35|103.8|
ID|اندونزی|-0.8|113.9|
PH|فیلیپین|12.9|121.8|
BN|برونئی|4.5|114.7|
TL|تیمور شرقی|-8.9|125.7|
AU|استرالیا|-25.3|133.8|
NZ|نیوزیلند|-40.9|174.9|نیوزلند
VA|واتیکان|41.9|12.45|
MC|موناکو|43.7|7.4|
SU|شوروی|55.76|37.6|اتحاد جماهیر شوروی,اتحاد شوروی
"""

# Capitals and big cities news names: ISO country | name | lat | lon | variants
WORLD_CITIES = """
US|واشنگتن|38.9|-77.0|واشینگتن,واشنگتن دی سی,واشنگتن‌دی‌سی
US|نیویورک|40.7|-74.0|
US|لس‌آنجلس|34.05|-118.2|لس آنجلس,لوس‌آنجلس
US|شیکاگو|41.9|-87.6|
US|سانفرانسیسکو|37.8|-122.4|
US|میامی|25.8|-80.2|
US|هیوستون|29.8|-95.4|
US|بوستون|42.4|-71.1|
US|لاس‌وگاس|36.2|-115.1|
US|فیلادلفیا|39.95|-75.2|
US|سیاتل|47.6|-122.3|
US|دیترویت|42.3|-83.0|
US|آتلانتا|33.7|-84.4|
CA|اتاوا|45.4|-75.7|
CA|تورنتو|43.7|-79.4|ترنتو
CA|مونترال|45.5|-73.6|
CA|ونکوور|49.3|-123.1|
MX|مکزیکوسیتی|19.4|-99.1|مکزیکو سیتی
CU|هاوانا|23.1|-82.4|
VE|کاراکاس|10.5|-66.9|
BR|برازیلیا|-15.8|-47.9|
BR|ریودوژانیرو|-22.9|-43.2|ریو دو ژانیرو,ریو
BR|سائوپائولو|-23.6|-46.6|سائو پائولو
AR|بوئنوس‌آیرس|-34.6|-58.4|بوینس آیرس,بوئنوس آیرس,بوینس‌آیرس
CL|سانتیاگو|-33.4|-70.7|
PE|لیما|-12.0|-77.0|
CO|بوگوتا|4.7|-74.1|
GB|لندن|51.5|-0.1|
GB|منچستر|53.5|-2.2|
GB|لیورپول|53.4|-3.0|
GB|ادینبورگ|55.95|-3.2|ادینبرو
IE|دوبلین|53.35|-6.3|
FR|پاریس|48.9|2.35|
FR|لیون|45.8|4.8|
FR|مارسی|43.3|5.4|
FR|نیس|43.7|7.3|
DE|برلین|52.5|13.4|
DE|مونیخ|48.1|11.6|
DE|هامبورگ|53.6|10.0|
DE|فرانکفورت|50.1|8.7|
DE|کلن|50.9|6.96|
DE|بن|50.7|7.1|
IT|رم|41.9|12.5|
IT|میلان|45.5|9.2|
IT|ناپل|40.85|14.3|
IT|تورین|45.1|7.7|
IT|ونیز|45.4|12.3|
IT|فلورانس|43.8|11.3|
ES|مادرید|40.4|-3.7|
ES|بارسلونا|41.4|2.2|
PT|لیسبون|38.7|-9.1|
NL|آمستردام|52.4|4.9|
NL|لاهه|52.1|4.3|
NL|روتردام|51.9|4.5|
BE|بروکسل|50.85|4.35|
CH|ژنو|46.2|6.1|
CH|زوریخ|47.4|8.5|
CH|برن|46.9|7.4|
CH|لوزان|46.5|6.6|
CH|داووس|46.8|9.8|
AT|وین|48.2|16.4|
DK|کپنهاگ|55.7|12.6|
NO|اسلو|59.9|10.75|
SE|استکهلم|59.3|18.1|
FI|هلسینکی|60.2|24.9|
PL|ورشو|52.2|21.0|
CZ|پراگ|50.1|14.4|
HU|بوداپست|47.5|19.0|
RO|بخارست|44.4|26.1|
BG|صوفیه|42.7|23.3|
GR|آتن|37.98|23.7|
RS|بلگراد|44.8|20.5|
UA|کی‌یف|50.45|30.5|کییف
BY|مینسک|53.9|27.6|
RU|مسکو|55.76|37.6|
RU|سن‌پترزبورگ|59.9|30.3|سن پترزبورگ
RU|سوچی|43.6|39.7|
RU|کازان|55.8|49.1|
RU|ولگوگراد|48.7|44.5|
RU|آستاراخان|46.35|48.0|
RU|چچن|43.4|45.7|
RU|داغستان|42.1|48.2|
TR|آنکارا|39.9|32.9|
TR|استانبول|41.0|28.98|
TR|ازمیر|38.4|27.1|
TR|قونیه|37.9|32.5|
TR|وان|38.5|43.4|
GE|تفلیس|41.7|44.8|
AM|ایروان|40.2|44.5|
AZ|باکو|40.4|49.9|
AZ|نخجوان|39.2|45.4|
AZ|قره‌باغ|39.8|46.75|
TM|عشق‌آباد|37.95|58.4|عشق آباد
UZ|تاشکند|41.3|69.3|
UZ|سمرقند|39.65|66.96|
UZ|بخارا|39.8|64.4|
TJ|دوشنبه|38.56|68.8|
KG|بیشکک|42.9|74.6|
KZ|آلماتی|43.2|76.9|
KZ|آستانه|51.2|71.4|نورسلطان
AF|کابل|34.5|69.2|
AF|هرات|34.35|62.2|
AF|مزار شریف|36.7|67.1|مزارشریف
AF|قندهار|31.6|65.7|
AF|جلال‌آباد|34.4|70.45|
AF|بلخ|36.75|66.9|
AF|بدخشان|36.7|70.8|
AF|هلمند|31.4|64.0|
PK|اسلام‌آباد|33.7|73.0|
PK|کراچی|24.9|67.0|
PK|لاهور|31.5|74.3|
PK|پیشاور|34.0|71.5|
PK|کویته|30.2|67.0|
IN|دهلی نو|28.6|77.2|دهلی,دهلی‌نو
IN|بمبئی|19.1|72.9|مومبای
IN|کشمیر|34.1|74.8|
IQ|بغداد|33.3|44.4|
IQ|بصره|30.5|47.8|
IQ|موصل|36.3|43.1|
IQ|کربلا|32.6|44.0|کربلای معلی
IQ|نجف|32.0|44.3|نجف اشرف
IQ|سامرا|34.2|43.9|
IQ|کاظمین|33.4|44.3|
IQ|اربیل|36.2|44.0|
IQ|سلیمانیه|35.6|45.4|
IQ|کرکوک|35.5|44.4|
IQ|فلوجه|33.35|43.8|
IQ|رمادی|33.4|43.3|
IQ|تکریت|34.6|43.7|
IQ|تل‌عفر|36.4|42.45|تل عفر
IQ|الانبار|33.4|43.3|
IQ|دیاله|33.8|45.0|
IQ|نینوا|36.2|43.2|
IQ|حلبچه|35.2|45.99|
SY|دمشق|33.5|36.3|
SY|حلب|36.2|37.15|
SY|حمص|34.7|36.7|
SY|حماه|35.1|36.75|
SY|ادلب|35.9|36.6|
SY|رقه|35.95|39.0|الرقه
SY|دیرالزور|35.3|40.1|دیر الزور
SY|لاذقیه|35.5|35.8|
SY|طرطوس|34.9|35.9|
SY|درعا|32.6|36.1|
SY|الغوطه|33.5|36.4|غوطه شرقی,غوطه
SY|جولان|33.0|35.8|بلندی‌های جولان
LB|بیروت|33.9|35.5|
LB|صیدا|33.56|35.37|
LB|طرابلس لبنان|34.4|35.8|
JO|امان|31.95|35.9|
IL|تل‌آویو|32.1|34.8|تل آویو
IL|حیفا|32.8|35.0|
PS|قدس|31.8|35.2|بیت‌المقدس,بیت المقدس,اورشلیم,قدس شریف
PS|غزه|31.5|34.45|نوار غزه
PS|کرانه باختری|31.9|35.2|کرانه غربی
PS|رام‌الله|31.9|35.2|رام الله
PS|الخلیل|31.5|35.1|
SA|ریاض|24.7|46.7|
SA|جده|21.5|39.2|
SA|مکه|21.4|39.8|مکه مکرمه
SA|مدینه|24.5|39.6|مدینه منوره
SA|منا|21.4|39.9|
SA|قطیف|26.6|50.0|
AE|دبی|25.2|55.3|
AE|ابوظبی|24.5|54.4|ابوظبی,ابو ظبی
AE|شارجه|25.35|55.4|
QA|دوحه|25.3|51.5|
BH|منامه|26.2|50.6|
KW|کویت سیتی|29.4|47.98|
OM|مسقط|23.6|58.5|
YE|صنعا|15.4|44.2|
YE|عدن|12.8|45.0|
YE|الحدیده|14.8|42.95|حدیده
YE|صعده|16.9|43.8|
YE|مأرب|15.5|45.3|مارب
EG|قاهره|30.04|31.2|
EG|اسکندریه|31.2|29.9|
EG|سینا|29.5|33.8|صحرای سینا
LY|طرابلس|32.9|13.2|
LY|بنغازی|32.1|20.1|
TN|تونس|36.8|10.2|
SD|خارطوم|15.6|32.5|
ET|آدیس‌آبابا|9.0|38.75|آدیس آبابا,ادیس‌آبابا
KE|نایروبی|-1.3|36.8|
NG|لاگوس|6.5|3.4|
NG|ابوجا|9.1|7.4|
ZA|ژوهانسبورگ|-26.2|28.0|
ZA|کیپ‌تاون|-33.9|18.4|کیپ تاون
ZA|پرتوریا|-25.7|28.2|
CN|پکن|39.9|116.4|
CN|شانگهای|31.2|121.5|
CN|هنگ‌کنگ|22.3|114.2|هنگ کنگ
CN|تبت|31.7|86.1|
CN|سین‌کیانگ|41.1|85.2|شین‌جیانگ,سین کیانگ
CN|ووهان|30.6|114.3|
JP|توکیو|35.7|139.7|
JP|اوزاکا|34.7|135.5|
JP|هیروشیما|34.4|132.5|
JP|فوکوشیما|37.75|140.5|
JP|ناگازاکی|32.75|129.9|
KR|سئول|37.6|127.0|
KP|پیونگ‌یانگ|39.0|125.75|پیونگ یانگ
TH|بانکوک|13.75|100.5|
VN|هانوی|21.0|105.85|
MY|کوالالامپور|3.1|101.7|
ID|جاکارتا|-6.2|106.8|
ID|بالی|-8.4|115.2|
ID|آچه|4.7|96.7|
PH|مانیل|14.6|120.98|
SG|سنگاپور|1.35|103.8|
BD|داکا|23.8|90.4|
LK|کلمبو|6.9|79.9|
NP|کاتماندو|27.7|85.3|
MM|یانگون|16.85|96.2|
AU|سیدنی|-33.9|151.2|
AU|ملبورن|-37.8|144.96|
AU|کانبرا|-35.3|149.1|
NZ|ولینگتون|-41.3|174.8|
NZ|کرایست‌چرچ|-43.5|172.6|
"""

# Continents, regions, seas, gulfs, straits, rivers, lakes, mountains, deserts: type|name|variants
# (not «کاخ سفید»/«کرملین»: news uses them for the governments, and the NER gold tags them ORG)
REGIONS = """
region|آسیا|قاره آسیا,قاره کهن
region|اروپا|قاره اروپا,قاره سبز
region|آفریقا|قاره آفریقا,افریقا
region|آمریکای شمالی|امریکای شمالی
region|آمریکای جنوبی|امریکای جنوبی
region|آمریکای لاتین|امریکای لاتین
region|آمریکای مرکزی|
region|اقیانوسیه|
region|قطب شمال|
region|قطب جنوب|جنوبگان
region|خاورمیانه|خاور میانه
region|خاور دور|
region|خاور نزدیک|
region|غرب آسیا|
region|شرق آسیا|
region|جنوب آسیا|
region|جنوب شرق آسیا|جنوب شرقی آسیا
region|آسیای مرکزی|
region|آسیای میانه|
region|آسیای صغیر|
region|شمال آفریقا|
region|غرب آفریقا|
region|شرق آفریقا|
region|شاخ آفریقا|
region|اروپای شرقی|
region|اروپای غربی|
region|اروپای مرکزی|
region|قفقاز|قفقاز جنوبی,قفقاز شمالی
region|بالکان|
region|اسکاندیناوی|
region|شبه جزیره کره|
region|شبه قاره هند|شبه‌قاره
region|شبه جزیره عربستان|
region|کردستان عراق|اقلیم کردستان,اقلیم کردستان عراق
region|دونباس|
region|کریمه|شبه جزیره کریمه
region|ماوراءالنهر|ماورالنهر
region|میان‌رودان|بین‌النهرین
region|خراسان|خراسان بزرگ
region|سیستان|
region|بلوچستان|
region|لرستان بزرگ|
region|طبرستان|
region|پارس جنوبی|
region|شلمچه|
sea|خلیج فارس|خلیج‌فارس,خلیج همیشگی فارس
sea|دریای خزر|خزر,دریای مازندران
sea|دریای عمان|
sea|دریای سرخ|
sea|دریای سیاه|
sea|دریای مدیترانه|مدیترانه
sea|دریای عرب|
sea|دریای اژه|
sea|دریای بالتیک|
sea|دریای شمال|
sea|دریای چین جنوبی|
sea|دریای ژاپن|
sea|دریای کارائیب|کارائیب
sea|اقیانوس هند|
sea|اقیانوس آرام|
sea|اقیانوس اطلس|
sea|اقیانوس منجمد شمالی|
sea|تنگه هرمز|
sea|تنگه باب‌المندب|باب‌المندب,باب المندب,تنگه باب المندب
sea|تنگه جبل‌الطارق|
sea|کانال سوئز|
sea|خلیج عدن|
sea|خلیج مکزیک|
sea|خلیج گوانتانامو|
sea|دریاچه ارومیه|
sea|دریاچه خزر|
sea|تالاب انزلی|
sea|تالاب هورالعظیم|هورالعظیم
sea|تالاب بین‌المللی انزلی|
river|کارون|رود کارون,رودخانه کارون
river|زاینده‌رود|زاینده رود,رودخانه زاینده‌رود
river|اروندرود|اروند رود,اروند
river|دجله|رود دجله
river|فرات|رود فرات
river|نیل|رود نیل
river|سند|رود سند
river|دانوب|رود دانوب
river|آمودریا|جیحون
river|سیردریا|سیحون
river|هیرمند|رود هیرمند
river|کرخه|رود کرخه
river|سفیدرود|
river|ارس|رود ارس
river|هامون|دریاچه هامون
mountain|البرز|رشته کوه البرز,رشته‌کوه البرز,کوه‌های البرز
mountain|زاگرس|رشته کوه زاگرس,رشته‌کوه زاگرس,کوه‌های زاگرس
mountain|دماوند|قله دماوند,کوه دماوند
mountain|هیمالیا|رشته کوه هیمالیا
mountain|آلپ|کوه‌های آلپ
mountain|اورست|قله اورست
mountain|سبلان|کوه سبلان
mountain|دنا|کوه دنا
mountain|تفتان|
mountain|الوند|کوه الوند
mountain|سهند|
mountain|آرارات|
desert|کویر لوت|دشت لوت,لوت
desert|دشت کویر|کویر مرکزی
desert|صحرای آفریقا|صحرای بزرگ آفریقا
other|منظومه شمسی|
other|مریخ|
"""

# Iranian spellings news uses beside the official ones (official name -> extra spellings).
IRAN_VARIANTS = {
    "آذربایجان شرقی": ["آذربایجان‌شرقی", "آذرباییجان شرقی"],
    "آذربایجان غربی": ["آذربایجان‌غربی"],
    "کهگیلویه و بویراحمد": ["کهگیلویه و بویر احمد", "کهکیلویه و بویراحمد", "کهگیلویه وبویراحمد", "کهگیلویه‌وبویراحمد"],
    "چهارمحال و بختیاری": ["چهار محال و بختیاری", "چهارمحال بختیاری", "چهارمحال‌وبختیاری"],
    "سیستان و بلوچستان": ["سیستان‌وبلوچستان", "سیستان بلوچستان"],
    "خراسان رضوی": ["خراسان‌رضوی"],
    "خراسان شمالی": ["خراسان‌شمالی"],
    "خراسان جنوبی": ["خراسان‌جنوبی"],
    "بندرعباس": ["بندر عباس"],
    "بندرانزلی": ["بندر انزلی", "انزلی"],
    "بندر ماهشهر": ["ماهشهر", "بندرماهشهر"],
    "بندر امام خمینی": ["بندرامام خمینی", "بندر امام"],
    "بندرامام خمینی": ["بندر امام خمینی", "بندر امام", "بندرامام"],  # masterking32 spells the town glued
    "بندر ترکمن": ["بندرترکمن"],
    "بندر گناوه": ["گناوه"],
    "بندر دیلم": ["دیلم"],
    "بندر کنگ": ["کنگ"],
    "بندر لنگه": ["بندرلنگه"],
    "تهران": ["طهران"],
    "اسلامشهر": ["اسلام‌شهر"],
    "شهرری": ["شهر ری"],
    "مسجدسلیمان": ["مسجد سلیمان"],
    "تربت حیدریه": ["تربت‌حیدریه"],
    "تربت جام": ["تربت‌جام"],
    "قصرشیرین": ["قصر شیرین"],
    "سرپل ذهاب": ["سرپل‌ذهاب", "سرپل زهاب"],
    "اندیمشک": [],
    "چابهار": ["چاه بهار"],
    "نیکشهر": ["نیک شهر"],
    "خرمشهر": ["خونین‌شهر", "خونین شهر"],  # its epithet since the war, a mention of the town every time
}

# The official list's spelling -> the spelling the news uses (and a reader expects in the table).
USUAL_SPELLING = {"چاه بهار": "چابهار", "نیک شهر": "نیکشهر"}

# Province names that are also everyday words: need «استان X» or another strong cue.
PROVINCES_NEEDING_CUE = {"مرکزی": 2, "فارس": 2}  # «فارس» alone is mostly the news agency

# How much context a bare one-word name needs (facts about Persian words, not counts from the gold):
# GIVEN_NAMES are given names or names famous as something else: a weak cue («در X», «به X») is
# enough. COMMON_WORDS are everyday words: only a strong cue («شهر X», «شهرستان X») makes them places.
GIVEN_NAMES = set("""
مهران شهریار امید سامان رستم کوثر سینا نگار شادمهر کیان بم دنا سهند هرمز هامون سلیمان شیدا سورنا
مینو سوسن ریحان نوشین مهستان فیروز زهره زهرا آرش رامین فرهاد شیرین بهمن ویکتوریا
""".split())
COMMON_WORDS = set("""
بافت بهار بن سلسله ایوان دیر جم خاتم ری ترکمن فردوس نور میانه صحنه مهر انار فیروزه سرباز گلشن خمیر
بهارستان پردیس آستانه زاویه سنگر پول مهربان ترک خواجه سرو ربط بازرگان کشاورز رباط قلعه سطر سرمست
گهواره حسینیه چمران مقاومت حمزه بستان شرافت عنبر حر تراز رفیع الوان سده خشت اهل قیر فال اسیر کوره
بلوک گلزار بار جنگل چنار کندر گرماب چخماق نقاب درود حنا دامنه ابریشم مشکات گشت پیشین سیب صاحب کاج
زاغه برخوردار توحید سپیدار سوق بوستان آباد کلمه شنبه ریز تخت طبل جناح پل اندیشه ارجمند گلستان شال
قشلاق مزرعه زیارت قاضی آوا راز کوهسار سربند کوهستان جنت خبر دامن مهرگان امام زند ریگ افشار چاهک
شهاب رودخانه کن آفتاب سرحد بام حومه ارس حتی نیسان قارون هرم حور کاروان ایثار آزادی وان دوشنبه امان
مالی شام کره چک ماه لوت سند نیل باغ دشت کوه دریا گل آب نمک باران برف رود چشمه آستین نوک ماله الجزیره ده کلاه میدان بازار
سرداران
کوچه سد راه جاده مرز ساحل جزیره تپه برج حصار شاهین عقاب باز کبوتر بلبل شیر پلنگ ببر گرگ اسب گاو
اسد بخش شهر استان کشور منطقه مرکز شرق غرب شمال جنوب جهان دنیا کار تیر دی آذر خرداد اسفند مرداد
""".split())

# Cities whose bare name in sports news is the club («بارسلونا», «میلان»): a weak cue is needed.
CLUB_CITIES = {"بارسلونا", "میلان", "لیورپول", "منچستر", "مادرید", "مونیخ", "تورین"}

# Iranian towns named like a better-known foreign place: the foreign one is meant unless cued.
FOREIGN_FIRST = {"قدس", "حلب", "هرات", "کن"}

# Province capitals and towns everyone knows: places on their own even when not a county's namesake.
LARGE_TOWN = 50_000
MAJOR_TOWNS = set("""
تبریز ارومیه اردبیل اصفهان کرج ایلام بوشهر تهران شهرکرد بیرجند مشهد بجنورد اهواز زنجان سمنان زاهدان
شیراز قزوین قم سنندج کرمان کرمانشاه یاسوج گرگان رشت خرم‌آباد ساری اراک بندرعباس همدان یزد کیش عسلویه
لواسان چابهار
""".split())

FREQ_LIMIT = 2_000  # hazm words.dat count above which a small town's name is taken for a common word

IRAN_BBOX = (24.0, 40.5, 43.5, 64.0)

# ---------------------------------------------------------------------------- point sources
DATA = ROOT / "pipeline" / "data"
MIRROR = Path("/work/.mirror")
CSC_REF = "7fda0afd3e75391d9480c22ed3a2b91f50e08eb6"  # dr5hn/countries-states-cities-database
MK_REF = "ef80f5bab604ece1cb5fa35da4d2f169f79f2ead"  # masterking32/iran-states-cities-districts
MAX_KM_OUTSIDE = 25  # a point this far outside its province's (simplified) shape is another place

# The world table's types in the stage's vocabulary (pipeline.places.gazetteer.TYPE_RANK).
WORLD_TYPES = {"country": "country", "capital": "city", "city": "city", "state": "region", "continent": "region",
               "region": "region", "sea": "sea", "lake": "sea", "river": "other", "mountain": "other",
               "desert": "other", "island": "other"}
# The hand-written REGIONS kinds, typed the same way.
GEO_KINDS = {"region": "region", "sea": "sea", "river": "other", "mountain": "other", "desert": "other",
             "other": "other"}
NATURAL = {"region", "sea", "other"}
# Approximate points (facts, written here) for hand-written rows no fetched list places: border
# crossings, a gas field, a bay, the Caspian under its other name.
HAND_POINTS = {
    "شلمچه": (30.50, 47.99), "پارس جنوبی": (26.60, 52.00),
    "خلیج گوانتانامو": (19.95, -75.15), "دریاچه خزر": (41.9, 50.7),
}  # types a feature may carry in either table (a lagoon: sea or other)
RISK_COUNT = 150_000  # hazm count from which a one-word world name is a common-word risk (place_name_risk.tsv)
NOUNISH = {"N", "AJ", "RES"}


def loose(name: str) -> str:
    """A looser key for matching other lists to the 1402 names: no bracketed asides («علیشاه
    (علی آباد)»), alef-madda and hamza folded («ضیاءالدین»/«ضیاالدین»)."""
    k = key(re.sub(r"\([^)]*\)", "", name))
    return k.replace("آ", "ا").replace("ء", "").replace("أ", "ا")


# Official 1402 spellings the point lists write otherwise (matching only; the table keeps the official name).
MATCH_ALIASES = {"چاه بهار": ["چابهار"]}


def _loose_forms(name: str) -> list[str]:
    # lists differ on prefixes «بندر» and «شهر جدید» («بندرکنگان»/«کنگان», «شهرجدیدپرند»/«پرند»)
    k = loose(name)
    out = [k, *(loose(a) for a in MATCH_ALIASES.get(name, ()))]
    for pre in ("بندر", "شهرجدید"):
        if k.startswith(pre) and len(k) > len(pre) + 2:
            out.append(k[len(pre):])
        else:
            out.append(loose(pre) + k)
    return out


def _git_show(repo: Path, ref: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"{ref}:{path}"], check=True,
                          capture_output=True).stdout


class ProvinceShapes:
    """pipeline/data/provinces.geojson (OSM, simplified): which province holds a point."""

    def __init__(self, path: Path):
        self.features = {}
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            rings = [ring for poly in f["geometry"]["coordinates"] for ring in poly]
            xs = [x for ring in rings for x, _ in ring]
            ys = [y for ring in rings for _, y in ring]
            self.features[f["properties"]["place_id"]] = (rings, (min(xs), min(ys), max(xs), max(ys)))

    def inside(self, pid: str, lat: float, lon: float) -> bool:
        rings, (x0, y0, x1, y1) = self.features[pid]
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            return False
        hit = False
        for ring in rings:
            for (ax, ay), (bx, by) in zip(ring, ring[1:]):
                if (ay > lat) != (by > lat) and lon < ax + (lat - ay) * (bx - ax) / (by - ay):
                    hit = not hit
        return hit

    def km_outside(self, pid: str, lat: float, lon: float) -> float:
        if self.inside(pid, lat, lon):
            return 0.0
        kx, ky = 111.32 * math.cos(math.radians(lat)), 110.57
        best = math.inf
        for ring in self.features[pid][0]:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                ax, ay, bx, by = (x1 - lon) * kx, (y1 - lat) * ky, (x2 - lon) * kx, (y2 - lat) * ky
                dx, dy = bx - ax, by - ay
                t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
                best = min(best, math.hypot(ax + t * dx, ay + t * dy))
        return best

    def province_of(self, lat: float, lon: float) -> str:
        """The province holding the point, else the nearest one (islands, coasts, seas)."""
        for pid in sorted(self.features):
            if self.inside(pid, lat, lon):
                return pid
        return min(sorted(self.features), key=lambda pid: self.km_outside(pid, lat, lon))


@dataclass
class Point:
    lat: str | None
    lon: str | None
    population: str = ""
    wikidata: str = ""
    source: str = ""


FAR_KM = 150  # farther from its county's centroid than the towns of Iran's largest counties lie
AGREE_KM = 10


def _km(a: Point, b: Point) -> float:
    lat = math.radians(float(a.lat))
    return math.hypot((float(a.lat) - float(b.lat)) * 110.57, (float(a.lon) - float(b.lon)) * 111.32 * math.cos(lat))


def _agreed(cands: list[Point], centre: Point | None = None) -> Point | None:
    """The first candidate another one agrees with; else the first (a lone or all-disagreeing point),
    unless it lies farther than FAR_KM from its county's centroid (a same-named town elsewhere in the
    province: «کلات» 318 km from its county): then the nearest candidate within FAR_KM, else none.
    Nearer than that the first stays: a county's centroid is not its seat."""
    for c in cands:
        if any(o is not c and _km(c, o) <= AGREE_KM for o in cands):
            return c
    if cands and centre is not None and _km(cands[0], centre) > FAR_KM:
        near = [c for c in cands if _km(c, centre) <= FAR_KM]
        return min(near, key=lambda c: _km(c, centre)) if near else None
    return cands[0] if cands else None


def _distinct(points) -> list[Point]:
    """Points ~1 km apart or closer are one place listed twice (a county seat and the town)."""
    out: list[Point] = []
    for p in points:
        if all(abs(float(p.lat) - float(q.lat)) + abs(float(p.lon) - float(q.lon)) > 0.01 for q in out):
            out.append(p)
    return out


class CityPoints:
    """Iranian town points from two fetched lists, matched by loose name within the province
    (dr5hn: no county) or the county (masterking32). A name two places share in the same scope
    is ambiguous and not used."""

    def __init__(self, provinces: dict[str, str], counties: dict[str, tuple[str, str]], shapes: ProvinceShapes,
                 csc_repo: Path, mk_repo: Path):
        self.shapes = shapes
        prov_by_loose = {loose(n): pid for pid, n in provinces.items()}
        county_by_loose = {(loose(n), pid): cid for cid, (n, pid) in counties.items()}
        # ---- dr5hn (ODbL): fa name, lat/lon, population, Wikidata id; state ids read off the data
        csc = json.loads(_git_show(csc_repo, CSC_REF, "contributions/cities/IR.json"))
        votes: dict[int, Counter] = defaultdict(Counter)
        names_to_pids: dict[str, set] = defaultdict(set)
        for cid, (n, pid) in counties.items():
            names_to_pids[loose(n)].add(pid)
        for c in csc:
            pids = names_to_pids.get(loose((c.get("translations") or {}).get("fa", "")), set())
            if len(pids) == 1:
                votes[c["state_id"]][next(iter(pids))] += 1
        state_pid = {sid: v.most_common(1)[0][0] for sid, v in votes.items()}
        self.csc: dict[tuple[str, str], list[Point]] = defaultdict(list)
        for c in csc:
            fa, pid = (c.get("translations") or {}).get("fa"), state_pid.get(c["state_id"])
            if not fa or not pid or not c.get("latitude"):
                continue
            pop = c.get("population")
            self.csc[(loose(fa), pid)].append(Point(c["latitude"], c["longitude"], str(int(pop)) if pop else "",
                                                    c.get("wikiDataId") or "", "dr5hn"))
        # ---- masterking32 (MIT): 1,572 towns and county seats with lat/lon, province and county ids
        mk_prov = json.loads(_git_show(mk_repo, MK_REF, "2025-01-18/provinces.json"))
        mk_pid = {int(k): prov_by_loose.get(loose(v["name"])) for k, v in mk_prov.items()}
        mk = list(json.loads(_git_show(mk_repo, MK_REF, "2025-01-18/cities_sorted.json")).values())
        mk_cid = {c["county_id"]: county_by_loose.get((loose(c["name"]), mk_pid.get(c["province_id"])))
                  for c in mk if c["is_county"]}
        self.mk_county: dict[tuple[str, str], list[Point]] = defaultdict(list)
        self.mk_prov: dict[tuple[str, str], list[Point]] = defaultdict(list)
        self.mk_seat: dict[str, Point] = {}  # our county id -> the point masterking32 gives the county (its seat)
        # a point several differently named entries share was filled in by copying: trust none of them
        names_at = defaultdict(set)
        for c in mk:
            names_at[(str(c["lat"]), str(c["lon"]))].add(loose(c["name"]))
        for c in mk:
            if c["lat"] in (None, "") or len(names_at[(str(c["lat"]), str(c["lon"]))]) > 1:
                continue
            pt = Point(str(c["lat"]), str(c["lon"]), source="masterking32")
            pid, cid = mk_pid.get(c["province_id"]), mk_cid.get(c["county_id"])
            if c["is_county"] and cid:
                self.mk_seat[cid] = pt
            # a county entry is placed at its seat: a town of the county's name, if there is one
            if cid:
                self.mk_county[(loose(c["name"]), cid)].append(pt)
            if pid:
                self.mk_prov[(loose(c["name"]), pid)].append(pt)

    def _ok(self, pt: Point, pid: str) -> bool:
        return self.shapes.km_outside(f"ir:province:{pid}", float(pt.lat), float(pt.lon)) <= MAX_KM_OUTSIDE

    def city(self, name: str, pid: str, cid: str) -> tuple[list[Point], str, str]:
        """The points the lists give a town (masterking32's first), its population and Wikidata id."""
        for form in _loose_forms(name):
            csc = _distinct(p for p in self.csc.get((form, pid), []) if self._ok(p, pid))
            county = _distinct(p for p in self.mk_county.get((form, cid), []) if self._ok(p, pid))
            prov = _distinct(p for p in self.mk_prov.get((form, pid), []) if self._ok(p, pid))
            mk = county[0] if len(county) == 1 else prov[0] if not county and len(prov) == 1 else None
            extra = csc[0] if len(csc) == 1 else None  # a name twice in a province is ambiguous
            found = [p for p in (mk, extra) if p]
            if found:
                return found, extra.population if extra else "", extra.wikidata if extra else ""
        return [], "", ""



def _in_iran(lat: float | None, lon: float | None) -> bool:
    return lat is not None and lon is not None and IRAN_BBOX[0] <= lat <= IRAN_BBOX[1] and IRAN_BBOX[2] <= lon <= IRAN_BBOX[3]


def _coord(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _read_csv(path: Path, header: bool = True) -> list[dict] | list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh)) if header else list(csv.reader(fh))


def _clean(name: str) -> str:
    # the official list writes «خرم آباد»; the canonical form joins the suffix with a ZWNJ
    name = " ".join(fold(name).split()).replace(" آباد", "\u200cآباد")
    return USUAL_SPELLING.get(name, name)


def _hazm_freq() -> dict[str, int]:
    import hazm

    path = Path(hazm.__file__).resolve().parent / "data" / "words.dat"
    out: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1].isdigit():
                out[key(parts[0])] = max(out.get(key(parts[0]), 0), int(parts[1]))
    return out


def build(shared: Path, world: Path, csc_repo: Path, mk_repo: Path) -> list[dict]:
    g = shared / "gazetteer"
    div = g / "iran-divisions-1402"
    freq = _hazm_freq()

    provinces = {r["id"]: _clean(r["name"]) for r in _read_csv(div / "provinces.csv")}
    counties = {r["id"]: (_clean(r["name"]), r["province_id"]) for r in _read_csv(div / "counties.csv")}

    # province coordinates from iran-locality-coords (checked against Iran's bounding box)
    prov_coords: dict[str, tuple[float, float]] = {}
    loc_prov_name: dict[str, str] = {}
    for row in _read_csv(g / "iran-locality-coords" / "province.csv", header=False):
        name = _clean(row[2])
        loc_prov_name[row[0]] = name
        lat, lon = _coord(row[3]), _coord(row[4])
        if _in_iran(lat, lon):
            prov_coords[name] = (lat, lon)
    city_coords: dict[tuple[str, str], tuple[float, float]] = {}
    for row in _read_csv(g / "iran-locality-coords" / "city.csv", header=False):
        lat, lon = _coord(row[3]), _coord(row[4])
        if _in_iran(lat, lon):
            city_coords[(key(row[2]), key(loc_prov_name.get(row[1], "")))] = (lat, lon)

    # OSM county centroids: «شهرستان X» + ISO province code. The code -> province mapping is read
    # off the data (the province most of a code's counties belong to by name), not typed in.
    osm = _read_csv(g / "iran-county-centroids-osm" / "county_centroids.csv")
    county_by_key: dict[str, list[str]] = defaultdict(list)
    for cid, (name, _pid) in counties.items():
        county_by_key[key(name)].append(cid)
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in osm:
        name = r["name"].removeprefix("شهرستان").strip()
        for cid in county_by_key.get(key(name), []):
            votes[r["province_iso"]][counties[cid][1]] += 1
    iso_to_pid = {iso: c.most_common(1)[0][0] for iso, c in votes.items()}
    county_osm: dict[str, dict] = {}
    for r in osm:
        name = r["name"].removeprefix("شهرستان").strip()
        pid = iso_to_pid.get(r["province_iso"])
        for cid in county_by_key.get(key(name), []):
            if counties[cid][1] == pid:
                county_osm[cid] = r
    # a province without usable coordinates gets the mean of its county centroids
    for pid, pname in provinces.items():
        if pname not in prov_coords:
            pts = [(float(r["centroid_lat"]), float(r["centroid_lon"])) for cid, r in county_osm.items() if counties[cid][1] == pid]
            if pts:
                prov_coords[pname] = (round(statistics.mean(p[0] for p in pts), 5), round(statistics.mean(p[1] for p in pts), 5))

    rows: list[dict] = []

    def add(place_id, name, place_type, province=None, county=None, country="ایران", lat=None, lon=None,
            wikidata=None, needs_cue=False, variants=(), province_id="", population="", capital=""):
        rows.append({
            "place_id": place_id, "name": name, "place_type": place_type, "province": province or "",
            "county": county or "", "country": country or "",
            "lat": "" if lat is None else f"{float(lat):.5f}".rstrip("0").rstrip("."),
            "lon": "" if lon is None else f"{float(lon):.5f}".rstrip("0").rstrip("."),
            "wikidata": wikidata or "", "needs_cue": str(int(needs_cue)),
            "variants": "|".join(dict.fromkeys(v for v in variants if v and key(v) != key(name))),
            "population": population, "province_id": province_id, "capital": capital,
        })

    def cue_level(name: str, major: bool, population: int | None = None) -> int:
        """0: a place on its own; 1: needs a weak cue («در X»); 2: a strong cue («شهر X») or a
        multi-word spelling; 3: its own cue only. Majors (counties, county seats) are places
        unless listed; minor towns need their cue unless their name is a rare word or the town
        is large (a town of 50,000 the news names as often as a county seat: «مهاباد»,
        «شاهین شهر», «بندر امام خمینی»)."""
        k = key(name)
        if name in GIVEN_NAMES:
            return 1
        if name in COMMON_WORDS or name in FOREIGN_FIRST or len(k) <= 2:
            return 2
        if not major and int(population or 0) >= LARGE_TOWN:
            return 1
        if not major:  # a small town: its own cue («شهر X») unless it is one rare word
            return 3 if freq.get(k, 0) >= FREQ_LIMIT or " " in name else 1
        return 0

    for cc, name, lat, lon, variants in _lines(COUNTRIES):
        add(f"country:{cc}", name, "country", country=name, lat=lat, lon=lon,
            needs_cue=2 if name in COMMON_WORDS else 0, variants=variants)
    country_name = {cc: name for cc, name, *_ in _lines(COUNTRIES)}

    for pid, name in provinces.items():
        lat, lon = prov_coords.get(name, (None, None))
        add(f"ir:province:{pid}", name, "province", province=name, lat=lat, lon=lon, province_id=f"ir:province:{pid}",
            needs_cue=PROVINCES_NEEDING_CUE.get(name, 0), variants=IRAN_VARIANTS.get(name, ()))

    for cid, (name, pid) in counties.items():
        r = county_osm.get(cid)
        add(f"ir:county:{cid}", name, "county", province=provinces[pid], county=name, province_id=f"ir:province:{pid}",
            lat=r and r["centroid_lat"], lon=r and r["centroid_lon"], wikidata=r and r["wikidata"],
            needs_cue=cue_level(name, major=True), variants=IRAN_VARIANTS.get(name, ()))

    # Open point sources for the cities iran-locality-coords lacks (see the docstring); checked
    # against the province shapes so a same-named town elsewhere cannot lend its point.
    shapes = ProvinceShapes(DATA / "provinces.geojson")
    points = CityPoints(provinces, counties, shapes, csc_repo, mk_repo)
    stats = Counter()

    seen_cities = set()
    city_rows: dict[tuple[str, str], dict] = {}  # (loose name, county id) -> row: district/rural centres
    for r in _read_csv(div / "cities.csv"):
        name = _clean(r["name"])
        if any(ch.isdigit() for ch in name):  # numbered sub-areas of a city («اراک 1»)
            continue
        pname = provinces[r["province_id"]]
        cname = counties.get(r["county_id"], ("", ""))[0]
        if (key(name), pname) in seen_cities:
            continue
        seen_cities.add((key(name), pname))
        # Candidates in order of trust: iran-locality-coords, masterking32, dr5hn. Each list has
        # a few gross errors (locality puts «بابل» at Babylon and «سمنان» 90 km off), so a point
        # two lists agree on (within AGREE_KM) wins; a lone point is taken as it is.
        found, population, wikidata = points.city(name, r["province_id"], r["county_id"])
        cands = []
        if (key(name), key(pname)) in city_coords:
            cands.append(Point(*map(str, city_coords[(key(name), key(pname))]), source="locality"))
        cands += found
        cands = [c for c in cands if points._ok(c, r["province_id"])]
        osm = county_osm.get(r["county_id"])
        pick = _agreed(cands, Point(osm["centroid_lat"], osm["centroid_lon"], source="osm") if osm else None)
        lat, lon, src = (pick.lat, pick.lon, pick.source) if pick else (None, None, "")
        if lat is None and key(cname) == key(name) and r["county_id"] in county_osm:
            c = county_osm[r["county_id"]]  # a county seat without a point: its county's centroid
            lat, lon, src = c["centroid_lat"], c["centroid_lon"], "county-centroid"
        if len(cands) > 1:
            stats["cands>1:" + ("agree" if any(_km(c, cands[0]) <= AGREE_KM for c in cands[1:]) else "disagree")] += 1
        stats[src or "none"] += 1
        ptype = "city"  # a port town («بندر امام خمینی») is a town: the readers type it city, NSURL tags it LOC
        # «بندر دیلم», seat of the county «دیلم»: the news and its readers name the town as the county
        # is named («خبرنگار فارس در دیلم» is the town); the official name stays a variant
        port = name.startswith("بندر") and key(name) != key(cname) and key(name[4:]) == key(cname)
        shown = cname if port else name
        add(f"ir:city:{r['id']}", shown, ptype, province=pname, county=cname, lat=lat, lon=lon,
            province_id=f"ir:province:{r['province_id']}", population=population, wikidata=wikidata,
            needs_cue=cue_level(shown, major=port or key(cname) == key(name) or (key(name), key(pname)) in city_coords
                                or name in MAJOR_TOWNS, population=population),
            variants=(*IRAN_VARIANTS.get(name, ()), *((name,) if port else ())))
        if lat is not None and src != "county-centroid":
            city_rows.setdefault((loose(name), r["county_id"]), rows[-1])

    # a county OSM gives no centroid: the point of its seat (the town of its name, else the point
    # masterking32 gives the county, which is its seat's)
    for row in rows:
        if row["place_type"] == "county" and not row["lat"]:
            cid = row["place_id"].rsplit(":", 1)[1]
            seat = city_rows.get((loose(row["name"]), cid))
            pt = (seat["lat"], seat["lon"]) if seat else (
                (points.mk_seat[cid].lat, points.mk_seat[cid].lon) if cid in points.mk_seat else (None, None))
            if pt[0] is not None and shapes.km_outside(row["province_id"], float(pt[0]), float(pt[1])) <= MAX_KM_OUTSIDE:
                row["lat"], row["lon"] = _fmt(pt[0]), _fmt(pt[1])
                stats["county:seat-point"] += 1
                continue
            # else the mean of its towns' points: inside the county, near enough for a map
            towns = [(float(t["lat"]), float(t["lon"])) for (_, c), t in city_rows.items() if c == cid]
            if towns:
                row["lat"], row["lon"] = _fmt(statistics.mean(t[0] for t in towns)), _fmt(statistics.mean(t[1] for t in towns))
                stats["county:towns-mean"] += 1

    def centre(name: str, pid: str, cid: str) -> tuple[str, str] | tuple[None, None]:
        """A district's or rural district's centre: the city of the same name in the same county,
        else a point source's place of that name in the county (or, unique, in the province)."""
        row = city_rows.get((loose(name), cid))
        if row:
            return row["lat"], row["lon"]
        found = points.city(name, pid, cid)[0]
        return (found[0].lat, found[0].lon) if found else (None, None)

    for r in _read_csv(div / "districts.csv"):
        name = _clean(r["name"])
        if name == "مرکزی":  # every county's «بخش مرکزی»: not a name on its own
            continue
        lat, lon = centre(name, r["province_id"], r["county_id"])
        stats["district:" + ("centre" if lat is not None else "none")] += 1
        add(f"ir:district:{r['id']}", name, "district", province=provinces[r["province_id"]],
            county=counties.get(r["county_id"], ("", ""))[0], needs_cue=3, lat=lat, lon=lon,
            province_id=f"ir:province:{r['province_id']}")

    for r in _read_csv(div / "rurals.csv"):
        name = _clean(r["name"])
        lat, lon = centre(name, r["province_id"], r["county_id"])
        stats["rural:" + ("centre" if lat is not None else "none")] += 1
        add(f"ir:rural:{r['id']}", name, "rural_district", province=provinces[r["province_id"]],
            county=counties.get(r["county_id"], ("", ""))[0], needs_cue=3, lat=lat, lon=lon,
            province_id=f"ir:province:{r['province_id']}")
    print("Iranian points:", dict(sorted(stats.items())), file=sys.stderr)

    for cc, name, lat, lon, variants in _lines(WORLD_CITIES):
        ptype = "city"
        add(f"city:{cc}:{name}", name, ptype, country=country_name[cc], lat=lat, lon=lon,
            needs_cue=2 if name in COMMON_WORDS else 1 if name in GIVEN_NAMES | CLUB_CITIES else 0, variants=variants)

    for i, line in enumerate(l for l in REGIONS.strip().splitlines() if l.strip()):
        kind, name, variants = (line.split("|") + [""])[:3]
        add(f"geo:{kind}:{i}", name, GEO_KINDS[kind], country=None, needs_cue=2 if name in COMMON_WORDS else 0,
            variants=[v for v in variants.split(",") if v])

    merge_world(rows, world, shapes, country_name, provinces, freq)
    return rows


# ---------------------------------------------------------------------------- the world table
def _hazm_pos() -> dict[str, set[str]]:
    import hazm

    out: dict[str, set[str]] = defaultdict(set)
    with (Path(hazm.__file__).resolve().parent / "data" / "words.dat").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                out[key(parts[0])].update(t for t in parts[2].split(",") if t.isalpha())  # «کوفة» has tag 0
    return out


def world_cue(name: str, variants: list[str], place_type: str, freq: dict[str, int], pos: dict[str, set[str]]) -> int:
    """needs_cue of a world row, by the rule the hand-written world rows follow: an everyday word
    (COMMON_WORDS) needs a strong cue (2), a given name or a club's city a weak one (1), anything
    else is a place on its own. Beyond the hand lists, a one-word spelling of a row that is no
    country, frequent in hazm's corpus (count >= RISK_COUNT, the place_name_risk.tsv threshold)
    and tagged there as more than a noun is a common word: a weak cue for an adjective («دلاور»,
    «پرت»), a strong one for any other tag («صور»: plural). hazm's counts include the place uses
    («کالیفرنیا», «قشم»), so a name hazm knows only as a noun is not demoted. Multi-word spellings
    carry their own context; a multi-word name is judged by its one-word variants («جزیره هرمز»)."""
    level = 0
    for spelling in [name, *variants]:
        if len(spelling.split()) > 1:
            continue
        k = key(spelling)
        tags = pos.get(k, set()) - {"N", "RES"}
        if spelling in COMMON_WORDS:
            level = max(level, 2)
        elif spelling in GIVEN_NAMES or spelling in CLUB_CITIES:
            level = max(level, 1)
        elif place_type != "country" and freq.get(k, 0) >= RISK_COUNT and tags:
            level = max(level, 1 if tags == {"AJ"} else 2)
    return level


def merge_world(rows: list[dict], path: Path, shapes: ProvinceShapes, country_name: dict[str, str],
                provinces: dict[str, str], freq: dict[str, int]) -> None:
    """Fold pipeline/data/world_places.tsv into ``rows`` (in place): a world row that names a
    place already here fills its missing coordinates, variants, Wikidata id and population (and
    marks capitals); any other is added under its own ``w:`` id. Same place: same ISO code
    (countries), else same Wikidata id, else same name key, type and country, else a shared
    spelling with the same type and country (regions, seas and other features match across those
    three types and a missing country matches any)."""
    with path.open(encoding="utf-8", newline="") as fh:
        world = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    pos = _hazm_pos()
    # the world table spells some countries differently («بریتانیا»): map through the ISO code
    iso_of = {w["name"]: w["place_id"].split(":")[-1] for w in world if w["place_type"] == "country"}
    def gaz_country(name: str) -> str:
        return country_name.get(iso_of.get(name, ""), name)

    def spellings(r: dict) -> list[str]:
        return [r["name"], *(v for v in r["variants"].split("|") if v)]

    by_id = {r["place_id"]: r for r in rows}
    by_wd = {r["wikidata"]: r for r in reversed(rows) if r["wikidata"]}
    by_key: dict[str, list[dict]] = defaultdict(list)
    by_spelling: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_key[key(r["name"])].append(r)
        for sp in spellings(r):
            by_spelling[key(sp)].append(r)

    def compatible(r: dict, ptype: str, country: str) -> bool:
        same_type = r["place_type"] == ptype or (r["place_type"] in NATURAL and ptype in NATURAL)
        if ptype == "city" and r["place_type"] == "port":
            same_type = True
        return same_type and (r["country"] == country or not r["country"] or not country)

    stats = Counter()
    added: list[dict] = []
    for w in sorted(world, key=lambda w: w["place_id"]):
        ptype = WORLD_TYPES[w["place_type"]]
        country = gaz_country(w["country"])
        target, how = None, ""
        if ptype == "country":
            target, how = by_id.get("country:" + w["place_id"].split(":")[-1]), "iso"
        if target is None and w["wikidata"] and w["wikidata"] in by_wd:
            target, how = by_wd[w["wikidata"]], "wikidata"
        if target is None:
            hits = [r for r in by_key.get(key(w["name"]), []) if compatible(r, ptype, country)]
            target, how = (hits[0], "name") if hits else (None, "")
        if target is None:
            hits = [r for sp in spellings(w) for r in by_spelling.get(key(sp), []) if compatible(r, ptype, country)]
            target, how = (hits[0], "spelling") if hits else (None, "")
        capital = "1" if w["place_type"] == "capital" else ""
        if target is not None:
            stats["merged:" + how] += 1
            known = {key(sp) for sp in spellings(target)}
            # «دولت قطر», an official long name, is the government in the news (an ORG): no variant
            extra = [v for v in spellings(w) if key(v) not in known and not known.add(key(v))
                     and not (ptype == "country" and v.startswith("دولت "))]
            # a spelling riskier than the row's cue level would let a common word through
            # («کیف», bag, beside Kyiv's «کی‌یف» which needs no cue): left to the world table
            risky = [v for v in extra if world_cue(v, [], target["place_type"], freq, pos) > int(target["needs_cue"])]
            extra = [v for v in extra if v not in risky]
            stats["merged:risky-variant-skipped"] += len(risky)
            if risky:
                print("  skipped risky variants of", target["place_id"], risky, file=sys.stderr)
            if extra:
                target["variants"] = "|".join(v for v in [*target["variants"].split("|"), *extra] if v)
            if not target["lat"]:
                target["lat"], target["lon"] = _fmt(w["lat"]), _fmt(w["lon"])
                stats["merged:+coords"] += 1
            target["wikidata"] = target["wikidata"] or w["wikidata"]
            target["population"] = target["population"] or w["population"]
            target["capital"] = target["capital"] or capital
            continue
        stats["added:" + ptype] += 1
        seen = {key(w["name"])}
        variants = [v for v in w["variants"].split("|") if v and key(v) not in seen and not seen.add(key(v))
                    and not (ptype == "country" and v.startswith("دولت "))]
        lat, lon = float(w["lat"]), float(w["lon"])
        province = province_id = ""
        if country == "ایران" and ptype != "country":
            province_id = shapes.province_of(lat, lon)
            province = provinces[province_id.rsplit(":", 1)[1]]
        added.append({
            "place_id": w["place_id"], "name": w["name"], "place_type": ptype, "province": province, "county": "",
            "country": country, "lat": _fmt(w["lat"]), "lon": _fmt(w["lon"]), "wikidata": w["wikidata"],
            "needs_cue": str(world_cue(w["name"], variants, ptype, freq, pos) if not capital or w["name"] in COMMON_WORDS | GIVEN_NAMES
                             else 0),
            "variants": "|".join(variants), "population": w["population"], "province_id": province_id,
            "capital": capital,
        })
    rows.extend(added)
    # hand-written rows that are another row's synonym («آسیای میانه», «تالاب بین‌المللی انزلی»)
    # take that row's point; a few more get an approximate point written here (HAND_POINTS)
    located: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["lat"]:
            for sp in spellings(r):
                located[key(sp)].append(r)
    for r in rows:
        if r["lat"] or r["place_id"].startswith("ir:"):
            continue
        same = [o for sp in spellings(r) for o in located.get(key(sp), []) if compatible(o, r["place_type"], r["country"])]
        if same:
            r["lat"], r["lon"] = same[0]["lat"], same[0]["lon"]
            stats["synonym:+coords"] += 1
        elif r["name"] in HAND_POINTS:
            r["lat"], r["lon"] = (_fmt(v) for v in HAND_POINTS[r["name"]])
            stats["hand:+coords"] += 1
    print("world merge:", dict(sorted(stats.items())), file=sys.stderr)


def _fmt(value) -> str:
    return f"{float(value):.5f}".rstrip("0").rstrip(".")


def _lines(block: str):
    for line in block.strip().splitlines():
        if not line.strip():
            continue
        cc, name, lat, lon, variants = (line.split("|") + [""])[:5]
        yield cc, name, float(lat), float(lon), [v for v in variants.split(",") if v]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "pipeline" / "data" / "gazetteer.tsv")
    ap.add_argument("--world", type=Path, default=DATA / "world_places.tsv")
    ap.add_argument("--csc-repo", type=Path, default=MIRROR / "dr5hn+countries-states-cities-database" / "repo",
                    help="git directory of dr5hn/countries-states-cities-database (search tool's fetch)")
    ap.add_argument("--mk-repo", type=Path, default=MIRROR / "masterking32+iran-states-cities-districts" / "repo",
                    help="git directory of masterking32/iran-states-cities-districts (search tool's fetch)")
    args = ap.parse_args(argv)
    rows = build(args.shared, args.world, args.csc_repo, args.mk_repo)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=OUT_COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    types = Counter(r["place_type"] for r in rows)
    print(f"{len(rows)} places -> {args.out} ({args.out.stat().st_size / 1e6:.2f} MB): {dict(types)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
