"""The two-stage relationship as a rule on every stage change: a client is contracted only through a
recorded qualification decision.

Stage one (prospect, qualified, declined) ends with a decision by sales, recorded with who and why
(app.portrait.qualification). "qualified" and "declined" are that decision's outcomes, and a client
enters contracted (or paused, ended) from stage one only when its latest decision is "interesting".
Who is sales: account managers, and owners only where the firm's setting owners_sell says so.
"""

from app.common import preferences
from app.common.errors import Problem, ValidationError
from app.common.wording import QT_TRANSLATE_NOOP, Message
from db.models import Qualification, User

STAGE_ONE = ("prospect", "qualified", "declined")
PAST_STAGE_ONE = ("contracted", "paused", "ended")
DECISION_OF = {"qualified": "interesting", "declined": "not_interesting"}  # the stage a decision leaves


def owners_sell() -> bool:
    """The firm's setting: do owners also sell (qualify prospects) here?"""
    return bool(preferences.get("owners_sell"))


def sales_roles(owners_too: bool | None = None) -> tuple[str, ...]:
    """The roles that decide stage one: account managers, and owners where they sell too."""
    owners_too = owners_sell() if owners_too is None else owners_too
    return ("account_manager", "owner") if owners_too else ("account_manager",)


def is_sales(user: User | None, owners_too: bool | None = None) -> bool:
    return user is not None and bool(user.active) and user.role in sales_roles(owners_too)


def who_sells() -> Message:
    """'an account manager' or 'an account manager or an owner', as the firm's setting says."""
    if owners_sell():
        return Message(QT_TRANSLATE_NOOP("Messages", "an account manager or an owner"))
    return Message(QT_TRANSLATE_NOOP("Messages", "an account manager"))


def latest_decision(client_id: int | None) -> str | None:
    """The client's latest qualification decision ("interesting", "not_interesting"), or None."""
    if client_id is None:
        return None
    row = (Qualification.select(Qualification.decision).where(Qualification.client == client_id)
           .order_by(Qualification.decided_at.desc(), Qualification.id.desc()).first())
    return row.decision if row else None


def stage_problem(client_id: int | None, old: str | None, new: str) -> Problem | None:
    """Why a move from old to new (old None: a new client) skips stage one, or None when it does not."""
    if new == old:
        return None
    decision = latest_decision(client_id)
    if new in DECISION_OF:
        if decision == DECISION_OF[new]:
            return None
        return Problem("stage", Message(QT_TRANSLATE_NOOP(
            "Messages", "{stage} is the outcome of a qualification decision: record it with Qualify on the "
                        "client's Qualification tab (decided by {who})"),
            stage=Message(new, "Labels"), who=who_sells()))
    if new in PAST_STAGE_ONE and (old is None or old in STAGE_ONE) and decision != "interesting":
        return Problem("stage", Message(QT_TRANSLATE_NOOP(
            "Messages", "a prospect becomes {stage} only after a qualification decision \"interesting\": "
                        "{who} records it with Qualify on the client's Qualification tab"),
            stage=Message(new, "Labels"), who=who_sells()))
    return None


def check_stage_move(client_id: int | None, old: str | None, new: str) -> None:
    """Refuse a stage change that skips the recorded qualification decision, saying what is needed and who may."""
    problem = stage_problem(client_id, old, new)
    if problem is not None:
        raise ValidationError(problem)
