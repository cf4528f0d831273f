"""Working time: the feedback clock runs only on working days, in working hours, not on holidays."""

import datetime as dt
from dataclasses import dataclass, field

from app.common.errors import ValidationError
from app.common.wording import QT_TRANSLATE_NOOP, Message

DEFAULT_DAYS = frozenset({0, 1, 2, 3, 4})


def _parse_time(text: str, key: str) -> dt.time:
    try:
        return dt.time.fromisoformat(str(text).strip())
    except ValueError as exc:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{text} is not a time of day (use HH:MM)"), text=repr(text)), key) from exc


@dataclass(frozen=True)
class WorkCalendar:
    """The firm's working week: weekdays (Monday = 0), the hours of a day and the holidays."""

    days: frozenset[int] = DEFAULT_DAYS
    start: dt.time = dt.time(9, 0)
    end: dt.time = dt.time(18, 0)
    holidays: frozenset[dt.date] = field(default_factory=frozenset)

    def __post_init__(self):
        if not self.start < self.end:
            raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{end} is not after the start of the day {start}"),
                                          end=self.end.isoformat("minutes"), start=self.start.isoformat("minutes")),
                                  "work_end")
        bad = [d for d in self.days if not (isinstance(d, int) and 0 <= d <= 6)]
        if bad:
            raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{bad} is not a weekday number 0..6"), bad=repr(bad[0])), "working_days")

    @classmethod
    def load(cls) -> "WorkCalendar":
        """The firm's calendar from its settings and the Holiday table."""
        from app.common import preferences
        from db.models import Holiday

        return cls(days=frozenset(preferences.get("working_days")),
                   start=_parse_time(preferences.get("work_start"), "work_start"),
                   end=_parse_time(preferences.get("work_end"), "work_end"),
                   holidays=frozenset(day for (day,) in Holiday.select(Holiday.day).tuples()))

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() in self.days and day not in self.holidays

    def window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        """The working hours of one day, or None on a day off."""
        if not self.is_working_day(day):
            return None
        return dt.datetime.combine(day, self.start), dt.datetime.combine(day, self.end)

    @property
    def hours_per_day(self) -> float:
        start = dt.datetime.combine(dt.date.min, self.start)
        return (dt.datetime.combine(dt.date.min, self.end) - start).total_seconds() / 3600


def working_hours_between(start: dt.datetime, end: dt.datetime, cal: WorkCalendar) -> float:
    """Working hours from start to end (0 when end is not after start)."""
    if end <= start:
        return 0.0
    first, last = start.date(), end.date()
    if first == last:
        return _overlap(cal, first, start, end) / 3600
    seconds = (_overlap(cal, first, start, end) + _overlap(cal, last, start, end)
               + _working_days(cal, first + dt.timedelta(days=1), last) * cal.hours_per_day * 3600)
    return seconds / 3600


def _overlap(cal: WorkCalendar, day: dt.date, start: dt.datetime, end: dt.datetime) -> float:
    """Seconds of day's working hours that fall between start and end."""
    window = cal.window(day)
    if not window:
        return 0.0
    low, high = max(window[0], start), min(window[1], end)
    return max((high - low).total_seconds(), 0.0)


def _working_days(cal: WorkCalendar, first: dt.date, stop: dt.date) -> int:
    """Working days from first up to (not including) stop, by whole weeks: old items stay cheap."""
    total = (stop - first).days
    if total <= 0:
        return 0
    weeks, rest = divmod(total, 7)
    count = weeks * len(cal.days) + sum((first.weekday() + i) % 7 in cal.days for i in range(rest))
    return count - sum(1 for d in cal.holidays if first <= d < stop and d.weekday() in cal.days)


# A firm with no working day at all would make a due time unreachable; stop looking after this.
MAX_DAYS_AHEAD = 366 * 5


def add_working_hours(start: dt.datetime, hours: float, cal: WorkCalendar) -> dt.datetime:
    """The moment `hours` working hours after start: when something promised 'within N hours' is due."""
    if hours < 0:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{hours} is negative"), hours=repr(hours)), "hours")
    remaining = dt.timedelta(hours=hours)
    if not remaining:
        return start
    day = start.date()
    for _ in range(MAX_DAYS_AHEAD):
        window = cal.window(day)
        if window:
            low = max(window[0], start)
            available = window[1] - low
            if available > dt.timedelta(0):
                if remaining <= available:
                    return low + remaining
                remaining -= available
        day += dt.timedelta(days=1)
    raise ValidationError(QT_TRANSLATE_NOOP("Messages", "the working calendar has no working hours"), "working_days")


def subtract_working_hours(end: dt.datetime, hours: float, cal: WorkCalendar) -> dt.datetime:
    """The earliest moment from which at most `hours` working hours pass until end.

    Whatever started before it has more than `hours` working hours behind it by end: one
    comparison in SQL finds every feedback item past its acknowledgement rule.
    """
    if hours < 0:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{hours} is negative"), hours=repr(hours)), "hours")
    remaining = dt.timedelta(hours=hours)
    day = end.date()
    for _ in range(MAX_DAYS_AHEAD):
        window = cal.window(day)
        if window:
            high = min(window[1], end)
            available = high - window[0]
            if available > dt.timedelta(0):
                # Strictly less: used up exactly at a window's start, the moment lies back across the gap.
                if remaining < available:
                    return high - remaining
                remaining -= available
        day -= dt.timedelta(days=1)
    raise ValidationError(QT_TRANSLATE_NOOP("Messages", "the working calendar has no working hours"), "working_days")
