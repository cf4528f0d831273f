"""When, and by whom, journal entries were written, and which were written long after they happened (backdated).

The written time is the audit trail's record of the entry's creation; an entry older than the
trail (a journal upgraded from before version 6) has only its own `created_at` and author."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN

from db.models import AuditEntry, ImportFingerprint, Interaction, User

# An entry written more than this long after it happened is backdated (and marked as such).
BACKDATED_AFTER = dt.timedelta(days=1)


@dataclass(frozen=True)
class Written:
    """When an entry was written into the journal, and by whom (a name, else the login)."""

    at: dt.datetime
    by: str


def _moment(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def written(interaction_ids: Iterable[int]) -> dict[int, Written]:
    """Each entry's written time and writer, in two indexed reads for the whole set."""
    ids = sorted({int(i) for i in interaction_ids})
    if not ids:
        return {}
    out: dict[int, Written] = {}
    created = (AuditEntry.select(AuditEntry.row_id, AuditEntry.at, AuditEntry.login, User.name)
               .join(User, on=(AuditEntry.user_id == User.id), join_type=JOIN.LEFT_OUTER)
               .where(AuditEntry.table_name == "interaction", AuditEntry.action == "create",
                      AuditEntry.row_id.in_([str(i) for i in ids]))
               .tuples())
    for row_id, at, login, name in created:
        out[int(row_id)] = Written(_moment(at), name or login or "")
    older = [i for i in ids if i not in out]
    if older:
        rows = (Interaction.select(Interaction.id, Interaction.created_at, Interaction.occurred_at, User.name)
                .join(User, on=(Interaction.author == User.id), join_type=JOIN.LEFT_OUTER)
                .where(Interaction.id.in_(older)).tuples())
        for interaction_id, created_at, occurred_at, name in rows:
            out[interaction_id] = Written(_moment(created_at or occurred_at), name or "")
    return out


def is_backdated(occurred_at: dt.datetime, at: dt.datetime) -> bool:
    return at - occurred_at > BACKDATED_AFTER


def brought_in(interaction_ids: Iterable[int]) -> set[int]:
    """Of these entries, those an import or a capture brought in (a file's record of the past, not
    a person writing late), known by their import fingerprint."""
    ids = sorted({int(i) for i in interaction_ids})
    if not ids:
        return set()
    rows = (ImportFingerprint.select(ImportFingerprint.interaction)
            .where(ImportFingerprint.interaction.in_(ids)).tuples())
    return {interaction_id for (interaction_id,) in rows}


def backdated(entries: Iterable[tuple[int, dt.datetime]]) -> dict[int, Written]:
    """Of (id, occurred_at) pairs, the entries a person wrote more than BACKDATED_AFTER after they
    happened; imported and captured entries are records of the past, not backdated."""
    entries = list(entries)
    known = written(i for i, _ in entries)
    late = {i: known[i] for i, occurred in entries if i in known and is_backdated(occurred, known[i].at)}
    for interaction_id in brought_in(late):
        del late[interaction_id]
    return late
