"""Checking one row of an imported table against the journal's rules, cell by cell.

A large table repeats a few clients, authors, channels, kinds, numbers and tags on every row.
What checking such a cell gives (its value and its problems) depends on that cell alone, so a
RowChecker checks each distinct text once per table and reuses the answer. Dates and free text
differ from row to row: the usual form takes a short path and anything else the full check, so
every message is the one the full check writes.
"""

import datetime as dt

from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.table.dates import needs_order, parse_moment, parse_time_of_day
from app.exchange.table.vocabulary import header_key, stored_word
from app.journal.validation import (
    FieldErrors,
    check_choice,
    check_int,
    check_text,
    clean_text,
    parse_date,
    parse_datetime,
)
from db import vocabulary as V

DATE_FORMS = "(use 2026-03-01, 01.03.2026 or 01.03.2026 10:30)"
ORDER_HINT = QT_TRANSLATE_NOOP("Messages", "{value} could be day-first or month-first; say which "
                                           "(\"date_order\": dmy or mdy)")
DATE_SAMPLES = {"iso": "2026-03-01", "day": "01.03.2026", "moment": "01.03.2026 10:30"}
TEXT_LIMITS = {"client": 300, "contact": 200, "author": 200, "summary": 2000, "notes": 100_000}
# The fields in the order their problems are reported.
ORDER = ("client", "contact", "author", "occurred_at", "channel", "kind", "direction", "sentiment",
         "effort", "summary", "notes", "tags", "follow_up_due", "follow_up_done")
FREE_TEXT = ("summary", "notes")  # rarely repeated: not worth remembering


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value if isinstance(value, str) else str(value)


def _text_field(name: str, value, errors: FieldErrors, required: bool = False) -> str:
    return check_text(_text(value), name, errors, required=required, max_length=TEXT_LIMITS[name]).strip()


def _free_text(name: str, value, errors: FieldErrors) -> str:
    """Summary or notes: plain short text passes at once, the rest through check_text."""
    if (value.__class__ is str and len(value) <= TEXT_LIMITS[name] and "\x00" not in value
            and clean_text(value) is value):  # control characters no format can carry: check_text
        if value.isascii():
            return value.strip()
        try:
            value.encode("utf-8")  # a lone surrogate cannot be stored: check_text names it
            return value.strip()
        except UnicodeEncodeError:
            pass
    return _text_field(name, value, errors)


def _word(kind: str, value, choices, errors: FieldErrors, required: bool = False) -> str | None:
    text = _text(value).strip()
    return check_choice(stored_word(kind, text) if text else "", choices, kind, errors, required)


def _whole(value, bounds: tuple[int, int], name: str, errors: FieldErrors) -> int | None:
    own = FieldErrors()
    number = check_int(value, *bounds, name, own)
    for problem in own.problems:  # say which whole numbers: a table may hold words ("very bad")
        whole = getattr(problem.message, "template", "") == "{value} is not a whole number"
        errors.add(name, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a whole number {low}..{high}"),
                                 value=problem.message.values["value"], low=bounds[0], high=bounds[1])
                   if whole else problem.message)
    return number


def _date_value(value):
    return value if isinstance(value, dt.date) else _text(value)


def _tags(value, errors: FieldErrors) -> list[str]:
    from app.journal.records import check_tags

    raw_tags = [t for t in _text(value).replace(";", ",").split(",") if t.strip()]
    return check_tags([stored_word("tags", t) for t in raw_tags], "tags", errors)


def _table_date(value, name: str, errors: FieldErrors, order: str | None = None) -> dt.date | None:
    """A follow-up date as exports write it, read in the column's order."""
    if value.__class__ is str and value.strip():
        moment = parse_moment(value, order)
        if moment is not None:
            return moment.date()
        if needs_order(value) and order is None:
            errors.add(name, Message(ORDER_HINT, value=repr(value.strip())))
            return None
    return parse_date(_date_value(value), name, errors)


def occurred_at(day, time, errors: FieldErrors, order: str | None = None) -> dt.datetime | None:
    """The moment from a date (or date and time) cell and an optional separate time cell."""
    own = FieldErrors()
    when = parse_moment(day, order) if day.__class__ is str and day.strip() else None
    if when is None and needs_order(day) and order is None:
        errors.add("occurred_at", Message(ORDER_HINT, value=repr(day.strip())))
        return None
    if when is None:
        when = parse_datetime(day if isinstance(day, dt.date) else _text(day), "occurred_at", own, required=True)
    for problem in own.problems:  # name the forms a table may use, not only the bundle's ISO
        values = getattr(problem.message, "values", {})
        errors.add("occurred_at", Message(QT_TRANSLATE_NOOP(
            "Messages", "{value} is not a date and time (use {iso}, {day} or {moment})"), **values, **DATE_SAMPLES)
            if "value" in values else problem.message)
    if when is None or time in (None, ""):
        return when
    if isinstance(time, dt.datetime):
        time = time.time()
    if not isinstance(time, dt.time):
        try:
            time = dt.time.fromisoformat(_text(time).strip())
        except ValueError:
            # a whole date and time where the time is wanted (Salesforce's "Time"): its time of day
            clock = parse_time_of_day(time) if time.__class__ is str else None
            if clock is None:
                errors.add("time", Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a time of day (use HH:MM)"),
                                               value=repr(_text(time)[:60])))
                return when
            time = clock
    return dt.datetime.combine(when.date(), time.replace(microsecond=0, tzinfo=None))


