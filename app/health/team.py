"""The owner's view of the team: per manager (or per segment), side by side.

Clients by band and early warnings (from the portfolio's health), the like / hear / negotiate mix,
stance drift, promises kept, the median working hours to acknowledge feedback, client misconduct
towards staff (a reason to support them, never a penalty to the client's score) and praise of
named colleagues. Every rate is over one window, the health score's lookback (RateWindow).

team_facts reads the journal once, on a worker, at the finest grain (person x segment); team_rows
then adds the cells up for any manager/segment filter and grouping without touching the journal,
so switching them is instant. Interactions count for the person who logged them (or, unsigned,
the client's account manager); praise for the colleague it names (else the same person); clients,
bands and warnings for the client's account manager; feedback for its owner (else the manager).
"""

import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from peewee import Case, fn

from app.health.score import BANDS, ClientHealth
from app.hear.working_time import WorkCalendar, working_hours_between
from app.negotiate.promises import kept_counts_grouped, rate_window_days, rate_window_start
from db.models import Client, Feedback, Interaction, InteractionTag, Tag, User
from db.portable import month_text
from db.vocabulary import DRIFT_TAGS, POLICY_TAGS

MISCONDUCT, PRAISE = "client_misconduct", "staff_praise"
BY_MANAGER, BY_SEGMENT = "manager", "segment"
RECENT_NOTES = 50  # incidents and praise listed beside the team, newest first
MIX_MONTHS = 12


@dataclass(frozen=True)
class RateWindow:
    """The days every rate of the owner's views is counted over, ending on as_of."""

    as_of: dt.date
    days: int

    @classmethod
    def current(cls, as_of: dt.date) -> "RateWindow":
        return cls(as_of, rate_window_days())

    @property
    def since(self) -> dt.date:
        return rate_window_start(self.as_of, self.days)

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.since, dt.time())

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.as_of, dt.time(23, 59, 59, 999999))


@dataclass(frozen=True)
class TeamFilters:
    """Whose figures: one manager, one segment (None: all), and rows per manager or per segment."""

    manager_id: int | None = None
    segment: str | None = None
    group_by: str = BY_MANAGER


@dataclass(frozen=True)
class Note:
    """One client_misconduct or staff_praise entry, for the list beside the team."""

    interaction_id: int
    at: dt.datetime
    tag: str
    client: str
    person_id: int | None  # the staff member who met the misconduct, or the colleague praised
    person: str
    segment: str
    summary: str


@dataclass
class TeamRow:
    """One manager's (or one segment's) figures over the window."""

    key: int | str | None
    name: str
    clients: int = 0
    bands: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BANDS, 0))
    warnings: int = 0
    policy: dict[str, int] = field(default_factory=lambda: dict.fromkeys(POLICY_TAGS, 0))
    drift: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DRIFT_TAGS, 0))
    promises_kept: int = 0
    promises_due: int = 0
    ack_hours: list[float] = field(default_factory=list)
    misconduct: int = 0
    praise: int = 0
    entries: int = 0  # entries in the window, and of them coded (a policy or drift tag)
    coded: int = 0
    # Replies awaiting past the firm's rule (app.hear.replies): None until that count is wired in.
    replies_overdue: int | None = None

    @property
    def policy_total(self) -> int:
        return sum(self.policy.values())

    def policy_share(self, tag: str) -> float | None:
        return self.policy[tag] / self.policy_total if self.policy_total else None

    @property
    def coded_share(self) -> float | None:
        return self.coded / self.entries if self.entries else None

    @property
    def drift_total(self) -> int:
        return sum(self.drift.values())

    @property
    def kept_rate(self) -> float | None:
        return self.promises_kept / self.promises_due if self.promises_due else None

    @property
    def ack_median_hours(self) -> float | None:
        return statistics.median(self.ack_hours) if self.ack_hours else None


Cell = tuple[int | None, str]  # (person id, client segment)


@dataclass
class TeamFacts:
    """What team_rows and the dashboard's filtered charts add up: counts per (person, segment)."""

    window: RateWindow
    names: dict[int, str] = field(default_factory=dict)
    tags: dict[Cell, Counter] = field(default_factory=dict)  # policy, drift, misconduct, praise in the window
    praise: dict[Cell, int] = field(default_factory=dict)  # per colleague praised
    promises: dict[Cell, tuple[int, int]] = field(default_factory=dict)  # (kept on time, came due)
    ack_hours: dict[Cell, list[float]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)  # newest first
    mix_months: list[tuple[str, str, int | None, str, int]] = field(default_factory=list)  # (YYYY-MM, tag, person, segment, n)
    client_groups: dict[int, Cell] = field(default_factory=dict)  # client id -> (account manager, segment)
    coding: dict[Cell, tuple[int, int]] = field(default_factory=dict)  # (entries coded, entries) in the window
    replies_overdue: dict[Cell, int] | None = None  # the hook for app.hear.replies (None: not counted)


