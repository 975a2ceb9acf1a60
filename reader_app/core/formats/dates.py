"""Publication dates as people and publishers write them, read without guessing.

Pages give ISO 8601 (JSON-LD, ``article:published_time``), feeds give RFC 822 (sometimes
with Urdu month and day names), datasets give "2019-01-29 00:00:00" or "14/07/2024", and
Urdu pages print "پير 15 جولائی 2024 2:20 PM" or "۱۴ جولائی ۲۰۲۴". Each becomes a
timezone-aware ``datetime``; anything else (e.g. "5 گھنٹے قبل", which needs the download
time nobody recorded) is ``None`` rather than a wrong date. A time without a zone is taken as
UTC so that dates compare and sort; a date alone is midnight UTC of that day.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

# Urdu (and the Arabic-script spellings cp1256 files carry: ي for ی, ك for ک) month names,
# with the English ones feeds and datasets use.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("جنوری", "january", "jan"),
        ("فروری", "february", "feb"),
        ("مارچ", "march", "mar"),
        ("اپریل", "اپريل", "april", "apr"),
        ("مئی", "مئ", "may"),
        ("جون", "june", "jun"),
        ("جولائی", "جولائ", "july", "jul"),
        ("اگست", "august", "aug"),
        ("ستمبر", "september", "sept", "sep"),
        ("اکتوبر", "october", "oct"),
        ("نومبر", "november", "nov"),
        ("دسمبر", "december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number
URDU_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
               "اکتوبر", "نومبر", "دسمبر")


def urdu_day(when: datetime) -> str:
    """"14 جولائی 2024": a date an Urdu line can hold (an ISO date's hyphens would let the
    right-to-left line turn its numbers around)."""
    return f"{when.day} {URDU_MONTHS[when.month - 1]} {when.year}"


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_ARABIC_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ہ"})
_MONTH_WORD = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# "14 جولائی 2024", "July 14, 2024", "14 Jul 2024 2:20 PM" (day names and commas ignored)
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:ویں|th|st|nd|rd)?[\s,،\-]*({_MONTH_WORD})[\s,،\-]*(\d{{4}})", re.I
)
_MONTH_DAY_YEAR = re.compile(rf"({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})",
                             re.I)
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|AM|PM|a\.m\.|p\.m\.|صبح|شام)?")
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T](.*))?$")
_ZONE = re.compile(r"(?:(?:UTC|GMT)?\s*([+-])(\d{2}):?(\d{2})|\b(UTC|GMT|Z|PKT)\b)\s*$")


def parse_date(value: object) -> datetime | None:
    """A timezone-aware datetime for a date string or Unix time, or ``None`` if unsure."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    text = " ".join(str(value).translate(_DIGITS).translate(_ARABIC_LETTERS).split())
    if not text:
        return None
    for parse in (_iso, _rfc822, _numeric, _words):
        found = parse(text)
        if found is not None:
            return found if found.tzinfo else found.replace(tzinfo=UTC)
    return None


def _from_timestamp(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds, as JavaScript-made datasets store them
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _iso(text: str) -> datetime | None:
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _rfc822(text: str) -> datetime | None:
    if not re.search(r"\d{4} \d{1,2}:\d{2}", text):
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _numeric(text: str) -> datetime | None:
    """"2024/07/14", "14/07/2024" (day first, as Pakistan writes it; month first only when
    the day-first reading is impossible), with an optional clock time."""
    match = _NUMERIC.match(text)
    if not match:
        return None
    a, b, c, rest = match.groups()
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4:
        year, month, day = int(c), int(b), int(a)
        if month > 12 >= day:
            month, day = day, month
    else:
        return None
    return _build(year, month, day, rest or "")


def _words(text: str) -> datetime | None:
    match = _DAY_MONTH_YEAR.search(text)
    if match:
        day, month, year = match.group(1), match.group(2), match.group(3)
    else:
        match = _MONTH_DAY_YEAR.search(text)
        if not match:
            return None
        month, day, year = match.group(1), match.group(2), match.group(3)
    return _build(int(year), _MONTHS[month.lower()], int(day), text[match.end():])


def _build(year: int, month: int, day: int, rest: str) -> datetime | None:
    hour = minute = second = 0
    clock = _CLOCK.search(rest)
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
        second = int(clock.group(3) or 0)
        half = (clock.group(4) or "").lower().replace(".", "")
        if half in ("pm", "شام") and hour < 12:
            hour += 12
        elif half in ("am", "صبح") and hour == 12:
            hour = 0
    zone = _zone(rest)
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None


def _zone(rest: str) -> timezone | None:
    match = _ZONE.search(rest.strip())
    if not match:
        return None
    if match.group(4):
        return timezone(timedelta(hours=5), "PKT") if match.group(4) == "PKT" else UTC
    sign = -1 if match.group(1) == "-" else 1
    return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))
