"""Writing a checked import plan: clients, users and contacts matched by name, interactions in bulk.

All of it is one transaction: a failure or a cancel (progress raising Cancelled) leaves nothing.
The rules that follow a single logged interaction (journal.AFTER_INTERACTION_SAVED, e.g. an inbound
complaint opening a feedback item) are not run: an imported table is history, and years of old
complaints must not turn into feedback waiting today. The search index follows by its triggers.
Rows whose fingerprint an earlier import recorded are counted and left out (fingerprints.py).
"""

import datetime as dt

from app.common.errors import Problem, ValidationError
from app.common.progress import Progress, no_progress
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.exchange.table.plan import ImportPlan, ImportSummary, without_cycle_collection
from app.journal import records as journal
from db.connection import is_sqlite
from db.models import Client, Contact, ImportFingerprint, Interaction, InteractionTag, StageChange, User, db
from db.search_index import indexed_after_bulk_insert

BATCH = 2000
IMPORTED_CLIENT_STAGE = "contracted"  # a client with a journal to import is one we work with
SHOWN_NEW_CLIENTS = 10


@without_cycle_collection
def write_plan(plan: ImportPlan, progress: Progress = no_progress, by=None) -> ImportSummary:
    """Write the plan's rows, all or nothing. by: who imports (None: who acts here, app.common.identity),
    who must be allowed to log entries; a table's new clients come in contracted, so bringing them
    takes sales (unlike a bundle, the firm's own journal moving, whose clients keep their recorded
    stages: app.exchange.bundle.stages), the decision recorded on the importer's behalf."""
    if plan.problems:
        raise ValidationError(plan.problems)
    total = len(plan.rows)
    progress(0, total, "")
    with db.atomic():
        writer = TableWriter(plan.source, by)
        # One row per statement would make the search index's trigger flush it on every row.
        with indexed_after_bulk_insert():
            for start in range(0, total, BATCH):
                writer.write(plan.rows[start:start + BATCH])
                progress(min(total, start + BATCH), total, "")
    return writer.summary()


