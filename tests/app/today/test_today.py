"""Today's sources: due follow-ups and silent clients, for the right person."""

import datetime as dt

from app.today import agenda as today

DAY = dt.date(2026, 3, 10)


def test_follow_ups_due_or_overdue_for_their_author(make_user, make_client, make_interaction):
    olena, petro = make_user("Olena"), make_user("Petro")
    acme = make_client("Acme")
    make_interaction(acme, author=olena.id, summary="send the price list", follow_up_due=dt.date(2026, 3, 8))
    make_interaction(acme, author=olena.id, summary="due today", follow_up_due=DAY)
    make_interaction(acme, author=olena.id, summary="later", follow_up_due=dt.date(2026, 3, 11))
    make_interaction(acme, author=olena.id, summary="kept", follow_up_due=dt.date(2026, 3, 1),
                     follow_up_done=dt.date(2026, 3, 2))
    make_interaction(acme, author=petro.id, summary="Petro's", follow_up_due=dt.date(2026, 3, 8))

    items = today.follow_ups(olena.id, DAY)

    assert [(i.title, i.overdue) for i in items] == [("send the price list", True), ("due today", False)]
    assert len(today.follow_ups(None, DAY)) == 3  # nobody chosen: the whole firm


def test_silent_clients_past_their_rhythm(make_user, make_client, make_interaction):
    olena = make_user("Olena")
    quiet = make_client("Quiet", account_manager=olena.id, contact_every_days=7)
    make_interaction(quiet, occurred_at=dt.datetime(2026, 3, 1, 10))
    fresh = make_client("Fresh", account_manager=olena.id, contact_every_days=14)
    make_interaction(fresh, occurred_at=dt.datetime(2026, 3, 1, 10))
    ended = make_client("Ended", account_manager=olena.id, contact_every_days=7, stage="ended")
    make_interaction(ended, occurred_at=dt.datetime(2026, 1, 1, 10))
    make_client("No rhythm", account_manager=olena.id)

    items = today.silent_clients(olena.id, DAY)

    assert [(i.client_name, i.facts["days_silent"], i.due) for i in items] == [("Quiet", 9, dt.date(2026, 3, 8))]


def test_items_for_runs_every_source_in_section_order(make_user, make_client, make_interaction, monkeypatch):
    olena = make_user("Olena")
    acme = make_client("Acme", account_manager=olena.id, contact_every_days=3)
    make_interaction(acme, author=olena.id, occurred_at=dt.datetime(2026, 3, 1), follow_up_due=dt.date(2026, 3, 2))
    extra = today.TodayItem("warnings", acme.id, "Acme", "fell to souring", None, False, "client", acme.id)
    monkeypatch.setattr(today, "SOURCES", [today.follow_ups, today.silent_clients, lambda user_id, day: [extra]])

    assert [i.section for i in today.items_for(olena.id, DAY)] == ["follow_ups", "silence", "warnings"]


def test_a_client_gone_quiet_against_its_learned_rhythm_is_listed_as_health_sees_it(
        make_user, make_client, make_interaction):
    """No agreed rhythm: called weekly for months, then silent for 43 days. Health takes points
    for the silence, and Today lists the client, with the rhythm health learned."""
    from app.health.score import health_at

    olena = make_user("Olena")
    weekly = make_client("Weekly", account_manager=olena.id, contract_start=dt.date(2025, 6, 1))
    last = DAY - dt.timedelta(days=43)
    for week in range(20):
        make_interaction(weekly, occurred_at=dt.datetime.combine(last - dt.timedelta(weeks=week), dt.time(10)))
    steady = make_client("Steady", account_manager=olena.id, contract_start=dt.date(2025, 6, 1))
    for week in range(20):
        make_interaction(steady, occurred_at=dt.datetime.combine(DAY - dt.timedelta(weeks=week, days=1), dt.time(10)))

    reasons = {r.factor: r for r in health_at(weekly.id, DAY).reasons}
    items = today.silent_clients(olena.id, DAY)

    assert "silence" in reasons
    assert [(i.client_name, i.facts["days_silent"], i.facts["rhythm"], i.facts["rhythm_source"]) for i in items] \
        == [("Weekly", 43, 7, "usual")]
    assert items[0].due == last + dt.timedelta(days=7)
    assert today.silent_clients(make_user("Petro").id, DAY) == []  # not Petro's client
    assert today.silent_clients(olena.id, DAY, figures=[]) == []  # health not known yet: agreed rhythms only
