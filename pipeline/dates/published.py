"""The article's own date: parse whatever a scraper or feed gives for "published".

``parse(raw)`` -> ``Published(date, jalali, time)`` or None. Understood, with Persian, Arabic-Indic
or Latin digits, in any order with a time of day:

- Jalali or Gregorian numeric dates: «۱۴۰۲-۶-۴», «1402/05/29», «2023-08-20», «20/08/2023»
  (a year 1200-1499 is Jalali, 1800-2199 Gregorian; day-first when the year comes last);
- ISO 8601 with a time and offset («2023-08-20T12:11:00+03:30»), RFC 822 from RSS
  («Sun, 20 Aug 2023 08:41:00 GMT»): a time with an offset is moved to Tehran time (the date of a
  story filed at 23:00 UTC is the next day in Iran);
- month names: Jalali («۲۹ مرداد ۱۴۰۲»), Gregorian in Persian («۲۰ اوت ۲۰۲۳»), Latin («August 20,
  2023», «20 Aug 2023»); a weekday name is ignored (it is checked elsewhere, not trusted);
- times «۱۲:۱۱», «12:11:05», with «ق.ظ»/«ب.ظ» or AM/PM.

``from_url`` reads the date Fars News puts in its ids (``/news/8707060255`` = 1387-07-06,
``/news/13911222000865`` = 1391-12-22).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .. import jalali

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": "", "ـ": ""})

_JALALI_MONTHS = {name.replace("\u200c", ""): i + 1 for i, name in enumerate(jalali.JALALI_MONTHS)}
_JALALI_MONTHS["امرداد"] = 5
_PERSIAN_GREGORIAN = {
    "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "آپریل": 4, "مه": 5, "می": 5, "ژوئن": 6, "جون": 6,
    "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "اگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}
_LATIN_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_LATIN_MONTHS.update({m[:3]: i for m, i in list(_LATIN_MONTHS.items())})
_LATIN_MONTHS["sept"] = 9

_TEHRAN_STANDARD = _dt.timezone(_dt.timedelta(hours=3, minutes=30))


@dataclass(frozen=True, slots=True)
class Published:
    date: _dt.date
    time: str | None = None  # HH:MM or HH:MM:SS, local time as given (Tehran time when an offset was given)

    @property
    def iso(self) -> str:
        return self.date.isoformat()

    @property
    def jalali(self) -> str:
        y, m, d = jalali.from_gregorian(self.date)
        return f"{y}-{m:02d}-{d:02d}"


_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*(am|pm|ق\.?\s?ظ|ب\.?\s?ظ))?(?!\d)", re.I)
_OFFSET = re.compile(r"\s*(z|utc|gmt|ut|[+-]\d{2}:?\d{2}|irst|irdt)(?![a-z])", re.I)
_NUMERIC = re.compile(r"(?<!\d)(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"(?<!\d)\d{1,4}(?!\d)")


def _year_kind(y: int) -> str | None:
    if 1200 <= y <= 1499:
        return "jalali"
    if 1800 <= y <= 2199:
        return "gregorian"
    return None


def _make(kind: str, y: int, m: int, d: int) -> _dt.date | None:
    try:
        if kind == "jalali":
            return jalali.to_gregorian(y, m, d)
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _to_tehran(day: _dt.date, hh: int, mm: int, ss: int, offset: str) -> tuple[_dt.date, int, int, int]:
    """A wall time with a UTC offset -> Tehran wall time (zoneinfo's Asia/Tehran rules when the
    system has them, which include the daylight saving Iran kept until 2022; else +03:30)."""
    o = offset.lower().replace(":", "")
    if o in ("z", "utc", "gmt", "ut"):
        tz = _dt.timezone.utc
    elif o == "irst":
        tz = _TEHRAN_STANDARD
    elif o == "irdt":
        tz = _dt.timezone(_dt.timedelta(hours=4, minutes=30))
    else:
        sign = -1 if o[0] == "-" else 1
        tz = _dt.timezone(sign * _dt.timedelta(hours=int(o[1:3]), minutes=int(o[3:5])))
    moment = _dt.datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=tz)
    try:
        from zoneinfo import ZoneInfo
        local = moment.astimezone(ZoneInfo("Asia/Tehran"))
    except Exception:  # no tz database on this system
        local = moment.astimezone(_TEHRAN_STANDARD)
    return local.date(), local.hour, local.minute, local.second


def parse(raw: str | None) -> Published | None:
    """A published string -> Published, or None when no whole date (day, month and year) is in it.

    >>> parse("۱۲:۱۱\\r\\n      ۱۴۰۲-۶-۴")
    Published(date=datetime.date(2023, 8, 26), time='12:11')
    """
    if not raw:
        return None
    text = str(raw).translate(_DIGITS).translate(_LETTERS).strip()
    if not text:
        return None
    # a Unix timestamp (seconds) as some APIs give it
    if re.fullmatch(r"\d{9,10}", text):
        moment = _dt.datetime.fromtimestamp(int(text), _dt.timezone.utc)
        day, hh, mm, ss = _to_tehran(moment.date(), moment.hour, moment.minute, moment.second, "utc")
        return Published(day, f"{hh:02d}:{mm:02d}:{ss:02d}")
    text = re.sub(r"(?<=\d)T(?=\d)", " ", text)
    time = None
    hms: tuple[int, int, int] | None = None
    tm = _TIME.search(text)
    if tm:
        hh, mm, ss = int(tm.group(1)), int(tm.group(2)), int(tm.group(3) or 0)
        ampm = (tm.group(4) or "").lower().replace(".", "").replace(" ", "")
        if ampm in ("pm", "بظ") and hh < 12:
            hh += 12
        elif ampm in ("am", "قظ") and hh == 12:
            hh = 0
        if hh < 24 and mm < 60 and ss < 60:
            hms = (hh, mm, ss)
            time = f"{hh:02d}:{mm:02d}" + (f":{ss:02d}" if tm.group(3) else "")
        rest = text[tm.end():]
        text = text[:tm.start()] + " " + rest
    else:
        rest = ""
    day = _numeric(text) or _named(text)
    if day is None:
        return None
    if hms is not None:
        om = _OFFSET.match(rest)
        if om:
            day, hh, mm, ss = _to_tehran(day, *hms, om.group(1))
            time = f"{hh:02d}:{mm:02d}" + (f":{ss:02d}" if len(time or "") > 5 else "")
    return Published(day, time)


def _numeric(text: str) -> _dt.date | None:
    for m in _NUMERIC.finditer(text):
        a, b, c = (int(x) for x in m.groups())
        la, lc = len(m.group(1)), len(m.group(3))
        if la == 4 and (kind := _year_kind(a)):
            got = _make(kind, a, b, c)
        elif lc == 4 and (kind := _year_kind(c)):
            # «20/08/2023»: day first, as Iranian and European sources write it; month first
            # only when the first part cannot be a month (US «08/20/2023» has day > 12 second)
            got = _make(kind, c, b, a) if a > 12 or b <= 12 else _make(kind, c, a, b)
        else:
            continue
        if got is not None:
            return got
    return None


def _named(text: str) -> _dt.date | None:
    month = kind = None
    for w in _WORD.finditer(text):
        k = w.group(0)
        if k in _JALALI_MONTHS:
            month, kind = _JALALI_MONTHS[k], "jalali"
        elif k.endswith("ماه") and k[:-3] in _JALALI_MONTHS:
            month, kind = _JALALI_MONTHS[k[:-3]], "jalali"
        elif k in _PERSIAN_GREGORIAN:
            month, kind = _PERSIAN_GREGORIAN[k], "gregorian"
        elif k.lower() in _LATIN_MONTHS:
            month, kind = _LATIN_MONTHS[k.lower()], "gregorian"
        else:
            continue
        break
    if month is None:
        return None
    numbers = [(int(n.group(0)), len(n.group(0))) for n in _NUMBER.finditer(text)]
    years = [v for v, n in numbers if n == 4 and _year_kind(v) == kind]
    days = [v for v, n in numbers if n <= 2 and 1 <= v <= 31]
    if len(years) != 1 or not days:
        return None
    return _make(kind, years[0], month, days[0])


_FARS_ID = re.compile(r"farsnews\.(?:ir|com)/(?:[a-z]+/)?news/(\d{10}|\d{14})(?!\d)")


def from_url(url: str | None) -> Published | None:
    """Fars News ids begin with the Jalali date: YYMMDD + a 4-digit serial until 1390
    («8707060255» = 1387-07-06), YYYYMMDD + a 6-digit serial after («13911222000865» = 1391-12-22)."""
    if not url:
        return None
    m = _FARS_ID.search(url)
    if not m:
        return None
    ident = m.group(1)
    if len(ident) == 10:
        y, mo, d = 1300 + int(ident[:2]), int(ident[2:4]), int(ident[4:6])
    else:
        y, mo, d = int(ident[:4]), int(ident[4:6]), int(ident[6:8])
    day = _make("jalali", y, mo, d)
    return Published(day) if day else None


def parse_iso_day(value: str | _dt.date | None) -> _dt.date | None:
    """The run-level ``--date`` / ``process(date=...)``: an ISO day (or a date), ValueError if not one."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value).strip().translate(_DIGITS))
