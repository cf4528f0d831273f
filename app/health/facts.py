"""What the journal knew about every client at a date, read in a few set-based queries.

Each query groups by client (no query per client, none per factor), so the whole firm costs
the same handful of statements as one client. "Knew at a date" means: interactions that had
occurred by the end of that day; feedback acknowledged or resolved later was still open then;
a negotiation's status is the last change in its history at or before that day; a promise kept
later was still outstanding; the stage is the last stage change by then.
"""

import datetime as dt
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from peewee import JOIN, Case, fn

from app.common.busy import step_aside, stepping
from app.common.progress import Progress, no_progress
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
from db.portable import count_where, day_text
from db.vocabulary import DRIFT_TAGS

RHYTHM_WINDOW_DAYS = 365  # a client's usual rhythm of contact is read from the last year
SEASON_DAYS = 90  # and a season further back, for the silence it kept at this time last year
SEASON_MATCH_DAYS = 21  # "this time last year": within three weeks of the date
ACTIVE_NEGOTIATION = ("open", "deadlock", "escalated")


@dataclass(slots=True)  # thousands per history date: slots keep them small and quick to make
class ClientFacts:
    """The numbers the factors judge, for one client at one date."""

    client_id: int
    name: str
    stage: str
    segment: str = ""
    manager_id: int | None = None
    manager_name: str = ""
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    contact_every_days: int | None = None
    recent_sentiment_sum: int = 0
    recent_sentiment_n: int = 0
    baseline_sentiment_sum: int = 0
    baseline_sentiment_n: int = 0
    baseline_sentiment_sq: int = 0  # sum of squares: the client's own spread of sentiment
    effort_sum: int = 0
    effort_n: int = 0
    contact_days: int = 0  # distinct days with contact in the rhythm window
    first_contact_in_window: dt.datetime | None = None
    last_contact: dt.datetime | None = None
    gap_mean: float | None = None  # days between contact days in the rhythm window (read only when
    gap_sd: float | None = None  # a learned rhythm's silence is in question: see _gap_spread)
    gap_last_year: int | None = None  # the silence this client kept around this date a year ago
    negotiation_contacts: int = 0  # kind "negotiation" or tagged "negotiate" in the renewal window
    drift_count: int = 0
    unacknowledged: int = 0
    late_acknowledged: int = 0
    unresolved: int = 0
    replies_overdue: int = 0  # inbound messages unanswered past the firm's rule (app.hear.replies)
    open_feedback: int = 0
    repeat_contacts: int = 0
    deadlocks: int = 0
    escalations: int = 0
    overdue_negotiations: int = 0
    open_negotiations: int = 0
    recent_negotiations: int = 0  # negotiations opened in the renewal window
    overdue_promises: int = 0
    late_promises: int = 0
    promises_due: int = 0  # promises due in the lookback window
    promises_kept: int = 0  # of those, kept on time
    pulse_reading: str | None = None
    pulse_at: dt.date | None = None
    pulse_comment: str = ""


def as_datetime(value) -> dt.datetime | None:
    """SQLite hands back aggregate datetimes as text; other databases as datetime."""
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))


def end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59, 59))


def day_start(as_of: dt.date, days_back: int) -> dt.datetime:
    """The first moment of the window of `days_back` days ending with as_of."""
    return dt.datetime.combine(as_of - dt.timedelta(days=int(days_back) - 1), dt.time())


def _scoped(query, field, client_ids) -> Iterator[tuple]:
    """The query's rows (for client_ids only, if given), fetched raw: for thousands of grouped
    rows peewee's per-row conversion costs more than the SQL, so dates are converted here."""
    query = query if client_ids is None else query.where(field.in_(client_ids))
    return stepping(_fetch(*query.sql()), 256)  # the caller's loop over the rows steps aside too


def _fetch(sql: str, params) -> list[tuple]:
    from db.models import db

    cursor = db.execute_sql(sql, params)
    rows: list[tuple] = []
    while chunk := cursor.fetchmany(1024):
        step_aside()  # a worker lets the screen go first while the user scrolls (app.common.busy)
        rows.extend(chunk)
    return rows


def as_date(value) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


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
    _interactions(targets, settings, ids, progress)
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
               in _scoped(query, Client.id, client_ids)]
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
            for client_id, at, to_stage in _scoped(query, StageChange.client, client_ids)]


def _stages_at(changes, as_of) -> dict[int, str]:
    """The last stage change by as_of; before the first recorded change, its starting stage."""
    stage: dict[int, str] = {}
    limit = end_of(as_of)
    for client_id, at, to_stage in changes:
        if client_id not in stage or at <= limit:
            stage[client_id] = to_stage
    return stage


