"""Opening the journal's database: a local SQLite file (the default) or a server URL."""

import errno
import logging
import os
import sqlite3
from pathlib import Path

from peewee import Database, SqliteDatabase

from db.files import file_kind, link_into_place, make_private_folder, remove_quietly, sweep_temps, temp_beside
from db.models import db
from db.network_drive import network_file_system
from db.redaction import redact
from db.server_url import POSTGRES_SCHEMES, BadServerUrl, server_address

log = logging.getLogger(__name__)

# How long a writer waits for another program's write lock before giving up with a clear message.
LOCK_WAIT_S = 15.0

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
    """The database could not be opened: a bad path or URL, or a file that is not a database.

    kind: "damaged" (an empty or broken journal: restore a backup), "disk_full", "read_only",
    "network" (a SQLite file on a network drive), "password" (the server refused the password, or
    wants one), "open". The message never holds a password (db.redaction)."""

    def __init__(self, message: str, kind: str = "open", detail: str = "", where: str = ""):
        super().__init__(redact(message))
        self.kind, self.detail, self.where = kind, redact(detail), redact(where)


def is_url(target: str) -> bool:
    return "://" in str(target)


# What servers answer when the password is wrong or missing (libpq's words).
_PASSWORD_REFUSED = ("password authentication failed", "no password supplied", "password is required")
NETWORK_DRIVE_ADVICE = ("a SQLite journal must not be shared on a network drive: SQLite's write-ahead log does not "
                        "work over a network file system, and two people writing it can damage it. Keep the "
                        "journal on this computer's own disk, or share one PostgreSQL server as a team (README, "
                        "\"A shared PostgreSQL server\"): rapport --db postgresql://USER@SERVER/DATABASE")


def shown_target(target: str | os.PathLike) -> str:
    """The target as it may be shown or logged: any password in it replaced by ***."""
    return redact(target)


def _one_line(exc: Exception) -> str:
    """A driver's message on one line (the command line prints one line per error), redacted."""
    return redact(" ".join(str(exc).split()))


def _postgres_driver_installed() -> bool:
    import peewee

    return peewee.psycopg2 is not None or peewee.psycopg is not None


class JournalDatabase(SqliteDatabase):
    """SQLite for a journal file. When a write fails with the disk full or an I/O error, SQLite
    rolls the transaction back itself; peewee's own rollback would then fail with "cannot
    rollback - no transaction is active" and hide the real cause. Here it steps aside."""

    def rollback(self):
        if not self.is_closed() and not self.connection().in_transaction:
            return None
        return super().rollback()


def _create_new_journal(path: Path) -> None:
    """A new, empty journal file at path, private (0600) from its first byte: made beside it
    under a temporary name and linked into place, so a crash leaves no empty or partial file."""
    make_private_folder(path.parent)
    fd, tmp = temp_beside(path)
    os.close(fd)
    try:
        connection = sqlite3.connect(tmp)
        try:
            connection.execute("PRAGMA journal_mode = wal").fetchone()  # writes the header page
        finally:
            connection.close()
        link_into_place(tmp, path)
    except FileExistsError:
        remove_quietly(tmp)  # another program created it meanwhile: inspect theirs
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            remove_quietly(Path(str(tmp) + suffix))
        raise