def team_facts(window: RateWindow) -> TeamFacts:
    """Read the journal for the team view and the filtered charts: a few grouped queries."""
    facts = TeamFacts(window)
    facts.client_groups = {cid: (manager, segment or "") for cid, manager, segment in
                           Client.select(Client.id, Client.account_manager, Client.segment).tuples()}
    facts.names = dict(User.select(User.id, User.name).tuples())
    _tag_counts(facts, window)
    _coding(facts, window)
    _praise(facts, window)
    _promises(facts, window)
    _acknowledgements(facts, window)
    _notes(facts, window)
    _mix_months(facts, window)
    facts.replies_overdue = _replies_overdue(facts, window)
    return facts


def _replies_overdue(facts: TeamFacts, window: RateWindow) -> dict[Cell, int]:
    """Inbound messages still unanswered past the firm's rule at the window's end (now, for today),
    per (whose hand they need: the colleague routed to, else the account manager; segment)."""
    from app.hear.replies import awaiting_replies

    counts: dict[Cell, int] = {}
    for clock in awaiting_replies(min(window.end, dt.datetime.now())).values():
        if clock.overdue_messages:
            cell = (clock.holder_id, facts.client_groups.get(clock.client_id, (None, ""))[1])
            counts[cell] = counts.get(cell, 0) + clock.overdue_messages
    return counts


def _who():
    return fn.COALESCE(Interaction.author, Client.account_manager)


def _tagged(names, window: RateWindow, *columns):
    return (InteractionTag.select(*columns).join_from(InteractionTag, Tag).join_from(InteractionTag, Interaction)
            .join_from(Interaction, Client)
            .where(Tag.name.in_(names), Interaction.occurred_at >= window.start, Interaction.occurred_at <= window.end))


def _tag_counts(facts: TeamFacts, window: RateWindow) -> None:
    who = _who()
    names = POLICY_TAGS + DRIFT_TAGS + (MISCONDUCT, PRAISE)
    query = _tagged(names, window, who, Client.segment, Tag.name, fn.COUNT(InteractionTag.interaction)).group_by(
        who, Client.segment, Tag.name).tuples()
    for person, segment, tag, n in query:
        facts.tags.setdefault((person, segment or ""), Counter())[tag] += n


def _coding(facts: TeamFacts, window: RateWindow) -> None:
    """Entries and coded entries per (person, segment) in the window: app.journal.coding says what coded is."""
    from app.journal.coding import coded_condition

    who = _who()
    coded = fn.SUM(Case(None, ((coded_condition(), 1),), 0))
    query = (Interaction.select(who, Client.segment, coded, fn.COUNT(Interaction.id)).join(Client)
             .where(Interaction.occurred_at >= window.start, Interaction.occurred_at <= window.end)
             .group_by(who, Client.segment).tuples())
    for person, segment, n_coded, n in query:
        facts.coding[(person, segment or "")] = (int(n_coded or 0), n)


def _praise(facts: TeamFacts, window: RateWindow) -> None:
    praised = fn.COALESCE(Interaction.praised, _who())
    query = _tagged((PRAISE,), window, praised, Client.segment, fn.COUNT(InteractionTag.interaction)).group_by(
        praised, Client.segment).tuples()
    for person, segment, n in query:
        facts.praise[(person, segment or "")] = n


def _promises(facts: TeamFacts, window: RateWindow) -> None:
    # app.negotiate.promises stays the one place that says what came due and what was kept on time.
    for (owner, segment), (kept, due) in kept_counts_grouped("owner_segment", window.as_of, window.since).items():
        cell = (owner, segment or "")
        old = facts.promises.get(cell, (0, 0))
        facts.promises[cell] = (old[0] + kept, old[1] + due)


def _acknowledgements(facts: TeamFacts, window: RateWindow) -> None:
    """Working hours from raising to acknowledging, for feedback raised in the window and
    acknowledged by its end."""
    calendar = WorkCalendar.load()
    owner = fn.COALESCE(Feedback.owner, Client.account_manager)
    query = (Feedback.select(owner, Client.segment, Feedback.raised_at, Feedback.acknowledged_at).join(Client)
             .where(Feedback.raised_at >= window.start, Feedback.raised_at <= window.end,
                    Feedback.acknowledged_at.is_null(False), Feedback.acknowledged_at <= window.end).tuples())
    for person, segment, raised, acknowledged in query:
        hours = working_hours_between(_moment(raised), _moment(acknowledged), calendar)
        facts.ack_hours.setdefault((person, segment or ""), []).append(hours)


def _moment(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _notes(facts: TeamFacts, window: RateWindow) -> None:
    person = fn.COALESCE(Interaction.praised, _who())
    query = (_tagged((MISCONDUCT, PRAISE), window, Interaction.id, Interaction.occurred_at, Tag.name, Client.name,
                     _who().alias("who"), person.alias("person"), Client.segment, Interaction.summary)
             .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).tuples())
    for iid, at, tag, client, who, praised, segment, summary in query:
        person_id = praised if tag == PRAISE else who
        facts.notes.append(Note(iid, _moment(at), tag, client, person_id, facts.names.get(person_id, ""),
                                segment or "", summary))