def _client_first(query, *links):
    """Join each (model, condition) of links to the Client query in turn; on SQLite CROSS JOINs keep
    Client the outer loop (the planner's documented hint), so each client's rows come from the
    (client, date) index."""
    from db.connection import is_sqlite

    for model, condition in links:
        query = query.join(model, JOIN.CROSS).where(condition) if is_sqlite() else query.join(model, on=condition)
    return query


@dataclass(frozen=True)
class ContactWindows:
    """The moments that bound one day's interaction windows."""

    end: dt.datetime
    recent: dt.datetime
    lookback: dt.datetime
    renewal: dt.datetime
    earliest: dt.datetime

    @classmethod
    def at(cls, as_of: dt.date, settings: dict) -> "ContactWindows":
        recent = day_start(as_of, settings["sentiment_recent_days"])
        baseline = recent - dt.timedelta(days=settings["sentiment_baseline_days"])
        lookback = day_start(as_of, settings["lookback_days"])
        renewal = day_start(as_of, settings["renewal_talk_days"])
        return cls(end_of(as_of), recent, lookback, renewal, min(baseline, lookback, renewal))


def _interactions(targets, settings, ids, progress: Progress = no_progress) -> None:
    """One grouped pass for every day in targets; a year back only for clients with too little there.

    The days' window bounds cut time into slices; SQL sums each client's slices with plain
    aggregates (no CASE per row and per day), and each window adds up the slices it spans, by
    differences of running totals (a few lookups per client and day, however many days)."""
    windows = [ContactWindows.at(as_of, settings) for _facts, as_of in targets]
    cuts = sorted({cut for w in windows for cut in
                   ((w.earliest, 0), (w.recent, 0), (w.lookback, 0), (w.renewal, 0), (w.end, 1))})
    at = {cut: i for i, cut in enumerate(cuts)}  # (moment, 0): occurred before it; (moment, 1): by it
    slices: dict[int, list[tuple]] = {}
    statements: dict[tuple[int, int], _SliceStatement] = {}
    for i in range(1, len(cuts)):
        (low, low_by), (high, high_by) = cuts[i - 1], cuts[i]
        progress(i - 1, len(cuts), "")
        statement = statements.get((low_by, high_by))
        if statement is None:
            statement = statements[(low_by, high_by)] = _SliceStatement(low_by, high_by, ids)
        for row in statement.rows(low, high):
            slices.setdefault(row[0], []).append((i, *row[1:]))
    # each client's rows give way to its running totals as they are made: the peak holds one form
    tracks = {client_id: ContactTrack(slices.pop(client_id)) for client_id in stepping(list(slices), 256)}
    for (facts, as_of), w in zip(targets, windows, strict=True):
        low, high = at[(w.earliest, 0)], at[(w.end, 1)]
        recent, lookback, renewal = at[(w.recent, 0)], at[(w.lookback, 0)], at[(w.renewal, 0)]
        for client_id, f in stepping(facts.items(), 256):
            track = tracks.get(client_id)
            if track is not None:
                track.add_to(f, low, high, recent, lookback, renewal)
        _older_contact(facts, as_of, settings)
        _gap_spread(facts, as_of, settings)


class _SliceStatement:
    """The grouped query of one slice of time, built once and run for each slice with its bounds.

    One plain grouped query per slice: a slice number in the grouping would make SQLite sort every
    row, while grouping by client alone streams down the (client, date) index. Driven from Client
    so that SQLite walks that index one client at a time, whether or not ANALYZE has ever run."""

    _LOW, _HIGH = dt.datetime(1900, 1, 1, 0, 0, 1), dt.datetime(1900, 1, 1, 0, 0, 2)  # stand-ins for the bounds

    def __init__(self, low_by: int, high_by: int, ids):
        IX = Interaction  # noqa: N806 - the table, short as in SQL
        when = IX.occurred_at
        after = (when > self._LOW) if low_by else (when >= self._LOW)
        until = (when <= self._HIGH) if high_by else (when < self._HIGH)
        query = (Client.select(Client.id, fn.SUM(IX.sentiment), fn.COUNT(IX.sentiment), fn.SUM(IX.effort),
                               fn.COUNT(IX.effort), count_where(IX.kind == "negotiation"),
                               fn.COUNT(fn.DISTINCT(day_text(when))), fn.MIN(when), fn.MAX(when),
                               fn.SUM(IX.sentiment * IX.sentiment))
                 .group_by(Client.id).tuples())
        query = _client_first(query, (IX, (IX.client == Client.id) & after & until))
        query = query if ids is None else query.where(Client.id.in_(ids))
        self.sql, params = query.sql()
        self.params = list(params)
        self.low_at = [n for n, p in enumerate(self.params) if p == self._LOW]
        self.high_at = [n for n, p in enumerate(self.params) if p == self._HIGH]

    def rows(self, low: dt.datetime, high: dt.datetime) -> list[tuple]:
        params = list(self.params)
        for n in self.low_at:
            params[n] = low
        for n in self.high_at:
            params[n] = high
        return _fetch(self.sql, params)


