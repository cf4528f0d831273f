"""The full-text index over interaction summaries and notes, kept in step by SQLite itself.

An FTS5 table `interaction_words` holds, for every interaction, the dictionary forms of its words
(columns summary, notes) and their folded forms (summary_forms, notes_forms), one token per word
of the original text (db.search_words). Three triggers on the interaction table write it in the
same transaction as any write - a service call, a bulk insert, an import, the demo - calling the
SQL functions rapport_lemmas() and rapport_forms() that every connection of Rapport registers
(register_functions). The normalised text is stored in the index, not recomputed, so deleting an
entry removes exactly what was indexed even after the dictionaries change.

The first index (version 2, `interaction_fts`, the original text with unicode61) is kept here only
for the migration step that made it; step 4 replaces it.
"""

import logging
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import Database, SqliteDatabase
from playhouse.sqlite_ext import FTS5Model, SearchField

from db.models import db
from db.search_words import forms_line, lemmas_line, plain_line

log = logging.getLogger(__name__)

TABLE = "interaction_words"
COLUMNS = ("summary", "notes", "summary_forms", "notes_forms")
_VALUES = "{id}, rapport_lemmas({p}.summary), rapport_lemmas({p}.notes), " \
          "rapport_forms({p}.summary), rapport_forms({p}.notes)"
_INSERT = f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) VALUES ({_VALUES.format(id='new.id', p='new')});"

TRIGGERS = (
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_after_insert AFTER INSERT ON interaction BEGIN
        {_INSERT}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_after_delete AFTER DELETE ON interaction BEGIN
        DELETE FROM {TABLE} WHERE rowid = old.id;
    END""",
    # Only a change of the text (or the id) touches the index: marking a follow-up done does not.
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_after_update
        AFTER UPDATE OF id, summary, notes ON interaction BEGIN
        DELETE FROM {TABLE} WHERE rowid = old.id;
        {_INSERT}
    END""",
)
TRIGGER_NAMES = ("after_insert", "after_delete", "after_update")
# Rows indexed per statement while the whole journal is read again (progress in between).
BATCH = 20_000


class InteractionWords(FTS5Model):
    """The FTS5 index of interaction words (rowid = interaction id): lemmas and folded forms."""

    summary = SearchField()
    notes = SearchField()
    summary_forms = SearchField()
    notes_forms = SearchField()

    class Meta:
        database = db
        table_name = TABLE
        # Tokens arrive folded and split already: the tokenizer only has to cut at the spaces.
        options = {"tokenize": "unicode61 remove_diacritics 0"}


def register_functions(database: SqliteDatabase) -> None:
    """Teach a SQLite database the functions the index's triggers call (on every connection)."""
    database.register_function(_sql_text(lemmas_line), "rapport_lemmas", 1, deterministic=True)
    database.register_function(_sql_text(forms_line), "rapport_forms", 1, deterministic=True)


def _sql_text(line):
    def call(text):
        if not isinstance(text, str):
            return ""
        try:
            return line(text)
        except Exception:  # noqa: BLE001 - a write must not fail for the index's sake
            log.exception("could not read the words of a text for the search index")
            return plain_line(text)

    return call


# Per open database: whether it has the index (asked once, not on every search).
_has_index: "weakref.WeakKeyDictionary[Database, bool]" = weakref.WeakKeyDictionary()


def has_index(database: Database | None = None) -> bool:
    """Whether this database has the full-text index (SQLite only; PostgreSQL has its own)."""
    database = database if database is not None else db.obj
    if database not in _has_index:
        _has_index[database] = isinstance(database, SqliteDatabase) and database.table_exists(TABLE)
    return _has_index[database]


def create_index(database: Database, progress=None) -> None:
    """Create the index and its triggers, and fill it from the interactions already there."""
    if not isinstance(database, SqliteDatabase):
        return
    with InteractionWords.bind_ctx(database):
        InteractionWords.create_table(safe=True)
    restore_triggers(database)
    rebuild_index(database, progress)
    _has_index[database] = True


def rebuild_index(database: Database, progress=None, after_id: int = 0) -> None:
    """Index every interaction with an id above after_id again, in batches (progress between
    them): the normalising functions run once per row, their lemmas cached per distinct word."""
    if after_id == 0:
        database.execute_sql(f"DELETE FROM {TABLE}")
    low, high = database.execute_sql("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM interaction "
                                     "WHERE id > ?", (after_id,)).fetchone()
    total = database.execute_sql("SELECT count(*) FROM interaction WHERE id > ?", (after_id,)).fetchone()[0]
    done = 0
    start = max(after_id, low - 1)
    while start < high:
        end = start + BATCH
        done += database.execute_sql(
            f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) SELECT {_VALUES.format(id='i.id', p='i')} "
            "FROM interaction AS i WHERE i.id > ? AND i.id <= ?", (start, end)).rowcount
        start = end
        if progress is not None:
            progress(min(done, total), total, "indexing the journal for search")


def drop_triggers(database: Database) -> None:
    """Stop keeping the index in step, for a bulk load that rebuilds it afterwards."""
    for name in TRIGGER_NAMES:
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
    rebuild_index(database, after_id=before)


# ---- version 2's index, replaced by version 4 ------------------------------------------------

V2_TABLE = "interaction_fts"
V2_TRIGGERS = (
    f"""CREATE TRIGGER IF NOT EXISTS {V2_TABLE}_after_insert AFTER INSERT ON interaction BEGIN
        INSERT INTO {V2_TABLE}(rowid, summary, notes) VALUES (new.id, new.summary, new.notes);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {V2_TABLE}_after_delete AFTER DELETE ON interaction BEGIN
        INSERT INTO {V2_TABLE}({V2_TABLE}, rowid, summary, notes)
        VALUES ('delete', old.id, old.summary, old.notes);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {V2_TABLE}_after_update
        AFTER UPDATE OF id, summary, notes ON interaction BEGIN
        INSERT INTO {V2_TABLE}({V2_TABLE}, rowid, summary, notes)
        VALUES ('delete', old.id, old.summary, old.notes);
        INSERT INTO {V2_TABLE}(rowid, summary, notes) VALUES (new.id, new.summary, new.notes);
    END""",
)


def create_v2_index(database: Database) -> None:
    """Version 2's index of the original text (unicode61), as migration step 2 made it."""
    if not isinstance(database, SqliteDatabase):
        return
    database.execute_sql(f'CREATE VIRTUAL TABLE IF NOT EXISTS "{V2_TABLE}" USING fts5 ("summary", "notes", '
                         'content=interaction, content_rowid=id, tokenize="unicode61 remove_diacritics 2")')
    for trigger in V2_TRIGGERS:
        database.execute_sql(trigger)
    database.execute_sql(f"INSERT INTO {V2_TABLE}({V2_TABLE}) VALUES ('rebuild')")


def drop_v2_index(database: Database) -> None:
    for name in TRIGGER_NAMES:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {V2_TABLE}_{name}")
    database.execute_sql(f"DROP TABLE IF EXISTS {V2_TABLE}")
