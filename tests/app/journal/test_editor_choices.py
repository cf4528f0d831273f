"""What the editors read: typed days, typed client names, a client saved with its contacts."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.common.errors import ValidationError
from app.journal.client_records import save_client
from app.journal.editor_choices import match_client, parse_day
from app.portrait.qualification import qualify_prospect
from db.models import Client, Contact, StageChange
from tests.authors import firm_owner

TODAY = dt.date(2026, 1, 31)


@pytest.mark.parametrize("text, day", [
    ("", None), ("  ", None), ("2026-03-01", dt.date(2026, 3, 1)), ("01.03.2026", dt.date(2026, 3, 1)),
    ("+1d", dt.date(2026, 2, 1)), ("+2", dt.date(2026, 2, 2)), ("+1w", dt.date(2026, 2, 7)),
    ("+1m", dt.date(2026, 2, 28)), ("+ 12 m", dt.date(2027, 1, 31)),
    ("+3д", dt.date(2026, 2, 3)), ("+1н", dt.date(2026, 2, 7)), ("+1т", dt.date(2026, 2, 7)),
    ("+1м", dt.date(2026, 2, 28)),
])
def test_typed_days(text, day):
    assert parse_day(text, TODAY) == day


@pytest.mark.parametrize("text", ["someday", "+", "+-1d", "2026-02-30", "+99999d", "1/2/3", "+١d", "+d"])
def test_what_is_not_a_day_is_refused_with_the_text(text):
    with pytest.raises(ValueError, match="is not a date"):
        parse_day(text, TODAY)


@given(st.text(max_size=30), st.dates())
def test_any_text_is_a_day_none_or_a_value_error(text, today):
    try:
        result = parse_day(text, today)
    except ValueError as exc:
        assert repr(text) in str(exc)
    else:
        assert result is None or isinstance(result, dt.date)


@given(st.integers(0, 5000), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2150, 1, 1)))
def test_days_ahead_land_that_many_days_ahead(n, today):
    assert parse_day(f"+{n}d", today) == today + dt.timedelta(days=n)


def test_days_past_the_calendar_are_refused():
    with pytest.raises(ValueError):
        parse_day("+9d", dt.date(9999, 12, 30))


def test_a_typed_client_name_means_one_client_or_none():
    choices = [(1, "Acme LLC"), (2, "Acme Retail"), (3, "Borysfen")]
    assert match_client("acme llc", choices) == 1
    assert match_client("bory", choices) == 3
    assert match_client("acme", choices) is None  # two clients: not a guess
    assert match_client("", choices) is None


def test_a_client_is_saved_with_contacts_or_not_at_all(make_user):
    with pytest.raises(ValidationError) as caught:
        save_client(None, {"name": "Acme LLC"}, [{"name": "Ivan"}, {"name": "", "email": "x"}], by=firm_owner())
    assert {p.where for p in caught.value.problems} == {"contacts[1].name", "contacts[1].email"}
    assert Client.select().count() == 0 and Contact.select().count() == 0

    olena = make_user("Olena K.")
    client = save_client(None, {"name": "Acme LLC"}, [{"name": "Ivan"}], olena.id)
    qualify_prospect(client.id, "interesting", "fits the portrait", olena)
    ivan = Contact.get(Contact.name == "Ivan")
    save_client(client.id, {"stage": "contracted"}, [{"id": ivan.id, "name": "Ivan P."}], olena.id, "signed")
    assert [c.name for c in Contact.select()] == ["Ivan P."]
    last = StageChange.select().order_by(StageChange.id.desc()).get()
    assert (last.to_stage, last.note, last.author_id) == ("contracted", "signed", olena.id)
