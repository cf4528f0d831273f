"""An audit line in the user's words: the action, the kind of record, field labels as the forms show
them, and values as the user reads them (names for references, the vocabulary translated, dates and
numbers in the locale's form). Shared by the desktop and `rapport audit`."""

from __future__ import annotations

import datetime as dt

from app.audit.history import AuditLine, FieldChange
from app.common.field_labels import FIELD_LABELS
from app.common.wording import QT_TRANSLATE_NOOP, Number, shown_value, translated

CONTEXT = "Audit"
ACTION_WORDS = {"create": QT_TRANSLATE_NOOP("Audit", "created"),
                "edit": QT_TRANSLATE_NOOP("Audit", "edited"),
                "delete": QT_TRANSLATE_NOOP("Audit", "deleted")}
KIND_WORDS = {"interaction": QT_TRANSLATE_NOOP("Audit", "interaction"),
              "client": QT_TRANSLATE_NOOP("Audit", "client"),
              "contact": QT_TRANSLATE_NOOP("Audit", "contact"),
              "feedback": QT_TRANSLATE_NOOP("Audit", "feedback item"),
              "negotiation": QT_TRANSLATE_NOOP("Audit", "negotiation"),
              "pulse": QT_TRANSLATE_NOOP("Audit", "pulse"),
              "user": QT_TRANSLATE_NOOP("Audit", "user"),
              "settings": QT_TRANSLATE_NOOP("Audit", "settings"),
              "playbook": QT_TRANSLATE_NOOP("Audit", "playbook"),
              "portrait": QT_TRANSLATE_NOOP("Audit", "client portrait"),
              "tag": QT_TRANSLATE_NOOP("Audit", "tag"),
              "trash": QT_TRANSLATE_NOOP("Audit", "trash item")}
# The parts of a record, named where a line shows one ("negotiation: status change").
PART_WORDS = {"interaction_tag": QT_TRANSLATE_NOOP("Audit", "tag"),
              "feedback_contact": QT_TRANSLATE_NOOP("Audit", "repeat contact"),
              "negotiation_event": QT_TRANSLATE_NOOP("Audit", "status change"),
              "negotiation_position": QT_TRANSLATE_NOOP("Audit", "position"),
              "concession": QT_TRANSLATE_NOOP("Audit", "concession"),
              "negotiation_session": QT_TRANSLATE_NOOP("Audit", "session"),
              "negotiation_action": QT_TRANSLATE_NOOP("Audit", "agreed action"),
              "stage_change": QT_TRANSLATE_NOOP("Audit", "stage change"),
              "qualification": QT_TRANSLATE_NOOP("Audit", "qualification"),
              "holiday": QT_TRANSLATE_NOOP("Audit", "holiday")}
# Columns the forms do not name in app/common/field_labels.py.
MORE_LABELS = {"from_stage": QT_TRANSLATE_NOOP("Audit", "Stage before"),
               "to_stage": QT_TRANSLATE_NOOP("Audit", "Stage after"),
               "decided_by": QT_TRANSLATE_NOOP("Audit", "Decided by"),
               "resolved_by": QT_TRANSLATE_NOOP("Audit", "Resolved by"),
               "tag": QT_TRANSLATE_NOOP("Audit", "Tag"),
               "feedback": QT_TRANSLATE_NOOP("Audit", "Feedback item"),
               "negotiation": QT_TRANSLATE_NOOP("Audit", "Negotiation"),
               "active": QT_TRANSLATE_NOOP("Audit", "Active"),
               "login": QT_TRANSLATE_NOOP("Audit", "Login"),
               "key": QT_TRANSLATE_NOOP("Audit", "Setting"),
               "value": QT_TRANSLATE_NOOP("Audit", "Value"),
               "score": QT_TRANSLATE_NOOP("Audit", "Score"),
               "label": QT_TRANSLATE_NOOP("Audit", "Item"),
               "record_id": QT_TRANSLATE_NOOP("Audit", "Record"),
               "deleted_by": QT_TRANSLATE_NOOP("Audit", "Deleted by"),
               "deleted_at": QT_TRANSLATE_NOOP("Audit", "Deleted at")}
