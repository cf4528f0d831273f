"""The firm's working week and holidays, as the settings dialog saves them: checked, then stored at once."""

import datetime as dt
from collections.abc import Iterable

from app.common import preferences
from app.common.errors import Problem, ValidationError
from app.common.rights import require
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.hear.working_time import WorkCalendar
from db.models import Holiday, db


def holidays() -> list[tuple[dt.date, str]]:
    """(day, name) of every holiday, by day."""
    return list(Holiday.select(Holiday.day, Holiday.name).order_by(Holiday.day).tuples())


def check_holidays(days: Iterable[tuple[dt.date, str]]) -> list[tuple[dt.date, str]]:
    rows, seen, problems = [], set(), []
    for i, (day, name) in enumerate(days):
        if not isinstance(day, dt.date):
            problems.append(Problem(f"holidays[{i}]", Message(QT_TRANSLATE_NOOP("Messages", "{day} is not a date"), day=repr(day))))
        elif day in seen:
            problems.append(Problem(f"holidays[{i}]", Message(QT_TRANSLATE_NOOP("Messages", "{day} is listed twice"), day=day)))
        elif len(name or "") > 200:
            problems.append(Problem(f"holidays[{i}]", QT_TRANSLATE_NOOP("Messages", "the name is longer than 200 characters")))
        else:
            seen.add(day)
            rows.append((day, (name or "").strip()))
    if problems:
        raise ValidationError(problems)
    return sorted(rows)


def set_holidays(days: Iterable[tuple[dt.date, str]]) -> None:
    """Make the holidays exactly these (day, name) pairs, in one transaction."""
    rows = check_holidays(days)
    with db.atomic():
        Holiday.delete().execute()
        if rows:
            Holiday.insert_many([{"day": day, "name": name} for day, name in rows]).execute()


MAX_REPLY_HOURS = 80.0  # two working weeks: longer is no longer a rule of answering


def check_reply_hours(value) -> float:
    """The firm's reply rule: 0 (the same working day) or a number of working hours."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= MAX_REPLY_HOURS:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{value} is not 0 (the same working day) or a number "
                                                                    "of working hours up to {limit}"),
                                      value=repr(value), limit=MAX_REPLY_HOURS), "reply_within_hours")
    return float(value)


def save_work_calendar(days: Iterable[int], start: dt.time, end: dt.time,
                       holiday_days: Iterable[tuple[dt.date, str]], reply_within_hours: float | None = None, *,
                       by) -> WorkCalendar:
    """Store the working weekdays (Monday = 0), hours and holidays together, or nothing if one is wrong;
    with reply_within_hours, the firm's rule for answering inbound messages too. Only an owner may
    (they are the firm's settings)."""
    require(by, "change settings")
    reply_hours = None if reply_within_hours is None else check_reply_hours(reply_within_hours)
    weekdays = sorted(set(days))
    if not weekdays:
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "choose at least one working day"), "working_days")
    calendar = WorkCalendar(days=frozenset(weekdays), start=start, end=end)  # checks start < end
    rows = check_holidays(holiday_days)
    with db.atomic():
        preferences.set("working_days", weekdays)
        preferences.set("work_start", start.strftime("%H:%M"))
        preferences.set("work_end", end.strftime("%H:%M"))
        if reply_hours is not None:
            preferences.set("reply_within_hours", reply_hours)
        set_holidays(rows)
    return calendar
