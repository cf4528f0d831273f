"""Scripted histories: souring relationships are flagged within two weeks of the turn, while
steady ones (the demanding-but-heard client and the quiet one among them) stay healthy."""

import datetime as dt

import pytest

from app.health.score import firm_health, health_at
from app.hear import feedback
from app.journal import records as journal
from app.negotiate import negotiations
from tests.authors import firm_owner, signing_author
from tests.stages import judged_interesting

TURN = dt.date(2026, 5, 4)  # a Monday: the day things start to go wrong
FIRST = TURN - dt.timedelta(days=240)
LAST = TURN + dt.timedelta(days=28)


def day(offset: int) -> dt.date:
    return TURN + dt.timedelta(days=offset)


def log(client, when: dt.date, hour: int = 11, **fields):
    fields.setdefault("channel", "call")
    fields.setdefault("kind", "update")
    fields.setdefault("summary", "Weekly call")
    return journal.log_interaction(author=signing_author(), client=client.id, occurred_at=dt.datetime.combine(when, dt.time(hour)),
                                   **fields)


def every(step: int, start: dt.date = FIRST, end: dt.date = LAST):
    when = start
    while when <= end:
        yield when
        when += dt.timedelta(days=step)


def steady(client, end: dt.date = LAST, step: int = 7, **fields):
    fields.setdefault("sentiment", 1)
    for when in every(step, FIRST, end):
        log(client, when, **fields)


def build_firm(make_client) -> dict[str, int]:
    far = day(300)
    clients = {}

    def new(name, **fields):
        fields.setdefault("contract_end", far)
        client = make_client(name, **fields)
        clients[name] = client.id
        return client

    steady(new("regular", contact_every_days=7))

    demanding = new("demanding", contact_every_days=7)
    steady(demanding)
    for when in every(10, FIRST + dt.timedelta(days=3)):
        complaint = log(demanding, when, 10, kind="complaint", direction="inbound", sentiment=-1, effort=3,
                        summary="Another problem")
        item = feedback.Feedback.get(feedback.Feedback.interaction == complaint.id)
        raised = item.raised_at
        feedback.acknowledge_feedback(item.id, at=raised + dt.timedelta(hours=1), by=firm_owner())
        feedback.resolve_feedback(item.id, at=raised + dt.timedelta(days=2), by=firm_owner())

    steady(new("quiet"), step=45)

    steady(new("silent", contact_every_days=7), end=TURN)

    unanswered = new("unanswered")
    steady(unanswered)
    for offset in (0, 2):
        log(unanswered, day(offset), 10, kind="complaint", direction="inbound", sentiment=-1,
            summary="Nobody called back")

    deadlock = new("deadlock")
    steady(deadlock)
    talk = negotiations.open_negotiation(deadlock.id, "Price 2027", opened_at=day(-20), by=firm_owner())
    negotiations.change_status(talk.id, "deadlock", "Neither side moves", at=dt.datetime.combine(TURN, dt.time(15)), by=firm_owner())

    sliding = new("sliding")
    steady(sliding, end=TURN - dt.timedelta(days=1), step=2)
    steady_after = every(2, TURN, LAST)
    for when in steady_after:
        log(sliding, when, sentiment=-1, summary="Unhappy again")

    drifting = new("drifting")
    steady(drifting)
    for offset in (0, 4, 8):
        log(drifting, day(offset), 15, summary="Told them to wait", tags=["dismissive"])

    steady(new("expiring", contract_end=day(60)))
    return clients


@pytest.fixture
def firm(make_client):
    return build_firm(make_client)


def warnings_by_day(days):
    """{day: set of client names with a warning on that day}"""
    return {when: {h.client for h in firm_health(when) if h.warning} for when in days}


SOURING = ("silent", "unanswered", "deadlock", "sliding", "drifting", "expiring")
STEADY = ("regular", "demanding", "quiet")


def test_souring_clients_are_flagged_within_two_weeks_of_the_turn(firm):
    flagged = warnings_by_day([day(offset) for offset in range(-7, 15)])
    before = set().union(*(names for when, names in flagged.items() if when < TURN))
    after = set().union(*(names for when, names in flagged.items() if when >= TURN))
    assert not before & set(SOURING), f"flagged before the turn: {before}"
    assert set(SOURING) <= after, f"missed: {set(SOURING) - after}"


def test_steady_clients_stay_healthy_throughout(firm):
    for when in every(7, day(-56), day(28)):
        health = {h.client: h for h in firm_health(when)}
        for name in STEADY:
            assert health[name].band == "healthy" and not health[name].warning, (when, health[name])


def test_the_demanding_client_complains_often_yet_is_heard(firm):
    health = health_at(firm["demanding"], day(14))
    assert health.score >= 90
    assert not any(r.factor.startswith("feedback") for r in health.reasons)


def test_a_past_day_replays_what_the_journal_knew_then(firm):
    before = health_at(firm["unanswered"], day(5))
    assert any(r.factor == "feedback_clock" for r in before.reasons)
    for item in feedback.Feedback.select().where(feedback.Feedback.client == firm["unanswered"]):
        feedback.acknowledge_feedback(item.id, at=dt.datetime.combine(day(9), dt.time(10)), by=firm_owner())
    assert health_at(firm["unanswered"], day(5)) == before  # nothing known on day 5 changed
    later = health_at(firm["unanswered"], day(10))
    clock = next(r for r in later.reasons if r.factor == "feedback_clock")
    assert clock.values["unacknowledged"] == 0 and clock.values["late"] == 2


def test_a_deadlock_resolved_later_still_counts_on_the_days_it_stood(firm):
    talk = negotiations.Negotiation.get(negotiations.Negotiation.client == firm["deadlock"])
    negotiations.change_status(talk.id, "agreed", "Split the difference",
                               at=dt.datetime.combine(day(20), dt.time(12)), by=firm_owner())
    assert any(r.factor == "negotiations" for r in health_at(firm["deadlock"], day(10)).reasons)
    assert not any(r.factor == "negotiations" for r in health_at(firm["deadlock"], day(21)).reasons)


def test_a_client_contracted_later_is_not_in_the_firm_before(make_client):
    client = make_client("Newcomer", stage="prospect")
    judged_interesting(client.id)
    journal.update_client(client.id, stage="contracted", by=firm_owner())
    changes = journal.StageChange.select().where(journal.StageChange.client == client.id)
    for change, moment in zip(changes.order_by(journal.StageChange.id),
                              (dt.datetime(2026, 1, 5, 9), dt.datetime(2026, 4, 1, 9)), strict=True):
        change.at = moment  # as if entered in January and signed in April
        change.save()
    assert "Newcomer" not in {h.client for h in firm_health(dt.date(2026, 3, 1))}
    assert "Newcomer" in {h.client for h in firm_health(dt.date(2026, 4, 2))}
