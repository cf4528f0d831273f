"""The awaiting-reply clock: an inbound email, request or feedback waits for our answer (seed 001:
"an email in working hours gets an answer the same day").

A client's clock opens with its first inbound email, request or feedback entry that no outbound
contact has followed yet, and stops at the next outbound contact with that client (any channel: a
call answers an email too) or when the entry is marked "no reply needed". The firm's rule is a
preference: 0 means "by the end of the same working day" (the default; a message that comes after
hours or on a day off is due by the end of the next working day), a number N "within N working
hours". Every list reads its clocks in one query (awaiting_replies), never one per client.
"""

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from app.common import preferences
from app.common.errors import ValidationError, get_or_not_found
from app.common.rights import require
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.hear.working_time import MAX_DAYS_AHEAD, WorkCalendar, add_working_hours, working_hours_between
from db.models import Client, Interaction, User, db

REPLY_KINDS = ("request", "feedback")  # inbound entries of these kinds wait for an answer, whatever the channel
REPLY_CHANNEL = "email"  # and every inbound email does
WINDOW_DAYS = 90  # a message older than this is no longer a reply awaited but silence (the health factor's)


def opens_reply_clock(direction: str | None, channel: str | None, kind: str | None) -> bool:
    """Whether an entry of this direction, channel and kind waits for an answer."""
    return direction == "inbound" and (channel == REPLY_CHANNEL or kind in REPLY_KINDS)


def reply_rule_hours() -> float:
    """The firm's rule: working hours to answer within, or 0 for "the same working day"."""
    return preferences.get("reply_within_hours")


def reply_due(at: dt.datetime, cal: WorkCalendar, hours: float | None = None) -> dt.datetime:
    """When an answer to a message that came at `at` is due under the firm's rule."""
    hours = reply_rule_hours() if hours is None else hours
    if hours > 0:
        return add_working_hours(at, hours, cal)
    day = at.date()
    for _ in range(MAX_DAYS_AHEAD):  # the end of the first working day whose hours are not over at `at`
        window = cal.window(day)
        if window and window[1] > at:
            return window[1]
        day += dt.timedelta(days=1)
    raise ValidationError(QT_TRANSLATE_NOOP("Messages", "the working calendar has no working hours"), "working_days")


@dataclass(frozen=True)
class AwaitingReply:
    """A client's open awaiting-reply clock at a moment: since when, how many messages, whose hand."""

    client_id: int
    client_name: str
    manager_id: int | None
    interaction_id: int  # the first message waiting: the one the clock runs from
    summary: str
    since: dt.datetime
    messages: int  # inbound messages waiting, the first included
    overdue_messages: int  # of those, past the firm's rule
    assignee_id: int | None  # who is to answer, when routed; else the account manager
    assignee_name: str
    due_at: dt.datetime
    overdue: bool
    hours_waiting: float

    @property
    def holder_id(self) -> int | None:
        """Whose hand it needs: the colleague it was routed to, else the client's account manager."""
        return self.assignee_id or self.manager_id


def _awaiting_rows(now: dt.datetime, client_ids=None, window_days: int = WINDOW_DAYS):
    """Every inbound message waiting at now, oldest first per client: one query over the window's
    entries (the date index), joined to each client's last outbound contact in the window."""
    IX = Interaction  # noqa: N806 - the table, short as in SQL
    since = now - dt.timedelta(days=window_days)
    reply = Interaction.alias("reply")
    last_reply = (reply.select(reply.client_id.alias("cid"), fn.MAX(reply.occurred_at).alias("last_at"))
                  .where(reply.direction == "outbound", reply.occurred_at >= since, reply.occurred_at <= now)
                  .group_by(reply.client_id))
    assignee = User.alias("assignee")
    if client_ids is not None:
        last_reply = last_reply.where(reply.client.in_(list(client_ids)))
    last_reply = last_reply.alias("last_reply")
    query = (IX.select(IX.id, IX.client_id, IX.occurred_at, IX.summary, IX.reply_assignee_id,
                       Client.name, Client.account_manager_id, assignee.name)
             .join(Client, on=(IX.client == Client.id))
             .join_from(IX, assignee, JOIN.LEFT_OUTER, on=(IX.reply_assignee == assignee.id))
             .join_from(IX, last_reply, JOIN.LEFT_OUTER, on=(last_reply.c.cid == IX.client_id))
             .where(IX.direction == "inbound", (IX.channel == REPLY_CHANNEL) | IX.kind.in_(REPLY_KINDS),
                    IX.no_reply_needed == False,  # noqa: E712 - SQL
                    IX.occurred_at >= since, IX.occurred_at <= now,
                    last_reply.c.last_at.is_null() | (IX.occurred_at > last_reply.c.last_at))
             .order_by(IX.occurred_at, IX.id).tuples())  # the date index serves it: no scan of every entry
    if client_ids is not None:
        query = query.where(IX.client.in_(list(client_ids)))
    return query


