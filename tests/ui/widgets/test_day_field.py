"""Typed days in the user's locale: what is shown can be read back, two-digit years are this century."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from ui.widgets.day_field import DayField, locale_day, show_day


@pytest.fixture(params=["en_US", "en_GB", "ru_RU", "uk_UA"])
def user_locale(request):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


# The locale fixture is set once for all the examples, which is what is wanted here.
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_a_shown_day_reads_back_as_the_same_day(user_locale, day):
    assert locale_day(show_day(day)) == day


def test_short_years_are_of_this_century(user_locale):
    typed = {"en_US": "6/28/27", "en_GB": "28/06/27", "ru_RU": "28.06.27", "uk_UA": "28.06.27"}[user_locale]
    assert locale_day(typed) == dt.date(2027, 6, 28)


def test_days_show_with_four_digit_years(user_locale):
    assert "2027" in show_day(dt.date(2027, 6, 28))


def test_relative_days_become_dates_when_the_field_is_left(qtbot, user_locale):
    field = DayField()
    qtbot.addWidget(field)
    field.setText("+1w")
    field.edit.editingFinished.emit()
    assert field.day() == dt.date.today() + dt.timedelta(days=7)
    assert "+" not in field.text()


KEYS = st.lists(st.one_of(st.sampled_from(list("0123456789./- +dwm")),
                          st.sampled_from(["<bs>", "<home>", "31.02.2026", "29.02.2028", "1.5.23", "today", "+1w"])),
                max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keys=KEYS)
def test_whatever_is_typed_the_day_is_the_one_shown_or_a_message_says_why(qtbot, user_locale, keys):
    from PySide6.QtCore import Qt

    field = DayField()
    qtbot.addWidget(field)
    for key in keys:
        if key == "<bs>":
            qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
        elif key == "<home>":
            qtbot.keyClick(field.edit, Qt.Key.Key_Home)
        else:
            qtbot.keyClicks(field.edit, key)
    typed = field.text()
    if field.normalise():
        assert field.message() == ""
        assert field.text() == show_day(field.day())  # what a form saves is what the field shows
    else:
        assert field.text() == typed and typed.strip() in field.message()  # kept, and named
        with pytest.raises(ValueError):
            field.day()
