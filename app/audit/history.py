"""Who changed what, when: a record's history, a client's, and the owners' firm-wide log, read from db/audit.py.

Lines come newest first and are paged by the entry's id (the log grows without bound): a page
is "the next `limit` entries older than `before_id`". Names of the people, clients, contacts and
tags a change points to are read in one query per kind for the whole page, from the journal, or
from the trail itself when the record has since been deleted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.common import rights
from app.common.errors import PermissionDenied
from app.common.roles import acting_user
from app.common.wording import QT_TRANSLATE_NOOP, Message
from db import audit
from db.models import (
    AuditEntry,
    Client,
    Contact,
    Feedback,
    Interaction,
    Negotiation,
    PlaybookEntry,
    PortraitCriterion,
    Pulse,
    Qualification,
    StageChange,
    Tag,
    TrashItem,
    User,
    db,
)

PAGE = 200
FIRM_LOG = "read the firm's audit trail"

# The kinds of record a person filters by, and the tables each one spans (its parts included).
KINDS: dict[str, tuple[str, ...]] = {
    "interaction": ("interaction", "interaction_tag"),
    "client": ("client", "stage_change", "qualification"),
    "contact": ("contact",),
    "feedback": ("feedback", "feedback_contact"),
    "negotiation": ("negotiation", "negotiation_event", "negotiation_position", "concession",
                    "negotiation_session", "negotiation_action"),
    "pulse": ("pulse",),
    "user": ("user",),
    "settings": ("setting", "holiday"),
    "playbook": ("playbook_entry",),
    "portrait": ("portrait_criterion",),
    "tag": ("tag",),
    "trash": ("trash_item",),
}
KIND_OF = {table: kind for kind, tables in KINDS.items() for table in tables}
# A record's parts: table -> the column that points to the record.
PARTS: dict[str, dict[str, str]] = {
    "interaction": {"interaction_tag": "interaction_id", "negotiation_session": "interaction_id",
                    "feedback_contact": "interaction_id"},
    "feedback": {"feedback_contact": "feedback_id"},
    "negotiation": {table: "negotiation_id" for table in KINDS["negotiation"][1:]},
    "client": {"stage_change": "client_id", "qualification": "client_id"},
}
# Columns that point to another record, and the record they name.
REFERENCES = {"author_id": "user", "owner_id": "user", "deleted_by_id": "user", "account_manager_id": "user", "decided_by_id": "user",
              "client_id": "client", "contact_id": "contact", "tag_id": "tag", "interaction_id": "interaction",
              "resolved_by_id": "interaction", "negotiation_id": "negotiation", "feedback_id": "feedback"}
_TITLED = {"user": (User, "name"), "client": (Client, "name"), "contact": (Contact, "name"), "tag": (Tag, "name"),
           "interaction": (Interaction, "summary"), "negotiation": (Negotiation, "topic"),
           "feedback": (Feedback, "summary"), "playbook_entry": (PlaybookEntry, "situation"),
           "portrait_criterion": (PortraitCriterion, "name"), "pulse": (Pulse, "reading"), "trash_item": (TrashItem, "label"),
           "stage_change": (StageChange, "to_stage"), "qualification": (Qualification, "decision")}
# What names a record in a line of the log: its own column, or the record its part belongs to.
TITLE_COLUMN = {"user": "name", "client": "name", "contact": "name", "tag": "name", "interaction": "summary",
                "feedback": "summary", "negotiation": "topic", "playbook_entry": "situation",
                "portrait_criterion": "name", "setting": "key", "holiday": "day", "pulse": "reading",
                "stage_change": "to_stage", "qualification": "decision", "trash_item": "label"}
PART_OF = {"interaction_tag": "interaction_id", "feedback_contact": "feedback_id", "negotiation_event": "negotiation_id",
           "negotiation_position": "negotiation_id", "concession": "negotiation_id",
           "negotiation_session": "negotiation_id", "negotiation_action": "negotiation_id"}
# Bookkeeping: the line's own time says it; a trash item's rows are told by their own lines.
HIDDEN = frozenset({"id", "created_at", "updated_at", "payload"})


@dataclass(frozen=True)
class AuditFilter:
    """What the firm-wide log is narrowed to; until is inclusive (the whole day)."""

    client_id: int | None = None
    user_id: int | None = None
    kind: str | None = None
    action: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class FieldChange:
    """One column of one change: the values before and after, and the names they point to."""

    column: str
    before: object
    after: object
    before_name: str | None = None
    after_name: str | None = None


@dataclass
class AuditLine:
    """One change, ready to show: who, when, what record, which fields from what to what."""

    id: int
    at: dt.datetime
    user_id: int | None
    who: str  # the Rapport user's name, else the login
    login: str
    action: str
    table: str
    row_id: str
    client_id: int | None
    client: str = ""
    record: str = ""
    changes: list[FieldChange] = field(default_factory=list)
    part_of: tuple[str, str] | None = None  # (table, id) of the record a part belongs to

    @property
    def kind(self) -> str:
        return KIND_OF.get(self.table, self.table)


def _reader(by) -> User:
    """The person reading a record's history: anyone named and active may read what they can see."""
    user = acting_user(by)
    if not user.active:
        raise PermissionDenied(Message(QT_TRANSLATE_NOOP("Messages", "{user} is deactivated: ask an owner to reactivate them"),
                                       user=user.name))
    return user


