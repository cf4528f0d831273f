"""Hear: feedback items on their clock, open -> acknowledged -> resolved; bad news must fly.

An inbound complaint, or inbound feedback at sentiment -1 or below, logged through app.journal.records
opens an item by itself: the journal calls open_for_inbound_complaint after each write
(records.AFTER_INTERACTION_SAVED).
"""

import datetime as dt

from app.common.errors import ValidationError, get_or_not_found
from app.common.rights import require
from app.common.roles import acting_user
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.hear.feedback_clock import (  # noqa: F401 - the clock is part of this service's interface
    FeedbackClock,
    InboxRow,
    client_feedback,
    feedback_clock,
    inbox,
    inbox_count,
    overdue_feedback_counts,
)
from app.journal.validation import FieldErrors, check_choice, check_text, parse_datetime
from db import vocabulary as V
from db.models import Client, Feedback, FeedbackContact, Interaction, User, db


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def require_handler(by, item: Feedback):
    """The acting user, if they may act on this item: its owner (anyone, while nobody owns it: bad
    news must fly), the client's account manager or an owner (rights "handle feedback")."""
    user = acting_user(by)
    return require(user, "handle feedback", item.client_id, item.owner_id or user.id)


def get_feedback(feedback_id: int) -> Feedback:
    return get_or_not_found(Feedback, feedback_id, "feedback item")


def _user_id(value, field: str, errors: FieldErrors) -> int | None:
    if isinstance(value, User):
        return value.id
    if value in (None, "", 0):
        return None
    if isinstance(value, int) and not isinstance(value, bool) and User.get_or_none(User.id == value):
        return value
    errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a known user"), value=repr(value)))
    return None


def _client_interaction(value, client_id: int, field: str, errors: FieldErrors) -> int | None:
    """An interaction id of this client (or None)."""
    if isinstance(value, Interaction):
        value = value.id
    if value in (None, ""):
        return None
    found = Interaction.get_or_none(Interaction.id == value) if isinstance(value, int) else None
    if found is None:
        errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a known interaction"), value=repr(value)))
    elif found.client_id != client_id:
        errors.add(field, Message(QT_TRANSLATE_NOOP("Messages", "interaction {value} belongs to another client"), value=value))
    return found.id if found else None


def open_feedback(client_id: int, summary: str, severity: str = "medium", owner=None,
                  interaction_id: int | None = None, raised_at=None, *, by=None) -> Feedback:
    """Open a feedback item (anyone who may log an entry may: bad news must fly); its owner defaults
    to the client's account manager."""
    require(by, "log an entry")
    client = get_or_not_found(Client, client_id.id if isinstance(client_id, Client) else client_id, "client")
    errors = FieldErrors()
    summary = check_text(summary, "summary", errors, required=True, max_length=2000).strip()
    severity = check_choice(severity or "medium", V.FEEDBACK_SEVERITIES, "severity", errors)
    owner_id = _user_id(owner, "owner", errors) or client.account_manager_id
    interaction_id = _client_interaction(interaction_id, client.id, "interaction", errors)
    raised = parse_datetime(raised_at, "raised_at", errors)
    errors.raise_if_any()
    if raised is None:
        source = Interaction.get_or_none(Interaction.id == interaction_id) if interaction_id else None
        raised = source.occurred_at if source else _now()
    return Feedback.create(client=client, summary=summary, severity=severity, owner=owner_id,
                           interaction=interaction_id, raised_at=raised, status="open")


NOTHING = QT_TRANSLATE_NOOP("Messages", "nothing")
FUTURE_TOLERANCE = dt.timedelta(minutes=1)  # clocks of two computers differ a little


def _change_status(item: Feedback, new_status: str) -> None:
    allowed = V.FEEDBACK_TRANSITIONS.get(item.status, ())
    if new_status not in allowed:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "feedback {id} is {status}; it cannot go from "
                                                                    "{status} to {new_status} (allowed: {allowed})"),
                                      id=item.id, status=Message(item.status, "Labels"),
                                      new_status=Message(new_status, "Labels"),
                                      allowed=tuple(Message(s, "Labels") for s in allowed) or Message(NOTHING)),
                              "status")
    item.status = new_status


def _moment(at, item: Feedback, field: str) -> dt.datetime:
    """The moment given (else now), refused when before the item was raised or still to come."""
    errors = FieldErrors()
    now = _now()
    moment = parse_datetime(at, field, errors) or now
    errors.raise_if_any()
    if moment > now + FUTURE_TOLERANCE:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{moment} is in the future: record it when it has happened"),
                                      moment=moment), field)
    if moment < item.raised_at:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{moment} is before the item was raised ({raised})"),
                                      moment=moment, raised=item.raised_at), field)
    return moment


def acknowledge_feedback(feedback_id: int, by=None, at=None) -> Feedback:
    """The client's point was heard: stop the acknowledgement clock, stamped with who heard it and when
    (now unless told; never a moment still to come). The one who hears it owns it if nobody did."""
    item = get_feedback(feedback_id)
    by = require_handler(by, item)
    moment = _moment(at, item, "acknowledged_at")
    if item.status != "open":
        # resolved -> acknowledged is a reopening, which keeps the first acknowledgement.
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "feedback {id} is {status}; only an open item can be acknowledged"), id=item.id, status=item.status),
                              "status")
    _change_status(item, "acknowledged")
    item.acknowledged_at = moment
    if by is not None:
        item.acknowledged_by = acting_user(by)
    if item.owner_id is None and by is not None:
        item.owner = acting_user(by)
    item.save()
    return item


