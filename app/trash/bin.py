"""The trash: what a delete took out of the journal, kept until an owner restores it or empties it.

Every delete of the journal (an entry, a client with its journal, a contact, a playbook entry, a
portrait criterion) calls move_to_trash() inside its own transaction: the rows leave the live tables
(so health, search, exports and briefs no longer see them) and one trash item keeps them all, with
who deleted them and when. Restoring puts every row back with its original ids, or refuses, saying
why and what to restore first; emptying deletes for good. Owners restore and empty (the same rule
holds on a server, by row-level security); anyone sees what they deleted themselves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.common.errors import NotFound, RapportError
from app.common.rights import may, require
from app.common.roles import acting_user
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.trash.snapshot import MODELS, Snapshot, references
from db.connection import is_sqlite
from db.models import Client, TrashItem, User, db

MANAGE = "manage the trash"
PAGE = 200
KINDS = ("interaction", "client", "contact", "playbook_entry", "portrait_criterion")
KIND_WORDS = {"interaction": QT_TRANSLATE_NOOP("Messages", "interaction"),
              "client": QT_TRANSLATE_NOOP("Messages", "client with its journal"),
              "contact": QT_TRANSLATE_NOOP("Messages", "contact"),
              "playbook_entry": QT_TRANSLATE_NOOP("Messages", "playbook entry"),
              "portrait_criterion": QT_TRANSLATE_NOOP("Messages", "portrait criterion")}
# What a missing parent is called in a refusal ("its client ... is no longer in the journal").
PARENT_WORDS = {"client": QT_TRANSLATE_NOOP("Messages", "its client"),
                "contact": QT_TRANSLATE_NOOP("Messages", "its contact"),
                "interaction": QT_TRANSLATE_NOOP("Messages", "the entry it belongs to"),
                "user": QT_TRANSLATE_NOOP("Messages", "a person it names"),
                "tag": QT_TRANSLATE_NOOP("Messages", "one of its tags"),
                "feedback": QT_TRANSLATE_NOOP("Messages", "the feedback item it belongs to"),
                "negotiation": QT_TRANSLATE_NOOP("Messages", "the negotiation it belongs to")}


class CannotRestore(RapportError):
    """Putting a trash item back would break the journal: says why, and what to restore first."""

    def __init__(self, message, first: int | None = None):
        super().__init__(message)
        self.first = first  # the trash item to restore before this one, when there is one


@dataclass(frozen=True)
class TrashLine:
    """One item of the trash as a list shows it."""

    id: int
    kind: str
    label: str
    client_id: int | None
    deleted_by: str
    deleted_at: dt.datetime
    rows: int  # how many rows it holds, dependents included

    @property
    def kind_word(self) -> Message:
        return Message(KIND_WORDS.get(self.kind, self.kind))


def move_to_trash(kind: str, snapshot: Snapshot, label: str, by: User, client_id: int | None = None,
                  record_id: int | None = None) -> TrashItem:
    """Take the snapshot's rows out of the journal and keep them in one trash item (inside the caller's
    transaction, or one of its own)."""
    with db.atomic():
        item = TrashItem.create(kind=kind, label=label[:500], client_id=client_id, record_id=record_id,
                                deleted_by=by.id, deleted_at=dt.datetime.now().replace(microsecond=0),
                                row_count=snapshot.row_count(), payload=snapshot.to_json())
        snapshot.take_out()
    return item


def _query(by: User, *fields):
    fields = fields or (TrashItem, User)
    query = TrashItem.select(*fields).join(User, JOIN.LEFT_OUTER, on=(TrashItem.deleted_by == User.id))
    if not may(by, MANAGE):
        query = query.where(TrashItem.deleted_by == by.id)  # as the server has it: one's own deletes
    return query


def list_items(by, before_id: int | None = None, limit: int = PAGE) -> list[TrashLine]:
    """The trash, newest first, a page at a time (items older than before_id). Owners see all of it;
    anyone else only what they deleted themselves."""
    user = acting_user(by)
    query = _query(user, TrashItem.id, TrashItem.kind, TrashItem.label, TrashItem.client_id, User.name,
                   TrashItem.deleted_at, TrashItem.row_count)  # not the payload: a client's may be large
    if before_id is not None:
        query = query.where(TrashItem.id < before_id)
    return [TrashLine(*row[:4], row[4] or "", row[5], row[6])
            for row in query.order_by(TrashItem.id.desc()).limit(limit).tuples()]


def count(by) -> int:
    return _query(acting_user(by)).count()


def _get(item_id: int, by: User) -> TrashItem:
    item = _query(by).where(TrashItem.id == item_id).first()
    if item is None:
        raise NotFound(Message(QT_TRANSLATE_NOOP("Messages", "the trash holds no item {id}"), id=item_id))
    return item


@dataclass(frozen=True)
class Restored:
    """What a restore put back: the item as the trash listed it, and the rows that had to take new ids."""

    id: int
    kind: str
    label: str
    record_id: int | None  # the record's id in the journal now
    client_id: int | None  # the client it belongs to (its own id for a client)
    renumbered: int  # rows whose old id the journal had given to a newer record (SQLite)


def restore(item_id: int, *, by) -> Restored:
    """Put a trash item's rows back, with their original ids, and take it out of the trash; owners only.
    Refused (CannotRestore) when the journal has changed so that they cannot go back as they were.

    SQLite gives the highest id again once its row is deleted: a row whose id went to a newer record
    meanwhile comes back with a new one (every reference in the item follows it); a server never
    gives an id twice."""
    user = require(by, MANAGE)
    with db.atomic():
        item = _get(int(item_id), user)
        snapshot = Snapshot.from_json(item.payload)
        taken = _taken_ids(snapshot)
        if any(taken.values()) and not is_sqlite():
            raise CannotRestore(Message(QT_TRANSLATE_NOOP(
                "Messages", "{label} cannot be restored: the journal already holds a record with its id"),
                label=item.label))
        moved = snapshot.renumber(taken)
        check_restorable(item, snapshot)
        snapshot.put_back()
        item.delete_instance()
    record_id = moved.get(item.kind, {}).get(item.record_id, item.record_id)
    client_id = moved.get("client", {}).get(item.client_id, item.client_id)
    return Restored(item.id, item.kind, item.label, record_id, client_id, sum(len(m) for m in moved.values()))


def empty(*, by, item_id: int | None = None) -> int:
    """Delete for good one trash item, or all of them; owners only. Returns how many went."""
    user = require(by, MANAGE)
    with db.atomic():
        if item_id is not None:
            _get(int(item_id), user).delete_instance()
            return 1
        return TrashItem.delete().execute()


# ---- what stops a restore ----------------------------------------------------------------------------

def check_restorable(item: TrashItem, snapshot: Snapshot) -> None:
    """Refuse, saying why, a restore that cannot put every row back as it was."""
    if "client" in snapshot.rows:
        for row in snapshot.rows["client"]:
            holder = Client.get_or_none((Client.name == row["name"]) & (Client.id != row["id"]))
            if holder is not None:
                raise CannotRestore(Message(QT_TRANSLATE_NOOP(
                    "Messages", "{label} cannot be restored: another client is named {name} now; rename that "
                                "client first"), label=item.label, name=repr(row["name"])))
    for table, rows in snapshot.rows.items():
        model = MODELS[table]
        for field in references(model):
            target = field.rel_model
            target_table = target._meta.table_name
            wanted = {row.get(field.column_name) for row in rows} - {None} - snapshot.ids(target_table)
            if not wanted:
                continue
            if target_table == "tag":
                continue  # the kept tags are made again
            missing = sorted(wanted - _existing(target, wanted))
            if missing:
                _refuse_missing(item, target_table, missing[0])


def _taken_ids(snapshot: Snapshot) -> dict[str, set]:
    """table -> the ids of the snapshot's rows that records in the journal hold now."""
    taken = {}
    for table, rows in snapshot.rows.items():
        if table == "tag" or not rows or "id" not in rows[0]:
            continue
        taken[table] = _existing(MODELS[table], {row["id"] for row in rows})
    return taken


