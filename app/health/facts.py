"""What the journal knew about every client at a date, read in a few set-based queries.

Each query groups by client (no query per client, none per factor), so the whole firm costs
the same handful of statements as one client. "Knew at a date" means: interactions that had
occurred by the end of that day; feedback acknowledged or resolved later was still open then;
a negotiation's status is the last change in its history at or before that day; a promise kept
later was still outstanding; the stage is the last stage change by then.
"""

import datetime as dt

from peewee import JOIN, Case, fn

from app.common.busy import stepping
from app.common.progress import Progress, no_progress
from app.health.contacts import read_contacts, usual_gap
from app.health.reading import (
    ClientFacts,
    as_date,
    as_datetime,
    client_first,
    day_start,
    end_of,
    scoped,
)
from app.hear.replies import overdue_reply_counts
from app.hear.working_time import WorkCalendar, add_working_hours
from db.models import (
    Client,
    Feedback,
    FeedbackContact,
    Interaction,
    InteractionTag,
    Negotiation,
    NegotiationAction,
    NegotiationEvent,
    Pulse,
    StageChange,
    Tag,
    User,
)
from db.portable import count_where
from db.vocabulary import DRIFT_TAGS

__all__ = ["ClientFacts", "as_date", "as_datetime", "collect_facts_at", "collect_facts_on", "collect_trend_facts",
           "day_start", "end_of", "usual_gap"]

ACTIVE_NEGOTIATION = ("open", "deadlock", "escalated")


def collect_trend_facts(as_of: dt.date, before: dt.date, settings: dict, client_ids: list[int] | None,
                        calendar: WorkCalendar | None,
                        stages: tuple[str, ...]) -> tuple[dict[int, ClientFacts], dict[int, ClientFacts]]:
    """The facts at as_of (clients in stages) and at before (the same clients, whatever their stage
    then), the interactions of both days read in the same passes."""
    facts = _clients_on([(as_of, stages)], client_ids)[0]
    if not facts:
        return facts, {}
    ids = None if client_ids is None else list(facts)
    past = _clients_on([(before, ())], ids)[0]
    _read_facts([(facts, as_of), (past, before)], settings, ids, calendar)
    return facts, past


def collect_facts_on(days: list[dt.date], settings: dict, client_ids: list[int] | None = None,
                     calendar: WorkCalendar | None = None,
                     stages: tuple[str, ...] = ("contracted", "paused")) -> list[dict[int, ClientFacts]]:
    """ClientFacts on each of days for every client whose stage then is in stages (all stages if
    empty). The interactions and tags of all days are read in the same passes: a score history of
    a dozen dates reads the journal's rows about once, not a dozen times."""
    return collect_facts_at([(day, stages) for day in days], settings, client_ids, calendar)


def collect_facts_at(days: list[tuple[dt.date, tuple[str, ...]]], settings: dict,
                     client_ids: list[int] | None = None, calendar: WorkCalendar | None = None,
                     progress: Progress = no_progress) -> list[dict[int, ClientFacts]]:
    """ClientFacts on each (day, stages) of days, each day with its own stages (all if empty), all
    days read in the same passes; progress(done, total, "") as the passes go, and may cancel."""
    targets = list(zip(_clients_on(days, client_ids), [day for day, _stages in days], strict=True))
    filled = [(facts, day) for facts, day in targets if facts]
    if filled:
        ids = None if client_ids is None else sorted({cid for facts, _day in filled for cid in facts})
        _read_facts(filled, settings, ids, calendar, progress)
    return [facts for facts, _day in targets]


def _read_facts(targets, settings, ids, calendar, progress: Progress = no_progress) -> None:
    """Fill each (facts, day) of targets; the interaction reads serve every day at once."""
    read_contacts(targets, settings, ids, progress)
    _tags(targets, settings, ids)
    calendar = calendar or WorkCalendar.load()
    for facts, as_of in targets:
        _feedback(facts, as_of, settings, ids, calendar)
        for client_id, count in overdue_reply_counts(end_of(as_of), ids, calendar,
                                                     int(settings["lookback_days"])).items():
            if client_id in facts:
                facts[client_id].replies_overdue = count
        _repeat_contacts(facts, as_of, settings, ids)
        _negotiations(facts, as_of, settings, ids)
        _promises(facts, as_of, settings, ids)
        _pulses(facts, as_of, settings, ids)


def _clients_on(days: list[tuple[dt.date, tuple[str, ...]]], client_ids) -> list[dict[int, ClientFacts]]:
    """Each (day, stages) of days: the clients whose stage that day is in stages (any if empty),
    from one read of the clients and one of their stage changes."""
    query = (Client.select(Client.id, Client.name, Client.stage, Client.segment, Client.account_manager,
                           User.name.alias("manager_name"), Client.contract_start, Client.contract_end,
                           Client.contact_every_days)
             .join(User, JOIN.LEFT_OUTER, on=(Client.account_manager == User.id)))
    clients = [(client_id, name, stage, segment, manager_id, manager or "", as_date(start), as_date(end), rhythm)
               for client_id, name, stage, segment, manager_id, manager, start, end, rhythm
               in scoped(query, Client.id, client_ids)]
    changes = _stage_changes(client_ids)
    out = []
    for day, stages in days:
        stage_at = _stages_at(changes, day)
        facts = {}
        for client_id, name, stage, *rest in stepping(clients, 256):
            stage = stage_at.get(client_id, stage)
            if not stages or stage in stages:
                facts[client_id] = ClientFacts(client_id, name, stage, *rest)
        out.append(facts)
    return out


