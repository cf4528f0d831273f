"""The working-hours clock against a plain minute-by-minute count."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.common import preferences
from app.common.errors import ValidationError
from app.hear.working_time import (
    WorkCalendar,
    add_working_hours,
    subtract_working_hours,
    working_hours_between,
)
from db.models import Holiday

BASE = dt.datetime(2026, 3, 2)  # a Monday
CAL = WorkCalendar(holidays=frozenset({dt.date(2026, 3, 9)}))  # the next Monday is a holiday


def minute_is_working(moment: dt.datetime, cal: WorkCalendar) -> bool:
    return (moment.weekday() in cal.days and moment.date() not in cal.holidays
            and cal.start <= moment.time() < cal.end)


def reference_minutes(start: dt.datetime, end: dt.datetime, cal: WorkCalendar) -> int:
    """Working minutes counted one by one: slow and obviously right."""
    count, moment = 0, start
    while moment < end:
        count += minute_is_working(moment, cal)
        moment += dt.timedelta(minutes=1)
    return count


moments = st.integers(0, 14 * 24 * 60).map(lambda m: BASE + dt.timedelta(minutes=m))
calendars = st.builds(
    lambda days, start, length, holidays: WorkCalendar(
        days=frozenset(days), start=dt.time(start // 60, start % 60),
        end=dt.time(*divmod(min(start + length, 24 * 60 - 1), 60)),
        holidays=frozenset(BASE.date() + dt.timedelta(days=d) for d in holidays)),
    st.sets(st.integers(0, 6), min_size=1), st.integers(0, 20 * 60), st.integers(60, 4 * 60),
    st.sets(st.integers(0, 14), max_size=4))


@settings(max_examples=60, deadline=None)
@given(moments, moments, calendars)
def test_hours_between_matches_the_minute_count(a, b, cal):
    start, end = min(a, b), max(a, b)
    assert working_hours_between(start, end, cal) * 60 == pytest.approx(reference_minutes(start, end, cal))


@settings(max_examples=60, deadline=None)
@given(moments, st.integers(1, 20 * 60), calendars)
def test_add_working_hours_lands_on_the_minute_the_count_reaches(start, minutes, cal):
    due = add_working_hours(start, minutes / 60, cal)
    # Walk minute by minute until that many working minutes have passed.
    counted, moment = 0, start
    while counted < minutes:
        counted += minute_is_working(moment, cal)
        moment += dt.timedelta(minutes=1)
    assert due == moment
    assert working_hours_between(start, due, cal) * 60 == pytest.approx(minutes)


def test_friday_evening_to_monday_morning_is_one_hour():
    friday = dt.datetime(2026, 3, 6, 17, 30)
    monday = dt.datetime(2026, 3, 16, 9, 30)  # the Monday after the holiday week-end
    assert working_hours_between(friday, dt.datetime(2026, 3, 10, 9, 30), CAL) == pytest.approx(1.0)
    assert working_hours_between(friday, monday, WorkCalendar()) == pytest.approx(0.5 + 5 * 9 + 0.5)


def test_a_holiday_does_not_count():
    holiday_monday = dt.datetime(2026, 3, 9, 12, 0)
    assert working_hours_between(holiday_monday, holiday_monday + dt.timedelta(hours=4), CAL) == 0


def test_due_time_skips_the_week_end_and_the_holiday():
    friday_afternoon = dt.datetime(2026, 3, 6, 16, 0)
    assert add_working_hours(friday_afternoon, 9, CAL) == dt.datetime(2026, 3, 10, 16, 0)


def test_end_before_start_counts_nothing():
    assert working_hours_between(BASE + dt.timedelta(days=1), BASE, CAL) == 0


def test_a_day_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValidationError, match="Working hours"):
        WorkCalendar(start=dt.time(18), end=dt.time(9))


def test_a_calendar_without_working_days_has_no_due_time():
    with pytest.raises(ValidationError, match="no working hours"):
        add_working_hours(BASE, 1, WorkCalendar(days=frozenset()))


def test_load_reads_the_firm_settings_and_holidays():
    preferences.set("working_days", [0, 1, 2, 3])
    preferences.set("work_start", "08:30")
    preferences.set("work_end", "17:00")
    Holiday.create(day=dt.date(2026, 1, 1), name="New Year")
    cal = WorkCalendar.load()
    assert cal.days == frozenset({0, 1, 2, 3})
    assert (cal.start, cal.end) == (dt.time(8, 30), dt.time(17))
    assert dt.date(2026, 1, 1) in cal.holidays
    assert cal.hours_per_day == 8.5


@settings(max_examples=80, deadline=None)
@given(moments, moments, st.integers(0, 20 * 60), calendars)
def test_before_the_subtracted_moment_means_more_working_hours(raised, now, minutes, cal):
    threshold = subtract_working_hours(now, minutes / 60, cal)
    assert (raised < threshold) == (working_hours_between(raised, now, cal) > minutes / 60)


def test_subtracting_crosses_the_week_end():
    monday_morning = dt.datetime(2026, 3, 2, 9, 30)
    assert subtract_working_hours(monday_morning, 9, WorkCalendar()) == dt.datetime(2026, 2, 27, 9, 30)
    # Used up exactly at Monday 09:00: everything back to Friday's close has the same nine hours.
    assert subtract_working_hours(dt.datetime(2026, 3, 2, 18), 9, WorkCalendar()) == dt.datetime(2026, 2, 27, 18)
