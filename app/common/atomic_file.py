"""Writing files whole or not at all: a temporary file beside the target, then a rename."""

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "wb", encoding: str | None = None, newline=None,
                 permissions: int = 0o644):
    """Yield a file object; on success it replaces path in one rename, on failure it vanishes.

    permissions: 0o600 for a file as private as the journal itself (a whole-journal export)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, permissions)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


@contextmanager
def atomic_path(path: str | os.PathLike, permissions: int = 0o644):
    """Yield a temporary path for a library that writes by file name; renamed on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, permissions)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def safe_file_name(name: str, extension: str = "", max_length: int = 100) -> str:
    """A file name that every platform accepts, keeping letters of any script."""
    cleaned = _UNSAFE.sub("_", name).strip().strip(".")
    cleaned = re.sub(r"\s+", " ", cleaned)[:max_length].rstrip(" .") or "untitled"
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = "_" + cleaned
    if extension and not extension.startswith("."):
        extension = "." + extension
    return cleaned + extension
