"""The awaiting-reply clock: opened by an inbound email, request or feedback, stopped by our next
outbound contact or "no reply needed", overdue past the firm's rule in working time; routing."""

import datetime as dt

import pytest

from app.common import preferences
from app.common.errors import ValidationError
from app.hear import replies
from app.hear.replies import awaiting_replies, reply_due
from app.hear.working_time import WorkCalendar
from app.journal import records as journal
from app.today.agenda import items_for
from app.today.hear import replies_awaiting
from db.models import Holiday, Interaction
from tests.authors import firm_owner, signing_author

CAL = WorkCalendar()  # Monday to Friday, 09:00-18:00
FRIDAY_1000 = dt.datetime(2026, 3, 6, 10, 0)
FRIDAY_1900 = dt.datetime(2026, 3, 6, 19, 0)
SATURDAY = dt.datetime(2026, 3, 7, 12, 0)
MONDAY_1000 = dt.datetime(2026, 3, 9, 10, 0)
MONDAY_1830 = dt.datetime(2026, 3, 9, 18, 30)


def inbound(client, at, channel="email", kind="update", **fields):
    return journal.log_interaction(author=signing_author(), client=client.id, occurred_at=at, channel=channel,
                                   kind=kind, direction="inbound", summary="Where is my order?", **fields)


def outbound(client, at, channel="call"):
    return journal.log_interaction(author=signing_author(), client=client.id, occurred_at=at, channel=channel,
                                   kind="update", direction="outbound", summary="Answered")


@pytest.mark.parametrize("channel, kind, waits", [
    ("email", "update", True), ("call", "request", True), ("chat", "feedback", True),
    ("call", "update", False), ("meeting", "praise", False)])
def test_which_inbound_entries_open_a_clock(make_client, channel, kind, waits):
    client = make_client()
    inbound(client, FRIDAY_1000, channel, kind)
    assert (client.id in awaiting_replies(FRIDAY_1900, cal=CAL)) is waits


def test_the_same_working_day_rule_runs_across_a_weekend(make_client):
    client = make_client()
    inbound(client, FRIDAY_1900)  # after hours on Friday: due by Monday's close
    assert reply_due(FRIDAY_1900, CAL, 0) == dt.datetime(2026, 3, 9, 18, 0)
    saturday = awaiting_replies(SATURDAY, cal=CAL)[client.id]
    assert not saturday.overdue and saturday.hours_waiting == 0
    monday = awaiting_replies(MONDAY_1000, cal=CAL)[client.id]
    assert not monday.overdue and monday.hours_waiting == 1
    late = awaiting_replies(MONDAY_1830, cal=CAL)[client.id]
    assert late.overdue and late.overdue_messages == 1 and late.hours_waiting == 9


def test_a_message_in_working_hours_is_due_by_the_close_of_that_day(make_client):
    client = make_client()
    inbound(client, FRIDAY_1000)
    assert not awaiting_replies(dt.datetime(2026, 3, 6, 17, 59), cal=CAL)[client.id].overdue
    assert awaiting_replies(dt.datetime(2026, 3, 6, 18, 1), cal=CAL)[client.id].overdue


def test_a_holiday_moves_the_due_time(make_client):
    Holiday.create(day=dt.date(2026, 3, 9), name="Spring day")
    assert reply_due(FRIDAY_1900, WorkCalendar.load(), 0) == dt.datetime(2026, 3, 10, 18, 0)


def test_a_rule_in_working_hours(make_client):
    client = make_client()
    inbound(client, dt.datetime(2026, 3, 6, 16, 0))  # Friday 16:00, 4 working hours: Monday 11:00
    clocks = awaiting_replies(dt.datetime(2026, 3, 9, 10, 59), cal=CAL, hours=4)
    assert clocks[client.id].due_at == dt.datetime(2026, 3, 9, 11, 0) and not clocks[client.id].overdue
    assert awaiting_replies(dt.datetime(2026, 3, 9, 11, 1), cal=CAL, hours=4)[client.id].overdue


def test_the_next_outbound_contact_stops_the_clock_from_any_channel(make_client):
    client, other = make_client(), make_client()
    inbound(client, FRIDAY_1000)
    inbound(other, FRIDAY_1000)
    outbound(client, dt.datetime(2026, 3, 6, 15, 0), channel="call")
    clocks = awaiting_replies(MONDAY_1830, cal=CAL, hours=0)
    assert client.id not in clocks and other.id in clocks
    # before the answer was given, it was still waiting: the clock can be replayed
    assert client.id in awaiting_replies(dt.datetime(2026, 3, 6, 14, 0), cal=CAL)


