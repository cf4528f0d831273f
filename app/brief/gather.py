"""What a negotiation brief for one client says: gathered here, rendered by app.brief.render.

The health engine (app.health.score) and the feedback clock (app.hear.working_time) are used as they are,
so the brief says what the screens say.
"""

import datetime as dt
from collections.abc import Sequence

from app.brief.contents import Brief, BriefAction, BriefFeedback, BriefHealth, BriefNegotiation, BriefRespect
from app.brief.points import hear_points, like_points, negotiate_points
from app.exchange.table.exporter import JournalFilter, journal_rows
from app.journal.records import get_client
from app.journal.validation import FieldErrors, check_period
from db.models import Contact, Interaction, InteractionTag, Tag, User

RECENT_LIMIT = 200
RESPECT_LIMIT = 20
PROMISES_LIMIT = 30  # interactions listed in a brief; a meeting needs the recent story, not all of it


def brief_data(client_id: int, date_from: dt.date | None = None, date_to: dt.date | None = None,
               tags: Sequence[str] | None = None, as_of: dt.date | None = None, language: str = "en") -> Brief:
    """The brief for one client; interactions limited to a date range and tags when given.

    language picks the playbook's entries for the talking points. A to-date before the from-date is
    refused (ValidationError naming date_to)."""
    errors = FieldErrors()
    check_period(date_from, date_to, "date_to", errors)
    errors.raise_if_any()
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
        feedback=feedback, negotiations=negotiations,
        promises=follow_up_promises(client_id, date_from, date_to or as_of, as_of),
        interactions=rows, like=like_points(rows), hear=hear_points(feedback, rows),
        negotiate=negotiate_points(negotiations, as_of, language),
        respect=respect_entries(client_id, date_from, date_to or as_of),
    )


def respect_entries(client_id: int, date_from: dt.date | None, date_to: dt.date) -> list[BriefRespect]:
    """The client's misconduct towards our people and its praise of them in the period, newest first: who met
    the misconduct (the entry's author), who was praised (the colleague named, else the author)."""
    from peewee import JOIN

    praised = User.alias()
    query = (Interaction.select(Interaction.occurred_at, Tag.name, User.name, praised.name, Interaction.summary)
             .join_from(Interaction, InteractionTag).join_from(InteractionTag, Tag)
             .join_from(Interaction, User, JOIN.LEFT_OUTER, on=(Interaction.author == User.id))
             .join_from(Interaction, praised, JOIN.LEFT_OUTER, on=(Interaction.praised == praised.id))
             .where(Interaction.client == client_id, Tag.name.in_(("client_misconduct", "staff_praise")),
                    Interaction.occurred_at <= dt.datetime.combine(date_to, dt.time.max)))
    if date_from is not None:
        query = query.where(Interaction.occurred_at >= dt.datetime.combine(date_from, dt.time()))
    rows = query.order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(RESPECT_LIMIT).tuples()
    return [BriefRespect(at, tag, (named if tag == "staff_praise" and named else author) or "", summary)
            for at, tag, author, named, summary in rows]


def _moment(as_of: dt.date) -> dt.datetime:
    """The brief's 'now': this moment for today, the end of the day for a day in the past."""
    if as_of >= dt.date.today():
        return dt.datetime.now().replace(microsecond=0)
    return dt.datetime.combine(as_of, dt.time(23, 59, 59))


def client_health(client_id: int, as_of: dt.date) -> BriefHealth:
    """The health engine's verdict, as the dashboard shows it."""
    from app.health.score import health_at

    health = health_at(client_id, as_of)
    return BriefHealth(round(health.score), health.band, health.trend_30d, bool(health.warning),
                       [(r.factor, r.points, r.detail, dict(r.values)) for r in health.reasons],
                       health.pulse_reading, health.pulse_comment or "",
                       sure={r.factor: r.sure for r in health.reasons}, previous_score=health.previous_score,
                       why_now=list(health.why_now))


def action_state(due: dt.date | None, done_at: dt.date | None, as_of: dt.date) -> str:
    """A promise's state on a day: kept (on time), kept_late, open, or overdue."""
    if done_at is not None and done_at <= as_of:
        return "kept_late" if due is not None and done_at > due else "kept"
    return "overdue" if due is not None and due < as_of else "open"


def open_feedback(client_id: int, now: dt.datetime) -> list[BriefFeedback]:
    """Feedback not resolved by now, oldest first, on the feedback clock the inbox shows."""
    from app.hear.feedback_clock import client_feedback

    return [BriefFeedback(r.raised_at, r.summary, r.severity, "acknowledged" if r.clock.acknowledged else "open",
                          r.owner_name, r.acknowledged_at if r.clock.acknowledged else None,
                          round(r.clock.hours_to_ack, 1), r.clock.ack_overdue, r.repeat_contacts)
            for r in client_feedback(client_id, now) if not r.clock.resolved and r.raised_at <= now]


def client_negotiations(client_id: int, as_of: dt.date) -> list[BriefNegotiation]:
    """The client's negotiations as the ledger shows them: those still at the table first."""
    from app.negotiate.ledger import client_negotiations as ledger
    from app.negotiate.ledger import negotiation_detail

    out = []
    for summary in ledger(client_id, as_of):
        if summary.opened_at > as_of:
            continue
        n = negotiation_detail(summary.id, as_of)
        out.append(BriefNegotiation(n, [BriefAction(a.description, a.owner_name, a.due, a.done_at,
                                                    action_state(a.due, a.done_at, as_of)) for a in n.actions]))
    return out


def follow_up_promises(client_id: int, date_from: dt.date | None, date_to: dt.date,
                       as_of: dt.date) -> list[BriefAction]:
    """The follow-ups promised to the client, due in the brief's period, newest first, kept or not."""
    from app.negotiate.promises import FOLLOW_UP, promises

    users = dict(User.select(User.id, User.name).tuples())
    due = [p for p in promises(client_id) if p.kind == FOLLOW_UP and p.due <= date_to
           and (date_from is None or p.due >= date_from)]
    return [BriefAction(p.description, users.get(p.owner_id, ""), p.due, p.done, action_state(p.due, p.done, as_of))
            for p in reversed(due[-PROMISES_LIMIT:])]
