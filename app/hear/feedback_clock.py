"""The feedback clock in working hours, the inbox and the overdue counts, read set-based."""

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from app.common import preferences
from app.hear.working_time import (
    WorkCalendar,
    add_working_hours,
    subtract_working_hours,
    working_hours_between,
)
from db.models import Client, Feedback, FeedbackContact, Interaction, User


@dataclass(frozen=True)
class FeedbackClock:
    """How long an item waited to be heard and has been open, in working hours, at a moment."""

    hours_to_ack: float  # final once acknowledged, so far otherwise
    acknowledged: bool
    ack_overdue: bool  # took, or is taking, longer than the firm allows
    ack_due_at: dt.datetime
    hours_open: float  # until resolved, or so far
    resolved: bool
    limit_hours: float


def acknowledge_limit() -> float:
    """Working hours within which feedback must be acknowledged (one working day by default)."""
    return preferences.get("acknowledge_within_hours")


def feedback_clock(item, now: dt.datetime, cal: WorkCalendar, limit: float | None = None) -> FeedbackClock:
    """The clock of an item (anything with raised_at, acknowledged_at, resolved_at) as it stood at now.

    What happened after now is not yet known then, so an item acknowledged later counts as
    unacknowledged: the clock can be replayed for any past moment.
    """
    limit = acknowledge_limit() if limit is None else limit
    acked = item.acknowledged_at if item.acknowledged_at and item.acknowledged_at <= now else None
    resolved = item.resolved_at if item.resolved_at and item.resolved_at <= now else None
    to_ack = working_hours_between(item.raised_at, acked or now, cal)
    return FeedbackClock(hours_to_ack=to_ack, acknowledged=acked is not None, ack_overdue=to_ack > limit,
                         ack_due_at=add_working_hours(item.raised_at, limit, cal),
                         hours_open=working_hours_between(item.raised_at, resolved or now, cal),
                         resolved=resolved is not None, limit_hours=limit)


@dataclass(frozen=True)
class InboxRow:
    """One feedback item as the inbox and the client page show it."""

    id: int
    client_id: int
    client_name: str
    summary: str
    severity: str
    status: str
    raised_at: dt.datetime
    acknowledged_at: dt.datetime | None
    resolved_at: dt.datetime | None
    owner_id: int | None
    owner_name: str
    interaction_id: int | None
    resolved_by_id: int | None
    resolved_by_summary: str  # what the interaction that resolved it says
    repeat_contacts: int
    clock: FeedbackClock


def _rows_query():
    resolver = Interaction.alias("resolver")
    repeats = (FeedbackContact.select(FeedbackContact.feedback_id.alias("fid"),
                                      fn.COUNT(FeedbackContact.interaction_id).alias("n"))
               .group_by(FeedbackContact.feedback_id).alias("repeats"))
    return (Feedback
            .select(Feedback.id, Feedback.client, Feedback.summary, Feedback.severity, Feedback.status,
                    Feedback.raised_at, Feedback.acknowledged_at, Feedback.resolved_at, Feedback.owner,
                    Feedback.interaction, Feedback.resolved_by, Client.name.alias("client_name"),
                    User.name.alias("owner_name"), fn.COALESCE(repeats.c.n, 0).alias("repeat_contacts"),
                    resolver.summary.alias("resolved_by_summary"))
            .join(Client, on=(Feedback.client == Client.id))
            .switch(Feedback).join(User, JOIN.LEFT_OUTER, on=(Feedback.owner == User.id))
            .switch(Feedback).join(repeats, JOIN.LEFT_OUTER, on=(repeats.c.fid == Feedback.id))
            .switch(Feedback).join(resolver, JOIN.LEFT_OUTER, on=(Feedback.resolved_by == resolver.id)))


def _to_rows(query, now: dt.datetime, cal: WorkCalendar) -> list[InboxRow]:
    limit = acknowledge_limit()
    rows = []
    for r in query.dicts():
        row = dict(id=r["id"], client_id=r["client"], client_name=r["client_name"], summary=r["summary"],
                   severity=r["severity"], status=r["status"], raised_at=r["raised_at"],
                   acknowledged_at=r["acknowledged_at"], resolved_at=r["resolved_at"], owner_id=r["owner"],
                   owner_name=r["owner_name"] or "", interaction_id=r["interaction"],
                   resolved_by_id=r["resolved_by"], resolved_by_summary=r["resolved_by_summary"] or "",
                   repeat_contacts=r["repeat_contacts"])
        clock = feedback_clock(_Times(row), now, cal, limit)
        rows.append(InboxRow(**row, clock=clock))
    return rows


class _Times:
    """The three timestamps the clock reads, from a row dict."""

    def __init__(self, row: dict):
        self.raised_at = row["raised_at"]
        self.acknowledged_at = row["acknowledged_at"]
        self.resolved_at = row["resolved_at"]


def _unresolved(owner_id: int | None):
    condition = Feedback.status != "resolved"
    if owner_id is not None:
        condition &= Feedback.owner == owner_id
    return condition


def inbox(now: dt.datetime, cal: WorkCalendar | None = None, owner_id: int | None = None,
          offset: int = 0, limit: int | None = None) -> list[InboxRow]:
    """Items not yet resolved, oldest first, each with its clock."""
    cal = cal or WorkCalendar.load()
    query = _rows_query().where(_unresolved(owner_id)).order_by(Feedback.raised_at, Feedback.id)
    if limit is not None:
        query = query.offset(offset).limit(limit)
    return _to_rows(query, now, cal)


def inbox_count(owner_id: int | None = None) -> int:
    return Feedback.select().where(_unresolved(owner_id)).count()


def client_feedback(client_id: int, now: dt.datetime, cal: WorkCalendar | None = None) -> list[InboxRow]:
    """All of one client's items: unresolved first (oldest first), then resolved (newest first)."""
    cal = cal or WorkCalendar.load()
    rows = _to_rows(_rows_query().where(Feedback.client == client_id)
                    .order_by(Feedback.raised_at, Feedback.id), now, cal)
    return [r for r in rows if r.status != "resolved"] + [r for r in reversed(rows) if r.status == "resolved"]


def overdue_feedback_counts(now: dt.datetime | None = None, cal: WorkCalendar | None = None,
                            owner_id: int | None = None) -> dict[int, int]:
    """Per client, how many items still wait to be acknowledged past the firm's rule (one query)."""
    now = now or dt.datetime.now().replace(microsecond=0)
    cal = cal or WorkCalendar.load()
    # Raised before this moment means more working hours waiting than the rule allows.
    threshold = subtract_working_hours(now, acknowledge_limit(), cal)
    query = (Feedback.select(Feedback.client_id, fn.COUNT(Feedback.id))
             .where(_unresolved(owner_id), Feedback.acknowledged_at.is_null(), Feedback.raised_at < threshold)
             .group_by(Feedback.client_id).tuples())
    return dict(query)
