"""What a negotiation brief for one client says: gathered here, rendered by app.brief_render.

The health engine (app.health) and the feedback clock (app.working_time) are used as they are,
so the brief says what the screens say.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from peewee import JOIN

from app.journal import get_client
from app.table_export import JournalFilter, JournalRow, journal_rows
from db.models import (
    Concession,
    Contact,
    Feedback,
    FeedbackContact,
    Negotiation,
    NegotiationAction,
    NegotiationPosition,
    User,
)

RECENT_LIMIT = 200
OPEN_STATUSES = ("open", "deadlock", "escalated")  # interactions listed in a brief; a meeting needs the recent story, not all of it


@dataclass
class BriefHealth:
    """Health now: score, band, its 30-day trend, and every reason."""

    score: int
    band: str
    trend_30d: int | None
    warning: bool  # crossed into a worse band, or lost 15 or more points in 30 days
    reasons: list[tuple[str, float, str]]  # (factor, points, detail)
    pulse: str | None = None  # the account manager's own reading: good, uneasy, bad
    pulse_comment: str = ""


@dataclass
class BriefFeedback:
    """An open feedback item on its clock."""

    raised_at: dt.datetime
    summary: str
    severity: str
    status: str
    owner: str
    acknowledged_at: dt.datetime | None
    hours_open: float  # working hours from raised to acknowledged (or to now)
    late: bool  # not acknowledged within the firm's limit
    repeat_contacts: int


@dataclass
class BriefAction:
    """An agreed action, a promise: whether it was kept, and on time."""

    description: str
    owner: str
    due: dt.date | None
    done_at: dt.date | None
    state: str  # "kept", "kept_late", "open", "overdue"


@dataclass
class BriefNegotiation:
    """A negotiation with its positions, concessions, references and agreed actions."""

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
    positions: list[tuple[dt.datetime, str, str]] = field(default_factory=list)  # (at, side, text)
    concessions: list[tuple[dt.datetime, str, str]] = field(default_factory=list)  # (at, side, text)
    actions: list[BriefAction] = field(default_factory=list)


@dataclass
class TalkingPoint:
    """One line to say in the meeting: a template key (app.brief_render.LABELS) and its values."""

    template: str
    values: dict


@dataclass
class Brief:
    """Everything a negotiation brief shows for one client."""

    client: str
    stage: str
    segment: str
    account_manager: str
    contract_start: dt.date | None
    contract_end: dt.date | None
    contract_value: float | None
    contact_every_days: int | None
    notes: str
    as_of: dt.date
    date_from: dt.date | None
    date_to: dt.date | None
    tags: list[str]
    health: BriefHealth | None
    contacts: list[tuple[str, str, str, str]]  # (name, role, email, phone)
    feedback: list[BriefFeedback]
    negotiations: list[BriefNegotiation]
    promises: list[BriefAction]  # follow-ups promised in the interactions shown
    interactions: list[JournalRow]
    like: list[TalkingPoint]
    hear: list[TalkingPoint]
    negotiate: list[TalkingPoint]


def brief_data(client_id: int, date_from: dt.date | None = None, date_to: dt.date | None = None,
               tags: Sequence[str] | None = None, as_of: dt.date | None = None, language: str = "en") -> Brief:
    """The brief for one client; interactions limited to a date range and tags when given.

    language picks the playbook's entries for the talking points."""
    from app.brief_points import hear_points, like_points, negotiate_points

    client = get_client(client_id)
    as_of = as_of or dt.date.today()
    now = _moment(as_of)
    rows = list(journal_rows(JournalFilter(client_ids=(client_id,), date_from=date_from,
                                           date_to=date_to or as_of, tags=tuple(tags or ()))))
    rows = rows[-RECENT_LIMIT:][::-1]  # newest first
    negotiations = client_negotiations(client_id, as_of)
    feedback = open_feedback(client_id, now)
    manager = User.get_or_none(User.id == client.account_manager_id)
    return Brief(
        client=client.name, stage=client.stage, segment=client.segment,
        account_manager=manager.name if manager else "", contract_start=client.contract_start,
        contract_end=client.contract_end, contract_value=client.contract_value,
        contact_every_days=client.contact_every_days, notes=client.notes, as_of=as_of,
        date_from=date_from, date_to=date_to, tags=list(tags or ()), health=client_health(client_id, as_of),
        contacts=[(c.name, c.role, c.email, c.phone)
                  for c in Contact.select().where(Contact.client == client_id).order_by(Contact.name)],
        feedback=feedback, negotiations=negotiations, promises=follow_up_promises(rows, as_of),
        interactions=rows, like=like_points(rows), hear=hear_points(feedback, rows),
        negotiate=negotiate_points(negotiations, as_of, language),
    )


