"""Coding entries in bulk: the entries that carry no policy or drift tag yet, a page at a time with
their proposals, and a person's acceptance written through the journal's own edit (so the audit
trail records each tag), all of it in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from app.common.errors import ValidationError
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal import coding
from app.journal import records as journal
from db.models import Client, Interaction, db

PAGE_SIZE = 200


@dataclass(frozen=True)
class CodingFilter:
    """Which uncoded entries to list: one client's, one manager's (whose entry it is), a period."""

    client_id: int | None = None
    manager_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class UncodedEntry:
    """An entry with no policy or drift tag, and what is proposed for it."""

    id: int
    client_id: int
    client: str
    occurred_at: dt.datetime
    kind: str
    direction: str | None
    sentiment: int | None
    summary: str
    proposal: coding.Proposal


def _uncoded(f: CodingFilter):
    query = (Interaction.select(Interaction, Client.name).join(Client)
             .where(~coding.coded_condition()))
    query = coding.in_period(query, f.since, f.until)
    if f.client_id is not None:
        query = query.where(Interaction.client == f.client_id)
    if f.manager_id is not None:
        query = query.where(coding.manager_of_entry() == f.manager_id)
    return query


def count_uncoded(f: CodingFilter) -> int:
    return _uncoded(f).count()


def uncoded_page(f: CodingFilter, offset: int = 0, limit: int = PAGE_SIZE,
                 model: coding.CodingModel | None = None) -> list[UncodedEntry]:
    """One page of the uncoded entries the filter names, newest first, each with its proposal."""
    model = model if model is not None else coding.firm_model()
    rows = (_uncoded(f).order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
            .offset(offset).limit(limit))
    return [UncodedEntry(row.id, row.client_id, row.client.name, row.occurred_at, row.kind, row.direction,
                         row.sentiment, row.summary or row.notes.split("\n", 1)[0],
                         coding.propose_for(row, model)) for row in rows]


def accept(chosen: Mapping[int, Iterable[str]], progress: Callable[[int, int, str], None] | None = None, *,
           by) -> int:
    """Add the chosen tags to each entry (id -> tags), keeping the tags it has; all or nothing, as by,
    who must be allowed to edit every one of them (app.common.rights). Returns how many entries changed."""
    wanted = {int(i): [t for t in tags if t in coding.CODING_TAGS] for i, tags in chosen.items()}
    bad = sorted(i for i, tags in chosen.items() for t in tags if t not in coding.CODING_TAGS)
    if bad:
        raise ValidationError(Message(QT_TRANSLATE_NOOP(
            "Messages", "entry {id}: only like, hear, negotiate and stance-drift tags are proposed"), id=bad[0]), "tags")
    held = journal.tags_of(list(wanted))
    key_before = coding.coding_key()
    learned = []
    with db.atomic():
        for n, (interaction_id, tags) in enumerate(sorted(wanted.items())):
            if progress is not None and n % 50 == 0:
                progress(n, len(wanted), "")
            new = [t for t in tags if t not in held[interaction_id]]
            if not new:
                continue
            entry = journal.edit_interaction(interaction_id, by=by, tags=held[interaction_id] + new)
            learned.append((entry.kind, entry.direction, entry.sentiment, entry.summary, entry.notes,
                            held[interaction_id] + new))
    coding.remember_coded(key_before, learned)
    return len(learned)


def accept_proposals(entries: Iterable[UncodedEntry], progress=None, *, by) -> int:
    """Accept what is proposed for these entries, as by (see accept)."""
    return accept({e.id: e.proposal.tags for e in entries}, progress, by=by)
