"""The full-text index over interaction summaries and notes, kept in step by SQLite itself.

An FTS5 table with external content (the interaction table: nothing is stored twice) and
three triggers, so every write - a service call, a bulk insert, an import, the demo - updates
the index in the same transaction without any Python hook.

Tokenizer: unicode61 (case folded in every script, diacritics removed in Latin ones).
Word parts ("рефинансирован" finding "рефинансировании") come from prefix queries of word stems
built by app.search.query, not from a trigram index. Measured on 100,000 interactions of the
benchmark journal: a trigram index was 6 times larger (53 MB against 9 MB), 4 times slower to
build and 1.6 to 4 times slower to query, and it still could not find a word written with
another ending ("рефинансирование" for "рефинансировании") without the same stemming.
"""

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import Database, SqliteDatabase
from playhouse.sqlite_ext import FTS5Model, SearchField

from db.models import db

TABLE = "interaction_fts"

TRIGGERS = (
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_after_insert AFTER INSERT ON interaction BEGIN
        INSERT INTO {TABLE}(rowid, summary, notes) VALUES (new.id, new.summary, new.notes);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_after_delete AFTER DELETE ON interaction BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, summary, notes)
        VALUES ('delete', old.id, old.summary, old.notes);
    END""",
    # Only a change of the text (or the id) touches the index: marking a follow-up done does not.
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_after_update
        AFTER UPDATE OF id, summary, notes ON interaction BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, summary, notes)
        VALUES ('delete', old.id, old.summary, old.notes);
        INSERT INTO {TABLE}(rowid, summary, notes) VALUES (new.id, new.summary, new.notes);
    END""",
)


class InteractionIndex(FTS5Model):
    """The FTS5 index of interaction summaries and notes (rowid = interaction id)."""

    summary = SearchField()
    notes = SearchField()

    class Meta:
        database = db
        table_name = TABLE
        options = {
            "content": "interaction",
            "content_rowid": "id",
            "tokenize": "unicode61 remove_diacritics 2",
        }


# Per open database: whether it has the index (asked once, not on every search).
_has_index: "weakref.WeakKeyDictionary[Database, bool]" = weakref.WeakKeyDictionary()


def has_index(database: Database | None = None) -> bool:
    """Whether this database has the full-text index (SQLite only; PostgreSQL has none)."""
    database = database if database is not None else db.obj
    if database not in _has_index:
        _has_index[database] = isinstance(database, SqliteDatabase) and database.table_exists(TABLE)
    return _has_index[database]


def create_index(database: Database) -> None:
    """Create the index and its triggers, and fill it from the interactions already there."""
    if not isinstance(database, SqliteDatabase):
        return  # PostgreSQL: app.search.engine falls back to ILIKE.
    with InteractionIndex.bind_ctx(database):
        InteractionIndex.create_table(safe=True)
    for trigger in TRIGGERS:
        database.execute_sql(trigger)
    rebuild_index(database)
    _has_index[database] = True


def rebuild_index(database: Database) -> None:
    """Re-read every interaction into the index (after a bulk load with the triggers off)."""
    database.execute_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def drop_triggers(database: Database) -> None:
    """Stop keeping the index in step, for a bulk load that rebuilds it afterwards."""
    for name in ("after_insert", "after_delete", "after_update"):
        database.execute_sql(f"DROP TRIGGER IF EXISTS {TABLE}_{name}")


def restore_triggers(database: Database) -> None:
    for trigger in TRIGGERS:
        database.execute_sql(trigger)


@contextmanager
def indexed_after_bulk_insert(database: Database | None = None) -> Iterator[None]:
    """Add many new interactions faster: the triggers pause, and the new rows are indexed with
    one statement at the end. Use inside the caller's transaction, for inserts only (with ids
    the database assigns): a trigger per row flushes the index on every row, 50 times slower."""
    database = database if database is not None else db.obj
    if not has_index(database):
        yield
        return
    before = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM interaction").fetchone()[0]
    drop_triggers(database)
    try:
        yield
    finally:
        restore_triggers(database)
    database.execute_sql(f"INSERT INTO {TABLE}(rowid, summary, notes) "
                         "SELECT id, summary, notes FROM interaction WHERE id > ?", (before,))
