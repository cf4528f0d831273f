"""The audit trail, written by the database itself: a trigger on every journal table records each
create, edit and delete with who, when, and the row's values before and after (JSON): the whole row
when it is created or deleted, only the columns an edit changed (the others are in the row as it
is now, or in the before values of the later entries: nothing is lost, and an edit costs its change).

On SQLite the triggers call two functions registered on Rapport's own connections: the acting
user (set once the person is known, app/common/identity.py) and the computer account. A program
that writes without them fails rather than writing unseen. On PostgreSQL the person is the
login: the trigger functions read `session_user` and link it to a Rapport user by its login."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import threading
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass

from peewee import Database, SqliteDatabase

from db.models import AuditEntry, db

# table -> (row id expression, client id expression); R stands for NEW or OLD.
_BY_INTERACTION = "(SELECT client_id FROM interaction WHERE id = R.interaction_id)"
_BY_NEGOTIATION = "(SELECT client_id FROM negotiation WHERE id = R.negotiation_id)"
AUDITED: dict[str, tuple[str, str]] = {
    "user": ("R.id", "NULL"),
    "client": ("R.id", "R.id"),
    "contact": ("R.id", "R.client_id"),
    "interaction": ("R.id", "R.client_id"),
    "tag": ("R.id", "NULL"),
    "interaction_tag": ("R.interaction_id || ':' || R.tag_id", _BY_INTERACTION),
    "feedback": ("R.id", "R.client_id"),
    "feedback_contact": ("R.feedback_id || ':' || R.interaction_id",
                         "(SELECT client_id FROM feedback WHERE id = R.feedback_id)"),
    "negotiation": ("R.id", "R.client_id"),
    "negotiation_event": ("R.id", _BY_NEGOTIATION),
    "negotiation_position": ("R.id", _BY_NEGOTIATION),
    "concession": ("R.id", _BY_NEGOTIATION),
    "negotiation_session": ("R.negotiation_id || ':' || R.interaction_id", _BY_NEGOTIATION),
    "negotiation_action": ("R.id", _BY_NEGOTIATION),
    "pulse": ("R.id", "R.client_id"),
    "stage_change": ("R.id", "R.client_id"),
    "playbook_entry": ("R.id", "NULL"),
    "portrait_criterion": ("R.id", "NULL"),
    "qualification": ("R.id", "R.client_id"),
    "holiday": ("R.id", "NULL"),
    "setting": ("R.key", "NULL"),
    "trash_item": ("R.id", "R.client_id"),
}
ACTIONS = ("create", "edit", "delete")
PROTECTED_MESSAGE = "the audit trail is kept as written: it cannot be changed or deleted"

# The acting Rapport user on this process's SQLite connections (None: nobody chosen yet).
_actor: int | None = None
_login: str | None = None


def set_actor(user_id: int | None) -> None:
    """Who the following writes are recorded as (SQLite; on PostgreSQL the login decides)."""
    global _actor
    _actor = int(user_id) if user_id else None


def actor() -> int | None:
    return _actor


def computer_account() -> str:
    """The computer account this process runs as: the SQLite journal's idea of a login."""
    global _login
    if _login is None:
        try:
            _login = getpass.getuser()
        except Exception:  # noqa: BLE001 - no account name in the environment
            _login = ""
    return _login


_written = threading.local()  # times the next audited rows are recorded as written (written_at)


@contextmanager
def written_at(times: Iterable[dt.datetime | None]):
    """On SQLite, record the audited rows written inside as written at these times, one per row in
    order (None: now): the sample firm writes a year of history at once, as it would have been
    written day by day. The real time for any row past the last one. Not for real journals."""
    _written.times = iter(times)
    try:
        yield
    finally:
        _written.times = None


def _now_text() -> str:
    times = getattr(_written, "times", None)
    moment = next(times, None) if times is not None else None
    return (moment or dt.datetime.now()).isoformat(sep=" ", timespec="microseconds")


