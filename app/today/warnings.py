"""Today's early warnings: clients whose health turned worse, for their account manager and the owner."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.today.item import TodayItem
from db.models import Client, User

if TYPE_CHECKING:
    from app.health.score import ClientHealth


def early_warnings(user_id: int | None, day: dt.date,
                   figures: list[ClientHealth] | None = None) -> list[TodayItem]:
    """Warnings on the user's own clients; an owner (or nobody chosen) sees the whole firm's.

    figures: the firm's health as already computed for day (the app keeps it); else computed here."""
    user = User.get_or_none(User.id == user_id) if user_id else None
    client_ids = None
    if user is not None and user.role != "owner":
        client_ids = [c for (c,) in Client.select(Client.id).where(Client.account_manager == user.id).tuples()]
        if not client_ids:
            return []
    if figures is None:
        from app.health.score import firm_health  # loaded when first needed: the app starts without it

        figures = firm_health(day, client_ids)
    elif client_ids is not None:
        mine = set(client_ids)
        figures = [h for h in figures if h.client_id in mine]
    return [TodayItem("warnings", h.client_id, h.client, f"{h.band}, {h.trend_30d:+d} in 30 days",
                            None, True, "client", h.client_id,
                            {"score": h.score, "band": h.band, "trend": h.trend_30d,
                             "factor": h.reasons[0].factor if h.reasons else ""})
            for h in figures if h.warning]