def _mix_months(facts: TeamFacts, window: RateWindow) -> None:
    """like / hear / negotiate per calendar month for the last MIX_MONTHS months, per (person, segment)."""
    first = window.as_of.replace(day=1)
    for _ in range(MIX_MONTHS - 1):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    who, month = _who(), month_text(Interaction.occurred_at)
    span = RateWindow(window.as_of, (window.as_of - first).days + 1)
    query = _tagged(POLICY_TAGS, span, month, Tag.name, who, Client.segment, fn.COUNT(InteractionTag.interaction)).group_by(
        month, Tag.name, who, Client.segment).tuples()
    facts.mix_months = [(ym, tag, person, segment or "", n) for ym, tag, person, segment, n in query]


# ---- adding up -------------------------------------------------------------------------------------

def cell_wanted(cell: Cell, filters: TeamFilters) -> bool:
    person, segment = cell
    return ((filters.manager_id is None or person == filters.manager_id)
            and (filters.segment is None or segment == filters.segment))


def team_rows(filters: TeamFilters, window: RateWindow, facts: TeamFacts | None = None,
              portfolio: list[ClientHealth] | None = None) -> list[TeamRow]:
    """The team's rows for these filters, one per manager (or segment), by name. Facts and the
    portfolio are read when not given (the dashboard passes what its worker already read)."""
    if facts is None:
        facts = team_facts(window)
    if portfolio is None:
        from app.health.score import firm_health

        portfolio = firm_health(window.as_of)
    rows: dict = {}

    def row(cell: Cell) -> TeamRow:
        key = cell[0] if filters.group_by == BY_MANAGER else cell[1]
        if key not in rows:
            rows[key] = TeamRow(key, facts.names.get(key, "") if filters.group_by == BY_MANAGER else key)
        return rows[key]

    for h in portfolio:
        cell = (h.manager_id, h.segment or "")
        if cell_wanted(cell, filters):
            r = row(cell)
            r.clients += 1
            r.bands[h.band] += 1
            r.warnings += bool(h.warning)
    _add_cells(facts, filters, row)
    if facts.replies_overdue is not None:  # counted: a row with none late shows none, not "not counted"
        for r in rows.values():
            r.replies_overdue = r.replies_overdue or 0
    return sorted(rows.values(), key=lambda r: (r.key is None or r.key == "", r.name.casefold()))


def _add_cells(facts: TeamFacts, filters: TeamFilters, row) -> None:
    for cell, counts in facts.tags.items():
        if cell_wanted(cell, filters):
            r = row(cell)
            for tag in POLICY_TAGS:
                r.policy[tag] += counts.get(tag, 0)
            for tag in DRIFT_TAGS:
                r.drift[tag] += counts.get(tag, 0)
            r.misconduct += counts.get(MISCONDUCT, 0)
    for cell, n in facts.praise.items():
        if cell_wanted(cell, filters):
            row(cell).praise += n
    for cell, (coded, entries) in facts.coding.items():
        if cell_wanted(cell, filters):
            r = row(cell)
            r.coded += coded
            r.entries += entries
    for cell, (kept, due) in facts.promises.items():
        if cell_wanted(cell, filters):
            r = row(cell)
            r.promises_kept += kept
            r.promises_due += due
    for cell, hours in facts.ack_hours.items():
        if cell_wanted(cell, filters):
            row(cell).ack_hours.extend(hours)
    if facts.replies_overdue is not None:
        for cell, n in facts.replies_overdue.items():
            if cell_wanted(cell, filters):
                r = row(cell)
                r.replies_overdue = (r.replies_overdue or 0) + n


def team_notes(facts: TeamFacts, filters: TeamFilters, key=None, limit: int = RECENT_NOTES) -> list[Note]:
    """Recent misconduct and praise under the filters (and of one row's key, when given), newest first."""
    out = []
    for note in facts.notes:
        if not cell_wanted((note.person_id, note.segment), filters):
            continue
        if key is not None and (note.person_id if filters.group_by == BY_MANAGER else note.segment) != key:
            continue
        out.append(note)
        if len(out) >= limit:
            break
    return out


def praise_by_colleague(facts: TeamFacts, filters: TeamFilters) -> list[tuple[str, int]]:
    """(colleague, praise in the window) under the filters, most praised first."""
    counts: Counter = Counter()
    for (person, segment), n in facts.praise.items():
        if cell_wanted((person, segment), filters) and person is not None:
            counts[facts.names.get(person, "")] += n
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def misconduct_by_person(facts: TeamFacts, filters: TeamFilters) -> dict[int | None, int]:
    per: defaultdict = defaultdict(int)
    for (person, segment), counts in facts.tags.items():
        if cell_wanted((person, segment), filters) and counts.get(MISCONDUCT):
            per[person] += counts[MISCONDUCT]
    return dict(per)
