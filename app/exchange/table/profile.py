"""Import profiles: the choices that make one kind of export import as it is, saved as JSON.

    {"columns": {"<header>": "<field>"}, "constants": {"<field>": "<value>"},
     "values": {"<field>": {"<value in file>": "<value in Rapport>"}}, "encoding": "<codec>",
     "date_order": "dmy|mdy|ymd", "bad_rows": "refuse|skip"}

Every key may be left out. Headers and values in the file are matched as column names are
(case, spaces, "-" and "_" do not matter); a header mapped to null or "" is not imported.
The wizard saves one, `rapport import FILE --profile P.json` reads it.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from app.common.atomic_file import atomic_write
from app.common.errors import Problem, ValidationError
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.table.dates import ORDERS
from app.exchange.table.decoding import known_codec
from app.exchange.table.vocabulary import header_key

# The fields of the journal table (app.exchange.table.exporter.COLUMNS, plus a separate time).
FIELDS = ("client", "contact", "author", "occurred_at", "channel", "kind", "direction", "sentiment",
          "effort", "summary", "notes", "tags", "follow_up_due", "follow_up_done", "time")
BAD_ROWS = ("refuse", "skip")
KEYS = ("columns", "constants", "values", "encoding", "date_order", "bad_rows")
MAX_PROFILE_BYTES = 1 << 20


@dataclass
class ImportProfile:
    """How to read one kind of file: column fields, constants, value maps, encoding, date order, bad rows."""

    columns: dict[str, str | None] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    encoding: str | None = None
    date_order: str | None = None
    bad_rows: str = "refuse"

    def column_for(self, header: str) -> tuple[bool, str | None]:
        """(whether the profile names this header, the field it gives it)."""
        key = header_key(header)
        for name, target in self.columns.items():
            if header_key(name) == key:
                return True, target or None
        return False, None

    def value_map(self, name: str) -> dict[str, str]:
        """The field's value map, keyed as header_key keys them."""
        return {header_key(k): v for k, v in self.values.get(name, {}).items()}

    def as_json(self) -> dict:
        data: dict = {}
        if self.columns:
            data["columns"] = dict(self.columns)
        if self.constants:
            data["constants"] = dict(self.constants)
        if self.values:
            data["values"] = {k: dict(v) for k, v in self.values.items() if v}
        if self.encoding:
            data["encoding"] = self.encoding
        if self.date_order:
            data["date_order"] = self.date_order
        if self.bad_rows != "refuse":
            data["bad_rows"] = self.bad_rows
        return data


MUST_BE_OBJECT = QT_TRANSLATE_NOOP("Messages", "must be a JSON object")
MUST_BE_TEXT = QT_TRANSLATE_NOOP("Messages", "must be text or a number")
NOT_A_FIELD = QT_TRANSLATE_NOOP("Messages", "not a field of the journal table (use {fields})")


def profile_from_json(data, where: str = "profile") -> ImportProfile:
    """A profile from parsed JSON; every wrong key or value is named with its path."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise ValidationError(Problem(where, MUST_BE_OBJECT))
    for key in data:
        if key not in KEYS:
            problems.append(Problem(f"{where}.{key}", Message(QT_TRANSLATE_NOOP("Messages", "unknown key (use {keys})"),
                                                              keys=KEYS)))
    profile = ImportProfile()
    profile.columns = _mapping(data, "columns", where, problems, _column_target)
    profile.constants = _mapping(data, "constants", where, problems, _constant)
    values = _mapping(data, "values", where, problems, lambda v, path, p: _value_map(v, path, p))
    profile.values = {k: v for k, v in values.items() if v}
    encoding = data.get("encoding")
    if encoding is not None:
        if not isinstance(encoding, str) or known_codec(encoding) is None:
            problems.append(Problem(f"{where}.encoding", Message(QT_TRANSLATE_NOOP(
                "Messages", "{encoding} is not an encoding Python knows (e.g. utf-8, cp1251, iso-8859-1)"),
                encoding=repr(encoding))))
        else:
            profile.encoding = encoding
    profile.date_order = _choice(data, "date_order", ORDERS, where, problems)
    profile.bad_rows = _choice(data, "bad_rows", BAD_ROWS, where, problems) or "refuse"
    if problems:
        raise ValidationError(problems)
    return profile


def load_profile(path) -> ImportProfile:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_PROFILE_BYTES:
            raise ValidationError(Problem(str(path), QT_TRANSLATE_NOOP(
                "Messages", "is too large for a profile (at most 1 MB)")))
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(Problem(str(path), Message(QT_TRANSLATE_NOOP(
            "Messages", "cannot read the profile ({reason})"), reason=exc.strerror or str(exc)))) from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(Problem(str(path), QT_TRANSLATE_NOOP("Messages", "the profile is not UTF-8 text"))) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(Problem(Message(QT_TRANSLATE_NOOP("Messages", "{path}: line {line}"), path=str(path),
                                              line=exc.lineno),
                                      Message(QT_TRANSLATE_NOOP("Messages", "not valid JSON ({reason})"),
                                              reason=exc.msg))) from exc
    return profile_from_json(data, path.name)


def save_profile(profile: ImportProfile, path) -> None:
    with atomic_write(path, "w", encoding="utf-8", permissions=0o600) as handle:
        json.dump(profile.as_json(), handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def _mapping(data: dict, key: str, where: str, problems: list, check) -> dict:
    value = data.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(Problem(f"{where}.{key}", MUST_BE_OBJECT))
        return {}
    result = {}
    for name, target in value.items():
        result[name] = check(target, f"{where}.{key}.{name}", problems)
        if key != "columns" and name not in FIELDS:
            problems.append(Problem(f"{where}.{key}.{name}", Message(NOT_A_FIELD, fields=FIELDS)))
    return result


def _column_target(target, path: str, problems: list) -> str | None:
    if target in (None, ""):
        return None
    if target not in FIELDS:
        problems.append(Problem(path, Message(QT_TRANSLATE_NOOP(
            "Messages", "{target} is not a field of the journal table (use {fields})"), target=repr(target),
            fields=FIELDS)))
        return None
    return target


def _constant(value, path: str, problems: list) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        problems.append(Problem(path, MUST_BE_TEXT))
        return ""
    return str(value)


def _value_map(value, path: str, problems: list) -> dict[str, str] | None:
    if not isinstance(value, dict):
        problems.append(Problem(path, QT_TRANSLATE_NOOP(
            "Messages", "must be a JSON object of {\"value in file\": \"value in Rapport\"}")))
        return None
    result = {}
    for source, target in value.items():
        if not isinstance(target, str | int | float) or isinstance(target, bool):
            problems.append(Problem(f"{path}.{source}", MUST_BE_TEXT))
        else:
            result[source] = str(target)
    return result


def _choice(data: dict, key: str, choices, where: str, problems: list) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if value not in choices:
        problems.append(Problem(f"{where}.{key}", Message(QT_TRANSLATE_NOOP("Messages", "{value} is not one of {choices}"),
                                                          value=repr(value), choices=tuple(choices))))
        return None
    return value
