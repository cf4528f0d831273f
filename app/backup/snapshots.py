"""Backups of a SQLite journal: made with SQLite's online backup API (others may go on writing),
checked with integrity_check before they count, named by journal and time, thinned as they age.

Each backup is one complete SQLite file (rollback-journal mode), complete or absent: it is
written under a temporary name beside its final one and renamed only once checked."""

import datetime as dt
import hashlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.backup.thinning import Keep, to_keep
from app.common import preferences
from app.common.atomic_file import noted_folder
from app.common.errors import RapportError
from app.common.paths import data_dir
from app.common.storage import storage_errors
from app.common.wording import QT_TRANSLATE_NOOP, Message
from db.files import CopyFailed, copy_database, file_kind, make_private_folder, remove_quietly, sweep_temps

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y-%m-%d-%H%M%S"
_NAME_RE = re.compile(r"^(?P<label>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})(?:-\d+)?\.db$")


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, when it was taken, how large it is."""

    path: Path
    taken_at: dt.datetime
    size: int


def backup_folder() -> Path:
    """Where automatic backups go: the folder chosen in Settings, else 'backups' in the data folder."""
    chosen = preferences.get("backup_folder").strip()
    return Path(chosen).expanduser() if chosen else data_dir() / "backups"


def journal_label(journal: Path) -> str:
    """The name a journal's backups start with: its file name and a short mark of its full path,
    so two journals called rapport.db never thin each other's backups."""
    mark = hashlib.sha256(str(Path(journal).resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{Path(journal).stem}-{mark}"


def keep_rule() -> Keep:
    return Keep(recent=preferences.get("backups_recent"), daily=preferences.get("backups_daily"),
                weekly=preferences.get("backups_weekly"), monthly=preferences.get("backups_monthly"))


def read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=15)


def list_backups(journal: Path, folder: Path | None = None) -> list[Backup]:
    """This journal's backups in folder (default: backup_folder()), newest first."""
    folder = folder or backup_folder()
    label = journal_label(journal)
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _NAME_RE.match(entry.name)
        if not match or match.group("label") != label or not entry.is_file():
            continue
        taken = dt.datetime.strptime(match.group("stamp"), STAMP_FORMAT)
        found.append(Backup(Path(entry.path), taken, entry.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def make_backup(journal: Path, target: Path | None = None, now: dt.datetime | None = None) -> Backup:
    """Back the journal up to target (default: a new file in backup_folder()), checked; a backup
    that fails its check is not kept and the reason is raised."""
    journal = Path(journal)
    if file_kind(journal) != "sqlite":
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: there is no journal here to back up"), path=journal))
    now = (now or dt.datetime.now()).replace(microsecond=0)
    if target is None:
        folder = backup_folder()
        sweep_temps(folder)
        target = folder / f"{journal_label(journal)}-{now.strftime(STAMP_FORMAT)}.db"
        n = 2
        while target.exists():
            target = folder / f"{journal_label(journal)}-{now.strftime(STAMP_FORMAT)}-{n}.db"
            n += 1
    target = Path(target).expanduser()
    if target.is_dir():
        raise RapportError(Message(QT_TRANSLATE_NOOP("Messages", "{path}: is a folder; give a file name for the backup"), path=target))
    with storage_errors(str(target)):
        make_private_folder(target.parent)
        source = read_only_connection(journal)
        try:
            with noted_folder(target.parent):
                copy_database(source, target, replace=True)
        except CopyFailed as exc:
            raise RapportError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{path}: the backup was not kept: {reason}. The journal itself may be damaged: "
                            "run `rapport check`"), path=journal, reason=str(exc))) from exc
        finally:
            source.close()
    log.info("backed up %s to %s", journal, target)
    return Backup(target, now, target.stat().st_size)


def thin_backups(journal: Path, keep: Keep | None = None, folder: Path | None = None) -> list[Path]:
    """Remove this journal's backups that the keep rule no longer wants; the removed paths."""
    backups = list_backups(journal, folder)
    kept = to_keep((b.taken_at for b in backups), keep or keep_rule())
    removed = []
    seen: set[dt.datetime] = set()
    for backup in backups:  # newest first: of two taken in one second, the newer stays
        if backup.taken_at in kept and backup.taken_at not in seen:
            seen.add(backup.taken_at)
            continue
        remove_quietly(backup.path)
        removed.append(backup.path)
    return removed


def changed_since(journal: Path, moment: dt.datetime) -> bool:
    """Whether the journal's files were written after moment (a backup then would be the same)."""
    stamps = []
    for suffix in ("", "-wal"):
        try:
            stamps.append(os.stat(str(journal) + suffix).st_mtime)
        except OSError:
            pass
    return not stamps or dt.datetime.fromtimestamp(max(stamps)) >= moment


def backup_if_due(journal: Path, now: dt.datetime | None = None) -> Backup | None:
    """The automatic backup: made when the last is older than the chosen interval and the journal
    changed since; then old backups are thinned. None when nothing was due."""
    every = preferences.get("backup_every_minutes")
    if every <= 0 or file_kind(Path(journal)) != "sqlite":
        return None
    now = now or dt.datetime.now()
    backups = list_backups(journal)
    if backups and (now - backups[0].taken_at < dt.timedelta(minutes=every)
                    or not changed_since(journal, backups[0].taken_at)):
        return None
    backup = make_backup(journal, now=now)
    thin_backups(journal)
    return backup
