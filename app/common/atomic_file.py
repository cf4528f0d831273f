"""Writing files whole or not at all: a private temporary file beside the target, then a rename.

A process killed mid-write leaves its temporary file; the next start removes it (sweep_leftovers):
temporary files carry their process's id in their name, and those outside Rapport's own folders
(an export anywhere) are noted in the data folder while they exist."""

import os
import re
from contextlib import contextmanager
from pathlib import Path

from db.files import PRIVATE_FILE, is_abandoned, make_private_folder, remove_quietly, sweep_temps, temp_beside

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def _pending_dir() -> Path:
    from app.common.paths import data_dir

    return data_dir() / "pending"


def _note_pending(folder: Path) -> Path | None:
    """Note, before a temporary file is made in folder, that this process is about to make one
    there: if it is killed before the file is renamed or removed, the next start sweeps the folder
    of the temporary files of processes that are gone (sweep_leftovers). Rapport's own folders are
    swept anyway; this is for exports and backups written anywhere."""
    try:
        pending = _pending_dir()
        make_private_folder(pending)
        fd, note = temp_beside(pending / "note")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(str(Path(folder).resolve()))
        return note
    except OSError:
        return None


def _forget_pending(note: Path | None) -> None:
    if note is not None:
        remove_quietly(note)


def sweep_leftovers(*folders: Path) -> int:
    """Remove the temporary files that killed Rapport processes left behind: those noted in the
    data folder (exports anywhere), and those in the given folders. Returns how many went."""
    removed = _sweep_noted()
    for folder in folders:
        removed += len(sweep_temps(folder))
    return removed


def _sweep_noted() -> int:
    """Sweep the folders named by the notes of processes that are gone, then drop those notes."""
    removed = 0
    pending = _pending_dir()
    try:
        notes = [n for n in pending.iterdir() if n.name.endswith(".tmp")]
    except OSError:
        return 0
    for note in notes:
        if not is_abandoned(note):
            continue
        try:
            named = Path(note.read_text(encoding="utf-8").strip())
        except OSError:
            named = None
        if named is not None and str(named):
            removed += len(sweep_temps(named if named.is_dir() else named.parent))
        remove_quietly(note)
    return removed


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "wb", encoding: str | None = None, newline=None,
                 permissions: int = PRIVATE_FILE):
    """Yield a file object; on success it replaces path in one rename, on failure it vanishes.

    The file is private (0600) unless permissions say otherwise; a missing folder is made private."""
    path = Path(path)
    make_private_folder(path.parent)
    note = _note_pending(path.parent)
    fd, tmp = temp_beside(path, permissions)
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, permissions)  # ours: made by temp_beside, never a link
        os.replace(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise
    finally:
        _forget_pending(note)


@contextmanager
def atomic_path(path: str | os.PathLike, permissions: int = PRIVATE_FILE):
    """Yield a temporary path for a library that writes by file name; renamed on success."""
    path = Path(path)
    make_private_folder(path.parent)
    note = _note_pending(path.parent)
    fd, tmp = temp_beside(path, permissions, suffix=path.suffix if len(path.suffix) <= 9 else "")
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, permissions)
        os.replace(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise
    finally:
        _forget_pending(note)


@contextmanager
def noted_folder(folder: Path):
    """While the block runs, temporary files a lower layer makes in folder (e.g. the copy of
    db.files.copy_database) are swept at the next start if this process is killed."""
    note = _note_pending(folder)
    try:
        yield
    finally:
        _forget_pending(note)


@contextmanager
def scratch_file(beside: str | os.PathLike):
    """Yield the path of a private temporary file beside `beside`, removed at the end whatever happens
    (and swept at the next start if the process is killed)."""
    note = _note_pending(Path(beside).parent)
    fd, tmp = temp_beside(Path(beside))
    os.close(fd)
    try:
        yield tmp
    finally:
        remove_quietly(tmp)
        _forget_pending(note)


def safe_file_name(name: str, extension: str = "", max_length: int = 100) -> str:
    """A file name that every platform accepts, keeping letters of any script."""
    cleaned = _UNSAFE.sub("_", name).strip().strip(".")
    cleaned = re.sub(r"\s+", " ", cleaned)[:max_length].rstrip(" .") or "untitled"
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = "_" + cleaned
    if extension and not extension.startswith("."):
        extension = "." + extension
    return cleaned + extension
