"""What the owner's dashboard shows, gathered in one call for a worker thread.

The portfolio (every client's health with a short score history for its sparkline), the
firm's bands month by month, the like / hear / negotiate mix by month and stance drift by
manager. Scores at past dates are replayed (app.health.score): the portfolio's day, its trend's
and every history date are read in the same set-based passes over the journal.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from peewee import JOIN, fn

from app.common.progress import Progress, no_progress
from app.health.score import BANDS, ClientHealth, band_of, portfolio_and_history
from db.models import Client, Interaction, InteractionTag, Tag, User
from db.portable import month_text
from db.vocabulary import DRIFT_TAGS, POLICY_TAGS

SPARK_POINTS, SPARK_STEP_DAYS = 7, 14  # the last twelve weeks, a point a fortnight
MONTHS = 12


@dataclass
class DashboardData:
    """Everything the dashboard draws, computed at one date."""

    as_of: dt.date
    portfolio: list[ClientHealth]
    history_dates: list[dt.date]  # oldest first
    history: dict[int, list[int | None]]  # client id -> score at each history date
    spark_dates: list[dt.date]  # a subset of history_dates
    band_months: list[tuple[dt.date, dict[str, int]]]  # month end -> clients per band
    policy_mix: list[tuple[dt.date, dict[str, int]]]  # month start -> interactions per policy tag
    drift: list[tuple[str, dict[str, int]]]  # manager -> drift-tagged interactions per tag
    sparks: dict[int, list[int | None]] = field(default_factory=dict)  # client id -> its scores at spark_dates

    def sparkline(self, client_id: int) -> list[int | None]:
        return self.sparks.get(client_id, [])


def month_ends(as_of: dt.date, months: int = MONTHS) -> list[dt.date]:
    """The last day of each of the previous months, then as_of itself; oldest first."""
    ends, day = [as_of], as_of.replace(day=1) - dt.timedelta(days=1)
    while len(ends) < months:
        ends.append(day)
        day = day.replace(day=1) - dt.timedelta(days=1)
    return sorted(ends)


def month_starts(as_of: dt.date, months: int = MONTHS) -> list[dt.date]:
    return [end.replace(day=1) for end in month_ends(as_of, months)]


def dashboard_data(as_of: dt.date, progress: Progress = no_progress) -> DashboardData:
    """The whole dashboard at as_of; progress counts history dates, and may cancel."""
    spark_dates = [as_of - dt.timedelta(days=SPARK_STEP_DAYS * k) for k in range(SPARK_POINTS - 1, -1, -1)]
    ends = month_ends(as_of)
    dates = sorted(set(spark_dates) | set(ends))
    portfolio, history = portfolio_and_history(as_of, dates, progress)
    position = {day: i for i, day in enumerate(dates)}
    band_months = []
    for end in ends:
        counts = Counter(band_of(scores[position[end]]) for scores in history.values()
                         if scores[position[end]] is not None)
        band_months.append((end, {band: counts.get(band, 0) for band in BANDS}))
    picks = [position[day] for day in spark_dates]
    sparks = {client_id: [scores[i] for i in picks] for client_id, scores in history.items()}
    return DashboardData(as_of, portfolio, dates, history, spark_dates, band_months,
                         policy_mix_by_month(as_of), drift_by_manager(as_of), sparks)


def policy_mix_by_month(as_of: dt.date, months: int = MONTHS) -> list[tuple[dt.date, dict[str, int]]]:
    """Interactions tagged like, hear and negotiate, month by month."""
    starts = month_starts(as_of, months)
    month = month_text(Interaction.occurred_at)
    query = (InteractionTag.select(month, Tag.name, fn.COUNT(InteractionTag.interaction))
             .join_from(InteractionTag, Tag).join_from(InteractionTag, Interaction)
             .where(Tag.name.in_(POLICY_TAGS), Interaction.occurred_at >= dt.datetime.combine(starts[0], dt.time()),
                    Interaction.occurred_at <= dt.datetime.combine(as_of, dt.time(23, 59, 59)))
             .group_by(month, Tag.name).tuples())
    counts = {(ym, name): n for ym, name, n in query}
    return [(start, {tag: counts.get((start.strftime("%Y-%m"), tag), 0) for tag in POLICY_TAGS})
            for start in starts]


def drift_by_manager(as_of: dt.date, days: int = 90) -> list[tuple[str, dict[str, int]]]:
    """Stance-drift tags in the last `days` days, per person who logged the interaction (or, when
    nobody signed it, the client's account manager); most drift first."""
    who = fn.COALESCE(Interaction.author, Client.account_manager)
    since = dt.datetime.combine(as_of - dt.timedelta(days=days - 1), dt.time())
    query = (InteractionTag.select(who, Tag.name, fn.COUNT(InteractionTag.interaction))
             .join_from(InteractionTag, Tag).join_from(InteractionTag, Interaction)
             .join_from(Interaction, Client)
             .where(Tag.name.in_(DRIFT_TAGS), Interaction.occurred_at >= since,
                    Interaction.occurred_at <= dt.datetime.combine(as_of, dt.time(23, 59, 59)))
             .group_by(who, Tag.name).tuples())
    per_person: dict[int | None, dict[str, int]] = {}
    for user_id, tag, n in query:
        per_person.setdefault(user_id, dict.fromkeys(DRIFT_TAGS, 0))[tag] = n
    names = {u.id: u.name for u in User.select(User.id, User.name).where(
        User.id.in_([uid for uid in per_person if uid is not None]))}
    rows = [(names.get(uid, ""), counts) for uid, counts in per_person.items()]
    return sorted(rows, key=lambda row: (-sum(row[1].values()), row[0]))


def managers_and_segments() -> tuple[list[tuple[int, str]], list[str]]:
    """The filter choices: account managers with clients, and the segments in use."""
    managers = (User.select(User.id, User.name).join(Client, JOIN.INNER, on=(Client.account_manager == User.id))
                .distinct().order_by(User.name).tuples())
    segments = (Client.select(Client.segment).where(Client.segment != "").distinct()
                .order_by(Client.segment).tuples())
    return list(managers), [s for (s,) in segments]
