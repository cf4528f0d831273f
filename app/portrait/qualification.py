"""The portrait of our client (weighted criteria, kept by owners) and stage one: qualification.

Only sales decides whether a prospect is interesting: an account manager, and an owner only where
the firm's setting owners_sell says owners sell too; never staff. The decision is recorded with who,
when, why and the weighted score, and it moves the client's stage (recorded in the journal like any
stage change). A client becomes contracted only after such a decision (app.journal.stages).
"""

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN

from app.common.errors import PermissionDenied, ValidationError, get_or_not_found
from app.common.roles import acting_user, require_role
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal import records as journal
from app.journal import stages
from app.journal.validation import FieldErrors, check_choice, check_number, check_text, parse_datetime
from app.trash import deletes
from db import vocabulary as V
from db.models import PortraitCriterion, Qualification, User, db

QUALIFIABLE_STAGES = ("prospect", "qualified", "declined")  # a contracted client is past stage one
STAGE_AFTER = {"interesting": "qualified", "not_interesting": "declined"}


def may_qualify(by) -> bool:
    """Whether this user is sales here: an account manager, or an owner where owners sell."""
    user = by if isinstance(by, User) else User.get_or_none(User.id == by) if by else None
    return stages.is_sales(user)


def require_sales(by) -> User:
    """The acting user if they are sales; otherwise a message saying who may qualify."""
    user = acting_user(by)
    if user.role == "owner" and not stages.owners_sell():
        raise PermissionDenied(Message(QT_TRANSLATE_NOOP(
            "Messages", "only an account manager may qualify a prospect: in this firm owners do not sell "
                        "({user} is an owner; an owner may change that in Settings > Sales)"), user=user.name))
    if not user.active:
        raise PermissionDenied(Message(QT_TRANSLATE_NOOP(
            "Messages", "{user} is inactive: only an active account manager may qualify a prospect"), user=user.name))
    return require_role(user, stages.sales_roles(), "qualify a prospect")


@dataclass(frozen=True)
class CriterionRow:
    """A criterion of the portrait with its weight."""

    id: int
    name: str
    description: str
    weight: float
    position: int


@dataclass(frozen=True)
class QualificationRow:
    """A recorded decision: interesting or not, by whom, when, why, with the score."""

    id: int
    decision: str
    decided_at: dt.datetime
    decided_by: str
    reason: str
    score: float | None
    criteria_met: list[int]


def criteria() -> list[CriterionRow]:
    return [CriterionRow(c.id, c.name, c.description, c.weight, c.position)
            for c in PortraitCriterion.select().order_by(PortraitCriterion.position, PortraitCriterion.id)]


def _check_criterion(data: dict) -> dict:
    errors = FieldErrors()
    out = {"name": check_text(data.get("name"), "name", errors, required=True, max_length=200).strip(),
           "description": check_text(data.get("description"), "description", errors).strip(),
           "weight": check_number(data.get("weight"), "weight", errors, minimum=0.0)}
    if out["weight"] is None and "weight" not in errors.fields():
        out["weight"] = 1.0
    errors.raise_if_any()
    return out


def add_criterion(by, name: str, weight: float = 1.0, description: str = "") -> CriterionRow:
    """A new criterion, last in the list (owners only)."""
    require_role(by, ("owner",), "edit the client portrait")
    fields = _check_criterion({"name": name, "weight": weight, "description": description})
    last = PortraitCriterion.select().order_by(PortraitCriterion.position.desc()).first()
    created = PortraitCriterion.create(position=(last.position + 1) if last else 0, **fields)
    return next(c for c in criteria() if c.id == created.id)


def update_criterion(by, criterion_id: int, **changes) -> CriterionRow:
    require_role(by, ("owner",), "edit the client portrait")
    criterion = _get_criterion(criterion_id)
    unknown = set(changes) - {"name", "weight", "description"}
    if unknown:
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "unknown field(s) {unknown}"), unknown=', '.join(sorted(unknown))))
    merged = {"name": criterion.name, "weight": criterion.weight, "description": criterion.description, **changes}
    for key, value in _check_criterion(merged).items():
        setattr(criterion, key, value)
    criterion.save()
    return next(c for c in criteria() if c.id == criterion.id)