def _where(query, f: AuditFilter):
    if f.client_id is not None:
        query = query.where(AuditEntry.client_id == f.client_id)
    if f.user_id is not None:
        query = query.where(AuditEntry.user_id == f.user_id)
    if f.kind:
        query = query.where(AuditEntry.table_name.in_(KINDS.get(f.kind, (f.kind,))))
    if f.action:
        query = query.where(AuditEntry.action == f.action)
    if f.since is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(f.since, dt.time()))
    if f.until is not None:
        query = query.where(AuditEntry.at < dt.datetime.combine(f.until + dt.timedelta(days=1), dt.time()))
    return query


def _page(query, before_id: int | None, limit: int) -> list[AuditLine]:
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    with db.atomic():
        entries = [audit.as_change(e) for e in query.order_by(AuditEntry.id.desc()).limit(limit)]
        return describe(entries)


def firm_log(f: AuditFilter, by, before_id: int | None = None, limit: int = PAGE) -> list[AuditLine]:
    """A page of the firm-wide log (owners only), newest first."""
    rights.require(by, FIRM_LOG)
    return _page(_where(AuditEntry.select(), f), before_id, limit)


def firm_log_count(f: AuditFilter, by) -> int:
    rights.require(by, FIRM_LOG)
    return _where(AuditEntry.select(), f).count()


def all_lines(f: AuditFilter, by, page: int = 500) -> Iterator[AuditLine]:
    """Every line the filter keeps, newest first, read a page at a time (the command line's)."""
    if f.client_id is None:
        rights.require(by, FIRM_LOG)
    else:
        _reader(by)
    before_id = None
    while True:
        lines = _page(_where(AuditEntry.select(), f), before_id, page)
        yield from lines
        if len(lines) < page:
            return
        before_id = lines[-1].id


def client_history(client_id: int, by, kind: str | None = None, before_id: int | None = None,
                   limit: int = PAGE) -> list[AuditLine]:
    """A page of everything recorded about one client (its record, entries, feedback, negotiations...)."""
    _reader(by)
    return _page(_where(AuditEntry.select(), AuditFilter(client_id=int(client_id), kind=kind)), before_id, limit)


def record_history(table: str, row_id, by) -> list[AuditLine]:
    """The history of one record with its parts (an interaction's tags, a negotiation's events...), newest first."""
    _reader(by)
    own = AuditEntry.select().where(AuditEntry.table_name == table, AuditEntry.row_id == str(row_id))
    parts = PARTS.get(table, {})
    with db.atomic():
        entries = [audit.as_change(e) for e in own]
        if parts:
            client_ids = {c.client_id for c in entries if c.client_id is not None}
            if table == "client":
                client_ids.add(int(row_id))
            if client_ids:
                candidates = (AuditEntry.select()
                              .where(AuditEntry.client_id.in_(sorted(client_ids)),
                                     AuditEntry.table_name.in_(list(parts))))
                for change in map(audit.as_change, candidates):
                    link = parts[change.table]
                    values = change.after or change.before or {}
                    if str(values.get(link)) == str(row_id):
                        entries.append(change)
        entries.sort(key=lambda c: c.id, reverse=True)
        return describe(entries)


