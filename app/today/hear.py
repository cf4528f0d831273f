"""Today's feedback, reply and negotiation-action sections (listed in app.today.agenda.SOURCES)."""

import datetime as dt

from app.hear.feedback_clock import acknowledge_limit, feedback_clock
from app.hear.replies import awaiting_replies
from app.hear.working_time import WorkCalendar
from app.negotiate.promises import NEGOTIATION_ACTION, due_promises
from app.today.item import TodayItem
from db.models import Client, Feedback


def _moment(day: dt.date) -> dt.datetime:
    """Now when Today is today; the end of that day when another day is asked about."""
    if day == dt.date.today():
        return dt.datetime.now().replace(microsecond=0)
    return dt.datetime.combine(day, dt.time(23, 59))


def feedback_to_acknowledge(user_id: int | None, day: dt.date) -> list[TodayItem]:
    """Items still waiting to be acknowledged: the user's, or unowned on the user's clients."""
    now, cal, limit = _moment(day), WorkCalendar.load(), acknowledge_limit()
    query = (Feedback.select(Feedback.id, Feedback.client, Feedback.summary, Feedback.severity,
                             Feedback.raised_at, Feedback.acknowledged_at, Feedback.resolved_at,
                             Client.name.alias("client_name"))
             .join(Client)
             .where(Feedback.status == "open", Feedback.raised_at <= now)
             .order_by(Feedback.raised_at))
    if user_id is not None:
        query = query.where((Feedback.owner == user_id)
                            | (Feedback.owner.is_null() & (Client.account_manager == user_id)))
    items = []
    for item in query.objects():
        clock = feedback_clock(item, now, cal, limit)
        items.append(TodayItem(
            "feedback", item.client_id, item.client_name, item.summary, clock.ack_due_at.date(),
            clock.ack_overdue, "feedback", item.id,
            {"hours_waiting": round(clock.hours_to_ack, 1), "severity": item.severity,
             # the clock's moments, for reminders (text: facts go out as JSON too)
             "opened_at": item.raised_at.isoformat(timespec="minutes"),
             "due_at": clock.ack_due_at.isoformat(timespec="minutes")}))
    return items


def replies_awaiting(user_id: int | None, day: dt.date) -> list[TodayItem]:
    """Clients whose inbound email, request or feedback waits for our answer: routed to the user, or
    on the user's clients when routed to nobody; past the firm's rule they are overdue."""
    clocks = awaiting_replies(_moment(day)).values()
    return [TodayItem("replies", c.client_id, c.client_name, c.summary, c.due_at.date(), c.overdue, "reply",
                      c.interaction_id, {"hours_waiting": c.hours_waiting, "messages": c.messages,
                                         "assignee": c.assignee_name, "since": c.since.isoformat(sep=" ")})
            for c in clocks if user_id is None or c.holder_id == user_id]


def negotiation_actions(user_id: int | None, day: dt.date) -> list[TodayItem]:
    """Actions agreed at the table, due today or earlier and not done."""
    return [TodayItem("negotiation_actions", p.client_id, p.client_name, p.description, p.due,
                            p.due < day, "negotiation_action", p.id)
            for p in due_promises(user_id, day, kinds=(NEGOTIATION_ACTION,))]

