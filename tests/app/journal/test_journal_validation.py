"""The field checks every write shares: each problem names its field and the value at fault."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.common.errors import Problem, ValidationError
from app.journal.validation import (
    FieldErrors,
    check_choice,
    check_int,
    check_number,
    check_text,
    parse_date,
    parse_datetime,
    show,
)


def problems(check, value, *args) -> list[str]:
    errors = FieldErrors("clients[3]")
    check(value, *args, "field", errors) if args else check(value, "field", errors)
    return [str(p) for p in errors.problems]


@pytest.mark.parametrize("check, value, args, expected", [
    (check_int, 7, (-2, 2), "clients[3].field: 7 is outside -2..2"),
    (check_int, "7", (-2, 2), "clients[3].field: 7 is outside -2..2"),
    (check_int, 1.5, (-2, 2), "clients[3].field: 1.5 is not a whole number"),
    (check_int, True, (-2, 2), "clients[3].field: True is not a whole number"),
    (check_int, "two", (-2, 2), "clients[3].field: 'two' is not a whole number"),
    (check_number, "abc", (), "clients[3].field: 'abc' is not a number"),
    (check_number, -1, (), "clients[3].field: -1 is below 0"),
    (check_number, float("nan"), (), "clients[3].field: nan is not a number"),
    (check_number, 10 ** 400, (), None),
    (check_text, 5, (), "clients[3].field: 5 is not text"),
    (check_text, "a\x00b", (), "clients[3].field: contains a NUL character"),
    (parse_date, "2026-13-01", (), "clients[3].field: '2026-13-01' is not a date (use YYYY-MM-DD)"),
    (parse_date, 20260101, (), "clients[3].field: 20260101 is not a date (use YYYY-MM-DD)"),
    (parse_datetime, "noon", (), "clients[3].field: 'noon' is not a date and time (use YYYY-MM-DDTHH:MM:SS)"),
    (parse_datetime, "0001-01-01T00:00:00+05:00", (), None),
])
def test_each_problem_names_the_field_and_the_value(check, value, args, expected):
    found = problems(check, value, *args)
    assert len(found) == 1
    if expected:
        assert found == [expected]
    else:
        assert found[0].startswith("clients[3].field: ")


def test_choice_lists_what_is_allowed():
    errors = FieldErrors()
    assert check_choice("fax", ("call", "email"), "channel", errors) is None
    assert check_choice(None, ("call", "email"), "kind", errors, required=True) is None
    assert [str(p) for p in errors.problems] == ["Channel: 'fax' is not one of call, email",
                                                 "Kind: is required (one of call, email)"]


def test_accepted_forms_of_dates_and_numbers():
    errors = FieldErrors()
    assert parse_date("01.03.2026", "d", errors) == dt.date(2026, 3, 1)
    assert parse_date("2026-03-01T10:00:00", "d", errors) == dt.date(2026, 3, 1)
    assert parse_datetime("2026-03-01T10:30:15.5", "t", errors) == dt.datetime(2026, 3, 1, 10, 30, 15)
    assert parse_datetime("2026-03-01", "t", errors) == dt.datetime(2026, 3, 1)
    assert check_number("12 000,50", "n", errors) == 12000.5
    assert check_int("+2", -2, 2, "s", errors) == 2
    assert not errors


def test_a_long_value_is_shortened_in_messages():
    assert show("x" * 100).endswith("...") and len(show("x" * 100)) == 60
    assert show(5) == "5" and show("a") == "'a'"


def test_validation_error_keeps_every_problem():
    error = ValidationError([Problem("a", "bad"), Problem("b", "worse")])
    assert str(error) == "a: bad; b: worse"
    assert error.fields() == {"a", "b"}
    assert ValidationError("is required", "name").problems == [Problem("name", "is required")]


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40),
                 st.lists(st.integers(), max_size=3)))
def test_no_value_crashes_a_check(value):
    for check, args in ((check_int, (-2, 2)), (check_number, ()), (check_text, ()), (parse_date, ()),
                        (parse_datetime, ())):
        errors = FieldErrors("x")
        check(value, *args, "f", errors)
        assert all(p.where == "x.f" and p.message for p in errors.problems)
