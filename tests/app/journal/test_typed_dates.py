"""Typed days and moments are read whole or refused: never half-read, rolled over or guessed."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.journal.typed_dates import parse_day, parse_moment

NOW = dt.datetime(2026, 12, 2, 10, 15)


@pytest.mark.parametrize("text, order, moment", [
    ("03.12.2026 9:05", "DMY", dt.datetime(2026, 12, 3, 9, 5)),
    ("3.12.26 21:07", "DMY", dt.datetime(2026, 12, 3, 21, 7)),
    ("12/3/2026 9:07 PM", "MDY", dt.datetime(2026, 12, 3, 21, 7)),
    ("12/3/2026 9:07\u202fpm", "MDY", dt.datetime(2026, 12, 3, 21, 7)),
    ("12/3/2026 12:30 am", "MDY", dt.datetime(2026, 12, 3, 0, 30)),
    ("2026-12-03T09:05:00", "MDY", dt.datetime(2026, 12, 3, 9, 5)),
    ("2026-12-03 09:05", "DMY", dt.datetime(2026, 12, 3, 9, 5)),
    ("2026. 12. 03.", "YMD", dt.datetime(2026, 12, 3, 10, 15)),
    ("yesterday 9:30", "DMY", dt.datetime(2026, 12, 1, 9, 30)),
    ("вчера 18:00", "DMY", dt.datetime(2026, 12, 1, 18, 0)),
    ("сьогодні", "DMY", NOW),
    ("now", "MDY", NOW),
    ("-2d", "DMY", dt.datetime(2026, 11, 30, 10, 15)),
    ("+1w 14:00", "DMY", dt.datetime(2026, 12, 9, 14, 0)),
    ("9:30", "DMY", dt.datetime(2026, 12, 2, 9, 30)),
    ("10.12.26", "DMY", dt.datetime(2026, 12, 10, 10, 15)),  # a date, not ten past ten
])
def test_moments_typed_the_ways_people_write_them(text, order, moment):
    assert parse_moment(text, NOW, order) == moment


@pytest.mark.parametrize("text", [
    "31.02.2026", "29.02.2025", "31.02", "02.2026", "31.13.2026", "1.2.3", "3.12.2026 24:00",
    "3.12.2026 9:60", "3.12.2026 13:00 pm", "12.31.2026", "31.12.1899", "1.1.2201", "", "  ", "someday",
    "31.02.2026 10:00", "9.30",
])
def test_what_is_not_a_real_moment_is_refused(text):
    with pytest.raises(ValueError):
        parse_moment(text, NOW, "DMY")


def test_the_day_order_is_the_locales():
    assert parse_day("3/12/2026", NOW.date(), "MDY") == dt.date(2026, 3, 12)
    assert parse_day("3/12/2026", NOW.date(), "DMY") == dt.date(2026, 12, 3)
    assert parse_day("2026-03-12", NOW.date(), "DMY") == dt.date(2026, 3, 12)  # ISO whatever the locale


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 12, 31)),
       st.sampled_from([("DMY", "%d.%m.%Y %H:%M"), ("MDY", "%m/%d/%Y %I:%M %p"), ("YMD", "%Y-%m-%d %H:%M"),
                        ("DMY", "%d/%m/%Y %H:%M")]))
def test_a_written_moment_reads_back_to_the_minute(moment, order_and_format):
    order, fmt = order_and_format
    assert parse_moment(moment.strftime(fmt), NOW, order) == moment.replace(second=0, microsecond=0)


@given(st.text(alphabet="0123456789./-: +dwmaptoyesrнвчеа\u202f", max_size=24), st.sampled_from(["DMY", "MDY"]))
def test_any_text_is_a_real_moment_or_refused(text, order):
    try:
        moment = parse_moment(text, NOW, order)
    except ValueError:
        return
    assert 1900 <= moment.year <= 2200 and moment.second == 0