def delete_criterion(by, criterion_id: int) -> None:
    """Move a criterion to the trash (owners only), where an owner can restore it."""
    user = require_role(by, ("owner",), "edit the client portrait")
    deletes.trash_portrait_criterion(_get_criterion(criterion_id), user)


def _get_criterion(criterion_id: int) -> PortraitCriterion:
    return get_or_not_found(PortraitCriterion, criterion_id, "portrait criterion")


def portrait_score(criteria_met: list[int]) -> float | None:
    """Weight of the criteria met as a share of all weight, 0..100; None without a portrait."""
    weights = {c.id: c.weight for c in criteria()}
    total = sum(weights.values())
    if not total:
        return None
    return round(100 * sum(weights.get(i, 0.0) for i in set(criteria_met)) / total, 1)


def qualify_prospect(client_id: int, decision: str, reason: str, by, criteria_met: list[int] | None = None,
                     at=None) -> Qualification:
    """Stage one: decide whether a prospect is interesting, against the portrait, and move its stage."""
    user = require_sales(by)
    client = journal.get_client(client_id)
    errors = FieldErrors()
    check_choice(decision, V.QUALIFICATION_DECISIONS, "decision", errors, required=True)
    reason = check_text(reason, "reason", errors, max_length=2000).strip()
    if not reason:
        errors.add("reason", QT_TRANSLATE_NOOP("Messages", "is required: say why, against the portrait and the sales plan"))
    met = sorted(set(criteria_met or []))
    known = {c.id for c in criteria()}
    for criterion_id in met:
        if criterion_id not in known:
            errors.add("criteria_met", Message(QT_TRANSLATE_NOOP("Messages", "{criterion_id} is not a criterion of the portrait"), criterion_id=repr(criterion_id)))
    moment = parse_datetime(at, "decided_at", errors) or dt.datetime.now().replace(microsecond=0)
    if client.stage not in QUALIFIABLE_STAGES:
        errors.add("stage", Message(QT_TRANSLATE_NOOP("Messages", "{client} is {stage}: only a prospect is qualified"), client=repr(client.name), stage=Message(client.stage, "Labels")))
    errors.raise_if_any()
    with db.atomic():
        record = Qualification.create(client=client, decided_by=user, decided_at=moment, decision=decision,
                                      reason=reason, score=portrait_score(met), criteria_met=json.dumps(met))
        if client.stage != STAGE_AFTER[decision]:
            # sales decides stage one of any prospect (require_sales above), whoever manages it
            journal.write_client_changes(client, user, reason, {"stage": STAGE_AFTER[decision]})
    return record


def importing_user(by=None) -> User | None:
    """Who imports: by (a user or id), else this computer's user (Settings > Who am I) when chosen on
    this journal (user 3 of another journal file is a stranger here), else nobody."""
    if isinstance(by, User):
        return by
    if by:
        return User.get_or_none(User.id == by)
    from app.common import identity

    return identity.acting()


def record_import_decision(client_id: int, by, source: str, bundle: bool = False) -> Qualification:
    """An import brings a client already contracted elsewhere: sales (the importer) records the
    decision on the way in, saying where it came from; anyone else is refused (require_sales). A
    bundle (bundle=True) is the firm's own journal moving, imported by an owner: its client keeps its
    recorded stage, the decision credited to the importer where they are sales, else to nobody."""
    if bundle:
        user = by if may_qualify(by) else None
    else:
        user = require_sales(by)
    reason = Message(QT_TRANSLATE_NOOP("Messages", "imported as contracted from {source}"), source=source).shown()
    return Qualification.create(client=client_id, decided_by=user, decided_at=dt.datetime.now().replace(microsecond=0),
                                decision="interesting", reason=reason[:2000], score=None, criteria_met="[]")


def qualifications(client_id: int) -> list[QualificationRow]:
    """A client's qualification decisions, newest first."""
    query = (Qualification.select(Qualification, User).join(User, JOIN.LEFT_OUTER)
             .where(Qualification.client == client_id)
             .order_by(Qualification.decided_at.desc(), Qualification.id.desc()))
    return [QualificationRow(q.id, q.decision, q.decided_at, q.decided_by.name if q.decided_by else "",
                             q.reason, q.score, _met(q.criteria_met)) for q in query]


def _met(text: str) -> list[int]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [v for v in value if isinstance(v, int)] if isinstance(value, list) else []
