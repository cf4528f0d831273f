"""Field checks shared by every write: each failure names the field and the value at fault."""

import datetime as dt
import math
import re
from collections.abc import Sequence

from app.common.errors import Problem
from app.common.wording import QT_TRANSLATE_NOOP, Message

REQUIRED = QT_TRANSLATE_NOOP("Messages", "is required")


class FieldErrors:
    """Collects problems while a record is checked, so all of them are reported at once."""

    def __init__(self, prefix: str = ""):
        self.prefix = prefix
        self.problems: list[Problem] = []

    def path(self, field: str) -> str:
        return f"{self.prefix}.{field}" if self.prefix else field

    def add(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.path(field), message))

    def __bool__(self) -> bool:
        return bool(self.problems)

    def fields(self) -> set[str]:
        """The paths that already have a problem."""
        return {p.where for p in self.problems}

    def raise_if_any(self) -> None:
        from app.common.errors import ValidationError

        if self.problems:
            raise ValidationError(self.problems)


def show(value) -> str:
    """A value as it appears in an error message."""
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_date(value, field: str, errors: FieldErrors, required: bool = False) -> dt.date | None:
    if value is None or value == "":
        if required:
            errors.add(field, REQUIRED)
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a date (use YYYY-MM-DD)"), value=show(value)))
    return None


def parse_datetime(value, field: str, errors: FieldErrors, required: bool = False) -> dt.datetime | None:
    if value is None or value == "":
        if required:
            errors.add(field, REQUIRED)
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, str):
        text = value.strip()
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            if parsed.tzinfo is not None:
                parsed = parsed.astimezone().replace(tzinfo=None)
            return parsed.replace(microsecond=0)
        except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 shifted out of range
            pass
        for fmt in ("%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y"):
            try:
                return dt.datetime.strptime(text, fmt)
            except ValueError:
                pass
    errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a date and time (use YYYY-MM-DDTHH:MM:SS)"),
                              value=show(value)))
    return None


def check_choice(value, choices: Sequence[str], field: str, errors: FieldErrors,
                 required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "is required (one of {choices})"),
                                      choices=tuple(choices)))
        return None
    if not isinstance(value, str) or value not in choices:
        errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not one of {choices}"),
                                  value=show(value), choices=tuple(choices)))
        return None
    return value


def _not_whole(value) -> Message:
    return Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a whole number"), value=show(value))


def _not_a_number(value) -> Message:
    return Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a number"), value=show(value))


def check_period(start: dt.date | None, end: dt.date | None, end_field: str, errors: FieldErrors) -> None:
    """A period's last day may not come before its first: the brief, the export and search refuse it."""
    if start and end and end < start:
        errors.add(end_field, Message(QT_TRANSLATE_NOOP("Messages", "{end} is before the first day of the period ({start})"),
                                      end=end, start=start))


def check_int(value, low: int, high: int, field: str, errors: FieldErrors) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        errors.add(field, _not_whole(value))
        return None
    if isinstance(value, str):
        try:
            value = int(value.strip().replace("+", ""))
        except ValueError:
            errors.add(field, _not_whole(value))
            return None
    if isinstance(value, float):
        if not value.is_integer():
            errors.add(field, _not_whole(value))
            return None
        value = int(value)
    if not low <= value <= high:
        errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "{value} is outside {low}..{high}"),
                                  value=value, low=low, high=high))
        return None
    return value


def check_number(value, field: str, errors: FieldErrors, minimum: float = 0.0) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        errors.add(field, _not_a_number(value))
        return None
    try:
        number = float(str(value).replace(" ", "").replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an integer beyond any float
        errors.add(field, _not_a_number(value))
        return None
    if math.isnan(number) or math.isinf(number):
        errors.add(field, _not_a_number(value))
        return None
    if number < minimum:
        errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "{value} is below {minimum}"),
                                  value=show(value), minimum=minimum))
        return None
    return number


# Characters no export format can carry (XML 1.0, so XLSX and DOCX, refuses them): C0 controls
# other than tab, newline and carriage return, and the non-characters U+FFFE and U+FFFF. A vertical
# tab or form feed (a word processor's line and page break) becomes a newline; the rest go.
_LINE_BREAKS = re.compile("[\x0b\x0c]")
_UNCARRIABLE = re.compile("[\x01-\x08\x0e-\x1f\ufffe\uffff]")


def clean_text(value: str) -> str:
    """value without the control characters no file format can carry (see _UNCARRIABLE)."""
    if value.isprintable() or not (_LINE_BREAKS.search(value) or _UNCARRIABLE.search(value)):
        return value
    return _UNCARRIABLE.sub("", _LINE_BREAKS.sub("\n", value))


def check_text(value, field: str, errors: FieldErrors, required: bool = False,
               max_length: int = 100_000) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not text"), value=show(value)))
        return ""
    if required and not value.strip():
        errors.add(field, REQUIRED)
        return ""
    if len(value) > max_length:
        errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "is {length} characters long; at most {limit} are allowed"),
                                  length=len(value), limit=max_length))
        return value[:max_length]
    if "\x00" in value:
        errors.add(field, QT_TRANSLATE_NOOP("Messages", "contains a NUL character"))
        return value.replace("\x00", "")
    value = clean_text(value)
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\ud800" in JSON): the database cannot store it
            errors.add(field, QT_TRANSLATE_NOOP("Messages", "contains a character that is not valid Unicode"))
            return value.encode("utf-8", "replace").decode("utf-8")
    return value
