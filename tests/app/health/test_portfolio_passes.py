"""The dashboard reads every date in the same passes: the figures equal each date scored alone."""

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.health import settings as health_settings
from app.health.factors import reasons_for, score_at
from app.health.facts import ClientFacts
from app.health.pulse import log_pulse
from app.health.score import firm_health, score_history, score_of
from app.hear import feedback
from app.journal import records as journal
from db.models import StageChange
from tests.authors import firm_owner, signing_author
from tests.stages import judged_interesting

TODAY = dt.date.today()


def at(days_before: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_before), dt.time(hour))


def log(client, days_before, hour=10, **fields):
    fields.setdefault("channel", "call")
    fields.setdefault("kind", "update")
    fields.setdefault("summary", "A call")
    return journal.log_interaction(author=signing_author(), client=client.id, occurred_at=at(days_before, hour),
                                   **fields)


def test_the_dashboards_portfolio_and_history_equal_each_day_scored_alone(make_client, make_user):
    from app.health.dashboard import dashboard_data

    manager = make_user("Olena")
    steady, souring, quiet = make_client("Steady"), make_client("Souring"), make_client("Quiet")
    newcomer = make_client("Newcomer", stage="prospect")
    for days in range(1, 420, 6):
        log(steady, days, sentiment=1, tags=["like"])
        # two entries a day, late and early: days that straddle the windows' edges
        log(souring, days, hour=23, sentiment=-2 if days < 100 else 2, effort=5 if days < 70 else 1,
            tags=["dismissive"] if days < 80 else ["hear"])
        log(souring, days - 1 if days > 1 else days, hour=0, sentiment=-1 if days < 100 else 1)
    for days in range(200, 420, 40):
        log(quiet, days, kind="negotiation")
    for days in range(1, 60, 4):
        log(newcomer, days, sentiment=-1)
    # a prospect signed 45 days ago: outside the history before, inside after
    judged_interesting(newcomer.id)  # contracted only after stage one's decision
    journal.update_client(newcomer.id, stage="contracted", by=firm_owner())
    for stage, days in (("prospect", 500), ("contracted", 45)):
        StageChange.update(at=at(days)).where(StageChange.client == newcomer.id,
                                              StageChange.to_stage == stage).execute()
    feedback.open_feedback(souring.id, "Late delivery", raised_at=at(50), by=firm_owner())
    log_pulse(souring.id, manager.id, "bad", at=TODAY - dt.timedelta(days=40))

    data = dashboard_data(TODAY)

    alone = firm_health(TODAY)
    assert [(h.client_id, h.score, h.trend_30d, h.warning, h.reasons, h.why_now) for h in data.portfolio] == \
        [(h.client_id, h.score, h.trend_30d, h.warning, h.reasons, h.why_now) for h in alone]
    assert data.history == score_history(data.history_dates)
    for i, day in enumerate(data.history_dates):
        scored = {h.client_id: h.score for h in firm_health(day)}
        assert {cid: scores[i] for cid, scores in data.history.items() if scores[i] is not None} == scored, day
    assert data.history[newcomer.id][0] is None and data.history[newcomer.id][-1] is not None
    assert len(set(data.history[souring.id])) > 1  # the history moves: the test compares something


FACT_FIELDS = [f for f in dataclasses.fields(ClientFacts) if f.type in (int, "int") and f.name != "client_id"]


@settings(max_examples=300, deadline=None)
@given(counts=st.fixed_dictionaries({f.name: st.integers(0, 40) for f in FACT_FIELDS}),
       stage=st.sampled_from(["contracted", "paused"]),
       sentiment=st.tuples(st.integers(-80, 80), st.integers(0, 40), st.integers(-80, 80), st.integers(0, 40)),
       last_contact=st.one_of(st.none(), st.integers(0, 400)), rhythm=st.sampled_from([None, 7, 30]),
       contract_end=st.one_of(st.none(), st.integers(-120, 120)),
       pulse=st.sampled_from([None, "good", "uneasy", "bad"]))
def test_a_score_without_its_reasons_worded_is_the_same_score(counts, stage, sentiment, last_contact, rhythm,
                                                             contract_end, pulse):
    """score_at, used for the thousands of history points, adds the very numbers reasons_for words."""
    day = dt.date(2026, 6, 15)
    facts = ClientFacts(1, "Client", stage, **counts)
    facts.recent_sentiment_sum, facts.recent_sentiment_n, facts.baseline_sentiment_sum, \
        facts.baseline_sentiment_n = sentiment
    facts.baseline_sentiment_sq = abs(sentiment[2]) * 2
    facts.contact_every_days = rhythm
    if last_contact is not None:
        facts.last_contact = dt.datetime.combine(day - dt.timedelta(days=last_contact), dt.time(9))
        facts.first_contact_in_window = facts.last_contact - dt.timedelta(days=300)
        facts.gap_mean, facts.gap_sd = 20.0, 6.0
    facts.contract_start = day - dt.timedelta(days=500)
    facts.contract_end = None if contract_end is None else day + dt.timedelta(days=contract_end)
    facts.pulse_reading, facts.pulse_at = pulse, day - dt.timedelta(days=3)
    weights = health_settings.load()
    assert score_at(facts, weights, day) == score_of(reasons_for(facts, weights, day))
