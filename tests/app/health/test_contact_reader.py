"""The contact reader on random journals: every window's sums as a plain count of the entries says,
and the dashboard's one pass over all its dates the same as each date scored alone."""

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.health import settings as health_settings
from app.health.contacts import ContactWindows
from app.health.facts import collect_facts_on
from db.connection import open_database
from db.models import Interaction, InteractionTag, Tag
from tests.authors import signing_author
from tests.stages import client_at_stage

TODAY = dt.date.today()
EDGES = (dt.time(0, 0, 0), dt.time(23, 59, 59), dt.time(12, 0, 0))  # the windows cut at a day's first second

entries = st.lists(st.tuples(
    st.integers(0, 3),  # which client
    st.integers(0, 620),  # days back: the dashboard's year and the baseline before it
    st.one_of(st.sampled_from(EDGES), st.times().map(lambda t: t.replace(microsecond=0))),
    st.one_of(st.none(), st.integers(-2, 2)),  # sentiment
    st.one_of(st.none(), st.integers(1, 5)),  # effort
    st.sampled_from(["update", "negotiation", "complaint"]),
    st.sampled_from([None, None, "dismissive", "negotiate"]),
), min_size=0, max_size=120)
clients = st.lists(st.tuples(st.sampled_from([None, None, 7, 30]), st.sampled_from(["contracted", "paused"])),
                   min_size=1, max_size=4)


def fresh_journal(clients_spec, entries_spec):
    """A new journal holding the clients and entries; returns the clients and their entries' rows."""
    open_database(Path(tempfile.mkdtemp(prefix="rapport-reader-")) / "journal.db")
    made = [client_at_stage(f"Client {n}", stage=stage, contact_every_days=rhythm,
                            contract_start=TODAY - dt.timedelta(days=900))
            for n, (rhythm, stage) in enumerate(clients_spec)]
    author = signing_author()
    rows = []
    for which, days, at, sentiment, effort, kind, tag in entries_spec:
        client = made[which % len(made)]
        moment = dt.datetime.combine(TODAY - dt.timedelta(days=days), at)
        entry = Interaction.create(client=client.id, author=author, occurred_at=moment, channel="call", kind=kind,
                                   sentiment=sentiment, effort=effort, summary="x")
        if tag:
            InteractionTag.create(interaction=entry.id, tag=Tag.get_or_create(name=tag)[0].id)
        rows.append((client.id, moment, sentiment, effort, kind))
    return made, rows


def counted(rows, client_id, w: ContactWindows, latest: int) -> dict:
    """The contact facts of one client in the windows w, counted entry by entry: the mood from the
    entries other than complaints, and the latest days of the recent window holding `latest` of them."""
    mine = [r for r in rows if r[0] == client_id and w.earliest <= r[1] <= w.end]
    rated = sorted((r[1], r[2]) for r in mine if r[2] is not None and r[4] != "complaint")
    recent = [s for at, s in rated if at >= w.recent]
    baseline = [s for at, s in rated if at < w.recent]
    newest = [(at, s) for at, s in rated if at >= w.recent]
    if len(newest) > latest:
        first_day = newest[-latest][0].date()
        latest_moods = [s for at, s in newest if at.date() >= first_day]
        latest_facts = (sum(latest_moods), len(latest_moods), (w.end.date() - first_day).days + 1)
    else:
        latest_facts = (0, 0, 0)
    efforts = [r[3] for r in mine if r[3] is not None and r[1] >= w.lookback]
    return {"recent_sentiment_sum": sum(recent), "recent_sentiment_n": len(recent),
            "baseline_sentiment_sum": sum(baseline), "baseline_sentiment_n": len(baseline),
            "baseline_sentiment_sq": sum(s * s for s in baseline), "latest": latest_facts,
            "effort_sum": sum(efforts), "effort_n": len(efforts),
            "talks": sum(1 for r in mine if r[4] == "negotiation" and r[1] >= w.renewal),
            "contact_days": len({r[1].date() for r in mine}),
            "first": min((r[1] for r in mine), default=None), "last": max((r[1] for r in mine), default=None)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clients_spec=clients, entries_spec=entries, days_back=st.sampled_from([0, 13, 45, 200]))
def test_every_window_sums_what_its_entries_say(clients_spec, entries_spec, days_back):
    made, rows = fresh_journal(clients_spec, entries_spec)
    weights = health_settings.load()
    day = TODAY - dt.timedelta(days=days_back)
    w = ContactWindows.at(day, weights)
    facts = collect_facts_on([day], weights, stages=())[0]
    for client in made:
        f, expected = facts[client.id], counted(rows, client.id, w, int(weights["sentiment_full_count"]))
        tagged = sum(1 for link in InteractionTag.select().join(Interaction).join_from(InteractionTag, Tag)
                     .where(Interaction.client == client.id, Tag.name == "negotiate",
                            Interaction.occurred_at >= w.renewal, Interaction.occurred_at <= w.end))
        assert (f.recent_sentiment_sum, f.recent_sentiment_n, f.baseline_sentiment_sum, f.baseline_sentiment_n,
                f.baseline_sentiment_sq, f.effort_sum, f.effort_n, f.negotiation_contacts) == \
            tuple(expected[k] for k in ("recent_sentiment_sum", "recent_sentiment_n", "baseline_sentiment_sum",
                                        "baseline_sentiment_n", "baseline_sentiment_sq", "effort_sum", "effort_n")) \
            + (expected["talks"] + tagged,)
        assert (f.latest_sentiment_sum, f.latest_sentiment_n, f.latest_sentiment_days) == expected["latest"]
        if f.contact_every_days or expected["contact_days"] >= weights["rhythm_min_contacts"]:
            # a sparse client's rhythm is read a year back, in a read of its own
            assert (f.contact_days, f.first_contact_in_window) == (expected["contact_days"], expected["first"])
            assert f.last_contact == expected["last"] or (expected["last"] is None and f.last_contact is not None)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clients_spec=clients, entries_spec=entries)
def test_the_dashboards_one_pass_equals_each_date_scored_alone(clients_spec, entries_spec):
    from app.health.dashboard import dashboard_data
    from app.health.score import firm_health, health_at

    made, _rows = fresh_journal(clients_spec, entries_spec)
    data = dashboard_data(TODAY)
    alone = firm_health(TODAY)
    assert [(h.client_id, h.score, h.trend_30d, h.warning, h.reasons) for h in data.portfolio] == \
        [(h.client_id, h.score, h.trend_30d, h.warning, h.reasons) for h in alone]
    for h in data.portfolio:  # one client read alone scores the same as in the firm's pass
        one = health_at(h.client_id, TODAY)
        assert (one.score, one.trend_30d, one.reasons) == (h.score, h.trend_30d, h.reasons)
    for i, day in enumerate(data.history_dates):
        scored = {h.client_id: h.score for h in firm_health(day)}
        assert {cid: scores[i] for cid, scores in data.history.items() if scores[i] is not None} == scored, day
    assert len(made) >= 1
