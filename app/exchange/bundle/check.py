"""The bundle's shape (keys of every section) and the tools its checks share: refs, uniques.

The keys of each section are declared once in KEYS; anything else is an error. Records refer
to each other by refs that are local to the bundle ("c1", "i7"); app.exchange.bundle.sections checks
them and app.exchange.bundle.importer turns them into database ids when the bundle is written.
"""

import difflib
import math
from dataclasses import dataclass, field

from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal.records import CLIENT_FIELDS
from app.journal.validation import FieldErrors, check_choice, check_number, show

FORMAT = "rapport-bundle"
VERSION = 1

KEYS = {
    "users": ("ref", "name", "role", "active"),
    "tags": ("name", "category", "description"),
    "clients": ("ref", *CLIENT_FIELDS),
    "contacts": ("ref", "client", "name", "role", "email", "phone", "notes"),
    "interactions": ("ref", "client", "contact", "author", "occurred_at", "channel", "kind", "direction",
                     "sentiment", "effort", "summary", "notes", "tags", "follow_up_due", "follow_up_done",
                     # optional, written only when set (an older Rapport reads the rest): schema version 10
                     "follow_up_channel", "no_reply_needed", "reply_assignee"),
    "feedback": ("ref", "client", "interaction", "raised_at", "summary", "severity", "status",
                 "acknowledged_at", "resolved_at", "owner", "resolved_by", "repeat_contacts", "acknowledged_by"),
    "negotiations": ("ref", "client", "topic", "opened_at", "client_position", "our_position",
                     "contract_refs", "spec_refs", "options", "status", "target_date", "outcome",
                     "history", "sessions", "actions", "positions", "concessions"),
    "pulses": ("client", "author", "at", "reading", "comment"),
    "stage_changes": ("client", "at", "from_stage", "to_stage", "author", "note"),
    "playbook": ("situation", "action", "language", "kinds", "tags", "position"),
    "portrait": ("ref", "name", "description", "weight", "position"),
    "qualifications": ("client", "decided_by", "decided_at", "decision", "reason", "score", "criteria_met"),
    "holidays": ("day", "name"),
}
NESTED_KEYS = {
    "history": ("at", "status", "note", "author"),
    "actions": ("description", "owner", "due", "done_at"),
    "positions": ("at", "side", "text"),
    "concessions": ("at", "side", "description"),
}
# Every top-level key, in the order sections are checked and written (references point back).
SECTIONS = (*KEYS, "settings")
TOP_KEYS = ("format", "version", *SECTIONS)
# The word for a section's records in "'c9' is not a client ref in this bundle".
REF_NOUNS = {"users": "user", "clients": "client", "contacts": "contact", "interactions": "interaction",
             "feedback": "feedback", "negotiations": "negotiation", "portrait": "portrait criterion"}
POSITION_RANGE = (-1_000_000, 1_000_000)


@dataclass
class CheckedBundle:
    """A bundle that passed every check: clean records per section, refs still unresolved."""

    sections: dict[str, list[dict]] = field(default_factory=dict)
    settings: dict[str, object] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)

    def record_count(self) -> int:
        return sum(len(records) for records in self.sections.values()) + len(self.settings)


def kind_of(value) -> str:
    """What a JSON value is, for 'is text, not a list'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def check_keys(record: dict, allowed: tuple[str, ...], errors: FieldErrors) -> None:
    for key in record:
        if key in allowed:
            continue
        close = difflib.get_close_matches(str(key), allowed, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        errors.add(str(key), Message(QT_TRANSLATE_NOOP("Messages", "unknown key{hint}"), hint=hint))


class Refs:
    """The refs each section defines, and the client each referable record belongs to."""

    def __init__(self):
        self.defined: dict[str, dict[str, str]] = {section: {} for section in REF_NOUNS}
        self.client_of: dict[str, dict[str, str | None]] = {section: {} for section in REF_NOUNS}

    def define(self, section: str, record: dict, path: str, errors: FieldErrors,
               client: str | None = None, required: bool = False) -> str | None:
        ref = record.get("ref")
        if ref is None or ref == "":
            if required:
                errors.add("ref", QT_TRANSLATE_NOOP("Messages", "is required (a text such as 'c1' that other records use)"))
            return None
        if not isinstance(ref, str) or len(ref) > 100 or not ref.strip():
            errors.add("ref", Message(QT_TRANSLATE_NOOP("Messages", "{ref} is not a ref (use a short text such as 'c1')"), ref=show(ref)))
            return None
        first = self.defined[section].get(ref)
        if first is not None:
            errors.add("ref", Message(QT_TRANSLATE_NOOP("Messages", "{ref} is already the ref of {first}"), ref=show(ref), first=first))
            return None
        self.defined[section][ref] = path
        self.client_of[section][ref] = client
        return ref

    def resolve(self, value, section: str, where: str, errors: FieldErrors,
                required: bool = False) -> str | None:
        if value is None or value == "":
            if required:
                errors.add(where, QT_TRANSLATE_NOOP("Messages", "is required"))
            return None
        if isinstance(value, str) and value in self.defined[section]:
            return value
        errors.add(where, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a {section} ref in this bundle"), value=show(value), section=REF_NOUNS[section]))
        return None

    def same_client(self, section: str, ref: str | None, client: str | None, where: str,
                    errors: FieldErrors) -> None:
        owner = self.client_of[section].get(ref) if ref else None
        if owner and client and owner != client:
            errors.add(where, Message(QT_TRANSLATE_NOOP("Messages", "{ref} belongs to client {owner}, not {client}"), ref=show(ref), owner=repr(owner), client=repr(client)))

    def resolve_list(self, values, section: str, where: str, errors: FieldErrors,
                     client: str | None = None) -> list[str]:
        """A list of refs (each of the record's own client), duplicates dropped."""
        if values is None:
            return []
        if not isinstance(values, list):
            errors.add(where, Message(QT_TRANSLATE_NOOP("Messages", "is {values}, not a list of {section} refs"), values=kind_of(values), section=REF_NOUNS[section]))
            return []
        out: list[str] = []
        for i, value in enumerate(values):
            ref = self.resolve(value, section, f"{where}[{i}]", errors, required=True)
            self.same_client(section, ref, client, f"{where}[{i}]", errors)
            if ref is not None and ref not in out:
                out.append(ref)
        return out


class Uniques:
    """Values that must be unique within a section of the bundle (names, days)."""

    def __init__(self):
        self.seen: dict[tuple[str, str], str] = {}

    def check(self, section: str, field_name: str, value, path: str, errors: FieldErrors) -> None:
        if value in (None, ""):
            return
        key = (f"{section}.{field_name}", str(value))
        first = self.seen.setdefault(key, path)
        if first != path:
            errors.add(field_name, Message(QT_TRANSLATE_NOOP("Messages", "{value} is also the {field_name} of {first}"), value=show(value), field_name=field_name, first=first))


def check_bool(value, where: str, errors: FieldErrors, default: bool = True) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        errors.add(where, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not true or false"), value=show(value)))
        return default
    return value


def check_list_of_choices(values, choices, where: str, errors: FieldErrors) -> list[str]:
    if values is None:
        return []
    if not isinstance(values, list):
        errors.add(where, Message(QT_TRANSLATE_NOOP("Messages", "is {values}, not a list"), values=kind_of(values)))
        return []
    out = []
    for i, value in enumerate(values):
        if check_choice(value, choices, f"{where}[{i}]", errors, required=True) and value not in out:
            out.append(value)
    return out


def check_score(value, where: str, errors: FieldErrors) -> float | None:
    return check_number(value, where, errors, minimum=-math.inf)

