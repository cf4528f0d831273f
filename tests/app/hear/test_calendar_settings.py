"""The firm's working week and holidays are stored together, or not at all."""

import datetime as dt

import pytest

from app.common import preferences
from app.common.errors import ValidationError
from app.hear.calendar_settings import holidays, save_work_calendar, set_holidays
from tests.authors import firm_owner


def test_the_week_and_holidays_are_stored():
    save_work_calendar([0, 1, 2, 3], dt.time(8), dt.time(16, 30), [(dt.date(2026, 1, 7), "Christmas")], by=firm_owner())
    assert preferences.get("working_days") == [0, 1, 2, 3]
    assert (preferences.get("work_start"), preferences.get("work_end")) == ("08:00", "16:30")
    assert holidays() == [(dt.date(2026, 1, 7), "Christmas")]


def test_a_wrong_part_stores_nothing():
    set_holidays([(dt.date(2026, 1, 1), "New Year")])
    with pytest.raises(ValidationError, match="listed twice"):
        save_work_calendar([0], dt.time(9), dt.time(17), [(dt.date(2026, 5, 1), ""), (dt.date(2026, 5, 1), "")], by=firm_owner())
    with pytest.raises(ValidationError, match="Working hours"):
        save_work_calendar([0], dt.time(17), dt.time(9), [], by=firm_owner())
    with pytest.raises(ValidationError, match="working day"):
        save_work_calendar([], dt.time(9), dt.time(17), [], by=firm_owner())
    assert preferences.get("working_days") == [0, 1, 2, 3, 4]
    assert holidays() == [(dt.date(2026, 1, 1), "New Year")]
