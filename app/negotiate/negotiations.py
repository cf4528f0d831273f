"""Negotiate: hard questions at the table, with positions, concessions, sessions and agreed actions.

Status changes follow db.vocabulary.NEGOTIATION_TRANSITIONS and each one needs a reason; the
ledger (what the client page shows) is read by app.negotiate.ledger.
"""

import datetime as dt

from app.common.errors import ValidationError, get_or_not_found
from app.common.rights import require
from app.common.roles import acting_user
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal import records as journal
from app.journal.validation import FieldErrors, check_choice, check_text, parse_date, parse_datetime
from db import vocabulary as V
from db.models import (
    Concession,
    Interaction,
    Negotiation,
    NegotiationAction,
    NegotiationEvent,
    NegotiationPosition,
    NegotiationSession,
    User,
    db,
)

TEXT_FIELDS = ("contract_refs", "spec_refs", "options", "outcome")
SIDES = V.CONCESSION_SIDES  # "ours" or "client"
POSITION_FIELD = {"ours": "our_position", "client": "client_position"}


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _user(by) -> int | None:
    return acting_user(by).id if by not in (None, 0, "") else None


def _checked(negotiation_id: int, by) -> Negotiation:
    """The negotiation, if by may work on its client's negotiations (an owner or the client's account
    manager: rights "edit a client")."""
    negotiation = get_negotiation(negotiation_id)
    require(by, "edit a client", negotiation.client_id)
    return negotiation


def get_negotiation(negotiation_id: int) -> Negotiation:
    return get_or_not_found(Negotiation, negotiation_id, "negotiation")


def open_negotiation(client_id: int, topic: str, by=None, opened_at=None, target_date=None,
                     client_position: str = "", our_position: str = "", contract_refs: str = "",
                     spec_refs: str = "", options: str = "") -> Negotiation:
    """Take a hard question to the table: a new negotiation, open, with its first positions."""
    client = journal.get_client(client_id)
    require(by, "edit a client", client)
    errors = FieldErrors()
    topic = check_text(topic, "topic", errors, required=True, max_length=300).strip()
    opened = parse_date(opened_at, "opened_at", errors) or dt.date.today()
    target = parse_date(target_date, "target_date", errors)
    if target and target < opened:
        errors.add("target_date", Message(QT_TRANSLATE_NOOP("Messages", "{target} is before the day it opened ({opened})"), target=target, opened=opened))
    texts = {f: check_text(v, f, errors).strip() for f, v in
             (("contract_refs", contract_refs), ("spec_refs", spec_refs), ("options", options))}
    positions = {"client": check_text(client_position, "client_position", errors).strip(),
                 "ours": check_text(our_position, "our_position", errors).strip()}
    errors.raise_if_any()
    author = _user(by)
    moment = _now() if opened == dt.date.today() else dt.datetime.combine(opened, dt.time(9))
    with db.atomic():
        negotiation = Negotiation.create(client=client, topic=topic, opened_at=opened, target_date=target,
                                         status="open", **texts)
        NegotiationEvent.create(negotiation=negotiation, at=moment, status="open", note="", author=author)
        for side, text in positions.items():
            if text:
                _record_position(negotiation, side, text, moment)
        negotiation.save()
    return negotiation


def change_status(negotiation_id: int, new_status: str, reason: str, by=None, at=None) -> Negotiation:
    """Move a negotiation to a new status, for a stated reason; nonsense moves are refused."""
    negotiation = _checked(negotiation_id, by)
    errors = FieldErrors()
    check_choice(new_status, V.NEGOTIATION_STATUSES, "status", errors, required=True)
    reason = check_text(reason, "reason", errors, max_length=2000).strip()
    if not reason:
        errors.add("reason", QT_TRANSLATE_NOOP("Messages", "is required: say why the status changes"))
    moment = parse_datetime(at, "at", errors) or _now()
    errors.raise_if_any()
    allowed = V.NEGOTIATION_TRANSITIONS.get(negotiation.status, ())
    if new_status not in allowed:
        raise ValidationError(Message(
            QT_TRANSLATE_NOOP("Messages", "negotiation {topic} cannot go from {status} to {new_status}; "
                                          "from {status} it can go to {allowed}"),
            topic=repr(negotiation.topic), status=Message(negotiation.status, "Labels"),
            new_status=Message(new_status, "Labels"),
            allowed=tuple(Message(s, "Labels") for s in allowed) or Message(QT_TRANSLATE_NOOP("Messages", "nothing"))),
            "status")
    with db.atomic():
        NegotiationEvent.create(negotiation=negotiation, at=moment, status=new_status, note=reason,
                                author=_user(by))
        negotiation.status = new_status
        negotiation.save()
    return negotiation


def _record_position(negotiation: Negotiation, side: str, text: str, at: dt.datetime) -> None:
    NegotiationPosition.create(negotiation=negotiation, side=side, text=text, at=at)
    setattr(negotiation, POSITION_FIELD[side], text)


