"""Opening the journal's database: a local SQLite file (the default) or a server URL."""

import logging
import os
import re
from pathlib import Path

from peewee import Database, SqliteDatabase

from db.models import db

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 15000,
    # NORMAL in WAL mode: a power cut may lose the last transactions, never corrupt the file.
    "synchronous": "normal",
    "cache_size": -32000,
    "temp_store": "memory",
}


class DatabaseOpenError(Exception):
    """The database could not be opened: a bad path or URL, or a file that is not a database."""


def is_url(target: str) -> bool:
    return "://" in str(target)


POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def shown_target(target: str | os.PathLike) -> str:
    """The target as it may be shown or logged: a URL's password replaced by ***."""
    return re.sub(r"^([a-z0-9+]+://[^/@:]*:)[^/@]*@", r"\1***@", str(target))


def _one_line(exc: Exception) -> str:
    """A driver's message on one line: the command line prints one line per error."""
    return " ".join(str(exc).split())


def _postgres_driver_installed() -> bool:
    import peewee

    return peewee.psycopg2 is not None or peewee.psycopg is not None


def create_private_file(path: Path) -> None:
    """Create an empty file that only its owner can read, before SQLite first writes it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def make_database(target: str | os.PathLike) -> Database:
    """Build (but do not bind) a peewee database for a file path or a database URL."""
    target = str(target)
    if is_url(target):
        if target.startswith("sqlite:///"):
            return make_database(target[len("sqlite:///"):])
        shown = shown_target(target)
        if not target.startswith(POSTGRES_SCHEMES):
            raise DatabaseOpenError(f"{shown}: Rapport opens a SQLite file or a postgresql:// URL, "
                                    "not this kind of database")
        if not _postgres_driver_installed():
            raise DatabaseOpenError(f"{shown}: a PostgreSQL server needs the psycopg2 driver: "
                                    "install rapport[postgres] (pip install 'rapport[postgres]')")
        from playhouse import db_url  # only for a server: it imports every driver peewee knows

        try:
            return db_url.connect(target)
        except Exception as exc:  # db_url raises bare errors for a malformed URL
            raise DatabaseOpenError(f"{shown}: cannot use this database URL ({_one_line(exc)})") from exc
    path = Path(target).expanduser()
    if path.is_dir():
        raise DatabaseOpenError(f"{path}: is a folder, not a database file")
    try:
        create_private_file(path)
    except OSError as exc:
        raise DatabaseOpenError(f"{path}: cannot create the database file ({exc.strerror})") from exc
    # IMMEDIATE: a writer takes the lock up front and waits for it (busy_timeout) instead of
    # failing with "database is locked" half-way through a transaction.
    database = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=15, lock_type="IMMEDIATE",
                              check_same_thread=False)
    from db.search_index import register_functions

    register_functions(database)  # the search index's triggers call them
    return database


def is_sqlite(database: Database | None = None) -> bool:
    database = database if database is not None else db.obj
    return isinstance(database, SqliteDatabase)


def sqlite_path(database: Database | None = None) -> Path | None:
    database = database if database is not None else db.obj
    if isinstance(database, SqliteDatabase) and database.database != ":memory:":
        return Path(database.database)
    return None


def open_database(target: str | os.PathLike, migrate: bool = True) -> Database:
    """Open the journal at target, bind the models to it and bring its schema up to date."""
    from db import migrations

    database = make_database(target)
    try:
        database.connect(reuse_if_open=True)
        if is_sqlite(database):
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        database.close()
        raise DatabaseOpenError(f"{shown_target(target)}: cannot open the database ({_one_line(exc)})") from exc
    db.initialize(database)
    if migrate:
        migrations.upgrade(database)
    log.info("opened database %s", shown_target(target))
    return database


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
