"""Numbered schema steps with playhouse.migrate; the version lives in PRAGMA user_version
(SQLite) or in the one-row rapport_schema table (PostgreSQL).

playhouse.migrate is imported only when a step runs: opening a current journal does not need it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database, SqliteDatabase

from db.models import ALL_MODELS

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

log = logging.getLogger(__name__)


class DatabaseTooNew(Exception):
    """The database was written by a newer Rapport than this one."""


class UpgradeNeedsTheOwner(DatabaseTooNew):
    """A server journal's schema is older than this Rapport, and only the login that owns its tables
    may change them: told wherever a journal that cannot be opened as it is is told."""


class NotARapportDatabase(Exception):
    """The file holds tables, but not a Rapport journal."""


def _create_v1(database: Database, migrator: SchemaMigrator) -> None:
    """Version 1 is the first schema; a fresh database is built from the models directly."""
    raise NotARapportDatabase("version 1 is only ever created fresh")


def _add_search_index(database: Database, migrator: SchemaMigrator) -> None:
    """Version 2: the full-text index over interaction summaries and notes (SQLite only)."""
    from db.search_index import create_v2_index

    create_v2_index(database)


def _cover_health_reads(database: Database, migrator: SchemaMigrator) -> None:
    """Version 3: the client+date index of interactions also carries sentiment, effort and kind,
    so the firm's health reads it alone (1,000,000 interactions: 20 s -> 2 s)."""
    from playhouse.migrate import migrate

    migrate(
        migrator.drop_index("interaction", "interaction_client_id_occurred_at"),
        migrator.add_index("interaction", ("client_id", "occurred_at", "sentiment", "effort", "kind")),
    )


def _add_import_fingerprints(database: Database, migrator: SchemaMigrator) -> None:
    """Version 4: the fingerprints of what imports and captures brought in (re-importing adds nothing)."""
    from db.models import ImportFingerprint

    database.create_tables([ImportFingerprint], safe=True)


def _index_dictionary_forms(database: Database, migrator: SchemaMigrator) -> None:
    """Version 5: the search index holds every word's dictionary form and folded form (Russian and
    Ukrainian morphology, ё=е, one apostrophe), replacing version 2's index of the raw text; the
    journal is read again in batches, with progress. PostgreSQL gets the same words in a table of
    its own with a GIN index."""
    from db import search_index, search_index_postgres

    if isinstance(database, SqliteDatabase):
        search_index.drop_v2_index(database)
        search_index.create_index(database, progress=_progress)
    else:
        search_index_postgres.create_index(database, progress=_progress)


_index_dictionary_forms.also_on_create = True


def _add_audit_trail(database: Database, migrator: SchemaMigrator) -> None:
    """Version 6: users carry their login (a PostgreSQL role or a computer account), and every
    change to the journal is recorded by triggers in the audit trail, which refuses changes."""
    from peewee import CharField

    from db import audit
    from db.models import AuditEntry

    if "login" not in {c.name for c in database.get_columns("user")}:
        from playhouse.migrate import migrate

        migrate(migrator.add_column("user", "login", CharField(max_length=200, null=True)),
                migrator.add_index("user", ("login",), True))
    database.create_tables([AuditEntry], safe=True)
    audit.install(database)


_add_audit_trail.also_on_create = True


def _announce_changes(database: Database, migrator: SchemaMigrator) -> None:
    """Version 7: on PostgreSQL every journal table announces its changes (NOTIFY), so open windows show
    a colleague's work at once (db.changes); nothing on SQLite, where windows read PRAGMA data_version."""
    from db.changes import install_change_triggers

    install_change_triggers(database)


_announce_changes.also_on_create = True


def _enforce_rights_on_server(database: Database, migrator: SchemaMigrator) -> None:
    """Version 8: on PostgreSQL the server enforces the firm's rights (the journal's group role,
    grants, row-level security: db/server_rights.py); nothing changes on SQLite."""
    from db import server_rights

    server_rights.install(database)


_enforce_rights_on_server.also_on_create = True


def _add_trash(database: Database, migrator: SchemaMigrator) -> None:
    """Version 9: deletes go to a trash owners restore from or empty (app/trash); the trash is audited
    and announces its changes like the journal's other tables, and on a server its rights are the
    server's (db/server_rights.RULES)."""
    from db import audit
    from db.changes import install_change_triggers
    from db.models import TrashItem

    database.create_tables([TrashItem], safe=True)
    audit.install(database)
    install_change_triggers(database)


def _name_praised_colleague(database: Database, migrator: SchemaMigrator) -> None:
    """Version 10: an entry tagged staff_praise names the colleague praised (interaction.praised_id); the audit triggers are written again to record it."""
    from peewee import ForeignKeyField

    from db import audit
    from db.models import User

    if "praised_id" not in {c.name for c in database.get_columns("interaction")}:
        from playhouse.migrate import migrate

        migrate(migrator.add_column("interaction", "praised_id",
                                    ForeignKeyField(User, null=True, field=User.id, on_delete="SET NULL")))
    audit.install(database)