def _existing(model, ids: set) -> set:
    found = set()
    values = sorted(ids)
    for start in range(0, len(values), 400):
        found |= {i for (i,) in model.select(model.id).where(model.id.in_(values[start:start + 400])).tuples()}
    return found


def _refuse_missing(item: TrashItem, table: str, row_id: int) -> None:
    parent = Message(PARENT_WORDS.get(table, table))
    holder = (TrashItem.select().where(TrashItem.kind == table, TrashItem.record_id == row_id)
              .order_by(TrashItem.id.desc()).first())
    if holder is None:
        holder = _holding(table, row_id)
    if holder is not None:
        raise CannotRestore(Message(QT_TRANSLATE_NOOP(
            "Messages", "{label} cannot be restored: {parent} {name} is no longer in the journal; restore {name} "
                        "first (trash item {id})"), label=item.label, parent=parent, name=holder.label, id=holder.id),
            first=holder.id)
    raise CannotRestore(Message(QT_TRANSLATE_NOOP(
        "Messages", "{label} cannot be restored: {parent} is no longer in the journal, and not in the trash either"),
        label=item.label, parent=parent))


def _holding(table: str, row_id: int) -> TrashItem | None:
    """The trash item holding a row deleted with something else (an entry that went with its client)."""
    for item in TrashItem.select().order_by(TrashItem.id.desc()):
        if row_id in Snapshot.from_json(item.payload).ids(table):
            return item
    return None
