"""The negotiation ledger as the client page reads it: a list per client, and one negotiation in full."""

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.negotiate.negotiations import get_negotiation
from db import vocabulary as V
from db.models import (
    Concession,
    Interaction,
    Negotiation,
    NegotiationAction,
    NegotiationEvent,
    NegotiationPosition,
    NegotiationSession,
    User,
)
from db.portable import count_where

ACTIVE_STATUSES = ("open", "deadlock", "escalated")  # still at the table


@dataclass(frozen=True)
class NegotiationSummary:
    """One line of a client's ledger."""

    id: int
    topic: str
    status: str
    opened_at: dt.date
    target_date: dt.date | None
    past_target: bool  # still at the table after its target date
    open_actions: int
    overdue_actions: int


@dataclass(frozen=True)
class LedgerEntry:
    """A dated line of a negotiation's history: a status change, a position or a concession."""

    at: dt.datetime
    side_or_status: str
    text: str
    author: str = ""


@dataclass(frozen=True)
class SessionRow:
    """An interaction that was a session of the negotiation."""

    interaction_id: int
    occurred_at: dt.datetime
    channel: str
    summary: str


@dataclass(frozen=True)
class ActionRow:
    """An agreed action: a promise with an owner, a due date and the day it was done."""

    id: int
    description: str
    owner_id: int | None
    owner_name: str
    due: dt.date | None
    done_at: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class NegotiationDetail:
    """Everything about one negotiation, for the ledger's detail pane and the brief."""

    id: int
    client_id: int
    topic: str
    status: str
    opened_at: dt.date
    target_date: dt.date | None
    client_position: str
    our_position: str
    contract_refs: str
    spec_refs: str
    options: str
    outcome: str
    history: list[LedgerEntry]
    positions: list[LedgerEntry]
    concessions: list[LedgerEntry]
    sessions: list[SessionRow]
    actions: list[ActionRow]
    next_statuses: tuple[str, ...]


def client_negotiations(client_id: int, today: dt.date | None = None) -> list[NegotiationSummary]:
    """A client's negotiations: those still at the table first, then by opening date, newest first."""
    today = today or dt.date.today()
    open_count = count_where(NegotiationAction.done_at.is_null()).alias("open_actions")
    overdue_count = count_where(NegotiationAction.done_at.is_null() & (NegotiationAction.due < today)).alias("overdue")
    actions = (NegotiationAction.select(NegotiationAction.negotiation_id.alias("nid"), open_count, overdue_count)
               .group_by(NegotiationAction.negotiation_id).alias("acts"))
    query = (Negotiation.select(Negotiation.id, Negotiation.topic, Negotiation.status, Negotiation.opened_at,
                                Negotiation.target_date, actions.c.open_actions, actions.c.overdue)
             .join(actions, JOIN.LEFT_OUTER, on=(actions.c.nid == Negotiation.id))
             .where(Negotiation.client == client_id)
             .order_by(Negotiation.opened_at.desc(), Negotiation.id.desc()).dicts())
    rows = [NegotiationSummary(r["id"], r["topic"], r["status"], r["opened_at"], r["target_date"],
                               r["status"] in ACTIVE_STATUSES and r["target_date"] is not None
                               and r["target_date"] < today,
                               int(r["open_actions"] or 0), int(r["overdue"] or 0)) for r in query]
    return [r for r in rows if r.status in ACTIVE_STATUSES] + [r for r in rows if r.status not in ACTIVE_STATUSES]


def negotiation_detail(negotiation_id: int, today: dt.date | None = None) -> NegotiationDetail:
    today = today or dt.date.today()
    n = get_negotiation(negotiation_id)
    history = [LedgerEntry(e.at, e.status, e.note, e.author.name if e.author else "")
               for e in NegotiationEvent.select(NegotiationEvent, User).join(User, JOIN.LEFT_OUTER)
               .where(NegotiationEvent.negotiation == n).order_by(NegotiationEvent.at, NegotiationEvent.id)]
    positions = [LedgerEntry(p.at, p.side, p.text) for p in NegotiationPosition.select()
                 .where(NegotiationPosition.negotiation == n)
                 .order_by(NegotiationPosition.at, NegotiationPosition.id)]
    concessions = [LedgerEntry(c.at, c.side, c.description) for c in Concession.select()
                   .where(Concession.negotiation == n).order_by(Concession.at, Concession.id)]
    sessions = [SessionRow(i.id, i.occurred_at, i.channel, i.summary) for i in Interaction.select()
                .join(NegotiationSession).where(NegotiationSession.negotiation == n)
                .order_by(Interaction.occurred_at)]
    actions = [ActionRow(a.id, a.description, a.owner_id, a.owner.name if a.owner else "", a.due, a.done_at,
                         a.done_at is None and a.due is not None and a.due < today)
               for a in NegotiationAction.select(NegotiationAction, User).join(User, JOIN.LEFT_OUTER)
               .where(NegotiationAction.negotiation == n)
               .order_by(NegotiationAction.done_at.is_null(False), NegotiationAction.due, NegotiationAction.id)]
    return NegotiationDetail(n.id, n.client_id, n.topic, n.status, n.opened_at, n.target_date, n.client_position,
                             n.our_position, n.contract_refs, n.spec_refs, n.options, n.outcome, history,
                             positions, concessions, sessions, actions,
                             V.NEGOTIATION_TRANSITIONS.get(n.status, ()))