def register_functions(database: SqliteDatabase) -> None:
    """Teach a SQLite connection the functions the audit triggers call."""
    database.register_function(actor, "rapport_actor", 0)
    database.register_function(computer_account, "rapport_login", 0)
    database.register_function(_now_text, "rapport_now", 0)


def _columns(database: Database, table: str) -> list[str]:
    return [c.name for c in database.get_columns(table)]


def _sqlite_json(columns: list[str], row: str) -> str:
    pairs = ", ".join(f"'{c}', {row}.\"{c}\"" for c in columns)
    return f"json_object({pairs})"


def _sqlite_changed_json(columns: list[str], row: str) -> str:
    """An edit's values: only the columns it changed, as row (OLD or NEW) has them."""
    pairs = " UNION ALL ".join(f"SELECT '{c}' AS k, {row}.\"{c}\" AS v WHERE OLD.\"{c}\" IS NOT NEW.\"{c}\""
                               for c in columns)
    return f"(SELECT json_group_object(k, v) FROM ({pairs}))"


def _sqlite_triggers(database: Database, table: str) -> list[str]:
    row_id, client_id = AUDITED[table]
    columns = _columns(database, table)
    statements = []
    for action, event, row in (("create", "INSERT", "NEW"), ("edit", "UPDATE", "NEW"), ("delete", "DELETE", "OLD")):
        if action == "edit":  # only what changed: the rest is in the row, or in later entries' before values
            before, after = _sqlite_changed_json(columns, "OLD"), _sqlite_changed_json(columns, "NEW")
        else:
            before = _sqlite_json(columns, "OLD") if action != "create" else "NULL"
            after = _sqlite_json(columns, "NEW") if action != "delete" else "NULL"
        when = ""
        if action == "edit":  # an update that changes nothing records nothing
            when = "WHEN " + " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)
        statements.append(
            f"""CREATE TRIGGER IF NOT EXISTS audit_{table}_{action} AFTER {event} ON "{table}" {when} BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), '{table}', {row_id.replace("R.", row + ".")},
                        {client_id.replace("R.", row + ".")}, '{action}', {before}, {after});
            END""")
    return statements


def _sqlite_protection() -> list[str]:
    return [f"""CREATE TRIGGER IF NOT EXISTS audit_entry_keep_{event.lower()} BEFORE {event} ON audit_entry BEGIN
                SELECT RAISE(ABORT, '{PROTECTED_MESSAGE}');
            END""" for event in ("UPDATE", "DELETE")]


