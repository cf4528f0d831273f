"""Failures of the disk and the database, named for what the user can do about them.

SQLite and the operating system describe these in their own words, and sometimes a second error
hides the first: with the disk full SQLite rolls the transaction back itself, and peewee's own
rollback then fails with "cannot rollback - no transaction is active". explain() walks the chain
of causes to the real one and turns it into a StorageError with a kind the desktop translates:

- disk_full: no space left (or a file-size limit reached);
- locked: another program held the journal's write lock past the wait;
- read_only: the file, its folder or the disk cannot be written;
- damaged: the journal's pages are broken (or the file is not a database at all);
- io: the disk failed to write or read (SQLite's "disk I/O error"), when it is not found full.
"""

import errno
import sqlite3
from collections.abc import Iterator

from app.common.errors import RapportError

KINDS = ("disk_full", "locked", "read_only", "damaged", "io")

_ADVICE = {
    "disk_full": "the disk is full: free some space (or choose another place) and try again; nothing was written",
    "locked": "another program is writing to the journal and held its lock too long: try again in a moment "
              "(or close the other program); nothing was written",
    "read_only": "this file or its folder cannot be written (read-only, or no permission): nothing was written; "
                 "choose a place you can write to (for the journal: open a copy there), or ask for permission",
    "damaged": "the journal is damaged: nothing was written; run `rapport check`, then restore the latest "
               "good backup with `rapport restore FILE`",
    "io": "the disk failed to write or read: check that it is still connected and has space, then try again; "
          "nothing was written",
}
_SQLITE_WORDS = (
    ("disk_full", ("database or disk is full", "disk is full")),
    ("locked", ("database is locked", "database table is locked", "database is busy")),
    ("read_only", ("attempt to write a readonly database", "readonly database")),
    ("damaged", ("database disk image is malformed", "file is not a database", "file is encrypted or is not a database")),
    ("io", ("disk i/o error",)),
)
LOW_SPACE = 4 * 1024 * 1024  # an I/O error with less free space than this is a full disk
_OS_KINDS = {errno.ENOSPC: "disk_full", errno.EDQUOT: "disk_full", errno.EFBIG: "disk_full",
             errno.EROFS: "read_only", errno.EACCES: "read_only", errno.EPERM: "read_only"}


class StorageError(RapportError):
    """The disk or the database refused: full, locked, read-only or damaged; `kind` says which."""

    def __init__(self, kind: str, detail: str = "", where: str = ""):
        self.kind, self.detail, self.where = kind, detail, where
        text = _ADVICE[kind]
        if detail:
            text = f"{text} ({detail})"
        super().__init__(f"{where}: {text}" if where else text)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def kind_of(exc: BaseException) -> str | None:
    """The storage kind of one exception (not its causes), or None."""
    if isinstance(exc, StorageError):
        return exc.kind
    if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError | IsADirectoryError):
        return _OS_KINDS.get(exc.errno)
    module = type(exc).__module__
    if type(exc).__name__ == "SerialisationError":  # lxml (openpyxl's XML writer) names errno as IO_ENOSPC
        name = str(exc).removeprefix("IO_")
        return _OS_KINDS.get(getattr(errno, name, -1)) if name.startswith("E") else None
    if isinstance(exc, sqlite3.Error) or module.startswith(("peewee", "sqlite3")):
        text = str(exc).lower()
        for kind, words in _SQLITE_WORDS:
            if any(word in text for word in words):
                return kind
    return None


def _full_after_all(where: str) -> bool:
    """Whether an I/O error is really a full disk: little space left where we write, or a file-size
    limit on this process (a write past it fails as SQLite's "disk I/O error")."""
    import os
    import shutil

    try:
        import resource
    except ImportError:  # Windows
        resource = None
    if resource is not None and resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY:
        return True
    folder = where
    while folder and not os.path.isdir(folder):
        folder = os.path.dirname(folder)
    try:
        return bool(folder) and shutil.disk_usage(folder).free < LOW_SPACE
    except OSError:
        return False


def explain(exc: BaseException, where: str = "") -> StorageError | None:
    """The StorageError behind exc (itself or any of its causes), or None if it is none of these."""
    for cause in _causes(exc):
        kind = kind_of(cause)
        if kind == "io" and _full_after_all(where or _open_journal()):
            kind = "disk_full"
        if kind is not None:
            if isinstance(cause, StorageError):
                return cause
            detail = cause.strerror if isinstance(cause, OSError) and cause.strerror else " ".join(str(cause).split())
            filename = getattr(cause, "filename", None) if isinstance(cause, OSError) else None
            return StorageError(kind, detail, where or (str(filename) if filename else ""))
    return None


def _open_journal() -> str:
    try:
        from db.connection import sqlite_path

        path = sqlite_path()
    except Exception:  # noqa: BLE001 - only a hint for the message
        return ""
    return str(path) if path else ""


class storage_errors:  # noqa: N801 - used as a context manager, like contextlib's
    """Turn a storage failure inside the block into a StorageError naming where (a file or journal)."""

    def __init__(self, where: str = ""):
        self.where = where

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None or isinstance(exc, RapportError):
            return False
        explained = explain(exc, self.where)
        if explained is not None:
            raise explained from exc
        return False
