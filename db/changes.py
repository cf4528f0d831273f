"""Hearing that another program changed the journal: what open windows need to show a colleague's work.

SQLite tells only that something changed: `PRAGMA data_version` on a connection of the watcher's own
moves whenever any other connection commits (another Rapport, the command line, a worker thread).
PostgreSQL tells which table: a statement-level trigger on every journal table calls pg_notify on
CHANNEL with the table's name, and the watcher LISTENs on a connection of its own. The server sends
one notification per table and transaction however many rows it wrote (it folds identical ones), so
an import of 10,000 rows is heard once.

ChangeWatcher.run() blocks (a thread of its own runs it); it reports each change through a callback
and tries again, a little later each time, when the connection is lost (then it reports a change of
unknown tables: what happened meanwhile was not heard). OwnWrites, on the thread that writes, tells
apart what its own connection wrote from what others did, so a window does not reload after its own
save.
"""

from __future__ import annotations

import logging
import select
import socket
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, SqliteDatabase

from db.models import ALL_MODELS

log = logging.getLogger(__name__)

CHANNEL = "rapport_changes"
NOTIFY_FUNCTION = "rapport_live_notify"
TRIGGER = "rapport_live_change"  # statement-level; the audit trail's row triggers are named apart
POLL_S = 0.25  # SQLite: how often data_version is read (a few microseconds each time)
RETRY_S = (1.0, 2.0, 5.0, 10.0, 30.0)  # waits before opening a lost connection again


@dataclass(frozen=True)
class Change:
    """Another connection committed: to these tables (empty when unknown), from these server processes."""

    tables: frozenset[str] = frozenset()
    senders: frozenset[int] = frozenset()  # PostgreSQL backend pids; empty when unknown (SQLite)

    def __or__(self, other: Change) -> Change:
        if not self.tables or not other.tables:  # an unknown scope stays unknown
            return Change(frozenset(), self.senders | other.senders)
        return Change(self.tables | other.tables, self.senders | other.senders)


def journal_tables() -> list[str]:
    """The tables that announce their changes: all but the audit trail, which changes only with another
    table (its triggers write it), which announces the change."""
    return [model._meta.table_name for model in ALL_MODELS if model._meta.table_name != "audit_entry"]


# ---- PostgreSQL: the triggers that announce changes ------------------------------------------------