def _moment(as_of: dt.date) -> dt.datetime:
    """The brief's 'now': this moment for today, the end of the day for a day in the past."""
    if as_of >= dt.date.today():
        return dt.datetime.now().replace(microsecond=0)
    return dt.datetime.combine(as_of, dt.time(23, 59, 59))


def client_health(client_id: int, as_of: dt.date) -> BriefHealth | None:
    """The health engine's verdict, or None in a build without it."""
    try:
        from app.health import health_at
    except ImportError:
        return None
    health = health_at(client_id, as_of)
    return BriefHealth(round(health.score), health.band, health.trend_30d, bool(health.warning),
                       [(r.factor, r.points, r.detail) for r in health.reasons],
                       getattr(health, "pulse_reading", None), getattr(health, "pulse_comment", "") or "")


def action_state(due: dt.date | None, done_at: dt.date | None, as_of: dt.date) -> str:
    """A promise's state on a day: kept (on time), kept_late, open, or overdue."""
    if done_at is not None and done_at <= as_of:
        return "kept_late" if due is not None and done_at > due else "kept"
    return "overdue" if due is not None and due < as_of else "open"


def open_feedback(client_id: int, now: dt.datetime) -> list[BriefFeedback]:
    """Feedback not yet resolved, oldest first, with its working-hours clock."""
    from app import preferences
    from app.working_time import WorkCalendar, working_hours_between

    calendar = WorkCalendar.load()
    limit = float(preferences.get("acknowledge_within_hours"))
    items = (Feedback.select(Feedback, User.name.alias("owner_name"))
             .join(User, join_type=JOIN.LEFT_OUTER, on=(Feedback.owner == User.id))
             .where((Feedback.client == client_id) & (Feedback.raised_at <= now)
                    & (Feedback.resolved_at.is_null() | (Feedback.resolved_at > now)))
             .order_by(Feedback.raised_at).objects())
    repeats = _repeat_counts([f.id for f in items])
    out = []
    for item in items:
        acknowledged = item.acknowledged_at if item.acknowledged_at and item.acknowledged_at <= now else None
        hours = working_hours_between(item.raised_at, acknowledged or now, calendar)
        out.append(BriefFeedback(item.raised_at, item.summary, item.severity,
                                 "acknowledged" if acknowledged else "open", item.owner_name or "",
                                 acknowledged, round(hours, 1), hours > limit, repeats.get(item.id, 0)))
    return out


def _repeat_counts(feedback_ids: list[int]) -> dict[int, int]:
    from peewee import fn

    if not feedback_ids:
        return {}
    query = (FeedbackContact.select(FeedbackContact.feedback, fn.COUNT(FeedbackContact.interaction))
             .where(FeedbackContact.feedback.in_(feedback_ids)).group_by(FeedbackContact.feedback).tuples())
    return dict(query)


def client_negotiations(client_id: int, as_of: dt.date) -> list[BriefNegotiation]:
    """The client's negotiations, open ones first, each with its positions, concessions and actions."""
    from peewee import prefetch

    query = (Negotiation.select().where((Negotiation.client == client_id) & (Negotiation.opened_at <= as_of))
             .order_by(Negotiation.opened_at.desc()))
    items = prefetch(query, NegotiationPosition, Concession, NegotiationAction)
    items.sort(key=lambda n: n.status not in OPEN_STATUSES)
    users = dict(User.select(User.id, User.name).tuples())
    return [BriefNegotiation(
        n.topic, n.status, n.opened_at, n.target_date, n.client_position, n.our_position, n.contract_refs,
        n.spec_refs, n.options, n.outcome,
        positions=sorted((p.at, p.side, p.text) for p in n.positions),
        concessions=sorted((c.at, c.side, c.description) for c in n.concessions),
        actions=[BriefAction(a.description, users.get(a.owner_id, ""), a.due, a.done_at,
                             action_state(a.due, a.done_at, as_of))
                 for a in sorted(n.actions, key=lambda a: (a.due or dt.date.max, a.id))])
        for n in items]


def follow_up_promises(rows: list[JournalRow], as_of: dt.date) -> list[BriefAction]:
    """The follow-ups promised in the interactions shown, and whether each was kept."""
    return [BriefAction(r.summary, r.author, r.follow_up_due, r.follow_up_done,
                        action_state(r.follow_up_due, r.follow_up_done, as_of))
            for r in rows if r.follow_up_due is not None]
