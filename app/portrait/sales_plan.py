"""The sales plan (new contracts per quarter, in all and per segment) and how sales is doing against it.

Seed 003: so that sales does not speculate with stage one (declining nearly every prospect), the
firm has a plan that must be met in any weather. The owner sets it (a firm preference carried by the
bundle); the Qualification tab shows this quarter's contracts won against it beside the decision,
and the owner sees the share of prospects each manager declined over a stated window.

A contract won is a stage change into "contracted" from stage one, counted once per client in the
quarter it happened; per segment by the client's segment, compared without regard to case or
surrounding spaces. A client that entered the journal already contracted (an import of a client
contracted elsewhere) was not won here and does not count.
"""

import datetime as dt
import math
from dataclasses import dataclass

from peewee import JOIN, Case, fn

from app.common import preferences
from app.common.errors import Problem, ValidationError
from app.common.roles import require_role
from app.common.wording import QT_TRANSLATE_NOOP, Message
from app.journal.stages import STAGE_ONE
from app.journal.validation import show
from db.models import Client, Qualification, StageChange, User

PREFERENCE_KEY = "sales_plan"
MAX_CONTRACTS = 10_000  # per quarter, in all or for one segment
MAX_SEGMENTS = 200
MAX_SEGMENT_LENGTH = 100  # as a client's segment


@dataclass(frozen=True)
class SalesPlan:
    """New contracts wanted per quarter: in all (None: the segments' sum) and per segment."""

    per_quarter: int | None = None
    segments: tuple[tuple[str, int], ...] = ()

    @property
    def total(self) -> int:
        if self.per_quarter is not None:
            return self.per_quarter
        return sum(n for _, n in self.segments)

    @property
    def is_set(self) -> bool:
        return self.per_quarter is not None or bool(self.segments)

    def as_dict(self) -> dict:
        out: dict = {}
        if self.per_quarter is not None:
            out["per_quarter"] = self.per_quarter
        if self.segments:
            out["segments"] = dict(self.segments)
        return out


def _count(value, where: str, problems: list[Problem]) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or value != int(value):
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not a whole number"),
                                               value=show(value))))
        return None
    if not 0 <= value <= MAX_CONTRACTS:
        problems.append(Problem(where, Message(QT_TRANSLATE_NOOP("Messages", "{value} is outside 0..{limit}"),
                                               value=show(value), limit=MAX_CONTRACTS)))
        return None
    return int(value)


def check_plan(value, where: str = "sales_plan") -> SalesPlan:
    """A plan from its stored form, {"per_quarter": N, "segments": {"retail": N}}; every problem named."""
    problems: list[Problem] = []
    if not isinstance(value, dict):
        raise ValidationError(Problem(where, Message(QT_TRANSLATE_NOOP("Messages", "{value} is not an object"),
                                                     value=show(value))))
    for key in sorted(set(value) - {"per_quarter", "segments"}):
        problems.append(Problem(f"{where}.{key}", QT_TRANSLATE_NOOP(
            "Messages", "is not part of a sales plan (per_quarter, segments)")))
    per_quarter = None
    if value.get("per_quarter") is not None:
        per_quarter = _count(value["per_quarter"], f"{where}.per_quarter", problems)
    segments: dict[str, int] = {}
    given = value.get("segments") or {}
    if not isinstance(given, dict):
        problems.append(Problem(f"{where}.segments", Message(QT_TRANSLATE_NOOP(
            "Messages", "{value} is not an object of segment -> contracts"), value=show(given))))
        given = {}
    if len(given) > MAX_SEGMENTS:
        problems.append(Problem(f"{where}.segments", Message(QT_TRANSLATE_NOOP(
            "Messages", "names {count} segments; at most {limit}"), count=len(given), limit=MAX_SEGMENTS)))
        given = {}
    seen: dict[str, str] = {}
    for name, count in given.items():
        segment = name.strip() if isinstance(name, str) else ""
        place = f"{where}.segments.{name}"
        if not segment or len(segment) > MAX_SEGMENT_LENGTH:
            problems.append(Problem(place, Message(QT_TRANSLATE_NOOP(
                "Messages", "is not a segment name (1 to {limit} characters)"), limit=MAX_SEGMENT_LENGTH)))
            continue
        if segment.casefold() in seen:
            problems.append(Problem(place, Message(QT_TRANSLATE_NOOP(
                "Messages", "{segment} is named twice (also as {other})"), segment=show(segment),
                other=show(seen[segment.casefold()]))))
            continue
        seen[segment.casefold()] = segment
        number = _count(count, place, problems)
        if number is not None:
            segments[segment] = number
    if per_quarter is not None and not problems and sum(segments.values()) > per_quarter:
        problems.append(Problem(f"{where}.segments", Message(QT_TRANSLATE_NOOP(
            "Messages", "the segments add up to {sum} contracts, more than the {total} of the whole quarter"),
            sum=sum(segments.values()), total=per_quarter)))
    if problems:
        raise ValidationError(problems)
    return SalesPlan(per_quarter, tuple(sorted(segments.items(), key=lambda item: item[0].casefold())))


def load_plan() -> SalesPlan:
    """The plan in force; a stored value that no longer passes the checks counts as no plan."""
    try:
        return check_plan(preferences.get(PREFERENCE_KEY))
    except ValidationError:
        return SalesPlan()


