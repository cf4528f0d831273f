"""Writing a checked bundle into the journal: bulk inserts, bundle refs turned into ids.

The caller runs this inside one db.atomic(), so a failure or a cancel leaves nothing behind.
Into a journal that already has records: users, clients and tags with the same name, portrait
criteria with the same name, holidays on the same day and settings with the same key are the
ones already there (their fields are kept, not overwritten); everything else is added.
"""

import datetime as dt
import json
import re
from contextlib import contextmanager

from peewee import fn

from app.common.progress import Progress, no_progress
from app.exchange.bundle.check import CheckedBundle
from app.exchange.table.writer import insert_rows
from app.journal import records as journal
from app.portrait.qualification import record_import_decision
from db import search_index
from db import vocabulary as V
from db.connection import is_sqlite
from db.models import (
    Client,
    Concession,
    Contact,
    Feedback,
    FeedbackContact,
    Holiday,
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
    Setting,
    StageChange,
    Tag,
    User,
    db,
)

# Rows per executemany between two looks at the progress callback (a cancel).
CHUNK = 2000
# From this many new interactions on, the search index is rebuilt once instead of kept in step
# row by row (on 100,000 interactions the triggers cost several times one rebuild).
BULK_INDEX_FROM = 5000
# Export writes refs as prefix + id; an empty table takes those numbers back as ids.
REF_PREFIXES = {"users": "u", "clients": "c", "contacts": "p", "interactions": "i", "feedback": "f",
                "negotiations": "n", "portrait": "pc"}


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def new_ids(model, refs: list[str | None], prefix: str) -> list[int]:
    """Ids for new rows: into an empty table the refs' own numbers (so an exported journal comes
    back with the same ids), otherwise the next free ones."""
    top = model.select(fn.MAX(model.id)).scalar() or 0
    kept: dict[str, int] = {}
    if top == 0:
        pattern = re.compile(rf"{re.escape(prefix)}([1-9][0-9]{{0,17}})")
        for ref in refs:
            match = pattern.fullmatch(ref) if ref else None
            if match:
                kept[ref] = int(match.group(1))
    next_id = max([top, *kept.values()])
    ids = []
    for ref in refs:
        if ref in kept:
            ids.append(kept[ref])
        else:
            next_id += 1
            ids.append(next_id)
    return ids


