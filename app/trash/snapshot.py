"""What a delete takes out of the journal, as plain rows, and putting exactly those rows back.

A snapshot is JSON: {"rows": {table: [{column: value}]}, "links": [[table, key, column, value]]}.
`rows` are every row the delete removes, with their original ids, parents before children; `links`
are references in rows that stay (a feedback item citing a deleted entry, an entry naming a deleted
contact) that the delete empties and a restore fills in again. Tags are kept beside an entry's tag
links (`tag`), to be made again only if they are gone by then."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from peewee import DateField, DateTimeField, ForeignKeyField, Model

from db.models import (
    Client,
    Concession,
    Contact,
    Feedback,
    FeedbackContact,
    ImportFingerprint,
    Interaction,
    InteractionTag,
    Negotiation,
    NegotiationAction,
    NegotiationEvent,
    NegotiationPosition,
    NegotiationSession,
    PlaybookEntry,
    PortraitCriterion,
    Pulse,
    Qualification,
    StageChange,
    Tag,
)

# Parents before children: the order rows go back in (and, reversed, the order they come out).
ORDER: tuple[type[Model], ...] = (
    Tag, Client, Contact, Interaction, InteractionTag, Feedback, FeedbackContact, Negotiation, NegotiationEvent,
    NegotiationPosition, Concession, NegotiationSession, NegotiationAction, Pulse, StageChange, Qualification,
    PlaybookEntry, PortraitCriterion,
)
MODELS = {m._meta.table_name: m for m in ORDER}
CHUNK = 400  # ids per IN (...) and rows per insert: well within SQLite's limit of bound values
# References a delete empties in the rows that stay: (model, column) pointing at the deleted table.
LINKS_TO = {
    "interaction": ((Feedback, "interaction_id"), (Feedback, "resolved_by_id"), (ImportFingerprint, "interaction_id")),
    "contact": ((Interaction, "contact_id"),),
}
LINK_TARGETS = {"interaction_id": "interaction", "resolved_by_id": "interaction", "contact_id": "contact"}
LINK_MODELS = {m._meta.table_name: m for m in (Feedback, ImportFingerprint, Interaction)}


class Snapshot:
    """Rows by table and links, gathered from the journal or read back from a trash item."""

    def __init__(self, rows: dict[str, list[dict]] | None = None, links: list | None = None):
        self.rows: dict[str, list[dict]] = rows or {}
        self.links: list[list] = links or []

    def to_json(self) -> str:
        return json.dumps({"rows": self.rows, "links": self.links}, ensure_ascii=False, default=_plain)

    @classmethod
    def from_json(cls, text: str) -> Snapshot:
        data = json.loads(text)
        return cls(data.get("rows", {}), data.get("links", []))

    def ids(self, table: str) -> set:
        return {row["id"] for row in self.rows.get(table, []) if "id" in row}

    def row_count(self) -> int:
        """The rows a delete takes out (the kept tags, which stay in the journal, not counted)."""
        return sum(len(rows) for table, rows in self.rows.items() if table != "tag")

    # ---- gathering ----------------------------------------------------------------------------

    def add(self, model: type[Model], where) -> None:
        """Every row of model matching where, every column, keyed by column name."""
        fields = list(model._meta.sorted_fields)
        columns = [f.column_name for f in fields]
        found = [dict(zip(columns, values, strict=True)) for values in model.select(*fields).where(where).tuples()]
        if found:
            self.rows.setdefault(model._meta.table_name, []).extend(found)

    def add_links(self, table: str, ids: set) -> None:
        """The references to these rows of table held by rows that stay (emptied by the delete)."""
        for model, column in LINKS_TO.get(table, ()):
            field = model._meta.columns[column]
            keys = [f for f in model._meta.sorted_fields if f.primary_key] or [model._meta.primary_key]
            for chunk in _chunks(sorted(ids)):
                for values in model.select(*keys, field).where(field.in_(chunk)).tuples():
                    key = {k.column_name: v for k, v in zip(keys, values[:-1], strict=True)}
                    self.links.append([model._meta.table_name, key, column, values[-1]])

    def renumber(self, taken: dict[str, set]) -> dict[str, dict[int, int]]:
        """Give new ids to the rows whose ids the journal has given to others since (SQLite hands the
        highest id out again once its row is deleted), and follow them in every reference of the
        snapshot. taken: table -> ids in use. Returns table -> {old id: new id}."""
        moved: dict[str, dict[int, int]] = {}
        for table, ids in taken.items():
            if not ids:
                continue
            model = MODELS[table]
            top = max([model.select(model.id).order_by(model.id.desc()).scalar() or 0, *self.ids(table)])
            moved[table] = {old: top + n for n, old in enumerate(sorted(ids), start=1)}
        if not moved:
            return moved
        for table, rows in self.rows.items():
            model = MODELS[table]
            columns = {"id": table} if table in moved else {}
            columns.update({f.column_name: f.rel_model._meta.table_name for f in references(model)
                            if f.rel_model._meta.table_name in moved})
            for row in rows:
                for column, target in columns.items():
                    row[column] = moved[target].get(row.get(column), row.get(column))
        for link in self.links:
            target = LINK_TARGETS[link[2]]
            link[3] = moved.get(target, {}).get(link[3], link[3])
        return moved

    # ---- taking out and putting back -------------------------------------------------------------

    def take_out(self) -> None:
        """Delete every row of the snapshot from the journal, children first; empty the links."""
        for table, key, column, _value in self.links:
            model = LINK_MODELS[table]
            if model is ImportFingerprint:
                continue  # the reference empties itself (ON DELETE SET NULL): on a server only owners write it
            model.update({model._meta.columns[column]: None}).where(_key_matches(model, key)).execute()
        for model in reversed(ORDER):
            rows = self.rows.get(model._meta.table_name)
            if not rows or model is Tag:
                continue  # tags stay: other entries carry them too
            if "id" in model._meta.columns:
                for chunk in _chunks([r["id"] for r in rows]):
                    model.delete().where(model._meta.columns["id"].in_(chunk)).execute()
            else:
                for row in rows:
                    model.delete().where(_key_matches(model, row)).execute()

    def put_back(self) -> None:
        """Insert every row again with its original ids, parents first, then fill the links that can be:
        a row that still exists and whose reference is still empty."""
        for model in ORDER:
            rows = self.rows.get(model._meta.table_name)
            if not rows:
                continue
            if model is Tag:
                rows = missing_tags(rows)
            values = [{model._meta.columns[c]: _typed(model._meta.columns[c], v) for c, v in row.items()
                       if c in model._meta.columns} for row in rows]
            for start in range(0, len(values), CHUNK // 4):
                model.insert_many(values[start:start + CHUNK // 4]).execute()
        for table, key, column, value in self.links:
            model = LINK_MODELS[table]
            field = model._meta.columns[column]
            model.update({field: value}).where(_key_matches(model, key), field.is_null()).execute()


def missing_tags(rows: list[dict]) -> list[dict]:
    """The kept tags the journal no longer has (by id), whose names nobody took meanwhile."""
    held = {t for (t,) in Tag.select(Tag.id).where(Tag.id.in_([r["id"] for r in rows])).tuples()}
    names = {n for (n,) in Tag.select(Tag.name).where(Tag.name.in_([r["name"] for r in rows])).tuples()}
    return [r for r in rows if r["id"] not in held and r["name"] not in names]


def _key_matches(model: type[Model], key: dict):
    condition = None
    for column, value in key.items():
        if column not in model._meta.columns:
            continue
        term = model._meta.columns[column] == value
        condition = term if condition is None else condition & term
    return condition


def _chunks(values: list) -> Iterable[list]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def _plain(value):
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not kept in the trash")


def _typed(field, value):
    """A value read back from JSON as its column holds it: dates and times as such."""
    if isinstance(value, str):
        try:
            if isinstance(field, DateTimeField):
                return dt.datetime.fromisoformat(value)
            if isinstance(field, DateField):
                return dt.date.fromisoformat(value)
        except ValueError:
            return value  # stored as text the journal had it: put back as it was
    return value


# ---- what each kind of delete takes --------------------------------------------------------------

def of_interactions(ids: list[int]) -> Snapshot:
    """Entries with their tags, repeat contacts and negotiation sessions; the feedback items and import
    fingerprints that cite them stay, and are linked again on restore."""
    snapshot = Snapshot()
    _add_interactions(snapshot, ids)
    return snapshot


def _add_interactions(snapshot: Snapshot, ids: list[int]) -> None:
    for chunk in _chunks(ids):
        snapshot.add(Interaction, Interaction.id.in_(chunk))
        snapshot.add(InteractionTag, InteractionTag.interaction.in_(chunk))
        snapshot.add(FeedbackContact, FeedbackContact.interaction.in_(chunk))
        snapshot.add(NegotiationSession, NegotiationSession.interaction.in_(chunk))
    tag_ids = sorted({r["tag_id"] for r in snapshot.rows.get("interaction_tag", [])})
    for chunk in _chunks(tag_ids):
        snapshot.add(Tag, Tag.id.in_(chunk))
    snapshot.add_links("interaction", set(ids))


def of_client(client: Client) -> Snapshot:
    """A client and its whole journal: contacts, entries, feedback, negotiations, pulses, stage changes
    and qualification decisions."""
    snapshot = Snapshot()
    snapshot.add(Client, Client.id == client.id)
    snapshot.add(Contact, Contact.client == client.id)
    entry_ids = [i for (i,) in Interaction.select(Interaction.id).where(Interaction.client == client.id).tuples()]
    _add_interactions(snapshot, entry_ids)
    snapshot.add(Feedback, Feedback.client == client.id)
    feedback_ids = sorted(snapshot.ids("feedback"))
    held = {(r["feedback_id"], r["interaction_id"]) for r in snapshot.rows.get("feedback_contact", [])}
    for chunk in _chunks(feedback_ids):
        extra = Snapshot()
        extra.add(FeedbackContact, FeedbackContact.feedback.in_(chunk))
        snapshot.rows.setdefault("feedback_contact", []).extend(
            r for r in extra.rows.get("feedback_contact", []) if (r["feedback_id"], r["interaction_id"]) not in held)
    negotiations = Negotiation.select(Negotiation.id).where(Negotiation.client == client.id)
    snapshot.add(Negotiation, Negotiation.client == client.id)
    for model in (NegotiationEvent, NegotiationPosition, Concession, NegotiationAction):
        snapshot.add(model, model.negotiation.in_(negotiations))
    held = {(r["negotiation_id"], r["interaction_id"]) for r in snapshot.rows.get("negotiation_session", [])}
    extra = Snapshot()
    extra.add(NegotiationSession, NegotiationSession.negotiation.in_(negotiations))
    snapshot.rows.setdefault("negotiation_session", []).extend(
        r for r in extra.rows.get("negotiation_session", []) if (r["negotiation_id"], r["interaction_id"]) not in held)
    for model in (Pulse, StageChange, Qualification):
        snapshot.add(model, model.client == client.id)
    # Links among the client's own rows go with them; only references from elsewhere are kept as links.
    snapshot.links = [link for link in snapshot.links
                      if not (link[0] == "feedback" and link[1].get("id") in set(feedback_ids))]
    snapshot.rows = {t: r for t, r in snapshot.rows.items() if r}
    return snapshot


def of_contact(contact: Contact) -> Snapshot:
    """A contact; the entries with them stay, and name them again on restore."""
    snapshot = Snapshot()
    snapshot.add(Contact, Contact.id == contact.id)
    snapshot.add_links("contact", {contact.id})
    return snapshot


def of_row(model: type[Model], row_id: int) -> Snapshot:
    """A single row that nothing else depends on: a playbook entry, a portrait criterion."""
    snapshot = Snapshot()
    snapshot.add(model, model._meta.columns["id"] == row_id)
    return snapshot


def references(model: type[Model]) -> list[ForeignKeyField]:
    return [f for f in model._meta.sorted_fields if isinstance(f, ForeignKeyField)]