class TableWriter:
    """Writes checked rows batch by batch inside the caller's transaction (and its
    indexed_after_bulk_insert): clients, users and contacts matched by name or created once,
    rows imported before (same fingerprint) counted and left out."""

    def __init__(self, source: str, by=None):
        from app.common.rights import require
        from app.portrait.qualification import importing_user

        self.source = source
        # who imports (None: who acts here), who must be allowed to log; sales, if the table brings new clients
        self.by = require(importing_user(by), "log an entry")
        self.importer = None
        self.seen: dict[int, int] = {}  # fingerprints within this file, to count repeated rows
        self.tags: set[str] = set()  # every distinct tag named so far (at most MAX_TAGS_PER_IMPORT)
        self.clients, self.users = _ids_by_name(Client), _ids_by_name(User)
        self.contacts: dict[tuple[int, str], int] = {}
        self.contacts_of: set[int] = set()  # clients whose contacts are loaded
        self.new_clients: list[str] = []
        self.new_users: list[str] = []
        self.new_contacts = 0
        self.tag_ids: dict[str, int] = {}
        self.written = self.duplicates = 0
        self.values = _Values(self.clients, self.users, self.contacts, dt.datetime.now().replace(microsecond=0))

    def write(self, rows: list[dict]) -> None:
        self.tags.update(tag for row in rows for tag in row["tags"])
        journal.check_import_tags(self.tags)  # a linear check of the import's distinct tags so far
        from app.exchange.table.fingerprints import known_keys, row_keys

        keys = row_keys(self.source, rows, self.seen)
        known = known_keys(keys)
        if known:
            fresh = [(r, k) for r, k in zip(rows, keys, strict=True) if k not in known]
            self.duplicates += len(rows) - len(fresh)
            rows, keys = [r for r, _ in fresh], [k for _, k in fresh]
        if not rows:
            return
        self._add_names(rows)
        ids = insert_values(Interaction, INTERACTION_FIELDS, [self.values.of(r) for r in rows])
        links = [(i, self.tag_ids[t]) for i, r in zip(ids, rows, strict=True) for t in r["tags"]]
        if links:
            insert_values(InteractionTag, ("interaction", "tag"), links, want_ids=False)
        insert_values(ImportFingerprint, ("key", "interaction", "created_at"),
                      [(k, i, self.values.now) for k, i in zip(keys, ids, strict=True)], want_ids=False)
        self.written += len(rows)

    def _add_names(self, rows: list[dict]) -> None:
        """Create the clients, users, contacts and tags these rows name that the journal lacks."""
        missing = list(dict.fromkeys(r["client"] for r in rows if r["client"].casefold() not in self.clients))
        if missing:
            self._check_importer(missing)
        for row in rows:
            name = row["client"]
            if name.casefold() not in self.clients:
                self.clients[name.casefold()] = self._contracted_client(name)
                self.new_clients.append(name)
            author = row["author"]
            if author and author.casefold() not in self.users:
                self.users[author.casefold()] = journal.add_imported_author(author).id
                self.new_users.append(author)
        wanted = {(self.clients[r["client"].casefold()], r["contact"]) for r in rows if r["contact"]}
        unloaded = sorted({c for c, _ in wanted} - self.contacts_of)
        if unloaded:
            query = (Contact.select(Contact.id, Contact.client, Contact.name)
                     .where(Contact.client.in_(unloaded)).order_by(Contact.id).tuples())
            for contact_id, client_id, name in query:
                self.contacts.setdefault((client_id, name.casefold()), contact_id)
            self.contacts_of.update(unloaded)
        for client_id, name in sorted(wanted):
            if (client_id, name.casefold()) not in self.contacts:
                self.contacts[(client_id, name.casefold())] = Contact.create(client=client_id, name=name).id
                self.new_contacts += 1
        tags = sorted({t for r in rows for t in r["tags"]} - set(self.tag_ids))
        if tags:
            self.tag_ids.update({t.name: t.id for t in journal.ensure_tags(tags)})

    def _check_importer(self, names: list[str]) -> None:
        """A new client comes in contracted: only sales may bring it (the two-stage relationship)."""
        from app.portrait.qualification import importing_user

        self.importer = self.importer or importing_user(self.by)
        problem = new_clients_problem(self.source, names, self.importer)
        if problem is not None:
            raise ValidationError(problem)

    def _contracted_client(self, name: str) -> int:
        """A client the table brings, contracted elsewhere: judged interesting on the importer's behalf
        ("imported as contracted from FILE") and entering the journal contracted, as a bundle's client
        does (its first stage record from none; not a contract won this quarter: app.portrait.sales_plan)."""
        from app.portrait.qualification import record_import_decision

        # the fields checked; sales (new_clients_problem) may add clients
        client = journal.create_client(name=name, stage="prospect", author=self.importer, by=self.importer)
        decision = record_import_decision(client.id, self.importer, self.source)
        Client.update(stage=IMPORTED_CLIENT_STAGE).where(Client.id == client.id).execute()
        (StageChange.update(to_stage=IMPORTED_CLIENT_STAGE, note=decision.reason)
         .where(StageChange.client == client.id).execute())
        return client.id

    def summary(self) -> ImportSummary:
        return ImportSummary(self.written, self.new_clients, self.new_users, self.new_contacts,
                             duplicates=self.duplicates)


def new_clients_problem(source: str, names: list[str], importer) -> Problem | None:
    """Why these new clients may not come in (None: they may): a table brings a new client in as
    contracted, which needs a qualification decision by sales, recorded on the importer's behalf."""
    from app.journal import stages

    if not names or stages.is_sales(importer):
        return None
    shown = ", ".join(repr(n) for n in names[:SHOWN_NEW_CLIENTS])
    if len(names) > SHOWN_NEW_CLIENTS:
        shown += " …"
    text = QT_TRANSLATE_NOOP("Messages", "names clients the journal does not have ({names}): they would come "
                                         "in as contracted, and a client is contracted only through a "
                                         "qualification decision by sales ({who}); import the table as sales "
                                         "(Settings > Who am I) and the import records that decision on your "
                                         "behalf, or add these clients to the journal first")
    return Problem(source, Message(text, names=shown, who=stages.who_sells()))