class BundleWriter:
    """Writes one checked bundle and remembers which id each bundle ref became."""

    def __init__(self, checked: CheckedBundle, progress: Progress | None = None, on_behalf=(None, (), "")):
        self.checked = checked
        self.on_behalf = on_behalf  # (importer, client refs, file): decisions recorded for sales importing
        self.progress = progress or no_progress
        self.total = checked.record_count()
        self.done = 0
        self.now = _now()
        self.ids: dict[str, dict[str, int]] = {section: {} for section in REF_PREFIXES}
        self.added: dict[str, int] = {}
        self.matched: dict[str, int] = {}
        self.matched_clients: set[str] = set()

    def write(self) -> None:
        for step in (self.users, self.tags, self.clients, self.contacts, self.interactions,
                     self.feedback, self.negotiations, self.pulses, self.stage_changes,
                     self.playbook, self.portrait, self.qualifications, self.holidays, self.settings):
            step()
        importer, refs, source = self.on_behalf
        for ref in refs:  # after the bundle's own decisions: these are the latest
            record_import_decision(self.id_of("clients", ref), importer, source, bundle=True)
        if refs:
            self.added["qualifications"] = self.added.get("qualifications", 0) + len(refs)

    # ---- plumbing --------------------------------------------------------------------------

    def records(self, section: str) -> list[dict]:
        return self.checked.sections.get(section, [])

    def id_of(self, section: str, ref: str | None) -> int | None:
        return self.ids[section][ref] if ref else None

    def insert(self, model, rows: list[dict], label: str, counts: bool = True) -> None:
        """Insert rows in chunks (one prepared statement each), checking for a cancel between them."""
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start:start + CHUNK]
            insert_rows(model, chunk, want_ids=False)
            if counts:
                self.done += len(chunk)
            self.progress(self.done, self.total, f"writing {label}")
        if rows and "id" in rows[0]:
            sync_sequence(model)

    def insert_new(self, model, section: str, records: list[dict], row_of) -> list[int]:
        """Insert records that others refer to, with ids planned from their refs; return the ids."""
        ids = new_ids(model, [r.get("ref") for r in records], REF_PREFIXES[section])
        rows = []
        for record, new_id in zip(records, ids, strict=True):
            if record.get("ref"):
                self.ids[section][record["ref"]] = new_id
            rows.append({"id": new_id, **row_of(record)})
        self.insert(model, rows, section)
        self.added[section] = len(rows)
        return ids

    def split_existing(self, section: str, records: list[dict], existing: dict) -> list[dict]:
        """Map records whose key (name, day) is already in the journal to that row; return the rest."""
        new = []
        for record in records:
            found = existing.get(record["name"])
            if found is None:
                new.append(record)
                continue
            if record.get("ref"):
                self.ids[section][record["ref"]] = found
            self.count_matched(section)
        return new

    def count_matched(self, section: str) -> None:
        self.matched[section] = self.matched.get(section, 0) + 1
        self.done += 1

    # ---- sections --------------------------------------------------------------------------

    def users(self) -> None:
        existing = dict(User.select(User.name, User.id).tuples())
        new = self.split_existing("users", self.records("users"), existing)
        self.insert_new(User, "users", new, lambda r: {
            "name": r["name"], "role": r["role"], "active": r["active"], "created_at": self.now})

    def tags(self) -> None:
        """The tags section, then any tag an interaction names that is in neither."""
        existing = dict(Tag.select(Tag.name, Tag.id).tuples())
        rows: dict[str, dict] = {}
        for record in self.records("tags"):
            if record["name"] in existing:
                self.count_matched("tags")
            else:
                rows[record["name"]] = record
                self.done += 1
        named = {record["name"] for record in self.records("tags")}
        for record in self.records("interactions"):
            for name in record["tags"]:
                named.add(name)
                if name not in existing and name not in rows:
                    rows[name] = {"name": name, "category": V.tag_category(name), "description": ""}
        journal.check_import_tags(named)
        self.insert(Tag, list(rows.values()), "tags", counts=False)
        self.added["tags"] = len(rows)
        self.tag_ids = dict(Tag.select(Tag.name, Tag.id).tuples())

    def clients(self) -> None:
        existing = dict(Client.select(Client.name, Client.id).tuples())
        records = self.records("clients")
        self.matched_clients = {r["ref"] for r in records if r["name"] in existing}
        new = self.split_existing("clients", records, existing)
        fields = ("name", "stage", "segment", "contract_start", "contract_end", "contract_value",
                  "contact_every_days", "notes")
        self.insert_new(Client, "clients", new, lambda r: {
            **{f: r[f] for f in fields}, "account_manager": self.id_of("users", r["account_manager"]),
            "created_at": self.now, "updated_at": self.now})

    def contacts(self) -> None:
        self.insert_new(Contact, "contacts", self.records("contacts"), lambda r: {
            "client": self.id_of("clients", r["client"]), "name": r["name"], "role": r["role"],
            "email": r["email"], "phone": r["phone"], "notes": r["notes"]})

    def interactions(self) -> None:
        plain = ("occurred_at", "channel", "kind", "direction", "sentiment", "effort", "summary", "notes",
                 "follow_up_due", "follow_up_done", "follow_up_channel", "no_reply_needed")
        records = self.records("interactions")
        with search_index_rebuilt_after(len(records)):
            ids = self.insert_new(Interaction, "interactions", records, lambda r: {
                "client": self.id_of("clients", r["client"]), "contact": self.id_of("contacts", r["contact"]),
                "author": self.id_of("users", r["author"]), **{f: r[f] for f in plain},
                "reply_assignee": self.id_of("users", r["reply_assignee"]),
                "created_at": self.now, "updated_at": self.now})
        links = [{"interaction": iid, "tag": self.tag_ids[name]}
                 for iid, record in zip(ids, records, strict=True) for name in record["tags"]]
        self.insert(InteractionTag, links, "interaction tags", counts=False)

    def feedback(self) -> None:
        records = self.records("feedback")
        plain = ("raised_at", "summary", "severity", "status", "acknowledged_at", "resolved_at")
        ids = self.insert_new(Feedback, "feedback", records, lambda r: {
            "client": self.id_of("clients", r["client"]),
            "interaction": self.id_of("interactions", r["interaction"]),
            "owner": self.id_of("users", r["owner"]),
            "acknowledged_by": self.id_of("users", r["acknowledged_by"]),
            "resolved_by": self.id_of("interactions", r["resolved_by"]), **{f: r[f] for f in plain}})
        links = [{"feedback": fid, "interaction": self.id_of("interactions", ref)}
                 for fid, record in zip(ids, records, strict=True) for ref in record["repeat_contacts"]]
        self.insert(FeedbackContact, links, "repeat contacts", counts=False)

    def negotiations(self) -> None:
        records = self.records("negotiations")
        plain = ("topic", "opened_at", "client_position", "our_position", "contract_refs", "spec_refs",
                 "options", "status", "target_date", "outcome")
        ids = self.insert_new(Negotiation, "negotiations", records, lambda r: {
            "client": self.id_of("clients", r["client"]), **{f: r[f] for f in plain}})
        pairs = list(zip(ids, records, strict=True))
        user = self.id_of
        self.insert(NegotiationEvent, [
            {"negotiation": nid, "at": e["at"], "status": e["status"], "note": e["note"],
             "author": user("users", e["author"])} for nid, r in pairs for e in r["history"]],
            "negotiation history", counts=False)
        self.insert(NegotiationPosition, [
            {"negotiation": nid, "at": p["at"], "side": p["side"], "text": p["text"]}
            for nid, r in pairs for p in r["positions"]], "positions", counts=False)
        self.insert(Concession, [
            {"negotiation": nid, "at": c["at"], "side": c["side"], "description": c["description"]}
            for nid, r in pairs for c in r["concessions"]], "concessions", counts=False)
        self.insert(NegotiationSession, [
            {"negotiation": nid, "interaction": self.id_of("interactions", ref)}
            for nid, r in pairs for ref in r["sessions"]], "sessions", counts=False)
        self.insert(NegotiationAction, [
            {"negotiation": nid, "description": a["description"], "owner": user("users", a["owner"]),
             "due": a["due"], "done_at": a["done_at"]} for nid, r in pairs for a in r["actions"]],
            "negotiation actions", counts=False)

    def pulses(self) -> None:
        rows = [{**r, "client": self.id_of("clients", r["client"]), "author": self.id_of("users", r["author"])}
                for r in self.records("pulses")]
        self.insert(Pulse, rows, "pulses")
        self.added["pulses"] = len(rows)

    def stage_changes(self) -> None:
        """The bundle's stage history of the clients it adds; without one, each new client's
        first stage is recorded as creating it through the service would."""
        if "stage_changes" in self.checked.present:
            records = self.records("stage_changes")
            self.done += sum(1 for r in records if r["client"] in self.matched_clients)
            records = [r for r in records if r["client"] not in self.matched_clients]
        else:
            records = [{"client": r["ref"], "at": self.now, "from_stage": None, "to_stage": r["stage"],
                        "author": None, "note": ""}
                       for r in self.records("clients") if r["ref"] not in self.matched_clients]
        rows = [{**r, "client": self.id_of("clients", r["client"]), "author": self.id_of("users", r["author"])}
                for r in records]
        self.insert(StageChange, rows, "stage changes", counts="stage_changes" in self.checked.present)
        self.added["stage_changes"] = len(rows)

    def playbook(self) -> None:
        existing = set(PlaybookEntry.select(PlaybookEntry.situation, PlaybookEntry.action,
                                            PlaybookEntry.language).tuples())
        rows = []
        for r in self.records("playbook"):
            if (r["situation"], r["action"], r["language"]) in existing:
                self.count_matched("playbook")
                continue
            rows.append({**r, "kinds": ",".join(r["kinds"]), "tags": ",".join(r["tags"])})
        self.insert(PlaybookEntry, rows, "playbook")
        self.added["playbook"] = len(rows)

    def portrait(self) -> None:
        existing = {}
        for name, criterion_id in PortraitCriterion.select(PortraitCriterion.name, PortraitCriterion.id).tuples():
            existing.setdefault(name, criterion_id)
        new = self.split_existing("portrait", self.records("portrait"), existing)
        self.insert_new(PortraitCriterion, "portrait", new, lambda r: {
            "name": r["name"], "description": r["description"], "weight": r["weight"],
            "position": r["position"]})

    def qualifications(self) -> None:
        rows = [{**r, "client": self.id_of("clients", r["client"]),
                 "decided_by": self.id_of("users", r["decided_by"]),
                 "decided_at": r["decided_at"] or self.now,
                 "criteria_met": json.dumps([self.id_of("portrait", ref) for ref in r["criteria_met"]])}
                for r in self.records("qualifications")]
        self.insert(Qualification, rows, "qualifications")
        self.added["qualifications"] = len(rows)

    def holidays(self) -> None:
        existing = {day for (day,) in Holiday.select(Holiday.day).tuples()}
        rows = []
        for r in self.records("holidays"):
            if r["day"] in existing:
                self.count_matched("holidays")
            else:
                rows.append(r)
        self.insert(Holiday, rows, "holidays")
        self.added["holidays"] = len(rows)

    def settings(self) -> None:
        existing = {key for (key,) in Setting.select(Setting.key).tuples()}
        rows = []
        for key, value in self.checked.settings.items():
            if key in existing:
                self.count_matched("settings")
            else:
                rows.append({"key": key, "value": json.dumps(value)})  # as app.common.preferences.set stores it
        self.insert(Setting, rows, "settings")
        self.added["settings"] = len(rows)


def sync_sequence(model) -> None:
    """After rows with explicit ids, PostgreSQL's id sequence must move past them (SQLite needs
    nothing: its next id is always the largest plus one)."""
    if is_sqlite():
        return
    table = model._meta.table_name
    db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                   f"(SELECT COALESCE(MAX(id), 1) FROM \"{table}\"))")


@contextmanager
def search_index_rebuilt_after(new_rows: int):
    """For a large import, pause the search index's triggers and index the new rows once at the
    end, in the same transaction (a failure rolls the pause back too); the new ids are all above
    the old ones (new_ids), as indexed_after_bulk_insert needs."""
    if new_rows < BULK_INDEX_FROM:
        yield
        return
    with search_index.indexed_after_bulk_insert(db.obj):
        yield
