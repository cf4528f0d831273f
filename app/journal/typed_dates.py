"""Days and moments as a person types them: the locale's order, ISO, words and +3d counted from today.

Strict on purpose: a text is either read whole as one real calendar day (and time), or refused
with ValueError. Nothing is guessed, rolled over or half-read (31.02 is not 3 March, nor 31.12).
"""

import datetime as dt
import re

# Years a journal entry can sensibly carry; anything else is a typing slip, not a date.
FIRST_YEAR, LAST_YEAR = 1900, 2200

# The unit letters of "+3d": English, and the Russian/Ukrainian words for day, week, month.
DAY_UNITS = {"d": "day", "д": "day", "w": "week", "н": "week", "т": "week", "m": "month", "м": "month"}

# Day words in the three languages of the interface, as days from today.
DAY_WORDS = {
    "today": 0, "now": 0, "tomorrow": 1, "yesterday": -1,
    "сегодня": 0, "сейчас": 0, "завтра": 1, "вчера": -1, "позавчера": -2,
    "сьогодні": 0, "зараз": 0, "вчора": -1, "позавчора": -2,
}

ORDERS = ("DMY", "MDY", "YMD")

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_SEPARATOR = r"(?:\s*[./\-]\s*|\s+)"
_NUMERIC = re.compile(rf"(\d{{1,4}}){_SEPARATOR}(\d{{1,2}}){_SEPARATOR}(\d{{1,4}})\.?(?:\s*[гр]\.?)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# A time ends the text and stands after a space (so the "2.26" of "1.2.26" is no time).
# A time alone must use a colon, so "10.12.26" stays a date.
_TIME = re.compile(r"(?:(?<=\s)|^(?=\d{1,2}:))(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")


def clean(text: str) -> str:
    """Lower case, one plain space between words (locales put no-break spaces before AM/PM)."""
    return _SPACES.sub(" ", str(text)).strip().casefold()


def parse_day(text: str, today: dt.date, order: str = "DMY") -> dt.date | None:
    """A day typed by a person, or None when the text is empty.

    Reads ISO (2026-03-01), the locale's numeric order (01.03.2026, 1/3/26; order "DMY", "MDY" or
    "YMD"; dd.mm.yyyy always in a DMY locale), a word (today, вчера, сьогодні...) or a count of days,
    weeks or months from today (+3d, +2w, +1m, -1d). Raises ValueError naming the text otherwise.
    """
    cleaned = clean(text)
    if not cleaned:
        return None
    day = _day_of(cleaned, today, order)
    if day is None:
        raise ValueError(f"{text!r} is not a date")
    return day


def parse_moment(text: str, now: dt.datetime, order: str = "DMY") -> dt.datetime:
    """A date and time typed by a person, to the minute; raises ValueError when it is not one.

    The day as parse_day reads it, then optionally a time (9:30, 09:30, 9:30 pm); a day alone keeps
    the time of now, a time alone is today. "now" (and its words) is now.
    """
    cleaned = clean(text).replace("t", " ") if _ISO.match(clean(text)) else clean(text)
    now = now.replace(second=0, microsecond=0)
    if not cleaned:
        raise ValueError("no date")
    time_match = _TIME.search(cleaned)
    day_text, clock = cleaned, None
    if time_match is not None:
        day_text = cleaned[:time_match.start()].strip().rstrip(",").strip()
        clock = _clock(time_match)
        if clock is None:
            raise ValueError(f"{text!r} is not a time")
    day = _day_of(day_text, now.date(), order) if day_text else now.date()
    if day is None:
        raise ValueError(f"{text!r} is not a date")
    return dt.datetime.combine(day, clock or now.time())


def _clock(match: re.Match) -> dt.time | None:
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    meridiem = match.group(4)
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute)


def _day_of(text: str, today: dt.date, order: str) -> dt.date | None:
    compact = text.replace(" ", "")
    if compact in DAY_WORDS:
        return _shift(today, DAY_WORDS[compact], "day")
    if compact[:1] in "+-" and len(compact) > 1:
        return _counted(compact, today)
    match = _ISO.fullmatch(compact)
    if match:
        return _real_day(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _NUMERIC.fullmatch(text)
    if not match:
        return None
    parts = match.group(1), match.group(2), match.group(3)
    if len(parts[0]) == 4:
        year, month, day = parts
    elif order == "MDY":
        month, day, year = parts
    elif order == "YMD":
        year, month, day = parts
    else:
        day, month, year = parts
    if len(year) not in (2, 4) or len(day) > 2 or len(month) > 2:
        return None
    return _real_day(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))


def _real_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, if the calendar has it (no 31 February) and the year is a journal's year."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _counted(text: str, today: dt.date) -> dt.date | None:
    """"+3d", "+2w", "+1m", "-1d" or "+3" (days) from today; None when it is not that or leaves the years."""
    sign, body = (-1 if text[0] == "-" else 1), text[1:]
    unit = DAY_UNITS.get(body[-1:], "")
    number = body[:-1] if unit else body
    if not (number.isascii() and number.isdigit() and len(number) <= 4):
        return None
    return _shift(today, sign * int(number), unit or "day")


def _shift(today: dt.date, n: int, unit: str) -> dt.date | None:
    if unit == "month":
        month_index = today.month - 1 + n
        year, month = today.year + month_index // 12, month_index % 12 + 1
        day = _clamped_day(year, month, today.day) if FIRST_YEAR <= year <= LAST_YEAR else None
    else:
        try:
            day = today + dt.timedelta(days=n * (7 if unit == "week" else 1))
        except OverflowError:
            return None
    return day if day is not None and FIRST_YEAR <= day.year <= LAST_YEAR else None


def _clamped_day(year: int, month: int, day: int) -> dt.date:
    """The day of that month, or its last day (31 January + 1 month is the end of February)."""
    while day > 28:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1
    return dt.date(year, month, day)
