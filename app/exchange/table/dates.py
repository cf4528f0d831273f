"""Dates as exports write them, and which order (day, month, year) a column uses.

`08-10-2015` is 8 October in Kyiv and 10 August in Chicago. A column settles it when one of its
values has a first number over 12 (day first) or a second one over 12 (month first). When none
does, dots are read day first (no export writes month-first dates with dots); slashes and dashes
are ambiguous, and the order must be said (the wizard asks, a profile says "date_order"), unless
another date column of the same file settles it.
Year first (`2015-10-08`, `2015/10/08`) is never ambiguous.
"""

import datetime as dt
import re
from collections.abc import Iterable

ORDERS = ("dmy", "mdy", "ymd")
MONTHS = {name: n for n, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
    ("nov", "november"), ("dec", "december")), 1) for name in names}

_TIME = r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*([AaPp]\.?[Mm]\.?)?)?"
# 08/10/2015, 8.10.15, 08-10-2015 9:05 PM
NUMERIC = re.compile(r"\s*(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})" + _TIME + r"\s*\Z")
# 2015/10/08, 2015.10.08 10:30 (ISO's dashes are read by fromisoformat first)
YEAR_FIRST = re.compile(r"\s*(\d{4})([./-])(\d{1,2})\2(\d{1,2})" + _TIME + r"\s*\Z")
# 8 Oct 2015, 08-Oct-2015, Oct 8, 2015, October 8 2015 9:00 AM
DAY_NAME = re.compile(r"\s*(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -],?\s*(\d{4})" + _TIME + r"\s*\Z")
NAME_DAY = re.compile(r"\s*([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})" + _TIME + r"\s*\Z")


class DateOrderDetector:
    """Fed a column's values one by one (a stream), tells the order its day-month-year dates use."""

    def __init__(self):
        self.day_first = self.month_first = 0
        self.ambiguous, self.dotted_only = False, True

    def add(self, value) -> None:
        if value.__class__ is not str:
            return
        match = NUMERIC.match(value)
        if match is None:
            return
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            self.day_first += 1
        elif second > 12 >= first:
            self.month_first += 1
        elif first != second:
            self.ambiguous = True
            self.dotted_only = self.dotted_only and match.group(2) == "."

    def order(self) -> str | None:
        """'dmy', 'mdy', None when nothing settles it, or '' when no value needs one."""
        if self.day_first or self.month_first:
            return "dmy" if self.day_first >= self.month_first else "mdy"
        if not self.ambiguous:
            return ""
        return "dmy" if self.dotted_only else None


def detect_order(values: Iterable) -> str | None:
    """The order a column's day-month-year dates use: 'dmy', 'mdy', None when nothing settles it,
    or '' when no value needs one (year-first dates, 05/05/2015, no dates at all)."""
    detector = DateOrderDetector()
    for value in values:
        detector.add(value)
    return detector.order()


def settle_orders(orders: dict) -> dict:
    """Columns of one file come from one program: a column nothing settles takes the order the
    file's other date columns settle, when they agree on one."""
    settled = {order for order in orders.values() if order}
    if len(settled) != 1:
        return dict(orders)
    (only,) = settled
    return {key: only if order is None else order for key, order in orders.items()}


def parse_moment(text: str, order: str | None) -> dt.datetime | None:
    """A date (and time) in any of the forms above, read in order; None if it is not one of them."""
    moment = None
    if text[1:2].isdigit() and text[2:3].isdigit():  # only a text starting with a year can be ISO
        try:
            moment = dt.datetime.fromisoformat(text.strip())
        except ValueError:
            pass
    if moment is not None:
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)
        return moment.replace(microsecond=0)
    match = NUMERIC.match(text)
    if match:
        first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
        if order not in ORDERS or (order == "ymd" and len(year) == 4):
            if match.group(2) != "." and first != second and max(first, second) <= 12:
                return None  # 08/10/2015 with no order said: never guess
            order = "mdy" if second > 12 else "dmy"
        if order == "ymd":  # two-digit year first: 15-10-08
            year, month, day = 2000 + first, second, int(year) % 100
        else:
            day, month = (first, second) if order == "dmy" else (second, first)
            year = int(year) if len(year) == 4 else 2000 + int(year) if int(year) < 70 else 1900 + int(year)
        return _moment(year, month, day, match.groups()[4:8])
    match = YEAR_FIRST.match(text)
    if match:
        return _moment(int(match.group(1)), int(match.group(3)), int(match.group(4)), match.groups()[4:8])
    match = DAY_NAME.match(text)
    if match and match.group(2).casefold() in MONTHS:
        return _moment(int(match.group(3)), MONTHS[match.group(2).casefold()], int(match.group(1)),
                       match.groups()[3:7])
    match = NAME_DAY.match(text)
    if match and match.group(1).casefold() in MONTHS:
        return _moment(int(match.group(3)), MONTHS[match.group(1).casefold()], int(match.group(2)),
                       match.groups()[3:7])
    return None


CLOCK = re.compile(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*([AaPp]\.?[Mm]\.?)?\s*\Z")


def parse_time_of_day(text: str) -> dt.time | None:
    """'14:05', '2:05 PM', '09:00:00'; or the time of a whole date and time; None otherwise."""
    match = CLOCK.match(text)
    if match:
        moment = _moment(2000, 1, 1, match.groups())
        return moment.time() if moment else None
    # only the time of day is wanted: either order of day and month will do
    moment = parse_moment(text, "mdy") or parse_moment(text, "dmy")
    return moment.time() if moment else None


def needs_order(text) -> bool:
    """Whether this value is a day-month date whose order a column must settle (08/10/2015)."""
    if text.__class__ is not str:
        return False
    match = NUMERIC.match(text)
    return match is not None and match.group(2) != "." and int(match.group(1)) <= 12 and int(match.group(3)) <= 12


def _moment(year: int, month: int, day: int, time: tuple) -> dt.datetime | None:
    hour, minute, second, half = time
    try:
        hour = int(hour or 0)
        if half:
            pm = half[0] in "Pp"
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if pm else 0)
        return dt.datetime(year, month, day, hour, int(minute or 0), int(second or 0))
    except ValueError:
        return None
