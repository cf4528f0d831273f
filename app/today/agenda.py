"""Today: what needs the current user's hand, gathered from several sources.

Each source is a function (user_id, day) -> list[TodayItem]; this module provides follow-ups
and silent clients, and SOURCES lists them with those of app.today.hear (replies awaiting, feedback,
negotiation actions) and app.today.warnings (health warnings). user_id None means nobody chosen yet: every
item of the firm is listed.
"""

import datetime as dt
from collections.abc import Callable

from peewee import JOIN, fn

from app.common.busy import stepping
from app.today.hear import feedback_to_acknowledge, negotiation_actions, replies_awaiting
from app.today.item import SECTIONS, TodayItem
from app.today.warnings import early_warnings
from db.models import Client, Interaction

QUIET_STAGES = ("declined", "paused", "ended")  # no rhythm of contact is expected there


def follow_ups(user_id: int | None, day: dt.date) -> list[TodayItem]:
    """Promised follow-ups due today or earlier and not done: the user's own, or unsigned on their clients."""
    query = (Interaction
             .select(Interaction.id, Interaction.client, Interaction.summary, Interaction.follow_up_due,
                     Client.name.alias("client_name"))
             .join(Client)
             .where(Interaction.follow_up_due <= day, Interaction.follow_up_done.is_null()))
    if user_id is not None:
        query = query.where((Interaction.author == user_id)
                            | (Interaction.author.is_null() & (Client.account_manager == user_id)))
    query = query.order_by(Interaction.follow_up_due, Client.name).dicts()
    return [TodayItem("follow_ups", row["client"], row["client_name"], row["summary"], row["follow_up_due"],
                      row["follow_up_due"] < day, "interaction", row["id"])
            for row in stepping(query)]


def silent_clients(user_id: int | None, day: dt.date, figures: list | None = None) -> list[TodayItem]:
    """Clients not contacted for longer than their rhythm: the agreed one (contact_every_days), or for
    a contracted client the one health has learned from the journal, so Today lists every client
    whose health loses points for silence.

    figures: the firm's health for day as already computed (the app keeps it); None computes it
    here, an empty list means not known yet (agreed rhythms only)."""
    items = {item.client_id: item for item in _past_agreed_rhythm(user_id, day)}
    if figures is None:
        from app.health.score import firm_health  # loaded when first needed: the app starts without it

        figures = firm_health(day, _own_clients(user_id))
    for health in figures:
        if health.client_id in items or (user_id is not None and health.manager_id != user_id):
            continue
        quiet = next((r for r in health.reasons if r.factor == "silence"), None)
        if quiet is None:
            continue
        days, rhythm = quiet.values["days"], quiet.values["rhythm"]
        items[health.client_id] = TodayItem(
            "silence", health.client_id, health.client, health.client, day - dt.timedelta(days=days - rhythm),
            True, "client", health.client_id,
            {"days_silent": days, "rhythm": rhythm, "never": quiet.values["never"],
             "rhythm_source": quiet.values["rhythm_source"]})
    return sorted(items.values(), key=lambda item: (item.due, item.client_name))


def _own_clients(user_id: int | None) -> list[int] | None:
    if user_id is None:
        return None
    return [cid for (cid,) in Client.select(Client.id).where(Client.account_manager == user_id).tuples()]


def _past_agreed_rhythm(user_id: int | None, day: dt.date) -> list[TodayItem]:
    """Clients past the rhythm of contact agreed with them (contact_every_days)."""
    last = (Interaction.select(Interaction.client_id.alias("cid"),
                               fn.MAX(Interaction.occurred_at).alias("last_at"))
            .where(Interaction.occurred_at <= dt.datetime.combine(day, dt.time.max))
            .group_by(Interaction.client_id).alias("last"))
    query = (Client.select(Client.id, Client.name, Client.contact_every_days, Client.created_at,
                           last.c.last_at)
             .join(last, JOIN.LEFT_OUTER, on=(last.c.cid == Client.id))
             .where(Client.contact_every_days.is_null(False), Client.stage.not_in(QUIET_STAGES)))
    if user_id is not None:
        query = query.where(Client.account_manager == user_id)
    items = []
    for row in stepping(query.dicts()):
        since = _as_date(row["last_at"]) or _as_date(row["created_at"])
        if since is None:
            continue
        due = since + dt.timedelta(days=row["contact_every_days"])
        if due < day:
            items.append(TodayItem("silence", row["id"], row["name"], row["name"], due, True, "client",
                                   row["id"], {"days_silent": (day - since).days,
                                               "rhythm": row["contact_every_days"],
                                               "never": row["last_at"] is None, "rhythm_source": "agreed"}))
    return items


def _as_date(value) -> dt.date | None:
    """SQLite hands back aggregate datetimes as text; other databases as datetime."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


SOURCES: list[Callable[[int | None, dt.date], list[TodayItem]]] = [
    follow_ups, replies_awaiting, silent_clients, feedback_to_acknowledge, negotiation_actions, early_warnings]


def items_for(user_id: int | None, day: dt.date, sources: list | None = None) -> list[TodayItem]:
    """Everything for today from every source (or the given ones), in the order of SECTIONS, then due date."""
    items = [item for source in (SOURCES if sources is None else sources) for item in source(user_id, day)]
    order = {name: i for i, name in enumerate(SECTIONS)}
    items.sort(key=lambda item: (order.get(item.section, len(order)), item.due or day, item.client_name))
    return items