def state_position(negotiation_id: int, side: str, text: str, at=None, *, by=None) -> Negotiation:
    """A side states (or moves) its position: kept in the history, and current on the negotiation."""
    negotiation = _checked(negotiation_id, by)
    errors = FieldErrors()
    check_choice(side, SIDES, "side", errors, required=True)
    text = check_text(text, "text", errors, required=True).strip()
    moment = parse_datetime(at, "at", errors) or _now()
    errors.raise_if_any()
    with db.atomic():
        _record_position(negotiation, side, text, moment)
        negotiation.save()
    return negotiation


def update_negotiation(negotiation_id: int, *, by=None, **changes) -> Negotiation:
    """Change the topic, target date, contract and specification references, options or outcome."""
    negotiation = _checked(negotiation_id, by)
    unknown = set(changes) - {"topic", "target_date", *TEXT_FIELDS}
    if unknown:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "unknown field(s) {unknown}"), unknown=', '.join(sorted(unknown))))
    errors = FieldErrors()
    if "topic" in changes:
        negotiation.topic = check_text(changes["topic"], "topic", errors, required=True, max_length=300).strip()
    if "target_date" in changes:
        target = parse_date(changes["target_date"], "target_date", errors)
        if target and target < negotiation.opened_at:
            errors.add("target_date", Message(QT_TRANSLATE_NOOP("Messages", "{target} is before the day it opened ({opened})"), target=target, opened=negotiation.opened_at))
        negotiation.target_date = target
    for field in TEXT_FIELDS:
        if field in changes:
            setattr(negotiation, field, check_text(changes[field], field, errors).strip())
    errors.raise_if_any()
    negotiation.save()
    return negotiation


def set_outcome(negotiation_id: int, outcome: str, *, by=None) -> Negotiation:
    return update_negotiation(negotiation_id, by=by, outcome=outcome)


def add_concession(negotiation_id: int, side: str, description: str, at=None, *, by=None) -> Concession:
    negotiation = _checked(negotiation_id, by)
    errors = FieldErrors()
    check_choice(side, SIDES, "side", errors, required=True)
    description = check_text(description, "description", errors, required=True).strip()
    moment = parse_datetime(at, "at", errors) or _now()
    errors.raise_if_any()
    return Concession.create(negotiation=negotiation, side=side, description=description, at=moment)


def link_session(negotiation_id: int, interaction_id: int, *, by=None) -> None:
    """An interaction of the same client was a session of this negotiation."""
    negotiation = _checked(negotiation_id, by)
    interaction = Interaction.get_or_none(Interaction.id == interaction_id)
    if interaction is None:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{interaction_id} is not a known interaction"), interaction_id=repr(interaction_id)), "interaction")
    if interaction.client_id != negotiation.client_id:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "interaction {interaction_id} belongs to another client"), interaction_id=interaction_id), "interaction")
    NegotiationSession.insert(negotiation=negotiation.id, interaction=interaction.id).on_conflict_ignore().execute()


def unlink_session(negotiation_id: int, interaction_id: int, *, by=None) -> None:
    _checked(negotiation_id, by)
    NegotiationSession.delete().where(NegotiationSession.negotiation == negotiation_id,
                                      NegotiationSession.interaction == interaction_id).execute()


def add_action(negotiation_id: int, description: str, owner=None, due=None, *, by=None) -> NegotiationAction:
    """An action agreed at the table: a promise with an owner and a due date."""
    negotiation = _checked(negotiation_id, by)
    errors = FieldErrors()
    description = check_text(description, "description", errors, required=True).strip()
    due_day = parse_date(due, "due", errors)
    owner_id = owner.id if isinstance(owner, User) else owner
    if owner_id not in (None, "", 0) and not User.get_or_none(User.id == owner_id):
        errors.add("owner", Message(QT_TRANSLATE_NOOP("Messages", "{owner_id} is not a known user"), owner_id=repr(owner_id)))
    errors.raise_if_any()
    return NegotiationAction.create(negotiation=negotiation, description=description,
                                    owner=owner_id or None, due=due_day)


def get_action(action_id: int) -> NegotiationAction:
    return get_or_not_found(NegotiationAction, action_id, "negotiation action")


def _checked_action(action_id: int, by) -> NegotiationAction:
    """The action, if by owns it or may work on its client's negotiations."""
    action = get_action(action_id)
    if acting_user(by).id != action.owner_id:
        _checked(action.negotiation_id, by)
    return action


def complete_action(action_id: int, done=None, *, by=None) -> NegotiationAction:
    """The promise was kept on this day (today by default); reopen_action undoes it."""
    action = _checked_action(action_id, by)
    errors = FieldErrors()
    action.done_at = parse_date(done, "done_at", errors) if done is not None else dt.date.today()
    errors.raise_if_any()
    action.save()
    return action


def reopen_action(action_id: int, *, by=None) -> NegotiationAction:
    action = _checked_action(action_id, by)
    action.done_at = None
    action.save()
    return action
