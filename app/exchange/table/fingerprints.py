"""Fingerprints of imported rows, so importing the same rows again adds nothing.

A row's fingerprint is the SHA-256 of the file's name (its identity: a weekly export keeps its
name) and the row as checked (client, date, channel, kind, text, ...), so a row reads the same
whatever the file's encoding, format or column order. Two identical rows in one file are two
interactions: the second one's fingerprint counts it ("#2").
"""

import hashlib
from pathlib import PurePath

from db.models import ImportFingerprint

PREFIX = "table:"
FIELDS = ("client", "contact", "author", "occurred_at", "channel", "kind", "direction", "sentiment", "effort",
          "summary", "notes", "tags", "follow_up_due", "follow_up_done")
LOOKUP_BATCH = 500


def source_identity(name: str) -> str:
    return PurePath(name).stem.strip().casefold()


def row_keys(source: str, rows: list[dict]) -> list[str]:
    """One key per row, in order."""
    identity = source_identity(source)
    seen: dict[str, int] = {}
    keys = []
    for row in rows:
        content = "\x1f".join("" if row[name] is None else ",".join(row[name]) if name == "tags" else str(row[name])
                              for name in FIELDS)
        digest = hashlib.sha256(f"{identity}\x1e{content}".encode("utf-8", "surrogatepass")).hexdigest()
        count = seen[digest] = seen.get(digest, 0) + 1
        keys.append(f"{PREFIX}{digest}" if count == 1 else f"{PREFIX}{digest}#{count}")
    return keys


def known_keys(keys: list[str]) -> set[str]:
    """Those of keys that an earlier import already recorded."""
    if not ImportFingerprint.select().where(ImportFingerprint.key.startswith(PREFIX)).exists():
        return set()
    found: set[str] = set()
    for start in range(0, len(keys), LOOKUP_BATCH):
        batch = keys[start:start + LOOKUP_BATCH]
        found.update(k for (k,) in ImportFingerprint.select(ImportFingerprint.key)
                     .where(ImportFingerprint.key.in_(batch)).tuples())
    return found
