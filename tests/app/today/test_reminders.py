"""Reminders: what is announced when, within working hours, once per due moment, and after a snooze."""

import datetime as dt

from app.common import preferences
from app.hear.working_time import WorkCalendar
from app.today.item import TodayItem
from app.today.reminders import (
    ReminderMemory,
    check_reminders,
    item_key,
    memory_for,
    next_working_moment,
    reminders_due,
    scope_key,
    snooze_until,
    with_memory,
)
from tests.authors import firm_owner

CAL = WorkCalendar()  # Monday to Friday, 09:00 to 18:00
MONDAY = dt.date(2026, 3, 2)
TUESDAY, FRIDAY, SATURDAY = MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=4), MONDAY + dt.timedelta(days=5)


def at(day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


def follow_up(due: dt.date, today: dt.date, ref_id: int = 1) -> TodayItem:
    return TodayItem("follow_ups", 7, "Acme LLC", "Send the quote", due, due < today, "interaction", ref_id)


def feedback(raised: dt.datetime, due_at: dt.datetime, now: dt.datetime) -> TodayItem:
    return TodayItem("feedback", 7, "Acme LLC", "Late delivery", due_at.date(), now > due_at, "feedback", 3,
                     {"opened_at": raised.isoformat(), "due_at": due_at.isoformat()})


def announced(items, now, memory=None, cal=CAL):
    memory = ReminderMemory() if memory is None else memory
    out = reminders_due(items, now, cal, memory)
    for reminder in out:
        memory.mark_shown(reminder)
    return [(r.item.ref_id, r.phase) for r in out]


def test_a_moment_outside_working_hours_moves_to_the_next_working_period():
    assert next_working_moment(at(MONDAY, 10), CAL) == at(MONDAY, 10)
    assert next_working_moment(at(MONDAY, 7), CAL) == at(MONDAY, 9)
    assert next_working_moment(at(MONDAY, 18), CAL) == at(TUESDAY, 9)
    assert next_working_moment(at(FRIDAY, 20), CAL) == at(MONDAY + dt.timedelta(days=7), 9)
    holiday = WorkCalendar(holidays=frozenset({TUESDAY}))
    assert next_working_moment(at(MONDAY, 19), holiday) == at(TUESDAY + dt.timedelta(days=1), 9)


def test_a_follow_up_due_today_is_announced_at_the_start_of_the_working_day_once():
    item = follow_up(MONDAY, MONDAY)
    memory = ReminderMemory()
    assert announced([item], at(MONDAY, 9, 1), memory) == [(1, "due")]
    assert announced([item], at(MONDAY, 11), memory) == []  # once per due moment


def test_nothing_is_announced_outside_working_hours_and_overnight_items_wait_for_the_morning():
    item = follow_up(SATURDAY, SATURDAY)
    memory = ReminderMemory()
    assert announced([item], at(MONDAY, 8, 59), memory) == []
    assert announced([item], at(SATURDAY, 10), memory) == []  # a day off
    assert announced([item], at(FRIDAY, 19), memory) == []
    # due on Saturday, passed its day by Sunday midnight: on Monday morning it is announced as passed
    next_monday = MONDAY + dt.timedelta(days=7)
    assert announced([follow_up(SATURDAY, next_monday)], at(next_monday, 9), memory) == [(1, "passed")]


def test_a_follow_up_that_passes_its_day_is_announced_again_as_overdue():
    memory = ReminderMemory()
    assert announced([follow_up(MONDAY, MONDAY)], at(MONDAY, 10), memory) == [(1, "due")]
    assert announced([follow_up(MONDAY, TUESDAY)], at(TUESDAY, 8), memory) == []
    assert announced([follow_up(MONDAY, TUESDAY)], at(TUESDAY, 9), memory) == [(1, "passed")]
    assert announced([follow_up(MONDAY, TUESDAY)], at(TUESDAY, 15), memory) == []


def test_feedback_is_announced_when_raised_and_when_it_passes_its_acknowledgement_rule():
    raised, rule = at(MONDAY, 16), at(TUESDAY, 16)
    memory = ReminderMemory()
    assert announced([feedback(raised, rule, at(MONDAY, 16, 1))], at(MONDAY, 16, 1), memory) == [(3, "due")]
    assert announced([feedback(raised, rule, at(TUESDAY, 15, 59))], at(TUESDAY, 15, 59), memory) == []
    assert announced([feedback(raised, rule, at(TUESDAY, 16, 1))], at(TUESDAY, 16, 1), memory) == [(3, "passed")]


def test_feedback_raised_overnight_is_announced_at_the_start_of_the_day():
    raised = at(MONDAY, 22)
    item = feedback(raised, at(TUESDAY, 18), at(TUESDAY, 9))
    assert announced([item], at(TUESDAY, 8, 30)) == []
    assert announced([item], at(TUESDAY, 9)) == [(3, "due")]


def test_silence_and_warnings_are_not_announced():
    quiet = TodayItem("silence", 7, "Acme LLC", "Acme LLC", MONDAY, True, "client", 7)
    warning = TodayItem("warnings", 7, "Acme LLC", "at_risk", None, True, "client", 7)
    assert announced([quiet, warning], at(TUESDAY, 10)) == []


def test_an_item_of_another_source_is_announced_from_its_due_date():
    reply = TodayItem("replies", 7, "Acme LLC", "Where is my invoice?", MONDAY, False, "reply", 9)
    assert announced([reply], at(MONDAY, 9, 30)) == [(9, "due")]


def test_snooze_times_fall_within_working_hours():
    assert snooze_until("15min", at(MONDAY, 10), CAL) == at(MONDAY, 10, 15)
    assert snooze_until("1hour", at(MONDAY, 10), CAL) == at(MONDAY, 11)
    assert snooze_until("15min", at(MONDAY, 17, 50), CAL) == at(TUESDAY, 9)
    assert snooze_until("1hour", at(FRIDAY, 17, 30), CAL) == at(MONDAY + dt.timedelta(days=7), 9)
    assert snooze_until("tomorrow", at(MONDAY, 10), CAL) == at(TUESDAY, 9)
    assert snooze_until("tomorrow", at(FRIDAY, 10), CAL) == at(MONDAY + dt.timedelta(days=7), 9)


def test_a_snoozed_reminder_stays_hidden_until_its_time_then_comes_back_once():
    item = follow_up(MONDAY, MONDAY)
    memory = ReminderMemory()
    assert announced([item], at(MONDAY, 10), memory) == [(1, "due")]
    memory.snooze(item_key(item), snooze_until("1hour", at(MONDAY, 10), CAL))
    assert announced([item], at(MONDAY, 10, 59), memory) == []
    assert announced([item], at(MONDAY, 11), memory) == [(1, "due")]
    assert announced([item], at(MONDAY, 11, 1), memory) == []


def test_a_reminder_snoozed_before_it_was_announced_waits_too():
    item = follow_up(MONDAY, MONDAY)
    memory = ReminderMemory()
    memory.snooze(item_key(item), at(MONDAY, 14))
    assert announced([item], at(MONDAY, 9, 30), memory) == []
    assert announced([item], at(MONDAY, 14), memory) == [(1, "due")]


def test_an_item_done_is_forgotten_and_one_coming_back_is_announced_anew():
    item = follow_up(MONDAY, MONDAY)
    memory = ReminderMemory()
    announced([item], at(MONDAY, 10), memory)
    memory.snooze(item_key(item), at(MONDAY, 16))
    assert announced([], at(MONDAY, 11), memory) == []
    assert memory.shown == {} and memory.snoozed == {}
    assert announced([item], at(MONDAY, 12), memory) == [(1, "due")]


def test_the_memory_survives_a_restart_per_journal_and_user():
    item = follow_up(MONDAY, MONDAY)
    memory = ReminderMemory()
    announced([item], at(MONDAY, 10), memory)
    memory.snooze(item_key(follow_up(MONDAY, MONDAY, ref_id=2)), at(MONDAY, 15))
    state = with_memory({}, scope_key("/data/a.db", 4), memory)
    preferences.set("reminders_state", state)  # as the app keeps it: a local preference, JSON
    again = memory_for(preferences.get("reminders_state"), scope_key("/data/a.db", 4))
    assert announced([item, follow_up(MONDAY, MONDAY, ref_id=2)], at(MONDAY, 11), again) == []
    assert announced([item, follow_up(MONDAY, MONDAY, ref_id=2)], at(MONDAY, 15), again) == [(2, "due")]
    other = memory_for(preferences.get("reminders_state"), scope_key("/data/b.db", 4))
    assert announced([item], at(MONDAY, 11), other) == [(1, "due")]


def test_check_reminders_reads_the_users_own_items(make_user, make_client, make_interaction):
    olena, petro = make_user("Olena K."), make_user("Petro")
    today = dt.date.today()
    acme = make_client("Acme LLC", account_manager=olena.id)
    make_interaction(acme, author=olena.id, summary="Send the quote", follow_up_due=today)
    make_interaction(acme, author=petro.id, summary="Petro's promise", follow_up_due=today)
    every_hour = dict(working_days=list(range(7)), work_start="00:00", work_end="23:59")
    for key, value in every_hour.items():
        preferences.set(key, value)
    now = dt.datetime.combine(today, dt.time(12, 0))
    check = check_reminders(olena.id, now, ReminderMemory())
    assert [(r.item.client_name, r.item.title, r.phase) for r in check.reminders] == [
        ("Acme LLC", "Send the quote", "due")]
    assert check.working


def test_check_reminders_reads_nothing_outside_working_hours(make_user, make_client, make_interaction):
    olena = make_user("Olena K.")
    make_interaction(make_client("Acme LLC", account_manager=olena.id), author=olena.id,
                     follow_up_due=dt.date.today())
    now = dt.datetime.combine(dt.date.today(), dt.time(3, 0))
    check = check_reminders(olena.id, now, ReminderMemory())
    assert check.reminders == [] and not check.working


def test_feedback_from_the_journal_is_announced_when_raised_and_past_its_clock(make_user, make_client):
    from app.hear.feedback import open_feedback

    olena = make_user("Olena K.")
    acme = make_client("Acme LLC", account_manager=olena.id)
    for key, value in dict(working_days=list(range(7)), work_start="00:00", work_end="23:59").items():
        preferences.set(key, value)
    now = dt.datetime.now().replace(second=0, microsecond=0)
    fresh = open_feedback(acme.id, "Wrong invoice", raised_at=now - dt.timedelta(hours=1), by=firm_owner())
    old = open_feedback(acme.id, "Late delivery", raised_at=now - dt.timedelta(hours=30), by=firm_owner())
    check = check_reminders(olena.id, now, ReminderMemory())
    by_title = {r.item.title: r for r in check.reminders}
    assert by_title["Wrong invoice"].phase == "due"
    assert by_title["Wrong invoice"].moment == fresh.raised_at.replace(second=0, microsecond=0)
    assert by_title["Late delivery"].phase == "passed"
    assert old.raised_at + dt.timedelta(hours=9) <= by_title["Late delivery"].moment < now