def save_plan(by, plan: dict | SalesPlan) -> SalesPlan:
    """Store the owner's plan (owners only); an empty plan clears it."""
    require_role(by, ("owner",), "set the sales plan")
    checked = check_plan(plan.as_dict() if isinstance(plan, SalesPlan) else plan)
    preferences.set(PREFERENCE_KEY, checked.as_dict())
    return checked


def save_owners_sell(by, value: bool) -> None:
    """The firm's rule of who sells (owners only): may owners qualify prospects too?"""
    require_role(by, ("owner",), "set who sells")
    if not isinstance(value, bool):
        raise ValidationError(Message(QT_TRANSLATE_NOOP("Messages", "{value} is not true or false"),
                                      value=show(value)), "owners_sell")
    preferences.set("owners_sell", value)


# ---- quarters ------------------------------------------------------------------------------

def quarter_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar quarter holding day: its first day and the first day after it."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = dt.date(day.year, first_month, 1)
    end = dt.date(day.year + (first_month == 10), (first_month + 2) % 12 + 1, 1)
    return start, end


def previous_quarter(day: dt.date) -> tuple[dt.date, dt.date]:
    start, _ = quarter_of(day)
    return quarter_of(start - dt.timedelta(days=1))


def quarter_number(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


# ---- progress ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SegmentProgress:
    """One line of progress: a segment (empty: the whole firm), contracts won, planned, still to win."""

    segment: str
    won: int
    planned: int | None
    qualified: int  # judged interesting, not contracted yet: the nearest contracts
    prospects: int  # still waiting for a decision

    @property
    def remaining(self) -> int | None:
        return None if self.planned is None else max(0, self.planned - self.won)


@dataclass(frozen=True)
class PlanProgress:
    """The quarter's contracts won against the plan, in all and per planned segment."""

    start: dt.date
    end: dt.date  # the first day after the quarter
    plan: SalesPlan
    total: SegmentProgress
    segments: tuple[SegmentProgress, ...]

    @property
    def days_left(self) -> int:
        return max(0, (self.end - dt.date.today()).days)


def _key(segment: str | None) -> str:
    return (segment or "").strip().casefold()


def plan_progress(today: dt.date | None = None) -> PlanProgress:
    """This quarter (the one holding today): contracts won in all and per segment of the plan."""
    today = today or dt.date.today()
    start, end = quarter_of(today)
    plan = load_plan()
    won_rows = (StageChange.select(StageChange.client, Client.segment).join(Client)
                .where((StageChange.to_stage == "contracted")
                       & StageChange.from_stage.in_(STAGE_ONE)
                       & (StageChange.at >= dt.datetime.combine(start, dt.time()))
                       & (StageChange.at < dt.datetime.combine(end, dt.time())))
                .distinct().tuples())
    won: dict[int, str] = {client: _key(segment) for client, segment in won_rows}
    waiting = (Client.select(Client.segment, Client.stage, fn.COUNT(Client.id))
               .where(Client.stage.in_(("prospect", "qualified"))).group_by(Client.segment, Client.stage).tuples())
    open_by: dict[tuple[str, str], int] = {}
    for segment, stage, count in waiting:
        open_by[(_key(segment), stage)] = open_by.get((_key(segment), stage), 0) + count

    def line(segment: str, keys: set[str] | None, planned: int | None) -> SegmentProgress:
        def inside(key: str) -> bool:
            return keys is None or key in keys

        return SegmentProgress(segment, sum(1 for k in won.values() if inside(k)), planned,
                               sum(n for (k, s), n in open_by.items() if s == "qualified" and inside(k)),
                               sum(n for (k, s), n in open_by.items() if s == "prospect" and inside(k)))

    total = line("", None, plan.total if plan.is_set else None)
    segments = tuple(line(name, {_key(name)}, planned) for name, planned in plan.segments)
    return PlanProgress(start, end, plan, total, segments)


# ---- declined per manager (owners) ---------------------------------------------------------

@dataclass(frozen=True)
class DeclineShare:
    """How one person decided stage one over a window: decisions, declined, the declined share."""

    user: str
    role: str
    decided: int
    declined: int

    @property
    def share(self) -> float:
        return 100.0 * self.declined / self.decided if self.decided else 0.0


def declined_by_manager(by, start: dt.date | None, end: dt.date) -> list[DeclineShare]:
    """Owners only: per person who qualified prospects from start (None: ever) up to the day before end,
    how many decisions and how many declined; the highest share first."""
    require_role(by, ("owner",), "see the share declined per manager")
    declined = fn.SUM(Case(None, ((Qualification.decision == "not_interesting", 1),), 0))
    query = (Qualification.select(User.name, User.role, fn.COUNT(Qualification.id), declined)
             .join(User, JOIN.LEFT_OUTER, on=(Qualification.decided_by == User.id))
             .where(Qualification.decided_at < dt.datetime.combine(end, dt.time()))
             .group_by(User.id, User.name, User.role))
    if start is not None:
        query = query.where(Qualification.decided_at >= dt.datetime.combine(start, dt.time()))
    rows = [DeclineShare(name or "", role or "", count, int(no or 0)) for name, role, count, no in query.tuples()]
    return sorted(rows, key=lambda r: (-r.share, -r.decided, r.user.casefold()))