class ContactTrack:
    """One client's interactions slice by slice, as running totals: any window of whole slices
    is then the difference of two totals, found by bisection."""

    __slots__ = ("pieces", "sentiment_sum", "sentiment_n", "sentiment_sq", "effort_sum", "effort_n", "talks",
                 "days", "joins", "firsts", "lasts")

    def __init__(self, rows: list[tuple]):
        # rows: (slice, s_sum, s_n, e_sum, e_n, talks, days, first, last, s_sq), in slice order
        pieces, s_sum, s_n, e_sum, e_n, talks, days, self.firsts, self.lasts, s_sq = zip(*rows, strict=True)
        # compact machine integers: a firm's worth of slices stays a few megabytes
        self.pieces = array("l", pieces)
        self.sentiment_sum = array("q", accumulate([v or 0 for v in s_sum], initial=0))  # SUM of no rating is NULL
        self.sentiment_sq = array("q", accumulate([v or 0 for v in s_sq], initial=0))
        self.effort_sum = array("q", accumulate([v or 0 for v in e_sum], initial=0))
        self.sentiment_n = array("q", accumulate(s_n, initial=0))
        self.effort_n = array("q", accumulate(e_n, initial=0))
        self.talks = array("q", accumulate(talks, initial=0))
        self.days = array("q", accumulate(days, initial=0))
        # a day split between two slices (an entry at the cut's very second) counts once
        joined, last_day = [], None
        for first, last in zip(self.firsts, self.lasts, strict=True):
            joined.append(str(first)[:10] == last_day)
            last_day = str(last)[:10]
        self.joins = array("q", accumulate(joined, initial=0))

    def add_to(self, f: ClientFacts, low: int, high: int, recent: int, lookback: int, renewal: int) -> None:
        """Add the slices in (low, high] to f: recent ones (after `recent`) to the recent sentiment,
        the others to the baseline, those after lookback to effort, after renewal to renewal talk."""
        pieces = self.pieces
        a, b = bisect_right(pieces, low), bisect_right(pieces, high)
        if a == b:
            return
        r = bisect_right(pieces, recent, a, b)
        lb = bisect_right(pieces, lookback, a, b)
        rn = lb if renewal == lookback else bisect_right(pieces, renewal, a, b)
        s_sum, s_n, s_sq = self.sentiment_sum, self.sentiment_n, self.sentiment_sq
        s_sum_r, s_n_r = s_sum[r], s_n[r]
        f.recent_sentiment_sum += s_sum[b] - s_sum_r
        f.recent_sentiment_n += s_n[b] - s_n_r
        f.baseline_sentiment_sum += s_sum_r - s_sum[a]
        f.baseline_sentiment_n += s_n_r - s_n[a]
        f.baseline_sentiment_sq += s_sq[r] - s_sq[a]
        e_sum, e_n, talks, days = self.effort_sum, self.effort_n, self.talks, self.days
        f.effort_sum += e_sum[b] - e_sum[lb]
        f.effort_n += e_n[b] - e_n[lb]
        f.negotiation_contacts += talks[b] - talks[rn]
        f.contact_days = days[b] - days[a] - (self.joins[b] - self.joins[a + 1])
        f.first_contact_in_window, f.last_contact = as_datetime(self.firsts[a]), as_datetime(self.lasts[b - 1])