# Columns holding the stored vocabulary: shown through the interface's "Labels" words.
VOCABULARY = frozenset({"stage", "from_stage", "to_stage", "channel", "kind", "direction", "status", "severity",
                        "reading", "role", "decision", "side", "category"})
DATES = frozenset({"contract_start", "contract_end", "follow_up_due", "follow_up_done", "opened_at", "target_date",
                   "due", "done_at", "day"})
EMPTY = "\u2014"
LONGEST = 160  # characters of a long text shown in a line; the rest is cut with an ellipsis


def action_word(action: str) -> str:
    return translated(CONTEXT, ACTION_WORDS.get(action, action))


def kind_word(line: AuditLine) -> str:
    """"interaction", or "negotiation: status change" for a part of one."""
    kind = translated(CONTEXT, KIND_WORDS.get(line.kind, line.kind))
    part = PART_WORDS.get(line.table)
    return f"{kind}: {translated(CONTEXT, part)}" if part else kind


def record_text(line: AuditLine) -> str:
    """The record a line is about, by its title: a reading or a stage in the user's words."""
    from app.audit.history import TITLE_COLUMN

    column = TITLE_COLUMN.get(line.table, "")
    if line.table not in ("interaction_tag",) and column in VOCABULARY | {"reading", "decision"} \
            and line.part_of is None:
        return value_text(column, line.record)
    return line.record


def field_word(column: str) -> str:
    """The column as the forms label it (`author_id` -> "Author")."""
    name = column[:-3] if column.endswith("_id") else column
    if name in MORE_LABELS:
        return translated(CONTEXT, MORE_LABELS[name])
    if name in FIELD_LABELS:
        return translated("Fields", FIELD_LABELS[name])
    return name.replace("_", " ")


def _moment(text: str) -> dt.datetime | dt.date | None:
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("T", " ")[:26])
    except ValueError:
        return None


def value_text(column: str, value, name: str | None = None) -> str:
    """A stored value as the user reads it."""
    if value is None or value == "":
        return EMPTY
    if name is not None:  # a tag's name: the built-in ones in the user's words
        return translated("Labels", name.replace("_", " ")) if column == "tag_id" else name
    if column in VOCABULARY and isinstance(value, str):
        return translated("Labels", value.replace("_", " "))
    if column == "sentiment" and isinstance(value, int):
        return shown_value(Number(value, 0, signed=True))
    if column == "active" or isinstance(value, bool):
        return translated(CONTEXT, QT_TRANSLATE_NOOP("Audit", "yes") if value else QT_TRANSLATE_NOOP("Audit", "no"))
    if isinstance(value, int | float):
        return shown_value(float(value) if isinstance(value, float) else value)
    text = str(value)
    if column == "at" or column.endswith("_at") or column in DATES:
        moment = _moment(text)
        if isinstance(moment, dt.datetime):
            return shown_value(moment.replace(microsecond=0))
        if moment is not None:
            return shown_value(moment)
    text = " ".join(text.split())
    return text if len(text) <= LONGEST else text[:LONGEST - 1] + "\u2026"


def change_text(change: FieldChange, action: str) -> str:
    """"Summary: Late delivery -> Late delivery, apologised" (an edit), "Summary: Late delivery" (else)."""
    label = field_word(change.column)
    if action == "edit":
        return (f"{label}: {value_text(change.column, change.before, change.before_name)} \u2192 "
                f"{value_text(change.column, change.after, change.after_name)}")
    value = change.after if action == "create" else change.before
    name = change.after_name if action == "create" else change.before_name
    return f"{label}: {value_text(change.column, value, name)}"


def changes_text(line: AuditLine, separator: str = "; ") -> str:
    return separator.join(change_text(c, line.action) for c in line.changes)


def as_json(line: AuditLine) -> dict:
    """One line of `rapport audit --json`: stored names and values, ISO times (shared/DOMAIN.md)."""
    return {"id": line.id, "at": line.at.isoformat(timespec="seconds"), "user_id": line.user_id, "user": line.who,
            "login": line.login, "action": line.action, "kind": line.kind, "table": line.table,
            "record_id": line.row_id, "record": line.record, "client_id": line.client_id, "client": line.client,
            "changes": [{"field": c.column, "before": c.before, "after": c.after} for c in line.changes]}
