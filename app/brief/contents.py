"""What a negotiation brief holds: the client, health, open feedback, negotiations, promises and talking points."""

import datetime as dt
from dataclasses import dataclass, field

from app.exchange.table.exporter import JournalRow
from app.negotiate.ledger import NegotiationDetail


@dataclass
class BriefHealth:
    """Health now: score, band, its 30-day trend, and every reason."""

    score: int
    band: str
    trend_30d: int | None
    warning: bool  # crossed into a worse band, or lost 15 or more points in 30 days
    reasons: list[tuple[str, float, str, dict]]  # (factor, points, detail, the numbers behind it)
    pulse: str | None = None  # the account manager's own reading: good, uneasy, bad
    pulse_comment: str = ""
    sure: dict[str, float] = field(default_factory=dict)  # factor -> how sure the engine is of it (0..1)
    previous_score: int | None = None  # 30 days before
    why_now: list[tuple[str, int]] = field(default_factory=list)  # (factor, points lost in 30 days), worst first


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
    """A negotiation as the ledger reads it, and whether each of its agreed actions was kept."""

    detail: NegotiationDetail
    actions: list[BriefAction] = field(default_factory=list)


@dataclass
class TalkingPoint:
    """One line to say in the meeting: a template key (app.brief.render.LABELS) and its values."""

    template: str
    values: dict


@dataclass
class BriefRespect:
    """Mutual respect: the client's misconduct towards our people, or its praise of a named colleague."""

    at: dt.datetime
    tag: str  # client_misconduct or staff_praise
    colleague: str  # who met the misconduct (the author), or who was praised
    summary: str


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
    health: BriefHealth
    contacts: list[tuple[str, str, str, str]]  # (name, role, email, phone)
    feedback: list[BriefFeedback]
    negotiations: list[BriefNegotiation]
    promises: list[BriefAction]  # follow-ups promised in the interactions shown
    interactions: list[JournalRow]
    like: list[TalkingPoint]
    hear: list[TalkingPoint]
    negotiate: list[TalkingPoint]
    # client_misconduct and staff_praise entries, newest first: a reason to support our people (never a
    # penalty to the client's health) and praise of them by name
    respect: list[BriefRespect] = field(default_factory=list)