def _as_datetime(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def awaiting_replies(now: dt.datetime, client_ids=None, cal: WorkCalendar | None = None,
                     hours: float | None = None, window_days: int = WINDOW_DAYS) -> dict[int, AwaitingReply]:
    """Each client's open clock at now (clients with none are left out), from one query."""
    cal = cal or WorkCalendar.load()
    hours = reply_rule_hours() if hours is None else hours
    by_client: dict[int, list[tuple]] = {}
    for row in _awaiting_rows(now, client_ids, window_days):
        by_client.setdefault(row[1], []).append(row)
    out = {}
    for client_id, rows in by_client.items():
        first_id, _cid, first_at, summary, _a, client_name, manager_id, _n = rows[0]
        first_at = _as_datetime(first_at)
        routed = [(row[4], row[7]) for row in rows if row[4]]
        assignee_id, assignee_name = routed[-1] if routed else (None, "")
        due = reply_due(first_at, cal, hours)
        late = sum(1 for row in rows if reply_due(_as_datetime(row[2]), cal, hours) < now)
        out[client_id] = AwaitingReply(client_id, client_name, manager_id, first_id, summary, first_at, len(rows),
                                       late, assignee_id, assignee_name or "", due, due < now,
                                       round(working_hours_between(first_at, now, cal), 1))
    return out


def overdue_reply_counts(now: dt.datetime, client_ids=None, cal: WorkCalendar | None = None,
                         window_days: int = WINDOW_DAYS) -> dict[int, int]:
    """Messages past the firm's rule and still unanswered at now, per client (for health and lists)."""
    return {cid: clock.overdue_messages
            for cid, clock in awaiting_replies(now, client_ids, cal, window_days=window_days).items()
            if clock.overdue_messages}


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def waiting_message_ids(client_id: int, now: dt.datetime) -> list[int]:
    """The client's inbound messages waiting for an answer at now, oldest first."""
    return [row[0] for row in _awaiting_rows(now, [client_id])]


def set_no_reply_needed(interaction_id: int, needed: bool = True, *, by=None) -> Interaction:
    """Mark an inbound message as asking for no answer (or take the mark back): its clock stops. by:
    who may edit that entry."""
    entry = get_or_not_found(Interaction, interaction_id, "interaction")
    require(by, "edit an entry", entry.client_id, entry.author_id)
    if needed and not opens_reply_clock(entry.direction, entry.channel, entry.kind):
        raise ValidationError(Message(QT_TRANSLATE_NOOP(
            "Messages", "interaction {id} does not wait for a reply: only an inbound email, request or feedback does"),
            id=entry.id), "no_reply_needed")
    entry.no_reply_needed = bool(needed)
    entry.save(only=[Interaction.no_reply_needed])
    return entry


def assign_reply(client_id: int, assignee, *, by=None, now: dt.datetime | None = None) -> int:
    """Route the client's awaiting reply to a colleague (None: back to the account manager), as by: an
    owner, the client's account manager or the colleague it is routed to now.
    Returns how many waiting messages were routed; none waiting is refused."""
    client = get_or_not_found(Client, client_id.id if isinstance(client_id, Client) else client_id, "client")
    if isinstance(assignee, User):
        assignee = assignee.id
    if assignee not in (None, "", 0):
        person = User.get_or_none(User.id == assignee) if isinstance(assignee, int) else None
        if person is None or not person.active:
            raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a known user"),
                                          value=repr(assignee)), "assignee")
    ids = waiting_message_ids(client.id, now or _now())
    routed_to = (Interaction.select(Interaction.reply_assignee).where(Interaction.id.in_(ids or [0]),
                                                                      Interaction.reply_assignee.is_null(False))
                 .order_by(Interaction.id.desc()).scalar())
    require(by, "route a reply", client, author=routed_to)  # the owner, the account manager, whoever has it now
    if not ids:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{client} has no message waiting for a reply"),
                                      client=client.name), "client")
    with db.atomic():
        Interaction.update(reply_assignee=assignee or None).where(Interaction.id.in_(ids)).execute()
    return len(ids)