def _stage_changes(client_ids) -> list[tuple[int, dt.datetime, str]]:
    query = (StageChange.select(StageChange.client, StageChange.at, StageChange.to_stage)
             .order_by(StageChange.client, StageChange.at, StageChange.id).tuples())
    return [(client_id, as_datetime(at), to_stage)
            for client_id, at, to_stage in scoped(query, StageChange.client, client_ids)]


def _stages_at(changes, as_of) -> dict[int, str]:
    """The last stage change by as_of; before the first recorded change, its starting stage."""
    stage: dict[int, str] = {}
    limit = end_of(as_of)
    for client_id, at, to_stage in changes:
        if client_id not in stage or at <= limit:
            stage[client_id] = to_stage
    return stage



def _tags(targets, settings, ids) -> None:
    """Drift and renewal-talk tags for every day in targets, in one pass over the tagged rows."""
    IX = Interaction  # noqa: N806
    counts, lowest, end = [], None, max(end_of(as_of) for _facts, as_of in targets)
    for _facts, as_of in targets:
        day_end = end_of(as_of)
        lookback = day_start(as_of, settings["lookback_days"])
        renewal = day_start(as_of, settings["renewal_talk_days"])
        counts += [count_where(Tag.name.in_(DRIFT_TAGS) & (IX.occurred_at >= lookback) & (IX.occurred_at <= day_end)),
                   count_where((Tag.name == "negotiate") & (IX.occurred_at >= renewal) & (IX.occurred_at <= day_end))]
        lowest = min(lookback, renewal) if lowest is None else min(lowest, lookback, renewal)
    # From each client's interactions in the window to their tags: the other way round reads
    # every tagged interaction of the journal's whole history.
    in_window = (IX.client == Client.id) & (IX.occurred_at >= lowest) & (IX.occurred_at <= end)
    query = client_first(Client.select(Client.id, *counts).group_by(Client.id).tuples(), (IX, in_window),
                          (InteractionTag, InteractionTag.interaction == IX.id),
                          (Tag, (Tag.id == InteractionTag.tag) & Tag.name.in_((*DRIFT_TAGS, "negotiate"))))
    for client_id, *found in scoped(query, Client.id, ids):
        for i, (facts, _as_of) in enumerate(targets):
            f = facts.get(client_id)
            drift, negotiate = found[2 * i], found[2 * i + 1]
            if f is not None and (drift or negotiate):
                f.drift_count = drift
                f.negotiation_contacts += negotiate


def _feedback(facts, as_of, settings, ids, calendar) -> None:
    """The feedback clock, replayed: what was acknowledged and resolved by the end of as_of.

    Items raised in the lookback window are judged one by one against the working calendar;
    older ones matter only while still open, and are counted in SQL (an item older than the
    lookback window and still unanswered is past any one-day clock)."""
    end = end_of(as_of)
    lookback = day_start(as_of, settings["lookback_days"])
    unresolved_before = end - dt.timedelta(days=settings["unresolved_days"])
    F = Feedback  # noqa: N806
    open_at_end = F.resolved_at.is_null() | (F.resolved_at > end)
    unanswered = open_at_end & (F.acknowledged_at.is_null() | (F.acknowledged_at > end))
    older = (F.select(F.client_id, fn.COUNT(F.id),
                      fn.COUNT(Case(None, [(F.raised_at <= unresolved_before, 1)], None)),
                      fn.COUNT(Case(None, [(unanswered, 1)], None)))
             .where(F.raised_at < lookback, open_at_end).group_by(F.client_id).tuples())
    for client_id, still_open, unresolved, unacknowledged in scoped(older, F.client, ids):
        if client_id in facts:
            f = facts[client_id]
            f.open_feedback += still_open
            f.unresolved += unresolved
            f.unacknowledged += unacknowledged
    recent = (F.select(F.client_id, F.raised_at, F.acknowledged_at, F.resolved_at)
              .where(F.raised_at >= lookback, F.raised_at <= end).tuples())
    clock = _clock_hours()
    for client_id, raised, acknowledged, resolved in scoped(recent, F.client, ids):
        if client_id in facts:
            _judge_feedback(facts[client_id], as_datetime(raised), as_datetime(acknowledged),
                            as_datetime(resolved), end, unresolved_before, clock, calendar)


def _clock_hours() -> float:
    from app.common import preferences

    return preferences.get("acknowledge_within_hours")


