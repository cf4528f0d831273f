"""The demo firm routes some work to colleagues, as a firm with two staff members would: a few replies
awaited and a few feedback items go to Ihor and Svitlana, so Today shows routed work for them."""

import datetime as dt

from app.hear.replies import awaiting_replies
from db import audit
from db.models import Feedback, Interaction

ROUTED_EVERY = 3  # one awaited reply in three is routed to a staff member
FEEDBACK_ROUTED_EVERY = 2  # and one feedback item in two still waiting to be acknowledged
ROUTING_DELAY = dt.timedelta(minutes=40)  # the manager routes it soon after it comes in


def route_some(today: dt.date, users: dict[str, int]) -> tuple[int, int]:
    """Route some awaited replies and open feedback items to staff; returns (replies, items) routed."""
    staff = [users["ihor"], users["svitlana"]]
    clocks = sorted(awaiting_replies(dt.datetime.combine(today, dt.time(23, 59))).values(), key=lambda c: c.client_id)
    routed = [c for n, c in enumerate(clocks) if n % ROUTED_EVERY == 1]
    for n, clock in enumerate(routed):
        waiting = list(Interaction.select(Interaction.id).where(
            Interaction.client == clock.client_id, Interaction.direction == "inbound",
            Interaction.occurred_at >= clock.since).tuples())
        with audit.written_at([clock.since + ROUTING_DELAY] * len(waiting)):
            (Interaction.update(reply_assignee=staff[n % 2])
             .where(Interaction.id.in_([i for (i,) in waiting])).execute())
    items = list(Feedback.select(Feedback.id, Feedback.raised_at).where(Feedback.status == "open")
                 .order_by(Feedback.id).tuples())
    chosen = [(fid, raised) for n, (fid, raised) in enumerate(items) if n % FEEDBACK_ROUTED_EVERY == 0]
    for n, (fid, raised) in enumerate(chosen):
        with audit.written_at([raised + ROUTING_DELAY]):
            Feedback.update(owner=staff[(n + 1) % 2]).where(Feedback.id == fid).execute()
    return len(routed), len(chosen)