def test_a_new_message_after_our_answer_opens_a_new_clock(make_client):
    client = make_client()
    inbound(client, FRIDAY_1000)
    outbound(client, dt.datetime(2026, 3, 6, 11, 0))
    inbound(client, MONDAY_1000, kind="request", channel="call")
    clock = awaiting_replies(MONDAY_1830, cal=CAL)[client.id]
    assert clock.since == MONDAY_1000 and clock.messages == 1


def test_no_reply_needed_stops_the_clock(make_client):
    client = make_client()
    thanks = inbound(client, FRIDAY_1000, no_reply_needed=True)
    assert Interaction.get_by_id(thanks.id).no_reply_needed
    assert client.id not in awaiting_replies(MONDAY_1830, cal=CAL)
    question = inbound(client, dt.datetime(2026, 3, 6, 11, 0))
    assert client.id in awaiting_replies(MONDAY_1830, cal=CAL)
    replies.set_no_reply_needed(question.id, by=firm_owner())
    assert client.id not in awaiting_replies(MONDAY_1830, cal=CAL)


def test_no_reply_needed_is_refused_for_what_waits_for_nothing(make_client):
    client = make_client()
    answer = outbound(client, FRIDAY_1000)
    with pytest.raises(ValidationError) as caught:
        replies.set_no_reply_needed(answer.id, by=firm_owner())
    assert caught.value.problems[0].where == "no_reply_needed"


def test_all_clocks_are_read_in_one_query(make_client):
    from playhouse.test_utils import count_queries

    clients = [make_client() for _ in range(5)]
    for client in clients:
        inbound(client, FRIDAY_1000)
        inbound(client, dt.datetime(2026, 3, 6, 11, 0), kind="request", channel="call")
    with count_queries() as counted:
        clocks = awaiting_replies(MONDAY_1830, cal=CAL, hours=0)
    assert len(clocks) == 5 and all(c.messages == 2 and c.overdue_messages == 2 for c in clocks.values())
    assert counted.count == 1


def test_the_awaiting_reply_shows_in_the_managers_today_until_routed(make_user, make_client):
    manager, colleague = make_user("Olena"), make_user("Taras")
    client = make_client(account_manager=manager.id)
    inbound(client, FRIDAY_1000)
    day = dt.date(2026, 3, 9)
    mine = replies_awaiting(manager.id, day)
    assert [(i.client_id, i.overdue) for i in mine] == [(client.id, True)]
    assert replies_awaiting(colleague.id, day) == []
    assert replies.assign_reply(client.id, colleague, now=MONDAY_1830, by=firm_owner()) == 1
    assert replies_awaiting(manager.id, day) == []
    theirs = items_for(colleague.id, day)
    assert [(i.section, i.client_id, i.facts["assignee"]) for i in theirs] == [("replies", client.id, "Taras")]


def test_routing_a_client_with_nothing_waiting_is_refused(make_user, make_client):
    client = make_client()
    with pytest.raises(ValidationError) as caught:
        replies.assign_reply(client.id, make_user(), now=MONDAY_1830, by=firm_owner())
    assert caught.value.problems[0].where == "client"


def test_the_firms_rule_is_a_setting(make_client):
    from app.hear.calendar_settings import save_work_calendar

    client = make_client()
    inbound(client, FRIDAY_1000)
    save_work_calendar([0, 1, 2, 3, 4], dt.time(9), dt.time(18), [], reply_within_hours=2, by=firm_owner())
    assert preferences.get("reply_within_hours") == 2
    assert awaiting_replies(dt.datetime(2026, 3, 6, 12, 30))[client.id].overdue
    with pytest.raises(ValidationError) as caught:
        save_work_calendar([0, 1, 2, 3, 4], dt.time(9), dt.time(18), [], reply_within_hours=-1, by=firm_owner())
    assert caught.value.problems[0].where == "reply_within_hours"


def test_health_takes_points_for_a_reply_awaited_past_the_rule_and_says_why(make_client):
    from app.health.reason_words import reason_sentence
    from app.health.score import health_at

    client = make_client()
    inbound(client, dt.datetime(2026, 3, 2, 10, 0))
    inbound(client, dt.datetime(2026, 3, 3, 10, 0), kind="request", channel="call")
    health = health_at(client.id, dt.date(2026, 3, 4))
    reason = next(r for r in health.reasons if r.factor == "reply_clock")
    assert reason.points == -12 and reason.values["count"] == 2
    assert reason_sentence(reason.factor, reason.values, reason.detail) == (
        "2 messages from the client awaiting a reply past the firm's rule")
    outbound(client, dt.datetime(2026, 3, 4, 9, 0))
    assert all(r.factor != "reply_clock" for r in health_at(client.id, dt.date(2026, 3, 4)).reasons)
    # replayed: the day before the answer, the messages still waited
    assert any(r.factor == "reply_clock" for r in health_at(client.id, dt.date(2026, 3, 3)).reasons)