def _changed(change: audit.Change) -> list[tuple[str, object, object]]:
    if change.action == "edit":
        return [(k, b, a) for k, (b, a) in change.changed().items() if k not in HIDDEN]
    values = change.after if change.action == "create" else change.before
    values = values or {}
    # the client a record is created in or deleted from heads the line; a move between clients is an edit
    # a part's record (an entry a tag is on) names the line, as its client heads it
    pairs = [(k, v) for k, v in values.items() if k not in HIDDEN and v not in (None, "")
             and not (k == "client_id" and change.table != "client" and change.client_id is not None)
             and k != PART_OF.get(change.table)]
    if change.action == "create":
        return [(k, None, v) for k, v in pairs]
    return [(k, v, None) for k, v in pairs]


def _names(wanted: dict[str, set]) -> dict[tuple[str, str], str]:
    """(kind, id) -> the record's name, from the journal or, for a deleted record, its last audit entry."""
    names: dict[tuple[str, str], str] = {}
    for kind, ids in wanted.items():
        ids = {str(i) for i in ids if i not in (None, "")}
        if not ids:
            continue
        model, column = _TITLED[kind]
        numeric = sorted(int(i) for i in ids if i.lstrip("-").isdigit())
        for record_id, title in model.select(model.id, getattr(model, column)).where(model.id.in_(numeric)).tuples():
            names[(kind, str(record_id))] = title or f"#{record_id}"
        missing = sorted(i for i in ids if (kind, i) not in names)
        if missing:
            gone = (AuditEntry.select(AuditEntry.row_id, AuditEntry.before, AuditEntry.after)
                    .where(AuditEntry.table_name == kind, AuditEntry.row_id.in_(missing))
                    .order_by(AuditEntry.id))
            for entry in gone:
                values = audit._as_dict(entry.before) or audit._as_dict(entry.after) or {}
                if values.get(column):
                    names[(kind, entry.row_id)] = str(values[column])
    return names


def describe(entries: list[audit.Change]) -> list[AuditLine]:
    """Audit changes as lines, with the names they point to read in one query per kind."""
    pairs = [(c, _changed(c)) for c in entries]
    wanted: dict[str, set] = {"user": set(), "client": set()}
    for change, changed in pairs:
        wanted["user"].add(change.user_id)
        wanted["client"].add(change.client_id)
        values = change.after or change.before or {}
        if change.table in PART_OF:
            target = REFERENCES[PART_OF[change.table]]
            wanted.setdefault(target, set()).add(values.get(PART_OF[change.table]))
        for column, before, after in changed:
            if column in REFERENCES:
                wanted.setdefault(REFERENCES[column], set()).update((before, after))
        if change.table in _TITLED and TITLE_COLUMN[change.table] not in values:  # an edit names what it changed
            wanted.setdefault(change.table, set()).add(change.row_id)
    names = _names(wanted)

    def name(kind: str, value) -> str | None:
        if value in (None, ""):
            return None
        return names.get((kind, str(value)), f"#{value}")

    lines = []
    for change, changed in pairs:
        values = change.after or change.before or {}
        part_of = None
        if change.table in PART_OF:
            link = PART_OF[change.table]
            record = name(REFERENCES[link], values.get(link)) or ""
            if values.get(link) is not None:
                part_of = (REFERENCES[link], str(values[link]))
        elif TITLE_COLUMN.get(change.table) in values:
            record = str(values[TITLE_COLUMN[change.table]] or "")
        else:
            record = names.get((change.table, change.row_id), change.row_id)
        who = names.get(("user", str(change.user_id))) if change.user_id else None
        lines.append(AuditLine(
            change.id, change.at, change.user_id, who or change.login or "", change.login, change.action,
            change.table, change.row_id, change.client_id, name("client", change.client_id) or "", record,
            [FieldChange(column, before, after,
                         name(REFERENCES[column], before) if column in REFERENCES else None,
                         name(REFERENCES[column], after) if column in REFERENCES else None)
             for column, before, after in changed], part_of))
    return lines
