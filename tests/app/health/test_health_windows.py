"""Health: the day and the day 30 days before, read together, see exactly the interactions of their windows."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.health import settings as health_settings
from app.health.facts import collect_trend_facts, day_start, end_of
from app.health.score import TREND_DAYS
from app.journal import records as journal
from tests.authors import signing_author

AS_OF = dt.date(2026, 6, 15)
MOMENTS = (dt.time(0, 0), dt.time(10, 30), dt.time(23, 59, 59))  # both edges of a day

interactions = st.lists(st.tuples(st.integers(0, 260), st.sampled_from(MOMENTS), st.sampled_from([None, -2, 0, 2]),
                                  st.sampled_from([None, 1, 5]), st.sampled_from(["update", "negotiation"])),
                        min_size=1, max_size=12)
windows = st.fixed_dictionaries({"sentiment_recent_days": st.integers(7, 60), "sentiment_baseline_days": st.integers(30, 120),
                                 "lookback_days": st.integers(7, 200), "renewal_talk_days": st.integers(1, 200)})


def expected(rows, as_of, s) -> dict:
    """What one client's windows hold at as_of, counted the plain way."""
    end = end_of(as_of)
    recent = day_start(as_of, s["sentiment_recent_days"])
    lookback = day_start(as_of, s["lookback_days"])
    renewal = day_start(as_of, s["renewal_talk_days"])
    earliest = min(recent - dt.timedelta(days=s["sentiment_baseline_days"]), lookback, renewal)
    seen = [r for r in rows if earliest <= r[0] <= end]
    rated = [r for r in seen if r[1] is not None]
    return {"recent": sum(r[1] for r in rated if r[0] >= recent), "recent_n": sum(r[0] >= recent for r in rated),
            "baseline": sum(r[1] for r in rated if r[0] < recent), "baseline_n": sum(r[0] < recent for r in rated),
            "effort_n": sum(r[2] is not None and r[0] >= lookback for r in seen),
            "effort": sum(r[2] for r in seen if r[2] is not None and r[0] >= lookback),
            "talks": sum(r[3] == "negotiation" and r[0] >= renewal for r in seen),
            "days": len({r[0].date() for r in seen})}


def found(f) -> dict:
    return {"recent": f.recent_sentiment_sum, "recent_n": f.recent_sentiment_n, "baseline": f.baseline_sentiment_sum,
            "baseline_n": f.baseline_sentiment_n, "effort_n": f.effort_n, "effort": f.effort_sum,
            "talks": f.negotiation_contacts, "days": f.contact_days}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(logged=interactions, chosen=windows)
def test_each_day_counts_only_its_own_windows(make_client, logged, chosen):
    client = make_client(contact_every_days=7)  # an agreed rhythm: no year-long second read
    rows = []
    for days_before, moment, sentiment, effort, kind in logged:
        when = dt.datetime.combine(AS_OF - dt.timedelta(days=days_before), moment)
        journal.log_interaction(author=signing_author(), client=client.id, occurred_at=when, channel="call", kind=kind, summary="A call",
                                sentiment=sentiment, effort=effort)
        rows.append((when, sentiment, effort, kind))
    s = dict(health_settings.load(), **chosen)
    before = AS_OF - dt.timedelta(days=TREND_DAYS)
    now, past = collect_trend_facts(AS_OF, before, s, [client.id], None, ())
    for facts, day in ((now, AS_OF), (past, before)):
        want = expected(rows, day, s)
        assert found(facts[client.id]) == want, day
