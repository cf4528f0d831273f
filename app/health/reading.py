"""What the health reads share: the facts they fill, and fetching and converting grouped rows.

The reads (app.health.facts and app.health.contacts) build their statements with peewee and
fetch them raw: for thousands of grouped rows peewee's per-row conversion costs more than the
SQL, so dates are converted here.
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from peewee import JOIN

from app.common.busy import step_aside, stepping


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
    latest_sentiment_sum: int = 0  # the latest days of the recent window holding sentiment_full_count
    latest_sentiment_n: int = 0  # rated entries (0: the recent window holds no more than that)
    latest_sentiment_days: int = 0
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


def scoped(query, field, client_ids) -> Iterator[tuple]:
    """The query's rows (for client_ids only, if given), fetched raw: for thousands of grouped
    rows peewee's per-row conversion costs more than the SQL, so dates are converted here."""
    query = query if client_ids is None else query.where(field.in_(client_ids))
    return stepping(fetch_rows(*query.sql()), 256)  # the caller's loop over the rows steps aside too


def fetch_rows(sql: str, params) -> list[tuple]:
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


def client_first(query, *links):
    """Join each (model, condition) of links to the Client query in turn; on SQLite CROSS JOINs keep
    Client the outer loop (the planner's documented hint), so each client's rows come from the
    (client, date) index."""
    from db.connection import is_sqlite

    for model, condition in links:
        query = query.join(model, JOIN.CROSS).where(condition) if is_sqlite() else query.join(model, on=condition)
    return query

