"""The journal's files on disk: recognising one before touching it, private temporary files beside
a target (swept when their process is gone), and complete-or-absent copies of a SQLite journal."""

import contextlib
import errno
import logging
import os
import re
import sqlite3
import stat
from pathlib import Path

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
# ".journal.db.rapport-4242-k3j2.tmp": the owner's pid in the name, so a sweep knows it is abandoned.
_TEMP_RE = re.compile(r"^\..+\.rapport-(\d+)-[a-z0-9]+\.tmp(\.[A-Za-z0-9]{1,8})?$")


class CopyFailed(Exception):
    """A copy of the journal could not be made whole; nothing was left behind."""


def file_kind(path: Path) -> str:
    """What is at path: "missing", "empty" (0 bytes), "sqlite", "other" (not a regular file or not
    SQLite), read from its first bytes without changing anything."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "missing"
    if not stat.S_ISREG(info.st_mode):
        return "other"
    if info.st_size == 0:
        return "empty"
    if _open_here(path):
        return "sqlite"
    with open(path, "rb") as handle:
        return "sqlite" if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER else "other"


def _open_here(path: Path) -> bool:
    """Whether path is the journal this process has open. Its first bytes are then not read: closing any
    descriptor of a file drops every POSIX lock this process holds on it, SQLite's too, and another
    program closing the journal then takes itself for its last user and deletes the WAL and shared
    memory under this one's connections (which would stop seeing its writes, and lose their own)."""
    from db.models import db

    own = getattr(db.obj, "rapport_path", None)
    if own is None:
        return False
    try:
        return os.path.samefile(own, path)
    except OSError:
        return False


def make_private_folder(folder: Path) -> None:
    """Create folder and any missing parents, each only its owner may enter (0700 on POSIX);
    a folder that exists already keeps its permissions: it is not ours to change."""
    folder = Path(folder)
    missing = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for part in reversed(missing):
        try:
            os.mkdir(part, PRIVATE_FOLDER)
        except FileExistsError:
            pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. EPERM: someone else's live process
        return True
    return True


def temp_beside(path: Path, mode: int = PRIVATE_FILE, suffix: str = "") -> tuple[int, Path]:
    """A new private temporary file in path's folder: (open descriptor, its path). suffix: an
    extension after ".tmp", for libraries that choose a format by the file name."""
    path = Path(path)
    for _attempt in range(100):
        tag = os.urandom(4).hex()
        tmp = path.with_name(f".{path.name}.rapport-{os.getpid()}-{tag}.tmp{suffix}")
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), mode)
        except FileExistsError:
            continue
        return fd, tmp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path))


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def is_abandoned(path: Path) -> bool:
    """Whether path is a Rapport temporary file whose process is no longer running."""
    match = _TEMP_RE.match(Path(path).name)
    return bool(match) and not _alive(int(match.group(1)))


def sweep_temps(folder: Path) -> list[Path]:
    """Remove the temporary files that Rapport processes no longer running left in folder."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _TEMP_RE.match(name)
        if match and not _alive(int(match.group(1))):
            for suffix in ("", "-wal", "-shm", "-journal"):
                target = Path(folder) / (name + suffix)
                with contextlib.suppress(OSError):
                    os.unlink(target)
                    removed.append(target)
    if removed:
        log.info("removed %d abandoned temporary files in %s", len(removed), folder)
    return removed


def fsync_folder(folder: Path) -> None:
    """Make a rename in folder durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def link_into_place(tmp: Path, target: Path) -> None:
    """Give tmp the name target, refusing to overwrite a file that appeared there meanwhile."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "already exists", str(target)) from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def integrity_problems(connection: sqlite3.Connection, quick: bool = False, limit: int = 20) -> list[str]:
    """SQLite's own page check: [] when sound, else its messages (at most limit)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    messages = [row[0] for row in rows]
    return [] if messages == ["ok"] else messages


def copy_database(source: sqlite3.Connection, target: Path, replace: bool = False) -> Path:
    """Copy the database behind source to target with SQLite's online backup API: written to a
    private temporary file beside target, checked with integrity_check, then renamed. target is
    either the complete, checked copy or untouched (no empty or half-written file is left)."""
    target = Path(target)
    fd, tmp = temp_beside(target)
    os.close(fd)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest, pages=1024)
            # The copy is a plain rollback-journal file: one file, whole, openable read-only anywhere.
            dest.execute("PRAGMA journal_mode = DELETE").fetchone()
            problems = integrity_problems(dest)
            if problems:
                raise CopyFailed(f"the copy failed SQLite's integrity check: {problems[0]}")
        finally:
            dest.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, target)
        else:
            link_into_place(tmp, target)
        fsync_folder(target.parent)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            remove_quietly(Path(str(tmp) + suffix))
        raise
    return target
