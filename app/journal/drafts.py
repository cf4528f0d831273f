"""Unsaved editor entries kept on disk, so nothing typed is lost when a dialog or the app closes.

A draft is the editor's field values as JSON, one file per (database, record) in the platform
data folder, written whole through app.common.atomic_file. The UI saves it as the user types and
deletes it when the entry is saved.
"""

import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from app.common.atomic_file import atomic_write
from app.common.paths import data_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Draft:
    """What an editor held when it was last changed, and when."""

    saved_at: dt.datetime
    values: dict


def database_identity() -> str:
    """The open journal, named so drafts of two databases never mix: its file path or URL."""
    from db.connection import sqlite_path
    from db.models import db

    path = sqlite_path()
    if path is not None:
        return str(path.resolve())
    database = db.obj
    return f"{type(database).__name__}:{getattr(database, 'database', '')}"


def draft_key(record: str | int | None, database: str | None = None, client: int | None = None,
              author: int | None = None) -> str:
    """The key of a draft: the database and the record's id; a new entry's draft is its client's and author's.

    So a draft typed for one client is offered only when logging for that client again, by the
    same person; a record being edited has one draft whoever opens it.
    """
    where = database or database_identity()
    if record not in (None, ""):
        return f"{where}|{record}"
    return f"{where}|new|client={client or 'none'}|author={author or 'none'}"


def _drafts_dir() -> Path:
    return data_dir() / "drafts"


def _path(kind: str, key: str) -> Path:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return _drafts_dir() / f"{kind}-{digest}.json"


def save_draft(kind: str, key: str, values: dict, now: dt.datetime | None = None) -> None:
    """Keep the values typed into an editor of this kind ("interaction") under key."""
    saved_at = (now or dt.datetime.now()).replace(microsecond=0)
    document = {"key": key, "saved_at": saved_at.isoformat(), "values": values}
    with atomic_write(_path(kind, key), "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)


def load_draft(kind: str, key: str) -> Draft | None:
    """The draft kept under key, or None; an unreadable draft is logged and ignored."""
    path = _path(kind, key)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("key") != key or not isinstance(document.get("values"), dict):
            return None
        return Draft(dt.datetime.fromisoformat(document["saved_at"]), document["values"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring unreadable draft %s: %s", path, exc)
        return None


def delete_draft(kind: str, key: str) -> None:
    try:
        _path(kind, key).unlink()
    except FileNotFoundError:
        pass
