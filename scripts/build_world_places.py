"""Build pipeline/data/world_places.tsv: the world's countries, capitals, main cities, US states,
continents, regions, seas, rivers, lakes, mountains and deserts Persian news names, plus Iranian
islands, rivers, lakes and mountains that the divisions-based gazetteer.tsv lacks.

Sources and licences (read from fetched snapshots at pinned commits; nothing is copied into the
repository but the derived table):
- Natural Earth 4.0 vector data, public domain (naturalearthdata.com), as packaged by
  github.com/martynafford/natural-earth-geojson at 0b9a6ce: populated places (coordinates,
  population, Wikidata id of cities and capitals), admin-0 countries (population estimate), admin-1
  states (US and Canadian state points), geography region/marine polygons, lakes and rivers
  (a representative point of each). The .7z files are unpacked with 7-Zip (`7zz` or `7z`).
- mledoze/countries at 5e9f370 (github.com/mledoze/countries), ODbL 1.0: the list of countries
  (ISO codes, independence, capitals in English, coordinates) and Persian names
  (`translations.per`). The table is therefore ODbL: credit "mledoze/countries (ODbL)".
- dr5hn/countries-states-cities-database at 7fda0af, ODbL 1.0 / DbCL: coordinates and population
  of the few cities Natural Earth lacks (matched on the English name), only where used
  (source column `csc`).
- pipeline/data/gazetteer.tsv (this project): the country spellings the places stage already uses.
- written here: the Persian spellings of every capital, city, state, region, sea, river and
  mountain (the project's own spellings, matched to the sources by English name), a few spelling
  variants, and, where no open dataset has a point (e.g. «نوار غزه», «تنگه هرمز», Iranian islands),
  approximate coordinates (source column `hand`).

Columns: place_id, name (canonical Persian), variants (|-separated), place_type, country (Persian),
lat, lon, population (a prior for disambiguation; empty when unknown), wikidata, source.
Every row has coordinates: regions, seas and rivers get one representative point.
Rows sorted by place_id; rebuilding gives identical bytes.

Usage: python scripts/build_world_places.py [--ne-repo DIR] [--mledoze-repo DIR] [--csc-repo DIR]
       [--out pipeline/data/world_places.tsv]
(the repo arguments are git directories of the snapshots, e.g. from the search tool's fetch)
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from placedata_common import DATA, fmt_coord, key, read_gazetteer  # noqa: E402

NE_REF = "0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e"
MLEDOZE_REF = "5e9f370050f83ad2ba4cb885f75d66114badf72c"
CSC_REF = "7fda0afd3e75391d9480c22ed3a2b91f50e08eb6"
MIRROR = Path("/work/.mirror")

COLUMNS = ("place_id", "name", "variants", "place_type", "country", "lat", "lon", "population", "wikidata", "source")

# Countries news names that are not independent in mledoze's list: ISO code -> why kept.
EXTRA_COUNTRIES = {"PS": "Palestine", "XK": "Kosovo", "TW": "Taiwan", "EH": "Western Sahara", "GL": "Greenland",
                   "PR": "Puerto Rico"}
# Persian names where mledoze's translation is not what news writes (keyed by ISO code).
COUNTRY_NAME_FIX = {"IL": "اسرائیل", "KW": "کویت", "CV": "کیپ ورد", "KM": "کومور", "EH": "صحرای غربی", "GL": "گرینلند",
                    "PR": "پورتوریکو", "XK": "کوزوو"}

# ISO | English name as in Natural Earth (or mledoze's capital) | Persian | variants (comma-separated)
# Capitals named like their country get «شهر X», so a bare «کویت» stays the country.
CAPITALS = """
AF|Kabul|کابل|
AL|Tirana|تیرانا|
DZ|Algiers|الجزیره|شهر الجزایر
AD|Andorra|آندورا لا ولا|
AO|Luanda|لوآندا|
AG|Saint John's|سنت جانز|
AR|Buenos Aires|بوئنوس‌آیرس|بوینس‌آیرس
AM|Yerevan|ایروان|
AU|Canberra|کانبرا|
AT|Vienna|وین|
AZ|Baku|باکو|
BS|Nassau|ناسائو|
BH|Manama|منامه|
BD|Dhaka|داکا|
BB|Bridgetown|بریج‌تاون|
BY|Minsk|مینسک|
BE|Brussels|بروکسل|
BZ|Belmopan|بلموپان|
BJ|Porto-Novo|پورتو نووو|
BT|Thimphu|تیمپو|
BO|Sucre|سوکره|
BA|Sarajevo|سارایوو|
BW|Gaborone|گابورون|
BR|Brasília|برازیلیا|
BN|Bandar Seri Begawan|بندر سری بگاوان|
BG|Sofia|صوفیه|
BF|Ouagadougou|واگادوگو|
BI|Gitega|گیتگا|
KH|Phnom Penh|پنوم‌پن|
CM|Yaounde|یائونده|
CA|Ottawa|اتاوا|
CV|Praia|پرایا|
CF|Bangui|بانگی|
TD|Ndjamena|انجامنا|
CL|Santiago|سانتیاگو|
CN|Beijing|پکن|
CO|Bogota|بوگوتا|
KM|Moroni|مورونی|
CG|Brazzaville|برازاویل|
CD|Kinshasa|کینشاسا|
CR|San José|سن‌خوزه|سان خوزه
CI|Yamoussoukro|یاموسوکرو|
HR|Zagreb|زاگرب|
CU|Havana|هاوانا|
CY|Nicosia|نیکوزیا|
CZ|Prague|پراگ|
DK|København|کپنهاگ|
DJ|Djibouti|شهر جیبوتی|
DM|Roseau|روزو|
DO|Santo Domingo|سانتو دومینگو|
EC|Quito|کیتو|
EG|Cairo|قاهره|
SV|San Salvador|سان سالوادور|
GQ|Malabo|مالابو|
ER|Asmara|اسمره|
EE|Tallinn|تالین|
SZ|Mbabane|امبابانه|
ET|Addis Ababa|آدیس‌آبابا|آدیس آبابا
FJ|Suva|سووا|
FI|Helsinki|هلسینکی|
FR|Paris|پاریس|
GA|Libreville|لیبرویل|
GM|Banjul|بانجول|
GE|Tbilisi|تفلیس|
DE|Berlin|برلین|
GH|Accra|آکرا|
GR|Athens|آتن|
GD|Saint George's|سنت جورجز|
GT|Guatemala|گواتمالاسیتی|گواتمالا سیتی
GN|Conakry|کوناکری|
GW|Bissau|بیسائو|
GY|Georgetown|جورج‌تاون|
HT|Port-au-Prince|پورتوپرنس|
HN|Tegucigalpa|تگوسیگالپا|
HU|Budapest|بوداپست|
IS|Reykjavík|ریکیاویک|
IN|New Delhi|دهلی نو|دهلی,دهلی‌نو
ID|Jakarta|جاکارتا|
IR|Tehran|تهران|طهران
IQ|Baghdad|بغداد|
IE|Dublin|دوبلین|
IT|Rome|رم|
JM|Kingston|کینگستون|
JP|Tokyo|توکیو|
JO|Amman|امان|
KZ|Astana|آستانه|نورسلطان
KE|Nairobi|نایروبی|
KI|Tarawa|تاراوا|
KP|Pyongyang|پیونگ‌یانگ|
KR|Seoul|سئول|
KW|Kuwait|شهر کویت|کویت سیتی
KG|Bishkek|بیشکک|
LA|Vientiane|وینتیان|
LV|Riga|ریگا|
LB|Beirut|بیروت|
LS|Maseru|ماسرو|
LR|Monrovia|مونروویا|
LY|Tripoli|طرابلس|
LI|Vaduz|فادوتس|
LT|Vilnius|ویلنیوس|
LU|Luxembourg|شهر لوکزامبورگ|
MG|Antananarivo|آنتاناناریوو|
MW|Lilongwe|لیلونگوه|
MY|Kuala Lumpur|کوالالامپور|
MV|Malé|ماله|
ML|Bamako|باماکو|
MT|Valletta|والتا|
MH|Majuro|ماجورو|
MR|Nouakchott|نواکشوت|
MU|Port Louis|پورت لوئیس|
MX|Mexico City|مکزیکوسیتی|مکزیکو سیتی
FM|Palikir|پالیکیر|
MD|Chișinău|کیشیناو|
MC|Monaco|شهر موناکو|
MN|Ulaanbaatar|اولان‌باتور|اولان باتور
ME|Podgorica|پودگوریتسا|
MA|Rabat|رباط|
MZ|Maputo|ماپوتو|
MM|Naypyidaw|نای‌پی‌تاو|نایپیداو
NA|Windhoek|ویندهوک|
NR|Yaren|یارن|
NP|Kathmandu|کاتماندو|
NL|Amsterdam|آمستردام|
NZ|Wellington|ولینگتون|
NI|Managua|ماناگوا|
NE|Niamey|نیامی|
NG|Abuja|ابوجا|
MK|Skopje|اسکوپیه|
NO|Oslo|اسلو|
OM|Muscat|مسقط|
PK|Islamabad|اسلام‌آباد|
PW|Melekeok|ملکئوک|
PS|Jerusalem|قدس|بیت‌المقدس,اورشلیم,قدس شریف
PA|Panama City|پاناماسیتی|پاناما سیتی
PG|Port Moresby|پورت مورسبی|
PY|Asunción|آسونسیون|
PE|Lima|لیما|
PH|Manila|مانیل|
PL|Warsaw|ورشو|
PT|Lisbon|لیسبون|
QA|Doha|دوحه|
RO|Bucharest|بخارست|
RU|Moscow|مسکو|
RW|Kigali|کیگالی|
KN|Basseterre|باستر|
LC|Castries|کاستریز|
VC|Kingstown|کینگزتاون|
WS|Apia|آپیا|
SM|San Marino|شهر سان مارینو|
ST|São Tomé|سائوتومه|
SA|Riyadh|ریاض|
SN|Dakar|داکار|
RS|Belgrade|بلگراد|
SC|Victoria|ویکتوریا|
SL|Freetown|فری‌تاون|
SG|Singapore|شهر سنگاپور|
SK|Bratislava|براتیسلاوا|
SI|Ljubljana|لیوبلیانا|
SB|Honiara|هونیارا|
SO|Mogadishu|موگادیشو|
ZA|Pretoria|پرتوریا|
SS|Juba|جوبا|
ES|Madrid|مادرید|
LK|Sri Jawewardenepura Kotte|سری جایاواردنه‌پوره کوته|
SD|Khartoum|خارطوم|
SR|Paramaribo|پاراماریبو|
SE|Stockholm|استکهلم|
CH|Bern|برن|
SY|Damascus|دمشق|
TW|Taipei|تایپه|
TJ|Dushanbe|دوشنبه|
TZ|Dodoma|دودوما|
TH|Bangkok|بانکوک|
TL|Dili|دیلی|
TG|Lomé|لومه|
TO|Nukualofa|نوکوآلوفا|
TT|Port-of-Spain|پورت آو اسپین|
TN|Tunis|شهر تونس|
TR|Ankara|آنکارا|
TM|Ashgabat|عشق‌آباد|عشق آباد
TV|Funafuti|فونافوتی|
UG|Kampala|کامپالا|
UA|Kiev|کی‌یف|کییف,کیف
AE|Abu Dhabi|ابوظبی|ابو ظبی
GB|London|لندن|
US|Washington, D.C.|واشنگتن|واشینگتن,واشنگتن دی سی
UY|Montevideo|مونته‌ویدئو|
UZ|Tashkent|تاشکند|
VU|Port Vila|پورت ویلا|
VA|Vatican City|شهر واتیکان|
VE|Caracas|کاراکاس|
VN|Hanoi|هانوی|
YE|Sanaa|صنعا|
ZM|Lusaka|لوزاکا|
ZW|Harare|هراره|
XK|Pristina|پریشتینا|
GL|Nuuk|نوک|
PR|San Juan|سان خوان|
EH|Laayoune|العیون|
"""

# Main cities news names (not capitals): ISO | English name in Natural Earth | Persian | variants
CITIES = """
IQ|Basra|بصره|
IQ|Mosul|موصل|
IQ|Karbala|کربلا|کربلای معلی
IQ|An Najaf|نجف|نجف اشرف
IQ|Samarra|سامرا|
IQ|Kufa|کوفه|
IQ|Irbil|اربیل|اربیل عراق
IQ|As Sulaymaniyah|سلیمانیه|
IQ|Kirkuk|کرکوک|
IQ|Al Fallujah|فلوجه|
IQ|Ar Ramadi|رمادی|
IQ|Tikrit|تکریت|
IQ|Tall Afar|تلعفر|تل‌عفر,تل عفر
IQ|Dahuk|دهوک|
IQ|Baqubah|بعقوبه|
IQ|Al Hillah|حله|
IQ|Al Kut|کوت|
IQ|An Nasiriyah|ناصریه|
IQ|Al Amarah|عماره|
IQ|Ad Diwaniyah|دیوانیه|
IQ|As Samawah|سماوه|
IQ|Zakho|زاخو|
IQ|Halabja@35.18,45.99|حلبچه|
IQ|Umm Qasr|ام‌قصر|ام قصر
IQ|Sinjar|سنجار|
IQ|Al Qaim@34.37,41.09|القائم|
IQ|Kadhimiya|کاظمین|
SY|Aleppo|حلب|
SY|Hims|حمص|
SY|Hamah|حماه|
SY|Idlib|ادلب|
SY|Ar Raqqah|رقه|الرقه
SY|Dayr az Zawr|دیرالزور|دیر الزور
SY|Al Ladhiqiyah|لاذقیه|
SY|Tartus|طرطوس|
SY|Dar'a|درعا|
SY|Abu Kamal|البوکمال|بوکمال,ابوکمال
SY|Tadmur|تدمر|پالمیرا
SY|Al Qamishli|قامشلی|
SY|Al Hasakah|حسکه|الحسکه
SY|Douma|دوما|
SY|Manbij|منبج|
SY|Izaz|اعزاز|
SY|As Suwayda|سویدا|السویدا
SY|Al Qunaytirah|قنیطره|القنیطره
SY|Al Mayadin|المیادین|
LB|Sidon|صیدا|
LB|Tyre|صور|
LB|Baalbek|بعلبک|
LB|Nabatiye et Tahta|نبطیه|
PS|Gaza|غزه|
PS|Ramallah|رام‌الله|رام الله
PS|Hebron|الخلیل|
PS|Nablus|نابلس|
PS|Jenin|جنین|
PS|Khan Yunis|خان‌یونس|خان یونس
PS|Rafah|رفح|
PS|Bethlehem|بیت‌لحم|بیت لحم
IL|Tel Aviv-Yafo|تل‌آویو|تل آویو,تل‌آویو-یافا
IL|Haifa|حیفا|
IL|Beersheba|بئرشبع|
IL|Eilat|ایلات|
IL|Ashdod|اشدود|
IL|Ashkelon|عسقلان|
IL|Nazareth|ناصره|
IL|Acre|عکا|
IL|Dimona|دیمونا|
JO|Irbid|اربد|
JO|Az Zarqa|زرقا|
JO|Aqaba|عقبه|
SA|Jeddah|جده|
SA|Makkah|مکه|مکه مکرمه
SA|Medina|مدینه|مدینه منوره
SA|Dammam|دمام|
SA|Al Qatif|قطیف|
SA|Tabuk|تبوک|
SA|Najran|نجران|
SA|Jizan|جازان|جیزان
SA|Abha|ابها|
SA|Taif|طائف|
SA|Al Hufuf|احساء|الاحساء,هفوف
SA|Yanbu al Bahr|ینبع|
SA|Dhahran|ظهران|
SA|Khamis Mushait|خمیس مشیط|
AE|Dubai|دبی|
AE|Sharjah|شارجه|
AE|Al Ayn|العین|
AE|Ras al Khaymah|راس‌الخیمه|رأس‌الخیمه,راس الخیمه
AE|Fujairah|فجیره|
AE|Ajman|عجمان|
BH|Al Muharraq|محرق|
OM|Salalah|صلاله|
OM|Sohar|صحار|
OM|Khasab|خصب|
YE|Aden|عدن|
YE|Al Hudaydah|الحدیده|حدیده
YE|Taizz|تعز|
YE|Sadah|صعده|
YE|Marib|مأرب|مارب
YE|Al Mukalla|مکلا|المکلا
EG|Alexandria|اسکندریه|
EG|Port Said|پورت سعید|
EG|Suez|سوئز|
EG|El Arish|العریش|
EG|Sharm el Sheikh|شرم‌الشیخ|شرم الشیخ
EG|Luxor|الاقصر|اقصر
EG|Aswan|اسوان|
EG|Giza|جیزه|
TR|Istanbul|استانبول|اسلامبول
TR|Izmir|ازمیر|
TR|Konya|قونیه|
TR|Bursa|بورسا|
TR|Antalya|آنتالیا|
TR|Adana|آدانا|
TR|Gaziantep|غازی‌عنتاب|غازی عنتاب
TR|Diyarbakir|دیاربکر|
TR|Van|وان|
TR|Erzurum|ارزروم|
TR|Trabzon|ترابزون|
TR|Kayseri|قیصریه|
TR|Sanliurfa|شانلی‌اورفا|اورفا
TR|Mersin|مرسین|
TR|Hakkari|حکاری|
AF|Herat|هرات|
AF|Mazar-e Sharif|مزار شریف|مزارشریف
AF|Kandahar|قندهار|
AF|Jalalabad|جلال‌آباد|
AF|Kondoz|قندوز|کندز
AF|Ghazni|غزنی|
AF|Lashkar Gah|لشکرگاه|
AF|Zaranj|زرنج|
AF|Bamian|بامیان|
AF|Feyzabad|فیض‌آباد بدخشان|
AF|Sheberghan|شبرغان|
AF|Pol-e Khomri|پل خمری|پلخمری
AF|Taloqan|تالقان|
AF|Farah|فراه|
AF|Khost|خوست|
AF|Gardiz|گردیز|
AF|Chaghcharan|چغچران|
AF|Charikar|چاریکار|
AF|Meymaneh|میمنه|
AF|Balkh|بلخ|
PK|Karachi|کراچی|
PK|Lahore|لاهور|
PK|Peshawar|پیشاور|
PK|Quetta|کویته|
PK|Rawalpindi|راولپندی|
PK|Faisalabad|فیصل‌آباد|
PK|Multan|مولتان|
PK|Gwadar|گوادر|
IN|Mumbai|بمبئی|مومبای
IN|Kolkata|کلکته|
IN|Chennai|چنای|
IN|Bangalore|بنگلور|
IN|Hyderabad|حیدرآباد|
IN|Srinagar|سرینگر|
IN|Lucknow|لکهنو|
IN|Ahmedabad|احمدآباد|
UZ|Samarqand|سمرقند|
UZ|Bukhara|بخارا|
KZ|Almaty|آلماتی|
TJ|Khujand|خجند|
TM|Mary|مرو|
AZ|Ganca|گنجه|
AZ|Naxcivan|نخجوان|
GE|Batumi|باتومی|
RU|St. Petersburg|سن‌پترزبورگ|سن پترزبورگ
RU|Kazan|کازان|
RU|Sochi|سوچی|
RU|Volgograd|ولگوگراد|
RU|Astrakhan|آستاراخان|هشترخان
RU|Groznyy|گروزنی|
RU|Makhachkala|ماخاچ‌قلعه|
RU|Vladivostok|ولادی‌وستوک|
RU|Novosibirsk|نووسیبیرسک|
RU|Yekaterinburg|یکاترینبورگ|
RU|Kaliningrad|کالینینگراد|
RU|Belgorod|بلگورود|
RU|Kursk|کورسک|
RU|Rostov|روستوف|روستوف‌نادون
UA|Kharkiv|خارکیف|خارکف
UA|Odesa|اودسا|
UA|Lviv|لویو|
UA|Donetsk|دونتسک|
UA|Luhansk|لوهانسک|
UA|Mariupol|ماریوپل|
UA|Zaporizhzhya|زاپروژیا|زاپوریژیا
UA|Kherson|خرسون|
UA|Dnipro|دنیپرو|
UA|Sevastopol|سواستوپل|
GB|Manchester|منچستر|
GB|Liverpool|لیورپول|
GB|Birmingham|بیرمنگام|
GB|Edinburgh|ادینبورگ|ادینبرو
GB|Glasgow|گلاسکو|
GB|Belfast|بلفاست|
GB|Oxford|آکسفورد|
GB|Cambridge|کمبریج|
FR|Marseille|مارسی|
FR|Lyon|لیون|
FR|Nice|نیس|
FR|Strasbourg|استراسبورگ|
FR|Toulouse|تولوز|
FR|Bordeaux|بوردو|
FR|Lille|لیل|
DE|Hamburg|هامبورگ|
DE|Munich|مونیخ|
DE|Frankfurt|فرانکفورت|
DE|Cologne|کلن|
DE|Bonn|بن|
DE|Stuttgart|اشتوتگارت|
DE|Düsseldorf|دوسلدورف|
DE|Dortmund|دورتموند|
DE|Leipzig|لایپزیگ|
DE|Dresden|درسدن|
DE|Hannover|هانوفر|
DE|Nürnberg|نورنبرگ|
IT|Milan|میلان|
IT|Naples|ناپل|
IT|Turin|تورین|
IT|Venice|ونیز|
IT|Florence|فلورانس|
IT|Genoa|جنوا|
IT|Palermo|پالرمو|
IT|Bologna|بولونیا|
ES|Barcelona|بارسلونا|بارسلون
ES|Valencia|والنسیا|
ES|Sevilla|سویل|
ES|Bilbao|بیلبائو|
ES|Málaga|مالاگا|
PT|Porto|پورتو|
NL|Rotterdam|روتردام|
NL|The Hague|لاهه|
BE|Antwerpen|آنتورپ|
CH|Geneva|ژنو|
CH|Zürich|زوریخ|
CH|Lausanne|لوزان|
CH|Basel|بازل|
CH|Davos|داووس|
AT|Salzburg|سالزبورگ|
SE|Göteborg|گوتنبرگ|گوتنبورگ,یوتبوری
SE|Malmö|مالمو|
SE|Uppsala|اوپسالا|
NO|Bergen|برگن|
PL|Kraków|کراکوف|
PL|Gdańsk|گدانسک|
GR|Thessaloniki|تسالونیکی|
BA|Srebrenica|سربرنیتسا|
US|New York|نیویورک|
US|Los Angeles|لس‌آنجلس|لس آنجلس,لوس‌آنجلس
US|Chicago|شیکاگو|
US|Houston|هیوستون|
US|San Francisco|سانفرانسیسکو|سان فرانسیسکو
US|Miami|میامی|
US|Boston|بوستون|
US|Las Vegas|لاس‌وگاس|لاس وگاس
US|Philadelphia|فیلادلفیا|
US|Seattle|سیاتل|
US|Detroit|دیترویت|
US|Atlanta|آتلانتا|
US|Dallas|دالاس|
US|San Diego|سن‌دیگو|سن دیگو
US|Phoenix|فینیکس|
US|Denver|دنور|
US|Minneapolis|مینیاپولیس|
US|New Orleans|نیواورلئان|
US|Baltimore|بالتیمور|
US|Honolulu|هونولولو|
US|Anchorage|انکوریج|
US|Austin|آستین|
CA|Toronto|تورنتو|ترنتو
CA|Montréal|مونترال|
CA|Vancouver|ونکوور|
BR|Rio de Janeiro|ریودوژانیرو|ریو دو ژانیرو
BR|São Paulo|سائوپائولو|سائو پائولو
CO|Medellín|مدلین|
BO|La Paz|لاپاز|
CN|Shanghai|شانگهای|
CN|Hong Kong|هنگ‌کنگ|هنگ کنگ
CN|Wuhan|ووهان|
CN|Guangzhou|گوانگژو|
CN|Shenzhen|شنژن|
CN|Urumqi|ارومچی|
CN|Lhasa|لهاسا|
CN|Chongqing|چونگ‌کینگ|
CN|Tianjin|تیانجین|
JP|Osaka|اوزاکا|
JP|Hiroshima|هیروشیما|
JP|Nagasaki|ناگازاکی|
JP|Kyoto|کیوتو|
JP|Fukushima|فوکوشیما|
KR|Busan|بوسان|
VN|Ho Chi Minh City|هوشی‌مین|هوشی مین
MM|Rangoon|یانگون|رانگون
LK|Colombo|کلمبو|
CI|Abidjan|آبیجان|
NG|Lagos|لاگوس|
NG|Kano|کانو|
ZA|Johannesburg|ژوهانسبورگ|
ZA|Cape Town|کیپ‌تاون|کیپ تاون
ZA|Durban|دوربان|
MA|Casablanca|کازابلانکا|دارالبیضا
MA|Tangier|طنجه|
DZ|Oran|وهران|
LY|Benghazi|بنغازی|
LY|Misratah|مصراته|
LY|Surt|سرت|
SD|Port Sudan|پورت‌سودان|پورت سودان
SD|Omdurman|ام‌درمان|
SD|El Fasher|الفاشر|
KE|Mombasa|مومباسا|
TZ|Dar es Salaam|دارالسلام|
CD|Goma|گوما|
AU|Sydney|سیدنی|
AU|Melbourne|ملبورن|
AU|Perth|پرت|
AU|Brisbane|بریزبن|
NZ|Auckland|اوکلند|
NZ|Christchurch|کرایست‌چرچ|
"""

# States (admin-1 points from Natural Earth): ISO 3166-2 | Persian | variants
STATES = """
US-AL|آلاباما|
US-AK|آلاسکا|
US-AZ|آریزونا|
US-AR|آرکانزاس|
US-CA|کالیفرنیا|
US-CO|کلرادو|
US-CT|کنتیکت|
US-DE|دلاور|
US-FL|فلوریدا|
US-GA|جورجیا|
US-HI|هاوایی|
US-ID|آیداهو|
US-IL|ایلینوی|ایلینویز
US-IN|ایندیانا|
US-IA|آیووا|
US-KS|کانزاس|
US-KY|کنتاکی|
US-LA|لوئیزیانا|
US-ME|ایالت مین|
US-MD|مریلند|
US-MA|ماساچوست|
US-MI|میشیگان|
US-MN|مینه‌سوتا|مینسوتا
US-MS|ایالت می‌سی‌سی‌پی|
US-MO|میزوری|
US-MT|مونتانا|
US-NE|نبراسکا|
US-NV|نوادا|
US-NH|نیوهمپشایر|نیوهمشایر
US-NJ|نیوجرسی|
US-NM|نیومکزیکو|
US-NY|ایالت نیویورک|
US-NC|کارولینای شمالی|
US-ND|داکوتای شمالی|
US-OH|اوهایو|
US-OK|اوکلاهما|
US-OR|اورگن|
US-PA|پنسیلوانیا|
US-RI|رود آیلند|
US-SC|کارولینای جنوبی|
US-SD|داکوتای جنوبی|
US-TN|تنسی|
US-TX|تگزاس|
US-UT|یوتا|
US-VT|ورمانت|
US-VA|ویرجینیا|
US-WA|ایالت واشنگتن|
US-WV|ویرجینیای غربی|
US-WI|ویسکانسین|
US-WY|وایومینگ|
CA-QC|کبک|
CA-ON|انتاریو|
CA-BC|بریتیش کلمبیا|
"""

# Parts of a country news names as places of their own, with no admin-1 point in Natural Earth's
# 50m states: ISO country | slug | Persian | variants | lat,lon (written here, approximate centres)
SUBNATIONAL = """
PS|west-bank|کرانه باختری|کرانه غربی|31.95,35.25
PS|gaza-strip|نوار غزه|باریکه غزه|31.42,34.37
GB|scotland|اسکاتلند||56.8,-4.2
GB|wales|ولز||52.3,-3.7
GB|northern-ireland|ایرلند شمالی||54.6,-6.7
ES|catalonia|کاتالونیا||41.8,1.5
ES|andalusia|اندلس|آندلس|37.4,-4.6
ES|basque-country|منطقه باسک|کشور باسک,ایالت باسک|43.0,-2.6
ES|galicia|گالیسیا||42.75,-7.9
DE|bavaria|باواریا||48.9,11.4
IT|lombardy|لمباردی||45.6,9.8
IT|tuscany|توسکانی|تسکانی|43.4,11.0
IT|sicily|سیسیل|جزیره سیسیل|37.6,14.1
IT|sardinia|ساردینیا|جزیره ساردینیا|40.1,9.0
FR|alsace|آلزاس||48.3,7.4
PK|khyber-pakhtunkhwa|خیبر پختونخوا|خیبرپختونخوا|34.5,72.0
"""

# Regions, seas, rivers, lakes, mountains, deserts: type | slug | Persian | variants | point
# point: `ne:<Natural Earth name>` (regions/marine polygons, lakes, rivers, elevation points) or
# `lat,lon` written here. country: `ir` marks Iranian features (country ایران).
GEO = """
continent|asia|آسیا|قاره آسیا|ne:ASIA
continent|europe|اروپا|قاره اروپا,قاره سبز|ne:EUROPE
continent|africa|آفریقا|قاره آفریقا,قاره سیاه|ne:AFRICA
continent|north-america|آمریکای شمالی||ne:NORTH AMERICA
continent|south-america|آمریکای جنوبی||ne:SOUTH AMERICA
continent|oceania|اقیانوسیه||ne:AUSTRALIA
continent|antarctica|جنوبگان|قطب جنوب,قاره جنوبگان|ne:ANTARCTICA
region|middle-east|خاورمیانه|خاور میانه|29.0,45.0
region|far-east|خاور دور||35.0,125.0
region|west-asia|غرب آسیا||32.0,45.0
region|central-asia|آسیای مرکزی|آسیای میانه|43.0,65.0
region|south-asia|جنوب آسیا||22.0,78.0
region|southeast-asia|جنوب شرق آسیا|جنوب شرقی آسیا|10.0,110.0
region|latin-america|آمریکای لاتین||-10.0,-60.0
region|central-america|آمریکای مرکزی||ne:CENTRAL AMERICA
region|north-africa|شمال آفریقا||27.0,10.0
region|horn-of-africa|شاخ آفریقا||ne:SOMALI PENINSULA
region|eastern-europe|اروپای شرقی||50.0,30.0
region|western-europe|اروپای غربی||48.0,5.0
region|korean-peninsula|شبه‌جزیره کره||ne:KOREA
region|arabian-peninsula|شبه‌جزیره عربستان|جزیرةالعرب|ne:ARABIAN PENINSULA
region|indian-subcontinent|شبه‌قاره هند||ne:INDIA
region|indochina|هندوچین||ne:INDOCHINA PENINSULA
region|balkans|بالکان|شبه‌جزیره بالکان|ne:BALKAN PEN.
region|scandinavia|اسکاندیناوی|شبه‌جزیره اسکاندیناوی|ne:SCANDINAVIA
region|caucasus|قفقاز|قفقاز جنوبی,قفقاز شمالی|ne:CAUCASUS MTS.
region|siberia|سیبری||ne:SIBERIA
region|kashmir|کشمیر|دره کشمیر|ne:Vale of Kashmir
region|anatolia|آناتولی|آسیای صغیر|ne:ANATOLIA
region|mesopotamia|بین‌النهرین|میان‌رودان|ne:Mesopotamia
region|baluchistan|بلوچستان|بلوچستان بزرگ|ne:BALUCHISTAN
region|crimea|کریمه|شبه‌جزیره کریمه|ne:CRIMEA
region|tibet|تبت|فلات تبت|ne:PLATEAU OF TIBET
region|golan|بلندی‌های جولان|جولان|33.0,35.75
region|donbas|دونباس||48.0,38.0
region|iraqi-kurdistan|اقلیم کردستان|کردستان عراق,اقلیم کردستان عراق|36.2,44.0
region|sinai|صحرای سینا|شبه‌جزیره سینا,سینا|29.5,33.8
region|darfur|دارفور||13.5,24.0
region|xinjiang|سین‌کیانگ|شین‌جیانگ|41.1,85.2
region|chechnya|چچن||43.4,45.7
region|dagestan|داغستان||42.1,48.2
region|karabakh|قره‌باغ||39.8,46.75
region|arctic|قطب شمال|شمالگان|90.0,0.0
desert|sahara|صحرای بزرگ آفریقا|صحرای آفریقا|ne:SAHARA
desert|rub-al-khali|ربع‌الخالی||ne:RUB’ AL KHALI
desert|gobi|صحرای گبی|گبی|ne:GOBI DESERT
desert|negev|صحرای نقب|نقب|ne:Negev Desert
desert|syrian-desert|بادیه الشام|صحرای سوریه|ne:SYRIAN DESERT
mountain|himalayas|هیمالیا|رشته‌کوه هیمالیا|ne:HIMALAYAS
mountain|alps|آلپ|کوه‌های آلپ|ne:ALPS
mountain|hindu-kush|هندوکش|کوه‌های هندوکش|ne:HINDU KUSH
mountain|pamirs|پامیر|کوه‌های پامیر|ne:PAMIRS
mountain|urals|اورال|کوه‌های اورال|ne:URAL MOUNTAINS
mountain|andes|آند|رشته‌کوه آند|ne:ANDES
mountain|rockies|راکی|کوه‌های راکی|ne:ROCKY MOUNTAINS
mountain|taurus|توروس|کوه‌های توروس|ne:Taurus Mts.
mountain|everest|اورست|قله اورست|ne:Mt. Everest
mountain|ararat|آرارات|کوه آرارات|ne:Mount Ararat
mountain|kilimanjaro|کلیمانجارو|قله کلیمانجارو|ne:Mt. Kilimanjaro
sea|persian-gulf|خلیج فارس|خلیج همیشگی فارس|ne:Persian Gulf
sea|gulf-of-oman|دریای عمان||ne:Gulf of Oman
sea|caspian-sea|دریای خزر|دریای مازندران|ne:Caspian Sea
sea|red-sea|دریای سرخ|دریای احمر|ne:Red Sea
sea|mediterranean|دریای مدیترانه|مدیترانه|ne:Mediterranean Sea
sea|black-sea|دریای سیاه||ne:Black Sea
sea|arabian-sea|دریای عرب||ne:Arabian Sea
sea|gulf-of-aden|خلیج عدن||ne:Gulf of Aden
sea|aegean-sea|دریای اژه||ne:Aegean Sea
sea|adriatic-sea|دریای آدریاتیک||ne:Adriatic Sea
sea|baltic-sea|دریای بالتیک||ne:Baltic Sea
sea|north-sea|دریای شمال||ne:North Sea
sea|south-china-sea|دریای چین جنوبی||ne:South China Sea
sea|east-china-sea|دریای چین شرقی||ne:East China Sea
sea|sea-of-japan|دریای ژاپن||ne:Sea of Japan
sea|yellow-sea|دریای زرد||ne:Yellow Sea
sea|caribbean-sea|دریای کارائیب|کارائیب|ne:Caribbean  Sea
sea|gulf-of-mexico|خلیج مکزیک||ne:Gulf of Mexico
sea|bay-of-bengal|خلیج بنگال||ne:Bay of Bengal
sea|sea-of-azov|دریای آزوف||ne:Sea of Azov
sea|english-channel|کانال مانش|دریای مانش|ne:English Channel
sea|indian-ocean|اقیانوس هند||ne:INDIAN OCEAN
sea|pacific-ocean|اقیانوس آرام|اقیانوس کبیر|ne:NORTH PACIFIC OCEAN
sea|atlantic-ocean|اقیانوس اطلس||ne:NORTH ATLANTIC OCEAN
sea|arctic-ocean|اقیانوس منجمد شمالی||ne:ARCTIC OCEAN
sea|strait-of-hormuz|تنگه هرمز||26.57,56.25
sea|bab-el-mandeb|تنگه باب‌المندب|باب‌المندب|12.58,43.33
sea|strait-of-gibraltar|تنگه جبل‌الطارق||ne:Strait of Gibraltar
sea|strait-of-malacca|تنگه مالاکا||ne:Strait of Malacca
sea|taiwan-strait|تنگه تایوان||ne:Taiwan Strait
sea|bosphorus|تنگه بسفر|بسفر|41.12,29.07
sea|suez-canal|کانال سوئز||30.6,32.33
sea|panama-canal|کانال پاناما||9.1,-79.7
lake|lake-van|دریاچه وان||ne:Lake Van
lake|lake-baikal|دریاچه بایکال||ne:Lake Baikal
lake|lake-victoria|دریاچه ویکتوریا||ne:Lake Victoria
lake|dead-sea|دریای مرده|بحرالمیت|31.5,35.5
river|tigris|دجله|رود دجله|ne:Tigris
river|euphrates|فرات|رود فرات|ne:Euphrates
river|nile|نیل|رود نیل|ne:Nile
river|congo-river|رود کنگو|رودخانه کنگو|ne:Congo
river|jordan-river|رود اردن|رودخانه اردن|ne:Jordan
river|indus|رود سند|رودخانه سند|ne:Indus
river|amu-darya|آمودریا|جیحون|ne:Amu  Darya
river|syr-darya|سیردریا|سیحون|ne:Syr Darya
river|volga|ولگا|رود ولگا|ne:Volga
river|danube|دانوب|رود دانوب|ne:Danube
river|rhine|راین|رود راین|ne:Rhine
river|ganges|گنگ|رود گنگ|ne:Ganges
river|dnipro|دنیپر|رود دنیپر|ne:Dnipro
ir:river|arvand|اروندرود|اروند,شط‌العرب|ne:Shatt al Arab
river|helmand|هیرمند|رود هیرمند|ne:Helmand
ir:river|karun|کارون|رود کارون,رودخانه کارون|31.32,48.67
ir:river|zayandeh-rud|زاینده‌رود|زاینده رود|32.64,51.67
ir:river|karkheh|کرخه|رود کرخه|32.40,48.15
ir:river|sefid-rud|سفیدرود|سفید رود|37.10,49.60
ir:river|aras|ارس|رود ارس|39.00,45.60
ir:river|atrak|اترک|رود اترک|37.45,54.60
ir:lake|lake-urmia|دریاچه ارومیه||ne:Lake Urmia
ir:lake|hamun|دریاچه هامون|هامون|31.30,61.30
ir:lake|anzali-lagoon|تالاب انزلی|تالاب بین‌المللی انزلی|37.45,49.38
ir:lake|hoor-al-azim|تالاب هورالعظیم|هورالعظیم|31.60,47.70
ir:lake|bakhtegan|دریاچه بختگان|بختگان|29.30,53.90
ir:lake|namak-lake|دریاچه نمک||34.75,51.75
ir:mountain|alborz|رشته‌کوه البرز|کوه‌های البرز|ne:ELBURZ MTS.
ir:mountain|zagros|رشته‌کوه زاگرس|کوه‌های زاگرس,زاگرس|ne:ZAGROS MOUNTAINS
ir:mountain|kopet-dag|کپه‌داغ|کوه‌های کپه‌داغ|ne:Kopet Dag Mts .
ir:mountain|damavand|قله دماوند|کوه دماوند,دماوند|ne:Mt. Damavand
ir:mountain|sabalan|سبلان|کوه سبلان,قله سبلان|ne:Sabalon Kuh
ir:mountain|taftan|تفتان|کوه تفتان|ne:Kuh-e Taftan
ir:mountain|dena|دنا|کوه دنا,قله دنا|30.95,51.45
ir:mountain|alvand|الوند|کوه الوند|34.67,48.48
ir:mountain|sahand|سهند|کوه سهند|37.75,46.43
ir:desert|lut|دشت لوت|کویر لوت,بیابان لوت|ne:LUT DESERT
ir:desert|dasht-e-kavir|دشت کویر|کویر مرکزی|ne:Kavir Desert
ir:island|kish|جزیره کیش|کیش|26.53,53.98
ir:island|qeshm|جزیره قشم|قشم|26.85,55.90
ir:island|hormuz|جزیره هرمز|هرمز|27.06,56.46
ir:island|larak|جزیره لارک|لارک|26.86,56.36
ir:island|hengam|جزیره هنگام|هنگام|26.64,55.88
ir:island|abu-musa|جزیره ابوموسی|ابوموسی|25.88,55.03
ir:island|greater-tunb|جزیره تنب بزرگ|تنب بزرگ|26.26,55.30
ir:island|lesser-tunb|جزیره تنب کوچک|تنب کوچک|26.24,55.15
ir:island|kharg|جزیره خارک|خارک|29.26,50.32
ir:island|siri|جزیره سیری|سیری|25.91,54.53
ir:island|lavan|جزیره لاوان|لاوان|26.81,53.36
ir:island|farur|جزیره فارور|فارور|26.29,54.52
"""

# ------------------------------------------------------------------------------------------- io


def _git_show(repo: Path, ref: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"{ref}:{path}"], check=True,
                          capture_output=True).stdout


def _read_json(repo: Path, ref: str, path: str):
    if not path.endswith(".7z"):
        return json.loads(_git_show(repo, ref, path))
    exe = shutil.which("7zz") or shutil.which("7z") or shutil.which("7za")
    if exe is None:
        raise SystemExit("7-Zip (7zz or 7z) is needed to unpack Natural Earth's .7z files")
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "a.7z"
        archive.write_bytes(_git_show(repo, ref, path))
        out = subprocess.run([exe, "e", "-so", str(archive)], check=True, capture_output=True).stdout
    return json.loads(out)


def _ascii(text: str) -> str:
    """English-name key: accents off, case folded, only letters and digits."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def _blocks(block: str, n: int) -> list[list[str]]:
    out = []
    for line in block.strip().splitlines():
        if line.strip():
            out.append((line.split("|") + [""] * n)[:n])
    return out


