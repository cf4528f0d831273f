"""The dashboard's raw SQL floor: the journal's rows its figures depend on, each read once.

Replaying the app's own statements would measure the app's SQL against itself: a design that
reads the same rows once per date would set its own, higher floor. The floor here is the data:
one plain statement per table over the span that every date's windows cover together, every
row fetched through sqlite3, nothing grouped, summed or scored. Whatever the app does, it
reads at least these rows (it may read them grouped, which SQLite makes cheaper or dearer).
"""

import datetime as dt
from collections.abc import Callable

from peewee import JOIN

from app.health import settings as health_settings
from app.health.dashboard import SPARK_POINTS, SPARK_STEP_DAYS, month_ends
from app.health.reading import client_first, day_start, end_of
from app.health.score import TREND_DAYS
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
    db,
)
from db.vocabulary import DRIFT_TAGS, POLICY_TAGS


def dashboard_dates(as_of: dt.date) -> list[dt.date]:
    """Every date the dashboard's figures are read at: the sparkline's, the month ends', the trend's."""
    spark = [as_of - dt.timedelta(days=SPARK_STEP_DAYS * k) for k in range(SPARK_POINTS)]
    return sorted({*spark, *month_ends(as_of), as_of - dt.timedelta(days=TREND_DAYS)})


def floor_statements(as_of: dt.date) -> list[tuple[str, tuple]]:
    """The statements of the floor, each with its parameters."""
    s = health_settings.load()
    dates = dashboard_dates(as_of)
    reach = max(s["sentiment_recent_days"] + s["sentiment_baseline_days"], s["lookback_days"], s["renewal_talk_days"])
    low, end = day_start(dates[0], reach), end_of(as_of)
    lookback = dates[0] - dt.timedelta(days=int(s["lookback_days"]) - 1)
    IX, F, N = Interaction, Feedback, Negotiation  # noqa: N806 - the tables, short as in SQL
    in_span = (IX.occurred_at >= low) & (IX.occurred_at <= end)
    queries = [
        Client.select(Client.id, Client.name, Client.stage, Client.segment, Client.account_manager, User.name,
                      Client.contract_start, Client.contract_end, Client.contact_every_days)
        .join(User, JOIN.LEFT_OUTER, on=(Client.account_manager == User.id)),
        StageChange.select(StageChange.client, StageChange.at, StageChange.to_stage),
        # what the sentiment, effort, rhythm and renewal windows sum
        # down the covering (client, date, sentiment, effort, kind) index, client by client: the
        # cheapest plan (through the date index alone, each row's table page is read too: 4x dearer)
        client_first(Client.select(Client.id, IX.occurred_at, IX.sentiment, IX.effort, IX.kind),
                     (IX, (IX.client == Client.id) & in_span)),
        # the drift, renewal-talk and policy tags of those entries, with who logged them (the charts)
        InteractionTag.select(IX.client, IX.author, IX.occurred_at, Tag.name)
        .join_from(InteractionTag, IX).join_from(InteractionTag, Tag)
        .where(in_span, Tag.name.in_((*DRIFT_TAGS, *POLICY_TAGS, "negotiate"))),
        F.select(F.client, F.raised_at, F.acknowledged_at, F.resolved_at).where(F.raised_at <= end),
        FeedbackContact.select(F.client, IX.occurred_at).join_from(FeedbackContact, F)
        .join_from(FeedbackContact, IX).where(in_span),
        N.select(N.id, N.client, N.opened_at, N.target_date, N.status).where(N.opened_at <= as_of),
        NegotiationEvent.select(NegotiationEvent.negotiation, NegotiationEvent.at, NegotiationEvent.status),
        NegotiationAction.select(N.client, NegotiationAction.due, NegotiationAction.done_at).join(N),
        # promises due in any date's lookback, or outstanding after the earliest date
        IX.select(IX.client, IX.occurred_at, IX.follow_up_due, IX.follow_up_done)
        .where(IX.follow_up_due <= as_of, (IX.follow_up_due >= lookback) | IX.follow_up_done.is_null()
               | (IX.follow_up_done > dates[0])),
        Pulse.select(Pulse.client, Pulse.at, Pulse.reading, Pulse.comment)
        .where(Pulse.at > dates[0] - dt.timedelta(days=int(s["pulse_valid_days"])), Pulse.at <= as_of),
    ]
    return [(sql, tuple(params)) for sql, params in (query.sql() for query in queries)]


def dashboard_floor(as_of: dt.date) -> Callable[[], None]:
    """The floor as a call: every statement run through sqlite3 and every row fetched."""
    statements = floor_statements(as_of)
    connection = db.obj.connection()

    def run() -> None:
        for sql, params in statements:
            connection.execute(sql, params).fetchall()

    return run
