"""Restoring a backup in place of the journal: the backup is checked first (a damaged one is
refused), copied whole beside the journal, the current journal is kept aside, and only then does
the copy take the journal's name, in one rename."""

import datetime as dt
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.common.errors import RapportError
from app.common.storage import StorageError, storage_errors
from app.common.wording import QT_TRANSLATE_NOOP, Message
from db.files import (
    copy_database,
    file_kind,
    fsync_folder,
    integrity_problems,
    make_private_folder,
    remove_quietly,
)
from db.migrations import latest_version

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Restored:
    """What a restore did: the journal now holds the backup; the previous file is at `aside`."""

    journal: Path
    backup: Path
    aside: Path | None


def check_backup(path: Path) -> int:
    """The schema version of a usable backup; a RapportError saying why if it is not one."""
    path = Path(path).expanduser()
    kind = file_kind(path)
    if kind == "missing":
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: no such file"), path=path))
    if kind != "sqlite":
        if kind == "empty":
            raise RapportError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{path}: is not a Rapport backup (an empty file); nothing was changed"), path=path))
        raise RapportError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{path}: is not a Rapport backup (not a SQLite database); nothing was changed"), path=path))
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=15)
    except sqlite3.Error as exc:
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: cannot be read ({reason}); nothing was changed"),
                                   path=path, reason=str(exc))) from exc
    try:
        problems = integrity_problems(connection)
        if problems:
            raise RapportError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{path}: this backup is damaged ({reason}); nothing was changed: choose an older backup"),
                path=path, reason=problems[0]))
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: this backup is damaged ({reason}); nothing was changed"),
                                   path=path, reason=str(exc))) from exc
    finally:
        connection.close()
    if version == 0 or "interaction" not in tables:
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: is not a Rapport journal or backup; nothing was changed"),
                                   path=path))
    if version > latest_version():
        raise RapportError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{path}: was made by a newer Rapport (schema {version}); open it with that version"),
            path=path, version=version))
    return version


def _release(journal: Path) -> None:
    """Fold the journal's WAL into it; refuse if another program has it open (it would go on
    writing to the file we move aside)."""
    if file_kind(journal) != "sqlite":
        return
    try:
        connection = sqlite3.connect(journal, timeout=2)
    except sqlite3.Error:
        return  # damaged beyond opening: it is only moved aside
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            busy = 1
        else:
            return  # damaged: moved aside as it is, with its WAL
    finally:
        connection.close()
    if busy:
        raise StorageError("locked", Message(QT_TRANSLATE_NOOP("Messages", "the journal is open in another program: close it there, then restore")),
                           str(journal))


def _keep_aside(journal: Path, now: dt.datetime) -> Path | None:
    if not os.path.lexists(journal):
        return None
    aside = journal.with_name(f"{journal.name}.before-restore-{now.strftime('%Y-%m-%d-%H%M%S')}")
    try:
        os.link(journal, aside)  # the journal keeps its name until the backup replaces it
    except OSError:
        shutil.copy2(journal, aside)
    wal = Path(f"{journal}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        os.replace(wal, f"{aside}-wal")  # unfinished writes stay with the file they belong to
    return aside


def restore_backup(backup: Path, journal: Path, now: dt.datetime | None = None) -> Restored:
    """Put the backup in place of the journal (closed by the caller beforehand); see the module."""
    backup, journal = Path(backup).expanduser(), Path(journal).expanduser()
    check_backup(backup)
    if journal.exists() and backup.resolve() == journal.resolve():
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: is the journal itself; choose a backup"), path=backup))
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with storage_errors(str(journal)):
        make_private_folder(journal.parent)
        _release(journal)
        staged = journal.with_name(f".{journal.name}.rapport-{os.getpid()}-restore.tmp")
        remove_quietly(staged)
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True, timeout=15)
        try:
            copy_database(source, staged, replace=True)
        finally:
            source.close()
        try:
            aside = _keep_aside(journal, now)
            for suffix in ("-wal", "-shm"):
                remove_quietly(Path(f"{journal}{suffix}"))
            os.replace(staged, journal)
            fsync_folder(journal.parent)
        except BaseException:
            remove_quietly(staged)
            raise
    log.info("restored %s from %s (the previous file is %s)", journal, backup, aside)
    return Restored(journal, backup, aside)
