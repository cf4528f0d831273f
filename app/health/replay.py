"""The journal as it was written by the end of a day, rebuilt from the audit trail for replaying health.

`written_by(day)` shadows every table health reads with a temporary copy on this connection
(SQLite and PostgreSQL both look for a temporary table before the journal's own), holding only
what had been written by the end of that day, with the values it had then:
- a row created later is left out; a row edited later gets back the values each later edit
  changed; a row deleted later is restored as it was;
- a row with no recorded creation (written before the audit trail existed: a journal upgraded
  from before version 6) counts as written at its own time: `created_at` for clients and entries
  (else when it happened), when it was raised, opened, read or changed for the others;
- parts whose record was not written yet (an entry's tags, a negotiation's actions) go with it.
The firm's settings, weights and holidays are read as they were then too. Health at the day is
then computed as always, by when things happened, over that copy. Nothing is written to the journal."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager

from db import audit
from db.connection import is_sqlite
from db.models import AuditEntry, db

# The tables health reads, and when a row without a recorded creation was written.
WRITTEN_AT = {
    "user": "created_at", "client": "created_at", "interaction": "COALESCE(created_at, occurred_at)",
    "feedback": "raised_at", "negotiation": "opened_at", "negotiation_event": "at", "pulse": "at",
    "stage_change": "at", "tag": None, "setting": None, "holiday": None,
    "interaction_tag": None, "feedback_contact": None, "negotiation_action": None, "negotiation_session": None,
}
# Parts follow their record: (table, column, the record's table).
PARTS = (("interaction_tag", "interaction_id", "interaction"), ("feedback_contact", "feedback_id", "feedback"),
         ("feedback_contact", "interaction_id", "interaction"), ("negotiation_event", "negotiation_id", "negotiation"),
         ("negotiation_action", "negotiation_id", "negotiation"),
         ("negotiation_session", "negotiation_id", "negotiation"),
         ("negotiation_session", "interaction_id", "interaction"))


def _key_columns(table: str) -> list[str]:
    return re.findall(r"R\.(\w+)", audit.AUDITED[table][0])


def _key_values(table: str, row_id: str) -> list:
    columns = _key_columns(table)
    parts = [row_id] if len(columns) == 1 else row_id.split(":", len(columns) - 1)
    return [int(p) if p.lstrip("-").isdigit() and table != "setting" else p for p in parts]


def _schema() -> str:
    return db.execute_sql("SELECT current_schema()").fetchone()[0]


def _copy(table: str) -> None:
    if is_sqlite():
        db.execute_sql(f'CREATE TEMP TABLE "{table}" AS SELECT * FROM main."{table}"')
        for (sql,) in db.execute_sql("SELECT sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                     "AND sql IS NOT NULL", (table,)).fetchall():
            db.execute_sql(re.sub(r'^CREATE (UNIQUE )?INDEX (IF NOT EXISTS )?"?(\w+)"?', r'CREATE INDEX temp."\3"', sql))
        keys = ", ".join(f'"{c}"' for c in _key_columns(table))
        db.execute_sql(f'CREATE INDEX temp."replay_{table}_key" ON "{table}" ({keys})')
    else:
        schema = _schema()
        db.execute_sql(f'CREATE TEMP TABLE "{table}" (LIKE "{schema}"."{table}" INCLUDING DEFAULTS INCLUDING INDEXES)')
        db.execute_sql(f'INSERT INTO pg_temp."{table}" SELECT * FROM "{schema}"."{table}"')


def _drop(table: str) -> None:
    db.execute_sql(f'DROP TABLE IF EXISTS {"temp" if is_sqlite() else "pg_temp"}."{table}"')


def _restore(table: str, rows: list[tuple[str, dict | None]], columns: set[str]) -> None:
    """Put each (row id, values) back as it was (None: it did not exist): every row taken out first,
    then the past ones put in, so that no unique name is held twice on the way (a client renamed and
    its old name taken by another)."""
    keys = _key_columns(table)
    temp = "temp" if is_sqlite() else "pg_temp"
    param = "?" if is_sqlite() else "%s"
    where = " AND ".join(f'"{c}" = {param}' for c in keys)
    for row_id, _values in rows:
        db.execute_sql(f'DELETE FROM {temp}."{table}" WHERE {where}', _key_values(table, row_id))
    for _row_id, values in rows:
        if values is None:
            continue
        if is_sqlite():
            names = [c for c in values if c in columns]
            db.execute_sql(f'INSERT INTO temp."{table}" ({", ".join(chr(34) + c + chr(34) for c in names)}) '
                           f'VALUES ({", ".join("?" for _ in names)})', [values[c] for c in names])
        else:
            import json

            db.execute_sql(f'INSERT INTO pg_temp."{table}" SELECT * FROM json_populate_record(NULL::pg_temp."{table}", %s)',
                           (json.dumps(values, default=str),))


def _undo_later(tables: list[str], after: dt.datetime) -> None:
    """Each row touched after the moment goes back to how it was then: from the row as it is now (or as a
    later delete left it), each later change undone, newest first (an edit keeps only what it changed)."""
    later = (AuditEntry.select(AuditEntry.table_name, AuditEntry.row_id, AuditEntry.action, AuditEntry.before)
             .where(AuditEntry.at >= after, AuditEntry.table_name.in_(tables))
             .order_by(AuditEntry.table_name, AuditEntry.row_id, AuditEntry.id.desc()).tuples())
    columns = {table: {c.name for c in db.get_columns(table)} for table in tables}
    past: dict[str, list[tuple[str, dict | None]]] = {}
    key, state = None, None
    for table, row_id, action, before in later.iterator():
        if (table, row_id) != key:
            if key is not None:
                past.setdefault(key[0], []).append((key[1], state))
            key, state = (table, row_id), _current(table, row_id)
        values = audit._as_dict(before)
        if action == "create":
            state = None
        elif action == "delete" or state is None:
            state = values
        else:
            state = {**state, **(values or {})}
    if key is not None:
        past.setdefault(key[0], []).append((key[1], state))
    for table, rows in past.items():
        _restore(table, rows, columns[table])


def _current(table: str, row_id: str) -> dict | None:
    """The row as the journal holds it now (None once deleted)."""
    keys = _key_columns(table)
    param = "?" if is_sqlite() else "%s"
    main = "main" if is_sqlite() else f'"{_schema()}"'
    cursor = db.execute_sql(f'SELECT * FROM {main}."{table}" WHERE ' + " AND ".join(f'"{c}" = {param}' for c in keys),
                            _key_values(table, row_id))
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row, strict=True)) if row else None


def _unrecorded_later(tables: list[str], end: dt.datetime) -> None:
    """Rows nobody recorded creating (older than the trail) that were written after the day."""
    temp = "temp" if is_sqlite() else "pg_temp"
    param = "?" if is_sqlite() else "%s"
    moment = end.isoformat(" ") if is_sqlite() else end
    for table in tables:
        written = WRITTEN_AT[table]
        if written is None:
            continue
        row = f'{temp}."{table}".id'
        cast = f"CAST({row} AS TEXT)" if is_sqlite() else f"{row}::text"
        db.execute_sql(
            f'DELETE FROM {temp}."{table}" WHERE {written} > {param} AND NOT EXISTS ('
            f"SELECT 1 FROM audit_entry a WHERE a.table_name = {param} AND a.row_id = {cast} AND a.action = 'create')",
            (moment, table))


def _orphans() -> None:
    temp = "temp" if is_sqlite() else "pg_temp"
    for table, column, parent in PARTS:
        db.execute_sql(f'DELETE FROM {temp}."{table}" WHERE "{column}" IS NOT NULL AND NOT EXISTS '
                       f'(SELECT 1 FROM {temp}."{parent}" p WHERE p.id = {temp}."{table}"."{column}")')


@contextmanager
def written_by(day: dt.date) -> Iterator[None]:
    """Within the block, this connection reads the journal as written by the end of day (see the module)."""
    tables = list(WRITTEN_AT)
    after = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    end = dt.datetime.combine(day, dt.time(23, 59, 59, 999999))
    made: list[str] = []
    try:
        for table in tables:
            _copy(table)
            made.append(table)
        _undo_later(tables, after)
        _unrecorded_later(tables, end)
        _orphans()
        yield
    finally:
        for table in reversed(made):
            _drop(table)
