"""One thing to do today: the type every source of Today returns, and the order of their sections."""

import datetime as dt
from dataclasses import dataclass, field

SECTIONS = ("follow_ups", "replies", "silence", "feedback", "negotiation_actions", "warnings")


@dataclass
class TodayItem:
    """One thing to do today, with the client it concerns and what to open."""

    section: str
    client_id: int
    client_name: str
    title: str
    due: dt.date | None
    overdue: bool
    ref_kind: str
    ref_id: int | None
    facts: dict = field(default_factory=dict)  # numbers the screen words itself, e.g. days_silent