def _read_uri(path: Path) -> str:
    """A URI that reads path and changes nothing. In a folder that cannot be written SQLite cannot
    make a WAL journal's shared-memory file, so the journal is read as immutable there (nobody can be
    writing it; a WAL with unfinished writes cannot be read without that file)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = Path(str(path) + "-wal")
    if not _folder_writable(path) and not (wal.exists() and wal.stat().st_size > 0):
        uri += "&immutable=1"
    return uri


def _folder_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK | os.X_OK)


def _probe(path: Path) -> tuple[int, bool]:
    """(schema version, whether it holds tables), read through a read-only connection that
    changes nothing in the file; refuses a file that is not a journal this Rapport can open."""
    from db.migrations import DatabaseTooNew, NotARapportDatabase, latest_version

    try:
        connection = sqlite3.connect(_read_uri(path), uri=True, timeout=LOCK_WAIT_S)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(f"{path}: cannot open the database ({_one_line(exc)})") from exc
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        text = _one_line(exc)
        if "not a database" in text or "malformed" in text:
            raise DatabaseOpenError(f"{path}: the file is damaged ({text}): check it with `rapport check`, "
                                    "restore a backup with `rapport restore FILE`", kind="damaged") from exc
        raise DatabaseOpenError(f"{path}: cannot open the database ({text})") from exc
    finally:
        connection.close()
    if version > latest_version():
        raise DatabaseTooNew(f"this database has schema version {version}, but this Rapport knows only up to "
                             f"{latest_version()}: open it with a newer Rapport")
    tables = bool(names - {"rapport_schema"})
    if version == 0 and tables:
        raise NotARapportDatabase("the database holds tables but no Rapport schema version")
    return version, tables


def _read_only_reason(path: Path) -> str:
    """Why this journal cannot be written here ("" when it can)."""
    if not _folder_writable(path):
        return "its folder (or disk) is read-only"
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    return ""


def make_database(target: str | os.PathLike, read_only: bool = False) -> Database:
    """Build (but do not bind) a peewee database for a file path or a database URL.

    A local file is recognised before it is touched: a missing path becomes a new journal; an
    existing file must be a SQLite journal of this or an older Rapport (or an empty SQLite
    database); an empty (0-byte) file, another program's database or another kind of file is
    refused with nothing changed in it. A journal that cannot be written opens read-only."""
    target = str(target)
    if not target.strip():
        raise DatabaseOpenError("no database given (an empty path): name a journal file, or leave --db out "
                                "for the default journal")
    if is_url(target):
        if target.startswith("sqlite:///"):
            return make_database(target[len("sqlite:///"):], read_only)
        shown = shown_target(target)
        if not target.startswith(POSTGRES_SCHEMES):
            raise DatabaseOpenError(f"{shown}: Rapport opens a SQLite file or a postgresql:// URL, "
                                    "not this kind of database")
        try:
            server_address(target)  # remembers its password for redaction before anything can echo it
        except BadServerUrl as exc:
            raise DatabaseOpenError(f"{shown}: cannot use this database URL ({exc})") from None
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
    network = network_file_system(path)
    if network:
        raise DatabaseOpenError(f"{path}: is on a network drive ({network}); {NETWORK_DRIVE_ADVICE}", kind="network",
                                detail=network, where=str(path))
    sweep_temps(path.parent)  # what a killed Rapport left beside the journal (a new file, a copy)
    kind = file_kind(path)
    if kind == "missing":
        try:
            _create_new_journal(path)
        except OSError as exc:
            raise DatabaseOpenError(f"{path}: cannot create the database file ({exc.strerror or exc})",
                                    kind=_os_kind(exc)) from exc
        kind = file_kind(path)
    if kind == "empty":
        raise DatabaseOpenError(f"{path}: the file is empty (0 bytes), so it holds no journal. If it was your "
                                "journal, restore a backup (`rapport restore FILE`); to start a new journal, "
                                "choose a new file name", kind="damaged")
    if kind == "other":
        what = "a SQLite database" if path.is_file() else "a regular file"
        raise DatabaseOpenError(f"{path}: is not {what}, so not a Rapport journal; nothing in it was changed")
    _probe(path)
    reason = "opened read-only as asked" if read_only else _read_only_reason(path)
    if reason:
        return _read_only_database(path, reason)
    # IMMEDIATE: a writer takes the lock up front and waits for it (busy_timeout) instead of
    # failing with "database is locked" half-way through a transaction.
    pragmas = {**SQLITE_PRAGMAS, "busy_timeout": int(LOCK_WAIT_S * 1000)}
    database = JournalDatabase(str(path), pragmas=pragmas, timeout=LOCK_WAIT_S, lock_type="IMMEDIATE",
                               check_same_thread=False)
    database.rapport_path, database.rapport_read_only = path, ""
    from db import audit
    from db.search_index import register_functions

    register_functions(database)  # the search index's triggers call them
    audit.register_functions(database)  # and so do the audit trail's
    return database


def _read_only_database(path: Path, reason: str) -> JournalDatabase:
    """A connection that only reads (see _read_uri)."""
    uri = _read_uri(path)
    pragmas = {key: value for key, value in SQLITE_PRAGMAS.items() if key != "journal_mode"}
    pragmas.update(busy_timeout=int(LOCK_WAIT_S * 1000), query_only=1)
    database = JournalDatabase(uri, pragmas=pragmas, timeout=LOCK_WAIT_S, uri=True, check_same_thread=False)
    database.rapport_path, database.rapport_read_only = path, reason
    from db import audit
    from db.search_index import register_functions

    register_functions(database)  # searching reads through the same functions
    audit.register_functions(database)
    log.info("opening %s read-only: %s", path, reason)
    return database


def _os_kind(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "disk_full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read_only"
    return "open"


def read_only_reason(database: Database | None = None) -> str:
    """Why the open journal is read-only ("" when it can be written)."""
    database = database if database is not None else db.obj
    return getattr(database, "rapport_read_only", "") or ""


def is_sqlite(database: Database | None = None) -> bool:
    database = database if database is not None else db.obj
    return isinstance(database, SqliteDatabase)


def sqlite_path(database: Database | None = None) -> Path | None:
    database = database if database is not None else db.obj
    if isinstance(database, SqliteDatabase) and database.database != ":memory:":
        return getattr(database, "rapport_path", None) or Path(database.database)
    return None


def shown_database(database: Database | None = None) -> str:
    """The open journal as the user may see it: a file's path, or user@host:port/database of a server
    (never its password)."""
    database = database if database is not None else db.obj
    path = sqlite_path(database)
    if path is not None or database is None:
        return str(path or "")
    params = getattr(database, "connect_params", {}) or {}
    user, host, port = params.get("user", ""), params.get("host", "localhost"), params.get("port", 5432)
    return redact(f"{user}@{host}:{port}/{database.database}" if user else f"{host}:{port}/{database.database}")


def open_database(target: str | os.PathLike, migrate: bool = True, read_only: bool = False) -> Database:
    """Open the journal at target, bind the models to it and bring its schema up to date.

    read_only: open it for reading only (a damaged journal, until a backup is restored)."""
    from db import migrations

    database = make_database(target, read_only)
    try:
        database.connect(reuse_if_open=True)
        if is_sqlite(database):
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        database.close()
        text = _one_line(exc)
        if not is_sqlite(database) and any(words in text.lower() for words in _PASSWORD_REFUSED):
            raise DatabaseOpenError(f"{shown_target(target)}: the server refused the password, or needs one "
                                    f"({text}): give the right password (the desktop asks for it; the command line "
                                    "reads it from ~/.pgpass, PGPASSWORD or the system keyring)",
                                    kind="password") from exc
        raise DatabaseOpenError(f"{shown_target(target)}: cannot open the database ({text})") from exc
    if read_only_reason(database) and migrations.get_version(database) < migrations.latest_version():
        database.close()
        raise DatabaseOpenError(f"{shown_target(target)}: this journal was written by an older Rapport and must "
                                f"be upgraded, but {read_only_reason(database)}: copy it where you can write",
                                kind="read_only")
    db.initialize(database)
    if migrate and not read_only_reason(database):
        migrations.upgrade(database)
    log.info("opened database %s", shown_target(target))
    return database


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