def _track_replies_and_routing(database: Database, migrator: SchemaMigrator) -> None:
    """Version 11: an entry's follow-up names its channel beside its date, an inbound message may say
    it needs no reply or be routed to a colleague (the awaiting-reply clock, app.hear.replies), and
    a feedback item keeps who acknowledged it. The audit triggers learn the new columns."""
    from peewee import CharField, ForeignKeyField
    from playhouse.migrate import migrate

    from db import audit
    from db.models import User

    have = {(table, c.name) for table in ("interaction", "feedback") for c in database.get_columns(table)}
    boolean = "INTEGER" if isinstance(database, SqliteDatabase) else "BOOLEAN"
    wanted = [("interaction", "follow_up_channel", CharField(max_length=20, null=True)),
              # NOT NULL with a default, added as such: no copy of the whole table
              ("interaction", "no_reply_needed", f"{boolean} NOT NULL DEFAULT FALSE"),
              ("interaction", "reply_assignee_id", ForeignKeyField(User, null=True, on_delete="SET NULL", field=User.id)),
              ("feedback", "acknowledged_by_id", ForeignKeyField(User, null=True, on_delete="SET NULL", field=User.id))]
    for table, column, field in wanted:
        if (table, column) in have:
            continue
        if isinstance(field, str):
            database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {field}')
        else:
            migrate(migrator.add_column(table, column, field))
    audit.install(database)


# Step N brings a database from version N-1 to N. Append only; never edit a released step.
# A fresh database gets the current models' tables at once, then every step marked
# `also_on_create` (for what create_tables cannot make: virtual tables, triggers).
# tests/db/schemas/vN.sql keeps each released version's schema, to test the upgrades.
STEPS: list[Callable[[Database, SchemaMigrator], None]] = [
    _create_v1,
    _add_search_index,
    _cover_health_reads,
    _add_import_fingerprints,
    _index_dictionary_forms,
    _add_audit_trail,
    _announce_changes,
    _enforce_rights_on_server,
    _add_trash,
    _name_praised_colleague,
    _track_replies_and_routing,
]

# What the running upgrade reports its long steps to (upgrade's progress argument).
_progress = None


def latest_version() -> int:
    return len(STEPS)


def _migrator(database: Database) -> SchemaMigrator:
    from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

    if isinstance(database, SqliteDatabase):
        return SqliteMigrator(database)
    return PostgresqlMigrator(database)


def get_version(database: Database) -> int:
    if isinstance(database, SqliteDatabase):
        return database.execute_sql("PRAGMA user_version").fetchone()[0]
    if not database.table_exists("rapport_schema"):  # a colleague's login may read it, never create
        database.execute_sql("CREATE TABLE IF NOT EXISTS rapport_schema (version INTEGER NOT NULL)")
    row = database.execute_sql("SELECT max(version) FROM rapport_schema").fetchone()
    return row[0] or 0


def set_version(database: Database, version: int) -> None:
    if isinstance(database, SqliteDatabase):
        database.execute_sql(f"PRAGMA user_version = {int(version)}")
    else:
        database.execute_sql("DELETE FROM rapport_schema")
        database.execute_sql("INSERT INTO rapport_schema (version) VALUES (%s)", (version,))


def _has_tables(database: Database) -> bool:
    return bool(set(database.get_tables()) - {"rapport_schema"})


def backup_sqlite(database: SqliteDatabase, version: int) -> Path | None:
    """Copy the database file beside itself before a migration; returns the copy's path.

    The copy is complete and checked, or absent (db.files.copy_database): a crash while it is
    written leaves a temporary file that the next start sweeps away, never an empty .bak."""
    from db.files import copy_database

    path = getattr(database, "rapport_path", None) or Path(database.database)
    if str(path) == ":memory:" or not path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    copy_database(database.connection(), target, replace=True)
    log.info("backed up %s to %s before migrating", path, target)
    return target


def upgrade(database: Database, progress=None) -> int:
    """Bring the schema to the latest version; refuse a database from a newer Rapport.
    progress(done, total, message) hears from steps that read the whole journal again."""
    global _progress
    _progress = progress
    version = get_version(database)
    latest = latest_version()
    if version > latest:
        raise DatabaseTooNew(
            f"this database has schema version {version}, but this Rapport knows only up to "
            f"{latest}: open it with a newer Rapport"
        )
    if version == latest:
        return version
    if version == 0 and _has_tables(database):
        raise NotARapportDatabase("the database holds tables but no Rapport schema version")
    if version == 0:
        # A fresh database: build the current schema at once.
        with database.atomic():
            database.create_tables(ALL_MODELS)
            for step in STEPS[1:]:
                _post_create(step, database)
            set_version(database, latest)
        _enforce_rights_on_every_table(database)
        return latest
    if isinstance(database, SqliteDatabase):
        backup_sqlite(database, version)
    else:
        from db import server_rights

        if not server_rights.is_administrator(database):
            raise UpgradeNeedsTheOwner(
                f"this journal has schema version {version} and this Rapport needs {latest}: only the login that "
                "owns its tables (the firm's first owner) may upgrade it: ask them to open it with this Rapport first")
    migrator = _migrator(database)
    for number in range(version + 1, latest + 1):
        log.info("migrating schema to version %d", number)
        if isinstance(database, SqliteDatabase):
            database.execute_sql("PRAGMA foreign_keys = OFF")
        try:
            with database.atomic():
                STEPS[number - 1](database, migrator)
                set_version(database, number)
        finally:
            if isinstance(database, SqliteDatabase):
                database.execute_sql("PRAGMA foreign_keys = ON")
    _enforce_rights_on_every_table(database)
    return latest


def _enforce_rights_on_every_table(database: Database) -> None:
    """After any step (whatever its place in STEPS), every table of a server journal has its grants
    and policies: a table a later step made is read by all and written by owners until
    db/server_rights.RULES says otherwise."""
    if not isinstance(database, SqliteDatabase):
        from db import server_rights

        with database.atomic():
            server_rights.install(database)


def _post_create(step: Callable, database: Database) -> None:
    """Steps that make more than tables and columns (triggers, virtual tables) also run on a
    fresh database; they declare it with an attribute `also_on_create`."""
    if getattr(step, "also_on_create", False):
        step(database, _migrator(database))