def resolve_feedback(feedback_id: int, by=None, resolved_by_interaction=None, at=None) -> Feedback:
    """Resolved, optionally by an interaction of the same client; resolving also acknowledges."""
    item = get_feedback(feedback_id)
    by = require_handler(by, item)
    errors = FieldErrors()
    interaction_id = _client_interaction(resolved_by_interaction, item.client_id, "resolved_by", errors)
    errors.raise_if_any()
    moment = _moment(at, item, "resolved_at")
    if item.acknowledged_at and moment < item.acknowledged_at:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{moment} is before it was acknowledged ({acknowledged})"),
                                      moment=moment, acknowledged=item.acknowledged_at), "resolved_at")
    _change_status(item, "resolved")
    item.resolved_at = moment
    if item.acknowledged_at is None:
        item.acknowledged_at = moment
        item.acknowledged_by = acting_user(by) if by is not None else None
    item.resolved_by = interaction_id
    if item.owner_id is None and by is not None:
        item.owner = acting_user(by)
    item.save()
    return item


def reopen_feedback(feedback_id: int, by=None) -> Feedback:
    """Not solved after all: back to acknowledged, its resolution cleared."""
    item = get_feedback(feedback_id)
    require_handler(by, item)
    _change_status(item, "acknowledged")
    item.resolved_at = None
    item.resolved_by = None
    item.save()
    return item


def unacknowledge_feedback(feedback_id: int, by=None) -> Feedback:
    """Undo an acknowledgement made by mistake: the clock runs again from when it was raised."""
    item = get_feedback(feedback_id)
    require_handler(by, item)
    _change_status(item, "open")
    item.acknowledged_at = None
    item.acknowledged_by = None
    item.save()
    return item


def assign_feedback(feedback_id: int, owner, *, by=None) -> Feedback:
    """Route the item to someone (None: to nobody, so the client's account manager sees it)."""
    item = get_feedback(feedback_id)
    require_handler(by, item)
    errors = FieldErrors()
    owner_id = _user_id(owner, "owner", errors)
    if owner_id is not None and not User.get_by_id(owner_id).active:
        errors.add("owner", Message(QT_TRANSLATE_NOOP("Messages", "{value} is no longer active"), value=User.get_by_id(owner_id).name))
    item.owner = owner_id
    errors.raise_if_any()
    item.save()
    return item


def link_repeat_contact(feedback_id: int, interaction_id: int, *, by=None) -> int:
    """The client came back about this item: count it. Returns the item's repeat-contact count."""
    item = get_feedback(feedback_id)
    require_handler(by, item)
    errors = FieldErrors()
    interaction_id = _client_interaction(interaction_id, item.client_id, "interaction", errors)
    errors.raise_if_any()
    if interaction_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "is required"), "interaction")
    if item.status == "resolved":
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "feedback {id} is resolved; reopen it before linking a repeat contact"), id=item.id),
                              "status")
    if interaction_id == item.interaction_id:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "interaction {interaction_id} is the one that raised this item"), interaction_id=interaction_id), "interaction")
    with db.atomic():
        (FeedbackContact.insert(feedback=item.id, interaction=interaction_id)
         .on_conflict_ignore().execute())
    return FeedbackContact.select().where(FeedbackContact.feedback == item.id).count()


def open_items_of_client(client_id: int) -> list[Feedback]:
    """The client's items not yet resolved, oldest first (to link a repeat contact to)."""
    return list(Feedback.select().where(Feedback.client == client_id, Feedback.status != "resolved")
                .order_by(Feedback.raised_at))


def _severity_of(interaction: Interaction) -> str:
    return "high" if (interaction.sentiment or 0) <= -2 else "medium"


NEGATIVE_FEEDBACK = -1  # inbound feedback at this sentiment or below is bad news, as a complaint is


def raises_feedback_item(interaction: Interaction) -> bool:
    """An inbound complaint, or inbound feedback at sentiment -1 or below."""
    if interaction.direction != "inbound":
        return False
    if interaction.kind == "complaint":
        return True
    return (interaction.kind == "feedback" and interaction.sentiment is not None
            and interaction.sentiment <= NEGATIVE_FEEDBACK)


def open_for_inbound_complaint(interaction: Interaction, created: bool) -> None:
    """A journal hook: an inbound complaint, or inbound feedback at sentiment -1 or below, opens a
    feedback item by itself (once per interaction)."""
    if not raises_feedback_item(interaction):
        return
    if Feedback.select().where(Feedback.interaction == interaction.id).exists():
        return
    client = Client.get_by_id(interaction.client_id)
    summary = interaction.summary or interaction.notes.strip().splitlines()[0][:2000]
    Feedback.create(client=client, interaction=interaction.id, raised_at=interaction.occurred_at,
                    summary=summary, severity=_severity_of(interaction), status="open",
                    owner=client.account_manager_id)

