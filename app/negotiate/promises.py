"""The firm's promises: follow-ups promised in interactions and actions agreed in negotiations.

A promise belongs to whoever made it (the interaction's author, the action's owner) or, when
nobody is named, to the client's account manager. It is kept on time when it was done on or
before its due day; its rate counts only promises that came due by the day asked about.
"""

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from db.models import Client, Interaction, Negotiation, NegotiationAction
from db.portable import count_where

FOLLOW_UP = "follow_up"
NEGOTIATION_ACTION = "negotiation_action"


@dataclass(frozen=True)
class Promise:
    """One promise to a client: what, by whom, due when, done when."""

    kind: str  # follow_up or negotiation_action
    id: int  # the interaction's or the action's id
    client_id: int
    client_name: str
    owner_id: int | None
    description: str
    due: dt.date
    done: dt.date | None

    def overdue(self, day: dt.date) -> bool:
        return self.done is None and self.due < day


def _follow_ups(client_id, manager_id):
    owner = fn.COALESCE(Interaction.author, Client.account_manager)
    query = (Interaction.select(Interaction.id, Interaction.client, Client.name, owner.alias("owner"),
                                Interaction.summary, Interaction.follow_up_due, Interaction.follow_up_done)
             .join(Client).where(Interaction.follow_up_due.is_null(False)))
    return (_filtered(query, Interaction.client, owner, client_id, manager_id),
            Interaction.follow_up_due, Interaction.follow_up_done, owner)


def _actions(client_id, manager_id):
    owner = fn.COALESCE(NegotiationAction.owner, Client.account_manager)
    query = (NegotiationAction.select(NegotiationAction.id, Negotiation.client, Client.name, owner.alias("owner"),
                                      NegotiationAction.description, NegotiationAction.due,
                                      NegotiationAction.done_at)
             .join(Negotiation).join(Client, JOIN.INNER, on=(Negotiation.client == Client.id))
             .where(NegotiationAction.due.is_null(False)))
    return (_filtered(query, Negotiation.client, owner, client_id, manager_id),
            NegotiationAction.due, NegotiationAction.done_at, owner)


def _filtered(query, client_field, owner, client_id, manager_id):
    if client_id is not None:
        query = query.where(client_field == client_id)
    if manager_id is not None:
        query = query.where(owner == manager_id)
    return query


def promises(client_id: int | None = None, manager_id: int | None = None) -> list[Promise]:
    """Every promise with a due day, for one client and/or one owner, by due day."""
    out = []
    for kind, source in ((FOLLOW_UP, _follow_ups), (NEGOTIATION_ACTION, _actions)):
        query = source(client_id, manager_id)[0]
        out.extend(Promise(kind, *_as_row(row)) for row in query.tuples())
    out.sort(key=lambda p: (p.due, p.client_name, p.kind, p.id))
    return out


def _as_row(row):
    pid, client_id, client_name, owner, text, due, done = row
    return pid, client_id, client_name, owner, text, _as_date(due), _as_date(done)


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def due_promises(user_id: int | None, day: dt.date, kinds: tuple[str, ...] = (FOLLOW_UP, NEGOTIATION_ACTION)
                 ) -> list[Promise]:
    """Promises not yet kept that are due on day or before: what Today lists for the user."""
    out = []
    for kind, source in ((FOLLOW_UP, _follow_ups), (NEGOTIATION_ACTION, _actions)):
        if kind not in kinds:
            continue
        query, due, done, _ = source(None, user_id)
        query = query.where(due <= day, done.is_null())
        out.extend(Promise(kind, *_as_row(row)) for row in query.tuples())
    out.sort(key=lambda p: (p.due, p.client_name, p.kind, p.id))
    return out


def kept_counts(client_id: int | None = None, manager_id: int | None = None,
                as_of: dt.date | None = None) -> tuple[int, int]:
    """(kept on time, came due) for promises due on as_of or before; two aggregate queries."""
    as_of = as_of or dt.date.today()
    kept_total, due_total = 0, 0
    for source in (_follow_ups, _actions):
        query, due, done, _ = source(client_id, manager_id)
        kept = count_where(done.is_null(False) & (done <= due))
        row = query.select(fn.COUNT(due), kept).where(due <= as_of).tuples().first()
        due_total += int(row[0] or 0)
        kept_total += int(row[1] or 0)
    return kept_total, due_total


def promise_kept_rate(client_id: int | None = None, manager_id: int | None = None,
                      as_of: dt.date | None = None) -> float | None:
    """Kept on time / came due, 0..1; None when nothing came due yet."""
    kept, came_due = kept_counts(client_id, manager_id, as_of)
    return kept / came_due if came_due else None


def kept_rates_by_manager(as_of: dt.date | None = None) -> dict[int, tuple[int, int]]:
    """(kept on time, came due) per owner of promises, for the owner's view of the team."""
    as_of = as_of or dt.date.today()
    totals: dict[int, list[int]] = {}
    for source in (_follow_ups, _actions):
        query, due, done, owner = source(None, None)
        kept = count_where(done.is_null(False) & (done <= due))
        for owner_id, came_due, kept_n in (query.select(owner, fn.COUNT(due), kept).where(due <= as_of)
                                           .group_by(owner).tuples()):
            if owner_id is None:
                continue
            pair = totals.setdefault(owner_id, [0, 0])
            pair[0] += int(kept_n or 0)
            pair[1] += int(came_due or 0)
    return {owner_id: (k, d) for owner_id, (k, d) in totals.items()}