INTERACTION_FIELDS = ("client", "contact", "author", "occurred_at", "channel", "kind", "direction", "sentiment",
                      "effort", "summary", "notes", "follow_up_due", "follow_up_done", "created_at", "updated_at")


class _Values:
    """Turns a checked row into the values of an interaction, in INTERACTION_FIELDS order.

    Names become ids through the case-folded maps; each distinct spelling is folded only once.
    On SQLite dates and times go in as the text sqlite3's adapters would make of them (str() of
    a date or datetime is the same ISO text), so no adapter runs per value."""

    def __init__(self, clients: dict, users: dict, contacts: dict, now: dt.datetime):
        self.clients, self.users, self.contacts = clients, users, contacts
        self.stamp = str if is_sqlite() else (lambda value: value)
        self.now = self.stamp(now)
        self.client_ids: dict[str, int] = {}
        self.user_ids: dict[str, int | None] = {}

    def _client(self, name: str) -> int:
        found = self.client_ids.get(name)
        if found is None:
            found = self.client_ids[name] = self.clients[name.casefold()]
        return found

    def _user(self, name: str) -> int | None:
        if not name:
            return None
        if name not in self.user_ids:
            self.user_ids[name] = self.users.get(name.casefold())
        return self.user_ids[name]

    def of(self, row: dict) -> tuple:
        client_id = self._client(row["client"])
        contact = row["contact"]
        due, done = row["follow_up_due"], row["follow_up_done"]
        return (client_id, self.contacts.get((client_id, contact.casefold())) if contact else None,
                self._user(row["author"]), self.stamp(row["occurred_at"]), row["channel"], row["kind"],
                row["direction"], row["sentiment"], row["effort"], row["summary"], row["notes"],
                None if due is None else self.stamp(due), None if done is None else self.stamp(done),
                self.now, self.now)


def _ids_by_name(model) -> dict[str, int]:
    """Ids by case-folded name (the first of two spellings that fold alike)."""
    ids: dict[str, int] = {}
    for record_id, name in model.select(model.id, model.name).order_by(model.id).tuples():
        ids.setdefault(name.casefold(), record_id)
    return ids


def insert_rows(model, records: list[dict], want_ids: bool = True) -> list[int]:
    """Insert many rows of one shape (dicts of field values); their ids in the order given."""
    if not records:
        return []
    if not is_sqlite():
        return _insert_many(model, records, want_ids)
    fields = [model._meta.fields[name] for name in records[0]]
    rows = [tuple(f.db_value(record[f.name]) for f in fields) for record in records]
    return insert_values(model, tuple(f.name for f in fields), rows, want_ids)


def insert_values(model, names: tuple[str, ...], rows: list[tuple], want_ids: bool = True) -> list[int]:
    """Insert many rows given as tuples of the named fields' database values; their ids in order.

    On SQLite this is one prepared statement run per row (executemany): peewee would build
    the SQL text for every value, which took 8 of every 10 seconds of a large import. Inside
    the import's write transaction nobody else inserts, and SQLite gives each new row the
    largest rowid plus one, so the new ids are the ones after the largest before.
    """
    if not rows:
        return []
    if not is_sqlite():
        return _insert_many(model, [dict(zip(names, row, strict=True)) for row in rows], want_ids)
    columns = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in names)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({", ".join("?" * len(names))})'
    if not want_ids:
        db.cursor().executemany(sql, rows)
        return []
    table = model._meta.table_name
    (last,) = db.execute_sql(f'SELECT COALESCE(MAX(rowid), 0) FROM "{table}"').fetchone()
    db.cursor().executemany(sql, rows)
    (now_last,) = db.execute_sql(f'SELECT COALESCE(MAX(rowid), 0) FROM "{table}"').fetchone()
    if now_last != last + len(rows):
        raise RuntimeError(f"{table}: expected ids {last + 1}..{last + len(rows)}, the largest is {now_last}")
    return list(range(last + 1, last + len(rows) + 1))


def _insert_many(model, records: list[dict], want_ids: bool) -> list[int]:
    """PostgreSQL: one multi-row INSERT, the new ids from RETURNING."""
    query = model.insert_many(records)
    if not want_ids:
        query.execute()
        return []
    return sorted(i for (i,) in query.returning(model._meta.primary_key).tuples().execute())