def _postgres_statements(database: Database) -> list[str]:
    schema = database.execute_sql("SELECT current_schema()").fetchone()[0]
    statements = [f"""CREATE OR REPLACE FUNCTION rapport_audit_keep() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{PROTECTED_MESSAGE}'; END $$""",
                  "DROP TRIGGER IF EXISTS audit_entry_keep ON audit_entry",
                  """CREATE TRIGGER audit_entry_keep BEFORE UPDATE OR DELETE ON audit_entry
                     FOR EACH ROW EXECUTE FUNCTION rapport_audit_keep()"""]
    existing = set(database.get_tables())
    for table, (row_id, client_id) in AUDITED.items():
        if table not in existing:  # made by a later step, which installs its triggers then
            continue
        function = f"rapport_audit_{table}"
        statements.append(f"""CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = "{schema}" AS $$
            DECLARE
                who integer;
            BEGIN
                SELECT id INTO who FROM "user" WHERE login = session_user;
                IF TG_OP = 'INSERT' THEN
                    INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                    VALUES (clock_timestamp()::timestamp, who, session_user, '{table}', ({row_id.replace("R.", "NEW.")})::text,
                            {client_id.replace("R.", "NEW.")}, 'create', NULL, to_jsonb(NEW)::text);
                    RETURN NEW;
                ELSIF TG_OP = 'UPDATE' THEN
                    IF to_jsonb(NEW) IS DISTINCT FROM to_jsonb(OLD) THEN
                        INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                        VALUES (clock_timestamp()::timestamp, who, session_user, '{table}', ({row_id.replace("R.", "NEW.")})::text,
                                {client_id.replace("R.", "NEW.")}, 'edit',
                                (SELECT jsonb_object_agg(o.key, o.value) FROM jsonb_each(to_jsonb(OLD)) o
                                  WHERE o.value IS DISTINCT FROM to_jsonb(NEW) -> o.key)::text,
                                (SELECT jsonb_object_agg(n.key, n.value) FROM jsonb_each(to_jsonb(NEW)) n
                                  WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key)::text);
                    END IF;
                    RETURN NEW;
                ELSE
                    INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                    VALUES (clock_timestamp()::timestamp, who, session_user, '{table}', ({row_id.replace("R.", "OLD.")})::text,
                            {client_id.replace("R.", "OLD.")}, 'delete', to_jsonb(OLD)::text, NULL);
                    RETURN OLD;
                END IF;
            END $$""")
        statements.append(f'DROP TRIGGER IF EXISTS audit_{table} ON "{table}"')
        statements.append(f"""CREATE TRIGGER audit_{table} AFTER INSERT OR UPDATE OR DELETE ON "{table}"
            FOR EACH ROW EXECUTE FUNCTION {function}()""")
    return statements


def install(database: Database) -> None:
    """Create (or re-create) the audit triggers for the journal's current columns."""
    if isinstance(database, SqliteDatabase):
        existing = set(database.get_tables())
        for table in AUDITED:
            if table not in existing:  # made by a later step (the trash: 9), which installs its triggers then
                continue
            for action in ACTIONS:
                database.execute_sql(f"DROP TRIGGER IF EXISTS audit_{table}_{action}")
            for statement in _sqlite_triggers(database, table):
                database.execute_sql(statement)
        for statement in _sqlite_protection():
            database.execute_sql(statement)
    else:
        for statement in _postgres_statements(database):
            database.execute_sql(statement)


@dataclass(frozen=True)
class Change:
    """One audit entry, read back: values are dicts (None where there is no before or after; an edit's
    hold only the columns it changed)."""

    id: int
    at: dt.datetime
    user_id: int | None
    login: str
    table: str
    row_id: str
    client_id: int | None
    action: str
    before: dict | None
    after: dict | None

    def changed(self) -> dict[str, tuple[object, object]]:
        """column -> (before, after) for the columns this change touched."""
        before, after = self.before or {}, self.after or {}
        return {k: (before.get(k), after.get(k)) for k in sorted(set(before) | set(after))
                if before.get(k) != after.get(k)}


def _as_dict(text: str | None) -> dict | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def as_change(entry: AuditEntry) -> Change:
    at = entry.at if isinstance(entry.at, dt.datetime) else dt.datetime.fromisoformat(str(entry.at))
    return Change(entry.id, at, entry.user_id, entry.login, entry.table_name, entry.row_id, entry.client_id,
                  entry.action, _as_dict(entry.before), _as_dict(entry.after))


def changes(table: str | None = None, row_id: object = None, client_id: int | None = None,
            since: dt.datetime | None = None, until: dt.datetime | None = None, user_id: int | None = None,
            limit: int | None = None, newest_first: bool = True) -> list[Change]:
    """Audit entries matching every filter given."""
    query = AuditEntry.select()
    if table is not None:
        query = query.where(AuditEntry.table_name == table)
    if row_id is not None:
        query = query.where(AuditEntry.row_id == str(row_id))
    if client_id is not None:
        query = query.where(AuditEntry.client_id == client_id)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    order = (AuditEntry.id.desc(),) if newest_first else (AuditEntry.id,)
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    with db.atomic():
        return [as_change(e) for e in query]