# ------------------------------------------------------------------------------------- geometry


def _representative_point(geometry: dict) -> tuple[float, float]:
    """A label point (lat, lon): the area centroid of the largest polygon, or the middle vertex of
    the longest line; a point is itself. Good enough to put a marker on a region or a river."""
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind == "Point":
        return coords[1], coords[0]
    if kind in ("LineString", "MultiLineString"):
        lines = [coords] if kind == "LineString" else coords
        line = max(lines, key=len)
        x, y = line[len(line) // 2][:2]
        return y, x
    polys = [coords] if kind == "Polygon" else coords

    def ring_stats(ring):
        a = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip((p[:2] for p in ring), (p[:2] for p in ring[1:] + ring[:1])):
            cross = x1 * y2 - x2 * y1
            a += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
        return a / 2, cx, cy

    best = max(polys, key=lambda p: abs(ring_stats(p[0])[0]))
    a, cx, cy = ring_stats(best[0])
    if a == 0:
        x, y = best[0][0][:2]
        return y, x
    return cy / (6 * a), cx / (6 * a)


# ----------------------------------------------------------------------------------------- build


def _variants(name: str, extra: list[str]) -> list[str]:
    """Spellings news varies on beside the canonical one: listed variants, each with ZWNJ as a
    space and joined, «آمریکا/امریکا» and «آفریقا/افریقا», and Arabic ي/ك (old Fars News text)."""
    out: list[str] = []
    for v in [name, *extra]:
        forms = {v, v.replace("\u200c", " "), v.replace("\u200c", "")}
        for a, b in (("آمریکا", "امریکا"), ("آفریقا", "افریقا")):
            forms |= {f.replace(a, b) for f in forms}
        out.extend(sorted(forms))
        if v == name and ("ی" in v or "ک" in v):  # one Arabic-letter form is enough: the key folds them
            out.append(v.replace("ی", "ي").replace("ک", "ك"))
    return [v for v in dict.fromkeys(out) if v and v != name]


def build(ne_repo: Path, mledoze_repo: Path, csc_repo: Path | None) -> tuple[list[dict], list[str]]:
    problems: list[str] = []
    rows: list[dict] = []

    def add(place_id, name, place_type, country, lat, lon, variants=(), population=None, wikidata="", source=""):
        rows.append({
            "place_id": place_id, "name": name, "variants": "|".join(_variants(name, list(variants))),
            "place_type": place_type, "country": country or "",
            "lat": fmt_coord(lat), "lon": fmt_coord(lon),
            "population": str(int(population)) if population and population > 0 else "",
            "wikidata": wikidata or "", "source": source,
        })

    # ---- countries: mledoze's list, the gazetteer's spelling first, Natural Earth's population
    countries = json.loads(_git_show(mledoze_repo, MLEDOZE_REF, "countries.json"))
    gaz_country = {r["place_id"].split(":")[1]: r for r in read_gazetteer() if r["place_type"] == "country"}
    ne_admin0 = _read_json(ne_repo, NE_REF, "50m/cultural/ne_50m_admin_0_countries.7z")
    pop_est = {}
    for f in ne_admin0["features"]:
        p = f["properties"]
        for code in (p.get("ISO_A2"), p.get("WB_A2"), p.get("ISO_A2_EH")):
            if code and code != "-99" and p.get("POP_EST"):
                pop_est.setdefault(code, p["POP_EST"])
    country_fa: dict[str, str] = {}
    country_point: dict[str, tuple[float, float]] = {}
    capitals_en: dict[str, list[str]] = {}
    for c in sorted(countries, key=lambda c: c["cca2"]):
        cc = c["cca2"]
        if not (c.get("independent") or c.get("unMember") or cc in EXTRA_COUNTRIES):
            continue
        per = c["translations"].get("per", {})
        gz = gaz_country.get(cc)
        name = COUNTRY_NAME_FIX.get(cc) or (gz and gz["name"]) or per.get("common", "").replace("ُ", "")
        variants = [v for v in (gz["variants"].split("|") if gz and gz["variants"] else [])]
        variants += [per.get("common", ""), per.get("official", "")]
        variants = [fold_v for fold_v in variants if fold_v and key(fold_v) != key(name)]
        country_fa[cc] = name
        country_point[cc] = tuple(c["latlng"])
        capitals_en[cc] = c.get("capital", [])
        lat, lon = c["latlng"]
        add(f"w:country:{cc}", name, "country", name, lat, lon, variants, pop_est.get(cc), source="mledoze")

    # ---- cities and capitals: Natural Earth populated places, dr5hn for what it lacks
    ne_places = [f["properties"] for f in _read_json(ne_repo, NE_REF, "10m/cultural/ne_10m_populated_places.7z")["features"]]
    by_cc: dict[str, list[dict]] = {}
    for p in ne_places:
        by_cc.setdefault(p["ISO_A2"], []).append(p)
    csc_cache: dict[str, list[dict]] = {}

    def csc_city(cc: str, english: str):
        if csc_repo is None:
            return None
        if cc not in csc_cache:
            try:
                csc_cache[cc] = json.loads(_git_show(csc_repo, CSC_REF, f"contributions/cities/{cc}.json"))
            except subprocess.CalledProcessError:
                csc_cache[cc] = []
        want = _ascii(english)
        hits = [c for c in csc_cache[cc] if _ascii(c["name"]) == want]
        return max(hits, key=lambda c: c.get("population") or 0) if hits else None

    def ne_city(cc: str, english: str, capital: bool):
        want = _ascii(english)
        pool = by_cc.get(cc, []) or [p for p in ne_places if p["ISO_A2"] == "-99"]
        hits = []
        for p in pool:
            names = [p.get("NAME"), p.get("NAMEASCII"), p.get("NAME_EN"), p.get("GN_ASCII"), p.get("MEGANAME"),
                     *(p.get("NAMEALT") or "").split("|")]
            if want in {_ascii(n) for n in names if n}:
                hits.append(p)
        if capital:
            hits.sort(key=lambda p: not p["FEATURECLA"].startswith("Admin-0 capital"))
        else:
            hits.sort(key=lambda p: -(p.get("POP_MAX") or 0))
        return hits[0] if hits else None

    seen_ids: set[str] = set()

    def add_city(cc: str, english: str, fa: str, variants: list[str], capital: bool):
        if cc not in country_fa:
            problems.append(f"city {english}: country {cc} not in the table")
            return
        english, _, hand = english.partition("@")  # «Name@lat,lon»: a point written here if no source has one
        p = ne_city(cc, english, capital)
        if p is None:
            # Natural Earth files some places under another code (Jerusalem under IL, Laayoune
            # under MA, Hong Kong under HK): take a name that is unique in the whole file
            # (and near the country's own point, so Bethlehem in Palestine is not the South African one)
            every = [q for q in ne_places if _ascii(english) in {_ascii(q.get("NAME") or ""), _ascii(q.get("NAMEASCII") or "")}
                     and _km((q["LATITUDE"], q["LONGITUDE"]), country_point[cc]) < 2500]
            p = every[0] if len(every) == 1 else None
        if p is not None:
            lat, lon, pop, wd, src = p["LATITUDE"], p["LONGITUDE"], p.get("POP_MAX"), p.get("wikidataid") or "", "ne"
        else:
            c = csc_city(cc, english)
            if c is not None:
                lat, lon, pop, wd, src = float(c["latitude"]), float(c["longitude"]), c.get("population"), c.get("wikiDataId") or "", "csc"
            elif hand:
                (lat, lon), pop, wd, src = map(float, hand.split(",")), None, "", "hand"
            else:
                problems.append(f"city {cc} {english}: no coordinates in any source")
                return
        pid = f"w:city:{wd}" if wd else f"w:city:{cc}-{_ascii(english)}"
        if pid in seen_ids:
            problems.append(f"city {cc} {english}: same place as an earlier row ({pid})")
            return
        seen_ids.add(pid)
        add(pid, fa, "capital" if capital else "city", country_fa[cc], lat, lon,
            [v for v in variants if v], pop, wd, src)

    for cc, english, fa, variants in _blocks(CAPITALS, 4):
        add_city(cc, english, fa, variants.split(","), capital=True)
    for cc, english, fa, variants in _blocks(CITIES, 4):
        add_city(cc, english, fa, variants.split(","), capital=False)

    # ---- states: Natural Earth admin-1 points
    states = {f["properties"]["iso_3166_2"]: f["properties"]
              for f in _read_json(ne_repo, NE_REF, "50m/cultural/ne_50m_admin_1_states_provinces.json")["features"]}
    for code, fa, variants in _blocks(STATES, 3):
        p = states.get(code)
        if p is None:
            problems.append(f"state {code}: not in Natural Earth admin-1")
            continue
        add(f"w:state:{code}", fa, "state", country_fa[code[:2]], p["latitude"], p["longitude"],
            [v for v in variants.split(",") if v], source="ne")

    for cc, slug, fa, variants, point in _blocks(SUBNATIONAL, 5):
        lat, lon = map(float, point.split(","))
        add(f"w:region:{slug}", fa, "region", country_fa[cc], lat, lon, [v for v in variants.split(",") if v],
            source="hand")

    # ---- regions, seas, rivers, lakes, mountains, deserts
    ne_geo: dict[str, dict] = {}
    for path in ("10m/physical/ne_10m_geography_regions_polys.7z", "10m/physical/ne_10m_geography_marine_polys.json",
                 "10m/physical/ne_10m_geography_regions_elevation_points.json", "50m/physical/ne_50m_lakes.json",
                 "50m/physical/ne_50m_rivers_lake_centerlines.json"):
        for f in _read_json(ne_repo, NE_REF, path)["features"]:
            name = f["properties"].get("name")
            if name and f["geometry"]:
                # the first (largest scale rank first in the file) feature of a name wins;
                # rivers come in pieces: keep the piece with most vertices
                prev = ne_geo.get(name)
                if prev is None or (f["geometry"]["type"].endswith("LineString")
                                    and len(json.dumps(f["geometry"])) > len(json.dumps(prev))):
                    ne_geo[name] = f["geometry"]
    for kind, slug, fa, variants, point in _blocks(GEO, 5):
        iranian = kind.startswith("ir:")
        kind = kind.removeprefix("ir:")
        if point.startswith("ne:"):
            geom = ne_geo.get(point[3:])
            if geom is None:
                problems.append(f"{kind} {slug}: {point} not in Natural Earth")
                continue
            (lat, lon), src = _representative_point(geom), "ne"
        else:
            lat, lon = map(float, point.split(","))
            src = "hand"
        add(f"w:{kind}:{slug}", fa, kind, "ایران" if iranian else "", lat, lon,
            [v for v in variants.split(",") if v], source=src)

    rows.sort(key=lambda r: r["place_id"])
    return rows, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ne-repo", type=Path, default=MIRROR / "martynafford+natural-earth-geojson" / "repo")
    ap.add_argument("--mledoze-repo", type=Path, default=MIRROR / "mledoze+countries" / "repo")
    ap.add_argument("--csc-repo", type=Path, default=MIRROR / "dr5hn+countries-states-cities-database" / "repo")
    ap.add_argument("--out", type=Path, default=DATA / "world_places.tsv")
    args = ap.parse_args(argv)
    csc = args.csc_repo if args.csc_repo.exists() else None
    rows, problems = build(args.ne_repo, args.mledoze_repo, csc)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    from collections import Counter

    print(f"{len(rows)} places -> {args.out} ({args.out.stat().st_size / 1024:.1f} KB): "
          f"{dict(sorted(Counter(r['place_type'] for r in rows).items()))}; sources "
          f"{dict(sorted(Counter(r['source'] for r in rows).items()))}")
    for p in problems:
        print("  unresolved:", p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