def _iso_moment(day) -> dt.datetime | None:
    """An ISO date or date and time without a zone, as parse_datetime reads it; None for anything else."""
    if day.__class__ is not str or day[4:5] != "-" or "Z" in day:  # ISO starts 2026-
        return None
    try:
        when = dt.datetime.fromisoformat(day.strip())
    except ValueError:
        return None
    if when.tzinfo is not None:
        return None
    return when.replace(microsecond=0) if when.microsecond else when


CELL_CHECKS = {
    "client": lambda v, e: _text_field("client", v, e, required=True),
    "contact": lambda v, e: _text_field("contact", v, e),
    "author": lambda v, e: _text_field("author", v, e),
    "channel": lambda v, e: _word("channel", v, V.CHANNELS, e, required=True),
    "kind": lambda v, e: _word("kind", v, V.KINDS, e, required=True),
    "direction": lambda v, e: _word("direction", v, V.DIRECTIONS, e),
    "sentiment": lambda v, e: _whole(v, V.SENTIMENT_RANGE, "sentiment", e),
    "effort": lambda v, e: _whole(v, V.EFFORT_RANGE, "effort", e),
    "summary": lambda v, e: _free_text("summary", v, e),
    "notes": lambda v, e: _free_text("notes", v, e),
    "tags": _tags,
    "follow_up_due": lambda v, e: _table_date(v, "follow_up_due", e),
    "follow_up_done": lambda v, e: _table_date(v, "follow_up_done", e),
}


def _require_summary(row: dict, errors: FieldErrors) -> None:
    if not row["summary"] and not row["notes"] and all(p.where != "summary" for p in errors.problems):
        errors.add("summary", QT_TRANSLATE_NOOP("Messages", "is required (a line on what happened)"))


def check_row(values: dict, errors: FieldErrors) -> dict:
    """One row's values, checked as the journal checks an interaction; names are kept as text."""
    row = {}
    for name in ORDER:
        if name == "occurred_at":
            row[name] = occurred_at(values.get("occurred_at"), values.get("time"), errors)
        else:
            row[name] = CELL_CHECKS[name](values.get(name), errors)
    _require_summary(row, errors)
    return row


def _mapped(check, value_map: dict[str, str]):
    """check, after putting a file's value through the profile's map ("Phone" -> "call")."""
    def mapped_check(value, errors: FieldErrors):
        if value is not None:
            value = value_map.get(header_key(_text(value)), value)
        return check(value, errors)
    return mapped_check


class RowChecker:
    """Checks the rows of one table like check_row, checking each distinct text cell only once.

    orders: the date order of each date field's column (dmy, mdy, ymd; None: only unambiguous
    dates); value_maps: per field, a profile's map of the file's values (keyed by header_key)."""

    def __init__(self, orders: dict[str, str | None] | None = None,
                 value_maps: dict[str, dict[str, str]] | None = None):
        orders = orders or {}
        self.order = orders.get("occurred_at")
        checks = dict(CELL_CHECKS)
        for name in ("follow_up_due", "follow_up_done"):
            if orders.get(name):
                checks[name] = lambda v, e, name=name, order=orders[name]: _table_date(v, name, e, order)
        for name, value_map in (value_maps or {}).items():
            if value_map and name in checks:
                checks[name] = _mapped(checks[name], value_map)
        known = {name: {} for name in checks if name not in FREE_TEXT}
        # (field, its check, the answers it gave by cell text, or None when not remembered)
        self.steps = [(name, checks.get(name), known.get(name)) for name in ORDER]

    def check(self, values: dict, errors: FieldErrors) -> dict:
        row = {}
        cell = values.get
        for name, check, known in self.steps:
            value = cell(name)
            if check is None:  # occurred_at, with the time of day that may stand in its own column
                time = cell("time")
                when = _iso_moment(value) if time is None or time == "" else None
                row[name] = when if when is not None else occurred_at(value, time, errors, self.order)
            elif known is None or (value is not None and value.__class__ is not str):
                row[name] = check(value, errors)
            else:
                answer = known.get(value)
                if answer is None:
                    own = FieldErrors(errors.prefix)
                    answer = known[value] = (check(value, own), own.problems)
                if answer[1]:
                    errors.problems.extend(answer[1])
                # each row gets its own list of tags: the remembered one must not be shared
                row[name] = list(answer[0]) if name == "tags" else answer[0]
        _require_summary(row, errors)
        return row
