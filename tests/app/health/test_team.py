"""The owner's view of the team: per manager and per segment, under filters, over one window."""

import datetime as dt

import pytest

from app.common.errors import ValidationError
from app.health import filtered_charts
from app.health.dashboard import dashboard_data
from app.health.score import ClientHealth, health_at
from app.health.team import (
    BY_SEGMENT,
    RateWindow,
    TeamFilters,
    praise_by_colleague,
    team_facts,
    team_notes,
    team_rows,
)
from app.hear import feedback
from app.journal import records as journal
from db.models import Client
from tests.authors import firm_owner

AS_OF = dt.date(2026, 3, 10)  # a Tuesday
WINDOW = RateWindow(AS_OF, 90)
T = dt.datetime


@pytest.fixture
def firm(make_user, make_client, make_interaction):
    olena, taras = make_user("Olena"), make_user("Taras")
    acme = make_client("Acme", account_manager=olena.id, segment="retail")
    birch = make_client("Birch", account_manager=olena.id, segment="wholesale")
    cedar = make_client("Cedar", account_manager=taras.id, segment="retail")
    at = T(2026, 3, 2, 11)
    make_interaction(acme, author=olena.id, occurred_at=at, tags=["like"])
    make_interaction(acme, author=olena.id, occurred_at=at, tags=["hear"])
    make_interaction(birch, author=olena.id, occurred_at=at, tags=["negotiate", "dismissive"])
    make_interaction(cedar, author=taras.id, occurred_at=at, tags=["hear", "capitulating"])
    make_interaction(cedar, author=taras.id, occurred_at=T(2026, 3, 4, 15), tags=["client_misconduct"],
                     summary="Shouted at Taras on the phone")
    make_interaction(acme, author=olena.id, occurred_at=T(2026, 3, 5, 12), kind="praise", tags=["staff_praise"],
                     praised=taras.id, summary="Thanked Taras for the quick delivery")
    make_interaction(acme, author=olena.id, occurred_at=T(2025, 10, 1, 10), tags=["negotiate"])  # outside the window
    # Promises: Olena keeps one of two at Acme on time; Taras keeps his; an old one is outside the window.
    make_interaction(acme, author=olena.id, occurred_at=at, follow_up_due=dt.date(2026, 3, 3),
                     follow_up_done=dt.date(2026, 3, 3))
    make_interaction(acme, author=olena.id, occurred_at=at, follow_up_due=dt.date(2026, 3, 4),
                     follow_up_done=dt.date(2026, 3, 6))
    make_interaction(cedar, author=taras.id, occurred_at=at, follow_up_due=dt.date(2026, 3, 4),
                     follow_up_done=dt.date(2026, 3, 4))
    make_interaction(acme, author=olena.id, occurred_at=T(2025, 9, 1), follow_up_due=dt.date(2025, 9, 2))
    # Feedback acknowledged in working hours (9-18, Monday to Friday): Acme 2 h, Birch 3 h over a weekend, Cedar 4 h.
    for client, raised, acknowledged in ((acme, T(2026, 3, 2, 10), T(2026, 3, 2, 12)),
                                         (birch, T(2026, 3, 6, 17), T(2026, 3, 9, 11)),
                                         (cedar, T(2026, 3, 3, 9), T(2026, 3, 3, 13))):
        item = feedback.open_feedback(client.id, "Late", raised_at=raised, by=firm_owner())
        feedback.acknowledge_feedback(item.id, at=acknowledged, by=firm_owner())
    portfolio = [_health(acme, olena, 85, "healthy"), _health(birch, olena, 45, "at_risk", warning=True),
                 _health(cedar, taras, 70, "watch")]
    return olena, taras, portfolio


def _health(client, manager, score, band, warning=False) -> ClientHealth:
    return ClientHealth(client.id, client.name, score, band, 0, warning, segment=client.segment,
                        manager_id=manager.id, manager_name=manager.name)


def by_name(rows):
    return {row.name: row for row in rows}


def test_rows_per_manager_side_by_side(firm):
    olena, taras, portfolio = firm
    rows = by_name(team_rows(TeamFilters(), WINDOW, portfolio=portfolio))
    assert list(rows) == ["Olena", "Taras"]
    o, t = rows["Olena"], rows["Taras"]
    assert (o.clients, o.bands["healthy"], o.bands["at_risk"], o.warnings) == (2, 1, 1, 1)
    assert (t.clients, t.bands["watch"], t.warnings) == (1, 1, 0)
    assert o.policy == {"like": 1, "hear": 1, "negotiate": 1}  # the October entry is outside the window
    assert o.policy_share("like") == pytest.approx(1 / 3)
    assert t.policy == {"like": 0, "hear": 1, "negotiate": 0}
    assert (o.drift["dismissive"], t.drift["capitulating"]) == (1, 1)
    assert (o.promises_kept, o.promises_due, o.kept_rate) == (1, 2, 0.5)
    assert (t.promises_kept, t.promises_due) == (1, 1)
    assert o.ack_median_hours == pytest.approx(2.5)  # 2 h and 3 h
    assert t.ack_median_hours == pytest.approx(4)
    assert (o.misconduct, t.misconduct) == (0, 1)
    assert (o.praise, t.praise) == (0, 1)  # praise counts for the colleague praised, not the one who logged it
    assert (o.replies_overdue, t.replies_overdue) == (0, 0)  # counted: nothing is waiting