def _older_contact(facts, as_of, settings) -> None:
    """A quiet client's rhythm needs the whole year; a client silent in every window, its last contact."""
    IX = Interaction  # noqa: N806
    end = end_of(as_of)
    sparse = [cid for cid, f in facts.items()
              if f.contact_days < settings["rhythm_min_contacts"] and not f.contact_every_days]
    if sparse:  # a second grouped read, for those only
        year = day_start(as_of, RHYTHM_WINDOW_DAYS)
        older = (IX.select(IX.client_id, fn.COUNT(fn.DISTINCT(day_text(IX.occurred_at))),
                          fn.MIN(IX.occurred_at), fn.MAX(IX.occurred_at))
                 .where(IX.occurred_at >= year, IX.occurred_at <= end, IX.client.in_(sparse))
                 .group_by(IX.client_id).tuples())
        for client_id, days, first, last in older:
            f = facts[client_id]
            f.contact_days, f.first_contact_in_window, f.last_contact = days, as_datetime(first), as_datetime(last)
    missing = [cid for cid, f in facts.items() if f.last_contact is None]
    if missing:  # contact older than every window
        oldest = (IX.select(IX.client_id, fn.MAX(IX.occurred_at))
                  .where(IX.occurred_at <= end, IX.client.in_(missing)).group_by(IX.client_id).tuples())
        for client_id, last in oldest:
            facts[client_id].last_contact = as_datetime(last)


def usual_gap(f: ClientFacts) -> float | None:
    """The mean days between contact days lived over the rhythm window, or None with too few."""
    if f.contact_days >= 2 and f.first_contact_in_window and f.last_contact:
        return max(1.0, (f.last_contact.date() - f.first_contact_in_window.date()).days / (f.contact_days - 1))
    return None


def _gap_spread(facts, as_of, settings) -> None:
    """How much the gaps between contacts vary, for the clients whose silence is in question only:
    those with a learned rhythm, silent longer than its mean gap allows. Silence is judged against
    the longest gaps the client usually leaves, not against the mean alone."""
    IX = Interaction  # noqa: N806
    quiet = []
    for cid, f in stepping(facts.items(), 256):
        gap = usual_gap(f)
        if (f.contact_every_days or gap is None or f.contact_days < settings["rhythm_min_contacts"]
                or (as_of - f.last_contact.date()).days <= gap * (1 + settings["silence_grace"])):
            continue
        quiet.append(cid)
    if not quiet:
        return
    year, end = day_start(as_of, RHYTHM_WINDOW_DAYS + SEASON_DAYS), end_of(as_of)
    days: dict[int, list[str]] = {}
    query = (IX.select(IX.client_id, day_text(IX.occurred_at)).distinct()
             .where(IX.occurred_at >= year, IX.occurred_at <= end, IX.client.in_(quiet)).tuples())
    for client_id, day in stepping(query, 256):
        days.setdefault(client_id, []).append(str(day)[:10])
    for client_id, found in days.items():
        ordinals = sorted(dt.date.fromisoformat(day).toordinal() for day in found)
        pairs = list(zip(ordinals, ordinals[1:], strict=False))
        f = facts[client_id]
        a_year_ago = as_of.toordinal() - 365  # the longest silence around this date last year
        seasonal = [b - a for a, b in pairs if a <= a_year_ago + SEASON_MATCH_DAYS and b >= a_year_ago - SEASON_MATCH_DAYS]
        f.gap_last_year = max(seasonal, default=None)
        window = as_of.toordinal() - RHYTHM_WINDOW_DAYS
        gaps = [b - a for a, b in pairs if a >= window]
        if len(gaps) >= 2:
            mean = sum(gaps) / len(gaps)
            f.gap_mean = mean
            f.gap_sd = (sum((g - mean) ** 2 for g in gaps) / (len(gaps) - 1)) ** 0.5


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
    query = _client_first(Client.select(Client.id, *counts).group_by(Client.id).tuples(), (IX, in_window),
                          (InteractionTag, InteractionTag.interaction == IX.id),
                          (Tag, (Tag.id == InteractionTag.tag) & Tag.name.in_((*DRIFT_TAGS, "negotiate"))))
    for client_id, *found in _scoped(query, Client.id, ids):
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
    for client_id, still_open, unresolved, unacknowledged in _scoped(older, F.client, ids):
        if client_id in facts:
            f = facts[client_id]
            f.open_feedback += still_open
            f.unresolved += unresolved
            f.unacknowledged += unacknowledged
    recent = (F.select(F.client_id, F.raised_at, F.acknowledged_at, F.resolved_at)
              .where(F.raised_at >= lookback, F.raised_at <= end).tuples())
    clock = _clock_hours()
    for client_id, raised, acknowledged, resolved in _scoped(recent, F.client, ids):
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
    for client_id, count in _scoped(query, Feedback.client, ids):
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
    for client_id, opened, target, status, then, recorded in _scoped(query, N.client, ids):
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
        for client_id, overdue, late, due_count, kept_count in _scoped(query, client_field, ids):
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
    for client_id, at, reading, comment in _scoped(query, Pulse.client, ids):
        if client_id in facts:
            f = facts[client_id]
            f.pulse_reading, f.pulse_at, f.pulse_comment = reading, as_date(at), comment
