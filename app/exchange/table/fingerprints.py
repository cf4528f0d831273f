"""Fingerprints of imported rows, so importing the same rows again adds nothing.

A row's fingerprint is the SHA-256 of the file's name (its identity: a weekly export keeps its
name) and the row's cells as read (decoded text: the same whatever the file's encoding; and
whatever profile maps its values). Two identical rows in one file are two interactions: the
second one's fingerprint counts it ("#2").
"""

import hashlib
from pathlib import PurePath

from db.models import ImportFingerprint, db

PREFIX = "table:"
FIELDS = ("client", "contact", "author", "occurred_at", "channel", "kind", "direction", "sentiment", "effort",
          "summary", "notes", "tags", "follow_up_due", "follow_up_done")
LOOKUP_BATCH = 500


def source_identity(name: str) -> str:
    return PurePath(name).stem.strip().casefold()


def row_content(cells: list) -> str:
    """A row's cells as one text (empty cells at the end do not count)."""
    try:
        text = "\x1f".join(cells)  # a CSV's cells are all text: the fast way
    except TypeError:
        text = "\x1f".join("" if c is None else c if c.__class__ is str else str(c) for c in cells)
    return text.rstrip("\x1f")


def _checked_content(row: dict) -> str:
    return "\x1f".join("" if row[name] is None else ",".join(row[name]) if name == "tags" else str(row[name])
                       for name in FIELDS)


def row_keys(source: str, rows: list[dict], seen: dict[int, int] | None = None) -> list[str]:
    """One key per row, in order: from its cells as read, or (a row not read from a file) its values.
    seen: the digests met so far in this file (kept across batches), to count repeated rows."""
    identity = source_identity(source)
    seen = {} if seen is None else seen
    keys = []
    sha256 = hashlib.sha256
    for row in rows:
        content = row.get("content")
        if content is None:
            content = _checked_content(row)
        raw = sha256(f"{identity}\x1e{content}".encode("utf-8", "surrogatepass")).digest()
        digest = raw.hex()
        short = int.from_bytes(raw[:8], "big")  # what "seen" keeps: 8 bytes a row, not 64 characters
        count = seen[short] = seen.get(short, 0) + 1
        keys.append(f"{PREFIX}{digest}" if count == 1 else f"{PREFIX}{digest}#{count}")
    return keys


def known_keys(keys: list[str]) -> set[str]:
    """Those of keys that an earlier import already recorded."""
    # a range, not LIKE 'table:%': SQLite's LIKE ignores case and so cannot use the index
    if not ImportFingerprint.select().where((ImportFingerprint.key >= PREFIX)
                                            & (ImportFingerprint.key < PREFIX[:-1] + ";")).exists():
        return set()
    # Plain SQL: peewee would build the text of every key into every statement, slowly.
    table, param = ImportFingerprint._meta.table_name, db.param
    found: set[str] = set()
    for start in range(0, len(keys), LOOKUP_BATCH):
        batch = keys[start:start + LOOKUP_BATCH]
        sql = f'SELECT "key" FROM "{table}" WHERE "key" IN ({", ".join([param] * len(batch))})'
        found.update(k for (k,) in db.execute_sql(sql, batch).fetchall())
    return found