def test_rows_per_segment_and_the_filters(firm):
    olena, taras, portfolio = firm
    rows = by_name(team_rows(TeamFilters(group_by=BY_SEGMENT), WINDOW, portfolio=portfolio))
    assert list(rows) == ["retail", "wholesale"]
    retail, wholesale = rows["retail"], rows["wholesale"]
    assert (retail.clients, wholesale.clients) == (2, 1)
    assert retail.policy == {"like": 1, "hear": 2, "negotiate": 0}
    assert (retail.promises_kept, retail.promises_due) == (2, 3)
    assert retail.ack_median_hours == pytest.approx(3)  # 2 h and 4 h
    assert (retail.misconduct, retail.praise, wholesale.drift["dismissive"]) == (1, 1, 1)
    # Olena's retail clients only
    only = team_rows(TeamFilters(manager_id=olena.id, segment="retail"), WINDOW, portfolio=portfolio)
    assert [(r.name, r.clients, r.policy_total, r.promises_due, r.ack_hours) for r in only] == [
        ("Olena", 1, 2, 2, [2.0])]


def test_a_bad_praised_colleague_is_refused(firm, make_client):
    olena, _taras, _ = firm
    with pytest.raises(ValidationError) as caught:
        journal.log_interaction(author=olena.id, client=make_client().id, occurred_at="2026-03-02", channel="call",
                                kind="praise", summary="Praise", praised=olena.id)  # no staff_praise tag
    assert "praised" in caught.value.fields()


def test_misconduct_and_praise_are_listed_with_the_people_named(firm):
    olena, taras, _ = firm
    facts = team_facts(WINDOW)
    notes = team_notes(facts, TeamFilters())
    assert [(n.tag, n.client, n.person) for n in notes] == [
        ("staff_praise", "Acme", "Taras"), ("client_misconduct", "Cedar", "Taras")]
    assert team_notes(facts, TeamFilters(), key=olena.id) == []
    assert praise_by_colleague(facts, TeamFilters()) == [("Taras", 1)]


def test_the_charts_follow_the_filters(firm):
    olena, taras, _ = firm
    data = dashboard_data(AS_OF)
    facts = team_facts(WINDOW)
    everyone, olena_only = TeamFilters(), TeamFilters(manager_id=olena.id)
    march = data.policy_mix[-1][0]
    assert dict(filtered_charts.policy_mix(data, facts, everyone))[march] == {"like": 1, "hear": 2, "negotiate": 1}
    assert dict(filtered_charts.policy_mix(data, facts, olena_only))[march] == {"like": 1, "hear": 1, "negotiate": 1}
    assert dict(filtered_charts.policy_mix(data, facts, TeamFilters(segment="wholesale")))[march] == {
        "like": 0, "hear": 0, "negotiate": 1}
    assert filtered_charts.drift(facts, olena_only) == [("Olena", {"dismissive": 1, "capitulating": 0, "punishing": 0})]
    assert [name for name, _ in filtered_charts.drift(facts, everyone)] == ["Olena", "Taras"]
    firm_bands = filtered_charts.band_months(data, facts, everyone)[-1][1]
    taras_bands = filtered_charts.band_months(data, facts, TeamFilters(manager_id=taras.id))[-1][1]
    assert sum(firm_bands.values()) == 3 and sum(taras_bands.values()) == 1
    assert firm_bands == data.band_months[-1][1]  # no filter: the firm's own chart


def test_client_misconduct_is_no_penalty_to_the_clients_score(make_client, make_interaction, make_user):
    olena = make_user("Olena")
    client = make_client("Acme", account_manager=olena.id)
    for day in range(1, 9):
        make_interaction(client, author=olena.id, occurred_at=T(2026, 3, day, 10), sentiment=1)
    rude = make_interaction(client, author=olena.id, occurred_at=T(2026, 3, 9, 10), sentiment=-1, kind="complaint",
                            direction="outbound", summary="Swore at our driver")
    before = health_at(client.id, AS_OF)
    journal.edit_interaction(rude.id, tags=["client_misconduct"], by=olena)
    after = health_at(client.id, AS_OF)
    assert (after.score, [r.factor for r in after.reasons]) == (before.score, [r.factor for r in before.reasons])
    facts = team_facts(WINDOW)
    assert team_notes(facts, TeamFilters())[0].summary == "Swore at our driver"


def test_the_share_of_coded_entries_per_manager_over_the_window(firm):
    olena, taras, portfolio = firm
    rows = by_name(team_rows(TeamFilters(), WINDOW, portfolio=portfolio))
    # Olena: like, hear, negotiate+dismissive coded; praise and two promises not (October is outside).
    assert (rows["Olena"].coded, rows["Olena"].entries) == (3, 6)
    assert (rows["Taras"].coded, rows["Taras"].entries) == (1, 3)  # hear+capitulating; misconduct, promise not
    retail = by_name(team_rows(TeamFilters(group_by=BY_SEGMENT), WINDOW, portfolio=portfolio))["retail"]
    assert retail.coded_share == pytest.approx(3 / 8)


def test_replies_awaiting_past_the_rule_count_for_whose_hand_they_need(firm, make_interaction):
    olena, taras, portfolio = firm
    cedar = Client.get(Client.name == "Cedar")
    # Two emails to Taras's client on Monday, unanswered by Tuesday's end (the rule: the same working day).
    for hour in (10, 11):
        make_interaction(cedar, author=None, occurred_at=T(2026, 3, 9, hour), channel="email", direction="inbound",
                         kind="request", summary="Where is the proof?")
    rows = by_name(team_rows(TeamFilters(), WINDOW, portfolio=portfolio))
    assert (rows["Olena"].replies_overdue, rows["Taras"].replies_overdue) == (0, 2)
    retail = by_name(team_rows(TeamFilters(group_by=BY_SEGMENT), WINDOW, portfolio=portfolio))
    assert (retail["retail"].replies_overdue, retail["wholesale"].replies_overdue) == (2, 0)