def _judge_feedback(f: ClientFacts, raised, acknowledged, resolved, end, unresolved_before, clock,
                    calendar) -> None:
    acknowledged = acknowledged if acknowledged and acknowledged <= end else None
    resolved = resolved if resolved and resolved <= end else None
    if resolved is None:
        f.open_feedback += 1
        f.unresolved += raised <= unresolved_before
    elif acknowledged is None:
        acknowledged = resolved  # resolving an item answers it too
    if acknowledged is not None and acknowledged - raised <= dt.timedelta(hours=clock):
        return  # on time whatever the calendar: working hours never exceed wall-clock hours
    due = add_working_hours(raised, clock, calendar)
    if acknowledged is None and due < end:
        f.unacknowledged += 1
    elif acknowledged is not None and acknowledged > due:
        f.late_acknowledged += 1


def _repeat_contacts(facts, as_of, settings, ids) -> None:
    lookback = day_start(as_of, settings["lookback_days"])
    query = (FeedbackContact.select(Feedback.client_id, fn.COUNT(FeedbackContact.interaction))
             .join_from(FeedbackContact, Feedback).join_from(FeedbackContact, Interaction)
             .where(Interaction.occurred_at >= lookback, Interaction.occurred_at <= end_of(as_of))
             .group_by(Feedback.client_id).tuples())
    for client_id, count in scoped(query, Feedback.client, ids):
        if client_id in facts:
            facts[client_id].repeat_contacts = count


def _negotiations(facts, as_of, settings, ids) -> None:
    """Status at as_of from each negotiation's history; with no history at all, its recorded status
    (a history that starts after as_of means the negotiation was open until then)."""
    end = end_of(as_of)
    E, N = NegotiationEvent, Negotiation  # noqa: N806
    history = E.alias("history")
    status_then = (E.select(E.status).where(E.negotiation == N.id, E.at <= end)
                   .order_by(E.at.desc(), E.id.desc()).limit(1))
    has_history = fn.EXISTS(history.select(history.id).where(history.negotiation == N.id))
    renewal = as_of - dt.timedelta(days=int(settings["renewal_talk_days"]) - 1)
    query = (N.select(N.client_id, N.opened_at, N.target_date, N.status, status_then, has_history)
             .where(N.opened_at <= as_of).tuples())
    for client_id, opened, target, status, then, recorded in scoped(query, N.client, ids):
        f = facts.get(client_id)
        if f is None:
            continue
        status = then or ("open" if recorded else status)
        opened, target = as_date(opened), as_date(target)
        f.recent_negotiations += opened >= renewal
        if status not in ACTIVE_NEGOTIATION:
            continue
        f.open_negotiations += 1
        if status == "deadlock":
            f.deadlocks += 1
        elif status == "escalated":
            f.escalations += 1
        elif target is not None and target < as_of:
            f.overdue_negotiations += 1


def _promises(facts, as_of, settings, ids) -> None:
    """Follow-ups promised in interactions and actions agreed in negotiations, counted in SQL.

    Promises due in the lookback window give overdue, late and kept; older ones count only
    while still outstanding at as_of. A promise made after as_of did not exist yet."""
    lookback = as_of - dt.timedelta(days=int(settings["lookback_days"]) - 1)
    IX, A, N = Interaction, NegotiationAction, Negotiation  # noqa: N806
    sources = ((IX.follow_up_due, IX.follow_up_done, IX.occurred_at <= end_of(as_of), IX.client_id, None),
               (A.due, A.done_at, N.opened_at <= as_of, N.client_id, N))
    for due, done, made, client_field, join in sources:
        kept = done.is_null(False) & (done <= as_of)
        outstanding = ~kept & (due < as_of)
        recent = due >= lookback

        def count(condition, made=made):
            return fn.COUNT(Case(None, [(made & condition, 1)], None))

        # "made by as_of" sits inside the counts and the grouping key is an expression: either
        # in plain sight tempts SQLite off the (due, done) index onto a scan of the whole table.
        group = client_field + 0
        query = due.model.select(group, count(outstanding), count(recent & kept & (done > due)),
                                 count(recent & (kept | outstanding)), count(recent & kept & (done <= due)))
        if join is not None:
            query = query.join(join)
        query = (query.where(due <= as_of, recent | done.is_null() | (done > as_of))
                 .group_by(group).tuples())
        for client_id, overdue, late, due_count, kept_count in scoped(query, client_field, ids):
            f = facts.get(client_id)
            if f is None:
                continue
            f.overdue_promises += overdue
            f.late_promises += late
            f.promises_due += due_count
            f.promises_kept += kept_count


def _pulses(facts, as_of, settings, ids) -> None:
    since = as_of - dt.timedelta(days=int(settings["pulse_valid_days"]))
    query = (Pulse.select(Pulse.client_id, Pulse.at, Pulse.reading, Pulse.comment)
             .where(Pulse.at > since, Pulse.at <= as_of).order_by(Pulse.at, Pulse.id).tuples())
    for client_id, at, reading, comment in scoped(query, Pulse.client, ids):
        if client_id in facts:
            f = facts[client_id]
            f.pulse_reading, f.pulse_at, f.pulse_comment = reading, as_date(at), comment
