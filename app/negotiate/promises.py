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


def came_due(due, done, as_of: dt.date, since: dt.date | None = None):
    """The condition "came due by as_of": its day has passed, or it was kept by then (a promise due
    today and not yet kept has not come due); with since, only promises due on since or after. The
    same rule as the health score's (app.health.facts), so a client's rate reads the same everywhere."""
    condition = (due <= as_of) & ((due < as_of) | (done.is_null(False) & (done <= as_of)))
    return condition if since is None else condition & (due >= since)


def kept_on_time(due, done, as_of: dt.date):
    return done.is_null(False) & (done <= due) & (done <= as_of)


def rate_window_days() -> int:
    """How far back every promise-kept rate looks: the health score's lookback (90 days by default),
    so the dashboard, the team, the Negotiations tab and Today show the same figure for the same window."""
    from app.health import settings

    return int(settings.load()["lookback_days"])


def rate_window_start(as_of: dt.date, days: int) -> dt.date:
    return as_of - dt.timedelta(days=days - 1)


def kept_counts(client_id: int | None = None, manager_id: int | None = None,
                as_of: dt.date | None = None, since: dt.date | None = None) -> tuple[int, int]:
    """(kept on time, came due) for promises that came due by as_of (and on since or after); two
    aggregate queries."""
    as_of = as_of or dt.date.today()
    kept_total, due_total = 0, 0
    for source in (_follow_ups, _actions):
        query, due, done, _ = source(client_id, manager_id)
        row = (query.select(fn.COUNT(due), count_where(kept_on_time(due, done, as_of)))
               .where(came_due(due, done, as_of, since)).tuples().first())
        due_total += int(row[0] or 0)
        kept_total += int(row[1] or 0)
    return kept_total, due_total


def promise_kept_rate(client_id: int | None = None, manager_id: int | None = None,
                      as_of: dt.date | None = None, since: dt.date | None = None) -> float | None:
    """Kept on time / came due, 0..1; None when nothing came due yet."""
    kept, due = kept_counts(client_id, manager_id, as_of, since)
    return kept / due if due else None


def kept_rates_by_manager(as_of: dt.date | None = None, since: dt.date | None = None,
                          segment: str | None = None) -> dict[int, tuple[int, int]]:
    """(kept on time, came due) per owner of promises, for the owner's view of the team."""
    counts = kept_counts_grouped("owner", as_of or dt.date.today(), since, segment=segment)
    return {owner_id: pair for owner_id, pair in counts.items() if owner_id is not None}


def kept_counts_grouped(by: str, as_of: dt.date, since: dt.date | None = None, manager_id: int | None = None,
                        segment: str | None = None) -> dict:
    """(kept on time, came due) per owner of the promises (by="owner"), per client segment (by="segment")
    or per (owner, segment) pair (by="owner_segment"), optionally for one owner's promises and one
    segment's clients; one grouped query per kind of promise."""
    totals: dict = {}
    for source in (_follow_ups, _actions):
        query, due, done, owner = source(None, manager_id)
        keys = {"owner": (owner,), "segment": (Client.segment,), "owner_segment": (owner, Client.segment)}[by]
        if segment is not None:
            query = query.where(Client.segment == segment)
        for *group, came, kept_n in (query.select(*keys, fn.COUNT(due), count_where(kept_on_time(due, done, as_of)))
                                     .where(came_due(due, done, as_of, since)).group_by(*keys).tuples()):
            group = tuple(group) if len(group) > 1 else group[0]
            pair = totals.setdefault(group, [0, 0])
            pair[0] += int(kept_n or 0)
            pair[1] += int(came or 0)
    return {group: (k, d) for group, (k, d) in totals.items()}