def install_change_triggers(database: Database) -> None:
    """On PostgreSQL, a statement-level trigger on every journal table that announces the table's name on
    CHANNEL once the transaction commits; nothing on SQLite. Safe to run again (a later step that adds a
    journal table runs it to cover that table too)."""
    if isinstance(database, SqliteDatabase):
        return
    database.execute_sql(
        f"""CREATE OR REPLACE FUNCTION {NOTIFY_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END $$""")
    existing = set(database.get_tables())
    for table in journal_tables():
        if table not in existing:
            continue
        database.execute_sql(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
        database.execute_sql(
            f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
            f"FOR EACH STATEMENT EXECUTE FUNCTION {NOTIFY_FUNCTION}()")


# ---- the watcher -----------------------------------------------------------------------------------

class ChangeWatcher:
    """Waits on a connection of its own for changes other connections commit; see the module docstring."""

    def __init__(self, database: Database, report: Callable[[Change], None]):
        self.database = database
        self.report = report
        self.stopped = threading.Event()
        self.thread: threading.Thread | None = None
        self.connection = None
        self.version: int | None = None  # SQLite: the last data_version read
        self.failures = 0
        self._wake_in, self._wake_out = socket.socketpair()  # stop() wakes a PostgreSQL wait at once
        self._wake_in.setblocking(False)

    @property
    def is_sqlite(self) -> bool:
        return isinstance(self.database, SqliteDatabase)

    def run(self) -> None:
        """Watch until stop(); never raises (a lost connection is opened again later)."""
        failures = self.failures
        try:
            while not self.stopped.is_set():
                try:
                    if self.connection is None:
                        self._open()
                        # What happened before it listened, or while the connection was lost, was not
                        # heard: the screens read again (once, when PostgreSQL first listens).
                        if failures or not self.is_sqlite:
                            self.report(Change())
                        failures = 0
                    change = self._wait()
                except Exception as exc:  # noqa: BLE001 - the server went away, the file moved: try again
                    self._close_connection()
                    wait = RETRY_S[min(failures, len(RETRY_S) - 1)]
                    failures += 1
                    log.warning("not hearing changes to the journal (trying again in %.0f s): %s",
                                wait, " ".join(str(exc).split()))
                    self.stopped.wait(wait)
                    continue
                if change is not None and not self.stopped.is_set():
                    self.report(change)
        finally:
            self._close_connection()
            self._wake_out.close()
            self._wake_in.close()

    def start(self) -> ChangeWatcher:
        """run() on a daemon thread of its own (self.thread). SQLite's first reading is taken here, so that
        whatever commits after start() is heard; a server is connected to on the thread."""
        if self.is_sqlite:
            try:
                self._open()
            except Exception as exc:  # noqa: BLE001 - the thread tries again
                self.failures = 1
                log.warning("not hearing changes to the journal yet: %s", " ".join(str(exc).split()))
        self.thread = threading.Thread(target=self.run, name="rapport-changes", daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        """Ends run() at once (from any thread)."""
        self.stopped.set()
        try:
            self._wake_out.send(b"x")
        except OSError:
            pass  # run() has ended and closed it

    def _open(self) -> None:
        if self.is_sqlite:
            self.connection = self._open_sqlite()
            self.version = self._data_version()
            return
        self.connection = self._connect_postgres()
        self.connection.autocommit = True
        with self.connection.cursor() as cursor:
            cursor.execute(f"LISTEN {CHANNEL}")

    def _open_sqlite(self) -> sqlite3.Connection:
        """Only ever reading, so that opening again a file that was moved away never makes an empty one
        in its place. (A read-only journal's own connection reads only already.)"""
        path = getattr(self.database, "rapport_path", None)
        if path is None or getattr(self.database, "rapport_read_only", ""):
            return self.database._connect()
        return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)

    def _connect_postgres(self):
        """The same server, login and options as the journal's own connections; TCP keepalives, so a
        server that vanished from the network is noticed within a minute or so, not when TCP gives up."""
        import psycopg2

        params = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3,
                  "application_name": "rapport (live updates)", **self.database.connect_params}
        return psycopg2.connect(database=self.database.database, **params)

    def _close_connection(self) -> None:
        connection, self.connection = self.connection, None
        if connection is not None:
            try:
                connection.close()
            except Exception:  # noqa: BLE001 - closing a lost connection
                log.debug("closing the watcher's connection failed", exc_info=True)

    def _wait(self) -> Change | None:
        return self._wait_sqlite() if self.is_sqlite else self._wait_postgres()

    def _data_version(self) -> int:
        return self.connection.execute("PRAGMA data_version").fetchone()[0]

    def _wait_sqlite(self) -> Change | None:
        self.stopped.wait(POLL_S)
        try:
            version = self._data_version()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                return None  # another program holds the file a moment: read again next time
            raise
        if version == self.version:
            return None
        self.version = version
        return Change()

    def _wait_postgres(self) -> Change | None:
        readable, _, _ = select.select([self.connection, self._wake_in], [], [], 5.0)
        if self._wake_in in readable:
            return None
        self.connection.poll()  # also raises when the server has gone
        if not readable and not self.connection.notifies:
            return None
        tables, senders = set(), set()
        while self.connection.notifies:
            note = self.connection.notifies.pop(0)
            tables.add(note.payload)
            senders.add(note.pid)
        return Change(frozenset(tables), frozenset(senders)) if tables else None


def watch_in_background(database: Database, report: Callable[[Change], None]) -> ChangeWatcher:
    """Start a ChangeWatcher on a daemon thread; report is called on that thread."""
    return ChangeWatcher(database, report).start()


# ---- telling own writes apart ----------------------------------------------------------------------

class OwnWrites:
    """On the thread whose saves tell the screens themselves (the desktop's GUI thread): whether a change
    the watcher heard may have come from anyone but this thread's own connection.

    SQLite: this connection's data_version moves only when another connection commits. PostgreSQL: a
    notification names the server process that sent it. In doubt (a new connection), it says yes."""

    def __init__(self, database: Database):
        self.database = database
        self.connection = None
        self.version: int | None = None
        self._remember()

    def _remember(self) -> None:
        if not isinstance(self.database, SqliteDatabase) or self.database.is_closed():
            self.connection = self.version = None
            return
        self.connection = self.database.connection()
        self.version = self.connection.execute("PRAGMA data_version").fetchone()[0]

    def others_wrote(self, change: Change) -> bool:
        if isinstance(self.database, SqliteDatabase):
            before_connection, before = self.connection, self.version
            self._remember()
            return before_connection is None or self.connection is not before_connection or self.version != before
        if not change.senders or self.database.is_closed():
            return True
        own = self.database.connection().info.backend_pid
        return any(sender != own for sender in change.senders)
